"""The language data events are read with (lang/<code>/triggers.py, status.py, grammar.py),
compiled once per language into `Rules`."""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ..text import CLOSING_QUOTE, literal_heads, opens_with_boundary, Searched, top_alternatives, trie_regex


@dataclass
class Rules:
    trigger: re.Pattern
    starts: re.Pattern | None   # where a trigger may start (None: scan with `trigger` alone); group 1 the word
    rows: list                  # (type, strength, example) by group index
    status: list                # (status, compiled, scope, quick check: no match there, none of the cue)
    negations: frozenset
    anaphora: frozenset
    anaphora_after: re.Pattern
    clause_split: re.Pattern
    clause_heads: tuple         # what a match of `clause_split` starts with (";", ",", " sementara" ...)
    attack_words: tuple
    sanction_words: tuple
    media: frozenset
    states: frozenset
    part_of: Callable           # the name of the body a body is part of ("Komisi Eropa" -> "Uni Eropa"), or ""
    titles: frozenset
    source_words: frozenset
    capture_words: frozenset
    plan_triggers: tuple
    anniversary: re.Pattern
    anniversary_heads: tuple | None         # ... starts with one of these ("memperingati", "hut"), when all do
    year_lead: frozenset
    call_off: tuple = ()
    condition: re.Pattern | None = None     # a condition word ("jika") up to a trigger, no comma between
    condition_types: frozenset = frozenset()
    court: re.Pattern | None = None
    stating_words: frozenset = frozenset()
    summit_words: tuple = ()
    other_time: re.Pattern | None = None
    apart_words: tuple = ()                 # "terpisah": an event apart from those told before
    retaliation: tuple = ()                 # " balasan" right after a trigger: apart from what it answers
    round_words: tuple = ()                 # "putaran": a round of the talks told, wherever it is held
    venue_before: re.Pattern | None = None  # "di Kuala Lumpur, ": before a country named as the place
    seats: frozenset = frozenset()          # capitals and seats of government, lower-cased
    seat_of: dict = field(default_factory=dict)     # a capital known as a venue -> its state ("Jakarta": "Indonesia")
    joint_drill: re.Pattern | None = None   # "latihan militer gabungan": no side is the target
    question: re.Pattern | None = None      # "ditanya apakah ...": up to a trigger asked about
    followed_by: re.Pattern | None = None   # ", disusul X pada ...": X does the same later
    elaboration: frozenset = frozenset()    # "... yang ditandai <trigger>": how the event before came about
    continuation: re.Pattern | None = None  # a paragraph opener going on with the occasion before
    same_day: re.Pattern | None = None      # a paragraph opener hours from the news of the day
    attribution: re.Pattern | None = None   # '"...," ujar X': the verb that closes a quote
    reported_closers: frozenset = frozenset()   # ", kata X": the verb that closes unquoted words too
    closing_say_verbs: frozenset = frozenset()  # ", X mengatakan dalam ...": a verb after the speaker closing them
    closing_say_after: re.Pattern | None = None
    speaker_self: frozenset = frozenset()   # "saya": the speaker as the subject of what is reported
    reported_self: frozenset = frozenset()  # "ia": the speaker as the subject of what he is reported to say
    aspect_words: frozenset = frozenset()   # "sudah", "telah", "akan": between a subject and its verb
    speech_venue: re.Pattern | None = None  # "berpidato di <meeting word>": the venue of a speech
    after_words: frozenset = frozenset()    # grammar.py: see there
    since: tuple = ()
    since_compared: frozenset = frozenset()     # "tertinggi": before "sejak", the date is compared with
    since_words: frozenset = frozenset()
    since_openers: tuple = ()                # "sejak " opening a sentence
    after_openers: tuple = ()
    after_that: tuple = ()                      # grammar.py AFTER_THAT: "Setelah itu,": on the last thing's day
    openers: tuple = ()
    since_phrase_ends: tuple = ()           # "," / " di ": where "sejak <noun trigger> ..." ends
    figure: re.Pattern | None = None        # "30,6 juta barel": a figure, whose source "menurut X" cites
    venue_prefixes: tuple = ()              # "di kantor ", "di gedung ": a body's name after one is a venue
    relative: re.Pattern | None = None
    relative_word: str = "\0"                   # grammar.py RELATIVE_WORD and a space ("yang ")
    relative_mid: str = "\0"                    # ... between spaces (" yang ")
    aside_lead: str = "\0"                      # ... after a comma: an aside opens (", yang ")
    relative_object: re.Pattern | None = None
    medium_aside: re.Pattern | None = None
    say_medium: re.Pattern | None = None       # grammar.py SAY_MEDIUM: the medium a quoted saying came through
    denied_clause: re.Pattern | None = None     # "membantah bahwa ...": what follows did not happen
    denied_words: tuple = ()                    # ... holding one of these
    agreed_meeting: re.Pattern | None = None    # "sepakat bertemu kembali": the meeting, no agreement
    meeting_agreed: re.Pattern | None = None    # "KTT berikutnya disepakati digelar ..."
    restated_date: re.Pattern | None = None     # grammar.py: see there
    lifted: re.Pattern | None = None            # triggers.py LIFTED: a sanction lifted
    copulas: frozenset = frozenset()            # grammar.py: see there
    analyst_titles: tuple = ()                  # titles.py ANALYST_TITLES: who comments, not acts
    appraisals: tuple = ()                      # triggers.py APPRAISALS: criticism a commentator voices as comment
    title_post_for: re.Pattern | None = None    # " untuk Hak Asasi Manusia ": a title's post, before its holder
    title_apposition: re.Pattern | None = None  # " (CSIS) Jakarta, ": before the holder set apart by a comma
    condemning: re.Pattern | None = None        # grammar.py CONDEMNING: a resolution that condemns
    relative_held: re.Pattern | None = None
    relative_stative: tuple = ()                # grammar.py RELATIVE_STATIVE: a relative clause describing its noun
    relative_supposed: re.Pattern | None = None
    generic_ref: re.Pattern | None = None   # "acara itu": the event told before, whatever its kind
    object_words: frozenset = frozenset()   # "kepada", "dengan"...: the word before a party that makes it an object
    open_ends: frozenset = frozenset()      # "di", "pada"...: no evidence span ends on them (grammar.py OPEN_ENDS)
    but: re.Pattern | None = None
    coordination: re.Pattern | None = None
    reported: re.Pattern | None = None
    that_word: str = "\0"                       # "bahwa": what follows it is what is said
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
    org_next: frozenset = frozenset()       # words that are triggers only with an organization right after
    person_next: frozenset = frozenset()    # ... only with a person right after, titles allowed between
    absent: re.Pattern | None = None        # "tanpa kehadiran wakil Ukraina": the parties after it take no part
    audience: re.Pattern | None = None      # "kepada wartawan," after a verb: no comma between it and its date
    relative_lead: re.Pattern | None = None   # "yang teksnya telah <verb>": the verb of a relative clause
    dated_only: tuple = ()                  # "ditangkap", "bersandar di": an entry only with a date of its own
    amid: tuple = ()                        # "di tengah perundingan ...": an undated backdrop
    said_at: frozenset = frozenset()        # "<statement> saat menerima X": the meeting its occasion
    occasion_opening: re.Pattern | None = None  # "Dalam pertemuan itu, ...": what is said then has its day
    occasion_heads: tuple = ()                  # the words it may start with, looked at first
    answer_words: tuple = ()                    # "membantah", "menyambut": a statement of the story's day, told undated
    news_told: re.Pattern | None = None         # " kabar itu" after a saying: the news just told, of its day
    urged: re.Pattern | None = None         # "mendesak X <trigger>": what is called for, no event
    seize_words: tuple = ()                 # "menyita kapal": an attack, or military action when a state does it
    passive_agent: re.Pattern | None = None  # " oleh pasukan ": what may stand between a passive verb and its agent
    passive_lookalikes: frozenset = frozenset()  # "diplomat": no passive verb, though it starts like one
    passive_prefix: str = "\0"                  # "di": a passive verb starts with it
    agent_word: str = "\0"                      # " oleh ": the doer of a passive follows it
    undergoing: frozenset = frozenset()          # "dikenai", "mendapat" before a noun trigger: the subject undergoes it
    undergone_agent: re.Pattern | None = None    # " baru dari ": what stands between that noun and who imposes it
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
    deal_agreed: re.Pattern | None = None   # between "sepakat" and the deal it puts in force ("melakukan")
    relations_agreed: re.Pattern | None = None  # "sepakat memulihkan hubungan": relations changed then
    arrived: re.Pattern | None = None       # "Tak lama setelah tiba, ...": on the day of the arrival told
    ahead_is_content: tuple = ()            # "sepakat", "mengancam": a time ahead after them is the content's
    plan_groups: frozenset = frozenset()    # the group names of the schedule-word triggers
    plan_nouns: frozenset = frozenset()     # "rencana", "jadwal": a plan of the trigger after them
    medium_documents: frozenset = frozenset()   # "pernyataan bersama" after a medium word: how words came, no deal
    release_verbs: frozenset = frozenset()      # "merilis": a joint statement released by three states or more is theirs
    medium_words: frozenset = frozenset()
    content_verbs: frozenset = frozenset()
    talks_nouns: frozenset = frozenset()    # "perundingan perjanjian ...": the deal talked about, none made
    talks_concluded: re.Pattern | None = None   # "... ditargetkan rampung": unless the talks conclude
    generic_event_nouns: tuple = ()         # "insiden", "kejadian": the event the story is about
    talks_to_conclude: re.Pattern | None = None  # "perundingan ... ditargetkan rampung": the deal they are to end in
    told_kind_nouns: tuple = ()             # ("pemungutan suara", "election"): a noun naming the last of a kind
    contrast_words: tuple = ()              # "sementara", "sedangkan": a clause with a subject of its own
    time_clause: re.Pattern | None = None   # "setelah", "sejak" opening a clause of its own inside a sentence
    reached: re.Pattern | None = None       # "Kesepakatan itu dicapai pada ...": a dated reference is its own event
    crowd: re.Pattern | None = None         # "demonstran", "massa": a crowd's storming is no military action
    police: re.Pattern | None = None        # "polisi": the police's storming is an attack
    evacuees: re.Pattern | None = None      # "WNI", "pekerja migran": who is moved in an evacuation
    arriving_things: frozenset = frozenset()    # "pesawat", "bundel": what lands is no visitor
    moved_words: tuple = ()                 # "diberangkatkan", "dipulangkan": passives of moving people
    occasion_words: frozenset = frozenset()  # "dalam pertemuan ...": the occasion of the clause's verb
    span_marker: re.Pattern | None = None   # ", tiga hari setelah ...": the word after a span of time
    span_lasting: tuple = ()                # "selama 30 hari setelah ...": a span the verb lasts, none counted
    same_day_as: re.Pattern | None = None   # "hari yang sama dengan <event>"
    same_day_heads: tuple | None = None     # ... starts with one of these ("hari", "malam"), when all do
    noun_of_verb: re.Pattern | None = None  # "pembukaan" -> "buk" (the stem its verb shares)
    verb_of_noun: str = ""                  # the verb's pattern around that stem
    told_noun: re.Pattern | None = None     # "bentrokan": a noun of its own, looked for as it is
    ke_noun: re.Pattern | None = None       # "keberangkatan" -> "berangkat", the verb looked for
    passive_of_noun: object = None          # stem -> the passive verb's pattern ("diumumkan")
    after_gap: re.Pattern | None = None     # "pada Rabu setelah <trigger>": the date is not the trigger's
    until_gap: re.Pattern | None = None     # "<trigger> ... hingga 2028": the end of what it begins
    and_gap: re.Pattern | None = None       # "<verb> hari ini dan <trigger> ... besok": the date is the verb's
    first_since: re.Pattern | None = None   # "<trigger> pertama ... sejak <date>": nor is this one
    saying_day: frozenset = frozenset()     # "hari ini" inside a quote: the day of the saying
    own_nya: frozenset = frozenset()        # "tanya": a word whose "-nya" is no "his" or "her"
    topic_nouns: tuple = ()                 # "perang", "isu": the states right after one are a topic
    topic: re.Pattern | None = None         # ... one of them, where a party may follow (with no test of
                                            # the word's start, which would keep the engine from skipping ahead)
    topic_types: frozenset = frozenset()    # the events whose parties the topic is not
    topic_joins: tuple = ()                 # "-", " dan ": what joins the parties a topic names
    announced_passive: str = "\0"           # "diumumkan": a saying in the passive, told without a date
    first_own: tuple = ()                   # ... told as someone's ("pertamanya sejak dilantik")
    and_date: re.Pattern | None = None      # "pada 10 dan 17 Oktober": dates joined for one verb
    head_parts: tuple = ()                  # (group name, its alternatives: (source, literal heads) each)
                                            # of each trigger, in order
    by_head: dict = field(default_factory=dict)     # a head found by `starts` -> the triggers it may open
    row_of: dict = field(default_factory=dict)      # the group name of a trigger ("t12") -> its row
    nominal_of: dict = field(default_factory=dict)  # (strength, trigger as written) -> `_nominal` of it
    numbered_status: tuple = ()             # (index, *row) of each row of `status`
    say_status: tuple = ()                  # those a reporting verb may take: planned, right before it
    starts_after: re.Pattern | None = None  # `starts` after a character before the word (see `_word_starts`)
    cue_scan: re.Pattern | None = None      # the first words of the cues, where a word starts (see `_Cues`),
                                            # when `starts` cannot find them too
    cues_of_head: dict = field(default_factory=dict)    # a word found -> the cues that may start there
    unscanned_cues: frozenset = frozenset() # cues with no literal first word: looked for everywhere

    purpose_words: frozenset = frozenset()   # "untuk": what follows is the purpose of the deed before
    purpose_plan: re.Pattern | None = None  # ... which, planned, makes its purpose planned
    # the words that may open a predicate before its verb ("..., akhirnya dibatalkan")
    predicate_lead: re.Pattern = re.compile(r" ?")

    def told_of(self, word: str) -> bool:
        """Does the reporting word end with "his" or "her" ("ujarnya", "kunjungannya"): the one told
        of before is its party? ("tanya" ends so of its own.)"""
        return word.endswith("nya") and word.split()[-1] not in self.own_nya


