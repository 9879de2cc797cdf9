"""The admin where staff correct what extraction found (issue 6).

Review is fast: events list unverified, low-confidence ones first, with bulk actions to
verify, retype, change status, merge and delete. Corrections are permanent: saving an event
here marks it edited (a person touched it), and re-running extraction never replaces such an
event (see timeline.ingest). Every change is recorded by django-simple-history with who and
when, visible under each object's "History".

Article text is untrusted: everything derived from it goes through format_html / escape.
"""
from __future__ import annotations

import re
from contextlib import nullcontext

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.contrib.admin.utils import NestedObjects
from django.contrib.auth.forms import AuthenticationForm
from django.db import models, router, transaction
from django.db.models import Case, Count, Exists, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from timeline import ingest, versions
from timeline.edit_conflicts import (RowsStillThereFormSet, UnchangedSinceOpenedForm, UnchangedSinceOpenedMixin,
                                     removed_by, unsaved)
from timeline.extraction.lang.profiles import PROFILES
from timeline.extraction.language import extracts
from timeline.extraction.types import period_of, precision_of
from timeline.queries import ARTICLE_TEXTS, same_event_reports, told_in
from timeline.reports import regrouped_after
from timeline.merge import kept_after_merges, keeper_rank, merge_actors, merge_events
from timeline.summaries import REWRITTEN, follow_rows, rewrite_summaries, rewrite_summary
from timeline.models import (Actor, ActorAlias, Article, ArticleVersion, Event, Evidence, Participant, TemporalExpression,
                             alias_key)

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def _change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def _changelist_url(model, **query) -> str:
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return url


def _short(text: str, limit: int) -> str:
    """The text cut to `limit` characters at a word boundary.

    >>> _short("Presiden Kolombia Gustavo Petro", 20)
    'Presiden Kolombia…'
    """
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,.;:–-") + "…"


def _highlight(evidence: Evidence):
    before, hit, after = evidence.sentence_parts()
    return format_html('{}<mark>{}</mark>{}', before, hit, after)


def describe_report(report: ingest.Report) -> str:
    """What one run of extraction changed, for an admin message.

    >>> from types import SimpleNamespace as R
    >>> describe_report(R(added=2, updated=3, removed=1, unchanged=0, protected=1, skipped=1, suppressed=2,
    ...                   timexes=5, actors=3))
    'events: 2 added, 3 updated, 1 removed, 0 unchanged, 1 kept as corrected by a person, 1 found again in an event a person corrected (not added), 2 deleted by a person not added again; 5 dates, 3 actors'
    """
    text = (f"events: {report.added} added, {getattr(report, 'updated', 0)} updated, {report.removed} removed, "
            f"{report.unchanged} unchanged, {report.protected} kept as corrected by a person")
    if report.skipped:
        # (the corrected event may be another article's, one a person merged this article's report into)
        text += f", {report.skipped} found again in an event a person corrected (not added)"
    if report.suppressed:
        text += f", {report.suppressed} deleted by a person not added again"
    text += f"; {report.timexes} dates, {report.actors} actors"
    if getattr(report, "rejected", 0):
        text += f" ({report.rejected} deleted by a person left out)"
    return text


_HISTORY_VERB = {"+": "added", "~": "changed", "-": "removed"}


def _related_history(rows, describe, limit: int = 30):
    """A list of historical rows of an inline model, newest first: when, who, what."""
    rows = sorted(rows, key=lambda r: r.history_date, reverse=True)[:limit]
    if not rows:
        return "No changes yet."
    return format_html('<ul style="margin-left:0">{}</ul>', format_html_join("", "<li>{} · {} · {} {}</li>", (
        (timezone.localtime(r.history_date).strftime("%Y-%m-%d %H:%M"),
         r.history_user.get_username() if r.history_user else "extraction",
         _HISTORY_VERB.get(r.history_type, r.history_type), describe(r)) for r in rows)))


def _participants_and_evidence_history(event_id: int):
    """Who changed an event's participants and evidence, and when (a deleted event's too)."""
    rows = list(Participant.history.filter(event_id=event_id))
    ids = {r.actor_id for r in rows}
    names = dict(Actor.history.filter(id__in=ids).order_by("history_date").values_list("id", "name"))
    names.update(Actor.objects.filter(pk__in=ids).values_list("pk", "name"))   # merged-away: last name
    participants = [(r, f"participant {names.get(r.actor_id, f'#{r.actor_id}')} ({r.role})") for r in rows]
    evidence = [(r, f"evidence “{_short(r.quote, 60)}”") for r in Evidence.history.filter(event_id=event_id)]
    labels = {id(r): text for r, text in participants + evidence}
    return _related_history([r for r, _ in participants + evidence], lambda r: labels[id(r)])


# --- Events -------------------------------------------------------------------------------

class EventForm(UnchangedSinceOpenedForm):
    related_histories = (("timeline.Participant", "event", "participants"), ("timeline.Evidence", "event", "evidence"))
    automatic_reasons = (REWRITTEN,)        # (a summary following their correction is no summary they wrote)

    class Meta:
        model = Event
        fields = "__all__"
        widgets = {"summary": forms.TextInput(attrs={"size": 80})}

    def clean_date(self):
        value = self.cleaned_data["date"].strip()
        if value and precision_of(value) is None:
            raise forms.ValidationError(
                "Write the date as a TIMEX3 value: 2026-02-03 (day), 2026-W06 (week), "
                "2026-02 (month) or 2026 (year); leave it empty when the text gives no date.")
        if value and period_of(value) is None:
            raise forms.ValidationError(f"{value} is no day, week, month or year of the calendar "
                                        "(a month from 01 to 12, a week from W01 to W52 or W53, a year from 0001).")
        return value


