"""`feedtool serve` as a user runs it: prints its URLs, serves, stops cleanly on Ctrl-C."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import xml.sax.saxutils
from pathlib import Path

import pytest

from readers_support import EDIT_SLUG, EDITED_TITLE, POSTS, edit_post, write_store

FIXTURES = Path(__file__).parent / "fixtures" / "diff"


class Serving(subprocess.Popen):
    """`feedtool serve` in a child process; its stderr is collected line by line as it comes."""

    def __init__(self, args: list[str]):
        super().__init__(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.err_lines: list[str] = []
        self._reader = threading.Thread(target=lambda: self.err_lines.extend(iter(self.stderr.readline, "")))
        self._reader.start()

    def wait_for_err(self, text: str, seconds: float = 15.0) -> None:
        deadline = time.monotonic() + seconds
        while not any(text in line for line in list(self.err_lines)):
            if time.monotonic() > deadline:
                pytest.fail(f"serve did not print {text!r} within {seconds} s: {self.err_lines!r}")
            time.sleep(0.05)


def start(*args: str) -> tuple[Serving, str]:
    proc = Serving([sys.executable, "-m", "feedtool", "serve", *args])
    first, match = "", None
    for _ in range(5):  # with --watch, a "built ..." line comes first
        first = proc.stdout.readline()
        match = re.search(r"on (http://127\.0\.0\.1:(\d+)/)", first)
        if match or not first:
            break
    if not match:
        code, out, err = stop(proc, signal.SIGKILL)
        pytest.fail(f"serve did not start (exit {code}): {first!r} {out!r} {err!r}")
    return proc, match.group(1)


def stop(proc: Serving, sig: int = signal.SIGINT) -> tuple[int, str, str]:
    proc.send_signal(sig)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    proc._reader.join(timeout=10)
    # Read stdout through the same text stream that readline() used: communicate() would read
    # the raw pipe and miss what readline() had already buffered.
    return proc.returncode, proc.stdout.read(), "".join(proc.err_lines)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    public = tmp_path / "public"
    public.mkdir()
    (public / "atom.xml").write_bytes((FIXTURES / "edited" / "old.xml").read_bytes())
    (public / "rss.xml").write_bytes((FIXTURES / "removed" / "old.xml").read_bytes())
    return public


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_urls_serves_and_stops_cleanly(out, sig):
    proc, base = start("--out", str(out), "--port", "0")
    try:
        lines = [proc.stdout.readline().strip() for _ in range(2)]
        assert lines == [f"{base}atom.xml", f"{base}rss.xml"]
        with urllib.request.urlopen(base + "atom.xml", timeout=10) as response:
            assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
            assert response.read() == (out / "atom.xml").read_bytes()
    finally:
        code, _, err = stop(proc, sig)
    assert code == 0
    assert "GET /atom.xml 200" in err
    assert "stopped" in err
    assert "Traceback" not in err


def test_quiet_prints_no_request_lines(out):
    proc, base = start("--out", str(out), "--port", "0", "--quiet")
    try:
        urllib.request.urlopen(base + "rss.xml", timeout=10).read()
    finally:
        code, _, err = stop(proc)
    assert code == 0
    assert "GET /rss.xml" not in err


def test_missing_directory_is_exit_3(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "feedtool", "serve", "--out", str(tmp_path / "nope"), "--port", "0"],
        capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 3
    assert "feedtool build --out" in result.stderr


def test_port_in_use_is_a_clear_error(out):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "feedtool", "serve", "--out", str(out), "--port", str(port)],
            capture_output=True, text=True, timeout=30,
        )
    assert result.returncode == 2
    assert f"127.0.0.1:{port}" in result.stderr and "--port 0" in result.stderr
    assert "Traceback" not in result.stderr


def xml_text(text: str) -> bytes:
    return xml.sax.saxutils.escape(text, {">": "&gt;"}).encode()


def fetch(url: str) -> tuple[str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers["ETag"], response.read()


def wait_for_new_etag(url: str, old: str, seconds: float = 15.0) -> tuple[str, bytes]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        etag, body = fetch(url)
        if etag != old:
            return etag, body
        time.sleep(0.1)
    pytest.fail(f"{url} did not change within {seconds} s")


def test_watch_builds_at_start_and_rebuilds_when_the_store_changes(tmp_path):
    store, out = tmp_path / "entries", tmp_path / "public"
    write_store(store)
    proc, base = start("--out", str(out), "--port", "0", "--store", str(store), "--watch", "--interval", "0.1")
    try:
        etag, body = fetch(base + "atom.xml")
        assert xml_text(POSTS[EDIT_SLUG]["title"]) in body

        edit_post(store)
        etag2, body2 = wait_for_new_etag(base + "atom.xml", etag)
        assert xml_text(EDITED_TITLE) in body2
        proc.wait_for_err("rebuilt: atom.xml, feed.json, index.html, rss.xml")

        # A broken store leaves the served feeds as they were.
        (store / "kapot.yaml").write_text("title: [unclosed\n", encoding="utf-8")
        proc.wait_for_err("rebuild failed; still serving the previous feeds")
        assert fetch(base + "atom.xml") == (etag2, body2)
    finally:
        code, out_text, err = stop(proc)
    assert code == 0
    assert f"Watching {store} for changes" in out_text
    assert "rebuilt: atom.xml, feed.json, index.html, rss.xml" in err
    assert "rebuild failed; still serving the previous feeds" in err and "kapot.yaml" in err
    assert "Traceback" not in err
    assert not (store / "_published.json").exists()  # a preview publishes nothing


def test_watch_without_a_store_is_exit_3(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "feedtool", "serve", "--watch", "--store", str(tmp_path / "nope"), "--port", "0"],
        capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 3
    assert "no such store" in result.stderr
