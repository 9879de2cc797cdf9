"""Forms added after the first release: moving holidays, noon, weekday ranges, "tanggal 17"
alone, a day counted from a coarse date. Made-up sentences, a fixed publication date."""
import datetime as dt

import pytest

from timeline.extraction import extract
from timeline.extraction.lang.id.holiday_dates import DATES
from timeline.extraction.resolve import _easter
from timeline.extraction.timex import tag_timexes

DCT = dt.date(2014, 6, 20)          # a Friday, five weeks before Idul Fitri 2014


def tags(text, dct=DCT):
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


@pytest.mark.parametrize("text, expected", [
    ("Harga daging naik menjelang Lebaran.", [("Lebaran", "2014-07-28")]),
    ("Arus mudik padat pada H-2 Idul Fitri.", [("H-2 Idul Fitri", "2014-07-26")]),
    ("Sapi kurban dijual sejak Idul Adha 2013.", [("Idul Adha 2013", "2013-10-15")]),
    ("Perayaan Imlek tahun ini berlangsung meriah.", [("Imlek tahun ini", "2014-01-31")]),
    ("Umat Hindu merayakan Nyepi tahun depan dengan tenang.", [("Nyepi tahun depan", "2015-03-21")]),
    ("Vihara ramai saat hari raya Waisak lalu.", [("hari raya Waisak lalu", "2014-05-15")]),
    ("Gereja penuh pada Jumat Agung 2015.", [("Jumat Agung 2015", "2015-04-03")]),
    ("Ia pulang kampung saat Natal tahun lalu.", [("Natal tahun lalu", "2013-12-25")]),
])
def test_holidays(text, expected):
    assert tags(text) == expected


def test_a_holiday_the_table_does_not_reach_is_found_without_a_value():
    (t,) = tag_timexes("Rencana itu untuk Lebaran 2040.", DCT)
    assert t.text == "Lebaran 2040" and t.value is None and t.confidence < 1 and t.note


def test_an_estimated_holiday_has_a_lower_confidence():
    (t,) = tag_timexes("Pasar ramai sebelum Idul Fitri 2030.", DCT)
    assert t.value == "2030-02-04" and t.confidence < 0.9 and "estimated" in t.note


def test_lalu_lintas_is_traffic_not_a_direction():
    assert tags("Saat Idul Fitri 2014 lalu lintas padat.") == [("Idul Fitri 2014", "2014-07-28")]


def test_holiday_table_years_and_easter():
    for name, days in DATES.items():
        years = {int(d[:4]) for d in days}
        assert years >= set(range(2001, 2033)), name
        assert days == tuple(sorted(days)), name
    assert _easter(2000) == dt.date(2000, 4, 23) and _easter(2035) == dt.date(2035, 3, 25)


def test_a_day_before_counts_from_a_recent_day_past_a_year():
    text = ("Menteri tiba di Hanoi, Senin (3/3/2014).\n"
            "Kunjungan itu mengenang perjanjian 1995.\n"
            "Sehari sebelumnya, delegasi dagang sudah mendarat.")
    assert tags(text, dt.date(2014, 3, 5))[-1] == ("Sehari sebelumnya", "2014-03-02")


def test_a_day_before_opening_a_sentence_counts_from_the_day_told_just_before_however_old():
    text = ("Para menteri bertemu di Luang Prabang, Senin (29/1/2024).\n"
            "Manalo memaparkan insiden di dekat Beting Second Thomas pada 10 Desember lalu. "
            "Sehari sebelumnya, insiden serupa terjadi di Dangkalan Scarborough.")
    assert tags(text, dt.date(2024, 1, 30))[-1] == ("Sehari sebelumnya", "2023-12-09")


def test_a_date_before_a_threat_of_what_will_be_is_the_threats_not_ahead():
    text = "Saat Rio menjadi tuan rumah KTT BRICS pada 6 Juli, Trump mengancam akan mengenakan tarif tambahan."
    assert tags(text, dt.date(2025, 10, 7)) == [("6 Juli", "2025-07-06")]
    # (the plan's own date stays ahead)
    assert tags("Trump mengancam akan mengenakan tarif pada 1 November.", dt.date(2025, 10, 7)) == [
        ("1 November", "2025-11-01")]


