"""The namespaces a feed declares: which the validator knows, which are nearly right, which it does not.

Every `xmlns` declaration is judged once, where it is written (as the W3C Feed Validation Service
does, whether or not an element uses it):

- a prefix that conventionally names a known vocabulary, bound to another URI (`xmlns:dc` without
  the trailing slash, `xmlns:itunes` with capitals): ReservedPrefix (MediaRssNamespace for Media
  RSS without its slash);
- a namespace the validator does not know: UnknownNamespace (its elements are not checked);
  a few well-known ones it knows of but has no rules for: UnsupportedNamespace.

A namespace that is nearly a known one (other case, a missing or extra trailing `/` or `#`) is
what its author meant: `canonicalise` renames its elements and attributes to the known namespace,
so that the rules check them (an iTunes feed whose namespace URI has capitals is still a podcast).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from feedtool.validate import values
from feedtool.validate.codes import finding
from feedtool.validate.findings import Finding

MEDIA_RSS = "http://search.yahoo.com/mrss/"

# The vocabularies the validator knows, with the prefix they are conventionally written with.
KNOWN: dict[str, str] = {
    "http://www.w3.org/2005/Atom": "atom",
    "http://www.w3.org/2007/app": "app",
    "http://www.w3.org/1999/xhtml": "xhtml",
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
    "http://purl.org/rss/1.0/": "rss1",
    "http://my.netscape.com/rdf/simple/0.9/": "rss090",
    "http://purl.org/net/rss1.1#": "rss11",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/rss/1.0/modules/syndication/": "sy",
    "http://purl.org/rss/1.0/modules/slash/": "slash",
    "http://purl.org/rss/1.0/modules/taxonomy/": "taxo",
    "http://purl.org/rss/1.0/modules/event/": "ev",
    "http://purl.org/rss/1.0/modules/annotate/": "annotate",
    "http://purl.org/rss/1.0/modules/aggregation/": "ag",
    "http://purl.org/rss/1.0/modules/image/": "image",
    "http://purl.org/rss/1.0/modules/link/": "l",
    "http://purl.org/rss/1.0/modules/reference/": "ref",
    "http://purl.org/rss/1.0/modules/richequiv/": "reqv",
    "http://purl.org/rss/1.0/modules/threading/": "thr",
    "http://purl.org/rss/1.0/modules/search/": "search",
    "http://purl.org/rss/1.0/modules/servicestatus/": "ss",
    "http://purl.org/rss/1.0/modules/subscription/": "sub",
    "http://purl.org/rss/1.0/modules/email/": "email",
    "http://purl.org/rss/1.0/modules/company": "company",
    "http://purl.org/rss/1.0/modules/rss091#": "rss091",
    "http://purl.org/rss/1.0/modules/wiki/": "wiki",
    "http://purl.org/syndication/thread/1.0": "thr",
    "http://purl.org/syndication/history/1.0": "fh",
    "http://webns.net/mvcb/": "admin",
    "http://wellformedweb.org/CommentAPI/": "wfw",
    "http://madskills.com/public/xml/rss/module/trackback/": "trackback",
    "http://my.theinfo.org/changed/1.0/rss/": "cp",
    "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo",
    "http://geourl.org/rss/module/": "geourl",
    "http://www.georss.org/georss": "georss",
    "http://www.opengis.net/gml": "gml",
    "http://postneo.com/icbm": "icbm",
    "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
    "http://search.yahoo.com/mrss/": "media",
    "http://a9.com/-/spec/opensearch/1.1/": "opensearch",
    "http://a9.com/-/spec/opensearchrss/1.0/": "opensearch10",
    "http://rssnamespace.org/feedburner/ext/1.0": "feedburner",
    "http://backend.userland.com/blogChannelModule": "blogChannel",
    "http://backend.userland.com/creativeCommonsRssModule": "creativeCommons",
    "http://web.resource.org/cc/": "cc",
    "http://www.microsoft.com/schemas/rss/core/2005": "cf",
    "http://xmlns.com/foaf/0.1/": "foaf",
    "http://www.w3.org/2000/svg": "svg",
    "http://www.w3.org/1998/Math/MathML": "mathml",
    "http://www.w3.org/1999/xlink": "xlink",
    "http://schemas.xmlsoap.org/soap/envelope/": "soap",
    "urn:atom-extension:indexing": "indexing",
    "http://www.bloglines.com/about/specs/fac-1.0": "access",
    "http://base.google.com/ns/1.0": "g",
    "http://media.tangent.org/rss/1.0/": "audio",
    "http://conversationsnetwork.org/rssNamespace-1.0/": "conversationsNetwork",
    "http://hacks.benhammersley.com/rss/streaming/": "str",
    "http://feedsync.org/2007/feedsync": "sx",
    "http://www.opml.org/spec2": "opml",
    "http://openid.net/xmlns/1.0": "openid",
    "http://www.usemod.com/cgi-bin/mb.pl?ModWiki": "wiki",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
}
# Known to exist, but the validator has no rules for them: their elements go unchecked.
UNSUPPORTED: dict[str, str] = {
    "https://podcastindex.org/namespace/1.0": "Podcasting 2.0",
    "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md": "Podcasting 2.0",
    "http://schemas.google.com/g/2005": "Google Data",
    "http://www.rawvoice.com/rawvoiceRssModule/": "RawVoice",
    "https://schema.org/": "Schema.org",
    "http://schema.org/": "Schema.org",
}
# The prefix each convention reserves, and the namespace it is for.
_PREFERRED: dict[str, str] = {}
for _uri, _prefix in KNOWN.items():
    _PREFERRED.setdefault(_prefix, _uri)
_DECLARATION = re.compile(rb"""\sxmlns(?::([A-Za-z_][\w.\-]*))?\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_HIDDEN = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.S)
_ASCII_FAMILY = ("utf-16", "utf-32", "utf_16", "utf_32", "cp037", "cp500")


