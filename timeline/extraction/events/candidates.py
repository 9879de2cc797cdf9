"""What events are built from: a candidate (`_Cand`, one mention of an event in a sentence),
the state carried from one sentence to the next (`_State`), and the groups of event types the
rules ask about."""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from operator import itemgetter

from ..taxonomy import SYMMETRIC_TYPES
from .status import _Cues


SPEECH_ACTS = ("criticism", "threat")    # what follows their trigger is what is said
PLACED_SPEECH = ("statement", "criticism", "threat")    # placed only by a place right after the word
STRIKES = ("military_action", "attack")     # a place right after the word, or after "ke", is struck
STATEMENT_DATING = ("own",)   # an undated statement is not worth a timeline entry
FAMILIES = {"military_action": ("military_action", "attack"), "attack": ("attack", "military_action")}
REACTIONS = frozenset(("criticism", "threat"))
_CALLED_OFF = {"planned", "cancelled"}
_OF_THE_DAY = frozenset(("meeting", "call"))    # a meeting or call before the news is one of its own (`sentence._apart`)
# Told without a date, an event is the news of the day the lead tells, but a statement (dated by its
# own words only) and an agreement (dated by the meeting that reached it, first)
_NOT_DAY_NEWS = frozenset(("statement", "agreement"))
ANNOUNCED = frozenset(("sanction", "relations"))    # "mengumumkan pengusiran / penarikan dubes": the measure is the news
SYMMETRIC = SYMMETRIC_TYPES
AIMED = frozenset(("sanction", "criticism", "threat", "military_action", "attack"))   # done to someone


@dataclass(slots=True)
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
    clause: tuple[int, int]
    evidence: list = field(default_factory=list)
    nominal: bool = False
    in_opening: bool = False       # dated by the sentence-opening adverbial
    other_time: bool = False       # "KTT sebelumnya": another occasion than the one told
    apart: bool = False            # "Secara terpisah, X bertemu Y": not an event told before
    summit: bool = False           # a meeting told by a summit word, or attending one ("menghadiri KTT")
    aside: bool = False            # what a first since counts from ("... pertama sejak mereka bertemu di Bali")


_POSITION = itemgetter(0)
_END = itemgetter(1)


@dataclass
class _State:
    events: list
    para_date: dict
    prev_subject: object
    future: list = field(default_factory=list)     # where the text says "dalam waktu dekat", "kelak"... (in order)
    cue_memo: dict = field(default_factory=dict)   # (sentence, cue) -> the sentence-wide cue's match
    cues: _Cues | None = None                       # where the status cues may match
    by_name: dict = field(default_factory=dict)    # actor name -> Actor
    # rare cue words the article has at all: the sentences are looked at for them only then
    elaboration: tuple = ()                        # "ditandai": the same event, told again
    followers: tuple = ()                          # "disusul": another party doing the same
    since: bool = False                            # "sejak"
    asked: bool = False                            # "apakah"
    topics: list = field(default_factory=list)     # each "perang", "isu" (TOPIC_NOUNS): its match
    lead_date: str | None = None                   # the news of the day, told in the lead
    spans: list = field(default_factory=list)      # (start, end, date) of clauses dated by a span of time
    split_places: list = field(default_factory=list)   # where a clause split may start (`R.clause_heads`)
    told_on: dict = field(default_factory=dict)    # undated sentence start -> the date of the quote that follows it
    from_told: dict = field(default_factory=dict)  # sentence start -> (event word at, unit, n): "Sehari setelah ..."
    valued: dict = field(default_factory=dict)     # sentence start -> (event word at, unit, n) of a span inside an
                                                   # undated sentence: only its own value is counted from the event
    from_ref: list = field(default_factory=list)   # (start, end, unit, n) of clauses a span after an event
                                                   # referred to dates: "Pertemuan itu berlangsung tiga hari setelah ..."
    denials: bool = False                          # the article has a word that may deny a clause
    anniversary: bool = True                       # ... a word that may remember an event ("memperingati")
    since_at: list = field(default_factory=list)   # where it says "sejak", in order
    apart_at: list = field(default_factory=list)   # where it says "terpisah" (`R.apart_words`), in order
    low: str = ""                                  # the article lower-cased, its news sentences, its usable timexes
    sentences: list = field(default_factory=list)
    times: list = field(default_factory=list)
    # the events told, indexed for `merge._add`: (type, party) -> shelf -> [(index in `events`, event)],
    # (type, id of the sentence) -> [(index, event)], id of an event -> its index; and for references
    # back (`sentence._referred`): type -> [(index, event)], (type, status) -> [(index, event)] (each
    # event that has had that status: `merge._set_status` changes the status of an event told)
    told: dict = field(default_factory=dict)
    shelved: set = field(default_factory=set)      # the types whose events are shelved (`merge._SHELVED_FROM`)
    in_sentence: dict = field(default_factory=dict)
    place: dict = field(default_factory=dict)
    of_type: dict = field(default_factory=dict)
    of_status: dict = field(default_factory=dict)
    heads: dict = field(default_factory=dict)      # what `sentence._told_as` has read of each event
    media: list = field(default_factory=list)      # where news outlets are named (no parties to events)
    states_at: list = field(default_factory=list)  # (where, actor) of each state named, in order
    lead_start: int = -1                            # where the article's first sentence of news starts


def _latest_first(shelves: list):
    """The (index, event) of the `shelves` (each in the order of the text), each once, latest first."""
    shelves = [x for x in shelves if x]
    if not shelves:
        return ()
    if len(shelves) == 1:
        return reversed(shelves[0])         # (most often: no generator to make)
    return _merged(shelves)


def _merged(shelves: list):
    last = None
    for i, e in heapq.merge(*(reversed(x) for x in shelves), key=_POSITION, reverse=True):
        if i != last:
            last = i
            yield i, e