def test_a_month_in_the_headline_is_the_one_the_story_tells_with_its_direction():
    text = ("ASEAN Sepakati Timor Leste Jadi Anggota pada Oktober\n"
            "Penerimaan resmi dijadwalkan berlangsung pada KTT di Kuala Lumpur, Oktober mendatang.")
    assert tags(text, dt.date(2025, 5, 27)) == [("Oktober", "2025-10"), ("Oktober mendatang", "2025-10")]


_DIGRESSION = ("Kedua negara membahas perdagangan.\n\n"
               "Kunjungan itu mengenang perjanjian yang diteken pada 1995.\n\n"
               "Sehari sebelumnya, kedua negara tetangga menyepakati batas laut.")


@pytest.mark.parametrize("opening, expected", [
    # the story's day: the first day the body tells (not the byline's), within a week of publication
    ("Kompas.com - 5/3/2014, 10:00 WIB\nMenteri bertemu Presiden Vietnam di Hanoi, Selasa (4/3/2014).\n\n"
     "Ia tiba di Hanoi pada Senin (3/3/2014) malam.\n\n", "2014-03-03"),
    # no such day: the publication date
    ("Menteri tiba di Hanoi pada 3 Januari 2014.\n\nIa disambut di bandara.\n\n", "2014-03-04"),
])
def test_a_day_before_far_past_a_year_counts_from_the_storys_day_or_the_publication_date(opening, expected):
    (t,) = [t for t in tag_timexes(opening + _DIGRESSION, dt.date(2014, 3, 5)) if t.text == "Sehari sebelumnya"]
    assert t.value == expected and t.confidence < 1


def test_noon_is_a_time_on_the_day_of_the_story():
    text = ("Harga emas, Kamis, naik hingga tengah hari, setelah sehari sebelumnya merosot.\n\n"
            "Pada perdagangan tengah hari di Singapura, emas dijual lebih mahal.")
    assert tags(text, dt.date(2014, 6, 19)) == [
        ("Kamis", "2014-06-19"), ("tengah hari", "2014-06-19T12:00"), ("sehari sebelumnya", "2014-06-18"),
        ("tengah hari", "2014-06-19T12:00")]
    (t,) = tag_timexes("Ia tidur siang bolong.", DCT)
    assert t.type == "TIME" and t.value == "2014-06-20T12:00"


def test_setengah_hari_is_not_noon():
    assert [(t.text, t.type) for t in tag_timexes("Rapat berlangsung setengah hari.", DCT)] == [
        ("setengah hari", "DURATION")]


def test_a_day_word_with_its_date_is_one_span():
    assert tags("Harga turun tajam kemarin (19/6) sore.") == [("kemarin (19/6) sore", "2014-06-19TAF")]


@pytest.mark.parametrize("text, expected", [
    ("Pameran buku digelar Sabtu-Minggu (14-15/6) di Bandung.", [("Sabtu-Minggu (14-15/6)", "2014-06-14")]),
    ("Taman itu ramai setiap akhir pekan, terutama Sabtu-Minggu pagi.", [("akhir pekan", "2014-W25"),
                                                                          ("Sabtu-Minggu", "2014-06-14")]),
])
def test_weekday_ranges_are_one_span(text, expected):
    assert tags(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gaji pegawai dibayar tanggal 25.", "2014-05-25"),           # told in the past: the 25th of May
    ("Gaji pegawai dibayar tanggal 12.", "2014-06-12"),
    ("Rapat pemegang saham akan digelar tanggal 25.", "2014-06-25"),
    ("Kontrak diteken pada Maret 2014. Tanggal 17 bulan itu, pabrik dibuka.", "2014-03-17"),
])
def test_a_day_of_the_month_alone(text, expected):
    assert [t.value for t in tag_timexes(text, DCT) if t.text.lower().startswith("tanggal")] == [expected]