class EvidenceForm(forms.ModelForm):
    """Evidence by its quote or its offsets: the other is filled in from the article's text."""
    class Meta:
        model = Evidence
        fields = ["article", "quote", "start", "end", "sentence_start", "sentence_end"]
        widgets = {"quote": forms.Textarea(attrs={"rows": 2, "cols": 50})}

    def __init__(self, *args, parent: Event | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.parent = parent        # the event, not saved yet on its add page
        for name in ("article", "start", "end", "sentence_start", "sentence_end"):
            self.fields[name].required = False
        self.fields["quote"].required = False
        self.fields["article"].help_text = "Empty: the event's article."

    def clean(self):
        data = super().clean()
        article = data.get("article")
        if article is None:
            event_id = getattr(self.instance, "event_id", None)
            article = Article.objects.filter(events__pk=event_id).first() if event_id else None
            if article is None and self.parent is not None and self.parent.article_id:
                article = self.parent.article
            if article is None:
                raise forms.ValidationError("Choose the article this evidence is in.")
            data["article"] = self.instance.article = article
        text = article.text
        start, end, quote = data.get("start"), data.get("end"), data.get("quote") or ""
        # (a browser sends a text box's line breaks as CR LF: the article's are LF)
        quote = quote.replace("\r\n", "\n").replace("\r", "\n")
        offsets_changed = {"start", "end"} & set(self.changed_data)
        same = start is not None and end is not None and text[start:end] == quote
        if quote and not same and (start is None or end is None or ("quote" in self.changed_data
                                                                     and not offsets_changed)):
            found = text.find(quote)
            if found < 0:
                raise forms.ValidationError("The quote is not in the article's text.")
            if text.find(quote, found + 1) >= 0:
                times = text.count(quote)
                raise forms.ValidationError(f"The quote is in the article {times} times: give more of its words, "
                                            "or its start offset, to tell which.")
            start, end = found, found + len(quote)
        if start is None or end is None:
            raise forms.ValidationError("Give the quote, or its start and end offsets in the article.")
        if not 0 <= start < end <= len(text):
            raise forms.ValidationError(f"The offsets must satisfy 0 <= start < end <= {len(text)}.")
        data["start"], data["end"], data["quote"] = start, end, text[start:end]
        s_start, s_end = data.get("sentence_start"), data.get("sentence_end")
        if s_start is None or s_end is None or not (s_start <= start and end <= s_end <= len(text)):
            s_start = max([m.end() for m in SENTENCE_END.finditer(text, 0, start)], default=0)
            following = SENTENCE_END.search(text, end)
            s_end = following.start() if following else len(text)
        data["sentence_start"], data["sentence_end"] = s_start, s_end
        for name in ("start", "end", "quote", "sentence_start", "sentence_end"):
            setattr(self.instance, name, data[name])
        return data


class ParticipantInline(admin.TabularInline):
    model = Participant
    formset = RowsStillThereFormSet
    extra = 1
    autocomplete_fields = ["actor"]


class EvidenceFormSet(RowsStillThereFormSet):
    """Gives each evidence form its event, whose article an empty article stands for; refuses the
    same span twice."""

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "parent": self.instance}

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or data.get("start") is None:
                continue
            span = (getattr(data.get("article"), "pk", None), data["start"], data["end"])
            if span in seen:
                raise forms.ValidationError(f"The same evidence is given twice (“{_short(data['quote'], 60)}”).")
            seen.add(span)


class EvidenceInline(admin.StackedInline):
    model = Evidence
    form = EvidenceForm
    formset = EvidenceFormSet
    extra = 0
    autocomplete_fields = ["article"]
    readonly_fields = ["in_its_sentence"]
    fields = ["in_its_sentence", "article", "quote", ("start", "end"), ("sentence_start", "sentence_end")]

    @admin.display(description="in its sentence")
    def in_its_sentence(self, obj):
        return _highlight(obj) if obj.pk else "—"


class EventActionForm(ActionForm):
    """The action bar with the values that "set type" and "set status" apply."""
    type = forms.ChoiceField(choices=[("", "— type —"), *Event.Type.choices], required=False)
    status = forms.ChoiceField(choices=[("", "— status —"), *Event.Status.choices], required=False)


# The sidebar's lists stay short in a large archive (1,580 actors and 2,663 articles made the event
# list 218,000 px tall): the busiest actors, the latest articles, and the one chosen; the others are
# reached through the search box or the actor's and article's own pages ("events" links).
SIDEBAR_ROWS = 25


def _and_chosen(rows: list[tuple], chosen: str | None, pairs) -> list[tuple]:
    """The sidebar's (pk, label) rows, and the one chosen (from `pairs`) when it is not among them."""
    if chosen and chosen.isdigit() and int(chosen) not in {pk for pk, _ in rows}:
        rows = rows + list(pairs.filter(pk=int(chosen)))
    return rows


class ActorFilter(admin.SimpleListFilter):
    title = f"actor (the {SIDEBAR_ROWS} busiest; search for the others)"
    parameter_name = "actor"

    def lookups(self, request, model_admin):
        busiest = list(Actor.objects.annotate(n=Count("participations")).filter(n__gt=0)
                       .order_by("-n", "name").values_list("pk", "name")[:SIDEBAR_ROWS])
        return _and_chosen(busiest, self.value(), Actor.objects.values_list("pk", "name"))

    def queryset(self, request, queryset):
        # (the value is a string from the address, an id from `lookups` when "Show counts" asks each)
        if str(self.value() or "").isdigit():
            return queryset.filter(participants__actor_id=int(self.value()))
        return queryset


class YearFilter(admin.SimpleListFilter):
    """The latest years one by one, the earlier ones by decade ("1990s")."""
    title = "date"
    parameter_name = "year"
    YEARS = 15

    def lookups(self, request, model_admin):
        years = [d.year for d in Event.objects.dates("date_start", "year", order="DESC")]
        recent, older = years[:self.YEARS], years[self.YEARS:]
        decades = sorted({y - y % 10 for y in older}, reverse=True)
        return ([(str(y), str(y)) for y in recent] + [(f"{d}s", f"{d}s") for d in decades]
                + [("none", "undated")])

    def queryset(self, request, queryset):
        value = self.value() or ""
        if value == "none":
            return queryset.filter(date_start=None)
        if value.isdigit():
            year = int(value)
            return queryset.filter(date_start__year__lte=year, date_end__year__gte=year)
        if value.endswith("s") and value[:-1].isdigit():
            decade = int(value[:-1])
            return queryset.filter(date_start__year__lte=decade + 9, date_end__year__gte=decade)
        return queryset


