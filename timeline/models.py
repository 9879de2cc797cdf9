"""Articles, the actors and dated events extracted from them, and the people's corrections.

An event a person created, edited or verified is *protected*: re-running extraction never
deletes or overwrites it (see `Event.is_protected`).
"""
from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from timeline.extraction.names import fold
from timeline.extraction.taxonomy import BY_CODE, EVENT_TYPES
from timeline.extraction.types import period_of, precision_of


def content_hash(text: str) -> str:
    """A stable fingerprint of an article's text, to spot the same article uploaded twice."""
    normal = " ".join(text.split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def alias_key(name: str) -> str:
    """How actor names are compared: case-folded, without diacritics ("Erdoğan" is "Erdogan"),
    inner whitespace collapsed."""
    return fold(" ".join(name.split()))


class Article(models.Model):
    class DateSource(models.TextChoices):
        GIVEN = "given", "given by the user"
        DATELINE = "dateline", "found in the dateline or byline"
        METADATA = "metadata", "found in the page metadata"
        FILENAME = "filename", "given by the file name"
        INFERRED = "inferred", "inferred from the dates in the text"
        UNKNOWN = "unknown", "unknown"

    class Status(models.TextChoices):
        PENDING = "pending", "waiting for extraction"
        RUNNING = "running", "extracting"
        DONE = "done", "extracted"
        FAILED = "failed", "extraction failed"

    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField("outlet / source", max_length=200, blank=True)
    url = models.URLField("URL", max_length=1000, blank=True)
    filename = models.CharField("uploaded file", max_length=255, blank=True)
    lang = models.CharField("language", max_length=8, default="id")
    published = models.DateField("publication date", null=True, blank=True)
    published_source = models.CharField(
        "publication date from", max_length=10, choices=DateSource.choices, default=DateSource.UNKNOWN)
    raw_text = models.TextField("text as uploaded")
    text = models.TextField("cleaned text", blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    # the same upload is known again after the text's cleaning changed (a new version of Newsline)
    raw_hash = models.CharField("fingerprint of the text as uploaded", max_length=64, db_index=True,
                                editable=False, default="")
    status = models.CharField("extraction", max_length=10, choices=Status.choices, default=Status.PENDING)
    error = models.TextField("extraction error", blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["raw_text", "text"])

    class Meta:
        ordering = ["-published", "-created_at"]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def save(self, *args, **kwargs):
        if not self.content_hash:
            self.content_hash = content_hash(self.raw_text)
        if not self.raw_hash:
            self.raw_hash = content_hash(self.raw_text)
        super().save(*args, **kwargs)


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "person"
        COUNTRY = "country", "country"
        ORGANIZATION = "organization", "organization"
        PLACE = "place", "place"

    name = models.CharField(max_length=200, unique=True)
    key = models.CharField(max_length=200, db_index=True, editable=False, default="",
                           help_text="The name as names are compared (alias_key)")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    title = models.CharField(max_length=200, blank=True, help_text="For a person: the office, e.g. Presiden")
    country = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="people",
        limit_choices_to={"kind": "country"}, help_text="For a person: the country served")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("timeline:index") + f"?actor={self.pk}"

    def save(self, *args, **kwargs):
        """A renamed actor keeps its old name as an alias, so that extraction, finding that name
        again, finds this actor and not a new one; an alias of its own that is its new name is
        no alias any more (renamed back, "Kuba" is not also an alias of "Kuba")."""
        self.key = alias_key(self.name)
        fields = kwargs.get("update_fields")
        if fields is not None and "name" in fields:
            kwargs["update_fields"] = {*fields, "key"}
        old = None
        if self.pk and (fields is None or "name" in fields):
            old = Actor.objects.filter(pk=self.pk).values_list("name", "key").first()
        super().save(*args, **kwargs)
        if old and old[1] != self.key:
            for alias in ActorAlias.objects.filter(actor=self, key=self.key):
                alias._change_reason = f"the name of actor #{self.pk} now"
                alias.delete()
        if old and old[1] != self.key and not ActorAlias.objects.filter(key=old[1]).exists() \
                and not Actor.objects.filter(key=old[1]).exclude(pk=self.pk).exists():
            ActorAlias.objects.create(actor=self, name=old[0])


class ActorAlias(models.Model):
    """Another way of naming an actor. `key` is unique: one name stands for one actor."""
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, unique=True, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "actor aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.key = alias_key(self.name)
        super().save(*args, **kwargs)


class Event(models.Model):
    class Status(models.TextChoices):
        OCCURRED = "occurred", "occurred"
        PLANNED = "planned", "planned"
        HYPOTHETICAL = "hypothetical", "hypothetical"
        CANCELLED = "cancelled", "cancelled"

    class Precision(models.TextChoices):
        DAY = "day", "day"
        WEEK = "week", "week"
        MONTH = "month", "month"
        YEAR = "year", "year"

    class Origin(models.TextChoices):
        MACHINE = "machine", "extraction"
        HUMAN = "human", "a person"

    class DateSource(models.TextChoices):
        TEXT = "text", "stated with the event"
        CONTEXT = "context", "taken from the story around it"
        PERSON = "person", "set by a person"

    # Functional API: (member name, (value, label)); the stored value is the taxonomy code.
    Type = models.TextChoices("Type", [(t.code.upper(), (t.code, t.label)) for t in EVENT_TYPES])

    type = models.CharField(max_length=20, choices=Type.choices)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OCCURRED)
    date = models.CharField(
        "date (TIMEX3)", max_length=32, blank=True,
        help_text="2026-02-03, 2026-W06, 2026-02 or 2026; empty when the text gives no date")
    precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    date_source = models.CharField(
        "date from", max_length=8, choices=DateSource.choices, blank=True,
        help_text="Where the date comes from: a time expression of the event's own clause, the story "
                  "around it (its sentence, paragraph or the news of the day), or a person")
    date_start = models.DateField(null=True, blank=True, editable=False, db_index=True)
    date_end = models.DateField(null=True, blank=True, editable=False)
    summary = models.CharField(
        max_length=500, blank=True,
        help_text="Written again from the type, status, place and participants when a person changes "
                  "those, unless a person wrote it")
    trigger = models.CharField(max_length=100, blank=True, editable=False,
                               help_text="The word of the article that signalled the event")
    summary_edited = models.BooleanField(
        "summary written by a person", default=False, editable=False,
        help_text="Then it stays as written; otherwise it is written again when a person corrects the event")
    location = models.CharField(max_length=200, blank=True)
    confidence = models.FloatField(default=0.5)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="events",
        help_text="The article extraction found it in (empty for an event a person created)")
    actors = models.ManyToManyField(Actor, through="Participant", related_name="events")
    origin = models.CharField(max_length=8, choices=Origin.choices, default=Origin.HUMAN)
    edited = models.BooleanField(default=False, help_text="A person changed it after extraction")
    verified = models.BooleanField(default=False, help_text="A person checked it against the article")
    # Derived (timeline/reports.py), not a correction: kept up to date whenever an event or its
    # participants change, and left out of the history
    report_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reports", editable=False,
        verbose_name="first report",
        help_text="The first report of the same event in another article (the same type, status and day, "
                  "a plan being a report of its holding, and the same actors): the timeline shows them as one, "
                  "by the report a person corrected last, else the first published")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["report_of"])

    class Meta:
        ordering = ["date_start", "pk"]
        # (the list counts, and the chart bins by type, the first reports of a range: report_of IS NULL,
        # read from the index alone)
        indexes = [models.Index(fields=["type", "status"]),
                   models.Index(fields=["report_of", "date_start", "date_end", "type"], name="timeline_event_firsts")]

    def __str__(self) -> str:
        when = self.date or "undated"
        return f"{BY_CODE[self.type].label if self.type in BY_CODE else self.type} {when}: {self.summary[:80]}"

    @property
    def is_protected(self) -> bool:
        """Whether a person has touched it, so that extraction must leave it alone."""
        return self.origin == self.Origin.HUMAN or self.edited or self.verified

    @classmethod
    def protected(cls) -> models.Q:
        """`is_protected` as a query condition."""
        return models.Q(origin=cls.Origin.HUMAN) | models.Q(edited=True) | models.Q(verified=True)

    @property
    def cameo(self) -> str:
        return BY_CODE[self.type].cameo if self.type in BY_CODE else ""

    def save(self, *args, **kwargs):
        span = period_of(self.date)
        self.date_start, self.date_end = span if span else (None, None)
        self.precision = precision_of(self.date) or ""
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = set(kwargs["update_fields"]) | {"date_start", "date_end", "precision"}
        super().save(*args, **kwargs)


