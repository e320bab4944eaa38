"""manage.py ingest PATH...: store documents and create or update their vacancies."""

from __future__ import annotations

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest.importing import collect_paths, import_paths


class Command(BaseCommand):
    help = "Import posting files (text, HTML, PDF) or folders of them. Running it twice changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")
        parser.add_argument(
            "--in-process",
            action="store_true",
            help="parse in this process even when a Celery broker (REDIS_URL) is configured",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar (for logs)")

    def handle(self, *args, paths, in_process, no_progress, **options):
        files, missing = collect_paths(paths)
        if not files and missing:
            raise CommandError(
                f"nothing to import: {', '.join(missing)} not found. Give existing files or folders."
            )
        mode = "in this process" if in_process or settings.CELERY_TASK_ALWAYS_EAGER else "by Celery workers"
        self.stderr.write(f"Importing {len(files)} document(s), parsed {mode}…")
        bar = tqdm(total=len(files) + len(missing), unit="doc", file=sys.stderr, disable=no_progress)

        def progress(origin: str, outcome: str) -> None:
            bar.set_postfix_str(outcome, refresh=False)
            bar.update(1)

        summary = import_paths(paths, in_process=in_process, on_progress=progress)
        bar.close()
        for origin, message in summary.failures:
            self.stderr.write(self.style.WARNING(f"failed: {origin}: {message}"))
        self.stdout.write(self.style.SUCCESS(f"Done: {summary.line()}."))
