"""The role as advertised: praise around it is dropped, a department heading is not a post."""

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.role import find_role

CASES = [
    (
        "dutch-praise-before-the-role",
        "Voor ons team Jeugd in Gent zoeken we een gedreven psycholoog (m/v/x) die jongeren begeleidt.",
        "Psycholoog",
        "psychologue",
    ),
    (
        "french-praise-after-the-role",
        "L'ASBL Le Passage recherche un·e éducateur·rice motivé·e pour son centre de jour.",
        "Éducateur·rice",
        "educateur",
    ),
    (
        "english-praise-before-the-role",
        "Open Doors Brussels is looking for an experienced social worker to join its intake team.",
        "Social worker",
        "assistant_social",
    ),
    (
        "named-department-above-the-title",
        "Service public régional\nDirection Santé et Aide aux personnes\n\nAssistant·e administratif·ve (niveau C)\n\n"
        "Tâches : suivi des dossiers d'agrément.",
        "Assistant·e administratif·ve",
        "administratif",
    ),
]


CASES += [
    (
        "gender-marker-closes-an-unknown-title",
        "Accompagnant·e Familles Jeunes Parents (h/f/x)\nOffice régional de l'enfance\nCode de sélection\nXYZ1",
        "Accompagnant·e Familles Jeunes Parents",
        "other",
    ),
    (
        "gender-marker-title-of-no-category",
        "Chargé·e d'intendance des sites (m/f/x)\nSPF Exemple\nType de contrat\nStatutaire",
        "Chargé·e d'intendance des sites",
        "other",
    ),
    (
        "reference-code-before-the-title",
        "2027-114 Médiateur interculturel - langue arabe - CDI\nDétails de la société",
        "Médiateur interculturel",
        "other",
    ),
    (
        "caps-site-word-glued-to-the-title",
        "VACATURESMaatschappelijk werker wijkproject (M/V/X)\nHet OCMW zoekt een maatschappelijk werker.",
        "Maatschappelijk werker wijkproject",
        "assistant_social",
    ),
    (
        "dutch-inclusive-st",
        "Gemeente Lovendegem\nVacature maatschappelijk werk(st)er\nWat\nJe begeleidt cliënten.",
        "Maatschappelijk werk(st)er",
        "assistant_social",
    ),
    (
        "dutch-compound-on-arts",
        "VACATURE CENTRUMARTS\nWerkgever\nHet centrum zoekt een arts voor de medische opvolging.",
        "Centrumarts",
        "medecin",
    ),
    (
        "plural-title-of-a-notice",
        "Travailleurs sociaux (m/f/x) pour la Communauté germanophone\nCode de sélection\nAFC1",
        "Travailleurs sociaux",
        "assistant_social",
    ),
    (
        "list-after-the-recruiting-verb",
        "La Ligue engage :\n- un·e Chargé·e de recherche en sociologie – CDD – temps plein ;\n- un·e comptable.",
        "Chargé·e de recherche en sociologie",
        "recherche",
    ),
    (
        "inclusive-article-in-a-job-description",
        "CONTEXTE\nLe réseau structure le trajet de soins.\nDESCRIPTION DU POSTE\n"
        "Le/la chargé·e de projet coordonne les étapes du trajet.",
        "Chargé·e de projet",
        "charge_de_projets",
    ),
    (
        "labelled-post-proposed",
        "Hôpital de Sainte-Colline\nPublié le 2 mars 2027\nPoste proposé\nPsychologue en équipe mobile\nContrat\nCDD",
        "Psychologue en équipe mobile",
        "psychologue",
    ),
    (
        "discipline-is-not-the-doctor",
        "Médecine pour Tous / Molenbeek\nMédecine pour Tous recrute !\nNous cherchons un médecin généraliste.",
        "Médecin généraliste",
        "medecin",
    ),
]


@pytest.mark.parametrize(("text", "role", "category"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role(text, role, category):
    found = find_role(Doc(text))
    assert found["role"].value == role
    assert found["role_category"].value == category


def test_a_post_named_direction_is_still_a_post():
    found = find_role(Doc("Direction médicale (h/f/x)\n\nLe SSM Les Tilleuls engage son directeur médical."))
    assert found["role_category"].value == "direction"
