"""Actors on unseen news: regional and international bodies, Title Case headlines, people
introduced by a title or a role. Every sentence here is made up."""
import pytest

from timeline.extraction.actors import find_actors


def by_name(actors):
    return {a.name: a for a in actors}


def pointed_to(text: str, at: int) -> set:
    """The actors a reference starting at `at` ("kedua negara", "tiga negara ...") is read as."""
    return {a.name for a in find_actors(text) if any(m.start == at for m in a.mentions)}


@pytest.mark.parametrize("sentence, name", [
    ("Para menteri ECOWAS bertemu di Accra pada Senin.", "ECOWAS"),
    ("Komunitas Ekonomi Negara-Negara Afrika Barat menolak usulan itu.", "ECOWAS"),
    ("Delegasi SADC tiba di Harare.", "SADC"),
    ("Negara anggota CARICOM menyambut baik keputusan itu.", "CARICOM"),
    ("Para pemimpin Dewan Kerja Sama Teluk menggelar pertemuan.", "Dewan Kerja Sama Teluk"),
    ("Negara-negara GCC sepakat menaikkan produksi.", "Dewan Kerja Sama Teluk"),
    ("Forum Kepulauan Pasifik membahas perubahan iklim.", "Forum Kepulauan Pasifik"),
    ("Indonesia membawa sengketa itu ke Mahkamah Internasional di Den Haag.", "Mahkamah Internasional"),
    ("Gugatan diajukan ke ICJ oleh Chile.", "Mahkamah Internasional"),
    ("Jaksa ICC meminta surat penangkapan.", "Mahkamah Pidana Internasional"),
    ("Organisasi Negara-Negara Amerika mengirim pemantau.", "Organisasi Negara-Negara Amerika"),
    ("Brasil menjadi tuan rumah pertemuan Mercosur.", "Mercosur"),
    ("Uni Afrika (UA) menangguhkan keanggotaan Gabon.", "Uni Afrika"),
    ("Menlu Pakistan berbicara di forum OKI.", "Organisasi Kerja Sama Islam"),
    ("Organisasi Kerja Sama Shanghai menerima anggota baru.", "Organisasi Kerja Sama Shanghai"),
])
def test_regional_and_international_bodies_are_known(sentence, name):
    actors = by_name(find_actors(sentence))
    assert name in actors and actors[name].kind == "organization"


def test_title_case_headline_words_are_no_names():
    text = ("Menlu Brasil Tolak Usulan Baru Dari Dewan Keamanan Soal Sanksi\n\n"
            "BRASILIA, KOMPAS.com - Menteri Luar Negeri Brasil Mauro Vieira menolak usulan itu pada Senin.\n\n"
            "BACA JUGA:\nKepala Negara Chile Kunjungi Pelabuhan Tua Di Valparaiso\n\n"
            "Vieira mengatakan Brasil tetap netral.")
    actors = by_name(find_actors(text))
    assert "Mauro Vieira" in actors and "Brasil" in actors and "Chile" in actors
    assert not any(a.kind in ("person", "organization") and ("Usulan" in a.name or "Pelabuhan" in a.name
                                                           or "Tolak" in a.name) for a in actors.values())


def test_a_sentence_case_headline_still_names_people():
    text = ("Menlu Brasil Mauro Vieira tolak usulan baru soal sanksi\n\n"
            "Vieira mengatakan Brasil tetap netral pada Senin.")
    assert "Mauro Vieira" in by_name(find_actors(text))


@pytest.mark.parametrize("sentence, name, title_part", [
    ("Klaim itu disampaikan juru bicara militer Houthi Rashid Qadiri pada Selasa.", "Rashid Qadiri", "juru bicara"),
    ("Ia menjamu mantan kepala negara Liberia Amos Kollie di Monrovia.", "Amos Kollie", "kepala negara"),
    ("Direktur Pelindungan WNI Kemlu Bayu Santoso mengatakan semua selamat.", "Bayu Santoso", "Pelindungan WNI"),
    ("Menurut Direktur Jenderal Asia Pasifik dan Afrika Kemlu Rina Hapsari, situasi aman.", "Rina Hapsari",
     "Asia Pasifik"),
])
def test_unknown_people_introduced_by_a_title_or_role(sentence, name, title_part):
    actors = by_name(find_actors(sentence))
    assert name in actors and actors[name].kind == "person"
    assert title_part in actors[name].title
    assert not any(w in actors for w in ("Pelindungan", "Asia Pasifik", "Rina"))


def test_wni_alone_is_no_actor():
    names = {a.name for a in find_actors("Sebanyak 40 WNI dievakuasi dari Khartoum. WNI di Sudan aman.")}
    assert "WNI" not in names


def test_a_lower_case_role_set_off_by_commas_titles_the_name():
    actors = by_name(find_actors("Hal itu dikonfirmasi juru bicara Hizbullah, Karim Haddad, pada Senin."))
    assert actors["Karim Haddad"].title == "juru bicara Hizbullah"


def test_an_unknown_name_right_after_its_party_is_a_person():
    actors = by_name(find_actors("Utusan khusus PBB untuk Sudan Ramtane Lamamra tiba di Port Sudan."))
    assert "Ramtane Lamamra" in actors and actors["Ramtane Lamamra"].kind == "person"


def test_leaders_of_the_wider_world_are_known_by_surname():
    actors = by_name(find_actors("Kagame dan Tshisekedi bertemu di Doha. Grossi hadir."))
    assert {"Paul Kagame", "Felix Tshisekedi", "Rafael Grossi"} <= set(actors)
    assert actors["Paul Kagame"].country == "Rwanda"


