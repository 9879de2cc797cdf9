"""The upload page in a real browser: paste or choose files, see the result, retry a failure."""
import os
import re
import threading
from pathlib import Path

from django.utils import timezone

from tests.browser.conftest import click_marker, expect, wait_for_htmx
from tests.factories import create_article
from timeline import ingest
from timeline.models import Article, content_hash
from timeline.views.upload import ABANDONED

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6a3fdb10b003e92f.txt"


def test_an_anonymous_visitor_is_sent_to_the_login_page(page):
    page.goto("/upload/")
    expect(page).to_have_url(re.compile(r"/admin/login/\?next=/upload/"))


def test_staff_upload_the_seed_and_see_what_was_extracted(staff_page):
    page = staff_page
    page.goto("/upload/")
    page.get_by_label("Paste an article").fill(SEED.read_text(encoding="utf-8"))
    page.get_by_label("Outlet / source").fill("NarayaPost")
    page.get_by_label("Publication date").fill("2026-01-10")
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    result = page.locator("#upload-panel .result")
    expect(result).to_have_count(1)
    expect(result.locator(".badge")).to_have_text("extracted")
    article = Article.objects.get()
    # the answer is under the fresh form: the page takes the reader there, with a line that sums it up
    expect(page.locator("#upload-results")).to_be_focused()
    expect(page.locator("#upload-panel .summary")).to_have_text(
        f"1 article: 1 extracted ({article.events.count()} events).")
    expect(result.get_by_role("link", name="See them on the timeline")).to_have_attribute(
        "href", f"/?article={article.pk}")
    expect(result).to_contain_text("Published 10 Jan 2026")
    expect(page.get_by_label("Paste an article")).to_have_value("")  # a fresh form for the next one
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1  # no page load
    if shot := os.environ.get("NEWSLINE_SCREENSHOT"):
        page.screenshot(path=shot, full_page=True)
    # the events found are listed, the planned meeting of 3 February among them
    assert article.events.count() >= 4
    expect(result.locator("tr.event")).to_have_count(article.events.count())
    meeting = result.locator("tr.event", has_text="2026-02-03").filter(has_text="Meeting")
    expect(meeting).to_contain_text("planned")
    expect(meeting).to_contain_text("Gustavo Petro")
    expect(meeting).to_contain_text("Donald Trump")


def test_while_extracting_a_spinner_turns_beside_a_label_that_stays_still(staff_page):
    # (the label itself had the spinner's class: "Extracting…" turned round a 1rem circle, unreadable)
    page = staff_page
    page.goto("/upload/")
    progress = page.locator("#upload-busy")
    expect(progress).to_be_hidden()
    progress.evaluate("el => el.classList.add('htmx-request')")     # (as htmx marks it during the request)
    expect(progress).to_be_visible()
    expect(progress).to_have_text("Extracting…")
    assert progress.evaluate("el => getComputedStyle(el).animationName") == "none"
    spinner = progress.locator(".busy")
    assert spinner.evaluate("el => getComputedStyle(el).animationName") == "spin"
    label, circle = progress.bounding_box(), spinner.bounding_box()
    assert circle["width"] < 24 and label["width"] > 3 * circle["width"]     # the words laid out beside it
    if shot := os.environ.get("NEWSLINE_SCREENSHOT_BUSY"):
        page.locator(".actions").screenshot(path=shot)


def test_a_file_that_is_not_text_gets_a_message_and_a_failure_can_be_retried(staff_page, monkeypatch, tmp_path):
    page = staff_page
    page.goto("/upload/")
    image = tmp_path / "foto.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    page.get_by_label("or choose files").set_input_files(str(image))
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    expect(page.locator(".field-errors")).to_contain_text("foto.txt is not a text file")
    assert not Article.objects.exists()

    real = ingest.extract
    monkeypatch.setattr(ingest, "extract", lambda *a, **k: 1 / 0)
    text = tmp_path / "berita.md"
    text.write_text("# Berita\n\nPetro menanggapi **ancaman** Trump.\n", encoding="utf-8")
    page.get_by_label("or choose files").set_input_files(str(text))
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    result = page.locator("#upload-panel .result")
    expect(result).to_contain_text("Extraction failed: ZeroDivisionError")

    monkeypatch.setattr(ingest, "extract", real)
    result.get_by_role("button", name="Retry extraction").click()
    wait_for_htmx(page)
    expect(page.locator("#upload-panel .result .badge")).to_have_text("extracted")
    assert Article.objects.get().status == "done"


