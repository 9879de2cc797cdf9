"""An article as a reader of the timeline sees it: its whole text, each event's evidence marked and
linked to the event, each date the tagger read underlined with its value, and its events listed."""
from __future__ import annotations

from django.db.models import F, Q
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from timeline.display import marked_paragraphs, timex_label, web_url
from timeline.extraction.language import extracts, name_of
from timeline.ingest import events_deleted_by_a_person
from timeline.models import Article, Event, Evidence
from timeline.permissions import viewer_required
from timeline.queries import with_participants
from timeline.views.timeline import rows_of


@require_safe
@viewer_required
def article(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    text = article.text or article.raw_text
    spans = [(ev.start, ev.end, ev.event_id) for ev in Evidence.objects.filter(article=article).order_by("start")
             if 0 <= ev.start < ev.end <= len(text)]
    times = [(t.start, t.end, timex_label(t.value) if t.value else "no value") for t in article.timexes.all()
             if 0 <= t.start < t.end <= len(text)]
    events = with_participants(Event.objects.filter(Q(article=article) | Q(evidence__article=article)).distinct()
                               .order_by(F("date_start").asc(nulls_last=True), "pk"))
    rows = rows_of(events)
    return render(request, "timeline/article.html", {
        "article": article, "paragraphs": marked_paragraphs(text, spans, times),
        "source_url": web_url(article.url), "events": rows,
        # (none left is not none found: people may have deleted what extraction found; and the list says
        # how many more it found that people deleted)
        "deleted": events_deleted_by_a_person(article),
        # (a language extraction does not read is no failure: the upload's result says so too)
        "language": "" if extracts(article.lang) else name_of(article.lang),
    })
