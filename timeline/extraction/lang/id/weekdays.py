"""Indonesian weekday names (ISO numbers, Monday 1) and parts of the day (TIMEX3 codes)."""
from __future__ import annotations

from .variants import alternation

WEEKDAYS = {
    "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4,
    "jumat": 5, "jum'at": 5, "jum’at": 5,
    "sabtu": 6, "minggu": 7, "ahad": 7,
    # Malay, as Malaysian and Bruneian news prints them ("Isnin (7/7)"); not "Khamis", a name too
    # (Khamis Abakar, governor of West Darfur)
    "isnin": 1, "jumaat": 5,
}
# "minggu" in lower case is the word for week: Sunday is only trusted with a capital, and with a
# capital inside a sentence it is Sunday even before "lalu" ("pemilihan presiden Minggu lalu").
SUNDAY_OR_WEEK = "Minggu"
WEEKDAY = "(?:" + alternation([w for w in WEEKDAYS if w != "minggu"])[3:-1] + "|" + alternation(["minggu"], lower=False)[3:]

PARTS_OF_DAY = {
    "dini hari": "NI", "subuh": "MO", "pagi": "MO", "pagi hari": "MO",
    "siang": "AF", "siang hari": "AF", "sore": "AF", "sore hari": "AF",
    "petang": "EV", "senja": "EV", "fajar": "MO", "malam": "NI", "malam hari": "NI", "tengah malam": "NI",
}
PART_OF_DAY = alternation(PARTS_OF_DAY)


def weekday_number(word: str) -> int:
    """The ISO number of a weekday name.

    >>> weekday_number("Jum'at"), weekday_number("MINGGU")
    (5, 7)
    """
    return WEEKDAYS[word.lower().replace("’", "'")]


def part_of_day(words: str) -> str:
    """The TIMEX3 code of a part of the day.

    >>> part_of_day("dini  hari")
    'NI'
    """
    return PARTS_OF_DAY[" ".join(words.lower().split())]
