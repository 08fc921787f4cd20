"""The work of `feedtool validate`, without click: settings, inputs, the run, the reports, the exit code.

The click command (feedtool/cli/validate.py) reads the arguments into a `Request` and calls `run`.
A CI job that validates one feed per commit pays for start-up on every run, and click is a sixth of
it (its import brings inspect, typing, gettext): `parse` reads the plain arguments itself (the feeds,
--format, --strict, --ignore, --lang, --quiet, ...), so that `main` can call `run` before click is
loaded. Anything else (another option, --help, a value click would refuse, --show-config) goes to
click and the full command. tests/test_cli_startup.py checks that both read the arguments alike.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from feedtool import config as settings_file
from feedtool.cli import echo
from feedtool.cli._argv import option_value
from feedtool.cli.lang import chosen as chosen_language
from feedtool.errors import OutputError, UsageError
from feedtool.i18n import DEFAULT_LANGUAGE, LANGUAGES, language_from_environment, message, render
from feedtool.validate import codes, fetch, report
from feedtool.validate.engine import FileReport, validate_bytes
from feedtool.validate.xml import DEFAULT_MAX_SIZE

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3
MACHINE_FORMATS = frozenset({"json", "junit", "github", "sarif"})  # never mixed with a progress bar or notes


class NoFeedsGiven(Exception):
    """No FEED and no --show-config: click's usage error, which the command raises with its context."""


@dataclass(frozen=True)
class Request:
    """What one `feedtool validate` was asked: its arguments, as click reads them.

    `on_command_line` names the settings given there ("format", "strict", "max-size", "language",
    "terminal-format"): a given one wins over the settings file even when it equals the default.
    """

    feeds: tuple[str, ...]
    output_format: str = "text"
    output_path: Path | None = None
    terminal_format: str = "text"
    strict: bool = False
    ignored: tuple[str, ...] = ()
    no_reader_view: bool = False
    language: str | None = None
    jobs: int | None = None
    max_size: int = DEFAULT_MAX_SIZE
    timeout: float = fetch.DEFAULT_TIMEOUT
    allow_private: bool = False
    store_path: str | None = None
    skip_non_feeds: bool = False
    quiet: bool = False
    config_path: Path | None = None
    no_config: bool = False
    show_config: bool = False
    on_command_line: frozenset[str] = frozenset()


@dataclass
class Outcome:
    """One input's result: its report, whether it could not be read, why it is not a feed (None: it is one),
    and the source lines around its findings (for the HTML report)."""

    report: FileReport
    unreadable: bool = False
    not_a_feed: str | None = None
    excerpts: dict = field(default_factory=dict)


