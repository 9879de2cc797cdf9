"""Events on unseen news: ultimatums and warnings, ships seized, legal steps, evacuations,
visits and sessions called off. Every sentence here is made up."""
import datetime as dt

import pytest

from timeline.extraction import extract as extract_listed


def extract(text, dct=None, min_confidence=0.0, **kw):
    """What the rules find, however unsure the confidence model is of it (the line drawn for
    listing is tested in test_confidence.py)."""
    return extract_listed(text, dct=dct, min_confidence=min_confidence, **kw)


DCT = dt.date(2026, 3, 10)


def events_of(text):
    return [(e.type, e.status, e.date, {p.name for p in e.participants}) for e in extract(text, dct=DCT).events]


def parties_of(sentence, etype):
    return [e[3] for e in events_of(sentence) if e[0] == etype]


@pytest.mark.parametrize("sentence, etype, status, date, party", [
    ("Presiden Kenya William Ruto memberikan tenggat 48 jam kepada kelompok bersenjata itu pada Senin (9/3/2026).",
     "threat", "occurred", "2026-03-09", "William Ruto"),
    ("Menteri Pertahanan Turki memperingatkan Suriah pada Senin (9/3/2026) bahwa Damaskus harus bersiap "
     "membayar harga yang mahal.", "threat", "occurred", "2026-03-09", "Turki"),
    ("Menurut Presiden Venezuela, Guyana akan membayar harga yang mahal atas latihan itu pada Minggu (8/3/2026).",
     "threat", None, "2026-03-08", "Guyana"),
    ("Houthi menyita kapal tanker milik Yunani di Laut Merah pada Minggu (8/3/2026).",
     "attack", "occurred", "2026-03-08", "Houthi"),
    ("Nikaragua membawa perkara itu ke Mahkamah Internasional pada Jumat (6/3/2026).",
     "other", "occurred", "2026-03-06", "Nikaragua"),
    ("Mahkamah Internasional memerintahkan Myanmar melindungi warga Rohingya pada Jumat (6/3/2026).",
     "other", "occurred", "2026-03-06", "Myanmar"),
    ("Pemerintah Jepang mengevakuasi warganya dari Lebanon pada Sabtu (7/3/2026).",
     "other", "occurred", "2026-03-07", "Jepang"),
    ("Perdana Menteri Belanda menunda lawatan ke Maroko pada Minggu (8/3/2026).",
     "meeting", "cancelled", "2026-03-08", "Maroko"),
    ("Parlemen Peru menunda sidang untuk memakzulkan presiden pada Kamis (5/3/2026).",
     "other", "cancelled", "2026-03-05", "Peru"),
    ("Pemerintah Aljazair menangguhkan izin operasi perusahaan minyak Prancis pada Senin (9/3/2026).",
     "sanction", "occurred", "2026-03-09", "Aljazair"),
    ("Pemerintah Laos memutus pasokan listrik ke wilayah perbatasan Kamboja pada Senin (9/3/2026).",
     "sanction", "occurred", "2026-03-09", "Kamboja"),
    ("Kementerian Perdagangan China memasukkan dua perusahaan Jepang ke dalam daftar entitas pada Senin (9/3/2026).",
     "sanction", "occurred", "2026-03-09", "China"),
    # (the one listed set off by a long aside)
    ("Departemen Keuangan AS memasukkan Cartel de los Soles, jaringan yang diklaim dipimpin Maduro, ke daftar teroris "
     "global pada Senin (9/3/2026).", "sanction", "occurred", "2026-03-09", "Departemen Keuangan AS"),
    ("Beijing menaikkan bea masuk atas anggur Chile pada Senin (9/3/2026).",
     "sanction", "occurred", "2026-03-09", "Chile"),
    ("Kapal Penjaga Pantai China mengarahkan laser kelas militer ke kapal Penjaga Pantai Filipina pada Senin (9/3/2026).",
     "military_action", "occurred", "2026-03-09", "China"),
    ("Kemlu RI melayangkan nota diplomatik kepada Pemerintah Filipina pada Senin (9/3/2026).",
     "criticism", "occurred", "2026-03-09", "Filipina"),
    ("Moldova menolak mengakui legitimasi pemerintah Transnistria pada Senin (9/3/2026).",
     "relations", "occurred", "2026-03-09", "Moldova"),
    ("Para pemimpin Uni Afrika memilih Menlu Kenya Musalia Mudavadi sebagai ketua komisi pada Senin (9/3/2026).",
     "election", "occurred", "2026-03-09", "Musalia Mudavadi"),
    ("Parlemen Peru memakzulkan Presiden Dina Boluarte pada Senin (9/3/2026).",
     "election", "occurred", "2026-03-09", "Dina Boluarte"),
    ("Pemimpin oposisi Venezuela Juan Guaido mengambil sumpah sebagai presiden sementara pada Senin (9/3/2026).",
     "election", "occurred", "2026-03-09", "Juan Guaido"),
    ("Argentina diundang bergabung dengan BRICS pada Senin (9/3/2026).", "other", "occurred", "2026-03-09", "Argentina"),
    ("Lukashenko pertama kali menjabat presiden pada 1994.", "election", "occurred", "1994", "Alexander Lukashenko"),
    ("Presiden Madagaskar Andry Rajoelina membubarkan kabinetnya pada Senin (9/3/2026).",
     "election", "occurred", "2026-03-09", "Andry Rajoelina"),
    ("Delegasi Pakistan dan Afghanistan kembali duduk satu meja di Doha pada Senin (9/3/2026).",
     "meeting", "occurred", "2026-03-09", "Pakistan"),
    ("Korea Selatan akan mengutus delegasi ke markas NATO di Brussels pada Senin (16/3/2026).",
     "meeting", "planned", "2026-03-16", "NATO"),
    ("Komisi I DPR menggelar rapat kerja dengan Menlu Sugiono pada Senin (9/3/2026).",
     "meeting", "occurred", "2026-03-09", "Sugiono"),
    ("Houthi bersumpah membalas Amerika Serikat pada Senin (9/3/2026).", "threat", "occurred", "2026-03-09", "Houthi"),
    ("Seoul akan merespons dengan seluruh cara yang tersedia, kata Kim pada Senin (9/3/2026).",
     "threat", "occurred", "2026-03-09", "Korea Selatan"),
    ("Mali resmi keluar dari ECOWAS pada Senin (9/3/2026).", "relations", "occurred", "2026-03-09", "Mali"),
    ("Presiden Xi menerima surat kepercayaan dari duta besar Afghanistan pada Senin (9/3/2026).",
     "relations", "occurred", "2026-03-09", "Afghanistan"),
    ("Niger memberi waktu 48 jam kepada Duta Besar Prancis untuk meninggalkan negara itu pada Senin (9/3/2026).",
     "sanction", "occurred", "2026-03-09", "Niger"),
    ("Pada Senin (9/3/2026), Niger melarang pesawat Prancis melintas di wilayah udaranya.",
     "sanction", "occurred", "2026-03-09", "Niger"),
    ("Muizzu melontarkan pernyataan bernada keras terhadap India pada Senin (9/3/2026).",
     "criticism", "occurred", "2026-03-09", "India"),
    ("Naskah final perjanjian itu diparaf tim teknis Kongo dan Rwanda pada Senin (9/3/2026).",
     "agreement", "occurred", "2026-03-09", "Rwanda"),
    ('Trudeau menyebut langkah Trump sebagai hal yang "sangat bodoh" pada Senin (9/3/2026).',
     "criticism", "occurred", "2026-03-09", "Donald Trump"),
    ("Von der Leyen menyebut langkah Orban sebagai bentuk peredaan terhadap Moskwa pada Senin (9/3/2026).",
     "criticism", "occurred", "2026-03-09", "Viktor Orban"),
    ("Raja Charles menunjuk Keir Starmer sebagai perdana menteri pada Senin (9/3/2026).",
     "election", "occurred", "2026-03-09", "Keir Starmer"),
    ("Parlemen Greenland mengukuhkan Menteri Keuangan Jens-Frederik Nielsen sebagai perdana menteri pada "
     "Senin (9/3/2026).",
     "election", "occurred", "2026-03-09", "Jens-Frederik Nielsen"),
    ("Ahmed al-Sharaa ditetapkan sebagai presiden transisi Suriah pada Senin (9/3/2026).",
     "election", "occurred", "2026-03-09", "Ahmed al-Sharaa"),
    ("India menangguhkan layanan visa bagi warga Kanada pada Senin (9/3/2026).",
     "sanction", "occurred", "2026-03-09", "India"),
    ("Panglima Filipina menyebut aksi China itu sebagai pembajakan pada Senin (9/3/2026).",
     "criticism", "occurred", "2026-03-09", "China"),
    ("Wakil Menteri Luar Negeri AS terbang ke Niamey, Niger, pada Senin (9/3/2026).",
     "meeting", "occurred", "2026-03-09", "Niger"),
    ("Filipina akan memegang keketuaan ASEAN pada 2027.", "other", "planned", "2027", "Filipina"),
    ("Presiden Kolombia menyindir Washington dalam pidatonya pada Senin (9/3/2026).",
     "criticism", "occurred", "2026-03-09", "Amerika Serikat"),
    ("China memblokir impor makanan laut Jepang pada Senin (9/3/2026).", "sanction", "occurred", "2026-03-09", "China"),
    ("Menteri Pertahanan Dong Jun, yang mulai menjabat pada Desember 2023, menerima rekannya.",
     "election", "occurred", "2023-12", "Dong Jun"),
])
def test_new_event_forms(sentence, etype, status, date, party):
    found = [e for e in events_of(sentence) if e[0] == etype]
    assert found, events_of(sentence)
    t, st, d, parts = found[0]
    assert d == date and party in parts
    if status:
        assert st == status


def test_a_visit_to_a_capital_is_a_visit_to_its_state_and_a_leader_received_a_meeting():
    # (the tester's "Indonesia with Australia" view left out Albanese's visits to Jakarta)
    text = ("Perdana Menteri Australia Anthony Albanese berkunjung ke Jakarta pada Rabu (14/5/2025). Presiden Indonesia "
            "Prabowo Subianto menyambut Perdana Menteri Australia Anthony Albanese dengan upacara kenegaraan di Istana "
            "Merdeka, Kamis (15/5/2025).")
    evs = extract(text, dct=dt.date(2025, 5, 16)).events
    assert [(e.date, sorted(p.name for p in e.participants)) for e in evs if e.type == "meeting"] == [
        ("2025-05-14", ["Anthony Albanese", "Australia", "Indonesia"]),
        ("2025-05-15", ["Anthony Albanese", "Australia", "Indonesia", "Prabowo Subianto"])], evs
    # ... but a leader landing at home visits no one there
    evs = extract("Presiden Indonesia Prabowo Subianto tiba di Jakarta pada Rabu (14/5/2025) setelah lawatan ke "
                  "Kuala Lumpur.", dct=dt.date(2025, 5, 16)).events
    assert not [p for e in evs for p in e.participants if p.name == "Indonesia" and p.role == "target"], evs


def test_a_span_after_a_thing_referred_to_counts_from_the_last_event_told():
    # (the meeting was dated the day of the speech, not the day before it)
    text = ("Presiden Prabowo Subianto berpidato di depan parlemen Australia di Canberra pada Rabu (12/8/2026).\n"
            "Pidato itu disampaikan sehari setelah Prabowo dan Perdana Menteri Anthony Albanese menggelar pertemuan "
            "tahunan para pemimpin di Canberra.\nDalam pertemuan itu, kedua negara sepakat memperluas latihan militer "
            "gabungan.")
    evs = extract(text, dct=dt.date(2026, 8, 13)).events
    assert {e.type: e.date for e in evs}.items() >= {("meeting", "2026-08-11"), ("statement", "2026-08-12")}, evs
    assert all(e.date == "2026-08-11" for e in evs if e.type == "agreement"), evs


def test_a_joint_drill_is_held_together_not_against_a_partner():
    # (the tester read "Australia: military action against Indonesia" for a joint exercise)
    (e,) = extract("Militer Australia akan menggelar latihan militer gabungan dengan Indonesia di Jawa Timur pada "
                   "November.", dct=dt.date(2024, 8, 30)).events
    assert e.summary.startswith("Australia and Indonesia: military action") and "against" not in e.summary
    (e,) = extract("China menggelar latihan militer di sekitar Taiwan pada Kamis (23/5/2024).", dct=dt.date(2024, 5, 25)).events
    assert ("Taiwan", "target") in [(p.name, p.role) for p in e.participants]


