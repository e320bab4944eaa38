"""The employer from names met anywhere in the text: typed names, names with a legal form, a signature,
the mail domain; and the legal entity behind whichever name a strategy found."""

from __future__ import annotations

import re
from dataclasses import replace

from ... import belgium
from ...document import Doc
from ...labels import label_of
from ...normalize import fold
from ...types import Found
from ...vocab_employer import MAIL_PROVIDERS
from ..role import categorize
from .names import (
    DUTCH_UNIT,
    FRENCH_TERRITORY_WITHOUT_OF,
    TAXONOMY_LINE,
    TITLE_NOISE,
    TYPED_LOWER_ORG,
    TYPED_ORG,
    TYPED_TAIL_ORG,
    clean_org,
    has_proper_name,
    in_workplace,
    label_and_value,
    legal_form_names,
    looks_like_org,
    names_organisation,
    plausible,
    split_unit,
)

# A body the post works with, reports to or is funded by is not the one that hires: "coopérer avec les
# autorités du SPF X", "en collaboration avec le CPAS", "financé par la Région", "samenwerking met het CGG".
_PARTNER_CUE = re.compile(
    r"\b(?:avec|aupres des? autorites|en lien avec|collaboration|partenaires?|partenariat|"
    r"financee? par|subsidiee? par|subventionnee? par|agreee? par|reconnue? par|rapport(?:e|er)? (?:au|a la)|"
    r"ainsi qu'(?:au|a la|aux)|samenwerking met|"
    # a body that issues or recognises a diploma or a title: "l'équivalence délivrée par la Communauté X"
    r"(?:delivree?s?|homologuee?s?|decernee?s?|certifiee?s?) par|"
    r"(?:uitgereikt|afgeleverd) door|(?:issued|awarded|accredited|recognised|recognized) by|"
    r"(?:gefinancierd|gesubsidieerd|erkend)\s+(?:(?:is|wordt|zijn|worden)\s+)?door)"
    r"\b[^.\n;:]{0,60}$"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'])(?!(?:The|At|Of|For|By|In)\b)[A-Z][\w\-]*[ \t]+$")
_TERRITORY = re.compile(r"(?:province|provincie|region|ville|commune|stad|gemeente)\b")
_IN_PLACE = re.compile(r"\b(?:dans|en|sur|in|op|across|throughout)\s+(?:(?:la|le|l'|les|de|het|the)\s*)?$")
# "Bastogne, Province de Luxembourg", "Télétravail, Région X": a territory after a comma locates (folded).
_LISTED_PLACE = re.compile(r",[ \t]*$")
# "voor de gemeente Beveren": a town's body written in lower case before the town's name.
_TOWN_BODY_IN_LOWER_CASE = re.compile(
    r"\b(?P<body>gemeente|stad|lokaal bestuur)[ \t]+(?P<town>[A-ZÀ-Ý][\w']+(?:-[A-ZÀ-Ý]?[\w']+)*)"
)
_WHERE_ONE_WORKS = re.compile(
    r"\b(?i:chez|bij|at|rejoindre|rejoignez|join)[ \t]+(?P<org>[A-ZÀ-Ý][\w\-]*(?:[ \t]+[A-ZÀ-Ý][\w\-]*){0,3})"
)
_AFTER_ACRONYM = re.compile(r"(?<=\))[ \t]+(?=\S)")
_CAPITALS_TERMS = re.compile(r"[ \t]+(?:A|À|EN|TEMPS|PLEIN|MI-TEMPS|CDI|CDD|VOLTIJDS|DEELTIJDS|H/F|M/V)\b")


def _most_named(names: dict[str, tuple[int, int, str]]) -> tuple[int, int, str]:
    """(count, first offset, name) of the name met most often, the earliest on a tie."""
    return max(names.values(), key=lambda item: (item[0], -item[1]))


def from_typed_name(doc: Doc) -> dict[str, Found]:
    counts: dict[str, tuple[int, int, str]] = {}
    typed = (
        TYPED_ORG.finditer(doc.text),
        TYPED_TAIL_ORG.finditer(doc.text),
        TYPED_LOWER_ORG.finditer(doc.text),
    )
    for match in (match for matches in typed for match in matches):
        if in_workplace(doc, match.start()):
            continue
        # "DIRECTEUR GENERAL DE CPAS A TEMPS PLEIN": in a title in capitals the name stops at the post's terms.
        raw = _CAPITALS_TERMS.split(match.group("org"))[0]
        raw = _AFTER_ACRONYM.split(raw)[0]  # "Centre X (CX) et le Centre Y (CY)": two names, the first
        org = clean_org(raw)
        org = org[:1].upper() + org[1:]
        key = fold(org)
        if len(raw.split()) < 2 or not plausible(raw):
            continue
        if _PARTNER_CUE.search(doc.folded, max(0, match.start() - 70), match.start()):
            continue
        if raw.startswith("University") and _CAPITALISED_BEFORE.search(
            doc.text, max(0, match.start() - 30), match.start()
        ):
            continue  # "Croydon University Hospital": English puts the rest of the name before "University"
        if TAXONOMY_LINE.match(doc.folded, doc.line_at(match.start()).start):
            continue  # "Mots-clés : Santé mentale Hôpital EHPAD": a list of topics
        before = max(0, match.start() - 12)
        if _TERRITORY.match(key) and (
            _IN_PLACE.search(doc.folded, before, match.start())
            or _LISTED_PLACE.search(doc.folded, before, match.start())
        ):
            continue  # "de référence dans la Province du Hainaut": where it is, not who hires
        if FRENCH_TERRITORY_WITHOUT_OF.match(key):
            continue  # "Ville Etampes": a label and its value; the body is "Ville d'Étampes"
        count, first, _ = counts.get(key, (0, match.start(), org))
        counts[key] = (count + 1, first, org)
    # Written in lower case, the town's body only counts when no name is written as one.
    for match in () if counts else _TOWN_BODY_IN_LOWER_CASE.finditer(doc.text):
        if belgium.place(match.group("town")) is None:
            continue
        if _IN_PLACE.search(doc.folded, max(0, match.start() - 12), match.start()):
            continue  # "in de gemeente Beveren": where, not who
        org = match.group("body").capitalize() + " " + match.group("town")
        count, first, _ = counts.get(fold(org), (0, match.start(), org))
        counts[fold(org)] = (count + 1, first, org)
    if not counts:
        return {}
    count, first, org = _most_named(counts)
    return split_unit(org, first, "typed-name", 0.55 + min(count, 3) * 0.05)


def from_legal_form(doc: Doc) -> dict[str, Found]:
    counts: dict[str, tuple[int, int, str]] = {}
    for name, start in legal_form_names(doc.text):
        org = clean_org(name)
        if not plausible(org) or TITLE_NOISE.match(org):
            continue
        key = fold(org)
        count, first, _ = counts.get(key, (0, start, org))
        counts[key] = (count + 1, first, org)
    if not counts:
        return {}
    count, first, org = _most_named(counts)
    return {"employer": Found(org, 0.7, org, first, "name-with-legal-form")}


def from_signature(doc: Doc) -> dict[str, Found]:
    """A letter-style posting signed by a person of the organisation, whose name follows theirs."""
    for line in reversed(doc.nonblank[-8:]):
        text = line.text.strip()
        if (
            len(text) <= 80
            and "@" not in text
            and ":" not in text  # "Structure interne : Service X": a label and its value, not a name
            and "," not in text
            and not text.endswith(".")  # a sentence
            and not re.search(r"\d{4}", text)
            and looks_like_org(text)
            and has_proper_name(text)
            and label_of(text) is None
            and not label_and_value(text)
            and not TAXONOMY_LINE.match(fold(text))
            and not DUTCH_UNIT.match(text)
            and plausible(clean_org(text))
            and categorize(text, head_only=True) in (None, "other")  # not a title naming the post
        ):
            return split_unit(text, line.start, "signature", 0.6)
    return {}


def from_repeated_name(doc: Doc) -> dict[str, Found]:
    """ "L'écoute chez Télé-Accueil …", "the research group at KU Leuven …": a name the text repeats, met at least
    once where one works ("chez X", "bij X", "at X")."""
    counts: dict[str, tuple[int, int, str]] = {}
    for match in _WHERE_ONE_WORKS.finditer(doc.text):
        name = match.group("org")
        if (
            name in counts
            or not names_organisation(doc, name)
            or categorize(name, head_only=True) is not None
        ):
            continue
        count = len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc.text))
        if count >= 2:
            counts[name] = (count, match.start("org"), name)
    if not counts:
        return {}
    count, first, org = _most_named(counts)
    return {"employer": Found(clean_org(org), 0.5, org, first, "repeated-name")}


