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
              "{all} speak by phone", "{a}: call ({word})"),
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
EVENT_TYPE_CODES = tuple(t.code for t in EVENT_TYPES)


def cameo_of(code: str) -> str:
    return BY_CODE[code].cameo if code in BY_CODE else ""


def headline(code: str, first: list[str], rest: list[str], word: str, undergone: bool = False) -> str:
    """ "Donald Trump threatens Gustavo Petro", "Prabowo Subianto meets Anwar Ibrahim"; `undergone`:
    nobody named acts, `rest` undergo it ("military action against Filipina (ditabrak)")."""
    t = BY_CODE.get(code) or BY_CODE["other"]
    if undergone and rest:
        return t.headline_undergone.format(b=_names(rest), word=word.strip().lower())
    first = first or rest[:1]
    others = [n for n in rest if n not in first]
    a, b = _names(first), _names(others)
    template = t.headline if b else t.headline_alone
    return template.format(a=a, b=b, all=_names(first + others, 4) if "{all}" in template else "",
                           word=word.strip().lower())


def _names(names: list[str], most: int = 3) -> str:
    if len(names) > most:
        names = names[:most] + [f"{len(names) - most} more"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""
