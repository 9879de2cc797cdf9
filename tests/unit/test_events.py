"""Events (timeline/extraction/events/): every trigger and status example in the language
data is run here, plus the rules that date, merge and type events."""
import datetime as dt

import pytest

from timeline.extraction import extract as extract_listed
from timeline.extraction.events import find_events
from timeline.extraction.lang.id.status import STATUS_CUES
from timeline.extraction.lang.id.triggers import TRIGGERS
from timeline.extraction.taxonomy import EVENT_TYPE_CODES, cameo_of
from timeline.extraction.types import Actor, Mention, Timex


def extract(text, dct=None, min_confidence=0.0, **kw):
    """What the rules find, however unsure the confidence model is of it (the line drawn for
    listing is tested in test_confidence.py)."""
    return extract_listed(text, dct=dct, min_confidence=min_confidence, **kw)


DCT = dt.date(2026, 1, 10)


@pytest.mark.parametrize("etype, pattern, strength, example", TRIGGERS, ids=[f"{t[0]}:{t[3][:40]}" for t in TRIGGERS])
def test_every_trigger_example_yields_an_event_of_its_type(etype, pattern, strength, example):
    assert etype in EVENT_TYPE_CODES
    events = extract(example, dct=DCT, min_confidence=0.0).events    # (found, however unlikely a lone sentence is)
    assert etype in [e.type for e in events], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("status, pattern, scope, example", STATUS_CUES, ids=[f"{c[0]}:{c[3][:40]}" for c in STATUS_CUES])
def test_every_status_example_yields_an_event_with_that_status(status, pattern, scope, example):
    events = extract(example, dct=DCT, min_confidence=0.0).events
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


@pytest.mark.parametrize("text", [
    "Pembicaraan Rusia dan Ukraina pada 16 Mei 2025 berakhir tanpa kesepakatan gencatan senjata.",
    "Penasihat Kremlin Yuri Ushakov pada 22 Januari 2026 menegaskan tidak akan ada kesepakatan damai dengan Ukraina.",
    # a refusal
    "Tokayev menolak mengakui kemerdekaan Donetsk dan Luhansk pada 17 Juni 2022.",
    "Putin menolak bertemu Zelensky di Istanbul pada 15 Mei 2025.",
])
def test_a_negated_trigger_is_no_event(text):
    assert "agreement" not in [e.type for e in extract(text, dct=DCT).events]


@pytest.mark.parametrize("text", [
    "Hasil akhir Komisi Pemilihan Umum Pusat Moldova yang dirilis pada Senin (29/9/2025) menunjukkan PAS menang.",
    "Pasukan Organisasi Perjanjian Keamanan Kolektif (CSTO) mendarat di Kazakhstan pada 6 Januari 2022.",
])
def test_a_trigger_word_inside_a_bodys_name_is_no_event(text):
    assert [e.type for e in extract(text, dct=dt.date(2025, 9, 30)).events if e.type in ("election", "agreement")] == []


@pytest.mark.parametrize("text, expected", [
    ("NATO meluncurkan misi pengawasan Baltic Sentry di Laut Baltik pada Selasa, 14 Januari 2025.", "military_action"),
    ("Dalam jumpa pers pada 7 Januari 2025, Trump menolak mengesampingkan penggunaan kekuatan militer untuk "
     "menguasai Greenland.", "threat"),
    ("Kedutaan Besar Rusia di Helsinki, Selasa (14/1/2025), menyebut tuduhan terhadap Rusia sebagai bagian dari "
     "kampanye histeria anti-Rusia.", "criticism"),
])
def test_a_mission_launched_force_not_ruled_out_and_a_smear_campaign_named(text, expected):
    assert [e.type for e in extract(text, dct=dt.date(2025, 1, 15)).events][:1] == [expected]


def test_an_analyst_appraising_a_deed_voices_no_criticism_an_official_does():
    said = "{}, Jumat (5/4/2024), menilai penyerbuan itu merupakan pelanggaran serius atas Konvensi Wina."
    analyst = extract(said.format("Dosen hukum internasional Universitas Indonesia, Ratna Siregar"),
                      dct=dt.date(2024, 4, 6)).events
    official = extract(said.format("Menteri Luar Negeri Meksiko Alicia Barcena"), dct=dt.date(2024, 4, 6)).events
    assert "criticism" not in [e.type for e in analyst]
    assert "criticism" in [e.type for e in official]


def test_a_visit_called_off_for_a_clash_of_agendas_is_no_clash_of_arms():
    events = extract("Kunjungan Menteri Luar Negeri Somalia ke Addis Ababa yang semula dijadwalkan pada 3 Februari 2025 "
                     "dibatalkan karena bentrok dengan agenda sidang parlemen.", dct=dt.date(2025, 2, 28)).events
    assert [(e.type, e.status) for e in events] == [("meeting", "cancelled")]


def test_restoring_diplomatic_representation_is_relations():
    events = extract("Pada Januari 2025, Somalia dan Ethiopia sepakat memulihkan perwakilan diplomatik secara penuh.",
                     dct=dt.date(2025, 2, 28)).events
    assert "relations" in [e.type for e in events]


@pytest.mark.parametrize("text, dates", [
    ("Di Doha, Kongo dan M23 meneken deklarasi prinsip pada 19 Juli dan kerangka perdamaian pada 15 November lalu.",
     ["2025-07-19", "2025-11-15"]),
    # (a second verb with its own date is its own event, not a second date of the first)
    ("Kongo dan M23 meneken deklarasi prinsip pada 19 Juli dan menggelar perundingan pada 15 November.",
     ["2025-07-19"]),
])
def test_a_second_object_with_its_own_date_is_a_second_event_of_the_verb(text, dates):
    events = extract(text, dct=dt.date(2025, 12, 5)).events
    assert [e.date for e in events if e.type == "agreement"] == dates


@pytest.mark.parametrize("text, expected", [
    ("Korea Selatan mengirim delegasi pejabat intelijen dan militer ke markas NATO pada Senin (28/10/2024).",
     [("meeting", "2024-10-28")]),
    ("Yoon menggelar konferensi pers bersama Presiden Polandia Andrzej Duda di Seoul pada Kamis (24/10/2024).",
     [("meeting", "2024-10-24")]),
])
def test_a_delegation_sent_and_a_joint_press_conference_are_meetings(text, expected):
    assert [(e.type, e.date) for e in extract(text, dct=dt.date(2024, 10, 30)).events] == expected


def test_a_protest_at_an_event_referred_to_targets_its_doers():
    agreed = extract("Prabowo Subianto dan Anwar Ibrahim menandatangani perjanjian batas laut di Jakarta pada Senin (14/7/2025). "
                     "Sementara itu, China memprotes perjanjian tersebut.", dct=dt.date(2025, 7, 16)).events
    (protest,) = [e for e in agreed if e.type == "criticism"]
    assert sorted(protest.actors) == ["Anwar Ibrahim", "China", "Prabowo Subianto"]
    struck = extract("Iran menyerang pangkalan Amerika Serikat di Qatar pada Senin (23/6/2025). Qatar mengecam "
                     "serangan tersebut sebagai pelanggaran kedaulatan.", dct=dt.date(2025, 6, 24)).events
    (protest,) = [e for e in struck if e.type == "criticism"]
    assert sorted(protest.actors) == ["Iran", "Qatar"]


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
    # a plan that is the object of the clause ("rencana pembangunan PLTN") plans nothing further on
    ("Warga Kazakhstan menyetujui rencana pembangunan PLTN itu dalam referendum pada 6 Oktober lalu.", "election",
     "occurred"),
    ("Rencana kunjungan Presiden Prabowo Subianto ke Beijing dibahas di Jakarta.", "meeting", "planned"),
    ("Kunjungan Perdana Menteri Jepang Shigeru Ishiba ke Jakarta yang direncanakan pekan depan ditunda tanpa batas waktu.",
     "meeting", "cancelled"),
    ("Menteri Pertahanan Sjafrie Sjamsoeddin menerima Duta Besar Australia untuk Indonesia Rod Brazier di Jakarta, "
     "Selasa (4/3/2025).", "meeting", "occurred"),
    ("India menangguhkan Perjanjian Air Indus pada 23 April 2025.", "sanction", "occurred"),
    ("Kunjungan Presiden Prabowo Subianto ke Beijing pada Desember 2024 tidak terlaksana.", "meeting", "cancelled"),
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


@pytest.mark.parametrize("sentence, etype, location", [
    ("Korea Utara menembaki Pulau Yeonpyeong pada 23 November 2010.", "military_action", "Pulau Yeonpyeong"),
    ("Rusia melancarkan serangan rudal ke Odesa pada Kamis (20/7/2023).", "military_action", "Odesa"),
    # a state struck is a party, not a place
    ("Rusia menyerang Ukraina pada 24 Februari 2022.", "military_action", ""),
    ("Menlu Retno Marsudi berpidato di Jenewa pada Senin (26/2/2024).", "statement", "Jenewa"),
    ("Menlu Sugiono mengatakan kepada wartawan di Jakarta, Minggu (19/10/2025), bahwa Indonesia siap membantu.",
     "statement", "Jakarta"),
    # a place further on in what is said is where the thing spoken of was, not where it was said
    ("Pemerintah Irak pada Sabtu (3/2/2024) mengecam serangan Amerika Serikat terhadap kelompok bersenjata di Irak.",
     "criticism", ""),
    # a state named after "di" near the word is what is spoken of; its seat is where it was said
    ("Indonesia sangat kecewa karena situasi di Myanmar memburuk, Senin (13/10/2025).", "criticism", ""),
    ('"Kami menolak," kata juru bicara Kemlu China Lin Jian di Beijing, Senin (13/10/2025).', "statement", "Beijing"),
    # a place told before the word, after "di", with none after it
    ("Di Nairobi, Jokowi bertemu Presiden Kenya William Ruto pada 21 Agustus 2023.", "meeting", "Nairobi"),
    ("Di Moskow, Duma meratifikasi perjanjian kemitraan dengan Korea Utara pada Kamis (24/10/2024).", "agreement",
     "Moskow"),
    # ... but not across a reporting verb: where it was said, not where it was agreed
    ("Di Jakarta, Menlu Sugiono mengatakan, Indonesia dan Malaysia sepakat memperkuat patroli pada Senin (13/10/2025).",
     "agreement", ""),
])
def test_the_place_struck_or_spoken_in_is_the_location(sentence, etype, location):
    (event,) = [e for e in extract(sentence, dct=dt.date(2025, 10, 20)).events if e.type == etype]
    assert event.location == location


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


@pytest.mark.parametrize("text, speaker, others", [
    ('"Kami siap bekerja sama dengan China," kata Menlu Retno Marsudi di Jakarta, Rabu (11/12/2013).',
     "Retno Marsudi", {"China": "participant"}),
    ('"Harga minyak akan turun," kata Kepala Ekonom ADB Shang Jin Wei di Manila, Rabu (11/12/2013).',
     "Shang Jin Wei", {"Bank Pembangunan Asia": "participant"}),
])
def test_the_speaker_named_after_the_verb_closing_a_quote_says_it(text, speaker, others):
    (statement,) = [e for e in extract(text, dct=dt.date(2013, 12, 11)).events if e.type == "statement"]
    assert {p.name: p.role for p in statement.participants} == {speaker: "initiator", **others}


def test_a_party_named_in_the_reason_is_not_the_one_criticized():
    text = "Pemimpin oposisi Peter Dutton mengkritik PM Anthony Albanese karena dinilai terlalu lunak terhadap Beijing, Rabu (5/3/2025)."
    (criticism,) = [e for e in extract(text, dct=dt.date(2025, 3, 5)).events if e.type == "criticism"]
    roles = {p.name: p.role for p in criticism.participants}
    assert roles["Anthony Albanese"] == "target" and roles["China"] == "participant", roles
    text = "Indonesia sangat kecewa karena situasi di Myanmar memburuk, Rabu (5/3/2025)."
    (criticism,) = [e for e in extract(text, dct=dt.date(2025, 3, 5)).events if e.type == "criticism"]
    assert {p.name: p.role for p in criticism.participants}["Myanmar"] == "target"   # no one aimed at before it


def test_the_same_day_as_an_event_in_apposition_to_a_date_is_that_date():
    text = ("Pada 21 Juni, utusan Trump Keith Kellogg berkunjung ke Minsk. Trump kemudian menelepon Lukashenko "
            "pada 15 Agustus, hari yang sama dengan pertemuannya dengan Putin di Alaska.")
    evs = _events(text, dt.date(2025, 9, 12))
    assert [d for t, _, d, _ in evs if t == "call"] == ["2025-08-15"], evs
    assert any(t == "meeting" and d == "2025-08-15" and "Vladimir Putin" in p for t, _, d, p in evs), evs


def test_a_time_ahead_after_agreeing_is_when_the_thing_agreed_is_to_happen():
    text = ("Presiden Jokowi bertemu Presiden Vietnam Nguyen Xuan Phuc di Jakarta, Kamis (22/12/2022). Jokowi dan "
            "Phuc juga sepakat menargetkan nilai perdagangan bilateral mencapai 15 miliar dolar AS pada 2028.")
    evs = _events(text, dt.date(2022, 12, 22))
    assert [(s, d) for t, s, d, _ in evs if t == "agreement"] == [("occurred", "2022-12-22")], evs


def test_that_agreement_names_the_one_just_named_in_its_sentence():
    text = ("Serbia dan Kosovo menyepakati lampiran implementasi perjanjian normalisasi di Ohrid, Sabtu (18/3) malam.\n"
            "Dialog yang difasilitasi Brussels berlangsung sejak 2011 dan sempat menghasilkan Perjanjian Brussels pada "
            "2013, tetapi asosiasi kota-kota Serbia yang dijanjikan dalam perjanjian itu tak kunjung terbentuk.")
    (ohrid, *_) = [e for e in extract(text, dct=dt.date(2023, 3, 19)).events if e.type == "agreement"]
    assert ohrid.date == "2023-03-18" and len(ohrid.evidence) == 1


def test_the_occasion_right_after_a_date_has_that_date():
    text = ("Perjanjian itu ditandatangani di Pyongyang pada 19 September 2018, di sela pertemuan puncak antara "
            "Presiden Korea Selatan kala itu, Moon Jae-in, dan pemimpin Korea Utara Kim Jong Un.")
    evs = _events(text, dt.date(2024, 1, 1))
    assert sorted((t, d) for t, _, d, _ in evs) == [("agreement", "2018-09-19"), ("meeting", "2018-09-19")], evs


def test_the_ties_an_anniversary_marks_are_dated_when_they_began():
    text = "Tahun ini juga menandai 65 tahun hubungan diplomatik Indonesia dan Jepang yang terjalin sejak 1958."
    assert [(t, d) for t, _, d, _ in _events(text, dt.date(2023, 9, 5)) if t == "relations"] == [("relations", "1958")]


def test_the_source_after_menurut_says_it():
    text = "Menurut Menkeu Bambang Brodjonegoro, penurunan harga minyak menekan Rusia, Selasa (16/12/2014)."
    (statement,) = [e for e in extract(text, dct=dt.date(2014, 12, 16)).events if e.type == "statement"]
    assert {p.name: p.role for p in statement.participants} == {"Bambang Brodjonegoro": "initiator", "Rusia": "participant"}


@pytest.mark.parametrize("text, etype", [
    ("Kolombia dan Venezuela resmi membuka kembali perbatasan darat mereka pada Senin (26/9/2022).", "other"),
    ("Presiden Bangladesh Mohammed Shahabuddin membubarkan parlemen pada Selasa (6/8/2024).", "other"),
    ("Dewan Perwakilan Nepal mengesahkan amendemen konstitusi yang memuat peta baru pada 13 Juni 2020.", "other"),
    ("Komando Selatan AS menggelar latihan penerbangan bersama Pasukan Pertahanan Guyana pada 7 Desember 2023.",
     "military_action"),
    ("Pada 2017, pasukan India dan China berhadapan selama 73 hari di Dataran Tinggi Doklam.", "military_action"),
])
def test_a_border_reopened_a_parliament_dissolved_a_joint_exercise_a_standoff_are_events(text, etype):
    assert any(t == etype and d for t, _, d, _ in _events(text, dt.date(2024, 8, 7))), _events(text, dt.date(2024, 8, 7))


def test_the_day_a_first_since_counts_from_dates_no_other_event_of_its_sentence():
    text = ("Biden dan Xi bertemu di Filoli Estate, Woodside, Rabu (15/11/2023).\nPertemuan di Woodside merupakan "
            "tatap muka pertama kedua pemimpin sejak keduanya bertemu di sela KTT G20 di Bali pada 14 November 2022.")
    found = extract(text, dct=dt.date(2023, 11, 16)).events
    bali = [e for e in found if e.date == "2022-11-14"]
    assert bali and all(not text[e.evidence[0].start:].startswith("Pertemuan") for e in bali), \
        [(e.date, text[e.evidence[0].start:e.evidence[0].end]) for e in found]


def test_a_criticism_never_takes_a_day_still_ahead_from_the_sentence_before():
    text = ("Presiden Prabowo bertemu Perdana Menteri Anwar Ibrahim di Jakarta pada Rabu (20/4/2022).\n"
            "Pemilu dijadwalkan digelar pada 21 Mei mendatang. Pemimpin oposisi Anthony Albanese mengecam "
            "pemerintahan Morrison atas kegagalan kebijakan luar negeri.")
    (criticism,) = [e for e in extract(text, dct=dt.date(2022, 4, 21)).events if e.type == "criticism"]
    assert criticism.status == "occurred" and criticism.date != "2022-05-21", (criticism.status, criticism.date)


def _events(text, dct=dt.date(2025, 3, 20)):
    return [(e.type, e.status, e.date, {p.name for p in e.participants}) for e in extract(text, dct=dct).events]


def test_a_state_body_blocking_a_ship_is_military_action():
    text = "Penjaga Pantai Vietnam menghadang kapal nelayan Malaysia pada Jumat (14/3/2025)."
    evs = _events(text)
    assert any(t == "military_action" and d == "2025-03-14" and "Penjaga Pantai Vietnam" in p
               for t, _, d, p in evs), evs


def test_removal_from_office_is_an_election_event():
    text = "Presiden Peru Dina Boluarte dicopot dari jabatannya oleh Kongres pada 10 Oktober 2025."
    evs = _events(text, dt.date(2025, 10, 12))
    assert ("election", "occurred", "2025-10-10", {"Dina Boluarte", "Peru"}) in evs, evs    # (and the state she served)


def test_martial_law_and_a_new_rule_are_dated_political_events():
    evs = _events("Presiden Myanmar Min Aung Hlaing mengumumkan darurat militer pada 2 Maret 2025.")
    assert any(t == "other" and d == "2025-03-02" for t, _, d, _ in evs), evs
    evs = _events("Pemerintah Thailand memberlakukan aturan baru soal visa pada 1 Maret 2025.")
    assert any(t == "other" and d == "2025-03-01" and "Thailand" in p for t, _, d, p in evs), evs


