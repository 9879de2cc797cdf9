import datetime as dt

import pytest

from timeline.extraction.types import period_of, precision_of


@pytest.mark.parametrize("value, precision, period", [
    ("2026-02-03", "day", (dt.date(2026, 2, 3), dt.date(2026, 2, 3))),
    ("2026-01-09TNI", "day", (dt.date(2026, 1, 9), dt.date(2026, 1, 9))),
    ("2026-W06", "week", (dt.date(2026, 2, 2), dt.date(2026, 2, 8))),
    ("2026-02", "month", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ("2024", "year", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("PAST_REF", None, None),
    ("", None, None),
    (None, None, None),
    ("2026-02-31", "day", None),
])
def test_it_knows_the_period_and_precision_of_a_value(value, precision, period):
    assert precision_of(value) == precision
    assert period_of(value) == period
