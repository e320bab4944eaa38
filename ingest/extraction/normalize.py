"""Text clean-up before extraction, in named steps composed by `normalize()`.

Every step keeps accents and line structure: the extractor's evidence spans point into this text.
"""

from __future__ import annotations

import html
import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffd]")
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"}
# NFKC writes "½ temps" as "1⁄2 temps" with a fraction slash; a plain slash is what every rule reads.
_FRACTION_SLASH = "\u2044"
_BULLETS = re.compile(r"^[ \t]*[•●▪◦‣∙·\-\*o■□➢➤►✓✔]\s+", re.MULTILINE)
_PAGE_COUNTER = re.compile(
    r"^\s*(?:page|pagina|p\.)?\s*\d{1,3}\s*(?:/|sur|of|van)\s*\d{1,3}\s*$|^\s*-\s*\d{1,3}\s*-\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_RUNS = re.compile(r"\n{3,}")
# Markup left in a page's text by a converter ("opvoeder<br />", "<strong>begeleider</strong>", "&amp;").
_BLOCK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li|/?h[1-6]|/?tr)\b[^<>\n]{0,200}?/?>", re.IGNORECASE)
_INLINE_TAG = re.compile(
    r"</?(?:strong|b|i|em|u|span|font|a|sup|sub|small|big|mark|ul|ol|table|tbody|td|th)\b[^<>\n]{0,200}?/?>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:amp|nbsp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
# "| GRAAD | B1 - B2 - B3 |": a two-cell row of a table turned to text is a label and its value.
_TABLE_ROW = re.compile(
    r"^[ \t]*\|[ \t]*([^|\n]{2,60}?)[ \t]*\|[ \t]*([^|\n]*?)[ \t]*\|?[ \t]*$", re.MULTILINE
)


def unify_characters(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub(" ", text)
    for src, dst in _QUOTES.items():
        text = text.replace(src, dst)
    return text.replace(_FRACTION_SLASH, "/")


def unify_tab_tables(text: str) -> str:
    """ "Fonction<TAB>Contrat<TAB>Barème": a row of a table pasted with tabs keeps its cells apart as " | "."""
    return "\n".join(
        re.sub(r"[ ]*\t+[ ]*", " | ", line) if len(re.findall(r"\S\s*\t+\s*(?=\S)", line)) >= 2 else line
        for line in text.split("\n")
    )


def drop_markup(text: str) -> str:
    text = _BLOCK_TAG.sub("\n", text)
    text = _INLINE_TAG.sub("", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def unify_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def unify_spaces(text: str) -> str:
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def unify_dashes(text: str) -> str:
    return _DASHES.sub("-", text)


def unify_bullets(text: str) -> str:
    return _BULLETS.sub("• ", text)


def unify_table_rows(text: str) -> str:
    return _TABLE_ROW.sub(lambda m: f"{m.group(1)}: {m.group(2)}" if m.group(2) else m.group(1), text)


def drop_page_furniture(text: str) -> str:
    return _PAGE_COUNTER.sub("", text)


def collapse_blank_lines(text: str) -> str:
    return _BLANK_RUNS.sub("\n\n", text).strip()


STEPS = (
    unify_line_endings,
    drop_markup,
    unify_characters,
    unify_dashes,
    unify_tab_tables,
    unify_spaces,
    unify_bullets,
    unify_table_rows,
    drop_page_furniture,
    collapse_blank_lines,
)


def normalize(text: str) -> str:
    for step in STEPS:
        text = step(text)
    return text


class _FoldTable(dict):
    """Code point -> its folded character, worked out the first time a character is met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0] if code > 127 else ch
        folded = base.lower() if len(base.lower()) == 1 else ch
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Accent- and case-folded copy of the same length as `text` for single-codepoint letters.

    Used only to build match keys; positions in folded text map back to `text` because NFKC
    has already composed accented letters into single code points.
    """
    return text.translate(_FOLD_TABLE)
