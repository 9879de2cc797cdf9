"""Whether an event happened: the status cues around a trigger (planned, hypothetical,
cancelled; else occurred), looked for only where they may start (`_Cues`)."""
from __future__ import annotations

import bisect

from ..text import max2, min2
from .rules import Rules


def _in_condition(low: str, lo: int, start: int, R: Rules) -> bool:
    """Is the trigger at `start` inside a condition opened earlier in its clause ("jika ... sepakat")?"""
    return R.condition is not None and R.condition.search(low, max2(lo, start - 80), start) is not None


class _Cues:
    """Where the status cues may match in an article: only where a word starts with a cue's first
    word ("akan", "dijadwalkan"; every cue's pattern opens with a word boundary), found for all the
    cues in one scan (the triggers' own, `_triggers`, or `R.cue_scan`). A cue with none of its first
    words in a stretch of text cannot match there, and its regular expressions need not be tried."""

    def __init__(self, low: str, R: Rules, at: dict[int, list[int]]):
        self.at = at            # cue -> where it may start, in the order of the text
        if R.cue_scan is not None:
            for m in R.cue_scan.finditer(low):
                for i in R.cues_of_head[m.group(1)]:
                    self.at[i].append(m.start())
        self.everywhere = R.unscanned_cues
        self.in_sentence: dict[int, frozenset] = {}     # sentence start -> the cues it may hold
        self.rows_in: dict[tuple, tuple] = {}           # (sentence start, say) -> the rows of those cues
        found = sorted((p, i) for i, ps in at.items() for p in ps)
        self.starts = [p for p, _ in found]             # every place a cue may start, in order,
        self.cue_at = [i for _, i in found]             # and the cue that may start there

    def within(self, i: int, lo: int, hi: int) -> bool:
        """May cue `i` start in [lo, hi)?"""
        if i in self.everywhere:
            return True
        at = self.at[i]
        k = bisect.bisect_left(at, lo)
        return k < len(at) and at[k] < hi

    def of_sentence(self, s) -> frozenset:
        found = self.in_sentence.get(s.start)
        if found is None:
            lo = bisect.bisect_left(self.starts, s.start)
            hi = bisect.bisect_left(self.starts, s.end, lo)
            found = self.in_sentence[s.start] = self.everywhere.union(self.cue_at[lo:hi])
        return found

    def rows(self, s, say: bool, R: Rules) -> tuple:
        """The status rows (`R.numbered_status`, or `R.say_status` for a reporting verb) of the
        cues sentence `s` may hold, in their order."""
        key = (s.start, say)
        found = self.rows_in.get(key)
        if found is None:
            present = self.of_sentence(s)
            found = self.rows_in[key] = _rows_of(R.say_status if say else R.numbered_status, present) \
                if present else ()
        return found


def _rows_of(rows: tuple, present) -> tuple:
    """The rows of the cues in `present` (apart from `_Cues.rows`, and a loop: a comprehension would hold
    `present` in a cell)."""
    out = []
    for row in rows:
        if row[0] in present:
            out.append(row)
    return tuple(out)


