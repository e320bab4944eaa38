"""The employer in a posting's header: a labelled field, a part of the title, a name on its own line."""

from __future__ import annotations

import re

from ... import belgium
from ...document import Doc
from ...labels import label_of
from ...normalize import fold
from ...title import title_parts
from ...types import Found
from ...vocab_employer import UNIT_WORD
from ...vocab_roles import GENDER_MARK
from ..role import categorize
from .names import (
    DUTCH_UNIT,
    NAME,
    ORG_WORD,
    TAXONOMY_LINE,
    TITLE_NOISE,
    TYPED_ORG,
    clean_org,
    has_proper_name,
    in_workplace,
    is_brand,
    label_and_value,
    looks_like_org,
    plausible,
    split_unit,
)
from .sections import is_org_heading
from .sentences import RECRUIT_VERB_RE

# "Locatie: Stad Mechelen", "Lieu : CPAS de Namur": a local authority named as the workplace is the employer.
_PUBLIC_BODY_PLACE = re.compile(
    r"(?:Stad|Gemeente|OCMW|Lokaal bestuur|Provincie|CPAS|Ville|Commune|Province)(?:\s+(?:de|d'|du|van))?\s+"
    r"[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*"
)


def from_public_body_place(doc: Doc) -> dict[str, Found]:
    for item in doc.labelled_values("location"):
        match = _PUBLIC_BODY_PLACE.match(item.value)
        if match:
            return split_unit(match.group(0), item.start, "label-public-body", 0.75)
    return {}


def from_label(doc: Doc) -> dict[str, Found]:
    for item in doc.labelled_values("employer"):
        value = item.value
        if len(value) <= 100 and plausible(value):
            return split_unit(value, item.start, "label", 0.9)
        typed = TYPED_ORG.search(value)
        if typed and len(typed.group("org").split()) >= 2:
            return split_unit(typed.group("org"), item.start + typed.start(), "label-typed", 0.75)
    return {}


def from_title_parts(doc: Doc) -> dict[str, Found]:
    """ "Centre X (Liège) – Psychologue", "Psychologue – ASBL Y": the part of the title that is not the role."""
    for part in title_parts(doc, lines=4):
        text = part.text
        if in_workplace(doc, part.start):
            continue
        if len(text) > 90 or categorize(text, head_only=True) not in (None,) or not plausible(text):
            continue
        if text.endswith(".") or re.search(r",\s+[a-zà-ÿ]", text):  # a sentence, not a name in a title
            continue
        if label_and_value(text) or TAXONOMY_LINE.match(doc.folded, doc.line_at(part.start).start):
            continue
        if DUTCH_UNIT.match(text):
            continue  # "DIENST BUITENSCHOOLSE OPVANG": a department of a body the title does not name
        quoted = re.search(r"«\s*([^»]{2,50}?)\s*»", text)
        if quoted and not ORG_WORD.fullmatch(quoted.group(1)):
            return split_unit(quoted.group(1), part.start + quoted.start(1), "title-quoted-name", 0.7)
        head = text.split(",")[0]  # "Télétravail ou autre, Région X": a place after what is no name
        if looks_like_org(text) and has_proper_name(text) and (looks_like_org(head) or has_proper_name(head)):
            # "CPAS X, RECRUTEMENT D'UN AIDE", "FOD Y, Dienst Z : tekort aan artsen": a name, then more
            if not (looks_like_org(head) and has_proper_name(head) and plausible(head)):
                return split_unit(text, part.start, "title-part", 0.75)
            found = split_unit(head, part.start, "title-part", 0.75)
            unit = _UNIT_AFTER_COMMA.match(text, len(head))
            if unit and "employer_unit" not in found:
                found["employer_unit"] = Found(
                    clean_org(unit.group("unit")), 0.7, text, part.start + unit.start("unit"), "title-part"
                )
            return found
    return {}


# "FOD X, Dienst Y : …": the unit named after the body's name and a comma.
_UNIT_AFTER_COMMA = re.compile(r",[ \t]*(?P<unit>(?:" + UNIT_WORD + r")\b[^,:;\n]{2,60})")
# "Offre d'emploi au Service X", "External Vacancy Notice in the European Office Y", "Vacature bij Z", "Recrutement
# organisé pour l'ASBL W" (folded).
_OFFER_AT = re.compile(
    r"^(?:(?:external\s+|internal\s+)?vacancy(?:\s+notice)?|offre\s+d'emploi|offre|vacature|job\s+offer|"
    r"appel\s+a\s+candidatures?|recrutement)\s+(?:au|a\s+la|a\s+l'|aux|chez|bij|voor|in|at|with|(?:organisee?\s+)?pour)\s+"
    r"(?:(?:the|het|de|la|le|l')\s*)?(?=\S)"
)


def from_title_offer(doc: Doc) -> dict[str, Found]:
    for part in title_parts(doc):
        match = _OFFER_AT.match(fold(part.text))
        if not match:
            continue
        org = _without_role_tail(re.split(r"[ \t]+[•·|][ \t]+", part.text[match.end() :])[0])
        if org[:1].isupper() and plausible(org) and (looks_like_org(org) or has_proper_name(org)):
            return split_unit(org, part.start + match.end(), "title-offer", 0.8)
    return {}


def _without_role_tail(name: str) -> str:
    """ "Service X de Bruxelles Direction": the post named after the body in a run-on title is cut off."""
    words = name.split()
    for size in range(min(3, len(words) - 1), 0, -1):
        if categorize(" ".join(words[-size:]), head_only=True) is not None:
            return " ".join(words[:-size])
    return name


