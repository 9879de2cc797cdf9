"""Temporal expressions: find them with the rules of `lang/<code>/timex_rules.py`, then resolve.

    tag_timexes(text, dct, lang="id") -> list[Timex]

Two steps, as HeidelTime does: each rule turns its match into a symbolic value
(`symbolic_timexes`), then `resolve.py` anchors the relative ones to the publication date
or to the date mentioned before. Plain precompiled regular expressions: no dateparser.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import resolve as res
from .types import Timex


@dataclass
class Candidate:
    """A rule's match with its symbolic value, before resolution."""
    start: int
    end: int
    text: str
    rule: str
    type: str
    symbolic: str


# ---------------------------------------------------------------- compiling the rules

class Language:
    """The compiled rules and word tables of one language."""

    def __init__(self, lang: str):
        if lang != "id":
            raise ValueError(f"no temporal rules for language {lang!r}")
        from .lang.id import months, numbers, timex_rules, timex_words, weekdays
        self.months, self.numbers, self.words, self.weekdays = months, numbers, timex_words, weekdays
        self.rules = timex_rules.RULES
        self.day_words = timex_rules.DAY_WORDS
        self.compiled = [self._compile(r.pattern, timex_rules.PIECES) for r in self.rules]
        self.not_year_before = {w.lower() for w in timex_words.NOT_YEAR_BEFORE}
        self.not_year_after = {w.lower() for w in timex_words.NOT_YEAR_AFTER}
        self.regulation = {w.lower() for w in timex_words.REGULATION}
        self.future = re.compile(r"(?<!\w)(?:" + "|".join(timex_words.FUTURE_MARKERS) + r")(?!\w)", re.I)
        self.future_after = re.compile(r"\s*(?:" + "|".join(timex_words.FUTURE_RIGHT_AFTER) + r")(?!\w)", re.I)

    @staticmethod
    def _compile(pattern: str, pieces: dict[str, str]) -> re.Pattern:
        for _ in range(4):                       # pieces may hold pieces
            pattern = re.sub(r"%([A-Z][A-Z_0-9]*)", lambda m: "(?:" + pieces[m[1]] + ")", pattern)
        # whole words only, and never a part of a bigger number ("1.200", "No 1/2013", "3,5")
        return re.compile(r"(?<!\w)(?<!\d[.,/:])(?:" + pattern + r")(?!\w)(?![.,/:]\d)")


@lru_cache(maxsize=4)
def language(lang: str) -> Language:
    return Language(lang)


_WORD_BEFORE = re.compile(r"([\w.$€£¥:-]+)\s*$")
_WORD_AFTER = re.compile(r"\s*([\w%]+)")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[\"“”'A-Z0-9(])|\n")


# ---------------------------------------------------------------- step 1: symbolic values

def symbolic_timexes(text: str, lang: str = "id") -> list[Candidate]:
    """The expressions the rules find, longest first where they overlap, in reading order."""
    L = language(lang)
    found = []
    for order, (rule, rx) in enumerate(zip(L.rules, L.compiled)):
        for m in rx.finditer(text):
            if m.end() == m.start() or not _acceptable(L, rule, m, text):
                continue
            found.append((-(m.end() - m.start()), order, m.start(), rule, m))
    found.sort(key=lambda f: f[:3])
    taken = bytearray(len(text) + 1)
    chosen: list[Candidate] = []
    for _, _, start, rule, m in found:
        end = m.end()
        if any(taken[start:end]):
            continue
        symbolic = _symbolic(L, rule, m)
        if symbolic is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(Candidate(start, end, text[start:end], rule.name, rule.type, symbolic))
    chosen.sort(key=lambda c: c.start)
    return chosen


