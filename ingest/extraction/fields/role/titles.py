"""A job title cleaned: gender markers, leading noise, articles, praise and dangling words dropped."""

from __future__ import annotations

import re

from ...normalize import fold
from ...types import Found
from ...vocab_roles import ARTICLES, GENDER_MARK, PRAISE, STATUS_WORDS, TITLE_TAIL_NOISE
from .categories import categorize

GENDER_TAG = re.compile(GENDER_MARK, re.IGNORECASE)
# "Direction des ressources humaines" in a letterhead is the department that writes, not the post.
DEPARTMENT = re.compile(
    r"(?:direction|service|departement|department|afdeling|dienst|cellule)\s+(?:des |du |de la |van |of )?"
    r"(?:ressources humaines|rh\b|personnel|human resources|hr\b|personeel|finances|communication)"
)
ARTICLE_PATTERN = r"(?:" + "|".join(ARTICLES) + r")"
PRAISE_PATTERN = r"(?:" + "|".join((*PRAISE, *STATUS_WORDS)) + r")"
# Where a title found in running text stops: purposes, contracts, times, places.
# Whole words only: " die" must not cut "hoofd van dienst", nor " for" "chargé de formation".
_ROLE_END = re.compile(
    r"\s(?:(?:pour|afin|a temps|a mi-temps|en cdi|en cdd|dans le cadre|dans|qui|au sein|sous contrat|"
    r"voor|met|die|om|in het|in an?|in the|binnen|te|en vue|avec|with|for|to join|to|at|h/f|m/v|en contrat|"
    r"a partir|des le|contrat|cdi|cdd|temps plein|mi-temps|voltijds|deeltijds|from|est|sera|who|which|that|"
    r"as part of|fur|zur|zum|ab|im|als|m/w|in (?:teilzeit|vollzeit|unser\w*|der|die|das|dem|den|einer|einem))(?![\w/])|"
    r"\d|(?:a raison|aupres) d(?:e |u |es |'))|"
    r"[,\[–—]|\s-\s|\((?!(?:e|es|ere|rice|trice|euse|ne|le|st)\))"
)
# "Directeur au Centre hospitalier …", "verpleegkundige bij Zorggroep …": the named place of work follows the
# title (read on the title as written: the capital marks a name).
_AT_NAMED_PLACE = re.compile(r"\s(?:au|aux|à|chez|bij)\s(?:(?:la|le|l'|de|het)\s?)?(?=[A-ZÀ-Ý])")
_LOWERCASE = re.compile(r"[a-zà-ÿ]")
# "Mental Health and Psychosocial Support (MHPSS) Advisor": an acronym inside the title, not after it.
_INNER_ACRONYM = re.compile(r"\((?!CDI|CDD|ETP|VTE)[A-Z]{2,8}\)\s+[A-Z][a-z]")
_TITLE_NOISE = re.compile(
    r"^(?:offre d'emploi|offre|vacature|job|emploi|poste|nous recrutons|on recrute|wij zoeken|"
    r"appel a candidatures?|recrutement|vacancy(?: for)?|vacature voor|we're hiring|we are hiring|"
    r"notice of vacancy|vacancy notice|avis de vacance(?: d'emploi)?|avis de recrutement|"
    r"(?:dringend )?gezocht|wanted|urgent|"
    # a count and regime before the title: "1 PT Buurtopbouwwerker", "2 VT verpleegkundigen", "0,5 ETP"
    r"\d+(?:[,.]\d+)?\s*(?:pt|vt|ft|etp|vte|fte)|"
    # a reference code before the title: "2025-087 Médiateur", "AFG24081 - Psychologue"
    r"(?:ref(?:erence)?\.?\s*:?\s*)?(?=[a-z]{0,6}\d)[a-z0-9]{2,8}[-/]?\d{2,6}(?=\s))"
    r"(?![a-z])\s*[:\-–!]?\s*",  # whole words: a "jobcoach" keeps its "job"
)
_PUNCTUATION = " -–:•*,.;!?"
_ALL_CAPS = re.compile(r"^[^a-zà-ÿ]*$")
_LEADING_ARTICLE = re.compile(
    r"^(?:une? ou une?|une?\s*\(e\)|un/(?:une|e)|un[·.\-∙•]e|une?|een|a|an|son/sa|son\s*\(sa\)|son|sa|leur|notre|"
    r"onze|zijn|haar|our)\s+",
    re.IGNORECASE,
)
_TAIL_NOISE = re.compile(r"\s+(?:" + "|".join(TITLE_TAIL_NOISE) + r")\s*!?$", re.IGNORECASE)
_PRAISE_AROUND = re.compile(
    r"^(?:" + PRAISE_PATTERN + r"\s+)+|(?:\s+(?:et\s+|en\s+|and\s+)?" + PRAISE_PATTERN + r")+$"
)
# A preposition left dangling where the title was cut before its working time ("Psychologue à 80 %").
_DANGLING = re.compile(
    r"(?:\s+(?:à|a|au|aux|en|de|du|des|d'|pour|par|avec|te|in|voor|van|op|met|aan|at|for|of|on))+$", re.I
)


def normalize_title(title: str) -> str:
    title = GENDER_TAG.sub("", title)
    title = re.sub(r"\s+", " ", title).strip(_PUNCTUATION)
    folded = fold(title)
    noise = _TITLE_NOISE.match(folded)
    if noise and noise.end() < len(title):
        title = title[noise.end() :]
    title = _LEADING_ARTICLE.sub("", title)
    title = _TAIL_NOISE.sub("", title)
    praise = _PRAISE_AROUND.search(fold(title))
    if praise and len(praise.group()) < len(title):
        title = title[: praise.start()] + title[praise.end() :]
    title = _DANGLING.sub("", title.rstrip(_PUNCTUATION))
    if _ALL_CAPS.match(title) and len(title) > 3:
        title = title[0] + title[1:].lower()
    elif title[:1].islower():
        title = title[0].upper() + title[1:]
    return title.strip(_PUNCTUATION)[:200]


def found_role(
    title: str, confidence: float, start: int, strategy: str, *, head_only: bool = False
) -> dict[str, Found]:
    title = GENDER_TAG.sub("", title)
    role = normalize_title(cut_role(fold(title), title))
    category = categorize(role, head_only=head_only)
    if not role or category is None or DEPARTMENT.match(fold(role)):
        return {}
    return {
        "role": Found(role, confidence, title, start, strategy),
        "role_category": Found(
            category, confidence * (0.8 if category == "other" else 1.0), role, start, strategy
        ),
    }


def cut_role(folded_role: str, original: str) -> str:
    end = _ROLE_END.search(folded_role)
    while end and _INNER_ACRONYM.match(original, end.start()):
        end = _ROLE_END.search(folded_role, end.end())
    role = original[: end.start()] if end else original
    place = _AT_NAMED_PLACE.search(role)
    # In a title written in capitals every word starts with one: no name can be told from the title.
    if place and _LOWERCASE.search(role, 0, place.start()):
        return role[: place.start()]
    return role
