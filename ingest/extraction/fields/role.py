"""The role as advertised and its category."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..belgium import place
from ..document import Doc, Labelled
from ..labels import label_of
from ..normalize import fold
from ..title import title_parts
from ..types import Found
from ..vocab_roles import (
    ARTICLES,
    GENDER_MARK,
    OTHER_ROLE_STEMS,
    PLACEHOLDER_TITLES,
    PRAISE,
    QUALIFIERS,
    RECRUIT_VERBS,
    ROLE_STEMS,
    STATUS_WORDS,
    TITLE_LABELS,
    TITLE_TAIL_NOISE,
)

# Inclusive-writing endings: "chargé·e", "directeur·rice", "médical-e", "infirmier(ère)", "psychologue/s".
_INCLUSIVE = re.compile(
    r"(?<=\w)\s?[·.\-/(∙•]\s?(?:e|es|rice|trice|euse|euses|ere|ère|ne|le|se|s|ve|x|ice|fe)\)?(?=\W|$)|"
    r"(?<=\w)\(st\)(?=er\b)"  # "maatschappelijk werk(st)er"
)
_GENDER_TAG = re.compile(GENDER_MARK, re.IGNORECASE)
# "(?!ing)": "Coordinating organisation" is a label, not a coordinator.
_STEM_RES = tuple(
    (category, re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(fold(s)) for s in stems) + ")(?!ing)"))
    for category, stems in ROLE_STEMS
)
# Dutch writes a role as one compound word: "eerstelijnspsycholoog", "netwerkcoördinator", "woonbegeleider".
# The head of the compound names the category; the match starts where the word does.
_COMPOUND_HEADS = {
    "psychologue": ("psycholoog",),
    "psychiatre": ("psychiater",),
    "coordinateur": ("coordinator",),
    "educateur": ("begeleider", "opvoeder"),
    "infirmier": ("verpleegkundige",),
    "medecin": ("arts",),
    "paramedical": ("therapeut", "logopedist"),
    "charge_de_projets": ("adviseur",),
}
_COMPOUND_RES = tuple(
    (category, re.compile(r"(?<![a-z])[a-z]{3,}?(?:" + "|".join(heads) + r")(?![a-z])"))
    for category, heads in _COMPOUND_HEADS.items()
)
# "Direction des ressources humaines" in a letterhead is the department that writes, not the post.
_DEPARTMENT = re.compile(
    r"(?:direction|service|departement|department|afdeling|dienst|cellule)\s+(?:des |du |de la |van |of )?"
    r"(?:ressources humaines|rh\b|personnel|human resources|hr\b|personeel|finances|communication)"
)
# "Direction Santé et Aide aux personnes", "Dienst Welzijn": an administration's department names itself
# with capitalised words straight after the department word; a post does not ("Direction médicale").
_NAMED_DEPARTMENT = re.compile(
    r"^(?:Direction|Direction générale|Département|Departement|Cellule|Division|Afdeling|Dienst|Department|"
    r"Directorate)\s+(?:[A-ZÀ-Ý][\w'-]+|de la [A-ZÀ-Ý]|du [A-ZÀ-Ý]|des [A-ZÀ-Ý])"
)
# "Médecins du Monde", "Artsen zonder Grenzen": a plural trade, a preposition, a capital is a name.
_ORG_NAME = re.compile(
    r"^[A-ZÀ-Ý]\w+s\s+(?i:sans|du|des|de la|van de|zonder|without|of the|for|pour|voor)\s+[A-ZÀ-Ý]"
)
_TRAILING_WORD = re.compile(r"\s([A-ZÀ-Ý][\w'-]{3,})$")
_ENGLISH_HEAD = re.compile(
    r"\b(?:officer|manager|coordinator|advisor|adviser|worker|nurse|psychologist|mediator|specialist|"
    r"consultant|assistant|volunteer|researcher|therapist|leader|director)$"
)
# "Médecine pour le Peuple", "médecine générale": the discipline, not the doctor; "onthaalouders" are
# childminders, not a reception desk.
_DISCIPLINE = re.compile(r"medecine|onthaalouder|onthaalgezin")
_OTHER_RE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(s) for s in OTHER_ROLE_STEMS)
    + r")|(?<![a-z])[a-z]{3,}?vrijwilliger"
)
# A head of service outranks the profession named before it: "Médecin chef de service" directs.
_CHIEF = re.compile(
    r"\bchef (?:de|du) service\b|\bmedecin[- ](?:en )?chef\b|\bresponsable (?:de |du |de la |de l'|d')"
    r"(?:service|maison|centre|etablissement|structure|creche|institution|departement|pole|foyer)\b"
)
_ARTICLE = r"(?:" + "|".join(ARTICLES) + r")"
_PRAISE = r"(?:" + "|".join((*PRAISE, *STATUS_WORDS)) + r")"
_RECRUIT = re.compile(
    r"(?:"
    + "|".join(sorted(RECRUIT_VERBS, key=len, reverse=True))  # "zoeken we" before "zoeken"
    + r")(?:,[^,\n]{3,90},)?(?:\s*:\s*\n[-•*]?\s*|\s+|(?<='))"  # "recrute, pour son IHP à Nivelles, un·e …"
    r"(?:(?:d'urgence|activement|actuellement|momenteel|dringend|nog|statutaire|contractuel)\s+)?"
    r"(?:(?:" + _ARTICLE + r")(?:\s*:?\s+|(?<='))){0,2}(?:\d+\s+)?(?:" + _PRAISE + r"\s+){0,2}"
    r"(?P<role>(?:[^\n.;:!?]|\.(?=[a-z])){3,120})"
)
# Where a title found in running text stops: purposes, contracts, times, places.
_ROLE_END = re.compile(
    r"\s(?:pour|afin|a temps|a mi-temps|en cdi|en cdd|dans le cadre|dans|qui|au sein|sous contrat|"
    r"voor|met|die|om|in het|in an? |in the |binnen|te |en vue|avec|with|for|to join|to |at|h/f|m/v|en contrat|"
    r"a partir|des le|contrat|cdi|cdd|temps plein|mi-temps|voltijds|deeltijds|from|\d)|[,\[–—]|\s-\s|"
    r"\((?!(?:e|es|ere|rice|trice|euse|ne|le|st)\))"
)
# Dutch subject pronouns and articles: after "als <titel>" they start the clause, not the title.
_DUTCH_CLAUSE = re.compile(r"\s(je|jij|u|een|het|jouw|onze)\b")
_INVERTED_VERB = re.compile(r"\s+\S+(?:\s+(?:en|of)\s+\S+)?$")
_AS_ROLE = re.compile(r"(?:en tant que|en qualite de|als|as)\s+(?P<role>(?:[^\n,.;:]|\.(?=[a-z])){3,80})")
_TITLE_NOISE = re.compile(
    r"^(?:offre d'emploi|offre|vacature|job|emploi|poste|nous recrutons|on recrute|wij zoeken|"
    r"appel a candidatures?|recrutement|vacancy(?: for)?|vacature voor|we're hiring|we are hiring|"
    # a reference code before the title: "2025-087 Médiateur", "AFG24081 - Psychologue"
    r"(?:ref(?:erence)?\.?\s*:?\s*)?(?=[a-z]{0,6}\d)[a-z0-9]{2,8}[-/]?\d{2,6}(?=\s))\s*[:\-–]?\s*",
)
_ALL_CAPS = re.compile(r"^[^a-zà-ÿ]*$")
_LEADING_ARTICLE = re.compile(
    r"^(?:une?\s*\(e\)|un[·.\-∙•]e|une?|een|a|an|son/sa|son\s*\(sa\)|son|sa|leur|notre|onze|zijn|haar|our)\s+",
    re.IGNORECASE,
)
_TAIL_NOISE = re.compile(r"\s+(?:" + "|".join(TITLE_TAIL_NOISE) + r")\s*!?$", re.IGNORECASE)
_PRAISE_AROUND = re.compile(r"^(?:" + _PRAISE + r"\s+)+|(?:\s+(?:et\s+|en\s+|and\s+)?" + _PRAISE + r")+$")
_QUALIFIER = re.compile(r"^(?:(?:" + "|".join(QUALIFIERS) + r")\s+)+")
# A preposition left dangling where the title was cut before its working time ("Psychologue à 80 %").
_DANGLING = re.compile(
    r"(?:\s+(?:à|a|au|aux|en|de|du|des|d'|pour|par|avec|te|in|voor|van|op|met|at|for|of|on))+$", re.I
)
# A logo or site name glued to the title: "NonMarchandJobsPsychologue".
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])|(?<=[A-ZÀ-Ý]{3})(?=[A-ZÀ-Ý][a-zà-ÿ])")


def normalize_title(title: str) -> str:
    title = _GENDER_TAG.sub("", title)
    title = re.sub(r"\s+", " ", title).strip(" -–:•*,.;")
    folded = fold(title)
    noise = _TITLE_NOISE.match(folded)
    if noise and noise.end() < len(title):
        title = title[noise.end() :]
    title = _LEADING_ARTICLE.sub("", title)
    title = _TAIL_NOISE.sub("", title)
    praise = _PRAISE_AROUND.search(fold(title))
    if praise and len(praise.group()) < len(title):
        title = title[: praise.start()] + title[praise.end() :]
    title = _DANGLING.sub("", title.rstrip(" -–:•*,.;"))
    if _ALL_CAPS.match(title) and len(title) > 3:
        title = title[0] + title[1:].lower()
    elif title[:1].islower():
        title = title[0].upper() + title[1:]
    return title.strip(" -–:•*,.;")[:200]


def categorize(title: str, *, head_only: bool = False) -> str | None:
    """The category of the earliest role word; with head_only, that word must open the title."""
    folded = _INCLUSIVE.sub("", fold(title))
    best = _earliest_category(folded)
    if best is None:
        other = _OTHER_RE.search(folded)
        if other is None:
            return None
        best = (other.start(), "other")
    if head_only and not _opens_title(folded, best[0]):
        return None
    if _CHIEF.search(folded):
        return "direction"
    if best[1] == "medecin" and "psychiat" in folded:
        return "psychiatre"
    return best[1]


def _earliest_category(folded: str) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for category, pattern in (*_STEM_RES, *_COMPOUND_RES):
        match = pattern.search(folded)
        while match and _DISCIPLINE.match(folded, match.start()):
            match = pattern.search(folded, match.end())
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), category)
    return best


def _opens_title(folded: str, start: int) -> bool:
    """The role word opens the title, after qualifiers only, or heads an English title ("Policy Officer")."""
    before = folded[:start]
    return (
        not before.strip()
        or bool(_QUALIFIER.fullmatch(before))
        or _ENGLISH_HEAD.search(folded.rstrip()) is not None
    )


def _found_role(
    title: str, confidence: float, start: int, strategy: str, *, head_only: bool = False
) -> dict[str, Found]:
    title = _GENDER_TAG.sub("", title)
    role = normalize_title(_cut_role(fold(title), title))
    category = categorize(role, head_only=head_only)
    if not role or category is None or _DEPARTMENT.match(fold(role)):
        return {}
    return {
        "role": Found(role, confidence, title, start, strategy),
        "role_category": Found(
            category, confidence * (0.8 if category == "other" else 1.0), role, start, strategy
        ),
    }


def _from_label(doc: Doc) -> dict[str, Found]:
    for item in doc.labelled_values("role"):
        value = item.value.strip()
        # "Fonction" over a list of tasks ("- Soins infirmiers et accompagnement…."): a description, not a title.
        if (value.endswith(".") and len(value.split()) > 14) or value.startswith(("-", "•", "*", "–")):
            continue
        if len(item.value) <= 120:
            found = _found_role(item.value, 0.95, item.start, "label") or _titled(item)
            if found:
                return found
    return {}


def _titled(item: Labelled) -> dict[str, Found]:
    """ "Titre du poste : Support technique régional": a title label vouches for words the vocabulary lacks."""
    if fold(item.label).strip() not in TITLE_LABELS:
        return {}
    role = normalize_title(_cut_role(fold(item.value), item.value))
    words = role.split()
    if not 0 < len(words) <= 10 or fold(role) in PLACEHOLDER_TITLES or not role[0].isalpha():
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
    """ "Chargé de mission Bruxelles": a job board appends the workplace's town to the title."""
    town = _TRAILING_WORD.search(title)
    if town and len(title[: town.start()].split()) >= 2:
        found = place(town.group(1))
        if found and found.kind == "municipality":
            return title[: town.start()]
    return title


