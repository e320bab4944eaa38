"""Received bytes → text: plain text, HTML and PDF (with OCR for scans). No Django in here.

    from ingest.reading import read_document
    result = read_document(content, name="offre.pdf")
    if result.status == "ok": ...           # else result.error says what to do next

Settings (limits, OCR on or off, timeout) are passed in by the caller as arguments.
"""

from ingest.reading.document import read_document, read_file
from ingest.reading.result import DocumentTooLarge, ReadError, ReadResult
from ingest.reading.sniff import sniff_media_type

__all__ = ["DocumentTooLarge", "ReadError", "ReadResult", "read_document", "read_file", "sniff_media_type"]
