"""The kind of contract offered (CDI, CDD, remplacement, statutaire…)."""

from __future__ import annotations

import re

from ..document import Doc
from ..types import Found
from ..vocab_contract import CONTRACT_PATTERNS, LABEL_PATTERNS, PROSPECT

_PATTERNS = tuple((value, re.compile(pattern)) for value, pattern in CONTRACT_PATTERNS)
_LABEL_PATTERNS = _PATTERNS + tuple((value, re.compile(pattern)) for value, pattern in LABEL_PATTERNS)
_PROSPECT = re.compile(PROSPECT)


def _mentions(
    doc: Doc, start: int = 0, end: int | None = None, patterns=_PATTERNS
) -> list[tuple[int, str, str]]:
    end = len(doc.folded) if end is None else end
    found = []
    for value, pattern in patterns:
        for match in pattern.finditer(doc.folded, start, end):
            if _PROSPECT.search(doc.folded[max(0, match.start() - 45) : match.start()]):
                continue
            found.append((match.start(), value, doc.text[match.start() : match.end()]))
    return sorted(found)


def _choose(mentions: list[tuple[int, str, str]]) -> tuple[int, str, str] | None:
    """The first contract named, except that a replacement (often also called a CDD) says so and wins."""
    replacement = [m for m in mentions if m[1] == "remplacement"]
    return replacement[0] if replacement else (mentions[0] if mentions else None)


def find_contract(doc: Doc) -> dict[str, Found]:
    for item in doc.labelled_values("contract_type"):
        chosen = _choose(_mentions(doc, item.start, item.start + len(item.value), _LABEL_PATTERNS))
        if chosen:
            return {"contract_type": Found(chosen[1], 0.9, item.value[:200], chosen[0], "label")}
    chosen = _choose(_mentions(doc))
    if not chosen:
        return {}
    start, value, _evidence = chosen
    head = doc.nonblank[min(5, len(doc.nonblank) - 1)].end if doc.nonblank else 0
    confidence = 0.85 if start < head else 0.75
    return {"contract_type": Found(value, confidence, doc.sentence(start, 160), start, "cue-phrase")}
