"""Actors: the people, countries, organizations and places an article names.

`find_actors(text, lang="id")` returns one Actor for every way the article names it, with its
mentions (pronouns and "kedua negara" included, resolved to the actors they point back to).

How it works, in three passes over the news sentences (boilerplate and bylines skipped):
1. Runs of capitalized words are read left to right: gazetteer entries (countries, seats,
   organizations, places, leaders; longest match), titles ("Presiden Kolombia", "Menteri Luar
   Negeri"), after which the first word that is no ordinary word starts a person's name, and
   head words ("Kementerian ...", "Istana ...", "... Society"). A run that opens mid-sentence
   with an ordinary word ("Operasi Sindoor", "Forum Bisnis") is a named thing, not an actor.
2. Single words are linked to a person named in full ("Petro" -> Gustavo Petro), a title alone
   to the person who holds it ("Presiden Kolombia"), a lone unknown word after "di"/"ke" is a place.
3. Pronouns ("Ia", "dia", "menurutnya", "dirinya") point back to the subject of the sentence
   before (or of their own sentence), "kedua negara" to the last two countries named.

Canonical names come from the gazetteers when the actor is known, so that an actor is the same
across articles; otherwise the fullest form the article uses.

The package: `gazetteer` (the language data compiled), `tokens`, `recognizer` (passes 1 and 2)
and `pronouns` (pass 3); here `find_actors`, which assembles the actors from what they found.
"""
from __future__ import annotations

import bisect
import re
from itertools import repeat
from operator import attrgetter

from ..names import fold, unmarked
from ..text import CLOSING_QUOTE, dateline_length, max2, split_paragraphs
from ..types import Actor, Mention
from .gazetteer import Entry, _key, Lang, listed_aliases, load_lang, seat_names
from .pronouns import _resolve_pronouns
from .recognizer import _Recognizer

__all__ = ["find_actors", "listed_aliases", "load_lang", "seat_names"]


_by_start = attrgetter("start")
_end = attrgetter("end")
_text = attrgetter("text")


