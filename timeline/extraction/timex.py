"""Temporal expressions: find them with the rules of `lang/<code>/timex_rules.py`, then resolve.

    tag_timexes(text, dct, lang="id") -> list[Timex]

Two steps, as HeidelTime does: each rule turns its match into a symbolic value
(`symbolic_timexes`), then `resolve.py` anchors the relative ones to the publication date
or to the date mentioned before. Plain precompiled regular expressions: no dateparser.
"""
from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from dataclasses import dataclass
from functools import lru_cache, partial

from . import resolve as res
from .lang.id.timex_words import DURATION as _DURATION      # the ISO 8601 letters of the units
from .lang.id.timex_words import DAY_OF_MONTH_WORDS as _DAY_WORDS
from .text import classify_paragraph, max2, min2
from .word_checks import Tries, after_word, rule_heads
from .types import Timex


@dataclass(slots=True)
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
        self.relative_words = timex_rules.RELATIVE_WORDS
        self.unit_relative = timex_rules.UNIT_RELATIVE
        self.holidays = {_norm(h): day for h, day in timex_rules.HOLIDAYS.items()}
        self.lunar = timex_rules.LUNAR
        self.function_words = set(timex_words.FUNCTION_WORDS)
        lead = getattr(timex_words, "SINCE_LEAD", "")
        self.since_lead = re.compile(r"(?<![\w-])" + lead + "$", re.I) if lead else None
        clause = getattr(timex_words, "SINCE_CLAUSE", "")
        self.since_clause = re.compile(r"(?<![\w-])" + clause + "$", re.I) if clause else None
        past_opener = getattr(timex_words, "PAST_OPENER", "")
        self.past_opener = re.compile(r"\s*" + past_opener, re.I) if past_opener else None
        self.that_after = tuple(" " + w for w in timex_words.THAT)      # "September itu"
        self.year_openers = frozenset(("", *getattr(timex_words, "YEAR_OPENERS", ())))
        turns = getattr(timex_words, "TURNS", ())
        self.turn = re.compile(r"[,;]\s*(?:" + "|".join(turns) + r")\b|;", re.I) if turns else None
        self.said_ahead = tuple(w + " " for w in getattr(timex_words, "SAID_AHEAD", ()))
        back_story = getattr(timex_words, "BACK_STORY", "")
        self.back_story = re.compile(back_story) if back_story else None
        aside = getattr(timex_words, "RELATIVE_ASIDE", "")
        self.relative_aside = re.compile(aside) if aside else None
        self.nth_day_running_after = frozenset(getattr(timex_words, "NTH_DAY_RUNNING_AFTER", ()))
        self.nth_day_running_before = frozenset(getattr(timex_words, "NTH_DAY_RUNNING_BEFORE", ()))
        sub = getattr(timex_words, "SUBORDINATE_ASIDE", "")
        self.subordinate_aside = re.compile(sub) if sub else None
        self.prefixes = [re.compile(r"(?<!\w)(?:" + "|".join(r.prefix) + r")\s+$", re.I) if r.prefix else None
                         for r in self.rules]
        bodies = [self._body(r.pattern, timex_rules.PIECES) for r in self.rules]
        self.compiled = [re.compile(_WHOLE_WORD_BEFORE + body) for body in bodies]
        # tried where the trigger found a word or a number, which tells what is before it
        self.at_word = [re.compile(body) for body in bodies]
        # what must follow a rule's first word where it matches (`word_checks`), and by word
        # (or number) the rules to try there with those checks
        self.heads = [rule_heads(body) for body in bodies]
        self.plans: dict = {}
        # each rule's groups in the order of m.groups(), by their normalized name ("day2" -> "day")
        self.group_names = [tuple(sorted(((i - 1, n.rstrip("2")) for n, i in rx.groupindex.items())))
                            for rx in self.compiled]
        self.meanings: dict[tuple, str | None] = {}
        # the rules whose matches may be look-alikes (see _acceptable)
        self.checked = [bool(r.not_after) or r.name in _LOOK_ALIKE_RULES or r.name in ("ramadan", "that-time")
                        for r in self.rules]
        # which rules may start at a word: scanning only there is what makes the tagger fast
        self.by_first_word: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            words = set()
            for item in rule.starts:
                phrases = timex_rules.STARTS[item[1:]] if item.startswith("%") else (item,)
                words.update(p if p.startswith("#") else re.match(r"\w+", p.lower())[0] for p in phrases)
            for word in words:
                self.by_first_word.setdefault(word, []).append(i)
        from .lang.id.variants import variants
        from .text import trie_branches, trie_regex
        words = [w for w in self.by_first_word if not w.startswith("#")]
        # One pass over the text finds the words rules may start at and the words that announce a
        # plan ("akan", "dijadwalkan"); the sentence starts are found apart (`_sentence_starts`).
        self.future_words = frozenset(timex_words.FUTURE_MARKERS)
        self.ahead_markers = tuple(getattr(timex_words, "AHEAD_MARKERS", ()))
        self.ahead_of = frozenset(getattr(timex_words, "AHEAD_OF", ()))
        self.yesterday = tuple(getattr(timex_words, "YESTERDAY", ()))
        # It runs over the text with a space in front and starts with the character before a
        # word, so that the regex engine skips the letters inside words without trying anything:
        # an ASCII character other than a letter, a digit or "_", or any other character (a table
        # the engine looks up; a letter such as "é" is turned away in `_read`, as "[^\w]" would).
        # Each branch opens with its first character, so that the engine tries only the branches
        # that character can start. The words are matched in their generated spellings (lower,
        # Title, UPPER), as the rules match them, which the regex engine checks much faster than a
        # case-insensitive match.
        # A number's shape tells which rules may start there: a year, a number with a separator
        # ("29/07/2025", "16:45"), or another number ("3 hari", "25 Oktober"); its group is the last
        # one its branch closes. A number counts only where it is not part of a bigger one and
        # what the number rules need follows it: a unit, a month, a range word or "setengah"
        # ("3 hari", "1,5 tahun", "25-27 Oktober", "10 dan 11 Mei"); "1.200" is an amount, not
        # "1.20" and more.
        after_number = {v for words_ in (timex_words.UNITS, months.MONTHS, timex_rules.RANGE_WORDS, timex_words.HALF_WORDS)
                        for w in words_ for v in variants(w)}
        spellings = trie_regex({v for w in set(words) | self.future_words for v in variants(w)}, any_space=True)
        self.trigger = re.compile(
            r"[^0-9A-Za-z_](?:" + spellings + r"(?!\w)"
            r"|\d(?<!\d[.,/:]\d)(?:\d{3}(?!\d)(?P<year>)|\d?(?=[/.:–-]\d)(?![.,]\d{3}(?!\d))(?P<sep>)"
            r"|\d*(?=(?:,\d+)?\s*[-–—]|(?:,\d+)?\s+(?:" + trie_regex(after_number, any_space=True) + r")(?!\w))(?P<num>)))")
        # the rules to try at each spelling the trigger finds, and whether it announces a plan
        self.at_token: dict[str, tuple[tuple[int, ...], bool]] = {
            k: (tuple(v), False) for k, v in self.by_first_word.items() if k.startswith("#")}
        for w in set(words) | self.future_words:
            for v in variants(w):
                self.at_token[v] = (tuple(self.by_first_word.get(w, ())), w in self.future_words)
        self.at_number = {k[1:]: v for k, (v, _) in self.at_token.items() if k.startswith("#")}    # by group name
        # The trigger is searched for first in the text folded to bytes (`_folded`): one byte a
        # character, every character that may stand before a word a space, letters in lower case,
        # digits "0". There the regex engine skips from space to space without looking each
        # character up, and tries half as many first letters; `_triggers` turns each place it
        # finds into what the trigger finds there. The spellings it takes as they stand are the
        # words alone: a phrase ("ke depan") is the trigger's to read, from its first word on.
        folded = {v.lower() for w in set(words) | self.future_words for v in variants(w)}
        if not all(w.isascii() for w in folded):
            raise ValueError("a time word beyond ASCII: the folded text holds none (see `_folded`)")
        heads = {w.split()[0] for w in folded if " " in w}
        self.folded_trigger = re.compile((" (?:" + "".join(b + r"(?!\w)|" for b in trie_branches(
            {w for w in folded if " " not in w} | heads)) + "0)").encode())
        self.at_spelling = {v: self.at_token[v] for v in self.at_token
                            if not v.startswith("#") and " " not in v and v.lower() not in heads}
        self.not_year_before = {w.lower() for w in timex_words.NOT_YEAR_BEFORE}
        self.year_lead = frozenset(timex_words.YEAR_LEAD)
        self.not_year_after = {w.lower() for w in timex_words.NOT_YEAR_AFTER}
        self.regulation = {w.lower() for w in timex_words.REGULATION}
        # "tatap muka pertama ... sejak keduanya bertemu di Bali pada 14 November 2022": the day a first
        # since counts from is the past compared with (the pattern the events read too)
        from .lang.id import status
        self.first_since = re.compile(status.FIRST_SINCE, re.I) if getattr(status, "FIRST_SINCE", None) else None
        # the number after such a name and the capitalised words that tell whose it is
        self.numbered_name = re.compile(r"(?<!\w)(?i:" + "|".join(timex_words.NUMBERED_NAMES)
                                        + r")(?:\s+[A-Z][\w.-]*){0,5}\s+$")
        self.future = re.compile(r"(?<!\w)(?:" + "|".join(timex_words.FUTURE_MARKERS) + r")(?!\w)", re.I)
        self.future_after = re.compile(r"\s*(?:" + "|".join(timex_words.FUTURE_RIGHT_AFTER) + r")(?!\w)", re.I)

    def tries(self, word: str, orders: tuple[int, ...]) -> Tries:
        """The rules to try at `word`, by what follows it (`word_checks`)."""
        return Tries([(order, after_word(self.heads[order], word)) for order in orders])

    @staticmethod
    def _body(pattern: str, pieces: dict[str, str]) -> str:
        for _ in range(4):                       # pieces may hold pieces
            pattern = re.sub(r"%([A-Z][A-Z_0-9]*)", lambda m: "(?:" + pieces[m[1]] + ")", pattern)
        # whole words only, and never a part of a bigger number ("1.200", "No 1/2013", "3,5"):
        # what may not come after, here; what may not come before, `_WHOLE_WORD_BEFORE`
        return r"(?:" + pattern + r")(?!\w)(?![.,/:]\d)"