class ArticleFilter(admin.SimpleListFilter):
    title = f"article (the {SIDEBAR_ROWS} latest; others from their page)"
    parameter_name = "article__id__exact"      # (the "events" links of the article pages give it)

    def lookups(self, request, model_admin):
        latest = list(Article.objects.filter(events__isnull=False).distinct()
                      .order_by("-created_at").values_list("pk", "title")[:SIDEBAR_ROWS])
        latest = _and_chosen(latest, self.value(), Article.objects.values_list("pk", "title"))
        return [(pk, _short(title, 60) or f"Article {pk}") for pk, title in latest]

    def queryset(self, request, queryset):
        if str(self.value() or "").isdigit():
            return queryset.filter(told_in(int(self.value())))     # (with the events merged from it)
        return queryset


class ReportsFilter(admin.SimpleListFilter):
    """The events other articles report too (timeline/reports.py): to check that they are one event
    and merge them, or tell them apart."""
    title = "reports"
    parameter_name = "reports"

    def lookups(self, request, model_admin):
        return [("several", "in several articles"), ("one", "in one article")]

    def queryset(self, request, queryset):
        several = Q(report_of__isnull=False) | Exists(Event.objects.filter(report_of=OuterRef("pk")))
        if self.value() == "several":
            return queryset.filter(several)
        if self.value() == "one":
            return queryset.exclude(several)
        return queryset


class ConfidenceFilter(admin.SimpleListFilter):
    """Bands of the probability that extraction got an event right (timeline/extraction/confidence.py)."""
    title = "confidence"
    parameter_name = "confidence"
    BANDS = {"low": ("likely wrong (under 0.5)", 0.0, 0.5), "mid": ("unsure (0.5 to 0.8)", 0.5, 0.8),
             "high": ("likely right (0.8 and over)", 0.8, None)}

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _, _) in self.BANDS.items()]

    def queryset(self, request, queryset):
        if self.value() not in self.BANDS:
            return queryset
        _, low, high = self.BANDS[self.value()]
        queryset = queryset.filter(confidence__gte=low)
        return queryset if high is None else queryset.filter(confidence__lt=high)


class FoldedNamesSearch:
    """The admin search finds actors by their names and aliases without case or diacritics, as the
    timeline does ("Ramírez" finds "Rafael Ramirez", "erdogan" "Erdoğan"): `folded_name_fields` are
    the key fields (alias_key) searched besides `search_fields`."""
    folded_name_fields: tuple = ()

    def get_search_results(self, request, queryset, search_term):
        results, distinct = super().get_search_results(request, queryset, search_term)
        key = alias_key(search_term)
        if not key or not self.folded_name_fields:
            return results, distinct
        folded = Q()
        for name in self.folded_name_fields:
            folded |= Q(**{f"{name}__contains": key})
        return results | queryset.filter(folded), True


class MergeMixin:
    """A merge changes the kept row and deletes the others: it needs both permissions (an action's
    `permissions` list asks for any one of them)."""
    def has_merge_permission(self, request):
        return self.has_change_permission(request) and self.has_delete_permission(request)


class RegroupedOnce:
    """Deleting rows (an article with its events, many events) and saving an event's participants
    regroup the reports of the same events once, at the end (timeline/reports.py), not at each row."""

    def delete_model(self, request, obj):
        with regrouped_after():
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with regrouped_after():
            super().delete_queryset(request, queryset)

    def save_related(self, request, form, formsets, change):
        with regrouped_after():
            super().save_related(request, form, formsets, change)

    # a bulk action in one transaction: quick ones (mark verified, set the status of 500 events), not
    # extraction re-run on many articles (the database's write lock held for minutes)
    atomic_actions = False

    def response_action(self, request, queryset):
        """A bulk action, regrouped once at its end."""
        with (transaction.atomic() if self.atomic_actions else nullcontext()), regrouped_after():
            return super().response_action(request, queryset)


