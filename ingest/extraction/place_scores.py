"""How much a place named in a posting counts as the workplace: by its kind and by what surrounds it
(`place_context.context`), less when it is one of a list, more when it is named again and again."""

from __future__ import annotations

import re

from . import abroad
from .belgium import name_key
from .document import Doc
from .place_context import context, in_slot, weak_bare_name
from .place_mentions import CODED_KINDS, Hit, street_before
from .vocab_places import ABROAD_PREPOSITION_POPULATION, BRUSSELS_NAMES

_BRUSSELS_KEYS = frozenset(name_key(name) for name in BRUSSELS_NAMES)

# Confidence by kind of hit and by what surrounds it.
_CONFIDENCE = {
    "postcode": {
        "workplace": 0.9,
        "title": 0.9,
        "header": 0.8,
        "employer": 0.75,
        "preposition": 0.75,
        "bare": 0.75,
        "apply": 0.45,
        "footer": 0.35,
        "seat": 0.3,  # a registered office's full address: the post's only when nothing else is written
    },
    "foreign-postcode": {
        "workplace": 0.85,
        "title": 0.85,
        "header": 0.75,
        "employer": 0.7,
        "preposition": 0.7,
        "bare": 0.6,
        "apply": 0.4,
        "footer": 0.3,
        "seat": 0.25,
    },
    "place": {
        "workplace": 0.8,
        "title": 0.8,
        "header": 0.7,
        "employer": 0.65,
        "preposition": 0.6,
        "bare": 0.4,
        "apply": 0.3,
        "footer": 0.25,
    },
    # A foreign town written with its country or département ("Ménaka, Mali").
    "foreign": {
        "workplace": 0.8,
        "title": 0.8,
        "header": 0.75,
        "employer": 0.65,
        "preposition": 0.6,
        "bare": 0.45,
        "apply": 0.3,
        "footer": 0.25,
    },
    # A foreign town's name alone: a town only where the words around it say so.
    "abroad": {"workplace": 0.75, "title": 0.7, "header": 0.7, "employer": 0.6, "preposition": 0.5},
    "province": {"workplace": 0.7, "inside": 0.6, "preposition": 0.5, "bare": 0.35},
    "region": {"workplace": 0.7, "inside": 0.5, "preposition": 0.55, "bare": 0.3},
    "country": {"workplace": 0.7, "preposition": 0.5},
    "department": {"workplace": 0.7, "preposition": 0.5, "bare": 0.35},
}
_COUNTRY_PREPOSITION = re.compile(r"(?<![a-z])(?:en|au|aux|in)\s+$")
_WRITTEN_NAME_FACTOR = 0.85  # "6640 Morhet": a real postcode, a town the reference does not know
_MENTION_BONUS = 0.1
_COUNTRY_BESIDE_TOWNS = 0.6
_LIST_SIZE = 3
# "un hôpital de 700 lits sur 2 sites (Namur - Auvelais)", "onze campussen in Brugge en Ieper": the
# organisation's sites, two of which already leave the post's own one unknown.
_SITES = re.compile(
    r"(?<![a-z])(?:sites|implantations|antennes|campus|campussen|locaties|vestigingen|sieges)(?![a-z])"
)
_SITES_LIST_SIZE = 2
_TITLE_LINES = 3
_ORGANISATION_LINES = 5


def setting(doc: Doc, hit: Hit) -> str:
    street = street_before(doc, hit.start) if hit.kind in CODED_KINDS else None
    return context(doc, hit, street[1] if street else hit.start)


def score(doc: Doc, hit: Hit, setting: str) -> float:
    kind = "postcode" if hit.kind == "postcode-written" else hit.kind
    table = _CONFIDENCE.get(kind, {})
    confidence = table.get(setting, table.get("workplace", 0.0) if setting == "title" else 0.0)
    if hit.kind == "postcode-written":
        confidence *= _WRITTEN_NAME_FACTOR
    if setting == "bare" and kind in ("place", "foreign") and weak_bare_name(doc, hit):
        return 0.0
    if kind in ("abroad", "country") and not _abroad_said(doc, hit, setting):
        return 0.0
    if setting in ("employer", "header") and not in_head(doc, hit):
        return min(confidence, table.get("preposition", 0.0))  # a partner body named further down
    return confidence


def in_head(doc: Doc, hit: Hit, lines: int = _ORGANISATION_LINES) -> bool:
    """In the first lines, where a posting names its organisation, title and place."""
    head = doc.nonblank[:lines]
    return bool(head) and hit.start < head[-1].end


def _abroad_said(doc: Doc, hit: Hit, setting: str) -> bool:
    """A foreign town's name alone counts after a bare preposition only for a large town at hand ("à Lyon",
    not "à Vitré"); a country after a preposition only with "en/au/in" ("en France", not "à Maurice"), and
    in a title also between separators ("Psychologue – Mali")."""
    if setting not in ("title", "preposition"):
        return True
    if hit.kind == "abroad":
        return setting == "title" or _large_town_at_hand(doc, hit)
    country_preposition = _COUNTRY_PREPOSITION.search(doc.folded, max(0, hit.start - 6), hit.start)
    return bool(country_preposition) or (setting == "title" and in_slot(doc, hit))


def _large_town_at_hand(doc: Doc, hit: Hit) -> bool:
    """ "Le poste est à Lyon", "werken in Den Haag": a large town across the border, or farther away in the
    first lines ("Nursing jobs in London") and by its own name (GeoNames also lists transliterations that
    are words); further down, "the war in Gaza" is news."""
    town = abroad.town(hit.key)
    if town.population < ABROAD_PREPOSITION_POPULATION:
        return False
    if any(town.is_in(country) for country in abroad.neighbours()):
        return True
    return not town.alias and in_head(doc, hit, _TITLE_LINES)


def listed_towns(doc: Doc, bare: list[Hit]) -> set[Hit]:
    """Towns named in a list of three or more ("les communes d'Ieper, Poperinge, … et Heuvelland") are the
    area served, not the workplace."""
    by_sentence: dict[tuple[int, int], list[Hit]] = {}
    for hit in bare:
        if hit.city:
            by_sentence.setdefault(doc.sentence_bounds(hit.start), []).append(hit)
    return {
        hit
        for (start, end), hits in by_sentence.items()
        if len({hit.key for hit in hits})
        >= (_SITES_LIST_SIZE if _SITES.search(doc.folded, start, end) else _LIST_SIZE)
        for hit in hits
    }


def weigh_mentions(scored: list[tuple[float, Hit]]) -> list[tuple[float, Hit]]:
    """A Belgian town named again and again (title, text, footer address) gains a little each time; a
    foreign country named once beside Belgian towns ("des services situés au Grand-Duché") loses."""
    towns = [hit.key for _, hit in scored if hit.city and hit.region and hit.region != "other"]
    out = []
    for value, hit in scored:
        if hit.city and hit.key and hit.key not in _BRUSSELS_KEYS:  # "Brussels" names sites and networks too
            value += min(_MENTION_BONUS * (towns.count(hit.key) - 1), 2 * _MENTION_BONUS)
        elif hit.kind == "country" and towns:
            value *= _COUNTRY_BESIDE_TOWNS
        out.append((value, hit))
    return out