def _from_title_line(doc: Doc) -> dict[str, Found]:
    parts = title_parts(doc)
    parts_per_line = Counter(part.line_index for part in parts)
    for part in parts:
        text = _unglued(part.text)
        if (
            len(text) > 90
            or _RECRUIT.search(fold(text))
            or _NAMED_DEPARTMENT.match(text)
            or _ORG_NAME.match(text)
        ):
            continue
        offset = part.start + len(part.text) - len(text)
        confidence = 0.85 if part.line_index < 3 else 0.7
        found = _found_role(_without_town(text), confidence, offset, "title-line", head_only=True)
        # A trade outside the sector's usual ones ("Médiateur interculturel") is the title only when it
        # opens the document, or stands between separators on a heading line ("MSF – Cultural Mediator – …").
        if found and (
            found["role_category"].value != "other"
            or part.line_index == 0
            or (part.line_index <= 3 and parts_per_line[part.line_index] > 1)
        ):
            return found
    return {}


_MARKED_TITLE = re.compile(r"^(?P<role>[^\n]{3,90}?)\s*(?:" + GENDER_MARK + ")", re.IGNORECASE)


def _from_marked_title(doc: Doc) -> dict[str, Found]:
    """ "Partenaire Enfants Parents (h/f/x)": whatever the words, the gender marker closes a job title."""
    for line in doc.nonblank[:12]:
        match = _MARKED_TITLE.match(line.text)
        if not match or _RECRUIT.search(fold(match.group("role"))) or label_of(line.text):
            continue
        if re.search(r"\s/\s|[>›»|]|:\s", match.group("role")):
            continue  # a breadcrumb or a sentence ending on the post
        role = normalize_title(match.group("role"))
        if not role or _DEPARTMENT.match(fold(role)):
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
        title = _cut_role(match.group("role"), doc.text[start : match.end("role")])
        title = re.split(r"\s(?:est|sera|jouera|assure|coordonne|travaille|a|participe)\b", title)[0]
        found = _found_role(title, 0.6, start, "inclusive-article", head_only=True)
        if found and found["role_category"].value != "other":
            return found
    return {}