def test_a_cabinet_meeting_or_a_mediation_is_no_meeting_between_parties():
    # a government's own meeting ("rapat kabinet", "rapat paripurna") is no diplomatic meeting, and
    # "dimediasi Qatar" tells who brokered the deal, not a meeting of its own
    for text in ("Perdana Menteri Kanada Mark Carney dijadwalkan memimpin rapat kabinet pada Senin (24/3/2025).",
                 "Gencatan senjata yang dimediasi Qatar berlaku pada Jumat (24/11/2023)."):
        assert not [e for e in _events(text) if e[0] == "meeting"], text


def test_the_source_after_menurut_is_no_party_to_what_follows():
    text = ("Armenia dan Azerbaijan mencapai kesepakatan damai pada Rabu (12/3/2025). "
            "Menurut Menteri Luar Negeri Armenia Ararat Mirzoyan, perjanjian damai akan mulai berlaku pada 1 April 2025.")
    evs = _events(text)
    later = [p for t, s, d, p in evs if t == "agreement" and d == "2025-04-01"]
    assert later and later[0] == {"Armenia", "Azerbaijan"}, evs


def test_the_event_an_ordinal_day_counts_from_is_no_event():
    text = "Pertukaran tahanan dijadwalkan berlangsung pada hari ke-10 gencatan senjata, kata Mesir."
    evs = _events(text, dt.date(2025, 3, 1))
    assert not any(t == "agreement" for t, _, _, _ in evs), evs


def test_full_membership_is_a_relations_event():
    text = "ASEAN menerima Timor Leste sebagai anggota penuh pada 26 Oktober 2025."
    evs = _events(text, dt.date(2025, 10, 27))
    assert any(t == "relations" and d == "2025-10-26" for t, _, d, _ in evs), evs


def test_demikian_pernyataan_is_a_statement():
    text = ('"Kami menghormati keputusan itu," demikian pernyataan Kementerian Luar Negeri Jepang, Selasa (18/3/2025).')
    evs = _events(text)
    assert any(t == "statement" and d == "2025-03-18" for t, _, d, _ in evs), evs


def test_a_year_labelling_a_name_dates_no_other_verb():
    text = "Menlu Sugiono memuji kepemimpinan Filipina sebagai Ketua ASEAN 2026 dalam pidatonya."
    evs = _events(text, dt.date(2026, 2, 1))
    assert not any(d == "2026" for _, _, d, _ in evs), evs
    evs = _events("Pada 2019, Menlu Retno Marsudi bertemu Menlu Jepang Taro Kono di Tokyo.", dt.date(2026, 2, 1))
    assert any(t == "meeting" and d == "2019" for t, _, d, _ in evs), evs


def test_the_years_a_named_plan_covers_date_no_event():
    text = ("Para pemimpin ASEAN dan GCC bertemu di Riyadh, Jumat (20/10/2023). Mereka juga mengadopsi "
            "Kerangka Kerja Sama ASEAN-GCC 2024-2028 yang mencakup perdagangan.")
    evs = _events(text, dt.date(2023, 10, 20))
    assert [(t, s, d) for t, s, d, _ in evs if t == "agreement"] == [("agreement", "occurred", "2023-10-20")], evs


def test_adopting_a_declaration_is_an_agreement():
    text = "Para menteri ASEAN mengadopsi deklarasi bersama di Vientiane pada Kamis (6/3/2025)."
    evs = _events(text)
    assert any(t == "agreement" and d == "2025-03-06" for t, _, d, _ in evs), evs


def test_a_joint_exercise_is_military_action_and_postponed_is_cancelled():
    # a show of force posture (CAMEO 15), as any exercise is
    text = "Latihan gabungan angkatan laut Jepang dan Filipina yang sedianya digelar pada 3 Maret 2025 ditunda."
    evs = _events(text)
    assert any(t == "military_action" and s == "cancelled" for t, s, _, _ in evs), evs


def test_an_invitation_is_a_planned_meeting():
    text = "Presiden Brasil Lula da Silva mengundang Presiden Prabowo Subianto ke Brasilia pada 2 Maret 2025."
    evs = _events(text)
    assert any(t == "meeting" and s == "planned" for t, s, _, _ in evs), evs


def test_rebels_seizing_a_city_is_military_action():
    text = "Kelompok pemberontak Hayat Tahrir ke kota itu. Pada 8 Desember 2024, pasukan Suriah merebut kembali kota Homs."
    evs = _events(text, dt.date(2024, 12, 10))
    assert any(t == "military_action" and d == "2024-12-08" for t, _, d, _ in evs), evs
    text = "Kota Goma direbut. Milisi Janjaweed merebut kota El Fasher pada 26 Oktober 2025 dari tentara Sudan."
    evs = _events(text, dt.date(2025, 10, 30))
    assert any(t == "military_action" and d == "2025-10-26" for t, _, d, _ in evs), evs


def test_the_inauguration_of_someone_named_after_it_is_theirs():
    text = ("Perdana Menteri Selandia Baru Christopher Luxon akan menghadiri pelantikan Presiden Chile "
            "Jose Antonio Kast pada 11 Maret 2026.")
    evs = _events(text, dt.date(2026, 3, 1))
    assert ("election", "planned", "2026-03-11", {"Jose Antonio Kast", "Chile"}) in evs, evs


def test_the_fast_trigger_scan_finds_what_the_full_pattern_finds():
    from timeline.extraction.events import _triggers, load_rules
    R = load_rules("id")
    assert R.starts is not None
    text = " ".join(t[3] for t in TRIGGERS).lower() + " pertemuannya, bertemunya; mengecam-nya menyerangnya" \
        + " cafébertemu «bertemu» “sepakat”—bertemu é-bertemu x_bertemu"
    assert [(m.start(), m.end(), m.lastgroup) for m in _triggers(R, text)] == \
        [(m.start(), m.end(), m.lastgroup) for m in R.trigger.finditer(text)]


def test_the_one_scan_finds_every_place_a_status_cue_matches():
    from timeline.extraction.events import _Cues, _triggers, load_rules
    R = load_rules("id")
    text = " ".join(c[3] for c in STATUS_CUES).lower() + " " + " ".join(t[3] for t in TRIGGERS).lower()
    at = {i: [] for i in range(len(R.numbered_status))}
    _triggers(R, text, at)
    cues = _Cues(text, R, at)
    for i, _, rx, _, _ in R.numbered_status:
        starts = [m.start() for m in rx.finditer(text)]
        assert starts, i
        assert all(cues.within(i, p, p + 1) for p in starts), i


def test_every_trigger_and_status_cue_starts_with_words_the_quick_scan_knows():
    # a pattern whose matches may start anywhere (r"\bsedianya") is tried at every trigger of every
    # sentence: 1.14 M instructions per dev article for one cue
    from timeline.extraction.text import literal_heads
    assert [t[3] for t in TRIGGERS if literal_heads(t[1]) is None] == []
    assert [c[3] for c in STATUS_CUES if literal_heads(c[1]) is None] == []


def test_literal_heads_and_trie_regex():
    import re
    from timeline.extraction.text import literal_heads, trie_regex
    assert literal_heads(r"(?:menerima|melakukan)\s+telepon|bertemu") == {"menerima", "melakukan", "bertemu"}
    assert literal_heads(r"\w+\s+ancaman") is None
    rx = re.compile(trie_regex(["temu", "tembak", "tema"]))
    assert [m.group() for m in rx.finditer("tembak temu tema tem")] == ["tembak", "temu", "tema"]


def test_a_beginning_of_several_words_is_found_as_its_first_word_where_the_others_follow():
    # "di" opens a trigger only before "waktu": the scan passes over the other "di" of a text
    import re
    from timeline.extraction.text import literal_heads, trie_regex
    assert literal_heads(r"(?:pada|di)\s+waktu\s+(?:\w+\s+)?yang", spaced=True) == {"pada waktu", "di waktu"}
    assert literal_heads(r"akan\s+(?:\w+\s+)?membalas", spaced=True) == {"akan"}
    rx = re.compile(trie_regex(["di waktu", "dia", "pada waktu", "pada"], ahead=True))
    assert [m.group() for m in rx.finditer("di Jakarta, dia di\nwaktu pada hari")] == ["dia", "di", "pada"]


def test_status_cues_and_clause_openers_are_lower_case():
    import re
    from timeline.extraction.lang.id import status
    for _, pattern, _, _ in STATUS_CUES:
        assert not re.search(r"(?<!\\)[A-Z]", pattern), pattern
    assert all(o == o.lower() for o in status.CLAUSE_OPENERS)


def test_a_visit_called_off_after_a_relative_clause_is_cancelled_and_apart():
    text = ("Presiden Finlandia Alexander Stubb bertemu Presiden Prabowo Subianto di Istana Bogor, Selasa (18/3/2025). "
            "Kunjungan Stubb ke sebuah pabrik baterai di Karawang, yang semula dijadwalkan Selasa siang, "
            "batal karena hujan deras. Stubb juga mengundang Prabowo berkunjung ke Helsinki.")
    evs = _events(text)
    statuses = sorted(s for t, s, _, _ in evs if t == "meeting")
    assert statuses == ["cancelled", "occurred", "planned"], evs


def test_the_first_plan_of_a_visit_told_called_off_is_an_event_of_its_own():
    text = ("Presiden Vietnam Nguyen Xuan Phuc berkunjung ke Jakarta pada Kamis (22/12/2022). Kunjungan ini "
            "sejatinya direncanakan pada 2021, tetapi ditunda karena pandemi Covid-19.")
    evs = _events(text, dt.date(2022, 12, 23))
    assert sorted((t, s, d) for t, s, d, _ in evs) == [("meeting", "cancelled", "2021"),
                                                       ("meeting", "occurred", "2022-12-22")], evs
    assert all("Nguyen Xuan Phuc" in p for *_, p in evs)


def test_a_meeting_wished_for_and_called_off_in_its_sentence_is_that_one_not_a_plan_told_before():
    # (the plan to visit China in April was marked called off)
    text = ("Presiden AS Donald Trump mengungkapkan rencana berkunjung ke China pada April tahun depan.\n"
            "Trump mengaku ingin bertemu pemimpin Korea Utara Kim Jong Un, tetapi Pyongyang tidak merespons dan "
            "pertemuan itu urung terjadi.")
    evs = _events(text, dt.date(2025, 10, 31))
    assert sorted((s, d) for t, s, d, _ in evs if t == "meeting") == [("cancelled", None), ("planned", "2026-04")], evs


def test_an_anniversary_is_not_dated_by_the_day_it_is_remembered():
    text = ("Pada 5 Maret 2025, Vietnam dan Amerika Serikat memperingati 30 tahun normalisasi hubungan "
            "diplomatik yang dimulai pada 1995.")
    evs = _events(text)
    rel = [d for t, _, d, _ in evs if t == "relations"]
    assert rel and "2025-03-05" not in rel, evs
    # ... nor by the day it falls on
    text = "Adapun paket sanksi ke-16 diadopsi pada 24 Februari 2025, bertepatan dengan tiga tahun invasi Rusia."
    assert [(t, d) for t, _, d, _ in _events(text)] == [("sanction", "2025-02-24")]


def test_events_of_a_sentence_with_one_date_share_it_unless_it_is_background():
    text = ("Thailand menjadi tuan rumah KTT APEC di Bangkok pada November 2022, dan berhasil menghasilkan "
            "deklarasi bersama para pemimpin.")
    evs = _events(text, dt.date(2025, 3, 1))
    assert any(t == "agreement" and d == "2022-11" for t, _, d, _ in evs), evs
    text = ("Presiden Chile Gabriel Boric menuntaskan kunjungan ke Brasil dan Argentina, lawatan pertamanya "
            "sejak dilantik pada 11 Maret 2022.")
    evs = _events(text, dt.date(2022, 5, 1))
    assert not any(t == "meeting" and d == "2022-03-11" for t, _, d, _ in evs), evs


def test_a_sentence_opening_with_an_event_named_by_its_place_refers_back():
    text = ("Armenia dan Azerbaijan menandatangani perjanjian damai di Washington pada Jumat (8/8/2025). "
            "Perjanjian Washington tidak melibatkan Rusia.")
    evs = _events(text, dt.date(2025, 8, 10))
    assert [t for t, _, _, _ in evs].count("agreement") == 1, evs


@pytest.mark.parametrize("sentence, date", [
    ("Parlemen Hungaria menyetujui keanggotaan Swedia pada Senin (26/2), tiga hari setelah "
     "Perdana Menteri Swedia Ulf Kristersson menemui Perdana Menteri Viktor Orban di Budapest.", "2026-02-23"),
    ("Parlemen Hungaria menyetujui keanggotaan Swedia pada Senin (26/2), sepekan sebelum "
     "Perdana Menteri Swedia Ulf Kristersson menemui Perdana Menteri Viktor Orban di Budapest.", "2026-03-05"),
    # the clause after "setelah" carries its own date: no span from the sentence's date
    ("Pertemuan itu berlangsung tiga hari setelah Perdana Menteri Swedia Ulf Kristersson menemui "
     "Perdana Menteri Viktor Orban di Budapest, Hungaria, pada Jumat (20/2).", "2026-02-20"),
])
def test_a_span_of_time_before_setelah_dates_the_clause_it_opens(sentence, date):
    events = extract(sentence, dct=dt.date(2026, 3, 8)).events
    meeting = next(e for e in events if e.type == "meeting" and "Viktor Orban" in e.actors)
    assert meeting.date == date


def test_a_readiness_to_sanction_is_a_threat_and_a_deposited_accession_an_agreement():
    threat = extract("Menteri Luar Negeri AS Antony Blinken mengatakan Washington siap menjatuhkan sanksi "
                     "kepada pihak mana pun yang melanggar gencatan senjata.", dct=DCT).events
    assert [e.type for e in threat] == ["threat"]
    signed = extract("Perdana Menteri Swedia Ulf Kristersson menyerahkan dokumen aksesi kepada Menteri Luar "
                     "Negeri AS Antony Blinken di Washington, Kamis (7/3/2024).", dct=dt.date(2024, 3, 8)).events
    assert [(e.type, e.date) for e in signed] == [("agreement", "2024-03-07")]


def test_the_meeting_a_deal_was_reached_in_takes_its_date():
    events = extract("Konsensus Lima Poin disepakati para pemimpin ASEAN bersama pemimpin junta Myanmar Jenderal "
                     "Senior Min Aung Hlaing dalam pertemuan di Jakarta pada 24 April 2021.", dct=DCT).events
    assert {(e.type, e.date) for e in events} == {("agreement", "2021-04-24"), ("meeting", "2021-04-24")}


def test_a_dated_clause_naming_no_party_takes_the_parties_of_its_sentence():
    events = extract("Perang pecah sejak 15 April, ketika ketegangan antara Panglima Angkatan Bersenjata Sudan "
                     "Jenderal Abdel Fattah al-Burhan dan Komandan RSF Jenderal Mohamed Hamdan Dagalo memuncak.",
                     dct=dt.date(2023, 5, 21)).events
    war = next(e for e in events if e.type == "military_action")
    assert war.date == "2023-04-15" and "Abdel Fattah al-Burhan" in war.actors


def test_a_dated_event_naming_no_party_is_one_more_of_the_kind_told_before():
    events = extract("Presiden Korea Selatan Moon Jae-in bertemu Kim Jong Un di Singapura pada 12 Juni 2018. "
                     "Pertemuan berikutnya berlangsung di Desa Panmunjom pada 27 April 2019.",
                     dct=dt.date(2019, 5, 1)).events
    later = next(e for e in events if e.type == "meeting" and e.date == "2019-04-27")
    assert set(later.actors) >= {"Moon Jae-in", "Kim Jong Un"}


@pytest.mark.parametrize("text", [
    "Presiden Joko Widodo bertemu Perdana Menteri Papua Nugini James Marape di Port Moresby pada 5 Juli 2023. "
    "Kunjungan itu menghasilkan tiga nota kesepahaman di bidang perdagangan.",
    "Pada 5 Juli 2023, Presiden Joko Widodo dan Perdana Menteri Papua Nugini James Marape menggelar pertemuan "
    "bilateral yang dilanjutkan dengan penandatanganan tiga nota kesepahaman.",
])
def test_the_agreements_a_meeting_yields_are_events_of_its_parties(text):
    events = extract(text, dct=dt.date(2023, 7, 6)).events
    deal = next(e for e in events if e.type == "agreement")
    assert deal.date == "2023-07-05" and {"Joko Widodo", "James Marape"} <= set(deal.actors)


def test_a_verb_with_dates_joined_by_dan_is_one_event_on_each():
    events = extract("Presiden AS Donald Trump bertemu Kim Jong Un pada 2018 dan 2019.", dct=DCT).events
    assert sorted(e.date for e in events if e.type == "meeting") == ["2018", "2019"]


def test_the_summary_reads_as_a_line_without_the_country_of_a_leader_present():
    events = extract("Presiden AS Donald Trump mengancam Presiden Kolombia Gustavo Petro pada 4 Januari 2026. "
                     "Presiden Prabowo Subianto bakal bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta "
                     "pada 3 Februari 2026.", dct=DCT).events
    assert [e.summary for e in events] == ["Donald Trump threatens Gustavo Petro",
                                           "Prabowo Subianto meets Anwar Ibrahim in Jakarta (planned)"]


def test_two_verbs_with_other_counterparts_in_one_sentence_are_two_events():
    events = extract("Presiden AS Donald Trump menerima Perdana Menteri Israel Benjamin Netanyahu di Ruang Oval "
                     "pada 15 September 2020, lalu bertemu Menteri Luar Negeri UEA Abdullah bin Zayed secara terpisah.",
                     dct=DCT).events
    assert len([e for e in events if e.type == "meeting"]) == 2


