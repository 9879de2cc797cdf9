"""Exports of the filtered view."""
import csv
import io
import json

from django.test import TestCase
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event


class ExportsTestCase(TestCase):
    def setUp(self):
        # A day, a week, a month and a year event, a cancelled one, an undated one.
        self.article = create_article(title="Sumber")
        self.petro = create_actor("Gustavo Petro")
        create_event(self.article, [(self.petro, "initiator")], "bakal menemui", type="meeting",
                     status="planned", date="2026-02-03", summary="Petro menemui Trump")
        create_event(self.article, [], type="meeting", date="2026-W06", summary="week meeting")
        create_event(self.article, [], type="threat", date="2026-01", summary="month threat")
        create_event(self.article, [], type="agreement", date="2023", summary="=HYPERLINK(\"x\")")
        create_event(self.article, [], type="sanction", status="cancelled", date="2026-01-20", summary="cancelled")
        create_event(self.article, [], type="relations", date="", summary="undated one")

    def export(self, fmt, **params):
        r = self.client.get(reverse("timeline:export", args=[fmt]), params)
        assert r.status_code == 200, r.status_code
        return r

    def test_csv_has_one_row_per_event_undated_last_and_no_formulas(self):
        r = self.export("csv")
        assert r["Content-Disposition"] == 'attachment; filename="newsline-events.csv"'
        assert r.streaming                  # (line by line: 100,000 events need not fit in memory)
        body = r.getvalue()
        assert body.startswith(b"\xef\xbb\xbf")    # a byte-order mark: Excel reads UTF-8
        rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
        assert [row["summary"] for row in rows][-1] == "undated one"
        assert {row["edited"] for row in rows} <= {"True", "False"} and "id" in rows[0]
        assert len(rows) == 6
        assert '\'=HYPERLINK("x")' in [row["summary"] for row in rows]
        meeting = next(row for row in rows if row["summary"] == "Petro menemui Trump")
        assert (meeting["date"], meeting["precision"], meeting["actors"]) == (
            "2026-02-03", "day", "Gustavo Petro (initiator)")
        assert meeting["evidence"] == "bakal menemui"

    def test_exports_follow_the_filters(self):
        response = self.export("json", type="meeting", status=["occurred"])
        assert response.streaming          # (a record at a time, as the CSV)
        data = json.loads(response.getvalue())
        assert [e["summary"] for e in data["events"]] == ["week meeting"]

    def test_exports_follow_the_visible_range(self):
        data = json.loads(self.export("json", view_start="2026-02-01", view_end="2026-02-28").getvalue())
        # a zoom is a range as From/To are: an undated event lies in none (the file is named for the month)
        assert [e["summary"] for e in data["events"]] == ["week meeting", "Petro menemui Trump"]
        rows = list(csv.DictReader(io.StringIO(
            self.export("csv", view_start="2026-02-01").getvalue().decode("utf-8-sig"))))
        assert "undated one" not in [row["summary"] for row in rows] and rows
        ranged = json.loads(self.export("json", start="2026-02-01", end="2026-02-28").getvalue())
        assert [e["summary"] for e in ranged["events"]] == [e["summary"] for e in data["events"]]
        # the page's undated fold stays apart from the zoom
        page = self.client.get(reverse("timeline:index"), {"view_start": "2026-02-01", "view_end": "2026-02-28"})
        assert page.context["undated_count"] == 1

    def test_json_keeps_each_dates_precision_and_period(self):
        data = json.loads(self.export("json").getvalue())
        week = next(e for e in data["events"] if e["summary"] == "week meeting")
        assert (week["date"], week["precision"], week["date_start"], week["date_end"]) == (
            "2026-W06", "week", "2026-02-02", "2026-02-08")

    def test_timelinejs_dates_carry_only_what_is_known(self):
        data = json.loads(self.export("timelinejs").content)
        by_text = {e["unique_id"]: e for e in data["events"]}
        dates = {e["start_date"]["display_date"]: e for e in by_text.values()}
        assert set(dates["2023"]["start_date"]) == {"year", "display_date"}
        assert dates["January 2026"]["start_date"]["month"] == 1 and "day" not in dates["January 2026"]["start_date"]
        # the period's last day: TimelineJS reads a missing day as the first, and the month became a point
        assert dates["January 2026"]["end_date"] == {"year": 2026, "month": 1, "day": 31}
        assert dates["2023"]["end_date"] == {"year": 2023, "month": 12, "day": 31}
        assert dates["3 Feb 2026"]["start_date"]["day"] == 3 and "end_date" not in dates["3 Feb 2026"]
        assert len(data["events"]) == 5  # TimelineJS needs a date: the undated one is left out

    def test_the_exports_for_reading_say_when_a_date_comes_from_the_story(self):
        create_event(self.article, [], date="2026-01-05", date_source="context", summary="Dated from context")
        assert "date taken from the story around the event" in self.export("timelinejs").content.decode()
        assert "date taken from the story around the event" in self.export("ics").content.decode().replace("\r\n ", "")

    def test_timelinejs_text_is_escaped(self):
        create_event(self.article, [], date="2026-01-02", summary="<script>alert(1)</script>")
        body = self.export("timelinejs").content.decode()
        assert "<script>" not in body and "&lt;script&gt;" in body

    def test_icalendar_has_all_day_events_spanning_their_period(self):
        import icalendar
        r = self.export("ics")
        assert r["Content-Type"].startswith("text/calendar")
        cal = icalendar.Calendar.from_ical(r.content)
        events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
        week = events["Meeting: week meeting"]
        assert (week.decoded("dtstart").isoformat(), week.decoded("dtend").isoformat()) == ("2026-02-02", "2026-02-09")
        assert str(events["Meeting: Petro menemui Trump"]["status"]) == "TENTATIVE"
        assert str(events["Sanction: cancelled"]["status"]) == "CANCELLED"
        assert len(events) == 5

    def test_the_icalendar_source_line_keeps_the_title_and_the_outlet_apart(self):
        import icalendar
        source = create_article(title="Prabowo menerima Anwar, Senin (14/7/2025).", outlet="ANTARA")
        create_event(source, [], date="2025-07-14", summary="Prabowo meets Anwar")
        untitled = create_article(title="", outlet="Kompas")
        create_event(untitled, [], date="2025-07-15", summary="no title")
        cal = icalendar.Calendar.from_ical(self.export("ics").content)
        described = {str(e["summary"]): str(e["description"]) for e in cal.walk("VEVENT")}
        assert "Source: Prabowo menerima Anwar, Senin (14/7/2025). · ANTARA" in described["Meeting: Prabowo meets Anwar"]
        assert "Source: Kompas" in described["Meeting: no title"].splitlines()

    def test_an_unknown_format_is_404(self):
        assert self.client.get(reverse("timeline:export", args=["xlsx"])).status_code == 404


