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
   are targeted. The location is the first place after "di" past the trigger (for a meeting
   or a strike also one right after it or after "ke"; for words of speech only one close to
   them), else one named after "di" before it in its clause.
5. Mentions of one event (same type, compatible dates, shared parties) merge into one event
   with several evidence spans.
6. Each event's confidence is the probability that it is right (confidence.py).
"""
from __future__ import annotations

import bisect
import datetime as dt
import importlib
import re
from operator import itemgetter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .confidence import calibrate
from .resolve import shift
from .taxonomy import cameo_of, headline
from .text import Searched, dateline_length, literal_heads, opens_with_boundary, split_sentences, trie_regex
from .types import Actor, Event, Evidence, Participant, Timex, period_of, precision_of

SPEECH_ACTS = ("criticism", "threat")    # what follows their trigger is what is said
PLACED_SPEECH = ("statement", "criticism", "threat")    # placed only by a place right after the word
STRIKES = ("military_action", "attack")     # a place right after the word, or after "ke", is struck
STATEMENT_DATING = ("own",)   # an undated statement is not worth a timeline entry
_CLOSING = re.compile(r"[\s\w]{0,25}[.!?\"”]*\s*")
_TITLE_NEXT = re.compile(r"\s+(\w+)")
_LOWER_GAP = re.compile(r"(?:\s+[a-z]+){0,2}\s+")      # " parlemen ", " presiden ": lower-case words only
_TITLED_GAP = re.compile(r"\s+(?:[A-Z][\w-]*\s+)*")      # " Presiden Chile " before a name
FAMILIES = {"military_action": ("military_action", "attack"), "attack": ("attack", "military_action")}
REACTIONS = frozenset(("criticism", "threat"))
_CALLED_OFF = {"planned", "cancelled"}
_OF_THE_DAY = frozenset(("meeting", "call"))    # besides reactions and deals: undated, they are the day's news
ANNOUNCED = frozenset(("sanction", "relations"))    # "mengumumkan pengusiran / penarikan dubes": the measure is the news
SYMMETRIC = {"meeting", "call", "agreement", "relations"}


@dataclass
class Rules:
    trigger: re.Pattern
    starts: re.Pattern | None   # where a trigger may start (None: scan with `trigger` alone)
    rows: list                  # (type, strength, example) by group index
    status: list                # (status, compiled, scope, quick check: no match there, none of the cue)
    negations: frozenset
    anaphora: frozenset
    anaphora_after: re.Pattern
    clause_split: re.Pattern
    attack_words: tuple
    sanction_words: tuple
    media: frozenset
    states: frozenset
    titles: frozenset
    source_words: frozenset
    capture_words: frozenset
    plan_triggers: tuple
    anniversary: re.Pattern
    year_lead: frozenset
    call_off: tuple = ()
    condition: re.Pattern | None = None     # a condition word ("jika") up to a trigger, no comma between
    condition_types: frozenset = frozenset()
    court: re.Pattern | None = None
    stating_words: frozenset = frozenset()
    summit_words: tuple = ()
    other_time: re.Pattern | None = None
    seats: frozenset = frozenset()          # capitals and seats of government, lower-cased
    question: re.Pattern | None = None      # "ditanya apakah ...": up to a trigger asked about
    followed_by: re.Pattern | None = None   # ", disusul X pada ...": X does the same later
    elaboration: frozenset = frozenset()    # "... yang ditandai <trigger>": how the event before came about
    continuation: re.Pattern | None = None  # a paragraph opener going on with the occasion before
    same_day: re.Pattern | None = None      # a paragraph opener hours from the news of the day
    attribution: re.Pattern | None = None   # '"...," ujar X': the verb that closes a quote
    speech_venue: re.Pattern | None = None  # "berpidato di <meeting word>": the venue of a speech
    after_words: frozenset = frozenset()    # grammar.py: see there
    since: tuple = ()
    since_words: frozenset = frozenset()
    after_openers: tuple = ()
    openers: tuple = ()
    relative: re.Pattern | None = None
    relative_object: re.Pattern | None = None
    medium_aside: re.Pattern | None = None
    denied_clause: re.Pattern | None = None     # "membantah bahwa ...": what follows did not happen
    denied_words: tuple = ()                    # ... holding one of these
    agreed_meeting: re.Pattern | None = None    # "sepakat bertemu kembali": the meeting, no agreement
    meeting_agreed: re.Pattern | None = None    # "KTT berikutnya disepakati digelar ..."
    restated_date: re.Pattern | None = None     # grammar.py: see there
    lifted: re.Pattern | None = None            # triggers.py LIFTED: a sanction lifted
    copulas: frozenset = frozenset()            # grammar.py: see there
    analyst_titles: tuple = ()                  # titles.py ANALYST_TITLES: who comments, not acts
    condemning: re.Pattern | None = None        # grammar.py CONDEMNING: a resolution that condemns
    relative_held: re.Pattern | None = None
    relative_supposed: re.Pattern | None = None
    generic_ref: re.Pattern | None = None   # "acara itu": the event told before, whatever its kind
    object_words: frozenset = frozenset()   # "kepada", "dengan"...: the word before a party that makes it an object
    but: re.Pattern | None = None
    coordination: re.Pattern | None = None
    reported: re.Pattern | None = None
    since_word: re.Pattern | None = None
    since_clause: re.Pattern | None = None
    since_after: re.Pattern | None = None
    verbal_prefixes: tuple = ()
    verbal_words: frozenset = frozenset()
    light_verbs: frozenset = frozenset()
    group_subject: re.Pattern | None = None  # "mereka", "keempat menteri" opening a clause
    question_word: str = "\0"
    followed_by_words: tuple = ()
    visitor_groups: tuple = ()              # "menerima delegasi ...": a party received, with no person named
    by_agent: re.Pattern | None = None      # the agent of a passive told with its preposition, wherever named
    agent_next: frozenset = frozenset()     # passive verbs that are triggers only with their agent right after
    audience: re.Pattern | None = None      # "kepada wartawan," after a verb: no comma between it and its date
    relative_lead: re.Pattern | None = None   # "yang teksnya telah <verb>": the verb of a relative clause
    dated_only: tuple = ()                  # "ditangkap", "bersandar di": an entry only with a date of its own
    office_held: frozenset = frozenset()    # "menjabat", "berkuasa": the same, of any type, dated only by
    office_date_gap: re.Pattern | None = None   # ... a date right after it (what may come between)
    office_holding: frozenset = frozenset()     # ... and not after these ("yang masih menjabat")
    urged: re.Pattern | None = None         # "mendesak X <trigger>": what is called for, no event
    seize_words: tuple = ()                 # "menyita kapal": an attack, or military action when a state does it
    passive_agent: re.Pattern | None = None  # " oleh pasukan ": what may stand between a passive verb and its agent
    future_nouns: tuple = ()                # "masa depan": the future only after one of `future_lead`
    future_lead: frozenset = frozenset()
    announce_words: frozenset = frozenset()  # "mengumumkan <sanction>": the measure itself is stated
    arrival_words: tuple = ()               # "tiba di": a visit only when no other meeting word is in the sentence
    appoint_words: tuple = ()               # "menunjuk": who takes office is named after the verb
    outcome: re.Pattern | None = None       # "<meeting> menghasilkan": what follows is the meeting's outcome
    sentence_party_types: frozenset = frozenset()   # types whose dated clause may take the sentence's parties
    scheduled_kinds: tuple = ()             # (type, pattern): what a thing scheduled is, by the words around it
    scheduled_reach: int = 0                # how far after the schedule word its kind may be told
    speech_place_reach: int = 0             # how far after a word of speech the place it was said in may be
    reason: re.Pattern | None = None        # "karena": the reason an act is done for opens
    ahead_is_content: tuple = ()            # "sepakat", "mengancam": a time ahead after them is the content's
    plan_groups: frozenset = frozenset()    # the group names of the schedule-word triggers
    plan_nouns: frozenset = frozenset()     # "rencana", "jadwal": a plan of the trigger after them
    medium_documents: frozenset = frozenset()   # "pernyataan bersama" after a medium word: how words came, no deal
    medium_words: frozenset = frozenset()
    content_verbs: frozenset = frozenset()
    talks_nouns: frozenset = frozenset()    # "perundingan perjanjian ...": the deal talked about, none made
    talks_concluded: re.Pattern | None = None   # "... ditargetkan rampung": unless the talks conclude
    generic_event_nouns: tuple = ()         # "insiden", "kejadian": the event the story is about
    contrast_words: tuple = ()              # "sementara", "sedangkan": a clause with a subject of its own
    reached: re.Pattern | None = None       # "Kesepakatan itu dicapai pada ...": a dated reference is its own event
    crowd: re.Pattern | None = None         # "demonstran", "massa": a crowd's storming is no military action
    evacuees: re.Pattern | None = None      # "WNI", "pekerja migran": who is moved in an evacuation
    arriving_things: frozenset = frozenset()    # "pesawat", "bundel": what lands is no visitor
    moved_words: tuple = ()                 # "diberangkatkan", "dipulangkan": passives of moving people
    occasion_words: frozenset = frozenset()  # "dalam pertemuan ...": the occasion of the clause's verb
    span_marker: re.Pattern | None = None   # ", tiga hari setelah ...": the word after a span of time
    span_lasting: tuple = ()                # "selama 30 hari setelah ...": a span the verb lasts, none counted
    same_day_as: re.Pattern | None = None   # "hari yang sama dengan <event>"
    noun_of_verb: re.Pattern | None = None  # "pembukaan" -> "buk" (the stem its verb shares)
    verb_of_noun: str = ""                  # the verb's pattern around that stem
    passive_of_noun: object = None          # stem -> the passive verb's pattern ("diumumkan")
    after_gap: re.Pattern | None = None     # "pada Rabu setelah <trigger>": the date is not the trigger's
    and_gap: re.Pattern | None = None       # "<verb> hari ini dan <trigger> ... besok": the date is the verb's
    first_since: re.Pattern | None = None   # "<trigger> pertama ... sejak <date>": nor is this one
    first_own: tuple = ()                   # ... told as someone's ("pertamanya sejak dilantik")
    and_date: re.Pattern | None = None      # "pada 10 dan 17 Oktober": dates joined for one verb
    head_parts: tuple = ()                  # (group source, literal heads) of each trigger, in order
    by_head: dict = field(default_factory=dict)     # a head found by `starts` -> the triggers it may open
    row_of: dict = field(default_factory=dict)      # the group name of a trigger ("t12") -> its row
    nominal_of: dict = field(default_factory=dict)  # (strength, trigger as written) -> `_nominal` of it
    numbered_status: tuple = ()             # (index, *row) of each row of `status`
    say_status: tuple = ()                  # those a reporting verb may take: planned, right before it
    cue_scan: re.Pattern | None = None      # the first words of the cues, where a word starts (see `_Cues`),
                                            # when `starts` cannot find them too
    cues_of_head: dict = field(default_factory=dict)    # a word found -> the cues that may start there
    unscanned_cues: frozenset = frozenset() # cues with no literal first word: looked for everywhere


_NEG_LOOKBEHIND = re.compile(r"\(\?<![^()]*\)")


@lru_cache(maxsize=None)
def load_rules(lang: str = "id") -> Rules:
    trig = importlib.import_module(f"timeline.extraction.lang.{lang}.triggers")
    orgs = importlib.import_module(f"timeline.extraction.lang.{lang}.organizations")
    titles = importlib.import_module(f"timeline.extraction.lang.{lang}.titles")
    stat = importlib.import_module(f"timeline.extraction.lang.{lang}.status")
    countries = importlib.import_module(f"timeline.extraction.lang.{lang}.countries")
    gram = importlib.import_module(f"timeline.extraction.lang.{lang}.grammar")
    parts, rows = [], []
    for i, (etype, pattern, strength, example) in enumerate(trig.TRIGGERS):
        parts.append(f"(?P<t{i}>{pattern})")
        rows.append((etype, strength, example))
    source = r"(?<![\w-])(?:" + "|".join(parts) + r")(?:nya)?(?![\w-])"
    trigger = re.compile(source)               # run on the lower-cased text: much faster than re.I
    # where a trigger may start: one prefix-factored scan for the literal beginnings of all the
    # patterns; the full pattern is then tried at those places only (same matches, far cheaper)
    heads: set[str] | None = set()
    head_parts = []
    for part, (_, pattern, _, _) in zip(parts, trig.TRIGGERS):
        h = literal_heads(pattern)
        heads = None if h is None or heads is None else heads | h
        head_parts.append((part, frozenset(h or ())))
    starts = re.compile(r"(?<![\w-])" + trie_regex(heads)) if heads else None
    # cues and clause openers are matched on the lower-cased text (faster than re.I)
    # each cue also without the boundary before it: a quick search telling where it cannot be
    # (the lookbehind would keep the regex engine from skipping ahead to the cue's first letters)
    # (and without the negative lookbehinds inside it, "(?<!menolak )rencana": they too would keep the
    # engine from skipping ahead; the quick check only needs to let every real match through)
    status = [(s, re.compile(r"(?<![\w-])" + p + r"(?![\w-])"), scope,
               re.compile(_NEG_LOOKBEHIND.sub("", p) + r"(?![\w-])"))
              for s, p, scope, _ in stat.STATUS_CUES]
    openers = trie_regex(stat.CLAUSE_OPENERS)      # (factored by prefixes: the same matches, tried faster)
    # ", dua pekan setelah ...", ", sehari sebelum ...": a span of time before a clause opener
    span = gram.SPAN_BEFORE_OPENER
    clause_split = re.compile(r";|,\s+(?=(?:" + span + r")?(?:" + openers + r")\b)| (?=(?:"
                              + trie_regex(gram.CLAUSE_JOINS) + r")\b)")
    anaphora_after = re.compile(r"\s*(?:yang\s+(?:[\w()/-]+\s+){1,5}?|(?:[\w()/]+\s+){0,3}?)(?:"
                                + "|".join(stat.ANAPHORA) + r")\b")    # "pertemuan yang berlangsung dua jam itu"
    rules = Rules(
        trigger=trigger, starts=starts, rows=rows, status=status,
        negations=frozenset(stat.NEGATIONS), anaphora=frozenset(stat.ANAPHORA),
        anaphora_after=anaphora_after, clause_split=clause_split,
        attack_words=trig.ATTACK_WORDS, sanction_words=trig.SANCTION_WORDS,
        media=frozenset(orgs.MEDIA), states=frozenset(orgs.STATE_BODIES), titles=titles.TITLES,
        source_words=frozenset(trig.SOURCE_WORDS), capture_words=frozenset(trig.CAPTURE_WORDS),
        plan_triggers=tuple(stat.PLAN_TRIGGERS),
        anniversary=re.compile(r"(?<![\w-])(?:" + "|".join(stat.ANNIVERSARY) + r")(?![\w-])"),
        year_lead=frozenset(stat.YEAR_LEAD_WORDS), call_off=tuple(getattr(stat, "CALL_OFF", ())),
        condition=re.compile(r"(?<![\w-])(?:" + "|".join(getattr(stat, "CONDITION_WORDS", ("\0",))) + r")\s[^,;]*$"),
        condition_types=frozenset(getattr(stat, "CONDITION_ONLY_TYPES", ())),
        court=re.compile(r"(?<![\w-])(?:" + "|".join(getattr(trig, "COURT_WORDS", ("\0",))) + r")(?![\w-])"),
        stating_words=frozenset(getattr(trig, "STATING_WORDS", ())), summit_words=tuple(getattr(trig, "SUMMIT_WORDS", ())),
        other_time=re.compile(r"\s+(?:\w+\s+){0,3}?(?:" + "|".join(getattr(stat, "OTHER_OCCASION", ("\0",))) + r")\b"),
        seats=frozenset(x.lower() for _, _, seats in countries.COUNTRIES for x in seats),
        question=_optional(stat, "QUESTION", lambda p: r"(?<![\w-])" + p),
        followed_by=_optional(stat, "FOLLOWED_BY"),
        elaboration=frozenset(getattr(stat, "ELABORATION", ())),
        continuation=_optional(stat, "CONTINUATION", lambda ps: r"\W*(?:" + "|".join(ps) + r")\b"),
        same_day=_optional(stat, "SAME_DAY", lambda ps: r"\W*(?:" + "|".join(ps) + r")\b"),
        attribution=_optional(trig, "QUOTE_CLOSERS", lambda ws: r"[,.!?][\"”’']\s*(?:" + "|".join(ws) + r")\b"),
        announce_words=frozenset(getattr(trig, "ANNOUNCE_WORDS", ())), arrival_words=tuple(getattr(trig, "ARRIVAL_WORDS", ())),
        appoint_words=tuple(getattr(trig, "APPOINT_WORDS", ())),
        sentence_party_types=frozenset(getattr(trig, "SENTENCE_PARTY_TYPES", ())),
        scheduled_kinds=tuple((t, re.compile(r"(?<![\w-])(?:" + p + r")(?![\w-])"))
                              for t, p in getattr(trig, "SCHEDULED_KINDS", ())),
        scheduled_reach=getattr(trig, "SCHEDULED_REACH", 0),
        speech_place_reach=getattr(trig, "SPEECH_PLACE_REACH", 0),
        ahead_is_content=tuple(getattr(trig, "AHEAD_IS_CONTENT", ())),
        reason=_optional(trig, "REASON_WORDS", lambda ws: r"(?<![\w-])(?:" + "|".join(ws) + r")(?![\w-])"),
        contrast_words=tuple(getattr(stat, "CONTRAST_WORDS", ())),
        reached=_optional(trig, "REACHED"),
        speech_venue=_optional(trig, "SPEECH_VENUE"), audience=_optional(gram, "AUDIENCE"),
        dated_only=tuple(getattr(trig, "DATED_ONLY", ())), office_held=frozenset(getattr(trig, "OFFICE_HELD", ())),
        office_date_gap=_optional(trig, "OFFICE_DATE_GAP"), office_holding=frozenset(getattr(trig, "OFFICE_HOLDING", ())), seize_words=tuple(getattr(trig, "SEIZE_WORDS", ())),
        passive_agent=_optional(trig, "PASSIVE_AGENT"), agent_next=frozenset(getattr(trig, "AGENT_NEXT", ())),
        by_agent=_optional(trig, "BY_AGENT"), visitor_groups=tuple(getattr(trig, "VISITOR_GROUPS", ())),
        future_nouns=tuple(getattr(stat, "FUTURE_NOUNS", ())), future_lead=frozenset(getattr(stat, "FUTURE_LEAD", ())),
        urged=_optional(trig, "URGE_WORDS", lambda ws: r"(?<![\w-])(?:" + "|".join(ws) + r")\s+(?:[\w.-]+\s+){0,5}?"
                                                        r"(?:untuk\s+|agar\s+|supaya\s+)?$"),
        outcome=_optional(trig, "OUTCOME_WORDS", lambda ws: r"(?:" + "|".join(ws) + r")\s+(?:[\w-]+\s+){0,2}$"),
        crowd=_optional(trig, "CROWD_WORDS", lambda ws: r"(?<![\w-])(?:" + "|".join(ws) + r")(?![\w-])"),
        evacuees=_optional(trig, "EVACUEE_WORDS", lambda ws: r"(?<![\w-])(?:" + "|".join(ws) + r")(?![\w-])"),
        moved_words=tuple(getattr(trig, "MOVED_WORDS", ())),
        arriving_things=frozenset(getattr(trig, "ARRIVING_THINGS", ())),
        occasion_words=frozenset(getattr(stat, "OCCASION_WORDS", ())),
        span_marker=_span_marker(stat), span_lasting=tuple(getattr(stat, "SPAN_LASTING", ())),
        same_day_as=_optional(stat, "SAME_DAY_AS"), noun_of_verb=_optional(stat, "NOUN_OF_VERB"),
        verb_of_noun=getattr(stat, "VERB_OF_NOUN", ""), passive_of_noun=getattr(stat, "passive_of_noun", None),
        after_gap=_optional(stat, "AFTER_GAP"), and_gap=_optional(stat, "AND_GAP"),
        first_since=_optional(stat, "FIRST_SINCE"),
        first_own=tuple(getattr(stat, "FIRST_OWN", ())),
        and_date=_optional(stat, "AND_DATE"),
        head_parts=tuple(head_parts) if heads else ())
    since = tuple(gram.SINCE_WORDS)
    after_words = frozenset(gram.AFTER_WORDS)
    rules.after_words, rules.since, rules.since_words = after_words, since, after_words | set(since)
    rules.after_openers = tuple(w + " " for w in gram.AFTER_OPENERS)
    rules.openers = rules.after_openers + tuple(w + " " for w in gram.BEFORE_OPENERS)
    rules.relative = re.compile(gram.RELATIVE, re.I)
    rules.relative_object = re.compile(gram.RELATIVE_OBJECT, re.I)
    rules.relative_lead = _optional(gram, "RELATIVE_LEAD")
    rules.medium_aside = _optional(gram, "MEDIUM_ASIDE")
    rules.agreed_meeting = _optional(gram, "AGREED_MEETING")
    rules.denied_clause = _optional(stat, "DENIED_CLAUSE")
    rules.denied_words = tuple(getattr(stat, "DENIED_WORDS", ()))
    rules.meeting_agreed = _optional(gram, "MEETING_AGREED")
    rules.relative_held = re.compile(gram.RELATIVE_HELD, re.I)
    rules.relative_supposed = re.compile(gram.RELATIVE_SUPPOSED)
    rules.generic_ref = re.compile(gram.GENERIC_REF)
    rules.restated_date = _optional(gram, "RESTATED_DATE")
    rules.lifted = _optional(trig, "LIFTED")
    rules.copulas = frozenset(getattr(gram, "COPULAS", ()))
    rules.analyst_titles = tuple(getattr(titles, "ANALYST_TITLES", ()))
    rules.condemning = _optional(gram, "CONDEMNING")
    rules.object_words = frozenset(gram.OBJECT_WORDS)
    rules.but, rules.coordination, rules.reported = re.compile(gram.BUT), re.compile(gram.COORDINATION), re.compile(gram.REPORTED)
    rules.since_word = re.compile("|".join(since))
    rules.since_clause = re.compile(r"(?<![\w-])(?:" + "|".join(since) + r")\s+[^,;]*$")     # "... sejak mahkamah itu menerbitkan"
    rules.since_after = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:" + "|".join(since) + r")\s")   # "sanksi Barat sejak ..."
    rules.verbal_prefixes, rules.verbal_words = tuple(gram.VERBAL_PREFIXES), frozenset(gram.VERBAL_WORDS)
    rules.light_verbs = frozenset(gram.LIGHT_VERBS)
    rules.question_word, rules.followed_by_words = gram.QUESTION_WORD, tuple(gram.FOLLOWED_BY_WORDS)
    rules.group_subject = _optional(gram, "GROUP_SUBJECT", lambda p: r"\W*(?:" + p + r")")
    rules.row_of = {f"t{i}": row for i, row in enumerate(rows)}
    rules.plan_nouns = frozenset(getattr(stat, "PLAN_NOUNS", ()))
    rules.medium_documents = frozenset(getattr(trig, "MEDIUM_DOCUMENTS", ()))
    rules.medium_words = frozenset(getattr(trig, "MEDIUM_WORDS", ()))
    rules.content_verbs = frozenset(getattr(trig, "CONTENT_VERBS", ()))
    rules.talks_nouns = frozenset(getattr(trig, "TALKS_NOUNS", ()))
    rules.talks_concluded = _optional(trig, "TALKS_CONCLUDED")
    rules.generic_event_nouns = tuple(w + " " for w in getattr(stat, "GENERIC_EVENT_NOUNS", ())) \
        + tuple(w + "," for w in getattr(stat, "GENERIC_EVENT_NOUNS", ()))
    rules.plan_groups = frozenset(f"t{i}" for i, row in enumerate(rows) if row[1] == "plan")
    rules.numbered_status = tuple((i, *row) for i, row in enumerate(status))
    rules.say_status = tuple(row for row in rules.numbered_status if row[1] == "planned" and row[3] == "before")
    cue_heads = {i: literal_heads(p) for i, (_, p, _, _) in enumerate(stat.STATUS_CUES)}
    scanned = {i: h for i, h in cue_heads.items() if h is not None}
    rules.unscanned_cues = frozenset(cue_heads.keys() - scanned.keys())
    if scanned:
        words = set().union(*scanned.values())
        if starts is not None and not any(ch.isspace() for h in heads | words for ch in h):
            # the scan for the triggers' first words finds the cues' too (it finds the longest first
            # word at each word start, and none of them spans a space: no word start is skipped)
            words |= heads
            rules.starts = re.compile(r"(?<![\w-])" + trie_regex(words))
        else:
            # (zero width: every word start is tried, a cue's first word may hold another's)
            rules.cue_scan = re.compile(r"(?<![\w-])(?=(" + trie_regex(words) + "))")
        rules.cues_of_head = {w: cues for w in words
                              if (cues := tuple(i for i, h in scanned.items() if any(w.startswith(x) for x in h)))}
    for name, value in vars(rules).items():
        if isinstance(value, re.Pattern) and name not in ("trigger", "starts") and opens_with_boundary(value):
            setattr(rules, name, Searched(value))
    return rules


def _optional(module, name: str, source=lambda data: data) -> re.Pattern | None:
    """The pattern a language module may give (`source` turns its data into a regex), or None."""
    data = getattr(module, name, None)
    return re.compile(source(data)) if data else None


def _span_marker(stat) -> re.Pattern | None:
    after, before = getattr(stat, "SPAN_AFTER", ()), getattr(stat, "SPAN_BEFORE", ())
    if not (after or before):
        return None
    return re.compile(r"\s+(?:(?P<after>" + "|".join(after or ("\0",)) + r")|(?P<before>"
                      + "|".join(before or ("\0",)) + r"))\b")


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
    aside: bool = False            # what a first since counts from ("... pertama sejak mereka bertemu di Bali")


_POSITION = itemgetter(0)
_END = itemgetter(1)
_period = lru_cache(maxsize=1024)(period_of)
_precision = lru_cache(maxsize=1024)(precision_of)


def _recent(value: str, dct: dt.date) -> bool:
    """Within the week before the publication date: the news of the day."""
    period = _period(value)
    return period is not None and period[0] == period[1] and 0 <= (dct - period[0]).days <= 7


def _usable(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and _precision(t.value) is not None


def _compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    pa, pb = _period(a), _period(b)
    if pa is None or pb is None:
        return a == b
    return (pa[0] <= pb[0] and pb[1] <= pa[1]) or (pb[0] <= pa[0] and pa[1] <= pb[1])


def _finer(a: str | None, b: str | None) -> bool:
    """Is date a more precise than b?"""
    if a is None:
        return False
    if b is None:
        return True
    pa, pb = _period(a), _period(b)
    if pa is None or pb is None:
        return False
    return (pa[1] - pa[0]) < (pb[1] - pb[0])


def find_events(text: str, timexes: list[Timex], actors: list[Actor], dct: dt.date | None,
                lang: str = "id", sentences=None) -> list[Event]:
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
    mentions.sort(key=_END, reverse=True)      # by start, the longest first (two stable sorts)
    mentions.sort(key=_POSITION)
    mention_starts = [m[0] for m in mentions]
    low = text.lower()
    if len(low) != len(text):       # a few characters change length when lower-cased: keep offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
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
                   future=[t.start for t in timexes if t.value == "FUTURE_REF" and _tells_future(low, t, R)],
                   by_name={a.name: a for a in actors})
    if paragraphs and lead_date:
        state.para_date[paragraphs[0]] = lead_date
    state.spans = _span_dates(low, timexes, times, sentences, R, state.from_told, state.from_ref)
    state.told_on = _quote_dates(low, sentences, times, time_starts, mentions, mention_starts, R)
    state.rare = frozenset(w for w in (R.question_word, *R.followed_by_words, *R.since, *R.elaboration) if w in low)
    state.lead_date = lead_date
    state.denials = R.denied_clause is not None and any(w in low for w in R.denied_words)
    state.low, state.sentences, state.times = low, sentences, times
    state.cues = _Cues(low, R, cues_at)
    prev_para = None
    for s in sentences:
        if s.paragraph != prev_para:
            # a paragraph going on with the occasion before ("Dalam kesempatan yang sama, ...")
            opener = R.continuation.match(low, s.start) if R.continuation is not None and prev_para is not None \
                and s.paragraph not in state.para_date else None
            if opener is not None and (prev_para in state.para_date or lead_date):
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
    events = _finish(_without_arrivals(state.events, R), state.by_name)
    calibrate(events, text, dct, lang)
    return events


def _analysts_only(c: _Cand, by_name: dict, R: Rules) -> bool:
    """Are the people who speak in statement `c` all commentators (analysts, researchers,
    lecturers), none of whom acts for a state or a body?"""
    people = [by_name[n] for n, role in c.participants if n in by_name and by_name[n].kind == "person"]
    return bool(people) and all(a.title.casefold().startswith(R.analyst_titles) for a in people)


def _restated(low: str, times: list[Timex], R: Rules) -> list[Timex]:
    """ "sepekan sebelumnya menerimanya ..., tepatnya pada 12 November": the first date where it
    stands, with the value of the second, which restates it more precisely."""
    out, skip = [], None
    for t, nxt in zip(times, times[1:] + [None]):
        if t is skip:
            continue
        if nxt is not None and R.restated_date.fullmatch(low, t.end, nxt.start) is not None:
            out.append(replace(t, value=nxt.value))
            skip = nxt
        else:
            out.append(t)
    return out


def _from_told(entry: tuple, matches: list, state, R: Rules) -> str | None:
    """The date of a span counted from an event named right after it and told before ("Sehari
    setelah penandatanganan", "Pada hari yang sama dengan penandatanganan"), or None. The span's
    timex takes that date as its value."""
    at, unit, n, timex = entry
    named = _trigger_at(matches, at)
    if named is None:
        date = _verb_told(at, state, R)     # "Sehari sebelum pemanggilan": the day "memanggil" was told
        if date is None and state.lead_date and state.low.startswith(R.generic_event_nouns, at):
            date = state.lead_date[:10]     # "hari yang sama dengan insiden": the news of the day
        if date is not None and n:
            date = _moved(date, unit, n)
        if date is not None:
            timex.value, timex.type, timex.mod = date, "DATE", None
        return date
    kind = R.row_of[named.lastgroup][0]
    told = [e for e in state.events if e.type in FAMILIES.get(kind, (kind,)) and e.dated_by == "own"]
    head = named.group().split()[0]
    told = [e for e in told if any(x.trigger.casefold().startswith(head) for x in (e, *e.evidence))] or told
    if not told or told[-1].date is None:       # (one told with the same word first: "sebelum KTT")
        return None
    date = _moved(told[-1].date, unit, n) if n else told[-1].date
    if date is not None:
        timex.value, timex.type, timex.mod = date, "DATE", None
    return date


def _verb_told(at: int, state, R: Rules) -> str | None:
    """The day of "hari yang sama dengan pembukaan", "sehari sebelum pemanggilan": that of the last
    sentence before that tells its verb or names the noun with a day ("Raja Charles membuka KTT pada
    Jumat (25/10)", "Pemanggilan dilakukan ... Senin (23/1/2023)"), or None."""
    noun = R.noun_of_verb.match(state.low, at) if R.noun_of_verb is not None and R.verb_of_noun else None
    if noun is None:
        return None
    word = noun.group().strip()
    passive = "|" + R.passive_of_noun(noun.group(1)) if R.passive_of_noun is not None else ""
    told = re.compile(R.verb_of_noun.format(re.escape(noun.group(1))) + passive + "|" + re.escape(word))
    for found in reversed(list(told.finditer(state.low, 0, noun.start()))):
        s = next((s for s in state.sentences if s.start <= found.start() < s.end), None)
        days = [t for t in state.times if s is not None and s.start <= t.start < s.end and t.type == "DATE"
                and _precision(t.value) == "day"]
        if days:
            return min(days, key=lambda t: abs(t.start - found.start())).value[:10]     # the day, not "malam"
    return None


def _trigger_at(matches: list, at: int):
    """The trigger match starting at `at` or a space or two after it ("Di sela KTT"), or None."""
    return next((m for m in matches if at <= m.start() <= at + 2), None)


def _generic_call_off(low: str, s, R: Rules, state) -> None:
    """ "Namun, acara itu dibatalkan karena padatnya agenda": the plans told in the sentence before
    are called off."""
    ref = R.generic_ref.search(low, s.start, s.end)
    if ref is None:
        return
    called_off = next((rx for _, status, rx, *_ in R.numbered_status if status == "cancelled"), None)
    if called_off is None or called_off.search(low, ref.end(), s.end) is None:
        return
    for e in state.events:
        if e.status == "planned" and any(c.sentence.index == s.index - 1 for c in (e, *e.evidence)):
            e.status = "cancelled"


def _occasion_date(at: int, found: list, state, R: Rules) -> str | None:
    """The date of the occasion a paragraph opener names right after `at` ("Di sela KTT, ..."): that
    of the last meeting told with the same word, when it has a date of its own."""
    named = _trigger_at(found, at)
    if named is None or R.row_of[named.lastgroup][0] != "meeting":
        return None
    head = named.group().split()[0]
    told = [e for e in state.events if e.type == "meeting" and e.dated_by == "own"
            and any(x.trigger.casefold().startswith(head) for x in (e, *e.evidence))]
    return told[-1].date if told else None


def _tells_future(low: str, t: Timex, R: Rules) -> bool:
    """Does a FUTURE_REF tell the time of an event ("di masa depan", "dalam waktu dekat"), rather
    than name a thing ("komunitas masa depan bersama")?"""
    if not low.startswith(R.future_nouns, t.start):
        return True
    before = low[max(0, t.start - 12):t.start].split()
    return bool(before) and before[-1] in R.future_lead


def _is_arrival(e: _Cand, R: Rules) -> bool:
    """A meeting told by its visitor's arrival ("tiba di Jakarta")."""
    return e.type == "meeting" and bool(R.arrival_words) and e.trigger.casefold().startswith(R.arrival_words)


def _without_arrivals(events: list, R: Rules) -> list:
    """An arrival ("Albanese tiba di Jakarta pada Rabu malam") is the visit itself only when no
    other meeting of the visitor is told within three days of it."""
    if not R.arrival_words:
        return events
    out = []
    for e in events:
        if _is_arrival(e, R) and e.date:
            who = {n for n, _ in e.participants}
            period = _period(e.date)
            if period and any(o is not e and o.type == "meeting" and o.date and who & {n for n, _ in o.participants}
                              and (p := _period(o.date)) and abs((p[0] - period[0]).days) <= 3 for o in events):
                continue
        out.append(e)
    return out


def _triggers(R: Rules, low: str, cues_at: dict | None = None) -> list:
    """Every trigger match in the lower-cased text, as `R.trigger.finditer` would find them; and,
    in `cues_at`, where each status cue may start, when `R.starts` finds the cues' first words too."""
    if R.starts is None:
        return list(R.trigger.finditer(low))
    out, last, by_head, cues_of_head = [], 0, R.by_head, R.cues_of_head if cues_at is not None else {}
    for c in R.starts.finditer(low):
        p, head = c.start(), c.group()
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


def _head_trigger(R: Rules, head: str):
    """`R.trigger.match` narrowed to the triggers that may start where `head` was found: those
    with a literal beginning that is a prefix of `head`, in their order. `R.starts` finds the
    longest literal beginning there is, so the others cannot match there (a longer one, "dijadwalkan"
    where "di" was found, is not in the text): the first match is the same, at a fraction of the
    cost of trying every alternative (the preposition "di" opened 29 of the 55 trigger groups)."""
    parts = [part for part, heads in R.head_parts if any(head.startswith(h) for h in heads)]
    if not parts:
        return None             # (a cue's first word, found by the same scan)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?:nya)?(?![\w-])").match


@dataclass
class _State:
    events: list
    para_date: dict
    prev_subject: object
    future: list = field(default_factory=list)     # where the text says "dalam waktu dekat", "kelak"...
    cue_memo: dict = field(default_factory=dict)   # (sentence, cue) -> the sentence-wide cue's match
    cues: _Cues | None = None                       # where the status cues may match
    by_name: dict = field(default_factory=dict)    # actor name -> Actor
    rare: frozenset = frozenset()                  # rare cue words the article has at all ("apakah", "disusul")
    lead_date: str | None = None                   # the news of the day, told in the lead
    spans: list = field(default_factory=list)      # (start, end, date) of clauses dated by a span of time
    told_on: dict = field(default_factory=dict)    # undated sentence start -> the date of the quote that follows it
    from_told: dict = field(default_factory=dict)  # sentence start -> (event word at, unit, n): "Sehari setelah ..."
    from_ref: list = field(default_factory=list)   # (start, end, unit, n) of clauses a span after an event
                                                   # referred to dates: "Pertemuan itu berlangsung tiga hari setelah ..."
    denials: bool = False                          # the article has a word that may deny a clause
    low: str = ""                                  # the article lower-cased, its news sentences, its usable timexes
    sentences: list = field(default_factory=list)
    times: list = field(default_factory=list)
    by_type: dict = field(default_factory=dict)    # event type -> [(index in `events`, event)]


_SPAN_VALUE = re.compile(r"P(\d+)([DWMY])")


def _quote_dates(low: str, sentences, times, time_starts, mentions, mention_starts, R: Rules) -> dict:
    """'Erdogan mengecam keras aksi itu. "...," ujar Erdogan seusai rapat kabinet, Senin (23/1).':
    an undated sentence whose speaker is quoted, with a date, in the next sentence of its paragraph
    was told that day. {start of the undated sentence: date}"""
    out = {}
    if R.attribution is None:
        return out
    for s, n in zip(sentences, sentences[1:]):
        if n.paragraph != s.paragraph:
            continue
        if bisect.bisect_left(time_starts, s.start) != bisect.bisect_left(time_starts, s.end):
            continue            # dated itself
        said = R.attribution.search(low, n.start, n.end)
        if said is None:
            continue
        dated = times[bisect.bisect_left(time_starts, said.end()):bisect.bisect_left(time_starts, n.end)]
        if not dated:
            continue
        named = {m[2].name for m in mentions[bisect.bisect_left(mention_starts, s.start):bisect.bisect_left(mention_starts, s.end)]}
        speakers = {m[2].name for m in mentions[bisect.bisect_left(mention_starts, said.end()):bisect.bisect_left(mention_starts, n.end)]
                    if m[0] <= said.end() + 40}
        if named & speakers or (named and said.group().endswith("nya")):     # "ujarnya": the one told of
            out[s.start] = dated[0].value
    return out


def _span_dates(low: str, timexes: list[Timex], times: list[Timex], sentences, R: Rules,
                spans_from_told: dict | None = None, spans_from_ref: list | None = None) -> list:
    """Clauses dated by a span of time from the date of their sentence: "Senin (26/2), tiga hari
    setelah Kristersson menemui Orban" puts the meeting on 23/2. (start, end, date) each. A sentence
    without a date that opens with a span ("Sehari setelah penandatanganan, ...") goes into
    `spans_from_told`: {sentence start: (where the event named follows, unit, signed amount, the
    timex)}; so does a day "yang sama dengan" an event named ("Pada hari yang sama dengan
    penandatanganan, ...": amount 0). A span inside a sentence with no date before it ("Pertemuan
    itu berlangsung tiga hari setelah DPR mengesahkan ...") goes into `spans_from_ref`: (start, end,
    unit, signed amount) of the clause it dates, counted from the event the sentence refers to."""
    if R.span_marker is None:
        return []
    if spans_from_told is None:
        spans_from_told = {}
    out = []
    for t in timexes:
        same = R.same_day_as.match(low, t.start) if R.same_day_as is not None and t.type == "DATE" else None
        if same is not None and same.end() >= t.end:
            if any(a.end <= t.start and not low[a.end:t.start].strip(" ,") for a in times):
                continue    # "pada 15 Agustus, hari yang sama dengan pertemuannya ...": that date told
            s = next((s for s in sentences if s.start <= t.start < s.end), None)
            if s is not None:
                spans_from_told.setdefault(s.start, (same.end(), "D", 0, t))
            continue
        amount = _SPAN_VALUE.fullmatch(t.value or "") if t.type == "DURATION" else None
        marker = R.span_marker.match(low, t.end) if amount else None
        if marker is None or low[max(0, t.start - 12):t.start].rstrip().endswith(R.span_lasting):
            continue
        s = next((s for s in sentences if s.start <= t.start < s.end), None)
        if s is None:
            continue
        if t.start == s.start and not any(s.start <= a.start < s.end for a in times):
            # "Sehari setelah penandatanganan, Somalia menarik ...": counted from the event told
            n = int(amount.group(1)) * (-1 if marker.group("before") else 1)
            spans_from_told[s.start] = (marker.end(), amount.group(2), n, t)
            continue
        before = [a for a in times if s.start <= a.start and a.end <= t.start]
        after = [a for a in times if marker.end() <= a.start < s.end]
        # a date after the span counts only when the span opens the sentence ("Tiga hari setelah X,
        # Y ... pada Senin"); after a main clause, it is the date of the event the span names
        # ("Insiden ini terjadi sepuluh hari setelah perundingan ... berakhir buntu pada 14 September")
        anchor = before[-1] if before else (after[0] if after and t.start - s.start <= _SPAN_OPENS else None)
        n = int(amount.group(1)) * (-1 if marker.group("after") else 1)
        stop = [i for i in (low.find(",", marker.end(), s.end), low.find(";", marker.end(), s.end)) if i >= 0]
        split = R.clause_split.search(low, marker.end(), s.end)
        clause_end = split.start() if split else s.end
        end = min(stop + [clause_end])
        if anchor is None:
            if spans_from_ref is not None and not before and t.start - s.start > _SPAN_OPENS \
                    and not any(marker.end() <= a.start < clause_end for a in times):
                spans_from_ref.append((marker.end(), end, amount.group(2), n))
            continue
        date = _moved(anchor.value, amount.group(2), n)
        if date is None:
            continue
        if not before and anchor.start < end < s.end:
            # "Sehari setelah dilantik pada 17 November, Muizzu meminta ...": the span opens the sentence
            # and the event it names has its own date; the rest of the sentence is that date moved
            main = _moved(anchor.value, amount.group(2), -n)
            if main is not None:
                out.append((end + 1, s.end, main))
            continue
        if any(marker.end() <= a.start < clause_end for a in times):
            continue        # "tiga hari setelah keduanya bertatap muka ... pada Jumat (15/8)": its own date
        out.append((marker.end(), end, date))
    return out


_SPAN_OPENS = 12       # a span this close to its sentence's start opens it ("Namun, tiga hari setelah ...")
_SPAN_UNITS = {"D": ("day", 1), "W": ("day", 7), "M": ("month", 1), "Y": ("year", 1)}
_SPANS_OF = {"day": "DWMY", "month": "MY", "year": "Y"}     # what a date of each precision may be moved by


def _moved(value: str, unit: str, n: int) -> str | None:
    """`value` moved by n days, weeks, months or years, at the finer of their precisions."""
    if unit not in _SPANS_OF.get(_precision(value), ""):
        return None
    name, size = _SPAN_UNITS[unit]
    return shift(_period(value)[0], name, n * size, name, None)


def _clause_of(clauses: list[tuple[int, int]], at: int, s) -> tuple[int, int]:
    """The clause holding position `at` (the whole sentence when none does)."""
    for clause in clauses:
        if clause[0] <= at < clause[1]:
            return clause
    return (s.start, s.end)


def _clauses(text: str, s, R: Rules, open_end: int = -1) -> list[tuple[int, int]]:
    """The clauses of sentence `s`; `open_end`: the comma closing its opening adverbial clause
    ("Seusai bertemu Xi, Scholz menggelar pembicaraan dengan Li"), which is a clause apart."""
    out, pos = [], s.start
    if open_end >= 0:
        out.append((pos, open_end))
        pos = open_end + 1
    for m in R.clause_split.finditer(text, pos, s.end):
        out.append((pos, m.start()))
        pos = m.end() if text[m.start()] in ",;" else m.end()
    out.append((pos, s.end))
    return out


def _clause_parties(text, low, s, clause, sent_mentions, seats) -> tuple[list, list, list]:
    """The parties named in a clause of sentence `s` ((position, actor) each, places left out),
    where its triggers may take their location from ((start, end, how) of each place or country,
    `how` "di" after "di", else ""), and the organizations among the parties."""
    parts, places = [], []
    place_end = -1             # end of the last place named after "di"
    for ms, me, a in sent_mentions:          # (in the order of the text)
        if ms < clause[0]:
            continue
        if ms >= clause[1]:
            break
        after_di = ms - 3 >= s.start and low.startswith("di ", ms - 3)
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
    return parts, places, [p for p in parts if p[1].kind == "organization"]


def _subject(text, mentions, lo, hi, media):
    """The first party named in [lo, hi): a person rather than the country of their title."""
    pending = None              # a country or organization, unless a person follows it closely
    for m in mentions:          # (in the order of the text)
        if m[0] >= hi:
            break
        if m[0] < lo or m[2].kind == "place":
            continue
        if pending is not None:
            if m[1] <= pending[1]:
                continue        # "Korea Selatan" inside "Kementerian Unifikasi Korea Selatan"
            if m[2].kind != "person" or m[0] - pending[1] > 6:
                return pending
            pending = None      # "Presiden Kolombia Gustavo Petro": the person
        if m[2].kind in ("country", "organization"):
            pending = m
            continue
        return m
    return pending


def _nominal(strength: str, word: str, R: Rules) -> bool:
    """Does the trigger `word` name the event rather than state it (a noun, or a "verb" trigger
    whose first word does not look like a verb)?"""
    return strength == "noun" or (strength == "verb" and not word.startswith(R.verbal_prefixes)
                                  and word.split()[0] not in R.verbal_words
                                  and word.split()[0] not in R.stating_words)


def _in_relative(low: str, lo: int, at: int, R: Rules) -> bool:
    """Does the verb at `at` open right after "yang" or a relative clause's lead ("yang teksnya
    telah") in low[lo:at]? (The quick test first: most verbs have no "yang" before them.)"""
    if low.endswith("yang ", lo, at):
        return True
    return R.relative_lead is not None and low.find("yang ", lo, at) >= 0 \
        and R.relative_lead.search(low, lo, at) is not None


def _scheduled_kind(low: str, lo: int, hi: int, R: Rules) -> str | None:
    """The type of a thing scheduled, told by the words in low[lo:hi] ("Putaran ketiga yang semula
    dijadwalkan ...": a meeting); None when none tells it."""
    for etype, pattern in R.scheduled_kinds:
        if pattern.search(low, lo, hi):
            return etype
    return None


def _sentence_events(text, low, s, sent_times, sent_mentions, matches, R: Rules, dct, state: _State,
                     plans=()) -> None:
    """The events of one sentence, added to `state.events` (`low` is the text lower-cased); `plans`:
    its schedule words, an event only where its other triggers tell none."""
    if len(sent_times) > 1 and R.restated_date is not None:
        sent_times = _restated(low, sent_times, R)
    cut = dateline_length(s.text) if s.index == 0 or text[s.start - 1:s.start] == "\n" else 0
    if cut:                                     # "Beirut - ...": the dateline city is no party
        sent_mentions = [m for m in sent_mentions if m[0] >= s.start + cut]
    if low.startswith("dari ", s.start) and sent_mentions and sent_mentions[0][0] == s.start + 5 \
            and low[s.start + 5:sent_mentions[0][1]] in R.seats:
        sent_mentions = sent_mentions[1:]   # "Dari Pyongyang, Putin bertolak ke ...": where one leaves from
    subject = _subject(text, sent_mentions, s.start, s.end, R.media)
    opens = low.startswith(R.openers, s.start)
    open_end = low.find(",", s.start, min(s.end, s.start + 90)) if opens else -1    # "Seusai bertemu Xi,"
    if subject is not None and open_end >= 0:
        # "Seusai bertemu Xi, Scholz menggelar ...": the subject comes after the opening clause
        comma = open_end
        if comma > subject[0]:
            subject = _subject(text, sent_mentions, comma + 1, s.end, R.media) or subject
    if not matches and R.generic_ref is not None and state.events:
        _generic_call_off(low, s, R, state)     # "Namun, acara itu dibatalkan": the plans just told
    if not matches and (not plans or not sent_times):
        if s.start in state.from_told:     # "Pada hari yang sama dengan pembukaan, ...": the span's day
            _from_told(state.from_told[s.start], matches, state, R)
        _remember(state, s, sent_times, subject, None)
        return
    clauses = _clauses(low, s, R, open_end)
    stext = text[s.start:s.end]
    # a sentence-opening adverbial ("Pada 27 Januari, ...", "Setibanya di Halim, kemarin, ...")
    # ends at the last comma before the subject
    opening_end = None
    limit = subject[0] if subject is not None else s.start + 90
    comma = stext.rfind(",", 0, min(limit - s.start, 90))
    if comma > 0:
        opening_end = s.start + comma + 1

    # 1. triggers of the sentence
    trigs = []
    outcomes = set()                # where an agreement is the outcome of the meeting before it
    rare = state.rare               # cheap sentence-wide checks, only for words the article has
    elaborated = bool(rare) and any(low.find(w, s.start, s.end) >= 0 for w in R.elaboration if w in rare)
    asked = R.question_word in rare and R.question is not None and low.find(R.question_word, s.start, s.end) >= 0
    negations, row_of, nominal_of = R.negations, R.row_of, R.nominal_of
    plan_trigs = []
    for m in (matches if not plans else (*matches, *plans)):
        at, to = m.span()
        if to > s.end:
            continue
        anchor = False
        for t in sent_times:
            if t.start <= at < t.end or (t.end < at <= t.end + 1 and "ke-" in t.text):
                anchor = True       # "hari ke-16 gencatan senjata": the anchor of a date, not an event
                break
        if anchor:
            continue
        etype, strength, _ = row_of[m.lastgroup]
        word = m.group()
        before = low[max(s.start, at - 30):at].split()
        last = before[-1] if before else None
        if last is not None and (last in negations or (len(before) > 1 and (
                before[-2] in negations or before[-2] + " " + last in negations))):
            continue
        if last in R.plan_nouns and len(before) > 2 and (before[-3] + " " + before[-2]) in negations:
            continue                # "belum ada rencana kunjungan": no plan, no event
        if last in R.medium_words and word in R.medium_documents \
                and (len(before) < 2 or before[-2] not in R.content_verbs):
            continue                # "melalui pernyataan bersama": the medium of what is said
        if etype == "agreement" and last in R.talks_nouns and not (
                R.talks_concluded is not None and R.talks_concluded.search(low, to, min(s.end, to + 80))):
            continue                # "perundingan perjanjian dagang": what the talks are about
        outcome = etype == "agreement" and R.outcome is not None and bool(trigs) and trigs[-1][1] == "meeting" \
            and R.outcome.search(low, max(s.start, at - 50), at) is not None
        if elaborated and trigs and not outcome and any(w in R.elaboration
                                                        for w in low[max(s.start, at - 50):at].split()[-3:]):
            continue                # "normalisasi hubungan yang ditandai penandatanganan ...": the same event
        if asked and R.question.search(low, max(s.start, at - 90), at):
            continue                # "ditanya apakah ia menganggap X diktator": what was asked
        if etype in R.condition_types and _in_condition(low, s.start, at, R):
            continue                # "jika kedua pihak sepakat, ...": the condition, not an event
        nominal = nominal_of.get((strength, word))
        if nominal is None:
            nominal = nominal_of[strength, word] = _nominal(strength, word, R)
        if nominal and last is not None and last in R.titles and text[at].isupper() \
                and text[at - 1 - len(last)].isupper():
            continue                # "Direktur Jenderal Perundingan Perdagangan ...": a title's portfolio
        noun_word = nominal
        if nominal and last is not None and (last in R.light_verbs or (etype in ANNOUNCED and last in R.announce_words)):
            nominal = False         # "melakukan kunjungan", "mengumumkan pengusiran": the clause states it
        if not nominal and state.denials and R.denied_clause.search(low, max(s.start, at - 100), at):
            continue                # "membantah bahwa Serbia telah mengakui kemerdekaan Kosovo", "... bahwa
                                    # kedua pihak menandatangani perjanjian apa pun"
        if etype == "agreement" and R.agreed_meeting is not None:
            if R.agreed_meeting.match(low, m.end()):
                continue            # "sepakat menggelar pertemuan berikutnya di ...": the next meeting, planned
            if R.meeting_agreed.search(low, max(s.start, at - 60), at):
                etype = "meeting"   # "Dialog 2+2 berikutnya disepakati digelar di Jakarta": that meeting
        if etype == "meeting" and word.startswith(R.arrival_words) and any(
                row_of[o.lastgroup][0] == "meeting" and o is not m for o in matches):
            continue                # "tiba di Beijing ... disambut Xi": the visit's meeting is told by the other
        if strength != "say" and R.urged is not None and trigs and trigs[-1][2] == "say" \
                and R.urged.search(low, max(s.start, at - 70), at):
            continue                # "Kyiv mendesak Ulaanbaatar menangkap Putin": what is called for
        if etype == "meeting" and R.speech_venue is not None and trigs and trigs[-1][2] == "say" \
                and R.speech_venue.search(low, max(s.start, at - 80), at):
            continue                # "berpidato di Sidang Umum PBB": where the speech was given
        if outcome:
            nominal = False         # "Kunjungan itu menghasilkan sejumlah nota kesepahaman": an agreement made then
            outcomes.add(at)
        if nominal and etype == "meeting" and last is not None and last in R.call_off:
            nominal = False         # "menunda lawatan ke ...": the clause states a meeting called off
        (plan_trigs if strength == "plan" else trigs).append((m, etype, strength, word, nominal, noun_word, at, to))
    # "Sehari setelah penandatanganan, ...": a day after the signing told; the span says that day
    ref_date = _from_told(state.from_told[s.start], matches, state, R) if s.start in state.from_told else None
    if not trigs and not plan_trigs:
        _remember(state, s, sent_times, subject, None)
        return

    # 2. which trigger each timex belongs to (costs remembered: asked again below)
    costs: dict = {}

    def cost(start, end, t):
        key = (start, end, t.start)
        c = costs.get(key)
        if c is None:
            c = costs[key] = _cost(text, s, start, end, t, opening_end, R)
        return c

    claim = {}                  # (only nominal triggers ask)
    for t in (sent_times if any(tr[5] for tr in trigs) else ()):
        best, best_cost, tie = None, None, False
        for tr in trigs:
            c = cost(tr[6], tr[7], t)
            if best_cost is None or c < best_cost:
                best, best_cost, tie = tr, c, False
            elif c == best_cost:
                tie = True
        if tie:     # the trigger nearest the date ("Kesepakatan itu dicapai dalam pertemuan ..., Rabu")
            best = min((tr for tr in trigs if cost(tr[6], tr[7], t) == best_cost),
                       key=lambda tr: t.start - tr[7] if tr[7] <= t.start else tr[6] - t.end)
        claim[id(t)] = best[6]

    # "X mengatakan, ..." / "X menyebut bahwa ...": what follows is reported, X is no party to it
    reported_from, speaker_before, sourced = None, None, False
    for m, etype, strength, word, nominal, *_ in trigs:
        if strength == "say" and R.reported.match(text, m.end(), m.end() + 80):
            reported_from, speaker_before = m.end(), m.start()
            break
        if strength == "say" and word in R.source_words:
            # "Menurut X, ...": X is the source of what follows the comma, no party to it
            comma = text.find(",", m.end(), min(s.end, m.end() + 80))
            if comma > 0:
                reported_from = speaker_before = comma + 1
                sourced = True
                break

    cands: list[_Cand] = []
    says: list[_Cand] = []
    scheduled: list[_Cand] = []
    backgrounds: list[_Cand] = []
    refs: list[_Cand] = []
    seen_say = seen_threat = seen_accuse = False
    shifted: set[int] = set()       # triggers dated by a span of time from the sentence's date
    clause_parties: dict = {}       # clause -> what `_clause_parties` finds in it
    for m, etype, strength, word, nominal, noun_word, start, end in (trigs + plan_trigs if plan_trigs else trigs):
        if strength == "say" and not sent_times and "diumumkan" not in word:
            seen_say = True             # no date in the sentence: no statement (see below)
            continue
        before = low[max(s.start, start - 12):start].split()
        clause = _clause_of(clauses, start, s)
        pointing = nominal and (R.anaphora_after.match(text, end, min(s.end, end + 40)) is not None   # "pertemuan itu"
                                or (bool(before) and before[-1] in R.copulas))      # "merupakan kunjungan pertama"
        after_word = bool(before) and before[-1] in R.after_words
        following = nominal and after_word                                               # "seusai pertemuan"
        # a nominal trigger only takes a date no other trigger of its sentence is closer to
        allowed = [t for t in sent_times if claim.get(id(t)) == start] if noun_word else sent_times
        if noun_word and etype in ANNOUNCED and before and before[-1] in R.announce_words:
            allowed = sent_times        # "Pada 1 Juli, Tokyo mengumumkan pembatasan ekspor": the announcement's date
        if noun_word and before and before[-1] in R.occasion_words:
            # "disepakati ... dalam pertemuan di Jakarta pada 24 April": the occasion has the date too
            nxt = min((tr[6] for tr in trigs if tr[6] >= end), default=s.end)
            allowed = allowed + [t for t in sent_times if end < t.start < nxt and t not in allowed]
            # ... and so has a date right before the phrase ("pada 19 September 2018, di sela pertemuan")
            allowed = allowed + [t for t in sent_times if t.end <= start and t not in allowed
                                 and _OCCASION_GAP.fullmatch(low, t.end, start)]
        if noun_word and R.since_after.match(text, end, min(s.end, end + 40)):
            # "di bawah sanksi Barat sejak menginvasi Ukraina pada Februari 2022": the state began then
            allowed = allowed + [t for t in sent_times if t.start > end and t not in allowed]
        if noun_word and opening_end is not None and end <= opening_end and not after_word:
            # "Pada KTT sebelumnya, Minggu (30/7), ECOWAS ...": the opening adverbial's date is
            # the date of the noun inside it too
            allowed = allowed + [t for t in sent_times if t.end <= opening_end and t not in allowed]
        if noun_word and R.anniversary.search(low, max(clause[0], start - 40), start):
            # "memperingati 60 tahun normalisasi hubungan ... pada 1965": the event remembered
            # is dated after it, never by the day of remembering
            allowed = [t for t in sent_times if t.start > end]
        if R.office_held and word in R.office_held:
            # "sejak Biden menjabat pada Januari 2021": taking office, dated right after the word
            allowed = [] if before and before[-1] in R.office_holding else \
                [t for t in allowed if t.start > end and R.office_date_gap.fullmatch(low, end, t.start)]
        date, dated_by, gov = _govern(start, end, allowed, cost)
        if gov is not None and (strength == "say" and cost(start, end, gov) > 60):
            date, dated_by, gov = None, "none", None
        if gov is not None and len(allowed) > 1 and strength != "say":
            # "Pekan lalu, Wang Yi berkunjung ke Canberra ... pada Rabu (20/3)": the day inside the
            # week told, when no other trigger is nearer to it, says when
            inner = [t for t in allowed if t is not gov and _finer(t.value, date) and _compatible(date, t.value)
                     and all(cost(tr[6], tr[7], t) >= cost(start, end, t) for tr in trigs if tr[6] != start)]
            if inner:
                gov = inner[0]
                date = gov.value
        spanned = next((d for lo, hi, d in state.spans if lo <= start < hi), None) if state.spans else None
        if spanned is not None:
            date, dated_by, gov = spanned, "own", None     # "tiga hari setelah X menemui Y"
            shifted.add(start)
        if dated_by != "own" and ((etype == "other" and any(w in word for w in R.dated_only))
                                  or word in R.office_held):
            continue                # "nelayan yang ditangkap", "Retno, yang menjabat Menlu": background
                                    # without a date of its own
        in_opening = gov is not None and opening_end is not None and gov.end <= opening_end
        if strength == "plan":
            if dated_by != "own":
                continue            # a thing scheduled is an event only with the date it is scheduled for
            etype = _scheduled_kind(low, clause[0], min(clause[1], end + R.scheduled_reach), R)
            if etype is None:
                continue            # a thing whose kind the sentence does not tell: too vague to list
        if strength == "say":
            window = low[clause[0]:clause[1]]
            if any(w in window for w in R.sanction_words) and "diumumkan" in window:
                etype = "sanction"      # "Tarif 32 persen ... diumumkan Trump": the measure itself
            elif dated_by != "own":
                seen_say = True         # an undated statement is no timeline entry, but what
                continue                # follows it is still reported speech
        background = after_word and not nominal            # "..., setelah menuding India menyerang"
        if not nominal and before and any(tr[6] < start and not tr[4] for tr in trigs) \
                and _in_relative(low, max(s.start, start - 40), start, R):
            background = True       # "sepakat mempercepat perjanjian yang diteken pada 2024": the
                                    # relative clause's verb tells of the object, after the news
        if (pointing or following) and dated_by != "own":
            refs.append(_Cand(etype, "ref", date, dated_by, start, end, text[start:end], s, [], "", clause))
            continue
        # "Perjanjian Washington tidak melibatkan ...": an undated noun opening the sentence, named
        # by the place or party after it, is an event of its kind already told
        opening_noun = nominal and start == s.start and dated_by != "own" and strength != "say" \
            and any(ms == end + 1 for ms, _, _ in sent_mentions)
        if (pointing or opening_noun) and any(e.type in FAMILIES.get(etype, (etype,)) for e in state.events):
            refs.append(_Cand(etype, "ref", date, dated_by, start, end, text[start:end], s, [], "", clause))
            continue
        # what follows a threat, an accusation or a reporting verb is their content, not news
        content = seen_threat or (seen_accuse and etype in ("military_action", "attack") and dated_by != "own") \
            or (seen_say and nominal and dated_by != "own" and _status(low, s, start, end, clause, R, memo=state.cue_memo, cues=state.cues) != "planned") \
            or (nominal and dated_by != "own" and any(c.clause == clause and not c.nominal for c in cands))
        if content and strength != "say":
            continue
        # participants: actors of the clause, and the subject of the sentence (or of the
        # antecedent of a "yang" clause)
        named = clause_parties.get(clause)
        if named is None:
            named = clause_parties[clause] = _clause_parties(text, low, s, clause, sent_mentions, R.seats)
        parts: list[tuple[int, Actor]] = list(named[0])
        location = ""
        before_di = ""          # the last place named after "di" before the trigger in its clause (not
                                # across a reporting verb: "Di Jakarta, Sugiono mengatakan ... sepakat")
        # where the place a thing was said in is looked for from: after the speaker named after the
        # verb closing a quote ("kata juru bicara Kemlu China Lin Jian di Beijing")
        said_end = end
        closes_quote = (etype in PLACED_SPEECH or strength == "say") and _closes_quote(text, start)
        if etype in PLACED_SPEECH and closes_quote:
            said_end = next((me for ms, me, a in sent_mentions if end <= ms <= end + 60 and a.kind == "person"), end)
        for ms, me, how, kind in named[1]:
            # the first place after the trigger named after "di" ("di Jakarta"); for a meeting,
            # also after "ke" or right after it ("berkunjung ke Jakarta", "mengunjungi Jakarta"),
            # and so for a place (not a state: a party) struck or entered ("menembaki Pulau
            # Yeonpyeong", "operasi darat ke Lebanon selatan")
            if ms <= start:
                if how == "di" and me <= start and kind in ("place", "country") \
                        and (reported_from is None or start < reported_from or ms >= reported_from):
                    before_di = text[ms:me]     # "Di Moskow, Duma meratifikasi ..."
                continue
            if etype in PLACED_SPEECH and (ms - said_end > R.speech_place_reach
                                           or (how == "di" and kind == "country" and low[ms:me] not in R.seats)):
                break           # "menyambut baik kesepakatan di Doha", "kecewa karena situasi di
                                # Myanmar" (a state, not its seat): where the thing spoken of was
            if how == "di" or ((etype == "meeting" or (etype in STRIKES and kind == "place")) and (
                    ms - end <= 2 or low[max(s.start, ms - 3):ms] == "ke ")):
                location = text[ms:me]
                break
        if not location and before_di and etype not in PLACED_SPEECH:
            location = before_di    # "Di Khujand, Rahmon dan Japarov bertukar dokumen ratifikasi"
        subj = subject
        if low.startswith("yang", clause[0]):
            prior = [x for x in sent_mentions if x[0] < clause[0] and x[2].kind != "place"]
            subj = prior[-1] if prior else subject
        elif clause[0] > s.start and low.startswith(R.contrast_words, clause[0]):
            # "..., sementara militer Thailand mengerahkan jet tempur": the clause has its own subject
            own = _subject(text, sent_mentions, clause[0], start, R.media)
            subj = own if own is not None else subject
        elif state.from_ref and refs and (span := next((x for x in state.from_ref if x[0] <= start < x[1]), None)) \
                and refs[0].end <= span[0]:
            # "Kunjungan Xi berlangsung tiga bulan setelah Joe Biden berkunjung ke Hanoi": the clause
            # after the span has its own subject; the sentence's is the party of the event referred to
            subj = _subject(text, sent_mentions, span[0], start, R.media)
            parts = [p for p in parts if p[0] >= span[0]]
        organizations = named[2]
        if subj is not None and subj[0] < start and not _names_actor(parts, subj[2]):
            parts.insert(0, (subj[0], subj[2]))
            if subj[2].kind == "organization":
                organizations = [parts[0]] + organizations
        # a state's body acts for its state: "Penjaga Pantai China" -> China too
        for pos, a in organizations:
            if a.country in state.by_name and not any(p[1].name == a.country for p in parts):
                parts.append((pos, state.by_name[a.country]))
        only_source = False
        if reported_from is not None and start >= reported_from:
            only_source = sourced and bool(parts)
            parts = [p for p in parts if p[0] >= speaker_before]
        # "serangan Hamas", "kunjungan Prabowo": the party right after a nominal trigger does it
        genitive = [p for p in parts if end < p[0] <= end + 2] if nominal else []
        if genitive and subj is not None and subj[0] < start and etype in ("attack", "military_action"):
            parts = [p for p in parts if p[0] > start]
        speaker = None
        quoted = False  # a quote closed by its reporting verb: the speaker alone says it
        if etype in ("criticism", "threat"):
            # '"... diktator," kata X', '"Mereka akan membayar mahal," ujar X': the speaker does it
            found_speaker = _quote_speaker(text, trigs, start, end, sent_mentions, state)
            if found_speaker:
                speaker = found_speaker[0][1]
                parts = [p for p in parts if p[1] is not speaker] + found_speaker
        elif strength == "say" and (word in R.source_words or (closes_quote and not word.endswith("nya"))):
            # '"...," kata Jero di kompleks Istana', "Menurut Retno, ...": the one named after the verb
            # says it; the others are spoken of or beside the speaker ("kata Kepala Ekonom ADB X di ...")
            after = [p for p in parts if end <= p[0] <= end + 40 and p[1].kind != "place"]
            if after:
                speaker = next((p for p in after if p[1].kind == "person"), after[0])[1]
                quoted = True
        if word.endswith("nya") and state.prev_subject is not None and not _names_actor(parts, state.prev_subject) \
                and not (subj is not None and subj[0] < start and subj[2].kind == "person"):   # "X menunda kunjungannya"
            parts.insert(0, (start - 1, state.prev_subject))
        if etype == "meeting" and word in ("menerima", "diterima", "disambut"):
            # "menerima Anwar", "menerima Duta Besar Australia": a visitor, not a letter or an award
            nxt = [p for p in parts if end <= p[0] <= end + 45 and p[1].kind == "person"]
            title_next = _TITLE_NEXT.match(text, end)
            if not nxt and not (title_next and title_next.group(1).casefold() in R.titles) \
                    and not low.startswith(R.visitor_groups, end + 1):
                continue
        if word.split()[0] in R.agent_next and _passive_agent(low, end, word, parts, R) is None \
                and not (R.by_agent is not None and R.by_agent.match(low, end)):
            continue                # "dikritik karena ...": a bare passive names no critic, no event
        if etype == "military_action" and not word.startswith("serangan") and word not in R.capture_words:
            doer = [p for p in parts if p[0] < start]
            if doer and doer[-1][1].kind == "organization" and doer[-1][1].name not in R.states \
                    and not doer[-1][1].country:        # a state's body ("Penjaga Pantai China") is the state
                etype = "attack"        # a group's rockets: an attack, not a state's military action
        if etype == "attack" and R.seize_words and word.startswith(R.seize_words):
            agent = _passive_agent(low, end, word, parts, R) if " di" in word else None   # "kapal ... disita pasukan Iran"
            doer = agent[1] if agent else next((p[1] for p in reversed(parts) if p[0] < start), None)
            if doer is not None and (doer.kind == "country" or doer.name in R.states or doer.country):
                etype = "military_action"   # "Garda Revolusi Iran menyita kapal MSC Aries": a state's seizure
        if etype == "military_action" and word.startswith("serangan"):
            near = [p for p in parts if end <= p[0] <= end + 25] or [p for p in parts if p[0] < start][-1:]
            ctx = low[start:min(s.end, end + 30)]
            if any(w in ctx for w in R.attack_words) or (near and near[0][1].kind == "organization"
                                                         and not near[0][1].country):
                etype = "attack"
        if R.evacuees is not None and (word.startswith(R.moved_words) or (etype == "meeting"
                                                                         and word.startswith(R.arrival_words))):
            moved = R.evacuees.search(low, max(clause[0], start - 80), start) is not None
            if word.startswith(R.moved_words) and not moved:
                continue            # "dipindahkan ke ruang lain": no people of an evacuation moved
            if moved and etype == "meeting":
                etype = "other"     # "para WNI yang dievakuasi tiba di Soekarno-Hatta": a step of the evacuation
        if etype == "military_action" and not nominal and R.crowd is not None \
                and R.crowd.search(" ".join(low[max(clause[0], start - 40):start].split()[-3:])):
            etype = "other"         # "Ribuan demonstran menyerbu gedung parlemen": unrest, not a state's force
        if etype == "agreement" and "resolusi" in word and R.condemning is not None and R.condemning.match(low, end):
            etype = "criticism"     # "mengadopsi resolusi yang mengecam agresi Rusia": the body condemns
        if etype == "meeting" and word.startswith(R.arrival_words) and R.arriving_things \
                and not R.arriving_things.isdisjoint(low[max(clause[0], start - 60):start].split()):
            continue                # "Pesawat carteran yang membawanya mendarat di Canberra": a craft, no visitor
        if etype == "meeting" and word.endswith("sidang") and R.court is not None \
                and R.court.search(low, end, min(clause[1], end + 40)):
            etype = "other"         # "sidang virtual di pengadilan federal": a court's hearing, no meeting
        if etype == "election" and R.court is not None and R.court.search(low, clause[0], start):
            etype = "other"         # "Mahkamah Konstitusi membatalkan hasil pemilu": the court's ruling
        if dated_by != "own" and etype != "statement" and R.since_clause is not None \
                and not state.rare.isdisjoint(R.since) and R.since_clause.search(low, max(clause[0], start - 40), start) \
                and not any(end <= t.start < clause[1] for t in sent_times):
            continue                # "sejak Trump kembali menjabat", "sejak perang pecah": the time since,
                                    # no event told (unless dated further on: "sejak X dan Y memulihkan
                                    # hubungan ... pada Maret lalu")
        if etype == "election":
            # who takes or leaves office: the person named right before the trigger, or right
            # after a nominal one ("pelantikan Paus Leo")
            # ("Menteri X, yang ... kepada Yoon, mengundurkan diri": X, not the object of "kepada")
            people = [p for p in parts if p[0] < start and p[1].kind == "person"
                      and not _object_of(text, p[0], clause[0], R)]
            if nominal:
                # "pelantikan Paus Leo"; "pemilu parlemen Polandia": the state whose election it is
                people = [p for p in parts if end < p[0] <= end + 60 and p[1].kind == "person"
                          and _TITLED_GAP.fullmatch(text, end, p[0])][:1] \
                    or [p for p in parts if end < p[0] <= end + 30 and p[1].kind == "country"
                        and _LOWER_GAP.fullmatch(text, end, p[0])][:1] or people
            elif not people or word.startswith(R.appoint_words):
                # "Parlemen memakzulkan Presiden X", "para pemimpin memilih X sebagai ...", "Raja Charles
                # menunjuk Keir Starmer sebagai perdana menteri": the one named after
                people = [p for p in parts if end <= p[0] <= end + 80 and p[1].kind == "person"][:1] or people
            if word in R.office_held:
                # "sejak Taliban kembali berkuasa": who holds it, a person or not, is named right before
                people = [p for p in parts if clause[0] <= p[0] < start and p[1].kind != "place"][-1:] or people
            parts = people[-1:] or parts[:1]
        if nominal and dated_by != "own" and strength != "say" and len(parts) < 2 and not (
                etype == "meeting" and _org_summit(low, start, parts, R)):
            continue
        if not parts and only_source and dated_by == "own" and strength != "say":
            # "Menurut X, gencatan senjata akan mulai berlaku pada ...": X only reports; the
            # parties are those of the last such event told
            told = [e for e in state.events if e.type == etype and e.participants]
            if told:
                parts = _parties_of(told[-1], start, state)
        if not parts and etype == "meeting" and dated_by == "own" and refs:
            # "Kesepakatan itu dicapai dalam pertemuan di X, Rabu": the parties of the event referred to
            family = FAMILIES.get(refs[-1].type, (refs[-1].type,))
            told = [e for e in state.events if e.type in family and e.participants]
            if told:
                parts = _parties_of(told[-1], start - 1, state)
        if not parts and etype == "meeting" and state.prev_subject is not None and _org_summit(low, start, [(0, state.prev_subject)], R):
            parts = [(start - 1, state.prev_subject)]   # "... ECOWAS memerintahkan ... dalam KTT di Abuja"
        if not parts and dated_by == "own" and strength != "say" and (etype in R.sentence_party_types
                                                                      or strength == "plan"):
            # "Perang pecah sejak 15 April, ketika ketegangan antara al-Burhan dan Hemedti memuncak":
            # a dated clause naming no party takes the parties its sentence names
            parts = [(ms, a) for ms, me, a in sent_mentions
                     if a.kind != "place" and (reported_from is None or ms >= reported_from)][:4]
        if not parts and etype in SYMMETRIC and R.group_subject is not None and R.group_subject.match(low, clause[0]):
            # "Mereka juga sepakat ...", "Keempat menteri sepakat ...": those who met just before
            met = _meeting_before(cands, state, s)
            if met is not None:
                parts = _parties_of(met, start - 1, state)
        if not parts and start in outcomes:
            # "Kunjungan itu menghasilkan ...": the parties of the meeting
            met = _meeting_before(cands, state)
            if met is not None:
                parts = _parties_of(met, start - 1, state)
        if not parts and strength == "plan" and state.events:
            # "Pertukaran yang semula dijadwalkan pada 24 Januari itu akhirnya batal": the thing of the
            # story told just before, with its parties
            parts = _parties_of(state.events[-1], start - 1, state)
        if not parts and dated_by == "own" and strength != "say" and etype in R.sentence_party_types:
            # "Pertemuan pertama berlangsung di Panmunjom pada 27 April": a dated event naming no
            # party at all is one more of the kind told before, by the same parties
            told = [e for e in state.events if e.type == etype and e.participants]
            if told:
                parts = _parties_of(told[-1], start - 1, state)
        if not parts and state.prev_subject is not None and state.prev_subject.kind == "person" \
                and R.first_since is not None and (first := R.first_since.search(low, s.start, start)) \
                and first.group().startswith(R.first_own):
            # "Ini merupakan lawatan luar negeri pertamanya sejak dilantik pada 23 September": whose
            # first it is, named in the sentence before, is the one the first counts from
            parts = [(start - 1, state.prev_subject)]
        if not parts:
            continue
        status = _status(low, s, start, end, clause, R, say=strength == "say", memo=state.cue_memo, cues=state.cues,
                         speech=etype in SPEECH_ACTS)
        if etype == "sanction" and R.lifted is not None and R.lifted.match(low, start):
            status = "cancelled"    # "China mencabut tarif atas anggur Australia": the measure lifted
        if strength == "plan":
            # a thing scheduled is planned, unless the rest of the sentence calls it off ("yang semula
            # direncanakan pekan depan, ditunda hingga ...")
            status = "cancelled" if any(st == "cancelled" and rx.search(low, start, s.end)
                                        for _, st, rx, *_ in R.numbered_status) else "planned"
        if etype == "threat" and status == "planned" and any(tr[2] == "say" and tr[7] <= start for tr in trigs):
            status = "occurred"     # "X mengatakan Rusia akan mengambil langkah balasan": the threat is made
        if status == "occurred" and strength != "say" and state.future:
            nxt = min((tr[6] for tr in trigs if tr[6] >= end), default=clause[1])
            if any(end <= f < min(nxt, clause[1]) for f in state.future):
                status = "planned"      # "... di Washington dalam waktu dekat"
        coordinated = _joined(text, sent_mentions, subj[0], subj[1], start, R) if subj is not None else set()
        roles = []
        names = set()
        lead = subj[2] if subj is not None and subj[0] < start and _names_actor(parts, subj[2]) else None
        comma = low.rfind(",", clause[0], start)
        if comma > 0 and etype not in SYMMETRIC and speaker is None:
            # "..., AS sedang mempertimbangkan operasi militer terhadap Kolombia": the party
            # opening the stretch after the last comma acts
            near = [p for p in parts if comma < p[0] < start]
            if near and low[comma + 1:near[0][0]].strip() == "":
                lead = min(near, key=lambda p: p[0])[1]
        if speaker is not None:
            lead = speaker
        if genitive and lead is None:
            lead = genitive[0][1]
        # "X dikecam oleh Y", "kapal yang dibajak Houthi": Y acts, X undergoes
        passive = _passive_agent(low, end, word, parts, R) if etype not in SYMMETRIC and speaker is None else None
        if passive is not None:
            lead = passive[1]
            # "diprotes Wellington dan Canberra": the agents coordinated with it act too
            agent_end = next((me for ms, me, _ in sent_mentions if ms == passive[0]), passive[0])
            coordinated |= _joined(text, sent_mentions, passive[0], agent_end, s.end, R)
        symmetric = etype in SYMMETRIC
        has_initiator = False
        # "mengkritik Yerusalem karena ... terhadap Palestina": after the one aimed at, the parties
        # named in the reason are spoken of
        reason_at = s.end
        if not symmetric and R.reason is not None and any(p[0] > end for p in parts):
            m_reason = R.reason.search(low, end, s.end)
            if m_reason is not None and any(end < p[0] < m_reason.start() for p in parts):
                reason_at = m_reason.start()
        # the lead first, then in the order of the text
        ordered = sorted(parts, key=_POSITION) if lead is None else \
            sorted(parts, key=lambda p: (p[1] is not lead, p[0]))
        for pos, a in ordered:
            if a.name in names:
                continue
            names.add(a.name)
            if symmetric:
                # the one who meets, calls or signs first; the rest take part
                role = "initiator" if (pos < start or a is lead) and not has_initiator else "participant"
                has_initiator = has_initiator or role == "initiator"
            else:
                # the subject acts, and whoever is coordinated with it ("Jepang dan Korea Selatan")
                if a is lead or (not quoted and pos in coordinated and (passive is None or pos > start)) \
                        or (passive is None and lead is None and pos <= start):
                    role = "initiator"
                elif passive is not None:
                    role = "target"        # the subject of a passive verb undergoes it
                elif pos < start or quoted or pos > reason_at:
                    role = "participant"    # the organization in the subject's title; who or what a
                                            # quote or a reason speaks of
                else:
                    role = "target"
            roles.append((a.name, role))
        if status == "occurred" and gov is not None and gov.start >= end and word.startswith(R.ahead_is_content) \
                and dct is not None and (period := _period(date)) and period[0] > dct:
            date, dated_by, gov = None, "none", None     # "sepakat menargetkan ... pada 2028": what is agreed
        c = _Cand(etype, status, date, dated_by, start, end, text[start:end], s, roles, location, clause)
        c.nominal = nominal
        c.in_opening = in_opening
        c.other_time = nominal and R.other_time is not None and R.other_time.match(low, end) is not None
        c.aside = R.first_since is not None and R.first_since.search(low, s.start, start) is not None
        if background:
            backgrounds.append(c)
            continue
        if strength == "say":
            seen_say = True
            says.append(c)
        elif strength == "plan":
            scheduled.append(c)
        else:
            if etype == "threat":
                seen_threat = True
            if etype == "criticism":
                seen_accuse = True
            cands.append(c)
            if gov is not None and not nominal:
                # "dimediasi Moskow pada 10 Oktober dan 17 Oktober": one event on each date
                for t in _coordinated(low, gov, sent_times, R):
                    twin = _Cand(etype, status, t.value, "own", start, end, text[start:end], s, list(roles),
                                 location, clause)
                    twin.other_time = True
                    cands.append(twin)

    # 3. references to events already told ("pertemuan itu"): evidence, and their date
    told_here = []              # (where the reference ends, the event told)
    for r in refs:
        family = FAMILIES.get(r.type, (r.type,))
        head = r.trigger.split()[0].casefold()[:8]
        if any(c.type in family and c.start < r.start and c.trigger.casefold().startswith(head) for c in cands):
            continue        # "... menghasilkan Perjanjian Brussels pada 2013, tetapi ... dalam perjanjian
                            # itu": the one just named in this sentence, no event told before
        # (not the one a first since counts from: "... pertama sejak mereka bertemu di Bali. Dalam pertemuan itu")
        told = [e for e in state.events if e.type in family and not e.aside] \
            or [e for e in state.events if e.type in family]
        # "Lawatan balasan itu rencananya digelar pada April": a plan told refers to the plan
        ref_status = _status(low, s, r.start, r.end, r.clause, R, memo=state.cue_memo, cues=state.cues)
        planned = r.dated_by == "own" and ref_status == "planned"
        # "Namun, pertemuan itu dibatalkan": the plan told is called off
        called_off = ref_status == "cancelled"
        told = [e for e in told if e.status == ("planned" if planned or (called_off and r.dated_by != "own")
                                                else "occurred")] or told
        if r.dated_by == "own":
            told = [e for e in told if _compatible(e.date, r.date)] or told
        if told:
            # the one whose parties the sentence names most ("Seusai pertemuan, Biden dan Xi ..."), then
            # one told with the same word, then the last
            here = {a.name for _, _, a in sent_mentions}
            e = max(enumerate(told), key=lambda x: (
                len(here & {n for n, _ in x[1].participants}),
                any(y.trigger.casefold().startswith(head) for y in [x[1]] + x[1].evidence), x[0]))[1]
            apart = r.dated_by == "own" and e.date is not None and not _compatible(e.date, r.date)
            # "Kesepakatan itu dicapai pada Rabu (22/11)" after its start on Friday was told: the day it
            # was reached; "Kunjungan ini sejatinya direncanakan pada 2021, tetapi ditunda": the visit
            # told was first planned then and called off. Each an event of its own, with the parties told
            twin_status = "occurred" if apart and e.dated_by == "own" and R.reached is not None \
                and R.reached.match(low, r.end) else "cancelled" if apart and called_off and e.status == "occurred" \
                else None
            if twin_status is not None:
                twin = _Cand(r.type, twin_status, r.date, "own", r.start, r.end, r.trigger, s, list(e.participants),
                             "", r.clause)
                twin.nominal = True
                cands.append(twin)
                shifted.add(r.start)
                continue
            e.evidence.append(r)
            if called_off and e.status == "planned" and (r.dated_by != "own" or _compatible(e.date, r.date)) \
                    and all(_compatible(e.date, t.value) for t in sent_times if r.end < t.start < r.end + 40):
                e.status = "cancelled"  # (not "pembatalan perjanjian yang diteken pada 2012 itu": another)
            if r.dated_by == "own" and _placed_inside(e, r.date):
                pass                    # "lawatan Jokowi pekan ini": a visit already placed on a day of that week
            elif r.dated_by == "own" and ((_compatible(e.date, r.date) and (e.date is None or _finer(r.date, e.date)))
                                          or e.dated_by != "own"):
                e.date, e.dated_by = r.date, "own"  # "Penandatanganan itu berlangsung pada Minggu"
            ref_date = ref_date or e.date
            told_here.append((r.end, e))

    # "Pertemuan itu berlangsung tiga hari setelah DPR mengesahkan ...": the clause after the span
    # happened that long before (or after) the event referred to, not on its day
    for lo, hi, unit, n in state.from_ref if told_here else ():
        if not s.start <= lo < s.end:
            continue
        told = [e for at, e in told_here if at <= lo]
        date = _moved(told[-1].date, unit, n) if told and told[-1].date else None
        for c in (*cands, *backgrounds) if date is not None else ():
            if lo <= c.start < hi and c.dated_by != "own":
                c.date, c.dated_by = date, "own"
                shifted.add(c.start)

    # "Seusai bertemu Xi, Scholz ...": right after the meeting told, on its day
    if ref_date is None and backgrounds and opens and low.startswith(R.after_openers, s.start):
        for b in backgrounds:
            if b.start - s.start > 40 or b.dated_by == "own":
                continue
            names = {n for n, _ in b.participants}
            told = [e for e in state.events if e.type == b.type and e.dated_by == "own" and e.status == "occurred"
                    and names & {n for n, _ in e.participants}]
            if told:
                ref_date = told[-1].date
                break

    # a verb after "setelah"/"sebelum" is background unless nothing else happens in the sentence
    if not cands:
        cands.extend(backgrounds)
    else:
        # "... melalui perjanjian yang diteken pada 2003": a background event with a date of its own
        # is an event of its own
        apart = [b for b in backgrounds if b.dated_by == "own" and all(c.date != b.date for c in cands)
                 and _in_relative(low, max(s.start, b.start - 40), b.start, R)]
        shifted.update(b.start for b in apart)      # its date is its own: it dates nothing else
        cands.extend(apart)

    # a thing scheduled is an event when the sentence tells no other and refers to none
    if scheduled and not cands and not refs:
        cands.extend(scheduled[:1])

    # 4. reporting verbs make a statement only when nothing else happens in their clause
    for c in says:
        clash = [o for o in cands if o.clause == c.clause or (o.date == c.date and o.dated_by == "own")]
        if clash and not (c.dated_by == "own" and all(o.date != c.date for o in clash)):
            continue
        if any(o.type == "statement" for o in cands):
            continue
        if c.trigger.casefold() in R.announce_words and any(o.clause == c.clause and o.type in ANNOUNCED for o in cands):
            continue                # "Tokyo mengumumkan pembatasan ekspor": the measure is the news
        if R.analyst_titles and _analysts_only(c, state.by_name, R):
            continue                # "Pengamat ... Universitas Airlangga, X, menilai ...": comment, no event
        cands.append(c)

    # 5. undated: a date of the same sentence (same type first), the time of the event referred
    #    to, or the narrative time of the paragraph
    own_by_type = {}
    for c in cands:
        if c.dated_by == "own" and c.start not in shifted and not c.aside:    # (not the day a first since
            own_by_type.setdefault(c.type, c.date)                             # counts from)
    for c in cands:
        if c.date is None and c.type in own_by_type:
            c.date, c.dated_by = own_by_type[c.type], "own"
    sentence_date = next((c.date for c in cands if c.in_opening), None)
    since = {c.start for c in cands if R.since_clause.search(low, max(c.clause[0], c.start - 80), c.start)} \
        if not state.rare.isdisjoint(R.since) and R.since_word.search(low, s.start, s.end) else ()
    own_dates = {c.date for c in cands if c.dated_by == "own" and c.start not in shifted and not c.aside
                 and (low[max(s.start, c.start - 12):c.start].split() or [""])[-1] not in R.since_words}
    # a date told in a clause after "sejak" ("sejak mahkamah itu menerbitkan surat perintah pada 17
    # Maret 2023") is shared only inside that clause
    main_dated = not since or any(c.dated_by == "own" and c.start not in shifted and c.start not in since
                                  for c in cands)
    if sentence_date is None and len(own_dates) == 1:
        sentence_date = next(iter(own_dates))   # one date in the sentence: its other events share it
    context_date = ref_date or state.told_on.get(s.start) or state.para_date.get(s.paragraph)
    inherited_here = sentence_date or context_date
    shared_in_since = not main_dated and sentence_date is not None and not any(c.in_opening for c in cands)
    for c in cands:
        early = c.status in ("planned", "hypothetical")
        inherited = context_date if shared_in_since and c.start not in since else inherited_here
        if inherited and c.type in REACTIONS and dct is not None and (period := _period(inherited)) \
                and period[0] > dct:
            inherited = None    # "Pemilu digelar pada 21 Mei mendatang. Albanese mengecam ...": a thing said is
                                # told after it was said, never on a day still ahead
        if c.date is None and inherited and not early and not c.other_time:    # the future is not narrative time
            c.date, c.dated_by = inherited, "inherited"
        elif c.date is None and not inherited and not early and (c.type in REACTIONS or c.type in _OF_THE_DAY) \
                and state.lead_date:
            c.date, c.dated_by = state.lead_date, "inherited"   # told without a date: the news of the day
        elif c.date is None and not inherited and not early and c.type == "agreement":
            # "Kedua pemimpin sepakat ..." told without a date: agreed when they met
            names = {n for n, _ in c.participants}
            met = [e for e in state.events if e.type == "meeting" and e.dated_by == "own" and e.status == "occurred"
                   and not _is_arrival(e, R)
                   and len(names & {n for n, _ in e.participants}) >= 2]
            if met:
                c.date, c.dated_by = met[-1].date, "inherited"
            elif state.lead_date:
                c.date, c.dated_by = state.lead_date, "inherited"
        if c.type == "statement" and c.dated_by not in STATEMENT_DATING:
            continue
        if c.status == "occurred" and c.date and dct is not None:
            period = _period(c.date)
            if period and period[0] > dct:
                c.status = "planned"
        _add(state, c)
    if R.followed_by is not None and cands and any(w in state.rare and low.find(w, s.start, s.end) >= 0
                                                     for w in R.followed_by_words):
        _followers(text, low, s, cands, sent_times, sent_mentions, R, state)
    own = [c.date for c in cands if c.dated_by == "own" and c.start not in shifted]
    _remember(state, s, sent_times, subject, own[-1] if own else ref_date)


def _followers(text, low, s, cands, sent_times, sent_mentions, R: Rules, state: _State) -> None:
    """ "X berkunjung pada 1970, disusul Y pada 1989": Y's visit, a copy of the event before with Y
    as its initiator and the date after Y."""
    for m in R.followed_by.finditer(low, s.start, s.end):
        before = [c for c in cands if c.end <= m.start() and not c.nominal and c.dated_by == "own"]
        who = _subject(text, sent_mentions, m.end(), min(s.end, m.end() + 60), R.media)
        if who is not None and (who[0] > m.end() + 25 or "," in text[m.end():who[0]]):
            who = None          # X is named right after the word, a title apart at most
        if not before or who is None:
            continue
        nxt = R.followed_by.search(low, m.end(), s.end)
        hi = nxt.start() if nxt else s.end
        when = next((t for t in sent_times if who[1] <= t.start < hi and t.start - who[1] <= 30), None)
        if when is None:
            continue
        c = before[-1]
        parts = [(who[2].name, "initiator")] + [(n, r) for n, r in c.participants if r != "initiator" and n != who[2].name]
        lo = m.start() + 1 + len(text[m.start() + 1:m.end()]) - len(text[m.start() + 1:m.end()].lstrip())
        f = _Cand(c.type, c.status, when.value, "own", lo, who[1], text[lo:who[1]], s, parts,
                  "", (lo, hi))
        _add(state, f)


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


def _meeting_before(cands: list, state: _State, s=None):
    """The meeting of this sentence's candidates, or else the last one told (in this paragraph or
    the one before when `s` is given), or None."""
    met = [c for c in cands if c.type == "meeting"]
    if met:
        return met[-1]
    told = state.events if s is None else state.events[-6:]
    met = [e for e in told if e.type == "meeting" and (s is None or e.sentence.paragraph >= s.paragraph - 1)]
    return met[-1] if met else None


def _parties_of(e: _Cand, at: int, state: _State) -> list:
    """The parties of an event told, as (position, actor) of a clause at `at` that names none."""
    return [(at, state.by_name[n]) for n, _ in e.participants if n in state.by_name]


def _passive_agent(low: str, end: int, word: str, parts: list, R: Rules):
    """The party right after a passive verb ("dikecam oleh Brasil", "disita pasukan Garda Revolusi
    Iran"), as (position, actor), or None."""
    if not (word.startswith("di") or " di" in word):
        return None
    agent = R.passive_agent.match(low, end) if R.passive_agent is not None else None
    if agent is None:
        return None
    at = agent.end()
    found = next((p for p in parts if p[0] == at), None)
    if found is None and low[at:at + 20].split()[:1] and low[at:at + 20].split()[0] in R.titles:
        # "dipanggil oleh Wakil Menteri Luar Negeri Kim Hong-kyun": the person after the title
        found = next((p for p in parts if at < p[0] <= at + 60 and p[1].kind == "person"), None)
    return found


_QUOTE_CLOSED = re.compile(r'[,.!?]["”’\']\s*$')


def _closes_quote(text: str, start: int) -> bool:
    """Does the reporting verb at `start` close a quote ('"...," kata X')?"""
    return _QUOTE_CLOSED.search(text, max(0, start - 6), start) is not None


def _quote_speaker(text, trigs, start, end, sent_mentions, state) -> list:
    """Who says the quote a trigger at [start, end) sits in: the party right after the reporting
    verb that closes it ('"...," kata Presiden X'), or the last subject for "ujarnya"."""
    say = next((tr[0] for tr in trigs if tr[2] == "say" and tr[6] >= end), None)
    if say is None or not _QUOTE_END.fullmatch(text, end, say.start()):
        return []
    after = [(ms, a) for ms, me, a in sent_mentions if say.end() <= ms <= say.end() + 40]
    if after:
        return [(start - 1, after[-1][1] if after[0][1].kind != "person" and after[-1][1].kind == "person" else after[0][1])]
    if say.group().endswith("nya") and state.prev_subject is not None:
        return [(start - 1, state.prev_subject)]
    return []


def _org_summit(low: str, start: int, parts, R: Rules) -> bool:
    """A summit whose one party is an organization: its members meet ("KTT ECOWAS")."""
    return bool(R.summit_words) and low.startswith(R.summit_words, start) \
        and any(a.kind == "organization" for _, a in parts)


def _in_condition(low: str, lo: int, start: int, R: Rules) -> bool:
    """Is the trigger at `start` inside a condition opened earlier in its clause ("jika ... sepakat")?"""
    return R.condition is not None and R.condition.search(low, max(lo, start - 80), start) is not None


def _remember(state: _State, s, sent_times, subject, date) -> None:
    if date:
        state.para_date[s.paragraph] = date
    elif sent_times and s.paragraph not in state.para_date:
        state.para_date[s.paragraph] = sent_times[-1].value
    if subject is not None:
        state.prev_subject = subject[2]


_OCCASION_GAP = re.compile(r",?\s*(?:di\s+)?[\w-]+\s+")      # ", di sela " between a date and the occasion
_LABEL_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}$")
_RANGE_FIRST = re.compile(r"(?:1[89]|20)\d\d\s*[-–—]\s*$")      # "2024-" before "2028"
_RANGE_LAST = re.compile(r"\s*[-–—]\s*(?:1[89]|20)\d\d(?!\d)")     # "-2028" after "2024"


def _label(text, t, lead_words) -> tuple[int, bool] | None:
    """ "Ketua ASEAN 2025", "KTT G20 2024", "Kerangka Kerja Sama ASEAN-GCC 2024-2028": a bare
    year, or a year of a range, right after a name labels the name. Where the label's years
    start and whether they are a range (the span the named thing covers), or None."""
    if _LABEL_YEAR.fullmatch(t.text) is None or t.start < 2:
        return None
    at, span = t.start, _RANGE_LAST.match(text, t.end) is not None
    if text[at - 1] in "-–—" or text[at - 2] in "-–—":
        r = _RANGE_FIRST.search(text, max(0, at - 8), at)
        if r is not None:
            at, span = r.start(), True
    m = _NAME_BEFORE.search(text, max(0, at - 60), at)
    if m is None or text[max(0, at - 30):at].split()[-1].lower() in lead_words:
        return None
    return at, span


def _cost(text, s, start, end, t, opening_end, R: Rules) -> int:
    if (label := _label(text, t, R.year_lead)) is not None:
        at, span = label
        if span or not (end <= at and _NAME_BEFORE.fullmatch(text, end + 1, at)):
            return 1000         # dates only a trigger inside that name ("KTT APEC 2025"); the years
                                # a named plan covers ("Kerangka Kerja Sama 2024-2028") date none
        if not text[start].isupper():
            return 300          # "menandatangani Deklarasi Jakarta 2024": the verb's object is
                                # named by the year; any other date of the clause dates the verb
    if t.end <= start:
        gap = text[t.end:start]
        dist = start - t.end
    else:
        gap = text[end:t.start]
        dist = max(0, t.start - end)
    commas = gap.count(",") + gap.count(";") * 2
    if commas == 1 and t.start > end and R.audience is not None and R.audience.fullmatch(gap.lower()):
        commas = 0              # "mengatakan kepada wartawan, kemarin, ...": the date is the verb's
    cost = dist + 50 * commas
    if t.end <= start and R.after_gap is not None and R.after_gap.fullmatch(gap.lower()):
        cost += 200             # "dicapai pada Rabu (22/11) setelah perundingan": Wednesday is the verb's
    if t.end <= start and R.and_gap is not None and R.and_gap.match(gap.lower()):
        cost += 100             # "terbang ke Abu Dhabi hari ini dan bertemu X besok": today is the flight's
    if t.end <= start and R.relative_object is not None:
        y = text.rfind(" yang ", s.start, t.start)
        rel = R.relative_object.match(text, y + 1) if y >= 0 else None
        if rel is not None and rel.end() <= t.start and "," not in text[y:start]:
            cost += 150         # "Nota yang diteken pada 1 Januari juga dikecam ... keesokan harinya":
                                # the date is the relative clause's
        elif _in_aside(text, s.start, t, start, R):
            cost += 300         # "Nijjar, warga Kanada yang dicap teroris pada 2020, ditembak mati ... pada
                                # 18 Juni", "Presiden Joko Widodo, yang masa jabatannya berakhir pada 20
                                # Oktober mendatang, juga meminta ...": the aside's date, set off by commas
    if t.start > end and R.first_since is not None and R.first_since.search(gap.lower()):
        return 1000             # "tatap muka pertama keduanya sejak Biden menjabat pada Januari 2021"
    if t.start > end and R.relative.search(gap):
        word = text[start:end].lower()
        if (word.startswith(R.verbal_prefixes) or word.split()[0] in R.verbal_words) and R.relative_object.search(gap):
            # "sepakat memulihkan jalur yang terputus sejak Agustus", "sepakat mempercepat perjanjian
            # yang diteken pada Agustus 2024": the relative clause tells of the verb's object, not
            # when the verb happened ("hubungan ... yang terjalin sejak 1949" is the noun's own)
            return 1000
        if not R.relative_held.search(gap):
            cost += 80
    if opening_end is not None and t.end <= opening_end and start > opening_end:
        cost = min(cost, 30)
    elif t.start > end and _CLOSING.fullmatch(text, t.end, s.end) and text[s.start:t.start].rstrip().endswith(","):
        cost = min(cost, 40)        # "..., Rabu (12/3/2025)." closes the sentence and dates its verb
    return cost


def _coordinated(low: str, gov: Timex, sent_times: list[Timex], R: Rules) -> list[Timex]:
    """The dates joined to `gov` by "dan", "serta" or a comma ("pada 10 dan 17 Oktober"), of its precision."""
    out, last = [], gov
    for t in sent_times:
        if t.start < last.end:
            continue
        if R.and_date is None or R.and_date.fullmatch(low, last.end, t.start) is None or _precision(t.value) != _precision(gov.value) \
                or t.value == gov.value:
            break
        out.append(t)
        last = t
    return out


def _object_of(text: str, at: int, lo: int, R: Rules) -> bool:
    """Is the party named at `at` the object of a preposition ("kepada Presiden Gabriel Boric")?
    Capitalized title words between them are skipped."""
    words = text[max(lo, at - 60):at].split()
    while words and words[-1][:1].isupper():
        words.pop()
    return bool(words) and words[-1].lower() in R.object_words


def _names_actor(parts: list, actor) -> bool:
    """Is `actor` among the (position, actor) `parts`?"""
    for p in parts:
        if p[1] is actor:
            return True
    return False


def _in_aside(text: str, lo: int, t, at: int, R: Rules) -> bool:
    """Is timex `t` inside an aside set off by commas, holding a relative clause before it and closing
    before the trigger at `at` ("Nijjar, warga Kanada yang dicap teroris pada 2020, ditembak ...",
    "Presiden Joko Widodo, yang masa jabatannya berakhir pada 20 Oktober mendatang, juga meminta
    ..."): the aside's date, not the trigger's? (Not an aside telling how the words came: "Bayraktar,
    yang dihubungi Anadolu kemarin, mengatakan ...")"""
    comma = text.rfind(",", lo, t.start)
    if comma < 0 or text.find(",", t.end, at) < 0 or (R.medium_aside is not None and R.medium_aside.match(text, comma)):
        return False
    y = text.find("yang ", comma, t.start)
    return y >= 0 and (y == comma + 2 or (text[y - 1] == " " and (rel := R.relative_object.match(text, y)) is not None
                                          and rel.end() <= t.start))


def _govern(start, end, sent_times, cost):
    """The timex of `sent_times` that dates the trigger at [start, end), by `cost`."""
    best, best_cost = None, None
    for t in sent_times:
        c = cost(start, end, t)
        if best_cost is None or c < best_cost:
            best, best_cost = t, c
    if best is None or best_cost > 350:
        return None, "none", None
    return best.value, "own", best


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
    if memo is None:
        memo = {}
    # the windows looked at, the same for every cue of a scope
    before_lo = max(clause[0], start - (12 if say else 45))
    near_lo = max(clause[0], start - 40)
    lo = max(clause[0], start - 40, text.rfind(",", clause[0], start) + 1)
    comma = text.find(",", end, clause[1])
    hi = min(clause[1], end + 90) if comma < 0 else min(clause[1], end + 90, comma)
    present = cues.of_sentence(s) if cues is not None else None
    for i, status, rx, scope, quick in (R.say_status if say else R.numbered_status):
        if present is not None and i not in present:
            continue
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
            if ((cues is None or cues.within(i, lo, start)) and quick.search(text, lo, start) and rx.search(text, lo, start)) \
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
                supposed = R.relative_supposed.search(text, end, min(s.end, end + 150))
                if supposed is not None and text.find(";", end, supposed.start()) < 0:
                    called_off = rx.search(text, supposed.end(), s.end)
                    if called_off is not None and text.find(",", supposed.end(), called_off.start()) < 0:
                        return status
            if hi != clause[1]:
                continue
            but = R.but.match(text, hi)
            if but is not None and rx.match(text, but.end()):
                if _in_sentence(text, s, i, quick, memo):
                    return status   # "Lawatan itu direncanakan pada 2020, tetapi batal ...": called off
                continue
            if text.startswith(", yang", hi):
                # "Kunjungan X, yang semula dijadwalkan Kamis, batal ...": the predicate after
                # the relative clause
                after = text.find(",", hi + 6, min(s.end, hi + 120))
                if after > 0 and rx.match(text, after + 1 + (text[after + 1:after + 2] == " ")) \
                        and _in_sentence(text, s, i, quick, memo):
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


def _in_sentence(text, s, i, quick, memo: dict) -> bool:
    """Does the quick check of cue `i` find it anywhere in sentence `s` (remembered in `memo`)?"""
    key = (s.start, -1 - i)
    found = memo.get(key)
    if found is None:
        found = memo[key] = quick.search(text, s.start, s.end) is not None
    return found


def _add(state: _State, c: _Cand) -> None:
    """Add a candidate, or merge it into an event it mentions again (only events of its type
    can take it: `state.by_type` holds them with their place in `state.events`)."""
    names = {n for n, _ in c.participants}
    init_c = {n for n, r in c.participants if r == "initiator"}
    fits = []
    same_type = state.by_type.setdefault(c.type, [])
    for i, e in same_type:
        if not _compatible(e.date, c.date):
            continue
        other = {n for n, _ in e.participants}
        shared = names & other
        same_sentence = c.sentence is e.sentence
        dated_nominal = c.nominal and c.dated_by == "own"
        if not shared or not (len(shared) >= 2 or min(len(names), len(other)) <= 1 or dated_nominal or same_sentence):
            continue
        init_e = {n for n, r in e.participants if r == "initiator"}
        if c.type not in SYMMETRIC and init_c and init_e and not init_c & init_e:
            continue
        if (c.dated_by == "own" and e.dated_by == "own" and not c.nominal
                and not e.nominal and c.sentence is not e.sentence and {c.status, e.status} != _CALLED_OFF):
            continue                # (a plan and the same plan called off are one event)
        if c.dated_by == "own" and not c.nominal and e.date is None and e.nominal and c.sentence is not e.sentence:
            continue
        if c.type == "statement" and c.sentence is not e.sentence:
            continue
        if (c.other_time or e.other_time) and c.date != e.date:
            continue                # "KTT sebelumnya": another occasion than the one told
        if c.status != e.status and c.dated_by == "own" and e.dated_by != "own":
            continue
        if c.status in ("planned", "hypothetical") and (e.status == "occurred" or (
                e.status == "cancelled" and e.dated_by == "own" and c.dated_by != "own")):
            continue                # a plan is no mention of what happened, nor of a dated plan called off
        if c.status == "cancelled" and e.status == "occurred" and c.dated_by == "own":
            continue
        if same_sentence and not c.nominal and not e.nominal and c.trigger != e.trigger \
                and names - other and other - names:
            continue                # "menerima Netanyahu, lalu bertemu Abdullah": two meetings
        if same_sentence and c.clause != e.clause and not c.nominal and not e.nominal \
                and "cancelled" in (c.status, e.status) and c.status != e.status:
            continue                # "gagal menemui X saat berkunjung ke Y": the visit happened
        fits.append((len(shared), e.status == c.status, e.status != "hypothetical", i, e))
    if fits:
        # the event sharing most parties, of the same status, firm rather than hypothetical, latest
        _absorb(max(fits, key=lambda f: f[:4])[4], c)
        return
    same_type.append((len(state.events), c))
    state.events.append(c)


def _placed_inside(e: _Cand, date: str | None) -> bool:
    """Is `e` already placed, from its context, on a finer date inside `date` (a week, a year told
    of it later)? That date then only confirms it: it keeps its place and its source."""
    return e.dated_by == "inherited" and _finer(e.date, date) and _compatible(e.date, date)


def _absorb(target: _Cand, c: _Cand) -> None:
    target.evidence.append(c)
    if c.dated_by == "own" and _placed_inside(target, c.date):
        pass                        # a year told of an event already placed on a day of it
    elif c.dated_by == "own" and (target.dated_by != "own" or _finer(c.date, target.date)):
        target.date, target.dated_by = c.date, c.dated_by
        if target.status != "cancelled" and (c.status != "occurred" or target.status == "occurred"):
            target.status = c.status
    elif target.status in ("occurred", "planned") and c.status == "cancelled":
        target.status = c.status
    have = {n for n, _ in target.participants}
    target.participants.extend(p for p in c.participants if p[0] not in have)
    if not target.location and c.location:
        target.location = c.location


def _finish(events: list, by_name: dict) -> list[Event]:
    out = []
    for e in events:
        spans: list[list] = []              # [start, end, sentence], overlapping ones joined
        for c in (e, *e.evidence):
            a, b = _evidence_span(c)
            sent = c.sentence
            for x in spans:
                if x[2] is sent and x[0] < b and a < x[1]:
                    if a < x[0]:
                        x[0] = a
                    if b > x[1]:
                        x[1] = b
                    break
            else:
                spans.append([a, b, sent])
        evid = [Evidence(a, b, sent.text[a - sent.start:b - sent.start], sent.start, sent.end)
                for a, b, sent in spans]
        date = e.date
        precision = _precision(date)
        if precision == "day":
            date = date[:10]
            precision = _precision(date)
        out.append(Event(e.type, e.status, date, precision, _summary(e, by_name),
                         [Participant(n, r) for n, r in e.participants], e.location,
                         0.5,      # (the confidence is set by `calibrate`)
                         evid, cameo_of(e.type), e.trigger,
                         ("text" if e.dated_by == "own" else "context") if date else ""))
    return out


def _evidence_span(c: _Cand) -> tuple[int, int]:
    """The trigger with a few words either side, inside its clause."""
    s = c.sentence
    text = s.text
    a = c.start - s.start
    b = c.end - s.start
    lo = max(c.clause[0] - s.start, 0)
    hi = min(c.clause[1] - s.start, len(text))
    # four words before the trigger (str.split and rsplit cut at the same spaces as \S+)
    left = text[lo:a]
    words = left.rsplit(None, 4)
    if len(words) == 5:         # more than four: from the fourth last on
        a = lo + left.index(words[1], len(words[0]))
    else:
        a = lo
    # seven words after it
    right = text[b:hi]
    words = right.split(None, 7)
    if len(words) == 8:         # more than seven: up to the end of the seventh
        b = b + len(right[:len(right) - len(words[7])].rstrip())
    else:
        b = hi
    seg = text[a:b].rstrip(" ,.;")
    return s.start + a, s.start + a + len(seg)


def _summary(e: _Cand, by_name: dict) -> str:
    """ "Donald Trump threatens Gustavo Petro", "Prabowo Subianto meets Anwar Ibrahim in Jakarta
    (planned)": a country whose leader or body takes part is left out of it."""
    parts = e.participants
    role = dict(parts)
    symmetric = e.type in SYMMETRIC
    actors = [by_name.get(n) for n, _ in parts]
    served = {}                 # country -> the roles of the people present who serve it
    for (n, _), a in zip(parts, actors):
        served.setdefault(getattr(a, "country", ""), set()).add(role[n])
    # a country is kept when it acts or is acted on and nobody serving it does so in its place
    names = [n for (n, _), a in zip(parts, actors)
             if getattr(a, "kind", "") != "country" or n not in served
             or (not symmetric and role[n] != "participant" and role[n] not in served[n])]
    first = [n for n, r in parts if r == "initiator" and n in names]
    rest = [n for n in names if n not in first]
    if not symmetric and first:
        rest = [n for n in rest if role[n] == "target"] or rest     # "against" whom, not who else took part
    if symmetric:
        first, rest = (first + rest)[:1], (first + rest)[1:]
    out = headline(e.type, first, rest, e.trigger)
    if e.location:
        out += f" in {e.location}"
    if e.status != "occurred":
        out += f" ({e.status})"
    return out
