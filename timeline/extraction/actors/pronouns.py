"""Pass 3: pronouns and group references ("Ia", "menurutnya", "kedua negara") resolved to
the actors they point back to."""
from __future__ import annotations

import bisect
import re
from itertools import compress
from operator import itemgetter

from ..text import max2, min2
from ..types import Actor, Mention
from .gazetteer import Lang
from .recognizer import _Recognizer


_first_char = itemgetter(0)


def _most_named(recent: list, count: dict[str, int], n: int) -> list:
    """The `n` of `recent` (the last actors named, latest first) named most often (`count`: how
    often each name was named before), the latest first among equals."""
    rank = {id(a): i for i, a in enumerate(recent)}
    return sorted(recent, key=lambda a: (-count[a.name], rank[id(a)]))[:n]


class _Told:
    """The named mentions of one kind, (start, actor) in text order, and what is asked of those
    before a place, answered without walking them all (a digest of a thousand articles names
    thousands): how many there are (`before`), the last four actors among them (`recent`), how
    often each name is named (`count`), whether they are of two actors or more (`several`)."""

    def __init__(self, items: list):
        self.items = items
        self.starts = [s for s, _ in items]
        self._at = None     # name -> the starts of its mentions (made when first asked)
        # the first mention of another actor than the first one's
        self._second = next((i for i, (_, a) in enumerate(items) if a is not items[0][1]), len(items))
        # the last k asked of `recent` and its answer: the places asked come in the order of the text, so
        # the next answer reads back only the mentions since (and, as a rule, only a few of them)
        self._k = 0
        self._last: list[Actor] = []

    def before(self, pos: int) -> int:
        """How many mentions open before `pos` (they are the first ones)."""
        return bisect.bisect_left(self.starts, pos)

    def recent(self, k: int) -> list[Actor]:
        """The last four actors (each once, latest first) among the first k mentions."""
        if k < self._k:
            self._k, self._last = 0, []         # (asked out of order: read back from the start)
        # the mentions since the last place asked, read back until four actors are found; then the
        # actors of the last answer not found again, in their order (each looked for by identity, not
        # with `in`: an Actor's == compares every field)
        out: list[Actor] = []
        items, x = self.items, k
        while x > self._k and len(out) < 4:
            x -= 1
            a = items[x][1]
            for b in out:
                if b is a:
                    break
            else:
                out.append(a)
        for a in self._last:
            if len(out) == 4:
                break
            for b in out:
                if b is a:
                    break
            else:
                out.append(a)
        self._k, self._last = k, out
        return out

    def count(self, names, pos: int) -> dict[str, int]:
        if self._at is None:
            self._at = {}
            for s, a in self.items:
                self._at.setdefault(a.name, []).append(s)
        return {n: bisect.bisect_left(self._at[n], pos) for n in names}

    def several(self, k: int) -> bool:
        return k > self._second


# The marks beyond ASCII that news text holds most (curly quotes, dashes): each folds to itself
_MARKS = ("\u201c", "\u201d", "\u2019", "\u2018", "\u2013", "\u2014")


def _casefolded(text: str, k: int = 0) -> str:
    """`text.casefold()`, for about half the instructions. Folding takes each character alone, so the
    text may be folded piece by piece between the marks of `_MARKS[k:]`: a piece all ASCII is folded
    by a fast path in C, a text beyond ASCII character by character through Unicode's tables (most
    of an article is ASCII but its quotes).

    >>> _casefolded("“Straße,” kata İlham — ÉCU"), "“Straße,” kata İlham — ÉCU".casefold()
    ('“strasse,” kata i̇lham — écu', '“strasse,” kata i̇lham — écu')
    """
    if text.isascii() or k == len(_MARKS):
        return text.casefold()
    mark = _MARKS[k]
    if mark not in text:
        return _casefolded(text, k + 1)
    return mark.casefold().join([_casefolded(piece, k + 1) for piece in text.split(mark)])


def _pair_matches(rx: re.Pattern, low_text: str, words: tuple):
    """`rx.finditer(low_text)` for the references to two, three or four parties ("kedua negara",
    "dua menteri", "keduanya", "ketiga pemimpin", "keempat menteri"), all of which open with one of
    `words` ("dua", "tiga", "empat"), alone or after "ke": only the places of those words are tried."""
    found = []
    for word in words:
        end = 0
        at = low_text.find(word)
        while at >= 0:
            start = at - 2 if at - 2 >= end and low_text.startswith("ke", at - 2) else at
            m = rx.match(low_text, start)
            if m is not None:
                found.append(m)
                end = m.end()
                at = low_text.find(word, end)
            else:
                at = low_text.find(word, at + len(word))
    found.sort(key=lambda m: m.start())
    return found


