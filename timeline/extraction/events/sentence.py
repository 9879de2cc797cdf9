"""The events of one sentence (`_sentence_events`): its triggers, the timex that dates each,
their parties, place and status, and references to events told before."""
from __future__ import annotations

import bisect
import re
from itertools import islice

from ..text import max2, min2, starts_word
from ..types import Actor
from .candidates import (
    AIMED, ANNOUNCED, _Cand, FAMILIES, _latest_first, _NOT_DAY_NEWS, _OF_THE_DAY, PLACED_SPEECH, _POSITION, REACTIONS,
    SPEECH_ACTS, _State, STATEMENT_DATING, STRIKES, SYMMETRIC)
from .clauses import (
    _after_reported, _analysts_only, _clause_of, _clause_parties, _clauses, _closes_quote, _in_relative, _joined,
    _LOWER_GAP, _names_actor, _nominal, _object_of, _org_summit, _passive_agent, _quote_speaker, _quoted_before,
    _scheduled_kind, _subject, _TITLE_NEXT, _TITLED_GAP, _topical)
from .dates import (_closes_sentence, _compatible, _coordinated, _cost, _finer, _from_told, _govern, _in_part,
                    _moved, _part_of, _period, _restated)
from .merge import _add, _is_arrival, _placed_inside, _set_status
from .rules import Rules
from .status import _in_condition, _status


def _speaker_does(before: str, R: Rules, selves: frozenset | None = None) -> bool:
    """Is the speaker the very subject of the trigger after `before`: '"Saya sudah bertemu ...," kata X'
    (the first person right before the verb, or before words of aspect only; or one of `selves`:
    "X mengatakan bahwa ia telah berbicara ...")?"""
    words = [w.strip("\"“”'‘’,.") for w in before.split()]
    while words and words[-1] in R.aspect_words:
        words.pop()
    return bool(words) and words[-1] in (R.speaker_self if selves is None else selves)


def _holds(places: list[int], lo: int, hi: int) -> bool:
    """Is one of `places` (in order) in [lo, hi)? (By bisection: a digest has thousands.)"""
    k = bisect.bisect_left(places, lo)
    return k < len(places) and places[k] < hi


def _opens_clause(words: list, R: Rules) -> bool:
    """Do these few words between "setelah" and a party leave it the subject of the clause
    ("setelah pasukan Rusia", not "setelah partainya kehilangan mayoritas di Majelis Tinggi")?"""
    return len(words) <= 3 and not any(w.startswith(R.verbal_prefixes) and w not in R.titles for w in words)




def _time_clause_end(low: str, lo: int, hi: int, R: Rules) -> int | None:
    """Where the last word opening a time clause ("setelah", "sejak") in low[lo:hi] ends, or None."""
    end = None
    for m in R.time_clause.finditer(low, lo, hi):
        if starts_word(low, m.start()):
            end = m.end()
    return end


def _since_phrases(low: str, s, trigs, R: Rules) -> list[tuple[int, int, int]]:
    """(start of the trigger, start, end) of each noun trigger told as a time since ("pertama sejak invasi
    Rusia ke Ukraina"), the phrase reaching up to the first of `R.since_phrase_ends` (a comma, "di", "pada")."""
    out = []
    for tr in trigs:
        at, end = tr[6], tr[7]
        if tr[4] and low[max2(s.start, at - 9):at].split()[-1:] in ([w] for w in R.since):
            stops = [x for x in (low.find(w, end, s.end) for w in R.since_phrase_ends) if x >= 0]
            out.append((at, end, min(stops, default=s.end)))
    return out


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
            _set_status(state, e, "cancelled")


