"""The workplace's town: bodies named after their town, selection venues, and names that are no place."""

from __future__ import annotations

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.places import find_place


def _place(text: str) -> tuple[str | None, str | None]:
    found = find_place(Doc(text))
    return found["city"].value, found["region"].value


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        pytest.param(
            "Conseiller moral (h/f/x)\nPour la prison de Jamioulx – 1 poste à mi-temps\nMissions : accompagnement.",
            "Jamioulx",
            "wallonie",
            id="prison-named-after-its-town",
        ),
        pytest.param(
            "Psychologue\nÉtablissement pénitentiaire d'Andenne\nCDD de six mois.",
            "Andenne",
            "wallonie",
            id="etablissement-penitentiaire",
        ),
        pytest.param(
            "Psychosociaal medewerker voor de gevangenis van Hasselt\nVoltijds, contract onbepaalde duur.",
            "Hasselt",
            "flandre",
            id="gevangenis-van",
        ),
        pytest.param(
            "Infoblad vacature maatschappelijk werker\nVoorstelling van het OCMW-Zele en zijn diensten.",
            "Zele",
            "flandre",
            id="ocmw-joined-to-its-town",
        ),
        pytest.param(
            "Verpleegkundige kinderpsychiatrie\nUZ Leuven\nVoltijds",
            "Leuven",
            "flandre",
            id="university-hospital-acronym",
        ),
        pytest.param(
            "PhD student in clinical psychology\nUniversity/Institute: Antwerp University\nFull time",
            "Antwerpen",
            "flandre",
            id="university-named-after-its-town-in-the-head",
        ),
        pytest.param(
            "Assistant·e de recherche\nUniversité de Mons\nFaculté de psychologie",
            "Mons",
            "wallonie",
            id="universite-de-in-the-head",
        ),
    ],
)
def test_bodies_named_after_their_town(text, city, region):
    assert _place(text) == (city, region)


def test_a_university_further_down_is_where_a_candidate_studied():
    text = (
        "Éducateur spécialisé (h/f/x)\nASBL Les Rochers\nCDI temps plein\nHoraire de jour\nEntrée immédiate\n"
        "Profil : un bachelier ou un master obtenu par exemple à l'Université de Liège ou ailleurs.\n"
    )
    assert _place(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        pytest.param(
            "Pour le service de Tournai – 1 poste.\n"
            "Les candidats retenus passeront un entretien à notre siège, rue Neuve 3, 1000 Bruxelles.",
            None,
            id="selection-interview-venue",
        ),
        pytest.param(
            "Interviews will be held at our office, Avenue Louise 10, 1050 Ixelles, in the week of 12 May.",
            None,
            id="english-interview-venue",
        ),
        pytest.param(
            "Vous assurez l'entretien des locaux du centre, rue Haute 5, 5000 Namur.",
            "Namur",
            id="entretien-des-locaux-is-no-interview",
        ),
    ],
)
def test_a_selection_venue_is_no_workplace(text, city):
    found = find_place(Doc(text))
    if city is None:
        assert found["city"].confidence < 0.5
    else:
        assert found["city"].value == city


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        pytest.param(
            "Apply before 30/04/2026 23:59 (Brussels time)\nPosition based in Leuven.",
            "Leuven",
            "flandre",
            id="brussels-time-is-a-time-zone",
        ),
        pytest.param(
            "Candidatures jusqu'au 3 mars à midi, heure de Bruxelles.", None, None, id="heure-de-bruxelles"
        ),
        pytest.param(
            "Salary range: from $52340 to $66010 Annually\nLocation: Albany, New York",
            "Albany",
            "other",
            id="an-amount-in-dollars-is-no-postcode",
        ),
        pytest.param(
            "Rémunération : £ 28400 Pounds per year.\nPlace of work: Leeds, United Kingdom",
            "Leeds",
            "other",
            id="an-amount-in-pounds-is-no-postcode",
        ),
    ],
)
def test_names_that_are_no_place(text, city, region):
    assert _place(text) == (city, region)


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        pytest.param(
            "Infirmier·ère de liaison (h/f/x)\n\nLe Collectif santé Bruxelles Est renforce son équipe de terrain.",
            None,
            "bruxelles",
            id="inside-a-network-name-brussels-is-the-region",
        ),
        pytest.param(
            "Project assistant (m/f/x)\n\nOur Brussels Office supports partners in six countries.",
            None,
            "bruxelles",
            id="brussels-office-in-running-text",
        ),
        pytest.param(
            "Onthaalmedewerker nachtopvang\n\nBrussel\nBelgië\n\nVoltijds",
            "Brussel",
            "bruxelles",
            id="alone-on-its-line-brussels-is-the-town",
        ),
        pytest.param(
            "Educator, Day Centre\nBrussels, BE\nPosted 2 days ago",
            "Bruxelles",
            "bruxelles",
            id="between-commas-brussels-is-the-town",
        ),
        pytest.param(
            "Peer support worker (part-time)\nBrussels | €2,600-€2,900/month\nOur network works with 40 members.",
            "Bruxelles",
            "bruxelles",
            id="between-pipes-brussels-is-the-town",
        ),
        pytest.param(
            "Le poste est basé à Bruxelles, dans nos bureaux.",
            "Bruxelles",
            "bruxelles",
            id="said-to-be-the-workplace",
        ),
    ],
)
def test_brussels_the_town_or_the_region(text, city, region):
    assert _place(text) == (city, region)


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        pytest.param(
            "Psychologue (h/f)\nLe poste est à Québec, au siège.",
            "Québec",
            "other",
            id="a-quebec-is-the-town",
        ),
        pytest.param(
            "Psychologue (h/f)\nUn organisme actif au Québec depuis 1980.",
            None,
            "other",
            id="au-quebec-the-province",
        ),
    ],
)
def test_au_names_a_province_a_names_a_town(text, city, region):
    assert _place(text) == (city, region)


