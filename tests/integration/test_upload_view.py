"""The upload page: plain and htmx requests, refusals, several files, retry, permissions."""
import datetime as dt
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import build_event, build_extraction, create_article, create_event
from tests.integration.turns import take_turns
from timeline import ingest
from timeline.views.upload import ABANDONED
from timeline.models import Article, Event, content_hash

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"
HTMX = {"HX-Request": "true"}
TEXT = "Pada 4 Januari, Trump mengeluarkan ancaman terhadap Petro.\nPetro menanggapi keesokan harinya."
OTHER = "Pada 6 Januari, Petro menelepon Trump.\nKeduanya sepakat bertemu."     # (another article, not TEXT's update)


def one_threat(text, dct=None, lang="id"):
    events = []
    if "ancaman" in text:
        events.append(build_event(text, "ancaman", "threat", "2026-01-04",
                                  actors=[("Donald Trump", "initiator"), ("Gustavo Petro", "target")]))
    return build_extraction(events, dct=dct or dt.date(2026, 1, 10), dct_source="given" if dct else "inferred")


@pytest.fixture
def fake_extract(monkeypatch):
    monkeypatch.setattr(ingest, "extract", one_threat)


@pytest.mark.django_db
class TestPermissions:
    def test_it_sends_an_anonymous_visitor_to_log_in(self, client):
        response = client.get("/upload/")
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/?next=/upload/")

    def test_an_htmx_request_without_a_session_is_sent_to_log_in_as_a_whole_page(self, client):
        response = client.post("/upload/", {"text": TEXT}, headers={**HTMX, "HX-Current-URL": "http://testserver/upload/"})
        assert response["HX-Redirect"] == "/admin/login/?next=%2Fupload%2F"
        assert not Article.objects.exists()

    def test_a_user_who_is_not_staff_cannot_upload(self, client, django_user_model):
        client.force_login(django_user_model.objects.create_user("reader"))
        response = client.post("/upload/", {"text": TEXT})
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
        assert not Article.objects.exists()

    def test_a_user_who_is_not_staff_cannot_retry(self, client, django_user_model):
        article = create_article(status="failed")
        client.force_login(django_user_model.objects.create_user("reader"))
        response = client.post(f"/upload/{article.pk}/retry/")
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.status == "failed"


