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
