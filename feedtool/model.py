"""The feed as feedtool understands it: frozen values, aware datetimes, no I/O.

Every text field holds exactly what the publisher wrote (already checked to be
XML-safe by the store); every datetime is timezone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    email: str | None = None
    uri: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file readers can download with a post (an enclosure): a podcast episode, a PDF."""

    url: str  # absolute http(s) URL
    media_type: str
    length: int  # bytes
    title: str | None = None
    path: str | None = None  # a file of the store: its path below the store, and below the output
    source: str | None = None  # that file in the store, for the build to publish


@dataclass(frozen=True, slots=True)
class Entry:
    id: str  # final id: explicit, or the tag: URI derived from the feed id and slug
    slug: str
    title: str
    link: str  # absolute http(s) URL
    published: datetime  # aware, in the feed's time zone
    updated: datetime  # aware; equals published unless the store says otherwise
    authors: tuple[Person, ...] = ()  # resolved: the feed's author when the entry names none
    summary: str | None = None  # plain text
    content: str | None = None  # HTML
    tags: tuple[str, ...] = ()
    language: str | None = None  # normalised BCP 47 tag, only when it differs from the feed's
    draft: bool = False
    source: str = ""  # the store file this entry came from, for messages
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class Paging:
    """Where a feed document stands among its archive documents (RFC 5005 section 4).

    Places are channel paths below the site ("" is the site root, "archive/3/" an archive page);
    each format links the document of its own kind there.
    """

    archive: bool = False  # an archive document (fh:archive); False: the subscription document
    current: str | None = None  # the subscription document
    prev_archive: str | None = None  # the next older archive document
    next_archive: str | None = None  # the next newer one
    updated: datetime | None = None  # the date of a page with no posts yet: the newest post before it


DEFAULT_ARCHIVE_SIZE = 20


@dataclass(frozen=True, slots=True)
class Feed:
    title: str
    link: str  # the site's absolute http(s) URL, ending in "/"
    id: str  # tag: URI (explicit, or derived; see id_derived)
    language: str = "nl-NL"  # normalised BCP 47 tag
    timezone: str = "Europe/Amsterdam"  # IANA name
    limit: int = 20
    subtitle: str | None = None
    authors: tuple[Person, ...] = ()
    rights: str | None = None
    icon: str | None = None  # absolute URL of a square image for the feed (512 x 512 px is best)
    favicon: str | None = None  # absolute URL of a small square icon (64 x 64 px)
    entries: tuple[Entry, ...] = ()  # every entry of the store, drafts and future ones included
    id_derived: bool = False  # True when the store gave no id and one was derived
    source: str = ""  # the file that holds the feed metadata
    tag_feeds: bool = True  # a feed per tag beside the main feed (`tag_feeds:` in _feed.yaml)
    subscribe_page: bool = True  # index.html, the page to subscribe from (`subscribe_page:`)
    path: str = ""  # where this feed's documents live below the site root: "" or "tags/<slug>/"
    hubs: tuple[str, ...] = ()  # WebSub hubs (`hub:`), linked from every feed document
    archive_size: int = DEFAULT_ARCHIVE_SIZE  # posts per archive page (`archive:`); 0: no archives
    paging: Paging | None = None  # set on the main feed's documents when there are archives

    def url(self, file_name: str) -> str:
        """The absolute URL of this feed's document `file_name` (its self link)."""
        return self.link + self.path + file_name


@dataclass(frozen=True, slots=True)
class Selection:
    """The entries that go into the feeds, newest first, with the feed they belong to."""

    feed: Feed
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    @property
    def updated(self) -> datetime | None:
        return max((e.updated for e in self.entries), default=None)
