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


@pytest.fixture
def site(settings):
    """A local web site of postings on 127.0.0.1; fetching settings made fast for tests."""
    from tests.ingest.httpserver import start_site

    settings.FETCH_HOST_DELAY = 0
    settings.FETCH_BACKOFF = 0.01
    settings.FETCH_TIMEOUT = 2
    local = start_site()
    yield local
    local.server.shutdown()
    local.server.server_close()


@pytest.fixture
def http_server(site):
    """The same local site under the name the fetching tests use."""
    return site
