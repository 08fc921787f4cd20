"""`feedtool validate`: check Atom, RSS and JSON Feed feeds, for CI and on a desk."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from concurrent.futures import ProcessPoolExecutor

import click

from feedtool.cli import cli
from feedtool.errors import UsageError
from feedtool.validate import codes, fetch, report
from feedtool.validate.engine import FileReport, validate_bytes
from feedtool.validate.xml import DEFAULT_MAX_SIZE

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1000, "m": 1000**2, "g": 1000**3, "ki": 1024, "mi": 1024**2, "gi": 1024**3}


class SizeParam(click.ParamType):
    name = "SIZE"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        match = _SIZE.match(str(value))
        if not match:
            self.fail(f"{value!r} is not a size: write bytes or a number with K, M or G (e.g. 50M, 2GiB)", param, ctx)
        unit = (match.group(2) or "").lower().rstrip("b")
        size = int(float(match.group(1)) * _UNITS[unit])
        if size <= 0:
            self.fail("the size must be positive", param, ctx)
        return size


@cli.command("validate")
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@click.option("--format", "output_format", type=click.Choice(report.FORMATS), default="text", show_default=True,
              help="Output: text (like a compiler), json, junit (JUnit XML), github (Actions annotations) "
                   "or sarif (SARIF 2.1.0, for code scanning).")
@click.option("--strict", is_flag=True, help="Warnings fail the run too (exit code 1).")
@click.option("--ignore", "ignored", multiple=True, metavar="CODE",
              help="Switch off the finding CODE (repeatable or comma-separated), e.g. --ignore MissingSelf. "
                   "--ignore Reader skips the feedparser layer. An unknown CODE gets a warning on stderr "
                   "with the closest known code.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Validate this many files in parallel.  [default: the number of CPUs]")
@click.option("--max-size", type=SizeParam(), default=DEFAULT_MAX_SIZE, show_default="50M",
              help="Refuse documents (and decompressed downloads) larger than this, e.g. 15M.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=fetch.DEFAULT_TIMEOUT, show_default=True,
              help="Seconds to wait for a URL.")
@click.option("--store", "store_path", type=click.Path(file_okay=False), default=None,
              help="Also compare each feed with this entry store (the round trip `build` checks).")
@click.pass_context
def validate_command(ctx: click.Context, feeds, output_format, strict, ignored, jobs, max_size, timeout, store_path) -> None:
    """Validate Atom 1.0, RSS 2.0 and JSON Feed 1.0/1.1 feeds.

    FEED is a file, a directory (every *.xml, *.atom, *.rss, *.rdf and *.feed
    file below it, and every *.json file that holds a JSON Feed), - for
    standard input, or an http(s) URL. The content decides the format.

    \b
    Exit codes:
      0  no errors (warnings allowed)
      1  errors found (with --strict: warnings too)
      2  usage error
      3  an input could not be read (missing file, HTTP error, no connection)

    \b
    Examples:
      feedtool validate public/atom.xml public/rss.xml public/feed.json
      feedtool validate --format github --strict public/
      curl -s https://example.org/feed.xml | feedtool validate -
    """
    if sum(name == "-" for name in feeds) > 1:
        raise UsageError("standard input (-) can be given only once")
    ignore = frozenset(code.strip() for item in ignored for code in item.split(",") if code.strip())
    _warn_unknown_codes(ignore)
    store_check = _store_check(store_path) if store_path else None
    settings = {"ignore": ignore, "max_size": max_size, "timeout": timeout, "store_check": store_check}
    skipped: list[str] = []
    inputs = list(fetch.expand(list(feeds), skipped, max_size=max_size))
    if skipped:  # JSON files below a directory that are no JSON Feed (package.json, ...): not failed, not hidden
        shown = ", ".join(skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
        click.echo(f"note: skipped {len(skipped)} JSON file{'s' if len(skipped) != 1 else ''} that {'is' if len(skipped) == 1 else 'are'} not a feed: {shown}", err=True)
    results = _run(inputs, settings, jobs or os.cpu_count() or 1)
    reports = [r for r, _ in results]
    click.echo(report.render(output_format, reports, strict=strict), nl=False)
    if any(unreadable for _, unreadable in results):
        ctx.exit(EXIT_UNREADABLE)
    if any(r.fails(strict) for r in reports):
        ctx.exit(EXIT_INVALID)


def _warn_unknown_codes(ignore: frozenset[str]) -> None:
    """An --ignore that matches no code switches nothing off: say so (the run goes on as asked)."""
    known = codes.known_codes()
    if not known:  # the validator's sources are not installed: nothing to check against
        return
    for code in sorted(ignore - known):
        close = codes.suggestion(code)
        hint = f"; did you mean {close}?" if close else " (the codes are listed in docs/validate.md, rules-atom.md and rules-rss.md)"
        click.echo(f"warning: --ignore {code}: no finding has this code, so it switches nothing off{hint}", err=True)


def _run(inputs: list[str], settings: dict, jobs: int) -> list[tuple[FileReport, bool]]:
    stdin = None
    if "-" in inputs:
        stdin = fetch.read_stream(sys.stdin.buffer, "-", max_size=settings["max_size"])
    work = [(name, stdin if name == "-" else None) for name in inputs]
    if jobs <= 1 or len(work) <= 1 or settings["store_check"] is not None:
        return [_validate_one(name, source, settings) for name, source in work]
    workers = min(jobs, len(work))
    chunk = max(1, min(32, len(work) // (workers * 4)))  # small files: fewer round trips to the workers
    with ProcessPoolExecutor(max_workers=workers) as pool:
        names, sources = zip(*work)
        return list(pool.map(_validate_one, names, sources, [settings] * len(work), chunksize=chunk))


def _validate_one(name: str, source: fetch.Source | None, settings: dict) -> tuple[FileReport, bool]:
    """Read and validate one input; (report, whether the input could not be read)."""
    if source is None:
        if fetch.is_url(name):
            source = fetch.fetch_url(name, timeout=settings["timeout"], max_size=settings["max_size"])
        else:
            source = fetch.read_path(name, max_size=settings["max_size"])
    if source.data is None:  # not read, or refused before parsing: nothing to ignore
        return FileReport(path=source.path, format=None, findings=list(source.findings)), source.unreadable
    extra_checks = [settings["store_check"]] if settings["store_check"] else []
    result = validate_bytes(
        source.data,
        path=source.path,
        ignore=settings["ignore"],
        max_size=settings["max_size"],
        http_charset=source.http_charset,
        base_url=source.base_url,
        media_type=source.media_type,
        extra_findings=source.findings,
        extra_checks=extra_checks,
    )
    return result, False


def _store_check(store_path: str) -> Callable:
    """The round-trip comparison with the store at `store_path` (the check `build` makes), as an extra check.

    The store is read once; a broken store is an input that cannot be read (StoreError, exit 3).
    The entries compared are those `build` would publish now (no drafts, nothing dated in the future).
    """
    from feedtool.build import select_entries
    from feedtool.store import load_store
    from feedtool.validate.findings import error
    from feedtool.validate.roundtrip import compare_feed

    selection = select_entries(load_store(store_path).feed, datetime.now(timezone.utc))

    def store_round_trip(doc, reader_parse=None):
        for difference in compare_feed(doc.data, selection, reader_parse):
            yield error(
                "StoreMismatch",
                f"the feed does not read back as the store {store_path}: {difference.entry}: {difference.field}: "
                f"expected {difference.expected!r}, got {difference.got!r} (rebuild the feed with `feedtool build`)",
            )

    store_round_trip.uses_reader_parse = True  # shares the reader view's feedparser parse: one parse per feed
    return store_round_trip
