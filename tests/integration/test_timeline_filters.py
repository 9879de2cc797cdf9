"""The filter query string: what each filter selects, the list pages and the visible range."""
import datetime as dt
import html
import re

from bs4 import BeautifulSoup

from django.test import TestCase
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event
from timeline.models import Event
from timeline.queries import PAGE_SIZE, TimelineQuery

HTMX = {"HX-Request": "true"}


def summaries(response):
    """The summaries in the (dated) event list, in order."""
    soup = BeautifulSoup(response.content, "html.parser")
    rows = soup.select("#event-list .ev .summary") or soup.select(".ev .summary")
    return [r.get_text(strip=True) for r in rows]


class FiltersTestCase(TestCase):
    def setUp(self):
        # Two articles; Petro in the first two events, Trump in the last two; one of each status.
        self.a1 = create_article(title="First")
        self.a2 = create_article(title="Second")
        self.petro = create_actor("Gustavo Petro")
        self.trump = create_actor("Donald Trump")
        create_event(self.a1, [self.petro], type="call", date="2026-01-07", summary="call")
        create_event(self.a1, [self.petro, self.trump], type="meeting", status="planned", date="2026-02-03",
                     summary="planned meeting")
        create_event(self.a2, [self.trump], type="threat", status="hypothetical", date="2026-03",
                     summary="maybe threat")
        create_event(self.a2, [], type="sanction", status="cancelled", date="2025", summary="cancelled sanction")
        self.url = reverse("timeline:index")

    def get(self, **params):
        return self.client.get(self.url, params, headers=HTMX)

    def test_no_filter_lists_every_dated_event_in_date_order(self):
        assert summaries(self.get()) == ["cancelled sanction", "call", "planned meeting", "maybe threat"]

    def test_it_filters_by_actor(self):
        assert summaries(self.get(actor=self.trump.pk)) == ["planned meeting", "maybe threat"]

    def test_with_another_actor_it_keeps_the_events_both_take_part_in(self):
        # (relations between two states: an analyst's first question)
        response = self.get(actor=self.petro.pk, **{"with": self.trump.pk})
        assert summaries(response) == ["planned meeting"]
        page = self.client.get(self.url, {"actor": self.petro.pk, "with": self.trump.pk}).content.decode()
        assert f'<option value="{self.trump.pk}" selected>Donald Trump' in page.split('id="id_with"')[1]
        assert "· with <b>Gustavo Petro</b> and <b>Donald Trump</b>" in page
        assert summaries(self.get(**{"with": self.trump.pk})) == ["planned meeting", "maybe threat"]

    def test_a_state_stands_for_its_people_unless_asked_alone(self):
        # ("Indonesia with China" left out every meeting of Joko Widodo with Xi Jinping)
        indonesia, china = create_actor("Indonesia", kind="country"), create_actor("China", kind="country")
        jokowi = create_actor("Joko Widodo", country=indonesia, title="Presiden")
        xi = create_actor("Xi Jinping", country=china, title="Presiden")
        create_event(self.a1, [jokowi, xi], date="2023-07-27", summary="Jokowi meets Xi")
        create_event(self.a1, [indonesia, china], type="agreement", date="2023-10-17", summary="deal")
        create_event(self.a1, [indonesia, self.trump], type="call", date="2023-11-01", summary="other")
        both = {"actor": indonesia.pk, "with": china.pk}
        assert summaries(self.get(**both)) == ["Jokowi meets Xi", "deal"]
        assert summaries(self.get(**both, alone="on")) == ["deal"]
        assert summaries(self.get(actor=indonesia.pk)) == ["Jokowi meets Xi", "deal", "other"]
        assert summaries(self.get(actor=jokowi.pk)) == ["Jokowi meets Xi"]     # (a person stands for no one else)
        page = self.client.get(self.url, {"actor": indonesia.pk}).content.decode()
        menu = page.split('id="id_with"')[1].split("</select>")[0]
        assert f'<option value="{xi.pk}">Xi Jinping (1)</option>' in menu
        # China's count is what choosing it With finds: its own deal and Xi Jinping's meeting
        assert f'<option value="{china.pk}">China (2)</option>' in menu
        alone_menu = self.client.get(reverse("timeline:actor_options"), {"for": "with", "actor": indonesia.pk,
                                                                        "alone": "on"}).content.decode()
        assert f'<option value="{china.pk}">China (1)</option>' in alone_menu
        box = BeautifulSoup(page, "html.parser").select_one("#id_alone")     # (ticking it counts the menu anew)
        assert box["hx-target"] == "#id_with" and box["hx-include"] == "#id_actor, #id_with"
        assert 'name="alone"' in page and 'name="alone" id="id_alone" value="on" checked' not in page
        assert "(and its people)" in page
        assert "(the states alone)" in self.client.get(self.url, {**both, "alone": "on"}).content.decode()   # (two states)
        assert "(the state alone)" in self.client.get(self.url, {"actor": indonesia.pk, "alone": "on"}).content.decode()
        assert "(and its people)" not in self.client.get(self.url, {"actor": jokowi.pk}).content.decode()
        # a person "with" their own state: their events with it or another of its people, not all of them
        retno = create_actor("Retno Marsudi", country=indonesia, title="Menteri Luar Negeri")
        create_event(self.a1, [jokowi, retno], date="2023-08-01", summary="cabinet")
        assert summaries(self.get(actor=jokowi.pk, **{"with": indonesia.pk})) == ["cabinet"]
        # ... as his With menu counts it (it said 3: every event of his, his own state by him)
        menu = self.client.get(self.url, {"actor": jokowi.pk}).content.decode().split('id="id_with"')[1]
        assert f'<option value="{indonesia.pk}">Indonesia (1)</option>' in menu.split("</select>")[0]
        # ... and a state's With menu offers no one of its own people
        menu = self.client.get(self.url, {"actor": indonesia.pk}).content.decode().split('id="id_with"')[1]
        assert "Retno Marsudi" not in menu.split("</select>")[0] and "Xi Jinping" in menu.split("</select>")[0]
        exported = self.client.get(reverse("timeline:export", args=["csv"]), both).getvalue().decode()
        assert "Jokowi meets Xi" in exported and "other" not in exported

    def test_the_actor_menu_says_a_states_count_is_the_state_alone(self):
        # ("Indonesia (9)" found "16 dated events · 3 undated · (and its people)": the menu counts the
        # reports naming the state itself, cheaply; the filter adds its people)
        indonesia, china = create_actor("Indonesia", kind="country"), create_actor("China", kind="country")
        jokowi = create_actor("Joko Widodo", country=indonesia, title="Presiden")
        create_event(self.a1, [jokowi, china], date="2023-07-27", summary="Jokowi meets China")
        create_event(self.a1, [indonesia, jokowi], type="agreement", date="2023-10-17", summary="deal")
        create_event(self.a1, [indonesia], type="statement", date="", summary="undated")
        options = BeautifulSoup(self.client.get(self.url).content, "html.parser").select("#id_actor option")
        found = {o.get_text() for o in options}
        assert {"Indonesia (2 as a state)", "China (1 as a state)", "Joko Widodo (2)"} <= found
        chosen = self.client.get(self.url, {"actor": indonesia.pk}).context
        assert (chosen["total"], chosen["undated_count"]) == (2, 1)     # (what "as a state" warns of)
        # the finder's menu says it the same way
        options = self.client.get(reverse("timeline:actor_options"), {"for": "actor", "q": "indonesia"}).content.decode()
        assert f'<option value="{indonesia.pk}">Indonesia (2 as a state)</option>' in options
        # the With menu counts a state with its people, as choosing it With finds, and says nothing more
        menu = self.client.get(self.url, {"actor": china.pk}).content.decode().split('id="id_with"')[1]
        assert f'<option value="{indonesia.pk}">Indonesia (1)</option>' in menu.split("</select>")[0]

    def test_the_with_menu_counts_an_event_several_articles_report_once(self):
        indonesia = create_actor("Indonesia", kind="country")
        jokowi = create_actor("Joko Widodo", country=indonesia, title="Presiden")
        deal = create_event(self.a1, [indonesia, jokowi], type="agreement", date="2023-10-17", summary="deal")
        again = create_event(self.a2, [indonesia, jokowi], type="agreement", date="2023-10-17", summary="deal again")
        Event.objects.filter(pk=again.pk).update(report_of=deal)     # (another article's report of the deal)
        assert len(summaries(self.get(actor=jokowi.pk, **{"with": indonesia.pk}))) == 1
        menu = self.client.get(self.url, {"actor": jokowi.pk}).content.decode().split('id="id_with"')[1]
        assert f'<option value="{indonesia.pk}">Indonesia (1)</option>' in menu.split("</select>")[0]

    def test_several_actors_are_any_of_them_in_a_menu_that_takes_several(self):
        # (a researcher comparing ASEAN states with China ran one query a state: the menu took one)
        page = self.client.get(self.url, {"actor": [self.petro.pk, self.trump.pk]}).content.decode()
        menu = BeautifulSoup(page, "html.parser").select_one("#id_actor")
        assert menu.has_attr("multiple") and {o["value"] for o in menu.select("option[selected]")} == {
            str(self.petro.pk), str(self.trump.pk)}
        assert "· with <b>Donald Trump</b> or <b>Gustavo Petro</b>" in page      # (any of them: "or")
        assert summaries(self.get(actor=[self.petro.pk, self.trump.pk])) == ["call", "planned meeting", "maybe threat"]
        one = BeautifulSoup(self.client.get(self.url, {"actor": self.petro.pk}).content, "html.parser")
        assert not one.select_one("#id_actor").has_attr("multiple") and not one.select_one("#id_several").has_attr("checked")
        asked = BeautifulSoup(self.client.get(self.url, {"several": "on"}).content, "html.parser")
        assert asked.select_one("#id_actor").has_attr("multiple") and asked.select_one("#id_several").has_attr("checked")
        # the chosen keep their counts when the finder fills the menu with another one found
        options = self.client.get(reverse("timeline:actor_options"), {"for": "actor", "q": "trump",
                                                                     "actor": [self.petro.pk]}).content.decode()
        assert f'<option value="{self.petro.pk}" selected>Gustavo Petro (2)</option>' in options
        # two states: "their people"
        one, two = create_actor("Malaysia", kind="country"), create_actor("Vietnam", kind="country")
        create_event(self.a1, [one, two], type="meeting", date="2026-01-20", summary="neighbours")
        assert "(and their people)" in self.client.get(self.url, {"actor": [one.pk, two.pk]}).content.decode()

    def test_with_an_actor_chosen_the_with_menu_lists_its_partners_and_the_events_they_share(self):
        # (it listed every actor, with counts of their own: most choices found nothing)
        loner = create_actor("Sendiri")
        create_event(self.a1, [loner], type="call", date="2026-01-09", summary="alone")
        page = self.client.get(self.url, {"actor": self.petro.pk}).content.decode()
        menu = page.split('id="id_with"')[1].split("</select>")[0]
        assert f'<option value="{self.trump.pk}">Donald Trump (1)</option>' in menu
        assert "Sendiri" not in menu and "Gustavo Petro" not in menu

    def test_the_exports_of_two_actors_together_say_so_in_their_file_name(self):
        response = self.client.get(reverse("timeline:export", args=["csv"]),
                                   {"actor": self.petro.pk, "with": self.trump.pk})
        assert response["Content-Disposition"] == \
            'attachment; filename="newsline-events-gustavo-petro-with-donald-trump.csv"'
        body = response.getvalue().decode()    # (a CSV export streams)
        assert body.count("planned meeting") == 1 and "maybe threat" not in body

    def test_in_a_range_the_events_that_begin_in_it_come_before_those_begun_earlier(self):
        # (a week's list opened on pages of events known only to the year that cover it)
        create_event(self.a1, [self.petro], type="call", date="2026-02", summary="month-long")
        response = self.get(view_start="2026-02-01", view_end="2026-03-31")
        assert summaries(response) == ["month-long", "planned meeting", "maybe threat"]   # all begin in it
        response = self.get(view_start="2026-02-02", view_end="2026-03-31")
        assert summaries(response) == ["planned meeting", "maybe threat", "month-long"]
        assert "Begun before 2 Feb 2026: known only to the month or year, or longer" in response.content.decode()

    def test_every_undated_event_can_be_reached_page_by_page(self):
        # (only the first 50 were shown: "… and 3742 in all: narrow the filters or export")
        for n in range(PAGE_SIZE + 3):
            create_event(self.a1, [self.petro], type="statement", date="", summary=f"undated {n}")
        page = self.client.get(self.url).content.decode()
        fold = page.split('id="undated"')[1].split('id="event-list"')[0]
        assert fold.count('class="ev-row"') == PAGE_SIZE
        more = re.search(r'hx-get="(/events/undated/\?[^"]+)"', page).group(1)
        assert "page=2" in more
        rest = self.client.get(html.unescape(more), headers=HTMX).content.decode()
        assert rest.count('class="ev-row"') == 3 and "More undated events" not in rest

    def test_a_visible_range_without_the_filters_events_offers_every_date(self):
        # (a zoom kept when the actor changed said "No event in this range", and no more)
        response = self.get(actor=self.petro.pk, view_start="2026-03-01", view_end="2026-03-31")
        soup = BeautifulSoup(response.content, "html.parser")
        empty = soup.select_one("#event-list li.none")
        assert empty.get_text(" ", strip=True).startswith("No event in this range: show the 2 at every date")
        assert "view_start" not in empty.a["href"] and f"actor={self.petro.pk}" in empty.a["href"]

    def test_a_visible_range_given_backwards_is_read_forwards(self):
        response = self.get(view_start="2026-03-31", view_end="2026-02-01")
        assert summaries(response) == ["planned meeting", "maybe threat"]
        assert "from 1 Feb 2026 to 31 Mar 2026" in response.content.decode()

    def test_the_menus_finders_list_the_actors_and_articles_named_by_the_words_typed(self):
        # (a large archive's menus list only the 300 busiest actors and 200 latest articles)
        quiet = create_actor("Sjafrie Sjamsoeddin", aliases=["Sjafrie", "Menhan Sjafrie"])
        create_event(self.a1, [quiet], type="statement", date="2026-02-02")
        idle = create_actor("Sjafrie Idle")       # (in no event: choosing it would show nothing)
        page = self.client.get(self.url).content.decode()
        assert page.count('class="finder"') == 3
        options = self.client.get(reverse("timeline:actor_options"),
                                  {"for": "actor", "q": "sjafrie", "actor": self.petro.pk}).content.decode()
        assert options.startswith('<option value="">All actors</option>')
        # (its one event, once, however many of its names the words match)
        assert f'<option value="{quiet.pk}">Sjafrie Sjamsoeddin (1)</option>' in options
        assert f'value="{idle.pk}"' not in options
        assert f'<option value="{self.petro.pk}" selected>Gustavo Petro' in options       # the chosen one kept
        # three letters: the names beginning so
        options = self.client.get(reverse("timeline:actor_options"), {"for": "actor", "q": "Sja"}).content.decode()
        assert f'<option value="{quiet.pk}">Sjafrie Sjamsoeddin (1)</option>' in options
        options = self.client.get(reverse("timeline:actor_options"), {"for": "with", "q": "trump"}).content.decode()
        assert options.startswith('<option value="">anyone</option>') and "Donald Trump" in options
        assert "Gustavo Petro" not in options
        # with an actor chosen, the With finder offers only its partners, with the events they share
        options = self.client.get(reverse("timeline:actor_options"),
                                  {"for": "with", "q": "sja", "actor": self.petro.pk}).content.decode()
        assert "Sjafrie" not in options      # (in no event with Petro: choosing him would show nothing)
        options = self.client.get(reverse("timeline:actor_options"),
                                  {"for": "with", "q": "trump", "actor": self.petro.pk}).content.decode()
        assert f'<option value="{self.trump.pk}">Donald Trump (' in options
        options = self.client.get(reverse("timeline:article_options"), {"q": "sec"}).content.decode()
        assert f'<option value="{self.a2.pk}"' in options and f'value="{self.a1.pk}"' not in options

    def test_articles_whose_menu_entries_would_read_the_same_are_told_apart(self):
        long = "Menteri Luar Negeri Indonesia Sugiono bertemu Menteri Luar Negeri Jepang di Tokyo pada Senin"
        kompas = create_article(title=long + " pagi", outlet="Kompas")
        antara = create_article(title=long + " sore", outlet="ANTARA")
        untitled = [create_article(title=long, outlet="", filename="") for _ in range(2)]
        page = self.client.get(self.url).content.decode()
        entries = {o["value"]: o.get_text() for o in BeautifulSoup(page, "html.parser").select("#id_article option")}
        assert entries[str(kompas.pk)].endswith(" · Kompas") and entries[str(antara.pk)].endswith(" · ANTARA")
        assert [entries[str(a.pk)].endswith(f" · #{a.pk}") for a in untitled] == [True, True]
        assert entries[str(self.a1.pk)] == "First · 10 Jan 2026"       # (an entry read once stays as it was)
        options = self.client.get(reverse("timeline:article_options"), {"q": "sugiono"}).content.decode()
        assert "· Kompas</option>" in options

    def test_it_filters_by_several_types(self):
        assert summaries(self.get(type=["call", "threat"])) == ["call", "maybe threat"]

    def test_it_hides_cancelled_and_hypothetical_events_when_asked(self):
        assert summaries(self.get(status=["occurred", "planned"])) == ["call", "planned meeting"]

    def test_it_hides_the_machine_events_below_the_confidence_asked_but_never_what_a_person_checked(self):
        create_event(self.a1, [self.petro], type="call", date="2026-01-08", summary="unsure call", confidence=0.3)
        create_event(self.a1, [self.petro], type="call", date="2026-01-09", summary="verified unsure call",
                     confidence=0.3, verified=True)
        create_event(self.a1, [self.petro], type="call", date="2026-01-10", summary="entered by hand", confidence=0.2,
                     origin=Event.Origin.HUMAN)
        everything = summaries(self.get())
        assert "unsure call" in everything and len(everything) == 7
        sure = summaries(self.get(confidence="0.7"))
        assert sure == [s for s in everything if s != "unsure call"]
        assert summaries(self.get(confidence="0.9")) == ["verified unsure call", "entered by hand"]

    def test_the_confidence_asked_stays_selected_and_an_unknown_one_is_reported_and_ignored(self):
        soup = BeautifulSoup(self.client.get(self.url, {"confidence": "0.7"}).content, "html.parser")
        assert soup.select_one("#id_confidence option[selected]")["value"] == "0.7"
        response = self.client.get(self.url, {"confidence": "0.42"})
        assert "Confidence:" in BeautifulSoup(response.content, "html.parser").select_one(".errors").get_text()
        assert len(summaries(response)) == 4

    def test_unticking_every_status_shows_every_status_and_ticks_them_again(self):
        # the form swaps only the results: the status boxes come back out of band, all ticked
        r = self.get(type="meeting")
        assert summaries(r) == ["planned meeting"]
        chips = BeautifulSoup(r.content, "html.parser").select_one("#status-chips")
        assert chips is not None and chips["hx-swap-oob"] == "true"
        assert {i["value"] for i in chips.select("input[checked]")} == {"occurred", "planned", "hypothetical",
                                                                        "cancelled"}

    def test_with_some_statuses_ticked_the_boxes_are_left_alone(self):
        r = self.get(status=["occurred", "planned"])
        assert BeautifulSoup(r.content, "html.parser").select_one("#status-chips") is None

    def test_a_plain_request_without_status_ticks_every_status(self):
        for params in ({}, {"status": ""}):
            soup = BeautifulSoup(self.client.get(self.url, params).content, "html.parser")
            chips = soup.select("#status-chips")
            assert len(chips) == 1 and not chips[0].has_attr("hx-swap-oob")
            assert len(chips[0].select("input[checked]")) == 4
        soup = BeautifulSoup(self.client.get(self.url, {"status": "planned"}).content, "html.parser")
        assert [i["value"] for i in soup.select("#status-chips input[checked]")] == ["planned"]

    def test_a_date_range_keeps_the_events_whose_period_overlaps_it(self):
        # the year 2025 and the month of March overlap; 7 January does not.
        assert summaries(self.get(start="2025-12-01", end="2026-01-06")) == ["cancelled sanction"]
        assert summaries(self.get(start="2026-03-31")) == ["maybe threat"]

    def test_a_date_range_lists_no_undated_event(self):
        # ("9 dated · 2 undated" under From/To: an undated event lies in no range)
        create_event(self.a1, [self.petro], date="", summary="undated")
        assert Event.objects.filter(date="").exists()
        body = self.get(start="2026-01-01", end="2026-01-31").content.decode()
        assert "undated" not in BeautifulSoup(body, "html.parser").select_one(".counts").get_text()
        assert "undated" in BeautifulSoup(self.get().content, "html.parser").select_one(".counts").get_text()

    def test_it_filters_by_article(self):
        response = self.get(article=self.a2.pk)
        assert summaries(response) == ["cancelled sanction", "maybe threat"]
        # (the count line, and the PNG titled with it, say which article)
        counts = BeautifulSoup(response.content, "html.parser").select_one(".counts").get_text()
        assert f"in the article {self.a2.title}" in counts

    def test_it_searches_the_summaries(self):
        assert summaries(self.get(q="MEETING")) == ["planned meeting"]

    def test_it_searches_the_actors_by_name_or_alias_without_diacritics(self):
        widodo = create_actor("Joko Widodo", aliases=["Jokowi"])
        billstrom = create_actor("Tobias Billström")
        usa = create_actor("Amerika Serikat", kind="country", aliases=["AS"])
        create_event(self.a1, [widodo], type="meeting", date="2026-01-20", summary="visit")
        create_event(self.a1, [billstrom, usa], type="call", date="2026-01-21", summary="phone")
        assert summaries(self.get(q="jokowi")) == ["visit"]
        assert summaries(self.get(q="Billstrom")) == ["phone"]
        assert summaries(self.get(q="as")) == ["phone"]         # a short word, a whole name only
        assert summaries(self.get(q="petro")) == ["call", "planned meeting"]

    def test_a_short_search_finds_no_part_of_a_word_in_the_summaries(self):
        # "AS" (Amerika Serikat) is in "Nicolas", "RI" (Indonesia) in "Amerika": journalists type both
        create_event(summary="Nicolas Maduro: statement on Amerika Serikat (kata)")
        create_event(summary="Washington: sanction (AS)")
        assert summaries(self.get(q="AS")) == ["Washington: sanction (AS)"]
        assert summaries(self.get(q="ri")) == []

    def test_a_search_naming_actors_in_whole_words_finds_no_part_of_a_word(self):
        # "petro" names Gustavo Petro; it is only part of a word of OPEC's full name
        opec = create_actor("OPEC", kind="organization", aliases=["Organization of Petroleum Exporting Countries"])
        create_event(self.a1, [opec], type="meeting", date="2026-01-22", summary="OPEC meets")
        assert "OPEC meets" not in summaries(self.get(q="petro"))
        assert summaries(self.get(q="petrol")) == ["OPEC meets"]     # no whole word: a part of one

    def test_a_search_that_is_an_actors_name_offers_that_actor_alone(self):
        # ("Indonesia" also found Bank Indonesia, CNN Indonesia and 61 more, and summaries naming it)
        indonesia = create_actor("Indonesia", kind="country")
        bank = create_actor("Bank Indonesia", kind="organization")
        create_event(self.a1, [indonesia], type="meeting", date="2026-01-20", summary="Indonesia meets")
        create_event(self.a1, [bank], type="statement", date="2026-01-21", summary="rates")
        response = self.client.get(self.url, {"q": "indonesia"})
        assert summaries(response) == ["Indonesia meets", "rates"]
        only = f'/?actor={indonesia.pk}&amp;alone=on'     # (only: the state, not its people too)
        assert f'<a href="{only}" hx-get="{only}" hx-target="#timeline" hx-push-url="true"' in response.content.decode()
        assert ">only the actor Indonesia</a>" in response.content.decode()
        assert summaries(self.get(actor=indonesia.pk)) == ["Indonesia meets"]
        assert "only the actor" not in self.client.get(self.url, {"q": "indon"}).content.decode()
        # ... never when it has no event under the other filters (a link to nothing)
        page = self.client.get(self.url, {"q": "indonesia", "type": "statement"}).content.decode()
        assert "only the actor" not in page and ">rates<" in page

    def test_an_invalid_date_is_reported_and_ignored(self):
        r = self.client.get(self.url, {"start": "yesterday", "type": "meeting"})
        assert r.status_code == 200
        assert summaries(r) == ["planned meeting"]
        lead = BeautifulSoup(r.content, "html.parser").select_one("#filter-errors").get_text(" ", strip=True)
        assert lead.startswith("Ignored: this filter of the address is not valid") and "(start=yesterday)" in lead

    def test_a_stale_or_invalid_filter_naming_the_view_shows_nothing_and_says_why(self):
        # (QA 22: `/?article=999` listed every event under the full count line, as if it were the story)
        article = create_article(title="Dihapus")
        gone = article.pk
        article.delete()
        cases = [({"article": gone}, f"Article: no article has the id {gone} (deleted, or never stored) (article={gone})"),
                 ({"article": "abc"}, "no article has the id abc"),
                 ({"actor": 99999}, "Actor: no actor has the id 99999 (deleted, merged into another, or never stored)"),
                 ({"actor": "abc"}, "“abc” is no actor's id"),
                 ({"type": "bogus"}, "Type: “bogus” is no event type (type=bogus)"),
                 ({"status": "done"}, "“done” is no status")]
        for params, said in cases:
            r = self.client.get(self.url, {**params, "lanes": "type"})
            assert r.status_code == 200 and summaries(r) == [], params
            soup = BeautifulSoup(r.content, "html.parser")
            text = soup.select_one("#filter-errors").get_text(" ", strip=True)
            assert text.startswith("No events are shown: this filter of the address is not valid"), params
            assert said in text, (params, text)
            assert "<strong>0</strong> dated events" in r.content.decode() and not soup.select("nav.exports")
            assert "No event is shown: a filter of the address is not valid" in r.content.decode()
            again = soup.select_one("#filter-errors a")["href"]
            assert again == "/?lanes=type", params           # (the view without it)
            for name in ("timeline:events", "timeline:chart"):
                response = self.client.get(reverse(name), params)
                assert response.status_code == 200 and "Petro" not in response.content.decode(), (name, params)
            assert self.client.get(reverse("timeline:chart"), params).json()["meta"]["count"] == 0
        # (a stale actor beside a valid one: still nothing rather than a wider view than asked)
        r = self.client.get(self.url, {"actor": [self.trump.pk, 99999]})
        assert summaries(r) == [] and "(actor=" in r.content.decode()

    def test_empty_values_mean_no_filter_on_a_plain_request(self):
        # what a plain GET submit of the form sends when nothing is chosen, and the lead's `?actor=`
        for params in ({"actor": ""}, self.EVERY_FIELD_EMPTY, {**self.EVERY_FIELD_EMPTY, "from": "", "to": ""}):
            r = self.client.get(self.url, params)
            assert r.status_code == 200
            self.assertNotContains(r, 'class="errors"')
            self.assertNotContains(r, "not a valid")
            assert summaries(r) == ["cancelled sanction", "call", "planned meeting", "maybe threat"]

    def test_empty_values_mean_no_filter_on_every_endpoint(self):
        for name, args in (("timeline:index", ()), ("timeline:events", ()), ("timeline:chart", ()),
                           ("timeline:export", ("csv",))):
            r = self.client.get(reverse(name, args=args), self.EVERY_FIELD_EMPTY, headers=HTMX)
            assert r.status_code == 200, name
            self.assertNotContains(r, "not a valid", msg_prefix=name)
            self.assertNotContains(r, "valid choice", msg_prefix=name)
        assert TimelineQuery(self._qd(**self.EVERY_FIELD_EMPTY)).form.errors == {}
        assert self.client.get(reverse("timeline:chart"), self.EVERY_FIELD_EMPTY).json()["meta"]["count"] == 4

    def test_an_empty_value_beside_a_real_one_keeps_the_real_one(self):
        r = self.client.get(self.url, {"actor": ["", str(self.trump.pk)], "type": ["", "meeting"]})
        self.assertNotContains(r, 'class="errors"')
        assert summaries(r) == ["planned meeting"]

    def test_empty_values_stay_out_of_the_links(self):
        r = self.client.get(self.url, {**self.EVERY_FIELD_EMPTY, "type": "call"})
        self.assertContains(r, "/export/csv/?type=call")

    EVERY_FIELD_EMPTY = {"q": "", "actor": "", "type": "", "status": "", "start": "", "end": "", "article": "",
                         "lanes": "", "view_start": "", "view_end": "", "page": ""}

    def test_a_range_that_ends_before_it_starts_is_an_error(self):
        form = TimelineQuery(self._qd(start="2026-02-01", end="2026-01-01")).form
        assert "end" in form.errors

    def test_what_is_wrong_with_the_filters_comes_back_with_the_results(self):
        # the form swaps only the results: the errors come back out of band, and go when mended
        errors = BeautifulSoup(self.get(start="2026-02-01", end="2026-01-01").content, "html.parser") \
            .select_one("#filter-errors")
        assert errors["hx-swap-oob"] == "true"
        assert "To: The end of the range comes before its start." in errors.get_text()
        mended = BeautifulSoup(self.get(start="2026-01-01").content, "html.parser").select_one("#filter-errors")
        assert mended["hx-swap-oob"] == "true" and not mended.get_text(strip=True)

    def test_a_date_at_the_ends_of_the_calendar_is_an_error_not_a_crash(self):
        # "0001-01-05" is what a date input holds while a year is typed; the range is widened by a year
        for params in ({"start": "0001-01-05"}, {"view_start": "0001-01-01"}, {"end": "9999-12-31"},
                       {"view_start": "9999-01-01", "view_end": "9999-12-31"}):
            for name, args in (("timeline:index", ()), ("timeline:events", ()), ("timeline:chart", ()),
                               ("timeline:export", ("csv",))):
                response = self.client.get(reverse(name, args=args), params, headers=HTMX)
                # (an export refuses it, saying why: it would hold every date)
                assert response.status_code == (400 if name == "timeline:export" else 200), (name, params)
        r = self.client.get(self.url, {"start": "0001-01-05"})
        assert "From: Enter a date from the year 1000 on." in BeautifulSoup(r.content, "html.parser") \
            .select_one(".errors").get_text()
        assert len(summaries(r)) == 4

    def test_the_visible_range_narrows_the_list_but_not_the_count(self):
        r = self.get(view_start="2026-01-01", view_end="2026-01-31")
        assert summaries(r) == ["call"]
        self.assertContains(r, "<strong>4</strong> dated events")

    def test_the_events_endpoint_answers_the_list_for_a_visible_range(self):
        r = self.client.get(reverse("timeline:events"), {"view_start": "2026-02-01"}, headers=HTMX)
        self.assertContains(r, 'id="event-list"')
        assert summaries(r) == ["planned meeting", "maybe threat"]

    def test_filtered_links_keep_the_filters(self):
        r = self.get(type="call")
        self.assertContains(r, "/export/csv/?type=call")
        self.assertContains(r, "/chart.json?type=call")

    def _qd(self, **params):
        from django.http import QueryDict
        q = QueryDict(mutable=True)
        q.update(params)
        return q


