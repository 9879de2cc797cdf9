"""From uploads to article text: decoding, cleaning, HTML and Markdown, and every refusal."""
import datetime as dt
import doctest
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from timeline import documents
from timeline.documents import DocumentError, from_bytes, from_pasted, from_path, from_upload

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"


def test_the_examples_in_the_module_hold():
    result = doctest.testmod(documents)
    assert result.attempted > 0 and result.failed == 0


class TestText:
    def test_the_seed_comes_through_unchanged(self):
        doc = from_path(SEED)
        assert doc.text == SEED.read_text(encoding="utf-8").rstrip("\n")
        assert (doc.kind, doc.filename) == ("text", SEED.name)

    @pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
    def test_it_reads_common_encodings(self, encoding):
        doc = from_bytes("Petro tiba di Bogotá.".encode(encoding), "a.txt")
        assert doc.text == "Petro tiba di Bogotá."

    @pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
    def test_utf16_without_a_byte_order_mark_is_read(self, encoding):
        # (it was refused: "not a text file: it holds binary data or an unknown encoding")
        text = "JAKARTA – Menlu Retno Marsudi bertemu Menlu Malaysia di Café “Merdeka”.\r\nDua."
        doc = from_bytes(text.encode(encoding), "ekspor.txt")
        assert doc.text == "JAKARTA – Menlu Retno Marsudi bertemu Menlu Malaysia di Café “Merdeka”.\nDua."
        assert doc.reading == ""

    def test_a_binary_file_with_zeros_is_still_no_text(self):
        data = bytes([7, 0, 1, 0, 3, 0, 14, 0]) * 100 + bytes(range(256))
        with pytest.raises(DocumentError, match="not a text file"):
            from_bytes(data, "a.txt")

    def test_a_utf8_file_with_a_few_windows_1252_bytes_keeps_its_accents(self):
        # (Word's curly quotes pasted into a UTF-8 file: only those bytes are Windows-1252)
        data = "Menurut Sánchez, ".encode() + b"\x93kami siap\x94" + " kata Pérez.".encode()
        assert from_bytes(data, "a.txt").text == "Menurut Sánchez, \u201ckami siap\u201d kata Pérez."

    def test_a_file_wholly_in_windows_1252_is_read_as_such(self):
        text = "Menurut Sánchez, \u201ckami siap\u201d kata Pérez \u2013 di Bogotá."
        assert from_bytes(text.encode("cp1252"), "a.txt").text == text

    def test_it_keeps_one_paragraph_a_line(self):
        doc = from_bytes(b"Satu.\r\n\r\n\r\n   Dua  tiga. \r\n", "a.txt")
        assert doc.text == "Satu.\nDua tiga."
        assert doc.raw == "Satu.\r\n\r\n\r\n   Dua  tiga. \r\n"

    def test_pasted_text_is_cleaned_the_same_way(self):
        assert from_pasted("\u00a0Satu.\n\nDua.\u200b").text == "Satu.\nDua."

    @pytest.mark.parametrize("control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                                         "\u2066", "\u2067", "\u2068", "\u2069"])
    def test_bidi_embeddings_overrides_and_isolates_are_dropped(self, control):
        # (they would flip the app's own labels around the text: display spoofing)
        assert from_pasted(f"Petro {control}tiba{control} di Bogotá.").text == "Petro tiba di Bogotá."
        assert from_bytes(f"Satu {control}dua.".encode(), "a.txt").text == "Satu dua."

    def test_the_direction_marks_lrm_and_rlm_are_kept(self):
        # (they set the direction of the characters next to them only; mixed scripts need them)
        assert from_pasted("Oman (\u0639\u0645\u0627\u0646\u200f) dan\u200e NATO.").text == (
            "Oman (\u0639\u0645\u0627\u0646\u200f) dan\u200e NATO.")

    def test_quote_marks_a_wrong_decoding_lost_are_quote_marks_again(self):
        # (scraped news often carries "\ufffd" where its curly quotes were)
        doc = from_bytes("\ufffdKami siap,\ufffd kata Misri.".encode(), "a.txt")
        assert doc.text == '"Kami siap," kata Misri.'


class TestRefusals:
    @pytest.mark.parametrize("data, words", [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Office document"),
        (b"teks\x00\x01\x02 biner", "binary data"),
        (bytes(range(1, 32)) * 40, "binary data"),
        (b"Teks \x81\x8d biasa.", "unknown encoding"),  # (bytes neither UTF-8 nor Windows-1252 know)
    ])
    def test_a_file_that_is_not_text_is_refused(self, data, words):
        with pytest.raises(DocumentError, match="is not a text file") as info:
            from_bytes(data, "artikel.txt")
        assert words in str(info.value) and "artikel.txt" in str(info.value)

    def test_a_file_over_the_limit_is_refused_before_it_is_read(self, settings):
        settings.UPLOAD_MAX_BYTES = 1000
        upload = SimpleUploadedFile("big.txt", b"a" * 1001)
        with pytest.raises(DocumentError, match=r"big.txt is too large \(1001 bytes\); the limit is 1000 bytes"):
            from_upload(upload)
        assert upload.tell() == 0

    def test_pasted_text_over_the_limit_is_refused(self):
        with pytest.raises(DocumentError, match="The pasted text is too large"):
            from_pasted("é" * 600, max_bytes=1000)

    @pytest.mark.parametrize("data, message", [
        (b"", "a.txt is empty."),
        (b" \n\r\n\t ", "a.txt is empty."),
        (b"- - -\n...", "a.txt contains no text."),
    ])
    def test_an_empty_file_is_refused(self, data, message):
        with pytest.raises(DocumentError, match=message):
            from_bytes(data, "a.txt")

    def test_a_page_without_text_is_refused(self):
        with pytest.raises(DocumentError, match="contains no text"):
            from_bytes(b"<html><body><script>var x = 1;</script><nav>Home</nav></body></html>", "a.html")

    @pytest.mark.parametrize("name", ["a.pdf", "a.docx", "noextension"])
    def test_only_text_html_and_markdown_files_are_taken(self, name):
        with pytest.raises(DocumentError, match="only .txt, .html and .md files"):
            from_bytes(b"Teks.", name)


PAGE = """<!doctype html>
<html><head>
<title>Petro akan temui Trump - Berita Dunia - NarayaPost</title>
<meta property="og:title" content="Petro akan temui Trump">
<meta property="og:url" content="https://example.com/og">
<link rel="canonical" href="https://example.com/dunia/petro-trump">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "ignored"},
  {"@type": "NewsArticle", "datePublished": "2026-01-10T07:15:00+07:00",
   "publisher": {"@type": "Organization", "name": "NarayaPost"}}]}
</script>
<style>p { color: red }</style>
</head><body>
<header class="site"><a href="/">NarayaPost</a> <nav><a href="/dunia">Dunia</a></nav></header>
<div class="breadcrumb">Beranda &gt; Dunia</div>
<article>
  <h1>Petro akan temui Trump</h1>
  <div class="share-buttons">Bagikan ke Facebook</div>
  <p>Presiden Kolombia Gustavo Petro bakal menemui
     Presiden AS Donald Trump &amp; stafnya.</p>
  <figure><img src="x.jpg"><figcaption>Foto: Reuters</figcaption></figure>
  <p>Baris satu<br>baris dua &lt;script&gt;</p>
  <ul><li>Butir <em>pertama</em></li><li>Butir kedua</li></ul>
  <aside class="baca-juga">BACA JUGA: Berita lain</aside>
  <script>document.write("iklan")</script>
  <!-- komentar -->
</article>
<aside>Terpopuler</aside>
<footer>Hak cipta</footer>
</body></html>"""


class TestHtml:
    def test_it_keeps_the_article_paragraphs_and_drops_the_rest(self):
        doc = from_bytes(PAGE.encode(), "petro.html")
        assert doc.text.split("\n") == [
            "Petro akan temui Trump",
            "Presiden Kolombia Gustavo Petro bakal menemui Presiden AS Donald Trump & stafnya.",
            "Baris satu", "baris dua <script>",
            "Butir pertama", "Butir kedua",
        ]
        assert doc.kind == "html" and doc.raw == PAGE

    def test_it_reads_the_page_metadata(self):
        doc = from_bytes(PAGE.encode(), "petro.html")
        assert doc.title == "Petro akan temui Trump"
        assert doc.outlet == "NarayaPost"
        assert doc.url == "https://example.com/dunia/petro-trump"
        assert doc.published == dt.date(2026, 1, 10)

    @pytest.mark.parametrize("head, url", [
        ('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.com/og">',
         "https://example.com/og"),
        ('<link rel="canonical" href="/dunia/a"><meta name="twitter:url" content="http://example.com/tw">',
         "http://example.com/tw"),
        ('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">', ""),
    ])
    def test_the_url_is_the_first_web_address_the_page_gives(self, head, url):
        doc = from_bytes(f"<html><head>{head}</head><body><p>Teks.</p></body></html>".encode(), "a.html")
        assert doc.url == url

    @pytest.mark.parametrize("head, published", [
        ('<meta property="article:published_time" content="2025-05-12T09:00:00Z">', dt.date(2025, 5, 12)),
        ('<meta name="content_PublishedDate" content="2014-12-29 07:00:00">', dt.date(2014, 12, 29)),
        ('<script type="application/ld+json">[{"datePublished": "2021-02-05"}]</script>', dt.date(2021, 2, 5)),
        ('<script type="application/ld+json">{not json</script>', None),
        ("", None),
    ])
    def test_it_finds_the_publication_date_where_pages_put_it(self, head, published):
        doc = from_bytes(f"<html><head>{head}</head><body><p>Teks.</p></body></html>".encode(), "a.htm")
        assert doc.published == published

    def test_bidi_overrides_are_dropped_from_the_title_and_outlet_too(self):
        head = '<meta property="og:title" content="Judul \u202ebalik\u202c"><meta property="og:site_name" content="\u2067Situs">'
        doc = from_bytes(f"<html><head>{head}</head><body><p>Teks.</p></body></html>".encode(), "a.html")
        assert (doc.title, doc.outlet) == ("Judul balik", "Situs")

    def test_a_placeholder_date_is_no_publication_date(self):
        # (.NET writes 0001-01-01 for "no date"; the next place a page puts its date is used)
        head = ('<meta property="article:published_time" content="0001-01-01T00:00:00">'
                '<script type="application/ld+json">{"datePublished": "2021-02-05"}</script>')
        doc = from_bytes(f"<html><head>{head}</head><body><p>Teks.</p></body></html>".encode(), "a.htm")
        assert doc.published == dt.date(2021, 2, 5)

    def test_an_unclosed_comment_is_no_text(self):
        # (browsers read it to the end of the page; html.parser kept it, and the tags after it, as text)
        doc = from_bytes(b"<article><p>Satu.</p><!-- komentar tak tertutup\n<p>Dua.</p></article>", "a.html")
        assert doc.text == "Satu."

    def test_only_the_comment_left_open_is_cut(self):
        doc = from_bytes(b"<p>Satu<!-- a -->, dua.</p><p>Tiga<!---->.</p><!-- b <p>Empat.</p>", "a.html")
        assert doc.text == "Satu, dua.\nTiga."

    def test_a_page_without_article_element_uses_the_body(self):
        doc = from_bytes(b"<title>Judul</title><div><div>Satu.</div><div>Dua.</div></div>", "a.html")
        assert (doc.text, doc.title) == ("Satu.\nDua.", "Judul")

    def test_a_deeply_nested_page_is_read(self):
        doc = from_bytes(("<div>" * 3000 + "<p>Dalam.</p>" + "</div>" * 3000).encode(), "a.html")
        assert doc.text == "Dalam."

    def test_a_cp1252_page_is_read(self):
        doc = from_bytes("<p>Bogotá</p>".encode("cp1252"), "a.html")
        assert doc.text == "Bogotá"

    @pytest.mark.parametrize("head, encoding, text", [
        ('<meta charset="shift_jis">', "shift_jis", "東京で会談した。"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251", "Лавров tiba di Москва."),
        ("<meta charset='ISO-8859-2'>", "iso8859-2", "Duda tiba di Łódź."),
    ])
    def test_a_page_is_read_in_the_charset_it_declares(self, head, encoding, text):
        doc = from_bytes(f"<html><head>{head}</head><body><p>{text}</p></body></html>".encode(encoding), "a.html")
        assert doc.text == text

    def test_a_declared_charset_does_not_override_utf8(self):
        doc = from_bytes('<meta charset="shift_jis"><p>Bogotá “siap”</p>'.encode(), "a.html")
        assert doc.text == "Bogotá “siap”"

    @pytest.mark.parametrize("charset", ["x-tak-dikenal", "base64"])
    def test_a_charset_python_cannot_read_text_in_falls_back_to_windows_1252(self, charset):
        doc = from_bytes(f'<meta charset="{charset}"><p>Bogotá “siap”</p>'.encode("cp1252"), "a.html")
        assert doc.text == "Bogotá “siap”"


@pytest.mark.parametrize("value, day", [
    ("0001-01-01T00:00:00", None),
    ("1799-12-31", None),
    ("1800-01-01", dt.date(1800, 1, 1)),
    ("2027-12-31T23:59:59Z", dt.date(2027, 12, 31)),
    ("2028-01-01", None),
    ("9999-12-31", None),
])
def test_metadata_dates_are_taken_only_in_plausible_years(value, day):
    assert documents.parse_date(value, today=dt.date(2026, 3, 1)) == day


class TestMarkdown:
    def test_it_strips_the_markup(self):
        doc = from_bytes(
            "# Judul\n\nParagraf **tebal** dan [tautan](https://x.y) yang\nberlanjut.\n\n"
            "* butir satu\n* butir dua\n\n> kutipan\n\n![gambar](x.png)\n\n<script>alert(1)</script>\n".encode(),
            "a.md")
        assert doc.text.split("\n") == [
            "Judul", "Paragraf tebal dan tautan yang berlanjut.", "butir satu", "butir dua", "kutipan"]
        assert doc.kind == "markdown"

    def test_an_unclosed_html_comment_is_no_text(self):
        # (CommonMark reads an HTML block opened by "<!--" to the end of the file when nothing closes it)
        doc = from_bytes(b"Teks.\n\n<!-- komentar tak tertutup\n\nLagi.", "a.md")
        assert doc.text == "Teks."

    def test_its_front_matter_gives_title_date_outlet_and_url_and_is_no_text(self):
        doc = from_bytes(
            '---\ntitle: "Petro akan temui Trump"\ndate: 2026-01-10T07:15:00+07:00\nsource: \'NarayaPost\'\n'
            "canonical: https://example.com/a\ntags:\n  - dunia\n---\n\n# Judul lain\n\nParagraf.\n".encode(), "a.md")
        assert doc.text == "Judul lain\nParagraf."
        assert (doc.title, doc.published, doc.outlet, doc.url) == (
            "Petro akan temui Trump", dt.date(2026, 1, 10), "NarayaPost", "https://example.com/a")

    @pytest.mark.parametrize("front, expected", [
        ("pubDate: '2025-05-12'\noutlet: NarayaPost\nlink: https://example.com/b",
         (dt.date(2025, 5, 12), "NarayaPost", "https://example.com/b")),
        ("Published: 2025-05-12\r\nSite: NarayaPost # situs\r\nURL: 'https://example.com/c'",
         (dt.date(2025, 5, 12), "NarayaPost", "https://example.com/c")),
        ("date: 2025-02-30\npublished: 2025-03-01\nurl: javascript:alert(1)", (dt.date(2025, 3, 1), "", "")),
        ("date: 0001-01-01T00:00:00\nurl: /relatif", (None, "", "")),
    ])
    def test_front_matter_keys_go_by_other_names_and_bad_values_are_left_out(self, front, expected):
        doc = from_bytes(f"---\n{front}\n---\nTeks.".encode(), "a.md")
        assert (doc.published, doc.outlet, doc.url) == expected and doc.text == "Teks."

    @pytest.mark.parametrize("markdown, text", [
        ("---\n\nTeks biasa.\n\n---\n\nLagi.", "Teks biasa.\nLagi."),           # rules, not front matter
        ("---\ntitle: Judul\n\nTeks tanpa penutup.", "title: Judul\nTeks tanpa penutup."),  # never closed
    ])
    def test_what_is_not_front_matter_stays_text(self, markdown, text):
        doc = from_bytes(markdown.encode(), "a.md")
        assert doc.text == text and doc.title == ""


def test_a_size_just_over_the_limit_is_told_in_bytes():
    message = r"big.txt is too large \(2,122,925 bytes\); the limit is 2,097,152 bytes \(2.0 MB\)"
    with pytest.raises(DocumentError, match=message):
        from_upload(SimpleUploadedFile("big.txt", b"a" * 2_122_925), max_bytes=2 * 1024 * 1024)
