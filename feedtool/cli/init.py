"""`feedtool init [DIR]`: start a store, from flags or, on a terminal, from questions; never overwrites."""

from __future__ import annotations

import os
import sys

import click

from feedtool.cli import cli
from feedtool.cli.lang import lang_option
from feedtool.errors import ExistsError, OutputError, UsageError
from feedtool.i18n import message as msg


def can_ask() -> bool:
    """Questions only for a person at a terminal: never in CI, a pipe or a script."""
    return sys.stdin.isatty() and sys.stdout.isatty() and not os.environ.get("CI")


@cli.command("init")
@click.argument("directory", default="entries", required=False, metavar="[DIR]")
@click.option("--title", help="The feed's title, e.g. \"Blog van Rens Meijkamp\".")
@click.option("--link", help="The site's address (absolute), e.g. https://www.example.nl/.")
@click.option("--author", help="The author's name (Atom needs one).")
@click.option("--email", help="The author's e-mail address (optional).")
@click.option("--language", default="nl-NL", show_default=True, help="The feed's language (BCP 47).")
@click.option("--id", "feed_id", metavar="TAG_URI",
              help="The feed id to pin.  [default: tag:<host>,<this year>:<site path or feed>]")
@lang_option
def init_command(directory: str, title: str | None, link: str | None, author: str | None, email: str | None,
                 language: str, feed_id: str | None, lang: str) -> None:
    """Start a store in DIR (default: entries): a _feed.yaml and one example post.

    The values come from the flags; on a terminal, feedtool asks for the ones
    the flags left out (elsewhere they are required). The feed id is pinned at
    once, so entry ids never depend on the site's address. Nothing is
    overwritten: a DIR that already holds a store is refused (exit 7).

    \b
    Examples:
      feedtool init
      feedtool init entries --title "Blog van Rens Meijkamp" --link https://www.example.nl/ --author "Rens Meijkamp"
    """
    from feedtool.store.init import existing_store, plan_store

    found = existing_store(directory)
    if found:  # before any question: do not ask what cannot be used
        raise ExistsError(msg("init.exists", directory=directory, found=found))
    values = {"title": title, "link": link, "author": author}
    missing = [name for name, value in values.items() if not value]
    if missing and not can_ask():
        flags = " ".join(f"--{name} ..." for name in missing)
        raise UsageError(msg("init.needs", options=", ".join("--" + m for m in missing), directory=directory,
                             flags=flags))
    for name in missing:
        values[name] = click.prompt(msg(f"init.ask.{name}").render(lang)).strip()
    if missing and email is None:
        email = click.prompt(msg("init.ask.email").render(lang), default="", show_default=False).strip() or None
    plan = plan_store(directory, title=values["title"], link=values["link"], author=values["author"], email=email,
                      language=language, feed_id=feed_id)
    written = []
    try:
        os.makedirs(directory, exist_ok=True)
        for name, text in plan.files:
            path = os.path.join(directory, name)
            with open(path, "x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            written.append(path)
    except OSError as exc:
        for path in written:  # all or nothing: a half-made store would be refused by the next init
            os.unlink(path)
        if isinstance(exc, FileExistsError):
            raise ExistsError(msg("cli.exists", path=exc.filename)) from None
        raise OutputError(msg("init.cannot_write", directory=directory, reason=exc.strerror or str(exc))) from None
    for path in written:
        click.echo(path)
    click.echo(msg("init.pinned", feed_id=plan.feed_id).render(lang), err=True)
    click.echo(msg("init.next", directory=directory).render(lang), err=True)