@pytest.mark.parametrize(
    "text",
    [
        "Plus d'informations auprès de :\nVeerle JANSSENS\nResponsable RH\nCourriel : veerle.janssens@example.be",
        "Plus d'informations sur le statut peuvent être obtenues auprès de :\nCourriel : Veerle.Janssens@example.be",
    ],
    ids=["first-name-over-capital-surname", "first-name-in-a-mailbox"],
)
def test_a_first_name_that_is_also_a_village_is_no_workplace(text):
    assert find_place(Doc(text))["city"].value is None


def test_a_town_over_its_country_in_capitals_stays_a_town():
    assert _place("Lieu de travail :\nNamur BELGIQUE") == ("Namur", "wallonie")


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        ("Verpleegkundige (m/v/x)\n\nCampus: Sint-Jan (Genk)\nContract: onbepaalde duur", "Genk", "flandre"),
        (
            "Éducateur (h/f/x)\n\nLieu de travail : Marcinelle (Charleroi)\nContrat : CDI",
            "Marcinelle",
            "wallonie",
        ),
    ],
    ids=["a-site-named-like-a-village-then-its-town", "a-locality-of-the-town-in-brackets"],
)
def test_a_town_in_brackets_after_a_site(text, city, region):
    assert _place(text) == (city, region)


def test_a_belgian_village_named_like_a_town_of_a_posting_abroad_is_that_town():
    text = (
        "Directeur (h/f)\n\nÉTABLISSEMENT DE SANTÉ MENTALE DE L'EXEMPLE À BAILLEUL (NORD)\n\n"
        "L'établissement est situé entre Lille et Dunkerque."
    )
    city, region = _place(text)
    assert region == "other" and city in ("Bailleul", "Lille")


def test_lille_in_a_belgian_posting_stays_the_village():
    assert _place("Begeleider (m/v/x)\n\nWerkplaats: 2275 Lille\nContract: onbepaalde duur") == (
        "Lille",
        "flandre",
    )