def run(request: Request) -> int:
    """Validate what `request` names, print the reports; the exit code."""
    if request.language is not None:
        chosen_language["lang"] = request.language  # a settings file that cannot be used is reported in it too
    if request.no_config and request.config_path is not None:
        raise UsageError(message("validate.config_and_no_config"))
    config = settings_file.Config() if request.no_config else settings_file.load_config(request.config_path)
    given = {
        "format": request.output_format, "strict": request.strict, "max-size": request.max_size,
        "language": request.language, "ignore": _split_codes(request.ignored),
    }
    effective = resolve_settings(config, given, request.on_command_line)
    if request.show_config:
        echo(show_settings(config, effective), nl=False)
        return EXIT_OK
    if not request.feeds:
        raise NoFeedsGiven
    if sum(name == "-" for name in request.feeds) > 1:
        raise UsageError(message("validate.stdin_twice"))
    output_format = effective["format"].value
    strict = effective["strict"].value
    lang = effective["language"].value
    max_size = effective["max-size"].value
    ignore = frozenset(code for code, _ in effective["ignore"].value) | ({"Reader"} if request.no_reader_view else set())
    chosen_language["lang"] = lang  # errors that reach main() are shown in it too
    _warn_unknown_codes(frozenset(_split_codes(request.ignored)), lang)
    output_path, terminal_format = request.output_path, request.terminal_format
    if output_path is not None:
        _check_writable(output_path)
    store_check = _store_check(request.store_path) if request.store_path else None
    settings = {"ignore": ignore, "max_size": max_size, "timeout": request.timeout,
                "allow_private": request.allow_private, "store_check": store_check, "excerpts": output_format == "html"}
    below_directories: list[str] = []  # JSON files below a directory that are no JSON Feed (package.json, ...)
    inputs = list(fetch.expand(list(request.feeds), below_directories, max_size=max_size))
    per_input = [ignore | settings_file.path_ignores(config, name) for name in inputs]
    if output_path is None:
        if "terminal-format" in request.on_command_line:
            raise UsageError(message("validate.terminal_format"))
        terminal_format = output_format
    progress = show_progress(len(inputs), terminal_format, request.quiet)
    results = _run(inputs, per_input, settings, request.jobs or os.cpu_count() or 1, progress)
    skipped = []
    if request.skip_non_feeds:
        skipped = [(o.report.path, o.not_a_feed) for o in results if o.not_a_feed]
        results = [o for o in results if not o.not_a_feed]
    reports = [o.report for o in results]
    if output_path is not None:
        _write_atomically(output_path, _render(output_format, reports, strict, lang, results))
    echo(_terminal_report(terminal_format, reports, strict, lang, results, request.quiet), nl=False)
    if skipped and not request.quiet and terminal_format not in MACHINE_FORMATS:
        for path, why in skipped:
            echo(f"{path}: skipped: not a feed by its content ({why})", err=True)
    if below_directories and not request.quiet:  # not failed, not hidden either
        shown = ", ".join(below_directories[:3]) + (f" and {len(below_directories) - 3} more" if len(below_directories) > 3 else "")
        many = len(below_directories) != 1
        echo(f"note: skipped {len(below_directories)} JSON file{'s' if many else ''} that {'are' if many else 'is'} not a feed: {shown}", err=True)
    if any(o.unreadable for o in results):
        return EXIT_UNREADABLE
    if any(r.fails(strict) for r in reports):
        return EXIT_INVALID
    return EXIT_OK


# --- the plain arguments, read without click ----------------------------------------------------------

_FLAGS = {"--strict": ("strict", True, "strict"), "--no-strict": ("strict", False, "strict"),
          "--no-reader-view": ("no_reader_view", True, None), "--allow-private": ("allow_private", True, None),
          "--skip-non-feeds": ("skip_non_feeds", True, None), "--no-config": ("no_config", True, None),
          "--quiet": ("quiet", True, None), "-q": ("quiet", True, None)}
_CHOICES = {"--format": ("output_format", report.FORMATS, "format"),
            "--terminal-format": ("terminal_format", tuple(f for f in report.FORMATS if f != "html"), "terminal-format"),
            "--lang": ("language", LANGUAGES, "language")}
_PATHS = {"--output": "output_path", "-o": "output_path", "--config": "config_path"}


def parse(args: list[str]) -> Request | None:
    """`feedtool validate ARGS` as click reads them, or None for anything beyond the plain arguments."""
    found: dict = {}
    feeds: list[str] = []
    ignored: list[str] = []
    on_command_line: set[str] = set()
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "-" or not arg.startswith("-"):
            feeds.append(arg)
            index += 1
            continue
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in _FLAGS and not equals:
            key, flag, setting = _FLAGS[name]
            found[key] = flag
            if setting:
                on_command_line.add(setting)
        elif name in _CHOICES or name in _PATHS or name == "--ignore":
            value, index = option_value(args, index, equals, value)
            if value is None:
                return None
            if name in _CHOICES:
                key, allowed, setting = _CHOICES[name]
                if value not in allowed:
                    return None
                found[key] = value
                on_command_line.add(setting)
            elif name in _PATHS:
                if os.path.isdir(value):  # click.Path(dir_okay=False) refuses it, as a usage error
                    return None
                found[_PATHS[name]] = Path(value)
            else:
                ignored.append(value)
        else:
            return None
        index += 1
    if not feeds:
        return None
    return Request(feeds=tuple(feeds), ignored=tuple(ignored), on_command_line=frozenset(on_command_line), **found)


# --- the parts ---------------------------------------------------------------------------------------------

