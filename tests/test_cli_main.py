"""The CLI's error handling: library errors become messages and exit codes, never tracebacks."""

import subprocess
import sys

import pytest

from feedtool import cli as cli_module
from feedtool.errors import StoreError, Problem


def test_version_runs_as_module():
    result = subprocess.run([sys.executable, "-m", "feedtool", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("feedtool, version ")


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main(["no-such-command"])
    assert exit_info.value.code == 2
    assert "No such command" in capsys.readouterr().err


def test_feedtool_error_becomes_message_and_exit_code(capsys, monkeypatch):
    def boom(**_kwargs):
        raise StoreError([Problem(file="entries/a.yaml", line=3, field="title", message="title is missing")])

    monkeypatch.setattr(cli_module.cli, "main", boom)
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main([])
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "entries/a.yaml:3: error: [title] title is missing" in err
    assert "Traceback" not in err


def test_unexpected_exception_is_reported_without_traceback(capsys, monkeypatch):
    def boom(**_kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.delenv("FEEDTOOL_DEBUG", raising=False)
    monkeypatch.setattr(cli_module.cli, "main", boom)
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main([])
    assert exit_info.value.code == cli_module.INTERNAL_ERROR_EXIT
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: kaboom" in err
    assert "Traceback" not in err
