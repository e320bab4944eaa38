"""Train the genre table of ingest/extraction/genre.py: word and word-pair weights of job advertisements.

    python tests/corpus/train_genre.py [--add LABELLED_DIR ...]

It learns from the project's own corpus (tests/corpus/docs, labels.jsonl) and from the labelled public
pages whose features are kept in tests/corpus/genre/real.jsonl.gz. Those pages are other people's writing,
so only their features are kept: the words and word pairs found in at least two documents of the training
set, never a sentence. `--add DIR` reads a folder of labelled pages (docs/<id>.txt and labels.jsonl in the
SCHEMA.md format), adds or replaces their features, then trains. The table is written to
ingest/extraction/data/genre_model.json.gz; tests/corpus/test_genre.py checks it is what this script makes.
Needs scikit-learn (requirements-dev.txt).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from ingest.extraction.document import Doc  # noqa: E402
from ingest.extraction.furniture import without_related_postings, without_site_chrome  # noqa: E402
from ingest.extraction.genre import MODEL, features  # noqa: E402

REAL = HERE / "genre" / "real.jsonl.gz"
OUTPUT = ROOT / "ingest" / "extraction" / Path(*MODEL)
# Strong regularisation: a few hundred pages teach the common words of the genres, not each page's quirks.
C = 0.3
MIN_DOCUMENTS = 2
# Helpers gather offers and look-alikes as the store gives them, and the later rounds found mostly look-alikes
# (the offers were already collected). Offers weigh a little more so the table's prior stays that of a mix
# with more offers than look-alikes (about 56 %), as the pages to read are.
CLASS_WEIGHT = {True: 1.3, False: 1.0}
DECIMALS = 4


def page_features(text: str) -> list[str]:
    """The features of a page read exactly as the extractor reads it."""
    return sorted(features(Doc(without_related_postings(without_site_chrome(text))).folded))


class LabelledFolderError(ValueError):
    """A folder of labelled pages that cannot be read; the message says what to fix."""


def labelled_pages(folder: Path) -> list[dict]:
    labels = folder / "labels.jsonl"
    if not labels.is_file():
        raise LabelledFolderError(f"{labels} not found: give a folder holding labels.jsonl and docs/<id>.txt")
    rows = []
    for number, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            label = json.loads(line)
            doc_id, is_vacancy = label["id"], label["is_vacancy"]
        except (ValueError, KeyError, TypeError) as error:
            raise LabelledFolderError(
                f"{labels}:{number}: not a label with an id and is_vacancy ({error})"
            ) from error
        document = folder / "docs" / f"{doc_id}.txt"
        try:
            text = document.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise LabelledFolderError(
                f"{document}: cannot be read as UTF-8 text ({error}); add or fix it"
            ) from error
        rows.append({"id": doc_id, "is_vacancy": bool(is_vacancy), "features": page_features(text)})
    return rows


def read_real() -> list[dict]:
    if not REAL.exists():
        return []
    with gzip.open(REAL, "rt", encoding="utf-8") as data:
        return [json.loads(line) for line in data if line.strip()]


def write_gzip_json_lines(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as data:
        data.write(body.encode("utf-8"))


def shared_vocabulary(rows: list[dict]) -> set[str]:
    counts: dict[str, int] = {}
    for row in rows:
        for feature in row["features"]:
            counts[feature] = counts.get(feature, 0) + 1
    return {feature for feature, count in counts.items() if count >= MIN_DOCUMENTS}


def train(rows: list[dict]) -> dict:
    """Logistic regression on the presence of each shared feature; deterministic for the same rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vocabulary = shared_vocabulary(rows)
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(
        [{feature: 1 for feature in row["features"] if feature in vocabulary} for row in rows]
    )
    labels = [row["is_vacancy"] for row in rows]
    fitted = LogisticRegression(C=C, max_iter=5000, class_weight=CLASS_WEIGHT).fit(matrix, labels)
    weights = {
        name: round(float(weight), DECIMALS)
        for name, weight in zip(vectorizer.get_feature_names_out(), fitted.coef_[0], strict=True)
        if round(float(weight), DECIMALS)
    }
    accuracy = fitted.score(matrix, labels)
    return {
        "intercept": round(float(fitted.intercept_[0]), DECIMALS),
        "weights": dict(sorted(weights.items())),
        "trained_on": {
            "documents": len(rows),
            "vacancies": sum(labels),
            "training_accuracy": round(accuracy, 4),
        },
    }


def training_rows() -> list[dict]:
    own = labelled_pages(HERE)
    return own + read_real()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--add", nargs="+", action="extend", type=Path, default=[], help="folders of labelled public pages"
    )
    args = parser.parse_args()
    real = {row["id"]: row for row in read_real()}
    for folder in args.add:
        try:
            added = labelled_pages(folder)
        except LabelledFolderError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        real.update({row["id"]: row for row in added})
        print(f"{folder}: {len(added)} pages", file=sys.stderr)
    if args.add:
        # Keep of each page only what it shares with another document: general words, never its sentences.
        vocabulary = shared_vocabulary([*labelled_pages(HERE), *real.values()])
        kept = [
            {**row, "features": [f for f in row["features"] if f in vocabulary]}
            for _, row in sorted(real.items())
        ]
        write_gzip_json_lines(REAL, kept)
    model = train(training_rows())
    write_gzip_json_lines(OUTPUT, [model])
    trained = model["trained_on"]
    print(
        f"{OUTPUT.relative_to(ROOT)}: {len(model['weights'])} weights from {trained['documents']} documents "
        f"({trained['vacancies']} vacancies), training accuracy {trained['training_accuracy']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
