"""The kind of contract: the values of SCHEMA.md, from labels and phrases in French, Dutch and English."""

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.contract import find_contract


def contract(text: str) -> str | None:
    found = find_contract(Doc(text))
    return found["contract_type"].value if found else None


CASES = [
    ("cdi", "Nous offrons un CDI à temps plein.", "CDI"),
    (
        "french-civil-service-permanent-post",
        "Type d'emploi : Emploi permanent\nPoste à pourvoir prioritairement par voie statutaire.",
        "statutaire",
    ),
    ("duree-indeterminee", "Contrat à durée indéterminée, entrée immédiate.", "CDI"),
    ("cdd", "CDD de 12 mois, renouvelable.", "CDD"),
    ("cdd-then-possible-cdi", "Un CDD d'un an avec possibilité de CDI par la suite.", "CDD"),
    ("portal-label", "Type de contrat : Durée déterminée\nTemps de travail : Temps plein", "CDD"),
    ("replacement-wins", "CDD de remplacement (congé de maternité) jusqu'en juin.", "remplacement"),
    ("statutaire", "Emploi statutaire de niveau A1, nomination après stage.", "statutaire"),
    ("independant", "Collaboration sous statut d'indépendant, 2 jours par semaine.", "independant"),
    ("dutch-onbepaalde-duur", "Wij bieden een contract van onbepaalde duur.", "CDI"),
    ("dutch-bepaalde-duur", "Contract van bepaalde duur (1 jaar) met kans op verlenging.", "CDD"),
    ("dutch-vervanging", "Vervangingscontract voor 6 maanden.", "remplacement"),
    ("english-permanent", "Contract: permanent, full-time.", "CDI"),
    ("english-fixed-term", "Contract: fixed-term (24 months), 0.6 FTE.", "CDD"),
    ("none-written", "Psychologue pour notre équipe adultes, à Namur.", None),
    (
        "independent-housing-is-no-contract",
        "Vous accompagnez les résidents vers un logement indépendant.",
        None,
    ),
    ("volunteering-in-a-description", "Accompagnement vers la formation, l'emploi ou le bénévolat.", None),
    (
        "dutch-volunteering-in-tasks",
        "Je zoekt samen met de bewoner naar vrijwilligerswerk of een opleiding.",
        None,
    ),
    ("volunteer-post", "Mission bénévole de deux heures par semaine.", "benevolat"),
    ("labelled-independent", "Type de contrat : Indépendant\nLieu : Namur", "independant"),
    ("labelled-dutch-permanent", "Type contract\nVast\n", "CDI"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_contract_type(text, expected):
    assert contract(text) == expected


def test_a_contract_promised_later_is_not_the_one_offered():
    assert contract("CDD d'un an, avec perspective de CDI.") == "CDD"
