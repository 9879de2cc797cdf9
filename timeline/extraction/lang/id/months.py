"""Indonesian month names and their abbreviations, and the Malay ones that differ (lower case;
variants are generated)."""
from __future__ import annotations

from .variants import alternation

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12,
}
# Malay names, as Malaysian and Bruneian news prints them ("7 Julai 2025", "Ogos lalu"); "Mac" only
# with a day ("12 Mac 2025"), as the other short names
MALAY = {"mac": 3, "julai": 7, "ogos": 8, "disember": 12}
MONTHS.update(MALAY)
# English names, as some sites print their dates ("Ahad 21 May 2023 14:05 WIB")
ENGLISH = {"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
           "october": 10, "december": 12}
MONTHS.update(ENGLISH)
# Abbreviations and English names are only trusted next to a day number ("19 Agu 2025",
# "21 May 2023"), never alone ("Theresa May").
FULL_MONTHS = {w: n for w, n in MONTHS.items() if (len(w) > 4 or w in ("mei", "juni", "juli")) and w not in ENGLISH}

MONTH_FULL = alternation(FULL_MONTHS)           # alone: "Januari", "Oktober mendatang"
# with a day: "19 Agu 2025", "3 Feb. 2014" (the dot only after an abbreviation)
MONTH = "(?:" + MONTH_FULL + "|" + alternation(set(MONTHS) - set(FULL_MONTHS)) + r"\.?)"


def month_number(word: str) -> int:
    """The number of a month name or abbreviation.

    >>> month_number("Agu."), month_number("DESEMBER")
    (8, 12)
    """
    return MONTHS[word.rstrip(".").lower()]
