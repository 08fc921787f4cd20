"""What subscribers will see when a feed changes from one version to the next.

Both versions are read the way feed readers read them (feedparser, through
`feedtool.validate.readerview`), after a hardened XML parse has confirmed that
each is a well-formed Atom or RSS document. Entries are matched by id, the
key every reader uses; an entry that disappears while a look-alike (same link,
or same title and date, or same text) appears under another id is reported as a
suspected id change, the change that makes readers show an old post as new.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from feedtool.errors import InputError
from feedtool.guard import same_place
from feedtool.i18n import message as msg
from feedtool.validate import fetch
from feedtool.validate.detect import detect_format
from feedtool.validate.jsontext import looks_like_json
from feedtool.validate.readerview import ReaderViewLeftOut, parse_bounded
from feedtool.validate.xml import DEFAULT_MAX_SIZE, parse_xml

# The fields compared for an entry that keeps its id, in report order.
ENTRY_FIELDS = ("title", "link", "published", "updated", "authors", "summary", "content", "tags")
KINDS = ("new", "updated", "removed", "id-change")


@dataclass(frozen=True, slots=True)
class SeenEntry:
    """One entry as a reader sees it."""

    id: str
    title: str | None
    link: str | None
    published: str | None  # ISO 8601 in UTC when the reader could parse the date, else the raw text
    updated: str | None
    authors: tuple[str, ...]
    summary: str | None
    content: str | None
    tags: tuple[str, ...]
    has_id: bool = True  # False when the feed gave no id and the link stands in (as most readers do)


@dataclass(frozen=True, slots=True)
class SeenFeed:
    source: str
    format: str
    id: str | None
    title: str | None
    link: str | None
    entries: tuple[SeenEntry, ...]


@dataclass(frozen=True, slots=True)
class EntryRef:
    id: str
    title: str | None
    link: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class UpdatedEntry:
    id: str
    title: str | None
    fields: tuple[str, ...]  # which of ENTRY_FIELDS differ
    site_moved: bool = False  # the only change is the link, to the same page on the moved site

    @property
    def notifies(self) -> bool:
        """Readers that track `updated` (most do) show the entry as updated only when it moves."""
        return "updated" in self.fields

    @property
    def redated(self) -> bool:
        return "published" in self.fields


@dataclass(frozen=True, slots=True)
class IdChange:
    old_id: str
    new_id: str
    title: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FeedDiff:
    old: str
    new: str
    new_entries: tuple[EntryRef, ...] = ()
    updated: tuple[UpdatedEntry, ...] = ()
    removed: tuple[EntryRef, ...] = ()
    id_changes: tuple[IdChange, ...] = ()
    unchanged: int = 0
    feed_changes: tuple[tuple[str, str | None, str | None], ...] = ()  # (field, old, new)
    warnings: tuple[str, ...] = field(default=())

    def counts(self) -> dict[str, int]:
        return {
            "new": len(self.new_entries),
            "updated": len(self.updated),
            "removed": len(self.removed),
            "id-change": len(self.id_changes),
            "unchanged": self.unchanged,
        }

    def has(self, kind: str) -> bool:
        if kind == "any":
            return any(self.counts()[k] for k in KINDS) or bool(self.feed_changes)
        return bool(self.counts()[kind])


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """How a feed is read: the download's one deadline, the size limit, and whether internal addresses may be reached."""

    timeout: float = fetch.DEFAULT_TIMEOUT
    max_size: int | None = DEFAULT_MAX_SIZE
    allow_private: bool = False


def read_source(source: str, limits: ReadLimits = ReadLimits()) -> bytes:
    """The bytes of a feed file or an http(s) URL (bounded, through the validator's reader)."""
    if fetch.is_url(source):
        got = fetch.fetch_url(source, timeout=limits.timeout, max_size=limits.max_size, allow_private=limits.allow_private)
    else:
        got = fetch.read_path(source, max_size=limits.max_size)
    if got.data is None:
        errors = tuple(f.message for f in got.findings if f.severity == "error")
        reasons = msg("diff.reasons", reasons=errors) if errors else msg("diff.unreadable")
        raise InputError(reasons if source in str(reasons) else msg("diff.source", source=source, reason=reasons))
    return got.data


def _date(entry, key: str) -> str | None:
    # dict.get, not entry.get: feedparser's own get() passes `published` off as `updated` when
    # a feed has no updated date, and RSS has none.
    parsed = dict.get(entry, f"{key}_parsed")
    if parsed:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
    return dict.get(entry, key)


def _authors(entry) -> tuple[str, ...]:
    names = []
    for author in entry.get("authors") or []:
        name = author.get("name") or author.get("email")
        if name:
            names.append(name)
    if not names and entry.get("author"):
        names.append(entry["author"])
    return tuple(names)