def _sentence_events(text, low, s, sent_times, sent_mentions, matches, R: Rules, dct, state: _State,
                     plans=()) -> None:
    """The events of one sentence, added to `state.events` (`low` is the text lower-cased); `plans`:
    its schedule words, an event only where its other triggers tell none."""
    if s.start in state.valued:     # (counted from the events told before it)
        _from_told(state.valued[s.start], matches, state, R)
    if len(sent_times) > 1 and R.restated_date is not None:
        sent_times = _restated(low, sent_times, R)
    cut = s.dateline
    if cut:                                     # "Beirut - ...": the dateline city is no party, and its
        sent_mentions = _from_pos(sent_mentions, s.start + cut)    # day ("JAKARTA, 26 Januari
        sent_times = _times_from(sent_times, s.start + cut)         # 2026 -") dates no event
    if low.startswith("dari ", s.start) and sent_mentions and sent_mentions[0][0] == s.start + 5 \
            and low[s.start + 5:sent_mentions[0][1]] in R.seats:
        sent_mentions = sent_mentions[1:]   # "Dari Pyongyang, Putin bertolak ke ...": where one leaves from
    if matches and state.topics and (topical := _topical(low, s, sent_mentions, matches, state.topics, R)):
        sent_mentions = _not_at(sent_mentions, topical)     # "di tengah perang Rusia-Ukraina"
    subject = _subject(text, sent_mentions, s.start, s.end, R)
    opens = low.startswith(R.openers, s.start)
    # the end of an opening clause of time ("Sejak ..., ", "Setelah ..., "), or -1
    lead_clause_end = low.find(",", s.start, min2(s.end, s.start + 120)) \
        if opens or low.startswith(R.since_openers, s.start) else -1
    open_end = low.find(",", s.start, min2(s.end, s.start + 90)) if opens else -1    # "Seusai bertemu Xi,"
    if subject is not None and open_end >= 0:
        # "Seusai bertemu Xi, Scholz menggelar ...": the subject comes after the opening clause
        comma = open_end
        if comma > subject[0]:
            subject = _subject(text, sent_mentions, comma + 1, s.end, R) or subject
    if not matches and R.generic_ref is not None and state.events:
        _generic_call_off(low, s, R, state)     # "Namun, acara itu dibatalkan": the plans just told
    if not matches and (not plans or not sent_times):
        if s.start in state.from_told:     # "Pada hari yang sama dengan pembukaan, ...": the span's day
            _from_told(state.from_told[s.start], matches, state, R)
        _remember(state, s, sent_times, subject, None)
        return
    clauses = _clauses(low, s, R, open_end, state.split_places)
    stext = text[s.start:s.end]
    # a sentence-opening adverbial ("Pada 27 Januari, ...", "Setibanya di Halim, kemarin, ...")
    # ends at the last comma before the subject
    opening_end = None
    limit = subject[0] if subject is not None else s.start + 90
    comma = stext.rfind(",", 0, min2(limit - s.start, 90))
    if comma > 0:
        opening_end = s.start + comma + 1

    # 1. triggers of the sentence
    trigs = []
    outcomes = set()                # where an agreement is the outcome of the meeting before it
    # (cheap sentence-wide checks, only for words the article has)
    elaborated = bool(state.elaboration) and _finds_any(low, s.start, s.end, state.elaboration)
    asked = state.asked and low.find(R.question_word, s.start, s.end) >= 0
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
        if _in_org_name(sent_mentions, at):
            continue        # "Komisi Pemilihan Umum Pusat Moldova": a body's name, no election
        etype, strength, _ = row_of[m.lastgroup]
        word = m.group()
        before = low[max2(s.start, at - 30):at].split()
        last = before[-1] if before else None
        if last is not None and (last in negations or (len(before) > 1 and (
                before[-2] in negations or before[-2] + " " + last in negations
                or (len(before) > 2 and " ".join(before[-3:]) in negations)))):     # "tidak akan ada"
            continue
        if last in R.plan_nouns and len(before) > 2 and (before[-3] + " " + before[-2]) in negations:
            continue                # "belum ada rencana kunjungan": no plan, no event
        if last in R.medium_words and word in R.medium_documents \
                and (len(before) < 2 or before[-2] not in R.content_verbs):
            continue                # "melalui pernyataan bersama": the medium of what is said
        if etype == "agreement" and last in R.talks_nouns and not (
                R.talks_concluded is not None and R.talks_concluded.search(low, to, min2(s.end, to + 80))):
            continue                # "perundingan perjanjian dagang": what the talks are about
        outcome = etype == "agreement" and R.outcome is not None and bool(trigs) and trigs[-1][1] == "meeting" \
            and R.outcome.search(low, max2(s.start, at - 50), at) is not None
        if elaborated and trigs and not outcome \
                and not R.elaboration.isdisjoint(low[max2(s.start, at - 50):at].split()[-3:]):
            continue                # "normalisasi hubungan yang ditandai penandatanganan ...": the same event
        if etype == "threat" and last is not None and R.analyst_titles and last.startswith(R.analyst_titles):
            continue                # "Para analis memperingatkan, jika ...": commentators warn, no one threatens
        if asked and R.question.search(low, max2(s.start, at - 90), at):
            continue                # "ditanya apakah ia menganggap X diktator": what was asked
        if etype in R.condition_types and _in_condition(low, s.start, at, R):
            continue                # "jika kedua pihak sepakat, ...": the condition, not an event
        if strength == "say" and word.startswith(R.passive_prefix) and R.relative_lead is not None \
                and R.relative_lead.search(low, max2(s.start, at - 30), at) \
                and not _holds_any(low[max2(s.start, at - 80):at], R.sanction_words):
            continue                # "kontrol ekspor ... yang diumumkan pada 9 Oktober": the thing told of, no saying
        nominal = nominal_of.get((strength, word))
        if nominal is None:
            nominal = nominal_of[strength, word] = _nominal(strength, word, R)
        if nominal and last is not None and last in R.titles and text[at].isupper() \
                and text[at - 1 - len(last)].isupper():
            continue                # "Direktur Jenderal Perundingan Perdagangan ...": a title's portfolio
        noun_word = nominal
        if nominal and last is not None and (last in R.light_verbs or (etype in ANNOUNCED and last in R.announce_words)):
            nominal = False         # "melakukan kunjungan", "mengumumkan pengusiran": the clause states it
        if not nominal and state.denials and R.denied_clause.search(low, max2(s.start, at - 100), at):
            continue                # "membantah bahwa Serbia telah mengakui kemerdekaan Kosovo", "... bahwa
                                    # kedua pihak menandatangani perjanjian apa pun"
        if etype == "agreement" and R.agreed_meeting is not None:
            if R.agreed_meeting.match(low, m.end()):
                continue            # "sepakat menggelar pertemuan berikutnya di ...": the next meeting, planned
            if R.meeting_agreed.search(low, max2(s.start, at - 60), at):
                etype = "meeting"   # "Dialog 2+2 berikutnya disepakati digelar di Jakarta": that meeting
        if etype == "meeting" and word.startswith(R.arrival_words) \
                and _other_meeting(matches, m, row_of, low, negations):
            continue                # "tiba di Beijing ... disambut Xi": the visit's meeting is told by the other
        if strength != "say" and R.urged is not None and trigs and trigs[-1][2] == "say" \
                and R.urged.search(low, max2(s.start, at - 70), at):
            continue                # "Kyiv mendesak Ulaanbaatar menangkap Putin": what is called for
        if etype == "meeting" and R.speech_venue is not None and trigs and trigs[-1][2] == "say" \
                and R.speech_venue.search(low, max2(s.start, at - 80), at):
            continue                # "berpidato di Sidang Umum PBB": where the speech was given
        if outcome:
            nominal = False         # "Kunjungan itu menghasilkan sejumlah nota kesepahaman": an agreement made then
            outcomes.add(at)
        if nominal and etype == "meeting" and last is not None and last in R.call_off:
            nominal = False         # "menunda lawatan ke ...": the clause states a meeting called off
        (plan_trigs if strength == "plan" else trigs).append((m, etype, strength, word, nominal, noun_word, at, to))
    # "Sehari setelah penandatanganan, ...": a day after the signing told; the span says that day
    ref_date = _from_told(state.from_told[s.start], matches, state, R) if s.start in state.from_told else None
    span_day = ref_date         # (that day dates what is said too: "Sehari sebelum KTT, AES menegaskan ...")
    if not trigs and not plan_trigs:
        _remember(state, s, sent_times, subject, None)
        return

    # does the sentence say "sejak" at all? A time since is looked for in it only then
    since_here = state.since and _holds(state.since_at, s.start, s.end)
    # ... and the comma closing its opening "Sejak ...," clause, whose date the main clause's is not
    since_lead = low.find(",", s.start, s.end) if since_here and low.startswith(R.since_openers, s.start) else -1

    # 2. which trigger each timex belongs to (costs remembered: asked again below)
    cost = _Costs(text, s, opening_end, R, since_here, since_lead).of

    claim = {}                  # (only nominal triggers ask)
    for t in (sent_times if sent_times and any(tr[5] for tr in trigs) else ()):
        best, best_cost, tie = None, None, False
        for tr in trigs:
            c = cost(tr[6], tr[7], t)
            if best_cost is None or c < best_cost:
                best, best_cost, tie = tr, c, False
            elif c == best_cost:
                tie = True
        if tie:     # the trigger nearest the date ("Kesepakatan itu dicapai dalam pertemuan ..., Rabu")
            best = _nearest(trigs, t, best_cost, cost)
        claim[id(t)] = best[6]

    # "X mengatakan, ..." / "X menyebut bahwa ...": what follows is reported, X is no party to it
    reported_from, speaker_before, sourced = None, None, False
    for m, etype, strength, word, nominal, *_ in trigs:
        if strength == "say" and R.reported.match(text, m.end(), m.end() + 80):
            reported_from, speaker_before = m.end(), m.start()
            break
        if strength == "say" and word in R.source_words:
            # "Menurut X, ...": X is the source of what follows the comma, no party to it
            comma = text.find(",", m.end(), min2(s.end, m.end() + 80))
            if comma > 0:
                reported_from = speaker_before = comma + 1
                sourced = True
                break

    # '"...," kata X di Jakarta' / "..., kata X": the words reported end where their attribution begins;
    # who says them, and where, are no parties to what is told before
    attributed_at = _attributed(trigs, text, low, R) if R.reported_closers else None
    if attributed_at is None and R.closing_say_verbs:
        attributed_at = _closing_speaker(trigs, low, sent_mentions, R)
    since_phrases = _since_phrases(low, s, trigs, R) if since_here else ()
    cands: list[_Cand] = []
    says: list[_Cand] = []
    scheduled: list[_Cand] = []
    plan_dates: list = []      # (clause, start, date) of each dated word of a plan ("dijadwalkan")
    backgrounds: list[_Cand] = []
    refs: list[_Cand] = []
    seen_say = seen_accuse = False
    threat_end = -1                 # where the last threat of the sentence ends (what follows it is threatened)
    shifted: set[int] = set()       # triggers dated by a span of time from the sentence's date
    clause_parties: dict = {}       # clause -> what `_clause_parties` finds in it
    # the sentence opening the story, with no time of its own and no dated quote after it: its sayings
    # are the news of the lead's day
    opens_story = s.start == state.lead_start and not sent_times and s.start not in state.told_on
    for m, etype, strength, word, nominal, noun_word, start, end in (trigs + plan_trigs if plan_trigs else trigs):
        if strength == "say" and not sent_times and R.announced_passive not in word \
                and not _dated_by_story(word, span_day, low, s, R, end, opens_story):
            seen_say = True             # no date in the sentence: no statement (see below)
            continue
        before = low[max2(s.start, start - 12):start].split()
        clause = _clause_of(clauses, start, s)
        pointing = nominal and (R.anaphora_after.match(text, end, min2(s.end, end + 40)) is not None   # "pertemuan itu"
                                or (bool(before) and before[-1] in R.copulas))      # "merupakan kunjungan pertama"
        after_word = bool(before) and before[-1] in R.after_words
        following = nominal and after_word                                               # "seusai pertemuan"
        # a nominal trigger only takes a date no other trigger of its sentence is closer to
        allowed = _claimed(sent_times, claim, start) if noun_word and sent_times else sent_times
        if noun_word and etype in ANNOUNCED and before and before[-1] in R.announce_words:
            allowed = sent_times        # "Pada 1 Juli, Tokyo mengumumkan pembatasan ekspor": the announcement's date
        if noun_word and before and before[-1] in R.occasion_words:
            # "disepakati ... dalam pertemuan di Jakarta pada 24 April": the occasion has the date too
            nxt = _next_trigger(trigs, end, s.end)
            allowed = allowed + _times_between(sent_times, end, nxt, allowed)
            # ... and so has a date right before the phrase ("pada 19 September 2018, di sela pertemuan")
            allowed = allowed + _occasion_times(low, sent_times, start, allowed)
        if noun_word and since_here and R.since_after.match(text, end, min2(s.end, end + 40)):
            # "di bawah sanksi Barat sejak menginvasi Ukraina pada Februari 2022": the state began then
            allowed = allowed + _times_after(sent_times, end, allowed)
        if noun_word and opening_end is not None and end <= opening_end and not after_word:
            # "Pada KTT sebelumnya, Minggu (30/7), ECOWAS ...": the opening adverbial's date is
            # the date of the noun inside it too
            allowed = allowed + _times_ending_by(sent_times, opening_end, allowed)
        if noun_word and state.anniversary and R.anniversary.search(low, max2(clause[0], start - 40), start):
            # "memperingati 60 tahun normalisasi hubungan ... pada 1965": the event remembered
            # is dated after it, never by the day of remembering
            allowed = _times_after(sent_times, end, ())
            if not allowed:
                continue            # "peringatan 60 tahun hubungan diplomatik": remembered, its day untold
        if strength == "say" and allowed and since_here:
            # "naik ke tingkat tertinggi sejak 1983, menurut EIA": a time compared with is no time of
            # telling (a time since is, of what has been said since then: "sejak Rabu (7/5) mendesak")
            allowed = _not_compared(low, s.start, allowed, R)
        if strength == "say" and allowed and (quote := _quoted_before(text, s.start, start)) is not None:
            # '"... selesai Juli," jelas Ali, Kamis (28/11/2013)': a date inside the quote is of what is
            # said, not of the saying (but for its "hari ini", the day it is said)
            allowed = _outside_quote(allowed, quote, R)
        if etype == "threat" and allowed and _any_ends_by(allowed, start):
            # "Pada 23 Mei, Trump mengancam tarif 50 persen mulai 1 Juni": a date after the threat is
            # what is threatened when one is told before it, unless it closes the sentence
            allowed = _before_or_closing(text, s, allowed, start)
        date, dated_by, gov = _govern(start, end, allowed, cost)
        if gov is not None and (strength == "say" and cost(start, end, gov) > _SAY_REACH) \
                and not (gov.end <= start and R.and_gap is not None and R.and_gap.fullmatch(low, gov.end, start)) \
                and not (end < gov.start and cost(start, end, gov) <= _SAY_MEDIUM_REACH and R.say_medium is not None
                         and R.say_medium.search(low, end, gov.start)):
            # (but "hadir di Den Haag pada 23 Februari dan menegaskan ...": said that day, by the same subject)
            date, dated_by, gov = None, "none", None
        if gov is not None and len(allowed) > 1 and strength != "say":
            # "Pekan lalu, Wang Yi berkunjung ke Canberra ... pada Rabu (20/3)": the day inside the
            # week told, when no other trigger is nearer to it, says when
            inner = _inner_dates(allowed, gov, date, trigs, start, end, cost)
            if inner:
                gov = inner[0]
                date = gov.value
        spanned = _span_date(state.spans, start) if state.spans else None
        if spanned is not None:
            date, dated_by, gov = spanned, "own", None     # "tiga hari setelah X menemui Y"
            shifted.add(start)
        if dated_by != "own" and etype == "other" and _holds_any(word, R.dated_only):
            continue                # "nelayan yang ditangkap": background without a date of its own
        in_opening = gov is not None and opening_end is not None and gov.end <= opening_end
        if strength == "plan":
            if dated_by != "own":
                continue            # a thing scheduled is an event only with the date it is scheduled for
            plan_dates.append((clause, start, date))
            etype = _scheduled_kind(low, clause[0], min2(clause[1], end + R.scheduled_reach), R)
            if etype is None:
                continue            # a thing whose kind the sentence does not tell: too vague to list
        if strength == "say":
            window = low[clause[0]:clause[1]]
            if _holds_any(window, R.sanction_words) and R.announced_passive in window:
                etype = "sanction"      # "Tarif 32 persen ... diumumkan Trump": the measure itself
            elif dated_by != "own" and not _dated_by_story(word, span_day, low, s, R, end, opens_story):
                seen_say = True         # an undated statement is no timeline entry, but what
                continue                # follows it is still reported speech
        if nominal and dated_by != "own" and R.amid and low.endswith(R.amid, s.start, start):
            continue                # "di tengah perundingan Baghdad dan Washington": the backdrop, undated
        background = after_word and not nominal            # "..., setelah menuding India menyerang"
        if not nominal and before and _in_relative(low, max2(s.start, start - 40), start, R) \
                and _verb_before(trigs, start):
            background = True       # "sepakat mempercepat perjanjian yang diteken pada 2024": the
                                    # relative clause's verb tells of the object, after the news
        if (pointing or following) and dated_by != "own":
            refs.append(_Cand(etype, "ref", date, dated_by, start, end, text[start:end], s, [], "", clause))
            continue
        # "Perjanjian Washington tidak melibatkan ...": an undated noun opening the sentence, named
        # by the place or party after it, is an event of its kind already told
        opening_noun = nominal and start == s.start and dated_by != "own" and strength != "say" \
            and (_mention_at(sent_mentions, end + 1)
                 or (low.startswith("di ", end + 1) and _held_at_told(state.events, sent_mentions, text, end + 4)))
        if (pointing or opening_noun) and _any_of(state.events, FAMILIES.get(etype, (etype,))):
            refs.append(_Cand(etype, "ref", date, dated_by, start, end, text[start:end], s, [], "", clause))
            continue
        # what follows a threat, an accusation or a reporting verb is their content, not news
        content = (threat_end >= 0 and _no_turn(low, threat_end, start, R)) \
            or (seen_accuse and etype in ("military_action", "attack") and dated_by != "own") \
            or (seen_say and nominal and dated_by != "own" and _status(low, s, start, end, clause, R, memo=state.cue_memo, cues=state.cues) != "planned") \
            or (nominal and dated_by != "own" and _verb_in_clause(cands, clause))
        if content and strength != "say":
            continue
        # participants: actors of the clause, and the subject of the sentence (or of the
        # antecedent of a "yang" clause)
        named = clause_parties.get(clause)
        if named is None:
            named = clause_parties[clause] = _clause_parties(text, low, s, clause, sent_mentions, R)
        parts: list[tuple[int, Actor]] = list(named[0])
        places = named[1]
        if since_phrases and (others := _other_phrases(since_phrases, start)):
            # "perundingan pertama sejak invasi Rusia ke Ukraina di Riyadh": who and where the time since
            # names belong to it
            parts = _outside_spans(parts, others)
            places = _outside_spans(places, others)
        if lead_clause_end > end and len(before_lead := _before_pos(parts, lead_clause_end)) >= 2:
            # "Sejak perang meletus antara Israel dan Hamas pada 7 Oktober 2023, Indonesia ...": the
            # opening clause's event has its own parties; the main clause's subject is none of them
            parts = before_lead
        if attributed_at is not None and end <= attributed_at and strength != "say":
            places = _before_pos(places, attributed_at)
            if not _speaker_does(low[max2(s.start, start - 25):start], R):
                parts = _before_pos(parts, attributed_at)
        location = ""
        visited = False         # the place is where the meeting's parties went ("berkunjung ke Jakarta")
        before_di = ""          # the last place named after "di" before the trigger in its clause (not
                                # across a reporting verb: "Di Jakarta, Sugiono mengatakan ... sepakat")
        # where the place a thing was said in is looked for from: after the speaker named after the
        # verb closing a quote ("kata juru bicara Kemlu China Lin Jian di Beijing")
        said_end = end
        # ('"...," kata X', or unquoted: "Indonesia siap membantu, kata Menlu Sugiono")
        closes_quote = (etype in PLACED_SPEECH or strength == "say") and (
            _after_reported(text, low, start) if word in R.reported_closers else _closes_quote(text, start))
        if etype in PLACED_SPEECH and closes_quote:
            said_end = _person_end(sent_mentions, end, end + 60)
        for ms, me, how, kind in places:
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
            gone_to = ms - end <= 2 or low[max2(s.start, ms - 3):ms] == "ke "
            if how == "di" or ((etype == "meeting" or (etype in STRIKES and kind == "place")) and gone_to):
                location = text[ms:me]
                visited = etype == "meeting" and gone_to
                break
        if not location and before_di and etype not in PLACED_SPEECH:
            location = before_di    # "Di Khujand, Rahmon dan Japarov bertukar dokumen ratifikasi"
        subj = subject
        if low.startswith("yang", clause[0]):
            prior = _parties_before(sent_mentions, clause[0])
            subj = prior[-1] if prior else subject
        elif clause[0] > s.start and low.startswith(R.contrast_words, clause[0]):
            # "..., sementara militer Thailand mengerahkan jet tempur": the clause has its own subject
            own = _subject(text, sent_mentions, clause[0], start, R)
            subj = own if own is not None else subject
        elif subject is not None and subject[0] < start and R.time_clause is not None \
                and (opener := _time_clause_end(low, subject[1], start, R)) is not None \
                and low.find(",", opener, start) < 0 \
                and (own := _subject(text, sent_mentions, opener, start, R)) is not None \
                and text[own[0]].isupper() and _opens_clause(low[opener:own[0]].split(), R):
            # "Finlandia mendaftar ke NATO tiga bulan setelah Rusia menginvasi Ukraina", "Kunjungan Xi
            # berlangsung tiga bulan setelah Joe Biden berkunjung ke Hanoi": the clause opened after
            # the subject, named first in it (by name, not "keduanya"), has a subject and parties of
            # its own
            subj = own
            parts = _from_pos(parts, opener)
            named = (named[0], named[1], _from_pos(named[2], opener))
        organizations = named[2]
        if subj is not None and subj[0] < start and not _names_actor(parts, subj[2]):
            parts.insert(0, (subj[0], subj[2]))
            if subj[2].kind == "organization":
                organizations = [parts[0]] + organizations
        # a state's body acts for its state: "Penjaga Pantai China" -> China too
        for pos, a in organizations:
            if a.country in state.by_name and not _names(parts, a.country):
                parts.append((pos, state.by_name[a.country]))
        only_source = False
        if reported_from is not None and start >= reported_from and not (
                R.reported_self and _speaker_does(low[max2(reported_from, start - 25):start], R, R.reported_self)):
            only_source = sourced and bool(parts)
            parts = _from_pos(parts, speaker_before)
        # "serangan Hamas", "kunjungan Prabowo": the party right after a nominal trigger does it
        genitive = _between(parts, end, end + 3) if nominal else []
        if genitive and subj is not None and subj[0] < start and etype in ("attack", "military_action"):
            parts = _from_pos(parts, start + 1)
        speaker = None
        quoted = False  # a quote closed by its reporting verb: the speaker alone says it
        if etype in ("criticism", "threat"):
            # '"... diktator," kata X', '"Mereka akan membayar mahal," ujar X': the speaker does it
            found_speaker = _quote_speaker(text, trigs, start, end, sent_mentions, state, R)
            if found_speaker:
                speaker = found_speaker[0][1]
                parts = _without_actor(parts, speaker) + found_speaker
        elif strength == "say" and word in R.source_words and R.figure is not None and low.startswith(", ", start - 2) \
                and "," not in low[end:s.end] and R.figure.search(low, s.start, start) \
                and not _people_in(parts, end, end + _TITLED_SPEAKER):
            continue                # "... 30,6 juta barel per hari, menurut IEA": a figure's source, no statement
                                    # (a person's figure is said: "..., menurut Menteri Luar Negeri Wang Yi")
        elif strength == "say" and (word in R.source_words or (closes_quote and not R.told_of(word))):
            # '"...," kata Jero di kompleks Istana', "Menurut Retno, ...": the one named after the verb
            # says it; the others are spoken of or beside the speaker ("kata Kepala Ekonom ADB X di ...")
            after = _parties_in(parts, end, end + 40)
            # (the person may come after a long title: "kata Deputi Gubernur Senior Bank Indonesia (BI)
            # Mirza Adityaswara": in the same stretch, no comma between)
            person = _speaker_after(text, parts, end)
            if after or person is not None:
                speaker = (person or next((p for p in after if p[1].kind == "person"), after[0]))[1]
                quoted = True
            elif state.media and _holds(state.media, end, end + _CITED_REACH + 1):
                continue    # "..., menurut survei Bloomberg", "kata Reuters": a figure an outlet reports,
                            # no one's statement (nor the subject's)
        if R.told_of(word) and state.prev_subject is not None and not _names_actor(parts, state.prev_subject) \
                and not (subj is not None and subj[0] < start and subj[2].kind == "person"):   # "X menunda kunjungannya"
            parts.insert(0, (start - 1, state.prev_subject))
        if strength == "say" and closes_quote and speaker is None and R.told_of(word) \
                and state.prev_subject is not None and state.prev_subject.kind != "person":
            continue                # '"...," ujarnya' after "Pengamat dari Universitas Indonesia, X, menilai":
                                    # someone the text names no actor said it, not the body
        if strength == "say" and closes_quote and speaker is None and R.told_of(word) and state.prev_subject is not None:
            speaker = state.prev_subject        # '"...," ujarnya': the one just told of says it; the others
            quoted = True                       # named are spoken of
        if etype == "meeting" and word in ("menerima", "diterima", "disambut"):
            # "menerima Anwar", "menerima Duta Besar Australia": a visitor, not a letter or an award
            nxt = _people_in(parts, end, end + 45)
            title_next = _TITLE_NEXT.match(text, end)
            if not nxt and not (title_next and title_next.group(1).casefold() in R.titles) \
                    and not low.startswith(R.visitor_groups, end + 1):
                continue
        if word in R.org_next and not (_kind_at(parts, end + 1, "organization")
                                       and _kind_before(parts, start, "country")):
            continue                # "keluar dari ruang sidang", "X keluar dari Partai Bersatu": no state left a bloc
        if word in R.person_next and strength != "say" and not _titled_after(text, parts, end, 60, "person", _TITLED_GAP):
            continue                # "menyambut baik keputusan itu": no one received
        if word.split()[0] in R.agent_next and _passive_agent(low, end, word, parts, R) is None \
                and not (R.by_agent is not None and R.by_agent.match(low, end)):
            continue                # "dikritik karena ...": a bare passive names no critic, no event
        if etype == "military_action" and not word.startswith("serangan") and word not in R.capture_words:
            doer = _before_pos(parts, start)
            if doer and doer[-1][1].kind == "organization" and doer[-1][1].name not in R.states \
                    and not doer[-1][1].country:        # a state's body ("Penjaga Pantai China") is the state
                etype = "attack"        # a group's rockets: an attack, not a state's military action
        if etype == "attack" and R.seize_words and word.startswith(R.seize_words):
            # "kapal ... disita pasukan Iran"
            agent = _passive_agent(low, end, word, parts, R) if " " + R.passive_prefix in word else None
            doer = agent[1] if agent else _last_before(parts, start)
            if doer is not None and (doer.kind == "country" or doer.name in R.states or doer.country):
                etype = "military_action"   # "Garda Revolusi Iran menyita kapal MSC Aries": a state's seizure
        if etype == "military_action" and word.startswith("serangan"):
            near = _between(parts, end - 1, end + 26) or _before_pos(parts, start)[-1:]
            ctx = low[start:min2(s.end, end + 30)]
            if _holds_any(ctx, R.attack_words) or (near and near[0][1].kind == "organization"
                                                    and not near[0][1].country):
                etype = "attack"
        if R.evacuees is not None and (word.startswith(R.moved_words) or (etype == "meeting"
                                                                         and word.startswith(R.arrival_words))):
            moved = R.evacuees.search(low, max2(clause[0], start - 80), start) is not None
            if word.startswith(R.moved_words) and not moved:
                continue            # "dipindahkan ke ruang lain": no people of an evacuation moved
            if moved and etype == "meeting":
                etype = "other"     # "para WNI yang dievakuasi tiba di Soekarno-Hatta": a step of the evacuation
        if etype == "military_action" and not nominal and R.crowd is not None \
                and R.crowd.search(" ".join(low[max2(clause[0], start - 40):start].split()[-3:])):
            etype = "attack"        # "ratusan pengunjuk rasa menyerbu Kedutaan Besar Swedia": a crowd's violence
        elif etype == "military_action" and not nominal and R.police is not None \
                and not word.startswith(R.passive_prefix) \
                and R.police.search(" ".join(low[max2(clause[0], start - 40):start].split()[-4:])):
            # (the police as the doer: "sebuah helikopter polisi ditembak jatuh" is done to them)
            etype = "attack"        # "polisi Ekuador menyerbu Kedutaan Besar Meksiko": the police's force
        if etype == "agreement" and "resolusi" in word:
            # "mengadopsi resolusi yang mengecam agresi Rusia": the body condemns; "resolusi gencatan
            # senjata": the accord it sets; else a body's vote, no accord between parties
            if R.condemning is not None and R.condemning.match(low, end):
                etype = "criticism"
            elif not _accord_after(trigs, end):
                etype = "other"
        if etype == "meeting" and word.startswith(R.arrival_words) and R.arriving_things \
                and not R.arriving_things.isdisjoint(low[max2(clause[0], start - 60):start].split()):
            continue                # "Pesawat carteran yang membawanya mendarat di Canberra": a craft, no visitor
        if etype == "meeting" and word.endswith("sidang") and R.court is not None \
                and R.court.search(low, end, min2(clause[1], end + 40)):
            etype = "other"         # "sidang virtual di pengadilan federal": a court's hearing, no meeting
        if etype == "meeting" and word in R.talks_nouns and R.talks_to_conclude is not None \
                and R.talks_to_conclude.search(low, end, min2(clause[1], end + 60)):
            etype = "agreement"     # "perundingan peninjauan IJEPA ditargetkan rampung akhir tahun ini": the deal
        if etype == "election" and R.court is not None and R.court.search(low, clause[0], start):
            etype = "other"         # "Mahkamah Konstitusi membatalkan hasil pemilu": the court's ruling
        if dated_by != "own" and etype != "statement" and R.since_clause is not None \
                and since_here and R.since_clause.search(low, max2(clause[0], start - 40), start) \
                and not _any_time_in(sent_times, end, clause[1]):
            continue                # "sejak Trump kembali menjabat", "sejak perang pecah": the time since,
                                    # no event told (unless dated further on: "sejak X dan Y memulihkan
                                    # hubungan ... pada Maret lalu")
        if etype == "election":
            # who takes or leaves office: the person named right before the trigger, or right
            # after a nominal one ("pelantikan Paus Leo")
            # ("Menteri X, yang ... kepada Yoon, mengundurkan diri": X, not the object of "kepada")
            people = _subjects_before(text, parts, start, clause[0], R)
            if nominal:
                # "pelantikan Paus Leo"; "pemilu parlemen Polandia": the state whose election it is;
                # naming no one after it, the state named last before it ("di AS menjelang pemilu sela 8
                # November"), with who wins it
                named_after = _titled_after(text, parts, end, 60, "person", _TITLED_GAP)[:1] \
                    or _titled_after(text, parts, end, 30, "country", _LOWER_GAP)[:1]
                people = named_after or people
                held_in = [] if named_after else _of_kind(_before_pos(parts, start), "country")[-1:]
            else:
                if not people or word.startswith(R.appoint_words):
                    # "Parlemen memakzulkan Presiden X", "para pemimpin memilih X sebagai ...", "Raja Charles
                    # menunjuk Keir Starmer sebagai perdana menteri": the one named after
                    people = _people_in(parts, end, end + 80)[:1] or people
                # "memenangi pemilu presiden AS": the state whose election it is, with who wins it
                held_in = _titled_after(text, parts, end, 30, "country", _LOWER_GAP)[:1]
            parts = people[-1:] + [p for p in held_in if p not in people[-1:]] or parts[:1]
        if nominal and dated_by != "own" and strength != "say" and len(parts) < 2 and not (
                etype == "meeting" and _org_summit(low, start, parts, R)):
            continue
        if not parts and only_source and dated_by == "own" and strength != "say":
            # "Menurut X, gencatan senjata akan mulai berlaku pada ...": X only reports; the
            # parties are those of the last such event told
            told = _told_with_parties(state.events, (etype,))
            if told:
                parts = _parties_of(told[-1], start, state)
        if not parts and etype == "meeting" and dated_by == "own" and refs:
            # "Kesepakatan itu dicapai dalam pertemuan di X, Rabu": the parties of the event referred to
            family = FAMILIES.get(refs[-1].type, (refs[-1].type,))
            told = _told_with_parties(state.events, family)
            if told:
                parts = _parties_of(told[-1], start - 1, state)
        if not parts and etype == "meeting" and state.prev_subject is not None and _org_summit(low, start, [(0, state.prev_subject)], R):
            parts = [(start - 1, state.prev_subject)]   # "... ECOWAS memerintahkan ... dalam KTT di Abuja"
        if not parts and dated_by == "own" and strength != "say" and (etype in R.sentence_party_types
                                                                      or strength == "plan"):
            # "Perang pecah sejak 15 April, ketika ketegangan antara al-Burhan dan Hemedti memuncak":
            # a dated clause naming no party takes the parties its sentence names
            parts = _named_parties(sent_mentions, reported_from)[:4]
        if not parts and etype in SYMMETRIC and R.group_subject is not None and (
                R.group_subject.match(low, clause[0]) or _group_right_before(low, clause[0], start, R)):
            # "Mereka juga sepakat ...", "Keempat menteri sepakat ...", "Dalam kunjungan itu, pelaku usaha
            # kedua negara juga meneken ...": those who met just before
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
        if dated_by == "own" and strength != "say" and etype in R.sentence_party_types \
                and (not parts or (etype == "meeting" and word.startswith(R.round_words) and _venues_only(low, parts, R))):
            # "Pertemuan pertama berlangsung di Panmunjom pada 27 April": a dated event naming no party
            # is one more of the kind told before, by the same parties; so is a round naming none but its
            # place ("Putaran terakhir berlangsung di Kuala Lumpur, Malaysia, ...")
            told = _told_with_parties(state.events, (etype,))
            if told:
                parts = _parties_of(told[-1], start - 1, state)
        if not parts and dated_by == "own" and etype == "election":
            # "Tahap pertama pemilu digelar pada 28 Desember 2025": one more vote of the state whose
            # election was told before (not who ran in it); "rencananya dilantik pada Kamis (8/8)":
            # the one who took or takes office in the election told
            told = _told_with_parties(state.events, (etype,))
            if told:
                parts = _parties_of(told[-1], start - 1, state)
                if nominal:
                    parts = _of_kind(parts, "country")
        if not parts and dated_by == "own" and etype == "election" and noun_word:
            # "Warga Moldova memberikan dukungan ... Hasil ... referendum yang digelar Minggu (20/10/2024)": the
            # vote of the state named last before it
            state_before = _state_named_before(state.states_at, start, start - _ELECTION_STATE_REACH)
            if state_before is not None:
                parts = [(start - 1, state_before)]
        if not parts and state.prev_subject is not None and state.prev_subject.kind == "person" \
                and R.first_since is not None and (first := R.first_since.search(low, s.start, start)) \
                and first.group().startswith(R.first_own):
            # "Ini merupakan lawatan luar negeri pertamanya sejak dilantik pada 23 September": whose
            # first it is, named in the sentence before, is the one the first counts from
            parts = [(start - 1, state.prev_subject)]
        if not parts:
            continue
        if etype == "agreement" and word in R.medium_documents \
                and (low[max2(s.start, start - 20):start].split() or [""])[-1] in R.release_verbs \
                and len({a.name for _, a in parts if a.kind == "country"}) >= 3:
            etype = "statement"     # "Brasil, Kolombia, dan Meksiko merilis pernyataan bersama": states voicing
                                    # a view together, no deal between them
        status = _status(low, s, start, end, clause, R, say=strength == "say", memo=state.cue_memo, cues=state.cues,
                         speech=etype in SPEECH_ACTS or low.startswith(R.ahead_is_content, start)
                         or (not nominal and low.find(R.relative_mid, end, min2(clause[1], end + 30)) >= 0))
        if etype == "sanction" and R.lifted is not None and R.lifted.match(low, start):
            status = "cancelled"    # "China mencabut tarif atas anggur Australia": the measure lifted
        if strength == "plan":
            # a thing scheduled is planned, unless the rest of the sentence calls it off ("yang semula
            # direncanakan pekan depan, ditunda hingga ...")
            status = "cancelled" if _called_off_after(low, start, s.end, R) else "planned"
        if etype == "threat" and status == "cancelled" and pointing:
            continue                # "menunda ancaman itu hingga 9 Juli": the threat told before, put off
        if etype == "threat" and status in ("planned", "hypothetical", "cancelled"):
            status = "occurred"     # "X mengatakan Rusia akan mengambil langkah balasan", "jika ..., Islamabad
                                    # akan mengambil langkah tegas": what is threatened lies ahead, the threat is
                                    # made ("..., tetapi menunda ancaman itu": what is put off is what is threatened)
        if status == "hypothetical" and noun_word and dated_by == "own" and dct is not None \
                and (period := _period(date)) and period[0] > dct:
            status = "planned"          # "... jika ia kembali berkuasa setelah pemilu Selasa pekan depan",
                                        # "berharap putaran perundingan berikutnya bisa digelar awal tahun depan": an
                                        # event named with a day ahead is set, whatever is hoped or conditioned
        if status == "occurred" and R.purpose_plan is not None and before and before[-1] in R.purpose_words \
                and R.purpose_plan.search(low, max2(s.start, start - _PURPOSE_REACH), start):
            status = "planned"          # "dijadwalkan terbang ke Abu Dhabi, ..., hari ini untuk bertemu ...": the
                                        # purpose of a trip still to come
        if status == "occurred" and strength != "say" and state.future:
            nxt = _next_trigger(trigs, end, clause[1])
            if _holds(state.future, end, min2(nxt, clause[1])):
                status = "planned"      # "... di Washington dalam waktu dekat"
        coordinated = _joined(text, sent_mentions, subj[0], subj[1], start, R) if subj is not None else set()
        roles = []
        names = set()
        lead = subj[2] if subj is not None and subj[0] < start and _names_actor(parts, subj[2]) else None
        comma = low.rfind(",", clause[0], start)
        if comma > 0 and etype not in SYMMETRIC and speaker is None:
            # "..., AS sedang mempertimbangkan operasi militer terhadap Kolombia": the party
            # opening the stretch after the last comma acts
            near = _between(parts, comma, start)
            if near and low[comma + 1:near[0][0]].strip() == "":
                lead = min(near, key=lambda p: p[0])[1]
        if speaker is not None:
            lead = speaker
        if genitive and lead is None:
            lead = genitive[0][1]
        # "X dikecam oleh Y", "kapal yang dibajak Houthi": Y acts, X undergoes
        passive = _passive_agent(low, end, word, parts, R) if etype not in SYMMETRIC and speaker is None else None
        # "Rusia dikenai sanksi oleh Uni Eropa", "Iran mendapat sanksi dari AS": the same, told by the verb
        # before the noun (and without anyone after it, who is named before it undergoes it)
        undergone = nominal and passive is None and speaker is None and etype in AIMED and bool(R.undergoing) \
            and (low[max2(s.start, start - 16):start].split() or [""])[-1] in R.undergoing
        if undergone and R.undergone_agent is not None \
                and (m_agent := R.undergone_agent.match(low, end)) is not None and m_agent.end() < clause[1]:
            passive = _at_pos(parts, m_agent.end())
        if passive is not None:
            lead = passive[1]
            # "diprotes Wellington dan Canberra": the agents coordinated with it act too
            agent_end = _end_at(sent_mentions, passive[0])
            coordinated |= _joined(text, sent_mentions, passive[0], agent_end, s.end, R)
        symmetric = etype in SYMMETRIC
        # "menggelar latihan militer gabungan dengan Indonesia": the drill's parties hold it together
        joint = etype == "military_action" and R.joint_drill is not None \
            and (drill := low.find("latihan", start, end)) >= 0 and R.joint_drill.match(low, drill) is not None
        # "Siamak Namazi, yang ditahan sejak 2015": a passive naming no one who acts; who is named
        # before it undergoes it
        # (not when "oleh" names the doer further on, not in a quote, nor for a schedule word)
        bare_passive = (word.startswith(R.passive_prefix) and passive is None and not symmetric
                        and speaker is None and not quoted and etype not in ("statement", "election")
                        and strength not in ("plan", "say") and word.split()[0] not in R.passive_lookalikes
                        and low.find(R.agent_word, end, clause[1]) < 0) \
            or (undergone and passive is None)      # ("Rusia mendapat sanksi": undergone, no one named to act)
        has_initiator = False
        # "mengkritik Yerusalem karena ... terhadap Palestina": after the one aimed at, the parties
        # named in the reason are spoken of
        reason_at = s.end
        if not symmetric and R.reason is not None and _any_after(parts, end):
            m_reason = R.reason.search(low, end, s.end)
            if m_reason is not None and (undergone or _between(parts, end, m_reason.start())):
                reason_at = m_reason.start()
        # the lead first, then in the order of the text
        ordered = sorted(parts, key=_POSITION) if lead is None else _lead_first(parts, lead)
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
                if bare_passive and pos < start:
                    role = "target"
                elif a is lead or (not quoted and pos in coordinated and (passive is None or pos > start)) \
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
        if joint:
            roles = [(n, "initiator") for n, _ in roles]
        elif not symmetric and len(roles) > 1:
            roles = _acting_side(ordered, roles)    # the state the one who acts serves is on his side
        if visited and (host := R.seat_of.get(location)) is not None and host not in names \
                and host in state.by_name and not _serves(names, state.by_name, host):
            roles.append((host, "target"))      # "Albanese berkunjung ke Jakarta": a visit to Indonesia
        if status == "occurred" and gov is not None and gov.start >= end \
                and (word.startswith(R.ahead_is_content) or etype in REACTIONS or strength == "say") \
                and dct is not None and (period := _period(date)) and period[0] > dct:
            date, dated_by, gov = None, "none", None     # "sepakat menargetkan ... pada 2028", "menuding X
                                                        # ... dan mendesak Y ... pekan depan": what is agreed
                                                        # or called for
        elif strength == "say" and gov is not None and gov.start >= end and R.reported is not None \
                and (told := R.reported.match(low, end)) is not None and told.group().strip() == R.that_word \
                and gov.start >= told.end() and not _closes_sentence(text, s, gov):
            date, dated_by, gov = None, "none", None     # "mengatakan bahwa laporan ... pada Rabu": the day
                                                        # of what is said, not of the saying
        if status == "occurred" and gov is not None and gov.mod and dct is not None and date == gov.value \
                and (part := _part_of(gov)) is not None and part[0] > dct:
            status = "planned"      # "pertemuan OPEC akhir bulan ini" in the news of the 19th: still to come
        c = _Cand(etype, status, date, dated_by, start, end, text[start:end], s, roles, location, clause)
        c.nominal = nominal
        c.in_opening = in_opening
        if state.apart_at and _holds(state.apart_at, max2(clause[0], start - 40), min2(clause[1], end + 40)):
            c.apart = True      # "Secara terpisah, Sjafrie bertemu Dong Jun": not the meeting told before
        elif R.retaliation and etype in AIMED and (low.startswith(R.retaliation, end) or word.endswith(R.retaliation)):
            c.apart = True      # "Trudeau mengumumkan tarif balasan": not the tariffs it answers
        c.summit = etype == "meeting" and (low.startswith(R.summit_words, start)       # (no words: never)
                                           or low.startswith(R.summit_words, end + 1))
        c.other_time = nominal and R.other_time is not None and R.other_time.match(low, end) is not None
        c.aside = R.first_since is not None and since_here \
            and R.first_since.search(low, s.start, start) is not None    # (it holds "sejak": rare)
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
                threat_end = end
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
    if refs:
        ref_date = _refer_back(refs, cands, shifted, told_here, ref_date, low, s, sent_mentions, sent_times,
                               R, state)

    if told_here and cands:
        _aimed_at_told(cands, told_here, refs, low)
    # "Pertemuan itu berlangsung tiga hari setelah DPR mengesahkan ...": the clause after the span
    # happened that long before (or after) the event referred to, not on its day
    if told_here and state.from_ref:
        _shift_from_ref(s, state.from_ref, told_here, cands, backgrounds, shifted)
    elif state.from_ref and state.events and (cands or backgrounds) and (words := low[s.start:s.start + 40].split()) \
            and len(words) > 2 and words[1] in R.anaphora and state.events[-1].dated_by == "own":
        # "Pidato itu disampaikan sehari setelah ... menggelar pertemuan": a thing of the sentence before
        # that tells no event of its own kind here, the span counted from the last event told
        _shift_from_ref(s, state.from_ref, [(s.start, state.events[-1])], cands, backgrounds, shifted)

    # "Seusai bertemu Xi, Scholz ...": right after the meeting told, on its day
    if ref_date is None and backgrounds and opens and low.startswith(R.after_openers, s.start):
        for b in backgrounds:
            if b.start - s.start > 40 or b.dated_by == "own":
                continue
            told = _met_before(state.events, b, 1)
            if told:
                ref_date = told[-1].date
                break

    # "Setelah itu, ia berencana ...": on the day of the last thing the sentence before told
    if ref_date is None and R.after_that and cands and low.startswith(R.after_that, s.start):
        ref_date = _last_told_day(state.events, s.index - 1)

    # a verb after "setelah"/"sebelum" is background unless nothing else happens in the sentence
    if not cands:
        cands.extend(backgrounds)
    elif backgrounds:
        # "... melalui perjanjian yang diteken pada 2003": a background event with a date of its own
        # is an event of its own
        apart = _apart(backgrounds, cands, low, s, R)
        shifted.update(b.start for b in apart)      # its date is its own: it dates nothing else
        cands.extend(apart)

    # a thing scheduled is an event when the sentence tells no other and refers to none
    if scheduled and not cands and not refs:
        cands.extend(scheduled[:1])
    if plan_dates:
        _on_scheduled_days(cands, plan_dates)

    if R.appraisals and R.analyst_titles and cands:
        cands = _not_appraised(cands, state, R)
    # 4. reporting verbs make a statement only when nothing else happens in their clause
    if says:
        _statements(says, cands, state, R)
    if not cands:               # no event told: only the sentence's time goes on
        _remember(state, s, sent_times, subject, ref_date)
        return

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
    since = _after_since(low, cands, R) if since_here else ()
    own_dates = _own_dates(low, s, cands, shifted, R)
    # a date told in a clause after "sejak" ("sejak mahkamah itu menerbitkan surat perintah pada 17
    # Maret 2023") is shared only inside that clause
    main_dated = not since or _dated_outside(cands, shifted, since)
    if sentence_date is None and len(own_dates) == 1:
        sentence_date = next(iter(own_dates))   # one date in the sentence: its other events share it
    context_date = ref_date or state.told_on.get(s.start) or state.para_date.get(s.paragraph)
    if ref_date is None and s.start in state.from_told and state.from_told[s.start][1] != "H":
        context_date = None     # "Sehari sebelum pemanggilan, ..." from a day never told: not the last day told
    inherited_here = sentence_date or context_date
    shared_in_since = not main_dated and sentence_date is not None and not any(c.in_opening for c in cands)
    agreed = _agreeing(cands, low, R) if len(cands) > 1 and R.deal_agreed else ()
    for c in cands:
        if c.status == "planned" and ((agreed and _deal_agreed(c, agreed, low, R))
                                      or (c.dated_by == "own" and _done_in_relative(c, text, s, sent_times, dct, R))):
            c.status = "occurred"
        early = c.status in ("planned", "hypothetical")
        inherited = context_date if shared_in_since and c.start not in since else inherited_here
        if inherited and c.type in REACTIONS and dct is not None and (period := _period(inherited)) \
                and period[0] > dct:
            inherited = None    # "Pemilu digelar pada 21 Mei mendatang. Albanese mengecam ...": a thing said is
                                # told after it was said, never on a day still ahead
        if c.date is None and inherited and not early and not c.other_time:    # the future is not narrative time
            c.date, c.dated_by = inherited, "inherited"
        elif c.date is None and inherited and c.status == "planned" and not c.other_time and dct is not None \
                and (period := _period(inherited)) and period[0] >= dct:
            c.date, c.dated_by = inherited, "inherited"    # "... akan berkunjung ke Tokyo pada Senin. Dalam kunjungan
                                                            # itu, kedua negara akan menandatangani ...": that Monday
        elif c.date is None and not inherited and not early and (
                c.type not in _NOT_DAY_NEWS
                or (c.type == "statement" and (opens_story or _tells_news(low, c.end, R)))) \
                and state.lead_date and s.start not in state.from_told:
            c.date, c.dated_by = state.lead_date, "inherited"   # told without a date: the news of the day
        elif c.date is None and not inherited and not early and c.type == "agreement":
            # "Kedua pemimpin sepakat ..." told without a date: agreed when they met
            met = _met_not_arrived(state.events, c, R)
            if met:
                c.date, c.dated_by = met[-1].date, "inherited"
            elif state.lead_date:
                c.date, c.dated_by = state.lead_date, "inherited"
        if c.type == "statement" and c.dated_by not in STATEMENT_DATING \
                and not (c.date is not None
                         and _dated_by_story(c.trigger.casefold(), span_day, low, s, R, c.end, opens_story)):
            continue
        if c.status == "occurred" and c.date and dct is not None:
            period = _period(c.date)
            if period and period[0] > dct:
                c.status = "planned"
        _add(state, c)
    if cands and state.followers and _finds_any(low, s.start, s.end, state.followers):
        _followers(text, low, s, cands, sent_times, sent_mentions, R, state)
    own = _own_unshifted(cands, shifted)
    if since and own:       # "... sejak kedua kawasan menjalin kemitraan pada 2009": the story stays where it was
        own = [c for c in own if c.start not in since]
    asides = _aside_dates(low, s, own, R) if own and low.find(R.aside_lead, s.start, s.end) >= 0 else ()
    if asides:          # (nor does the sentence's last date go on when it is the aside's)
        own, sent_times = _without_dates(own, sent_times, asides)
    _remember(state, s, sent_times, subject, own[-1].date if own else ref_date)


