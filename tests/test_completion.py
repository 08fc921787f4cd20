"""Shell completion: the scripts `feedtool completion SHELL` prints complete commands, options and codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def _env() -> dict[str, str]:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def script(shell: str) -> str:
    result = subprocess.run([str(BIN / "feedtool"), "completion", shell], capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stderr
    return result.stdout


def complete_in_bash(line: str) -> list[str]:
    """What bash offers after `line` (the word being completed is the last one), through the real script."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    words = line.split(" ")
    program = (script("bash") + "\n"
               f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
               "_feedtool_completion feedtool\n"
               'printf "%s\\n" "${COMPREPLY[@]}"\n')
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stderr
    return [word for word in result.stdout.splitlines() if word]


def test_bash_completes_commands():
    assert {"validate", "build", "init", "completion"} <= set(complete_in_bash("feedtool "))
    assert complete_in_bash("feedtool val") == ["validate"]


def test_bash_completes_options_choices_and_finding_codes():
    assert "--show-config" in complete_in_bash("feedtool validate --sh")
    assert complete_in_bash("feedtool validate --format ju") == ["junit"]
    assert "UndefinedNamedEntity" in complete_in_bash("feedtool validate --ignore UndefinedN")


@pytest.mark.parametrize("shell, marker", [("zsh", "#compdef feedtool"), ("fish", "complete --no-files --command feedtool")])
def test_zsh_and_fish_scripts(shell, marker):
    text = script(shell)
    assert marker in text and "_FEEDTOOL_COMPLETE" in text
    program = shutil.which(shell)
    if program is None:
        pytest.skip(f"{shell} is not installed here: only the script's text is checked")
    check = [program, "-n"] if shell == "zsh" else [program, "--no-execute"]
    result = subprocess.run(check, input=text, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_an_unknown_shell_is_a_usage_error():
    result = subprocess.run([str(BIN / "feedtool"), "completion", "powershell"], capture_output=True, text=True)
    assert result.returncode == 2 and "'powershell' is not one of 'bash', 'zsh', 'fish'" in result.stderr
