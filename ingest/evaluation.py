"""Compare extractor output with hand labels, field by field (used by the corpus tests and bench/score.py).

Text fields (employer, role, city) match when their word sets mostly agree, ignoring accents, case and
inclusive-writing endings; numbers within a small tolerance; everything else exactly.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCORED_FIELDS = (
    "employer",
    "role",
    "role_category",
    "contract_type",
    "work_time",
    "hours_per_week",
    "fte",
    "salary_min",
    "salary_max",
    "pay_scale",
    "deadline",
    "start_date",
    "city",
    "postcode",
    "region",
    "languages",
    "apply_email",
    "apply_url",
    "doc_lang",
)
_TEXT_FIELDS = {"employer", "role", "city", "employer_unit", "contact_person"}
_TOLERANCE = {
    "salary_min": 0.5,
    "salary_max": 0.5,
    "pay_min": 0.5,
    "pay_max": 0.5,
    "hours_per_week": 0.01,
    "fte": 0.05,
}
_ENDINGS = {"e", "es", "rice", "trice", "ice", "euse", "ne", "le", "ere", "h", "f", "x", "m", "v"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _words(text: str) -> set[str]:
    return {w for w in _fold(text).split() if w not in _ENDINGS}


def _close_text(gold: str, pred: str) -> bool:
    a, b = _words(gold), _words(pred)
    if not a or not b:
        return a == b
    if a <= b or b <= a:
        return True
    return difflib.SequenceMatcher(None, " ".join(sorted(a)), " ".join(sorted(b))).ratio() >= 0.85


def empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def same(name: str, gold: Any, pred: Any) -> bool:
    if empty(gold) or empty(pred):
        return empty(gold) and empty(pred)
    if name in _TEXT_FIELDS:
        return _close_text(str(gold), str(pred))
    if name in _TOLERANCE:
        try:
            return abs(float(gold) - float(pred)) <= _TOLERANCE[name]
        except (TypeError, ValueError):
            return False
    if name == "languages":
        return sorted(gold) == sorted(pred)
    if name in ("apply_email", "apply_url", "pay_scale"):
        return _fold(str(gold)) == _fold(str(pred))
    return str(gold) == str(pred)


@dataclass
class Score:
    """Counts over a set of documents: tp = right value written, fp = wrong value written, fn = value missed."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    agree_blank: Counter = field(default_factory=Counter)
    docs: int = 0
    vacancy_right: int = 0
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def add(self, doc_id: str, gold: dict, pred: dict, fields: Iterable[str] = SCORED_FIELDS) -> None:
        self.docs += 1
        self.vacancy_right += bool(gold.get("is_vacancy")) == bool(pred.get("is_vacancy"))
        if not gold.get("is_vacancy"):
            return
        for name in fields:
            g, p = gold.get(name), pred.get(name)
            if same(name, g, p):
                if empty(g):
                    self.agree_blank[name] += 1
                else:
                    self.tp[name] += 1
                continue
            self.misses.append((doc_id, name, g, p))
            if not empty(p):
                self.fp[name] += 1
            if not empty(g):
                self.fn[name] += 1

    def totals(self) -> dict[str, float]:
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        blank = sum(self.agree_blank.values())
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        # a wrong value written counts once even when it also misses the gold value
        wrong = len(self.misses)
        judged = tp + blank + wrong
        return {
            "f1": f1,
            "precision": precision,
            "recall": recall,
            "accuracy": (tp + blank) / judged if judged else 1.0,
            "is_vacancy": self.vacancy_right / self.docs if self.docs else 1.0,
            "docs": self.docs,
        }

    def field_table(self, fields: Iterable[str] = SCORED_FIELDS) -> list[tuple[str, int, int, int, int]]:
        return [(n, self.tp[n], self.agree_blank[n], self.fp[n], self.fn[n]) for n in fields]


def load_labels(path: Path) -> dict[str, dict]:
    labels = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error}); fix that line") from error
            labels[row["id"]] = row
    return labels
