"""Vacancies as plain data, with the field names and coded values of the labelling schema (SCHEMA.md)."""

from __future__ import annotations

from typing import Any

from .models import Vacancy


def _number(value) -> float | None:
    return float(value) if value is not None else None


def vacancy_data(vacancy: Vacancy, *, url: str, employer_url: str | None) -> dict[str, Any]:
    return {
        "id": vacancy.pk,
        "url": url,
        "role": vacancy.role,
        "role_category": vacancy.role_category or None,
        "employer": {"name": vacancy.employer.name, "url": employer_url} if vacancy.employer_id else None,
        "employer_unit": vacancy.employer_unit or None,
        "contract_type": vacancy.contract_type or None,
        "work_time": vacancy.work_time or None,
        "hours_per_week": _number(vacancy.hours_per_week),
        "fte": _number(vacancy.fte),
        "salary_min": _number(vacancy.salary_min),
        "salary_max": _number(vacancy.salary_max),
        "pay_min": _number(vacancy.pay_min),
        "pay_max": _number(vacancy.pay_max),
        "pay_period": vacancy.pay_period or None,
        "pay_basis": vacancy.pay_basis or None,
        "pay_scale": vacancy.pay_scale or None,
        "deadline": vacancy.deadline.isoformat() if vacancy.deadline else None,
        "start_date": "asap"
        if vacancy.start_asap
        else (vacancy.start_date.isoformat() if vacancy.start_date else None),
        "address": vacancy.address or None,
        "postcode": vacancy.postcode or None,
        "city": vacancy.city or None,
        "region": vacancy.region or None,
        "languages": vacancy.language_list,
        "doc_lang": vacancy.doc_lang or None,
        "apply_email": vacancy.apply_email or None,
        "apply_url": vacancy.apply_url or None,
        "contact_person": vacancy.contact_person or None,
        "status": vacancy.status,
        "is_open": vacancy.is_open,
        "published_at": vacancy.published_at.isoformat() if vacancy.published_at else None,
        "description": vacancy.description,
    }