def _no_turn(low: str, lo: int, hi: int, R: Rules) -> bool:
    """No contrast between `lo` and `hi` ("mengancam tarif 50 persen, tetapi menunda ancaman itu ... setelah
    berbicara ...": what follows the turn is no longer what is threatened)."""
    return not any(low.find(f" {w} ", lo, hi) >= 0 for w in R.contrast_words)


def _accord_after(trigs: list, end: int) -> bool:
    """Does an agreement's trigger follow within a few words of `end` ("resolusi gencatan senjata")?
    (A function of its own, as those below: a comprehension in `_sentence_events` would make the names
    it uses cells, which every access there pays for.)"""
    return any(end < tr[6] <= end + 40 and tr[1] == "agreement" for tr in trigs)


def _agreeing(cands: list, low: str, R: Rules) -> list:
    """The agreements of the sentence told by an agreeing verb ("sepakat"), as held."""
    out = []
    for c in cands:
        if c.type == "agreement" and c.status == "occurred" and low.startswith(R.ahead_is_content, c.start):
            out.append(c)
    return out


def _deal_agreed(c, agreed: list, low: str, R: Rules) -> bool:
    """Is the planned candidate `c` a deal put in force right after one of `agreed` ("sepakat melakukan
    gencatan senjata"): the agreement itself, made then? Or a change of relations agreed ("sepakat
    memulihkan hubungan"), made then?"""
    rx = R.deal_agreed if c.type == "agreement" else R.relations_agreed if c.type == "relations" else None
    return rx is not None and any(a.end <= c.start and rx.fullmatch(low, a.end, c.start) for a in agreed)


