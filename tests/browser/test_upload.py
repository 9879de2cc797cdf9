"""The upload page in a real browser."""
import re

from tests.browser.conftest import expect, wait_for_htmx


def test_an_anonymous_visitor_is_sent_to_the_login_page(page):
    page.goto("/upload/")
    expect(page).to_have_url(re.compile(r"/admin/login/\?next=/upload/"))


def test_staff_reach_the_upload_page(staff_page):
    staff_page.goto("/upload/")
    wait_for_htmx(staff_page)
    expect(staff_page.locator("header nav")).to_contain_text("Upload")