@pytest.mark.parametrize("sentence, meeting", [
    ("Presiden Prabowo Subianto menyambut Perdana Menteri Australia Anthony Albanese di Istana Merdeka.", True),
    ("Presiden Prabowo Subianto menyambut Albanese dengan upacara kenegaraan di Istana Merdeka.", True),
    ("Presiden Prabowo Subianto menyambut baik keputusan Perdana Menteri Australia Anthony Albanese.", False),
    ("Presiden Ukraina Volodymyr Zelensky menyambutnya sebagai kemenangan bagi Ukraina.", False),
])
def test_a_person_received_is_a_meeting_a_decision_welcomed_is_not(sentence, meeting):
    text = "Perdana Menteri Australia Anthony Albanese berada di Jakarta pekan ini. " + sentence
    assert ("meeting" in [e.type for e in extract(text, dct=dt.date(2025, 5, 16)).events]) == meeting


def test_a_speaker_telling_a_plan_with_the_day_before_bahwa_is_no_party_to_it():
    # (the tester's planned visit had the spokesman and his ministry as parties)
    evs = extract("Juru bicara Kementerian Luar Negeri Roy Soemirat mengatakan pada Sabtu (10/1/2026) bahwa kunjungan "
                  "Perdana Menteri Australia Anthony Albanese ke Jakarta diundur ke awal Februari.",
                  dct=dt.date(2026, 1, 10)).events
    (visit,) = [e for e in evs if e.type == "meeting"]
    assert {p.name for p in visit.participants} == {"Anthony Albanese", "Australia"}, visit


def test_a_speaker_reported_to_have_done_something_himself_takes_part_in_it():
    # ("ia" is the speaker: the call had lost Marles)
    (call,) = extract("Menteri Pertahanan Australia Richard Marles mengatakan pada Selasa (15/4/2025) bahwa ia telah "
                      "berbicara dengan Menteri Pertahanan Indonesia Sjafrie Sjamsoeddin.", dct=dt.date(2025, 4, 16)).events
    assert {"Richard Marles", "Sjafrie Sjamsoeddin"} <= {p.name for p in call.participants}, call


def test_one_day_told_twice_dates_one_event():
    # ("pagi ini, Selasa (29/7)" made two identical planned meetings)
    evs = extract("Para komandan militer Thailand dan Kamboja dijadwalkan bertemu pagi ini, Selasa (29/7), untuk membahas "
                  "gencatan senjata.", dct=dt.date(2025, 7, 29)).events
    assert [(e.type, e.date) for e in evs] == [("meeting", "2025-07-29")], evs


@pytest.mark.parametrize("sentence, etype", [
    ("Saham maskapai turun karena wisatawan China penyumbang terbesar kunjungan turis asing ke Jepang.", "meeting"),
    ("Perdana Menteri Vanuatu Jotham Napat masih ragu menandatangani perjanjian itu pada Senin (15/9/2025).",
     "agreement"),
    ("Guyana dan Venezuela sepakat tidak akan saling mengancam atau menggunakan kekuatan.", "threat"),
])
def test_tourists_a_hesitation_and_a_pledge_not_to_threaten_are_no_such_event(sentence, etype):
    assert etype not in [e.type for e in extract(sentence, dct=dt.date(2025, 9, 16)).events]


def test_an_invitation_to_join_a_bloc_is_no_meeting():
    assert "meeting" not in [e[0] for e in events_of("Argentina diundang bergabung dengan BRICS pada Senin (9/3/2026).")]


def test_a_warning_of_no_harm_threatened_is_no_threat():
    evs = events_of("Menteri Luar Negeri Norwegia memperingatkan pada Senin (9/3/2026) bahwa cuaca buruk akan datang.")
    assert "threat" not in [e[0] for e in evs]


@pytest.mark.parametrize("sentence", [
    "Warga Vietnam memboikot produk China pada Senin (9/3/2026).",
    "Pelantikan itu diboikot Kanada dan Australia pada Senin (9/3/2026).",
    "Filipina menolak mengakui putusan arbitrase itu pada Senin (9/3/2026).",
])
def test_a_boycott_or_a_ruling_refused_is_no_relations_event(sentence):
    assert "relations" not in [e[0] for e in events_of(sentence)]


@pytest.mark.parametrize("sentence", [
    "Presiden Jokowi menggelar rapat terbatas di atas KRI Imam Bonjol pada Senin (9/3/2026).",
    "Forum itu ajang pertama yang mempertemukan para pemimpin ASEAN dan Teluk, kata Jokowi pada Senin (9/3/2026).",
    "Upaya damai Pakistan dan Afghanistan menemui jalan buntu pada Senin (9/3/2026).",
    "Kapal riset Turki, Oruc Reis, tiba di perairan Somalia pada Senin (9/3/2026).",
])
def test_a_governments_own_meeting_or_one_described_is_no_meeting(sentence):
    assert "meeting" not in [e[0] for e in events_of(sentence)]


def test_freezing_relations_is_no_event_called_off():
    evs = events_of("Ekuador membekukan hubungan diplomatik dengan Meksiko pada Jumat (6/3/2026).")
    assert ("relations", "occurred") in [(e[0], e[1]) for e in evs]


@pytest.mark.parametrize("sentence", [
    "Jika Armenia dan Azerbaijan sepakat, perbatasan akan dibuka pada Senin (9/3/2026).",
    "Apabila kedua negara menyepakati draf itu pada Senin (9/3/2026), pasukan akan ditarik.",
    "Kolombia menuding Ekuador melanggar kesepakatan perbatasan pada Senin (9/3/2026).",
    "Sesuai perjanjian damai, Rwanda menarik pasukan pada Senin (9/3/2026).",
])
def test_an_agreement_supposed_broken_or_cited_is_no_new_agreement(sentence):
    assert "agreement" not in [e[0] for e in events_of(sentence)], events_of(sentence)


def test_an_agreement_reached_during_a_visit_is_still_one():
    evs = events_of("Selama kunjungan itu, Kenya dan Uganda sepakat membuka perbatasan pada Senin (9/3/2026).")
    assert "agreement" in [e[0] for e in evs]


@pytest.mark.parametrize("sentence, etype", [
    ("Mahkamah Konstitusi Malawi membatalkan hasil pemilu presiden pada Senin (9/3/2026).", "other"),
    ("Mahkamah Pidana Internasional mengeluarkan surat perintah penangkapan terhadap mantan presiden Sudan "
     "pada Senin (9/3/2026).", "other"),
])
def test_a_court_ruling_is_no_election(sentence, etype):
    types = [e[0] for e in events_of(sentence)]
    assert etype in types and "election" not in types, types


def test_an_insult_in_quotes_is_criticism_by_its_speaker():
    text = ('Menteri Luar Negeri Belize Francis Fonseca mengatakan itu. "Mereka bertindak seperti preman," '
            'ujarnya kepada wartawan, Senin (9/3/2026).')
    evs = extract(text, dct=DCT).events
    crit = [e for e in evs if e.type == "criticism"]
    assert crit and crit[0].date == "2026-03-09"
    assert ("Francis Fonseca", "initiator") in [(p.name, p.role) for p in crit[0].participants]


def test_an_insult_outside_quotes_only_describes():
    evs = events_of("Mantan diktator Chile itu meninggal pada Senin (9/3/2026).")
    assert "criticism" not in [e[0] for e in evs]


def test_a_summit_of_an_organization_is_a_meeting_of_its_members():
    ex = extract("Pada KTT sebelumnya, CARICOM mengingatkan soal bencana iklim.", dct=DCT, min_confidence=0.0)
    evs = [(e.type, e.status, e.date, {p.name for p in e.participants}) for e in ex.events]
    assert ("meeting", "occurred", None, {"CARICOM"}) in evs, evs


def test_a_summit_with_no_named_party_is_still_nothing():
    evs = events_of("Pada KTT sebelumnya, banyak hal dibahas.")
    assert "meeting" not in [e[0] for e in evs]


def test_a_visit_of_ones_own_is_not_the_last_sentences_subject():
    text = ("Iran mengecam keras rencana itu pada Senin (9/3/2026).\n"
            "Presiden Prancis Emmanuel Macron menunda kunjungannya ke Aljazair pada Senin (9/3/2026).")
    meet = [e for e in events_of(text) if e[0] == "meeting"]
    assert meet and meet[0][1] == "cancelled" and "Iran" not in meet[0][3], meet


def test_a_member_suspended_by_a_bloc_is_sanctioned_and_a_member_freezing_its_own_part_changes_relations():
    evs = events_of("Uni Afrika membekukan keanggotaan Gabon pada Senin (9/3/2026).")
    assert ("sanction", "occurred", "2026-03-09") in [e[:3] for e in evs], evs
    evs = events_of("Armenia membekukan partisipasinya dalam CSTO pada Senin (9/3/2026).")
    assert ("relations", "occurred", "2026-03-09") in [e[:3] for e in evs], evs


def test_a_plan_criticized_does_not_make_the_next_verb_planned():
    evs = events_of("Menlu Aljazair mengecam rencana Maroko dan memperingatkan bahwa Rabat akan menanggung "
                    "konsekuensi serius pada Senin (9/3/2026).")
    assert ("threat", "occurred") in [e[:2] for e in evs], evs


def test_a_court_order_is_dated_and_the_court_gives_it():
    text = "Pada Jumat (6/3/2026), ICJ memerintahkan Israel membuka akses bantuan."
    ev = [e for e in extract(text, dct=DCT).events if e.type == "other"]
    assert ev and ev[0].date == "2026-03-06"
    assert ("Mahkamah Internasional", "initiator") in [(p.name, p.role) for p in ev[0].participants]


def test_agreeing_to_adopt_a_resolution_is_one_agreement():
    evs = events_of("Para menteri Liga Arab sepakat mengadopsi resolusi soal Sudan pada Senin (9/3/2026).")
    assert [e[:2] for e in evs if e[0] == "agreement"] == [("agreement", "occurred")], evs


def test_the_topic_of_a_summit_is_no_event_of_its_own():
    evs = events_of("SADC menggelar KTT di Harare pada Sabtu (7/3/2026) untuk membahas serangan di Mozambik.")
    assert "meeting" in [e[0] for e in evs]
    assert not {"attack", "military_action"} & {e[0] for e in evs}, evs
    # ... nor is that of a quarrel
    evs = events_of("KTT Hanoi pada 28 Februari berakhir tanpa kesepakatan karena Amerika Serikat dan Korea Utara "
                    "berselisih soal pencabutan sanksi.")
    assert "sanction" not in {e[0] for e in evs}, evs


def test_a_threat_in_quotes_is_made_by_its_speaker():
    text = ('"Mereka akan membayar harga yang mahal," kata Menteri Pertahanan Australia Richard Marles '
            'kepada wartawan, Senin (9/3/2026).')
    ev = [e for e in extract(text, dct=DCT).events if e.type == "threat"]
    assert ev and ev[0].date == "2026-03-09"
    assert ("Richard Marles", "initiator") in [(p.name, p.role) for p in ev[0].participants], ev[0].participants


def test_words_reported_without_quotes_are_said_by_the_one_named_after_kata():
    # ("Indonesia: statement on Sugiono (kata)": the minister read as the one spoken of)
    text = "Indonesia siap membantu rakyat Palestina, kata Menteri Luar Negeri Sugiono di Jakarta, Senin (9/3/2026)."
    said = [e for e in extract(text, dct=DCT).events if e.type == "statement"]
    assert said and ("Sugiono", "initiator") in [(p.name, p.role) for p in said[0].participants], said


def test_the_speaker_after_the_words_is_no_party_to_what_they_tell():
    # ("Indonesia: military action against Sugiono")
    for text in ('"Indonesia siap mengirim pasukan perdamaian ke Gaza," kata Menteri Luar Negeri Sugiono, '
                 "Senin (9/3/2026).",
                 "Indonesia siap mengirim pasukan perdamaian ke Gaza, kata Menteri Luar Negeri Sugiono, Senin (9/3/2026)."):
        assert {"Indonesia"} in parties_of(text, "military_action"), events_of(text)


@pytest.mark.parametrize("sentence, party", [
    # (a defence treaty broken off was an agreement "occurred")
    ("Junta Mali memutus perjanjian pertahanan dengan Prancis pada Senin (9/3/2026).", "Prancis"),
])
def test_breaking_off_a_treaty_with_a_state_is_relations(sentence, party):
    assert any(party in p for p in parties_of(sentence, "relations")), events_of(sentence)


