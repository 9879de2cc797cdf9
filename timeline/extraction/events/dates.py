"""When an event happened: which timex of its sentence governs a trigger (`_cost`, `_govern`),
spans counted from a date or from an event told ("tiga hari setelah ..."), the dates of quotes
and of occasions, and how the dates of two mentions compare."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ..resolve import shift
from ..text import max2, min2
from ..types import period_of, precision_of, Timex
from .candidates import FAMILIES, _latest_first
from .rules import Rules


_CLOSING = re.compile(r"[\s\w]{0,25}[.!?\"”]*\s*")
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


def _in_part(outer: Timex, value: str | None) -> bool:
    """Is `value` inside the part of `outer`'s period its mod names: "akhir bulan ini" (END) is
    the last third of the month, not the 18th of it; "awal tahun" (START) the first third.

    >>> _in_part(Timex(0, 15, "akhir bulan ini", "DATE", "2014-11", "END"), "2014-11-18")
    False
    >>> _in_part(Timex(0, 15, "akhir bulan ini", "DATE", "2014-11", "END"), "2014-11-27")
    True
    """
    told, inner = _part_of(outer), _period(value) if value is not None else None
    return told is None or inner is None or (told[0] <= inner[0] and inner[1] <= told[1])


def _part_of(t: Timex) -> tuple[dt.date, dt.date] | None:
    """The days of the part of its period a timex with a mod names (None without one).

    >>> _part_of(Timex(0, 15, "akhir bulan ini", "DATE", "2014-11", "END"))
    (datetime.date(2014, 11, 21), datetime.date(2014, 11, 30))
    """
    whole = _period(t.value) if t.mod in ("START", "MID", "END") and t.value else None
    if whole is None:
        return None
    third = (whole[1] - whole[0]) / 3
    lo = {"START": whole[0], "MID": whole[0] + third, "END": whole[1] - third}[t.mod]
    return lo, min2(whole[1], lo + third + dt.timedelta(days=1))


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


def _destination(at: int, state) -> str | None:
    """The actor an event word ending at `at` is done to or goes to: named right after it ("menyerang
    Pakistan") or after "ke" within a few words ("kunjungan Orban ke Beijing": China)."""
    to = state.low.find(" ke ", at, at + 30)
    if to >= 0 and (gone := next((a.name for a in state.by_name.values() for m in a.mentions if m.start == to + 4),
                                 None)) is not None:
        return gone
    return next((a.name for a in state.by_name.values() for m in a.mentions if at < m.start <= at + 2), None)


def _from_told(entry: tuple, matches: list, state, R: Rules) -> str | None:
    """The date of a span counted from an event named right after it and told before ("Sehari
    setelah penandatanganan", "Pada hari yang sama dengan penandatanganan"), or None. The span's
    timex takes that date as its value."""
    at, unit, n, timex = entry
    named = _trigger_at(matches, at)
    if named is not None:
        word, kind = named.group(), R.row_of[named.lastgroup][0]
    else:   # "pemungutan suara": a noun that is no trigger names a kind of event too (`R.told_kind_nouns`)
        noun_at = at + 1 if state.low.startswith(" ", at) else at
        word, kind = next(((noun, k) for noun, k in R.told_kind_nouns if state.low.startswith(noun, noun_at)),
                          (None, None))
    date = None
    if word is not None:
        head = word.split()[0]
        # the last event of its kind dated in its own clause, one told with the same word first ("sebelum KTT"),
        # no thing only supposed; after (n > 0) one that took place before one planned ("Sehari setelah
        # pemilu" is not after the "pemilu pekan depan" of a court's ruling)
        last, rank = None, None
        dest = _destination((at + 1 if state.low.startswith(" ", at) else at) + len(word), state)
        for _, e in _latest_first([state.of_type.get(t, []) for t in FAMILIES.get(kind, (kind,))]):
            if e.dated_by == "own" and e.status != "hypothetical":
                r = (dest is not None and all(p != dest or role == "initiator" for p, role in e.participants),
                     not any(x.trigger.casefold().startswith(head) for x in (e, *e.evidence)),
                     n > 0 and e.status != "occurred")
                if rank is None or r < rank:
                    last, rank = e, r
                    if not any(r):
                        break
        if last is not None and not (unit == "H" and last.status != "occurred"):
            date = last.date    # (hours from a thing still ahead: not this one)
        if rank is None or any(rank):
            # "... pascapemilu 28 Juli. ... Sehari setelah pemilu, ...": the day written right after its noun
            date = _labelled_day(word, at, state) or date
    if date is None:
        # "Sehari sebelum pemanggilan": the day "memanggil" was told; "Sehari sebelum bentrokan": the
        # day of "Bentrokan pecah pada Kamis (24/7)", no event of the kind dated by its own words
        date = _verb_told(at, state, R)
        if date is None and state.lead_date and state.low.startswith(R.generic_event_nouns, at):
            date = state.lead_date[:10]     # "hari yang sama dengan insiden": the news of the day
    if date is not None and n and unit != "H":
        date = _moved(date, unit, n)
    if date is not None:
        timex.value, timex.type, timex.mod = date, "DATE", None
    return date


def _labelled_day(noun: str, at: int, state) -> str | None:
    """The day written right after `noun` (or a word ending in it) last before `at`: "pascapemilu 28
    Juli", "pemilu pada 28 Juli"; or None."""
    low = state.low
    for t in reversed(state.times):
        if t.start >= at or t.type != "DATE" or _precision(t.value) != "day":
            continue
        before = low[max2(0, t.start - len(noun) - 12):t.start].rstrip()
        if before.endswith(" pada"):
            before = before[:-5].rstrip()
        if before.endswith(noun):
            return t.value[:10]
    return None


def _verb_told(at: int, state, R: Rules) -> str | None:
    """The day of "hari yang sama dengan pembukaan", "sehari sebelum pemanggilan": that of the last
    sentence before that tells its verb or names the noun with a day ("Raja Charles membuka KTT pada
    Jumat (25/10)", "Pemanggilan dilakukan ... Senin (23/1/2023)"), or None."""
    noun = R.noun_of_verb.match(state.low, at) if R.noun_of_verb is not None and R.verb_of_noun else None
    if noun is not None:
        word = noun.group().strip()
        passive = "|" + R.passive_of_noun(noun.group(1)) if R.passive_of_noun is not None else ""
        told = re.compile(R.verb_of_noun.format(re.escape(noun.group(1))) + passive + "|" + re.escape(word))
    elif R.ke_noun is not None and (noun := R.ke_noun.match(state.low, at)) is not None:
        told = re.compile(r"\b(?:" + re.escape(noun.group(1)) + "|" + re.escape(noun.group().strip()) + r")\b")
    elif R.told_noun is not None and (noun := R.told_noun.match(state.low, at)) is not None:
        told = re.compile(r"\b" + re.escape(noun.group(1)) + r"\b")
    else:
        return None
    for found in reversed(list(told.finditer(state.low, 0, noun.start()))):
        s = next((s for s in state.sentences if s.start <= found.start() < s.end), None)
        days = [t for t in state.times if s is not None and s.start <= t.start < s.end and t.type == "DATE"
                and _precision(t.value) == "day"]
        if days:
            return min(days, key=lambda t: abs(t.start - found.start())).value[:10]     # the day, not "malam"
    return None


def _trigger_at(matches: list, at: int):
    """The trigger match starting at `at` or a space or two after it ("Di sela KTT"), or None (`matches`
    in the order of the text)."""
    i = bisect.bisect_left(matches, at, key=re.Match.start)
    return matches[i] if i < len(matches) and matches[i].start() <= at + 2 else None


def _occasion_date(at: int, found: list, state, R: Rules) -> str | None:
    """The date of the occasion a paragraph opener names right after `at` ("Di sela KTT, ..."): that
    of the last meeting told with the same word, when it has a date of its own."""
    named = _trigger_at(found, at)
    if named is None or R.row_of[named.lastgroup][0] != "meeting":
        return None
    head = named.group().split()[0]
    told = next((e for _, e in _latest_first([state.of_type.get("meeting", [])]) if e.dated_by == "own"
                 and any(x.trigger.casefold().startswith(head) for x in (e, *e.evidence))), None)
    return told.date if told else None


def _tells_future(low: str, t: Timex, R: Rules) -> bool:
    """Does a FUTURE_REF tell the time of an event ("di masa depan", "dalam waktu dekat"), rather
    than name a thing ("komunitas masa depan bersama")?"""
    if not low.startswith(R.future_nouns, t.start):
        return True
    before = low[max2(0, t.start - 12):t.start].split()
    return bool(before) and before[-1] in R.future_lead


_SPAN_VALUE = re.compile(r"P(\d+)([DWMY])")
_HOURS_VALUE = re.compile(r"PT(?:\d+|X)[HM]")     # "Beberapa jam", "Dua jam": the same day


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
        if named & speakers or (named and R.told_of(said.group())):     # "ujarnya": the one told of
            out[s.start] = dated[0].value
    return out


def _span_dates(low: str, timexes: list[Timex], times: list[Timex], sentences, R: Rules,
                spans_from_told: dict | None = None, spans_from_ref: list | None = None,
                spans_valued: dict | None = None) -> list:
    """Clauses dated by a span of time from the date of their sentence: "Senin (26/2), tiga hari
    setelah Kristersson menemui Orban" puts the meeting on 23/2. (start, end, date) each. A sentence
    without a date that opens with a span ("Sehari setelah penandatanganan, ...") goes into
    `spans_from_told`: {sentence start: (where the event named follows, unit, signed amount, the
    timex)}; so does a day "yang sama dengan" an event named ("Pada hari yang sama dengan
    penandatanganan, ...": amount 0), and hours ("Beberapa jam setelah pemungutan suara, ...": unit "H",
    the day of a thing done). A span inside a sentence with no date before it ("Pertemuan
    itu berlangsung tiga hari setelah DPR mengesahkan ...") goes into `spans_from_ref`: (start, end,
    unit, signed amount) of the clause it dates, counted from the event the sentence refers to; and into
    `spans_valued` ({sentence start: as in `spans_from_told`}), whose own value only is counted from the
    event it names ("Navalny meninggal ... sebulan sebelum pemungutan suara": a month before the vote)."""
    if R.span_marker is None:
        return []
    if spans_from_told is None:
        spans_from_told = {}
    out = []
    time_ends = [a.end for a in times]      # (in order: times do not overlap)
    for t in timexes:
        same = R.same_day_as.match(low, t.start) if R.same_day_as is not None and t.type == "DATE" and (
            R.same_day_heads is None or low.startswith(R.same_day_heads, t.start)) else None
        if same is not None and same.end() >= t.end:
            k = bisect.bisect_right(time_ends, t.start)      # (the time told last before it: its gap only
            if k and not low[times[k - 1].end:t.start].strip(" ,"):     # is read, not every one's)
                continue    # "pada 15 Agustus, hari yang sama dengan pertemuannya ...": that date told
            s = next((s for s in sentences if s.start <= t.start < s.end), None)
            if s is not None:
                spans_from_told.setdefault(s.start, (same.end(), "D", 0, t))
            continue
        amount = _SPAN_VALUE.fullmatch(t.value or "") if t.type == "DURATION" else None
        hours = amount is None and t.type == "DURATION" and _HOURS_VALUE.fullmatch(t.value or "") is not None
        marker = R.span_marker.match(low, t.end) if amount or hours else None
        if marker is None or low[max2(0, t.start - 12):t.start].rstrip().endswith(R.span_lasting):
            continue
        s = next((s for s in sentences if s.start <= t.start < s.end), None)
        if s is None:
            continue
        if t.start == s.start and not any(s.start <= a.start < s.end for a in times):
            # "Sehari setelah penandatanganan, Somalia menarik ...": counted from the event told
            if hours:       # "Beberapa jam setelah pemungutan suara, ...": on the day of the vote
                spans_from_told[s.start] = (marker.end(), "H", -1 if marker.group("before") else 1, t)
                continue
            n = int(amount.group(1)) * (-1 if marker.group("before") else 1)
            spans_from_told[s.start] = (marker.end(), amount.group(2), n, t)
            continue
        if hours:
            continue        # hours inside a sentence: counted from nothing told
        if spans_valued is not None and not any(s.start <= a.start < s.end for a in times):
            spans_valued.setdefault(s.start, (marker.end(), amount.group(2),
                                              int(amount.group(1)) * (-1 if marker.group("before") else 1), t))
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
            elif not before and after and after[0].start < end and t.start - s.start > _SPAN_OPENS \
                    and amount.group(2) == "D":
                # "Petro mengkritik Israel sehari setelah serangan Hamas pada 7 Oktober 2023": the date is
                # of the event the span names; the main clause before the span is that date moved (by
                # days only: "enam pekan setelah ..." is a round figure)
                main = _moved(after[0].value, amount.group(2), -n)
                if main is not None:
                    out.append((s.start, t.start, main))
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
        if any(marker.end() <= a.start < end for a in times):
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


_LABEL_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}$")
_RANGE_FIRST = re.compile(r"(?:1[89]|20)\d\d\s*[-–—]\s*$")      # "2024-" before "2028"
_RANGE_LAST = re.compile(r"\s*[-–—]\s*(?:1[89]|20)\d\d(?!\d)")     # "-2028" after "2024"


