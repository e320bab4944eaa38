"""Every date written in a posting, found in folded text, and the year of the ones written without it.

A `Mention` keeps the day, month and year as written; `YearContext.resolve` turns it into a
`datetime.date`, guessing a missing year from the posting's other dates (see `infer_year`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .vocab_dates import DAY_SUFFIXES, MONTH_QUALIFIERS, MONTHS, WEEKDAYS, YEAR_MAX, YEAR_MIN

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Month names that may stand alone ("début octobre"): no 3-letter abbreviations, not "sept" (seven),
# not "may" (an English verb).
_ABBREVIATIONS = {"sept", "janv", "fevr", "juil", "febr", "may"}
_FULL_MONTH = "|".join(
    sorted(
        (m for m in MONTHS if (len(m) >= 4 or m in ("mai", "mei")) and m not in _ABBREVIATIONS),
        key=len,
        reverse=True,
    )
)
_WEEKDAY = "|".join(day for day in WEEKDAYS if len(day) > 3)
_SUFFIX = "|".join(sorted((re.escape(s) for s in DAY_SUFFIXES), key=len, reverse=True))

# "lundi 1er juin 2025", "20 juin", "3 févr. 2026", "1ste september 2025", "15. Januar 2027" (the year is
# optional).
_TEXT_DATE = re.compile(
    rf"(?<![\w])(?:(?:{_WEEKDAY})\.?,?\s+)?(?P<day>[0-3]?\d)(?:{_SUFFIX}|\.(?=\s))?(?:\s+of)?\s*(?P<month>{_MONTH})(?![a-z])\.?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
)
# English order: "June 1st, 2025" (only with a year).
_TEXT_DATE_MDY = re.compile(
    rf"(?<![\w])(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>20\d\d)(?!\d)"
)
# "01/06/2025", "1/6/25", "01.06.2025", "1-6-2025": day first, same separator twice.
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.,\-])(?P<day>[0-3]?\d)\s?(?P<sep>[./\-])\s?(?P<month>[01]?\d)\s?(?P=sep)\s?"
    r"(?P<year>(?:19|20)\d\d|\d\d)(?![\d/\-]|[.,]\d)"
)
# "2025-06-01".
_ISO_DATE = re.compile(r"(?<![\d\-])(?P<year>20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d\-])")
# "1/9" with no year: a fraction as often as a date ("4/5 temps"), so kept only right after a cue word.
_SHORT_NUMERIC = re.compile(
    r"(?:(?<![a-z])(?:le|du|au|tot|op|vanaf|voor|des|avant|uiterlijk|laatste)\s+|:\s*)"
    r"(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\d/\-]|[.,]\d|\s?(?:e\b|eme|h\b|%|temps|etp|des|de\b))"
)
# A month with no day, after a qualifier: "début octobre", "courant septembre 2025", "vanaf september".
# "May" is a month only before a year.
_MAY_WITH_YEAR = r"may(?=\.?\s+20\d\d(?!\d))"
_MONTH_ONLY = re.compile(
    rf"(?<![a-z])(?:{'|'.join(MONTH_QUALIFIERS)})(?:\s+|(?<='))(?P<month>{_FULL_MONTH}|{_MAY_WITH_YEAR})(?![a-z])\.?"
    r"(?:\s+(?P<year>20\d\d)(?!\d))?"
)
# A month and a year with no qualifier: "Entrée en fonction : janvier 2026", "Start date: January 2026".
# "Starting date: May/2025" too.
_MONTH_YEAR = re.compile(rf"(?<![\w])(?P<month>{_FULL_MONTH}|may)\.?(?:\s+|\s?/\s?)(?P<year>20\d\d)(?!\d)")
# A year alone ("rentrée 2025", "2025-2026"); not a postcode before a town ("2018 Antwerpen", checked on Doc.text).
_BARE_YEAR = re.compile(r"(?<![\d/.\-])(?P<year>20\d\d)(?![\d/]|[.,]\d)(?!\s+[A-ZÀ-Ý])")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    day: int | None  # None for a month alone
    month: int
    year: int | None  # None when not written
    kind: str  # "text", "numeric", "iso", "short" (d/m), "month"

    @property
    def full(self) -> bool:
        return self.year is not None and self.day is not None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if len(text) == 4 else 2000 + int(text)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    try:
        date(year or 2024, month, day or 1)  # 2024 is a leap year: "29 février" stays possible
    except ValueError:
        return False
    return True


def find_mentions(folded: str) -> list[Mention]:
    """Every date in the text, earliest first; a span claimed by a fuller pattern is not matched again."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    patterns = (
        (_ISO_DATE, "iso"),
        (_TEXT_DATE_MDY, "text"),
        (_TEXT_DATE, "text"),
        (_NUMERIC_DATE, "numeric"),
        (_SHORT_NUMERIC, "short"),
        (_MONTH_ONLY, "month"),
        (_MONTH_YEAR, "month"),
    )
    for pattern, kind in patterns:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            groups = match.groupdict()
            month_text = groups["month"]
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
            day = int(groups["day"]) if groups.get("day") else None
            year = _year(groups.get("year"))
            if not _valid(year, month, day):
                continue
            if kind in ("short", "month"):
                start = match.start("day" if kind == "short" else "month")
            found.append(Mention(start, end, day, month, year, kind))
            taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class YearContext:
    """What the posting says about its own time: publication date, full dates, bare years, today."""

    published: date | None = None
    reference: date | None = None  # the earliest recent full date written in the text
    bare_year: int | None = None
    today: date | None = None

    @classmethod
    def build(
        cls, text: str, mentions: list[Mention], *, published: date | None, today: date | None
    ) -> YearContext:
        full = [d for m in mentions if m.full and (d := safe_date(m.year, m.month, m.day))]
        # Old full dates are law references ("décret du 5 mars 2004"), not the posting's own time.
        recent = [d for d in full if d.year >= max(d.year for d in full) - 1] if full else []
        years = [int(m.group("year")) for m in _BARE_YEAR.finditer(text)]
        years = [y for y in years if YEAR_MIN <= y <= YEAR_MAX]
        # The earliest of the latest two years: "saison 2025-2026" is 2025, a "décret de 2018" is too old.
        bare = min(y for y in years if y >= max(years) - 1) if years else None
        return cls(published, min(recent) if recent else None, bare, today)

    def infer_year(self, month: int, day: int) -> int | None:
        """The year of a day written without one, or None when the posting gives no clue.

        After the publication date if known; else the occurrence nearest the earliest full date in
        the text; else the latest year written; else, given `today`, the occurrence from two months
        ago to ten months ahead.
        """
        if self.published:
            year = self.published.year
            on = safe_date(year, month, day)
            return year if on and on >= self.published else year + 1
        if self.reference:
            return _nearest_year(month, day, self.reference)
        if self.bare_year:
            return self.bare_year
        if self.today:
            floor = self.today - timedelta(days=60)
            for year in (self.today.year - 1, self.today.year, self.today.year + 1):
                on = safe_date(year, month, day)
                if on and floor <= on < floor + timedelta(days=365):
                    return year
        return None

    def resolve(self, mention: Mention) -> date | None:
        day = mention.day or 1
        year = mention.year or self.infer_year(mention.month, day)
        return safe_date(year, mention.month, day) if year else None


def _nearest_year(month: int, day: int, reference: date) -> int | None:
    options = [
        (abs((on - reference).days), year)
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (on := safe_date(year, month, day))
    ]
    return min(options)[1] if options else None
