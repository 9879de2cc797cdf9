"""manage.py loadseeds [--dir seeds] [--rerun]

Stores every .txt / .html / .md file of the seeds folder as an article and extracts it,
through the same path as an upload (documents -> store_article -> run_extraction).
Idempotent: an article already stored is left alone, unless its extraction never finished
(pending or failed) or --rerun is given.
"""
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from timeline import documents
from timeline.ingest import run_extraction, store_article
from timeline.models import Article


class Command(BaseCommand):
    help = "Load (idempotently) and extract every article file in the seeds folder."

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=Path(settings.BASE_DIR) / "seeds",
                            help="folder of .txt, .html and .md articles (default: seeds/)")
        parser.add_argument("--rerun", action="store_true", help="extract again the articles already stored")

    def handle(self, *args, dir: Path, rerun: bool, verbosity: int = 1, **options):
        if not dir.is_dir():
            raise CommandError(f"no such folder: {dir}")
        paths = sorted(p for p in dir.iterdir() if p.is_file() and p.suffix.lower() in documents.SUFFIXES)
        failed = 0
        for path in paths:
            try:
                doc = documents.from_path(path)
            except documents.DocumentError as exc:
                self.stderr.write(f"{path.name}: skipped: {exc}")
                failed += 1
                continue
            article, created = store_article(
                doc.text, raw=doc.raw, filename=path.name, title=doc.title, outlet=doc.outlet, url=doc.url,
                meta_published=doc.published, name_published=doc.name_date)
            unfinished = article.status in (Article.Status.PENDING, Article.Status.FAILED, Article.Status.RUNNING)
            if not (created or unfinished or rerun):
                if verbosity:
                    self.stdout.write(f"{path.name}: already loaded (article {article.pk})")
                continue
            report = run_extraction(article)
            failed += not report.ok
            if verbosity:
                self.stdout.write(f"{path.name}: {report}")
        if verbosity:
            self.stdout.write(f"{len(paths)} seed file(s), {Article.objects.count()} article(s) in the database.")
        if failed:
            raise CommandError(f"{failed} seed file(s) could not be loaded or extracted")
