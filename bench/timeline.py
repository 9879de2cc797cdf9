"""Timeline endpoints at scale: server time and payload size with 1k, 10k and 100k events.

    .venv/bin/python bench/timeline.py [--sizes 1000,10000,100000] [--runs 5]

Builds a throwaway SQLite database (in a temporary directory) per size, fills it with
synthetic events (bulk inserts: a few hundred actors, a busy few, every type, status and
precision, five years of dates, ~2% undated), then times the page, the list and the chart
through Django's test client (so: view, queries and template, no network), median of --runs.
Target (issue 5): with 10,000 events the chart and list endpoints answer within 300 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(db_path: str) -> None:
    os.environ["NEWSLINE_DB_NAME"] = db_path
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsline.settings")
    import django
    django.setup()
    from django.conf import settings
    settings.ALLOWED_HOSTS = ["testserver"]
    from django.core.management import call_command
    call_command("migrate", verbosity=0)


def populate(n: int, seed: int = 5) -> None:
    from timeline.extraction.taxonomy import EVENT_TYPE_CODES
    from timeline.extraction.types import period_of, precision_of
    from timeline.models import Actor, Article, Event, Participant, alias_key

    rnd = random.Random(seed)
    articles = Article.objects.bulk_create(
        [Article(title=f"Artikel {i}", raw_text=f"teks {i}", text=f"teks {i}", content_hash=f"{i:064d}",
                 status="done", published=dt.date(2026, 1, 1)) for i in range(max(1, n // 20))])
    names = [f"Aktor {i} {'Kementerian Luar Negeri' if i % 7 == 0 else ''}".strip() for i in range(300)]
    actors = Actor.objects.bulk_create([Actor(name=n, key=alias_key(n), kind="person") for n in names])
    weights = [1 / (i + 1) for i in range(len(actors))]  # a few busy actors, a long tail
    start = dt.date(2021, 1, 1)
    statuses = ["occurred"] * 7 + ["planned"] * 2 + ["hypothetical", "cancelled"]
    events = []
    for i in range(n):
        day = start + dt.timedelta(days=rnd.randrange(5 * 365))
        kind = rnd.random()
        if kind < 0.02:
            date = ""
        elif kind < 0.80:
            date = day.isoformat()
        elif kind < 0.90:
            date = f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}"
        elif kind < 0.97:
            date = f"{day:%Y-%m}"
        else:
            date = str(day.year)
        span = period_of(date)
        events.append(Event(
            type=rnd.choice(EVENT_TYPE_CODES), status=rnd.choice(statuses), date=date,
            precision=precision_of(date) or "", date_start=span[0] if span else None,
            date_end=span[1] if span else None, summary=f"Peristiwa sintetis nomor {i} <b>&</b>",
            confidence=0.7, article=rnd.choice(articles), origin="machine"))
    Event.objects.bulk_create(events, batch_size=2000)
    parts = []
    for event in Event.objects.only("pk").iterator():
        chosen = set(rnd.choices(actors, weights=weights, k=rnd.choice((1, 2, 2, 3))))
        parts += [Participant(event_id=event.pk, actor=a, role="participant") for a in chosen]
    Participant.objects.bulk_create(parts, batch_size=5000)
    # one evidence quote an event, in Indonesian, as extraction stores them (searched by `q`)
    from timeline.models import Evidence
    verbs = ["bertemu", "menandatangani perjanjian", "mengecam", "menelepon", "berkunjung ke", "menyatakan"]
    Evidence.objects.bulk_create([
        Evidence(event_id=pk, article_id=article_id, start=0, end=60, sentence_start=0, sentence_end=60,
                 quote=f"Menteri {rnd.choice(verbs)} mitranya soal nelayan {pk % 97} di perbatasan")
        for pk, article_id in Event.objects.values_list("pk", "article_id").iterator()], batch_size=5000)


def timed(client, url: str, runs: int, headers=None) -> tuple[float, int]:
    times, size = [], 0
    client.get(url, headers=headers or {})  # warm up
    for _ in range(runs):
        t0 = time.perf_counter()
        response = client.get(url, headers=headers or {})
        # (a streamed export is written as it is read: read it whole, within the time)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        size = len(body)
    return statistics.median(times), size


def each_size_apart(script: str, sizes: list[int], runs: int, header: str) -> bool:
    """With several sizes, run `script` once a size, each in its own process (one database each,
    Django settings kept simple), under one `header`; True when it did."""
    if len(sizes) < 2:
        return False
    import subprocess
    print(header)
    for n in sizes:
        only = sys.argv[sys.argv.index("--only"):][:2] if "--only" in sys.argv else []
        subprocess.run([sys.executable, script, "--sizes", str(n), "--runs", str(runs), *only], check=True)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="only the endpoints whose label has these words")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if each_size_apart(__file__, sizes, args.runs, f"{'events':>8}  {'endpoint':<34} {'median ms':>9} {'payload':>10}"):
        return
    n = sizes[0]
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(str(Path(tmp) / "bench.sqlite3"))
        t0 = time.perf_counter()
        populate(n)
        build = time.perf_counter() - t0
        from django.test import Client
        from django.urls import reverse
        from timeline.models import Actor, Event
        busiest = Actor.objects.order_by("pk").first().pk
        client = Client()
        htmx = {"HX-Request": "true"}
        cases = [
            ("page /", reverse("timeline:index"), None),
            ("list /events/", reverse("timeline:events"), htmx),
            ("list, 3rd page", reverse("timeline:events") + "?page=3", htmx),
            ("list, one month visible", reverse("timeline:events") + "?view_start=2024-03-01&view_end=2024-03-31", htmx),
            ("chart /chart.json", reverse("timeline:chart"), None),
            ("chart, type lanes", reverse("timeline:chart") + "?lanes=type", None),
            ("chart, one month visible", reverse("timeline:chart") + "?view_start=2024-03-01&view_end=2024-03-31", None),
            ("chart, busiest actor", reverse("timeline:chart") + f"?actor={busiest}", None),
            ("list, search (summary or actor)", reverse("timeline:events") + "?q=kementerian", htmx),
            ("list, search two words", reverse("timeline:events") + "?q=kementerian+luar", htmx),
            ("list, search a word of the evidence", reverse("timeline:events") + "?q=nelayan+12", htmx),
            ("chart, search two words", reverse("timeline:chart") + "?q=aktor+kementerian", None),
            ("export CSV", reverse("timeline:export", args=["csv"]) + "?view_start=2024-01-01&view_end=2024-12-31", None),
        ]
        print(f"{n:>8,}  (built in {build:.1f} s: {Event.objects.count():,} events)")
        for label, url, headers in cases:
            if args.only and args.only not in label:
                continue
            ms, size = timed(client, url, args.runs, headers)
            print(f"{n:>8,}  {label:<34} {ms:>9.1f} {size / 1024:>8.1f} kB", flush=True)


if __name__ == "__main__":
    main()
