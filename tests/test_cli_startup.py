"""Start-up: a command imports only what it uses, when it uses it (issue 11).

Timings are measured by bench/ (make bench), not here: these tests check which modules a
start-up loads, which is what makes it slow or fast, and fails the same on every machine.
"""

import json
import subprocess
import sys

import pytest

from feedtool import cli

HEAVY = ("feedparser", "feedgen", "lxml", "yaml", "langcodes", "markdown_it", "fastfeedparser", "ssl")


def _modules_after(code: str) -> list[str]:
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in HEAVY]


def test_importing_the_cli_loads_neither_feedparser_nor_feedgen():
    modules = _modules_after("import feedtool.cli")
    assert _heavy(modules) == []
    assert not [m for m in modules if m.startswith("feedtool.cli.")], "no command module is imported up front"


def test_help_imports_no_command_module():
    modules = _modules_after(
        "import contextlib, io\nfrom feedtool.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n    main(['--help'])"
    )
    assert _heavy(modules) == []
    assert not [m for m in modules if m.startswith("feedtool.cli.") and m != "feedtool.cli._help"]


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_declared_summary_is_the_first_paragraph_of_the_commands_help(name):
    """--help lists the commands from cli.COMMANDS; each must say what the command's own help says."""
    import click

    command = cli.cli.get_command(click.Context(cli.cli), name)
    first_paragraph = " ".join(command.help.split("\n\n")[0].split())
    assert cli.COMMANDS[name] == first_paragraph, f"write this in feedtool/cli/__init__.py COMMANDS[{name!r}]"


def test_every_command_is_declared():
    """Every module of feedtool/cli that registers a command is in cli.COMMANDS, under that name."""
    from pathlib import Path

    folder = Path(cli.__file__).parent
    registering = {p.stem for p in folder.glob("*.py") if "@cli.command(" in p.read_text(encoding="utf-8")}
    assert registering == set(cli.COMMANDS)


def test_help_lists_every_command_with_its_summary():
    result = subprocess.run([sys.executable, "-m", "feedtool", "--help"], capture_output=True, text=True,
                            env={"COLUMNS": "200", "PATH": ""})
    assert result.returncode == 0
    for name, summary in cli.COMMANDS.items():
        assert f"  {name}" in result.stdout
        assert summary[:30] in result.stdout


def test_validating_an_atom_feed_loads_no_json_feed_or_download_module(tmp_path):
    feed = tmp_path / "atom.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl-NL">'
        "<title>t</title><id>tag:example.nl,2012:f</id><updated>2012-01-01T00:00:00Z</updated>"
        "<author><name>a</name></author></feed>\n", encoding="utf-8")
    modules = _modules_after(
        "import contextlib, io\nfrom feedtool.cli import main\n"
        f"with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n    main(['validate', {str(feed)!r}])"
    )
    assert "feedparser" in modules, "the reader view ran"
    # (ssl and urllib.request do come: feedparser imports them.)
    for unused in ("fastfeedparser", "feedtool.validate.jsonfeed", "feedtool.download", "langcodes",
                   "concurrent.futures.process", "feedgen"):
        assert unused not in modules, unused


@pytest.mark.parametrize("width", [78, 100])
def test_the_help_kept_for_a_fast_start_is_the_one_click_writes(width):
    from feedtool.cli import _help

    assert _help.TEXTS[width] == _help.click_help(width), \
        "the group's help changed: write feedtool/cli/_help.py anew with `python -m feedtool.cli._help`"


@pytest.mark.parametrize("columns", ["80", "200", "64"])
def test_help_and_version_print_what_click_prints_and_help_loads_no_click(columns):
    env = {"PATH": "", "COLUMNS": columns}
    fast = subprocess.run([sys.executable, "-m", "feedtool", "--help"], capture_output=True, text=True, env=env)
    slow = subprocess.run([sys.executable, "-c", "import sys; from feedtool.cli import cli; "
                           "cli.main(['--help'], prog_name='feedtool')"], capture_output=True, text=True, env=env)
    assert fast.returncode == slow.returncode == 0
    assert fast.stdout == slow.stdout
    assert "Commands:" in fast.stdout
    modules = _modules_after(
        "import contextlib, io, os\nos.environ['COLUMNS'] = '80'\nfrom feedtool.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n    main(['--help'])"
    )
    assert "click" not in modules
    version = subprocess.run([sys.executable, "-m", "feedtool", "--version"], capture_output=True, text=True)
    assert version.stdout == subprocess.run(
        [sys.executable, "-c", "from feedtool.cli import cli; cli.main(['--version'], prog_name='feedtool')"],
        capture_output=True, text=True).stdout


