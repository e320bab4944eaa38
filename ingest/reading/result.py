"""What reading a document gives back, and the errors `read_file` raises."""

from __future__ import annotations

from dataclasses import dataclass, field

OK, NEEDS_OCR, ERROR = "ok", "needs_ocr", "error"


@dataclass(frozen=True)
class ReadResult:
    text: str
    media_type: str
    status: str  # OK | NEEDS_OCR | ERROR
    error: str = ""  # for a human: what went wrong and what to do next (empty when status is OK)
    ocr: bool = False  # some of the text came from OCR
    pages: int = 0
    details: dict = field(default_factory=dict)  # provenance: encoding, extractor, OCR'd pages, timings…

    @property
    def ok(self) -> bool:
        return self.status == OK


class ReadError(Exception):
    """A document could not be read at all (raised by `read_file`; `read_document` returns errors)."""


class DocumentTooLarge(ReadError):
    """Refused before reading: bigger than the configured limit."""


def failed(media_type: str, message: str, *, status: str = ERROR, **details) -> ReadResult:
    return ReadResult(text="", media_type=media_type, status=status, error=message, details=details)


def too_large_message(subject: str, size: int, limit: int) -> str:
    return (
        f"{subject} is {_megabytes(size)} MB, above the limit of {_megabytes(limit)} MB (INGEST_MAX_BYTES): "
        "raise INGEST_MAX_BYTES if it is a real posting."
    )


def _megabytes(size: int) -> str:
    # Enough decimals that a test limit of 10 kB does not print as "0.0 MB".
    value = size / (1024 * 1024)
    return f"{value:.1f}" if value >= 1 else f"{value:.3f}".rstrip("0").rstrip(".")
