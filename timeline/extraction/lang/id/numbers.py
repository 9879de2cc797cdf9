"""Indonesian number words for amounts of time: "tiga", "dua belas", "dua puluh lima",
"satu setengah", the prefix "se-" ("sehari", "sepekan"), and digits."""
from __future__ import annotations

import re

from .variants import alternation

ONES = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
        "delapan": 8, "sembilan": 9}
SPECIAL = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "setengah": 0.5,
           "separuh": 0.5, "nol": 0}
VAGUE = ("beberapa", "sejumlah", "puluhan", "ratusan", "belasan")   # an unknown amount: "PXD"

_ONE = alternation(ONES)
# "tiga", "dua belas", "dua puluh lima", "tiga ratus": a digit word and what may follow it
_WORD = (rf"(?:{_ONE}(?:\s+(?:{alternation(['belas', 'ratus'])[3:-1]}|{alternation(['puluh'])[3:-1]}(?:\s+{_ONE})?))?"
         rf"|{alternation(SPECIAL)})")
_DIGITS = r"\d{1,4}(?:,\d+)?"
# "satu setengah", "dua setengah": a whole and a half
NUMBER = rf"(?:(?:{_WORD}|{_DIGITS})(?:\s+(?:setengah|Setengah))?)"
VAGUE_NUMBER = alternation(VAGUE)


def parse_number(words: str) -> float | None:
    """The amount a number phrase says, or None for a vague one ("beberapa").

    >>> parse_number("dua puluh lima"), parse_number("Tiga"), parse_number("satu setengah")
    (25, 3, 1.5)
    >>> parse_number("1,5"), parse_number("dua belas"), parse_number("beberapa") is None
    (1.5, 12, True)
    """
    if words.isdigit():                          # the usual case: "3 hari"
        return int(words)
    n = _parse(" ".join(words.lower().split()))
    return int(n) if n is not None and n == int(n) else n


def _parse(w: str) -> float | None:
    if w in VAGUE:
        return None
    half = 0.0
    if w.endswith(" setengah"):
        w, half = w[: -len(" setengah")], 0.5
    if re.fullmatch(r"\d+(?:,\d+)?", w):
        n = float(w.replace(",", "."))
        return (int(n) if n == int(n) else n) + half
    if w in SPECIAL:
        return SPECIAL[w] + half
    total = 0
    parts = w.split()
    i = 0
    while i < len(parts):
        p = parts[i]
        if p in ONES:
            n = ONES[p]
            nxt = parts[i + 1] if i + 1 < len(parts) else ""
            if nxt == "belas":
                total += 10 + n; i += 2; continue
            if nxt == "puluh":
                total += 10 * n; i += 2; continue
            if nxt == "ratus":
                total += 100 * n; i += 2; continue
            total += n
        elif p in SPECIAL:
            total += SPECIAL[p]
        else:
            return None
        i += 1
    return total + half
