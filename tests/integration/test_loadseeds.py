"""manage.py loadseeds: every seed file becomes an extracted article, once."""
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.factories import build_event, build_extraction
from timeline import ingest
from timeline.models import Article, Event


def loadseeds(*args):
    out = StringIO()
    call_command("loadseeds", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def seeds(tmp_path):
    (tmp_path / "a.txt").write_text("Pada 4 Januari, Trump mengeluarkan ancaman terhadap Petro.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<title>B</title><article><p>Petro menanggapi ancaman itu.</p></article>",
                                     encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    return tmp_path


@pytest.fixture(autouse=True)
def fake_extract(monkeypatch):
    monkeypatch.setattr(ingest, "extract", lambda text, dct=None, lang="id": build_extraction(
        [build_event(text, "ancaman", "threat", "2026-01-04", actors=["Donald Trump"])]))


@pytest.mark.django_db
def test_it_loads_and_extracts_every_article_file_once(seeds):
    out = loadseeds("--dir", str(seeds))
    assert "a.txt: " in out and "b.html: " in out and "notes.csv" not in out
    assert sorted(Article.objects.values_list("filename", "title", "status")) == [
        ("a.txt", "Pada 4 Januari, Trump mengeluarkan ancaman terhadap Petro.", "done"), ("b.html", "B", "done")]
    assert Event.objects.count() == 2

    out = loadseeds("--dir", str(seeds))
    assert out.count("already loaded") == 2
    assert (Article.objects.count(), Event.objects.count()) == (2, 2)


@pytest.mark.django_db
def test_an_article_whose_extraction_failed_is_extracted_again(seeds):
    loadseeds("--dir", str(seeds))
    Article.objects.filter(filename="a.txt").update(status="failed")
    out = loadseeds("--dir", str(seeds))
    assert "a.txt: " in out and "already loaded" in out
    assert set(Article.objects.values_list("status", flat=True)) == {"done"}


@pytest.mark.django_db
def test_a_bad_seed_file_is_reported(seeds):
    (seeds / "c.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(CommandError, match="1 seed file"):
        loadseeds("--dir", str(seeds))
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_the_real_seeds_load(monkeypatch):
    monkeypatch.undo()  # the real extractor
    loadseeds()
    assert Article.objects.filter(status="done").count() >= 1