@pytest.mark.parametrize("text, dct, etype, date", [
    pytest.param("Israel dan UEA meneken kesepakatan normalisasi di Gedung Putih, Selasa (15/9/2020).\n"
                 "Sebelum upacara, Presiden AS Donald Trump menerima Perdana Menteri Israel Benjamin Netanyahu.",
                 dt.date(2020, 9, 16), "meeting", "2020-09-15", id="paragraph opening before the occasion: the news' date"),
    pytest.param("Senator Budi berbicara di parlemen pada 12 Maret 2026.\n"
                 "Perdana Menteri Kanada Justin Trudeau berpidato di parlemen Kanada pada Senin (18/9/2023).\n"
                 "Tak lama berselang, Menteri Luar Negeri Kanada Melanie Joly mengumumkan pengusiran diplomat India.",
                 dt.date(2023, 9, 20), "sanction", "2023-09-18", id="shortly after the scene told: its date"),
    pytest.param("Presiden Korea Selatan Yoon Suk Yeol tiba di Tokyo, Kamis (16/3/2023), untuk bertemu "
                 "Perdana Menteri Jepang Fumio Kishida.\n"
                 "Pada 2018, hubungan kedua negara memburuk.\n"
                 "Beberapa jam sebelum Yoon mendarat, Korea Utara meluncurkan rudal balistik ke arah Jepang.",
                 dt.date(2023, 3, 17), "military_action", "2023-03-16", id="hours from the news of the day: the lead date"),
    pytest.param("Swedia kembali diguncang aksi pembakaran Al Quran pada Sabtu (21/1/2023).\n"
                 "Presiden Turki Recep Tayyip Erdogan mengecam keras Swedia. \"Mereka tak bisa lagi mengharapkan "
                 "dukungan kami,\" ujar Erdogan seusai rapat kabinet di Ankara, Senin (23/1/2023).",
                 dt.date(2023, 1, 25), "criticism", "2023-01-23", id="undated sentence: the date of its speaker's quote after it"),
])
def test_an_undated_paragraph_takes_the_date_the_story_gives_it(text, dct, etype, date):
    events = extract(text, dct=dct).events
    assert next(e for e in events if e.type == etype).date == date


def test_a_speech_at_a_session_is_a_statement_not_a_meeting():
    events = extract("Presiden Iran Ebrahim Raisi dijadwalkan berpidato di Sidang Umum PBB pada 19 September 2023.",
                     dct=dt.date(2023, 9, 18)).events
    assert [(e.type, e.status, e.date) for e in events] == [("statement", "planned", "2023-09-19")]


def test_a_paragraph_opening_at_the_summit_takes_the_summit_day_not_the_day_before():
    events = extract("Presiden Joko Widodo menghadiri KTT ASEAN-GCC di Riyadh, Jumat (20/10/2023).\n"
                     "Sehari sebelumnya, Jokowi bertemu Putra Mahkota Mohammed bin Salman di Istana Al-Yamamah.\n"
                     "Di sela KTT, Jokowi juga bertemu Emir Qatar Sheikh Tamim bin Hamad Al Thani. Riyadh menjadi "
                     "persinggahan kedua lawatan Jokowi pekan ini.",
                     dct=dt.date(2023, 10, 20)).events
    emir = next(e for e in events if "Tamim bin Hamad Al Thani" in e.actors)
    assert emir.date == "2023-10-20"


def test_arrests_swaps_and_port_calls_are_events_only_with_a_date_of_their_own():
    dated = extract("Direktur keuangan Huawei Meng Wanzhou ditangkap otoritas Kanada di Vancouver pada 1 Desember 2018. "
                    "Kapal riset China Shi Yan 6 bersandar di Kolombo pada Oktober 2023.", dct=dt.date(2024, 1, 5)).events
    assert sorted(e.date for e in dated if e.type == "other") == ["2018-12-01", "2023-10"]
    undated = extract("Prabowo dan Anwar membahas nasib nelayan yang ditangkap di perairan perbatasan serta "
                      "pemberantasan penangkapan ikan ilegal oleh Vietnam.", dct=dt.date(2025, 7, 29)).events
    assert not [e for e in undated if e.type == "other"]


def test_a_verb_ending_in_kan_cut_by_the_status_window_is_no_akan():
    # "menyatakan" ends in "akan": the window before the trigger may start inside it
    events = extract("Ekuador menyatakan Duta Besar Meksiko Raquel Serur sebagai persona non grata pada 4 April 2024.",
                     dct=dt.date(2024, 4, 8)).events
    assert [(e.type, e.status) for e in events] == [("sanction", "occurred")]


def test_after_an_opening_clause_the_sentence_has_its_own_subject_parties_and_the_day_told():
    events = extract("Kanselir Jerman Olaf Scholz bertemu Presiden China Xi Jinping di Beijing pada Jumat (4/11/2022).\n"
                     "Pada Oktober, Xi terpilih kembali.\n"
                     "Seusai bertemu Xi, Scholz menggelar pembicaraan dengan Perdana Menteri Li Keqiang.",
                     dct=dt.date(2022, 11, 5)).events
    li = next(e for e in events if "Li Keqiang" in e.actors)
    assert li.type == "meeting" and set(li.actors) == {"Olaf Scholz", "Li Keqiang", "Jerman"} and li.date == "2022-11-04"


def test_the_agent_of_a_passive_verb_acts_and_its_subject_undergoes_it():
    events = extract("Penyerbuan kedutaan itu dikecam oleh Brasil pada 6 April 2024. "
                     "Ekuador diserang oleh Meksiko pada 5 April 2024.", dct=dt.date(2024, 4, 8)).events
    roles = {e.type: [(p.name, p.role) for p in e.participants] for e in events}
    assert roles["criticism"][0] == ("Brasil", "initiator")
    assert roles["military_action"] == [("Meksiko", "initiator"), ("Ekuador", "target")]


def test_calling_a_deed_a_violation_is_criticism():
    events = extract("Presiden Meksiko Andres Manuel Lopez Obrador menyebut tindakan Ekuador sebagai pelanggaran "
                     "terang-terangan terhadap hukum internasional pada 5 April 2024.", dct=dt.date(2024, 4, 8)).events
    assert [e.type for e in events] == ["criticism"]


def test_a_sentence_opening_a_day_after_an_event_told_is_dated_from_it():
    events = extract("Ethiopia dan Somaliland menandatangani nota kesepahaman di Addis Ababa pada 1 Januari 2024. "
                     "Sehari setelah penandatanganan, Somalia menarik duta besarnya dari Addis Ababa.",
                     dct=dt.date(2024, 1, 8)).events
    assert next(e for e in events if e.type == "relations").date == "2024-01-02"


def test_a_span_counted_from_an_event_told_takes_its_date_as_value():
    ex = extract("KTT ASEAN digelar di Vientiane pada Rabu (9/10/2024). Presiden Jokowi menghadiri KTT itu. "
                 "Empat hari sebelum KTT, kapal perang Filipina berpatroli di Laut China Selatan.",
                 dct=dt.date(2024, 10, 12))
    span = next(t for t in ex.timexes if t.text == "Empat hari")
    assert (span.type, span.value) == ("DATE", "2024-10-05")
    assert next(e for e in ex.events if e.type == "military_action").date == "2024-10-05"


def test_a_span_after_an_event_referred_to_dates_its_clause_from_that_event():
    # the visit after the span is another, three months before the one referred to, by its own parties
    ex = extract("Presiden China Xi Jinping tiba di Hanoi, Vietnam, pada Selasa (12/12/2023) dan bertemu Sekjen "
                 "Partai Komunis Vietnam Nguyen Phu Trong. Kunjungan Xi berlangsung tiga bulan setelah Presiden "
                 "Amerika Serikat Joe Biden berkunjung ke Hanoi.", dct=dt.date(2023, 12, 13))
    visits = {e.date: set(e.actors) for e in ex.events if e.type == "meeting"}
    assert "Joe Biden" not in visits["2023-12-12"], visits
    assert "Xi Jinping" not in visits["2023-09"] and "Joe Biden" in visits["2023-09"], visits
    # ... and a clause of another kind, told in the same way
    ex = extract("Presiden Joko Widodo menerima Presiden Vietnam Vo Van Thuong di Istana Bogor pada Jumat "
                 "(22/12/2023). Pertemuan itu berlangsung tiga hari setelah DPR RI mengesahkan persetujuan batas "
                 "Zona Ekonomi Eksklusif kedua negara menjadi undang-undang.", dct=dt.date(2023, 12, 23))
    assert [e.date for e in ex.events if e.type == "agreement"] == ["2023-12-19"]


def test_someones_first_since_taking_office_is_their_inauguration():
    ex = extract("Presiden Sri Lanka Anura Kumara Dissanayake tiba di New Delhi pada Minggu (15/12/2024). Ini "
                 "merupakan lawatan luar negeri pertamanya sejak dilantik sebagai presiden pada 23 September lalu.",
                 dct=dt.date(2024, 12, 16))
    assert [(e.date, e.actors) for e in ex.events if e.type == "election"] == \
        [("2024-09-23", ["Anura Kumara Dissanayake", "Sri Lanka"])]


@pytest.mark.parametrize("sentence, expected", [
    ("Rutte memimpin KTT pertamanya sejak menjabat pada Oktober tahun lalu.", [("election", "2024-10")]),
    ("Desakan itu menguat sejak Trump kembali ke Gedung Putih pada 20 Januari lalu.", [("election", "2025-01-20")]),
    ("Hubungan memburuk sejak Taliban kembali berkuasa pada 15 Agustus 2021.", [("election", "2021-08-15")]),
    ("Rutte menjabat sebagai perdana menteri Belanda selama 14 tahun.", []),
])
def test_taking_office_told_as_a_time_since_is_an_inauguration(sentence, expected):
    assert [(e.type, e.date) for e in extract(sentence, dct=dt.date(2025, 6, 26)).events] == expected


def test_being_appointed_chair_is_taking_office():
    events = extract("Kolonel Assimi Goita ditunjuk sebagai ketua konfederasi Sahel pada 6 Juli 2024.", dct=dt.date(2024, 7, 8)).events
    assert [(e.type, e.date) for e in events] == [("election", "2024-07-06")]


def test_a_parliamentary_or_local_election_is_an_election():
    events = extract("Muizzu menyampaikan pidato pada Senin (5/2/2024), sementara pemilihan parlemen Maladewa bakal "
                     "digelar April mendatang.", dct=dt.date(2024, 2, 6)).events
    assert [(e.status, e.date) for e in events if e.type == "election"] == [("planned", "2024-04")]


def test_a_meeting_held_on_its_day_is_not_the_visit_called_off_before_it():
    events = extract("Kunjungan utusan khusus ASEAN, Othman Hashim, ke Naypyidaw yang semula dijadwalkan awal Mei "
                     "ditunda tanpa kepastian waktu.\nHari ini, KTT ASEAN-Dewan Kerja Sama Teluk digelar di Kuala Lumpur.",
                     dct=dt.date(2025, 5, 27)).events
    assert sorted((e.date, e.status) for e in events if e.type == "meeting") == [
        ("2025-05", "cancelled"), ("2025-05-27", "occurred")]


def test_a_place_after_di_is_a_word_of_its_own_not_the_end_of_a_name():
    (event,) = extract("Presiden Amerika Serikat Barack Obama bertemu Raja Arab Saudi Abdullah di Riyadh pada Selasa "
                       "(16/12/2014).", dct=dt.date(2014, 12, 17)).events
    assert event.location == "Riyadh" and event.summary == "Barack Obama meets Abdullah in Riyadh"


def test_a_call_told_as_what_came_before_the_news_is_an_event_too():
    events = extract("Presiden AS Donald Trump sepakat memperpanjang ketentuan dagang selama 90 hari setelah berbicara "
                     "melalui telepon dengan Presiden Meksiko Claudia Sheinbaum, Kamis (31/7/2025).",
                     dct=dt.date(2025, 8, 1)).events
    assert sorted((e.type, e.date) for e in events) == [("agreement", "2025-07-31"), ("call", "2025-07-31")]


def test_designating_a_group_a_terrorist_organization_is_a_sanction_and_a_person_a_terrorist_is_not():
    text = ("Pada 20 Februari, Departemen Luar Negeri AS menetapkan enam kartel Meksiko, termasuk Kartel Jalisco "
            "Generasi Baru (CJNG), sebagai organisasi teroris asing.")
    assert [e.type for e in extract(text, dct=dt.date(2025, 8, 1)).events] == ["sanction"]
    assert extract("India menetapkan Nijjar sebagai teroris pada 2020.", dct=dt.date(2023, 9, 21)).events == []


def test_a_tariff_suspended_is_a_sanction_called_off():
    events = extract("Dua hari kemudian, Trump menangguhkan tarif atas barang Meksiko itu selama sebulan.",
                     dct=dt.date(2025, 2, 4)).events
    assert [(e.type, e.status) for e in events] == [("sanction", "cancelled")]


def test_a_tariff_taking_effect_later_is_a_sanction_of_its_own_day_by_the_same_parties():
    events = extract("Pada 1 Februari, Trump mengenakan tarif 25 persen atas barang-barang Meksiko. Tarif tersebut "
                     "akhirnya berlaku pada 4 Maret.", dct=dt.date(2025, 8, 1)).events
    assert [(e.type, e.date, sorted(p.name for p in e.participants)) for e in events] == [
        ("sanction", "2025-02-01", ["Donald Trump", "Meksiko"]), ("sanction", "2025-03-04", ["Donald Trump", "Meksiko"])]


def test_a_rate_announced_on_a_states_goods_is_a_sanction():
    events = extract("Pada 9 Juli, Trump mengumumkan tarif 50% atas seluruh produk Brasil.", dct=dt.date(2025, 10, 7)).events
    assert [(e.type, e.date) for e in events] == [("sanction", "2025-07-09")]


def test_starting_a_term_is_taking_office_and_calling_an_arrest_a_kidnapping_is_criticism():
    events = extract("Maduro memulai masa jabatan ketiganya pada 10 Januari 2025. Pada Sabtu (3/1/2026), Wakil Presiden "
                     "Venezuela Delcy Rodriguez menyebut penangkapan itu sebagai penculikan.", dct=dt.date(2026, 1, 5)).events
    assert [(e.type, e.date) for e in events] == [("election", "2025-01-10"), ("criticism", "2026-01-03")]


def test_what_is_scheduled_far_before_its_date_is_on_the_day_scheduled():
    events = extract("Presiden Venezuela Nicolas Maduro dijadwalkan menjalani sidang dakwaan perdana di pengadilan federal "
                     "Manhattan, New York, hari ini waktu setempat, dua hari setelah ditangkap dalam operasi militer "
                     "Amerika Serikat di Caracas.", dct=dt.date(2026, 1, 5)).events
    assert ("other", "planned", "2026-01-05") in [(e.type, e.status, e.date) for e in events]


def test_water_cannon_fired_told_as_a_noun_is_a_military_action():
    events = extract("Manila memaparkan insiden penembakan meriam air oleh kapal Penjaga Pantai China terhadap kapal-kapal "
                     "Filipina pada 10 Desember lalu.", dct=dt.date(2024, 1, 30)).events
    assert [(e.type, e.date) for e in events] == [("military_action", "2023-12-10")]


def test_stopping_intelligence_sharing_is_relations():
    events = extract("Presiden Gustavo Petro pada Selasa (11/11) memerintahkan aparat keamanannya menghentikan pertukaran "
                     "intelijen dengan lembaga-lembaga AS selama serangan terhadap kapal di Karibia berlanjut.",
                     dct=dt.date(2025, 11, 17)).events
    assert [(e.type, e.date) for e in events] == [("relations", "2025-11-11")]


def test_congratulating_is_a_statement():
    events = extract("Presiden Prabowo Subianto mengucapkan selamat kepada Presiden Argentina Javier Milei pada Senin "
                     "(27/10/2025).", dct=dt.date(2025, 10, 28)).events
    assert [(e.type, e.date) for e in events] == [("statement", "2025-10-27")]


@pytest.mark.parametrize("text, joined", [
    ("Kuwait menurunkan harga minyak mentah pada Rabu (10/12/2014), menjadi anggota OPEC ketiga yang menawarkan "
     "diskon setelah Arab Saudi dan Irak.", False),
    ("Timor-Leste resmi menjadi anggota ke-166 Organisasi Perdagangan Dunia (WTO), Jumat (30/8/2024).", True),
])
def test_the_nth_member_to_do_something_has_not_joined(text, joined):
    events = extract(text, dct=dt.date(2024, 12, 12)).events
    assert any(e.type == "relations" for e in events) == joined


def test_a_speaker_named_before_a_closing_verb_of_speech_is_no_party_to_what_is_said():
    events = extract("OPEC akan mengadakan pertemuan di Wina pada 27 November. OPEC semakin mungkin untuk memotong "
                     "produksi mereka selama pertemuan November, Morgan Stanley mengatakan dalam sebuah laporan.",
                     dct=dt.date(2014, 11, 20)).events
    assert [(e.type, sorted(e.actors)) for e in events] == [("meeting", ["OPEC"])]


def test_the_subject_after_an_opening_since_clause_is_no_party_to_its_war():
    events = extract("Sejak perang meletus antara Israel dan Hamas pada 7 Oktober 2023, Indonesia telah mengirim bantuan "
                     "kemanusiaan ke Gaza.", dct=dt.date(2024, 1, 10)).events
    (war,) = [e for e in events if e.type == "military_action"]
    assert sorted(war.actors) == ["Hamas", "Israel"]


@pytest.mark.parametrize("sentence, expected", [
    ("Sejak larangan ekspor berlaku, nilai ekspor produk turunan nikel melonjak dari 3 miliar dolar AS pada 2017 "
     "menjadi 20 miliar dolar AS tahun lalu.", []),
    ("Semenjak Rusia menginvasi Ukraina, harga gandum naik tajam pada Maret 2022.", [("military_action", None)]),
    ("Sejak Rusia menginvasi Ukraina pada Februari 2022, harga gandum naik tajam.", [("military_action", "2022-02")]),
])
def test_the_main_clauses_date_is_not_that_of_an_opening_since_clause(sentence, expected):
    events = extract(sentence, dct=dt.date(2023, 3, 1)).events
    assert [(e.type, e.date) for e in events] == expected


def test_warning_that_troops_would_be_a_legitimate_target_is_a_threat():
    events = extract("Pada 8 Januari, Juru Bicara Kementerian Luar Negeri Rusia Maria Zakharova memperingatkan bahwa setiap "
                     "pasukan asing di Ukraina akan dianggap sebagai sasaran sah militer Rusia.", dct=dt.date(2026, 1, 25)).events
    assert [(e.type, e.date, e.status) for e in events] == [("threat", "2026-01-08", "occurred")]


@pytest.mark.parametrize("sentence, expected", [
    ("Mali, Burkina Faso, dan Niger mengumumkan keluar dari ECOWAS pada 28 Januari 2024.", [("relations", "2024-01-28")]),
    ("Amerika Serikat menarik diri dari WHO pada 20 Januari 2025.", [("relations", "2025-01-20")]),
    ("Delegasi Rusia keluar dari ruang sidang pada 28 Januari 2024.", []),
    ("Indonesia keluar dari krisis pada 28 Januari 2024.", []),
])
def test_leaving_a_bloc_named_right_after_is_relations(sentence, expected):
    assert [(e.type, e.date) for e in extract(sentence, dct=dt.date(2025, 3, 1)).events] == expected


def test_the_police_storming_an_embassy_is_an_attack_not_a_military_action():
    events = extract("Polisi Ekuador menyerbu Kedutaan Besar Meksiko di Quito pada Jumat (5/4/2024) malam.",
                     dct=dt.date(2024, 4, 7)).events
    assert [e.type for e in events] == ["attack"]
    # (the police done to: still the strike it was)
    events = extract("Pada 21 Agustus, sebuah helikopter polisi Kolombia ditembak jatuh dengan pesawat nirawak di "
                     "Antioquia.", dct=dt.date(2025, 11, 17)).events
    assert [e.type for e in events] == ["military_action"]


