"""Hand-built extraction results, to re-run extraction in tests whatever the rules find.

`seed_like(text, dct)` returns what a good extractor finds in factories.SEED_LIKE_TEXT: the
planned meeting (Petro -> Trump, 2026-02-03) and the threat (Trump -> Petro, 2026-01-04).
`petro` names Petro in the threat, so a test can make extraction split him in two actors.
"""
from __future__ import annotations

import datetime as dt

from timeline.extraction.types import Actor, Event, Evidence, Extraction, Participant


def _evidence(text: str, quote: str) -> Evidence:
    start = text.index(quote)
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.find("\n", start)
    return Evidence(start=start, end=start + len(quote), text=quote, sentence_start=sentence_start,
                    sentence_end=sentence_end if sentence_end >= 0 else len(text))


def seed_like(text: str, dct: dt.date | None = None, *, petro: str = "Gustavo Petro") -> Extraction:
    actors = [Actor("Gustavo Petro", "person", aliases=["Petro"], title="Presiden", country="Kolombia"),
              Actor("Donald Trump", "person", aliases=["Trump"], title="Presiden", country="Amerika Serikat")]
    if petro != "Gustavo Petro":
        actors[0].aliases = []
        actors.append(Actor(petro, "person"))
    events = [
        Event("meeting", "planned", "2026-02-03", "day", summary="Petro akan menemui Trump",
              participants=[Participant("Gustavo Petro", "initiator"), Participant("Donald Trump", "target")],
              location="Gedung Putih", confidence=0.8, evidence=[_evidence(text, "bakal menemui")], cameo="04"),
        Event("threat", "occurred", "2026-01-04", "day", summary="Trump mengancam Petro",
              participants=[Participant("Donald Trump", "initiator"), Participant(petro, "target")],
              confidence=0.6, evidence=[_evidence(text, "mengeluarkan ancaman")], cameo="13"),
    ]
    return Extraction(dct=dct, dct_source="given" if dct else "unknown", actors=actors, events=events)
