"""The employer named by a sentence: the subject of a recruiting verb, a self-presentation, a carrier."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import belgium
from ...document import Doc
from ...normalize import fold
from ...types import Found
from ...vocab_employer import GENERIC_WORDS, KIND_OF_BODY, KIND_OF_TOWN, PRESENTING_PHRASE, RECRUIT_VERB
from ..role import categorize
from .acronyms import initials
from .names import (
    NAME,
    clean_org,
    has_proper_name,
    is_acronym,
    is_brand,
    looks_like_org,
    names_organisation,
    plausible,
    split_unit,
)

# Not "(recherche)" nor "recherche-action": a word of a compound is no verb.
RECRUIT_VERB_RE = re.compile(r"\s(?:" + RECRUIT_VERB + r")\b(?![(\-])")
# "zoeken we", "recherchons-nous": the subject is the speaker; "Zoeken..." alone on a line is a search box.
_NO_SUBJECT_AFTER = re.compile(r"(?:\s*-?\s*(?:we|wij|nous|ik|je|wir)\b|\s*(?:\.\.\.|…))")
# A part of a body that never signs a contract itself ("Operational Centre Brussels", "Département Jeunesse").
_SUB_UNIT = re.compile(
    r"(?:operational cent(?:re|er)|centre operationnel|department|afdeling|cellule|pole|unit|section|mission|hub)\b"
    r"|departement\b(?! (?:de|du|des|d')\b)"  # "Département de la Sarthe" is a body of France
)
_ENGLISH_UNIT = re.compile(r"\b(?:Unit|Team|Department|Ward|Division)(?:\s*\([^)]*\))?$")
_PRONOUN_BEFORE = re.compile(r"\b(?:we|wij|ze|zij|nous|on|ils|elles|you|they)$")
# "son potentiel de recherche", "een centrum voor onderzoek en": after a determiner or a preposition the word is
# a noun, no verb (folded).
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:de|du|des|la|le|les|et|en|son|sa|ses|leur|leurs|sur|par|van|voor|het|een|of|the|a|an|and|to)|[dl]')$"
)
# "Snel zoeken", "Vacatures zoeken": a search button, one word and the infinitive ending its line.
_SEARCH_BUTTON = re.compile(r"(?m)^[ \t]*\w+[ \t]+zoeken[ \t]*$")
_PLURAL_VERB = re.compile(r"\s(?:\w+ent\b|zoeken|zijn|are)")
_AND = re.compile(r"\s(?:et|en|and)\s")
_INVERTED = re.compile(
    r"(?<=[a-zà-ÿ,]\s)(?i:(?P<verb>zoekt|zoeken|werft|werven)|(?P<be>is|zijn))\s+(?i:(?:de|het)\s+)?"
    r"(?P<org>[A-ZÀ-Ý][\w'&\-.]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)[\w'&\-.]+){0,6}?)[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?"
    r"(?i:(?:nog|momenteel|dringend|actief)\s+)*"
    r"(?:(?(verb)(?i:een|twee|drie|vier|vijf|enkele|meerdere|\d+)|(?i:op\s+zoek|actief\s+op\s+zoek)))\b"
)
_PLACE_ONLY = re.compile(r"(?:gent|antwerpen|brussel|leuven|brugge|in|er|hier|daar)")
_TOWN_KIND = re.compile(r"\b(?:gemeente|stad|commune|ville)\b")
_TOWN_ADMINISTRATION = re.compile(
    r"\b(?:het|le|l'|la|ons|notre)\s*(lokaal bestuur|gemeentebestuur|stadsbestuur|administration communale)\b"
)
_POPULATION = r"(?:de|van|met)[ \t]+(?:(?:plus|pres|moins)[ \t]+de[ \t]+|pr[eè]s[ \t]+de[ \t]+|meer[ \t]+dan[ \t]+|ruim[ \t]+|bijna[ \t]+)?\d[\d.  ]*[ \t]+(?:habitants|inwoners)"
_TOWN_NAME = r"[A-ZÀ-Ý][\w'’]+(?:[ \t-][A-ZÀ-Ý][\w'’]+)*(?:-\w+)*"
# "Commune de 41.000 habitants, X …", "Gemeente met 21.000 inwoners, X …": a town's self-presentation.
_TOWN_POPULATION = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<kind>Commune|Ville|Gemeente|Stad)[ \t]+" + _POPULATION + r"[ \t]*,[ \t]*"
    r"(?P<town>" + _TOWN_NAME + r")\b"
)
_SUBJECT_START = re.compile(r"(?:[.!?:]\s+|\n\s*\n|^)(?=\S)")
_SUBJECT_NOISE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*[-:]?\s*|(?:le|la|les|de|het|the|der|die|das)\s+|l')+",
    re.IGNORECASE,
)
# "X est une ASBL", "X is een vzw": a self-presentation.
_IS_A = re.compile(
    # "Vous nous connaissez : Médecins du Monde, c'est une association …": a colon may open the subject too.
    r"(?:^|[.!?:]\s+|\n|,[ \t]+)(?i:(?:le|la|les|l'|de|het|the)\s+)?"
    # The subject may carry lowercase words ("Office wallon de la Santé psychique", "Clinique psychiatrique X").
    r"(?P<org>[A-ZÀ-Ý0-9][\w'’&\-.]*(?:[ \t]+[\w'’&\-()]+){0,8}?)"
    r"(?:,?\s+(?i:(?:est|is|was|c'est)\s+(?:une?|een|an?)\s+(?:[\w\-']+,?\s+){0,4}?"
    r"(?:(?P<town>" + KIND_OF_TOWN + r")|" + KIND_OF_BODY + r")\b)"
    r"|\s*,?\s+(?P<phrase>(?i:" + PRESENTING_PHRASE + r"))"
    # "Médecins X, association médicale humanitaire, apporte …", "Y, le réseau bruxellois de …"
    r"|,[ \t]+(?P<apposition>(?i:(?:(?:une?|an?|een|le|la|l'|the|de|het)[ \t]*)?(?:[\w\-']+[ \t]+){0,3}"
    r"(?:" + KIND_OF_BODY + r"))\b))",
)
# "Porté par l'ASBL X", "le contrat sera signé par l'ASBL X", "pouvoir organisateur : X": the body that
# employs, even when a project, a network or a consortium publishes the offer.
_CARRIER_CUE = re.compile(
    r"\b(?:porte|portee|signe|signee|gere|geree|employe|employee)\s+par|pouvoir organisateur\s*:|"
    # "une institution organisée par la Province de Hainaut": the body that organises it employs its staff
    r"\b(?:institution|etablissement|ecole|service|centre|structure|institut)\s+organisee?\s+par|"
    r"werkgever is|employer is|aangeworven door|in dienst genomen door|recruited by|hired by|employed by|"
    r"(?:arbeids)?(?:overeenkomst|contract)\s+(?:wordt|zal worden)\s+(?:af)?gesloten\s+met|"
    r"contrat(?: de travail)?\s+(?:est|sera)\s+(?:conclu|signe|passe)\s+avec|"
    r"contract\s+(?:is|will be)\s+(?:signed|concluded)\s+with"
)
_CARRIER_NAME = re.compile(
    r"\s+(?:(?i:l'|l’|le |la |de |het ))?(?P<org>(?:(?:ASBL|asbl|VZW|vzw)\s+)?" + NAME + r")"
)
_OWNER = re.compile(r"\s(?:van|de la|du|de l'|des|of the|of)\s+(?P<org>[\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]*)+)$")
_TEAM_WORD = re.compile(
    r"^(?:mobiel|mobile|team|equipe|dienst|service|cellule|afdeling|unit|project|projet)\b"
)
# "Le réseau n'est pas l'employeur", "Het netwerk is zelf geen werkgever": whoever the sentence names only
# publishes the offer.
_NOT_EMPLOYER = re.compile(
    r"\b(?:n'est pas l'employeur|n'est pas l'organisme employeur|(?:is|zijn) (?:zelf )?geen werkgever|"
    r"is not the employer)"
)
_DISCLAIMER_REACH = 80


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
    if is_brand(org):
        return org, begin + lead
    if not org or not org[0].isupper() or len(org.split()) > 12 or not plausible(org):
        return None
    return org, begin + lead


def from_carrier(doc: Doc) -> dict[str, Found]:
    for cue in _CARRIER_CUE.finditer(doc.folded):
        match = _CARRIER_NAME.match(doc.text, cue.end())
        if match and plausible(match.group("org")):
            return split_unit(match.group("org"), match.start("org"), "carrier-phrase", 0.85)
    return {}


def from_subject(doc: Doc, limit: int = 4000) -> dict[str, Found]:
    for match in RECRUIT_VERB_RE.finditer(doc.folded, 0, limit):
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
        if _PRONOUN_BEFORE.search(doc.folded, max(0, match.start() - 8), match.start()):
            continue  # "de persoon die we zoeken": a relative clause of the speaker
        if _NOUN_BEFORE.search(doc.folded, max(0, match.start() - 8), match.start()):
            continue
        if _SEARCH_BUTTON.match(doc.folded, line_start, line_end if line_end >= 0 else len(doc.text)):
            continue
        found = _subject_before(doc, match.start())
        if found and _PLURAL_VERB.match(match.group(0)) and _AND.search(found[0]):
            continue  # "X et le Y engagent": two bodies in a joint heading, each hires for itself below
        if found and _SUB_UNIT.match(fold(found[0])):
            return _unit_of_presented(doc, found) or split_unit(
                found[0], found[1], "subject-of-recruit", 0.85
            )
        if found and belgium.place(found[0]) is not None:
            town = _town_in_apposition(doc, found, match.start())
            if town:
                return {"employer": Found(town, 0.8, found[0], found[1], "subject-of-recruit")}
        if found:
            return split_unit(found[0], found[1], "subject-of-recruit", 0.85)
    return {}


def _town_in_apposition(doc: Doc, subject: tuple[str, int], verb_at: int) -> str | None:
    """ "Kaprijke, een kleine maar krachtige gemeente, versterkt haar team": the town's body recruits."""
    kind = _TOWN_KIND.search(doc.folded, subject[1] + len(subject[0]), verb_at)
    if not kind:
        return None
    word = kind.group(0)
    if word in ("gemeente", "stad"):
        return f"{word.capitalize()} {subject[0]}"
    of = "d'" if fold(subject[0])[:1] in "aeiouy" else "de "
    return f"{'Commune' if word == 'commune' else 'Ville'} {of}{subject[0]}"


