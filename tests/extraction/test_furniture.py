"""Other postings listed under the one shown never reach the extractor."""

import pytest

from ingest.extraction import extract
from ingest.extraction.furniture import without_related_postings, without_site_chrome

POSTING = (
    "Psycholoog (m/v/x)\nRegio | Antwerpen\nRegime | Deeltijds – 4/5 (30,4 uur per week)\n"
    "Het CGG De Haven zoekt een psycholoog. Wij bieden een contract van onbepaalde duur.\n"
    "Solliciteren tot 1 maart 2027 via jobs@dehaven.example.\n"
)
RELATED = (
    "\nVergelijkbare jobs\nMaatschappelijk werker | CAW Noord | Turnhout | Voltijds\n"
    "Verpleegkundige | PZ Oost | Gent | Voltijds | solliciteren tot 5 april 2027\n"
)


def test_the_list_of_similar_jobs_is_left_out():
    assert without_related_postings(POSTING + RELATED) == POSTING
    found = extract(POSTING + RELATED).as_contract_document()
    assert (found["work_time"], found["fte"], found["deadline"]) == ("part_time", 0.8, "2027-03-01")


def test_a_menu_entry_at_the_top_is_not_a_list_of_other_postings():
    text = "Andere vacatures | Over ons | Contact\n" + POSTING
    assert without_related_postings(text) == text


CHROME = [
    ("menu-with-wide-spaces", "Accueil   Offres d'emploi   Publier une offre   Formations   Contact"),
    (
        "menu-with-dashes",
        "Accueil - Nos antennes - Pour les professionnels - Offres d'emploi - Nous contacter",
    ),
    ("dutch-menu-with-bars", "Home | Over ons | Vacatures | Nieuws | Contact | FR | NL"),
    ("breadcrumb", "Vous êtes ici : Accueil > Offres d'emploi > Résultats de recherche > Détail de l'offre"),
    ("breadcrumb-arrows", "Vacatures › Zorg › Psycholoog"),
    (
        "cookie-banner",
        "Nous utilisons des cookies pour mesurer l'audience. [Accepter] [Refuser] [Personnaliser]",
    ),
    ("button-row", "[ Postuler ]   [ Sauvegarder ]   [ Imprimer ]"),
]


@pytest.mark.parametrize("line", [c[1] for c in CHROME], ids=[c[0] for c in CHROME])
def test_site_chrome_lines_are_emptied(line):
    assert without_site_chrome(f"{line}\nPsychologue (h/f/x)\n") == "\nPsychologue (h/f/x)\n"


TITLES_KEPT = [
    "Psychologue – CDI – mi-temps – Bruxelles",
    "Verpleegkundige | PZ Oost | Gent | Voltijds",
    "Accueil et secrétariat – Maison médicale Le Pont – 4/5",
    "Le SSM recrute un·e psychologue (contact : Marie Dubois).",
]


@pytest.mark.parametrize("line", TITLES_KEPT)
def test_titles_and_sentences_are_not_chrome(line):
    assert without_site_chrome(line) == line


def test_a_menu_word_is_never_the_role():
    text = (
        "Trajets asbl\nAccueil - Nos antennes - Offres d'emploi - Nous contacter\n\n"
        "Assistant·e social·e (H/F/X)\nTemps plein – CDD 12 mois\n\nTrajets asbl recrute un·e assistant·e social·e."
    )
    found = extract(text).as_contract()
    assert (found["role"], found["role_category"]) == ("Assistant·e social·e", "assistant_social")


def test_a_two_cell_table_row_is_a_label_and_its_value():
    from ingest.extraction.normalize import normalize

    text = "| DOMEIN | Welzijn |\n| GRAAD | B1 - B2 - B3 |\n| STATUUT | Contractueel |\nGewone zin | met een streep"
    assert normalize(text).splitlines() == [
        "DOMEIN: Welzijn",
        "GRAAD: B1 - B2 - B3",
        "STATUUT: Contractueel",
        "Gewone zin | met een streep",
    ]


def test_markup_left_in_a_pages_text_is_dropped():
    from ingest.extraction.normalize import normalize

    text = "BEROEPSPROFIEL<br />\ngespecialiseerd <strong>opvoeder</strong>-<b>begeleider</b> (m/v)<br />\nZorg &amp; welzijn"
    assert normalize(text) == "BEROEPSPROFIEL\n\ngespecialiseerd opvoeder-begeleider (m/v)\n\nZorg & welzijn"


def test_angle_brackets_that_are_no_markup_stay():
    from ingest.extraction.normalize import normalize

    assert (
        normalize("Salaire <3000 € ou > 2500 €, voir <annexe>")
        == "Salaire <3000 € ou > 2500 €, voir <annexe>"
    )


@pytest.mark.parametrize(
    "tagline",
    [
        "Pour les professionnels du social-santé à Bruxelles",
        "Le portail de l'emploi non marchand en Wallonie",
        "Het portaal voor welzijnswerkers in Vlaanderen",
    ],
)
def test_a_sites_tagline_at_the_top_is_emptied(tagline):
    text = f"Plateforme Social\n{tagline}\n\nLa Ligue engage un·e chargé·e de recherche (h/f/x)."
    assert tagline not in without_site_chrome(text)


def test_the_same_words_further_down_are_the_posting():
    text = "Offre\nTitre\nIntro\nAutre ligne\nPour les professionnels du secteur, une formation est prévue."
    assert "Pour les professionnels du secteur" in without_site_chrome(text)