def find_actors(text: str, lang: str = "id", sentences=None) -> list[Actor]:
    """The actors of one article, each with its aliases and mentions (see the module doc).
    `sentences`: the article's `split_sentences(text)` when the caller has them already."""
    L = load_lang(lang)
    R = _Recognizer(text, L, sentences)
    R.scan()
    R.pairs_inside_names()
    lows, caps, sents = R.toks.lows, R.toks.caps, R.toks.sents

    actors: dict[str, Actor] = {}
    order: list[str] = []
    entries: dict[str, Entry] = {}

    def actor_for(name: str, kind: str, entry: Entry | None) -> Actor:
        a = actors.get(name)
        if a is None:
            a = Actor(name=name, kind=kind)
            if entry is not None:
                a.aliases = _other_names(entry.aliases, name)
                if entry.kind == "person":
                    a.country, a.title = entry.country, entry.title
                entries[name] = entry
            actors[name] = a
            order.append(name)
        return a

    def alias(a: Actor, surface: str) -> None:
        if surface and surface != a.name and surface not in a.aliases:
            a.aliases.append(surface)

    # "US$3,5 miliar": a country's short name before a currency sign is the currency, no actor;
    # "Baku tembak": a seat's name opening an ordinary compound is that compound
    # (both looked for by C loops over what was found: few articles have either)
    if (L.currency_signs and any(map(R.text.startswith, repeat(L.currency_signs), map(_end, R.found)))) \
            or (L.compounds and not L.compounds.keys().isdisjoint(map(_text, R.found))):
        R.found = [f for f in R.found if not _not_a_name(R.text, f, L)]
    # "Brigjen TNI Armand Sitompul": the armed service after a rank is part of the rank, no actor
    if L.ranks:
        R.found = [f for f in R.found if not (f.kind == "organization" and _after_rank(R.text, f.start, L))]
    # "Bangkok mendeportasi ...", "ditolak Jakarta": a capital known as a venue acts here for its state
    for f in R.found:
        if f.kind == "place" and f.name in L.seat_of and _acting(R.text, f, L):
            state = L.countries.get(L.seat_of[f.name]) or L.gazetteer.get(_key(L.seat_of[f.name]))
            if state is not None:
                f.name, f.kind, f.entry = state.name, state.kind, state
    # a lone word read as a person's name after a title ("Direktur Pertamina") that the article
    # also names as an organization is that organization
    org_names = {f.name for f in R.found if f.kind == "organization"}
    for f in R.found:
        if f.kind == "person" and f.entry is None and " " not in f.name and f.name in org_names:
            f.kind, f.title = "organization", ""
    # a name of several words read as an untitled person's where no place word stands before it,
    # and as a place where one does ("KTT G20 di Museum of Modern Art, Rio de Janeiro", "tiba di Rio de
    # Janeiro"), is that place, unless a title names someone by it
    place_names = {f.name for f in R.found if f.kind == "place" and " " in f.name}
    if place_names:
        titled = {f.name for f in R.found if f.kind == "person" and (f.title or f.entry is not None)}
        for f in R.found:
            if f.kind == "person" and f.entry is None and f.name in place_names and f.name not in titled:
                f.kind, f.title, f.country = "place", "", ""
    # one body the article writes now in capitals, now not ("PT INTI", "PT Inti"): one actor, named
    # in the form that is not all capitals
    unknown_bodies = [f for f in R.found if f.kind == "organization" and f.entry is None]
    bodies: dict[str, str] = {}
    for f in unknown_bodies:
        seen = bodies.setdefault(f.name.casefold(), f.name)
        if seen.isupper() and not f.name.isupper():
            bodies[f.name.casefold()] = f.name
    for f in unknown_bodies:
        f.name = bodies[f.name.casefold()]
    # people named in full but unknown to the gazetteer: a longer form already seen wins
    persons_full: list[Actor] = []
    place_of: dict[int, int] = {}   # id of each of persons_full -> its place there (an Actor's == compares
                                    # every field)
    # each word of their names -> the persons_full holding it: once an article has named many (a digest
    # names thousands), a name is compared only with those sharing a word with it (every test below needs
    # one shared), in their order; before, with each (cheaper than keeping the index)
    by_word: dict[str, dict[int, Actor]] = {}

    def add_full(a: Actor) -> None:
        place_of[id(a)] = len(persons_full)
        persons_full.append(a)
        if len(persons_full) == _INDEXED_FROM:
            for p in persons_full:
                index_words(p)
        elif len(persons_full) > _INDEXED_FROM:
            index_words(a)

    def index_words(a: Actor) -> None:
        for w in _compared(a.name).split():
            by_word.setdefault(w, {})[id(a)] = a

    for f in sorted(R.found, key=_by_start):
        if f.kind == "person" and f.entry is None:
            words = f.name.split()
            if len(words) > 2 and words[0].casefold() in L.honorifics:
                f.name = " ".join(words[1:])    # "Sheikh Abdullah bin Zayed Al Nahyan": the name after the honorific
            # "Anwar" in "Anwar Ibrahim"-like forms: merge with a known full name sharing all tokens
            # (compared without diacritics: "Lopez Obrador" after "Andrés Manuel López Obrador")
            merged = None
            fname = unmarked(f.name)
            if len(persons_full) < _INDEXED_FROM:
                compared = persons_full
            else:
                sharing = {k: p for w in fname.split() for k, p in by_word.get(w, {}).items()}
                compared = sorted(sharing.values(), key=lambda p: place_of[id(p)])
            suffixed = fname.rsplit(None, 1)[-1].casefold() in L.name_suffixes
            for p in compared:
                pname = p.name if p.name.isascii() else unmarked(p.name)     # (`_compared`, inline: the loop is hot)
                if suffixed and pname.rsplit(None, 1)[-1].casefold() not in L.name_suffixes:
                    continue    # "Donald Trump Jr." is not "Donald Trump"
                if fname in pname.split() or fname == pname or pname.endswith(" " + fname):
                    merged = p
                    break
                if pname.startswith(fname + " ") or fname.startswith(pname + " "):
                    merged = p
                    break
                if pname in fname.split() or f" {pname} " in f" {fname} ":
                    merged = p
                    break
                core = [w for w in fname.split() if w.casefold() not in L.honorifics]
                if core and len(core) < len(fname.split()) and set(core) <= set(pname.split()):
                    merged = p          # "Sheikh Mohammed" after "Mohammed bin Abdulrahman Al Thani"
                    break
            if merged is not None:
                a = merged
                if len(f.name) > len(a.name) and a.name not in entries and f.name not in actors:
                    # the fullest form the article uses is the name: "Pri Agung" -> "Pri Agung Rakhmanto"
                    old = a.name
                    del actors[old]
                    actors[f.name] = a
                    order[order.index(old)] = f.name
                    a.name = f.name
                    alias(a, old)
                    if len(persons_full) >= _INDEXED_FROM:
                        index_words(a)
            else:
                a = actor_for(f.name, "person", None)
                add_full(a)
            f.name = a.name
        else:
            a = actors.get(f.name) or actor_for(f.name, f.kind, f.entry)
            if a.kind == "person" and id(a) not in place_of:
                add_full(a)
        if f.kind == "person":
            if f.title and not a.title:
                a.title = f.title
            if f.country and not a.country:
                a.country = f.country
            if f.title:
                alias(a, f"{f.title} {f.text}" if not f.text.startswith(f.title) else f.text)
                if f.country and f.title.endswith(f.country):
                    alias(a, f.title)      # "Presiden Kolombia" names Petro in this article
        elif f.kind == "organization" and f.country:
            head = f.text.split()[0].casefold()
            if not a.country and (head not in L.own_name_heads or head in L.mission_owners):
                a.country = f.country       # (not "Universitas Tokyo": a body of its own, named by its place)
            # "Parlemen Peru": the state is named too, an actor of its own (not in "Universitas Indonesia";
            # a known body's state, "Kementerian Luar Negeri RI", is not told by its name alone)
            entry = L.countries.get(f.country) if f.entry is None and head not in L.own_name_heads else None
            at = next((i for i in (f.text.find(x) for x in (f.country, *entry.aliases)) if i > 0), -1) if entry else -1
            if at > 0:
                state = actor_for(f.country, "country", entry)
                surface = next(x for x in (f.country, *entry.aliases) if f.text.find(x) == at)
                if not any(m.start == f.start + at for m in state.mentions):
                    state.mentions.append(Mention(f.start + at, f.start + at + len(surface), surface))
        if f.text != a.name and f.how != "pronoun":
            alias(a, f.text)
        a.mentions.append(Mention(f.start, f.end, f.text))

    # surname and first-name aliases of people named in full
    token_owner: dict[str, Actor] = {}
    for a in persons_full:
        parts = [p for p in a.name.split() if p[:1].isupper() and p.casefold() not in L.particles]
        if len(parts) >= 2 and a.name not in entries:       # known people have their aliases listed
            words = a.name.split()
            last = _family_name(words, L) or (words[-1] if words[-2] not in L.particles else " ".join(words[-3:]))
            if len(last) > 2:
                alias(a, last)
        for p in parts:
            token_owner.setdefault(fold(p), a)      # (looked up by token lows, folded the same)
        last_word = a.name.rsplit(None, 1)[-1]
        head, dash, rest = last_word.partition("-")
        if dash and head.casefold() in L.particles and rest[:1].isupper() and len(rest) > 2:
            alias(a, rest)                          # "Abdel Fattah al-Sisi" is "Sisi" too
            token_owner.setdefault(fold(rest), a)
        for al in a.aliases:
            if " " not in al:
                token_owner.setdefault(fold(al), a)

    for a in actors.values():
        for al in a.aliases:
            if " " not in al and al.isupper():
                token_owner.setdefault(fold(al), a)
        head, _, rest = a.name.partition(" ")
        if a.kind == "place" and rest and " " not in rest and head.casefold() in L.place_heads:
            token_owner.setdefault(fold(rest), a)   # "Scarborough" after "Dangkalan Scarborough"

    if L.nicknames is not None and any(map(text.__contains__, L.nickname_words)):   # (no closure over `text`)
        _nicknames(text, actors, L, token_owner, alias)

    # "kelompok pemberontak M23", "milisi Wagner": a name right after a group word is an organization
    # (the single words read from the token columns: a `Tok` each would cost a call of Python)
    starts, ends, surfaces = R.toks.starts, R.toks.ends, R.toks.surfaces
    # an acronym in parentheses right after a body's name that no reading of the name took ("Pertemuan Para
    # Pemimpin Forum Kepulauan Pasifik (PIF)", read through a title): the body's, wherever it stands
    for i in R.singles:
        low = lows[i]
        if low in token_owner or not surfaces[i].isupper() or i == 0 or surfaces[i - 1] != "(" \
                or not text.startswith(")", ends[i]):
            continue
        body = next((a for a in actors.values() if a.kind == "organization"
                     for m in a.mentions if m.end + 2 == starts[i]), None)
        if body is not None:
            alias(body, surfaces[i])
            token_owner[low] = body
    for i in R.singles:
        low = lows[i]
        if low not in token_owner and i > 0 and sents[i - 1] == sents[i] and lows[i - 1] in L.group_words \
                and not caps[i - 1]:
            a = actor_for(surfaces[i], "organization", None)
            token_owner[low] = a
    # single unknown words: a surname of someone named, an acronym, or a place after "di"
    for i in R.singles:
        surface = surfaces[i]
        owner = token_owner.get(lows[i])
        if owner is not None:
            alias(owner, surface)
            if not any(m.start == starts[i] for m in owner.mentions):   # (an acronym read with its name)
                owner.mentions.append(Mention(starts[i], ends[i], surface))
            continue
        prev = lows[i - 1] if i > 0 and sents[i - 1] == sents[i] else ""
        if prev in L.place_preps and lows[i] not in L.common and not surface.isupper():
            a = actor_for(surface, "place", None)
            a.mentions.append(Mention(starts[i], ends[i], surface))

    # an ordinary word that is the surname of someone named in full ("Wong" after "Lawrence Wong")
    for i in R.common_singles:
        surface = surfaces[i]
        owner = token_owner.get(lows[i])
        if owner is not None and owner.kind == "person" \
                and surface in (owner.name.rsplit(None, 1)[-1].rpartition("-")[2],   # ("al-Sisi": "Sisi")
                                _family_name(owner.name.split(), L)):                # ("Ban Ki-moon": "Ban")
            alias(owner, surface)
            owner.mentions.append(Mention(starts[i], ends[i], surface))

    # a title alone: the person who holds it in this article; a body the article named before, closing
    # the title ("para pemimpin PIF" after "Forum Kepulauan Pasifik (PIF)"), is named there too
    for f in R.title_only:
        last = f.text.rsplit(None, 1)[-1]
        body = token_owner.get(last.lower()) if len(last) < len(f.text) else None
        if body is not None and body.kind == "organization":
            body.mentions.append(Mention(f.end - len(last), f.end, last))
        if not f.country:
            continue                # a bare "Presiden" names nobody in particular
        holder = None
        for a in persons_full:
            if a.title and f.title.casefold().startswith(a.title.casefold().split()[0]) and \
                    (not f.country or a.country == f.country):
                if f.country or f.title.casefold() == a.title.casefold():
                    holder = a
                    break
        if holder is not None:
            alias(holder, f.text)
            holder.mentions.append(Mention(f.start, f.end, f.text))

    if "/" in text:
        _glossed_bodies(text, actors, alias)
    _short_bodies(actors, entries)
    if L.bare_heads:
        _bare_heads(R.toks, actors, L)
    if L.regime_words:
        _regimes(R.toks, actors, L)
    _resolve_pronouns(R, L, actors)

    for a in actors.values():
        a.mentions.sort(key=_by_start)
        if a.aliases:
            a.aliases = _other_forms(a.aliases, a.name.casefold())
    # a name with no title, in no list, named once: too weak to be a person ("Radio Frequency")
    party_named = _named_after_party(R)
    # ... but one named beside a titled person is a person too ("Pangeran Faisal bin Farhan dan Hossein
    # Amir-Abdollahian")
    titled = [(m.start, m.end) for a in actors.values() if a.kind == "person" and (a.title or a.name in entries)
              for m in a.mentions]
    and_gap, joined = L.and_gap, len(L.and_gap)
    beside = {end + joined for _, end in titled if text.startswith(and_gap, end)} \
        | {start for start, _ in titled if text[max2(0, start - joined):start] == and_gap}

    def weak(a: Actor) -> bool:
        first = a.mentions[0]
        return a.kind == "person" and a.name not in entries and not a.title and len(a.mentions) < 2 \
            and first.start not in party_named and first.start not in beside and first.end + 5 not in beside \
            and not _speaks(text, first, L) and not _introduced(text, first, L) and not _closes_quote(text, first, L) \
            and not _role_after(text, first, L)
    datelines = _datelines(text)

    last_dateline_end = datelines[-1][1] if datelines else -1

    def only_in_dateline(a: Actor) -> bool:
        return a.mentions[-1].start < last_dateline_end \
            and all(any(lo <= m.start < hi for lo, hi in datelines) for m in a.mentions)
    if datelines:
        _dateline_places(text, actors, datelines)
    return [actors[n] for n in order if actors[n].mentions and not weak(actors[n]) and n not in L.regions
            and not only_in_dateline(actors[n])]


