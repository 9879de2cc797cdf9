"""The actor admin: aliases inline, the actor's events, and merging actors."""
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event
from tests.integration.admin_forms import action_data, change, changelist
from timeline.models import Actor, ActorAlias, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """Extraction made two actors of Petro; each has events; Trump is a third actor."""
    class World:
        pass
    w = World()
    w.article = create_article()
    w.full = create_actor("Gustavo Petro", aliases=["Presiden Petro"])
    w.short = create_actor("Petro")
    w.trump = create_actor("Donald Trump")
    w.meeting = create_event(article=w.article, actors=[(w.full, "initiator"), w.trump], summary="Meeting")
    w.threat = create_event(article=w.article, actors=[(w.trump, "initiator"), (w.short, "target")],
                            type="threat", summary="Threat")
    return w


def test_the_list_shows_aliases_and_event_counts(admin_client, world):
    body = admin_client.get(changelist(Actor)).content.decode()
    assert "Presiden Petro" in body
    assert f'<a href="/admin/timeline/event/?actor={world.trump.pk}">2</a>' in body


def test_it_searches_aliases(admin_client, world):
    response = admin_client.get(changelist(Actor) + "?q=presiden")
    assert list(response.context["cl"].result_list) == [world.full]


def test_the_change_page_links_the_actors_events(admin_client, world):
    body = admin_client.get(change(world.trump)).content.decode()
    assert f'href="{change(world.meeting)}"' in body and f'href="{change(world.threat)}"' in body
    assert "(initiator)" in body
    assert f"/admin/timeline/event/?actor={world.trump.pk}" in body


def test_aliases_are_edited_inline(admin_client, world):
    data = {"name": "Gustavo Petro", "kind": "person", "title": "", "country": "",
            "aliases-TOTAL_FORMS": "2", "aliases-INITIAL_FORMS": "1", "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000",
            "aliases-0-id": str(world.full.aliases.get().pk), "aliases-0-actor": str(world.full.pk),
            "aliases-0-name": "Presiden Petro",
            "aliases-1-actor": str(world.full.pk), "aliases-1-name": "Petro Urrego"}
    response = admin_client.post(change(world.full), data)
    assert response.status_code == 302
    assert sorted(world.full.aliases.values_list("key", flat=True)) == ["petro urrego", "presiden petro"]


def test_merge_asks_which_actor_to_keep_and_proposes_one(admin_client, world):
    response = admin_client.post(changelist(Actor), action_data("merge_selected", [world.full, world.short]))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="keep"' in body and "Merge 2 actors" in body
    assert response.context["proposed"] == world.full
    assert Actor.objects.count() == 3


def test_merge_moves_the_events_keeps_roles_and_aliases(admin_client, world):
    response = admin_client.post(changelist(Actor), action_data(
        "merge_selected", [world.full, world.short], post="yes", keep=world.full.pk))
    assert response.status_code == 302
    assert not Actor.objects.filter(name="Petro").exists()
    assert world.threat.participants.get(actor=world.full).role == "target"
    assert set(Event.objects.filter(actors=world.full)) == {world.meeting, world.threat}
    assert sorted(world.full.aliases.values_list("name", flat=True)) == ["Petro", "Presiden Petro"]
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Merged Petro into Gustavo Petro: their events moved to it and their names are now its aliases."]


def test_merge_and_rename_write_the_summaries_naming_the_actor_again(admin_client, world):
    admin_client.post(changelist(Actor), action_data(
        "merge_selected", [world.full, world.short], post="yes", keep=world.full.pk))
    world.threat.refresh_from_db()
    assert world.threat.summary == "Donald Trump threatens Gustavo Petro"
    admin_client.post(change(world.full), {**actor_data("Gustavo Petro Urrego"), **{
        "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"}})
    world.threat.refresh_from_db()
    assert world.threat.summary == "Donald Trump threatens Gustavo Petro Urrego"


def test_deleting_an_actor_writes_the_summaries_that_named_it_without_it(admin_client, world):
    # ("Austria: meeting in Wina" stayed after Austria was deleted as a junk actor)
    admin_client.post(reverse("admin:timeline_actor_delete", args=[world.trump.pk]), {"post": "yes"})
    world.meeting.refresh_from_db()
    assert world.meeting.summary == "Gustavo Petro: meeting"
    admin_client.post(changelist(Actor), action_data("delete_selected", [world.short], post="yes"))
    world.threat.refresh_from_db()
    assert "Petro" not in world.threat.summary


def test_merge_can_keep_the_shorter_name(admin_client, world):
    admin_client.post(changelist(Actor), action_data(
        "merge_selected", [world.full, world.short], post="yes", keep=world.short.pk))
    kept = Actor.objects.get(name="Petro")
    assert sorted(kept.aliases.values_list("name", flat=True)) == ["Gustavo Petro", "Presiden Petro"]


def test_merge_without_a_choice_changes_nothing(admin_client, world):
    admin_client.post(changelist(Actor), action_data("merge_selected", [world.full, world.short], post="yes"))
    assert Actor.objects.count() == 3


def test_an_actor_name_from_an_article_is_escaped(admin_client):
    create_actor("<b>Bold</b>", aliases=["<i>it</i>"])
    body = admin_client.get(changelist(Actor)).content.decode()
    assert "<b>Bold</b>" not in body and "&lt;b&gt;Bold&lt;/b&gt;" in body
    assert "<i>it</i>" not in body


