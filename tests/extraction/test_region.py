"""Region without a town: the area a list of towns covers, and postings that show they come from abroad."""

from __future__ import annotations

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.places import find_place


def _place(text: str) -> tuple[str | None, str | None]:
    found = find_place(Doc(text))
    return found["city"].value, found["region"].value


@pytest.mark.parametrize(
    ("text", "region"),
    [
        pytest.param(
            "Le projet couvre Ciney, Dinant, Rochefort et Beauraing et leurs environs.",
            "wallonie",
            id="listed-towns-of-one-region",
        ),
        pytest.param(
            "Je ondersteunt de OCMW's van Lier, Heist-op-den-Berg, Nijlen en Berlaar.",
            "flandre",
            id="listed-towns-dutch",
        ),
        pytest.param(
            "Le réseau relie des équipes de Lyon, Genève et Grenoble, chacune autonome.",
            None,
            id="listed-towns-abroad-give-none",
        ),
        pytest.param(
            "Nous couvrons Namur, Gent et Hasselt, chacune avec sa propre équipe.",
            None,
            id="listed-towns-of-several-regions-give-none",
        ),
    ],
)
def test_towns_listed_as_the_area_served_give_their_region(text, region):
    assert _place(text) == (None, region)


def test_a_town_said_to_be_the_workplace_beats_a_listed_area():
    text = "Le poste est basé à Namur.\nNous couvrons Dinant, Ciney, Rochefort et Beauraing."
    assert _place(text) == ("Namur", "wallonie")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rémunération : 48 000 $ à 61 000 $ par année selon l'expérience.", id="dollars-after"),
        pytest.param("Salary: £31,200 - £38,900 per annum pro rata.", id="pounds-before"),
        pytest.param("Salaire annuel brut : CHF 92'000, 13e salaire compris.", id="swiss-francs"),
        pytest.param(
            "Poste ouvert aux titulaires de la fonction publique hospitalière ou contractuels.",
            id="french-hospital-civil-service",
        ),
        pytest.param("Vous rejoignez l'équipe de l'EHPAD, 80 résidents.", id="french-care-home-acronym"),
        pytest.param(
            "Grade : infirmier en soins généraux de classe normale", id="french-civil-service-grade"
        ),
        pytest.param("Titulaire du diplôme d'État d'éducateur spécialisé.", id="french-state-diploma"),
        pytest.param("Mental health nurse for a NHS Foundation Trust community team.", id="nhs"),
        pytest.param("Un organisme reconnu partout au Québec pour son écoute.", id="the-province-of-quebec"),
        pytest.param("Vous maîtrisez le droit luxembourgeois de la jeunesse.", id="the-grand-duchys-law"),
        pytest.param("Être de nationalité suisse ou titulaire d'un permis valable.", id="nationality-asked"),
        pytest.param("Envoyez votre CV à recrutement@clinique-exemple.fr avant fin mai.", id="french-e-mail"),
        pytest.param("Renseignements : +33 4 72 00 00 00 (secrétariat).", id="french-phone"),
        pytest.param(
            "Psychologue pour l'association Les Alizés (Martinique), poste à temps plein.",
            id="country-in-brackets",
        ),
    ],
)
def test_a_posting_from_abroad_naming_no_town_is_other(text):
    assert _place(text) == (None, "other")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Salaire : 2 800 € brut par mois, barème CP 330.", id="euros-say-nothing"),
        pytest.param("Vous accompagnez des personnes âgées, entretien des locaux compris.", id="no-hint"),
        pytest.param(
            "Infos : jobs@asbl-exemple.be ou +32 2 000 00 00. Salaire indicatif : 3 000 $ US pour les missions.",
            id="a-belgian-domain-outweighs-a-currency",
        ),
        pytest.param("Contact : Ehpad Martin, une collègue.", id="acronym-must-be-written-in-capitals"),
        pytest.param("Infirmier en soins généraux, bachelier exigé.", id="soins-generaux-is-belgian-too"),
        pytest.param(
            "Une expérience à l'étranger (France, Suisse) est un atout.",
            id="country-in-brackets-after-a-word",
        ),
        pytest.param("Indien u interesse heeft, stuur een mail naar Ann.", id="dutch-indien-is-if-not-india"),
    ],
)
def test_no_hint_of_abroad(text):
    assert _place(text)[1] is None


def test_a_belgian_place_beats_a_hint_of_abroad():
    text = "Éducateur (h/f/x) à Charleroi. Expérience en EHPAD ou en maison de repos appréciée."
    assert _place(text) == ("Charleroi", "wallonie")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        pytest.param("Duty station: Palestine", "other", id="palestine-is-a-country"),
        pytest.param("Lieu de travail : RDC", "other", id="rdc-is-congo"),
        pytest.param("Location: UK (remote within the country)", "other", id="uk"),
        pytest.param(
            "Location United States\nNumber of openings 1", "other", id="portal-field-without-colon"
        ),
    ],
)
def test_countries_written_the_everyday_way(text, region):
    assert _place(text) == (None, region)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        pytest.param(
            "Vous accompagnez des patients bruxellois en situation de précarité.",
            "bruxelles",
            id="bruxellois",
        ),
        pytest.param("Je kent het Brusselse welzijnslandschap.", "bruxelles", id="brusselse"),
        pytest.param(
            "Vous animez des ateliers dans les écoles liégeoises partenaires.", "wallonie", id="liegeois"
        ),
        pytest.param("Le service est agréé par le pouvoir régional wallon.", "wallonie", id="wallon"),
        pytest.param("Je begeleidt jongeren in het Gentse jeugdwerk.", "flandre", id="gentse"),
        pytest.param(
            "Je werkt samen met de West-Vlaamse huisartsenkringen.", "flandre", id="province-adjective"
        ),
        pytest.param("Le bilinguisme français-flamand est un atout.", None, id="flamand-is-a-language"),
        pytest.param("Je werkt voor de Vlaamse Gemeenschap.", None, id="vlaamse-is-no-region"),
        pytest.param("Nous sillonnons l'Ardenne luxembourgeoise.", None, id="luxembourgeois-is-ambiguous"),
        pytest.param(
            "Nos partenaires bruxellois et wallons vous accueillent.", None, id="two-regions-name-none"
        ),
        pytest.param(
            "Bonne connaissance de l'environnement sociopolitique bruxellois.",
            None,
            id="knowledge-asked-of-the-candidate",
        ),
        pytest.param("Je hebt ervaring met het Antwerpse welzijnswerk.", None, id="experience-asked-dutch"),
    ],
)
def test_an_adjective_of_one_region(text, region):
    assert _place(text) == (None, region)


def test_a_town_beats_an_adjective():
    assert _place("Poste basé à Namur, au cœur du réseau bruxellois.") == ("Namur", "wallonie")
