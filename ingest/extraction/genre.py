"""How much a text reads like a job advertisement rather than an article, a news item or a service page.

The cue phrases of `classify` name what a person would look for; this counts everything else a page's
words say about its genre, with weights learned on labelled postings and look-alikes by
`tests/corpus/train_genre.py`, which writes `data/genre_model.json.gz`. The features are the words and
word pairs of the folded text's opening, present or not.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib import resources
from itertools import pairwise

from .document import Doc

# The opening of a page carries its genre; a long annex adds words, not evidence.
GENRE_CHARS = 3000
MODEL = ("data", "genre_model.json.gz")
_TOKEN = re.compile(r"[a-z][a-z'\-]{1,}")


def features(folded: str) -> set[str]:
    """The words (two letters or more) and the pairs of consecutive words of a folded text's opening."""
    tokens = _TOKEN.findall(folded[:GENRE_CHARS])
    return {*tokens, *(f"{a} {b}" for a, b in pairwise(tokens))}


@cache
def model() -> tuple[float, dict[str, float]]:
    """(intercept, weight of every feature) of the trained table."""
    path = resources.files(__package__).joinpath(*MODEL)
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as data:
        table = json.load(data)
    return float(table["intercept"]), {name: float(weight) for name, weight in table["weights"].items()}


def genre_logit(doc: Doc) -> float:
    """Log-odds that the document is a job advertisement, from its words alone."""
    intercept, weights = model()
    return intercept + sum(weights.get(feature, 0.0) for feature in features(doc.folded))
