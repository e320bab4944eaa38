"""Plain factory functions: one per vacancy status, every field overridable by keyword."""

import datetime
import itertools
from decimal import Decimal

from django.utils import timezone

from vacancies.models import Employer, SourceDocument, Vacancy

_sequence = itertools.count(1)


def make_employer(*, name: str | None = None) -> Employer:
    return Employer.objects.create(name=name or f"Service de santé mentale {next(_sequence)}")


def make_document(*, text: str = "Offre d'emploi", origin: str | None = None, **fields) -> SourceDocument:
    n = next(_sequence)
    content = text.encode()
    return SourceDocument.objects.create(
        content=content,
        sha256=f"{n:064x}",
        size=len(content),
        media_type=fields.pop("media_type", "text/plain"),
        origin=origin or f"https://example.org/offres/{n}.txt",
        text=text,
        parse_status=fields.pop("parse_status", SourceDocument.ParseStatus.PARSED),
        **fields,
    )


def make_vacancy(
    *, status: str = Vacancy.Status.PUBLISHED, employer: Employer | None = None, **fields
) -> Vacancy:
    employer = employer or make_employer()
    n = next(_sequence)
    values = {
        "source_key": f"https://example.org/offres/{n}.txt#0",
        "role": f"Psychologue clinicien·ne {n}",
        "role_category": "psychologue",
        "contract_type": "CDI",
        "work_time": "part_time",
        "hours_per_week": Decimal("19"),
        "fte": Decimal("0.5"),
        "city": "Bruxelles",
        "postcode": "1000",
        "region": "bruxelles",
        "languages": "fr",
        "deadline": timezone.localdate() + datetime.timedelta(days=30),
        "description": "Le service recrute.\nEnvoyez votre candidature.",
        "status": status,
        "published_at": timezone.now() - datetime.timedelta(minutes=n)
        if status in (Vacancy.Status.PUBLISHED, Vacancy.Status.EXPIRED)
        else None,
    }
    values.update(fields)
    return Vacancy.objects.create(employer=employer, **values)


def published(**fields) -> Vacancy:
    return make_vacancy(status=Vacancy.Status.PUBLISHED, **fields)


def past_deadline(**fields) -> Vacancy:
    """Published, but the deadline has passed and the expiry job has not run yet."""
    fields.setdefault("deadline", timezone.localdate() - datetime.timedelta(days=3))
    return make_vacancy(status=Vacancy.Status.PUBLISHED, **fields)


def expired(**fields) -> Vacancy:
    fields.setdefault("deadline", timezone.localdate() - datetime.timedelta(days=10))
    return make_vacancy(status=Vacancy.Status.EXPIRED, **fields)


def needs_review(**fields) -> Vacancy:
    fields.setdefault("review_reason", "low confidence on deadline")
    return make_vacancy(status=Vacancy.Status.NEEDS_REVIEW, **fields)


def rejected(**fields) -> Vacancy:
    return make_vacancy(status=Vacancy.Status.REJECTED, **fields)
