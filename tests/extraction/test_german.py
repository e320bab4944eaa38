"""Postings in German, as Belgium's German-speaking Community (Ostbelgien) writes them."""

import datetime

import pytest

from ingest.extraction import extract
from ingest.extraction.document import Doc
from ingest.extraction.fields.contacts import find_languages
from ingest.extraction.fields.contract import find_contract
from ingest.extraction.fields.dates import find_dates
from ingest.extraction.fields.employer import find_employer
from ingest.extraction.fields.role import categorize, find_role
from ingest.extraction.fields.worktime import find_work_time

TITLE = "Betreuer (m/w/d)\n\n"


@pytest.mark.parametrize(
    ("text", "contract"),
    [
        ("Wir bieten einen unbefristeten Arbeitsvertrag.", "CDI"),
        ("Befristeter Vertrag für zwölf Monate.", "CDD"),
        ("Befristet als Mutterschaftsvertretung.", "remplacement"),
        ("Ehrenamtlich, ein Abend pro Woche.", "benevolat"),
    ],
)
def test_contract(text, contract):
    assert find_contract(Doc(TITLE + text))["contract_type"].value == contract


@pytest.mark.parametrize(
    ("text", "work_time", "hours", "fte"),
    [
        ("Teilzeit (19 Std./Woche)", "part_time", 19.0, None),
        ("Vollzeitstelle, 38 Stunden pro Woche", "full_time", 38.0, 1.0),
        ("eine halbe Stelle", "part_time", None, 0.5),
        ("25 Wochenstunden", "part_time", 25.0, None),
    ],
)
def test_working_time(text, work_time, hours, fte):
    found = find_work_time(Doc(TITLE + text))
    assert found["work_time"].value == work_time
    assert (found["hours_per_week"].value if "hours_per_week" in found else None) == hours
    assert (found["fte"].value if "fte" in found else None) == fte


@pytest.mark.parametrize(
    ("text", "deadline", "start"),
    [
        ("Bewerbungen bis zum 15. Januar 2027 an jobs@beispiel.be.", datetime.date(2027, 1, 15), None),
        ("Bewerbungsfrist: 03.02.2027", datetime.date(2027, 2, 3), None),
        ("Ihre Bewerbung senden Sie bis spätestens 3. März 2027.", datetime.date(2027, 3, 3), None),
        ("Arbeitsbeginn: ab sofort.", None, "asap"),
        ("Die Stelle ist ab dem 1. April 2027 zu besetzen.", None, datetime.date(2027, 4, 1)),
    ],
)
def test_dates(text, deadline, start):
    found = find_dates(Doc(TITLE + text))
    assert (found["deadline"].value, found["start_date"].value) == (deadline, start)


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Ihr Profil: gute Französischkenntnisse.", ("fr",)),
        ("Sehr gute Kenntnisse der deutschen und der französischen Sprache.", ("de", "fr")),
        ("Sie sprechen fließend Deutsch und Niederländisch.", ("de", "nl")),
    ],
)
def test_languages(text, languages):
    assert find_languages(Doc(TITLE + text)).value == languages


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Psychologe (m/w/d)", "psychologue"),
        ("Sozialarbeiterin", "assistant_social"),
        ("Krankenpfleger/in", "infirmier"),
        ("Erzieher", "educateur"),
        ("Logopäde", "paramedical"),
        ("Leiterin des Dienstes", "direction"),
        ("Verwaltungsmitarbeiter", "administratif"),
    ],
)
def test_categories(title, category):
    assert categorize(title) == category


def test_the_role_of_a_german_recruiting_sentence_ends_before_its_complements():
    found = find_role(Doc("Wir suchen eine Erzieherin für unsere Wohngruppe in Eupen."))
    assert found["role"].value == "Erzieherin"


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Die Klinik Am Hang sucht ab sofort einen Psychologen (m/w/d) in Teilzeit.", "Klinik Am Hang"),
        (
            "Das Öffentliche Sozialhilfezentrum (ÖSHZ) Amel stellt eine/n Sozialarbeiter/in (m/w/d) ein.",
            "ÖSHZ Amel",
        ),
        (
            "Psychologe (m/w/d)\n\nIhre Aufgaben\n- Beratung\n\nDas Zentrum Lindenhof VoG begleitet Familien.",
            "Zentrum Lindenhof",
        ),
    ],
    ids=["subject-with-its-article", "the-german-cpas", "a-heading-is-no-name"],
)
def test_employer(text, employer):
    assert find_employer(Doc(text))["employer"].value == employer


def test_a_german_posting_is_a_vacancy_and_a_german_news_item_is_not():
    posting = (
        "Stellenangebot\n\nPsychologe (m/w/d)\n\nDas Zentrum Lindenhof VoG sucht einen Psychologen.\n\n"
        "Ihre Aufgaben\n- Beratung von Familien\n\nIhr Profil\n- Master in Psychologie\n\nWir bieten\n"
        "- einen unbefristeten Arbeitsvertrag\n\nBewerbungen bis zum 15. Januar 2027 an jobs@lindenhof.example."
    )
    news = (
        "Pflegemangel in Ostbelgien\n\nEupen, 12. November 2026 – Die Krankenhäuser der Region finden seit Monaten "
        "keine Krankenpfleger. Die Gewerkschaften fordern bessere Gehälter, das Ministerium plant einen runden Tisch."
    )
    assert extract(posting).is_vacancy and not extract(news).is_vacancy


def test_a_german_day_after_am_is_no_pay_scale():
    from ingest.extraction.fields.pay import find_pay

    found = find_pay(Doc(TITLE + "Lernen Sie uns am 5. November 2026 in Eupen kennen."))
    assert found.get("pay_scale") is None or found["pay_scale"].value is None