def _label(text, t, lead_words) -> tuple[int, bool] | None:
    """ "Ketua ASEAN 2025", "KTT G20 2024", "Kerangka Kerja Sama ASEAN-GCC 2024-2028": a bare
    year, or a year of a range, right after a name labels the name. Where the label's years
    start and whether they are a range (the span the named thing covers), or None."""
    if len(t.text) != 4 or _LABEL_YEAR.fullmatch(t.text) is None or t.start < 2:
        # (its length first: most timexes are no bare year) "keketuaan BRICS tahun 2025": a name's year too
        if not (len(t.text) == 10 and t.text.startswith("tahun ") and _LABEL_YEAR.fullmatch(t.text, 6)
                and _NAME_BEFORE.search(text, max2(0, t.start - 60), t.start)):
            return None
    at, span = t.start, _RANGE_LAST.match(text, t.end) is not None
    if text[at - 1] in "-–—" or text[at - 2] in "-–—":
        r = _RANGE_FIRST.search(text, max2(0, at - 8), at)
        if r is not None:
            at, span = r.start(), True
    m = _NAME_BEFORE.search(text, max2(0, at - 60), at)
    if m is None or text[max2(0, at - 30):at].split()[-1].lower() in lead_words:
        return None
    return at, span


def _cost(text, s, start, end, t, opening_end, R: Rules, since: bool = True, since_lead: int = -1) -> int:
    """What it costs for timex `t` to date the trigger at [start, end) of sentence `s`: the distance
    between them, and more across a clause's edge; the cheapest dates it (see `_govern`). `since`:
    the sentence may say "sejak" (else no first since is looked for in it); `since_lead`: the comma
    closing the sentence's opening "Sejak ...," clause, or -1."""
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
        dist = max2(0, t.start - end)
    commas = gap.count(",") + gap.count(";") * 2
    if commas == 1 and t.start > end and R.audience is not None and R.audience.fullmatch(gap.lower()):
        commas = 0              # "mengatakan kepada wartawan, kemarin, ...": the date is the verb's
    cost = dist + 50 * commas
    if t.end <= start and R.after_gap is not None and R.after_gap.fullmatch(gap.lower()):
        cost += 200             # "dicapai pada Rabu (22/11) setelah perundingan": Wednesday is the verb's
    if t.start > end and R.until_gap is not None and R.until_gap.search(gap[-30:].lower()):
        cost = min2(cost + 200, 350) if cost <= 350 else cost   # "menangguhkan perundingan aksesi hingga
                                # 2028 pada 28 November": the end, unless the clause tells no other date
    if t.end <= start and R.and_gap is not None and R.and_gap.match(gap.lower()):
        cost += 100             # "terbang ke Abu Dhabi hari ini dan bertemu X besok": today is the flight's
    if t.end <= start and R.relative_object is not None:
        y = text.rfind(R.relative_mid, s.start, t.start)
        rel = R.relative_object.match(text, y + 1) if y >= 0 else None
        if rel is not None and rel.end() <= t.start and "," not in text[y:start]:
            cost += 150         # "Nota yang diteken pada 1 Januari juga dikecam ... keesokan harinya":
                                # the date is the relative clause's
        elif _in_aside(text, s.start, t, start, R):
            cost += 300         # "Nijjar, warga Kanada yang dicap teroris pada 2020, ditembak mati ... pada
                                # 18 Juni", "Presiden Joko Widodo, yang masa jabatannya berakhir pada 20
                                # Oktober mendatang, juga meminta ...": the aside's date, set off by commas
    if end <= since_lead < t.start:
        return 1000             # "Sejak larangan ekspor berlaku, nilai ekspor ... pada 2017": the main
                                # clause's date, after the opening clause of time the trigger is in
    if t.start > end and since and R.first_since is not None and R.first_since.search(gap.lower()):
        return 1000             # "tatap muka pertama keduanya sejak Biden menjabat pada Januari 2021"
    if t.start > end and R.relative.search(gap):
        word = text[start:end].lower()
        if (word.startswith(R.verbal_prefixes) or word.split()[0] in R.verbal_words) \
                and (rel := R.relative_object.search(gap)) is not None and not rel.group().endswith(R.relative_stative):
            # "sepakat memulihkan jalur yang terputus sejak Agustus", "sepakat mempercepat perjanjian
            # yang diteken pada Agustus 2024": the relative clause tells of the verb's object, not
            # when the verb happened ("hubungan ... yang terjalin sejak 1949" is the noun's own)
            return 1000
        if not R.relative_held.search(gap):
            cost += 80
    if opening_end is not None and t.end <= opening_end and start > opening_end \
            and text.find(R.that_word, opening_end, start) < 0:
        cost = min2(cost, 30)       # (not past "bahwa": what is said may have a date of its own)
    elif t.start > end and _closes_sentence(text, s, t):
        cost = min2(cost, 40)        # "..., Rabu (12/3/2025)." closes the sentence and dates its verb
    return cost


