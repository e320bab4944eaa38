"""What the words around a place say about it: the workplace, an application address, a footer, a region.

`context()` names the setting of a hit; `reframe()` turns a town into a region ("province de Liège"),
nothing ("au sud de Bruxelles") or resolves "Luxembourg" (province, country or city).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import belgium
from .document import Doc
from .place_mentions import Hit
from .vocab_places import (
    APPLY_ADDRESS_WORDS,
    AROUND_PHRASES,
    DISTANCE_PHRASES,
    FOOTER_WORDS,
    INSIDE_PHRASES,
    KNOWLEDGE_WORDS,
    LUXEMBOURG_COUNTRY,
    LUXEMBOURG_PROVINCE_AFTER,
    PLACE_PREPOSITIONS,
    SAINT_NAMED,
    SAINT_PREFIXES,
    SEAT_WORDS,
    TOWN_AUTHORITIES_ABROAD,
    TOWN_HOSPITALS,
    TOWN_INSTITUTION_LINKS,
    TOWN_INSTITUTIONS,
    TOWN_INSTITUTIONS_UNLINKED,
    TOWN_UNIVERSITIES_AFTER,
    TOWN_UNIVERSITIES_BEFORE,
    WHOLE_REGION_PHRASES,
    WORKPLACE_CUES,
)
from .vocab_roles import GENDER_MARK

_WORKPLACE = re.compile(r"(?<![a-z])(?:" + "|".join(WORKPLACE_CUES) + r")(?![a-z])")
_PREPOSITION = re.compile(r"(?<![a-z'])(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:l')?$")
_INSIDE = re.compile(r"(?<![a-z])(?:" + "|".join(INSIDE_PHRASES) + r")\s+(?:la |le |l')?$")
_AROUND = re.compile(r"(?<![a-z])(?:" + "|".join(AROUND_PHRASES) + r")\s+(?:la |le |l')?$")
_DISTANCE = re.compile(r"(?:" + "|".join(DISTANCE_PHRASES) + r")\s+(?:la |le |l')?$")
_WHOLE = re.compile(r"(?<![a-z])(?:" + "|".join(WHOLE_REGION_PHRASES) + r")\s+(?:la |le |l')?$")
_LUX_COUNTRY = re.compile(r"(?<![a-z])(?:" + "|".join(LUXEMBOURG_COUNTRY) + r")\s+$")
_LUX_PROVINCE = re.compile(r"\s*(?:" + "|".join(LUXEMBOURG_PROVINCE_AFTER) + r")")
# French puts "au" before a province or country and "à" before a town ("Le Havre" is written "au Havre").
_PROVINCE_ARTICLE = re.compile(r"(?<![a-z])au\s+$")
_SEAT = re.compile(r"(?<![a-z])(?:" + "|".join(SEAT_WORDS) + r")(?![a-z])")
_FOOTER = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in FOOTER_WORDS) + r")(?![a-z])")
_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s")
_ACADEMIC = re.compile(r"universit|haute ecole|hogeschool|diplom|master|bachelier|bachelor")
# "Je hebt affiniteit met Brussel, Anderlecht", "connaissance du réseau namurois": the candidate's profile.
_KNOWLEDGE = re.compile(r"(?<![a-z])(?:" + KNOWLEDGE_WORDS + ")")
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|\n")
_SAINT_NAMED = re.compile(r"(?<![a-z])(?:" + SAINT_NAMED + r")\s+$")
_LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]{4,}")
_NAME_GOES_ON = re.compile(r"[A-ZÀ-Ý][\w'’\-]*[ \t]+$")
_SHORT_LINE = 60  # an address block's lines are short
_INSTITUTION = re.compile(
    r"(?<![a-z])(?:" + "|".join(TOWN_INSTITUTIONS) + r")\s+" + TOWN_INSTITUTION_LINKS + "$"
)
_HOSPITAL = re.compile(r"(?<![a-z])(?:" + "|".join(TOWN_HOSPITALS) + r")\s+" + TOWN_INSTITUTION_LINKS + "$")
_AUTHORITY_ABROAD = re.compile(
    r"(?<![a-z])(?:" + TOWN_AUTHORITIES_ABROAD + r")\s+" + TOWN_INSTITUTION_LINKS + "$"
)
_UNIVERSITY_BEFORE = re.compile(r"(?<![a-z])(?:" + TOWN_UNIVERSITIES_BEFORE + r")$")
_UNIVERSITY_AFTER = re.compile(TOWN_UNIVERSITIES_AFTER)
_UNIVERSITY_LINES = 5
_INSTITUTION_UNLINKED = re.compile(r"(?<![a-z])(?:" + TOWN_INSTITUTIONS_UNLINKED + r")(?:\s+|-)$")
# "Moorslede is een landelijke gemeente", "Fleurus est une commune": a municipality presenting itself.
_SELF_DESCRIBED = re.compile(
    r"\s*(?:,|\s(?:is|est))\s+(?:een|une|a)\s+(?:[a-z]+\s+){0,3}"
    r"(?:gemeente|stad|commune|ville|municipality|town|city)\b"
)
# "Centre hospitalier (Vitré)" closing a header line: the organisation's town.
_HEADER_OPEN = re.compile(r"\(\s*$")
_HEADER_CLOSE = re.compile(r"\s*\)\s*$")
_HEADER_LINES = 3
_HEADER_LENGTH = 120
# A title's town between separators: ", Goma, RDC", "– Niamey/Zinder –", "(Arles)".
_SLOT_OPEN = re.compile(r"(?:^|[,(/–:|·•]|\s-)\s*$")
_BRACKET_OPEN = re.compile(r"[A-ZÀ-Ý][\w'’\-]*[ \t]?\([ \t]?$")
_SLOT_CLOSE = re.compile(r"\s*(?:$|[,)/–|·•]|-\s)")


def _cue_at(
    doc: Doc, pattern: re.Pattern[str], pos: int, reach: int = 45, breaks: re.Pattern[str] = _BREAK
) -> int:
    """Where the last cue before `pos` in the same sentence starts, or -1."""
    matches = list(pattern.finditer(doc.folded, max(0, pos - reach), pos))
    if matches and not breaks.search(doc.folded, matches[-1].end(), pos):
        return matches[-1].start()
    return -1


def _cue_before(doc: Doc, pattern: re.Pattern[str], pos: int, reach: int = 45) -> bool:
    return _cue_at(doc, pattern, pos, reach) >= 0


def _right_after_cue(doc: Doc, pos: int) -> bool:
    """Only names, separators and a preposition between the cue and a foreign name: "Duty station: Niamey",
    "Lieu : MALI, Bamako"; not "situé dans le quartier de la Gare", nor a site's own name
    ("Lieu : Campus Victoria")."""
    matches = list(_WORKPLACE.finditer(doc.folded, max(0, pos - 45), pos))
    return (
        bool(matches)
        and not _LOWERCASE_WORD.search(doc.text, matches[-1].end(), pos)
        and not _NAME_GOES_ON.search(doc.text, matches[-1].end(), pos)
    )


def ends_with(doc: Doc, pattern: re.Pattern[str], pos: int, reach: int = 40) -> bool:
    return bool(pattern.search(doc.folded[max(0, pos - reach) : pos]))


def _has_apply_words(doc: Doc, start: int, end: int) -> bool:
    return any(word in doc.folded[start:end] for word in APPLY_ADDRESS_WORDS)


def _is_apply_address(doc: Doc, pos: int) -> bool:
    """In the sentence about sending an application, or in the address block that follows it."""
    start, end = doc.sentence_bounds(pos)
    if _has_apply_words(doc, start, end):
        return True
    line = doc.line_at(pos)
    if len(line.text) >= _SHORT_LINE:
        return False
    above = [item for item in doc.nonblank if item.number < line.number][-3:]
    for item in reversed(above):
        if _has_apply_words(doc, item.start, item.end):
            return len(item.text) < _SHORT_LINE or item.text.rstrip().endswith(":")
        if len(item.text) >= _SHORT_LINE:
            return False
    return False


def _is_footer(doc: Doc, pos: int) -> bool:
    line = doc.line_at(pos)
    return bool(_FOOTER.search(doc.folded, line.start, line.end)) or pos > 0.85 * len(doc.text) > 600


def context(doc: Doc, hit: Hit, anchor: int) -> str:
    """seat, workplace, title, header, apply, footer, employer, inside, preposition or bare."""
    # "gevestigd in onze maatschappelijke zetel in Antwerpen": the seat, not the post; but "place of work:
    # our head office, …" is the post's.
    # A seat's sentence may be cut by a blank line: "Son siège social est" / "à Gembloux."
    if _cue_at(doc, _SEAT, anchor, reach=30, breaks=_SENTENCE_BREAK) > _cue_at(doc, _WORKPLACE, anchor):
        return "seat"
    if _cue_before(doc, _WORKPLACE, anchor) and (hit.kind != "abroad" or _right_after_cue(doc, anchor)):
        return "workplace"
    if _in_title(doc, hit) and (hit.kind != "abroad" or _stands_in_title(doc, hit)):
        return "title"
    if _in_header(doc, hit):
        return "header"
    if _is_apply_address(doc, anchor):
        return "apply"
    if _is_footer(doc, anchor):
        return "footer"
    if hit.kind in ("region", "province"):
        if ends_with(doc, _WHOLE, hit.start, 30):
            return "workplace"  # "partout en Wallonie", "overal in Vlaanderen"
        if ends_with(doc, _INSIDE, hit.start):
            return "inside"
    if hit.city and _is_organisations_town(doc, hit):
        return "employer"
    if ends_with(doc, _PREPOSITION, anchor, 8) and not _dutch_and(doc, anchor):
        return "preposition"
    return "bare"


def _is_organisations_town(doc: Doc, hit: Hit) -> bool:
    """ "Centre hospitalier d'Arles", "Gemeente Zonnebeke", "Moorslede is een gemeente"; a foreign name
    only after a hospital and "de" ("CHU Florence" is a hospital's name)."""
    if hit.kind == "abroad":
        return ends_with(doc, _HOSPITAL, hit.start) or _named_authority_abroad(doc, hit)
    return (
        ends_with(doc, _INSTITUTION, hit.start)
        or ends_with(doc, _INSTITUTION_UNLINKED, hit.start)
        or bool(_SELF_DESCRIBED.match(doc.folded, hit.end))
        or _heads_university(doc, hit)
    )


def _named_authority_abroad(doc: Doc, hit: Hit) -> bool:
    """ "la Ville de Carouge recrute": an authority's name, capitalised; "originaires de la ville de Goma" is
    a description."""
    match = _AUTHORITY_ABROAD.search(doc.folded[max(0, hit.start - 45) : hit.start])
    if not match:
        return False
    return doc.text[max(0, hit.start - 45) + match.start()].isupper()


def _heads_university(doc: Doc, hit: Hit) -> bool:
    """ "Universiteit Gent", "Ghent University" in the first lines: the university's own town."""
    head = doc.nonblank[:_UNIVERSITY_LINES]
    return (
        bool(head)
        and hit.start < head[-1].end
        and (
            ends_with(doc, _UNIVERSITY_BEFORE, hit.start)
            or bool(_UNIVERSITY_AFTER.match(doc.folded, hit.end))
        )
    )


def _dutch_and(doc: Doc, pos: int) -> bool:
    """ "Ieper, Poperinge en Vleteren": in Dutch, "en" is "and"."""
    return doc.folded[max(0, pos - 3) : pos] == "en " and doc.lang == "nl"


def _stands_in_title(doc: Doc, hit: Hit) -> bool:
    """A foreign name is a title's town between separators or after a preposition: "…, Goma, RDC",
    "Psychologue à Dijon"; not "Psychologue – Equipe Mobile"."""
    return in_slot(doc, hit) or ends_with(doc, _PREPOSITION, hit.start, 8)


def in_slot(doc: Doc, hit: Hit) -> bool:
    """The name stands alone between separators of its line: ", Goma, RDC", "(Arles)", "– Vitré –"."""
    line = doc.line_at(hit.start)
    opens = not doc.text[line.start : hit.start].strip() or _SLOT_OPEN.search(doc.text, line.start, hit.start)
    return bool(opens and _SLOT_CLOSE.match(doc.text[: line.end], hit.end))


def in_brackets(doc: Doc, hit: Hit) -> bool:
    """The name alone in brackets right after another name: "Centre hospitalier du Carbet (Martinique)"."""
    return (
        bool(_BRACKET_OPEN.search(doc.text, max(0, hit.start - 40), hit.start))
        and doc.text[hit.end : hit.end + 1] == ")"
    )


def _in_header(doc: Doc, hit: Hit) -> bool:
    """ "Établissement public de santé mentale (Bourg-en-Bresse)": a town in brackets closing a header."""
    for line in doc.nonblank[:_HEADER_LINES]:
        if line.start <= hit.start < line.end:
            return (
                len(line.text) <= _HEADER_LENGTH
                and bool(_HEADER_OPEN.search(doc.text, line.start, hit.start))
                and bool(_HEADER_CLOSE.fullmatch(doc.text, hit.end, line.end))
            )
    return False


_GENDER_MARK = re.compile(GENDER_MARK, re.IGNORECASE)
_ELIDED = re.compile(r"[dlDL]['’]")


def _in_title(doc: Doc, hit: Hit) -> bool:
    """ "Éducateur (m/f) pour le Centre fermé de Vottem": a town in the post's title is where it is."""
    from .fields.role import categorize  # the role vocabulary sits above this module

    before = doc.text[max(0, hit.start - 2) : hit.start]
    if len(hit.key or "") < 4 or not (before[-1:] in ("", " ", "(", ",", "-") or _ELIDED.fullmatch(before)):
        return False  # "INFIRMIER·ÈRE": an inclusive ending, not the village of Ere; but "centre d'Ixelles"
    for line in doc.nonblank[:4]:
        if line.start <= hit.start < line.end:
            return len(line.text) <= 160 and (
                bool(_GENDER_MARK.search(line.text)) or categorize(line.text) is not None
            )
    return False


def weak_bare_name(doc: Doc, hit: Hit) -> bool:
    """A name with no cue that is likely something else: a university, a short word, a sentence's first word.

    "Manage" or "Termes" open sentences as words; a short line like "Bruxelles, le 3 mai" is kept.
    """
    start, end = doc.sentence_bounds(hit.start)
    if _ACADEMIC.search(doc.folded, start, end) or len(hit.key) < 5:
        return True
    line = doc.line_at(hit.start)
    opens_sentence = not doc.text[max(start, line.start) : hit.start].strip(" •-*\t(")
    return opens_sentence and len(line.text) > 40


def reframe(doc: Doc, hit: Hit, *, labelled: bool = False) -> Hit | None:
    """What the words just before a hit make of it: a region only, no place at all, or Luxembourg's meaning."""
    if hit.kind == "luxembourg":
        return _luxembourg(doc, hit, labelled=labelled)
    if hit.kind == "place" and _is_saint_named(doc, hit):
        return None
    if ends_with(doc, _DISTANCE, hit.start):
        return None  # "à 20 km de Lille": a landmark, not the workplace
    if not labelled and _cue_at(doc, _KNOWLEDGE, hit.start, reach=80, breaks=_CLAUSE_BREAK) >= 0:
        return None
    if hit.kind == "abroad" and ends_with(doc, _PROVINCE_ARTICLE, hit.start, 4):
        return replace(hit, city=None, kind="country")  # "au Québec": the province, "à Québec" is the town
    if hit.kind == "place" and ends_with(doc, _AROUND, hit.start):
        # "au sud de Bruxelles", "périphérie de Bruxelles": maybe outside Brussels, in either other region.
        region = None if belgium.places()[hit.key].region == "bruxelles" else hit.region
        return replace(hit, city=None, kind="region", region=region) if region else None
    if hit.kind == "place" and ends_with(doc, _INSIDE, hit.start):
        province = "provinc" in doc.folded[max(0, hit.start - 15) : hit.start]
        return replace(hit, city=None, kind="province" if province else "region")
    return hit


def _is_saint_named(doc: Doc, hit: Hit) -> bool:
    """ "La Clinique Saint-Marc": a clinic's saint, not the village of Saint-Marc."""
    return (
        hit.key.startswith(SAINT_PREFIXES)
        and belgium.places()[hit.key].kind != "municipality"
        and ends_with(doc, _SAINT_NAMED, hit.start, 20)
    )


def _luxembourg(doc: Doc, hit: Hit, *, labelled: bool) -> Hit | None:
    if ends_with(doc, _LUX_COUNTRY, hit.start, 30):
        return replace(hit, city=None, region="other", kind="country")
    if ends_with(doc, _INSIDE, hit.start) or _LUX_PROVINCE.match(doc.folded, hit.end) or labelled:
        return replace(hit, city=None, region="wallonie", kind="province")
    if ends_with(doc, _PREPOSITION, hit.start, 8):
        return replace(hit, region="other", kind="foreign")
    return None
