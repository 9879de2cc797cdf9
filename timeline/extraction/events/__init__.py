"""Events: who did what to whom, when, and whether it happened.

`find_events(text, timexes, actors, dct, lang="id")` reads the news sentences (boilerplate,
bylines and headings skipped) and returns typed, dated events:

1. Triggers (lang/<code>/triggers.py) mark candidate events; a trigger right after a negation
   ("tanpa kesepakatan") is dropped, a nominal trigger followed by "itu"/"tersebut" refers
   back to an event already told and only adds evidence.
2. The date is the value of the timex that governs the trigger: the nearest one in its
   sentence, a clause boundary or a relative clause costing distance, a sentence-opening
   adverbial ("Pada 27 Januari, ...") governing the whole sentence. A sentence without a date
   continues the narrative time of its paragraph; with none either, the event stays undated.
3. Status from cues (lang/<code>/status.py): cancelled, hypothetical, planned, else occurred;
   an "occurred" event dated after the publication date is planned.
4. Participants are the actors named in the trigger's clause and the sentence's subject
   (pronouns resolved by actors/); the first before the trigger initiates, the ones after
   are targeted. The location is the first place after "di" past the trigger (for a meeting
   or a strike also one right after it or after "ke"; for words of speech only one close to
   them), else one named after "di" before it in its clause.
5. Mentions of one event (same type, compatible dates, shared parties) merge into one event
   with several evidence spans.
6. Each event's confidence is the probability that it is right (confidence.py); an event below
   `min_confidence` (by default `confidence.LISTED_FROM`, 0.6: below it an event costs more than it brings) is
   not listed.

The package: `rules` (the language data compiled), `candidates` (a mention of an event and the
state of a pass), `sentence` (the events of one sentence), `dates`, `status`, `clauses` and
`merge` (what it asks), and here `find_events` with the scan for triggers.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from itertools import chain

from ..confidence import calibrate, LISTED_FROM
from ..text import split_sentences, starts_word
from ..types import Actor, Event, Timex
from .candidates import _END, _POSITION, _State
from .dates import _occasion_date, _quote_dates, _recent, _span_dates, _tells_future, _usable
from .merge import _finish, _without_arrivals
from .rules import load_rules, Rules
from .sentence import _sentence_events
from .status import _Cues


def find_events(text: str, timexes: list[Timex], actors: list[Actor], dct: dt.date | None,
                lang: str = "id", sentences=None, min_confidence: float = LISTED_FROM) -> list[Event]:
    """The events of one article (see the module doc). `sentences`: the article's
    `split_sentences(text)` when the caller has them already. A span of time counted from an
    event ("Sehari setelah penandatanganan", "Beberapa jam sebelum Yoon mendarat") gets, in
    `timexes`, the date the events give it."""
    R = load_rules(lang)
    if sentences is None:
        sentences = split_sentences(text)
    sentences = [s for s in sentences if s.is_news]
    times = sorted((t for t in timexes if _usable(t)), key=lambda t: t.start)
    time_starts = [t.start for t in times]
    mentions = [(m.start, m.end, a) for a in actors if a.name not in R.media for m in a.mentions]
    low = text.lower()
    if len(low) != len(text):       # a few characters change length when lower-cased: keep offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if R.absent is not None:        # "tanpa kehadiran wakil Ukraina": no party to any event
        # (the word boundary before is checked here: a lookbehind opening the regex would keep the
        # engine from skipping ahead to the words' first letters, at 15 times the cost)
        absent = [m.span() for m in R.absent.finditer(low) if starts_word(low, m.start())]
        if absent:
            mentions = [m for m in mentions if not any(lo <= m[0] < hi for lo, hi in absent)]
    mentions.sort(key=_END, reverse=True)      # by start, the longest first (two stable sorts)
    mentions.sort(key=_POSITION)
    mention_starts = [m[0] for m in mentions]
    cues_at = {i: [] for i in range(len(R.numbered_status))}
    found = _triggers(R, low, cues_at)
    planned = []        # things scheduled ("dijadwalkan"): events only where no other trigger tells one
    if R.plan_groups:
        planned = [m for m in found if m.lastgroup in R.plan_groups]
        if planned:
            found = [m for m in found if m.lastgroup not in R.plan_groups]
    found_starts = [m.start() for m in found]
    planned_starts = [m.start() for m in planned]

    # the lead paragraph tells the news of the day: its undated events take the first date
    # it (or, failing that, the paragraph after it) gives
    paragraphs = sorted({s.paragraph for s in sentences})
    lead_date = None
    for p in paragraphs[:2]:
        spans = [(s.start, s.end) for s in sentences if s.paragraph == p]
        lo, hi = spans[0][0], spans[-1][1]
        dated = [t for t in times[bisect.bisect_left(time_starts, lo):bisect.bisect_left(time_starts, hi)]]
        recent = [t for t in dated if dct is None or _recent(t.value, dct)]
        if recent:
            lead_date = recent[0].value
            break

    state = _State(events=[], para_date={}, prev_subject=None,
                   future=sorted(t.start for t in timexes if t.value == "FUTURE_REF" and _tells_future(low, t, R)),
                   by_name={a.name: a for a in actors},
                   media=sorted(m.start for a in actors if a.name in R.media for m in a.mentions))
    if paragraphs and lead_date:
        state.para_date[paragraphs[0]] = lead_date
    state.states_at = [(m[0], m[2]) for m in mentions if m[2].kind == "country"]
    state.lead_start = next((s.start for s in sentences if s.is_news), -1)
    state.spans = _span_dates(low, timexes, times, sentences, R, state.from_told, state.from_ref, state.valued)
    state.told_on = _quote_dates(low, sentences, times, time_starts, mentions, mention_starts, R)
    state.elaboration = tuple(w for w in R.elaboration if w in low)
    state.followers = tuple(w for w in R.followed_by_words if w in low) if R.followed_by is not None else ()
    state.since_at = _places(low, R.since)
    state.since = bool(state.since_at)
    state.apart_at = _places(low, R.apart_words)
    state.asked = R.question is not None and R.question_word in low
    state.topics = _topic_nouns(low, R)
    state.lead_date = lead_date
    state.denials = R.denied_clause is not None and any(w in low for w in R.denied_words)
    state.anniversary = R.anniversary_heads is None or any(w in low for w in R.anniversary_heads)
    state.low, state.sentences, state.times = low, sentences, times
    state.split_places = _places(low, R.clause_heads)     # (see `clauses._clauses`)
    state.cues = _Cues(low, R, cues_at)
    prev_para = None
    for s in sentences:
        if s.paragraph != prev_para:
            # a paragraph going on with the occasion before ("Dalam kesempatan yang sama, ...")
            opener = R.continuation.match(low, s.start) if R.continuation is not None and prev_para is not None \
                and s.paragraph not in state.para_date else None
            arrived = _arrival_date(low, s, state, R) if prev_para is not None and s.paragraph not in state.para_date \
                else None
            if arrived is not None:
                state.para_date[s.paragraph] = arrived      # "Tak lama setelah tiba, ...": the day of the arrival
            elif opener is not None and (prev_para in state.para_date or lead_date):
                # (after an undated paragraph: the occasion is the news of the day; "Di sela KTT, ...":
                # the day of the summit told)
                state.para_date[s.paragraph] = _occasion_date(opener.end(), found, state, R) \
                    or state.para_date.get(prev_para, lead_date)
            elif lead_date and s.paragraph not in state.para_date and R.same_day is not None \
                    and R.same_day.match(low, s.start):
                state.para_date[s.paragraph] = lead_date
                for t in timexes:       # "Beberapa jam sebelum ...": those hours fall on that day
                    if t.type == "DURATION" and s.start <= t.start < s.start + 3:
                        t.value, t.type = lead_date, "DATE"
            prev_para = s.paragraph
        t_lo = bisect.bisect_left(time_starts, s.start)
        t_hi = bisect.bisect_left(time_starts, s.end)
        m_lo = bisect.bisect_left(mention_starts, s.start)
        m_hi = bisect.bisect_left(mention_starts, s.end)
        f_lo = bisect.bisect_left(found_starts, s.start)
        f_hi = bisect.bisect_left(found_starts, s.end)
        plans = planned[bisect.bisect_left(planned_starts, s.start):bisect.bisect_left(planned_starts, s.end)] \
            if planned else ()
        _sentence_events(text, low, s, times[t_lo:t_hi], mentions[m_lo:m_hi], found[f_lo:f_hi], R, dct, state, plans)
    events = _finish(_without_arrivals(state.events, R), state.by_name, [(t.start, t.end) for t in times], R.open_ends,
                     R.part_of)
    if not calibrate(events, text, dct, lang):
        return events       # (no weights, no line to draw: every event listed at 0.5)
    return [e for e in events if e.confidence >= min_confidence]


def _arrival_date(low: str, s, state: _State, R: Rules) -> str | None:
    """The date of the arrival told last when sentence `s` opens on it ("Tak lama setelah tiba, ...",
    "Setibanya di Hiroshima, ..."), else None."""
    if R.arrived is None or R.arrived.match(low, s.start) is None:
        return None
    for e in reversed(state.events):
        if e.type == "meeting" and e.date and e.trigger.casefold().startswith(R.arrival_words):
            return e.date
    return None


def _places(low: str, words) -> list[int]:
    """Where each of `words` stands in the text, in order (found with str.find)."""
    out = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            out.append(at)
            at = low.find(word, at + 1)
    out.sort()
    return out


def _topic_nouns(low: str, R: Rules) -> list:
    """Each topic noun of the text that is a word of its own ("masalah", not in "permasalahan"), with
    what follows it up to a party (see `clauses._topical`), in the order of the text."""
    out = []
    for word in R.topic_nouns:      # (found by str.find: a regex of them all tries most places in the text)
        at = low.find(word)
        while at >= 0:
            if starts_word(low, at) and (m := R.topic.match(low, at)) is not None:
                out.append(m)
            at = low.find(word, at + 1)
    return sorted(out, key=re.Match.start)


def _triggers(R: Rules, low: str, cues_at: dict | None = None) -> list:
    """Every trigger match in the lower-cased text, as `R.trigger.finditer` would find them; and,
    in `cues_at`, where each status cue may start, when `R.starts` finds the cues' first words too."""
    if R.starts is None:
        return list(R.trigger.finditer(low))
    out, last, by_head, cues_of_head = [], 0, R.by_head, R.cues_of_head if cues_at is not None else {}
    for c in _word_starts(R, low):
        p, head = c.start(1), c.group(1)
        if p and low[p - 1] > "\x7f" and low[p - 1].isalnum():
            continue            # after a letter such as "é": inside a word (see `_word_starts`)
        for i in cues_of_head.get(head, ()):
            cues_at[i].append(p)
        if p < last:
            continue
        match = by_head.get(head, by_head)
        if match is by_head:
            match = by_head[head] = _head_trigger(R, head)
        if match is None:
            continue            # a cue's word, where no trigger starts
        m = match(low, p)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _word_starts(R: Rules, low: str):
    """The matches of `R.starts` in `low` (the word found, group 1, where a word starts), and a few
    more the caller turns away. Past the text's first character they are searched for as the word
    after a character that is no ASCII letter, digit, "_" or "-" (`R.starts_after`, when every word
    is of ASCII letters, digits and "-"): faster, as the regex engine skips ahead to the characters
    that may stand before a word, where the lookbehind of `R.starts` would have it try every place,
    and looks those characters up in a table, where "[^\\w-]" would ask Unicode's of each. They are
    the same words, and those after a letter or digit beyond ASCII ("é"), which the caller turns
    away; a match ends inside a word, so that character is no other match's."""
    if R.starts_after is None:
        return R.starts.finditer(low)
    first = R.starts.match(low)
    after = R.starts_after.finditer(low)
    return after if first is None else chain((first,), after)


def _head_trigger(R: Rules, head: str):
    """`R.trigger.match` narrowed to the triggers that may start where `head` was found: those
    with a literal beginning that is a prefix of `head`, in their order. `R.starts` finds the
    longest literal beginning there is, so the others cannot match there (a longer one, "dijadwalkan"
    where "di" was found, is not in the text): the first match is the same, at a fraction of the
    cost of trying every alternative (the preposition "di" opened 29 of the 55 trigger groups).
    (A beginning of several words, "di waktu", is found as its first word, where the others follow.)
    So too within a trigger: of its alternatives, only those that may start there are kept, in
    their order (the regex engine need not try the other 30-odd words of a verb's group where
    "sanksi" stands: 0.15 M instructions a dev article)."""
    parts = []
    for name, alternatives in R.head_parts:
        kept = [alt for alt, heads in alternatives if not heads or any(head.startswith(h) for h in heads)]
        if kept:
            parts.append(f"(?P<{name}>(?:" + "|".join(kept) + "))")
    if not parts:
        return None             # (a cue's first word, found by the same scan)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?:nya)?(?![\w-])").match
