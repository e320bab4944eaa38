"""Whether a posting that names no place is from abroad: region "other", no town.

A posting from France, Québec, Switzerland or the United Kingdom often names no town in its excerpt, yet
says where it comes from: pay in dollars or pounds, the French hospital civil service ("fonction publique
hospitalière", "EHPAD"), the NHS, a nationality asked for, an e-mail address under ".fr" or a "+33"
phone number, a country in brackets after a name ("Centre hospitalier du Carbet (Martinique)"). Only
asked when nothing Belgian was found, and never when a Belgian domain or phone number is written.
"""

from __future__ import annotations

import re

from .document import Doc
from .vocab_places import (
    BELGIAN_DOMAIN,
    BELGIAN_PHONE_PREFIX,
    FOREIGN_CURRENCIES,
    FOREIGN_EMAIL_DOMAINS,
    FOREIGN_PHONE_PREFIXES,
    FOREIGN_SYSTEM_ACRONYMS,
    FOREIGN_SYSTEM_PHRASES,
)

_PHRASES = re.compile(r"(?<![a-z])(?:" + "|".join(FOREIGN_SYSTEM_PHRASES) + r")(?![a-z])")
_ACRONYMS = re.compile(r"(?<![\w-])(?:" + "|".join(FOREIGN_SYSTEM_ACRONYMS) + r")(?![\w-])")
_SYMBOLS = "".join(re.escape(c) for c in FOREIGN_CURRENCIES if len(c) == 1)
_CODES = "|".join(c for c in FOREIGN_CURRENCIES if len(c) > 1)
# "$63,108", "29,50 $", "£32,720", "CHF 6'500", "USD 2000": an amount in another currency.
_CURRENCY = re.compile(
    rf"[{_SYMBOLS}]\s?\d|\d\s?[{_SYMBOLS}]|(?<![\w-])(?:{_CODES})\s?\d|\d\s?(?:{_CODES})(?!\w)"
)
_EMAIL_DOMAIN = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.([a-z]{2})(?![\w.\-]*\w)", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)\s?("
    + "|".join(sorted((*FOREIGN_PHONE_PREFIXES, BELGIAN_PHONE_PREFIX), key=len, reverse=True))
    + r")[\s.(/\-]*\d"
)
_BELGIAN_WEB = re.compile(rf"(?:www\.|https?://|@)[\w.\-]+\.{BELGIAN_DOMAIN}(?![\w\-])", re.IGNORECASE)


def _belgian(doc: Doc) -> bool:
    return bool(_BELGIAN_WEB.search(doc.text)) or any(
        match.group(1) == BELGIAN_PHONE_PREFIX for match in _PHONE.finditer(doc.text)
    )


def foreign_evidence(doc: Doc) -> tuple[int, int] | None:
    """The span of the first thing that places the posting abroad, or None (also when it looks Belgian)."""
    found = [
        match
        for match in (
            _PHRASES.search(doc.folded),
            _ACRONYMS.search(doc.text),
            _CURRENCY.search(doc.text),
            next(
                (m for m in _EMAIL_DOMAIN.finditer(doc.text) if m.group(1).lower() in FOREIGN_EMAIL_DOMAINS),
                None,
            ),
            next((m for m in _PHONE.finditer(doc.text) if m.group(1) != BELGIAN_PHONE_PREFIX), None),
        )
        if match
    ]
    if not found or _belgian(doc):
        return None
    first = min(found, key=lambda match: match.start())
    return first.span()
