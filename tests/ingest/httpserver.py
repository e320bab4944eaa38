"""A local HTTP server on 127.0.0.1 for import tests: routes set per test, conditional requests honoured,
every request recorded so a test can check what was asked and what was sent back."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0
    location: str = ""
    stream_bytes: int = 0  # a huge body streamed in chunks, with no Content-Length
    etag: str = ""
    last_modified: str = "Mon, 02 Nov 2026 08:00:00 GMT"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class LocalSite:
    server: ThreadingHTTPServer
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict, int]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, body: bytes | str = b"", **options) -> None:
        body = body.encode() if isinstance(body, str) else body
        route = Route(body=body, **options)
        route.etag = route.etag or '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        self.routes[path] = route

    def change(self, path: str, body: bytes | str) -> None:
        """A new body for an existing route (a posting edited between two runs): new ETag and date."""
        old = self.routes[path]
        self.route(
            path,
            body,
            content_type=old.content_type,
            last_modified="Tue, 03 Nov 2026 08:00:00 GMT",
            headers=old.headers,
        )

    def redirect(self, path: str, target: str) -> None:
        self.routes[path] = Route(status=302, location=target)

    def statuses(self, path: str) -> list[int]:
        return [status for asked, _, status in self.requests if asked == path]


def start_site() -> LocalSite:
    site = LocalSite(server=None)  # type: ignore[arg-type]

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            route = site.routes.get(self.path)
            if route is None:
                return self._send(404, b"not found", headers={})
            time.sleep(route.delay)
            if route.location:
                return self._send(route.status, b"", headers={"Location": route.location})
            if route.status >= 400:
                return self._send(route.status, b"error", headers={})
            if self.headers.get("If-None-Match") == route.etag or (
                "If-None-Match" not in self.headers
                and self.headers.get("If-Modified-Since") == route.last_modified
            ):
                return self._send(304, b"", headers={"ETag": route.etag})
            if route.stream_bytes:
                return self._stream(route)
            headers = {
                "Content-Type": route.content_type,
                "ETag": route.etag,
                "Last-Modified": route.last_modified,
                **route.headers,
            }
            return self._send(200, route.body, headers=headers)

        def _send(self, status: int, body: bytes, *, headers: dict):
            site.requests.append((self.path, dict(self.headers), status))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                # The client may have given up (a timeout under test): nothing to report.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

        def _stream(self, route: Route):
            site.requests.append((self.path, dict(self.headers), 200))
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"%" * 65536
            try:
                for _ in range(route.stream_bytes // len(chunk) + 1):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.server = server
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site
