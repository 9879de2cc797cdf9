"""The timeline in a real browser: filter, click a marker, switch lanes, zoom, export, and
hostile article text that must run nothing. Fixtures in tests/browser/conftest.py; live_server
flushes the database after each test, so these are few and each checks a whole path."""
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import click_marker, expect, wait_for_htmx
from tests.factories import create_actor, create_article, create_event
from tests.timeline_story import create_story
from timeline import charts
from timeline.ingest import run_extraction, store_article
from timeline.models import Event

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"


@pytest.fixture
def timeline_page(page: Page) -> Page:
    """The conftest's page, recording every dialog and page error."""
    page.dialogs, page.errors = [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


@pytest.fixture
def phone_page(browser, live_server):
    """A page on a phone's screen (390 by 844, touch), recording page errors."""
    phone = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844},
                                is_mobile=True, has_touch=True)
    page = phone.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    phone.close()


def open_timeline(page: Page, url: str = "/") -> None:
    page.goto(url)
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()


def test_the_seed_article_filter_then_click_a_marker_and_read_its_evidence(timeline_page: Page):
    article, _ = store_article(SEED.read_text(encoding="utf-8"), outlet="NarayaPost")
    run_extraction(article)  # the upload path
    threat = Event.objects.get(type="threat", date="2026-01-04")
    petro = threat.actors.get(name="Gustavo Petro")
    page = timeline_page
    open_timeline(page)
    expect(page.locator("#event-list .ev")).to_have_count(Event.objects.exclude(date="").count())
    assert page.locator("#chart .scatterlayer .point").count() > 0

    page.locator("label.chip", has_text="Threat").click()
    wait_for_htmx(page)
    expect(page.locator("#event-list .ev")).to_have_count(1)
    assert "type=threat" in page.url
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()

    click_marker(page, threat.pk)
    expect(page.locator("#detail mark").first).to_contain_text("mengeluarkan ancaman")
    expect(page.locator("#detail")).to_contain_text("4 Jan 2026")
    assert f"/events/{threat.pk}/" in page.url
    # the event's day is marked on the chart
    page.wait_for_function("() => (document.getElementById('chart').layout.shapes || [])"
                           ".some(s => s.name === 'current' && s.x0 === '2026-01-04' && s.x1 === '2026-01-05')")

    # an actor link filters the timeline to that actor, form included
    page.locator("#detail a.actor", has_text="Gustavo Petro").click()
    wait_for_htmx(page)
    assert f"actor={petro.pk}" in page.url
    expect(page.locator("#id_actor")).to_have_value(str(petro.pk))
    assert not page.errors


def test_back_after_clicking_a_marker_returns_to_the_timeline_with_a_live_chart(timeline_page: Page):
    create_story()
    page = timeline_page
    open_timeline(page, "/?lanes=type")
    pk = page.evaluate("() => document.getElementById('chart')._fullData.find(t => t.type !== 'bar' && "
                       "(t.customdata || []).length).customdata[0]")
    event = Event.objects.get(pk=pk)
    click_marker(page, event.pk)
    expect(page.locator("#detail [data-event]")).to_have_count(1)
    page.wait_for_url(re.compile(f"/events/{event.pk}/"))
    page.go_back()
    expect(page.locator("#detail [data-event]")).to_have_count(0)
    assert "/events/" not in page.url and "lanes=type" in page.url
    # the chart is drawn again, not a lifeless copy: a marker still opens its event
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()
    click_marker(page, event.pk)
    expect(page.locator("#detail [data-event]")).to_have_count(1)
    page.wait_for_url(re.compile(f"/events/{event.pk}/"))   # (htmx pushes the address after the swap)
    page.go_back()
    expect(page.locator("#detail [data-event]")).to_have_count(0)
    assert not page.errors


