"""A real HTTP server on 127.0.0.1 whose routes each test sets: the fetch layer's adversary."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[["Handler"], None]


@dataclass
class Recorded:
    path: str
    headers: dict[str, str] = field(default_factory=dict)


class Handler(BaseHTTPRequestHandler):
    server: Server

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.requests.append(
            Recorded(self.path, {k.lower(): v for k, v in self.headers.items()})
        )
        route = self.server.routes.get(self.path)
        if route is None:
            self.reply(404, b"not found", "text/plain")
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)

    def reply(
        self,
        status: int,
        body: bytes = b"",
        content_type: str = "application/xml",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.requests: list[Recorded] = []
        # A short poll interval: shutdown() waits up to one interval (0.5 s by default).
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> Server:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    # -- route helpers -----------------------------------------------------------------------

    def static(
        self,
        path: str,
        body: bytes,
        content_type: str = "application/xml",
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """A resource that honours conditional GET."""

        def route(h: Handler) -> None:
            headers = {}
            if etag:
                headers["ETag"] = etag
            if last_modified:
                headers["Last-Modified"] = last_modified
            if (etag and h.headers.get("If-None-Match") == etag) or (
                last_modified and h.headers.get("If-Modified-Since") == last_modified
            ):
                h.send_response(304)
                for k, v in headers.items():
                    h.send_header(k, v)
                h.end_headers()
                return
            h.reply(200, body, content_type, headers)

        self.routes[path] = route

    def sequence(self, path: str, *steps: Route) -> None:
        """Answer the n-th request with the n-th step (the last one repeats)."""
        calls = {"n": 0}

        def route(h: Handler) -> None:
            step = steps[min(calls["n"], len(steps) - 1)]
            calls["n"] += 1
            step(h)

        self.routes[path] = route

    def hits(self, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.path == path]


def status(code: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Route:
    return lambda h: h.reply(code, body, "text/plain", headers)


def redirect(code: int, location: str) -> Route:
    return lambda h: h.reply(code, b"", "text/plain", {"Location": location})


def drip(body: bytes, every: float) -> Route:
    """Headers at once, then one byte every `every` seconds: a slow server."""

    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        for i in range(len(body)):
            h.wfile.write(body[i : i + 1])
            h.wfile.flush()
            time.sleep(every)

    return route


def gate(body: bytes, opened: threading.Event, wait: float = 60.0) -> Route:
    """Answers only once the test opens the gate (or after `wait` seconds): a run held mid-poll
    for exactly as long as the test needs, however slowly the machine starts processes."""

    def route(h: Handler) -> None:
        opened.wait(wait)
        h.reply(200, body, "application/xml")

    return route


def free_port() -> int:
    """A loopback port nothing listens on (for a server to start on, or to refuse connections)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
