"""Import files and folders: store each document, have it parsed (by a worker when a broker is set), count outcomes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from celery.exceptions import TimeoutError as CeleryTimeout
from django.conf import settings

from ingest.persistence import (
    FAILED,
    OUTCOMES,
    UNCHANGED,
    document_store,
    is_up_to_date,
    parse_document_safely,
)
from ingest.reading import sniff_media_type
from ingest.tasks import ingest_document
from vacancies.models import SourceDocument


@dataclass
class ImportSummary:
    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, origin: str, outcome: str, message: str = "") -> None:
        self.counts[outcome] += 1
        if outcome == FAILED:
            self.failures.append((origin, message))

    def line(self) -> str:
        return ", ".join(f"{outcome} {self.counts[outcome]}" for outcome in OUTCOMES)


# Files a folder import picks up; a file named on the command line is always taken.
DOCUMENT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".pdf"}


def collect_paths(paths: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Files named, documents inside folders named (hidden files skipped), and the paths that do not exist."""
    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            files.append(path)
        else:
            missing.append(raw)
    return files, missing


def _store(path: Path) -> tuple[int | None, str, str]:
    """(document id, outcome if already final, message)."""
    try:
        size = path.stat().st_size
        if size > settings.INGEST_MAX_BYTES:
            return (
                None,
                FAILED,
                (
                    f"file is {size / 1e6:.1f} MB, above the limit of {settings.INGEST_MAX_BYTES / 1e6:.1f} MB; "
                    "raise INGEST_MAX_BYTES if it is a real posting"
                ),
            )
        content = path.read_bytes()
    except OSError as error:
        return None, FAILED, f"cannot read the file ({error.strerror or error}); check its permissions"
    stored = document_store(
        content=content, origin=str(path), media_type=sniff_media_type(content, path.name)
    )
    if is_up_to_date(stored.document):
        return stored.document.pk, UNCHANGED, ""
    return stored.document.pk, "", ""


def import_paths(
    paths: Iterable[str],
    *,
    in_process: bool = False,
    on_progress: Callable[[str, str], None] | None = None,
) -> ImportSummary:
    """Import every document under `paths`; one bad document never stops the others."""
    summary = ImportSummary()
    progress = on_progress or (lambda origin, outcome: None)
    files, missing = collect_paths(paths)
    for raw in missing:
        summary.add(raw, FAILED, "no such file or folder; check the path")
        progress(raw, FAILED)
    pending = []
    for path in files:
        doc_id, outcome, message = _store(path)
        if outcome:
            summary.add(str(path), outcome, message)
            progress(str(path), outcome)
        elif in_process:
            result = parse_document_safely(SourceDocument.objects.get(pk=doc_id))
            summary.add(str(path), result.outcome, result.message)
            progress(str(path), result.outcome)
        else:
            pending.append((str(path), ingest_document.delay(doc_id)))
    for origin, async_result in pending:
        outcome, message = _wait(async_result)
        summary.add(origin, outcome, message)
        progress(origin, outcome)
    return summary


def _wait(async_result) -> tuple[str, str]:
    try:
        result = async_result.get(timeout=settings.INGEST_WAIT_SECONDS, propagate=True)
    except CeleryTimeout:
        return FAILED, (
            f"no worker finished it within {settings.INGEST_WAIT_SECONDS}s; is a worker running (make worker)? "
            "It stays queued and will be processed"
        )
    except Exception as error:  # the task itself failed: report it, go on with the batch
        return FAILED, f"parsing failed: {error}"
    return result.get("outcome", FAILED), result.get("message", "")
