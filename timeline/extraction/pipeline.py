"""Wires the steps of extraction together: publication date, timexes, actors, events."""
from __future__ import annotations

import datetime as dt

from .actors import find_actors
from .confidence import LISTED_FROM
from .dct import infer_dct
from .events import find_events
from .text import mend_lost_marks, split_sentences
from .timex import tag_timexes
from .types import Extraction


def extract(text: str, dct: dt.date | None = None, lang: str = "id",
            min_confidence: float | None = None) -> Extraction:
    """Everything extraction finds in one article.

    `dct` is the publication date when the caller knows it; otherwise it is looked for in
    the dateline or byline, then inferred from the dates the text mentions. Events less
    confident than `min_confidence` (None: `confidence.LISTED_FROM`) are left out.
    """
    if min_confidence is None:
        min_confidence = LISTED_FROM
    if "\r" in text:
        # old Mac ("\r") or Windows ("\r\n") line ends are line ends all the same; the text keeps
        # its length, so every offset still points into the text given
        text = text.replace("\r", "\n")
    text = mend_lost_marks(text)           # (of the same length too)
    if dct is not None:
        source = "given"
    else:
        dct, source = infer_dct(text, lang=lang)
    timexes = tag_timexes(text, dct, lang=lang)
    sentences = split_sentences(text)          # actors and events read the same sentences
    actors = find_actors(text, lang=lang, sentences=sentences)
    events = find_events(text, timexes, actors, dct, lang=lang, sentences=sentences, min_confidence=min_confidence)
    # a span of no stated length ("beberapa jam", "berbulan-bulan") places nothing and measures
    # nothing: it is not reported (unless the events dated it: "Beberapa jam sebelum ...")
    timexes = [t for t in timexes if not _vague_span(t)]
    return Extraction(dct=dct, dct_source=source, lang=lang, timexes=timexes, actors=actors, events=events)


def _vague_span(t) -> bool:
    return t.type == "DURATION" and t.value is not None and "X" in t.value
