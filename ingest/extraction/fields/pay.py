"""Pay: monthly gross amounts (salary_min/max), any other amount with its period and basis, and pay scales.

Nothing is passed off as what it is not: an annual, hourly, daily or net amount fills pay_min/pay_max with
its period and basis and leaves salary_min/salary_max empty.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..document import Doc
from ..types import Found
from ..vocab_pay import (
    ANNUAL,
    DAILY,
    HOURLY,
    NET,
    NOT_PAY,
    PAY_CONTEXT,
    SCALE_KEYWORDS,
    SCALE_PATTERNS,
    SCALE_PRECISION,
)

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
_DIPLOMA = re.compile(r"diplom|bachelor|master|opleiding|getuigschrift|onderwijs|etudes|studies")
_ANNUAL, _HOURLY, _DAILY, _NET = (re.compile(p) for p in (ANNUAL, HOURLY, DAILY, NET))
# "5.893,81 €", "€ 3 200", "3200 EUR", "2.900 et 3.400 euros", "52,000", "35 k€"
_AMOUNT = re.compile(
    r"(?:€|eur\b|euros?\b)?\s*(?<![\d.,/])(?P<num>\d{1,3}(?:[. \u202f]\d{3})+(?:,\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[,.]\d{1,2})?)"
    r"(?P<k>\s?k(?=\s*(?:€|eur)))?\s*(?P<cur>€|eur\b|euros?\b)?"
)
# "EUR 4,100 - 4,800": the top of a range whose bottom carries the currency.
# "28-32 k€": a bare number opening a range is read as the range's bottom, with the top.
_OPENS_RANGE = re.compile(r"\s*(?:-|a|to|tot|et|en|and)\s*(?:€\s*)?\d")
_RANGE_TOP = re.compile(
    r"(?:€|eur\b|euros?\b)\s*\d[\d.,\u202f ]*\s*(?:-|a|to|tot|et|en|and)\s*(?:max\.?\s*)?$"
)


# "entre 2.900 et 3.400 EUR", "tussen 3.100 en 4.250 euro", "de 2 900 à 3 400 €": the currency is written
# once, after the top of the range; the bottom is the number before it.
_RANGE_BOTTOM = re.compile(
    r"(?P<word>(?:entre|de|tussen|van|between|from)\s+)?"
    r"(?P<num>\d{1,3}(?:[. \u202f]\d{3})+(?:,\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[,.]\d{1,2})?)"
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


# A sentence's end, not an abbreviation's dot ("ca. EUR 1800", "min. € 3.050").
_SENTENCE_BREAK = re.compile(
    r"(?<!\bca)(?<!\bmin)(?<!\bmax)(?<!\benv)(?<!\bapprox)(?<!\bvb)(?<!\bbv)\.\s|[;!?]\s"
)


_GROSS_AFTER = re.compile(r"\s*(?:bruts?|bruto|gross|brut mensuel)\b")


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
            match.group("cur")
            or "€" in window
            or "eur" in doc.folded[match.start() : match.start() + 4]
            or _RANGE_TOP.search(doc.folded, max(0, match.start() - 30), match.start("num"))
        )
        value = _number(match.group("num"))
        if value is not None and match.group("k"):
            value *= 1000
        leading = doc.folded[match.start() : match.start("num")]
        if not match.group("cur") and not leading.strip() and _OPENS_RANGE.match(doc.folded, match.end()):
            continue
        if not has_currency and not _SALARY_LABEL_BEFORE.search(
            doc.folded, max(0, match.start() - 45), match.start("num")
        ):
            continue
        if value is None or value < 5:
            continue
        if not has_currency and doc.folded[match.end("num") : match.end("num") + 1].isalpha():
            continue  # "Rémunération : 13e mois": an ordinal, not an amount
        before = doc.folded[max(0, match.start() - 70) : match.start()]
        after = doc.folded[match.end() : match.end() + 50]
        # "Prime de 800 €. Salaire : 2.600 €": what precedes a sentence break belongs to the sentence before;
        # "… 2.874,66 €) ; chèques-repas": what follows a clause break belongs to the next clause.
        own_before = _SENTENCE_BREAK.split(before)[-1]
        own_after = _SENTENCE_BREAK.split(after)[0]
        # "13e mois, chèques-repas, 2 800 € bruts": a list item before an amount that says it is gross pay is
        # not the amount's own.
        line_before = own_before.split("\n")[-1]
        if _GROSS_AFTER.match(after):
            line_before = re.split(r",(?=\s|$)", line_before)[-1]
        if _NOT_PAY.search(line_before[-40:]) or _NOT_PAY.search(re.split(r"[;)\n+]", after[:20])[0]):
            continue
        if not _PAY_CONTEXT.search(before + " " + after) and not _alone_on_line(doc, match):
            continue
        context = own_before[-50:] + match.group(0) + own_after
        if (low := _range_bottom(before, value, thousands=bool(match.group("k")))) is not None:
            out.append((match.start() - len(before) + low[0], low[1], context))
        out.append((match.start("num"), value, context))
    return out


def _range_bottom(before: str, top: Decimal, *, thousands: bool) -> tuple[int, Decimal] | None:
    """The bottom of a range whose top is `top`; without "entre"/"van" before it, only a number of the same
    order ("28-32 k€", "2.900 - 3.400 €")."""
    bottom = _RANGE_BOTTOM.search(before)
    if not bottom or (low := _number(bottom.group("num"))) is None:
        return None
    if thousands and low < 1000:
        low *= 1000
    if low >= top or (not bottom.group("word") and low * 2 < top):
        return None
    return bottom.start("num"), low


def _period(context: str, value: Decimal) -> str:
    if _ANNUAL.search(context) or value >= 20000:
        return "year"
    if _HOURLY.search(context) or value < 100:
        return "hour"
    if _DAILY.search(context):
        return "day"
    return "month"


Amount = tuple[int, Decimal, str, str, str]  # start, value, context, period, basis


def _group(amounts: list[Amount], first: Amount) -> list[Amount]:
    """The amounts of the same period and basis as `first` written near it: the range it opens."""
    return [a for a in amounts if a[3:] == first[3:] and 0 <= a[0] - first[0] < 600]


def _pay_amounts(doc: Doc) -> dict[str, Found]:
    amounts = [
        (start, value, context, _period(context, value), "net" if _NET.search(context) else "gross")
        for start, value, context in _amounts(doc)
    ]
    if not amounts:
        return {}
    first = amounts[0]
    values = [a[1] for a in _group(amounts, first)]
    evidence = doc.sentence(first[0], 200)
    out = {
        "pay_min": Found(float(min(values)), 0.8, evidence, first[0], "amount"),
        "pay_max": Found(float(max(values)), 0.8, evidence, first[0], "amount"),
        "pay_period": Found(first[3], 0.8, evidence, first[0], "amount"),
        "pay_basis": Found(first[4], 0.8, evidence, first[0], "amount"),
    }
    # "Bruto jaarwedde: min. € 16.250 … Bij aanwerving bedraagt het bruto maandloon € 2.817,61": the monthly
    # gross amount is the salary, wherever it is written.
    monthly = next((a for a in amounts if a[3:] == ("month", "gross") and 900 <= a[1] <= 20000), None)
    if monthly:
        values = [a[1] for a in _group(amounts, monthly) if 900 <= a[1] <= 20000]
        evidence = doc.sentence(monthly[0], 200)
        out["salary_min"] = Found(float(min(values)), 0.85, evidence, monthly[0], "monthly-gross-amount")
        out["salary_max"] = Found(float(max(values)), 0.85, evidence, monthly[0], "monthly-gross-amount")
    return out


def _scale_text(kind: str, match: re.Match[str], original: str) -> str:
    numbers = [g for g in match.groups() if g]
    if kind in _NAMED_AS_WRITTEN:
        return _NAMED_AS_WRITTEN[kind](match, original)
    if kind == "echelon":  # the committee first, as in "CP 329.02, échelon 4.2"
        return f"{_committee(original)} {numbers[1]} échelon {numbers[0]}"
    if kind == "committee_echelon":
        return f"{_committee(original)} {numbers[0]} échelon {numbers[1]}"
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


def _group_as_written(match: re.Match[str], original: str) -> str:
    index = match.lastindex or 1
    return original[match.start(index) - match.start() : match.end(index) - match.start()]


# Scales given as written in the posting (accents and case kept), after a fixed word.
_NAMED_AS_WRITTEN = {
    "echelle_code": lambda m, o: f"échelle {_group_as_written(m, o).upper()}",
    "international": lambda m, o: re.sub(r"[\s-]", "", _group_as_written(m, o)).upper(),
    "ccn": lambda m, o: f"CCN {_group_as_written(m, o)}",
    "grille": lambda m, o: f"grille {_grille_name(m, o)}",
    "bv": _group_as_written,
    "ific_bare": lambda m, o: "IFIC",
    "band": lambda m, o: f"Band {_group_as_written(m, o)}",
    "scale_code": lambda m, o: (
        re.sub(r"\s*(?:-|to)\s*", "-", _group_as_written(m, o)).replace(" ", "").upper()
    ),
    "schaal": lambda m, o: "Schaal " + re.sub(r"\s*(?:-|tot|t/m)\s*", "-", _group_as_written(m, o)),
    "salary_grade": lambda m, o: f"Salary Grade {_group_as_written(m, o)}",
    "flemish_step": lambda m, o: _group_as_written(m, o).upper(),
}


def _grille_name(match: re.Match[str], original: str) -> str:
    name = _group_as_written(match, original)
    return name.upper() if match.group(1) else f"de la {name}"


def _scale_word(original: str) -> str:
    """ "barema" where the posting writes it in Dutch, "barème" otherwise."""
    return "barema" if re.search(r"(?i)\bbarema\b", original) else "barème"


def _committee(original: str) -> str:
    """ "PC" where the posting writes the Dutch paritair comité, "CP" otherwise."""
    return "PC" if re.search(r"\b(?:PC|pc)\b|[Pp]aritair\s+[Cc]omit", original) else "CP"


def _pay_scale(doc: Doc) -> dict[str, Found]:
    best: tuple[int, int, str] | None = None
    for kind, pattern in _SCALES:
        keywords = SCALE_KEYWORDS.get(kind)
        if keywords and not any(word in doc.folded for word in keywords):
            continue
        for match in pattern.finditer(doc.folded):
            before = doc.folded[max(0, match.start() - 60) : match.start()]
            if kind == "flemish" and not (
                _PAY_CONTEXT.search(before)
                or _GRADE_CONTEXT.search(before)
                or _bracketed_range(doc, match)
                or _grade_line(doc, match)
            ):
                continue
            if kind == "bv" and not _care_scale(doc, match):
                continue
            if kind == "schaal" and not (
                match.group(0).startswith(("salaris", "loon")) or _PAY_CONTEXT.search(before)
            ):
                continue
            if kind in ("level", "grade", "flemish") and (
                _LANGUAGE_LEVEL.match(doc.folded, match.end()) or _LANGUAGE_WORD.search(before[-40:])
            ):
                continue  # "niveau B2 en néerlandais", "néerlandais : niveau B2": a language level
            if kind in ("level", "grade") and _NOT_PAY.search(
                doc.folded[max(0, match.start() - 30) : match.start()]
            ):
                continue
            if kind == "grade" and _DIPLOMA.search(
                doc.folded, doc.line_at(match.start()).start, match.start()
            ):
                continue  # "Diploma: bachelor (niveau B)": the level of a diploma
            original = doc.text[match.start() : match.end()]
            if kind == "named" and not _scale_name(doc, match, original):
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


def _scale_name(doc: Doc, match: re.Match[str], original: str) -> bool:
    """ "barème FMM" (an acronym), or "selon barème Inserm." (a name ending the phrase, after a lowercase
    "barème"); not "Barème Fédéral" (a heading) nor "barème Maribel social"."""
    name = original.split()[-1]
    if name.isupper():
        return True
    return (
        name[0].isupper()
        and original[0] == "b"
        and bool(re.match(r"[ \t]*(?:[.;,)(]|$|\n)", doc.text[match.end() : match.end() + 3]))
    )


def _bracketed_range(doc: Doc, match: re.Match[str]) -> bool:
    """ "Consulent onthaalouders (B1-B3)": a range of grades in brackets after a title is the post's scale."""
    grades = match.group(1)
    line = doc.line_at(match.start())
    opened = doc.folded.rfind("(", line.start, match.start())
    # "(B1-B3)", "(halftijds, B1-3)": the grades close the brackets of the title's line
    return (
        "-" in grades
        and opened >= 0
        and _TERMS_IN_BRACKETS.fullmatch(doc.folded, opened + 1, match.start()) is not None
        and doc.folded[match.end() : match.end() + 1] == ")"
    )


