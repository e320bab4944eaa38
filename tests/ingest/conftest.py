import pytest

from tests.ingest.postings import MEETING_REPORT, VACANCY_FR, VACANCY_NL


@pytest.fixture
def postings_folder(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "psychologue.txt").write_text(VACANCY_FR, encoding="utf-8")
    (folder / "maatschappelijk-werker.txt").write_bytes(VACANCY_NL.encode("cp1252"))
    (folder / "compte-rendu.txt").write_text(MEETING_REPORT, encoding="utf-8-sig")
    return folder
