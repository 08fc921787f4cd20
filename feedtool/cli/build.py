"""`feedtool build`: the store becomes public/atom.xml and public/rss.xml."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import click

from feedtool.build import build_feeds
from feedtool.cli import cli
from feedtool.cli._files import write_files
from feedtool.cli._published import check_published, write_record
from feedtool.errors import UsageError

ATOM_FILE = "atom.xml"
RSS_FILE = "rss.xml"


def _parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--now {value!r} is not an ISO 8601 date-time (e.g. 2013-01-01T12:00:00+01:00)") from None
    if moment.tzinfo is None:
        raise UsageError(f"--now {value!r} has no UTC offset: add one, e.g. {value}+01:00 or {value}Z")
    return moment


@cli.command("build")
@click.option("--store", "store", default="entries", show_default=True, type=click.Path(path_type=Path),
              help="The store: a directory of entry files with _feed.yaml, or one YAML/JSON file.")
@click.option("--out", "out", default="public", show_default=True, type=click.Path(path_type=Path),
              help="Directory to write atom.xml and rss.xml into (created when missing).")
@click.option("--include-future", is_flag=True, help="Also publish entries dated in the future (preview).")
@click.option("--drafts", is_flag=True, help="Also publish entries marked `draft: true` (preview).")
@click.option("--now", "now", metavar="DATETIME",
              help="Build as if it were this moment (ISO 8601 with offset), for reproducible builds and tests.")
@click.option("--accept-changes", is_flag=True,
              help="Let through changes the id guard refuses (new ids or dates for published posts) and record them.")
def build_command(store: Path, out: Path, include_future: bool, drafts: bool, now: str | None,
                  accept_changes: bool) -> None:
    """Build the Atom and RSS feeds from a store.

    Both feeds are rendered and read back through feedparser before anything is
    written; a difference fails the build (exit 4) and leaves earlier output as it
    was. Files are replaced atomically: never half-written.

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
    """
    result = build_feeds(store, now=_parse_now(now), include_future=include_future, drafts=drafts)
    for warning in result.warnings:
        click.echo(warning.render(), err=True)
    pending = check_published(store, result.selection, accept_changes, keep_record=not (drafts or include_future))
    changed = write_files(out, {ATOM_FILE: result.atom, RSS_FILE: result.rss})
    write_record(pending)
    count = len(result.selection.entries) if result.selection else 0
    for name in (ATOM_FILE, RSS_FILE):
        state = "written" if name in changed else "unchanged"
        click.echo(f"{out / name}: {count} entries, {state}")
