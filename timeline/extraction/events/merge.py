"""Mentions of one event merged into one (`_add`, `_absorb`), and the events finished for
output (`_finish`: evidence spans, summaries)."""
from __future__ import annotations

import bisect
from operator import itemgetter

from ..taxonomy import cameo_of, parts_of, summarize
from ..text import max2, min2
from ..types import Event, Evidence, Participant
from .candidates import _CALLED_OFF, _Cand, _latest_first, _POSITION, _State, SYMMETRIC
from .dates import _compatible, _finer, _period, _precision
from .rules import Rules


def _is_arrival(e: _Cand, R: Rules) -> bool:
    """A meeting told by its visitor's arrival ("tiba di Jakarta")."""
    return e.type == "meeting" and bool(R.arrival_words) and e.trigger.casefold().startswith(R.arrival_words)


def _without_arrivals(events: list, R: Rules) -> list:
    """An arrival ("Albanese tiba di Jakarta pada Rabu malam") is the visit itself only when no
    other meeting of the visitor, or in the place arrived at, is told within three days of it."""
    if not R.arrival_words:
        return events
    out = []
    for e in events:
        if _is_arrival(e, R) and e.date:
            who = {n for n, _ in e.participants}
            period = _period(e.date)
            if period and any(o is not e and o.type == "meeting" and o.date
                              and (who & {n for n, _ in o.participants} or (e.location and o.location == e.location))
                              and (p := _period(o.date)) and abs((p[0] - period[0]).days) <= 3 for o in events):
                continue
        out.append(e)
    return out


def _add(state: _State, c: _Cand) -> None:
    """Add a candidate, or merge it into an event it mentions again: of its type, sharing a party,
    the one that fits it best (`_fit`). `_told` hands the events that may take it, latest first, in
    two streams: those that may be of its status, and the firm ones of another status."""
    names = {n for n, _ in c.participants}
    # (who initiates matters only where the parties do not act together)
    init_c = {n for n, r in c.participants if r == "initiator"} if c.type not in SYMMETRIC else set()
    if c.type in state.shelved:
        same_status, other_status = _told(state, c, names)
        # no event fits better than one sharing every party, of the same status, not hypothetical; and
        # in the second stream, none better than one sharing every party (one of the same status there
        # has changed status since it was shelved, and is in the first stream too)
        fits = [_best(state, c, names, init_c, same_status, (len(names), True, True)),
                _best(state, c, names, init_c, other_status, (len(names), False, True))]
        fits = [f for f in fits if f is not None]
        best = max(fits, key=_FIT) if fits else None
    else:       # few events of its type yet: each is looked at
        best = _best(state, c, names, init_c, reversed(state.of_type.get(c.type, ())), None)
    if best is not None:
        _absorb(state, best[3], best[4], c)
        return
    i = len(state.events)
    state.events.append(c)
    state.place[id(c)] = i
    same_type = state.of_type.setdefault(c.type, [])
    same_type.append((i, c))
    state.of_status.setdefault((c.type, c.status), []).append((i, c))
    if c.type in state.shelved:
        _index(state, i, c, names)
        state.in_sentence.setdefault((c.type, id(c.sentence)), []).append((i, c))
    elif len(same_type) >= _SHELVED_FROM:
        state.shelved.add(c.type)       # a digest: from now on, the events of the type are shelved
        for j, e in same_type:
            _index(state, j, e, [n for n, _ in e.participants])
            state.in_sentence.setdefault((e.type, id(e.sentence)), []).append((j, e))


# Events of one type told before they are shelved by party, status and date (`_index`): an ordinary
# article tells fewer, and looking at each costs less than keeping the shelves; a digest of many
# articles tells thousands, which only the shelves keep from comparing each mention with all.
_SHELVED_FROM = 48
_FIT = itemgetter(0, 1, 2, 3)


def _best(state: _State, c: _Cand, names: set, init_c: set, told, full: tuple):
    """The (fit, index, event) of `told` (index, event), latest first, that fits `c` best (see `_fit`):
    the latest among equals. Stops at a fit of `full`: none after it fits better."""
    best = None
    for i, e in told:
        fit = _fit(state, c, e, names, init_c)
        if fit is not None and (best is None or (*fit, i) > best[:4]):
            best = (*fit, i, e)
            if fit == full:
                break
    return best