class Participant(models.Model):
    class Role(models.TextChoices):
        INITIATOR = "initiator", "initiator"
        TARGET = "target", "target"
        PARTICIPANT = "participant", "participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.PARTICIPANT)

    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "actor"], name="one_role_per_actor")]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"


class Evidence(models.Model):
    """A span of an article that states the event: character offsets into `article.text`."""
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField(help_text="The evidence text itself")
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()

    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "start"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.quote[:80]

    @property
    def sentence(self) -> str:
        return self.article.text[self.sentence_start:self.sentence_end]

    def sentence_parts(self) -> tuple[str, str, str]:
        """The sentence split around the evidence: (before, evidence, after), for highlighting."""
        text = self.article.text
        s, e = max(self.start, self.sentence_start), min(self.end, self.sentence_end)
        return text[self.sentence_start:s], text[s:e], text[e:self.sentence_end]


class TemporalExpression(models.Model):
    """A date, time, duration or set the tagger found in an article."""
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="timexes")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=200)
    type = models.CharField(max_length=10, default="DATE")
    value = models.CharField(max_length=40, blank=True)
    mod = models.CharField(max_length=10, blank=True)
    confidence = models.FloatField(default=1.0)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["article", "start"]
        verbose_name = "temporal expression"

    def __str__(self) -> str:
        return f"{self.text} = {self.value}"


