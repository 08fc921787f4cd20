"""feedtool.download: one deadline per download, and no internal addresses (SSRF).

The slow servers here drip the body or the headers for up to 30 s, far past any test's
timeout: a download that is not bounded as a whole shows up as a test that takes 30 s.
"""

from __future__ import annotations

import json
import shutil
import socket
import socketserver
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from feedtool.download import Download, address_kind, names_internal_address
from feedtool.validate.fetch import fetch_url
from validate_support import invoke

FEED_PATH = Path(__file__).parent / "fixtures" / "validate" / "core" / "valid-rss.xml"
FEED = FEED_PATH.read_bytes()
DRIP_FOR = 30.0  # seconds a slow server keeps dripping (then it stops by itself)


class _Drip(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.recv(65536)
        kind = self.server.kind
        started = time.monotonic()
        try:
            if kind == "headers":
                self.request.sendall(b"HTTP/1.1 200 OK\r\n")
                for n in range(90):  # http.client accepts at most 100 headers
                    if time.monotonic() - started > DRIP_FOR:
                        return
                    self.request.sendall(b"X-Slow-%d: 1\r\n" % n)
                    time.sleep(0.3)
                return
            chunked = kind == "chunked-body"
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
            head += b"Transfer-Encoding: chunked\r\n\r\n" if chunked else b"Content-Length: %d\r\n\r\n" % (len(FEED) * 100)
            self.request.sendall(head)
            while time.monotonic() - started < DRIP_FOR:
                self.request.sendall(b"2\r\n  \r\n" if chunked else b"  ")
                time.sleep(0.2)
        except OSError:
            return  # the client gave up: what it should do


@pytest.fixture(scope="module")
def drip():
    servers = {}
    for kind in ("body", "chunked-body", "headers"):
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Drip)
        server.daemon_threads = True
        server.kind = kind
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers[kind] = server
    yield {kind: f"http://127.0.0.1:{s.server_address[1]}/feed.xml" for kind, s in servers.items()}
    for server in servers.values():
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("kind", ["body", "chunked-body", "headers"])
def test_a_dripping_server_is_cut_off_at_the_deadline(drip, kind):
    started = time.monotonic()
    source = fetch_url(drip[kind], timeout=1.5)
    elapsed = time.monotonic() - started
    assert source.unreadable and source.data is None
    messages = " ".join(f.text() for f in source.findings)
    assert "no complete answer within 1.5 seconds" in messages
    assert elapsed < 3.0, f"{kind}: the download ran {elapsed:.1f} s past a 1.5 s deadline"


def test_validate_timeout_covers_the_whole_download(drip):
    started = time.monotonic()
    result = invoke("--timeout", "1", drip["body"])
    assert result.exit_code == 3 and "[IOError]" in result.output
    assert time.monotonic() - started < 2.5