def _fit(state: _State, c: _Cand, e: _Cand, names: set, init_c: set) -> tuple | None:
    """How well the event `e` fits the mention `c` (`names`: its parties, `init_c`: those who initiate,
    where that matters), None when it cannot take it: the parties shared, the same status, firm rather
    than hypothetical (compared in that order)."""
    if not _compatible(e.date, c.date):
        return None
    other = {n for n, _ in e.participants}
    shared = names & other
    same_sentence = c.sentence is e.sentence
    dated_nominal = c.nominal and c.dated_by == "own"
    if not shared and c.summit and e.summit and c.nominal and c.dated_by == "inherited" and c.date == e.date \
            and not same_sentence:
        pass                    # "KTT dipimpin bersama oleh Presiden Dewan Eropa": the summit told that day
    elif not shared or not (len(shared) >= 2 or min2(len(names), len(other)) <= 1 or dated_nominal or same_sentence):
        return None
    if init_c and (init_e := {n for n, r in e.participants if r == "initiator"}) and not init_c & init_e:
        return None
    if (c.dated_by == "own" and e.dated_by == "own" and not c.nominal
            and not e.nominal and c.sentence is not e.sentence and {c.status, e.status} != _CALLED_OFF):
        return None             # (a plan and the same plan called off are one event)
    if c.dated_by == "own" and not c.nominal and e.date is None and e.nominal and c.sentence is not e.sentence:
        return None
    if c.type == "statement" and c.sentence is not e.sentence:
        return None
    if (c.other_time or e.other_time) and c.date != e.date:
        return None             # "KTT sebelumnya": another occasion than the one told
    if c.apart and c.sentence is not e.sentence:
        return None             # "Secara terpisah, ...": an occasion apart from those told before
    if c.status != e.status and c.dated_by == "own" and e.dated_by != "own":
        return None
    if c.status in ("planned", "hypothetical") and (e.status == "occurred" or (
            e.status == "cancelled" and e.dated_by == "own" and c.dated_by != "own")):
        return None             # a plan is no mention of what happened, nor of a dated plan called off
    if c.status == "cancelled" and e.status == "occurred" and c.dated_by == "own":
        return None
    if {c.status, e.status} == {"cancelled", "occurred"} and _new_person(names ^ other, state):
        return None             # "Pertemuan dengan ... Kemi Badenoch ... ditunda": not the meeting held
    if c.status == "occurred" and e.status == "cancelled" and c.dated_by == e.dated_by == "own" \
            and c.sentence is not e.sentence:
        return None             # "kunjungan ... yang semula dijadwalkan awal Mei ditunda. Hari ini, KTT
                                # berlanjut": what is held on its day is not the plan called off
    if same_sentence and c.trigger != e.trigger and names - other and other - names and (
            (not c.nominal and not e.nominal) or (c.dated_by == e.dated_by == "own" and c.date != e.date)):
        return None             # "menerima Netanyahu, lalu bertemu Abdullah": two meetings (so too "menemui
                                # Biden pada 12 November, sebelum menghadiri KTT APEC ... pekan lalu")
    if same_sentence and c.clause != e.clause and not c.nominal and not e.nominal \
            and "cancelled" in (c.status, e.status) and c.status != e.status:
        return None             # "gagal menemui X saat berkunjung ke Y": the visit happened
    return len(shared), e.status == c.status, e.status != "hypothetical"


def _firm(e: _Cand) -> bool:
    """Dated in its own clause and told by a verb. Two such mentions in two sentences are two events,
    unless one is a plan and the other its calling off (see `_add`). An event once firm stays so, and
    its date only narrows: a date replaces its own only when finer and compatible with it (`_absorb`,
    and `sentence._refer_back`), so inside it."""
    return e.dated_by == "own" and not e.nominal


_LOOSE = ("loose", None)    # the shelf of the events that were not firm when indexed


def _index(state: _State, i: int, e: _Cand, names) -> None:
    """Put the event `e` (`state.events[i]`) on the shelf of each of its `names`: `state.told` holds,
    for each type and party, the events in the order of the text, loose ones apart, firm ones by
    their status and date (which they keep, or narrow). An event on a shelf it has left (its status
    changed, it became firm) stays there: `_add` checks each event it is handed."""
    shelf = (e.status, e.date) if _firm(e) else _LOOSE
    for n in names:
        _shelve(state.told.setdefault((e.type, n), {}).setdefault(shelf, []), i, e)


def _shelve(events: list, i: int, e: _Cand) -> None:
    """Put `e` (`state.events[i]`) among `events` ([(index, event)] in the order told), once."""
    if not events or events[-1][0] < i:
        events.append((i, e))
    elif events[(at := bisect.bisect_left(events, i, key=_POSITION))][0] != i:
        events.insert(at, (i, e))       # (a party added to an event told before, or its status changed)


def _set_status(state: _State, e: _Cand, status: str) -> None:
    """Change the status of an event told, keeping it on the shelves `_add` looks at."""
    if status == e.status:
        return
    e.status = status
    if id(e) in state.place:
        i = state.place[id(e)]
        _shelve(state.of_status.setdefault((e.type, status), []), i, e)
        if _firm(e) and e.type in state.shelved:
            _index(state, i, e, [n for n, _ in e.participants])


