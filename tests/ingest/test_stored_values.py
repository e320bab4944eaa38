"""What a vacancy stores from the extractor's contract values."""

from ingest.extraction import extract
from ingest.persistence import vacancy_values

POSTING = (
    "Psychologue clinicien·ne (h/f/x)\n\n"
    "Le service de santé mentale Les Aulnes engage un·e psychologue à mi-temps, en CDI.\n"
    "Pour postuler :\nwww.lesaulnes.example/postuler\n"
    "Candidatures jusqu'au 30 avril 2026."
)


def test_a_link_written_without_its_scheme_is_stored_as_a_working_link():
    extraction = extract(POSTING)
    assert (
        extraction.as_contract()["apply_url"] == "www.lesaulnes.example/postuler"
    )  # the contract: as written
    assert vacancy_values(extraction, 0, "")["apply_url"] == "https://www.lesaulnes.example/postuler"
