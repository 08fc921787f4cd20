"""The serving loop of `feedtool serve`: slow clients cannot tie it up.

http.server's ThreadingHTTPServer gives every connection a thread that waits for as long as
the client likes: 2,000 slow clients held 2,000 threads. Here:

- **One selector thread reads every request head** (request line and headers), with a
  deadline per connection (HEAD_TIMEOUT from the moment the connection is ready for a
  request, also between keep-alive requests). A client that sends its headers a byte at a
  time costs a buffer, not a thread, and is dropped at its deadline.
- **A bounded pool of workers** (WORKERS threads) answers complete requests only; each
  answer is written within WRITE_TIMEOUT. A normal request is answered while hundreds of
  slow clients wait in the selector.
- **A real listen backlog** (BACKLOG), and at most MAX_CONNECTIONS open connections: past
  that, new connections are closed at once.
- **Request bodies**: a GET or HEAD has none; a request that announces one (Content-Length,
  Transfer-Encoding) is answered and its connection closed, so an unread body can never be
  taken for the next request.
- **Host check** (DNS rebinding): a browser page whose name was rebound to 127.0.0.1 sends
  its own name as Host; only `localhost` names, IP literals and the name the server was
  bound to are answered, other names get 421.
- A client that hangs up is a one-line note in the log (`on_note`), never a traceback.
"""

from __future__ import annotations

import io
import ipaddress
import selectors
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler

HEAD_TIMEOUT = 10.0  # seconds for a request line and its headers
WRITE_TIMEOUT = 10.0  # seconds to write one answer
MAX_HEAD = 64 * 1024  # bytes of request line and headers
WORKERS = 8
BACKLOG = 1024
MAX_CONNECTIONS = 4096
_HEAD_END = (b"\r\n\r\n", b"\n\n")


def printable(text: str) -> str:
    """`text` with control characters (C0, DEL, C1) escaped as \\xNN, for a log line on a terminal."""
    return "".join(f"\\x{ord(ch):02x}" if ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 else ch for ch in text)


def host_allowed(host_header: str, bound_host: str) -> bool:
    """Whether a request with this Host header may be answered (DNS rebinding: no foreign names)."""
    host = host_header.strip().lower()
    if host.startswith("["):  # [::1]:8000
        name = host[1:host.find("]")] if "]" in host else host
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    name = name.rstrip(".")
    if name == "localhost" or name.endswith(".localhost") or name == bound_host.lower():
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class _Connection:
    __slots__ = ("sock", "address", "buffer", "deadline")

    def __init__(self, sock: socket.socket, address, buffer: bytes = b""):
        self.sock, self.address, self.buffer = sock, address, buffer
        self.deadline = time.monotonic() + HEAD_TIMEOUT