# "Missions du coordinateur local", "Taken van de teamleider": a heading over the post's tasks names it.
_MISSION_HEADING = re.compile(
    r"^(?:(?:principales |les )?missions?|taches|role|fonction|taken|opdrachten|responsibilities|duties)"
    r"(?: \w+)? (?:du|de la|de l'|d'|van de|van het|of the) (?P<role>[^\n:]{3,60}?)\s*:?$"
)


def _from_mission_heading(doc: Doc) -> dict[str, Found]:
    for line in doc.nonblank:
        if len(line.text) > 70:
            continue
        match = _MISSION_HEADING.match(doc.folded[line.start : line.end])
        if match:
            start = line.start + match.start("role")
            found = _found_role(doc.text[start : line.end], 0.6, start, "mission-heading", head_only=True)
            if found and found["role_category"].value != "other":
                return found
    return {}


def _cut_role(folded_role: str, original: str) -> str:
    end = _ROLE_END.search(folded_role)
    return original[: end.start()] if end else original


def _recruit_phrases(folded: str, limit: int) -> Iterator[re.Match[str]]:
    """Every recruiting phrase, overlaps included: "cherche à pourvoir un poste d'observateur" holds two."""
    match = _RECRUIT.search(folded, 0, limit)
    while match:
        yield match
        match = _RECRUIT.search(folded, match.start("role"), limit)


