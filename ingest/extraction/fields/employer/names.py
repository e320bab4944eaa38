"""What an organisation's name looks like, how it is cleaned, and how a service is told from its body."""

from __future__ import annotations

import re

from ... import belgium
from ...document import Doc
from ...labels import label_of
from ...normalize import fold
from ...types import Found
from ...vocab_employer import (
    CLAUSE_OPENERS,
    GENERIC_WORDS,
    KIND_OF_BODY,
    ORG_WORDS,
    STOP_NAMES,
    TYPED_HEADS,
    TYPED_HEADS_IN_LOWER_CASE,
    TYPED_TAILS,
)

# A capitalised name: words starting with a capital or digit, joined by small linking words.
NAME = (
    r"(?:[A-ZÀ-Ý0-9][\w'’&\-]*(?:\.\w+)*|[a-zà-ÿ][a-zà-ÿ]*[A-Z][\w\-]*)"
    r"(?:[ \t]+(?:(?:de|du|des|d'|la|le|les|l'|en|et|van|voor|het|der|&|für|of|the|for|sur|aux|à)[ \t]+)*"
    r"(?:[A-ZÀ-Ý0-9][\w'’&\-]*(?:\.\w+)*|\([A-Za-zÀ-ÿ\-]+\)))*"
)
# Organisation names built on a type word: "CPAS de Namur", "ASBL Le Méandre", "Hôpital X".
TYPED_ORG = re.compile(
    r"\b(?P<org>(?:" + TYPED_HEADS + r")"
    r"(?:[ \t]+(?:(?:de|du|des|d'|van|voor|le|la|les|l'|of|the)(?:[ \t]+|(?<=')))*" + NAME + r")?)"
)
# "ouvert au centre hospitalier du Carbet": a kind in lower case, then the proper name that makes it a body.
TYPED_LOWER_ORG = re.compile(
    r"(?<![\w'’])(?P<org>(?:" + TYPED_HEADS_IN_LOWER_CASE + r")[ \t]+(?:de la|de l'|du|des|de|d')[ \t]*"
    r"(?=[A-ZÀ-Ý])" + NAME + r")"
)
# "South London and Maudsley NHS Foundation Trust", "Ghent University": an English name ending on its kind.
TYPED_TAIL_ORG = re.compile(
    r"(?<![\w'’\-])(?!(?:The|At|Join|For|In|Of|By|With|And|From|To)\b)"
    r"(?P<org>(?:[A-Z][\w'’&\-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){1,5}(?:" + TYPED_TAILS + r"))\b"
)
# "Les Foyers du Midi asbl", "Beschut Wonen Dijleland vzw": a name carrying its legal form.
WITH_LEGAL_FORM = re.compile(
    r"(?:(?<=\n)|^|(?<=[:–—\-] )|(?<=l')|(?<=[Ll]'[Aa][Ss][Bb][Ll] )|(?<=[Dd]e [Vv][Zz][Ww] )|(?<=de la )|(?<=du ))"
    r"(?P<org>[A-ZÀ-Ý][\w'’&\-]*(?:[ \t]+(?:[A-ZÀ-Ý0-9][\w'’&\-]*|(?:de|du|des|la|le|les|d'|l'|van|voor|het|der|"
    r"et|en|&|aux|à)(?=[ \t]|(?<=')\w)|«[^»\n]{2,40}»)){0,7}?)[ \t]+(?P<form>asbl|ASBL|vzw|VZW|a\.s\.b\.l\.|VoG|VOG)\b"
)
# "Maison médicale du " before "Rivage asbl" at a line's start: the head of the same name.
_HEAD_OF_NAME = re.compile(
    r"^[A-ZÀ-Ý][\w'\-]*(?:[ \t]+[a-zà-ÿ][\w'\-]*){0,2}[ \t]+(?:de la|du|de l'|des)[ \t]+$"
)


def legal_form_names(text: str) -> list[tuple[str, int]]:
    """(name, start) of every name written with its legal form, whole even after "de la"/"du"."""
    out = []
    for match in WITH_LEGAL_FORM.finditer(text):
        start = match.start("org")
        line_start = text.rfind("\n", 0, start) + 1
        head = _HEAD_OF_NAME.match(text[line_start:start])
        if head:
            start = line_start
        out.append((text[start : match.end("org")], start))
    return out