def test_the_keyboard_goes_to_the_detail_and_back_and_nothing_offers_to_leave_the_site(timeline_page: Page):
    create_story()
    page = timeline_page
    open_timeline(page)
    # (Plotly's "Share chart" uploads the figure to its cloud)
    assert page.locator(".modebar-btn[data-title*='Share']").count() == 0
    page.keyboard.press("Tab")      # the first stop skips to the list (it came after the header's links)
    expect(page.locator("a.skip")).to_be_focused()
    row = page.locator("#event-list .ev").first
    pk = row.get_attribute("data-event")
    row.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#detail [data-event='{pk}']")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(f"#event-list .ev[data-event='{pk}']").first).to_be_focused()
    # the chart's range buttons are reached and pressed with the keyboard
    all_button = page.locator(".rangeselector .button[aria-label='Show every date']")
    all_button.focus()
    page.keyboard.press("Enter")        # (after a detail was opened and closed: it once failed then)
    page.wait_for_function("() => document.getElementById('chart').layout.xaxis.autorange === true")
    # Reset swaps the whole form: focus stays on it, not dropped on <body>
    page.locator("#reset-filters").focus()
    page.keyboard.press("Enter")
    wait_for_htmx(page)
    assert page.evaluate("document.activeElement.id") == "reset-filters"
    assert not page.errors


