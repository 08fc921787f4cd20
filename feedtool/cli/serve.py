"""`feedtool serve`: preview the built feeds over HTTP the way feed readers will poll them."""

from __future__ import annotations

import signal
import threading
from datetime import UTC, datetime
from pathlib import Path

import click

from feedtool import serve as server_lib
from feedtool.cli import cli
from feedtool.cli._options import SecondsParam
from feedtool.cli.lang import current, lang_option
from feedtool.errors import FeedtoolError, InputError, UsageError
from feedtool.guard import RECORD_NAME
from feedtool.i18n import message as msg

DEFAULT_PORT = 8000


def rebuild(store: Path, out: Path, include_future: bool, drafts: bool) -> list[str]:
    """Build the publication from `store` into `out` through the build library; return the paths written.

    A preview: the id guard's record is neither read nor written (only `feedtool build`
    publishes). The set is written as one, and documents whose bytes are the same are left alone.
    """
    from feedtool.build import BuildOptions, build
    from feedtool.build.write import commit

    publication = build(store, BuildOptions(datetime.now(UTC), include_future=include_future, drafts=drafts))
    for warning in publication.warnings:
        click.echo(warning.render(current()), err=True)
    report = commit(out, publication.documents)
    return [*report.written, *report.changed, *report.removed]


def _print_request(record: server_lib.LogRecord) -> None:
    coding = " gzip" if record.encoding else ""
    # The path is the client's: escaped, so that a request cannot send escape sequences to the terminal.
    path = server_lib.printable(record.path)
    click.echo(f"{record.method} {path} {record.status} {record.length}{coding}", err=True)


def _print_note(note: str) -> None:
    click.echo(f"debug: {note}", err=True)


def _start_watch(store: Path, out: Path, include_future: bool, drafts: bool, interval: float) -> server_lib.StoreWatcher:
    def on_change() -> None:
        written = rebuild(store, out, include_future, drafts)
        said = msg("serve.rebuilt", written=", ".join(written)) if written else msg("serve.rebuilt.unchanged")
        click.echo(said.render(current()), err=True)

    def on_error(exc: Exception) -> None:
        if isinstance(exc, FeedtoolError):
            click.echo(msg("serve.rebuild_failed", error=exc.render(current())).render(current()), err=True)
        else:
            click.echo(msg("serve.rebuild_failed.internal", kind=type(exc).__name__, error=str(exc)).render(current()),
                       err=True)

    watcher = server_lib.StoreWatcher(store, on_change, interval=interval, ignore=[RECORD_NAME], on_error=on_error)
    return watcher.start()


@cli.command("serve")
@click.option("--out", "out", default="public", show_default=True, type=click.Path(path_type=Path),
              help="Directory of built feeds to serve.")
@click.option("--port", "port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on; 0 picks a free one (printed).")
@click.option("--host", "host", default=server_lib.HOST, show_default=True, metavar="ADDRESS",
              help="Address to listen on. Another than 127.0.0.1 (0.0.0.0: every interface, to try the feeds "
                   "on a phone on the LAN) lets other machines read the preview, drafts included: a warning says so.")
@click.option("--store", "store", default="entries", show_default=True, type=click.Path(path_type=Path),
              help="The store to rebuild from (with --watch).")
@click.option("--watch", is_flag=True,
              help="Build from --store now and again whenever a file in it changes.")
@click.option("--include-future", is_flag=True, help="With --watch: also build entries dated in the future.")
@click.option("--drafts", is_flag=True, help="With --watch: also build entries marked `draft: true`.")
@click.option("--interval", default=0.5, show_default=True, type=SecondsParam(0.05, 3600),
              help="With --watch: seconds between looks at the store.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print a line per request.")
@click.option("--verbose", "-v", is_flag=True,
              help="Also print a one-line debug note per connection event (a client that hung up, a refused Host).")
@lang_option
def serve_command(
    out: Path,
    port: int,
    host: str,
    store: Path,
    watch: bool,
    include_future: bool,
    drafts: bool,
    interval: float,
    quiet: bool,
    verbose: bool,
    lang: str,
) -> int:
    """Serve the built feeds on 127.0.0.1 (or --host) for local preview, as readers will see them.

    Feeds get their own media type (application/atom+xml, application/rss+xml;
    charset=utf-8), a strong ETag from their bytes and a Last-Modified that moves
    only when the bytes move; conditional requests (If-None-Match,
    If-Modified-Since) get 304 Not Modified, and gzip is used when the client asks.
    Only files inside --out are served; everything else is 404. Slow clients wait
    without a thread each and are dropped after 10 s; requests whose Host is not
    localhost or an IP address get 421 (DNS rebinding); a request with a body is
    answered and its connection closed.

    With --watch the store is built once at start and again whenever it changes
    (atomically; a failed build leaves the served feeds as they were). This is a
    preview: the id guard's record (_published.json) is only kept by `feedtool build`.

    \b
    Exit codes: 0 stopped with Ctrl-C (or SIGTERM); 2 the port is taken;
    3 --out (or, with --watch, --store) does not exist.

    \b
    Examples:
      feedtool serve
      feedtool serve --out public --port 0
      feedtool serve --watch --store entries --drafts
    """
    if watch:
        if not store.exists():
            raise InputError(msg("serve.no_store", store=str(store)))
        try:
            written = rebuild(store, out, include_future, drafts)
        except FeedtoolError as exc:
            # Keep serving what was built before: the watch rebuilds as soon as the store is fixed.
            click.echo(msg("serve.build_failed", error=exc.render(lang)).render(lang), err=True)
            out.mkdir(parents=True, exist_ok=True)
        else:
            click.echo((msg("serve.built", store=str(store), out=str(out), written=", ".join(written)) if written
                        else msg("serve.built.unchanged", store=str(store), out=str(out))).render(lang))
    if not out.is_dir():
        raise InputError(msg("serve.no_out", out=str(out)))
    from feedtool.build.write import recover

    recovered = recover(out)  # a build that was killed mid-commit: complete its set before serving any of it
    if recovered is not None:
        click.echo(msg("cli.recovered", out=str(out), count=len(recovered.completed)).render(lang), err=True)

    try:
        httpd = server_lib.FeedHTTPServer(out, port, host)
    except (OSError, OverflowError) as exc:
        where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        raise UsageError(msg("serve.cannot_listen", where=where,
                             reason=getattr(exc, "strerror", None) or str(exc))) from None
    if host not in (server_lib.HOST, "localhost", "::1"):
        what = msg("serve.open.drafts") if drafts or include_future else msg("serve.open.everything", out=str(out))
        click.echo(msg("serve.open", host=host, what=what).render(lang), err=True)
    if not quiet:
        httpd.log.listeners.append(_print_request)
    if verbose:
        httpd.log.note_listeners.append(_print_note)

    def on_term(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
        raise KeyboardInterrupt

    # Installed before the URLs are printed: whoever reads them may stop us at once.
    previous = signal.signal(signal.SIGTERM, on_term) if threading.current_thread() is threading.main_thread() else None

    watcher = None
    try:
        click.echo(msg("serve.serving", out=str(out), url=httpd.url()).render(lang))
        names = httpd.feed_names()
        for name in names:
            click.echo(f"  {httpd.url(name)}")
        if not names:
            click.echo(msg("serve.no_feeds", out=str(out)).render(lang))
        if watch:
            watcher = _start_watch(store, out, include_future, drafts, interval)
            click.echo(msg("serve.watching", store=str(store)).render(lang))
        httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        if watcher is not None:
            watcher.stop()
        httpd.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    click.echo(msg("serve.stopped").render(lang), err=True)
    return 0
