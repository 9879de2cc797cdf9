"""The timeline page: filters, chart, list, detail. One template, named partials for htmx.

- `index` renders the page, or with htmx only its `results` partial (chart + list);
- `events` renders one page of the list (infinite scroll, visible-range narrowing);
- `chart` answers the Plotly figure as JSON;
- `detail` renders one event, as a page or (htmx) the `detail` partial.
"""
from __future__ import annotations

import datetime as dt
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from timeline import charts
from timeline.display import (STATUS_GLYPHS, event_date_label, evidence_paragraphs, held_label, legend,
                              type_colour, type_label, web_url)
from timeline.merge import kept_after_merges
from timeline.models import Actor, Event
from timeline.permissions import viewer_required
from timeline.queries import (CONFIDENCE_CHOICES, TimelineQuery, held_and_planned, other_reports, reporting_articles,
                              same_event_reports)
from timeline.views.exports import named_for

TEMPLATE = "timeline/index.html"
EVIDENCE_SHOWN = 3      # evidence paragraphs shown in the detail; the others folded under them


def _today() -> dt.date:
    return timezone.localdate()


def rows_of(events: list[Event]) -> list[dict]:
    """What a list row shows (the timeline's, an article's page's); computed here so the template stays simple."""
    reports = reporting_articles([(e.pk, e.report_of_id) for e in events])
    held = held_and_planned(events)      # (a plan of an event reported held: says so, "held: reported in 5 articles")
    return [{
        "event": e, "when": event_date_label(e), "type": type_label(e.type), "colour": type_colour(e.type),
        "glyph": STATUS_GLYPHS.get(e.status, "●"),
        "actors": [p.actor for p in e.participants.all()], "reports": len(reports.get(e.pk, ())) or 1,
        "held": held_label(held[e.pk]) if e.pk in held else "",
    } for e in events]


def _list_context(query: TimelineQuery) -> dict:
    events, next_page = query.page_of(query.listed())
    more_qs = query.querystring(page=next_page) if next_page else ""
    zoomed = bool(query.data.get("view_start") or query.data.get("view_end"))
    unzoom_qs = query.querystring(drop=("page", "view_start", "view_end")) if zoomed else ""
    return {"rows": rows_of(events), "next_page": next_page, "more_qs": more_qs, "page": query.page,
            "begins": query.data.get("view_start") or query.data.get("start"),
            "zoomed": zoomed, "unzoom_url": reverse("timeline:index") + (f"?{unzoom_qs}" if unzoom_qs else "")}


def _context(query: TimelineQuery) -> dict:
    undated = query.undated()
    undated_rows, undated_next = query.page_of(undated, 1)
    qs = query.querystring()
    actor_choices = query.actor_choices()
    total = query.dated().count()
    return {
        "query": query, "form": query.form, "qs": qs, "legend": legend(),
        "statuses": [(value, label, STATUS_GLYPHS[value]) for value, label in Event.Status.choices],
        "actor_choices": actor_choices, "partner_choices": query.partner_choices(everyone=actor_choices),
        "article_choices": query.article_choices(),
        "selected": {
            "actor": {str(a.pk) for a in query.actors},
            "with": {str(a.pk) for a in query.partners},
            "type": set(query.data.get("type", [])),
            "status": set(query.data.get("status", [])),
            "confidence": f"{query.data['confidence']:g}" if query.data.get("confidence") else "",
        },
        "confidence_choices": CONFIDENCE_CHOICES,
        "only_actor": [(a, reverse("timeline:index") + "?" + query.querystring(
            drop=("page", "q", "view_start", "view_end"), actor=a.pk,
            **({"alone": "on"} if a.kind == Actor.Kind.COUNTRY else {})))     # (only: not its people too)
            for a in query.searched_actors()],
        "total": total, "visible_count": query.visible().count(), "folded": query.folded(total),
        "reports_qs": query.querystring(drop=("page",), reports="once" if query.every_report else "every"),
        "undated_rows": rows_of(undated_rows), "undated_count": undated.count(),
        "undated_more_qs": query.querystring(page=undated_next) if undated_next else "",
        "chart_url": reverse("timeline:chart") + (f"?{qs}" if qs else ""),
        # the chart's image named like the exports of the same view ("newsline-timeline-indonesia-with-china")
        "png_name": named_for("newsline-timeline.png", query).removesuffix(".png"),
        "events_url": reverse("timeline:events"),
        **_list_context(query),
    }


@vary_on_headers("HX-Request", "HX-Target")     # (a page or a fragment: the browser must not mix them up)
@require_safe
@viewer_required
def index(request):
    query = TimelineQuery(request.GET)
    if request.htmx and not request.htmx.history_restore_request:
        # the filter form swaps the results; links that change the filters swap the form too
        partial = "#timeline" if request.htmx.target == "timeline" else "#results"
        context = _context(query)
        # no status ticked shows every status: tick them all again, so the form says so
        context["status_oob"] = partial == "#results" and not query.data.get("status")
        context["errors_oob"] = partial == "#results"
        response = render(request, TEMPLATE + partial, context)
        qs = query.querystring()
        return push_url(response, reverse("timeline:index") + (f"?{qs}" if qs else ""))
    return render(request, TEMPLATE, _context(query))


