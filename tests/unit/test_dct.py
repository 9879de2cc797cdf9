"""The publication date from a dateline or byline, else inferred from the dates told."""
import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.dct import infer_dct

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize("head, expected", [
    ("JAKARTA, KOMPAS.com – Senin (12/5/2025), Presiden Prabowo", dt.date(2025, 5, 12)),
    ("Judul berita\nKompas.com - 29/07/2025, 16:45 WIB\nJAKARTA, KOMPAS.com – Presiden", dt.date(2025, 7, 29)),
    ("Jakarta, 5 Februari 2021 – Pemerintah mengumumkan", dt.date(2021, 2, 5)),
    ("Judul\nMinggu, 18 Mei 2025 14:05 WIB\nIstanbul (ANTARA) - Perundingan", dt.date(2025, 5, 18)),
    ("Selasa, 19 Agu 2025 07:45 WIB\nJudul\nWashington - Presiden", dt.date(2025, 8, 19)),
    ("Judul\nJakarta, CNN Indonesia -- Selasa, 13/05/2025 10:00 WIB\nIsi", dt.date(2025, 5, 13)),
    ("Judul\nDiperbarui 12 Mei 2025, 10:30 WIB\nTEMPO.CO, Jakarta - Isi", dt.date(2025, 5, 12)),
    ("Judul\nKamis, 15 Mei 2025 | 10:30 WIB\nJakarta - Isi", dt.date(2025, 5, 15)),
])
def test_a_dateline_or_byline(head, expected):
    assert infer_dct(head + " bertemu pada 3 Maret 2020.", today=TODAY) == (expected, "dateline")

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"


def test_a_date_deep_in_the_first_paragraph_is_no_dateline():
    text = "JAKARTA, KOMPAS.com - Harga minyak dunia turun, kata menteri di Jakarta, Kamis (5/12/2013)."
    assert infer_dct(text, today=TODAY) == (dt.date(2013, 12, 5), "inferred")


def test_the_seed_is_inferred_between_9_and_12_january_2026():
    text = SEED.read_text(encoding="utf-8")
    day, source = infer_dct(text, today=TODAY)
    assert source == "inferred"
    assert dt.date(2026, 1, 9) <= day <= dt.date(2026, 1, 12)


def test_plans_do_not_count():
    text = "Pertamina menargetkan pemasangan rampung pada 1 Juni 2014. Ia bicara Kamis (5/12/2013)."
    assert infer_dct(text, today=TODAY) == (dt.date(2013, 12, 5), "inferred")


def test_a_weekday_tells_the_year_of_a_year_less_date():
    text = "Prabowo bertolak pada Sabtu (25/10) sore. Timor Leste mendaftar pada 2011."
    assert infer_dct(text, today=TODAY) == (dt.date(2025, 10, 25), "inferred")


def test_a_year_less_weekday_takes_the_year_near_a_full_date_the_text_stamps():
    # 3 January is a Friday in 2020 and in 2025: the story's own full date says which
    text = "Kapal itu masuk pada Senin (30/12/2019). Bakamla mengusirnya pada Jumat (3/1) pagi."
    assert infer_dct(text, today=dt.date(2026, 11, 29)) == (dt.date(2020, 1, 3), "inferred")


def test_a_year_less_weekday_before_a_stamped_full_date_is_not_pulled_back_to_its_year():
    # (a past dialogue "dimulai ... pada Rabu (22/1/2020)" made this Thursday's meeting one of 2020)
    text = ("Menlu Sugiono bertemu Menlu China Wang Yi di Beijing, Kamis (9/1). Pertemuan itu melanjutkan dialog "
            "yang dimulai saat Presiden Joko Widodo ke Beijing pada Rabu (22/1/2020).")
    assert infer_dct(text, today=dt.date(2026, 11, 29)) == (dt.date(2025, 1, 9), "inferred")


def test_nothing_to_go_by():
    assert infer_dct("Tidak ada tanggal di sini, hanya 2022.", today=TODAY) == (None, "unknown")


def test_a_web_page_states_its_date_in_its_metadata():
    html = ('<html><head><meta property="article:published_time" content="2025-07-29T16:45:00+07:00">'
            '</head><body>Jakarta, 5 Februari 2021 – ...</body></html>')
    assert infer_dct(html, today=TODAY) == (dt.date(2025, 7, 29), "metadata")
    ld = '<script type="application/ld+json">{"datePublished": "2024-11-13T08:00:00Z"}</script>'
    assert infer_dct(ld, today=TODAY) == (dt.date(2024, 11, 13), "metadata")


def test_a_day_abroad_becomes_the_day_in_indonesia():
    text = "NEW YORK, KOMPAS.com - Harga minyak turun pada Selasa (18/11/2014) waktu setempat (Rabu pagi WIB)."
    assert infer_dct(text, today=TODAY) == (dt.date(2014, 11, 19), "inferred")


def test_plans_quoted_before_the_attribution_are_the_speakers():
    text = '"Pemerintah akan menaikkan harga," kata Sudirman, Selasa (2/12/2014).'
    assert infer_dct(text, today=TODAY) == (dt.date(2014, 12, 2), "inferred")


def test_a_quote_opened_in_a_sentence_before_is_still_the_speakers():
    text = ('Tikno berkata, "Kami siap. Nanti petugas kami akan datang dan pasang," kata Tikno di Jakarta, '
            'Kamis (5/12/2013).')
    assert infer_dct(text, today=TODAY) == (dt.date(2013, 12, 5), "inferred")


def test_a_date_before_what_came_after_it_is_past():
    text = "Harga minyak masih terus turun pada hari Kamis (27/11/2014) menjelang pertemuan OPEC di Wina."
    assert infer_dct(text, today=TODAY) == (dt.date(2014, 11, 27), "inferred")


def test_a_later_date_without_its_weekday_is_a_threshold_not_the_day_of_the_news():
    text = ("Pesan berantai menyebut pemasangan RFID setelah 30 November 2013 dikenai tarif.\n"
            '"Itu isu," tegas Ali kepada Kompas.com, Kamis (28/11/2013).')
    assert infer_dct(text, today=TODAY) == (dt.date(2013, 11, 28), "inferred")


@pytest.mark.parametrize("text", [
    "Menteri itu tiba di Jakarta pada Senin (8/12/2014) kemarin untuk membahas harga minyak.",
    "Kemarin, Senin (8/12/2014), menteri itu tiba di Jakarta untuk membahas harga minyak.",
    "Menteri itu kemarin (8/12) tiba di Jakarta. Ia bertemu Sofyan pada Senin (8/12/2014).",
])
def test_a_date_called_yesterday_was_the_day_before_publication(text):
    assert infer_dct(text, today=dt.date(2026, 11, 29)) == (dt.date(2014, 12, 9), "inferred")
