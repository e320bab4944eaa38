"""Bytes → str for plain-text documents: byte-order marks, UTF-8, then West-European code pages.

Belgian postings arrive as UTF-8, as Windows-1252 from old office suites, and now and then as UTF-16 saved
by Notepad. Detection is ordered from the surest signal (a BOM) to the vaguest (statistics), and the
statistical step is limited to West-European code pages: unrestricted, charset-normalizer reads short
French text as Central-European cp1250 ("à" becomes "ŕ").
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

# Checked longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The code pages a document from this sector can plausibly use when it is not UTF-8.
WESTERN_CODE_PAGES = ["cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman"]

# C0 control bytes that never occur in text (tab, newlines, form feed and escape excluded).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Binary when control bytes are both several and more than this share: a stray NUL in a text is not.
_BINARY_RATIO, _BINARY_MIN_COUNT = 0.03, 4

# Characters to drop from any extracted text: C0 controls but tab and newline (PostgreSQL refuses NUL),
# the BOM used as a zero-width space, and lone surrogates a broken extractor may produce.
_UNWANTED_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ud800-\udfff]")

# UTF-8 read as Windows-1252: "é" → "Ã©", "€" → "â‚¬", "’" → "â€™", "œ" → "Å“". A run of such
# characters is re-encoded and decoded again; it is kept only when that gives valid UTF-8.
_MOJIBAKE_HINT = re.compile(
    r"Ã[\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€|Å[“’]|Â[\xa0-\xbf]"
)
_CP1252_RUN = re.compile(
    "[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}"
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repaired_mojibake: bool = False


class NotText(ValueError):
    """The bytes are not text in any encoding this reader knows."""


def looks_binary(content: bytes) -> bool:
    head = content[:8192]
    if not head or _utf16_without_bom(head):
        return False
    controls = len(_CONTROL_BYTES.findall(head))
    return controls >= _BINARY_MIN_COUNT and controls / len(head) > _BINARY_RATIO


def decode(content: bytes, *, declared: str | None = None) -> Decoded:
    """Decode `content`, trusting in order: a BOM, valid UTF-8, a declared charset, then detection."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return _finish(content.decode(encoding, errors="replace"), encoding)
    if (utf16 := _utf16_without_bom(content[:8192])) is not None:
        return _finish(content.decode(utf16, errors="replace"), utf16)
    if looks_binary(content):
        raise NotText("binary content")
    try:
        return _finish(content.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared and (text := _try_decode(content, declared)) is not None:
        return _finish(text, codecs.lookup(declared).name)
    best = charset_normalizer.from_bytes(content, cp_isolation=WESTERN_CODE_PAGES).best()
    if best is None:
        raise NotText("no West-European encoding fits")
    encoding = best.encoding
    if encoding == "latin_1":
        # Latin-1 and Windows-1252 agree on every letter; 0x80–0x9F are invisible controls in Latin-1
        # but "€", "œ", "’" in Windows-1252, which is what a Belgian office file means by them.
        encoding = "cp1252" if _try_decode(content, "cp1252") is not None else encoding
    return _finish(content.decode(encoding, errors="replace"), encoding)


def clean_text(text: str) -> str:
    """Unify line ends and drop characters no reader wants (NUL, stray BOMs, other C0 controls)."""
    return _UNWANTED_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as Windows-1252 somewhere upstream ("Ã©quipe" → "équipe")."""
    if not _MOJIBAKE_HINT.search(text):
        return text, False

    def fix(match: re.Match) -> str:
        try:
            return match.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return match.group()

    repaired = _CP1252_RUN.sub(fix, text)
    return repaired, repaired != text


def _finish(text: str, encoding: str) -> Decoded:
    text, repaired = repair_mojibake(clean_text(text))
    return Decoded(text, encoding, repaired)


def _try_decode(content: bytes, encoding: str) -> str | None:
    try:
        return content.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text of mostly Latin letters has a NUL in every other byte."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None