def from_email_domain(doc: Doc, email: str | None) -> dict[str, Found]:
    if not email or "@" not in email:
        return {}
    domain = email.rsplit("@", 1)[1].split(".")[0].lower()
    if len(domain) < 3 or domain in MAIL_PROVIDERS:
        return {}
    for match in re.finditer(r"\b" + re.escape(domain) + r"\b", doc.folded):
        original = doc.text[match.start() : match.end()]
        if original[:1].isupper():
            return {"employer": Found(original, 0.6, original, match.start(), "email-domain")}
    return {}


def with_legal_entity(doc: Doc, found: dict[str, Found]) -> dict[str, Found]:
    """ "Service de santé mentale Le Méridien" and, in the footer, "Le Méridien asbl – rue …": the legal
    entity that signs contracts is the name the service carries with its legal form."""
    employer = found.get("employer")
    if employer is None or employer.strategy in ("label", "carrier-phrase"):
        return found
    current = fold(employer.value)
    for name, _ in legal_form_names(doc.text):
        entity = clean_org(name)
        key = fold(entity)
        if key != current and len(key) >= 4 and re.search(r"(?:^|[\s'’])" + re.escape(key) + r"\b", current):
            return {
                **found,
                "employer": replace(employer, value=entity, strategy=employer.strategy + "+legal-entity"),
            }
    return found
