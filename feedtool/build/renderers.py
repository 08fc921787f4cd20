"""Step 2 of a build: the kinds of document a publication holds, declared once.

A renderer turns the site (the store's feed and its channels) into documents,
and says for each how it is read back. The build renders every renderer in
`RENDERERS`, reads every document back, and writes them together; the CLI,
`serve` and `diff` only ever see documents. A new kind of document is one more
renderer here.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from feedtool.build import readback
from feedtool.build.readback import Difference
from feedtool.build.select import Channel
from feedtool.generate import atom, jsonfeed, page, rss
from feedtool.i18n import message as msg
from feedtool.model import Entry, Feed, Selection
from feedtool.publication import Document


@dataclass(frozen=True, slots=True)
class Site:
    """What the renderers render: the store's feed and its channels, the main feed first."""

    feed: Feed
    channels: tuple[Channel, ...]
    archives: tuple[Channel, ...] = ()  # the main feed's archive pages, oldest first (feedtool.build.archive)
    verified: VerifiedDocuments | None = None  # documents read back by an earlier build (the rebuild cache)

    @property
    def main(self) -> Channel:
        return self.channels[0]


@dataclass(frozen=True, slots=True)
class Rendered:
    document: Document
    read_back: Callable[[], list[Difference]]  # every difference between the bytes and what they should say


class VerifiedDocuments(Protocol):
    """Documents that an earlier build rendered from exactly the same input and read back without a
    difference (feedtool.build.cache): their bytes are used again, not rendered and read back again."""

    def reuse(self, path: str, key: str) -> bytes | None:
        """The verified bytes of `path` rendered from input `key`, or None."""

    def note(self, path: str, key: str, data: bytes) -> None:
        """This build's document `path`, rendered from `key` (recorded once the build is committed)."""


def selection_key(fmt: str, path: str, selection: Selection) -> str:
    """A digest of everything a feed document is rendered from: the format, the path and the selection
    (the feed's every field but its list of all entries, which a document does not render, and the
    selected entries). tests/test_build_cache.py checks that rendering does not read that list."""
    feed = dataclasses.replace(selection.feed, entries=())
    h = hashlib.sha256(repr((fmt, path, dataclasses.replace(selection, feed=feed, entries=()))).encode(
        "utf-8", "surrogatepass"))
    for entry in selection.entries:
        h.update(_entry_digest(entry))
    return h.hexdigest()


@functools.lru_cache(maxsize=65536)
def _entry_digest(entry: Entry) -> bytes:
    """An entry's every field, as a digest: the same entry is in a page of each format (and a tag feed)."""
    return hashlib.sha256(repr(entry).encode("utf-8", "surrogatepass")).digest()


class Renderer(Protocol):
    name: str

    def render(self, site: Site) -> Iterator[Rendered]: ...


@dataclass(frozen=True, slots=True)
class FeedFormat:
    """A feed format, rendered once for every channel, at `<channel path><file_name>`."""

    name: str
    label: str  # what a person calls it: "Atom", "RSS", "JSON Feed"
    file_name: str
    media_type: str
    render_selection: Callable[[Selection], bytes]
    compare: Callable[[bytes, Selection], list[Difference]]

    def render(self, site: Site) -> Iterator[Rendered]:
        return self.render_channels(site.channels, self.name, site.verified)

    def render_channels(self, channels: tuple[Channel, ...], kind: str,
                        verified: VerifiedDocuments | None = None) -> Iterator[Rendered]:
        for channel in channels:
            path = channel.path + self.file_name
            key = selection_key(kind, path, channel.selection) if verified is not None else ""
            data = verified.reuse(path, key) if verified is not None else None
            if data is not None:  # read back and found right by an earlier build, from this very input
                read_back = _already_verified
            else:
                data = self.render_selection(channel.selection)
                read_back = partial(self.compare, data, channel.selection)
            if verified is not None:
                verified.note(path, key, data)
            document = Document(path, data, self.media_type, kind, entries=len(channel.selection.entries))
            yield Rendered(document, read_back)


def _already_verified() -> list[Difference]:
    return []


ATOM = FeedFormat("atom", "Atom", atom.FILE_NAME, atom.MEDIA_TYPE, atom.render, readback.compare_feed)
RSS = FeedFormat("rss", "RSS", rss.FILE_NAME, rss.MEDIA_TYPE, rss.render, readback.compare_feed)
JSON_FEED = FeedFormat("jsonfeed", "JSON Feed", jsonfeed.FILE_NAME, jsonfeed.MEDIA_TYPE, jsonfeed.render,
                       readback.compare_json_feed)
FEED_FORMATS: tuple[FeedFormat, ...] = (ATOM, RSS, JSON_FEED)


def feed_links(channel: Channel) -> tuple[page.FeedLink, ...]:
    """The channel's feed documents, one per format, as the subscribe page offers them."""
    return tuple(page.FeedLink(f.label, f.media_type, channel.feed.url(f.file_name)) for f in FEED_FORMATS)


class SubscribePage:
    """index.html at the site root, unless the store says `subscribe_page: false`."""

    name = "subscribe-page"

    def render(self, site: Site) -> Iterator[Rendered]:
        if not site.feed.subscribe_page:
            return
        main = site.main
        expected = readback.ExpectedPage(
            lang=page.words_for(site.feed.language).lang,
            title=main.feed.title,
            feeds=feed_links(main),
            entries=tuple((e.title, e.link) for e in main.selection.entries),
            tags=tuple(page.TagFeeds(c.tag, c.total, feed_links(c)) for c in site.channels[1:]),
        )
        data = page.render(main.feed, main.selection.entries, expected.feeds, expected.tags)
        document = Document(page.FILE_NAME, data, page.MEDIA_TYPE, self.name, entries=len(main.selection.entries))
        yield Rendered(document, partial(readback.compare_page, data, expected))


class ArchivePages:
    """The main feed's archive documents (RFC 5005), `archive/<n>/` in every feed format."""

    name = "archive"

    def render(self, site: Site) -> Iterator[Rendered]:
        for fmt in FEED_FORMATS:
            yield from fmt.render_channels(site.archives, f"{fmt.name}-archive", site.verified)


class AttachmentFiles:
    """The files of the store that posts attach, published at the same path below the output."""

    name = "attachment"

    def render(self, site: Site) -> Iterator[Rendered]:
        seen: set[str] = set()
        for channel in (*site.channels, *site.archives):
            for entry in channel.selection.entries:
                for attachment in entry.attachments:
                    if attachment.path is None or attachment.path in seen:
                        continue
                    seen.add(attachment.path)
                    data = _read_attachment(entry, attachment)
                    document = Document(attachment.path, data, attachment.media_type, self.name)
                    yield Rendered(document, partial(readback.compare_attachment, data, attachment))


def _read_attachment(entry, attachment) -> bytes:
    from feedtool.errors import Problem, StoreError

    try:
        with open(attachment.source, "rb") as handle:
            return handle.read(attachment.length + 1)
    except OSError as exc:
        raise StoreError([Problem(entry.source, msg("store.attachment.unreadable", path=attachment.path,
                                                    reason=exc.strerror or str(exc)), field="attachments",
                                  hint=msg("build.attachment.gone.hint"))]) from None


RENDERERS: tuple[Renderer, ...] = (*FEED_FORMATS, ArchivePages(), AttachmentFiles(), SubscribePage())
