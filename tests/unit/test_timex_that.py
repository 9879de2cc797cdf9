"""Periods told by pointing back ("itu", "tersebut" = that): the period of the time told
before, at the unit's own precision, or no value when that time is too coarse to make one.
Made-up sentences, a fixed publication date."""
import datetime as dt

import pytest

from timeline.extraction.resolve import Context, anchor_of, resolve
from timeline.extraction.timex import tag_timexes

DCT = dt.date(2023, 11, 16)          # a Thursday


def found(text, dct=DCT):
    return [(t.text, t.value, t.mod) for t in tag_timexes(text, dct)]


def test_the_brief_example_points_back_to_the_month_told():
    text = ("Blinken membatalkan kunjungan ke Beijing pada Februari lalu. Awal bulan itu, sebuah balon terlihat. "
            "Pada hari itu juga ia marah. Tahun itu menjadi sulit. Pekan itu sibuk.")
    tags = tag_timexes(text, DCT)
    assert [(t.text, t.value, t.mod) for t in tags] == [
        ("Februari lalu", "2023-02", None), ("Awal bulan itu", "2023-02", "START"),
        ("hari itu juga", "2023-02", None), ("Tahun itu", "2023", None), ("Pekan itu", None, None)]
    # no day can be made from a month: the day of a time known to the month is known to the month
    # (less sure, with a note); no week from a year: no value, not the dct
    assert tags[2].confidence < 0.8 and "known to the month" in tags[2].note
    assert tags[4].confidence < 0.5 and "coarser" in tags[4].note


@pytest.mark.parametrize("text, expected", [
    # bulan itu / tersebut: the month of the last date told
    ("Harga cabai melonjak pada 12 Maret 2022. Bulan itu inflasi naik.", ("Bulan itu", "2022-03", None)),
    ("Pabrik ditutup Juli lalu. Produksi bulan tersebut anjlok.", ("bulan tersebut", "2023-07", None)),
    # awal / pertengahan / akhir bulan itu: the month, with its part
    ("Kontrak diteken pada Mei 2021. Pada awal bulan itu, tim tiba.", ("awal bulan itu", "2021-05", "START")),
    ("Pameran digelar Agustus 2019. Pertengahan bulan tersebut, pengunjung membeludak.",
     ("Pertengahan bulan tersebut", "2019-08", "MID")),
    ("Banjir melanda pada 3 Januari 2020. Akhir bulan itu, air surut.", ("Akhir bulan itu", "2020-01", "END")),
    # pekan / minggu itu: the ISO week of the day told
    ("Kapal tiba Selasa (7/11/2023). Pekan itu pelabuhan sibuk.", ("Pekan itu", "2023-W45", None)),
    ("Sidang dibuka 2 Oktober 2023. Minggu tersebut penuh kejutan.", ("Minggu tersebut", "2023-W40", None)),
    ("Perundingan digelar pekan lalu. Pekan itu juga sanksi dijatuhkan.", ("Pekan itu juga", "2023-W45", None)),
    # tahun itu / tersebut, awal / akhir tahun itu: the year of the time told
    ("Jembatan diresmikan pada 17 Agustus 2015. Tahun itu pula jalan tol dibuka.", ("Tahun itu", "2015", None)),
    ("Ia terpilih pada 2014. Pada akhir tahun tersebut ia dilantik.", ("akhir tahun tersebut", "2014", "END")),
    ("Krisis dimulai Maret 2008. Awal tahun itu harga minyak tinggi.", ("Awal tahun itu", "2008", "START")),
    # hari itu: the day told
    ("Gempa terjadi Minggu (5/8/2018). Hari itu ratusan rumah rusak.", ("Hari itu", "2018-08-05", None)),
    ("Larangan diumumkan 24 Agustus 2023 dan berlaku hari itu juga.", ("hari itu juga", "2023-08-24", None)),
    # malam / pagi / siang / sore itu: that part of the day told
    ("Demo pecah Rabu (1/5/2019). Malam itu polisi berjaga.", ("Malam itu", "2019-05-01TNI", None)),
    ("Ia berangkat 9 Juni 2022. Pagi itu cuaca cerah.", ("Pagi itu", "2022-06-09TMO", None)),
    ("Rapat digelar 4 April 2021. Siang itu keputusan diambil.", ("Siang itu", "2021-04-04TAF", None)),
    ("Hujan turun pada 20 Januari 2023. Sore tersebut jalan tergenang.", ("Sore tersebut", "2023-01-20TAF", None)),
    # saat / kala / ketika itu, sejak itu: the time told itself, at its own precision
    ("Perang pecah pada Juni 1967. Saat itu, kota dikepung.", ("Saat itu", "1967-06", None)),
    ("Partai itu menang pada 2004. Kala itu, ia masih muda.", ("Kala itu", "2004", None)),
    ("Keduanya bertemu pada 3 Maret 2022. Ketika itu, mereka sepakat.", ("Ketika itu", "2022-03-03", None)),
    ("Tambang ditutup pada Mei 2020. Sejak itu, warga menganggur.", ("Sejak itu", "2020-05", None)),
    # akhir pekan itu: the weekend of the week told
    ("Festival dibuka Jumat (10/11/2023). Akhir pekan itu kota ramai.", ("Akhir pekan itu", "2023-W45", "END")),
])
def test_each_form_points_to_the_period_told_before(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, span", [
    ("Pemilu digelar pada 2019. Pekan itu TPS ramai.", "Pekan itu"),            # a year makes no week
    ("Pemilu digelar pada 2019. Bulan itu TPS ramai.", "Bulan itu"),            # a year makes no month
    ("Pemilu digelar pada 2019. Pada awal bulan itu TPS dibangun.", "awal bulan itu"),
])
def test_a_period_coarser_than_the_unit_makes_no_value(text, span):
    (t,) = [t for t in tag_timexes(text, DCT) if t.text == span]
    assert t.value is None and t.confidence < 0.5 and t.note