def _nicknames(text: str, actors: dict, L: Lang, token_owner: dict, alias) -> None:
    """A nickname told beside a person's name ("Jimmy Cherizier alias Barbecue", "kata Roy, sapaan akrabnya"
    after "Rolliansyah Soemirat"): a name of that person from then on, when no actor has it already."""
    people = sorted((m.start, m.end, a) for a in actors.values() if a.kind == "person" for m in a.mentions)
    for m in L.nicknames.finditer(text):
        after = m.group("after")
        nick = after or m.group("before")
        if nick in actors or fold(nick) in token_owner or nick.casefold() in L.common:
            continue
        told = m.start() if after else m.start("before")
        owner = None
        for start, end, a in people:
            if start >= told:
                break
            if end <= told and (not after or told - end <= L.nickname_reach):
                owner = a
        if owner is not None:
            alias(owner, nick)
            if " " not in nick:
                token_owner[fold(nick)] = owner


def _other_names(aliases: list, name: str) -> list:
    """The aliases other than `name` (apart from `actor_for`, and a loop: a comprehension would hold
    `name` in a cell)."""
    out = []
    for x in aliases:
        if x != name:
            out.append(x)
    return out


def _other_forms(aliases: list, folded_name: str) -> list:
    """The aliases, each once, but those that are the name in another case (a loop: a comprehension
    in `find_actors` would hold the name in a cell)."""
    out = []
    for x in dict.fromkeys(aliases):
        if x.casefold() != folded_name:
            out.append(x)
    return out


