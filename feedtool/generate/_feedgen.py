"""The one adapter around feedgen: what both formats share, with feedgen's traps disarmed.

feedgen prepends entries by default, stamps the build time on `updated` and
`lastBuildDate`, writes its own version into the generator and formats RFC 822
dates by switching the process-wide locale. Every one of those would make our
output non-deterministic or locale-dependent, so this module sets each value
explicitly and writes RFC 822 dates itself.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator

from feedtool.errors import Problem, StoreError
from feedtool.i18n import message as msg
from feedtool.model import Entry, Feed, Person, Selection

# No version number: an upgrade of feedtool must not change the bytes of an unchanged feed.
GENERATOR = "feedtool"
GENERATOR_URI = "https://github.com/feedtool/feedtool"

XML_NS = "http://www.w3.org/XML/1998/namespace"
DC_NS = "http://purl.org/dc/elements/1.1/"
ATOM_NS = "http://www.w3.org/2005/Atom"
FH_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005: fh:archive

# Characters XML 1.0 cannot carry (section 2.2), surrogates included.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def rfc822(moment: datetime) -> str:
    """An RFC 822 date in English whatever the process locale is (`Fri, 21 Dec 2012 10:00:00 +0100`)."""
    return format_datetime(moment)


def local(moment: datetime, timezone: str) -> datetime:
    """`moment` expressed in the feed's time zone, to the second."""
    return moment.astimezone(ZoneInfo(timezone)).replace(microsecond=0)


def person(p: Person) -> dict[str, str]:
    return {k: v for k, v in (("name", p.name), ("email", p.email), ("uri", p.uri)) if v}


# C1 controls are legal XML, but readers take them for Windows-1252 (U+0080 shows as €): they are
# nearly always text from Word that was decoded as Latin-1 somewhere along the way.
_C1_CONTROL = re.compile("[\u0080-\u009f]")


def check_xml_safe(selection: Selection) -> None:
    """Refuse text XML cannot carry, naming file and field (the store should have caught it already)."""
    problems: list[Problem] = []
    feed = selection.feed
    for name in ("title", "subtitle", "rights", "link", "id", "icon", "favicon"):
        _check_text(problems, feed.source, name, getattr(feed, name))
    for entry in selection.entries:
        for name in ("id", "title", "link", "summary", "content", "language"):
            _check_text(problems, entry.source, name, getattr(entry, name))
        for tag in entry.tags:
            _check_text(problems, entry.source, "tags", tag)
        for author in entry.authors:
            for name in ("name", "email", "uri"):
                _check_text(problems, entry.source, f"author.{name}", getattr(author, name))
    if problems:
        raise StoreError(problems)


def _check_text(problems: list[Problem], source: str, field: str, value: str | None) -> None:
    if not value:
        return
    bad = _NOT_XML.search(value)
    if bad:
        problems.append(
            Problem(
                file=source or "<store>",
                field=field,
                message=msg("build.char.not_xml", point=f"U+{ord(bad.group()):04X}"),
                hint=msg("build.char.not_xml.hint"),
            )
        )
        return
    control = _C1_CONTROL.search(value)
    if control:
        meant = bytes([ord(control.group())]).decode("cp1252", errors="replace")
        problems.append(
            Problem(
                file=source or "<store>",
                field=field,
                message=msg("build.char.c1", point=f"U+{ord(control.group()):04X}", meant=meant),
                hint=msg("build.char.c1.hint", meant=meant),
            )
        )


def new_generator(selection: Selection, *, self_url: str, self_type: str) -> FeedGenerator:
    """A FeedGenerator with the feed-level fields both formats share."""
    feed = selection.feed
    fg = FeedGenerator()
    fg.id(feed.id)
    fg.title(feed.title)
    fg.language(feed.language)
    # The RSS channel <link> is the last link added: the self link goes first.
    fg.link(href=self_url, rel="self", type=self_type)
    fg.link(href=feed.link, rel="alternate", type="text/html")
    fg.generator(GENERATOR, uri=GENERATOR_URI)
    if feed.rights:
        fg.rights(feed.rights)
    if feed.favicon:
        fg.icon(feed.favicon)  # Atom <icon>: small and square
    if feed.icon:
        fg.logo(feed.icon)  # Atom <logo>; RSS <image> with the channel's title and link
        fg.image(url=feed.icon, title=feed.title, link=feed.link)
    updated = feed_updated(selection)
    fg.updated(updated)
    fg.lastBuildDate(updated)
    return fg


def feed_links(feed: Feed, file_name: str, media_type: str) -> list[tuple[str, str, str | None]]:
    """(rel, href, type) of the feed's links beyond self and alternate, in a fixed order: its WebSub
    hubs, then where the document stands among the archive documents (RFC 5005), each a document
    of the same format."""
    links: list[tuple[str, str, str | None]] = [("hub", hub, None) for hub in feed.hubs]
    paging = feed.paging
    if paging is not None:
        for rel, path in (("current", paging.current), ("prev-archive", paging.prev_archive),
                          ("next-archive", paging.next_archive)):
            if path is not None:
                links.append((rel, feed.link + path + file_name, media_type))
    return links


def insert_links(parent, at: int, links: list[tuple[str, str, str | None]], link_tag: str, archive: bool) -> None:
    """Put `links` (from feed_links) as `link_tag` elements at index `at` of `parent`, then fh:archive."""
    from lxml import etree

    for rel, href, media_type in links:
        link = etree.Element(link_tag, rel=rel, href=href)
        if media_type:
            link.set("type", media_type)
        parent.insert(at, link)
        at += 1
    if archive:
        parent.insert(at, etree.Element(f"{{{FH_NS}}}archive"))


def is_archive(feed: Feed) -> bool:
    return feed.paging is not None and feed.paging.archive


def feed_updated(selection: Selection) -> datetime:
    """The newest entry's `updated`, never the build time (an empty archive page: the date it stands for)."""
    newest = selection.updated
    if newest is None and selection.feed.paging is not None:
        newest = selection.feed.paging.updated
    if newest is None:
        raise StoreError(
            [
                Problem(
                    file=selection.feed.source or "<store>",
                    message=msg("build.nothing_to_publish"),
                    hint=msg("build.nothing_to_publish.hint"),
                )
            ]
        )
    return local(newest, selection.feed.timezone)


def add_entry(fg: FeedGenerator, entry: Entry):
    fe = fg.add_entry(order="append")  # feedgen prepends by default
    fe.title(entry.title)
    fe.link(href=entry.link, rel="alternate", type="text/html")
    return fe


def serialise(data: bytes) -> bytes:
    """feedgen's output with a final newline, so the files are proper text files."""
    return data if data.endswith(b"\n") else data + b"\n"
