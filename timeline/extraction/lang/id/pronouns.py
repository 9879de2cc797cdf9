"""Pronouns that point back to a person already named.

SUBJECT: standalone pronouns ("Ia mengatakan", "kata dia", "beliau").
CLITIC_WORDS: words ending in the clitic -nya that stand for a person ("menurutnya",
"kepadanya", "dirinya"); other -nya words (possessive of things) are left alone.
Example: "Trump mengancam Petro. Ia mengatakan ..." -> Ia = Trump (the subject before).
"""
from __future__ import annotations

SUBJECT = frozenset(("ia", "dia", "beliau", "dirinya"))
CLITIC_WORDS = frozenset(("menurutnya", "kepadanya", "baginya", "darinya", "olehnya", "dengannya",
                          "terhadapnya", "padanya", "bersamanya", "untuknya"))
