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


EVENT_TYPES: tuple[EventType, ...] = (
    EventType("meeting", "Meeting", "04", "CONSULT", "face-to-face meeting, visit, summit, talks in person"),
    EventType("call", "Call", "04", "CONSULT", "phone or video call between parties"),
    EventType("statement", "Statement", "01", "STATEMENT", "public statement, interview, announcement, response"),
    EventType("threat", "Threat", "13", "THREATEN", "threat of force, sanctions or other harm"),
    EventType("criticism", "Criticism", "11", "DISAPPROVE", "accusation, condemnation, denunciation"),
    EventType("military_action", "Military action", "15", "MOBILIZE",
              "military operation, strike, deployment, intervention by a state"),
    EventType("attack", "Attack", "18", "ASSAULT", "violent attack (bombing, raid, assault)"),
    EventType("agreement", "Agreement", "03", "AGREE", "signing or reaching an agreement, deal, treaty"),
    EventType("relations", "Relations", "05", "COOPERATE",
              "establishing, restoring, cutting or downgrading diplomatic ties"),
    EventType("election", "Election / office", "", "OTHER", "election, inauguration, taking or leaving office"),
    EventType("sanction", "Sanction", "16", "SANCTION", "sanctions, tariffs, embargoes, expulsions"),
    EventType("other", "Other", "", "OTHER", "any other dated political event"),
)

BY_CODE = {t.code: t for t in EVENT_TYPES}
EVENT_TYPE_CODES = tuple(t.code for t in EVENT_TYPES)


def cameo_of(code: str) -> str:
    return BY_CODE[code].cameo if code in BY_CODE else ""
