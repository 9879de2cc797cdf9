"""A staff user corrects an event in the admin and sees the correction on the timeline at once.
Fixtures (`staff_page`, `expect`) in tests/browser/conftest.py."""
from playwright.sync_api import Page

from tests.browser.conftest import expect
from tests.factories import create_actor, create_article, create_event
from timeline.models import Event


def test_an_edit_in_the_admin_shows_on_the_timeline_at_once(staff_page: Page, tmp_path):
    article = create_article(title="Petro dan Trump")
    petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
    event = create_event(article=article, actors=[(petro, "initiator"), trump], evidence="bakal menemui",
                         type="meeting", status="planned", date="2026-02-03", summary="Petro akan menemui Trump")
    page = staff_page

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

    page.goto("/")
    row = page.locator(f'#event-list [data-event="{event.pk}"]')
    expect(row).to_contain_text("Petro dan Trump bertemu di Gedung Putih")
    expect(row).to_contain_text("4 Feb 2026")
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)
    assert Event.objects.get(pk=event.pk).edited
