"""The shape of a sentence: its clauses, their subject and parties, quotes and their speakers,
the agent of a passive, relative clauses and conditions."""
from __future__ import annotations

import bisect
import re

from ..text import CLOSING_QUOTE, max2
from .candidates import _Cand
from .rules import Rules


_TITLE_NEXT = re.compile(r"\s+(\w+)")
_LOWER_GAP = re.compile(r"(?:\s+[a-z]+){0,2}\s+")      # " parlemen ", " presiden ": lower-case words only
_TITLED_GAP = re.compile(r"\s+(?:[A-Z][\w-]*\s+)*")      # " Presiden Chile " before a name


def _analysts_only(c: _Cand, by_name: dict, R: Rules) -> bool:
    """Are the people who speak in statement `c` all commentators (analysts, researchers,
    lecturers), none of whom acts for a state or a body?"""
    people = [by_name[n] for n, role in c.participants if n in by_name and by_name[n].kind == "person"]
    return bool(people) and all(a.title.casefold().startswith(R.analyst_titles) for a in people)


def _clause_of(clauses: list[tuple[int, int]], at: int, s) -> tuple[int, int]:
    """The clause holding position `at` (the whole sentence when none does)."""
    for clause in clauses:
        if clause[0] <= at < clause[1]:
            return clause
    return (s.start, s.end)


def _clauses(text: str, s, R: Rules, open_end: int = -1, places: list[int] | None = None) -> list[tuple[int, int]]:
    """The clauses of sentence `s`; `open_end`: the comma closing its opening adverbial clause
    ("Seusai bertemu Xi, Scholz menggelar pembicaraan dengan Li"), which is a clause apart;
    `places`: where in the article a split may start (`R.clause_heads`, in order), when the caller
    has them: the regex is tried there only (its search would test every character against the
    splits' first characters, at many times the cost of finding the heads with str.find)."""
    out, pos = [], s.start
    if open_end >= 0:
        out.append((pos, open_end))
        pos = open_end + 1
    for m in _splits(text, pos, s.end, R, places):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, s.end))
    return out


def _splits(text: str, lo: int, hi: int, R: Rules, places: list[int] | None) -> list:
    """The matches of `R.clause_split` in text[lo:hi], as `finditer` finds them: tried only at the
    `places` where one may start (all of them without `places`)."""
    if places is None:
        return list(R.clause_split.finditer(text, lo, hi))
    out, pos, split = [], lo, R.clause_split.match
    for at in places[bisect.bisect_left(places, lo):bisect.bisect_left(places, hi)]:
        if at >= pos and (m := split(text, at, hi)) is not None:
            out.append(m)
            pos = m.end()
    return out


def _clause_parties(text, low, s, clause, sent_mentions, R: Rules) -> tuple[list, list, list]:
    """The parties named in a clause of sentence `s` ((position, actor) each, places and venues left
    out), where its triggers may take their location from ((start, end, how) of each place, country or
    venue, `how` "di" after "di", else ""), and the organizations among the parties."""
    seats = R.seats
    parts, places, organizations = [], [], []
    place_end = -1             # end of the last place named after "di"
    for ms, me, a in sent_mentions:          # (in the order of the text)
        if ms < clause[0]:
            continue
        if ms >= clause[1]:
            break
        # ("di" a word of its own: not the end of "Saudi" in "Raja Arab Saudi Abdullah")
        after_di = ms - 3 >= s.start and low.startswith("di ", ms - 3) and (ms - 3 == s.start or not low[ms - 4].isalnum())
        if not after_di and a.kind == "organization" and low.endswith(R.venue_prefixes, s.start, ms):
            places.append((ms, me, "di", a.kind))       # "di kantor Kementerian BUMN": where, not who
            continue
        if a.kind == "country" and ms == place_end + 2 and text[place_end:ms] == ", ":
            place_end = me      # "di Abuja, Nigeria": the country says where the place is
            continue
        if after_di:
            places.append((ms, me, "di", a.kind))
            if a.kind in ("place", "country"):
                place_end = me
                if a.kind == "country" and low[ms:me] in seats:
                    continue    # "di Abuja": the city where it happens, not its government
        elif a.kind in ("place", "country"):
            places.append((ms, me, "", a.kind))
        if a.kind == "place":
            continue
        parts.append((ms, a))
        if a.kind == "organization":
            organizations.append((ms, a))
    return parts, places, organizations


