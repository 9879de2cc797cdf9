"""An outlet's updated version of an article uploaded again: recognised, taken as a new version of
the article stored (its corrections kept, its previous text kept), unless the upload asks for a
separate article. The files are the QA tester's (session 22): a Tempo article and its update, the
same text with a blank line and a sentence added."""
import datetime as dt
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from timeline import versions
from timeline.ingest import run_extraction
from timeline.models import Article, ArticleVersion, Event, Evidence, Participant

DATA = Path(__file__).resolve().parents[1] / "data" / "variants"
ORIGINAL = DATA / "20260813-canberra.txt"
UPDATED = DATA / "canberra-updated.txt"


def upload(client, path, **fields):
    return client.post("/upload/", {"files": [SimpleUploadedFile(path.name, path.read_bytes())], **fields})


@pytest.fixture
def staff(uploader):
    """Staff who upload and correct articles."""
    uploader.user_permissions.add(*Permission.objects.filter(codename__in=["view_article", "change_article"]))
    return uploader


@pytest.fixture
def corrected(client, staff):
    """The original uploaded, then corrected as the tester did: the meeting re-dated (extraction dates it
    11 Aug now, the tester's correction; a person's date here), a wrong party of the speech removed, the
    2027 exercise "against Filipina" deleted."""
    upload(client, ORIGINAL)
    article = Article.objects.get()
    meeting = article.events.get(type="meeting", date__startswith="2026-08")
    meeting.date, meeting.edited = "2026-08-10", True
    meeting.save()
    speech = article.events.get(participants__actor__name="Susilo Bambang Yudhoyono")
    Participant.objects.filter(event=speech, actor__name="Susilo Bambang Yudhoyono").delete()
    speech.edited = True        # (as the admin marks an event whose participants a person changed)
    speech.save()
    doomed = article.events.exclude(pk=meeting.pk).filter(date="2027").first()
    doomed.delete()
    return article, meeting, doomed


@pytest.mark.django_db
class TestNewVersion:
    def test_the_update_is_the_same_article_with_its_corrections_kept(self, client, corrected):
        article, meeting, doomed = corrected
        before = set(article.events.values_list("pk", flat=True))
        response = upload(client, UPDATED)
        assert Article.objects.count() == 1
        article.refresh_from_db()
        assert "Artikel ini telah diperbarui" in article.text
        meeting.refresh_from_db()
        assert meeting.date == "2026-08-10"
        assert not Participant.objects.filter(event__article=article, actor__name="Susilo Bambang Yudhoyono").exists()
        # (its evidence moved with the blank line added above it)
        for evidence in meeting.evidence.all():
            assert article.text[evidence.start:evidence.end] == evidence.quote
        assert not article.events.filter(date="2027").exists()          # the deleted one not back
        assert article.events.filter(type="meeting", date__startswith="2026-08").count() == 1   # no second one
        assert set(article.events.values_list("pk", flat=True)) == before  # the same rows, links intact
        page = response.content.decode()
        assert "A new version of" in page and f'href="/articles/{article.pk}/"' in page
        assert "1 new version of an article stored" in page
        assert "not added again" in page

    def test_the_previous_text_is_kept_and_can_be_restored(self, client, corrected, staff):
        article, meeting, _ = corrected
        original = article.text
        upload(client, UPDATED)
        version = ArticleVersion.objects.get()
        assert version.text == original and version.article == article and version.replaced_by == staff
        assert "sentences in common" in version.reason or "title" in version.reason
        page = client.get(f"/admin/timeline/articleversion/{version.pk}/change/").content.decode()
        assert "+ Artikel ini telah diperbarui" in page
        response = client.post("/admin/timeline/articleversion/", {
            "action": "restore_version", "_selected_action": [version.pk]}, follow=True)
        assert response.status_code == 200
        article.refresh_from_db()
        assert article.text == original
        assert ArticleVersion.objects.count() == 2       # the update kept in its turn
        meeting.refresh_from_db()
        assert meeting.date == "2026-08-10"
        assert "Previous versions" in client.get(f"/admin/timeline/article/{article.pk}/change/").content.decode()

    def test_a_restored_version_is_the_text_extraction_reads_again(self, client, corrected, staff):
        # (the action ran extraction on the article as it was before the restore, the update's text:
        # the events of the sentence only the update holds stayed, every span a sentence off)
        article, _, _ = corrected
        update = SimpleUploadedFile("update.txt", (
            "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Senin "
            "(10/8/2026).\n\n" + ORIGINAL.read_text(encoding="utf-8")).encode())
        client.post("/upload/", {"files": [update]})
        assert article.events.filter(participants__actor__name="Anwar Ibrahim").exists()
        client.post("/admin/timeline/articleversion/", {
            "action": "restore_version", "_selected_action": [ArticleVersion.objects.get().pk]})
        article.refresh_from_db()
        assert "Anwar Ibrahim" not in article.text
        assert not article.events.filter(participants__actor__name="Anwar Ibrahim").exists()
        spans = [(e.quote, article.text[e.start:e.end]) for e in Evidence.objects.filter(article=article)]
        assert spans and all(quote == text for quote, text in spans)

    def test_the_time_a_version_was_replaced_is_told_in_the_site_time_zone(self, client, corrected, settings):
        # (its name, the article's list of versions and the restore's reason said the UTC time, 7 hours
        # off the "replaced" column beside them in Jakarta)
        settings.TIME_ZONE = "Asia/Jakarta"
        article, _, _ = corrected
        upload(client, UPDATED)
        version = ArticleVersion.objects.get()
        local = timezone.localtime(version.replaced_at).strftime("%Y-%m-%d %H:%M")
        assert local != version.replaced_at.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
        assert str(version).endswith(f"(replaced {local})")
        assert f"replaced {local}" in client.get(f"/admin/timeline/article/{article.pk}/change/").content.decode()
        versions.restore(version)
        assert ArticleVersion.objects.latest("pk").reason == f"version of {local} restored"

    def test_ticking_keep_separate_stores_a_new_article(self, client, corrected):
        upload(client, UPDATED, separate="on")
        assert Article.objects.count() == 2 and not ArticleVersion.objects.exists()

    def test_the_date_a_file_name_gave_stays_when_the_update_gives_none(self, client, corrected):
        article, _, _ = corrected
        upload(client, UPDATED)
        article.refresh_from_db()
        assert article.published == dt.date(2026, 8, 13)

    def test_the_same_url_is_the_same_article(self, client, staff):
        client.post("/upload/", {"text": ORIGINAL.read_text(), "url": "https://tempo.co/a/1"})
        client.post("/upload/", {"text": "Berita lain sama sekali. Isinya berbeda dari yang lama.",
                                 "url": "https://tempo.co/a/1"})
        assert Article.objects.count() == 1 and ArticleVersion.objects.count() == 1

    def test_the_exact_text_again_is_still_a_duplicate(self, client, staff):
        upload(client, ORIGINAL)
        response = upload(client, ORIGINAL)
        assert "Already uploaded" in response.content.decode() and not ArticleVersion.objects.exists()


