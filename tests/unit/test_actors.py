"""Actors (timeline/extraction/actors/) and their language data."""
import pytest

from timeline.extraction.actors import find_actors, load_lang
from timeline.extraction.lang.id import countries, leaders, organizations


def by_name(actors):
    return {a.name: a for a in actors}


def test_it_finds_a_person_with_title_surname_and_title_alone():
    text = ("Presiden Kolombia Gustavo Petro bakal menemui Presiden Amerika Serikat (AS) Donald Trump.\n"
            "Petro mengatakan hal itu penting.\n"
            "Takut bernasib sama, Presiden Kolombia itu berangkat.")
    actors = by_name(find_actors(text))
    petro = actors["Gustavo Petro"]
    assert petro.kind == "person" and petro.country == "Kolombia" and petro.title == "Presiden"
    assert {"Petro", "Presiden Kolombia"} <= set(petro.aliases)
    assert len(petro.mentions) == 3
    assert actors["Amerika Serikat"].kind == "country" and "AS" in actors["Amerika Serikat"].aliases
    assert "Donald Trump" in actors


def test_it_finds_people_in_no_list_by_their_title():
    text = ("Menteri Pertahanan Sjafrie Sjamsoeddin bertemu Menteri Koordinator Bidang Perekonomian "
            "Airlangga Hartarto dan Sekretaris Kabinet Teddy Indra Wijaya.\nAirlangga lalu berangkat.")
    actors = by_name(find_actors(text))
    assert actors["Airlangga Hartarto"].title == "Menteri Koordinator Bidang Perekonomian"
    assert "Airlangga" in actors["Airlangga Hartarto"].aliases
    assert actors["Teddy Indra Wijaya"].title == "Sekretaris Kabinet"
    assert actors["Sjafrie Sjamsoeddin"].kind == "person"


def test_it_rejects_ordinary_words_that_open_a_sentence():
    text = "Namun, Menurut Sugiono, Pertemuan itu penting. Operasi Sindoor berlangsung singkat."
    names = {a.name for a in find_actors(text)}
    assert "Namun" not in names and "Pertemuan" not in names
    assert not any("Operasi" in n or "Sindoor" in n for n in names)


@pytest.mark.parametrize("surface, canonical", [
    ("Washington", "Amerika Serikat"), ("Gedung Putih", "Amerika Serikat"), ("Beijing", "China"),
    ("Tiongkok", "China"), ("Kremlin", "Rusia"), ("Bogota", "Kolombia"), ("Moskwa", "Rusia"),
])
def test_a_seat_or_variant_stands_for_its_country(surface, canonical):
    actors = find_actors(f"Pemerintah {surface} menolak usulan itu kemarin.")
    assert canonical in {a.name for a in actors}


def test_the_same_actor_keeps_its_canonical_name_across_articles():
    one = {a.name for a in find_actors("Presiden AS Donald Trump menelepon Putin.")}
    two = {a.name for a in find_actors("Trump mengancam Rusia. Amerika Serikat lalu diam.")}
    assert {"Donald Trump", "Vladimir Putin", "Amerika Serikat"} <= one
    assert {"Donald Trump", "Rusia", "Amerika Serikat"} <= two


@pytest.mark.parametrize("text, name, other_spelling", [
    ("Presiden Turki Recep Tayyip Erdoğan tiba di Bogor. Erdogan disambut Prabowo.",
     "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ("Presiden Meksiko Andrés Manuel López Obrador menelepon Biden. Lopez Obrador lalu mengkritik Texas.",
     "Andrés Manuel López Obrador", "Lopez Obrador"),
    ("Menlu Swedia Tobias Billström bertemu Retno Marsudi. Billstrom mengatakan kerja sama berjalan baik.",
     "Tobias Billström", "Billstrom"),
])
def test_a_name_spelled_with_and_without_diacritics_is_one_actor(text, name, other_spelling):
    actors = find_actors(text)
    people = [a for a in actors if a.kind == "person" and any(w in a.name for w in ("Erdo", "Obrador", "Billstr"))]
    assert [a.name for a in people] == [name]
    assert other_spelling in people[0].aliases and len(people[0].mentions) == 2


def test_a_pronoun_points_back_to_the_subject_before():
    text = "Pada 4 Januari, Trump mengeluarkan ancaman terhadap Petro.\nIa mengatakan hal itu bagus."
    actors = by_name(find_actors(text))
    ia = text.index("Ia ")
    assert any(m.start == ia for m in actors["Donald Trump"].mentions)
    assert not any(m.start == ia for m in actors["Gustavo Petro"].mentions)


def test_a_pronoun_opening_a_clause_points_to_the_person_just_named():
    text = ("Perjanjian itu diteken Menteri Ekonomi Malaysia Rafizi Ramli, disaksikan Perdana Menteri Lawrence Wong.\n"
            "Retret tersebut merupakan yang pertama bagi Wong sejak ia dilantik sebagai perdana menteri.")
    actors = by_name(find_actors(text))
    ia = text.index(" ia ") + 1
    assert any(m.start == ia for m in actors["Lawrence Wong"].mentions)
    assert not any(m.start == ia for m in actors["Rafizi Ramli"].mentions)


def test_kedua_negara_points_to_the_last_two_countries():
    text = "India dan Pakistan bertikai. Kedua negara kemudian sepakat berdamai."
    actors = by_name(find_actors(text))
    pos = text.index("Kedua negara")
    assert any(m.start == pos for m in actors["India"].mentions)
    assert any(m.start == pos for m in actors["Pakistan"].mentions)


def test_organizations_places_and_acronyms():
    text = ("Kelompok militan The Resistance Front (TRF) mengklaim serangan di dekat Pahalgam. "
            "Kementerian Luar Negeri RI mengecamnya, sementara PBB dan NATO diam.")
    actors = by_name(find_actors(text))
    assert actors["The Resistance Front"].kind == "organization" and "TRF" in actors["The Resistance Front"].aliases
    assert actors["Pahalgam"].kind == "place"
    assert "Kemlu" in actors["Kementerian Luar Negeri RI"].aliases
    assert {"PBB", "NATO"} <= set(actors)


def test_a_building_named_for_the_body_it_houses_is_a_place():
    # (the tester's meeting had "Gedung Parlemen" as a party)
    actors = by_name(find_actors("Prabowo dan Albanese bertemu di Gedung Parlemen, lalu ke Gedung Kongres."))
    assert actors["Gedung Parlemen"].kind == actors["Gedung Kongres"].kind == "place"


