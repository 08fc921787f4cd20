"""JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from a Selection.

No feedgen here (it has no JSON Feed); the document is built as plain dicts in a
fixed key order and written as UTF-8 without escaping, so the same selection
always gives the same bytes.
"""

from __future__ import annotations

import json

from feedtool.generate import _feedgen as g
from feedtool.model import Person, Selection

FILE_NAME = "feed.json"
MEDIA_TYPE = "application/feed+json"
VERSION = "https://jsonfeed.org/version/1.1"


def author(person: Person) -> dict[str, str]:
    """JSON Feed authors carry a name and a URL: the person's uri, else a mailto: URL of the address."""
    out = {"name": person.name}
    url = person.uri or (f"mailto:{person.email}" if person.email else None)
    if url:
        out["url"] = url
    return out


def render(selection: Selection) -> bytes:
    """The JSON Feed for `selection`, as UTF-8 bytes."""
    g.check_xml_safe(selection)  # the same text rules as the XML feeds: one store, three formats
    feed = selection.feed
    g.feed_updated(selection)  # refuses a publication with nothing in it, like the XML feeds
    document: dict = {
        "version": VERSION,
        "title": feed.title,
        "home_page_url": feed.link,
        "feed_url": feed.url(FILE_NAME),
    }
    if feed.paging is not None and feed.paging.prev_archive is not None:
        # JSON Feed pages with next_url, towards older items: the archive pages, newest first.
        document["next_url"] = feed.link + feed.paging.prev_archive + FILE_NAME
    if feed.subtitle:
        document["description"] = feed.subtitle
    if feed.icon:
        document["icon"] = feed.icon
    if feed.favicon:
        document["favicon"] = feed.favicon
    if feed.authors:
        document["authors"] = [author(a) for a in feed.authors]
    document["language"] = feed.language
    if feed.hubs:
        document["hubs"] = [{"type": "WebSub", "url": hub} for hub in feed.hubs]
    document["items"] = [_item(entry, selection) for entry in selection.entries]
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _item(entry, selection: Selection) -> dict:
    feed = selection.feed
    item: dict = {"id": entry.id, "url": entry.link, "title": entry.title}
    if entry.content:
        item["content_html"] = entry.content
        if entry.summary:
            item["summary"] = entry.summary
    else:
        # One of content_html and content_text is required: the summary is then the text itself.
        item["content_text"] = entry.summary or ""
    item["date_published"] = g.local(entry.published, feed.timezone).isoformat()
    item["date_modified"] = g.local(entry.updated, feed.timezone).isoformat()
    if entry.authors:
        item["authors"] = [author(a) for a in entry.authors]
    if entry.tags:
        item["tags"] = list(entry.tags)
    if entry.language and entry.language != feed.language:
        item["language"] = entry.language
    if entry.attachments:
        item["attachments"] = [attachment(a) for a in entry.attachments]
    return item


def attachment(a) -> dict:
    out: dict = {"url": a.url, "mime_type": a.media_type}
    if a.title:
        out["title"] = a.title
    out["size_in_bytes"] = a.length
    return out