def _done_in_relative(c, text: str, s, sent_times: list, dct, R: Rules) -> bool:
    """Is the planned candidate `c` dated by a relative clause telling a deed already past ("akan
    meninjau perjanjian dagang yang diteken pada Maret 2019"): the signing, done then, whatever
    the main clause plans?"""
    if dct is None or not (period := _period(c.date)) or period[1] >= dct:
        return False
    rel = R.relative_object.search(text, max2(s.start, c.start - 5), min2(s.end, c.end + 60))
    return rel is not None and (c.nominal or rel.start() < c.start) and "," not in text[c.end:rel.start()] \
        and any(t.value == c.date and t.start >= rel.end() for t in sent_times)


def _closing_speaker(trigs: list, low: str, sent_mentions, R: Rules) -> int | None:
    """Where the speaker starts of the first verb of speech among `trigs` that closes its sentence after a
    comma and the speaker's name (`_speaker_closing`), or None."""
    for tr in trigs:
        if tr[2] == "say" and tr[3] in R.closing_say_verbs \
                and (at := _speaker_closing(low, tr[6], tr[7], sent_mentions, R)) is not None:
            return at
    return None


def _on_scheduled_days(cands: list, plan_dates: list) -> None:
    """ "dijadwalkan menjalani sidang ... di pengadilan federal Manhattan, New York, hari ini": an undated
    event planned, too far from the date to take it, is on the day a word of the plan before it in its
    clause is dated to (`plan_dates`: (clause, start, date) of each)."""
    for c in cands:
        if c.date is None and c.status == "planned":
            for clause, at, date in plan_dates:
                if clause == c.clause and at < c.start:
                    c.date, c.dated_by = date, "own"
                    break