def _named_after(text: str, end: int, demonstratives: tuple = ()) -> bool:
    """Does a name (capitalized words, not opening a sentence) follow right after `end`, with no
    demonstrative after it ("empat negara Afrika", not "tiga negara Afrika Barat itu")?"""
    if not (text.startswith(" ", end) and text[end + 1:end + 2].isupper() and text[end - 1:end] not in ".!?"):
        return False
    words = text[end:end + 80].split()
    rest = [w for w in words if not w[:1].isupper()][:1]
    return not (rest and rest[0].strip(",.;:") in demonstratives)


def _states_of_people(named: list, actors: dict[str, Actor]) -> list[Actor]:
    """The states served by the people `named` in the sentence up to "kedua negara" (the pronouns
    resolved too: "ia bertemu Menteri Pertahanan China Dong Jun"): the
    two states of two leaders who met, rather than a third they spoke of ("Xi mengingatkan Biden bahwa
    Taiwan ... dalam hubungan kedua negara"); or the state of one leader and the one state named
    beside him."""
    states: dict[str, None] = {}
    others: dict[str, None] = {}      # the states named themselves
    for _, a in named:
        if a.kind == "person" and a.country:
            states[a.country] = None
        elif a.kind == "country":
            others[a.name] = None
    if len(states) == 1 and len(others.keys() - states.keys()) == 1:
        # one leader and one state named: "Saat Presiden Ferdinand Marcos Jr. berkunjung ke Hanoi pada
        # Januari, kedua negara menandatangani ...": his and the one he visited
        states.update(others)
    found = [actors[c] for c in states if c in actors]
    return found if len(found) == len(states) else []


def _sides_before(low_text: str, named: list, named_starts: list, pos: int, L: Lang) -> list:
    """The two actors named last before `pos` as a pair of sides, right after `L.sides_opener` and a word
    or two ("antara SAF dan RSF", "antara militer Ethiopia dan Front Pembebasan Rakyat Tigray (TPLF)";
    not "perundingan terpisah antara ..."), or []."""
    opener = L.sides_opener
    if not opener:
        return []
    at = low_text.rfind(opener + " ", 0, pos)
    while at >= 0:
        first = at + len(opener) + 1
        i = bisect.bisect_left(named_starts, first)
        lead = low_text[first:named[i][0]].split() if i < len(named) and named[i][0] - first <= 20 else None
        if lead is not None and len(lead) <= 2 and all(map(str.isalpha, lead)) \
                and (at == 0 or not low_text[at - 1].isalnum()) and not low_text.endswith(L.sides_other, 0, at):
            a = named[i][1]
            for j in range(i + 1, min2(i + 4, len(named))):
                s, b = named[j]
                gap = low_text[first:s]
                if s >= pos or len(gap) > 90 or "," in gap or "." in gap:
                    break
                if b is not a and gap.endswith(L.and_gap):
                    return [a, b]
        at = low_text.rfind(opener + " ", 0, at)
    return []


_MEDIATOR_REACH = 45    # how far after a word of brokering the brokers are named


def _mediators(low_text: str, named: list, named_starts: list, L: Lang) -> set[int]:
    """The ids of the actors named right after a word of brokering ("difasilitasi Arab Saudi dan Amerika
    Serikat", "para fasilitator dari Arab Saudi dan AS"). (Each word is looked for with str.find: the
    named mentions are many, the words rare.)"""
    out = set()
    for w in L.mediator_words:
        at = low_text.find(w)
        while at >= 0:
            end = at + len(w)
            i = bisect.bisect_left(named_starts, end)
            while i < len(named) and named[i][0] <= end + _MEDIATOR_REACH:
                out.add(id(named[i][1]))
                i += 1
            at = low_text.find(w, end)
    return out


