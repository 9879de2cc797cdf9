"""manage.py extract PATH [--dct YYYY-MM-DD] [--lang id] [--min-confidence P] --format json

Prints the extraction of one article as JSON (../shared/eval/FORMAT.md) without touching
the database. `.html` and `.md` files are turned into text the way uploads are. Its events are
those more likely right than not, as an upload stores them; `--min-confidence 0` lists every
one found.
"""
import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline import documents
from timeline.extraction import extract
from timeline.extraction.confidence import LISTED_FROM


class Command(BaseCommand):
    help = "Print the extraction of one article as JSON, without touching the database."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--dct", help="publication date, YYYY-MM-DD")
        parser.add_argument("--lang", default="id")
        parser.add_argument("--format", choices=["json"], default="json")
        parser.add_argument("--min-confidence", type=float, default=LISTED_FROM,
                            help=f"the least confidence of an event listed (default {LISTED_FROM}; 0 lists every one)")

    def handle(self, *args, path: Path, dct: str | None, lang: str, min_confidence: float, **options):
        try:
            day = dt.date.fromisoformat(dct) if dct else None
        except ValueError:
            raise CommandError(f"--dct must be YYYY-MM-DD, got {dct!r}")
        source = "given"
        if path.suffix.lower() in documents.HTML_SUFFIXES + documents.MARKDOWN_SUFFIXES:
            try:
                doc = documents.from_path(path, max_bytes=sys.maxsize)
            except documents.DocumentError as exc:
                raise CommandError(str(exc))
            text = doc.text
            if day is None and doc.published:
                day, source = doc.published, "metadata"
        else:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"cannot read {path}: {exc}")
        result = extract(text, dct=day, lang=lang, min_confidence=min_confidence)
        if day is not None:
            result.dct_source = source
        self.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