def _unit_of_presented(doc: Doc, subject: tuple[str, int]) -> dict[str, Found]:
    """ "MSF is an international organisation … The Operational Centre Brussels is looking for": the body
    presented before hires, the part of it that recruits is its unit."""
    presented = from_self_presentation(doc)
    if not presented or presented["employer"].start >= subject[1]:
        return {}
    unit = Found(clean_org(subject[0]), 0.75, subject[0], subject[1], "subject-of-recruit")
    return {**presented, "employer_unit": unit}


def from_subject_after_verb(doc: Doc, limit: int = 4000) -> dict[str, Found]:
    """Dutch puts the subject after the verb behind an adverbial: "In Gent zoekt het OCMW een …",
    "Voor het project is Welzijnszorg vzw op zoek naar …"."""
    for match in _INVERTED.finditer(doc.text, 0, limit):
        org = match.group("org")
        named = looks_like_org(org) or has_proper_name(org) or _named_again_or_typed(doc, clean_org(org))
        if plausible(org) and not _PLACE_ONLY.fullmatch(fold(org)) and named:  # not "is Jan op zoek"
            return split_unit(org, match.start("org"), "subject-after-verb", 0.8)
    return {}


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match, each searched from just after the previous one's start: ", Harbour Aid Network" read as an
    apposition must not hide "Harbour Aid Network is a humanitarian NGO"."""
    match = pattern.search(text)
    while match:
        yield match
        match = pattern.search(text, match.start() + 1)


def from_self_presentation(doc: Doc) -> dict[str, Found]:
    for match in _overlapping(_IS_A, doc.text[:8000]):
        org = match.group("org")
        if match.group("town"):
            town = _town_body(doc, org, match.group("town"))
            if town:
                return {
                    "employer": Found(
                        town, 0.7, match.group(0).strip(), match.start("org"), "town-presentation"
                    )
                }
            continue
        if (match.group("phrase") or match.group("apposition")) and not names_organisation(
            doc, clean_org(org)
        ):
            continue  # "Dit project maakt deel uit van": a phrase, not a name
        if match.group("apposition") and not _named_again_or_typed(doc, clean_org(org)):
            continue  # "Marie Dupont, service du personnel": a person and her service
        if _ENGLISH_UNIT.search(org):
            continue  # "The Clinical Assessment Unit is a service of …": a part of the body that employs
        if categorize(org.split()[-1]) is not None:
            continue  # "The Support Officer is a member of the team": a post, not a body
        if plausible(org):
            return split_unit(org, match.start("org"), "self-presentation", 0.75)
    return {}


def _named_again_or_typed(doc: Doc, name: str) -> bool:
    """A name of a kind, an acronym, a name the text repeats or abbreviates: not a person's name."""
    abbreviation = initials(name)
    return (
        looks_like_org(name)
        or is_acronym(name)
        or doc.folded.count(fold(name)) >= 2
        or (len(abbreviation) >= 2 and re.search(r"\b" + abbreviation + r"\b", doc.text) is not None)
    )


