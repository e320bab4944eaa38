"""Extraction and ingest speed.

    python bench/extract.py [--repeat 5] [--pdfs 24] [--ocr-pages 3]

1. Text: ms/doc (median of repeats), postings/s on one core, µs/KB, over the labelled corpora.
2. PDF ingest: the corpus printed as PDFs (one column, two columns, letterhead), read by our reader
   (pdfplumber words + column order + reflow + furniture removal, in a sandboxed child) and by
   pdfplumber's bare `extract_text()` on the same files in-process; pages/s of each and our overhead
   as a ratio, and the sandbox round trip alone (a blank PDF).
3. OCR: seconds per scanned page (tesseract fra+nld via the same reader).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.extraction import extract  # noqa: E402

FOLDERS = [ROOT / "tests/corpus/docs", ROOT / "samples", ROOT.parent / "shared/corpus/seeds"]


def load_texts() -> list[str]:
    texts = []
    for folder in FOLDERS:
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description="extraction and ingest speed")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pdfs", type=int, default=24, help="corpus documents printed per PDF layout")
    parser.add_argument("--ocr-pages", type=int, default=3, help="scanned documents to OCR (0 skips)")
    args = parser.parse_args()
    status = bench_text(args.repeat)
    if status == 0 and args.pdfs:
        bench_pdf(args.pdfs)
    if status == 0 and args.ocr_pages:
        bench_ocr(args.ocr_pages)
    return status


def bench_text(repeat: int) -> int:
    texts = load_texts()
    if not texts:
        print(
            "no documents found under tests/corpus/docs, samples or ../shared/corpus/seeds", file=sys.stderr
        )
        return 1
    extract(texts[0])  # warm caches (compiled regexes, postcode tables)
    kilobytes = sum(len(t.encode()) for t in texts) / 1024
    runs = []
    for index in range(repeat):
        started = time.perf_counter()
        for text in texts:
            extract(text)
        runs.append(time.perf_counter() - started)
        print(f"  run {index + 1}/{repeat}: {runs[-1]:.2f}s", file=sys.stderr)
    median = statistics.median(runs)
    slowest = max(texts, key=lambda t: _timed(t))
    print(f"documents: {len(texts)}  text: {kilobytes:.0f} KB")
    print(
        f"extract(): {median / len(texts) * 1000:.2f} ms/doc  {len(texts) / median:.0f} docs/s  "
        f"{median / kilobytes * 1e6:.0f} µs/KB"
    )
    print(f"slowest document: {_timed(slowest) * 1000:.1f} ms ({len(slowest) / 1024:.1f} KB)")
    return 0


def _corpus_pdfs(count: int, layouts: tuple[str, ...]) -> list[tuple[str, bytes]]:
    from tests.corpus.pdf_layouts import render

    paths = sorted((ROOT / "tests/corpus/docs").glob("*.txt"))[:count]
    pdfs = []
    for number, path in enumerate(paths, start=1):
        text = path.read_text(encoding="utf-8")
        pdfs += [(layout, render(text, layout)) for layout in layouts]
        print(f"\r  printing PDFs {number}/{len(paths)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return pdfs


def bench_pdf(count: int) -> None:
    import pdfplumber

    from ingest.reading import read_document
    from ingest.reading.sandbox import run_in_child
    from tests.reading.pdfs import blank_pdf

    pdfs = _corpus_pdfs(count, ("one_column", "two_columns", "letterhead"))
    pages = 0
    started = time.perf_counter()
    for _, content in pdfs:
        with pdfplumber.open(io.BytesIO(content)) as pdf:
            pages += len(pdf.pages)
            for page in pdf.pages:
                page.extract_text()
    bare = time.perf_counter() - started
    started = time.perf_counter()
    for number, (_, content) in enumerate(pdfs, start=1):
        read_document(content, name="bench.pdf", ocr=False)
        print(f"\r  reading {number}/{len(pdfs)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    ours = time.perf_counter() - started
    blank = []
    for _ in range(5):
        begun = time.perf_counter()
        run_in_child("pdf_text", blank_pdf(), timeout=60)
        blank.append(time.perf_counter() - begun)
    print(f"PDF ingest: {len(pdfs)} PDFs, {pages} pages (corpus in 1 column, 2 columns, letterhead)")
    print(f"  pdfplumber extract_text(), bare, in-process: {pages / bare:6.1f} pages/s")
    print(
        f"  our reader (sandboxed child, reused):       {pages / ours:6.1f} pages/s   ratio {ours / bare:.2f}x"
        f"  (overhead {(ours / bare - 1) * 100:+.0f} %)"
    )
    print(f"  sandbox round trip (a blank PDF):            {statistics.median(blank) * 1000:6.1f} ms")


def bench_ocr(count: int) -> None:
    from ingest.reading import read_document
    from ingest.reading.ocr import ocr_unavailable

    reason = ocr_unavailable()
    if reason:
        print(f"OCR: skipped ({reason})")
        return
    pdfs = _corpus_pdfs(count, ("scanned",))
    pages, started = 0, time.perf_counter()
    for number, (_, content) in enumerate(pdfs, start=1):
        result = read_document(content, name="scan.pdf", ocr=True)
        pages += result.pages
        print(f"\r  OCR {number}/{len(pdfs)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"OCR (tesseract fra+nld, 300 dpi): {pages} scanned pages, {elapsed / pages:.2f} s/page")


def _timed(text: str) -> float:
    started = time.perf_counter()
    extract(text)
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