_WHOLE_WORD_BEFORE = r"(?<!\w)(?<!\d[.,/:])"


@lru_cache(maxsize=4)
def language(lang: str) -> Language:
    return Language(lang)


_FIRST_THREE = operator.itemgetter(0, 1, 2)
_START = operator.attrgetter("start")
_DAY_OF_MONTH_WORDS = frozenset(_DAY_WORDS)    # "tanggal 31 bulan lalu": a day, no amount
_LOOK_BACK = re.compile(r"REF:(?:day|week|weekend|month|quarter|half|year)-")    # "sehari sebelumnya"
_PARAGRAPH = re.compile(r"\n\s*(?=\S)")            # a paragraph starts after a line end (blank lines between or not)
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# between a date and the same moment told in another time zone ("Rabu (15/9) waktu Washington atau
# Kamis pagi WIB"): the second is no new day told
_ALTERNATE = re.compile(r"\s*(?:waktu\s+(?:setempat|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*)?,?\s*atau\s+")


def _alternative(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] what joins a time to its alternative (", atau")? (Its "atau" looked for first: a
    regex call costs some 2,000 instructions of set-up, most gaps have none.)"""
    return text.find("atau", lo, hi) >= 0 and _ALTERNATE.fullmatch(text, lo, hi) is not None


_UNSEEN = object()
_MEANINGS_KEPT = 20_000     # symbolic values remembered per language (by rule and groups)

# rules whose numbers may be amounts, prices or regulation numbers rather than times
_LOOK_ALIKE_RULES = frozenset({"year", "part-of-year", "decade", "numeric-date", "preposition-numeric", "duration",
                               "clock-bare"})
# "UU Nomor 30 Tahun 2009", "No 12 tahun 2014": the year of a regulation's number
_REGULATION = re.compile(r"(?:nomor|no\.?|nomer)\s*\d+[a-z]?\s*(?:tahun\s*)?$")
_NUMBERED = re.compile(r"(?:nomor|no\.?|nomer)\s*\d+\s*$")
_WORD_AFTER = re.compile(r"\s*([\w%]+)")
_NAME_NEXT = re.compile(r",?[ \t]+[A-Z][a-z]")       # a name right after ("..., Lee Hsien Loong")


# ---------------------------------------------------------------- step 1: symbolic values

# `_folded`: a character that may stand before a word (any but an ASCII letter, digit or "_") a
# space, a letter in lower case, a digit "0"; `encode` first makes any character beyond ASCII "?"
_FOLD = bytes(c + 32 if 65 <= c <= 90 else 48 if 48 <= c <= 57 else c if 97 <= c <= 122 or c == 95 else 32
              for c in range(256))


def _folded(padded: str) -> bytes:
    """The text folded for `Language.folded_trigger`, one byte a character (offsets stay).

    >>> _folded(" Senin (12/5), “Kamis”")
    b' senin  00 0    kamis '
    """
    return padded.encode("ascii", "replace").translate(_FOLD)


def _triggers(L: Language, padded: str) -> list[tuple[int, int, str | None]]:
    """(start, end, lastgroup) of every match of `L.trigger` in `padded`, as `finditer` finds them.

    The folded trigger finds a place wherever the trigger may match: before a spelling of a word,
    folded (the same letters, in lower case, between the same characters), and before a number.
    A word spelt as listed, with no letter beyond ASCII after it ("Senin", not "Seninè"), is
    what the trigger finds there; elsewhere the trigger itself is asked (a number, a phrase's
    first word, "sENIN"). A place inside what it found before ("depan" of "ke depan") is passed.
    (Some 15% fewer instructions than `L.trigger.finditer`, which tries some 40 first letters
    wherever a word starts, and looks up each character of the text in its set.)
    """
    out = []
    done = 0
    at_spelling, match = L.at_spelling, L.trigger.match
    for hit in L.folded_trigger.finditer(_folded(padded)):
        start, end = hit.span()
        if start < done:
            continue
        if padded[start + 1:end] in at_spelling and padded[end:end + 1] < "\x80":
            out.append((start, end, None))
        elif (tok := match(padded, start)) is not None:
            end = tok.end()
            out.append((start, end, tok.lastgroup))
        else:
            continue
        done = end
    return out


def symbolic_timexes(text: str, lang: str = "id", exhaustive: bool = False) -> list[Candidate]:
    """The expressions the rules find, longest first where they overlap, in reading order.

    Each rule is tried only where a word it can start with stands (`Rule.starts`);
    `exhaustive` scans the whole text with every rule instead (the tests compare the two).
    """
    return _read(text, lang, exhaustive)[0]


def _read(text: str, lang: str = "id", exhaustive: bool = False):
    """The candidates, the sentence starts, and where plans are announced."""
    L = language(lang)
    rules, at_word = L.rules, L.at_word
    future = []
    found = []                                      # (minus the length, rule, start, match)
    at_token, at_number = L.at_token, L.at_number
    plans = L.plans
    if len(plans) > _MEANINGS_KEPT:
        plans.clear()
    padded = " " + text
    for start, end, group in _triggers(L, padded):  # start: of the word in `text` (the space shifts by one)
        if padded[start] > "\x7f" and padded[start].isalnum():
            continue                                # after a letter such as "é": inside a word
        if group is None:
            word = padded[start + 1:end]
            if word not in at_token:                # words spaced otherwise than listed ("ke  depan")
                word = " ".join(word.split())
            orders, plan = at_token[word]
            if plan:                                # "nanti" announces a plan and starts "nanti malam"
                future.append(start)
            if padded[start] in ".,/:" and padded[start - 1].isdecimal():
                continue                            # "3.Senin" (what `_WHOLE_WORD_BEFORE` turns away)
            key = word
        else:
            orders = at_number[group]
            key = (group, padded[start + 1:end])    # the number's digits
        if exhaustive:
            continue
        if (tries := plans.get(key)) is None:
            tries = plans[key] = L.tries(key if group is None else key[1], orders)
        # the rules that may match, by the two characters after the word (`word_checks`: most
        # regex calls that would fail are spared)
        after = end - 1                             # where the word ends in `text`
        for order in tries[text[after:after + 2]]:
            if (m := at_word[order].match(text, start)) and (end := m.end()) != start:
                found.append((start - end, order, start, m))
    if exhaustive:
        found = [(m.start() - m.end(), order, m.start(), m) for order, rx in enumerate(L.compiled)
                 for m in rx.finditer(text) if m.end() != m.start()]
    found.sort(key=_FIRST_THREE)
    checked = L.checked
    taken = bytearray(len(text) + 1)
    chosen: list[Candidate] = []
    meanings = L.meanings
    if len(meanings) > _MEANINGS_KEPT:
        meanings.clear()
    for _, order, start, m in found:
        end = m.end()
        if taken.find(1, start, end) >= 0:
            continue
        rule = rules[order]
        # a look-alike (an amount, a regulation's number) gives way; a shorter reading may stay
        if checked[order] and not _acceptable(L, rule, m, text):
            continue
        if (prefix := L.prefixes[order]) and (p := prefix.search(text, max2(0, start - 12), start)) \
                and taken.find(1, p.start(), start) < 0:
            start = p.start()
        # what a rule's words mean depends on its groups only, not on where they stand
        key = (order, groups := m.groups())
        symbolic = meanings.get(key, _UNSEEN)
        if symbolic is _UNSEEN:
            symbolic = meanings[key] = _symbolic(L, rule, {name: groups[i] for i, name in L.group_names[order]
                                                           if groups[i] is not None})
        if symbolic is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(Candidate(start, end, text[start:end], rule.name, rule.type, symbolic))
    chosen.sort(key=_START)
    return chosen, _sentence_starts(text), future


# a sentence ends at ".", "!" or "?" before a space and a capital, a digit, a quote or "(";
# each is searched for alone, which the regex engine does fastest (most texts have no "!" or "?")
_SENTENCE_ENDS = [(end, re.compile(re.escape(end) + r"(?=\s+[\"“”'A-Z0-9(])")) for end in ".!?"]


def _sentence_starts(text: str) -> list[int]:
    """Where the sentences start, for the tagger: after a line end or a sentence's end (a rough
    cut, without `text.split_sentences`' care for abbreviations)."""
    starts = [0]
    for end, rx in _SENTENCE_ENDS:
        if end in text:
            starts += [m.end() for m in rx.finditer(text)]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    starts.sort()
    return starts


