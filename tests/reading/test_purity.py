"""The reading layer is library code: no Django, and the heavy parsers load only where they are used."""

import subprocess
import sys

from tests.reading import pdfs

FORBIDDEN = ("django", "celery", "vacancies", "jobboard")
# PDF parsers run in the sandboxed child; BeautifulSoup loads on the first HTML page.
LAZY = ("pdfplumber", "pdfminer", "pypdfium2", "pytesseract", "bs4")


def test_reading_imports_no_framework_and_no_parser_up_front():
    code = (
        "import sys, ingest.reading as r; r.read_document('Offre : psychologue (h/f/x)'.encode());"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN + LAZY!r}];"
        "print(','.join(sorted(bad)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_reading_a_pdf_leaves_the_parsers_out_of_the_calling_process():
    code = (
        "import sys, ingest.reading as r; content = sys.stdin.buffer.read();"
        "assert r.read_document(content, ocr=False).status == 'ok';"
        f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN + LAZY!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=pdfs.one_column_pdf(), capture_output=True, check=True
    )
    assert out.stdout.decode().strip() == ""