@pytest.mark.parametrize("sentence, etype, date", [
    ("Presiden Mohamed Bazoum terpilih pada 2021 dalam transisi damai pertama di Niger.", "election", "2021"),
    ("Perang meletus pada 15 Februari lalu antara militer Sudan dan RSF.", "military_action", "2026-02-15"),
])
def test_an_election_and_a_war_told_by_their_date(sentence, etype, date):
    assert (etype, "occurred", date) in [e[:3] for e in events_of(sentence)], events_of(sentence)


def test_two_meetings_of_one_sentence_on_their_own_dates_stay_two():
    # (the APEC summit "pekan lalu" was merged into the meeting with Biden inside that week: APEC and
    # Peru became parties of the White House meeting)
    text = "Prabowo menemui Biden di Gedung Putih pada 5 Maret, sebelum menghadiri KTT APEC di Lima, Peru, pekan lalu."
    meetings = sorted((e[2], sorted(e[3])) for e in events_of(text) if e[0] == "meeting")
    assert meetings == [("2026-03-05", ["Amerika Serikat", "Joe Biden", "Prabowo Subianto"]),    # (Biden's state)
                        ("2026-W10", ["APEC", "Peru", "Prabowo Subianto"])], meetings


def test_a_meeting_held_by_video_is_a_call():
    text = "Menlu Sugiono dan Menlu Wang Yi bertemu secara virtual pada Senin (9/3/2026)."
    assert [e[:3] for e in events_of(text)] == [("call", "occurred", "2026-03-09")], events_of(text)


@pytest.mark.parametrize("sentence", [
    "Ketiganya memutuskan keluar dari Gaza pada Senin (9/3/2026).",
    "Delegasi Indonesia menyatakan keluar dari ruang sidang Majelis Umum PBB pada Senin (9/3/2026).",
    "Saifuddin Abdullah menyatakan keluar dari Partai Bersatu pada Senin (9/3/2026).",
])
def test_people_leaving_a_place_a_hall_or_a_party_is_no_relations(sentence):
    assert not parties_of(sentence, "relations"), events_of(sentence)


def test_the_speaker_as_the_very_subject_of_what_is_told_takes_part():
    # ("Xi Jinping meets ..." without Prabowo: the speaker after "kata" is no party, but "Saya" is he)
    text = '"Saya sudah bertemu Presiden Xi Jinping di Beijing pada Senin (9/3/2026)," kata Presiden Prabowo Subianto.'
    assert any("Prabowo Subianto" in p for p in parties_of(text, "meeting")), events_of(text)


def test_a_joint_naval_exercise_called_off():
    evs = events_of("Spanyol dan Italia menunda latihan angkatan laut bersama pada Senin (9/3/2026).")
    assert ("military_action", "cancelled", "2026-03-09") in [e[:3] for e in evs], evs


def test_leaving_a_treaty_is_relations_and_carrying_one_out_is_no_new_agreement():
    evs = events_of("Argentina menarik diri dari perjanjian itu pada Senin (9/3/2026).")
    assert ("relations", "occurred", "2026-03-09") in [e[:3] for e in evs], evs
    evs = events_of("Ghana dan Togo melaksanakan kesepakatan perbatasan pada Senin (9/3/2026).")
    assert "agreement" not in [e[0] for e in evs], evs


def test_a_previous_summit_takes_no_date_from_the_narrative():
    text = ("Para pemimpin ECOWAS bertemu di Abuja pada Minggu (8/3/2026). Pada KTT sebelumnya, para pemimpin "
            "ECOWAS membahas krisis di Niger.")
    meets = [(e.date, {p.name for p in e.participants})
             for e in extract(text, dct=DCT, min_confidence=0.0).events if e.type == "meeting"]
    assert (None, {"ECOWAS", "Niger"}) in meets, meets


@pytest.mark.parametrize("sentence", [
    "Sebagai anggota penuh, Indonesia mengikuti KTT BRICS di Rio de Janeiro pada Senin (9/3/2026).",
    "Georgia tetap berkomitmen bergabung dengan Uni Eropa pada 2030, kata perdana menteri pada Senin (9/3/2026).",
])
def test_a_membership_held_or_pledged_is_no_relations_event(sentence):
    assert "relations" not in [e[0] for e in events_of(sentence)], events_of(sentence)


def test_a_flight_to_a_summit_told_in_the_sentence_is_no_visit_of_its_own():
    meets = [e for e in events_of("Presiden Kenya terbang ke Addis Ababa dan menghadiri KTT Uni Afrika pada Senin "
                                  "(9/3/2026).") if e[0] == "meeting"]
    assert len(meets) == 1 and "Uni Afrika" in meets[0][3], meets


def test_a_meeting_told_as_apart_is_not_merged_into_the_one_before():
    text = ("Menteri Pertahanan Sjafrie Sjamsoeddin dan Menteri Luar Negeri Sugiono menghadiri dialog dengan Cina "
            "di Beijing pada Senin (9/3/2026). Secara terpisah, Sjafrie bertemu Menteri Pertahanan Cina Dong Jun "
            "di Kementerian Pertahanan Cina.")
    meets = [e for e in events_of(text) if e[0] == "meeting"]
    assert len(meets) == 2 and {"Sjafrie Sjamsoeddin", "Dong Jun"} <= meets[1][3], meets


def test_a_year_naming_the_signed_text_does_not_date_the_signing():
    evs = events_of("Menteri Luar Negeri Chile dan Peru menandatangani Piagam Kerja Sama Andes 2025 di Lima, "
                    "Jumat (6/3/2026).")
    assert ("agreement", "2026-03-06") in [(e[0], e[2]) for e in evs], evs


def test_leaving_for_a_visit_is_a_planned_meeting_with_the_destination():
    evs = events_of("Dari Nairobi, Presiden Ghana dijadwalkan bertolak ke Kampala, Uganda, Kamis (12/3/2026) pagi.")
    assert ("meeting", "planned", "2026-03-12") in [e[:3] for e in evs], evs
    assert "Uganda" in [e[3] for e in evs if e[0] == "meeting"][0]


def test_the_country_of_the_city_where_a_summit_is_held_is_no_party():
    evs = events_of("Para pemimpin Uni Afrika menggelar KTT di Addis Ababa, Etiopia, Senin (9/3/2026).")
    meets = [e for e in evs if e[0] == "meeting"]
    assert meets and "Ethiopia" not in meets[0][3] and "Uni Afrika" in meets[0][3], evs


def test_a_time_span_before_setelah_opens_another_clause():
    evs = events_of("Para pemimpin ASEAN bertemu di Manila, Senin (9/3/2026), tiga pekan setelah militer "
                    "menahan Presiden Myanmar Win Myint.")
    meets = [e for e in evs if e[0] == "meeting"]
    assert meets and not {"Myanmar", "Filipina"} & meets[0][3], evs


def test_a_summit_with_no_party_named_is_the_last_organization_s():
    text = ("Para pemimpin Uni Afrika memerintahkan pengiriman pasukan perdamaian ke Sudan. Keputusan itu diambil "
            "dalam KTT luar biasa di Addis Ababa, Minggu (8/3/2026).")
    meets = [e for e in events_of(text) if e[0] == "meeting"]
    assert ("2026-03-08", True) in [(e[2], "Uni Afrika" in e[3]) for e in meets], meets


def test_a_summit_in_the_opening_adverbial_takes_its_date():
    text = ("Para pemimpin SADC bertemu di Harare pada Senin (9/3/2026). Pada KTT sebelumnya, Minggu (1/3/2026), "
            "SADC menjatuhkan sanksi terhadap Madagaskar.")
    meets = [e for e in events_of(text) if e[0] == "meeting"]
    assert "2026-03-01" in [e[2] for e in meets], meets
    text = "Sebelum pemilu, tepatnya pada Minggu (1/3/2026), Mahkamah Agung Kenya memerintahkan penghitungan ulang."
    assert "election" not in [e[0] for e in events_of(text)], events_of(text)


def test_a_noun_with_a_relative_clause_and_itu_refers_back():
    text = ("Presiden Chile dan Presiden Peru bertemu di Lima pada Senin (9/3/2026). Pertemuan yang berlangsung "
            "sekitar tiga jam itu difasilitasi Presiden Brasil Luiz Inacio Lula da Silva.")
    meets = [e for e in events_of(text) if e[0] == "meeting"]
    assert len(meets) == 1, meets


def test_a_reaction_told_without_a_date_is_dated_by_the_news_of_the_day():
    text = ("Jakarta - Presiden Chile dan Presiden Peru bertemu di Lima, Senin (9/3/2026).\n"
            "Dalam pidatonya, Presiden Chile menyinggung Bolivia. Ia mengecam rencana Presiden Bolivia "
            "menutup perbatasan.")
    crit = [e for e in events_of(text) if e[0] == "criticism"]
    assert crit and crit[0][2] == "2026-03-09", events_of(text)


def test_a_since_date_in_a_relative_clause_does_not_date_the_verb():
    text = ("Presiden Mesir dan Presiden Turki sepakat membuka kembali jalur penerbangan yang terputus sejak "
            "Maret 2020. Kesepakatan itu dicapai dalam pertemuan di Kairo, Senin (9/3/2026).")
    evs = events_of(text)
    assert ("agreement", "2026-03-09") in [(e[0], e[2]) for e in evs], evs
    assert "2020-03" not in [e[2] for e in evs], evs


def test_a_meeting_named_where_an_agreement_is_reached_has_its_parties():
    text = ("Presiden Mesir dan Presiden Turki sepakat membuka kembali jalur penerbangan. Kesepakatan itu dicapai "
            "dalam pertemuan selama dua jam di Kairo, Senin (9/3/2026).")
    meets = [e for e in events_of(text) if e[0] == "meeting"]
    assert meets and meets[0][2] == "2026-03-09" and {"Mesir", "Turki"} <= meets[0][3], events_of(text)


def test_a_relationship_since_a_year_keeps_that_year():
    evs = events_of("Pertemuan itu bertepatan dengan peringatan 60 tahun hubungan diplomatik Chile dan Peru yang "
                    "terjalin sejak 1966.")
    assert ("relations", "1966") in [(e[0], e[2]) for e in evs], evs


def test_a_visit_planned_but_called_off_is_cancelled():
    evs = events_of("Lawatan Raja Spanyol ke Chile sebenarnya sudah direncanakan pada 2021, tetapi batal karena "
                    "banjir besar.")
    assert ("meeting", "cancelled", "2021") in [e[:3] for e in evs], evs


def test_an_officer_proclaiming_himself_leader_takes_office():
    evs = events_of("Dua hari kemudian, Jenderal Brice Oligui Nguema mengumumkan dirinya sebagai pemimpin "
                    "pemerintahan transisi Gabon pada Rabu (4/3/2026).")
    assert "election" in [e[0] for e in evs] and "statement" not in [e[0] for e in evs], evs


def test_an_agreement_about_a_treaty_signed_earlier_is_dated_when_the_parties_met():
    text = ("Jakarta - Presiden Chile Gabriel Boric bertemu Presiden Peru Dina Boluarte di Lima, Senin (9/3/2026).\n"
            "Kedua pemimpin sepakat mempercepat pelaksanaan Perjanjian Perbatasan yang diteken di Santiago "
            "pada Mei 2019.")
    agr = [e for e in events_of(text) if e[0] == "agreement"]
    assert agr and agr[0][2] == "2026-03-09", events_of(text)
    # the treaty signed in 2019, named in a relative clause with its own date, is an event of its own
    assert [e[2] for e in agr] == ["2026-03-09", "2019-05"], events_of(text)


def test_a_referring_noun_with_its_own_date_dates_an_inherited_event():
    text = ("Jakarta - Presiden Chile bertemu Presiden Peru di Lima, Senin (9/3/2026). "
            "Di Lima, Presiden Chile juga menyaksikan penandatanganan nota kesepahaman antara Chile dan Peru. "
            "Penandatanganan itu berlangsung dalam forum bisnis pada Minggu (8/3/2026).")
    agr = [e for e in events_of(text) if e[0] == "agreement"]
    assert agr and agr[0][2] == "2026-03-08", events_of(text)


def test_what_a_leader_is_asked_about_is_no_event_but_the_answer_is():
    text = ("Jakarta - Presiden Chile bertemu Presiden Peru di Lima, Senin (9/3/2026).\n"
            "Ketika ditanya wartawan apakah ia masih menganggap Maduro sebagai diktator, Presiden Chile "
            "menjawab, \"Ya, dia diktator.\"")
    crit = [e for e in events_of(text) if e[0] == "criticism"]
    assert [(e[1], e[2]) for e in crit] == [("occurred", "2026-03-09")], events_of(text)