def test_alias_keys_are_unique_across_actors(admin_client, world):
    data = {"name": "Donald Trump", "kind": "person", "title": "", "country": "",
            "aliases-TOTAL_FORMS": "1", "aliases-INITIAL_FORMS": "0", "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000", "aliases-0-actor": str(world.trump.pk),
            "aliases-0-name": "presiden  PETRO"}
    response = admin_client.post(change(world.trump), data)
    assert response.status_code == 200
    assert "already" in response.content.decode()
    assert ActorAlias.objects.filter(actor=world.trump).count() == 0


def test_an_alias_cannot_be_another_actors_name(admin_client, world):
    data = {"name": "Gustavo Petro", "kind": "person", "title": "", "country": "",
            "aliases-TOTAL_FORMS": "2", "aliases-INITIAL_FORMS": "1", "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000",
            "aliases-0-id": str(world.full.aliases.get().pk), "aliases-0-actor": str(world.full.pk),
            "aliases-0-name": "Presiden Petro",
            "aliases-1-actor": str(world.full.pk), "aliases-1-name": "donald trump"}
    response = admin_client.post(change(world.full), data)
    assert response.status_code == 200 and "is the name of another actor" in response.content.decode()


def test_an_actor_cannot_be_named_as_another_spelled_otherwise(admin_client, world):
    Actor.objects.create(name="Tobias Billström", kind="person")
    data = {"name": "Tobias Billstrom", "kind": "person", "title": "", "country": "",
            "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0", "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000"}
    response = admin_client.post(reverse("admin:timeline_actor_add"), data)
    assert response.status_code == 200
    assert "is Tobias Billström spelled otherwise: merge the two actors instead" in response.content.decode()
    assert not Actor.objects.filter(name="Tobias Billstrom").exists()


def test_actors_spelled_otherwise_are_listed_for_merging(admin_client, world):
    # (two rows left from before names were compared without diacritics)
    kept = Actor.objects.create(name="Tobias Billström", kind="person")
    other = Actor.objects.create(name="Tobias Billstrom", kind="person")
    response = admin_client.get(changelist(Actor) + "?spelled=twice")
    assert set(response.context["cl"].result_list) == {kept, other}
    assert "as another actor (merge them)" in response.content.decode()


def actor_data(name, kind="person", country="", aliases=()):
    data = {"name": name, "kind": kind, "title": "", "country": country,
            "aliases-TOTAL_FORMS": str(len(aliases)), "aliases-INITIAL_FORMS": "0", "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000"}
    for i, alias in enumerate(aliases):
        data[f"aliases-{i}-name"] = alias
    return data


def test_a_new_actor_cannot_be_named_by_another_actors_alias(admin_client, world):
    response = admin_client.post(reverse("admin:timeline_actor_add"), actor_data("presiden petro"))
    assert response.status_code == 200 and "already names Gustavo Petro (an alias)" in response.content.decode()
    assert not Actor.objects.filter(name="presiden petro").exists()


def test_an_alias_that_is_the_actors_own_name_is_refused(admin_client, world):
    data = actor_data("Donald Trump", aliases=["DONALD TRUMP"])
    data["aliases-0-actor"] = str(world.trump.pk)
    response = admin_client.post(change(world.trump), data)
    assert response.status_code == 200 and "is the actor&#x27;s own name" in response.content.decode()


def test_a_country_does_not_serve_itself(admin_client):
    indonesia = create_actor("Indonesia", kind="country")
    response = admin_client.post(change(indonesia), actor_data("Indonesia", kind="country", country=str(indonesia.pk)))
    assert response.status_code == 200 and "does not serve itself" in response.content.decode()


def test_merging_a_country_with_a_person_is_warned_of(admin_client, world):
    colombia = create_actor("Kolombia", kind="country")
    response = admin_client.post(changelist(Actor), action_data("merge_selected", [world.full, colombia]))
    assert "of different kinds (country, person)" in response.content.decode()
    response = admin_client.post(changelist(Actor), action_data("merge_selected", [world.full, world.short]))
    assert "different kinds" not in response.content.decode()


def test_the_participant_autocomplete_offers_the_actor_named_exactly_first(admin_client):
    # (QA 22: "Indonesia" offered Prabowo Subianto, Presiden Indonesia, first, and Enter picked him)
    from tests.factories import create_actor
    indonesia = create_actor("Indonesia", kind="country", aliases=["RI"])
    create_actor("Prabowo Subianto", title="Presiden Indonesia", country=indonesia)
    create_actor("Sjafrie Sjamsoeddin", title="Menteri Pertahanan Indonesia", country=indonesia)
    create_actor("Bank Indonesia", kind="organization")
    create_actor("Indonesia Corruption Watch", kind="organization")
    create_actor("Republik Rakyat", kind="country", aliases=["Indonesia Raya"])

    def offered(term):
        url = reverse("admin:autocomplete") + f"?term={term}&app_label=timeline&model_name=participant&field_name=actor"
        response = admin_client.get(url)
        assert response.status_code == 200
        return [r["text"] for r in response.json()["results"]]

    assert offered("Indonesia")[:2] == ["Indonesia", "Indonesia Corruption Watch"]
    assert set(offered("Indonesia")[2:]) >= {"Bank Indonesia", "Prabowo Subianto", "Sjafrie Sjamsoeddin"}
    assert offered("indonésia")[0] == "Indonesia"          # (without case or diacritics)
    assert offered("RI")[0] == "Indonesia"                 # (an alias, exactly)
