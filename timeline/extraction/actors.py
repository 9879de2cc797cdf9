"""Actors. PLACEHOLDER until the actor recognizer lands (issue 4): finds nothing."""
from __future__ import annotations


def find_actors(text, lang="id"):
    return []