def test_a_summit_scheduled_to_go_on_is_planned_once():
    events = extract("Rangkaian KTT ke-43 ASEAN dijadwalkan berlanjut hari ini dengan KTT ASEAN-China.",
                     dct=dt.date(2023, 9, 6)).events
    assert [(e.type, e.status, e.date) for e in events] == [("meeting", "planned", "2023-09-06")]


@pytest.mark.parametrize("sentence", [
    "Pada Senin (18/9/2023), Kanada mengusir seorang diplomat India.",
    # the one expelled named, then his post
    "Pada Senin (18/9/2023), Ottawa mengusir Pavan Kumar Rai, diplomat India yang disebut kepala intelijen India.",
    # a diplomat of any rank
    "Pada Senin (18/9/2023), Kanada mengusir kuasa usaha India dari Ottawa.",
])
def test_the_state_expelling_a_diplomat_initiates_and_the_diplomats_state_is_the_target(sentence):
    # ("diplomat" starts as a passive verb does; it is no passive with India as its agent)
    events = extract(sentence, dct=dt.date(2023, 9, 20)).events
    expelled = [("Pavan Kumar Rai", "target")] if "Pavan" in sentence else []    # (the envoy himself, named)
    assert [(e.type, sorted((p.name, p.role) for p in e.participants)) for e in events] == \
        [("sanction", [("India", "target"), ("Kanada", "initiator"), *expelled])]


@pytest.mark.parametrize("sentence, etype, expected", [
    ("Finlandia mendaftar menjadi anggota NATO pada Mei 2022, tiga bulan setelah Rusia menginvasi Ukraina.",
     "military_action", [("Rusia", "initiator"), ("Ukraina", "target")]),
    ("Hubungan kedua negara memburuk setelah Azerbaijan merebut kembali Nagorno-Karabakh pada September 2023.",
     "military_action", [("Azerbaijan", "initiator")]),
    # the clause is no clause of its own when its first party is not its subject
    ("Albanese kembali berkuasa setelah partainya memenangi pemilu pada 3 Mei 2025.",
     "election", [("Anthony Albanese", "initiator")]),
])
def test_a_clause_after_setelah_or_sejak_has_its_own_subject_and_parties(sentence, etype, expected):
    events = extract(sentence, dct=dt.date(2025, 6, 1)).events
    assert [sorted((p.name, p.role) for p in e.participants) for e in events if e.type == etype] == [expected]


def test_a_time_ahead_after_a_criticism_or_a_call_is_what_is_called_for():
    events = extract("Ketua DPR AS Kevin McCarthy menuding pemerintahan Biden lemah terhadap China dan mendesak "
                     "Gedung Putih memberi penjelasan kepada Kongres pekan depan.", dct=dt.date(2023, 2, 5)).events
    assert [(e.type, e.status) for e in events] == [("criticism", "occurred")]


@pytest.mark.parametrize("sentence", [
    "Kebijakan itu diumumkan Menteri Luar Negeri AS Marco Rubio pada Jumat (14/3/2025).",
    "Presiden AS Donald Trump mengancam akan menambah tarif atas Indonesia pada Senin (7/7/2025).",
])
def test_the_state_of_the_one_who_acts_is_on_his_side_not_the_target(sentence):
    events = extract(sentence, dct=dt.date(2025, 7, 8)).events
    roles = dict((p.name, p.role) for e in events for p in e.participants)
    assert roles["Amerika Serikat"] == "participant", roles


@pytest.mark.parametrize("sentence, person", [
    ("Komisaris Tinggi PBB untuk Hak Asasi Manusia Volker Turk mengecam pemulangan itu pada Jumat (28/2/2025).",
     "Volker Turk"),
    ("Duta Besar AS untuk Filipina MaryKay Carlson mengecam tindakan China pada Sabtu (9/12/2023).",
     "MaryKay Carlson"),
])
def test_the_holder_of_a_post_for_somewhere_acts_not_the_body_of_his_title(sentence, person):
    events = extract(sentence, dct=dt.date(2025, 3, 1)).events
    assert [p.name for e in events for p in e.participants if p.role == "initiator"] == [person]


def test_the_same_day_as_an_event_told_is_that_events_day():
    ex = extract("Armenia dan Azerbaijan meneken perjanjian damai pada Minggu (7/1/2024). Pada Senin (8/1), Aliyev "
                 "berpidato di Baku. Pada hari yang sama dengan penandatanganan, helikopter militer Rusia ditembak "
                 "jatuh oleh Azerbaijan.", dct=dt.date(2024, 1, 10))
    assert next(t for t in ex.timexes if t.text == "hari yang sama").value == "2024-01-07"
    assert next(e for e in ex.events if e.type == "military_action").date == "2024-01-07"
    assert [e.date for e in ex.events if e.type == "agreement"] == ["2024-01-07"]


@pytest.mark.parametrize("after", ["para menteri memilih Menlu Chile Alberto van Klaveren sebagai ketua forum.",
                                   "hujan turun deras di ibu kota."])
def test_the_same_day_as_a_deed_named_by_its_noun_is_the_day_its_verb_was_told(after):
    ex = extract("Raja Belgia Philippe membuka forum itu pada Jumat (25/10). Para delegasi tiba di Brussel pada Rabu "
                 f"(23/10) malam.\nPada hari yang sama dengan pembukaan, {after}", dct=dt.date(2024, 10, 27))
    assert next(t for t in ex.timexes if t.text == "hari yang sama").value == "2024-10-25"
    elections = [e.date for e in ex.events if e.type == "election"]
    assert elections == (["2024-10-25"] if "memilih" in after else [])


@pytest.mark.parametrize("text, span, dct, value", [
    # a deed named by its noun ("pemanggilan"): the day told with it
    ("Kemenlu memanggil Duta Besar Swedia. Pemanggilan dilakukan di Jakarta, Senin (23/1/2023).\n"
     "Sehari sebelum pemanggilan, Kemenlu mengutuk keras aksi pembakaran itu.", "Sehari", dt.date(2023, 1, 25),
     "2023-01-22"),
    # a "ke-an" noun ("keberangkatan" of "berangkat"; "Sehari" stayed a duration)
    ("Kontingen pertama polisi Kenya berangkat ke Haiti pada Senin (24/6/2024) malam.\nSehari sebelum "
     "keberangkatan, Ruto melepas para personel dalam upacara di Nairobi.", "Sehari", dt.date(2024, 6, 26), "2024-06-23"),
    # a span inside an undated sentence ("sebulan" was a duration, not the month before the vote)
    ("Putin menang dalam pemungutan suara pada 17 Maret 2024.\nKritikus utama Kremlin, Alexei Navalny, "
     "meninggal di sebuah penjara di kawasan Arktik sebulan sebelum pemungutan suara.", "sebulan", dt.date(2024, 5, 8),
     "2024-02"),
    # a noun that is no trigger ("pemungutan suara") names the last election told ("Sehari" stayed a duration)
    ("Partai Milei meraih kemenangan dalam pemilu sela pada Minggu 26 Oktober 2025.\nSehari setelah pemungutan suara, "
     "peso Argentina menguat lebih dari 10 persen terhadap dolar AS.", "Sehari", dt.date(2025, 10, 28), "2025-10-27"),
])
def test_a_span_counted_from_an_event_named_takes_the_day_that_event_was_told_with(text, span, dct, value):
    ex = extract(text, dct=dct)
    assert next(t for t in ex.timexes if t.text == span).value == value


def test_a_day_counted_from_a_noun_told_with_its_day_takes_that_day():
    # "bentrokan" is no verb's noun: the sentence that names it with a day dates it
    ex = extract("Bentrokan pecah pada Kamis (24/7) di perbatasan.\nSehari sebelum bentrokan, Bangkok menurunkan "
                 "tingkat hubungan diplomatik dengan Phnom Penh.", dct=dt.date(2025, 7, 29))
    assert next(t for t in ex.timexes if t.text == "Sehari").value == "2025-07-23"
    assert [e.date for e in ex.events if e.type == "relations"] == ["2025-07-23"]


def test_a_day_after_an_event_counts_from_the_day_written_after_its_noun():
    # the election is told only as "pascapemilu 28 Juli"; a day after the one planned next week was
    # no day (the expulsion was planned in that week)
    ex = extract("Krisis politik pascapemilu 28 Juli terus berlanjut.\nVenezuela akan menggelar pemilu daerah pekan "
                 "depan.\nSehari setelah pemilu, Caracas mengusir diplomat dari tujuh negara Amerika Latin.",
                 dct=dt.date(2024, 8, 16))
    assert next(t for t in ex.timexes if t.text == "Sehari").value == "2024-07-29"
    assert [(e.date, e.status) for e in ex.events if e.type == "sanction"] == [("2024-07-29", "occurred")]


def test_a_day_counted_from_something_never_told_dates_nothing():
    # no day is told for the summons: the expulsion is undated, not put on the clash's day
    ex = extract("Bentrokan pecah pada Kamis (24/7) di perbatasan.\nSehari sebelum pemanggilan, Bangkok mengusir "
                 "Duta Besar Kamboja.", dct=dt.date(2025, 7, 29))
    assert [e.date for e in ex.events if e.type == "sanction"] == [None]


def test_a_deed_told_in_a_relative_clause_with_a_past_date_happened_whatever_the_main_verb_plans():
    # "akan" plans the review; "yang diteken pada Maret 2019" tells the signing, done then
    ex = extract("Iran dan Arab Saudi akan meninjau perjanjian dagang yang diteken pada Maret 2019.",
                 dct=dt.date(2023, 3, 11))
    assert [(e.type, e.status, e.date) for e in ex.events] == [("agreement", "occurred", "2019-03")]


def test_holding_a_chairmanship_is_no_event_and_its_year_dates_nothing():
    # "selaku pemegang keketuaan BRICS tahun 2025": who Brazil is, not what it did; the year labels
    # the chairmanship, Monday dates the announcement
    ex = extract("Pengumuman itu disampaikan oleh pemerintah Brasil selaku pemegang keketuaan BRICS tahun 2025 "
                 "pada Senin (6/1). Anwar, yang tahun ini memegang keketuaan ASEAN, menyambut baik.",
                 dct=dt.date(2025, 1, 7))
    assert not [e for e in ex.events if e.type == "other"]
    assert all(e.date != "2025" for e in ex.events)


def test_a_ceasefire_agreed_to_be_put_in_force_is_the_agreement_not_a_second_planned_one():
    ex = extract("Thailand dan Kamboja sepakat melakukan gencatan senjata tanpa syarat mulai Senin (28/7).",
                 dct=dt.date(2025, 7, 29))
    assert [(e.type, e.status) for e in ex.events] == [("agreement", "occurred")]
    # finishing talks agreed on is still ahead
    ex = extract("Indonesia dan Jepang sepakat menuntaskan perundingan perjanjian dagang.", dct=dt.date(2025, 7, 29),
                 min_confidence=0.0)
    assert ("agreement", "planned") in [(e.type, e.status) for e in ex.events]


def test_what_an_accord_says_is_its_content_not_its_status():
    # the cues after "sepakat" are what was agreed: the agreeing happened
    ex = extract("Australia dan Papua Nugini sepakat serangan terhadap salah satu negara akan dianggap sebagai "
                 "ancaman bagi keduanya.", dct=dt.date(2025, 9, 18))
    assert [(e.type, e.status) for e in ex.events] == [("agreement", "occurred")]


def test_calling_a_government_names_is_criticism():
    ex = extract("Presiden Argentina Javier Milei pada Senin (5/1/2026) menjuluki pemerintah China sebagai pembunuh.",
                 dct=dt.date(2026, 1, 6))
    assert [e.type for e in ex.events] == ["criticism"]


def test_a_resolution_adopted_is_a_bodys_vote_not_an_accord():
    ex = extract("Dewan Keamanan PBB mengesahkan resolusi tentang Laut Merah pada Rabu (10/1/2024).",
                 dct=dt.date(2024, 1, 11))
    assert [e.type for e in ex.events] == ["other"]


def test_the_dateline_is_no_part_of_the_evidence():
    text = ("Pakta Pukpuk\nPORT MORESBY, KOMPAS.com - Penandatanganan pakta pertahanan Australia dan Papua Nugini "
            "dijadwalkan pada Rabu (17/9).")
    ev = extract(text, dct=dt.date(2025, 9, 16)).events[0].evidence[0]
    assert text[ev.start:ev.end].startswith("Penandatanganan pakta")


def test_what_endangers_a_states_survival_is_no_threat_made():
    ex = extract("Dalam rapat di parlemen pada Jumat (7/11/2025), Takaichi mengatakan serangan China terhadap Taiwan "
                 "dapat menjadi situasi yang mengancam kelangsungan hidup Jepang.", dct=dt.date(2025, 11, 15))
    assert [e.type for e in ex.events] == ["statement"]


def test_hours_before_the_news_of_the_day_fall_on_its_day():
    ex = extract("Presiden Korea Selatan Yoon Suk Yeol bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo, "
                 "Kamis (16/3/2023).\nBeberapa jam sebelum Yoon mendarat di Bandara Haneda, Korea Utara meluncurkan "
                 "rudal balistik.", dct=dt.date(2023, 3, 17))
    hours = next(t for t in ex.timexes if t.text == "Beberapa jam")
    assert (hours.type, hours.value) == ("DATE", "2023-03-16")


def test_a_court_hearing_is_no_meeting():
    events = extract("Dalam sidang virtual di pengadilan federal Brooklyn pada 24 September 2021, direktur keuangan "
                     "Huawei Meng Wanzhou mengakui sebagian dakwaan.", dct=dt.date(2021, 9, 27)).events
    assert "meeting" not in {e.type for e in events}


def test_what_a_call_on_someone_asks_for_is_no_event():
    events = extract("Pada 30 Agustus 2024, Ukraina mendesak Mongolia menangkap Presiden Rusia Vladimir Putin.",
                     dct=dt.date(2024, 9, 3)).events
    assert [e.type for e in events] == ["statement"]


def test_a_deal_targeted_for_a_year_is_planned_and_keeps_apart_from_the_signing_day():
    events = extract("Presiden Prabowo Subianto dan Presiden Turki Recep Tayyip Erdogan menyaksikan penandatanganan "
                     "13 dokumen kerja sama di Bogor pada 12 Februari 2025. Perundingan perjanjian dagang Indonesia-Turki "
                     "ditargetkan rampung pada 2025.", dct=dt.date(2025, 2, 12), min_confidence=0.0).events
    deals = sorted((e.date, e.status) for e in events if e.type == "agreement")
    assert deals == [("2025", "planned"), ("2025-02-12", "occurred")]


@pytest.mark.parametrize("text, etype, doer", [
    ("Garda Revolusi Iran menyita kapal kontainer MSC Aries pada 13 April 2024.", "military_action", "Garda Revolusi Iran"),
    ("Kapal kontainer MSC Aries milik Israel disita pasukan Garda Revolusi Iran pada 13 April 2024.", "military_action",
     "Garda Revolusi Iran"),
    ("Kelompok Houthi membajak kapal Galaxy Leader pada 19 November 2023.", "attack", "Houthi"),
])
def test_a_ship_seized_by_a_state_is_military_action_by_a_group_an_attack(text, etype, doer):
    (event,) = extract(text, dct=dt.date(2024, 4, 16)).events
    assert event.type == etype and event.participants[0].name == doer and event.participants[0].role == "initiator"


def test_the_pentagon_acts_for_its_state():
    # (its jets sent were "an attack", as a group's)
    (event,) = extract("Menurut laporan media AS, Pentagon juga akan mengirim sepuluh jet tempur F-35 ke Puerto Riko "
                       "pekan depan.", dct=dt.date(2025, 9, 5)).events
    assert (event.type, event.status, event.participants[0].name) == ("military_action", "planned", "Pentagon")


def test_a_thing_named_after_the_future_makes_no_plan():
    events = extract("Dalam pertemuan pada Selasa (12/12/2023), Xi dan Nguyen Phu Trong sepakat membangun komunitas "
                     "masa depan bersama.", dct=dt.date(2023, 12, 13)).events
    assert next(e for e in events if e.type == "agreement").status == "occurred"


def test_a_dated_plan_referred_to_dates_the_plan_told_not_the_meeting_held():
    events = extract("Presiden Turki Recep Tayyip Erdogan bertemu Presiden Mesir Abdel Fattah al-Sisi di Kairo pada "
                     "14 Februari 2024. Sisi juga menerima undangan Erdogan untuk berkunjung ke Turki. Lawatan balasan "
                     "itu rencananya digelar pada April mendatang.", dct=dt.date(2024, 2, 15)).events
    assert sorted((e.date, e.status) for e in events if e.type == "meeting") == [
        ("2024-02-14", "occurred"), ("2024-04", "planned")]


def test_a_date_told_after_sejak_is_not_shared_outside_its_clause():
    events = extract("Presiden Rusia Vladimir Putin tiba di Mongolia, Selasa (3/9/2024).\n"
                     "Putin kemudian menggelar pembicaraan dengan Presiden Mongolia Ukhnaagiin Khurelsukh.\n"
                     "Ini kunjungan pertamanya ke negara anggota ICC sejak mahkamah itu menerbitkan surat perintah "
                     "penangkapan pada 17 Maret 2023.", dct=dt.date(2024, 9, 3)).events
    assert "2023-03-17" not in {e.date for e in events if e.type == "meeting"}


def test_skipping_a_summit_is_a_meeting_called_off():
    events = extract("Presiden Rusia Vladimir Putin absen dari KTT BRICS di Johannesburg pada Agustus 2023.",
                     dct=dt.date(2024, 9, 3)).events
    assert [(e.type, e.status) for e in events] == [("meeting", "cancelled")]


def test_an_undated_meeting_or_deal_in_the_story_takes_the_news_of_the_day():
    events = extract("Mongolia menyambut Presiden Rusia Vladimir Putin dengan upacara kenegaraan, Selasa (3/9/2024).\n"
                     "Pada 1939, pasukan Uni Soviet dan Mongolia mengalahkan Jepang.\n"
                     "Putin juga menggelar pembicaraan dengan Presiden Mongolia Ukhnaagiin Khurelsukh. Kedua pemimpin "
                     "menyaksikan penandatanganan perjanjian pasokan bahan bakar.", dct=dt.date(2024, 9, 3)).events
    assert {(e.type, e.date) for e in events if "Ukhnaagiin Khurelsukh" in e.actors} == {
        ("meeting", "2024-09-03"), ("agreement", "2024-09-03")}


