"""A feed document as the rule layers see it."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

# Formats `detect_format` can name. Atom 1.0, RSS 2.0 (with 0.91-0.94) and the RDF formats RSS 1.0
# and 0.90 get their rule sets; Atom 0.3 is recognised and reported as obsolete.
ATOM = "atom"  # Atom 1.0
RSS = "rss"  # RSS 2.0 (and 0.91/0.92/0.93/0.94 documents with an <rss> root; see `version`)
RSS10 = "rss10"  # RSS 1.0 (RDF)
RSS090 = "rss090"  # RSS 0.90 (RDF)
ATOM03 = "atom03"  # Atom 0.3
JSONFEED = "jsonfeed"  # JSON Feed 1.0 and 1.1 (feedtool/validate/jsonfeed.py; not a Document, JSON has no tree)


@dataclass
class Document:
    data: bytes  # the bytes as read
    root: etree._Element  # parsed with the hardened parser; for "atom" a <feed> or an Atom Entry Document's <entry>
    format: str | None  # one of the constants above, or None when not a feed
    version: str | None = None  # e.g. the rss@version attribute
    encoding: str | None = None  # the encoding the XML parser used
    base_url: str | None = None  # where the bytes came from, when known (URL)
    extra: dict = field(default_factory=dict)  # room for rule layers to share results
