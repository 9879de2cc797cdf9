"""An event several articles report: grouped as it is stored and corrected, shown once on the timeline."""
import csv
import datetime as dt
import io
import json
from importlib import import_module

import icalendar
from django.apps import apps
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.test import TestCase
from django.urls import reverse

from tests.factories import SEED_LIKE_TEXT, create_actor, create_article, create_event
from timeline import ingest, reports
from timeline.merge import merge_actors, merge_events
from timeline.models import Event, Participant

HTMX = {"HX-Request": "true"}


class GroupingTestCase(TestCase):
    def setUp(self):
        self.petro, self.trump, self.rubio = create_actor("Gustavo Petro"), create_actor("Donald Trump"), create_actor("Marco Rubio")
        self.first = create_event(create_article(title="Laporan pertama", published=dt.date(2026, 2, 3)),
                                  [self.petro, self.trump], date="2026-02-03", summary="Petro meets Trump")
        self.second = create_event(create_article(title="Laporan kedua", published=dt.date(2026, 2, 4)),
                                   [self.petro, self.trump, self.rubio], date="2026-02-03", summary="Petro meets Trump and Rubio")

    def reload(self):
        self.first.refresh_from_db()
        self.second.refresh_from_db()

    def test_a_second_report_points_to_the_first_as_its_participants_are_stored(self):
        self.reload()
        assert self.first.report_of is None and self.second.report_of == self.first

    def test_the_first_report_is_the_one_published_first_whatever_the_order_of_upload(self):
        early = create_event(create_article(title="Kabar pagi", published=dt.date(2026, 2, 2)), [self.petro, self.trump],
                             date="2026-02-03")
        self.reload()
        early.refresh_from_db()
        assert early.report_of is None and {self.first.report_of, self.second.report_of} == {early}

    def test_a_corrected_date_takes_a_report_out_and_the_other_is_first_of_none(self):
        self.first.date = "2026-02-02"
        self.first.save()
        self.reload()
        assert self.first.report_of is None and self.second.report_of is None

    def test_a_corrected_type_status_or_precision_takes_a_report_out(self):
        for change in ({"type": "call"}, {"status": "cancelled"}, {"date": "2026-02"}):
            event = Event.objects.get(pk=self.second.pk)
            for field, value in change.items():
                setattr(event, field, value)
            event.save()
            self.reload()
            assert self.second.report_of is None, change
            Event.objects.filter(pk=self.second.pk).update(type="meeting", status="occurred")
            event = Event.objects.get(pk=self.second.pk)
            event.date = "2026-02-03"
            event.save()
            self.reload()
            assert self.second.report_of == self.first

    def test_a_plan_told_before_is_a_report_of_the_event_held_which_comes_first(self):
        # "Petro akan bertemu Trump pada 3 Februari" on the 1st; "Petro bertemu Trump" on the 3rd
        plan = create_event(create_article(title="Rencana", published=dt.date(2026, 2, 1)), [self.petro, self.trump],
                            date="2026-02-03", status="planned")
        self.reload()
        plan.refresh_from_db()
        assert self.first.report_of is None and plan.report_of == self.first and self.second.report_of == self.first

    def test_a_held_event_corrected_to_planned_leaves_the_next_held_one_first(self):
        self.first.status = "planned"
        self.first.save()
        self.reload()
        assert self.second.report_of is None and self.first.report_of == self.second
        self.first.status = "cancelled"     # (a meeting called off is another event than one held)
        self.first.save()
        self.reload()
        assert self.first.report_of is None and self.second.report_of is None

    def test_a_removed_actor_leaves_one_in_common_which_is_not_enough(self):
        Participant.objects.get(event=self.second, actor=self.trump).delete()
        self.reload()
        assert self.second.report_of is None

    def test_deleting_the_first_report_leaves_the_next_first(self):
        third = create_event(create_article(published=dt.date(2026, 2, 6)), [self.petro, self.trump], date="2026-02-03")
        self.first.delete()
        self.second.refresh_from_db()
        third.refresh_from_db()
        assert self.second.report_of is None and third.report_of == self.second

    def test_merging_two_actors_makes_their_reports_one_event(self):
        gustavo = create_actor("Presiden Kolombia")
        other = create_event(create_article(published=dt.date(2026, 2, 7)), [gustavo, self.trump], date="2026-02-03")
        other.refresh_from_db()
        assert other.report_of is None
        merge_actors([gustavo], keep=self.petro)
        other.refresh_from_db()
        assert other.report_of == self.first

    def test_merging_the_reports_into_one_event_leaves_no_group(self):
        kept = merge_events([self.first, self.second], into=self.first)
        kept.refresh_from_db()
        assert kept.report_of is None and not kept.reports.exists()

    def test_thousands_of_days_regroup_at_once(self):
        # (an actor merged away may touch every day it took part on: one condition per day was too
        # deep for SQLite)
        day = dt.date(2020, 1, 1)
        events = Event.objects.bulk_create([
            Event(type="meeting", status="occurred", date=str(day + dt.timedelta(days=n)), precision="day",
                  date_start=day + dt.timedelta(days=n), date_end=day + dt.timedelta(days=n),
                  article=self.first.article if n % 2 else self.second.article) for n in range(1200)])
        Participant.objects.bulk_create([Participant(event=e, actor=self.petro) for e in events])
        reports.regroup({reports.key_of(e) for e in events})
        assert not Event.objects.filter(pk__in=[e.pk for e in events], report_of__isnull=False).exists()

    def test_the_history_of_an_event_does_not_record_the_grouping(self):
        assert not any(field.name == "report_of" for field in Event.history.model._meta.fields)
        assert self.second.history.count() == 1


