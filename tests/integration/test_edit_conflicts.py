"""Two people correcting the same row: the second save does not silently put back what the first
changed; the form comes back holding both (timeline/edit_conflicts.py)."""
import html
import re

import pytest
from django.contrib.auth.models import User

from tests.factories import create_actor, create_article, create_event
from tests.integration.admin_forms import action_data, change, changelist, event_form_data
from timeline.merge import merge_actors
from timeline.models import Actor, Article, Event, Participant

pytestmark = pytest.mark.django_db


def opened_at(page: str) -> str:
    return html.unescape(re.search(r'name="opened_at" value="([^"]+)"', page).group(1))


def shown(page: str, name: str) -> str:
    """The value the page's form holds for a text field or a select."""
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    if found:
        return html.unescape(found.group(1))
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', page, re.S).group(1)
    return re.search(r'<option value="([^"]*)" selected>', select).group(1)


def message(page: str) -> str:
    return html.unescape(re.search(r"(\w+(?: and \w+)* changed this \w+ after you opened it[^<]*)", page).group(1))


@pytest.fixture
def second(client):
    """Another staff member, in another browser."""
    client.force_login(User.objects.create_superuser("second", password="pw"))
    return client


def save(client, event, opened, **changes):
    return client.post(change(event), {**event_form_data(event, **changes), "opened_at": opened})


