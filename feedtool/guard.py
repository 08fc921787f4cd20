"""The id guard: subscribers never see an old post twice.

A feed reader knows a post by its id. When a post that readers already have
comes back under a new id (a renamed slug, a derived feed id that followed a
domain move, an edited `id:`), or with another `published` date, readers show
it as a new post or move it. `build` keeps a record of what it has published
(`_published.json` in the store) and asks this module, before writing, whether
the new build would do that to subscribers.

No I/O here: the record comes in as text and goes out as text; the CLI reads
and writes the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from feedtool.errors import Problem, StoreError
from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.model import Entry, Feed

RECORD_VERSION = 1
RECORD_NAME = "_published.json"
RECORD_COMMENT = (
    "Written by feedtool build: the posts subscribers already have. Commit it with the store. "
    "See docs/subscribers.md."
)


def record_path(store: Path, store_is_dir: bool) -> Path:
    """Where the record of `store` lives: inside a store directory, beside a one-file store."""
    if store_is_dir:
        return store / RECORD_NAME
    return store.with_name(store.stem + ".published.json")


@dataclass(frozen=True, slots=True)
class PublishedEntry:
    """What subscribers have of one post: enough to recognise it under another id."""

    id: str
    slug: str
    title: str
    link: str
    published: datetime
    content: str  # "sha256:<hex>" of the summary and content, see content_hash()

    def to_json(self) -> dict:
        return {
            "slug": self.slug,
            "title": self.title,
            "link": self.link,
            "published": self.published.isoformat(),
            "content": self.content,
        }


@dataclass(frozen=True, slots=True)
class PublishedFeed:
    """One feed of the publication that readers subscribe to: the main feed or a tag's."""

    id: str
    title: str

    def to_json(self) -> dict:
        return {"id": self.id, "title": self.title}


@dataclass(frozen=True, slots=True)
class Record:
    site: str | None = None
    entries: dict[str, PublishedEntry] = field(default_factory=dict)
    feeds: dict[str, PublishedFeed] = field(default_factory=dict)  # by path below the site: "" or "tags/<slug>/"


def published_feeds(channels) -> dict[str, PublishedFeed]:
    """The feeds a build publishes, by path, from its channels (feedtool.build.select.Channel)."""
    return {c.feed.path: PublishedFeed(c.feed.id, c.feed.title) for c in channels}


def content_hash(entry: Entry) -> str:
    body = json.dumps([entry.summary or "", entry.content or ""], ensure_ascii=False)
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()


_EMPTY_CONTENT = "sha256:" + hashlib.sha256(json.dumps(["", ""]).encode("utf-8")).hexdigest()


def published_entry(entry: Entry) -> PublishedEntry:
    return PublishedEntry(
        id=entry.id,
        slug=entry.slug,
        title=entry.title,
        link=entry.link,
        published=entry.published,
        content=content_hash(entry),
    )


def dump_record(record: Record) -> str:
    """Deterministic JSON: sorted keys, two-space indent, UTF-8 text, final newline."""
    data = {
        "comment": RECORD_COMMENT,
        "version": RECORD_VERSION,
        "site": record.site,
        "entries": {eid: record.entries[eid].to_json() for eid in sorted(record.entries)},
        "feeds": {path: record.feeds[path].to_json() for path in sorted(record.feeds)},
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def load_record(text: str, path: str) -> Record:
    """Parse a record; every problem names the file and, where it can, the line and entry."""
    hint = msg("guard.record.hint")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError([Problem(path, msg("guard.record.json", detail=exc.msg), line=exc.lineno, column=exc.colno,
                                  hint=hint)]) from None
    if not isinstance(data, dict):
        raise StoreError([Problem(path, msg("guard.record.not_object"), hint=hint)])
    if data.get("version") != RECORD_VERSION:
        raise StoreError([Problem(path, msg("guard.record.version", found=repr(data.get("version")),
                                            version=RECORD_VERSION), field="version", hint=hint)])
    site = data.get("site")
    if site is not None and not isinstance(site, str):
        raise StoreError([Problem(path, msg("guard.record.site"), field="site", hint=hint)])
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, dict):
        raise StoreError([Problem(path, msg("guard.record.entries"), field="entries", hint=hint)])
    problems: list[Problem] = []
    entries: dict[str, PublishedEntry] = {}
    for eid, raw in raw_entries.items():
        where = f"entries.{eid}"
        if not isinstance(raw, dict):
            problems.append(Problem(path, msg("guard.record.entry"), field=where, hint=hint))
            continue
        values = {}
        for key in ("slug", "title", "link", "published", "content"):
            value = raw.get(key)
            if not isinstance(value, str):
                problems.append(Problem(path, msg("guard.record.value", key=key), field=f"{where}.{key}", hint=hint))
            values[key] = value
        if any(not isinstance(v, str) for v in values.values()):
            continue
        try:
            published = datetime.fromisoformat(values["published"])
        except ValueError:
            problems.append(Problem(path, msg("guard.record.date", shown=values["published"]), field=f"{where}.published",
                                    hint=hint))
            continue
        if published.tzinfo is None:
            problems.append(Problem(path, msg("guard.record.date.offset"), field=f"{where}.published", hint=hint))
            continue
        entries[eid] = PublishedEntry(eid, values["slug"], values["title"], values["link"], published, values["content"])
    feeds: dict[str, PublishedFeed] = {}
    raw_feeds = data.get("feeds", {})  # records from before tag feeds have none
    if not isinstance(raw_feeds, dict):
        problems.append(Problem(path, msg("guard.record.feeds"), field="feeds", hint=hint))
        raw_feeds = {}
    for feed_path, raw in raw_feeds.items():
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("id", "title")):
            problems.append(Problem(path, msg("guard.record.feed"), field=f"feeds.{feed_path}", hint=hint))
            continue
        feeds[feed_path] = PublishedFeed(raw["id"], raw["title"])
    if problems:
        raise StoreError(problems)
    return Record(site=site, entries=entries, feeds=feeds)