def _closes_sentence(text: str, s, t) -> bool:
    """Does the date t close the sentence s, set off by a comma ("..., Rabu (12/3/2025).", "...,
    pada Kamis (2/3)")? Such a date is the main verb's, wherever the verb's clause ends."""
    return _CLOSING.fullmatch(text, t.end, s.end) is not None \
        and text[s.start:t.start].rstrip().endswith((",", ", pada"))


def _coordinated(low: str, gov: Timex, sent_times: list[Timex], R: Rules) -> list[Timex]:
    """The dates joined to `gov` by "dan", "serta" or a comma ("pada 10 dan 17 Oktober"), of its precision."""
    out, last = [], gov
    for t in sent_times:
        if t.start < last.end:
            continue
        if R.and_date is None or R.and_date.fullmatch(low, last.end, t.start) is None or _precision(t.value) != _precision(gov.value) \
                or t.value == gov.value or _period(t.value) == _period(gov.value):
            break           # ("pagi ini, Selasa (29/7)": one day told twice)
        out.append(t)
        last = t
    return out


def _in_aside(text: str, lo: int, t, at: int, R: Rules) -> bool:
    """Is timex `t` inside an aside set off by commas, holding a relative clause before it and closing
    before the trigger at `at` ("Nijjar, warga Kanada yang dicap teroris pada 2020, ditembak ...",
    "Presiden Joko Widodo, yang masa jabatannya berakhir pada 20 Oktober mendatang, juga meminta
    ..."): the aside's date, not the trigger's? (Not an aside telling how the words came: "Bayraktar,
    yang dihubungi Anadolu kemarin, mengatakan ...")"""
    comma = text.rfind(",", lo, t.start)
    if comma < 0 or text.find(",", t.end, at) < 0 or (R.medium_aside is not None and R.medium_aside.match(text, comma)):
        return False
    y = text.find(R.relative_word, comma, t.start)
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
