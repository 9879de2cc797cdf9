"""Plain factory functions for tests: each builds one row with sensible defaults."""
from __future__ import annotations

import datetime as dt
import itertools

from timeline.models import Actor, ActorAlias, Article, Event, Evidence, Participant

_seq = itertools.count(1)

SEED_LIKE_TEXT = (
    "Presiden Kolombia Gustavo Petro bakal menemui Presiden Amerika Serikat (AS) Donald Trump "
    "di Gedung Putih, pada 3 Februari 2026.\n"
    "Pada 4 Januari, Trump mengeluarkan ancaman terhadap Petro.\n"
)


def create_article(**overrides) -> Article:
    n = next(_seq)
    fields = {
        "title": f"Article {n}",
        "outlet": "Test Post",
        "raw_text": overrides.pop("text", SEED_LIKE_TEXT) + f"\n(test article {n})",
        "published": dt.date(2026, 1, 10),
        "published_source": Article.DateSource.GIVEN,
        "status": Article.Status.DONE,
    }
    fields.update(overrides)
    fields.setdefault("text", fields["raw_text"])
    return Article.objects.create(**fields)


def create_actor(name: str | None = None, kind: str = "person", aliases=(), **overrides) -> Actor:
    actor = Actor.objects.create(name=name or f"Actor {next(_seq)}", kind=kind, **overrides)
    for alias in aliases:
        ActorAlias.objects.create(actor=actor, name=alias)
    return actor


def create_event(article: Article | None = None, actors=(), evidence: str | None = None, **overrides) -> Event:
    """An event; `actors` are Actor rows or (Actor, role) pairs; `evidence` a substring of the article."""
    fields = {"type": "meeting", "status": "occurred", "date": "2026-01-07", "summary": "A test event",
              "confidence": 0.8, "origin": Event.Origin.MACHINE}
    fields.update(overrides)
    event = Event.objects.create(article=article, **fields)
    for item in actors:
        actor, role = item if isinstance(item, tuple) else (item, "participant")
        Participant.objects.create(event=event, actor=actor, role=role)
    if article is not None and evidence is not None:
        start = article.text.index(evidence)
        sentence_start = article.text.rfind("\n", 0, start) + 1
        sentence_end = article.text.find("\n", start)
        Evidence.objects.create(
            event=event, article=article, start=start, end=start + len(evidence), quote=evidence,
            sentence_start=sentence_start, sentence_end=sentence_end if sentence_end >= 0 else len(article.text))
    return event


# --- hand-built extraction results (timeline.extraction.types), for tests that must not
# depend on the quality of the extractor: monkeypatch `timeline.ingest.extract` to return them.

def build_event(text: str, evidence: str, type: str = "meeting", date: str | None = "2026-01-07",
                actors=("Gustavo Petro",), status: str = "occurred", **overrides):
    """An extraction Event whose evidence is the first occurrence of `evidence` in `text`;
    `actors` are names or (name, role) pairs."""
    from timeline.extraction import types as x
    start = text.index(evidence)
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.find("\n", start)
    sentence_end = len(text) if sentence_end < 0 else sentence_end
    participants = [x.Participant(*item) if isinstance(item, tuple) else x.Participant(item) for item in actors]
    fields = {"summary": evidence, "confidence": 0.7, "trigger": evidence.split()[-1]}
    fields.update(overrides)
    return x.Event(type=type, status=status, date=date, participants=participants,
                   evidence=[x.Evidence(start, start + len(evidence), evidence, sentence_start, sentence_end)],
                   **fields)


def build_extraction(events=(), actors=None, timexes=(), dct=None, dct_source="given"):
    """An Extraction; `actors` default to every participant named, as people."""
    from timeline.extraction import types as x
    if actors is None:
        names = dict.fromkeys(p.name for e in events for p in e.participants)
        actors = [x.Actor(name=name, kind="person") for name in names]
    return x.Extraction(dct=dct, dct_source=dct_source, timexes=list(timexes), actors=list(actors),
                        events=list(events))