def _subject(text, mentions, lo, hi, R: Rules):
    """The first party named in [lo, hi): a person rather than the country of their title."""
    pending = None              # a country or organization, unless a person follows it closely
    post_for = R.title_post_for
    for m in mentions:          # (in the order of the text)
        if m[0] >= hi:
            break
        if m[0] < lo or m[2].kind == "place":
            continue
        if pending is not None:
            if m[1] <= pending[1]:
                continue        # "Korea Selatan" inside "Kementerian Unifikasi Korea Selatan"
            if m[2] is pending[2]:
                pending = (pending[0], m[1], m[2])
                continue        # its short name after it: "Centre for Strategic ... Studies (CSIS)"
            if post_for is not None and post_for.fullmatch(text, pending[1], m[0]):
                if m[2].kind == "person":
                    return m    # "Komisaris Tinggi PBB untuk Hak Asasi Manusia Volker Turk"
                continue        # "Duta Besar Rusia untuk Korea Selatan ...": still the title
            if m[2].kind != "person" or (m[0] - pending[1] > 6 and not _titles_between(text, pending[1], m[0], R)
                                         and not (R.title_apposition is not None and pending[0] > lo
                                                  and R.title_apposition.fullmatch(text, pending[1], m[0])
                                                  and text.startswith(",", m[1]))):
                return pending
            pending = None      # "Presiden Kolombia Gustavo Petro", "Putra Mahkota Arab Saudi Pangeran
                                # Salman": the person
        if m[2].kind in ("country", "organization"):
            pending = m
            continue
        return m
    return pending


def _titles_between(text: str, lo: int, hi: int, R: Rules) -> bool:
    """Are the words of text[lo:hi] (three at most) titles, a rank or an honorific that opens the
    name after a title's country ("Pangeran", "Laksamana Madya")?"""
    words = text[lo:hi].split()
    return 0 < len(words) <= 3 and all(w.casefold() in R.titles for w in words)


def _nominal(strength: str, word: str, R: Rules) -> bool:
    """Does the trigger `word` name the event rather than state it (a noun, or a "verb" trigger
    whose first word does not look like a verb)?"""
    return strength == "noun" or (strength == "verb" and not word.startswith(R.verbal_prefixes)
                                  and word.split()[0] not in R.verbal_words
                                  and word.split()[0] not in R.stating_words)


def _in_relative(low: str, lo: int, at: int, R: Rules) -> bool:
    """Does the verb at `at` open right after "yang" or a relative clause's lead ("yang teksnya
    telah") in low[lo:at]? (The quick test first: most verbs have no "yang" before them.)"""
    if low.endswith(R.relative_word, lo, at):
        return True
    return R.relative_lead is not None and low.find(R.relative_word, lo, at) >= 0 \
        and R.relative_lead.search(low, lo, at) is not None


def _scheduled_kind(low: str, lo: int, hi: int, R: Rules) -> str | None:
    """The type of a thing scheduled, told by the words in low[lo:hi] ("Putaran ketiga yang semula
    dijadwalkan ...": a meeting); None when none tells it."""
    for etype, pattern in R.scheduled_kinds:
        if pattern.search(low, lo, hi):
            return etype
    return None


_QUOTE_END = re.compile(r'[^"“”]{0,200}?[,.!?]?["”]\s*,?\s*')


def _joined(text, sent_mentions, first_start: int, first_end: int, stop: int, R: Rules) -> set[int]:
    """Starts of the mentions joined one after the other to the party at [first_start, first_end)
    by "dan", "serta" or a comma ("Jepang dan Korea Selatan"), before `stop`."""
    out, prev_end = set(), first_end
    for ms, me, _ in sent_mentions:          # (in the order of the text)
        if ms >= stop:
            break
        if ms <= first_start:
            continue
        if R.coordination.fullmatch(text, prev_end, ms):
            out.add(ms)
            prev_end = me
        elif ms > prev_end:
            break
    return out


def _passive_agent(low: str, end: int, word: str, parts: list, R: Rules):
    """The party right after a passive verb ("dikecam oleh Brasil", "disita pasukan Garda Revolusi
    Iran"), as (position, actor), or None."""
    # (loops: comprehensions would hold `prefix`, `R` and `at` in cells)
    prefix = R.passive_prefix
    if prefix not in word:
        return None
    for w in word.split():
        if w.startswith(prefix) and w not in R.passive_lookalikes:
            break
    else:
        return None
    agent = R.passive_agent.match(low, end) if R.passive_agent is not None else None
    if agent is None:
        return None
    at = agent.end()
    for p in parts:
        if p[0] == at:
            return p
    if low[at:at + 20].split()[:1] and low[at:at + 20].split()[0] in R.titles:
        # "dipanggil oleh Wakil Menteri Luar Negeri Kim Hong-kyun": the person after the title
        for p in parts:
            if at < p[0] <= at + 60 and p[1].kind == "person":
                return p
    return None


