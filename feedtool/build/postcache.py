"""Known posts: what an earlier build made of each post file, so that an edit of one post costs one post.

When one input changed the rebuild cache (feedtool/build/cache.py) misses and the build runs, but in
a store of 10,000 posts 9,999 files still hold the bytes they held last time. Reading and checking
each of them again, and making each publishable again (trimmed text, links made absolute), was most
of an edit's cost. `.feedtool-cache-posts.json` beside the rebuild cache records, for every post file
that loaded without a problem:

- the sha256 of the file's bytes;
- the entry the loader made of them, and its publishable form;
- whether that publishable form gave no content warnings.

A record is used only for a file whose sha256 is the one recorded (known as the rebuild cache knows
it: the stat signature recorded with it, outside the racy window, or the bytes hashed again), and
only under the same context: the feed's settings as the loader read them, the store's path, and the
code (feedtool's source, its dependencies' versions, Python: the rebuild cache's code key). Anything
else, the file is read and checked as in a build without a cache. The records are pure functions of
those inputs, so a record is never stale; the file starts with the sha256 of what follows and is
written atomically, so a truncated or damaged file is ignored as a whole, never trusted.

Posts with a problem (even a warning), or with an attachment from the store (its size is read from
the file system), are never recorded: the loader reads them every time.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from datetime import datetime
from pathlib import Path

from feedtool.dates import fixed
from feedtool.model import Attachment, Entry, Person

POSTS_NAME = ".feedtool-cache-posts.json"
FORMAT_VERSION = 1


class KnownPosts:
    """One build's use of the records: looked up by the store loader, filled by it and by `select`."""

    def __init__(self, cache):
        self.cache = cache  # the rebuild cache: the files' names, the sha256 of their bytes, the code key
        self.out = Path(cache.out)
        self._records = _read(self.out / POSTS_NAME)
        self._context = ""
        self.loaded: dict[str, tuple[str, Entry, bool, int | None]] = {}  # name -> (sha256, entry, explicit id, line)
        self.publishable: dict[Entry, Entry] = {}  # select.publishable, remembered
        self.clean: set[Entry] = set()  # publishable entries with no content warnings
        self._kept: dict[str, tuple[bytes, bool, bool]] = {}  # name -> (its line as read, publishable, clean)

    # --- the store loader's side -------------------------------------------------------

    def start(self, context: str) -> None:
        """The loader read the feed file: `context` is its settings and the store's place."""
        text = f"{FORMAT_VERSION}\0{self.cache.code_key}\0{context}"
        self._context = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        if self._records is not None and self._records[0] != self._context:
            self._records = None

    def lookup(self, display: str) -> tuple[Entry, bool, int | None] | None:
        """The entry recorded for the file at `display`, if its bytes are the ones it was made from."""
        if self._records is None:
            return None
        name = self.cache._name(display)
        record = self._records[1].get(name)
        if record is None:
            return None
        sha = self.cache.known_digest(name)
        if sha is None or sha != record[0]:
            return None
        try:
            entry, explicit_id, line, published, clean = _entry_of(record[1], display)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            return None
        self.loaded[name] = (sha, entry, explicit_id, line)
        if published is not None:
            self.publishable[entry] = published
            if clean:
                self.clean.add(published)
        self._kept[name] = (record[2], published is not None, clean)
        return entry, explicit_id, line

    def remember(self, display: str, entry: Entry, explicit_id: bool, line: int | None) -> None:
        """A post the loader just read and found without a problem (from the bytes the rebuild cache observed)."""
        name = self.cache._name(display)
        observed = self.cache.observed.get(name)
        if observed is None or any(a.path is not None for a in entry.attachments):
            return
        self.loaded[name] = (observed[1], entry, explicit_id, line)

    # --- recording ----------------------------------------------------------------------

    def encode(self) -> bytes:
        """The records of this build's posts (what select made publishable of them, if it did)."""
        lines = []
        for name in sorted(self.loaded):
            sha, entry, explicit_id, line = self.loaded[name]
            published = self.publishable.get(entry)
            kept = self._kept.get(name)
            if kept is not None and kept[1] == (published is not None) \
                    and kept[2] == (published is not None and published in self.clean):
                lines.append(kept[0])  # the record as read: nothing new was learnt of this post
                continue
            record = _record_of(entry, explicit_id, line, published, published is not None and published in self.clean)
            lines.append(json.dumps([name, sha, record], ensure_ascii=False,
                                    separators=(",", ":")).encode("utf-8", "surrogatepass"))
        body = b"\n".join(lines)
        header = json.dumps({"version": FORMAT_VERSION, "context": self._context,
                             "sha256": hashlib.sha256(body).hexdigest()}, separators=(",", ":"))
        return header.encode() + b"\n" + body

    def save(self) -> None:
        from feedtool.build import write

        if not self._context:
            return
        data = self.encode()
        with contextlib.suppress(OSError), write.locked(self.out, exclusive=True) as fd:
            if fd is None:
                return
            os.replace(write._stage(self.out / POSTS_NAME, data), self.out / POSTS_NAME)