def test_a_short_indonesian_ministry_name_before_another_country_is_that_countrys():
    actors = by_name(find_actors("Juru bicara Kemlu Vietnam Pham Thu Hang mengatakan hal itu. Kemlu RI diam."))
    assert "Kementerian Luar Negeri Vietnam" in actors
    assert actors["Kementerian Luar Negeri Vietnam"].country == "Vietnam"
    assert actors["Pham Thu Hang"].title == "Juru bicara Kemlu Vietnam"
    assert "Kementerian Luar Negeri RI" in actors       # "Kemlu RI" is still Indonesia's


def test_the_indonesian_foreign_ministry_is_one_actor_however_named():
    actors = by_name(find_actors("Kementerian Luar Negeri Indonesia menyatakan itu. Kemlu RI menambahkan."))
    assert "Kementerian Luar Negeri RI" in actors and "Kementerian Luar Negeri Indonesia" not in actors


@pytest.mark.parametrize("sentence, name, title_part", [
    ("Direktur Jenderal Informasi dan Diplomasi Publik Kemlu Ratna Widuri menjelaskan hal itu.", "Ratna Widuri",
     "Informasi dan Diplomasi Publik"),
    ("Kepala Biro Politik Hamas Khalil al-Rashid tiba di Kairo.", "Khalil al-Rashid", "Biro Politik"),
    ("Konsul Jenderal RI di Jeddah itu menemui Direktur Keamanan Internasional dan Perlucutan Senjata Kemlu "
     "Rudi Wicaksono.", "Rudi Wicaksono", "Perlucutan Senjata"),
])
def test_long_portfolios_and_arabic_articles(sentence, name, title_part):
    actors = by_name(find_actors(sentence))
    assert name in actors and title_part in actors[name].title


def test_ordinary_words_after_a_title_name_a_body_not_a_person():
    names = {a.name for a in find_actors("Kepala Divisi Manajemen Proyek Satuan Kerja Khusus Pelaksana Kegiatan "
                                         "Usaha Hulu Minyak hadir.")}
    assert not any(n.startswith("Satuan") for n in names)


@pytest.mark.parametrize("sentence, name, not_name", [
    ("Menteri Perminyakan Kuwait Tariq al-Roumi tiba di Wina.", "Tariq al-Roumi", "Perminyakan"),
    ("Kepala Penanggulangan Terorisme Polri Marius Lumban hadir.", "Marius Lumban", "Terorisme"),
    ("Direktur Pemberdayaan Ekonomi Kemlu Arif Budiman hadir.", "Arif Budiman", "Pemberdayaan"),
])
def test_derived_nouns_after_a_title_belong_to_the_title(sentence, name, not_name):
    actors = by_name(find_actors(sentence))
    assert name in actors and not_name in actors[name].title
    assert not any(not_name in n for n in actors)


@pytest.mark.parametrize("text, reference", [
    ("SADC menjatuhkan sanksi terhadap Madagaskar. Blok itu juga menutup perbatasan.", "Blok itu"),
    ("SADC menjatuhkan sanksi terhadap Madagaskar. Tiani menuding blok regional itu tunduk pada Prancis.",
     "blok regional itu"),
])
def test_blok_itu_points_back_to_the_last_organization(text, reference):
    from timeline.extraction.actors import find_actors
    sadc = [a for a in find_actors(text) if a.name == "SADC" or "SADC" in a.aliases]
    assert sadc and any(text[m.start:m.end] == reference for m in sadc[0].mentions), sadc


@pytest.mark.parametrize("text, country, person", [
    ("Perdana Menteri Trinidad dan Tobago Keith Rowley tiba di Jakarta.", "Trinidad dan Tobago", "Keith Rowley"),
    ("Presiden Bosnia dan Herzegovina Denis Becirovic tiba di Ankara.", "Bosnia dan Herzegovina", "Denis Becirovic"),
])
def test_a_country_named_with_dan_before_a_name_leaves_the_name_whole(text, country, person):
    from timeline.extraction.actors import find_actors
    names = {a.name: a.kind for a in find_actors(text)}
    assert names.get(country) == "country" and names.get(person) == "person", names


def test_a_name_with_an_initial_is_one_person():
    from timeline.extraction.actors import find_actors
    text = "Menteri Luar Negeri Fiji T. Kamikamica bertemu mantan Presiden Kenya Uhuru M. Kenyatta di Suva."
    names = {a.name for a in find_actors(text) if a.kind == "person"}
    assert {"T. Kamikamica", "Uhuru M. Kenyatta"} <= names, names


@pytest.mark.parametrize("text, pair", [
    ("Jokowi hadir di KTT ASEAN-Dewan Kerja Sama Teluk (GCC) di Riyadh.", ("ASEAN", "Dewan Kerja Sama Teluk")),
    ("KTT ASEAN-Uni Eropa digelar di Brussel.", ("ASEAN", "Uni Eropa")),
    ("Dialog ASEAN-Amerika Serikat dibuka.", ("ASEAN", "Amerika Serikat")),
])
def test_a_known_name_hyphened_to_a_known_name_of_several_words_is_two_actors(text, pair):
    actors = by_name(find_actors(text))
    assert set(pair) <= set(actors), actors
    assert not any("-" in name for name in actors)


def test_a_hyphened_pair_inside_a_bodys_name_stays_in_the_name():
    actors = by_name(find_actors("Dewan Koordinasi Tertinggi Indonesia-Arab Saudi bersidang di Jeddah."))
    assert "Dewan Koordinasi Tertinggi Indonesia-Arab Saudi" in actors, actors


