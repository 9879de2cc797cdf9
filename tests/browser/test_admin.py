"""A staff user corrects an event in the admin and sees the correction on the timeline at once."""
import os

import pytest
from django.conf import settings
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.test import Client

from tests.factories import create_actor, create_article, create_event
from timeline.models import Event

# Playwright's sync API runs an event loop in this thread; the tests themselves are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = pytest.mark.browser


def _timeline_page_landed() -> bool:
    try:
        get_template("timeline/index.html")
    except TemplateDoesNotExist:
        return False
    return True


@pytest.fixture
def admin_page(live_server, django_user_model):
    """A Chromium page logged in as staff by session cookie (no login form to drive).

    Its own short-lived Playwright rather than conftest's `staff_page` (pytest-playwright's,
    which keeps one running for the whole session): a sync Playwright cannot start while
    another runs, and test_timeline.py starts its own too. Run first (alphabetically), this
    one is closed before any other starts."""
    user = django_user_model.objects.create_user("desk", password="pw", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(user)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                              "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                              "url": live_server.url}])
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        browser.close()


def test_an_edit_in_the_admin_shows_on_the_timeline_at_once(admin_page, tmp_path):
    article = create_article(title="Petro dan Trump")
    petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
    event = create_event(article=article, actors=[(petro, "initiator"), trump], evidence="bakal menemui",
                         type="meeting", status="planned", date="2026-02-03", summary="Petro akan menemui Trump")
    page = admin_page

    page.goto(f"/admin/timeline/event/{event.pk}/change/")
    expect(page.locator("blockquote.evidence mark")).to_have_text("bakal menemui")  # evidence, highlighted
    page.fill("#id_summary", "Petro dan Trump bertemu di Gedung Putih")
    page.select_option("#id_status", "occurred")
    page.fill("#id_date", "2026-02-04")
    page.screenshot(path=str(tmp_path / "admin-event.png"), full_page=True)
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    event.refresh_from_db()
    assert (event.summary, event.status, event.date, event.edited) == (
        "Petro dan Trump bertemu di Gedung Putih", "occurred", "2026-02-04", True)

    if not _timeline_page_landed():
        pytest.skip("the timeline page (branch ui) has not landed on this branch yet")
    page.goto("/")
    row = page.locator(f'[data-event="{event.pk}"]').first
    expect(row).to_contain_text("Petro dan Trump bertemu di Gedung Putih")
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)
    assert Event.objects.get(pk=event.pk).summary == "Petro dan Trump bertemu di Gedung Putih"