@pytest.mark.parametrize("text, place", [
    ("Biden dan Xi bertemu di sela KTT APEC di San Francisco pada November.", "San Francisco"),
    ("Pengungsi diseberangkan dari Myawaddy ke Mae Sot melalui jembatan.", "Mae Sot"),
])
def test_an_unknown_name_after_di_or_ke_is_a_place(text, place):
    assert by_name(find_actors(text))[place].kind == "place"


def test_a_post_abroad_in_a_city_no_list_knows_is_the_city_then_its_holder():
    actors = by_name(find_actors("Konjen RI di Houston Nana Yuliana menyatakan WNI aman. Nana mengimbau WNI waspada."))
    assert actors["Houston"].kind == "place"
    assert actors["Nana Yuliana"].kind == "person" and actors["Nana Yuliana"].title == "Konjen RI di Houston"
    assert len(actors["Nana Yuliana"].mentions) == 2
    actors = by_name(find_actors("Presiden Lula di Rio de Janeiro menyambut tamunya."))
    assert actors["Rio de Janeiro"].kind == "place"      # a name before "di", no post


def test_a_company_after_di_is_no_place():
    text = "Analis di WTRG Economics, James Williams, menilai harga minyak akan turun."
    assert "WTRG Economics" not in by_name(find_actors(text))


def test_dolar_as_is_no_country():
    assert find_actors("Nilainya 25,5 miliar dolar AS tahun ini.") == []


def test_boilerplate_lines_name_no_actor():
    assert find_actors("BACA JUGA: Putin Ajak Trump Bertemu Lagi di Moskwa") == []


def test_the_gazetteers_have_no_clashing_canonical_names():
    names = [c[0] for c in countries.COUNTRIES] + [o[0] for o in organizations.ORGANIZATIONS] + \
        [p[0] for p in leaders.LEADERS]
    assert len(names) == len(set(names))
    lang = load_lang("id")
    assert lang.gazetteer[("as",)].name == "Amerika Serikat"
    for _, _, country, _ in leaders.LEADERS:
        assert country in lang.countries or lang.gazetteer.get(tuple(country.casefold().split()))


def test_a_title_naming_an_organization_runs_on_to_the_rank_and_name():
    text = "Kepala Staf Angkatan Udara Malaysia (TUDM) Jenderal Hasnan Rahim meninjau pangkalan itu."
    actors = by_name(find_actors(text))
    assert "Hasnan Rahim" in actors and actors["Hasnan Rahim"].kind == "person"
    assert not any(n in ("Angkatan", "Angkatan Udara", "Udara") for n in actors)
    # the title's body, closed by its acronym, is a body of its own
    assert actors["Angkatan Udara Malaysia"].kind == "organization" and "TUDM" in actors["Angkatan Udara Malaysia"].aliases


def test_an_organization_ends_at_its_country_before_its_spokesperson():
    text = "Juru bicara Kementerian Pertahanan Vietnam Tran Van Hoa menolak tuduhan itu."
    actors = by_name(find_actors(text))
    assert actors["Kementerian Pertahanan Vietnam"].kind == "organization"
    assert actors["Tran Van Hoa"].kind == "person"


def test_the_government_of_a_country_is_the_country():
    actors = by_name(find_actors("Usulan itu ditolak Pemerintah Jepang pekan lalu."))
    assert "Pemerintah Jepang" in actors["Jepang"].aliases
    assert "Pemerintah Jepang" not in actors


def test_a_coast_guard_is_an_organization():
    actors = by_name(find_actors("Kapal Penjaga Pantai Vietnam berpatroli di sana."))
    assert actors["Penjaga Pantai Vietnam"].kind == "organization"


def test_a_title_set_off_by_commas_names_a_person_seen_once():
    text = "Penasihat keamanan nasional Kanada, Nathalie Drouin, tiba di Ottawa."
    actors = by_name(find_actors(text))
    assert actors["Nathalie Drouin"].kind == "person"


def test_a_camel_case_first_name_is_part_of_the_name():
    text = "Duta Besar Inggris untuk Indonesia DeAnne Walker menghadiri acara itu."
    actors = by_name(find_actors(text))
    assert "DeAnne Walker" in actors


def test_an_organization_head_opening_a_sentence_starts_a_name():
    actors = by_name(find_actors("Partai Buruh Norwegia memenangi pemilu. Kelompok Houthi menolak."))
    assert actors["Partai Buruh Norwegia"].kind == "organization"
    assert actors["Partai Buruh Norwegia"].country == "Norwegia"
    assert "Kelompok Houthi" not in actors


@pytest.mark.parametrize("text, phrase, pair, other", [
    pytest.param("Menteri Luar Negeri Armenia Ararat Mirzoyan dan Menteri Luar Negeri Azerbaijan Jeyhun Bayramov "
                 "bertemu Presiden Swiss Karin Keller-Sutter. Kedua menteri lalu makan siang.",
                 "Kedua menteri", ("Ararat Mirzoyan", "Jeyhun Bayramov"), "Karin Keller-Sutter",
                 id="two ministers: the last two people with that title"),
    pytest.param("Presiden Joko Widodo menerima Presiden Vietnam Nguyen Xuan Phuc di Istana Bogor. "
                 "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Vietnam Bui Thanh Son. "
                 "Kedua pemimpin juga menyaksikan penandatanganan nota kesepahaman.",
                 "Kedua pemimpin", ("Joko Widodo", "Nguyen Xuan Phuc"), "Retno Marsudi",
                 id="two leaders: the last two people who lead a state"),
])
def test_a_pair_reference_is_the_last_two_people_it_fits(text, phrase, pair, other):
    actors = by_name(find_actors(text))
    at = text.index(phrase)
    for name in pair:
        assert any(m.start == at for m in actors[name].mentions)
    assert not any(m.start == at for m in actors[other].mentions)


def test_two_leaders_are_any_two_people_when_no_two_titles_say_so():
    text = "Jokowi menerima Anwar di Istana Bogor. Kedua pemimpin lalu makan siang."
    actors = by_name(find_actors(text))
    pair = text.index("Kedua pemimpin")
    assert sum(any(m.start == pair for m in a.mentions) for a in actors.values()) == 2


def test_three_leaders_are_the_three_last_named():
    text = ("Presiden AS Joe Biden menjamu Perdana Menteri Jepang Fumio Kishida dan Presiden Korea Selatan "
            "Yoon Suk Yeol di Camp David. Ketiga pemimpin menandatangani dokumen bersama.")
    actors = by_name(find_actors(text))
    trio = text.index("Ketiga pemimpin")
    assert all(any(m.start == trio for m in actors[n].mentions) for n in ("Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"))


