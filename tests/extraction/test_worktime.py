"""Working time: full or part time, hours per week and the fraction of full time, however it is written."""

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.worktime import find_work_time


def work_time(text: str) -> tuple:
    found = find_work_time(Doc(text))
    return tuple(found[k].value if k in found else None for k in ("work_time", "hours_per_week", "fte"))


CASES = [
    # (id, text, (work_time, hours_per_week, fte))
    (
        "later-full-time-is-an-option-not-the-post",
        "Horaire : 4/5 temps (30h24 par semaine). Possibilité de passer à temps plein en 2027.",
        ("part_time", 30.4, 0.8),
    ),
    (
        "leave-counted-on-a-full-time-basis",
        "Een halftijdse functie (19/38). 35 verlofdagen bij een voltijdse tewerkstelling.",
        ("part_time", 19.0, 0.5),
    ),
    (
        "leave-days-in-brackets",
        "Contrat à mi-temps. Chèques-repas, 30 jours de congés (temps plein).",
        ("part_time", None, 0.5),
    ),
    ("temps-plein", "Contrat à durée indéterminée à temps plein.", ("full_time", None, 1.0)),
    ("mi-temps", "Un poste à mi-temps en CDI.", ("part_time", None, 0.5)),
    ("quatre-cinquiemes", "Engagement à 4/5 temps.", ("part_time", None, 0.8)),
    ("etp-comma", "Poste à 0,5 ETP, dès que possible.", ("part_time", None, 0.5)),
    ("percent", "Temps de travail : 80 %", ("part_time", None, 0.8)),
    ("hours-per-week", "Horaire : 19h/semaine, du lundi au jeudi.", ("part_time", 19.0, None)),
    ("38h-alone", "Horaire de 38h par semaine.", ("full_time", 38.0, 1.0)),
    ("hours-and-minutes", "Contrat à 4/5 (30h24 par semaine).", ("part_time", 30.4, 0.8)),
    (
        "full-time-then-hours-in-brackets",
        "Temps plein (100% - 5 jours semaine – 39h)",
        ("full_time", 39.0, 1.0),
    ),
    ("fraction-then-bare-hours", "Contrat : CDD de 24 mois, 0,8 ETP (30h24)", ("part_time", 30.4, 0.8)),
    ("mi-temps-bare-hours", "Conditions : CDI, mi-temps (19h), barème 1.55.", ("part_time", 19.0, 0.5)),
    ("options-take-the-largest", "Horaire : 38h ou 30h par semaine, à convenir.", ("full_time", 38.0, 1.0)),
    ("plein-ou-quatre-cinquiemes", "Temps plein (37h) ou 4/5, au choix.", ("full_time", 37.0, 1.0)),
    ("tenths-range", "De 6/10 à 8/10 temps selon vos souhaits.", ("part_time", None, 0.8)),
    ("half-days", "Présence souhaitée : 5 demi-jours par semaine.", ("part_time", None, None)),
    ("dutch-voltijds", "Een voltijdse (38/38) aanstelling van onbepaalde duur.", ("full_time", 38.0, 1.0)),
    ("dutch-deeltijds-regime", "Deeltijds contract (19/38), start in maart.", ("part_time", 19.0, 0.5)),
    ("dutch-uur", "Contract van onbepaalde duur, 32u/week.", ("part_time", 32.0, None)),
    ("dutch-halftijds", "Halftijds contract (19u/week) van onbepaalde duur.", ("part_time", 19.0, 0.5)),
    ("dutch-vte", "Tewerkstelling: min. 0,8 VTE, bij voorkeur voltijds.", ("full_time", None, 1.0)),
    ("english-fte", "Contract: fixed-term, 0.6 FTE (22.8 hours per week).", ("part_time", 22.8, 0.6)),
    (
        "full-time-equivalent-is-not-full-time",
        "Salary: 52,000 per year for a full-time equivalent; this post is 0.6 FTE.",
        ("part_time", None, 0.6),
    ),
    (
        "percent-in-a-contract-line",
        "Contractueel – onbepaalde duur – 80% – niveau B",
        ("part_time", None, 0.8),
    ),
    ("dutch-regime-without-parens", "Werkregime: deeltijds 19/38, vaste dagen.", ("part_time", 19.0, 0.5)),
    (
        "full-time-basis-of-a-pay-amount",
        "Halftijds contract. Bruto maandloon € 3.400 (op voltijdse basis).",
        ("part_time", None, 0.5),
    ),
    (
        "full-time-reference-of-a-salary",
        "Deeltijds 19/38. Het voltijdse bruto maandloon ligt tussen € 3.012 en € 4.890.",
        ("part_time", 19.0, 0.5),
    ),
    (
        "salary-quoted-for-a-full-time-position",
        "0.8 FTE. Pay: between €3,041.18 and €4,725.60 gross per month for a full-time position.",
        ("part_time", None, 0.8),
    ),
    (
        "salary-on-a-full-time-basis-in-brackets",
        "4/5 tewerkstelling. Maximum € 5.191,09 bruto per maand (voltijdse basis).",
        ("part_time", None, 0.8),
    ),
    ("bare-25h-is-part-time", "Médecin psychiatre, 25H/semaine.", ("part_time", 25.0, None)),
    # A medical post may call 25 hours its full time: the words win over the count of hours.
    ("medical-25h-full-time-post", "Psychiatre à temps plein (25H/semaine).", ("full_time", 25.0, 1.0)),
    # Other spellings of full and part time.
    (
        "english-fulltime-one-word",
        "We offer a fulltime position in a research team.",
        ("full_time", None, 1.0),
    ),
    ("english-halftime", "Halftime post (19h/week), based in Ghent.", ("part_time", 19.0, 0.5)),
    ("english-part-time-percent", "Part-time (60%), fixed term.", ("part_time", None, 0.6)),
    ("tache-complete", "Un poste de chargé d'études à tâche complète.", ("full_time", None, 1.0)),
    ("temps-non-complet", "Emploi à temps non complet (17h30 hebdomadaires).", ("part_time", 17.5, None)),
    ("cdi-tp", "L'asbl recrute un·e éducateur·rice – CDI – TP – Namur", ("full_time", None, 1.0)),
    ("tp-alone-is-no-time", "Vous encadrez les TP des étudiants.", (None, None, None)),
    ("dutch-4-5de", "Werkregime: 4/5de", ("part_time", None, 0.8)),
    ("france-35-hours-is-a-full-week", "Poste à 35 heures hebdomadaires.", ("full_time", 35.0, 1.0)),
    ("temps-complet-soit-35h", "Temps complet, soit 35 heures hebdomadaires.", ("full_time", 35.0, 1.0)),
    ("percent-under-an-english-label", "Working time: 100%", ("full_time", None, 1.0)),
    (
        "percent-with-a-schedule",
        "Horaires : 9h - 16h30\n50% pour une durée de deux mois",
        ("part_time", None, 0.5),
    ),
    ("bare-hours-under-a-label", "Temps de travail : 32h\nLieu : Mons", ("part_time", 32.0, None)),
    ("hours-of-the-days", "Vous travaillez 4 jours par semaine (32h).", ("part_time", 32.0, None)),
    ("few-hours-a-week", "Le bénévole y consacre quelques heures par semaine.", ("part_time", None, None)),
    ("range-of-a-statistic", "Les densités sont inférieures de 50 à 60 % à la moyenne.", (None, None, None)),
    ("day-schedule-in-brackets", "Horaire : 5 jours par semaine (de 8h à 16h)", (None, None, None)),
    (
        "week-share-after-aan",
        "Bruto maandloon van 1 400 euro (deeltijds aan 19/38 uur per week).",
        ("part_time", 19.0, 0.5),
    ),
    (
        "percent-closing-a-title",
        "Nieuws\nVacature: projectmedewerker armoede (80%)\nWe zoeken…",
        ("part_time", None, 0.8),
    ),
    ("percent-closing-a-headline", "Nieuws\nDe kinderarmoede steeg (80%)\nMeer lezen", (None, None, None)),
    # Fractions written as numbers of any value, in either order.
    ("etp-before-its-number", "VTE : 0,8 – contractueel", ("part_time", None, 0.8)),
    ("small-fraction", "Poste à 0,2 ETP (supervision).", ("part_time", None, 0.2)),
    ("two-decimals", "Volume : 0,85 ETP", ("part_time", None, 0.85)),
    ("any-percentage", "Temps de travail : 65%", ("part_time", None, 0.65)),
    ("three-fifths", "Poste à 3/5e temps.", ("part_time", None, 0.6)),
    ("demi-temps", "Un demi-temps en CDI.", ("part_time", None, 0.5)),
    ("hours-and-minutes-spaced", "Un 3/4 temps, soit 28 h 30 par semaine.", ("part_time", 28.5, 0.75)),
    ("share-of-the-tasks", "Le poste implique 30% de travail administratif.", (None, None, None)),
    (
        "share-of-the-working-time",
        "Environ 20 % du temps de travail est consacré à la recherche.",
        (None, None, None),
    ),
    ("share-of-a-full-time-post", "Contrat à 80% d'un temps plein.", ("part_time", None, 0.8)),
    (
        "dutch-share-of-a-full-time-post",
        "Tewerkstelling van 80% van een voltijdse betrekking.",
        ("part_time", None, 0.8),
    ),
    ("hours-of-a-week-with-units", "Deeltijds: 24u/38u", ("part_time", 24.0, 0.63)),
    ("hours-after-a-colon", "Temps plein : 36h", ("full_time", 36.0, 1.0)),
    ("weekly-label", "Horaire hebdomadaire : 38 heures", ("full_time", 38.0, 1.0)),
    (
        "quotite-then-a-pay-label",
        "Quotité de travail : Temps complet\nRémunération : selon barème",
        ("full_time", None, 1.0),
    ),
    # Spellings and places of working time seen on real postings.
    ("hyphenated-temps-plein", "Namur\n• CDI\n• Temps-plein\n• Publié hier", ("full_time", None, 1.0)),
    ("hyphenated-temps-partiel", "Un poste à temps-partiel en maison d'accueil.", ("part_time", None, None)),
    (
        "percent-closing-the-first-line",
        "Begeleiders nachtdienst (75%)\nOver ons\nWij zijn …",
        ("part_time", None, 0.75),
    ),
    ("percent-position", "The officer (60% position) reports to the director.", ("part_time", None, 0.6)),
    ("percent-with-weekly-hours", "Coordinator – 80% – 30 hours/week", ("part_time", 30.0, 0.8)),
    ("share-of-a-position", "Around 40% of the position is spent on field visits.", (None, None, None)),
    (
        "seniority-counted-as-full-time",
        "Deeltijds contract (19/38). Sinds 2010 worden alle prestaties als voltijds meegerekend.",
        ("part_time", 19.0, 0.5),
    ),
    ("full-time-in-a-sentence-of-its-own", "Het gaat om een voltijds contract.", ("full_time", None, 1.0)),
    (
        "the-worker-a-benefit-is-counted-for",
        "Een voltijds personeelslid ontvangt jaarlijks een ecocheque van 250 euro.",
        (None, None, None),
    ),
    (
        "a-full-time-worker-wanted",
        "Wij zoeken een voltijdse medewerker voor ons onthaal.",
        ("full_time", None, 1.0),
    ),
    (
        "statistic-below",
        "Le taux de réhospitalisation reste inférieur à 10 % sur le poste.",
        (None, None, None),
    ),
    ("statistic-above", "Meer dan 60 % van onze functies zijn contractueel.", (None, None, None)),
    ("a-rato-van", "Halftijdse aanwerving à rato van 19/38 uren per week.", ("part_time", 19.0, 0.5)),
    ("a-raison-de-week-share", "Contrat à raison de 30,4/38 heures.", ("part_time", 30.4, 0.8)),
    ("a-full-week-of-38-hours", "Je werkt voltijds in een 38-urenweek.", ("full_time", 38.0, 1.0)),
    ("a-36-hour-week", "Full-time post, 36-hour week, flexible schedule.", ("full_time", 36.0, 1.0)),
    ("the-full-week-of-a-half-time-post", "Halftijds, in een 38-urenweek.", ("part_time", None, 0.5)),
    ("weekly-cycle-label", "Quotité : Temps plein\nCycle hebdomadaire : 37h30", ("full_time", 37.5, 1.0)),
    (
        "full-week-hours-under-part-time",
        "Statut : Temps partiel\nHeures par semaines : 37,5",
        ("part_time", 37.5, None),
    ),
    ("bare-ratio-under-a-label", "Prestations : 3/5\nLieu : Liège", ("part_time", None, 0.6)),
    ("bare-tenths-under-a-label", "Régime : 5/10", ("part_time", None, 0.5)),
    ("bare-ratio-is-a-date-elsewhere", "Mis à jour le 3/5.", (None, None, None)),
    ("hours-label-per-week", "Expected hours: 37.5 per week", ("full_time", 37.5, None)),
    ("hours-label-par-semaine", "Nombre d'heures : 38 par semaine", ("full_time", 38.0, None)),
    ("hours-label-with-a-time-range", "Hours: 9:00 – 17:00, Monday to Friday", (None, None, None)),
    (
        "french-portal-tps-complet",
        "Temps de travail : Tps Complet : 35 heure(s) 0 minute(s)",
        ("full_time", 35.0, 1.0),
    ),
    (
        "french-portal-tps-non-complet",
        "Temps de travail : Tps Non Complet : 17 heure(s) 30 minute(s)",
        ("part_time", 17.5, None),
    ),
    ("taux-d-activite-label", "Taux d'activité : 80%", ("part_time", None, 0.8)),
    ("hours-a-week", "The role is 37.5 hours a week.", ("full_time", 37.5, 1.0)),
    ("dutch-uren-per-week", "Uurrooster: 38 uren per week", ("full_time", 38.0, 1.0)),
    ("weekly-before-the-hours", "Contrat hebdomadaire de 35 heures", ("full_time", 35.0, 1.0)),
    ("dutch-weekrooster", "Een weekrooster van 32 uur, glijdende werktijden.", ("part_time", 32.0, None)),
    ("decimal-hours-of-the-days", "Je werkt 4 dagen per week (30,4 uur).", ("part_time", 30.4, None)),
    ("hours-in-brackets-after-tewerkstelling", "Een 4/5 tewerkstelling (30u24)", ("part_time", 30.4, 0.8)),
    ("hours-in-brackets-after-4-5e", "Régime : 4/5e (30,4h)", ("part_time", 30.4, 0.8)),
    ("week-share-under-tijdsregeling", "Tijdsregeling: 38/38", ("full_time", 38.0, 1.0)),
    ("hours-a-day-are-no-week", "Horaires : 7h36 par jour", (None, None, None)),
    ("one-full-time-equivalent", "Poste : 1 équivalent temps plein en CDI", ("full_time", None, 1.0)),
    (
        "un-equivalent-temps-plein",
        "Nous engageons un équivalent temps plein (ETP).",
        ("full_time", None, 1.0),
    ),
    ("half-a-full-time-equivalent", "Volume : 0,5 équivalent temps plein", ("part_time", None, 0.5)),
    ("half-an-etp-as-a-ratio", "Volume de travail : 1/2 ETP", ("part_time", None, 0.5)),
    (
        "a-team-of-one-equivalent",
        "L'équipe compte un équivalent temps plein de psychiatre.",
        (None, None, None),
    ),
    (
        "pay-quoted-for-a-full-time-equivalent",
        "Salaire brut mensuel pour un équivalent temps plein : 3.200 €. Poste à mi-temps.",
        ("part_time", None, 0.5),
    ),
    ("arbeidsduur-label", "Arbeidsduur: 50%", ("part_time", None, 0.5)),
    (
        "a-service-named-part-time",
        "Le pôle compte trois CMP et un centre d'accueil thérapeutique à temps partiel (CATTP).",
        (None, None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_work_time(text, expected):
    assert work_time(text) == expected


STAFFING_CASES = [
    ("team-etp", "L'équipe compte 18,5 ETP répartis entre 24 travailleurs. Le poste est à mi-temps."),
    ("institution-etp", "L'institution compte 34 travailleurs (environ 23 ETP). Poste à mi-temps."),
    ("opening-hours", "Le service est ouvert 45h par semaine. Poste à mi-temps."),
]


@pytest.mark.parametrize("text", [c[1] for c in STAFFING_CASES], ids=[c[0] for c in STAFFING_CASES])
def test_the_organisations_staffing_is_not_the_posts_working_time(text):
    assert work_time(text) == ("part_time", None, 0.5)


@pytest.mark.parametrize(
    "text",
    [
        "Normes : 1 ETP pour 7 enfants, un local adapté.",
        "Omkadering: 1 VTE per 10 bedden.",
        "Le CMP compte :\n- 1 ETP médical\n- 1 ETP secrétaire\n- 2 ETP psychologues",
    ],
    ids=["ratio-fr", "ratio-nl", "staffing-list"],
)
def test_staffing_ratios_and_lists_are_not_the_post(text):
    assert work_time(text) == (None, None, None)


DAYS_CASES = [
    ("days-range", "Durée : 12 mois, à raison de 2 à 3 jours par semaine.", "part_time"),
    ("dutch-days", "Je bent 3 dagen per week beschikbaar.", "part_time"),
    ("days-glued", "Chargé·e de communication à raison de 2 jours/semaine.", "part_time"),
    ("hours-a-month", "Chaque écoutant·e assure 14 h de permanences par mois.", "part_time"),
    ("home-working-days", "Télétravail possible 2 jours par semaine.", None),
    ("opening-days", "Le centre est ouvert 3 jours par semaine.", None),
    ("four-long-days", "Vous travaillez 4 jours par semaine (prestations de 9 heures par jour).", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DAYS_CASES], ids=[c[0] for c in DAYS_CASES])
def test_a_few_days_a_week_is_part_time_when_nothing_says_more(text, expected):
    assert work_time(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "fte"),
    [
        ("Chargé·e de communication à raison de 2 jours/semaine.", 0.4),
        ("Je bent 3 dagen per week beschikbaar.", 0.6),
        ("Durée : 12 mois, à raison de 2 à 3 jours par semaine.", None),
    ],
    ids=["two-days", "three-days", "a-range-gives-no-fraction"],
)
def test_a_number_of_days_is_that_share_of_a_five_day_week(text, fte):
    assert work_time(text)[2] == fte


def test_days_do_not_override_a_written_working_time():
    assert work_time("CDI temps plein. 2 jours par semaine sur le site de Mons.") == ("full_time", None, 1.0)


def test_a_labelled_value_is_completed_by_hours_written_further_down():
    text = "Temps de travail : Temps plein\nRéférence : X-12\n\nNous offrons un CDD, 38h/semaine."
    assert work_time(text) == ("full_time", 38.0, 1.0)


def test_a_labelled_part_time_takes_its_fraction_from_another_label():
    assert work_time("Temps de travail : Temps partiel\nRégime : 0,8 ETP") == ("part_time", None, 0.8)


@pytest.mark.parametrize(
    "text",
    [
        "Type de contrat\nStatutaire\nTemps plein/temps partiel\nPas applicable\nContenu de la fonction",
        "Selectiecode\nAFC1\nVoltijds/deeltijds\nNiet van toepassing\nFunctie-inhoud",
    ],
)
def test_a_portals_field_name_is_not_the_posts_working_time(text):
    assert work_time(text) == (None, None, None)


def test_a_portals_field_name_takes_the_value_under_it():
    assert work_time("Temps plein/temps partiel\nÀ temps plein\nRésumé") == ("full_time", None, 1.0)


def test_no_working_time_written_gives_nothing():
    assert work_time("Psychologue clinicien·ne pour notre équipe adultes à Namur.") == (None, None, None)


def test_hours_under_their_own_label_need_no_unit():
    text = "Type de contrat\nCDI\nRégime\nTemps partiel\nHeures/semaine\n30,4\nDate limite\n04/12/2026"
    assert work_time(text) == ("part_time", 30.4, 0.8)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Heures / semaine\n19", 19.0),
        ("Nombre d'heures par semaine : 28h30 (3/4 temps)", 28.5),
        ("Aantal uren per week: 30,4", 30.4),
    ],
)
def test_hours_labels_written_every_way(text, hours):
    assert work_time(text)[1] == hours


