"""Score the extraction on the held-out gold sets in bench/heldout/ (see its README).

    .venv/bin/python bench/heldout.py [--details]

Prints score.py's table for each set. Needs ../shared/eval/score.py (and, for the kompas
set, the texts in ../shared/corpus/kompas-2014/); says so and exits cleanly without them.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
CORPUS = SHARED / "corpus" / "kompas-2014"
CMD = f"{sys.executable} {ROOT / 'manage.py'} extract {{path}} --dct {{dct}} --format json"


def gold_dir(folder: Path, tmp: Path) -> Path | None:
    """The set as score.py wants it: each NAME.json beside its NAME.txt."""
    if all(j.with_suffix(".txt").exists() for j in folder.glob("*.json")):
        return folder
    out = tmp / folder.name
    out.mkdir()
    for j in folder.glob("*.json"):
        text = CORPUS / j.with_suffix(".txt").name
        if not text.exists():
            return None
        shutil.copy(j, out / j.name)
        shutil.copy(text, out / text.name)
    return out


def main(argv: list[str]) -> int:
    if not SCORE.exists():
        print(f"no scorer at {SCORE}: nothing to measure here")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for folder in sorted(p for p in (ROOT / "bench" / "heldout").iterdir() if p.is_dir()):
            gold = gold_dir(folder, Path(tmp))
            if gold is None:
                print(f"== {folder.name}: its texts are not in {CORPUS}, skipped")
                continue
            print(f"== {folder.name}", flush=True)
            subprocess.run([sys.executable, str(SCORE), "--gold", str(gold), "--cmd", CMD, *argv], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