def test_an_address_word_ending_a_name_is_part_of_the_name():
    actors = by_name(find_actors("Menteri Luar Negeri China Qin Gang menandatangani komunike bersama. "
                                 "Kantornya di Jalan Sudirman, Gang Mawar."))
    assert actors["Qin Gang"].kind == "person" and "China" in actors
    assert not any("Mawar" in name for name in actors)


def test_a_counterpart_named_after_their_country_is_a_person():
    actors = by_name(find_actors("Menlu Polandia Zbigniew Rau batal bertemu mitranya dari Belarus Vladimir Makei."))
    assert actors["Vladimir Makei"].kind == "person"


def test_a_title_goes_on_past_untuk():
    actors = by_name(find_actors("Delegasi dipimpin Asisten Menteri Luar Negeri untuk Urusan Afrika Molly Phee."))
    assert actors["Molly Phee"].kind == "person" and actors["Molly Phee"].title.startswith("Asisten Menteri")


def test_a_name_after_a_group_word_is_an_organization():
    actors = by_name(find_actors("Serangan itu diklaim kelompok militan Jamaat. Jamaat membantah."))
    assert actors["Jamaat"].kind == "organization" and len(actors["Jamaat"].mentions) == 2


def test_a_prime_minister_is_not_one_of_two_ministers():
    text = ("Perdana Menteri Kanada Mark Carney menerima Menteri Luar Negeri Jepang Takeshi Iwaya dan "
            "Menteri Perdagangan Jepang Yoji Muto. Kedua menteri lalu berangkat.")
    actors = by_name(find_actors(text))
    pair = text.index("Kedua menteri")
    assert not any(m.start == pair for m in actors["Mark Carney"].mentions)
    assert any(m.start == pair for m in actors["Yoji Muto"].mentions)


def test_mereka_points_back_to_the_group_last_named():
    text = ("Milisi Wagner menguasai kota Bakhmut pada Mei. Sebulan kemudian, mereka bergerak ke Rostov. "
            "Para petani mengatakan mereka lelah.")
    actors = by_name(find_actors(text))
    starts = [m.start for m in actors["Milisi Wagner"].mentions] if "Milisi Wagner" in actors else \
        [m.start for m in actors["Wagner"].mentions]
    assert text.index("mereka") in starts
    assert text.rindex("mereka") not in starts


def test_a_named_document_is_no_actor():
    names = {a.name for a in find_actors("Kedua kubu meneken Deklarasi Jeddah dan menghormati Perjanjian Paris.")}
    assert not names & {"Deklarasi Jeddah", "Perjanjian Paris", "Jeddah", "Paris"}


@pytest.mark.parametrize("text, body, person", [
    ("Direktur Utama Pertamina Dwi Soetjipto mengatakan hal itu.", "Pertamina", "Dwi Soetjipto"),
    ("Ketua Umum Partai Golkar Airlangga Hartarto hadir.", "Partai Golkar", "Airlangga Hartarto"),
    ("Direktur Eksekutif Indef Tauhid Ahmad menilai kebijakan itu.", "Indef", "Tauhid Ahmad"),
    ("Juru bicara Hamas Hazem Qassem menolak usulan itu.", "Hamas", "Hazem Qassem"),
])
def test_the_body_named_between_a_title_and_a_name_is_no_part_of_the_name(text, body, person):
    actors = by_name(find_actors(text))
    assert actors[body].kind == "organization" and actors[person].kind == "person"


def test_a_complete_title_leaves_a_three_word_name_whole():
    assert "Teddy Indra Wijaya" in by_name(find_actors("Sekretaris Kabinet Teddy Indra Wijaya hadir."))
    assert "Muhammad Ali Akbar" in by_name(find_actors("Direktur Utama Muhammad Ali Akbar hadir."))


def test_a_seat_inside_a_title_is_its_state_and_the_name_follows():
    actors = by_name(find_actors("Juru bicara Gedung Putih Jen Psaki mengatakan hal itu."))
    assert actors["Jen Psaki"].kind == "person" and "Amerika Serikat" in actors


def test_an_organization_name_ends_before_its_acronym():
    actors = by_name(find_actors("Tentara Pembebasan Rakyat (PLA) China memulai latihan. PLA menembakkan rudal."))
    assert actors["Tentara Pembebasan Rakyat"].aliases == ["PLA"]


def test_a_title_before_a_comma_is_no_title_of_the_name_after_it():
    text = ("Surat itu diantarkan oleh tangan kanan sang pemimpin, Kim Yong Chol, ke Ruang Oval. "
            "Kim Yong Chol lalu kembali ke Pyongyang.")
    actors = by_name(find_actors(text))
    assert actors["Kim Yong Chol"].kind == "person"
    assert not any(" " in a and a.startswith(("yang", "diantarkan")) for a in actors["Kim Yong Chol"].aliases)


def test_an_honorific_opens_no_name_and_a_shorter_form_is_the_same_person():
    text = ("Menteri Luar Negeri UEA Sheikh Abdullah bin Zayed Al Nahyan hadir. "
            "Trump lalu bertemu Abdullah bin Zayed secara terpisah.")
    actors = by_name(find_actors(text))
    assert len(actors["Abdullah bin Zayed Al Nahyan"].mentions) == 2


@pytest.mark.parametrize("text, body, person", [
    ("Pengamat hubungan internasional Universitas Padjadjaran Teuku Rezasyah menilai langkah itu tepat.",
     "Universitas Padjadjaran", "Teuku Rezasyah"),
    ("Analis Carnegie Endowment Alexander Gabuev menilai Beijing tidak terburu-buru.",
     "Carnegie Endowment", "Alexander Gabuev"),
])
def test_a_body_of_several_words_after_a_title_ends_two_words_before_the_end(text, body, person):
    actors = by_name(find_actors(text))
    assert actors[body].kind == "organization" and actors[person].kind == "person"


def test_a_ministry_portfolio_goes_on_after_dan():
    assert "Kementerian Kelautan dan Perikanan" in by_name(find_actors("Kementerian Kelautan dan Perikanan mencatat 87 kapal."))


def test_a_group_name_of_two_words_and_an_honorific_before_a_known_person():
    actors = by_name(find_actors("Iran menyerang markas kelompok militan Jaish al-Adl. Biden berterima kasih kepada "
                                 "Emir Qatar Sheikh Tamim bin Hamad Al Thani."))
    assert actors["Jaish al-Adl"].kind == "organization"
    assert "Sheikh" not in actors and actors["Tamim bin Hamad Al Thani"].kind == "person"


