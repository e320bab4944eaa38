"""The workplace: street line (`address`), Belgian `postcode`, `city` as written, and `region`.

Decisions:
- Several workplaces under one label: the first gives the town; the region only if all share it.
- "dans le sud de Bruxelles", "région de Namur", "province de Liège": no town, the region of the place.
  "au sud de Bruxelles", "périphérie de Bruxelles": no town, and no region around Brussels (the periphery
  lies in Flanders or Wallonia).
- A place named only in an application address or a footer is kept, at low confidence, when nothing
  better is written.
- "Luxembourg" is the Belgian province after "province de"/before "belge" or alone under a place label,
  the country after "au"/"Grand-Duché", the city after "à".
- A town that is also abroad ("Lille") is read as the foreign one unless a Belgian postcode comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import belgium
from ..document import Doc
from ..place_mentions import Hit, foreign_postcode_hits, name_hits, postcode_hits, street_before
from ..types import NOTHING, Found
from ..vocab_places import (
    APPLY_ADDRESS_WORDS,
    AROUND_PHRASES,
    FOOTER_WORDS,
    INSIDE_PHRASES,
    LUXEMBOURG_COUNTRY,
    LUXEMBOURG_PROVINCE_AFTER,
    PLACE_PREPOSITIONS,
    WHOLE_REGION_PHRASES,
    WORKPLACE_CUES,
)

KEYS = ("address", "postcode", "city", "region")
_WORKPLACE = re.compile(r"(?<![a-z])(?:" + "|".join(WORKPLACE_CUES) + r")(?![a-z])")
_PREPOSITION = re.compile(r"(?<![a-z'])(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:l')?$")
_INSIDE = re.compile(r"(?<![a-z])(?:" + "|".join(INSIDE_PHRASES) + r")\s+(?:la |le |l')?$")
_AROUND = re.compile(r"(?<![a-z])(?:" + "|".join(AROUND_PHRASES) + r")\s+(?:la |le |l')?$")
_WHOLE = re.compile(r"(?<![a-z])(?:" + "|".join(WHOLE_REGION_PHRASES) + r")\s+(?:la |le |l')?$")
_LUX_COUNTRY = re.compile(r"(?<![a-z])(?:" + "|".join(LUXEMBOURG_COUNTRY) + r")\s+$")
_LUX_PROVINCE = re.compile(r"\s*(?:" + "|".join(LUXEMBOURG_PROVINCE_AFTER) + r")")
_FOOTER = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in FOOTER_WORDS) + r")(?![a-z])")
_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")
_POSTCODE_AFTER = re.compile(r"\s*[,(\-]?\s*([1-9]\d{3})(?!\d)")
_ACADEMIC = re.compile(r"universit|haute ecole|hogeschool|diplom|master|bachelier|bachelor")

# Confidence by kind of hit and by what surrounds it.
_CONFIDENCE = {
    "postcode": {"workplace": 0.9, "preposition": 0.75, "bare": 0.75, "apply": 0.45, "footer": 0.35},
    "foreign-postcode": {"workplace": 0.85, "preposition": 0.7, "bare": 0.6, "apply": 0.4, "footer": 0.3},
    "place": {"workplace": 0.8, "preposition": 0.6, "bare": 0.4, "apply": 0.3, "footer": 0.25},
    "foreign": {"workplace": 0.8, "preposition": 0.5},
    "province": {"workplace": 0.7, "inside": 0.6, "preposition": 0.5, "bare": 0.35},
    "region": {"workplace": 0.7, "inside": 0.5, "preposition": 0.55, "bare": 0.3},
    "country": {"workplace": 0.7, "preposition": 0.5},
}
_WRITTEN_NAME_FACTOR = 0.85  # "6640 Morhet": a real postcode, a town the reference does not know
_LABELLED = 0.95


def _cue_before(doc: Doc, pattern: re.Pattern[str], pos: int, reach: int = 45) -> bool:
    matches = list(pattern.finditer(doc.folded, max(0, pos - reach), pos))
    return bool(matches) and not _BREAK.search(doc.folded, matches[-1].end(), pos)


def _ends_with(doc: Doc, pattern: re.Pattern[str], pos: int, reach: int = 40) -> bool:
    return bool(pattern.search(doc.folded[max(0, pos - reach) : pos]))


def _is_apply_address(doc: Doc, pos: int) -> bool:
    start, end = doc.sentence_bounds(pos)
    if any(word in doc.folded[start:end] for word in APPLY_ADDRESS_WORDS):
        return True
    line = doc.line_at(pos)
    above = [item for item in doc.nonblank if item.number < line.number][-3:]
    return len(line.text) < 80 and any(
        any(w in doc.folded[a.start : a.end] for w in APPLY_ADDRESS_WORDS) for a in above
    )


def _is_footer(doc: Doc, pos: int) -> bool:
    line = doc.line_at(pos)
    return bool(_FOOTER.search(doc.folded, line.start, line.end)) or pos > 0.85 * len(doc.text) > 600


def _context(doc: Doc, hit: Hit, anchor: int) -> str:
    if _cue_before(doc, _WORKPLACE, anchor):
        return "workplace"
    if _is_apply_address(doc, anchor):
        return "apply"
    if _is_footer(doc, anchor):
        return "footer"
    if _ends_with(doc, _PREPOSITION, anchor, 8):
        return "preposition"
    return "bare"


def _reframe(doc: Doc, hit: Hit, *, labelled: bool = False) -> Hit | None:
    """What the words just before a hit make of it: a region only, no place at all, or Luxembourg's meaning."""
    if hit.kind == "luxembourg":
        if _ends_with(doc, _LUX_COUNTRY, hit.start, 30):
            return replace(hit, city=None, region="other", kind="country")
        if _ends_with(doc, _INSIDE, hit.start) or _LUX_PROVINCE.match(doc.folded, hit.end) or labelled:
            return replace(hit, city=None, region="wallonie", kind="province")
        if _ends_with(doc, _PREPOSITION, hit.start, 8):
            return replace(hit, region="other", kind="foreign")
        return None
    if hit.kind == "place" and _ends_with(doc, _AROUND, hit.start):
        region = None if belgium.places()[hit.key].region == "bruxelles" else hit.region
        return replace(hit, city=None, kind="region", region=region) if region else None
    if hit.kind == "place" and _ends_with(doc, _INSIDE, hit.start):
        return replace(
            hit,
            city=None,
            kind="province" if "provinc" in doc.folded[hit.start - 15 : hit.start] else "region",
        )
    return hit


