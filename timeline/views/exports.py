"""Exports of the current filtered view (the same query string as the page)."""
from __future__ import annotations

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from timeline import exports
from timeline.permissions import viewer_required
from timeline.queries import TimelineQuery

MAX_EXPORT = 100_000


@require_safe
@viewer_required
def export(request, fmt: str):
    """The events the page lists (filters and visible range), undated ones last."""
    if fmt not in exports.FORMATS:
        raise Http404("No such export format")
    make, content_type, filename = exports.FORMATS[fmt]
    query = TimelineQuery(request.GET)
    base_url = request.build_absolute_uri("/").rstrip("/")
    recs = exports.records(query.visible()[:MAX_EXPORT], base_url=base_url)
    if fmt in ("csv", "json"):
        recs += exports.records(query.undated().order_by("pk")[:MAX_EXPORT], base_url=base_url)
    body = make(recs, host=request.get_host()) if fmt == "ics" else make(recs)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
