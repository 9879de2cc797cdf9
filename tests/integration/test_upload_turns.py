"""An upload of several articles through htmx: stored and answered at once, then extracted one request
each, in turns (timeline/batch.py); a plain form's upload still extracts them all in its request."""
import datetime as dt
import json
import re
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.factories import build_event, build_extraction, create_article
from tests.integration.turns import HTMX, TURN, take_turns
from timeline import ingest
from timeline.models import Article, Event, content_hash
from timeline.views.upload import ABANDONED

pytestmark = pytest.mark.usefixtures("uploader")


def threat(text, dct=None, lang="id"):
    """One threat in every article, two in one that says "dua ancaman"; "rusak" breaks extraction."""
    if "rusak" in text:
        raise RuntimeError("tagger exploded")
    events = [build_event(text, "ancaman", "threat", "2026-01-04",
                          actors=[("Donald Trump", "initiator"), ("Gustavo Petro", "target")])]
    if "dua ancaman" in text:
        events.append(build_event(text, "Petro", "threat", "2026-01-05", actors=[("Gustavo Petro", "initiator")]))
    return build_extraction(events, dct=dct or dt.date(2026, 1, 10), dct_source="given" if dct else "inferred")


def article_file(n: int, words: str = "") -> SimpleUploadedFile:
    return SimpleUploadedFile(f"{n}.txt", f"Pada 4 Januari, ancaman nomor {n} terhadap Petro {words}.".encode())


@pytest.fixture
def runs(monkeypatch):
    """The texts extraction ran on, in order."""
    texts = []

    def recorded(text, dct=None, lang="id"):
        texts.append(text)
        return threat(text, dct, lang)
    monkeypatch.setattr(ingest, "extract", recorded)
    return texts


def upload(client, files, headers=HTMX, **data) -> str:
    return client.post("/upload/", {"files": files, **data}, headers=headers).content.decode()


def new_version(text: str) -> SimpleUploadedFile:
    """A saved web page of the article at https://example.org/berita: the text, and a paragraph more."""
    return SimpleUploadedFile("baru.html", ('<link rel="canonical" href="https://example.org/berita"><article><p>' + text +
                                           "</p><p>Kolombia memanggil duta besarnya.</p></article>").encode())


def by_file(name: str) -> Article:
    return Article.objects.get(filename=name)


def turn_of(html: str) -> tuple[str, dict]:
    turn = TURN.search(html)
    return turn["url"], json.loads(unescape(turn["vals"]))


@pytest.mark.django_db
class TestTheUpload:
    def test_an_htmx_upload_of_several_stores_them_all_and_extracts_none(self, client, runs):
        html = upload(client, [article_file(n) for n in range(3)])
        assert runs == []
        assert Article.objects.count() == 3 and set(Article.objects.values_list("status", flat=True)) == {"pending"}
        assert html.count('class="result ') == 3
        # the first asks for its extraction as it comes; the others wait their turn, and nothing polls
        first, second, third = (by_file(f"{n}.txt") for n in range(3))
        assert len(TURN.findall(html)) == 1 and TURN.search(html)["url"] == f"/upload/{first.pk}/retry/"
        assert "Being extracted (1 of 3)…" in html
        assert f'<p class="note turn" id="turn-{second.pk}">Waiting to be extracted (2 of 3).</p>' in html
        assert f'<p class="note turn" id="turn-{third.pk}">Waiting to be extracted (3 of 3).</p>' in html
        assert "every 2s" not in html and "Run extraction" not in html
        assert 'class="badge' not in html      # (not "waiting for extraction" beside "Being extracted")
        # how far it has come, said politely where the summary goes (the results themselves are not a live region)
        assert ('<p class="summary" id="upload-summary" role="status"><progress max="3" value="0" aria-hidden="true">'
                '</progress> Extracting one article at a time: 0 of 3 extracted.</p>') in html
        assert 'aria-live="polite"' not in html

    def test_the_batch_the_page_carries_names_each_article_and_what_the_upload_made_of_it(self, client, runs):
        before = create_article(text="Sudah diunggah sebelumnya.")
        Article.objects.filter(pk=before.pk).update(content_hash=content_hash("Sudah diunggah sebelumnya."))
        files = [article_file(0), SimpleUploadedFile("lama.txt", "Sudah diunggah sebelumnya.".encode()),
                 article_file(1), SimpleUploadedFile("kosong.txt", b"")]
        _, vals = turn_of(upload(client, files))
        zero, one = by_file("0.txt"), by_file("1.txt")
        assert vals == {"batch": f"{zero.pk}q,{before.pk}d,{one.pk}q", "not_stored": "1"}

    def test_a_single_article_is_extracted_in_its_request(self, client, runs):
        # (one article is quickly done: the answer is complete; a duplicate beside it is not extracted)
        create_article(text="Sudah diunggah sebelumnya.")
        Article.objects.update(content_hash=content_hash("Sudah diunggah sebelumnya."))
        html = upload(client, [article_file(0), SimpleUploadedFile("lama.txt", "Sudah diunggah sebelumnya.".encode())])
        assert len(runs) == 1 and by_file("0.txt").status == "done"
        assert not TURN.search(html) and "Waiting to be extracted" not in html
        assert '<p class="summary">2 articles: 1 extracted (1 event), 1 already uploaded.</p>' in html

    def test_a_plain_form_upload_of_several_still_extracts_them_all_in_its_request(self, client, runs):
        html = upload(client, [article_file(n) for n in range(3)], headers={})
        assert len(runs) == 3 and set(Article.objects.values_list("status", flat=True)) == {"done"}
        assert "<html" in html and not TURN.search(html) and "Waiting to be extracted" not in html
        assert '<p class="summary">3 articles: 3 extracted (3 events).</p>' in html