def _town_body(doc: Doc, name: str, kind: str) -> str | None:
    """ "Herzele is een boeiende gemeente" where "het lokaal bestuur" recruits: the town's body, named as the
    text names its administration; a town presented without its administration acting hires no one."""
    if belgium.place(name) is None:
        return None
    acting = _TOWN_ADMINISTRATION.search(doc.folded)
    if not acting:
        return None
    body = acting.group(1)
    if body == "lokaal bestuur":
        return f"Lokaal bestuur {name}"
    of = "d'" if fold(name)[:1] in "aeiouy" else "de "
    if body == "administration communale":
        return f"Administration communale {of}{name}"
    dutch = fold(kind) in ("gemeente", "stad")
    if body in ("stadsbestuur", "stad") or (fold(kind) in ("stad", "ville", "city") and dutch):
        return f"Stad {name}"
    return f"Gemeente {name}" if dutch else f"Commune {of}{name}"


def from_town_population(doc: Doc) -> dict[str, Found]:
    """ "Commune de plus de 41.000 habitants, Woluwe-Saint-Pierre relève …": a town presents itself by its
    population; its body is named by the kind the text gives ("X est une commune" is a self-presentation)."""
    match = _TOWN_POPULATION.search(doc.text, 0, 8000)
    if not match:
        return {}
    town, kind = match.group("town"), match.group("kind").lower()
    acting = _TOWN_ADMINISTRATION.search(doc.folded)
    if acting and acting.group(1) == "lokaal bestuur":  # Flanders' merged town and OCMW, named as such
        body = f"Lokaal bestuur {town}"
    elif kind in ("gemeente", "stad"):
        body = f"{kind.capitalize()} {town}"
    else:
        article = re.match(r"(?:Le|Les|La)\s+", town)
        if article and article.group(0).strip() in ("Le", "Les"):
            of = "du " if article.group(0).strip() == "Le" else "des "
            town = town[article.end() :]
        else:
            of = "d'" if fold(town)[:1] in "aeiouy" else "de "
        body = f"{kind.capitalize()} {of}{town}"
    return {"employer": Found(body, 0.75, match.group(0), match.start(), "town-population")}


def disclaimed(doc: Doc, name: str) -> bool:
    """The text says this organisation only relays the offer."""
    words = [w for w in re.findall(r"[a-z0-9]{3,}", fold(name)) if w not in GENERIC_WORDS]
    is_network = re.match(r"(?:reseau|netwerk|plateforme|platform)\b", fold(name)) is not None
    for match in _NOT_EMPLOYER.finditer(doc.folded):
        # the words before the disclaimer, back to the sentence's start or at most _DISCLAIMER_REACH of them
        reach = max(0, match.start() - _DISCLAIMER_REACH)
        start = max(
            reach,
            doc.folded.rfind(".", reach, match.start()) + 1,
            doc.folded.rfind("\n", reach, match.start()) + 1,
        )
        sentence = doc.folded[start : match.end()]
        if all(w in sentence for w in words):
            return True
        if is_network and re.search(r"\b(?:le|het|ce|dit) (?:reseau|netwerk|site)\b", sentence):
            return True
    return False
