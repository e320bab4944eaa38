"""Page furniture, split words and odd characters, on lines of text (no PDF needed)."""

import pytest

from ingest.reading.cleanup import drop_page_furniture, join_split_words, pages_to_text, unify_characters

HEADER = "Centre de santé mentale Le Méridien – Rue Haute 8, 1000 Bruxelles"
FOOTER = "www.meridien.example – info@meridien.example"


def page(number: int, total: int, body: list[str], counter: str = "Page {n}/{total}") -> list[str]:
    return [HEADER, "", *body, "", FOOTER, counter.format(n=number, total=total)]


BODIES = [
    ["Le Méridien engage un psychiatre (h/f/x) à mi-temps."],
    ["Missions : consultations, réunions d'équipe, garde une semaine sur six."],
    ["Candidatures avant le 30 juin auprès de la direction médicale."],
]


def test_running_header_and_footer_and_counters_are_dropped():
    pages = [page(n, 3, body) for n, body in enumerate(BODIES, 1)]
    cleaned, removed = drop_page_furniture(pages)
    text = "\n".join("\n".join(lines) for lines in cleaned)
    assert HEADER not in text and FOOTER not in text
    assert all(body[0] in text for body in BODIES)
    assert "Page" not in text
    assert set(removed) == {HEADER, FOOTER}


@pytest.mark.parametrize(
    "counter",
    [
        "Page {n}/{total}",
        "page {n} sur {total}",
        "Pagina {n} van {total}",
        "- {n} -",
        "{n}",
        "{n} / {total}",
        "p. {n}",
    ],
)
def test_page_counters_are_dropped(counter):
    pages = [page(n, 3, body, counter) for n, body in enumerate(BODIES, 1)]
    text, _ = pages_to_text(pages)
    for n in (1, 2, 3):
        assert counter.format(n=n, total=3) not in text.splitlines()
    assert all(body[0] in text for body in BODIES)


def test_a_running_line_with_a_counter_inside_is_dropped_and_reported_without_it():
    pages = [[*body, f"Le Méridien – offre 2026-14 – Page {n}/3"] for n, body in enumerate(BODIES, 1)]
    text, details = pages_to_text(pages)
    assert "Méridien – offre" not in text and text.splitlines()[-1] == BODIES[2][0]
    assert details["running_lines"] == ["Le Méridien – offre 2026-14"]


def test_a_line_repeated_in_the_middle_of_pages_is_not_furniture():
    pages = [
        [
            f"Titre {n}",
            f"Premier point {n}",
            f"Deuxième point {n}",
            "Vous travaillerez en équipe.",
            f"Autre détail {n}",
            f"Encore un {n}",
            f"Fin de page {n}",
        ]
        for n in ("A", "B")
    ]
    cleaned, removed = drop_page_furniture(pages)
    assert cleaned == pages and removed == []


def test_a_single_page_keeps_its_letterhead_and_loses_its_counter():
    cleaned, _ = drop_page_furniture([page(1, 1, BODIES[0])])
    assert cleaned == [[HEADER, "", BODIES[0][0], "", FOOTER]]


@pytest.mark.parametrize(
    ("split", "joined"),
    [
        ("un infir-\nmier", "un infirmier"),
        ("santé commu\u2010\nnautaire", "santé communautaire"),  # U+2010, automatic hyphenation
        ("santé commu\u2011\nnautaire", "santé communautaire"),  # U+2011 non-breaking hyphen
        ("psycho\u00ad\nsocial", "psychosocial"),  # soft hyphen
        ("à mi-\ntemps", "à mi-temps"),  # compound prefix
        ("le secteur non-\nmarchand", "le secteur non-marchand"),
        ("Saint-\nGilles", "Saint-Gilles"),  # a capital after the break: a name
        ("clinicien-\nne", "clinicien-ne"),  # inclusive ending
        ("éducateur-\ntrice", "éducateur-trice"),
        ("une éduca-\ntrice", "une éducatrice"),
        ("années 2025-\n2026", "années 2025-\n2026"),  # numbers are left alone
        ("fin de phrase -\nnouvelle ligne", "fin de phrase -\nnouvelle ligne"),  # a dash, not a hyphen
        ("le page\u00adbreak", "le pagebreak"),  # a soft hyphen mid-line is invisible
        ("verpleeg-\nkundige", "verpleegkundige"),
        ("zorg-\n\nverlening", "zorgverlening"),  # across a page break
    ],
)
def test_split_words_are_joined(split, joined):
    assert join_split_words(split)[0] == joined


def test_the_document_itself_decides_when_it_spells_the_word_elsewhere():
    assert (
        join_split_words("temps-\nplein, et plus loin temps-plein")[0]
        == "temps-plein, et plus loin temps-plein"
    )
    assert join_split_words("psycho-\nlogue ; un psychologue")[0] == "psychologue ; un psychologue"


def test_ligatures_and_no_break_spaces_are_unified():
    assert (
        unify_characters("ﬁnancement, eﬀectif, ﬂexible\u00a0: 20\u202f€")
        == "financement, effectif, flexible : 20 €"
    )


def test_a_sentence_cut_by_a_page_break_is_rejoined():
    from ingest.reading.cleanup import join_pages

    pages = [
        ["Nous cherchons un·e psychologue à 80 % (30h24 par"],
        ["semaine), en CDI."],
        ["Profil", "Master."],
    ]
    assert (
        join_pages(pages)
        == "Nous cherchons un·e psychologue à 80 % (30h24 par semaine), en CDI.\n\nProfil\nMaster."
    )


def test_a_page_ending_a_sentence_or_a_hyphenated_word_stays_apart():
    from ingest.reading.cleanup import join_pages

    assert (
        join_pages([["Fin de la phrase."], ["début d'une autre"]]) == "Fin de la phrase.\n\ndébut d'une autre"
    )
    assert join_pages([["un infir-"], ["mier"]]) == "un infir-\n\nmier"