def _speaker_closing(low: str, start: int, end: int, sent_mentions, R: Rules) -> int | None:
    """Where the speaker starts when the verb of speech at [start, end) closes the sentence right after a
    comma and the speaker's name (", Morgan Stanley mengatakan dalam sebuah laporan."), else None."""
    for ms, me, a in sent_mentions:
        if me + 1 == start and low.startswith(", ", ms - 2) and a.kind != "place":
            return ms if R.closing_say_after.match(low, end) else None
    return None


def _refer_back(refs, cands, shifted, told_here, ref_date, low, s, sent_mentions, sent_times, R: Rules,
                state: _State):
    """References to events already told ("pertemuan itu"): evidence of the event referred to, or an event
    of its own (added to `cands`); each event referred to is added to `told_here` with where its reference
    ends. Returns `ref_date`, or else the date of the first event referred to.
    (Apart from `_sentence_events`, as few sentences refer back: the names its comprehensions use would be
    cells every call of that function makes, at some 240 instructions each.)"""
    for r in refs:
        family = FAMILIES.get(r.type, (r.type,))
        head = r.trigger.split()[0].casefold()[:8]
        if _named_before(cands, family, r.start, head):
            continue        # "... menghasilkan Perjanjian Brussels pada 2013, tetapi ... dalam perjanjian
                            # itu": the one just named in this sentence, no event told before
        # "Lawatan balasan itu rencananya digelar pada April": a plan told refers to the plan
        ref_status = _status(low, s, r.start, r.end, r.clause, R, memo=state.cue_memo, cues=state.cues)
        # ("akan bertemu Lula di sela pertemuan tersebut": the clause's plan is of the plan told)
        planned = ref_status == "planned" or _planned_before(cands, r)
        # "Namun, pertemuan itu dibatalkan": the plan told is called off
        called_off = ref_status == "cancelled"
        if called_off and r.dated_by != "own" and (wished := _wished_before(cands, family, r.start)):
            _set_status(state, wished[-1], "cancelled")     # "Trump ingin bertemu Kim, tetapi ... pertemuan itu urung terjadi"
            wished[-1].evidence.append(r)
            continue
        told = _referred(state, family, "planned" if planned or (called_off and r.dated_by != "own") else "occurred",
                         r.date if r.dated_by == "own" else None)
        if told:
            # the one whose parties the sentence names most ("Seusai pertemuan, Biden dan Xi ..."), then
            # one told with the same word, then the last
            e = _most_told(told, {a.name for _, _, a in sent_mentions}, head, state.heads)
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
                    and _fits_times_after(e.date, sent_times, r.end, 40):
                _set_status(state, e, "cancelled")  # (not "pembatalan perjanjian yang diteken pada 2012 itu": another)
            if r.dated_by == "own" and _placed_inside(e, r.date):
                pass                    # "lawatan Jokowi pekan ini": a visit already placed on a day of that week
            elif r.dated_by == "own" and ((_compatible(e.date, r.date) and (e.date is None or _finer(r.date, e.date)))
                                          or e.dated_by != "own"):
                e.date, e.dated_by = r.date, "own"  # "Penandatanganan itu berlangsung pada Minggu"
            ref_date = ref_date or e.date
            told_here.append((r.end, e))
    return ref_date


