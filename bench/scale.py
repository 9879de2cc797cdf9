"""How extraction time grows with the size of the text: one article repeated 1, 10, 100 and 1000
times (a digest), each step timed on its own.

    .venv/bin/python bench/scale.py [--file ARTICLE] [--copies 1 10 100 1000] [--dct 2026-02-10]

ARTICLE defaults to the seed article (seeds/*.txt, the first); the QA's digest (item 3 of its
report: an ANTARA article repeated 3,000 times, 1.86 MB) was made the same way. Prints, for each
number of copies, the size, the CPU seconds of each step (timexes, sentences, actors, events) and
of the whole, and the CPU time per copy relative to one copy: near 1 when time grows linearly with
the size, growing with the copies when it does not. CPU time of this process (one core), not wall
time: on a shared machine the wall time moves with what else runs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.extraction import extract  # noqa: E402
from timeline.extraction.actors import find_actors  # noqa: E402
from timeline.extraction.events import find_events  # noqa: E402
from timeline.extraction.text import split_sentences  # noqa: E402
from timeline.extraction.timex import tag_timexes  # noqa: E402


def steps(text: str, dct: dt.date) -> dict[str, float]:
    """CPU seconds of each step of `extract` on `text`, as pipeline.py runs them, and of the whole."""
    out = {}
    t0 = time.process_time()
    timexes = tag_timexes(text, dct)
    out["timexes"] = time.process_time() - t0
    t1 = time.process_time()
    sentences = split_sentences(text)
    out["sentences"] = time.process_time() - t1
    t1 = time.process_time()
    actors = find_actors(text, sentences=sentences)
    out["actors"] = time.process_time() - t1
    t1 = time.process_time()
    find_events(text, timexes, actors, dct, sentences=sentences)
    out["events"] = time.process_time() - t1
    t1 = time.process_time()
    extract(text, dct)
    out["extract"] = time.process_time() - t1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", type=Path, default=sorted((ROOT / "seeds").glob("*.txt"))[0])
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 10, 100, 1000])
    ap.add_argument("--dct", type=dt.date.fromisoformat, default=dt.date(2026, 2, 10))
    args = ap.parse_args()

    article = args.file.read_text(encoding="utf-8").strip() + "\n\n"
    extract(article, args.dct)          # warm up: compile the rules, load the data
    print(f"{args.file.name}, {len(article.encode()) / 1024:.1f} KB a copy; CPU seconds")
    print(f"{'copies':>7} {'size':>9} {'timexes':>8} {'sentences':>9} {'actors':>8} {'events':>8} "
          f"{'extract':>8} {'per copy vs 1':>14}")
    one = None
    for n in args.copies:
        text = article * n
        t = steps(text, args.dct)
        per_copy = t["extract"] / n
        one = one or per_copy
        size = len(text.encode()) / 1024
        print(f"{n:>7} {size:>7.0f}KB {t['timexes']:>8.3f} {t['sentences']:>9.3f} {t['actors']:>8.3f} "
              f"{t['events']:>8.3f} {t['extract']:>8.3f} {per_copy / one:>13.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
