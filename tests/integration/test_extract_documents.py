"""`manage.py extract` reads .html and .md files the way uploads are read."""
import json

from django.core.management import call_command


def run_extract(path, *args):
    from io import StringIO
    out = StringIO()
    call_command("extract", str(path), *args, stdout=out)
    return json.loads(out.getvalue())


def test_an_html_page_gives_its_metadata_date_as_the_publication_date(tmp_path):
    page = tmp_path / "a.html"
    page.write_text('<meta property="article:published_time" content="2026-01-10T08:00:00+07:00">'
                    "<article><p>Pada 4 Januari, Trump mengeluarkan ancaman.</p></article>", encoding="utf-8")
    result = run_extract(page)
    assert (result["dct"], result["dct_source"]) == ("2026-01-10", "metadata")


def test_a_date_on_the_command_line_wins(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("# Judul\n\nPada 4 Januari, Trump mengeluarkan ancaman.\n", encoding="utf-8")
    result = run_extract(page, "--dct", "2026-01-09")
    assert (result["dct"], result["dct_source"]) == ("2026-01-09", "given")


def test_it_lists_the_events_confident_enough_unless_every_one_is_asked_for(tmp_path):
    from timeline.extraction.confidence import LISTED_FROM
    page = tmp_path / "a.txt"
    page.write_text("Indonesia dan Jepang sepakat menuntaskan perundingan perjanjian dagang.\n", encoding="utf-8")
    every = run_extract(page, "--dct", "2025-07-29", "--min-confidence", "0")["events"]
    listed = run_extract(page, "--dct", "2025-07-29")["events"]
    assert every and listed == [e for e in every if e["confidence"] >= LISTED_FROM] and len(listed) < len(every)
