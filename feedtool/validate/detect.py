"""Which feed format a parsed document is."""

from __future__ import annotations

from lxml import etree

from feedtool.validate import document as d

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM03_NS = "http://purl.org/atom/ns#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RSS10_NS = "http://purl.org/rss/1.0/"
RSS090_NS = "http://my.netscape.com/rdf/simple/0.9/"


def detect_format(root: etree._Element) -> tuple[str | None, str | None]:
    """Return (format, version) for the document whose root is `root`."""
    tag = root.tag if isinstance(root.tag, str) else ""
    qname = etree.QName(tag) if tag else None
    if qname is None:
        return None, None
    if qname.localname == "feed" and qname.namespace == ATOM_NS:
        return d.ATOM, "1.0"
    if qname.localname == "entry" and qname.namespace == ATOM_NS:
        return d.ATOM, "1.0"  # an Atom Entry Document (RFC 4287 section 2)
    if qname.localname == "feed" and qname.namespace == ATOM03_NS:
        return d.ATOM03, "0.3"
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
