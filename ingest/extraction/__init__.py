"""Text of a posting in, an `Extraction` out: pure functions, no Django, no I/O.

from ingest.extraction import extract
result = extract(text)
result.is_vacancy, result.value("deadline"), result.found("employer").evidence
"""

from __future__ import annotations

from datetime import date

from .types import Extraction, Found

# Bump when a change to the rules can change what is extracted: stored documents parsed by an
# older version are re-parsed by `manage.py reparse --outdated`.
PARSER_VERSION = "2026.12.03.5"

__all__ = ["PARSER_VERSION", "Extraction", "Found", "extract"]


def extract(text: str, *, lang: str | None = None, today: date | None = None) -> Extraction:
    """Everything the posting says about the post(s) it advertises, with confidence and evidence."""
    from .pipeline import run  # imported here so field modules can be imported (and tested) on their own

    return run(text, lang=lang, today=today)