class ExtractionTestCase(TestCase):
    def test_two_uploads_of_one_story_give_one_event_on_the_timeline(self):
        stored = [ingest.store_article(SEED_LIKE_TEXT + tail, published=dt.date(2026, 1, 10))[0]
                  for tail in ("\nLaporan dari Bogota.", "\nLaporan dari Washington.")]
        for article in stored:
            assert ingest.run_extraction(article).ok
        meetings = Event.objects.filter(type="meeting", date="2026-02-03").order_by("pk")
        assert meetings.count() == 2
        assert [e.report_of_id for e in meetings] == [None, meetings[0].pk]
        page = self.client.get(reverse("timeline:index")).content.decode()
        assert page.count('data-event="%d"' % meetings[1].pk) == 0 and 'in 2 articles' in page

    def test_extracting_an_article_again_keeps_the_grouping(self):
        stored = [ingest.store_article(SEED_LIKE_TEXT + tail, published=dt.date(2026, 1, 10))[0]
                  for tail in ("\nLaporan dari Bogota.", "\nLaporan dari Washington.")]
        for article in (*stored, stored[0]):
            ingest.run_extraction(article)
        meetings = Event.objects.filter(type="meeting", date="2026-02-03").order_by("pk")
        assert sorted(e.report_of_id is None for e in meetings) == [False, True]


    def test_a_new_publication_date_can_make_another_report_first(self):
        stored = [ingest.store_article(SEED_LIKE_TEXT + tail, published=dt.date(2026, 1, 10))[0]
                  for tail in ("\nLaporan dari Bogota.", "\nLaporan dari Washington.")]
        for article in stored:
            ingest.run_extraction(article)
        ingest.set_publication_date(stored[1], dt.date(2026, 1, 9))    # (absolute dates: the events stay)
        meetings = {e.article_id: e for e in Event.objects.filter(type="meeting", date="2026-02-03")}
        assert meetings[stored[1].pk].report_of is None and meetings[stored[0].pk].report_of == meetings[stored[1].pk]


    def test_a_new_publication_date_regroups_even_when_extraction_then_fails(self):
        stored = [ingest.store_article(SEED_LIKE_TEXT + tail, published=dt.date(2026, 1, 10))[0]
                  for tail in ("\nLaporan dari Bogota.", "\nLaporan dari Washington.")]
        for article in stored:
            ingest.run_extraction(article)
        Event.objects.filter(article=stored[1]).update(edited=True)     # (kept whatever extraction does)
        stored[1].lang = "en"           # extraction refuses it: no run regroups
        stored[1].save()
        assert not ingest.set_publication_date(stored[1], dt.date(2026, 1, 9)).ok
        meetings = {e.article_id: e for e in Event.objects.filter(type="meeting", date="2026-02-03")}
        assert meetings[stored[1].pk].report_of is None and meetings[stored[0].pk].report_of == meetings[stored[1].pk]