@admin.register(Event)
class EventAdmin(RegroupedOnce, UnchangedSinceOpenedMixin, FoldedNamesSearch, MergeMixin, SimpleHistoryAdmin):
    form = EventForm
    action_form = EventActionForm
    atomic_actions = True
    list_display = ["date_display", "precision", "type", "status", "summary_short", "actor_names", "article_link",
                    "confidence", "verified", "edited"]
    list_display_links = ["date_display", "summary_short"]
    list_filter = ["verified", ConfidenceFilter, "type", "status", YearFilter, ActorFilter, "date_source", "origin", "edited",
                   ReportsFilter, ArticleFilter]
    search_fields = ["evidence__quote", "summary", "location", "participants__actor__name"]
    folded_name_fields = ("participants__actor__key", "participants__actor__aliases__key")
    ordering = ["verified", "confidence", "date_start", "pk"]
    date_hierarchy = "date_start"
    list_per_page = 50
    autocomplete_fields = ["article"]
    readonly_fields = ["evidence_in_context", "precision", "date_source", "origin", "trigger", "edited", "created_at",
                       "updated_at", "inline_history", "same_event"]
    fieldsets = [
        (None, {"fields": ["evidence_in_context", "type", "status", ("date", "precision", "date_source"), "summary", "location",
                           "article", "same_event", "confidence", "verified"]}),
        ("Provenance", {"fields": ["origin", "trigger", "edited", "created_at", "updated_at", "inline_history"],
                        "classes": ["collapse"]}),
    ]
    inlines = [ParticipantInline, EvidenceInline]
    actions = ["mark_verified", "set_type", "set_status", "merge_selected", "delete_selected"]
    object_history_template = "admin/timeline/event/object_history.html"

    def get_queryset(self, request):
        return (super().get_queryset(request).select_related("article").defer(*ARTICLE_TEXTS)
                .prefetch_related("participants__actor"))

    @admin.display(description="date", ordering="date_start")
    def date_display(self, obj):
        return obj.date or "undated"

    @admin.display(description="summary", ordering="summary")
    def summary_short(self, obj):
        return _short(obj.summary, 90) or "(no summary)"

    @admin.display(description="actors")
    def actor_names(self, obj):
        return ", ".join(f"{p.actor.name} ({p.role})" if p.role != "participant" else p.actor.name
                         for p in obj.participants.all())

    @admin.display(description="article", ordering="article__title")
    def article_link(self, obj):
        if obj.article is None:
            return "—"
        return format_html('<a href="{}" title="{}">{}</a>', _change_url(obj.article), str(obj.article),
                           _short(str(obj.article), 40))

    @admin.display(description="evidence in its sentence")
    def evidence_in_context(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        items = obj.evidence.select_related("article")
        if not items:
            return "No evidence: add a span below."
        return format_html_join(
            "", '<blockquote class="evidence" style="margin:0 0 .5em">{}<br><small>— <a href="{}">{}</a>, '
                'characters {}–{}</small></blockquote>',
            ((_highlight(e), _change_url(e.article), str(e.article), e.start, e.end) for e in items))

    @admin.display(description="also reported in")
    def same_event(self, obj):
        """The other articles' reports of the same event, which the timeline shows as one."""
        if obj is None or obj.pk is None:
            return "—"
        reports, count = same_event_reports(obj)
        if not reports:
            return ("No other article (the same type, status, day and at least two actors, or the one actor; a plan "
                    "being a report of the event held).")
        listed = format_html_join(", ", '<a href="{}">#{}</a> {}', (
            (_change_url(e), e.pk, _short(str(e.article), 50) if e.article else "entered by a person") for e in reports))
        more = f" and {count - len(reports)} more" if count > len(reports) else ""
        first = obj.report_of_id or obj.pk
        group = [first, *Event.objects.filter(report_of=first).values_list("pk", flat=True)]
        # (the report shown: the one a person corrected last, else the first published; timeline/reports.py)
        shown = "this report" if first == obj.pk else format_html('<a href="{}">#{}</a>', _change_url(obj.report_of), first)
        return format_html("{}{}. The timeline shows them as one event, by {} (the report a person corrected last, "
                           "else the first published); to make them one here too, "
                           '<a href="{}">list them together</a>, select them and merge them.', listed, more, shown,
                           _changelist_url(Event, id__in=",".join(map(str, sorted(group)))))

    @admin.display(description="participants and evidence history")
    def inline_history(self, obj):
        """Who changed the participants and evidence, and when (the event's own fields: History)."""
        if obj is None or obj.pk is None:
            return "—"
        return _participants_and_evidence_history(obj.pk)

    def history_view(self, request, object_id, extra_context=None):
        """The event's History, its own fields' changes, then its participants' and evidence's (kept in
        their own tables by django-simple-history: else seen only under the change page's Provenance)."""
        related = _participants_and_evidence_history(int(object_id)) if str(object_id).isdigit() else ""
        return super().history_view(request, object_id, {**(extra_context or {}), "related_history": related})

    def view_on_site(self, obj):
        """The event's detail on the timeline."""
        return reverse("timeline:detail", args=[obj.pk])

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """An event merged away: its address leads to the event it was merged into."""
        if object_id.isdigit() and not Event.objects.filter(pk=object_id).exists() \
                and (kept := kept_after_merges(int(object_id))) is not None:
            if request.method == "POST":    # (the form was open while someone merged the event away)
                gone = Event.history.filter(id=int(object_id), history_type="-").order_by("-history_id").first()
                lost = unsaved(Event, request.POST, gone)
                self.message_user(request, f"Your changes were not saved: event #{object_id} was merged into event "
                                           f"#{kept}{removed_by(Event, int(object_id))} after you opened it. Here it "
                                           "is: make them here" + (f" ({'; '.join(lost)})." if lost else "."),
                                  messages.WARNING)
            else:
                self.message_user(request, f"Event #{object_id} was merged into event #{kept}: here it is.",
                                  messages.INFO)
            return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[kept]))
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change:
            obj.edited = True
        else:
            obj.origin = Event.Origin.HUMAN
        if "summary" in form.changed_data or not change:
            obj.summary_edited = bool(obj.summary)     # (emptied: one is written for them)
        if not change or "date" in form.changed_data:
            obj.date_source = Event.DateSource.PERSON if obj.date else ""
        if "_verify_next" in request.POST:
            obj.verified = True
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        event = form.instance
        # the summary follows what it is made of, unless the person writes it (emptied: write it)
        made_of = {"type", "status", "location"} & set(form.changed_data) or any(
            fs.has_changed() for fs in formsets if fs.model is Participant)
        if (made_of or not event.summary) and ("summary" not in form.changed_data or not event.summary):
            rewrite_summary(event)
        # (asked of the tables: the admin's queryset may have prefetched the rows as they were)
        missing = [what for what, there in (
            ("no participant: it shows in no actor's lane", Participant.objects.filter(event=event).exists()),
            ("no evidence: nothing traces it to a text", Evidence.objects.filter(event=event).exists()))
            if not there]
        if missing:
            self.message_user(request, f"“{event}” has " + ", and ".join(missing) + ".", messages.WARNING)

    def response_change(self, request, obj):
        """"Save, mark verified and review the next": on to the next event to review."""
        if "_verify_next" not in request.POST:
            return super().response_change(request, obj)
        following = (Event.objects.filter(verified=False, article=obj.article).exclude(pk=obj.pk)
                     .order_by("confidence", "date_start", "pk").first())
        # (the list's filters and search go along, as with the admin's own buttons)
        keep = {"preserved_filters": self.get_preserved_filters(request), "opts": self.opts}
        if following is None:
            self.message_user(request, f"Verified “{obj}”. No unverified event is left in its article.",
                              messages.SUCCESS)
            return HttpResponseRedirect(add_preserved_filters(keep, _changelist_url(Event)))
        self.message_user(request, f"Verified “{obj}”. Next to review:", messages.SUCCESS)
        return HttpResponseRedirect(add_preserved_filters(keep, _change_url(following)))

    # Bulk actions. Each row is saved on its own so that history records it, with the user.

    @admin.action(description="Mark selected events as verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        count = 0
        for event in queryset.filter(verified=False):
            event.verified = True
            event.save(update_fields=["verified", "updated_at"])
            count += 1
        self.message_user(request, f"Marked {count} event(s) as verified.", messages.SUCCESS)

    def _set_field(self, request, queryset, field):
        value = request.POST.get(field, "")
        choices = dict(Event._meta.get_field(field).choices)
        if value not in choices:
            self.message_user(request, f"Choose a {field} in the action bar first. Nothing was changed.",
                              messages.WARNING)
            return
        count = 0
        for event in queryset.exclude(**{field: value}):
            setattr(event, field, value)
            event.edited = True
            follow_rows(event)
            event.save(update_fields=[field, "edited", "summary", "updated_at"])
            count += 1
        self.message_user(request, f"Set the {field} of {count} event(s) to {choices[value]}.", messages.SUCCESS)

    @admin.action(description="Set type (chosen in the action bar) of selected events", permissions=["change"])
    def set_type(self, request, queryset):
        return self._set_field(request, queryset, "type")

    @admin.action(description="Set status (chosen in the action bar) of selected events", permissions=["change"])
    def set_status(self, request, queryset):
        return self._set_field(request, queryset, "status")

    @admin.action(description="Merge selected events into one", permissions=["merge"])
    def merge_selected(self, request, queryset):
        events = list(queryset.select_related("article").prefetch_related("participants__actor", "evidence"))
        if len(events) < 2:
            self.message_user(request, "Select at least two events to merge.", messages.WARNING)
            return None
        if request.POST.get("post") == "yes":
            keep = next((e for e in events if str(e.pk) == request.POST.get("keep")), None)
            if keep is None:
                self.message_user(request, "Choose the event to keep.", messages.ERROR)
                return None
            merged = merge_events(events, into=keep)
            self.message_user(request, format_html('Merged {} events into <a href="{}">{}</a>.',
                                                   len(events), _change_url(merged), str(merged)),
                              messages.SUCCESS)
            return None
        proposed = min(events, key=keeper_rank)
        warnings = []
        if len(types := {e.get_type_display() for e in events}) > 1:
            warnings.append(f"These events are of different types ({', '.join(sorted(types))}): the kept "
                            "event's type stays. Are they one event?")
        if len(dates := {e.date for e in events if e.date}) > 1:
            warnings.append(f"These events have different dates ({', '.join(sorted(dates))}): the kept event's "
                            "date stays.")
        if len(statuses := {e.get_status_display() for e in events}) > 1:
            warnings.append(f"These events have different statuses ({', '.join(sorted(statuses))}): the kept "
                            "event's status stays. A plan and what came of it are one event only when it is "
                            "the same occasion.")
        why = ("verified" if proposed.verified else "corrected by a person" if proposed.is_protected
               else "it tells what happened" if proposed.status in (Event.Status.OCCURRED, Event.Status.CANCELLED)
               and any(e.status not in (Event.Status.OCCURRED, Event.Status.CANCELLED) for e in events)
               else "the surest")
        return _confirm_merge(self, request, events, proposed, "merge_selected", "events", (
            "The kept event gets every evidence span (with its source article) and every participant; "
            "its type, status and date stay, and its summary is written again for its participants "
            "(unless a person wrote it). The others are deleted. The result is marked edited, so "
            "re-running extraction will not replace it."), warnings, why)


def _confirm_merge(model_admin, request, objects, proposed, action, noun, explanation, warnings=(), why=""):
    opts = model_admin.model._meta
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"Merge {noun}: choose the one to keep",
        "objects": objects,
        "proposed": proposed,
        "proposed_why": why,
        "action": action,
        "noun": noun,
        "explanation": explanation,
        "warnings": warnings,
        "opts": opts,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": model_admin.media,
    }
    request.current_app = model_admin.admin_site.name
    return TemplateResponse(request, "admin/timeline/merge_confirmation.html", context)