def test_tanggal_31_bulan_lalu_is_no_amount_of_months():
    assert "31 bulan lalu" not in [t.text for t in tag_timexes("Ia lahir tanggal 31 bulan lalu.", DCT)]


def test_that_day_and_that_morning_are_the_day_told_before():
    text = "Kedua menteri bertemu di Hanoi, Selasa (17/6). Menteri menyebut hari itu bersejarah. Pagi itu hujan."
    assert tags(text)[1:] == [("hari itu", "2014-06-17"), ("Pagi itu", "2014-06-17TMO")]


@pytest.mark.parametrize("text, expected", [
    ("Festival dibuka pada hari pertama Pekan Budaya Nusantara di Solo, Jawa Tengah, Kamis (12/6/2014), "
     "dengan tarian.", "2014-06-12"),
    ("Pada hari ketiga sejak banjir bandang 10 Juni, bantuan tiba.", "2014-06-12"),
    # a day counted from the publication date after it names that day too, as it does the last day
    ("Keputusan diumumkan pada hari pertama KTT BRICS di Johannesburg, kemarin.", "2014-06-19"),
    ("Keputusan diumumkan tuan rumah pada hari terakhir Konferensi Tingkat Tinggi (KTT) ke-15 BRICS di Sandton "
     "Convention Centre, Johannesburg, kemarin.", "2014-06-19"),
])
def test_the_nth_day_dated_later_in_its_sentence(text, expected):
    assert tag_timexes(text, DCT)[0].value == expected


def test_since_then_is_the_time_told_before():
    text = "Gempa mengguncang kota itu pada 2 Mei 2014. Sejak itu, ribuan warga mengungsi."
    assert tags(text) == [("2 Mei 2014", "2014-05-02"), ("Sejak itu", "2014-05-02")]


@pytest.mark.parametrize("text, span, value", [
    ("Ekspor naik tajam dalam tiga tahun terakhir.", "tiga tahun terakhir", "P3Y"),
    ("Ini kunjungan kedua dalam sebulan terakhir.", "sebulan terakhir", "P1M"),
])
def test_a_span_up_to_now_keeps_its_last_word(text, span, value):
    assert tags(text) == [(span, value)]


def test_a_vague_span_up_to_now_is_past_ref():
    assert tags("Harga naik dalam beberapa tahun terakhir.") == [("beberapa tahun terakhir", "PAST_REF")]


def test_a_year_labelling_a_thing_is_no_anchor_for_kemudian():
    text = ("Mahkamah Agung Korea Selatan pada 2018 memerintahkan ganti rugi. Tokyo bersikukuh persoalan itu "
            "selesai lewat perjanjian normalisasi 1965. Setahun kemudian, Jepang memperketat ekspor.")
    (t,) = [t for t in tag_timexes(text, dt.date(2023, 3, 17)) if t.text == "Setahun kemudian"]
    assert t.value == "2019"


def test_a_year_after_a_capitalised_lead_word_is_an_anchor():
    # "Pada" opening the sentence: its "ada" is no word before the year
    assert tags("Pada 2019 ia ke Jakarta. Pada tahun itu ia bertemu Jokowi.", dt.date(2023, 10, 18)) == [
        ("2019", "2019"), ("tahun itu", "2019")]


def test_a_month_of_the_year_told_before():
    assert tags("Pada Juli 2022, ia diterima Xi. Xi datang ke Bali pada November tahun yang sama.",
                dt.date(2023, 10, 18)) == [("Juli 2022", "2022-07"), ("November tahun yang sama", "2022-11")]


def test_a_month_since_which_something_holds_has_begun():
    assert tags("Sri Lanka memberlakukan moratorium sejak Januari.", dt.date(2024, 12, 18)) == [("Januari", "2024-01")]
    # ... and so has the month of what a clause of "sejak" tells
    assert tags("Ini tatap muka pertama keduanya sejak Trump kembali ke Gedung Putih pada Januari.",
                dt.date(2025, 10, 31)) == [("Januari", "2025-01")]


