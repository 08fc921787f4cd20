"""Atom 1.0 (RFC 4287) from a Selection."""

from __future__ import annotations

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from lxml import etree

from feedtool.errors import Problem, StoreError
from feedtool.generate import _feedgen as g
from feedtool.i18n import message as msg
from feedtool.model import Selection

FILE_NAME = "atom.xml"
MEDIA_TYPE = "application/atom+xml"
ATOM_NS = g.ATOM_NS


class _FeedExtension(BaseExtension):
    """Writes the links feedgen drops or refuses (WebSub hubs, RFC 5005 archive links) and fh:archive."""

    links: list = []
    archive: bool = False

    def extend_ns(self):
        return {"fh": g.FH_NS} if self.archive else {}

    def extend_atom(self, feed):
        g.insert_links(feed, _after_links(feed), self.links, "link", self.archive)
        return feed


def _after_links(element) -> int:
    """The index just after the element's last <link> child (feedgen writes unqualified names)."""
    at = 0
    for index, child in enumerate(element):
        if child.tag in ("link", f"{{{ATOM_NS}}}link"):
            at = index + 1
    return at


class _EntryExtension(BaseEntryExtension):
    """Writes what feedgen has no API for: xml:lang on an entry whose language differs,
    and the rel and type of the entry's link, which feedgen 1.0 drops (it reads them
    from the element it has just created instead of from the link it was given)."""

    language: str | None = None
    attachments: tuple = ()

    def extend_atom(self, entry):
        if self.language:
            entry.set(f"{{{g.XML_NS}}}lang", self.language)
        for link in entry.iterchildren("link", f"{{{ATOM_NS}}}link"):  # feedgen writes unqualified names
            if link.get("rel") is None:  # the one link feedtool gives an entry: its web page
                link.set("rel", "alternate")
                link.set("type", "text/html")
        at = _after_links(entry)
        for attachment in self.attachments:  # RFC 4287 4.2.7.2: an enclosure is a link
            link = etree.Element("link", rel="enclosure", type=attachment.media_type, length=str(attachment.length),
                                 href=attachment.url)
            if attachment.title:
                link.set("title", attachment.title)
            entry.insert(at, link)
            at += 1
        return entry


def render(selection: Selection) -> bytes:
    """The Atom feed for `selection`, as UTF-8 bytes; the same selection gives the same bytes."""
    g.check_xml_safe(selection)
    feed = selection.feed
    _require_authors(selection)
    fg = g.new_generator(selection, self_url=feed.url(FILE_NAME), self_type=MEDIA_TYPE)
    fg.register_extension("feedtool", _FeedExtension, _EntryExtension, atom=True, rss=False)
    fg.feedtool.links = g.feed_links(feed, FILE_NAME, MEDIA_TYPE)
    fg.feedtool.archive = g.is_archive(feed)
    if feed.subtitle:
        fg.subtitle(feed.subtitle)
    if feed.authors:
        fg.author([g.person(a) for a in feed.authors])
    for entry in selection.entries:
        fe = g.add_entry(fg, entry)
        fe.id(entry.id)
        fe.published(g.local(entry.published, feed.timezone))
        fe.updated(g.local(entry.updated, feed.timezone))
        # Every entry names its authors, even the feed's: RFC 4287 4.2.1 lets entries inherit them,
        # but most readers (newsboat, feedparser, reader) only look at the entry.
        if entry.authors:
            fe.author([g.person(a) for a in entry.authors])
        if entry.content:
            fe.content(entry.content, type="html")
        if entry.summary:
            fe.summary(entry.summary)  # no type: plain text
        for tag in entry.tags:
            fe.category(term=tag)
        if entry.language and entry.language != feed.language:
            fe.feedtool.language = entry.language
        fe.feedtool.attachments = entry.attachments
    return g.serialise(fg.atom_str(pretty=True))


def _require_authors(selection: Selection) -> None:
    if selection.feed.authors:
        return
    problems = [
        Problem(
            file=entry.source or "<store>",
            field="author",
            message=msg("store.author.missing"),
            hint=msg("store.author.missing.hint", name="_feed.yaml"),
        )
        for entry in selection.entries
        if not entry.authors
    ]
    if problems:
        raise StoreError(problems)