class TimelineTestCase(TestCase):
    def setUp(self):
        self.petro, self.trump, self.rubio = create_actor("Gustavo Petro"), create_actor("Donald Trump"), create_actor("Marco Rubio")
        self.a1 = create_article(title="Laporan <b>pertama</b>", published=dt.date(2026, 2, 3))
        self.a2 = create_article(title="Laporan kedua", published=dt.date(2026, 2, 4))
        self.first = create_event(self.a1, [self.petro, self.trump], "bakal menemui", date="2026-02-03",
                                  summary="Petro meets Trump")
        self.second = create_event(self.a2, [self.petro, self.trump, self.rubio], "bakal menemui", date="2026-02-03",
                                   summary="Petro meets Trump and Rubio")
        self.alone = create_event(self.a2, [self.rubio], date="2026-02-05", type="statement", summary="Rubio speaks")

    def listed(self, query=""):
        page = self.client.get(reverse("timeline:index") + query).content.decode()
        return [e.pk for e in Event.objects.all() if f'data-event="{e.pk}"' in page.split('id="event-list"')[1]], page

    def test_the_list_shows_an_event_once_with_the_number_of_articles(self):
        listed, page = self.listed()
        assert listed == [self.first.pk, self.alone.pk]
        assert "in 2 articles" in page and "from 3 reports" in page
        assert "<strong>2</strong> dated events" in page

    def test_a_plan_announced_before_shows_as_the_held_events_report_marked_planned(self):
        plan = create_event(create_article(title="Rencana", published=dt.date(2026, 2, 1)), [self.petro, self.trump],
                            date="2026-02-03", status="planned", summary="Petro will meet Trump")
        listed, page = self.listed()
        assert listed == [self.first.pk, self.alone.pk] and "in 3 articles" in page
        listed, page = self.listed("?status=planned")      # (asked for, the plan is found)
        assert listed == [plan.pk]
        # ... saying that the event took place: "planned · in 3 articles" read as an event only planned
        row = page.split(f'data-event="{plan.pk}"')[1].split("</a>")[0]
        assert "held: reported in 2 articles; planned in 1</span>" in row and "in 3 articles" not in row
        listed, page = self.listed()      # (the held event itself says nothing of the kind)
        assert "held: reported" not in page.split('id="event-list"')[1]
        page = self.client.get(reverse("timeline:detail", args=[self.first.pk]), headers=HTMX).content.decode()
        assert "The same event in 2 other articles" in page
        assert '<span class="badge status-planned">planned</span>' in page

    def test_every_report_is_shown_when_asked_for(self):
        listed, page = self.listed("?reports=every")
        assert listed == [self.first.pk, self.second.pk, self.alone.pk]
        assert "each report apart" in page and "<strong>3</strong> dated events" in page
        assert 'name="reports" value="every" checked' in page
        assert page.count('title="The article of this report">Laporan kedua · Test Post</span>') == 2   # (the row and "alone")

    def test_an_actor_only_a_later_report_names_finds_that_report(self):
        listed, _ = self.listed(f"?actor={self.rubio.pk}")
        assert listed == [self.second.pk, self.alone.pk]
        listed, _ = self.listed(f"?actor={self.petro.pk}")
        assert listed == [self.first.pk]

    def test_a_filter_keeping_several_later_reports_and_not_the_first_shows_one_of_them(self):
        third = create_event(create_article(title="Laporan ketiga", published=dt.date(2026, 2, 5)),
                             [self.petro, self.trump, self.rubio], date="2026-02-03", summary="Rubio joins again")
        for query in (f"?actor={self.rubio.pk}", "?q=Rubio", f"?actor={self.rubio.pk}&confidence=0.7"):
            listed, _ = self.listed(query)
            assert listed == [self.second.pk, self.alone.pk], query
        listed, _ = self.listed(f"?actor={self.rubio.pk}&reports=every")
        assert listed == [self.second.pk, third.pk, self.alone.pk]

    def test_an_articles_events_are_its_own_reports(self):
        listed, _ = self.listed(f"?article={self.a2.pk}")
        assert listed == [self.second.pk, self.alone.pk]

    def test_the_list_endpoint_and_the_exports_follow(self):
        rows = self.client.get(reverse("timeline:events")).content.decode()
        assert f'data-event="{self.second.pk}"' not in rows and f'data-event="{self.first.pk}"' in rows
        exported = json.loads(self.client.get(reverse("timeline:export", args=["json"])).getvalue())
        assert [(e["id"], e["reports"], e["report_of"]) for e in exported["events"]] == [
            (self.first.pk, 2, None), (self.alone.pk, 1, None)]
        assert [o["title"] for o in exported["events"][0]["also_reported_in"]] == ["Laporan kedua"]
        every = json.loads(self.client.get(reverse("timeline:export", args=["json"]) + "?reports=every").getvalue())
        assert [(e["id"], e["report_of"]) for e in every["events"]][1] == (self.second.pk, self.first.pk)
        rows = list(csv.DictReader(io.StringIO(self.client.get(reverse("timeline:export", args=["csv"])).getvalue()
                                               .decode("utf-8-sig"))))
        assert (rows[0]["reports"], rows[0]["report_of"], rows[0]["also_reported_in"]) == ("2", "", "Laporan kedua, Test Post")

    def test_an_event_merged_from_two_articles_reports_still_says_so(self):
        merge_events([self.first, self.second], into=self.first)
        _, page = self.listed()
        assert "in 2 articles" in page and " reports</a>" not in page

    def test_the_chart_says_in_how_many_articles(self):
        fig = json.loads(self.client.get(reverse("timeline:chart")).content)
        hovers = [t for trace in fig["data"] for t in (trace.get("text") or []) if isinstance(t, str)]
        assert any("Petro meets Trump" in h and "<i>in 2 articles</i>" in h for h in hovers)
        assert not any("Petro meets Trump and Rubio" in h for h in hovers)

    def test_the_chart_says_a_plan_found_was_held(self):
        # (the list row said "held: reported in ..."; the chart's hover still said "planned · in 3 articles")
        create_event(create_article(title="Rencana", published=dt.date(2026, 2, 1)), [self.petro, self.trump],
                     date="2026-02-03", status="planned", summary="Petro will meet Trump")
        fig = json.loads(self.client.get(reverse("timeline:chart") + "?status=planned").content)
        hovers = [t for trace in fig["data"] for t in (trace.get("text") or []) if isinstance(t, str)]
        plans = [h for h in hovers if "Petro will meet Trump" in h]      # (one in each of its lanes)
        assert plans and all("<i>held: reported in 2 articles; planned in 1</i>" in h and "in 3 articles" not in h
                             for h in plans)

    def test_the_exports_say_a_plan_found_was_held(self):
        # (the list row and the chart said "held: reported in ..."; the exports still said only "planned")
        plan = create_event(create_article(title="Rencana", published=dt.date(2026, 2, 1)), [self.petro, self.trump],
                            date="2026-02-03", status="planned", summary="Petro will meet Trump")
        export = reverse("timeline:export", args=["json"]).replace("json", "{}") + "?status=planned"
        exported = json.loads(self.client.get(export.format("json")).getvalue())
        assert [(e["id"], e["status"], e["held"]) for e in exported["events"]] == [
            (plan.pk, "planned", {"reported": 2, "planned": 1})]
        rows = list(csv.DictReader(io.StringIO(self.client.get(export.format("csv")).getvalue().decode("utf-8-sig"))))
        assert rows[0]["held"] == "held: reported in 2 articles; planned in 1"
        entry, = icalendar.Calendar.from_ical(self.client.get(export.format("ics")).getvalue()).walk("VEVENT")
        assert "Status: planned (held: reported in 2 articles; planned in 1)" in entry["description"]
        assert entry["status"] == "CONFIRMED"       # (it took place)
        story = json.loads(self.client.get(export.format("timelinejs")).getvalue())
        assert story["events"][0]["display_date"].endswith("(planned (held: reported in 2 articles; planned in 1))")
        unplanned = json.loads(self.client.get(export.format("json").replace("?status=planned", "")).getvalue())
        assert all(e["held"] is None for e in unplanned["events"])      # (nor does the held event say it)

    def test_the_detail_lists_the_other_reports_of_the_same_event_escaped(self):
        page = self.client.get(reverse("timeline:detail", args=[self.second.pk]), headers=HTMX).content.decode()
        assert "The same event in 1 other article<" in page
        # (the link keeps the filters of the page it is on)
        page = self.client.get(reverse("timeline:detail", args=[self.second.pk]) + "?start=2026-02-01",
                               headers=HTMX).content.decode()
        assert f'hx-get="/events/{self.first.pk}/?start=2026-02-01"' in page
        assert "Laporan &lt;b&gt;pertama&lt;/b&gt;" in page and "<b>pertama" not in page


