"""An event's one-line summary follows the corrections a person makes to what it is made of.

Extraction writes the summary from the event's type, status, place, participants and trigger
word (`taxonomy.summarize`). When a person changes one of those in the admin (retypes the
event, replaces a participant, merges it, renames or merges an actor), the summary is written
again from the rows as they now are, unless a person wrote the summary (`Event.summary_edited`):
then it is theirs and stays.
"""
from __future__ import annotations

from .extraction.taxonomy import summarize
from .models import Event

# The history's reason for a summary written again (it is no person's writing)
REWRITTEN = "summary written again after a correction"


def summary_of(event: Event) -> str:
    """The summary of the event's rows as they are."""
    rows = event.participants.select_related("actor__country").order_by("pk")
    parts = [(p.actor.name, p.role, p.actor.kind, p.actor.country.name if p.actor.country_id else "")
             for p in rows]
    return summarize(event.type, parts, event.trigger, event.location, event.status)[:500]


def follow_rows(event: Event) -> bool:
    """Set the event's summary again from its rows, unless a person wrote it; not saved (for a
    caller saving the event anyway). Whether it changed."""
    if event.summary and event.summary_edited:
        return False
    summary = summary_of(event)
    changed, event.summary = summary != event.summary, summary
    return changed


def rewrite_summary(event: Event) -> bool:
    """`follow_rows`, saved with its own reason in the history. Whether it changed."""
    if not follow_rows(event):
        return False
    event._change_reason = REWRITTEN
    event.save(update_fields=["summary", "updated_at"])
    return True


def rewrite_summaries(events) -> int:
    """`rewrite_summary` on each event; how many changed."""
    return sum(rewrite_summary(event) for event in events)
