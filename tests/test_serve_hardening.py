"""`feedtool serve` against slow, rude and hostile clients (issue 14, case 6).

Before: no per-connection timeout and a thread per connection (2,000 slow clients held 2,000
threads), a listen backlog of 5, a traceback per client that hung up early, no Host check, an
unread POST body taken for the next request, and terminal escapes from request paths in the log.
"""

from __future__ import annotations

import re
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from feedtool import connections
from feedtool.serve import BackgroundServer

FEED = (Path(__file__).parent / "fixtures" / "validate" / "core" / "valid-rss.xml").read_bytes()


@pytest.fixture()
def site(tmp_path):
    (tmp_path / "rss.xml").write_bytes(FEED)
    (tmp_path / "big.xml").write_bytes(b"<rss>" + b" " * (8 * 1024 * 1024) + b"</rss>")
    return tmp_path


def exchange(port: int, raw: bytes, *, wait: float = 5.0) -> bytes:
    """Send `raw`, read until the server closes or goes quiet."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(raw)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)


def get(port: int, path: str = "/rss.xml", host: str = "localhost") -> bytes:
    return exchange(port, f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())


def test_a_foreign_host_header_is_refused(site):
    with BackgroundServer(site) as server:
        assert get(server.port, host="rebound.attacker.example:8000").startswith(b"HTTP/1.1 421")
        assert get(server.port, host=f"localhost:{server.port}").startswith(b"HTTP/1.1 200")
        assert get(server.port, host=f"127.0.0.1:{server.port}").startswith(b"HTTP/1.1 200")
        assert any("rebound.attacker.example" in note for note in server.log.notes)


def test_a_request_body_is_never_taken_for_the_next_request(site):
    smuggled = b"GET /rss.xml HTTP/1.1\r\nHost: localhost\r\n\r\n"
    raw = (b"POST /rss.xml HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n\r\n" % len(smuggled)) + smuggled
    with BackgroundServer(site) as server:
        answer = exchange(server.port, raw)
    assert answer.startswith(b"HTTP/1.1 405") and b"Connection: close" in answer
    assert answer.count(b"HTTP/1.1 ") == 1  # the body was not answered as a second request


def test_keep_alive_still_serves_several_requests_on_one_connection(site):
    one = b"GET /rss.xml HTTP/1.1\r\nHost: localhost\r\n\r\n"
    with BackgroundServer(site) as server:
        answer = exchange(server.port, one + one + b"GET /rss.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    assert answer.count(b"HTTP/1.1 200 OK") == 3


def test_a_client_that_drips_its_headers_is_dropped_at_the_deadline(site, monkeypatch):
    monkeypatch.setattr(connections, "HEAD_TIMEOUT", 1.0)
    with BackgroundServer(site) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
            started = time.monotonic()
            sock.sendall(b"GET /rss.xml HTTP/1.1\r\n")
            closed = False
            for n in range(40):  # one header every 0.1 s, for 4 s at most
                try:
                    sock.sendall(b"X-Slow-%d: 1\r\n" % n)
                    time.sleep(0.1)
                except OSError:
                    closed = True
                    break
            if not closed:
                sock.settimeout(2)
                closed = sock.recv(100) == b""
        assert closed and time.monotonic() - started < 3


def test_a_client_that_hangs_up_is_a_one_line_note(site):
    with BackgroundServer(site) as server:
        for _ in range(3):
            sock = socket.create_connection(("127.0.0.1", server.port))
            sock.sendall(b"GET /big.xml HTTP/1.1\r\nHost: localhost\r\n\r\n")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset, not a polite close
            sock.close()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not any("hung up" in n for n in server.log.notes):
            time.sleep(0.05)
        notes = [n for n in server.log.notes if "hung up" in n]
        assert notes and all("\n" not in n and "Traceback" not in n for n in notes)
        assert get(server.port).startswith(b"HTTP/1.1 200")  # and the server goes on


def test_control_characters_in_a_path_are_escaped_in_the_log():
    assert connections.printable("/\x1b]0;pwned\x07\x9b") == "/\\x1b]0;pwned\\x07\\x9b"


def _rss_of(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))


def _threads_of(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("Threads:"))


@pytest.mark.slow
def test_500_slow_clients_do_not_keep_a_normal_request_waiting(site):
    proc = subprocess.Popen(
        [sys.executable, "-m", "feedtool", "serve", "--out", str(site), "--port", "0", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    slow: list[socket.socket] = []
    try:
        line = proc.stdout.readline()
        port = int(re.search(r":(\d+)/", line).group(1))
        assert get(port).startswith(b"HTTP/1.1 200")
        before = _rss_of(proc.pid)
        for _ in range(500):  # each sends half a request line and then nothing (slowloris)
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /rss.xml HTTP/1.1\r\nX-Slow: ")
            slow.append(sock)
        for sock in slow[::5]:  # and a fifth of them keep dripping a byte
            sock.sendall(b"a")
        started = time.monotonic()
        answer = get(port)
        elapsed = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 200") and FEED in answer
        assert elapsed < 1.0, f"a normal request took {elapsed:.2f} s beside 500 slow clients"
        grown = _rss_of(proc.pid) - before
        assert grown < 20 * 1024 * 1024, f"memory grew by {grown / 1048576:.1f} MB for 500 slow clients"
        assert _threads_of(proc.pid) <= connections.WORKERS + 4  # the main thread, the head reader, a few more
    finally:
        for sock in slow:
            sock.close()
        proc.terminate()
        proc.wait(timeout=10)


def test_listening_elsewhere_warns(site):
    proc = subprocess.Popen(
        [sys.executable, "-m", "feedtool", "serve", "--out", str(site), "--port", "0", "--host", "0.0.0.0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline()
        port = int(re.search(r":(\d+)/", line).group(1))
        assert get(port, host="192.168.1.5").startswith(b"HTTP/1.1 200")  # the phone on the LAN uses the IP
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "warning: listening on 0.0.0.0, not 127.0.0.1: other machines on the network can read the preview" in err


def test_a_bad_host_is_a_usage_error(site):
    proc = subprocess.run([sys.executable, "-m", "feedtool", "serve", "--out", str(site), "--host", "no such host!"],
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2 and "cannot listen on no such host!" in proc.stderr and "Traceback" not in proc.stderr


def test_escaped_paths_reach_the_console(site):
    proc = subprocess.Popen(
        [sys.executable, "-m", "feedtool", "serve", "--out", str(site), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        port = int(re.search(r":(\d+)/", proc.stdout.readline()).group(1))
        exchange(port, b"GET /\x1b]0;pwned\x07 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    finally:
        time.sleep(0.2)
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "\x1b" not in err and "GET /\\x1b]0;pwned\\x07 404" in err
