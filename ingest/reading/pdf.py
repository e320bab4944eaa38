"""PDF → text with pdfplumber, in a bounded child process, with OCR for pages that have no text layer.

pdfplumber gives each word's box; `layout.reading_lines` orders them (two columns read left then right,
where plain `extract_text()` interleaves them: MEASURED.md). `cleanup.pages_to_text` then removes page
furniture and joins split words. A page without characters but with an image is a scan: it goes to OCR
when enabled and available, else the document is marked "needs_ocr". A page with neither is blank.
"""

from __future__ import annotations

import io
import time

from ingest.reading import ocr as ocr_module
from ingest.reading.cleanup import pages_to_text
from ingest.reading.layout import reading_lines
from ingest.reading.result import ERROR, NEEDS_OCR, OK, ReadResult, failed
from ingest.reading.sandbox import MEMORY_LIMIT, ChildFailed, run_in_child
from ingest.reading.sniff import PDF, is_pdf

# A page is a scan worth OCR when it has no characters and shows an image or many drawn shapes (text
# turned into outlines), or when a few characters (a stamped page number) sit on a page-sized image.
_MIN_SHAPES_FOR_OCR = 50
_FEW_CHARS, _PAGE_SIZED_IMAGE = 40, 0.5

_CHILD_FAILURES = {
    "timeout": "{subject} took longer than {timeout:g} s to read and was stopped (INGEST_PDF_TIMEOUT): it may be "
    "very long or malformed. Raise INGEST_PDF_TIMEOUT to try again, or ask the publisher for a simpler copy.",
    "memory": "{subject} needed more than {memory} MB of memory to read and was stopped: it may be a "
    "decompression bomb or a malformed file. Ask the publisher for another copy.",
    "crash": "{subject} stopped the PDF reader ({detail}): the file is probably malformed. Download it "
    "again or ask the publisher for another copy.",
}


def read_pdf(
    content: bytes, *, subject: str, ocr: bool, timeout: float, memory: int = MEMORY_LIMIT
) -> ReadResult:
    if not is_pdf(content):
        return failed(
            PDF,
            f"{subject} is declared as a PDF but is not one (no %PDF header): it may be an "
            "error page saved under a .pdf name. Download it again.",
        )
    if b"%%EOF" not in content:
        return failed(
            PDF,
            f"{subject} is truncated (its end-of-file marker is missing): the download was "
            "probably cut short. Download it again.",
        )
    started = time.perf_counter()
    try:
        parsed = run_in_child("pdf_text", content, timeout=timeout, memory=memory)
    except ChildFailed as error:
        return _child_failure(error, subject=subject, timeout=timeout, memory=memory)
    if parsed.get("failure") == "encrypted":
        return failed(PDF, f"{subject} is password-protected: ask the publisher for an unprotected copy.")
    if "failure" in parsed:
        return _child_failure(
            ChildFailed(parsed["failure"], parsed.get("detail", "")),
            subject=subject,
            timeout=timeout,
            memory=memory,
            corrupt=parsed["failure"] == "corrupt",
        )
    pages = parsed["pages"]
    details = {
        "extractor": parsed["extractor"],
        "parse_ms": parsed.get("child_ms"),
        "columns_on_pages": [n for n, page in enumerate(pages, 1) if page["columns"] == 2],
    }
    if errors := {n: page["error"] for n, page in enumerate(pages, 1) if page.get("error")}:
        details["page_errors"] = errors
    scanned = [i for i, page in enumerate(pages) if _is_scan(page)]
    ocr_done, warning = _ocr(
        content, scanned, pages, ocr=ocr, timeout=timeout, memory=memory, details=details
    )
    text, cleanup_details = pages_to_text([page["lines"] for page in pages])
    details |= cleanup_details
    details["total_ms"] = round((time.perf_counter() - started) * 1000)
    if warning:
        details["warning"] = warning
    result = ReadResult(
        text=text, media_type=PDF, status=OK, ocr=bool(ocr_done), pages=len(pages), details=details
    )
    if text.strip():
        return result
    if "ocr_unavailable" in details:
        return ReadResult(
            "", PDF, NEEDS_OCR, error=ocr_module.NEEDS_OCR_MESSAGE, pages=len(pages), details=details
        )
    return ReadResult(
        "",
        PDF,
        ERROR,
        pages=len(pages),
        details=details,
        error=warning
        or (
            f"{subject} contains no text: its pages are blank or their text could not be read. Check the "
            "file in a PDF viewer, and ask the publisher for another copy if it looks right there."
        ),
    )


