"""Pay: monthly gross amounts (salary_min/max), any other amount with its period and basis, and pay scales.

Nothing is passed off as what it is not: an annual, hourly, daily or net amount fills pay_min/pay_max with
its period and basis and leaves salary_min/salary_max empty.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..document import Doc
from ..types import Found
from ..vocab_pay import ANNUAL, DAILY, HOURLY, NET, NOT_PAY, PAY_CONTEXT, SCALE_PATTERNS, SCALE_PRECISION

_SCALES = tuple((kind, re.compile(pattern)) for kind, pattern in SCALE_PATTERNS)
_PAY_CONTEXT = re.compile(PAY_CONTEXT)
_GRADE_CONTEXT = re.compile(r"\b(?:niveau|graad|rang|schaal|echelle|grade|level|functieklasse)\b")
_LANGUAGES = (
    r"(?:neerlandais|francais|anglais|allemand|nederlands|frans|engels|duits|english|french|dutch|"
    r"german|langue|taal|language|cecr|erk|cefr)"
)
_LANGUAGE_WORD = re.compile(r"\b" + _LANGUAGES)
_LANGUAGE_LEVEL = re.compile(r"[^\n]{0,25}\b" + _LANGUAGES)
_NOT_PAY = re.compile(NOT_PAY)
_ANNUAL, _HOURLY, _DAILY, _NET = (re.compile(p) for p in (ANNUAL, HOURLY, DAILY, NET))
# "5.893,81 €", "€ 3 200", "3200 EUR", "2.900 et 3.400 euros", "52,000"
_AMOUNT = re.compile(
    r"(?:€|eur\b|euros?\b)?\s*(?P<num>\d{1,3}(?:[. \u202f]\d{3})+(?:,\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[,.]\d{1,2})?)"
    r"\s*(?P<cur>€|eur\b|euros?\b)?"
)


# "entre 2.900 et 3.400 EUR", "tussen 3.100 en 4.250 euro", "de 2 900 à 3 400 €": the currency is written
# once, after the top of the range; the bottom is the number before it.
_RANGE_BOTTOM = re.compile(
    r"(?:entre|de|tussen|van|between|from)\s+(?P<num>\d{1,3}(?:[. \u202f]\d{3})+(?:,\d{1,2})?|\d+(?:[,.]\d{1,2})?)"
    r"\s*(?:€|eur|euros?)?\s*(?:et|a|-|–|en|and|to|tot)\s*(?:€\s*)?$"
)


def _number(text: str) -> Decimal | None:
    text = text.replace("\u202f", " ").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", text):  # 5.893,81
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", text):  # 52,000.00
        text = text.replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


# "Salaire brut : 2.206,57 / mois": after a salary label the amount needs no currency sign.
_SALARY_LABEL_BEFORE = re.compile(
    r"(?:salaire|remuneration|traitement|brutoloon|loon|salaris|salary)(?: mensuel)?(?: brut| bruto| gross)?"
    r"(?: mensuel)?\s*:\s*(?:entre\s+|de\s+|van\s+|tussen\s+)?$"
)


def _alone_on_line(doc: Doc, match: re.Match[str]) -> bool:
    """ "2422€" alone on a line of a portal's header: the pay the portal shows."""
    line = doc.line_at(match.start("num"))
    return line.number < 12 and doc.folded[line.start : line.end].strip() == match.group(0).strip()


def _amounts(doc: Doc) -> list[tuple[int, Decimal, str]]:
    """Amounts in euros with pay words around them and no 'not pay' word just before."""
    out = []
    for match in _AMOUNT.finditer(doc.folded):
        window = doc.folded[match.start() - 3 : match.end() + 3]
        has_currency = (
            match.group("cur") or "€" in window or "eur" in doc.folded[match.start() : match.start() + 4]
        )
        value = _number(match.group("num"))
        if not has_currency and not _SALARY_LABEL_BEFORE.search(
            doc.folded, max(0, match.start() - 45), match.start("num")
        ):
            continue
        if value is None or value < 5:
            continue
        before = doc.folded[max(0, match.start() - 70) : match.start()]
        after = doc.folded[match.end() : match.end() + 50]
        # "… 2.874,66 €) ; chèques-repas": what follows a clause break belongs to the next clause.
        if _NOT_PAY.search(before[-40:]) or _NOT_PAY.search(re.split(r"[;)\n]", after[:20])[0]):
            continue
        if not _PAY_CONTEXT.search(before + " " + after) and not _alone_on_line(doc, match):
            continue
        context = before[-50:] + match.group(0) + after
        bottom = _RANGE_BOTTOM.search(before)
        if bottom and (low := _number(bottom.group("num"))) is not None and low < value:
            out.append((match.start() - len(before) + bottom.start("num"), low, context))
        out.append((match.start("num"), value, context))
    return out