def test_the_next_day_far_from_the_day_told_is_still_the_day_after_it():
    text = ("Armenia membekukan partisipasinya pada Kamis (22/2/2024).\n"
            "Pashinyan menyebut perjanjian itu gagal pada 2021 dan 2022.\nIa menambahkan hal lain.\n"
            "Yerevan belum memutuskan.\nKremlin menanggapi keesokan harinya.")
    assert ("keesokan harinya", "2024-02-23") in tags(text, dt.date(2024, 2, 24))


def test_the_same_week_as_a_plan_told_just_before_is_that_week():
    text = ("Armenia membekukan partisipasinya pada Maret tahun lalu.\n"
            "Pashinyan dijadwalkan memberi keterangan pada Rabu pekan depan. Pada pekan yang sama, Mirzoyan bakal "
            "bertemu Bayramov di Berlin.")
    assert ("pekan yang sama", "2024-W09") in tags(text, dt.date(2024, 2, 24))


@pytest.mark.parametrize("text, expected", [
    # told in January with no word of the future: last July
    ("Pada 10 Juli, Erdogan bertemu Kristersson dan akhirnya setuju.", [("10 Juli", "2023-07-10")]),
    # a plan keeps its date ahead
    ("KTT berikutnya akan digelar pada 10 Juli.", [("10 Juli", "2024-07-10")]),
    ("Pemilu digelar pada 10 Juli mendatang.", [("10 Juli mendatang", "2024-07-10")]),
    # within three months of publication the year of publication stays
    ("Pada 10 Maret, kedua menteri bertemu.", [("10 Maret", "2024-03-10")]),
])
def test_a_date_without_its_year_months_ahead_in_a_sentence_of_the_past_is_last_years(text, expected):
    assert tags(text, dt.date(2024, 1, 15)) == expected


def test_the_same_moment_in_another_time_zone_is_no_new_day_told():
    text = ("Pakta itu diumumkan pada Rabu (15/9) waktu Washington atau Kamis pagi WIB. Pada hari yang sama, "
            "Canberra membatalkan kontrak. Paris sehari kemudian memprotes.")
    assert tags(text, dt.date(2021, 9, 18))[2:] == [("hari yang sama", "2021-09-15"), ("sehari kemudian", "2021-09-16")]


@pytest.mark.parametrize("text, expected", [
    ("Rep: Fikri Ramadhan/ Red: Nur Aini", []),
    ("Kata Ahmad Ramadan kepada wartawan.", []),
    ("Selama Ramadhan, harga naik.", [("Ramadhan", None)]),
])
def test_ramadhan_as_the_last_word_of_a_name_is_no_time(text, expected):
    assert tags(text) == expected


def test_a_season_in_the_name_of_the_games_is_no_time():
    text = ("Pada Juli 2022, ia diterima Xi setelah Olimpiade Musim Dingin Beijing. Xi membalas kunjungan itu pada "
            "November tahun yang sama.")
    assert tags(text, dt.date(2023, 10, 18)) == [("Juli 2022", "2022-07"), ("November tahun yang sama", "2022-11")]


def test_a_month_in_a_condition_lies_ahead():
    text = "Jika Washington benar-benar angkat kaki pada September, kelompok bersenjata akan leluasa bergerak."
    assert tags(text, dt.date(2024, 5, 20)) == [("September", "2024-09")]


def test_a_span_of_no_stated_length_is_tagged_but_not_reported():
    text = "Perundingan berlangsung berbulan-bulan sebelum perjanjian diteken pada 3 Maret 2025."
    assert ("berbulan-bulan", "PXM") in tags(text, dt.date(2025, 3, 5))
    assert [(t.text, t.value) for t in extract(text, dct=dt.date(2025, 3, 5)).timexes] == [("3 Maret 2025", "2025-03-03")]


