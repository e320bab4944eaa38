"""Working time: full or part time, hours per week, and the fraction of full time (fte)."""

from __future__ import annotations

import re

from ..document import Doc
from ..labels import label_of
from ..types import Found
from ..vocab_worktime import (
    DAYS_PER_WEEK,
    FRACTION_PATTERNS,
    HOURS,
    HOURS_AFTER_WORD,
    HOURS_IN_PARENS,
    HOURS_IN_TITLE_SLOT,
    HOURS_NOT_POST,
    HOURS_OF_DAYS,
    HOURS_OF_WEEK,
    HOURS_OPTIONS,
    HOURS_PER_MONTH,
    HOURS_WEEK_WORD,
    HOURS_WEEKLY_BEFORE,
    NOT_WORKING_DAYS,
    NUMERIC_FRACTIONS,
    PAY_AFTER,
    PAY_BASIS_BEFORE,
    PAY_WORDS,
    PERCENT_CONTEXT,
    SERVICE_NAME_BEFORE,
    STATISTIC_BEFORE,
    TEAM_CONTEXT,
)

_SHARE_OF = re.compile(r"\s*(?:de|du|des|d'|of|van)\b")
# "80 % d'un temps plein", "80% van een voltijdse betrekking": the share of a full-time post, which is the
# reference and not the post's own time.
_SHARE_OF_TIME = re.compile(
    r"\s*(?:d'un |d'une |of a |of |van een |van )(?:temps plein|temps complet|full|voltijd|etp|fte|vte)"
)
_REFERENCE_BEFORE = re.compile(r"\d\s*%\s*(?:d'un|d'une|of a|of|van een|van)\s*$")
_NUMERIC = -1.0  # the fraction is written as a number, read from the match
# Every phrase starts a word or a number (",5 ETP" a decimal): checking that first lets the search skip the
# inside of words quickly.
_FRACTIONS = tuple(
    (re.compile(rf"(?:\b|(?=[,.]\d))(?:{pattern})"), fte) for pattern, fte in FRACTION_PATTERNS
) + tuple((re.compile(rf"(?:\b|(?=[,.]\d))(?:{pattern})"), _NUMERIC) for pattern in NUMERIC_FRACTIONS)
_PERCENT_CONTEXT = re.compile(PERCENT_CONTEXT)
_TEAM_CONTEXT = re.compile(TEAM_CONTEXT)
_HOURS = re.compile(HOURS)
_HOURS_IN_PARENS = re.compile(HOURS_IN_PARENS)
_HOURS_OF_DAYS = re.compile(HOURS_OF_DAYS)
_HOURS_AFTER_WORD = re.compile(HOURS_AFTER_WORD)
_HOURS_OF_WEEK = re.compile(HOURS_OF_WEEK)
_HOURS_OPTIONS = re.compile(HOURS_OPTIONS)
_HOURS_IN_TITLE_SLOT = re.compile(HOURS_IN_TITLE_SLOT, re.MULTILINE)
_TITLE_SLOT_LINES = 3
# "lundi, 14h - 18h": times of day, a range of them.
_TIME_RANGE = re.compile(r"\d{1,2}\s*[hu](?:\d{2})?\s*[-–]\s*\d{1,2}\s*[hu]\b|\d\s*[hu]\s*(?:a|tot|to)\s*\d")
_HOURS_WEEK_WORD = re.compile(HOURS_WEEK_WORD)
_HOURS_WEEKLY_BEFORE = re.compile(HOURS_WEEKLY_BEFORE)
_HOURS_NOT_POST = re.compile(HOURS_NOT_POST)
_PAY_BASIS_BEFORE = re.compile(PAY_BASIS_BEFORE)
_PAY_WORDS = re.compile(PAY_WORDS)
_PAY_AFTER = re.compile(PAY_AFTER)
_SERVICE_NAME_BEFORE = re.compile(SERVICE_NAME_BEFORE)
_DAYS_PER_WEEK = re.compile(DAYS_PER_WEEK)
_HOURS_PER_MONTH = re.compile(HOURS_PER_MONTH)
_NOT_WORKING_DAYS = re.compile(NOT_WORKING_DAYS)
# "1 ETP pour 7 enfants", "1 VTE per 10 bedden": a staffing ratio, not the post.
_RATIO_AFTER = re.compile(r"\s*(?:pour|per|par|voor|for)\s+\d")
# "- 1 ETP médical\n- 2 ETP psychologues": a line opening on a count of full-time equivalents, among others
# like it, lists the team.
_STAFF_LINE = re.compile(r"^(?:• )?\d+(?:[,.]\d+)?\s*(?:etp|vte|fte)\b", re.MULTILINE)
# "Temps de travail : 35h": under a working-time label, hours are per week.
_LABEL_BARE_HOURS = re.compile(
    r"\s*(?P<h>\d{1,2})(?:[,.](?P<dec>\d{1,2}))?\s*(?:h|u|heures|uur|hours)(?P<min>\d{2})?(?![a-z])"
)
_LABEL_HOURS_RANGE = re.compile(
    r"\s*(?:de\s+|van\s+|tussen\s+|between\s+)?(\d{1,2})\s*(?:h|u|uur|heures)?\s*(?:-|–|a|à|tot|en|et|to|and)\s*"
    r"(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:h|u|heures|uur|hours)?\s*(?:(?:par|per|/)\s*(?:semaine|week)\b\.?\s*)?(?:\(|$)"
)
# "Prestations : 3/5": under a working-time label a bare ratio is the fraction (elsewhere it may be a date).
_LABEL_RATIO = re.compile(r"\s*(?P<num>[1-9])/(?P<den>5|10)(?![\d/])")
# "… bruto per maand (voltijdse basis)": the basis the amount is written on.
_BASIS_AFTER = re.compile(r"\s*(?:basis|base|position|post|job)\b")
# 35 hours is a full week in France, 36 to 40 in Belgium.
FULL_TIME_HOURS = 35
_EQUIVALENTS_AFTER = re.compile(r"e?\s+equivalent")
# "Possibilité de passer à temps plein en 2027", "30 jours de congés (temps plein)": a later option or the
# basis of a leave count, not the post's working time.
_NOT_THIS_POST = re.compile(
    r"(?:(?:possibilite de passer a|passer a|evoluer vers|evolution vers|uitbreiding naar|uit te breiden (?:naar|tot)|"
    r"later (?:naar|to))[^.\n;]{0,25}|"
    r"(?:conges?|verlof\w*|vakantiedagen|days? of leave|annual leave)\s*"
    r"(?:\(|(?:bij|pour|for|sur|op|en)\s+(?:(?:een|un|une|a|la|base d'un|basis van een)\s+)?)\s*)$"
)


