"""OCR of scanned PDF pages: pypdfium2 renders, tesseract reads French and Dutch.

MEASURED.md: pypdfium2 renders a page in 0.13 s (pdftoppm 7.8 s); tesseract `fra` reads one in 3.0 s
with OMP_THREAD_LIMIT=1 (11.5 s with its default threads on 2 cores); `eng` instead of `fra` loses
accents (0.83). `ocr_pages` runs inside the sandbox child, which sets OMP_THREAD_LIMIT.
"""

from __future__ import annotations

import functools
import math
import re
import shutil
import subprocess
import time
from collections import defaultdict

from ingest.reading.layout import Row, reflow

NEEDS_OCR_MESSAGE = (
    "This PDF has no text layer (scanned pages). Install tesseract-ocr with the fra and nld packs, "
    "or set INGEST_OCR=1, then run manage.py reparse."
)
LANGUAGES = ("fra", "nld")
DPI = 300
# Pages OCR'd per document: ~3 s each, so a long scan stays inside the time limit.
MAX_OCR_PAGES = 10
# A page rendered bigger than this (a poster, a hostile MediaBox) is rendered at a lower resolution.
MAX_PIXELS = 40_000_000


# Tesseract reads the middle dot of inclusive forms ("infirmier·ère", "un·e") as a colon or a full stop.
_MISREAD_DOT = re.compile(
    r"(?<=[a-zà-ÿ])[:.](?=(?:e|es|ne|nes|le|les|ve|ves|se|ses|x|rice|rices|trice|trices|ère|ères|euse|euses)\b)"
)


def fix_misread_dots(line: str) -> str:
    return _MISREAD_DOT.sub("·", line)


def paragraph_rows(data: dict, *, scale: float) -> list[list[Row]]:
    """Tesseract's words (image_to_data) as paragraphs of rows, in its reading order, in PDF points.

    Each word takes its line's top and bottom, so letters with and without descenders stay one row.
    """
    lines: dict[tuple, list[dict]] = defaultdict(list)
    for i, text in enumerate(data["text"]):
        if data["level"][i] == 5 and text.strip():
            key = (data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i])
            left, top = data["left"][i] / scale, data["top"][i] / scale
            word = {"text": text.strip(), "x0": left, "x1": left + data["width"][i] / scale, "top": top}
            word["bottom"] = top + data["height"][i] / scale
            lines[key].append(word)
    paragraphs: dict[tuple, list[Row]] = defaultdict(list)
    for key, words in lines.items():
        top, bottom = min(w["top"] for w in words), max(w["bottom"] for w in words)
        paragraphs[key[:3]].append([{**w, "top": top, "bottom": bottom} for w in words])
    return list(paragraphs.values())


@functools.lru_cache(maxsize=1)
def ocr_unavailable() -> str:
    """Why OCR cannot run here ("" when it can). Cached: installing tesseract needs a worker restart."""
    binary = shutil.which("tesseract")
    if not binary:
        return "tesseract is not installed"
    try:
        listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.SubprocessError) as error:
        return f"tesseract does not run ({error})"
    installed = set(listed.stdout.split())
    missing = [lang for lang in LANGUAGES if lang not in installed]
    return f"tesseract lacks the language packs {', '.join(missing)}" if missing else ""


def ocr_pages(content: bytes, *, pages: list[int], dpi: int = DPI) -> dict:
    """OCR the given pages (0-based) of a PDF; runs in the sandbox child. {"pages": {"3": {...}}}."""
    import pypdfium2
    import pytesseract

    document = pypdfium2.PdfDocument(content)
    results = {}
    try:
        for index in pages:
            started = time.perf_counter()
            page = document[index]
            width, height = page.get_size()
            scale = min(dpi / 72, math.sqrt(MAX_PIXELS / max(width * height, 1)))
            image = page.render(scale=scale, grayscale=True).to_pil()
            page.close()
            data = pytesseract.image_to_data(
                image, lang="+".join(LANGUAGES), output_type=pytesseract.Output.DICT
            )
            results[str(index)] = {
                "lines": [fix_misread_dots(line) for line in reflow(paragraph_rows(data, scale=scale))],
                "ms": round((time.perf_counter() - started) * 1000),
                "dpi": round(scale * 72),
            }
    finally:
        document.close()
    return {"pages": results, "engine": f"tesseract {pytesseract.get_tesseract_version()}"}
