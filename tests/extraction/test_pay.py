"""Pay written every way: monthly gross amounts fill salary_min/max; anything else keeps its own period
and basis in pay_min/pay_max and leaves salary_min/max empty; scales by their most precise name."""

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.pay import find_pay


def pay(text: str) -> dict:
    return {name: found.value for name, found in find_pay(Doc(text)).items()}


def amounts(text: str) -> tuple:
    found = pay(text)
    return tuple(
        found.get(k) for k in ("salary_min", "salary_max", "pay_min", "pay_max", "pay_period", "pay_basis")
    )


AMOUNT_CASES = [
    # (id, text, (salary_min, salary_max, pay_min, pay_max, pay_period, pay_basis)); a single amount is
    # both the bottom and the top of its range.
    (
        "salary-label-without-currency",
        "Commission paritaire : 332 Salaire brut : 2.206,57 / mois 1. RÉSUMÉ DU POSTE",
        (2206.57, 2206.57, 2206.57, 2206.57, "month", "gross"),
    ),
    (
        "amount-alone-in-the-portal-header",
        "INFIRMIER H/F\nLyon, 69003\nCDI\n2380€\nDescription\nNotre clinique accueille 80 patients.",
        (2380, 2380, 2380, 2380, "month", "gross"),
    ),
    (
        "meal-vouchers-in-the-next-clause",
        "Échelle C1 (traitement mensuel brut de départ : 2.874,66 €) ; chèques-repas ; abonnement.",
        (2874.66, 2874.66, 2874.66, 2874.66, "month", "gross"),
    ),
    (
        "dots-and-comma",
        "Salaire brut mensuel : 5.893,81 €",
        (5893.81, 5893.81, 5893.81, 5893.81, "month", "gross"),
    ),
    (
        "spaces-brut-mois",
        "Rémunération : 3 200 € brut/mois.",
        (3200, 3200, 3200, 3200, "month", "gross"),
    ),
    (
        "range-entre",
        "Salaire mensuel brut entre 2.900 et 3.400 EUR selon ancienneté.",
        (2900, 3400, 2900, 3400, "month", "gross"),
    ),
    (
        "annual-gross",
        "Traitement annuel brut de 52.000 € (indexé).",
        (None, None, 52000, 52000, "year", "gross"),
    ),
    (
        "hourly",
        "Rémunération : 16,50 € brut de l'heure, prestations de week-end.",
        (None, None, 16.50, 16.50, "hour", "gross"),
    ),
    ("net-monthly", "Salaire net : 2.150 € par mois.", (None, None, 2150, 2150, "month", "net")),
    (
        "dutch-bruto-maandloon",
        "Bruto maandloon tussen 3.100 en 4.250 euro, afhankelijk van je ervaring.",
        (3100, 4250, 3100, 4250, "month", "gross"),
    ),
    (
        "english-annual",
        "Salary: EUR 52,000 gross per year for a full-time equivalent.",
        (None, None, 52000, 52000, "year", "gross"),
    ),
    (
        "range-currency-only-on-the-bottom",
        "Salary range: EUR 3,900 - 4,600 per month (gross).",
        (3900, 4600, 3900, 4600, "month", "gross"),
    ),
    (
        "range-currency-only-on-the-top",
        "Rémunération : 2.750 - 3.300 € brut par mois.",
        (2750, 3300, 2750, 3300, "month", "gross"),
    ),
    ("thousands-k", "Rémunération : 38 k€ bruts annuels.", (None, None, 38000, 38000, "year", "gross")),
    ("thousands-k-range", "Salaire : 30-34 k€ brut annuel.", (None, None, 30000, 34000, "year", "gross")),
    (
        "small-number-before-a-dash-is-no-bottom",
        "Salaire brut mensuel : 12 - 2.480 €",
        (2480, 2480, 2480, 2480, "month", "gross"),
    ),
    ("taux-horaire", "Taux horaire : 14,20 €", (None, None, 14.20, 14.20, "hour", "gross")),
    (
        "bonus-in-the-sentence-before",
        "Prime de fin d'année de 750 €. Salaire : 2.640 € brut/mois.",
        (2640, 2640, 2640, 2640, "month", "gross"),
    ),
    (
        "annual-budget-in-the-sentence-before",
        "Budget formation de 1.200 € par an. Salaire brut mensuel : 3.150 €.",
        (3150, 3150, 3150, 3150, "month", "gross"),
    ),
    (
        "english-range-with-thousands-commas",
        "Remuneration: 2,950 to 3,450 EUR gross per month depending on experience.",
        (2950, 3450, 2950, 3450, "month", "gross"),
    ),
    (
        "annual-range-then-the-monthly-salary",
        "Bruto jaarwedde (niet-geïndexeerd): min. € 16.250 – max. € 27.050. Bij aanwerving bedraagt het "
        "geïndexeerde bruto maandloon € 2.817,61.",
        (2817.61, 2817.61, 16250, 27050, "year", "gross"),
    ),
    (
        "net-per-month-approximately",
        "Estimated net salary per month: ca. EUR 1900,- (depending on family situation).",
        (None, None, 1900, 1900, "month", "net"),
    ),
    (
        "range-with-a-slash-month",
        "Closing 15.03.2026 €2,950-€3,300/month (estimate)",
        (2950, 3300, 2950, 3300, "month", "gross"),
    ),
    (
        "the-year-of-a-date-is-no-amount",
        "Publié le 02.02.2026 € 3.100 bruts par mois",
        (3100, 3100, 3100, 3100, "month", "gross"),
    ),
    (
        "an-ordinal-month-and-a-listed-benefit-before-the-gross-pay",
        "Rémunération : 13e mois, chèques-repas, 2 800 € bruts mensuels",
        (2800, 2800, 2800, 2800, "month", "gross"),
    ),
    (
        "salary-then-a-benefit-after-a-plus",
        "Salaire de base : 2.650 € + chèques-repas de 8 €",
        (2650, 2650, 2650, 2650, "month", "gross"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in AMOUNT_CASES], ids=[c[0] for c in AMOUNT_CASES]
)
def test_amounts_keep_their_period_and_basis(text, expected):
    assert amounts(text) == expected


NOT_PAY_CASES = [
    ("meal-vouchers", "Chèques-repas de 8 € par jour prestés et abonnement STIB remboursé."),
    ("ape-points", "Poste subsidié APE (12 points APE), contrat à durée indéterminée."),
    ("registration-fee", "Inscription à la formation : 45 € par participant."),
    ("bike-allowance", "Fietsvergoeding van 0,27 euro per km."),
    ("listed-transport-costs", "Intervention dans les frais de transport, 150 € par mois maximum."),
    ("listed-bonus", "Chèques-repas, éco-chèques, 250 € de prime de fin d'année."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_PAY_CASES], ids=[c[0] for c in NOT_PAY_CASES])
def test_amounts_that_are_not_the_posts_pay_are_left_out(text):
    found = pay(text)
    assert found.get("salary_min") is None and found.get("pay_min") is None


SCALE_CASES = [
    (
        "echelon-number-is-a-bareme",
        "Rémunération : CP 330 – échelon 1.55, ancienneté reprise.",
        "barème 1.55",
    ),
    ("dutch-barema-as-written", "Verloning volgens barema 1.77 (PC 329.02).", "barema 1.77"),
    ("dutch-barema-code-beats-committee", "Verloning volgens barema L1 (PC 329.01).", "barema L1"),
    ("labelled-rgb-scale", "Échelle : D6\nRégime : temps plein", "D6"),
    ("rank", "Rang A6 – attaché·e, contrat à durée déterminée.", "A6"),
    ("flemish-grades-after-a-level", "Contractueel – onbepaalde duur – niveau A (A1a-A3a)", "A1a-A3a"),
    ("language-level-is-not-a-grade", "Connaissance du néerlandais : niveau B2 exigé.", None),
    ("language-level-after", "Un niveau B2 en néerlandais est demandé.", None),
    ("ific", "Rémunération selon IFIC catégorie 14.", "IFIC 14"),
    ("ific-bracketed", "Rémunération selon la classification IFIC (catégorie 15 selon diplôme).", "IFIC 15"),
    ("ific-dutch", "Verloning volgens IFIC-categorie 17.", "IFIC 17"),
    (
        "ific-barema-categorie",
        "Bruto maandloon volgens IFIC-barema categorie 14 of 15 naargelang diploma.",
        "IFIC 14",
    ),
    ("bareme-ific-comma-categorie", "Rémunération selon le barème IFIC, catégorie 16.", "IFIC 16"),
    ("cp-only", "Barème de la CP 330, ancienneté valorisée.", "CP 330"),
    ("cp-subcommittee", "Barème CP 319.02 (éducateur).", "CP 319.02"),
    ("pc-dutch-kept", "Verloning volgens PC 319.01, maaltijdcheques.", "PC 319.01"),
    ("commission-paritaire-is-cp", "Barème de la Commission paritaire 332.", "CP 332"),
    ("bareme-beats-cp", "Rémunération selon la CP 332, échelle barémique 1.80.", "barème 1.80"),
    ("ific-beats-pc", "Halftijds contract, PC 331, IFIC-categorie 17.", "IFIC 17"),
    ("echelon-committee-first", "Rémunération : Echelon 4.1 CP 329.02.", "CP 329.02 échelon 4.1"),
    ("am", "Barème AM6 de la fonction publique.", "AM6"),
    ("rgb-level", "Contractuel, barème BH1 (RGB bruxelloise).", "BH1"),
    ("scale-beats-grade", "Niveau A1, échelle barémique A11, traitement annuel brut indexé.", "A11"),
    # A public notice that gives only the level: the level is the scale it is paid on.
    ("grade-only", "Recrutement au niveau B, statutaire.", "B"),
    ("federal-level-on-next-line", "Type de contrat\nStatutaire\nNiveau de fonction\nA1\nDurée", "A1"),
    ("federal-letter-on-next-line", "Niveau de fonction\nB\nType de recrutement", "B"),
    ("english-interface-level", "Vertragstyp\nStatutair\nFunction degree\nB\n", "B"),
    ("diploma-level-is-not-pay", "Diplôme donnant accès à un emploi de niveau A (Master).", None),
    ("lowercase-a-is-a-word", "Une formation de niveau a définir.", None),
    ("flemish-three-grades", "GRAAD: B1 - B2 - B3", "B1-B3"),
    ("bareme-with-slash-and-colon", "Commission paritaire : 332 Barème : 1/55 -1/61", "barème 1.55"),
    (
        "convention-paritaire-is-cp",
        "Rémunérations selon les barèmes de la convention paritaire 319.00.",
        "CP 319.00",
    ),
    ("flemish-range", "Verloning volgens weddeschaal B1-B3.", "B1-B3"),
    (
        "flemish-range-with-letters",
        "Contractueel, voltijds – niveau A1a-A3a, weddeschaal A1a-A3a.",
        "A1a-A3a",
    ),
    ("authority-then-number", "Rémunéré selon le barème COCOF 1.61.", "barème 1.61"),
    ("acronym-only", "Salarié·e (CDI), barème FMM.", "barème FMM"),
    ("joint-committee-english", "Salary according to Joint Committee 319.00.", "CP 319.00"),
    ("committee-then-echelon", "Rémunération selon la CP 329.02, échelon 4.2.", "CP 329.02 échelon 4.2"),
    ("comite-paritaire", "Rémunération suivant le comité paritaire 329.", "CP 329"),
    ("bareme-salarial-grade", "Barème salarial B1c (secteur socioculturel).", "B1c"),
    ("authority-with-article", "Rémunération : barème de la COCOF 1.61.", "barème 1.61"),
    ("hospital-scale-code", "Barème : échelle 312U", "échelle 312U"),
    ("flemish-range-in-title-brackets", "Consulent kinderopvang (C1-C3)\nContractueel, voltijds", "C1-C3"),
    ("flemish-care-scale-bv", "Bv – contractueel – halftijds", "Bv"),
    ("flemish-care-scale-numbered", "Verloning volgens barema BV1-BV3.", "BV1-BV3"),
    ("bv-abbreviation-is-no-scale", "Bv. een CGG of een ziekenhuis.", None),
    ("dutch-company-is-no-scale", "Zorggroep Noord BV zoekt een verpleegkundige.", None),
    ("ific-without-category", "Verloning volgens de IFIC-functieclassificatie.", "IFIC"),
    ("ific-loonklasse", "Verloning volgens IFIC-loonklasse 15.", "IFIC 15"),
    ("ific-category-further", "Rémunération selon IFIC. Catégorie de fonction : 13", "IFIC 13"),
    ("bareme-number-then-ific", "Barème 16 IFIC, ancienneté reprise.", "IFIC 16"),
    ("un-grade", "Classification: Professional staff, Grade P4", "P4"),
    ("un-grade-dashed", "Grade: P-2", "P2"),
    ("un-national-officer", "Grade: NO-B (National Officer)", "NOB"),
    ("eu-function-group", "Function Group-Grade: AD 6", "AD6"),
    ("eu-salary-scale", "Salary scale: AST 4", "AST4"),
    ("ccn-number", "Rémunération selon la CCN 51.", "CCN 51"),
    (
        "ccn-by-its-date-over-two-lines",
        "Convention Collective Nationale des établissements pour\n\npersonnes handicapées du 15 mars 1966.",
        "CCN 15 mars 1966",
    ),
    ("grille-fph", "Rémunération : grille FPH + prime.", "grille FPH"),
    (
        "grille-fonction-publique",
        "Rémunération selon la grille de la fonction publique hospitalière.",
        "grille de la fonction publique hospitalière",
    ),
    ("diploma-level-in-dutch", "Diploma: bachelor (niveau B)", None),
    ("selon-bareme-names-nothing", "Salaire : selon barème en vigueur.", None),
    ("institution-scale", "Rémunération : selon barème Inserm.", "barème Inserm"),
    ("a-heading-is-no-scale-name", "Rémunération : Barème Fédéral", None),
    ("a-programme-is-no-scale-name", "Rémunération : barème Maribel social", None),
    ("bareme-then-a-field-on-the-next-line", "Salaire\nSelon barème\nDate de publication : 2 mai", None),
    ("nhs-band", "Salary: Band 6 (Agenda for Change)", "Band 6"),
    ("grade-then-a-count-of-posts", "PSYCHOLOGUE – NIVEAU A – échelle A1 - 2 emplois vacants", "A1"),
    # Scales written other ways.
    ("flemish-government-scale", "Contract bepaalde duur. Salarisschaal: A111 (adviseur)", "A111"),
    ("grade-with-its-step", "Bruto maandwedde: 3.100 euro voor een voltijdse functie – B1 trap 0", "B1"),
    ("step-of-another-kind", "Je zet een trap in de goede richting.", None),
    ("english-wage-scale-range", "Wage scale: PD1 to PD4 (doctoral degree)", "PD1-PD4"),
    ("english-salary-scale-code", "Salary scale: BV3", "BV3"),
    ("dutch-schaal-number", "Salarisniveau: schaal 9 (max. € 4.500 bruto)", "Schaal 9"),
    ("dutch-schaal-range", "Inschaling in salarisschaal 8 - 10", "Schaal 8-10"),
    ("a-scale-of-marks-is-no-pay", "Je scoort op een schaal 1 tot 10 hoe tevreden je bent.", None),
    ("numbered-salary-grade", "Salary Grade: 18\nSalary Range: annual", "Salary Grade 18"),
    ("bareme-with-one-decimal", "Rémunération conforme à la CP 332 – barème 4.1", "barème 4.1"),
    ("bareme-closing-a-sentence", "Rémunération selon barème 1.55.", "barème 1.55"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SCALE_CASES], ids=[c[0] for c in SCALE_CASES])
def test_pay_scales(text, expected):
    assert pay(text).get("pay_scale") == expected


def test_ape_points_are_not_a_pay_scale():
    assert pay("Poste APE à 4/5, 12 points APE, niveau de diplôme bachelier.").get("pay_scale") is None


FLEMISH_GRADE_CASES = [
    (
        "grades-alone-on-a-header-line",
        "Maatschappelijk assistent\nContractueel\nB1-B2-B3\nDe stad zoekt …",
        "B1-B3",
    ),
    ("grades-closing-the-title-brackets", "Pedagogisch medewerker kinderopvang (halftijds, B1-3)", "B1-3"),
    ("care-scale-above-five", "Weddenschaal volgens schaal BV6 barema, met anciënniteit.", "BV6"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in FLEMISH_GRADE_CASES], ids=[c[0] for c in FLEMISH_GRADE_CASES]
)
def test_flemish_grades_as_headers_write_them(text, expected):
    assert find_pay(Doc(text))["pay_scale"].value == expected


@pytest.mark.parametrize(
    "text", ["Lokaal A1-3 op de tweede verdieping (zaal B1-2).", "Je komt op 1-3 maart langs."]
)
def test_rooms_and_dates_are_no_grades(text):
    assert "pay_scale" not in find_pay(Doc(text)) or find_pay(Doc(text))["pay_scale"].value is None
