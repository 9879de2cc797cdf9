"""The event admin: the review list, the change page, and the bulk actions."""
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event
from tests.integration.admin_forms import action_data, change, changelist, event_form_data
from timeline.models import Actor, Article, Event, Evidence, Participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """One article, two actors, three machine events of varying confidence; one verified."""
    class World:
        pass
    w = World()
    w.article = create_article(title="Petro dan Trump")
    w.petro = create_actor("Gustavo Petro", aliases=["Petro"])
    w.trump = create_actor("Donald Trump", aliases=["Trump"])
    w.meeting = create_event(article=w.article, actors=[(w.petro, "initiator"), w.trump], evidence="bakal menemui",
                             type="meeting", status="planned", date="2026-02-03", confidence=0.7,
                             summary="Petro to meet Trump")
    w.threat = create_event(article=w.article, actors=[(w.trump, "initiator"), (w.petro, "target")],
                            evidence="mengeluarkan ancaman", type="threat", date="2026-01-04", confidence=0.3,
                            summary="Trump threatens Petro")
    w.checked = create_event(article=w.article, actors=[w.petro], type="statement", date="2025", confidence=0.1,
                             verified=True, summary="Already checked")
    return w


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


class TestEventList:
    def test_it_lists_unverified_low_confidence_events_first(self, admin_client, world):
        response = admin_client.get(changelist(Event))
        shown = list(response.context["cl"].result_list)
        assert shown == [world.threat, world.meeting, world.checked]

    def test_it_shows_date_precision_type_status_actors_article_confidence_verified(self, admin_client, world):
        body = admin_client.get(changelist(Event)).content.decode()
        for text in ("2026-02-03", "day", "planned", "Meeting", "Gustavo Petro (initiator)", "Donald Trump",
                     "Petro dan Trump", "0.7"):
            assert text in body

    @pytest.mark.parametrize("query, expected", [
        ("type__exact=threat", ["threat"]),
        ("status__exact=planned", ["meeting"]),
        ("verified__exact=1", ["checked"]),
        ("year=2025", ["checked"]),
        ("year=2026", ["threat", "meeting"]),
        ("confidence=low", ["threat", "checked"]),
        ("confidence=mid", ["meeting"]),
        ("confidence=high", []),
    ])
    def test_it_filters(self, admin_client, world, query, expected):
        response = admin_client.get(changelist(Event) + "?" + query)
        assert list(response.context["cl"].result_list) == [getattr(world, name) for name in expected]

    def test_it_filters_by_actor_and_article(self, admin_client, world):
        other = create_event(article=create_article(title="Other"), actors=[create_actor("Nicolás Maduro")])
        by_actor = admin_client.get(changelist(Event) + f"?actor={world.trump.pk}").context["cl"].result_list
        assert set(by_actor) == {world.meeting, world.threat}
        by_article = admin_client.get(changelist(Event) + f"?article__id__exact={other.article_id}")
        assert list(by_article.context["cl"].result_list) == [other]

    @pytest.mark.parametrize("model", [Event, Article, Actor])
    def test_show_counts_counts_every_filters_choices(self, admin_client, world, model):
        # ("Show counts" asked each choice of the actor filter with its id, not a string: a 500)
        response = admin_client.get(changelist(model) + "?_facets=True")
        assert response.status_code == 200

    def test_a_bad_actor_filter_value_is_ignored(self, admin_client, world):
        assert admin_client.get(changelist(Event) + "?actor=x").status_code in (200, 302)

    def test_it_searches_the_evidence(self, admin_client, world):
        response = admin_client.get(changelist(Event) + "?q=ancaman")
        assert list(response.context["cl"].result_list) == [world.threat]

    def test_it_escapes_article_derived_text(self, admin_client):
        article = create_article(title="<script>alert(1)</script>", text="Kata <b>tebal</b> di sini.")
        create_event(article=article, summary="<img src=x onerror=alert(2)>", evidence="<b>tebal</b>")
        body = admin_client.get(changelist(Event)).content.decode()
        assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body
        assert "<img src=x" not in body