def _content(entry) -> str | None:
    blocks = entry.get("content") or []
    return blocks[0].get("value") if blocks else None


class NotAFeed(InputError):
    """The document is well-formed, but no feed (an HTML page, a package.json)."""


def read_feed(data: bytes, source: str, max_size: int | None = DEFAULT_MAX_SIZE) -> SeenFeed:
    """`data` as readers see it; InputError when it is not a well-formed Atom, RSS or JSON Feed
    (NotAFeed when it is well-formed but no feed)."""
    if looks_like_json(data):
        return _read_json_feed(data, source, max_size)
    parsed_xml = parse_xml(data, max_size=max_size)
    root = parsed_xml.root
    if root is None:
        errors = [f for f in parsed_xml.findings if f.severity == "error"]
        finding = errors[0] if errors else None
        where = f":{finding.line}:{finding.column}" if finding and finding.line else ""
        message = finding.message if finding else msg("diff.not_xml")
        if finding is not None and finding.code == "HtmlPage":
            raise NotAFeed(msg("diff.source", source=source, reason=message))
        raise InputError(msg("diff.unreadable_feed", source=source + where, reason=message))
    fmt, _version = detect_format(root)
    if fmt is None:
        raise NotAFeed(msg("diff.not_a_feed", source=source, tag=str(root.tag)))
    try:
        parsed = parse_bounded(data, root)
    except ReaderViewLeftOut as exc:
        raise InputError(msg("diff.reader_view", source=source, reason=exc.why)) from None
    entries = []
    for raw in parsed.entries:
        eid = raw.get("id") or raw.get("guid")
        has_id = bool(eid)
        eid = eid or raw.get("link") or raw.get("title") or ""
        entries.append(
            SeenEntry(
                id=eid,
                title=raw.get("title"),
                link=raw.get("link"),
                published=_date(raw, "published"),
                updated=_date(raw, "updated"),
                authors=_authors(raw),
                summary=raw.get("summary"),
                content=_content(raw),
                tags=tuple(sorted(t.get("term") for t in raw.get("tags") or [] if t.get("term"))),
                has_id=has_id,
            )
        )
    meta = parsed.feed
    return SeenFeed(
        source=source,
        format=fmt,
        id=meta.get("id"),
        title=meta.get("title"),
        link=meta.get("link"),
        entries=tuple(entries),
    )


def _read_json_feed(data: bytes, source: str, max_size: int | None) -> SeenFeed:
    """A JSON Feed as a reader built on fastfeedparser (an independent JSON Feed reader) sees it."""
    from feedtool.validate import jsonreader
    from feedtool.validate.jsonfeed import is_json_feed
    from feedtool.validate.jsontext import read_json

    if max_size is not None and len(data) > max_size:
        raise InputError(msg("diff.too_large", source=source, size=len(data)))
    text = read_json(data)
    if not text.ok:
        errors = [f for f in text.findings if f.severity == "error"]
        where = f":{errors[0].line}:{errors[0].column}" if errors and errors[0].line else ""
        message = errors[0].message if errors else msg("diff.not_json")
        raise InputError(msg("diff.unreadable_feed", source=source + where, reason=message))
    if not isinstance(text.value, dict) or not is_json_feed(text.value):
        raise NotAFeed(msg("diff.not_json_feed", source=source))
    try:
        parsed = jsonreader.read(data)
    except Exception as exc:  # noqa: BLE001 - a reader that fails on it shows subscribers nothing
        raise InputError(msg("diff.json_reader", source=source, kind=type(exc).__name__, error=str(exc)[:120])) from None
    entries = []
    for raw in parsed.get("entries", []):
        eid = raw.get("id") or ""
        entries.append(SeenEntry(
            id=str(eid) or raw.get("link") or raw.get("title") or "",
            title=raw.get("title"),
            link=raw.get("link"),
            published=_iso_utc(raw.get("published")),
            updated=_iso_utc(raw.get("updated")),
            authors=(raw["author"],) if raw.get("author") else (),
            summary=raw.get("description") or None,
            content=_content(raw),
            tags=tuple(sorted(t.get("term") for t in raw.get("tags") or [] if t.get("term"))),
            has_id=bool(eid),
        ))
    meta = parsed.get("feed", {})
    return SeenFeed(source=source, format="jsonfeed", id=meta.get("id") or None, title=meta.get("title"),
                    link=meta.get("link") or None, entries=tuple(entries))


