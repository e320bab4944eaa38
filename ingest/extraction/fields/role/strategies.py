"""Where a posting names its post: a labelled field, the title lines, a recruiting sentence, a heading."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from ...belgium import place
from ...document import Doc, Labelled
from ...labels import label_of
from ...normalize import fold
from ...page_shape import JOB_HEADING
from ...title import title_parts
from ...types import Found
from ...vocab_roles import GENDER_MARK, PLACEHOLDER_TITLES, RECRUIT_VERBS, TITLE_LABELS
from .categories import categorize, role_word_end
from .titles import (
    ARTICLE_PATTERN,
    DEPARTMENT,
    GENDER_TAG,
    PRAISE_PATTERN,
    cut_role,
    found_role,
    normalize_title,
)

# "Direction Santé et Aide aux personnes", "Dienst Welzijn": an administration's department names itself
# with capitalised words straight after the department word; a post does not ("Direction médicale").
_NAMED_DEPARTMENT = re.compile(
    # "DIRECTION GENERALE EXECUTION DES PEINES", "Algemene Directie …": a general directorate is never a post
    r"^(?i:direction g[ée]n[ée]rale|directorate[- ]general|algemene directie|directoraat-generaal)\b|"
    r"^(?:Direction|Direction générale|Département|Departement|Cellule|Division|Afdeling|Dienst|Department|"
    r"Directorate)\s+(?:[A-ZÀ-Ý][\w'-]+|de la [A-ZÀ-Ý]|du [A-ZÀ-Ý]|des [A-ZÀ-Ý])"
)
# "Médecins du Monde", "Artsen zonder Grenzen": a plural trade, a preposition, a capital is a name.
_ORG_NAME = re.compile(
    r"^[A-ZÀ-Ý]\w+s\s+(?i:sans|du|des|de la|van de|zonder|without|of the|for|pour|voor)\s+[A-ZÀ-Ý]"
)
_PLACEHOLDER = re.compile(r"(?:" + "|".join(PLACEHOLDER_TITLES) + r")\b")
# A recruiting verb closing a line before its gender marker: "Le CPAS recrute (h/f/x)" names no post.
_ENDS_ON_VERB = re.compile(r"\b(?:" + "|".join(RECRUIT_VERBS) + r")\s*$")
# "Accueil - Bénévoles - Contact": a plural between separators is a menu entry, not a post.
_PLURAL = re.compile(r"[sx]$")
# "Senior Mental Health & Psychosocial Support Officer": capitalised words (short links in lower case)
# ending on an English trade; a volunteer call ("Become A Volunteer") is no post title.
_ENGLISH_TITLE_CASE = re.compile(
    r"(?:(?:[A-Z][\w'-]*|[A-Z]{2,}|&|and|of|for|in|the|\([A-Z]{2,8}\))\s+){1,8}"
    r"(?:Officer|Specialist|Consultant|Mediator|Worker|Counsell?or|Trainer|Analyst|Associate)"
)
_LONG_TITLE = 130
# "op zoek naar een nieuwe collega (jongerencoach)", "un·e nouveau·elle collègue (assistant·e social·e)"
_COLLEAGUE = re.compile(r"(?<![a-z])(?:collega|collegue|colleague)s?\s*\((?P<role>[^()\n]{3,60})\)")
# A menu's first word, which is also a trade's ("Accueil"), is no title on its own.
_MENU_ROLES = frozenset({"accueil", "onthaal", "home", "reception"})
# "Accueil bannière", "Home slider": a page's interface, named by the words of web design.
_INTERFACE = re.compile(
    r"(?<![a-z])(?:banniere|banner|slider|carrousel|carousel|header|logo|menu|widget)(?![a-z])"
)
_ENDS_ON_MARK = re.compile(r"(?:" + GENDER_MARK + r")\s*$", re.IGNORECASE)
_SENTENCE_MARK = re.compile(r"[,;:!?]|\.(?:\s|$)")
_TRAILING_WORD = re.compile(r"\s([A-ZÀ-Ý][\w'-]{3,})$")
# "recrute pour son service « Relais Santé » un·e …", "zoekt voor de dienst thuiszorg een …", "recrute en CDI
# un …", "recrute (h/f/x) un …": the unit, the contract or the time stands between the verb and the article
# (only an indefinite one, or a number, ends it).
# Dutch puts the subject after the verb: "Daarom zoekt het CAW Antwerpen een …", "zoeken de netwerken nog 3 …";
# not a patient's "Zoekt u een psycholoog?" nor "zoeken samen met een psycholoog naar …", nor a title's own
# relative clause ("zoekt een adviseur die … in een omgeving").
_FOR_UNIT = (
    r"(?:\s+(?:(?:pour|voor|en|au|aux|dans|met|in|per|a(?= (?:mi-temps|temps|partir|dater|duree)))\s|\()"
    r"[^\n,.;:!?]{1,80}?(?=\s+(?:une?(?:[·.∙•-]e|\s?\(e\)|/une)?|een|des|deux|trois|twee|drie|\d+)\s)"
    r"|(?:(?<=zoekt)|(?<=zoeken)|(?<=werft))\s+(?!(?:u|je|jij|jullie|ze|zij|men|een|nog|\d+)\b)"
    # the subject may wrap onto the next line and carry a list in brackets: "de netwerken (RADAR, Het PAKT)"
    r"(?:(?!\b(?:met|naar|samen|door|om|te|mee|vaak|soms|meestal|dikwijls|graag)\b)"
    r"(?:[^\n,.;:!?()]|\n(?![ \t]*[\n•*-])|\([^()\n]{1,60}\))){2,140}?"
    r"(?=\s+(?:nog\s+)?(?:een|twee|drie|vier|vijf|\d+)\s))?"
)
_RECRUIT = re.compile(
    r"(?:"
    + "|".join(sorted(RECRUIT_VERBS, key=len, reverse=True))  # "zoeken we" before "zoeken"
    + r")(?:,[^,\n]{3,90},)?"  # "recrute, pour son IHP à Nivelles, un·e …"
    + _FOR_UNIT
    + r"(?:\s*:\s*\n?[-•*]?\s*|\s+|(?<='))"
    r"(?:(?:d'urgence|activement|actuellement|momenteel|dringend|nog|statutaire|contractuel)\s+)?"
    r"(?:(?:"
    + ARTICLE_PATTERN
    + r")(?:\s*:?\s+|(?<='))){0,2}(?:\d+\s+)?(?:"
    + PRAISE_PATTERN
    + r"(?:,|\s+(?:and|en|et))?\s+){0,3}"
    r"(?P<role>(?:[^\n.;:!?]|\.(?=[a-z])){3,120})"
)
# Dutch subject pronouns and articles: after "als <titel>" they start the clause, not the title.
_DUTCH_CLAUSE = re.compile(r"\s(je|jij|u|een|het|de|jouw|onze|ons|mee|bij|op|in)\b")
_INVERTED_VERB = re.compile(r"\s+\S+(?:\s+(?:en|of)\s+\S+)?$")
# Whole words on one line: "essentials" ends in "als", and a heading's last word is no "as".
_AS_ROLE = re.compile(
    r"\b(?:en tant qu(?:e[ \t]+|')|en qualite d(?:e[ \t]+|')|(?:als|as)[ \t]+|in de (?:rol|functie) van[ \t]+|"
    r"au poste d(?:e[ \t]+|')|dans la fonction d(?:e[ \t]+|')|for the (?:role|position) of[ \t]+)(?P<role>(?:[^\n,.;:]|\.(?=[a-z])){3,80})"
)
# A logo or site name glued to the title: "NonMarchandJobsPsychologue".
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])|(?<=[A-ZÀ-Ý]{3})(?=[A-ZÀ-Ý][a-zà-ÿ])")


def _from_label(doc: Doc) -> dict[str, Found]:
    for item in doc.labelled_values("role"):
        value = item.value.strip()
        # "Fonction" over a list of tasks ("- Soins infirmiers et accompagnement…."): a description, not a title.
        if (value.endswith(".") and len(value.split()) > 14) or value.startswith(("-", "•", "*", "–")):
            continue
        # "Offre d'emploi" over "La PIT recrute un.e chargé.e de projet": the recruiting sentence names the post.
        if _RECRUIT.search(fold(value)):
            continue
        if len(item.value) <= 120:
            found = found_role(item.value, 0.95, item.start, "label") or _titled(item)
            if found:
                return found
    return {}


def _titled(item: Labelled) -> dict[str, Found]:
    """ "Titre du poste : Support technique régional": a title label vouches for words the vocabulary lacks."""
    if fold(item.label).strip() not in TITLE_LABELS:
        return {}
    role = normalize_title(cut_role(fold(item.value), item.value))
    words = role.split()
    if not 0 < len(words) <= 10 or _PLACEHOLDER.match(fold(role)) or not role[0].isalpha():
        return {}
    return {
        "role": Found(role, 0.8, item.value, item.start, "title-label"),
        "role_category": Found(categorize(role) or "other", 0.6, role, item.start, "title-label"),
    }


def _unglued(part: str) -> str:
    """Drop a site or logo name glued in front of the title, if what follows is a role."""
    for cut in _GLUED.finditer(part):
        rest = part[cut.start() :]
        if categorize(rest, head_only=True) not in (None, "other"):
            return rest
    return part


def _without_town(title: str) -> str:
    """ "Chargé de mission Bruxelles", "Coordinateur(trice) Etterbeek": a job board appends the workplace's
    town to the title; what remains must still name a trade."""
    town = _TRAILING_WORD.search(title)
    if town and categorize(normalize_title(title[: town.start()]), head_only=True) is not None:
        found = place(town.group(1))
        if found and found.kind == "municipality":
            return title[: town.start()]
    return title


def _long_title(text: str, line_index: int) -> bool:
    """A long first line is a title when it closes on a gender marker or holds no sentence punctuation:
    "Postdoctoral researcher and manager of a project on … (29577)", not "Psychologues, infirmiers : …"."""
    return (
        line_index == 0
        and len(text) <= _LONG_TITLE
        and (_ENDS_ON_MARK.search(text) is not None or _SENTENCE_MARK.search(text) is None)
    )


def _from_title_line(doc: Doc) -> dict[str, Found]:
    parts = title_parts(doc)
    parts_per_line = Counter(part.line_index for part in parts)
    fallback: dict[str, Found] = {}
    fallback_line = -1
    for part in parts:
        if fallback and part.line_index != fallback_line:
            break
        text = _unglued(part.text)
        if (
            (len(text) > 90 and not _long_title(text, part.line_index))
            or _RECRUIT.search(fold(text))
            or _INTERFACE.search(fold(text))
            or _NAMED_DEPARTMENT.match(text)
            or _ORG_NAME.match(text)
        ):
            continue
        offset = part.start + len(part.text) - len(text)
        confidence = 0.85 if part.line_index < 3 else 0.7
        found = found_role(_without_town(text), confidence, offset, "title-line", head_only=True)
        if found and fold(found["role"].value) in _MENU_ROLES:
            continue  # "Accueil 24h/24", "Accueil | Contact": the site's home page or a service's hours
        # A trade outside the sector's usual ones ("Médiateur interculturel") is the title only when it
        # opens the document, stands between separators on a heading line ("MSF – Cultural Mediator – …"),
        # or heads it in English title case ("Associate Protection Officer" under a logo line).
        if not found or not (
            found["role_category"].value != "other"
            or part.line_index == 0
            or (part.line_index <= 3 and parts_per_line[part.line_index] > 1 and not _PLURAL.search(text))
            or (part.line_index <= 2 and _ENGLISH_TITLE_CASE.fullmatch(found["role"].value) is not None)
        ):
            continue
        if found["role_category"].value != "other":
            return found
        # "Appel à consultant·e – animateur·rice de groupes": a part of the same line with a category wins.
        if not fallback:
            fallback, fallback_line = found, part.line_index
    return fallback


# "Offres › Santé › Psychologue (h/f)"; a guillemet that closes a quotation is no breadcrumb.
_BREADCRUMB = re.compile(r"\s/\s|[>›»|]|:\s")
_QUOTED = re.compile(r"«[^»\n]*»")
_MARKED_TITLE = re.compile(r"^(?P<role>[^\n]{3,90}?)\s*(?:" + GENDER_MARK + ")", re.IGNORECASE)


def _from_marked_title(doc: Doc) -> dict[str, Found]:
    """ "Partenaire Enfants Parents (h/f/x)": whatever the words, the gender marker closes a job title."""
    for line in doc.nonblank[:12]:
        match = _MARKED_TITLE.match(line.text)
        folded = fold(match.group("role")) if match else ""
        if not match or _RECRUIT.search(folded) or _ENDS_ON_VERB.search(folded) or label_of(line.text):
            continue
        if _BREADCRUMB.search(_QUOTED.sub("", match.group("role"))):
            continue  # a breadcrumb or a sentence ending on the post
        role = normalize_title(match.group("role"))
        if not role or DEPARTMENT.match(fold(role)):
            continue
        category = categorize(role) or "other"
        return {
            "role": Found(role, 0.75, line.text, line.start, "marked-title"),
            "role_category": Found(category, 0.6, role, line.start, "marked-title"),
        }
    return {}


# "Le/la chargé·e de projet coordonne …": the inclusive article of a job description.
_INCLUSIVE_ARTICLE = re.compile(
    r"(?:^|[.\n]\s*)(?:le/la|le·la|le\.la)\s+(?P<role>(?:[^\n.;:!?]|\.(?=[a-z])){3,80})"
)


def _from_inclusive_article(doc: Doc) -> dict[str, Found]:
    for match in _INCLUSIVE_ARTICLE.finditer(doc.folded):
        start = match.start("role")
        title = cut_role(match.group("role"), doc.text[start : match.end("role")])
        title = re.split(r"\s(?:est|sera|jouera|assure|coordonne|travaille|a|participe)\b", title)[0]
        found = found_role(title, 0.6, start, "inclusive-article", head_only=True)
        if found and found["role_category"].value != "other":
            return found
    return {}


# "Fonction" over "Le pair-aidant joue un rôle essentiel …": the description of the post opens on its holder.
_POST_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?:la |le |votre |de |the |your )?(?:fonction|description de (?:la )?fonction|poste|"
    r"description du poste|mandat|functie|functieomschrijving|role|job description|position)\s*:?$"
)
# The subject opens the sentence, or follows its opening phrase: "Dans une démarche de …, le pair-aidant joue".
_HOLDER = re.compile(r"(?:(?<![^\n])|, )(?:le|la|l'|de|het|the)\s*(?P<role>[^\n.;:!?,]{3,80})")
_HOLDER_VERB = re.compile(
    r"\s(?:est|sera|joue|jouera|assure|coordonne|travaille|a|participe|intervient|fait|exerce|"
    r"is|staat|zal|werkt|will|works|has|plays)\b"
)


def _from_post_heading(doc: Doc) -> dict[str, Found]:
    for heading, line in pairwise(doc.nonblank):
        if not _POST_HEADING.match(doc.folded[heading.start : heading.end].strip()):
            continue
        sentence_end = doc.folded.find(".", line.start, line.end)
        for match in _HOLDER.finditer(doc.folded, line.start, sentence_end if sentence_end > 0 else line.end):
            found = _holder(doc, match)
            if found:
                return found
    return {}


def _holder(doc: Doc, match: re.Match[str]) -> dict[str, Found]:
    """The post named as the subject of the description's first sentence, if a verb follows it."""
    start = match.start("role")
    title = doc.text[start : match.end("role")]
    verb = _HOLDER_VERB.search(fold(title))
    if not verb:
        return {}
    found = found_role(title[: verb.start()], 0.55, start, "post-heading", head_only=True)
    return found if found and found["role_category"].value != "other" else {}