class TestEventChangePage:
    def test_it_shows_the_evidence_highlighted_in_its_sentence(self, admin_client, world):
        body = admin_client.get(change(world.meeting)).content.decode()
        assert "Gustavo Petro <mark>bakal menemui</mark> Presiden Amerika Serikat" in body

    def test_the_highlight_escapes_the_article_text(self, admin_client):
        article = create_article(text="Dia <script>x()</script> berkata keras.")
        event = create_event(article=article, evidence="berkata")
        body = admin_client.get(change(event)).content.decode()
        assert "&lt;script&gt;x()&lt;/script&gt; <mark>berkata</mark> keras." in body

    def test_it_links_to_the_event_on_the_timeline(self, admin_client, world):
        body = admin_client.get(change(world.meeting)).content.decode()
        assert f'href="/events/{world.meeting.pk}/"' in body

    def test_it_shows_participants_and_evidence_inline(self, admin_client, world):
        body = admin_client.get(change(world.meeting)).content.decode()
        assert 'name="participants-0-role"' in body and 'name="evidence-0-quote"' in body

    def test_saving_marks_the_event_edited(self, admin_client, world):
        response = admin_client.post(change(world.meeting), event_form_data(world.meeting, summary="Corrected"))
        assert response.status_code == 302, response.context["errors"] if response.context else response
        world.meeting.refresh_from_db()
        assert (world.meeting.summary, world.meeting.edited, world.meeting.origin) == ("Corrected", True, "machine")
        assert world.meeting.is_protected

    def test_a_correction_writes_the_machine_summary_again(self, admin_client, world):
        # (extraction wrote "Petro to meet Trump" for a planned meeting; staff say it was a call, held)
        world.meeting.trigger = "bakal menemui"
        world.meeting.save()
        response = admin_client.post(change(world.meeting), event_form_data(world.meeting, type="call",
                                                                           status="occurred"))
        assert response.status_code == 302
        world.meeting.refresh_from_db()
        assert world.meeting.summary == "Gustavo Petro and Donald Trump speak by phone or video"
        assert world.meeting.history.first().history_change_reason == "summary written again after a correction"

    def test_a_summary_a_person_wrote_stays_through_later_corrections(self, admin_client, world):
        admin_client.post(change(world.meeting), event_form_data(world.meeting, summary="Petro's visit, postponed"))
        world.meeting.refresh_from_db()
        admin_client.post(change(world.meeting), event_form_data(world.meeting, status="cancelled"))
        world.meeting.refresh_from_db()
        assert (world.meeting.status, world.meeting.summary) == ("cancelled", "Petro's visit, postponed")

    def test_an_emptied_summary_is_written_for_the_person(self, admin_client, world):
        admin_client.post(change(world.threat), event_form_data(world.threat, summary=""))
        world.threat.refresh_from_db()
        assert world.threat.summary == "Donald Trump threatens Gustavo Petro"

    def test_changed_roles_are_in_the_summary(self, admin_client, world):
        # (extraction had it the wrong way round)
        rows = [{"id": p.pk, "event": world.threat.pk, "actor": p.actor_id,
                 "role": "target" if p.actor_id == world.trump.pk else "initiator"}
                for p in world.threat.participants.order_by("pk")]
        admin_client.post(change(world.threat), event_form_data(world.threat, participants=rows))
        world.threat.refresh_from_db()
        assert world.threat.summary == "Gustavo Petro threatens Donald Trump"

    def test_the_search_finds_actors_without_case_or_diacritics(self, admin_client, world):
        # ("Ramírez" found no event of "Rafael Ramirez")
        ramirez = create_actor("Rafael Ramirez")
        event = create_event(article=world.article, actors=[ramirez], summary="OPEC meets")
        for term in ("Ramírez", "ramirez"):
            shown = admin_client.get(changelist(Event), {"q": term}).context["cl"].result_list
            assert list(shown) == [event], term

    def test_enter_in_a_field_saves_and_does_not_verify(self, admin_client, world):
        # (Enter presses the form's first submit button: it was "Save, mark verified and review the next")
        import re
        body = admin_client.get(change(world.meeting)).content.decode()
        names = re.findall(r'<input type="submit"[^>]*name="(\w+)"', body)
        assert names[0] == "_save" and "_verify_next" in names

    def test_save_verify_and_next_opens_the_next_unverified_event_of_the_article(self, admin_client, world):
        assert 'name="_verify_next"' in admin_client.get(change(world.meeting)).content.decode()
        data = event_form_data(world.meeting, _verify_next="1")
        response = admin_client.post(change(world.meeting), data)
        assert response.status_code == 302 and response.url == change(world.threat)
        world.meeting.refresh_from_db()
        assert world.meeting.verified and world.meeting.edited

    def test_save_verify_and_next_keeps_the_lists_filters(self, admin_client, world):
        from urllib.parse import quote
        filters = quote("type__exact=threat&q=Petro")
        admin_client.post(change(world.threat) + f"?_changelist_filters={filters}",
                          {**event_form_data(world.threat, _verify_next="1"), "_changelist_filters": "type__exact=threat&q=Petro"})
        response = admin_client.post(change(world.meeting) + f"?_changelist_filters={filters}",
                                     event_form_data(world.meeting, _verify_next="1"))
        assert response.url == changelist(Event) + "?type__exact=threat&q=Petro"

    def test_save_verify_and_next_returns_to_the_list_when_the_article_is_done(self, admin_client, world):
        admin_client.post(change(world.threat), event_form_data(world.threat, _verify_next="1"))
        response = admin_client.post(change(world.meeting), event_form_data(world.meeting, _verify_next="1"))
        assert response.url == changelist(Event)
        assert Event.objects.filter(verified=False).count() == 0

    def test_it_edits_participants_inline(self, admin_client, world):
        rows = [{"id": p.pk, "event": world.meeting.pk, "actor": p.actor_id,
                 "role": "target" if p.actor_id == world.trump.pk else p.role}
                for p in world.meeting.participants.all()]
        admin_client.post(change(world.meeting), event_form_data(world.meeting, participants=rows))
        assert Participant.objects.get(event=world.meeting, actor=world.trump).role == "target"

    def test_it_adds_evidence_by_its_quote_alone(self, admin_client, world):
        rows = event_form_data(world.meeting)
        rows.update({"evidence-TOTAL_FORMS": "2", "evidence-1-article": str(world.article.pk),
                     "evidence-1-quote": "di Gedung Putih", "evidence-1-event": str(world.meeting.pk)})
        response = admin_client.post(change(world.meeting), rows)
        assert response.status_code == 302
        added = world.meeting.evidence.get(quote="di Gedung Putih")
        assert world.article.text[added.start:added.end] == "di Gedung Putih"
        assert added.sentence.startswith("Presiden Kolombia") and added.sentence.endswith("2026.")

    def test_an_event_saved_with_no_participant_nor_evidence_is_warned_of(self, admin_client, world):
        world.checked.evidence.all().delete()
        rows = {**event_form_data(world.checked), "participants-0-DELETE": "on"}
        response = admin_client.post(change(world.checked), rows, follow=True)
        text = " ".join(m.message for m in response.context["messages"])
        assert not world.checked.participants.exists(), rows
        assert "has no participant" in text and "no evidence" in text

    def test_on_the_add_page_evidence_without_an_article_is_in_the_new_events(self, admin_client, world):
        rows = event_form_data(Event(type="call", status="occurred", date="2026-01-07", article=world.article,
                                     summary="Trump menelepon Petro", confidence=1.0),
                               participants=[{"actor": world.trump.pk, "role": "initiator"}],
                               evidence=[{"quote": "Pada 4 Januari"}])
        response = admin_client.post(reverse("admin:timeline_event_add"), rows)
        assert response.status_code == 302, response.content.decode()[:2000]
        added = Event.objects.get(summary="Trump menelepon Petro")
        assert added.evidence.get().article == world.article

    def test_new_evidence_is_in_the_events_article_unless_told(self, admin_client, world):
        rows = event_form_data(world.meeting)
        rows.update({"evidence-TOTAL_FORMS": "2", "evidence-1-quote": "Pada 4 Januari",
                     "evidence-1-event": str(world.meeting.pk)})
        assert admin_client.post(change(world.meeting), rows).status_code == 302
        assert world.meeting.evidence.get(quote="Pada 4 Januari").article == world.article

    def test_a_quote_found_more_than_once_must_say_which_and_a_span_is_given_once(self, admin_client, world):
        text = world.article.text
        word = next(w for w in text.split() if text.count(w) > 1 and len(w) > 3)
        rows = event_form_data(world.meeting)
        rows.update({"evidence-TOTAL_FORMS": "2", "evidence-1-article": str(world.article.pk),
                     "evidence-1-quote": word, "evidence-1-event": str(world.meeting.pk)})
        response = admin_client.post(change(world.meeting), rows)
        assert response.status_code == 200 and f"The quote is in the article {text.count(word)} times" in \
            response.content.decode()
        first = world.meeting.evidence.get()
        rows = event_form_data(world.meeting)
        rows.update({"evidence-TOTAL_FORMS": "2", "evidence-1-article": str(world.article.pk),
                     "evidence-1-quote": first.quote, "evidence-1-start": str(first.start),
                     "evidence-1-end": str(first.end), "evidence-1-event": str(world.meeting.pk)})
        response = admin_client.post(change(world.meeting), rows)
        assert response.status_code == 200 and "The same evidence is given twice" in response.content.decode()
        assert world.meeting.evidence.count() == 1

    def test_it_refuses_evidence_that_is_not_in_the_article(self, admin_client, world):
        rows = event_form_data(world.meeting)
        rows.update({"evidence-TOTAL_FORMS": "2", "evidence-1-article": str(world.article.pk),
                     "evidence-1-quote": "tidak ada di artikel", "evidence-1-event": str(world.meeting.pk)})
        response = admin_client.post(change(world.meeting), rows)
        assert response.status_code == 200
        assert "The quote is not in the article" in response.content.decode()

    def test_evidence_across_a_line_break_saves_again_as_a_browser_sends_it(self, admin_client, world):
        # the text box sends the article's LF as CR LF; saving the event again must not refuse its quote
        article = world.article
        article.text = article.text.replace(". ", ".\n", 1)
        article.save()
        at = article.text.index("\n")
        rows = event_form_data(world.meeting)
        rows.update({"evidence-TOTAL_FORMS": "2", "evidence-1-article": str(article.pk),
                     "evidence-1-start": str(at - 5), "evidence-1-end": str(at + 5),
                     "evidence-1-event": str(world.meeting.pk)})
        assert admin_client.post(change(world.meeting), rows).status_code == 302
        evidence = world.meeting.evidence.get(start=at - 5)
        assert "\n" in evidence.quote
        again = event_form_data(world.meeting, status="cancelled")
        index = next(k for k, v in again.items() if k.endswith("-id") and v == str(evidence.pk)).split("-")[1]
        again[f"evidence-{index}-quote"] = evidence.quote.replace("\n", "\r\n")
        response = admin_client.post(change(world.meeting), again)
        assert response.status_code == 302, response.content.decode()[:3000]
        world.meeting.refresh_from_db()
        assert world.meeting.status == "cancelled"

    def test_it_refuses_a_date_that_is_not_timex3(self, admin_client, world):
        response = admin_client.post(change(world.meeting), event_form_data(world.meeting, date="3 Februari"))
        assert response.status_code == 200
        assert "TIMEX3" in response.content.decode()
        world.meeting.refresh_from_db()
        assert world.meeting.date == "2026-02-03"

    @pytest.mark.parametrize("date", ["2025-13", "2025-02-30", "2025-W54", "0000"])
    def test_it_refuses_a_date_the_calendar_does_not_have(self, admin_client, world, date):
        response = admin_client.post(change(world.meeting), event_form_data(world.meeting, date=date))
        assert response.status_code == 200
        assert f"{date} is no day, week, month or year of the calendar" in response.content.decode()
        world.meeting.refresh_from_db()
        assert world.meeting.date == "2026-02-03"

    def test_a_new_date_updates_the_precision_and_period(self, admin_client, world):
        admin_client.post(change(world.meeting), event_form_data(world.meeting, date="2026-W06"))
        world.meeting.refresh_from_db()
        assert (world.meeting.precision, str(world.meeting.date_start)) == ("week", "2026-02-02")

    def test_a_date_a_person_sets_is_said_to_be_theirs(self, admin_client, world):
        world.meeting.date_source = "context"
        world.meeting.save()
        admin_client.post(change(world.meeting), event_form_data(world.meeting, summary="Petro meets Trump"))
        world.meeting.refresh_from_db()
        assert world.meeting.date_source == "context"       # the date untouched keeps its source
        admin_client.post(change(world.meeting), event_form_data(world.meeting, date="2026-02-04"))
        world.meeting.refresh_from_db()
        assert world.meeting.date_source == "person"

    def test_an_event_created_in_the_admin_is_a_human_one(self, admin_client, world):
        data = event_form_data(Event(type="call", status="occurred", date="2026-01-07", confidence=1.0),
                               participants=[{"actor": world.petro.pk, "role": "initiator"}])
        response = admin_client.post(changelist(Event) + "add/", data)
        assert response.status_code == 302
        event = Event.objects.get(type="call")
        assert (event.origin, event.edited, event.is_protected) == ("human", False, True)
        assert list(event.actors.all()) == [world.petro]