@pytest.mark.parametrize("text, person", [
    ("Perdana Menteri Malaysia Datuk Seri Anwar Ibrahim tiba di Jakarta.", "Anwar Ibrahim"),
    ("Tan Sri Muhyiddin Yassin mengkritik pemerintah.", "Muhyiddin Yassin"),
    ("Menteri Luar Negeri Malaysia Dato' Sri Mohamad Hasan menelepon Sugiono.", "Mohamad Hasan"),
    ("Datuk Razali Ismail bertemu pimpinan junta.", "Razali Ismail"),
])
def test_a_malay_style_is_of_the_title_not_of_the_name(text, person):
    actors = by_name(find_actors(text))
    assert actors[person].kind == "person"
    assert not any(name.startswith(("Datuk", "Dato", "Tan Sri", "Seri", "Sri ")) for name in actors)


def test_a_burmese_name_keeps_its_tun():
    assert "Tun Tun Naing" in by_name(find_actors("Juru bicara junta Tun Tun Naing membantah laporan itu."))


def test_english_organization_names_and_the_person_after_their_acronym():
    actors = by_name(find_actors("Pengamat militer Institute for Security and Strategic Studies (ISESS) Khairul Fahmi "
                                 "menilai kesepakatan itu menguntungkan."))
    assert actors["Institute for Security and Strategic Studies"].aliases == ["ISESS"]
    assert actors["Khairul Fahmi"].kind == "person"


def test_the_government_of_a_known_leader_is_his_state_and_a_body_names_its_state():
    actors = by_name(find_actors("Pemerintah Maduro menolak tuduhan itu. Parlemen Peru menunda sidang."))
    assert "Pemerintah Maduro" in actors["Venezuela"].aliases
    assert actors["Parlemen Peru"].kind == "organization" and actors["Peru"].kind == "country"


@pytest.mark.parametrize("text, body, person", [
    ("Vice President Corporate Communication Pertamina Ali Mundakir mengatakan hal itu.", "Pertamina", "Ali Mundakir"),
    ("Presiden Direktur Freeport Indonesia Tony Wenas hadir.", "Freeport Indonesia", "Tony Wenas"),
    ("Direktur Eksekutif Amnesty International Indonesia Usman Hamid hadir.", "Amnesty International Indonesia",
     "Usman Hamid"),
])
def test_a_body_and_its_country_branch_between_a_title_and_a_name(text, body, person):
    actors = by_name(find_actors(text))
    assert actors[body].kind == "organization" and actors[person].kind == "person"
    assert "Indonesia" not in actors or body == "Pertamina"


def test_untitled_english_market_names_are_no_people():
    names = {a.name: a.kind for a in find_actors("Harga minyak West Texas Intermediate naik di Wall Street. "
                                                 "Pasar West Texas Intermediate dan Wall Street ramai.")}
    assert names.get("Wall Street") != "person" and names.get("West Texas Intermediate") != "person"


def test_a_lone_word_after_a_title_that_the_article_names_as_a_body_is_that_body():
    actors = {a.name: a.kind for a in find_actors("Kementerian Energi Pertamina menaikkan harga. Direktur Pertamina "
                                                  "menolak berkomentar. Harga di negara-negara Teluk turun.")}
    assert actors.get("Teluk") != "person"


def test_an_ordinary_word_that_is_the_surname_of_someone_named_is_that_person():
    # "wong" is an ordinary word too; after "Lawrence Wong", "Wong" is him, opening a sentence or not
    actors = find_actors("Perdana Menteri Singapura Lawrence Wong tiba di Putrajaya. Sehari sebelumnya, Wong "
                         "menghadap Raja. Wong menuturkan hal itu. Hari ini ia pulang.")
    wong = next(a for a in actors if a.name == "Lawrence Wong")
    assert [m.text for m in wong.mentions][:3] == ["Lawrence Wong", "Wong", "Wong"]


def test_a_surname_after_an_arabic_article_is_named_without_it():
    # "sisi" is an ordinary word too ("di sisi lain"); after "Abdel Fattah al-Sisi", "Sisi" is him
    actors = find_actors("Presiden Abdel Fattah al-Sisi menegaskan Mesir berhak. Di sisi lain, pada Juli 2023, Sisi "
                         "dan Abiy bertemu di Kairo.")
    sisi = next(a for a in actors if a.name == "Abdel Fattah al-Sisi")
    assert [m.text for m in sisi.mentions] == ["Abdel Fattah al-Sisi", "Sisi"]


def test_a_spokesperson_whose_name_opens_with_an_ordinary_word_is_parted_from_the_ministry():
    actors = {a.name: a.kind for a in find_actors(
        "Juru bicara Kementerian Luar Negeri RI Lalu Muhamad Iqbal menyatakan tidak ada korban.")}
    assert actors.get("Lalu Muhamad Iqbal") == "person" and "Kementerian Luar Negeri RI Lalu" not in actors


@pytest.mark.parametrize("sentence, name, title_part", [
    # "taro", "dong", "bola" are ordinary words too: after the title's country they open the name
    ("Menlu Jepang Taro Kono menemui mitranya di Bangkok.", "Taro Kono", "Menlu"),
    ("Ia bertemu Menteri Pertahanan China Dong Jun di Singapura.", "Dong Jun", "Menteri Pertahanan"),
    ("Presiden Nigeria Bola Tinubu menyerukan dialog.", "Bola Tinubu", "Presiden"),
    # ... and right after the title, before a last word
    ("Delegasi dipimpin Menteri Pertahanan Dong Jun.", "Dong Jun", "Menteri Pertahanan"),
    # initials after the title's country open the name too
    ("Perdana Menteri Nepal KP Sharma Oli tiba di Beijing.", "KP Sharma Oli", "Perdana Menteri"),
    ("Wakil Presiden AS JD Vance tiba di Paris.", "JD Vance", "Wakil Presiden"),
    # ... and a title set off by commas before such a name
    ("Juru bicara Kemlu, Lalu Muhamad Iqbal, mengatakan semua selamat.", "Lalu Muhamad Iqbal", "Juru bicara"),
])
def test_a_name_opening_with_an_ordinary_word_after_its_title_is_whole(sentence, name, title_part):
    actors = by_name(find_actors(sentence))
    assert name in actors and actors[name].kind == "person"
    assert title_part in actors[name].title
    assert name.split()[-1] not in actors and " ".join(name.split()[1:]) not in actors


