"""What an operator relies on, checked in a child process with settings of its own (the tests'
database is in memory, where SQLite locks nothing; DEBUG is on): several people uploading at
once on the default database, and errors written to stderr with DEBUG off."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import django, threading
django.setup()
from django.core.management import call_command
from django.db import connection
from timeline.ingest import run_extraction, store_article
call_command("migrate", verbosity=0)
seed = next(p for p in sorted(__import__("pathlib").Path("seeds").glob("*.txt"))).read_text()
articles = [store_article(seed + f"\\n(salinan {n})")[0] for n in range(8)]
connection.close()
errors = []
def extract(article):
    report = run_extraction(article)
    errors.extend([report.error] if report.error else [])
    connection.close()
threads = [threading.Thread(target=extract, args=(a,)) for a in articles]
for t in threads: t.start()
for t in threads: t.join()
print(len(articles), "extracted,", len(errors), "failed:", sorted(set(errors)))
"""


# (with DEBUG off static files are named by their content's hash, from the manifest collectstatic writes)
PRODUCTION = """
import django
django.setup()
from django.core.management import call_command
call_command("collectstatic", interactive=False, verbosity=0)
"""

ERRORS = PRODUCTION + """
from django.test import Client
client = Client(raise_request_exception=False)
print(client.get("/").status_code, client.get("/", HTTP_HOST="elsewhere.example").status_code)
"""


OFF = {"NEWSLINE_DEBUG": "0", "NEWSLINE_SECRET_KEY": "k" * 50}


def run(script, tmp_path, **env):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsline.settings",
           "NEWSLINE_DB_NAME": str(tmp_path / "db.sqlite3"), "NEWSLINE_DB_ENGINE": "django.db.backends.sqlite3",
           "NEWSLINE_STATIC_ROOT": str(tmp_path / "static"), **env}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_articles_extracted_at_the_same_time_all_succeed(tmp_path):
    # (3 uploads at once had 1 failing with "database is locked", 10 had 5)
    assert run(SCRIPT, tmp_path).stdout.strip() == "8 extracted, 0 failed: []"


def test_with_debug_off_server_errors_and_refused_hosts_are_written_to_stderr(tmp_path):
    # (nothing was logged: an operator had no traceback for a 500; here the database has no tables)
    done = run(ERRORS, tmp_path, **OFF)
    assert done.stdout.strip() == "500 400"
    assert "ERROR django.request: Internal Server Error: /\nTraceback (most recent call last):" in done.stderr
    assert "no such table" in done.stderr
    assert "ERROR django.security.DisallowedHost: Invalid HTTP_HOST header: 'elsewhere.example'" in done.stderr


ERROR_PAGES = PRODUCTION + """
from django.test import Client
client = Client(enforce_csrf_checks=True)
page = client.post("/admin/login/", {"username": "a", "password": "b"})
print(page.status_code, "The form could not be checked" in page.content.decode(),
      "browsers send them only over" in page.content.decode())
from django.template.loader import render_to_string
for name in ("500.html", "400.html"):
    print(name, render_to_string(name).count("Newsline"))
"""


def test_error_pages_say_what_happened_without_the_request_or_the_database(tmp_path):
    # (bare "Server Error (500)"; a login refused for want of the secure cookie over http said nothing)
    done = run(ERROR_PAGES, tmp_path, **OFF)
    assert done.stdout.split("\n")[:3] == ["403 True True", "500.html 2", "400.html 2"]


STATIC_NAMES = PRODUCTION + """
call_command("migrate", verbosity=0)
from django.test import Client
print(Client().get("/").content.decode())
"""


def test_with_debug_off_pages_name_static_files_by_their_content(tmp_path):
    # (browsers kept an upgrade's old scripts and styles: same names)
    page = run(STATIC_NAMES, tmp_path, **OFF).stdout
    assert re.search(r'href="/static/timeline/site\.[0-9a-f]{12}\.css"', page)
    assert re.search(r'src="/static/vendor/plotly\.min\.[0-9a-f]{12}\.js"', page)


@pytest.mark.django_db
def test_more_files_than_one_upload_takes_are_refused_with_the_reason(client, settings, uploader):
    # (150 files gave a bare "Bad request", and Django's TooManyFilesSent page with DEBUG on)
    from django.core.files.uploadedfile import SimpleUploadedFile
    page = client.get("/upload/").content.decode()
    assert f'data-max-files="{settings.UPLOAD_MAX_FILES}"' in page and "at most 200 at once" in page
    files = [SimpleUploadedFile(f"{n}.txt", b"Presiden bertemu.") for n in range(settings.UPLOAD_MAX_FILES + 1)]
    response = client.post("/upload/", {"files": files})
    assert response.status_code == 400
    assert "More files were chosen than one upload takes (200): nothing was stored." in response.content.decode()
