"""Events (timeline/extraction/events.py): every trigger and status example in the language
data is run here, plus the rules that date, merge and type events."""
import datetime as dt

import pytest

from timeline.extraction import extract
from timeline.extraction.events import find_events
from timeline.extraction.lang.id.status import STATUS_CUES
from timeline.extraction.lang.id.triggers import TRIGGERS
from timeline.extraction.taxonomy import EVENT_TYPE_CODES, cameo_of
from timeline.extraction.types import Actor, Mention, Timex

DCT = dt.date(2026, 1, 10)


@pytest.mark.parametrize("etype, pattern, strength, example", TRIGGERS, ids=[f"{t[0]}:{t[3][:40]}" for t in TRIGGERS])
def test_every_trigger_example_yields_an_event_of_its_type(etype, pattern, strength, example):
    assert etype in EVENT_TYPE_CODES
    events = extract(example, dct=DCT).events
    assert etype in [e.type for e in events], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("status, pattern, scope, example", STATUS_CUES, ids=[f"{c[0]}:{c[3][:40]}" for c in STATUS_CUES])
def test_every_status_example_yields_an_event_with_that_status(status, pattern, scope, example):
    events = extract(example, dct=DCT).events
    assert status in [e.status for e in events], [(e.type, e.status, e.trigger) for e in events]


def _actor(name, kind, text, *surfaces):
    a = Actor(name=name, kind=kind)
    for s in surfaces:
        i = text.index(s)
        a.mentions.append(Mention(i, i + len(s), s))
    return a


def test_it_dates_an_event_by_the_timex_that_governs_its_clause():
    text = "Trump pada Jumat mengaku menantikan pertemuan dengan Petro pada pekan pertama Februari."
    actors = [_actor("Donald Trump", "person", text, "Trump"), _actor("Gustavo Petro", "person", text, "Petro")]
    timexes = [Timex(11, 16, "Jumat", value="2026-01-09"),
               Timex(text.index("pekan"), len(text) - 1, "pekan pertama Februari", value="2026-W06")]
    events = {e.type: e for e in find_events(text, timexes, actors, DCT)}
    assert events["statement"].date == "2026-01-09"
    assert events["meeting"].date == "2026-W06" and events["meeting"].precision == "week"
    assert events["meeting"].status == "planned"          # dated after the publication date
    assert events["meeting"].cameo == cameo_of("meeting") == "04"


def test_an_undated_event_stays_undated():
    text = "Lama berselisih.\nPetro memulihkan hubungan diplomatik dengan Venezuela."
    actors = [_actor("Gustavo Petro", "person", text, "Petro"), _actor("Venezuela", "country", text, "Venezuela")]
    (event,) = find_events(text, [], actors, DCT)
    assert event.type == "relations" and event.date is None and event.precision is None


def test_mentions_of_one_event_become_one_event_with_several_evidence_spans():
    text = ("Petro bakal menemui Trump pada 3 Februari 2026.\n"
            "Petro menegaskan, pertemuan dengan Trump bulan depan sangat penting.\n"
            "Petro menemui Trump di Washington karena takut.")
    ex = extract(text, dct=DCT)
    meetings = [e for e in ex.events if e.type == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].date == "2026-02-03" and meetings[0].status == "planned"
    assert len(meetings[0].evidence) >= 2
    for ev in meetings[0].evidence:
        assert text[ev.start:ev.end] == ev.text
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end


def test_boilerplate_is_not_news():
    text = "Lama berselisih.\nBACA JUGA: Trump Bertemu Putin di Alaska pada 15 Agustus 2025"
    assert extract(text, dct=DCT).events == []


def test_a_negated_trigger_is_no_event():
    text = "Pembicaraan Rusia dan Ukraina pada 16 Mei 2025 berakhir tanpa kesepakatan gencatan senjata."
    assert "agreement" not in [e.type for e in extract(text, dct=DCT).events]


def test_a_state_attacks_militarily_a_group_attacks():
    one = extract("Serangan udara Israel menghantam Gaza pada 3 Maret 2025.", dct=DCT).events
    two = extract("Serangan Hamas pada 7 Oktober 2023 menewaskan 1.200 orang di Israel.", dct=DCT).events
    assert "military_action" in [e.type for e in one]
    assert "attack" in [e.type for e in two]


def test_roles_and_location():
    ex = extract("Presiden Prabowo Subianto bertemu Presiden Prancis Emmanuel Macron di Paris pada 14 Juli 2025.", dct=DCT)
    (meeting,) = [e for e in ex.events if e.type == "meeting"]
    roles = {p.name: p.role for p in meeting.participants}
    assert roles["Prabowo Subianto"] == "initiator" and "Emmanuel Macron" in roles
    assert meeting.location == "Paris"
    assert 0 < meeting.confidence <= 1 and meeting.summary


