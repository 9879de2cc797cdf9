"""Exports of the events in view: CSV, JSON, TimelineJS JSON and iCalendar.

`records(events)` turns a queryset into plain dicts once (`iter_records` a few hundred at a time,
for the CSV export to stream); each format is a pure function of those records (tested without a
database). Dates keep their precision everywhere: a month
stays a month (TimelineJS gets only year and month, iCalendar an all-day span of the month).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from html import escape
from typing import Iterable, Iterator

import icalendar

from timeline.display import date_label, held_label, type_label

CSV_COLUMNS = ("id", "date", "precision", "date_source", "date_start", "date_end", "when", "type", "status", "summary",
               "actors", "location", "confidence", "article_title", "article_outlet", "article_url",
               "article_published", "evidence", "origin", "edited", "verified", "reports", "report_of", "also_reported_in", "held", "url")
PRODID = "-//Newsline//timeline export//EN"


def _article(a) -> dict:
    return {"id": a.pk, "title": a.title, "outlet": a.outlet, "url": a.url, "published": a.published}


def records(events, base_url: str = "") -> list[dict]:
    """Plain dicts for the events, with actors, article and evidence."""
    return list(iter_records(events, base_url))


def iter_records(events, base_url: str = "", size: int = 500) -> Iterator[dict]:
    """`records`, a few hundred events at a time, in the order of `events` (a queryset): an export of
    100,000 events streams without holding them all."""
    from timeline.models import Event
    from timeline.queries import ARTICLE_TEXTS, held_of_plans, reporting_articles_in

    reports = reporting_articles_in(events)     # (the events several articles report: few)
    held = held_of_plans(dict(Event.objects.filter(     # (a plan of an event reported held; `events` may be a slice)
        pk__in=events.values("pk"), status=Event.Status.PLANNED, report_of__isnull=False).values_list("pk", "report_of")))
    batch = []
    for e in events.select_related("article").defer(*ARTICLE_TEXTS).iterator(chunk_size=size):
        batch.append(e)
        if len(batch) == size:
            yield from _records_of(batch, reports, held, base_url)
            batch = []
    if batch:
        yield from _records_of(batch, reports, held, base_url)


def _records_of(part: list, reports: dict, held: dict, base_url: str) -> Iterator[dict]:
    """The records of a few hundred events, with their participants, evidence and other reports."""
    from timeline.models import Article, Evidence, Participant  # the formats below need no database

    ids = [e.pk for e in part]
    actors: dict[int, list[dict]] = {}
    quotes: dict[int, list[str]] = {}
    for p in Participant.objects.filter(event_id__in=ids).select_related("actor").order_by("pk"):
        actors.setdefault(p.event_id, []).append({"name": p.actor.name, "role": p.role, "kind": p.actor.kind})
    for event_id, quote in Evidence.objects.filter(event_id__in=ids).values_list("event_id", "quote"):
        quotes.setdefault(event_id, []).append(quote)
    others = sorted({a for pk in ids for a in reports.get(pk, ())})
    sources = {a.pk: _article(a) for a in Article.objects.filter(pk__in=others).only(
        "pk", "title", "outlet", "url", "published")} if others else {}
    for e in part:
        yield {
            "id": e.pk, "date": e.date or None, "precision": e.precision or None,
            "date_source": e.date_source or None, "date_start": e.date_start, "date_end": e.date_end,
            "when": date_label(e.precision, e.date_start, e.date_end),
            "type": e.type, "type_label": type_label(e.type), "status": e.status, "summary": e.summary,
            "actors": actors.get(e.pk, []), "location": e.location, "confidence": e.confidence,
            "article": _article(e.article) if e.article else None,
            "evidence": quotes.get(e.pk, []), "origin": e.origin, "edited": e.edited, "verified": e.verified,
            # how many articles report it (timeline/reports.py), the other articles, and the first
            # report when it is another event's
            "reports": len(reports.get(e.pk, ())) or 1, "report_of": e.report_of_id,
            "also_reported_in": [sources[a] for a in reports.get(e.pk, ()) if a != e.article_id and a in sources],
            # a plan of an event other articles report held: how many report it held and how many
            # planned, so that an export of plans does not pass it off as only planned
            "held": dict(zip(("reported", "planned"), held[e.pk])) if e.pk in held else None,
            "url": f"{base_url}/events/{e.pk}/",
        }


def _held(r: dict) -> str:
    """A record's "held: reported in 2 articles; planned in 1", when it is a plan of an event reported held."""
    held = r.get("held")
    return held_label((held["reported"], held["planned"])) if held else ""


