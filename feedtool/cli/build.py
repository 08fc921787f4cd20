"""`feedtool build`: the store becomes a publication in --out, written as one set."""

from __future__ import annotations

import os
from pathlib import Path

import click

from feedtool.cli import cli
from feedtool.cli._rebuilt import cache_options, check_out, entries_count, parse_now, summary
from feedtool.cli.lang import lang_option
from feedtool.cli.ping import ping_options, run_pings
from feedtool.errors import StoreError, UsageError
from feedtool.i18n import message as msg

__all__ = ["build_command", "build_options", "check_out", "parse_now"]


def build_options(func):
    """The options that decide what a build publishes, shared by build and check."""
    options = [
        click.option("--store", "store", default="entries", show_default=True, type=click.Path(path_type=Path),
                     help="The store: a directory of entry files with _feed.yaml, or one YAML/JSON file."),
        click.option("--include-future", is_flag=True, help="Also publish entries dated in the future (preview)."),
        click.option("--drafts", is_flag=True, help="Also publish entries marked `draft: true` (preview)."),
        click.option("--now", "now", metavar="DATETIME",
                     help="Build as if it were this moment (ISO 8601 with offset), for reproducible builds."),
        click.option("--tag-feeds/--no-tag-feeds", "tag_feeds", default=None,
                     help="A feed per tag in tags/<slug>/ (default: as _feed.yaml says, `tag_feeds:`; on)."),
        click.option("--subscribe-page/--no-subscribe-page", "subscribe_page", default=None,
                     help="The page to subscribe from, index.html (default: as _feed.yaml says, "
                          "`subscribe_page:`; on)."),
        click.option("--accept-changes", is_flag=True,
                     help="Let through changes the id guard refuses (new ids or dates for published posts) "
                          "and record them."),
    ]
    for option in reversed(options):
        func = option(func)
    return lang_option(func)


@cli.command("build")
@build_options
@click.option("--out", "out", default="public", show_default=True, type=click.Path(path_type=Path),
              help="Directory to write the publication into (created when missing).")
@click.option("--strict", is_flag=True,
              help="Warnings fail the build too (exit 3, nothing written): scripts or iframes in content, "
                   "unknown fields, anything the W3C validator would warn about.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but warnings and errors.")
@click.option("--no-cache", is_flag=True,
              help="Render and read back everything even when no input changed since the last build "
                   "(the rebuild cache, --out/.feedtool-cache.json and .feedtool-cache-posts.json, is "
                   "neither used nor updated).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=os.cpu_count() or 1, show_default="the cores",
              help="Read the documents back in this many processes (each document whole, in one of them).")
@click.option("--ping", "ping", is_flag=True,
              help="Then tell the WebSub hubs (hub: in _feed.yaml) which feeds changed, as `feedtool ping` does.")