def _pair_before(low_text: str, named: list, named_starts: list, pos: int, mediators: set, and_gap: str) -> list:
    """The last two actors named together ("X dan Y", "X (A) dan Y") before `pos`, neither of them a
    mediator, or []."""
    i = bisect.bisect_left(named_starts, pos) - 1
    while i > 0:
        (s0, a), (s1, b) = named[i - 1], named[i]
        gap = low_text[s0:s1]
        if a is not b and id(a) not in mediators and id(b) not in mediators and gap.endswith(and_gap) \
                and len(gap) <= 60 and "," not in gap and "." not in gap:
            return [a, b]
        i -= 1
    return []


def _named_in_sentence(named: list, named_starts: list, added_in: dict, starts: list, si: int, pos: int) -> list:
    """The (start, actor) named in sentence `si` before `pos`: those of `named` (in text order, opening
    at `named_starts`), then the pronouns resolved so far (`added_in`, by sentence), in their order."""
    lo = starts[si]     # (si -1, before the first sentence: from the last one's start, so none)
    here = named[bisect.bisect_left(named_starts, lo):bisect.bisect_left(named_starts, pos)] if lo < pos else []
    return here + [(s, a) for s, a in added_in.get(si, ()) if lo <= s < pos]


def _summit_leaders(text: str, low_text: str, named: list, named_starts: list, L: Lang):
    """(start, end, body) of each bare "para pemimpin" after a summit ("KTT ke-46 ASEAN ... Para pemimpin
    sepakat ..."): the organization named right after the last summit word before it. Not when a name
    or a word of its own follows ("para pemimpin ASEAN", "para pemimpin negara Teluk")."""
    for words, anchors in L.summit_leaders.items():
        at = low_text.find(words)
        while at >= 0:
            end = at + len(words)
            nxt = text[end + 1:end + 2]
            if (at == 0 or not low_text[at - 1].isalnum()) and text.startswith(" ", end) and nxt.islower() \
                    and (body := _summit_body(low_text, named, named_starts, at, anchors, L)) is not None:
                yield at, end, body
            at = low_text.find(words, end)


def _summit_body(low_text: str, named: list, named_starts: list, before: int, anchors: tuple,
                 L: Lang) -> Actor | None:
    """The organization named within `L.summit_reach` after the last of `anchors` before `before` that
    names one ("Dalam KTT yang sama": the summit told before it)."""
    lo = max2(0, before - L.summit_lookback)
    last = max((low_text.rfind(w, lo, before) for w in anchors), default=-1)
    while last >= lo:
        if last == 0 or not low_text[last - 1].isalnum():
            i = bisect.bisect_left(named_starts, last)
            while i < len(named) and named[i][0] <= last + L.summit_reach and named[i][0] < before:
                if named[i][1].kind == "organization":
                    return named[i][1]
                i += 1
        last = max((low_text.rfind(w, lo, last) for w in anchors), default=-1)
    return None


def _last_titled(named: list, named_starts: list, at: int, word: str, state: str = ""):
    """The person last named before `at` whose title holds `word`, of `state` if one is (else any)."""
    first = None
    for k in range(bisect.bisect_left(named_starts, at) - 1, -1, -1):
        a = named[k][1]
        if a.kind == "person" and word in a.title.casefold().split():
            if not state or a.country == state:
                return a
            first = first or a
    return first


def _definite_titles(low_text: str, named: list, named_starts: list, L: Lang):
    """(start, end, actor) of each title told as a reference ("sang presiden"): the person last named
    before it whose title holds that word."""
    lead = L.definite + " "
    at = low_text.find(lead)
    while at >= 0:
        word_end = low_text.find(" ", at + len(lead))
        word = low_text[at + len(lead):word_end if word_end >= 0 else len(low_text)].rstrip(".,;:!?\"'")
        if word in L.titles and (at == 0 or not low_text[at - 1].isalnum()) \
                and (a := _last_titled(named, named_starts, at, word)) is not None:
            yield at, at + len(lead) + len(word), a
        at = low_text.find(lead, at + 1)


def _office_holders(text: str, phrase: str, word: str, state: str, named: list, named_starts: list):
    """(start, actor) of each `phrase` standing for an office ("Kepala Negara"): the person last named
    before it whose title holds `word`, of `state` if one is."""
    at = text.find(phrase)
    while at >= 0:
        if (a := _last_titled(named, named_starts, at, word, state)) is not None:
            yield at, a
        at = text.find(phrase, at + 1)