def test_switch_lanes_zoom_and_download_an_export(timeline_page: Page):
    create_story()
    page = timeline_page
    open_timeline(page)
    expect(page.locator("#chart .ytick text", has_text="Gustavo Petro")).to_be_visible()

    page.locator(".segmented label", has_text="Types").click()
    wait_for_htmx(page)
    expect(page.locator("#chart .ytick text", has_text="Statement")).to_be_visible()
    assert "lanes=type" in page.url

    # zooming the chart narrows the list to the visible range
    page.evaluate("Plotly.relayout('chart', {'xaxis.range': ['2026-01-03', '2026-01-08']})")
    expect(page.locator("#event-list h2")).to_contain_text("in the visible range")
    wait_for_htmx(page)
    expect(page.locator("#event-list .ev")).to_have_count(6)  # 3 day events + 3 month-long ones
    assert "view_start=2026-01-03" in page.url
    assert "reports=" not in page.url     # (a default, which the server leaves out of its links too)
    # (the range ends at midnight before 8 January: nothing of that day shows)
    expect(page.locator("#event-list h2")).to_contain_text("from 3 Jan 2026 to 7 Jan 2026")

    with page.expect_download() as info:
        page.locator("a[data-export]", has_text="CSV").click()
    download = info.value
    assert download.suggested_filename == "newsline-events-2026-01-03-to-2026-01-07.csv"   # (the view it holds)
    lines = Path(download.path()).read_text(encoding="utf-8").strip().splitlines()
    assert len(lines) == 1 + 6  # header, the events in view (an undated event lies in no range: none in a zoom)

    # back to every date from the list: the chart zooms out, the list and the URL follow
    page.locator("#event-list a[data-unzoom]").click()
    expect(page.locator("#event-list h2")).not_to_contain_text("visible range")
    wait_for_htmx(page)
    assert page.locator("#event-list .ev").count() > 6
    assert "view_start" not in page.url

    with page.expect_download() as info:
        page.locator("#png").click()  # the chart as an image, by Plotly
    # (named like the exports of the view, as a file among several: its filters)
    name = info.value.suggested_filename
    assert name.startswith("newsline-timeline-") and name.endswith(".png") and " " not in name
    assert Path(info.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not page.errors


def test_hostile_article_text_runs_nothing(timeline_page: Page):
    evil_script = "<script>window.pwned = 1; alert('script')</script>"
    evil_img = "<img src=x onerror=\"window.pwned = 2; alert('img')\">"
    text = f"Awal berita. {evil_script} Presiden {evil_img} bertemu pada 3 Februari 2026.\nParagraf dua."
    article = create_article(title=evil_img, text=text, raw_text=text)
    actor = create_actor(f"Aktor {evil_img}")
    event = create_event(article, [actor], evil_img, summary=f"Pertemuan {evil_script} {evil_img}",
                         date="2026-02-03")
    page = timeline_page
    open_timeline(page)

    click_marker(page, event.pk)  # hovers first, then opens the detail
    expect(page.locator("#detail mark")).to_have_text(evil_img)
    expect(page.locator("#event-list .ev .summary")).to_contain_text("<script>")
    page.locator("#chart").hover()
    page.wait_for_timeout(300)

    assert page.evaluate("window.pwned") is None
    assert page.dialogs == []
    assert page.locator("img[src=x]").count() == 0
    assert not page.errors


def test_unticking_every_status_ticks_them_all_again_and_shows_every_event(timeline_page: Page):
    create_story()
    dated = Event.objects.exclude(date_start=None).count()
    page = timeline_page
    open_timeline(page)
    boxes = page.locator("#status-chips input[name=status]")
    for label in ("Occurred", "Planned", "Hypothetical"):
        page.locator("#status-chips label.chip", has_text=label).click()
        wait_for_htmx(page)
    assert page.locator("#event-list .ev").count() < dated  # only the cancelled ones
    expect(page.locator("#status-chips input:checked")).to_have_count(1)

    page.locator("#status-chips label.chip", has_text="Cancelled").click()  # the last one
    wait_for_htmx(page)
    expect(page.locator("#status-chips input:checked")).to_have_count(boxes.count())
    expect(page.locator("#event-list .ev")).to_have_count(dated)
    assert "status=" not in page.url
    assert not page.errors


def test_a_view_with_no_dated_event_draws_no_axis_but_says_why(timeline_page: Page):
    # (QA 22: `/?actor=99999` drew Plotly's empty axis of days around 1 Jan 2000 under the error)
    create_story()
    page = timeline_page
    page.goto("/?actor=99999")
    expect(page.locator(".chart-wrap .empty")).to_contain_text("not valid (said above), so the chart has nothing to draw")
    expect(page.locator("#chart")).to_have_count(0)
    assert page.locator(".main-svg").count() == 0
    page.screenshot(path="/tmp/newsline-invalid-filter.png")
    # a valid filter finding no dated event (a type ticked that none has), then one finding some again
    page.goto("/?type=attack")
    expect(page.locator(".chart-wrap .empty")).to_contain_text("No dated event matches these filters")
    assert page.locator(".main-svg").count() == 0 and "2000" not in page.locator(".chart-wrap").inner_text()
    page.locator("label.chip", has_text="Threat").click()
    wait_for_htmx(page)
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()
    assert page.locator("#chart .scatterlayer .point").count() > 0
    page.locator("label.chip", has_text="Threat").click()       # (back to attacks alone: the chart goes)
    wait_for_htmx(page)
    expect(page.locator("#chart")).to_have_count(0)
    expect(page.locator(".chart-wrap .empty")).to_be_visible()
    assert not page.errors


def test_the_chart_opens_on_the_dense_period_and_all_reaches_the_outlier(timeline_page: Page, monkeypatch):
    monkeypatch.setattr(charts, "TOP_DATES_AT", 2)  # the live server runs in this process
    create_story()
    create_event(create_article(title="Sejarah"), [], date="1949", type="relations", summary="Hubungan sejak 1949")
    dated = Event.objects.exclude(date_start=None).count()
    page = timeline_page
    open_timeline(page)
    x_range = "() => document.getElementById('chart')._fullLayout.xaxis.range.map(String)"
    assert page.evaluate(x_range)[0] > "2000"  # the outlier is off the opening range...
    expect(page.locator("#chart-note")).to_contain_text("The chart opens on")
    expect(page.locator("#event-list .ev")).to_have_count(dated)  # ...and in the list, which says so
    expect(page.locator("#event-list .summary").first).to_have_text("Hubungan sejak 1949")

    # the first zoom from the opening range narrows the list (every first zoom looked like a return
    # to the opening range: Plotly changed the kept range in place)
    page.locator("#chart .rangeselector .button", has_text="1y").click()
    expect(page.locator("#event-list h2")).to_contain_text("in the visible range")
    assert "view_start=" in page.url

    page.locator("#chart .rangeselector .button", has_text="all").click()
    wait_for_htmx(page)
    page.wait_for_function("() => document.getElementById('chart')._fullLayout.xaxis.range.map(String)[0] < '1950'")
    expect(page.locator("#event-list .ev")).to_have_count(dated)
    expect(page.locator("#event-list h2")).not_to_contain_text("visible range")
    expect(page.locator("#chart-note")).not_to_contain_text("The chart opens on")
    assert "view_start" not in page.url
    # the dates above the lanes are those under them
    ticks = "sel => Array.from(document.querySelectorAll(sel)).map(t => t.textContent)"
    page.wait_for_function(f"() => ({ticks})('#chart .x2tick text').length > 0")
    assert page.evaluate(ticks, "#chart .x2tick text") == page.evaluate(ticks, "#chart .xtick text")
    assert not page.errors


def test_reset_axes_on_a_page_opened_on_a_range_from_its_address_lists_every_event(timeline_page: Page):
    # (Plotly returned to the address's range, and the list, address and exports stayed narrowed)
    create_story()
    dated = Event.objects.exclude(date_start=None).count()
    page = timeline_page
    open_timeline(page, "/?view_start=2026-01-03&view_end=2026-01-07")
    expect(page.locator("#event-list h2")).to_contain_text("in the visible range")
    page.locator("#chart").hover()
    page.locator(".modebar-btn[data-title='Reset axes']").click()
    expect(page.locator("#event-list h2")).not_to_contain_text("visible range")
    expect(page.locator("#event-list .ev")).to_have_count(dated)
    assert "view_start" not in page.url
    assert not page.errors


def test_an_actor_beyond_the_menu_is_found_by_typing_and_chosen(timeline_page: Page, monkeypatch):
    # (a large archive's Actor menu lists the busiest actors only)
    from timeline import queries
    create_story()
    monkeypatch.setattr(queries.TimelineQuery.actor_choices, "__defaults__", (1,))    # one actor in the menu
    page = timeline_page
    open_timeline(page)
    assert page.locator("#id_actor option").count() == 2
    page.locator("#id_actor + .finder").fill("trump")
    expect(page.locator("#id_actor option", has_text="Donald Trump")).to_have_count(1)
    assert "q=trump" not in page.url         # (typing in the finder filters nothing)
    page.locator("#id_actor").select_option(label=page.locator("#id_actor option", has_text="Donald Trump").inner_text())
    wait_for_htmx(page)
    expect(page.locator(".counts")).to_contain_text("with Donald Trump")
    assert "actor=" in page.url and not page.errors
    # the With menu follows: the actors who take part in Trump's events, with how many
    expect(page.locator("#id_with option", has_text="Gustavo Petro (")).to_have_count(1)
    expect(page.locator("#id_with option", has_text="Donald Trump")).to_have_count(0)


def test_ticking_state_alone_counts_the_with_menu_anew(timeline_page: Page):
    # (the With menu kept the counts of the other reading: China (2) offered, one event found)
    indonesia, china = create_actor("Indonesia", kind="country"), create_actor("China", kind="country")
    jokowi = create_actor("Joko Widodo", country=indonesia, title="Presiden")
    xi = create_actor("Xi Jinping", country=china, title="Presiden")
    article = create_article(title="Jakarta dan Beijing")
    create_event(article, [jokowi, xi], date="2023-07-27", summary="Jokowi meets Xi")
    create_event(article, [indonesia, china], type="agreement", date="2023-10-17", summary="deal")
    page = timeline_page
    open_timeline(page, f"/?actor={indonesia.pk}")
    expect(page.locator("#id_with option", has_text="China (2)")).to_have_count(1)
    page.locator("#id_alone").check()
    expect(page.locator("#id_with option", has_text="China (1)")).to_have_count(1)
    expect(page.locator(".counts")).to_contain_text("(the state alone)")
    expect(page.locator("#event-list .ev")).to_have_count(1)
    assert "alone=on" in page.url and not page.errors


def test_several_actors_chosen_from_the_menu_and_the_finder(timeline_page: Page):
    # (the Actor menu took one actor: comparing several states took one query each)
    create_story()
    page = timeline_page
    open_timeline(page)
    page.locator("#id_several").check()
    wait_for_htmx(page)
    assert page.locator("#id_actor").evaluate("el => el.multiple")
    page.locator("#id_actor").select_option(label=page.locator("#id_actor option", has_text="Nicolas Maduro").inner_text())
    wait_for_htmx(page)
    finder = page.locator("#id_actor + .finder")
    finder.fill("israel")
    expect(page.locator("#id_actor option", has_text="Israel")).to_have_count(1)
    finder.press("Enter")                   # one more, the one chosen kept
    expect(page.locator(".counts")).to_contain_text(" or ")
    chosen = page.locator("#id_actor").evaluate("el => Array.from(el.selectedOptions).map(o => o.text)")
    assert any("Maduro" in c for c in chosen) and any("Israel" in c for c in chosen), chosen
    assert page.url.count("actor=") == 2 and "several=on" in page.url
    page.locator("#id_several").uncheck()   # back to one: the first kept
    wait_for_htmx(page)
    assert page.url.count("actor=") == 1 and not page.errors


def test_back_undoes_a_zoom_and_a_pan_moves_without_a_step(timeline_page: Page):
    # (a zoom replaced the history entry: Back skipped the unzoomed view)
    create_story()
    page = timeline_page
    open_timeline(page, "/?lanes=type")
    before = page.url
    page.evaluate("Plotly.relayout('chart', {'xaxis.range': ['2026-01-03', '2026-01-08']})")
    expect(page.locator("#event-list h2")).to_contain_text("in the visible range")
    page.wait_for_function("location.search.includes('view_start=2026-01-03')")
    page.evaluate("Plotly.relayout('chart', {'xaxis.range': ['2026-01-04', '2026-01-09']})")   # a pan
    page.wait_for_function("location.search.includes('view_start=2026-01-04')")
    page.go_back()
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()
    assert page.url == before and "view_start" not in page.url
    expect(page.locator("#event-list h2")).not_to_contain_text("visible range")
    assert not page.errors


def test_enter_in_a_finder_chooses_what_it_found_first(timeline_page: Page, monkeypatch):
    # (Enter did nothing: a keyboard user had to go on to the menu and pick there)
    from timeline import queries
    create_story()
    monkeypatch.setattr(queries.TimelineQuery.actor_choices, "__defaults__", (1,))
    page = timeline_page
    open_timeline(page)
    finder = page.locator("#id_actor + .finder")
    finder.focus()
    page.keyboard.press("Enter")            # (nothing typed: nothing chosen, then or later)
    page.wait_for_timeout(400)
    assert "actor=" not in page.url
    page.keyboard.type("trum")
    page.keyboard.press("Enter")            # before the menu is filled: chosen once it is
    expect(page.locator(".counts")).to_contain_text("with Donald Trump")
    assert "actor=" in page.url and not page.errors
    with_finder = page.locator("#id_with + .finder")
    with_finder.fill("petro")
    expect(page.locator("#id_with option", has_text="Gustavo Petro")).to_have_count(1)
    with_finder.press("Enter")              # after: chosen at once
    expect(page.locator(".counts")).to_contain_text("Gustavo Petro")
    assert "with=" in page.url and not page.errors


def test_on_a_phone_lane_labels_are_short_with_the_full_name_on_hover(phone_page: Page):
    create_story()
    page = phone_page
    open_timeline(page)
    # a drag over the chart scrolls the page instead of zooming
    assert page.evaluate("() => document.getElementById('chart')._fullLayout.dragmode") is False
    shown = """() => Array.from(document.querySelectorAll('#chart .ytick text')).map(t => {
        const c = t.cloneNode(true); c.querySelectorAll('title').forEach(x => x.remove()); return c.textContent; })"""
    titles = "() => Array.from(document.querySelectorAll('#chart .ytick text title')).map(t => t.textContent)"
    page.wait_for_function(f"() => ({shown})().includes('G. Petro')")
    assert "Gustavo Petro" not in page.evaluate(shown)
    assert "Gustavo Petro" in page.evaluate(titles)  # the full name on hover
    labels = page.evaluate("() => document.querySelector('#chart .yaxislayer-above').getBBox().width")
    assert labels < 390 * 0.3  # was almost half the width

    page.set_viewport_size({"width": 1200, "height": 844})  # wide again: the full names
    page.wait_for_function(f"() => ({shown})().includes('Gustavo Petro')")
    assert not page.errors


def test_on_a_phone_apply_folds_the_filters_away_from_what_they_found(phone_page: Page):
    # (after Apply the open filters filled the screen, the count at its very bottom)
    create_story()
    page = phone_page
    open_timeline(page)
    page.locator(".filters-toggle").click()
    expect(page.locator("#filters")).to_have_class(re.compile(r"\bexpanded\b"))
    page.locator("label.chip", has_text="Threat").click()
    page.locator("#filters button[type=submit]").click()
    wait_for_htmx(page)
    expect(page.locator("#filters")).not_to_have_class(re.compile(r"\bexpanded\b"))
    expect(page.locator(".filters-toggle")).to_have_text("More filters · 1 set")    # (the type ticked, folded away)
    assert page.locator(".counts").is_visible() and "type=threat" in page.url and not page.errors


def test_on_a_phone_a_link_to_an_event_opens_its_detail_and_escape_closes_it(phone_page: Page):
    create_story()
    event = Event.objects.filter(date__isnull=False).exclude(date="").first()
    page = phone_page
    open_timeline(page, f"/events/{event.pk}/")
    panel = page.locator("#detail")
    expect(panel).to_have_class(re.compile(r"\bopen\b"))      # the sheet, not far down under the list
    expect(panel.locator(".detail")).to_be_in_viewport()
    close = panel.locator("[data-close]").bounding_box()
    assert close["width"] >= 44 and close["height"] >= 44      # (a finger's target: it was 28 by 22)
    page.keyboard.press("Escape")
    expect(panel).not_to_have_class(re.compile(r"\bopen\b"))
    assert page.url.endswith("/") and "/events/" not in page.url


def test_an_event_two_articles_report_is_shown_once_and_each_report_on_demand(timeline_page: Page):
    petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
    for title in ("Laporan pertama", "Laporan kedua"):
        create_event(create_article(title=title), [petro, trump], date="2026-02-03", summary=f"Petro meets Trump ({title})")
    page = timeline_page
    open_timeline(page)
    expect(page.locator("#event-list .ev")).to_have_count(1)
    expect(page.locator("#event-list .ev .reports")).to_have_text("in 2 articles")
    expect(page.locator(".counts")).to_contain_text("1 dated event · from 2 reports")

    page.locator(".segmented label", has_text="Each").click()
    wait_for_htmx(page)
    expect(page.locator("#event-list .ev")).to_have_count(2)
    assert "reports=every" in page.url
    page.locator(".counts a", has_text="each event once").click()
    wait_for_htmx(page)
    expect(page.locator("#event-list .ev")).to_have_count(1)
    expect(page.locator("input[name=reports][value=once]")).to_be_checked()

    page.locator("#event-list .ev").click()
    expect(page.locator("#detail .same-event")).to_contain_text("Laporan kedua")
    assert not page.errors


def test_typing_a_date_asks_once_the_year_is_whole(timeline_page: Page):
    # (typing 01012023 asked for the years 0002, 0020, 0202 and 2023, each a history entry, and Back
    # landed on "Enter a date from the year 1000 on")
    create_story()
    page = timeline_page
    open_timeline(page)
    asked = []
    page.on("request", lambda r: asked.append(r.url) if "start=" in r.url else None)
    page.locator("#id_start").focus()
    page.keyboard.type("01012023", delay=50)
    wait_for_htmx(page)
    page.wait_for_timeout(300)
    assert {re.search(r"start=([\d-]+)", u)[1] for u in asked} == {"2023-01-01"}     # (the page and its chart)
    assert "start=2023-01-01" in page.url
    expect(page.locator(".errorlist")).to_have_count(0)
    assert not page.errors


def create_relations_story():
    """Two leaders' year: a hypothetical meeting in 1967 (the first meeting drawn), a year in
    office, a meeting in May, a meeting and an agreement on one day of October, a planned meeting
    known only to the month; a third actor only in 1967."""
    a, b, c = create_actor("Prabowo Subianto"), create_actor("Anwar Ibrahim"), create_actor("Tunku Abdul Rahman")
    create_event(None, [a, c], date="1967-08-08", status="hypothetical", summary="Pertemuan lama")
    create_event(None, [a], date="2025", type="other", summary="Setahun menjabat")
    create_event(None, [a, b], date="2025-05-10", summary="Pertemuan Mei")
    create_event(None, [a, b], date="2025-10-20", summary="Pertemuan Oktober")
    create_event(None, [a, b], date="2025-10-20", type="agreement", summary="Perjanjian Oktober")
    create_event(None, [a, b], date="2025-10", status="planned", summary="Komisi Bersama")


def test_range_buttons_count_back_from_the_events_not_past_the_to_date(timeline_page: Page):
    # (Trump in 2025: the axis ran to mid-January and "1m" showed an empty month past the To date)
    create_relations_story()
    page = timeline_page
    open_timeline(page, "/?start=2025-01-01&end=2025-12-31")
    x_range = "() => document.getElementById('chart')._fullLayout.xaxis.range.map(String)"
    assert page.evaluate(x_range)[1] <= "2026-01-01"
    button = page.locator("#chart .rangeselector .button", has_text="1m")
    assert button.get_attribute("aria-label") == "Show the last month of these events"
    button.click()
    expect(page.locator("#event-list h2")).to_contain_text("in the visible range from 1 Oct 2025")
    wait_for_htmx(page)
    expect(page.locator("#event-list .summary", has_text="Perjanjian Oktober")).to_have_count(1)
    assert page.evaluate(x_range)[1] <= "2025-11-03"
    # the keyboard presses them the same way
    page.locator("#chart .rangeselector .button[aria-label='Show the last six months of these events']").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#event-list h2")).to_contain_text("from 1 May 2025")
    assert not page.errors


def test_a_month_on_a_chart_of_decades_is_wide_enough_to_see_and_the_png_shows_what_is_in_view(timeline_page: Page):
    create_relations_story()
    page = timeline_page
    open_timeline(page)
    page.locator("#chart .rangeselector .button", has_text="all").click()
    page.wait_for_function("() => document.getElementById('chart')._fullLayout.xaxis.range.map(String)[0] < '1968'")
    # the planned month (and the year) are bars of at least a few pixels, not hairlines
    widths = "() => Array.from(document.querySelectorAll('#chart .barlayer .point path')).map(p => p.getBBox().width)"
    page.wait_for_function(f"() => ({widths})().length && Math.min(...({widths})()) >= 5")
    # two events of one lane and day are two markers apart (one hid the other)
    tops = page.evaluate("""() => Array.from(document.querySelectorAll('#chart .scatterlayer .point'))
        .map(p => p.getBoundingClientRect()).map(r => [Math.round(r.x), Math.round(r.y)])""")
    assert len(set(map(tuple, tops))) == len(tops)

    # the PNG of October: what is in the picture, counted; the lanes with an event in it; legend by colour
    page.goto("/?view_start=2025-10-01&view_end=2025-10-31")
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()
    page.evaluate("""() => { const real = Plotly.downloadImage;
        Plotly.downloadImage = (fig, opts) => { window.png = fig; return real(fig, opts); }; }""")
    with page.expect_download():
        page.locator("#png").click()
    png = page.evaluate("() => ({title: window.png.layout.title.text, lanes: window.png.layout.yaxis.ticktext,"
                        " legend: window.png.data.filter(t => t.showlegend).map(t => [t.name, t.marker.symbol])})")
    assert png["title"].startswith("Newsline · 4 events in the picture, of 6 dated events")
    assert png["lanes"] == ["Prabowo Subianto", "Anwar Ibrahim"]          # not Tunku Abdul Rahman's 1967
    assert sorted(png["legend"], key=str) == [["Agreement", "circle"], ["Meeting", "circle"], ["Other", "circle"],
                                              ["planned (a period, hatched)", None]]     # (October's planned month)
    assert png["title"].endswith("2025-10-01 to 2025-10-31")
    # on a narrow screen the title goes on over lines, the period whole on the last (it ran off the edge)
    page.set_viewport_size({"width": 560, "height": 900})
    page.wait_for_timeout(300)
    with page.expect_download():
        page.locator("#png").click()
    lines = page.evaluate("() => window.png.layout.title.text").split("<br>")
    assert len(lines) > 1 and lines[0].startswith("Newsline") and lines[-1].endswith("2025-10-01 to 2025-10-31")
    assert max(map(len, lines)) <= 80, lines
    assert not page.errors


def test_the_png_draws_the_markers_of_its_first_and_last_day_whole_and_names_the_hatching(timeline_page: Page):
    # (QA 22: markers on the range's first day were cut in half at the left edge; the hatching had no legend)
    a, b = create_actor("Prabowo Subianto"), create_actor("Anthony Albanese")
    create_event(None, [a, b], date="2025-03-02", summary="Sehari sebelumnya")        # (outside the range)
    create_event(None, [a, b], date="2025-03-03", summary="Hari pertama")
    create_event(None, [a, b], date="2025-05", status="planned", type="agreement", summary="Direncanakan")
    create_event(None, [a, b], date="2025-08-12", type="call", summary="Hari terakhir")
    page = timeline_page
    open_timeline(page, "/?view_start=2025-03-03&view_end=2025-08-12")
    page.evaluate("""() => { const real = Plotly.downloadImage;
        Plotly.downloadImage = (fig, opts) => { window.png = fig; return real(fig, opts); }; }""")
    with page.expect_download() as info:
        page.locator("#png").click()
    info.value.save_as("/tmp/newsline-edges.png")
    png = page.evaluate("""() => { const f = window.png, xa = document.getElementById('chart')._fullLayout.xaxis;
        const px = (a, b) => (new Date(b) - new Date(a)) * xa._length / (xa.r2l(xa.range[1]) - xa.r2l(xa.range[0]));
        return {title: f.layout.title.text, before: px(f.layout.xaxis.range[0], '2025-03-03'),
                after: px('2025-08-12', f.layout.xaxis.range[1]),
                shown: f.data.flatMap(t => (t.customdata || []).filter((pk, k) => t.y[k] >= 0)),
                legend: f.data.filter(t => t.showlegend).map(t => [t.name, t.type, (t.marker.pattern || {}).shape || ''])}; }""")
    # a marker (12 pixels, its line 2) whole on each edge day: the range reaches 7 pixels beyond its centre
    assert png["before"] >= 7 and png["after"] >= 7, png
    assert png["title"].endswith("2025-03-03 to 2025-08-12")
    assert sorted(set(png["shown"])) == sorted(Event.objects.exclude(summary="Sehari sebelumnya").values_list("pk", flat=True))
    assert ["planned (a period, hatched)", "bar", "/"] in png["legend"]
    assert [name for name, kind, _ in png["legend"] if kind == "bar"] == ["planned (a period, hatched)"]
    assert not page.errors


def test_the_status_chips_are_named_by_their_words_not_their_glyphs(timeline_page: Page):
    # (a report heard "●occurred": the glyph is drawn for the eye, aria-hidden)
    timeline_page.goto("/")
    statuses = timeline_page.get_by_role("group", name="Status")
    for status in ("occurred", "planned", "hypothetical", "cancelled"):
        expect(statuses.get_by_role("checkbox", name=status, exact=True)).to_be_checked()
    assert "●" not in statuses.aria_snapshot()


def test_the_zoom_tip_leaves_the_details_close_button_clickable(timeline_page: Page):
    # (after a drag-zoom Plotly's "Double-click to zoom back out" lay over the detail's ×: a click
    # there closed the tip, not the detail)
    create_story()
    page = timeline_page
    open_timeline(page)
    box = page.evaluate("""() => {
        const gd = document.getElementById('chart'), r = gd.getBoundingClientRect(), s = gd._fullLayout._size;
        return {left: r.left + s.l, top: r.top + s.t, width: s.w, height: s.h};
    }""")
    y = box["top"] + box["height"] * 0.5
    page.mouse.move(box["left"] + box["width"] * 0.05, y)     # a real drag: Plotly.relayout shows no tip
    page.mouse.down()
    page.mouse.move(box["left"] + box["width"] * 0.5, y, steps=8)
    page.mouse.move(box["left"] + box["width"] * 0.95, y, steps=8)
    page.mouse.up()
    note = page.locator(".plotly-notifier .notifier-note", has_text="Double-click to zoom back out")
    expect(note).to_be_visible()
    expect(page.locator("#event-list h2")).to_contain_text("in the visible range")   # it was a zoom
    wait_for_htmx(page)
    pk = page.evaluate("""() => {
        const gd = document.getElementById('chart'), [x0, x1] = gd._fullLayout.xaxis.range.map(String);
        for (const t of gd._fullData) {
            if (t.type === 'bar' || !t.customdata) continue;
            const i = t.x.findIndex(x => String(x) > x0 && String(x) < x1);
            if (i >= 0) return t.customdata[i];
        }
    }""")
    click_marker(page, pk)
    expect(page.locator(f"#detail [data-event='{pk}']")).to_be_visible()
    # what a click at the middle of the × reaches, while the tip is shown (on a slow machine the tip may
    # have faded before the detail opened: Plotly's own tip is then shown again, as Plotly writes it)
    top = page.evaluate("""() => {
        const close = document.querySelector('#detail [data-close]').getBoundingClientRect();
        if (!document.querySelector('.plotly-notifier .notifier-note'))
            document.querySelector('body > .plotly-notifier').innerHTML =
                '<div class="notifier-note"><p><span>Double-click to zoom back out</span></p></div>';
        const note = document.querySelector('.plotly-notifier .notifier-note');
        const hit = document.elementFromPoint(close.left + close.width / 2, close.top + close.height / 2);
        const n = note && note.getBoundingClientRect();
        return {close: !!(hit && hit.closest('[data-close]')), hit: hit && hit.outerHTML.slice(0, 80),
                note: !!note && getComputedStyle(note).opacity > 0.5,
                readable: !!n && n.left >= 0 && n.top >= 0 && n.right <= innerWidth && n.bottom <= innerHeight
                          && note.contains(document.elementFromPoint(n.left + n.width / 2, n.top + n.height / 2))};
    }""")
    assert top["note"], "no tip to check"
    assert top["close"], f"the × lies under {top['hit']}"
    assert top["readable"]      # the tip, moved, is still whole on the screen and on top
    page.locator("#detail [data-close]").click()
    expect(page.locator("#detail [data-event]")).to_have_count(0)
    assert not page.errors