def _diff(*args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    from feedtool.cli import main

    with CliRunner().isolation() as streams:
        try:
            main(["diff", *args])
            code = 0
        except SystemExit as exc:
            code = exc.code
        return code, streams[1].getvalue().decode()


def test_diff_timeout_covers_the_whole_download(drip):
    """Before: diff had no --timeout and ran past 70 s on a dripping server."""
    started = time.monotonic()
    code, err = _diff("--timeout", "1", drip["chunked-body"], str(FEED_PATH))
    assert code == 3 and "no complete answer within 1 seconds" in err
    assert time.monotonic() - started < 2.5


def test_diff_max_size(tmp_path):
    code, err = _diff("--max-size", "100", str(FEED_PATH), str(FEED_PATH))
    assert code == 3 and "over the limit of 100" in err


def test_the_deadline_covers_a_slow_name_lookup(monkeypatch):
    def slow_lookup(*args, **kwargs):
        time.sleep(3)
        return []

    monkeypatch.setattr(socket, "getaddrinfo", slow_lookup)
    started = time.monotonic()
    source = fetch_url("http://slow-dns.example/feed.xml", timeout=0.5)
    assert source.unreadable and time.monotonic() - started < 1.5
    assert "no complete answer within 0.5 seconds" in source.findings[0].text()


@pytest.mark.parametrize(
    "address, kind",
    [
        ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
        ("169.254.169.254", "link-local"), ("fe80::1%lo", "link-local"),
        ("10.0.0.1", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"),
        ("fd12:3456::1", "unique-local"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
        ("224.0.0.251", "multicast"), ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"), ("::ffff:169.254.169.254", "link-local"), ("64:ff9b::a00:1", "private"),
        ("2002:c0a8:101::1", "private"),  # 6to4 around 192.168.1.1
        ("93.184.216.34", None), ("2606:4700::1111", None), ("192.0.2.10", None), ("2001:db8::1", None),
    ],
)
def test_address_kinds(address, kind):
    assert address_kind(address) == kind


@pytest.mark.parametrize(
    "url, internal",
    [
        ("http://127.0.0.1:8000/feed.xml", True), ("http://localhost/feed.xml", True), ("http://[::1]/", True),
        ("http://10.1.2.3/", True), ("https://example.org/feed.xml", False), ("http://2130706433/", False),
        ("http://192.0.2.10/", False),
    ],
)
def test_only_an_internal_address_in_the_url_itself_exempts_it(url, internal):
    assert names_internal_address(url) is internal


class _Internal(socketserver.BaseRequestHandler):
    hits = 0  # requests received (a connection closed without a request is not one)

    def handle(self):
        if not self.request.recv(65536):
            return
        type(self).hits += 1
        body = FEED.replace(b"</title>", b" AKIA-INTERNAL-SECRET</title>", 1)
        self.request.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))


@pytest.fixture()
def internal():
    _Internal.hits = 0
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Internal)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def _resolve_to(monkeypatch, answers):
    """Make host names resolve to `answers`, one per lookup (the last one repeats): a DNS server that rebinds."""
    real = socket.getaddrinfo
    calls = []

    def fake(host, port, *args, **kwargs):
        if host.endswith(".example"):
            calls.append(host)
            address = answers[min(len(calls), len(answers)) - 1]
            return real(address, port, *args[:1], socket.SOCK_STREAM)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return calls


def test_a_name_that_resolves_to_loopback_is_refused_and_never_contacted(monkeypatch, internal):
    _resolve_to(monkeypatch, ["127.0.0.1"])
    result = invoke("--format", "json", f"http://feeds.example:{internal}/feed.xml")
    assert result.exit_code == 3
    findings = json.loads(result.output)["files"][0]["findings"]
    assert [f["code"] for f in findings] == ["PrivateAddressRefused"]
    assert "127.0.0.1" in findings[0]["message"] and "loopback" in findings[0]["message"]
    assert "--allow-private" in findings[0]["message"]
    assert "AKIA" not in result.output and _Internal.hits == 0


def test_allow_private_reaches_it(monkeypatch, internal):
    _resolve_to(monkeypatch, ["127.0.0.1"])
    result = invoke("--allow-private", "--format", "json", f"http://feeds.example:{internal}/feed.xml")
    assert _Internal.hits == 1 and result.exit_code in (0, 1)
    assert json.loads(result.output)["files"][0]["format"] == "rss"


def test_the_address_checked_is_the_address_connected_to(monkeypatch, internal):
    """A rebinding DNS server answers a public address first and loopback after: only one lookup is made."""
    calls = _resolve_to(monkeypatch, ["192.0.2.1", "127.0.0.1"])
    download = Download(1.0)
    connected = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: connected.append(address) or (_ for _ in ()).throw(OSError("unreachable in the test")))
    with pytest.raises(OSError):
        download.connect(("feeds.example", internal))
    assert calls == ["feeds.example"] and [a[0] for a in connected] == ["192.0.2.1"]


def test_a_peer_that_is_internal_after_the_connect_is_refused(monkeypatch, internal):
    """Whatever the lookup said, the address the socket really reached is checked before anything is sent."""
    _resolve_to(monkeypatch, ["127.0.0.1"])
    checked = []
    verdicts = iter([None, "loopback"])  # the check of the lookup's answer is fooled; that of getpeername() is not

    def fooled(address):
        checked.append(address)
        return next(verdicts)

    monkeypatch.setattr("feedtool.download.address_kind", fooled)
    source = fetch_url(f"http://feeds.example:{internal}/feed.xml", timeout=2)
    assert [f.code for f in source.findings] == ["PrivateAddressRefused"] and source.data is None
    assert checked == ["127.0.0.1", "127.0.0.1"]
    time.sleep(0.1)
    assert _Internal.hits == 0  # connected, but no request was sent on the connection


# --- in a network namespace of our own: a real "public" address and a real redirect --------------

