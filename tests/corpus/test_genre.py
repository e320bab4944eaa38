"""The genre table (ingest/extraction/genre.py) is what tests/corpus/train_genre.py makes of its data."""

import gzip
import json

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.genre import features, genre_logit, model

from . import train_genre


def test_features_are_words_and_pairs_of_the_opening():
    assert features("le cpas recrute un psychologue") == {
        "le",
        "cpas",
        "recrute",
        "un",
        "psychologue",
        "le cpas",
        "cpas recrute",
        "recrute un",
        "un psychologue",
    }
    assert "lointain" not in features("x " * 2000 + "lointain")


def test_the_table_is_what_its_generator_makes():
    pytest.importorskip("sklearn")
    made = train_genre.train(train_genre.training_rows())
    with gzip.open(train_genre.OUTPUT, "rt", encoding="utf-8") as data:
        kept = json.load(data)
    stale = "the corpus changed since the table was made: run python tests/corpus/train_genre.py"
    assert made["trained_on"] == kept["trained_on"], stale
    assert made["intercept"] == pytest.approx(kept["intercept"], abs=1e-3)
    # The solver is deterministic; a weight may only differ where rounding sits on the edge.
    names = set(made["weights"]) | set(kept["weights"])
    off = {n for n in names if abs(made["weights"].get(n, 0) - kept["weights"].get(n, 0)) > 1e-3}
    assert not off, f"{stale} ({sorted(off)[:5]}…)"


def test_real_pages_are_kept_as_shared_features_only():
    rows = train_genre.read_real()
    assert rows, "tests/corpus/genre/real.jsonl.gz is missing"
    counts: dict[str, int] = {}
    for row in [*rows, *train_genre.labelled_pages(train_genre.HERE)]:
        for feature in row["features"]:
            counts[feature] = counts.get(feature, 0) + 1
    assert all(counts[f] >= train_genre.MIN_DOCUMENTS for row in rows for f in row["features"])
    assert all(set(row) == {"id", "is_vacancy", "features"} for row in rows)


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        (
            "Psychologue clinicien (h/f/x) – CDI mi-temps\nLe service de santé mentale engage un psychologue. "
            "Votre profil : master en psychologie. Nous offrons un contrat à durée indéterminée. Envoyez votre "
            "candidature avant le 30 juin.",
            True,
        ),
        (
            "Les hôpitaux peinent à recruter des infirmiers\nSelon une étude publiée ce mardi, la pénurie "
            "s'aggrave. « La situation est difficile », a déclaré le ministre. Les syndicats dénoncent la charge "
            "de travail.",
            False,
        ),
    ],
)
def test_the_words_of_an_offer_and_of_a_news_item(text, offer):
    assert (genre_logit(Doc(text)) > 0) is offer


def test_the_table_loads_once():
    assert model() is model()


@pytest.mark.parametrize(
    ("labels", "docs", "message"),
    [
        (None, {}, "labels.jsonl not found"),
        ("{not json\n", {}, ":1: not a label"),
        ('{"id": "a"}\n', {}, ":1: not a label"),
        ('{"id": "a", "is_vacancy": true}\n', {}, "a.txt: cannot be read"),
        ('{"id": "a", "is_vacancy": true}\n', {"a.txt": b"\xff\xfe caf\xe9"}, "a.txt: cannot be read"),
    ],
    ids=["no-labels", "bad-json", "no-is-vacancy", "missing-document", "not-utf8"],
)
def test_a_bad_labelled_folder_is_refused_with_what_to_fix(tmp_path, labels, docs, message):
    (tmp_path / "docs").mkdir()
    if labels is not None:
        (tmp_path / "labels.jsonl").write_text(labels, encoding="utf-8")
    for name, content in docs.items():
        (tmp_path / "docs" / name).write_bytes(content)
    with pytest.raises(train_genre.LabelledFolderError, match=message):
        train_genre.labelled_pages(tmp_path)


def test_a_labelled_folder_gives_the_features_of_each_page(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "labels.jsonl").write_text('{"id": "a", "is_vacancy": true}\n\n', encoding="utf-8")
    (tmp_path / "docs" / "a.txt").write_text("Psychologue (h/f/x)\nCDI mi-temps", encoding="utf-8")
    [row] = train_genre.labelled_pages(tmp_path)
    assert row["id"] == "a" and row["is_vacancy"] is True and "cdi mi-temps" in row["features"]
