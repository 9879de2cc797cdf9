"""The timeline by keyboard on a laptop's and a tablet's screen, with more events than one page of
the list: where the focus goes, and that it is never out of sight or under the detail's sheet.
Fixtures in tests/browser/conftest.py."""
import pytest
from playwright.sync_api import Page

from tests.browser.conftest import expect
from tests.factories import create_actor, create_article, create_event

ROWS = "#event-list .ev"

# Where the focused element is: above the window's top, below its bottom, or under the open sheet
WHERE = """() => {
    const a = document.activeElement, box = a.getBoundingClientRect();
    const panel = document.getElementById('detail'), sheet = panel.getBoundingClientRect();
    const open = panel.classList.contains('open') && getComputedStyle(panel).position === 'fixed';
    return {event: a.dataset.event || null, inPanel: panel.contains(a), top: box.top, bottom: box.bottom,
            window: innerHeight, underSheet: open && !panel.contains(a) && box.bottom > sheet.top};
}"""


@pytest.fixture
def sixty_events():
    """60 events on 60 days (one page of the list is 50), each of its own pair of actors."""
    article = create_article(title="Enam puluh pertemuan")
    actors = [create_actor(f"Menteri {n}") for n in range(61)]
    return [create_event(article, [actors[n], actors[n + 1]], date=f"2025-{1 + n // 28:02d}-{1 + n % 28:02d}",
                         summary=f"Pertemuan ke-{n + 1}") for n in range(60)]


def keyboard_page(browser, live_server, width, height):
    context = browser.new_context(base_url=live_server.url, viewport={"width": width, "height": height},
                                  has_touch=width < 1000)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto("/")
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()
    return context, page


def open_by_keyboard(page, n: int):
    """Focus the list's row `n` and open its detail with Enter: (its event's id, the detail, focused)."""
    row = page.locator(ROWS).nth(n)
    pk = row.get_attribute("data-event")
    row.focus()
    page.keyboard.press("Enter")
    detail = page.locator(f"#detail .detail[data-event='{pk}']")
    expect(detail).to_be_focused()
    return pk, detail


def escape_to_row_in_sight(page, pk) -> None:
    """Escape closes the detail: the focus is back on the row of event `pk`, which is in sight."""
    page.keyboard.press("Escape")
    expect(page.locator(f"{ROWS}[data-event='{pk}']")).to_be_focused()
    where = page.evaluate(WHERE)
    assert 0 <= where["top"] and where["bottom"] <= where["window"], where
    assert not page.errors


def test_on_a_tablet_the_keyboard_never_goes_under_the_detail_sheet(browser, live_server, sixty_events):
    context, page = keyboard_page(browser, live_server, 768, 1024)
    pk, _ = open_by_keyboard(page, 3)
    expect(page.locator("#detail")).to_have_class("detail-panel open")

    # Shift+Tab leaves the sheet for the end of the list: "More events…", which loads the next page
    # and hands the focus to its first row (it was dropped on <body>), above the sheet (it was under it)
    page.keyboard.press("Shift+Tab")
    expect(page.locator(ROWS)).to_have_count(60)
    expect(page.locator(ROWS).nth(50)).to_be_focused()
    where = page.evaluate(WHERE)
    assert not where["underSheet"] and 0 <= where["top"] and where["bottom"] <= where["window"]

    # the list's last row can be scrolled above the sheet (the sheet covered the last rows)
    last = page.locator(ROWS).last
    last.focus()
    where = page.evaluate(WHERE)
    assert not where["underSheet"], where

    # Escape closes the sheet and the focus is back on the row opened, in sight
    escape_to_row_in_sight(page, pk)
    context.close()


