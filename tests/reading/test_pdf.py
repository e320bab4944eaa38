"""PDFs built with reportlab (tests/reading/pdfs.py), read end to end through the sandboxed child."""

import pytest

from ingest.reading import read_document
from ingest.reading.ocr import NEEDS_OCR_MESSAGE, ocr_unavailable
from ingest.reading.pdf import read_pdf
from tests.reading import pdfs

needs_tesseract = pytest.mark.skipif(
    bool(ocr_unavailable()),
    reason=f"OCR test skipped: {ocr_unavailable()} (apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-nld)",
)


def flat(text: str) -> str:
    """Whitespace-insensitive form, to find a paragraph whatever its line breaks."""
    return " ".join(text.split())


def read(content: bytes, **kwargs):
    result = read_document(content, name="offre.pdf", **kwargs)
    assert result.media_type == "application/pdf"
    return result


@pytest.fixture(scope="module")
def one_column():
    return read(pdfs.one_column_pdf())


def test_one_column_posting(one_column):
    assert one_column.status == "ok" and not one_column.error
    assert one_column.pages == 1 and not one_column.ocr
    assert one_column.text.splitlines()[0] == pdfs.TITLE
    text = flat(one_column.text)
    positions = [text.index(flat(paragraph)) for paragraph in pdfs.POSTING_FR]
    assert positions == sorted(positions)


def test_accents_and_symbols_survive(one_column):
    for word in ["santé", "équipe", "chèques-repas", "néerlandais", "(20 €)", "clinicien·ne", "–"]:
        assert word in one_column.text


def test_provenance_names_the_extractor_and_timings(one_column):
    assert one_column.details["extractor"].startswith("pdfplumber")
    assert one_column.details["total_ms"] >= one_column.details["parse_ms"] > 0
    assert one_column.details["columns_on_pages"] == []


@pytest.mark.parametrize("pages", [1, 2])
def test_two_columns_are_read_left_column_first(pages):
    result = read(pdfs.two_column_pdf(pages=pages))
    assert result.status == "ok" and result.details["columns_on_pages"] == list(range(1, pages + 1))
    text = flat(result.text)
    left = [text.index(flat(p)) for p in pdfs.LEFT_COLUMN]  # each paragraph whole: no interleaving
    right = [text.index(flat(p)) for p in pdfs.RIGHT_COLUMN]
    assert left == sorted(left) and right == sorted(right)
    assert max(left) < min(right)


def test_letterhead_footer_and_page_counters_are_removed_between_pages():
    result = read(pdfs.letterhead_pdf())
    assert result.status == "ok" and result.pages == 3
    text = result.text
    assert "Page" not in text and "/3" not in text
    # The printer's letterhead and footer are gone from every page, the posting's own text is whole.
    for line in (*pdfs.LETTERHEAD, pdfs.FOOTER):
        assert line not in text
    body = [flat(p) for paragraphs in pdfs.LETTER_PAGES for p in paragraphs]
    positions = [flat(text).index(p) for p in body]
    assert positions == sorted(positions)
    assert set(result.details["running_lines"]) == {*pdfs.LETTERHEAD, pdfs.FOOTER}


def test_words_split_at_line_ends_are_joined():
    result = read(pdfs.hyphenated_pdf())
    text = flat(result.text)
    for word in [
        "un infirmier ou",
        "santé communautaire",
        "accompagnement psychosocial",
        "à mi-temps",
        "de Saint-Gilles et",
    ]:
        assert word in text
    assert "infir-" not in text and "\u00ad" not in text
    assert result.details["joined_words"] == 5


def test_a_form_keeps_each_label_with_its_value():
    lines = [line for line in read(pdfs.key_value_pdf()).text.splitlines() if line]
    assert lines[:3] == [
        "Fonction : Assistant·e social·e (h/f/x)",
        "Employeur : CPAS de Forest",
        "Contrat : CDD de 12 mois",
    ]


@needs_tesseract
def test_scanned_page_is_read_by_ocr():
    result = read(pdfs.scanned_pdf())
    assert result.status == "ok", result.error
    assert result.ocr and result.details["ocr_pages"] == [1]
    text = result.text.lower()
    for word in ["psychologue", "bruxelles", "santé mentale", "durée indéterminée", "tilleuls"]:
        assert word in text


def test_scanned_page_without_ocr_needs_ocr():
    result = read(pdfs.scanned_pdf(), ocr=False)
    assert result.status == "needs_ocr" and result.error == NEEDS_OCR_MESSAGE
    assert result.details["pages_without_text"] == [1] and not result.ocr


def test_a_scan_with_a_stamped_page_number_is_still_a_scan():
    result = read(pdfs.scanned_pdf(stamp="Page 1/1"), ocr=False)
    assert result.status == "needs_ocr" and result.details["pages_without_text"] == [1]