NETNS_SCRIPT = textwrap.dedent(
    r"""
    import json, socket, socketserver, subprocess, sys, threading
    sys.path[:0] = json.loads(sys.argv[1])
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    subprocess.run(["ip", "addr", "add", "192.0.2.10/32", "dev", "lo"], check=True)
    from click.testing import CliRunner
    from feedtool.cli import main

    hits = {"internal": 0}
    FEED = open(sys.argv[2], "rb").read()

    class Internal(socketserver.BaseRequestHandler):
        def handle(self):
            hits["internal"] += 1
            self.request.recv(65536)
            body = FEED.replace(b"<pubDate>", b"<pubDate>AKIA-INTERNAL-SECRET ", 1)
            self.request.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: %d\r\n\r\n" % len(body) + body)

    class Public(socketserver.BaseRequestHandler):
        def handle(self):
            path = self.request.recv(65536).split(b" ")[1]
            target = {b"/to-loopback": b"http://127.0.0.1:%d/latest/meta-data" % internal.server_address[1],
                      b"/to-metadata": b"http://169.254.169.254/latest/meta-data/"}.get(path)
            if target:
                self.request.sendall(b"HTTP/1.0 302 Found\r\nLocation: " + target + b"\r\nContent-Length: 0\r\n\r\n")
            else:
                self.request.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: %d\r\n\r\n" % len(FEED) + FEED)

    internal = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Internal)
    public = socketserver.ThreadingTCPServer(("192.0.2.10", 0), Public)
    for server in (internal, public):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://192.0.2.10:%d" % public.server_address[1]

    def validate(*args):
        with CliRunner().isolation() as streams:
            try:
                main(["validate", "--format", "json", "--timeout", "5", *args])
                code = 0
            except SystemExit as exc:
                code = exc.code
            return {"code": code, "out": streams[0].getvalue().decode()}

    results = {name: validate(*args) for name, args in {
        "public": [base + "/feed.xml"],
        "to-loopback": [base + "/to-loopback"],
        "to-metadata": [base + "/to-metadata"],
    }.items()}
    results["hits_before_allow"] = hits["internal"]
    results["allowed"] = validate("--allow-private", base + "/to-loopback")
    results["hits_after_allow"] = hits["internal"]
    print(json.dumps(results))
    """
)


def _can_make_a_network_namespace() -> str | None:
    if not shutil.which("unshare") or not shutil.which("ip"):
        return "unshare or ip (util-linux, iproute2) is not installed"
    probe = subprocess.run(["unshare", "-rn", "ip", "link", "set", "lo", "up"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"cannot make a network namespace here (unshare -rn: {probe.stderr.strip() or probe.returncode})"
    return None


def test_redirects_to_internal_addresses_are_refused_in_a_network_namespace(tmp_path):
    reason = _can_make_a_network_namespace()
    if reason:
        pytest.skip(f"SSRF test in a network namespace skipped: {reason}")
    script = tmp_path / "ssrf.py"
    script.write_text(NETNS_SCRIPT)
    paths = json.dumps([str(Path(__file__).resolve().parent.parent), *sys.path])
    feed = Path(__file__).parent / "fixtures" / "validate" / "core" / "valid-rss.xml"
    proc = subprocess.run(["unshare", "-rn", sys.executable, str(script), paths, str(feed)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    assert results["public"]["code"] == 0  # a public address (a documentation range, on lo) is fetched
    for name in ("to-loopback", "to-metadata"):
        run = results[name]
        codes = [f["code"] for f in json.loads(run["out"])["files"][0]["findings"]]
        assert run["code"] == 3 and "PrivateAddressRefused" in codes, run
        assert "AKIA" not in run["out"]
    assert results["hits_before_allow"] == 0  # nothing was ever sent to the internal server
    assert results["hits_after_allow"] == 1 and "AKIA-INTERNAL-SECRET" in results["allowed"]["out"]


def test_the_refusal_is_declared_and_speaks_dutch(monkeypatch, internal):
    from feedtool.validate import codes

    assert codes.get("PrivateAddressRefused").severity == "error"
    _resolve_to(monkeypatch, ["127.0.0.1"])
    [refused] = fetch_url(f"http://feeds.example:{internal}/feed.xml", timeout=2).findings
    assert "is een loopback-adres" in refused.text("nl") and "--allow-private" in refused.text("nl")