def test_the_examples_in_the_module_hold():
    import doctest

    from timeline import exports
    result = doctest.testmod(exports)
    assert result.attempted > 0 and result.failed == 0

    def test_a_filter_not_valid_is_refused_in_every_format_not_read_as_every_event(self):
        # (QA 22: `/export/csv/?article=13`, a deleted article, gave every event of the database)
        gone = create_article(title="Dihapus")
        gone_id = gone.pk
        gone.delete()
        for params, said in (({"article": gone_id}, f"article={gone_id}: no article has the id {gone_id} (deleted"),
                             ({"actor": 99999}, "actor=99999: no actor has the id 99999"),
                             ({"article": "abc"}, "article=abc: no article has the id abc"),
                             ({"type": "bogus"}, "type=bogus: “bogus” is no event type"),
                             ({"start": "yesterday"}, "start=yesterday: Enter a valid date"),
                             ({"confidence": "0.42"}, "confidence=0.42: “0.42” is not 0.7, 0.8 or 0.9")):
            for fmt in ("csv", "json", "timelinejs", "ics"):
                r = self.client.get(reverse("timeline:export", args=[fmt]), params)
                assert r.status_code == 400 and r["Content-Type"].startswith("text/html"), (fmt, params)
                assert "Content-Disposition" not in r
                page = r.content.decode()
                assert "This export was not made: this filter is not valid" in page and said in page, (fmt, page)
                assert "Petro" not in page
        # (escaped: a value from the address is no markup)
        r = self.client.get(reverse("timeline:export", args=["csv"]), {"type": "<script>x</script>"})
        assert r.status_code == 400 and "<script>x" not in r.content.decode() and "&lt;script&gt;" in r.content.decode()
        # a display option not valid changes nothing of what is exported
        assert self.client.get(reverse("timeline:export", args=["csv"]), {"lanes": "bogus"}).status_code == 200