ORG_WORD = re.compile(r"(?i)\b(?:" + ORG_WORDS + r")\b")
# Where offers are republished, not who hires: job portals, platforms, a site's own name.
_REPUBLISHER = re.compile(
    r"(?i)(?:vacatureplatform|jobplatform|plateforme (?:emploi|d'emploi|des metiers|des offres)|portail|portal\b|"
    r"jobsite|job ?board|jobbank|\bjobs\b|career|\.(?:be|com|org|net|eu)\b)"
)
_LEGAL_FORM = re.compile(
    r"\s*\b(?:asbl|a\.s\.b\.l\.|vzw|v\.z\.w\.|aisbl|srl|sprl|sa|nv|bv|vog|v\.o\.g\.)\b\.?\s*$", re.IGNORECASE
)
_PARENTHETICAL = re.compile(r"\s*\((?![A-ZÀ-Ý0-9\-&.]{2,12}\))[^)]*\)\s*$")
# "ONG humanitaire IRC", "vzw Brusselse Toekomst": the kind of body and its adjectives before the name.
_KIND_BEFORE_NAME = re.compile(r"^(?i:ong|ngo|asbl|vzw)(?:\s+[a-zà-ÿ\-]+){1,2}\s+(?=[A-ZÀ-Ý])")
_ELIDED = re.compile(r"^[dlDL]['’]")
# The alt text of a letterhead image: "Logo van Gemeente X", "Logo du CPAS de Y".
_LOGO = re.compile(r"^(?i:logo)(?:\s+(?:van|de|du|of|de la|de l'))?\s+(?=[A-ZÀ-Ý])")
# "Centre Hospitalier de X en 1994": a date the sentence goes on with.
_YEAR_AFTER = re.compile(r"\s+(?:en|in|since|depuis|sinds)?\s*(?:1[89]|20)\d\d$")
_GLUED_TAIL = re.compile(r"(?<=[a-zà-ÿ])[A-Z][a-zà-ÿ]+(?: [a-zà-ÿ]+){0,2}$")
# "FOD Binnenlandse ZakenAfgesloten op 19/05/2025": the portal's closing notice glued on after the name.
_CLOSING_NOTICE = re.compile(
    r"\s*(?:Afgesloten|Cl[ôo]tur[ée]e?|Closed|Geschlossen|Abgeschlossen)\s+(?:op|depuis(?: le)?|le|on|since|seit|am)\s+\d.*$"
)
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}(?:[A-Z]\b\.?)?")
_REPEATED_WORD = re.compile(r"\b(\w+)\s+\1\b")
# "Conseil départemental de la Sarthe": a council that is a public body, not a board ("Conseil d'administration").
_COUNCIL = re.compile(r"conseil (?:departemental|regional|general|communal|provincial|de l'action sociale)\b")
# "WHO - World Health Organization": an acronym before the name it spells, no pronoun.
_ACRONYM_BEFORE_NAME = re.compile(r"(?P<acronym>[A-Z]{2,})[ \t]*[-–—:][ \t]*(?P<name>.+)")
# "Conseil Central Laïque", "Conseil Supérieur de la Santé": a council with a name of its own (as written).
_NAMED_COUNCIL = re.compile(r"Conseil[ \t]+[A-ZÀ-Ý][a-zà-ÿ]")
# The French name of a town's body links it: "Ville de Namur", never "Ville Namur".
FRENCH_TERRITORY_WITHOUT_OF = re.compile(r"(?:ville|commune|province|region) (?!(?:de|du|des|d')\b)")
# "Dienst Buitenschoolse Opvang", "Afdeling Welzijn": in Dutch, a department of a body named elsewhere.
DUTCH_UNIT = re.compile(r"(?i)(?:dienst|afdeling)\b")
# "Mots-clés : Santé publique Hôpital …", "Tags : …": a list of topics, no names (folded).
TAXONOMY_LINE = re.compile(r"\s*(?:mots[- ]cles|keywords|tags|trefwoorden|categories?|domaines?)\b")
TITLE_NOISE = re.compile(
    r"(?i)^(?:offre d'emploi|offre|emploi|vacature|vacatures|job|jobs|appel a candidatures?|appel à candidatures?|"
    r"recrutement|urgent|nous recrutons|on recrute|we're hiring|wij zoeken)\b"
)
_UNIT_PREFIX = re.compile(
    r"^(?P<unit>(?:le |la |l')?(?:departement|service|cellule|pole|dienst|afdeling|direction|division)\b.*?)\s+"
    r"(?:de la|du|de l'|des|de|van de|van het|van)\s+(?P<body>(?:ville|commune|cpas|province|region|"
    r"stad|gemeente|ocmw|provincie|federation|hopital|centre|clinique|universite|fondation)\b.*)$",
)


