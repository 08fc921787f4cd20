"""`feedtool ping`: tell the store's WebSub hubs which feeds of the publication changed."""

from __future__ import annotations

import os
from pathlib import Path

import click

from feedtool.cli import cli
from feedtool.cli._text import read_optional_text
from feedtool.cli.lang import current, lang_option
from feedtool.errors import InputError, PingError
from feedtool.i18n import message as msg
from feedtool.model import Feed
from feedtool.websub import DEFAULT_RETRIES, DEFAULT_TIMEOUT


def ping_options(func):
    """--timeout and --retries, shared by ping and build --ping."""
    func = click.option("--retries", type=click.IntRange(0, 10), default=DEFAULT_RETRIES, show_default=True,
                        help="Tries after the first, on a 5xx answer or a failed connection (backoff 1 s, "
                             "doubling).")(func)
    return click.option("--timeout", type=click.FloatRange(0.1, 300), default=DEFAULT_TIMEOUT, show_default=True,
                        metavar="SECONDS", help="Deadline of each try: connecting, sending, the hub's answer.")(func)


@cli.command("ping")
@click.option("--store", "store", default="entries", show_default=True, type=click.Path(path_type=Path),
              help="The store whose _feed.yaml names the hubs (hub:) and the site's link.")
@click.option("--out", "out", default="public", show_default=True, type=click.Path(path_type=Path),
              help="The publication that `feedtool build` wrote.")
@ping_options
@click.option("--quiet", "-q", is_flag=True, help="Print only the pings that failed.")
@lang_option
def ping_command(store: Path, out: Path, timeout: float, retries: int, quiet: bool, lang: str) -> None:
    """Tell each WebSub hub (hub: in _feed.yaml) which feeds changed since it was last told.

    For every feed document of the publication in --out (the main feed and the tag feeds,
    in each format) whose bytes differ from what a hub was last told, it POSTs
    hub.mode=publish and hub.url=<the feed's URL> to the hub. What each hub was told is kept
    in --out/.feedtool-pings.json: an unchanged publication pings nothing, and a ping that
    failed is tried again by the next `feedtool ping`.

    A 5xx answer, a failed connection or no answer within --timeout is tried again, at most
    --retries times, with a backoff; a 4xx answer and a redirect that would lose the POST
    are not. One line per hub and feed that failed; exit code 8 when any did.

    \b
    Examples:
      feedtool ping
      feedtool build --ping          # build, then ping what changed
      feedtool ping --store entries --out public --timeout 5 --retries 1
    """
    from feedtool.store import load_store

    run_pings(load_store(store).feed, out, timeout=timeout, retries=retries, quiet=quiet)


def run_pings(feed: Feed, out: Path, *, timeout: float, retries: int, quiet: bool) -> None:
    """Ping `feed`'s hubs for the changed feeds of the publication in `out`; PingError if any failed."""
    from feedtool import websub
    from feedtool.build.write import MANIFEST_NAME, locked, read_manifest, reading, recover

    if not feed.hubs:
        click.echo(msg("ping.no_hub", source=feed.source or msg("ping.the_feed")).render(current()), err=True)
        return
    if not Path(out).is_dir():
        raise InputError(msg("ping.no_out", out=str(out)))
    recover(out)
    record_path = Path(out) / websub.RECORD_NAME
    with reading(out):
        manifest = read_manifest(out)
        record_text = read_optional_text(record_path, msg("ping.what.record"))
    if not manifest:
        raise InputError(msg("ping.no_publication", out=str(out), manifest=MANIFEST_NAME))
    record = websub.read_record(record_text)
    pings = websub.plan(manifest, record, feed.hubs, feed.link)
    results = []
    for item in pings:
        result = websub.ping(item.hub, item.url, timeout=timeout, retries=retries)
        results.append((item, result))
        if not result.ok:
            click.echo(msg("ping.failed.one" if result.attempts == 1 else "ping.failed", hub=item.hub, url=item.url,
                           result=result.message, tries=result.attempts).render(current()), err=True)
        elif not quiet:
            click.echo(msg("ping.sent", hub=item.hub, url=item.url, result=result.message).render(current()))
    new_record = websub.updated_record(record, results, manifest, feed.hubs)
    if record_text is None or new_record != record:
        _write_record(out, record_path, websub.dump_record(new_record), locked)
    failed = sum(not result.ok for _, result in results)
    if not quiet:
        feeds = sum(entry.kind in websub.FEED_KINDS for entry in manifest.values())
        unchanged = feeds * len(feed.hubs) - len(pings)
        click.echo(msg("ping.summary", out=str(out), sent=len(pings) - failed, failed=failed, unchanged=unchanged,
                       hubs=len(feed.hubs), feeds=feeds).render(current()))
    if failed:
        raise PingError(msg("ping.some_failed", failed=failed, pings=len(pings)))


def _write_record(out: Path, path: Path, text: str, locked) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with locked(out, exclusive=True):
            with open(temporary, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise PingError(msg("ping.cannot_write", path=str(path), reason=exc.strerror or str(exc))) from None