# --- Actors -------------------------------------------------------------------------------

class ActorAliasForm(forms.ModelForm):
    class Meta:
        model = ActorAlias
        fields = ["name"]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        owner = ActorAlias.objects.filter(key=alias_key(name)).exclude(pk=self.instance.pk).select_related("actor")
        if owner:
            raise forms.ValidationError(f"“{name}” is already an alias of {owner[0].actor.name}: "
                                        "merge the two actors instead.")
        other = Actor.objects.filter(key=alias_key(name)).exclude(pk=self.instance.actor_id).first()
        if other is not None:
            raise forms.ValidationError(f"“{name}” is the name of another actor: merge the two actors instead.")
        own = getattr(self.instance, "actor", None) if self.instance.actor_id else None
        if own is not None and alias_key(own.name) == alias_key(name):
            raise forms.ValidationError(f"“{name}” is the actor's own name.")
        return name


class ActorAliasFormSet(RowsStillThereFormSet):
    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            name = form.cleaned_data.get("name") if hasattr(form, "cleaned_data") else None
            if not name or form.cleaned_data.get("DELETE"):
                continue
            if alias_key(name) in seen:
                raise forms.ValidationError(f"“{name}” is listed twice.")
            seen.add(alias_key(name))


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    form = ActorAliasForm
    formset = ActorAliasFormSet
    extra = 1


class SpelledOtherwiseFilter(admin.SimpleListFilter):
    """Actors another actor names the same way but for case or diacritics ("Billstrom" and
    "Billström"), left from before names were compared without them: merge them."""
    title = "spelled otherwise"
    parameter_name = "spelled"

    def lookups(self, request, model_admin):
        return [("twice", "as another actor (merge them)")]

    def queryset(self, request, queryset):
        if self.value() != "twice":
            return queryset
        shared = Actor.objects.values("key").annotate(n=Count("pk")).filter(n__gt=1).values("key")
        return queryset.filter(key__in=shared)


class ActorForm(UnchangedSinceOpenedForm):
    related_histories = (("timeline.ActorAlias", "actor", "aliases"),)

    class Meta:
        model = Actor
        fields = ["name", "kind", "title", "country"]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        other = Actor.objects.filter(key=alias_key(name)).exclude(pk=self.instance.pk).first()
        if other is not None and other.name != name:     # (the same name exactly: the unique check says so)
            raise forms.ValidationError(f"“{name}” is {other.name} spelled otherwise: merge the two actors instead.")
        alias = ActorAlias.objects.filter(key=alias_key(name)).exclude(actor_id=self.instance.pk) \
            .select_related("actor").first()
        if alias is not None:           # one name stands for one actor
            raise forms.ValidationError(f"“{name}” already names {alias.actor.name} (an alias): "
                                        "use that actor, or take the alias off it first.")
        return name

    def clean_country(self):
        country = self.cleaned_data.get("country")
        if country is not None and self.instance.pk and country.pk == self.instance.pk:
            raise forms.ValidationError("An actor does not serve itself.")
        return country


