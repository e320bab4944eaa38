"""The workplace: street line (`address`), Belgian `postcode`, `city` as written, and `region`.

Decisions:
- Several workplaces under one label: the first gives the town; the region only if all share it.
- A place label that opens with "Overal", "partout", "à domicile" names no town: only a region written
  there counts ("partout en Wallonie"), and the text is not searched further.
- "région de Namur", "province de Liège": no town, the region of the place. "Sud de Bruxelles",
  "périphérie de Bruxelles": no town and no region (around Brussels may be Flanders or Wallonia).
- "Brussels (Saint-Gilles office)", "Bruxelles (Ixelles)": the commune is the town.
- Brussels named with nothing placing the post, inside a name or a sentence ("Réseau santé Bruxelles Est"),
  is the region; alone on its line or between separators ("Brussel, BE") it is the town.
- A town named with no postcode takes the postcode written right after it or elsewhere for the same
  municipality ("basé à Namur" … "5100 Jambes" → Jambes, 5100), but not from an application address in
  another locality ("OCMW Lochristi" … "stuur je kandidatuur naar … 9080 Zaffelare" → Lochristi).
- A place said to be the workplace, or in the title, wins; then the organisation's own town ("Gemeente
  Zwalm", "Centre hospitalier d'Arles", "Zwalm is een gemeente", "(Vitré)" closing a header line), unless
  the posting places something in one locality of that municipality ("woonzorgcentrum te Zaffelare").
- A place named only in an application address or a footer is kept, at low confidence, when nothing
  better is written; a town named only as the registered office ("siège social à Gembloux") is not.
- Towns named in a list of three or more are the area served, not the workplace; with nothing else
  written, their region is the post's if they share one.
- A posting that names no place gives a region by an adjective of one region ("les patients bruxellois",
  "het Antwerpse onderwijs"), or shows it comes from abroad (`place_country.py`): region "other".
- "Luxembourg" is the Belgian province after "province de"/before "belge" or alone under a place label,
  the country after "au"/"Grand-Duché", the city after "à".
- Places abroad come from reference data (`abroad.py`). A Belgian name wins over a foreign one ("Lille",
  "Mons") unless the text places it abroad: its country or French département beside it ("Lille
  (France)", "Vitré (Ille-et-Vilaine)", "Burkina Faso, Ouagadougou"), a foreign postcode, or a département the
  posting names. A foreign name alone ("Nice", "Mobile" are words too) counts only after a workplace cue,
  between separators in the title, after a hospital's "de", or after a bare preposition for a town of
  100,000 or more; a French département alone gives region "other" without a town.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import abroad, belgium, place_scores
from ..belgium import name_key
from ..document import Doc, Labelled
from ..place_context import in_brackets, in_slot, reframe
from ..place_country import foreign_evidence
from ..place_mentions import (
    CODED_KINDS,
    Hit,
    department_hits,
    foreign_postcode_hits,
    name_hits,
    postcode_hits,
    street_before,
    streets_in,
)
from ..place_scores import in_head, listed_towns, weigh_mentions
from ..types import NOTHING, Found
from ..vocab_employer import RECRUIT_VERB
from ..vocab_places import BRUSSELS_NAMES, KNOWLEDGE_WORDS, REGION_ADJECTIVES, VAGUE_PLACE_OPENINGS

KEYS = ("address", "postcode", "city", "region")
_POSTCODE_AFTER = re.compile(r"\s*[,(\-]?\s*([1-9]\d{3})(?!\d)")
_ANY_POSTCODE = re.compile(r"(?<![\d.,/])([1-9]\d{3})(?![\d.,/])")
_VAGUE_OPENING = re.compile(r"\W*(?:" + "|".join(VAGUE_PLACE_OPENINGS) + r")(?![a-z])")
_BRUSSELS_KEYS = frozenset(name_key(name) for name in BRUSSELS_NAMES)
# Where a town in the text is the post's own: said so, in the title, or the organisation's town.
_SAID = ("workplace", "title")
_ORGANISATION = ("header", "employer")
_REGION_ONLY_PENALTY = 0.15  # when ranking: a town beats a region of similar confidence
_LABELLED = 0.95
_LISTED = 0.35
_ABROAD_HINT = 0.3
_ADJECTIVE = 0.3
_KNOWLEDGE = re.compile(KNOWLEDGE_WORDS)
# "Chargé·e de projets", "Chargé(e)": a word of inclusive writing, not the village of Chargé.
_INCLUSIVE_ENDING = re.compile(
    r"[·∙•.\-]?(?:e|es|fe|ve|rice|euse)\b|\((?:e|es|fe|ve|rice|euse)\)", re.IGNORECASE
)
_RECRUITING = re.compile(r"(?<![a-z])(?:" + RECRUIT_VERB + r")(?![a-z])")
_ADJECTIVE_REGIONS = {f"a{index}": region for index, region in enumerate(REGION_ADJECTIVES.values())}
_REGION_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<a{index}>{pattern})" for index, pattern in enumerate(REGION_ADJECTIVES))
    + r")(?![\w-])"
)


def _all_hits(doc: Doc, start: int = 0, end: int | None = None, *, labelled: bool = False) -> list[Hit]:
    end = len(doc.text) if end is None else end
    coded = [h for h in (*postcode_hits(doc), *foreign_postcode_hits(doc)) if start <= h.start < end]
    named = [
        h
        for h in (*name_hits(doc, start, end), *department_hits(doc, start, end))
        if not any(c.start <= h.start < c.end for c in coded) and not _INCLUSIVE_ENDING.match(doc.text, h.end)
    ]
    hits = (reframe(doc, hit, labelled=labelled) for hit in sorted((*coded, *named), key=lambda h: h.start))
    return _in_named_departments(doc, [hit for hit in hits if hit and (hit.city or hit.region)])


def _in_named_departments(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """ "… tout le département de l'Ain" … "l'équipe est à Oyonnax": towns of a département the posting
    names are the French towns."""
    named = (*department_hits(doc), *(hit for hit in hits if hit.kind == "department"))
    departments = [abroad.department(hit.key) for hit in named]
    hits = [
        replace(hit, kind="foreign")
        if hit.kind == "abroad" and any(hit.key in d.towns for d in departments if d)
        else hit
        for hit in hits
    ]
    return _homonyms_abroad(hits)


def _homonyms_abroad(hits: list[Hit]) -> list[Hit]:
    """ "Bailleul (Nord), entre Lille et Dunkerque": in a posting placed abroad by a town written with its
    country or département, and by no Belgian postcode, a Belgian village named like a foreign town (Lille,
    a village near Turnhout) is that town."""
    if not any(hit.kind == "foreign" for hit in hits) or any(hit.kind in CODED_KINDS for hit in hits):
        return hits
    return [
        replace(hit, kind="abroad", region="other", postcode=None, city=abroad.town(hit.key).name)
        if hit.kind == "place" and abroad.town(hit.key) is not None
        else hit
        for hit in hits
    ]


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
        if h.kind in CODED_KINDS
        and h.postcode
        and (_same_municipality(hit.key, h.postcode) or (h.key or "").startswith(hit.key + " "))
        and not _elsewhere_to_apply(doc, hit, h)
    )
    same = next(coded, None)
    if same and keep_name:
        return replace(hit, postcode=same.postcode)
    return same or hit


def _elsewhere_to_apply(doc: Doc, named: Hit, coded: Hit) -> bool:
    """ "OCMW Lochristi" … "stuur je kandidatuur naar Dorp-Oost 2, 9080 Zaffelare": the application goes to
    another locality of the municipality, which says nothing of the workplace."""
    return (
        _reference_name(coded.key) != _reference_name(named.key)
        and place_scores.setting(doc, coded) == "apply"
    )


def _reference_name(key: str) -> str:
    place = belgium.places().get(key)
    return place.name if place else key


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
    # A foreign town's name alone counts only standing alone ("Werkplaats: Maastricht", "Mali, Bamako"), not
    # inside a site's name ("Onthaalpunt Rabot"), and after any other place.
    known = [h for h in hits if h.kind != "abroad"]
    hits = known or [h for h in hits if in_slot(doc, h)]
    if not hits:
        return None
    # "HUBN, Laeken campus, Rue Léopold Ier 315, 1020 Brussels": the postcode line is the address.
    towns = [h for h in hits if h.city]
    coded = [h for h in towns if h.kind in CODED_KINDS]
    candidates = coded or towns or hits
    # "Lieu de travail : 1820 Steenokkerzeel, 2330 Merksplas" under "Psycholoog … Merksplas": the title's town
    title = doc.folded[: doc.nonblank[0].end] if doc.nonblank else ""
    named = [
        h
        for h in candidates
        if h.key and len(candidates) > 1 and re.search(rf"\b{re.escape(h.key)}\b", title)
    ]
    first = _refine(doc, _town_in_brackets(doc, (named or candidates)[0], candidates), hits, keep_name=True)
    regions = {h.region for h in hits if h.region}
    region = regions.pop() if len(regions) == 1 else None
    found = _found(doc, first, _LABELLED, "label", region=region, start=line_start)
    return _with_written_elsewhere(doc, first, _with_label_details(doc, item, first, found))


_BRACKETED = re.compile(r"\s*\(\s*$")


def _town_in_brackets(doc: Doc, hit: Hit, candidates: list[Hit]) -> Hit:
    """ "Campus: Sint-Jan (Genk)": a site named like a village elsewhere, then its town in brackets; but in
    "Marcinelle (Charleroi)" the locality is the town's own and the more precise."""
    after = next((h for h in candidates if h.start > hit.end), None)
    if (
        after is None
        or hit.kind != "place"
        or after.kind != "place"
        or not _BRACKETED.fullmatch(doc.folded, hit.end, after.start)
        or _is_locality_of(hit.key, after.key)
        or hit.key == after.key
    ):
        return hit
    return after


