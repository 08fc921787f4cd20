"""`feedtool build` when nothing changed, answered from the rebuild cache without loading click.

A rebuild that does nothing is mostly start-up, and click is a third of that (its import pulls in
inspect, typing, uuid). `answer` reads the build's arguments itself when they are the plain ones
that decide what is published (--store, --out, --now, --include-future, --drafts, --tag-feeds /
--no-tag-feeds, --subscribe-page / --no-subscribe-page, --accept-changes, --strict, --quiet,
--lang) and asks the rebuild cache (feedtool/build/cache.py) the very question `feedtool build`
asks it, with the same options. Anything else (another option, a value that looks like an option,
--help, a journal of an interrupted commit to complete, a bad value, a miss) goes to click and the
full command, which asks again. tests/test_cli_startup.py checks that both read the arguments alike.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from feedtool import i18n
from feedtool.cli._argv import option_value
from feedtool.errors import UsageError
from feedtool.i18n import message as msg

FLAGS = {"--include-future": ("include_future", True), "--drafts": ("drafts", True),
         "--tag-feeds": ("tag_feeds", True), "--no-tag-feeds": ("tag_feeds", False),
         "--subscribe-page": ("subscribe_page", True), "--no-subscribe-page": ("subscribe_page", False),
         "--accept-changes": ("accept_changes", True), "--strict": ("strict", True),
         "--quiet": ("quiet", True), "-q": ("quiet", True)}
VALUES = {"--store": "store", "--out": "out", "--now": "now", "--lang": "lang"}


def parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(msg("cli.now.not_iso", value=value)) from None
    if moment.tzinfo is None:
        raise UsageError(msg("cli.now.no_offset", value=value))
    return moment


def check_out(store: Path, out: Path) -> None:
    """Refuse an output directory that would put the publication over the store or the whole disk."""
    out_real, store_real = Path(os.path.realpath(out)), Path(os.path.realpath(store))
    store_dir = store_real if store_real.is_dir() else store_real.parent
    if out_real == Path(out_real.anchor):
        raise UsageError(msg("cli.out.root", out=str(out)))
    if out_real == store_dir or out_real in store_dir.parents:
        raise UsageError(msg("cli.out.is_store" if out_real == store_dir else "cli.out.holds_store", out=str(out),
                             store=str(store)))


def cache_options(store: Path, out: Path, include_future: bool, drafts: bool, tag_feeds: bool | None,
                  subscribe_page: bool | None, accept_changes: bool, strict: bool, lang: str) -> dict:
    """The options a build's rebuild cache is keyed on (both ways of reading the arguments use this).
    `lang` too: the warnings a hit prints again are in the language they were printed in."""
    return {"store": str(store), "out": str(out), "cwd": os.getcwd(), "include_future": include_future,
            "drafts": drafts, "tag_feeds": tag_feeds, "subscribe_page": subscribe_page,
            "accept_changes": accept_changes, "strict": strict, "lang": lang}


def summary(out: Path, documents: int, entries: int, tags: int, written: int = 0, changed: int = 0,
            removed: int = 0, unchanged: int = 0, *, lang: str) -> str:
    return msg("cli.build.summary", out=str(out), documents=documents, entries=entries_count(entries),
               tags=tag_feeds_count(tags), written=written, changed=changed, removed=removed,
               unchanged=unchanged).render(lang)


def entries_count(count: int) -> i18n.Message:
    return msg("cli.count.entry.one" if count == 1 else "cli.count.entry.other", n=count)


def tag_feeds_count(count: int) -> i18n.Message:
    return msg("cli.count.tag_feed.one" if count == 1 else "cli.count.tag_feed.other", n=count)


def parse(args: list[str]) -> dict | None:
    """The build's arguments as click reads them, or None for anything beyond the plain ones."""
    found: dict = {"store": "entries", "out": "public", "now": None, "include_future": False, "drafts": False,
                   "tag_feeds": None, "subscribe_page": None, "accept_changes": False, "strict": False,
                   "quiet": False, "lang": None}
    index = 0
    while index < len(args):
        arg = args[index]
        name, equals, value = arg.partition("=")
        if name in VALUES and name.startswith("--"):
            value, index = option_value(args, index, equals, value)
            if value is None:
                return None
            found[VALUES[name]] = value
        elif arg in FLAGS:
            key, flag = FLAGS[arg]
            found[key] = flag
        else:
            return None
        index += 1
    if found["lang"] is None:
        found["lang"] = i18n.language_from_environment()  # as --lang's default
    elif found["lang"] not in i18n.LANGUAGES:
        return None
    return found


def answer(args: list[str]) -> bool:
    """Print what `feedtool build ARGS` prints and return True, when the rebuild cache holds it."""
    parsed = parse(args)
    if parsed is None:
        return False
    store, out = Path(parsed["store"]), Path(parsed["out"])
    try:
        check_out(store, out)
        moment = parse_now(parsed["now"])
        from feedtool.build import cache as rebuild_cache
        from feedtool.build.files import JOURNAL_NAME

        if os.path.exists(os.path.join(out, JOURNAL_NAME)):  # an interrupted commit, which the command completes
            return False
        cache = rebuild_cache.RebuildCache.open(out, store, cache_options(
            store, out, parsed["include_future"], parsed["drafts"], parsed["tag_feeds"], parsed["subscribe_page"],
            parsed["accept_changes"], parsed["strict"], parsed["lang"]))
        cached = cache.lookup(moment.timestamp())
    except Exception:  # noqa: BLE001 - a bad value, an unreadable directory: the command says what, as it says it
        return False
    if cached is None:
        return False
    for line in cached.stderr:
        print(line, file=sys.stderr)
    if not parsed["quiet"]:
        print(summary(out, cached.documents, cached.entries, cached.tags, unchanged=cached.documents,
                      lang=parsed["lang"]))
    sys.stdout.flush()
    return True