def test_a_title_word_after_the_country_stays_in_the_title():
    actors = by_name(find_actors("Presiden Terpilih AS Donald Trump dan Wakil Presiden Filipina Sara Duterte hadir."))
    assert "Donald Trump" in actors and "Sara Duterte" in actors


def test_the_pentagon_is_the_defence_department_not_the_country():
    actors = by_name(find_actors("Juru bicara Pentagon Brigjen Pat Ryder mengatakan Departemen Pertahanan AS "
                                 "memantau balon itu."))
    assert actors["Pentagon"].kind == "organization" and "Amerika Serikat" not in actors
    assert "Pat Ryder" in actors


def test_a_name_after_tentara_bayaran_is_an_organization():
    actors = by_name(find_actors("Rusia memasok senjata kepada tentara bayaran Wagner di Libya."))
    assert actors["Wagner"].kind == "organization"


@pytest.mark.parametrize("sentence, name", [
    ("Perjanjian itu diteken Presiden Rusia saat itu Dmitry Medvedev di Praha.", "Dmitry Medvedev"),
    ("Ia bertemu Presiden Vietnam kala itu, Nguyen Xuan Phuc, di Hanoi.", "Nguyen Xuan Phuc"),
])
def test_a_former_holder_after_saat_itu_takes_the_title(sentence, name):
    actors = by_name(find_actors(sentence))
    assert actors[name].kind == "person" and actors[name].title.startswith("Presiden")


def test_a_body_then_a_known_person_are_two_actors():
    actors = by_name(find_actors("Pemimpin oposisi Partai Buruh Anthony Albanese mengecam pemerintah."))
    assert actors["Partai Buruh"].kind == "organization" and actors["Anthony Albanese"].kind == "person"


def test_the_government_of_a_known_president_is_the_country_and_the_president():
    actors = by_name(find_actors("Pemerintah Presiden William Ruto mengirim polisi ke Haiti."))
    assert actors["Kenya"].kind == "country" and actors["William Ruto"].kind == "person"
    assert not any(n.startswith("Pemerintah") for n in actors)


def test_a_spokesperson_of_a_palace_is_parted_from_it():
    actors = by_name(find_actors("Juru bicara Istana Kepresidenan Korea Selatan Kim Eui-kyeom mengatakan itu."))
    assert actors["Kim Eui-kyeom"].kind == "person"
    assert actors["Istana Kepresidenan Korea Selatan"].kind == "organization"


@pytest.mark.parametrize("sentence", [
    "Pemerintah Amerika Serikat menolak permintaan itu.",
    "Delegasi Amerika Serikat tiba di Riyadh.",
])
def test_a_country_whose_name_ends_in_an_organization_head_word_is_the_country(sentence):
    # "serikat" heads unions ("Serikat Pekerja"), but "Amerika Serikat" is a country
    actors = by_name(find_actors(sentence))
    assert actors["Amerika Serikat"].kind == "country"
    assert not any(n.startswith(("Pemerintah", "Delegasi")) for n in actors)


@pytest.mark.parametrize("text, expected", [
    ("Pada Juli 2015, Bangkok mendeportasi 109 warga Uighur ke China.", ("Thailand", "country")),
    ("Jakarta menolak tuduhan itu.", ("Indonesia", "country")),
    ("KTT itu digelar di Bangkok pada Senin.", ("Bangkok", "place")),
    ("Jakarta menjadi tuan rumah KTT ASEAN.", ("Jakarta", "place")),
])
def test_a_capital_known_as_a_venue_acting_as_a_subject_is_its_state(text, expected):
    first = find_actors(text)[0]
    assert (first.name, first.kind) == expected


@pytest.mark.parametrize("text, name, kind", [
    ("Putin berpidato di Forum Ekonomi Internasional St. Petersburg pada Juni.",
     "Forum Ekonomi Internasional St. Petersburg", "organization"),
    ("Burhan terbang ke Mesir dari Port Sudan, kota di pesisir Laut Merah.", "Port Sudan", "place"),
    ("Port Vila menolak tuduhan itu.", "Vanuatu", "country"),
])
def test_a_name_with_an_abbreviation_or_a_port_word_is_whole(text, name, kind):
    actors = by_name(find_actors(text))
    assert name in actors and actors[name].kind == kind


@pytest.mark.parametrize("text, org, person", [
    ("Direktur Eksekutif Indonesian Centre for South Asian Studies, Arief Nugroho, menilai kunjungan itu penting.",
     "Indonesian Centre for South Asian Studies", "Arief Nugroho"),
    ("Peneliti Horn Policy Forum di Nairobi, Mero Adan, menilai langkah itu.", "Horn Policy Forum", "Mero Adan"),
    ("Belt and Road Initiative (BRI) diluncurkan Presiden Xi Jinping pada 2013.", "Belt and Road Initiative",
     "Xi Jinping"),
    ("Peneliti Centre for Strategic and International Studies (CSIS) Kristiarto Legowo menilai, kata Presiden "
     "Prabowo Subianto.", "Centre for Strategic and International Studies", "Prabowo Subianto"),
])
def test_an_english_name_of_a_body_after_a_title_is_whole(text, org, person):
    actors = by_name(find_actors(text))
    assert actors[org].kind == "organization" and actors[person].kind == "person"


@pytest.mark.parametrize("text, body, person", [
    ("Kepala Bakamla Laksamana Madya Irvansyah mengatakan, kapal itu diusir.", "Bakamla", "Irvansyah"),
    ("Menteri Agama Lukman Hakim Saifuddin menuturkan, kuota naik.", None, "Lukman Hakim Saifuddin"),
])
def test_a_rank_after_a_titles_body_opens_the_name_and_a_title_word_inside_a_name_does_not(text, body, person):
    actors = by_name(find_actors(text))
    assert actors[person].kind == "person"
    assert body is None or actors[body].kind == "organization"


def test_keempat_menteri_points_to_the_four_ministers_last_named():
    text = ("Menteri Luar Negeri AS Antony Blinken, Menteri Luar Negeri Jepang Yoko Kamikawa, Menteri Luar Negeri "
            "Australia Penny Wong, dan Menteri Luar Negeri Filipina Enrique Manalo bertemu di Tokyo. Keempat menteri "
            "sepakat memperkuat kerja sama.")
    pos = text.index("Keempat menteri")
    named = {a.name for a in find_actors(text) if any(m.start == pos for m in a.mentions)}
    assert named == {"Antony Blinken", "Yoko Kamikawa", "Penny Wong", "Enrique Manalo"}