# "Missions du coordinateur local", "Taken van de teamleider": a heading over the post's tasks names it.
_MISSION_HEADING = re.compile(
    r"^(?:(?:principales |les )?missions?|objectifs?|taches|role|fonction|taken|opdrachten|responsibilities|duties)"
    r"(?: \w+)? (?:du|de la|de l'|d'|van de|van het|of the) (?P<role>[^\n:]{3,60}?)\s*:?$"
)


def _from_mission_heading(doc: Doc) -> dict[str, Found]:
    for line in doc.nonblank:
        if len(line.text) > 70:
            continue
        match = _MISSION_HEADING.match(doc.folded[line.start : line.end])
        if match:
            start = line.start + match.start("role")
            found = found_role(doc.text[start : line.end], 0.6, start, "mission-heading", head_only=True)
            if found and found["role_category"].value != "other":
                return found
    return {}


def _recruit_phrases(folded: str, limit: int) -> Iterator[re.Match[str]]:
    """Every recruiting phrase, overlaps included: "cherche à pourvoir un poste d'observateur" holds two."""
    match = _RECRUIT.search(folded, 0, limit)
    while match:
        yield match
        match = _RECRUIT.search(folded, match.start("role"), limit)


def _from_recruit_phrase(doc: Doc, limit: int = 3000) -> dict[str, Found]:
    for match in _recruit_phrases(doc.folded, limit):
        start = match.start("role")
        title = cut_role(match.group("role"), doc.text[start : match.end("role")])
        found = found_role(title, 0.85, start, "recruit-phrase", head_only=True)
        # A trade of no category is taken only as a short title: "collaborateurs animés par …" is prose.
        if found and (found["role_category"].value != "other" or len(found["role"].value.split()) <= 6):
            return found
    return {}


