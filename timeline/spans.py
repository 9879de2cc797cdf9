"""Evidence spans across versions of an article's text (no Django).

An evidence span is character offsets into the article's text, with the quote it held. When the
text is replaced by a newer version of itself (an outlet's update, timeline/versions.py), the
quote is looked for again: where it stands now, nearest to where it stood.
"""
from __future__ import annotations


def relocate(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """Where the quote stands in `text` now: (start, end), the occurrence nearest to where it was;
    None when the text no longer has it (its sentence was rewritten).

    >>> relocate("Satu.\\n\\nDua tiga.", 6, 15, "Dua tiga.")
    (7, 16)
    >>> relocate("Dua. Dua.", 5, 9, "Dua.")
    (5, 9)
    >>> relocate("Tiga.", 0, 4, "Dua.") is None
    True
    """
    if not quote:
        return None
    if text[start:end] == quote:
        return start, end
    best, at = None, text.find(quote)
    while at >= 0:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        if at > start:
            break
        at = text.find(quote, at + 1)
    return None if best is None else (best, best + len(quote))