def _iso_utc(value: str | None) -> str | None:
    """An ISO 8601 date as the XML path gives it (UTC), so both formats compare alike."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).astimezone(UTC).isoformat()
    except ValueError:
        return value


def _ref(entry: SeenEntry) -> EntryRef:
    return EntryRef(entry.id, entry.title, entry.link, entry.published)


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def _lookalike(old: SeenEntry, new: SeenEntry, old_site: str | None, new_site: str | None) -> tuple[str, ...]:
    reasons = []
    if old.link and new.link and same_place(old.link, old_site, new.link, new_site):
        reasons.append("same link")
    if old.title and old.title == new.title and old.published and _day(old.published) == _day(new.published):
        reasons.append("same title and date")
    if (old.content or old.summary) and (old.content, old.summary) == (new.content, new.summary):
        reasons.append("same text")
    return tuple(reasons)


def _duplicates(feed: SeenFeed) -> Iterable[str]:
    counts = Counter(e.id for e in feed.entries)
    for eid, n in sorted(counts.items()):
        if n > 1:
            yield f"{feed.source}: id {eid} appears {n} times; readers show only one of those entries"


def diff_feeds(old: SeenFeed, new: SeenFeed) -> FeedDiff:
    old_by_id = {e.id: e for e in old.entries}
    new_by_id = {e.id: e for e in new.entries}
    added = [e for e in new.entries if e.id not in old_by_id]
    gone = [e for e in old.entries if e.id not in new_by_id]

    id_changes: list[IdChange] = []
    paired_old: set[str] = set()
    paired_new: set[str] = set()
    for candidate in added:
        for previous in gone:
            if previous.id in paired_old:
                continue
            reasons = _lookalike(previous, candidate, old.link, new.link)
            if reasons:
                id_changes.append(IdChange(previous.id, candidate.id, candidate.title, reasons))
                paired_old.add(previous.id)
                paired_new.add(candidate.id)
                break

    updated: list[UpdatedEntry] = []
    unchanged = 0
    for entry in new.entries:
        before = old_by_id.get(entry.id)
        if before is None:
            continue
        changed = tuple(f for f in ENTRY_FIELDS if getattr(before, f) != getattr(entry, f))
        if changed:
            moved = changed == ("link",) and bool(before.link and entry.link) and same_place(
                before.link, old.link, entry.link, new.link
            )
            updated.append(UpdatedEntry(entry.id, entry.title, changed, site_moved=moved))
        else:
            unchanged += 1

    feed_changes = tuple(
        (name, getattr(old, name), getattr(new, name))
        for name in ("format", "id", "title", "link")
        if getattr(old, name) != getattr(new, name)
    )
    warnings = [*_duplicates(old), *_duplicates(new)]
    without_ids = sum(1 for e in new.entries if not e.has_id)
    if without_ids:
        warnings.append(
            f"{new.source}: {without_ids} entries have no id; readers fall back to the link or the text, "
            "and an edit can then show such an entry twice"
        )
    return FeedDiff(
        old=old.source,
        new=new.source,
        new_entries=tuple(_ref(e) for e in added if e.id not in paired_new),
        updated=tuple(updated),
        removed=tuple(_ref(e) for e in gone if e.id not in paired_old),
        id_changes=tuple(id_changes),
        unchanged=unchanged,
        feed_changes=feed_changes,
        warnings=tuple(warnings),
    )


@dataclass(frozen=True, slots=True)
class PublicationDiff:
    """Two publications (output directories) compared feed by feed, matched by path."""

    old: str
    new: str
    documents: tuple[tuple[str, FeedDiff], ...] = ()  # the feeds in both, by path
    added: tuple[str, ...] = ()  # feeds only in the new one: a new tag, say
    removed: tuple[str, ...] = ()  # feeds only in the old one: their subscribers get nothing more

    def counts(self) -> dict[str, int]:
        totals = Counter()
        for _, result in self.documents:
            totals.update(result.counts())
        return {kind: totals[kind] for kind in (*KINDS, "unchanged")}

    def has(self, kind: str) -> bool:
        if kind in ("any", "removed") and self.removed:
            return True
        if kind == "any" and self.added:
            return True
        return any(result.has(kind) for _, result in self.documents)


FEED_SUFFIXES = (".xml", ".atom", ".rss", ".rdf", ".json")


def feed_paths(directory: str) -> list[str]:
    """The documents of a publication that may be feeds: its manifest's, else every feed-like file."""
    from pathlib import Path

    from feedtool.build.write import MANIFEST_NAME, read_manifest

    root = Path(directory)
    if (root / MANIFEST_NAME).exists():
        return sorted(read_manifest(root))
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and p.suffix in FEED_SUFFIXES and not p.name.startswith("."))


def _feeds_of(directory: str, limits: ReadLimits) -> dict[str, SeenFeed]:
    import os

    feeds = {}
    for path in feed_paths(directory):
        source = os.path.join(directory, path)
        try:
            feeds[path] = read_feed(read_source(source, limits), source, limits.max_size)
        except NotAFeed:
            continue  # the subscribe page, a sitemap: not what subscribers poll
    return feeds


