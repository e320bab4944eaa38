"""The workplace: street line (`address`), Belgian `postcode`, `city` as written, and `region`.

Decisions:
- Several workplaces under one label: the first gives the town; the region only if all share it.
- A place label that opens with "Overal", "partout", "à domicile" names no town: only a region written
  there counts ("partout en Wallonie"), and the text is not searched further.
- "région de Namur", "province de Liège": no town, the region of the place. "Sud de Bruxelles",
  "périphérie de Bruxelles": no town and no region (around Brussels may be Flanders or Wallonia).
- "Brussels (Saint-Gilles office)", "Bruxelles (Ixelles)": the commune is the town.
- A town named with no postcode takes the postcode written right after it or elsewhere for the same
  municipality ("basé à Namur" … "5100 Jambes" → Jambes, 5100).
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
from ..belgium import name_key
from ..document import Doc, Labelled
from ..place_context import context, reframe, weak_bare_name
from ..place_mentions import Hit, foreign_postcode_hits, name_hits, postcode_hits, street_before, streets_in
from ..types import NOTHING, Found
from ..vocab_places import BRUSSELS_NAMES, VAGUE_PLACE_OPENINGS

KEYS = ("address", "postcode", "city", "region")
_POSTCODE_AFTER = re.compile(r"\s*[,(\-]?\s*([1-9]\d{3})(?!\d)")
_ANY_POSTCODE = re.compile(r"(?<![\d.,/])([1-9]\d{3})(?![\d.,/])")
_VAGUE_OPENING = re.compile(r"\W*(?:" + "|".join(VAGUE_PLACE_OPENINGS) + r")(?![a-z])")
_BRUSSELS_KEYS = frozenset(name_key(name) for name in BRUSSELS_NAMES)
_CODED = ("postcode", "postcode-written", "foreign-postcode")

# Confidence by kind of hit and by what surrounds it.
_CONFIDENCE = {
    "postcode": {
        "workplace": 0.9,
        "title": 0.9,
        "preposition": 0.75,
        "bare": 0.75,
        "apply": 0.45,
        "footer": 0.35,
    },
    "foreign-postcode": {
        "workplace": 0.85,
        "title": 0.85,
        "preposition": 0.7,
        "bare": 0.6,
        "apply": 0.4,
        "footer": 0.3,
    },
    "place": {"workplace": 0.8, "title": 0.8, "preposition": 0.6, "bare": 0.4, "apply": 0.3, "footer": 0.25},
    "foreign": {"workplace": 0.8, "title": 0.8, "preposition": 0.5},
    "province": {"workplace": 0.7, "inside": 0.6, "preposition": 0.5, "bare": 0.35},
    "region": {"workplace": 0.7, "inside": 0.5, "preposition": 0.55, "bare": 0.3},
    "country": {"workplace": 0.7, "preposition": 0.5},
}
_WRITTEN_NAME_FACTOR = 0.85  # "6640 Morhet": a real postcode, a town the reference does not know
_REGION_ONLY_PENALTY = 0.15  # when ranking: a town beats a region of similar confidence
_LABELLED = 0.95
_MENTION_BONUS = 0.1
_COUNTRY_BESIDE_TOWNS = 0.6


def _all_hits(doc: Doc, start: int = 0, end: int | None = None, *, labelled: bool = False) -> list[Hit]:
    end = len(doc.text) if end is None else end
    coded = [h for h in (*postcode_hits(doc), *foreign_postcode_hits(doc)) if start <= h.start < end]
    named = [h for h in name_hits(doc, start, end) if not any(c.start <= h.start < c.end for c in coded)]
    hits = (reframe(doc, hit, labelled=labelled) for hit in sorted((*coded, *named), key=lambda h: h.start))
    return [hit for hit in hits if hit and (hit.city or hit.region)]


def _same_municipality(key: str, code: str) -> bool:
    info = belgium.postcode(code)
    return bool(info) and key in {name_key(info.municipality_fr), name_key(info.municipality_nl)}


def _refine(doc: Doc, hit: Hit, hits: list[Hit], *, keep_name: bool = False) -> Hit:
    """A more precise place for a town named alone: its commune, or its written postcode (with the locality
    written beside that postcode, unless `keep_name`)."""
    if hit.kind != "place" or hit.postcode:
        return hit
    if hit.key in _BRUSSELS_KEYS:
        commune = next((h for h in hits if hit.end <= h.start <= hit.end + 40 and _is_commune(h)), None)
        if commune:
            hit = commune
    after = _POSTCODE_AFTER.match(doc.folded, hit.end)
    if after and hit.key in belgium.names_of_postcode(after.group(1)):
        return replace(hit, postcode=after.group(1))
    coded = (
        h
        for h in hits
        if h.kind in _CODED
        and h.postcode
        and (_same_municipality(hit.key, h.postcode) or (h.key or "").startswith(hit.key + " "))
    )
    same = next(coded, None)
    if same and keep_name:
        return replace(hit, postcode=same.postcode)
    return same or hit


def _is_commune(hit: Hit) -> bool:
    return hit.kind == "place" and hit.region == "bruxelles" and hit.key not in _BRUSSELS_KEYS


def _evidence(doc: Doc, start: int, end: int) -> str:
    line = doc.line_at(start)
    return doc.text[max(line.start, end - 200) : max(end, min(line.end, start + 120))].strip()[:200]


def _found(
    doc: Doc, hit: Hit, confidence: float, strategy: str, *, region: str | None, start: int
) -> dict[str, Found]:
    street = street_before(doc, hit.start) if hit.city else None
    start = min(start, street[1]) if street else start
    evidence = _evidence(doc, start, hit.end)
    values = {
        "address": street[0] if street else None,
        "postcode": hit.postcode,
        "city": hit.city,
        # "Forest (1190)": a name found in two regions is settled by its postcode
        "region": region or (belgium.region_of_postcode(hit.postcode) if hit.postcode else None),
    }
    return {
        key: Found(value, confidence, evidence, start, strategy) if value else NOTHING
        for key, value in values.items()
    }


def _label_result(doc: Doc, item: Labelled) -> dict[str, Found] | None:
    end = item.start + len(item.value)
    line_start = doc.lines[item.line].start
    hits = _all_hits(doc, item.start, end, labelled=True)
    if _VAGUE_OPENING.match(doc.folded, item.start):
        hits = [hit for hit in hits if not hit.city]  # "Overal – kantoor in Mechelen": no town
        if not hits:
            return dict.fromkeys(KEYS, NOTHING)  # the posting says there is none: look no further
    if not hits:
        return None
    # "HUBN, Laeken campus, Rue Léopold Ier 315, 1020 Brussels": the postcode line is the address.
    towns = [h for h in hits if h.city]
    coded = [h for h in towns if h.kind in _CODED]
    candidates = coded or towns or hits
    # "Lieu de travail : 1820 Steenokkerzeel, 2330 Merksplas" under "Psycholoog … Merksplas": the title's town
    title = doc.folded[: doc.nonblank[0].end] if doc.nonblank else ""
    named = [
        h
        for h in candidates
        if h.key and len(candidates) > 1 and re.search(rf"\b{re.escape(h.key)}\b", title)
    ]
    first = _refine(doc, (named or candidates)[0], hits, keep_name=True)
    regions = {h.region for h in hits if h.region}
    region = regions.pop() if len(regions) == 1 else None
    found = _found(doc, first, _LABELLED, "label", region=region, start=line_start)
    return _with_written_elsewhere(doc, first, _with_label_details(doc, item, first, found))


def _with_written_elsewhere(doc: Doc, hit: Hit, found: dict[str, Found]) -> dict[str, Found]:
    """ "Lieu : Marcinelle" and, under "Lieu de travail", "Rue de la Villette 41, 6001 Marcinelle": the
    labelled town takes the postcode (and street) written for it further on."""
    if found["postcode"].value or hit.kind != "place" or not found["city"].value:
        return found
    for other in postcode_hits(doc):
        if other.postcode and hit.key in belgium.names_of_postcode(other.postcode):
            found["postcode"] = replace(found["city"], value=other.postcode)
            street = street_before(doc, other.start)
            if street and not found["address"].value:
                found["address"] = replace(found["city"], value=street[0])
            break
    return found


def _with_label_details(doc: Doc, item: Labelled, hit: Hit, found: dict[str, Found]) -> dict[str, Found]:
    """Within one label, a postcode and a street written anywhere belong to the town: "Woluwe (av. X 2, 1150)"."""
    end = item.start + len(item.value)
    template = found["city"] if found["city"].value else found["region"]
    if not found["postcode"].value and hit.kind == "place":
        codes = [m.group(1) for m in _ANY_POSTCODE.finditer(doc.folded, item.start, end)]
        code = next((c for c in codes if hit.key in belgium.names_of_postcode(c)), None)
        if code:
            found["postcode"] = replace(template, value=code)
            if not found["region"].value:  # "Forest (1190)": a name in two regions, settled by its postcode
                found["region"] = replace(template, value=belgium.region_of_postcode(code))
    if not found["address"].value and hit.city:
        streets = streets_in(doc, item.start, end)
        if streets:
            found["address"] = replace(template, value=streets[0])
    return found


def _from_label(doc: Doc) -> dict[str, Found] | None:
    for item in (*doc.labelled_values("location"), *doc.labelled_values("region")):
        found = _label_result(doc, item)
        if found is not None:
            return found
    return None


def _setting(doc: Doc, hit: Hit) -> str:
    street = street_before(doc, hit.start) if hit.kind in _CODED else None
    return context(doc, hit, street[1] if street else hit.start)


def _score(doc: Doc, hit: Hit) -> float:
    setting = _setting(doc, hit)
    kind = "postcode" if hit.kind == "postcode-written" else hit.kind
    table = _CONFIDENCE.get(kind, {})
    confidence = table.get(setting, table.get("workplace", 0.0) if setting == "title" else 0.0)
    if hit.kind == "postcode-written":
        confidence *= _WRITTEN_NAME_FACTOR
    if setting == "bare" and kind == "place" and weak_bare_name(doc, hit):
        return 0.0
    return confidence


def _from_text(doc: Doc) -> dict[str, Found] | None:
    hits = _all_hits(doc)
    scored = [(score, hit) for hit in hits if (score := _score(doc, hit)) > 0]
    if not scored:
        return None
    scored = _weigh_mentions(scored)
    # A town the posting calls the workplace beats any town named more often without saying so.
    confidence, best = max(
        scored,
        key=lambda item: (
            bool(item[1].city) and _setting(doc, item[1]) in ("workplace", "title"),
            _setting(doc, item[1]) == "title",
            item[0] - (0 if item[1].city else _REGION_ONLY_PENALTY),
            -item[1].start,
        ),
    )
    refined = _refine(doc, best, hits)
    strategy = "postcode" if refined.kind in _CODED else f"name-{refined.kind}"
    return _found(doc, refined, confidence, strategy, region=refined.region, start=refined.start)


def _weigh_mentions(scored: list[tuple[float, Hit]]) -> list[tuple[float, Hit]]:
    """A Belgian town named again and again (title, text, footer address) gains a little each time; a
    foreign country named once beside Belgian towns ("des services situés au Grand-Duché") loses."""
    towns = [hit.key for _, hit in scored if hit.city and hit.region and hit.region != "other"]
    out = []
    for score, hit in scored:
        if hit.city and hit.key and hit.key not in _BRUSSELS_KEYS:  # "Brussels" names sites and networks too
            score += min(_MENTION_BONUS * (towns.count(hit.key) - 1), 2 * _MENTION_BONUS)
        elif hit.kind == "country" and towns:
            score *= _COUNTRY_BESIDE_TOWNS
        out.append((score, hit))
    return out


STRATEGIES = (_from_label, _from_text)


def find_place(doc: Doc) -> dict[str, Found]:
    """The workplace's `address`, `postcode`, `city` and `region` ("bruxelles", "wallonie", "flandre", "other")."""
    for strategy in STRATEGIES:
        found = strategy(doc)
        if found is not None:
            return found
    return dict.fromkeys(KEYS, NOTHING)