def _status(text, s, start, end, clause, R: Rules, say: bool = False, memo: dict | None = None,
            speech: bool = False, cues: _Cues | None = None) -> str:
    """The status of the trigger at [start, end) (`text` is the article lower-cased). `memo`
    keeps what is found sentence-wide, for the other triggers of the sentence. `speech`: the
    trigger is an act of speech (criticism, a threat), whose words after it are what is said
    ("menuding Denmark gagal menjaga ..."), no cue of its own status.

    A cue counts only when its quick check finds it somewhere in the sentence; that check is
    made (once per sentence) only when the cue would otherwise apply to the trigger, which is
    rare: the windows around the trigger are looked at first. `cues` tells which cues the sentence
    and each window may hold at all: the others are not looked for."""
    if text.startswith(R.plan_triggers, start, end):
        return "planned"        # the trigger is itself a plan: "mengundang"
    if R.call_off and text.startswith(R.call_off, start, end):
        return "cancelled"      # the trigger calls itself off: "menunda sidang"
    rows = cues.rows(s, say, R) if cues is not None else (R.say_status if say else R.numbered_status)
    if not rows:
        return "occurred"       # no cue may start in the sentence
    if memo is None:
        memo = {}
    # the windows looked at, the same for every cue of a scope
    before_lo = max2(clause[0], start - (12 if say else 45))
    if say:     # '"Kami siap," kata Biden': the words quoted tell no status of their saying
        before_lo = max(before_lo, text.rfind('"', before_lo, start) + 1, text.rfind("”", before_lo, start) + 1)
    near_lo = max2(clause[0], start - 40)
    lo = max(clause[0], start - 40, text.rfind(",", clause[0], start) + 1)
    comma = text.find(",", end, clause[1])
    hi = min2(clause[1], end + 90) if comma < 0 else min(clause[1], end + 90, comma)
    for i, status, rx, scope, quick in rows:
        if scope == "before":
            # a reporting verb is planned only when the cue is right before it ("akan mengumumkan")
            if (cues is None or cues.within(i, before_lo, start)) \
                    and quick.search(text, before_lo, start) and rx.search(text, before_lo, start):
                if _in_sentence(text, s, i, quick, memo):
                    return status
        elif scope == "near":
            # the cue within three words before the trigger ("rencana kunjungan Prabowo ke ...")
            if (cues is None or cues.within(i, near_lo, start)) \
                    and quick.search(text, near_lo, start) and (m := rx.search(text, near_lo, start)) \
                    and text.count(" ", m.end(), start) - 1 <= _NEAR_WORDS:
                return status
        elif scope == "clause":
            if ((cues is None or cues.within(i, lo, start))
                and ((quick.search(text, lo, start) and rx.search(text, lo, start))
                     or _spans_into(rx, quick, text, lo, start, end))) \
                    or (not speech and (cues is None or cues.within(i, end, hi))
                        and quick.search(text, end, hi) and rx.search(text, end, hi)):
                if _in_sentence(text, s, i, quick, memo):
                    return status
                continue
            if status != "cancelled":
                continue
            if R.relative_supposed is not None and _in_sentence(text, s, i, quick, memo):
                # "Pertemuan X yang sedianya digelar pekan ini ditunda", "kunjungan Jokowi ke Amman,
                # Yordania, yang sedianya dilakukan Sabtu dibatalkan": the predicate after what was meant
                supposed = R.relative_supposed.search(text, end, min2(s.end, end + 150))
                if supposed is not None and text.find(";", end, supposed.start()) < 0 \
                        and not _turns(text, end, supposed.start(), R.contrast_words):
                    # (not across a turn: "perundingan pada Juli, tetapi putaran ketiga yang dijadwalkan ...")
                    called_off = rx.search(text, supposed.end(), s.end)
                    if called_off is not None and _appositions_only(text, supposed.end(), called_off.start()):
                        return status
            if hi != clause[1]:
                rel = _relative_after(text, hi, R) if text.startswith(",", hi) else -1
                if rel != clause[1]:
                    continue        # (but "di Budapest, Hungaria, yang ...": the clause ends after the place)
            else:
                but = R.but.match(text, hi)
                if but is not None and rx.match(text, but.end()):
                    if _in_sentence(text, s, i, quick, memo):
                        return status   # "Lawatan itu direncanakan pada 2020, tetapi batal ...": called off
                    continue
                rel = _relative_after(text, hi, R)
            if rel >= 0:
                # "Kunjungan X, yang semula dijadwalkan Kamis, batal ...", "KTT itu, yang sedianya digelar di
                # Lima, akhirnya dibatalkan": the predicate after the relative clause
                after = text.find(",", rel + len(R.aside_lead), min2(s.end, rel + 160))
                if after > 0 and (m := R.predicate_lead.match(text, after + 1)) is not None \
                        and rx.match(text, m.end()) and _in_sentence(text, s, i, quick, memo):
                    return status
        else:
            key = (s.start, i)
            m = memo.get(key, memo)
            if m is memo:
                m = memo[key] = rx.search(text, s.start, s.end) if quick.search(text, s.start, s.end) else None
            if m is not None and m.start() < start:
                return status
    return "occurred"


_NEAR_WORDS = 3      # words between a "near" cue and its trigger, at most


def _spans_into(rx, quick, text: str, lo: int, start: int, end: int) -> bool:
    """Does cue `rx` (`quick`: its quick check) open before the trigger at [start, end) and take it in
    ("Perjanjian itu ditargetkan diteken tahun ini": "ditargetkan diteken" holds the trigger "diteken")?"""
    if quick.search(text, lo, end) is None:
        return False
    m = rx.search(text, lo, end)
    return m is not None and m.start() < start < m.end()


def _relative_after(text: str, at: int, R: Rules) -> int:
    """Where ", yang" opens a relative clause at `at`, or after a short apposition there ("di Budapest,
    Hungaria, yang diumumkan ..."); -1 when none does."""
    if text.startswith(R.aside_lead, at):
        return at
    nxt = text.find(",", at + 1, at + 30)
    if nxt > 0 and len(text[at + 1:nxt].split()) <= 2 and text.startswith(R.aside_lead, nxt):
        return nxt
    return -1


def _appositions_only(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] one clause: no comma, or only commas setting off a short apposition ("di kairo,
    mesir, pada akhir november")?"""
    if text.find(",", lo, hi) < 0:
        return True
    pieces = text[lo:hi].split(",")
    return len(pieces) % 2 == 1 and all(len(p.split()) <= 2 for p in pieces[1:-1:2])


def _turns(text: str, lo: int, hi: int, contrast_words) -> bool:
    """Does text[lo:hi] turn (", tetapi", ", namun")? (A function of its own: a comprehension in
    `_status` would make the names it uses cells, which every call of `_status` pays for.)"""
    return any(text.find(", " + w, lo, hi) >= 0 for w in contrast_words)


def _in_sentence(text, s, i, quick, memo: dict) -> bool:
    """Does the quick check of cue `i` find it anywhere in sentence `s` (remembered in `memo`)?"""
    key = (s.start, -1 - i)
    found = memo.get(key)
    if found is None:
        found = memo[key] = quick.search(text, s.start, s.end) is not None
    return found
