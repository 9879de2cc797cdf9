"""History (who changed what, when) and the permanence of corrections across re-extraction."""
import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event
from tests.integration.admin_forms import action_data, change, changelist, event_form_data
from tests.integration.extractions import seed_like
from timeline.models import Actor, ActorAlias, Article, Event, Participant

pytestmark = pytest.mark.django_db



def history_url(obj):
    return reverse(f"admin:timeline_{obj._meta.model_name}_history", args=[obj.pk])


class TestHistory:
    def test_an_edit_in_the_admin_is_recorded_with_its_user(self, admin_client, admin_user):
        event = create_event(summary="As extracted")
        admin_client.post(change(event), event_form_data(event, summary="Corrected"))
        latest = event.history.first()
        assert (latest.history_type, latest.history_user, latest.summary) == ("~", admin_user, "Corrected")
        assert event.history.last().summary == "As extracted"

    def test_an_inline_change_is_recorded_with_its_user(self, admin_client, admin_user):
        petro = create_actor("Gustavo Petro")
        event = create_event(actors=[petro])
        rows = [{"id": p.pk, "event": event.pk, "actor": petro.pk, "role": "initiator"}
                for p in event.participants.all()]
        admin_client.post(change(event), event_form_data(event, participants=rows))
        assert Participant.history.filter(event_id=event.pk, role="initiator").get().history_user == admin_user

    def test_bulk_actions_are_recorded_per_event_with_their_user(self, admin_client, admin_user):
        events = [create_event(), create_event()]
        admin_client.post(changelist(Event), action_data("mark_verified", events))
        for event in events:
            assert (event.history.first().verified, event.history.first().history_user) == (True, admin_user)

    def test_merges_are_recorded_with_their_user_and_reason(self, admin_client, admin_user):
        full, short = create_actor("Gustavo Petro"), create_actor("Petro")
        gone = short.pk
        admin_client.post(changelist(Actor), action_data("merge_selected", [full, short], post="yes", keep=full.pk))
        kept = full.history.first()
        assert (kept.history_user, kept.history_change_reason) == (admin_user, "merged actors Petro")
        assert Actor.history.get(id=gone, history_type="-").history_user == admin_user
        assert ActorAlias.history.get(name="Petro", history_type="+").history_user == admin_user

    def test_the_history_is_visible_in_the_admin(self, admin_client, admin_user):
        event = create_event(summary="As extracted")
        admin_client.post(change(event), event_form_data(event, summary="Corrected <b>by</b> staff"))
        body = admin_client.get(history_url(event)).content.decode()
        assert f">{admin_user.username}</a>" in body
        assert "<strong>Summary:</strong>" in body and "Corrected &lt;b&gt;by&lt;/b&gt; staff" in body
        assert "<b>by</b>" not in body
        # (the row extraction wrote, with no user: "extraction", not "None")
        assert "extraction" in body and ">None<" not in body.replace(" ", "").replace("\n", "")

    @staticmethod
    def role_changed(admin_client, name):
        """An event extraction wrote with `name` on it, whose role a person then changed."""
        petro = create_actor(name)
        event = create_event(article=create_article(), actors=[petro], evidence="bakal menemui")
        rows = [{"id": p.pk, "event": event.pk, "actor": petro.pk, "role": "initiator"}
                for p in event.participants.all()]
        admin_client.post(change(event), event_form_data(event, participants=rows))
        return event

    def test_the_event_page_shows_who_changed_its_participants_and_evidence(self, admin_client, admin_user):
        event = self.role_changed(admin_client, "Gustavo Petro")
        body = admin_client.get(change(event)).content.decode()
        assert f"{admin_user.username} · changed participant Gustavo Petro (initiator)" in body
        assert "extraction · added evidence “bakal menemui”" in body

    def test_the_event_history_lists_its_participants_and_evidence_changes_too(self, admin_client, admin_user):
        # (its History listed only the event's own fields: a role changed showed as nothing at all)
        event = self.role_changed(admin_client, "Gustavo <b>Petro</b>")
        body = admin_client.get(history_url(event)).content.decode()
        related = body.split('id="related-history"')[1]
        assert f"{admin_user.username} · changed participant Gustavo &lt;b&gt;Petro&lt;/b&gt; (initiator)" in related
        assert "extraction · added evidence “bakal menemui”" in related and "<b>Petro" not in body
        # a deleted event's history keeps them
        event_id = event.pk
        event.delete()
        gone = admin_client.get(reverse("admin:timeline_event_history", args=[event_id]))
        assert gone.status_code == 200 and "(initiator)" in gone.content.decode().split('id="related-history"')[1]

    def test_the_user_who_changed_a_row_is_a_link_only_for_those_who_may_see_users(self, client, admin_client,
                                                                                   admin_user, django_user_model):
        # (the link went to /admin/auth/user/N/change/, "Not allowed" for staff without user permissions)
        from django.contrib.auth.models import Permission
        event = create_event(summary="As extracted")
        admin_client.post(change(event), event_form_data(event, summary="Corrected"))
        user_link = f'href="{reverse("admin:auth_user_change", args=[admin_user.pk])}"'
        assert user_link in admin_client.get(history_url(event)).content.decode()
        editor = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
        editor.user_permissions.add(*Permission.objects.filter(codename__in=("view_event", "change_event")))
        client.force_login(editor)
        body = client.get(history_url(event)).content.decode()
        assert user_link not in body and admin_user.username in body.split('id="change-history"')[1]
        editor.user_permissions.add(Permission.objects.get(codename="view_user"))
        editor = django_user_model.objects.get(pk=editor.pk)       # (permissions are cached on the user)
        client.force_login(editor)
        assert user_link in client.get(history_url(event)).content.decode()

    def test_the_actor_page_shows_who_added_its_aliases(self, admin_client, admin_user):
        full, short = create_actor("Gustavo Petro"), create_actor("Petro")
        admin_client.post(changelist(Actor), action_data("merge_selected", [full, short], post="yes", keep=full.pk))
        body = admin_client.get(change(full)).content.decode()
        assert f"{admin_user.username} · added alias “Petro”" in body

    def test_actor_and_article_history_pages_open(self, admin_client):
        for obj in (create_actor(), create_article()):
            assert admin_client.get(history_url(obj)).status_code == 200


