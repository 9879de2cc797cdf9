"""Paragraphs and sentences with character offsets, and boilerplate detection.

Plain Python. A paragraph is a line of the article; a sentence ends at ".", "!" or "?"
followed by a space and a capital, a digit or a quote, except after an abbreviation ("Dr.",
"H.", "No.", "Jl."), an initial ("J.D."), or inside a number ("33,8" and "1.200" never split).

>>> [s.text for s in split_sentences("Presiden H. Prabowo tiba. Ia disambut Dr. Sugiono.")]
['Presiden H. Prabowo tiba.', 'Ia disambut Dr. Sugiono.']
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence (case-folded, without the dot).
ABBREVIATIONS = frozenset("""
dr drs dra ir h hj no nomor jl jln st prof kol let letjen mayjen brigjen jend kapt mr mrs ms
sdr yth a.n u.p dll dsb dst tsb vs kab kec kel pt tbk bpk ibu inc ltd co corp jr sr
""".split())

# Lines (or sentences) that are not news: cross-links, widgets, credits, ads.
BOILERPLATE = re.compile(
    r"""^\s*(?:
        baca\s+juga\b | baca\s+selengkapnya\b | lihat\s+juga\b | simak\s+juga\b | simak\s+video\b
      | advertisement\b | scroll\s+to\s+continue | iklan\b | artikel\s+terkait\b | berita\s+terkait\b
      | (?:editor|penulis|reporter|pewarta|penyunting|sumber|video|oleh)\s*:
      | laporan\s+(?:wartawan|reporter|koresponden)\b
      | (?:dapatkan|ikuti|follow|gabung)\b.{0,60}\b(?:update|berita|whatsapp|telegram|google\s+news|channel)
      | (?:bagikan|share)\b\s*:?\s*(?:facebook|twitter|whatsapp|$)
      | \(\s*(?:foto|dok|ant|antara)\b
      | copyright\b | ©
      | (?:tag|tags|topik)\s*:
    )""",
    re.I | re.X,
)

# A byline or dateline line: "Kompas.com - 29/07/2025, 16:45 WIB", "Minggu, 18 Mei 2025 14:05 WIB".
_BYLINE_ZONES = ("WIB", "WITA", "WIT")
_BYLINE = re.compile(r"^\s*(?:[\w.]+\s*[-–—]\s*)?(?:\w+,\s*)?\d{1,2}[/ ]\w+[/ ]\d{4}[, ]+\d{1,2}[:.]\d{2}\s*"
                     r"(?:" + "|".join(_BYLINE_ZONES) + r")?\s*$", re.I)
_BYLINE_LAST = {c for zone in _BYLINE_ZONES for c in (zone[-1].lower(), zone[-1].upper())}   # besides a digit

# "JAKARTA, KOMPAS.com – ", "Istanbul (ANTARA) - ", "Beirut - ", "Jakarta, CNN Indonesia -- ",
# and with the day of the news: "JAKARTA, 26 Januari 2026 – ", "Jakarta, 26/1/2026 (ANTARA) - "
_DATELINE = re.compile(r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}(?: \([^)]{1,30}\)|, [\w.]+(?: [A-Z][\w.]*| com)?)\s*[-–—]{1,2}\s+"
                       r"|[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3},(?: [A-Z]\w+,)? (?:\d{1,2} [A-Z][a-z]+ \d{4}|\d{1,2}/\d{1,2}/\d{4})"
                       r"(?: \([^)]{1,30}\))?\s*[-–—]{1,2}\s+"
                       r"|[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)?\s+[-–—]{1,2}\s+")

# A sentence ends at ".", "!" or "?" (and closing quotes) before a space and a capital. Written
# "[.!?][.!?]*" rather than "[.!?]+" so that the regex engine scans for the first character instead
# of trying every position, and "\.\.*" where a paragraph has no "!" or "?" (a faster scan still).
_END_AFTER = r"[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9\"“‘])"
_END = re.compile(r"[.!?][.!?]*" + _END_AFTER)
_END_DOT = re.compile(r"\.\.*" + _END_AFTER)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int                  # index of the paragraph (line) holding it
    index: int                      # index of the sentence in the article
    kind: str = "body"              # body, headline, byline, heading, caption, boilerplate
    dateline: int = 0               # length of the dateline opening it ("PORT MORESBY, KOMPAS.com - "), if any

    @property
    def is_news(self) -> bool:
        return self.kind == "body"


def dateline_length(line: str) -> int:
    """Length of the dateline that opens a paragraph, 0 when there is none.

    >>> dateline_length("Istanbul (ANTARA) - Perundingan langsung pertama ...")
    20
    >>> dateline_length("Presiden Prabowo tiba.")
    0
    """
    if "-" not in line and "–" not in line and "—" not in line:
        return 0                # no dash, no dateline (a quick test: most lines have none)
    m = _DATELINE.match(line)
    return m.end() if m else 0


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, leading and trailing spaces left out."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            out.append((start, start + len(stripped)))
        pos += len(line) + 1
    return out


# The end of a quote: its last mark of punctuation, then the quote mark ('"...," kata X', '"...?" tanya X').
CLOSING_QUOTE = "[,.!?][\"”’']"

def max2(a, b):
    """`max(a, b)` of two values, the same one returned. (The builtin parses keywords at every call in
    Python 3.11: some 1,000 instructions, several times what this costs; extraction clamps offsets
    to a sentence or a clause some 800 times an article.)"""
    return b if b > a else a


def min2(a, b):
    """`min(a, b)` of two values, the same one returned (see `max2`)."""
    return b if b < a else a


_WORD_CHAR = re.compile(r"[\w-]")


def starts_word(low: str, at: int) -> bool:
    """Does a word start at `at` (no letter, digit or hyphen before it)? A regex of words found
    without a lookbehind at its head, which would keep the engine from skipping ahead, asks this
    where it matched.

    >>> starts_word("permasalahan masalah", 4), starts_word("permasalahan masalah", 13)
    (False, True)
    """
    return at == 0 or _WORD_CHAR.match(low, at - 1) is None


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")       # "J.D", "a.n"


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the period at `dot` close an abbreviation or an initial?"""
    # the letters and periods right before it: usually the whole word after the last space
    i = text.rfind(" ", 0, dot) + 1
    word = text[i:dot]
    letters = word.replace(".", "")
    if not (letters.isalpha() or (word and not letters)):
        i = dot
        while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
            i -= 1
        word = text[i:dot]
    if not word:
        return False
    folded = word.casefold()
    if folded in ABBREVIATIONS or folded.rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():          # an initial: "J. Doe", "H. Prabowo"
        return True
    if "." in word and _INITIALS.fullmatch(word):     # (initials hold a period: a quick test first)
        return True
    return False


# The longest a sentence may be: news sentences stay under 500 characters (the longest of 15,000
# in the corpus and the gold sets has 412); a longer "sentence" (a text without full stops) is cut
# at its last comma, semicolon or space before this length, so that the work on a sentence, which
# grows faster than its length, stays bounded
LONGEST_SENTENCE = 1000
_CUTS = (", ", "; ", " ")


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    chunk = text[start:end]
    ends = _END if "!" in chunk or "?" in chunk else _END_DOT
    for m in ends.finditer(chunk):
        dot = start + m.start()
        if text[dot] == "." and _is_abbreviation(text, dot):
            continue
        e = start + m.end()
        if e - s > 1:
            out.extend(_bounded(text, s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.extend(_bounded(text, s, end))
    return out


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence [start, end), cut into pieces of at most LONGEST_SENTENCE characters.

    >>> _bounded("a, " * 600, 0, 1800)
    [(0, 998), (999, 1800)]
    """
    if end - start <= LONGEST_SENTENCE:
        return [(start, end)]
    return _cut_long(text, start, end)


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`_bounded` of a sentence longer than LONGEST_SENTENCE (apart: the comprehension below makes
    the names it uses cells, which every call of a function holding it pays for)."""
    out = []
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = next((c + len(sep.rstrip()) for sep in _CUTS
                    if (c := text.rfind(sep, start + 1, limit - 1)) > start), limit)
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


# A photo caption names where people stand in the picture ("Narendra Modi (kiri) berjabat tangan dengan
# Xi Jinping di Kazan") or opens with "Foto:": it shows what the story tells and tells no news of its
# own, but the people it names are the story's ("Foto: Presiden Sri Lanka Ranil Wickremesinghe ..."
# when the story says "Wickremesinghe"). Its closing credit ("(AFP)", "(REUTERS/Murad Sezer)",
# "(dok. Kemlu)") names nobody of the story.
CAPTION = re.compile(r"\((?:kiri|kanan|tengah|ki-ka|ka-ki|dari\s+kiri|dari\s+kanan|dua\s+dari\s+(?:kiri|kanan))\)", re.I)
_CAPTION_LINE = re.compile(r"\s*(?:foto|ilustrasi|grafis)\s*:", re.I)
CAPTION_LONGEST = 600       # characters: a caption is a line or two (the longest of 600 articles: 243)
_CREDIT = re.compile(r"\s*\([^()\n]*\)[ \t.]*(?=\n|$)")


def classify_paragraph(line: str, index: int, count: int) -> str:
    """body, headline, byline, heading or boilerplate."""
    if BOILERPLATE.match(line):
        return "boilerplate"
    # (quick tests first, as for a dateline: no colon, no "Foto:"; no parenthesis, no "(kiri)")
    if len(line) <= CAPTION_LONGEST and ((":" in line and _CAPTION_LINE.match(line))
                                         or ("(" in line and CAPTION.search(line) and not dateline_length(line))):
        return "caption"            # (a story's first line, opening with its dateline, is no caption; nor is
                                    # a whole story on one line that says "(kiri)" somewhere)
    last = line.rstrip()[-1:]
    # a byline ends with its time, a digit or a time zone ("16:45 WIB"): most lines are no byline
    # at their last character, before its pattern is tried
    if (last.isdecimal() or last in _BYLINE_LAST) and _BYLINE.match(line):
        return "byline"
    ends = last in ".!?\"”'’:)"
    if not ends and len(line) < 160 and count > 1:
        return "headline" if index == 0 else "heading"
    return "body"


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of the article, with its offsets, paragraph and kind.

    Actors and events both need them: `extract()` splits once and hands the list to both."""
    paragraphs = split_paragraphs(text)
    out: list[Sentence] = []
    for p, (ps, pe) in enumerate(paragraphs):
        kind = classify_paragraph(text[ps:pe], p, len(paragraphs))
        spans = _sentences_in(text, ps, pe)
        if kind == "caption" and spans and (credit := _CREDIT.search(text, spans[-1][0], pe)) is not None \
                and not CAPTION.match(text, credit.start() + credit.group().find("(")):
            s, e = spans.pop()          # the closing credit is a sentence of its own, boilerplate
            cut = credit.start()
            if cut > s:
                spans.append((s, cut))
            spans.append((cut + len(credit.group()) - len(credit.group().lstrip()), e))
        for i, (s, e) in enumerate(spans):
            sk = kind
            # (the first sentence of a body paragraph is no boilerplate: the paragraph was tested, and
            # what the pattern matches at a sentence's start it matches at its paragraph's)
            if sk == "body" and i and BOILERPLATE.match(text[s:e]):
                sk = "boilerplate"
            elif sk == "caption" and text[s] == "(" and _CREDIT.match(text, s) is not None:
                sk = "boilerplate"
            out.append(Sentence(s, e, text[s:e], p, len(out), sk, dateline_length(text[s:e]) if not i else 0))
    return out


# Marks lost in a wrong decoding ("\ufffd", the replacement character, where a curly quote or a
# dash was). A quote mark: one opening a word after a space or a line start, or one closing after
# the punctuation a quote ends with or after a word an earlier one opened (before a space, a
# punctuation mark or the line end). A dash: one between spaces ("KOMPAS.com \ufffd Harga", the
# dateline's). One inside a word was a letter: it is left.
_LOST_OPEN = re.compile(r"(?:^|(?<=\s))\ufffd(?=[^\s\ufffd])", re.M)
_LOST_CLOSE = re.compile(r"(?<=\S)\ufffd(?=[\s.,;:!?)]|$)", re.M)
_LOST_DASH = re.compile(r"(?<= )\ufffd(?= )")
_QUOTE_END_MARKS = frozenset(".,;:!?")


def mend_lost_marks(text: str) -> str:
    """The text with its lost quote marks written `"` again and its lost dashes `–`; of the same
    length, so that every offset into it points into the text given.

    >>> mend_lost_marks("\ufffdKami menolak,\ufffd kata Petro. KOMPAS.com \ufffd Harga. Caf\ufffd.")
    '"Kami menolak," kata Petro. KOMPAS.com – Harga. Caf\ufffd.'
    """
    if "\ufffd" not in text:
        return text
    chars = list(text)
    opened = -1                         # where the last quote opened, while it is open
    for m in sorted((*_LOST_OPEN.finditer(text), *_LOST_CLOSE.finditer(text)), key=lambda m: m.start()):
        at = m.start()
        if m.re is _LOST_OPEN:
            chars[at], opened = '"', at
        elif text[at - 1] in _QUOTE_END_MARKS or (opened >= 0 and "\n" not in text[opened:at]):
            chars[at], opened = '"', -1
    for m in _LOST_DASH.finditer(text):
        chars[m.start()] = "–"
    return "".join(chars)


# ------------------------------------------------------------------ fast scanning helpers


def literal_heads(pattern: str, limit: int = 2000, spaced: bool = False) -> set[str] | None:
    r"""The literal beginnings every match of `pattern` starts with ("menerima", "melakukan" for
    "(?:menerima|melakukan)\s+telepon"), or None when some match may start otherwise. `spaced`: a
    run of whitespace ("\s+") after a literal beginning goes on in it as one space.

    >>> sorted(literal_heads(r"(?:pada|di)\s+waktu\s+(?:\w+\s+)?yang", spaced=True))
    ['di waktu', 'pada waktu']
    """
    from re import _constants as C, _parser as P

    def whitespace_run(op, av) -> bool:
        return op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 \
            and list(av[2]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])]

    def heads(items: list, prefix: str) -> set[str] | None:
        if not items:
            return {prefix}
        op, av = items[0]
        rest = items[1:]
        if op is C.LITERAL:
            return heads(rest, prefix + chr(av))
        if op is C.ASSERT_NOT and av[0] < 0:       # a negative lookbehind: zero width, no letter of the match
            return heads(rest, prefix)
        if op is C.SUBPATTERN and not av[1] and not av[2]:     # a group with no flags
            return heads(list(av[3]) + rest, prefix)
        if op is C.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                h = heads(list(alt) + rest, prefix)
                if h is None:
                    return None
                out |= h
                if len(out) > limit:
                    return None
            return out
        if spaced and prefix and prefix[-1] != " " and whitespace_run(op, av):
            return heads(rest, prefix + " ")
        return {prefix}
    found = heads(list(P.parse(pattern)), "")
    if found is None or "" in found:
        return None
    return {h.rstrip(" ") for h in found} if spaced else found


def top_alternatives(pattern: str) -> list[str]:
    r"""The alternatives of `pattern` at its top level (inside a group that wraps it whole), in order.

    >>> top_alternatives(r"(?:a|b(?:c|d)|[|]e)")
    ['a', 'b(?:c|d)', '[|]e']
    >>> top_alternatives(r"(?:a|b)\s+c")
    ['(?:a|b)\\s+c']
    """
    while True:
        cuts, depth, closes, i, n = [], 0, -1, 0, len(pattern)
        while i < n:
            c = pattern[i]
            if c == "\\":
                i += 1                  # (the character escaped)
            elif c == "[":             # a set: its "|" and parentheses are characters
                i += 2 if pattern.startswith("^", i + 1) else 1
                if pattern[i] == "]":
                    i += 1              # (a "]" first is one of the set)
                while pattern[i] != "]":
                    i += 2 if pattern[i] == "\\" else 1
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0 and closes < 0:
                    closes = i          # where the first group at the top level closes
            elif c == "|" and depth == 0:
                cuts.append(i)
            i += 1
        if cuts or not pattern.startswith("(?:") or closes != n - 1:
            return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, n])]
        pattern = pattern[3:-1]


def trie_regex(words, any_space: bool = False, ahead: bool = False) -> str:
    r"""A regex matching exactly the words, with shared prefixes factored out, so that the regex
    engine rejects a place after a character or two instead of trying each word. Where words
    share a beginning, the longest that matches is taken. `any_space`: a space in a word matches
    any run of whitespace ("dini  hari", "ke\ndepan"). `ahead`: what follows a space in a word is
    not matched but must follow, after any run of whitespace ("di(?=\s+waktu)" for "di waktu": "di"
    where "waktu" follows), unless the word before the space is one of the words too.
    (Tried faster, same matches: the branches of lower-case letters come first, as most words of
    a text are lower case, and an optional ending is written "(?:...|)", which the regex engine
    tries without the bookkeeping of a repeat "(?:...)?".)

    >>> trie_regex(["senin", "selasa", "sabtu"])
    's(?:abtu|e(?:lasa|nin))'
    >>> [m.group() for m in re.finditer(trie_regex(["temu", "tembak", "tema"]), "tembak temu tem")]
    ['tembak', 'temu']
    >>> bool(re.fullmatch(trie_regex(["dini hari", "dini"], any_space=True), "dini  hari"))
    True
    >>> trie_regex(["di waktu", "pada waktu", "pada", "dia"], ahead=True)
    '(?:di(?:a|(?=\\s+waktu))|pada)'
    """
    return _node_regex(_trie(words), r"\s+" if any_space else re.escape(" "), ahead)


def trie_branches(words, any_space: bool = False) -> list[str]:
    r"""`trie_regex` of the words cut into its branches, one a first character, to be put in an
    alternation of one's own: the regex engine passes over a branch whose first character is not
    the text's at a look, where it enters a nested alternation before it looks.

    >>> trie_branches(["senin", "selasa", "rabu"])
    ['rabu', 'se(?:lasa|nin)']
    """
    trie = _trie(words)
    space = r"\s+" if any_space else re.escape(" ")
    return [_node_regex({ch: trie[ch]}, space) for ch in sorted((k for k in trie if k), key=_lower_first)]


def _trie(words) -> dict:
    """The words as a trie of characters, "" marking where a word ends."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _node_regex(node: dict, space: str, ahead: bool = False) -> str:
    branches = []
    for ch in sorted((k for k in node if k), key=_lower_first):
        if ahead and ch == " ":
            if "" not in node:              # (a word that ends here needs nothing after it)
                branches.append(r"(?=\s+" + _node_regex(node[ch], r"\s+") + ")")
            continue
        child, text = node[ch], space if ch == " " else re.escape(ch)
        # a chain of single children: one literal (in `ahead`, up to a space)
        while len(child) == 1 and "" not in child and not (ahead and " " in child):
            (nxt, child), = child.items()
            text += space if nxt == " " else re.escape(nxt)
        rest = _node_regex(child, space, ahead) if child.keys() - {""} else ""
        if rest and "" in child:
            text += f"(?:{rest}|)"
        elif rest:
            text += rest if "|" not in rest or rest.startswith(("(?:", "(?=")) and _balanced(rest) else f"(?:{rest})"
        branches.append(text)
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _lower_first(ch: str) -> tuple:
    return not ch.islower(), ch


def _balanced(rx: str) -> bool:
    """Whether a regex that starts with a group ("(?:", "(?=") is wholly that group."""
    depth = 0
    for i, ch in enumerate(rx):
        if ch == "\\":
            continue
        if ch == "(" and (i == 0 or rx[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and rx[i - 1] != "\\":
            depth -= 1
            if depth == 0 and i != len(rx) - 1:
                return False
    return True


_OPENING_BOUNDARY = re.compile(r"(\(\?:)?(?:\(\?<!\[\\w-\]\)|\\b)")    # "(?<![\w-])", "\b", "(?:\b"


def opens_with_boundary(rx: re.Pattern) -> bool:
    r"""Does `rx` open with a word boundary ("(?<![\w-])yang", "\bsejak", "(?:\bmembantah")?"""
    return _OPENING_BOUNDARY.match(rx.pattern) is not None


class Searched:
    r"""A pattern opening with a word boundary ("(?<![\w-])yang", "\bsejak"), searched fast. The
    boundary keeps the regex engine from skipping ahead to the letters the pattern starts with, so
    the pattern without it is searched for first: no match there, none at all; else the pattern
    itself is searched for from where that match starts (it cannot match before). Same matches
    as `rx.search`; `match`, `fullmatch` and `finditer` are `rx`'s own.

    >>> Searched(re.compile(r"\byang\b")).search("orang yang datang").span()
    (6, 10)
    >>> Searched(re.compile(r"\byang\b")).search("sayang") is None
    True
    """
    __slots__ = ("pattern", "match", "fullmatch", "finditer", "_search", "_quick")

    def __init__(self, rx: re.Pattern):
        self.pattern, self.match, self.fullmatch, self.finditer = rx.pattern, rx.match, rx.fullmatch, rx.finditer
        self._search = rx.search
        opening = _OPENING_BOUNDARY.match(rx.pattern)
        self._quick = re.compile((opening.group(1) or "") + rx.pattern[opening.end():], rx.flags).search

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        first = self._quick(string, pos, endpos)
        return None if first is None else self._search(string, first.start(), endpos)