def test_seusai_pertemuan_refers_to_the_meeting_of_the_people_the_sentence_names():
    text = ("Jakarta - Presiden Chile Gabriel Boric bertemu Presiden Peru Dina Boluarte di Lima, Senin (9/3/2026). "
            "Boric sebelumnya menggelar pertemuan dengan Presiden Argentina Javier Milei di Buenos Aires pada Mei 2025.\n"
            "Seusai pertemuan, Boric dan Boluarte sepakat membuka kembali jalur kereta api.")
    agr = [e for e in events_of(text) if e[0] == "agreement"]
    assert agr and agr[0][2] == "2026-03-09", events_of(text)


def test_failing_to_meet_someone_while_visiting_is_a_visit_and_a_meeting_called_off():
    evs = events_of("Sebelumnya, delegasi Uni Afrika yang dipimpin mantan Presiden Kenya Uhuru Kenyatta gagal menemui "
                    "pemimpin junta saat berkunjung ke Khartoum pada 3 Maret.")
    meets = sorted(e[1] for e in evs if e[0] == "meeting")
    assert meets == ["cancelled", "occurred"], evs


def test_a_rule_taking_effect_dates_the_rule_told_before():
    text = ("Hanoi - Kapal penjaga pantai Vietnam menahan kapal nelayan Filipina pada Senin (9/3/2026).\n"
            "Insiden itu terjadi dua hari setelah Vietnam memberlakukan aturan baru bagi kapal nelayan asing. "
            "Aturan itu mulai berlaku Sabtu (7/3/2026).")
    other = [e for e in events_of(text) if e[0] == "other"]
    assert [(e[2], "Vietnam" in e[3]) for e in other] == [("2026-03-07", True)], events_of(text)


def test_disusul_repeats_the_event_before_for_another_party_and_date():
    evs = events_of("Presiden Prancis Charles de Gaulle berkunjung ke Meksiko pada Maret 1964, disusul Presiden "
                    "Prancis Francois Mitterrand pada Oktober 1981.")
    meets = sorted((e[2], e[3]) for e in evs if e[0] == "meeting")
    assert [m[0] for m in meets] == ["1964-03", "1981-10"], evs
    assert "Francois Mitterrand" in meets[1][1] and "Meksiko" in meets[1][1], evs
    assert "Francois Mitterrand" not in meets[0][1], evs


def test_how_an_event_came_about_is_no_event_of_its_own():
    evs = events_of("Tahun ini Chile dan Argentina memperingati 40 tahun normalisasi hubungan diplomatik yang ditandai dengan "
                    "penandatanganan Traktat Perdamaian dan Persahabatan pada 1984.")
    assert "agreement" not in [e[0] for e in evs], evs


def test_a_state_noun_followed_by_sejak_is_dated_by_what_began_it():
    evs = events_of("Irak sendiri berada di bawah sanksi PBB sejak menginvasi Kuwait pada Agustus 1990.")
    assert ("sanction", "1990-08") in [(e[0], e[2]) for e in evs], evs


def test_the_capital_one_leaves_from_is_no_party():
    text = ("Jakarta - Presiden Turki bertemu Presiden Pakistan di Islamabad, Rabu (11/3/2026).\n"
            "Dari Islamabad, Presiden Turki bertolak ke Malaysia pada Rabu malam.")
    leave = [e for e in events_of(text) if e[0] == "meeting" and "Malaysia" in e[3]]
    assert leave and "Pakistan" not in leave[0][3], events_of(text)


def test_a_bloc_declaring_a_state_its_member_is_relations_even_after_a_welcome():
    evs = events_of("Jakarta - Pemerintah Timor Leste menyambut baik pengumuman Malaysia selaku Ketua ASEAN 2026 yang "
                    "secara resmi menyatakan Timor Leste sebagai anggota penuh organisasi tersebut.\n"
                    "Pengumuman itu disampaikan pada Minggu (8/3/2026).")
    assert ("relations", "2026-03-08") in [(e[0], e[2]) for e in evs], evs


def test_morphology_generates_the_affixed_forms_of_a_base_word():
    from timeline.extraction.lang.id.morph import forms
    assert forms("kunjung", "me-i di-i ber -an") == ["mengunjungi", "dikunjungi", "berkunjung", "kunjungan"]
    assert forms("tanda tangan", "me-i pe-an") == ["menandatangani", "penandatanganan"]
    assert forms("sepakat", "me-i ke-an") == ["menyepakati", "kesepakatan"]
    assert forms("protes", "me") == ["memprotes"] and forms("bom", "me") == ["mengebom"]
    assert forms("putus", "pe-an") == ["pemutusan"]
    assert forms("naik", "me-kan") == ["menaikkan"] and forms("pantai", "0") == ["pantai"]


def test_broad_triggers_fire_on_affixed_forms_but_not_in_a_relative_clause():
    from timeline.extraction import extract
    import datetime as dt
    d = dt.date(2026, 3, 10)
    text = "Pakta pertahanan Chile dan Peru diratifikasi pada 4 Maret 2026."
    assert "agreement" in [e.type for e in extract(text, dct=d).events]
    text = "Kota Tumbes diblokade pasukan Ekuador pada 5 Maret 2026."
    assert "military_action" in [e.type for e in extract(text, dct=d).events]
    text = "Chile menjadi negara pertama yang dikunjungi Presiden Peru pada 2026."
    assert "meeting" not in [e.type for e in extract(text, dct=d).events]


def test_a_paragraph_going_on_with_the_occasion_before_takes_its_date():
    from timeline.extraction import extract
    import datetime as dt
    text = ("Presiden Chile Gabriel Boric mengecam Bolivia, Kamis (5/3/2026).\n\n"
            "Boric bertemu Presiden Peru Jose Jeri di Lima pada 2 Maret 2026.\n\n"
            "Dalam kesempatan itu, Chile menjatuhkan sanksi terhadap Bolivia.\n")
    evs = {(e.type, e.date) for e in extract(text, dct=dt.date(2026, 3, 6)).events}
    assert ("sanction", "2026-03-02") in evs, evs


@pytest.mark.parametrize("sentence, etype", [
    ("Pertemuan Komite Perbatasan Kenya-Tanzania yang semula dijadwalkan pekan ini di Arusha ditunda.", "meeting"),
    ("Rencana kunjungan Presiden Peru ke Quito, Ekuador, yang sedianya dilakukan pada Sabtu (7/3/2026) dibatalkan "
     "karena situasi keamanan memburuk.", "meeting"),
    ("Rencana pembicaraan telepon antara Lula dan Presiden Meksiko Claudia Sheinbaum yang semula dijadwalkan "
     "pekan ini ditunda.", "call"),
    ("Pertemuan Menteri Luar Negeri Kenya dan Uganda yang semula dijadwalkan Senin (9/3/2026) tidak jadi digelar "
     "di Nairobi.", "meeting"),
    # (what was once set, told with no word of it going ahead)
    ("KTT Quad yang sedianya digelar di Sydney pada Rabu (4/3/2026) kini tanpa kepastian.", "meeting"),
    # (the place set off by commas is no clause of its own)
    ("Pertemuan yang dijadwalkan digelar di Kairo, Mesir, pada akhir Februari 2026 dibatalkan Moskow.", "meeting"),
    ("Pertemuan puncak Trump dan Putin di Budapest, Hungaria, yang diumumkan pada 6 Maret 2026, batal digelar.",
     "meeting"),
    ("KTT blok tersebut, yang sedianya digelar di Lima pada 14 Maret 2026 sekaligus menjadi momen penyerahan "
     "keketuaan dari Meksiko kepada Peru, akhirnya dibatalkan.", "meeting"),
])
def test_what_was_meant_to_happen_and_then_called_off_is_cancelled(sentence, etype):
    evs = [e for e in events_of(sentence) if e[0] == etype]
    assert evs and all(e[1] == "cancelled" for e in evs), events_of(sentence)


def test_what_was_meant_to_happen_and_did_is_not_cancelled():
    evs = events_of("Pertemuan kedua menteri yang semula dijadwalkan Senin (9/3/2026) tetap digelar di Nairobi, "
                    "meski ditunda sejumlah menteri lain.")
    assert all(e[1] != "cancelled" for e in evs if e[0] == "meeting"), evs


@pytest.mark.parametrize("sentence, party", [
    ("Beijing pada Senin (9/3/2026) memperingatkan akan mengambil langkah tegas jika Manila mengirim kapal lagi.",
     "China"),
    ("Pyongyang pada Senin (9/3/2026) memperingatkan Seoul soal tindakan balasan atas latihan itu.", "Korea Utara"),
])
def test_a_warning_of_what_one_will_do_is_a_threat_that_was_made(sentence, party):
    evs = events_of(sentence)
    assert ("threat", "occurred", "2026-03-09") in [e[:3] for e in evs] and party in evs[0][3], evs


def test_a_plain_warning_stays_a_statement():
    assert [e[0] for e in events_of("WHO pada Senin (9/3/2026) memperingatkan bahwa wabah itu akan meluas.")] \
        == ["statement"]


def test_a_date_inside_a_relative_clause_before_the_verb_is_the_relative_clauses():
    evs = events_of("Nota kesepahaman yang diteken Kenya dengan Somaliland pada 1 Maret 2026 juga dikecam keras "
                    "oleh Somalia keesokan harinya.")
    assert ("criticism", "occurred", "2026-03-02") in [e[:3] for e in evs], evs


def test_a_date_right_before_dan_closes_the_verb_before_it():
    evs = events_of("Dari Lima, Presiden Peru dijadwalkan terbang ke Quito hari ini dan bertemu Presiden Ekuador "
                    "Daniel Noboa besok.")
    assert ("meeting", "planned", "2026-03-11") in [e[:3] for e in evs], evs


def test_an_election_is_the_states_whose_name_follows_it_not_the_analysts():
    assert parties_of("Peneliti itu, Budi Santoso, menilai sikap keras Warsawa tak lepas dari pemilu parlemen "
                      "Polandia pada 15 Maret mendatang.", "election") == [{"Polandia"}]


def test_an_election_won_is_also_the_states_whose_name_follows_it():
    assert parties_of("Presiden Meksiko Claudia Sheinbaum siap bekerja sama dengan siapa pun yang memenangi pemilu "
                      "presiden AS pada 5 November mendatang.", "election")[0] >= {"Amerika Serikat"}


def test_who_leaves_office_is_not_the_object_of_kepada():
    assert parties_of("Menteri Pertahanan Chile Pablo Rojas, yang disebut mengusulkan darurat militer kepada Presiden "
                      "Gabriel Boric, mengundurkan diri kemarin.", "election") == [{"Pablo Rojas", "Chile"}]


def test_the_time_since_someone_took_office_is_no_election():
    assert parties_of("Ini akan menjadi pertemuan pertama keduanya sejak Lula kembali menjabat.", "election") == []


def test_a_noun_after_dan_takes_no_date_from_the_clause_before():
    evs = events_of("Kedua menteri terakhir bertemu di sela KTT di Lima, Peru, pada 5 Maret lalu, dan sepakat "
                    "melanjutkan diplomasi kunjungan timbal balik.")
    assert sorted(e[0] for e in evs) == ["agreement", "meeting"], evs


def test_a_plan_and_the_same_plan_called_off_are_one_cancelled_event():
    evs = events_of("Menteri Luar Negeri Peru Javier Gonzalez menunda kunjungannya ke Quito yang sedianya "
                    "berlangsung akhir pekan ini. Gonzalez dijadwalkan tiba di Quito pada Sabtu (14/3/2026) dan "
                    "bertemu Presiden Ekuador Daniel Noboa.")
    meetings = [e for e in evs if e[0] == "meeting"]
    assert [(e[1], e[2]) for e in meetings] == [("cancelled", "2026-03-14")], evs


@pytest.mark.parametrize("called_off", ["Namun, pertemuan itu dibatalkan karena padatnya agenda.",
                                        "Namun, acara itu dibatalkan karena padatnya agenda."])
def test_a_plan_called_off_in_the_next_sentence_is_cancelled(called_off):
    evs = events_of("Presiden Peru dijadwalkan bertemu Presiden Chile Gabriel Boric pada Senin (16/3/2026). "
                    + called_off)
    assert [(e[0], e[1]) for e in evs] == [("meeting", "cancelled")], evs


def test_calling_off_another_agreement_leaves_the_plan_as_it_is():
    evs = events_of("Peru dan Chile sepakat menuntaskan perundingan pada 15 Maret mendatang. Bolivia mengumumkan "
                    "pembatalan perjanjian yang diteken pada 2012 itu.")
    assert ("agreement", "planned", "2026-03-15") in [e[:3] for e in evs], evs