def _all_hits(doc: Doc, start: int = 0, end: int | None = None) -> list[Hit]:
    end = len(doc.text) if end is None else end
    coded = [h for h in (*postcode_hits(doc), *foreign_postcode_hits(doc)) if start <= h.start < end]
    named = [h for h in name_hits(doc, start, end) if not any(c.start <= h.start < c.end for c in coded)]
    return sorted((*coded, *named), key=lambda h: h.start)


def _evidence(doc: Doc, start: int, end: int) -> str:
    line = doc.line_at(start)
    return doc.text[max(line.start, end - 200) : max(end, min(line.end, start + 120))].strip()[:200]


def _found(
    doc: Doc,
    hit: Hit,
    confidence: float,
    strategy: str,
    *,
    region: str | None = "same",
    line_start: int | None = None,
) -> dict[str, Found]:
    street = street_before(doc, hit.start) if hit.city else None
    start = street[1] if street else hit.start
    start = min(start, line_start) if line_start is not None else start
    evidence = _evidence(doc, start, hit.end)
    values = {
        "address": street[0] if street else None,
        "postcode": hit.postcode,
        "city": hit.city,
        "region": hit.region if region == "same" else region,
    }
    return {
        key: Found(value, confidence, evidence, start, strategy) if value else NOTHING
        for key, value in values.items()
    }