# "Vanaf 2008 worden alle prestaties als voltijds meegerekend": how seniority is counted, not the post's time.
_COUNTED_AS = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:meegerekend|aangerekend|gerekend|beschouwd|in aanmerking genomen|"
    r"pris(?:es)? en compte|comptabilisee?s?|valorisee?s?|counted|considered)\b"
)
_STATISTIC_BEFORE = re.compile(STATISTIC_BEFORE)
# "Een voltijds personeelslid ontvangt een ecocheque van 160 euro": the worker a benefit is counted for.
_BENEFIT_BASIS = re.compile(
    r"[ \t]+(?:personeelslid|medewerker|werknemer|travailleur|travailleuse|employee|staff member)s?[ \t]+"
    r"(?:ontvangt|ontvangen|krijgt|krijgen|heeft recht|hebben recht|a droit|ont droit|recoit|recoivent|beneficie|"
    r"receives?|is entitled|are entitled|gets?)\b"
)
# Units a team is counted in: "L'équipe compte 4 ETP", "compte un équivalent temps plein de psychologue".
_COUNTED_UNIT = re.compile(r"etp|vte|fte|equivalent")


# "Vacature: projectmedewerker (80%)": a percentage in brackets closing a line of the head is the post's.
_TITLE_PERCENT = re.compile(r"\(\s*\d{2,3}\s*%\s*\)[ \t]*(?:\n|$)")
_HEAD_CHARS = 600


