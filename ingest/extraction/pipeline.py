"""The extraction pipeline: classify the document, then run every field's strategies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import MappingProxyType

from .classify import classify
from .document import Doc
from .fields.contacts import find_apply_email, find_apply_url, find_contact_person, find_languages
from .fields.contract import find_contract
from .fields.dates import find_dates
from .fields.employer import find_employer
from .fields.pay import find_pay
from .fields.places import find_place
from .fields.role import categorize, find_role, normalize_title, title_over_sections
from .fields.worktime import find_work_time
from .furniture import without_related_postings, without_site_chrome
from .language import detect_language
from .positions import Section, shared_text, split_positions
from .types import Extraction, Found, Position


def run(text: str, *, lang: str | None = None, today: date | None = None) -> Extraction:
    """Everything the posting says about the post(s) it advertises, with confidence and evidence."""
    doc = Doc(without_related_postings(without_site_chrome(text or "")))
    doc_lang = lang or detect_language(doc.text)
    role = find_role(doc)
    verdict = classify(doc, role_found=bool(role), role=role.get("role"))
    if not verdict.is_vacancy:
        return Extraction(
            is_vacancy=False,
            doc_kind=verdict.kind,
            doc_lang=doc_lang,
            vacancy_confidence=verdict.confidence,
            vacancy_evidence=verdict.evidence,
        )
    fields = _document_fields(doc, today=today, lang=doc_lang)
    # An offer whose title the vocabulary lacks still has one: its first line, over the page's sections.
    positions = _positions(doc, role or title_over_sections(doc))
    return Extraction(
        is_vacancy=True,
        doc_kind="vacancy",
        doc_lang=doc_lang,
        fields=MappingProxyType(fields),
        positions=tuple(positions),
        vacancy_confidence=verdict.confidence,
        vacancy_evidence=verdict.evidence,
    )


def _document_fields(doc: Doc, *, today: date | None, lang: str) -> dict[str, Found]:
    email = find_apply_email(doc)
    fields: dict[str, Found] = {
        "apply_email": email,
        "apply_url": find_apply_url(doc),
        "contact_person": find_contact_person(doc),
        "languages": find_languages(doc),
    }
    fields.update(find_employer(doc, apply_email=email.value, lang=lang))
    fields.update(find_dates(doc, today=today))
    fields.update(find_place(doc))
    return {name: found for name, found in fields.items() if found.value not in (None, "", ())}


def _position_fields(doc: Doc) -> dict[str, Found]:
    fields: dict[str, Found] = {}
    fields.update(find_contract(doc))
    fields.update(find_work_time(doc))
    fields.update(find_pay(doc))
    return {name: found for name, found in fields.items() if found.value is not None}


def _shifted(found: dict[str, Found], offset: int) -> dict[str, Found]:
    return {name: replace(f, start=f.start + offset) if f.start >= 0 else f for name, f in found.items()}


def _positions(doc: Doc, role: dict[str, Found]) -> list[Position]:
    sections = split_positions(doc)
    if not sections:
        return [Position(MappingProxyType({**role, **_position_fields(doc)}))]
    shared = _position_fields(Doc(shared_text(doc, sections)))
    shared = {name: replace(f, confidence=f.confidence * 0.8, start=-1) for name, f in shared.items()}
    positions = []
    for section in sections:
        if section.labelled is not None:
            # A table row: its fields come from its cells read under their column labels, and point at the row.
            own = {
                name: replace(f, start=section.start)
                for name, f in _position_fields(Doc(section.labelled)).items()
            }
        else:
            own = _shifted(_position_fields(Doc(doc.text[section.start : section.end])), section.start)
        positions.append(Position(MappingProxyType({**shared, **own, **_section_role(section)})))
    return positions


def _section_role(section: Section) -> dict[str, Found]:
    title = normalize_title(section.title)
    category = categorize(title) or "other"
    return {
        "role": Found(title, 0.8, section.title, section.start, "position-section"),
        "role_category": Found(category, 0.8, title, section.start, "position-section"),
    }
