"""Celery tasks: thin, idempotent, keyed on primary keys (safe to run twice, safe when a worker dies)."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from ingest.persistence import FAILED, UNCHANGED, is_up_to_date, parse_document_safely
from vacancies.models import SourceDocument


@shared_task(name="ingest.ingest_document", acks_late=True, reject_on_worker_lost=True)
def ingest_document(document_id: int, *, force: bool = False) -> dict[str, Any]:
    """Parse one stored document and create or update its vacancies."""
    document = SourceDocument.objects.filter(pk=document_id).first()
    if document is None:
        return {"document_id": document_id, "outcome": FAILED, "message": "document no longer stored"}
    if not force and is_up_to_date(document):
        return {
            "document_id": document_id,
            "outcome": UNCHANGED,
            "message": "already parsed",
            "vacancies": [],
        }
    result = parse_document_safely(document)
    return {
        "document_id": document_id,
        "outcome": result.outcome,
        "message": result.message,
        "vacancies": list(result.vacancies),
    }


@shared_task(name="ingest.run_source", acks_late=True, reject_on_worker_lost=True)
def run_source(source_id: int) -> dict[str, Any]:
    """Start a run of one source and fan out one task per document (scheduled by django-celery-beat).

    A run left unfinished (a worker died before queuing all its documents) is resumed, not doubled."""
    from django.db import transaction

    from ingest.models import ImportRun, Source
    from ingest.runs import finish_if_done, start_run

    source = Source.objects.filter(pk=source_id, enabled=True).first()
    if source is None:
        return {"source_id": source_id, "status": "skipped", "message": "source deleted or disabled"}
    run = source.runs.filter(status=ImportRun.Status.RUNNING).order_by("-started_at").first() or start_run(
        source
    )
    pending = list(run.items.filter(outcome="").values_list("pk", flat=True))
    for item_id in pending:
        transaction.on_commit(lambda item_id=item_id: import_item.delay(item_id))
    if not pending:
        finish_if_done(run.pk)
    return {"source_id": source_id, "run_id": run.pk, "queued": len(pending)}


@shared_task(name="ingest.import_item", acks_late=True, reject_on_worker_lost=True)
def import_item(item_id: int) -> dict[str, Any]:
    """Fetch, store and parse one document of a run; idempotent, so a redelivered task changes nothing."""
    from ingest.models import ImportRunItem
    from ingest.runs import finish_if_done, process_item

    item = ImportRunItem.objects.filter(pk=item_id).only("run_id").first()
    if item is None:
        return {"item_id": item_id, "outcome": "gone"}
    result = process_item(item_id)
    finish_if_done(item.run_id)
    return {"item_id": item_id, "outcome": result.outcome if result else "already done"}


@shared_task(name="ingest.expire_past_deadline")
def expire_past_deadline() -> int:
    """Nightly: published vacancies past their deadline become expired (their pages stay, marked closed)."""
    from ingest.runs import expire_past_deadline as expire

    return expire()
