"""Page text → document text: running headers and footers, page counters, split words, ligatures.

Whatever extracts a PDF's text (its text layer or OCR), the pages carry print furniture that is not
part of the posting, and words cut at line ends. The steps are named and applied in order by
`pages_to_text`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict

from ingest.reading.text import clean_text

# Lines at the top and bottom of a page where running headers and footers live.
ZONE_LINES = 3
# A line is running when it sits in a page's zone on at least this share of the pages (and on two).
RUNNING_SHARE = 0.6

# A whole line that only counts pages: "Page 2/3", "page 2 sur 3", "Pagina 2 van 3", "- 2 -", "2", "2/3".
_PAGE_COUNTER = re.compile(
    r"""^\s*(?:
        (?:page|pagina|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:/|sur|de|van|of|op)\s*\d{1,4})?
      | [-–—]?\s*\d{1,4}\s*[-–—]?
      | \d{1,4}\s*/\s*\d{1,4}
    )\s*$""",
    re.I | re.X,
)
# The same counter inside a longer running line ("ASBL Les Tilleuls – Page 2/3").
_INLINE_COUNTER = re.compile(
    r"\s*[-–—|·]?\s*\b(?:page|pagina)\s*\d{1,4}\s*(?:/|sur|de|van|of|op)\s*\d{1,4}", re.I
)
_DIGITS = re.compile(r"\d+")

# A word cut at a line end: letters, a hyphen (ASCII, U+2010, U+2011 or soft), a line break (or a page
# break, which leaves a blank line), then letters.
_SPLIT_WORD = re.compile(r"([^\W\d_]+)([-\u2010\u2011\u00ad])\n\n?([^\W\d_]+)")
# Prefixes that form hyphenated compounds: "mi-temps", "non-marchand", "ex-collègue", "sous-directeur".
_COMPOUND_PREFIXES = {
    "mi",
    "demi",
    "semi",
    "non",
    "ex",
    "anti",
    "après",
    "avant",
    "arrière",
    "sous",
    "vice",
    "socio",
    "médico",
}
# Inclusive forms: "éducateur-trice", "conseiller-ère", "clinicien-ne".
_FEMININE_ENDINGS = {"trice", "rice", "ice", "euse", "ère", "ne", "e", "se", "ve", "le", "elle"}
_MASCULINE_END = re.compile(r"(eur|er|ien|if|el|ier|en)$", re.I)


def pages_to_text(pages: list[list[str]]) -> tuple[str, dict]:
    """Join pages (lists of lines, "" between paragraphs) into one clean text; report what was removed."""
    pages, running = drop_page_furniture(pages)
    text = join_pages([lines for lines in pages if lines])
    text = unify_characters(text)
    text, joined = join_split_words(text)
    details: dict = {}
    if running:
        details["running_lines"] = running
    if joined:
        details["joined_words"] = joined
    return squeeze_blank_lines(text), details


def drop_page_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """Drop page counters and running headers and footers (lines repeated in the page zones).

    A letterhead repeated on every page is the printer's, not the posting's: kept once on top, its banner
    would read as the title, its organisation as the employer and its town as the workplace.
    """
    zones = [_zones(lines) for lines in pages]
    seen_on: dict[str, list[int]] = defaultdict(list)
    for number, (top, bottom) in enumerate(zones):
        for key in {_key(pages[number][i]) for i in top | bottom}:
            seen_on[key].append(number)
    needed = max(2, math.ceil(RUNNING_SHARE * len(pages)))
    running = {key for key, numbers in seen_on.items() if len(numbers) >= needed and key}
    removed: dict[str, None] = {}
    cleaned = []
    for lines, (top, bottom) in zip(pages, zones, strict=True):
        kept = []
        for index, line in enumerate(lines):
            if index in top or index in bottom:
                if _PAGE_COUNTER.match(line):
                    continue
                if _key(line) in running:
                    removed[_INLINE_COUNTER.sub("", line)] = None
                    continue
            kept.append(line)
        cleaned.append(_strip_blank_ends(kept))
    return cleaned, list(removed)


def join_pages(pages: list[list[str]]) -> str:
    """Pages one after the other; a sentence cut by the page break (no full stop, lower case next) is rejoined."""
    text = ""
    for lines in pages:
        page = "\n".join(lines)
        if text and continues(text.rsplit("\n", 1)[-1], lines[0]):
            text += " " + page
        else:
            text += ("\n\n" if text else "") + page
    return text


def continues(last_line: str, first_line: str) -> bool:
    """Does `first_line` go on with the sentence `last_line` left open (no full stop, a lower-case start)?"""
    last, first = last_line.rstrip(), first_line.lstrip()
    if not (last and first):
        return False
    starts_inside = (
        first[0].islower() or first[0] in "(«\"'" or first.startswith(("http://", "https://", "www."))
    )
    return last[-1] not in ".!?:;" and starts_inside and not last.endswith("-")


def unify_characters(text: str) -> str:
    """NFKC (ligatures "ﬁ" → "fi", no-break spaces → spaces), then the cleanup every text gets."""
    return clean_text(unicodedata.normalize("NFKC", text))


def join_split_words(text: str) -> tuple[str, int]:
    """Join words hyphenated at line ends ("infir-\\nmier" → "infirmier"), keeping real compounds whole.

    The document itself decides first (does it write "mi-temps" or "mitemps" elsewhere?); then known
    compound prefixes and inclusive endings keep their hyphen; anything else is joined.
    """
    joined = 0

    def join(match: re.Match) -> str:
        nonlocal joined
        left, hyphen, right = match.groups()
        joined += 1
        if hyphen == "\u00ad":
            return left + right
        if right[0].isupper() or _keeps_hyphen(left, right, text):
            return f"{left}-{right}"
        return left + right

    text = _SPLIT_WORD.sub(join, text)
    return text.replace("\u00ad", ""), joined


def squeeze_blank_lines(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _keeps_hyphen(left: str, right: str, text: str) -> bool:
    whole, compound = f"{left}{right}", f"{left}-{right}"
    if re.search(rf"\b{re.escape(compound)}\b", text, re.I):
        return True
    if re.search(rf"\b{re.escape(whole)}\b", text, re.I):
        return False
    if left.lower() in _COMPOUND_PREFIXES:
        return True
    # Hyphenation leaves at least three letters on the new line; a shorter end is an inclusive form.
    return len(right) <= 2 or (right.lower() in _FEMININE_ENDINGS and bool(_MASCULINE_END.search(left)))


def _zones(lines: list[str]) -> tuple[set[int], set[int]]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:ZONE_LINES]), set(filled[-ZONE_LINES:])


def _key(line: str) -> str:
    """Compare running lines without case, spacing or numbers (page numbers, dates of printing)."""
    return _DIGITS.sub("#", " ".join(line.lower().split()))


def _strip_blank_ends(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines
