"""`feedtool check`: everything `build` checks, writing nothing (for pre-commit hooks and CI)."""

from __future__ import annotations

from pathlib import Path

import click

from feedtool.cli import cli
from feedtool.cli._rebuilt import entries_count, tag_feeds_count
from feedtool.cli.build import build_options, check_out, parse_now
from feedtool.i18n import message as msg


@cli.command("check")
@build_options
@click.option("--out", "out", default=None, type=click.Path(path_type=Path), metavar="DIR",
              help="Also say what a build into DIR would write, change and remove, and stop (exit 5) at a file "
                   "feedtool did not write standing where a document goes.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but warnings and errors.")
def check_command(store: Path, include_future: bool, drafts: bool, now: str | None, tag_feeds: bool | None,
                  subscribe_page: bool | None, accept_changes: bool, out: Path | None, quiet: bool, lang: str) -> None:
    """Check the store as a build would, and write nothing.

    The store is read and checked, the whole publication rendered and every
    document read back, and the id guard asked, exactly as `feedtool build`
    does, with the same errors and exit codes: 3 the store has problems (all
    of them are listed, warnings too), 4 a document does not read back as the
    store, 6 the id guard refuses; with --out, 5 a file feedtool did not write
    is in the way. Nothing is written: not the documents, not the store's
    record of published posts.

    \b
    Examples:
      feedtool check
      feedtool check --store entries --out public
    """
    from feedtool.build import BuildOptions, build
    from feedtool.build.write import preview, recover
    from feedtool.cli._published import check_published

    if out is not None:
        check_out(store, out)
        recovered = recover(out)  # a build killed mid-commit: its set is completed, as build and serve do
        if recovered is not None:
            click.echo(msg("cli.recovered", out=str(out), count=len(recovered.completed)).render(lang), err=True)
    options = BuildOptions(parse_now(now), include_future=include_future, drafts=drafts, tag_feeds=tag_feeds,
                           subscribe_page=subscribe_page)
    publication = build(store, options)
    for warning in publication.warnings:
        click.echo(warning.render(lang), err=True)
    check_published(store, publication, accept_changes, keep_record=False, command="check")  # refuses (exit 6) as build would
    report = preview(out, publication.documents) if out is not None else None
    if quiet:
        return
    if report is not None:
        for id, paths in (("cli.check.written", report.written), ("cli.check.changed", report.changed),
                          ("cli.check.removed", report.removed)):
            for path in paths:
                click.echo(msg(id, path=str(out / path)).render(lang))
    click.echo(msg("cli.check.summary", store=str(store), documents=len(publication.documents),
                   entries=entries_count(len(publication.selection.entries)),
                   tags=tag_feeds_count(len(publication.channels) - 1)).render(lang))
