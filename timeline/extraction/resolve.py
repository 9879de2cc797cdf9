"""The second step of temporal tagging: anchor a rule's symbolic value to a date.

A rule (lang/<code>/timex_rules.py) says what the words mean, e.g. "REF:day+1" for
"keesokan harinya" or "XXXX-05-12|wd=1|pod=NI" for "Senin (12/5) malam". `resolve`
turns that into a TIMEX3 value using the publication date (dct) and the dates the text
mentioned before (anchors). Without a dct, values relative to it stay unresolved (None).
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

# the shapes of symbolic and TIMEX3 values, compiled once
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_VALUE = re.compile(r"^(\d{4})(?:$|-[QHSFW])")
_PLAIN_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SYM_DAY = re.compile(r"(?P<y>\d{4}|XXXX|Y[+-]\d+)-(?P<m>\d\d)-(?P<d>\d\d)")
_SYM_MONTH = re.compile(r"(?P<y>\d{4}|XXXX|Y[+-]\d+)-(?P<m>\d\d)")
_SYM_PART_OF_YEAR = re.compile(r"(?P<y>\d{4}|XXXX|Y[+-]\d+)-(?P<p>Q[1-4]|H[12]|SP|SU|FA|WI)")
_DECADE_OR_YEAR = re.compile(r"\d{2,4}")      # a century, a decade, a year
_SYM_DCT = re.compile(r"DCT:(?P<unit>\w+)(?P<n>[+-](?:\d+(?:\.\d+)?|X))")
_SYM_WEEKDAY = re.compile(r"WD:(?P<wd>[1-7])")
_SYM_TIME = re.compile(r"T:(?P<h>\d\d):(?P<mi>\d\d)")
_SYM_REF = re.compile(r"REF:(?P<unit>\w+)(?P<n>[+-](?:\d+(?:\.\d+)?|X))")

# the most days each month can have (Februari in a leap year)
_LONGEST_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# how many paragraphs back a day may stand to anchor "sehari sebelumnya" past a coarser date
_PARAGRAPHS_BACK = 2
# how far back a day before the story's day may be told for "hari itu" to still be that day
_BACK_STORY_PARAGRAPHS = 2
# ... and, for a day before the story's day told as no back story, how far back it may be
_STORY_RESUMED_PARAGRAPHS = 3
# how long before the story's day a day told is the back story, not the story
_BACK_STORY_DAYS = 30
# how far a year-less date may lie from the publication date before the adjacent year fits better
_SAME_YEAR_DAYS = 200
# ... or, in a sentence that does not speak of the future, how far after it
_PAST_TENSE_DAYS = 90
# ... and how far into next year, when this year's date lies more than `_SAME_YEAR_DAYS` back (measured:
# a month; further ahead, a date told without a word of the future is this year's, gone by)
_PAST_TENSE_NEXT_YEAR_DAYS = 30


@dataclass(slots=True)
class Resolved:
    value: str | None
    mod: str | None = None
    confidence: float = 1.0
    note: str = ""


@dataclass(slots=True)
class Anchor:
    """A date the text mentioned, for "keesokan harinya" and its kin."""
    value: str
    start: int
    day: dt.date | None = None          # set for a day-precision value
    month: tuple[int, int] | None = None
    year: int | None = None
    mod: str | None = None              # "akhir Januari": END; where in a coarser period the time lies
    recalled: bool = False              # a month opening a span or pointing back ("sejak Desember", "September itu")
    back: bool = False                  # a look back from the story ("sehari sebelumnya")
    aside: bool | None = None           # told in a relative clause ("yang diadopsi ... pada 4 Maret")
    earlier: bool | None = None         # told as what came before ("Sebelumnya, ... Sabtu lalu")
    told_in: tuple = ()                 # (sentence start, end of the date, sentence end, start of the day told
                                        # before it in its sentence or -1), for the two above


@dataclass(slots=True)
class Context:
    """What the resolver knows beside the symbolic value."""
    dct: dt.date | None
    anchors: list[Anchor] = field(default_factory=list)
    future: bool = False                # the sentence speaks of the future ("akan", "dijadwalkan")
    sentence_start: int = 0
    paragraphs: Sequence[int] = field(default_factory=list)   # where the paragraphs start, in order
    start: int = 0                      # where the expression stands
    lead: Anchor | None = None          # the story's day: the first day the body tells, within a week before the dct
    ask: Callable[[Anchor], None] | None = None     # fills a day's `earlier` and `aside` from the text
    late: int | None = None             # how many of `anchors` are days after the dct (counted when None)
    headline: bool = False              # the expression stands in the headline (news and its next step)


def parse_symbolic(symbolic: str) -> tuple[str, dict[str, str]]:
    """Split a symbolic value into its base and attributes.

    >>> parse_symbolic("XXXX-05-12|wd=1|pod=NI")
    ('XXXX-05-12', {'wd': '1', 'pod': 'NI'})
    """
    if "|" not in symbolic:
        return symbolic, {}
    base, *rest = symbolic.split("|")
    return base, dict(part.split("=", 1) for part in rest)


def anchor_of(value: str | None, start: int, mod: str | None = None) -> Anchor | None:
    """An Anchor for a resolved DATE value, or None when it is not a calendar date.

    >>> anchor_of("2025-05-10T15:35", 0).day
    datetime.date(2025, 5, 10)
    >>> anchor_of("2025-W25", 0).day is None, anchor_of("2022-03", 0).month
    (True, (2022, 3))
    """
    if not value or not value[:1].isdigit():       # PAST_REF, P3D, ...
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[5:7].isdigit():   # the usual: a day
        day = _day_of(value[:10])
        return Anchor(value, start, *day) if day else None
    if m := _WEEK_VALUE.match(value):
        d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return Anchor(value, start, year=int(m[1]), month=(d.year, d.month))
    if m := _MONTH_VALUE.match(value):
        return Anchor(value, start, month=(int(m[1]), int(m[2])), year=int(m[1]), mod=mod)
    if m := _YEAR_VALUE.match(value):
        return Anchor(value, start, year=int(m[1]))
    return None


@lru_cache(maxsize=4096)
def _day_of(value: str) -> tuple[dt.date, tuple[int, int], int] | None:
    """The day, month and year of "2025-05-10", parsed once per value (an article tells the same
    days again and again), or None outside the calendar."""
    try:
        d = dt.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None
    return d, (d.year, d.month), d.year


def resolve(symbolic: str, ctx: Context) -> Resolved:
    """The TIMEX3 value of a symbolic value in its context.

    >>> ctx = Context(dct=dt.date(2026, 1, 10))
    >>> resolve("DCT:day-1", ctx).value, resolve("XXXX-02-03", ctx).value, resolve("DCT:week+0", ctx).value
    ('2026-01-09', '2026-02-03', '2026-W02')
    >>> resolve("XXXX-01-09|wd=5", ctx).note, resolve("XXXX-01-09|wd=4", ctx).note
    ('', 'weekday disagrees with the date (2026-01-09 is a Friday)')
    """
    if symbolic[0] not in "RT":          # neither REF: nor T: needs the dates told before
        return resolve_on_dct(symbolic, ctx.dct, ctx.future)
    return _resolve(symbolic, ctx)


def resolve_on_dct(symbolic: str, dct: dt.date | None, future: bool = False, headline: bool = False) -> Resolved:
    """What resolve() gives for a value that depends only on the publication date and the
    tense (any but "REF:" and "T:"); only a weekday ("WD:"), a moving holiday ("HOL:") and a
    date without its year depend on the tense (and a date without its year on the headline)."""
    return _resolve_on_dct(symbolic, dct, future and symbolic[0] in "WHX", headline and symbolic[0] == "X")


@lru_cache(maxsize=8192)
def _resolve_on_dct(symbolic: str, dct: dt.date | None, future: bool, headline: bool = False) -> Resolved:
    return _resolve(symbolic, Context(dct=dct, future=future, headline=headline))


def _resolve(symbolic: str, ctx: Context) -> Resolved:
    base, attrs = parse_symbolic(symbolic)
    mod = attrs.get("mod")
    if base[0] == "P" or base.endswith("_REF") or base.startswith("XXXX-WXX"):   # final as they are
        return Resolved(base, mod)
    try:
        out = _resolve_base(base, attrs, ctx)
    except (ValueError, OverflowError) as exc:       # a date outside the calendar
        return Resolved(None, mod, 0.3, f"cannot resolve {symbolic}: {exc}")
    out.mod = out.mod or mod
    pod = attrs.get("pod")
    if pod and out.value and _PLAIN_DAY.fullmatch(out.value):
        out.value += "T" + pod
    return out


def _resolve_base(base: str, attrs: dict, ctx: Context) -> Resolved:
    head = base[0]
    if head in "DWTRLEH":                            # DCT:, WD:, T:, REF:, LUNAR, HOL:
        return _resolve_relative(base, attrs, ctx)
    # ------------------------------------------------ explicit or year-less calendar values
    if m := _SYM_DAY.fullmatch(base):
        mo, d = int(m["m"]), int(m["d"])
        if not 1 <= mo <= 12 or d > _LONGEST_MONTH[mo]:    # 29 Februari may exist
            year = m["y"] if m["y"].isdigit() else "XXXX"
            return Resolved(None, confidence=0.2, note=f"impossible date {year}-{mo:02d}-{d:02d}")
        year, conf = _year_for(m["y"], ctx, attrs.get("dir"), mo, d)
        if year is None:
            return Resolved(None, confidence=0.5, note="no publication date to take the year from")
        if "wd" in attrs and not m["y"].isdigit():
            year = _year_of_weekday(year, mo, d, int(attrs["wd"]), ctx.dct, ctx.future)
        try:
            day = dt.date(year, mo, d)
        except ValueError:
            return Resolved(None, confidence=0.2, note=f"impossible date {year}-{mo:02d}-{d:02d}")
        note = ""
        if "wd" in attrs and day.isoweekday() != int(attrs["wd"]):
            conf, note = min(conf, 0.5), f"weekday disagrees with the date ({day} is a {calendar.day_name[day.weekday()]})"
        return Resolved(day.isoformat(), confidence=conf, note=note)
    if m := _SYM_MONTH.fullmatch(base):
        year, conf = _year_for(m["y"], ctx, attrs.get("dir"), int(m["m"]), None)
        if year is None:
            return Resolved(None, confidence=0.5, note="no publication date to take the year from")
        return Resolved(f"{year:04d}-{m['m']}", confidence=conf)
    if m := _SYM_PART_OF_YEAR.fullmatch(base):
        year, conf = _year_for(m["y"], ctx, None, None, None)
        if year is None:
            return Resolved(None, confidence=0.5, note="no publication date to take the year from")
        return Resolved(f"{year:04d}-{m['p']}", confidence=conf)
    if _DECADE_OR_YEAR.fullmatch(base):
        return Resolved(base)
    raise ValueError(f"unknown symbolic value {base!r}")


def _resolve_relative(base: str, attrs: dict, ctx: Context) -> Resolved:
    dct = ctx.dct
    # ------------------------------------------------ relative to the publication date
    if m := _SYM_DCT.fullmatch(base):
        if m["n"][1:] == "X":
            return Resolved("PAST_REF" if m["n"][0] == "-" else "FUTURE_REF")
        if dct is None:
            return Resolved(None, confidence=0.5, note="relative to an unknown publication date")
        value = shift(dct, m["unit"], _amount(m["n"]), "day", attrs.get("wd"))
        return Resolved(value, confidence=0.9)
    # ------------------------------------------------ a weekday near the publication date
    if m := _SYM_WEEKDAY.fullmatch(base):
        if dct is None:
            return Resolved(None, confidence=0.5, note="weekday without a publication date")
        wd, direction = int(m["wd"]), attrs.get("dir")
        back = (dct.isoweekday() - wd) % 7
        ahead = (wd - dct.isoweekday()) % 7
        if direction == "PAST":
            day = dct - dt.timedelta(days=back or 7)
        elif direction == "FUTURE":
            day = dct + dt.timedelta(days=ahead or 7)
        elif direction == "THIS":
            day = dct + dt.timedelta(days=wd - dct.isoweekday())
        else:
            day = dct + dt.timedelta(days=ahead) if ctx.future else dct - dt.timedelta(days=back)
        return Resolved(day.isoformat(), confidence=0.8)
    # ------------------------------------------------ a clock time, on the day it belongs to
    if m := _SYM_TIME.fullmatch(base):
        hh = "24" if m["h"] == "24" else m["h"]
        anchor = next((a for a in reversed(ctx.anchors) if a.day and a.start >= ctx.sentence_start), None)
        # from an earlier sentence: the story's day, not a look back told in passing
        anchor = anchor or next((a for a in reversed(ctx.anchors) if a.day and not a.back), None)
        day = anchor.day if anchor else dct
        if day is None:
            return Resolved(f"XXXX-XX-XXT{hh}:{m['mi']}", confidence=0.5, note="time of an unknown day")
        if hh == "24":
            day, hh = day + dt.timedelta(days=1), "00"
        return Resolved(f"{day.isoformat()}T{hh}:{m['mi']}", confidence=0.9 if anchor else 0.7)
    # ------------------------------------------------ relative to the date mentioned before
    if base.startswith("HOL:"):
        return _holiday(base, attrs, ctx)
    if base == "LUNAR":
        return Resolved(None, confidence=0.4, note="a lunar holiday: its day changes every year")
    if base.startswith("REF:nth-day") or base == "REF:last-day":
        return Resolved(None, confidence=0.3, note="a day of an event the tagger cannot date")
    if base == "REF:same":                           # "kala itu", "saat itu", "sejak itu"
        anchor = _that_anchor(ctx, None)
        if anchor is None:
            return Resolved(None, confidence=0.3, note="no time told before")
        return Resolved(anchor.value, confidence=0.6)
    if (m := _SYM_REF.fullmatch(base)) and m["unit"] == "year" and "mon" in attrs:
        # "November tahun yang sama", "Juni tahun itu": that month of the year told before
        year = _resolve_relative(base, {k: v for k, v in attrs.items() if k != "mon"}, ctx)
        if year.value and year.value[:4].isdigit():
            year.value = f"{year.value[:4]}-{attrs['mon']}"
        return year
    if m := _SYM_REF.fullmatch(base):
        if m["n"][1:] == "X":
            return Resolved("PAST_REF" if m["n"][0] == "-" else "FUTURE_REF")
        unit, n = m["unit"], _amount(m["n"])
        if unit == "dom":
            return _day_of_month(n, ctx)
        if n == 0 and unit in _THAT_NEEDS:
            return _that_period(unit, ctx)
        need = {"day": "day", "week": "day", "weekend": "day", "month": "month"}.get(unit, "year")
        anchor = _pick_anchor(ctx, need)
        if anchor is not None and need == "day" and n > 0 and _told(anchor, ctx).aside:
            # "Di Kairo, Sabtu (12/4), ... rencana yang diadopsi KTT pada 4 Maret. Sehari kemudian":
            # the day after the story's day, not after the aside's earlier one
            # (but in the aside's own paragraph, away from the story's day, the count goes on from the
            # aside: "... perjalanan yang dimulai pada 8 November lalu. Di Beijing, ia bertemu Xi keesokan harinya")
            story = next((a for a in reversed(ctx.anchors) if a.day and not a.back and not _told(a, ctx).aside), None)
            aside_paragraph = bisect.bisect_right(ctx.paragraphs, anchor.start)
            if story is not None and story.day > anchor.day \
                    and (bisect.bisect_right(ctx.paragraphs, story.start) == aside_paragraph
                         or bisect.bisect_right(ctx.paragraphs, ctx.start) != aside_paragraph):
                anchor = story
        if anchor is not None and need == "day" and n > 0 and anchor.back:
            # "pada Minggu (3/12). ... Dua hari sebelumnya, ICJ ... . Dua hari kemudian": after the day
            # looked back from, not after the look back
            story = next((a for a in reversed(ctx.anchors) if a.day and not a.back), None)
            if story is not None and story.day > anchor.day:
                anchor = story
        if n > 0 and unit in ("week", "weekend") and ctx.dct and ctx.anchors and _month_in_paragraph(ctx):
            # "merebut Goma pada akhir Januari, lalu ... sekitar tiga pekan kemudian": weeks counted on
            # from that month, from where in it the time told lies, reach a month (a look back, "sehari
            # sebelumnya", and days, "keesokan harinya", still take the day told before)
            month = ctx.anchors[-1]
            within = dt.date(*month.month, _DAY_OF_MOD.get(month.mod, 15)) + dt.timedelta(weeks=n)
            return Resolved(shift(within, "month", 0, "month", None), confidence=0.6,
                            note="counted from a month: known to the month")
        if anchor is None and need == "day" and n > 0 and not ctx.future:
            # "keesokan harinya" far from the last day told: still the day after it, never
            # the day after the publication (a narrative in the past tells no tomorrow)
            anchor = next((a for a in reversed(ctx.anchors) if a.day and (not dct or a.day <= dct)), None)
        if need == "day" and n < 0 and ctx.lead is not None and ctx.anchors and (
                anchor is None or (anchor.day and (ctx.lead.day - anchor.day).days > _BACK_STORY_DAYS
                                   and not _opens_after(anchor, ctx))):
            # "Sehari sebelumnya" far from the last day told, or after a day of the back story
            # ("... dibuka pada 13 April 1950. Sugiono, yang tiba di Beijing sehari sebelumnya"):
            # a look back from the story's day
            anchor = ctx.lead
        if anchor is None:
            if dct is None:
                return Resolved(None, confidence=0.4, note="no date mentioned before to anchor on")
            return Resolved(shift(dct, unit, n, "day", None), confidence=0.6,
                            note="anchored on the publication date (no date of that precision just before)")
        start = anchor.day or (dt.date(*anchor.month, 1) if anchor.month else dt.date(anchor.year, 1, 1))
        precision = "day" if anchor.day else "month" if anchor.month else "year"
        if unit == "week" and precision == "day":
            unit, n = "day", n * 7
        return Resolved(shift(start, unit, n, precision, None), confidence=0.8)
    raise ValueError(f"unknown symbolic value {base!r}")


def _opens_after(anchor: Anchor, ctx: Context) -> bool:
    """Does the expression open its sentence in the paragraph of the day told before it ("... pada 10
    Desember lalu. Sehari sebelumnya, insiden serupa terjadi")? Then it counts from that day, however
    far back in the story it lies. (A sentence's start may hold the space before its first word.)"""
    return ctx.start - ctx.sentence_start <= 2 \
        and bisect.bisect_right(ctx.paragraphs, anchor.start) == bisect.bisect_right(ctx.paragraphs, ctx.start)


# "hari itu", "pekan itu", "bulan tersebut", "tahun itu": the precision the period told before must have
_THAT_NEEDS = {"day": "day", "week": "week", "weekend": "week", "month": "month", "year": "year"}


def _that_period(unit: str, ctx: Context) -> Resolved:
    """ "bulan itu", "awal tahun tersebut", "pekan itu", "hari itu", "malam itu": the period
    (of the unit) of the time told just before. A period coarser than the unit makes none
    ("Februari lalu ... hari itu" names no day): the value stays None rather than made up.
    With nothing told before, the publication date stands in, with less confidence."""
    if not ctx.anchors:
        if ctx.dct is None:
            return Resolved(None, confidence=0.4, note="no date mentioned before to anchor on")
        return Resolved(shift(ctx.dct, unit, 0, "day", None), confidence=0.6,
                        note="anchored on the publication date (no date mentioned before)")
    if unit == "day" and _month_in_paragraph(ctx):
        # "Pada akhir Juli 2024, Macron ... . Aljazair ... pada hari yang sama": known to the month
        return Resolved(ctx.anchors[-1].value, confidence=0.6, note="the day of a time known to the month")
    anchor = _that_anchor(ctx, _THAT_NEEDS[unit])
    if unit == "day" and anchor is not None and anchor.day and ctx.lead is not None and anchor.day < ctx.lead.day \
            and (bisect.bisect_right(ctx.paragraphs, ctx.start) - bisect.bisect_right(ctx.paragraphs, anchor.start)) \
            >= (_BACK_STORY_PARAGRAPHS if _told(anchor, ctx).earlier else _STORY_RESUMED_PARAGRAPHS):
        # "Pada hari yang sama" paragraphs after a day of the back story ("Sabtu lalu"), or after a day
        # before the story's day and two paragraphs told without a date ("tiba di Rio pada Minggu (17/11)
        # malam. [...]"): the story's day
        anchor = ctx.lead
    if anchor is None and unit == "day" and ctx.lead is not None and all(
            _reaches(a, ctx.lead.day) for a in ctx.anchors if a.start > ctx.lead.start):
        # "... akan ditarik hingga akhir tahun ini. [...] Pada hari yang sama": only plans told since
        # the story's day, which stays the day meant
        anchor = ctx.lead
    if anchor is None and unit == "day" and ctx.lead is not None and ctx.lead.start < ctx.start:
        # "Pada hari yang sama" with no day told in the paragraphs before: the story's day, the likeliest
        return Resolved(ctx.lead.value[:10], confidence=0.5,
                        note="no day told just before: taken as the story's day")
    if anchor is None:
        last = ctx.anchors[-1].value
        return Resolved(None, confidence=0.3, note=f"the time told before ({last}) is coarser than a {unit}")
    if anchor.day:
        start = anchor.day
    elif unit in ("week", "weekend"):
        m = _WEEK_VALUE.match(anchor.value)
        start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    else:
        start = dt.date(*anchor.month, 1) if anchor.month else dt.date(anchor.year, 1, 1)
    return Resolved(shift(start, unit, 0, "day", None), confidence=0.8)


def _that_anchor(ctx: Context, need: str | None) -> Anchor | None:
    """The time "itu" points to: the last one told (any precision when `need` is None).

    In a sentence that does not speak of the future, a day after the publication date is a
    plan told in passing, not the story's thread: an earlier time is taken when there is
    one (as `_pick_anchor` does). When the last time told is coarser than needed ("Februari
    lalu ... hari itu"), one precise enough counts only from the same paragraph or the two
    before it; else there is none.
    """
    told = ctx.anchors
    late = ctx.late if ctx.late is not None else sum(1 for a in told if a.day and ctx.dct and a.day > ctx.dct)
    if not ctx.future and ctx.dct and late:
        past = (a for a in reversed(told) if not (a.day and a.day > ctx.dct))
        if (found := _last_fitting(ctx, past, need)) is not None:
            return found
        # no earlier time fits: the plan told just before is the one pointed to
        # ("dijadwalkan ... pada Rabu pekan depan. Pada pekan yang sama, ...")
    return _last_fitting(ctx, reversed(told), need)


def _last_fitting(ctx: Context, told, need: str | None) -> Anchor | None:
    """The first of `told` (latest first) with the precision `need` (see `_that_anchor`)."""
    told = iter(told)
    last = next(told, None)
    if last is None:
        return None
    if need is None or _fits(last, need):
        return last
    here = bisect.bisect_right(ctx.paragraphs, ctx.start)
    for a in told:
        if _fits(a, need):
            if here - bisect.bisect_right(ctx.paragraphs, a.start) <= _PARAGRAPHS_BACK:
                return a
            return None
    return None


def _told(a: Anchor, ctx: Context) -> Anchor:
    """`a`, its `earlier` and `aside` asked of the text (once) when the caller can."""
    if a.earlier is None and ctx.ask is not None:
        ctx.ask(a)
    return a


def _reaches(a: Anchor, day: dt.date) -> bool:
    """Does the time `a` names end on or after `day` (a day from then on, or a period still running)?"""
    if a.day is not None:
        return a.day >= day
    if a.month is not None:
        return (a.month[0], a.month[1]) >= (day.year, day.month)
    return a.year is not None and a.year >= day.year


def _fits(a: Anchor, need: str) -> bool:
    if need == "day":
        return a.day is not None
    if need == "week":
        return a.day is not None or _WEEK_VALUE.match(a.value) is not None
    if need == "month":
        return a.month is not None
    return a.year is not None


def _day_of_month(day: int, ctx: Context) -> Resolved:
    """ "tanggal 17" alone: that day of the month told just before (same paragraph or the two
    before it), else of the publication date's month, or the month before it when the day is
    still ahead and the sentence tells the past (the month after for a plan already past)."""
    here = bisect.bisect_right(ctx.paragraphs, ctx.start)
    told = next((a for a in reversed(ctx.anchors) if a.month), None)
    if told and here - bisect.bisect_right(ctx.paragraphs, told.start) <= _PARAGRAPHS_BACK:
        (year, month), conf = told.month, 0.8
    elif ctx.dct is None:
        return Resolved(None, confidence=0.4, note="a day of an unknown month")
    else:
        dct, conf = ctx.dct, 0.7
        total = dct.year * 12 + dct.month - 1
        if not ctx.future and day > dct.day:
            total -= 1
        elif ctx.future and day < dct.day:
            total += 1
        year, month = divmod(total, 12)
        month += 1
    if day > calendar.monthrange(year, month)[1]:
        return Resolved(None, confidence=0.2, note=f"impossible date {year}-{month:02d}-{day:02d}")
    return Resolved(dt.date(year, month, day).isoformat(), confidence=conf)


def _holiday(base: str, attrs: dict, ctx: Context) -> Resolved:
    """ "HOL:idul_fitri:2014:+0": a moving holiday in a year, or the one nearest the
    publication date (the next one in a sentence about plans, or as the direction word says)."""
    _, name, year, off = base.split(":")
    days = _holiday_days(name.replace("_", " "))
    dct = ctx.dct
    if year.isdigit():
        pick = [d for d in days if d[0].year == int(year)]
    elif dct is None:
        return Resolved(None, confidence=0.5, note="no publication date to take the year from")
    else:
        if year.startswith("Y"):
            pick = [d for d in days if d[0].year == dct.year + int(year[1:])]
        else:
            direction = attrs.get("dir") or ("FUTURE" if ctx.future else None)
            if direction == "PAST":
                pick = [d for d in days if d[0] <= dct][-1:]
            elif direction == "FUTURE":
                pick = [d for d in days if d[0] >= dct][:1]
            elif direction == "THIS":
                pick = [d for d in days if d[0].year == dct.year]
            else:
                pick = sorted(days, key=lambda d: abs((d[0] - dct).days))[:1]
        if pick and dct:
            pick.sort(key=lambda d: abs((d[0] - dct).days))     # two in a year: the nearer
    if not pick:
        return Resolved(None, confidence=0.4, note=f"no day known for {name.replace('_', ' ')} in that year")
    day, estimated = pick[0]
    day += dt.timedelta(days=int(off))
    if estimated:
        return Resolved(day.isoformat(), confidence=0.7, note="the holiday's day is estimated (no decree yet)")
    return Resolved(day.isoformat(), confidence=0.9)


@lru_cache(maxsize=32)
def _holiday_days(name: str) -> tuple[tuple[dt.date, bool], ...]:
    """The days of a moving holiday 2000-2035 (whether each is estimated), Easter computed."""
    if name == "easter":
        return tuple((_easter(y), False) for y in range(1900, 2101))
    from .lang.id.holiday_dates import DATES
    return tuple((dt.date.fromisoformat(d.rstrip("?")), d.endswith("?")) for d in DATES[name])


def _easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).

    >>> _easter(2014), _easter(2024)
    (datetime.date(2014, 4, 20), datetime.date(2024, 3, 31))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _amount(text: str) -> int:
    n = float(text)
    return int(n) if n == int(n) else round(n)


def _pick_anchor(ctx: Context, need: str) -> Anchor | None:
    """The last date mentioned with at least the needed precision.

    In a sentence that does not speak of the future, a date after the publication date is
    a plan mentioned in passing, not the story's thread: skip it when an earlier one fits.
    A day counted from a date ("sehari sebelumnya") when the last date told is coarser (a
    year, a month: "Ketua ASEAN 2025") takes the last day told only from the same paragraph
    or the two before it; from further back the story has moved on, and the publication
    date (None here) is the better anchor.
    """
    if need == "day" and ctx.dct and ctx.anchors and not ctx.anchors[-1].day:
        day = next((a for a in reversed(ctx.anchors) if a.day), None)
        if day is None or (bisect.bisect_right(ctx.paragraphs, ctx.start)
                           - bisect.bisect_right(ctx.paragraphs, day.start)) > _PARAGRAPHS_BACK:
            return None
    fallback = None
    for a in reversed(ctx.anchors):
        fits = a.day if need == "day" else a.month if need == "month" else a.year
        if not fits:
            continue
        if not ctx.future and ctx.dct and a.day and a.day > ctx.dct:
            fallback = fallback or a
            continue
        return a
    return fallback


# where in its month a time known only to the month lies: "awal", "pertengahan", "akhir"
_DAY_OF_MOD = {"START": 5, "MID": 15, "END": 25}


def _month_in_paragraph(ctx: Context) -> bool:
    """Is the paragraph's thread of time a month (not a bare year: "Ketua ASEAN 2025"): the last time
    told a month, in the expression's own paragraph, with no day told before it there? Then a count
    on from it, or "hari yang sama", is of that month, not of an older day. (After a day, "tiba di
    Lima pada Kamis (14/11). Ia terakhir ke Amerika Latin pada Maret lalu. Keesokan harinya", the
    month is told in passing.)"""
    last = ctx.anchors[-1]
    if last.day is not None or last.month is None or last.recalled or _WEEK_VALUE.match(last.value):
        return False
    paragraph = bisect.bisect_right(ctx.paragraphs, last.start)
    if bisect.bisect_right(ctx.paragraphs, ctx.start) != paragraph:
        return False
    for a in reversed(ctx.anchors[:-1]):
        if bisect.bisect_right(ctx.paragraphs, a.start) != paragraph:
            return True
        if a.day is not None:
            return False
    return True


def shift(start: dt.date, unit: str, n: int, precision: str, wd: str | None) -> str:
    """The TIMEX3 value `n` units from `start`, at the unit's own precision."""
    if unit == "day":
        return (start + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "weekend"):
        year, week, _ = (start + dt.timedelta(weeks=n)).isocalendar()
        if wd:
            return dt.date.fromisocalendar(year, week, int(wd)).isoformat()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        total = start.year * 12 + start.month - 1 + n
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if unit == "quarter":
        q = (start.year * 4 + (start.month - 1) // 3) + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "half":
        h = (start.year * 2 + (start.month - 1) // 6) + n
        return f"{h // 2:04d}-H{h % 2 + 1}"
    if unit == "year":
        return f"{start.year + n:04d}"
    if unit == "decade":
        return f"{(start.year // 10 + n):03d}"
    if unit == "century":
        return f"{(start.year // 100 + n):02d}"
    raise ValueError(f"unknown unit {unit!r}")


def _year_of_weekday(year: int, month: int, day: int, weekday: int, dct: dt.date, future: bool = True) -> int:
    """The year of "Sabtu (20/5)" told far from the publication date: the one year within a year
    of it in which the day is that weekday, when the year the calendar alone suggests has another weekday.
    Near the publication date the guess stands (the weekday may be a typo), but for a day after it in a
    sentence that tells no plan ("Pada Sabtu, 6 Januari, Hassan Sheikh menandatangani ...", told in
    December): a day past whose weekday agrees is meant."""
    try:
        guess = dt.date(year, month, day)
    except ValueError:
        return year
    if guess.isoweekday() == weekday or (abs((guess - dct).days) <= _PAST_TENSE_DAYS and (future or guess <= dct)):
        return year
    agree = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            other = dt.date(y, month, day)
            if y != year and other.isoweekday() == weekday and abs((other - dct).days) <= 366:
                agree.append(y)
        except ValueError:
            continue
    return agree[0] if len(agree) == 1 else year


def _year_for(token: str, ctx: Context, direction: str | None, month: int | None, day: int | None):
    """The year of a date written without one, and the confidence in it."""
    if token.isdigit():
        return int(token), 1.0
    dct = ctx.dct
    if dct is None:
        return None, 0.0
    if token.startswith("Y"):
        return dct.year + int(token[1:]), 0.9
    if month is None:
        return dct.year, 0.9
    key = (month, day or 1)
    here = (dct.month, dct.day) if day else (dct.month, 1)
    if direction == "THIS":
        return dct.year, 0.9
    if direction == "PAST":
        return (dct.year if key <= here else dct.year - 1), 0.9
    if direction == "FUTURE":
        return (dct.year if key >= here else dct.year + 1), 0.9
    same = dt.date(dct.year, month, min(day or 15, 28))
    if not ctx.future and _PAST_TENSE_DAYS < (same - dct).days <= _SAME_YEAR_DAYS:
        return dct.year - 1, 0.8    # "Pada 10 Juli, Erdogan bertemu ...", told in January: last July
    if not ctx.future and _PAST_TENSE_DAYS - 365 < (same - dct).days < -_SAME_YEAR_DAYS:
        return dct.year, 0.8        # "tepatnya 8 Februari", told in late October: this February, not the next
    if ctx.future and _PAST_TENSE_DAYS < (dct - same).days:
        return dct.year + 1, 0.8    # "jelang pemilu Maret", told in September: next March
    if abs((same - dct).days) <= _SAME_YEAR_DAYS:
        return dct.year, 0.9
    if not ctx.future and not ctx.headline and same < dct \
            and (same.replace(year=dct.year + 1) - dct).days > _PAST_TENSE_NEXT_YEAR_DAYS:
        return dct.year, 0.8        # "M23 menguasai Goma pada akhir Januari", told in December: last January
                                    # (a headline tells the news and its next step: "Diteken Januari")
    return (dct.year - 1 if same > dct else dct.year + 1), 0.8


def told_long_before(a: Anchor, dct: dt.date) -> bool:
    """Does the last time told lie more than `_BACK_STORY_DAYS` before the publication date?"""
    if a.day is not None:
        return (dct - a.day).days > _BACK_STORY_DAYS
    if a.month is not None:
        return (dct.year - a.month[0]) * 12 + dct.month - a.month[1] > 1
    return a.year is not None and a.year < dct.year
