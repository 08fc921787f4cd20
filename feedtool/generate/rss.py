"""RSS 2.0 (with the RSS Advisory Board's best practices) from a Selection."""

from __future__ import annotations

import html
import re

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from lxml import etree

from feedtool.generate import _feedgen as g
from feedtool.generate.rssauthor import author_text
from feedtool.model import Entry, Selection

FILE_NAME = "rss.xml"
MEDIA_TYPE = "application/rss+xml"


class _FeedExtension(BaseExtension):
    """Declares dc: and writes lastBuildDate in English, whatever the locale; writes the atom:links
    feedgen has no API for in RSS (WebSub hubs, RFC 5005 archive links) and fh:archive."""

    last_build: str = ""
    links: list = []
    archive: bool = False

    def extend_ns(self):
        return {"dc": g.DC_NS, **({"fh": g.FH_NS} if self.archive else {})}

    def extend_rss(self, feed):
        channel = feed.find("channel")
        channel.find("lastBuildDate").text = self.last_build
        at = max((i + 1 for i, child in enumerate(channel) if child.tag == f"{{{g.ATOM_NS}}}link"), default=0)
        g.insert_links(channel, at, self.links, f"{{{g.ATOM_NS}}}link", self.archive)
        return feed


class _EntryExtension(BaseEntryExtension):
    """Writes what feedgen cannot: authors as W3C wants them, dc:language, an English pubDate."""

    entry: Entry | None = None
    feed_language: str = ""
    pub_date: str = ""

    def extend_rss(self, item):
        entry = self.entry
        etree.SubElement(item, "pubDate").text = self.pub_date
        authors = entry.authors
        # <author> must hold an e-mail address (with the name in brackets) and appear once;
        # everything else is dc:creator, which holds a name.
        single = author_text(authors[0]) if len(authors) == 1 else None
        if single:
            etree.SubElement(item, "author").text = single
        else:
            for author in authors:
                etree.SubElement(item, f"{{{g.DC_NS}}}creator").text = author.name
        if entry.language and entry.language != self.feed_language:
            etree.SubElement(item, f"{{{g.DC_NS}}}language").text = entry.language
        if entry.attachments:  # RSS 2.0 carries one enclosure per item (publishing_warnings says so)
            first = entry.attachments[0]
            etree.SubElement(item, "enclosure", url=first.url, length=str(first.length), type=first.media_type)
        return item


def render(selection: Selection) -> bytes:
    """The RSS feed for `selection`, as UTF-8 bytes; the same selection gives the same bytes."""
    g.check_xml_safe(selection)
    feed = selection.feed
    fg = g.new_generator(selection, self_url=feed.url(FILE_NAME), self_type=MEDIA_TYPE)
    fg.register_extension("feedtool", _FeedExtension, _EntryExtension, atom=False, rss=True)
    fg.feedtool.last_build = g.rfc822(g.feed_updated(selection))
    fg.feedtool.links = g.feed_links(feed, FILE_NAME, MEDIA_TYPE)
    fg.feedtool.archive = g.is_archive(feed)
    fg.description(feed.subtitle or feed.title)  # required in RSS
    for entry in selection.entries:
        fe = g.add_entry(fg, entry)
        fe.guid(entry.id, permalink=entry.id == entry.link)
        if entry.summary:
            # description is HTML in RSS: plain text is escaped once for HTML, once (by lxml) for XML.
            fe.description(html.escape(entry.summary, quote=False))
        if entry.content:
            fe.content(entry.content)  # description first, content:encoded after it
        for tag in entry.tags:
            fe.category(term=tag)
        fe.feedtool.entry = entry
        fe.feedtool.feed_language = feed.language
        fe.feedtool.pub_date = g.rfc822(g.local(entry.published, feed.timezone))
    return g.serialise(_hex_references(fg.rss_str(pretty=True)))


_PLAIN_TEXT = re.compile(rb"(<(title|category|dc:creator|author)>)([^<]*)(</\2>)")
_CHANNEL_DESCRIPTION = re.compile(rb"(<description>)([^<]*)(</description>)")
_HEX = ((b"&amp;", b"&#x26;"), (b"&lt;", b"&#x3C;"), (b"&gt;", b"&#x3E;"))


def _hex(text: bytes) -> bytes:
    for named, hexadecimal in _HEX:
        text = text.replace(named, hexadecimal)
    return text


def _hex_references(data: bytes) -> bytes:
    """`&`, `<` and `>` in plain-text elements as hexadecimal character references.

    The RSS Advisory Board's profile asks for them, since readers disagree on whether RSS
    plain text may hold HTML; with `&amp;` and `&lt;` the W3C validator warns CharacterData.
    Item descriptions are HTML and keep their escaping.
    """
    if b"&" not in data:
        return data
    data = _PLAIN_TEXT.sub(lambda m: m.group(1) + _hex(m.group(3)) + m.group(4), data)
    head, item, rest = data.partition(b"<item>")
    head = _CHANNEL_DESCRIPTION.sub(lambda m: m.group(1) + _hex(m.group(2)) + m.group(3), head, count=1)
    return head + item + rest
