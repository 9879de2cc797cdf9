"""timeline.merge: merging duplicate events and actors, called directly."""
import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event
from timeline.merge import merge_actors, merge_events
from timeline.models import Actor, ActorAlias, Event, Evidence, Participant


@pytest.mark.django_db
class TestMergeEvents:
    @pytest.fixture(autouse=True)
    def _world(self, db):
        # Two articles report the same planned meeting; a third event is unrelated.
        self.first = create_article(title="First")
        self.second = create_article(title="Second")
        self.petro = create_actor("Gustavo Petro")
        self.trump = create_actor("Donald Trump")
        self.a = create_event(article=self.first, actors=[(self.petro, "initiator")],
                              evidence="bakal menemui", confidence=0.4, summary="")
        self.b = create_event(article=self.second, actors=[self.petro, (self.trump, "target")],
                              evidence="Gedung Putih", confidence=0.9, summary="Petro meets Trump",
                              location="Gedung Putih")

    def test_it_keeps_every_evidence_span_and_its_source_article(self):
        merged = merge_events([self.a, self.b], into=self.a)
        spans = sorted((e.article.title, e.quote) for e in merged.evidence.all())
        assert spans == [("First", "bakal menemui"), ("Second", "Gedung Putih")]

    def test_the_same_span_twice_is_kept_once(self):
        twin = create_event(article=self.first, evidence="bakal menemui")
        merged = merge_events([self.a, twin], into=self.a)
        assert [e.quote for e in merged.evidence.all()] == ["bakal menemui"]

    def test_it_unites_the_participants_and_a_specific_role_wins(self):
        merged = merge_events([self.a, self.b], into=self.a)
        roles = {p.actor.name: p.role for p in merged.participants.all()}
        assert roles == {"Gustavo Petro": "initiator", "Donald Trump": "target"}

    def test_it_deletes_the_others_and_keeps_one(self):
        merged = merge_events([self.a, self.b], into=self.a)
        assert list(Event.objects.all()) == [merged]
        assert Evidence.objects.count() == 2
        assert Participant.objects.count() == 2

    def test_the_merged_event_is_protected_from_re_extraction(self):
        merged = merge_events([self.a, self.b], into=self.a)
        assert merged.edited and merged.is_protected

    def test_it_fills_empty_fields_from_the_others_and_keeps_the_highest_confidence(self):
        merged = merge_events([self.a, self.b], into=self.a)
        assert (merged.location, merged.confidence) == ("Gedung Putih", 0.9)
        # (and its summary is written for the parties it has now)
        assert merged.summary == "Gustavo Petro meets Donald Trump in Gedung Putih"

    def test_a_summary_a_person_wrote_stays(self):
        self.a.summary, self.a.summary_edited = "Petro's visit, as announced", True     # (as the admin marks it)
        self.a.save()
        merged = merge_events([self.a, self.b], into=self.a)
        assert merged.summary == "Petro's visit, as announced"

    def test_the_kept_date_is_stated_when_another_report_states_that_day_in_its_own_clause(self):
        self.a.date, self.a.date_source = "2026-01-07", Event.DateSource.CONTEXT
        self.a.save()
        self.b.date, self.b.date_source = "2026-01-07", Event.DateSource.TEXT
        self.b.save()
        assert merge_events([self.a, self.b], into=self.a).date_source == Event.DateSource.TEXT

    def test_without_a_choice_it_keeps_the_verified_one(self):
        self.a.verified = True
        self.a.save()
        assert merge_events(Event.objects.all()).pk == self.a.pk

    def test_without_a_choice_and_none_verified_it_keeps_the_surest(self):
        assert merge_events(Event.objects.all()).pk == self.b.pk

    def test_without_a_choice_it_keeps_the_first_report_before_the_surest(self):
        # (its Source is the article where the news broke, as the timeline's grouping of reports has it)
        self.first.published = dt.date(2026, 1, 8)
        self.first.save()
        assert merge_events(Event.objects.all()).pk == self.a.pk

    def test_the_absorbed_article_still_tells_the_merged_event(self, client, admin_client):
        # (after a merge across articles, "?article=" of the absorbed one showed "0 dated events")
        kept = merge_events(Event.objects.filter(pk__in=[self.a.pk, self.b.pk]))
        absorbed = self.first if kept.article_id == self.second.pk else self.second
        page = client.get(reverse("timeline:index"), {"article": absorbed.pk}).content.decode()
        assert f'data-event="{kept.pk}"' in page
        change = admin_client.get(reverse("admin:timeline_article_change", args=[absorbed.pk])).content.decode()
        assert "1 events in the admin" in change

    def test_it_refuses_a_single_event(self):
        with pytest.raises(ValueError):
            merge_events([self.a])

    def test_it_records_history_with_a_reason(self):
        gone = self.b.pk
        merged = merge_events([self.a, self.b], into=self.a)
        assert merged.history.first().history_change_reason == f"merged events #{gone}"
        deleted = Event.history.filter(id=gone, history_type="-").get()
        assert deleted.history_change_reason == f"merged into event #{merged.pk}"

    def test_it_changes_nothing_when_it_fails_half_way(self, monkeypatch):
        def boom(self, *args, **kwargs):
            raise RuntimeError("disk full")
        monkeypatch.setattr(Event, "delete", boom)
        with pytest.raises(RuntimeError):
            merge_events([self.a, self.b], into=self.a)
        assert sorted(Evidence.objects.values_list("event_id", flat=True)) == sorted([self.a.pk, self.b.pk])
        assert not Event.objects.get(pk=self.a.pk).edited


