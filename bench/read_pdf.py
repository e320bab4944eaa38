"""PDF reading speed: ms/page for text PDFs (one and two columns) and for a scanned page through OCR.

    python bench/read_pdf.py [--count 12] [--no-ocr]

Generates the PDFs with reportlab into a temporary folder (the builders of tests/reading/pdfs.py), reads
each with `read_file` as `manage.py extract` does, and prints medians. Each document costs a fresh
sandboxed child (start-up included, shown separately as "child start"), so ms/page falls as pages grow.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.reading import read_file  # noqa: E402
from ingest.reading.ocr import ocr_unavailable  # noqa: E402
from tests.reading import pdfs  # noqa: E402

KINDS = {
    "1 column, 1 page": lambda: pdfs.one_column_pdf(),
    "2 columns, 2 pages": lambda: pdfs.two_column_pdf(pages=2),
    "1 column + letterhead, 3 pages": lambda: pdfs.letterhead_pdf(),
}


def main() -> int:
    parser = argparse.ArgumentParser(description="PDF reading speed")
    parser.add_argument("--count", type=int, default=12, help="text PDFs to generate and read (default 12)")
    parser.add_argument("--no-ocr", action="store_true", help="skip the scanned-page measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-read-pdf-") as folder:
        files = _generate(Path(folder), args.count)
        _bench_text(files)
        if not args.no_ocr:
            _bench_ocr(Path(folder))
    return 0


def _generate(folder: Path, count: int) -> list[tuple[str, Path]]:
    files = []
    names = list(KINDS)
    for index in range(count):
        kind = names[index % len(names)]
        path = folder / f"posting-{index:03d}.pdf"
        path.write_bytes(KINDS[kind]())
        files.append((kind, path))
        print(f"\r  generated {index + 1}/{count}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return files


def _bench_text(files: list[tuple[str, Path]]) -> None:
    per_kind: dict[str, list[tuple[float, float, int]]] = {}
    for index, (kind, path) in enumerate(files, start=1):
        started = time.perf_counter()
        _, result = read_file(path, ocr=False)
        elapsed = (time.perf_counter() - started) * 1000
        if result.status != "ok":
            print(f"\n  {path.name}: {result.status}: {result.error}", file=sys.stderr)
            continue
        per_kind.setdefault(kind, []).append((elapsed, result.details["parse_ms"], result.pages))
        print(f"\r  read {index}/{len(files)}: {elapsed:.0f} ms", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    child_start = _child_start_ms()
    print(f"text PDFs ({len(files)} read, one child process each; child start {child_start:.0f} ms):")
    print(f"  {'layout':32} {'docs':>4} {'ms/doc':>8} {'ms/page':>8} {'ms/page w/o start':>18}")
    for kind, runs in per_kind.items():
        pages = runs[0][2]
        per_doc = statistics.median(total for total, _, _ in runs)
        print(
            f"  {kind:32} {len(runs):>4} {per_doc:>8.0f} {per_doc / pages:>8.0f} "
            f"{max(per_doc - child_start, 0) / pages:>18.0f}"
        )


def _child_start_ms() -> float:
    """Median cost of a child that reads an empty one-page PDF: start-up, imports, one blank page."""
    from ingest.reading.sandbox import run_in_child

    blank = pdfs.blank_pdf()
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        run_in_child("pdf_text", blank, timeout=60)
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def _bench_ocr(folder: Path) -> None:
    reason = ocr_unavailable()
    if reason:
        print(f"OCR: skipped ({reason})")
        return
    path = folder / "scan.pdf"
    path.write_bytes(pdfs.scanned_pdf())
    print("  OCR of one scanned page…", file=sys.stderr, flush=True)
    started = time.perf_counter()
    _, result = read_file(path, ocr=True)
    elapsed = (time.perf_counter() - started) * 1000
    if result.status != "ok":
        print(f"OCR: {result.status}: {result.error}")
        return
    details = result.details
    print(
        f"scanned page (OCR, {details['ocr_engine']}, {len(result.text.split())} words): {elapsed:.0f} ms/page "
        f"(text-layer pass {details['parse_ms']} ms, render + tesseract child {details['ocr_ms']} ms)"
    )


if __name__ == "__main__":
    sys.exit(main())