class InfiniteListTestCase(TestCase):
    def setUp(self):
        # More events than a page holds.
        base = dt.date(2026, 1, 1)
        for i in range(PAGE_SIZE + 5):
            create_event(date=(base + dt.timedelta(days=i)).isoformat(), summary=f"event {i:03}")

    def test_the_first_page_ends_with_a_sentinel_that_loads_the_next(self):
        r = self.client.get(reverse("timeline:index"))
        assert len(summaries(r)) == PAGE_SIZE
        self.assertContains(r, 'hx-trigger="revealed, click"')
        self.assertContains(r, f'hx-get="{reverse("timeline:events")}?page=2"')

    def test_the_next_page_returns_rows_only(self):
        r = self.client.get(reverse("timeline:events"), {"page": 2}, headers=HTMX)
        assert summaries(r) == [f"event {i:03}" for i in range(PAGE_SIZE, PAGE_SIZE + 5)]
        self.assertNotContains(r, 'id="event-list"')
        self.assertNotContains(r, "revealed")  # the last page has no sentinel

    def test_without_javascript_the_more_link_opens_the_next_page(self):
        r = self.client.get(reverse("timeline:index"), {"page": 2})
        assert summaries(r)[0] == f"event {PAGE_SIZE:03}"


class OpeningRangeTestCase(TestCase):
    """The chart opens on the dense period; the list has every event until the user zooms."""

    def setUp(self):
        create_event(date="1949", summary="old background")
        for i in range(20):
            create_event(date=(dt.date(2025, 6, 1) + dt.timedelta(days=7 * i)).isoformat(), summary=f"recent {i:02}")

    def test_the_list_has_every_event_while_the_chart_opens_on_the_dense_period(self):
        r = self.client.get(reverse("timeline:index"))
        listed = summaries(r)
        assert listed[0] == "old background" and len(listed) == 21
        self.assertNotContains(r, "in the visible range")
        fig = self.client.get(reverse("timeline:chart")).json()
        lo, hi = fig["layout"]["xaxis"]["range"]
        assert lo > "2025-01-01" and hi < "2026-01-01"
        assert fig["meta"]["focus"][0].startswith("2025-06")
        assert "every event until you zoom" in fig["meta"]["focus_note"]
        assert fig["meta"]["count"] == 21  # the outlier is drawn, off the opening range

    def test_once_zoomed_the_list_and_the_chart_share_the_visible_range(self):
        view = {"view_start": "2025-06-01", "view_end": "2025-06-30"}
        r = self.client.get(reverse("timeline:events"), view, headers=HTMX)
        assert summaries(r) == ["recent 00", "recent 01", "recent 02", "recent 03", "recent 04"]
        self.assertContains(r, "in the visible range from 1 Jun 2025 to 30 Jun 2025")
        # and a way back to every date (without JavaScript: the page without the range)
        link = BeautifulSoup(r.content, "html.parser").select_one("#event-list a[data-unzoom]")
        assert link["href"] == reverse("timeline:index") + "#event-list"
        fig = self.client.get(reverse("timeline:chart"), view).json()
        assert fig["layout"]["xaxis"]["range"] == ["2025-06-01", "2025-07-01"]
        assert fig["meta"]["focus"] is None

    def test_zoomed_out_to_all_the_list_has_every_event_again(self):
        # the "all" button sends no range: the page is the one first opened
        r = self.client.get(reverse("timeline:events"), {"view_start": "", "view_end": ""}, headers=HTMX)
        assert len(summaries(r)) == 21
        self.assertNotContains(r, "data-unzoom")


class TestHostileQueries(TestCase):
    def test_numbers_past_what_the_database_holds_are_reported_not_a_server_error(self):
        # (an actor id past 2**63 overflowed SQLite's integer, a huge page its offset: 500)
        for params in ({"actor": "99999999999999999999999"}, {"page": "9223372036854775807"}):
            for name in ("timeline:index", "timeline:events", "timeline:chart"):
                assert self.client.get(reverse(name), params).status_code == 200, (name, params)
            for kind in ("csv", "ics"):       # (an export refuses a filter not valid, saying why)
                status = 400 if "actor" in params else 200
                assert self.client.get(reverse("timeline:export", args=[kind]), params).status_code == status

    def test_head_is_answered_like_get(self):
        # (uptime monitors and link checkers ask HEAD)
        for url in (reverse("timeline:index"), reverse("timeline:chart"), reverse("timeline:export", args=["csv"])):
            assert self.client.head(url).status_code == 200, url

    def test_pages_and_fragments_of_one_address_are_told_apart_by_caches(self):
        # (Back showed a bare fragment: the browser's cache had the htmx answer for the address)
        response = self.client.get(reverse("timeline:index"))
        assert "HX-Request" in response["Vary"]