class ArticleVersion(models.Model):
    """An article as it was before an upload replaced it with a newer version of itself (an outlet's
    update: the same story with a sentence added): its text and details, to inspect or restore
    (timeline/versions.py). Nothing uploaded is lost."""
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField("outlet / source", max_length=200, blank=True)
    url = models.URLField("URL", max_length=1000, blank=True)
    filename = models.CharField("uploaded file", max_length=255, blank=True)
    published = models.DateField("publication date", null=True, blank=True)
    published_source = models.CharField(
        "publication date from", max_length=10, choices=Article.DateSource.choices, default=Article.DateSource.UNKNOWN)
    raw_text = models.TextField("text as uploaded")
    text = models.TextField("cleaned text", blank=True)
    content_hash = models.CharField(max_length=64, editable=False)
    raw_hash = models.CharField(max_length=64, editable=False, default="")
    uploaded_at = models.DateTimeField("uploaded", null=True, blank=True,
                                       help_text="When this text was uploaded")
    replaced_at = models.DateTimeField("replaced", auto_now_add=True)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="Who uploaded the newer version (or restored an older one)")
    reason = models.CharField(max_length=200, blank=True,
                              help_text="Why the upload was taken for a new version of this article")

    class Meta:
        ordering = ["article", "-replaced_at", "-pk"]
        verbose_name = "previous version of an article"
        verbose_name_plural = "previous versions of an article"

    def __str__(self) -> str:
        return f"{self.title or self.article} (replaced {self.replaced})"

    @property
    def replaced(self) -> str:
        """When it was replaced, in the site's time zone, as the admin's columns show it."""
        return f"{timezone.localtime(self.replaced_at):%Y-%m-%d %H:%M}"