def diff_publications(old_dir: str, new_dir: str, limits: ReadLimits = ReadLimits()) -> PublicationDiff:
    old, new = _feeds_of(old_dir, limits), _feeds_of(new_dir, limits)
    return PublicationDiff(
        old=old_dir,
        new=new_dir,
        documents=tuple((path, diff_feeds(old[path], new[path])) for path in sorted(old.keys() & new.keys())),
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(sorted(old.keys() - new.keys())),
    )


def diff_sources(old_source: str, new_source: str, limits: ReadLimits = ReadLimits()) -> FeedDiff | PublicationDiff:
    """Two feeds (files or URLs), or two publications (directories), compared as readers see them."""
    import os

    directories = [os.path.isdir(source) and not fetch.is_url(source) for source in (old_source, new_source)]
    if all(directories):
        return diff_publications(old_source, new_source, limits)
    if any(directories):
        raise InputError(msg("diff.directory_and_file", source=old_source if directories[0] else new_source))
    old = read_feed(read_source(old_source, limits), old_source, limits.max_size)
    new = read_feed(read_source(new_source, limits), new_source, limits.max_size)
    return diff_feeds(old, new)


def to_json(result: FeedDiff | PublicationDiff) -> str:
    """The diff as deterministic JSON (sorted keys, final newline)."""
    if isinstance(result, PublicationDiff):
        data = {
            "old_source": result.old,
            "new_source": result.new,
            "counts": result.counts(),
            "added_feeds": list(result.added),
            "removed_feeds": list(result.removed),
            "feeds": {path: json.loads(to_json(diff)) for path, diff in result.documents},
        }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    data = {
        "old_source": result.old,
        "new_source": result.new,
        "counts": result.counts(),
        "new_entries": [asdict(e) for e in result.new_entries],
        "updated": [
            {**asdict(u), "fields": list(u.fields), "notifies": u.notifies, "redated": u.redated} for u in result.updated
        ],
        "removed": [asdict(e) for e in result.removed],
        "id_changes": [{**asdict(c), "reasons": list(c.reasons)} for c in result.id_changes],
        "feed_changes": [{"field": f, "old": o, "new": n} for f, o, n in result.feed_changes],
        "warnings": list(result.warnings),
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _label(title: str | None) -> str:
    return f'"{title}"' if title else "(untitled)"


def to_text(result: FeedDiff | PublicationDiff) -> str:
    """The diff for people: one line per entry, what readers will do with it."""
    if isinstance(result, PublicationDiff):
        c = result.counts()
        lines = [f"{result.old} -> {result.new}: {len(result.documents)} feeds compared, {len(result.added)} new, "
                 f"{len(result.removed)} gone; {c['new']} new entries, {c['updated']} updated, {c['removed']} removed, "
                 f"{c['id-change']} suspected id changes"]
        lines += [f"new feed:  {path}: readers can subscribe to it" for path in result.added]
        lines += [f"gone feed: {path}: its subscribers get nothing more (their readers report an error)"
                  for path in result.removed]
        for _, diff in result.documents:
            if any(diff.counts()[k] for k in KINDS) or diff.feed_changes or diff.warnings:
                lines.append("")
                lines.append(to_text(diff).rstrip("\n"))
        return "\n".join(lines) + "\n"
    c = result.counts()
    lines = [
        f"{result.old} -> {result.new}: {c['new']} new, {c['updated']} updated, {c['removed']} removed, "
        f"{c['id-change']} suspected id changes, {c['unchanged']} unchanged"
    ]
    for name, old, new in result.feed_changes:
        lines.append(f"feed {name} changed: {old} -> {new}")
    for change in result.id_changes:
        lines.append(
            f"ID CHANGE? {change.old_id} -> {change.new_id} {_label(change.title)} ({', '.join(change.reasons)}): "
            "readers will show it again as a new post"
        )
    for entry in result.new_entries:
        lines.append(f"new:       {entry.id} {_label(entry.title)}: readers show it as a new post")
    for entry in result.updated:
        if entry.site_moved:
            effect = "only the link moved with the site: readers keep the post as it was"
        elif entry.notifies:
            effect = "readers show it as updated"
        else:
            effect = "updated date kept: most readers refresh it quietly, without notifying"
        if entry.redated:
            effect += "; published date changed: some readers move it or show it again"
        lines.append(f"updated:   {entry.id} {_label(entry.title)} [{', '.join(entry.fields)}]: {effect}")
    for entry in result.removed:
        lines.append(f"removed:   {entry.id} {_label(entry.title)}: leaves the feed; readers that have it keep it")
    lines.extend(f"warning: {w}" for w in result.warnings)
    return "\n".join(lines) + "\n"
