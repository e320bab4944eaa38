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


@pytest.mark.parametrize(("text", "role", "category"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role(text, role, category):
    found = find_role(Doc(text))
    assert found["role"].value == role
    assert found["role_category"].value == category


def test_a_post_named_direction_is_still_a_post():
    found = find_role(Doc("Direction médicale (h/f/x)\n\nLe SSM Les Tilleuls engage son directeur médical."))
    assert found["role_category"].value == "direction"