def _told_as(e: _Cand, head: str, memo: dict) -> bool:
    """Was the event `e` told with a word opening with `head`, by its trigger or by one of its evidence?
    `memo` ((id of an event, head) -> [evidence read, the answer]) keeps what was read: an event told a
    thousand times has a thousand pieces of evidence, and evidence is only ever added."""
    seen = memo.get((id(e), head))
    if seen is None:
        seen = memo[(id(e), head)] = [0, e.trigger.casefold().startswith(head)]
    if not seen[1]:
        for y in e.evidence[seen[0]:]:
            if y.trigger.casefold().startswith(head):
                seen[1] = True
                break
    seen[0] = len(e.evidence)
    return seen[1]


# (apart from `_refer_back`, as loops: there, the names its comprehensions used were cells)
def _named_before(cands: list, family: tuple, at: int, head: str) -> bool:
    """Is a candidate of `family` told before `at` with a word opening with `head`?"""
    for c in cands:
        if c.type in family and c.start < at and c.trigger.casefold().startswith(head):
            return True
    return False


def _planned_before(cands: list, r: _Cand) -> bool:
    """Is a candidate planned before `r` in its clause?"""
    for c in cands:
        if c.status == "planned" and c.clause == r.clause and c.start < r.start:
            return True
    return False


def _wished_before(cands: list, family: tuple, at: int) -> list:
    """The hypothetical candidates of `family` before `at`."""
    out = []
    for c in cands:
        if c.type in family and c.start < at and c.status == "hypothetical":
            out.append(c)
    return out


def _most_told(told: list, here: set, head: str, heads: dict):
    """Of the events `told`, the one whose parties the sentence names most (`here`), then one told with
    a word opening with `head` (`_told_as`), then the last."""
    best, best_key = None, None
    for i, e in enumerate(told):
        key = (len(here & {n for n, _ in e.participants}), _told_as(e, head, heads), i)
        if best_key is None or key > best_key:
            best, best_key = e, key
    return best


def _fits_times_after(date: str | None, times: list, end: int, reach: int) -> bool:
    """Is `date` compatible with every timex starting within `reach` after `end`?"""
    for t in times:
        if end < t.start < end + reach and not _compatible(date, t.value):
            return False
    return True


# How many of the events of its kind told last a reference back may point to (an article tells a few;
# a digest of many tells thousands, and "pertemuan itu" is one of the last)
_REFERRED_REACH = 64


def _referred(state: _State, family: tuple, status: str, date: str | None) -> list:
    """The events told a reference back may point to, in the order told: of `family`, not one a first
    since counts from (unless all are: "... pertama sejak mereka bertemu di Bali. Dalam pertemuan
    itu"), of `status` (unless none is), compatible with `date` (unless none is). Each filter is
    dropped when it leaves none. Found through `state.of_status`: a digest tells thousands of events of
    one kind, few of them of the status asked."""
    of_type = [state.of_type.get(t, []) for t in family]
    asides = all(e.aside for _, e in _latest_first(of_type))     # (the last is seldom one)
    pool = [(i, e) for i, e in islice(_latest_first([state.of_status.get((t, status), []) for t in family]),
                                      _REFERRED_REACH)
            if e.status == status and (asides or not e.aside)] \
        or [(i, e) for i, e in islice(_latest_first(of_type), _REFERRED_REACH) if asides or not e.aside]
    if date is not None:
        pool = [x for x in pool if _compatible(x[1].date, date)] or pool
    return [e for _, e in reversed(pool)]


def _in_org_name(mentions, at: int) -> bool:
    """Does position `at` fall inside (not at the start of) the name of an organization among
    `mentions` (start, end, actor)?"""
    for start, end, a in mentions:
        if start < at < end and a.kind == "organization":
            return True
        if start > at:
            return False
    return False


def _aimed_at_told(cands, told_here, refs, low) -> None:
    """ "China memprotes perjanjian tersebut": a deed done to someone (`AIMED`: a protest, a threat, a
    sanction) whose object is an event referred to is aimed at that event's doers (all its parties for a
    deed done together, an agreement's), who are then its targets ("Qatar mengecam serangan tersebut":
    Iran, not the base it struck)."""
    ends = {r.end: r.start for r in refs}
    for end, e in told_here:
        start = ends.get(end)
        doers = [n for n, r in e.participants if r == "initiator" or e.type in SYMMETRIC] or [n for n, _ in e.participants]
        for c in cands:
            if c.type in AIMED and start is not None and 0 <= start - c.end <= 3 and low[c.end:start].isspace():
                have = {n for n, _ in c.participants}
                c.participants.extend((n, "target") for n in doers if n not in have)


def _shift_from_ref(s, from_ref, told_here, cands, backgrounds, shifted) -> None:
    """The clauses of sentence `s` a span after an event referred to dates (`state.from_ref`): their
    candidates take the date of the event told (in `told_here`) moved by the span."""
    for lo, hi, unit, n in from_ref:
        if not s.start <= lo < s.end:
            continue
        told = [e for at, e in told_here if at <= lo]
        date = _moved(told[-1].date, unit, n) if told and told[-1].date else None
        for c in (*cands, *backgrounds) if date is not None else ():
            if lo <= c.start < hi and c.dated_by != "own":
                c.date, c.dated_by = date, "own"
                shifted.add(c.start)


def _not_appraised(cands, state: _State, R: Rules) -> list:
    """`cands` less the criticism that only commentators voice by appraising ("Dosen hukum UI, X,
    menilai penyerbuan itu merupakan pelanggaran serius"): comment, as their statements are."""
    out = []
    for c in cands:
        if not (c.type == "criticism" and c.trigger.casefold().startswith(R.appraisals)
                and _analysts_only(c, state.by_name, R)):
            out.append(c)
    return out


def _statements(says, cands, state: _State, R: Rules) -> None:
    """Step 4 of `_sentence_events`: each reporting verb of `says` is added to `cands` as a statement
    only when nothing else happens in its clause."""
    for c in says:
        clash = [o for o in cands if (o.clause == c.clause or (o.date == c.date and o.dated_by == "own"))
                 and not _said_at(c, o, state.low, R) and not _aside_before(state.low, o, c, R)]
        if clash and not (c.dated_by == "own" and all(o.date != c.date for o in clash)):
            continue
        if any(o.type == "statement" for o in cands):
            continue
        if cands and _in_occasion_opening(state.low, c, R):
            continue                # "Dalam jumpa pers malam itu, Putin melontarkan ancaman ...": the threat's occasion
        if c.trigger.casefold() in R.announce_words and any(o.clause == c.clause and o.type in ANNOUNCED for o in cands):
            continue                # "Tokyo mengumumkan pembatasan ekspor": the measure is the news
        if R.analyst_titles and _analysts_only(c, state.by_name, R):
            continue                # "Pengamat ... Universitas Airlangga, X, menilai ...": comment, no event
        cands.append(c)


def _dated_by_story(word: str, span_day: str | None, low: str, s, R: Rules, end: int, lead: bool = False) -> bool:
    """Is a saying (`word`, case-folded, ending at `end`) that has no date of its own dated by the story? When
    it opens the story (`lead`: "TEMPO.CO, Jakarta - Perdana Menteri Polandia ... mengatakan ..."), when its
    sentence opens with a span from an event told (`span_day`: "Sehari sebelum KTT Abuja, AES menegaskan
    ..."), or on the occasion told or a speech ("Dalam pertemuan itu, Xi meminta ...", "Dalam pidato
    pelantikannya, ..."), when it answers what was just told ("Beijing membantah tudingan itu", "Petro
    menyambut putusan tersebut"), or when what it tells is that news ("Trump mengumumkan kabar itu lebih dulu
    lewat Truth Social"). (Asked only of an undated saying: rare.)"""
    return lead or span_day is not None or word.startswith(R.answer_words) \
        or _occasion_opening_end(low, s, R) >= 0 or _tells_news(low, end, R)


def _in_occasion_opening(low: str, c: _Cand, R: Rules) -> bool:
    """Is `c` told inside the occasion its sentence opens with ("Dalam jumpa pers malam itu, ...")?"""
    return c.end <= _occasion_opening_end(low, c.sentence, R)


def _occasion_opening_end(low: str, s, R: Rules) -> int:
    """Where the occasion sentence `s` opens with ends ("Dalam pertemuan itu, ...", "Dalam pidato
    pelantikannya, ..."), or -1 when it opens with none."""
    if R.occasion_opening is None or not low.startswith(R.occasion_heads, s.start):
        return -1
    m = R.occasion_opening.match(low, s.start)
    return m.end() if m is not None else -1


def _tells_news(low: str, end: int, R: Rules) -> bool:
    """Does the saying ending at `end` tell the news just told ("mengumumkan kabar itu")?"""
    return R.news_told is not None and R.news_told.match(low, end) is not None


