"""The hiring organisation, and the service inside it when a larger body signs the contract."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import belgium
from ..document import Doc
from ..labels import label_of
from ..normalize import fold
from ..title import title_parts
from ..types import Found
from ..vocab_roles import GENDER_MARK
from .role import categorize

# A capitalised name: words starting with a capital or digit, joined by small linking words.
_NAME = (
    r"(?:[A-ZÀ-Ý0-9][\w'’&\-]*(?:\.\w+)*|[a-zà-ÿ][a-zà-ÿ]*[A-Z][\w\-]*)"
    r"(?:[ \t]+(?:(?:de|du|des|d'|la|le|les|l'|en|et|van|voor|het|der|&|für|of|the|for|sur|aux|à)[ \t]+)*"
    r"(?:[A-ZÀ-Ý0-9][\w'’&\-]*(?:\.\w+)*|\([A-Za-zÀ-ÿ\-]+\)))*"
)
_NAME_RE = re.compile(_NAME)
# A recruiting verb (folded text); the organisation is the sentence's subject before it.
_RECRUIT_VERB = re.compile(
    r"\s(?:recrute(?:nt)?|engage(?:nt)?|recherche(?:nt)?|cherche(?:nt)?|"
    r"(?:est|sont)\s+(?:actuellement\s+|activement\s+)?a\s+la\s+recherche|souhaite\s+(?:engager|recruter)|"
    r"zoekt|zoeken|(?:is|zijn)\s+op\s+zoek|werft|is\s+looking|are\s+looking|is\s+hiring|is\s+recruiting|"
    r"are\s+recruiting|recruits|"
    r"ouvre\s+un\s+poste|lance\s+un\s+appel)\b(?!\()"
)
# "zoeken we", "recherchons-nous": the subject is the speaker; "Zoeken..." alone on a line is a search box.
_NO_SUBJECT_AFTER = re.compile(r"(?:\s*-?\s*(?:we|wij|nous|ik|je)\b|\s*(?:\.\.\.|…))")
_SUBJECT_START = re.compile(r"(?:[.!?:]\s+|\n\s*\n|^)(?=\S)")
_SUBJECT_NOISE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*[-:]?\s*|(?:le|la|les|de|het|the)\s+|l')+", re.IGNORECASE
)
# "X est une ASBL", "X is een vzw": a self-presentation.
_IS_A = re.compile(
    r"(?:^|[.!?]\s+|\n|,[ \t]+)(?i:(?:le|la|les|l'|de|het|the)\s+)?"
    # The subject may carry lowercase words ("Office wallon de la Santé psychique", "Clinique psychiatrique X").
    r"(?P<org>[A-ZÀ-Ý0-9][\w'’&\-.]*(?:[ \t]+[\w'’&\-()]+){0,8}?)"
    r"\s+(?i:(?:est|is|was)\s+(?:une?|een|an?)\s+(?:[\w\-']+,?\s+){0,4}?"
    r"(?:asbl|ong|association|organisation|organisme|institution|h[oô]pital|service|centre|maison|r[ée]seau|vzw|"
    r"organisatie|ngo|non-profit|organization|network|alliance|ziekenhuis|centrum|dienst|netwerk|structure|clinique|f[ée]d[ée]ration|"
    r"initiative|projet|employeur|intercommunale|office|agence|agency|charity|hospital|[ée]tablissement|"
    r"administration|vereniging|instelling|voorziening|foundation|fondation)\b)",
)
# Organisation names built on a type word: "CPAS de Namur", "ASBL Le Méandre", "Hôpital X".
_TYPED_ORG = re.compile(
    r"\b(?P<org>(?:CPAS|C\.P\.A\.S\.|OCMW|Ville|Commune|Stad|Gemeente|Province|Provincie|Région|Hôpital|Clinique|CHU|CHR|"
    r"Centre Hospitalier|Centre hospitalier|Kliniek|Ziekenhuis|AZ|UZ|PZ|UPC|ASBL|asbl|VZW|vzw|"
    r"Service de [Ss]anté [Mm]entale|Centre de [Ss]anté [Mm]entale|CGG|Maison médicale|Fondation|Croix-Rouge|"
    r"Réseau|Netwerk|Fédération|Federatie|Ligue|Plate-forme|Plateforme|Overlegplatform|SSM|IHP|MSP|AMO|CGG|CAW|PZ|"
    r"Centre|Centrum|Maison|Clinique|Association|Beschut Wonen|Huis|Lokaal Bestuur|SPF|Service public|Observatoire)"
    r"(?:[ \t]+(?:de|du|des|d'|van|voor|le|la|les|l')?[ \t]*" + _NAME + r")?)"
)
# A body the post works with, reports to or is funded by is not the one that hires: "coopérer avec les
# autorités du SPF X", "en collaboration avec le CPAS", "financé par la Région", "samenwerking met het CGG".
_PARTNER_CUE = re.compile(
    r"\b(?:avec|aupres des? autorites|en lien avec|collaboration|partenaires?|partenariat|"
    r"financee? par|subsidiee? par|subventionnee? par|agreee? par|reconnue? par|rapport(?:e|er)? (?:au|a la)|"
    r"ainsi qu'(?:au|a la|aux)|samenwerking met|gefinancierd door|gesubsidieerd door|erkend door)"
    r"\b[^.\n;:]{0,60}$"
)
# "Porté par l'ASBL X", "le contrat sera signé par l'ASBL X", "pouvoir organisateur : X": the body that
# employs, even when a project, a network or a consortium publishes the offer.
_CARRIER_CUE = re.compile(
    r"\b(?:porte|portee|signe|signee|gere|geree|employe|employee)\s+par|pouvoir organisateur\s*:|"
    r"werkgever is|employer is|aangeworven door|in dienst genomen door|recruited by|hired by|employed by|"
    r"(?:arbeids)?(?:overeenkomst|contract)\s+(?:wordt|zal worden)\s+(?:af)?gesloten\s+met|"
    r"contrat(?: de travail)?\s+(?:est|sera)\s+(?:conclu|signe|passe)\s+avec|"
    r"contract\s+(?:is|will be)\s+(?:signed|concluded)\s+with"
)
_CARRIER_NAME = re.compile(
    r"\s+(?:(?i:l'|l’|le |la |de |het ))?(?P<org>(?:(?:ASBL|asbl|VZW|vzw)\s+)?" + _NAME + r")"
)
_UNIT_PREFIX = re.compile(
    r"^(?P<unit>(?:le |la |l')?(?:departement|service|cellule|pole|dienst|afdeling|direction|division)\b.*?)\s+"
    r"(?:de la|du|de l'|des|de|van de|van het|van)\s+(?P<body>(?:ville|commune|cpas|province|region|"
    r"stad|gemeente|ocmw|provincie|federation|hopital|centre|clinique|universite|fondation)\b.*)$",
)
_FOR_UNIT = re.compile(
    r"\b(?:pour (?:son|sa|ses|leur)|voor (?:haar|zijn|ons|onze)|au sein de (?:son|sa|leur)|binnen (?:haar|zijn))\s+"
    r"(?P<unit>(?:service|dienst|centre|centrum|unite|unit|pole|cellule|departement|afdeling|equipe|team)\b"
    r"[^\n,;:.]{0,70}?)(?=\s*(?:[\n,;:.]|$|\s(?:a|en|dans|situe|base|te|in|met)\s))"
)
_STOP_NAMES = {
    "voor",
    "pour",
    "dans",
    "in",
    "binnen",
    "au",
    "afin",
    "urgent",
    "conseil",
    "bestuur",
    "directie",
    "the board",
    "equipe",
    "team",
    "service du personnel",
    "vacature",
    "offre",
    "job",
    "appel",
    "nous",
    "vous",
    "notre",
    "votre",
    "wij",
    "we",
    "the",
    "il",
    "elle",
    "on",
    "qui",
    "le",
    "la",
    "l",
    "les",
    "ce",
    "cette",
    "ons",
    "onze",
    "je",
    "jij",
    "u",
    "our",
    "we're",
    "profil",
    "mission",
    "missions",
    "description",
    "fonction",
    "poste",
    "contact",
    "candidature",
    "conditions",
    "date",
    "lieu",
    # a clause or a question, not a name: "Omdat een collega vertrekt, zoeken we", "Wie zoeken we?"
    "omdat",
    "aangezien",
    "doordat",
    "wanneer",
    "sinds",
    "zoals",
    "wie",
    "wat",
    "waarom",
    "comme",
    "puisque",
    "lorsque",
    "quand",
    "pourquoi",
    "que",
    "quoi",
    "suite",
    "because",
    "since",
    "who",
    "what",
    "why",
}
# Words that only say what kind of body an organisation is: "Service de santé mentale" alone names none.
_GENERIC_WORDS = set(
    "service services sante mentale centre centrum maison medicale clinique hopital ziekenhuis psychiatrique "
    "psychiatrisch psychiatric dienst geestelijke gezondheidszorg gezondheid reseau netwerk association "
    "vereniging equipe team mobile mobiel asbl vzw de du des la le les l d van voor het der en et pour of the "
    "mental health centre center hospital habitation protegee initiative beschut wonen sociale social sociaal "
    "action aide accueil jour nuit public publique openbaar".split()
)
# Where offers are republished, not who hires: job portals, platforms, a site's own name.
_REPUBLISHER = re.compile(
    r"(?i)(?:vacatureplatform|jobplatform|plateforme (?:emploi|d'emploi|des metiers|des offres)|portail|portal\b|"
    r"jobsite|job ?board|jobbank|\bjobs\b|career|\.(?:be|com|org|net|eu)\b)"
)
_LEGAL_FORM = re.compile(
    r"\s*\b(?:asbl|a\.s\.b\.l\.|vzw|v\.z\.w\.|aisbl|srl|sprl|sa|nv|bv)\b\.?\s*$", re.IGNORECASE
)


_PARENTHETICAL = re.compile(r"\s*\((?![A-ZÀ-Ý0-9\-&.]{2,12}\))[^)]*\)\s*$")
# "Les Foyers du Midi asbl", "Beschut Wonen Dijleland vzw": a name carrying its legal form.
_WITH_LEGAL_FORM = re.compile(
    r"(?:(?<=\n)|^|(?<=[:–—\-] )|(?<=l')|(?<=[Ll]'[Aa][Ss][Bb][Ll] )|(?<=[Dd]e [Vv][Zz][Ww] ))"
    r"(?P<org>[A-ZÀ-Ý][\w'’&\-]*(?:[ \t]+(?:[A-ZÀ-Ý0-9][\w'’&\-]*|(?:de|du|des|la|le|les|d'|l'|van|voor|het|der|"
    r"et|en|&|aux|à)(?=[ \t]|(?<=')\w)|«[^»\n]{2,40}»)){0,7}?)[ \t]+(?P<form>asbl|ASBL|vzw|VZW|a\.s\.b\.l\.)\b"
)
_ORG_WORD = re.compile(
    r"(?i)\b(?:asbl|vzw|centre|centrum|maison|clinique|hopital|hôpital|ziekenhuis|service|dienst|cpas|ocmw|ssm|cgg|"
    r"caw|ihp|msp|amo|reseau|réseau|netwerk|federation|fédération|association|fondation|plateforme|ville|commune|"
    r"gemeente|stad|province|provincie|spf|fod|observatoire|institut|instituut|huis|beschut wonen|equipe mobile|"
    r"équipe mobile|lokaal bestuur|ligue|kliniek|pz|upc|chu|chr|"
    # public administrations
    r"commission communautaire|cocom|cocof|vgc|communauté|gemeenschap|région|gewest|spw|agence|agentschap|"
    r"intercommunale|ministère|ministerie|autorité|overheid|iriscare|aviq|vivalis)\b"
)
_TITLE_NOISE = re.compile(
    r"(?i)^(?:offre d'emploi|offre|emploi|vacature|vacatures|job|jobs|appel a candidatures?|appel à candidatures?|"
    r"recrutement|urgent|nous recrutons|on recrute|we're hiring|wij zoeken)\b"
)


_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}(?:[A-Z]\b\.?)?")
_REPEATED_WORD = re.compile(r"\b(\w+)\s+\1\b")


def clean_org(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–'’")
    # "C.P.A.S. de Montigny" → "CPAS de Montigny"; "Gemeente Gemeente Kaprijke" (a logo above the name) → once
    name = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), name)
    name = _REPEATED_WORD.sub(r"\1", name)
    name = _PARENTHETICAL.sub("", name)
    name = re.sub(r"^(?:(?:le|la|les|de|het)\s+|l'\s*)", "", name, flags=re.IGNORECASE)
    name = re.sub(r"^(?:asbl|vzw|a\.s\.b\.l\.)\s+(?=[A-ZÀ-Ý])", "", name, flags=re.IGNORECASE)
    stripped = _LEGAL_FORM.sub("", name).strip()
    return (stripped or name)[:200]


def _plausible(name: str) -> bool:
    folded = fold(name)
    words = folded.split()
    return (
        bool(words)
        and words[0] not in _STOP_NAMES
        and 2 <= len(name) <= 120
        and len(words) <= 12
        and not _is_generic(folded)
        and not _REPUBLISHER.search(folded)
    )


def _is_generic(folded: str) -> bool:
    return all(word in _GENERIC_WORDS for word in re.findall(r"[a-z0-9]+", folded))


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
        if typed and len(typed.group("org").split()) >= 2:
            return _split_unit(typed.group("org"), item.start + typed.start(), "label-typed", 0.75)
    return {}


_OWNER = re.compile(r"\s(?:van|de la|du|de l'|des|of the|of)\s+(?P<org>[\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]*)+)$")
_TEAM_WORD = re.compile(
    r"^(?:mobiel|mobile|team|equipe|dienst|service|cellule|afdeling|unit|project|projet)\b"
)


def _subject_before(doc: Doc, verb_start: int) -> tuple[str, int] | None:
    """The organisation a recruiting verb belongs to: its subject, back to the sentence start."""
    window_start = max(0, verb_start - 200)
    starts = list(_SUBJECT_START.finditer(doc.text, window_start, verb_start))
    begin = starts[-1].end() if starts else window_start
    chunk = doc.text[begin:verb_start]
    # "Over de tewerkstelling\nWe zoeken": a heading above is not the subject; "ASBL X\nrecrute" has only it.
    if "\n" in chunk and chunk[chunk.rindex("\n") + 1 :].strip():
        begin, chunk = begin + chunk.rindex("\n") + 1, chunk[chunk.rindex("\n") + 1 :]
    if chunk.count("«") != chunk.count("»") or chunk.count('"') % 2:
        return None  # 'Rubrique « Les partenaires recrutent »': a quoted heading, not a subject
    if re.search(r"\S {3,}\S|\t", chunk):  # "Vacatures   Offres   Werkgevers": a menu, not a sentence
        return None
    if "," in chunk:
        cut = chunk.rindex(",") + 1
        if chunk[cut:].strip():  # "Pour renforcer son équipe, l'ASBL X recrute"
            begin, chunk = begin + cut, chunk[cut:]
        else:  # "La Passerelle, maison d'accueil pour hommes (Charleroi), engage": the name before the apposition
            chunk = chunk[: chunk.index(",")]
    noise = _SUBJECT_NOISE.match(chunk.strip())
    lead = len(chunk) - len(chunk.lstrip())
    if noise:
        lead += noise.end()
    org = re.sub(r"\s+", " ", chunk[lead:]).strip()
    org = re.sub(r"\s*\((?:asbl|vzw)\)$", "", org, flags=re.IGNORECASE)
    if re.match(r"(?:asbl|vzw) [A-ZÀ-Ý]", org):  # "l'asbl Clair-Obscur": the form in lower case
        lead, org = lead + 5, org[5:]
    owner = _OWNER.search(org)
    if owner and (not org[:1].isupper() or _TEAM_WORD.match(fold(org))):
        # "Het mobiel team langdurige zorg van netwerk Kempenring zoekt": the team's organisation hires.
        lead += owner.start("org") + (len(chunk[lead:]) - len(chunk[lead:].lstrip()))
        org = owner.group("org")[0].upper() + owner.group("org")[1:]
    if not org or not org[0].isupper() or len(org.split()) > 12 or not _plausible(org):
        return None
    return org, begin + lead


def _from_carrier(doc: Doc) -> dict[str, Found]:
    for cue in _CARRIER_CUE.finditer(doc.folded):
        match = _CARRIER_NAME.match(doc.text, cue.end())
        if match and _plausible(match.group("org")):
            return _split_unit(match.group("org"), match.start("org"), "carrier-phrase", 0.85)
    return {}


def _from_subject(doc: Doc, limit: int = 4000) -> dict[str, Found]:
    for match in _RECRUIT_VERB.finditer(doc.folded, 0, limit):
        line_start = doc.text.rfind("\n", 0, match.start() + 1) + 1
        line_end = doc.text.find("\n", match.end())
        alone = (
            not doc.text[line_start : match.start()].strip()
            and not doc.text[match.end() : line_end if line_end >= 0 else len(doc.text)].strip()
        )
        # "Un contractuel peut être recherché", "personnel engagé": a participle, no one recruiting.
        participle = doc.text[match.end() - 1 : match.end()] in "éÉ"
        if _NO_SUBJECT_AFTER.match(doc.folded, match.end()) or alone or participle:
            continue  # the speaker recruits, or a lone menu word ("Zoeken") on its own line
        found = _subject_before(doc, match.start())
        if found:
            return _split_unit(found[0], found[1], "subject-of-recruit", 0.85)
    return {}


def _from_self_presentation(doc: Doc) -> dict[str, Found]:
    for match in _IS_A.finditer(doc.text[:8000]):
        org = match.group("org")
        if _plausible(org):
            return _split_unit(org, match.start("org"), "self-presentation", 0.75)
    return {}


_CAPITALS_TERMS = re.compile(r"[ \t]+(?:A|À|EN|TEMPS|PLEIN|MI-TEMPS|CDI|CDD|VOLTIJDS|DEELTIJDS|H/F|M/V)\b")


def _from_typed_name(doc: Doc) -> dict[str, Found]:
    counts: dict[str, tuple[int, int, str]] = {}
    for match in _TYPED_ORG.finditer(doc.text):
        # "DIRECTEUR GENERAL DE CPAS A TEMPS PLEIN": in a title in capitals the name stops at the post's terms.
        raw = _CAPITALS_TERMS.split(match.group("org"))[0]
        org = clean_org(raw)
        key = fold(org)
        if len(raw.split()) < 2 or not _plausible(raw):
            continue
        if _PARTNER_CUE.search(doc.folded, max(0, match.start() - 70), match.start()):
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
    """ "X recrute pour son Service Y": the service that hires is more precise than a department."""
    employer_at = found["employer"].start if "employer" in found else 0
    match = _FOR_UNIT.search(doc.folded, max(0, employer_at), max(0, employer_at) + 600)
    if not match:
        return found
    unit = clean_org(doc.text[match.start("unit") : match.end("unit")])
    unit = unit[0].upper() + unit[1:]
    return {
        **found,
        "employer_unit": Found(
            unit, 0.75, doc.sentence(match.start(), 200), match.start("unit"), "for-its-unit"
        ),
    }


def _looks_like_org(text: str) -> bool:
    return bool(text) and text[0].isupper() and bool(_ORG_WORD.search(text)) and not _TITLE_NOISE.match(text)


def _has_proper_name(text: str) -> bool:
    """ "Centre Les Glycines" names an organisation; "Centre de jour pour adultes" only describes one."""
    if re.search(r"\([A-Z][A-Z-]{2,9}\)", text):  # "Commission communautaire commune (COCOM)": an acronym
        return True
    words = re.sub(r"\([^)]*\)", " ", text).split()
    return any(word[:1].isupper() or word[:1].isdigit() for word in words[1:]) or (
        len(words) == 1 and words[0].isupper()
    )


def _from_title_parts(doc: Doc) -> dict[str, Found]:
    """ "Centre X (Liège) – Psychologue", "Psychologue – ASBL Y": the part of the title that is not the role."""
    for part in title_parts(doc, lines=4):
        text = part.text
        if len(text) > 90 or categorize(text, head_only=True) not in (None,) or not _plausible(text):
            continue
        if text.endswith(".") or re.search(r",\s+[a-zà-ÿ]", text):  # a sentence, not a name in a title
            continue
        quoted = re.search(r"«\s*([^»]{2,50}?)\s*»", text)
        if quoted and not _ORG_WORD.fullmatch(quoted.group(1)):
            return _split_unit(quoted.group(1), part.start + quoted.start(1), "title-quoted-name", 0.7)
        if _looks_like_org(text) and _has_proper_name(text):
            return _split_unit(text, part.start, "title-part", 0.75)
    return {}


# "Travailleurs sociaux (m/f/x) pour la Communauté française", "Verpleegkundige voor de gevangenissen van de FOD
# Justitie": a title naming the post and, after it, the body it is for.
_FOR_BODY = re.compile(
    r"\s(?:pour|voor|chez|bij|for|at)\s+(?:(?:la|le|les|l'|de|het|the|des|du)\s*)?"
    r"(?:[^\n]{0,60}?\s(?:van|de|du|des|of)\s+(?:(?:la|le|l'|de|het|the)\s*)?)?"
    r"(?P<org>" + _NAME + r"(?:[ \t]+[a-zà-ÿ]{3,})?)\s*$"
)
_UNIT_WORD = re.compile(
    r"(?i)^(?:dienst|service|departement|département|afdeling|cellule|direction|directie|division)\b"
)
_GENDER_MARK = re.compile(GENDER_MARK, re.IGNORECASE)


def _from_title_for_body(doc: Doc) -> dict[str, Found]:
    for part in title_parts(doc, lines=3):
        if categorize(part.text) is None and not _GENDER_MARK.search(part.text):
            continue
        match = _FOR_BODY.search(part.text)
        if match and _looks_like_org(match.group("org")) and _plausible(match.group("org")):
            org, start = match.group("org"), part.start + match.start("org")
            header = _header_line(doc) or _title_org_above(doc, part.line_index)
            # "OCMW X" above "Psycholoog voor het Sociaal Huis", or "… van Dienst Vreemdelingenzaken" under
            # "SPF Intérieur": the title names a service of the body the header names.
            if header and fold(header[0]) != fold(org) and (header[2] or _UNIT_WORD.match(org)):
                unit = Found(clean_org(org), 0.75, part.text, start, "title-for-body")
                return {**_split_unit(header[0], header[1], "header-line", 0.8), "employer_unit": unit}
            return _split_unit(org, start, "title-for-body", 0.8)
    return {}


def _title_org_above(doc: Doc, line_index: int) -> tuple[str, int, bool] | None:
    """ "OCMW Herentals – Vacature" above the title: the organisation part of a line above."""
    for part in title_parts(doc, lines=line_index):
        text = part.text
        if categorize(text) is None and _looks_like_org(text) and _has_proper_name(text) and _plausible(text):
            return text, part.start, True
    return None


def _is_role_title(text: str) -> bool:
    return len(text) <= 160 and (
        categorize(text, head_only=True) is not None or bool(_GENDER_MARK.search(text))
    )


def _header_name(text: str) -> bool:
    """A line that is a name and nothing else: no sentence, label, date, place or role."""
    words = text.split()
    folded = fold(text)
    return (
        2 <= len(text) <= 120
        and len(words) <= 14
        and text[0].isupper()
        and not re.search(r"[:!?;@|]|\d|\.$|\s[–—-]\s", text)
        and not _POST_TERMS.search(folded)
        and not _RECRUIT_VERB.search(" " + folded)
        and label_of(text) is None
        and categorize(text) is None
        and belgium.place(text) is None
        and _NAME_LINE.fullmatch(text) is not None
        and (_looks_like_org(text) or _has_proper_name(text))
        and _plausible(text)
        and not _TITLE_NOISE.match(text)
    )


# "Office de la Naissance et de l'Enfance", "SPP Intégration sociale", "Centre hospitalier X (Thuir)"
_NAME_LINE = re.compile(
    r"[A-ZÀ-Ý0-9][\w'’&\-.]*(?:,?[ \t]+(?:[dl]['’])?[\w'’&\-.]+){0,13}(?:[ \t]*\([^()\n]{2,40}\))?"
)
_POST_TERMS = re.compile(
    r"\b(?:cdi|cdd|temps|plein|mi-temps|voltijds|deeltijds|contrat|contract|vacature|emploi)\b"
)


def _from_header_line(doc: Doc) -> dict[str, Found]:
    """Portals and public notices print the employer on its own line next to the title:
    "Psychologue (m/f/x)\nSPF Sécurité sociale", "Centre hospitalier X (Thuir)\nPsychologue …"."""
    found = _header_line(doc)
    return _split_unit(found[0], found[1], "header-line", 0.8) if found else {}


def _header_line(doc: Doc) -> tuple[str, int, bool] | None:
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


def _from_legal_form(doc: Doc) -> dict[str, Found]:
    counts: dict[str, tuple[int, int, str]] = {}
    for match in _WITH_LEGAL_FORM.finditer(doc.text):
        org = clean_org(match.group("org"))
        if not _plausible(org) or _TITLE_NOISE.match(org):
            continue
        key = fold(org)
        count, first, _ = counts.get(key, (0, match.start("org"), org))
        counts[key] = (count + 1, first, org)
    if not counts:
        return {}
    count, first, org = max(counts.values(), key=lambda item: (item[0], -item[1]))
    return {"employer": Found(org, 0.7, org, first, "name-with-legal-form")}


def _from_signature(doc: Doc) -> dict[str, Found]:
    """A letter-style posting signed by a person of the organisation, whose name follows theirs."""
    for line in reversed(doc.nonblank[-8:]):
        text = line.text.strip()
        if categorize(text, head_only=True) not in (
            None,
            "other",
        ):  # a title naming the post, not a signature
            continue
        sentence = "," in text or text.endswith(".")
        if (
            len(text) <= 80
            and label_of(text) is None
            and "@" not in text
            and not re.search(r"\d{4}", text)
            and not sentence
            and _looks_like_org(text)
        ):
            return _split_unit(text, line.start, "signature", 0.6)
    return {}


def _legal_entity(doc: Doc, found: dict[str, Found]) -> dict[str, Found]:
    """ "Service de santé mentale Le Méridien" and, in the footer, "Le Méridien asbl – rue …": the legal
    entity that signs contracts is the name the service carries with its legal form."""
    employer = found.get("employer")
    if employer is None or employer.strategy in ("label", "carrier-phrase"):
        return found
    current = fold(employer.value)
    for match in _WITH_LEGAL_FORM.finditer(doc.text):
        entity = clean_org(match.group("org"))
        key = fold(entity)
        if key != current and len(key) >= 4 and re.search(r"(?:^|[\s'’])" + re.escape(key) + r"\b", current):
            return {
                **found,
                "employer": replace(employer, value=entity, strategy=employer.strategy + "+legal-entity"),
            }
    return found


# A public body named by the organ that decides ("Collège communal de X") or in full: the body people name.
_PUBLIC_BODIES = [
    (
        re.compile(r"(?i)^(?:centre public d'action sociale|conseil de l'action sociale)\s+(?P<of>de |d')"),
        "CPAS ",
    ),
    (
        re.compile(
            r"(?i)^(?:coll[eè]ge communal|conseil communal|administration communale)\s+(?P<of>de |d')"
        ),
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


# "Le réseau n'est pas l'employeur", "Het netwerk is zelf geen werkgever": whoever the sentence names only
# publishes the offer.
_NOT_EMPLOYER = re.compile(
    r"[^.\n]{0,80}\b(?:n'est pas l'employeur|n'est pas l'organisme employeur|(?:is|zijn) (?:zelf )?geen werkgever|"
    r"is not the employer)"
)


def _disclaimed(doc: Doc, name: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9]{3,}", fold(name)) if w not in _GENERIC_WORDS]
    is_network = re.match(r"(?:reseau|netwerk|plateforme|platform)\b", fold(name)) is not None
    for match in _NOT_EMPLOYER.finditer(doc.folded):
        sentence = match.group(0)
        if all(w in sentence for w in words):
            return True
        if is_network and re.search(r"\b(?:le|het|ce|dit) (?:reseau|netwerk|site)\b", sentence):
            return True
    return False


def find_employer(doc: Doc, *, apply_email: str | None = None) -> dict[str, Found]:
    strategies = (
        _from_carrier,
        _from_label,
        _from_title_for_body,
        _from_header_line,
        _from_subject,
        _from_title_parts,
        _from_legal_form,
        _from_self_presentation,
        _from_typed_name,
        _from_signature,
    )
    for strategy in strategies:
        found = strategy(doc)
        if found and _disclaimed(doc, found["employer"].value):
            continue
        if found:
            found = _unit_after_for(doc, _legal_entity(doc, found))
            employer = found["employer"]
            return {**found, "employer": replace(employer, value=public_body_name(employer.value))}
    return _from_email_domain(doc, apply_email)
