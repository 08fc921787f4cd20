"""The settings file: found upwards like ruff's, checked strictly, overridden by the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from feedtool.config import ConfigError, find_config, load_config, path_ignores
from validate_support import invoke

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"
WARNING_ONLY = CORE / "internal-entity.xml"  # warnings EntityDeclaration and MissingAtomSelfLink, no error
INVALID = CORE.parent / "atom" / "app-edited-invalid.xml"  # one error, InvalidRFC3339Date (line 14)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_upwards_from_the_working_directory_and_pyproject_without_the_table_is_passed_over(tmp_path):
    config = write(tmp_path / "pyproject.toml", "[tool.feedtool]\nstrict = true\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.feedtool]
    deep = tmp_path / "sub" / "deeper"
    deep.mkdir()
    assert find_config(deep) == config
    nearer = write(tmp_path / "sub" / "feedtool.toml", "strict = false\n")
    assert find_config(deep) == nearer


def test_feedtool_toml_wins_over_pyproject_in_the_same_directory(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.feedtool]\nstrict = true\n")
    toml = write(tmp_path / "feedtool.toml", "strict = false\n")
    assert find_config(tmp_path) == toml


def test_values_are_checked_and_keep_their_line(tmp_path):
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.feedtool]\nignore = ["MissingAtomSelfLink"]\n'
                 'max-size = "15M"\nlanguage = "nl"\n\n[tool.feedtool.per-path-ignores]\n"legacy/*.xml" = ["UndefinedNamedEntity"]\n')
    config = load_config(path)
    assert config.values["ignore"].value == ("MissingAtomSelfLink",)
    assert config.values["ignore"].source.endswith("pyproject.toml:5")
    assert config.values["max-size"].value == 15_000_000
    assert config.values["language"].value == "nl"
    assert config.values["per-path-ignores"].source.endswith("pyproject.toml:9")
    assert path_ignores(config, str(tmp_path / "legacy" / "old.xml")) == {"UndefinedNamedEntity"}
    assert path_ignores(config, str(tmp_path / "public" / "atom.xml")) == frozenset()


@pytest.mark.parametrize("text, expected", [
    ("[tool.feedtool]\nstrikt = true\n", "pyproject.toml:2: [tool.feedtool] unknown key 'strikt' (did you mean 'strict'?)"),
    ("[tool.feedtool]\ncolour = 1\n", "unknown key 'colour' (the keys are: ignore, strict, per-path-ignores, max-size, format, language)"),
    ("[tool.feedtool]\nstrict = \"yes\"\n", "pyproject.toml:2: [tool.feedtool] strict: write true or false"),
    ("[tool.feedtool]\nignore = [\"MissingSelfLnk\"]\n", "no finding has the code 'MissingSelfLnk'"),
    ("[tool.feedtool]\nmax-size = \"veel\"\n", "max-size: 'veel' is not a size"),
    ("[tool.feedtool]\nformat = \"xml\"\n", "format: 'xml' is not one of text, json, junit, github, sarif, html"),
    ("[tool.feedtool]\nlanguage = \"de\"\n", "language: 'de' is not one of en, nl"),
    ("[tool.feedtool]\nstrict = \n", "pyproject.toml:2:10: the settings file is not valid TOML: Invalid value"),
    ("[tool.feedtool\nstrict = true\n", "pyproject.toml:1:"),
])
def test_a_bad_settings_file_is_a_clear_error_naming_file_line_and_key(tmp_path, monkeypatch, text, expected):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(find_config(tmp_path) or tmp_path / "pyproject.toml")
    assert expected in str(info.value)
    result = invoke(str(WARNING_ONLY))  # the CLI: exit 2, the same message, no traceback
    assert result.exit_code == 2 and expected in result.stderr and "Traceback" not in result.stderr


def test_feedtool_toml_with_a_tool_table_says_where_the_keys_go(tmp_path):
    path = write(tmp_path / "feedtool.toml", "[tool.feedtool]\nstrict = true\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "feedtool.toml:1: unknown key 'tool'" in str(info.value) and "top level" in str(info.value)


def test_the_file_drives_validate_and_the_command_line_wins(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[tool.feedtool]\nstrict = true\n")
    assert invoke(str(WARNING_ONLY)).exit_code == 1  # strict from the file: warnings fail
    assert invoke("--no-strict", str(WARNING_ONLY)).exit_code == 0  # the command line wins
    assert invoke("--no-config", str(WARNING_ONLY)).exit_code == 0
    write(tmp_path / "pyproject.toml", '[tool.feedtool]\nformat = "json"\nignore = ["InvalidRFC3339Date"]\n')
    result = invoke(str(INVALID))
    assert result.output.startswith("{") and result.exit_code == 0  # format and ignore from the file
    assert invoke("--format", "text", str(INVALID)).output.endswith("all valid\n")


def test_per_path_ignores_apply_to_the_matching_files_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("legacy/old.xml", "public/new.xml"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copyfile(INVALID, tmp_path / name)
    write(tmp_path / "feedtool.toml", '[per-path-ignores]\n"legacy/*.xml" = ["InvalidRFC3339Date"]\n')
    result = invoke("legacy/old.xml", "public/new.xml")
    assert result.exit_code == 1
    assert "public/new.xml:14:" in result.output and "legacy/old.xml:14:" not in result.output


def test_show_config_says_what_is_in_force_and_where_it_came_from(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    write(tmp_path / "pyproject.toml", '[tool.feedtool]\nignore = ["MissingAtomSelfLink"]\nmax-size = "15M"\n')
    result = invoke("--show-config", "--strict", "--ignore", "EntityDeclaration")
    assert result.exit_code == 0
    lines = {line.split(" = ")[0]: line for line in result.output.splitlines() if " = " in line}
    assert result.output.splitlines()[1] == "# settings file: pyproject.toml [tool.feedtool]"
    assert lines["strict"].startswith("strict = true") and lines["strict"].endswith("# command line (--strict)")
    assert lines["max-size"].startswith("max-size = 15000000") and lines["max-size"].endswith("# pyproject.toml:3")
    assert lines["ignore"].startswith('ignore = ["MissingAtomSelfLink", "EntityDeclaration"]')
    assert lines["ignore"].endswith("# command line (--ignore); pyproject.toml:2")
    assert lines["format"].endswith("# default") and lines["language"].endswith("# default (the locale: LANG=C.UTF-8)")


def test_show_config_output_is_toml_that_reads_back(tmp_path, monkeypatch):
    import tomllib

    monkeypatch.chdir(tmp_path)
    write(tmp_path / "feedtool.toml", 'strict = true\n[per-path-ignores]\n"a/*.xml" = ["MissingAtomSelfLink"]\n')
    shown = tomllib.loads(invoke("--show-config").output)
    assert shown["strict"] is True and shown["per-path-ignores"] == {"a/*.xml": ["MissingAtomSelfLink"]}


def test_config_and_no_config_together_is_a_usage_error(tmp_path):
    result = invoke("--config", str(write(tmp_path / "feedtool.toml", "")), "--no-config", str(WARNING_ONLY))
    assert result.exit_code == 2 and "cannot be used together" in result.stderr


def test_an_explicit_config_that_does_not_exist(tmp_path):
    result = invoke("--config", str(tmp_path / "nope.toml"), str(WARNING_ONLY))
    assert result.exit_code == 2 and "does not exist" in result.stderr