@pytest.mark.parametrize("text, expected", [
    ("Pengamat hubungan internasional Universitas Airlangga, Rizal Hakim, menilai langkah itu penting.",
     ("Rizal Hakim", "person")),
    ("Presiden Prabowo Subianto menerima tamunya di Istana Bogor, Jawa Barat, Senin (25/8).", None),
])
def test_a_name_with_an_ordinary_word_set_off_after_a_title_is_a_person_but_not_after_a_place(text, expected):
    actors = by_name(find_actors(text))
    if expected is None:
        assert "Jawa Barat" not in actors or actors["Jawa Barat"].kind != "person"
    else:
        assert actors[expected[0]].kind == expected[1]


@pytest.mark.parametrize("text, expected", [
    # a known person's one-word alias opening another's full name
    ("Wakil Ketua Umum Majelis Ulama Indonesia (MUI) Anwar Abbas menilai evakuasi itu berisiko.",
     {"Anwar Abbas": "person", "Majelis Ulama Indonesia": "organization"}),
    ("Dissanayake menunjuk akademisi Harini Amarasuriya sebagai perdana menteri.", {"Harini Amarasuriya": "person"}),
    ("Prancis dan Hungaria tetap mengirim duta besarnya; Knesset menolak resolusi itu.",
     {"Hongaria": "country", "Knesset": "organization"}),
])
def test_names_a_gazetteer_alias_opens_and_more_bodies(text, expected):
    actors = by_name(find_actors(text))
    assert {n: actors[n].kind for n in expected if n in actors} == expected
    assert "Anwar Ibrahim" not in actors and "Mahmoud Abbas" not in actors


@pytest.mark.parametrize("text, name", [
    ("Komisioner Perdagangan Uni Eropa Maroš Šefčovič mengatakan rincian kesepakatan itu.", "Maroš Šefčovič"),
    ("Menteri Perladangan dan Komoditas Fadillah Yusof hadir.", "Fadillah Yusof"),       # a portfolio unknown to the lexicon
    ("Perdana Menteri Saint Vincent dan Grenadines Ralph Gonsalves hadir.", "Ralph Gonsalves"),
])
def test_titles_with_a_commissioner_an_unknown_portfolio_or_a_long_country_name_the_person(text, name):
    actors = by_name(find_actors(text))
    assert actors[name].kind == "person" and actors[name].title


def test_a_person_named_in_full_only_in_a_photo_caption_is_the_surname_of_the_story():
    text = ("Sri Lanka Teken Kesepakatan Utang\n"
            "Foto: Presiden Sri Lanka Ranil Wickremesinghe dalam sebuah acara di Kolombo. (REUTERS/Dinuka Liyanawatte)\n"
            "KOLOMBO - Wickremesinghe dijadwalkan terbang ke Beijing pekan depan.\n")
    actors = {a.name: a for a in find_actors(text)}
    assert "Ranil Wickremesinghe" in actors and "Wickremesinghe" in actors["Ranil Wickremesinghe"].aliases, actors
    assert not any("Liyanawatte" in n or n == "Reuters" for n in actors), list(actors)


@pytest.mark.parametrize("text, name, kind", [
    ("Juru bicara Kemenhub Ardhi Wicaksana menegaskan hal itu.", "Kementerian Perhubungan", "organization"),
    ("Sejak itu, OPEC+ memangkas produksi dua juta barel per hari.", "OPEC+", "organization"),
    ("Keputusan OPEC memicu kemarahan Washington.", "OPEC", "organization"),
    ("Hong Kong dan Makau juga memberlakukan pembatasan impor.", "Makau", "place"),
    ("Majelis rendah parlemen Rusia (Duma) meratifikasi perjanjian itu.", "Duma Negara", "organization"),
    ("Negara-negara pulau kecil (AOSIS) mengecam draf itu.", "AOSIS", "organization"),
])
def test_bodies_and_territories_known_by_their_short_names(text, name, kind):
    actors = {a.name: a.kind for a in find_actors(text)}
    assert actors.get(name) == kind, actors


def test_an_abbreviated_portfolio_is_part_of_the_title():
    actors = find_actors("Menko Polhukam Budi Gunawan mengatakan pemerintah akan menindak tegas.")
    assert [a.name for a in actors] == ["Budi Gunawan"], [(a.name, a.title) for a in actors]


@pytest.mark.parametrize("text, name, title", [
    ("Ancaman itu disampaikan anggota kabinet perang Benny Gantz pada Minggu.", "Benny Gantz", "anggota kabinet perang"),
    ("Utusan Khusus Presiden AS untuk Iklim John Kerry menuturkan hal itu.", "John Kerry",
     "Utusan Khusus Presiden AS untuk Iklim"),
    ("Kuasa Usaha Pakistan di Kabul, Ubaid-ur-Rehman Nizamani, ikut menjembatani.", "Ubaid-ur-Rehman Nizamani",
     "Kuasa Usaha Pakistan di Kabul"),
    ("Muizzu mengalahkan petahana Ibrahim Mohamed Solih.", "Ibrahim Mohamed Solih", "petahana"),
    ("Menteri Ekonomi, Perdagangan, dan Industri Yasutoshi Nishimura tiba.", "Yasutoshi Nishimura",
     "Menteri Ekonomi Perdagangan dan Industri"),
])
def test_unknown_people_after_titles_of_lower_case_or_listed_portfolios(text, name, title):
    people = {a.name: a.title for a in find_actors(text) if a.kind == "person"}
    assert people.get(name) == title, people


def test_a_list_of_ministers_is_not_one_portfolio_list():
    text = "Hadir Menteri Luar Negeri Retno Marsudi, Menteri Perdagangan Zulkifli Hasan, dan Menteri BUMN Erick Thohir."
    assert [a.name for a in find_actors(text)] == ["Retno Marsudi", "Zulkifli Hasan", "Erick Thohir"]


@pytest.mark.parametrize("text, names", [
    ("Pemerintah Korea Selatan dan Jepang menyatakan keprihatinan.", ["Korea Selatan", "Jepang"]),
    ("Malaysia mengutus pejabat Kementerian Perladangan dan Komoditi.", ["Malaysia", "Kementerian Perladangan dan Komoditi"]),
])
def test_and_after_a_government_names_a_second_state_but_goes_on_in_a_ministry(text, names):
    assert [a.name for a in find_actors(text)] == names