def _last_told_day(events: list, index: int) -> str | None:
    """The date of the event told last in sentence `index` (by where it is told there), or None."""
    last, at = None, -1
    for e in events:
        for x in (e, *e.evidence):
            if x.sentence.index == index and x.start > at:
                last, at = e, x.start
    return last.date if last is not None else None


def _aside_before(low: str, o: _Cand, c: _Cand, R: Rules) -> bool:
    """Is `o` told in a relative aside on the speaker that closes before the saying `c` ("Trudeau, yang
    berada di New York untuk menghadiri Sidang Majelis Umum PBB, menegaskan kemarin ...")? It is no news
    of the saying's clause."""
    if o.end > c.start:
        return False
    at = low.rfind(R.aside_lead, c.sentence.start, o.start)
    return at >= 0 and low.find(",", at + 2, o.start) < 0 and low.find(",", o.end, c.start) >= 0


def _said_at(c: _Cand, o: _Cand, low: str, R: Rules) -> bool:
    """Is the meeting `o` the occasion told after the statement `c` (`R.said_at`: "meminta India menarik
    personelnya saat menerima Menteri India", "diumumkan ... dalam pertemuan", "disampaikan ... seusai
    bertemu Modi"), or the one the sentence opens with ("Dalam sidang Rabu (21/2), X meminta ...", "Di sela
    KTT BRICS pekan lalu, ia menyebut ...")? Then both are events."""
    if o.type != "meeting":
        return False
    if o.start < c.end:
        opening = low[c.sentence.start:o.start].split()
        return o.end <= c.start and 0 < len(opening) <= 2 and opening[-1] in R.said_at \
            and low.find(",", o.end, c.start) >= 0
    before = low[max2(c.end, o.start - 20):o.start].split()
    return bool(before) and before[-1] in R.said_at


def _venues_only(low: str, parts: list, R: Rules) -> bool:
    """Are all `parts` countries named as where the event was ("di Kuala Lumpur, Malaysia", "di Swiss")?"""
    return R.venue_before is not None and all(
        a.kind == "country" and R.venue_before.search(low, max2(0, at - 40), at) for at, a in parts)


def _lead_first(parts: list, lead) -> list:
    """The parties (position, actor) with `lead` first, then in the order of the text."""
    first, rest = [], []
    for p in sorted(parts, key=_POSITION):
        (first if p[1] is lead else rest).append(p)
    return first + rest


def _not_at(mentions: list, starts) -> list:
    """The mentions (start, end, actor) that start at none of `starts`."""
    return [m for m in mentions if m[0] not in starts]


# Small filters of `_sentence_events`, apart from it: there, the names a comprehension uses would be
# cells, which every call of the function makes (some 240 instructions each, in Python 3.11). Those
# below that take a bound are loops: a comprehension of theirs would make the bound a cell of theirs.

class _Costs:
    """What it costs each timex to date each trigger of one sentence (`dates._cost`), each asked once."""
    __slots__ = ("text", "s", "opening_end", "R", "since_here", "since_lead", "memo")

    def __init__(self, text, s, opening_end, R: Rules, since_here: bool, since_lead: int):
        self.text, self.s, self.opening_end, self.R = text, s, opening_end, R
        self.since_here, self.since_lead, self.memo = since_here, since_lead, {}

    def of(self, start: int, end: int, t) -> int:
        """The cost for `t` to date the trigger at [start, end)."""
        key = (start, end, t.start)
        c = self.memo.get(key)
        if c is None:
            c = self.memo[key] = _cost(self.text, self.s, start, end, t, self.opening_end, self.R, self.since_here,
                                       self.since_lead)
        return c


def _nearest(trigs: list, t, best_cost: int, cost) -> tuple:
    """Of the triggers `t` costs `best_cost` to date, the one nearest it (the first of equals)."""
    best, best_gap = None, None
    for tr in trigs:
        if cost(tr[6], tr[7], t) == best_cost:
            gap = t.start - tr[7] if tr[7] <= t.start else tr[6] - t.end
            if best is None or gap < best_gap:
                best, best_gap = tr, gap
    return best


def _attributed(trigs: list, text: str, low: str, R: Rules) -> int | None:
    """Where the first verb of speech among `trigs` that closes the words it reports ("..., kata X")
    starts, or None."""
    for tr in trigs:
        if tr[2] == "say" and tr[3] in R.reported_closers and _after_reported(text, low, tr[6]):
            return tr[6]
    return None


def _next_trigger(trigs: list, end: int, default: int) -> int:
    """Where the first trigger starting at `end` or after starts (`default` when none does)."""
    found = None
    for tr in trigs:
        if tr[6] >= end and (found is None or tr[6] < found):
            found = tr[6]
    return default if found is None else found


def _times_between(times: list, lo: int, hi: int, allowed: list) -> list:
    """The timexes starting strictly between `lo` and `hi`, but those of `allowed`."""
    out = []
    for t in times:
        if lo < t.start < hi and t not in allowed:
            out.append(t)
    return out


def _times_after(times: list, end: int, allowed) -> list:
    """The timexes starting after `end`, but those of `allowed`."""
    out = []
    for t in times:
        if t.start > end and t not in allowed:
            out.append(t)
    return out


def _times_ending_by(times: list, at: int, allowed: list) -> list:
    """The timexes ending at `at` or before, but those of `allowed`."""
    out = []
    for t in times:
        if t.end <= at and t not in allowed:
            out.append(t)
    return out


def _occasion_times(low: str, times: list, start: int, allowed: list) -> list:
    """The timexes right before the occasion at `start` ("pada 19 September 2018, di sela pertemuan"),
    but those of `allowed`."""
    out = []
    for t in times:
        if t.end <= start and t not in allowed and _OCCASION_GAP.fullmatch(low, t.end, start):
            out.append(t)
    return out


def _not_compared(low: str, lo: int, times: list, R: Rules) -> list:
    """The timexes no superlative and "sejak" before them compare with (`_compared_since`)."""
    out = []
    for t in times:
        if not _compared_since(low, lo, t.start, R):
            out.append(t)
    return out


def _any_ends_by(times: list, at: int) -> bool:
    """Does one of the timexes end at `at` or before?"""
    for t in times:
        if t.end <= at:
            return True
    return False


def _before_or_closing(text: str, s, times: list, start: int) -> list:
    """The timexes ending at `start` or before, or closing sentence `s` (`_closes_sentence`)."""
    out = []
    for t in times:
        if t.end <= start or _closes_sentence(text, s, t):
            out.append(t)
    return out


def _inner_dates(allowed: list, gov, date: str, trigs: list, start: int, end: int, cost) -> list:
    """The timexes of `allowed` finer than `date` (of `gov`) and inside its part, that no other trigger
    is nearer to than the one at [start, end)."""
    out = []
    for t in allowed:
        if t is not gov and _finer(t.value, date) and _compatible(date, t.value) and _in_part(gov, t.value):
            mine = cost(start, end, t)
            for tr in trigs:
                if tr[6] != start and cost(tr[6], tr[7], t) < mine:
                    break
            else:
                out.append(t)
    return out


def _span_date(spans: list, at: int) -> str | None:
    """The date of the first span (start, end, date) holding `at`, or None."""
    for lo, hi, d in spans:
        if lo <= at < hi:
            return d
    return None


def _verb_before(trigs: list, start: int) -> bool:
    """Is a trigger that is no noun before `start`?"""
    for tr in trigs:
        if tr[6] < start and not tr[4]:
            return True
    return False


def _mention_at(mentions: list, at: int) -> bool:
    """Does one of the mentions (start, end, actor) start at `at`?"""
    for m in mentions:
        if m[0] == at:
            return True
    return False


def _held_at_told(events: list, mentions: list, text: str, at: int) -> bool:
    """Is the place named at `at` where an event already told took place ("Pertemuan di Busan" after the
    meeting told "di Busan")?"""
    for m in mentions:
        if m[0] == at:
            names = (text[m[0]:m[1]], m[2].name)
            for e in events:
                if e.location and e.location in names:
                    return True
            return False
    return False


def _verb_in_clause(cands: list, clause: tuple) -> bool:
    """Is one of the candidates of `clause` told by a verb?"""
    for c in cands:
        if c.clause == clause and not c.nominal:
            return True
    return False


def _other_phrases(since_phrases: list, start: int) -> list:
    """The (start, end) of the time-since phrases (`_since_phrases`) of other triggers than the one at `start`."""
    out = []
    for at, lo, hi in since_phrases:
        if at != start:
            out.append((lo, hi))
    return out


def _person_end(mentions: list, lo: int, hi: int) -> int:
    """Where the first person named from `lo` to `hi` (both included) ends, or `lo`."""
    for ms, me, a in mentions:
        if lo <= ms <= hi and a.kind == "person":
            return me
    return lo


def _parties_before(mentions: list, at: int) -> list:
    """The mentions (start, end, actor) before `at` that are no place."""
    out = []
    for m in mentions:
        if m[0] < at and m[2].kind != "place":
            out.append(m)
    return out


def _people_in(parts: list, lo: int, hi: int) -> list:
    """The (position, actor) parts that are persons, from `lo` to `hi` (both included)."""
    out = []
    for p in parts:
        if lo <= p[0] <= hi and p[1].kind == "person":
            out.append(p)
    return out


def _parties_in(parts: list, lo: int, hi: int) -> list:
    """The (position, actor) parts that are no place, from `lo` to `hi` (both included)."""
    out = []
    for p in parts:
        if lo <= p[0] <= hi and p[1].kind != "place":
            out.append(p)
    return out


def _speaker_after(text: str, parts: list, end: int):
    """The first person named after the verb ending at `end`, in its stretch (no comma between), or None."""
    for p in parts:
        if end <= p[0] <= end + _TITLED_SPEAKER and p[1].kind == "person" and "," not in text[end:p[0]]:
            return p
    return None


def _kind_at(parts: list, at: int, kind: str) -> bool:
    """Is a party of `kind` named at `at`?"""
    for p in parts:
        if p[0] == at and p[1].kind == kind:
            return True
    return False


def _kind_before(parts: list, at: int, kind: str) -> bool:
    """Is a party of `kind` named before `at`?"""
    for p in parts:
        if p[0] < at and p[1].kind == kind:
            return True
    return False


def _titled_after(text: str, parts: list, end: int, reach: int, kind: str, gap: re.Pattern) -> list:
    """The parties of `kind` named within `reach` after `end`, with only what `gap` matches between."""
    out = []
    for p in parts:
        if end < p[0] <= end + reach and p[1].kind == kind and gap.fullmatch(text, end, p[0]):
            out.append(p)
    return out


def _last_before(parts: list, at: int):
    """The actor of the last party named before `at`, or None."""
    for p in reversed(parts):
        if p[0] < at:
            return p[1]
    return None


def _any_time_in(times: list, lo: int, hi: int) -> bool:
    """Does a timex start in [lo, hi)?"""
    for t in times:
        if lo <= t.start < hi:
            return True
    return False


def _subjects_before(text: str, parts: list, start: int, lo: int, R: Rules) -> list:
    """The persons named before `start` that are no preposition's object (`_object_of`, from `lo`)."""
    out = []
    for p in parts:
        if p[0] < start and p[1].kind == "person" and not _object_of(text, p[0], lo, R):
            out.append(p)
    return out


def _called_off_after(low: str, lo: int, hi: int, R: Rules) -> bool:
    """Does a cue that calls things off stand in low[lo:hi]?"""
    for _, st, rx, *_ in R.numbered_status:
        if st == "cancelled" and rx.search(low, lo, hi):
            return True
    return False