def _with_written_elsewhere(doc: Doc, hit: Hit, found: dict[str, Found]) -> dict[str, Found]:
    """ "Lieu : Marcinelle" and, under "Lieu de travail", "Rue de la Villette 41, 6001 Marcinelle": the
    labelled town takes the postcode (and street) written for it further on."""
    if found["postcode"].value or hit.kind != "place" or not found["city"].value:
        return found
    for other in postcode_hits(doc):
        if (
            other.postcode
            and hit.key in belgium.names_of_postcode(other.postcode)
            and not _elsewhere_to_apply(doc, hit, other)
        ):
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


def _from_text(doc: Doc) -> dict[str, Found] | None:
    hits = _all_hits(doc)
    settings = {hit: place_scores.setting(doc, hit) for hit in hits}
    listed = listed_towns(doc, [hit for hit in hits if settings[hit] == "bare"])
    scored = [
        (score, hit)
        for hit in hits
        if hit not in listed and (score := place_scores.score(doc, hit, settings[hit])) > 0
    ]
    if not scored:
        return _region_only(doc, hits, listed)
    scored = weigh_mentions(scored)

    def rank(item: tuple[float, Hit]) -> tuple[bool, bool, bool, float, int]:
        score, hit = item
        setting = settings[hit]
        return (
            bool(hit.city) and setting in _SAID,  # said to be the workplace beats named more often
            bool(hit.city) and setting in _ORGANISATION and in_head(doc, hit),  # then the organisation's town
            setting == "title",
            score - (0 if hit.city else _REGION_ONLY_PENALTY),
            -hit.start,
        )

    confidence, best = _locality_named(max(scored, key=rank), scored, settings)
    refined = _refine(doc, best, hits)
    if refined is best and _names_the_brussels_region(doc, best, settings[best]):
        if not (in_head(doc, best) or _RECRUITING.search(doc.folded, *doc.sentence_bounds(best.start))):
            return None  # "l'étude « Parcours.Bruxelles »": a name in the background, not the post's region
        refined = replace(best, city=None, kind="region")
    strategy = "postcode" if refined.kind in CODED_KINDS else f"name-{refined.kind}"
    return _found(doc, refined, confidence, strategy, region=refined.region, start=refined.start)