def clean_org(name: str) -> str:
    """The name as a person would write it: no dotted acronym, leading article, legal form or trailing aside."""
    name = _CLOSING_NOTICE.sub("", re.sub(r"\s+", " ", name)).strip(" ,.;:-–'’").rstrip(" (")
    # "C.P.A.S. de Montigny" → "CPAS de Montigny"; "Gemeente Gemeente Kaprijke" (a logo above the name) → once
    name = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), name)
    name = _REPEATED_WORD.sub(r"\1", name)
    name = _PARENTHETICAL.sub("", name)
    name = re.sub(r"^(?:(?:le|la|les|de|het|der|die|das)\s+|l'\s*)", "", name, flags=re.IGNORECASE)
    name = re.sub(r"^(?:asbl|vzw|a\.s\.b\.l\.)\s+(?=[A-ZÀ-Ý])", "", name, flags=re.IGNORECASE)
    name = _KIND_BEFORE_NAME.sub("", name)
    name = _LOGO.sub("", name)
    name = _YEAR_AFTER.sub("", name)
    glued = _GLUED_TAIL.search(name)
    if (
        glued and label_of(glued.group(0) + ":") is not None
    ):  # "…LeefmilieuSelectiecode": the next label glued on
        name = name[: glued.start()]
    stripped = _LEGAL_FORM.sub("", name).strip()
    return (stripped or name)[:200]


# "safe.brussels", "perspective.brussels": the Brussels Region's bodies write their name as a web address.
_BRUSSELS_BRAND = re.compile(r"[a-z][a-z0-9-]{1,30}\.brussels")


def is_brand(name: str) -> bool:
    return _BRUSSELS_BRAND.fullmatch(name.strip()) is not None


def plausible(name: str) -> bool:
    """Could name an organisation: not a pronoun, a heading, a bare kind of body or a job site."""
    folded = fold(name)
    words = folded.split()
    return (
        bool(words)
        and (
            words[0].rstrip(".,;:!?") not in STOP_NAMES
            or _COUNCIL.match(folded) is not None
            or _NAMED_COUNCIL.match(name) is not None
            or _acronym_before_its_name(name)
        )
        and 2 <= len(name) <= 120
        and len(words) <= 12
        and not is_generic(folded)
        and not _REPUBLISHER.search(folded)
    )


# "Juan-Luis VIVES": a person's first name and surname, as French signatures write them.
_PERSON = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]+[A-ZÀ-Ý]{3,}(?:[ \t-][A-ZÀ-Ý]{2,})*")
_KIND = re.compile(r"(?<![a-z])(?:" + KIND_OF_BODY + r")(?![a-z])", re.IGNORECASE)
PROSE_WORDS = 5
# Narrower than RECRUIT_VERB on purpose: "X cherche un·e …" left in a header name is trimmed further on.
_RECRUITING = re.compile(
    r"(?<![a-z])(?:recrute(?:nt)?|recrutement|engage(?:nt)?|recherche|zoekt|werft|hiring|recruits?)(?![a-z])"
)
_NEXT_SENTENCE = re.compile(r"[.!?]\s+(?:je|jij|u|wij|we|vous|nous|il|elle|you|they|de|het|le|la|les)\b")


# "Le/la Commissaire général·e": a post, written for either gender, is not an organisation.
_GENDERED = re.compile(r"(?i)(?:le/la|la/le|un/une|une/un|un·e|de/het|il/elle)\s")


def credible(name: str, *, refined: bool = False) -> bool:
    """A name as a person would write an employer: not a person's, not a phrase of prose ("Évaluation des
    besoins des populations cibles à travers une"), not a code ("AF_BFA"); once refined, not a sentence
    ("hôpital Pinel à Amiens recrute 10 infirmiers", "dienst kinderopvang. Je ondersteunt …")."""
    if (_PERSON.fullmatch(name) and not _KIND.match(name)) or "_" in name or _GENDERED.match(name):
        return False
    if refined and (_RECRUITING.search(fold(name)) or _NEXT_SENTENCE.search(fold(name))):
        return False
    words = re.findall(r"[\w'’-]+", name)
    named = [word for word in words[1:] if word[:1].isupper() or word[:1].isdigit()]
    return len(words) < PROSE_WORDS or bool(named) or _KIND.search(name) is not None


def _acronym_before_its_name(name: str) -> bool:
    match = _ACRONYM_BEFORE_NAME.fullmatch(name)
    capitals = re.findall(r"\b[A-Z]", match.group("name")) if match else []
    return bool(match) and "".join(capitals) == match.group("acronym")


def is_generic(folded: str) -> bool:
    return all(word in GENERIC_WORDS for word in re.findall(r"[a-z0-9]+", folded))


def looks_like_org(text: str) -> bool:
    return bool(text) and text[0].isupper() and bool(ORG_WORD.search(text)) and not TITLE_NOISE.match(text)