def _split_codes(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(code.strip() for item in items for code in item.split(",") if code.strip()))


def resolve_settings(config: settings_file.Config, given: dict,
                     on_command_line: frozenset[str]) -> dict[str, settings_file.Setting]:
    """Each setting in force: from the command line (the keys in `on_command_line`), else the settings
    file, else the default.

    `ignore` is the union of the file's codes and --ignore's (value: ((code, source), ...)).
    """
    effective: dict[str, settings_file.Setting] = {}
    for key, value in given.items():
        from_command_line = key in on_command_line
        if key == "ignore":
            filed = config.values.get("ignore")
            pairs = [(code, filed.source) for code in filed.value] if filed else []
            pairs += [(code, "command line (--ignore)") for code in value if code not in {c for c, _ in pairs}]
            effective[key] = settings_file.Setting(tuple(pairs), "")
        elif from_command_line and value is not None:
            flag = {"format": "--format", "strict": "--strict", "max-size": "--max-size", "language": "--lang"}[key]
            effective[key] = settings_file.Setting(value, f"command line ({flag})")
        elif key in config.values:
            effective[key] = config.values[key]
        elif key == "language":
            effective[key] = settings_file.Setting(*_default_language())
        else:
            effective[key] = settings_file.Setting(value, "default")
    effective["per-path-ignores"] = config.values.get("per-path-ignores", settings_file.Setting((), "default"))
    return effective


def _default_language() -> tuple[str, str]:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return language_from_environment(), f"default (the locale: {variable}={os.environ[variable]})"
    return DEFAULT_LANGUAGE, "default"