def _names_the_brussels_region(doc: Doc, hit: Hit, setting: str) -> bool:
    """ "Réseau santé mentale Bruxelles Sud", "the Operational Centre Brussels is looking for": inside a
    name or a sentence with no word placing the post, Brussels is the region; alone on its line or between
    commas ("Brussels", "Brussel, BE") it is the town."""
    return hit.kind == "place" and hit.key in _BRUSSELS_KEYS and setting == "bare" and not in_slot(doc, hit)


def _locality_named(
    best: tuple[float, Hit], scored: list[tuple[float, Hit]], settings: dict[Hit, str]
) -> tuple[float, Hit]:
    """ "Gemeente Lochristi" … "ons woonzorgcentrum te Zaffelare": the one locality of the organisation's
    municipality that the posting places something in is more precise, unless the municipality is too."""
    hit = best[1]
    if settings[hit] not in _ORGANISATION or hit.kind != "place":
        return best
    placed = {h.key: (score, h) for score, h in scored if settings[h] in ("preposition", "workplace")}
    inside = [item for key, item in placed.items() if key != hit.key and _is_locality_of(key, hit.key)]
    return inside[0] if len(inside) == 1 and hit.key not in placed else best


def _is_locality_of(key: str, municipality: str) -> bool:
    place, whole = belgium.places().get(key), belgium.places().get(municipality)
    return bool(place and whole) and place.kind == "locality" and set(place.postcodes) <= set(whole.postcodes)


