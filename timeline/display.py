"""How events look, shared by the chart, the pages and the exports: colours, symbols, dates.

Plain Python (no database), so the chart and the templates agree on one palette.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from timeline.extraction.taxonomy import BY_CODE, EVENT_TYPES
from timeline.extraction.types import period_of, precision_of

# One colour per event type, distinct enough side by side (and from the red "today" line).
TYPE_COLOURS = {
    "meeting": "#2f6fde",
    "call": "#1aa3b8",
    "statement": "#6b7385",
    "threat": "#e8590c",
    "criticism": "#d6336c",
    "military_action": "#7048e8",
    "attack": "#b02525",
    "agreement": "#2b8a3e",
    "relations": "#0ca678",
    "election": "#b07d00",      # (markers need 3:1 against white: #e0a100 had 2.3)
    "sanction": "#a0522d",
    "other": "#7c8594",         # (#9aa1ad had 2.6)
}
# Planned events are hollow, hypothetical ones hollow diamonds, cancelled ones crossed.
STATUS_SYMBOLS = {"occurred": "circle", "planned": "circle-open", "hypothetical": "diamond-open",
                  "cancelled": "x"}
STATUS_GLYPHS = {"occurred": "●", "planned": "○", "hypothetical": "◇", "cancelled": "✕"}
# Periods (week, month, year) are bars; the status shows as a hatching pattern.
STATUS_PATTERNS = {"occurred": "", "planned": "/", "hypothetical": ".", "cancelled": "x"}
PRECISION_WORDS = {"day": "to the day", "week": "to the week", "month": "to the month", "year": "to the year"}


def type_label(code: str) -> str:
    return BY_CODE[code].label if code in BY_CODE else code


def type_colour(code: str) -> str:
    return TYPE_COLOURS.get(code, TYPE_COLOURS["other"])


def legend() -> list[dict]:
    return [{"code": t.code, "label": t.label, "colour": type_colour(t.code)} for t in EVENT_TYPES]


def date_label(precision: str, start: dt.date | None, end: dt.date | None) -> str:
    """An event's date as precisely as it is known, and no more.

    >>> date_label("day", dt.date(2026, 2, 3), dt.date(2026, 2, 3))
    '3 Feb 2026'
    >>> date_label("week", dt.date(2026, 2, 2), dt.date(2026, 2, 8))
    'week 6 of 2026 (2–8 Feb)'
    >>> date_label("month", dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    'February 2026'
    >>> date_label("", None, None)
    'undated'
    """
    if start is None:
        return "undated"
    if precision == "week":
        year, week, _ = start.isocalendar()
        if start.month == end.month:
            span = f"{start.day}–{end.day} {end:%b}"
        else:
            span = f"{start.day} {start:%b} – {end.day} {end:%b}"
        return f"week {week} of {year} ({span})"
    if precision == "month":
        return f"{start:%B %Y}"
    if precision == "year":
        return f"{start.year}"
    return f"{start.day} {start:%b %Y}"


def event_date_label(event) -> str:
    return date_label(event.precision, event.date_start, event.date_end)


def held_label(held: tuple[int, int]) -> str:
    """What a plan of an event other articles report held says of it (`queries.held_of_plans`):
    "held: reported in 5 articles; planned in 3".

    >>> held_label((1, 0))
    'held: reported in 1 article'
    """
    reported, planned = held
    return f"held: reported in {reported} article{'s' if reported != 1 else ''}" + (f"; planned in {planned}" if planned else "")


def shorten(text: str, limit: int) -> str:
    """Cut `text` to `limit` characters at a word boundary, with an ellipsis.

    >>> shorten("Presiden Kolombia Gustavo Petro", 20)
    'Presiden Kolombia…'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rfind(" ")]
    return cut.rstrip(" ,;:") + "…"


def evidence_paragraphs(text: str, spans: list[tuple[int, int, int, int]]) -> list[list[tuple[str, str]]]:
    """The paragraphs holding evidence spans, each once however many spans it holds, cut for a
    template to highlight (as `marked_paragraphs` cuts an article's): (text, kind) pieces, kind "hit"
    for the evidence, "sentence" for the rest of its sentence, "" for the rest of the paragraph.
    `spans`: (sentence_start, sentence_end, start, end) of each.

    >>> evidence_paragraphs("A.\\nB one. B two x. B three.\\nC.", [(10, 18, 16, 17), (3, 9, 3, 4)])
    [[('B', 'hit'), (' one.', 'sentence'), (' ', ''), ('B two ', 'sentence'), ('x', 'hit'), ('.', 'sentence'), (' B three.', '')]]
    """
    marks = [(ss, se, "sentence") for ss, se, _, _ in spans]
    marks += [(max(s, ss), min(e, se), "hit") for ss, se, s, e in spans if max(s, ss) < min(e, se)]
    return [[("".join(piece["text"] for piece in run["pieces"]), run["event"] or "") for run in runs]
            for runs in marked_paragraphs(text, marks, []) if any(run["event"] for run in runs)]


