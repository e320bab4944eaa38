"""Vacancy or not: look-alike documents written for these tests, grouped by kind."""

import pytest

from ingest.extraction.classify import classify
from ingest.extraction.document import Doc
from ingest.extraction.fields.role import find_role

CASES = {
    "vacancy": [
        "Offre d'emploi\nL'ASBL Le Pont recrute un·e assistant·e social·e (h/f/x) en CDI temps plein.\n"
        "Votre profil : bachelier AS. Nous offrons un contrat à durée indéterminée.\n"
        "Envoyez CV et lettre de motivation à jobs@lepont.be avant le 12/04/2027.",
        "Vacature\nCGG De Brug zoekt een psycholoog (m/v/x) voor 4/5.\nWij bieden een contract van onbepaalde duur.\n"
        "Solliciteren kan tot 1 mei 2027 via jobs@debrug.be.",
        "We're hiring! Our Brussels office is looking for a Project Officer (mental health).\n"
        "We offer a full-time contract. Send your CV and cover letter to hr@ngo.example.org.",
    ],
    "meeting_report": [
        "Compte rendu de la réunion du 4 mars 2026\nPrésents : A. Martin, B. Peeters\nExcusés : C. Dubois\n"
        "Tour de table : le SSM recrute une psychologue, l'offre circule par mail.\nProchaine réunion le 8 avril.",
        "Verslag overleg netwerk GGZ\nAanwezig: Els, Tom\nVerontschuldigd: Ann\n"
        "Het CAW zoekt nog een maatschappelijk werker. Volgende vergadering: 12 juni.",
    ],
    "event": [
        "Colloque « Santé mentale et précarité »\nJeudi 14 mai 2026, 9h-16h30, Namur\n"
        "Programme de la journée : accueil des participants, tables rondes.\nInscription gratuite via info@colloque.be. PAF : 20 €.",
    ],
    "training": [
        "Formation : l'entretien motivationnel\nCycle de formation en 4 modules pour psychologues et assistants sociaux.\n"
        "Formatrice : Dr. Anne Lambert. Prix de la formation : 240 €. Places limitées, inscription avant le 1er mars.",
    ],
    "internship": [
        "Offre de stage – psychologie clinique\nLe service accueille un·e stagiaire de master 2 pour l'année académique 2026-2027.\n"
        "Stage non rémunéré, convention de stage avec l'université. Envoyez CV et lettre de motivation à stages@ssm.be.",
    ],
    "volunteer_call": [
        "Appel à bénévoles\nNotre maison d'accueil cherche des bénévoles pour animer des ateliers quelques heures par mois.\n"
        "Défraiement prévu. Intéressé·e ? Écrivez à benevolat@accueil.be.",
    ],
    "closed": [
        "Psychologue (h/f/x) – mi-temps\nLe poste a été pourvu. Merci à toutes les personnes qui ont postulé.",
    ],
}


@pytest.mark.parametrize(
    ("kind", "text"),
    [(kind, text) for kind, texts in CASES.items() for text in texts],
    ids=[f"{kind}-{i}" for kind, texts in CASES.items() for i in range(len(texts))],
)
def test_document_kind(kind, text):
    doc = Doc(text)
    verdict = classify(doc, role_found=bool(find_role(doc)))
    assert verdict.is_vacancy == (kind == "vacancy"), verdict.scores
    assert verdict.kind == kind, verdict.scores