def test_an_events_date_says_whether_its_clause_states_it_or_the_story_around_it_gives_it():
    events = extract("Presiden AS Donald Trump mengancam Presiden Kolombia Gustavo Petro pada 4 Januari 2026. "
                     "Petro juga bertemu Presiden Venezuela Nicolas Maduro. Maduro menolak tawaran itu.",
                     dct=dt.date(2026, 1, 10)).events
    sources = {e.type: (e.date, e.date_source) for e in events}
    assert sources["threat"] == ("2026-01-04", "text")
    assert sources["meeting"] == ("2026-01-04", "context")
    assert extract("Petro bertemu Maduro.", dct=None).events[0].date_source == ""
    assert extract("Petro bertemu Maduro pada 4 Januari 2026.", dct=None).events[0].to_json()["date_source"] == "text"


def test_the_date_after_first_since_is_not_the_events_own():
    events = extract("Itu adalah tatap muka pertama Presiden Joko Widodo dan Presiden AS Joe Biden sejak Biden "
                     "menjabat pada Januari 2021.", dct=DCT).events
    assert all(e.date != "2021-01" for e in events if e.type == "meeting")


def test_a_weekend_dates_an_event_by_its_week():
    events = extract("Perdana Menteri Jepang Fumio Kishida dijadwalkan bertolak ke New Delhi untuk menghadiri "
                     "KTT G20 akhir pekan ini.", dct=dt.date(2023, 9, 7)).events
    assert "2023-W36" in {e.date for e in events}


def test_an_announced_measure_is_the_news_on_the_announcement_day():
    events = extract("Pada 1 Juli lalu, Jepang mengumumkan pembatasan ekspor tiga bahan kimia ke Korea Selatan.",
                     dct=dt.date(2019, 8, 3)).events
    assert [(e.type, e.date) for e in events] == [("sanction", "2019-07-01")]


def test_a_relative_clause_with_a_date_of_its_own_is_an_event_of_its_own():
    events = extract("Pada 22 Desember 2022, Indonesia dan Vietnam menyepakati batas ZEE yang melengkapi "
                     "perjanjian landas kontinen yang diteken pada 2003.", dct=dt.date(2022, 12, 22)).events
    assert {("agreement", "2022-12-22"), ("agreement", "2003")} <= {(e.type, e.date) for e in events}


@pytest.mark.parametrize("text, dct, etype, dates", [
    # the day inside the week told says when
    ("Pekan lalu, Menteri Luar Negeri China Wang Yi berkunjung ke Canberra dan menggelar dialog dengan Menlu "
     "Australia Penny Wong pada Rabu (20/3/2024).", dt.date(2024, 3, 29), "meeting", ["2024-03-20"]),
    # the day a deal was reached is apart from the day it took effect
    ("Gencatan senjata antara Israel dan Hamas mulai berlaku pada Jumat (24/11). Kesepakatan gencatan senjata itu "
     "dicapai pada Rabu (22/11) setelah perundingan yang dimediasi Qatar.", dt.date(2023, 11, 25), "agreement",
     ["2023-11-22", "2023-11-24"]),
    # a date restated more precisely ("tepatnya pada ...") dates the clause of the first
    ("Pada Senin (18/11/2024), Prabowo berbincang dengan Presiden AS Joe Biden, yang sepekan sebelumnya menerima "
     "Prabowo di Gedung Putih, Washington, tepatnya pada 12 November.", dt.date(2024, 11, 19), "meeting",
     ["2024-11-12", "2024-11-18"]),
])
def test_two_events_of_one_type_keep_their_own_dates(text, dct, etype, dates):
    assert sorted(e.date for e in extract(text, dct=dct).events if e.type == etype) == dates


def test_a_clause_after_sementara_has_a_subject_of_its_own():
    events = extract("Roket Kamboja menghantam permukiman di Provinsi Sisaket pada Kamis (24/7), sementara militer "
                     "Thailand mengerahkan jet tempur F-16 untuk menggempur sasaran militer di wilayah Kamboja.",
                     dct=dt.date(2025, 7, 27)).events
    initiators = {p.name for e in events for p in e.participants if p.role == "initiator"}
    assert len([e for e in events if e.type == "military_action"]) == 2 and {"Kamboja", "Thailand"} <= initiators


def test_reported_speech_after_kepada_and_the_party_after_the_last_comma_acts():
    events = extract("Awal bulan ini, Petro mengatakan kepada surat kabar Spanyol El Pais, Trump telah menyampaikan "
                     "kepadanya melalui panggilan telepon, AS sedang mempertimbangkan kemungkinan melakukan operasi "
                     "militer berskala penuh terhadap Kolombia.", dct=DCT).events
    action = next(e for e in events if e.type == "military_action")
    assert action.summary == "Amerika Serikat: military action against Kolombia (operasi militer) (hypothetical)"
    assert "Spanyol" not in {a for e in events for a in e.actors}


def test_flying_to_a_summit_told_is_no_meeting_of_its_own():
    # (a flight is a visit only when no meeting of the traveller, or in that place, is told within three days)
    events = extract("Para pemimpin ASEAN menghadiri KTT ke-47 ASEAN di Kuala Lumpur pada Minggu (26/10). Perdana Menteri "
                     "Thailand Anutin Charnvirakul sempat mempertimbangkan untuk tidak hadir, tetapi akhirnya tetap terbang "
                     "ke Kuala Lumpur pada Jumat (24/10).", dct=dt.date(2025, 10, 27)).events
    assert [e.date for e in events if e.type == "meeting"] == ["2025-10-26"]


@pytest.mark.parametrize("sentence, etype", [
    ("Junta Niger mencabut kekebalan diplomatik Duta Besar Prancis Sylvain Itte pada 31 Agustus 2023.", "sanction"),
    ("Kepulauan Solomon mengalihkan pengakuan diplomatiknya dari Taiwan ke China pada 2019.", "relations"),
    ("Afrika Selatan menarik seluruh diplomatnya dari Israel pada November 2023.", "relations"),
    ("Iran dan Amerika Serikat melakukan pertukaran tahanan pada 18 September 2023.", "other"),
    ("Armenia membekukan partisipasinya dalam CSTO pada 22 Februari 2024.", "relations"),
    ("Amerika Serikat dan Vietnam meningkatkan hubungan menjadi kemitraan strategis komprehensif pada 10 September 2023.",
     "relations"),
    ("Duma Negara Rusia mengesahkan perjanjian kemitraan dengan Korea Utara pada 24 Oktober 2024.", "agreement"),
    ("Kapal penjaga pantai China menyemprotkan meriam air ke kapal Filipina pada 9 Desember 2023.", "military_action"),
    ("Presiden Kolombia Gustavo Petro menangguhkan pembelian senjata dari Israel pada 1 Maret 2024.", "sanction"),
    ("Hun Manet memimpin peletakan batu pertama kanal Funan Techo pada 5 Agustus 2024.", "other"),
    ("Iran meluncurkan lebih dari 300 pesawat nirawak dan rudal ke Israel pada 13 April 2024.", "military_action"),
    ("Menteri Luar Negeri Iran pada 15 April 2024 memperingatkan bahwa jika Israel membalas, Teheran akan merespons.",
     "threat"),
    ("Dewan Presidensial Transisi Haiti menunjuk Garry Conille sebagai perdana menteri pada 28 Mei 2024.", "election"),
])
def test_measures_between_states(sentence, etype):
    assert etype in [e.type for e in extract(sentence, dct=DCT).events]


def test_the_date_after_a_reporting_verbs_audience_is_the_verbs():
    # "mengatakan kepada wartawan, kemarin, bahwa ...": the comma closing the audience parts nothing
    events = extract("Perdana Menteri Jepang Shigeru Ishiba mengatakan kepada wartawan, kemarin, bahwa pemerintahnya "
                     "mengikuti perkembangan di Seoul.", dct=dt.date(2024, 12, 5)).events
    assert [(e.type, e.date) for e in events] == [("statement", "2024-12-04")]


def test_declaring_an_envoy_persona_non_grata_is_a_sanction_not_what_was_said():
    # "menyatakan ... sebagai persona non grata" is the act itself, dated by the next sentence
    events = extract("Pemerintah Peru menyatakan Duta Besar Meksiko di Lima, Pablo Monroy, sebagai persona non grata. "
                     "Keputusan tersebut diumumkan Menteri Luar Negeri Peru Ana Cecilia Gervasi pada Selasa (20/12).",
                     dct=dt.date(2022, 12, 21)).events
    sanction = next(e for e in events if e.type == "sanction")
    assert sanction.date == "2022-12-20" and {"Peru", "Meksiko"} <= set(sanction.actors)


@pytest.mark.parametrize("sentence, dct", [
    ("Badan Keamanan Laut Indonesia kembali mengusir kapal Penjaga Pantai China dari Laut Natuna Utara, "
     "Kamis (24/10/2024).", dt.date(2024, 10, 25)),
    ("Bentrokan terburuk terjadi pada September 2022, ketika pasukan Kirgistan dan Tajikistan saling gempur.",
     dt.date(2025, 3, 1)),
    ("Eritrea memerintahkan mobilisasi umum bagi warga usia wajib militer pada Februari 2025.", dt.date(2025, 3, 1)),
])
def test_clashes_mobilisations_and_driving_off_ships_are_military_action(sentence, dct):
    assert "military_action" in [e.type for e in extract(sentence, dct=dct).events]


def test_a_bare_passive_of_criticism_is_an_event_only_with_its_critic_right_after():
    found = extract("Pada Februari lalu, latihan itu diprotes Wellington dan Canberra.", dct=dt.date(2025, 3, 1)).events
    assert [(e.type, e.date, set(e.actors)) for e in found] == [("criticism", "2025-02", {"Selandia Baru", "Australia"})]
    assert all(p.role == "initiator" for p in found[0].participants)
    assert extract("Kebijakan Mesir itu dikritik karena dianggap diskriminatif pada Senin (15/1).",
                   dct=dt.date(2024, 1, 16)).events == []


def test_an_envoy_summoned_by_the_ministry_is_criticism_by_the_summoner():
    found = extract("Pada Senin (21/10), Duta Besar Rusia untuk Korea Selatan Georgy Zinoviev dipanggil oleh Wakil Menteri "
                    "Luar Negeri Pertama Kim Hong-kyun.", dct=dt.date(2024, 10, 22)).events
    assert [(e.type, e.date) for e in found] == [("criticism", "2024-10-21")]
    assert [p.name for p in found[0].participants if p.role == "initiator"] == ["Kim Hong-kyun"]


def test_summoning_a_states_diplomats_is_criticism_of_that_state():
    found = extract("Pada 24 April 2023, Lituania, Latvia, dan Estonia memanggil diplomat China di ibu kota masing-masing.",
                    dct=dt.date(2023, 4, 27)).events
    assert [(e.type, e.date) for e in found] == [("criticism", "2023-04-24")]
    assert "China" in found[0].actors


@pytest.mark.parametrize("text, expected", [
    ("Pemerintah Chad mengakhiri perjanjian kerja sama pertahanan dengan Prancis pada 28 November 2024.",
     ("relations", "2024-11-28")),
    ("Selandia Baru mengumumkan penangguhan bantuan kepada Kepulauan Cook pada 19 Juni 2025.", ("sanction", "2025-06-19")),
])
def test_ending_a_treaty_with_a_state_and_suspending_aid(text, expected):
    assert [(e.type, e.date) for e in extract(text, dct=dt.date(2025, 7, 1)).events] == [expected]


def test_firing_a_number_of_shots_is_a_military_action():
    found = extract("Korea Utara kembali melepaskan lebih dari 60 tembakan artileri di dekat Pulau Yeonpyeong pada 6 Januari "
                    "2024.", dct=dt.date(2024, 1, 7)).events
    assert [(e.type, e.date) for e in found] == [("military_action", "2024-01-06")]


@pytest.mark.parametrize("text", [
    "Pada 6 Mei 2024, Moskwa memperingatkan bahwa Rusia dapat membalas dengan menyerang target militer Inggris.",
    "Pada 22 April 2022, Gedung Putih menyatakan AS akan merespons sesuai dengan itu jika China membangun pangkalan.",
    "Menteri Pertahanan Pakistan, Sabtu (25/10/2025), menegaskan Islamabad tidak akan ragu mengambil langkah militer.",
    "Presiden Pakistan Asif Ali Zardari, Sabtu (25/10/2025), bersumpah Pakistan akan membalas.",
    "Sabtu (25/10/2025), Presiden AS mengatakan akan ada konsekuensi bagi Arab Saudi.",
    '"Mereka yang bermain api akan terbakar," kata juru bicara Kementerian Luar Negeri China, Sabtu (25/10/2025).',
])
def test_a_warned_retaliation_a_conditional_response_and_force_not_shied_from_are_threats(text):
    assert [e.type for e in extract(text, dct=dt.date(2025, 10, 26)).events] == ["threat"]


@pytest.mark.parametrize("text", [
    # "jika ..., Islamabad akan mengambil langkah tegas": what is threatened is conditional, the threat is made
    "Menlu Pakistan berbicara kepada wartawan di Islamabad pada Kamis (14/9/2023). Ia menambahkan, jika serangan lintas "
    "batas terus berlanjut, Islamabad akan mengambil langkah tegas untuk melindungi warganya.",
    # a paragraph where the speaker goes on ("Ia menambahkan, ...") takes the day he spoke, not the news of the day
    "Islamabad (ANTARA) - Pakistan menutup perbatasan Torkham pada Jumat (15/9/2023).\nJuru bicara Kementerian Luar "
    "Negeri Pakistan, dalam jumpa pers Kamis (14/9/2023), menuding pasukan Afghanistan melepaskan tembakan.\nIa "
    "menambahkan, jika serangan lintas batas terus berlanjut, Islamabad akan mengambil langkah tegas.",
])
def test_a_threat_on_a_condition_is_made_when_told_and_takes_the_day_told(text):
    found = extract(text, dct=dt.date(2023, 9, 16)).events
    assert [(e.type, e.status, e.date) for e in found if e.type == "threat"] == [("threat", "occurred", "2023-09-14")]


@pytest.mark.parametrize("before, speaker", [
    ("Presiden Prabowo Subianto menerima Perdana Menteri Jepang di Istana Merdeka pada Senin (9/3/2026).",
     ["Prabowo Subianto"]),
    # the one who spoke is no actor (an analyst): not the university named before him
    ("Pengamat hubungan internasional dari Universitas Indonesia, Rizal Hakim, menilai Jakarta harus berhati-hati.",
     []),
])
def test_a_quote_closed_by_ujarnya_is_said_by_the_last_person_told_of_only(before, speaker):
    text = before + '\n"Ini bukan soal memilih pihak," ujarnya kepada Kompas, Senin (9/3/2026).'
    found = extract(text, dct=dt.date(2026, 3, 10)).events
    assert [e.actors for e in found if e.type == "statement"] == ([speaker] if speaker else [])


@pytest.mark.parametrize("told, date", [
    ("akan berkunjung ke Tokyo pada Senin (14/7/2025)", "2025-07-14"),     # a day ahead: the plan's day
    ("berkunjung ke Tokyo pada Senin (7/7/2025)", None),                  # a day gone by is no plan's day
])
def test_a_plan_told_without_a_date_takes_the_day_ahead_told_before(told, date):
    found = extract(f"Menteri Pertahanan Sjafrie Sjamsoeddin {told}. Dalam kunjungan itu, Indonesia dan Jepang akan "
                    "menandatangani perjanjian kerja sama pertahanan.", dct=dt.date(2025, 7, 10),
                    min_confidence=0.0).events
    assert [(e.status, e.date) for e in found if e.type == "agreement"] == [("planned", date)]


def test_a_meeting_with_someone_else_put_off_is_not_the_meeting_held():
    events = extract("London - Presiden Prabowo Subianto bertemu Perdana Menteri Inggris Keir Starmer di kantor perdana "
                     "menteri, 10 Downing Street, London, Rabu (20/11/2024) waktu setempat. Pertemuan itu menjadi salah satu "
                     "agenda terakhir dalam rangkaian lawatan luar negeri perdana Prabowo sejak dilantik bulan lalu.\nTidak "
                     "semua agenda di London berjalan sesuai rencana. Pertemuan dengan Pemimpin Oposisi Inggris Kemi "
                     "Badenoch yang semula dijadwalkan Kamis pagi ditunda karena jadwal Prabowo yang terlampau padat, kata "
                     "Menteri Sekretaris Negara Prasetyo Hadi.", dct=dt.date(2024, 11, 21)).events
    held = [e for e in events if "Keir Starmer" in e.actors]
    assert [e.status for e in held] == ["occurred"]
    assert "Kemi Badenoch" not in held[0].actors


def test_receiving_a_delegation_is_a_meeting():
    found = extract("Sekretaris Jenderal NATO Mark Rutte menerima delegasi Korea Selatan di Brussels, Senin (28/10).",
                    dct=dt.date(2024, 10, 29)).events
    assert [(e.type, e.date) for e in found] == [("meeting", "2024-10-28")]


def test_a_threat_voiced_with_a_light_verb_after_a_press_conference_is_a_threat():
    # "melontarkan ancaman": the clause states the threat; "jumpa pers" opening the sentence reports nothing of it
    types = [e.type for e in extract("Putin tiba di Astana pada Rabu (27/11). Dalam jumpa pers malam itu, Putin juga "
                                     "melontarkan ancaman terhadap Ukraina.", dct=dt.date(2024, 11, 28)).events]
    assert "threat" in types


def test_leaders_witnessing_a_signing_state_the_agreement():
    # "menyaksikan penandatanganan": the clause states the signing, which takes the day told before
    found = extract("Presiden Joko Widodo bertemu Presiden Vietnam Vo Van Thuong di Hanoi pada Jumat (22/12/2023). "
                    "Kedua pemimpin menyaksikan penandatanganan tiga nota kesepahaman.", dct=dt.date(2023, 12, 23)).events
    assert ("agreement", "2023-12-22") in [(e.type, e.date) for e in found]


def test_an_agreement_told_of_the_group_that_just_met_takes_its_parties():
    found = extract("Presiden AS Joe Biden, Perdana Menteri Jepang Fumio Kishida, dan Presiden Filipina Ferdinand Marcos Jr. "
                    "bertemu di Gedung Putih pada Kamis (11/4). Mereka juga sepakat menggelar patroli maritim bersama.",
                    dct=dt.date(2024, 4, 12)).events
    deal = next(e for e in found if e.type == "agreement")
    assert deal.date == "2024-04-11" and {"Joe Biden", "Fumio Kishida", "Ferdinand Marcos Jr"} <= set(deal.actors)


@pytest.mark.parametrize("sentence", [
    # the recall's purpose, no meeting held
    "Israel menarik pulang duta besarnya dari Madrid dan Oslo untuk berkonsultasi pada Rabu (22/5/2024).",
    "Brasil memanggil pulang duta besarnya di Tel Aviv untuk konsultasi pada Senin (20/5/2024).",
    # a parliament's term, a courtroom: no sitting held
    "Pemerintah akan menyerahkan naskah itu kepada DPR pada masa sidang berikutnya, Senin (3/6/2024).",
    "Orban keluar dari ruang sidang pada Kamis (14/12/2023).",
])
def test_a_purpose_or_a_term_named_by_a_meeting_word_is_no_meeting(sentence):
    assert "meeting" not in [e.type for e in extract(sentence, dct=dt.date(2024, 6, 10)).events]


