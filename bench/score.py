"""Score the extractor on labelled corpora and fail below the floors CI holds it to.

    python bench/score.py [--show-misses]

Corpora: the project's own (tests/corpus) and, when present, the shared seeds (../shared/corpus/seeds).
Documents are read exactly as `manage.py extract` reads them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
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
    "own": (ROOT / "tests/corpus/docs", ROOT / "tests/corpus/labels.jsonl", 0.85, 0.95),
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    failed = False
    for name, (docs, labels, accuracy_floor, vacancy_floor) in CORPORA.items():
        if not labels.exists():
            print(f"{name}: {labels} not found, skipped")
            continue
        score, per_doc = score_corpus(docs, labels)
        totals = score.totals()
        print(
            f"{name}: field F1 {totals['f1']:.3f}  precision {totals['precision']:.3f}  recall {totals['recall']:.3f}"
            f"  accuracy {totals['accuracy']:.3f}  is_vacancy {totals['is_vacancy']:.3f}  docs {totals['docs']}"
            f"  ({per_doc * 1000:.1f} ms/doc)"
        )
        if args.show_misses:
            for doc_id, field, gold, pred in score.misses:
                print(f"    {doc_id:45} {field:15} gold={gold!r:30} pred={pred!r}")
        if totals["accuracy"] < accuracy_floor or totals["is_vacancy"] < vacancy_floor:
            print(
                f"  below the floor (accuracy {accuracy_floor}, is_vacancy {vacancy_floor})", file=sys.stderr
            )
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