@pytest.mark.django_db
class TestMergeActors:
    @pytest.fixture(autouse=True)
    def _world(self, db):
        # Extraction made two actors of one man; one of them has an alias of its own.
        self.article = create_article()
        self.full = create_actor("Gustavo Petro", aliases=["Presiden Petro"])
        self.short = create_actor("Petro", aliases=["Gustavo"], title="Presiden")
        self.trump = create_actor("Donald Trump")
        self.colombia = create_actor("Kolombia", kind="country")
        self.minister = create_actor("Menteri", country=None)
        self.meeting = create_event(article=self.article, actors=[self.short, self.trump])
        self.threat = create_event(article=self.article, actors=[(self.trump, "initiator"), (self.short, "target")])
        self.call = create_event(article=self.article, actors=[self.full, (self.short, "initiator")])

    def test_all_events_move_to_the_kept_actor_with_their_roles(self):
        merge_actors([self.full, self.short], keep=self.full)
        roles = {e.pk: {p.actor.name: p.role for p in e.participants.all()} for e in Event.objects.all()}
        assert roles[self.meeting.pk] == {"Gustavo Petro": "participant", "Donald Trump": "participant"}
        assert roles[self.threat.pk] == {"Gustavo Petro": "target", "Donald Trump": "initiator"}
        # Both took part in the call: one participation remains, with the specific role.
        assert roles[self.call.pk] == {"Gustavo Petro": "initiator"}

    def test_the_merged_away_name_and_its_aliases_become_aliases_of_the_kept_actor(self):
        merge_actors([self.full, self.short], keep=self.full)
        assert sorted(self.full.aliases.values_list("name", flat=True)) == ["Gustavo", "Petro", "Presiden Petro"]
        assert not Actor.objects.filter(name="Petro").exists()

    def test_it_keeps_what_only_the_other_knew(self):
        kept = merge_actors([self.full, self.short], keep=self.full)
        assert kept.title == "Presiden"

    def test_people_of_a_merged_away_country_now_serve_the_kept_one(self):
        colombia2 = create_actor("Colombia", kind="country")
        self.minister.country = colombia2
        self.minister.save()
        merge_actors([colombia2], keep=self.colombia)
        self.minister.refresh_from_db()
        assert self.minister.country == self.colombia

    def test_it_does_not_duplicate_an_alias_the_kept_actor_already_has(self):
        ActorAlias.objects.create(actor=self.full, name="PETRO")
        merge_actors([self.short], keep=self.full)
        assert ActorAlias.objects.filter(key="petro").count() == 1

    def test_it_refuses_to_merge_an_actor_into_itself_alone(self):
        with pytest.raises(ValueError):
            merge_actors([self.full], keep=self.full)

    def test_it_records_history_for_the_actors_and_the_moved_participations(self):
        gone = self.short.pk
        merge_actors([self.full, self.short], keep=self.full)
        assert self.full.history.first().history_change_reason == "merged actors Petro"
        assert Actor.history.filter(id=gone, history_type="-").exists()
        assert Participant.history.filter(actor_id=self.full.pk, event_id=self.meeting.pk, history_type="~").exists()
