"""The corpus printed as PDFs loses nothing the text gives.

One document of each group of the corpus, in each layout of tests/corpus/pdf_layouts.py: every field the
extractor gets right from the text file it must get right from the PDF too (judged as the scorer judges).
The scanned layout goes through OCR, whose letters may differ a little ("f.lejeune" read "flejeune"), so
it is held to the key fields. `make score` scores the whole corpus in every layout.
"""

from pathlib import Path

import pytest

from ingest.evaluation import SCORED_FIELDS, load_labels, same
from ingest.extraction import extract
from ingest.reading import read_document
from ingest.reading.ocr import ocr_unavailable

from .pdf_layouts import render

DOCS = Path(__file__).parent / "docs"
# The first document of each group (the name's prefix before the first dash).
SAMPLE = sorted({path.name.split("-")[0]: path for path in sorted(DOCS.glob("*.txt"), reverse=True)}.values())
LABELS = load_labels(DOCS.parent / "labels.jsonl")
KEY_FIELDS = ("is_vacancy", "role", "employer", "contract_type", "deadline", "postcode")


def _from_pdf(text: str, layout: str) -> dict:
    result = read_document(render(text, layout), name=f"test-{layout}.pdf", ocr=True)
    assert result.status == "ok", result.error
    return extract(result.text).as_contract()


def _lost(path: Path, layout: str, fields: tuple[str, ...]) -> dict:
    """Fields right from the text and wrong from the PDF: {field: (gold, from text, from PDF)}."""
    gold, text = LABELS[path.stem], path.read_text(encoding="utf-8")
    from_text, from_pdf = extract(text).as_contract(), _from_pdf(text, layout)
    return {
        name: (gold.get(name), from_text.get(name), from_pdf.get(name))
        for name in fields
        if same(name, gold.get(name), from_text.get(name))
        and not same(name, gold.get(name), from_pdf.get(name))
    }


@pytest.mark.parametrize("layout", ["one_column", "two_columns", "letterhead"])
@pytest.mark.parametrize("path", SAMPLE, ids=[p.stem for p in SAMPLE])
def test_a_pdf_loses_nothing_its_text_gives(path, layout):
    assert _lost(path, layout, ("is_vacancy", *SCORED_FIELDS)) == {}


@pytest.mark.skipif(
    bool(ocr_unavailable()), reason=f"OCR unavailable: {ocr_unavailable()} (make system-deps)"
)
@pytest.mark.parametrize("path", SAMPLE[::3], ids=[p.stem for p in SAMPLE[::3]])
def test_a_scanned_pdf_keeps_the_key_fields_of_its_text(path):
    assert _lost(path, "scanned", KEY_FIELDS) == {}


def test_rendering_from_several_threads_at_once_is_safe():
    """bench/score.py prints the corpus from two threads; reportlab's font subsetting is not thread-safe."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        f"Éducateur·rice n°{i} (h/f/x)\n\nL'asbl Trait d'Union engage.\n\nCDI, temps plein."
        for i in range(24)
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        pdfs = list(pool.map(lambda text: render(text, "one_column"), texts))
    assert all(pdf.startswith(b"%PDF") for pdf in pdfs)
