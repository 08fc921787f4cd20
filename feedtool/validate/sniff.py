"""Whether a document is meant to be a feed, judged by its content, not its name.

`validate --skip-non-feeds` (the pre-commit hook) passes over files named like feeds that are
not feeds: a sitemap.xml, an SVG, a package.json. A document counts as a feed when its root
element is an Atom, RSS or RDF root (`<feed>`, `<rss>`, `<rdf:RDF>`, an Atom `<entry>`), or, for
JSON, when it is an object whose "version" names JSON Feed. A broken feed still counts as a
feed (its root is still `<rss>`), so it is validated and fails; only what is plainly something
else is passed over.
"""

from __future__ import annotations

import json
import re

SNIFF_BYTES = 64 * 1024
_XML_PROLOG = re.compile(
    r"""\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*""", re.DOTALL | re.IGNORECASE
)
_FEED_ROOT = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF|entry)[\s>/]")
_JSON_FEED_VERSION = re.compile(r'"version"\s*:\s*"https?://(?:www\.)?jsonfeed\.org/version/')


def _text(data: bytes) -> str:
    head = data[:SNIFF_BYTES]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="replace")
    return head.decode("utf-8", errors="replace")


def is_json_feed(data: bytes) -> bool:
    """Whether `data` is a JSON object that says it is a JSON Feed (its "version")."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError):  # broken (or absurdly nested) JSON: judge by the text
        return _JSON_FEED_VERSION.search(_text(data)) is not None
    version = document.get("version") if isinstance(document, dict) else None
    return isinstance(version, str) and "jsonfeed.org/version/" in version


def looks_like_feed(data: bytes) -> bool:
    """Whether `data` is meant to be a feed (Atom, RSS, RDF or JSON Feed), judged by its content."""
    text = _text(data).lstrip()
    if text.startswith(("{", "[")):
        return is_json_feed(data)
    rest = text[_XML_PROLOG.match(text).end():]
    return _FEED_ROOT.match(rest) is not None


def what_it_is(data: bytes) -> str:
    """A few words naming what a non-feed document is, for the message that it was passed over."""
    text = _text(data).lstrip()
    if text.startswith(("{", "[")):
        return "JSON, but not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")"
    rest = text[_XML_PROLOG.match(text).end():]
    root = re.match(r"<([A-Za-z_][\w.:-]*)", rest)
    if root:
        return f"XML whose root element is <{root.group(1)}>, not <feed>, <rss> or <rdf:RDF>"
    return "neither XML nor JSON"