def _acceptable(L: Language, rule, m: re.Match, text: str) -> bool:
    """Turn away look-alikes: amounts, regulation numbers, durations inside "dalam ... berikutnya"."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    prev = before[1].lower() if before else ""
    if rule.not_after and (prev in rule.not_after or ("#NUM" in rule.not_after and _is_number(L, prev))):
        return False
    if rule.name in ("year", "part-of-year", "decade", "numeric-date", "duration", "clock-bare"):
        after = _WORD_AFTER.match(text, m.end())
        nxt = after[1].lower() if after else ""
        if rule.name != "duration" and (prev in L.not_year_before or nxt in L.not_year_after or nxt == "%"):
            return False
        if prev.startswith(("rp", "us$", "$")):
            return False
        # "UU Nomor 30 Tahun 2009", "Perpres No 12 tahun 2014": the year of a regulation's number
        if rule.name == "year":
            window = text[max(0, m.start() - 40):m.start()].lower()
            if re.search(r"(?:nomor|no\.?|nomer)\s*\d+[a-z]?\s*(?:tahun\s*)?$", window) and "tahun" in m[0].lower() + window[-12:]:
                return False
            if re.search(r"(?:nomor|no\.?|nomer)\s*\d+\s*$", window + " "):
                return False
    return True


def _is_number(L: Language, word: str) -> bool:
    return bool(word) and (word[0].isdigit() or L.numbers.parse_number(word) is not None
                           or word in L.numbers.VAGUE or word in ("puluh", "belas", "ratus", "setengah"))


def _symbolic(L: Language, rule, m: re.Match) -> str | None:
    g = {k.rstrip("2"): v for k, v in m.groupdict().items() if v is not None}
    w = L.words
    f: dict[str, str] = {}
    if "day" in g:
        f["day"] = f"{int(g['day']):02d}"
    if "month" in g:
        f["month"] = f"{L.months.month_number(g['month']):02d}"
    if "mnum" in g:
        f["month"] = f"{int(g['mnum']):02d}"
    if "year" in g:
        y = g["year"]
        f["year"] = y if len(y) == 4 else (f"20{y}" if int(y) < 50 else f"19{y}")
    elif "yrel" in g:
        f["year"] = f"Y{w.OFFSETS[_norm(g['yrel'])]:+d}"
    else:
        f["year"] = "XXXX"
    if "wd" in g:
        f["wd"] = str(L.weekdays.weekday_number(g["wd"]))
    if "ord" in g:
        f["ordmod"] = w.WEEK_OF_MONTH_MOD[w.ORDINALS[_norm(g["ord"])]]
    if "q" in g:
        f["q"] = str(w.ORDINALS[_norm(g["q"])])
    if "season" in g:
        f["season"] = w.SEASONS[_norm(g["season"])]
    if "decade" in g:
        d = g["decade"]
        f["decade"] = d[:3] if len(d) == 4 else "19" + d[0]
    if "rel" in g:
        f["off"] = f"{w.OFFSETS[_norm(g['rel'])]:+d}"
    elif "rday" in g:
        f["off"] = f"{L.day_words[_norm(g['rday'])]:+d}"
    else:
        f["off"] = "+0"
    unit = n = None
    if "unit" in g:
        unit = w.UNITS[_norm(g["unit"])]
        n = L.numbers.parse_number(g["num"]) if "num" in g else 1
    elif "se" in g:
        unit, n = w.SE_UNITS[_norm(g["se"])], 1
    elif "ber" in g:
        unit, n = w.BER_UNITS[_norm(g["ber"])], None
    if unit:
        if n is not None and n == 0:
            return None
        f["unit"] = unit
        f["n"] = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
        f["dur"] = duration(n, unit)
    if "hour" in g:
        hour = int(g["hour"])
        pod = _norm(g.get("pod", ""))
        if pod in ("sore", "sore hari", "petang", "malam", "malam hari") and hour < 12 and not (pod.startswith("malam") and hour < 4):
            hour += 12
        elif pod.startswith("siang") and hour < 6:
            hour += 12
        f["hour"] = f"{hour:02d}"
        f["minute"] = g.get("minute", "00")
        g.pop("pod", None)
    try:
        value = rule.value.format(**f)
    except KeyError:
        return None
    attrs = []
    if "dir" in g and "dir=" not in value and rule.name != "weekday-of-week":
        attrs.append("dir=" + w.DIRECTIONS[_norm(g["dir"])])
    if "pod" in g and "pod=" not in value:
        attrs.append("pod=" + L.weekdays.part_of_day(g["pod"]))
    if "mod" in g and "mod=" not in value:
        attrs.append("mod=" + w.MODS[_norm(g["mod"])])
    return "|".join([value] + attrs)


def _norm(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split())


def duration(n: float | None, unit: str) -> str:
    """An ISO 8601 duration; a fraction spills into the next smaller unit.

    >>> duration(1.5, "hour"), duration(6, "year"), duration(None, "day"), duration(2.5, "year")
    ('PT1H30M', 'P6Y', 'PXD', 'P2Y6M')
    """
    from .lang.id.timex_words import DURATION
    t, per, letter = DURATION[unit]
    if n is None:
        return f"P{t}X{letter}"
    n = n * per
    whole = int(n)
    rest = n - whole
    out = f"P{t}{whole}{letter}" if whole else f"P{t}"
    if rest:
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "M": ("D", 30) if not t else ("S", 60),
                   "W": ("D", 7)}[letter]
        part = round(rest * smaller[1])
        if letter == "D":
            out += f"T{part}H"
        elif letter == "W":
            out = (f"P{whole * 7 + part}D")
        else:
            out += f"{part}{smaller[0]}"
    return out


# ---------------------------------------------------------------- step 2: resolution

def tag_timexes(text: str, dct: dt.date | None, lang: str = "id") -> list[Timex]:
    """The temporal expressions of a text, resolved, sorted by start and non-overlapping.

    >>> [(t.text, t.value) for t in tag_timexes("Pada 4 Januari, ia mengancam. Petro menanggapi keesokan harinya.", dt.date(2026, 1, 10))]
    [('4 Januari', '2026-01-04'), ('keesokan harinya', '2026-01-05')]
    """
    L = language(lang)
    sentences = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    out: list[Timex] = []
    anchors: list[res.Anchor] = []
    si = 0
    for c in symbolic_timexes(text, lang):
        while si + 1 < len(sentences) and sentences[si + 1] <= c.start:
            si += 1
        s_start = sentences[si]
        s_end = sentences[si + 1] if si + 1 < len(sentences) else len(text)
        # a plan is announced before its date ("akan bertemu pada Senin") or right after it
        # ("Senin mendatang"); "Maduro, Senin, mengatakan akan ..." tells a past Monday
        future = bool(L.future.search(text, s_start, c.start) or L.future_after.match(text, c.end, s_end))
        if c.type == "TIME" and (day := _day_right_after(L, text, c, s_end, dct)):
            anchors = anchors + [day]
        ctx = res.Context(dct=dct, anchors=anchors, sentence_start=s_start, future=future)
        r = res.resolve(c.symbolic, ctx)
        if c.symbolic == "REF:first-day":
            r = _first_day(text, c, s_end, sentences, si, out, r)
        out.append(Timex(start=c.start, end=c.end, text=c.text, type=c.type, value=r.value, mod=r.mod,
                         confidence=r.confidence, note=r.note))
        anchors = [a for a in anchors if a.start <= c.start]
        if c.type in ("DATE", "TIME") and (a := res.anchor_of(r.value, c.start)):
            anchors.append(a)
    return out


_RIGHT_AFTER = 30     # characters between a clock time and the day it belongs to ("pukul 7:55 WIB, Jumat (5/12)")


def _day_right_after(L: Language, text: str, c: Candidate, s_end: int, dct) -> res.Anchor | None:
    """The explicit day written right after a clock time, in the same sentence."""
    window = text[c.end:min(s_end, c.end + _RIGHT_AFTER)]
    for d in symbolic_timexes(window, "id"):
        if d.type == "DATE" and re.match(r"(?:\d{4}|XXXX)-\d\d-\d\d", d.symbolic):
            r = res.resolve(d.symbolic, res.Context(dct=dct))
            return res.anchor_of(r.value, c.start)
    return None


_NEXT_WORD = re.compile(r"\s+(?:dari\s+|pada\s+)?(\w[\w-]*)")


def _first_day(text: str, c: Candidate, s_end: int, sentences: list[int], si: int,
               found: list[Timex], fallback: res.Resolved) -> res.Resolved:
    """ "hari pertama KTT": the first day of the thing named next, dated by the last earlier
    sentence that names it beside a day ("KTT ... dibuka kemarin")."""
    m = _NEXT_WORD.match(text, c.end, s_end)
    if not m or len(m[1]) < 3:
        return fallback
    word = re.compile(r"(?<!\w)" + re.escape(m[1]) + r"(?!\w)", re.I)
    for i in range(si - 1, -1, -1):
        a, b = sentences[i], sentences[i + 1]
        if not word.search(text, a, b):
            continue
        days = [t for t in found if a <= t.start < b and t.type == "DATE" and t.value
                and re.match(r"\d{4}-\d{2}-\d{2}", t.value)]
        if days:
            return res.Resolved(days[0].value[:10], confidence=0.6, note=f"first day of {m[1]}")
    return fallback