def show_settings(config: settings_file.Config, effective: dict[str, settings_file.Setting]) -> str:
    """The settings in force as TOML lines (paste them into [tool.feedtool]), each with its source."""
    lines = ["# feedtool validate: the settings in force", f"# settings file: {config.description}"]
    rows = []
    for key in sorted(effective):
        setting = effective[key]
        if key == "ignore":
            value = "[" + ", ".join(_toml(code) for code, _ in setting.value) + "]"
            sources = sorted({source for _, source in setting.value}) or ["default"]
            source = "; ".join(sources)
        elif key == "per-path-ignores":
            value = "{" + ", ".join(f"{_toml(p)} = [{', '.join(_toml(c) for c in cs)}]" for p, cs in setting.value) + "}"
            if value != "{}":
                value = value[0] + " " + value[1:-1] + " " + value[-1]
            source = setting.source
        else:
            value, source = _toml(setting.value), setting.source
        rows.append((f"{key} = {value}", source))
    width = max(len(text) for text, _ in rows)
    lines += [f"{text.ljust(width)}  # {source}" for text, source in rows]
    return "\n".join(lines) + "\n"


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def show_progress(count: int, terminal_format: str, quiet: bool, stream=None, environ=None) -> bool:
    """A progress bar only for a person watching: stderr is a terminal, not CI, not quiet, not a machine format."""
    stream = sys.stderr if stream is None else stream
    environ = os.environ if environ is None else environ
    if quiet or count < 2 or terminal_format in MACHINE_FORMATS:
        return False
    if environ.get("CI") or environ.get("TERM") == "dumb" or environ.get("FEEDTOOL_NO_PROGRESS"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _render(fmt: str, reports, strict: bool, lang: str, results) -> str:
    if fmt == "html":
        from feedtool.validate import htmlreport

        return htmlreport.render_html(reports, strict=strict, lang=lang, excerpts=[o.excerpts for o in results])
    return report.render(fmt, reports, strict=strict, lang=lang)


def _terminal_report(fmt: str, reports, strict: bool, lang: str, results, quiet: bool) -> str:
    text = _render(fmt, reports, strict, lang, results)
    if quiet and fmt in ("text", "github"):  # both end in the one summary line
        text = "".join(text.splitlines(keepends=True)[:-1])
    return text


def _check_writable(path: Path) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(message("validate.output.no_directory", path=str(path), directory=str(directory)))
    if not os.access(directory, os.W_OK):
        raise OutputError(message("validate.output.not_writable", path=str(path), directory=str(directory)))


def _write_atomically(path: Path, text: str) -> None:
    """Replace `path` in one rename: a reader never sees half a report."""
    import tempfile  # here: only a report written to a file needs it

    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            os.chmod(temp, 0o644)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError as exc:
        raise OutputError(message("validate.output.failed", path=str(path), reason=exc.strerror or str(exc))) from None


def _warn_unknown_codes(ignore: frozenset[str], lang: str) -> None:
    """An --ignore that matches no code switches nothing off: say so (the run goes on as asked)."""
    if not ignore:  # nothing to check: the registry is not loaded at all
        return
    for code in sorted(ignore - codes.known_codes()):
        close = codes.suggestion(code)
        note = message("validate.ignore.unknown", code=code, close=close) if close else message("validate.ignore.unknown_far", code=code)
        echo(render(note, lang), err=True)


def _run(inputs: list[str], ignores: list[frozenset[str]], settings: dict, jobs: int,
         progress: bool = False) -> list[Outcome]:
    """Validate every input, in input order."""
    stdin = None
    if "-" in inputs:
        stdin = fetch.read_stream(sys.stdin.buffer, "-", max_size=settings["max_size"])
    work = [(name, stdin if name == "-" else None, ignore) for name, ignore in zip(inputs, ignores)]
    if jobs <= 1 or len(work) <= 1 or settings["store_check"] is not None:
        results = (_validate_one(name, source, ignore, settings) for name, source, ignore in work)
        return _collect(results, len(work), progress)
    workers = min(jobs, len(work))
    chunk = max(1, min(32, len(work) // (workers * 4)))  # small files: fewer round trips to the workers
    from concurrent.futures import ProcessPoolExecutor  # 20 ms of imports, only for --jobs

    with ProcessPoolExecutor(max_workers=workers) as pool:
        names, sources, ignore_sets = zip(*work)
        results = pool.map(_validate_one, names, sources, ignore_sets, [settings] * len(work), chunksize=chunk)
        return _collect(results, len(work), progress)


def _collect(results, count: int, progress: bool) -> list:
    if not progress:
        return list(results)
    import click  # only for a person watching a terminal: the bar is click's

    with click.progressbar(results, length=count, label="validating", file=sys.stderr,
                           show_pos=True, item_show_func=lambda item: item.report.path if item else None) as bar:
        return list(bar)


def _validate_one(name: str, source: fetch.Source | None, ignore: frozenset[str],
                  settings: dict) -> Outcome:
    """Read and validate one input."""
    from feedtool.validate import sniff

    if source is None:
        if fetch.is_url(name):
            source = fetch.fetch_url(
                name, timeout=settings["timeout"], max_size=settings["max_size"], allow_private=settings["allow_private"]
            )
        else:
            source = fetch.read_path(name, max_size=settings["max_size"])
    if source.data is None:  # not read, or refused before parsing: nothing to ignore
        return Outcome(FileReport(path=source.path, format=None, findings=list(source.findings)), source.unreadable)
    extra_checks = [settings["store_check"]] if settings["store_check"] else []
    result = validate_bytes(
        source.data,
        path=source.path,
        ignore=ignore,
        max_size=settings["max_size"],
        http_charset=source.http_charset,
        base_url=source.base_url,
        media_type=source.media_type,
        extra_findings=source.findings,
        extra_checks=extra_checks,
    )
    outcome = Outcome(result)
    if result.format is None and not sniff.looks_like_feed(source.data):
        outcome.not_a_feed = sniff.what_it_is(source.data)
    if settings["excerpts"]:
        from feedtool.validate import excerpts

        outcome.excerpts = excerpts.around(source.data, result.encoding, result.findings)
    return outcome


def _store_check(store_path: str) -> Callable:
    """The round-trip comparison with the store at `store_path` (the check `build` makes), as an extra check.

    The store is read once; a broken store is an input that cannot be read (StoreError, exit 3).
    The entries compared are those `build` would publish now (no drafts, nothing dated in the future).
    """
    from feedtool.validate.roundtrip import store_check

    return store_check(store_path)
