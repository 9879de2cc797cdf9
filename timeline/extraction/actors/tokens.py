"""The words of the news sentences as columns (`Tokens`), split once an article; `Tok` is one
token in full, for the few places that take tokens one by one."""
from __future__ import annotations

import bisect
import re
from collections import namedtuple
from dataclasses import dataclass

from ..names import fold


# The words (and parentheses) of the news sentences, as columns rather than one object per word
# (an article has hundreds; columns are built by C loops): token i is starts[i], ends[i],
# surfaces[i] (its text), lows[i] (lower-cased), caps[i] (capitalized), sents[i] (index of its
# sentence), firsts[i] (first word of its sentence, or after an opening parenthesis).
_TOKEN_SPLITS = (        # split() gives: what comes before a token, the token, ..., what is left
    # "Dr." and "SPBU-nya" are the word alone ("SPBU-nya." keeps it): the period stays between
    # tokens, "-nya" is split off as a piece of its own (never a token: dropped in _tokenize).
    # (Possessive: what a word took is never given back. "-(?<=...)", "(?:...|)" and one group
    # rather than two: the same tokens, found with about a quarter fewer instructions.)
    r"({w}++(?:[.'’]{w}++|-(?!nya(?!{w})(?![.'’\-]{w})(?!\.)){w}++)*+(?:\+(?!{w})|)"
    r"|[()]|-(?<={w}-)nya)")
# {w}: a letter or digit, a word character other than "_"
_SPLIT_TOKEN = re.compile(_TOKEN_SPLITS.replace("{w}", r"[^\W_]"))
# ... the same in a text without "_", where it is any word character: the regex engine finds an
# ASCII letter or digit in a table before it would ask Unicode's word class ([^\W_] asks that of
# every character, for some 10% more instructions to split the text)
_SPLIT_TOKEN_NO_UNDERSCORE = re.compile(_TOKEN_SPLITS.replace("{w}", r"[0-9A-Za-z\w]"))


_NYA = "-nya"       # the piece _SPLIT_TOKEN splits off a word that is no token

# A mark that may close a word and is no token, nor goes on one, where a space follows ("Jakarta,",
# "2025.", 'kata"'): a word of letters and digits before one is a token of its own
_CLOSING_MARKS = frozenset(",.;:!?\"”'’")


# One token in full, for the few places that take tokens one by one.
Tok = namedtuple("Tok", "start end text low cap sent first")


@dataclass(slots=True)
class Tokens:
    starts: list
    ends: list
    surfaces: list
    lows: list
    caps: list
    sents: list
    firsts: list


def _tokenize(text: str, sentences) -> Tokens:
    """The tokens of `sentences`: what `_TOKEN.finditer` finds, a trailing period or "-nya" left out.

    One pass over the text from the first sentence to the last (`_words`; no token crosses a
    sentence's end, which a space or a line end follows); the sentences that follow one another
    with no token between them (most of an article) then take their tokens as one slice."""
    if not sentences:
        return Tokens([], [], [], [], [], [], [])
    lo = sentences[0].start
    all_starts, all_ends, words = _words(text[lo:sentences[-1].end], lo)
    n = len(words)
    sents: list[int] = []
    firsts = [False] * n
    blocks: list[list[int]] = []        # [first token, end] of sentences with no token between them
    b = 0
    for si, s in enumerate(sentences):
        a = bisect.bisect_left(all_starts, s.start, b)
        b = bisect.bisect_left(all_starts, s.end, a)
        if a == b:
            continue
        sents += [si] * (b - a)          # (a list's product: faster than extending with repeat())
        firsts[a] = True
        k = a
        while k < b - 1 and words[k] == "(":
            k += 1
            firsts[k] = True
        if blocks and blocks[-1][1] == a:
            blocks[-1][1] = b
        else:
            blocks.append([a, b])
    if len(blocks) == 1 and blocks[0] == [0, n]:
        T = Tokens(all_starts, all_ends, words, None, None, sents, firsts)
    else:
        T = Tokens([], [], [], None, None, sents, [])
        for a, b in blocks:
            T.starts += all_starts[a:b]
            T.ends += all_ends[a:b]
            T.surfaces += words[a:b]
            T.firsts += firsts[a:b]
    T.lows = list(map(str.lower, T.surfaces))
    # "Erdoğan" looks up as "erdogan" (names.fold); whether a word needs it, the words joined tell at
    # once (for fewer instructions than asking each)
    if not "".join(T.surfaces).isascii():
        T.lows = [w if w.isascii() else fold(w) for w in T.lows]
    T.caps = [w[0].isupper() for w in T.surfaces]     # (fewer instructions than two maps)
    return T


def _hyphened(word: str) -> bool:
    """Is the word words of letters and digits joined by hyphens ("benar-benar", "AS-China", "ke-47")?"""
    return word.replace("-", "").isalnum() and word[0] != "-" and word[-1] != "-" and "--" not in word


def _words(news: str, lo: int) -> tuple[list, list, list]:
    r"""The starts, ends and surfaces of the tokens of `news` (which starts at `lo` in the text): the
    tokens `_SPLIT_TOKEN.split` splits off, "-nya" left out.

    No token holds a space or a line end, and what the pattern looks for around a token is neither
    (at the end of a stretch searched, it finds what it would find before one): the text is cut at
    its spaces and line ends, and each piece read alone. Most pieces are words of letters and digits
    (`str.isalnum` asks of each character what `[^\W_]` asks), each one token, or such a word and a
    closing mark ("Jakarta,"), or such words joined by hyphens ("benar-benar", "AS-China"); the
    others ("(12/5).", "SPBU-nya") are split by the pattern. (Some 0.3 M instructions fewer a dev
    article than splitting the whole text with it and counting the offsets of its pieces: each of
    its matches costs the regex engine a search set up anew; and cut at line ends too,
    "Rusia.\nPerang" is two pieces of those kinds, not one for it.)"""
    split = (_SPLIT_TOKEN if "_" in news else _SPLIT_TOKEN_NO_UNDERSCORE).finditer
    starts, ends, words = [], [], []
    at = lo                     # where the piece starts in the text
    for piece in news.replace("\n", " ").split(" "):      # (the same length: offsets stay)
        n = len(piece)
        if piece.isalnum():
            starts.append(at)
            ends.append(at + n)
            words.append(piece)
        elif n > 1 and piece[-1] in _CLOSING_MARKS and piece[:-1].isalnum():
            starts.append(at)
            ends.append(at + n - 1)
            words.append(piece[:-1])
        elif "-" in piece and "nya" not in piece \
                and _hyphened(word := piece[:-1] if piece[-1] in _CLOSING_MARKS else piece):
            starts.append(at)           # "benar-benar", "ke-47,": one token (a piece holding "nya" is
                                        # the pattern's to split: "SPBU-nya")
            ends.append(at + len(word))
            words.append(word)
        elif n:
            for m in split(news, at - lo, at - lo + n):
                if (word := m.group()) != _NYA:
                    starts.append(lo + m.start())
                    ends.append(lo + m.end())
                    words.append(word)
        at += n + 1
    return starts, ends, words
