"""Literal pre-checks for a regex tried where a word stands: which character must follow the word.

The timex tagger tries each rule that may start at a word (or number) its trigger found
(`timex._read`); most of those regex calls fail, at some 1,500-2,800 instructions each, because
what follows is not what the rule wants ("Oktober 2024" for "Oktober - Desember 2024"). A
pattern's heads (`rule_heads`, the literal beginnings of its matches, whitespace runs written
`SPACES`) tell which character must come next, right after the word or after the spaces after it,
and `Tries` keeps, by the two characters after the word, the rules worth trying there:

    >>> sorted(after_word(rule_heads(r"(?:Mei|Juni)\\s*(?:-|hingga)\\s*\\d"), "Mei")[1])
    ['-', 'h']

The check is exact: every match starts with one of the rule's heads (a whitespace run there read
as any run, empty or not); a head that fits the word tells the character the text must hold next,
and one that ends inside the word or right after it lets anything follow (the rule is then tried).
"""
from __future__ import annotations

from re import _constants as C, _parser as P

SPACES = "\x00"     # a run of whitespace in a head (a pattern holding either is left unchecked)
DIGIT = "\x01"      # any digit (`\d`, as `str.isdecimal`): "[0-9]" and "\d" in one head, not ten
_SPACE_RUN = [(C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])]


def rule_heads(pattern: str, limit: int = 20_000) -> set[str] | None:
    """The literal beginnings of the matches of `pattern`, as `text.literal_heads` finds them, going
    on over a run of whitespace (written `SPACES`), an optional or repeated item, a small set of
    characters ("[-–]", "\\d") and a lookaround (what a lookahead holds must follow), until they
    hold a character past their first word and the spaces after it; "" when a match may start with
    anything; None for more than `limit` heads.

    >>> sorted(rule_heads(r"(?:Mei|Juni)\\s+(?:lalu|ini)"))
    ['Juni\\x00ini', 'Juni\\x00lalu', 'Mei\\x00ini', 'Mei\\x00lalu']
    >>> sorted(rule_heads(r"(?:[1-9]|1[0-2])[.:]\\d\\d"))      # DIGIT: any digit
    ['\\x01.', '\\x01:', '1\\x01.', '1\\x01:']
    """
    def heads(items: list, prefix: str) -> set[str] | None:
        if not items:
            return {prefix}                     # the head ends: anything may follow
        (op, av), rest = items[0], items[1:]
        if op is C.LITERAL:
            return heads(rest, prefix + chr(av))
        if op is C.SUBPATTERN and not av[1] and not av[2]:     # a group with no flags
            return heads(list(av[3]) + rest, prefix)
        if op is C.ASSERT_NOT or (op is C.ASSERT and av[0] < 0):
            return heads(rest, prefix)          # zero width: no character of the match
        if op is C.ASSERT:
            return heads(list(av[1]), prefix)   # a lookahead: what it holds follows
        repeat = op in (C.MAX_REPEAT, C.MIN_REPEAT)
        if repeat and av[0] <= 1 and av[1] is C.MAXREPEAT and list(av[2]) == _SPACE_RUN:
            return heads(rest, prefix + SPACES)
        if _past_first_word(prefix):
            return {prefix}                     # enough for the check, and fewer heads
        if op is C.BRANCH:
            alternatives = [list(alt) + rest for alt in av[1]]
        elif repeat:                            # once (then the rest if at most once), or not at all
            alternatives = [list(av[2]) + (rest if av[1] == 1 else [])] + ([rest] if av[0] == 0 else [])
        elif op is C.IN and (chars := _set_chars(av)) is not None:
            alternatives = [[(C.LITERAL, c)] + rest for c in chars]
        else:
            return {prefix}
        out: set[str] = set()
        for alt in alternatives:
            if (h := heads(alt, prefix)) is None:
                return None
            out |= h
            if len(out) > limit:
                return None
        return out
    parsed = P.parse(pattern)
    if SPACES in pattern or DIGIT in pattern or parsed.state.flags & C.SRE_FLAG_IGNORECASE:
        return None                             # (the heads are matched as written)
    return heads(list(parsed), "")


def _past_first_word(head: str) -> bool:
    """Does the head hold a character past its first run of letters and digits and the spaces after?"""
    i = 0
    while i < len(head) and (head[i].isalnum() or head[i] == DIGIT):
        i += 1
    return head[i:].strip(SPACES) != ""


def _set_chars(items: list) -> list[int] | None:
    """The characters of a set of literals, small ranges and digits ("[-–]", "[1-9]", "\\d"), a
    digit written as DIGIT (which lets more through: no match is lost)."""
    chars: set[int] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(av)
        elif op is C.RANGE and av[1] - av[0] < 64:
            chars.update(range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.add(ord(DIGIT))
        else:
            return None
    return sorted({ord(DIGIT) if chr(c).isdecimal() else c for c in chars})


def after_word(heads: set[str] | None, word: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The characters one of which must follow `word` for a rule with these heads to match where
    the word starts: right after it, or after the whitespace after it (which may be none), a digit
    as DIGIT (as `Tries` reads the text); None when anything may follow."""
    if heads is None or any(c.isspace() for c in word):
        return None
    right_after, after_spaces = set(), set()
    for head in heads:
        if any(c.isspace() for c in head):      # a literal space: whitespace is read as SPACES only
            return None
        i = 0                                   # in head, as the word's characters are read
        for c in word:
            while i < len(head) and head[i] == SPACES:      # a run of spaces, empty here
                i += 1
            if i == len(head):
                return None                     # the head ends inside the word: anything may follow
            if head[i] != c and not (head[i] == DIGIT and c.isdecimal()):
                break                           # no match starting with this head here
            i += 1
        else:
            rest = head[i:].lstrip(SPACES)
            if not rest:
                return None                     # the head ends with the word: anything may follow
            (after_spaces if head[i:].startswith(SPACES) else right_after).add(
                DIGIT if rest[0].isdecimal() else rest[0])
    return frozenset(right_after), frozenset(after_spaces)


class Tries(dict):
    """The rules (patterns) to try where one word (or number) stands, by the two characters after it
    (`text[end:end + 2]`), filled as they come: those whose check (`after_word`) lets them
    through, or that have none. Past two spaces the character after them is not known, and
    every rule is tried."""
    __slots__ = ("checks",)

    def __init__(self, checks: list[tuple[int, tuple | None]]):
        super().__init__()
        self.checks = checks                    # (rule, what `after_word` says of it)

    def __missing__(self, after: str) -> tuple[int, ...]:
        right = after[:1]                       # "" at the end of the text
        spaced = after[1:2] if right.isspace() else right
        known = not spaced.isspace()
        right, spaced = (DIGIT if c.isdecimal() else c for c in (right, spaced))
        tries = self[after] = tuple(order for order, check in self.checks
                                    if check is None or right in check[0] or not known or spaced in check[1])
        return tries