def test_an_appositives_date_set_off_by_commas_is_not_the_main_verbs():
    text = ("Nijjar, warga Kanada yang dicap teroris oleh India pada 2020, ditembak mati oleh dua pria bertopeng "
            "di Surrey, British Columbia, pada 18 Juni lalu.")
    ex = extract(text, dct=dt.date(2023, 10, 4))
    assert [e.date for e in ex.events if e.type == "attack"] == ["2023-06-18"]


@pytest.mark.parametrize("aside", ["dalam pernyataan yang dirilis kantornya pada Sabtu (13/4/2024)",
                                   "yang dihubungi wartawan pada Sabtu (13/4/2024)"])
def test_an_aside_telling_how_the_words_came_dates_them(aside):
    text = f"Presiden Iran Ebrahim Raisi, {aside}, memperingatkan Israel akan menghadapi respons keras."
    ex = extract(text, dct=dt.date(2024, 4, 15))
    assert "2024-04-13" in [e.date for e in ex.events if e.type in ("threat", "statement")]


def test_a_span_the_verb_lasts_counts_no_day_back():
    text = ("Trump mengumumkan tarif atas Kanada pada 1 Februari. Namun, dua hari kemudian, Trump menunda "
            "penerapannya selama 30 hari setelah bertelepon dengan Trudeau.")
    ex = extract(text, dct=dt.date(2025, 3, 5))
    assert [e.date for e in ex.events if e.type == "call"] == ["2025-02-03"]


@pytest.mark.parametrize("sentence", [
    "Wakil Presiden AS JD Vance menuding Denmark gagal menjaga keamanan Greenland pada Jumat (6/3/2026).",
    "Presiden Kolombia mengecam langkah Peru yang membatalkan perjanjian itu pada Jumat (6/3/2026).",
])
def test_what_a_critic_says_is_no_cue_of_the_criticisms_status(sentence):
    assert [e[1] for e in events_of(sentence) if e[0] == "criticism"] == ["occurred"]


@pytest.mark.parametrize("sentence", [
    "Ketiga pemimpin sepakat menggelar pertemuan trilateral berikutnya di Bishkek pada Senin (16/3/2026).",
    "Para pemimpin sepakat KTT berikutnya akan digelar di Bogota pada Senin (16/3/2026).",
    "Dialog 2+2 Indonesia dan Jepang berikutnya disepakati digelar di Jakarta pada Senin (16/3/2026).",
])
def test_an_accord_on_the_next_meeting_is_that_meeting_planned(sentence):
    evs = events_of(sentence)
    assert [e[:2] for e in evs] == [("meeting", "planned")], evs


def test_what_a_time_is_counted_since_is_no_event_unless_dated():
    text = "Zelensky bertemu Modi di Hiroshima pada Minggu (8/3/2026), pertemuan pertama keduanya sejak perang pecah."
    assert "military_action" not in [e[0] for e in events_of(text)]
    text = ("Itu percakapan pertama kedua pemimpin sejak Riyadh dan Teheran memulihkan hubungan diplomatik "
            "pada Maret 2023.")
    assert ("relations", "2023-03") in [(e[0], e[2]) for e in events_of(text)]


def test_a_denied_clause_tells_no_event_up_to_the_next_one():
    text = "Presiden Serbia pada Sabtu (7/3/2026) membantah bahwa Serbia telah mengakui kemerdekaan Kosovo."
    assert "relations" not in [e[0] for e in events_of(text)]
    text = ("Menlu Ekuador pada Sabtu (7/3/2026) membantah bahwa Quito melanggar Konvensi Wina dan menuding "
            "Meksiko menyalahgunakan kekebalan diplomatik.")
    assert "criticism" in [e[0] for e in events_of(text)]


def test_a_plan_called_off_in_a_clause_turned_after_the_talks_held_is_not_theirs():
    # ("Turki: meeting (perundingan) (cancelled)" in 2025: the third round was called off, and its
    # "dijadwalkan" put July and August ahead)
    text = ("Ankara menggelar dua putaran perundingan pada Juli dan Agustus, tetapi putaran ketiga yang "
            "dijadwalkan pada 17 September batal digelar.")
    evs = extract(text, dct=dt.date(2024, 12, 12)).events
    assert [(e.type, e.date, e.status) for e in evs if e.type == "meeting"][:1] == [("meeting", "2024-07", "occurred")]


def test_evidence_neither_starts_nor_ends_in_the_middle_of_a_name():
    # ("Suluhu Hassan ke Nairobi ...", "... Samia Suluhu": four words before a trigger, seven after it)
    text = "Kedua pemimpin itu bertemu di Nairobi setelah Presiden Tanzania Samia Suluhu Hassan tiba pada Senin (9/3/2026)."
    quotes = [text[ev.start:ev.end] for e in extract(text, dct=DCT).events for ev in e.evidence]
    assert quotes and all(q.endswith("Samia Suluhu Hassan") or "Hassan" not in q for q in quotes), quotes
    text = "Pada Senin (9/3/2026), Menteri Luar Negeri Tanzania Januari Makamba bertemu Wang Yi."
    quotes = [text[ev.start:ev.end] for e in extract(text, dct=DCT).events for ev in e.evidence]
    assert quotes and all(not q.startswith(("Makamba", "Januari")) for q in quotes), quotes


@pytest.mark.parametrize("text, quote", [
    # a long name whole, a date whole at either end, the place "di" opens, no dateline dash
    ("Juru bicara Kementerian Luar Negeri China Mao Ning pada Selasa (15/7/2025) menyatakan Beijing menolak klaim "
     "apa pun yang merugikan kedaulatan China.", "Kementerian Luar Negeri China Mao Ning pada Selasa (15/7/2025) menyatakan"),
    ("Pada Kamis (7/8/2025), Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan yang baru di "
     "Canberra.", "Kamis (7/8/2025), Indonesia dan Australia menandatangani"),
    ("Pedagang fokus pada pertemuan Organisasi Negara Pengekspor Minyak (OPEC) pada 27 November di Wina.",
     "pertemuan Organisasi Negara Pengekspor Minyak (OPEC) pada 27 November"),
    ("Sehari sebelumnya, Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Malaysia Mohamad Hasan di Jakarta "
     "untuk membahas persiapan kunjungan tersebut.", "Mohamad Hasan di Jakarta"),
    ("JAKARTA, KOMPAS.com - Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di "
     "Istana Merdeka, Senin (14/7/2025).", "Presiden Prabowo Subianto menerima"),
])
def test_evidence_cuts_no_date_no_long_name_and_no_place_it_opens(text, quote):
    (event,) = extract(text, dct=dt.date(2025, 7, 16)).events
    (span,) = [text[ev.start:ev.end] for ev in event.evidence]
    assert quote in span and not span.startswith(("-", " ")), span
    assert span.rsplit(None, 1)[-1] not in ("di", "pada", "yang"), span


@pytest.mark.parametrize("sentence", [
    "Moldova memilih untuk mencantumkan tujuan bergabung dengan Uni Eropa ke dalam konstitusi pada Minggu (20/10/2024).",
    "Pemerintah Georgia membekukan keinginan menjadi anggota Uni Eropa pada Kamis (28/11/2024).",
])
def test_a_membership_only_wished_is_no_joining(sentence):
    # (a state's aim to join a bloc was a joining on the day it was voted)
    evs = extract(sentence, dct=dt.date(2024, 12, 1)).events
    assert "relations" not in [e.type for e in evs], evs


def test_a_state_joining_a_bloc_is_still_relations():
    (joined,) = extract("Swedia resmi bergabung dengan NATO pada Kamis (7/3/2024).", dct=dt.date(2024, 3, 8)).events
    assert (joined.type, joined.status, joined.date) == ("relations", "occurred", "2024-03-07"), joined


@pytest.mark.parametrize("title", ["Peneliti senior", "Direktur Eksekutif"])
def test_the_person_set_apart_after_a_bodys_name_is_the_subject_and_says_the_quote_after(title):
    # (the think tank was the subject, and "ujarnya" made the statement ASEAN's)
    text = (f'{title} Centre for Strategic and International Studies (CSIS) Jakarta, Rizky Andromeda, menilai '
            'ASEAN perlu menyuarakan sikap bersama. "Jika ASEAN kembali diam, China akan membaca itu sebagai lampu '
            'hijau," ujarnya kepada CNN Indonesia, kemarin.')
    found = extract(text, dct=dt.date(2024, 10, 3))
    assert next(a for a in found.actors if a.name == "Rizky Andromeda").title.startswith(title)
    if title == "Peneliti senior":
        assert found.events == []       # (an analyst's word is no event: titles.ANALYST_TITLES)
        return
    (said,) = found.events
    assert said.type == "statement" and said.participants[0].name == "Rizky Andromeda", said
    assert said.participants[0].role == "initiator", said


@pytest.mark.parametrize("sentence, etype, dct", [
    # people let go, a day of mourning
    ("Hamas membebaskan 13 warga Israel pada Jumat (24/11/2023).", "other", dt.date(2023, 11, 25)),
    ("China membebaskan jurnalis Australia Cheng Lei pada Rabu (11/10/2023).", "other", dt.date(2023, 11, 25)),
    ("Presiden Serbia Aleksandar Vucic menetapkan hari berkabung nasional pada Rabu (27/9/2023).", "other",
     dt.date(2023, 11, 25)),
    # a war breaking out, troops sent off (citizens sent off stay "other"), bans
    ("Perang saudara meletus di Sudan pada 15 April 2023.", "military_action", dt.date(2024, 8, 1)),
    ("Pasukan pertama Kenya diberangkatkan ke Haiti pada Senin (24/6/2024).", "military_action", dt.date(2024, 8, 1)),
    ("Rombongan WNI diberangkatkan dari Khartoum pada Senin (24/4/2023).", "other", dt.date(2024, 8, 1)),
    ("China membalas dengan melarang seluruh impor produk perairan asal Jepang pada Kamis (24/8/2023).", "sanction",
     dt.date(2024, 8, 1)),
    ("Otoritas Niger melarang pesawat Prancis melintasi wilayah udaranya pada Minggu (30/7/2023).", "sanction",
     dt.date(2024, 8, 1)),
    # a partnership formed, a final text agreed, troops moving on a border or brawling
    ("Amerika Serikat dan Vietnam menjalin kemitraan komprehensif pada 2013.", "relations", dt.date(2024, 6, 1)),
    ("Lebanon dan Israel menyetujui naskah final perjanjian batas maritim pada Selasa (11/10/2022).", "agreement",
     dt.date(2024, 6, 1)),
    ("Tentara India dan China berkelahi di tepi Danau Pangong Tso pada 5 Mei 2020.", "military_action", dt.date(2024, 6, 1)),
    ("Pasukan Ethiopia dan Eritrea terpantau bergerak mendekati perbatasan pada akhir September 2023.",
     "military_action", dt.date(2024, 6, 1)),
    # an entry into waters told as what happened; proclaiming oneself a leader
    ("Empat kapal Penjaga Pantai China memasuki perairan teritorial Jepang pada Senin (17/6/2024).", "military_action",
     dt.date(2024, 6, 18)),
    ("Jenderal Abdourahamane Tchiani menyatakan dirinya sebagai pemimpin baru Niger pada Jumat (28/7/2023).", "election",
     dt.date(2025, 7, 15)),
    # coming to a place is a visit, as leaving for it is
    ("Presiden Rwanda Paul Kagame akan datang ke Washington pada pekan depan.", "meeting", dt.date(2025, 6, 1)),
    # ties frozen or mended
    ("Amerika Serikat membekukan kemitraan strategisnya dengan Georgia pada Sabtu (30/11/2024).", "relations",
     dt.date(2024, 12, 2)),
    ("Kerja sama militer Indonesia dan Australia baru dipulihkan pada 2014.", "relations", dt.date(2024, 12, 2)),
    # a joint statement released by three states or more is their statement; by two, their agreed text
    ("Brasil, Kolombia, dan Meksiko merilis pernyataan bersama tentang Venezuela pada Kamis (1/8/2024).", "statement",
     dt.date(2024, 8, 2)),
    ("Prancis dan China merilis pernyataan bersama pada Kamis (1/8/2024).", "agreement", dt.date(2024, 8, 2)),
    # a person held
    ("Pasukan pengawal presiden menahan Presiden Niger Mohamed Bazoum di Niamey pada Rabu (26/7/2023).", "other",
     dt.date(2023, 7, 28)),
    # talks set to conclude are the deal they are to end in
    ("Menteri Airlangga Hartarto mengatakan perundingan IJEPA antara Indonesia dan Jepang ditargetkan rampung "
     "pada Desember 2026.", "agreement", dt.date(2026, 3, 10)),
    # a rule taking effect on a day of its own
    ("Swedia memperketat undang-undang antiterorisme yang mulai berlaku pada Juni 2023.", "other",
     dt.date(2024, 3, 10)),
    # a drill held, whatever words follow it
    ("Pada Agustus 2022, Beijing menggelar latihan dengan tembakan langsung di sekitar Taiwan.", "military_action",
     dt.date(2024, 3, 10)),
    # a forum opened
    ("Presiden Joko Widodo membuka Forum Indonesia-Afrika ke-2 di Bali pada Senin (2/9/2024).", "meeting",
     dt.date(2024, 9, 3)),
    # a body's sitting held or called, as a "sidang" is
    ("Dewan Keamanan PBB rencananya menggelar rapat darurat membahas situasi Nagorno-Karabakh pada Kamis (21/9/2023).",
     "meeting", dt.date(2023, 9, 20)),
])
def test_the_one_event_a_sentence_tells_has_its_type(sentence, etype, dct):
    evs = extract(sentence, dct=dct).events
    assert [e.type for e in evs] == [etype], evs