@pytest.mark.parametrize("text, body, alias", [
    ("Ketua Umum Gabungan Pengusaha Kelapa Sawit Indonesia (GAPKI) Eddy Martono mengingatkan hal itu.",
     "Gabungan Pengusaha Kelapa Sawit Indonesia", "GAPKI"),
    ("Peneliti Royal Thimphu College, Tshering Choden, menilai Bhutan sedang berubah.", "Royal Thimphu College", None),
    ("Peneliti Carnegie Endowment for International Peace, Milan Vaishnav, menilai hal itu.",
     "Carnegie Endowment for International Peace", None),
])
def test_the_body_inside_a_title_is_an_actor_and_no_name(text, body, alias):
    actors = by_name(find_actors(text))
    assert actors[body].kind == "organization", list(actors)
    assert alias is None or alias in actors[body].aliases
    assert not any(a.kind == "person" and a.name in body for a in actors.values()), list(actors)


def test_a_compound_opened_by_a_seat_s_name_in_a_title_case_headline_is_no_state():
    text = "Perbatasan Dibuka Setelah Ditutup Akibat Baku Tembak\nISLAMABAD - Pakistan membuka perbatasan Torkham."
    assert [a.name for a in find_actors(text)] == ["Pakistan"]


@pytest.mark.parametrize("text, name", [
    ("Meksiko memberikan suaka politik kepada istri Castillo, Lilia Paredes, dan kedua anak mereka.", "Lilia Paredes"),
    ("Ekonom itu menggantikan Alberto Fernandez untuk masa jabatan empat tahun.", "Alberto Fernandez"),
    ("Xi tiba bersama istrinya, Peng Liyuan, di bandara.", "Peng Liyuan"),
    # a title parted from the name by ordinary words
    ('"Pasien terus bertambah," tutur dokter klinik tersebut, Naw Htoo Paw.', "Naw Htoo Paw"),
    # a pair of states joined by a hyphen, then the name
    ("Pembakaran itu dilakukan politikus sayap kanan Swedia-Denmark Rasmus Paludan pada Sabtu.", "Rasmus Paludan"),
    # "Syiah" is no part of a name
    ("Massa pendukung ulama Syiah Moqtada al-Sadr memanjat pagar.", "Moqtada al-Sadr"),
])
def test_an_unknown_name_named_once_is_a_person_when_kin_or_a_role_introduces_it(text, name):
    actors = by_name(find_actors(text))
    assert name in actors and actors[name].kind == "person", list(actors)


@pytest.mark.parametrize("text", [
    "Militer menggelar latihan gabungan skala besar bertajuk Keris Woomera di Jawa Timur.",
    "Indonesia dan Australia meneken Perjanjian Kerja Sama Pertahanan (Defence Cooperation Agreement).",
])
def test_the_name_of_a_thing_named_once_is_no_person(text):
    assert not [a for a in find_actors(text) if a.kind == "person"], find_actors(text)


def test_a_body_named_after_a_pair_of_states_stays_one_body():
    actors = by_name(find_actors("Ia berbicara di forum US-Indonesia Society di Washington."))
    assert actors["US-Indonesia Society"].kind == "organization", list(actors)


def test_banks_and_wire_services_economic_news_quotes_are_organizations():
    # (two capitalized words read as a person: "Morgan Stanley", "analis Commerzbank")
    text = ("Analis Morgan Stanley, Adam Longson, mengatakan harga akan turun. Analis Commerzbank Carsten Fritsch "
            "menilai pasar cemas, menurut Dow Jones Newswires.")
    kinds = {a.name: a.kind for a in find_actors(text)}
    assert kinds == {"Morgan Stanley": "organization", "Adam Longson": "person", "Commerzbank": "organization",
                     "Carsten Fritsch": "person", "Dow Jones Newswires": "organization"}


def test_after_a_body_named_by_its_head_word_the_rest_is_the_persons_name():
    # ("Pri" was taken for a second body and the person cut to "Rakhmanto")
    text = "Direktur Eksekutif Reformis Institute Pri Agung Rakhmanto mengatakan harga akan turun."
    assert {a.name: a.kind for a in find_actors(text)} == {
        "Reformis Institute": "organization", "Pri Agung Rakhmanto": "person"}


def test_the_language_data_is_compiled_once():
    # (an extraction that compiled the gazetteers again took 17 ms more an article)
    assert load_lang("id") is load_lang("id")


def test_the_speaker_a_quote_closes_on_is_a_person_though_named_once_and_untitled():
    text = 'Pertamina menunda pemasangan. "Pemasangan tertunda," kata Budi Mundakir.'
    assert {a.name: a.kind for a in find_actors(text)} == {"Pertamina": "organization", "Budi Mundakir": "person"}


def test_a_place_inside_the_name_of_a_market_or_a_traded_good_is_no_actor():
    # ("Texas" was an actor of every oil-price article, from "West Texas Intermediate")
    text = ("Harga minyak mentah West Texas Intermediate (WTI) turun di New York Mercantile Exchange. "
            "Gubernur Texas menutup perbatasan. Menurut Mekong Futures Institute, harga turun.")
    names = [a.name for a in find_actors(text)]
    assert names.count("Texas") == 1 and "New York" not in names and "Mekong Futures Institute" in names
    texas = next(a for a in find_actors(text) if a.name == "Texas")
    assert [text[m.start:m.end] for m in texas.mentions] == ["Texas"] and texas.mentions[0].start > 90


def test_a_name_written_family_name_first_is_short_for_its_first_word():
    # Chinese and Korean names put the family name first: "Mao" is Mao Ning, never "Ning"; "Ban" (an
    # ordinary word too: a tyre) after "Ban Ki-moon" is him
    actors = {a.name: a for a in find_actors(
        "Juru bicara Kementerian Luar Negeri China Mao Ning mengecam Jepang. Mao mengatakan Beijing akan "
        "membalas. Mantan Sekjen PBB Ban Ki-moon tiba di Seoul. Ban bertemu Kanselir Jerman Olaf Scholz.")}
    assert "Mao" in actors["Mao Ning"].aliases and "Ning" not in actors["Mao Ning"].aliases
    assert [m.text for m in actors["Ban Ki-moon"].mentions][-1] == "Ban"
    assert "Scholz" in actors["Olaf Scholz"].aliases


def test_a_name_named_once_beside_a_titled_person_is_a_person():
    # no title of his own, named once: beside "Pangeran Faisal bin Farhan" he is a person all the same
    names = {a.name: a.kind for a in find_actors(
        "Menteri Luar Negeri kedua negara, Pangeran Faisal bin Farhan dan Hossein Amir-Abdollahian, "
        "dijadwalkan bertemu di Beijing.")}
    assert names.get("Hossein Amir-Abdollahian") == "person"