_WORD_START = r"(?<![\w-])"
# the words `starts_after` may find (see `_word_starts`): of letters, digits and "-" only, no "_"
_ASCII_WORD = re.compile(r"[0-9A-Za-z-]*[0-9A-Za-z]")


def _word_start(words) -> str:
    """A regex finding the words where a word starts, the word its group 1; a word with a space,
    "di waktu", is its first word where the rest follows (see `trie_regex`, `ahead`)."""
    return _WORD_START + "(" + trie_regex(words, ahead=True) + ")"


def _first_words(words) -> set[str]:
    return {w.split(" ")[0] for w in words}


_NEG_LOOKBEHIND = re.compile(r"\(\?<![^()]*\)")


@lru_cache(maxsize=None)
def load_rules(lang: str = "id") -> Rules:
    trig = importlib.import_module(f"timeline.extraction.lang.{lang}.triggers")
    orgs = importlib.import_module(f"timeline.extraction.lang.{lang}.organizations")
    titles = importlib.import_module(f"timeline.extraction.lang.{lang}.titles")
    stat = importlib.import_module(f"timeline.extraction.lang.{lang}.status")
    countries = importlib.import_module(f"timeline.extraction.lang.{lang}.countries")
    gram = importlib.import_module(f"timeline.extraction.lang.{lang}.grammar")
    places = importlib.import_module(f"timeline.extraction.lang.{lang}.places")
    parts, rows = [], []
    for i, (etype, pattern, strength, example) in enumerate(trig.TRIGGERS):
        parts.append(f"(?P<t{i}>{pattern})")
        rows.append((etype, strength, example))
    source = r"(?<![\w-])(?:" + "|".join(parts) + r")(?:nya)?(?![\w-])"
    trigger = re.compile(source)               # run on the lower-cased text: much faster than re.I
    # where a trigger may start: one prefix-factored scan for the literal beginnings of all the
    # patterns; the full pattern is then tried at those places only (same matches, far cheaper).
    # A beginning goes on past a space ("di waktu" of "(?:pada|di)\s+waktu\s+dan\s+tempat ..."): the
    # scan finds its first word only where the next one follows (not at each "di" of a text, some
    # 20 an article, where the trigger was tried in vain)
    heads: set[str] | None = set()
    head_parts = []
    for i, (_, pattern, _, _) in enumerate(trig.TRIGGERS):
        h = literal_heads(pattern, spaced=True)
        heads = None if h is None or heads is None else heads | h
        # each alternative of the pattern with its own literal beginnings (`_head_trigger` leaves out
        # those that cannot start where a head was found; none: it may start anywhere)
        head_parts.append((f"t{i}", tuple((alt, frozenset(literal_heads(alt) or ()))
                                          for alt in top_alternatives(pattern))))
    starts = re.compile(_word_start(heads)) if heads else None
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
    clause_heads = (";", ",", *(" " + w for w in gram.CLAUSE_JOINS))
    anaphora_after = re.compile(r"\s*(?:yang\s+(?:[\w()/-]+\s+){1,5}?|(?:[\w()/]+\s+){0,3}?)(?:"
                                + "|".join(stat.ANAPHORA) + r")\b")    # "pertemuan yang berlangsung dua jam itu"
    rules = Rules(
        trigger=trigger, starts=starts, rows=rows, status=status,
        negations=frozenset(stat.NEGATIONS), anaphora=frozenset(stat.ANAPHORA),
        anaphora_after=anaphora_after, clause_split=clause_split, clause_heads=clause_heads,
        attack_words=trig.ATTACK_WORDS, sanction_words=trig.SANCTION_WORDS,
        media=frozenset(orgs.MEDIA), states=frozenset(orgs.STATE_BODIES), titles=titles.TITLES,
        part_of=_part_of(getattr(orgs, "PART_OF", {}), tuple(getattr(orgs, "PART_OF_CLOSING", ()))),
        title_post_for=_optional(titles, "TITLE_POST_FOR"),
        title_apposition=_optional(titles, "TITLE_APPOSITION"),
        source_words=frozenset(trig.SOURCE_WORDS), capture_words=frozenset(trig.CAPTURE_WORDS),
        saying_day=frozenset(getattr(trig, "SAYING_DAY", ())), own_nya=frozenset(getattr(trig, "OWN_NYA", ())),
        topic_nouns=tuple(getattr(trig, "TOPIC_NOUNS", ())), topic_types=frozenset(getattr(trig, "TOPIC_TYPES", ())),
        topic_joins=tuple(getattr(trig, "TOPIC_JOINS", ())), announced_passive=getattr(trig, "ANNOUNCED_PASSIVE", "\0"),
        topic=_optional(trig, "TOPIC_NOUNS", lambda ws: "(?:" + "|".join(ws) + r")\s+(?:antara\s+)?"),
        plan_triggers=tuple(stat.PLAN_TRIGGERS),
        anniversary=re.compile(r"(?<![\w-])(?:" + "|".join(stat.ANNIVERSARY) + r")(?![\w-])"),
        anniversary_heads=_heads(r"(?:" + "|".join(stat.ANNIVERSARY) + r")"),
        year_lead=frozenset(stat.YEAR_LEAD_WORDS), call_off=tuple(getattr(stat, "CALL_OFF", ())),
        condition=re.compile(r"(?<![\w-])(?:" + "|".join(getattr(stat, "CONDITION_WORDS", ("\0",))) + r")\s[^,;]*$"),
        condition_types=frozenset(getattr(stat, "CONDITION_ONLY_TYPES", ())),
        court=re.compile(r"(?<![\w-])(?:" + "|".join(getattr(trig, "COURT_WORDS", ("\0",))) + r")(?![\w-])"),
        stating_words=frozenset(getattr(trig, "STATING_WORDS", ())), summit_words=tuple(getattr(trig, "SUMMIT_WORDS", ())),
        other_time=re.compile(r"\s+(?:\w+\s+){0,3}?(?:" + "|".join(getattr(stat, "OTHER_OCCASION", ("\0",))) + r")\b"),
        apart_words=tuple(getattr(stat, "APART_WORDS", ())),
        retaliation=tuple(" " + w for w in getattr(stat, "RETALIATION_WORDS", ())),
        round_words=tuple(getattr(trig, "ROUND_WORDS", ())), venue_before=_optional(trig, "VENUE_BEFORE"),
        seats=frozenset(x.lower() for _, _, seats in countries.COUNTRIES for x in seats),
        seat_of=dict(getattr(places, "SEAT_OF", {})),
        joint_drill=_optional(trig, "JOINT_DRILL"),
        question=_optional(stat, "QUESTION", lambda p: r"(?<![\w-])" + p),
        followed_by=_optional(stat, "FOLLOWED_BY"),
        elaboration=frozenset(getattr(stat, "ELABORATION", ())),
        continuation=_optional(stat, "CONTINUATION", lambda ps: r"\W*(?:" + "|".join(ps) + r")\b"),
        same_day=_optional(stat, "SAME_DAY", lambda ps: r"\W*(?:" + "|".join(ps) + r")\b"),
        attribution=_optional(trig, "QUOTE_CLOSERS", lambda ws: CLOSING_QUOTE + r"\s*(?:" + "|".join(ws) + r")\b"),
        reported_closers=frozenset(getattr(trig, "REPORTED_CLOSERS", ())),
        closing_say_verbs=frozenset(getattr(trig, "CLOSING_SAY_VERBS", ())),
        closing_say_after=re.compile(trig.CLOSING_SAY_AFTER) if getattr(trig, "CLOSING_SAY_AFTER", "") else None,
        speaker_self=frozenset(getattr(trig, "SPEAKER_SELF", ())), aspect_words=frozenset(getattr(trig, "ASPECT_WORDS", ())),
        reported_self=frozenset(getattr(trig, "REPORTED_SELF", ())),
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
        absent=_optional(gram, "ABSENT"),     # (no lookbehind first: see `find_events`)
        dated_only=tuple(getattr(trig, "DATED_ONLY", ())),
        seize_words=tuple(getattr(trig, "SEIZE_WORDS", ())),
        passive_agent=_optional(trig, "PASSIVE_AGENT"),
        passive_lookalikes=frozenset(getattr(trig, "PASSIVE_LOOKALIKES", ())),
        passive_prefix=getattr(trig, "PASSIVE_PREFIX", "\0"),
        agent_word=f" {trig.AGENT_WORD} " if getattr(trig, "AGENT_WORD", "") else "\0",
        undergoing=frozenset(getattr(trig, "UNDERGOING", ())), undergone_agent=_optional(trig, "UNDERGONE_AGENT"),
        agent_next=frozenset(getattr(trig, "AGENT_NEXT", ())), org_next=frozenset(getattr(trig, "ORG_NEXT", ())),
        person_next=frozenset(getattr(trig, "PERSON_NEXT", ())),
        by_agent=_optional(trig, "BY_AGENT"), visitor_groups=tuple(getattr(trig, "VISITOR_GROUPS", ())),
        future_nouns=tuple(getattr(stat, "FUTURE_NOUNS", ())), future_lead=frozenset(getattr(stat, "FUTURE_LEAD", ())),
        said_at=frozenset(getattr(trig, "SAID_AT", ())), occasion_opening=_optional(trig, "OCCASION_OPENING"),
        occasion_heads=tuple(getattr(trig, "OCCASION_HEADS", ())),
        answer_words=tuple(getattr(trig, "ANSWER_WORDS", ())),
        news_told=_optional(trig, "NEWS_TOLD"),
        amid=tuple(w + " " for w in getattr(trig, "AMID", ())),
        urged=_optional(trig, "URGE_WORDS", lambda ws: r"(?<![\w-])(?:" + "|".join(ws) + r")\s+(?:(?!(?:"
                        + "|".join(getattr(trig, "URGE_ENDS", ("\0",))) + r")\s)[\w.-]+\s+){0,5}?"
                        r"(?:untuk\s+|agar\s+|supaya\s+)?$"),
        outcome=_optional(trig, "OUTCOME_WORDS", lambda ws: r"(?:" + "|".join(ws) + r")\s+(?:[\w-]+\s+){0,2}$"),
        crowd=_optional(trig, "CROWD_WORDS", lambda ws: r"(?<![\w-])(?:" + "|".join(ws) + r")(?![\w-])"),
        police=_optional(trig, "POLICE_WORDS", lambda ws: r"(?<![\w-])(?:" + "|".join(ws) + r")(?![\w-])"),
        evacuees=_optional(trig, "EVACUEE_WORDS", lambda ws: r"(?<![\w-])(?:" + "|".join(ws) + r")(?![\w-])"),
        moved_words=tuple(getattr(trig, "MOVED_WORDS", ())),
        arriving_things=frozenset(getattr(trig, "ARRIVING_THINGS", ())),
        occasion_words=frozenset(getattr(stat, "OCCASION_WORDS", ())),
        span_marker=_span_marker(stat), span_lasting=tuple(getattr(stat, "SPAN_LASTING", ())),
        same_day_as=_optional(stat, "SAME_DAY_AS"), noun_of_verb=_optional(stat, "NOUN_OF_VERB"),
        told_noun=_optional(stat, "TOLD_NOUN"), ke_noun=_optional(stat, "KE_NOUN"),
        verb_of_noun=getattr(stat, "VERB_OF_NOUN", ""), passive_of_noun=getattr(stat, "passive_of_noun", None),
        after_gap=_optional(stat, "AFTER_GAP"), and_gap=_optional(stat, "AND_GAP"), until_gap=_optional(stat, "UNTIL_GAP"),
        first_since=_optional(stat, "FIRST_SINCE"),
        first_own=tuple(getattr(stat, "FIRST_OWN", ())),
        and_date=_optional(stat, "AND_DATE"),
        head_parts=tuple(head_parts) if heads else ())
    since = tuple(gram.SINCE_WORDS)
    after_words = frozenset(gram.AFTER_WORDS)
    rules.after_words, rules.since, rules.since_words = after_words, since, after_words | set(since)
    rules.since_compared = frozenset(getattr(gram, "SINCE_COMPARED", ()))
    rules.after_openers = tuple(w + " " for w in gram.AFTER_OPENERS)
    rules.after_that = tuple(getattr(gram, "AFTER_THAT", ()))
    rules.openers = rules.after_openers + tuple(w + " " for w in gram.BEFORE_OPENERS)
    rules.since_openers = tuple(w + " " for w in since)
    rules.since_phrase_ends = tuple(getattr(gram, "SINCE_PHRASE_ENDS", ()))
    rules.figure = _optional(gram, "FIGURE")
    rules.venue_prefixes = tuple(f"di {w} " for w in getattr(gram, "VENUE_WORDS", ()))
    time_words = (*gram.AFTER_OPENERS, *gram.BEFORE_OPENERS, *gram.SINCE_WORDS)
    # (no lookbehind first: the regex engine then skips to where one of the words may start; what
    # stands before a match is checked after, see `_time_clause_end`)
    rules.time_clause = re.compile(trie_regex(time_words) + r"\s") if time_words else None
    rules.same_day_heads = _heads(rules.same_day_as.pattern) if rules.same_day_as is not None else None
    rules.relative = re.compile(gram.RELATIVE, re.I)
    rules.relative_word = gram.RELATIVE_WORD + " "
    rules.relative_mid = " " + rules.relative_word
    rules.aside_lead = ", " + rules.relative_word
    rules.purpose_words = frozenset(getattr(gram, "PURPOSE_WORDS", ()))
    rules.purpose_plan = _optional(gram, "PURPOSE_PLAN")
    rules.predicate_lead = re.compile(r" ?(?:(?:" + "|".join(getattr(gram, "PREDICATE_ADVERBS", ("\0",))) + r")\s+)?")
    rules.relative_object = re.compile(gram.RELATIVE_OBJECT, re.I)
    rules.relative_lead = _optional(gram, "RELATIVE_LEAD")
    rules.medium_aside = _optional(gram, "MEDIUM_ASIDE")
    rules.say_medium = _optional(gram, "SAY_MEDIUM")
    rules.agreed_meeting = _optional(gram, "AGREED_MEETING")
    rules.denied_clause = _optional(stat, "DENIED_CLAUSE")
    rules.denied_words = tuple(getattr(stat, "DENIED_WORDS", ()))
    rules.meeting_agreed = _optional(gram, "MEETING_AGREED")
    rules.deal_agreed = _optional(gram, "DEAL_AGREED")
    rules.relations_agreed = _optional(gram, "RELATIONS_AGREED")
    rules.arrived = _optional(stat, "ARRIVED")
    rules.relative_held = re.compile(gram.RELATIVE_HELD, re.I)
    rules.relative_stative = tuple(getattr(gram, "RELATIVE_STATIVE", ()))
    rules.relative_supposed = re.compile(gram.RELATIVE_SUPPOSED)
    rules.generic_ref = re.compile(gram.GENERIC_REF)
    rules.restated_date = _optional(gram, "RESTATED_DATE")
    rules.lifted = _optional(trig, "LIFTED")
    rules.copulas = frozenset(getattr(gram, "COPULAS", ()))
    rules.analyst_titles = tuple(getattr(titles, "ANALYST_TITLES", ()))
    rules.appraisals = tuple(getattr(trig, "APPRAISALS", ()))
    rules.condemning = _optional(gram, "CONDEMNING")
    rules.object_words = frozenset(gram.OBJECT_WORDS)
    rules.open_ends = frozenset(getattr(gram, "OPEN_ENDS", ()))
    rules.but, rules.coordination, rules.reported = re.compile(gram.BUT), re.compile(gram.COORDINATION), re.compile(gram.REPORTED)
    rules.that_word = getattr(gram, "THAT_WORD", "\0")
    rules.since_clause = re.compile(r"(?<![\w-])(?:" + "|".join(since) + r")\s+[^,;]*$")     # "... sejak mahkamah itu menerbitkan"
    rules.since_after = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:" + "|".join(since) + r")\s")   # "sanksi Barat sejak ..."
    rules.verbal_prefixes, rules.verbal_words = tuple(gram.VERBAL_PREFIXES), frozenset(gram.VERBAL_WORDS)
    rules.light_verbs = frozenset(gram.LIGHT_VERBS)
    rules.question_word, rules.followed_by_words = gram.QUESTION_WORD, tuple(gram.FOLLOWED_BY_WORDS)
    rules.group_subject = _optional(gram, "GROUP_SUBJECT", lambda p: r"\W*(?:" + p + r")")
    rules.row_of = {f"t{i}": row for i, row in enumerate(rows)}
    rules.plan_nouns = frozenset(getattr(stat, "PLAN_NOUNS", ()))
    rules.medium_documents = frozenset(getattr(trig, "MEDIUM_DOCUMENTS", ()))
    rules.release_verbs = frozenset(getattr(trig, "RELEASE_VERBS", ()))
    rules.medium_words = frozenset(getattr(trig, "MEDIUM_WORDS", ()))
    rules.content_verbs = frozenset(getattr(trig, "CONTENT_VERBS", ()))
    rules.talks_nouns = frozenset(getattr(trig, "TALKS_NOUNS", ()))
    rules.talks_concluded = _optional(trig, "TALKS_CONCLUDED")
    rules.talks_to_conclude = _optional(trig, "TALKS_TO_CONCLUDE")
    rules.told_kind_nouns = tuple(getattr(stat, "TOLD_KIND_NOUNS", ()))
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
        if starts is not None and not any(ch.isspace() for h in _first_words(heads) | words for ch in h):
            # the scan for the triggers' first words finds the cues' too (it finds the longest first
            # word at each word start, and none of them spans a space: no word start is skipped)
            words |= heads
            heads = words
            rules.starts = re.compile(_word_start(words))
        else:
            # (zero width: every word start is tried, a cue's first word may hold another's)
            rules.cue_scan = re.compile(r"(?<![\w-])(?=(" + trie_regex(words) + "))")
        rules.cues_of_head = {w: cues for w in _first_words(words)
                              if (cues := tuple(i for i, h in scanned.items() if any(w.startswith(x) for x in h)))}
    if rules.starts is not None and all(_ASCII_WORD.fullmatch(h) for h in _first_words(heads)):
        rules.starts_after = re.compile(r"[^0-9A-Za-z_-]" + rules.starts.pattern[len(_WORD_START):])
    for name, value in vars(rules).items():
        if isinstance(value, re.Pattern) and name not in ("trigger", "starts", "starts_after") and opens_with_boundary(value):
            setattr(rules, name, Searched(value))
    return rules


def _heads(pattern: str) -> tuple | None:
    """The words every match of `pattern` starts with, for a look with str.find or startswith before the
    regex (a regex call costs some 2,000 instructions of set-up), or None when some match may start
    otherwise."""
    heads = literal_heads(pattern)
    return tuple(sorted(heads)) if heads else None


def _part_of(named: dict, closing: tuple) -> Callable[[str], str]:
    """The body a body is part of, by name or by the acronym closing its name ("Dewan Keamanan PBB").

    >>> part_of = _part_of({"Komisi Eropa": "Uni Eropa"}, ("PBB",))
    >>> part_of("Komisi Eropa"), part_of("Dewan Keamanan PBB"), part_of("PBB"), part_of("Kompas")
    ('Uni Eropa', 'PBB', '', '')
    """
    def part_of(name: str) -> str:
        if name in named:
            return named[name]
        last = name.rpartition(" ")[2]
        return last if last in closing and last != name else ""
    return part_of


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
