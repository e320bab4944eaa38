"""Extraction speed: per-document and per-KB cost of `extract()` over the labelled corpora.

    python bench/extract.py [--repeat 5]

Prints ms/doc (median of repeats), docs/s on one core, and µs/KB of text, so a regression in a rule
(a slow regex, a dateparser call on every line) shows as a ratio, not a vague feeling.
"""

from __future__ import annotations

import argparse
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
    parser = argparse.ArgumentParser(description="extraction speed")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = load_texts()
    if not texts:
        print(
            "no documents found under tests/corpus/docs, samples or ../shared/corpus/seeds", file=sys.stderr
        )
        return 1
    extract(texts[0])  # warm caches (compiled regexes, postcode tables)
    kilobytes = sum(len(t.encode()) for t in texts) / 1024
    runs = []
    for index in range(args.repeat):
        started = time.perf_counter()
        for text in texts:
            extract(text)
        runs.append(time.perf_counter() - started)
        print(f"  run {index + 1}/{args.repeat}: {runs[-1]:.2f}s", file=sys.stderr)
    median = statistics.median(runs)
    slowest = max(texts, key=lambda t: _timed(t))
    print(f"documents: {len(texts)}  text: {kilobytes:.0f} KB")
    print(
        f"extract(): {median / len(texts) * 1000:.2f} ms/doc  {len(texts) / median:.0f} docs/s  "
        f"{median / kilobytes * 1e6:.0f} µs/KB"
    )
    print(f"slowest document: {_timed(slowest) * 1000:.1f} ms ({len(slowest) / 1024:.1f} KB)")
    return 0


def _timed(text: str) -> float:
    started = time.perf_counter()
    extract(text)
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
