"""The event confidence model: features, the logistic estimate, the fitted weights, the fitting."""
import datetime as dt
import math
import types
from pathlib import Path

import pytest

from timeline.extraction import extract
from timeline.extraction.confidence import calibrate, estimate, features, load_weights
from timeline.extraction.lang.id import build_confidence
from timeline.extraction.taxonomy import EVENT_TYPE_CODES
from timeline.extraction.types import EVENT_STATUSES, PRECISIONS, Event, Evidence, Participant

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"
TEXT = 'Pembuka berita.\nTrump menelepon Petro pada Rabu (7/1/2026). "Kami sepakat," kata Petro.\n'


def _call(**changes) -> Event:
    at = TEXT.index("menelepon")
    sentence = (TEXT.index("Trump"), TEXT.index("\n", at))
    fields = dict(type="call", status="occurred", date="2026-01-07", precision="day",
                  participants=[Participant("Donald Trump", "initiator"), Participant("Gustavo Petro", "target")],
                  evidence=[Evidence(at, at + 9, "menelepon", *sentence)], trigger="menelepon",
                  date_source="text")
    return Event(**{**fields, **changes})


def test_an_event_has_the_features_of_what_extraction_knows_of_it():
    names = features(_call(), TEXT, dt.date(2026, 1, 10), same_sentence=1)
    assert names == ["bias", "t:call", "s:occurred", "ts:call/occurred", "src:text", "p:day", "np:2", "ev:1",
                     "same:1", "r:initiator", "r:target", "trig:menelepon", "pos:0", "quote", "age:this-year"]


def test_an_undated_event_of_one_party_told_alone_has_fewer_features():
    event = _call(date=None, precision=None, date_source="", participants=[Participant("Gustavo Petro", "participant")],
                  trigger="pembicaraan via telepon")
    names = features(event, TEXT, None, same_sentence=3)
    assert "src:none" in names and "p:None" in names and "np:1" in names and "same:3" in names
    assert "trig:pembicaraan" in names and not any(n.startswith(("r:", "age:")) for n in names)


def test_the_estimate_is_the_logistic_of_the_summed_weights_and_an_unknown_feature_weighs_nothing():
    weights = {"bias": 0.5, "t:call": 1.0}
    assert estimate(["bias", "t:call", "never-seen"], weights) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert estimate([], weights) == 0.5


def test_every_fitted_weight_is_a_feature_extraction_can_give():
    closed = {"t": set(EVENT_TYPE_CODES), "s": set(EVENT_STATUSES), "src": {"text", "context", "none"},
              "p": {*PRECISIONS, "None"}, "np": {"0", "1", "2", "3"}, "ev": {"1", "2", "3"}, "same": {"1", "2", "3"},
              "pos": {"0", "1", "2", "3", "4"}, "r": {"initiator", "target"},
              "age": {"future", "this-year", "last-year", "older"}}
    closed["ts"] = {f"{t}/{s}" for t in closed["t"] for s in closed["s"]}
    for name in load_weights("id"):
        family, _, value = name.partition(":")
        assert name in ("bias", "loc", "quote") or family == "trig" and value == value.casefold() \
            or value in closed.get(family, ()), name


def test_the_seeds_events_get_probabilities_and_the_meeting_told_seven_times_ranks_above_the_undated_ones():
    events = extract(SEED.read_text(encoding="utf-8"), dt.date(2026, 1, 10)).events
    assert all(0 < e.confidence < 1 and round(e.confidence, 2) == e.confidence for e in events)
    meeting = next(e for e in events if e.type == "meeting" and e.status == "planned")
    assert len(meeting.evidence) >= 4
    assert meeting.confidence > max(e.confidence for e in events if e.date is None)


def test_a_language_without_weights_claims_nothing():
    events = [_call()]
    assert not calibrate(events, TEXT, dt.date(2026, 1, 10), lang="xx")
    assert events[0].confidence == 0.5


def test_a_language_without_weights_lists_every_event_it_finds(monkeypatch):
    from timeline.extraction import confidence
    monkeypatch.setattr(confidence, "load_weights", lambda lang="id": None)
    every = extract(SEED.read_text(encoding="utf-8"), dt.date(2026, 1, 10), min_confidence=0.0).events
    listed = extract(SEED.read_text(encoding="utf-8"), dt.date(2026, 1, 10)).events
    assert listed and len(listed) == len(every) and {e.confidence for e in listed} == {0.5}


def test_the_fit_weighs_a_feature_of_right_events_up_and_one_of_wrong_events_down():
    rows = [(["bias", "told-twice"], True)] * 30 + [(["bias", "undated"], False)] * 30 + [(["bias"], True)] * 10
    weights = build_confidence.fit(rows)
    assert weights["told-twice"] > 0 > weights["undated"]
    assert estimate(["bias", "told-twice"], weights) > 0.75 > 0.25 > estimate(["bias", "undated"], weights)


def test_the_measures_rank_calibrate_and_count_the_wrong_events_reviewed_first():
    perfect = [(0.9, True)] * 8 + [(0.1, False)] * 2
    assert build_confidence.measures(perfect).startswith(
        "10 events, 0.800 right: AUC 1.000, Brier 0.0100, ECE 0.100, wrong ones in the least confident fifth 1.00")


def test_an_event_is_right_when_the_scorer_pairs_it_with_a_gold_event_of_its_type_date_and_party():
    score = types.SimpleNamespace(
        gold_actor_index=lambda gold, pred: lambda name: {name},
        dates_agree=lambda gold, pred: gold is None or (pred or "").startswith(gold),
        overlap=lambda a, b: a["start"] < b["end"] and b["start"] < a["end"])
    text = "Trump menelepon Petro. Petro mengecam Trump."
    gold = {"events": [{"type": "call", "date": "2026-01", "actors": ["Trump"], "evidence": "menelepon"},
                       {"type": "criticism", "date": None, "actors": ["Petro"], "evidence": "mengecam",
                        "optional": True}]}
    pred = {"actors": [], "events": [
        {"type": "call", "date": "2026-01-07", "actors": ["Trump"], "start": 6, "end": 15},
        {"type": "call", "date": "2026-01-07", "actors": ["Trump"], "start": 0, "end": 5},     # the same call again
        {"type": "statement", "date": None, "actors": ["Petro"], "start": 29, "end": 37},     # wrong type
        {"type": "criticism", "date": "2026-01-08", "actors": ["Petro"], "start": 29, "end": 37}]}
    assert build_confidence.matched(score, text, gold, pred) == [True, False, False, True]


def test_an_event_likelier_wrong_than_right_is_not_listed_unless_every_one_is_asked_for():
    from timeline.extraction import extract
    from timeline.extraction.confidence import LISTED_FROM
    text = "Indonesia dan Jepang sepakat menuntaskan perundingan perjanjian dagang."
    every = extract(text, dct=dt.date(2025, 7, 29), min_confidence=0.0).events
    assert every and min(e.confidence for e in every) < LISTED_FROM      # (an undated plan of one sentence)
    listed = extract(text, dct=dt.date(2025, 7, 29)).events
    assert [e for e in every if e.confidence >= LISTED_FROM] == listed