def test_from_upload_to_the_chart_and_an_events_evidence(staff_page):
    """Issue 2 end to end: upload the seed, follow the link to the timeline of that article,
    see a marker per event dated to the day, click one and read its evidence."""
    page = staff_page
    page.goto("/upload/")
    page.get_by_label("Paste an article").fill(SEED.read_text(encoding="utf-8"))
    page.get_by_label("Publication date").fill("2026-01-10")
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    article = Article.objects.get()
    dated = list(article.events.filter(precision="day").order_by("date_start", "pk"))
    assert len(dated) >= 4

    page.locator("#upload-panel .result").get_by_role("link", name="See them on the timeline").click()
    expect(page).to_have_url(re.compile(rf"/\?article={article.pk}$"))
    expect(page.locator("#chart[data-ready='1']")).to_be_attached()
    drawn = page.evaluate("""() => [].concat(...document.getElementById('chart')._fullData
        .filter(t => t.type !== 'bar').map(t => t.customdata || []))""")
    assert {e.pk for e in dated} <= set(drawn)

    call = next((e for e in dated if e.type == "call"), dated[0])
    click_marker(page, call.pk)
    # the event under the pointer (markers may touch): its detail, with its evidence highlighted
    expect(page).to_have_url(re.compile(r"/events/\d+/"))
    shown = article.events.get(pk=int(re.search(r"/events/(\d+)/", page.url)[1]))
    expect(page.locator("#detail mark").first).to_have_text(shown.evidence.first().quote)


def test_pasted_text_not_uploaded_yet_survives_a_reload_and_goes_once_stored(staff_page):
    # (what a user logged out in another tab gets back after logging in again)
    page = staff_page
    page.goto("/upload/")
    page.get_by_label("Paste an article").fill("Pada 4 Januari 2026, Trump mengancam Petro.")
    page.reload()
    expect(page.get_by_label("Paste an article")).to_have_value("Pada 4 Januari 2026, Trump mengancam Petro.")
    expect(page.locator(".restored")).to_contain_text("not uploaded yet")
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    expect(page.locator("#upload-panel .result")).to_have_count(1)
    page.reload()
    expect(page.get_by_label("Paste an article")).to_have_value("")


def test_a_paste_larger_than_the_tab_keeps_brings_back_no_older_one_after_a_reload(staff_page):
    # (over some 5 million characters sessionStorage refuses it: the paste before it came back instead)
    page = staff_page
    page.goto("/upload/")
    page.get_by_label("Paste an article").fill("Pada 4 Januari 2026, Trump mengancam Petro.")
    page.get_by_label("Paste an article").fill("Trump mengancam Petro. " * 300_000)
    page.reload()
    expect(page.get_by_label("Paste an article")).to_have_value("")


def test_extracting_as_indonesian_updates_the_article_wherever_the_page_shows_it(staff_page):
    english = ("WASHINGTON (Reuters) - U.S. President Donald Trump on Friday threatened Colombian President "
               "Gustavo Petro, saying he would impose tariffs next week if Bogota did not act. Petro "
               "criticized the decision on Saturday and said he would meet the Secretary of State in "
               "Bogota, where the two are to discuss the border and the trade talks that have stalled.")
    article, _ = ingest.store_article(english)
    ingest.run_extraction(article)
    page = staff_page
    page.goto("/upload/")           # the recent list shows it, not extracted
    page.get_by_label("Paste an article").fill(english)
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)             # ... and the upload answers "already uploaded", not extracted
    copies = page.locator(f"li.result[id='result-{article.pk}']")
    expect(copies).to_have_count(2)
    expect(copies.locator(".badge")).to_have_text(["not extracted: English", "not extracted: English"])
    page.locator("#upload-panel").get_by_role("button", name="Extract as Indonesian").click()
    wait_for_htmx(page)
    expect(copies.locator(".badge")).to_have_text(["extracted", "extracted"])
    expect(page.get_by_role("button", name="Extract as Indonesian")).to_have_count(0)