@dataclass(frozen=True, slots=True)
class GuardResult:
    """The guard's verdict: problems (refuse when any), the record to write, and what changed."""

    problems: tuple[Problem, ...]
    record: Record
    notes: tuple[Message, ...] = ()  # accepted or harmless changes, for the CLI to mention

    @property
    def refused(self) -> bool:
        return bool(self.problems)


def _site_path(link: str, site: str | None) -> str | None:
    """`link` relative to the site it lives on, or None when it is not on that site."""
    if not site:
        return None
    lp, sp = urlsplit(link), urlsplit(site)
    if (lp.hostname or "").lower() != (sp.hostname or "").lower():
        return None
    site_path = sp.path if sp.path.endswith("/") else sp.path + "/"
    if not lp.path.startswith(site_path):
        return None
    rest = lp.path[len(site_path):]
    return rest + ("?" + lp.query if lp.query else "")


def same_place(old_link: str, old_site: str | None, new_link: str, new_site: str | None) -> bool:
    """Whether two links name the same page: equal, or equal relative to their own sites (a move)."""
    if old_link == new_link:
        return True
    old_rel, new_rel = _site_path(old_link, old_site), _site_path(new_link, new_site)
    if old_rel is not None and old_rel == new_rel:
        return True
    # http -> https or www. added, on a record without a site: compare everything but scheme and host.
    ol, nl = urlsplit(old_link), urlsplit(new_link)
    return bool(ol.path) and (ol.path, ol.query) == (nl.path, nl.query) and _host_moved(ol.hostname, nl.hostname)


def _host_moved(old: str | None, new: str | None) -> bool:
    old, new = (old or "").lower(), (new or "").lower()
    return old.removeprefix("www.") == new.removeprefix("www.")


def _same_title_and_date(old: PublishedEntry, entry: Entry) -> bool:
    return (
        " ".join(old.title.split()).casefold() == " ".join(entry.title.split()).casefold()
        and old.published.astimezone(entry.published.tzinfo).date() == entry.published.date()
    )


def _old_feed_id(old_id: str, new_id: str, slug: str, feed: Feed) -> str | None:
    """The feed id that would give `old_id` back, when the ids differ only in their feed part."""
    if not (old_id.endswith(slug) and new_id.endswith(slug) and new_id.startswith(feed.id)):
        return None
    separator = new_id[len(feed.id) : len(new_id) - len(slug)]
    old_prefix = old_id[: len(old_id) - len(slug)]
    if not old_prefix.endswith(separator) or len(old_prefix) <= len(separator):
        return None
    candidate = old_prefix[: len(old_prefix) - len(separator)]
    return candidate if candidate != feed.id else None