@pytest.mark.parametrize("sentence, etype, dct", [
    # a threat faced or lived under (Taiwan, facing China's drills, made a threat of its own)
    ("Tsai menegaskan Taiwan tidak akan mundur menghadapi ancaman militer pada Rabu (3/8/2022).", "threat",
     dt.date(2022, 8, 4)),
    ("Warga perbatasan hidup di bawah ancaman sejak Rabu (3/8/2022).", "threat", dt.date(2022, 8, 4)),
    # a much-visited place ("ruang publik yang banyak dikunjungi" was a meeting of the company named)
    ('"Kami minta PT INTI menjajaki kemungkinan itu di ruang terbuka publik yang banyak dikunjungi pada '
     'Sabtu (23/11/2013)," pungkasnya.', "meeting", dt.date(2013, 11, 28)),
    # a charge someone is held or tried on
    ("Mantan presiden itu tengah diadili atas tuduhan merancang kudeta pada Senin (14/7/2025).", "criticism",
     dt.date(2025, 7, 15)),
    ("Michael Kovrig ditahan otoritas China dengan tuduhan spionase pada Senin (10/12/2018).", "criticism",
     dt.date(2025, 7, 15)),
    # an entry into waters told in a relative clause or as an accusation
    ("China menahan warga asing yang dituduh memasuki perairan yang diklaim Beijing pada Sabtu (15/6/2024).",
     "military_action", dt.date(2024, 6, 18)),
    ("China mengecam kapal-kapal Filipina yang memasuki perairan Ren'ai Jiao pada Senin (17/6/2024).",
     "military_action", dt.date(2024, 6, 18)),
    # proclaiming oneself anything but a leader takes no office
    ("Milisi itu, yang menyatakan diri sebagai pelindung komunitas Druze, menyerang tank pada Senin (14/7/2025).",
     "election", dt.date(2025, 7, 15)),
    # people fleeing a war, not a leader fleeing his country
    ("Sekitar 150.000 lainnya melarikan diri ke Mesir dan Chad pada Senin (14/7/2025).", "other", dt.date(2025, 7, 15)),
    # a seat won back in a vote is no seizure
    ("Rusia, yang berupaya merebut kembali kursinya di Dewan HAM PBB, kalah pada Selasa (10/10/2023).",
     "military_action", dt.date(2023, 10, 11)),
    # restraint asked for, or a pace held back, is no one held
    ("Indonesia meminta semua pihak menahan diri pada Rabu (26/7/2023).", "other", dt.date(2023, 7, 28)),
    ("Ukraina menahan laju Rusia di Kharkiv pada Rabu (26/7/2023).", "other", dt.date(2023, 7, 28)),
    # a round of a vote is no round of talks
    ("Pemilihan umum parlemen Bhutan yang putaran pertamanya digelar pada 30 November 2023 diikuti lima partai.",
     "meeting", dt.date(2023, 11, 1)),
    # a drill of a disaster is no military action
    ("Pemerintah Jepang menggelar latihan evakuasi tsunami di Tokyo pada Senin (9/3/2026).", "military_action",
     dt.date(2026, 3, 10)),
    # no reason to meet is no meeting
    ("Trump sempat menyatakan tidak ada alasan untuk bertemu Xi pada Jumat (10/10/2025).", "meeting",
     dt.date(2025, 10, 31)),
    # a government's meeting of its own is no meeting between parties
    ("Presiden Yoon Suk Yeol menggelar rapat darurat keamanan nasional pada Jumat (18/10/2024).", "meeting",
     dt.date(2024, 10, 19)),
])
def test_a_word_of_a_type_that_tells_no_such_event_makes_none(sentence, etype, dct):
    evs = extract(sentence, dct=dct).events
    assert etype not in [e.type for e in evs], evs


def test_a_threat_is_dated_when_made_not_when_what_it_threatens_would_come_and_a_turn_ends_its_content():
    text = ("Pada 23 Februari, Trump kembali mengancam tarif 50 persen mulai 1 Maret, tetapi menunda ancaman itu "
            "hingga 9 April setelah berbicara dengan Kanselir Jerman Friedrich Merz melalui telepon.")
    evs = events_of(text)
    assert ("threat", "occurred", "2026-02-23", {"Donald Trump"}) in evs, evs
    assert "call" in [e[0] for e in evs], evs     # (after the turn: no longer what is threatened)


@pytest.mark.parametrize("text, parties", [
    # the states the signing ministers serve, named in the article, are parties with them
    ("Menteri Luar Negeri Ghana Samuel Ablakwa bertemu Menteri Luar Negeri Togo Robert Dussey di Accra. Pada "
     "Senin (9/3/2026), kedua menteri meneken nota kesepahaman.",
     {"Samuel Ablakwa", "Robert Dussey", "Ghana", "Togo"}),
    # a state the article never names is not made up for its leader ("Indonesia" is not told)
    ("Presiden Prabowo Subianto meneken perjanjian dengan Presiden Ghana John Mahama pada Senin (9/3/2026).",
     {"Prabowo Subianto", "John Mahama", "Ghana"}),
])
def test_a_person_acting_brings_the_state_he_serves_when_the_article_names_it(text, parties):
    assert parties_of(text, "agreement") == [parties]


def test_a_body_of_a_bloc_brings_the_bloc_when_the_article_names_it():
    text = ("Uni Eropa memperluas sanksi. Komisi Eropa menjatuhkan sanksi baru terhadap Rusia pada Senin (9/3/2026). "
            "PBB juga bersidang. Dewan Keamanan PBB mengecam Rusia pada Senin (9/3/2026).")
    assert {"Komisi Eropa", "Uni Eropa", "Rusia"} <= parties_of(text, "sanction")[0]
    assert {"Dewan Keamanan PBB", "PBB", "Rusia"} <= parties_of(text, "criticism")[0]


def test_a_law_signed_is_a_states_own_act_and_what_the_law_does_is_no_cue_of_its_status():
    evs = events_of("Presiden Somalia Hassan Sheikh Mohamud menandatangani undang-undang yang membatalkan nota "
                    "kesepahaman dengan Ethiopia pada Sabtu (7/3/2026).")
    assert ("other", "occurred", "2026-03-07") in [e[:3] for e in evs], evs
    assert not [e for e in evs if e[0] == "agreement" and e[1] != "cancelled"], evs
    evs = events_of("Presiden Georgia meneken undang-undang agen asing pada Senin (9/3/2026).")
    assert [e[:3] for e in evs] == [("other", "occurred", "2026-03-09")], evs


def test_a_cue_in_the_relative_clause_of_a_verbs_object_is_the_objects():
    evs = events_of("Indonesia dan Vietnam meneken perjanjian yang sempat ditunda dua kali pada Senin (9/3/2026).")
    assert ("agreement", "occurred", "2026-03-09") in [e[:3] for e in evs], evs


def test_a_known_body_of_a_state_brings_its_state_and_a_body_only_named_after_one_does_not():
    text = ("Hubungan Indonesia dan Australia memanas. Kementerian Luar Negeri RI memanggil duta besar Australia "
            "pada Senin (9/3/2026).")
    assert parties_of(text, "criticism")[0] >= {"Kementerian Luar Negeri RI", "Indonesia", "Australia"}
    text = ("Indonesia dan Jepang bekerja sama. Universitas Indonesia menandatangani nota kesepahaman dengan "
            "Universitas Tokyo pada Senin (9/3/2026).")
    assert parties_of(text, "agreement") == [{"Universitas Indonesia", "Universitas Tokyo"}]    # (no "Jepang" either)


def test_a_summit_told_again_that_day_by_who_chairs_it_is_the_same_summit():
    text = ("Presiden Joko Widodo menghadiri KTT ASEAN-GCC di Riyadh, Arab Saudi, Senin (9/3/2026).\n"
            "KTT dipimpin Putra Mahkota Arab Saudi Mohammed bin Salman.")
    meets = [e for e in events_of(text) if e[0] == "meeting"]
    assert len(meets) == 1 and "Mohammed bin Salman" in meets[0][3], meets


def test_a_measure_told_without_a_date_is_the_news_of_the_day_the_lead_tells():
    text = ("Ribuan warga berunjuk rasa di Rabat pada Senin (9/3/2026) menentang pembakaran Alquran di Swedia.\n"
            "Maroko menarik duta besarnya dari Stockholm untuk waktu yang tidak ditentukan.")
    assert ("relations", "occurred", "2026-03-09") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_vote_naming_no_state_is_one_more_of_the_election_told_before():
    text = ("Junta Myanmar menggelar pemilu tahap kedua pada Minggu (8/3/2026). Tahap pertama pemilu digelar "
            "pada 28 Desember 2025.")
    assert ("election", "occurred", "2025-12-28", {"Myanmar"}) in events_of(text), events_of(text)


def test_a_saying_joined_by_dan_to_a_dated_deed_of_the_same_subject_is_said_that_day():
    text = ("Menteri Luar Negeri Retno Marsudi hadir langsung di Den Haag pada Senin (9/3/2026) dan menegaskan bahwa "
            "pendudukan Israel ilegal.")
    assert ("statement", "occurred", "2026-03-09") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_date_closing_the_sentence_after_a_comma_and_pada_dates_its_verb():
    text = ("Raja Salman dijadwalkan berpidato di depan sidang bersama DPR dan DPD di Gedung Parlemen, Senayan, "
            "pada Kamis (12/3/2026).")
    assert ("statement", "planned", "2026-03-12") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_round_held_is_one_more_meeting_of_the_talks_told():
    text = ("Amerika Serikat dan China berunding di Kuala Lumpur pada Minggu (8/3/2026). Putaran pertama digelar di "
            "Jenewa pada Mei 2025.")
    assert ("meeting", "occurred", "2025-05", {"Amerika Serikat", "China"}) in events_of(text), events_of(text)


def test_an_arrival_is_the_visit_when_the_meeting_after_it_is_denied_by_a_word_before_its_aspect():
    text = ("Delegasi ECOWAS yang dipimpin Abdulsalami Abubakar tiba di Niamey, Niger, pada Kamis (5/3/2026), tetapi "
            "pulang tanpa sempat bertemu Tchiani.")
    assert ("meeting", "occurred", "2026-03-05") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_cue_that_takes_in_its_trigger_sets_the_status_when_a_reference_names_the_deal():
    text = "Perjanjian Indonesia dan Filipina itu ditargetkan diteken pada Juni 2026."
    assert ("agreement", "planned", "2026-06") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_meeting_opening_the_sentence_is_the_occasion_of_what_is_said_after_it():
    text = ("Dalam sidang Rabu (4/3/2026), perwakilan Washington Richard Visek meminta Mahkamah tidak memerintahkan "
            "penarikan mundur Israel.")
    assert {"meeting", "statement"} <= {e[0] for e in events_of(text)}, events_of(text)


def test_a_main_clause_a_number_of_days_after_an_event_dated_after_it_is_that_date_moved():
    text = "Presiden Gustavo Petro mengkritik Israel sehari setelah serangan Hamas pada 7 Oktober 2023."
    assert ("criticism", "occurred", "2023-10-08") in [e[:3] for e in events_of(text)], events_of(text)
    # (weeks and months after are round figures: no date is moved by them)


SIGNED = ("Menteri Luar Negeri Indonesia Sugiono dan Menteri Luar Negeri Malaysia Mohamad Hasan menandatangani "
          "perjanjian perbatasan di Jakarta pada Jumat (6/3/2026). ")


