"""HTTP fetching for imports: a clear User-Agent, timeouts, a size limit, conditional requests, retries
with backoff on timeouts and 5xx (never on other 4xx), and a politeness delay per host."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from django.conf import settings

RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    content: bytes
    media_type: str
    etag: str
    last_modified: str
    not_modified: bool
    attempts: int


class FetchError(Exception):
    def __init__(self, url: str, reason: str, *, retryable: bool = False, status: int | None = None):
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.retryable, self.status = url, reason, retryable, status


class ResponseTooLarge(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class HostPoliteness:
    """Keeps requests to one host at least `delay` seconds apart (thread-safe)."""

    def __init__(self, delay: float):
        self.delay = delay
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, 0.0) + self.delay
            self._last[host] = max(now, ready)
        if ready > now:
            time.sleep(ready - now)


_POLITENESS = HostPoliteness(0.0)


def default_politeness() -> HostPoliteness:
    _POLITENESS.delay = settings.FETCH_HOST_DELAY
    return _POLITENESS


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    max_bytes: int | None = None,
    timeout: float | None = None,
    retries: int | None = None,
    session: requests.Session | None = None,
    politeness: HostPoliteness | None = None,
) -> FetchResult:
    """GET `url`; a 304 comes back as not_modified with no content. Raises FetchError with what to do."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(url, "only http and https addresses can be fetched; check the source's location")
    max_bytes = settings.FETCH_MAX_BYTES if max_bytes is None else max_bytes
    retries = settings.FETCH_RETRIES if retries is None else retries
    timeout = settings.FETCH_TIMEOUT if timeout is None else timeout
    politeness = politeness or default_politeness()
    session = session or requests.Session()
    session.max_redirects = settings.FETCH_MAX_REDIRECTS
    headers = {"User-Agent": settings.FETCH_USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    for attempt in range(1, retries + 2):
        politeness.wait(url)
        try:
            return _get(session, url, headers, timeout=timeout, max_bytes=max_bytes, attempt=attempt)
        except FetchError as error:
            if not error.retryable or attempt > retries:
                raise
            time.sleep(settings.FETCH_BACKOFF * 2 ** (attempt - 1) * (1 + random.random() / 2))
    raise AssertionError("unreachable")  # pragma: no cover


def _get(session, url: str, headers: dict, *, timeout: float, max_bytes: int, attempt: int) -> FetchResult:
    try:
        response = session.get(url, headers=headers, timeout=timeout, stream=True)
    except requests.TooManyRedirects:
        raise TooManyRedirects(
            url, "too many redirects (a redirect loop?); check the address in a browser"
        ) from None
    except (requests.Timeout, requests.ConnectionError) as error:
        kind = "timed out" if isinstance(error, requests.Timeout) else "could not connect"
        raise FetchError(url, f"{kind}; the site may be down, the next run retries", retryable=True) from None
    except requests.RequestException as error:
        raise FetchError(url, f"request failed ({type(error).__name__}); check the address") from None
    with response:
        if response.status_code == 304:
            return _result(response, b"", attempt)
        if response.status_code >= 400:
            retryable = response.status_code in RETRY_STATUSES
            advice = "the site has a problem, the next run retries" if retryable else "check the address"
            raise FetchError(
                url,
                f"HTTP {response.status_code}; {advice}",
                retryable=retryable,
                status=response.status_code,
            )
        return _result(response, _read_limited(response, url, max_bytes), attempt)


def _read_limited(response, url: str, max_bytes: int) -> bytes:
    too_large = ResponseTooLarge(
        url, f"larger than {max_bytes // (1024 * 1024)} MB; raise FETCH_MAX_BYTES if this document is genuine"
    )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > max_bytes:
                raise too_large
            chunks.append(chunk)
    except requests.RequestException:
        raise FetchError(
            url, "the connection broke while downloading; the next run retries", retryable=True
        ) from None
    return b"".join(chunks)


def _result(response, content: bytes, attempt: int) -> FetchResult:
    return FetchResult(
        url=response.url,
        status=response.status_code,
        content=content,
        media_type=response.headers.get("Content-Type", "").split(";")[0].strip().lower(),
        etag=response.headers.get("ETag", ""),
        last_modified=response.headers.get("Last-Modified", ""),
        not_modified=response.status_code == 304,
        attempts=attempt,
    )
