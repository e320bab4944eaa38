"""Entry points: bytes (or a file) → ReadResult, choosing the reader by what the bytes are."""

from __future__ import annotations

import logging
from pathlib import Path, PurePath

from ingest.reading.pdf import read_pdf
from ingest.reading.result import OK, DocumentTooLarge, ReadResult, failed, too_large_message
from ingest.reading.sniff import HTML, OCTET_STREAM, PDF, TEXT, is_pdf, known_binary, sniff_media_type
from ingest.reading.text import NotText, decode, looks_binary

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_READABLE = (PDF, HTML, TEXT)


def read_document(
    content: bytes,
    *,
    name: str = "",
    media_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ocr: bool = True,
    timeout: float = 60,
) -> ReadResult:
    """Read `content` as text. Never raises for bad content: the result says what failed and what to do."""
    subject = _subject(name)
    kind = _media_type(content, name, media_type)
    try:
        if not content:
            return failed(
                kind,
                f"{subject} is empty (0 bytes): there is nothing to read. Check the source, or "
                "download it again.",
            )
        if len(content) > max_bytes:
            return failed(kind, too_large_message(subject, len(content), max_bytes))
        if kind == PDF:
            return read_pdf(content, subject=subject, ocr=ocr, timeout=timeout)
        if kind == HTML:
            return _read_html(content, subject=subject)
        if kind == TEXT:
            return _read_text(content, subject=subject)
        return _unsupported(content, subject=subject)
    except Exception as error:  # a bug in one reader costs one document, not the batch
        logger.exception("reading %s failed", subject)
        return failed(
            kind,
            f"Internal error while reading {subject} ({type(error).__name__}: {str(error)[:200]}): "
            "report it, and run manage.py reparse once it is fixed.",
        )


def read_file(
    path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ocr: bool = True,
    timeout: float = 60,
) -> tuple[bytes, ReadResult]:
    """Read a file; refuse it before reading when it is bigger than `max_bytes` (OSError propagates)."""
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentTooLarge(too_large_message(path.name, size, max_bytes))
    with path.open("rb") as file:
        content = file.read(max_bytes + 1)  # the file may have grown since stat()
    if len(content) > max_bytes:
        raise DocumentTooLarge(too_large_message(path.name, len(content), max_bytes))
    return content, read_document(content, name=str(path), max_bytes=max_bytes, ocr=ocr, timeout=timeout)


def _media_type(content: bytes, name: str, declared: str | None) -> str:
    """The declared type, unless the bytes say PDF (magic bytes beat a label) or nothing was declared."""
    declared = (declared or "").split(";")[0].strip().lower()
    if is_pdf(content) or declared not in _READABLE:
        return sniff_media_type(content, name)
    return declared


def _read_text(content: bytes, *, subject: str) -> ReadResult:
    try:
        if looks_binary(content):
            raise NotText("binary content")
        decoded = decode(content)
    except NotText:
        return _unsupported(content, subject=subject)
    if not decoded.text.strip():
        return failed(
            TEXT,
            f"{subject} is empty (it holds only blank space): check the source, or download it again.",
            encoding=decoded.encoding,
        )
    details = {"extractor": "text", "encoding": decoded.encoding}
    if decoded.repaired_mojibake:
        details["repaired_mojibake"] = True
    return ReadResult(text=decoded.text.strip(), media_type=TEXT, status=OK, pages=1, details=details)


def _read_html(content: bytes, *, subject: str) -> ReadResult:
    # Imported here: BeautifulSoup costs ~0.2 s to import, and the PDF child never needs it.
    from ingest.reading.html import html_to_text

    try:
        text, details = html_to_text(content)
    except NotText:
        return _unsupported(content, subject=subject)
    if not text.strip():
        return failed(
            HTML,
            f"{subject} is an HTML page without readable text (it may be filled in by "
            "JavaScript): save the posting as PDF or text and import that.",
            **details,
        )
    return ReadResult(text=text, media_type=HTML, status=OK, pages=1, details=details)


def _unsupported(content: bytes, *, subject: str) -> ReadResult:
    what = known_binary(content) or "binary content, not a PDF, HTML or text document"
    return failed(
        OCTET_STREAM,
        f"{subject} is {what}, which this reader does not handle: save the posting "
        "as PDF or plain text and import that.",
    )


def _subject(name: str) -> str:
    return PurePath(name).name or name if name else "The document"
