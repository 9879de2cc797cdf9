"""Spelling variants of the time words: written once in lower case, generated in Title and UPPER.

Kept beside the time data (months, weekdays, numbers, timex_rules) so that those modules
list each word once, as spaCy's `lang/` data does.
"""
from __future__ import annotations

import re


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
    return "(?:" + trie_regex(forms) + ")"


def trie_regex(words) -> str:
    """A regex matching exactly the words, with shared prefixes factored out, so that the
    regex engine rejects a position after a character or two instead of trying each word.
    A space in a word matches any run of whitespace. Longer words are preferred.
    (Tried faster, same matches: the branches of lower-case letters come first, as most words of a
    text are lower case, and an optional ending is written "(?:...|)", which the regex engine
    tries without the bookkeeping of a repeat "(?:...)?".)

    >>> trie_regex(["senin", "selasa", "sabtu"])
    's(?:abtu|e(?:lasa|nin))'
    >>> bool(re.fullmatch(trie_regex(["dini hari", "dini"]), "dini  hari"))
    True
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted((k for k in node if k), key=_lower_first):
        child, text = node[ch], r"\s+" if ch == " " else re.escape(ch)
        while len(child) == 1 and "" not in child:      # a chain of single children: one literal
            (nxt, child), = child.items()
            text += r"\s+" if nxt == " " else re.escape(nxt)
        rest = _node_regex(child) if child.keys() - {""} else ""
        if rest and "" in child:
            text += f"(?:{rest}|)"
        elif rest:
            text += rest if "|" not in rest or rest.startswith("(?:") and _balanced(rest) else f"(?:{rest})"
        branches.append(text)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return body


def _lower_first(ch: str) -> tuple:
    return not ch.islower(), ch


def _balanced(rx: str) -> bool:
    """Whether a regex that starts with "(?:" is wholly one group."""
    depth = 0
    for i, ch in enumerate(rx):
        if ch == "\\":
            continue
        if ch == "(" and (i == 0 or rx[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and rx[i - 1] != "\\":
            depth -= 1
            if depth == 0 and i != len(rx) - 1:
                return False
    return True