@pytest.mark.parametrize("text, span", [
    ("Pemilu digelar pada Februari 2019. Hari itu TPS ramai.", "Hari itu"),
    ("Pemilu digelar pada Februari 2019. Malam itu TPS tutup.", "Malam itu"),
    ("Macron mengakui rencana itu pada akhir Juli 2024. Aljazair menarik duta besarnya pada hari yang sama.",
     "hari yang sama"),
])
def test_the_day_of_a_time_known_to_the_month_is_known_to_the_month(text, span):
    # (a month makes no day; the day it names lies in that month, not on an older day told before)
    (t,) = [t for t in tag_timexes("Kedutaan ditutup pada 24 Agustus 2021.\n" + text, DCT) if t.text == span]
    assert t.value[:7] == "2019-02" if "2019" in text else t.value == "2024-07"
    assert t.confidence < 0.8 and t.note


def test_a_precise_time_a_little_before_a_coarser_one_still_counts():
    text = "Hamas menyerang pada 7 Oktober 2023. Serangan itu yang terbesar sejak 1973. Hari itu, ribuan roket ditembakkan."
    assert ("Hari itu", "2023-10-07", None) in found(text)


def test_a_precise_time_paragraphs_away_does_not():
    text = ("Hamas menyerang pada 7 Oktober 2023.\nA.\nB.\nC.\nPerang itu mengingatkan pada 1973. "
            "Hari itu, ribuan roket ditembakkan.")
    assert ("Hari itu", None, None) in found(text)


def test_numbers_before_the_unit_make_an_amount_not_that_period():
    assert not [t for t in tag_timexes("Paus yang berusia 87 tahun itu tiba pada 3 September 2024.", DCT)
                if t.text.endswith("itu")]


@pytest.mark.parametrize("symbolic, anchors, expected", [
    ("REF:month+0|mod=START", ["2023-02"], ("2023-02", "START")),
    ("REF:week+0", ["2023-11-08"], ("2023-W45", None)),
    ("REF:week+0", ["2023-W45"], ("2023-W45", None)),             # a week told is that week
    ("REF:week+0", ["2023-11"], (None, None)),
    ("REF:weekend+0", ["2023-11-08"], ("2023-W45-WE", None)),
    ("REF:year+0|mod=END", ["2019-05-02"], ("2019", "END")),
    ("REF:day+0|pod=NI", ["2023-02"], ("2023-02", None)),      # (the night of a time known to the month)
    ("REF:same", ["2024-12"], ("2024-12", None)),
])
def test_the_resolver_gives_that_period_at_the_units_precision(symbolic, anchors, expected):
    ctx = Context(dct=DCT, anchors=[anchor_of(v, i) for i, v in enumerate(anchors)])
    r = resolve(symbolic, ctx)
    assert (r.value, r.mod if r.value else None) == expected


def test_without_anything_told_before_the_publication_date_stands_in_with_less_confidence():
    r = resolve("REF:week+0", Context(dct=DCT))
    assert r.value == "2023-W46" and r.confidence < 1 and r.note
    assert resolve("REF:month+0", Context(dct=None)).value is None