_TITLE_WORDS = re.compile(
    r"vacature|vacancy|offre|emploi|job|recrute|zoekt|engage|gezocht|m/v|h/f|m/f|medewerker|werker|assistant|"
    r"educat|infirm|verpleeg|begeleider|coordinat|therapeut|officer|manager|adviseur|consulent|charge"
)


def _title_percent(folded: str, match: re.Match[str]) -> bool:
    if match.start() >= _HEAD_CHARS or not _TITLE_PERCENT.match(folded, match.start() - 1):
        return False
    line_start = folded.rfind("\n", 0, match.start()) + 1
    # The posting's first line is its title: "Opvoedkundigen (100%)".
    return not folded[:line_start].strip() or bool(_TITLE_WORDS.search(folded, line_start, match.start()))


def _fractions(
    folded: str, start: int, end: int, skip: tuple[tuple[int, int], ...] = (), *, labelled: bool = False
) -> list[tuple[int, float | None, int]]:
    out = []
    for pattern, fte in _FRACTIONS:
        for match in pattern.finditer(folded, start, end):
            if any(a <= match.start() < b for a, b in skip):
                continue
            if _RATIO_AFTER.match(folded, match.end()) and re.search(r"etp|vte|fte", match.group(0)):
                continue
            before = folded[max(0, match.start() - 60) : match.start()]
            text = match.group(0)
            if _COUNTED_UNIT.search(text) and _TEAM_CONTEXT.search(before[-35:]):
                continue
            if _NOT_THIS_POST.search(before[-45:]) or _SERVICE_NAME_BEFORE.search(before[-30:]):
                continue
            if _COUNTED_AS.match(folded, match.end()) or _BENEFIT_BASIS.match(folded, match.end()):
                continue
            if "%" in text and _STATISTIC_BEFORE.search(before[-25:]):
                continue
            if fte == 1.0 and _REFERENCE_BEFORE.search(before[-20:]):
                continue
            if before.endswith(("equivalent ", "equivalents ")) or _EQUIVALENTS_AFTER.match(
                folded, match.end()
            ):
                continue  # "9,3 équivalents temps plein", "12 voltijdse equivalenten": a team's size
            paid_before = _PAY_WORDS.search(before[-100:])
            if fte == 1.0 and (
                (paid_before and _PAY_BASIS_BEFORE.search(before[-25:]))
                or (paid_before and _BASIS_AFTER.match(folded, match.end()))
                or _PAY_AFTER.match(folded, match.end())
            ):
                continue
            if (
                "%" in text
                and not labelled
                and not _title_percent(folded, match)
                and not _PERCENT_CONTEXT.search(folded[max(0, match.start() - 40) : match.end() + 25])
            ):
                continue
            if (
                "%" in text
                and _SHARE_OF.match(folded, match.end())
                and not _SHARE_OF_TIME.match(folded, match.end())
            ):
                continue  # "30 % de travail administratif", "20% of your time": a share of the tasks
            value = _numeric_fraction(match) if fte == _NUMERIC else fte
            if value is None or value > 0:
                out.append((match.start(), value, match.end()))
    return out


def _numeric_fraction(match: re.Match[str]) -> float:
    """The fraction of a "0,85 ETP", "65 %" or "3/5e": 0 when it is none (above 1)."""
    groups = match.groupdict()
    if groups.get("n"):
        value = float(groups["n"].replace(",", "."))
    elif groups.get("p"):
        value = int(groups["p"]) / 100
    else:
        value = int(groups["num"]) / int(groups["den"])
    return round(value, 2) if 0 < value <= 1 else 0.0