# "Vacature Schoonmaker", "Offre d'emploi : Animateur de quartier": the word announcing a post vouches for
# the title after it, whatever the vocabulary knows of it.
_ANNOUNCED = re.compile(
    r"^[ \t]*(?:vacature|vacancy|notice of vacancy|vacancy notice|avis de vacance|offre d'emploi|offre|job)"
    r"[ \t]*[:\-–]?[ \t]+(?P<role>[^\n.,;:!?()]{3,60}?)[ \t]*$",
    re.MULTILINE,
)
# "Vacancy for a volunteer exchange", "Offre de stage": a preposition or an unpaid post is no title.
_NOT_ANNOUNCED = re.compile(
    r"(?:for|pour|voor|de|d'|van|in|a|an|the|en|et|and)\b|.*\b(?:volunt|benevol|vrijwillig|stage|intern|student)"
)
_ANNOUNCED_LINES = 3
_ANNOUNCED_WORDS = 6


def _from_announced_title(doc: Doc) -> dict[str, Found]:
    for line in doc.nonblank[:_ANNOUNCED_LINES]:
        match = _ANNOUNCED.match(doc.folded, line.start, line.end)
        if not match or len(match.group("role").split()) > _ANNOUNCED_WORDS:
            continue
        start = match.start("role")
        title = normalize_title(doc.text[start : match.end("role")])
        folded = fold(title)
        if not title or _RECRUIT.search(folded) or folded in _MENU_ROLES or _NOT_ANNOUNCED.match(folded):
            continue
        category = categorize(title) or "other"
        return {
            "role": Found(title, 0.75, line.text.strip(), start, "announced-title"),
            "role_category": Found(category, 0.6, title, start, "announced-title"),
        }
    return {}


