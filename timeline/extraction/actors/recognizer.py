"""Passes 1 and 2 (see the package doc): runs of capitalized words read into names
(`_Recognizer`): gazetteer entries, titles and the names after them, head words, and single
words linked to a name told in full."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate, compress

from ..text import max2, min2, split_sentences
from .gazetteer import Entry, _key, Lang, _TOKEN
from .tokens import Tok, _tokenize


def _title_case_sentences(sentences) -> frozenset:
    """Indexes of the headline and heading sentences written in Title Case: most of their
    longer words capitalized ("Presiden Kenya Serukan Gencatan Senjata Di Sudan")."""
    out = set()
    for si, s in enumerate(sentences):
        if s.kind not in ("headline", "heading"):
            continue
        words = [w for w in _TOKEN.findall(s.text) if len(w) > 3 and w[0].isalpha()]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.add(si)
    return frozenset(out)


@dataclass(slots=True)
class Found:
    start: int
    end: int
    text: str
    name: str
    kind: str
    entry: Entry | None = None
    title: str = ""
    country: str = ""
    how: str = "name"       # name, title-only, single, pronoun, pair


# How many names found before a pair in one word looks for those around it by bisection (a digest finds
# thousands; an article's few are looked at each, which costs less)
_SPANS_INDEXED_FROM = 400


class _Recognizer:
    def __init__(self, text: str, lang: Lang, sentences=None):
        self.text = text
        self.L = lang
        if sentences is None:
            sentences = split_sentences(text)
        self.sentences = [s for s in sentences if s.kind in ("body", "headline", "heading", "caption")]
        self.toks = T = _tokenize(text, self.sentences)
        self.n = len(T.starts)
        self.cols = (T.starts, T.ends, T.surfaces, T.lows, T.caps, T.sents, T.firsts)
        self.found: list[Found] = []
        self.singles: list[int] = []          # token indexes of unknown single capitalized words
        self.common_singles: list[int] = []   # ... that are ordinary words too ("Wong"): a surname only if someone has it
        self.title_only: list[Found] = []
        self.title_case = _title_case_sentences(self.sentences)
        self._cands: dict[int, tuple] = {}   # token index -> its gazetteer candidates (match_gaz)
        # whether the text has a company word at all ("perusahaan", "maskapai"): most have none
        self.companies = not lang.company_words.isdisjoint(T.lows)
        self.ships: set[str] = set()        # the names of ships told (no actors), as written
        self.boats = not lang.ship_words.isdisjoint(T.lows)     # ... the text has "kapal" at all

    def tok(self, i: int) -> Tok:
        T = self.toks
        return Tok(T.starts[i], T.ends[i], T.surfaces[i], T.lows[i], T.caps[i], T.sents[i], T.firsts[i])

    # --- gazetteer
    def match_gaz(self, i: int, limit: int) -> tuple[Entry, int] | None:
        """The longest gazetteer entry starting at token i and ending before `limit`, with its
        length in tokens (None after a word that makes a country no actor: "bahasa Indonesia")."""
        if i >= limit:
            return None
        L, T = self.L, self.toks
        head = L.heads.get(T.lows[i])
        if head is None:
            return None             # no gazetteer key starts with this word
        if head[1] and limit - i > 1:   # longer keys start with it and may fit: (entry, length) of every one
            cands = self._cands.get(i)
            if cands is None:
                cands = self._cands[i] = self._gaz_candidates(i)
            best = None
            for c in cands:
                if c[1] > limit - i:
                    break
                best = c
        else:                       # a key of one word only (or room for one word only)
            best = head[0]
            if best is None:
                return None
            surface = T.surfaces[i]
            if len(surface) <= 3 and surface.casefold() in L.exact_folded and surface not in L.exact_case:
                return None
        if best is not None and best[0].kind == "country" and i > 0:
            if T.lows[i - 1] in L.not_actor_before and T.sents[i - 1] == T.sents[i]:
                return None
        return best

    def _gaz_candidates(self, i: int) -> tuple:
        """Every gazetteer entry starting at token i, shortest first, as (entry, length in tokens),
        wherever the run ends (computed once per token of an article)."""
        L, T = self.L, self.toks
        lows, starts, ends = T.lows, T.starts, T.ends
        out = []
        node = L.trie.get(lows[i])
        x = i
        while True:
            e, longer = node
            if e is not None and not (ends[x] - starts[i] <= 3 and self._exact_only(self.text[starts[i]:ends[x]])):
                out.append((e, x - i + 1))
            x += 1
            if longer is None or x >= self.n or (node := longer.get(lows[x])) is None:
                break               # no longer name starts this way
        return tuple(out)

    def _exact_only(self, surface: str) -> bool:
        """Is this short surface a form that names an actor only in another case ("as", "As" for "AS")?"""
        return surface.casefold() in self.L.exact_folded and surface not in self.L.exact_case

    def _gaz_across(self, i: int, j: int) -> bool:
        """Does a gazetteer entry starting in the run [i, j) go on past the "dan" at j
        ("Trinidad dan Tobago", "Bosnia dan Herzegovina")?"""
        if j + 1 >= self.n or self.toks.lows[j + 1] not in self.L.dan_next:
            return False            # no key has "dan" followed by that word (such an entry would)
        end = min2(self.n, j + 4)
        for x in range(max2(i, j - 3), j):
            g = self.match_gaz(x, end)
            if g is not None and x + g[1] > j + 1:
                return True
        return False

    def portfolio_list(self, i: int, j: int) -> bool:
        """Does the comma before token j go on listing a title's portfolios ("Menteri Koordinator Bidang
        Politik, Hukum, dan Keamanan Mahfud MD", "Menteri Ekonomi, Perdagangan, dan Industri Yasutoshi
        Nishimura")? A list word opened the title, no name has begun, and a portfolio word, or "dan"
        and one, follows."""
        L, T = self.L, self.toks
        if not L.list_titles or j - i > 12:
            return False
        k = j + 1 if T.lows[j] == "dan" and j + 1 < self.n else j
        return T.caps[k] and T.sents[k] == T.sents[i] \
            and (T.lows[k] in L.title_words or T.surfaces[k].isupper()
                 or L.is_portfolio(T.lows[k])) \
            and any(T.lows[x] in L.list_titles for x in range(i, j)) \
            and all(T.lows[x] in L.titles or T.lows[x] in L.title_words or T.lows[x] in L.common
                    or L.is_portfolio(T.lows[x]) for x in range(i, j))     # no name begun yet

    def acronym_closes(self, k: int) -> bool:
        """Does a run of capitalized words starting at token k end right before "(ACRONYM)"?"""
        T, count = self.toks, self.n
        x = k
        while x < count and T.caps[x] and T.sents[x] == T.sents[k] and T.surfaces[x] != "(":
            x += 1
        return k < x and x + 2 < count and T.surfaces[x] == "(" and T.surfaces[x + 2] == ")" \
            and T.surfaces[x + 1].isupper() and len(T.surfaces[x + 1]) > 1

    def run_end(self, i: int) -> int:
        """End (exclusive) of the run of capitalized tokens starting at i (scan calls it at a
        capitalized word that is no NOT_NAMES word, which the run holds: it is read from i + 1)."""
        L, T, count, text = self.L, self.toks, self.n, self.text
        starts, ends, surfaces, lows, caps, sents = T.starts, T.ends, T.surfaces, T.lows, T.caps, T.sents
        not_names = L.not_names
        sent = sents[i]
        j = i + 1
        while j < count:
            if sents[j] != sent:
                break
            surface, low = surfaces[j], lows[j]
            gap = text[ends[j - 1]:starts[j]]
            if gap != " " and surfaces[j - 1] != "(" and surface != ")" \
                    and not (caps[j] and (len(surfaces[j - 1]) == 1 or lows[j - 1] in L.name_abbreviations)
                             and gap == ". ") \
                    and not (gap == ", " and self.portfolio_list(i, j)) \
                    and not (gap in ("' ", "\u2019 ") and lows[j - 1] in L.styles):
                break             # an initial is inside a name: "K. Shanmugam", "George W. Bush", "St. Petersburg";
                                  # a Malay style: "Dato' Sri Mohamad Hasan"
            if caps[j] and low not in not_names:
                j += 1
                continue
            if low == "untuk" and lows[i] in L.titles and j + 1 < count and caps[j + 1] \
                    and sents[j + 1] == sent and (self.match_gaz(j + 1, min2(count, j + 4)) is not None
                                                  or lows[j + 1] in L.title_words
                                                  or L.is_portfolio(lows[j + 1])):
                j += 1            # "Duta Besar Australia untuk Indonesia Rod Brazier", "Wakil Sekretaris
                continue          # Jenderal PBB untuk Operasi Perdamaian Jean-Pierre Lacroix"
            if low[:3] in L.name_articles and surface[3:4].isupper():
                j += 1            # "Khalil al-Hayya": an Arabic article before a capital is inside the name
                continue
            if low in L.org_name_joins and self.acronym_closes(j + 1) \
                    and not L.org_heads.isdisjoint(lows[i:j]):
                j += 1            # "Otoritas Antarpemerintah untuk Pembangunan (IGAD)", "Pasukan Sementara PBB
                continue          # di Lebanon (UNIFIL)": a body's name goes on to its acronym
            if low == "dan" and self._gaz_across(i, j):
                j += 1            # "Perdana Menteri Saint Vincent dan Grenadine Ralph Gonsalves"
                continue
            if low == "dan" and self.title_and(i, j):
                j += 1            # "Direktur Jenderal Asia Pasifik dan Afrika Kemlu Abdul Kadir Jailani"
                continue
            if low in L.name_joins and j + 1 < count and caps[j + 1] and sents[j + 1] == sent \
                    and (self.org_head_in(i, j) or self.org_head_next(j + 1)):
                j += 1            # "Institute for Security and Strategic Studies", "Belt and Road Initiative":
                continue          # an English name goes on
            if low == "dan" and lows[i] in L.org_heads and j + 1 < count and caps[j + 1] \
                    and sents[j + 1] == sent and lows[j + 1] not in L.not_names \
                    and (lows[j - 1] in L.common or L.is_portfolio(lows[j - 1])) \
                    and lows[j + 1] != lows[i] and not self.known_at_end(i, j):
                # (not a second body, "Kementerian Perdagangan dan Kementerian ...", nor a second state
                # after one named, "Pemerintah Korea Selatan dan Jepang")
                j += 1            # "Kementerian Kelautan dan Perikanan", "Kementerian Perladangan dan Komoditi":
                continue          # a body's portfolio goes on
            if low in L.particles:
                n = j
                while n < count and lows[n] in L.particles and sents[n] == sent:
                    n += 1
                if n < count and n - j <= 2 and caps[n] and sents[n] == sent \
                        and lows[n] not in L.not_names:
                    j = n
                    continue
            # "Presiden Amerika Serikat (AS) Donald Trump": a parenthesised acronym inside a run
            if surface == "(" and j + 3 < count and surfaces[j + 2] == ")" \
                    and caps[j + 1] and caps[j + 3] and sents[j + 3] == sent \
                    and self.text[ends[j + 2]:starts[j + 3]] == " ":
                j += 3
                continue
            break
        return j

    def org_head_in(self, i: int, j: int) -> bool:
        """Is one of the words [i, j) a capitalized head word of an organization ("Institute")?"""
        lows, surfaces, heads = self.toks.lows, self.toks.surfaces, self.L.org_heads
        return any(lows[x] in heads and surfaces[x][:1].isupper() for x in range(i, j))

    def org_head_next(self, k: int) -> bool:
        """Do the capitalized words from k on ("Road Initiative") end, within three, at an organization's
        head word?"""
        lows, caps, sents = self.toks.lows, self.toks.caps, self.toks.sents
        for x in range(k, min2(self.n, k + 3)):
            if not caps[x] or sents[x] != sents[k]:
                return False
            if lows[x] in self.L.org_heads:
                return True
        return False

    def title_and(self, i: int, j: int) -> bool:
        """Is "dan" at j inside a title's portfolio ("Direktur Asia Pasifik dan Afrika")? The run
        so far is a title of title words only, and a capitalized title word follows."""
        L = self.L
        lows, caps, sents, firsts = self.toks.lows, self.toks.caps, self.toks.sents, self.toks.firsts
        if j + 1 >= self.n or sents[j + 1] != sents[j] or not caps[j + 1] \
                or not (lows[j + 1] in L.title_words or lows[j + 1] in L.common
                        or L.is_portfolio(lows[j + 1])) or lows[j + 1] in L.titles:
            return False
        x = j - 1
        while x >= i and (lows[x] in L.titles or lows[x] in L.title_words or (lows[x] in L.common and x > i)
                          or (x > i and L.is_portfolio(lows[x]))):   # "Perladangan"
            x -= 1
        return x < j - 1 and lows[x + 1] in L.titles and (x < i or firsts[x])

    def scan(self) -> None:
        L, n = self.L, self.n
        lows, caps, sents = self.toks.lows, self.toks.caps, self.toks.sents
        not_names = L.not_names
        # the lower-case words that may go on a run (see run_end): with none of them next, nor a
        # capital, the run is its first word alone
        goes_on = L.particles | L.name_joins | {"untuk", "dan", "("}
        articles, title_case = L.name_articles, self.title_case
        nxt = 0
        for i in compress(range(n), caps):      # runs start at capitalized words
            if i < nxt or lows[i] in not_names:
                continue
            j = i + 1
            if j < n and sents[j] == sents[i] and (caps[j] or lows[j] in goes_on or lows[j][:3] in articles):
                j = self.run_end(i)         # (a run holds its first word at least)
            if sents[i] in title_case:
                self.read_known_only(i, j)
            elif j == i + 1:
                self.read_word(i)
            else:
                self.read_run(i, j)
            nxt = j

    def read_word(self, i: int) -> None:
        """A run of one word, read as read_run would read it, only sooner: most are known
        ("Indonesia", "Trump": a gazetteer entry taking the whole run, no hyphenated pair, no form
        of address) or an ordinary word opening a sentence (skipped)."""
        L, T = self.L, self.toks
        g = self.match_gaz(i, i + 1)
        if g is None:
            low = T.lows[i]
            if T.firsts[i] and low in L.common and low not in L.titles:
                self.common_singles.append(i)
                return              # "Namun", "Menurut": an ordinary word opening a sentence
            self.read_run(i, i + 1)
            return
        surface = T.surfaces[i]
        if "-" in surface or T.lows[i] in L.address_words:
            self.read_run(i, i + 1)
            return
        e = g[0]
        self.found.append(Found(T.starts[i], T.ends[i], surface, e.name, e.kind, e, "", e.country))
        if i + 1 < self.n and T.surfaces[i + 1] == "(":
            self.acronym_after(i + 1, e.name, e.kind)

    def hyphen_pair_in_run(self, k: int, j: int) -> bool:
        """ "KTT ASEAN-Uni Eropa", "KTT ASEAN-Dewan Kerja Sama Teluk (GCC)": a known name joined by a
        hyphen to a known name of several words are two actors; the words around are read apart. Not
        inside a body's name ("Dewan Koordinasi Tertinggi Indonesia-Arab Saudi")."""
        L, T = self.L, self.toks
        for x in range(k, j):
            if T.lows[x] in L.org_heads:
                return False        # "Dewan Koordinasi Tertinggi Indonesia-Arab Saudi": one body's name
            left, dash, right = T.surfaces[x].partition("-")
            e1 = L.gazetteer.get(_key(left)) if dash and left and right else None
            if e1 is None:
                continue
            # (the pair alone, then a name: "Swedia-Denmark Rasmus Paludan"; not a body's name after
            # it: "US-Indonesia Society")
            alone = x + 1 < j and not any(T.lows[z] in L.org_heads for z in range(x + 1, j))
            for y in range(j, x if alone else x + 1, -1):
                e2 = L.gazetteer.get(_key(" ".join([right] + [T.surfaces[z] for z in range(x + 1, y)])))
                if e2 is None:
                    continue
                if x > k:
                    self.read_run(k, x)
                pos = T.starts[x]
                self.found.append(Found(pos, pos + len(left), left, e1.name, e1.kind, e1))
                self.found.append(Found(pos + len(left) + 1, T.ends[y - 1], self.text[pos + len(left) + 1:T.ends[y - 1]],
                                        e2.name, e2.kind, e2))
                if y < self.n and T.surfaces[y] == "(":
                    self.acronym_after(y, e2.name, e2.kind)
                elif y < j:
                    self.read_run(y, j)
                return True
        return False

    def read_known_only(self, i: int, j: int) -> None:
        """A Title Case headline: capitals are no evidence of a name, so only gazetteer
        entries are actors there ("Presiden Kenya Serukan Gencatan Senjata")."""
        m = i
        while m < j:
            g = self.match_gaz(m, j)
            if g is None:
                m += 1
                continue
            e, n = g
            self.emit(m, m + n, e.name, e.kind, e, e.title, e.country)
            m += n

    def pairs_inside_names(self) -> None:
        """A pair of known states or bodies joined by a hyphen inside a name read as no actor
        ("Perjanjian Ekstradisi Indonesia-Singapura", "batas ZEE Indonesia-Vietnam"): the two
        parties it names."""
        T, L = self.toks, self.L
        covered = reach = None
        for x in compress(range(self.n), T.caps):      # (a C loop picks the capitalized ones)
            surface = T.surfaces[x]
            if "-" not in surface:
                continue
            parts = surface.split("-")
            if len(parts) < 2 or not all(parts):
                continue
            ents = [L.gazetteer.get(_key(p)) for p in parts]
            if not all(e is not None and e.kind in ("country", "organization") for e in ents):
                continue
            if covered is None:
                covered = [(f.start, f.end) for f in self.found]
                if len(covered) >= _SPANS_INDEXED_FROM:     # (by start, and the furthest end of those up to each)
                    covered.sort()
                    reach = list(accumulate((hi for _, hi in covered), max))
                    covered = [lo for lo, _ in covered]
            start, end = T.starts[x], T.ends[x]
            if reach is None:
                if any(lo < end and start < hi for lo, hi in covered):
                    continue
            elif (k := bisect.bisect_left(covered, end)) and reach[k - 1] > start:
                continue                # (one of those starting before it ends reaches past its start)
            self.emit_pair(T.starts[x], parts, ents)

    def emit_pair(self, pos: int, parts: list[str], ents: list) -> None:
        """The known names joined by hyphens in one word at `pos` ("Indonesia-Malaysia"), each an actor."""
        for p, e in zip(parts, ents):
            self.found.append(Found(pos, pos + len(p), p, e.name, e.kind, e))
            pos += len(p) + 1

    def post_title(self, di: int) -> int | None:
        """Where the title of a post abroad starts when the word at `di` ("di") closes it ("Konsul
        Jenderal China di", "Konjen RI di"): the first title word of the capitalized words (four at
        most) right before it."""
        L = self.L
        lows, caps, sents, surfaces = self.toks.lows, self.toks.caps, self.toks.sents, self.toks.surfaces
        first = None
        for x in range(di - 1, max2(-1, di - 5), -1):
            if not caps[x] or sents[x] != sents[di]:
                break
            if lows[x] in L.titles:
                first = x
            elif not (lows[x] in L.title_words or surfaces[x].isupper()
                      or ((g := self.match_gaz(x, x + 1)) is not None and g[0].kind in ("country", "organization"))):
                break       # "Presiden Lula di Rio de Janeiro": a name, the title is done before it
        return first

    def emit(self, a: int, b: int, name: str, kind: str, entry=None, title="", country="", how="name"):
        s, e = self.toks.starts[a], self.toks.ends[b - 1]
        if kind == "organization" and not country and entry is not None:
            country = entry.country         # a known body of a state ("Kementerian Luar Negeri RI")
        self.found.append(Found(s, e, self.text[s:e], name, kind, entry, title, country, how))

    def read_run(self, i: int, j: int) -> None:
        L = self.L
        starts, ends, surfaces, lows, caps, sents, firsts = self.cols
        # a trailing "(ACR)" after a run is an alias of what the run names
        k = i
        # sentence-initial ordinary word: "Namun", "Menurut", "Pertemuan"
        while k < j and firsts[k] and lows[k] in L.common and lows[k] not in L.titles \
                and not (lows[k] in L.org_heads and j - k > 1) and self.match_gaz(k, j) is None:
            k += 1
        if k >= j:
            return
        gz = self.match_gaz(k, j)
        if j > k + 1 and "-" in self.text[starts[k]:ends[j - 1]] and self.hyphen_pair_in_run(k, j):
            return
        # hyphenated pairs: "Indonesia-Malaysia", "AS-Iran"
        if k + 1 == j and "-" in surfaces[k]:
            parts = surfaces[k].split("-")
            ents = [L.gazetteer.get(_key(p)) for p in parts]
            if all(ents) and len(parts) > 1:
                self.emit_pair(starts[k], parts, ents)
                return
        words = lows[k:j]
        if "(" in words or ")" in words:        # (parentheses are no words; few runs hold one)
            words = [w for w in words if w not in "()"]
        # an address ("Jalan Sudirman", "Gang Mawar"); an address word ending a run is a name's
        # ("Menteri Luar Negeri China Qin Gang")
        if not L.address_words.isdisjoint(words[:-1] if len(words) > 1 else words) \
                or (len(words) > 1 and words[0] in L.doc_heads):
            return
        if len(words) > 1 and not L.market_words.isdisjoint(words) and L.org_heads.isdisjoint(words):
            return      # "West Texas Intermediate": a traded good, no place in it an actor
        if k > 1 and lows[k - 1] == "tentang" and gz is None \
                and any(lows[x] in L.doc_heads for x in range(max2(0, k - 6), k - 1)):
            return      # "Konvensi PBB tentang Hukum Laut": what a document is about, no actor
        if len(words) > 1 and k > 0 and lows[k - 1] in L.group_words and not caps[k - 1] and sents[k - 1] == sents[k] \
                and gz is None:
            # "kelompok militan Jaish al-Adl": a name after a group word is an organization
            if j - k >= 3 and surfaces[k].isupper() and self.name_goes_on(k + 1, j):
                # "koalisi geng G9 Jimmy Cherizier": the group's short name, then its leader's
                self.emit(k, k + 1, surfaces[k], "organization")
                self.emit(k + 1, j, self.text[starts[k + 1]:ends[j - 1]], "person", None, surfaces[k])
                return
            self.emit(k, j, self.text[starts[k]:ends[j - 1]], "organization")
            self.acronym_after(j, self.found[-1].name, "organization")
            return
        # whole-run organizations and places by head word
        head_first, head_last = words[0], words[-1]
        if gz and gz[1] == j - k:
            e = gz[0]
            self.emit(k, j, e.name, e.kind, e, "", e.country)
            self.acronym_after(j, e.name, e.kind)
            return
        if surfaces[k] in L.ship_prefixes and j - k >= 2:
            self.ships.add(self.text[starts[k + 1]:ends[j - 1]])
            self.boats = True
            return              # "BRP Sierra Madre": a ship
        if gz is None and self.boats and L.org_heads.isdisjoint(words) and (
                self.ship_before(k) or self.text[starts[k]:ends[j - 1]] in self.ships):
            self.ships.add(self.text[starts[k]:ends[j - 1]])
            return              # "kapal survei Oruc Reis", then "Sierra Madre": a ship (not a body's
                                # boats: "kapal Penjaga Pantai China")
        if k > 0 and surfaces[k - 1] in L.company_marks and sents[k - 1] == sents[k] and gz is None \
                and self.text[ends[k - 1]:starts[k]] == " ":
            end = j
            if j - k >= 3 and any(lows[x] in L.titles and sents[x] == sents[k] for x in range(max2(0, k - 4), k - 1)) \
                    and self.name_goes_on(j - 2, j):
                # "Direktur Utama PT Inti Tikno Sutisna": the title's company, then its holder's name
                end = j - 2
                self.emit(end, j, self.text[starts[end]:ends[j - 1]], "person", None,
                          self.text[starts[k - 1]:ends[end - 1]])
            self.emit(k - 1, end, self.text[starts[k - 1]:ends[end - 1]], "organization")    # "PT Industri Kereta Api"
            return
        if self.company_before(k):
            # "perusahaan pertahanan Turki Baykar", "maskapai Belavia": the state, then the company
            at = k
            if gz is not None and gz[0].kind == "country" and gz[1] < j - k and lows[j - 1] in L.company_tails:
                self.emit(k, j, self.text[starts[k]:ends[j - 1]], "organization", country=gz[0].name)
                return          # "maskapai Azerbaijan Airlines": the state's name is the company's
            if gz is not None and gz[0].kind == "country" and gz[1] < j - k:
                self.emit(k, k + gz[1], gz[0].name, "country", gz[0])
                at = k + gz[1]
            if (gz is None or at > k) and all(caps[x] and lows[x] not in L.titles for x in range(at, j)):
                self.emit(at, j, self.text[starts[at]:ends[j - 1]], "organization", country=gz[0].name if at > k else "")
                return
        if len(words) > 1 and head_last in L.place_heads and head_first in L.thing_heads:
            return      # "Perang Teluk", "Rencana Tata Ruang Laut": a war's or a plan's name
        if len(words) > 1 and (head_last in L.org_heads or head_last in L.place_heads) and head_first not in L.titles \
                and not self.known_at_end(k, j):      # "Pemerintah Amerika Serikat": no union ("serikat")
            # (a building named for the body it houses is a place: "Gedung Parlemen", "Gedung Kongres")
            kind = "organization" if head_last in L.org_heads and head_first not in L.place_heads else "place"
            self.emit(k, j, self.text[starts[k]:ends[j - 1]], kind)
            self.acronym_after(j, self.found[-1].name, kind)
            return
        if head_first in L.place_heads and gz is not None and gz[0].kind in ("country", "organization"):
            pass                    # "Juru bicara Gedung Putih Jen Psaki": the seat, then a name
        elif head_first not in L.titles and (head_first in L.org_heads or head_first in L.place_heads) and len(words) > 1:
            kind = "organization" if head_first in L.org_heads else "place"
            if kind == "organization" and (self.split_org_person(k, j) or self.body_then_known(k, j)
                                           or self.body_then_name(k, j)):
                return
            if kind == "place" and self.titled_before(k) and self.split_org_person(k, j):
                return              # "Juru bicara Istana Kepresidenan Korea Selatan Kim Eui-kyeom"
            rank = next((x for x in range(k + 2, j - 1) if lows[x] in L.ranks and caps[x + 1]
                         and lows[x + 1] not in L.ranks), None) if kind == "place" else None
            if rank is not None:
                # "Juru bicara PCG untuk Laut Filipina Barat Komodor Jay Tarriela": the sea the post is
                # for, then the rank opening the name of the one who holds it
                self.emit(k, rank, self.text[starts[k]:ends[rank - 1]], "place")
                self.emit(rank + 1, j, self.text[starts[rank + 1]:ends[j - 1]], "person", None, surfaces[rank])
                return
            # "Kementerian Luar Negeri Turki" is one actor; its country is named inside
            # ("Tentara Pembebasan Rakyat (PLA) China": the name ends before its acronym)
            paren = next((x for x in range(k + 2, j) if surfaces[x] == "("), j)
            name = self.text[starts[k]:ends[paren - 1]]
            owner = L.mission_owners.get(head_first, "") if kind == "organization" else ""
            self.emit(k, paren, name, kind, country=owner or (self.country_inside(k + 1, j) if kind == "organization" else ""))
            self.acronym_after(paren, name, kind)
            rest = range(paren + 3, j)      # "... Studies (ISESS) Khairul Fahmi": the person after the acronym
            if kind == "organization" and len(rest) >= 2 and surfaces[paren + 2] == ")" and all(
                    caps[x] and lows[x] not in L.common and lows[x] not in L.org_heads for x in rest):
                self.emit(rest[0], j, self.text[starts[rest[0]]:ends[j - 1]], "person", None, name)
            return
        # a run that opens mid-sentence with an ordinary word is a named thing: look inside only
        opening_common = lows[k] in L.common and lows[k] not in L.titles and gz is None
        appos = ""                  # "Juru bicara Kemlu, Lalu Muhamad Iqbal, ...": a name set off by commas
        if opening_common and j - k > 1 and self.name_goes_on(k + 1, j):
            appos = self.apposed_title(k)
            opening_common = not appos
        if opening_common and j - k == 1:
            self.common_singles.append(k)
            return
        title_words: list[int] = []
        if k >= 2 and lows[k - 1] == "untuk" and sents[k - 2] == sents[k] \
                and (lows[k - 2] in L.titles or lows[k - 2] in L.title_words):
            # "Asisten Menteri Luar Negeri untuk Urusan Afrika Molly Phee": the title goes on past "untuk"
            x = k - 1
            while x - 1 >= 0 and sents[x - 1] == sents[k] and caps[x - 1] and (
                    lows[x - 1] in L.titles or lows[x - 1] in L.title_words or lows[x - 1] in L.common):
                x -= 1
            title_words = list(range(x, k))
            opening_common = False
        title_country = ""
        body_end = -1               # where the country or body inside the title ends
        body_named = False          # the title's body was named by its head word: a name comes next
        m = k
        if k > 0 and lows[k - 1] in L.titles and sents[k - 1] == sents[k] and not self.comma_between(k - 1, k):
            title_words.append(k - 1)
        title_words[:0] = self.lower_title_before(k - len(title_words), k)
        while m < j:
            surface, low = surfaces[m], lows[m]
            if surface == "(":
                close = next((x for x in range(m, j) if surfaces[x] == ")"), j - 1)
                if title_words and close == m + 2 and surfaces[m + 1].isupper() and len(surfaces[m + 1]) > 1:
                    self.body_before_acronym(title_words, m)
                m = close + 1
                continue
            if surface == ")":
                m += 1
                continue
            styles = L.styles.get(low)
            if styles is not None:      # "Tan Sri Muhyiddin Yassin": the style is of the title
                n = next((len(st) for st in styles if m + len(st) < j and tuple(lows[m:m + len(st)]) == st), 0)
                if n:
                    title_words.extend(range(m, m + n))
                    m += n
                    continue
            g = gz if m == k else self.match_gaz(m, j)
            if g is not None and g[0].kind == "person" and g[1] == 1 and g[0].name.casefold() != low \
                    and m + 1 < j and self.name_goes_on(m + 1, m + 2, loose=True):
                g = None    # "Anwar Abbas": a known person's one-word alias opening another's full name
            elif g is not None and g[0].kind == "person" and m + g[1] < j and lows[m + g[1]] in L.name_suffixes:
                g = None    # "Donald Trump Jr.": the son, not the known father
            if g is not None:
                e, n = g
                if e.kind == "person":
                    title = " ".join(surfaces[x] for x in title_words if surfaces[x] not in "()")
                    self.emit(m, m + n, e.name, "person", e, title, title_country or e.country)
                    title_words = []
                    m += n
                    continue
                foreign = self.foreign_body(e, m + n, j)
                if foreign is not None:         # "Kemlu China": China's ministry, not Indonesia's
                    c, n2 = foreign
                    self.emit(m, m + n + n2, f"{e.name[:-3]} {c.name}", "organization", country=c.name)
                    if title_words:
                        title_words.extend(range(m, m + n + n2))
                        title_country = title_country or c.name
                        body_end = m + n + n2
                    m += n + n2
                    continue
                if not (e.kind == "country" and any(lows[x] in L.own_name_heads for x in title_words)):
                    self.emit(m, m + n, e.name, e.kind, e)     # (not "Peneliti Universitas Indonesia")
                if title_words and e.kind in ("country", "organization"):
                    title_words.extend(range(m, m + n))
                    if not title_country and (e.kind == "country" or e.country):
                        title_country = e.name if e.kind == "country" else e.country    # ("Panglima TNI": Indonesia's)
                    body_end = m + n
                m += n
                continue
            if ((m == body_end or (title_words and title_words[-1] == m - 1 and body_end < 0 and j == m + 2))
                    and ((low in L.common and low not in L.title_words and low not in L.titles
                          and self.name_goes_on(m + 1, j))
                         or (title_country and m == body_end and surface.isupper() and 1 < len(surface) <= 3
                             and self.name_goes_on(m + 1, j, loose=True)))) \
                    or (title_words and title_words[-1] == m - 1 and body_end < 0 and lows[title_words[0]] in L.head_titles
                        and surface.isupper() and len(surface) == 2 and j - m >= 3 and self.name_goes_on(m + 1, j, loose=True)):
                # ("Perdana Menteri KP Sharma Oli": initials right after a head of state's or government's
                # title; after "Menteri" two capitals may be a ministry, "Menteri KP Sakti Wahyu Trenggono")
                # "Menlu Jepang Taro Kono", "PM Nepal KP Sharma Oli": after the title's state, an ordinary
                # word or initials open the name; right after the title, an ordinary word before a last
                # word ("Menteri Pertahanan Dong Jun"; not "Menteri Energi Jennifer Granholm")
                body_end = -1
            elif low in L.titles or (title_words and m > 0 and lows[m - 1] in L.numbered_bodies
                                     and _ROMAN.fullmatch(surface)) \
                    or (title_words and (low in L.common or low in L.title_words or low == "untuk"
                                                      or L.is_portfolio(low)
                                                      or low in L.org_heads      # "Panglima Angkatan Bersenjata"
                                                      or (any(lows[x] in L.org_heads for x in title_words)
                                                          and self.title_goes_on(m + 1, j))
                                                      or (surface.isupper() and len(surface) > 1)
                                                      or (not surface[1:].islower()   # "ReforMiner Institute"
                                                          and any(lows[x] in L.org_heads for x in range(m + 1, j))))
                                     and not opening_common):
                if not opening_common or low in L.titles:
                    title_words.append(m)
                    opening_common = False
                m += 1
                continue
            if opening_common:
                m += 1
                continue
            if low in L.honorifics and m + 1 < j:
                g = self.match_gaz(m + 1, j)
                if g is not None and g[0].kind == "person":
                    title_words.append(m)   # "Emir Qatar Sheikh Tamim bin Hamad Al Thani"
                    m += 1
                    continue
            if title_words and self.body_closes_run(m, j):
                # "Peneliti Royal Thimphu College, ...", "Peneliti Carnegie Endowment for International
                # Peace, ...": the rest of the run is the title's body, no name in it
                name = self.text[starts[m]:ends[j - 1]]
                self.emit(m, j, name, "organization", country=self.country_inside(m, j))
                self.acronym_after(j, name, "organization")
                title_words.extend(range(m, j))
                m = j
                continue
            # a name: up to the end of the run, stopping at a gazetteer country/org
            n = m
            while n < j:
                g = self.match_gaz(n, j) if n > m else None
                if g is not None and not (g[0].kind == "person" and g[1] == 1 and g[0].name.casefold() != lows[n]):
                    break           # a known name or body; a lone surname ("Hazem Qassem") goes on
                if surfaces[n] in "()":
                    break
                if title_words and n > m and n + 1 < j and lows[n] in L.ranks and caps[n + 1]:
                    break           # "Kepala Bakamla Laksamana Madya Irvansyah": a rank opens the name
                n += 1
            while n > m and lows[n - 1] in L.particles:
                n -= 1
            if n < j and title_words and lows[n] in L.ranks and n - m <= 3:
                # the words between the title and the rank name the title's body
                self.emit(m, n, self.text[starts[m]:ends[n - 1]], "organization")
                title_words = []
                m = n
                continue
            # "Direktur ReforMiner Institute Pri Agung": the organization ends at its head word
            # (looked for only where it may leave three words after it: after a title, four words at least)
            head = next((x for x in range(m, n - 1) if lows[x] in L.org_heads and x > m
                         and lows[x + 1] not in L.name_joins), None) if title_words and n - m > 3 else None
            if head is not None and n - head > 2:             # ("Centre for ...": it goes on)
                org = self.text[starts[m]:ends[head]]
                self.emit(m, head + 1, org, "organization")
                m, body_named = head + 1, True
            if title_words and n - m >= 2 and lows[n - 1] in L.org_heads:
                # "Direktur Eksekutif Indonesian Centre for South Asian Studies, Arief Nugroho": the run
                # after the title ends with a body's head word: the title's body, no name in it
                head = m
                while head - 1 in title_words and lows[head - 1] in L.org_heads:
                    head -= 1       # "Peneliti Centre for Strategic and International Studies"
                self.emit(head, n, self.text[starts[head]:ends[n - 1]], "organization")
                self.acronym_after(n, self.found[-1].name, "organization")
                title_words.extend(range(m, n))
                m = n
                continue
            if title_words and not body_named and self.body_in_title(title_words, title_country, m, n, j):
                # "Ketua Umum Partai Golkar Airlangga Hartarto", "Direktur Utama Pertamina Dwi
                # Soetjipto": the word names the body of the title; the name comes after it
                head = m
                while head - 1 in title_words and lows[head - 1] in L.org_heads:
                    head -= 1       # "Partai Golkar"
                last = max2(m + 1, n - 2)    # "Analis Carnegie Endowment Alexander Gabuev": two words left for the name
                if n + 2 < j and surfaces[n] == "(" and surfaces[n + 2] == ")" and any(
                        lows[x] in L.name_joins for x in range(m, n)):
                    last = n                # "Korea Institute for Defense Analyses (KIDA) Park Ji-hoon": the body's
                                            # English name goes on to its acronym, the name comes after it
                g = self.match_gaz(n, j) if n - m <= 2 else None
                if g is not None and g[0].kind == "country":
                    last = n + g[1]         # "Freeport Indonesia"
                # (a company's or a group's branch in a country does not act for that state)
                self.emit(head, last, self.text[starts[head]:ends[last - 1]], "organization")
                title_words.extend(range(m, last))
                m = last
                continue
            name_toks = range(m, n)
            if not name_toks:
                m += 1
                continue
            nm = self.text[starts[m]:ends[n - 1]]
            if title_words and n == j and j < self.n and sents[j] == sents[m] \
                    and surfaces[j] in ("PT", "(", "Tbk") and self.text[ends[j - 1]:starts[j]] == " ":
                # "Vice President Fuel Retail PT Pertamina ...": still the title, the name comes later
                return
            last = lows[n - 1]
            if len(name_toks) == 1 and not title_words:
                if lows[m] not in L.common or not firsts[m]:
                    self.singles.append(m)
            elif last in L.org_heads and (not title_words or len(name_toks) > 1):
                self.emit(m, n, nm, "organization")     # (after a title: the title's body)
            elif not title_words and (last in L.place_heads or (
                    m > 0 and lows[m - 1] in L.place_preps_names and sents[m - 1] == sents[m]
                    and not any(lows[x] in L.not_person for x in name_toks))):
                post = self.post_title(m - 1) if n - m >= 3 and last not in L.place_heads else None
                if post is not None:
                    # "Konsul Jenderal China di Osaka Xue Jian": the post's city, then its holder
                    self.emit(m, m + 1, surfaces[m], "place")
                    self.emit(m + 1, n, self.text[starts[m + 1]:ends[n - 1]], "person", None,
                              self.text[starts[post]:ends[m]], title_country)
                else:
                    self.emit(m, n, nm, "place")    # "Pelabuhan Sudan", "di San Francisco" (not "di ICE Futures")
            elif len(name_toks) >= 3 and sum(lows[x] in L.common for x in name_toks) >= len(name_toks) - 1:
                pass                # "Satuan Kerja Khusus Pelaksana ...": ordinary words name a body, not a person
            elif any(lows[x] in L.not_person for x in name_toks):
                pass                # "Nordea Markets", "negara-negara Teluk": no person's name
            elif title_words or (all(lows[x] not in L.common or lows[x] in L.particles
                                     or (x > m and lows[x] in L.name_words) for x in name_toks)
                                 and not any(surfaces[x].isupper() and len(surfaces[x]) > 1 for x in name_toks)) \
                    or (m == k and len(name_toks) > 1 and bool(appos := appos or self.apposed_title(k, strict=True))):
                # (untitled: no acronym, no English word of a market or a place: "Wall Street", "RFID
                # Pertamina"; a title set off by a comma before: "Juru bicara Kemlu, Lalu Muhamad Iqbal",
                # "Pengamat Universitas Airlangga, Rizal Hakim", whatever ordinary words the name holds)
                title = " ".join(surfaces[x] for x in title_words if surfaces[x] not in "()")
                if not title and m == k and len(name_toks) > 1:
                    title = appos or self.apposed_title(k)
                self.emit(m, n, nm, "person", None, title, title_country)
            title_words = []
            m = n
        if title_words:
            # a title alone: "Presiden Kolombia", resolved to its holder later
            tw = [x for x in title_words if surfaces[x] not in "()"]
            if tw and lows[tw[0]] in L.titles:
                s, e = starts[tw[0]], ends[tw[-1]]
                self.title_only.append(Found(s, e, self.text[s:e], "", "person",
                                             title=self.text[s:e], country=title_country, how="title-only"))

    def body_closes_run(self, m: int, j: int) -> bool:
        """Are the capitalized words [m, j) a body's name: ending at its head word ("Royal Thimphu
        College") or going on past one with "for"/"of" ("Carnegie Endowment for International Peace")?"""
        L, lows, caps = self.L, self.toks.lows, self.toks.caps
        return j - m >= 2 and all(caps[x] or lows[x] in L.name_joins for x in range(m, j)) \
            and (lows[j - 1] in L.org_heads
                 or any(lows[x] in L.org_heads and lows[x + 1] in L.name_joins for x in range(m, j - 1)))

    def body_before_acronym(self, title_words: list[int], paren: int) -> None:
        """ "Ketua Umum Gabungan Pengusaha Kelapa Sawit Indonesia (GAPKI) Eddy Martono": the words of
        the title after its title words, opening with a body's head word and closed by an acronym, are
        that body (the acronym its alias)."""
        L, lows = self.L, self.toks.lows
        body = next((x for x in title_words if lows[x] not in L.titles and lows[x] not in L.body_title_modifiers), None)
        if body is None or lows[body] not in L.org_heads or paren - body < 2 or title_words[-1] != paren - 1 \
                or any(x not in title_words for x in range(body, paren)):
            return
        if any(f.start <= self.toks.starts[body] and self.toks.ends[paren - 1] <= f.end and f.kind == "organization"
               for f in self.found[-3:]):
            return                  # read already ("Kementerian Luar Negeri (Kemlu)")
        name = self.text[self.toks.starts[body]:self.toks.ends[paren - 1]]
        self.emit(body, paren, name, "organization", country=self.country_inside(body + 1, paren))
        self.acronym_after(paren, name, "organization")

    def ship_before(self, k: int) -> bool:
        """Does "kapal" stand up to two lower-case words before the run at `k` ("kapal survei Oruc Reis";
        not "kapal China")?"""
        return self.word_before(k, self.L.ship_words, 2)

    def company_before(self, k: int) -> bool:
        """Does a company word stand up to three lower-case words before the run at `k` ("perusahaan
        pertahanan Turki Baykar")?"""
        return self.companies and self.word_before(k, self.L.company_words, 3)

    def word_before(self, k: int, words: frozenset, reach: int) -> bool:
        """Does one of `words` stand at most `reach` lower-case words before token `k`, in its sentence,
        no comma between (the word itself may open the sentence: "Perusahaan ...")?"""
        starts, ends, surfaces, lows, caps, sents, firsts = self.cols
        for b in range(k - 1, max2(-1, k - 1 - reach), -1):
            if sents[b] != sents[k] or "," in self.text[ends[b]:starts[b + 1]]:
                return False
            if lows[b] in words:
                return True
            if caps[b]:
                return False
        return False

    def comma_between(self, a: int, b: int) -> bool:
        """Is there a comma between token a and token b ("sang pemimpin, Kim Yong Chol")?"""
        return "," in self.text[self.toks.ends[a]:self.toks.starts[b]]

    def body_in_title(self, title_words: list[int], title_country: str, m: int, n: int, j: int) -> bool:
        """Is the single word at m, after a title, the body the title belongs to rather than the
        first word of a name? It is when a known person follows it at once ("Partai Golkar Airlangga
        Hartarto"), or when the title names a post in a body that no word of it names yet and two
        words at least are left for the name ("Direktur Utama Pertamina Dwi Soetjipto")."""
        L = self.L
        lows = self.toks.lows
        if n - m <= 2 and n < j:
            g = self.match_gaz(n, j)
            if g is not None and g[0].kind == "country" and n + g[1] + 2 <= j and not title_country \
                    and any(w in L.body_titles for w in (lows[x] for x in title_words)):
                return True     # "Presiden Direktur Freeport Indonesia Tony Wenas": a country's branch
            # (after a title of no body's post, "Ibu Negara Iriana Joko Widodo", the word opens the
            # name of a wife who bears her husband's)
            return n - m == 1 and g is not None and g[0].kind == "person" and g[1] > 1 \
                and any(lows[x] in L.body_titles or lows[x] in L.org_heads for x in title_words)
        if n - m < 3 or lows[m] in L.given_names or title_country:
            return False
        words = [lows[x] for x in title_words]
        return any(w in L.body_titles for w in words) \
            and all(w in L.body_titles or w in L.body_title_modifiers for w in words)

    def foreign_body(self, e: Entry, m: int, j: int) -> tuple[Entry, int] | None:
        """An Indonesian body known by a short name ("Kemlu", "Kemhan": canonical "... RI") followed
        by another country: that country's body. The country and its length in tokens."""
        if e.kind != "organization" or not e.name.endswith(" RI") or m >= j:
            return None
        g = self.match_gaz(m, j)
        if g is None or g[0].kind != "country" or g[0].name == "Indonesia":
            return None
        return g

    def lower_title_before(self, b: int, k: int) -> list[int]:
        """Lower-case title words right before a run ("juru bicara militer Houthi Yahya Saree",
        "mantan kepala negara Nigeria ..."): their indexes, opening with a title word."""
        L = self.L
        lows, caps, sents = self.toks.lows, self.toks.caps, self.toks.sents
        out: list[int] = []
        x = b - 1
        while x >= 0 and b - x <= 4 and sents[x] == sents[k] \
                and (lows[x] in L.titles or (lows[x] in L.title_words and not caps[x])) \
                and not self.comma_between(x, x + 1):       # (the cheap tests first: most runs have no title before)
            out.insert(0, x)
            if caps[x]:
                break               # "Juru bicara ...": a capitalized title word opens the role
            x -= 1
        while out and lows[out[0]] not in L.titles:
            out.pop(0)
        return out

    def name_goes_on(self, a: int, b: int, loose: bool = False) -> bool:
        """Are the tokens [a, b) the rest of a person's name: capitalized words, no acronym, no
        title, and (unless `loose`: after initials) none ordinary, none a known name or body?"""
        L = self.L
        starts, ends, surfaces, lows, caps, sents, firsts = self.cols
        return a < b and all(caps[x] and lows[x] not in L.titles
                             and not (surfaces[x].isupper() and len(surfaces[x]) > 1)
                             and (loose or (lows[x] not in L.common and L.heads.get(lows[x]) is None))
                             for x in range(a, b))

    def apposed_title(self, k: int, strict: bool = False) -> str:
        """ "Utusan khusus Trump untuk Timur Tengah, Steve Witkoff, ...": a title set off by a
        comma right before the name, or by "saat itu" ("Presiden Rusia saat itu Dmitry Medvedev").
        `strict`: no place word ("di Istana Bogor, Jawa Barat") between the title and the comma."""
        L = self.L
        starts, ends, surfaces, lows, caps, sents, firsts = self.cols
        if k < 2 or sents[k - 1] != sents[k]:
            return ""
        end = k             # the title ends before `end`
        if k >= 3 and f"{lows[k - 2]} {lows[k - 1]}" in L.then_words:
            end = k - 2     # "Presiden Rusia saat itu Dmitry Medvedev", "... kala itu, X"
        elif self.text[ends[k - 1]:starts[k]] != ", ":
            return ""
        for b in range(end - 1, max2(-1, end - 13), -1):
            if not caps[b] and lows[b].startswith(L.no_title_verbs) and lows[b] not in L.titles \
                    and lows[b] not in L.title_words and not (b > 0 and lows[b - 1] in L.title_relatives):
                # an active verb ends the title read back: what follows it titles the name only when it is
                # someone's role ("menelepon mitranya dari Kuwait, Sheikh Salem", "kandidatnya, Edmundo
                # Gonzalez"), not a place ("memperpanjang jalur kereta hingga Surabaya, Jawa Timur")
                role = next((x for x in range(b + 1, end) if self.role_word(lows[x])), None)
                return self.text[starts[role]:ends[end - 1]] if role is not None else ""
            if surfaces[b] in "()" and ((surfaces[b] == ")" and b >= 2 and surfaces[b - 2] == "(")
                                        or (surfaces[b] == "(" and b + 2 < end and surfaces[b + 2] == ")")):
                continue            # "peneliti Centre for ... Studies (CSIS) Jakarta, Andika Pratama": a body's acronym
            if sents[b] != sents[k] or surfaces[b] in "()" or (strict and lows[b] in L.place_preps) \
                    or (b < end - 1 and "," in self.text[ends[b]:starts[b + 1]]):
                return ""           # (a title holds no comma: "Pengamat Timur Tengah dari Universitas Islam
                                    # Negeri Syarif Hidayatullah Jakarta, Fauzan Hidayat, ..."; nor an
                                    # active verb: "Presiden Jokowi menyampaikan ... hingga Surabaya, Jawa Timur")
            if lows[b] in L.titles and (caps[b] or b < end - 1):     # "juru bicara Houthi, X,"
                while b > 0 and not caps[b] and lows[b - 1] in L.titles and sents[b - 1] == sents[k]:
                    b -= 1
                return self.text[starts[b]:ends[end - 1]]
        return ""

    def role_word(self, low: str) -> bool:
        """Is the word a role or a title, the possessive "-nya" taken off ("mitranya", "kandidatnya")?"""
        L = self.L
        base = low[:-3] if low.endswith("nya") else low
        return low in L.counterparts or base in L.person_cues or base in L.titles

    def country_inside(self, m: int, j: int) -> str:
        """The country an organization's name holds: "Penjaga Pantai China" is a state's body."""
        for x in range(m, j):
            g = self.match_gaz(x, j)
            if g is not None and g[0].kind == "country":
                return g[0].name
        return ""

    def title_goes_on(self, m: int, j: int) -> bool:
        """Inside a title naming an organization, a word is still the organization's when a
        country, an organization or another title word follows it in the run."""
        L = self.L
        starts, ends, surfaces, lows, caps, sents, firsts = self.cols
        for x in range(m, j):
            if lows[x] in L.titles:
                return True
            g = self.match_gaz(x, j)
            if g is not None and g[0].kind in ("country", "organization"):
                return True
        return False

    def split_org_person(self, k: int, j: int) -> bool:
        """ "Pemerintah Brasil" is the country; "(Juru bicara) Kementerian Luar Negeri China Lin Jian"
        is an organization ending at its country and the person who speaks for it."""
        L = self.L
        starts, ends, surfaces, lows, caps, sents, firsts = self.cols
        g = self.match_gaz(k + 1, j)
        if g is not None and k + 1 + g[1] == j and lows[k] in L.government_words and g[0].kind == "person" \
                and g[0].country in L.countries:
            e = L.countries[g[0].country]   # "Pemerintah Maduro" is Venezuela
            self.emit(k, j, e.name, e.kind, e)
            return True
        if g is not None and k + 1 + g[1] == j and (
                (lows[k] in L.government_words and g[0].kind == "country") or g[0].kind == "organization"):
            e = g[0]            # "Kelompok Hamas" is Hamas
            self.emit(k, j, e.name, e.kind, e)
            return True
        for x in range(k + 1, j - 1):
            g = self.match_gaz(x, j)
            if g is None or g[0].kind != "country":
                continue
            rest = range(x + g[1], j)
            if not rest or any((not caps[r] and lows[r] not in L.particles) or lows[r] in L.org_heads
                               or lows[r] in L.place_heads or lows[r] in L.titles
                               or surfaces[r] in "()" for r in rest) \
                    or sum(lows[r] in L.common for r in rest) > max2(0, len(rest) - 2):
                return False    # a name: capitals, ordinary words at most in part ("Lalu Muhamad Iqbal")
            org = self.text[starts[k]:ends[x + g[1] - 1]]
            self.emit(k, x + g[1], org, "organization", country=g[0].name)
            title = org
            if k > 0 and sents[k - 1] == sents[k]:
                # "Juru bicara Kementerian ...": the title words just before the organization
                b = k - 1
                while b > 0 and k - b < 4 and lows[b] not in L.titles and sents[b - 1] == sents[k]:
                    b -= 1
                while b > 0 and lows[b] in L.titles and lows[b - 1] in L.titles and sents[b - 1] == sents[k]:
                    b -= 1          # "Juru bicara"
                if lows[b] in L.titles:
                    title = self.text[starts[b]:ends[x + g[1] - 1]]
            self.emit(x + g[1], j, self.text[starts[x + g[1]]:ends[j - 1]], "person", None, title, g[0].name)
            return True
        return False

    def body_then_known(self, k: int, j: int) -> bool:
        """ "(Pemimpin oposisi) Partai Buruh Anthony Albanese": a body's name, then a person the
        gazetteer knows, ending the run."""
        starts, ends = self.toks.starts, self.toks.ends
        for x in range(k + 2, j):
            g = self.match_gaz(x, j)
            if g is not None and g[0].kind == "person" and x + g[1] == j:
                body = self.text[starts[k]:ends[x - 1]]
                if self.toks.lows[k] in self.L.government_words and g[0].country in self.L.countries \
                        and all(low in self.L.titles for low in self.toks.lows[k + 1:x]):
                    e = self.L.countries[g[0].country]      # "Pemerintah Presiden William Ruto": Kenya, and Ruto
                    self.emit(k, x, e.name, e.kind, e)
                    self.emit(x, j, g[0].name, "person", g[0], " ".join(self.toks.surfaces[k + 1:x]), e.name)
                    return True
                self.emit(k, x, body, "organization", country=self.country_inside(k + 1, x))
                self.emit(x, j, g[0].name, "person", g[0], body, g[0].country)
                return True
        return False

    def known_at_end(self, k: int, j: int) -> bool:
        """Does a country or organization the gazetteer knows end the run [k, j) after its first word?"""
        for x in range(j - 1, k, -1):
            g = self.match_gaz(x, j)
            if g is not None and x + g[1] == j and g[0].kind in ("country", "organization"):
                return True
        return False

    def titled_before(self, k: int) -> bool:
        """Is there a title right before token k, or a few lower-case words before it ("Pengamat
        hubungan internasional Universitas ...", "Juru bicara Istana ...")?"""
        L = self.L
        caps, lows, sents = self.toks.caps, self.toks.lows, self.toks.sents
        b = k - 1
        while b >= 0 and k - b <= 4 and sents[b] == sents[k] and not caps[b] and lows[b] not in L.titles \
                and not self.comma_between(b, b + 1):
            b -= 1
        return b >= 0 and k - b <= 4 and sents[b] == sents[k] and lows[b] in L.titles \
            and not self.comma_between(b, k)

    def body_then_name(self, k: int, j: int) -> bool:
        """After a title, "Universitas Padjadjaran Teuku Rezasyah" is a body and then the person
        (the last two words, when they are no ordinary words and the body keeps two at least)."""
        L = self.L
        starts, ends, surfaces, lows, caps, sents, firsts = self.cols
        if j - k < 4 or any(surfaces[x] in "()" for x in range(k, j)) or not self.titled_before(k):
            return False
        name = range(j - 2, j)
        if any(lows[x] in L.common or lows[x] in L.org_heads or lows[x] in L.place_heads or lows[x] in L.titles
               or not caps[x] or self.match_gaz(x, j) is not None for x in name):
            return False
        body = self.text[starts[k]:ends[j - 3]]
        self.emit(k, j - 2, body, "organization", country=self.country_inside(k + 1, j - 2))
        self.emit(j - 2, j, self.text[starts[j - 2]:ends[j - 1]], "person", None, body)
        return True

    def acronym_after(self, j: int, name: str, kind: str) -> None:
        surfaces = self.toks.surfaces
        if j + 2 < self.n and surfaces[j] == "(" and surfaces[j + 2] == ")" and surfaces[j + 1].isupper():
            t = self.tok(j + 1)
            # an abbreviation of the name before it: same first letter, and no actor of its own
            # (or any short one after an organization: "Tentara Pembebasan Rakyat (PLA)")
            initials = {name[:1].upper(), name[4:5].upper() if name.startswith("The ") else ""}
            if t.text[0] not in initials and not (kind == "organization" and len(t.text) <= 6):
                return
            known = self.L.gazetteer.get(_key(t.text))
            if known is not None:
                last = self.found[-1] if self.found else None
                if known.kind == kind == "organization" and last is not None \
                        and last.name == name and last.entry is None:
                    # "Organization Petroleum Exporting Countries (OPEC)", "Pakta Pertahanan Atlantik Utara
                    # (NATO)": a known body, named in a form no list holds
                    last.name, last.entry = known.name, known
                return
            self.found.append(Found(t.start, t.end, t.text, name, kind, how="acronym"))


_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")   # "I" .. "XXXIX": a numbered body's numeral