@pytest.mark.parametrize("opening, date", [
    ("Sehari setelah penandatanganan", "2026-03-07"),
    ("Beberapa jam setelah penandatanganan", "2026-03-06"),     # hours after: the same day
    ("Dua jam setelah penandatanganan", "2026-03-06"),
])
def test_a_span_opening_the_sentence_from_an_event_told_dates_what_is_said(opening, date):
    text = SIGNED + opening + ", Presiden Prabowo Subianto mengatakan Malaysia adalah sahabat."
    assert ("statement", "occurred", date) in [e[:3] for e in events_of(text)], events_of(text)


def test_hours_after_a_thing_still_ahead_do_not_take_its_date():
    text = ("Pemilu presiden Kolombia akan digelar pada 31 Mei 2026. Beberapa jam setelah pemungutan suara, Presiden "
            "Kolombia Gustavo Petro menyampaikan pidato kepada rakyatnya.")
    assert [e[0] for e in events_of(text)] == ["election"], events_of(text)


@pytest.mark.parametrize("text, date", [
    ("Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya pada Senin (9/3/2026). "
     "Dalam pertemuan itu, Prabowo meminta Malaysia melindungi pekerja migran Indonesia.", "2026-03-09"),
    ("Lai Ching-te dilantik sebagai presiden Taiwan pada Senin (9/3/2026). Dalam pidato pelantikannya, Lai meminta "
     "Beijing menghentikan intimidasi militer terhadap Taiwan.", "2026-03-09"),
    # right after the occasion, or in a part of it
    ("Presiden AS Donald Trump bertemu Presiden China Xi Jinping di Busan pada Kamis (5/3/2026). Seusai pertemuan, "
     "Trump mengatakan kepada wartawan bahwa Washington akan menurunkan tarif.", "2026-03-05"),
    ("Presiden Joko Widodo menghadiri KTT ASEAN-GCC di Riyadh pada Jumat (6/3/2026). Dalam sesi pertama, Jokowi "
     "menyerukan reformasi arsitektur keuangan global.", "2026-03-06"),
    # the speech named in three words
    ("Presiden Kenya William Ruto menghadiri KTT Uni Afrika di Addis Ababa pada Rabu (4/3/2026). Dalam pidato "
     "yang disiarkan televisi, Ruto menegaskan Kenya siap memimpin misi perdamaian.", "2026-03-04"),
])
def test_what_is_said_on_the_occasion_the_sentence_opens_with_is_said_on_its_day(text, date):
    assert ("statement", "occurred", date) in [e[:3] for e in events_of(text)], events_of(text)


def test_a_body_reporting_is_a_statement():
    text = "Kantor berita resmi Korea Utara, KCNA, pada Senin (9/3/2026) melaporkan bahwa Kim Jong Un meninjau pasukan."
    assert ("statement", "occurred", "2026-03-09") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_denial_told_without_a_date_answers_the_accusation_on_the_story_day():
    text = ("Filipina menuding kapal China menabrak kapal pasokannya di Beting Ayungin pada Senin (9/3/2026). "
            "Kementerian Luar Negeri China membantah tudingan itu.")
    assert ("statement", "occurred", "2026-03-09") in [e[:3] for e in events_of(text)], events_of(text)


@pytest.mark.parametrize("second", [
    "Para pemimpin sepakat menjadikan Konsensus Lima Poin sebagai rujukan utama.",
    "Dalam KTT yang sama, para pemimpin mengesahkan Deklarasi Kuala Lumpur.",
])
def test_the_leaders_told_bare_after_a_summit_are_those_of_its_body(second):
    text = "Presiden Prabowo menghadiri KTT ke-46 ASEAN di Kuala Lumpur pada Senin (9/3/2026). " + second
    assert ("agreement", "occurred", "2026-03-09", {"ASEAN"}) in events_of(text), events_of(text)


def test_the_leaders_of_a_body_named_are_not_the_summit_told_before():
    text = ("Presiden Prabowo menghadiri KTT ke-46 ASEAN di Kuala Lumpur pada Senin (9/3/2026). Para pemimpin Uni "
            "Eropa sepakat menjatuhkan sanksi baru kepada Rusia pada Selasa (10/3/2026).")
    assert not [e for e in events_of(text) if e[0] == "sanction" and "ASEAN" in e[3]], events_of(text)



def test_a_thing_told_of_as_announced_in_a_relative_clause_is_no_saying():
    text = ("China menunda kontrol ekspor logam tanah jarang yang diumumkan Kementerian Perdagangan China pada "
            "Kamis (5/3/2026).")
    assert "statement" not in [e[0] for e in events_of(text)], events_of(text)
    text = "Tarif 32 persen yang diumumkan Presiden AS Donald Trump pada Kamis (5/3/2026) berlaku untuk Indonesia."
    assert "sanction" in [e[0] for e in events_of(text)], events_of(text)


def test_a_retaliation_is_an_event_apart_from_what_it_answers():
    text = ("Tarif impor sebesar 25 persen yang dikenakan Presiden AS Donald Trump terhadap barang-barang asal Kanada "
            "resmi berlaku pada Selasa (3/3/2026). Perdana Menteri Kanada Mark Carney mengumumkan tarif balasan 25 "
            "persen atas produk AS.")
    sanctions = [e for e in events_of(text) if e[0] == "sanction"]
    assert len(sanctions) == 2 and any("Mark Carney" in e[3] for e in sanctions), events_of(text)


@pytest.mark.parametrize("text, date", [
    ("Keanggotaan Argentina di BRICS dijadwalkan berlaku pada 1 Januari 2027.", "2027-01-01"),
    ("Aksesi Swedia ke NATO dijadwalkan rampung pada Juni 2026.", "2026-06"),
])
def test_an_admission_scheduled_is_relations_planned(text, date):
    assert ("relations", "planned", date) in [e[:3] for e in events_of(text)], events_of(text)


def test_a_round_naming_only_the_country_it_is_held_in_is_one_more_of_the_talks_told():
    text = ("Kesepakatan itu puncak dari lima putaran perundingan yang dipimpin Menteri Keuangan AS Scott Bessent dan "
            "Wakil Perdana Menteri China He Lifeng. Putaran terakhir berlangsung di Kuala Lumpur, Malaysia, pada "
            "Minggu (8/3/2026).")
    assert ("meeting", "occurred", "2026-03-08", {"Amerika Serikat", "China", "He Lifeng", "Scott Bessent"}) \
        in events_of(text), events_of(text)


def test_a_response_promised_on_a_condition_is_a_threat_when_the_quote_closes_before_the_condition():
    text = ('Gedung Putih pada Jumat (6/3/2026) menyebut AS "akan merespons sesuai dengan itu" jika China membangun '
            'pangkalan militer permanen di Kepulauan Solomon.')
    assert "threat" in [e[0] for e in events_of(text)], events_of(text)


@pytest.mark.parametrize("text", [
    '"Kami siap," kata Presiden AS Joe Biden pada Kamis (5/3/2026).',
    '"Kami akan tetap tenang," ujar Presiden AS Joe Biden pada Kamis (5/3/2026).',
])
def test_the_words_quoted_tell_no_status_of_their_saying(text):
    assert ("statement", "occurred", "2026-03-05") in [e[:3] for e in events_of(text)], events_of(text)


@pytest.mark.parametrize("text", [
    '"Itu langkah penting," kata Presiden AS Joe Biden dalam pernyataan tertulis yang dirilis Gedung Putih pada '
    'Kamis (5/3/2026) malam.',
    '"Itu langkah penting," kata Presiden AS Joe Biden dalam video yang diunggah pada Kamis (5/3/2026).',
])
def test_the_date_a_statement_was_released_on_dates_the_saying(text):
    assert ("statement", "occurred", "2026-03-05") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_relative_aside_on_the_speaker_does_not_silence_the_saying():
    text = ("Perdana Menteri Kanada Justin Trudeau, yang berada di New York untuk menghadiri Sidang Majelis Umum PBB, "
            "menegaskan pada Kamis (5/3/2026) bahwa Kanada tidak berniat memprovokasi India.")
    assert ("statement", "occurred", "2026-03-05") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_group_named_terrorist_in_a_quote_is_told_of_not_insulted():
    text = ('"Israel memerangi teroris Hamas, bukan warga Palestina," kata Perdana Menteri Israel Benjamin Netanyahu '
            'pada Kamis (5/3/2026).')
    assert [e[0] for e in events_of(text)] == ["statement"], events_of(text)


@pytest.mark.parametrize("text, status, date", [
    ("Rusia dan Ukraina sepakat bertukar tawanan. Pertukaran yang semula dijadwalkan pada 24 Maret 2026 itu akhirnya "
     "batal.", "cancelled", "2026-03-24"),
    ("Indonesia mengirim bantuan kemanusiaan ke Gaza pada Senin (2/3/2026). Pengiriman tahap kedua dijadwalkan pada "
     "Senin (16/3/2026).", "planned", "2026-03-16"),
    ("Perbatasan Kirgistan dan Tajikistan dijadwalkan dibuka kembali pada Senin (16/3/2026).", "planned", "2026-03-16"),
    ("Bendera Swedia dijadwalkan dikibarkan di markas besar NATO di Brussels pada Senin (16/3/2026).",
     "planned", "2026-03-16"),
    # a court's next hearing
    ("Pengadilan Tinggi Kenya menangguhkan pengiriman polisi ke Haiti pada Senin (9/3/2026). Larangan sementara itu "
     "berlaku sampai sidang lanjutan yang dijadwalkan pada 24 Maret 2026.", "planned", "2026-03-24"),
])
def test_a_step_of_an_operation_scheduled_is_an_event(text, status, date):
    assert ("other", status, date) in [e[:3] for e in events_of(text)], events_of(text)


def test_a_relative_clause_describing_the_object_does_not_keep_the_date_from_the_verb():
    text = ("Xanana dijadwalkan bertemu pimpinan konsorsium Greater Sunrise yang dipimpin perusahaan Australia, Woodside, "
            "di Dili pada Senin (16/3/2026).")
    assert ("meeting", "planned", "2026-03-16") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_consensus_agreed_on_a_date_is_an_agreement():
    text = ("Menteri Luar Negeri Sugiono menegaskan Indonesia berpegang pada Konsensus Lima Poin yang disepakati para "
            "pemimpin ASEAN di Jakarta pada April 2021.")
    assert ("agreement", "occurred", "2021-04") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_saying_that_tells_the_news_just_told_is_of_its_day():
    text = ("India dan Pakistan sepakat melakukan gencatan senjata pada Sabtu (7/3/2026).\n\n"
            "Presiden Amerika Serikat Donald Trump mengumumkan kabar itu lebih dulu lewat Truth Social.")
    assert ("statement", "occurred", "2026-03-07") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_sentence_opening_after_that_is_on_the_day_of_the_last_thing_told():
    text = ("Pada Sabtu (7/3/2026), Presiden AS Donald Trump mengumumkan bahwa dirinya akan menelepon Presiden Rusia "
            "Vladimir Putin pada Senin (16/3/2026). Setelah itu, ia berencana berbicara dengan Presiden Ukraina "
            "Volodymyr Zelensky.")
    calls = [e for e in events_of(text) if e[0] == "call"]
    assert ("call", "planned", "2026-03-16", {"Donald Trump", "Volodymyr Zelensky"}) in \
        [(t, st, d, parts - {"Amerika Serikat", "Ukraina"}) for t, st, d, parts in calls], calls


def test_an_opening_date_does_not_outweigh_the_date_of_what_is_said():
    text = ("Pada Sabtu (7/3/2026), Presiden AS Donald Trump mengumumkan bahwa dirinya akan menelepon Presiden Rusia "
            "Vladimir Putin pada Senin (16/3/2026).")
    assert ("call", "planned", "2026-03-16") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_meeting_arranged_beside_another_deed_is_a_planned_meeting_of_its_own():
    text = ("Presiden AS Donald Trump mengaku telah menelepon Presiden Rusia Vladimir Putin pada Senin (9/3/2026) dan "
            "mulai mengatur pertemuan langsung antara Putin dan Presiden Ukraina Volodymyr Zelensky.")
    assert ("meeting", "planned") in [e[:2] for e in events_of(text)], events_of(text)


@pytest.mark.parametrize("text", [
    "Benda-benda bersejarah dari Belanda dijadwalkan tiba di Jakarta pada Senin (16/3/2026).",
    "Ukraina harus bertindak sebelum pasukan Korea Utara itu tiba di garis depan pada Senin (16/3/2026).",
])
def test_things_or_troops_arriving_are_no_visit(text):
    assert "meeting" not in [e[0] for e in events_of(text)], events_of(text)