@pytest.mark.parametrize("text, place, person", [
    ("Langkah itu dikecam oleh Kepala Menteri Assam Himanta Biswa Sarma.", "Assam", "Himanta Biswa Sarma"),
    ("Perdana Menteri Ontario Doug Ford ikut mengancam.", "Ontario", "Doug Ford"),
    ("Gubernur California Gavin Newsom menolak.", "California", "Gavin Newsom"),
])
def test_a_region_between_a_title_and_a_name_is_a_place_apart(text, place, person):
    actors = by_name(find_actors(text))
    assert actors[place].kind == "place" and actors[person].kind == "person", actors


@pytest.mark.parametrize("text, person", [
    ("Keesokan harinya, juru bicara pemerintah Piotr Muller meluruskan pernyataan itu.", "Piotr Muller"),
    ("Ketua partai Jens Nielsen berbicara kepada wartawan.", "Jens Nielsen"),
])
def test_a_lower_case_title_of_government_or_party_opens_a_name(text, person):
    assert by_name(find_actors(text))[person].kind == "person"


def test_world_regions_are_no_actors_and_no_part_of_a_name():
    actors = by_name(find_actors("Menlu Sugiono berkeliling Timur Tengah dan Eropa, lalu menemui Utusan Khusus "
                                 "PBB untuk Timur Tengah Tor Wennesland."))
    assert "Timur Tengah" not in actors and "Eropa" not in actors, actors
    assert actors["Tor Wennesland"].kind == "person"


def test_what_only_a_dateline_names_is_no_actor():
    text = ("Jokowi Serukan Perdamaian\nJakarta, CNN Indonesia -- Presiden Joko Widodo bertemu Presiden Rusia "
            "Vladimir Putin di Moskwa.")
    actors = by_name(find_actors(text))
    assert "Jakarta" not in actors and "Indonesia" not in actors, actors
    assert "Vladimir Putin" in actors
    text = "TEMPO.CO, Jakarta - Pemerintah Indonesia memanggil duta besar Jepang di Jakarta."
    assert "Jakarta" in by_name(find_actors(text))      # named in the story too


def test_a_firm_named_where_a_dateline_names_its_town_is_that_town():
    text = ("WOODSIDE, KOMPAS.com - Presiden AS Joe Biden bertemu Presiden China Xi Jinping di Filoli Estate, "
            "Woodside, California.")
    assert by_name(find_actors(text))["Woodside"].kind == "place"
    assert by_name(find_actors("Perusahaan Woodside menunda proyek gas itu."))["Woodside"].kind == "organization"


@pytest.mark.parametrize("text", [
    "Pengamat Timur Tengah dari Universitas Indonesia, Farhan Siregar, menilai langkah itu.",
    "Peneliti Universitas Pertahanan RI, Andi Rahmawan, menilai langkah itu.",
])
def test_a_country_in_a_universitys_name_is_no_actor(text):
    assert "Indonesia" not in by_name(find_actors(text))


@pytest.mark.parametrize("text, name", [
    ("Junta membentuk Dewan Nasional untuk Perlindungan Tanah Air (CNSP) pada hari itu.",
     "Dewan Nasional untuk Perlindungan Tanah Air"),
    ("Markas Pasukan Sementara PBB di Lebanon (UNIFIL) diserang.", "UNIFIL"),
])
def test_a_bodys_name_goes_on_over_untuk_or_di_to_its_acronym(text, name):
    actors = by_name(find_actors(text))
    assert name in actors and "Pasukan Sementara PBB" not in actors, actors


@pytest.mark.parametrize("text, person", [
    ("Menteri Hukum dan HAM Yasonna Laoly mengatakan perjanjian itu berlaku surut.", "Yasonna Laoly"),
    ("Menkumham Yasonna Laoly mengatakan perjanjian itu berlaku surut.", "Yasonna Laoly"),
    ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD berkata.", "Mahfud MD"),
    ("Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan Yusril Ihza Mahendra berkata.",
     "Yusril Ihza Mahendra"),
])
def test_a_ministers_portfolio_list_is_the_title(text, person):
    actors = by_name(find_actors(text))
    assert actors[person].kind == "person" and actors[person].title.startswith("Men"), actors


def test_a_long_title_set_off_by_commas_names_the_person_after_it():
    text = ("Pengamat Timur Tengah dari Universitas Islam Negeri Syarif Hidayatullah Jakarta, Fauzan Hidayat, "
            "menilai kunjungan itu penting.")
    assert by_name(find_actors(text))["Fauzan Hidayat"].kind == "person"


def test_a_titles_remit_after_untuk_goes_on_to_the_name():
    text = "Guterres berbicara dengan Wakil Sekretaris Jenderal PBB untuk Operasi Perdamaian Jean-Pierre Lacroix."
    assert by_name(find_actors(text))["Jean-Pierre Lacroix"].kind == "person"


def test_a_known_university_ends_before_its_analysts_name():
    actors = by_name(find_actors("Dosen Universitas Gadjah Mada Dafri Agussalim menilai langkah itu."))
    assert actors["Universitas Gadjah Mada"].kind == "organization" and actors["Dafri Agussalim"].kind == "person"


def test_a_body_named_by_the_first_words_of_a_longer_ones_name_is_that_body():
    actors = by_name(find_actors("Dewan Keamanan PBB menggelar sidang darurat. Dewan Keamanan kemudian menolak "
                                 "rancangan resolusi itu."))
    assert "Dewan Keamanan" not in actors and len(actors["Dewan Keamanan PBB"].mentions) == 2


def test_two_bodies_joined_by_dan_stay_two():
    actors = by_name(find_actors("AMLO membekukan komunikasi dengan Kedutaan Besar AS dan Kedutaan Besar Kanada."))
    assert "Kedutaan Besar AS" in actors and "Kedutaan Besar Kanada" in actors, actors