_QUOTE_CLOSED = re.compile(CLOSING_QUOTE + r"\s*$")


def _closes_quote(text: str, start: int) -> bool:
    """Does the reporting verb at `start` close a quote ('"...," kata X')?"""
    return _QUOTE_CLOSED.search(text, max2(0, start - 6), start) is not None


def _after_reported(text: str, low: str, start: int) -> bool:
    """Does the reporting verb at `start` come right after the words it reports: a closing quote
    ('"...," kata X') or a comma ("Indonesia siap membantu, kata X")?"""
    return low.startswith(", ", start - 2) or _closes_quote(text, start)


def _quoted_before(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """The quote the reporting verb at `start` closes, from its opening mark (or `lo`, the sentence's
    start, when it opened before) to its closing mark; None when the verb closes no quote."""
    closed = _QUOTE_CLOSED.search(text, max2(lo, start - 6), start)
    if closed is None:
        return None
    close = closed.start() + 1
    return max(lo, text.rfind('"', lo, close), text.rfind("“", lo, close)), close


_start = re.Match.start


def _topical(low: str, s, sent_mentions, matches, nouns: list, R: Rules) -> set[int]:
    """Where the mentions of sentence `s` that name a topic start: the states right after a topic noun
    ("perang Rusia-Ukraina", "konflik antara India dan Pakistan"), not when the noun is in a trigger
    ("pecah perang antara ..."); none when the sentence tells an event of another kind (a strike's
    parties are named so too). `nouns`: the article's topic nouns (matches of `R.topic`), in order."""
    out: set[int] = set()
    nouns = nouns[bisect.bisect_left(nouns, s.start, key=_start):bisect.bisect_left(nouns, s.end, key=_start)]
    if not nouns or _other_kind(matches, s.end, R):
        return out
    at = {ms: me for ms, me, _ in sent_mentions}
    for t in nouns:
        if _inside(matches, t.start()):
            continue        # in a trigger ("pecah perang antara ...")
        start = t.end()
        while start in at:
            out.add(start)
            start = _after_join(low, at[start], R.topic_joins)
    return out


# (apart from `_topical`: the names a comprehension uses are cells, made at every call of the function
# holding it)
def _other_kind(matches: list, hi: int, R: Rules) -> bool:
    """Does a trigger match ending by `hi` tell an event of a kind no topic names?"""
    for m in matches:
        if m.end() <= hi and R.row_of[m.lastgroup][0] not in R.topic_types:
            return True
    return False


def _inside(matches: list, at: int) -> bool:
    """Is `at` inside one of the matches?"""
    for m in matches:
        if m.start() <= at < m.end():
            return True
    return False


def _after_join(low: str, end: int, joins: tuple) -> int:
    """Where the name after a join of topic parties at `end` (`joins`: "-", " dan ") may start, or -1."""
    return next((end + len(j) for j in joins if low.startswith(j, end)), -1)


def _quote_speaker(text, trigs, start, end, sent_mentions, state, R: Rules) -> list:
    """Who says the quote a trigger at [start, end) sits in: the party right after the reporting
    verb that closes it ('"...," kata Presiden X'), or the last subject for "ujarnya"."""
    say = next((tr[0] for tr in trigs if tr[2] == "say" and tr[6] >= end), None)
    if say is None or not _QUOTE_END.fullmatch(text, end, say.start()):
        return []
    after = [(ms, a) for ms, me, a in sent_mentions if say.end() <= ms <= say.end() + 40]
    if after:
        return [(start - 1, after[-1][1] if after[0][1].kind != "person" and after[-1][1].kind == "person" else after[0][1])]
    if R.told_of(say.group()) and state.prev_subject is not None:
        return [(start - 1, state.prev_subject)]
    return []


def _org_summit(low: str, start: int, parts, R: Rules) -> bool:
    """A summit whose one party is an organization: its members meet ("KTT ECOWAS")."""
    return bool(R.summit_words) and low.startswith(R.summit_words, start) \
        and any(a.kind == "organization" for _, a in parts)


def _object_of(text: str, at: int, lo: int, R: Rules) -> bool:
    """Is the party named at `at` the object of a preposition ("kepada Presiden Gabriel Boric")?
    Capitalized title words between them are skipped."""
    words = text[max2(lo, at - 60):at].split()
    while words and words[-1][:1].isupper():
        words.pop()
    return bool(words) and words[-1].lower() in R.object_words


def _names_actor(parts: list, actor) -> bool:
    """Is `actor` among the (position, actor) `parts`?"""
    for p in parts:
        if p[1] is actor:
            return True
    return False
