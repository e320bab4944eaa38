"""The category of a job title: the earliest role word of the vocabulary, with a few precedence rules."""

from __future__ import annotations

import re

from ...normalize import fold
from ...vocab_roles import OTHER_ROLE_STEMS, QUALIFIERS, ROLE_STEMS

# Inclusive-writing endings: "chargé·e", "directeur·rice", "médical-e", "infirmier(ère)", "psychologue/s".
_INCLUSIVE = re.compile(
    r"(?<=\w)\s?[·.\-/(∙•]\s?(?:e|es|rice|trice|euse|euses|ere|ère|ne|le|se|s|ve|x|ice|fe)\)?(?=\W|$)|"
    r"(?<=\w)\(st\)(?=er\b)"  # "maatschappelijk werk(st)er"
)


def _stem_pattern(stem: str) -> str:
    """A stem of several words also matches with its first word in the plural: "travailleurs de rue"."""
    first, space, rest = fold(stem).partition(" ")
    return re.escape(first) + (r"[sx]?\ " + re.escape(rest) if space and rest else re.escape(space))


# "(?!ing)": "Coordinating organisation" is a label, not a coordinator.
_STEM_RES = tuple(
    (category, re.compile(r"(?<![a-z])(?:" + "|".join(_stem_pattern(s) for s in stems) + ")(?!ing)"))
    for category, stems in ROLE_STEMS
)
# Dutch writes a role as one compound word: "eerstelijnspsycholoog", "netwerkcoördinator", "woonbegeleider".
# The head of the compound names the category; the match starts where the word does.
_COMPOUND_HEADS = {
    "psychologue": ("psycholoog", "psychologen"),
    "psychiatre": ("psychiater",),
    "coordinateur": ("coordinator",),
    "educateur": ("begeleider", "opvoeder", "jongerencoach"),  # "jongerencoach", "straatjongerencoach"
    "assistant_social": ("opbouwwerker", "straatwerker", "straathoekwerker"),
    "infirmier": ("verpleegkundige",),
    "medecin": ("arts",),
    "paramedical": ("therapeut", "therapeute", "logopedist"),
    "charge_de_projets": ("adviseur",),
    "direction": ("directeur",),  # "programmadirecteur", "zorgdirecteur"
}
_COMPOUND_RES = tuple(
    # a plural ending is allowed: "kinderbegeleiders", "netwerkcoördinatoren", "wijkverpleegkundigen"
    (category, re.compile(r"(?<![a-z])[a-z]{3,}?(?:" + "|".join(heads) + r")(?:s|en|n)?(?![a-z])"))
    for category, heads in _COMPOUND_HEADS.items()
)
_ENGLISH_HEAD = re.compile(
    r"\b(?:officer|manager|coordinator|advisor|adviser|worker|nurse|psychologist|mediator|specialist|"
    r"consultant|assistant|volunteer|researcher|therapist|leader|director)$"
)
# A sentence ending on a trade ("Under the supervision of the Coordinator") is no English title.
_ENGLISH_SENTENCE = re.compile(
    r"^(?:under|with|within|for|in|on|to|by|from|as|you|we|our|your|the|this|that|if|when|while|after|during|"
    r"join|become|are|do|help|apply|work)\s"
)
# Words that start like a trade and are not one: "médecine générale" is the discipline, a "doctorant" is
# no doctor, "onthaalouders" are childminders, not a reception desk, "Educational Degree" no educator.
_NOT_THE_TRADE = {
    "medecin": re.compile(r"medecine|doctora"),
    "educateur": re.compile(r"educati(?!f|ve)"),
    # "Coordinate the forum's meeting", "coordinating the team": an English verb opening a task
    "coordinateur": re.compile(r"coordinat(?:e|es|ed|ing)\b"),
    "accueil": re.compile(r"onthaalouder|onthaalgezin"),
}
_NOTHING = re.compile(r"(?!)")
# "Veiligheidsbegeleider", "Bewakingsassistent-detentiebegeleider": security staff escort, they do not educate.
_SECURITY = re.compile(r"(?:veiligheids|bewakings)")
_OTHER_RE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(s) for s in OTHER_ROLE_STEMS)
    + r")|(?<![a-z])[a-z]{3,}?vrijwilliger"
    # Dutch writes a trade as one compound on a head noun: "groepswerker", "jeugdconsulent", "zorgkundige".
    + r"|(?<![a-z])[a-z]{3,}?(?:werker|werkster|consulent|coach|medewerker|assistent|kundige|deskundige|"
    r"verantwoordelijke|ambtenaar|ambtenaren)(?:s|en|n)?(?![a-z])"
    # ... or as an adjective before "werker": "sociaal-cultureel werker", "pastoraal werker"
     + r"|(?<![a-z])[a-z][a-z\-]{3,}[ \t]+(?:werker|werkster)s?(?![a-z])"
)
# A head of service outranks the profession named before it: "Médecin chef de service" directs.
_CHIEF = re.compile(
    r"\bchef (?:de|du) service\b|\bmedecin[- ](?:en )?chef\b|\bresponsable (?:de |du |de la |de l'|d')"
    r"(?:service|maison|centre|etablissement|structure|creche|institution|departement|pole|foyer|"
    r"cellule)\b"
)
_QUALIFIER = re.compile(r"^(?:(?:" + "|".join(QUALIFIERS) + r")\s+)+")
_WORD_REST = re.compile(r"[^\s,;:]*")


def categorize(title: str, *, head_only: bool = False) -> str | None:
    """The category of the earliest role word; with head_only, that word must open the title."""
    folded = _INCLUSIVE.sub("", fold(title))
    if _SECURITY.match(folded):
        return "other"
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
    """The category of the earliest stem; at the same start the longer stem is the more precise one
    ("responsable du service" directs, "responsable" coordinates)."""
    best: tuple[int, int, str] | None = None
    for category, pattern in (*_STEM_RES, *_COMPOUND_RES):
        match = pattern.search(folded)
        not_the_trade = _NOT_THE_TRADE.get(category, _NOTHING)
        while match and not_the_trade.match(folded, match.start()):
            match = pattern.search(folded, match.end())
        if match and (best is None or (match.start(), -len(match.group())) < best[:2]):
            best = (match.start(), -len(match.group()), category)
    return (best[0], best[2]) if best else None


def _opens_title(folded: str, start: int) -> bool:
    """The role word opens the title, after qualifiers only, or heads an English title ("Policy Officer")."""
    before = folded[:start]
    return (
        not before.strip()
        or bool(_QUALIFIER.fullmatch(before))
        or (_ENGLISH_HEAD.search(folded.rstrip()) is not None and not _ENGLISH_SENTENCE.match(folded))
    )


def role_word_end(folded: str) -> int:
    """Where the word holding the earliest role stem ends ("maatschappelijk werker" ends after "werker")."""
    ends = [
        m.end()
        for category, pattern in (*_STEM_RES, *_COMPOUND_RES)
        for m in [pattern.search(folded)]
        if m and not _NOT_THE_TRADE.get(category, _NOTHING).match(folded, m.start())
    ]
    if not ends:
        return len(folded)
    word_end = _WORD_REST.match(folded, min(ends))
    return word_end.end() if word_end else len(folded)
