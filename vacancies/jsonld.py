"""schema.org JobPosting for a vacancy's page (Google's required and recommended properties)."""

from __future__ import annotations

import json
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from .models import Vacancy

BRUSSELS = ZoneInfo("Europe/Brussels")
EMPLOYMENT_TYPES = {
    "CDD": "TEMPORARY",
    "remplacement": "TEMPORARY",
    "interim": "TEMPORARY",
    "independant": "CONTRACTOR",
    "stage": "INTERN",
    "benevolat": "VOLUNTEER",
}
REGION_NAMES = {"bruxelles": "Bruxelles-Capitale", "wallonie": "Wallonie", "flandre": "Vlaanderen"}


def employment_type(vacancy: Vacancy) -> list[str]:
    types = []
    if vacancy.work_time:
        types.append("FULL_TIME" if vacancy.work_time == "full_time" else "PART_TIME")
    if vacancy.contract_type in EMPLOYMENT_TYPES:
        types.append(EMPLOYMENT_TYPES[vacancy.contract_type])
    return types or ["OTHER"]


def job_posting(vacancy: Vacancy, *, url: str, employer_url: str | None) -> dict[str, Any] | None:
    """The JobPosting of an open, published vacancy; None for any other (no markup on closed offers)."""
    if vacancy.status != Vacancy.Status.PUBLISHED or not vacancy.is_open:
        return None
    posted = vacancy.published_at or vacancy.created_at
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": vacancy.role,
        "description": vacancy.description or vacancy.role,
        "datePosted": posted.date().isoformat(),
        "employmentType": employment_type(vacancy),
        "identifier": {"@type": "PropertyValue", "name": "emplois-psy", "value": str(vacancy.pk)},
        "url": url,
        "directApply": bool(vacancy.apply_email or vacancy.apply_url),
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": vacancy.address or None,
                "postalCode": vacancy.postcode or None,
                "addressLocality": vacancy.city or None,
                "addressRegion": REGION_NAMES.get(vacancy.region),
                "addressCountry": "BE" if vacancy.region != "other" else None,
            },
        },
    }
    data["jobLocation"]["address"] = {k: v for k, v in data["jobLocation"]["address"].items() if v}
    if vacancy.deadline:
        data["validThrough"] = datetime.combine(vacancy.deadline, time(23, 59, 59), BRUSSELS).isoformat()
    if vacancy.employer_id:
        data["hiringOrganization"] = {
            "@type": "Organization",
            "name": vacancy.employer.name,
            "sameAs": employer_url,
        }
    if vacancy.salary_min or vacancy.salary_max:
        value = {"@type": "QuantitativeValue", "unitText": "MONTH"}
        if vacancy.salary_min and vacancy.salary_max and vacancy.salary_min != vacancy.salary_max:
            value |= {"minValue": float(vacancy.salary_min), "maxValue": float(vacancy.salary_max)}
        else:
            value["value"] = float(vacancy.salary_min or vacancy.salary_max)
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "EUR", "value": value}
    if vacancy.start_date:
        data["jobStartDate"] = vacancy.start_date.isoformat()
    return data


def as_script_json(data: dict[str, Any]) -> str:
    """JSON safe inside a <script> element: no "</script>" or "<!--" can close or comment it."""
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