class MigrationTestCase(TestCase):
    def test_the_migration_groups_the_events_already_stored(self):
        first = create_event(create_article(published=dt.date(2026, 2, 3)), [], date="2026-02-03")
        second = create_event(create_article(published=dt.date(2026, 2, 4)), [], date="2026-02-03")
        petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
        Participant.objects.bulk_create([Participant(event=e, actor=a) for e in (first, second) for a in (petro, trump)])
        second.refresh_from_db()
        assert second.report_of is None      # (bulk_create sends no signal)
        import_module("timeline.migrations.0009_event_report_of").group_reports(apps, None)
        second.refresh_from_db()
        assert second.report_of == first

    def test_the_later_migration_takes_plans_as_reports_of_the_event_held(self):
        petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
        plan = create_event(create_article(published=dt.date(2026, 2, 1)), [petro, trump], date="2026-02-03",
                            status="planned")
        held = create_event(create_article(published=dt.date(2026, 2, 4)), [petro, trump], date="2026-02-03")
        Event.objects.filter(pk=plan.pk).update(report_of=None)     # as grouped before plans were reports
        Event.objects.filter(pk=held.pk).update(report_of=plan)     # (and a stale pointer)
        import_module("timeline.migrations.0011_plans_report_their_holding").regroup_reports(apps, None)
        plan.refresh_from_db()
        held.refresh_from_db()
        assert plan.report_of == held and held.report_of is None


