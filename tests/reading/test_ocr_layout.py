"""What OCR gives back is shaped like a PDF's text: tesseract's words become rows and paragraphs."""

from ingest.reading.layout import reflow
from ingest.reading.ocr import fix_misread_dots, paragraph_rows


def tesseract_data(lines: list[tuple[int, int, str]]) -> dict:
    """image_to_data output for words at 300 dpi: (paragraph, line, text) per line, 20 px per letter."""
    data = {
        k: []
        for k in (
            "level",
            "page_num",
            "block_num",
            "par_num",
            "line_num",
            "left",
            "top",
            "width",
            "height",
            "text",
        )
    }
    for paragraph, line, text in lines:
        x = 100
        for word in text.split():
            top = 200 + 60 * (line + 3 * paragraph) + (6 if word[0] in "aceimnorsuvwxz" else 0)
            for key, value in zip(
                data, (5, 1, 1, paragraph, line, x, top, 20 * len(word), 40, word), strict=True
            ):
                data[key].append(value)
            x += 20 * (len(word) + 1)
    return data


def test_wrapped_ocr_lines_join_and_paragraphs_stay_apart():
    data = tesseract_data(
        [
            (1, 1, "Le service engage une psychologue pour"),
            (1, 2, "son équipe adultes."),
            (2, 1, "Contrat : CDI"),
        ]
    )
    lines = reflow(paragraph_rows(data, scale=300 / 72))
    assert lines == ["Le service engage une psychologue pour son équipe adultes.", "", "Contrat : CDI"]


def test_words_of_one_line_share_a_row_whatever_their_letters():
    rows = paragraph_rows(tesseract_data([(1, 1, "Lieu de travail : Namur")]), scale=300 / 72)
    assert [" ".join(w["text"] for w in row) for row in rows[0]] == ["Lieu de travail : Namur"]


def test_middle_dots_read_as_colons_or_full_stops_are_restored():
    assert fix_misread_dots("un:e infirmier.ère de rue") == "un·e infirmier·ère de rue"
    assert (
        fix_misread_dots("Horaire : 9:30, site www.ssm.be et psy.be")
        == "Horaire : 9:30, site www.ssm.be et psy.be"
    )
