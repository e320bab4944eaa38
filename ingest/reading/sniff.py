"""Which kind of document a blob of bytes is: magic bytes first, then the file name, then a text check."""

from __future__ import annotations

import re
from pathlib import PurePath

from ingest.reading.text import NotText, decode

PDF, HTML, TEXT, OCTET_STREAM = "application/pdf", "text/html", "text/plain", "application/octet-stream"

_EXTENSIONS = {
    ".pdf": PDF,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".txt": TEXT,
    ".md": TEXT,
    ".text": TEXT,
}

# "%PDF-" may follow a little junk (the specification allows it within the first 1024 bytes).
_PDF_MAGIC = re.compile(rb"%PDF-", re.ASCII)
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_XHTML = re.compile(rb"<\?xml[^>]*>.*<html[\s>]", re.I | re.S)

# Formats this reader does not handle, named so the error can say what to do with them.
KNOWN_BINARY = (
    (b"PK\x03\x04", "a ZIP container (Word .docx, OpenDocument .odt, or an archive)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc, .xls)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
)


def is_pdf(content: bytes) -> bool:
    return _PDF_MAGIC.search(content[:1024]) is not None


def is_html(content: bytes) -> bool:
    head = content[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head) or _XHTML.match(head))


def known_binary(content: bytes) -> str | None:
    return next((label for magic, label in KNOWN_BINARY if content.startswith(magic)), None)


def sniff_media_type(content: bytes, name: str = "") -> str:
    if is_pdf(content):
        return PDF
    if is_html(content):
        return HTML
    path = re.split(r"[?#]", name, maxsplit=1)[0]  # an origin may be a URL with a query string
    by_extension = _EXTENSIONS.get(PurePath(path).suffix.lower()) if path else None
    if by_extension:
        return by_extension
    if known_binary(content):
        return OCTET_STREAM
    try:
        decode(content[:65536])
    except NotText:
        return OCTET_STREAM
    return TEXT
