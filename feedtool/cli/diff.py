"""`feedtool diff OLD NEW`: what subscribers will see when a feed changes."""

from __future__ import annotations

import click

from feedtool import diff as feed_diff
from feedtool.cli import cli
from feedtool.cli._options import SecondsParam, SizeParam
from feedtool.cli.lang import lang_option
from feedtool.validate import fetch
from feedtool.validate.xml import DEFAULT_MAX_SIZE

DIFF_FOUND_EXIT = 1


@cli.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report for people, or JSON for scripts.",
)
@click.option(
    "--fail-on",
    "fail_on",
    multiple=True,
    type=click.Choice([*feed_diff.KINDS, "any"]),
    help="Exit 1 when a difference of this kind is found (repeatable). Without it diff exits 0 whatever it finds.",
)
@click.option("--timeout", type=SecondsParam(0.1), default=fetch.DEFAULT_TIMEOUT, show_default=True,
              help="Seconds a URL may take, all of it: connecting, the headers, the body and every redirect.")
@click.option("--max-size", type=SizeParam(), default=DEFAULT_MAX_SIZE, show_default="50M",
              help="Refuse feeds (and decompressed downloads) larger than this, e.g. 15M.")
@click.option("--allow-private", is_flag=True,
              help="Let URLs and their redirects reach internal addresses (loopback, private, link-local). "
                   "Without it they are refused, unless the URL you give is itself such an address.")
@lang_option
def diff_command(
    old: str, new: str, output_format: str, fail_on: tuple[str, ...], timeout: float, max_size: int, allow_private: bool,
    lang: str,
) -> int:
    """Compare two versions of a feed, or of a publication, and report what subscribers will see.

    OLD and NEW are feed files or http(s) URLs (Atom, RSS or JSON Feed), or two
    output directories of `feedtool build` (every feed in them, matched by path,
    and the feeds that are new or gone). Entries are matched by
    id, as readers match them: new entries, updated entries (with the fields that
    changed, and whether readers will show them as updated), removed entries, and
    suspected id changes (an entry gone while one with the same link, or the same
    title and date, appears under a new id: readers show such a post twice).

    \b
    Exit codes: 0 compared (differences or not); 1 a difference named by
    --fail-on was found (a feed that is gone counts as removed); 3 a feed could not
    be read or is not an Atom, RSS or JSON Feed.

    \b
    Examples:
      feedtool diff old/atom.xml public/atom.xml
      feedtool diff https://example.org/atom.xml public/atom.xml --fail-on id-change
      feedtool diff old/rss.xml public/rss.xml --format json
      feedtool diff old-public/ public/ --fail-on id-change
    """
    limits = feed_diff.ReadLimits(timeout=timeout, max_size=max_size, allow_private=allow_private)
    result = feed_diff.diff_sources(old, new, limits)
    if output_format == "json":
        click.echo(feed_diff.to_json(result), nl=False)
    else:
        click.echo(feed_diff.to_text(result), nl=False)
    if any(result.has(kind) for kind in fail_on):
        return DIFF_FOUND_EXIT
    return 0