ROUND_FOUR_CASES = [
    (
        "half-time-written-with-the-fraction-sign",
        "Le Centre des Tilleuls engage un animateur (m/f/x) ½ temps (19h/sem.).",
        ("part_time", 19.0, 0.5),
    ),
    (
        "two-weekly-regimes-in-a-title-take-the-largest",
        "Infirmier de liaison (H/F/X) - CDI - 38h ou 30h\n\nLa clinique recrute.",
        ("full_time", 38.0, 1.0),
    ),
    (
        "dutch-regimes-without-the-week",
        "Begeleider (m/v/x) — 32u of 38u, contract van onbepaalde duur.",
        ("full_time", 38.0, 1.0),
    ),
    (
        "labelled-hours-beat-hours-a-sentence-mentions",
        "Nombre d'heures par semaine 17.5\nTemps de travail hebdomadaire Temps partiel\n"
        "La halte-garderie accueille les enfants 12 heures par semaine.",
        ("part_time", 17.5, 0.46),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ROUND_FOUR_CASES], ids=[c[0] for c in ROUND_FOUR_CASES]
)
def test_work_time_written_in_portal_and_title_forms(text, expected):
    assert work_time(text) == expected


def test_times_of_day_are_not_weekly_hours():
    assert work_time("Permanence de 9h à 17h, le mardi ou le jeudi.") == (None, None, None)


