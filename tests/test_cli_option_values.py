"""Absurd option values and non-files get a clear usage or input error, never exit 70 or a hang."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from validate_support import invoke

FEED = Path(__file__).parent / "fixtures" / "validate" / "core" / "valid-rss.xml"


@pytest.mark.parametrize(
    "args, words",
    [
        (["--max-size", "9999999999999G"], "more than feedtool can hold"),
        (["--max-size", "9" * 5000], "more than feedtool can hold"),
        (["--max-size", "0"], "must be positive"),
        (["--timeout", "nan"], "not between 0.1 and 86400 seconds"),
        (["--timeout", "1e400"], "not between 0.1 and 86400 seconds"),
        (["--timeout", "soon"], "is not a number of seconds"),
    ],
)
def test_absurd_values_are_usage_errors(args, words):
    result = invoke(*args, str(FEED))
    assert result.exit_code == 2, result
    assert words in result.stderr and len(result.stderr) < 400


def test_a_large_but_sane_max_size_reads_normally():
    assert invoke("--max-size", "500G", str(FEED)).exit_code == 0  # before: MemoryError, exit 70


@pytest.mark.parametrize("command", ["diff"])
def test_diff_refuses_them_too(command):
    from click.testing import CliRunner

    from feedtool.cli import main

    with CliRunner().isolation() as streams:
        with pytest.raises(SystemExit) as info:
            main([command, "--max-size", "9999999999999G", str(FEED), str(FEED)])
    assert info.value.code == 2 and b"more than feedtool can hold" in streams[1].getvalue()


def test_a_fifo_in_a_directory_is_refused_without_opening_it(tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    shutil.copyfile(FEED, folder / "a.xml")
    os.mkfifo(folder / "pijp.xml")  # nobody writes to it: opening it would block
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "feedtool", "validate", str(folder)],
                          capture_output=True, text=True, timeout=30)
    assert time.monotonic() - started < 20
    assert proc.returncode == 3
    assert "pijp.xml: error: cannot read" in proc.stdout and "named pipe (FIFO)" in proc.stdout
    assert "a.xml" in proc.stdout  # the other file was validated


def test_a_device_is_refused():
    result = invoke("/dev/zero")
    assert result.exit_code == 3 and "character device" in result.output


@pytest.mark.parametrize("value", ["nan", "inf", "1e400"])
def test_serve_interval_must_be_finite(tmp_path, value):
    proc = subprocess.run([sys.executable, "-m", "feedtool", "serve", "--out", str(tmp_path), "--watch",
                           "--interval", value], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2 and "not between 0.05 and 3600 seconds" in proc.stderr
