"""`feedtool validate`: check Atom, RSS and JSON Feed feeds, for CI and on a desk.

The click command: it reads the arguments into a Request; the work is feedtool/cli/_validation.py's.
"""

from __future__ import annotations

from pathlib import Path

import click
from click.core import ParameterSource

from feedtool.cli import cli
from feedtool.cli._options import SecondsParam, SizeParam
from feedtool.cli._validation import NoFeedsGiven, Request, run
from feedtool.i18n import LANGUAGES
from feedtool.validate import codes, fetch, report
from feedtool.validate.xml import DEFAULT_MAX_SIZE

# The settings whose source --show-config tells, and that win over the settings file when given.
_SETTINGS = {"format": "output_format", "strict": "strict", "max-size": "max_size", "language": "language",
             "terminal-format": "terminal_format"}


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
    given = frozenset(setting for setting, parameter in _SETTINGS.items()
                      if ctx.get_parameter_source(parameter) in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT))
    request = Request(
        feeds=tuple(feeds), output_format=output_format, output_path=output_path, terminal_format=terminal_format,
        strict=strict, ignored=tuple(ignored), no_reader_view=no_reader_view, language=language, jobs=jobs,
        max_size=max_size, timeout=timeout, allow_private=allow_private, store_path=store_path,
        skip_non_feeds=skip_non_feeds, quiet=quiet, config_path=config_path, no_config=no_config,
        show_config=show_config, on_command_line=given)
    try:
        code = run(request)
    except NoFeedsGiven:
        raise click.UsageError("Missing argument 'FEED...'.", ctx=ctx) from None
    ctx.exit(code)