def _acceptable(L: Language, rule, m: re.Match, text: str) -> bool:
    """Turn away look-alikes: amounts, regulation numbers, durations inside "dalam ... berikutnya"."""
    head = text[max2(0, m.start() - 30):m.start()].split()
    prev = head[-1].lower() if head else ""
    if rule.not_after and (prev in rule.not_after or ("#NUM" in rule.not_after and _is_number(L, prev))):
        # "dalam tiga pekan berikutnya" is a span of time; "dalam beberapa hari mendatang" still a time ahead
        rdir = m.groupdict().get("rdir")
        if prev in _DAY_OF_MONTH_WORDS or not (rdir and L.relative_words[_norm(rdir)][0] == "DCT"):
            return False
    if rule.name == "unit-relative" and (word := getattr(L.weekdays, "SUNDAY_OR_WEEK", None)) \
            and m.group().startswith(word) and head and head[-1][-1:] not in _SENTENCE_END:
        return False            # "pemilihan presiden Minggu lalu": inside a sentence, the capital tells Sunday
    if rule.name == "that-time" and head and head[-1][:1].isupper() and head[-1][-1:] not in _SENTENCE_END \
            and m.group()[:1].islower() and _NAME_NEXT.match(text, m.end()):
        return False            # "Perdana Menteri Singapura kala itu, Lee Hsien Loong": the then holder
    if rule.name == "ramadan" and head and head[-1][:1].isupper() and head[-1].isalpha() and prev not in L.year_lead \
            and not m.group()[:1].islower():
        return False            # "Fikri Ramadhan": a name's last word, not the fasting month
    if rule.name in _LOOK_ALIKE_RULES:
        after = _WORD_AFTER.match(text, m.end())
        nxt = after[1].lower() if after else ""
        if rule.name == "duration" and prev in L.regulation:       # "UU No 22 Tahun 2001"
            return False
        if rule.name != "duration" and (prev in L.not_year_before or nxt in L.not_year_after or nxt == "%"):
            return False
        if prev.startswith(("rp", "us$", "$")):
            return False
        # "UU Nomor 30 Tahun 2009", "Perpres No 12 tahun 2014": the year of a regulation's number
        if rule.name == "year":
            window = text[max2(0, m.start() - 40):m.start()].lower()
            if m[0].isdigit() and L.numbered_name.search(text, max2(0, m.start() - 50), m.start()):
                return False        # "Resolusi Dewan Keamanan PBB 1701": the resolution's number
            if "no" in window:                      # "nomor", "no.", "nomer"
                if _REGULATION.search(window) and "tahun" in m[0].lower() + window[-12:]:
                    return False
                if _NUMBERED.search(window + " "):
                    return False
    return True