@pytest.mark.django_db
class TestOneUpload:
    """The original and its update chosen together: as uploaded one after the other (QA 22's files)."""

    def post(self, client, *files):
        return client.post("/upload/", {"files": [SimpleUploadedFile(name, path.read_bytes()) for name, path in files]},
                           headers={"HX-Request": "true"})     # (the upload's panel alone, not the recent articles)

    def test_the_later_file_is_a_new_version_of_the_first(self, client, staff):
        response = self.post(client, (ORIGINAL.name, ORIGINAL), (UPDATED.name, UPDATED))
        article = Article.objects.get()
        version = ArticleVersion.objects.get()
        assert version.article == article and version.text.strip() == ORIGINAL.read_text().strip()
        assert "Artikel ini telah diperbarui" in article.text and article.filename == UPDATED.name
        assert article.status == "done" and article.published == dt.date(2026, 8, 13)   # (the first's file name)
        for evidence in article.evidence.all():        # (extracted from the text it holds)
            assert article.text[evidence.start:evidence.end] == evidence.quote
        page = response.content.decode()
        assert page.count('class="result ') == 1
        assert f"{UPDATED.name} is a new version of {ORIGINAL.name}, uploaded with it (the same title)" in page
        assert f'href="/articles/{article.pk}/"' in page and "is the same text as" not in page
        assert f'<p class="summary">1 article: 1 extracted ({article.events.count()} events), ' \
               "1 new version of an article stored.</p>" in page

    def test_the_later_by_publication_date_is_the_new_version_whatever_the_order(self, client, staff):
        self.post(client, ("20260814-canberra-updated.txt", UPDATED), (ORIGINAL.name, ORIGINAL))
        article = Article.objects.get()
        assert "Artikel ini telah diperbarui" in article.text and article.published == dt.date(2026, 8, 14)
        assert "Artikel ini telah diperbarui" not in ArticleVersion.objects.get().text

    def test_without_dates_the_order_of_the_files_decides(self, client, staff):
        self.post(client, ("canberra-updated.txt", UPDATED), ("canberra.txt", ORIGINAL))
        article = Article.objects.get()
        assert article.filename == "canberra.txt" and "Artikel ini telah diperbarui" in ArticleVersion.objects.get().text

    def test_an_article_uploaded_before_with_its_update_is_one_result_its_new_version(self, client, staff):
        upload(client, ORIGINAL)
        page = self.post(client, (ORIGINAL.name, ORIGINAL), (UPDATED.name, UPDATED)).content.decode()
        article = Article.objects.get()
        assert "Artikel ini telah diperbarui" in article.text and ArticleVersion.objects.count() == 1
        assert page.count('class="result ') == 1 and "A new version of" in page and "Already uploaded" not in page

    def test_keep_separate_keeps_them_apart(self, client, staff):
        client.post("/upload/", {"files": [SimpleUploadedFile(p.name, p.read_bytes()) for p in (ORIGINAL, UPDATED)],
                                 "separate": "on"})
        assert Article.objects.count() == 2 and not ArticleVersion.objects.exists()


@pytest.mark.django_db
class TestNearDuplicate:
    def test_another_article_of_the_story_is_no_version(self, client, staff):
        upload(client, ORIGINAL)
        other = ("Menteri Luar Negeri Sugiono bertemu Penny Wong di Jakarta pada Senin.\n"
                 "Parlemen Australia meratifikasi perjanjian keamanan bersama kedua negara pada Juli 2026.\n"
                 "Keduanya membahas kerja sama maritim dan perikanan di Laut Timor.\n"
                 "Wong mengatakan hubungan kedua negara berada di titik terbaik.")
        assert versions.near_duplicate(other) is None

    def test_the_update_is_found_by_its_sentences(self, client, staff):
        upload(client, ORIGINAL)
        text = UPDATED.read_text().replace("TEMPO.CO, Canberra - Presiden", "CANBERRA - Presiden")
        match = versions.near_duplicate(text, title="Judul yang lain sama sekali")
        # (its first sentence rewritten and one added: 5 of 7 sentences in common)
        assert match is not None and "71% of its sentences" in match.why



@pytest.mark.django_db
def test_the_admin_names_several_versions_in_good_english(admin_client):
    # (Django made the plural "previous version of an articles")
    assert "Previous versions of an article" in admin_client.get("/admin/").content.decode()
