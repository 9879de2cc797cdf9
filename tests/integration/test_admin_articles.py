"""The article admin: text, publication date and its source, extraction status, re-running it."""
import datetime as dt

import pytest
from django.contrib.messages import get_messages

from tests.factories import create_article, create_event
from tests.integration.admin_forms import action_data, change, changelist
from tests.integration.extractions import seed_like
from timeline import ingest
from timeline.ingest import Report
from timeline.merge import merge_events
from timeline.models import Article, ArticleVersion, Event

pytestmark = pytest.mark.django_db


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def article_form_data(article, **changes):
    data = {"title": article.title, "outlet": article.outlet, "url": article.url,
            "published": article.published.isoformat() if article.published else "", "lang": article.lang}
    data.update(changes)
    return data


@pytest.fixture
def stub_ingest(monkeypatch):
    """timeline.ingest's entry points replaced by recorders (the admin's wiring only)."""
    calls = []

    def run_extraction(article):
        calls.append(("run_extraction", article.pk))
        return Report(article=article, timexes=4, actors=2, added=2, removed=1, protected=1)

    def set_publication_date(article, date, source="given"):
        calls.append(("set_publication_date", article.pk, date, source))
        article.published, article.published_source = date, source
        article.save()
        return Report(article=article, added=1)

    monkeypatch.setattr(ingest, "run_extraction", run_extraction)
    monkeypatch.setattr(ingest, "set_publication_date", set_publication_date)
    return calls


class TestArticlePages:
    def test_the_list_shows_date_source_status_and_event_counts(self, admin_client):
        article = create_article(title="Petro dan Trump", status=Article.Status.FAILED)
        create_event(article=article)
        body = admin_client.get(changelist(Article)).content.decode()
        for text in ("Petro dan Trump", "given by the user", "extraction failed",
                     f'<a href="/admin/timeline/event/?article__id__exact={article.pk}">1</a>'):
            assert text in body

    def test_the_event_count_includes_the_events_merged_from_the_article_as_its_filter_does(self, admin_client):
        first = create_article(title="Laporan pertama", text="Petro bertemu Trump di Gedung Putih.")
        later = create_article(title="Laporan kedua", text="Petro dan Trump bertemu pada 3 Februari.")
        kept = create_event(article=first, evidence="Petro bertemu Trump")
        merged = create_event(article=later, evidence="Petro dan Trump bertemu")
        create_event(article=later, evidence="3 Februari")
        merge_events([kept, merged], into=kept)
        body = admin_client.get(changelist(Article)).content.decode()
        assert f'<a href="/admin/timeline/event/?article__id__exact={later.pk}">2</a>' in body
        assert f'<a href="/admin/timeline/event/?article__id__exact={first.pk}">1</a>' in body
        listed = admin_client.get(changelist(Event) + f"?article__id__exact={later.pk}").context["cl"].result_count
        assert listed == 2
        by_count = admin_client.get(changelist(Article) + "?o=-6").context["cl"].result_list     # (the column sorts)
        assert [a.pk for a in by_count][:2] == [later.pk, first.pk]

    def test_the_change_page_shows_text_status_and_error_escaped(self, admin_client):
        article = create_article(text="Teks <script>alert(1)</script> artikel.", status=Article.Status.FAILED,
                                 error="ValueError: <bad> input")
        body = admin_client.get(change(article)).content.decode()
        assert "Teks &lt;script&gt;alert(1)&lt;/script&gt; artikel." in body
        assert "ValueError: &lt;bad&gt; input" in body
        assert "<script>alert(1)" not in body

    def test_articles_are_added_through_the_upload_page_not_here(self, admin_client):
        assert admin_client.get(changelist(Article) + "add/").status_code == 403

    def test_editing_the_title_does_not_re_run_extraction(self, admin_client, stub_ingest):
        article = create_article()
        response = admin_client.post(change(article), article_form_data(article, title="Better title"))
        assert response.status_code == 302
        assert Article.objects.get(pk=article.pk).title == "Better title"
        assert stub_ingest == []