@require_safe
@viewer_required
def events(request):
    """One page of the list: the rows and the sentinel that loads the next page."""
    query = TimelineQuery(request.GET)
    context = {"query": query, "qs": query.querystring(), "events_url": reverse("timeline:events"),
               **_list_context(query)}
    if query.page == 1:
        context["visible_count"] = query.visible().count()
        return render(request, TEMPLATE + "#event-list", context)
    return render(request, TEMPLATE + "#event-rows", context)


@require_safe
@viewer_required
def undated(request):
    """One more page of the undated events (the fold above the list loads them as it is scrolled)."""
    query = TimelineQuery(request.GET)
    rows, next_page = query.page_of(query.undated())
    return render(request, TEMPLATE + "#undated-rows", {
        "query": query, "qs": query.querystring(), "undated_rows": rows_of(rows),
        "undated_more_qs": query.querystring(page=next_page) if next_page else ""})


@require_safe
@viewer_required
def chart(request):
    query = TimelineQuery(request.GET)
    fig = charts.figure_for(query, today=_today())
    body = json.dumps(fig, cls=DjangoJSONEncoder, separators=(",", ":"))
    return HttpResponse(body, content_type="application/json")


def _detail_context(request, event: Event, query: TimelineQuery) -> dict:
    by_article: dict = {}       # (its own article's first; a paragraph once, however many spans it holds)
    for ev in sorted(event.evidence.select_related("article"), key=lambda ev: ev.article_id != event.article_id):
        by_article.setdefault(ev.article, []).append((ev.sentence_start, ev.sentence_end, ev.start, ev.end))
    evidence = [{"article": article, "pieces": pieces} for article, spans in by_article.items()
                for pieces in evidence_paragraphs(article.text, spans)]
    participants = list(event.participants.select_related("actor"))
    same, same_count = same_event_reports(event)
    others, others_count = other_reports(event, besides=same)
    return {
        "event": event, "when": event_date_label(event), "type": type_label(event.type),
        "colour": type_colour(event.type), "glyph": STATUS_GLYPHS.get(event.status, "●"),
        "participants": [{"p": p, "qs": query.querystring(drop=("page", "actor", "view_start", "view_end"),
                                                          actor=p.actor_id)}
                         for p in participants],
        # (an event merged from 45 reports: three paragraphs, the others folded)
        "evidence": evidence[:EVIDENCE_SHOWN], "more_evidence": evidence[EVIDENCE_SHOWN:],
        "more_evidence_label": folded_label(event, evidence[:EVIDENCE_SHOWN], evidence[EVIDENCE_SHOWN:]),
        "same": same, "same_count": same_count, "others": others, "others_count": others_count,
        "source_url": web_url(event.article.url if event.article else ""),
        "admin_url": _admin_url(event) if request.user.is_staff else "",
    }


def folded_label(event: Event, shown: list[dict], folded: list[dict]) -> str:
    """What the detail's fold of evidence paragraphs holds: other articles' reports ("2 more reports
    of it"), and passages of articles already shown, its own first ("1 more passage of this article":
    a fourth span of the same article is no other report)."""
    if not folded:
        return ""
    seen = {e["article"].pk for e in shown} | {event.article_id}
    # (a folded article's first paragraph is its report; the rest, and those of articles shown, are passages)
    firsts, passages = set(), []
    for e in folded:
        pk = e["article"].pk
        if pk in seen or pk in firsts:
            passages.append(pk)
        else:
            firsts.add(pk)
    parts = []
    if firsts:
        parts.append(f"{len(firsts)} more report{'s' if len(firsts) > 1 else ''} of it")
    if passages:
        whose = "this article" if set(passages) == {event.article_id} else "the articles above"
        parts.append(f"{len(passages)} more passage{'s' if len(passages) > 1 else ''} of {whose}")
    return " and ".join(parts)


def _admin_url(event: Event) -> str:
    try:
        return reverse("admin:timeline_event_change", args=[event.pk])
    except NoReverseMatch:  # Event not registered in the admin
        return ""


@vary_on_headers("HX-Request", "HX-Target")     # (a page or a fragment: the browser must not mix them up)
@require_safe
@viewer_required
def detail(request, pk: int):
    event = Event.objects.select_related("article").filter(pk=pk).first()
    fragment = request.htmx and not request.htmx.history_restore_request
    merged_from = None
    if event is None:
        # a link to an event merged into another: that one ("merged into event #12" in its history)
        kept = kept_after_merges(pk)
        if kept is None:
            gone = f"There is no event {pk}: it was deleted, or removed when its article was extracted again."
            if fragment:    # (a row or marker of a page opened before: said in the detail, not a click that does nothing)
                return push_url(render(request, TEMPLATE + "#detail", {"gone": gone}), False)
            # (the site's own page, also with DEBUG on: a reader following an old link is told what became of it)
            return render(request, "404.html", {"exception": gone}, status=404)
        url = reverse("timeline:detail", args=[kept]) + (f"?{request.GET.urlencode()}" if request.GET else "")
        if not fragment:
            return redirect(url)
        event, merged_from = Event.objects.select_related("article").get(pk=kept), pk
    query = TimelineQuery(request.GET)
    context = _detail_context(request, event, query)
    if fragment:
        context["qs"], context["merged_from"] = query.querystring(), merged_from
        response = render(request, TEMPLATE + "#detail", context)
        return push_url(response, reverse("timeline:detail", args=[event.pk]) + (
            f"?{request.GET.urlencode()}" if request.GET else "")) if merged_from else response
    return render(request, TEMPLATE, {**_context(query), **context})
