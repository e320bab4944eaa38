"""Reading order from word boxes, on hand-placed words (no PDF needed)."""

from ingest.reading.layout import find_gutter, group_rows, reading_lines

CHAR_WIDTH, HEIGHT, LEADING = 5.0, 10.0, 13.0


def words_of(line: str, *, x: float, top: float) -> list[dict]:
    """Boxes for the words of `line` as a 10 pt font with 5 pt wide letters would place them."""
    words = []
    for text in line.split():
        words.append(
            {"text": text, "x0": x, "x1": x + CHAR_WIDTH * len(text), "top": top, "bottom": top + HEIGHT}
        )
        x += CHAR_WIDTH * (len(text) + 1)
    return words


LEFT = [
    "Le service accueille des adultes",
    "en souffrance psychique et leurs",
    "proches, sur rendez-vous ou sans.",
    "Vous animez des groupes de parole.",
]
RIGHT = [
    "Het team werkt tweetalig en zoekt",
    "een begeleider met ervaring in de",
    "geestelijke gezondheidszorg, voor",
    "een contract van onbepaalde duur.",
]


# Each column is one paragraph wrapped by a line breaker: read back, its wrapped lines join again, and
# a sentence ending before a capital on the next line stays a line of its own.
LEFT_TEXT = [" ".join(LEFT[:3]), LEFT[3]]
RIGHT_TEXT = [" ".join(RIGHT)]


def two_columns(
    *, title: str | None = "Offre d'emploi – Vacature : éducateur / begeleider (h/f/x)"
) -> list[dict]:
    words = words_of(title, x=60, top=50) if title else []
    for index, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        top = 80 + index * LEADING  # the same baselines on both sides: the interleaving trap
        words += words_of(left, x=60, top=top) + words_of(right, x=300, top=top)
    return words


def test_two_columns_are_read_left_then_right_under_a_full_width_title():
    lines, columns = reading_lines(two_columns())
    assert columns == 2
    assert lines == [
        "Offre d'emploi – Vacature : éducateur / begeleider (h/f/x)",
        "",
        *LEFT_TEXT,
        "",
        *RIGHT_TEXT,
    ]


def test_two_columns_without_a_title():
    lines, columns = reading_lines(two_columns(title=None))
    assert (lines, columns) == ([*LEFT_TEXT, "", *RIGHT_TEXT], 2)


def test_a_gap_between_two_words_of_the_title_is_not_the_gutter():
    gutter = find_gutter(group_rows(two_columns()))
    assert gutter is not None and gutter[1] - gutter[0] > 50  # the whole strip between the columns


def test_a_form_with_labels_and_values_stays_one_line_per_row():
    rows = [
        ("Fonction :", "Assistant social (h/f/x)"),
        ("Contrat :", "CDD de douze mois"),
        ("Lieu :", "1190 Forest"),
        ("Horaire :", "temps plein, 38 heures"),
    ]
    words = []
    for index, (label, value) in enumerate(rows):
        words += words_of(label, x=60, top=80 + index * 20) + words_of(value, x=260, top=80 + index * 20)
    lines, columns = reading_lines(words)
    assert columns == 1
    assert [line for line in lines if line] == [f"{label} {value}" for label, value in rows]


def test_one_column_paragraphs_are_separated_by_a_blank_line():
    words = words_of("Première ligne du premier paragraphe", x=60, top=80)
    words += words_of("suite du premier paragraphe", x=60, top=80 + LEADING)
    words += words_of("Second paragraphe après un blanc", x=60, top=80 + 3 * LEADING)
    lines, columns = reading_lines(words)
    assert columns == 1
    assert lines == [
        "Première ligne du premier paragraphe suite du premier paragraphe",
        "",
        "Second paragraphe après un blanc",
    ]


def column(*lines: str, x: float = 60, **word_extra) -> list[dict]:
    words = []
    for index, line in enumerate(lines):
        words += [{**w, **word_extra} for w in words_of(line, x=x, top=80 + index * LEADING)]
    return words


def test_a_full_line_whose_next_word_would_not_fit_is_joined_to_the_next():
    lines, _ = reading_lines(column("Nous engageons une psychologue pour", "notre équipe mobile de Namur."))
    assert lines == ["Nous engageons une psychologue pour notre équipe mobile de Namur."]


def test_a_short_line_ends_where_its_author_ended_it():
    # The paragraph below sets the width of the column; the fields above it end well before its edge.
    fields = column(
        "Fonction : psychologue (h/f/x)",
        "CDI",
        "Temps plein",
        "Lieu Namur",
        "",
        "Le service de santé mentale accueille des adultes et des familles",
    )
    assert reading_lines(fields)[0][:4] == [
        "Fonction : psychologue (h/f/x)",
        "CDI",
        "Temps plein",
        "Lieu Namur",
    ]


def test_list_items_and_labelled_fields_start_new_lines_even_below_a_full_line():
    lines, _ = reading_lines(
        column(
            "Vous accompagnez des familles et vous animez",
            "- des groupes de parole pour les proches",
            "des ateliers collectifs pour les enfants et",
            "Contrat : CDI à mi-temps",
        )
    )
    assert lines == [
        "Vous accompagnez des familles et vous animez",
        "- des groupes de parole pour les proches des ateliers collectifs pour les enfants et",
        "Contrat : CDI à mi-temps",
    ]


def test_a_web_address_cut_after_a_slash_is_joined_without_a_space():
    lines, _ = reading_lines(
        column("Postulez sur https://emplois.example.be/offres/", "psychologue-2026 avant mai.")
    )
    assert lines == ["Postulez sur https://emplois.example.be/offres/psychologue-2026 avant mai."]


def test_a_hyphenated_break_is_left_for_the_cleanup_to_join():
    lines, _ = reading_lines(
        column("Le service cherche une personne infir-", "mière pour son équipe de nuit.")
    )
    assert lines == ["Le service cherche une personne infir-", "mière pour son équipe de nuit."]


def test_a_title_in_another_font_is_not_joined_to_the_text_below():
    title = column("Psychologue clinicien·ne à mi-temps pour le", fontname="Bold", size=12)
    body = [
        {**w, "top": w["top"] + LEADING, "bottom": w["bottom"] + LEADING, "fontname": "Regular", "size": 10}
        for w in column("service de santé mentale de Namur.", "Nous sommes une équipe de douze.")
    ]
    assert reading_lines(title + body)[0][0] == "Psychologue clinicien·ne à mi-temps pour le"


def test_words_on_slightly_different_baselines_share_a_row():
    words = words_of("Psychologue", x=60, top=80) + words_of("(h/f/x)", x=125, top=81.5)
    assert reading_lines(words) == (["Psychologue (h/f/x)"], 1)


def test_an_empty_page_has_no_lines():
    assert reading_lines([]) == ([], 0)


def test_a_sentence_running_from_one_column_into_the_next_is_joined():
    left = [*LEFT[:3], "Postulez via le formulaire sur"]
    right = ["https://www.example.org/jobs et", *RIGHT[1:]]
    words = []
    for index, (line_left, line_right) in enumerate(zip(left, right, strict=True)):
        top = 80 + index * LEADING
        words += words_of(line_left, x=60, top=top) + words_of(line_right, x=300, top=top)
    lines, columns = reading_lines(words)
    assert columns == 2
    assert "Postulez via le formulaire sur https://www.example.org/jobs et" in " ".join(lines)
    assert "" not in lines  # one sentence, one paragraph: nothing left between the columns