def test_on_a_laptop_escape_brings_the_focus_back_to_its_row_in_sight(browser, live_server, sixty_events):
    context, page = keyboard_page(browser, live_server, 1366, 768)
    pk, detail = open_by_keyboard(page, 10)
    # the keyboard goes on from the detail's last link to the page's top (the row is out of sight)...
    links = detail.locator("a[href]").count()
    for _ in range(links + 2):
        page.keyboard.press("Tab")
    assert page.evaluate("scrollY") == 0
    # ... Escape closes the detail, and its row is focused and brought into sight (it was focused off-screen)
    escape_to_row_in_sight(page, pk)
    context.close()


def test_more_events_reached_with_the_keyboard_hands_the_focus_to_the_first_row_it_loads(browser, live_server,
                                                                                       sixty_events):
    context, page = keyboard_page(browser, live_server, 1366, 768)
    expect(page.locator(ROWS)).to_have_count(50)
    page.locator(ROWS).nth(49).focus()
    page.keyboard.press("Tab")          # "More events…": in sight, it loads the next rows in its place
    expect(page.locator(ROWS)).to_have_count(60)
    expect(page.locator(ROWS).nth(50)).to_be_focused()      # (the focus was dropped on <body>)
    page.keyboard.press("Tab")
    expect(page.locator(ROWS).nth(51)).to_be_focused()
    assert not page.errors
    context.close()


def test_on_a_small_screen_the_filters_fold_so_that_the_chart_shows_and_say_what_is_set(browser, live_server,
                                                                                      sixty_events):
    # (at 1024 by 768 the filters filled the first screen: the chart began 640 pixels down)
    context, page = keyboard_page(browser, live_server, 1024, 768)
    assert page.locator(".chart-wrap").bounding_box()["y"] < 768 / 2
    expect(page.locator("#id_q")).to_be_visible()
    expect(page.locator("#id_actor")).to_be_visible()
    expect(page.locator("#id_article")).to_be_visible()
    expect(page.locator(".filter-row.chips")).to_be_hidden()
    toggle = page.locator(".filters-toggle")
    expect(toggle).to_have_text("More filters")
    # Tab reaches it where it is shown, after Article's finder (it came first, before Search)
    page.locator("#id_article ~ .finder").focus()
    page.keyboard.press("Tab")
    expect(toggle).to_be_focused()

    # a view narrowed by filters folded away says so on the button
    page.goto("/?type=meeting&start=2025-01-01")
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()
    expect(toggle).to_have_text("More filters · 2 set")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_text("Fewer filters")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.locator(".filter-row.chips")).to_be_visible()
    expect(page.locator("#id_start")).to_have_value("2025-01-01")

    # a tall screen keeps every filter in sight, no button
    page.set_viewport_size({"width": 1920, "height": 1080})
    expect(toggle).to_be_hidden()
    expect(page.locator(".filter-row.chips")).to_be_visible()
    assert not page.errors
    context.close()


# Every filter the fold holds, each shown once "More filters" is opened
FOLDED = ["#id_several", "#id_with", "#id_alone", "#id_start", "#id_end", "#id_confidence", ".filter-row.chips"]