def _dateline_places(text: str, actors: dict, datelines: list) -> None:
    """An organization named in capitals where a dateline names its city ("WOODSIDE, KOMPAS.com -" for
    the town, not the firm Woodside): a place in this article."""
    for a in actors.values():
        if a.kind == "organization":
            for m in a.mentions:
                if m.start < datelines[-1][1] and any(lo <= m.start < hi for lo, hi in datelines) \
                        and text[m.start:m.end].isupper() and "." not in text[m.start:m.end]:
                    a.kind = "place"
                    break


def _datelines(text: str) -> list[tuple[int, int]]:
    """The spans of the datelines opening the first paragraphs ("Jakarta, CNN Indonesia --", "TEMPO.CO,
    Jakarta -"): where the story was written, by whom; what is named only there is no actor of it."""
    out = []
    for start, end in split_paragraphs(text[:_DATELINE_HEAD])[:_DATELINE_PARAGRAPHS]:
        n = dateline_length(text[start:end])
        if n:
            out.append((start, start + n))
    return out


_DATELINE_PARAGRAPHS = 6     # a dateline opens one of the first lines (after a headline, a byline)
_DATELINE_HEAD = 1500        # ... within the first characters
_WORD_AFTER = re.compile(r" ([a-z]+)\b")      # the lower-case word right after a name
_NEXT_WORD = re.compile(r" ([a-z]+|[A-Z][a-z]+)\b")     # ... or capitalized, in a Title Case headline ("Baku Tembak")
_WORD_BEFORE = re.compile(r"\b([a-z]+) $")      # the lower-case word right before a name (searched in a window)


