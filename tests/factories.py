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
