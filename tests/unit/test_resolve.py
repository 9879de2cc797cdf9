"""The resolver: symbolic values anchored to the publication date or to the date before."""
import datetime as dt

import pytest

from timeline.extraction.resolve import Context, anchor_of, parse_symbolic, resolve

DCT = dt.date(2025, 7, 17)          # a Thursday


def value(symbolic, dct=DCT, anchors=(), future=False):
    ctx = Context(dct=dct, anchors=[_anchor(v, i) for i, v in enumerate(anchors)], future=future)
    return resolve(symbolic, ctx).value


def _anchor(told, start):
    """An anchor from "2025-01|END" (a value, and where in its month it lies) or "2025-04|recalled"."""
    value, _, how = told.partition("|")
    a = anchor_of(value, start, how if how != "recalled" else None)
    a.recalled = how == "recalled"
    return a


@pytest.mark.parametrize("symbolic, expected", [
    ("DCT:day-1", "2025-07-16"), ("DCT:day+2", "2025-07-19"), ("DCT:week-1", "2025-W28"),
    ("DCT:week+0|wd=1", "2025-07-14"), ("DCT:weekend+0", "2025-W29-WE"), ("DCT:month+1", "2025-08"),
    ("DCT:month-7", "2024-12"), ("DCT:quarter+0", "2025-Q3"), ("DCT:year-3", "2022"),
    ("DCT:day+X", "FUTURE_REF"), ("DCT:year-X", "PAST_REF"),
    ("XXXX-04-02|dir=PAST", "2025-04-02"), ("XXXX-10|dir=FUTURE", "2025-10"), ("XXXX-07|dir=PAST", "2025-07"),
    ("XXXX-09-01|dir=PAST", "2024-09-01"), ("XXXX-02|dir=FUTURE", "2026-02"), ("XXXX-10|dir=THIS", "2025-10"),
    ("XXXX-01-27", "2025-01-27"), ("Y-1-03", "2024-03"), ("Y+0-Q1", "2025-Q1"), ("XXXX-WI", "2025-WI"),
    ("WD:1|dir=PAST", "2025-07-14"), ("WD:4|dir=PAST", "2025-07-10"), ("WD:4|dir=FUTURE", "2025-07-24"),
    ("WD:4", "2025-07-17"), ("WD:5", "2025-07-11"), ("WD:6|pod=NI", "2025-07-12TNI"),
    ("2024-12|mod=END", "2024-12"), ("P3D", "P3D"), ("PRESENT_REF", "PRESENT_REF"), ("194", "194"),
])
def test_relative_to_the_publication_date(symbolic, expected):
    assert value(symbolic) == expected


def test_a_weekday_in_a_sentence_about_the_future_is_the_next_one():
    assert value("WD:5", future=True) == "2025-07-18"


def test_a_weekday_tells_a_past_year_for_a_day_just_ahead_told_in_the_past_tense():
    # ("Pada Sabtu, 6 Januari, Hassan Sheikh menandatangani ...", told on 12 December 2024: 2024's Saturday)
    assert value("XXXX-01-06|wd=6", dct=dt.date(2024, 12, 12)) == "2024-01-06"
    assert value("XXXX-01-06|wd=6", dct=dt.date(2024, 12, 12), future=True) == "2025-01-06"    # (a plan: a typo)


def test_year_less_dates_take_the_nearest_year():
    assert value("XXXX-12-28", dct=dt.date(2026, 1, 3)) == "2025-12-28"
    assert value("XXXX-01-05", dct=dt.date(2025, 12, 20)) == "2026-01-05"
    assert value("XXXX-01-27", dct=dt.date(2025, 7, 29)) == "2025-01-27"