def test_a_body_written_now_in_capitals_now_not_is_one_actor():
    text = ("Proyek itu dikerjakan PT INTI (Persero) bersama Pertamina.\n"
            "Direktur Utama PT Inti Tikno Sutisna mengatakan pemasangan berjalan.")
    bodies = [a for a in find_actors(text) if a.name.casefold() == "pt inti"]
    assert [(a.name, len(a.mentions)) for a in bodies] == [("PT Inti", 2)]


def test_an_unknown_acronym_after_a_place_word_is_no_place():
    # ("antre di SPBU": a filling station, no place named; "ke Pituffik" is one)
    names = by_name(find_actors("Warga antre di SPBU sejak pagi. Vance lalu terbang ke Pituffik."))
    assert "SPBU" not in names and names["Pituffik"].kind == "place"


def test_a_shoal_is_a_place_and_its_name_alone_is_the_same_place():
    text = ("Kapal China menembakkan meriam air di sekitar Dangkalan Scarborough pada Selasa.\n"
            "Manila menyebut Scarborough berada di zona ekonomi eksklusifnya.")
    places = [a for a in find_actors(text) if "Scarborough" in a.name]
    assert [(a.name, a.kind, "Scarborough" in a.aliases) for a in places] == [("Dangkalan Scarborough", "place", True)]


def test_amnesty_international_is_one_organization():
    actors = by_name(find_actors("Laporan Amnesty International itu dibantah pemerintah Myanmar."))
    assert actors["Amnesty International"].kind == "organization" and "Amnesty" not in actors


def test_an_english_committee_or_authority_is_an_organization():
    actors = by_name(find_actors("Juru bicara Palestinian Monetary Authority dan Joint Border Committee hadir."))
    assert actors["Palestinian Monetary Authority"].kind == "organization"
    assert actors["Joint Border Committee"].kind == "organization"


def test_the_armed_service_after_a_rank_is_part_of_the_rank():
    actors = by_name(find_actors("Kepala Biro Humas Kementerian Pertahanan Brigjen TNI Frega Wenas menegaskan hal itu. "
                                 "Sekretaris Jenderal PBB Antonio Guterres menyambutnya."))
    assert "TNI" not in actors and actors["Frega Wenas"].kind == "person" and "PBB" in actors


def test_a_trade_or_a_sport_before_a_name_is_a_title():
    actors = by_name(find_actors("Pilot Phillip Mehrtens dibebaskan, sementara sutradara Jafar Panahi ditangkap di Teheran."))
    assert actors["Phillip Mehrtens"].kind == "person" and actors["Jafar Panahi"].kind == "person"


def test_a_ruling_party_in_a_title_is_an_organization_of_its_state():
    actors = by_name(find_actors("Wakil Direktur Departemen Komite Sentral Partai Buruh Korea Kim Yo Jong membantah klaim itu."))
    assert actors["Partai Buruh Korea"].kind == "organization" and actors["Kim Yo Jong"].kind == "person"
    assert "Buruh Korea" not in actors


def test_the_joint_chiefs_of_staff_are_an_organization_not_a_title():
    actors = by_name(find_actors("Kepala Staf Gabungan (JCS) Korsel menyebut peluru itu ditembakkan pada Jumat."))
    assert actors["Kepala Staf Gabungan"].kind == "organization" and "Korea Selatan" in actors


@pytest.mark.parametrize("text, words, body", [
    ("Pertemuan para menteri luar negeri ASEAN digelar di Luang Prabang. Menteri Luar Negeri Filipina Enrique "
     "Manalo memaparkan insiden itu. Para menteri menyatakan keprihatinan.", "Para menteri", "ASEAN"),
    ("Presiden Prabowo menghadiri KTT ke-46 ASEAN di Kuala Lumpur. Dalam KTT yang sama, para pemimpin mengesahkan "
     "deklarasi itu.", "para pemimpin", "ASEAN"),
])
def test_leaders_or_ministers_told_bare_are_those_of_the_body_last_named_with_their_word(text, words, body):
    actors = {a.name: a for a in find_actors(text)}
    assert words in [m.text for m in actors[body].mentions], [(a.name, [m.text for m in a.mentions]) for a in actors.values()]


def test_leaders_with_a_body_of_their_own_are_not_the_summit_told_before():
    text = "Prabowo menghadiri KTT ASEAN di Kuala Lumpur. Para pemimpin Uni Eropa bertemu di Brussels."
    actors = {a.name: a for a in find_actors(text)}
    assert "Para pemimpin" not in [m.text for m in actors["ASEAN"].mentions]


def test_both_sides_are_never_the_mediators_of_their_deal():
    text = ("Delegasi Angkatan Bersenjata Sudan (SAF) dan Pasukan Dukungan Cepat (RSF) menandatangani gencatan senjata "
            "di Jeddah. Kesepakatan yang difasilitasi Arab Saudi dan Amerika Serikat itu berlaku tujuh hari. Lima hari "
            "kemudian, kedua pihak meneken Deklarasi Jeddah.")
    sides = {a.name for a in find_actors(text) if "kedua pihak" in [m.text for m in a.mentions]}
    assert sides == {"Angkatan Bersenjata Sudan", "Rapid Support Forces"}, sides


@pytest.mark.parametrize("text, person, nickname", [
    ("Juru Bicara Kementerian Luar Negeri RI Rolliansyah Soemirat menyesalkan insiden itu. \"Kami mendesak agar "
     "proses hukum berjalan transparan,\" ujar Roy, sapaan akrabnya, kemarin.", "Rolliansyah Soemirat", "Roy"),
    ("Pemimpin koalisi geng G9 Jimmy Cherizier alias Barbecue mengancam pasukan Kenya. Barbecue menolak berunding.",
     "Jimmy Cherizier", "Barbecue"),
    ("Menteri Pertahanan Somalia Ahmed Haroun Saleh, yang dikenal dengan sebutan Jibril, menolak gencatan senjata. "
     "Jibril mengecam tentara Ethiopia.", "Ahmed Haroun Saleh", "Jibril"),
])
def test_a_nickname_told_beside_a_name_names_that_person(text, person, nickname):
    actors = {a.name: a for a in find_actors(text)}
    assert nickname in [m.text for m in actors[person].mentions], [(a.name, [m.text for m in a.mentions]) for a in actors.values()]
    assert nickname not in actors