class AdminTestCase(TestCase):
    def setUp(self):
        from django.contrib.auth.models import User
        self.client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
        petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
        self.first = create_event(create_article(title="Laporan <i>pertama</i>", published=dt.date(2026, 2, 3)),
                                  [petro, trump], date="2026-02-03")
        self.second = create_event(create_article(title="Laporan kedua", published=dt.date(2026, 2, 4)),
                                   [petro, trump], date="2026-02-03")
        self.alone = create_event(create_article(), [petro], date="2026-02-05", type="statement")

    def test_the_change_page_names_the_other_reports_escaped(self):
        page = self.client.get(reverse("admin:timeline_event_change", args=[self.second.pk])).content.decode()
        assert f'#{self.first.pk}</a> Laporan &lt;i&gt;pertama&lt;/i&gt;' in page and "<i>pertama" not in page
        page = self.client.get(reverse("admin:timeline_event_change", args=[self.alone.pk])).content.decode()
        assert "No other article" in page

    def test_the_change_page_lists_the_reports_together_to_merge_them(self):
        page = self.client.get(reverse("admin:timeline_event_change", args=[self.second.pk])).content.decode()
        url = reverse("admin:timeline_event_changelist") + f"?id__in={self.first.pk},{self.second.pk}"
        assert f'<a href="{url}">list them together</a>' in page
        listed = self.client.get(url).context["cl"].result_list
        assert {e.pk for e in listed} == {self.first.pk, self.second.pk}

    def test_the_list_filters_the_events_several_articles_report(self):
        url = reverse("admin:timeline_event_changelist")
        several = self.client.get(url + "?reports=several").context["cl"].result_list
        one = self.client.get(url + "?reports=one").context["cl"].result_list
        assert {e.pk for e in several} == {self.first.pk, self.second.pk} and [e.pk for e in one] == [self.alone.pk]