_REFS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour"}


def timex_label(value: str) -> str:
    """A TIMEX3 value as a reader says it.

    >>> [timex_label(v) for v in ("2024-01-26TNI", "2014-11", "FUTURE_REF", "P1M", "PT60H", "2024-01-26T07:30")]
    ['night of 26 Jan 2024', 'November 2014', 'the future', '1 month', '60 hours', '26 Jan 2024, 07:30']
    >>> [timex_label(v) for v in ("197", "19")]       # a decade ("tahun 1970-an"), a century
    ['the 1970s', 'the 1900s']
    """
    if value in _REFS:
        return _REFS[value]
    if value.isdecimal() and len(value) in (2, 3):
        return f"the {value.ljust(4, '0')}s"
    day, _, clock = value.partition("T")
    if clock and not value.startswith("P"):
        label = timex_label(day)
        return f"{_PARTS_OF_DAY[clock]} of {label}" if clock in _PARTS_OF_DAY else f"{label}, {clock}"
    period, precision = period_of(value), precision_of(value)
    if period is not None and precision is not None:
        return date_label(precision, *period)
    duration = re.fullmatch(r"PT?(\d+)([YMWDH])", value)
    if duration:
        n, unit = int(duration.group(1)), _UNITS[duration.group(2)]
        return f"{n} {unit}{'s' if n != 1 else ''}"
    return value


def marked_paragraphs(text: str, events: list[tuple[int, int, int]], times: list[tuple[int, int, str]]) -> list[list[dict]]:
    """An article's paragraphs cut for a template to mark: runs of the text, each with the `event`
    (id) whose evidence span covers it (the innermost: an event told inside another's sentence keeps
    its own mark) or None, cut into `pieces`: their `text` and the value of the temporal expression
    covering them (`time`) or None. (One run, one link: a date inside an evidence span does not cut it.)

    >>> [[(run["event"], [(p["text"], p["time"]) for p in run["pieces"]]) for run in para] for para in marked_paragraphs(
    ...     "Judul\\nPetro bertemu Trump kemarin.", [(6, 33, 7), (6, 19, 8)], [(26, 33, "2026-01-09")])]
    [[(None, [('Judul', None)])], [(8, [('Petro bertemu', None)]), (7, [(' Trump ', None), ('kemarin', '2026-01-09')]), (None, [('.', None)])]]
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    firsts = [lo for lo, _ in lines]
    # each span to the paragraphs it touches (a 2 MB article has thousands of both)
    spans_of: dict[int, tuple[list, list]] = {}
    for which, spans in ((0, events), (1, times)):
        for start, end, key in spans:
            for n in range(max(0, bisect.bisect_right(firsts, start) - 1), bisect.bisect_left(firsts, end)):
                spans_of.setdefault(n, ([], []))[which].append((start, end, key))
    out = []
    for n, (lo, hi) in enumerate(lines):
        if not text[lo:hi].strip():
            continue
        mine = spans_of.get(n, ([], []))
        covering = [_Covering(spans) for spans in mine]
        edges = sorted({lo, hi} | {x for spans in mine for start, end, _ in spans for x in (start, end) if lo < x < hi})
        runs = []
        for a, b in zip(edges, edges[1:]):
            event, time = (c.at(a, b) for c in covering)
            if not runs or runs[-1]["event"] != event:
                runs.append({"event": event, "pieces": []})
            pieces = runs[-1]["pieces"]
            if pieces and pieces[-1]["time"] == time:
                pieces[-1]["text"] += text[a:b]
            else:
                pieces.append({"text": text[a:b], "time": time})
        out.append(runs)
    return out


class _Covering:
    """Spans (start, end, key) by their start: which covers a piece (the innermost), found among
    those starting at most the longest span's length before it (a line of 3 MB has thousands)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _, _ in self.spans]
        self.longest = max((e - s for s, e, _ in self.spans), default=0)

    def at(self, a: int, b: int):
        lo, hi = bisect.bisect_left(self.starts, a - self.longest), bisect.bisect_right(self.starts, a)
        inside = [(e - s, key) for s, e, key in self.spans[lo:hi] if b <= e]
        return min(inside, key=lambda x: x[0])[1] if inside else None


def web_url(url: str) -> str:
    """The article's URL if it is a web address: never a javascript: or data: link."""
    return url if url.lower().startswith(("http://", "https://")) else ""