class BoundedHTTPServer(socketserver.TCPServer):
    """A TCPServer whose connections wait in a selector until their request head is complete."""

    request_queue_size = BACKLOG
    allow_reuse_address = True

    def __init__(self, address, handler_class, on_note: Callable[[str], None] | None = None):
        host = address[0]
        if ":" in host:
            self.address_family = socket.AF_INET6
        self.on_note = on_note or (lambda note: None)
        self._selector = selectors.DefaultSelector()
        self._waiting: dict[int, _Connection] = {}
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._selector.register(self._wake_r, selectors.EVENT_READ, None)
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="feedtool-serve-worker")
        self._stopping = threading.Event()
        self.open_connections = 0
        self._reader: threading.Thread | None = None
        super().__init__(address, handler_class)  # binds and listens; on failure calls server_close()
        self._reader = threading.Thread(target=self._read_heads, name="feedtool-serve-heads", daemon=True)
        self._reader.start()

    # --- accepting ---------------------------------------------------------------

    def process_request(self, request, client_address) -> None:
        with self._lock:
            if self.open_connections >= MAX_CONNECTIONS:
                request.close()
                return
            self.open_connections += 1
        self._wait_for_head(_Connection(request, client_address))

    def handle_error(self, request, client_address) -> None:
        self.on_note(f"{_who(client_address)}: the connection failed")

    # --- waiting for request heads (one thread) ------------------------------------

    def _wait_for_head(self, connection: _Connection) -> None:
        if connection.buffer and self._dispatch(connection, waiting=False):
            return  # a pipelined request was already read with the previous one
        connection.sock.setblocking(False)
        with self._lock:
            self._waiting[connection.sock.fileno()] = connection
            self._selector.register(connection.sock, selectors.EVENT_READ, connection)
        try:
            self._wake_w.send(b"\0")
        except OSError:
            pass

    def _read_heads(self) -> None:
        while not self._stopping.is_set():
            with self._lock:
                nearest = min((c.deadline for c in self._waiting.values()), default=None)
            timeout = 0.5 if nearest is None else max(0.0, min(0.5, nearest - time.monotonic()))
            try:
                events = self._selector.select(timeout)
            except (OSError, ValueError):
                if self._stopping.is_set():
                    return
                continue
            for key, _ in events:
                if key.data is None:
                    try:
                        self._wake_r.recv(4096)
                    except OSError:
                        pass
                    continue
                self._readable(key.data)
            now = time.monotonic()
            with self._lock:
                expired = [c for c in self._waiting.values() if c.deadline <= now]
            for connection in expired:
                self._unwait(connection)
                self._close(connection.sock)  # a slow client: dropped without a thread ever waiting on it

    def _readable(self, connection: _Connection) -> None:
        try:
            chunk = connection.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._unwait(connection)
            if connection.buffer.strip():
                self.on_note(f"{_who(connection.address)}: the client hung up in the middle of its request")
            self._close(connection.sock)
            return
        connection.buffer += chunk
        self._dispatch(connection, waiting=True)

    def _dispatch(self, connection: _Connection, waiting: bool) -> bool:
        """Hand a complete (or oversized) request head to the pool; False while it is incomplete."""
        ends = [i + len(marker) for marker in _HEAD_END if (i := connection.buffer.find(marker)) >= 0]
        if ends:
            end = min(ends)
            head, rest = connection.buffer[:end], connection.buffer[end:]
            job = (self._answer, connection, head, rest)
        elif len(connection.buffer) > MAX_HEAD:
            job = (self._answer, connection, connection.buffer[:MAX_HEAD], b"", True)
        else:
            return False
        if waiting:
            self._unwait(connection)
        self._pool.submit(*job)
        return True

    def _unwait(self, connection: _Connection) -> None:
        with self._lock:
            if self._waiting.pop(connection.sock.fileno(), None) is not None:
                try:
                    self._selector.unregister(connection.sock)
                except (KeyError, ValueError, OSError):
                    pass

    # --- answering (the pool) ------------------------------------------------------

    def _answer(self, connection: _Connection, head: bytes, rest: bytes, too_large: bool = False) -> None:
        sock = connection.sock
        try:
            sock.setblocking(True)
            sock.settimeout(WRITE_TIMEOUT)
            if too_large:
                sock.sendall(b"HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")
                self._close(sock)
                return
            handler = self.RequestHandlerClass(sock, connection.address, self, head)
        except (BrokenPipeError, ConnectionResetError, TimeoutError, ConnectionAbortedError) as exc:
            self.on_note(f"{_who(connection.address)}: the client hung up before the answer was sent "
                         f"({type(exc).__name__})")
            self._close(sock)
            return
        except OSError:
            self._close(sock)
            return
        if handler.close_connection or self._stopping.is_set():
            self._close(sock)
        else:
            self._wait_for_head(_Connection(sock, connection.address, rest))

    def _close(self, sock: socket.socket) -> None:
        try:
            sock.close()
        except OSError:
            pass
        with self._lock:
            self.open_connections -= 1

    def server_close(self) -> None:
        self._stopping.set()
        try:
            self._wake_w.send(b"\0")
        except OSError:
            pass
        if self._reader is not None:
            self._reader.join(timeout=2)
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            waiting = list(self._waiting.values())
            self._waiting.clear()
        for connection in waiting:
            try:
                connection.sock.close()
            except OSError:
                pass
        self._selector.close()
        self._wake_r.close()
        self._wake_w.close()
        super().server_close()


def _who(address) -> str:
    try:
        return f"{address[0]}:{address[1]}"
    except (TypeError, IndexError):
        return str(address)


class GuardedRequestHandler(BaseHTTPRequestHandler):
    """Answers one request whose head was read by the selector; the body, if any, is never read.

    Built as `handler(sock, address, server, head)`; after it returns, `close_connection` says
    whether the connection may be kept for the next request.
    """

    protocol_version = "HTTP/1.1"

    def __init__(self, sock, address, server, head: bytes):
        self._head = head
        self._closing_sent = False
        super().__init__(sock, address, server)

    def setup(self) -> None:
        self.connection = self.request
        self.rfile = io.BytesIO(self._head)
        self.wfile = _Writer(self.connection)

    def handle(self) -> None:
        self.close_connection = True
        self.handle_one_request()

    def finish(self) -> None:
        self.rfile.close()

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if self.headers.get("Content-Length", "0").strip() not in ("", "0") or self.headers.get("Transfer-Encoding"):
            self.close_connection = True  # the body is not read: the connection cannot carry another request
        host = self.headers.get("Host")
        if host is not None and not host_allowed(host, self.server.server_address[0]):
            self.close_connection = True
            self.send_error(
                HTTPStatus.MISDIRECTED_REQUEST,
                "unknown host name",
                "This preview server answers only to localhost and IP addresses (a page whose name was "
                "rebound to this address must not read it). Open it as http://localhost:PORT/.",
            )
            self.on_refused_host(host)
            return False
        return True

    def on_refused_host(self, host: str) -> None:
        """Called after a request with a foreign Host header got 421."""

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() == "connection":
            self._closing_sent = True
        super().send_header(keyword, value)

    def end_headers(self) -> None:
        if self.close_connection and not self._closing_sent:
            self.send_header("Connection", "close")
        super().end_headers()


class _Writer(io.BufferedIOBase):
    """Writes straight to the socket (each write within the socket's timeout, WRITE_TIMEOUT)."""

    def __init__(self, sock: socket.socket):
        self._sock = sock

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._sock.sendall(data)
        with memoryview(data) as view:
            return view.nbytes
