"""Browser tests: Playwright driving Debian's Chromium against Django's live server.

Fixtures for every browser test:

- `live_server` (pytest-django): the site on a free port; the tests using it get a
  transactional database that is flushed after each test, so keep browser tests few.
- `page`: a fresh Playwright page whose relative URLs (`page.goto("/upload/")`) go to the
  live server; anonymous. `context` and `browser` are there too.
- `staff_page`: the same, logged in as `staff_user` (tests/conftest.py) by session cookie
  (no login form to drive).
- `wait_for_htmx(page)`: returns once htmx has loaded and no htmx request is in flight.
- `expect` (re-exported from playwright.sync_api) with a 10 s default timeout.

Each test gets its own short-lived Playwright and Chromium (these fixtures override
pytest-playwright's session-wide ones): a sync Playwright cannot start while another one
runs, so a test that starts its own with `sync_playwright()` works beside these in any order.
Chromium is `$CHROMIUM` (default /usr/bin/chromium); Playwright's own browser download is
never used. Every test in this folder is marked `browser` (`pytest -m "not browser"` skips them).
"""
import os

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Page, expect, sync_playwright

# Playwright's sync API runs an asyncio loop in the main thread; Django's ORM refuses to run
# while a loop is running unless told that this is fine (it is: the tests are synchronous).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

expect.set_options(timeout=10_000)

__all__ = ["expect", "wait_for_htmx"]


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here + os.sep):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def base_url():
    """Overrides pytest-playwright's fallback fixture, a method that pytest 9 warns about
    (PytestRemovedIn10Warning, an error here). The base URL is the live server's."""
    return None


@pytest.fixture
def browser():
    """Debian's Chromium, headless, without sandbox (CI runs as root), for one test."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium or set CHROMIUM")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def page(context) -> Page:
    return context.new_page()


@pytest.fixture
def staff_page(page: Page, context, live_server, staff_user) -> Page:
    """A page logged in as `staff_user`, by putting a real session cookie in the browser."""
    client = Client()
    client.force_login(staff_user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}])
    return page


def wait_for_htmx(page: Page, timeout: float = 10_000) -> None:
    """Wait until htmx is loaded and has no request in flight (nor content still settling)."""
    page.wait_for_function(
        "() => window.htmx !== undefined"
        " && !document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping')",
        timeout=timeout)


def click_marker(page: Page, event_pk: int) -> None:
    """Click the chart where Plotly drew the event (its first point)."""
    xy = page.evaluate("""pk => {
        const gd = document.getElementById('chart');
        for (const trace of gd._fullData) {
            const i = (trace.customdata || []).indexOf(pk);
            if (i < 0 || trace.type === 'bar') continue;
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, box = gd.getBoundingClientRect();
            return [box.left + xa._offset + xa.d2p(trace.x[i]), box.top + ya._offset + ya.d2p(trace.y[i])];
        }
    }""", event_pk)
    assert xy, f"no marker for event {event_pk}"
    page.mouse.move(*xy)
    page.mouse.click(*xy)