def test_a_bodys_name_with_pbb_spelled_out_is_that_body():
    assert "Dewan Keamanan PBB" in by_name(find_actors("Dewan Keamanan Perserikatan Bangsa-Bangsa menggelar sidang."))


@pytest.mark.parametrize("text, person, title", [
    ("Perdana Menteri KP Sharma Oli akhirnya mengundurkan diri.", "KP Sharma Oli", "Perdana Menteri"),
    ("Menteri KP Sakti Wahyu Trenggono meninjau pelabuhan.", "Sakti Wahyu Trenggono", "Menteri KP"),
])
def test_two_capitals_after_a_head_of_governments_title_are_initials(text, person, title):
    actors = by_name(find_actors(text))
    assert actors[person].title == title, actors


@pytest.mark.parametrize("text, country", [
    ("Pasukan Prancis ditarik dari Niger pada akhir tahun.", "Prancis"),
    ("Otoritas Singapura menangkap buronan itu.", "Singapura"),
])
def test_troops_or_authorities_of_a_state_are_the_state(text, country):
    actors = by_name(find_actors(text))
    assert actors[country].kind == "country" and not any(n.startswith(("Pasukan", "Otoritas")) for n in actors)


def test_the_us_house_is_no_indonesian_dpr_and_a_malaysian_state_is_a_place():
    actors = by_name(find_actors("Ketua DPR AS Mike Johnson dan Menteri Besar Johor Onn Hafiz Ghazi berbicara."))
    assert "DPR AS" in actors and "DPR" not in actors
    assert actors["Onn Hafiz Ghazi"].kind == "person" and actors["Johor"].kind == "place"


@pytest.mark.parametrize("text, absent", [
    ("Produk Indonesia kini masuk ke Amerika Selatan, kata Menteri Perdagangan Budi Santoso.", "Amerika Serikat"),
    ("Forum itu membukukan kesepakatan bisnis senilai US$3,5 miliar, kata Presiden Joko Widodo.", "Amerika Serikat"),
    ("Rusia bukan negara pihak Statuta Roma, kata Presiden Komisi Eropa Ursula von der Leyen.", "Italia"),
])
def test_a_region_a_currency_or_a_document_named_with_a_place_is_no_state(text, absent):
    assert absent not in by_name(find_actors(text))


def test_a_capital_known_as_a_venue_acts_for_its_government_after_an_adverb_or_a_passive_verb():
    text = ("Tuntutan itu ditolak Jakarta. Namun, Jakarta akan menghadapi tekanan. Brussel masih membuka peluang "
            "dialog. Hanoi siap bekerja sama erat dengan Jakarta. Ia tiba di Jakarta kemarin.")
    actors = by_name(find_actors(text))
    assert len(actors["Indonesia"].mentions) == 3 and len(actors["Jakarta"].mentions) == 1
    assert actors["Uni Eropa"].mentions[0].text == "Brussel"


@pytest.mark.parametrize("text, absent", [
    ("Baku tembak juga dilaporkan di perbatasan Pakistan.", "Azerbaijan"),       # an exchange of fire
    ("AS belum meratifikasi Konvensi PBB tentang Hukum Laut (UNCLOS), kata Menlu Retno Marsudi.", "Hukum Laut"),
])
def test_an_ordinary_compound_or_a_documents_topic_is_no_actor(text, absent):
    assert absent not in by_name(find_actors(text))


@pytest.mark.parametrize("text, name", [
    ("Peneliti CSIS Indonesia, Andreas Simanjuntak, menilai pembentukan aliansi itu menandai babak baru.",
     "Andreas Simanjuntak"),
    ("Tamar Kiknadze dari Asosiasi Pengacara Muda Georgia mengatakan undang-undang itu berbahaya.", "Tamar Kiknadze"),
    ("Di dalam negeri, politikus oposisi Ekuru Aukot, yang menggugat pengiriman pasukan, menolak misi itu.",
     "Ekuru Aukot"),
    ("Delegasi Azerbaijan dipimpin anggota parlemen Ramin Mammadov, sedangkan pihak lain menolak.", "Ramin Mammadov"),
])
def test_an_unknown_name_named_once_is_a_person_by_its_role_or_by_what_it_says(text, name):
    actors = by_name(find_actors(text))
    assert name in actors and actors[name].kind == "person", list(actors)


def test_an_unknown_untitled_name_named_once_that_says_nothing_is_still_too_weak():
    assert "Radio Frequency" not in by_name(find_actors("Sistem itu memakai teknologi Radio Frequency buatan Jepang."))


@pytest.mark.parametrize("sentence, name", [
    ("Kantor berita pemerintah KCNA memperingatkan Seoul.", "KCNA"),
    ("Majelis rendah parlemen Rusia, Duma Negara, mengesahkan perjanjian itu.", "Duma Negara"),
    ("Puluhan tentara KFOR terluka dalam bentrokan.", "KFOR"),
    ("Kemenag menyiapkan layanan jemaah di Mekkah.", "Kementerian Agama"),
    ("Maduro memerintahkan perusahaan minyak negara PDVSA membuka cabang baru.", "PDVSA"),
])
def test_well_known_bodies_of_diplomatic_news(sentence, name):
    assert name in by_name(find_actors(sentence))


def test_a_body_named_in_both_languages_is_one_actor():
    actors = by_name(find_actors("Laporan Badan Tenaga Atom Internasional (IAEA) diserahkan ke Tokyo. "
                                 "Direktur Jenderal IAEA Rafael Grossi terbang ke Seoul."))
    assert "IAEA" in actors and not [n for n in actors if n.startswith("Badan")], list(actors)


