"""The title block of a posting: its first lines, cut into parts ("Org – Role (h/f/x) – CDI").

Menus ("Accueil | Offres | Contact"), breadcrumbs ("Offres › Santé › Psychologue"), publication lines
and labelled header fields are skipped; logo words glued to the title ("NonMarchandJobsPsychologue")
are cut off by the role finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Doc
from .labels import label_of
from .vocab_roles import GENDER_MARK

# "Psychologue-AFC": an acronym hyphened onto the title is the organisation's.
_SEPARATORS = re.compile(
    r"\s+[–—|·•]\s+|\s+-\s+|\s*[›»]\s*|\s*:\s+(?=[A-ZÀ-Ý])|(?<=[a-zà-ÿ]{3})-(?=[A-Z]{2,}\b)"
)
# Inside a quotation («Premier logement») a closing guillemet is no separator.
_QUOTED_SEPARATORS = re.compile(
    r"\s+[–—|·•]\s+|\s+-\s+|\s*›\s*|\s*:\s+(?=[A-ZÀ-Ý])|(?<=[a-zà-ÿ]{3})-(?=[A-Z]{2,}\b)"
)
_MENU = re.compile(r"(?:\|.*){2,}|(?:›|»|>).*(?:›|»|>)")
_SKIP_LINE = re.compile(
    r"^(?:publi|cree|creation|mis a jour|mise a jour|date|dia de|fecha|gepubliceerd|share|partager|retour|back|"
    r"imprimer|print|apply now|postuler maintenant|se connecter|login|mon compte|rechercher|search)",
)
# "Research vacancies", "Onze vacatures": the heading of a list of posts, not a post; "Accueil" alone is
# the site's home link.
_LISTING_PART = re.compile(
    r"\b(?:vacancies|vacatures|jobs|careers|offres d'emploi|offres|emplois|job offers|opportunites|opportunities)$"
    r"|^(?:accueil|home|menu|contact)$"
)
_GENDER_MARK = re.compile(GENDER_MARK, re.IGNORECASE)
TITLE_LINES = 8


@dataclass(frozen=True)
class Part:
    text: str
    start: int
    line_index: int


def title_parts(doc: Doc, lines: int = TITLE_LINES) -> list[Part]:
    parts: list[Part] = []
    for index, line in enumerate(doc.nonblank[:lines]):
        text = line.text
        folded = doc.folded[line.start : line.end]
        # "VACATURE | Psycholoog (m/v/x) | Antwerpen": a gender marker makes a piped line a title, not a menu.
        menu = _MENU.search(text) and not _GENDER_MARK.search(text)
        if len(text) > 160 or menu or _SKIP_LINE.match(folded.lstrip("• ")):
            continue
        labelled = label_of(text)
        if labelled and labelled[0] not in ("role",):
            continue
        cursor = 0
        separators = _QUOTED_SEPARATORS if "«" in text else _SEPARATORS
        for piece in separators.split(text):
            offset = max(text.find(piece, cursor), 0)
            cursor = offset + len(piece)
            if piece.strip() and not _LISTING_PART.search(folded[offset:cursor].rstrip()):
                parts.append(Part(piece.strip(), line.start + offset, index))
    return parts
