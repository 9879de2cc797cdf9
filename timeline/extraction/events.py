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
   (pronouns resolved by actors.py); the first before the trigger initiates, the ones after
   are targeted. A place after "di" is the location.
5. Mentions of one event (same type, compatible dates, shared parties) merge into one event
   with several evidence spans.
"""
from __future__ import annotations

import bisect
import datetime as dt
import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .taxonomy import cameo_of
from .text import split_sentences
from .types import Actor, Event, Evidence, Participant, Timex, period_of, precision_of

SYMMETRIC = {"meeting", "call", "agreement", "relations"}
VERBAL_PREFIXES = ("me", "ber", "di", "ter", "se", "saling", "kembali", "baru", "mulai", "resmi")


@dataclass
class Rules:
    trigger: re.Pattern
    rows: list                  # (type, strength, example) by group index
    status: list                # (status, compiled, scope)
    negation: re.Pattern
    anaphora: frozenset
    clause_split: re.Pattern
    attack_words: tuple
    sanction_words: tuple


@lru_cache(maxsize=None)
def load_rules(lang: str = "id") -> Rules:
    trig = importlib.import_module(f"timeline.extraction.lang.{lang}.triggers")
    stat = importlib.import_module(f"timeline.extraction.lang.{lang}.status")
    parts, rows = [], []
    for i, (etype, pattern, strength, example) in enumerate(trig.TRIGGERS):
        parts.append(f"(?P<t{i}>{pattern})")
        rows.append((etype, strength, example))
    trigger = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)
    status = [(s, re.compile(r"(?<![\w-])" + p + r"(?![\w-])", re.I), scope) for s, p, scope, _ in stat.STATUS_CUES]
    negation = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in stat.NEGATIONS) + r")\s+(?:\w+\s+)?$", re.I)
    openers = "|".join(re.escape(o) for o in stat.CLAUSE_OPENERS)
    clause_split = re.compile(r";|,\s+(?=(?:" + openers + r")\b)|\s+(?=(?:sementara|sedangkan|tetapi)\b)", re.I)
    return Rules(trigger, rows, status, negation, frozenset(stat.ANAPHORA), clause_split,
                 trig.ATTACK_WORDS, trig.SANCTION_WORDS)


@dataclass
class _Cand:
    type: str
    status: str
    date: str | None
    dated_by: str               # own, inherited, none
    start: int                  # trigger span
    end: int
    trigger: str
    sentence: object
    participants: list          # (name, role)
    location: str
    confidence: float
    clause: tuple[int, int]
    evidence: list = field(default_factory=list)


def _usable(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and precision_of(t.value) is not None


def _date_key(value: str | None):
    return period_of(value) if value else None


def _compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    pa, pb = period_of(a), period_of(b)
    if pa is None or pb is None:
        return a == b
    return (pa[0] <= pb[0] and pb[1] <= pa[1]) or (pb[0] <= pa[0] and pa[1] <= pb[1])


def _finer(a: str | None, b: str | None) -> bool:
    """Is date a more precise than b?"""
    if a is None:
        return False
    if b is None:
        return True
    pa, pb = period_of(a), period_of(b)
    if pa is None or pb is None:
        return False
    return (pa[1] - pa[0]) < (pb[1] - pb[0])


def find_events(text: str, timexes: list[Timex], actors: list[Actor], dct: dt.date | None,
                lang: str = "id") -> list[Event]:
    """The events of one article (see the module doc)."""
    R = load_rules(lang)
    sentences = split_sentences(text)
    times = sorted((t for t in timexes if _usable(t)), key=lambda t: t.start)
    time_starts = [t.start for t in times]
    mentions = sorted(((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda x: (x[0], -x[1]))
    mention_starts = [m[0] for m in mentions]

    cands: list[_Cand] = []
    para_date: dict[int, str] = {}
    for s in sentences:
        if not s.is_news:
            continue
        t_lo = bisect.bisect_left(time_starts, s.start)
        t_hi = bisect.bisect_left(time_starts, s.end)
        sent_times = times[t_lo:t_hi]
        m_lo = bisect.bisect_left(mention_starts, s.start)
        m_hi = bisect.bisect_left(mention_starts, s.end)
        sent_mentions = mentions[m_lo:m_hi]
        found = _sentence_events(text, s, sent_times, sent_mentions, R, dct, para_date.get(s.paragraph))
        cands.extend(found)
        if sent_times:
            para_date[s.paragraph] = sent_times[-1].value
    return _merge(cands, dct)


def _clauses(text: str, s, R: Rules) -> list[tuple[int, int]]:
    out, pos = [], s.start
    for m in R.clause_split.finditer(text, s.start, s.end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, s.end))
    return out


def _sentence_events(text, s, sent_times, sent_mentions, R: Rules, dct, narrative_date) -> list[_Cand]:
    clauses = _clauses(text, s, R)
    out: list[_Cand] = []
    says: list[_Cand] = []
    stext = text[s.start:s.end]
    opening_end = None
    m0 = re.match(r"^[^,]{0,40}?,", stext)
    if m0:
        opening_end = s.start + m0.end()
    people = [m for m in sent_mentions if m[2].kind != "place"]
    subject = people[0] if people else None
    for m in R.trigger.finditer(text, s.start, s.end):
        gi = int(m.lastgroup[1:])
        etype, strength, _ = R.rows[gi]
        start, end = m.start(), m.end()
        word = m.group().casefold()
        before = text[max(s.start, start - 30):start]
        if R.negation.search(before):
            continue
        after = text[end:min(s.end, end + 12)].casefold()
        nominal = strength == "noun" or (strength == "verb" and not word.startswith(VERBAL_PREFIXES))
        anaphoric = nominal and re.match(r"^\s*(?:\w+\s+)?(?:" + "|".join(R.anaphora) + r")\b", after) is not None
        clause = next(((a, b) for a, b in clauses if a <= start < b), (s.start, s.end))
        # participants: actors of the clause, and the subject of the sentence
        parts: list[tuple[int, Actor]] = []
        location = ""
        for ms, me, a in sent_mentions:
            inside = clause[0] <= ms < clause[1]
            if a.kind == "place" or (inside and text[max(s.start, ms - 3):ms].casefold() == "di " and ms > end):
                if inside and not location and ms > start and text[max(s.start, ms - 3):ms].casefold() == "di ":
                    location = text[ms:me]
                if a.kind == "place":
                    continue
            if inside:
                parts.append((ms, a))
        if subject is not None and not any(p[1] is subject[2] for p in parts) and subject[0] < start:
            parts.insert(0, (subject[0], subject[2]))
        if etype == "meeting" and word == "menerima":
            nxt = [p for p in parts if p[0] > end]
            if not nxt or nxt[0][1].kind != "person" or nxt[0][0] - end > 30:
                continue
        if etype == "military_action" and word.startswith("serangan"):
            attacker = [p for p in parts if p[0] < start] + [p for p in parts if end <= p[0] <= end + 25]
            ctx = text[start:min(s.end, end + 30)].casefold()
            if any(w in ctx for w in R.attack_words) or (attacker and attacker[0][1].kind == "organization"):
                etype = "attack"
        if strength == "say":
            window = text[clause[0]:clause[1]].casefold()
            if any(w in window for w in R.sanction_words) and re.search(r"diumumkan", window):
                etype = "sanction"
        # date: the governing timex
        date, dated_by = _govern(text, s, start, end, sent_times, clause, opening_end)
        if date is None and narrative_date:
            date, dated_by = narrative_date, "inherited"
        if anaphoric and dated_by != "own":
            out.append(_Cand(etype, "ref", date, dated_by, start, end, m.group(), s, [], location, 0.0, clause))
            continue
        named_parts = [p for p in parts]
        if nominal and dated_by != "own" and strength != "say" and len(named_parts) < 2:
            continue
        if not named_parts:
            continue
        status = _status(text, s, start, end, clause, R)
        if status == "occurred" and date and dct is not None:
            period = period_of(date)
            if period and period[0] > dct:
                status = "planned"
        # roles
        roles = []
        seen = set()
        for pos, a in sorted(named_parts, key=lambda p: p[0]):
            if a.name in seen:
                continue
            seen.add(a.name)
            if pos < start and not any(r == "initiator" for _, r in roles):
                role = "initiator"
            elif etype in SYMMETRIC:
                role = "participant"
            else:
                role = "target" if pos > start else "participant"
            roles.append((a.name, role))
        conf = 0.5 + (0.2 if dated_by == "own" else 0.05 if dated_by == "inherited" else 0.0) \
            + (0.1 if not nominal else 0.0) + (0.1 if len(roles) >= 2 else 0.0)
        c = _Cand(etype, status, date, dated_by, start, end, m.group(), s, roles, location, min(conf, 0.95), clause)
        if strength == "say":
            says.append(c)
        else:
            out.append(c)
    # reporting verbs make a statement event only when nothing else happens in their clause
    real = [c for c in out if c.status != "ref"]
    for c in says:
        clash = [o for o in real if o.clause == c.clause or (o.date == c.date and o.dated_by == "own")]
        if clash and not (c.dated_by == "own" and all(o.date != c.date for o in clash)):
            continue
        if any(o.type == "statement" for o in out):
            continue
        out.append(c)
    return out


def _govern(text, s, start, end, sent_times, clause, opening_end):
    best, best_cost = None, None
    for t in sent_times:
        if t.end <= start:
            gap = text[t.end:start]
            dist = start - t.end
        else:
            gap = text[end:t.start]
            dist = max(0, t.start - end)
        commas = gap.count(",") + gap.count(";") * 2
        cost = dist + 60 * commas
        if " yang " in f" {gap.casefold()} " and t.start > end:
            cost += 80
        if opening_end is not None and t.end <= opening_end and t.start - s.start < 12:
            cost = min(cost, 45)
        if best_cost is None or cost < best_cost:
            best, best_cost = t, cost
    if best is None or best_cost > 260:
        return None, "none"
    return best.value, "own"


def _status(text, s, start, end, clause, R: Rules) -> str:
    for status, rx, scope in R.status:
        if scope == "before":
            window = text[max(clause[0], start - 45):start]
            if status == "planned":
                window = text[max(clause[0], start - 45):start]
            if rx.search(window):
                return status
        elif scope == "clause":
            if rx.search(text, clause[0], clause[1]):
                return status
        else:
            if rx.search(text, s.start, start):
                return status
    return "occurred"


def _merge(cands: list[_Cand], dct) -> list[Event]:
    events: list[_Cand] = []
    for c in cands:
        if c.status == "ref":
            # evidence for the latest event of that type
            for e in reversed(events):
                if e.type == c.type and _compatible(e.date, c.date):
                    e.evidence.append(c)
                    break
            continue
        target = None
        names = {n for n, _ in c.participants}
        for e in reversed(events):
            if e.type != c.type or not _compatible(e.date, c.date):
                continue
            other = {n for n, _ in e.participants}
            shared = names & other
            if not shared:
                continue
            if len(shared) >= 2 or min(len(names), len(other)) <= 1:
                if e.date != c.date and e.dated_by == "own" and c.dated_by == "own" and c.type in ("statement",):
                    continue
                target = e
                break
        if target is None:
            events.append(c)
            continue
        target.evidence.append(c)
        # the mention with the more precise own date leads
        if c.dated_by == "own" and (target.dated_by != "own" or _finer(c.date, target.date)):
            target.date, target.dated_by = c.date, c.dated_by
            if c.status != "occurred" or target.status == "occurred":
                target.status = c.status
        elif target.status == "occurred" and c.status in ("planned", "cancelled"):
            target.status = c.status
        have = {n for n, _ in target.participants}
        target.participants.extend(p for p in c.participants if p[0] not in have)
        if not target.location and c.location:
            target.location = c.location
        target.confidence = min(0.95, max(target.confidence, c.confidence) + 0.05)
    out = []
    for e in events:
        evid = []
        for c in [e] + e.evidence:
            a, b = _evidence_span(c)
            evid.append(Evidence(a, b, c.sentence.text[a - c.sentence.start:b - c.sentence.start],
                                 c.sentence.start, c.sentence.end))
        evid = list({(x.start, x.end): x for x in evid}.values())
        out.append(Event(
            type=e.type, status=e.status, date=e.date, precision=precision_of(e.date),
            summary=_summary(e), participants=[Participant(n, r) for n, r in e.participants],
            location=e.location, confidence=e.confidence if e.dated_by != "inherited" else e.confidence - 0.1,
            evidence=evid, cameo=cameo_of(e.type), trigger=e.trigger,
        ))
    return out


def _evidence_span(c: _Cand) -> tuple[int, int]:
    """The trigger with a few words either side, inside its clause."""
    s = c.sentence
    text = s.text
    a = c.start - s.start
    b = c.end - s.start
    lo = max(c.clause[0] - s.start, 0)
    hi = min(c.clause[1] - s.start, len(text))
    left = text[lo:a]
    words = list(re.finditer(r"\S+", left))
    if len(words) > 4:
        a = lo + words[-4].start()
    else:
        a = lo
    right = text[b:hi]
    words = list(re.finditer(r"\S+", right))
    if len(words) > 7:
        b = b + words[6].end()
    else:
        b = hi
    seg = text[a:b].rstrip(" ,.;")
    return s.start + a, s.start + a + len(seg)


def _summary(e: _Cand) -> str:
    who = [n for n, r in e.participants if r == "initiator"] or [n for n, _ in e.participants[:1]]
    rest = [n for n, _ in e.participants if n not in who]
    label = e.type.replace("_", " ")
    s = f"{', '.join(who)}: {label}"
    if rest:
        s += f" with {', '.join(rest[:4])}"
    if e.status != "occurred":
        s += f" ({e.status})"
    return s
