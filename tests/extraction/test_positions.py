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

PIPE_TABLE = """Centre Les Aulnes – nous recrutons pour deux fonctions

N° | Poste | Temps de travail | Contrat | Barème (CP 332)
---+-------+------------------+---------+----------------
1 | Psychologue clinicien·ne | mi-temps - 19h/semaine | CDI | 1.80
2 | Assistant·e social·e | 3/4 temps - 28h30/semaine | CDD 12 mois | 1.55

Candidatures au plus tard le 12 octobre 2026 à jobs@aulnes.example.
"""

TAB_TABLE = (
    "Het CGG Zonnedauw zoekt voor twee functies:\n\n"
    "Functie\tUurrooster\tContract\tBarema\n"
    "Psycholoog volwassenen\tvoltijds (38u)\tonbepaalde duur\tIFIC 15\n"
    "Maatschappelijk werker\thalftijds\tvervanging\tIFIC 14\n\n"
    "Solliciteren tot 3 maart 2027 via jobs@zonnedauw.example.\n"
)

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


NUMBERED_WITH_LABEL_WORD = """Les Aulnes – service de santé mentale
Rue Haute 4, 1000 Bruxelles

POSTE 1 – Assistant·e social·e (accueil)
• Contrat à durée indéterminée, mi-temps
• CP 330 – échelon 1.55

POSTE 2 – Psychologue clinicien·ne
• Contrat de remplacement, 19h/semaine
• CP 330 – barème 1.77

Candidatures jusqu'au 10 janvier 2027 : jobs@aulnes.example
"""

NUMBERED_WITH_ARTICLES = """Le Fil d'Ariane – centre de jour
Pour janvier, nous recherchons :

1) Un·e psychologue vacataire – groupes de parole
- Contrat à durée déterminée de six mois
- 8 heures par semaine

2) Un·e éducateur·rice spécialisé·e
- Contrat à durée indéterminée
- 4/5 temps (30h24 par semaine), CP 319.02

Candidatures jusqu'au 11 janvier 2027 via jobs@ariane.example.
"""

DUTCH_COMPOUND_TITLES = """Lokaal Bestuur Zonnedorp werft aan

1. Eerstelijnspsycholoog (m/v/x)
Contractueel – onbepaalde duur – 80% – niveau A (A1a-A3a)

2. Administratief medewerker onthaal (m/v/x)
Statutair – voltijds (38 uur per week) – niveau C (C1-C3)

Solliciteren tot 21 januari 2027 via www.zonnedorp.example/jobs.
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
        (
            PIPE_TABLE,
            [
                ("Psychologue clinicien·ne", "CDI", 0.5, "barème 1.80"),
                ("Assistant·e social·e", "CDD", 0.75, "barème 1.55"),
            ],
        ),
        (
            TAB_TABLE,
            [
                ("Psycholoog volwassenen", "CDI", 1.0, "IFIC 15"),
                ("Maatschappelijk werker", "remplacement", 0.5, "IFIC 14"),
            ],
        ),
        (
            NUMBERED_WITH_LABEL_WORD,
            [
                ("Assistant·e social·e (accueil)", "CDI", 0.5, "barème 1.55"),
                ("Psychologue clinicien·ne", "remplacement", None, "barème 1.77"),
            ],
        ),
        (
            NUMBERED_WITH_ARTICLES,
            [
                ("Psychologue vacataire - groupes de parole", "CDD", None, None),
                ("Éducateur·rice spécialisé·e", "CDI", 0.8, "CP 319.02"),
            ],
        ),
        (
            DUTCH_COMPOUND_TITLES,
            [
                ("Eerstelijnspsycholoog", "CDI", 0.8, "A1a-A3a"),
                ("Administratief medewerker onthaal", "statutaire", 1.0, "C1-C3"),
            ],
        ),
    ],
    ids=[
        "intro-and-dash-list",
        "capital-heads",
        "dutch-count-intro",
        "pipe-table-of-posts",
        "tab-table-of-posts",
        "numbered-with-label-word",
        "numbered-with-articles",
        "dutch-compound-titles",
    ],
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
