"""`feedtool validate`: check Atom, RSS and JSON Feed feeds, for CI and on a desk."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click
from click.core import ParameterSource

from feedtool import config as settings_file
from feedtool.cli import cli
from feedtool.cli._options import SecondsParam, SizeParam
from feedtool.errors import OutputError, UsageError
from feedtool.cli.lang import chosen as chosen_language
from feedtool.i18n import DEFAULT_LANGUAGE, LANGUAGES, language_from_environment, message, render
from feedtool.validate import codes, fetch, report
from feedtool.validate.engine import FileReport, validate_bytes
from feedtool.validate.xml import DEFAULT_MAX_SIZE

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3
MACHINE_FORMATS = frozenset({"json", "junit", "github", "sarif"})  # never mixed with a progress bar or notes


@dataclass
class Outcome:
    """One input's result: its report, whether it could not be read, why it is not a feed (None: it is one),
    and the source lines around its findings (for the HTML report)."""

    report: FileReport
    unreadable: bool = False
    not_a_feed: str | None = None
    excerpts: dict = field(default_factory=dict)


def _complete_codes(ctx, param, incomplete: str):
    """Shell completion for --ignore: the known finding codes."""
    return sorted(code for code in codes.known_codes() if code.lower().startswith(incomplete.lower()))


@cli.command("validate")
@click.argument("feeds", nargs=-1, metavar="FEED...")
@click.option("--format", "output_format", type=click.Choice(report.FORMATS), default="text", show_default=True,
              help="Output: text (like a compiler), json, junit (JUnit XML), github (Actions annotations), "
                   "sarif (SARIF 2.1.0, for code scanning) or html (one self-contained page; use with --output).")
@click.option("--output", "-o", "output_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="FILE", help="Write the --format report to FILE (replaced atomically) and the "
                                   "--terminal-format report (text) to the terminal.")
@click.option("--terminal-format", type=click.Choice([f for f in report.FORMATS if f != "html"]), default="text",
              show_default=True, help="With --output: what the terminal shows meanwhile, e.g. github for "
                                      "annotations in GitHub Actions beside an HTML report.")
@click.option("--strict/--no-strict", default=False, help="Warnings fail the run too (exit code 1).")
@click.option("--ignore", "ignored", multiple=True, metavar="CODE", shell_complete=_complete_codes,
              help="Switch off the finding CODE (repeatable or comma-separated), e.g. --ignore MissingSelf; "
                   "added to the config file's ignore. --ignore Reader skips the feedparser layer. An unknown "
                   "CODE gets a warning on stderr with the closest known code.")
@click.option("--no-reader-view", "no_reader_view", is_flag=True,
              help="Skip the reader's view (feedparser, layer 6): the same as --ignore Reader; the XML and rule "
                   "layers only, many times faster on large feeds.")
@click.option("--lang", "language", type=click.Choice(LANGUAGES), default=None,
              help="Language of the messages (codes stay the same).  [default: the locale's, else en]")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Validate this many files in parallel.  [default: the number of CPUs]")
@click.option("--max-size", type=SizeParam(), default=DEFAULT_MAX_SIZE, show_default="50M",
              help="Refuse documents (and decompressed downloads) larger than this, e.g. 15M.")
@click.option("--timeout", type=SecondsParam(0.1), default=fetch.DEFAULT_TIMEOUT, show_default=True,
              help="Seconds a URL may take, all of it: connecting, the headers, the body and every redirect.")
@click.option("--allow-private", is_flag=True,
              help="Let URLs and their redirects reach internal addresses (loopback, private, link-local). "
                   "Without it they are refused, unless the URL you give is itself such an address.")
@click.option("--store", "store_path", type=click.Path(file_okay=False), default=None,
              help="Also compare each feed with this entry store (the round trip `build` checks).")
@click.option("--skip-non-feeds", is_flag=True,
              help="Pass over inputs that are not feeds by their content (a sitemap.xml, a package.json) "
                   "instead of failing on them, as the pre-commit hook does.")
@click.option("--quiet", "-q", is_flag=True, help="Only the findings: no summary line, no progress bar, no notes.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="FILE", help="Read the settings from FILE instead of the feedtool.toml or pyproject.toml "
                                   "[tool.feedtool] found upwards from the working directory.")
@click.option("--no-config", is_flag=True, help="Use no settings file, only the defaults and the command line.")
@click.option("--show-config", is_flag=True,
              help="Print the settings in force, and where each came from, then exit (no FEED needed).")
@click.pass_context
def validate_command(ctx: click.Context, feeds, output_format, output_path, terminal_format, strict, ignored,
                     no_reader_view, language,
                     jobs, max_size, timeout, allow_private, store_path, skip_non_feeds, quiet, config_path, no_config,
                     show_config) -> None:
    """Validate Atom 1.0, RSS 2.0 and JSON Feed 1.0/1.1 feeds.

    FEED is a file, a directory (every *.xml, *.atom, *.rss, *.rdf and *.feed
    file below it, and every *.json file that holds a JSON Feed), - for
    standard input, or an http(s) URL. The content decides the format.

    Settings come from the command line, then from the first feedtool.toml or
    pyproject.toml with [tool.feedtool] found upwards from the working directory
    (ignore, strict, per-path-ignores, max-size, format, language), then the
    defaults: --show-config tells which. See docs/config.md.

    \b
    Exit codes:
      0  no errors (warnings allowed)
      1  errors found (with --strict: warnings too)
      2  usage error, or a settings file that cannot be used
      3  an input could not be read (missing file, HTTP error, no connection)
      5  the --output file could not be written

    \b
    Examples:
      feedtool validate public/atom.xml public/rss.xml public/feed.json
      feedtool validate --format github --strict public/
      feedtool validate --format html --output report.html public/
      curl -s https://example.org/feed.xml | feedtool validate -
    """
    if language is not None:
        chosen_language["lang"] = language  # a settings file that cannot be used is reported in it too
    if no_config and config_path is not None:
        raise UsageError(message("validate.config_and_no_config"))
    config = settings_file.Config() if no_config else settings_file.load_config(config_path)
    given = {
        "format": output_format, "strict": strict, "max-size": max_size, "language": language,
        "ignore": _split_codes(ignored),
    }
    effective = resolve_settings(ctx, config, given)
    if show_config:
        click.echo(show_settings(config, effective), nl=False)
        return
    if not feeds:
        raise click.UsageError("Missing argument 'FEED...'.", ctx=ctx)
    if sum(name == "-" for name in feeds) > 1:
        raise UsageError(message("validate.stdin_twice"))
    output_format = effective["format"].value
    strict = effective["strict"].value
    lang = effective["language"].value
    ignore = frozenset(code for code, _ in effective["ignore"].value) | ({"Reader"} if no_reader_view else set())
    chosen_language["lang"] = lang  # errors that reach main() are shown in it too
    _warn_unknown_codes(frozenset(_split_codes(ignored)), lang)
    if output_path is not None:
        _check_writable(output_path)
    store_check = _store_check(store_path) if store_path else None
    settings = {"ignore": ignore, "max_size": effective["max-size"].value, "timeout": timeout,
                "allow_private": allow_private, "store_check": store_check, "excerpts": output_format == "html"}
    below_directories: list[str] = []  # JSON files below a directory that are no JSON Feed (package.json, ...)
    inputs = list(fetch.expand(list(feeds), below_directories, max_size=effective["max-size"].value))
    per_input = [ignore | settings_file.path_ignores(config, name) for name in inputs]
    if output_path is None:
        if ctx.get_parameter_source("terminal_format") == ParameterSource.COMMANDLINE:
            raise UsageError(message("validate.terminal_format"))
        terminal_format = output_format
    progress = show_progress(len(inputs), terminal_format, quiet)
    results = _run(inputs, per_input, settings, jobs or os.cpu_count() or 1, progress)
    skipped = []
    if skip_non_feeds:
        skipped = [(o.report.path, o.not_a_feed) for o in results if o.not_a_feed]
        results = [o for o in results if not o.not_a_feed]
    reports = [o.report for o in results]
    if output_path is not None:
        _write_atomically(output_path, _render(output_format, reports, strict, lang, results))
    click.echo(_terminal_report(terminal_format, reports, strict, lang, results, quiet), nl=False)
    if skipped and not quiet and terminal_format not in MACHINE_FORMATS:
        for path, why in skipped:
            click.echo(f"{path}: skipped: not a feed by its content ({why})", err=True)
    if below_directories and not quiet:  # not failed, not hidden either
        shown = ", ".join(below_directories[:3]) + (f" and {len(below_directories) - 3} more" if len(below_directories) > 3 else "")
        many = len(below_directories) != 1
        click.echo(f"note: skipped {len(below_directories)} JSON file{'s' if many else ''} that {'are' if many else 'is'} not a feed: {shown}", err=True)
    if any(o.unreadable for o in results):
        ctx.exit(EXIT_UNREADABLE)
    if any(r.fails(strict) for r in reports):
        ctx.exit(EXIT_INVALID)


def _split_codes(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(code.strip() for item in items for code in item.split(",") if code.strip()))


_OPTION_NAMES = {"format": "output_format", "strict": "strict", "max-size": "max_size", "language": "language",
                 "ignore": "ignored"}


def resolve_settings(ctx: click.Context, config: settings_file.Config, given: dict) -> dict[str, settings_file.Setting]:
    """Each setting in force: from the command line, else the settings file, else the default.

    `ignore` is the union of the file's codes and --ignore's (value: ((code, source), ...)).
    """
    effective: dict[str, settings_file.Setting] = {}
    for key, value in given.items():
        from_command_line = ctx.get_parameter_source(_OPTION_NAMES[key]) in (ParameterSource.COMMANDLINE,
                                                                               ParameterSource.ENVIRONMENT)
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
        click.echo(render(note, lang), err=True)


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
