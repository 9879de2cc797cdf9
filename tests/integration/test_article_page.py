"""An article's page: its whole text with its events' evidence marked and its dates underlined."""
import pytest
from django.test import override_settings
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event
from timeline.models import TemporalExpression

pytestmark = pytest.mark.django_db
EVIL = '<script>window.pwned=1</script>'


@pytest.fixture
def article():
    article = create_article(title=f"Petro {EVIL}", url="https://example.com/petro",
                             text=f"Judul {EVIL}\nPresiden Kolombia Gustavo Petro bakal menemui Trump kemarin.\n")
    start = article.text.index("kemarin")
    TemporalExpression.objects.create(article=article, start=start, end=start + 7, text="kemarin", value="2026-01-09")
    return article


def test_it_marks_each_events_evidence_linked_to_the_event_and_each_date_with_its_value(client, article):
    event = create_event(article, [create_actor("Gustavo Petro")], "bakal menemui Trump kemarin", date="2026-01-09",
                         summary="Petro meets Trump")
    page = client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    link = f'<a class="evidence" href="/events/{event.pk}/?article={article.pk}"><mark>'
    # (one link for the evidence, the date inside it underlined)
    assert f'{link}bakal menemui Trump <time class="timex" title="read as 9 Jan 2026">kemarin</time></mark></a>' in page
    assert "Petro meets Trump" in page and f'href="/?article={article.pk}"' in page
    assert 'href="https://example.com/petro"' in page


def test_article_text_and_title_are_escaped(client, article):
    page = client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    assert EVIL not in page and "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page


def test_an_article_without_events_says_so_and_a_missing_one_is_a_404(client, article):
    assert "No event was found in this article" in client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    assert client.get(reverse("timeline:article", args=[article.pk + 1])).status_code == 404


def test_the_detail_of_an_event_links_to_its_articles_page(client, article):
    event = create_event(article, [], "bakal menemui")
    page = client.get(reverse("timeline:detail", args=[event.pk]), headers={"HX-Request": "true"}).content.decode()
    assert f'<a href="/articles/{article.pk}/" lang="id" title="Read the whole article, its events marked">' in page


@override_settings(TIMELINE_PUBLIC=False)
def test_a_private_timelines_articles_need_a_login(client, article):
    assert client.get(reverse("timeline:article", args=[article.pk])).status_code == 302


def test_an_article_with_thousands_of_events_and_actors_opens(client):
    # (an upload of 401 articles as one text: 3,713 events, 1,341 actors; their prefetch was more
    # than SQLite takes at once)
    from timeline.models import Actor, Event, Participant
    from timeline.views.upload import Result
    article = create_article()
    actors = Actor.objects.bulk_create([Actor(name=f"A{n}", key=f"a{n}") for n in range(1200)])
    events = Event.objects.bulk_create([Event(article=article, type="meeting", date="2026-01-07", precision="day")
                                        for _ in range(1200)])
    Participant.objects.bulk_create([Participant(event=e, actor=a) for e, a in zip(events, actors)])
    assert client.get(reverse("timeline:article", args=[article.pk])).status_code == 200
    result = Result.of(article)     # (the upload result: the count, and the first rows only)
    assert result.event_count == 1200 and len(result.events) == 50


def test_an_event_told_inside_another_events_sentence_keeps_its_own_mark(client, article):
    outer = create_event(article, [], "Presiden Kolombia Gustavo Petro bakal menemui Trump")
    inner = create_event(article, [], "bakal menemui")
    page = client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    assert f'<a class="evidence" href="/events/{inner.pk}/?article={article.pk}"><mark>bakal menemui</mark></a>' in page
    assert f'href="/events/{outer.pk}/?article={article.pk}"><mark>Presiden Kolombia Gustavo Petro </mark>' in page


def test_an_article_in_a_language_not_extracted_says_so_not_that_extraction_failed(client, admin_client):
    # (the page said "it is not extracted: extraction failed" of an English article, as stored)
    english = create_article(lang="en", status="failed", error="The text reads as English ...")
    page = client.get(reverse("timeline:article", args=[english.pk])).content.decode()
    assert "it is not extracted: its text reads as English" in page and "extraction failed" not in page
    page = admin_client.get(reverse("timeline:article", args=[english.pk])).content.decode()
    assert f'href="/admin/timeline/article/{english.pk}/change/">set its language in the admin' in page


def test_an_article_whose_events_staff_deleted_says_so_not_that_none_was_found(client, admin_client, article):
    # (the page said "No event was found in this article" of events extraction found and a person deleted)
    for evidence in ("Presiden Kolombia", "bakal menemui Trump"):
        event = create_event(article, [], evidence)
        assert admin_client.post(reverse("admin:timeline_event_delete", args=[event.pk]), {"post": "yes"}).status_code == 302
    page = client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    assert "No event left: the 2 events extraction found in this article were deleted by a person." in page
    assert "No event was found" not in page


def test_an_article_with_events_left_says_how_many_more_staff_deleted(client, admin_client, article):
    kept = create_event(article, [], "Presiden Kolombia")
    page = client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    assert "deleted by a person" not in page
    event = create_event(article, [], "bakal menemui Trump")
    assert admin_client.post(reverse("admin:timeline_event_delete", args=[event.pk]), {"post": "yes"}).status_code == 302
    page = client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    assert "Its events <small class=\"muted\">1</small>" in page and f'href="/events/{kept.pk}/' in page
    assert "One more event extraction found in this article was deleted by a person." in page


def test_events_a_re_extraction_removed_or_merged_away_are_not_said_deleted_by_a_person_until_they_are(client, article):
    from timeline.ingest import REEXTRACTION
    from timeline.merge import merge_events
    removed = create_event(article, [], "bakal menemui")
    removed._change_reason = REEXTRACTION      # (as ingest removes what it does not find again)
    removed.delete()
    other = create_article()
    merge_events([create_event(article, [], "Presiden Kolombia"), create_event(other, [])],
                 into=other.events.get())                   # (its evidence here goes with it: it is listed)
    page = client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    assert "deleted by a person" not in page and "Its events <small class=\"muted\">1</small>" in page
    other.events.get().delete()     # then a person deletes the event it was merged into, of another article
    page = client.get(reverse("timeline:article", args=[article.pk])).content.decode()
    assert "No event left: the event extraction found in this article was deleted by a person." in page