def test_indonesias_missions_abroad_are_indonesian_bodies_not_their_hosts():
    actors = by_name(find_actors("WNI diminta menghubungi KBRI Abuja. Kemlu menyebut KBRI Dhaka siap membantu."))
    assert actors["KBRI Abuja"].country == "Indonesia" and actors["KBRI Dhaka"].country == "Indonesia"
    assert "Nigeria" not in actors and "Bangladesh" not in actors


@pytest.mark.parametrize("text, name, title", [
    ("Ketua Komisi I Utut Adianto menyebut hal itu.", "Utut Adianto", "Ketua Komisi I"),
    ("Duta Besar RI I Gusti Agung Wesaka Puja mengatakan hal itu.", "I Gusti Agung Wesaka Puja", "Duta Besar RI"),
])
def test_a_numbered_commissions_numeral_is_no_initial_of_the_name(text, name, title):
    actors = by_name(find_actors(text))
    assert actors[name].title == title, list(actors)


def test_a_named_round_of_talks_is_no_actor():
    text = ("Jeddah (ANTARA) - Perundingan gencatan senjata di Jeddah, Arab Saudi, terhenti.\n"
            "Perundingan Jeddah dimulai pada 6 Mei, tiga pekan setelah pertempuran pecah.")
    assert not [a for a in find_actors(text) if a.name.startswith("Perundingan")]


@pytest.mark.parametrize("text", [
    "Perundingan batas ZEE Indonesia-Vietnam dimulai pada 2010.",
    "Presiden Joko Widodo hadir. Menurut dia, Perjanjian Ekstradisi Indonesia-Vietnam berlaku sejak Maret.",
])
def test_a_pair_of_states_inside_a_named_thing_names_both(text):
    actors = by_name(find_actors(text))
    assert "Indonesia" in actors and "Vietnam" in actors, list(actors)


def test_kedua_negara_after_two_leaders_is_their_two_states():
    # ("Joko Widodo meets Joe Biden and China": the two states the article was about, not the two
    # whose leaders met in this sentence)
    text = ("Presiden AS Joe Biden dan Presiden China Xi Jinping bertemu di Woodside. China berjanji menindak "
            "perusahaan fentanil. Juru bicara China Mao Ning mengecam Biden. Beijing meminta Washington berhenti "
            "mempersenjatai Taiwan.\nPresiden Joko Widodo dijadwalkan menyampaikan pandangan Indonesia dalam sesi "
            "pleno, Kamis. Pada Senin, Jokowi bertemu Biden di Gedung Putih dan kedua negara sepakat meningkatkan hubungan.")
    assert pointed_to(text, text.rindex("kedua negara")) == {"Indonesia", "Amerika Serikat"}


def test_kedua_negara_after_a_leader_visiting_a_state_is_his_and_that_one():
    # ("Marcos meets Vietnam and China": China, the article's most named, was taken for the second)
    text = ("China mengklaim Kepulauan Paracel. China menabrak kapal Filipina. Beijing membantah.\nSaat Presiden "
            "Ferdinand Marcos Jr. berkunjung ke Hanoi pada Januari, kedua negara menandatangani nota kesepahaman.")
    assert pointed_to(text, text.rindex("kedua negara")) == {"Filipina", "Vietnam"}


def test_a_count_of_states_named_after_is_a_group_told_anew():
    # ("lawatan Jokowi ke empat negara Afrika" made China, Russia and the US parties of his visit)
    text = ("Presiden China Xi Jinping, Presiden Rusia Vladimir Putin dan Presiden Afrika Selatan Cyril Ramaphosa "
            "hadir di KTT BRICS. Amerika Serikat menolak.\nJohannesburg menjadi persinggahan terakhir lawatan "
            "Presiden Joko Widodo ke empat negara Afrika, setelah Kenya dan Tanzania. Ketiga negara Sahel itu absen.")
    assert not pointed_to(text, text.index("empat negara"))


def test_kedua_negara_after_a_pronoun_and_a_leader_is_their_two_states():
    # ("Lloyd Austin meets Dong Jun and Kamboja": "ia" was not counted among the people who met)
    text = ("Menteri Pertahanan AS Lloyd Austin tiba di Phnom Penh, Kamboja. Kamboja membantah. Kamboja menolak.\n"
            "Di sela forum itu, ia bertemu Menteri Pertahanan China Dong Jun pada Jumat (31/5), pertemuan "
            "pertama antara kepala pertahanan kedua negara dalam 18 bulan.")
    assert pointed_to(text, text.index("kedua negara")) == {"Amerika Serikat", "China"}


@pytest.mark.parametrize("sentence, name", [
    ("Ruto membalas kunjungan itu ke Dar es Salaam pada Oktober.", "Dar es Salaam"),    # (was "Dar")
    ("Mali juga menyatakan keluar dari G5 Sahel pada Mei.", "G5 Sahel"),                # (was "G5")
])
def test_names_with_a_particle_or_a_region_are_whole(sentence, name):
    assert name in {a.name for a in find_actors(sentence)}


def test_a_title_read_back_from_a_name_holds_no_verb():
    # ("Jawa Timur" was a person titled "Presiden Jokowi menyampaikan keinginan Indonesia untuk ...")
    actors = by_name(find_actors("Presiden Jokowi menyampaikan keinginan Indonesia untuk memperpanjang jalur "
                                 "kereta cepat hingga Surabaya, Jawa Timur."))
    assert "Jawa Timur" not in actors or actors["Jawa Timur"].kind != "person"
    # ... but a role after the verb still titles the name
    actors = by_name(find_actors("Menteri Luar Negeri Irak Fuad Hussein menelepon mitranya dari Kuwait, Sheikh Salem "
                                 "Abdullah Al-Sabah, keesokan harinya."))
    assert actors["Salem Abdullah Al-Sabah"].title == "mitranya dari Kuwait"