@ping_options
def build_command(store: Path, out: Path, include_future: bool, drafts: bool, now: str | None,
                  tag_feeds: bool | None, subscribe_page: bool | None, accept_changes: bool, strict: bool,
                  quiet: bool, no_cache: bool, jobs: int, ping: bool, timeout: float, retries: int, lang: str) -> None:
    """Build the publication from a store: the feeds, a feed per tag, the subscribe page.

    \b
    What it writes into --out:
      atom.xml, rss.xml, feed.json   the feed in Atom 1.0, RSS 2.0 and JSON Feed 1.1
      tags/<slug>/...                the same three for every tag
      index.html                     a page to subscribe from (in the feed's language)

    Every document is rendered and read back (feedparser for Atom and RSS,
    fastfeedparser and a strict reading for JSON Feed, an HTML parser for the
    page) before anything is written; a difference fails the build (exit 4) and
    leaves earlier output as it was. The documents are then written as one set:
    a failure or a kill leaves the earlier set whole, and a document no longer
    produced (a tag that is gone) is removed. Files feedtool did not write are
    never touched: one standing where a document would go stops the build (exit 5).

    When no input changed since the last build (the store's files, the options,
    the entries due by --now, feedtool and its dependencies) and the documents in
    --out are still the ones it verified, nothing is rendered or written again
    (the rebuild cache, --out/.feedtool-cache.json; --no-cache builds anyway).

    The id guard keeps a record of what was published in the store
    (_published.json; beside a one-file store: NAME.published.json) and refuses
    (exit 6, nothing written) when a published post would get a new id or another
    published date, or comes back under a new id: readers would show it again as
    new. --accept-changes lets a deliberate change through.

    \b
    Examples:
      feedtool build
      feedtool build --store entries --out public
      feedtool build --drafts --include-future --out preview
      feedtool build --strict          # in CI: a warning fails the build
      feedtool build --ping            # then ping the WebSub hubs (exit 8 when one fails)
    """
    import contextlib

    from feedtool.build.cache import RebuildCache, valid_interval
    from feedtool.build.write import recover

    check_out(store, out)
    if ping and (include_future or drafts):
        raise UsageError(msg("cli.ping.preview"))
    recovered = recover(out)
    if recovered is not None:
        click.echo(msg("cli.recovered", out=str(out), count=len(recovered.completed)).render(lang), err=True)
    moment = parse_now(now)
    cache = None if no_cache else RebuildCache.open(out, store, cache_options(
        store, out, include_future, drafts, tag_feeds, subscribe_page, accept_changes, strict, lang))
    # --ping pings the hubs from the publication: built then, even when nothing changed.
    cached = cache.lookup(moment.timestamp()) if cache is not None and not ping else None
    if cached is not None:  # every input and every written document as the last build left them
        for line in cached.stderr:
            click.echo(line, err=True)
        if not quiet:
            click.echo(summary(out, cached.documents, cached.entries, cached.tags, unchanged=cached.documents,
                               lang=lang))
        return

    from feedtool.build import BuildOptions, build
    from feedtool.build.write import ExtraFile, commit
    from feedtool.cli._published import check_published

    options = BuildOptions(moment, include_future=include_future, drafts=drafts, tag_feeds=tag_feeds,
                           subscribe_page=subscribe_page, verified=cache, jobs=jobs,
                           known_posts=cache.known_posts() if cache is not None else None)
    with cache.observing() if cache is not None else contextlib.nullcontext():
        publication = build(store, options)
    if strict and publication.warnings:
        raise StoreError(list(publication.warnings))  # every warning, listed; nothing written
    printed = []
    for warning in publication.warnings:
        printed.append(warning.render(lang))
        click.echo(printed[-1], err=True)
    pending = check_published(store, publication, accept_changes, keep_record=not options.preview)
    extra = ExtraFile(pending.path, pending.text.encode("utf-8")) if pending.text is not None else None
    report = commit(out, publication.documents, extra=extra)
    if pending.skipped:
        printed.append(pending.skipped.render(lang))
        click.echo(printed[-1], err=True)
    elif report.extra_written:
        for note in pending.notes:
            click.echo(note.render(lang), err=True)
    for path in report.kept:
        click.echo(msg("cli.build.kept", path=str(out / path)).render(lang), err=True)
    if cache is not None:
        cache.save(publication, printed, valid_interval(publication.selection.feed, moment.timestamp(), include_future),
                   (pending.path, extra.data) if report.extra_written else None)
    if not quiet:
        _print_report(out, publication, report, lang)
    if ping:
        run_pings(publication.selection.feed, out, timeout=timeout, retries=retries, quiet=quiet)


def _print_report(out: Path, publication, report, lang: str) -> None:
    by_path = {d.path: d for d in publication.documents}
    for ids, paths in ((("cli.build.written", "cli.build.written.entries"), report.written),
                       (("cli.build.changed", "cli.build.changed.entries"), report.changed)):
        for path in paths:
            count = by_path[path].entries
            if count is not None and by_path[path].kind != "subscribe-page":
                line = msg(ids[1], path=str(out / path), entries=entries_count(count))
            else:
                line = msg(ids[0], path=str(out / path))
            click.echo(line.render(lang))
    for path in report.removed:
        click.echo(msg("cli.build.removed", path=str(out / path)).render(lang))
    click.echo(summary(out, len(publication.documents), len(publication.selection.entries), len(publication.channels) - 1,
                       len(report.written), len(report.changed), len(report.removed), len(report.unchanged), lang=lang))