def has_proper_name(text: str) -> bool:
    """ "Centre Les Glycines" names an organisation; "Centre de jour pour adultes" only describes one."""
    if re.search(r"\([A-Z][A-Z-]{2,9}\)", text):  # "Commission communautaire commune (COCOM)": an acronym
        return True
    # "Sûreté de l'Etat": a capital after an elided article counts
    words = [_ELIDED.sub("", word) for word in re.sub(r"\([^)]*\)", " ", text).split()]
    return any(word[:1].isupper() or word[:1].isdigit() for word in words[1:]) or (
        len(words) == 1 and words[0].isupper()
    )


ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:[-&][A-Z0-9]+)*")


def is_acronym(name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", name)
    return 2 <= len(letters) <= 10 and ACRONYM.fullmatch(name) is not None


def label_and_value(text: str) -> bool:
    """ "Location United States", "Ville Etampes": a portal's label with its value, no name."""
    words = text.split()
    if len(words) < 2 or label_of(words[0] + ":") is None:
        return False
    return FRENCH_TERRITORY_WITHOUT_OF.match(fold(text)) is not None or not looks_like_org(text)


def in_workplace(doc: Doc, at: int) -> bool:
    """ "Lieu de travail : Maison du Département, Vire": a name in the workplace's value is a building, a site."""
    return any(item.start <= at < item.start + len(item.value) for item in doc.labelled_values("location"))


def split_unit(org: str, start: int, strategy: str, confidence: float) -> dict[str, Found]:
    """ "Service Jeunesse de la Ville de Liège": the body employs, the service is its unit."""
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


# A public body named by the organ that decides ("Collège communal de X") or in full: the body people name.
_PUBLIC_BODIES = [
    (
        re.compile(r"(?i)^(?:centre public d'action sociale|conseil de l'action sociale)\s+(?P<of>de |d')"),
        "CPAS ",
    ),
    (
        re.compile(r"(?i)^(?:coll[eè]ge communal|conseil communal)\s+(?P<of>de |d')"),
        "Commune ",
    ),
    (
        re.compile(r"(?i)^(?:coll[eè]ge provincial|conseil provincial)\s+(?P<of>de |du |d'|de la )"),
        "Province ",
    ),
    (
        re.compile(
            r"(?i)^(?:openbaar centrum voor maatschappelijk welzijn|raad voor maatschappelijk welzijn)\s+(?:van\s+)?"
        ),
        "OCMW ",
    ),
    (
        re.compile(
            r"(?i)^(?:college van burgemeester en schepenen|gemeenteraad|gemeentebestuur)\s+(?:van\s+)?"
        ),
        "Gemeente ",
    ),
    # "Öffentliches Sozialhilfezentrum (ÖSHZ) Kelmis": the German-speaking CPAS
    (
        re.compile(
            r"(?i)^(?:öffentliche[s]?\s+sozialhilfezentrum)\s*(?:\(\s*ÖSHZ\s*\)\s*)?(?:von\s+|der\s+gemeinde\s+)?"
        ),
        "ÖSHZ ",
    ),
]


def public_body_name(name: str) -> str:
    """ "CENTRE PUBLIC D'ACTION SOCIALE DE HUY" → "CPAS de Huy"; "Collège communal de Frameries" → "Commune de
    Frameries"; "Openbaar Centrum voor Maatschappelijk Welzijn Gent" → "OCMW Gent"."""
    for pattern, body in _PUBLIC_BODIES:
        match = pattern.match(name)
        if match:
            place = name[match.end() :].strip()
            if place.isupper():
                place = place.title()
            of = (match.groupdict().get("of") or "").lower()
            return f"{body}{of}{place}"
    return name


_LINKING = frozenset(
    "de du des d la le les l van voor het der en et of the for and pour sur aux a au".split()
)


def names_organisation(doc: Doc, name: str) -> bool:
    """A name, not a clause, a place or a phrase: a typed or proper name, or a lone word the text repeats."""
    name = name.strip()
    words = name.split()
    if not plausible(name) or not words or re.search(r"\d", name) or belgium.place(name) is not None:
        return False
    if fold(words[0]) in CLAUSE_OPENERS or not (words[-1][:1].isupper() or words[-1].endswith(")")):
        return False
    content = (_ELIDED.sub("", word) for word in re.findall(r"[\w'\-]+", name))
    lowercase = [word for word in content if word[:1].islower() and fold(word) not in _LINKING]
    if len(lowercase) > 2 and not is_acronym(words[0]):  # "Maison médicale au forfait de la région": a phrase
        return False
    if len(words) == 1:
        return is_acronym(name) or len(re.findall(r"\b" + re.escape(name) + r"\b", doc.text)) >= 2
    return looks_like_org(name) or has_proper_name(name)