# Sections a job page opens under its title, besides the usual ones (page_shape.JOB_HEADING).
_OPENING_SECTION = re.compile(
    r"^\s*(?:kerntaak|kerntaken|doel van de functie|but de la fonction|contexte|context|details? de l'(?:offre|annonce)|"
    r"job details|over de job|a propos du poste|about the job|about the role)\b"
)
_SECTION_LINES = 5
STOP_TITLES = frozenset(
    "offre d'emploi|offres d'emploi|emploi|emplois|vacature|vacatures|jobs|job|home|accueil|nieuws|actualites|"
    "news|contact|menu|recrutement|vacancy|vacancies|careers|carrieres".split("|")
)
_FIRST_LINE_WORDS = 8
_FIRST_LINE_CHARS = 80
# A first line that is no title: a date, a web address, a "skip to content" link, an organisation's name.
_NOT_A_TITLE_LINE = re.compile(
    r"\b(?:19|20)\d\d\b|\w\.(?:be|com|org|net|fr|nl|eu|brussels)\b|naar inhoud|aller au contenu|skip to|"
    r"\b(?:asbl|vzw|a\.s\.b\.l|ngo|ong|plateforme|platform|federation|association|vereniging|universite|"
    r"university|universiteit|hopital|ziekenhuis|centre|centrum|stichting|fondation|foundation)\b"
)
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;:]\s|[.!?;:]$|\b(?:je|vous|nous|wij|we|you|est|is|sont|zijn)\b")


