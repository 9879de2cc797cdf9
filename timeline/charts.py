"""The Plotly figure of the timeline, built server-side as plain dicts (JSON for plotly.js).

- one marker per event and lane, coloured by type, shaped by status (planned = hollow); the
  markers of one lane and day stacked apart within the lane (lanes are positions 0, 1, 2...);
- events known only to the week, month or year are bars across that period;
- lanes per actor (an event in the lane of each participant, busiest first) or per type;
- WebGL (`scattergl`) past WEBGL_AT points; past AGGREGATE_AT events in view, one bubble
  per lane and period with its count, so a far-out zoom stays light;
- every article-derived string is HTML-escaped: plotly.js renders hover text, tick labels
  and annotations as HTML-ish markup.

`figure(rows, participants, ...)` is pure (tested without a database); `figure_for(query)`
runs the queries.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from html import escape
from typing import Iterable, NamedTuple

from timeline.display import (STATUS_PATTERNS, STATUS_SYMBOLS, date_label, held_label, shorten, type_colour,
                              type_label)

WEBGL_AT = 2000          # markers beyond which we draw with WebGL
AGGREGATE_AT = 5000      # events in view beyond which we draw counts per period
MAX_ACTOR_LANES = 30     # the busiest actors get a lane; the rest share one
LANE_LABEL_CHARS = 28
SUMMARY_CHARS = 140
DAY_MS = 86_400_000
AGGREGATE_COLOUR = "#3b6fc9"
# The longer the period, the fainter its bar: a year-long bar must not hide the days in it.
PERIOD_OPACITY = {"week": 0.6, "month": 0.42, "year": 0.25}


class Row(NamedTuple):
    pk: int
    type: str
    status: str
    precision: str
    start: dt.date
    end: dt.date
    summary: str
    reports: int = 1        # the articles that report it (timeline/reports.py)
    held: tuple | None = None   # a plan of an event reported held: (articles telling it held, planned)


def esc(text: str) -> str:
    """Escape for plotly.js text: it understands <b>, <br>, <a>, numeric entities and a few
    named ones (not "&quot;", which it would show as written).

    >>> esc('<img src=x onerror="alert(1)"> & co')
    '&lt;img src=x onerror=&#34;alert(1)&#34;&gt; &amp; co'
    """
    return escape(text, quote=True).replace("&quot;", "&#34;")


# -- lanes --------------------------------------------------------------------------------
# The lanes that gather what has no lane of its own: events with no actor, actors past the busiest
_NO_ACTOR = "No actor"
_OTHERS = " other actors"
_GATHERING = (_NO_ACTOR,)


def actor_lanes(rows: list[Row], participants: dict[int, list[str]]) -> tuple[list[str], dict[int, list[str]]]:
    """Lanes busiest first, and for each event the lanes it shows in."""
    counts = Counter(name for r in rows for name in participants.get(r.pk, ()))
    busiest = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    own, rest = busiest[:MAX_ACTOR_LANES], set(busiest[MAX_ACTOR_LANES:])
    own_set = set(own)
    others = f"{len(rest)}{_OTHERS}" if rest else ""
    placed: dict[int, list[str]] = {}
    used_others = used_none = False
    for r in rows:
        names = participants.get(r.pk, ())
        lanes = [n for n in names if n in own_set]
        if any(n in rest for n in names):
            lanes.append(others)
            used_others = True
        if not lanes:
            lanes = [_NO_ACTOR]
            used_none = True
        placed[r.pk] = lanes
    lanes = own + ([others] if used_others else []) + ([_NO_ACTOR] if used_none else [])
    return lanes, placed


def type_lanes(rows: list[Row]) -> tuple[list[str], dict[int, list[str]]]:
    counts = Counter(type_label(r.type) for r in rows)
    lanes = [label for label, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return lanes, {r.pk: [type_label(r.type)] for r in rows}


# -- hover --------------------------------------------------------------------------------
HOVER_WIDTH = 48   # characters per hover line: plotly.js never wraps, a phone is narrow


def wrapped(text: str, width: int = HOVER_WIDTH) -> str:
    """Escaped text broken into lines of at most `width` characters at spaces.

    >>> wrapped("Presiden Kolombia <Gustavo Petro> bertemu Trump", 20)
    'Presiden Kolombia<br>&lt;Gustavo Petro&gt;<br>bertemu Trump'
    """
    if len(text) <= width:
        return esc(text)
    lines, line = [], ""
    for word in text.split():  # greedy, as textwrap but a good deal faster on thousands of hovers
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "<br>".join(esc(line) for line in lines)


def hover(row: Row, actors: Iterable[str]) -> str:
    when = date_label(row.precision, row.start, row.end)
    status = "" if row.status == "occurred" else f" · <i>{esc(row.status)}</i>"
    who = ", ".join(actors)
    lines = [f"<b>{esc(when)}</b> · {esc(type_label(row.type))}{status}"]
    if who:
        lines.append(wrapped(shorten(who, 90)))
    if row.summary:
        lines.append(wrapped(shorten(row.summary, SUMMARY_CHARS)))
    if row.held:
        lines.append(f"<i>{held_label(row.held)}</i>")
    elif row.reports > 1:
        lines.append(f"<i>in {row.reports} articles</i>")
    return "<br>".join(lines)


# -- the figure ---------------------------------------------------------------------------
def figure(rows: list[Row], participants: dict[int, list[str]], *, lanes: str = "actor",
           today: dt.date | None = None, view: tuple[dt.date | None, dt.date | None] = (None, None),
           revision: str = "", people: frozenset[str] = frozenset(), abbreviations: dict | None = None,
           asked: tuple[dt.date | None, dt.date | None] = (None, None)) -> dict:
    """The figure for these dated events; `participants` maps event pk to actor names, `people`
    are the names of persons among them (their lane labels may shorten to initials),
    `abbreviations` short names others are known by ("Kemenkeu"), for narrow screens; `asked`
    the dates the filters ask for, where it opens (a year-long event would stretch it)."""
    today = today or dt.date.today()
    if lanes == "type":
        lane_names, placed = type_lanes(rows)
    else:
        lane_names, placed = actor_lanes(rows, participants)
    bounds = (min(r.start for r in rows), max(r.end for r in rows)) if rows else None
    starts = Counter(r.start for r in rows)
    focus = None if (view[0] and view[1]) or not bounds else (
        asked_range(asked, bounds) if asked[0] or asked[1] else focus_range(starts, bounds, today))
    lane_names = _in_view_first(lane_names, placed, rows, view if view[0] and view[1] else focus)
    at = {lane: i for i, lane in enumerate(lane_names)}
    aggregated = len(rows) > AGGREGATE_AT
    if aggregated:
        data, bin_name = _aggregate_traces(rows, placed, view, at)
    else:
        data, bin_name = _event_traces(rows, placed, participants, at), None
    return _figure(data, lane_names, len(rows), bin_name, bounds, today, view, revision, starts, focus, people,
                   abbreviations, asked=asked, last=last_news(rows, asked[1]))


def _in_view_first(lanes: list[str], placed: dict[int, list[str]], rows: list[Row], window) -> list[str]:
    """The lanes with an event in `window`, the range the chart opens on, first, each group busiest
    first as before: a lane whose events all lie outside it (an outlier's actor) would show empty at
    the top. The lanes that gather the rest ("12 other actors", "No actor") stay last."""
    if window is None:
        return lanes
    seen = {lane for r in rows if r.start <= window[1] and r.end >= window[0] for lane in placed[r.pk]}
    own = [lane for lane in lanes if lane not in _GATHERING
           and not (lane.endswith(_OTHERS) and lane[:-len(_OTHERS)].isdigit())]
    rest = [lane for lane in lanes if lane not in own]
    return [lane for lane in own if lane in seen] + [lane for lane in own if lane not in seen] + rest


def _figure(data, lane_names, count, bin_name, bounds, today, view, revision, starts, focus,
            people: frozenset[str] = frozenset(), abbreviations: dict | None = None,
            asked: tuple = (None, None), last: dt.date | None = None) -> dict:
    """The figure of traces drawn; `focus` the range it opens on (None: all of it, or the view), the
    dates the filters ask for when `asked` has one; `last` the day the range buttons count back from."""
    abbreviations = abbreviations or {}
    today = today or dt.date.today()
    layout = _layout(bounds, lane_names, today, view, revision, focus)
    if asked[1] and not (view[0] and view[1]):
        _stop_at(layout["xaxis"], asked[1])
    note = f"{count:,} events, counted per {bin_name}: zoom in to see each one." if bin_name else ""
    meta = {"count": count, "aggregated": bool(bin_name), "bin": bin_name, "lanes": lane_names, "note": note,
            # the lane labels for a narrow screen (swapped in by timeline.js), escaped like ticktext
            "short_lanes": [esc(abbreviations.get(lane) or short_lane(lane, NARROW_LANE_CHARS, lane in people))
                            for lane in lane_names],
            "focus": None, "focus_note": "",
            # (the PNG's legend names the hatchings of the periods in it: "/" is planned)
            "hatches": {shape: status for status, shape in STATUS_PATTERNS.items() if shape},
            # (the range buttons show the last month, six months or year of the events, from this day)
            "last": last.isoformat() if last else None}
    if focus and (asked[0] or asked[1]):
        meta["focus"] = [focus[0].isoformat(), focus[1].isoformat()]
        meta["focus_note"] = ("The chart opens on the dates asked for; “all” or the slider under the chart "
                              "reaches the whole span of these events (some known only to the month or year).")
    elif focus:
        outside = sum(n for day, n in (starts or {}).items() if not focus[0] <= day <= focus[1])
        share = f"{count - outside:,} of the {count:,} events" if not bin_name else "most events"
        meta["focus"] = [focus[0].isoformat(), focus[1].isoformat()]
        meta["focus_note"] = (f"The chart opens on {_month(focus[0])} – {_month(focus[1])}, where {share} are; "
                              f"“all” or the slider under the chart reaches the rest. The list below has every event "
                              f"until you zoom.")
    return {"data": data, "layout": layout, "meta": meta}


def last_news(rows: list[Row], until: dt.date | None = None) -> dt.date | None:
    """The last day the events reach, from which the range buttons ("1m", "1y") count back: the
    end of an event known to the day, week or month, the start of a longer one (a year in office is
    no news of December), and never past `until`, the To date asked for.

    >>> D = dt.date
    >>> rows = [Row(1, "meeting", "occurred", "day", D(2025, 10, 26), D(2025, 10, 26), ""),
    ...         Row(2, "other", "occurred", "year", D(2025, 1, 1), D(2025, 12, 31), "")]
    >>> last_news(rows), last_news(rows, until=D(2025, 8, 1)), last_news([])
    (datetime.date(2025, 10, 26), datetime.date(2025, 8, 1), None)
    """
    days = [r.end if (r.end - r.start).days <= 31 else r.start for r in rows]
    if not days:
        return None
    return min(max(days), until) if until else max(days)


def _stop_at(xaxis: dict, until: dt.date) -> None:
    """The axis and its slider end with the To date asked for, not past it (a year-long event or
    today's line stretched them a month on, and the range buttons counted back from there); a
    range of a few days keeps its days around the events."""
    end = shift(until, dt.timedelta(days=1))
    for holder in (xaxis, xaxis["rangeslider"]):
        span = holder.get("range")
        if span and span[0] < end.isoformat() < span[1] and (end - _as_date(span[0])).days >= SHORTEST:
            span[1] = end.isoformat()


FOCUS_SHARE = 0.9    # the chart opens on the shortest period holding this share of the events...
COMPACT = 0.5        # ...unless that period is at least this share of the whole span anyway
TODAY_REACH = 0.25   # today joins the opening range when it lies this close (share of the range)


def asked_range(asked, bounds: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """The part of the events' span the filters' dates ask for (None: all of it).

    >>> D = dt.date
    >>> asked_range((D(2018, 6, 12), D(2018, 6, 12)), (D(2018, 1, 1), D(2018, 12, 31)))
    (datetime.date(2018, 6, 12), datetime.date(2018, 6, 12))
    >>> asked_range((D(2010, 1, 1), None), (D(2018, 1, 1), D(2018, 12, 31))) is None
    True
    """
    lo, hi = max(asked[0] or bounds[0], bounds[0]), min(asked[1] or bounds[1], bounds[1])
    return None if (lo, hi) == tuple(bounds) or lo > hi else (lo, hi)


def focus_range(starts: dict[dt.date, int], bounds: tuple[dt.date, dt.date],
                today: dt.date) -> tuple[dt.date, dt.date] | None:
    """Where the chart opens when the events are spread over a long span with a dense part:
    the shortest period holding FOCUS_SHARE of the events (their start days, with counts),
    the latest such period on ties, stretched to today when today is near. None when every
    event fits in a compact range anyway.

    >>> D = dt.date
    >>> starts = {D(1949, 1, 1): 1, D(1967, 8, 8): 1, **{D(2025, m, 10): 3 for m in range(1, 13)}}
    >>> focus_range(starts, (D(1949, 1, 1), D(2025, 12, 10)), today=D(2026, 1, 15))
    (datetime.date(2025, 1, 10), datetime.date(2026, 1, 15))
    >>> focus_range({D(2025, 1, 1): 5, D(2025, 3, 1): 1}, (D(2025, 1, 1), D(2025, 3, 1)), D(2025, 3, 2)) is None
    True
    """
    days = sorted((d, n) for d, n in starts.items() if n > 0)
    if not days:
        return None
    total = sum(n for _, n in days)
    need = max(1, -(-total * FOCUS_SHARE // 1))
    best, j, held = None, 0, 0
    for i in range(len(days)):
        while j < len(days) and held < need:
            held += days[j][1]
            j += 1
        if held < need:
            break
        span = (days[j - 1][0] - days[i][0]).days
        if best is None or span <= best[0]:
            best = (span, days[i][0], days[j - 1][0])
        held -= days[i][1]
    _, lo, hi = best
    whole = (max(bounds[1], days[-1][0]) - min(bounds[0], days[0][0])).days
    if (hi - lo).days >= COMPACT * whole:
        return None
    return with_today(lo, hi, today)


def shift(day: dt.date, delta: dt.timedelta) -> dt.date:
    """`day + delta`, held inside the calendar (an article dated year 1, a placeholder some sites
    write, must not break the chart for everyone).

    >>> shift(dt.date(1, 1, 5), -dt.timedelta(days=30)), shift(dt.date(9999, 12, 1), dt.timedelta(days=60))
    (datetime.date(1, 1, 1), datetime.date(9999, 12, 31))
    """
    try:
        return day + delta
    except OverflowError:
        return dt.date.min if delta < dt.timedelta(0) else dt.date.max


def with_today(lo: dt.date, hi: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The range stretched to today when today is near (else the line is left off screen: an
    archive of last year's news need not open on months of nothing)."""
    reach = dt.timedelta(days=max(7, (hi - lo).days * TODAY_REACH))
    if hi < today <= shift(hi, reach):
        hi = today
    elif shift(lo, -reach) <= today < lo:
        lo = today
    return lo, hi


def _month(day: dt.date) -> str:
    return day.strftime("%b %Y")


NARROW_LANE_CHARS = 12   # lane labels on a narrow screen (the JS swaps them in)


def short_lane(name: str, limit: int, person: bool = False) -> str:
    """A lane label that fits `limit` characters: a person's first names as initials, else the
    name cut with an ellipsis ("Morgan Stanley" is no "M. Stanley"). The full name is in the hover.

    >>> short_lane("Volodymyr Zelensky", 12, True), short_lane("Kementerian Luar Negeri RI", 12)
    ('V. Zelensky', 'Kementerian…')
    >>> short_lane("India", 12)
    'India'
    >>> short_lane("Anutin Charnvirakul", 12, True), short_lane("Perserikatan", 8), short_lane("Morgan Stanley", 12)
    ('Anutin Char…', 'Perseri…', 'Morgan Stan…')

    The lane of the actors without one of their own keeps its number ("25 other ac…" said less):
    >>> short_lane("25 other actors", 12)
    '25 others'
    """
    if len(name) <= limit:
        return name
    if name.endswith(_OTHERS) and name[:-len(_OTHERS)].isdigit() and len(name) - len(" actors") <= limit:
        return name[:-len(" actors")] + "s"
    words = name.split()
    if person and 1 < len(words) <= 3:
        initials = " ".join(w[0] + "." for w in words[:-1]) + " " + words[-1]
        if len(initials) <= limit:
            return initials
    return name[:limit - 1].rstrip() + "…"




def _event_traces(rows: list[Row], placed: dict[int, list[str]], participants, at: dict[str, int]) -> list[dict]:
    """Markers and bars; `at` the position of each lane on the y axis (a number, so that markers
    of one lane and day can sit apart within it)."""
    points: dict[str, dict] = {}
    bars: dict[str, dict] = {}
    for r in rows:
        text = hover(r, participants.get(r.pk, ()))
        for lane in placed[r.pk]:
            if r.precision == "day" or r.start == r.end:
                t = points.setdefault(r.type, {"x": [], "y": [], "customdata": [], "text": [], "symbol": []})
                t["x"].append(r.start.isoformat())
                t["symbol"].append(STATUS_SYMBOLS.get(r.status, "circle"))
            else:
                t = bars.setdefault(r.type, {"x": [], "y": [], "customdata": [], "text": [], "base": [],
                                             "pattern": [], "opacity": [], "key": []})
                t["key"].append((lane, r.pk))
                t["opacity"].append(PERIOD_OPACITY.get(r.precision, 0.5))
                t["base"].append(r.start.isoformat())
                t["x"].append(((r.end - r.start).days + 1) * DAY_MS)
                t["pattern"].append(STATUS_PATTERNS.get(r.status, ""))
            t["y"].append(at[lane])
            t["customdata"].append(r.pk)
            t["text"].append(text)
    _stack_same_day(points)
    n_points = sum(len(t["x"]) for t in points.values())
    kind = "scattergl" if n_points > WEBGL_AT else "scatter"
    by_key = {(r.pk): r for r in rows}
    tracks = period_tracks([(lane, by_key[pk].start, by_key[pk].end, (lane, pk))
                            for b in bars.values() for lane, pk in b["key"]])
    data = []
    for code, b in bars.items():
        colour = type_colour(code)
        offsets, widths = [], []
        for key in b["key"]:
            track, count = tracks[key]
            widths.append(round(BAR_BAND / count, 3))
            offsets.append(round(-BAR_BAND / 2 + track * BAR_BAND / count, 3))
        data.append({
            "type": "bar", "orientation": "h", "name": type_label(code), "legendgroup": code,
            "showlegend": code not in points, "base": b["base"], "x": b["x"], "y": b["y"],
            "customdata": b["customdata"], "text": b["text"], "textposition": "none",
            "hovertemplate": "%{text}<extra></extra>", "width": widths, "offset": offsets,
            "marker": {"color": colour, "opacity": b["opacity"], "line": {"color": colour, "width": 1.5},
                       "pattern": {"shape": b["pattern"], "fgcolor": colour, "fillmode": "replace",
                                   "solidity": 0.25, "size": 6}},
        })
    for code, p in points.items():
        colour = type_colour(code)
        data.append({
            "type": kind, "mode": "markers", "name": type_label(code), "legendgroup": code,
            "x": p["x"], "y": p["y"], "customdata": p["customdata"], "text": p["text"],
            "hovertemplate": "%{text}<extra></extra>",
            "marker": {"color": colour, "symbol": p["symbol"], "size": 12,
                       "line": {"color": colour, "width": 2}},
        })
    return data


STACK_REACH = 0.3   # markers of one lane and day are stacked within this share of the lane above and below its line


def stack_offsets(n: int) -> list[float]:
    """Where `n` markers of one lane and day sit, in lanes from the lane's line: apart, so that
    none hides another at any zoom (a day is one pixel on a chart of years).

    >>> stack_offsets(1), stack_offsets(2), stack_offsets(3)
    ([0.0], [-0.18, 0.18], [-0.3, 0.0, 0.3])
    >>> stack_offsets(5)
    [-0.3, -0.15, 0.0, 0.15, 0.3]
    """
    if n < 2:
        return [0.0]
    step = min(0.36, 2 * STACK_REACH / (n - 1))
    return [round((k - (n - 1) / 2) * step, 3) for k in range(n)]


def _stack_same_day(points: dict[str, dict]) -> None:
    """Markers of one lane on one day are stacked within the lane instead of drawn on one pixel,
    and each one's hover says how many there are."""
    groups: dict[tuple[int, str], list[tuple[dict, int]]] = defaultdict(list)
    for t in points.values():
        for i, (x, y) in enumerate(zip(t["x"], t["y"])):
            groups[y, x].append((t, i))
    for (lane, day), members in groups.items():
        if len(members) < 2:
            continue
        on = dt.date.fromisoformat(day)
        when = esc(date_label("day", on, on))
        for (t, i), offset in zip(members, stack_offsets(len(members))):
            t["y"][i] = round(lane + offset, 3)
            t["text"][i] += f"<br><i>{len(members)} events in this lane on {when}</i>"


BAR_BAND = 0.6     # the share of a lane's height that period bars use
MAX_TRACKS = 3     # overlapping periods in one lane are stacked on up to this many tracks


def period_tracks(items) -> dict:
    """Stack overlapping periods within each lane: for each item (lane, start, end, key) its
    track and the number of tracks of its lane, so that no bar hides another.

    >>> D = dt.date
    >>> tracks = period_tracks([("A", D(2026, 1, 1), D(2026, 1, 31), 1), ("A", D(2026, 1, 5), D(2026, 1, 11), 2),
    ...                         ("A", D(2026, 2, 1), D(2026, 2, 28), 3), ("B", D(2026, 1, 1), D(2026, 12, 31), 4)])
    >>> [tracks[k] for k in (1, 2, 3, 4)]
    [(0, 2), (1, 2), (0, 2), (0, 1)]
    """
    by_lane: dict[str, list] = defaultdict(list)
    for lane, start, end, key in items:
        by_lane[lane].append((start, end, key))
    out = {}
    for spans in by_lane.values():
        ends: list[dt.date] = []  # the last day taken on each track
        placed = []
        for start, end, key in sorted(spans, key=lambda s: (s[0], s[1])):
            track = next((i for i, last in enumerate(ends) if last < start), None)
            if track is None:
                if len(ends) < MAX_TRACKS:
                    track = len(ends)
                    ends.append(end)
                else:
                    track = min(range(len(ends)), key=lambda i: ends[i])
            ends[track] = max(ends[track], end)
            placed.append((key, track))
        for key, track in placed:
            out[key] = (track, len(ends))
    return out


BINS = (("day", 1), ("week", 7), ("month", 31), ("quarter", 92), ("year", 366))
MAX_BINS = 150


def bin_of(day: dt.date, name: str) -> tuple[dt.date, dt.date]:
    """The period of kind `name` holding `day`, as (first day, last day).

    >>> bin_of(dt.date(2026, 2, 18), "quarter")
    (datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
    """
    if name == "day":
        return day, day
    if name == "week":
        first = shift(day, -dt.timedelta(days=day.weekday()))
        return first, shift(first, dt.timedelta(days=6))
    if name == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    months = 3 if name == "quarter" else 1
    first = dt.date(day.year, (day.month - 1) // months * months + 1, 1)
    year = first.year + (first.month + months - 1) // 12
    if year > dt.MAXYEAR:
        return first, dt.date.max
    return first, dt.date(year, (first.month + months - 1) % 12 + 1, 1) - dt.timedelta(days=1)


def bin_for_span(lo: dt.date, hi: dt.date) -> str:
    """The finest period that keeps the bubbles per lane under MAX_BINS."""
    span = max((hi - lo).days, 1)
    return next((n for n, days in BINS if span / days <= MAX_BINS), "year")


def _aggregate_traces(rows: list[Row], placed, view, at: dict[str, int]) -> tuple[list[dict], str]:
    lo = view[0] or min(r.start for r in rows)
    hi = view[1] or max(r.end for r in rows)
    name = bin_for_span(lo, hi)
    cells: dict[tuple[str, dt.date], Counter] = defaultdict(Counter)
    for r in rows:
        first, _ = bin_of(r.start, name)
        for lane in placed[r.pk]:
            cells[lane, first][r.type] += 1
    return _cell_traces(cells, name, at), name


def _cell_traces(cells: dict[tuple[str, dt.date], Counter], name: str, at: dict[str, int]) -> list[dict]:
    """One bubble per lane and period, sized by its count, coloured by its commonest type; `at` the
    position of each lane."""
    x, y, size, text, custom, colour = [], [], [], [], [], []
    biggest = max((sum(c.values()) for c in cells.values()), default=1)
    for (lane, first), counts in cells.items():
        total = sum(counts.values())
        first, last = bin_of(first, name)
        x.append((first + (last - first) / 2).isoformat())
        y.append(at[lane])
        size.append(round(5 + 15 * (total / biggest) ** 0.5, 1))
        top = ", ".join(f"{n} {esc(type_label(code).lower())}" for code, n in counts.most_common(4) if code)
        text.append(f"<b>{total} event{'s' if total != 1 else ''}</b>, {esc(date_label('day', first, first))} – "
                    f"{esc(date_label('day', last, last))}<br>{top + '<br>' if top else ''}<i>click to zoom in</i>")
        custom.append([first.isoformat(), last.isoformat()])
        colour.append(AGGREGATE_COLOUR)
    return [{"type": "scattergl" if len(x) > WEBGL_AT else "scatter", "mode": "markers",
             "name": "events", "showlegend": False, "x": x, "y": y, "customdata": custom, "text": text,
             "hovertemplate": "%{text}<extra></extra>",
             "marker": {"size": size, "color": colour, "opacity": 0.7, "line": {"color": "#fff", "width": 1}}}]


SHORTEST = 9    # days the axis spans at least
EDGE = 16  # the range reaches 1/EDGE of its span beyond the events: a marker on the edge of a
           # phone's 230-pixel-wide plot is still whole
SELECTOR_LIFT = 22  # pixels the range buttons rise by to clear the dates above the lanes
TOP_DATES_AT = 13  # lanes from which the chart is taller than a screen: dates above them too


def _layout(bounds, lanes: list[str], today: dt.date, view, revision: str, focus=None) -> dict:
    layout = _base_layout(bounds, lanes, today, view, revision, focus)
    if len(lanes) >= TOP_DATES_AT:
        # the dates again above the lanes: timeline.js copies the main axis' ticks here
        layout["xaxis2"] = {"type": "date", "matches": "x", "overlaying": "x", "anchor": "y", "side": "top",
                            "showgrid": False, "zeroline": False, "ticks": "", "tickmode": "array",
                            "tickvals": [], "tickfont": {"size": 11, "color": "#5b6475"}}
        # the range buttons go up above those dates, which they would hide
        layout["height"] += SELECTOR_LIFT
        layout["margin"]["t"] += SELECTOR_LIFT
        plot_height = layout["height"] - layout["margin"]["t"] - layout["margin"]["b"]
        layout["xaxis"]["rangeselector"]["y"] = 1 + (SELECTOR_LIFT + 2) / plot_height
    return layout


AFTER_THE_NEWS = dt.timedelta(days=14)


def _after_the_news(lo: dt.date, hi: dt.date, pad: dt.timedelta, last: dt.date) -> dt.timedelta:
    """How far the axis goes past `hi`. The range buttons ("1m", "1y") count back from the axis'
    end: a long pad after the news (ten months for an archive of thirteen years) would leave them on
    empty months. After the last event (today's line), where no marker is, a hundredth of the span;
    else a thirty-third, which keeps a marker on the edge whole on a phone's plot; never more than
    two weeks, so that "1m" shows the last month of news (a marker on the edge of a long span may
    be cut in half)."""
    if hi > last:
        after = dt.timedelta(days=max(2, (hi - lo).days // 100))
    else:
        after = min(pad, dt.timedelta(days=max(31, (hi - lo).days // 33)))
    return min(after, AFTER_THE_NEWS)


def _base_layout(bounds, lanes: list[str], today: dt.date, view, revision: str, focus=None) -> dict:
    ticktext = [esc(shorten(lane, LANE_LABEL_CHARS)) for lane in lanes]
    xaxis = {
        "type": "date", "showgrid": True, "gridcolor": "#eef0f4", "zeroline": False,
        "rangeslider": {"visible": True, "thickness": 0.07, "bgcolor": "#f3f5f8"},
        "rangeselector": {"buttons": [
            {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
            {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
            {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
            {"step": "all", "label": "all"}], "x": 0, "y": 1.02, "bgcolor": "#eef2f8"},
    }
    if view[0] and view[1]:
        xaxis["range"] = [view[0].isoformat(), shift(view[1], dt.timedelta(days=1)).isoformat()]
        xaxis["autorange"] = False
    elif focus:
        lo, hi = focus
        pad = dt.timedelta(days=max(3, (hi - lo).days // EDGE))
        after = _after_the_news(lo, hi, pad, bounds[1] if bounds else hi)
        if (hi - lo).days < SHORTEST:   # (a day asked for: days on the axis, not hours)
            pad = after = dt.timedelta(days=(SHORTEST - (hi - lo).days + 1) // 2)
        xaxis["range"] = [shift(lo, -pad).isoformat(), shift(hi, after).isoformat()]
        xaxis["autorange"] = False
        # the slider keeps showing every event, the outliers included
        xaxis["rangeslider"]["autorange"] = True
        if bounds:      # (and no more: today's line far off would squeeze them into a corner of it)
            lo, hi = with_today(bounds[0], bounds[1], today)
            pad = dt.timedelta(days=max(2, (hi - lo).days // EDGE))
            xaxis["rangeslider"].update(autorange=False, range=[shift(lo, -pad).isoformat(), shift(hi, pad).isoformat()])
    elif bounds:
        lo, hi = with_today(bounds[0], bounds[1], today)
        pad = dt.timedelta(days=max(2, (hi - lo).days // EDGE))
        after = _after_the_news(lo, hi, pad, bounds[1])
        if (hi - lo).days < SHORTEST:   # (a day alone, padded by two, got ticks by the hour, which no date has)
            pad = after = dt.timedelta(days=(SHORTEST - (hi - lo).days + 1) // 2)
        xaxis["range"] = [shift(lo, -pad).isoformat(), shift(hi, after).isoformat()]
        # the slider spans the same: by itself it would reach today's line, however far
        xaxis["rangeslider"].update(autorange=False, range=xaxis["range"])
    elif not (view[0] or view[1]):
        # no event: no axis (Plotly's own would span a made-up period around the year 2000)
        xaxis.update(visible=False, rangeslider={"visible": False})
        xaxis["rangeselector"]["visible"] = False
    # today's line only where the events reach it, or near: Plotly's "all" (autorange) spans every
    # shape, and a line in 2026 would squeeze an archive of 2014 into a corner
    marks_today = ((lambda lo, hi: lo <= today <= hi)(*with_today(bounds[0], bounds[1], today)) if bounds
                   else bool(view[0] or view[1]))
    return {
        "height": max(300, 120 + (34 if len(lanes) <= 12 else 26) * len(lanes)),
        "margin": {"l": 10, "r": 20, "t": 46, "b": 30},
        "paper_bgcolor": "#ffffff", "plot_bgcolor": "#ffffff",
        "font": {"family": "system-ui, -apple-system, 'Segoe UI', sans-serif", "size": 12, "color": "#1d2433"},
        "hovermode": "closest", "hoverlabel": {"align": "left", "bgcolor": "#ffffff", "bordercolor": "#c7ccd6",
                                                "font": {"color": "#1d2433"}},
        "barmode": "overlay", "showlegend": False, "dragmode": "zoom",
        "uirevision": revision or "timeline",
        "xaxis": xaxis,
        # (lanes at 0, 1, 2... from the top, not categories: a marker can sit between a lane's line
        # and the next, and markers of one day in one lane are stacked apart)
        "yaxis": {"type": "linear", "range": [max(len(lanes), 1) - 0.5, -0.5], "autorange": False, "visible": bool(lanes),
                  "tickmode": "array", "tickvals": list(range(len(lanes))), "ticktext": ticktext,
                  "automargin": True, "fixedrange": True, "zeroline": False,
                  "showgrid": True, "gridcolor": "#f1f3f6"},
        "shapes": [{"type": "line", "xref": "x", "yref": "paper", "x0": today.isoformat(),
                    "x1": today.isoformat(), "y0": 0, "y1": 1,
                    "line": {"color": "#e03131", "width": 1.5, "dash": "dot"}}] if marks_today else [],
        # (inside the plot, beside the line: above it, the range buttons may sit where today is)
        "annotations": [{"xref": "x", "yref": "paper", "x": today.isoformat(), "y": 1, "yanchor": "top",
                         "xanchor": "right", "xshift": -2, "text": "today", "showarrow": False,
                         "font": {"color": "#e03131", "size": 11}, "bgcolor": "rgba(255,255,255,0.85)"}]
        if marks_today else [],
    }


# -- with the database --------------------------------------------------------------------
def figure_for(query, today: dt.date | None = None) -> dict:
    """The figure for a TimelineQuery: every dated event, or only those in view when many;
    counted per period in SQL when there are more than AGGREGATE_AT."""
    from timeline.models import Event, Participant
    from timeline.queries import held_of_plans, reporting_articles_in

    events = query.dated()
    view = (query.data.get("view_start"), query.data.get("view_end"))
    count = events.count()
    restricted = bool(view[0] or view[1]) and count > AGGREGATE_AT
    if restricted:
        events = query.visible()
        count = events.count()
    revision = query.querystring(drop=("page", "view_start", "view_end"))
    if count > AGGREGATE_AT:
        fig = _aggregated_for(events.order_by(), count, query.lanes, today, view, revision)
    else:
        reports = {} if query.every_report else reporting_articles_in(events)
        held = held_of_plans(dict(events.order_by().filter(status=Event.Status.PLANNED, report_of__isnull=False)
                                  .values_list("pk", "report_of")))     # (a plan of an event reported held)
        rows = [Row(*v, reports=len(reports.get(v[0], ())) or 1, held=held.get(v[0])) for v in events.order_by().values_list(
            "pk", "type", "status", "precision", "date_start", "date_end", "summary")]
        participants: dict[int, list[str]] = defaultdict(list)
        people = set()
        for event_id, name, kind in (Participant.objects.filter(event_id__in=events.order_by().values("pk"))
                                     .order_by("event_id", "pk").values_list("event_id", "actor__name", "actor__kind")):
            participants[event_id].append(name)
            if kind == "person":
                people.add(name)
        fig = figure(rows, participants, lanes=query.lanes, today=today, view=view, revision=revision,
                     asked=(query.data.get("start"), query.data.get("end")),
                     people=frozenset(people), abbreviations=_abbreviations(
                         {n for names in participants.values() for n in names} - people)
                     if query.lanes != "type" else None)
    fig["meta"]["restricted"] = restricted
    return fig


def _aggregated_for(events, count: int, lanes: str, today, view, revision) -> dict:
    from django.db.models import CharField, Count, F, Max, Min
    from django.db.models.functions import Cast, Substr

    from timeline.models import Actor, Participant

    people: frozenset[str] = frozenset()        # (actor lanes only)
    span = events.aggregate(lo=Min("date_start"), hi=Max("date_end"))
    bounds = (span["lo"], span["hi"])
    months, focus = None, None
    lo, hi = view[0] or bounds[0], view[1] or bounds[1]
    if not (view[0] and view[1]):
        # where the chart opens decides the bins: a month histogram finds it cheaply
        months = Counter()
        for key, n in (events.annotate(m=Substr(Cast("date_start", CharField()), 1, 7)).values_list("m")
                       .annotate(n=Count("pk")).order_by()):
            months[dt.date(int(key[:4]), int(key[5:7]), 1)] += n
        focus = focus_range(months, bounds, today or dt.date.today())
        if focus:
            lo, hi = focus
    name = bin_for_span(lo, hi)
    # Group in SQL by the ISO text of the date ("2026-02", "2026"), cheap everywhere (date
    # truncation is a Python function call per row on SQLite); fold into the bin in Python.
    width = {"month": 7, "quarter": 7, "year": 4}.get(name)

    def bucket(field):
        return Substr(Cast(field, CharField()), 1, width) if width else F(field)

    def first_day(key) -> dt.date:
        if isinstance(key, str):
            key = dt.date(int(key[:4]), int(key[5:7] or 1) if len(key) > 4 else 1, 1)
        return bin_of(_as_date(key), name)[0]

    cells: dict[tuple[str, dt.date], Counter] = defaultdict(Counter)
    if lanes == "type":
        for b, code, n in (events.annotate(b=bucket("date_start")).values_list("b", "type")
                           .annotate(n=Count("pk")).order_by()):
            cells[type_label(code), first_day(b)][code] += n
        totals = Counter()
        for (lane, _), counts in cells.items():
            totals[lane] += sum(counts.values())
        lane_names = [lane for lane, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    else:
        # per actor and period only (not per type too: a dozen times fewer groups at 100k)
        per_actor = list(Participant.objects.filter(event_id__in=events.values("pk"))
                         .annotate(b=bucket("event__date_start"))
                         .values_list("actor__name", "b").annotate(n=Count("pk")).order_by())
        totals = Counter()
        for actor, _, n in per_actor:
            totals[actor] += n
        busiest = [a for a, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
        people = frozenset(Actor.objects.filter(name__in=busiest[:MAX_ACTOR_LANES], kind="person")
                           .values_list("name", flat=True))
        own = set(busiest[:MAX_ACTOR_LANES])
        others = f"{len(busiest) - len(own)}{_OTHERS}"
        for actor, b, n in per_actor:
            cells[actor if actor in own else others, first_day(b)][""] += n
        for b, code, n in (events.filter(participants__isnull=True).annotate(b=bucket("date_start"))
                           .values_list("b", "type").annotate(n=Count("pk")).order_by()):
            cells[_NO_ACTOR, first_day(b)][code] += n
        lane_names = busiest[:MAX_ACTOR_LANES] + [lane for lane in (others, _NO_ACTOR)
                                                  if any(k[0] == lane for k in cells)]
    at = {lane: i for i, lane in enumerate(lane_names)}
    return _figure(_cell_traces(cells, name, at), lane_names, count, name, bounds, today, view, revision, months, focus,
                   people, _abbreviations(set(lane_names) - people) if lanes != "type" else None, last=bounds[1])


def _abbreviations(names) -> dict[str, str]:
    """The shortest alias that fits a narrow screen's lane label, of each actor (not a person: a
    person's initials say more than a surname) whose name does not: "Kementerian Keuangan" is
    "Kemenkeu", "Perserikatan Bangsa-Bangsa" "PBB"; a capital standing for its government only when
    nothing else fits ("Korsel", not "Seoul", for Korea Selatan)."""
    from timeline.extraction.actors import seat_names
    from timeline.models import ActorAlias

    long = [n for n in names if len(n) > NARROW_LANE_CHARS]
    out: dict[str, str] = {}
    if not long:
        return out
    seats = seat_names()
    best: dict[str, tuple] = {}
    for actor, alias in (ActorAlias.objects.filter(actor__name__in=long).exclude(actor__kind="person")
                         .values_list("actor__name", "name")):
        rank = (alias in seats, len(alias), alias)
        if len(alias) <= NARROW_LANE_CHARS and (actor not in best or rank < best[actor]):
            best[actor], out[actor] = rank, alias
    return out


def _as_date(value) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, dt.datetime) else value