class TestTheTimelineFollowsAtOnce:
    """What is saved in the admin is what the timeline's list and chart answer next."""

    def test_an_edit_shows_in_the_list_and_the_chart(self, admin_client, world):
        admin_client.post(change(world.meeting), event_form_data(
            world.meeting, summary="Bertemu di Gedung Putih", date="2026-02-04"))
        rows = admin_client.get(reverse("timeline:events"), headers={"HX-Request": "true"}).content.decode()
        assert "Bertemu di Gedung Putih" in rows
        chart = admin_client.get(reverse("timeline:chart")).content.decode()
        assert "Bertemu di Gedung Putih" in chart and "2026-02-04" in chart

    def test_a_bulk_retype_shows_in_the_chart(self, admin_client, world):
        admin_client.post(changelist(Event), action_data("set_type", [world.meeting], type="call"))
        figure = admin_client.get(reverse("timeline:chart")).json()
        names = {trace.get("name") for trace in figure["data"] if world.meeting.pk in (trace.get("customdata") or [])}
        assert "Call" in names


class TestEventActions:
    def test_mark_verified(self, admin_client, world):
        response = admin_client.post(changelist(Event), action_data("mark_verified", [world.meeting, world.threat]))
        assert response.status_code == 302
        assert Event.objects.filter(verified=True).count() == 3
        assert "Marked 2 event(s) as verified." in messages_of(response)

    def test_set_type(self, admin_client, world):
        admin_client.post(changelist(Event), action_data("set_type", [world.meeting, world.threat], type="call"))
        assert set(Event.objects.filter(type="call")) == {world.meeting, world.threat}
        assert Event.objects.get(pk=world.meeting.pk).edited

    def test_summaries_written_again_stay_machine_made_for_the_next_correction(self, admin_client, world):
        # (a bulk action's or re-extraction's summary is no person's: the next correction rewrites it)
        admin_client.post(changelist(Event), action_data("set_type", [world.threat], type="criticism"))
        admin_client.post(changelist(Event), action_data("set_status", [world.threat], status="planned"))
        threat = Event.objects.get(pk=world.threat.pk)
        assert (threat.summary, threat.summary_edited) == ("Donald Trump criticizes Gustavo Petro (planned)", False)

    def test_set_status(self, admin_client, world):
        admin_client.post(changelist(Event), action_data("set_status", [world.meeting], status="cancelled"))
        meeting = Event.objects.get(pk=world.meeting.pk)
        assert meeting.status == "cancelled"
        assert meeting.summary == "Gustavo Petro meets Donald Trump (cancelled)"     # (no longer "planned")

    def test_set_type_without_a_choice_changes_nothing(self, admin_client, world):
        response = admin_client.post(changelist(Event), action_data("set_type", [world.meeting]))
        assert Event.objects.get(pk=world.meeting.pk).type == "meeting"
        assert any("Choose a type" in m for m in messages_of(response))

    def test_merge_asks_which_event_to_keep_first(self, admin_client, world):
        response = admin_client.post(changelist(Event), action_data("merge_selected", [world.meeting, world.threat]))
        assert response.status_code == 200
        assert "admin/timeline/merge_confirmation.html" in [t.name for t in response.templates]
        # (the threat that happened rather than the planned meeting, though that one is surer)
        assert response.context["proposed"] == world.threat
        assert Event.objects.count() == 3
        # a meeting and a threat on different days: said before anything is merged
        body = response.content.decode()
        assert "of different types (Meeting, Threat)" in body and "different dates (2026-01-04, 2026-02-03)" in body
        assert "different statuses (occurred, planned)" in body
        # the page names each event by its id and says why one is proposed
        assert f"#{world.threat.pk} " in body and f"#{world.meeting.pk} " in body
        assert "(proposed: it tells what happened)" in body

    def test_the_admin_address_of_an_event_merged_away_leads_to_the_kept_one(self, admin_client, world):
        from timeline.merge import merge_events
        gone = world.threat.pk
        merge_events([world.meeting, world.threat], into=world.meeting)
        response = admin_client.get(change(Event(pk=gone)))
        assert response.status_code == 302 and response.url == change(world.meeting)

    def test_merge_keeps_every_evidence_span_and_participant(self, admin_client, world):
        second = create_article(title="Second source", text="Petro akan ke Washington pada 3 Februari.")
        duplicate = create_event(article=second, actors=[create_actor("Marco Rubio")], evidence="akan ke Washington",
                                 date="2026-02-03", confidence=0.9)
        response = admin_client.post(changelist(Event), action_data(
            "merge_selected", [world.meeting, duplicate], post="yes", keep=world.meeting.pk))
        assert response.status_code == 302
        assert not Event.objects.filter(pk=duplicate.pk).exists()
        merged = Event.objects.get(pk=world.meeting.pk)
        assert {e.article.title for e in merged.evidence.all()} == {"Petro dan Trump", "Second source"}
        assert {a.name for a in merged.actors.all()} == {"Gustavo Petro", "Donald Trump", "Marco Rubio"}
        assert merged.edited

    def test_merge_needs_two_events(self, admin_client, world):
        response = admin_client.post(changelist(Event), action_data("merge_selected", [world.meeting]))
        assert response.status_code == 302 and Event.objects.count() == 3

    def test_delete(self, admin_client, admin_user, world):
        gone = world.threat.pk
        response = admin_client.post(changelist(Event), action_data("delete_selected", [world.threat], post="yes"))
        assert not Event.objects.filter(pk=gone).exists()
        assert not Evidence.objects.filter(event_id=gone).exists()
        assert Event.history.get(id=gone, history_type="-").history_user == admin_user
        assert response.status_code == 302


def test_the_sidebar_stays_short_in_a_large_archive(admin_client):
    # (1,580 actors, 2,663 articles and 87 years made the event list 218,000 px tall)
    from timeline.admin import SIDEBAR_ROWS
    actors = [create_actor(f"Aktor {n:02d}") for n in range(SIDEBAR_ROWS + 5)]
    articles = [create_article(title=f"Artikel {n:02d}") for n in range(SIDEBAR_ROWS + 5)]
    for n, (actor, article) in enumerate(zip(actors, articles)):
        create_event(article=article, actors=[actor], date=str(1950 + 2 * n))
    page = admin_client.get(changelist(Event)).content.decode()
    assert page.count("?actor=") == SIDEBAR_ROWS and page.count("article__id__exact=") == SIDEBAR_ROWS
    assert "?year=2008" in page and "?year=1950s" in page and "?year=1952" not in page
    quiet = actors[-1]      # (one event each: the busiest are the first by name)
    assert f"?actor={quiet.pk}\"" not in page
    page = admin_client.get(changelist(Event) + f"?actor={quiet.pk}").content.decode()
    assert f"?actor={quiet.pk}" in page and "1 event" in page
    assert admin_client.get(changelist(Event) + "?year=1950s").context["cl"].result_count == 5
