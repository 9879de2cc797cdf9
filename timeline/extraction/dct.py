"""The publication date of an article when the user gave none.

    infer_dct(text, lang="id") -> (date | None, source)

`source` is "metadata" when the text is a web page that states it (`article:published_time`,
`datePublished`, `pubdate`), "dateline" when the head of the text carries it ("JAKARTA, KOMPAS.com – Senin
(12/5/2025)", "Kompas.com - 29/07/2025, 16:45 WIB", "Jakarta, 5 Februari 2021",
"Minggu, 18 Mei 2025 14:05 WIB"), "inferred" when it is guessed from the dates the text
mentions (the latest full date told in the past), or "unknown". `today` (by default the
day it runs) bounds the year a weekday gives to a year-less date ("Sabtu (25/10)").
"""
from __future__ import annotations

import datetime as dt
import re

from .timex import language, tag_timexes

# how far into the text a dateline or byline may sit
_HEAD_LINES = 4
_HEAD_CHARS = 600
# what may stand before the date on a dateline: a city, an outlet, a comma or a dash
_DATELINE_PREFIX = re.compile(
    r"^[\w .,:’'()/&|–—-]{0,60}?(?:[,:|–—-]|\(\w+\)|diperbarui|dipublikasikan|diterbitkan|terbit|"
    r"published|updated)\s*$|^\s*$", re.I)
_AFTER = 15                       # characters after a date read for a future marker
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
_QUOTE_MARKS = ('"', "“", "”")
_LOCAL_DAY_GAP = 30               # from a date abroad to its day in Indonesia: "(Rabu pagi WIB)"
_STORY_GOES_ON = 60               # days after a stamped full date a year-less one may still follow it
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# <meta property="article:published_time" content="2025-07-29T16:45:00+07:00">, JSON-LD "datePublished"
_METADATA = re.compile(
    r"""(?:<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|"""
    r"""pubdate|publishdate|publish[-_]date|date)["'][^>]*content=["'](?P<a>\d{4}-\d{2}-\d{2})"""
    r"""|<meta[^>]+content=["'](?P<b>\d{4}-\d{2}-\d{2})[^"']*["'][^>]+(?:property|name|itemprop)=["']"""
    r"""(?:article:published_time|datePublished|pubdate)["']"""
    r"""|"datePublished"\s*:\s*"(?P<c>\d{4}-\d{2}-\d{2}))""", re.I)


def infer_dct(text: str, lang: str = "id", today: dt.date | None = None) -> tuple[dt.date | None, str]:
    """The publication date and where it came from.

    >>> infer_dct("JAKARTA, KOMPAS.com – Senin (12/5/2025), Presiden ...")
    (datetime.date(2025, 5, 12), 'dateline')
    >>> infer_dct("Presiden tiba pada Jumat (9/1/2026). Ia akan kembali 3 Februari 2026.")
    (datetime.date(2026, 1, 9), 'inferred')
    >>> infer_dct("Tidak ada tanggal di sini.")
    (None, 'unknown')
    >>> infer_dct('<meta property="article:published_time" content="2025-07-29T16:45:00+07:00">')
    (datetime.date(2025, 7, 29), 'metadata')
    """
    if m := _METADATA.search(text, 0, 200_000):
        try:
            return dt.date.fromisoformat(m["a"] or m["b"] or m["c"]), "metadata"
        except ValueError:
            pass
    day = dateline(text, lang)
    if day:
        return day, "dateline"
    day = from_mentions(text, lang, today)
    if day:
        return day, "inferred"
    return None, "unknown"


def dateline(text: str, lang: str = "id") -> dt.date | None:
    """A full date at the head of the text with only a place or an outlet before it."""
    lines = text.split("\n")
    head_end, pos = 0, 0
    for line in lines[:_HEAD_LINES]:
        pos += len(line) + 1
        head_end = pos
        if line.strip() and pos > _HEAD_CHARS:
            break
    head = text[:min(head_end, max(_HEAD_CHARS, len(lines[0]) + 1))]
    for t in tag_timexes(head, None, lang):
        if t.type != "DATE" or not t.value or not _FULL_DAY.match(t.value) or t.confidence < 0.9:
            continue
        line_start = head.rfind("\n", 0, t.start) + 1
        if _DATELINE_PREFIX.match(head[line_start:t.start]) \
                and not _yesterday(head, t.start, t.start, language(lang).yesterday):   # ("Kemarin, Senin (8/12/2014), ...")
            return dt.date.fromisoformat(t.value[:10])
    return None


