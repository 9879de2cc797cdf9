"""An upload of several files through the upload page: time to the first answer, and to the last article extracted.

    .venv/bin/python bench/upload.py FOLDER [--files 50] [--htmx]

Uploads the first --files .txt files of FOLDER (say, the 50 articles of ../shared/corpus/kompas-2014)
in one request through Django's test client as a superuser, into a throwaway database. Without
--htmx the request is a plain form's, which extracts every article before answering. With --htmx
the answer lists the articles waiting, and the page extracts them one request each: the bench
follows the chain as the browser does (each answer names the next article's turn) and reports the
first answer, the slowest request and the whole.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import tempfile
import time
from pathlib import Path

# bench/timeline.py, loaded under another name (it would shadow the timeline package).
_spec = importlib.util.spec_from_file_location("bench_timeline", Path(__file__).resolve().parent / "timeline.py")
bench_timeline = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_timeline)

_TURN = re.compile(r'hx-post="(?P<url>/upload/\d+/retry/)" hx-trigger="load" hx-swap="none" hx-vals="(?P<vals>[^"]*)"')


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--htmx", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_timeline.setup_django(str(Path(tmp) / "bench.sqlite3"))
        import html
        import json

        from django.contrib.auth import get_user_model
        from django.core.files.uploadedfile import SimpleUploadedFile
        from django.test import Client

        from timeline.models import Article

        user = get_user_model().objects.create_superuser("bench", "bench@example.com", "pw")
        client = Client()
        client.force_login(user)
        paths = sorted(args.folder.glob("*.txt"))[:args.files]
        files = [SimpleUploadedFile(p.name, p.read_bytes()) for p in paths]
        headers = {"HX-Request": "true"} if args.htmx else {}
        client.get("/upload/")      # (a warm server: its modules and templates loaded)
        start = time.perf_counter()
        answer = client.post("/upload/", {"files": files}, headers=headers).content.decode()
        first = time.perf_counter() - start
        slowest, steps = first, 0
        while turn := _TURN.search(answer):
            began = time.perf_counter()
            answer = client.post(turn["url"], json.loads(html.unescape(turn["vals"])), headers=headers).content.decode()
            slowest, steps = max(slowest, time.perf_counter() - began), steps + 1
        whole = time.perf_counter() - start
        done = Article.objects.filter(status="done").count()
        print(f"{len(files)} files, {'htmx' if args.htmx else 'plain form'}: first answer {first:.2f} s, "
              f"{steps} requests after it, the slowest {slowest:.2f} s, all {whole:.2f} s; "
              f"{done} of {Article.objects.count()} articles extracted")


if __name__ == "__main__":
    main()
