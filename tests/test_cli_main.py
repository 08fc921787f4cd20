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


# --- the commands' own errors in Dutch (--lang nl, or the locale) -------------------------------

def _dutch_setups(tmp_path):
    (tmp_path / "entries").mkdir()
    (tmp_path / "entries" / "de-ijsberg.yaml").write_text("title: De ijsberg\n", encoding="utf-8")
    (tmp_path / "a.xml").write_text("<feed/>", encoding="utf-8")
    (tmp_path / "map").mkdir()
    return {
        "new": (["new", "De ijsberg", "--store", str(tmp_path / "entries")], 7,
                f"error: {tmp_path / 'entries' / 'de-ijsberg.yaml'} bestaat al; er is niets gewijzigd (bewerk dat "
                "bestand, of geef met --slug een andere bestandsnaam op)"),
        "init": (["init", str(tmp_path / "nieuw"), "--title", "Blog"], 2,
                 "error: feedtool init heeft --link, --author nodig als het niet kan vragen (de standaardinvoer is "
                 "geen terminal)"),
        "serve": (["serve", "--out", str(tmp_path / "bestaat-niet")], 3,
                  f"error: {tmp_path / 'bestaat-niet'}: deze map bestaat niet; bouw eerst de feeds"),
        "ping": (["ping", "--store", str(tmp_path / "entries"), "--out", str(tmp_path / "bestaat-niet")], 3,
                 "error: [published] het verplichte veld 'published' ontbreekt"),
        "diff": (["diff", str(tmp_path / "map"), str(tmp_path / "a.xml")], 3,
                 f"error: {tmp_path / 'map'} is een map en de andere niet: vergelijk twee feeds, of twee publicaties"),
        "build": (["build", "--store", str(tmp_path / "entries"), "--out", str(tmp_path / "entries")], 2,
                  f"error: --out {tmp_path / 'entries'} is de store zelf"),
        "explain": (["explain", "MissingAtomSelfLinx"], 2,
                    "error: onbekende meldingscode 'MissingAtomSelfLinx'; bedoelt u MissingAtomSelfLink?"),
        "validate": (["validate", "--config", str(tmp_path / "geen.toml"), str(tmp_path / "a.xml")], 2,
                     f"error: {tmp_path / 'geen.toml'}: het instellingenbestand bestaat niet (controleer --config)"),
    }


@pytest.mark.parametrize("command", ["new", "init", "serve", "ping", "diff", "build", "explain", "validate"])
@pytest.mark.parametrize("how", ["--lang nl", "LANG=nl_NL.UTF-8"])
def test_the_commands_own_errors_are_in_dutch(tmp_path, capsys, monkeypatch, command, how):
    args, code, dutch = _dutch_setups(tmp_path)[command]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    if how == "--lang nl":
        args = [*args, "--lang", "nl"]
    else:
        monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main(args)
    err = capsys.readouterr().err
    assert exit_info.value.code == code
    assert dutch in err
    assert "Traceback" not in err
