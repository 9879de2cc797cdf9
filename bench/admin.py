"""The admin's review pages at scale: server time and queries with 1k and 10k events.

    .venv/bin/python bench/admin.py [--sizes 1000,10000] [--runs 5]

Builds the same throwaway database as bench/timeline.py (its `populate`: synthetic events,
a few hundred actors), then times, through Django's test client as a superuser, the event
review list (plain, searched, filtered by actor and by article), the event and actor change
pages and the actor and article lists: median ms of --runs, and the number of SQL queries.
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import tempfile
import time
from pathlib import Path

# bench/timeline.py, loaded under another name (it would shadow the timeline package).
_spec = importlib.util.spec_from_file_location("bench_timeline", Path(__file__).resolve().parent / "timeline.py")
bench_timeline = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_timeline)
populate, setup_django = bench_timeline.populate, bench_timeline.setup_django


def timed(client, url: str, runs: int) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    client.get(url)  # warm up
    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), len(queries.captured_queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if bench_timeline.each_size_apart(__file__, sizes, args.runs,
                                      f"{'events':>8}  {'admin page':<40} {'median ms':>9} {'queries':>7}"):
        return
    n = sizes[0]
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(str(Path(tmp) / "bench.sqlite3"))
        populate(n)
        from django.contrib.auth.models import User
        from django.test import Client
        from timeline.models import Actor, Article, Event
        client = Client()
        client.force_login(User.objects.create_superuser("bench", "bench@example.com", "bench"))
        actor = Actor.objects.order_by("pk").first()
        event, article = Event.objects.order_by("pk").first(), Article.objects.order_by("pk").first()
        cases = [
            ("event list (review order)", "/admin/timeline/event/"),
            ("event list, search", "/admin/timeline/event/?q=sintetis+nomor+12"),
            ("event list, busiest actor", f"/admin/timeline/event/?actor={actor.pk}"),
            ("event list, one article", f"/admin/timeline/event/?article__id__exact={article.pk}"),
            ("event change page", f"/admin/timeline/event/{event.pk}/change/"),
            ("actor list", "/admin/timeline/actor/"),
            ("actor change page (busiest)", f"/admin/timeline/actor/{actor.pk}/change/"),
            ("article list", "/admin/timeline/article/"),
        ]
        for name, url in cases:
            ms, queries = timed(client, url, args.runs)
            print(f"{n:>8}  {name:<40} {ms:>9.1f} {queries:>7}")


if __name__ == "__main__":
    main()