class TestEvents:
    def test_their_change_to_a_field_left_alone_is_taken_into_the_form_and_saved_with_mine(self, admin_client,
                                                                                          second):
        event = create_event(status="occurred", date="2026-01-04")
        mine = opened_at(admin_client.get(change(event)).content.decode())
        save(second, event, opened_at(second.get(change(event)).content.decode()), date="2026-01-05")

        response = save(admin_client, event, mine, status="planned", date="2026-01-04")
        page = response.content.decode()
        assert response.status_code == 200
        assert message(page).startswith("second changed this event after you opened it (last at ")
        assert ("Nothing was saved. This form now holds their change: Date (TIMEX3) to “2026-01-05”. "
                "Check the form, then save it again.") in message(page)
        assert (shown(page, "date"), shown(page, "status")) == ("2026-01-05", "planned")
        assert Event.objects.get(pk=event.pk).status == "occurred"

        response = save(admin_client, event, opened_at(page), status="planned", date="2026-01-05")
        assert response.status_code == 302
        assert (Event.objects.get(pk=event.pk).date, Event.objects.get(pk=event.pk).status) == ("2026-01-05", "planned")

    def test_a_field_both_changed_keeps_mine_in_the_form_and_says_so(self, admin_client, second):
        event = create_event(status="occurred")
        mine = opened_at(admin_client.get(change(event)).content.decode())
        save(second, event, opened_at(second.get(change(event)).content.decode()), status="cancelled")
        page = save(admin_client, event, mine, status="planned").content.decode()
        assert "You both changed Status (theirs “cancelled”, yours “planned”): the form holds yours." in message(page)
        assert shown(page, "status") == "planned"

    def test_a_bulk_action_since_the_form_was_opened_counts_as_a_change(self, admin_client):
        event = create_event(type="meeting", status="occurred")
        mine = opened_at(admin_client.get(change(event)).content.decode())
        admin_client.post(changelist(Event), action_data("set_type", [event], type="call"))
        page = save(admin_client, event, mine, status="planned", type="meeting").content.decode()
        assert "This form now holds their changes: Type to “Call”; Summary to " in message(page)
        assert Event.objects.get(pk=event.pk).type == "call"

    def test_saved_again_the_summary_they_had_written_again_stays_machine_written(self, admin_client, second):
        # (the stale summary saved again counted as one a person wrote, and stopped following corrections)
        petro = create_actor("Gustavo Petro")
        event = create_event(type="meeting", actors=[petro], summary="Gustavo Petro meets")
        mine = opened_at(admin_client.get(change(event)).content.decode())
        save(second, event, opened_at(second.get(change(event)).content.decode()), type="call")
        rewritten = Event.objects.get(pk=event.pk).summary
        assert rewritten != "Gustavo Petro meets"
        page = save(admin_client, event, mine, location="Bogota", type="meeting").content.decode()
        assert shown(page, "summary") == rewritten
        assert save(admin_client, Event.objects.get(pk=event.pk), opened_at(page), location="Bogota").status_code == 302
        event.refresh_from_db()
        assert (event.location, event.summary_edited, event.type) == ("Bogota", False, "call")

    def test_a_summary_of_theirs_written_again_automatically_is_not_one_you_both_changed(self, admin_client, second):
        # (QA 22: "You both changed Summary" when the other person changed only the place)
        petro = create_actor("Gustavo Petro")
        event = create_event(type="meeting", actors=[petro], summary="Gustavo Petro meets")
        mine = opened_at(admin_client.get(change(event)).content.decode())
        save(second, event, opened_at(second.get(change(event)).content.decode()), location="Bogota")
        rewritten = Event.objects.get(pk=event.pk).summary
        assert rewritten != "Gustavo Petro meets"            # (their summary followed the place)
        page = save(admin_client, event, mine, summary="Petro bertemu Trump").content.decode()
        said = message(page)
        assert "You both changed" not in said
        assert (f"Their Summary “{rewritten}” was written again automatically from their other changes, not by "
                "them: the form holds yours.") in said
        assert "This form now holds their change: Location to “Bogota”." in said
        assert shown(page, "summary") == "Petro bertemu Trump"
        # ... and a summary they wrote by hand still is one you both changed
        mine = opened_at(admin_client.get(change(event)).content.decode())
        save(second, Event.objects.get(pk=event.pk), opened_at(second.get(change(event)).content.decode()),
             summary="Petro di Bogota")
        page = save(admin_client, Event.objects.get(pk=event.pk), mine, summary="Petro bertemu").content.decode()
        assert "You both changed Summary (theirs “Petro di Bogota”, yours “Petro bertemu”)" in message(page)

    def test_participants_moved_by_a_merge_of_actors_count_as_a_change(self, admin_client):
        usa, kolombia = create_actor("Amerika Serikat", kind="country"), create_actor("Kolombia", kind="country")
        event = create_event(actors=[usa, kolombia])
        mine = opened_at(admin_client.get(change(event)).content.decode())
        merge_actors([usa], keep=kolombia)
        page = save(admin_client, event, mine, location="Bogota").content.decode()
        assert ("Its participants changed too; this form shows them as they were and cannot be saved over them. "
                "Reload the page to see them as they are now, and make your changes again: Location “Bogota”."
                ) in message(page)

    def test_a_form_is_not_saved_over_rows_changed_meanwhile_even_when_sent_again(self, admin_client, second):
        # ("save again" put a participant's role back as it was: another person's correction lost)
        petro = create_actor("Gustavo Petro")
        event = create_event(actors=[petro])
        row = event.participants.get()
        rows = [{"id": row.pk, "event": event.pk, "actor": petro.pk, "role": "participant"}]
        mine = opened_at(admin_client.get(change(event)).content.decode())
        row.role = "target"
        row.save()
        page = admin_client.post(change(event), {**event_form_data(event, location="Bogota", participants=rows),
                                                 "opened_at": mine}).content.decode()
        again = admin_client.post(change(event), {**event_form_data(event, location="Bogota", participants=rows),
                                                  "opened_at": opened_at(page)})
        assert again.status_code == 200 and "cannot be saved over them" in message(again.content.decode())
        assert event.participants.get().role == "target" and Event.objects.get(pk=event.pk).location == ""

    def test_the_refused_form_lists_its_own_changes_to_the_rows_to_make_again(self, admin_client):
        # (only the event's own fields were listed: a role changed in the form was forgotten after the reload)
        petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
        event = create_event(actors=[petro, trump])
        theirs, mine_row = event.participants.get(actor=petro), event.participants.get(actor=trump)
        rows = [{"id": theirs.pk, "event": event.pk, "actor": petro.pk, "role": "participant"},
                {"id": mine_row.pk, "event": event.pk, "actor": trump.pk, "role": "target"}]
        opened = opened_at(admin_client.get(change(event)).content.decode())
        theirs.role = "initiator"
        theirs.save()
        page = html.unescape(admin_client.post(change(event), {
            **event_form_data(event, location="Bogota", participants=rows), "opened_at": opened}).content.decode())
        assert "make your changes again: Location “Bogota”." in page
        assert "Make again your changes to its rows too: participant Donald Trump (participant): Role “target”." in page
        assert event.participants.get(actor=trump).role == "participant"

    def test_a_row_someone_removed_is_said_not_hidden_when_the_form_is_saved_again(self, admin_client, second):
        petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
        event = create_event(actors=[petro, trump])
        rows = [{"id": p.pk, "event": event.pk, "actor": p.actor_id, "role": p.role} for p in event.participants.all()]
        mine = opened_at(admin_client.get(change(event)).content.decode())
        Participant.objects.filter(actor=trump).delete()
        first = admin_client.post(change(event), {**event_form_data(event, location="Bogota", participants=rows),
                                                  "opened_at": mine}).content.decode()
        again = admin_client.post(change(event), {**event_form_data(event, location="Bogota", participants=rows),
                                                  "opened_at": opened_at(first)}).content.decode()
        assert ("A row of participants here was removed by someone else after you opened the page: reload the page "
                "to see them as they are now.") in html.unescape(again)
        # (the first refusal asked to add the removed participant again, as if this person had added them)
        assert "new participant" not in html.unescape(first) and "Donald Trump" not in message(first)

    def test_a_form_saved_with_nothing_changed_since_goes_through(self, admin_client):
        event = create_event(status="occurred")
        response = save(admin_client, event, opened_at(admin_client.get(change(event)).content.decode()),
                        status="planned")
        assert response.status_code == 302 and Event.objects.get(pk=event.pk).status == "planned"

    def test_its_own_rows_saved_with_it_do_not_count_as_a_change_the_next_time(self, admin_client):
        petro = create_actor("Gustavo Petro")
        event = create_event(actors=[petro])
        assert save(admin_client, event, opened_at(admin_client.get(change(event)).content.decode()),
                    participants=[{"id": event.participants.get().pk, "event": event.pk, "actor": petro.pk,
                                   "role": "initiator"}]).status_code == 302
        event = Event.objects.get(pk=event.pk)
        assert save(admin_client, event, opened_at(admin_client.get(change(event)).content.decode()),
                    status="planned").status_code == 302