@lru_cache(maxsize=4096)
def _is_number(L: Language, word: str) -> bool:
    """Whether the word before a match is an amount ("87 tahun itu"); "2022." ends a sentence.
    (Remembered: the same few words come before units and months again and again.)"""
    if not word or not word[-1].isalnum():
        return False
    return (word[0].isdigit() or L.numbers.parse_number(word) is not None
                           or word in L.numbers.VAGUE or word in ("puluh", "belas", "ratus", "setengah"))


def _symbolic(L: Language, rule, g: dict[str, str]) -> str | None:
    """The symbolic value of a rule's match, from its groups by normalized name."""
    if "pod0" in g:                 # "Selasa malam, 28 Mei": the part of day before the date
        g.setdefault("pod", g.pop("pod0"))
    w = L.words
    f: dict[str, str] = {}
    if "day" in g:
        f["day"] = f"{int(g['day']):02d}"
    if "month" in g:
        f["month"] = f"{L.months.month_number(g['month']):02d}"
    if "mnum" in g:
        f["month"] = f"{int(g['mnum']):02d}"
        if "dayend" in g and int(g["day"]) > int(g["dayend"]):    # "(31-1/2)": 31 January
            f["month"] = f"{(int(g['mnum']) - 2) % 12 + 1:02d}"
            if f["month"] == "12" and "year" in g and len(g["year"]) == 4:
                g["year"] = str(int(g["year"]) - 1)
    if "year" in g:
        y = g["year"]
        f["year"] = y if len(y) == 4 else (f"20{y}" if int(y) < 50 else f"19{y}")
    elif "yrel" in g:
        f["year"] = f"Y{w.OFFSETS[_norm(g['yrel'])]:+d}"
    else:
        f["year"] = "XXXX"
    if "wd" in g:
        f["wd"] = str(L.weekdays.weekday_number(g["wd"]))
    if "ord" in g and rule.name == "nth-day":
        if _norm(g["ord"]) == "terakhir":
            return "REF:last-day"
        f["nth"] = str(w.ORDINAL_DAYS[_norm(g["ord"])] - 1)
    elif "ord" in g:
        f["ordmod"] = w.WEEK_OF_MONTH_MOD[w.ORDINALS[_norm(g["ord"])]]
    if "nth" in g:
        f["nth"] = str(int(g["nth"]) - 1)
    if "q" in g:
        f["q"] = str(w.ORDINALS[_norm(g["q"])])
    if "century" in g:
        f["century"] = f"{int(g['century']) - 1:02d}"
    if "holiday" in g:
        f["holiday"] = L.holidays[_norm(g["holiday"])]
    if "lunar" in g:
        name, days = L.lunar[_norm(g["lunar"])]
        f["lunar"] = name.replace(" ", "_")
        off = days + (int(g["hoff"].replace("–", "-").replace(" ", "")) if "hoff" in g else 0)
        f["hoff"] = f"{off:+d}"
    if "season" in g:
        f["season"] = w.SEASONS[_norm(g["season"])]
    if "decade" in g:
        d = g["decade"]
        f["decade"] = d[:3] if len(d) == 4 else "19" + d[0]
    if "urel" in g:
        f["anchor"], n_off = L.unit_relative[_norm(g["urel"])]
        f["off"] = f"{n_off:+d}"
    elif "rel" in g:
        f["off"] = f"{w.OFFSETS[_norm(g['rel'])]:+d}"
    elif "rday" in g:
        f["off"] = f"{L.day_words[_norm(g['rday'])]:+d}"
    else:
        f["off"] = "+0"
    if "rdir" in g:
        f["rdir"], f["sign"] = L.relative_words[_norm(g["rdir"])]
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
    if words.isalpha():                         # one word, the usual case
        return words.lower()
    return " ".join(words.lower().replace("’", "'").split())


