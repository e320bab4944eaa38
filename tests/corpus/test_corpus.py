"""The extractor against the project's own labelled corpus (tests/corpus/docs + labels.jsonl).

One test per document, named after it; fields that are known to fail for a document are listed in
known_failures.json and checked to still fail (strict), so a fix shows up and the list shrinks.
"""

import json
from pathlib import Path

import pytest

from ingest.evaluation import SCORED_FIELDS, Score, load_labels, same
from ingest.extraction import extract

HERE = Path(__file__).parent
LABELS = load_labels(HERE / "labels.jsonl") if (HERE / "labels.jsonl").exists() else {}
KNOWN = (
    json.loads((HERE / "known_failures.json").read_text()) if (HERE / "known_failures.json").exists() else {}
)
# Floors for the whole corpus; raise them as the extractor improves, never lower them to pass.
ACCURACY_FLOOR = 0.95
VACANCY_FLOOR = 1.0


def _predict(doc_id: str) -> dict:
    text = (HERE / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8")
    return extract(text).as_contract_document()


@pytest.mark.parametrize("doc_id", sorted(LABELS), ids=sorted(LABELS))
def test_document(doc_id):
    gold, pred = LABELS[doc_id], _predict(doc_id)
    known = set(KNOWN.get(doc_id, []))
    if "is_vacancy" not in known:
        assert pred["is_vacancy"] == gold["is_vacancy"], f"is_vacancy: {pred.get('doc_kind')}"
    if not gold["is_vacancy"]:
        return
    wrong = {
        name: (gold.get(name), pred.get(name))
        for name in SCORED_FIELDS
        if not same(name, gold.get(name), pred.get(name))
    }
    unexpected = {name: values for name, values in wrong.items() if name not in known}
    assert not unexpected, "field: (gold, predicted) " + repr(unexpected)
    fixed = known - set(wrong) - {"is_vacancy"}
    assert not fixed, f"now right, remove from known_failures.json: {sorted(fixed)}"


def test_whole_corpus_meets_its_floors():
    if not LABELS:
        pytest.skip("no labelled corpus")
    score = Score()
    for doc_id, gold in LABELS.items():
        score.add(doc_id, gold, _predict(doc_id))
    totals = score.totals()
    assert totals["is_vacancy"] >= VACANCY_FLOOR, totals
    assert totals["accuracy"] >= ACCURACY_FLOOR, totals


def test_every_document_has_a_label_and_every_label_a_document():
    docs = {p.stem for p in (HERE / "docs").glob("*.txt")}
    assert docs == set(LABELS)


def test_every_label_is_well_formed(capsys):
    """Keys, enums, dates and literal values of every label (tests/corpus/validate_labels.py)."""
    from .validate_labels import main

    assert main() == 0, capsys.readouterr().out