def test_a_span_opening_the_sentence_dates_the_event_it_names_from_the_date_after_its_comma():
    text = ("Dua hari setelah serangan Iran, Kamis (18/1/2024) dini hari, Pakistan membalas dengan menyerang "
            "wilayah Iran.")
    assert {e[2] for e in events_of(text) if e[0] == "military_action"} == {"2024-01-16", "2024-01-18"}, events_of(text)


def test_a_paragraph_opening_on_a_speech_takes_the_day_of_the_occasion_before_not_of_a_time_since():
    text = ("Presiden Prabowo Subianto menghadiri KTT APEC di Lima, Peru, Jumat (6/3/2026). Forum itu menjadi KTT "
            "pertama yang dihadiri Prabowo sejak Indonesia menjalin kemitraan dengan Peru pada 1975.\n"
            "Dalam pidato pembukaan sesi pleno, Prabowo menegaskan perdagangan bebas harus adil.")
    assert ("statement", "occurred", "2026-03-06") in [e[:3] for e in events_of(text)], events_of(text)


def test_setuju_after_a_meeting_is_an_agreement_of_its_own_and_agreeing_to_start_talks_is_none():
    met = ("Pada 3 Maret 2026, Presiden Turki Recep Tayyip Erdogan bertemu Perdana Menteri Swedia Ulf Kristersson "
           "dan akhirnya setuju meneruskan protokol aksesi Swedia ke parlemen.")
    assert {"meeting", "agreement"} <= {e[0] for e in events_of(met)}, events_of(met)
    talks = ("India dan Pakistan sepakat menghentikan tembakan pada Sabtu (7/3/2026). Menteri Luar Negeri AS Marco "
             "Rubio menambahkan, kedua negara juga setuju memulai pembicaraan mengenai berbagai isu di lokasi netral.")
    assert [e[0] for e in events_of(talks)].count("agreement") == 1, events_of(talks)


def test_a_group_of_those_who_met_right_before_the_verb_are_its_parties():
    text = ("Presiden Prabowo Subianto bertemu Putra Mahkota Arab Saudi Mohammed bin Salman di Jeddah pada Selasa "
            "(3/3/2026). Dalam kunjungan itu, pelaku usaha kedua negara juga meneken sejumlah nota kesepahaman.")
    assert ("agreement", "occurred", "2026-03-03") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_duty_imposed_told_by_its_noun_is_a_sanction():
    text = ("Presiden AS Donald Trump menandatangani perintah eksekutif pengenaan tarif terhadap Kanada, Meksiko, "
            "dan China pada Sabtu (7/3/2026).")
    assert [e[:3] for e in events_of(text)] == [("sanction", "occurred", "2026-03-07")], events_of(text)


def test_a_press_conference_opening_the_sentence_is_the_occasion_of_what_is_done_in_it():
    text = ("Presiden Rusia Vladimir Putin berbicara kepada wartawan di Astana pada Kamis (5/3/2026). Dalam jumpa pers "
            "malam itu, Putin juga melontarkan ancaman terhadap Ukraina.")
    assert [e[:3] for e in events_of(text)] == [("threat", "occurred", "2026-03-05")], events_of(text)


@pytest.mark.parametrize("text", [
    "Dari Moskow, Presiden Joko Widodo dijadwalkan terbang ke Abu Dhabi, Uni Emirat Arab, hari ini untuk bertemu "
    "Presiden UEA Mohamed bin Zayed Al Nahyan.",
    "Menteri Luar Negeri Sugiono berencana terbang ke Nairobi, Kenya, hari ini untuk menemui Presiden Kenya "
    "William Ruto.",
])
def test_the_purpose_of_a_trip_still_to_come_is_planned(text):
    found = events_of(text)
    assert found and all(e[1] == "planned" for e in found), found


def test_an_event_named_with_a_day_ahead_is_planned_whatever_the_condition_around_it():
    text = ("Netanyahu berjanji tidak akan terikat oleh perjanjian tersebut jika ia kembali berkuasa setelah pemilu "
            "Selasa (17/3/2026).")
    assert ("election", "planned", "2026-03-17") in [e[:3] for e in events_of(text)], events_of(text)


@pytest.mark.parametrize("text", [
    '"Jika Swedia tidak memenuhi komitmennya, Turki akan terus menahan ratifikasi," kata Menteri Luar Negeri Turki '
    'Mevlut Cavusoglu pada Selasa (3/3/2026).',
    "Presiden Somalia Hassan Sheikh Mohamud pada Selasa (3/3/2026) mengatakan Mogadishu akan mempertahankan setiap "
    "jengkal wilayahnya jika Ethiopia tetap melanjutkan rencana itu.",
])
def test_a_deed_against_the_other_side_promised_on_a_condition_is_a_threat(text):
    assert ("threat", "occurred", "2026-03-03") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_restraint_promised_on_a_condition_is_no_threat():
    text = ("Menteri Energi UEA mengatakan pada Selasa (3/3/2026) bahwa OPEC akan menahan diri untuk memangkas produksi "
            "sekalipun jika harga minyak terus turun.")
    assert "threat" not in [e[0] for e in events_of(text)], events_of(text)


def test_a_warning_of_what_may_follow_a_condition_is_a_threat_unless_commentators_give_it():
    official = ("Seorang pejabat USTR pada Selasa (3/3/2026) memperingatkan tarif 32 persen bisa kembali diberlakukan "
                "jika Indonesia tidak menepati komitmennya.")
    assert ("threat", "occurred", "2026-03-03") in [e[:3] for e in events_of(official)], events_of(official)
    analysts = ("Para analis memperingatkan pada Selasa (3/3/2026), jika Houthi benar-benar membalas terhadap kapal "
                "perang AS, konflik di Gaza bisa meluas.")
    assert "threat" not in [e[0] for e in events_of(analysts)], events_of(analysts)


def test_a_vote_naming_no_state_is_the_vote_of_the_state_named_just_before():
    text = ("Warga Moldova memberikan dukungan tipis untuk bergabung dengan Uni Eropa. Hasil penghitungan suara "
            "referendum yang digelar Minggu (8/3/2026) menunjukkan kubu ya meraih 50,35 persen.")
    assert ("election", "occurred", "2026-03-08", {"Moldova"}) in events_of(text), events_of(text)


@pytest.mark.parametrize("text", [
    "Gedung Putih pada Selasa (3/3/2026) menyebut peluncuran itu sebagai tindakan yang berbahaya dan sembrono.",
    "Menteri Airlangga Hartarto pada Selasa (3/3/2026) menyebut EUDR sebagai bentuk diskriminasi terselubung.",
    "Juru bicara Kremlin Dmitry Peskov pada Selasa (3/3/2026) menyebut langkah ICC keterlaluan.",
])
def test_naming_a_deed_by_a_bad_name_is_criticism(text):
    assert [e[:3] for e in events_of(text)] == [("criticism", "occurred", "2026-03-03")], events_of(text)


def test_a_saying_that_opens_the_story_is_the_news_of_its_day():
    text = ("Polandia Hentikan Pasokan Senjata ke Ukraina\n"
            "TEMPO.CO, Jakarta - Perdana Menteri Polandia Mateusz Morawiecki mengatakan negaranya tidak lagi memasok "
            "senjata baru ke Ukraina.\n"
            "Pernyataan itu muncul setelah Kyiv menggugat larangan impor gandum Polandia ke WTO pada Senin (9/3/2026).")
    assert ("statement", "occurred", "2026-03-09") in [e[:3] for e in events_of(text)], events_of(text)


@pytest.mark.parametrize("answer", ["Presiden Kolombia Gustavo Petro menyambut putusan tersebut.",
                                    "Presiden Kolombia Gustavo Petro membenarkan putusan tersebut."])
def test_a_welcome_or_a_confirmation_told_without_a_date_answers_the_news_just_told(answer):
    text = ("Mahkamah Internasional memutuskan sengketa perbatasan Kolombia dan Nikaragua pada Kamis (5/3/2026). "
            + answer)
    assert ("statement", "occurred", "2026-03-05") in [e[:3] for e in events_of(text)], events_of(text)


def test_a_vote_told_by_its_noun_is_of_the_state_named_before_it_as_well_as_of_its_winner():
    text = ("Menteri Energi Arab Saudi memangkas produksi minyak pada Selasa (3/3/2026), sehingga harga bahan bakar di "
            "AS naik menjelang pemilu sela 8 November 2026.")
    assert ("election", "planned", "2026-11-08", {"Amerika Serikat"}) in events_of(text), events_of(text)


@pytest.mark.parametrize("text", [
    "Ratusan pengunjuk rasa menyerbu gedung Kedutaan Besar Swedia di Baghdad pada Kamis (5/3/2026).",
    "Ribuan pendukung Jair Bolsonaro menyerbu gedung Kongres Brasil di Brasilia pada Minggu (8/3/2026).",
    "Sekelompok militan menyerbu pos militer di Waziristan Utara, Pakistan, pada Sabtu (7/3/2026).",
])
def test_a_crowd_or_militants_storming_a_building_is_an_attack(text):
    assert [e[0] for e in events_of(text)] == ["attack"], events_of(text)


def test_what_was_agreed_told_with_its_day_in_a_relative_clause_is_an_agreement():
    text = ("Menteri Luar Negeri Sugiono menegaskan Indonesia tetap berpegang pada Konsensus Lima Poin yang disepakati "
            "para pemimpin ASEAN di Jakarta pada April 2021.")
    assert [(e[:3], "ASEAN" in e[3]) for e in events_of(text)] == [(("agreement", "occurred", "2021-04"), True)]


def test_what_was_agreed_told_without_a_day_in_a_relative_clause_is_no_new_agreement():
    text = "Kedua negara pada Senin (9/3/2026) meninjau pelaksanaan poin-poin yang disepakati Indonesia dan Malaysia."
    assert "agreement" not in [e[0] for e in events_of(text)], events_of(text)


@pytest.mark.parametrize("text", [
    "M23 tidak terlibat dalam perundingan di Doha pada Jumat (6/3/2026).",
    "Junta Myanmar tidak diundang ke pertemuan ASEAN di Jakarta pada Jumat (6/3/2026).",
])
def test_a_party_left_out_of_an_event_is_no_party_to_it(text):
    assert all("M23" not in e[3] and "Myanmar" not in e[3] for e in events_of(text)), events_of(text)


def test_people_gathering_at_an_office_is_no_ship_docking():
    text = "Para menteri Kabinet Kerja merapat di Kantor Kementerian Keuangan pada Rabu (4/3/2026)."
    assert events_of(text) == [], events_of(text)


def test_a_ship_docking_is_an_event_of_kind_other():
    text = "Kapal riset China Shi Yan 6 bersandar di Kolombo, Sri Lanka, pada Rabu (4/3/2026)."
    assert [e[:3] for e in events_of(text)] == [("other", "occurred", "2026-03-04")], events_of(text)


def test_a_meeting_named_by_the_place_it_was_held_is_the_meeting_told_there():
    text = ("Presiden Kenya William Ruto bertemu Presiden Tanzania Samia Suluhu Hassan di Arusha, Kamis (5/3/2026). "
            "Pada 20 Februari, Ruto mengancam menutup perbatasan. "
            "Pertemuan di Arusha menjadi tatap muka pertama kedua pemimpin sejak Januari.")
    meetings = [e for e in events_of(text) if e[0] == "meeting"]
    assert [e[2] for e in meetings] == ["2026-03-05"], events_of(text)


def test_a_meeting_named_by_a_place_no_event_was_held_at_is_no_reference_back():
    text = ("Presiden Kenya William Ruto bertemu Presiden Tanzania Samia Suluhu Hassan di Arusha, Kamis (5/3/2026). "
            "Pertemuan di Nairobi pada Senin (9/3/2026) membahas perdagangan kedua negara.")
    assert sorted(e[2] for e in events_of(text) if e[0] == "meeting") == ["2026-03-05", "2026-03-09"], events_of(text)


@pytest.mark.parametrize("sentence, status, date", [
    ("Uni Eropa secara resmi membuka perundingan aksesi dengan Albania pada Selasa (3/3/2026).", "occurred", "2026-03-03"),
    ("Pemerintah Serbia mengumumkan penangguhan perundingan keanggotaan dengan Uni Eropa hingga 2029 pada Senin "
     "(2/3/2026).", "occurred", "2026-03-02"),
])
def test_accession_talks_opened_or_suspended_are_relations_dated_by_when_not_until(sentence, status, date):
    assert [e[:3] for e in events_of(sentence)] == [("relations", status, date)], events_of(sentence)
