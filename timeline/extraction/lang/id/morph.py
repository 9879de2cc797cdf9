"""Indonesian derivational morphology for trigger data: the affixed forms of a base word.

`forms("kunjung", "me-i di-i ber -an pe-an")` gives mengunjungi, dikunjungi, berkunjung,
kunjungan, pengunjungan: the nasal prefix meN-/peN- assimilates to the base's first sound
(p/t/k/s drop, "meng-" before vowels, k, g, h; "menge-" before a one-syllable base).
`alt(...)` turns forms into a regular-expression alternation for a trigger row, longest first,
a space inside a base matching any run of spaces. Used by triggers.py only, so adding a base
word is still a data change.
"""
from __future__ import annotations

import re

_VOWELS = "aeiou"
# consonant clusters that keep their first sound after meN- ("memprotes", "mengkritik")
_CLUSTERS = ("pr", "pl", "kr", "kl", "tr", "st", "sk", "sp", "sw", "sy")


def _syllables(word: str) -> int:
    """Vowels, a word-final diphthong counting once: "naik" has two (na-ik), "pantai" two."""
    return len(re.findall(r"(?:ai|au|oi)$|[aeiou]", word))


def nasal(base: str, prefix: str = "me") -> str:
    """meN- (or peN- with prefix="pe") + base."""
    b = base.replace(" ", "")
    if _syllables(b) == 1:
        return prefix + "nge" + b
    first, keep = b[0], b.startswith(_CLUSTERS)
    if first in _VOWELS or first in "gh":
        return prefix + "ng" + b
    if first == "k":
        return prefix + "ng" + (b if keep else b[1:])
    if first == "p":
        return prefix + "m" + (b if keep else b[1:])
    if first in "bfv":
        return prefix + "m" + b
    if first == "t":
        return prefix + "n" + (b if keep else b[1:])
    if first in "dcjz":
        return prefix + "n" + b
    if first == "s":
        return prefix + ("n" + b if keep else "ny" + b[1:])
    return prefix + b


def bases_after_nasal(tail: str) -> list[str]:
    """The bases a meN-/peN- form may have been made from, given what follows "me"/"pe" ("ngumum"
    from "pengumuman": umum or kumum; "nyerang": serang; "mbuka": buka; "nembak": tembak).

    >>> bases_after_nasal("ngumum"), bases_after_nasal("nyerang"), bases_after_nasal("mbuka")
    (['umum', 'kumum'], ['serang'], ['buka'])
    """
    if tail.startswith("nge") and _syllables(tail[3:]) == 1:
        return [tail[3:]]
    if tail.startswith("ng"):
        rest = tail[2:]
        return [rest, "k" + rest] if rest[:1] in _VOWELS else [rest]
    if tail.startswith("ny"):
        return ["s" + tail[2:]]
    if tail.startswith("m"):
        rest = tail[1:]
        return ["p" + rest] if rest[:1] in _VOWELS else [rest]
    if tail.startswith("n"):
        rest = tail[1:]
        return ["t" + rest] if rest[:1] in _VOWELS else [rest]
    return [tail]


def _join(base: str) -> str:
    return base.replace(" ", "")


def forms(base: str, affixes: str) -> list[str]:
    """The forms of `base` for each affix in `affixes` (space separated): "me", "me-kan", "me-i",
    "di", "di-kan", "di-i", "ter", "ter-i", "ber", "ber-an", "-an", "-kan", "pe-an" (peN-an),
    "per-an", "ke-an", "pe" (peN-), "0" (the base itself). A multi-word base ("tanda tangan")
    stays apart alone and with "ber"/"-an", and is joined under a circumfix ("menandatangani")."""
    out = []
    for a in affixes.split():
        if a == "0":
            out.append(base)
            continue
        pre, _, suf = a.partition("-")
        suf = suf if "-" in a else ""
        if pre in ("me", "pe"):
            stem = nasal(base, pre)
        elif pre in ("di", "ter", "per", "ke"):
            stem = pre + (_join(base) if suf else base.replace(" ", "") if pre == "di" else base)
        elif pre == "ber":
            stem = ("be" if base.startswith("r") else "ber") + base
        else:
            stem = base if not suf else _join(base)
        if suf:
            stem = _join(stem)
            if suf == "i" and stem.endswith("i"):
                continue
        out.append(stem + suf)
    return out


class Raw(str):
    """A piece of regular expression passed to `alt` as is."""


def alt(*groups: list[str] | str) -> str:
    """A regex alternation of the given forms (lists from `forms`, plain strings, or `Raw`
    regular expressions kept as they are, after the words)."""
    words: set[str] = set()
    raw: list[str] = []
    for g in groups:
        if isinstance(g, Raw):
            raw.append(g)
        else:
            words.update([g] if isinstance(g, str) else g)
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w))]
    return "(?:" + "|".join(parts + raw) + ")"


# "yang" before a passive makes it describe a noun ("negara yang dikunjungi X", "poin yang sudah
# disepakati", "ruang publik yang banyak dikunjungi"): the event is told elsewhere, if at all
_NOT_AFTER_YANG = "".join(f"(?<!yang {w})" for w in ("", "telah ", "sudah ", "pernah ", "akan ", "baru ",
                                                    "banyak ", "ramai ", "sering ", "kerap "))


def main_clause(*groups: list[str] | str) -> Raw:
    """Forms (as for `alt`) that are no trigger right after "yang" (a relative clause)."""
    return Raw(_NOT_AFTER_YANG + alt(*groups))