def test_a_sitting_and_a_consultation_held_are_meetings():
    events = extract("Dewan Keamanan PBB menggelar sidang darurat di New York pada Jumat (24/5/2024). Menteri Luar "
                     "Negeri Jepang dan Korea Selatan berkonsultasi di Tokyo pada Senin (27/5/2024).",
                     dt.date(2024, 6, 10)).events
    assert [(e.type, e.date) for e in events] == [("meeting", "2024-05-24"), ("meeting", "2024-05-27")]


@pytest.mark.parametrize("sentence", [
    'Menteri Luar Negeri AS Antony Blinken menyebut keputusan Moskow "sangat disayangkan" pada Selasa (21/2/2023).',
    'Menteri Luar Negeri Israel Israel Katz menyebut Petro sebagai sosok yang "antisemit" pada Kamis (2/5/2024).',
    'Putra Hasina menyebut proses hukum di Dhaka sebagai "pengadilan kanguru" pada Senin (18/11/2024).',
    "Juru bicara Gedung Putih John Kirby menyebutnya \"tidak bermanfaat\" pada Jumat (12/1/2024).",
    'Juru bicara Kemlu China Mao Ning menyebut pernyataan Biden "sangat keliru" pada Kamis (16/11/2023).',
    "Kementerian Perdagangan China menyebut putusan Uni Eropa tidak berdasar pada Rabu (30/10/2024).",
    "Presiden Guyana Irfaan Ali menyebut langkah tersebut sebagai ancaman langsung pada Selasa (5/12/2023).",
    'Manila menyebut tindakan penjaga pantai China "sembrono" pada Selasa (16/9/2025).',
    "Kemlu Rusia menyebut referendum itu ilegal pada Senin (2/12/2024).",
    "Juru bicara Kremlin Dmitry Peskov, Jumat (18/7/2025), menilai sanksi sepihak itu ilegal.",
])
def test_calling_a_deed_or_a_person_a_bad_name_is_criticism(sentence):
    assert [e.type for e in extract(sentence, dct=dt.date(2024, 12, 1)).events] == ["criticism"]


def test_a_declaration_born_of_a_meeting_is_an_agreement():
    events = extract("Pertemuan Presiden Korea Selatan Moon Jae-in dan pemimpin Korea Utara Kim Jong Un melahirkan "
                     "Deklarasi Panmunjom pada 27 April 2018.", dct=dt.date(2018, 4, 28)).events
    assert [(e.type, e.date) for e in events if e.type == "agreement"] == [("agreement", "2018-04-27")]


@pytest.mark.parametrize("sentence, expected", [
    ("Indonesia dan Malaysia menguasai sekitar 85 persen produksi minyak sawit dunia pada 2023.", []),
    ("Bergabungnya Arab Saudi dan Iran pada 2023 membuat BRICS menguasai porsi besar produksi minyak dunia.", []),
    ("Pada November 2023, Houthi, yang menguasai ibu kota Yaman, mengecam Amerika Serikat.", ["criticism"]),
    ("Pemberontak M23 menguasai Bukavu, ibu kota Provinsi Kivu Selatan, pada 16 Februari 2025.", ["military_action"]),
    ("Myanmar dilanda krisis sejak militer merebut kekuasaan pada 1 Februari 2021.", ["other"]),
    ("Militer yang dipimpin Sisi menggulingkan Presiden Mohamed Morsi pada Juli 2013.", ["other"]),
])
def test_holding_a_market_or_a_city_is_no_military_action_and_seizing_power_is_a_coup(sentence, expected):
    assert [e.type for e in extract(sentence, dct=dt.date(2025, 3, 1)).events] == expected


def test_a_dated_troop_withdrawal_is_an_event_and_a_call_for_one_is_not():
    assert [e.type for e in extract("Prancis menarik seluruh pasukannya dari Niger pada Desember 2023.",
                                    dct=dt.date(2024, 5, 20)).events] == ["other"]
    assert [e.type for e in extract("Gedung Putih mendesak Serbia menarik pasukannya dari perbatasan pada Jumat (17/5).",
                                    dct=dt.date(2024, 5, 20)).events] == ["statement"]


def test_a_dated_deportation_is_an_event_of_both_states():
    (e,) = extract("Pada Juli 2015, Bangkok mendeportasi 109 warga Uighur ke China.", dct=dt.date(2025, 3, 14)).events
    assert (e.type, e.date, set(e.actors)) == ("other", "2015-07", {"Thailand", "China"})


@pytest.mark.parametrize("sentence, expected", [
    ("China mencabut tarif atas anggur Australia pada Jumat (29/3/2024).", ("sanction", "cancelled")),
    ("Beijing mencabut sanksi terhadap Canberra pada Agustus 2023.", ("sanction", "cancelled")),
    ("Uni Eropa mengenakan bea masuk sementara atas mobil listrik China pada 5 Juli 2024.", ("sanction", "occurred")),
    ("China memberlakukan langkah antidumping sementara atas brendi asal Uni Eropa pada 8 Oktober 2024.",
     ("sanction", "occurred")),
    ("Junta Niger mencabut kekebalan diplomatik Duta Besar Prancis pada 31 Agustus 2023.", ("sanction", "occurred")),
    # closing a border or the airspace to a neighbour, as dev types "menutup wilayah udaranya"
    ("Pakistan menutup seluruh perlintasan perbatasan dengan Afghanistan pada Minggu (12/10/2024).",
     ("sanction", "occurred")),
    ("Shoigu pada Rabu (13/3/2024) mengatakan Rusia akan membalas setiap serangan Amerika Serikat.", ("threat", "occurred")),
    ("Pada Jumat (2/2/2024), Washington membalas Iran pada waktu dan tempat yang kami pilih.", ("threat", "occurred")),
])
def test_duties_lifted_measures_and_vows_of_retaliation(sentence, expected):
    events = extract(sentence, dct=dt.date(2024, 11, 1)).events
    assert [(e.type, e.status) for e in events] == [expected]


def test_a_visit_named_after_merupakan_is_the_visit_told():
    events = extract("Perdana Menteri India Narendra Modi bertemu Presiden China Xi Jinping di Tianjin pada Minggu "
                     "(31/8/2025). Itu merupakan kunjungan pertama Modi ke China dalam tujuh tahun.",
                     dct=dt.date(2025, 9, 2)).events
    assert [(e.type, e.date) for e in events] == [("meeting", "2025-08-31")]
    assert len(events[0].evidence) == 2


@pytest.mark.parametrize("sentence, expected", [
    ("Rombongan WNI diberangkatkan dari Khartoum menggunakan 14 bus pada Minggu (23/4/2023).", ["other"]),
    ("Sebanyak 385 WNI yang dievakuasi dari Sudan tiba di Bandara Soekarno-Hatta pada Jumat (28/4/2023).", ["other"]),
    ("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta pada Jumat (28/4/2023).", ["meeting"]),
    ("Dokumen Sudan itu dipindahkan ke ruang lain pada Jumat (28/4/2023).", []),
])
def test_the_steps_of_an_evacuation_are_events_and_no_visits(sentence, expected):
    assert [e.type for e in extract(sentence, dct=dt.date(2023, 4, 29)).events] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mahkamah Internasional (ICJ) menolak klaim Nikaragua atas landas kontinen pada Kamis (13/7/2023).", ["other"]),
    ("TNI AU menerjunkan paket bantuan kemanusiaan di Jalur Gaza pada Selasa (9/4/2024).", ["other"]),
    ("Presiden menyerukan pengiriman bantuan kemanusiaan ke Gaza.", []),         # undated: no event of its own
])
def test_court_steps_and_aid_dropped_are_dated_events(sentence, expected):
    events = extract(sentence, dct=dt.date(2024, 4, 10)).events
    assert [e.type for e in events] == expected
    assert not any("Uni Afrika" in e.actors for e in events)       # "TNI AU" is the air force, not the African Union


def test_a_craft_landing_is_no_visit_and_a_court_sitting_no_meeting():
    events = extract("Pesawat carteran yang membawa Julian Assange mendarat di Bandara Canberra pada Rabu (26/6/2024).",
                     dct=dt.date(2024, 6, 27)).events
    assert "meeting" not in [e.type for e in events]
    events = extract("Ketua DPR AS Nancy Pelosi mendarat di Taipei pada Selasa (2/8/2022) malam.",
                     dct=dt.date(2022, 8, 3)).events
    assert [e.type for e in events] == ["meeting"]


def test_a_resolution_that_condemns_is_criticism_and_one_that_settles_is_an_agreement():
    events = extract("Majelis Umum PBB mengadopsi resolusi yang mengecam agresi Rusia terhadap Ukraina pada Senin "
                     "(24/2/2025).", dct=dt.date(2025, 2, 25)).events
    assert [e.type for e in events] == ["criticism"]
    events = extract("Dewan Keamanan PBB mengadopsi resolusi gencatan senjata di Gaza pada Senin (25/3/2024).",
                     dct=dt.date(2024, 3, 26)).events
    assert [e.type for e in events] == ["agreement"]


def test_what_an_analyst_says_is_no_event_and_what_a_minister_says_is():
    assert extract("Pengamat hubungan internasional Universitas Airlangga, Rizal Hakim, menilai pengisian pos itu "
                   "penting, Selasa (24/9/2024).", dct=dt.date(2024, 9, 26)).events == []
    events = extract("Menteri Luar Negeri Sugiono menilai pengisian pos itu penting, Selasa (24/9/2024).",
                     dct=dt.date(2024, 9, 26)).events
    assert [e.type for e in events] == ["statement"]


def test_an_exercise_held_around_a_state_is_military_action():
    events = extract("China menggelar latihan besar-besaran di sekitar Taiwan pada Kamis (23/5/2024).",
                     dct=dt.date(2024, 5, 25)).events
    assert [(e.type, sorted(e.actors)) for e in events] == [("military_action", ["China", "Taiwan"])]
    assert extract("Sekolah itu menggelar latihan kerja bagi warga China pada Kamis (23/5/2024).",
                   dct=dt.date(2024, 5, 25)).events == []


@pytest.mark.parametrize("text, expected", [
    # the kind told by the words around the schedule word, the date it is scheduled for
    ("Chad dijadwalkan menggelar pemilihan legislatif pada 29 Desember 2026.",
     ("election", "planned", "2026-12-29", {"Chad"})),
    ("Atas permintaan Rusia, Dewan Keamanan PBB dijadwalkan menggelar rapat darurat pada Jumat (16/1/2026).",
     ("meeting", "planned", "2026-01-16", {"Dewan Keamanan PBB", "Rusia"})),
    ("Menteri Luar Negeri Swedia Tobias Billström dijadwalkan memberikan keterangan pers pada 12 Januari 2026.",
     ("statement", "planned", "2026-01-12", {"Tobias Billström", "Swedia"})),
    # called off further on in the sentence; naming no party, it is the thing of the story told before
    ("Ethiopia dan Somalia bertemu di Ankara pada 1 Juli 2025. "
     "Putaran ketiga yang semula dijadwalkan pada 17 September 2025 akhirnya dibatalkan.",
     ("meeting", "cancelled", "2025-09-17", {"Ethiopia", "Somalia"})),
])
def test_a_thing_scheduled_for_a_date_is_an_event_of_the_kind_its_clause_tells(text, expected):
    assert expected in _events(text), _events(text)


@pytest.mark.parametrize("text", [
    "Skema tersebut dijadwalkan mulai berlaku pada April 2026.",      # what it is, the clause does not tell
    "Perdana Menteri Kanada Mark Carney dijadwalkan memimpin rapat kabinet pada Senin (12/1/2026).",
    "Xi dijadwalkan kembali ke Beijing pada 12 Januari 2026.",        # going home is no visit
])
def test_a_thing_scheduled_of_no_told_kind_is_no_event(text):
    assert not _events(text), _events(text)


def test_a_schedule_word_adds_no_event_where_the_sentence_tells_one():
    evs = _events("Prabowo bertemu Anwar di Jakarta pada 5 Januari 2026. "
                  "Pertemuan berikutnya dijadwalkan pada 20 Februari 2026. "
                  "Prabowo dijadwalkan bertemu Macron di Paris pada 12 Januari 2026.")
    assert len(evs) == 3 and all(e[0] == "meeting" for e in evs), evs


@pytest.mark.parametrize("text, dct, expected", [
    ("Perdana Menteri India Narendra Modi batal hadir dalam KTT SCO di Astana pada Kamis (4/7/2024).",
     dt.date(2024, 7, 8), ("meeting", "cancelled", "2024-07-04")),
    ("Komisi I DPR akan memanggil Menteri Luar Negeri Sugiono dalam rapat kerja pada 15 Juli 2024.",
     dt.date(2024, 7, 8), ("meeting", "planned", "2024-07-15")),
    ("Presiden Nigeria Bola Tinubu kembali dipilih sebagai Ketua ECOWAS pada Minggu (7/7/2024).",
     dt.date(2024, 7, 8), ("election", "occurred", "2024-07-07")),
    ("Presiden AS Donald Trump kembali memasukkan Kuba ke dalam daftar negara sponsor terorisme pada Senin (20/1/2025).",
     dt.date(2025, 7, 9), ("sanction", "occurred", "2025-01-20")),
    ("Kementerian Luar Negeri RI merespons pernyataan Malaysia itu pada Selasa (8/7/2025).",
     dt.date(2025, 7, 9), ("statement", "occurred", "2025-07-08")),
])
def test_calling_off_a_visit_a_hearing_being_chosen_again_a_terror_list_and_a_response(text, dct, expected):
    assert expected in [e[:3] for e in _events(text, dct)], _events(text, dct)


def test_a_date_after_a_span_in_mid_sentence_is_the_date_of_the_event_the_span_names():
    text = ("Insiden ini terjadi hanya sepuluh hari setelah perundingan antara Presiden Serbia Aleksandar Vucic "
            "dan Perdana Menteri Kosovo Albin Kurti di Brussels, yang dimediasi Uni Eropa, berakhir buntu pada "
            "14 September 2023.")
    evs = _events(text, dt.date(2023, 9, 26))
    assert any(t == "meeting" and d == "2023-09-14" for t, _, d, _ in evs), evs


def test_a_relative_clause_with_a_possessed_subject_dates_the_object_not_the_verb():
    text = ("Presiden Azerbaijan Ilham Aliyev dan Perdana Menteri Armenia Nikol Pashinyan menandatangani deklarasi "
            "bersama di Gedung Putih, Jumat (8/8/2025). Dalam upacara yang sama, Menteri Luar Negeri Azerbaijan "
            "Jeyhun Bayramov dan Menteri Luar Negeri Armenia Ararat Mirzoyan memaraf naskah perjanjian damai "
            "yang teksnya telah disepakati kedua pihak pada 13 Maret lalu.")
    events = extract(text, dct=dt.date(2025, 8, 9)).events
    initialled = [e for e in events if any("memaraf" in x.text for x in e.evidence)]
    assert initialled and all(e.date == "2025-08-08" for e in initialled), [(e.type, e.date, e.trigger) for e in events]


def test_the_two_foreign_ministers_are_the_two_last_named():
    text = ("Menteri Luar Negeri Kongo Therese Kayikwamba Wagner bertemu Menteri Luar Negeri Rwanda Olivier "
            "Nduhungirehe di Washington. Pada 25 April 2025, kedua menlu meneken Deklarasi Prinsip.")
    evs = _events(text, dt.date(2025, 6, 28))
    assert ("agreement", "occurred", "2025-04-25", {"Therese Kayikwamba Wagner", "Olivier Nduhungirehe", "Kongo", "Rwanda"}) \
        in evs, evs     # (and the states they serve)


@pytest.mark.parametrize("text", [
    "Hingga kini belum ada rencana kunjungan Presiden Argentina Javier Milei ke Beijing.",
    "Tidak ada rencana perundingan dengan Rusia pada 2 Mei 2024.",
])
def test_no_plan_told_is_no_event(text):
    assert not [e for e in _events(text, dt.date(2024, 4, 30)) if e[0] == "meeting"], _events(text, dt.date(2024, 4, 30))


@pytest.mark.parametrize("text", [
    "Mali, Burkina Faso, dan Niger mengumumkan keluar dari ECOWAS melalui pernyataan bersama pada 28 Januari 2024.",
    "Arab Saudi dan AS dalam pernyataan bersama pada Rabu (31/5) menyebut tetap siap melanjutkan perundingan.",
])
def test_a_joint_statement_as_the_medium_of_what_is_said_is_no_agreement(text):
    evs = _events(text, dt.date(2024, 1, 29))
    assert not [e for e in evs if e[0] == "agreement"], evs


def test_terms_put_into_a_joint_statement_make_it_the_deal():
    text = "Pada Senin (8/7/2024), komitmen itu dituangkan dalam pernyataan bersama India dan Sri Lanka."
    evs = _events(text, dt.date(2024, 7, 9))
    assert [e for e in evs if e[0] == "agreement" and e[2] == "2024-07-08"], evs


def test_a_deal_denied_with_its_light_verb_is_no_deal():
    text = ("Juru bicara Kremlin Dmitry Peskov membantah bahwa Moskow menandatangani perjanjian apa pun dengan "
            "Pyongyang, Rabu (13/9).")
    evs = _events(text, dt.date(2023, 9, 14))
    assert not [e for e in evs if e[0] == "agreement"], evs
    assert [e for e in evs if e[0] == "statement" and e[2] == "2023-09-13"], evs


def test_a_span_opening_the_sentence_after_a_dated_event_dates_the_rest_of_the_sentence():
    text = ("Sehari setelah dilantik pada 17 November, Presiden Maladewa Mohamed Muizzu menerima Menteri "
            "India Kiren Rijiju di Male.")
    evs = _events(text, dt.date(2023, 11, 20))
    assert [e for e in evs if e[0] == "meeting" and e[2] == "2023-11-18"], evs


def test_a_border_crossing_reopened_told_subject_first_is_an_event():
    text = "Gerbang perbatasan Torkham antara Pakistan dan Afghanistan kembali dibuka pada Jumat (15/9/2023)."
    evs = _events(text, dt.date(2023, 9, 16))
    assert ("other", "occurred", "2023-09-15", {"Pakistan", "Afghanistan"}) in evs, evs


def test_a_retaliation_promised_in_the_passive_is_a_threat():
    text = "Presiden Korea Selatan Yoon Suk Yeol menegaskan provokasi itu akan dibalas dengan tegas pada Selasa (4/10/2022)."
    evs = _events(text, dt.date(2022, 10, 4))
    assert [e for e in evs if e[0] == "threat" and e[2] == "2022-10-04" and "Yoon Suk Yeol" in e[3]], evs


