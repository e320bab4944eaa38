"""Writes: store received documents, parse them, create or update their vacancies.

Every write is idempotent on a natural key (a document's sha256 + origin, a vacancy's origin + position)
so running an import twice, or a task delivered twice, changes nothing the second time.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from ingest.extraction import PARSER_VERSION, Extraction, extract
from ingest.reading import ReadResult, read_document
from vacancies.models import Employer, SourceDocument, Vacancy
from vacancies.text import employer_match_key

logger = logging.getLogger(__name__)

# Outcomes of processing one document, as counted in the ingest summary.
CREATED, UPDATED, UNCHANGED, NOT_VACANCY, FAILED = (
    "created",
    "updated",
    "unchanged",
    "not a vacancy",
    "failed",
)
OUTCOMES = (CREATED, UPDATED, UNCHANGED, NOT_VACANCY, FAILED)

# Extracted values a vacancy stores, and how long each may be (hostile input is cut, never rejected).
_TEXT_LIMITS = {
    "role": 300,
    "employer_unit": 300,
    "pay_scale": 100,
    "address": 300,
    "city": 120,
    "contact_person": 200,
    "apply_url": 2000,
}
_DECIMAL_FIELDS = ("hours_per_week", "fte", "salary_min", "salary_max", "pay_min", "pay_max")
_CHOICE_FIELDS = ("role_category", "contract_type", "work_time", "region", "pay_period", "pay_basis")
EXTRACTED_FIELDS = (
    "role",
    "role_category",
    "employer",
    "employer_unit",
    "contract_type",
    "work_time",
    "hours_per_week",
    "fte",
    "salary_min",
    "salary_max",
    "pay_min",
    "pay_max",
    "pay_period",
    "pay_basis",
    "pay_scale",
    "deadline",
    "start_date",
    "start_asap",
    "address",
    "postcode",
    "city",
    "region",
    "languages",
    "apply_email",
    "apply_url",
    "contact_person",
    "doc_lang",
    "description",
)


@dataclass(frozen=True)
class StoreResult:
    document: SourceDocument
    created: bool


@dataclass(frozen=True)
class UpsertResult:
    vacancy: Vacancy
    outcome: str  # CREATED, UPDATED or UNCHANGED
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParseResult:
    document: SourceDocument
    outcome: str
    vacancies: tuple[int, ...] = ()
    message: str = ""


def document_store(*, content: bytes, origin: str, media_type: str = "") -> StoreResult:
    """The stored document for these exact bytes from this origin, created on first sight."""
    sha256 = hashlib.sha256(content).hexdigest()
    defaults = {"content": content, "size": len(content), "media_type": media_type[:100]}
    try:
        with transaction.atomic():
            document, created = SourceDocument.objects.get_or_create(
                sha256=sha256, origin=origin[:2000], defaults=defaults
            )
    except IntegrityError:  # another worker stored it between our read and our insert
        document, created = SourceDocument.objects.get(sha256=sha256, origin=origin[:2000]), False
    return StoreResult(document, created)


def is_up_to_date(document: SourceDocument) -> bool:
    """Parsed by the current parser: parsing it again would give the same result."""
    return (
        document.parse_status != SourceDocument.ParseStatus.PENDING
        and document.parser_version == PARSER_VERSION
    )


def parse_document(document: SourceDocument, *, today: date | None = None) -> ParseResult:
    """Read the stored bytes, extract, and create or update the vacancies they announce."""
    read = read_document(
        bytes(document.content),
        name=document.origin,
        media_type=document.media_type or None,
        max_bytes=settings.INGEST_MAX_BYTES,
        ocr=settings.INGEST_OCR,
        timeout=settings.INGEST_PDF_TIMEOUT,
    )
    _record_reading(document, read)
    if read.status != "ok":
        _save_document(document)
        return ParseResult(document, FAILED, message=document.error_message)
    extraction = extract(read.text, today=today)
    document.doc_kind = extraction.doc_kind
    document.extraction = extraction.as_contract_document() | {
        "vacancy_confidence": extraction.vacancy_confidence,
        "vacancy_evidence": extraction.vacancy_evidence,
    }
    if not extraction.is_vacancy:
        document.parse_status = SourceDocument.ParseStatus.NOT_VACANCY
        _save_document(document)
        return ParseResult(document, NOT_VACANCY, message=f"not a vacancy ({extraction.doc_kind})")
    document.parse_status = SourceDocument.ParseStatus.PARSED
    with transaction.atomic():
        _save_document(document)
        results = [
            vacancy_upsert(document=document, extraction=extraction, position=index)
            for index in range(extraction.position_count())
        ]
    return ParseResult(document, _overall(results), tuple(r.vacancy.pk for r in results))


def parse_document_safely(document: SourceDocument) -> ParseResult:
    """parse_document, but a bug met on one document is recorded on it instead of stopping a batch."""
    try:
        return parse_document(document)
    except Exception as error:
        logger.exception("parsing document %s failed", document.pk)
        message = (
            f"internal error while parsing ({type(error).__name__}: {str(error)[:300]}); the document is kept, "
            "report the error and run manage.py reparse once it is fixed"
        )
        SourceDocument.objects.filter(pk=document.pk).update(
            parse_status=SourceDocument.ParseStatus.ERROR, error_message=message
        )
        return ParseResult(document, FAILED, message=message)


def reparse_document(document: SourceDocument) -> ParseResult:
    """Parse a stored document again (after a parser improvement); curated fields are kept."""
    return parse_document_safely(document)


def _record_reading(document: SourceDocument, read: ReadResult) -> None:
    document.text = read.text
    document.media_type = read.media_type[:100]
    document.ocr = read.ocr
    document.provenance = {**read.details, "pages": read.pages, "ocr": read.ocr, "reader_status": read.status}
    document.error_message = read.error
    document.parser_version = PARSER_VERSION
    document.parsed_at = timezone.now()
    if read.status == "needs_ocr":
        document.parse_status = SourceDocument.ParseStatus.NEEDS_OCR
    elif read.status != "ok":
        document.parse_status = SourceDocument.ParseStatus.ERROR


def _save_document(document: SourceDocument) -> None:
    document.save(
        update_fields=[
            "text",
            "media_type",
            "ocr",
            "provenance",
            "error_message",
            "parser_version",
            "parsed_at",
            "parse_status",
            "doc_kind",
            "extraction",
        ]
    )


def _overall(results: list[UpsertResult]) -> str:
    outcomes = {r.outcome for r in results}
    for outcome in (CREATED, UPDATED):
        if outcome in outcomes:
            return outcome
    return UNCHANGED


def employer_for(name: str | None) -> Employer | None:
    """The employer with this name (matched accent-, case- and legal-form-insensitively), created if new."""
    if not name or not employer_match_key(name):
        return None
    key = employer_match_key(name)
    employer = Employer.objects.filter(normalized_name=key).first()
    if employer:
        return employer
    try:
        with transaction.atomic():
            return Employer.objects.create(name=name[:300])
    except IntegrityError:
        return Employer.objects.get(normalized_name=key)


def vacancy_values(extraction: Extraction, position: int, description: str) -> dict[str, Any]:
    """Model field values for one position, cleaned to fit the model."""
    contract = extraction.as_contract(position)
    values: dict[str, Any] = {}
    for name in EXTRACTED_FIELDS:
        if name in ("employer", "start_date", "start_asap", "description", "languages", "deadline"):
            continue
        value = contract.get(name)
        if name in _DECIMAL_FIELDS:
            values[name] = _decimal(value)
        elif (
            name in _CHOICE_FIELDS or name in _TEXT_LIMITS or name in ("postcode", "apply_email", "doc_lang")
        ):
            values[name] = str(value or "")[: _TEXT_LIMITS.get(name, 254)]
    if values.get("apply_url", "").lower().startswith("www."):
        # The contract keeps the address as written; a link needs its scheme.
        values["apply_url"] = "https://" + values["apply_url"]
    start = extraction.value("start_date")
    values["start_asap"] = start == "asap"
    values["start_date"] = start if isinstance(start, date) else None
    deadline = extraction.value("deadline")
    values["deadline"] = deadline if isinstance(deadline, date) else None
    values["languages"] = " ".join(contract.get("languages") or [])[:60]
    values["postcode"] = values["postcode"] if values["postcode"].isdigit() else ""
    values["role"] = values["role"] or "(role not found)"
    values["description"] = description
    values["employer"] = employer_for(contract.get("employer"))
    return values


def _merge_into_duplicate(document: SourceDocument, values: dict[str, Any], key: str) -> UpsertResult | None:
    from ingest.dedup import find_duplicate
    from ingest.models import Decision

    found = find_duplicate(values, source_key=key)
    if found is None:
        return None
    vacancy, similarity = found
    if not vacancy.documents.filter(pk=document.pk).exists():
        vacancy.documents.add(document)
        Decision.objects.create(
            kind=Decision.Kind.MERGE,
            vacancy=vacancy,
            document=document,
            reason=(
                f"{document.origin} announces the same post as {vacancy.source_key}: same employer, role and "
                f"deadline, {similarity:.0%} of the text in common"
            ),
        )
    return UpsertResult(vacancy, UNCHANGED, ())


def _record_revision(vacancy: Vacancy, document: SourceDocument, changes: dict[str, tuple[Any, Any]]) -> None:
    from ingest.models import VacancyRevision

    shown = {
        name: [_plain(old), _plain(new)]
        for name, (old, new) in changes.items()
        if name not in ("description", "search_text")
    }
    if "description" in changes:
        shown["description"] = ["(text changed)", ""]
    if shown:
        VacancyRevision.objects.create(vacancy=vacancy, document=document, changes=shown)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None
    return number if abs(number) < Decimal("1e9") else None


def review_reasons(extraction: Extraction, position: int) -> list[str]:
    """Why a person should look at this vacancy before it is published."""
    threshold = settings.INGEST_REVIEW_THRESHOLD
    reasons = []
    if extraction.vacancy_confidence < threshold:
        reasons.append(f"unsure it is a vacancy ({extraction.vacancy_confidence:.0%})")
    for name in ("employer", "role"):
        found = extraction.found(name, position)
        if found.value in (None, ""):
            reasons.append(f"{name} not found")
        elif found.confidence < threshold:
            reasons.append(f"{name} uncertain ({found.confidence:.0%})")
    deadline = extraction.found("deadline", position)
    if deadline.value is not None and deadline.confidence < threshold:
        reasons.append(f"deadline uncertain ({deadline.confidence:.0%})")
    return reasons


def vacancy_upsert(
    *, document: SourceDocument, extraction: Extraction, position: int = 0, dedupe: bool = True
) -> UpsertResult:
    """Create or update the vacancy at this position of the document's origin; curated fields are kept.

    A posting already on the board under another origin (same employer, role, deadline and text) is
    linked to that vacancy instead of becoming a second one; a changed posting keeps its previous values
    as a revision."""
    key = f"{document.origin}#{position}"[:2100]
    values = vacancy_values(extraction, position, document.text)
    details = extraction.details(position)
    confidence = {name: item["confidence"] for name, item in details.items()}
    evidence = {
        name: {k: item[k] for k in ("evidence", "strategy", "start")} for name, item in details.items()
    }
    vacancy = Vacancy.objects.select_for_update().filter(source_key=key).first()
    if vacancy is None and dedupe:
        merged = _merge_into_duplicate(document, values, key)
        if merged is not None:
            return merged
    if vacancy is None:
        vacancy = Vacancy(
            source_key=key, position_index=position, confidence=confidence, evidence=evidence, **values
        )
        reasons = review_reasons(extraction, position)
        vacancy.status = Vacancy.Status.NEEDS_REVIEW if reasons else Vacancy.Status.PUBLISHED
        vacancy.review_reason = "; ".join(reasons)[:300]
        vacancy.published_at = None if reasons else timezone.now()
        vacancy.save()
        vacancy.documents.add(document)
        return UpsertResult(vacancy, CREATED, tuple(values))
    changed = [
        name
        for name, value in values.items()
        if name not in vacancy.curated_fields and getattr(vacancy, name) != value
    ]
    _record_revision(vacancy, document, {name: (getattr(vacancy, name), values[name]) for name in changed})
    for name in changed:
        setattr(vacancy, name, values[name])
    if vacancy.confidence != confidence or vacancy.evidence != evidence:
        vacancy.confidence, vacancy.evidence = confidence, evidence
        changed += ["confidence", "evidence"]
    if changed:
        vacancy.save(update_fields=[*changed, "updated_at"])
    linked = vacancy.documents.filter(pk=document.pk).exists()
    if not linked:
        vacancy.documents.add(document)
    real_changes = tuple(name for name in changed if name not in ("confidence", "evidence"))
    return UpsertResult(vacancy, UPDATED if real_changes else UNCHANGED, real_changes)