@admin.register(Actor)
class ActorAdmin(RegroupedOnce, UnchangedSinceOpenedMixin, FoldedNamesSearch, MergeMixin, SimpleHistoryAdmin):
    form = ActorForm
    list_display = ["name", "kind", "title", "country", "alias_names", "event_count"]
    list_filter = ["kind", SpelledOtherwiseFilter]
    search_fields = ["name", "aliases__name", "title"]
    folded_name_fields = ("key", "aliases__key")
    autocomplete_fields = ["country"]
    readonly_fields = ["events_of_actor", "created_at", "updated_at", "alias_history"]
    fields = ["name", "kind", "title", "country", "events_of_actor", "created_at", "updated_at", "alias_history"]
    inlines = [ActorAliasInline]
    actions = ["merge_selected", "delete_selected"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and {"name", "kind", "country"} & set(form.changed_data):
            rewrite_summaries(form.instance.events.all())       # the summaries name it as it is now

    # a deleted actor takes part in nothing: the summaries that named it are written without it
    def delete_model(self, request, obj):
        self._deleting([obj.pk], lambda: super(ActorAdmin, self).delete_model(request, obj))

    def delete_queryset(self, request, queryset):
        self._deleting(list(queryset.values_list("pk", flat=True)),
                       lambda: super(ActorAdmin, self).delete_queryset(request, queryset))

    @staticmethod
    def _deleting(actor_ids, delete):
        events = list(Event.objects.filter(participants__actor__in=actor_ids).values_list("pk", flat=True))
        delete()
        rewrite_summaries(Event.objects.filter(pk__in=events))

    def get_queryset(self, request):
        return (super().get_queryset(request).select_related("country").prefetch_related("aliases")
                .annotate(n_events=Count("participations", distinct=True)).order_by("name"))   # (a count drops Meta.ordering)

    def get_search_results(self, request, queryset, search_term):
        """The actors found, the closest first (the participant row's autocomplete offers them so, and
        Enter picks the first): the one the words name exactly, by its name, then by an alias, then those
        whose name begins so, then the others ("Indonesia" before "Prabowo Subianto", Presiden Indonesia)."""
        results, distinct = super().get_search_results(request, queryset, search_term)
        key = alias_key(search_term)
        if not key:
            return results, distinct
        closeness = Case(When(key=key, then=Value(0)),
                         When(Exists(ActorAlias.objects.filter(actor=OuterRef("pk"), key=key)), then=Value(1)),
                         When(key__startswith=key, then=Value(2)), default=Value(3))
        return results.annotate(closeness=closeness).order_by("closeness", "name"), distinct

    @admin.display(description="aliases")
    def alias_names(self, obj):
        return ", ".join(a.name for a in obj.aliases.all())

    @admin.display(description="events", ordering="n_events")
    def event_count(self, obj):
        return format_html('<a href="{}">{}</a>', _changelist_url(Event, actor=obj.pk), obj.n_events)

    @admin.display(description="events")
    def events_of_actor(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        roles = Participant.objects.filter(actor=obj).select_related("event")
        shown = list(roles.order_by("event__date_start", "event_id")[:20])
        if not shown:
            return "No events."
        rows = format_html_join("", '<li><a href="{}">{}</a> ({})</li>', (
            (_change_url(p.event), str(p.event), p.role) for p in shown))
        return format_html('<ul style="margin-left:0">{}</ul><a href="{}">All {} events in the admin</a> · '
                           '<a href="{}">on the timeline</a>',
                           rows, _changelist_url(Event, actor=obj.pk), roles.count(), obj.get_absolute_url())

    @admin.display(description="alias history")
    def alias_history(self, obj):
        """Who added, changed or removed its aliases, and when (merges add the merged-away names)."""
        if obj is None or obj.pk is None:
            return "—"
        return _related_history(ActorAlias.history.filter(actor_id=obj.pk), lambda r: f"alias “{r.name}”")

    @admin.action(description="Merge selected actors (choose the one to keep)", permissions=["merge"])
    def merge_selected(self, request, queryset):
        actors = list(queryset)
        if len(actors) < 2:
            self.message_user(request, "Select at least two actors to merge.", messages.WARNING)
            return None
        if request.POST.get("post") == "yes":
            keep = next((a for a in actors if str(a.pk) == request.POST.get("keep")), None)
            if keep is None:
                self.message_user(request, "Choose the actor to keep.", messages.ERROR)
                return None
            names = ", ".join(a.name for a in actors if a.pk != keep.pk)
            kept = merge_actors(actors, keep=keep)
            self.message_user(request, f"Merged {names} into {kept.name}: their events moved to it and their "
                                       "names are now its aliases.", messages.SUCCESS)
            return None
        proposed = max(actors, key=lambda a: (a.n_events, len(a.name), -a.pk))
        warnings = []
        if len(kinds := {a.get_kind_display() for a in actors}) > 1:
            warnings.append(f"These actors are of different kinds ({', '.join(sorted(kinds))}): a country and "
                            "the person who leads it, or a body and its head, are two actors.")
        return _confirm_merge(self, request, actors, proposed, "merge_selected", "actors", (
            "Every event of the others moves to the kept actor with its role; their aliases move to it "
            "and their names become its aliases, so re-running extraction resolves them to it. "
            "The others are deleted."), warnings, "in the most events, with the fullest name")


# --- Articles -----------------------------------------------------------------------------

def _https_urls(db_field, **kwargs):
    """URL fields assume https when the scheme is left out (Django 6's default, said now)."""
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


class LanguageFilter(admin.SimpleListFilter):
    """The languages the articles are in, by name: those not extracted found at once."""
    title = "language"
    parameter_name = "lang"

    def lookups(self, request, model_admin):
        names = dict(_language_choices())
        codes = Article.objects.order_by().values_list("lang", flat=True).distinct()
        return sorted(((code, names.get(code, code)) for code in codes), key=lambda c: c[1])

    def queryset(self, request, queryset):
        return queryset.filter(lang=self.value()) if self.value() else queryset


def _language_choices() -> list[tuple[str, str]]:
    return [(code, name if extracts(code) else f"{name} (not extracted)") for code, (name, _) in PROFILES.items()]


class ArticleForm(UnchangedSinceOpenedForm):
    lang = forms.ChoiceField(
        label="Language", choices=_language_choices,
        help_text="Read from the text when it was uploaded. Changing it re-runs extraction (only "
                  "Indonesian is extracted; events corrected by a person stay as they are).")

    class Meta:
        model = Article
        fields = ["title", "outlet", "url", "published", "lang"]
        formfield_callback = _https_urls
        help_texts = {"published": "Changing it re-runs extraction, so that relative dates are resolved "
                                   "against it (events corrected by a person stay as they are)."}


class _TextlessCollector(NestedObjects):
    """The admin's collector of what a delete takes with it, without the article's text in each
    row it loads: it joins every related row (event, evidence span, timex) to its article, and
    an article of 2 MB with 2,000 events was loaded 2,000 times over (gigabytes)."""

    def related_objects(self, related_model, related_fields, objs):
        qs = super().related_objects(related_model, related_fields, objs)
        heavy = [f"{field.name}__{name}" for field in related_fields if field.related_model is Article
                 for name in ("text", "raw_text")]
        return qs.defer(*heavy) if heavy else qs


@admin.register(Article)
class ArticleAdmin(RegroupedOnce, UnchangedSinceOpenedMixin, SimpleHistoryAdmin):
    form = ArticleForm
    list_display = ["__str__", "outlet", "published", "published_source", "status", "event_count", "created_at"]
    list_filter = ["status", "published_source", LanguageFilter, "outlet"]

    class Media:
        css = {"all": ["timeline/admin.css"]}     # (the title column a readable width)
    search_fields = ["title", "outlet", "url", "filename"]
    date_hierarchy = "published"
    readonly_fields = ["published_source", "status", "error_display", "extracted_at", "events_of_article",
                       "text_display", "versions_of_article", "filename", "uploaded_by", "content_hash", "created_at",
                       "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "outlet", "url", ("published", "published_source"), "lang"]}),
        ("Extraction", {"fields": [("status", "extracted_at"), "error_display", "events_of_article"]}),
        ("Text", {"fields": ["text_display", "versions_of_article"]}),
        ("Upload", {"fields": ["filename", "uploaded_by", "content_hash", "created_at", "updated_at"],
                    "classes": ["collapse"]}),
    ]
    actions = ["rerun_extraction", "delete_selected"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def has_add_permission(self, request):
        # Articles come in through the upload page, which runs extraction on them.
        return False

    def get_deleted_objects(self, objs, request):
        """What deleting articles takes with it, for the confirmation page: each article, and a
        summary by kind (not every event, evidence span and participant: an article of 2 MB has
        thousands). Corrections are never lost: an article whose events a person created, edited
        or verified (or whose text is evidence for such an event) cannot be deleted; the admin
        lists those events as protected, for staff to handle first."""
        if not objs:
            return [], {}, set(), []
        collector = _TextlessCollector(using=router.db_for_write(Article), origin=objs)
        collector.collect(objs)
        # (an article's previous versions go with it: no one deletes them on their own, which their
        # admin's has_delete_permission says, and which made every article ever updated undeletable)
        perms_needed = {model._meta.verbose_name for model in collector.model_objs
                        if self.admin_site.is_registered(model) and model is not ArticleVersion
                        and not self.admin_site.get_model_admin(model).has_delete_permission(request)}
        model_count = {model._meta.verbose_name_plural: len(found) for model, found in collector.model_objs.items()}
        deleted = [format_html('{}: <a href="{}">{}</a>', Article._meta.verbose_name.capitalize(),
                               reverse("admin:timeline_article_change", args=[obj.pk]), obj) for obj in objs]
        protected = [str(obj) for obj in collector.protected]
        articles = [obj.pk for obj in objs]
        touched = (Event.objects.filter(Q(article__in=articles) | Q(evidence__article__in=articles))
                   .filter(Event.protected()).distinct())
        protected = [*protected, *(format_html('{}: <a href="{}">{}</a>', Event._meta.verbose_name.capitalize(),
                                               reverse("admin:timeline_event_change", args=[e.pk]), e)
                                   for e in touched)]
        return deleted, model_count, perms_needed, protected

    def get_queryset(self, request):
        """Each article with the number of events it tells (`queries.told_in`): its own and those
        merged from it into another article's event, as its page and the event list's filter count."""
        own = Event.objects.filter(article=OuterRef("pk")).values("article").annotate(n=Count("pk")).values("n")
        merged = (Evidence.objects.filter(article=OuterRef("pk")).exclude(event__article=OuterRef("pk"))
                  .values("article").annotate(n=Count("event", distinct=True)).values("n"))
        return super().get_queryset(request).annotate(
            n_events=Coalesce(Subquery(own), 0) + Coalesce(Subquery(merged), 0))

    @admin.display(description="events", ordering="n_events")
    def event_count(self, obj):
        return format_html('<a href="{}">{}</a>', _changelist_url(Event, article__id__exact=obj.pk), obj.n_events)

    @admin.display(description="extraction error")
    def error_display(self, obj):
        return format_html('<pre style="white-space:pre-wrap">{}</pre>', obj.error) if obj.error else "—"

    @admin.display(description="cleaned text")
    def text_display(self, obj):
        return format_html('<div style="white-space:pre-wrap;max-width:60em">{}</div>', obj.text or obj.raw_text)

    @admin.display(description="previous versions")
    def versions_of_article(self, obj):
        """The texts newer uploads of it replaced (timeline/versions.py), to read or restore."""
        versions = list(obj.versions.all()) if obj is not None and obj.pk else []
        if not versions:
            return "None: the text is the one first uploaded."
        return format_html_join(mark_safe("<br>"), '<a href="{}">{}</a> · {} characters · replaced {} ({})', (
            (reverse("admin:timeline_articleversion_change", args=[v.pk]), v.title or "untitled",
             f"{len(v.text or v.raw_text):,}", v.replaced, v.reason or "a newer upload")
            for v in versions))

    @admin.display(description="events")
    def events_of_article(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return format_html('<a href="{}">{} events in the admin</a> · <a href="{}?article={}">on the timeline</a>',
                           _changelist_url(Event, article__id__exact=obj.pk), Event.objects.filter(told_in(obj.pk)).count(),
                           reverse("timeline:index"), obj.pk)

    def save_model(self, request, obj, form, change):
        """A new publication date re-resolves the relative dates: it re-runs extraction.
        An emptied date lets extraction find the date again (in the dateline, or inferred).
        A new language re-runs extraction too (a language it does not read: nothing is extracted)."""
        if change and "published" in form.changed_data:
            new_date = obj.published
            obj.published = form.initial.get("published")
            super().save_model(request, obj, form, change)
            report = ingest.set_publication_date(obj, new_date, source="given")
            self._report(request, obj, report, "New publication date, extraction re-run")
        elif change and "lang" in form.changed_data:
            super().save_model(request, obj, form, change)
            self._report(request, obj, ingest.run_extraction(obj), "New language, extraction re-run")
        else:
            super().save_model(request, obj, form, change)

    def _report(self, request, article, report, what):
        name = _short(str(article), 80)
        if report.error and not extracts(article.lang):     # (a language set on purpose: no failure)
            self.message_user(request, f"{name}: {what}: {report.error}", messages.INFO)
            return
        if report.error == ingest.ALREADY_RUNNING:
            # (the run under way reads the article's date and language again before it saves)
            self.message_user(request, f"{name}: extraction is already running on this article; it uses the "
                                       "article as it is when it ends, your change included.", messages.INFO)
            return
        if report.error:
            self.message_user(request, f"{name}: {what} failed: {report.error}", messages.ERROR)
            return
        self.message_user(request, f"{name}: {what}: {describe_report(report)}.", messages.SUCCESS)
        if getattr(report, "to_check", None):
            # corrections are kept as they are; a date a person did not set may have moved with the article's
            links = format_html_join(", ", '<a href="{}">#{}</a> (extraction now reads {})', (
                (reverse("admin:timeline_event_change", args=[pk]), pk, date or "no date") for pk, date in report.to_check))
            self.message_user(request, format_html(
                "{}: the dates of corrected events were kept as they are; check them: {}.", name, links),
                messages.WARNING)

    @admin.action(description="Re-run extraction on selected articles", permissions=["change"])
    def rerun_extraction(self, request, queryset):
        for article in queryset:
            self._report(request, article, ingest.run_extraction(article), "extraction re-run")


@admin.register(ArticleVersion)
class ArticleVersionAdmin(admin.ModelAdmin):
    """The texts an article had before a newer upload of it replaced them: read-only, and restorable
    (the text replaced by the restore is kept as a version in turn). Those who may view articles may
    view them; those who may change articles may restore them."""
    list_display = ["__str__", "article", "replaced_at", "replaced_by", "reason"]
    list_filter = [("article", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "article__title"]
    fields = ["article", "title", "outlet", "url", "filename", ("published", "published_source"), "uploaded_at",
              "replaced_at", "replaced_by", "reason", "text_display", "differences"]
    readonly_fields = fields[:3] + ["url", "filename", "published", "published_source", "uploaded_at", "replaced_at",
                                    "replaced_by", "reason", "text_display", "differences"]
    actions = ["restore_version"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False        # (nothing uploaded is lost; deleting the article takes its versions with it)

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("timeline.view_article") or request.user.has_perm("timeline.change_article")

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_restore_permission(self, request):
        return request.user.has_perm("timeline.change_article")

    @admin.display(description="text")
    def text_display(self, obj):
        return format_html('<div style="white-space:pre-wrap;max-width:60em">{}</div>', obj.text or obj.raw_text)

    @admin.display(description="against the article's text now")
    def differences(self, obj):
        """The lines of this version and of the text now that the other lacks."""
        import difflib
        now = (obj.article.text or obj.article.raw_text).splitlines()
        then = (obj.text or obj.raw_text).splitlines()
        lines = [line for line in difflib.unified_diff(then, now, "this version", "now", lineterm="", n=0)
                 if line[:1] in "+-" and not line.startswith(("+++", "---"))]
        if not lines:
            return "The same lines."
        return format_html('<div style="white-space:pre-wrap;max-width:60em;font-family:monospace">{}</div>',
                           "\n".join(line[:1] + " " + line[1:] for line in lines[:200]))

    @admin.action(description="Restore the selected version (the text now is kept as a version)",
                  permissions=["restore"])
    def restore_version(self, request, queryset):
        for version in queryset.select_related("article"):
            _, changed, lost = versions.restore(version, request.user)
            version.article.refresh_from_db()      # (the text restored, as the upload reads its new version)
            report = ingest.run_extraction(version.article)
            what = describe_report(report) if report.ok else f"extraction failed: {report.error}"
            self.message_user(request, f"{_short(str(version.article), 80)}: the version of "
                                       f"{version.replaced} restored; {what}.",
                              messages.SUCCESS if report.ok else messages.ERROR)


@admin.register(TemporalExpression)
class TemporalExpressionAdmin(admin.ModelAdmin):
    """What the tagger found, to check it: read-only, replaced by each extraction."""
    list_display = ["text", "value", "type", "mod", "confidence", "note", "article"]
    list_filter = ["type", ("article", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["text", "value"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


# One login for everyone: viewers (non-staff) log in here too, to browse a timeline that is not
# public, and are sent back to it. The admin itself still lets only active staff in
# (AdminSite.has_permission); a viewer who opens it is shown this login page again.
admin.site.login_form = AuthenticationForm
admin.site.site_header = "Newsline admin"
admin.site.site_title = "Newsline admin"
admin.site.index_title = "Correct what extraction found"
admin.site.enable_nav_sidebar = False  # the review lists need the width
