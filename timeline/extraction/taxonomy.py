"""The event taxonomy (FORMAT.md), with CAMEO and PLOVER codes for interoperability.

Language-neutral: the words that signal each type live in lang/<code>/.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    code: str
    label: str
    cameo: str      # CAMEO root code(s)
    plover: str     # PLOVER event category
    description: str
    # one-line summary: {a} who acts, {b} the others, {all} both, {word} the trigger as written
    headline: str = "{a}: {word}"
    headline_alone: str = "{a}: {word}"     # when nobody else takes part
    headline_undergone: str = "{b}: {word}"  # when nobody named acts, only who undergoes it


EVENT_TYPES: tuple[EventType, ...] = (
    EventType("meeting", "Meeting", "04", "CONSULT", "face-to-face meeting, visit, summit, talks in person",
              "{a} meets {b}", "{a}: meeting ({word})"),
    EventType("call", "Call", "04", "CONSULT", "phone or video call between parties",
              "{all} speak by phone or video", "{a}: call ({word})"),
    EventType("statement", "Statement", "01", "STATEMENT", "public statement, interview, announcement, response",
              "{a}: statement on {b} ({word})", "{a}: statement ({word})"),
    EventType("threat", "Threat", "13", "THREATEN", "threat of force, sanctions or other harm",
              "{a} threatens {b}", "{a}: threat ({word})", "{b} threatened ({word})"),
    EventType("criticism", "Criticism", "11", "DISAPPROVE", "accusation, condemnation, denunciation",
              "{a} criticizes {b}", "{a}: criticism ({word})", "{b} criticized ({word})"),
    EventType("military_action", "Military action", "15", "MOBILIZE",
              "military operation, strike, deployment, intervention by a state",
              "{a}: military action against {b} ({word})", "{a}: military action ({word})",
              "military action against {b} ({word})"),
    EventType("attack", "Attack", "18", "ASSAULT", "violent attack (bombing, raid, assault)",
              "{a}: attack on {b} ({word})", "{a}: attack ({word})", "attack on {b} ({word})"),
    EventType("agreement", "Agreement", "03", "AGREE", "signing or reaching an agreement, deal, treaty",
              "{all}: agreement ({word})", "{a}: agreement ({word})"),
    EventType("relations", "Relations", "05", "COOPERATE",
              "establishing, restoring, cutting or downgrading diplomatic ties",
              "{all}: relations ({word})", "{a}: relations ({word})"),
    EventType("election", "Election / office", "", "OTHER", "election, inauguration, taking or leaving office",
              "{a}: office ({word})", "{a}: office ({word})"),
    EventType("sanction", "Sanction", "16", "SANCTION", "sanctions, tariffs, embargoes, expulsions",
              "{a} sanctions {b} ({word})", "{a}: sanction ({word})", "sanction against {b} ({word})"),
    EventType("other", "Other", "", "OTHER", "any other dated political event",
              "{all}: {word}", "{a}: {word}"),
)

BY_CODE = {t.code: t for t in EVENT_TYPES}
# types whose parties act together: nobody leads them ("Prabowo Subianto meets Anwar Ibrahim")
SYMMETRIC_TYPES = frozenset(("meeting", "call", "agreement", "relations"))
EVENT_TYPE_CODES = tuple(t.code for t in EVENT_TYPES)


def cameo_of(code: str) -> str:
    return BY_CODE[code].cameo if code in BY_CODE else ""


def summarize(code: str, parts: list, word: str = "", location: str = "", status: str = "occurred") -> str:
    """ "Donald Trump threatens Gustavo Petro", "Prabowo Subianto meets Anwar Ibrahim in Jakarta
    (planned)". `parts`: (name, role, kind, country) of each participant, in order; a country
    whose leader or body takes part is left out. Extraction writes an event's summary with it, and
    the web app writes it again when a person corrects what it is made of.

    >>> summarize("meeting", [("Prabowo Subianto", "initiator", "person", "Indonesia"),
    ...                       ("Indonesia", "participant", "country", ""),
    ...                       ("Anwar Ibrahim", "participant", "person", "Malaysia")], "bertemu", "Jakarta")
    'Prabowo Subianto meets Anwar Ibrahim in Jakarta'
    >>> summarize("threat", [("Donald Trump", "initiator", "person", ""), ("Kolombia", "target", "country", "")],
    ...           "mengancam", status="planned")
    'Donald Trump threatens Kolombia (planned)'
    >>> summarize("meeting", [], "pertemuan", "Wina", "planned")       # nobody named
    'Meeting (pertemuan) in Wina (planned)'
    """
    symmetric = code in SYMMETRIC_TYPES
    served = {}                 # country -> the roles of the people present who serve it
    for _, r, _, country in parts:
        served.setdefault(country or "", set()).add(r)
    # who acts, the others, and those of them it is done to, in one pass (each participant is named
    # once: an event has one role for each actor)
    first, rest, targets = [], [], []
    for name, r, kind, _ in parts:
        # a country is kept when it acts or is acted on and nobody serving it does so in its place
        if kind == "country" and name in served and (symmetric or r == "participant" or r in served[name]):
            continue
        if r == "initiator":
            first.append(name)
        else:
            rest.append(name)
            if r == "target":
                targets.append(name)
    if symmetric:
        first, rest = (first + rest)[:1], (first + rest)[1:]
    elif first:
        rest = targets or rest      # "against" whom, not who else took part
    undergone = not symmetric and not first and bool(rest) and len(targets) == len(rest)
    out = headline(code, first, rest, word, undergone)
    if location:
        out += f" in {location}"
    if status != "occurred":
        out += f" ({status})"
    return out


def parts_of(participants, actors: dict) -> list:
    """The (name, role, kind, country) rows `summarize` takes, from (name, role) pairs and the
    actors by name (anything with `kind` and `country`; a name not among them has neither)."""
    out = []            # (a loop: a comprehension would hold `actors` in a cell)
    for name, role in participants:
        a = actors.get(name)
        out.append((name, role, getattr(a, "kind", ""), getattr(a, "country", "")))
    return out


def headline(code: str, first: list[str], rest: list[str], word: str, undergone: bool = False) -> str:
    """ "Donald Trump threatens Gustavo Petro", "Prabowo Subianto meets Anwar Ibrahim"; `undergone`:
    nobody named acts, `rest` undergo it ("military action against Filipina (ditabrak)"). Without
    the word (an event a person made), the type's name stands for it."""
    t = BY_CODE.get(code) or BY_CODE["other"]
    word = word.strip().lower()
    if undergone and rest:
        return _worded(t.headline_undergone, t, word).format(b=_names(rest), word=word)
    first = first or rest[:1]
    others = []         # (a loop: a comprehension would hold `first` in a cell)
    for n in rest:
        if n not in first:
            others.append(n)
    a, b = _names(first), _names(others)
    template = _worded(t.headline if b else t.headline_alone, t, word)
    out = template.format(a=a, b=b, all=_names(first + others, 4) if "{all}" in template else "", word=word)
    if not a and out.startswith(": "):      # nobody named (a person removed every participant)
        out = out[2].upper() + out[3:]
    return out


def _worded(template: str, t: EventType, word: str) -> str:
    if word:
        return template
    return template.replace(" ({word})", "").replace("{word}", t.label.lower())


def _names(names: list[str], most: int = 3) -> str:
    if len(names) > most:
        names = names[:most] + [f"{len(names) - most} more"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""
