"""Reports of one event in several articles: the timeline shows them as one.

Events of different articles report the same event when they have the same type and status, are
dated to the same day, and name at least two actors in common ("Trump meets Kim" and "Trump meets
Kim in Singapore, with Moon"), or the same actor alone, and, for a criticism, threat, sanction, attack
or military action, they are not the two sides of an exchange ("Trump criticizes Zelensky",
"Zelensky criticizes Trump"). One actor in common is not enough: on a
summit's day a leader meets several others. A report naming one actor alone ("Nijjar was shot")
joins the one event of that day that names it among others, when only one does (not a
statement, criticism or threat: one actor says many things a day). An event is
reported once by an article: two events one article told apart stay apart, even when a third
article's report resembles both. Events known only to the week, month or year are never taken for
one another. A plan and its holding are reports of one occasion: an article telling of a meeting
planned for a day and one telling it took place that day report the same event.

Each group's first report is the one the timeline, the detail and the exports show for it: one
telling the event took place before one telling of it as planned; then one a person corrected (entered
in the admin, edited or verified: what re-running extraction keeps), the most recently corrected first, so that a correction is never hidden behind another
article's uncorrected report; then the one in the article published first (of two the same day, the
first stored). The others point to it (`Event.report_of`). The field is derived: `regroup(keys)`
computes it again for the events of the given (type, status, start, end) keys, from the database
as it is. Signals do so whenever an event or a participant is saved or deleted, so a correction
(another date, another actor, a merge) moves an event out of its group or into another;
`regrouped_after()` does it once for many changes (an extraction). A person decides which reports
are one event by merging them in the admin.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from typing import NamedTuple

from django.db.models import (BooleanField, Case, DateField, DateTimeField, ExpressionWrapper, F, IntegerField, OuterRef, Q,
                              Value, When)
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save, pre_save

from timeline.models import Event, Participant

Key = tuple  # (type, status, date_start, date_end), a planned event's status that of an occurred one

# A plan is a report of the event it plans: it is compared with the reports of its holding
_HELD = {"planned": "occurred"}


def _compared_as(status: str) -> str:
    """The status under which an event of this status is compared with others (a plan's, its holding's)."""
    return _HELD.get(status, status)


def common_actors(actors: frozenset, others: frozenset) -> int:
    """How strongly two reports of one type, status and day name the same event by their actors: the
    actors they have in common, when at least two, or 1 for the same actor alone; else 0.

    >>> common_actors(frozenset({1, 2}), frozenset({1, 2, 3})), common_actors(frozenset({1, 2}), frozenset({1, 3}))
    (2, 0)
    >>> common_actors(frozenset({1}), frozenset({1})), common_actors(frozenset({1}), frozenset({1, 2}))
    (1, 0)
    """
    common = len(actors & others)
    return common if common >= 2 or (common == 1 and len(actors) == len(others) == 1) else 0


# Events that are words: one actor says, threatens and criticizes many things a day, so a report
# naming that actor alone may be of any of them
SAID = frozenset(("statement", "criticism", "threat", "other"))


class Report(NamedTuple):
    """One event as `first_reports` compares it."""
    pk: int
    article: int | None                     # (None: an event a person entered)
    actors: frozenset                       # actor ids
    rank: tuple                             # `rank()`: the least is the first report
    sides: frozenset = frozenset()          # (actor id, "initiator" or "target")


def opposed(report: Report, other: Report) -> bool:
    """Are the two reports the two sides of an exchange: one's initiators the other's targets and the
    other way round ("Trump criticizes Zelensky" and "Zelensky criticizes Trump", the same day)?
    Nothing less: extraction's roles are often loose (a report with every actor a target).

    >>> a = Report(1, 10, frozenset({1, 2}), (), frozenset({(1, "initiator"), (2, "target")}))
    >>> opposed(a, a._replace(sides=frozenset({(2, "initiator"), (1, "target")}))), opposed(a, a._replace(sides=frozenset()))
    (True, False)
    >>> opposed(a, a._replace(sides=frozenset({(2, "initiator"), (1, "target"), (3, "target")})))
    False
    """
    def split(r):
        return ({a for a, role in r.sides if role == "initiator"}, {a for a, role in r.sides if role == "target"})
    (doers, done_to), (others_doers, others_done_to) = split(report), split(other)
    return bool(doers and done_to) and doers == others_done_to and done_to == others_doers


def sides_of(participants: Iterable[tuple[int, int, str]]) -> dict[int, tuple[frozenset, frozenset]]:
    """Per event id, from its participants (event id, actor id, role): its actors and its sides."""
    actors, sides = defaultdict(set), defaultdict(set)
    for event_id, actor_id, role in participants:
        actors[event_id].add(actor_id)
        if role in ("initiator", "target"):
            sides[event_id].add((actor_id, role))
    return {pk: (frozenset(found), frozenset(sides[pk])) for pk, found in actors.items()}


# Events with a direction: A's criticism of B and B's of A the same day are two events (extraction's
# roles elsewhere, "dilantik", are too loose to tell reports apart by)
DIRECTED = frozenset(("criticism", "threat", "sanction", "military_action", "attack"))


# Reports of one type, status and day beyond which none is taken for another: comparing them is
# cubic (2,000 took 8 s, at every save of one of them), and no news day tells one kind of event
# hundreds of times (the busiest of 31,000 events had 29)
CROWDED = 300


def first_reports(reports: Iterable[Report], type_: str = "") -> dict[int, int | None]:
    """For each report of one key (of this type), the first report of its event (the least rank;
    None for a first report and for an event told once)."""
    reports = sorted(reports, key=lambda r: r.rank)
    if len(reports) > CROWDED:
        return dict.fromkeys((r.pk for r in reports), None)
    directed = type_ in DIRECTED
    order = {r.pk: i for i, r in enumerate(reports)}
    parent = {r.pk: r.pk for r in reports}
    members = {r.pk: [r] for r in reports}

    def root(pk):
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    def join(pk, other):
        a, b = sorted((root(pk), root(other)), key=order.get)
        # one report an article (two events an article told apart stay apart, even when a third
        # article's report resembles both), and none opposed to another
        if a != b and not any((x.article is not None and x.article == y.article) or (directed and opposed(x, y))
                              for x in members[a] for y in members[b]):
            parent[b] = a
            members[a] += members.pop(b)

    # the reports most alike first: where a third resembles two, it joins the nearer
    pairs = [(common_actors(x.actors, y.actors), i, k) for i, x in enumerate(reports) for k, y in enumerate(reports)
             if i < k]
    for _, i, k in sorted((p for p in pairs if p[0]), key=lambda p: (-p[0], p[1], p[2])):
        join(reports[i].pk, reports[k].pk)
    # a report naming one actor alone joins the one event naming it among others, if only one does
    for r in reports:
        if len(r.actors) != 1 or type_ in SAID:
            continue
        events = {root(other.pk) for other in reports if len(other.actors) > 1 and r.actors <= other.actors}
        if len(events) == 1:
            join(r.pk, events.pop())
    out = {}
    for r in reports:
        first = root(r.pk)
        out[r.pk] = None if first == r.pk else first
    return out


def first_reports_of(rows: Iterable[tuple], cast: dict[int, tuple[frozenset, frozenset]]) -> dict[int, int | None]:
    """For events known to the day, given as rows (id, article id, its publication date, when a person
    corrected it or None, type, status, start, end) with their actors and sides (`sides_of`), the first
    report of each (None for a first report and for an event told once)."""
    by_key = defaultdict(list)
    for pk, article, published, corrected, type_, status, start, end in rows:
        actors, sides = cast.get(pk, (frozenset(), frozenset()))
        by_key[(type_, _compared_as(status), start, end)].append(
            Report(pk, article, actors, rank(published, pk, status, corrected), sides))
    out = {}
    for key, reports in by_key.items():
        out.update(first_reports(reports, key[0]))
    return out


def regroup_stored(event_model, participant_model) -> None:
    """Compute `report_of` again for every event known to the day, from the rows as stored; the models
    are given, so that a migration passes its historical ones (no model of today is used)."""
    cast = sides_of(participant_model.objects.filter(event__precision="day")
                    .values_list("event_id", "actor_id", "role"))
    dated = event_model.objects.filter(precision="day", date_start__isnull=False)
    rows = ((pk, article, published, corrected_at(corrected, updated), *key) for pk, article, published,
            corrected, updated, *key in _with_correction(dated).values_list(
                "pk", "article_id", "article__published", *_CORRECTION, "type", "status", "date_start", "date_end"))
    now = dict(dated.values_list("pk", "report_of_id"))
    changed = defaultdict(list)
    for pk, first in first_reports_of(rows, cast).items():
        if now.get(pk) != first:
            changed[first].append(pk)
    for first, pks in changed.items():
        for part in chunks(pks):
            event_model.objects.filter(pk__in=part).update(report_of=first)


def rank(published: dt.date | None, pk: int, status: str = "", corrected: dt.datetime | None = None) -> tuple:
    """Which report comes first: one telling the event took place before one telling of its plan
    (a plan a person corrected does not make the event shown as planned), then one a person
    corrected, the most recently corrected first (`corrected`: when, else None), then the article
    published first, then the first stored (an event a person entered, or an article of unknown
    date, after those of known dates).

    >>> day, noon = dt.date(2026, 2, 6), dt.datetime(2026, 2, 8, 12)
    >>> sorted([rank(day, 1), rank(day + dt.timedelta(1), 2, corrected=noon)])[0][-1]
    2
    >>> sorted([rank(day, 1, corrected=noon), rank(day, 2, corrected=noon + dt.timedelta(hours=1))])[0][-1]
    2
    >>> sorted([rank(day, 1), rank(day, 2, "planned", corrected=noon)])[0][-1]
    1
    """
    when = -corrected.timestamp() if corrected is not None else 0.0
    return (status in _HELD, corrected is None, when, published or dt.date.max, pk)


# Whether a person corrected an event: entered it, edited or verified it (`Event.protected`, what
# re-running extraction keeps), and when (`corrected_at`)
CORRECTED = Event.protected()
_CORRECTION = ("corrected", "updated_at")


def _with_correction(events):
    """The events with `corrected`, for `_CORRECTION` (a migration's historical model has no `protected`)."""
    return events.annotate(corrected=ExpressionWrapper(CORRECTED, output_field=BooleanField()))


def ranked() -> dict:
    """`rank` as annotations of a queryset of events, so that reports are compared in SQL as here
    (`ranks_before`): a filter keeping some reports of an event shows the one of them that ranks first."""
    return {
        "rank_held": Case(When(status__in=list(_HELD), then=Value(1)), default=Value(0), output_field=IntegerField()),
        "rank_uncorrected": Case(When(CORRECTED, then=Value(0)), default=Value(1), output_field=IntegerField()),
        "rank_corrected": Case(When(CORRECTED, then=F("updated_at")), default=None, output_field=DateTimeField()),
        "rank_published": Coalesce(F("article__published"), Value(dt.date.max), output_field=DateField()),
    }


def ranks_before() -> Q:
    """Of events annotated with `ranked()`, in a subquery of a queryset annotated so too: those whose
    `rank` is less than the outer event's (each part of the rank in turn, as tuples compare)."""
    def same(name):
        return Q(**{name: OuterRef(name)})

    def less(name, than="lt"):
        return Q(**{f"{name}__{than}": OuterRef(name)})
    # (the most recently corrected first; two uncorrected reports tie there, their time being none)
    tied_correction = same("rank_uncorrected") & (Q(rank_uncorrected=1) | same("rank_corrected"))
    return less("rank_held") | same("rank_held") & (
        less("rank_uncorrected")
        | same("rank_uncorrected") & Q(rank_uncorrected=0) & less("rank_corrected", "gt")
        | tied_correction & (less("rank_published") | same("rank_published") & less("pk")))


def corrected_at(corrected: bool, updated: dt.datetime | None) -> dt.datetime | None:
    """When a person last corrected an event (entered, edited or verified it: `CORRECTED`; it is saved
    by nobody else, as extraction leaves it alone): its last change; None for an event nobody corrected."""
    return updated if corrected else None


_KEY_FIELDS = ("type", "status", "precision", "date_start", "date_end")


def key_of(event: Event) -> Key | None:
    """The key under which an event's reports are compared: none unless it is known to the day."""
    return _key(event.type, event.status, event.precision, event.date_start, event.date_end)


def _key(type_, status, precision, start, end) -> Key | None:
    return (type_, _compared_as(status), start, end) if precision == Event.Precision.DAY and start is not None \
        else None


_FIELDS = ("pk", "article_id", "article__published", *_CORRECTION, "report_of_id", "precision", "type", "status",
           "date_start", "date_end")
_REPORT_OF = _FIELDS.index("report_of_id")


def chunks(items: list, size: int = 500):
    """`items` a few hundred at a time (SQLite limits the number of parameters of a query)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _events_of(keys: set[Key]) -> list[tuple]:
    """The rows (_FIELDS) of the events of these keys: those of their days (by the index of the
    day), kept when of a key."""
    rows = []
    for days in chunks(sorted({k[2] for k in keys})):
        rows += [r for r in _with_correction(Event.objects.filter(date_start__in=days)).values_list(*_FIELDS)
                 if (r[-4], _compared_as(r[-3]), r[-2], r[-1]) in keys]
    return rows


def regroup(keys: Iterable[Key | None]) -> None:
    """Compute `report_of` again for every event of these keys (and of the keys their groups had)."""
    keys = {k for k in keys if k is not None}
    if not keys:
        return
    events = _events_of(keys)
    # a group whose first report changed its key since: its other reports are computed again too
    ids = {row[0] for row in events}
    strays = set()
    for part in chunks(sorted(ids | {r[_REPORT_OF] for r in events if r[_REPORT_OF]})):
        strays |= {(type_, _compared_as(status), start, end) for type_, status, start, end in
                   Event.objects.filter(Q(report_of__in=part) | Q(pk__in=part))
                   .values_list("type", "status", "date_start", "date_end")}
    strays = {k for k in strays if k[2] is not None} - keys     # (an undated event is nobody's report)
    if strays:
        keys |= strays
        events += _events_of(strays)
    cast = {}
    for part in chunks([r[0] for r in events]):
        cast.update(sides_of(Participant.objects.filter(event_id__in=part).values_list("event_id", "actor_id", "role")))
    now = {row[0]: row[_REPORT_OF] for row in events}
    wanted = dict.fromkeys(now)         # (an event no longer known to the day is a report of none)
    wanted.update(first_reports_of(((pk, article, published, corrected_at(corrected, updated), *key)
                                    for pk, article, published, corrected, updated, _, precision, *key
                                    in events if precision == Event.Precision.DAY), cast))
    changed = defaultdict(list)
    for pk, first in wanted.items():
        if now[pk] != first:
            changed[first].append(pk)
    for first, pks in changed.items():
        for part in chunks(pks):       # (no save(): no history, no updated_at)
            Event.objects.filter(pk__in=part).update(report_of=first)


# -- keeping it up to date ---------------------------------------------------------------------
_pending = threading.local()


@contextmanager
def regrouped_after():
    """Regroup once, at the end, the keys of every event and participant saved or deleted inside
    (an extraction saves dozens); nothing when what is inside fails."""
    if getattr(_pending, "keys", None) is not None:     # (inside another: that one regroups)
        yield
        return
    _pending.keys, _pending.events = set(), set()
    try:
        yield
        keys, events = _pending.keys, _pending.events
    finally:
        _pending.keys = _pending.events = None
    regroup(keys | _keys_of(events))


def _keys_of(event_ids) -> set[Key | None]:
    """The keys of the events of these ids that are still there."""
    found = set()
    for part in chunks(list(event_ids)):
        found |= {_key(*row) for row in Event.objects.filter(pk__in=part).values_list(*_KEY_FIELDS)}
    return found


def _touched(*keys: Key | None, event_id: int | None = None) -> None:
    """Regroup these keys, and the key of the event `event_id`: now, or at the end of `regrouped_after`."""
    if getattr(_pending, "keys", None) is not None:
        _pending.keys.update(keys)
        if event_id is not None:
            _pending.events.add(event_id)
    else:
        regroup({*keys, *_keys_of([event_id] if event_id is not None else [])})


def touch(events) -> None:
    """Regroup the keys of these events (a queryset): their article's publication date, which
    decides which report comes first, may have changed."""
    _touched(*(_key(*row) for row in events.values_list(*_KEY_FIELDS)))


def _remember_key(sender, instance: Event, raw=False, **kwargs):
    instance._key_before = None
    if instance.pk and not raw:
        before = Event.objects.filter(pk=instance.pk).values_list(*_KEY_FIELDS).first()
        instance._key_before = _key(*before) if before is not None else None


def _event_saved(sender, instance: Event, raw=False, **kwargs):
    if not raw:
        _touched(getattr(instance, "_key_before", None), key_of(instance))


def _event_deleted(sender, instance: Event, **kwargs):
    _touched(key_of(instance))


def _participant_changed(sender, instance: Participant, raw=False, **kwargs):
    if raw:
        return
    if Participant.event.is_cached(instance):
        _touched(key_of(instance.event))
    else:
        _touched(event_id=instance.event_id)


def connect() -> None:
    """Keep `Event.report_of` up to date as events and participants change (the app's `ready`)."""
    pre_save.connect(_remember_key, sender=Event, dispatch_uid="reports-key-before")
    post_save.connect(_event_saved, sender=Event, dispatch_uid="reports-event-saved")
    post_delete.connect(_event_deleted, sender=Event, dispatch_uid="reports-event-deleted")
    post_save.connect(_participant_changed, sender=Participant, dispatch_uid="reports-participant-saved")
    post_delete.connect(_participant_changed, sender=Participant, dispatch_uid="reports-participant-deleted")
