"""Exports of the current filtered view (the same query string as the page)."""
from __future__ import annotations

import re
from itertools import chain

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from timeline import exports
from timeline.permissions import viewer_required
from timeline.queries import NAMING, NARROWING, TimelineQuery

MAX_EXPORT = 100_000
# The exports written as their records come, dated then undated (TimelineJS counts its events first,
# iCalendar is built whole by its library)
STREAMED = {"csv": exports.csv_lines, "json": exports.json_lines}


@require_safe
@viewer_required
def export(request, fmt: str):
    """The events the page lists (filters and visible range), undated ones last when no range is
    asked for (From/To or a zoom: an undated event lies in no range)."""
    if fmt not in exports.FORMATS:
        raise Http404("No such export format")
    make, content_type, filename = exports.FORMATS[fmt]
    query = TimelineQuery(request.GET)
    refused = refusal(query)
    if refused:
        return render(request, "400.html", {"reason": refused}, status=400)
    base_url = request.build_absolute_uri("/").rstrip("/")
    dated = query.visible()[:MAX_EXPORT]
    undated = query.undated(in_view=True).order_by("pk")[:MAX_EXPORT]
    if fmt in STREAMED:     # (a few hundred events at a time: 100,000 events need not fit in memory)
        response = StreamingHttpResponse(STREAMED[fmt](chain(
            exports.iter_records(dated, base_url=base_url), exports.iter_records(undated, base_url=base_url))),
            content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{named_for(filename, query)}"'
        return response
    recs = exports.records(dated, base_url=base_url)
    # (the host without its port: the same event is one event in a calendar, however the site was reached)
    title = titled_for(query)      # (named for the view, as the file and the chart's PNG are)
    body = make(recs, host=re.sub(r":\d+$", "", request.get_host()), title=title) if fmt == "ics" \
        else make(recs, title=title)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{named_for(filename, query)}"'
    return response


def refusal(query: TimelineQuery) -> str:
    """Why an export of this view is refused, or "": a filter of its address that is not valid (a
    deleted article, an actor merged away, a type or a date mistyped) would leave the export holding
    every event (or every date), which a reader of a shared link would take for the story asked for."""
    bad = [(name, value, why) for name, _, value, why in query.invalid if name in (*NAMING, *NARROWING)]
    if not bad:
        return ""
    listed = "; ".join(f"{name}={value}: {why}" for name, value, why in bad)
    return (f"This export was not made: {'these filters are' if len(bad) > 1 else 'this filter is'} not valid "
            f"({listed}). Without {'them' if len(bad) > 1 else 'it'} it would hold every event, not what the "
            "link asked for: remove or mend the filter in the address.")


def _first_two(names: list[str]) -> list[str]:
    """The first two names, and how many more there are ("meeting", "call", "and 1 more")."""
    return names[:2] + ([f"and {len(names) - 2} more"] if len(names) > 2 else [])


def titled_for(query: TimelineQuery) -> str:
    """The view's title, as the chart's PNG says it ("Newsline · Indonesia with Australia (and their
    people) · meeting · 2025-03-03 to 2025-08-12"), for a TimelineJS headline and a calendar's name."""
    d = query.data
    parts = []
    who = " or ".join(_first_two([a.name for a in query.actors]))
    if query.partners:
        who = (f"{who} with " if who else "with ") + " and ".join(_first_two([a.name for a in query.partners]))
    if who:
        several = query.states_chosen > 1
        people = ((" (the states alone)" if several else " (the state alone)") if d.get("alone")
                  else (" (and their people)" if several else " (and its people)"))
        parts.append(who + (people if query.states_chosen else ""))
    parts += [", ".join(_first_two(list(d.get(key, [])))) for key in ("type", "status") if d.get(key)]
    if d.get("q"):
        parts.append(f"“{d['q']}”")
    if d.get("article"):
        parts.append(f"in the article “{d['article'].title or d['article'].pk}”")
    start, end = d.get("view_start") or d.get("start"), d.get("view_end") or d.get("end")
    if start or end:
        parts.append(f"{start or '…'} to {end or '…'}")
    return " · ".join(["Newsline", *parts]) if parts else "Newsline timeline"


def named_for(filename: str, query: TimelineQuery, longest: int = 120) -> str:
    """The export's file name with what the view holds ("newsline-events-gustavo-petro-threat-
    2014-12-05-to-2014-12-08.csv"), so that exports of several views are told apart."""
    d = query.data
    parts = (_first_two([a.name for a in query.actors]) + _first_two([f"with {a.name}" for a in query.partners])
             + _first_two(list(d.get("type", []))) + _first_two(list(d.get("status", []))))
    if d.get("alone") and query.states_chosen:
        parts.append("alone")
    if d.get("q"):
        parts.append(d["q"])
    if d.get("article"):
        parts.append(f"article {d['article'].pk}")
    start, end = d.get("view_start") or d.get("start"), d.get("view_end") or d.get("end")
    if start or end:
        parts.append(f"{start or ''} to {end or ''}".strip())
    stem, dot, suffix = filename.rpartition(".")
    words = slugify(" ".join(str(p) for p in parts))
    if len(words) > longest:            # (cut between words, not inside one)
        words = words[:longest + 1].rsplit("-", 1)[0]
    words = words.strip("-")
    return f"{stem}-{words}.{suffix}" if words else filename