def duration(n: float | None, unit: str) -> str:
    """An ISO 8601 duration; a fraction spills into the next smaller unit.

    >>> duration(1.5, "hour"), duration(6, "year"), duration(None, "day"), duration(2.5, "year")
    ('PT1H30M', 'P6Y', 'PXD', 'P2Y6M')
    """
    t, per, letter = _DURATION[unit]
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
    if isinstance(dct, dt.datetime):                # a timestamp: its day is what counts
        dct = dct.date()
    cands, sentences, future_at = _read(text, lang)
    out: list[Timex] = []
    anchors: list[res.Anchor] = []
    late = 0        # how many of the anchors are days after the dct (asked at every "itu")
    lead = None                     # the story's day (see res.Context)
    story_of = partial(_story_of, text, L)      # what a day told says of the story, asked when needed
    si = 0
    paragraphs = _Paragraphs(text)
    told_days: dict[str, str] = {}      # "WD:4" -> "2014-11-27": a weekday of the past week told with its date
    first_line = text.find("\n")
    headline_end = first_line if first_line > 0 and classify_paragraph(text[:first_line], 0, 2) == "headline" else -1
    for i, c in enumerate(cands):
        while si + 1 < len(sentences) and sentences[si + 1] <= c.start:
            si += 1
        s_start = sentences[si]
        s_end = sentences[si + 1] if si + 1 < len(sentences) else len(text)
        symbolic = c.symbolic
        head = symbolic[0]
        # only a weekday ("WD:"), a moving holiday ("HOL:"), a date counted from one told
        # before ("REF:") and a date without its year depend on the tense of the sentence: a
        # plan is announced before its date ("akan bertemu pada Senin") or right after it
        # ("Senin mendatang"); "Maduro, Senin, mengatakan akan ..." tells a past Monday
        future = False
        if head == "X" or head == "W" or head == "R" or head == "H":
            k = bisect.bisect_left(future_at, s_start)
            marker = future_at[k] if k < len(future_at) else s_end      # the sentence's first word of the future
            if head == "X":
                # a date without its year: such a word anywhere keeps it ahead, but in a clause turned
                # after it ("Juli dan Agustus, tetapi putaran ketiga yang dijadwalkan ...")
                future = marker < s_end and not (marker > c.end and (
                    (L.turn is not None and L.turn.search(text, c.end, marker))
                    or text[max2(c.end, marker - 16):marker].lower().endswith(L.said_ahead)))
            else:
                # (but "menjelang Rabu dini hari", right before the day, tells when, not that it lies ahead)
                future = marker < c.start and text[marker:c.start].rstrip().lower() not in L.ahead_of
                if future and ('"' in (before := text[s_start:c.start]) or "“" in before):
                    # '"Kami akan ...," kata Sudirman, Senin': the speaker's plan, not the Monday's
                    said = _QUOTED.sub(" ", before)
                    # a quote opened in a sentence before closes in this one: what precedes it is quoted too
                    said = said[max2(said.rfind('"'), said.rfind("”")) + 1:]
                    future = bool(L.future.search(said))
            future = future or bool(L.future_after.match(text, c.end, s_end))
            if future and head == "W" and told_days and "|" not in symbolic \
                    and (day := told_days.get(symbolic)) is not None \
                    and text[marker:marker + 12].lower().startswith(L.ahead_markers):
                # "Kamis (27/11/2014)" told in Friday's news, then "menjelang pengumuman hasil pertemuan
                # Kamis": the Thursday already dated, not the next one (but "akan bertemu lagi Kamis"
                # is the next)
                future = False
                symbolic = day
        if head == "X" and "|" not in symbolic and c.end <= headline_end \
                and (told := _told_with_direction(cands, i, symbolic)):
            symbolic = told     # "... Jadi Anggota pada Oktober" over "... di Kuala Lumpur, Oktober mendatang": that October
        if head == "X" and "dir=" not in symbolic and L.since_lead is not None \
                and (L.since_lead.search(text, max2(s_start, c.start - 30), c.start)
                     or (L.since_clause is not None and L.since_clause.search(text, max2(s_start, c.start - 70), c.start))):
            symbolic += "|dir=PAST"                 # "sejak Januari": a month that has begun
        if head == "X" and not future and symbolic.startswith("XXXX-") and "|" not in symbolic \
                and (year := _year_told_before(text, out, s_start, L, c.start)):
            # "Tahun lalu, ... Prabowo menandatangani DCA di Canberra pada 29 Agustus": the year the
            # sentence has told
            symbolic = year + symbolic[4:]
        elif head == "X" and not future and "|" not in symbolic and L.past_opener is not None \
                and L.past_opener.match(text, s_start, c.start):
            symbolic += "|dir=PAST"                 # "Sebelumnya, pada Januari, ...": a month gone by
        if head != "R" and head != "T":             # the publication date alone decides
            said = _said_on(text, c.start, anchors, dct) if head == "D" and symbolic.startswith("DCT:day") else None
            # ... or, inside a quote, the day the words were said ('"Besok, hubungan ... diputus," kata Petro')
            r = res.resolve_on_dct(symbolic, said or dct, future, c.end <= headline_end)
            if head == "X" and not future and r.value and dct and r.value.startswith(str(dct.year + 1)) \
                    and symbolic.startswith("XXXX-") and "|" not in symbolic and anchors \
                    and res.told_long_before(anchors[-1], dct):
                # "Sehari kemudian, Somalia memanggil pulang duta besarnya. Pada 6 Januari, ...", told in
                # December after a day of last January: the story goes on in the past, not into next January
                r = res.resolve_on_dct(str(dct.year) + symbolic[4:], dct, future)
        else:
            seen, seen_late = anchors, late
            if c.type == "TIME" and (day := _day_right_after(cands, i, s_end, dct)):
                seen, seen_late = anchors + [day], late + bool(day.day and dct and day.day > dct)
            r = res.resolve(symbolic, res.Context(dct=dct, anchors=seen, sentence_start=s_start, future=future,
                                                  paragraphs=paragraphs, start=c.start, lead=lead,
                                                  ask=story_of, late=seen_late))
        if head == "R" and symbolic.startswith("REF:nth-day"):
            r = _nth_day(text, cands, i, s_end, sentences, si, out, r, int(c.symbolic.rsplit("+", 1)[1]), dct)
        elif head == "R" and symbolic == "REF:last-day" \
                and (day := _day_right_after(cands, i, s_end, dct, window=_NTH_DAY_WINDOW, deictic=True)) and day.day:
            r = res.Resolved(day.day.isoformat(), confidence=0.8)   # "pada hari terakhir KTT ..., kemarin"
        out.append(Timex(start=c.start, end=c.end, text=c.text, type=c.type, value=r.value, mod=r.mod,
                         confidence=r.confidence, note=r.note))
        if "|wd=" in c.symbolic and r.value and len(r.value) == 10 and dct \
                and 0 < (dct - (day := dt.date.fromisoformat(r.value))).days < 7:
            told_days["WD:" + str(day.isoweekday())] = r.value     # this week's day, told with its date
        if c.type in ("DATE", "TIME") and (a := res.anchor_of(r.value, c.start, r.mod)) and not _labels(text, c, s_start, L) \
                and not (len(out) > 1 and _alternative(text, out[-2].end, c.start)):
            a.back = head == "R" and _LOOK_BACK.match(symbolic) is not None
            if a.month is not None and a.day is None:
                # "sejak Desember lalu", "akhir September itu": a month that opens a span or points
                # back to days told, no thread a count from it goes on (see resolve._month_in_paragraph)
                a.recalled = bool(L.since_lead is not None and L.since_lead.search(text, max2(s_start, c.start - 30), c.start)) \
                    or text.startswith(L.that_after, c.end)
            if a.day is not None:
                # what it says of the story is asked when needed (with where the day told before it in its
                # sentence stands, if any)
                prior = anchors[-1].start if anchors and anchors[-1].day and anchors[-1].start >= s_start else -1
                a.told_in = (s_start, c.end, s_end, prior)
            anchors.append(a)
            late += bool(a.day and dct and a.day > dct)
            if lead is None and a.day and dct and 0 <= (dct - a.day).days <= _LEAD_DAYS and not a.back \
                    and _in_body(text, c.start):
                lead = a
    return out


