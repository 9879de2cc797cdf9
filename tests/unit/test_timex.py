"""The temporal tagger on the forms of issue 3, with a fixed publication date."""
import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.timex import tag_timexes

DCT = dt.date(2026, 1, 10)          # a Saturday

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"


def tags(text, dct=DCT):
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


def one(text, dct=DCT):
    found = tag_timexes(text, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize("text, span, value", [
    # full and partial dates
    ("pada 3 Februari 2026.", "3 Februari 2026", "2026-02-03"),
    ("pada 7 Januari, ia", "7 Januari", "2026-01-07"),
    ("pertemuan pada Januari", "Januari", "2026-01"),
    ("sejak 2022 silam", "2022 silam", "2022"),
    ("pada 2017. Jeda", "2017", "2017"),
    ("pada pertengahan Maret", "pertengahan Maret", "2026-03"),
    ("hingga akhir 2024", "akhir 2024", "2024"),
    ("sejak awal tahun ini", "awal tahun ini", "2026"),
    # outlet conventions
    ("Trump pada Jumat (9/1/2026) mengaku", "Jumat (9/1/2026)", "2026-01-09"),
    ("tiba pada Selasa (6/1) di Bogota", "Selasa (6/1)", "2026-01-06"),
    ("bertemu Senin (5/1) malam", "Senin (5/1) malam", "2026-01-05TNI"),
    ("Kompas.com - 29/07/2025\nJAKARTA", "29/07/2025", "2025-07-29"),
    # relative to the publication date
    ("tiba kemarin", "kemarin", "2026-01-09"),
    ("digelar hari ini", "hari ini", "2026-01-10"),
    ("berangkat besok", "besok", "2026-01-11"),
    ("dimulai lusa", "lusa", "2026-01-12"),
    ("bertemu pekan lalu", "pekan lalu", "2026-W01"),
    ("digelar bulan depan", "bulan depan", "2026-02"),
    ("terpilih tahun lalu", "tahun lalu", "2025"),
    ("terjadi tiga pekan lalu", "tiga pekan lalu", "2025-W51"),
    ("Senin lalu, ia bertemu", "Senin lalu", "2026-01-05"),
    ("dibahas awal bulan ini", "awal bulan ini", "2026-01"),
    ("digelar akhir pekan ini", "akhir pekan ini", "2026-W02"),
    ("Juni lalu, keduanya", "Juni lalu", "2025-06"),
    ("pada Juni mendatang", "Juni mendatang", "2026-06"),
    ("pada Desember lalu", "Desember lalu", "2025-12"),
    # periods with a precision
    ("pada pekan pertama Februari", "pekan pertama Februari", "2026-02"),
    ("pada kuartal III 2025", "kuartal III 2025", "2025-Q3"),
    ("pada musim panas 2014", "musim panas 2014", "2014-SU"),
    ("sejak tahun 1940-an", "tahun 1940-an", "194"),
    # vague references
    ("AS baru-baru ini meningkatkan", "baru-baru ini", "PAST_REF"),
    ("yang saat ini berlaku", "saat ini", "PRESENT_REF"),
    ("di masa mendatang", "masa mendatang", "FUTURE_REF"),
])
def test_dates(text, span, value):
    t = one(text)
    assert (t.text, t.value) == (span, value)
    assert t.type == "DATE"


def test_outlet_weekday_dates_take_the_year_of_the_publication_date():
    assert tags("Pada Selasa (3/12) lalu", dt.date(2024, 12, 5)) == [("Selasa (3/12) lalu", "2024-12-03")]
    assert tags("bertemu pada Senin (12/5) malam", dt.date(2025, 5, 11)) == [("Senin (12/5) malam", "2025-05-12TNI")]
    assert tags("tiba Selasa (30/12)", dt.date(2015, 1, 2)) == [("Selasa (30/12)", "2014-12-30")]


def test_mod_marks_the_part_of_a_period():
    assert one("pada pertengahan Maret").mod == "MID"
    assert one("pada akhir Desember 2024").mod == "END"
    assert one("pada pekan pertama Februari").mod == "START"
    assert one("Awal bulan ini, Petro").mod == "START"


def test_a_month_far_from_the_publication_date_goes_to_the_nearer_year():
    assert one("rencana sejak Desember").value == "2025-12"
    assert one("bertemu 28 Desember", dt.date(2026, 1, 3)).value == "2025-12-28"


def test_a_date_without_its_year_after_a_day_long_past_stays_in_the_year_of_the_story():
    # told in December after 1-2 January: the sixth of last January, not of the next
    text = ("Ethiopia dan Somaliland meneken MoU pada 1 Januari 2024. Sehari kemudian, Somalia memanggil pulang duta "
            "besarnya. Pada 6 Januari, Hassan Sheikh menandatangani undang-undang yang membatalkan MoU tersebut.")
    assert tags(text, dt.date(2024, 12, 12))[-1] == ("6 Januari", "2024-01-06")
    # ... but after a day of this month, the January just ahead is the next one
    text = "Presiden tiba di Roma pada 10 Desember. Ia bertemu Paus pada 6 Januari."
    assert tags(text, dt.date(2024, 12, 12))[-1] == ("6 Januari", "2025-01-06")


def test_relative_to_the_date_mentioned_before():
    text = ("Pada 4 Januari, Trump mengancam. Petro menanggapi keesokan harinya. "
            "Dua hari kemudian mereka menelepon. Sehari sebelumnya, menteri bicara. "
            "Pada 2 April lalu tarif diumumkan. Sepekan kemudian, tarif ditunda. "
            "Pada 27 Januari 2025 ia datang. Lima bulan kemudian, giliran Anwar.")
    assert tags(text) == [
        ("4 Januari", "2026-01-04"), ("keesokan harinya", "2026-01-05"), ("Dua hari kemudian", "2026-01-07"),
        ("Sehari sebelumnya", "2026-01-06"), ("2 April lalu", "2025-04-02"), ("Sepekan kemudian", "2025-04-09"),
        ("27 Januari 2025", "2025-01-27"), ("Lima bulan kemudian", "2025-06")]


def test_the_day_after_an_attack_on_a_named_date():
    found = tags("memilih hari setelah serangan Hamas pada 7 Oktober 2023, di mana sekitar 1.200 orang tewas")
    assert found == [("7 Oktober 2023", "2023-10-07")]


def test_a_plan_in_passing_is_not_the_anchor_of_a_told_story():
    text = ("Gencatan senjata berlaku Sabtu (10/5/2025) pukul 17.00. "
            "Mereka dijadwalkan berbicara pada Senin (12/5) siang. "
            "Gencatan senjata itu langsung diuji pada malam harinya.")
    assert tags(text, dt.date(2025, 5, 11))[-1] == ("malam harinya", "2025-05-10TNI")


def test_a_day_told_in_an_aside_closing_a_sentence_is_no_day_to_count_on_from():
    text = ("Di Kairo, Sabtu (12/4), Prabowo diterima Presiden Mesir. Keduanya membahas rencana rekonstruksi "
            "yang diadopsi KTT Liga Arab pada 4 Maret. Sehari kemudian, Prabowo tiba di Doha.")
    assert tags(text, dt.date(2025, 4, 14))[-1] == ("Sehari kemudian", "2025-04-13")
    # a relative clause dating the sentence's subject is the day told
    text = ("Di Tokyo, Kamis (24/8), air itu dilepas. Laporan IAEA yang diserahkan kepada Kishida pada 4 Juli "
            "menyatakan rencana itu aman. Tiga hari kemudian, Grossi tiba di Seoul.")
    assert tags(text, dt.date(2023, 8, 25))[-1] == ("Tiga hari kemudian", "2023-07-07")


@pytest.mark.parametrize("text, expected", [
    ("KTT pada 25-27 Oktober 2025", [("25-27 Oktober 2025", "2025-10-25")]),
    ("KTT G7 pada 19-21 Mei mendatang", [("19-21 Mei mendatang", "2026-05-19")]),
    ("forum itu berlangsung 10 hingga 12 Mei 2024", [("10 hingga 12 Mei 2024", "2024-05-10")]),
    ("pada triwulan Januari-Maret 2025", [("Januari-Maret 2025", "2025-01")]),
])
def test_a_range_is_one_span_dated_by_its_first_day(text, expected):
    assert tags(text) == expected


def test_two_days_told_apart_are_two_timexes():
    assert tags("pada 10 dan 17 Oktober 2025") == [("10", "2025-10-10"), ("17 Oktober 2025", "2025-10-17")]


def test_a_weekday_that_disagrees_with_the_date_keeps_the_date_with_low_confidence():
    t = one("pada Kamis (11/12/2013) sore")
    assert t.value == "2013-12-11TAF"
    assert t.confidence < 0.9 and "weekday" in t.note


def test_an_impossible_date_is_reported_not_moved():
    t = one("pada 31 Februari 2026")
    assert t.text == "31 Februari 2026"
    assert t.value is None and t.confidence < 0.5 and "impossible" in t.note


@pytest.mark.parametrize("text", [
    "senilai $33,8 miliar pada", "senilai Rp 3,5 triliun", "sekitar 1.200 orang tewas", "kelompok gerilya M-19",
    "KTT G20 di Rio", "menang 3-1 atas", "Pasal 6 Piagam ASEAN", "Resolusi 2231 Dewan Keamanan",
    "KTT ke-47 ASEAN", "Konsultasi Tahunan ke-13", "sebanyak 2000 orang", "UU Nomor 30 Tahun 2009",
    "Permen ESDM No 1/2013 untuk", "tarif 19 persen", "harga di level 60-an dollar AS",
    "melanggar Resolusi Dewan Keamanan PBB 1701.", "sesuai resolusi DK PBB 1701 yang",
    "bersama Perdana Menteri Singapura kala itu, Lee Hsien Loong,", "bertemu Presiden Rusia saat itu Dmitry Medvedev",
])
def test_look_alikes_are_not_dates(text):
    assert [t for t in tag_timexes(text, DCT) if t.type in ("DATE", "TIME")] == []


def test_kala_itu_opening_a_sentence_is_still_the_time_just_told():
    times = tag_timexes("Pada 2019, Jokowi bertemu Putin. Kala itu, Indonesia memimpin G20.", DCT)
    assert [(t.text, t.value) for t in times] == [("2019", "2019"), ("Kala itu", "2019")]


def test_the_next_day_is_not_counted_from_the_day_a_first_since_counts_from():
    text = ("Fico bertemu Xi pada Jumat (1/11/2024).\nLawatan ini merupakan perjalanan pertama Fico ke luar negeri "
            "sejak ia ditembak pada 15 Mei lalu.\nXi menyebut Slovakia mitra penting.\n"
            "Keesokan harinya, Fico bertemu Li Qiang. Kunjungan itu yang pertama sejak Desember 2017. Kala itu, ia ke Beijing.")
    values = {t.text: t.value for t in tag_timexes(text, dt.date(2024, 11, 3))}
    assert values["Keesokan harinya"] == "2024-11-02" and values["Kala itu"] == "2017-12"


def test_the_next_day_in_the_paragraph_an_aside_opens_counts_from_the_aside():
    # (Prabowo met Xi "keesokan harinya" after his trip began on 8 November: read as the day after
    # the story's day, 20 November)
    text = ("Prabowo bertemu Starmer di London, Rabu (20/11).\nKunjungan ke Inggris merupakan etape kelima "
            "dari perjalanan yang dimulai pada 8 November lalu. Di Beijing, ia bertemu Xi Jinping keesokan harinya.")
    values = {t.text: t.value for t in tag_timexes(text, dt.date(2024, 11, 21))}
    assert values["keesokan harinya"] == "2024-11-09"


def test_a_year_after_a_resolution_told_apart_is_still_a_year():
    assert one("Resolusi itu disahkan pada 2006.").value == "2006"


@pytest.mark.parametrize("text, span, type_, value", [
    ("tiba pukul 10.30 WIB", "pukul 10.30", "TIME", "2026-01-10T10:30"),
    ("Kompas.com - 29/07/2025, 16:45 WIB", "16:45", "TIME", "2025-07-29T16:45"),
    ("pada Senin (29/12/2014) pukul 07.00", "pukul 07.00", "TIME", "2014-12-29T07:00"),
    ("pukul 7:55 WIB, Jumat (5/12/2014).", "pukul 7:55", "TIME", "2014-12-05T07:55"),
    ("vakum selama enam tahun", "enam tahun", "DURATION", "P6Y"),
    ("setahun", "setahun", "DURATION", "P1Y"),
    ("selama satu setengah jam", "satu setengah jam", "DURATION", "PT1H30M"),
    ("berlangsung bertahun-tahun", "bertahun-tahun", "DURATION", "PXY"),
    ("digelar setiap tahun", "setiap tahun", "SET", "P1Y"),
    ("rapat setiap Senin", "setiap Senin", "SET", "XXXX-WXX-1"),
])
def test_times_durations_and_sets_carry_their_type(text, span, type_, value):
    found = [t for t in tag_timexes(text, DCT) if t.type == type_]
    assert [(t.text, t.value) for t in found] == [(span, value)]


def test_weekdays_follow_the_tense():
    assert one("Ia tiba Kamis malam.", dt.date(2025, 5, 11)).value == "2025-05-08TNI"
    assert one("Ia akan tiba Kamis.", dt.date(2025, 5, 11)).value == "2025-05-15"
    assert one("Maduro, Senin, mengatakan akan ada perubahan.", dt.date(2014, 11, 19)).value == "2014-11-17"
    # "menjelang" right before the day tells when, not that the day lies ahead
    assert one("Putin mendarat menjelang Rabu dini hari.", dt.date(2024, 6, 20)).value == "2024-06-19TNI"
    assert one("Putin akan tiba menjelang Rabu dini hari.", dt.date(2024, 6, 20)).value == "2024-06-26TNI"


def test_a_weekday_told_with_its_date_is_that_day_when_named_again():
    # Friday's news: the Thursday it dated, not the next one, although "menjelang" looks ahead
    text = ("Para menteri bertemu di Wina pada Kamis (27/11/2014). \"Kita harus menarik kelebihan dari pasar,\" "
            "kata Ramirez menjelang pengumuman hasil pertemuan Kamis.")
    assert tags(text, dt.date(2014, 11, 28)) == [("Kamis (27/11/2014)", "2014-11-27"), ("Kamis", "2014-11-27")]
    # a plan told with "akan" is the next one
    assert tags("Mereka bertemu Kamis (27/11/2014). Mereka akan kembali bertemu pada Kamis.", dt.date(2014, 11, 28)) == [
        ("Kamis (27/11/2014)", "2014-11-27"), ("Kamis", "2014-12-04")]
    # a weekday dated a week or more before is no longer this week's
    assert tags("Mereka bertemu Kamis (20/11/2014). Mereka akan bertemu lagi Kamis.", dt.date(2014, 11, 28)) == [
        ("Kamis (20/11/2014)", "2014-11-20"), ("Kamis", "2014-12-04")]


def test_without_a_publication_date_relative_values_stay_unresolved():
    found = tag_timexes("Pada 3 Februari 2026 mereka bertemu. Kemarin Petro bicara, keesokan harinya ia pergi, 7 Januari.", None)
    assert [(t.text, t.value) for t in found] == [
        ("3 Februari 2026", "2026-02-03"), ("Kemarin", None), ("keesokan harinya", "2026-02-04"), ("7 Januari", None)]


def test_results_are_sorted_and_do_not_overlap():
    text = SEED.read_text(encoding="utf-8")
    found = tag_timexes(text, DCT)
    assert found == sorted(found, key=lambda t: t.start)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(text[t.start:t.end] == t.text for t in found)


def test_the_seed_article():
    text = SEED.read_text(encoding="utf-8")
    values = {t.text: t.value for t in tag_timexes(text, DCT)}
    assert values["3 Februari 2026"] == "2026-02-03"
    assert values["7 Januari"] == "2026-01-07"
    assert values["4 Januari"] == "2026-01-04"
    assert values["keesokan harinya"] == "2026-01-05"
    assert values["bulan depan"] == "2026-02"
    assert "M-19" not in values and "$33,8 miliar" not in values


def test_the_nth_day_of_a_named_event():
    text = ("Pesawat itu hilang pada Sabtu (27/12/2014) malam. Pencarian dimulai Minggu (28/12/2014) pagi. "
            "Pada hari kedua pencarian, tim menemukan serpihan.")
    found = {t.text: t.value for t in tag_timexes(text, dt.date(2014, 12, 30))}
    assert found["hari kedua"] == "2014-12-29"


def test_that_time_takes_the_time_just_told():
    found = tag_timexes("Pada akhir Desember 2024 rencana itu batal. Kala itu, Anwar menunggu.", DCT)
    assert [(t.text, t.value) for t in found] == [("akhir Desember 2024", "2024-12"), ("Kala itu", "2024-12")]


def test_a_range_of_years_and_a_year_with_its_direction_word():
    assert tags("periode 2004-2014") == [("2004", "2004"), ("2014", "2014")]
    assert tags("pada tahun 2010 silam") == [("tahun 2010 silam", "2010")]


def test_a_quoted_plan_does_not_make_the_attribution_day_a_plan():
    found = tag_timexes('"Kami akan menaikkan produksi," kata Maduro, Senin.', dt.date(2014, 11, 19))
    assert [(t.text, t.value) for t in found] == [("Senin", "2014-11-17")]


def test_a_timestamp_as_publication_date_counts_by_its_day():
    assert tags("tiba kemarin", dt.datetime(2026, 1, 10, 16, 45)) == [("kemarin", "2026-01-09")]


@pytest.mark.parametrize("text, value", [
    # the date closing a "setelah" clause after the sentence's dated news is an aside
    ("Perundingan Jeddah dimulai pada 6 Mei, tiga pekan setelah pertempuran pecah di Khartoum pada 15 April. "
     "Lima hari kemudian, kedua pihak menandatangani Deklarasi Jeddah.", "2023-05-11"),
    # ... the sentence's only date is its news
    ("Perundingan itu terhenti setelah delegasi militer menyatakan mundur pada Rabu (31/5). "
     "Sehari kemudian, Amerika Serikat menjatuhkan sanksi.", "2023-06-01"),
])
def test_kemudian_counts_from_the_news_of_the_sentence_before_not_from_what_came_before_it(text, value):
    assert tags(text, dt.date(2023, 6, 2))[-1][1] == value


def test_kemudian_after_a_look_back_counts_from_the_day_looked_back_from():
    text = ("Venezuela menggelar referendum pada Minggu (3/12). Dua hari sebelumnya, ICJ memerintahkan Caracas "
            "menahan diri. Dua hari kemudian, Maduro memerintahkan PDVSA menerbitkan izin.")
    assert tags(text, dt.date(2023, 12, 15))[-1] == ("Dua hari kemudian", "2023-12-05")


@pytest.mark.parametrize("text, dct, value", [
    # the announcement told in the passive ("diumumkan") is the day of "pengumuman"
    ("Chad mengakhiri perjanjian pertahanan dengan Prancis. Keputusan itu diumumkan Menteri Luar Negeri Chad "
     "melalui pernyataan resmi pada Kamis malam, 28 November 2024.\n"
     "Prancis belum mengumumkan jadwal penarikan pasukan.\n"
     "Pada hari yang sama dengan pengumuman Chad, Presiden Senegal Bassirou Diomaye Faye berbicara kepada Le Monde.",
     dt.date(2024, 11, 30), "2024-11-28"),
    # "insiden" is the news of the day the lead tells
    ("MANILA - Kapal Penjaga Pantai China menembakkan meriam air ke kapal pemasok Filipina pada Sabtu (5/8/2023).\n"
     "Kemlu Filipina memanggil Duta Besar China, Minggu (6/8), dan menyerahkan nota protes.\n"
     "Beijing membantah. Pada hari yang sama dengan insiden, juru bicara Penjaga Pantai China Gan Yu "
     "menyatakan kapal Filipina memasuki perairan tanpa izin.", dt.date(2023, 8, 7), "2023-08-05"),
])
def test_the_same_day_as_an_event_named_by_a_noun(text, dct, value):
    from timeline.extraction import extract
    same = [t for t in extract(text, dct=dct).timexes if t.text.startswith("hari yang sama")]
    assert same and same[0].value == value, [(t.text, t.value) for t in same]


@pytest.mark.parametrize("text, dct, value", [
    ("Korea Utara menembakkan peluru artileri pada Minggu (7/1/2024) sore. Ini merupakan hari ketiga berturut-turut "
     "Pyongyang melancarkan tembakan.", dt.date(2024, 1, 8), "2024-01-07"),
    ("Thailand dan Kamboja dijadwalkan berunding pada Senin (28/7/2025) untuk mengakhiri bentrokan yang sudah "
     "memasuki hari keempat.", dt.date(2025, 7, 27), "2025-07-27"),
])
def test_a_day_running_is_the_day_told_not_a_count_from_something_named(text, dct, value):
    nth = [t for t in tag_timexes(text, dct) if t.text.startswith("hari ")]
    assert nth and nth[0].value == value, [(t.text, t.value) for t in nth]


@pytest.mark.parametrize("space", ["  ", "\n", "\t", "\u00a0"])
def test_words_of_a_trigger_spaced_otherwise_are_read_as_spaced_once(space):
    # a double space, a line break or a no-break space from a web page between "ke" and "depan"
    text = f"Dalam beberapa tahun ke{space}depan, harga naik. Ke{space}depan harga naik."
    assert tags(text) == [(f"beberapa tahun ke{space}depan", "FUTURE_REF")]


@pytest.mark.parametrize("text", [
    "Senin (12/5), “Kamis” dan SENIN lalu; sENIN, Seninè, éSenin, Senin_ dan Senin2.",
    "ke depan, Ke Depan, KE  DEPAN, ke, depan, Ke DEPAN, ke\u00a0depan, ke depanè, ke Jakarta",
    "25-27 Oktober, 1.200 orang, 29/07/2025, 3,5 tahun, 2025an, 12:30 WIB, No 12 tahun 2014",
    "İstanbul, Jumat\n\nBACA JUGA: Akhir PEKAN ini",
])
def test_the_folded_scan_finds_what_the_trigger_finds(text):
    from timeline.extraction.timex import _triggers, language
    L = language("id")
    for padded in (" " + text, " " + SEED.read_text(encoding="utf-8")):
        assert _triggers(L, padded) == [(m.start(), m.end(), m.lastgroup) for m in L.trigger.finditer(padded)]


def test_a_month_more_than_one_ahead_told_without_a_word_of_the_future_is_the_one_gone_by():
    # told on 5 December: late January is last January (Goma fell then), unless the sentence looks ahead
    assert tags("M23 menguasai Goma pada akhir Januari.", dt.date(2025, 12, 5)) == [("akhir Januari", "2025-01")]
    assert tags("KTT luar biasa kemungkinan digelar akhir Januari.", dt.date(2025, 12, 5)) == [
        ("akhir Januari", "2026-01")]
    # a headline tells the news and its next step: "Diteken Januari", told in December, is next January
    text = "Prabowo dan Albanese Sepakati Traktat Keamanan, Diteken Januari di Jakarta\nJAKARTA - Kedua pemimpin sepakat."
    assert tags(text, dt.date(2025, 11, 12))[0] == ("Januari", "2026-01")