def _hours(folded: str, start: int, end: int) -> list[tuple[int, float]]:
    out = []
    patterns = (
        _HOURS,
        _HOURS_IN_PARENS,
        _HOURS_OF_DAYS,
        _HOURS_AFTER_WORD,
        _HOURS_OF_WEEK,
        _HOURS_WEEKLY_BEFORE,
        _HOURS_OPTIONS,
    )
    for pattern in patterns:
        for match in pattern.finditer(folded, start, end):
            if not _HOURS_NOT_POST.search(folded[max(0, match.start() - 30) : match.start()]):
                out += _hours_value(match)
    head_end = _line_end(folded, _TITLE_SLOT_LINES)
    for match in _HOURS_IN_TITLE_SLOT.finditer(folded, start, min(end, head_end)):
        if not _TIME_RANGE.search(folded[max(0, match.start() - 12) : match.end() + 8]):
            out += _hours_value(match)
    return out


def _line_end(folded: str, lines: int) -> int:
    """Where the first `lines` non-empty lines end (only the head is scanned)."""
    seen, at = 0, 0
    while seen < lines and at < len(folded):
        end = folded.find("\n", at)
        end = len(folded) if end < 0 else end
        seen += bool(folded[at:end].strip())
        at = end + 1
    return at


def _hours_value(match: re.Match[str]) -> list[tuple[int, float]]:
    hours = float(match.group("h").replace(",", "."))
    groups = match.re.groupindex
    if "min" in groups and match.group("min"):
        hours += int(match.group("min")) / 60
    elif "dec" in groups and match.group("dec"):
        hours = float(f"{match.group('h')}.{match.group('dec')}")
    if "h2" in groups:
        hours = max(hours, float(match.group("h2")))
    return [(match.start("h"), round(hours, 2))] if 4 <= hours <= 60 else []


def _full_week(folded: str, start: int, end: int, fractions: list[tuple[int, float | None, int]]) -> list:
    """ "voltijds in een 38-urenweek": the hours of a full week, the post's own only when it is full time (the
    largest of the options written is)."""
    known = [fte for _, fte, _ in fractions if fte is not None]
    if fractions and (not known or max(known) < 0.95):
        return []
    return [value for match in _HOURS_WEEK_WORD.finditer(folded, start, end) for value in _hours_value(match)]


def _few_days(doc: Doc) -> dict[str, Found]:
    """ "2 à 3 jours par semaine", "14h de permanences par mois": part time, when nothing says more; "2 jours
    par semaine" is 0.4 of full time."""
    for pattern in (_DAYS_PER_WEEK, _HOURS_PER_MONTH):
        for match in pattern.finditer(doc.folded):
            around = doc.folded[max(0, match.start() - 40) : match.end() + 25]
            if _NOT_WORKING_DAYS.search(around):
                continue
            if pattern is _HOURS_PER_MONTH and match.group("n") and int(match.group("n")) > 80:
                continue
            evidence = doc.sentence(match.start(), 160)
            out = {"work_time": Found("part_time", 0.6, evidence, match.start(), "days-per-week")}
            if pattern is _DAYS_PER_WEEK and not match.group("upto"):
                # "2 jours par semaine" of a five-day week; "2 à 3 jours" gives no one fraction.
                out["fte"] = Found(int(match.group("n")) / 5, 0.5, evidence, match.start(), "days-per-week")
            return out
    return {}


def _week_fractions(folded: str, start: int, end: int) -> list[tuple[int, float | None, int]]:
    """ "(19/38)": the share of the full week the post works."""
    out = []
    for match in _HOURS_OF_WEEK.finditer(folded, start, end):
        share = float(match.group("h").replace(",", ".")) / int(match.group("week"))
        if 0 < share <= 1:
            out.append((match.start(), round(share, 2), match.end()))
    return out


