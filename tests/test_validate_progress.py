"""The progress bar and --quiet: a bar on stderr for a person at a terminal, never in CI logs, pipes or machine formats."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from feedtool.cli._validation import show_progress
from validate_support import invoke

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"
FEEDS = [str(CORE / name) for name in ("valid-rss.xml", "internal-entity.xml", "undefined-entity.xml")]


class Stream:
    def __init__(self, tty: bool):
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("count, fmt, quiet, tty, environ, shown", [
    (3, "text", False, True, {}, True),
    (3, "html", False, True, {}, True),
    (3, "text", False, False, {}, False),  # a pipe or a file
    (3, "text", False, True, {"CI": "true"}, False),  # GitHub Actions, GitLab CI and most others set CI
    (3, "text", False, True, {"TERM": "dumb"}, False),
    (3, "text", True, True, {}, False),  # --quiet
    (1, "text", False, True, {}, False),  # one input: nothing to show progress of
    (3, "json", False, True, {}, False),
    (3, "junit", False, True, {}, False),
    (3, "github", False, True, {}, False),
    (3, "sarif", False, True, {}, False),
])
def test_when_the_bar_is_shown(count, fmt, quiet, tty, environ, shown):
    assert show_progress(count, fmt, quiet, stream=Stream(tty), environ=environ) is shown


def _run_with_stderr_on_a_terminal(*args: str) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "FEEDTOOL_NO_PROGRESS")}
    env["TERM"] = "xterm"
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "feedtool", "validate", *args], stdout=subprocess.PIPE,
                            stderr=slave, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    stdout = proc.communicate(timeout=60)[0].decode()
    os.close(master)
    return stdout, seen.decode(errors="replace")


def test_a_terminal_gets_the_bar_on_stderr_and_stdout_stays_clean():
    stdout, terminal = _run_with_stderr_on_a_terminal("--jobs", "1", *FEEDS)
    assert "validating" in terminal and "3/3" in terminal
    assert "validating" not in stdout and stdout.splitlines()[-1].startswith("3 files checked")


def test_a_machine_format_gets_no_bar_even_on_a_terminal():
    stdout, terminal = _run_with_stderr_on_a_terminal("--format", "json", "--jobs", "1", *FEEDS)
    assert "validating" not in terminal and stdout.startswith("{")


def test_a_pipe_gets_no_bar():
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    proc = subprocess.run([sys.executable, "-m", "feedtool", "validate", *FEEDS], capture_output=True, text=True, env=env)
    assert "validating" not in proc.stderr and "validating" not in proc.stdout


def test_quiet_prints_only_the_findings():
    loud, quiet = invoke(*FEEDS), invoke("--quiet", *FEEDS)
    assert quiet.exit_code == loud.exit_code == 1
    assert quiet.output.splitlines() == loud.output.splitlines()[:-1]  # the same findings, no summary line
    assert invoke("-q", FEEDS[0], "--ignore", "MissingAtomSelfLink").output == ""
