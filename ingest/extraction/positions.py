"""Announcements of several posts: where each post's own section starts and ends.

Two layouts are recognised: headed sections ("Poste 1 : Psychologue", "2. Assistant·e social·e", a title
line per post each followed by its own text) and a list of posts after a recruiting phrase
("nous recrutons : • un·e psychologue (mi-temps) • un·e éducateur·rice (CDI)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Doc, Line
from .fields.role import categorize, normalize_title
from .labels import label_of

# "Poste 1 :", "Fonction 2 -", "Vacature 3:", "1.", "2)", "A." before a title.
_SECTION_PREFIX = re.compile(
    r"^(?:[>»#=*]+\s*)?(?:(?:poste|fonction|profil|vacature|functie|job|position)\s*(?:n°\s*)?\d+\s*[:.\-–—)]?\s*|\d\s*[.)]\s+|"
    r"[a-d]\)\s+)",
)
_BULLET = re.compile(r"^(?:[•\-*–—▪·►✓o]\s)")
_LIST_INTRO = re.compile(
    r"(?:recrute(?:nt|ons)?|engage(?:nt|ons)?|recherche(?:nt|ons)?|cherch(?:e|ent|ons)|zoek(?:t|en)|werft aan|"
    r"postes? (?:a|à) pourvoir|"
    r"vacatures?|openstaande functies|looking for)[^\n]{0,80}:\s*$"
    # "CGG Maasland heeft twee vacatures", "Trois postes à pourvoir" with no colon
    r"|\b(?:twee|drie|vier|vijf|deux|trois|quatre|cinq|two|three|four|plusieurs|meerdere|several|[2-8])\s+"
    r"(?:nieuwe\s+|nouveaux\s+|new\s+)?(?:vacatures|postes|fonctions|functies|offres|posts|vacancies|jobs)\b"
)
MAX_POSITIONS = 8


@dataclass(frozen=True)
class Section:
    title: str
    start: int
    end: int
    # A row of a table of posts, rewritten as "Header: cell" lines so each cell is read under its column's label.
    labelled: str | None = None


def _title_of(text: str) -> str | None:
    """The post's title if this line opens a post, else None."""
    stripped = _SECTION_PREFIX.sub("", text.lower()).strip()
    # "1) Un·e psychologue vacataire": the article is not part of the title.
    stripped = re.sub(r"^(?:une?|un[·.\-]?e|een|a|an)\s+", "", stripped)
    if not stripped or len(text) > 90:
        return None
    original = text[len(text) - len(stripped) :] if len(stripped) <= len(text) else text
    category = categorize(original, head_only=True)
    if category in (None, "other"):
        return None
    return normalize_title(original)


def _is_caps_head(text: str) -> bool:
    """ "INFIRMIER·ÈRE BACHELIER·ÈRE – Unité de psychiatrie": a title set in capitals, as posters do."""
    head = re.split(r"\s[–—-]\s|:", text)[0]
    letters = [c for c in head if c.isalpha()]
    return 4 <= len(letters) <= 60 and all(c.isupper() for c in letters)


def _headed_sections(doc: Doc) -> list[Section]:
    heads: list[tuple[Line, str]] = []
    for line in doc.nonblank:
        text = line.text.strip()
        labelled = label_of(text)
        if labelled and labelled[0] == "role":
            # "Poste 1 – Psychologue": the label word may carry the post's number.
            text = re.sub(r"^\d+\s*[:.\-–—)]\s*", "", text[labelled[2] :].strip(" :-"))
        elif _SECTION_PREFIX.match(text.lower()):
            pass
        elif _is_caps_head(text):
            text = re.split(r"\s[–—-]\s|:", text)[0]
        else:
            continue
        title = _title_of(text)
        if title:
            heads.append((line, title))
    if len({title.lower() for _, title in heads}) < 2:
        return []
    sections = []
    for index, (line, title) in enumerate(heads[:MAX_POSITIONS]):
        end = heads[index + 1][0].start if index + 1 < len(heads) else len(doc.text)
        sections.append(Section(title, line.start, end))
    return sections


def _listed_posts(doc: Doc) -> list[Section]:
    lines = doc.nonblank
    for index, line in enumerate(lines[:60]):
        if not _LIST_INTRO.search(doc.folded[line.start : line.end]):
            continue
        posts = []
        for item in lines[index + 1 : index + 1 + MAX_POSITIONS]:
            if not _BULLET.match(item.text):
                break
            body = _BULLET.sub("", item.text)
            body = re.sub(r"^(?:une?|un[·.\-]?e|een|a|an|\d+)\s+", "", body, flags=re.IGNORECASE)
            title = _title_of(re.split(r"[(,:;]| - ", body)[0].strip())
            if not title:
                break
            posts.append(Section(title, item.start, item.end))
        if len(posts) >= 2:
            return posts
    return []


_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+")
_RULE = re.compile(r"^[\s\-+=|:_]+$")
_PARENS = re.compile(r"\s*\([^)]*\)")


def _cells(text: str) -> list[str]:
    return [cell for cell in _CELL_SPLIT.split(text.strip().strip("|")) if cell is not None]


def _table_rows(doc: Doc) -> list[Section]:
    """ "N° | Poste | Temps de travail | Contrat | Barème" and a row per post under it."""
    lines = doc.nonblank
    for index, line in enumerate(lines):
        header = _cells(line.text)
        if len(header) < 3:
            continue
        keys = [label_of(_PARENS.sub("", cell) + ":") for cell in header]
        role_column = next((i for i, key in enumerate(keys) if key and key[0] == "role"), None)
        if role_column is None or sum(1 for key in keys if key) < 2:
            continue
        rows = []
        for row in lines[index + 1 : index + 2 + MAX_POSITIONS]:
            if _RULE.match(row.text):
                continue
            cells = _cells(row.text)
            if len(cells) != len(header):
                break
            title = _title_of(cells[role_column])
            if not title:
                break
            labelled = "\n".join(
                f"{_PARENS.sub('', name)}: {cell}" for name, cell in zip(header, cells, strict=True) if cell
            )
            rows.append(Section(title, row.start, row.end, labelled))
        if len(rows) >= 2:
            return rows
    return []


def split_positions(doc: Doc) -> list[Section]:
    """Sections of the posts announced, or [] when the document announces a single post."""
    return _table_rows(doc) or _headed_sections(doc) or _listed_posts(doc)


def shared_text(doc: Doc, sections: list[Section]) -> str:
    """The text outside every post's own section: what all the posts share."""
    parts, cursor = [], 0
    for section in sections:
        parts.append(doc.text[cursor : section.start])
        cursor = section.end
    parts.append(doc.text[cursor:])
    return "\n".join(parts)
