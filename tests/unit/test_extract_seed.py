"""End to end on the seed article: the four events issue 2 names, with the right actors."""
import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction import extract

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"


@pytest.fixture(scope="module")
def seed():
    return extract(SEED.read_text(encoding="utf-8"), dct=dt.date(2026, 1, 10))


def find(extraction, etype, date):
    return [e for e in extraction.events if e.type == etype and e.date == date]


@pytest.mark.parametrize("etype, date, status, actors", [
    ("meeting", "2026-02-03", "planned", {"Gustavo Petro", "Donald Trump"}),
    ("call", "2026-01-07", "occurred", {"Gustavo Petro", "Donald Trump"}),
    ("threat", "2026-01-04", "occurred", {"Donald Trump", "Gustavo Petro"}),
    ("statement", "2026-01-05", "occurred", {"Gustavo Petro"}),
])
def test_it_finds_the_seed_events(seed, etype, date, status, actors):
    (event,) = find(seed, etype, date)
    assert event.status == status
    assert actors <= set(event.actors)


def test_the_threat_is_made_by_trump_against_petro(seed):
    (threat,) = find(seed, "threat", "2026-01-04")
    roles = {p.name: p.role for p in threat.participants}
    assert roles == {"Donald Trump": "initiator", "Gustavo Petro": "target",
                     "Amerika Serikat": "initiator", "Kolombia": "target"}     # (and the states they lead)


def test_the_planned_meeting_is_one_event_told_several_times(seed):
    meetings = [e for e in seed.events if e.type == "meeting" and e.status == "planned"
                and e.date and e.date.startswith("2026-02")]
    assert len(meetings) == 1
    assert len(meetings[0].evidence) >= 3
    assert meetings[0].location == "Gedung Putih"


def test_the_boilerplate_line_makes_no_event(seed):
    text = SEED.read_text(encoding="utf-8")
    baca = [i for i in range(len(text)) if text.startswith("BACA JUGA", i)]
    for e in seed.events:
        for ev in e.evidence:
            assert not any(b <= ev.start < text.index("\n", b) for b in baca)


def test_the_seed_actors_are_linked(seed):
    actors = {a.name: a for a in seed.actors}
    assert {"Petro", "Presiden Kolombia"} <= set(actors["Gustavo Petro"].aliases)
    assert "Trump" in actors["Donald Trump"].aliases
    assert {"AS", "Washington"} <= set(actors["Amerika Serikat"].aliases)
    assert actors["Kolombia"].kind == "country"


def test_the_json_follows_the_contract(seed):
    data = json.loads(json.dumps(seed.to_json()))
    assert set(data) >= {"dct", "timexes", "actors", "events"}
    for e in data["events"]:
        assert {"type", "status", "date", "precision", "actors", "evidence", "start", "end", "cameo"} <= set(e)


@pytest.mark.parametrize("space", ["  ", "\t", "\u00a0", " \n"], ids=["double", "tab", "no-break", "line-break"])
def test_the_seed_spaced_otherwise_is_read_without_error(space):
    # text pasted from a web page or an editor: other spaces than one between the words
    text = SEED.read_text(encoding="utf-8").replace(" ", space)
    extraction = extract(text, dct=dt.date(2026, 1, 10))
    assert extraction.timexes and extraction.actors


@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_other_line_ends_read_as_line_ends(seed, line_end):
    text = SEED.read_text(encoding="utf-8").replace("\n", line_end)
    extraction = extract(text, dct=dt.date(2026, 1, 10))
    assert sorted((e.type, e.date or "", e.status) for e in extraction.events) == \
        sorted((e.type, e.date or "", e.status) for e in seed.events)
    # offsets still point into the text given
    assert all(text[t.start:t.end].replace("\r", "\n") == t.text for t in extraction.timexes)
