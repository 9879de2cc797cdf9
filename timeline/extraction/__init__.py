"""Extraction of temporal expressions, actors and dated events from news articles.

Plain Python, no Django: `extract(text, dct=None, lang="id")` returns an `Extraction` (its events
those confident enough to list, `confidence.LISTED_FROM`; `min_confidence=0.0` lists every one found).
Language data lives in `lang/<code>/`; the logic in the modules beside this one.
"""
from .types import Actor, Event, Evidence, Extraction, Mention, Participant, Timex

__all__ = ["extract", "Actor", "Event", "Evidence", "Extraction", "Mention", "Participant", "Timex"]


def extract(text, dct=None, lang="id", min_confidence=None) -> Extraction:
    """See pipeline.extract (imported on first use, so that the types load without the rules)."""
    from .pipeline import extract as run
    return run(text, dct=dct, lang=lang, min_confidence=min_confidence)
