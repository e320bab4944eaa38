"""What the extractor returns: a value per field, with the confidence and the text it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

# Fields that describe the document as a whole (shared by every position it announces).
DOCUMENT_FIELDS = (
    "employer",
    "employer_unit",
    "deadline",
    "start_date",
    "address",
    "city",
    "postcode",
    "region",
    "languages",
    "apply_email",
    "apply_url",
    "contact_person",
)
# Fields that may differ from one position to the next in a multi-position announcement.
POSITION_FIELDS = (
    "role",
    "role_category",
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
)
# The keys of the `extract --format jsonl` contract, in order (SCHEMA.md plus the pay details).
CONTRACT_KEYS = (
    "is_vacancy",
    "doc_kind",
    "doc_lang",
    "employer",
    "employer_unit",
    "role",
    "role_category",
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
    "address",
    "city",
    "postcode",
    "region",
    "languages",
    "apply_email",
    "apply_url",
    "contact_person",
)
KEY_FIELDS = ("employer", "role", "deadline")


@dataclass(frozen=True)
class Found:
    """One extracted value, why we believe it, and how much."""

    value: Any
    confidence: float
    evidence: str = ""
    start: int = -1
    strategy: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "value": _json_value(self.value),
            "confidence": round(self.confidence, 2),
            "evidence": self.evidence,
            "start": self.start,
            "strategy": self.strategy,
        }


NOTHING = Found(None, 0.0)


@dataclass(frozen=True)
class Position:
    fields: MappingProxyType[str, Found]

    def value(self, name: str) -> Any:
        return self.fields.get(name, NOTHING).value


@dataclass(frozen=True)
class Extraction:
    is_vacancy: bool
    doc_kind: str
    doc_lang: str
    fields: MappingProxyType[str, Found] = field(default_factory=lambda: MappingProxyType({}))
    positions: tuple[Position, ...] = ()
    vacancy_confidence: float = 0.0
    vacancy_evidence: str = ""

    def found(self, name: str, position: int = 0) -> Found:
        if name in POSITION_FIELDS:
            if position < len(self.positions):
                return self.positions[position].fields.get(name, NOTHING)
            return NOTHING
        return self.fields.get(name, NOTHING)

    def value(self, name: str, position: int = 0) -> Any:
        return self.found(name, position).value

    def position_count(self) -> int:
        return max(1, len(self.positions)) if self.is_vacancy else 0

    def as_contract(self, position: int = 0) -> dict[str, Any]:
        """The flat JSON object of the extract contract, for one position."""
        row: dict[str, Any] = {
            "is_vacancy": self.is_vacancy,
            "doc_kind": self.doc_kind,
            "doc_lang": self.doc_lang,
        }
        for key in CONTRACT_KEYS[3:]:
            value = _json_value(self.value(key, position)) if self.is_vacancy else None
            row[key] = value if value is not None or key != "languages" else []
        return row

    def as_contract_document(self) -> dict[str, Any]:
        row = self.as_contract(0)
        if self.is_vacancy and len(self.positions) > 1:
            row["positions"] = [
                {k: v for k, v in self.as_contract(i).items() if k in POSITION_FIELDS}
                for i in range(len(self.positions))
            ]
        return row

    def details(self, position: int = 0) -> dict[str, dict[str, Any]]:
        """confidence, evidence and strategy for every field found, for storage and review."""
        out = {}
        for name in (*DOCUMENT_FIELDS, *POSITION_FIELDS):
            found = self.found(name, position)
            if found.value not in (None, "", [], ()):
                out[name] = found.as_json()
        return out


def _json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
