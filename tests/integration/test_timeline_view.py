"""The timeline page, whole and as htmx partials."""
import pytest
from django.contrib.staticfiles import finders
from django.test import TestCase, override_settings
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event

HTMX = {"HX-Request": "true"}
EVIL = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


class TimelinePageTestCase(TestCase):
    def setUp(self):
        # One article, two actors, a dated meeting, a planned month-long event, an undated one.
        self.article = create_article(title="Petro dan Trump")
        self.petro = create_actor("Gustavo Petro")
        self.trump = create_actor("Donald Trump")
        self.meeting = create_event(self.article, [self.petro, self.trump], "bakal menemui",
                                    date="2026-02-03", status="planned", summary="Petro menemui Trump")
        self.month = create_event(self.article, [self.trump], date="2026-01", type="threat",
                                  summary="Ancaman bulan Januari")
        self.undated = create_event(self.article, [self.petro], date="", type="relations",
                                    summary="Hubungan dipulihkan")
        self.url = reverse("timeline:index")

    def test_it_renders_the_chart_and_the_list(self):
        r = self.client.get(self.url)
        self.assertContains(r, 'id="chart"')
        self.assertContains(r, reverse("timeline:chart"))
        self.assertContains(r, "Petro menemui Trump")
        self.assertContains(r, "January 2026")  # the month event, at its precision

    def test_it_serves_plotly_from_our_own_static_files(self):
        r = self.client.get(self.url)
        self.assertContains(r, "/static/vendor/plotly.min.js")
        self.assertNotContains(r, "cdn.plot.ly")
        assert finders.find("vendor/plotly.min.js").endswith("plotly.min.js")

    def test_the_list_marks_a_date_taken_from_the_story_around_the_event(self):
        self.assertNotContains(self.client.get(self.url), "from context")
        self.month.date_source = "context"
        self.month.save()
        self.assertContains(self.client.get(self.url), "from context", count=1)

    def test_with_nothing_dated_the_undated_are_open_and_pointed_to(self):
        # (an article without a date: "0 dated · 5 undated", an empty chart and the list folded shut)
        r = self.client.get(self.url, {"type": "relations"})
        body = r.content.decode()
        assert r.context["total"] == 0 and '<details id="undated" class="event-list undated" open>' in body
        assert "No dated event matches these filters: the 1 undated are" in body

    def test_a_view_with_no_dated_event_draws_no_chart_and_says_why(self):
        # (QA 22: `/?actor=99999` said which filter was wrong, under Plotly's empty axis of the year 2000)
        for params, said in [({"actor": 99999}, "a filter of the address is not valid (said above), so the chart has"
                                                " nothing to draw"),
                             ({"type": "bogus"}, "a filter of the address is not valid"),
                             ({"type": "attack"}, "No dated event matches these filters. The chart has nothing to draw."),
                             ({"type": "relations"}, "No dated event matches these filters: the 1 undated are")]:
            for headers in ({}, HTMX):
                body = self.client.get(self.url, params, headers=headers).content.decode()
                assert 'id="chart"' not in body and 'class="key"' not in body, params
                assert said in body, params
        body = self.client.get(self.url).content.decode()
        assert 'id="chart"' in body and 'class="key"' in body

    def test_it_lists_undated_events_apart(self):
        r = self.client.get(self.url)
        self.assertContains(r, 'id="undated"')
        body = r.content.decode()
        assert body.index("Hubungan dipulihkan") > body.index('id="undated"')
        assert r.context["total"] == 2 and r.context["undated_count"] == 1

    def test_an_htmx_request_gets_only_the_results(self):
        r = self.client.get(self.url, {"type": "meeting"}, headers=HTMX)
        self.assertNotContains(r, "<html")
        self.assertNotContains(r, 'id="filters"')
        self.assertContains(r, 'id="chart"')
        self.assertContains(r, "Petro menemui Trump")
        self.assertNotContains(r, "Ancaman bulan Januari")

    def test_an_htmx_request_pushes_the_tidied_url(self):
        statuses = ["occurred", "planned", "hypothetical", "cancelled"]
        r = self.client.get(self.url, {"type": "meeting", "status": statuses, "lanes": "actor", "q": ""},
                            headers=HTMX)
        assert r.headers["HX-Push-Url"] == self.url + "?type=meeting"

    def test_links_that_change_the_filters_get_the_form_too(self):
        r = self.client.get(self.url, {"actor": self.petro.pk}, headers={**HTMX, "HX-Target": "timeline"})
        self.assertContains(r, 'id="filters"')
        self.assertContains(r, f'<option value="{self.petro.pk}" selected>')

    def test_every_htmx_link_also_has_an_href(self):
        body = self.client.get(self.url).content.decode()
        import re
        for tag in re.findall(r"<a [^>]*hx-get[^>]*>", body):
            assert "href=" in tag, tag

    def test_the_page_has_a_heading_and_marks_article_text_as_its_language(self):
        body = self.client.get(self.url).content.decode()
        assert "<h1" in body and 'role="status"' in body
        detail = self.client.get(reverse("timeline:detail", args=[self.meeting.pk])).content.decode()
        assert '<blockquote lang="id">' in detail
        assert 'aria-live' not in detail.split('id="detail"')[1].split(">")[0]     # (no quote read out whole)

    def test_no_link_ends_in_an_empty_query(self):
        # ("/events/4/?" is the address a reader copies: it should be "/events/4/")
        body = self.client.get(self.url).content.decode()
        import re
        assert not re.findall(r'(?:href|hx-get)="[^"]*\?"', body)

    def test_article_text_is_escaped_in_the_list(self):
        create_event(self.article, [create_actor(EVIL)], summary=EVIL)
        r = self.client.get(self.url)
        self.assertNotContains(r, "<script>window.pwned")
        self.assertNotContains(r, "<img src=x")
        self.assertContains(r, "&lt;script&gt;window.pwned=1&lt;/script&gt;")

    def test_the_chart_answers_json_with_escaped_hovers(self):
        create_event(self.article, [create_actor(EVIL)], summary=EVIL)
        r = self.client.get(reverse("timeline:chart"))
        assert r["Content-Type"] == "application/json"
        fig = r.json()
        texts = [t for trace in fig["data"] for t in trace["text"]]
        assert any("&lt;script&gt;" in t for t in texts)
        assert not any("<script" in t or "<img" in t for t in texts)

    def test_the_chart_draws_the_lanes_asked_for(self):
        by_actor = self.client.get(reverse("timeline:chart")).json()
        by_type = self.client.get(reverse("timeline:chart"), {"lanes": "type"}).json()
        assert by_actor["meta"]["lanes"] == ["Donald Trump", "Gustavo Petro"]
        assert by_type["meta"]["lanes"] == ["Meeting", "Threat"]

    def test_it_rejects_posts(self):
        assert self.client.post(self.url).status_code == 405

    @override_settings(TIMELINE_PUBLIC=False)
    def test_it_requires_a_login_when_the_timeline_is_not_public(self):
        for name in ("index", "events", "chart"):
            r = self.client.get(reverse(f"timeline:{name}"))
            assert r.status_code == 302 and "/admin/login/" in r["Location"], name


