"""Announcements of several posts: each post becomes its own position with its own fields."""

import pytest

from ingest.extraction import extract

INTRO_AND_DASH_LIST = """La Maison médicale Les Glycines (Ixelles) s'agrandit !

Nous cherchons :

– un·e médecin généraliste, 8/10 temps, CDI, barème FMM
– un·e infirmier·ère, 4/5 temps, CDI, IFIC 14
– un·e accueillant·e, temps plein, CDD de 12 mois, CP 330

Candidatures au plus tard le 31 mai 2026 à jobs@glycines.example.
"""

CAPITAL_HEADS = """Clinique psychiatrique Les Peupliers – Postes vacants

Notre hôpital recrute :

PSYCHOLOGUE CLINICIEN·NE – Unité adolescents
CDI à mi-temps (19h). Barème IFIC 15.

ASSISTANT·E SOCIAL·E – Service de liaison
CDD de remplacement de 6 mois, temps plein. IFIC 14.

Candidatures pour le 15 octobre 2025 à rh@peupliers.example.
"""

DUTCH_COUNT_INTRO = """Het CGG De Linde heeft twee vacatures

• Psychiater (m/v/x) voor het team volwassenen – voltijds, contract van onbepaalde duur.
• Psycholoog (m/v/x) voor het team kinderen – halftijds (19u/week), contract van bepaalde duur.

Solliciteren tot en met 21 juni 2026 via vacatures@delinde.example.
"""


def positions(text: str) -> list[dict]:
    return extract(text).as_contract_document()["positions"]


def fields(position: dict, *names: str) -> tuple:
    return tuple(position.get(name) for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            INTRO_AND_DASH_LIST,
            [
                ("Médecin généraliste", "CDI", 0.8, "barème FMM"),
                ("Infirmier·ère", "CDI", 0.8, "IFIC 14"),
                ("Accueillant·e", "CDD", 1.0, "CP 330"),
            ],
        ),
        (
            CAPITAL_HEADS,
            [
                ("Psychologue clinicien·ne", "CDI", 0.5, "IFIC 15"),
                ("Assistant·e social·e", "remplacement", 1.0, "IFIC 14"),
            ],
        ),
        (DUTCH_COUNT_INTRO, [("Psychiater", "CDI", 1.0, None), ("Psycholoog", "CDD", 0.5, None)]),
    ],
    ids=["intro-and-dash-list", "capital-heads", "dutch-count-intro"],
)
def test_each_post_gets_its_own_fields(text, expected):
    got = [fields(p, "role", "contract_type", "fte", "pay_scale") for p in positions(text)]
    assert [(role.lower(), *rest) for role, *rest in got] == [
        (role.lower(), *rest) for role, *rest in expected
    ]


def test_the_top_level_describes_the_first_post_and_shares_the_deadline():
    result = extract(INTRO_AND_DASH_LIST).as_contract_document()
    assert (result["role"].lower(), result["fte"], result["deadline"]) == (
        "médecin généraliste",
        0.8,
        "2026-05-31",
    )
    assert all(p.get("deadline", result["deadline"]) == "2026-05-31" for p in result["positions"])


def test_a_single_post_is_one_position():
    single = extract("Psychologue (h/f/x)\n\nLe SSM Le Pont engage un·e psychologue à mi-temps, en CDI.")
    assert single.position_count() == 1 and "positions" not in single.as_contract_document()