def test_a_title_in_a_relative_clause_goes_on_past_its_verb():
    # (a me-/ber- verb ended a title read back: "pengusaha yang berasal dari Singapura, Peter Lim" lost him)
    actors = by_name(find_actors("Presiden Prabowo bertemu pengusaha yang berasal dari Singapura, Peter Lim, di Jakarta."))
    assert actors["Peter Lim"].kind == "person" and actors["Peter Lim"].title == "pengusaha yang berasal dari Singapura"
    actors = by_name(find_actors("Hadir pula pejabat yang mewakili Kementerian Luar Negeri, Arrmanatha Nasir, di sana."))
    assert actors["Arrmanatha Nasir"].kind == "person"


def test_a_count_of_states_named_and_pointed_back_to_is_those_named_before():
    text = ("Mali, Burkina Faso, dan Niger membentuk Aliansi Negara-Negara Sahel. Tiga negara Afrika Barat itu "
            "memutus hubungan diplomatik dengan Ukraina.")
    assert pointed_to(text, text.index("Tiga negara")) == {"Mali", "Burkina Faso", "Niger"}


@pytest.mark.parametrize("text, name, kind", [
    ("Meksiko mengirim 29 tersangka ke AS, termasuk gembong narkoba Rafael Caro Quintero.", "Rafael Caro Quintero", "person"),
    ("Trump mengklaim para awaknya adalah anggota geng Tren de Aragua.", "Tren de Aragua", "organization"),
    ("AS menetapkan Kartel Sinaloa sebagai organisasi teroris.", "Kartel Sinaloa", "organization"),
])
def test_cartels_gangs_and_kingpins_are_named_whole(text, name, kind):
    actors = by_name(find_actors(text))
    assert name in actors and actors[name].kind == kind, list(actors)


def test_a_court_then_a_judge_named_with_a_particle_are_two_actors():
    actors = by_name(find_actors("AS menjatuhkan sanksi kepada hakim Mahkamah Agung Brasil Alexandre de Moraes."))
    assert actors["Mahkamah Agung Brasil"].kind == "organization" and actors["Alexandre de Moraes"].kind == "person"


def test_a_first_lady_bearing_her_husbands_name_is_a_person_not_a_body():
    actors = by_name(find_actors("Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo tiba di Canberra."))
    assert actors["Iriana"].kind == "person" and actors["Joko Widodo"].kind == "person"
    # (a single word between a body's post and a known person is still the body)
    actors = by_name(find_actors("Ketua Umum Partai Golkar Airlangga Hartarto hadir."))
    assert actors["Partai Golkar"].kind == "organization"


def test_a_rank_inside_a_place_run_opens_the_name_of_the_one_who_holds_the_post():
    # ("Laut Filipina Barat Komodor Jay Tarriela" was one place)
    found = {(a.name, a.kind) for a in find_actors(
        "Juru bicara PCG untuk Laut Filipina Barat Komodor Jay Tarriela mengatakan kapal China menembakkan meriam air.")}
    assert {("Laut Filipina Barat", "place"), ("Jay Tarriela", "person")} <= found, found


@pytest.mark.parametrize("text, absent, present", [
    ("Invasi itu berujung pada Perang Teluk 1991.", "Perang Teluk", None),
    ("Yunani meluncurkan Rencana Tata Ruang Laut pada Rabu.", "Rencana Tata Ruang Laut", None),
    ("Rusia menolak klaim AS di Samudra Arktik.", "Samudra", "Samudra Arktik"),
])
def test_a_wars_or_a_plans_name_is_no_place_and_an_ocean_is_one(text, absent, present):
    names = {a.name for a in find_actors(text)}
    assert absent not in names and (present is None or present in names), names


def test_a_name_set_off_by_a_role_after_it_is_a_persons():
    # (an envoy expelled, named once and untitled, was dropped as a weak name)
    names = {(a.name, a.kind) for a in find_actors(
        "Pada hari yang sama, Ottawa mengusir Pavan Kumar Rai, diplomat India yang disebut kepala badan intelijen.")}
    assert ("Pavan Kumar Rai", "person") in names, names


def test_a_groups_short_name_then_a_name_after_a_group_word_are_the_group_and_its_leader():
    # ("G9 Jimmy Cherizier" was one organization)
    names = {(a.name, a.kind) for a in find_actors(
        "Pekan lalu, pemimpin koalisi geng G9 Jimmy Cherizier mengancam akan melawan pasukan asing.")}
    assert {("G9", "organization"), ("Jimmy Cherizier", "person")} <= names, names


@pytest.mark.parametrize("text, company", [
    ("Perusahaan pertahanan Turki Baykar membangun pabrik drone di Indonesia.", "Baykar"),
    ("Uni Eropa melarang maskapai Belavia terbang ke wilayah udaranya.", "Belavia"),
    ("Kontrak itu diteken PT Industri Kereta Api.", "PT Industri Kereta Api"),
    # a state's name inside the company's ("Airlines" was an organization of its own)
    ("Pesawat maskapai Azerbaijan Airlines jatuh di Aktau.", "Azerbaijan Airlines"),
])
def test_a_company_named_after_its_trade_or_its_mark_is_an_organization(text, company):
    names = {(a.name, a.kind) for a in find_actors(text)}
    assert (company, "organization") in names, names


def test_a_titles_company_after_pt_then_the_holders_name():
    # ("PT Inti Tikno Sutisna" was one company)
    names = {(a.name, a.kind) for a in find_actors("Direktur Utama PT Inti Tikno Sutisna mengatakan hal itu.")}
    assert {("PT Inti", "organization"), ("Tikno Sutisna", "person")} <= names, names


