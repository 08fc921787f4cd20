"""Headless Chromium for the tests that open what feedtool writes as a person would (HTML report, subscribe page).

Debian's `chromium` is driven from the command line: `--dump-dom` gives the DOM after the
page's scripts ran, `--screenshot` a PNG. Each call gets a fresh, empty profile; the flags
keep it from reaching for the network (this machine has none) and let it run as root.
Tests call `require_chromium()` first: without a browser they skip with a message saying
how to get one (`.ci/run` installs the `chromium` package).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",  # needed as root (CI runs as root)
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
)
TIMEOUT = 90  # seconds; a cold start on a loaded 2-core machine takes a few


def find_chromium() -> str | None:
    """The browser to use: $FEEDTOOL_CHROMIUM, else the first of CANDIDATES on PATH."""
    chosen = os.environ.get("FEEDTOOL_CHROMIUM")
    if chosen:
        return shutil.which(chosen) or (chosen if os.access(chosen, os.X_OK) else None)
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def require_chromium() -> str:
    """The browser's path, or skip the calling test with a message that says how to get one."""
    path = find_chromium()
    if path is None:
        pytest.skip("headless Chromium is not installed: `apt-get install chromium` (.ci/run does), "
                    "or point FEEDTOOL_CHROMIUM at a Chromium or Chrome binary")
    return path


def target_url(target: str | Path) -> str:
    """A URL for Chromium: http(s) and file URLs as given, a path as a file:// URL."""
    text = str(target)
    if text.startswith(("http://", "https://", "file://")):
        return text
    return Path(text).resolve().as_uri()


def run_chromium(target: str | Path, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """Run headless Chromium on `target` with `args` and a fresh profile; fail the test if it fails."""
    browser = require_chromium()
    with tempfile.TemporaryDirectory(prefix="feedtool-chromium-") as profile:
        command = [browser, *FLAGS, f"--user-data-dir={profile}", *args, target_url(target)]
        try:
            result = subprocess.run(command, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            pytest.fail(f"chromium did not finish within {timeout} s: {' '.join(command)}")
    if result.returncode != 0:
        pytest.fail(f"chromium exited {result.returncode}: {result.stderr.decode(errors='replace')[-2000:]}")
    return result


def dump_dom(target: str | Path, *, budget_ms: int = 2000, extra_args: tuple[str, ...] = ()) -> str:
    """The page's DOM as HTML after its scripts ran (for up to `budget_ms` of virtual time)."""
    result = run_chromium(target, "--dump-dom", f"--virtual-time-budget={budget_ms}", *extra_args)
    return result.stdout.decode("utf-8")


def screenshot(target: str | Path, png: Path, *, width: int = 1200, height: int = 900,
               extra_args: tuple[str, ...] = ()) -> Path:
    """Save a `width` x `height` PNG of the page to `png` and return its path."""
    png = Path(png)
    png.parent.mkdir(parents=True, exist_ok=True)
    run_chromium(target, f"--screenshot={png.resolve()}", f"--window-size={width},{height}",
                 "--virtual-time-budget=2000", *extra_args)
    if not png.is_file() or png.stat().st_size == 0:
        pytest.fail(f"chromium wrote no screenshot to {png}")
    return png


def png_size(png: Path) -> tuple[int, int]:
    """(width, height) read from a PNG's IHDR chunk."""
    data = Path(png).read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError(f"{png} is not a PNG file")
    return struct.unpack(">II", data[16:24])
