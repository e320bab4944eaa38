"""Regenerate known_failures.json from the extractor's current output (run after a deliberate change).

    python tests/corpus/update_known_failures.py
Review the diff: a field leaving the list is a fix, a field entering it is a regression to justify.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

from ingest.evaluation import SCORED_FIELDS, load_labels, same  # noqa: E402
from ingest.extraction import extract  # noqa: E402

known = {}
for doc_id, gold in sorted(load_labels(HERE / "labels.jsonl").items()):
    pred = extract((HERE / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8")).as_contract_document()
    wrong = [] if pred["is_vacancy"] == gold["is_vacancy"] else ["is_vacancy"]
    if gold["is_vacancy"]:
        wrong += [n for n in SCORED_FIELDS if not same(n, gold.get(n), pred.get(n))]
    if wrong:
        known[doc_id] = wrong
(HERE / "known_failures.json").write_text(json.dumps(known, indent=1, sort_keys=True) + "\n")
print(f"{len(known)} documents with known failures, {sum(map(len, known.values()))} fields")