def _period(context: str, value: Decimal) -> str:
    if _ANNUAL.search(context) or value >= 20000:
        return "year"
    if _HOURLY.search(context) or value < 100:
        return "hour"
    if _DAILY.search(context):
        return "day"
    return "month"


def _pay_amounts(doc: Doc) -> dict[str, Found]:
    amounts = _amounts(doc)
    if not amounts:
        return {}
    first_start, first_value, first_context = amounts[0]
    period = _period(first_context, first_value)
    basis = "net" if _NET.search(first_context) else "gross"
    same = [(s, v, c) for s, v, c in amounts if _period(c, v) == period and s - first_start < 600]
    values = [v for _, v, _ in same]
    low, high = min(values), max(values)
    evidence = doc.sentence(first_start, 200)
    out = {
        "pay_min": Found(float(low), 0.8, evidence, first_start, "amount"),
        "pay_max": Found(float(high), 0.8, evidence, first_start, "amount"),
        "pay_period": Found(period, 0.8, evidence, first_start, "amount"),
        "pay_basis": Found(basis, 0.8, evidence, first_start, "amount"),
    }
    if period == "month" and basis == "gross" and Decimal(900) <= low and high <= Decimal(20000):
        out["salary_min"] = Found(float(low), 0.85, evidence, first_start, "monthly-gross-amount")
        out["salary_max"] = Found(float(high), 0.85, evidence, first_start, "monthly-gross-amount")
    return out


def _scale_text(kind: str, match: re.Match[str], original: str) -> str:
    numbers = [g for g in match.groups() if g]
    if kind == "echelon":
        return f"Echelon {numbers[0]} {_committee(original)} {numbers[1]}"
    if kind == "ific":
        return f"IFIC {numbers[0]}"
    if kind == "cp":
        return f"{_committee(original)} {numbers[0]}"
    if kind == "bareme":
        return f"{_scale_word(original)} {numbers[0].replace('/', '.')}"
    if kind == "code":
        return f"{_scale_word(original)} {numbers[0].upper()}"
    if kind == "named":
        return f"barème {original.split()[-1]}"
    if kind == "am":
        return re.sub(r"\s+", "", original[match.start(match.lastindex or 1) - match.start() :]).upper()
    # "a1a-a3a" → "A1a-A3a", "bh1" → "BH1": grade letters in capitals, a sub-grade letter as written.
    grades = numbers[0].replace(" ", "").split("-")
    grade = (
        "-".join(grades[:: len(grades) - 1]) if len(grades) > 2 else "-".join(grades)
    )  # "B1-B2-B3" → "B1-B3"
    grade = grade.upper() if len(grade) == 1 else grade
    return re.sub(r"\b([a-e])(h?)(\d)", lambda m: (m[1] + m[2]).upper() + m[3], grade)


def _scale_word(original: str) -> str:
    """ "barema" where the posting writes it in Dutch, "barème" otherwise."""
    return "barema" if re.search(r"(?i)\bbarema\b", original) else "barème"


def _committee(original: str) -> str:
    """ "PC" where the posting writes the Dutch paritair comité, "CP" otherwise."""
    return "PC" if re.search(r"\b(?:PC|pc)\b|[Pp]aritair\s+[Cc]omit", original) else "CP"


def _pay_scale(doc: Doc) -> dict[str, Found]:
    best: tuple[int, int, str] | None = None
    for kind, pattern in _SCALES:
        for match in pattern.finditer(doc.folded):
            before = doc.folded[max(0, match.start() - 60) : match.start()]
            if kind == "flemish" and not (_PAY_CONTEXT.search(before) or _GRADE_CONTEXT.search(before)):
                continue
            if kind in ("level", "grade", "flemish") and (
                _LANGUAGE_LEVEL.match(doc.folded, match.end()) or _LANGUAGE_WORD.search(before[-40:])
            ):
                continue  # "niveau B2 en néerlandais", "néerlandais : niveau B2": a language level
            if kind in ("level", "grade") and _NOT_PAY.search(
                doc.folded[max(0, match.start() - 30) : match.start()]
            ):
                continue
            original = doc.text[match.start() : match.end()]
            if kind == "named" and not original.split()[-1].isupper():
                continue
            if kind == "grade" and len(match.group(1)) == 1 and not doc.text[match.start(1)].isupper():
                continue  # "de niveau à définir": a level letter is a capital
            candidate = (SCALE_PRECISION[kind], match.start(), _scale_text(kind, match, original))
            best = min(best or candidate, candidate)
            break
    if best is None:
        return {}
    _, start, text = best
    return {"pay_scale": Found(text, 0.8, doc.sentence(start, 160), start, "scale-name")}


def find_pay(doc: Doc) -> dict[str, Found]:
    return {**_pay_amounts(doc), **_pay_scale(doc)}