@pytest.mark.parametrize("symbolic, anchors, expected", [
    ("REF:day+1", ["2026-01-04"], "2026-01-05"),               # keesokan harinya
    ("REF:day+2", ["2026-01-04"], "2026-01-06"),               # dua hari kemudian
    ("REF:day-1", ["2025-06-15"], "2025-06-14"),               # sehari sebelumnya
    ("REF:week+1", ["2025-04-02"], "2025-04-09"),              # sepekan kemudian: a day, a week on
    ("REF:month+5", ["2025-01-27"], "2025-06"),                # Lima bulan kemudian: the month
    ("REF:month+1", ["2022-02-24"], "2022-03"),                # Sebulan kemudian
    ("REF:year+1", ["2019-02"], "2020"),                       # setahun kemudian
    ("REF:day+0|pod=NI", ["2025-06-13"], "2025-06-13TNI"),     # malam harinya
    ("REF:day+0", ["2025-04"], "2025-04"),                     # the same day as a time known to the month
    ("REF:day+0", ["2025-06-13", "2025-04"], "2025-06-13"),    # (the month told after a day: in passing)
    ("REF:week+3", ["2025-01|END"], "2025-02"),                # tiga pekan kemudian, from the end of January
    ("REF:week+1", ["2025-06-13", "2025-03"], "2025-06-20"),   # (a month told after a day: in passing)
    ("REF:day+1", ["2025-03"], "2025-07-18"),                  # (days: no count from a month)
    ("REF:day+1", ["2025-06-13", "2025-04|recalled"], "2025-06-14"),   # ("sejak April": no thread)
    ("REF:day+1", ["2025-05-10T15:35"], "2025-05-11"),         # a clock time carries its day
])
def test_relative_to_the_date_mentioned_before(symbolic, anchors, expected):
    assert value(symbolic, anchors=anchors) == expected


def test_without_anything_before_the_publication_date_is_the_anchor():
    r = resolve("REF:day-1", Context(dct=DCT))
    assert r.value == "2025-07-16" and r.confidence < 1 and r.note


def test_without_a_publication_date_nothing_is_made_up():
    none = Context(dct=None)
    for symbolic in ("DCT:day-1", "XXXX-01-07", "WD:3", "REF:day+1", "Y-1"):
        assert resolve(symbolic, none).value is None, symbolic
    assert resolve("2026-02-03", none).value == "2026-02-03"


def test_weekday_disagreement_and_impossible_dates():
    r = resolve("2013-12-11|wd=4", Context(dct=None))
    assert r.value == "2013-12-11" and r.confidence <= 0.5 and "Wednesday" in r.note
    r = resolve("2026-02-31", Context(dct=DCT))
    assert r.value is None and "impossible" in r.note
    r = resolve("XXXX-02-29", Context(dct=DCT))
    assert r.value is None and "impossible" in r.note
    assert resolve("XXXX-02-29", Context(dct=dt.date(2024, 3, 1))).value == "2024-02-29"


def test_a_year_less_date_told_without_a_word_of_the_future_is_rather_past():
    dct = dt.date(2024, 10, 26)
    assert resolve("XXXX-02-08", Context(dct=dct)).value == "2024-02-08"       # 261 days back, not 104 ahead
    assert resolve("XXXX-11-20", Context(dct=dct)).value == "2024-11-20"       # 25 days ahead: soon
    # across the new year, a date more than a month ahead is the one gone by (measured on the held-out sets)
    assert resolve("XXXX-01-05", Context(dct=dct)).value == "2024-01-05"       # 71 days ahead, 295 back
    assert resolve("XXXX-01-05", Context(dct=dt.date(2024, 12, 20))).value == "2025-01-05"     # 16 ahead
    assert resolve("XXXX-02-08", Context(dct=dct, future=True)).value == "2025-02-08"


def test_a_weekday_far_from_the_publication_date_tells_the_year_of_a_year_less_date():
    dct = dt.date(2024, 12, 17)
    # 20 May is a Monday in 2024, a Tuesday in 2025: the weekday settles what the calendar alone cannot
    assert resolve("XXXX-05-20|wd=1", Context(dct=dct)).value == "2024-05-20"
    assert resolve("XXXX-05-20|wd=2", Context(dct=dct)).value == "2025-05-20"
    assert resolve("XXXX-05-20|wd=1", Context(dct=dct, future=True)).value == "2024-05-20"
    # no year within a year of the publication date has it a Saturday: the calendar's guess stands
    assert resolve("XXXX-05-20|wd=6", Context(dct=dct)).value == "2024-05-20"
    # near the publication date a disagreeing weekday is a typo, not another year
    r = resolve("XXXX-12-16|wd=2", Context(dct=dct))
    assert r.value == "2024-12-16" and r.confidence <= 0.5


def test_parse_symbolic():
    assert parse_symbolic("XXXX-04|dir=PAST|mod=START") == ("XXXX-04", {"dir": "PAST", "mod": "START"})
