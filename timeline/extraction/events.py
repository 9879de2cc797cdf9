"""Events. PLACEHOLDER until the event extractor lands (issue 4): finds nothing."""
from __future__ import annotations


def find_events(text, timexes, actors, dct, lang="id"):
    return []