def _any_after(parts: list, at: int) -> bool:
    """Is a party named after `at`?"""
    for p in parts:
        if p[0] > at:
            return True
    return False


def _serves(names, by_name: dict, state: str) -> bool:
    """Does one of the actors named serve `state`?"""
    for n in names:
        a = by_name.get(n)
        if a is not None and a.country == state:
            return True
    return False


def _after_since(low: str, cands: list, R: Rules) -> set:
    """The starts of the candidates told after "sejak" in their clause ("sejak mahkamah itu menerbitkan")."""
    out = set()
    for c in cands:
        if R.since_clause.search(low, max2(c.clause[0], c.start - 80), c.start):
            out.add(c.start)
    return out


def _own_dates(low: str, s, cands: list, shifted, R: Rules) -> set:
    """The dates of the candidates dated in their own clause, by no span of time, in no aside, and not right
    after a word of time ("setelah", "sejak")."""
    out = set()
    for c in cands:
        if c.dated_by == "own" and c.start not in shifted and not c.aside \
                and (low[max2(s.start, c.start - 12):c.start].split() or [""])[-1] not in R.since_words:
            out.add(c.date)
    return out


def _met_not_arrived(events: list, c, R: Rules) -> list:
    """The meetings told that `c`'s parties held (`_met_before`), but arrivals."""
    out = []
    for e in _met_before(events, c, 2, "meeting"):
        if not _is_arrival(e, R):
            out.append(e)
    return out


def _own_unshifted(cands: list, shifted) -> list:
    """The candidates dated in their own clause, by no span of time."""
    out = []
    for c in cands:
        if c.dated_by == "own" and c.start not in shifted:
            out.append(c)
    return out


def _aside_dates(low: str, s, cands: list, R: Rules) -> set:
    """The dates of the candidates told in an aside (`_aside`)."""
    out = set()
    for c in cands:
        if _aside(low, s, c, R):
            out.add(c.date)
    return out


def _finds_any(low: str, lo: int, hi: int, words) -> bool:
    """Does low[lo:hi] hold one of `words`?"""
    for w in words:
        if low.find(w, lo, hi) >= 0:
            return True
    return False

def _from_pos(items: list, pos: int) -> list:
    """The (position, ...) items at `pos` or after."""
    out = []
    for x in items:
        if x[0] >= pos:
            out.append(x)
    return out


def _times_from(times: list, pos: int) -> list:
    """The timexes starting at `pos` or after."""
    out = []
    for t in times:
        if t.start >= pos:
            out.append(t)
    return out


def _between(parts: list, lo: int, hi: int) -> list:
    """The (position, actor) parts strictly between `lo` and `hi`."""
    out = []
    for p in parts:
        if lo < p[0] < hi:
            out.append(p)
    return out


def _at_pos(parts: list, pos: int):
    """The (position, actor) part at `pos`, or None."""
    for p in parts:
        if p[0] == pos:
            return p
    return None


def _end_at(sent_mentions: list, pos: int) -> int:
    """Where the mention starting at `pos` ends (`pos` when none starts there)."""
    for ms, me, _ in sent_mentions:
        if ms == pos:
            return me
    return pos


def _names(parts: list, name: str) -> bool:
    """Do the (position, actor) parts name `name`?"""
    for p in parts:
        if p[1].name == name:
            return True
    return False


def _without_actor(parts: list, actor) -> list:
    out = []
    for p in parts:
        if p[1] is not actor:
            out.append(p)
    return out


def _named_parties(sent_mentions: list, reported_from: int | None) -> list:
    """(position, actor) of the mentions that are no place, from `reported_from` on (when given)."""
    out = []
    for ms, me, a in sent_mentions:
        if a.kind != "place" and (reported_from is None or ms >= reported_from):
            out.append((ms, a))
    return out


def _holds_any(text: str, words) -> bool:
    """Does `text` hold one of `words`?"""
    for w in words:
        if w in text:
            return True
    return False


def _other_meeting(matches: list, m, row_of: dict, low: str, negations) -> bool:
    """Is a trigger match other than `m` a meeting's, not denied ("tiba di Niamey, tetapi tidak diterima
    Tiani", "tiba di Niamey, tetapi pulang tanpa sempat bertemu Tchiani": the arrival is the visit told)?"""
    for o in matches:
        if row_of[o.lastgroup][0] == "meeting" and o is not m:
            before = low[max2(0, o.start() - 20):o.start()].split()[-2:]
            if not before or (before[-1] not in negations and (len(before) < 2 or before[0] not in negations)):
                return True     # (denied: "tanpa sempat bertemu Tchiani")
    return False


def _claimed(times: list, claim: dict, start: int) -> list:
    """The timexes `claim` gives to the trigger at `start`."""
    out = []
    for t in times:
        if claim.get(id(t)) == start:
            out.append(t)
    return out


def _outside_quote(times: list, quote: tuple, R: Rules) -> list:
    """The timexes outside `quote` (start, end), or saying the day it is said ("hari ini")."""
    out = []
    for t in times:
        if not quote[0] < t.start < quote[1] or t.text.lower() in R.saying_day:
            out.append(t)
    return out


def _before_pos(items: list, pos: int) -> list:
    """The (position, ...) items before `pos`."""
    out = []
    for x in items:
        if x[0] < pos:
            out.append(x)
    return out


def _outside_spans(items: list, spans: list) -> list:
    """The (position, ...) items in none of the (start, end) `spans`."""
    out = []
    for x in items:
        for lo, hi in spans:
            if lo <= x[0] < hi:
                break
        else:
            out.append(x)
    return out


def _any_of(events: list, types) -> bool:
    """Is one of the events of one of `types`?"""
    for e in events:
        if e.type in types:
            return True
    return False


def _of_kind(parts: list, kind: str) -> list:
    """The parties (position, actor) of `kind`."""
    out = []
    for p in parts:
        if p[1].kind == kind:
            out.append(p)
    return out


def _told_with_parties(events: list, types) -> list:
    """The events of one of `types` that have parties."""
    out = []
    for e in events:
        if e.type in types and e.participants:
            out.append(e)
    return out


def _dated_outside(cands: list, shifted, since) -> bool:
    """Is one of the candidates dated in its own clause, by no span of time and not after "sejak"?"""
    for c in cands:
        if c.dated_by == "own" and c.start not in shifted and c.start not in since:
            return True
    return False


def _without_dates(cands: list, times: list, dates) -> tuple[list, list]:
    """The candidates and timexes of none of `dates`."""
    return [c for c in cands if c.date not in dates], [t for t in times if t.value not in dates]


def _met_before(events: list, c: _Cand, shared: int, kind: str | None = None) -> list:
    """The events told of `kind` (else of the type of `c`), dated in their own clause, that happened
    and share at least `shared` parties with `c`."""
    kind = kind or c.type
    names = {n for n, _ in c.participants}
    return [e for e in events if e.type == kind and e.dated_by == "own" and e.status == "occurred"
            and len(names & {n for n, _ in e.participants}) >= shared]


def _apart(backgrounds: list, cands: list, low: str, s, R: Rules) -> list:
    """ "... melalui perjanjian yang diteken pada 2003", "Sehari setelah dilantik pada 17 November, ...":
    the background events with a date of their own (none of `cands` has it), told in a relative clause
    or right after "setelah"; and "Trump sepakat memperpanjang ... setelah
    berbicara melalui telepon dengan Sheinbaum, Kamis": a meeting or call of two that came before the
    news (what comes "sebelum" it may not have happened)."""
    apart = [b for b in backgrounds if b.dated_by == "own" and all(c.date != b.date for c in cands)
             and (_in_relative(low, max2(s.start, b.start - 40), b.start, R)
                  or any(w + " " in R.after_openers for w in low[max2(s.start, b.start - 30):b.start].split()[-3:]))]
    return apart + [b for b in backgrounds if b.type in _OF_THE_DAY and len(b.participants) >= 2 and b not in apart
                    and (low[max2(s.start, b.start - 10):b.start].split() or [""])[-1] + " " in R.after_openers]


def _acting_side(ordered: list, roles: list) -> list:
    """ "dikecam oleh Menteri Pertahanan Ukraina Oleksii Reznikov": the state the one who acts serves is
    on his side, not the one aimed at (its role a participant's, not a target's)."""
    acting = set()
    for _, a in ordered:
        if a.kind == "person" and a.country and (a.name, "initiator") in roles:
            acting.add(a.country)
    if not acting:
        return roles
    out = []
    for n, r in roles:
        out.append((n, "participant" if r == "target" and n in acting else r))
    return out


# How far after a word of speech the news outlet it cites may be named ("menurut survei Bloomberg")
_CITED_REACH = 25


def _followers(text, low, s, cands, sent_times, sent_mentions, R: Rules, state: _State) -> None:
    """ "X berkunjung pada 1970, disusul Y pada 1989": Y's visit, a copy of the event before with Y
    as its initiator and the date after Y."""
    for m in R.followed_by.finditer(low, s.start, s.end):
        before = [c for c in cands if c.end <= m.start() and not c.nominal and c.dated_by == "own"]
        who = _subject(text, sent_mentions, m.end(), min2(s.end, m.end() + 60), R)
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


def _state_named_before(states_at: list, at: int, lo: int):
    """The state named last before `at` and after `lo`, or None."""
    k = bisect.bisect_left(states_at, (at,)) - 1
    return states_at[k][1] if k >= 0 and states_at[k][0] >= lo else None


def _group_right_before(low: str, lo: int, at: int, R: Rules) -> bool:
    """Does a group of those who met ("kedua negara juga") end right at `at`, after `lo`?"""
    m = R.group_subject.search(low, max2(lo, at - 40), at)
    return m is not None and m.end() == at


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


def _compared_since(low: str, lo: int, at: int, R: Rules) -> bool:
    """Do the words right before `at` (not before `lo`) compare with it: a superlative, then
    "since" ("tertinggi sejak 1983")?"""
    words = low[max2(lo, at - 30):at].split()
    return len(words) > 1 and words[-1] in R.since and words[-2] in R.since_compared


def _aside(low: str, s, c: _Cand, R: Rules) -> bool:
    """Is `c` told in a relative clause set off by a comma, an aside on whom the sentence names
    ("Siamak Namazi, yang ditahan sejak 2015, ...")? Its date is no time the story goes on at."""
    lo = max2(s.start, c.start - 40)
    at = low.rfind(R.aside_lead, lo, c.start)
    # (or with the time since before its verb: "Juan Guaido, yang sejak bulan lalu mengklaim ...")
    return at >= 0 and (_in_relative(low, at + 2, c.start, R) or low.startswith(R.since, at + len(R.aside_lead)))


def _remember(state: _State, s, sent_times, subject, date) -> None:
    if date:
        state.para_date[s.paragraph] = date
    elif sent_times and s.paragraph not in state.para_date:
        state.para_date[s.paragraph] = sent_times[-1].value
    if subject is not None:
        state.prev_subject = subject[2]


# How far (in `dates._cost`) a date may stand from a word of speech and still date it: the speaker's
# title, name and audience fit between ("disampaikan Menteri Luar Negeri Mali Abdoulaye Diop di hadapan
# DK PBB pada 16 Juni"); past it the date is of what is said
_SAY_REACH = 75
# ... and past the medium it came through, told between (grammar.SAY_MEDIUM)
_SAY_MEDIUM_REACH = 150

_PURPOSE_REACH = 110    # characters before "untuk" within which the plan of the trip stands

_ELECTION_STATE_REACH = 300     # characters back within which the state named last is the one voting

_TITLED_SPEAKER = 90    # characters after a verb closing a quote within which its speaker may be named

_OCCASION_GAP = re.compile(r",?\s*(?:di\s+)?[\w-]+\s+")      # ", di sela " between a date and the occasion