def _told_with_direction(cands: list, i: int, symbolic: str) -> str | None:
    """The first value after candidate `i` that is `symbolic` with a direction ("XXXX-10|dir=FUTURE" for
    "XXXX-10"), or None. (Apart from `tag_timexes`: a comprehension there makes its names cells.)"""
    told = symbolic + "|dir="
    for o in cands[i + 1:]:
        if o.symbolic.startswith(told):
            return o.symbolic
    return None


def _year_told_before(text: str, out: list, s_start: int, L: Language, at: int) -> str | None:
    """The year the sentence opens with, before a date without its year at `at` ("Tahun lalu, ...",
    "Pada 2019, ..."): the opening adverbial sets the time of the clause; or a year told in words in
    the same clause ("KTT NATO tahun lalu digelar di Washington pada 9-11 Juli"). A year in digits
    elsewhere in the sentence is of something else ("Visi Indonesia Emas 2045", "pemenang Pemilu
    2024", "yang terpilih pada 2014"), as is a part of a year ("akhir tahun") or another date between.
    (A date with a weekday or a direction of its own, "Selasa (10/10)", "18 Juni lalu", is not asked.)"""
    if not out or out[-1].start < s_start:
        return None
    last = out[-1]
    if last.type != "DATE" or not last.value or len(last.value) != 4 or not last.value.isdigit() or last.mod:
        return None
    if text.startswith(",", last.end) and text[s_start:last.start].strip(" \"“'").casefold() in L.year_openers:
        return last.value
    if not any(ch.isdigit() for ch in last.text) and at - last.end <= 60 and "," not in text[last.end:at] and ";" not in text[last.end:at]:
        return last.value
    return None


