"""What `feedtool init` writes: a new store's `_feed.yaml` and one example post (the CLI writes them).

The feed id is pinned at once (`tag:<host>,<this year>:<site path or "feed">`), so that no
entry id ever depends on the site's address. The plan is checked by loading it as a store
before anything is written: what `init` writes always builds.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime

from feedtool.dates import get_zone, now_in
from feedtool.errors import ExistsError, Problem, StoreError, UsageError
from feedtool.i18n import message as msg
from feedtool.store.ids import derive_feed_id
from feedtool.store.loader import DEFAULT_TIMEZONE, FEED_FILE_NAMES, POST_SUFFIXES, load_store
from feedtool.store.new import yaml_quoted

DEFAULT_LANGUAGE = "nl-NL"
EXAMPLE_SLUG = "welkom"


@dataclass(frozen=True, slots=True)
class StorePlan:
    directory: str
    files: tuple[tuple[str, str], ...]  # (file name, text), written in this order
    feed_id: str


def existing_store(directory: str) -> str | None:
    """The first file that makes `directory` a store already (its feed file or a post), or None."""
    try:
        names = sorted(os.listdir(directory))
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise UsageError(msg("init.is_file", directory=directory)) from None
    except OSError as exc:
        raise UsageError(msg("init.unreadable", directory=directory, reason=exc.strerror or str(exc))) from None
    for name in names:
        if name.lower() in FEED_FILE_NAMES:
            return os.path.join(directory, name)
    for name in names:
        if not name.startswith(("_", ".")) and name.lower().endswith(POST_SUFFIXES):
            return os.path.join(directory, name)
    return None


def plan_store(directory: str, *, title: str, link: str, author: str, email: str | None = None,
               language: str = DEFAULT_LANGUAGE, feed_id: str | None = None, now: datetime | None = None) -> StorePlan:
    """The files of a new store in `directory`; StoreError (nothing written) when a value is not usable."""
    found = existing_store(directory)
    if found:
        raise ExistsError(msg("init.exists", directory=directory, found=found))
    now = now or now_in(get_zone(DEFAULT_TIMEZONE))
    if not link.endswith("/") and "://" in link and link.count("/") == 2:
        link += "/"  # https://www.example.nl -> https://www.example.nl/
    feed_id = feed_id or derive_feed_id(link, now.year)
    author_lines = f"  name: {yaml_quoted(author)}\n" + (f"  email: {yaml_quoted(email)}\n" if email else "")
    feed = (
        "# The feed's metadata; every other .yaml, .json or .md file here is a post (docs/store.md).\n"
        f"title: {yaml_quoted(title)}\n"
        f"link: {yaml_quoted(link)}\n"
        f"id: {yaml_quoted(feed_id)}  # pinned: every entry id is built from it, so never change it\n"
        f"language: {yaml_quoted(language)}\n"
        "author:\n" + author_lines
        + "# timezone: Europe/Amsterdam and limit: 20 are the defaults\n"
    )
    post = (
        'title: "Welkom"\n'
        f"published: {now.replace(microsecond=0).isoformat()}\n"
        'summary: "Het eerste bericht van deze feed."\n'
        "content: |\n"
        "  <p>Dit is een voorbeeldbericht. Pas het aan, of verwijder het en begin met\n"
        "  <code>feedtool new \"Titel van het bericht\"</code>.</p>\n"
        "tags: [welkom]\n"
    )
    plan = StorePlan(directory, (("_feed.yaml", feed), (f"{EXAMPLE_SLUG}.yaml", post)), feed_id)
    _check(plan)
    return plan


def _check(plan: StorePlan) -> None:
    """Load the planned store from a scratch directory; its problems are reported under the real names."""
    with tempfile.TemporaryDirectory(prefix="feedtool-init-") as scratch:
        for name, text in plan.files:
            with open(os.path.join(scratch, name), "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        try:
            load_store(scratch)
        except StoreError as exc:
            raise StoreError([_moved(p, scratch, plan.directory) for p in exc.problems]) from None


def _moved(problem: Problem, scratch: str, directory: str) -> Problem:
    return replace(problem, file=problem.file.replace(scratch, directory.rstrip("/") or ".", 1))
