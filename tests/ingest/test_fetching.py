import threading
import time

import pytest

from ingest.sources import FetchError, HostPoliteness, ResponseTooLarge, TooManyRedirects, fetch


class FlakyRoute:
    """Fails with a 500 a given number of times, then serves the page."""

    def __init__(self, site, path: str, failures: int):
        self.site, self.path, self.failures = site, path, failures
        site.route(path, status=500)

    def heal_after(self):
        def watch():
            deadline = time.monotonic() + 2
            while len(self.site.statuses(self.path)) < self.failures and time.monotonic() < deadline:
                time.sleep(0.002)
            self.site.route(self.path, "<p>enfin</p>")

        threading.Thread(target=watch, daemon=True).start()


def test_ok_page_comes_back_with_validators_and_type(http_server, settings):
    http_server.route("/offre", "<h1>Psychologue</h1>")
    result = fetch(http_server.url("/offre"))
    assert (result.status, result.content, result.media_type) == (200, b"<h1>Psychologue</h1>", "text/html")
    assert result.etag and result.last_modified and not result.not_modified and result.attempts == 1
    assert http_server.requests[0][1]["User-Agent"] == settings.FETCH_USER_AGENT


def test_unchanged_page_is_not_downloaded_again(http_server):
    http_server.route("/offre", "<h1>Psychologue</h1>")
    first = fetch(http_server.url("/offre"))
    second = fetch(http_server.url("/offre"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.status == 304 and second.content == b""
    asked = http_server.requests[-1][1]
    assert asked["If-None-Match"] == first.etag and asked["If-Modified-Since"] == first.last_modified
    assert http_server.statuses("/offre") == [200, 304]


def test_last_modified_alone_is_enough(http_server):
    http_server.route("/offre", "texte")
    first = fetch(http_server.url("/offre"))
    assert fetch(http_server.url("/offre"), last_modified=first.last_modified).not_modified


def test_changed_page_is_downloaded_with_a_new_etag(http_server):
    http_server.route("/offre", "version 1")
    first = fetch(http_server.url("/offre"))
    http_server.change("/offre", "version 2")
    second = fetch(http_server.url("/offre"), etag=first.etag, last_modified=first.last_modified)
    assert second.content == b"version 2" and second.etag != first.etag


def test_server_error_is_retried_until_it_works(http_server):
    FlakyRoute(http_server, "/offre", failures=2).heal_after()
    result = fetch(http_server.url("/offre"), retries=3)
    assert result.content == b"<p>enfin</p>" and result.attempts == 3
    assert http_server.statuses("/offre") == [500, 500, 200]


def test_persistent_server_error_is_retryable_failure(http_server):
    http_server.route("/offre", status=500)
    with pytest.raises(FetchError) as error:
        fetch(http_server.url("/offre"), retries=2)
    assert error.value.retryable and error.value.status == 500
    assert http_server.statuses("/offre") == [500, 500, 500]


def test_client_error_is_not_retried(http_server):
    http_server.route("/gone", status=410)
    with pytest.raises(FetchError) as error:
        fetch(http_server.url("/gone"), retries=3)
    assert not error.value.retryable and error.value.status == 410
    assert http_server.statuses("/gone") == [410]
    assert "check the address" in error.value.reason


def test_slow_server_times_out_as_retryable(http_server):
    http_server.route("/slow", "tard", delay=0.4)
    started = time.monotonic()
    with pytest.raises(FetchError) as error:
        fetch(http_server.url("/slow"), timeout=0.1, retries=0)
    assert error.value.retryable and "timed out" in error.value.reason
    assert time.monotonic() - started < 0.35


def test_declared_length_over_limit_is_refused_before_reading(http_server):
    http_server.route("/big.pdf", b"%" * 3000, content_type="application/pdf")
    with pytest.raises(ResponseTooLarge):
        fetch(http_server.url("/big.pdf"), max_bytes=2000)


def test_undeclared_huge_body_stops_reading_past_the_limit(http_server):
    http_server.route("/huge.pdf", stream_bytes=11 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(ResponseTooLarge) as error:
        fetch(http_server.url("/huge.pdf"), max_bytes=2 * 1024 * 1024)
    assert not error.value.retryable and "FETCH_MAX_BYTES" in error.value.reason
    assert time.monotonic() - started < 1


def test_redirect_is_followed_and_final_url_reported(http_server):
    http_server.redirect("/ancienne", "/nouvelle")
    http_server.route("/nouvelle", "ici")
    result = fetch(http_server.url("/ancienne"))
    assert result.url == http_server.url("/nouvelle") and result.content == b"ici"


def test_redirect_loop_gives_up(http_server):
    http_server.redirect("/a", "/b")
    http_server.redirect("/b", "/a")
    with pytest.raises(TooManyRedirects) as error:
        fetch(http_server.url("/a"))
    assert not error.value.retryable
    assert len(http_server.requests) <= 10


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/offre.pdf", "javascript:alert(1)"])
def test_only_web_addresses_are_fetched(url):
    with pytest.raises(FetchError) as error:
        fetch(url)
    assert not error.value.retryable and "http" in error.value.reason


def test_politeness_spaces_requests_to_the_same_host(http_server):
    http_server.route("/a", "a")
    polite = HostPoliteness(0.2)
    fetch(http_server.url("/a"), politeness=polite)
    started = time.monotonic()
    fetch(http_server.url("/a"), politeness=polite)
    assert time.monotonic() - started >= 0.19


def test_politeness_does_not_slow_other_hosts(http_server):
    http_server.route("/a", "a")
    polite = HostPoliteness(0.5)
    fetch(http_server.url("/a"), politeness=polite)
    started = time.monotonic()
    fetch(http_server.url("/a").replace("127.0.0.1", "localhost"), politeness=polite)
    assert time.monotonic() - started < 0.3