@pytest.mark.parametrize("width, height", [(1366, 768), (1280, 720)])
def test_on_a_short_laptop_screen_the_filters_fold_so_that_the_chart_shows(browser, live_server, sixty_events,
                                                                         width, height):
    # (at 1366 by 768 the filters took 340 pixels, at 1280 by 720 400: the chart's plot began at 490
    # and 550, most of it under the window's bottom, and a browser's bars take 90 more of the screen)
    context, page = keyboard_page(browser, live_server, width, height)
    plot = page.locator("#chart .nsewdrag").first.bounding_box()      # (the plot's area, under the range buttons)
    assert plot["y"] < height / 2, plot
    for name in ("#id_q", "#id_actor", "#id_article"):
        expect(page.locator(name)).to_be_visible()
    toggle = page.locator(".filters-toggle")
    expect(toggle).to_have_text("More filters")
    for name in FOLDED:
        expect(page.locator(name).first).to_be_hidden()

    # a link narrowed by three folded filters says so; Search, in sight, is not counted
    page.goto("/?q=Pertemuan&type=meeting&several=on&start=2025-01-01&confidence=0.7")
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()
    expect(toggle).to_have_text("More filters · 4 set")
    page.locator("#id_article ~ .finder").focus()
    page.keyboard.press("Tab")          # the button comes after the filters in sight
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    for name in FOLDED:
        expect(page.locator(name).first).to_be_visible()
    expect(page.locator("#id_start")).to_have_value("2025-01-01")
    expect(page.locator("#id_confidence")).to_have_value("0.7")
    page.keyboard.press("Tab")          # ... and then the filters it opened, Types first
    expect(page.locator(".filter-row.chips input").first).to_be_focused()

    # unfolded, the filters push the chart down and lie over nothing; the chart still answers
    form, wrap = page.locator("#filters").bounding_box(), page.locator(".chart-wrap").bounding_box()
    assert form["y"] + form["height"] <= wrap["y"]
    page.locator("#png").focus()
    page.keyboard.press("Tab")          # to the chart, whose + zooms in: the list follows
    expect(page.locator("#chart")).to_be_focused()
    page.keyboard.press("+")
    expect(page.locator("#event-list-title")).to_contain_text("in the visible range")
    assert not page.errors
    context.close()


def test_the_charts_toolbar_shows_the_sites_focus_ring(browser, live_server, sixty_events):
    # (Plotly's own was a faint 1-pixel black ring round a faint grey icon)
    context, page = keyboard_page(browser, live_server, 1366, 768)
    button = page.locator("#chart .modebar-btn").first
    page.locator(".rangeselector .button").last.focus()     # "all", just before the toolbar
    page.keyboard.press("Tab")
    expect(button).to_be_focused()
    ring = button.evaluate("b => [getComputedStyle(b).outlineWidth, getComputedStyle(b).outlineColor]")
    assert ring == ["3px", "rgb(31, 95, 191)"]
    context.close()


def test_the_keyboard_zooms_and_moves_the_chart_and_the_list_follows(browser, live_server, sixty_events):
    # (only a mouse's drag or a finger zoomed into a chosen period; 1m, 6m and 1y count back from the last event)
    context, page = keyboard_page(browser, live_server, 1366, 768)
    chart = page.locator("#chart")
    x_range = "() => document.getElementById('chart')._fullLayout.xaxis.range.map(s => String(s).slice(0, 10))"
    page.locator("#png").focus()
    page.keyboard.press("Tab")
    expect(chart).to_be_focused()
    expect(page.locator(".chart-keys")).to_be_visible()        # the keys are said while the chart has the focus
    opened = page.evaluate(x_range)
    page.keyboard.press("+")
    expect(page.locator("#event-list h2")).to_contain_text("in the visible range")
    zoomed = page.evaluate(x_range)
    assert opened[0] < zoomed[0] and zoomed[1] < opened[1]
    page.wait_for_function("() => location.search.includes('view_start=')")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"() => ({x_range})()[0] < '{zoomed[0]}'")
    expect(chart).to_be_focused()
    page.keyboard.press("0")                                    # every date, as "all"
    expect(page.locator("#event-list h2")).not_to_contain_text("visible range")
    page.wait_for_function("() => !location.search.includes('view_start')")
    expect(page.locator(ROWS)).to_have_count(50)
    assert not page.errors
    context.close()


def test_a_chart_clicked_with_the_mouse_leaves_the_arrows_to_the_page(browser, live_server, sixty_events):
    context, page = keyboard_page(browser, live_server, 1366, 768)
    x_range = "() => document.getElementById('chart')._fullLayout.xaxis.range.map(String)"
    opened = page.evaluate(x_range)
    box = page.locator("#chart").bounding_box()
    page.mouse.click(box["x"] + 4, box["y"] + 4)       # (its top left corner, outside the plot: focuses it)
    expect(page.locator("#chart")).to_be_focused()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(400)
    assert page.evaluate(x_range) == opened and "view_start" not in page.url
    expect(page.locator(".chart-keys")).to_be_hidden()
    context.close()