class TestCorrectionsArePermanent:
    """Edit in the admin, re-run extraction (from the admin), and the correction is still there."""

    @pytest.fixture(autouse=True)
    def _extraction(self, monkeypatch):
        self.petro, self.missing = "Gustavo Petro", ()

        def fake_extract(text, dct=None, lang="id"):
            found = seed_like(text, dct, petro=self.petro)
            found.events = [e for e in found.events if e.type not in self.missing]
            return found
        monkeypatch.setattr("timeline.ingest.extract", fake_extract)

    def extract(self, client, article):
        response = client.post(changelist(Article), action_data("rerun_extraction", [article]))
        assert response.status_code == 302
        return Event.objects.filter(article=article)

    def meeting(self, article):
        return Event.objects.get(article=article, type="meeting")

    def test_an_edited_event_survives_re_extraction(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        self.extract(admin_client, article)
        meeting = self.meeting(article)
        admin_client.post(change(meeting), event_form_data(meeting, summary="Checked by the desk", status="occurred"))
        events = self.extract(admin_client, article)
        kept = Event.objects.get(pk=meeting.pk)
        assert (kept.summary, kept.status, kept.edited) == ("Checked by the desk", "occurred", True)
        assert events.filter(type="meeting").count() == 1      # no machine duplicate beside it
        assert events.filter(type="threat").count() == 1

    def test_a_verified_event_survives_re_extraction(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        self.extract(admin_client, article)
        meeting = self.meeting(article)
        admin_client.post(changelist(Event), action_data("mark_verified", [meeting]))
        self.extract(admin_client, article)
        assert Event.objects.get(pk=meeting.pk).verified
        assert Event.objects.filter(article=article, type="meeting").count() == 1

    def test_an_event_a_person_created_survives_re_extraction(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        self.extract(admin_client, article)
        data = event_form_data(Event(type="call", status="occurred", date="2026-01-07", confidence=1.0,
                                     article=article))
        admin_client.post(changelist(Event) + "add/", data)
        self.extract(admin_client, article)
        assert Event.objects.get(article=article, type="call").origin == "human"

    def test_an_untouched_machine_event_goes_when_extraction_no_longer_finds_it(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        self.extract(admin_client, article)
        self.extract(admin_client, article)
        assert Event.objects.filter(article=article, type="threat").count() == 1
        self.missing = ("threat", "meeting")
        assert not self.extract(admin_client, article).exists()

    def test_an_edited_event_stays_even_when_extraction_no_longer_finds_it(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        self.extract(admin_client, article)
        threat = Event.objects.get(article=article, type="threat")
        admin_client.post(change(threat), event_form_data(threat, type="criticism"))
        self.missing = ("threat",)
        assert list(self.extract(admin_client, article).filter(type__in=["threat", "criticism"])) == [threat]

    def test_a_machine_event_deleted_in_the_admin_is_not_added_again(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        self.extract(admin_client, article)
        threat = Event.objects.get(article=article, type="threat")
        admin_client.post(changelist(Event), action_data("delete_selected", [threat], post="yes"))
        events = self.extract(admin_client, article)
        assert list(events.values_list("type", flat=True)) == ["meeting"]

    def test_events_merged_away_are_not_added_again(self, admin_client):
        article = create_article(status=Article.Status.PENDING)
        self.extract(admin_client, article)
        meeting, threat = self.meeting(article), Event.objects.get(article=article, type="threat")
        admin_client.post(changelist(Event), action_data("merge_selected", [meeting, threat], post="yes",
                                                         keep=meeting.pk))
        events = self.extract(admin_client, article)
        assert list(events) == [meeting]

    def test_an_actor_merge_survives_re_extraction(self, admin_client):
        # Extraction names Petro "Petro" in the threat: two actors for one man.
        self.petro = "Petro"
        article = create_article(status=Article.Status.PENDING)
        self.extract(admin_client, article)
        full, short = Actor.objects.get(name="Gustavo Petro"), Actor.objects.get(name="Petro")
        admin_client.post(changelist(Actor), action_data("merge_selected", [full, short], post="yes", keep=full.pk))
        self.extract(admin_client, article)
        assert not Actor.objects.filter(name="Petro").exists()
        threat = Event.objects.get(article=article, type="threat")
        assert threat.participants.get(role="target").actor == full

    def test_a_merged_event_keeps_its_evidence_when_its_other_article_is_re_extracted(self, admin_client):
        first, second = create_article(status="pending"), create_article(status="pending")
        self.extract(admin_client, first)
        self.extract(admin_client, second)
        a, b = self.meeting(first), self.meeting(second)
        admin_client.post(changelist(Event), action_data("merge_selected", [a, b], post="yes", keep=a.pk))
        self.extract(admin_client, second)
        merged = Event.objects.get(pk=a.pk)
        assert {e.article_id for e in merged.evidence.all()} == {first.pk, second.pk}


class TestOnTheSeedWithTheRealExtraction:
    """The whole path on the seed article, with the real extraction: correct, re-run, kept."""

    @pytest.fixture
    def seed(self):
        from pathlib import Path

        from timeline.ingest import run_extraction, store_article
        path = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
        article, _ = store_article(path.read_text(encoding="utf-8"), published=dt.date(2026, 1, 10))
        run_extraction(article)
        return article

    def test_corrections_survive_re_running_the_real_extraction(self, admin_client, seed):
        events = Event.objects.filter(article=seed)
        before = events.count()
        call = events.get(type="call", date="2026-01-07")
        admin_client.post(change(call), event_form_data(call, summary="Trump menelepon Petro", type="statement"))
        threat = events.get(type="threat")
        admin_client.post(changelist(Event), action_data("mark_verified", [threat]))

        response = admin_client.post(changelist(Article), action_data("rerun_extraction", [seed]))
        message = [str(m) for m in get_messages(response.wsgi_request)][-1]
        assert "0 added" in message and "2 kept as corrected by a person" in message

        call.refresh_from_db()
        assert (call.summary, call.type, call.edited) == ("Trump menelepon Petro", "statement", True)
        assert Event.objects.get(pk=threat.pk).verified
        # Nothing duplicated beside the corrections: a machine copy of a corrected event may go.
        assert events.count() <= before
        assert not events.filter(type="call", date="2026-01-07").exists()