def _status(r: dict) -> str:
    """A record's status as the exports for reading give it: "planned (held: reported in 2 articles)"."""
    return f"{r['status']} ({_held(r)})" if r.get("held") else r["status"]


def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _safe_cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (OWASP CSV injection).

    >>> _safe_cell("=HYPERLINK(1)"), _safe_cell(" =1+1"), _safe_cell("Petro")
    ("'=HYPERLINK(1)", "' =1+1", 'Petro')
    """
    text = "" if value is None else str(value)
    # (after any leading spaces too: some spreadsheets trim a cell before they read it)
    return "'" + text if text.lstrip(" ")[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class _Line:
    """A file for csv.writer that hands back each line written (Django's "Streaming large CSV files")."""
    def write(self, line: str) -> str:
        return line


def csv_lines(recs: Iterable[dict], per: int = 200) -> Iterator[str]:
    """The CSV export, `per` lines at a time, opening with a byte-order mark by which Excel reads it as
    UTF-8 ("Billström", "–")."""
    lines = ["\ufeff" + csv.writer(_Line()).writerow(CSV_COLUMNS)]
    for line in _csv_rows(recs):
        lines.append(line)
        if len(lines) >= per:
            yield "".join(lines)
            lines = []
    yield "".join(lines)


def _csv_rows(recs: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Line())
    for r in recs:
        a = r["article"] or {}
        row = {**r, "date_start": _iso(r["date_start"]), "date_end": _iso(r["date_end"]),
               "actors": "; ".join(f"{x['name']} ({x['role']})" for x in r["actors"]),
               "article_title": a.get("title", ""), "article_outlet": a.get("outlet", ""),
               "article_url": a.get("url", ""), "article_published": _iso(a.get("published")),
               "evidence": " | ".join(r["evidence"]), "held": _held(r),
               "also_reported_in": " | ".join(", ".join(x for x in (o["title"], o["outlet"], o["url"]) if x)
                                              for o in r.get("also_reported_in", ()))}
        yield writer.writerow([_safe_cell(row[c]) for c in CSV_COLUMNS])


def to_csv(recs: Iterable[dict]) -> str:
    """The CSV export whole (`csv_lines`)."""
    return "".join(csv_lines(recs))


def json_lines(recs: Iterable[dict]) -> Iterator[str]:
    """The JSON export ({"events": [...]}) a record at a time, as `json.dumps(..., indent=1)` lays it out."""
    yield '{\n "events": ['
    for i, r in enumerate(recs):
        body = json.dumps(r, default=_iso, ensure_ascii=False, indent=1).replace("\n", "\n  ")
        yield ("," if i else "") + "\n  " + body
    yield "\n ]\n}"


def to_json(recs: Iterable[dict]) -> str:
    """The JSON export whole (`json_lines`)."""
    return "".join(json_lines(recs))


def _tl_date(r: dict, which: str) -> dict:
    """A TimelineJS date object holding only the parts the precision knows; the end of a week,
    month or year is its last day (TimelineJS fills a missing month or day with the first: the
    period would shrink to a point)."""
    day = r["date_start"] if which == "start" else r["date_end"]
    if which == "end":
        return {"year": day.year, "month": day.month, "day": day.day}
    out = {"year": day.year}
    if r["precision"] in ("day", "week"):
        out.update(month=day.month, day=day.day)
    elif r["precision"] == "month":
        out["month"] = day.month
    return out


def _headline(text: str, limit: int = 80) -> str:
    """Text cut at a word boundary to `limit` characters, with an ellipsis when cut.

    >>> _headline("Gustavo Petro meets Donald Trump in Washington", 30)
    'Gustavo Petro meets Donald…'
    """
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def to_timelinejs(recs: Iterable[dict], title: str = "Newsline") -> str:
    """Knight Lab TimelineJS3 JSON. Undated events are left out: TimelineJS needs a start date.
    Its headline and text are rendered as HTML, so they are escaped here."""
    events = []
    for r in recs:
        if r["date_start"] is None:
            continue
        who = ", ".join(x["name"] for x in r["actors"])
        body = [f"<p>{escape(r['summary'])}</p>"] if r["summary"] else []
        if r["date_source"] in CONTEXT_NOTE:
            body.append(f"<p><i>{escape(CONTEXT_NOTE[r['date_source']])}</i></p>")
        if who:
            body.append(f"<p><b>Actors:</b> {escape(who)}</p>")
        for quote in r["evidence"][:1]:
            body.append(f"<blockquote>{escape(quote)}</blockquote>")
        if r["article"]:
            body.append(f"<p><i>{escape(r['article']['title'] or '')}</i> {escape(r['article']['outlet'] or '')}</p>")
        event = {
            "unique_id": f"event-{r['id']}",
            "start_date": {**_tl_date(r, "start"), "display_date": r["when"]},
            "text": {"headline": escape(f"{r['type_label']}: {_headline(r['summary'] or who or r['when'])}"),
                     "text": "".join(body)},
            "group": r["type_label"],
            "display_date": r["when"] + ("" if r["status"] == "occurred" else f" ({_status(r)})"),
        }
        if r["precision"] in ("week", "month", "year"):
            event["end_date"] = _tl_date(r, "end")
        events.append(event)
    return json.dumps({"title": {"text": {"headline": escape(title), "text": f"{len(events)} event{'' if len(events) == 1 else 's'}"}},
                       "events": events}, ensure_ascii=False, indent=1)


# What the exports meant for reading say of a date not stated with its event (CSV and JSON carry
# `date_source` itself)
CONTEXT_NOTE = {"context": "date taken from the story around the event"}

ICAL_STATUS = {"occurred": "CONFIRMED", "planned": "TENTATIVE", "hypothetical": "TENTATIVE",
               "cancelled": "CANCELLED"}


def to_ical(recs: Iterable[dict], host: str = "newsline", stamp: dt.datetime | None = None,
            title: str = "Newsline timeline") -> bytes:
    """All-day VEVENTs spanning each event's period (DTEND is exclusive), the calendar named `title`
    (the view's). Undated ones are left out."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", title)
    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for r in recs:
        if r["date_start"] is None or r["date_end"] == dt.date.max:
            continue                # (an all-day event ends the day after: none after the calendar's last)
        ev = icalendar.Event()
        ev.add("uid", f"event-{r['id']}@{host}")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", r["date_start"])
        ev.add("dtend", r["date_end"] + dt.timedelta(days=1))
        ev.add("summary", f"{r['type_label']}: {r['summary']}" if r["summary"] else r["type_label"])
        lines = [f"Date: {r['when']} (known to the {r['precision']}"
                 + (f"; {CONTEXT_NOTE[r['date_source']]})" if r["date_source"] in CONTEXT_NOTE else ")"),
                 f"Status: {_status(r)}"]
        if r["actors"]:
            lines.append("Actors: " + ", ".join(f"{x['name']} ({x['role']})" for x in r["actors"]))
        lines += [f"Evidence: {q}" for q in r["evidence"][:2]]
        if r["article"]:
            # (the outlet after the title with a separator: "…Senin (14/7/2025). ANTARA" read as one)
            lines.append("Source: " + " · ".join(filter(None, (r["article"]["title"], r["article"]["outlet"]))))
        ev.add("description", "\n".join(lines))
        # (a plan other articles report held took place: a calendar entry to count on)
        ev.add("status", "CONFIRMED" if r.get("held") else ICAL_STATUS.get(r["status"], "CONFIRMED"))
        ev.add("categories", [r["type_label"]])
        if r["location"]:
            ev.add("location", r["location"])
        if r["url"].startswith("http"):
            ev.add("url", r["url"])
        cal.add_component(ev)
    return cal.to_ical()


FORMATS = {
    # name: (function, content type, file name)
    "csv": (to_csv, "text/csv; charset=utf-8", "newsline-events.csv"),
    "json": (to_json, "application/json", "newsline-events.json"),
    "timelinejs": (to_timelinejs, "application/json", "newsline-timelinejs.json"),
    "ics": (to_ical, "text/calendar; charset=utf-8", "newsline-events.ics"),
}
