"""Which language an article is written in, read from the share of its words that are each
language's commonest words (lang/profiles.py), and whether extraction reads that language.

    read_language(text) -> Reading(code, name, share, words)
    extracts(code) -> bool
    extracted_languages() -> ["id"]

Indonesian unless the text clearly reads as another language: an Indonesian article quoting
English (quotations are not counted, and Indonesian words are never so few in it), or a text too
short to tell, stays Indonesian.

>>> read_language("Presiden Prabowo bertemu dengan Perdana Menteri Anwar di Jakarta pada Senin. "
...               "Kedua pemimpin itu membahas kerja sama yang telah lama terjalin antara dua negara, "
...               "dan mereka sepakat untuk memperkuat hubungan dalam bidang ekonomi dan pertahanan.").code
'id'
>>> reading = read_language("President Prabowo met Prime Minister Anwar in Jakarta on Monday. The two "
...                         "leaders discussed the cooperation that has long linked the two countries, and "
...                         "they agreed to strengthen their ties in the economy and in defence, "
...                         "the ministry said in a statement.")
>>> reading.code, reading.name, reading.words[:3]
('en', 'English', ('the', 'in', 'and'))
>>> extracts("id"), extracts("en"), extracted_languages()
(True, False, ['id'])
"""
from __future__ import annotations

import importlib.util
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from timeline.extraction.lang.profiles import PROFILES

DEFAULT = "id"
MIN_WORDS = 30      # fewer words tell too little: the text is taken to be in the default language
MIN_SHARE = 0.08    # another language's common words are at least this share of the words...
FLOOR = 0.05        # ...and the default language's fewer than this (an Indonesian article has 10-30 %)...
MIN_HITS = 8        # ...and its common words are at least this many (a brief of fifty words tells little)

# (what is quoted may be in another language: "...," kata Marty, quoting an English statement;
# addresses and domains are no words: "KOMPAS.com")
_QUOTED = re.compile(r'"[^"\n]{0,2000}"|“[^”\n]{0,2000}”|https?://\S{1,2000}'
                     r'|(?<![\w.-])[\w.-]{1,100}\.(?:com|net|org|co|id|gov|go)\b')     # (bounded: a line of
                                                                                    # 2 MB without spaces)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PACKAGE = "timeline.extraction.lang"


@dataclass(frozen=True)
class Reading:
    code: str                   # "id", "en", ...
    name: str                   # "Indonesian", "English", ...
    share: float                # of the text's words, the share that are the language's common words
    words: tuple[str, ...]      # those found, the most frequent first (what the reading rests on)


@lru_cache(maxsize=None)
def _common(code: str) -> frozenset[str]:
    return frozenset(PROFILES[code][1].split())


def read_language(text: str, default: str = DEFAULT) -> Reading:
    words = _WORD.findall(_QUOTED.sub(" ", text))
    # (an acronym is no word of a language: "AS" is Amerika Serikat, not English "as"; but a text in
    # capitals, as a telex, is words all the same)
    mixed = [w for w in words if not (w.isupper() and len(w) > 1)]
    counts = Counter(w.lower() for w in (mixed if len(mixed) >= len(words) / 2 else words))
    total = sum(counts.values())
    readings = {code: _reading(code, counts, total) for code in PROFILES}
    fallback = readings.get(default) or Reading(default, default, 0.0, ())
    if total < MIN_WORDS:
        return fallback
    best = max(readings.values(), key=lambda r: r.share)
    if best.code != default and best.share >= MIN_SHARE and fallback.share < FLOOR \
            and best.share * total >= MIN_HITS:
        return best
    return fallback


def _reading(code: str, counts: Counter, total: int) -> Reading:
    common = _common(code)
    found = sorted((w for w in counts if w in common), key=lambda w: (-counts[w], w))
    hits = sum(counts[w] for w in found)
    return Reading(code, PROFILES[code][0], hits / total if total else 0.0, tuple(found))


def name_of(code: str) -> str:
    """'English' for "en"; the code itself for a language not in the profiles."""
    return PROFILES[code][0] if code in PROFILES else code


@lru_cache(maxsize=None)
def extracts(code: str) -> bool:
    """Whether extraction reads the language: it has its package of language data (lang/<code>/)."""
    return bool(re.fullmatch(r"[a-z]{2,3}", code or "")) and \
        importlib.util.find_spec(f"{_PACKAGE}.{code}") is not None


def extracted_languages() -> list[str]:
    """The codes of the languages extraction reads, in the profiles' order."""
    return [code for code in PROFILES if extracts(code)]