def title_over_sections(doc: Doc) -> dict[str, Found]:
    """ "Personne contact harcèlement" over "Type d'offre", "Lieu", "Mission": a job page's first line, a short
    phrase over the page's sections, is its title whatever the vocabulary knows. Read only once the page is
    known to be an offer, so that it never makes one."""
    lines = doc.nonblank
    if len(lines) < 2:
        return {}
    first = lines[0]
    folded = doc.folded[first.start : first.end].strip()
    if (
        len(first.text.strip()) > _FIRST_LINE_CHARS
        or len(folded.split()) > _FIRST_LINE_WORDS
        or _SENTENCE_PUNCTUATION.search(GENDER_TAG.sub("", folded))
        or label_of(first.text) is not None
        or JOB_HEADING.match(folded)
        or _OPENING_SECTION.match(folded)
        or _NOT_A_TITLE_LINE.search(folded)
        or _RECRUIT.search(folded)
        or _INTERFACE.search(folded)
        or _NAMED_DEPARTMENT.match(first.text.strip())
        or folded in _MENU_ROLES
    ):
        return {}
    below = lines[1 : 1 + _SECTION_LINES]
    if not any(
        JOB_HEADING.match(doc.folded[line.start : line.end])
        or _OPENING_SECTION.match(doc.folded[line.start : line.end])
        or label_of(line.text) is not None
        for line in below
    ):
        return {}
    title = normalize_title(first.text)
    if not title or fold(title) in STOP_TITLES or _PLACEHOLDER.match(fold(title)):
        return {}
    category = categorize(title) or "other"
    return {
        "role": Found(title, 0.55, first.text.strip(), first.start, "title-over-sections"),
        "role_category": Found(category, 0.45, title, first.start, "title-over-sections"),
    }


