"""The language data actors are read with (lang/<code>/countries.py, organizations.py,
places.py, leaders.py, titles.py, pronouns.py and the common words of lexicon_common.txt),
compiled once per language into `Lang`: the gazetteer keyed by folded tokens, the titles, the
particles of names, the ordinary words."""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..names import fold


_TOKEN = re.compile(r"[^\W_]+(?:[.'’\-][^\W_]+)*(?:\+(?![^\W_]))?\.?|[()]")     # ("OPEC+" is a name)


@dataclass
class Entry:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str = ""
    title: str = ""


@dataclass
class Lang:
    gazetteer: dict            # tuple of case-folded tokens -> Entry
    exact_case: set            # surface forms that must match with their exact case ("AS")
    exact_folded: frozenset    # the same, case-folded
    longest: int
    prefixes: frozenset        # every proper prefix of a gazetteer key: where a longer match may go on
    first_words: frozenset     # the first token of every gazetteer key: where a match may start
    common: frozenset
    titles: frozenset
    honorifics: frozenset
    then_words: frozenset
    title_words: frozenset
    address_words: frozenset
    not_names: frozenset
    org_heads: frozenset
    government_words: frozenset
    group_words: frozenset
    place_heads: frozenset
    place_preps: frozenset
    particles: frozenset
    pair_refs: dict
    subject_pronouns: frozenset
    clitic_words: frozenset
    group_pronouns: frozenset
    pronouns: frozenset         # subject_pronouns | clitic_words: a person's
    any_pronouns: frozenset     # ... | group_pronouns
    not_actor_before: tuple
    countries: dict = field(default_factory=dict)   # canonical -> Entry
    pair_rx: re.Pattern | None = None
    pair_dua: bool = False                   # every pair reference opens with one of count_words (or "ke" + it)
    count_words: tuple = ()
    name_words: frozenset = frozenset()      # titles.NAME_WORDS: ordinary words a name holds after its first
    sides_refs: frozenset = frozenset()      # titles.SIDES_REFERENCES ("kedua pihak")
    sides_opener: str = ""                   # titles.SIDES_OPENER ("antara")
    sides_other: tuple = ()                  # titles.SIDES_OTHER: words before it that tell another pair
    mediator_words: tuple = ()               # titles.MEDIATOR_WORDS: a pair told after one brokers, no side
    and_gap: str = "\0"                      # titles.AND_WORD between spaces: the gap of two names joined
    nicknames: re.Pattern | None = None      # titles.NICKNAMES: a person's nickname told beside the name
    nickname_reach: int = 0
    nickname_words: tuple = ()               # titles.NICKNAME_WORDS: one of them is in every nickname told
    subordinators: frozenset = frozenset()   # pronouns.py: see there
    name_abbreviations: frozenset = frozenset()  # titles.py: see there
    name_suffixes: frozenset = frozenset()  # titles.NAME_SUFFIXES: "Jr" after a name makes another person's
    bare_heads: frozenset = frozenset()     # titles.BARE_HEADS: "Kongres" alone after "Kongres AS"
    regime_words: frozenset = frozenset()   # titles.REGIME_WORDS: "junta" alone after "junta Myanmar"
    ranks: frozenset = frozenset()
    seat_of: dict = field(default_factory=dict)        # places.py: see there
    regions: frozenset = frozenset()                   # places.py REGIONS: recognized, never reported
    own_name_heads: frozenset = frozenset()            # titles.py OWN_NAME_HEADS
    mission_owners: dict = field(default_factory=dict)  # titles.py MISSION_OWNERS
    numbered_bodies: frozenset = frozenset()           # titles.py NUMBERED_BODIES
    org_name_joins: frozenset = frozenset()            # titles.py ORG_NAME_JOINS
    list_titles: frozenset = frozenset()               # titles.py LIST_TITLES
    head_titles: frozenset = frozenset()               # titles.py HEAD_TITLES
    city_verbs: frozenset = frozenset()
    acting_prefixes: tuple = ()
    acting_adverbs: frozenset = frozenset()
    currency_signs: tuple = ()               # countries.py CURRENCY_SIGNS
    person_verbs: frozenset = frozenset()    # titles.py PERSON_VERBS
    styles: dict = field(default_factory=dict)  # titles.py STYLES: first word -> the styles it opens, longest first
    person_cues: frozenset = frozenset()     # titles.py PERSON_CUES
    quote_closers: frozenset = frozenset()   # triggers.py QUOTE_CLOSERS
    thing_namers: frozenset = frozenset()    # titles.py THING_NAMERS
    compounds: dict = field(default_factory=dict)   # countries.py COMPOUNDS
    family_first: frozenset = frozenset()        # titles.py FAMILY_NAME_FIRST
    no_title_verbs: tuple = ()               # titles.py NO_TITLE_VERB_PREFIXES
    demonstratives: tuple = ()               # pronouns.py GROUP_DEMONSTRATIVES ("itu", "tersebut")
    title_relatives: frozenset = frozenset()  # titles.py TITLE_RELATIVES
    passive_prefixes: tuple = ()
    partner_words: frozenset = frozenset()
    group_sizes: dict = field(default_factory=dict)   # the references to three or four parties -> how many
    counterparts: frozenset = frozenset()    # "mitranya": a role word before a party and a name
    portfolio: re.Pattern | None = None      # a derived noun that belongs to a title ("Pelindungan")
    place_preps_names: frozenset = frozenset()  # place_preps before an unknown name of several words
    group_nouns: tuple = ()                  # "blok", "kelompok": with one of group_tails after it ("blok itu",
    group_tails: tuple = ()                  # "blok regional tersebut"), the last organization named
    definite: str = ""                       # pronouns.DEFINITE: "sang presiden" is the president last named
    office_phrases: dict = field(default_factory=dict)  # pronouns.OFFICE_PHRASES: "Kepala Negara"
    summit_leaders: dict = field(default_factory=dict)  # "para pemimpin" -> ("ktt", ...): the body named
                                             # right after the last of those words that names one
    summit_reach: int = 0
    summit_lookback: int = 0
    dan_next: frozenset = frozenset()        # words right after an inner "dan" of a gazetteer key ("tobago")
    body_titles: frozenset = frozenset()     # "Direktur Utama <body> <name>": titles of a post in a body
    body_title_modifiers: frozenset = frozenset()   # "Utama", "Eksekutif": leave the body unnamed
    given_names: frozenset = frozenset()     # "Muhammad": opens a person's name, never a body's
    not_person: frozenset = frozenset()     # words no person's name holds ("street", "markets", "outlook")
    market_words: frozenset = frozenset()   # ... a market's or a traded good's ("intermediate", "exchange")
    name_joins: frozenset = frozenset()     # lower-case words inside an English name ("Institute for ...")
    name_articles: tuple = ()               # "al-", "el-": an article before a capital inside a name
    doc_heads: frozenset = frozenset()       # "Deklarasi Jeddah", "Perjanjian Paris": a named document, no actor
    company_words: frozenset = frozenset()   # "perusahaan pertahanan Turki Baykar": a company's name after it
    company_marks: frozenset = frozenset()   # "PT": what opens a company's name
    company_tails: frozenset = frozenset()   # "Airlines": what ends one ("Azerbaijan Airlines")
    ship_prefixes: frozenset = frozenset()   # "BRP Sierra Madre": a ship, no actor
    ship_words: frozenset = frozenset()      # "kapal survei Oruc Reis": the same
    thing_heads: frozenset = frozenset()     # "Perang Teluk": a war's name, no place
    heads: dict = field(default_factory=dict)   # first token of a key -> ((its entry, 1) or None, longer keys start with it)
    trie: dict = field(default_factory=dict)    # the keys word by word: word -> (entry or None, {next word: ...} or None)

    def is_portfolio(self, low: str) -> bool:
        """Is the lower-cased word a derived noun that belongs to a title ("pemasyarakatan")?"""
        return self.portfolio is not None and self.portfolio.fullmatch(low) is not None


