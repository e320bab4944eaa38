"""The compact place reference in ingest/extraction/data is what `place_reference.py` generates from the
installed data packages: after upgrading one, run `python -m ingest.extraction.place_reference`."""

from __future__ import annotations

import gzip

import pytest

from ingest.extraction import place_data, place_reference


@pytest.mark.parametrize("name", sorted(place_reference.GENERATORS))
def test_reference_file_is_up_to_date(name):
    assert place_data.decode(place_reference.generate(name)) == place_data.read(name), (
        "regenerate: python -m ingest.extraction.place_reference"
    )


def test_sections_survive_a_round_trip():
    sections = {"empty": [], "names": ["Liège", "Łódź", "’s-Hertogenbosch"], "last": ["a\tb"]}
    assert place_data.decode(place_data.encode(sections)) == sections


def test_a_file_of_something_else_is_refused():
    with pytest.raises(ValueError):
        place_data.decode(gzip.compress(b"not sections"))
