"""Spelling variants of the time words: written once in lower case, generated in Title and UPPER.

Kept beside the time data (months, weekdays, numbers, timex_rules) so that those modules
list each word once, as spaCy's `lang/` data does.
"""
from __future__ import annotations

from timeline.extraction.text import trie_regex


def variants(word: str) -> list[str]:
    """The lower, Title and UPPER forms of a word or phrase (each word capitalised for Title).

    >>> variants("akhir pekan")
    ['akhir pekan', 'Akhir pekan', 'Akhir Pekan', 'AKHIR PEKAN']
    """
    forms = [word, word[:1].upper() + word[1:], " ".join(w[:1].upper() + w[1:] for w in word.split(" ")),
             word.upper()]
    out: list[str] = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


def alternation(words, *, lower=True, title=True, upper=True) -> str:
    """A non-capturing regex alternation of the words and their generated variants, longest first."""
    forms: set[str] = set()
    for w in words:
        vs = variants(w)
        if lower:
            forms.add(vs[0])
        if title:
            forms.update(v for v in vs[1:] if v != w.upper() or v == w)
        if upper:
            forms.add(w.upper())
    return "(?:" + trie_regex(forms, any_space=True) + ")"