def test_scanned_page_without_tesseract_needs_ocr(monkeypatch):
    monkeypatch.setattr("ingest.reading.pdf.ocr_module.ocr_unavailable", lambda: "tesseract is not installed")
    result = read(pdfs.scanned_pdf())
    assert result.status == "needs_ocr" and "Install tesseract-ocr with the fra and nld packs" in result.error
    assert result.details["ocr_unavailable"] == "tesseract is not installed"


def test_a_scanned_annex_without_ocr_leaves_the_text_pages_readable():
    result = read(pdfs.text_then_scan_pdf(), ocr=False)
    assert result.status == "ok" and pdfs.TITLE in result.text
    assert result.details["pages_without_text"] == [2] and "INGEST_OCR=0" in result.details["warning"]


def test_encrypted_pdf_asks_for_an_unprotected_copy():
    result = read(pdfs.encrypted_pdf())
    assert result.status == "error"
    assert result.error == "offre.pdf is password-protected: ask the publisher for an unprotected copy."


def test_truncated_pdf_is_an_error():
    content = pdfs.one_column_pdf()
    result = read(content[: len(content) // 2])
    assert result.status == "error" and "truncated" in result.error and "Download it again" in result.error


def test_damaged_pdf_is_an_error():
    content = pdfs.one_column_pdf()
    result = read(content[: len(content) // 2] + b"\n%%EOF\n")
    assert result.status == "error" and "damaged or not a valid PDF" in result.error


def test_a_file_named_pdf_that_is_not_one():
    result = read_document(b"Offre d'emploi en texte brut", name="offre.pdf")
    assert result.status == "error" and "not one (no %PDF header)" in result.error


def test_blank_pdf_has_no_text():
    result = read(pdfs.blank_pdf())
    assert result.status == "error" and "contains no text" in result.error and result.pages == 1


def test_decompression_bomb_is_stopped_by_the_memory_limit():
    result = read_pdf(
        pdfs.bomb_pdf(300), subject="bombe.pdf", ocr=False, timeout=30, memory=300 * 1024 * 1024
    )
    assert result.status == "error" and "more than 300 MB of memory" in result.error


def test_a_pdf_that_takes_too_long_is_stopped():
    result = read_pdf(pdfs.one_column_pdf(), subject="lent.pdf", ocr=False, timeout=0.01)
    assert result.status == "error"
    assert (
        result.error.startswith("lent.pdf took longer than 0.01 s") and "INGEST_PDF_TIMEOUT" in result.error
    )


@pytest.mark.parametrize("sandbox", ["forked", "fresh interpreter"])
def test_both_sandboxes_read_the_same_and_stop_a_bomb(sandbox):
    from ingest.reading import sandbox as module

    run = (
        module.run_in_child
        if sandbox == "forked"
        else lambda task, content, **kw: module._run_interpreter(
            task,
            content,
            timeout=kw["timeout"],
            limits={"memory": kw.get("memory", module.MEMORY_LIMIT), "cpu": 31},
            options={},
        )
    )
    read = run("pdf_text", pdfs.one_column_pdf(), timeout=30)
    assert read["pages"][0]["lines"][0] == pdfs.TITLE
    with pytest.raises(module.ChildFailed) as failure:
        result = run("pdf_text", pdfs.bomb_pdf(300), timeout=30, memory=300 * 1024 * 1024)
        if result.get("failure") == "memory":
            raise module.ChildFailed("memory")
    assert failure.value.reason == "memory"


def test_one_sandbox_child_reads_document_after_document():
    from ingest.reading import sandbox

    sandbox.run_in_child("pdf_text", pdfs.one_column_pdf(), timeout=30)
    first = sandbox._children.child.process.pid
    read = sandbox.run_in_child("pdf_text", pdfs.two_column_pdf(), timeout=30)
    assert sandbox._children.child.process.pid == first
    assert read["pages"][0]["lines"]


def test_after_a_failed_document_a_fresh_child_reads_the_next():
    from ingest.reading import sandbox

    sandbox.run_in_child("pdf_text", pdfs.one_column_pdf(), timeout=30)
    used = sandbox._children.child.process
    result = read_pdf(
        pdfs.bomb_pdf(300), subject="bombe.pdf", ocr=False, timeout=30, memory=300 * 1024 * 1024
    )
    assert result.status == "error"
    assert not used.is_alive()
    read = read_pdf(pdfs.one_column_pdf(), subject="ok.pdf", ocr=False, timeout=30)
    assert read.status == "ok" and pdfs.TITLE in read.text
    assert sandbox._children.child.process.pid != used.pid