def _from_colleague(doc: Doc) -> dict[str, Found]:
    """ "we zoeken een nieuwe collega (jongerencoach)": the post named in brackets after the colleague."""
    for match in _COLLEAGUE.finditer(doc.folded, 0, 3000):
        start = match.start("role")
        found = found_role(
            doc.text[start : match.end("role")], 0.8, start, "colleague-brackets", head_only=True
        )
        if found:
            return found
    return {}


def _from_as_phrase(doc: Doc) -> dict[str, Found]:
    for match in _AS_ROLE.finditer(doc.folded):
        start = match.start("role")
        if doc.line_at(start).text.lstrip().startswith("•"):
            continue  # a task in a list: "• en tant qu'animateur, aider les enfants …" is one hat of the post
        title = cut_role(match.group("role"), doc.text[start : match.end("role")])
        if match.group().startswith("als"):
            title = _before_dutch_clause(title)
        found = found_role(title, 0.65, start, "as-phrase", head_only=True)
        if found and found["role_category"].value not in ("other", None):
            return found
    return {}


def _before_dutch_clause(title: str) -> str:
    """ "Als coördinator kinderopvang ben je …", "als teamleider een …": the title ends before the clause."""
    clause = _DUTCH_CLAUSE.search(fold(title))
    if not clause:
        return title
    title = title[: clause.start()]
    if clause.group(1) in ("je", "jij", "u"):
        # the inverted verb(s) sit between the title and the pronoun: "ontwikkel en test je"
        verb = _INVERTED_VERB.search(title)
        if verb and verb.start() >= role_word_end(fold(title)):
            title = title[: verb.start()]
    return title


def _from_recruit_phrase_in_head(doc: Doc) -> dict[str, Found]:
    head_end = doc.nonblank[min(4, len(doc.nonblank) - 1)].end if doc.nonblank else 0
    return _from_recruit_phrase(doc, limit=head_end)


STRATEGIES = (
    _from_label,
    _from_recruit_phrase_in_head,
    _from_title_line,
    _from_marked_title,
    _from_announced_title,
    _from_colleague,
    _from_recruit_phrase,
    _from_as_phrase,
    _from_inclusive_article,
    _from_mission_heading,
    _from_post_heading,
)


def find_role(doc: Doc) -> dict[str, Found]:
    label, head, title = _from_label(doc), _from_recruit_phrase_in_head(doc), _from_title_line(doc)
    # The same profession in the title and in the opening sentence: the title names the post as the
    # employer files it ("Éducateur·rice spécialisé·e"); the sentence adds grades and qualifiers.
    same_post = bool(head and title) and head["role_category"].value == title["role_category"].value
    if same_post and title["role"].confidence >= 0.85 and not label:
        return title
    # "… recrute un collaborateur" under "Psychologue (h/f)": a word of no category yields to a titled trade.
    other_head = bool(head) and head["role_category"].value == "other"
    if not label and other_head and title and title["role_category"].value != "other":
        return title
    done = {_from_label: label, _from_recruit_phrase_in_head: head, _from_title_line: title}
    for strategy in STRATEGIES:
        found = done[strategy] if strategy in done else strategy(doc)
        if found:
            return found
    return {}