def _may_meet(told: str | None, date: str | None) -> bool:
    """May an event firm since it was dated `told` be compatible with `date`? Its date is inside
    `told` (see `_firm`): only if the two overlap."""
    if told is None or date is None:
        return True
    pa, pb = _period(told), _period(date)
    if pa is None or pb is None:
        return told == date     # (a date of no known period is never narrowed)
    return pa[0] <= pb[1] and pb[0] <= pa[1]


def _told(state: _State, c: _Cand, names: set) -> tuple:
    """The events that may take the mention `c`, as (index, event), the latest first: those of its type
    sharing a party with it (a statement, only those of its sentence), less the firm ones it cannot
    mean: of a date apart from its own, or, for a firm mention, of another sentence (see `_add`). A
    digest of a thousand articles tells thousands of events of one kind with the same parties: a
    mention is compared with the few that may take it, not with all of them. Two streams: the events
    that may be of the status of `c`, and the firm ones shelved with another."""
    same = [state.in_sentence.get((c.type, id(c.sentence)), [])]
    other = []
    if c.type != "statement":
        firm = _firm(c)
        wanted = (_CALLED_OFF - {c.status}) if firm and c.status in _CALLED_OFF else ()
        for n in names:
            for shelf, events in state.told.get((c.type, n), {}).items():
                if shelf == _LOOSE:
                    same.append(events)
                elif not _may_meet(shelf[1], c.date):
                    continue
                elif not firm:
                    (same if shelf[0] == c.status else other).append(events)
                elif shelf[0] in wanted:
                    other.append(events)
    return _latest_first(same), _latest_first(other)


def _new_person(names: set, state: _State) -> bool:
    """Is one of `names` (parties one mention has and the other lacks) a person?"""
    return any((a := state.by_name.get(n)) is not None and a.kind == "person" for n in names)


def _placed_inside(e: _Cand, date: str | None) -> bool:
    """Is `e` already placed, from its context, on a finer date inside `date` (a week, a year told
    of it later)? That date then only confirms it: it keeps its place and its source."""
    return e.dated_by == "inherited" and _finer(e.date, date) and _compatible(e.date, date)


def _absorb(state: _State, i: int, target: _Cand, c: _Cand) -> None:
    """Merge the mention `c` into the event `target` (`state.events[i]`)."""
    target.evidence.append(c)
    if c.dated_by == "own" and _placed_inside(target, c.date):
        pass                        # a year told of an event already placed on a day of it
    elif c.dated_by == "own" and (target.dated_by != "own" or _finer(c.date, target.date)):
        target.date, target.dated_by = c.date, c.dated_by
        if target.status != "cancelled" and (c.status != "occurred" or target.status == "occurred"):
            _set_status(state, target, c.status)
    elif target.status in ("occurred", "planned") and c.status == "cancelled":
        _set_status(state, target, c.status)
    have = {n for n, _ in target.participants}
    new = [p for p in c.participants if p[0] not in have]
    target.participants.extend(new)
    if new and target.type in state.shelved:
        _index(state, i, target, [n for n, _ in new])
    if not target.location and c.location:
        target.location = c.location


def _finish(events: list, by_name: dict, times: list[tuple[int, int]] = (), open_ends: frozenset = frozenset(),
            part_of=lambda name: "") -> list[Event]:
    """The events as the module gives them; `times`: the (start, end) of the dates in the text, in
    order, which no evidence span cuts; `open_ends`: the words no evidence span ends on; `part_of`:
    the body a body is part of (`Rules.part_of`)."""
    out = []
    for e in events:
        spans: list[list] = []              # [start, end, sentence], overlapping ones joined
        in_sentence: dict[int, list[list]] = {}     # id of a sentence -> its spans (an event told
                                                    # a thousand times has a thousand sentences)
        for c in (e, *e.evidence):
            a, b = _whole_dates(*_evidence_span(c, open_ends), times, c.sentence)
            sent = c.sentence
            for x in in_sentence.get(id(sent), ()):
                if x[0] < b and a < x[1]:
                    if a < x[0]:
                        x[0] = a
                    if b > x[1]:
                        x[1] = b
                    break
            else:
                spans.append(x := [a, b, sent])
                in_sentence.setdefault(id(sent), []).append(x)
        evid = [Evidence(a, b, sent.text[a - sent.start:b - sent.start], sent.start, sent.end)
                for a, b, sent in spans]
        date = e.date
        precision = _precision(date)
        if precision == "day":
            date = date[:10]
            precision = _precision(date)
        parties = _with_whom_they_serve(e.participants, by_name, part_of)
        out.append(Event(e.type, e.status, date, precision, _summary(e, by_name),
                         [Participant(n, r) for n, r in parties], e.location,
                         0.5,      # (the confidence is set by `calibrate`)
                         evid, cameo_of(e.type), e.trigger,
                         ("text" if e.dated_by == "own" else "context") if date else ""))
    return out