# How many people an article names before their names are indexed by word (`find_actors`)
_INDEXED_FROM = 48


def _compared(name: str) -> str:
    """A person's name as names are compared: without diacritics ("Lopez Obrador" is "López Obrador")."""
    return name if name.isascii() else unmarked(name)


def _after_rank(text: str, at: int, L: Lang) -> bool:
    """Does a rank ("Brigjen", "Laksamana") stand right before position `at`, opening a title of
    its own (not "Sekretaris Jenderal PBB")?"""
    before = text[max2(0, at - 30):at].split()
    return bool(before) and text[at - 1] == " " and before[-1].casefold() in L.ranks \
        and (len(before) < 2 or before[-2].casefold() not in L.titles)


def _not_a_name(text: str, f, L: Lang) -> bool:
    """Is what was found at `f` a currency ("US$") or the first word of a compound ("Baku tembak")?"""
    if f.kind == "country" and text.startswith(L.currency_signs, f.end):
        return True
    nxt = _NEXT_WORD.match(text, f.end) if f.text in L.compounds else None
    return nxt is not None and nxt[1].lower() in L.compounds[f.text]


def _acting(text: str, f, L: Lang) -> bool:
    """Does the place found at `f` act, as the subject of a verb of doing ("Jakarta menolak",
    "Jakarta akan menghadapi"), the agent of a passive one ("ditolak Jakarta") or a partner
    ("bekerja sama dengan Jakarta")?"""
    nxt = _WORD_AFTER.match(text, f.end)
    if nxt is not None and nxt[1] in L.acting_adverbs:
        nxt = _WORD_AFTER.match(text, nxt.end())
    if nxt is not None and nxt[1].startswith(L.acting_prefixes) and nxt[1] not in L.city_verbs:
        return True
    prev = _WORD_BEFORE.search(text, max2(0, f.start - 30), f.start)
    return prev is not None and (prev[1] in L.partner_words or (
        bool(L.passive_prefixes) and prev[1].startswith(L.passive_prefixes) and len(prev[1]) > 4))