@pytest.mark.django_db
def test_an_empty_database_shows_an_empty_timeline(client):
    r = client.get(reverse("timeline:index"))
    assert r.status_code == 200
    assert b"No dated event matches these filters." in r.content
    assert client.get(reverse("timeline:chart")).json()["data"] == []


@pytest.mark.django_db
@pytest.mark.parametrize("lanes, expected", [("actor", ["Donald Trump", "Gustavo Petro", "No actor"]),
                                             ("type", ["Meeting", "Threat"])])
def test_past_the_threshold_the_chart_counts_events_per_period(client, monkeypatch, lanes, expected):
    from timeline import charts
    monkeypatch.setattr(charts, "AGGREGATE_AT", 2)
    petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
    create_event(None, [petro, trump], date="2026-02-03")
    create_event(None, [trump], date="2026-02-10")
    create_event(None, [trump], date="2026-W10", type="threat")
    create_event(None, [], date="2023")  # three years wide: counted per month
    fig = client.get(reverse("timeline:chart"), {"lanes": lanes}).json()
    assert fig["meta"]["aggregated"] and fig["meta"]["count"] == 4
    assert fig["meta"]["lanes"] == expected
    (trace,) = fig["data"]
    cells = dict(zip(zip((fig["meta"]["lanes"][y] for y in trace["y"]), trace["x"]), trace["text"]))
    if lanes == "actor":
        feb = next(text for (lane, x), text in cells.items() if lane == "Donald Trump" and x.startswith("2026-02"))
        assert feb.startswith("<b>2 events</b>")


@pytest.mark.django_db
def test_zoomed_in_past_the_threshold_the_chart_shows_the_events_in_view(client, monkeypatch):
    from timeline import charts
    monkeypatch.setattr(charts, "AGGREGATE_AT", 2)
    for day in ("2026-01-01", "2026-01-02", "2026-03-01", "2026-03-02"):
        create_event(None, [], date=day)
    fig = client.get(reverse("timeline:chart"), {"view_start": "2026-03-01", "view_end": "2026-03-31"}).json()
    assert fig["meta"]["restricted"] and not fig["meta"]["aggregated"]
    assert fig["meta"]["count"] == 2