def from_mentions(text: str, lang: str = "id", today: dt.date | None = None) -> dt.date | None:
    """The latest full date the text tells in the past (not in a sentence about plans).

    A weekday with a year-less date ("Sabtu (25/10)") fixes the year too: of the years up to
    today in which that day is that weekday and no earlier than any year the text names, one
    within weeks after a full date stamped with its weekday ("Senin (30/12/2019)"), else the latest.
    A full date earlier than that date's year counts for less.

    >>> from_mentions("Ia tiba pada Sabtu (25/10) sore, sejak 2022.", today=dt.date(2026, 11, 28))
    datetime.date(2025, 10, 25)
    """
    L = language(lang)
    today = today or dt.date.today()
    past_days: list[dt.date] = []
    stamped: list[dt.date] = []     # full dates with their weekday: "Kamis (28/11/2013)"
    weekday_dates: list[tuple[int, int, int, bool]] = []
    yesterdays: set[tuple[int, int]] = set()     # (month, day) of year-less dates called yesterday
    years: list[int] = []
    from .timex import symbolic_timexes
    from .resolve import parse_symbolic
    last_day, last_end = None, -1
    for c in symbolic_timexes(text, lang):
        base, attrs = parse_symbolic(c.symbolic)
        # "Selasa (18/11/2014) waktu setempat (Rabu pagi WIB)": the day it was in Indonesia
        if (wd := re.fullmatch(r"WD:([1-7])", base)) and last_day and c.start - last_end < _LOCAL_DAY_GAP \
                and "WIB" in text[c.end:c.end + 12] and int(wd[1]) == last_day.isoweekday() % 7 + 1:
            past_days.append(last_day + dt.timedelta(days=1))
        s_start = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
        s_end = min([i for i in (text.find(". ", c.end), text.find("\n", c.end)) if i >= 0] or [len(text)])
        # a plan is announced before its date ("bakal menemui ... pada 3 Februari 2026") or right
        # after it ("28 Desember mendatang"); "turun pada Selasa (18/11), karena keraguan bahwa
        # pertemuan ... akan ..." tells a past day
        # words quoted before an attribution ('"... akan ...," kata Sudirman, Selasa (2/12)') are the
        # speaker's plans, not the date's
        before = _QUOTED.sub(" ", text[s_start:c.start])
        # (and what comes before the last quote mark, the speech whose opening lies in a sentence
        # before: '... nanti petugas kami akan datang," kata Tikno ..., Kamis (5/12/2013)')
        before = before[max(before.rfind(q) for q in _QUOTE_MARKS) + 1:]
        after = L.future.search(text, c.end, min(s_end, c.end + _AFTER))
        future = bool(L.future.search(before) or (after and after[0].casefold() not in L.ahead_of))
        if m := re.fullmatch(r"(\d{4})(?:-\d\d(?:-\d\d)?)?", base):
            years.append(int(m[1]))
        if future or c.type != "DATE":
            continue
        if re.fullmatch(r"\d{4}-\d\d-\d\d", base):
            try:
                day = dt.date.fromisoformat(base)
            except ValueError:
                continue
            if "wd" in attrs and day.isoweekday() != int(attrs["wd"]):
                # "Kamis (11/12/2013)" written in 2014: the weekday tells the year the writer meant
                day = next((d for d in (_replace_year(day, day.year + 1), _replace_year(day, day.year - 1))
                            if d and d.isoweekday() == int(attrs["wd"])), day)
            past_days.append(day)
            last_day, last_end = day, c.end
            if "wd" in attrs:
                stamped.append(day)
            if _yesterday(text, c.start, c.end, L.yesterday):
                past_days.append(day + dt.timedelta(days=1))    # "Senin (8/12/2014) kemarin": told the next day
                stamped.append(day + dt.timedelta(days=1))
        elif (m := re.fullmatch(r"XXXX-(\d\d)-(\d\d)", base)) and "wd" in attrs:
            weekday_dates.append((int(m[1]), int(m[2]), int(attrs["wd"]), _yesterday(text, c.start, c.end, L.yesterday)))
        elif m and L.yesterday and text[c.start:c.end].casefold().startswith(L.yesterday):
            yesterdays.add((int(m[1]), int(m[2])))     # "kemarin (19/11)": the year from a full date of that day
    floor = max((y for y in years if y <= today.year), default=1900)
    anchors = list(stamped)         # full dates with their weekday: the story's own time
    for month, day, wd, before_yesterday in weekday_dates:
        d = _year_of(month, day, wd, floor, today, anchors)
        if d is not None:
            past_days.append(d)
            stamped.append(d)
            if before_yesterday and d < today:
                past_days.append(d + dt.timedelta(days=1))
                stamped.append(d + dt.timedelta(days=1))
    for d in [d for d in past_days if (d.month, d.day) in yesterdays]:
        past_days.append(d + dt.timedelta(days=1))
        stamped.append(d + dt.timedelta(days=1))
    # the news is stamped with its weekday; a later date without one is a deadline or a threshold
    # more often than the day ("pemasangan RFID setelah 30 November 2013 dikenai tarif ...")
    limit = min(today, max(stamped) + dt.timedelta(days=1)) if stamped else today
    return max((d for d in past_days if d <= limit), default=None)


def _year_of(month: int, day: int, weekday: int, floor: int, today: dt.date, anchors: list) -> dt.date | None:
    """The day a weekday and a year-less date ("Jumat (3/1)") name: of the years from `floor` up to
    today in which that day is that weekday, one within weeks after a full date the text stamps with
    its weekday ("Senin (30/12/2019)": the story's own time, which goes on), else the latest (a day
    before such a date is not pulled back to it: "Kamis (9/1) ... dialog yang dimulai pada Rabu
    (22/1/2020)" is this year's Thursday).

    >>> _year_of(1, 3, 5, 2019, dt.date(2026, 11, 29), [dt.date(2019, 12, 30)])
    datetime.date(2020, 1, 3)
    >>> _year_of(1, 3, 5, 2019, dt.date(2026, 11, 29), [])
    datetime.date(2025, 1, 3)
    """
    candidates = []
    for year in range(today.year, floor - 1, -1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.isoweekday() == weekday and d <= today:
            candidates.append(d)
    if not candidates:
        return None
    following = [d for d in candidates if any(0 < (d - a).days <= _STORY_GOES_ON for a in anchors)]
    return following[0] if following else candidates[0]


def _yesterday(text: str, start: int, end: int, words: tuple) -> bool:
    """Is the date at text[start:end] called yesterday, by a word right before or after it?

    >>> _yesterday("pada Senin (8/12) kemarin, ia", 5, 17, ("kemarin",)), _yesterday("Senin (8/12) lalu", 0, 12, ("kemarin",))
    (True, False)
    """
    if not words:
        return False
    after = text[end:end + 12].lstrip(" ,").casefold()
    before = text[max(0, start - 12):start].rstrip(" ,").casefold()
    return after.startswith(words) or before.endswith(words)


def _replace_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None