@pytest.mark.django_db
@pytest.mark.usefixtures("uploader", "fake_extract")
class TestUpload:
    def test_it_shows_the_form(self, client):
        response = client.get("/upload/")
        assert response.status_code == 200
        assert b'enctype="multipart/form-data"' in response.content and b'hx-post="/upload/"' in response.content

    def test_pasted_text_is_stored_extracted_and_listed(self, client):
        response = client.post("/upload/", {"text": TEXT, "title": "Ancaman", "outlet": "NarayaPost",
                                            "published": "2026-01-10"}, headers=HTMX)
        assert response.status_code == 200
        article = Article.objects.get()
        assert (article.title, article.outlet, article.published, article.published_source, article.status) == (
            "Ancaman", "NarayaPost", dt.date(2026, 1, 10), "given", "done")
        html = response.content.decode()
        assert "<html" not in html and 'id="upload-panel"' in html  # only the panel
        assert ">1 event<" in html and "2026-01-04" in html and "threat" in html.lower()
        assert "Donald Trump" in html and "Gustavo Petro" in html
        assert f'href="/?article={article.pk}"' in html

    def test_the_result_says_where_the_date_came_from_or_what_its_absence_means(self, client, monkeypatch):
        # ("Published (date unknown) — unknown.")
        html = client.post("/upload/", {"text": TEXT, "published": "2026-01-10"}, headers=HTMX).content.decode()
        assert "Published 10 Jan 2026 (given by the user)." in html
        monkeypatch.setattr(ingest, "extract", lambda text, dct=None, lang="id": build_extraction([], dct=None,
                                                                                               dct_source="unknown"))
        html = client.post("/upload/", {"text": "Tanpa tanggal apa pun di sini."}, headers=HTMX).content.decode()
        assert "Publication date unknown: dates told relative to it" in html and "(date unknown)" not in html

    def test_a_plain_post_answers_with_the_whole_page(self, client):
        response = client.post("/upload/", {"text": TEXT})
        assert response.status_code == 200
        assert b"<html" in response.content and b"See them on the timeline" in response.content

    def test_several_files_at_once(self, client):
        files = [SimpleUploadedFile("seed.txt", SEED.read_bytes()),
                 SimpleUploadedFile("b.html", b"<title>Dua</title><article><p>Pada 4 Januari, ada ancaman.</p>"
                                              b"<script>alert(1)</script></article>"),
                 SimpleUploadedFile("c.md", "# Tiga\n\nPetro **menanggapi** kemarin.".encode())]
        response = client.post("/upload/", {"files": files, "outlet": "NarayaPost"}, headers=HTMX)
        assert response.status_code == 200
        assert Article.objects.count() == 3
        last = take_turns(client, response.content.decode())[-1]    # (extracted one request each)
        by_file = {a.filename: a for a in Article.objects.all()}
        assert by_file["b.html"].text == "Pada 4 Januari, ada ancaman." and by_file["b.html"].title == "Dua"
        assert by_file["c.md"].text == "Tiga\nPetro menanggapi kemarin."
        assert all(a.outlet == "NarayaPost" and a.status == "done" for a in by_file.values())
        assert response.content.decode().count('class="result ') == 3
        events = Event.objects.count()
        assert f'<p id="upload-summary" hx-swap-oob="innerHTML">3 articles: 3 extracted ({events} events).</p>' in last
        again = client.post("/upload/", {"files": [SimpleUploadedFile("seed.txt", SEED.read_bytes()),
                                                   SimpleUploadedFile("empty.txt", b"")]}, headers=HTMX)
        assert '<p class="summary">1 article: 1 already uploaded; 1 not stored.</p>' in again.content.decode()

    def test_a_title_or_url_given_with_several_files_is_said_not_to_be_applied(self, client):
        # (they were dropped without a word; the form's help says "For one article")
        files = [SimpleUploadedFile("a.txt", b"Pada 4 Januari, ada ancaman."),
                 SimpleUploadedFile("b.txt", "Petro menanggapi kemarin.".encode())]
        html = client.post("/upload/", {"files": files, "title": "Judul <b>satu</b>", "url": "https://example.org/satu"},
                           headers=HTMX).content.decode()
        assert ("The title and URL you gave were not applied to any of these 2 articles: they are for an upload "
                "of one article; each of these takes its own from its file.") in html
        assert not Article.objects.filter(title__contains="Judul").exists() and not Article.objects.exclude(url="").exists()
        files = [SimpleUploadedFile("c.txt", b"Pada 5 Januari, ada ancaman."), SimpleUploadedFile("d.txt", b"Lain lagi.")]
        html = client.post("/upload/", {"files": files, "url": "https://example.org/satu"}, headers=HTMX).content.decode()
        assert "The URL you gave was not applied to any of these 2 articles: it is for" in html
        # one article takes them, and nothing is said
        html = client.post("/upload/", {"files": [SimpleUploadedFile("e.txt", b"Pada 6 Januari, ada ancaman.")],
                                        "title": "Judul satu"}, headers=HTMX).content.decode()
        assert "not applied" not in html and Article.objects.filter(title="Judul satu").exists()

    def test_a_web_page_gives_its_title_outlet_url_and_date(self, client):
        page = (b'<head><meta property="og:title" content="Ancaman Trump"><meta property="og:site_name" '
                b'content="NarayaPost"><link rel="canonical" href="https://example.com/a">'
                b'<meta property="article:published_time" content="2026-01-09T21:00:00+07:00"></head>'
                b"<body><article><p>Pada 4 Januari, Trump mengeluarkan ancaman.</p></article></body>")
        client.post("/upload/", {"files": [SimpleUploadedFile("a.html", page)]}, headers=HTMX)
        article = Article.objects.get()
        assert (article.title, article.outlet, article.url, article.published, article.published_source) == (
            "Ancaman Trump", "NarayaPost", "https://example.com/a", dt.date(2026, 1, 9), "metadata")

    def test_a_markdown_file_gives_what_its_front_matter_says_and_keeps_it_out_of_the_text(self, client):
        md = (b"---\ntitle: Ancaman Trump\ndate: 2026-01-09\nsource: NarayaPost\n---\n\n"
              b"Pada 4 Januari, Trump mengeluarkan ancaman.\n")
        client.post("/upload/", {"files": [SimpleUploadedFile("a.md", md)]}, headers=HTMX)
        article = Article.objects.get()
        assert (article.title, article.outlet, article.published, article.published_source, article.text) == (
            "Ancaman Trump", "NarayaPost", dt.date(2026, 1, 9), "metadata", "Pada 4 Januari, Trump mengeluarkan ancaman.")

    def test_the_history_tells_the_upload_from_what_extraction_wrote(self, client, uploader):
        # (every machine row was credited to the uploader: the admin's history could not tell them apart)
        client.post("/upload/", {"text": TEXT}, headers=HTMX)
        article = Article.objects.get()
        assert article.history.earliest().history_user == uploader
        event = Event.objects.get()
        assert event.history.earliest().history_user is None
        assert {p.history.earliest().history_user for p in event.participants.all()} == {None}

    def test_files_named_by_their_day_are_dated_by_it_each(self, client):
        # (news saved from a site is often named so)
        # (two articles: one text and the same with a sentence added would be one, its update)
        files = [SimpleUploadedFile(name, text.encode())
                 for name, text in (("20141128-08251271.txt", "Kemarin, Trump mengeluarkan ancaman terhadap Petro."),
                                    ("2014-12-03 kompas.txt", "Kemarin, Petro menanggapi ancaman Trump."))]
        client.post("/upload/", {"files": files}, headers=HTMX)
        by_file = {a.filename: a for a in Article.objects.all()}
        assert {name: (a.published, a.published_source) for name, a in by_file.items()} == {
            "20141128-08251271.txt": (dt.date(2014, 11, 28), "filename"),
            "2014-12-03 kompas.txt": (dt.date(2014, 12, 3), "filename")}

    def test_what_the_form_says_wins_over_the_page(self, client):
        page = (b'<head><meta property="article:published_time" content="2026-01-09"><title>Judul</title></head>'
                b"<body><p>Pada 4 Januari, Trump mengeluarkan ancaman.</p></body>")
        client.post("/upload/", {"files": [SimpleUploadedFile("a.html", page)], "title": "Judul saya",
                                 "published": "2026-01-10"}, headers=HTMX)
        article = Article.objects.get()
        assert (article.title, article.published, article.published_source) == (
            "Judul saya", dt.date(2026, 1, 10), "given")

    def test_the_same_article_again_is_said_to_be_already_uploaded(self, client):
        client.post("/upload/", {"text": TEXT})
        response = client.post("/upload/", {"text": "  " + TEXT + "\n"}, headers=HTMX)
        assert Article.objects.count() == 1 and Event.objects.count() == 1
        html = response.content.decode()
        assert "Already uploaded" in html and f'href="/?article={Article.objects.get().pk}"' in html

    def test_a_file_uploaded_before_under_another_name_is_named_in_its_result(self, client):
        # (the result named only the file stored before: of a batch, the renamed copy was nowhere)
        client.post("/upload/", {"files": [SimpleUploadedFile("20260110-ancaman.txt", TEXT.encode())]})
        html = client.post("/upload/", {"files": [SimpleUploadedFile("salinan <b>.txt", TEXT.encode())]},
                           headers=HTMX).content.decode()
        assert "salinan &lt;b&gt;.txt: the same text, already uploaded as 20260110-ancaman.txt on " in html
        html = client.post("/upload/", {"files": [SimpleUploadedFile("20260110-ancaman.txt", TEXT.encode())]},
                           headers=HTMX).content.decode()
        assert "Already uploaded on " in html and "the same text, already uploaded as" not in html

    def test_a_date_and_title_given_again_are_not_applied_and_it_is_said_with_a_link_to_the_admin(self, client, uploader):
        uploader.user_permissions.add(Permission.objects.get(codename="change_article"))
        client.post("/upload/", {"text": TEXT, "outlet": "NarayaPost"})
        article = Article.objects.get()
        before = (article.title, article.published, article.outlet)
        response = client.post("/upload/", {"text": TEXT, "title": "Judul baru", "published": "2026-01-12",
                                            "outlet": "NarayaPost"}, headers=HTMX)
        html = response.content.decode()
        assert "Already uploaded" in html
        assert ("The publication date and title you gave were not applied: "
                f'<a href="/admin/timeline/article/{article.pk}/change/">change them in the admin</a>.') in html
        article.refresh_from_db()
        assert (article.title, article.published, article.outlet) == before  # (a person may have corrected it)

    def test_what_is_not_applied_is_said_without_a_link_to_staff_who_cannot_change_articles(self, client):
        client.post("/upload/", {"text": TEXT})
        html = client.post("/upload/", {"text": TEXT, "outlet": "Lain"}, headers=HTMX).content.decode()
        assert "The outlet you gave was not applied: the article stored is kept as it is." in html
        assert "/admin/timeline/article/" not in html

    def test_what_the_article_already_has_is_not_said_to_be_unapplied(self, client):
        client.post("/upload/", {"text": TEXT, "title": "Ancaman", "published": "2026-01-10"})
        html = client.post("/upload/", {"text": TEXT, "title": "Ancaman", "published": "2026-01-10"},
                           headers=HTMX).content.decode()
        assert "Already uploaded" in html and "not applied" not in html

    def test_article_text_is_escaped(self, client):
        evil = 'Pada 4 Januari <script>alert("x")</script> ada ancaman <img src=x onerror=alert(1)>.'
        response = client.post("/upload/", {"text": evil, "title": "<b>judul</b>"}, headers=HTMX)
        html = response.content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>judul" not in html
        assert "&lt;b&gt;judul&lt;/b&gt;" in html


