"""The hiring organisation, and the service inside it when a larger body signs the contract."""

from __future__ import annotations

import re

from ..document import Doc
from ..normalize import fold
from ..types import Found

# A capitalised name: words starting with a capital or digit, joined by small linking words.
_NAME = (
    r"(?:[A-ZÀ-Ý0-9][\w'’&.\-]*|[a-zà-ÿ][a-zà-ÿ]*[A-Z][\w\-]*)"
    r"(?:\s+(?:(?:de|du|des|d'|la|le|les|l'|en|et|van|voor|de|het|der|&|für|of|the|for|sur|aux|à)\s+)*"
    r"(?:[A-ZÀ-Ý0-9][\w'’&.\-]*|\([A-Za-zÀ-ÿ\-]+\)))*"
)
_NAME_RE = re.compile(_NAME)
# "X recrute", "X est à la recherche", "X zoekt": the subject before a recruiting verb.
_SUBJECT_VERB = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:le|la|les|l'|de|het|notre|onze|the)\s+)?(?P<org>" + _NAME + r")"
    r"(?:\s*\([^)]{1,40}\))?,?\s+(?:asbl\s+|vzw\s+)?"
    r"(?:recrute|engage|recherche|cherche|est (?:actuellement )?a la recherche|souhaite (?:engager|recruter)|"
    r"zoekt|is op zoek|werft|is looking|is hiring|ouvre|lance un appel)",
    re.IGNORECASE,
)
# "X est une ASBL", "X is een vzw": a self-presentation.
_IS_A = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:le|la|les|l'|de|het)\s+)?(?P<org>" + _NAME + r")(?:\s*\([^)]{1,40}\))?"
    r"\s+(?:est|is|was)\s+(?:une?|een|an?)\s+(?:\w+\s+){0,3}?"
    r"(?:asbl|ong|association|organisation|institution|hopital|service|centre|maison|reseau|vzw|organisatie|"
    r"ngo|non-profit|organization|ziekenhuis|centrum|dienst|netwerk|structure|clinique|federation|"
    r"initiative|projet|employeur|intercommunale)",
    re.IGNORECASE,
)
# Organisation names built on a type word: "CPAS de Namur", "ASBL Le Méandre", "Hôpital X".
_TYPED_ORG = re.compile(
    r"\b(?P<org>(?:CPAS|OCMW|Ville|Commune|Stad|Gemeente|Province|Provincie|Région|Hôpital|Clinique|CHU|CHR|"
    r"Centre Hospitalier|Centre hospitalier|Kliniek|Ziekenhuis|AZ|UZ|PZ|UPC|ASBL|asbl|VZW|vzw|"
    r"Service de [Ss]anté [Mm]entale|Centre de [Ss]anté [Mm]entale|CGG|Maison médicale|Fondation|Croix-Rouge)"
    r"(?:\s+(?:de|du|des|d'|van|voor)?\s*" + _NAME + r")?)"
)
_UNIT_PREFIX = re.compile(
    r"^(?P<unit>(?:le |la |l')?(?:departement|service|cellule|pole|dienst|afdeling|direction|division)\b.*?)\s+"
    r"(?:de la|du|de l'|des|de|van de|van het|van)\s+(?P<body>(?:ville|commune|cpas|province|region|"
    r"stad|gemeente|ocmw|provincie|federation|hopital|centre|clinique|universite|fondation)\b.*)$",
)
_FOR_UNIT = re.compile(r"\b(?:pour (?:son|sa|ses|leur)|voor (?:haar|zijn|ons|onze))\s+(?P<unit>" + _NAME + ")")
_STOP_NAMES = {
    "nous", "vous", "notre", "votre", "wij", "we", "the", "il", "elle", "on", "qui", "le", "la", "l", "les",
    "elle", "ce", "cette", "ons", "onze", "je", "jij", "u", "our", "we're", "profil", "mission", "missions",
    "description", "fonction", "poste", "contact", "candidature", "conditions", "date", "lieu", "offre",
}
_LEGAL_FORM = re.compile(r"\s*\b(?:asbl|a\.s\.b\.l\.|vzw|v\.z\.w\.|aisbl|srl|sprl|sa|nv|bv)\b\.?\s*$", re.IGNORECASE)