def test_on_a_phone_the_result_and_its_events_fit_the_screen(staff_page):
    # (the events' table of five columns ran 140 pixels off a phone's screen, its summaries cut off)
    page = staff_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/upload/")
    page.get_by_label("Paste an article").fill(SEED.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    rows = page.locator("#upload-panel tr.event")
    expect(rows.first).to_be_visible()
    # the page is taken to the result, its heading focused with the whole of its ring in sight (scrolled to
    # the window's very top, the ring's upper edge was cut off)
    expect(page.locator("#upload-results")).to_be_focused()
    assert page.evaluate("scrollY") > 0 and page.locator("#upload-results").bounding_box()["y"] >= 5
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    meeting = rows.filter(has_text="2026-02-03").filter(has_text="Meeting")
    summary = meeting.locator("td[data-label='Summary']")
    summary.scroll_into_view_if_needed()
    expect(summary).to_be_in_viewport(ratio=1)      # whole, not cut off at the right edge
    expect(summary).to_have_accessible_name(re.compile(r"^Summary: Gustavo Petro meets Donald Trump"))  # (its column named)


def test_a_file_with_a_name_of_250_characters_keeps_its_result_on_the_screen(staff_page, tmp_path):
    # (the name, one word, ran the page 2,000 pixels wide, on a phone as on a laptop)
    page = staff_page
    page.set_viewport_size({"width": 390, "height": 844})
    long = tmp_path / (("laporan_kunjungan_menteri_luar_negeri_" * 7)[:246] + ".TXT")
    long.write_text("Pada 4 Januari 2026, Trump mengancam Petro.", encoding="utf-8")
    empty = tmp_path / ("kosong_" * 34 + ".txt")
    empty.write_bytes(b"")
    page.goto("/upload/")
    page.get_by_label("or choose files").set_input_files([str(long), str(empty)])
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    expect(page.locator("#upload-panel .result")).to_contain_text(long.name)
    expect(page.locator("#upload-panel .not-stored")).to_contain_text(empty.name)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_an_upload_the_server_does_not_answer_with_a_page_is_said_by_the_form(staff_page, settings):
    # (htmx swaps nothing on an error or a lost connection: a text too large for the server, a proxy's
    # 502 on a long batch, the server stopped mid-batch left the page as it was, without a word)
    page = staff_page
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 4096
    page.goto("/upload/")
    page.get_by_label("Paste an article").fill("Trump mengancam Petro. " * 400)
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    alert = page.locator("#upload-panel .request-error[role=alert]")
    expect(alert).to_contain_text("The text sent is larger than the site takes (a pasted article up to 2.0 MB): "
                                  "nothing was stored. Send less at once. The text pasted is still in the form.")
    assert not Article.objects.exists()
    if shot := os.environ.get("NEWSLINE_SCREENSHOT_UNANSWERED"):
        page.locator("#upload-panel").screenshot(path=shot)

    page.route("**/upload/", lambda route: route.fulfill(status=502, body="<html>Bad Gateway</html>"))
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    expect(alert).to_have_count(1)
    expect(alert).to_contain_text("The server stopped or took too long before answering (error 502): what it "
                                  "stored is kept. Reload the page to see it under Recent articles")

    page.unroute("**/upload/")
    page.route("**/upload/", lambda route: route.abort("connectionrefused"))
    page.get_by_label("Paste an article").fill("")
    page.get_by_label("or choose files").set_input_files(str(SEED))
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    expect(alert).to_contain_text("The server stopped or took too long before answering: what it stored is kept.")
    expect(alert).to_contain_text("The files chosen are still in the form.")
    expect(page.get_by_role("button", name="Upload and extract")).to_be_enabled()

    page.unroute("**/upload/")      # (sent again, it goes through, and the message goes)
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    expect(page.locator("#upload-panel .result")).to_have_count(1)
    expect(alert).to_have_count(0)


def test_a_retry_the_server_does_not_answer_is_said_by_its_button(staff_page):
    page = staff_page
    article = create_article(status=Article.Status.FAILED, error="ZeroDivisionError: division by zero")
    page.goto("/upload/")
    page.route("**/retry/", lambda route: route.abort("connectionreset"))
    result = page.locator(f"#result-{article.pk}")
    result.get_by_role("button", name="Retry extraction").click()
    wait_for_htmx(page)
    expect(result.locator(".request-error[role=alert]")).to_contain_text(
        "The server stopped or took too long before answering: what it stored is kept.")


def test_a_file_larger_than_the_limit_is_said_as_it_is_chosen_before_anything_is_sent(staff_page, settings,
                                                                                         tmp_path):
    # (a 20 MB file was sent whole before the answer said "the limit is 2.0 MB"; the form said
    # "each up to the size limit", not which)
    page = staff_page
    settings.UPLOAD_MAX_BYTES = 8192
    page.goto("/upload/")
    expect(page.locator(".field-files .help")).to_contain_text("each up to 8.0 KB (at most 200 at once")
    large = tmp_path / "digest.txt"
    large.write_text("Trump mengancam Petro. " * 1000, encoding="utf-8")
    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    page.get_by_label("or choose files").set_input_files([str(SEED), str(large)])
    note = page.locator(".field-files .chosen-error[role=alert]")
    expect(note).to_have_text("This file is larger than the 8.0 KB a file may be: digest.txt (22.5 KB). "
                              "Choose the others only, or paste the article's text.")
    page.get_by_role("button", name="Upload and extract").click()
    page.wait_for_timeout(300)
    assert posts == [] and not Article.objects.exists()
    if shot := os.environ.get("NEWSLINE_SCREENSHOT_TOO_LARGE"):
        page.locator(".field-files").screenshot(path=shot)

    page.get_by_label("or choose files").set_input_files(str(SEED))
    expect(note).to_have_count(0)
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    expect(page.locator("#upload-panel .result")).to_have_count(1)


def hold_the_third(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Extraction of a text saying "ketiga" waits until the test opens the gate it returns (after the
    event it returns is set: the server waits there)."""
    real, inside, gate = ingest.extract, threading.Event(), threading.Event()

    def held(text, dct=None, lang="id"):
        if "ketiga" in text:
            inside.set()
            gate.wait(timeout=30)
        return real(text, dct=dct, lang=lang)
    monkeypatch.setattr(ingest, "extract", held)
    return inside, gate


def upload_files(page, files):
    """Choose the files on the upload page and send them: the rows of the upload's results."""
    page.goto("/upload/")
    page.get_by_label("or choose files").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Upload and extract").click()
    return page.locator("#upload-panel .result")


def test_an_upload_of_several_is_extracted_one_article_at_a_time_its_progress_shown(staff_page, monkeypatch,
                                                                                     tmp_path):
    # (a batch of 60 files took 14 s behind a spinner, and 200 large ones outlived the server's timeout)
    page = staff_page
    _, gate = hold_the_third(monkeypatch)     # (until the test has looked at the page)
    files = [tmp_path / name for name in ("pertama.txt", "kedua.txt", "ketiga.txt", "keempat.txt")]
    for path, words in zip(files, ("Trump mengancam Petro", "Petro menelepon Trump", "Petro bertemu Trump (ketiga)",
                                   "Kolombia memanggil duta besar AS")):
        path.write_text(f"Pada 4 Januari 2026, {words}.", encoding="utf-8")
    files[3].write_bytes("Pada 5 Januari 2026, Kolombia memanggil duta besar AS ’di Bogotá’.".encode("cp1252"))
    try:
        rows = upload_files(page, files)
        expect(rows).to_have_count(4)
        summary = page.locator("#upload-summary[role=status]")
        expect(summary).to_have_text("Extracting one article at a time: 2 of 4 extracted.")
        expect(rows.nth(2)).to_contain_text("Being extracted (3 of 4)…")
        expect(rows.nth(3)).to_contain_text("Waiting to be extracted (4 of 4).")
        expect(rows.nth(0).locator(".badge")).to_have_text("extracted")
        expect(page.locator("#upload-results")).to_be_focused()     # (where the answer took the reader: kept)
        if shot := os.environ.get("NEWSLINE_SCREENSHOT_TURNS"):
            page.screenshot(path=shot, full_page=True)
    finally:
        gate.set()
    expect(summary).to_have_text(re.compile(r"^4 articles: 4 extracted \(\d+ events?\)\.$"))
    expect(rows.locator(".badge")).to_have_text(["extracted"] * 4)
    events = sum(a.events.count() for a in Article.objects.all())
    expect(summary).to_have_text(f"4 articles: 4 extracted ({events} event{'s' if events != 1 else ''}).")
    expect(page.locator(".turn")).to_have_count(0)
    # what the upload said of a file stays with its result once extracted
    expect(rows.nth(3).locator(".reading")).to_contain_text("keempat.txt: Not UTF-8: read as Windows-1252")
    expect(page.locator("#upload-results")).to_be_focused()
    assert set(Article.objects.values_list("status", flat=True)) == {"done"}
    if shot := os.environ.get("NEWSLINE_SCREENSHOT_TURNS_DONE"):
        page.screenshot(path=shot, full_page=True)


def test_a_turn_the_server_does_not_answer_is_said_in_its_place(staff_page, tmp_path):
    page = staff_page
    files = [tmp_path / "satu.txt", tmp_path / "dua.txt"]
    files[0].write_text("Pada 4 Januari 2026, Trump mengancam Petro.", encoding="utf-8")
    files[1].write_text("Pada 5 Januari 2026, Petro menelepon Trump.", encoding="utf-8")
    page.goto("/upload/")
    page.route("**/retry/", lambda route: route.abort("connectionreset"))
    page.get_by_label("or choose files").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Upload and extract").click()
    wait_for_htmx(page)
    first = page.locator("#upload-panel .result").first
    expect(first.locator(".turn[role=alert]")).to_contain_text(
        "The server stopped or took too long before extracting this article: every article of the upload is stored")
    expect(page.locator("#upload-summary")).to_have_text("Extracting one article at a time: 0 of 2 extracted.")
    expect(page.locator("#upload-results")).to_be_focused()
    assert Article.objects.count() == 2


def test_a_turn_updates_every_copy_of_its_result_the_uploads_notes_staying_in_the_upload(staff_page, monkeypatch,
                                                                                        tmp_path):
    # (a turn updated the upload's copy only, the one in Recent articles staying "not extracted")
    page = staff_page
    text = "Pada 4 Januari 2026, Trump mengancam Petro."
    left = create_article(text=text, title="Tertinggal")
    Article.objects.filter(pk=left.pk).update(content_hash=content_hash(text), status=Article.Status.PENDING,
                                              updated_at=timezone.now() - ABANDONED)
    real = ingest.extract
    monkeypatch.setattr(ingest, "extract", lambda text, **kw: 1 / 0 if "Bogotá" in text else real(text, **kw))
    files = [tmp_path / "lama.txt", tmp_path / "bogota.txt", tmp_path / "baru.txt"]
    files[0].write_text(text, encoding="utf-8")
    files[1].write_bytes("Pada 5 Januari 2026, Kolombia memanggil duta besar AS ’di Bogotá’.".encode("cp1252"))
    files[2].write_text("Pada 6 Januari 2026, Petro menelepon Trump.", encoding="utf-8")
    page.goto("/upload/")
    listed = page.locator(f".recent #result-{left.pk}")
    expect(listed).to_contain_text("Run extraction")
    page.get_by_label("or choose files").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Upload and extract").click()
    summary = page.locator("#upload-summary")
    expect(summary).to_have_text(re.compile(r"^3 articles: 1 extracted .*1 already uploaded \(1 extracted now\), "
                                            r"1 not extracted\.$"))
    uploaded = page.locator(f"#upload-panel #result-{left.pk}")
    expect(uploaded.locator(".badge")).to_have_text("extracted")
    expect(uploaded).to_contain_text("already uploaded")
    expect(listed.locator(".badge")).to_have_text("extracted")      # the copy below too
    expect(listed).not_to_contain_text("already uploaded")           # (the upload's notes stay in its list)
    expect(listed.locator(".upload-notes")).to_have_count(1)
    expect(page.locator(".upload-notes[id]")).to_have_count(3)


def test_a_retry_on_a_failed_row_of_an_upload_keeps_what_the_upload_said_of_it(staff_page, monkeypatch, tmp_path):
    # (Retry dropped the row's notes: here how its file was read)
    page = staff_page
    real = ingest.extract
    monkeypatch.setattr(ingest, "extract", lambda text, **kw: 1 / 0)
    broken = tmp_path / "bogota.txt"
    broken.write_bytes("Pada 5 Januari 2026, Kolombia memanggil duta besar AS ’di Bogotá’.".encode("cp1252"))
    page.goto("/upload/")
    page.get_by_label("or choose files").set_input_files(str(broken))
    page.get_by_role("button", name="Upload and extract").click()
    row = page.locator("#upload-panel .result")
    expect(row.locator(".badge")).to_have_text("extraction failed")
    expect(row.locator(".reading")).to_contain_text("bogota.txt: Not UTF-8: read as Windows-1252")
    monkeypatch.setattr(ingest, "extract", real)
    row.get_by_role("button", name="Retry extraction").click()
    expect(row.locator(".badge")).to_have_text("extracted")
    expect(row.locator(".reading")).to_contain_text("bogota.txt: Not UTF-8: read as Windows-1252")
    expect(page.locator(".recent .result .reading")).to_have_count(0)     # (the copy in Recent articles has none)


def test_an_article_deleted_mid_batch_is_said_so_and_the_others_are_extracted(staff_page, monkeypatch, tmp_path):
    page = staff_page
    inside, gate = hold_the_third(monkeypatch)    # (until the test has deleted the fifth)
    words = ["Trump mengancam Petro", "Petro menelepon Trump", "Petro bertemu Trump (ketiga)",
             "Kolombia memanggil duta besar AS", "Trump <b>mengecam</b> Petro", "Petro mengunjungi Washington"]
    files = []
    for n, said in enumerate(words, start=1):
        path = tmp_path / f"{n}-{'<i>' if n == 5 else ''}berita.txt"
        path.write_text(f"Berita {n}\n\nPada {n} Januari 2026, {said}.", encoding="utf-8")
        files.append(path)
    try:
        rows = upload_files(page, files)
        expect(rows).to_have_count(6)
        expect(rows.nth(2)).to_contain_text("Being extracted (3 of 6)…")
        # (once the server waits in the third's extraction, touching nothing: the test database, in memory,
        # refuses two threads writing at once rather than have one wait)
        assert inside.wait(timeout=10)
        Article.objects.filter(filename="5-<i>berita.txt").delete()     # (in the admin, say)
        if shot := os.environ.get("NEWSLINE_SCREENSHOT_DELETED_MID"):
            page.screenshot(path=shot, full_page=True)
    finally:
        gate.set()
    summary = page.locator("#upload-summary")
    expect(summary).to_have_text(re.compile(r"^6 articles: 5 extracted \(\d+ events?\), 1 deleted meanwhile\.$"))
    expect(rows.nth(4)).to_contain_text("Berita 5")
    expect(rows.nth(4)).to_contain_text("5-<i>berita.txt")
    expect(page.locator("#upload-panel i, #upload-panel b")).to_have_count(0)     # (its name as text, escaped)
    expect(rows.nth(4).locator(".badge")).to_have_text("deleted")
    expect(rows.nth(4).locator(".gone")).to_have_text(
        "This article no longer exists: it was deleted (in the admin, say) before it was extracted.")
    expect(rows.nth(5).locator(".badge")).to_have_text("extracted")
    expect(page.locator(".turn")).to_have_count(0)
    if shot := os.environ.get("NEWSLINE_SCREENSHOT_DELETED_DONE"):
        page.screenshot(path=shot, full_page=True)