@pytest.mark.django_db
class TestTurns:
    def test_a_turn_extracts_one_article_and_hands_the_turn_to_the_next(self, client, runs):
        html = upload(client, [article_file(n) for n in range(3)])
        first, second, third = (by_file(f"{n}.txt") for n in range(3))
        url, vals = turn_of(html)
        answer = client.post(url, vals, headers=HTMX).content.decode()
        assert len(runs) == 1 and runs[0].startswith("Pada 4 Januari, ancaman nomor 0")
        first.refresh_from_db(), second.refresh_from_db()
        assert (first.status, second.status) == ("done", "pending")
        # its result, in every copy of it on the page (the upload's, the lists'), where what the upload said
        # of it stays (hx-preserve; upload.js gives the lists' copies none)
        assert answer.lstrip().startswith(f'<li class="result result-done" id="result-{first.pk}" '
                                          f'hx-swap-oob="true">')
        assert f'<div class="upload-notes" id="notes-{first.pk}" hx-preserve="true"></div>' in answer
        assert ">1 event<" in answer
        # the next one's turn, which asks for it as it comes, with the same batch
        assert TURN.search(answer)["url"] == f"/upload/{second.pk}/retry/" and turn_of(answer)[1] == vals
        assert (f'<p class="note turn" id="turn-{second.pk}" hx-swap-oob="true" hx-post="/upload/{second.pk}/retry/"'
                in answer)
        assert "Being extracted (2 of 3)…" in answer
        # and how far the upload has come
        assert ('<p id="upload-summary" hx-swap-oob="innerHTML"><progress max="3" value="1" aria-hidden="true">'
                '</progress> Extracting one article at a time: 1 of 3 extracted.</p>') in answer

        take_turns(client, answer)
        assert len(runs) == 3 and set(Article.objects.values_list("status", flat=True)) == {"done"}

    def test_the_last_turn_says_what_the_plain_upload_says(self, client, runs):
        create_article(text="Sudah diunggah sebelumnya.")
        Article.objects.update(content_hash=content_hash("Sudah diunggah sebelumnya."))
        files = [article_file(0, "dua ancaman"), SimpleUploadedFile("lama.txt", "Sudah diunggah sebelumnya.".encode()),
                 article_file(1), SimpleUploadedFile("kosong.txt", b""), article_file(0, "dua ancaman")]
        answers = take_turns(client, upload(client, files))
        assert len(answers) == 2 and not TURN.search(answers[-1])
        said = "3 articles: 2 extracted (3 events), 1 already uploaded; 2 not stored."
        assert f'<p id="upload-summary" hx-swap-oob="innerHTML">{said}</p>' in answers[-1]
        Article.objects.exclude(filename="").delete()
        Event.objects.all().delete()
        plain = upload(client, [article_file(0, "dua ancaman"),
                                SimpleUploadedFile("lama.txt", "Sudah diunggah sebelumnya.".encode()),
                                article_file(1), SimpleUploadedFile("kosong.txt", b""), article_file(0, "dua ancaman")],
                       headers={})
        assert f'<p class="summary">{said}</p>' in plain

    def test_an_article_its_upload_left_behind_sent_again_takes_its_turn(self, client, runs):
        left = create_article(text="Pada 4 Januari, ancaman yang tertinggal.", status="pending")
        Article.objects.filter(pk=left.pk).update(content_hash=content_hash("Pada 4 Januari, ancaman yang tertinggal."),
                                                  updated_at=timezone.now() - ABANDONED)
        html = upload(client, [article_file(0), SimpleUploadedFile("lama.txt", b"Pada 4 Januari, ancaman yang tertinggal.")])
        assert "Waiting to be extracted (2 of 2)." in html and runs == []
        answers = take_turns(client, html)
        left.refresh_from_db()
        assert left.status == "done" and len(runs) == 2
        assert "2 articles: 1 extracted (1 event), 1 already uploaded (1 extracted now)." in answers[-1]

    def test_a_new_version_takes_its_turn_and_is_counted(self, client, runs):
        text = "Pada 4 Januari, Trump mengeluarkan ancaman terhadap Petro.\nPetro menanggapi keesokan harinya."
        old = create_article(text=text, url="https://example.org/berita")
        html = upload(client, [new_version(text), article_file(1)])
        assert "A new version of" in html and f'id="notes-{old.pk}"' in html
        answers = take_turns(client, html)
        old.refresh_from_db()
        assert old.status == "done" and len(runs) == 2
        assert "2 articles: 2 extracted (2 events), 1 new version of an article stored." in answers[-1]

    def test_a_new_version_says_in_its_turn_how_many_events_a_person_deleted_were_not_added_again(self, client, runs):
        text = "Pada 4 Januari, Trump mengeluarkan ancaman terhadap Petro.\nPetro menanggapi keesokan harinya."
        old = create_article(text=text, url="https://example.org/berita")
        ingest.run_extraction(old)
        old.events.get().delete()       # (a person, in the admin)
        html = upload(client, [new_version(text), article_file(1)])
        # the upload's note on the new version leaves its place; its turn says it there, as an upload of one does
        assert f'keeping what staff corrected<span id="suppressed-{old.pk}"></span>.' in html
        answers = take_turns(client, html)
        assert not old.events.exists()
        assert (f'<span id="suppressed-{old.pk}" hx-swap-oob="true"> (1 event a person deleted not added again)</span>'
                in answers[0])
        assert "suppressed-" not in answers[1]

    def test_a_failed_article_does_not_stop_the_turns(self, client, runs):
        answers = take_turns(client, upload(client, [article_file(0), article_file(1, "rusak"), article_file(2)]))
        assert len(answers) == 3
        broken = by_file("1.txt")
        assert (broken.status, by_file("2.txt").status) == ("failed", "done")
        assert "Extraction failed: RuntimeError: tagger exploded" in answers[1]
        assert f'hx-post="/upload/{broken.pk}/retry/" hx-swap="none"' in answers[1]    # its Retry button
        assert "Extracting one article at a time: 1 of 3 extracted, 1 not extracted." in answers[1]
        assert "3 articles: 2 extracted (2 events), 1 not extracted." in answers[2]

    def test_an_article_deleted_before_its_turn_is_said_so_in_its_place_and_the_turns_go_on(self, client, runs):
        hostile = "<img src=x onerror=alert(1)>"
        files = [article_file(0), SimpleUploadedFile(f"{hostile}.txt", f"{hostile}\n\nPada 4 Januari, ancaman.".encode()),
                 article_file(2)]
        html = upload(client, files)
        gone, last = by_file(f"{hostile}.txt"), by_file("2.txt")
        url, vals = turn_of(html)
        first = client.post(url, vals, headers=HTMX).content.decode()
        Article.objects.filter(pk=gone.pk).delete()       # (in the admin, say)
        answers = [first, *take_turns(client, first)]
        assert len(answers) == 3 and len(runs) == 2 and by_file("2.txt").status == "done"
        said = answers[1]
        # in its place (every copy of it on the page), named as it was, escaped; the next one's turn comes
        assert said.lstrip().startswith(f'<li class="result result-gone" id="result-{gone.pk}" '
                                        f'hx-swap-oob="true">')
        assert "This article no longer exists: it was deleted (in the admin, say) before it was extracted." in said
        assert hostile not in said and said.count("&lt;img src=x onerror=alert(1)&gt;") == 2   # (its title, its file)
        assert "server stopped" not in said and TURN.search(said)["url"] == f"/upload/{last.pk}/retry/"
        # counted as neither extracted nor failed
        assert ('<progress max="3" value="2" aria-hidden="true"></progress> Extracting one article at a time: '
                '1 of 3 extracted, 1 deleted meanwhile.') in said
        assert "3 articles: 2 extracted (2 events), 1 deleted meanwhile." in answers[2]

    def test_an_article_deleted_while_it_is_extracted_is_said_so_too(self, client, monkeypatch):
        def deleting(text, dct=None, lang="id"):
            if "hapus" in text:
                Article.objects.filter(filename="1.txt").delete()
            return threat(text, dct, lang)
        monkeypatch.setattr(ingest, "extract", deleting)
        answers = take_turns(client, upload(client, [article_file(0), article_file(1, "hapus")]))
        assert len(answers) == 2 and 'class="result result-gone"' in answers[1]
        assert "2 articles: 1 extracted (1 event), 1 deleted meanwhile." in answers[1]

    def test_an_article_deleted_before_the_first_turn_does_not_stop_the_turns(self, client, runs):
        html = upload(client, [article_file(0), article_file(1)])
        by_file("0.txt").delete()
        answers = take_turns(client, html)
        assert len(answers) == 2 and len(runs) == 1
        assert "Extracting one article at a time: 0 of 2 extracted, 1 deleted meanwhile." in answers[0]
        assert "2 articles: 1 extracted (1 event), 1 deleted meanwhile." in answers[1]

    def test_a_turn_does_not_extract_again_what_someone_ran_meanwhile(self, client, runs):
        html = upload(client, [article_file(n) for n in range(3)])
        Article.objects.filter(filename="0.txt").update(status="done")     # (run from the page, say)
        url, vals = turn_of(html)
        answer = client.post(url, vals, headers=HTMX).content.decode()
        assert runs == [] and TURN.search(answer)["url"] == f"/upload/{by_file('1.txt').pk}/retry/"

    def test_each_turn_marks_the_articles_after_it_still_waiting(self, client, runs):
        html = upload(client, [article_file(n) for n in range(3)])
        Article.objects.update(updated_at=timezone.now() - ABANDONED)    # (as if the page had taken that long)
        url, vals = turn_of(html)
        client.post(url, vals, headers=HTMX)
        page = client.get("/upload/").content.decode()
        for name in ("1.txt", "2.txt"):     # shown being extracted, not as left behind by a stopped upload
            assert timezone.now() - by_file(name).updated_at < dt.timedelta(minutes=1)
            assert f'hx-get="/upload/{by_file(name).pk}/" hx-trigger="every 2s"' in page
        assert "Run extraction" not in page

    def test_the_articles_of_a_page_closed_before_their_turn_are_left_behind_as_before(self, client, runs):
        # (the tab closed after the first turn: nobody asks for the others, nobody marks them)
        html = upload(client, [article_file(n) for n in range(3)])
        url, vals = turn_of(html)
        client.post(url, vals, headers=HTMX)
        Article.objects.filter(status="pending").update(updated_at=timezone.now() - ABANDONED)
        page = client.get("/upload/").content.decode()
        assert page.count("Not extracted: the upload that stored it stopped before extracting it") == 2
        assert page.count(">Run extraction</button>") == 2 and "every 2s" not in page
        left = by_file("2.txt")
        assert client.post(f"/upload/{left.pk}/retry/").status_code == 200
        left.refresh_from_db()
        assert left.status == "done"

    def test_only_the_uploads_copy_of_a_result_holds_its_notes_by_id(self, client, runs):
        # (a turn's or a retry's answer keeps them by that id: a copy in the lists with it would take them)
        left = create_article(text="Pada 4 Januari, ancaman yang tertinggal.", status="failed", error="RuntimeError")
        Article.objects.filter(pk=left.pk).update(content_hash=content_hash("Pada 4 Januari, ancaman yang tertinggal."))
        page = client.get("/upload/").content.decode()
        assert f'id="result-{left.pk}"' in page and f'id="notes-{left.pk}"' not in page
        plain = upload(client, [SimpleUploadedFile("lama.txt", b"Pada 4 Januari, ancaman yang tertinggal.")], headers={})
        assert plain.count(f'id="result-{left.pk}"') == 2 and plain.count(f'id="notes-{left.pk}"') == 1
        one = upload(client, [article_file(0)])      # (an upload of one, extracted in its request)
        assert f'<div class="upload-notes" id="notes-{by_file("0.txt").pk}">' in one

    def test_a_retry_answers_for_every_copy_keeping_the_uploads_notes(self, client, runs):
        broken = create_article(status="failed", error="RuntimeError: tagger exploded")
        answer = client.post(f"/upload/{broken.pk}/retry/", headers=HTMX).content.decode()
        assert answer.lstrip().startswith(f'<li class="result result-done" id="result-{broken.pk}" hx-swap-oob="true">')
        assert f'<div class="upload-notes" id="notes-{broken.pk}" hx-preserve="true"></div>' in answer

    def test_a_retry_with_no_batch_is_a_retry(self, client, runs):
        # (the Retry button of a failed article in the list: it runs it again, and hands no turn on)
        html = upload(client, [article_file(0, "rusak"), article_file(1)])
        take_turns(client, html)
        broken = by_file("0.txt")
        Article.objects.filter(pk=broken.pk).update(raw_text="Pada 4 Januari, ancaman.", text="Pada 4 Januari, ancaman.")
        answer = client.post(f"/upload/{broken.pk}/retry/", headers=HTMX).content.decode()
        assert not TURN.search(answer) and "upload-summary" not in answer
        broken.refresh_from_db()
        assert broken.status == "done"

    @pytest.mark.parametrize("vals", [{"batch": "12q,x"}, {"batch": ""}, {"batch": "1q", "not_stored": "-1"},
                                      {"batch": "99999q"}])
    def test_a_turn_refuses_a_batch_that_is_not_its_uploads(self, client, vals):
        article = create_article(status="pending")
        assert client.post(f"/upload/{article.pk}/retry/", vals, headers=HTMX).status_code == 400
        article.refresh_from_db()
        assert article.status == "pending"

    def test_a_turn_is_for_staff_who_upload(self, client, django_user_model):
        article = create_article(status="pending")
        client.force_login(django_user_model.objects.create_user("reader", is_staff=True))
        response = client.post(f"/upload/{article.pk}/retry/", {"batch": f"{article.pk}q"}, headers=HTMX)
        assert response.status_code == 403
        article.refresh_from_db()
        assert article.status == "pending"


@pytest.mark.django_db
def test_what_the_upload_said_of_an_article_and_its_text_stay_escaped(client, runs):
    hostile = '<img src=x onerror=alert(1)>'
    files = [SimpleUploadedFile(f"{hostile}.txt", f"Pada 4 Januari, ancaman {hostile}.".encode()),
             SimpleUploadedFile("b.txt", "Pada 4 Januari, ancaman terhadap Petro ’94.".encode("cp1252"))]
    html = upload(client, files)
    assert hostile not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert re.search(r'id="notes-\d+">\s*<p class="note unapplied reading" role="status">b\.txt: ', html)
    answers = take_turns(client, html)
    assert all(hostile not in answer for answer in answers)
    assert "&lt;img src=x onerror=alert(1)&gt;" in answers[0]