@pytest.mark.parametrize("text, expected", [
    ("Ahad 21 May 2023 14:05 WIB", [("Ahad 21 May 2023", "2023-05-21"), ("14:05", "2023-05-21T14:05")]),
    ("Mantan Perdana Menteri Inggris Theresa May hadir.", []),     # an English name alone is no month
])
def test_an_english_month_name_counts_next_to_a_day(text, expected):
    assert tags(text, dt.date(2023, 5, 22)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anwar bertemu Prabowo di Putrajaya pada Isnin (7/7/2025).", [("Isnin (7/7/2025)", "2025-07-07")]),
    ("Perjanjian itu diteken pada 12 Ogos 2025.", [("12 Ogos 2025", "2025-08-12")]),
    ("Sidang dijadwalkan pada Disember.", [("Disember", "2025-12")]),
    ("Rundingan dimulai 12 Mac 2025.", [("12 Mac 2025", "2025-03-12")]),
    ("Gubernur Darfur Barat Khamis Abakar tewas.", []),      # a name, not Malay Thursday
])
def test_the_malay_month_and_day_names_of_malaysian_news_are_read(text, expected):
    assert tags(text, dt.date(2025, 7, 8)) == expected


def test_today_and_tomorrow_in_a_quote_count_from_the_day_the_words_were_said():
    text = ('Petro menyampaikan keputusan itu di Bogota, Rabu (1/5/2024). "Besok, hubungan diplomatik dengan '
            'Israel kami putus," ujarnya. Kolombia memutus hubungan pada hari ini.')
    assert tags(text, dt.date(2024, 5, 3)) == [("Rabu (1/5/2024)", "2024-05-01"), ("Besok", "2024-05-02"),
                                                ("hari ini", "2024-05-03")]


@pytest.mark.parametrize("text, expected", [
    ("Negara itu menolak kemenangan Maduro dalam pemilihan presiden Minggu lalu.", ("Minggu lalu", "2024-07-28")),
    ("Minggu lalu, ia tiba di Jakarta.", ("Minggu lalu", "2024-W30")),     # opening a sentence: either; the week
    ("Ia tiba pada minggu lalu.", ("minggu lalu", "2024-W30")),
])
def test_a_capital_minggu_lalu_inside_a_sentence_is_last_sunday(text, expected):
    assert tags(text, dt.date(2024, 7, 31)) == [expected]


def test_the_same_day_paragraphs_after_a_day_of_the_back_story_is_the_storys_day():
    story = ("Kompas.com - 14/11/2023, 06:30 WIB\n"
             "Presiden Joko Widodo bertemu Presiden Joe Biden di Gedung Putih, Senin (13/11/2023).\n"
             "Sebelumnya, Jokowi menghadiri KTT OKI di Riyadh, Sabtu lalu.\n"
             "Jokowi membawa pesan para pemimpin OKI.\n"
             "{}"
             "Pada hari yang sama, juru bicara Gedung Putih membantah kabar itu.")
    assert tags(story.format(""), dt.date(2023, 11, 14))[-1] == ("hari yang sama", "2023-11-13")
    # a boilerplate line between is no paragraph of the story: the day told just before stays
    story = story.replace("Jokowi membawa pesan para pemimpin OKI.\n", "")
    assert tags(story.format("BACA JUGA: Jokowi di Riyadh\n"), dt.date(2023, 11, 14))[-1] == \
        ("hari yang sama", "2023-11-11")


def test_di_depan_is_a_place_not_a_word_of_the_future():
    text = "Kishida berpidato di depan Kongres AS pada Kamis pagi waktu setempat."
    assert tags(text, dt.date(2024, 4, 12)) == [("Kamis pagi", "2024-04-11TMO")]
    assert tags("Dalam beberapa hari ke depan, Kishida berpidato pada Kamis.", dt.date(2024, 4, 12))[-1] == \
        ("Kamis", "2024-04-18")


def test_a_day_before_told_after_a_day_of_the_back_story_counts_from_the_storys_day():
    text = ("Menteri Luar Negeri Sugiono bertemu Wang Yi di Beijing, Senin (21/4/2025). Kedua negara membuka "
            "hubungan diplomatik pada 13 April 1950. Sugiono, yang tiba di Beijing sehari sebelumnya, kembali malam ini.")
    assert ("13 April 1950", "1950-04-13") in tags(text, dt.date(2025, 4, 21))
    assert ("sehari sebelumnya", "2025-04-20") in tags(text, dt.date(2025, 4, 21))