class CorrectedReportTestCase(TestCase):
    """A report a person corrected is the one shown for its event (QA session 22, problem 1)."""

    def setUp(self):
        from django.contrib.auth.models import User
        self.editor = User.objects.create_superuser("editor", "e@example.org", "pw")
        self.prabowo, self.albanese = create_actor("Prabowo Subianto"), create_actor("Anthony Albanese")
        self.indonesia = create_actor("Indonesia", kind="country")
        self.australia = create_actor("Australia", kind="country")
        # the 6 February 2026 signing, told by ANTARA that day and by Kompas the next
        cast = [self.prabowo, self.albanese, self.indonesia, self.australia]
        self.antara = create_event(create_article(title="ANTARA: teken", published=dt.date(2026, 2, 6)), cast,
                                   date="2026-02-06", type="agreement", confidence=0.96,
                                   summary="Prabowo and Albanese: agreement (meneken)")
        self.kompas = create_event(create_article(title="Kompas: teken", published=dt.date(2026, 2, 7)), cast,
                                   date="2026-02-06", type="agreement", summary="Prabowo and Albanese: agreement")

    def correct(self, event, **fields):
        """As the admin's change form does: the fields changed, the event marked edited (and verified)."""
        for name, value in fields.items():
            setattr(event, name, value)
        event.edited = event.verified = True
        event.save()

    def shown(self, query=""):
        page = self.client.get(reverse("timeline:index") + query).content.decode().split('id="event-list"')[1]
        return [pk for pk in (self.antara.pk, self.kompas.pk) if f'data-event="{pk}"' in page], page

    def exported(self, query=""):
        url = reverse("timeline:export", args=["json"]) + query
        events = json.loads(self.client.get(url).getvalue())["events"]
        rows = list(csv.DictReader(io.StringIO(self.client.get(url.replace("/json/", "/csv/")).getvalue()
                                               .decode("utf-8-sig"))))
        return events, rows

    def test_the_report_a_person_verified_and_corrected_is_the_one_shown_everywhere(self):
        assert self.shown()[0] == [self.antara.pk]      # (uncorrected: the first published)
        self.correct(self.kompas, summary="Prabowo dan Albanese meneken Perjanjian Keamanan Bersama di Istana Merdeka",
                     location="Istana Merdeka, Jakarta", summary_edited=True)
        query = f"?actor={self.indonesia.pk}&with={self.australia.pk}&view_start=2026-02-01&view_end=2026-02-10"
        for q in ("", query):
            listed, page = self.shown(q)
            assert listed == [self.kompas.pk] and "in 2 articles" in page, q
        fig = json.loads(self.client.get(reverse("timeline:chart") + query).content)
        hovers = [t for trace in fig["data"] for t in (trace.get("text") or []) if isinstance(t, str)]
        assert hovers and all("meneken Perjanjian Keamanan" in h for h in hovers)    # (a marker a lane)
        assert {str(pk) for trace in fig["data"] for pk in trace.get("customdata") or []} == {str(self.kompas.pk)}
        detail = self.client.get(reverse("timeline:detail", args=[self.kompas.pk]), headers=HTMX).content.decode()
        assert "Istana Merdeka, Jakarta" in detail and "The same event in 1 other article<" in detail
        events, rows = self.exported(query)
        assert [(e["id"], e["verified"], e["location"], e["reports"]) for e in events] == [
            (self.kompas.pk, True, "Istana Merdeka, Jakarta", 2)]
        assert [(r["id"], r["verified"], r["summary"][:26]) for r in rows] == [
            (str(self.kompas.pk), "True", "Prabowo dan Albanese menek")]
        # (every report still lists both, the corrected one first, the other pointing to it)
        events, _ = self.exported("?reports=every")
        assert [(e["id"], e["report_of"]) for e in events] == [(self.antara.pk, self.kompas.pk), (self.kompas.pk, None)]

    def test_a_report_verified_in_the_admin_after_a_removed_target_takes_over_from_a_report_published_before(self):
        # the 12 August speech: a second report of it, in an article read as published first, had taken the row
        sby = create_actor("Susilo Bambang Yudhoyono")
        Participant.objects.create(event=self.antara, actor=sby, role="target")
        Participant.objects.create(event=self.kompas, actor=sby, role="target")
        self.client.force_login(self.editor)
        Participant.objects.get(event=self.kompas, actor=sby).delete()      # (the second person's correction)
        Event.objects.filter(pk=self.kompas.pk).update(edited=True)
        response = self.client.post(reverse("admin:timeline_event_changelist"), {
            "action": "mark_verified", "_selected_action": [self.kompas.pk]})
        assert response.status_code == 302
        self.client.logout()
        assert self.shown()[0] == [self.kompas.pk]
        _, rows = self.exported("?start=2026-02-06&end=2026-02-06")
        assert [(r["id"], r["verified"]) for r in rows] == [(str(self.kompas.pk), "True")]
        assert "Yudhoyono" not in rows[0]["actors"]

    def test_a_filter_keeping_later_reports_alone_shows_the_one_a_person_corrected(self):
        # (a filter keeping later reports and not the first showed the first stored of them, corrected or not)
        marles = create_actor("Richard Marles")
        cast = [self.prabowo, self.albanese, self.indonesia, self.australia, marles]   # (Marles in these two only)
        tempo = create_event(create_article(title="Tempo: teken", published=dt.date(2026, 2, 8)), cast,
                             date="2026-02-06", type="agreement", summary="Tempo's")
        detik = create_event(create_article(title="Detik: teken", published=dt.date(2026, 2, 9)), cast,
                             date="2026-02-06", type="agreement", summary="Detik's")
        assert set(Event.objects.exclude(pk=self.antara.pk).values_list("report_of", flat=True)) == {self.antara.pk}
        query = f"?actor={marles.pk}"      # (keeps Tempo's and Detik's reports, not the first two)

        def shown(q):
            page = self.client.get(reverse("timeline:index") + q).content.decode().split('id="event-list"')[1]
            return [pk for pk in (self.antara.pk, self.kompas.pk, tempo.pk, detik.pk) if f'data-event="{pk}"' in page]
        assert shown(query) == [tempo.pk]              # (none corrected: the first published of those kept)
        self.correct(detik, location="Istana Merdeka")
        self.correct(self.kompas, location="Istana Merdeka, Jakarta")      # (corrected last: shown unfiltered)
        assert shown("") == [self.kompas.pk]
        assert shown(query) == [detik.pk]              # (as without the filter: the corrected one of those kept)
        events, rows = self.exported(query)
        assert [e["id"] for e in events] == [detik.pk] and [r["id"] for r in rows] == [str(detik.pk)]
        fig = json.loads(self.client.get(reverse("timeline:chart") + query).content)
        assert {pk for trace in fig["data"] for pk in trace.get("customdata") or []} == {detik.pk}
        self.correct(tempo, location="Jakarta")        # (then the one of them corrected last)
        assert shown(query) == [tempo.pk] and shown(f"{query}&reports=every") == [tempo.pk, detik.pk]

    def test_reports_compare_in_sql_as_their_rank_does(self):
        # (the filtered view compares reports in SQL, `ranks_before`; the grouping in Python, `rank`)
        from django.db.models import Count, Subquery
        cast = [self.prabowo, self.albanese]
        for i, (published, status, corrected) in enumerate([(dt.date(2026, 2, 5), "occurred", False),
                                                            (None, "occurred", True), (None, "occurred", False),
                                                            (dt.date(2026, 2, 5), "planned", True),
                                                            (dt.date(2026, 2, 4), "occurred", True)]):
            event = create_event(create_article(title=f"Lain {i}", published=published), cast, date="2026-02-06",
                                 type="agreement", status=status)
            if corrected:
                self.correct(event, location=f"Tempat {i}")
        self.correct(self.kompas, location="Jakarta")
        events = Event.objects.annotate(**reports.ranked())
        before = (events.filter(reports.ranks_before()).order_by().annotate(one=Value(1)).values("one")
                  .annotate(n=Count("pk")).values("n"))
        in_sql = dict(events.annotate(n=Coalesce(Subquery(before), 0)).values_list("pk", "n"))
        by_rank = sorted(Event.objects.all(), key=lambda e: reports.rank(
            e.article.published if e.article else None, e.pk, e.status,
            reports.corrected_at(e.is_protected, e.updated_at)))
        assert [in_sql[e.pk] for e in by_rank] == list(range(len(by_rank)))

    def test_a_report_a_person_entered_in_the_admin_is_the_one_shown(self):
        # (entered by hand, never marked edited: it counted as machine output, behind ANTARA's report)
        from tests.integration.admin_forms import event_form_data
        self.client.force_login(self.editor)
        cast = [self.prabowo, self.albanese, self.indonesia, self.australia]
        data = event_form_data(Event(type="agreement", status="occurred", date="2026-02-06", confidence=1.0,
                                     article=create_article(title="Tempo: teken", published=dt.date(2026, 2, 8)),
                                     summary="Perjanjian diteken di Istana Merdeka"),
                               participants=[{"actor": a.pk, "role": "participant"} for a in cast])
        assert self.client.post(reverse("admin:timeline_event_add"), data).status_code == 302
        self.client.logout()
        entered = Event.objects.get(summary="Perjanjian diteken di Istana Merdeka")
        assert (entered.origin, entered.edited, entered.verified, entered.report_of) == ("human", False, False, None)
        self.antara.refresh_from_db()
        assert self.antara.report_of == entered
        listed = self.client.get(reverse("timeline:index")).content.decode().split('id="event-list"')[1]
        assert f'data-event="{entered.pk}"' in listed and f'data-event="{self.antara.pk}"' not in listed
        # ... and with a filter keeping it and a machine report stored before it
        listed = self.client.get(reverse("timeline:index"), {"q": "Istana Merdeka"}).content.decode()
        assert f'data-event="{entered.pk}"' in listed.split('id="event-list"')[1]

    def test_the_migration_shows_the_reports_a_person_entered_before(self):
        entered = create_event(create_article(title="Tempo: teken"), [self.prabowo, self.albanese, self.indonesia, self.australia],
                               date="2026-02-06", type="agreement", origin=Event.Origin.HUMAN)
        Event.objects.filter(pk=entered.pk).update(report_of=self.antara)     # (as grouped before)
        Event.objects.filter(pk=self.antara.pk).update(report_of=None)
        import_module("timeline.migrations.0014_entered_report_shown").regroup_reports(apps, None)
        entered.refresh_from_db()
        self.antara.refresh_from_db()
        assert entered.report_of is None and self.antara.report_of == entered

    def test_of_two_corrected_reports_the_one_corrected_last_is_shown(self):
        self.correct(self.kompas, location="Jakarta")
        self.correct(self.antara, location="Istana Merdeka")
        assert self.shown()[0] == [self.antara.pk]
        self.correct(self.kompas, location="Istana Merdeka, Jakarta")
        assert self.shown()[0] == [self.kompas.pk]

    def test_a_corrected_plan_does_not_make_an_event_held_read_as_planned(self):
        self.correct(self.kompas, status="planned")
        self.kompas.refresh_from_db()
        assert self.shown()[0] == [self.antara.pk] and self.kompas.report_of_id == self.antara.pk

    def test_the_change_page_says_which_report_the_timeline_shows(self):
        self.correct(self.kompas, location="Jakarta")
        self.client.force_login(self.editor)
        page = self.client.get(reverse("admin:timeline_event_change", args=[self.antara.pk])).content.decode()
        url = reverse("admin:timeline_event_change", args=[self.kompas.pk])
        assert f'by <a href="{url}">#{self.kompas.pk}</a> (the report a person corrected last' in page
        page = self.client.get(url).content.decode()
        assert "one event, by this report" in page

    def test_the_migration_shows_the_reports_corrected_before(self):
        Event.objects.filter(pk=self.kompas.pk).update(verified=True)        # (no signal: as stored before)
        self.kompas.refresh_from_db()
        assert self.kompas.report_of_id == self.antara.pk
        import_module("timeline.migrations.0012_corrected_report_shown").regroup_reports(apps, None)
        self.kompas.refresh_from_db()
        self.antara.refresh_from_db()
        assert self.kompas.report_of is None and self.antara.report_of == self.kompas