def _from_label(doc: Doc) -> dict[str, Found]:
    for item in (*doc.labelled_values("location"), *doc.labelled_values("region")):
        end = item.start + len(item.value)
        hits = [h for h in (_reframe(doc, h, labelled=True) for h in _all_hits(doc, item.start, end)) if h]
        hits = [h for h in hits if h.city or h.region]
        if not hits:
            continue
        first = _with_postcode_of_same_town(doc, next((h for h in hits if h.city), hits[0]), hits)
        regions = {h.region for h in hits if h.region}
        region = regions.pop() if len(regions) == 1 else None
        return _found(doc, first, _LABELLED, "label", region=region, line_start=doc.lines[item.line].start)
    return {}


def _score(doc: Doc, hit: Hit) -> float:
    street = (
        street_before(doc, hit.start)
        if hit.kind in ("postcode", "postcode-written", "foreign-postcode")
        else None
    )
    context = _context(doc, hit, street[1] if street else hit.start)
    if hit.kind in ("region", "province") and context in ("bare", "preposition"):
        if _ends_with(doc, _WHOLE, hit.start, 30):
            context = "workplace"
        elif _ends_with(doc, _INSIDE, hit.start):
            context = "inside"
    kind = "postcode" if hit.kind == "postcode-written" else hit.kind
    confidence = _CONFIDENCE.get(kind, {}).get(context, 0.0)
    if hit.kind == "postcode-written":
        confidence *= _WRITTEN_NAME_FACTOR
    if context == "bare" and kind == "place" and _weak_bare_name(doc, hit):
        return 0.0
    return confidence


def _weak_bare_name(doc: Doc, hit: Hit) -> bool:
    """A name with no cue that is likely something else: a university, a short or sentence-opening word."""
    start, end = doc.sentence_bounds(hit.start)
    if _ACADEMIC.search(doc.folded, start, end) or len(hit.key) < 5:
        return True
    line = doc.line_at(hit.start)
    opens_sentence = not doc.text[max(start, line.start) : hit.start].strip(" •-*\t")
    return (
        opens_sentence and len(line.text) > 40
    )  # "Manage", "Termes" open sentences; "Bruxelles, le 3 mai" is short


def _with_postcode_of_same_town(doc: Doc, hit: Hit, hits: list[Hit]) -> Hit:
    """A town named without its postcode takes the one written right after it ("Louvain-la-Neuve (1348)") or,
    failing that, the one written for it elsewhere ("5000 Namur" in a footer)."""
    if hit.postcode or hit.kind != "place":
        return hit
    after = _POSTCODE_AFTER.match(doc.folded, hit.end)
    if after and hit.key in belgium.names_of_postcode(after.group(1)):
        return replace(hit, postcode=after.group(1))
    for other in hits:
        if other.postcode and hit.key in belgium.names_of_postcode(other.postcode):
            return replace(hit, postcode=other.postcode)
    return hit


def _from_text(doc: Doc) -> dict[str, Found]:
    hits = [h for h in (_reframe(doc, h) for h in _all_hits(doc)) if h]
    scored = [(score, -hit.start, hit) for hit in hits if (score := _score(doc, hit)) > 0]
    if not scored:
        return {}
    confidence, _, best = max(scored, key=lambda item: (item[0], item[1]))
    best = _with_postcode_of_same_town(doc, best, hits)
    strategy = {"postcode": "postcode", "postcode-written": "postcode", "foreign-postcode": "postcode"}.get(
        best.kind, "name"
    )
    return _found(doc, best, confidence, f"{strategy}-{best.kind}" if strategy == "name" else strategy)


STRATEGIES = (_from_label, _from_text)


def find_place(doc: Doc) -> dict[str, Found]:
    """The workplace's `address`, `postcode`, `city` and `region` ("bruxelles", "wallonie", "flandre", "other")."""
    for strategy in STRATEGIES:
        found = strategy(doc)
        if any(f.value for f in found.values()):
            return found
    return dict.fromkeys(KEYS, NOTHING)
