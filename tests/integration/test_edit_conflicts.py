"""Two people correcting the same row: the second save does not silently put back what the first
changed (timeline/edit_conflicts.py)."""
import re

import pytest
from django.contrib.auth.models import User

from tests.factories import create_actor, create_article, create_event
from tests.integration.admin_forms import action_data, change, changelist, event_form_data
from timeline.models import Actor, Article, Event

pytestmark = pytest.mark.django_db


def opened_at(page: str) -> str:
    return re.search(r'name="opened_at" value="([^"]+)"', page).group(1)


@pytest.fixture
def second_editor(client):
    """Another staff member, in another browser."""
    user = User.objects.create_superuser("second", password="pw")
    client.force_login(user)
    return client


class TestEvents:
    def test_a_save_over_a_change_made_since_the_form_was_opened_is_refused_then_may_be_forced(
            self, admin_client, second_editor):
        event = create_event(status="occurred", date="2026-01-04")
        first_opened = opened_at(admin_client.get(change(event)).content.decode())

        # the second person changes the date meanwhile
        second_editor.post(change(event), {**event_form_data(event, date="2026-01-05"),
                                           "opened_at": opened_at(second_editor.get(change(event)).content.decode())})
        assert Event.objects.get(pk=event.pk).date == "2026-01-05"

        # the first, with the date as they saw it, sets the status
        response = admin_client.post(change(event), {**event_form_data(event, status="planned", date="2026-01-04"),
                                                      "opened_at": first_opened})
        page = response.content.decode()
        assert response.status_code == 200
        assert "was changed by second at " in page and "after you opened it" in page and "Nothing was saved" in page
        assert ("Where it now differs from this form: Status is “occurred”, this form says “planned”; "
                "Date (TIMEX3) is “2026-01-05”, this form says “2026-01-04”.") in page
        assert (Event.objects.get(pk=event.pk).date, Event.objects.get(pk=event.pk).status) == ("2026-01-05", "occurred")

        # saving again replaces their change, on purpose
        response = admin_client.post(change(event), {**event_form_data(event, status="planned", date="2026-01-04"),
                                                      "opened_at": opened_at(page)})
        assert response.status_code == 302
        assert (Event.objects.get(pk=event.pk).date, Event.objects.get(pk=event.pk).status) == ("2026-01-04", "planned")

    def test_a_bulk_action_since_the_form_was_opened_counts_as_a_change(self, admin_client):
        event = create_event(type="meeting")
        opened = opened_at(admin_client.get(change(event)).content.decode())
        admin_client.post(changelist(Event), action_data("set_type", [event], type="call"))
        response = admin_client.post(change(event), {**event_form_data(event, type="meeting"), "opened_at": opened})
        assert response.status_code == 200 and "after you opened it" in response.content.decode()
        assert Event.objects.get(pk=event.pk).type == "call"

    def test_a_form_saved_with_nothing_changed_since_goes_through(self, admin_client):
        event = create_event(status="occurred")
        opened = opened_at(admin_client.get(change(event)).content.decode())
        response = admin_client.post(change(event), {**event_form_data(event, status="planned"), "opened_at": opened})
        assert response.status_code == 302 and Event.objects.get(pk=event.pk).status == "planned"


def test_actors_and_articles_are_guarded_too(admin_client, second_editor):
    actor, article = create_actor("Gustavo Petro"), create_article(title="Petro dan Trump")
    actor_opened = opened_at(admin_client.get(change(actor)).content.decode())
    article_opened = opened_at(admin_client.get(change(article)).content.decode())
    actor.title = "Presiden"
    actor.save()
    article.outlet = "Kompas"
    article.save()

    response = admin_client.post(change(actor), {
        "name": "Gustavo Petro", "kind": "person", "title": "", "country": "", "opened_at": actor_opened,
        "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0", "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000"})
    assert response.status_code == 200 and "This actor was changed by " in response.content.decode()
    assert Actor.objects.get(pk=actor.pk).title == "Presiden"

    response = admin_client.post(change(article), {
        "title": "Petro dan Trump", "outlet": "", "url": "", "published": "2026-01-10", "lang": "id",
        "opened_at": article_opened})
    assert response.status_code == 200 and "This article was changed by " in response.content.decode()
    assert Article.objects.get(pk=article.pk).outlet == "Kompas"