_GRADE_LINES = 15
# Only the post's terms may stand before the grades in the brackets: "(halftijds, B1-3)", not "(zaal B1-2)".
_TERMS_IN_BRACKETS = re.compile(
    r"(?:[\s,/–-]*(?:halftijds|voltijds|deeltijds|contractueel|statutair|contractuel|statutaire|cdi|cdd|"
    r"mi-temps|temps plein|\d{1,3}\s*%))*[\s,/–-]*"
)


def _grade_line(doc: Doc, match: re.Match[str]) -> bool:
    """ "B1-B2-B3" alone on a line of the posting's header: the grades of the post."""
    line = doc.line_at(match.start())
    return (
        "-" in match.group(1)
        and line.number < _GRADE_LINES
        and doc.folded[line.start : line.end].strip() == match.group(0).strip()
    )


_CONTRACT_LINE = re.compile(
    r"contractueel|statutair|voltijds|halftijds|deeltijds|niveau|schaal|barema|weddeschaal"
)


def _care_scale(doc: Doc, match: re.Match[str]) -> bool:
    """ "BV1-BV3" anywhere; "Bv" (without its number: also "bijvoorbeeld", or a Dutch company) only written
    so and on a line about the contract."""
    written = doc.text[match.start(1) : match.end(1)]
    if not written.startswith("B"):
        return False
    if any(ch.isdigit() for ch in written):
        return True
    line = doc.line_at(match.start())
    return written == "Bv" and bool(_CONTRACT_LINE.search(doc.folded, line.start, line.end))


def find_pay(doc: Doc) -> dict[str, Found]:
    return {**_pay_amounts(doc), **_pay_scale(doc)}