def test_no_reader_view_skips_feedparser(tmp_path):
    """--no-reader-view: the reader's view is not run, and feedparser is not even imported."""
    feed = tmp_path / "atom.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl-NL">'
        "<title>t</title><id>tag:example.nl,2012:f</id><updated>2012-01-01T00:00:00Z</updated>"
        "<author><name>a</name></author><entry><title>e</title><id>tag:example.nl,2012:e</id>"
        "<updated>vr, 21 dec 2012 10:00:00 +0100</updated></entry></feed>\n", encoding="utf-8")
    probe = ("import contextlib, io\nfrom feedtool.cli import main\nout = io.StringIO()\n"
             "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(out):\n    main(['validate', {args}])\n"
             "print(json.dumps(out.getvalue()))\n")
    with_view = _modules_after("import json\n" + probe.format(args=repr(str(feed))))
    without = _modules_after("import json\n" + probe.format(args=f"'--no-reader-view', {str(feed)!r}"))
    assert "feedparser" in with_view and "feedparser" not in without


# --- a rebuild with nothing changed: answered before click is loaded (feedtool/cli/_rebuilt.py) ----------


def _built_copy(tmp_path):
    import shutil
    from pathlib import Path

    store, out = tmp_path / "store", tmp_path / "public"
    shutil.copytree(Path(__file__).parent / "fixtures" / "build-store", store)
    args = ["build", "--store", str(store), "--out", str(out), "--now", "2013-06-01T12:00:00+02:00"]
    subprocess.run([sys.executable, "-m", "feedtool", *args, "-q"], capture_output=True, check=True)
    return args


def test_a_rebuild_with_nothing_changed_loads_no_click_and_prints_what_the_command_prints(tmp_path):
    args = _built_copy(tmp_path)
    probe = ("import contextlib, io, sys\nfrom feedtool.cli import main\nout, err = io.StringIO(), io.StringIO()\n"
             "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):\n"
             f"    main({args!r})\n"
             "sys.__stdout__.write(out.getvalue() + '\\0' + err.getvalue() + '\\0')")
    out = subprocess.run([sys.executable, "-c", probe + "\nimport json\nprint(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True).stdout
    printed, warned, modules = out.split("\0")
    assert "click" not in json.loads(modules)
    assert _heavy(json.loads(modules)) == []
    command = subprocess.run([sys.executable, "-m", "feedtool", *args, "--no-cache"], capture_output=True,
                             text=True)  # the command itself, building everything again
    assert command.returncode == 0
    assert (printed, warned) == (command.stdout, command.stderr)
    assert "0 written, 0 changed, 0 removed" in printed and "ijsselmeer-en-cafe.yaml: warning" in warned


@pytest.mark.parametrize("args", [
    [],
    ["--store", "s", "--out=o", "--now", "2013-06-01T12:00:00+02:00", "-q"],
    ["--store=s", "--drafts", "--include-future", "--no-tag-feeds", "--subscribe-page", "--accept-changes", "--strict"],
    ["--tag-feeds", "--no-subscribe-page", "--out", "a", "--out", "b", "--quiet"],
    ["--lang", "nl"],
    ["--lang=en", "--store", "s"],
])
def test_the_fast_rebuild_reads_the_arguments_as_click_does(args, monkeypatch, tmp_path):
    from feedtool.build import cache
    from feedtool.cli import _rebuilt

    monkeypatch.chdir(tmp_path)
    seen = []
    class Seen(Exception):
        pass

    monkeypatch.setattr(cache.RebuildCache, "open", classmethod(lambda cls, out, store, options: seen.append(options)
                                                                 or (_ for _ in ()).throw(Seen)))
    parsed = _rebuilt.parse(args)
    assert parsed is not None
    with pytest.raises(Seen):
        cli.cli.main(args=["build", *args, "--now", parsed["now"] or "2013-06-01T12:00:00+02:00"], standalone_mode=False)
    from pathlib import Path

    mine = _rebuilt.cache_options(Path(parsed["store"]), Path(parsed["out"]), parsed["include_future"],
                                  parsed["drafts"], parsed["tag_feeds"], parsed["subscribe_page"],
                                  parsed["accept_changes"], parsed["strict"], parsed["lang"])
    assert seen == [mine]


@pytest.mark.parametrize("args", [["--ping"], ["--jobs", "2"], ["--no-cache"], ["--help"], ["--store"],
                                  ["--now", "--quiet"], ["-qj"], ["extra"], ["--drafts=1"],
                                  ["--lang", "de"]])
def test_anything_else_goes_to_the_command(args):
    from feedtool.cli import _rebuilt

    assert _rebuilt.parse(args) is None


# --- a validation with plain arguments: run before click is loaded (feedtool/cli/_validation.py) ---------

CORE = __import__("pathlib").Path(__file__).parent / "fixtures" / "validate" / "core"


@pytest.mark.parametrize("args", [
    [str(CORE / "valid-rss.xml")],
    [str(CORE / "internal-entity.xml"), str(CORE / "dutch-date.xml"), "--format", "github", "--lang", "nl"],
    ["--strict", "--format=json", str(CORE / "dutch-date.xml")],
    [str(CORE / "missing.xml"), "-q"],
    ["--ignore", "NoSuchCode", str(CORE / "valid-rss.xml")],
])
def test_a_plain_validation_loads_no_click_and_prints_what_the_command_prints(args):
    probe = ("import contextlib, io, sys\nfrom feedtool.cli import main\nout, err = io.StringIO(), io.StringIO()\n"
             "code = 0\n"
             "with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):\n"
             f"    try:\n        main({['validate', *args]!r})\n    except SystemExit as exit:\n        code = exit.code\n"
             "import json\nprint(json.dumps([out.getvalue(), err.getvalue(), code, sorted(sys.modules)]))")
    printed, warned, code, modules = json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True,
                                                               text=True, check=True).stdout)
    assert "click" not in modules
    # --jobs is not a plain argument: the same validation, read by click and run by the command
    command = subprocess.run([sys.executable, "-m", "feedtool", "validate", "--jobs", "1", *args], capture_output=True,
                             text=True)
    assert (printed, warned, code) == (command.stdout, command.stderr, command.returncode)