@pytest.mark.parametrize("text, dct, expected", [
    # a date naming a place
    ("Mereka bergabung dengan demonstran di Lapangan 13 Mei pada Sabtu (11/10).", dt.date(2025, 10, 18),
     [("Sabtu (11/10)", "2025-10-11")]),
    # "jelang" speaks of what is ahead: a month already past this year is next year's
    ("Modi Janjikan Dukungan Jelang Pemilu Maret", dt.date(2025, 9, 19), [("Maret", "2026-03")]),
    # a quote opened in the sentence before: its "akan" is the speaker's, the weekday after it the past one
    ('"Kami terkejut. Kami akan menyampaikan reaksi kami," kata Wong di Canberra, Senin siang.', dt.date(2024, 2, 6),
     [("Senin siang", "2024-02-05TAF")]),
])
def test_place_names_jelang_and_quotes_closing_in_the_sentence(text, dct, expected):
    assert tags(text, dct) == expected


_ICC_STORY = ("Tempo.co - Selasa, 21 Maret 2023\n"
              "Rusia membuka penyelidikan pidana terhadap jaksa ICC pada Senin, 20 Maret 2023.\n"
              "ICC menerbitkan surat perintah penangkapan Putin pada Jumat, 17 Maret 2023.\n"
              "Menurut ketua ICC, pelaksanaan surat perintah itu bergantung pada negara anggota.\n"
              "Pada hari yang sama, juru bicara Kremlin menyebut langkah ICC keterlaluan.")
_NIGER_STORY = ("Kompas.com - 25/09/2023\n"
                "Dalam wawancara televisi, Minggu (24/9/2023) malam, Macron mengumumkan penarikan duta besarnya.\n"
                "Sekitar 1.500 tentara juga akan ditarik secara bertahap hingga akhir tahun ini.\n"
                "Junta menyambut pengumuman itu.\n"
                "Pada hari yang sama, Niger menutup wilayah udaranya.")


@pytest.mark.parametrize("story, dct, value", [
    # paragraphs after a day told as news: that day
    (_ICC_STORY, dt.date(2023, 3, 21), "2023-03-17"),
    # after only plans told since the story's day: the story's day
    (_NIGER_STORY, dt.date(2023, 9, 25), "2023-09-24"),
])
def test_the_same_day_is_the_day_of_the_news_told_before(story, dct, value):
    assert tags(story, dct)[-1] == ("hari yang sama", value)


def test_the_same_day_after_a_past_period_told_since_is_the_storys_day_with_less_confidence():
    # a past period told since names no day: the story's day is still the likeliest, taken with less
    # confidence and a note saying so
    story = _NIGER_STORY.replace("akan ditarik secara bertahap hingga akhir tahun ini", "ditarik pada Februari lalu")
    assert tags(story, dt.date(2023, 9, 25))[-1] == ("hari yang sama", "2023-09-24")
    same = tag_timexes(story, dt.date(2023, 9, 25))[-1]
    assert same.confidence <= 0.5 and "story's day" in same.note


