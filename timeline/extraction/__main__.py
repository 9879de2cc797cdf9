"""Command line: python -m timeline.extraction PATH [--dct YYYY-MM-DD] [--lang id] --format json

The same output as `manage.py extract`, without Django (handy for scoring and profiling).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from . import extract


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="extract", description="Extract timexes, actors and events from an article.")
    ap.add_argument("path", type=Path, help="a UTF-8 text file, one paragraph a line")
    ap.add_argument("--dct", type=dt.date.fromisoformat, help="publication date, YYYY-MM-DD")
    ap.add_argument("--lang", default="id")
    ap.add_argument("--format", choices=["json"], default="json")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    text = args.path.read_text(encoding="utf-8")
    result = extract(text, dct=args.dct, lang=args.lang)
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
