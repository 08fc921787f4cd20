"""`feedtool new`: start a new entry file in the store; never overwrites anything."""

from __future__ import annotations

import os

import click

from feedtool.cli import cli
from feedtool.errors import ExistsError, OutputError


@cli.command("new")
@click.argument("title")
@click.option("--store", "store", default="entries", show_default=True, metavar="PATH",
              help="The store directory to add the entry to (created if missing).")
@click.option("--slug", default=None, metavar="SLUG",
              help="File name and URL part (letters, digits, - . _ ~; no /); default: the title, slugified, "
                   "shortened at a word boundary to fit a file name.")
@click.option("--markdown", is_flag=True,
              help="Start a Markdown post (<slug>.md: front matter, then the text in Markdown).")
def new_command(title: str, store: str, slug: str | None, markdown: bool) -> None:
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
    from feedtool.store.new import PUBLISH_HINT, plan_new_entry

    plan = plan_new_entry(store, title, slug=slug, markdown=markdown)
    if plan.clashes:
        raise ExistsError(f"{plan.clashes[0]} already exists; nothing was changed "
                          "(edit that file, or pass --slug for a different file name)")
    try:
        os.makedirs(store, exist_ok=True)
        with open(plan.path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(plan.text)
    except FileExistsError:
        raise ExistsError(f"{plan.path} already exists; nothing was changed") from None
    except OSError as exc:
        raise OutputError(f"cannot write {plan.path}: {exc.strerror or exc}") from None
    if plan.shortened:
        click.echo(f"note: the slug was shortened to {len(plan.slug)} characters to fit a file name; "
                   "pass --slug to choose it yourself", err=True)
    click.echo(plan.path)
    click.echo(f"{plan.path}: {PUBLISH_HINT}", err=True)