def test_the_deal_talked_about_is_no_deal_made():
    text = "Pada Oktober 2023, Kanada membekukan perundingan perjanjian dagang dengan India."
    evs = _events(text, dt.date(2023, 10, 20))
    assert not [e for e in evs if e[0] == "agreement"], evs
    assert [e for e in evs if e[0] == "meeting" and e[1] == "cancelled"], evs


def test_a_meeting_word_in_a_title_s_portfolio_is_no_meeting():
    text = ("Direktur Jenderal Perundingan Perdagangan Internasional Djatmiko Bris Witjaksono hadir di Jenewa "
            "pada Senin (12/12/2022).")
    evs = _events(text, dt.date(2022, 12, 13))
    assert not [e for e in evs if e[0] == "meeting"], evs


def test_a_date_in_a_relative_aside_after_the_subject_is_the_aside_s():
    text = ("Presiden Joko Widodo, yang masa jabatannya berakhir pada 20 Oktober mendatang, pada Jumat (11/10) "
            "meminta Israel menghormati keselamatan pasukan perdamaian.")
    evs = _events(text, dt.date(2024, 10, 12))
    assert ("statement", "occurred", "2024-10-11", {"Joko Widodo", "Israel"}) in evs, evs


def test_an_aside_telling_how_the_words_came_still_dates_the_verb():
    text = "Menteri Energi Turki Alparslan Bayraktar, yang dihubungi Anadolu kemarin, mengatakan survei akan dilanjutkan."
    evs = _events(text, dt.date(2024, 10, 26))
    assert [e for e in evs if e[0] == "statement" and e[2] == "2024-10-25"], evs


@pytest.mark.parametrize("text", [
    "Pada Rabu (23/8), Perdana Menteri Jepang Fumio Kishida meminta Beijing segera mencabut larangan impor itu.",
    "Duta Besar AS untuk PBB Linda Thomas-Greenfield pada Selasa (4/10) meminta Dewan Keamanan PBB segera bersidang.",
])
def test_a_request_made_to_another_party_is_a_statement(text):
    assert [e for e in _events(text, dt.date(2023, 10, 5)) if e[0] == "statement"], _events(text, dt.date(2023, 10, 5))


@pytest.mark.parametrize("sentence, etype, parties", [
    ("Amerika Serikat dan Rusia menggelar perundingan di Riyadh pada Selasa (18/2/2025) tanpa kehadiran wakil "
     "Ukraina maupun Uni Eropa.", "meeting", {"Amerika Serikat", "Rusia"}),
    ("Perjanjian damai itu diteken Ethiopia dan Mesir pada November 2022 tanpa melibatkan Eritrea.",
     "agreement", {"Ethiopia", "Mesir"}),
    # only the parties told absent: "Malaysia" further on, past "dalam", takes part
    ("Sabah menuding Kuala Lumpur tidak melibatkan Sabah dalam pembahasan yang digelar Malaysia "
     "pada Jumat (23/5/2025).",
     "criticism", {"Malaysia"}),
])
def test_parties_told_absent_take_no_part(sentence, etype, parties):
    events = [e for e in extract(sentence, dct=dt.date(2025, 5, 25)).events if e.type == etype]
    assert events and parties <= {p.name for p in events[0].participants}
    assert not {"Ukraina", "Uni Eropa", "Eritrea"} & {p.name for p in events[0].participants}


def test_the_date_of_an_aside_on_a_person_is_no_time_the_story_goes_on_at():
    text = ("Pesawat yang membawa lima warga AS mendarat di Doha, Qatar, Senin (18/9/2023).\n"
            "Di antara mereka adalah pengusaha Siamak Namazi, yang ditahan sejak 2015. Mereka disambut Duta Besar "
            "AS untuk Qatar Timmy Davis di landasan.")
    events = extract(text, dct=dt.date(2023, 9, 19)).events
    assert [e.date for e in events if e.type == "meeting"] == ["2023-09-18"], [(e.type, e.date) for e in events]
    # ... nor when its time since comes before its verb ("yang sejak bulan lalu mengklaim ...")
    text = ("Para menteri luar negeri Kelompok Lima bertemu di Bogota, Senin (25/2).\n"
            "Pertemuan itu dihadiri pemimpin oposisi Venezuela Juan Guaido, yang sejak bulan lalu mengklaim diri sebagai "
            "presiden sementara. Di hadapan peserta, Wakil Presiden AS Mike Pence mengumumkan sanksi baru terhadap "
            "empat gubernur yang loyal kepada Presiden Nicolas Maduro.")
    events = extract(text, dct=dt.date(2019, 2, 26)).events
    assert [e.date for e in events if e.type == "sanction"] == ["2019-02-25"], [(e.type, e.date) for e in events]


@pytest.mark.parametrize("sentence, dct, etype, roles, summary", [
    ("Mary Jane Veloso ditangkap di Bandara Adisutjipto, Yogyakarta, pada 25 April 2010. Veloso membantah "
     "mengetahui isi kopernya.", dt.date(2024, 12, 18),
     "other", [("Mary Jane Veloso", "target")], "Mary Jane Veloso: ditangkap in Bandara Adisutjipto"),
    ("Sebuah kapal pemasok Filipina ditabrak pada Minggu (10/12/2023).", dt.date(2023, 12, 11),
     "military_action", [("Filipina", "target")], "military action against Filipina (ditabrak)"),
])
def test_who_is_named_before_a_passive_naming_no_doer_undergoes_it(sentence, dct, etype, roles, summary):
    events = [e for e in extract(sentence, dct=dct).events if e.type == etype]
    assert [sorted((p.name, p.role) for p in e.participants) for e in events] == [roles]
    assert events[0].summary == summary


def test_a_passive_whose_doer_follows_after_oleh_keeps_its_roles():
    text = "ASEAN didirikan di Bangkok pada 8 Agustus 1967 oleh Indonesia, Malaysia, Filipina, Singapura, dan Thailand."
    events = extract(text, dct=dt.date(2025, 5, 26)).events
    assert events and ("ASEAN", "target") not in {(p.name, p.role) for e in events for p in e.participants}


def test_a_date_compared_with_is_no_time_of_telling():
    text = "Persediaan minyak mentah AS naik ke tingkat tertinggi sejak 1983, menurut Badan Informasi Energi AS (EIA)."
    assert not [e for e in extract(text, dct=dt.date(2015, 1, 7)).events if e.date == "1983"]
    # what has been said since a day is dated by it
    text = "Kementerian Luar Negeri RI sejak Rabu (7/5/2025) mendesak India dan Pakistan menahan diri."
    assert [e.date for e in extract(text, dct=dt.date(2025, 5, 11)).events if e.type == "statement"] == ["2025-05-07"]


@pytest.mark.parametrize("text, dct", [
    ("Arab Saudi mengumumkan anggaran 2015 akan mengalami defisit besar.", dt.date(2014, 12, 25)),
    ("Menteri Perdagangan Jepang mengatakan aturan baru itu akan diundangkan pekan depan.", dt.date(2019, 8, 2)),
])
def test_a_time_ahead_in_what_is_said_is_not_when_it_is_said(text, dct):
    # (the statement is not "planned" for then; undated in its own sentence, it is no timeline entry)
    assert not [e for e in extract(text, dct=dct).events if e.type == "statement" and e.status == "planned"]


@pytest.mark.parametrize("quote", ['"', "\ufffd"])      # (a quote mark lost in a wrong decoding too)
def test_the_speaker_after_a_long_title_says_the_quote(quote):
    text = (f'{quote}Kondisi Rusia menjadi jelek sekarang ini,{quote} kata Deputi Gubernur Senior Bank Indonesia (BI) '
            "Mirza Adityaswara, di Jakarta, Rabu (17/12/2014).")
    events = [e for e in extract(text, dct=dt.date(2014, 12, 17)).events if e.type == "statement"]
    assert [p.name for p in events[0].participants if p.role == "initiator"] == ["Mirza Adityaswara"]


@pytest.mark.parametrize("text, initiator, target", [
    ("Rusia dikenai sanksi oleh Uni Eropa pada Senin (15/12/2014).", "Uni Eropa", "Rusia"),
    ("Iran dijatuhi sanksi baru oleh Amerika Serikat pada Senin (15/12/2014).", "Amerika Serikat", "Iran"),
    ("Korea Utara terkena sanksi PBB pada Senin (15/12/2014).", "PBB", "Korea Utara"),
    ("Rusia mendapat sanksi karena menyerang Ukraina pada 15 Desember 2014.", None, "Rusia"),
])
def test_who_undergoes_a_measure_told_by_the_verb_before_its_noun_is_its_target(text, initiator, target):
    (sanction,) = [e for e in extract(text, dct=dt.date(2014, 12, 18)).events if e.type == "sanction"]
    roles = {p.name: p.role for p in sanction.participants}
    assert roles[target] == "target"
    assert [n for n, r in roles.items() if r == "initiator"] == ([initiator] if initiator else [])


def test_a_handover_received_is_no_measure_undergone():
    # ("menerima" a thing handed over: the receiver still acts)
    text = "Afrika Selatan resmi menerima tongkat estafet dari Brasil mulai 1 Desember 2024."
    events = extract(text, dct=dt.date(2024, 11, 20)).events
    assert all({p.name: p.role for p in e.participants}.get("Afrika Selatan") != "target" for e in events)


def test_the_person_after_a_title_its_country_and_an_honorific_is_the_speaker():
    text = ("Putra Mahkota Arab Saudi Pangeran Salman mengatakan pada Senin (15/12/2014) bahwa kerajaan "
            "tidak akan memangkas produksi.")
    (said,) = [e for e in extract(text, dct=dt.date(2014, 12, 18)).events if e.type == "statement"]
    assert [p.name for p in said.participants if p.role == "initiator"] == ["Salman"]


@pytest.mark.parametrize("dateline", ["JAKARTA, 26 Januari 2026 – ", "Jakarta, 26/1/2026 (ANTARA) - "])
def test_the_day_in_a_dateline_is_the_news_day_not_the_date_the_event_states(dateline):
    text = dateline + "Presiden Kolombia Gustavo Petro bertemu Perdana Menteri Spanyol Pedro Sánchez di Madrid pada 7 Januari 2026."
    (meeting,) = extract(text, dct=dt.date(2026, 1, 26)).events
    assert (meeting.date, meeting.date_source) == ("2026-01-07", "text")
    assert "Jakarta" not in {p.name for p in meeting.participants}


@pytest.mark.parametrize("source", ["menurut survei Bloomberg", "menurut Reuters"])
def test_a_figure_a_news_outlet_reports_is_nobodys_statement(source):
    # (it was "OPEC: statement", dated by the figure's month)
    text = f"Produksi OPEC turun menjadi 30,6 juta barel per hari pada bulan lalu, {source}."
    assert not [e for e in extract(text, dct=dt.date(2014, 12, 18)).events if e.type == "statement"]


def test_what_a_person_tells_a_news_outlet_stays_a_statement():
    text = "Trump mengatakan kepada Reuters pada Senin (15/12/2014) bahwa ia puas dengan perundingan."
    assert [e for e in extract(text, dct=dt.date(2014, 12, 18)).events if e.type == "statement"]


def test_a_date_after_bahwa_is_the_day_of_what_is_said_not_of_the_saying():
    said_of = "Williams mengatakan bahwa laporan stok minyak AS pada Rabu (10/12/2014) menunjukkan kenaikan."
    assert not [e for e in extract(said_of, dct=dt.date(2014, 12, 12)).events if e.date == "2014-12-10"]
    said_on = "Retno mengatakan pada Senin (8/12/2014) bahwa Indonesia siap."
    assert [e.date for e in extract(said_on, dct=dt.date(2014, 12, 12)).events] == ["2014-12-08"]


def test_a_day_outside_the_part_of_the_month_told_does_not_date_the_event():
    # "akhir bulan ini" is late November: the price fall of Tuesday 18th is not the meeting's day
    text = ("NEW YORK, KOMPAS.com - Harga minyak turun pada Selasa (18/11/2014) waktu setempat, karena keraguan "
            "bahwa pertemuan OPEC akhir bulan ini akan menghasilkan tindakan.")
    meeting = next(e for e in extract(text, dct=dt.date(2014, 11, 19)).events if e.type == "meeting")
    assert meeting.date == "2014-11"
    assert meeting.status == "planned"      # (the end of the month is still to come on the 19th)


def test_the_examples_of_the_dating_module_hold():
    import doctest

    from timeline.extraction.events import dates
    result = doctest.testmod(dates)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("text", [
    "Aksi yang mengancam keamanan nasional itu ditolak pada Kamis (20/7/2023).",
    "Pada 4 Agustus 2023, Malaysia menilai EUDR mengancam ekspor sawit.",
])
def test_what_endangers_security_or_exports_threatens_no_one(text):
    assert not [e for e in extract(text, dct=dt.date(2023, 8, 5)).events if e.type == "threat"]


def test_a_threat_of_a_measure_is_still_a_threat():
    text = "Pada 4 Januari 2026, Trump mengancam akan mengenakan tarif 30 persen atas produk Kolombia."
    assert [e.type for e in extract(text, dct=dt.date(2026, 1, 10)).events] == ["threat"]


@pytest.mark.parametrize("verb", ["tegas", "jelas", "tanya", "imbuh", "pungkas"])
def test_a_quote_closed_by_a_word_of_speech_is_a_statement(verb):
    # ('"...," tegas Ali' told nothing: these words are speech only after a closing quote)
    text = f'Pertamina menunda pemasangan. "Pemasangan tertunda," {verb} Ali Mundakir, Kamis (28/11/2013).'
    said = [e for e in extract(text, dct=dt.date(2013, 11, 28)).events if e.type == "statement"]
    assert [(e.date, [p.name for p in e.participants]) for e in said] == [("2013-11-28", ["Ali Mundakir"])]


def test_the_same_words_elsewhere_tell_no_statement():
    text = "Pada Kamis (28/11/2013), sikap pemerintah tegas dan jelas soal subsidi."
    assert not [e for e in extract(text, dct=dt.date(2013, 11, 28)).events if e.type == "statement"]


def test_a_date_inside_a_quote_does_not_date_its_saying():
    quoted_month = '"Harusnya Juli sudah terpasang," kata Ali Mundakir, Kamis (28/11/2013).'
    assert [e.date for e in extract(quoted_month, dct=dt.date(2013, 11, 28)).events] == ["2013-11-28"]
    only_inside = 'Ali menanggapi. "Kuota akan sisa sampai akhir 2013," imbuh Ali Mundakir.'
    assert not extract(only_inside, dct=dt.date(2013, 11, 28)).events
    tonight = '"Malam ini kita menutup bab yang menyakitkan," kata Sadyr Japarov.'
    assert [e.date for e in extract(tonight, dct=dt.date(2025, 3, 13)).events] == ["2025-03-13"]
    # ... but its "hari ini" is the day the words are said
    today = '"Hari ini kita menutup bab yang menyakitkan," kata Sadyr Japarov.'
    assert [e.date for e in extract(today, dct=dt.date(2025, 3, 13)).events] == ["2025-03-13"]


@pytest.mark.parametrize("text", [
    "Xi Jinping dan Joe Biden bertemu di Bali pada November 2022 di tengah perang Rusia-Ukraina.",
    "Joko Widodo bertemu Xi Jinping pada Selasa (17/10/2023) dan membahas konflik antara Israel dan Hamas.",
])
def test_the_states_a_war_or_a_conflict_is_between_are_no_parties_to_a_meeting_about_it(text):
    # (an analyst asking for Russia with Ukraine got every meeting held "di tengah perang Rusia-Ukraina")
    meeting = next(e for e in extract(text, dct=dt.date(2023, 10, 18)).events if e.type == "meeting")
    assert {p.name for p in meeting.participants}.isdisjoint({"Rusia", "Ukraina", "Israel", "Hamas"})


def test_a_topic_alone_tells_no_meeting_of_its_states():
    text = ("Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing pada Senin (17/10/2023). "
            "Isu perang Rusia-Ukraina juga dibahas dalam pertemuan di Beijing.")
    meetings = [e for e in extract(text, dct=dt.date(2023, 10, 18)).events if e.type == "meeting"]
    assert [{p.name for p in e.participants} for e in meetings] == [{"Joko Widodo", "Xi Jinping", "China"}]   # (Xi's state)


def test_the_war_itself_keeps_its_states():
    text = "Perang antara Rusia dan Ukraina pecah pada 24 Februari 2022."
    war = next(e for e in extract(text, dct=dt.date(2022, 3, 1)).events if e.type == "military_action")
    assert {p.name for p in war.participants} == {"Rusia", "Ukraina"}


def test_a_body_named_as_the_building_something_happens_in_is_no_party():
    # ("... kata Tikno seusai sosialisasi RFID di kantor Kementerian BUMN": the ministry spoke)
    text = '"Petugas kami akan datang," kata Tikno di kantor Kementerian BUMN, Jakarta, Kamis (5/12/2013).'
    assert not [e for e in extract(text, dct=dt.date(2013, 12, 5)).events
                if "Kementerian Badan Usaha Milik Negara" in {p.name for p in e.participants}]
    text = "Airlangga bertemu Frans Timmermans di gedung Komisi Eropa, Rabu (31/5/2023)."
    meeting = extract(text, dct=dt.date(2023, 6, 1)).events[0]
    assert "Komisi Eropa" not in {p.name for p in meeting.participants} and meeting.location == "Komisi Eropa"
    # ... but a headquarters struck is the one struck
    text = "Israel melancarkan serangan udara di markas Hizbullah di Beirut, Rabu (31/5/2023)."
    strike = extract(text, dct=dt.date(2023, 6, 1)).events[0]
    assert ("Hizbullah", "target") in {(p.name, p.role) for p in strike.participants}


def test_the_source_of_a_figure_makes_no_statement():
    # ("menurut IEA" after a production figure was IEA's statement of the month before)
    text = "Kartel ini menghasilkan 30,6 juta barel per hari pada bulan lalu, menurut Badan Energi Internasional (IEA)."
    assert not extract(text, dct=dt.date(2014, 11, 26)).events
    said = "Menurut Retno pada Senin (24/11/2014), produksi naik 3 persen."
    assert [e.type for e in extract(said, dct=dt.date(2014, 11, 26)).events] == ["statement"]
    person = "Perdagangan kedua negara naik 20 persen pada Senin (24/11/2014), menurut Menteri Luar Negeri Wang Yi."
    assert [e.type for e in extract(person, dct=dt.date(2014, 11, 26)).events] == ["statement"]