def test_rd_kongo_is_the_democratic_republic_of_the_congo():
    names = {(a.name, a.kind) for a in find_actors("Menteri Luar Negeri RD Kongo Therese Kayikwamba Wagner tiba di Washington.")}
    assert ("Kongo", "country") in names and not any(n == "RD" for n, _ in names), names


def test_an_english_bodys_name_goes_on_to_its_acronym_and_the_name_comes_after():
    # ("Korea Institute for" was a body and "Defense Analyses" a person)
    names = {(a.name, a.kind) for a in find_actors(
        "Peneliti senior Korea Institute for Defense Analyses (KIDA) Park Ji-hoon menilai runtuhnya perjanjian itu.")}
    assert {("Korea Institute for Defense Analyses", "organization"), ("Park Ji-hoon", "person")} <= names, names


def test_a_ship_is_no_actor_named_with_its_prefix_or_after_kapal_nor_named_again_bare():
    # ("Sierra Madre" and "Oruc Reis" were persons)
    names = {a.name for a in find_actors(
        "Kapal itu memasok marinir di BRP Sierra Madre, kapal perang tua. China menuntut Manila menarik Sierra Madre. "
        "Ankara mengirim kapal survei Oruc Reis ke Somalia. Kapal Penjaga Pantai China menghadang kapal Filipina.")}
    assert not names & {"Sierra Madre", "BRP Sierra Madre", "Oruc Reis"}, names
    assert "Penjaga Pantai China" in names, names       # a body's boats: the body


@pytest.mark.parametrize("opening, sides", [
    # the sides told by "antara ... dan ...", not the mediators named last
    ("Perundingan antara militer Ethiopia dan Front Pembebasan Rakyat Tigray (TPLF) digelar di Pretoria.",
     {"Ethiopia", "Front Pembebasan Rakyat Tigray"}),
    # a pair told as another than the story's is not the sides
    ("Perundingan terpisah antara pemerintah Kongo dan M23 digelar secara tertutup.", {"Afrika Selatan", "Kenya"}),
])
def test_kedua_pihak_are_the_sides_told_by_antara(opening, sides):
    text = (opening + " Afrika Selatan dan Kenya, selaku mediator, menyebut perundingan berjalan baik. Pada Rabu, kedua "
            "pihak menandatangani perjanjian penghentian permusuhan.")
    assert pointed_to(text, text.rindex("kedua pihak")) == sides


@pytest.mark.parametrize("text, name", [
    ("Rizal Hakim Siregar, pengamat dari Universitas Padjadjaran, menilai perjanjian ini rapuh.", "Rizal Hakim Siregar"),
    ("Pengamat dari Universitas Indonesia, Rizal Hakim, menilai Jakarta harus berhati-hati.", "Rizal Hakim"),
    ("Arya Mahendra Putra, peneliti CSIS, menilai langkah itu tepat.", "Arya Mahendra Putra"),
    # a title set off by a comma that holds a body's acronym ("(CSIS)") titles the name after it
    ("Menurut peneliti Centre for Strategic and International Studies (CSIS) Jakarta, Andika Pratama, Beijing "
     "akan terus menekan Taiwan.", "Andika Pratama"),
    ("Delegasi Amerika Serikat dipimpin Administrator USAID Samantha Power.", "Samantha Power"),
    # a name named once with no title, after a word only a person's name follows
    ("Hubungan diputus setelah pemerintahan Ivan Duque mendukung oposisi.", "Ivan Duque"),
    ("Albanese mengangkat kasus penulis Hengjun Liang di Beijing.", "Hengjun Liang"),
])
def test_an_untitled_or_apposed_name_is_a_person(text, name):
    # ("hakim" is a judge, "putra" a son: the untitled name was dropped for holding them)
    assert by_name(find_actors(text))[name].kind == "person"


@pytest.mark.parametrize("text, name, country", [
    ("Panglima TNI Jenderal Agus Subiyanto tiba di Kuala Lumpur.", "Agus Subiyanto", "Indonesia"),
    ("Ketua DPR Puan Maharani menerima delegasi Iran.", "Puan Maharani", "Indonesia"),
    ("Peneliti Universitas Indonesia Budi Santoso menilai langkah itu keliru.", "Budi Santoso", ""),
])
def test_a_person_titled_by_a_known_body_of_a_state_serves_that_state(text, name, country):
    assert by_name(find_actors(text))[name].country == country


def test_a_body_named_by_its_acronym_after_a_title_is_that_body():
    text = ("Para pemimpin Forum Kepulauan Pasifik (PIF) berkumpul di Rarotonga, Senin (9/3/2026). "
            "Pertemuan para pemimpin PIF dengan mitra dialog dijadwalkan berlangsung besok di Rarotonga.")
    forum = next(a for a in find_actors(text) if a.name == "Forum Kepulauan Pasifik")
    assert [(m.start, text[m.start:m.end]) for m in forum.mentions] == [
        (14, "Forum Kepulauan Pasifik"), (39, "PIF"), (text.rindex("PIF"), "PIF")]


@pytest.mark.parametrize("text, name", [
    ("Perdana Menteri Kepulauan Cook Mark Brown bertemu Xi Jinping di Beijing.", "Kepulauan Cook"),
    ("Wakil Presiden AS menuding Denmark gagal menjaga keamanan Greenland.", "Greenland"),
    ("Uni Soviet menginvasi Afghanistan pada 1979.", "Uni Soviet"),
])
def test_self_governing_lands_and_states_of_the_past_are_countries(text, name):
    assert (name, "country") in [(a.name, a.kind) for a in find_actors(text)]