def _family_name(words: list[str], L: Lang) -> str | None:
    """The family name of a name written family name first ("Mao Ning", "Yoon Suk Yeol"), else None."""
    return words[0] if 2 <= len(words) <= 3 and words[0].casefold() in L.family_first else None


def _short_bodies(actors: dict, entries) -> None:
    """ "Dewan Keamanan PBB ... Dewan Keamanan menolak": a body in no list named by the first words of
    a longer body's name in the same article is that body (its mentions and aliases go over)."""
    bodies = [a for a in actors.values() if a.kind == "organization"]
    for short in bodies:
        if short.name in entries or not short.mentions:
            continue
        head = short.name.casefold() + " "
        longer = [a for a in bodies if a is not short and a.name.casefold().startswith(head)]
        if len(longer) == 1:
            whole = longer[0]
            whole.mentions.extend(short.mentions)
            whole.mentions.sort(key=_by_start)
            whole.aliases.append(short.name)
            short.mentions = []


def _bare_heads(toks, actors: dict, L: Lang) -> None:
    """ "Kongres AS ... memberi penjelasan kepada Kongres": a head word of `L.bare_heads`, capitalized and
    standing alone (no capitalized word beside it), names the one actor of the article whose name opens
    with it."""
    lows, caps, sents = toks.lows, toks.caps, toks.sents
    last = len(lows) - 1
    for low in L.bare_heads.intersection(lows):        # (most articles hold none: no loop of Python
        head = low + " "                                # over every token)
        named = [a for a in actors.values() if a.kind in ("organization", "person") and a.mentions
                 and a.name.casefold().startswith(head)]
        if len(named) != 1:
            continue
        for i in _indexes(lows, low):
            if caps[i] and not (i < last and caps[i + 1] and sents[i + 1] == sents[i]) \
                    and not (i > 0 and caps[i - 1] and sents[i - 1] == sents[i] and not toks.firsts[i]):
                named[0].mentions.append(Mention(toks.starts[i], toks.ends[i], toks.surfaces[i]))
        named[0].mentions.sort(key=_by_start)