def test_actors_and_articles_are_guarded_too(admin_client):
    actor, article = create_actor("Gustavo Petro"), create_article(title="Petro dan Trump", outlet="")
    actor_opened = opened_at(admin_client.get(change(actor)).content.decode())
    article_opened = opened_at(admin_client.get(change(article)).content.decode())
    actor.title = "Presiden"
    actor.save()
    article.outlet = "Kompas"
    article.save()

    page = admin_client.post(change(actor), {
        "name": "Gustavo Petro", "kind": "person", "title": "", "country": "", "opened_at": actor_opened,
        "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0", "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000"}).content.decode()
    assert "This form now holds their change: Title to “Presiden”." in message(page)
    assert Actor.objects.get(pk=actor.pk).title == "Presiden"

    page = admin_client.post(change(article), {
        "title": "Petro and Trump", "outlet": "", "url": "", "published": "2026-01-10", "lang": "id",
        "opened_at": article_opened}).content.decode()
    assert "This form now holds their change: Outlet / source to “Kompas”." in message(page)
    assert (shown(page, "title"), shown(page, "outlet")) == ("Petro and Trump", "Kompas")
    assert Article.objects.get(pk=article.pk).title == "Petro dan Trump"


def test_a_form_sent_for_an_event_merged_away_meanwhile_says_the_changes_were_not_saved(admin_client, second):
    from timeline.merge import merge_events
    kept, merged = create_event(summary="kept"), create_event(summary="merged", verified=True)
    url, data, merged_pk = change(merged), event_form_data(merged, location="Bogota"), merged.pk
    mine = opened_at(admin_client.get(url).content.decode())
    merge_events([kept, merged], into=kept)
    response = admin_client.post(url, {**data, "opened_at": mine}, follow=True)
    texts = [str(m) for m in response.context["messages"]]
    # (and which: the location typed was lost without a word)
    assert any(t.startswith(f"Your changes were not saved: event #{merged_pk} was merged into event #{kept.pk}")
               and t.endswith("after you opened it. Here it is: make them here (Location “Bogota”).") for t in texts)
    assert response.redirect_chain[-1][0] == change(kept)


