import pytest

from tests.factories import create_actor, create_article, create_event
from timeline.models import Actor, ActorAlias, Article, content_hash


@pytest.mark.django_db
class TestEvent:
    def test_it_stores_the_period_its_date_covers(self):
        event = create_event(date="2026-02")
        assert (event.date_start.isoformat(), event.date_end.isoformat(), event.precision) == (
            "2026-02-01", "2026-02-28", "month")

    def test_an_undated_event_has_no_period(self):
        event = create_event(date="")
        assert (event.date_start, event.date_end, event.precision) == (None, None, "")

    def test_it_is_protected_once_a_person_touched_it(self):
        event = create_event()
        assert not event.is_protected
        event.verified = True
        assert event.is_protected

    def test_it_highlights_its_evidence_within_the_sentence(self):
        article = create_article()
        petro = create_actor("Gustavo Petro")
        event = create_event(article=article, actors=[petro], evidence="bakal menemui")
        before, hit, after = event.evidence.get().sentence_parts()
        assert hit == "bakal menemui"
        assert before.startswith("Presiden Kolombia") and after.endswith("2026.")


@pytest.mark.django_db
def test_an_article_is_fingerprinted_by_its_text_whatever_its_spacing_and_case():
    article = create_article(raw_text="Satu  dua\ntiga")
    assert article.content_hash == content_hash("satu dua tiga")
    assert Article.objects.get(content_hash=content_hash("SATU DUA   TIGA")) == article


@pytest.mark.django_db
def test_an_alias_is_keyed_case_folded():
    actor = create_actor("Amerika Serikat", kind="country", aliases=["AS"])
    assert ActorAlias.objects.get(actor=actor).key == "as"


@pytest.mark.django_db
def test_names_are_keyed_without_case_or_diacritics():
    actor = create_actor("Recep Tayyip Erdoğan", aliases=["ERDOĞAN"])
    assert actor.key == "recep tayyip erdogan"
    assert ActorAlias.objects.get(actor=actor).key == "erdogan"
    actor.name = "Recep  Tayyip Erdogan"
    actor.save(update_fields=["name"])
    actor.refresh_from_db()
    assert actor.key == "recep tayyip erdogan"


@pytest.mark.django_db
def test_the_migration_keys_existing_names_and_loses_no_alias():
    from importlib import import_module

    from django.apps import apps
    billstrom = create_actor("Tobias Billström", aliases=["Billström"])
    ActorAlias.objects.filter(name="Billström").update(key="billström")     # keyed the old way
    other = create_actor("T. Billstrom", aliases=["Billstrom"])
    Actor.objects.update(key="")
    import_module("timeline.migrations.0004_actor_key").fill_keys(apps, None)
    billstrom.refresh_from_db()
    assert billstrom.key == "tobias billstrom"
    # "Billstrom" already holds the key "billstrom": "Billström" keeps its old key, and both stay
    assert dict(ActorAlias.objects.values_list("name", "key")) == {"Billström": "billström", "Billstrom": "billstrom"}
    assert ActorAlias.objects.get(name="Billstrom").actor == other


@pytest.mark.django_db
def test_the_migration_marks_the_summaries_people_wrote_from_the_history():
    from importlib import import_module

    from django.apps import apps
    from tests.factories import create_event
    from timeline.models import Event
    machine = create_event(summary="Petro meets Trump")
    typed = create_event(summary="Petro meets Trump")
    typed.summary, typed._change_reason = "Petro's visit, as the admin wrote it", None
    typed.save()
    by_hand = create_event(summary="Trump's call", origin=Event.Origin.HUMAN)
    filled = create_event(summary="")
    filled.summary, filled._change_reason = "Taken from another", "merged events #9"
    filled.save()
    Event.objects.update(summary_edited=False)
    import_module("timeline.migrations.0007_event_summary_edited").mark_summaries_people_wrote(apps, None)
    assert {e.pk for e in Event.objects.filter(summary_edited=True)} == {typed.pk, by_hand.pk}
    assert machine.pk and filled.pk


def test_event_types_are_stored_as_taxonomy_codes():
    from timeline.extraction.taxonomy import EVENT_TYPE_CODES
    from timeline.models import Event
    assert [value for value, _ in Event.Type.choices] == list(EVENT_TYPE_CODES)
    assert Event.Type("military_action").label == "Military action"


@pytest.mark.django_db
def test_the_migration_fingerprints_each_upload_as_stored():
    from importlib import import_module

    from django.apps import apps
    from tests.factories import create_article
    from timeline.models import Article, content_hash
    article = create_article(text="Teks  bersih.", raw_text="<p>Teks mentah</p>")
    Article.objects.update(raw_hash="")
    import_module("timeline.migrations.0008_article_raw_hash").fingerprint_uploads(apps, None)
    article.refresh_from_db()
    assert article.raw_hash == content_hash("<p>Teks mentah</p>")


@pytest.mark.django_db
def test_an_actor_renamed_back_has_no_alias_of_its_own_name():
    # (two editors: Kuba renamed Cuba, then the other's form saved "Kuba" again: alias "Kuba" of "Kuba")
    from tests.factories import create_actor
    kuba = create_actor("Kuba", kind="country")
    kuba.name = "Cuba"
    kuba.save()
    kuba.name = "Kuba"
    kuba.save()
    assert list(kuba.aliases.values_list("name", flat=True)) == ["Cuba"]