@pytest.mark.django_db
@pytest.mark.usefixtures("uploader", "fake_extract")
class TestRefusals:
    """Each refusal is a clear message on the form, and nothing at all is stored."""

    def assert_refused(self, response, message):
        assert response.status_code == 200
        assert message in response.content.decode()
        assert not Article.objects.exists() and not Event.objects.exists()

    def test_an_empty_upload(self, client):
        self.assert_refused(client.post("/upload/", {"text": ""}, headers=HTMX),
                            "Paste the article&#x27;s text or choose at least one file.")

    def test_blank_pasted_text(self, client):
        self.assert_refused(client.post("/upload/", {"text": "   \n  "}, headers=HTMX), "The pasted text is empty.")

    def test_a_file_that_is_not_text(self, client):
        png = SimpleUploadedFile("foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
        self.assert_refused(client.post("/upload/", {"files": [png]}, headers=HTMX),
                            "foto.txt is not a text file (it looks like a PNG image)")

    def test_a_file_of_another_kind(self, client):
        pdf = SimpleUploadedFile("laporan.pdf", b"%PDF-1.7")
        self.assert_refused(client.post("/upload/", {"files": [pdf]}), "only .txt, .html and .md files")

    def test_a_file_over_the_size_limit(self, client, settings):
        settings.UPLOAD_MAX_BYTES = 1024
        big = SimpleUploadedFile("besar.txt", b"Petro. " * 200)
        self.assert_refused(client.post("/upload/", {"files": [big]}, headers=HTMX),
                            "besar.txt is too large (1.4 KB); the limit is 1.0 KB.")

    def test_one_bad_file_among_good_ones_is_listed_and_the_others_are_stored(self, client):
        files = [SimpleUploadedFile("a.txt", TEXT.encode()), SimpleUploadedFile("b.txt", b"\x00\x01\x02"),
                 SimpleUploadedFile("c.txt", OTHER.encode())]
        html = client.post("/upload/", {"files": files}, headers=HTMX).content.decode()
        assert sorted(Article.objects.values_list("filename", flat=True)) == ["a.txt", "c.txt"]
        assert "Not stored" in html and "<li>b.txt is not a text file" in html
        assert html.count('class="result ') == 2

    def test_an_empty_file_among_good_ones_is_listed_and_the_others_are_stored(self, client):
        files = [SimpleUploadedFile("a.txt", TEXT.encode()), SimpleUploadedFile("kosong.txt", b""),
                 SimpleUploadedFile("c.txt", OTHER.encode())]
        html = client.post("/upload/", {"files": files}, headers=HTMX).content.decode()
        assert sorted(Article.objects.values_list("filename", flat=True)) == ["a.txt", "c.txt"]
        assert "Not stored as a new article (1); each article listed under it says what became of it:" in html and "<li>kosong.txt is empty.</li>" in html

    def test_an_empty_file_alone_is_refused_by_name(self, client):
        self.assert_refused(client.post("/upload/", {"files": [SimpleUploadedFile("kosong.txt", b"")]}, headers=HTMX),
                            "kosong.txt is empty.")

    def test_the_same_text_twice_in_one_upload_is_said_to_be_stored_once(self, client):
        files = [SimpleUploadedFile("same1.txt", TEXT.encode()), SimpleUploadedFile("same2.txt", TEXT.encode())]
        html = client.post("/upload/", {"files": files}, headers=HTMX).content.decode()
        assert Article.objects.count() == 1
        assert "<li>same2.txt is the same text as same1.txt: taken once.</li>" in html

    def test_a_file_chosen_twice_and_uploaded_before_is_not_said_to_be_stored(self, client):
        # (it said "those listed under it were stored" and "a.txt is the same text as a.txt: stored
        # once" of a file stored the day before)
        create_article(text=TEXT)
        Article.objects.update(content_hash=content_hash(TEXT))
        files = [SimpleUploadedFile("a.txt", TEXT.encode()), SimpleUploadedFile("a.txt", TEXT.encode())]
        html = client.post("/upload/", {"files": files}, headers=HTMX).content.decode()
        assert "<li>a.txt was chosen twice: taken once.</li>" in html and "were stored" not in html
        assert "1 article: 1 already uploaded; 1 not stored." in html and Article.objects.count() == 1

    def test_files_all_bad_store_nothing(self, client):
        files = [SimpleUploadedFile("a.txt", b"\x00\x01"), SimpleUploadedFile("b.txt", b"\x00\x02")]
        response = client.post("/upload/", {"files": files}, headers=HTMX)
        self.assert_refused(response, "a.txt is not a text file")
        assert "b.txt is not a text file" in response.content.decode()

    @pytest.mark.parametrize("published", ["0001-01-01", "1799-12-31", f"{dt.date.today().year + 2}-01-01"])
    def test_a_publication_date_in_an_implausible_year(self, client, published):
        response = client.post("/upload/", {"text": TEXT, "published": published}, headers=HTMX)
        self.assert_refused(response, f"Give a year between 1800 and {dt.date.today().year + 1}.")

    def test_a_bad_url(self, client):
        self.assert_refused(client.post("/upload/", {"text": TEXT, "url": "not a url"}, headers=HTMX),
                            "Enter a valid URL.")


@pytest.mark.django_db
@pytest.mark.usefixtures("uploader")
class TestRetry:
    def test_a_failed_extraction_is_shown_with_a_retry_button_and_retrying_works(self, client, monkeypatch):
        def broken(text, dct=None, lang="id"):
            raise RuntimeError("tagger exploded")
        monkeypatch.setattr(ingest, "extract", broken)
        response = client.post("/upload/", {"text": TEXT}, headers=HTMX)
        article = Article.objects.get()
        html = response.content.decode()
        assert article.status == "failed"
        assert "Extraction failed: RuntimeError: tagger exploded" in html
        assert f'hx-post="/upload/{article.pk}/retry/"' in html

        monkeypatch.setattr(ingest, "extract", one_threat)
        response = client.post(f"/upload/{article.pk}/retry/", headers=HTMX)
        html = response.content.decode()
        assert html.lstrip().startswith(f'<li class="result result-done" id="result-{article.pk}"')
        assert ">1 event<" in html
        article.refresh_from_db()
        assert article.status == "done" and article.events.count() == 1

    def test_retry_without_htmx_answers_with_the_page(self, client, monkeypatch):
        monkeypatch.setattr(ingest, "extract", one_threat)
        article = create_article(text=TEXT, status="failed", error="boom")
        response = client.post(f"/upload/{article.pk}/retry/")
        assert response.status_code == 200 and b"<html" in response.content
        article.refresh_from_db()
        assert article.status == "done"

    def test_an_article_in_another_language_is_stored_not_extracted_and_may_be_extracted_as_indonesian(
            self, client, fake_extract):
        english = ("WASHINGTON (Reuters) - U.S. President Donald Trump on Friday threatened Colombian President "
                   "Gustavo Petro, saying he would impose tariffs next week if Bogota did not act. Petro "
                   "criticized the decision on Saturday and said he would meet the Secretary of State in "
                   "Bogota, where the two are to discuss the border and the trade talks that have stalled.")
        html = client.post("/upload/", {"text": english + " Ada ancaman."}, headers=HTMX).content.decode()
        article = Article.objects.get()
        assert (article.lang, article.status) == ("en", "failed")
        assert "Not extracted: The text reads as English (“the”, " in html
        assert ">not extracted: English</span>" in html
        assert "Retry extraction" not in html
        assert '<input type="hidden" name="lang" value="id">' in html and ">Extract as Indonesian</button>" in html

        html = client.post(f"/upload/{article.pk}/retry/", {"lang": "id"}, headers=HTMX).content.decode()
        article.refresh_from_db()
        assert (article.lang, article.status) == ("id", "done") and ">1 event<" in html

    def test_retry_refuses_a_language_extraction_does_not_read(self, client, fake_extract):
        article = create_article(status="failed", error="boom")
        assert client.post(f"/upload/{article.pk}/retry/", {"lang": "en"}).status_code == 400
        article.refresh_from_db()
        assert (article.lang, article.status) == ("id", "failed")

    @pytest.mark.parametrize("status", ["running", "pending"])     # (pending: waiting in their batch)
    def test_the_same_text_uploaded_while_someone_extracts_it_waits_for_that_run(self, client, fake_extract,
                                                                                 status):
        # (it offered "Run extraction", which could only answer "already running", and never updated)
        article = create_article(text=TEXT, status=status)
        Article.objects.filter(pk=article.pk).update(content_hash=content_hash(TEXT))
        html = client.post("/upload/", {"text": TEXT}, headers=HTMX).content.decode()
        assert "Being extracted (uploaded at the same time by someone else): this result updates by itself." in html
        assert f'hx-get="/upload/{article.pk}/" hx-trigger="every 2s"' in html and "Run extraction" not in html

        Article.objects.filter(pk=article.pk).update(status="done")
        html = client.get(f"/upload/{article.pk}/", headers=HTMX).content.decode()
        assert html.lstrip().startswith(f'<li class="result result-done" id="result-{article.pk}">')
        assert "every 2s" not in html

    def test_a_run_marked_running_for_long_may_be_run_again(self, client):
        article = create_article(status="running")
        Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - ingest.STALE_RUN)
        html = client.get("/upload/").content.decode()
        assert f'action="/upload/{article.pk}/retry/"' in html and "every 2s" not in html

    def test_an_article_its_upload_left_waiting_is_said_so_with_a_button_to_run_it(self, client):
        # (the server stopped mid-batch: the rest said "Being extracted: this result updates by
        # itself" for ten minutes, polled, and offered nothing)
        article = create_article(status="pending")
        Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - ABANDONED)
        html = client.get("/upload/").content.decode()
        assert ("Not extracted: the upload that stored it stopped before extracting it (the server stopped, "
                "or took too long). The text is stored: run extraction now.") in html
        assert f'action="/upload/{article.pk}/retry/"' in html and "every 2s" not in html

    def test_an_article_its_upload_left_waiting_is_extracted_when_sent_again(self, client, fake_extract):
        # (sending the batch again after the server stopped is what a person does: it said "already
        # uploaded" and left the articles unextracted)
        article = create_article(text=TEXT, status="pending")
        Article.objects.filter(pk=article.pk).update(content_hash=content_hash(TEXT),
                                                     updated_at=timezone.now() - ABANDONED)
        html = client.post("/upload/", {"text": TEXT}, headers=HTMX).content.decode()
        assert Article.objects.get().status == "done" and Event.objects.filter(article=article).count() == 1
        assert "Already uploaded" in html and "1 event" in html
        assert '<p class="summary">1 article: 1 already uploaded (1 extracted now).</p>' in html

    @pytest.mark.parametrize("headers", [{}, HTMX], ids=["in its request", "in turns"])
    def test_an_upload_of_several_marks_the_articles_still_waiting_as_it_goes(self, client, monkeypatch, headers):
        # (the articles after a slow one are not taken for left behind while their upload goes on)
        seen = []

        def slow(text, dct=None, lang="id"):
            waiting = Article.objects.filter(status="pending")
            seen.append(min((a.updated_at for a in waiting), default=None))
            waiting.update(updated_at=timezone.now() - ABANDONED)     # (as if it took that long)
            return one_threat(text, dct, lang)
        monkeypatch.setattr(ingest, "extract", slow)
        files = [SimpleUploadedFile(f"{n}.txt", f"Pada 4 Januari, ancaman nomor {n} terhadap Petro.".encode())
                 for n in range(3)]
        take_turns(client, client.post("/upload/", {"files": files}, headers=headers).content.decode())
        assert len(seen) == 3 and seen[-1] is None
        assert all(timezone.now() - when < dt.timedelta(minutes=1) for when in seen[:2])
        assert set(Article.objects.values_list("status", flat=True)) == {"done"}

    @pytest.mark.parametrize("headers", [{}, HTMX], ids=["in its request", "in turns"])
    def test_an_upload_of_several_does_not_extract_again_what_someone_ran_meanwhile(self, client, monkeypatch,
                                                                                     headers):
        texts = []

        def run_by_someone(text, dct=None, lang="id"):
            texts.append(text)
            if len(texts) == 1:     # (someone ran the second from the page, taking it for left behind)
                Article.objects.filter(status="pending", filename="1.txt").update(status="done")
            return one_threat(text, dct, lang)
        monkeypatch.setattr(ingest, "extract", run_by_someone)
        files = [SimpleUploadedFile(f"{n}.txt", f"Pada 4 Januari, ancaman nomor {n} terhadap Petro.".encode())
                 for n in range(3)]
        html = client.post("/upload/", {"files": files}, headers=headers).content.decode()
        take_turns(client, html)
        assert [t[-17:] for t in texts] == ["0 terhadap Petro.", "2 terhadap Petro."]
        assert html.split('<section class="recent')[0].count('class="result ') == 3    # (the upload's, not the recent ones)

    def test_an_articles_result_is_for_staff_who_upload(self, client, django_user_model):
        article = create_article()
        client.force_login(django_user_model.objects.create_user("reader"))
        assert client.get(f"/upload/{article.pk}/").status_code == 302

    def test_retry_only_takes_post(self, client):
        article = create_article()
        assert client.get(f"/upload/{article.pk}/retry/").status_code == 405

    def test_recent_articles_are_listed_with_their_counts_only(self, client):
        article = create_article(title="Berita lama")
        create_event(article=article)
        html = client.get("/upload/").content.decode()
        assert "Recent articles" in html and "Berita lama" in html and ">1 event<" in html
        assert 'class="events"' not in html

    def test_the_articles_not_extracted_are_counted_when_more_than_are_listed(self, admin_client, monkeypatch):
        import sys
        monkeypatch.setattr(sys.modules["timeline.views.upload"], "ATTENTION", 2)   # (the module, not the view)
        for n in range(15):
            create_article(title=f"Gagal {n}", status="failed", error="boom")
        html = admin_client.get("/upload/").content.decode()
        assert "Not extracted <small class=\"muted\">5</small>" in html and "the latest 2 of 5" in html
        assert '<a href="/admin/timeline/article/?status__in=failed,pending,running">Every article not extracted, in the admin</a>' in html
        listed = admin_client.get("/admin/timeline/article/?status__in=failed,pending,running")
        assert listed.status_code == 200 and listed.context["cl"].result_count == 15

    def test_older_articles_not_extracted_are_listed_apart_with_retry(self, client):
        old = create_article(title="Gagal lama", status="failed", error="boom")
        for n in range(12):
            create_article(title=f"Baru {n}")
        html = client.get("/upload/").content.decode()
        assert "Not extracted" in html and "Gagal lama" in html and f'action="/upload/{old.pk}/retry/"' in html

    def test_the_actors_counted_are_the_same_after_upload_and_in_the_recent_articles(self, client, fake_extract):
        html = client.post("/upload/", {"text": TEXT}, headers=HTMX).content.decode()
        assert "2 actors taking part" in html
        assert "2 actors taking part" in client.get("/upload/").content.decode()

    def test_failed_articles_are_listed_with_retry_on_the_page(self, client):
        article = create_article(status="failed", error="boom")
        response = client.get("/upload/")
        assert f'action="/upload/{article.pk}/retry/"' in response.content.decode()


@pytest.mark.usefixtures("uploader")
def test_every_description_a_field_points_to_is_on_the_page(client):
    # (the help texts had no ids: aria-describedby pointed at nothing)
    import re
    html = client.get("/upload/").content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described and all(f'id="{ref}"' in html for refs in described for ref in refs.split())