# A body's name glossed in English with its acronym: "Penjaga Pantai China (China Coast Guard/CCG)"
_GLOSS = re.compile(r" \(([A-Z][^()/]{2,80})/([A-Z][A-Z0-9]{1,9})\)")


def _glossed_bodies(text: str, actors: dict, alias) -> None:
    """ "Penjaga Pantai China (China Coast Guard/CCG) ... kapal CCG": the English name and the acronym
    in the parenthesis after a body's name are that body's (no state or body of their own is named
    inside), and the acronym alone names it from then on."""
    for a in [a for a in actors.values() if a.kind == "organization"]:
        for m in list(a.mentions):
            g = _GLOSS.match(text, m.end)
            if g is None:
                continue
            lo, hi = g.start(), g.end()
            for b in actors.values():
                if b is not a and b.mentions:
                    b.mentions = [x for x in b.mentions if not lo <= x.start < hi]
            english, acronym = g[1].strip(), g[2]
            alias(a, english)
            alias(a, acronym)
            seen = {x.start for x in a.mentions}
            for w in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text):
                if w.start() not in seen and not any(x.start <= w.start() < x.end for b in actors.values()
                                                      for x in b.mentions):
                    a.mentions.append(Mention(w.start(), w.end(), acronym))
            a.mentions.sort(key=_by_start)


def _regimes(toks, actors: dict, L: Lang) -> None:
    """ "junta militer Myanmar ... junta menolak": a regime's word alone names the state named right
    after the last such word before it (in its sentence, a word or two on: "junta militer Niger")."""
    lows, caps, sents, starts = toks.lows, toks.caps, toks.sents, toks.starts
    states = {m.start: a for a in actors.values() if a.kind == "country" for m in a.mentions}
    current = None
    for i in sorted(i for word in L.regime_words for i in _indexes(lows, word)):
        named = next((states[starts[j]] for j in range(i + 1, min(i + 3, len(lows)))
                      if sents[j] == sents[i] and starts[j] in states), None)
        if named is not None:
            current = named
        elif current is not None and not (i + 1 < len(lows) and caps[i + 1] and sents[i + 1] == sents[i]):
            current.mentions.append(Mention(starts[i], toks.ends[i], toks.surfaces[i]))
            current.mentions.sort(key=_by_start)


def _indexes(items: list, item):
    """The indexes of `item` in `items`, found by list.index (a C scan) rather than a loop of Python."""
    i = -1
    while True:
        try:
            i = items.index(item, i + 1)
        except ValueError:
            return
        yield i


_SPEAKS = re.compile(r",? (?:dari (?:[A-Z][\w-]*|dan) (?:[A-Z(][\w()-]* |dan )*)?,? ?([a-z]+)\b")


