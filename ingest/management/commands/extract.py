"""manage.py extract PATH... --format jsonl: what the extractor finds, one JSON object per document.

Writes nothing to the database. This output is the scoring contract of the extractor: keep it stable.
"""

from __future__ import annotations

import json
from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ingest.extraction import extract
from ingest.importing import collect_paths
from ingest.reading import ReadError, read_file


class Command(BaseCommand):
    help = "Print the fields extracted from posting files (one JSON object per document); stores nothing."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
        parser.add_argument(
            "--format",
            choices=["jsonl", "json"],
            default="jsonl",
            help="jsonl: one object per line (default); json: indented, with evidence",
        )
        parser.add_argument(
            "--today",
            type=date.fromisoformat,
            default=None,
            help="date used to give a year to dates written without one (YYYY-MM-DD)",
        )
        parser.add_argument("--no-ocr", action="store_true", help="do not OCR scanned PDFs")

    def handle(self, *args, paths, format, today, no_ocr, **options):
        files, missing = collect_paths(paths)
        if not files and missing:
            raise CommandError(
                f"{', '.join(missing)}: no such file or folder. Give existing files or folders."
            )
        for raw in missing:
            self._emit({"source": raw, "error": "no such file or folder"}, format)
        for path in files:
            self._emit(
                self._extract_one(str(path), today=today, ocr=not no_ocr, verbose=format == "json"), format
            )

    def _extract_one(self, path: str, *, today: date | None, ocr: bool, verbose: bool) -> dict:
        try:
            _, read = read_file(
                path, max_bytes=settings.INGEST_MAX_BYTES, ocr=ocr, timeout=settings.INGEST_PDF_TIMEOUT
            )
        except (ReadError, OSError) as error:
            return {"source": path, "error": str(error)}
        if read.status != "ok":
            return {"source": path, "error": read.error or read.status}
        result = extract(read.text, today=today)
        row = {"source": path, **result.as_contract_document()}
        if read.ocr:
            row["ocr"] = True
        if verbose:
            row["details"] = result.details() if result.is_vacancy else {}
            row["vacancy_evidence"] = result.vacancy_evidence
        return row

    def _emit(self, row: dict, format: str) -> None:
        indent = 2 if format == "json" else None
        self.stdout.write(json.dumps(row, ensure_ascii=False, indent=indent))
        self.stdout.flush()
