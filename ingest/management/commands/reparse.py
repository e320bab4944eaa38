"""manage.py reparse: parse stored documents again with the current parser (curated fields are kept)."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from ingest.extraction import PARSER_VERSION
from ingest.persistence import FAILED, OUTCOMES, reparse_document
from vacancies.models import SourceDocument


class Command(BaseCommand):
    help = "Re-parse stored documents: all, those parsed by an older parser (--outdated), or some ids."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ID", help="document ids (default: all)")
        parser.add_argument(
            "--outdated", action="store_true", help=f"only documents not parsed by {PARSER_VERSION}"
        )
        parser.add_argument("--failed", action="store_true", help="only documents whose parsing failed")

    def handle(self, *args, ids, outdated, failed, **options):
        documents = SourceDocument.objects.defer("content").order_by("pk")
        if ids:
            documents = documents.filter(pk__in=ids)
        if outdated:
            documents = documents.exclude(parser_version=PARSER_VERSION)
        if failed:
            documents = documents.failed()
        counts = dict.fromkeys(OUTCOMES, 0)
        pks = list(documents.values_list("pk", flat=True))
        for pk in tqdm(pks, unit="doc", file=sys.stderr):
            result = reparse_document(SourceDocument.objects.get(pk=pk))
            counts[result.outcome] += 1
            if result.outcome == FAILED:
                self.stderr.write(self.style.WARNING(f"failed: document {pk}: {result.message}"))
        self.stdout.write(
            self.style.SUCCESS("Done: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".")
        )
