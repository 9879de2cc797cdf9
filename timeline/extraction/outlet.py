"""The outlet an article is from, when the user gave none: named by its dateline or byline.

    infer_outlet(text, lang="id") -> str ("" when the text names none)
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

from .text import BOILERPLATE

_HEAD_LINES = 6         # the dateline and byline stand in the first lines (after a title, a date, a
                        # reporter and an editor, "TEMPO.CO, Jakarta -"),
_TAIL_LINES = 2         # an agency's credit or "Sumber: ..." in the last ones
_LINE_CHARS = 300       # (of each line, the beginning: a dateline opens its paragraph)


@lru_cache(maxsize=None)
def _spellings(lang: str) -> tuple[re.Pattern, dict[str, str]] | None:
    try:
        data = importlib.import_module(f"timeline.extraction.lang.{lang}.outlets")
    except ModuleNotFoundError:
        return None
    names = {spelling: name for name, spellings in data.OUTLETS for spelling in spellings}
    # the longest spelling first ("kumparanNEWS" before "kumparan.com" is no matter, but "Liputan6.com"
    # before "Liputan6" is), each a whole word
    alternatives = "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w.-])(?:" + alternatives + r")(?![\w-])"), names


def infer_outlet(text: str, lang: str = "id") -> str:
    """The outlet the head or the tail of the text names, the first found.

    >>> infer_outlet("Jakarta (ANTARA) - Presiden Prabowo bertemu ...")
    'ANTARA'
    >>> infer_outlet("Senin, 02 Okt 2023 14:20 WIB\\nJokowi Resmikan Whoosh\\ndetikNews - Presiden ...")
    'detikcom'
    >>> infer_outlet("Presiden Prabowo bertemu Xi. Kompas mencatat hal itu.\\nIsi.\\nIsi.\\nIsi.\\nIsi.\\nIsi.")
    ''
    >>> infer_outlet("Detik-detik Menlu Sugiono Tiba\\nHUBUNGAN ANTARA INDONESIA DAN CHINA\\nIsi.")
    ''
    """
    found = _spellings(lang)
    if found is None:
        return ""
    rx, names = found
    # (not a "Baca juga: ..." line: it names another story, and maybe another outlet)
    lines = [line for line in text.split("\n") if line.strip() and not BOILERPLATE.match(line)]
    head = lines[:_HEAD_LINES]
    tail = lines[_HEAD_LINES:][-_TAIL_LINES:]
    for line in head:
        m = rx.search(line, 0, _LINE_CHARS)
        # (in the head, an outlet named inside a sentence of the story is no dateline: it stands in the
        # line's first words, or the line is a short byline)
        if m is not None and (m.start() < 40 or len(line) < 120):
            return names[m.group()]
    for line in tail:
        m = rx.search(line)
        if m is not None and len(line) < 120:
            return names[m.group()]
    return ""
