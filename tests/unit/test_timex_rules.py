"""Every rule's examples: the rule finds them and says what they mean (the symbolic value,
before resolution), as dateparser's tests check the translation and not only the date."""
import re

import pytest

from timeline.extraction.lang.id import months, timex_rules, variants, weekdays
from timeline.extraction.timex import language, symbolic_timexes

EXAMPLES = [(rule.name, text, symbolic) for rule in timex_rules.RULES for text, symbolic in rule.examples]


def test_every_rule_has_an_example():
    assert all(rule.examples for rule in timex_rules.RULES)


@pytest.mark.parametrize("rule_name, text, symbolic", EXAMPLES, ids=[f"{r}:{t}" for r, t, _ in EXAMPLES])
def test_rule_example(rule_name, text, symbolic):
    L = language("id")
    index = next(i for i, r in enumerate(L.rules) if r.name == rule_name)
    own = L.compiled[index].match(text)
    assert own, f"{rule_name} does not match {text!r}"
    found = symbolic_timexes(text)
    assert found, f"nothing found in {text!r}"
    first = found[0]
    assert first.start == 0
    assert first.symbolic == symbolic
    if not rule_name.endswith("-first"):          # a range's first part stops before the range
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
