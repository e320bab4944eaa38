"""Score the extractor on labelled corpora and fail below the floors CI holds it to.

    python bench/score.py [--show-misses] [--layouts one_column,two_columns,letterhead,scanned | --text-only]

Corpora: the project's own (tests/corpus) and, when present, the shared seeds (../shared/corpus/seeds).
Documents are read exactly as `manage.py extract` reads them. The own corpus is also printed as PDFs in
each layout (tests/corpus/pdf_layouts.py: one column, two columns, letterhead, scanned without a text
layer) and scored again through the PDF reader and OCR, against the same labels and the same floors.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from ingest.evaluation import Score, load_labels  # noqa: E402
from ingest.extraction import extract  # noqa: E402
from ingest.reading import read_file  # noqa: E402

# name: (docs folder, labels file, floor of field accuracy, floor of is_vacancy accuracy)
CORPORA = {
    "own": (ROOT / "tests/corpus/docs", ROOT / "tests/corpus/labels.jsonl", 0.95, 1.0),
    "seeds": (
        ROOT.parent / "shared/corpus/seeds",
        ROOT.parent / "shared/corpus/seeds/labels.jsonl",
        0.85,
        1.0,
    ),
}


def score_corpus(docs: Path, labels_path: Path) -> tuple[Score, float]:
    labels = load_labels(labels_path)
    score = Score()
    started = time.perf_counter()
    for doc_id, gold in sorted(labels.items()):
        path = next(docs.glob(f"{doc_id}.*"), None)
        if path is None:
            print(f"  missing document for label {doc_id}", file=sys.stderr)
            continue
        _, read = read_file(path, ocr=False)
        pred = extract(read.text).as_contract() if read.status == "ok" else {"is_vacancy": False}
        score.add(doc_id, gold, pred)
    return score, (time.perf_counter() - started) / max(1, len(labels))


def score_pdf_layout(docs: Path, labels_path: Path, layout: str, folder: Path) -> tuple[Score, float]:
    """Print each document in `layout`, read the PDF as an import would (OCR on), extract, score."""
    from tests.corpus.pdf_layouts import render

    labels = load_labels(labels_path)
    ids = [doc_id for doc_id in sorted(labels) if next(docs.glob(f"{doc_id}.txt"), None)]
    started = time.perf_counter()

    def read_pdf(doc_id: str):
        path = folder / f"{doc_id}-{layout}.pdf"
        path.write_bytes(render((docs / f"{doc_id}.txt").read_text(encoding="utf-8"), layout))
        return read_file(path, ocr=True)[1]

    score = Score()
    # Each PDF is read in its own child process: two at a time keep both cores busy.
    with ThreadPoolExecutor(max_workers=2) as pool:
        for done, (doc_id, result) in enumerate(zip(ids, pool.map(read_pdf, ids), strict=True), start=1):
            pred = extract(result.text).as_contract() if result.status == "ok" else {"is_vacancy": False}
            score.add(doc_id, labels[doc_id], pred)
            if sys.stderr.isatty():
                print(f"\r  {layout}: {done}/{len(ids)}", end="", file=sys.stderr, flush=True)
            elif done % 25 == 0 or done == len(ids):
                print(f"  {layout}: {done}/{len(ids)}", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return score, (time.perf_counter() - started) / max(1, len(ids))


def report(name: str, score: Score, per_doc: float, floors: tuple[float, float], show_misses: bool) -> bool:
    """Print one line of scores; True when it is at or above both floors."""
    totals = score.totals()
    print(
        f"{name}: field F1 {totals['f1']:.3f}  precision {totals['precision']:.3f}  recall {totals['recall']:.3f}"
        f"  accuracy {totals['accuracy']:.3f}  is_vacancy {totals['is_vacancy']:.3f}  docs {totals['docs']}"
        f"  ({per_doc * 1000:.1f} ms/doc)"
    )
    if show_misses:
        for doc_id, field, gold, pred in score.misses:
            print(f"    {doc_id:45} {field:15} gold={gold!r:30} pred={pred!r}")
    accuracy_floor, vacancy_floor = floors
    if totals["accuracy"] < accuracy_floor or totals["is_vacancy"] < vacancy_floor:
        print(f"  below the floor (accuracy {accuracy_floor}, is_vacancy {vacancy_floor})", file=sys.stderr)
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--layouts", default="one_column,two_columns,letterhead,scanned")
    parser.add_argument("--text-only", action="store_true", help="skip the PDF layouts")
    args = parser.parse_args()
    layouts = [] if args.text_only else [name for name in args.layouts.split(",") if name]
    ok = True
    for name, (docs, labels, *floors) in CORPORA.items():
        if not labels.exists():
            print(f"{name}: {labels} not found, skipped")
            continue
        score, per_doc = score_corpus(docs, labels)
        ok &= report(f"{name} (text)", score, per_doc, floors, args.show_misses)
        if name != "own":
            continue
        with tempfile.TemporaryDirectory(prefix="score-pdf-") as folder:
            for layout in layouts:
                score, per_doc = score_pdf_layout(docs, labels, layout, Path(folder))
                ok &= report(f"{name} (PDF {layout})", score, per_doc, floors, args.show_misses)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
