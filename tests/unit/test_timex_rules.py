"""Every rule's examples: the rule finds them and says what they mean (the symbolic value,
before resolution), as dateparser's tests check the translation and not only the date."""
import re
from pathlib import Path

import pytest

from timeline.extraction.lang.id import months, timex_rules, variants, weekdays
from timeline.extraction.timex import language, symbolic_timexes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"
EXAMPLES = [(rule.name, text, symbolic) for rule in timex_rules.RULES for text, symbolic in rule.examples]


def test_every_rule_has_an_example():
    assert all(rule.examples for rule in timex_rules.RULES)


@pytest.mark.parametrize("rule_name, text, symbolic", EXAMPLES, ids=[f"{r}:{t}" for r, t, _ in EXAMPLES])
def test_rule_example(rule_name, text, symbolic):
    L = language("id")
    index = next(i for i, r in enumerate(L.rules) if r.name == rule_name)
    at = text.find("[")                                # "pada [10/11]": the span in its context
    text = text.replace("[", "").replace("]", "")
    at = max(at, 0)
    core = at
    for word in L.rules[index].prefix:                 # "hari Rabu": "hari" joins after the match
        if text.lower().startswith(word + " ", at):
            core = at + len(word) + 1
    own = L.compiled[index].match(text, core)
    assert own, f"{rule_name} does not match {text!r}"
    found = [c for c in symbolic_timexes(text) if c.start == at]
    assert found, f"nothing found in {text!r}"
    first = found[0]
    assert first.symbolic == symbolic
    if not rule_name.endswith("-first") and at == 0:   # a range's first part stops before the range
        assert first.end == len(text)


def test_variants_are_generated_not_typed():
    assert variants.variants("akhir pekan") == ["akhir pekan", "Akhir pekan", "Akhir Pekan", "AKHIR PEKAN"]
    rx = re.compile(months.MONTH_FULL)
    assert rx.fullmatch("JANUARI") and rx.fullmatch("Januari") and rx.fullmatch("januari")


def test_sunday_needs_a_capital_since_minggu_is_also_week():
    rx = re.compile(weekdays.WEEKDAY)
    assert rx.fullmatch("Minggu") and rx.fullmatch("MINGGU")
    assert not rx.fullmatch("minggu")
    assert rx.fullmatch("senin") and rx.fullmatch("Jum'at")


def test_scanning_only_at_trigger_words_finds_what_a_full_scan_finds():
    text = " ".join(f"Pada {t}, lalu ({t}) dan {t}." for _, t, _ in EXAMPLES).replace("[", "").replace("]", "")
    text += " " + SEED.read_text(encoding="utf-8")
    fast = [(c.start, c.end, c.symbolic) for c in symbolic_timexes(text)]
    full = [(c.start, c.end, c.symbolic) for c in symbolic_timexes(text, exhaustive=True)]
    assert fast == full


def test_the_number_shortcut_skips_no_date_or_amount_of_time():
    """The trigger skips a number unless a unit, a month, a range word or "setengah" follows:
    a full scan of number-laden text must find nothing more."""
    text = ("Sebanyak 1.200 orang antre 3 jam, 2 setengah hari, 1,5 tahun dan 10 s.d. 12 Mei; "
            "harga Rp 3.500 naik 12,5 persen pada 5 Agu. 2014, 7 JANUARI, 25–27 Okt 2015, 4 dan 6 Juni, "
            "skor 2-1, pasal 33 ayat 3, 30 ribu barel, 8 hingga 9 Maret, 14 pekan lalu, 09.30 WIB, 1.20.")
    fast = [(c.start, c.end, c.symbolic) for c in symbolic_timexes(text)]
    assert fast == [(c.start, c.end, c.symbolic) for c in symbolic_timexes(text, exhaustive=True)]
    assert len(fast) >= 10