def _story_of(text: str, L: Language, a: res.Anchor) -> None:
    """Tell whether day `a` is told as what came before ("Sebelumnya, ... Sabtu lalu") and whether in
    an aside closing its sentence ("rencana yang diadopsi KTT pada 4 Maret.") or as the day a first
    since is counted from ("kunjungan pertama sejak ... 15 Mei"): "hari yang sama" and "sehari
    kemudian" look past such days (see resolve)."""
    if not a.told_in:
        a.earlier = a.aside = False
        return
    s_start, end, s_end, prior = a.told_in
    a.earlier = L.back_story is not None and L.back_story.search(text, s_start, s_end) is not None
    closing = len(text[end:s_end].split()) <= 3
    a.aside = closing and ((L.relative_aside is not None and L.relative_aside.search(text, s_start, a.start) is not None)
                           or (prior >= 0 and L.subordinate_aside is not None
                               and (m := L.subordinate_aside.search(text, s_start, a.start)) is not None
                               and m.start() > prior)) \
        or (L.first_since is not None and L.first_since.search(text, s_start, a.start) is not None)


_SENTENCE_END = ".!?\"”:"


class _Paragraphs:
    """The paragraph starts of a text, found the first time the resolver looks (most texts resolve
    every expression without them, and classifying each line is a good part of the tagger's time)."""
    __slots__ = ("text", "starts")

    def __init__(self, text: str):
        self.text, self.starts = text, None

    def __len__(self) -> int:
        return len(self._found())

    def __getitem__(self, i: int) -> int:
        return self._found()[i]

    def _found(self) -> list[int]:
        if self.starts is None:
            self.starts = _paragraph_starts(self.text)
        return self.starts


