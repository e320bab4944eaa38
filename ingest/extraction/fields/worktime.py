"""Working time: full or part time, hours per week, and the fraction of full time (fte)."""

from __future__ import annotations

import re

from ..document import Doc
from ..types import Found
from ..vocab_worktime import FRACTION_PATTERNS, HOURS, HOURS_IN_PARENS, PERCENT_CONTEXT, TEAM_CONTEXT

_FRACTIONS = tuple((re.compile(pattern), fte) for pattern, fte in FRACTION_PATTERNS)
_PERCENT_CONTEXT = re.compile(PERCENT_CONTEXT)
_TEAM_CONTEXT = re.compile(TEAM_CONTEXT)
_HOURS = re.compile(HOURS)
_HOURS_IN_PARENS = re.compile(HOURS_IN_PARENS)
FULL_TIME_HOURS = 36


def _fractions(folded: str, start: int, end: int) -> list[tuple[int, float | None, int]]:
    out = []
    for pattern, fte in _FRACTIONS:
        for match in pattern.finditer(folded, start, end):
            before = folded[max(0, match.start() - 60) : match.start()]
            text = match.group(0)
            if ("etp" in text or "vte" in text or "fte" in text) and _TEAM_CONTEXT.search(before[-35:]):
                continue
            if "%" in text and not _PERCENT_CONTEXT.search(
                folded[max(0, match.start() - 40) : match.end() + 25]
            ):
                continue
            out.append((match.start(), fte, match.end()))
    return out


def _hours(folded: str, start: int, end: int) -> list[tuple[int, float]]:
    out = []
    for match in _HOURS.finditer(folded, start, end):
        hours = int(match.group("h"))
        if match.group("min"):
            hours += int(match.group("min")) / 60
        elif match.group("dec"):
            hours = float(f"{match.group('h')}.{match.group('dec')}")
        if 4 <= hours <= 60 and not _TEAM_CONTEXT.search(folded[max(0, match.start() - 25) : match.start()]):
            out.append((match.start(), round(hours, 2)))
    for match in _HOURS_IN_PARENS.finditer(folded, start, end):
        hours = int(match.group("h"))
        if 20 <= hours <= 60:
            out.append((match.start("h"), float(hours)))
    return out


def _decide(doc: Doc, start: int, end: int, strategy: str, confidence: float) -> dict[str, Found]:
    fractions = _fractions(doc.folded, start, end)
    hours = _hours(doc.folded, start, end)
    if not fractions and not hours:
        return {}
    known = [fte for _, fte, _ in fractions if fte is not None]
    fte = max(known) if known else None
    max_hours = max((h for _, h in hours), default=None)
    if fte is None and max_hours is not None and max_hours >= FULL_TIME_HOURS and not fractions:
        fte = 1.0
    if fte is not None and fte >= 0.95:
        work_time = "full_time"
    elif fte is not None or fractions or (max_hours is not None and max_hours < FULL_TIME_HOURS):
        work_time = "part_time"
    else:
        work_time = "full_time"
    anchor = min([p for p, _, _ in fractions] + [p for p, _ in hours])
    evidence = doc.sentence(anchor, 160)
    out = {"work_time": Found(work_time, confidence, evidence, anchor, strategy)}
    if max_hours is not None:
        out["hours_per_week"] = Found(max_hours, confidence, evidence, anchor, strategy)
    if fte is not None:
        out["fte"] = Found(fte, confidence * 0.95, evidence, anchor, strategy)
    return out


def find_work_time(doc: Doc) -> dict[str, Found]:
    for item in doc.labelled_values("work_time"):
        found = _decide(doc, item.start, item.start + len(item.value), "label", 0.9)
        if found:
            return found
    return _decide(doc, 0, len(doc.folded), "cue-phrase", 0.75)
