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
    r"^(?:(?:poste|fonction|profil|vacature|functie|job|position)\s*(?:n°\s*)?\d+\s*[:.\-–—)]?\s*|\d\s*[.)]\s+|"
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


def split_positions(doc: Doc) -> list[Section]:
    """Sections of the posts announced, or [] when the document announces a single post."""
    return _headed_sections(doc) or _listed_posts(doc)


def shared_text(doc: Doc, sections: list[Section]) -> str:
    """The text outside every post's own section: what all the posts share."""
    parts, cursor = [], 0
    for section in sections:
        parts.append(doc.text[cursor : section.start])
        cursor = section.end
    parts.append(doc.text[cursor:])
    return "\n".join(parts)
