"""The extraction layer is pure: importing it pulls in neither Django nor PDF or network libraries."""

import subprocess
import sys

FORBIDDEN = ("django", "pdfplumber", "pypdfium2", "requests", "urllib3", "celery", "vacancies")


def test_extraction_imports_no_framework_or_io_library():
    code = (
        "import sys, ingest.extraction as e; e.extract('Nous recrutons un psychologue (h/f/x)');"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}];"
        "print(','.join(sorted(bad)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
