"""Tagging throughput (articles per second) on the dev articles, beside dateparser.

    .venv/bin/python bench/timex.py [--gold DIR] [--seconds S]

Runs `tag_timexes` and `dateparser.search.search_dates` over the same texts in the same
run and prints both rates and their ratio. The headline is the first pass (what the tagger
remembers is emptied before each timed pass), since real use tags each article once; the
rate over repeated passes is printed beside it. Not a test: it prints figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "dev"


def rate(fn, docs, min_seconds: float, before=None) -> float:
    """Articles per CPU second: whole passes over the documents until min_seconds have passed.

    CPU time of this process, not wall time, so that other work on a shared machine does
    not count against whichever tool happened to run while it was busy. `before` runs (untimed)
    before each pass: for a first-pass rate it empties what the tagger remembers.
    """
    n, spent = 0, 0.0
    while True:
        if before:
            before()
        start = time.process_time()
        for text, dct in docs:
            fn(text, dct)
        spent += time.process_time() - start
        n += len(docs)
        if spent >= min_seconds:
            return n / spent


def best_rates(tools: dict, docs, seconds: float, rounds: int = 5, before: dict | None = None) -> dict:
    """The best rate of each tool over a few interleaved rounds (as timeit does: the best
    run is the one least disturbed by whatever else the machine is doing)."""
    best = {name: 0.0 for name in tools}
    before = before or {}
    for _ in range(rounds):
        for name, fn in tools.items():
            best[name] = max(best[name], rate(fn, docs, seconds / rounds, before.get(name)))
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="a folder of NAME.txt (+ NAME.json with dct)")
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum time per tool")
    args = ap.parse_args()
    paths = sorted(args.gold.glob("*.txt")) if args.gold.is_dir() else []
    if not paths:
        print(f"no dev articles at {args.gold} (../shared absent?): nothing to measure")
        return 0
    docs = []
    for p in paths:
        meta = p.with_suffix(".json")
        dct = dt.date.fromisoformat(json.loads(meta.read_text())["dct"]) if meta.exists() else None
        docs.append((p.read_text(encoding="utf-8"), dct))

    from timeline.extraction.timex import tag_timexes
    from timeline.extraction import extract
    warnings.simplefilter("ignore")
    from dateparser.search import search_dates

    def ours(text, dct):
        return tag_timexes(text, dct)

    def full(text, dct):
        return extract(text, dct)

    def theirs(text, dct):
        base = dt.datetime.combine(dct or dt.date.today(), dt.time())
        return search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base, "DATE_ORDER": "DMY"})

    ours(*docs[0]), theirs(*docs[0])                     # warm up: compile rules, load language data
    chars = sum(len(t) for t, _ in docs)
    print(f"{len(docs)} articles, {chars / len(docs):.0f} characters on average, from {args.gold}")
    # The headline is the first pass: real use tags each article once. The tagger remembers what
    # a wording means and how a value resolves on a date, which repeated passes over the same
    # texts flatter, so each first-pass run starts with both memories emptied.
    from timeline.extraction.timex import language
    from timeline.extraction.resolve import _resolve_on_dct

    def forget():
        language("id").meanings.clear()
        _resolve_on_dct.cache_clear()

    def first_pass(text, dct):
        return tag_timexes(text, dct)

    rates = best_rates({"first": first_pass, "ours": ours, "full": full, "theirs": theirs}, docs, args.seconds,
                       before={"first": forget})
    r_first, r_ours, r_full, r_theirs = rates["first"], rates["ours"], rates["full"], rates["theirs"]
    print(f"tag_timexes, first pass      {r_first:10.1f} articles/s  ({1000 / r_first:.2f} ms an article)")
    print(f"tag_timexes, repeated passes {r_ours:10.1f} articles/s  ({1000 / r_ours:.2f} ms an article)")
    print(f"extract (whole pipeline)     {r_full:10.1f} articles/s")
    print(f"dateparser.search_dates      {r_theirs:10.1f} articles/s  ({1000 / r_theirs:.2f} ms an article)")
    print(f"ratio tag_timexes/dateparser, first pass {r_first / r_theirs:6.1f}x   (the headline)")
    print(f"ratio tag_timexes/dateparser, repeated   {r_ours / r_theirs:6.1f}x")
    print("(CPU time of this process; best of 5 interleaved rounds each; dateparser at its own repeated rate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
