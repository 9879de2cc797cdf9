"""Sentences, paragraphs and boilerplate (timeline/extraction/text.py)."""
import doctest

import pytest

from timeline.extraction import text as text_module
from timeline.extraction.text import classify_paragraph, split_paragraphs, split_sentences


def test_it_gives_paragraphs_with_offsets_into_the_text():
    text = "Satu.\n\n  Dua baris.  \nTiga."
    spans = split_paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["Satu.", "Dua baris.", "Tiga."]


@pytest.mark.parametrize("text, expected", [
    ("Prabowo tiba. Ia disambut Anwar.", ["Prabowo tiba.", "Ia disambut Anwar."]),
    ("Dr. Sugiono hadir. Ia bicara.", ["Dr. Sugiono hadir.", "Ia bicara."]),
    ("Presiden H. Prabowo tiba di Jl. Merdeka No. 5 pagi ini.", ["Presiden H. Prabowo tiba di Jl. Merdeka No. 5 pagi ini."]),
    ("Nilainya $33,8 miliar. Sebanyak 1.200 orang tewas.", ["Nilainya $33,8 miliar.", "Sebanyak 1.200 orang tewas."]),
    ("Wakil Presiden J.D. Vance hadir. Trump juga.", ["Wakil Presiden J.D. Vance hadir.", "Trump juga."]),
    ("Presiden Amerika Serikat (AS) Donald Trump tiba. Ia senang.",
     ["Presiden Amerika Serikat (AS) Donald Trump tiba.", "Ia senang."]),
    ("“Kami siap.” Kata Misri kemudian.", ["“Kami siap.”", "Kata Misri kemudian."]),
    ("Apa kabar? Baik sekali!", ["Apa kabar?", "Baik sekali!"]),
])
def test_it_splits_sentences_without_breaking_abbreviations_or_numbers(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_sentence_offsets_point_into_the_text():
    text = "Judul Berita\nAnwar tiba di Jakarta. Ia bertemu Prabowo.\nBACA JUGA: Lain hal"
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("line, kind", [
    ("BACA JUGA: Takut Di-Maduro-kan, Presiden Kolombia Bakal Temui Trump", "boilerplate"),
    ("Baca juga: Prabowo di Depan Pengusaha China", "boilerplate"),
    ("ADVERTISEMENT", "boilerplate"),
    ("SCROLL TO CONTINUE WITH CONTENT", "boilerplate"),
    ("Editor: Ardi Priyatno", "boilerplate"),
    ("(Foto: ANTARA/Sigid Kurniawan)", "boilerplate"),
    ("Dapatkan update berita pilihan setiap hari di Google News", "boilerplate"),
    ("Kompas.com - 29/07/2025, 16:45 WIB", "byline"),
    ("Minggu, 18 Mei 2025 14:05 WIB", "byline"),
    ("Mantan Gerilyawan", "heading"),
    ("Petro menanggapi hal tersebut keesokan harinya di media sosial.", "body"),
])
def test_it_tells_boilerplate_bylines_and_headings_from_news(line, kind):
    assert classify_paragraph(line, 3, 10) == kind


def test_the_first_short_line_without_a_full_stop_is_the_headline():
    sentences = split_sentences("Prabowo Temui Anwar\nPrabowo bertemu Anwar di Jakarta.")
    assert [s.kind for s in sentences] == ["headline", "body"]
    assert not sentences[0].is_news and sentences[1].is_news


@pytest.mark.parametrize("line, dateline", [
    ("JAKARTA, KOMPAS.com – Presiden tiba.", "JAKARTA, KOMPAS.com – "),
    ("JAKARTA, KOMPAS. com - Harga minyak turun.", "JAKARTA, KOMPAS. com - "),     # (as a scraper spaced it)
    ("Istanbul (ANTARA) - Perundingan dimulai.", "Istanbul (ANTARA) - "),
    ("Beirut - Militer Israel menyerang.", "Beirut - "),
    ("Presiden Joko Widodo - yang baru tiba - berbicara.", ""),
    ("Prabowo tiba di Jakarta.", ""),
])
def test_it_finds_the_dateline_that_opens_a_paragraph(line, dateline):
    from timeline.extraction.text import dateline_length
    assert line[:dateline_length(line)] == dateline


def test_a_photo_caption_is_no_news_but_a_storys_first_line_is():
    from timeline.extraction.text import classify_paragraph
    caption = ("Perdana Menteri India Narendra Modi (kiri) berjabat tangan dengan Presiden China Xi Jinping "
               "di Kazan, Rusia, Rabu (23/10/2024).")
    assert classify_paragraph(caption, 3, 10) == "caption"
    assert not [s for s in split_sentences(caption) if s.is_news]
    lead = "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto (kanan) menerima PM Anwar di Istana Merdeka."
    assert classify_paragraph(lead, 3, 10) == "body"
    # a whole story on one line that shows a photo's caption somewhere is no caption (it found no event)
    story = " ".join(["Prabowo menerima Anwar di Istana Merdeka pada Senin (9/3/2026)."] * 20) + " " + caption
    assert classify_paragraph(story, 0, 1) == "body"
    assert [s for s in split_sentences(story) if s.is_news]


def test_a_caption_s_closing_credit_is_boilerplate_apart_from_the_people_it_shows():
    text = ("Judul Berita\nFoto: Presiden Sri Lanka Ranil Wickremesinghe di Kolombo. (REUTERS/Dinuka Liyanawatte)\n"
            "Jakarta - Wickremesinghe terbang ke Beijing.\n")
    kinds = [(s.kind, s.text) for s in split_sentences(text)]
    assert ("caption", "Foto: Presiden Sri Lanka Ranil Wickremesinghe di Kolombo.") in kinds
    assert ("boilerplate", "(REUTERS/Dinuka Liyanawatte)") in kinds


def test_docstring_examples():
    result = doctest.testmod(text_module)
    assert result.attempted and result.failed == 0


@pytest.mark.parametrize("text, expected", [
    ("\ufffdKami siap,\ufffd kata Misri.", '"Kami siap," kata Misri.'),
    ("Ia menyebut \ufffdlangkah penting\ufffd bagi kawasan.", 'Ia menyebut "langkah penting" bagi kawasan.'),
    ("JAKARTA, KOMPAS.com \ufffd Harga minyak turun.", "JAKARTA, KOMPAS.com – Harga minyak turun."),  # a dash
    ("Caf\ufffd itu tutup.", "Caf\ufffd itu tutup."),                                    # a letter
    ("Nilainya 1.000\ufffdper barel.", "Nilainya 1.000\ufffdper barel."),
])
def test_quote_marks_and_dashes_lost_in_a_wrong_decoding_are_written_again_and_nothing_else(text, expected):
    from timeline.extraction.text import mend_lost_marks
    assert mend_lost_marks(text) == expected
    assert len(mend_lost_marks(text)) == len(text)


def test_a_text_without_full_stops_is_cut_into_bounded_sentences_at_commas():
    # (the work on one sentence grows faster than its length: a 2 MB line never finished)
    from timeline.extraction.text import LONGEST_SENTENCE
    text = "Petro bertemu Trump di Washington, kata juru bicara " * 200
    sentences = split_sentences(text)
    assert len(sentences) > 1 and all(len(s.text) <= LONGEST_SENTENCE for s in sentences)
    assert all(s.text.endswith(",") for s in sentences[:-1])
    assert all(text[s.start:s.end] == s.text for s in sentences)
