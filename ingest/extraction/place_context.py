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
    FOOTER_WORDS,
    INSIDE_PHRASES,
    LUXEMBOURG_COUNTRY,
    LUXEMBOURG_PROVINCE_AFTER,
    PLACE_PREPOSITIONS,
    SEAT_WORDS,
    WHOLE_REGION_PHRASES,
    WORKPLACE_CUES,
)
from .vocab_roles import GENDER_MARK

_WORKPLACE = re.compile(r"(?<![a-z])(?:" + "|".join(WORKPLACE_CUES) + r")(?![a-z])")
_PREPOSITION = re.compile(r"(?<![a-z'])(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:l')?$")
_INSIDE = re.compile(r"(?<![a-z])(?:" + "|".join(INSIDE_PHRASES) + r")\s+(?:la |le |l')?$")
_AROUND = re.compile(r"(?<![a-z])(?:" + "|".join(AROUND_PHRASES) + r")\s+(?:la |le |l')?$")
_WHOLE = re.compile(r"(?<![a-z])(?:" + "|".join(WHOLE_REGION_PHRASES) + r")\s+(?:la |le |l')?$")
_LUX_COUNTRY = re.compile(r"(?<![a-z])(?:" + "|".join(LUXEMBOURG_COUNTRY) + r")\s+$")
_LUX_PROVINCE = re.compile(r"\s*(?:" + "|".join(LUXEMBOURG_PROVINCE_AFTER) + r")")
_SEAT = re.compile(r"(?<![a-z])(?:" + "|".join(SEAT_WORDS) + r")(?![a-z])")
_FOOTER = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in FOOTER_WORDS) + r")(?![a-z])")
_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")
_ACADEMIC = re.compile(r"universit|haute ecole|hogeschool|diplom|master|bachelier|bachelor")
_SHORT_LINE = 60  # an address block's lines are short


def _cue_at(doc: Doc, pattern: re.Pattern[str], pos: int, reach: int = 45) -> int:
    """Where the last cue before `pos` in the same sentence starts, or -1."""
    matches = list(pattern.finditer(doc.folded, max(0, pos - reach), pos))
    if matches and not _BREAK.search(doc.folded, matches[-1].end(), pos):
        return matches[-1].start()
    return -1


def _cue_before(doc: Doc, pattern: re.Pattern[str], pos: int, reach: int = 45) -> bool:
    return _cue_at(doc, pattern, pos, reach) >= 0


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
    """workplace, apply, footer, inside, preposition or bare."""
    # "gevestigd in onze maatschappelijke zetel in Antwerpen": the seat, not the post; but "place of work:
    # our head office, …" is the post's.
    if _cue_at(doc, _SEAT, anchor, reach=30) > _cue_at(doc, _WORKPLACE, anchor):
        return "footer"
    if _cue_before(doc, _WORKPLACE, anchor):
        return "workplace"
    if _in_title(doc, hit):
        return "title"
    if _is_apply_address(doc, anchor):
        return "apply"
    if _is_footer(doc, anchor):
        return "footer"
    if hit.kind in ("region", "province"):
        if ends_with(doc, _WHOLE, hit.start, 30):
            return "workplace"  # "partout en Wallonie", "overal in Vlaanderen"
        if ends_with(doc, _INSIDE, hit.start):
            return "inside"
    if ends_with(doc, _PREPOSITION, anchor, 8):
        return "preposition"
    return "bare"


_GENDER_MARK = re.compile(GENDER_MARK, re.IGNORECASE)


def _in_title(doc: Doc, hit: Hit) -> bool:
    """ "Éducateur (m/f) pour le Centre fermé de Vottem": a town in the post's title is where it is."""
    from .fields.role import categorize  # the role vocabulary sits above this module

    if len(hit.key or "") < 4 or doc.text[hit.start - 1 : hit.start] not in ("", " ", "(", ",", "-"):
        return False  # "INFIRMIER·ÈRE": an inclusive ending, not the village of Ere
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
    if hit.kind == "place" and ends_with(doc, _AROUND, hit.start):
        # "au sud de Bruxelles", "périphérie de Bruxelles": maybe outside Brussels, in either other region.
        region = None if belgium.places()[hit.key].region == "bruxelles" else hit.region
        return replace(hit, city=None, kind="region", region=region) if region else None
    if hit.kind == "place" and ends_with(doc, _INSIDE, hit.start):
        province = "provinc" in doc.folded[max(0, hit.start - 15) : hit.start]
        return replace(hit, city=None, kind="province" if province else "region")
    return hit


def _luxembourg(doc: Doc, hit: Hit, *, labelled: bool) -> Hit | None:
    if ends_with(doc, _LUX_COUNTRY, hit.start, 30):
        return replace(hit, city=None, region="other", kind="country")
    if ends_with(doc, _INSIDE, hit.start) or _LUX_PROVINCE.match(doc.folded, hit.end) or labelled:
        return replace(hit, city=None, region="wallonie", kind="province")
    if ends_with(doc, _PREPOSITION, hit.start, 8):
        return replace(hit, region="other", kind="foreign")
    return None