def _lookalike_reasons(old: PublishedEntry, entry: Entry, old_site: str | None, new_site: str) -> list[Message]:
    reasons = []
    if old.slug == entry.slug:
        reasons.append(msg("guard.same.slug", slug=entry.slug))
    if same_place(old.link, old_site, entry.link, new_site):
        reasons.append(msg("guard.same.link"))
    if _same_title_and_date(old, entry):
        reasons.append(msg("guard.same.title_and_date"))
    if old.content != _EMPTY_CONTENT and old.content == content_hash(entry):
        reasons.append(msg("guard.same.content"))
    return reasons


def check(
    record: Record | None,
    feed: Feed,
    published: Sequence[Entry],
    accept_changes: bool = False,
    record_file: str = RECORD_NAME,
    feeds: dict[str, PublishedFeed] | None = None,
) -> GuardResult:
    """Compare what this build would publish with what was published before.

    `published` is the build's selection (the entries going into the feeds);
    `feed.entries` is the whole store, used to tell a post that has merely
    left the feeds from one that has come back under a new id. Without a
    record (first build) nothing is refused and the record starts.
    """
    feeds = dict(feeds or {})
    if record is None:
        entries = {e.id: published_entry(e) for e in published}
        note = msg("guard.note.started", file=record_file, count=len(entries))
        return GuardResult((), Record(site=feed.link, entries=entries, feeds=feeds), (note,))

    problems: list[Problem] = []
    notes: list[Message] = []
    entries = dict(record.entries)
    store_ids = {e.id for e in feed.entries}
    vanished = [old for eid, old in sorted(record.entries.items()) if eid not in store_ids]
    superseded: set[str] = set()

    if record.site and record.site != feed.link:
        notes.append(msg("guard.note.site_moved", old=record.site, new=feed.link))

    for entry in published:
        source = entry.source or record_file
        old = record.entries.get(entry.id)
        if old is not None:
            if old.published.timestamp() != entry.published.timestamp():  # not !=: PEP 495 folds
                message = msg("guard.published_changed", title=entry.title, entry_id=entry.id,
                              old=old.published.isoformat(), new=entry.published.isoformat())
                if accept_changes:
                    notes.append(msg("guard.note.accepted", change=message))
                else:
                    problems.append(Problem(source, message, field="published",
                                            hint=msg("guard.published_changed.hint", old=old.published.isoformat())))
            elif old.link != entry.link and not same_place(old.link, record.site, entry.link, feed.link):
                notes.append(msg("guard.note.link_changed", title=entry.title, entry_id=entry.id, old=old.link,
                                 new=entry.link))
            entries[entry.id] = published_entry(entry)
            continue

        matches = [(old, reasons) for old in vanished if (reasons := _lookalike_reasons(old, entry, record.site, feed.link))]
        if not matches:
            entries[entry.id] = published_entry(entry)
            continue
        for old, reasons in matches:
            message = msg("guard.new_id", title=entry.title, entry_id=entry.id, old=old.id, reasons=tuple(reasons))
            if accept_changes:
                notes.append(msg("guard.note.accepted", change=message))
                superseded.add(old.id)
                continue
            old_feed_id = _old_feed_id(old.id, entry.id, entry.slug, feed)
            if old_feed_id is not None:
                hint = msg("guard.new_id.feed.hint", feed_id=old_feed_id, old=old.id)
            else:
                hint = msg("guard.new_id.hint", old=old.id)
            problems.append(Problem(source, message, field="id", hint=hint))
        entries[entry.id] = published_entry(entry)

    for old_id in superseded:
        entries.pop(old_id, None)
    kept_feeds = dict(record.feeds)
    for path, now_published in sorted(feeds.items()):
        old_feed = record.feeds.get(path)
        if old_feed is not None and old_feed.id != now_published.id:
            where = msg("guard.feed.at", path=path) if path else msg("guard.feed.main")
            message = msg("guard.feed_id", where=where, title=now_published.title, new=now_published.id,
                          old=old_feed.id)
            if accept_changes:
                notes.append(msg("guard.note.accepted", change=message))
            else:
                old_main = record.feeds.get("")
                hint = msg("guard.feed_id.pin.hint", feed_id=old_main.id) \
                    if old_main is not None and old_main.id != feed.id else msg("guard.feed_id.hint")
                problems.append(Problem(feed.source or record_file, message, field="id", hint=hint))
                continue
        kept_feeds[path] = now_published
    new_record = Record(site=feed.link, entries=entries, feeds=kept_feeds)
    if problems:
        return GuardResult(tuple(sorted(problems, key=Problem.sort_key)), record, tuple(notes))
    return GuardResult((), new_record, tuple(notes))