def extract_pages(content: bytes) -> dict:
    """Runs in the sandbox child: each page's lines in reading order, and what the page holds."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        document = pdfplumber.open(io.BytesIO(content))
        pages = []
        with document:
            for page in document.pages:
                pages.append(_read_page(page))
    except Exception as error:
        cause = _cause(error)
        if isinstance(cause, MemoryError):
            return {"failure": "memory"}
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            return {"failure": "encrypted"}
        return {"failure": "corrupt", "detail": f"{type(cause).__name__}: {cause}"[:300]}
    return {"pages": pages, "extractor": f"pdfplumber {pdfplumber.__version__} (words, column detection)"}


def _read_page(page) -> dict:
    try:
        source = page.dedupe_chars() if _has_doubled_chars(page.chars) else page
        words = source.extract_words(extra_attrs=["fontname", "size"])
        lines, columns = reading_lines(words)
        return {
            "lines": lines,
            "columns": columns,
            "chars": len(page.chars),
            "images": len(page.images),
            "shapes": len(page.curves) + len(page.rects),
            "image_cover": _largest_image_share(page),
        }
    except Exception as error:  # one broken page must not lose the others; running out of memory stops all
        if isinstance(_cause(error), MemoryError):
            raise
        return {"lines": [], "columns": 0, "chars": 0, "images": 0, "shapes": 0, "error": repr(error)[:300]}
    finally:
        page.close()


def _has_doubled_chars(chars: list[dict]) -> bool:
    """Fake bold draws each letter twice at (nearly) the same place; only then is dedupe_chars() worth
    its cost (it doubles the time of reading a page)."""
    seen = set()
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key in seen and not char["text"].isspace():
            return True
        seen.add(key)
    return False


def _cause(error: Exception) -> BaseException:
    """pdfplumber wraps pdfminer's errors (PdfminerException(PDFPasswordIncorrect())): unwrap them."""
    inner = error.args[0] if error.args else None
    return inner if isinstance(inner, BaseException) else error


def _largest_image_share(page) -> float:
    area = float(page.width * page.height) or 1.0
    return max((abs((i["x1"] - i["x0"]) * (i["bottom"] - i["top"])) / area for i in page.images), default=0.0)


def _is_scan(page: dict) -> bool:
    if page.get("error"):
        return False
    if page["chars"] == 0:
        return page["images"] > 0 or page["shapes"] >= _MIN_SHAPES_FOR_OCR
    return page["chars"] < _FEW_CHARS and page.get("image_cover", 0) >= _PAGE_SIZED_IMAGE


def _ocr(content, scanned, pages, *, ocr, timeout, memory, details) -> tuple[list[int], str]:
    """OCR the scanned pages in place; return the 1-based pages read and a warning ("" if none)."""
    if not scanned:
        return [], ""
    unavailable = "OCR is turned off (INGEST_OCR=0)" if not ocr else ocr_module.ocr_unavailable()
    if unavailable:
        details["pages_without_text"] = [i + 1 for i in scanned]
        details["ocr_unavailable"] = unavailable
        return (
            [],
            f"pages {details['pages_without_text']} have no text layer and were not OCR'd: {unavailable}",
        )
    todo = scanned[: ocr_module.MAX_OCR_PAGES]
    try:
        read = run_in_child("ocr", content, timeout=timeout, memory=memory, pages=todo)
    except ChildFailed as error:
        details["pages_without_text"] = [i + 1 for i in scanned]
        return [], (
            f"OCR of the scanned pages {[i + 1 for i in todo]} failed ({error}): raise "
            "INGEST_PDF_TIMEOUT or ask the publisher for a copy with a text layer."
        )
    for index, page in read["pages"].items():
        pages[int(index)]["lines"] = page["lines"]
    done = [int(i) + 1 for i in read["pages"]]
    details |= {"ocr_pages": done, "ocr_engine": read["engine"], "ocr_ms": read.get("child_ms")}
    if skipped := [i + 1 for i in scanned[ocr_module.MAX_OCR_PAGES :]]:
        details["pages_without_text"] = skipped
        return done, f"only the first {ocr_module.MAX_OCR_PAGES} scanned pages were OCR'd"
    return done, ""


def _child_failure(error: ChildFailed, *, subject, timeout, memory, corrupt=False) -> ReadResult:
    if corrupt:
        message = (
            f"{subject} is damaged or not a valid PDF ({error.detail}): download it again or ask the "
            "publisher for another copy."
        )
    else:
        template = _CHILD_FAILURES.get(error.reason, _CHILD_FAILURES["crash"])
        message = template.format(
            subject=subject,
            timeout=timeout,
            memory=memory // (1024 * 1024),
            detail=error.detail or error.reason,
        )
    return failed(PDF, message, failure=error.reason)