@pytest.mark.parametrize("sentence, etype, status", [
    ("Wang Yi mengundang Presiden Prabowo Subianto untuk berkunjung ke China suatu saat nanti.", "meeting", "planned"),
    ("Kunjungan Perdana Menteri Jepang Shigeru Ishiba ke Jakarta yang direncanakan pekan depan ditunda tanpa batas waktu.",
     "meeting", "cancelled"),
    ("Menteri Pertahanan Sjafrie Sjamsoeddin menerima Duta Besar Australia untuk Indonesia Rod Brazier di Jakarta, "
     "Selasa (4/3/2025).", "meeting", "occurred"),
    ("India menangguhkan Perjanjian Air Indus pada 23 April 2025.", "sanction", "occurred"),
])
def test_status_in_context(sentence, etype, status):
    events = [e for e in extract(sentence, dct=dt.date(2025, 5, 11)).events if e.type == etype]
    assert events and events[0].status == status


def test_a_reference_adds_evidence_and_its_date_to_the_event_told():
    text = ("Di Beijing, Prabowo menyaksikan penandatanganan nota kesepahaman antara Indonesia dan China.\n"
            "Penandatanganan itu berlangsung dalam forum bisnis pada Minggu (10/11/2024).")
    (agreement,) = [e for e in extract(text, dct=dt.date(2024, 11, 13)).events if e.type == "agreement"]
    assert agreement.date == "2024-11-10" and len(agreement.evidence) >= 2
    assert any(ev.text.startswith("Penandatanganan itu") for ev in agreement.evidence)


def test_a_visit_destination_is_the_location():
    ex = extract("Presiden Filipina Ferdinand Marcos Jr dijadwalkan mengunjungi Jakarta bulan depan.", dct=DCT)
    (meeting,) = [e for e in ex.events if e.type == "meeting"]
    assert meeting.location == "Jakarta" and meeting.status == "planned"
    assert {p.name: p.role for p in meeting.participants}["Ferdinand Marcos Jr"] == "initiator"


def test_the_dateline_city_is_no_party_and_a_group_attacks():
    text = ("Beirut - Militer Israel melancarkan serangan udara ke Lebanon pada Selasa (11/3/2025) malam.\n"
            "Kelompok Hizbullah kemudian menembakkan puluhan roket ke wilayah utara Israel pada Rabu (12/3/2025).")
    events = extract(text, dct=dt.date(2025, 3, 12)).events
    strike = next(e for e in events if e.type == "military_action")
    assert {p.name: p.role for p in strike.participants}["Israel"] == "initiator"
    rockets = next(e for e in events if e.type == "attack")
    assert rockets.date == "2025-03-12" and rockets.participants[0].name == "Hizbullah"


def test_a_closing_date_dates_the_reporting_verb():
    text = "Indonesia menyatakan keprihatinan mendalam atas eskalasi tersebut, Rabu (12/3/2025)."
    (statement,) = extract(text, dct=dt.date(2025, 3, 12)).events
    assert statement.type == "statement" and statement.date == "2025-03-12"


def test_jika_akan_makes_a_hypothetical():
    text = "Jika serangan Israel ke Lebanon berlanjut pada Maret 2025, Lebanon akan mengadu ke PBB."
    events = extract(text, dct=dt.date(2025, 3, 12)).events
    assert events and all(e.status == "hypothetical" for e in events)


@pytest.mark.parametrize("sentence, etype", [
    ("Perdana Menteri Anwar Ibrahim diterima Presiden Prabowo Subianto di Istana Merdeka.", "meeting"),
    ("Presiden Prabowo Subianto melakukan kunjungan kenegaraan ke Malaysia.", "meeting"),
    ("Kanselir Jerman Friedrich Merz mengundurkan diri dari jabatannya.", "election"),
])
def test_passives_and_light_verbs_state_an_event_without_a_date(sentence, etype):
    assert etype in [e.type for e in extract(sentence, dct=DCT).events]


def test_a_letter_or_an_award_received_is_no_meeting():
    text = "Prabowo menerima tanda kehormatan dari kerajaan pada 27 Januari 2025."
    assert "meeting" not in [e.type for e in extract(text, dct=DCT).events]


def test_a_denied_act_is_no_event():
    text = "Iran membantah telah menyerang kapal tanker milik Inggris pada 3 Maret 2025."
    assert "military_action" not in [e.type for e in extract(text, dct=dt.date(2025, 3, 5)).events]


def test_batal_cancels():
    text = "Presiden Rusia Vladimir Putin batal menghadiri KTT BRICS di Brasil pada Juli 2025."
    (meeting,) = [e for e in extract(text, dct=dt.date(2025, 3, 5)).events if e.type == "meeting"]
    assert meeting.status == "cancelled" and meeting.date == "2025-07"


def test_coordinated_subjects_both_initiate():
    text = "Jepang dan Korea Selatan mengecam peluncuran rudal Korea Utara pada Minggu (2/3/2025)."
    (criticism,) = [e for e in extract(text, dct=dt.date(2025, 3, 5)).events if e.type == "criticism"]
    roles = {p.name: p.role for p in criticism.participants}
    assert roles["Jepang"] == roles["Korea Selatan"] == "initiator"
    assert roles["Korea Utara"] == "target"