def test_a_known_name_with_jr_after_it_is_another_person():
    text = ("Presiden Donald Trump menolak. Putra sulungnya, Donald Trump Jr., melakukan kunjungan singkat ke Nuuk. "
            "Trump Jr. mengunggah foto.")
    people = {a.name: [text[m.start:m.end] for m in a.mentions] for a in find_actors(text) if a.kind == "person"}
    assert people == {"Donald Trump": ["Donald Trump"], "Donald Trump Jr": ["Donald Trump Jr", "Trump Jr"]}


def test_a_head_word_alone_names_the_one_body_or_person_whose_name_it_opens():
    text = ("Kongres AS menggelar sidang pada Senin. Anggota parlemen mendesak Gedung Putih memberi penjelasan "
            "kepada Kongres pekan depan. Paus Fransiskus tiba di Jakarta. Paus kemudian bertemu Presiden Joko Widodo.")
    mentions = {a.name: [text[m.start:m.end] for m in a.mentions] for a in find_actors(text)}
    assert mentions["Kongres AS"] == ["Kongres AS", "Kongres"]
    assert mentions["Paus Fransiskus"] == ["Paus Fransiskus", "Paus"]


def test_a_head_word_alone_names_no_one_when_two_names_open_with_it():
    text = "Komisi Eropa dan Komisi Pemilihan Umum bertemu. Komisi menolak usulan itu."
    assert all("Komisi" not in [text[m.start:m.end] for m in a.mentions] for a in find_actors(text))


@pytest.mark.parametrize("text, name", [
    ("Kapal penjaga pantai negeri Tirai Bambu menembakkan meriam air.", "China"),
    ("Negeri Sakura menolak usulan itu.", "Jepang"),
    ("Negeri Ginseng memanggil duta besarnya.", "Korea Selatan"),
])
def test_a_country_named_by_its_newsroom_nickname_is_that_country(text, name):
    assert (name, "country") in [(a.name, a.kind) for a in find_actors(text)]


def test_a_junta_alone_is_the_state_whose_junta_was_named_last():
    text = ("Junta militer Myanmar merebut kekuasaan pada Februari 2021. Junta Niger menutup wilayah udaranya. "
            "ECOWAS mendesak junta membebaskan Bazoum.")
    mentions = {a.name: [(m.start, text[m.start:m.end]) for m in a.mentions] for a in find_actors(text)}
    assert mentions["Niger"] == [(text.index("Niger"), "Niger"), (text.rindex("junta"), "junta")]
    assert [t for _, t in mentions["Myanmar"]] == ["Myanmar"]


def test_a_body_glossed_in_english_with_its_acronym_is_named_by_the_acronym_after():
    text = ("Bakamla mengusir kapal Penjaga Pantai China (China Coast Guard/CCG) pada Senin. "
            "Kapal CCG kembali masuk pada Rabu.")
    actors = {a.name: a for a in find_actors(text)}
    guard = actors["Penjaga Pantai China"]
    assert [text[m.start:m.end] for m in guard.mentions] == ["Penjaga Pantai China", "CCG", "CCG"]
    assert {"China Coast Guard", "CCG"} <= set(guard.aliases)
    assert "China Coast Guard" not in actors and [m.start for m in actors["China"].mentions] == [text.index("China")]


def test_an_acronym_after_a_body_read_through_a_title_is_that_body():
    text = ("Albanese hadir dalam Pertemuan Para Pemimpin Forum Kepulauan Pasifik (PIF). "
            "Indonesia, yang berstatus mitra dialog PIF, diwakili Pahala Mansury.")
    forum = next(a for a in find_actors(text) if a.name == "Forum Kepulauan Pasifik")
    assert [m.start for m in forum.mentions] == [text.index("Forum"), text.index("PIF"), text.rindex("PIF")]


def test_a_name_in_no_list_named_once_before_a_verb_of_taking_office_is_a_person():
    text = "Mikheil Kavelashvili dilantik sebagai presiden Georgia pada 29 Desember 2024."
    assert ("Mikheil Kavelashvili", "person") in [(a.name, a.kind) for a in find_actors(text)]


def test_a_known_body_named_in_a_form_no_list_holds_before_its_acronym_is_that_body():
    text = "Investor menunggu aksi Organization Petroleum Exporting Countries (OPEC). OPEC menolak."
    assert [(a.name, len(a.mentions)) for a in find_actors(text)] == [("OPEC", 3)]


def test_sang_and_a_title_is_the_one_last_named_with_that_title():
    text = ("Presiden Kolombia Gustavo Petro tiba di Washington. Menteri Luar Negeri AS Marco Rubio menyambutnya. "
            "Sang presiden kemudian bertemu Rubio.")
    petro = next(a for a in find_actors(text) if a.name == "Gustavo Petro")
    assert [text[m.start:m.end] for m in petro.mentions] == ["Gustavo Petro", "Sang presiden"]


def test_kepala_negara_capitalized_is_the_president_last_named():
    text = ("Presiden Prabowo Subianto bertolak ke Brasil untuk menghadiri KTT G20. Setibanya di Bandara "
            "Internasional Galeao, Kepala Negara disambut Duta Besar RI untuk Brasil.")
    prabowo = next(a for a in find_actors(text) if a.name == "Prabowo Subianto")
    assert text.index("Kepala Negara") in [m.start for m in prabowo.mentions]


def test_mereka_after_a_sentence_opened_by_a_body_is_that_body():
    text = ("Houthi, yang menguasai ibu kota Yaman, mulai menyerang kapal-kapal di Laut Merah sebagai bentuk "
            "solidaritas di tengah perang Israel-Hamas. Pada 19 November, mereka membajak kapal Galaxy Leader.")
    houthi = next(a for a in find_actors(text) if a.name == "Houthi")
    assert text.index("mereka") in [m.start for m in houthi.mentions]