def clean_org(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–'’")
    name = re.sub(r"^(?:le|la|les|l'|de|het)\s+", "", name, flags=re.IGNORECASE)
    stripped = _LEGAL_FORM.sub("", name).strip()
    return (stripped or name)[:200]


def _plausible(name: str) -> bool:
    folded = fold(name)
    words = folded.split()
    return bool(words) and words[0] not in _STOP_NAMES and 2 <= len(name) <= 120 and len(words) <= 12


def _split_unit(org: str, start: int, strategy: str, confidence: float) -> dict[str, Found]:
    match = _UNIT_PREFIX.match(fold(org))
    if match:
        body = clean_org(org[match.start("body") :])
        unit = clean_org(org[: match.end("unit")])
        body = body[0].upper() + body[1:]
        return {
            "employer": Found(body, confidence, org, start, strategy),
            "employer_unit": Found(unit, confidence * 0.9, org, start, strategy),
        }
    return {"employer": Found(clean_org(org), confidence, org, start, strategy)}


def _from_label(doc: Doc) -> dict[str, Found]:
    for item in doc.labelled_values("employer"):
        value = item.value
        if len(value) <= 100 and _plausible(value):
            return _split_unit(value, item.start, "label", 0.9)
        typed = _TYPED_ORG.search(value)
        if typed:
            return _split_unit(typed.group("org"), item.start + typed.start(), "label-typed", 0.75)
    return {}


def _from_subject(doc: Doc, limit: int = 4000) -> dict[str, Found]:
    for match in _SUBJECT_VERB.finditer(doc.text[:limit]):
        org = match.group("org")
        if _plausible(org):
            return _split_unit(org, match.start("org"), "subject-of-recruit", 0.85)
    return {}


def _from_self_presentation(doc: Doc) -> dict[str, Found]:
    for match in _IS_A.finditer(doc.text[:8000]):
        org = match.group("org")
        if _plausible(org):
            return _split_unit(org, match.start("org"), "self-presentation", 0.75)
    return {}


def _from_typed_name(doc: Doc) -> dict[str, Found]:
    counts: dict[str, tuple[int, int, str]] = {}
    for match in _TYPED_ORG.finditer(doc.text):
        org = clean_org(match.group("org"))
        key = fold(org)
        if len(key.split()) < 2 or not _plausible(org):
            continue
        count, first, _ = counts.get(key, (0, match.start(), org))
        counts[key] = (count + 1, first, org)
    if not counts:
        return {}
    count, first, org = max(counts.values(), key=lambda item: (item[0], -item[1]))
    return _split_unit(org, first, "typed-name", 0.55 + min(count, 3) * 0.05)


def _from_email_domain(doc: Doc, email: str | None) -> dict[str, Found]:
    if not email or "@" not in email:
        return {}
    domain = email.rsplit("@", 1)[1].split(".")[0].lower()
    if len(domain) < 3 or domain in {"gmail", "hotmail", "outlook", "yahoo", "skynet", "telenet", "proximus"}:
        return {}
    for match in re.finditer(r"\b" + re.escape(domain) + r"\b", doc.folded):
        original = doc.text[match.start() : match.end()]
        if original[:1].isupper():
            return {"employer": Found(original, 0.6, original, match.start(), "email-domain")}
    return {}


def _unit_after_for(doc: Doc, found: dict[str, Found]) -> dict[str, Found]:
    if "employer_unit" in found:
        return found
    match = _FOR_UNIT.search(doc.text[:3000])
    if match and re.match(r"(?i)(service|dienst|centre|centrum|unit|équipe|pôle|cellule|département)", match.group("unit")):
        unit = clean_org(match.group("unit"))
        return {**found, "employer_unit": Found(unit, 0.7, match.group(0), match.start("unit"), "for-its-unit")}
    return found


def find_employer(doc: Doc, *, apply_email: str | None = None) -> dict[str, Found]:
    for strategy in (_from_label, _from_subject, _from_self_presentation, _from_typed_name):
        found = strategy(doc)
        if found:
            return _unit_after_for(doc, found)
    return _from_email_domain(doc, apply_email)
