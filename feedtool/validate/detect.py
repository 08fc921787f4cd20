"""Layer 2: which feed format a parsed document is, and what to say about it."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from feedtool.validate import document as d
from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import Finding

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM03_NS = "http://purl.org/atom/ns#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RSS10_NS = "http://purl.org/rss/1.0/"
RSS090_NS = "http://my.netscape.com/rdf/simple/0.9/"
XHTML_NS = "http://www.w3.org/1999/xhtml"
OLDER_RSS = ("0.91", "0.92", "0.93", "0.94")


def _qname(tag) -> etree.QName | None:
    """The root's name, or None: a tag lxml recovered from broken XML may be no valid name
    (`<a:b/>` with an undeclared prefix, followed by junk), and then names no feed."""
    if not isinstance(tag, str) or not tag:
        return None
    try:
        return etree.QName(tag)
    except ValueError:
        return None


def detect_format(root: etree._Element) -> tuple[str | None, str | None]:
    """Return (format, version) for the document whose root is `root`."""
    tag = root.tag if isinstance(root.tag, str) else ""
    qname = _qname(tag)
    if qname is None:
        return None, None
    if qname.localname == "feed" and qname.namespace == ATOM_NS:
        return d.ATOM, "1.0"
    if qname.localname == "entry" and qname.namespace == ATOM_NS:
        return d.ATOM, "1.0"  # an Atom Entry Document (RFC 4287 section 2): the Atom rules check it
    if qname.localname == "feed" and qname.namespace == ATOM03_NS:
        return d.ATOM03, root.get("version") or "0.3"
    if qname.localname == "feed":
        return d.ATOM, None  # Atom-like root in the wrong (or no) namespace: the Atom rules report it
    if qname.localname == "rss" and qname.namespace is None:
        return d.RSS, root.get("version")
    if qname.localname == "RDF" and qname.namespace == RDF_NS:
        namespaces = {child.nsmap.get(None) for child in root if isinstance(child.tag, str)}
        if RSS090_NS in namespaces or root.nsmap.get(None) == RSS090_NS:
            return d.RSS090, "0.90"
        return d.RSS10, "1.0"
    return None, None


def detect_findings(root: etree._Element, fmt: str | None, version: str | None) -> Iterator[Finding]:
    """What layer 2 reports: not a feed, an HTML page, an obsolete format or an older version."""
    if fmt is None:
        qname = _qname(root.tag)
        name = qname.localname if qname else "?"
        if qname is not None and name == "rss":
            yield finding("InvalidNamespace", root, namespace=qname.namespace)
        elif qname is not None and name.lower() == "html" and qname.namespace in (None, XHTML_NS):
            yield finding("HtmlPage.xhtml", root)
        else:
            yield finding("UnknownFormat", root, name=name)
    elif fmt == d.ATOM03:
        yield finding("ObsoleteNamespace", root, version=version or "0.3")
    elif fmt == d.RSS090:
        yield finding("OlderRssVersion.rss090", root)
    elif fmt == d.RSS and version in OLDER_RSS:
        yield finding("OlderRssVersion", root, version=version)


# The media type registered for each format; a feed served as another format's type is misread by
# readers that trust the Content-Type (RSS 1.0 and 0.90 are RDF, so application/rdf+xml fits them).
_FORMAT_MEDIA_TYPES = {
    d.ATOM: ("application/atom+xml",),
    d.ATOM03: ("application/atom+xml",),
    d.RSS: ("application/rss+xml",),
    d.RSS10: ("application/rss+xml", "application/rdf+xml"),
    d.RSS090: ("application/rss+xml", "application/rdf+xml"),
}


def media_type_findings(media_type: str | None, fmt: str | None) -> Iterator[Finding]:
    """A feed served with the media type of another feed format (application/rss+xml for Atom, ...)."""
    if not media_type or fmt not in _FORMAT_MEDIA_TYPES or media_type not in _FEED_SPECIFIC_TYPES:
        return
    expected = _FORMAT_MEDIA_TYPES[fmt]
    if media_type not in expected:
        yield finding("UnexpectedContentType.format", media_type=media_type, format=fragment(f"format.{fmt}"), expected=expected[0] if len(expected) == 1 else fragment("either", first=expected[0], second=expected[1]))


_FEED_SPECIFIC_TYPES = {"application/atom+xml", "application/rss+xml", "application/rdf+xml", "application/feed+json", "application/json"}