def _read(path: Path) -> tuple[str, dict[str, list]] | None:
    """(context, name -> [sha256, record]) from the file, or None when it is missing or not whole."""
    try:
        data = path.read_bytes()
        header, _, body = data.partition(b"\n")
        meta = json.loads(header)
        if not isinstance(meta, dict) or meta.get("version") != FORMAT_VERSION \
                or meta.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        records = {}
        for line in body.split(b"\n") if body else ():
            name, sha, record = json.loads(line)
            records[name] = [sha, record, line]
        return str(meta["context"]), records
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _when(moment: datetime) -> str:
    return moment.isoformat()


def _moment(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("a recorded moment without its offset")
    return fixed(value)  # the store's dates carry a fixed offset (feedtool.dates): the same tzinfo again


def _people(people) -> list:
    return [[p.name, p.email, p.uri] for p in people]


def _record_of(entry: Entry, explicit_id: bool, line: int | None, published: Entry | None, clean: bool) -> dict:
    record = {
        "id": entry.id, "slug": entry.slug, "title": entry.title, "link": entry.link, "published": _when(entry.published),
        "updated": None if entry.updated is entry.published else _when(entry.updated), "authors": _people(entry.authors),
        "summary": entry.summary, "content": entry.content, "tags": list(entry.tags), "language": entry.language,
        "draft": entry.draft, "attachments": [[a.url, a.media_type, a.length, a.title] for a in entry.attachments],
        "explicit_id": explicit_id, "line": line,
    }
    if published is not None:  # what publishable() changed: the rest is the entry's own
        record["publishable"] = {name: _when(value) if isinstance(value, datetime) else value
                                 for name in ("title", "summary", "content", "published", "updated")
                                 if (value := getattr(published, name)) != getattr(entry, name)
                                 or type(value) is not type(getattr(entry, name))}
        record["clean"] = clean
    return record


def _text(value) -> str:
    if type(value) is not str:
        raise TypeError("a recorded text that is not text")
    return value


def _optional(value) -> str | None:
    return None if value is None else _text(value)


def _entry_of(record: dict, display: str) -> tuple[Entry, bool, int | None, Entry | None, bool]:
    """The entry a record describes (ValueError, TypeError, KeyError or IndexError when it does not)."""
    draft, explicit_id, line = record["draft"], record["explicit_id"], record["line"]
    if type(draft) is not bool or type(explicit_id) is not bool or not (line is None or type(line) is int):
        raise TypeError("a recorded flag of the wrong type")
    moment = _moment(record["published"])
    entry = Entry(
        id=_text(record["id"]), slug=_text(record["slug"]), title=_text(record["title"]), link=_text(record["link"]),
        published=moment, updated=moment if record["updated"] is None else _moment(record["updated"]),
        authors=tuple(Person(_text(n), _optional(e), _optional(u)) for n, e, u in record["authors"]),
        summary=_optional(record["summary"]), content=_optional(record["content"]),
        tags=tuple(_text(t) for t in record["tags"]), language=_optional(record["language"]), draft=draft,
        source=display,
        attachments=tuple(Attachment(_text(url), _text(kind), length, _optional(title))
                          for url, kind, length, title in record["attachments"]),
    )
    if any(type(a.length) is not int for a in entry.attachments):
        raise TypeError("a recorded length that is not a number")
    made = None
    changes = record.get("publishable")
    if changes is not None:
        values = {}
        for name, value in changes.items():
            if name in ("published", "updated"):
                values[name] = _moment(value)
            elif name in ("title", "summary", "content"):
                values[name] = _optional(value)
            else:
                raise KeyError(name)
        made = dataclasses.replace(entry, **values) if values else entry
    return entry, explicit_id, line, made, record.get("clean") is True
