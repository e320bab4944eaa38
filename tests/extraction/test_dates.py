"""find_dates: the deadline and the start date, in French and Dutch, with the dates that are neither."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.dates import find_dates

D = date

# (text, today, deadline, start_date)
WRITTEN_FORMS = [
    pytest.param("Date limite : 01/06/2025", None, D(2025, 6, 1), None, id="slashes-dmy"),
    pytest.param("Date limite : 1/6/25", None, D(2025, 6, 1), None, id="short-year"),
    pytest.param("Date limite : 01.06.2025", None, D(2025, 6, 1), None, id="dots"),
    pytest.param("Date limite : 2025-06-01", None, D(2025, 6, 1), None, id="iso"),
    pytest.param("Date limite : 1er juin 2025", None, D(2025, 6, 1), None, id="premier-juin"),
    pytest.param(
        "Clôture des candidatures le lundi 20 juin 2025.",
        None,
        D(2025, 6, 20),
        None,
        id="weekday-day-month-year",
    ),
    pytest.param(
        "Les candidatures sont attendues au plus tard le 3 sept. 2025.",
        None,
        D(2025, 9, 3),
        None,
        id="abbreviated-sept",
    ),
    pytest.param("Date butoir : 14 févr. 2026", None, D(2026, 2, 14), None, id="abbreviated-fevr"),
    pytest.param("Uiterste datum: 20 juni 2025", None, D(2025, 6, 20), None, id="nl-label-juni"),
    pytest.param("Deadline: June 1st, 2025", None, D(2025, 6, 1), None, id="en-month-first"),
    pytest.param(
        "Date limite : vendredi 4 juillet 2025 à midi", None, D(2025, 7, 4), None, id="label-with-hour"
    ),
]

DEADLINE_CUES = [
    pytest.param(
        "Vous pouvez postuler jusqu'au 15 mai 2025 via notre site.",
        None,
        D(2025, 5, 15),
        None,
        id="postuler-jusqu-au",
    ),
    pytest.param(
        "Merci d'envoyer votre dossier avant le 30 avril 2025.",
        None,
        D(2025, 4, 30),
        None,
        id="envoyer-avant-le",
    ),
    pytest.param(
        "Les candidatures sont à adresser pour le 12 mars 2026 à la direction.",
        None,
        D(2026, 3, 12),
        None,
        id="candidatures-pour-le",
    ),
    pytest.param(
        "Solliciteren kan tot 10 oktober 2025 via het formulier.",
        None,
        D(2025, 10, 10),
        None,
        id="nl-solliciteren-tot",
    ),
    pytest.param(
        "Stuur je cv uiterlijk op 5 januari 2026 naar de directie.",
        None,
        D(2026, 1, 5),
        None,
        id="nl-uiterlijk",
    ),
    pytest.param(
        "Kandidaturen ten laatste 28 februari 2026.", None, D(2026, 2, 28), None, id="nl-ten-laatste"
    ),
    pytest.param("Reageren vóór 1 december 2025.", None, D(2025, 12, 1), None, id="nl-reageren-voor"),
    pytest.param(
        "Sluitingsdatum van de vacature tot 30 mei 2025",
        None,
        D(2025, 5, 30),
        None,
        id="nl-sluitingsdatum-then-tot",
    ),
    pytest.param(
        "Selectieprocedure begeleider: afsluitdatum 25 april 2027.",
        None,
        D(2027, 4, 25),
        None,
        id="nl-afsluitdatum",
    ),
    pytest.param(
        "Les candidatures sont acceptées jusqu'au 2 décembre 2026. L'invitation à la première épreuve sera "
        "envoyée au plus tard le 15 janvier 2027.",
        None,
        D(2026, 12, 2),
        None,
        id="fr-invitation-to-the-test-at-the-latest-is-no-deadline",
    ),
    pytest.param(
        "De uitnodiging voor het selectiegesprek volgt uiterlijk op 20 maart 2027.",
        None,
        None,
        None,
        id="nl-invitation-at-the-latest-is-no-deadline",
    ),
    pytest.param(
        "Envoyez votre candidature pour l'entretien au plus tard le 3 mars 2027.",
        None,
        D(2027, 3, 3),
        None,
        id="fr-applying-for-the-interview-is-a-deadline",
    ),
    pytest.param(
        "Afsluitdatum\n12/03/2027\nPlaats\nGent", None, D(2027, 3, 12), None, id="nl-afsluitdatum-label"
    ),
    pytest.param(
        "Opgelet! Je moet uiterlijk 31/12/2027 in dienst kunnen treden.",
        None,
        None,
        None,
        id="nl-latest-day-to-take-up-the-post-is-no-deadline",
    ),
    pytest.param(
        "Vous devez pouvoir entrer en fonction au plus tard le 1er mars 2027.",
        None,
        None,
        D(2027, 3, 1),
        id="fr-take-up-the-post-at-the-latest-is-the-start",
    ),
    pytest.param(
        "Envoyez votre candidature le 9 mai 2025 au plus tard.",
        None,
        D(2025, 5, 9),
        None,
        id="au-plus-tard-after-date",
    ),
    pytest.param(
        "Il est encore possible de répondre jusqu'au 2 juin 2025.",
        None,
        D(2025, 6, 2),
        None,
        id="repondre-jusqu-au",
    ),
    pytest.param(
        "Merci de nous faire parvenir votre candidature d'ici le 22/08/2025.",
        None,
        D(2025, 8, 22),
        None,
        id="d-ici-le",
    ),
    pytest.param(
        "Délai de candidature : 15 septembre 2025", None, D(2025, 9, 15), None, id="delai-de-candidature"
    ),
    pytest.param("Clôture : 15/09/2025", None, D(2025, 9, 15), None, id="cloture-alone"),
    pytest.param("Inschrijven kan tot 12 mei 2025.", None, D(2025, 5, 12), None, id="nl-inschrijven-tot"),
    pytest.param(
        "Entrée en fonction le 1er septembre 2025 au plus tard.",
        None,
        None,
        D(2025, 9, 1),
        id="au-plus-tard-about-the-start",
    ),
]

NOT_DEADLINES = [
    pytest.param("Publié le 3 mars 2025\nOffre pour un éducateur.", None, None, None, id="published-cue"),
    pytest.param("Date de publication : 12/02/2025", None, None, None, id="published-label"),
    pytest.param("Mis à jour le 20/05/2025. Nous cherchons un infirmier.", None, None, None, id="updated"),
    pytest.param(
        "Les entretiens auront lieu le 30 juin 2025 dans nos locaux.", None, None, None, id="interviews"
    ),
    pytest.param(
        "Une épreuve écrite le 14 octobre 2025 sera organisée.", None, None, None, id="written-test"
    ),
    pytest.param(
        "De gesprekken op 12 november 2025 vinden plaats in Gent.", None, None, None, id="nl-gesprekken"
    ),
    pytest.param(
        "Contrat : CDD jusqu'au 31 décembre 2026.", None, None, None, id="cdd-until-is-contract-end"
    ),
    pytest.param(
        "Remplacement d'un congé de maternité jusqu'au 15/01/2026.", None, None, None, id="replacement-until"
    ),
    pytest.param("Tijdelijk contract tot eind 2026, voltijds.", None, None, None, id="nl-tot-eind-year"),
    pytest.param("Séance d'information le 5 mai 2025 à 18h.", None, None, None, id="information-session"),
    pytest.param("Date limite : dès que possible", None, None, None, id="asap-is-no-deadline"),
    pytest.param("Un poste à 4/5 temps, soit 30h/semaine.", None, None, None, id="fraction-is-no-date"),
]

YEARS = [
    pytest.param(
        "Publié le 10/05/2025. Candidatures jusqu'au 20 juin.",
        None,
        D(2025, 6, 20),
        None,
        id="year-after-publication",
    ),
    pytest.param(
        "Publié le 10/11/2025. Date limite : 15 janvier.",
        None,
        D(2026, 1, 15),
        None,
        id="year-rolls-over-after-publication",
    ),
    pytest.param(
        "Entrée en fonction le 1er septembre 2025. Postulez avant le 20 juin.",
        None,
        D(2025, 6, 20),
        D(2025, 9, 1),
        id="year-from-other-full-date",
    ),
    pytest.param(
        "Date limite : 20 juin. Budget 2025 de la Région.",
        None,
        D(2025, 6, 20),
        None,
        id="year-from-bare-year",
    ),
    pytest.param("Uiterlijk 3 maart reageren.", D(2025, 11, 20), D(2026, 3, 3), None, id="year-from-today"),
    pytest.param(
        "Rue X 3, 2018 Antwerpen. Uiterlijk 3 maart.", None, None, None, id="postcode-is-no-bare-year"
    ),
    pytest.param(
        "Date limite : 20 juin. Saison 2025-2026.", None, D(2025, 6, 20), None, id="earliest-of-a-season"
    ),
    pytest.param(
        "Décret du 5 mars 2004. Publié le 02/02/2026. Date limite : 1 mars.",
        None,
        D(2026, 3, 1),
        None,
        id="old-law-date-ignored",
    ),
    pytest.param("Postuler avant le 15 mai.", None, None, None, id="no-year-knowable"),
    pytest.param(
        "Date limite : le 20/06. Publié le 02.05.2025", None, D(2025, 6, 20), None, id="short-numeric-label"
    ),
]

STARTS = [
    pytest.param(
        "Le réseau s'est mis en place à partir de septembre 2015 dans la province.",
        None,
        None,
        None,
        id="history-is-not-a-start",
    ),
    pytest.param(
        "Publié le 4 mars 2027\nLe centre est ouvert à partir du 1er janvier 2027 à Namur.",
        None,
        None,
        None,
        id="start-before-publication-is-context",
    ),
    pytest.param("Entrée en fonction : dès que possible", None, None, "asap", id="label-asap"),
    pytest.param("Prise de fonction au plus vite.", None, None, "asap", id="au-plus-vite"),
    pytest.param("Startdatum: onmiddellijk", None, None, "asap", id="nl-onmiddellijk"),
    pytest.param("Indiensttreding zo snel mogelijk.", None, None, "asap", id="nl-zo-snel-mogelijk"),
    pytest.param("Date d'entrée : 1er octobre 2025", None, None, D(2025, 10, 1), id="label-date"),
    pytest.param("Poste à pourvoir à partir du 15 août 2025.", None, None, D(2025, 8, 15), id="a-partir-du"),
    pytest.param("Te starten op 2 februari 2026.", None, None, D(2026, 2, 2), id="nl-te-starten-op"),
    pytest.param(
        "Publié le 02/06/2025. Entrée en fonction : début octobre.",
        None,
        None,
        D(2025, 10, 1),
        id="month-only-inferred-year",
    ),
    pytest.param(
        "Début de contrat courant septembre 2025.", None, None, D(2025, 9, 1), id="courant-septembre"
    ),
    pytest.param("Indiensttreding vanaf september 2026.", None, None, D(2026, 9, 1), id="nl-vanaf-maand"),
    pytest.param("Entrée en fonction en janvier 2026.", None, None, D(2026, 1, 1), id="en-janvier-year"),
    pytest.param("Entrée en fonction : début octobre.", None, None, None, id="month-without-year-unknowable"),
    pytest.param(
        "Envoyez votre candidature dès que possible.", None, None, None, id="asap-apply-is-no-start"
    ),
    pytest.param("CDD du 1/9 au 31/12/2026.", None, None, D(2026, 9, 1), id="contract-period-start"),
]

MORE_STARTS = [
    pytest.param("Entrée : 3 mars 2026.", None, None, D(2026, 3, 3), id="entree-alone"),
    pytest.param("Entrée souhaitée le 1er juillet 2025.", None, None, D(2025, 7, 1), id="entree-souhaitee"),
    pytest.param(
        "Bourse de quatre ans. Début le 1er octobre 2026.", None, None, D(2026, 10, 1), id="debut-le"
    ),
    pytest.param(
        "Halftijds contract, start 1 januari 2026.", None, None, D(2026, 1, 1), id="nl-start-adjacent"
    ),
    pytest.param("Start date: January 2026.", None, None, D(2026, 1, 1), id="en-month-and-year"),
    pytest.param(
        "Entrée en fonction : avril 2026.", None, None, D(2026, 4, 1), id="month-and-year-after-cue"
    ),
    pytest.param(
        "Durée : de juillet 2025 à fin mars 2026.", None, None, None, id="duration-months-are-no-start"
    ),
    pytest.param(
        "Solliciteren tot 12 maart 2027.\n- Indiensttreding in de loop van april.",
        None,
        D(2027, 3, 12),
        D(2027, 4, 1),
        id="nl-in-de-loop-van",
    ),
    pytest.param(
        "Candidatures jusqu'au 5 mars 2027. Entrée en fonction dans le courant du mois d'avril.",
        None,
        D(2027, 3, 5),
        D(2027, 4, 1),
        id="fr-mois-d-avril",
    ),
]
MORE_DEADLINES = [
    pytest.param(
        "Applications must reach us by 23:59 CET on 10 January 2027. Interviews: 18 to 29 January 2027.",
        None,
        D(2027, 1, 10),
        None,
        id="en-must-reach-us-by-time-on-date",
    ),
    pytest.param(
        "Appel à candidatures ouvert du 1er au 31 mai 2025.",
        None,
        D(2025, 5, 31),
        None,
        id="application-period-end",
    ),
    pytest.param(
        "Date limite : du 2/5 au 16/5/2025, cachet de la poste.",
        None,
        D(2025, 5, 16),
        None,
        id="deadline-cue-then-period",
    ),
    pytest.param("Deadline: 15th of June 2025", None, D(2025, 6, 15), None, id="label-read-by-dateparser"),
    pytest.param("Date limite : dans deux semaines", None, None, None, id="no-relative-dates"),
    pytest.param("Closing date: 14 November 2025", None, D(2025, 11, 14), None, id="en-closing-date"),
    pytest.param(
        "Interesse? Mail voor 30 september 2025 naar de coördinator.",
        None,
        D(2025, 9, 30),
        None,
        id="nl-mail-voor",
    ),
    pytest.param(
        "Deadline: 20 March 2026. Start: as soon as possible.",
        None,
        D(2026, 3, 20),
        "asap",
        id="en-deadline-and-asap-start",
    ),
]

CLOSED = [
    pytest.param(
        "Cette offre est clôturée depuis le 12 mai 2025.", None, D(2025, 5, 12), None, id="closed-since"
    ),
]

REALISTIC = [
    pytest.param(
        "Offre publiée le 14/03/2025\nLieu de travail : Bruxelles\nEntrée en fonction : début mai\n"
        "Date limite de dépôt des candidatures : le lundi 7 avril 2025\n"
        "Les entretiens de sélection auront lieu le 15 avril 2025.",
        None,
        D(2025, 4, 7),
        D(2025, 5, 1),
        id="posting-fr",
    ),
    pytest.param(
        "Vacature maatschappelijk werker\nGepubliceerd op 2 september 2025\nContract van bepaalde duur tot 30 juni 2026.\n"
        "Solliciteren kan tot en met 26 september. Startdatum: 1 november.",
        None,
        D(2025, 9, 26),
        D(2025, 11, 1),
        id="posting-nl",
    ),
    pytest.param(
        "Nous engageons un assistant social en CDD jusqu'au 31/08/2026.\n"
        "Les candidatures sont à envoyer jusqu'au 18 juillet 2025 à jobs@exemple.be.",
        None,
        D(2025, 7, 18),
        None,
        id="contract-until-then-apply-until",
    ),
    pytest.param(
        "Start: 1 mei 2027 of zo snel mogelijk daarna.",
        None,
        None,
        D(2027, 5, 1),
        id="date-before-its-asap-fallback",
    ),
    pytest.param("- Onmiddellijke indiensttreding.", None, None, "asap", id="onmiddellijke-indiensttreding"),
    pytest.param(
        "Les candidatures doivent être introduites via le formulaire disponible sur https://emploi.example.be/DRH-14, "
        "au plus tard le 31 mars 2026 à 23h59.",
        None,
        D(2026, 3, 31),
        None,
        id="available-on-a-form-is-not-about-the-start",
    ),
    pytest.param(
        "Please send your CV (max. 2 pages) and a letter (max. 1 page), in English, to jobs@example.eu, "
        "by midnight CET on Sunday 14 March 2027.",
        None,
        D(2027, 3, 14),
        None,
        id="english-by-midnight-after-abbreviations",
    ),
]

# Labels and cues of English notices, French portals and international organisations.
LABELS_EVERY_WAY = [
    pytest.param(
        "Deadline for applications: 2nd of May 2026", None, D(2026, 5, 2), None, id="en-day-of-month"
    ),
    pytest.param(
        "Date de limite de candidatures 12 juin. 2026", None, D(2026, 6, 12), None, id="date-de-limite"
    ),
    pytest.param("Échéance\n\n4 Avril 2026 Dans 3 semaines", None, D(2026, 4, 4), None, id="echeance-label"),
    pytest.param("Expiration Date\n\n9 Jun 2026", None, D(2026, 6, 9), None, id="expiration-date-label"),
    pytest.param(
        "Deadline for Applications\n\nNovember 3, 2026", None, D(2026, 11, 3), None, id="en-label-above-mdy"
    ),
    pytest.param("The vacancy closes on 8 May 2026.", None, D(2026, 5, 8), None, id="en-vacancy-closes"),
    pytest.param(
        "Applications will close on 1 June 2026.", None, D(2026, 6, 1), None, id="en-applications-close"
    ),
    pytest.param("Target Start Date\n\n2026-02-02", None, None, D(2026, 2, 2), id="en-target-start-label"),
    pytest.param("Starting date : May 2026", None, None, D(2026, 5, 1), id="en-may-with-a-year"),
    pytest.param("You may 2026 … no.", None, None, None, id="en-may-without-a-cue"),
    pytest.param(
        "The candidate would start in March 2026.", None, None, D(2026, 3, 1), id="en-start-in-month"
    ),
    pytest.param(
        "Candidatures acceptées à partir du 1er mai 2026.",
        None,
        None,
        None,
        id="when-applying-opens-is-no-start",
    ),
    pytest.param("Poste à pourvoir dès maintenant.", None, None, "asap", id="des-maintenant"),
    pytest.param("Vous pouvez postuler dès maintenant.", None, None, None, id="apply-now-is-no-start"),
    pytest.param(
        "Le jeune doit obtenir immédiatement une réponse du service.",
        None,
        None,
        None,
        id="adverb-is-no-start",
    ),
    pytest.param("Immediate start in our Ghent office.", None, None, "asap", id="en-immediate-start"),
    pytest.param(
        "Le centre recrute un infirmier d'août 2026 à mai 2027 pour un remplacement.",
        None,
        None,
        D(2026, 8, 1),
        id="period-of-months-d-aout-a-mai",
    ),
    pytest.param(
        "Un contrat de septembre 2026 à juin 2027.",
        None,
        None,
        D(2026, 9, 1),
        id="period-de-septembre-a-juin",
    ),
    pytest.param(
        "Publiée le 02/01/2027\nLa réforme est entrée en vigueur le 1er janvier 2021.\nPoste à pourvoir le\n01/04/2027",
        None,
        None,
        D(2027, 4, 1),
        id="a-law-in-force-is-no-start-and-the-next-date-stands",
    ),
    pytest.param(
        "Envoyez votre CV à l'adresse projets@asbl.example, pour le 12 mars 2027 au plus tard.",
        None,
        D(2027, 3, 12),
        None,
        id="the-words-of-an-address-are-no-topic",
    ),
]


# Wordings met on real postings.
POSTING_PERIODS_AND_HEADERS = [
    pytest.param(
        "Période d'affichage : du 2027-03-01 au 2027-03-15\nStatut : temps complet",
        None,
        D(2027, 3, 15),
        None,
        id="the-last-day-of-the-posting-period-is-the-deadline",
    ),
    pytest.param(
        "Date d'affichage : du 3 mai 2027 à 17 mai 2027",
        None,
        D(2027, 5, 17),
        None,
        id="the-first-day-of-the-posting-period-is-no-start",
    ),
    pytest.param(
        "CDD du 1er mars 2027 au 31 août 2027.",
        None,
        None,
        D(2027, 3, 1),
        id="a-contract-period-still-starts",
    ),
    pytest.param(
        "ÉDUCATEUR - CDI - Temps plein - Immédiat", None, None, "asap", id="immediat-closing-a-title"
    ),
    pytest.param("Type de contrat : CDD 6 mois, Immédiat", None, None, "asap", id="immediat-after-a-comma"),
    pytest.param("Engagement immédiat.", None, None, "asap", id="engagement-immediat"),
    pytest.param("Aanwerving: onmiddellijk", None, None, "asap", id="aanwerving-onmiddellijk"),
    pytest.param(
        "Nous vous répondrons immédiatement - merci.",
        None,
        None,
        None,
        id="an-adverb-in-a-sentence-is-no-start",
    ),
    pytest.param("Engagement souhaité pour mars 2027.", None, None, D(2027, 3, 1), id="engagement-souhaite"),
    pytest.param("Starting Date: June/2027", None, None, D(2027, 6, 1), id="month-slash-year"),
    pytest.param(
        "Solliciteren tot 15/05/2024. Vanaf 1 januari 2008 tellen alle prestaties mee voor de anciënniteit.",
        None,
        D(2024, 5, 15),
        None,
        id="a-rule-of-long-ago-is-no-start",
    ),
    pytest.param(
        "Uiterste inschrijvingsdatum: 8 december 2026", None, D(2026, 12, 8), None, id="inschrijvingsdatum"
    ),
    pytest.param("De vacature sluit op 12 december 2026.", None, D(2026, 12, 12), None, id="vacature-sluit"),
    pytest.param("Vacature open tot 15/12/2026", None, D(2026, 12, 15), None, id="vacature-open-tot"),
    pytest.param("Cette offre expire le 30 novembre 2026.", None, D(2026, 11, 30), None, id="offre-expire"),
    pytest.param("Solliciteren t.e.m. 18/01/2027", None, D(2027, 1, 18), None, id="dutch-tem-abbreviated"),
    pytest.param("Entry on duty: 1 March 2027", None, None, D(2027, 3, 1), id="entry-on-duty"),
    pytest.param("Date of entry: 01/03/2027", None, None, D(2027, 3, 1), id="date-of-entry"),
    pytest.param(
        "Entrée en fonction : le plus rapidement possible",
        None,
        None,
        "asap",
        id="le-plus-rapidement-possible",
    ),
    pytest.param(
        "L'équipe mobile soulage le plus rapidement possible la souffrance du jeune.",
        None,
        None,
        None,
        id="le-plus-rapidement-possible-as-a-manner",
    ),
    pytest.param(
        "Startdatum: zo snel mogelijk, ten laatste 1 maart 2027",
        None,
        None,
        "asap",
        id="ten-laatste-bounds-the-start-not-applying",
    ),
    pytest.param(
        "Reageer ten laatste op 3 februari 2027.", None, D(2027, 2, 3), None, id="ten-laatste-to-apply"
    ),
    pytest.param("Vous commencez idéalement le 2 mars 2027.", None, None, D(2027, 3, 2), id="vous-commencez"),
    # "from" and a period name the post's start only in a sentence about the post, its contract or the candidate.
    pytest.param(
        "À partir de janvier 2027, le service s'installera dans de nouveaux locaux.",
        None,
        None,
        None,
        id="from-a-date-the-service-moves",
    ),
    pytest.param(
        "Vanaf 1 januari 2027 verhuist de dienst naar Gent.", None, None, None, id="vanaf-the-office-moves"
    ),
    pytest.param("Vanaf 1 maart 2027 start je in ons team.", None, None, D(2027, 3, 1), id="vanaf-you-start"),
    pytest.param(
        "Wij willen haar vanaf 6 september 2027 vervangen door een collega.",
        None,
        None,
        D(2027, 9, 6),
        id="vanaf-a-replacement",
    ),
    pytest.param(
        "Nos bureaux sont fermés du 24 décembre au 2 janvier 2027.", None, None, None, id="closing-days"
    ),
    pytest.param(
        "Vervangingscontract vanaf 1 juli 2027 tot eind december.",
        None,
        None,
        D(2027, 7, 1),
        id="dutch-compound",
    ),
]


@pytest.mark.parametrize(
    ("text", "today", "deadline", "start"),
    POSTING_PERIODS_AND_HEADERS
    + LABELS_EVERY_WAY
    + WRITTEN_FORMS
    + DEADLINE_CUES
    + MORE_DEADLINES
    + NOT_DEADLINES
    + YEARS
    + STARTS
    + MORE_STARTS
    + CLOSED
    + REALISTIC,
)
def test_find_dates(text, today, deadline, start):
    found = find_dates(Doc(text), today=today)
    assert found["deadline"].value == deadline
    assert found["start_date"].value == start


APPLICATIONS_MUST_ARRIVE = [
    pytest.param(
        "La Commune de Ternel recrute un animateur. Les candidatures doivent être rentrées pour le 3 mars 2027 "
        "au plus tard, le cachet de la poste faisant foi.",
        None,
        D(2027, 3, 3),
        None,
        id="must-be-handed-in-by",
    ),
    pytest.param(
        "Les candidatures devront nous parvenir avant le 14 avril 2027. Entrée en fonction le 2 mai 2027.",
        None,
        D(2027, 4, 14),
        D(2027, 5, 2),
        id="must-reach-us-before",
    ),
]


@pytest.mark.parametrize(("text", "today", "deadline", "start"), APPLICATIONS_MUST_ARRIVE)
def test_applications_that_must_arrive_by_a_date(text, today, deadline, start):
    found = find_dates(Doc(text), today=today)
    assert found["deadline"].value == deadline
    assert found["start_date"].value == start


def test_found_carries_evidence_and_confidence():
    doc = Doc("Nous recrutons.\nDate limite : 20 juin 2025\nPostulez vite.")
    found = find_dates(doc)["deadline"]
    assert found.confidence == pytest.approx(0.95)
    assert found.strategy == "label"
    assert "20 juin 2025" in found.evidence
    assert len(found.evidence) <= 200
    assert doc.text[found.start :].startswith("Date limite")


def test_weak_cue_has_low_confidence():
    found = find_dates(Doc("Annonce en ligne jusqu'au 30 juin 2025."))["deadline"]
    assert found.value == date(2025, 6, 30)
    assert found.confidence == pytest.approx(0.5)


def test_closed_offer_is_below_every_cue():
    found = find_dates(Doc("Offre clôturée le 3 avril 2025."))["deadline"]
    assert found.value == date(2025, 4, 3)
    assert found.confidence < 0.5


def test_a_dated_pages_stamp_gives_the_year_of_a_date_written_without_one():
    text = "date 2023-02 De OCMW van Wezelhove zoekt een directeur woonzorgcentrum. Solliciteren kan tot uiterlijk 6 maart."
    assert find_dates(Doc(text), today=D(2026, 12, 3))["deadline"].value == D(2023, 3, 6)