def _with_whom_they_serve(participants: list, by_name: dict, part_of) -> list:
    """The participants, and the state each person or body among them serves ("Menteri Luar Negeri
    Rwanda Olivier Nduhungirehe" signs for Rwanda), or the body a body is part of ("Dewan Keamanan
    PBB" acts in the UN), when the article names it: after them, in their role."""
    out = list(participants)
    named = {n for n, _ in participants}
    for n, r in participants:
        a = by_name.get(n)
        if a is None or a.kind not in ("person", "organization"):
            continue
        whole = a.country or (part_of(n) if a.kind == "organization" else "")
        if whole in by_name and whole not in named:
            named.add(whole)
            out.append((whole, r))
    return out


_NAME_WORDS = 8        # how far an evidence span may reach to a name's first or last word
                       # ("Kementerian Luar Negeri China Mao Ning")


def _whole_dates(a: int, b: int, times: list[tuple[int, int]], s) -> tuple[int, int]:
    """The evidence span [a, b) widened to the whole of a date it cuts ("(7/8/2025), Indonesia dan ..."
    is "Kamis (7/8/2025), Indonesia dan ...", "(OPEC) pada 27" is "(OPEC) pada 27 November"), within
    its sentence `s`."""
    i = bisect.bisect_right(times, (a, 1 << 62)) - 1      # the last date opening at or before a
    if i >= 0 and times[i][0] < a < times[i][1] and times[i][0] >= s.start:
        a = times[i][0]
    j = bisect.bisect_left(times, (b, -1)) - 1             # the last date opening before b
    if j >= 0 and times[j][0] < b < times[j][1] and times[j][1] <= s.end:
        b = times[j][1]
    return a, b
_NAME_ENDS = ",.;:)\"”"    # punctuation closing a word: no name goes on past it


def _evidence_span(c: _Cand, open_ends: frozenset = frozenset()) -> tuple[int, int]:
    """The trigger with a few words either side, inside its clause, not ending on one of `open_ends`."""
    s = c.sentence
    text = s.text
    a = c.start - s.start
    b = c.end - s.start
    lo = max2(c.clause[0] - s.start, 0) or s.dateline     # ("PORT MORESBY, KOMPAS.com - " is no evidence)
    hi = min2(c.clause[1] - s.start, len(text))
    # four words before the trigger (str.split and rsplit cut at the same spaces as \S+)
    left = text[lo:a]
    words = left.rsplit(None, 4)
    if len(words) == 5:         # more than four: from the fourth last on
        a = lo + left.index(words[1], len(words[0]))
        # ... not from the middle of a name ("Samia Suluhu Hassan tiba", not "Suluhu Hassan tiba"): back
        # to its first word, a few at most
        for _ in (range(_NAME_WORDS) if text[a:a + 1].isupper() else ()):
            if not text[a:a + 1].isupper() or text[a - 1] != " ":
                break
            start = text.rfind(" ", lo, a - 1) + 1 or lo      # the word before, one space before
            if start < lo or not text[start:start + 1].isupper() or text[a - 2] in _NAME_ENDS:
                break
            a = start
    else:
        a = lo
    # seven words after it
    right = text[b:hi]
    words = right.split(None, 7)
    if len(words) == 8:         # more than seven: up to the end of the seventh
        b = b + len(right[:len(right) - len(words[7])].rstrip())
        # ... and to the end of a name it stops inside ("Samia Suluhu Hassan", not "Samia Suluhu")
        for _ in (range(_NAME_WORDS) if text[b + 1:b + 2].isupper() else ()):
            if text[b:b + 1] != " " or not text[b + 1:b + 2].isupper() or text[b - 1] in _NAME_ENDS \
                    or not text[text.rfind(" ", 0, b) + 1].isupper():
                break
            end = text.find(" ", b + 1, hi)          # the next word, which goes on the name
            b = hi if end < 0 else end
    else:
        b = hi
    while b < hi and text[max2(a, text.rfind(" ", a, b) + 1):b].lower() in open_ends:
        end = text.find(" ", b + 1, hi)         # "... Mohamad Hasan di": and the place it opens
        b = hi if end < 0 else end
        while b < hi and text[b + 1:b + 2].isupper() and text[b - 1] not in _NAME_ENDS:    # ... whole
            end = text.find(" ", b + 1, hi)
            b = hi if end < 0 else end
    seg = text[a:b].rstrip(" ,.;")
    lead = len(seg) - len(seg.lstrip(" -–—"))   # "- Presiden Prabowo ...": not from the dateline's dash
    return s.start + a + lead, s.start + a + len(seg)


def _summary(e: _Cand, by_name: dict) -> str:
    """The event's one-line summary (`taxonomy.summarize`)."""
    return summarize(e.type, parts_of(e.participants, by_name), e.trigger, e.location, e.status)