def _resolve_pronouns(R: _Recognizer, L: Lang, actors: dict[str, Actor]) -> None:
    """Attach pronoun and "kedua negara" mentions to the actors they point back to."""
    # every named mention (its start and actor), in text order, with the sentence it sits in
    named = [(m.start, a) for a in actors.values() for m in a.mentions]
    named.sort(key=_first_char)
    # first person of each sentence (its subject, as far as we can tell)
    by_sent: dict[int, list[tuple[int, Actor]]] = {}
    starts = [s.start for s in R.sentences]

    def sent_index(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    named_starts = list(map(_first_char, named))
    lo = bisect.bisect_left(named_starts, starts[0]) if starts else len(named)
    if lo:
        by_sent[-1] = named[:lo]        # (before the first sentence)
    for si in range(len(starts)):       # (named is in text order: a slice for each sentence)
        hi = bisect.bisect_left(named_starts, starts[si + 1], lo) if si + 1 < len(starts) else len(named)
        if hi > lo:
            by_sent[si] = named[lo:hi]
            lo = hi

    def subject_before(si: int) -> Actor | None:
        for k in range(si - 1, max2(-1, si - 4), -1):
            if R.sentences[k].kind != "body":
                continue
            people = sorted((p for p in by_sent.get(k, []) if p[1].kind == "person"), key=lambda x: x[0])
            if people:
                return people[0][1]
        return None

    added: list[tuple[int, int, str, Actor]] = []
    added_in: dict[int, list[tuple[int, Actor]]] = {}      # sentence index -> its resolved (start, actor)

    def resolve(start: int, end: int, surface: str, a: Actor) -> None:
        added.append((start, end, surface, a))
        added_in.setdefault(sent_index(start), []).append((start, a))

    text = R.text
    pronouns = L.pronouns
    # the pronoun tokens, in one pass over the tokens
    found = [R.tok(i) for i in compress(range(R.n), map(L.any_pronouns.__contains__, R.toks.lows))]
    for t in [t for t in found if t.low in pronouns]:
        low = t.low
        si = t.sent
        same = sorted((p for p in by_sent.get(si, []) if p[1].kind == "person" and p[0] < t.start),
                      key=lambda x: x[0])
        target = None
        if low in ("dirinya",) or low in L.clitic_words:
            target = same[0][1] if same else subject_before(si)
        else:
            if same and same[0][0] == R.sentences[si].start:
                target = same[0][1]
            elif same and (text[max2(0, t.start - 12):t.start].split() or [""])[-1].lower() in L.subordinators:
                target = same[-1][1]    # "yang pertama bagi Wong sejak ia dilantik": Wong
            else:
                target = subject_before(si)
        if target is not None:
            resolve(t.start, t.end, t.text, target)
            by_sent.setdefault(si, []).append((t.start, target))
    # "mereka" after a group was named: that group ("M23 merebut Goma. ... mereka menguasai Bukavu")
    groups = [(t.start, t.end, t.text, t.sent) for t in found if t.low in L.group_pronouns]
    low_text = _casefolded(text)
    if L.group_nouns and len(low_text) == len(text):     # "Blok itu", "kelompok regional tersebut"
        tails = L.group_tails
        for noun in L.group_nouns:          # str.find is far cheaper than a regex over the text
            at = low_text.find(noun)
            while at >= 0:
                after = at + len(noun)
                if low_text.startswith(tails, after) and (at == 0 or not (low_text[at - 1].isalnum() or low_text[at - 1] == "-")):
                    for tail in tails:      # (which one: rare)
                        end = after + len(tail)
                        if low_text.startswith(tail, after) and (
                                end == len(low_text) or not (low_text[end].isalnum() or low_text[end] == "-")):
                            groups.append((at, end, text[at:end], sent_index(at)))
                            break
                at = low_text.find(noun, after)
    for g_start, g_end, g_text, si in groups:
        target = None
        for k in (si, si - 1):
            if k < 0 or (k != si and R.sentences[k].kind != "body"):
                continue
            orgs = [p for p in by_sent.get(k, []) if p[1].kind == "organization" and p[0] < g_start]
            if orgs:
                first = min(orgs, key=lambda x: x[0])
                if k != si and first[0] == R.sentences[k].start:
                    target = first[1]   # "Houthi, yang ..., menyerang ... perang Israel-Hamas. ... mereka
                    break               # membajak ...": the sentence's subject, not the last body it names
                target = max(orgs, key=lambda x: x[0])[1]
                break
        if target is not None:
            resolve(g_start, g_end, g_text, target)
    if L.definite and len(low_text) == len(text):
        for start, end, a in _definite_titles(low_text, named, named_starts, L):
            resolve(start, end, text[start:end], a)
    for phrase, (word, state) in L.office_phrases.items():
        for start, a in _office_holders(text, phrase, word, state, named, named_starts):
            resolve(start, start + len(phrase), phrase, a)
    if L.summit_leaders and len(low_text) == len(text):
        for g_start, g_end, body in _summit_leaders(text, low_text, named, named_starts, L):
            resolve(g_start, g_end, text[g_start:g_end], body)
    # "kedua negara", "kedua pemimpin": the last one of that kind named, and beside it the
    # most talked-about of the few named before it
    of_kind: dict[str, tuple[list, list]] = {}      # a pair's kind -> the named of that kind, their starts
    mediators = None        # the ids of the actors told as brokering (asked at the first "kedua pihak")
    for m in (_pair_matches(L.pair_rx, low_text, L.count_words) if L.pair_dua else L.pair_rx.finditer(low_text)):
        if not m.group().startswith("ke") and _named_after(text, m.end(), L.demonstratives):
            continue        # "lawatan Jokowi ke empat negara Afrika": a group told anew, no reference back
                            # (but "ketiga negara Sahel", "tiga negara Afrika Barat itu" are those named before)
        spec = L.pair_refs[m.group()]
        if spec not in of_kind:
            # "person/menteri!perdana menteri": two ministers, a prime minister being no minister;
            # "person/presiden|raja": two people with one of those titles, if two are named
            kind, _, held = spec.partition("/")
            held, _, unlike = held.partition("!")
            kinds = ("country", "person") if kind == "any" else (kind,)
            of_kind_all = [p for p in named if p[1].kind in kinds]
            if held:
                holds = {}      # actor id -> does its title hold one of the words
                for _, a in of_kind_all:
                    if id(a) not in holds:
                        title = a.title.casefold().replace(unlike, "") if unlike else a.title.casefold()
                        holds[id(a)] = any(h in title for h in held.split("|"))
                kept = [(s, a) for s, a in of_kind_all if holds[id(a)]]
            else:
                kept = of_kind_all
            of_kind[spec] = (_Told(kept), _Told(of_kind_all) if "|" in held else None)
        told, fallback = of_kind[spec]
        pos = m.start()
        k = told.before(pos)
        if fallback is not None and not told.several(k):
            told = fallback     # fewer than two leaders named: any two people
            k = told.before(pos)
        recent = told.recent(k)
        size = L.group_sizes.get(m.group())
        if size is not None:
            # "ketiga pemimpin", "keempat menteri": the three (four) most talked-about of the last few named
            if len(recent) >= size:
                for a in _most_named(recent, told.count({a.name for a in recent}, pos), size):
                    resolve(pos, m.end(), text[pos:m.end()], a)
            continue
        picked = recent[:1]
        last_two = told.items[max2(0, k - 2):k]
        if m.group() in L.sides_refs and (sides := _sides_before(low_text, named, named_starts, pos, L)):
            picked = sides      # "perundingan antara SAF dan RSF ... kedua pihak menandatangani": those two
        elif len(last_two) == 2 and last_two[0][1] is not last_two[1][1] and last_two[1][0] - last_two[0][0] <= 30:
            picked = [last_two[1][1], last_two[0][1]]       # "Kamboja dan Thailand ... kedua negara"
        elif spec == "country" and len(served := _states_of_people(_named_in_sentence(
                named, named_starts, added_in, starts, sent_index(pos), pos), actors)) == 2:
            picked = served     # "Jokowi bertemu Biden di Gedung Putih dan kedua negara sepakat ...": theirs
        elif len(recent) > 1:
            picked += _most_named(recent[1:], told.count({a.name for a in recent[1:]}, pos), 1)
        if len(picked) == 2 and m.group() in L.sides_refs and L.mediator_words:
            if mediators is None:
                mediators = _mediators(low_text, named, named_starts, L)
            if any(id(a) in mediators for a in picked):
                picked = _pair_before(low_text, named, named_starts, pos, mediators, L.and_gap) or picked
        if len(picked) == 2:
            for a in picked:
                resolve(pos, m.end(), text[pos:m.end()], a)
    for s, e, surface, a in added:
        a.mentions.append(Mention(s, e, surface))
