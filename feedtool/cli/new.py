"""`feedtool new`: start a new entry file in the store; never overwrites anything."""

from __future__ import annotations

import os

import click

from feedtool.cli import cli
from feedtool.cli.lang import lang_option
from feedtool.errors import ExistsError, OutputError
from feedtool.i18n import message as msg


@cli.command("new")
@click.argument("title")
@click.option("--store", "store", default="entries", show_default=True, metavar="PATH",
              help="The store directory to add the entry to (created if missing).")
@click.option("--slug", default=None, metavar="SLUG",
              help="File name and URL part (letters, digits, - . _ ~; no /); default: the title, slugified, "
                   "shortened at a word boundary to fit a file name.")
@click.option("--markdown", is_flag=True,
              help="Start a Markdown post (<slug>.md: front matter, then the text in Markdown).")
@lang_option
def new_command(title: str, store: str, slug: str | None, markdown: bool, lang: str) -> None:
    """Create STORE/<slug>.yaml (or, with --markdown, <slug>.md) for a new post titled TITLE.

    The file gets the title, `published` (now, with its offset, in the store's
    time zone), an empty summary and `draft: true`: it is published by the first
    build after you remove that line. An existing file is never overwritten
    (exit code 7).

    \b
    Example:
      feedtool new "Decentralisaties Sociaal Domein vragen om innovatie"
      -> entries/decentralisaties-sociaal-domein-vragen-om-innovatie.yaml
      feedtool new --markdown "De ijsberg"
      -> entries/de-ijsberg.md
    """
    from feedtool.store.new import plan_new_entry

    plan = plan_new_entry(store, title, slug=slug, markdown=markdown)
    if plan.clashes:
        raise ExistsError(msg("new.exists.clash", path=plan.clashes[0]))
    try:
        os.makedirs(store, exist_ok=True)
        with open(plan.path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(plan.text)
    except FileExistsError:
        raise ExistsError(msg("cli.exists", path=plan.path)) from None
    except OSError as exc:
        raise OutputError(msg("new.cannot_write", path=plan.path, reason=exc.strerror or str(exc))) from None
    if plan.shortened:
        click.echo(msg("new.shortened", length=len(plan.slug)).render(lang), err=True)
    click.echo(plan.path)
    click.echo(msg("new.publish_hint", path=plan.path).render(lang), err=True)
