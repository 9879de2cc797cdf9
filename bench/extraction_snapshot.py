"""Regression check for extraction: the full output on every article we have, stored once and
compared afterwards (used to make sure a speed-up changes nothing).

    .venv/bin/python bench/extraction_snapshot.py --write   # store the current output
    .venv/bin/python bench/extraction_snapshot.py           # compare with the stored output

Articles: ../shared/gold/dev, bench/heldout/diplo*, ../heldout/{diplo,kompas} (dct from each
.json), seeds/ (dct 2026-01-10) and ../shared/corpus/kompas-2014 (dct from index.tsv); folders
that are absent are skipped with a message. The snapshot lives outside the repository (default
/tmp/extraction-snapshot.json, --path to change it). Exit status 1 when anything differs.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.extraction import extract  # noqa: E402

WORK = ROOT.parent
SEED_DCT = dt.date(2026, 1, 10)


def _json_dcts(folder: Path):
    for p in sorted(folder.glob("*.txt")):
        meta = p.with_suffix(".json")
        dct = None
        if meta.exists():
            value = json.loads(meta.read_text(encoding="utf-8")).get("dct")
            dct = _date(value) if value else None
        yield p, dct


def articles():
    """(key, path, dct) for every article found; prints a message for each absent folder."""
    folders = [("dev", WORK / "shared" / "gold" / "dev")]
    folders += [(f"bench-{f.name}", f) for f in sorted((ROOT / "bench" / "heldout").glob("diplo*"))]
    # ../heldout is where annotators write new sets: only the finished ones are read
    folders += [("heldout-diplo", WORK / "heldout" / "diplo"), ("heldout-kompas", WORK / "heldout" / "kompas")]
    for label, folder in folders:
        if not folder.is_dir():
            print(f"skipped: {folder} is absent")
            continue
        for p, dct in _json_dcts(folder):
            yield f"{label}/{p.name}", p, dct
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{p.name}", p, SEED_DCT
    corpus = WORK / "shared" / "corpus" / "kompas-2014"
    index = corpus / "index.tsv"
    if not index.exists():
        print(f"skipped: {index} is absent")
        return
    with index.open(encoding="utf-8") as f:
        dcts = {row["name"]: row["dct"] for row in csv.DictReader(f, delimiter="\t")}
    for p in sorted(corpus.glob("*.txt")):
        value = dcts.get(p.stem)
        yield f"kompas-2014/{p.name}", p, _date(value) if value else None


def _date(value: str) -> dt.date:
    y, m, d = value[:10].split("-")          # "2013-12-4" too
    return dt.date(int(y), int(m), int(d))


def _plain(obj):
    return json.loads(json.dumps(obj, default=str, ensure_ascii=False))


def run() -> dict:
    out = {}
    for key, path, dct in articles():
        ex = extract(path.read_text(encoding="utf-8"), dct=dct)
        out[key] = _plain({"json": ex.to_json(), "full": dataclasses.asdict(ex)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="store the current output as the snapshot")
    ap.add_argument("--path", default="/tmp/extraction-snapshot.json")
    args = ap.parse_args()
    current = run()
    if not current:
        print("no articles found: nothing to compare")
        return 0
    path = Path(args.path)
    if args.write or not path.exists():
        path.write_text(json.dumps(current, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"snapshot of {len(current)} articles written to {path}")
        return 0
    stored = json.loads(path.read_text(encoding="utf-8"))
    differ = sorted(k for k in current.keys() | stored.keys() if current.get(k) != stored.get(k))
    for k in differ[:20]:
        print(f"DIFFERS: {k}")
    print(f"{len(current)} articles compared with {path}: {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