def _region_only(doc: Doc, hits: list[Hit], listed: set[Hit]) -> dict[str, Found] | None:
    """No town to take: the region of the towns listed as the area served ("les CPAS d'Avelgem, de Kuurne,
    … et de Zwevegem") if they share one, or of the one region its adjectives name ("les patients
    bruxellois"), else "other" if the posting shows it comes from abroad."""
    # A foreign name among them is likely a word of an organisation's name ("CHR Val-de-Meuse").
    regions = {hit.region for hit in listed if hit.kind == "place"}
    # Belgian towns only: a foreign town's name alone may be a word ("Officer, Date, Band").
    if len(regions) == 1 and regions <= set(belgium.REGIONS):
        first = min(listed, key=lambda hit: hit.start)
        return _region(doc, regions.pop(), _LISTED, "listed-towns", first.start, first.end)
    adjectives = {region: match for match, region in _region_adjectives(doc)}
    if len(adjectives) == 1:
        region, match = adjectives.popitem()
        return _region(doc, region, _ADJECTIVE, "region-adjective", *match.span())
    bracketed = next((hit for hit in hits if hit.kind == "country" and in_brackets(doc, hit)), None)
    if bracketed:
        return _region(doc, "other", _ABROAD_HINT, "country-in-brackets", bracketed.start, bracketed.end)
    span = foreign_evidence(doc)
    return _region(doc, "other", _ABROAD_HINT, "abroad-hint", *span) if span else None


def _region_adjectives(doc: Doc) -> list[tuple[re.Match[str], str]]:
    """ "les patients bruxellois", "le réseau wallon": each adjective of a region, with its region, unless
    said of what the candidate should know."""
    return [
        (match, _ADJECTIVE_REGIONS[match.lastgroup])
        for match in _REGION_ADJECTIVE.finditer(doc.folded)
        if not _KNOWLEDGE.search(doc.folded, *doc.sentence_bounds(match.start()))
    ]


def _region(
    doc: Doc, region: str, confidence: float, strategy: str, start: int, end: int
) -> dict[str, Found]:
    found = dict.fromkeys(KEYS, NOTHING)
    found["region"] = Found(region, confidence, _evidence(doc, start, end), start, strategy)
    return found


STRATEGIES = (_from_label, _from_text)


def find_place(doc: Doc) -> dict[str, Found]:
    """The workplace's `address`, `postcode`, `city` and `region` ("bruxelles", "wallonie", "flandre", "other")."""
    for strategy in STRATEGIES:
        found = strategy(doc)
        if found is not None:
            return found
    return dict.fromkeys(KEYS, NOTHING)