def _paragraph_starts(text: str) -> list[int]:
    """Where the paragraphs of the story start: a boilerplate line ("BACA JUGA: ...") is none."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        end = text.find("\n", m.end())
        if classify_paragraph(text[m.end():end if end >= 0 else len(text)], 1, 2) not in ("boilerplate", "caption"):
            out.append(m.end())
    return out


_LEAD_DAYS = 7       # how long before the publication date the story's day may be


def _said_on(text: str, at: int, anchors: list, dct) -> dt.date | None:
    """The day the words quoted around position `at` were said, when it is not the publication
    date: the last day told before the quote, within a week before publication. None outside a
    quote."""
    if dct is None or not anchors:
        return None
    lo = text.rfind("\n", 0, at) + 1
    before = text[lo:at]
    if not (before.count('"') % 2 or before.count("“") > before.count("”")):
        return None
    day = next((a.day for a in reversed(anchors) if a.day and not a.back), None)     # (not a look back)
    return day if day is not None and 0 < (dct - day).days <= _LEAD_DAYS else None


def _in_body(text: str, at: int) -> bool:
    """Is position `at` in a line of the article's body (no headline, byline or boilerplate)?"""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return classify_paragraph(text[lo:hi if hi >= 0 else len(text)], 1, 2) == "body"


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)\s+$")      # a whole word ("Pada", not its "ada")


def _labels(text: str, c, s_start: int, L: Language) -> bool:
    """Does a bare year label a thing ("perjanjian normalisasi 1965") rather than tell a time?"""
    if len(c.text) != 4 or not c.text.isdecimal():
        return False            # no bare year: not four digits (\d is a decimal digit, as isdecimal)
    m = _WORD_BEFORE.search(text, max2(s_start, c.start - 30), c.start)
    return m is not None and m.group(1).lower() not in L.words.YEAR_LEAD


_EXPLICIT_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_RIGHT_AFTER = 30     # characters between a clock time and the day it belongs to ("pukul 7:55 WIB, Jumat (5/12)")


def _day_right_after(cands: list[Candidate], i: int, s_end: int, dct,
                     window: int = _RIGHT_AFTER, deictic: bool = False) -> res.Anchor | None:
    """The explicit day written right after an expression, in the same sentence (or, `deictic`, a day
    counted from the publication date: "hari terakhir KTT ..., kemarin")."""
    c = cands[i]
    if i + 1 < len(cands) and (d := cands[i + 1]).start < min2(s_end, c.end + window) \
            and d.type == "DATE" and (_EXPLICIT_DAY.match(d.symbolic)
                                      or (deictic and d.symbolic.startswith("DCT:day"))):
        r = res.resolve(d.symbolic, res.Context(dct=dct))
        return res.anchor_of(r.value, c.start)
    return None


_NTH_DAY_WINDOW = 120      # characters from "hari pertama" to the date of that day in its sentence
_COUNT_FROM = re.compile(r"(?<!\w)(?:sejak|setelah|sesudah|pasca)(?!\w)", re.I)
_NEXT_WORD = re.compile(r"\s+(?:dari\s+|pada\s+)?(\w[\w-]*)")


def _nth_day(text: str, cands: list[Candidate], i: int, s_end: int, sentences: list[int], si: int,
             found: list[Timex], fallback: res.Resolved, nth: int, dct: dt.date | None) -> res.Resolved:
    """ "hari pertama KTT": the first day of the thing named next, dated by the last earlier
    sentence that names it beside a day ("KTT ... dibuka kemarin"); "hari ketiga": two days on."""
    c = cands[i]
    if day := _day_right_after(cands, i, s_end, dct, window=_NTH_DAY_WINDOW, deictic=True):
        # "hari ketiga pencarian, Selasa (30/12/2014)", "hari pertama KTT G20 di Johannesburg,
        # Afrika Selatan, Sabtu (22/11/2025)": the date of that day follows in the sentence;
        # "hari ketiga sejak serangan 7 Oktober": the date the count starts from
        if not day.day:
            return fallback
        if _COUNT_FROM.search(text, c.end, cands[i + 1].start):
            return res.Resolved((day.day + dt.timedelta(days=nth)).isoformat(), confidence=0.7)
        return res.Resolved(day.day.isoformat(), confidence=0.8)
    m = _NEXT_WORD.match(text, c.end, s_end)
    L = language("id")
    before = text[max2(0, c.start - 20):c.start].split()
    if (m and m[1].lower() in L.nth_day_running_after) or (before and before[-1].lower() in L.nth_day_running_before):
        # "Ini merupakan hari ketiga berturut-turut ...": the day told just before (or the publication date)
        told = [t for t in found if t.type == "DATE" and t.value and _EXPLICIT_DAY.match(t.value)
                and (dct is None or t.value[:10] <= dct.isoformat())]     # (a plan told is no day running)
        if told:
            return res.Resolved(told[-1].value[:10], confidence=0.6, note=f"day {nth + 1} running: the day told")
        if dct is not None:
            return res.Resolved(dct.isoformat(), confidence=0.5, note=f"day {nth + 1} running: the publication date")
    if not m or len(m[1]) < 3 or m[1].lower() in L.function_words:
        return fallback
    word = re.compile(r"(?<!\w)" + re.escape(m[1]) + r"(?!\w)", re.I)
    for i in range(si - 1, -1, -1):
        a, b = sentences[i], sentences[i + 1]
        if not word.search(text, a, b):
            continue
        days = [t for t in found if a <= t.start < b and t.type == "DATE" and t.value
                and _EXPLICIT_DAY.match(t.value)]
        if days:
            day = dt.date.fromisoformat(days[0].value[:10]) + dt.timedelta(days=nth)
            return res.Resolved(day.isoformat(), confidence=0.6, note=f"day {nth + 1} of {m[1]}")
    return fallback
