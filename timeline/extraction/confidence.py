"""How likely an extracted event is right: a logistic model over what extraction knows of it.

An event's confidence is the share of events like it that were right on gold articles: its
type and status, where its date comes from (its own clause, the story around it, none) and how
precise it is, how many parties it has and in which roles, how often the article tells it, the
word that signalled it, where in the article it stands, how many events its sentence holds,
whether that sentence quotes someone, and how old its date is. Each of those is a feature; the
language's weights (`lang/<lang>/confidence.py`, fitted by its `build_confidence.py` on the
gold articles) sum to the log-odds that the event is right. "Right" is what the scorer counts:
an event of the gold's type, on a date inside the gold date, sharing a party with it.

The penalty that keeps the fit from chasing noise pulls every log-odds toward the base rate, so
raw confidences of unsure events ran high (events given 0.6 were right about half the time on
held-out articles); `build_confidence.py` therefore rescales the log-odds on tuned articles the
weights are not fitted on, which leaves the order of the events alone and makes a confidence the
share of such events that were right there.

An event under `LISTED_FROM` is not listed. Listing one more event raises an F1 when the chance
that it is a true positive passes half the F1 (at 0.75, 0.375), and a true positive is narrower
than right: an event that matches an optional gold event scores nothing either way. Events given
0.5-0.6 matched a gold event about half the time but a required one only a quarter to a third of
the time (tuned sets 0.26-0.34, held-out 0.24-0.25), those given 0.6-0.65 0.45 and 0.38; so the
line is drawn at 0.6. Raising it from 0.5 took event F1 on the tuned sets from 0.7984 to 0.8004 and
on the measure-only held-out sets from 0.7398 to 0.7432 (dev 0.9846 -> 0.9741: two right events at
0.5-0.6 left out). The admin lists the least confident
events first, so staff review the likeliest mistakes first; the timeline shows the confidence in
each event's detail. A language without weights gives every event 0.5: no claim either way, and
every event listed (the line is the weights' to draw).
"""
from __future__ import annotations

import datetime as dt
import importlib
import math
from collections import Counter
from functools import lru_cache
from itertools import repeat

from .text import max2, min2
from .types import Event


def _quotes(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] hold a quotation mark (", “ or ”)? (Asked with str.find of each: a
    regex of the three, searched, tests every character against them, at several times the cost.)"""
    return text.find('"', lo, hi) >= 0 or text.find("\u201c", lo, hi) >= 0 or text.find("\u201d", lo, hi) >= 0


def features(e: Event, text: str, dct: dt.date | None, same_sentence: int) -> list[str]:
    """The names of the features `e` has; `same_sentence`: how many events of the article (this
    one included) are told first in its sentence."""
    out = [*_head(e.type, e.status, e.date_source or "none", e.precision),
           _NP[min2(len(e.participants), 3)], _EV[min2(len(e.evidence), 3)], _SAME[min2(same_sentence, 3)]]
    initiator = target = False
    for p in e.participants:
        initiator = initiator or p.role == "initiator"
        target = target or p.role == "target"
    if initiator:
        out.append("r:initiator")
    if target:
        out.append("r:target")
    if e.location:
        out.append("loc")
    if e.trigger:
        out.append(_trigger(e.trigger))
    if e.evidence:
        first = e.evidence[0]
        out.append(_POS[min2(5 * first.sentence_start // max2(len(text), 1), 4)])    # fifths of the article
        if _quotes(text, first.sentence_start, first.sentence_end):
            out.append("quote")       # the sentence quotes someone
    if e.date and dct is not None and e.date[:4].isdigit():
        years = dct.year - int(e.date[:4])
        out.append("age:future" if years < 0 else "age:this-year" if years == 0 else "age:last-year" if years == 1
                   else "age:older")
    return out


# (the names that repeat from event to event, made once)
_NP, _EV, _SAME = (tuple(f"{name}:{i}" for i in range(4)) for name in ("np", "ev", "same"))
_POS = tuple(f"pos:{i}" for i in range(5))


@lru_cache(maxsize=1024)
def _head(kind: str, status: str, source: str, precision: str | None) -> tuple[str, ...]:
    return "bias", f"t:{kind}", f"s:{status}", f"ts:{kind}/{status}", f"src:{source}", f"p:{precision}"


@lru_cache(maxsize=4096)
def _trigger(trigger: str) -> str:
    return f"trig:{trigger.split(None, 1)[0].casefold()}"


def estimate(names: list[str], weights: dict[str, float]) -> float:
    """The probability the model gives: the logistic of the summed weights (an unknown feature
    weighs nothing)."""
    z = sum(map(weights.get, names, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=None)
def load_weights(lang: str = "id") -> dict[str, float] | None:
    """The fitted weights of `lang`, or None when it has none."""
    try:
        module = importlib.import_module(f"timeline.extraction.lang.{lang}.confidence")
    except ModuleNotFoundError:
        return None
    return module.WEIGHTS


def features_of(events: list[Event], text: str, dct: dt.date | None) -> list[list[str]]:
    """The features of each of an article's events."""
    firsts = Counter(e.evidence[0].sentence_start for e in events if e.evidence)
    return [features(e, text, dct, firsts[e.evidence[0].sentence_start] if e.evidence else 1) for e in events]


# the least confidence of an event listed: below it, listing an event costs event F1 more than it brings
LISTED_FROM = 0.6


def calibrate(events: list[Event], text: str, dct: dt.date | None, lang: str = "id") -> bool:
    """Set each event's confidence from the weights of `lang` (0.5 without them); whether it had
    weights to weigh them with."""
    weights = load_weights(lang)
    if weights is None:
        for e in events:
            e.confidence = 0.5
        return False
    for e, names in zip(events, features_of(events, text, dct)):
        e.confidence = round(estimate(names, weights), 2)
    return True
