"""Postings written for these tests (fictional employers)."""

VACANCY_FR = """Offre d'emploi – Psychologue clinicien·ne (h/f/x)

L'ASBL Les Tilleuls recrute un·e psychologue clinicien·ne pour son Service de Santé Mentale.

Lieu de travail : Rue de la Victoire 12, 1060 Saint-Gilles
Contrat : CDI à mi-temps (19h/semaine)
Rémunération : barème IFIC catégorie 15
Entrée en fonction : dès que possible

Votre profil : master en psychologie clinique, maîtrise du français et du néerlandais.

Envoyez votre CV et une lettre de motivation à recrutement@lestilleuls.be au plus tard le 15 mars 2027.
"""

VACANCY_NL = """Vacature: maatschappelijk werker (m/v/x)

Het CAW Scheldeland zoekt een maatschappelijk werker voor zijn onthaalteam in Gent.

Wij bieden een contract van onbepaalde duur, voltijds (38u/week), verloning volgens IFIC-categorie 14.
Startdatum: zo snel mogelijk.
Kennis van het Frans is een troef.

Solliciteren kan tot en met 28 februari 2027 via vacatures@caw-scheldeland.be.
"""

MEETING_REPORT = """Compte rendu de la réunion du groupe de travail santé mentale – 12 mai 2026

Présents : Marie, Joris, Fatima, Claire
Excusés : Bernard

1. Tour de table
Chaque service présente ses actualités. Le centre de jour cherche encore des bénévoles pour son potager.

2. Prochaine réunion
La prochaine réunion aura lieu le 9 juin 2026 à 14h. Contact : secretariat@reseau-exemple.be
"""