def _key(surface: str) -> tuple[str, ...]:
    return tuple(map(fold, _TOKEN.findall(surface)))


def _styles(styles) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Styles by their first word, longest first.

    >>> _styles(["tan sri", "datuk", "datuk seri"])["datuk"]
    (('datuk', 'seri'), ('datuk',))
    """
    by_first: dict[str, list] = {}
    for style in styles:
        words = tuple(style.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in by_first.items()}


@lru_cache(maxsize=None)
def load_lang(lang: str = "id") -> Lang:
    """The language data of `lang`, compiled once."""
    pkg = f"timeline.extraction.lang.{lang}"
    countries = importlib.import_module(f"{pkg}.countries")
    orgs = importlib.import_module(f"{pkg}.organizations")
    places = importlib.import_module(f"{pkg}.places")
    leaders = importlib.import_module(f"{pkg}.leaders")
    titles = importlib.import_module(f"{pkg}.titles")
    trios = getattr(titles, "TRIO_REFERENCES", {})
    quartets = getattr(titles, "QUARTET_REFERENCES", {})
    group_refs = {**titles.PAIR_REFERENCES, **trios, **quartets}    # "kedua negara", "ketiga pemimpin"
    sizes = {**{r: 3 for r in trios}, **{r: 4 for r in quartets}}
    count_words = tuple(getattr(titles, "GROUP_COUNT_WORDS", ()))
    pronouns = importlib.import_module(f"{pkg}.pronouns")
    triggers = importlib.import_module(f"{pkg}.triggers")
    lexicon = Path(importlib.import_module(pkg).__file__).with_name("lexicon_common.txt")
    common = frozenset(w for w in lexicon.read_text(encoding="utf-8").split() if not w.startswith("#")) \
        | getattr(titles, "EXTRA_COMMON", frozenset())

    gaz: dict[tuple[str, ...], Entry] = {}
    exact: set[str] = set()
    by_country: dict[str, Entry] = {}

    def add(surface: str, entry: Entry, overwrite: bool = False) -> None:
        key = _key(surface)
        if not key:
            return
        if len(surface) <= 3 and surface.isupper():
            exact.add(surface)
        if overwrite or key not in gaz:
            gaz[key] = entry

    for name, aliases, seats in countries.COUNTRIES:
        entry = Entry(name, "country", tuple(aliases) + tuple(seats))
        by_country[name] = entry
        for s in (name, *aliases, *seats):
            add(s, entry)
    for name, aliases in places.PLACES:
        entry = Entry(name, "place", tuple(aliases))
        for s in (name, *aliases):
            add(s, entry)
    spelled = tuple(getattr(orgs, "SPELLED_OUT", ()))
    state_of = getattr(orgs, "BODIES_OF_STATES", {})
    for name, aliases in orgs.ORGANIZATIONS:
        entry = Entry(name, "organization", tuple(aliases), state_of.get(name, ""))
        for s in (name, *aliases):
            add(s, entry, overwrite=True)
            for short, long in spelled:     # "Dewan Keamanan PBB" is "Dewan Keamanan Perserikatan Bangsa-Bangsa"
                if s.endswith(" " + short):
                    add(s[:-len(short)] + long, entry, overwrite=True)
    for name, aliases, country, title in leaders.LEADERS:
        entry = Entry(name, "person", tuple(aliases), country, title)
        add(name, entry, overwrite=True)
        for s in aliases:
            add(s, entry)
    prefixes = frozenset(k[:n] for k in gaz for n in range(1, len(k)))
    trie: dict = {}
    for k in sorted(gaz, key=len, reverse=True):        # (longer keys first: their nodes get children)
        level = trie
        for n in range(1, len(k) + 1):
            entry, children = level.get(k[n - 1], (None, None))
            if n == len(k):
                entry = gaz[k]
            elif children is None:
                children = {}
            level[k[n - 1]] = (entry, children)
            level = children
    person_pronouns = pronouns.SUBJECT | pronouns.CLITIC_WORDS      # a person's ("ia", "-nya")
    return Lang(
        gazetteer=gaz, exact_case=exact, exact_folded=frozenset(x.casefold() for x in exact), longest=max(len(k) for k in gaz), common=common,
        prefixes=prefixes, trie=trie, first_words=frozenset(k[0] for k in gaz),
        heads={k[0]: ((gaz[k[:1]], 1) if k[:1] in gaz else None, k[:1] in prefixes) for k in gaz},
        styles=_styles(getattr(titles, "STYLES", ())),
        titles=titles.TITLES, honorifics=titles.HONORIFICS, title_words=titles.TITLE_WORDS, address_words=titles.ADDRESS_WORDS, not_names=titles.NOT_NAMES, org_heads=titles.ORG_HEADS,
        then_words=titles.THEN_WORDS, no_title_verbs=tuple(getattr(titles, "NO_TITLE_VERB_PREFIXES", ())),
        title_relatives=frozenset(getattr(titles, "TITLE_RELATIVES", ())),
        doc_heads=getattr(titles, "DOCUMENT_HEADS", frozenset()),
        thing_heads=getattr(titles, "NAMED_THING_HEADS", frozenset()),
        not_person=getattr(titles, "NOT_PERSON_WORDS", frozenset()),
        market_words=getattr(titles, "MARKET_WORDS", frozenset()),
        name_joins=getattr(titles, "NAME_JOINS", frozenset()), name_articles=tuple(getattr(titles, "NAME_ARTICLES", ())),
        name_abbreviations=getattr(titles, "NAME_ABBREVIATIONS", frozenset()),
        name_suffixes=getattr(titles, "NAME_SUFFIXES", frozenset()),
        bare_heads=getattr(titles, "BARE_HEADS", frozenset()),
        regime_words=getattr(titles, "REGIME_WORDS", frozenset()), ranks=getattr(titles, "RANKS", frozenset()),
        body_titles=getattr(titles, "BODY_TITLES", frozenset()),
        body_title_modifiers=getattr(titles, "BODY_TITLE_MODIFIERS", frozenset()), given_names=getattr(titles, "GIVEN_NAMES", frozenset()),
        government_words=titles.GOVERNMENT_WORDS, group_words=titles.GROUP_WORDS,
        company_words=getattr(titles, "COMPANY_WORDS", frozenset()), company_marks=getattr(titles, "COMPANY_MARKS", frozenset()),
        company_tails=getattr(titles, "COMPANY_TAILS", frozenset()),
        ship_prefixes=getattr(titles, "SHIP_PREFIXES", frozenset()), ship_words=getattr(titles, "SHIP_WORDS", frozenset()),
        place_heads=titles.PLACE_HEADS, place_preps=titles.PLACE_PREPOSITIONS,
        place_preps_names=getattr(titles, "PLACE_PREPOSITIONS_BEFORE_NAMES", frozenset()),
        particles=titles.NAME_PARTICLES, name_words=getattr(titles, "NAME_WORDS", frozenset()), pair_refs=group_refs,
        family_first=frozenset(getattr(titles, "FAMILY_NAME_FIRST", ())),
        subject_pronouns=pronouns.SUBJECT, clitic_words=pronouns.CLITIC_WORDS,
        group_pronouns=pronouns.GROUP, pronouns=person_pronouns, any_pronouns=person_pronouns | pronouns.GROUP,
        subordinators=getattr(pronouns, "SUBORDINATORS", frozenset()),
        seat_of=dict(getattr(places, "SEAT_OF", {})), regions=frozenset(getattr(places, "REGIONS", ())),
        own_name_heads=frozenset(getattr(titles, "OWN_NAME_HEADS", ())) | frozenset(getattr(titles, "MISSION_OWNERS", {})),
        mission_owners=dict(getattr(titles, "MISSION_OWNERS", {})),
        numbered_bodies=frozenset(getattr(titles, "NUMBERED_BODIES", ())),
        org_name_joins=frozenset(getattr(titles, "ORG_NAME_JOINS", ())),
        list_titles=frozenset(getattr(titles, "LIST_TITLES", ())),
        head_titles=frozenset(getattr(titles, "HEAD_TITLES", ())), city_verbs=frozenset(getattr(places, "CITY_VERBS", ())),
        acting_prefixes=tuple(getattr(places, "ACTING_PREFIXES", ())),
        acting_adverbs=frozenset(getattr(places, "ACTING_ADVERBS", ())),
        currency_signs=tuple(getattr(countries, "CURRENCY_SIGNS", ())),
        person_verbs=frozenset(getattr(titles, "PERSON_VERBS", ())),
        person_cues=frozenset(getattr(titles, "PERSON_CUES", ())),
        quote_closers=frozenset(getattr(triggers, "QUOTE_CLOSERS", ())),
        thing_namers=frozenset(getattr(titles, "THING_NAMERS", ())),
        compounds=dict(getattr(countries, "COMPOUNDS", {})),
        passive_prefixes=tuple(getattr(places, "PASSIVE_PREFIXES", ())),
        partner_words=frozenset(getattr(places, "PARTNER_WORDS", ())),
        not_actor_before=countries.NOT_AN_ACTOR_BEFORE, countries=by_country,
        pair_rx=re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(group_refs, key=len, reverse=True))
                           + r")\b"),
        pair_dua=bool(count_words) and all(p.startswith(count_words) or p.startswith(tuple("ke" + w for w in count_words))
                                           for p in group_refs),
        count_words=count_words,
        sides_refs=frozenset(getattr(titles, "SIDES_REFERENCES", ())), sides_opener=getattr(titles, "SIDES_OPENER", ""),
        sides_other=tuple(w + " " for w in getattr(titles, "SIDES_OTHER", ())),
        mediator_words=tuple(getattr(titles, "MEDIATOR_WORDS", ())),
        and_gap=f" {titles.AND_WORD} " if getattr(titles, "AND_WORD", "") else "\0",
        nicknames=re.compile(titles.NICKNAMES) if getattr(titles, "NICKNAMES", "") else None,
        nickname_reach=getattr(titles, "NICKNAME_REACH", 0),
        nickname_words=tuple(getattr(titles, "NICKNAME_WORDS", ())),
        group_sizes=sizes, counterparts=getattr(titles, "COUNTERPART_WORDS", frozenset()),
        portfolio=re.compile(titles.PORTFOLIO_WORD) if getattr(titles, "PORTFOLIO_WORD", "") else None,
        group_nouns=tuple(getattr(pronouns, "GROUP_NOUNS", ())),
        group_tails=tuple(f" {m}{d}" for m in ("", *(w + " " for w in getattr(pronouns, "GROUP_MODIFIERS", ())))
                          for d in getattr(pronouns, "GROUP_DEMONSTRATIVES", ())),
        summit_leaders=dict(getattr(pronouns, "SUMMIT_LEADERS", {})),
        definite=getattr(pronouns, "DEFINITE", ""),
        office_phrases=dict(getattr(pronouns, "OFFICE_PHRASES", {})),
        summit_reach=getattr(pronouns, "SUMMIT_REACH", 0), summit_lookback=getattr(pronouns, "SUMMIT_LOOKBACK", 0),
        dan_next=frozenset(k[p + 1] for k in gaz for p in range(1, len(k) - 1) if k[p] == "dan"),
        demonstratives=tuple(getattr(pronouns, "GROUP_DEMONSTRATIVES", ())),
    )


def listed_aliases(name: str, lang: str = "id") -> tuple[str, ...]:
    """The aliases the gazetteer lists for the actor of that canonical name ("Jokowi" for Joko
    Widodo): its names in every article, not only in the one it was found in."""
    return _listed(lang).get(name, ())


@lru_cache(maxsize=None)
def _listed(lang: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in load_lang(lang).gazetteer.values() if e.aliases}


@lru_cache(maxsize=None)
def seat_names(lang: str = "id") -> frozenset[str]:
    """The capitals and seats that stand for a government in news prose ("Seoul", "Kremlin"): an
    alias of a country, but a poor label for it (a place of its own too)."""
    countries = importlib.import_module(f"timeline.extraction.lang.{lang}.countries")
    return frozenset(seat for _, _, seats in countries.COUNTRIES for seat in seats)