@pytest.mark.parametrize("args", [
    ["a.xml"],
    ["--format", "json", "a.xml", "b.xml"],
    ["--format=github", "--strict", "-q", "a.xml"],
    ["--no-strict", "--lang", "nl", "--ignore", "MissingSelf,Reader", "--ignore=Unknown", "-"],
    ["--no-reader-view", "--allow-private", "--skip-non-feeds", "--no-config", "a.xml", "--quiet"],
    ["-o", "r.html", "--format", "html", "--terminal-format", "github", "a.xml"],
    ["--config=x.toml", "--output=r.json", "a.xml", "--lang=en"],
])
def test_the_fast_validation_reads_the_arguments_as_click_does(args, monkeypatch):
    from feedtool.cli import _validation
    from feedtool.cli import validate as command

    seen = []
    monkeypatch.setattr(command, "run", lambda request: seen.append(request) or 0)
    cli.cli.main(args=["validate", *args], standalone_mode=False)
    assert seen == [_validation.parse(args)]


@pytest.mark.parametrize("args", [[], ["--jobs", "2", "a"], ["--max-size", "1M", "a"], ["--timeout", "3", "a"],
                                  ["--help", "a"], ["a", "--format"], ["--format", "xml", "a"], ["--lang", "de", "a"],
                                  ["-qj", "a"], ["--strict=1", "a"], ["--", "a"], ["--show-config"],
                                  ["--store", "s", "a"], ["--format", "-q", "a"], ["--ignore"]])
def test_anything_else_goes_to_the_validate_command(args):
    from feedtool.cli import _validation

    assert _validation.parse(args) is None


@pytest.mark.parametrize("option", ["-o", "--output", "--config"])
def test_a_directory_for_a_file_goes_to_the_validate_command_which_refuses_it(option, tmp_path):
    from feedtool.cli import _validation

    assert _validation.parse([option, str(tmp_path), "a.xml"]) is None
    result = subprocess.run([sys.executable, "-m", "feedtool", "validate", option, str(tmp_path), "a.xml"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "is a directory" in result.stderr