def test_collectstatic_picks_plotly_from_the_wheel():
    from timeline.staticfinders import PlotlyFinder
    ((path, storage),) = list(PlotlyFinder().list([]))
    assert (storage.prefix, path) == ("vendor", "plotly.min.js")
    assert PlotlyFinder().find("vendor/plotly.min.js", find_all=True)[0].endswith("package_data/plotly.min.js")
    assert PlotlyFinder().find("vendor/other.js") == []


@pytest.mark.django_db
def test_past_the_threshold_the_chart_opens_on_the_dense_period_counted_finely(client, monkeypatch):
    from timeline import charts
    monkeypatch.setattr(charts, "AGGREGATE_AT", 5)
    create_event(None, [], date="1949")
    create_event(None, [], date="1967-08-08")
    for i in range(30):
        create_event(None, [], date=f"2025-{1 + i % 12:02}-{1 + i % 28:02}")
    fig = client.get(reverse("timeline:chart")).json()
    assert fig["meta"]["aggregated"] and fig["meta"]["count"] == 32
    assert fig["meta"]["focus"][0].startswith("2025")
    assert fig["meta"]["bin"] in ("day", "week")  # the bins of the opening year, not of 77 years
    assert fig["layout"]["xaxis"]["range"][0] > "2024-11"


@pytest.mark.django_db
def test_counted_lanes_shorten_only_peoples_names_to_initials(client, monkeypatch):
    from timeline import charts
    monkeypatch.setattr(charts, "AGGREGATE_AT", 2)
    person = create_actor("Volodymyr Zelensky", kind="person")
    bank = create_actor("Morgan Stanley Capital", kind="organization")
    for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
        create_event(None, [person, bank], date=day)
    meta = client.get(reverse("timeline:chart")).json()["meta"]
    assert meta["aggregated"]
    assert dict(zip(meta["lanes"], meta["short_lanes"])) == {"Volodymyr Zelensky": "V. Zelensky",
                                                            "Morgan Stanley Capital": "Morgan Stan…"}


@pytest.mark.django_db
@pytest.mark.parametrize("aggregate_at", [2, 1000])
def test_narrow_lane_labels_use_the_short_name_an_organization_is_known_by(client, monkeypatch, aggregate_at):
    # three ministries were three "Kementer…" lanes on a phone
    from timeline import charts
    monkeypatch.setattr(charts, "AGGREGATE_AT", aggregate_at)
    finance = create_actor("Kementerian Keuangan", kind="organization", aliases=["Kemenkeu", "Kementerian Keuangan RI"])
    energy = create_actor("Kementerian Energi dan Sumber Daya Mineral", kind="organization",
                          aliases=["Kementerian ESDM", "ESDM"])
    trade = create_actor("Kementerian Perdagangan", kind="organization")
    person = create_actor("Bambang Brodjonegoro", kind="person", aliases=["Bambang"])
    # (a capital standing for its government is an alias, and no label: "Korea Selatan" read "Seoul")
    korea = create_actor("Korea Selatan", kind="country", aliases=["Seoul", "Korsel"])
    for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
        create_event(None, [finance, energy, trade, person, korea], date=day)
    meta = client.get(reverse("timeline:chart")).json()["meta"]
    assert dict(zip(meta["lanes"], meta["short_lanes"])) == {
        "Kementerian Keuangan": "Kemenkeu", "Kementerian Energi dan Sumber Daya Mineral": "ESDM",
        "Kementerian Perdagangan": "Kementerian…", "Bambang Brodjonegoro": "Bambang Bro…",
        "Korea Selatan": "Korsel"}


@pytest.mark.django_db
@pytest.mark.parametrize("aggregate_at", [1, 1000])
@pytest.mark.parametrize("dates", [("0001-02", "0001-01-01"), ("9999-12", "9999-12-31"), ("0001", "9999-W52")])
def test_dates_at_the_ends_of_the_calendar_break_no_page(client, monkeypatch, aggregate_at, dates):
    # (a placeholder publication date, "0001-01-01", made events of year 1 and the chart answered 500)
    from timeline import charts
    monkeypatch.setattr(charts, "AGGREGATE_AT", aggregate_at)
    petro = create_actor("Gustavo Petro")
    for date in (*dates, "2026-01-07"):
        create_event(None, [petro], date=date)
    exports = [reverse("timeline:export", args=[kind]) for kind in ("csv", "json", "timelinejs", "ics")]
    for url in (reverse("timeline:chart"), reverse("timeline:index"), reverse("timeline:events"), *exports):
        assert client.get(url).status_code == 200, url
        assert client.get(url, {"lanes": "type"}).status_code == 200, url
