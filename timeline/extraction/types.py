"""The values extraction produces. Plain dataclasses, no Django: the web app stores them,
the command line prints them as JSON (see ../shared/eval/FORMAT.md for the contract)."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, field

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
ACTOR_KINDS = ("person", "country", "organization", "place")
EVENT_STATUSES = ("occurred", "planned", "hypothetical", "cancelled")
PRECISIONS = ("day", "week", "month", "year")
# where an event's date comes from: a temporal expression of its own clause, or the story around it
# (its sentence, paragraph, the event it refers to, the news of the day); "" when it has no date
DATE_SOURCES = ("text", "context")
ROLES = ("initiator", "target", "participant")

# Where an article's publication date came from.
DCT_SOURCES = ("given", "dateline", "metadata", "inferred", "unknown")


@dataclass
class Timex:
    """A temporal expression found in the text, with its resolved TIMEX3 value.

    `value` is a TIMEX3 value ("2026-02-03", "2026-02", "2026-W06", "2026", "PAST_REF",
    "P3D", "2026-01-09T10:30", ...) or None when it could not be resolved.
    """
    start: int
    end: int
    text: str
    type: str = "DATE"            # one of TIMEX_TYPES
    value: str | None = None
    mod: str | None = None         # START / MID / END / APPROX / BEFORE / AFTER ...
    confidence: float = 1.0
    note: str = ""                 # why the confidence is lowered, e.g. "weekday disagrees"

    def to_json(self) -> dict:
        out = {"text": self.text, "value": self.value, "type": self.type,
               "start": self.start, "end": self.end}
        if self.mod:
            out["mod"] = self.mod
        if self.confidence < 1.0:
            out["confidence"] = round(self.confidence, 2)
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class Mention:
    """One place where the text names an actor."""
    start: int
    end: int
    text: str


@dataclass
class Actor:
    name: str                       # canonical name, the fullest form the article uses
    kind: str                       # one of ACTOR_KINDS
    aliases: list[str] = field(default_factory=list)
    title: str = ""                 # for a person: "Presiden", "Menteri Luar Negeri", ...
    country: str = ""               # for a person: canonical name of the country served
    mentions: list[Mention] = field(default_factory=list)

    def to_json(self) -> dict:
        out = {"name": self.name, "kind": self.kind, "aliases": list(self.aliases)}
        if self.title:
            out["title"] = self.title
        if self.country:
            out["country"] = self.country
        return out


@dataclass
class Participant:
    name: str                       # canonical name of an Actor of the same extraction
    role: str = "participant"       # one of ROLES


@dataclass
class Evidence:
    """A span of the text that states an event, and the sentence holding it."""
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int


@dataclass
class Event:
    type: str                       # meeting, call, statement, ... (see lang data)
    status: str = "occurred"        # one of EVENT_STATUSES
    date: str | None = None         # TIMEX3 date value or None when the text gives none
    precision: str | None = None    # one of PRECISIONS or None
    summary: str = ""
    participants: list[Participant] = field(default_factory=list)
    location: str = ""
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    cameo: str = ""                 # CAMEO root code of the type
    trigger: str = ""               # the word that signalled the event
    date_source: str = ""           # one of DATE_SOURCES, or "" when there is no date

    @property
    def actors(self) -> list[str]:
        return [p.name for p in self.participants]

    def to_json(self) -> dict:
        first = self.evidence[0] if self.evidence else None
        return {
            "type": self.type, "status": self.status, "date": self.date,
            "precision": self.precision, "date_source": self.date_source or None, "actors": self.actors,
            "roles": {p.name: p.role for p in self.participants},
            "location": self.location or None, "summary": self.summary,
            "confidence": round(self.confidence, 2), "cameo": self.cameo,
            "evidence": first.text if first else "",
            "start": first.start if first else None, "end": first.end if first else None,
            "spans": [{"start": e.start, "end": e.end} for e in self.evidence],
        }


@dataclass
class Extraction:
    dct: dt.date | None
    dct_source: str                 # one of DCT_SOURCES
    lang: str = "id"
    timexes: list[Timex] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "dct": self.dct.isoformat() if self.dct else None,
            "dct_source": self.dct_source,
            "lang": self.lang,
            "timexes": [t.to_json() for t in self.timexes],
            "actors": [a.to_json() for a in self.actors],
            "events": [e.to_json() for e in self.events],
        }


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WEEK = re.compile(r"^\d{4}-W\d{2}")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def precision_of(value: str | None) -> str | None:
    """The timeline precision of a TIMEX3 date value: day, week, month, year or None.

    >>> precision_of("2026-02-03"), precision_of("2026-W06"), precision_of("2026-02")
    ('day', 'week', 'month')
    >>> precision_of("2026"), precision_of("PAST_REF")
    ('year', None)
    """
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    return None


def period_of(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The closed interval of days a TIMEX3 date value covers, or None.

    >>> period_of("2026-W06")
    (datetime.date(2026, 2, 2), datetime.date(2026, 2, 8))
    >>> period_of("2026-02")
    (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    """
    if not value:
        return None
    try:
        if m := re.match(r"^(\d{4})-W(\d{2})", value):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + dt.timedelta(days=6)
        if m := re.match(r"^(\d{4})-(\d{2})-(\d{2})", value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.match(r"^(\d{4})-(\d{2})$", value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            return first, dt.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
        if m := re.match(r"^(\d{4})$", value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except (ValueError, OverflowError):    # (not a day of the calendar, or past its end)
        return None
    return None


def as_dict(obj) -> dict:
    return asdict(obj)