def near_miss(uri: str) -> str:
    """`uri` lower-cased, without trailing punctuation: the key under which nearly-right URIs meet."""
    match = re.match(r".*\w", uri, re.S)
    return match.group().lower() if match else uri.lower()


_NEAR: dict[str, str] = {near_miss(uri): uri for uri in KNOWN}


class Declaration(NamedTuple):
    prefix: str | None
    uri: str
    line: int | None


def declarations(data: bytes, root, encoding: str | None) -> list[Declaration]:
    """Every namespace declaration in the document (once per prefix and URI), with its line."""
    seen: dict[tuple[str | None, str], Declaration] = {}
    if encoding and encoding.lower().startswith(_ASCII_FAMILY):
        for element in root.iter():  # a wide encoding: the bytes cannot be scanned, the tree can
            if not isinstance(element.tag, str):
                continue
            parent = element.getparent()
            inherited = parent.nsmap if parent is not None else {}
            for prefix, uri in element.nsmap.items():
                if inherited.get(prefix) != uri:
                    seen.setdefault((prefix, uri), Declaration(prefix, uri, element.sourceline))
        return list(seen.values())
    if b"xmlns" not in data:
        return []
    text = _HIDDEN.sub(lambda m: b"\n" * m.group().count(b"\n"), data) if (b"<![CDATA[" in data or b"<!--" in data) else data
    position = line = 0
    for match in _DECLARATION.finditer(text):
        # only inside a start tag: the last "<" before the match comes after the last ">"
        if text.rfind(b"<", 0, match.start()) < text.rfind(b">", 0, match.start()):
            continue
        line += text.count(b"\n", position, match.start())
        position = match.start()
        prefix = match.group(1).decode("ascii") if match.group(1) else None
        raw = match.group(2) if match.group(2) is not None else match.group(3)
        uri = _decode(raw, encoding)
        seen.setdefault((prefix, uri), Declaration(prefix, uri, line + 1))
    return list(seen.values())


def _decode(raw: bytes, encoding: str | None) -> str:
    import html

    try:
        value = raw.decode(encoding or "utf-8")
    except (LookupError, UnicodeDecodeError):
        value = raw.decode("latin-1")
    return html.unescape(value) if "&" in value else value


def check(found: list[Declaration], atom: bool = False) -> Iterator[Finding]:
    """What the declarations say: prefixes bound to the wrong URI, and namespaces the validator does not know.

    In an Atom document (`atom`), a prefix for the Atom or XHTML namespace is AvoidNamespacePrefix:
    many readers understand those only as the default namespace."""
    for prefix, uri, line in found:
        if atom and prefix and KNOWN.get(uri) in ("atom", "xhtml"):
            yield finding("AvoidNamespacePrefix.declared", line=line, prefix=prefix, namespace=uri)
        if prefix in _PREFERRED and KNOWN.get(uri) != prefix and uri not in UNSUPPORTED:
            preferred = _PREFERRED[prefix]
            if near_miss(uri) == near_miss(MEDIA_RSS) and uri != MEDIA_RSS:
                yield finding("MediaRssNamespace", line=line, right=MEDIA_RSS, wrong=uri)
            elif preferred != uri:
                yield finding("ReservedPrefix", line=line, prefix=prefix, namespace=uri, usual=preferred)
        elif uri in KNOWN:
            continue
        elif uri in UNSUPPORTED:
            yield finding("UnsupportedNamespace", line=line, namespace=uri, name=UNSUPPORTED[uri])
        elif uri[:4].lower() == "urn:" and (problem := values.urn_problem(uri)) is not None:
            # a namespace name is a URI (Namespaces in XML 1.0, section 2.2): a URN one must be a URN
            yield finding(f"{problem.code}.value", line=line, subject=f"xmlns:{prefix}" if prefix else "xmlns", detail=problem.detail)
        elif near_miss(uri) == near_miss(MEDIA_RSS):
            yield finding("MediaRssNamespace", line=line, right=MEDIA_RSS, wrong=uri)
        elif uri and not uri.isspace():
            yield finding("UnknownNamespace.extension", line=line, namespace=uri)


def near_misses(found: list[Declaration]) -> dict[str, str]:
    """Declared URIs that are nearly a known one: {declared: known}."""
    return {uri: _NEAR[near_miss(uri)] for _, uri, _ in found if uri not in KNOWN and near_miss(uri) in _NEAR}


def canonicalise(root, renames: dict[str, str | None]) -> None:
    """Rename the elements and attributes in the nearly-right namespaces to the known namespaces
    (to no namespace where the new one is None)."""
    prefixes = {f"{{{old}}}": f"{{{new}}}" if new is not None else "" for old, new in renames.items()}
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag[0] == "{":
            head = tag[: tag.index("}") + 1]
            if head in prefixes:
                element.tag = prefixes[head] + tag[len(head):]
        for key in [key for key in element.attrib if key[0] == "{" and key[: key.index("}") + 1] in prefixes]:
            head = key[: key.index("}") + 1]
            element.attrib[prefixes[head] + key[len(head):]] = element.attrib.pop(key)