@pytest.mark.parametrize("text, expected", [
    # (the year the sentence told was lost: 29 August read as this year's)
    ("Tahun lalu, saat masih menjabat, Prabowo menandatangani perjanjian itu di Canberra pada 29 Agustus.",
     ("29 Agustus", "2024-08-29")),
    ("Pada 2019, kedua menteri bertemu di Tokyo pada 12 Maret.", ("12 Maret", "2019-03-12")),
    # ... not a year a span opens or a range ends, nor for a date with its own direction or weekday
    ("Sejak 2019, kedua menteri bertemu di Tokyo pada 12 Maret.", ("12 Maret", "2025-03-12")),
    ("Indonesia terpilih untuk periode 2024-2026 dalam pemungutan suara, Selasa (10/10).",
     ("Selasa (10/10)", "2025-10-10")),
    ("India mencapnya teroris pada 2020, lalu ia ditembak pada 18 Juni lalu.", ("18 Juni lalu", "2025-06-18")),
    # ... nor a year told elsewhere than at the sentence's opening (a name, an aside, a relative clause)
    ("Dalam kerangka Visi Indonesia Emas 2045, Prabowo menerima Modi pada 5 Maret.", ("5 Maret", "2025-03-05")),
    ("Prabowo Subianto, pemenang Pemilu 2024, menerima Modi pada 5 Maret.", ("5 Maret", "2025-03-05")),
    ("Perjanjian yang ditandatangani pada 2010 itu diperbarui pada 5 Maret.", ("5 Maret", "2025-03-05")),
    ("Pada tahun 2019, kedua menteri bertemu di Tokyo pada 12 Maret.", ("12 Maret", "2019-03-12")),
    # ... or in words in the clause of the date ("KTT NATO tahun lalu digelar ...")
    ("Adapun KTT NATO tahun lalu digelar di Washington pada 9-11 Juli.", ("9-11 Juli", "2024-07-09")),
    ("Pemilu tahun 2024, yang dimenangi Prabowo, digelar lagi pada 5 Maret.", ("5 Maret", "2025-03-05")),
])
def test_a_date_without_its_year_takes_the_year_its_sentence_told(text, expected):
    assert expected in [(t.text, t.value) for t in tag_timexes(text, dt.date(2025, 11, 13))]


@pytest.mark.parametrize("text, expected", [
    # (told in November, a bare January read as the next one: "Sebelumnya" tells it has passed)
    ("Pada Mei lalu, Sudan memutus hubungan dengan UEA. Sebelumnya, pada Januari, Washington menjatuhkan sanksi "
     "kepada Hemedti.", ("Januari", "2025-01")),
    # ... unless the sentence speaks of what is ahead
    ("Sebelumnya, pada Januari, Washington akan menjatuhkan sanksi kepada Hemedti.", ("Januari", "2026-01")),
])
def test_a_month_told_after_sebelumnya_has_passed(text, expected):
    assert expected in [(t.text, t.value) for t in tag_timexes(text, dt.date(2025, 11, 21))]


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia mengisi waduk itu setiap musim hujan.", []),
    ("Dialog itu membahas pengelolaan bendungan di musim kemarau.", []),
    ("Putin berkunjung pada musim panas 2024.", [("musim panas 2024", "2024-SU")]),
    ("Musim dingin ini Eropa kekurangan gas.", [("Musim dingin ini", "2025-WI")]),
])
def test_a_season_is_a_time_only_with_its_year_or_this(text, expected):
    assert [(t.text, t.value) for t in tag_timexes(text, dt.date(2025, 9, 10))] == expected


def test_another_states_independence_day_is_not_indonesias():
    found = [(t.text, t.value) for t in tag_timexes("Macron menghadiri peringatan hari kemerdekaan Moldova. Upacara Hari "
                                                    "Kemerdekaan RI digelar di Istana.", dt.date(2025, 9, 30))]
    assert found == [("Hari Kemerdekaan", "2025-08-17")]


def test_the_same_day_after_two_undated_paragraphs_of_the_storys_day_is_the_storys_day():
    # (a day before the story's day told as no back story: "tiba ... pada Minggu (17/11/2024) malam")
    story = ("Prabowo berpidato di KTT G20 di Rio de Janeiro, Brasil, Senin (18/11/2024).\n"
             "Prabowo tiba di Rio de Janeiro pada Minggu (17/11/2024) malam.\n"
             "{}"
             "Di sela KTT, Prabowo bertemu Perdana Menteri India Narendra Modi.\n"
             "Pada hari yang sama, ia juga berbincang dengan Presiden Amerika Serikat Joe Biden.")
    assert tags(story.format("Indonesia juga resmi bergabung dengan Aliansi Global Melawan Kelaparan.\n"),
                dt.date(2024, 11, 19))[-1] == ("hari yang sama", "2024-11-18")
    # one undated paragraph between: the day told just before
    assert tags(story.format(""), dt.date(2024, 11, 19))[-1] == ("hari yang sama", "2024-11-17")
