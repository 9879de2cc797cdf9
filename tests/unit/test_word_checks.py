"""The timex rules' literal pre-checks (`word_checks`) spare regex calls, never a match."""
import pytest

from timeline.extraction.timex import symbolic_timexes
from timeline.extraction.word_checks import DIGIT, Tries, after_word, rule_heads

from .test_timex_rules import EXAMPLES


def test_a_check_reads_the_character_after_the_word_and_its_spaces():
    check = after_word(rule_heads(r"(?:Oktober|Mei)\s*(?:-|hingga)\s*(?:Desember|Juni)"), "Oktober")
    assert check == (frozenset(), frozenset({"-", "h"}))
    tries = Tries([(0, check), (1, None)])              # rule 1 has no check: always tried
    assert tries[" 2"] == (1,) and tries[""] == (1,) and tries[" ("] == (1,)
    assert tries[" -"] == tries["-D"] == tries[" h"] == (0, 1)
    assert tries["  "] == tries["\n\n"] == (0, 1)       # past two spaces: not known, tried


def test_a_head_that_ends_in_the_word_or_with_it_lets_anything_follow():
    assert after_word(rule_heads(r"\d+\s+hari"), "25") is None
    assert after_word(rule_heads(r"(?:Mei|Juni)(?:\s+lalu)?"), "Mei") is None


def test_a_digit_is_any_digit():
    check = after_word(rule_heads(r"Mei\s+(?:19|20)\d\d"), "Mei")
    assert check == (frozenset(), frozenset({DIGIT}))
    assert Tries([(0, check)])[" \u0662"] == (0,)       # an Arabic-Indic two, as \d reads it


@pytest.mark.parametrize("space", ["  ", "\n", "\t", "\u00a0", " \n "], ids=repr)
def test_the_checks_spare_no_match_whatever_the_spacing(space):
    text = " ".join(f"Pada {t}, lalu ({t}) dan {t}." for _, t, _ in EXAMPLES)
    text = text.replace("[", "").replace("]", "").replace(" ", space) + " \u0661\u0662/\u0665/\u0662\u0660\u0662\u0665"
    fast = [(c.start, c.end, c.symbolic) for c in symbolic_timexes(text)]
    assert fast == [(c.start, c.end, c.symbolic) for c in symbolic_timexes(text, exhaustive=True)]