def test_a_time_since_named_by_an_event_keeps_its_own_parties_and_place():
    # (the first US-Russia talks "sejak invasi Rusia ke Ukraina" were held with Ukraine, in Ukraine)
    text = ("Delegasi Amerika Serikat dan Rusia menggelar perundingan tingkat tinggi pertama sejak invasi Rusia "
            "ke Ukraina di Istana Diriyah, Riyadh, Arab Saudi, Selasa (18/2/2025).")
    # (what is asked is its parties and place, however confident the model is of it)
    meeting = next(e for e in extract(text, dct=dt.date(2025, 2, 19), min_confidence=0.0).events if e.type == "meeting")
    assert (meeting.date, meeting.location, {p.name for p in meeting.participants}) == (
        "2025-02-18", "Istana Diriyah", {"Amerika Serikat", "Rusia"})


@pytest.mark.parametrize("sentence, etype", [
    ("Komisi Eropa resmi membuka penyelidikan atas subsidi mobil listrik China pada 4 Oktober 2023.", "other"),
    ("Parlemen Eropa meloloskan aturan antideforestasi itu pada 19 April 2023.", "other"),
    ("Aturan itu disahkan Dewan Uni Eropa pada 16 Mei 2023.", "other"),
    # a treaty a parliament ratifies stays that treaty's agreement
    ("Parlemen Turki mengesahkan protokol aksesi Swedia ke NATO pada 23 Januari 2024.", "agreement"),
    ("Erdogan menandatangani undang-undang yang mengesahkan protokol aksesi Swedia pada 25 Januari 2024.", "agreement"),
])
def test_an_investigation_opened_and_a_measure_passed_are_events_of_their_own(sentence, etype):
    assert [e.type for e in extract(sentence, dct=dt.date(2024, 1, 25)).events] == [etype]


def test_a_city_read_as_a_person_where_no_place_word_comes_before_it_is_the_place_it_is_elsewhere():
    # ("Rio de Janeiro adalah persinggahan ketiga ... ia bertemu Xi": "ia" was Rio de Janeiro)
    text = ("Prabowo berpidato di KTT G20 di Museum of Modern Art, Rio de Janeiro, Brasil, Senin (18/11/2024). "
            "Prabowo tiba di Rio de Janeiro pada Minggu (17/11/2024) malam. Rio de Janeiro adalah persinggahan "
            "ketiga. Sebelumnya, ia bertemu Presiden China Xi Jinping di Beijing pada 9 November.")
    r = extract(text, dct=dt.date(2024, 11, 19))
    assert {a.name: a.kind for a in r.actors}["Rio de Janeiro"] == "place"
    meeting = next(e for e in r.events if e.date == "2024-11-09")
    assert {p.name for p in meeting.participants} == {"Prabowo Subianto", "China", "Xi Jinping"}


@pytest.mark.parametrize("sentence, etype", [
    ("Pada 12 Desember 2022, Meksiko, Argentina, Bolivia, dan Kolombia merilis pernyataan bersama yang membela "
     "Castillo.", "statement"),
    ("Indonesia dan Malaysia merilis pernyataan bersama berisi 14 butir pada 27 Juni 2025.", "agreement"),
])
def test_a_joint_statement_voicing_a_view_is_a_statement_one_setting_out_terms_an_agreement(sentence, etype):
    assert [e.type for e in extract(sentence, dct=dt.date(2025, 6, 30)).events] == [etype]


def test_relations_agreed_to_be_restored_are_restored_when_agreed():
    text = "Arab Saudi dan Iran sepakat memulihkan hubungan diplomatik di Beijing pada Jumat (10/3/2023)."
    kinds = {(e.type, e.date, e.status) for e in extract(text, dct=dt.date(2023, 3, 11)).events}
    assert kinds == {("agreement", "2023-03-10", "occurred"), ("relations", "2023-03-10", "occurred")}


def test_soldiers_joining_protesters_join_no_bloc():
    text = "Pasukan elite CAPSAT membangkang dan bergabung dengan para demonstran di ibu kota pada Sabtu (11/10/2025)."
    assert not [e for e in extract(text, dct=dt.date(2025, 10, 12)).events if e.type == "relations"]
    text = "Finlandia resmi bergabung dengan NATO pada Selasa (4/4/2023)."
    assert [e.type for e in extract(text, dct=dt.date(2023, 4, 5)).events] == ["relations"]


def test_a_reference_in_a_plan_points_to_the_plan_told():
    # ("di sela pertemuan tersebut" was the summit held in October, and the planned meeting stayed undated)
    text = ("Sugiono menyampaikan keinginan Indonesia bergabung saat menghadiri KTT BRICS Plus di Kazan, Rusia, "
            "pada 24 Oktober 2024.\nPrabowo dijadwalkan menghadiri KTT BRICS di Rio de Janeiro, Brasil, pada Juli "
            "mendatang. Rencananya, ia juga akan bertemu Presiden Brasil Luiz Inacio Lula da Silva di sela pertemuan "
            "tersebut.")
    met = next(e for e in extract(text, dct=dt.date(2025, 1, 7)).events
               if "Luiz Inacio Lula da Silva" in {p.name for p in e.participants})
    assert (met.type, met.date, met.status) == ("meeting", "2025-07", "planned")


@pytest.mark.parametrize("sentence", [
    "Pentagon pertama kali mengungkap keberadaan balon itu pada Kamis (2/2/2023).",
    "Rencana itu pertama kali diusulkan Presiden Komisi Eropa Ursula von der Leyen pada 10 Juni 2025.",
    "Pada 19 Mei 2023, Biden memberi tahu para pemimpin G7 bahwa Washington mendukung pelatihan pilot Ukraina.",
    "Trump melontarkan gagasan mengambil alih Gaza pada 4 Februari 2025.",
    "Kemungkinan itu sempat dilontarkan Presiden Joko Widodo pada September 2022.",
    "Pada Kamis (21/9/2023), juru bicara pemerintah Polandia meluruskan bahwa pengiriman amunisi tetap berjalan.",
    "Dalam pidatonya pada Kamis (13/4/2023), Lula mempertanyakan dominasi dolar AS.",
])
def test_words_revealing_proposing_or_telling_make_statements(sentence):
    assert [e.type for e in extract(sentence, dct=dt.date(2025, 6, 30)).events] == ["statement"]


def test_a_date_after_the_speakers_title_name_and_audience_dates_the_saying():
    text = "Permintaan tersebut disampaikan Menteri Luar Negeri Mali Abdoulaye Diop di hadapan DK PBB pada 16 Juni 2023."
    said = [e for e in extract(text, dct=dt.date(2023, 7, 1)).events if e.type == "statement"]
    assert [(e.date, "Abdoulaye Diop" in {p.name for p in e.participants}) for e in said] == [("2023-06-16", True)]


@pytest.mark.parametrize("sentence", [
    "Rubio mengatakan Washington akan mengambil langkah yang diperlukan jika Panama tidak berubah, Minggu (2/2/2025).",
    "Pada 9 September 2025, Mesir menegaskan berhak mengambil semua langkah yang diperlukan terhadap Ethiopia.",
])
def test_taking_the_measures_needed_is_a_threat(sentence):
    assert "threat" in [e.type for e in extract(sentence, dct=dt.date(2025, 10, 1)).events]


def test_an_analyst_noting_a_clash_is_no_party_to_it():
    text = ("Analis Again Capital John Kilduff mencatat, produksi Libya dapat terpangkas akibat kebakaran tangki di tengah "
            "bentrokan antara pemerintah dan milisi pada Senin (29/12/2014).")
    clash = next(e for e in extract(text, dct=dt.date(2014, 12, 30)).events if e.type == "military_action")
    assert "John Kilduff" not in {p.name for p in clash.participants}


def test_a_paragraph_going_on_from_an_arrival_takes_its_day():
    text = ("KTT G7 di Hiroshima resmi ditutup pada Minggu (21/5/2023).\n"
            "Zelensky mendarat di Bandara Hiroshima pada Sabtu (20/5/2023) sore. Itu kunjungan terjauhnya sejak Rusia "
            "menginvasi Ukraina pada Februari 2022.\n"
            "Tak lama setelah tiba, Zelensky bertemu Perdana Menteri India Narendra Modi.")
    met = next(e for e in extract(text, dct=dt.date(2023, 5, 22)).events
               if "Narendra Modi" in {p.name for p in e.participants})
    assert met.date == "2023-05-20"


def test_a_call_made_while_receiving_a_visitor_is_a_statement_and_a_meeting():
    text = ("Dua hari setelah dilantik pada 3 Mei, Presiden Chile Gabriel Boric meminta Argentina membuka kembali "
            "perbatasan saat menerima Menteri Luar Negeri Argentina Diana Mondino.")
    found = {(e.type, e.date) for e in extract(text, dct=dt.date(2024, 6, 1)).events}
    assert found == {("election", "2024-05-03"), ("statement", "2024-05-05"), ("meeting", "2024-05-05")}


@pytest.mark.parametrize("sentence", [
    "China memasukkan tiga perusahaan pertahanan Amerika Serikat ke dalam daftar entitas tidak andal pada 20 Mei 2024.",
    "Irak menangguhkan izin operasi perusahaan Swedia Ericsson pada 20 Juli 2023.",
])
def test_a_blacklisting_or_a_licence_suspended_is_a_sanction(sentence):
    assert "sanction" in [e.type for e in extract(sentence, dct=dt.date(2024, 6, 1)).events]


def test_a_term_of_office_ending_is_an_election_event():
    text = "Presiden Joko Widodo, yang masa jabatannya berakhir pada 20 Oktober mendatang, membuka forum itu kemarin."
    ended = [e for e in extract(text, dct=dt.date(2024, 9, 3)).events if e.type == "election"]
    assert [(e.date, e.status) for e in ended] == [("2024-10-20", "planned")]


def test_the_same_day_as_a_visit_to_a_place_is_that_visits_day():
    text = ("Perdana Menteri Hungaria Viktor Orban bertemu Presiden China Xi Jinping di Beijing pada Senin (8/7/2024).\n"
            "Sebelumnya, Orban bertemu Presiden Rusia Vladimir Putin di Moskow pada Jumat (5/7/2024). "
            "Kunjungan ke Moskow itu dikecam Ukraina.\n"
            "Pada hari yang sama dengan kunjungan Orban ke Beijing, rudal Rusia menghantam rumah sakit anak di Kyiv.")
    strike = next(e for e in extract(text, dct=dt.date(2024, 7, 9)).events if e.type == "military_action")
    assert strike.date == "2024-07-08"


def test_a_day_before_striking_a_state_counts_from_the_strike_on_that_state():
    text = ("Iran menyerang Pakistan pada Selasa (16/1/2024). Pakistan membalas dengan menyerang Iran pada Kamis (18/1/2024).\n"
            "Sehari sebelum menyerang Pakistan, Garda Revolusi Iran juga menembakkan rudal ke Erbil, Irak.")
    erbil = next(e for e in extract(text, dct=dt.date(2024, 1, 20)).events if "Irak" in {p.name for p in e.participants})
    assert erbil.date == "2024-01-15"


def test_a_statement_made_in_a_meeting_is_told_with_the_meeting():
    text = ("NATO meluncurkan misi pengawasan untuk melindungi kabel bawah laut di Laut Baltik. Misi itu diumumkan "
            "Sekretaris Jenderal NATO Mark Rutte dalam pertemuan puncak negara-negara NATO di Helsinki, Finlandia, "
            "Selasa, 14 Januari 2025.")
    types = [e.type for e in extract(text, dct=dt.date(2025, 1, 15)).events]
    assert "meeting" in types and "statement" in types


def test_a_statement_made_after_a_meeting_is_told_with_the_meeting():
    text = ("Presiden Sri Lanka Anura Kumara Dissanayake berjanji negaranya tidak akan membiarkan wilayahnya dipakai "
            "melawan India. Janji itu disampaikan Dissanayake seusai bertemu Perdana Menteri India Narendra Modi "
            "di New Delhi, Senin (16/12/2024).")
    types = [e.type for e in extract(text, dct=dt.date(2024, 12, 17)).events]
    assert "meeting" in types and "statement" in types


def test_a_border_crossing_closed_told_as_the_subject_is_an_event():
    text = ("Pasukan Pakistan dan Afghanistan terlibat baku tembak pada 6 September 2023. Perlintasan tersibuk di "
            "perbatasan kedua negara itu ditutup sejak 6 September 2023.")
    assert ("other", "2023-09-06") in [(e.type, e.date) for e in extract(text, dct=dt.date(2023, 9, 16)).events]



# One sentence, the events it tells (type, date): the session's smaller rules, one row each
ONE_SENTENCE_EVENTS = [
    # an arrival whose reception is denied is the visit
    ("Delegasi ECOWAS tiba di Niamey pada 3 Agustus 2023, tetapi tidak diterima pemimpin junta Abdourahamane Tiani.",
     "2023-08-10", [("meeting", "2023-08-03")]),
    # a state of emergency or a dissolution announced is the measure
    ("Presiden Korea Selatan Yoon Suk Yeol mengumumkan darurat militer pada Selasa (3/12/2024).", "2024-12-10",
     [("other", "2024-12-03")]),
    ("Presiden Peru Pedro Castillo mengumumkan pembubaran Kongres pada Rabu (7/12/2022).", "2024-12-10",
     [("other", "2022-12-07")]),
    ("Presiden Kazakhstan menetapkan keadaan darurat di Almaty pada Rabu (5/1/2022).", "2024-12-10",
     [("other", "2022-01-05")]),
    # agreeing to do something, making peace
    ("China setuju mengizinkan vaksin buatan Jerman digunakan warga asing pada Jumat (4/11/2022).", "2022-11-05",
     [("agreement", "2022-11-04")]),
    ("Perdana Menteri Ethiopia Abiy Ahmed dan Presiden Eritrea Isaias Afwerki berdamai pada Juli 2018.", "2025-04-10",
     [("agreement", "2018-07")]),
    # a protest held
    ("Partai Demokrat menggelar unjuk rasa menolak kebijakan Jepang di Seoul pada Sabtu (11/3/2023).", "2023-03-15",
     [("other", "2023-03-11")]),
    # an audience, a courtesy call, a leaders' retreat
    ("Menteri Luar Negeri Sugiono melakukan audiensi dengan Raja Yordania pada Rabu (9/4/2025).", "2025-04-10",
     [("meeting", "2025-04-09")]),
    ("Presiden Joko Widodo bersilaturahmi dengan Sultan Brunei Hassanal Bolkiah pada Rabu (9/4/2025).", "2025-04-10",
     [("meeting", "2025-04-09")]),
    ("Perdana Menteri Malaysia dan Perdana Menteri Singapura menggelar retret tahunan di Putrajaya pada Rabu (9/4/2025).",
     "2025-04-10", [("meeting", "2025-04-09")]),
    # the Taliban government's strike
    ("Pasukan Taliban menyerang sejumlah pos militer Pakistan di perbatasan pada Sabtu (11/10/2025).", "2025-10-12",
     [("military_action", "2025-10-11")]),
    # a cabinet or a council approving a measure
    ("Kabinet Nepal menyetujui peta baru pada 18 Mei 2020.", "2023-06-01", [("other", "2020-05-18")]),
    ("Aturan itu disetujui Dewan Uni Eropa pada 16 Mei 2023.", "2023-06-01", [("other", "2023-05-16")]),
    # a candidacy granted, a mediator named, a map issued, protests breaking out
    ("Moldova memperoleh status kandidat anggota Uni Eropa pada Juni 2022.", "2024-10-01", [("other", "2022-06")]),
    ("ECOWAS menunjuk Presiden Senegal Bassirou Diomaye Faye sebagai mediator pada 7 Juli 2024.", "2024-10-01",
     [("other", "2024-07-07")]),
    ("India menerbitkan peta politik baru pada November 2019.", "2024-10-01", [("other", "2019-11")]),
    ("Gelombang unjuk rasa di Bangladesh bermula pada Juli 2024.", "2024-10-01", [("other", "2024-07")]),
    # a presidency taken up is an event; one held is not
    ("India akan resmi memegang presidensi G20 mulai 1 Desember 2022.", "2022-11-20", [("other", "2022-12-01")]),
    # welcoming a step is a statement, welcoming a person a meeting
    ("Presiden Kolombia Gustavo Petro menyambut putusan tersebut pada Kamis (13/7/2023).", "2023-10-11",
     [("statement", "2023-07-13")]),
    ("Menteri Luar Negeri Ukraina menyambut hasil pemungutan suara itu pada Selasa (10/10/2023).", "2023-10-11",
     [("statement", "2023-10-10")]),
    ("Presiden Kolombia Gustavo Petro menyambut Presiden Chile Gabriel Boric di Bogota pada Kamis (13/7/2023).",
     "2023-10-11", [("meeting", "2023-07-13")]),
]


@pytest.mark.parametrize("sentence, dct, expected", ONE_SENTENCE_EVENTS, ids=[r[0][:50] for r in ONE_SENTENCE_EVENTS])
def test_the_events_one_sentence_tells(sentence, dct, expected):
    assert [(e.type, e.date) for e in extract(sentence, dct=dt.date.fromisoformat(dct)).events] == expected


# Texts that tell no event of a kind their words might suggest
NO_EVENT_OF_KIND = [
    # no wish to fight, what a thing is for, readying for war
    ("Perdana Menteri Ethiopia Abiy Ahmed mengatakan Ethiopia tidak punya niat berperang dengan Eritrea pada Kamis "
     "(20/3/2025).", "2025-03-21", "military_action"),
    ("Prabowo menegaskan Indonesia tidak akan mengizinkan wilayahnya digunakan untuk menyerang negara lain pada Kamis "
     "(29/8/2024).", "2024-08-30", "military_action"),
    ("Menteri Luar Negeri Ethiopia menuding Eritrea secara aktif bersiap untuk berperang pada Kamis (13/3/2025).",
     "2025-03-14", "military_action"),
    # undated talks that are the backdrop of the news
    ("Milisi itu menyerang pangkalan AS di Yordania pada Minggu (28/1/2024).\n"
     "Serangan itu terjadi di tengah perundingan Baghdad dan Washington mengenai masa depan koalisi.", "2024-01-30", "meeting"),
    # an anniversary without the day remembered
    ("Retret itu digelar di Putrajaya pada Selasa (7/1/2025), bertepatan dengan peringatan 60 tahun hubungan "
     "diplomatik Malaysia dan Singapura.", "2025-01-08", "relations"),
    ("Jepang memegang jabatan presidensi G7 tahun ini.", "2023-03-22", "other"),
    # a sanction a state could impose is a threat
    ("Amerika Serikat dapat menjatuhkan sanksi kepada Rwanda, kata Rubio pada Senin (3/3/2025).", "2025-03-04", "sanction"),
]


@pytest.mark.parametrize("text, dct, kind", NO_EVENT_OF_KIND, ids=[r[0][:50] for r in NO_EVENT_OF_KIND])
def test_no_event_of_a_kind_the_words_suggest(text, dct, kind):
    assert kind not in [e.type for e in extract(text, dct=dt.date.fromisoformat(dct)).events]