def _from_recruit_phrase(doc: Doc, limit: int = 3000) -> dict[str, Found]:
    for match in _recruit_phrases(doc.folded, limit):
        start = match.start("role")
        title = _cut_role(match.group("role"), doc.text[start : match.end("role")])
        found = _found_role(title, 0.85, start, "recruit-phrase", head_only=True)
        # A trade of no category is taken only as a short title: "collaborateurs animés par …" is prose.
        if found and (found["role_category"].value != "other" or len(found["role"].value.split()) <= 6):
            return found
    return {}


def _from_as_phrase(doc: Doc) -> dict[str, Found]:
    for match in _AS_ROLE.finditer(doc.folded):
        start = match.start("role")
        title = _cut_role(match.group("role"), doc.text[start : match.end("role")])
        title = _before_dutch_clause(title)
        found = _found_role(title, 0.65, start, "as-phrase", head_only=True)
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
        if verb and verb.start() >= _role_word_end(fold(title)):
            title = title[: verb.start()]
    return title


def _role_word_end(folded: str) -> int:
    """Where the word holding the earliest role stem ends ("maatschappelijk werker" ends after "werker")."""
    ends = [
        m.end()
        for _, pattern in (*_STEM_RES, *_COMPOUND_RES)
        for m in [pattern.search(folded)]
        if m and not _DISCIPLINE.match(folded, m.start())
    ]
    if not ends:
        return len(folded)
    word_end = re.compile(r"[^\s,;:]*").match(folded, min(ends))
    return word_end.end() if word_end else len(folded)


def _from_recruit_phrase_in_head(doc: Doc) -> dict[str, Found]:
    head_end = doc.nonblank[min(4, len(doc.nonblank) - 1)].end if doc.nonblank else 0
    return _from_recruit_phrase(doc, limit=head_end)


STRATEGIES = (
    _from_label,
    _from_recruit_phrase_in_head,
    _from_title_line,
    _from_marked_title,
    _from_recruit_phrase,
    _from_as_phrase,
    _from_inclusive_article,
    _from_mission_heading,
)


def find_role(doc: Doc) -> dict[str, Found]:
    label, head, title = _from_label(doc), _from_recruit_phrase_in_head(doc), _from_title_line(doc)
    # The same profession in the title and in the opening sentence: the title names the post as the
    # employer files it ("Éducateur·rice spécialisé·e"); the sentence adds grades and qualifiers.
    same_post = bool(head and title) and head["role_category"].value == title["role_category"].value
    if same_post and title["role"].confidence >= 0.85 and not label:
        return title
    done = {_from_label: label, _from_recruit_phrase_in_head: head, _from_title_line: title}
    for strategy in STRATEGIES:
        found = done[strategy] if strategy in done else strategy(doc)
        if found:
            return found
    return {}