class TestArticleActionsWiring:
    def test_rerun_extraction_reports_what_changed(self, admin_client, stub_ingest):
        first, second = create_article(title="One"), create_article(title="Two")
        response = admin_client.post(changelist(Article), action_data("rerun_extraction", [first, second]))
        assert response.status_code == 302
        assert sorted(stub_ingest) == sorted([("run_extraction", first.pk), ("run_extraction", second.pk)])
        assert ("One: extraction re-run: events: 2 added, 0 updated, 1 removed, 0 unchanged, 1 kept as corrected by a person; "
                "4 dates, 2 actors.") in messages_of(response)

    def test_a_failed_extraction_is_reported_as_an_error(self, admin_client, monkeypatch, stub_ingest):
        monkeypatch.setattr(ingest, "run_extraction", lambda article: Report(article=article, error="RuntimeError: boom"))
        article = create_article(title="One")
        response = admin_client.post(changelist(Article), action_data("rerun_extraction", [article]))
        [message] = list(get_messages(response.wsgi_request))
        assert message.level_tag == "error" and "boom" in str(message)

    def test_corrected_events_whose_dates_moved_are_listed_to_check(self, admin_client, monkeypatch):
        article = create_article(published=dt.date(2026, 1, 10), published_source=Article.DateSource.INFERRED)
        monkeypatch.setattr(ingest, "set_publication_date",
                            lambda article, date, source="given": Report(article=article, to_check=[(41, "2026-01-19")]))
        response = admin_client.post(change(article), article_form_data(article, published="2026-01-20"),
                                     follow=True)
        text = " ".join(str(m.message) for m in response.context["messages"])
        assert "the dates of corrected events were kept as they are; check them:" in text
        assert '<a href="/admin/timeline/event/41/change/">#41</a> (extraction now reads 2026-01-19)' in text

    def test_a_new_publication_date_goes_through_set_publication_date(self, admin_client, stub_ingest):
        article = create_article(published=dt.date(2026, 1, 10), published_source=Article.DateSource.INFERRED)
        response = admin_client.post(change(article), article_form_data(article, published="2026-01-12"))
        assert response.status_code == 302
        assert stub_ingest == [("set_publication_date", article.pk, dt.date(2026, 1, 12), "given")]
        article.refresh_from_db()
        assert (article.published, article.published_source) == (dt.date(2026, 1, 12), "given")
        assert any("New publication date, extraction re-run: events: 1 added" in m for m in messages_of(response))


def test_a_new_date_while_extraction_runs_is_saved_and_said_to_be_read_by_that_run(admin_client):
    article = create_article(published=dt.date(2026, 1, 10), published_source=Article.DateSource.INFERRED)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.RUNNING)
    response = admin_client.post(change(article), article_form_data(article, published="2026-01-12"))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).published == dt.date(2026, 1, 12)
    assert any("extraction is already running on this article; it uses the article as it is when it ends, "
               "your change included." in m for m in messages_of(response))


class TestLanguage:
    def test_the_language_is_offered_with_those_not_extracted_said_so(self, admin_client):
        body = admin_client.get(change(create_article())).content.decode()
        assert '<option value="id" selected>Indonesian</option>' in body
        assert '<option value="en">English (not extracted)</option>' in body

    def test_a_new_language_re_runs_extraction(self, admin_client, stub_ingest):
        article = create_article(lang="en", status=Article.Status.FAILED, error="The text reads as English")
        response = admin_client.post(change(article), article_form_data(article, lang="id"))
        assert response.status_code == 302
        assert stub_ingest == [("run_extraction", article.pk)]
        assert Article.objects.get(pk=article.pk).lang == "id"
        assert any("New language, extraction re-run: events: 2 added" in m for m in messages_of(response))

    def test_a_language_not_extracted_set_on_purpose_is_said_as_news_not_as_a_failure(self, admin_client):
        article = create_article(text="Presiden bertemu Perdana Menteri di Jakarta.")
        response = admin_client.post(change(article), article_form_data(article, lang="fr"))
        [message] = [m for m in get_messages(response.wsgi_request) if "New language" in str(m)]
        assert message.level_tag == "info" and "failed" not in str(message)
        assert "New language, extraction re-run: The article's language is set to French" in str(message)

    def test_the_list_filters_by_language_by_name(self, admin_client):
        create_article(title="Berita"), create_article(title="News", lang="en")
        page = admin_client.get(changelist(Article)).content.decode()
        assert "?lang=en" in page and "English (not extracted)" in page
        page = admin_client.get(changelist(Article) + "?lang=en").content.decode()
        assert "News" in page and "Berita" not in page

    def test_a_language_that_is_no_choice_is_refused(self, admin_client, stub_ingest):
        article = create_article()
        response = admin_client.post(change(article), article_form_data(article, lang="../id"))
        assert response.status_code == 200 and stub_ingest == []
        assert "Select a valid choice." in response.content.decode()