class FileNamesTestCase(TestCase):
    def test_the_file_name_says_what_the_view_holds(self):
        client = self.client
        petro = create_actor("Gustavo Petro")
        response = client.get(reverse("timeline:export", args=["csv"]),
                              {"actor": petro.pk, "type": "threat", "start": "2014-12-05", "end": "2014-12-08"})
        assert response["Content-Disposition"] == (
            'attachment; filename="newsline-events-gustavo-petro-threat-2014-12-05-to-2014-12-08.csv"')
        plain = client.get(reverse("timeline:export", args=["ics"]))
        assert plain["Content-Disposition"] == 'attachment; filename="newsline-events.ics"'
        # (a file of meetings, calls and agreements was named "...-meeting-call.csv")
        three = client.get(reverse("timeline:export", args=["csv"]), {"type": ["meeting", "call", "agreement"]})
        assert three["Content-Disposition"] == 'attachment; filename="newsline-events-meeting-call-and-1-more.csv"'
        indonesia = create_actor("Indonesia", kind="country")
        alone = client.get(reverse("timeline:export", args=["csv"]), {"actor": indonesia.pk, "alone": "on"})
        assert alone["Content-Disposition"] == 'attachment; filename="newsline-events-indonesia-alone.csv"'
        long = client.get(reverse("timeline:export", args=["csv"]), {"q": "kesepakatan " * 15})
        name = long["Content-Disposition"].split('"')[1]
        assert name.endswith("-kesepakatan.csv") and len(name) <= len("newsline-events-.csv") + 120

    def test_an_ical_uid_holds_no_port(self):
        create_event(create_article(), [], date="2026-01-05")
        body = self.client.get(reverse("timeline:export", args=["ics"]), HTTP_HOST="localhost:8000").content.decode()
        uid = next(line for line in body.splitlines() if line.startswith("UID:"))
        assert uid.endswith("@localhost")       # (the event's URL keeps its port: it is a link)


class ExportTitlesTestCase(TestCase):
    def test_timelinejs_and_the_calendar_are_titled_with_the_view_as_the_file_names_are(self):
        # (QA 22: "Newsline · 29 events" and "Newsline timeline", whatever the view)
        import icalendar
        indonesia = create_actor("Indonesia", kind="country")
        australia = create_actor("Australia", kind="country")
        create_event(create_article(), [indonesia, australia], date="2025-05-15", summary="Prabowo <b>meets</b>")
        params = {"actor": indonesia.pk, "with": australia.pk, "view_start": "2025-03-03", "view_end": "2025-08-12"}
        title = "Newsline · Indonesia with Australia (and their people) · 2025-03-03 to 2025-08-12"
        tl = json.loads(self.client.get(reverse("timeline:export", args=["timelinejs"]), params).content)
        assert tl["title"]["text"]["headline"] == title and tl["title"]["text"]["text"] == "1 event"
        cal = icalendar.Calendar.from_ical(self.client.get(reverse("timeline:export", args=["ics"]), params).content)
        assert str(cal["x-wr-calname"]) == title
        plain = json.loads(self.client.get(reverse("timeline:export", args=["timelinejs"])).content)
        assert plain["title"]["text"]["headline"] == "Newsline timeline"
        typed = json.loads(self.client.get(reverse("timeline:export", args=["timelinejs"]),
                                           {"type": "meeting", "q": "<b>x</b>"}).content)
        assert typed["title"]["text"]["headline"] == "Newsline · meeting · “&lt;b&gt;x&lt;/b&gt;”"