def _skipped_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Where a working-time word is not the post's: a portal's field name ("Temps plein/temps partiel" alone
    on its line) and the lines of a staffing list."""
    spans = []
    for line in doc.nonblank:
        found = label_of(line.text)
        if found and found[0] == "work_time":
            spans.append((line.start, line.start + found[2]))
    staff = [m for m in _STAFF_LINE.finditer(doc.folded)]
    if len(staff) >= 2:
        spans += [(m.start(), doc.line_at(m.start()).end) for m in staff]
    return tuple(spans)


def _decide(doc: Doc, start: int, end: int, strategy: str, confidence: float) -> dict[str, Found]:
    labelled = strategy == "label"
    fractions = _fractions(doc.folded, start, end, _skipped_spans(doc), labelled=labelled) + _week_fractions(
        doc.folded, start, end
    )
    hours = _hours(doc.folded, start, end)
    if labelled and not hours and (bare := _LABEL_BARE_HOURS.match(doc.folded, start, end)):
        hours = _hours_value(bare)
    ratio = _LABEL_RATIO.match(doc.folded, start, end) if labelled and not fractions else None
    if ratio and (value := _numeric_fraction(ratio)):
        fractions = [(ratio.start("num"), value, ratio.end())]
    if not hours:
        hours = _full_week(doc.folded, start, end, fractions)
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


def _labelled_hours(doc: Doc) -> Found | None:
    """ "Heures/semaine : 30,4": the label gives the unit."""
    for item in doc.labelled_values("hours"):
        # "19", "30,4 h", "28h30 (3/4 temps)", "38 per week"
        match = re.match(
            r"\s*(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:(?:h|u)(\d{2})\b|h\b|u\b|heures|uur|hours)?"
            r"\s*(?:(?:par|per|/|a)\s*(?:semaine|week)\b\.?\s*)?(?:\(|$)",
            item.value,
        )
        if match and 4 <= (hours := float(match.group(1).replace(",", "."))) <= 60:
            hours = round(hours + int(match.group(2)) / 60, 2) if match.group(2) else hours
            return Found(hours, 0.85, item.value, item.start, "label-hours")
        # "Uren per week: 28 - 36", "de 30 à 38": a range of options, the largest taken
        span = _LABEL_HOURS_RANGE.match(item.value)
        if span and 4 <= float(span.group(1)) < (hours := float(span.group(2).replace(",", "."))) <= 60:
            return Found(hours, 0.8, item.value, item.start, "label-hours")
    return None


def find_work_time(doc: Doc) -> dict[str, Found]:
    whole = _decide(doc, 0, len(doc.folded), "cue-phrase", 0.75)
    labelled = _labelled_hours(doc)
    prose = whole.get("hours_per_week")
    if labelled is not None and (prose is None or prose.value != labelled.value):
        # "Nombre d'heures par semaine : 17.5" beats the hours a sentence mentions ("gardés 12 heures par
        # semaine"), and what was read from that sentence with them.
        kept = {name: f for name, f in whole.items() if prose is None or f.start != prose.start}
        whole = _with_hours(doc, kept, labelled)
    for item in doc.labelled_values("work_time"):
        found = _decide(doc, item.start, item.start + len(item.value), "label", 0.9)
        if found:
            # "Temps de travail : Temps plein" and, further down, "38h/semaine": the hours complete the label.
            if "hours_per_week" not in found and _agrees(found, whole.get("hours_per_week")):
                found["hours_per_week"] = whole["hours_per_week"]
            # "Temps de travail : Temps partiel" and "Régime : 0,8 ETP": the fraction completes the label.
            if "fte" not in found and "fte" in whole and whole["work_time"].value == found["work_time"].value:
                found["fte"] = whole["fte"]
            return found
    return whole or _few_days(doc)


def _with_hours(doc: Doc, found: dict[str, Found], hours: Found) -> dict[str, Found]:
    out = {**found, "hours_per_week": hours}
    if "work_time" not in out:
        full = hours.value >= FULL_TIME_HOURS
        out["work_time"] = Found(
            "full_time" if full else "part_time", 0.8, hours.evidence, hours.start, hours.strategy
        )
    if "fte" not in out and out["work_time"].value == "part_time" and hours.value < FULL_TIME_HOURS:
        out["fte"] = Found(round(hours.value / 38, 2), 0.6, hours.evidence, hours.start, "hours-of-38")
    return out


def _agrees(found: dict[str, Found], hours: Found | None) -> bool:
    if hours is None:
        return False
    full = found["work_time"].value == "full_time"
    if full != (hours.value >= FULL_TIME_HOURS):
        return False
    fte = found.get("fte")
    return fte is None or full or abs(fte.value * 38 - hours.value) <= 2.5