class TestWithTheRealIngest:
    """The admin against timeline.ingest, with extraction replaced by a hand-built result."""

    @pytest.fixture(autouse=True)
    def _extraction(self, monkeypatch):
        self.dcts = []

        def fake_extract(text, dct=None, lang="id"):
            self.dcts.append(dct)
            return seed_like(text, dct)
        monkeypatch.setattr("timeline.ingest.extract", fake_extract)

    def test_rerun_extraction_finds_the_events_and_says_so(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        response = admin_client.post(changelist(Article), action_data("rerun_extraction", [article]))
        assert sorted(Event.objects.filter(article=article).values_list("type", flat=True)) == ["meeting", "threat"]
        [message] = messages_of(response)
        assert "extraction re-run" in message and "2" in message
        assert Article.objects.get(pk=article.pk).status == Article.Status.DONE

    def test_rerun_twice_replaces_the_machine_events_without_duplicating_them(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        for _ in range(2):
            admin_client.post(changelist(Article), action_data("rerun_extraction", [article]))
        assert Event.objects.filter(article=article).count() == 2

    def test_a_new_publication_date_re_resolves_with_it(self, admin_client):
        article = create_article(published=dt.date(2026, 1, 10), published_source=Article.DateSource.INFERRED)
        admin_client.post(change(article), article_form_data(article, published="2026-01-12"))
        article.refresh_from_db()
        assert (article.published, article.published_source) == (dt.date(2026, 1, 12), "given")
        assert self.dcts[-1] == dt.date(2026, 1, 12)

    def test_an_emptied_publication_date_is_looked_for_again(self, admin_client):
        article = create_article(published=dt.date(2026, 1, 10), published_source=Article.DateSource.GIVEN)
        admin_client.post(change(article), article_form_data(article, published=""))
        article.refresh_from_db()
        assert self.dcts[-1] is None
        assert article.published_source != Article.DateSource.GIVEN


class TestDeletingAnArticle:
    def delete_url(self, article):
        from django.urls import reverse
        return reverse("admin:timeline_article_delete", args=[article.pk])

    def test_an_article_with_only_machine_events_can_be_deleted(self, admin_client):
        article = create_article()
        create_event(article=article)
        admin_client.post(self.delete_url(article), {"post": "yes"})
        assert not Article.objects.filter(pk=article.pk).exists()
        assert not Event.objects.exists()

    def test_an_article_whose_events_a_person_corrected_is_kept(self, admin_client):
        article = create_article()
        event = create_event(article=article, verified=True, summary="Trump <b>mengancam</b> Petro")
        response = admin_client.post(self.delete_url(article), {"post": "yes"})
        body = response.content.decode()
        assert "protected" in body and "Trump &lt;b&gt;mengancam&lt;/b&gt; Petro" in body
        assert Article.objects.filter(pk=article.pk).exists() and Event.objects.filter(pk=event.pk).exists()
        # (and what to do: the page said only that it could not)
        assert "To delete the article, first delete those events" in body

    def test_the_confirmation_sums_up_what_goes_with_the_article(self, admin_client, django_assert_max_num_queries):
        # (each of thousands of rows used to be listed, loaded with the article's whole text)
        article = create_article(title="Rusia <i>bertemu</i> AS")
        for n in range(30):
            create_event(article=article, summary=f"Peristiwa nomor {n}")
        with django_assert_max_num_queries(20):
            body = admin_client.get(self.delete_url(article)).content.decode()
        assert "Events: 30" in body and "Rusia &lt;i&gt;bertemu&lt;/i&gt; AS" in body
        assert "Peristiwa nomor" not in body

    def test_an_article_with_a_previous_version_can_be_deleted_and_its_versions_go_with_it(self, admin_client):
        # (the versions' admin lets no one delete one on its own: the page said "Cannot delete article")
        article = create_article()
        ArticleVersion.objects.create(article=article, raw_text="Teks lama.", text="Teks lama.", content_hash="x")
        body = admin_client.get(self.delete_url(article)).content.decode()
        assert "Cannot delete" not in body and "Are you sure" in body
        admin_client.post(self.delete_url(article), {"post": "yes"})
        assert not Article.objects.filter(pk=article.pk).exists() and not ArticleVersion.objects.exists()

    def test_the_bulk_delete_keeps_them_too(self, admin_client):
        kept, gone = create_article(), create_article()
        create_event(article=kept, edited=True)
        admin_client.post(changelist(Article), action_data("delete_selected", [kept, gone], post="yes"))
        assert Article.objects.filter(pk=kept.pk).exists()
