"""Machine instructions per article for extraction, counted by valgrind's callgrind: a cost that,
unlike time, does not move with what else the machine is doing (on a shared two-core machine the
time of one run moves by 5-10% from one hour to the next, instructions by less than 0.1%).

    .venv/bin/python bench/instructions.py [--step all|timexes|sentences|actors|events] [--root DIR]

Counts one process running `--passes` passes over the dev articles (../shared/gold/dev, else
seeds/) and one running two passes fewer; the difference, divided by the articles extracted in
those passes, is the cost of one article, without start-up and warm-up. `events` re-tags the
timexes each time (find_events changes them), so it includes the timex step. `--root` measures
another checkout (a `git worktree` of an older commit, say) with this project's Python. Needs
valgrind (Debian package `valgrind`); without it, says so and exits.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# what one measured process runs: `passes` passes of one step over the articles
RUN = """
import datetime as dt, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from timeline.extraction import extract
from timeline.extraction.actors import find_actors
from timeline.extraction.events import find_events
from timeline.extraction.text import split_sentences
from timeline.extraction.timex import tag_timexes
step, passes, paths = sys.argv[2], int(sys.argv[3]), sys.argv[4:]
texts = [Path(p).read_text(encoding="utf-8") for p in paths]
dct = dt.date(2026, 1, 10)
sentences = [split_sentences(t) for t in texts]
actors = [find_actors(t, sentences=s) for t, s in zip(texts, sentences)]
for t in texts:
    extract(t, dct)
steps = {
    "all": lambda i, t: extract(t, dct),
    "timexes": lambda i, t: tag_timexes(t, dct),
    "sentences": lambda i, t: split_sentences(t),
    "actors": lambda i, t: find_actors(t, sentences=sentences[i]),
    "events": lambda i, t: find_events(t, tag_timexes(t, dct), actors[i], dct, sentences=sentences[i]),
}
run = steps[step]
for _ in range(passes):
    for i, t in enumerate(texts):
        run(i, t)
"""


def instructions(root: Path, step: str, passes: int, paths: list[Path]) -> int:
    """Instructions callgrind counts in one process running `passes` passes."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "run.py"
        script.write_text(RUN, encoding="utf-8")
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", sys.executable, str(script),
             str(root), step, str(passes), *map(str, paths)],
            # (the same hash seed for both runs; neither writes bytecode, which only one would pay for)
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"})
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None:
            raise SystemExit(f"callgrind failed:\n{done.stderr[-2000:]}")
        return int(found.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--step", default="all", choices=["all", "timexes", "sentences", "actors", "events"])
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose extraction is measured")
    ap.add_argument("--passes", type=int, default=4, help="passes in the longer run (the shorter has two fewer)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind): no instruction counts")
        return 0
    dev = ROOT.parent / "shared" / "gold" / "dev"
    paths = sorted(dev.glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    passes = max(3, args.passes)
    longer = instructions(args.root.resolve(), args.step, passes, paths)
    shorter = instructions(args.root.resolve(), args.step, passes - 2, paths)
    per_article = (longer - shorter) / (2 * len(paths))
    print(f"{args.step}: {per_article / 1e6:.2f} M instructions per article "
          f"({len(paths)} articles from {paths[0].parent.name}/, callgrind, {args.root.resolve()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
