"""A WebSub hub the tests serve on 127.0.0.1: it answers from a script and records every request."""

from __future__ import annotations

import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    content_type: str
    form: dict[str, list[str]]


@dataclass
class Hub:
    """`script`: one answer per request, the last repeated. An answer is a status (204), a
    (status, location) pair for a redirect, or "hang" (read the request, never answer)."""

    script: list = field(default_factory=lambda: [204])
    received: list[Received] = field(default_factory=list)
    url: str = ""
    _server: ThreadingHTTPServer | None = None
    _release: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> Hub:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("ascii")
                hub.received.append(Received(self.path, self.headers.get("Content-Type", ""),
                                             urllib.parse.parse_qs(body)))
                answer = hub.script[min(len(hub.received) - 1, len(hub.script) - 1)]
                if answer == "hang":
                    hub._release.wait(30)  # bounded: the test ends it on exit
                    return
                status, location = answer if isinstance(answer, tuple) else (answer, None)
                self.send_response(status)
                if location:
                    self.send_header("Location", hub.url.rsplit("/", 1)[0] + location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):  # quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_port}/hub"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