HEADER_FORMS = [
    (
        "hours-between-the-separators-of-a-title",
        "2027-012 Responsable du service entretien (H/F/X) - 38H - CDI\n\nL'hôpital recrute.",
        ("full_time", 38.0, 1.0),
    ),
    ("count-of-full-time-posts", "1 FT Buurtopbouwwerker m, v, x in Leeuwbrug", ("full_time", None, 1.0)),
    ("count-of-part-time-posts", "1 PT Buurtopbouwwerker m, v, x Ronse", ("part_time", None, None)),
    (
        "share-of-the-week-as-an-ordinal",
        "Ondergetekende stelt zich kandidaat voor de functie in statutair verband voor 38/38ste van: coördinator",
        ("full_time", 38.0, 1.0),
    ),
    (
        "times-of-day-in-a-header-are-no-hours",
        "Psychologue (h/f)\nConsultations : lundi, 14h - 18h",
        (None, None, None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in HEADER_FORMS], ids=[c[0] for c in HEADER_FORMS]
)
def test_working_time_in_headers_and_forms(text, expected):
    assert work_time(text) == expected


@pytest.mark.parametrize(
    ("text", "hours", "work_time"),
    [
        ("Begeleider (m/v/x)\n\nUren per week: 28 - 36\n\nWij zoeken een begeleider.", 36.0, "full_time"),
        ("Éducateur (h/f/x)\n\nHeures par semaine : de 19 à 30\n\nNous recrutons.", 30.0, "part_time"),
    ],
    ids=["dutch-range-under-a-label", "french-range-under-a-label"],
)
def test_a_range_of_hours_under_a_label_gives_the_largest(text, hours, work_time):
    found = find_work_time(Doc(text))
    assert (found["hours_per_week"].value, found["work_time"].value) == (hours, work_time)