def _speaks(text: str, m: Mention, L: Lang) -> bool:
    """Is the name of two words or more at `m` followed by a verb only a person does, right after it,
    after a comma ("..., Andreas Simanjuntak, menilai") or after "dari <Body>" ("Tamar Kiknadze dari
    Asosiasi Pengacara Muda Georgia mengatakan")?"""
    if " " not in m.text or not L.person_verbs:
        return False
    verb = _SPEAKS.match(text, m.end)
    return verb is not None and verb[1] in L.person_verbs


_QUOTE_CLOSED = re.compile(CLOSING_QUOTE + r" ?([a-z]+) $")


def _closes_quote(text: str, m: Mention, L: Lang) -> bool:
    """Is the name of two words or more at `m` the speaker a quote closes on ('"...," kata Budi
    Mundakir', '"...?" tanya Faisal Basri')?"""
    if " " not in m.text or not L.quote_closers:
        return False
    said = _QUOTE_CLOSED.search(text, max2(0, m.start - 16), m.start)
    return said is not None and said[1] in L.quote_closers


_CLAUSE_BREAK = re.compile(r'[.;:!?"“”()\n]')


def _introduced(text: str, m: Mention, L: Lang) -> bool:
    """Is the name of two words or more at `m` introduced as a person's: by a word of kin or role up
    to three words before it ("istri Castillo, Lilia Paredes", "menggantikan Alberto Fernandez"), or
    by a title parted from it by ordinary words ("dokter klinik tersebut, Naw Htoo Paw", "juru bicara
    kementerian Nikorndej Balankura"), not by a word naming a thing ("latihan ... bertajuk")?"""
    if " " not in m.text or not L.person_cues:
        return False
    before = text[max2(0, m.start - 80):m.start]
    cut = max((x.end() for x in _CLAUSE_BREAK.finditer(before)), default=0)
    words = before[cut:].replace(",", " ").split()[-4:]
    if words and words[-1].casefold() in L.thing_namers:
        return False
    ordinary = True         # only ordinary words so far between the word and the name
    for i, w in enumerate(reversed(words)):
        low = w.casefold()
        base = low[:-3] if low.endswith("nya") else low
        if low in L.person_cues or base in L.person_cues:
            return True
        if ordinary and i > 0 and (low in L.titles or base in L.titles):
            return True
        ordinary = ordinary and w.islower()
    return False


def _role_after(text: str, m: Mention, L: Lang) -> bool:
    """Is the name of two words or more at `m` set off by a role right after it ("mengusir Pavan Kumar
    Rai, diplomat India yang ...", "Joseph Kabila, mantan presiden Kongo")?"""
    if " " not in m.text:
        return False
    found = _ROLE_AFTER.match(text, m.end)
    if found is None:
        return False
    low = found.group(1).casefold()
    base = low[:-3] if low.endswith("nya") else low
    return low in L.titles or base in L.person_cues or base in L.titles


_ROLE_AFTER = re.compile(r",\s+(?:seorang\s+|sang\s+|mantan\s+|eks\s+)?([a-z]+)\b")


def _named_after_party(R: _Recognizer) -> set[int]:
    """Starts of unknown names of two words or more right after a country or an organization of
    the same run ("utusan khusus PBB untuk Yaman Hans Grundberg"): the party introduces them."""
    out = set()
    found = sorted(R.found, key=_by_start)
    starts, lows, sents = R.toks.starts, R.toks.lows, R.toks.sents
    for prev, f in zip(found, found[1:]):
        if f.kind == "person" and f.entry is None and " " in f.text and prev.kind in ("country", "organization") \
                and R.text[prev.end:f.start] == " ":
            i = bisect.bisect_left(starts, prev.start)
            if any(lows[x] in R.L.titles or lows[x] in R.L.counterparts for x in range(max2(0, i - 6), i)
                   if sents[x] == sents[i]):
                out.add(f.start)        # a role a few words before: "utusan khusus"
    return out