def test_a_form_sent_for_a_row_deleted_meanwhile_says_who_deleted_it(admin_client, second):
    actor = create_actor("Gustavo Petro")
    mine = opened_at(admin_client.get(change(actor)).content.decode())
    second.post(change(actor).replace("/change/", "/delete/"), {"post": "yes"})
    assert not Actor.objects.filter(pk=actor.pk).exists()
    response = admin_client.post(change(actor), {"name": "Gustavo Petro", "kind": "person", "opened_at": mine},
                                 follow=True)
    texts = [str(m) for m in response.context["messages"]]
    assert any(t.startswith(f"Your changes were not saved: actor #{actor.pk} was deleted by second at ")
               and t.endswith("after you opened it.") for t in texts)
    assert response.redirect_chain[-1][0] == changelist(Actor)
    # (a change the form held is said, so that it is not lost without a word)
    response = admin_client.post(change(actor), {"name": "Gustavo Francisco Petro", "kind": "person",
                                                 "opened_at": mine}, follow=True)
    assert any(t.endswith("after you opened it. What you had changed: Name “Gustavo Francisco Petro”.")
               for t in (str(m) for m in response.context["messages"]))


def test_with_no_history_of_the_row_as_opened_the_form_keeps_its_values_and_lists_the_differences(admin_client):
    event = create_event(status="occurred", location="")
    event.history.all().delete()        # (a row written without history: nothing tells what was opened)
    mine = opened_at(admin_client.get(change(event)).content.decode())
    event.status = "cancelled"
    event.save()
    page = save(admin_client, event, mine, status="occurred", location="Bogota").content.decode()
    assert "It now differs from this form in Status (theirs “cancelled”, yours “occurred”)" in message(page)
    assert (shown(page, "status"), shown(page, "location")) == ("occurred", "Bogota")


def test_a_form_sent_for_an_actor_merged_away_meanwhile_says_into_which(admin_client):
    usa, kolombia = create_actor("Amerika Serikat", kind="country"), create_actor("Kolombia", kind="country")
    url, pk = change(usa), usa.pk
    mine = opened_at(admin_client.get(url).content.decode())
    merge_actors([usa], keep=kolombia)
    response = admin_client.post(url, {"name": "Amerika Serikat", "kind": "country", "opened_at": mine}, follow=True)
    texts = [str(m) for m in response.context["messages"]]
    assert any(t.startswith(f"Your changes were not saved: actor #{pk} was merged into actor #{kolombia.pk} Kolombia")
               for t in texts)


def test_an_alias_added_in_a_form_refused_over_a_rename_is_listed_to_add_again(admin_client):
    # (a rename adds the old name as an alias: the form, holding a new alias, was refused naming nothing to redo)
    cuba = create_actor("Kuba", kind="country")
    opened = opened_at(admin_client.get(change(cuba)).content.decode())
    cuba.name = "Cuba"
    cuba.save()
    page = html.unescape(admin_client.post(change(cuba), {
        "name": "Kuba", "kind": "country", "title": "", "country": "", "opened_at": opened,
        "aliases-TOTAL_FORMS": "1", "aliases-INITIAL_FORMS": "0", "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000", "aliases-0-name": "Republik Kuba", "aliases-0-actor": cuba.pk}).content.decode())
    assert "Its aliases changed too" in page
    assert "Make again your changes to its rows too: new actor alias: Name “Republik Kuba”." in page
