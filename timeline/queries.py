"""What the timeline shows: the filter query string, validated, turned into Event querysets.

One form serves every timeline endpoint (page, list, chart, exports), so that a URL copied
from the address bar reproduces the same view anywhere. Invalid values are reported, never a
server error, and never read as "everything": a filter naming what the view is of (an actor, an
article, a type, a status, a search) that is not valid, a link to a deleted article or a merged-away
actor, selects no event, and the page says which filter and why (`invalid`); a date or a confidence
that is not valid (a year being typed) is ignored, and the page says so. An export with either is
refused (views/exports.py): a shared link must not hand over the whole archive as if it were the story.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import BooleanField, Case, Count, Exists, F, OuterRef, Q, QuerySet, Value, When, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils.text import Truncator

from timeline.extraction.taxonomy import EVENT_TYPES
from timeline.models import Actor, Article, Event, Evidence, Participant, alias_key
from timeline.reports import chunks, ranked, ranks_before

PAGE_SIZE = 50
# The longest period an event can span (a leap year): an event ending on or after day D
# started on or after D - LONGEST, which lets the date_start index bound the search.
LONGEST = dt.timedelta(days=366)
LANE_MODES = (("actor", "Actors"), ("type", "Event types"))
# An event several articles report: once (its first report, the others counted on it), or each report
REPORT_MODES = (("once", "Each event once"), ("every", "Every report"))
# The filters that may keep one report of an event and not another (they differ in actors, article,
# words, confidence, and status: a plan reports the event held; type and dates they share)
_PER_REPORT = ("actor", "with", "article", "q", "confidence", "status")
# Query parameters that pick a slice of the view rather than what is in it.
VIEW_PARAMS = ("page",)
# The least confidence a machine event needs to be shown (its confidence is the probability that
# extraction got it right: timeline/extraction/confidence.py); what a person checked always is.
# (extraction lists no event under confidence.LISTED_FROM, 0.6: the lowest choice is above it)
CONFIDENCE_CHOICES = (("0.7", "At least 70% sure"), ("0.8", "At least 80% sure"), ("0.9", "At least 90% sure"))


# The dates the filters take: the range is widened by LONGEST and the chart's end by a day, which
# the ends of the calendar cannot take ("0001-01-05" is what a date input holds while a year is typed)
FIRST_DATE, LAST_DATE = dt.date(1000, 1, 1), dt.date(9998, 12, 31)


class _FilterDate(forms.DateField):
    def __init__(self, **kwargs):
        super().__init__(required=False, validators=[MinValueValidator(FIRST_DATE), MaxValueValidator(LAST_DATE)],
                         error_messages={"min_value": "Enter a date from the year 1000 on.",
                                         "max_value": "Enter a date before the year 9999."}, **kwargs)


# An article's texts, which a row joined to its article does not need (a list, an export)
ARTICLE_TEXTS = ("article__text", "article__raw_text")

# The largest id a database column holds (SQLite, PostgreSQL bigint): a larger one in the address
# is no actor, not an error of the server
LARGEST_ID = 2 ** 63 - 1


# The filters that name what a view is of: not valid (a deleted article, an actor merged away), they
# select nothing rather than everything; those that narrow it (dates, a confidence), not valid, are
# ignored on the page (a year being typed). An export refuses either (views/exports.py).
NAMING = ("actor", "with", "article", "type", "status", "q")
NARROWING = ("start", "end", "view_start", "view_end", "confidence")

_NO_ACTOR = {"invalid_choice": "no actor has the id %(value)s (deleted, merged into another, or never stored)",
             "invalid_pk_value": "“%(pk)s” is no actor's id"}


class _ActorsField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for pk in value:
            if str(pk).isdigit() and int(pk) > LARGEST_ID:
                raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice",
                                            params={"value": pk})
        return super()._check_values(value)


class TimelineFilter(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search")
    actor = _ActorsField(queryset=Actor.objects.all(), required=False, error_messages=_NO_ACTOR)
    type = forms.MultipleChoiceField(choices=[(t.code, t.label) for t in EVENT_TYPES], required=False,
                                     error_messages={"invalid_choice": "“%(value)s” is no event type"})
    status = forms.MultipleChoiceField(choices=Event.Status.choices, required=False,
                                       help_text="None ticked shows every status",
                                       error_messages={"invalid_choice": "“%(value)s” is no status"})
    start = _FilterDate(label="From")
    end = _FilterDate(label="To")
    article = forms.ModelChoiceField(queryset=Article.objects.all(), required=False, error_messages={
        "invalid_choice": "no article has the id %(value)s (deleted, or never stored)"})
    confidence = forms.TypedChoiceField(choices=CONFIDENCE_CHOICES, coerce=float, required=False, empty_value=None,
                                        label="Confidence",
                                        error_messages={"invalid_choice": "“%(value)s” is not 0.7, 0.8 or 0.9"})
    lanes = forms.ChoiceField(choices=LANE_MODES, required=False)
    reports = forms.ChoiceField(choices=REPORT_MODES, required=False, label="Reports")
    # A state chosen as Actor or With stands for its people too (its president, its ministers: the
    # people whose country it is), unless `alone` asks for the state as named alone.
    alone = forms.BooleanField(required=False, label="The state alone, not its people")
    # The Actor menu takes several actors (a listbox): the events any of them takes part in
    several = forms.BooleanField(required=False, label="Several actors")
    # The range visible on the chart after zooming or panning: narrows the list (not the chart).
    view_start = _FilterDate()
    view_end = _FilterDate()
    page = forms.IntegerField(required=False, min_value=1, max_value=10 ** 6)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", "The end of the range comes before its start.")
        if data.get("view_start") and data.get("view_end") and data["view_start"] > data["view_end"]:
            data["view_start"], data["view_end"] = data["view_end"], data["view_start"]    # (a hand-made link)
        return data


# `with` (repeatable): the actors who take part too, each of them, besides one of `actor` (relations
# between two states: ?actor=3&with=7). (Declared here: "with" is a word of Python.)
TimelineFilter.base_fields["with"] = _ActorsField(queryset=Actor.objects.all(), required=False, label="With",
                                                  error_messages=_NO_ACTOR)


def without_empty(params: QueryDict) -> QueryDict:
    """The query string without its empty values: `?actor=` (what a plain form submit sends
    for "All actors") means no filter, for every field."""
    out = QueryDict(mutable=True)
    for key, values in params.lists():
        kept = [v for v in values if v.strip()]
        if kept:
            out.setlist(key, kept)
    return out


class TimelineQuery:
    """The validated filters and the querysets they select."""

    def __init__(self, params: QueryDict):
        self.params = without_empty(params)
        self.form = TimelineFilter(self.params)
        self.form.is_valid()
        self.data = {k: v for k, v in self.form.cleaned_data.items() if v not in (None, "", [])}
        for key in ("actor", "with"):
            if not isinstance(self.data.get(key, []), list):
                self.data[key] = list(self.data[key])

    # -- what is not valid -------------------------------------------------------------
    @property
    def invalid(self) -> list[tuple[str, str, str, str]]:
        """The filters of the address that are not valid, each (name, label, value as given, why), the
        naming ones first: ("article", "Article", "13", "no article has the id 13 (deleted, or never stored)")."""
        errors = self.form.errors
        order = [*NAMING, *NARROWING, *(name for name in errors if name not in NAMING + NARROWING)]
        return [(name, self.form[name].label or name if name in self.form.fields else "", ", ".join(
                 self.params.getlist(name)), error) for name in order for error in errors.get(name, [])]

    @property
    def unfound(self) -> bool:
        """Is a filter naming what the view is of not valid (then no event is selected)?"""
        return any(name in self.form.errors for name in NAMING)

    def without_invalid(self) -> str:
        """The query string without the filters that are not valid (what the page offers to see)."""
        return self.querystring(drop=("page", *{name for name, *_ in self.invalid}))

    # -- what is selected -------------------------------------------------------------
    @property
    def lanes(self) -> str:
        return self.data.get("lanes") or "actor"

    @property
    def page(self) -> int:
        return self.data.get("page") or 1

    @property
    def actors(self) -> list[Actor]:
        return list(self.data.get("actor", []))

    @property
    def partners(self) -> list[Actor]:
        """The actors each of whom takes part too (`with`)."""
        return [a for a in self.data.get("with", []) if a not in self.actors]

    @property
    def several(self) -> bool:
        """Does the Actor menu take several actors (asked for, or more than one chosen)?"""
        return bool(self.data.get("several")) or len(self.actors) > 1

    @property
    def states_chosen(self) -> int:
        """How many states are among the actors chosen (whose people may count as the state)?"""
        return sum(a.kind == Actor.Kind.COUNTRY for a in (*self.actors, *self.partners))

    def taking_part(self, actors: list[Actor], besides: list[Actor] = ()) -> QuerySet:
        """The ids of the events any of `actors` takes part in: a state by its people too (Joko Widodo's
        meeting with Xi Jinping is Indonesia's with China), but for those chosen on the other side
        (`besides`: Joko Widodo "with Indonesia" are his events with Indonesia or another of its
        people, not all of his), unless the filters ask for the state alone."""
        who = Q(actor__in=actors)
        states = [a for a in actors if a.kind == Actor.Kind.COUNTRY]
        if states and not self.data.get("alone"):
            who |= Q(actor__country__in=states) & ~Q(actor__in=besides)
        return Participant.objects.filter(who).values("event_id")

    def people_of_chosen_states(self) -> list[int]:
        """The ids of the people a chosen state stands for, when it does: no partners to offer it."""
        states = [a for a in self.actors if a.kind == Actor.Kind.COUNTRY]
        if not states or self.data.get("alone"):
            return []
        return list(Actor.objects.filter(country__in=states).values_list("pk", flat=True))

    @property
    def every_report(self) -> bool:
        return self.data.get("reports") == "every"

    def base(self, every_report: bool | None = None) -> QuerySet[Event]:
        """Every event matching the filters, dated or not (ignoring the visible range); an event
        several articles report once, by its first report among those the filters keep, unless
        every report is asked for (`every_report`, by default the `reports` filter)."""
        events = self.matching()
        if self.every_report if every_report is None else every_report:
            return events
        if not any(self.data.get(key) for key in _PER_REPORT):
            return events.filter(report_of__isnull=True)
        # a later report stands for its event when the filters keep neither the first report nor a
        # later one that ranks before it, as the first does without them (one a person corrected, the
        # most recently corrected, else the first published: timeline/reports.py)
        before = self.matching().annotate(**ranked()).filter(
            Q(pk=OuterRef("report_of")) | Q(report_of=OuterRef("report_of")) & ranks_before())
        return events.annotate(**ranked()).filter(Q(report_of__isnull=True) | ~Exists(before))

    def matching(self) -> QuerySet[Event]:
        """Every report matching the filters (none when a filter naming what the view is of is not valid)."""
        if self.unfound:
            return Event.objects.none()
        events = Event.objects.all()
        d = self.data
        if d.get("actor"):
            events = events.filter(pk__in=self.taking_part(d["actor"], besides=self.partners))
        for partner in self.partners:
            events = events.filter(pk__in=self.taking_part([partner], besides=self.actors))
        if d.get("type"):
            events = events.filter(type__in=d["type"])
        if d.get("status"):
            events = events.filter(status__in=d["status"])
        if d.get("article"):
            events = events.filter(told_in(d["article"]))
        for word in search_words(d.get("q") or ""):     # (every word, each anywhere: all of them)
            events = events.filter(events_naming(word))
        if d.get("confidence"):
            events = events.filter(Q(confidence__gte=d["confidence"]) | Event.protected())
        return events

    def dated(self, every_report: bool | None = None) -> QuerySet[Event]:
        """Dated events whose period overlaps the date range."""
        events = self.base(every_report).filter(date_start__isnull=False)
        if self.data.get("start"):
            events = events.filter(date_end__gte=self.data["start"], date_start__gte=self.data["start"] - LONGEST)
        if self.data.get("end"):
            events = events.filter(date_start__lte=self.data["end"])
        return events

    def undated(self, in_view: bool = False) -> QuerySet[Event]:
        """The events the articles give no date for; none when a date range is asked for (an
        undated event lies in no range), or with `in_view` a visible range (a zoom: the exports of
        a month hold that month's events; the page keeps its undated fold apart from the zoom)."""
        ranges = ("start", "end", "view_start", "view_end") if in_view else ("start", "end")
        if any(self.data.get(key) for key in ranges):
            return Event.objects.none()
        return self.base().filter(date_start__isnull=True).order_by("-pk")

    def visible(self) -> QuerySet[Event]:
        """The dated events within the range the chart shows: what the list lists."""
        events = self.dated()
        if self.data.get("view_start"):
            events = events.filter(date_end__gte=self.data["view_start"],
                                   date_start__gte=self.data["view_start"] - LONGEST)
        if self.data.get("view_end"):
            events = events.filter(date_start__lte=self.data["view_end"])
        return events.order_by("date_start", "pk")

    def listed(self) -> QuerySet[Event]:
        """The visible events in the list's order: in a range, those that begin in it first (a week's
        list opened on pages of events known only to the year or the month, which merely cover it)."""
        begins = self.data.get("view_start") or self.data.get("start")
        if not begins:
            return self.visible()
        return self.visible().annotate(began_before=Case(When(date_start__lt=begins, then=Value(True)),
                                                         default=Value(False), output_field=BooleanField())
                                       ).order_by("began_before", "date_start", "pk")

    def folded(self, shown: int) -> int:
        """How many reports of the dated events shown (`shown` of them) are not, as other articles'
        reports of the same events."""
        return 0 if self.every_report else self.dated(every_report=True).count() - shown

    def page_of(self, events: QuerySet[Event], page: int | None = None) -> tuple[list[Event], int | None]:
        """One page of the list and the number of the next page (None at the end)."""
        page = page or self.page
        offset = (page - 1) * PAGE_SIZE
        rows = list(events.select_related("article").defer(*ARTICLE_TEXTS).prefetch_related("participants__actor")
                    [offset:offset + PAGE_SIZE + 1])
        has_more = len(rows) > PAGE_SIZE
        return rows[:PAGE_SIZE], (page + 1 if has_more else None)

    # -- URLs -------------------------------------------------------------------------
    def querystring(self, drop=VIEW_PARAMS, **changes) -> str:
        """The current query string without `drop`, with `changes` applied ("" removes)."""
        params = self.params.copy()
        for key in drop:
            params.pop(key, None)
        for key, value in changes.items():
            params.pop(key, None)
            if value not in (None, "", []):
                if isinstance(value, (list, tuple)):
                    params.setlist(key, [str(v) for v in value])
                else:
                    params[key] = str(value)
        for key in [k for k, v in params.lists() if all(x == "" for x in v)]:
            params.pop(key)
        # the defaults need not be spelled out: every status ticked, lanes per actor
        if set(params.getlist("status")) >= set(Event.Status.values):
            params.pop("status")
        if params.get("lanes") == "actor":
            params.pop("lanes")
        if params.get("reports") == "once":
            params.pop("reports")
        return params.urlencode()

    def searched_actors(self) -> list[Actor]:
        """The actors the search is the very name (or an alias) of ("Indonesia"): a search also finds
        every actor with the word in its name (Bank Indonesia, CNN Indonesia) and every summary
        naming it, so the page offers these alone; those with events under the other filters."""
        if not self.data.get("q"):
            return []
        found = []
        for actor in actors_called(self.data["q"]).distinct()[:3]:
            params = self.params.copy()
            params.pop("q")
            params.setlist("actor", [str(actor.pk)])
            if TimelineQuery(params).base().exists():     # (never a link to nothing)
                found.append(actor)
        return found

    def actor_choices(self, limit: int = 300) -> list[Actor]:
        """Actors for the filter menu, busiest first (the selected ones always included), each with
        its count (`counted`)."""
        busiest = self.counted(Actor.objects.all(), limit)
        chosen = [a for a in (*self.actors, *self.partners) if a not in busiest]
        return chosen + busiest

    def counted(self, actors: QuerySet[Actor], limit: int | None = None) -> list[Actor]:
        """Those of `actors` in any event, most first (at most `limit`), each with `n`, the events it is
        named in itself (once however many of its names a search matched): one grouped count of
        participations, which a large archive answers at once.
        Choosing a state finds its people's events too (unless "State alone"), which would take counting
        every person's events apart: a state's count says "as a state" (`n_note`), so that "Indonesia (9
        as a state)" does not read as what "16 dated events · 3 undated · (and its people)" finds."""
        once = Actor.objects.filter(pk__in=actors.values("pk"))     # (an actor found by two of its names: once)
        found = list(once.annotate(n=Count("participations")).filter(n__gt=0).order_by("-n", "name")[:limit])
        for actor in found:
            actor.n_note = "as a state" if actor.kind == Actor.Kind.COUNTRY else ""
        return found

    def partner_choices(self, limit: int = 300, everyone: list[Actor] | None = None) -> list[Actor]:
        """Actors for the With menu: with an actor chosen, those who take part in its events, with how
        many they share, most first (any other actor would find nothing); else the Actor menu's
        (`everyone`, when the caller has them already)."""
        if not self.actors:
            return everyone if everyone is not None else self.actor_choices(limit)
        found = self.partners_among(Actor.objects.all())[:limit]
        return [a for a in self.partners if a not in found] + found

    def partners_among(self, actors: QuerySet[Actor]) -> list[Actor]:
        """Those of `actors` who take part in the chosen actors' events, most shared first, each with
        `n`, how many it shares as choosing it With would find them: a state by its people too (China
        beside Indonesia by Xi Jinping's meetings with Joko Widodo), unless the filters ask for the
        state alone (a chosen state's own people are none of its partners)."""
        taking = Participant.objects.filter(event_id__in=self.taking_part(self.actors))
        by_people = not self.data.get("alone")
        chosen = {a.pk for a in self.actors}
        events_of = defaultdict(set)
        # (a later report of an event counts as its first report's: the filter finds the event once)
        first = Coalesce("event__report_of_id", "event_id")
        for event, actor, country in taking.values_list(first, "actor_id", "actor__country_id"):
            events_of[actor].add(event)
            if by_people and country is not None and actor not in chosen:
                # (a state by its people, but not by the very person chosen: Joko Widodo "with Indonesia"
                # is his events with it or another of its people, as `taking_part` reads it)
                events_of[country].add(event)
        present = Q(pk__in=taking.values("actor_id"))
        if by_people:
            present |= Q(pk__in=taking.values("actor__country_id"))
        excluded = [a.pk for a in self.actors] + self.people_of_chosen_states()
        found = list(actors.filter(present).exclude(pk__in=excluded).distinct())
        for actor in found:
            actor.n = len(events_of[actor.pk])
        return sorted(found, key=lambda a: (-a.n, a.name))

    def article_choices(self, limit: int = 200) -> list[Article]:
        articles = list(Article.objects.only("pk", "title", "outlet", "filename", "published", "lang")[:limit])
        if self.data.get("article") and self.data["article"] not in articles:
            articles.insert(0, self.data["article"])
        return told_apart(articles)


CHOICE_CHARS = 60   # how much of a title the Article menu shows


def told_apart(articles: list[Article]) -> list[Article]:
    """The articles, each whose menu entry (its title cut to CHOICE_CHARS, its date) would read as another's
    given `apart`: its outlet, else its file's name, else its number ("Menteri Luar Negeri Indonesia
    Sugiono bertemu …" three times tells the user nothing)."""
    seen = defaultdict(list)
    for a in articles:
        a.apart = ""
        seen[(Truncator(a.title).chars(CHOICE_CHARS), a.published)].append(a)
    for same in seen.values():
        if len(same) > 1:
            for a in same:
                a.apart = a.outlet or a.filename
            told = defaultdict(int)
            for a in same:
                told[a.apart] += 1
            for a in same:
                if not a.apart or told[a.apart] > 1:     # (no outlet, or another's: its number tells it apart)
                    a.apart = f"{a.apart} #{a.pk}".lstrip()
    return articles


def with_participants(events) -> list[Event]:
    """The events (a queryset) with their participants and actors fetched, a few hundred events a
    query (an article of 3,700 events, with 1,300 actors, was more than SQLite takes at once)."""
    events = list(events)
    for part in chunks(events, 400):
        prefetch_related_objects(part, "participants__actor")
    return events


def told_in(article) -> Q:
    """The events an article tells: its own, and those a person merged from it into another article's
    event (their evidence stays the article's)."""
    return Q(article=article) | Q(pk__in=Evidence.objects.filter(article=article).values("event"))


def reporting_articles_in(events: QuerySet[Event]) -> dict[int, list[int]]:
    """`reporting_articles` for a queryset of many events (a chart, an export): those told by one
    article alone, most of them, are left out in SQL first."""
    ids = events.values("pk")           # (a slice of the list, for an export, is a subquery too)
    with_others = Event.objects.filter(report_of__in=ids).values("report_of")
    merged = Evidence.objects.filter(event__in=ids).exclude(article=F("event__article")).values("event")
    return reporting_articles(list(Event.objects.filter(pk__in=ids).filter(
        Q(pk__in=with_others) | Q(report_of__isnull=False) | Q(pk__in=merged)).values_list("pk", "report_of")))


def reporting_articles(events: list[tuple[int, int | None]]) -> dict[int, list[int]]:
    """For each event (id, first report's id) that more than one article reports, those articles'
    ids: the articles of its event's reports (timeline/reports.py) and of the evidence merged into
    them (an event a person merged from several articles' reports)."""
    group_of = {pk: first or pk for pk, first in events}
    articles: dict[int, set[int]] = {}
    member_of: dict[int, int] = {}
    for part in chunks(sorted(set(group_of.values())), 400):
        for pk, first, article in Event.objects.filter(Q(pk__in=part) | Q(report_of__in=part)).values_list(
                "pk", "report_of", "article_id"):
            member_of[pk] = first or pk
            articles.setdefault(first or pk, set()).add(article)
    for part in chunks(sorted(member_of)):
        for event_id, article in Evidence.objects.filter(event_id__in=part).values_list("event_id", "article_id"):
            articles[member_of[event_id]].add(article)
    found = {}
    for pk, group in group_of.items():
        ids = sorted(articles.get(group, set()) - {None})
        if len(ids) > 1:
            found[pk] = ids
    return found


def held_and_planned(events: list[Event]) -> dict[int, tuple[int, int]]:
    """For each plan among `events` shown for an event other articles report held (a filter on
    "planned" keeps the plan, a later report, and not the held report first: timeline/reports.py),
    how many articles report the event held and how many planned: "held: reported in 5 articles,
    planned in 3", so that a plan found is not read as an event that only was planned."""
    return held_of_plans({e.pk: e.report_of_id for e in events if e.status == Event.Status.PLANNED and e.report_of_id})


def held_of_plans(plans: dict[int, int]) -> dict[int, tuple[int, int]]:
    """`held_and_planned` for plans given as {plan's id: its first report's id} (a chart's rows)."""
    if not plans:
        return {}
    told: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    groups = set(plans.values())
    for pk, first, status, article in Event.objects.filter(Q(pk__in=groups) | Q(report_of__in=groups)).values_list(
            "pk", "report_of", "status", "article_id"):
        told[first or pk][status].add(article if article is not None else f"event {pk}")
    found = {}
    for pk, group in plans.items():
        held, planned = len(told[group][Event.Status.OCCURRED]), len(told[group][Event.Status.PLANNED])
        if held:
            found[pk] = (held, planned)
    return found


def same_event_reports(event: Event, limit: int = 20) -> tuple[list[Event], int]:
    """The other reports of the same event (timeline/reports.py), the first report first: the first
    `limit` of them, and how many there are."""
    first = event.report_of_id or event.pk
    reports = Event.objects.filter(Q(pk=first) | Q(report_of=first)).exclude(pk=event.pk)
    found = list(reports.select_related("article").defer(*ARTICLE_TEXTS)
                 .order_by(F("article__published").asc(nulls_last=True), "pk")[:limit])
    return found, (len(found) if len(found) < limit else reports.count())


def other_reports(event: Event, limit: int = 20, besides=()) -> tuple[list[Event], int]:
    """Events in other articles that look like this one: same type, overlapping dates (a year only
    overlapping a year, the same: a year holds too much to say more), two actors in common, a state
    counting as its people (Xi Jinping's meeting in Hanoi and "China meets Vietnam" there that day), or
    all of the other's, or none on either side; besides the events `besides`; the first `limit` of them,
    and how many there are. (One actor in common and a year told listed China's every deal of 2023.)"""
    if event.date_start is None or event.article_id is None:
        return [], 0
    others = (Event.objects.filter(type=event.type, date_start__lte=event.date_end,
                                   date_end__gte=event.date_start, article__isnull=False)
              .exclude(article_id=event.article_id).exclude(pk=event.pk).exclude(pk__in=[e.pk for e in besides]))
    if event.precision == Event.Precision.YEAR:
        others = others.filter(date=event.date)
    else:
        others = others.exclude(precision=Event.Precision.YEAR)
    mine = _sides(event.participants.values_list("actor_id", "actor__country_id"))
    if mine:
        named = Q(participants__actor_id__in=mine) | Q(participants__actor__country_id__in=mine)
        candidates = list(others.filter(named).distinct().order_by("date_start", "pk").values_list("pk", flat=True))
        taking = defaultdict(list)
        for pk, actor, country in Participant.objects.filter(event_id__in=candidates).values_list(
                "event_id", "actor_id", "actor__country_id"):
            taking[pk].append((actor, country))
        need = min(2, len(mine))
        kept = []
        for pk in candidates:
            theirs = _sides(taking[pk])
            shared = len(mine & theirs)
            if shared >= need or (shared and len(theirs) == 1):
                kept.append(pk)
        others = Event.objects.filter(pk__in=kept)
    found = list(others.select_related("article").defer(*ARTICLE_TEXTS).order_by("date_start", "pk")[:limit])
    return found, (len(found) if len(found) < limit else others.count())


def _sides(participants) -> set:
    """The sides an event's (actor, country) pairs name: a person by the state they serve (a state and
    its leader are one side, counted once), any other actor by itself."""
    return {country if country is not None else actor for actor, country in participants}


def actors_named(words: str) -> QuerySet[Actor]:
    """The actors a search names, by their name or an alias, without case or diacritics ("jokowi" is
    Joko Widodo, "Billstrom" Tobias Billström): the actors it names in whole words ("petro": Gustavo
    Petro, not OPEC's "Organization of Petroleum ..."), else, from four letters on, those it names a
    part of ("widod"); a shorter word only as a whole name ("AS")."""
    key = alias_key(words)
    if len(key) < 4:
        return actors_called(words)
    whole = Actor.objects.filter(_whole_words("key", key) | _whole_words("aliases__key", key)).distinct()
    if whole.exists():
        return whole
    return Actor.objects.filter(Q(key__contains=key) | Q(aliases__key__contains=key))


def actors_found(words: str) -> QuerySet[Actor]:
    """The actors a menu's finder offers for the words typed so far: `actors_named`, and for fewer
    than four letters those with a name or alias word beginning so ("Ven": Venezuela)."""
    key = alias_key(words)
    if len(key) >= 4 or not key:
        return actors_named(words)
    return Actor.objects.filter(
        Q(key__startswith=key) | Q(key__contains=" " + key) | Q(aliases__key__startswith=key)
        | Q(aliases__key__contains=" " + key)).distinct()


def actors_called(words: str) -> QuerySet[Actor]:
    """The actors whose name or an alias the words are, whole ("AS", "Indonesia")."""
    key = alias_key(words)
    return Actor.objects.filter(Q(key=key) | Q(aliases__key=key))


_QUOTES = "\"'“”‘’«»()[],;:!?"


def search_words(q: str) -> list[str]:
    """The words of a search, each once, without the quotes and punctuation around them.

    >>> search_words('Prabowo  "Albanese," prabowo')
    ['Prabowo', 'Albanese']
    """
    words, seen = [], set()
    for word in q.split():
        word = word.strip(_QUOTES + ".")
        if word and alias_key(word) not in seen:
            seen.add(alias_key(word))
            words.append(word)
    return words


def events_naming(word: str) -> Q:
    """The events holding one word of a search: in their summary, an actor's name or alias (without
    case or diacritics), or the words of the article quoted as their evidence ("nelayan",
    "perjanjian"); whole words first, as `summaries_naming` and `actors_named` take them."""
    named = Participant.objects.filter(actor__in=actors_named(word)).values("event_id")
    return summaries_naming(word) | Q(pk__in=named) | Q(pk__in=Evidence.objects.filter(quotes_naming(word))
                                                        .values("event_id"))


def quotes_naming(word: str) -> Q:
    """Evidence quoting the word: from four letters on a part of a word ("nelayan" in "nelayan-nelayan"),
    a shorter one whole ("RI" is no part of "Amerika")."""
    part = Q(quote__icontains=word)
    if len(word) >= 4:
        return part
    return part & Q(quote__iregex=r"(^|\W)" + re.escape(word) + r"(\W|$)")


def summaries_naming(words: str) -> Q:
    """The events whose summaries have the search in whole words ("AS" is no part of "Nicolas",
    "RI" none of "Amerika"); from four letters on, a part of a word when no summary has it whole."""
    words = words.strip()
    part = Q(summary__icontains=words)
    # (the plain LIKE first: the database tries the pattern only on the summaries it kept)
    whole = part & Q(summary__iregex=r"(^|\W)" + re.escape(words) + r"(\W|$)")
    if len(words) < 4 or Event.objects.filter(whole).exists():
        return whole
    return part


def _whole_words(field: str, key: str) -> Q:
    """`field` holds `key` as whole words (keys are words joined by single spaces)."""
    return (Q(**{field: key}) | Q(**{f"{field}__startswith": key + " "}) | Q(**{f"{field}__endswith": " " + key})
            | Q(**{f"{field}__contains": f" {key} "}))