# "Travailleurs sociaux (m/f/x) pour la Communauté française", "Verpleegkundige voor de gevangenissen van de FOD
# Justitie": a title naming the post and, after it, the body it is for.
_FOR_BODY = re.compile(
    r"\s(?:pour|voor|chez|bij|for|at)\s+(?:(?:la|le|les|l'|de|het|the|des|du)\s*)?"
    r"(?:[^\n]{0,60}?\s(?:van|de|du|des|of)\s+(?:(?:la|le|l'|de|het|the)\s*)?)?"
    r"(?P<org>" + NAME + r"(?:[ \t]+[a-zà-ÿ]{3,})?)\s*$"
)
_UNIT_WORD = re.compile(
    r"(?i)^(?:dienst|service|departement|département|afdeling|cellule|direction|directie|division)\b"
)
_GENDER_MARK = re.compile(GENDER_MARK, re.IGNORECASE)


def from_title_for_body(doc: Doc) -> dict[str, Found]:
    for part in title_parts(doc, lines=3):
        if categorize(part.text) is None and not _GENDER_MARK.search(part.text):
            continue
        match = _FOR_BODY.search(part.text)
        if match and looks_like_org(match.group("org")) and plausible(match.group("org")):
            org, start = match.group("org"), part.start + match.start("org")
            header = header_line(doc) or _title_org_above(doc, part.line_index)
            # "OCMW X" above "Psycholoog voor het Sociaal Huis", or "… van Dienst Vreemdelingenzaken" under
            # "SPF Intérieur": the title names a service of the body the header names.
            if header and fold(header[0]) != fold(org) and (header[2] or _UNIT_WORD.match(org)):
                unit = Found(clean_org(org), 0.75, part.text, start, "title-for-body")
                return {**split_unit(header[0], header[1], "header-line", 0.8), "employer_unit": unit}
            return split_unit(org, start, "title-for-body", 0.8)
    return {}


def _title_org_above(doc: Doc, line_index: int) -> tuple[str, int, bool] | None:
    """ "OCMW Herentals – Vacature" above the title: the organisation part of a line above."""
    for part in title_parts(doc, lines=line_index):
        text = part.text
        if categorize(text) is None and looks_like_org(text) and has_proper_name(text) and plausible(text):
            return text, part.start, True
    return None


def _is_role_title(text: str) -> bool:
    return len(text) <= 160 and (
        categorize(text, head_only=True) is not None or bool(_GENDER_MARK.search(text))
    )


# "Office de la Naissance et de l'Enfance", "SPP Intégration sociale", "Centre hospitalier X (Thuir)"
_NAME_LINE = re.compile(
    r"[A-ZÀ-Ý0-9][\w'’&\-.]*(?:,?[ \t]+(?:[dl]['’])?[\w'’&\-.]+){0,13}(?:[ \t]*\([^()\n]{2,40}\))?"
)
_POST_TERMS = re.compile(
    r"\b(?:cdi|cdd|temps|plein|mi-temps|voltijds|deeltijds|contrat|contract|vacature|emploi)\b"
)


# "Médecins du Monde", "Artsen zonder Grenzen", "Psychologues Sans Frontières": a body named after its members'
# trade, in the plural, with a capitalised complement; a post is written in the singular.
_TRADE_NAMED_BODY = re.compile(
    r"[A-ZÀ-Ý][\w\-]+s[ \t]+(?i:du|de la|de l'|des|de|sans|without|van de|zonder|voor|pour|of|for)[ \t]+[A-ZÀ-Ý]"
)


def _header_name(text: str) -> bool:
    """A line that is a name and nothing else: no sentence, label, date, place or role."""
    if is_brand(text):
        return True
    words = text.split()
    folded = fold(text)
    return (
        2 <= len(text) <= 120
        and len(words) <= 14
        and text[0].isupper()
        and not re.search(r"[:!?;@|]|\d|\.$|\s[–—-]\s", text)
        and not _POST_TERMS.search(folded)
        and not RECRUIT_VERB_RE.search(" " + folded)
        and label_of(text) is None
        and not label_and_value(text)
        and (categorize(text) is None or _TRADE_NAMED_BODY.match(text) is not None)
        and belgium.place(text) is None
        and _NAME_LINE.fullmatch(text) is not None
        and (looks_like_org(text) or has_proper_name(text))
        and plausible(text)
        and not TITLE_NOISE.match(text)
        and not is_org_heading(folded)  # "Over Het Anker", "About us": a heading over the presentation
    )


def from_header_line(doc: Doc) -> dict[str, Found]:
    """Portals and public notices print the employer on its own line next to the title:
    "Psychologue (m/f/x)\nSPF Sécurité sociale", "Centre hospitalier X (Thuir)\nPsychologue …"."""
    found = header_line(doc)
    return split_unit(found[0], found[1], "header-line", 0.8) if found else {}


def header_line(doc: Doc) -> tuple[str, int, bool] | None:
    """(name, start, above the title): the line right under the title, else the nearest name above it."""
    lines = doc.nonblank[:4]
    for index, line in enumerate(lines[:3]):
        if not _is_role_title(line.text):
            continue
        for other in (index + 1, *range(index - 1, -1, -1)):
            if other < len(lines) and _header_name(lines[other].text.strip()):
                return lines[other].text.strip(), lines[other].start, other < index
        return None
    return None
