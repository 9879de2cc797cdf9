"""Merging what extraction split in two: duplicate events, and one actor under two names.

Plain functions, each in one transaction. Every row is changed through `save()` or
`delete()` (never `QuerySet.update()`), so django-simple-history records each step, with the
user when called during a request (HistoryRequestMiddleware).
"""
from __future__ import annotations

import datetime as dt

import re
from collections.abc import Iterable

from django.db import transaction

from timeline.models import Actor, ActorAlias, Event, Participant, alias_key
from timeline.reports import regrouped_after
from timeline.summaries import follow_rows, rewrite_summaries

GENERIC_ROLE = Participant.Role.PARTICIPANT
# The history's reason for an event merged away: links to it lead to the kept one (kept_after_merges)
MERGED_INTO = "merged into event #{}"
_MERGED = re.compile(re.escape(MERGED_INTO).replace(re.escape("{}"), r"(\d+)"))


def _better_role(kept: str, other: str) -> str:
    """A specific role (initiator, target) wins over the generic "participant"."""
    return other if kept == GENERIC_ROLE and other != GENERIC_ROLE else kept


# What a report tells of its event, firmest first: reports of a plan come before the report of
# what came of it ("akan bertemu", then "bertemu"), so the one telling the outcome is kept
_FIRMNESS = {Event.Status.OCCURRED: 0, Event.Status.CANCELLED: 0, Event.Status.PLANNED: 1, Event.Status.HYPOTHETICAL: 2}


def keeper_rank(event: Event):
    """Which event to keep when none is named: verified, then touched by a person, then the one
    telling the outcome rather than a plan, then the first report (its article published first, as
    the timeline's grouping of reports has it: its Source is where the news broke), then the surest."""
    published = event.article.published if event.article_id and event.article.published else dt.date.max
    return (not event.verified, not event.is_protected, _FIRMNESS.get(event.status, 1), published, -event.confidence,
            event.pk)


def kept_after_merges(pk: int) -> int | None:
    """The event that one deleted by a merge lives on in (the last of a chain of merges), or None."""
    for _ in range(20):
        gone = Event.history.filter(id=pk, history_type="-").order_by("-history_date").first()
        found = _MERGED.match(gone.history_change_reason or "") if gone is not None else None
        if found is None:
            return None
        pk = int(found[1])
        if Event.objects.filter(pk=pk).exists():
            return pk
    return None


@transaction.atomic
@regrouped_after()
def merge_events(events: Iterable[Event], into: Event | None = None) -> Event:
    """Merge `events` into one and return it.

    The kept event (`into`, or the best of `events`) gets every evidence span, with their
    source articles (a span it already has is not doubled), and the union of the participants (a specific role wins over
    "participant"). Its own type, status and date stay; the empty ones are filled from the
    others. Its summary is written again for its parties, unless a person wrote it. It is
    marked edited, so re-running extraction never replaces it.
    The other events are deleted.
    """
    events = list(events)
    if into is not None and into.pk not in {e.pk for e in events}:
        events.append(into)
    if len({e.pk for e in events}) < 2:
        raise ValueError("Pick at least two events to merge.")
    into = into or min(events, key=keeper_rank)
    into = Event.objects.select_for_update().get(pk=into.pk)
    others = sorted((e for e in events if e.pk != into.pk), key=lambda e: e.pk)

    roles = {p.actor_id: p for p in into.participants.all()}
    spans = {(e.article_id, e.start, e.end) for e in into.evidence.all()}
    for other in others:
        for participant in other.participants.all():
            mine = roles.get(participant.actor_id)
            if mine is None:
                participant.event = into
                participant.save()
                roles[participant.actor_id] = participant
            else:
                role = _better_role(mine.role, participant.role)
                if role != mine.role:
                    mine.role = role
                    mine.save()
        for evidence in other.evidence.all():
            span = (evidence.article_id, evidence.start, evidence.end)
            if span in spans:       # the very same span: one is enough
                evidence.delete()
                continue
            evidence.event = into
            evidence.save()
            spans.add(span)
        if other.date == into.date and other.date_source == Event.DateSource.TEXT \
                and into.date_source == Event.DateSource.CONTEXT:
            into.date_source = other.date_source    # the same day, stated in a report's own clause
        if not into.summary and other.summary:
            into.summary, into.summary_edited = other.summary, other.summary_edited
        for field in ("date", "location"):
            if not getattr(into, field) and getattr(other, field):
                setattr(into, field, getattr(other, field))
        into.confidence = max(into.confidence, other.confidence)
        into.verified = into.verified or other.verified

    into.edited = True
    follow_rows(into)               # its parties may be more now
    into._change_reason = "merged events " + ", ".join(f"#{e.pk}" for e in others)
    into.save()
    for other in others:
        other._change_reason = MERGED_INTO.format(into.pk)
        other.delete()
    return into


@transaction.atomic
@regrouped_after()
def merge_actors(actors: Iterable[Actor], keep: Actor) -> Actor:
    """Merge `actors` into `keep` and return it.

    Every event of the others moves to `keep` with its role (when `keep` already takes part,
    a specific role wins over "participant"); their aliases move to `keep`, and their names
    become aliases of `keep`, so re-running extraction keeps resolving those names to it.
    People whose country was a merged-away actor now serve `keep`. The others are deleted.
    """
    keep = Actor.objects.select_for_update().get(pk=keep.pk)
    others = sorted({a.pk: a for a in actors if a.pk != keep.pk}.values(), key=lambda a: a.pk)
    if not others:
        raise ValueError("Pick at least one actor besides the one to keep.")

    moved = set()                   # the events whose summaries named the others
    for other in others:
        other = Actor.objects.get(pk=other.pk)
        for participant in other.participations.select_related("event"):
            moved.add(participant.event_id)
            mine = Participant.objects.filter(event=participant.event, actor=keep).first()
            if mine is None:
                participant.actor = keep
                participant.save()
            else:
                role = _better_role(mine.role, participant.role)
                if role != mine.role:
                    mine.role = role
                    mine.save()
                participant.delete()
        for alias in other.aliases.all():
            alias.actor = keep
            alias.save()
        for person in other.people.all():
            person.country = keep
            person.save()
        if not keep.title and other.title:
            keep.title = other.title
        if keep.country_id is None and other.country_id is not None and other.country_id != keep.pk:
            keep.country_id = other.country_id
        name = other.name
        other._change_reason = f"merged into actor #{keep.pk} {keep.name}"
        other.delete()
        if alias_key(name) != alias_key(keep.name) and not ActorAlias.objects.filter(key=alias_key(name)).exists():
            ActorAlias.objects.create(actor=keep, name=name)

    keep._change_reason = "merged actors " + ", ".join(o.name for o in others)
    keep.save()
    rewrite_summaries(Event.objects.filter(pk__in=moved))
    return keep
