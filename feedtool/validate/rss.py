"""RSS 2.0 rules (the spec and the RSS Advisory Board profile), and RSS 0.91-0.94 with an <rss> root.

One pass over the channel and its items; every element is dispatched on its Clark name
(`{namespace}local`). Codes are the W3C Feed Validation Service's message names where it
has one, so that our verdicts can be compared with W3C's (docs/rules-rss.md lists them).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from collections.abc import Callable, Iterator

from lxml import etree

from feedtool.validate import namespaces
from feedtool.validate import rssvalues as v
from feedtool.validate import values
from feedtool.validate.document import Document
from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import Finding, at
from feedtool.validate.html import check_html, check_xhtml, looks_like_html

DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
ATOM = "http://www.w3.org/2005/Atom"
SY = "http://purl.org/rss/1.0/modules/syndication/"
ADMIN = "http://webns.net/mvcb/"
SLASH = "http://purl.org/rss/1.0/modules/slash/"
WFW = "http://wellformedweb.org/CommentAPI/"
TRACKBACK = "http://madskills.com/public/xml/rss/module/trackback/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
ICBM = "http://postneo.com/icbm"
GEORSS = "http://www.georss.org/georss"
CHANGED_PAGE = "http://my.theinfo.org/changed/1.0/rss/"
THREAD = "http://purl.org/syndication/thread/1.0"
OPENSEARCH = ("http://a9.com/-/spec/opensearch/1.1/", "http://a9.com/-/spec/opensearchrss/1.0/")
ANNOTATE = "http://purl.org/rss/1.0/modules/annotate/"
GEOURL = "http://geourl.org/rss/module/"
XHTML = "http://www.w3.org/1999/xhtml"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
CC = "http://web.resource.org/cc/"
CREATIVE_COMMONS = "http://backend.userland.com/creativeCommonsRssModule"
BLOGCHANNEL = "http://backend.userland.com/blogChannelModule"
XML_NS = "http://www.w3.org/XML/1998/namespace"
FH = "http://purl.org/syndication/history/1.0"
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
MEDIA_RSS = "http://search.yahoo.com/mrss/"
MEDIA_RSS_NO_SLASH = "http://search.yahoo.com/mrss"
XML_LANG = f"{{{XML_NS}}}lang"
RSS1 = "http://purl.org/rss/1.0/"
FEEDBURNER = "http://rssnamespace.org/feedburner/ext/1.0"
RSS090 = "http://my.netscape.com/rdf/simple/0.9/"

# Namespaces whose elements we know (or at least know to be in use). An element in any
# other namespace gets one UnknownNamespace warning per namespace.
KNOWN_NAMESPACES = frozenset(
    (
        DC, DCTERMS, CONTENT, ATOM, SY, ADMIN, SLASH, WFW, TRACKBACK, GEO, ICBM, GEOURL, XHTML, RDF, CC,
        CREATIVE_COMMONS, BLOGCHANNEL, XML_NS,
        ITUNES,
        MEDIA_RSS,
        MEDIA_RSS_NO_SLASH,
        "http://purl.org/rss/1.0/modules/event/",
        "http://purl.org/rss/1.0/modules/taxonomy/",
        "http://purl.org/rss/1.0/modules/image/",
        ANNOTATE,
        "http://purl.org/rss/1.0/modules/richequiv/",
        "http://purl.org/rss/1.0/modules/reference/",
        "http://purl.org/rss/1.0/modules/threading/",
        "http://purl.org/rss/1.0/modules/link/",
        "http://purl.org/rss/1.0/",
        GEORSS,
        "http://www.opengis.net/gml",
        THREAD,
        FH,
        *OPENSEARCH,
        "http://rssnamespace.org/feedburner/ext/1.0",
        "http://podcastindex.org/namespace/1.0",
        "https://podcastindex.org/namespace/1.0",
        "http://www.google.com/schemas/play-podcasts/1.0",
        "http://www.rssboard.org/media-rss",
        "http://purl.org/net/rss1.1/payload#",
        "http://madskills.com/public/xml/rss/module/pingback/",
        "http://www.w3.org/2003/01/geo/wgs84_pos",
        "http://www.microsoft.com/schemas/rss/core/2005",
        "http://www.w3.org/2000/01/rdf-schema#",
        "http://xmlns.com/foaf/0.1/",
        "http://usefulinc.com/ns/doap#",
        "http://purl.org/dc/dcmitype/",
        "http://www.w3.org/1999/xlink",
        "http://schemas.xmlsoap.org/soap/envelope/",
        "http://www.pheedo.com/namespace/pheedo",
        "http://backend.userland.com/rss2",
        "http://blogs.law.harvard.edu/tech/rss",
        "http://purl.org/rss/2.0/",
        "http://www.w3.org/2001/XMLSchema-instance",
        "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/2000/svg",
        "http://webns.net/mvcb",
        CHANGED_PAGE,
    )
)

# Vocabularies small and stable enough to know whole: an element of one of these namespaces that
# the vocabulary does not define is a typo or an invention (UndefinedElement), not an extension.
VOCABULARIES = {
    DC: frozenset("title creator subject description publisher contributor date type format identifier source language relation coverage rights".split()),
    DCTERMS: frozenset(
        """abstract accessRights accrualMethod accrualPeriodicity accrualPolicy alternative audience available
        bibliographicCitation conformsTo contributor coverage created creator date dateAccepted dateCopyrighted
        dateSubmitted description educationLevel extent format hasFormat hasPart hasVersion identifier
        instructionalMethod isFormatOf isPartOf isReferencedBy isReplacedBy isRequiredBy issued isVersionOf
        language license mediator medium modified provenance publisher references relation replaces requires
        rights rightsHolder source spatial subject tableOfContents temporal title type valid""".split()
    ),  # the DCMI metadata terms
    SY: frozenset(("updatePeriod", "updateFrequency", "updateBase")),
    FEEDBURNER: frozenset("awareness browserFriendly emailServiceId feedFlare info feedburnerHostname origLink origEnclosureLink".split()),
    ADMIN: frozenset(("generatorAgent", "errorReportsTo")),
    SLASH: frozenset(("comments", "section", "department", "hit_parade")),
    CONTENT: frozenset(("encoded", "items", "item", "format", "encoding")),
    TRACKBACK: frozenset(("ping", "about")),
    # W3C's Basic Geo vocabulary, the ICBM and GeoURL modules
    GEO: frozenset("Point SpatialThing lat long alt lat_long location".split()),
    ICBM: frozenset(("latitude", "longitude")),
    GEOURL: frozenset(("latitude", "longitude")),
    THREAD: frozenset(("in-reply-to", "total")),  # RFC 4685
    **{namespace: frozenset(("totalResults", "startIndex", "itemsPerPage", "Query")) for namespace in OPENSEARCH},
    CREATIVE_COMMONS: frozenset(("license",)),
    # Media RSS 1.5.1 (the RSS Board's), with the deprecated media:adult
    **{namespace: frozenset(
        """group content rating title description keywords thumbnail category hash player credit copyright text restriction
        community comments comment embed param responses response backLinks backLink status price license subTitle peerLink
        location rights scenes scene sceneTitle sceneDescription sceneStartTime sceneEndTime starRating statistics tags adult""".split()
    ) for namespace in (MEDIA_RSS, MEDIA_RSS_NO_SLASH)},
    # GeoRSS Simple (georss.org/simple: featuretypetag, relationshiptag, featurename, as Blogger and feedgen write
    # them; W3C knows only the camel-case spellings, accepted too) and its GML wrapper <georss:where>
    GEORSS: frozenset(
        "where point line polygon box featuretypetag relationshiptag featurename featureTypeTag relationshipTag featureName elev floor radius".split()
    ),
}
# Module elements that describe a channel, and those that describe an item: each belongs in its own
# place (RSS 1.0's modules, RFC-less but specified: mod_syndication, mod_admin, mod_content, ...).
_CHANNEL_ONLY = (
    [f"{{{ADMIN}}}{name}" for name in VOCABULARIES[ADMIN]]
    + [f"{{{SY}}}{name}" for name in VOCABULARIES[SY]]
    + [f"{{{CHANGED_PAGE}}}server"]
    + [f"{{{BLOGCHANNEL}}}{name}" for name in ("blogRoll", "mySubscriptions", "blink", "changes")]
    + [f"{{{FEEDBURNER}}}{name}" for name in ("browserFriendly", "emailServiceId", "feedFlare", "info", "feedburnerHostname")]
)
_ITEM_ONLY = (
    [f"{{{CONTENT}}}encoded", f"{{{ANNOTATE}}}reference"]
    + [f"{{{SLASH}}}{name}" for name in VOCABULARIES[SLASH]]
    + [f"{{{WFW}}}{name}" for name in ("comment", "commentRss", "commentRSS")]
    + [f"{{{TRACKBACK}}}{name}" for name in VOCABULARIES[TRACKBACK]]
    + [f"{{http://purl.org/rss/1.0/modules/event/}}{name}" for name in ("startdate", "enddate", "location", "organizer", "type")]
    + [f"{{{FEEDBURNER}}}{name}" for name in ("origLink", "origEnclosureLink")]
)
EXTENSION_PLACES = {**{tag: "channel" for tag in _CHANNEL_ONLY}, **{tag: "item" for tag in _ITEM_ONLY}}
# The places of a feed's structure where those rules apply (an extension element's own children are its vocabulary's business).
STRUCTURE_CONTEXTS = frozenset(("channel", "item", "image", "textinput", "textInput"))

# Vocabularies that describe anything (Atom's elements, Dublin Core, the geo ones): outside the channel
# they are not undefined, but nothing says what they mean there (W3C's QuestionableUsage).
ROOT_QUESTIONABLE = frozenset((ATOM, DC, DCTERMS, GEO, GEOURL, GEORSS, ICBM))
# Atom's elements that an RSS channel or item may carry (the ones that say what RSS cannot, or say it
# for Atom readers), and the RSS element that says what the others would.
ATOM_IN_RSS = {
    "channel": frozenset("author category contributor generator id icon link logo title subtitle rights updated".split()),
    "item": frozenset("id link title summary author contributor content published updated".split()),
}
ATOM_QUESTIONABLE = {
    "author": "author", "category": "category", "content": "description", "contributor": "dc:contributor",
    "generator": "generator", "icon": "image", "id": "guid", "link": "link", "logo": "image", "published": "pubDate",
    "rights": "copyright", "subtitle": "description", "summary": "description", "title": "title", "updated": "pubDate",
}

CHANNEL_UNIQUE = frozenset(
    "title link description language copyright managingEditor webMaster pubDate lastBuildDate generator docs "
    "cloud ttl image rating textInput skipHours skipDays".split()
)
ITEM_UNIQUE = frozenset("title link description author comments guid pubDate source".split())
# Dublin Core dates (W3C-DTF values). Every DC element may repeat (DCMI); only dc:language is
# single in the channel, as W3C has it.
DC_DATES = frozenset(
    [f"{{{DC}}}date"]
    + [f"{{{DCTERMS}}}{name}" for name in "created modified issued date dateAccepted dateCopyrighted dateSubmitted".split()]
)
NAMESPACED_UNIQUE = {
    "channel": frozenset(
        (f"{{{DC}}}language", f"{{{ADMIN}}}generatorAgent", f"{{{ADMIN}}}errorReportsTo", f"{{{SY}}}updatePeriod",
         f"{{{SY}}}updateFrequency", f"{{{SY}}}updateBase")
    ),
    "item": frozenset(
        (f"{{{CONTENT}}}encoded", f"{{{SLASH}}}comments", f"{{{WFW}}}commentRss", f"{{{WFW}}}comment")
    ),
}
# Elements that mean the same as a core element: W3C's DuplicateSemantics / DuplicateItemSemantics.
SAME_MEANING = {
    "channel": (
        ("language", f"{{{DC}}}language"),
        ("copyright", f"{{{DC}}}rights"),
        ("copyright", f"{{{DCTERMS}}}rights"),
        ("managingEditor", f"{{{DC}}}creator"),
        ("webMaster", f"{{{DC}}}publisher"),
        ("pubDate", f"{{{DC}}}date"),
        ("lastBuildDate", f"{{{DCTERMS}}}modified"),
        ("generator", f"{{{ADMIN}}}generatorAgent"),
        ("category", f"{{{DC}}}subject"),
        (f"{{{CC}}}license", f"{{{CREATIVE_COMMONS}}}license"),
    ),
    "item": (
        ("author", f"{{{DC}}}creator"),
        ("category", f"{{{DC}}}subject"),
        ("source", f"{{{DC}}}source"),
        ("pubDate", f"{{{DC}}}date"),
        ("pubDate", f"{{{DCTERMS}}}issued"),
        ("pubDate", f"{{{DCTERMS}}}created"),
        ("pubDate", f"{{{ATOM}}}published"),
        ("pubDate", f"{{{ATOM}}}updated"),
        ("guid", f"{{{ATOM}}}id"),
        (f"{{{CC}}}license", f"{{{CREATIVE_COMMONS}}}license"),
    ),
}
W3CDTF_ELEMENTS = DC_DATES | {f"{{{SY}}}updateBase"}
UPDATE_PERIODS = ("hourly", "daily", "weekly", "monthly", "yearly")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CLOUD_PROTOCOLS = ("xml-rpc", "soap", "http-post")
PERMALINK_SCHEMES = frozenset(("http", "https", "ftp", "ftps"))
# The released versions (W3C InvalidRSSVersion): 0.93 and 0.94 were never finalised, 2.0.1 is a spec revision, not a version.
RSS_VERSIONS = ("0.91", "0.92", "2.0")
FORM_NAME = re.compile(r"[A-Za-z][A-Za-z0-9:._-]*\Z")
IMAGE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{2,5}(?:[?#].*)?\Z")  # the URL names a file type
IMAGE_FORMATS = re.compile(r"\.(?:gif|jpe?g|png)(?:[?#].*)?\Z", re.IGNORECASE)
COMMA_SEPARATED_INTEGERS = re.compile(r"\s*[0-9]+(?:\s*,\s*[0-9]+)*\s*\Z")
# The attributes RSS 2.0 defines on its text elements (all others: none).
CORE_ATTRIBUTES = {"category": ("domain",), "guid": ("isPermaLink",), "source": ("url",), "enclosure": ("url", "length", "type")}
# RFC 5005 feed paging and archiving: relations that belong in the channel (the "head section"),
# and those that say there is another document of the same feed.
HISTORY_RELS = frozenset("current first last next previous prev prev-archive next-archive".split())
PAGED_RELS = frozenset("first last next previous prev prev-archive next-archive".split())
# The IANA link relations registry (the part feeds use); other rels must be full URIs.
REGISTERED_RELS = frozenset(
    "alternate appendix archives author bookmark canonical chapter collection contents copyright current describedby "
    "edit edit-media enclosure first glossary help hub icon index last latest-version license next next-archive "
    "payment prev prev-archive preview previous privacy-policy related replies search section self service start "
    "stylesheet subsection terms-of-service type up version-history via".split()
)
# Apple's podcast tags: where each may appear, and the values of the enumerated ones.
ITUNES_PLACES = {
    "channel": frozenset(
        "author block category complete explicit image keywords new-feed-url owner subtitle summary title type".split()
    ),
    "item": frozenset(
        "author block duration episode episodeType explicit image isClosedCaptioned keywords order season subtitle summary title".split()
    ),
}
ITUNES_BLOCK = ("yes", "no", "clean")  # case-insensitive, as W3C takes it
ITUNES_EXPLICIT = ("true", "false")  # case-insensitive; Apple replaced yes/no/clean by true/false in 2023
ITUNES_TEXT_LIMIT = 255  # itunes:author, keywords, subtitle and the owner's name (Apple, as W3C checks it)
ITUNES_CHANNEL_TYPES = ("episodic", "serial")
ITUNES_EPISODE_TYPES = ("full", "trailer", "bonus")
ITUNES_SUMMARY_LIMIT = 4000
ITUNES_MEDIA = re.compile(r"\.(?:m4a|mp3|mov|mp4|m4v|pdf|epub)(?:[?#].*)?\Z", re.IGNORECASE)
MEDIA_NAMESPACES = (MEDIA_RSS, MEDIA_RSS_NO_SLASH)
MEDIA_MEDIUMS = ("image", "audio", "video", "document", "executable")
MEDIA_EXPRESSIONS = ("sample", "full", "nonstop")
MEDIA_TEXT_TYPES = ("plain", "html")
MEDIA_INTEGER_ATTRIBUTES = ("fileSize", "bitrate", "height", "width", "duration", "channels")
MEDIA_FLOAT_ATTRIBUTES = ("framerate", "samplingrate")
MEDIA_RESTRICTION_TYPES = ("country", "uri", "sharing")
FLOAT = re.compile(r"\s*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*\Z")
ATOM_LINK_ATTRIBUTES = ("href", "rel", "type", "hreflang", "title", "length")
# XML's own entities, escaped once too often: the parsed text still holds "&amp;".
_ESCAPED_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos);")
RSS091_LIMITS = {"title": 100, "link": 500, "description": 500}
NETSCAPE_DTD = "-//Netscape Communications//DTD RSS 0.91//EN"


def _name(tag: str) -> str:
    """A readable name for a Clark-notation tag (dc:date, content:encoded, title)."""
    if tag[0] != "{":
        return tag
    namespace, local = tag[1:].split("}", 1)
    prefix = {DC: "dc", DCTERMS: "dcterms", CONTENT: "content", ATOM: "atom", SY: "sy", ADMIN: "admin", SLASH: "slash",
              WFW: "wfw", TRACKBACK: "trackback", GEO: "geo", XHTML: "xhtml", RDF: "rdf", CC: "cc",
              CREATIVE_COMMONS: "creativeCommons", BLOGCHANNEL: "blogChannel", ITUNES: "itunes", MEDIA_RSS: "media",
              FH: "fh", GEORSS: "georss", CHANGED_PAGE: "cp", FEEDBURNER: "feedburner", THREAD: "thr", OPENSEARCH[0]: "opensearch", OPENSEARCH[1]: "opensearch",
              ICBM: "icbm", GEOURL: "geourl", RSS1: "", RSS090: ""}.get(namespace)
    if prefix == "":  # RSS 1.0 and 0.90: their own elements, named as RSS 2.0's are
        return local
    return f"{prefix}:{local}" if prefix else f"{{{namespace}}}{local}"


def _text(element) -> str:
    """The element's text; entity references that were not expanded (layer 1 reports them) are left out."""
    if len(element) == 0:
        return element.text or ""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child, etree._Entity):
            parts.append(_text(child) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _elements(parent) -> Iterator:
    for child in parent:
        if isinstance(child.tag, str):
            yield child


class _Checker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.source_lines: list[bytes] | None = None  # the document's lines, split when first needed
        self.out: list[Finding] = []
        # RSS 2.0's recommendations (a guid per item, a self link) are for version 2.0 (or none given: 2.0 is meant)
        self.rss2 = doc.version is None or doc.version.strip().startswith("2.")
        self.rss091 = (doc.version or "").strip() == "0.91"
        self.channel_title: str | None = None
        self.channel_link: str | None = None
        self.guids: dict[str, int] = {}
        self.uses_slash_comments: etree._Element | None = None
        # The moment "now" for ImplausibleDate (a POSIX timestamp); callers set doc.extra["now"] for repeatable runs.
        self.now: float | None = doc.extra.get("now")
        # A channel whose <docs> names the RSS Board's spec follows its 2007 clarification allowing
        # namespaced attributes on core elements: UseOfExtensionAttr is for feeds that claim another spec.
        self.rssboard_docs = False
        self.itunes_used = False
        self.itunes_owner_email = False

    # -- helpers ------------------------------------------------------------------------------

    def add(self, id: str, element=None, /, **params) -> None:
        """A finding of the code (or variant) `id` at `element`."""
        self.out.append(finding(id, element, **params))

    def emit(self, problems: list[v.Problem], element) -> None:
        """Findings of the value checks (rssvalues), placed at `element`."""
        line = at(element)
        for problem in problems:
            self.out.append(replace(problem, line=line))

    def no_children(self, element) -> None:
        """A simple-valued element: child elements are undefined."""
        for child in _elements(element):
            self.add("UndefinedElement.text_only", child, element=_name(child.tag), parent=_name(element.tag))

    def simple(self, element, *, blank_ok: bool = False) -> str:
        if len(element):
            self.no_children(element)
        if element.attrib:
            if element.tag[0] != "{":
                self.attributes(element, CORE_ATTRIBUTES.get(element.tag, ()))
            elif XML_LANG in element.attrib:
                self.xml_lang(element)
        value = _text(element)
        if not blank_ok and not value.strip():
            self.add("NotBlank", element, element=_name(element.tag))
        return value

    def unexpected_text(self, element) -> None:
        if element.text and element.text.strip():
            self.add("UnexpectedText", element, element=_name(element.tag), text=element.text.strip()[:30])
        for child in element:
            if child.tail and child.tail.strip():
                self.add(
                    "UnexpectedText.after",
                    child,
                    text=child.tail.strip()[:30],
                    child=_name(child.tag) if isinstance(child.tag, str) else fragment("comment"),
                    element=_name(element.tag),
                )

    def xml_lang(self, element) -> None:
        value = element.get(XML_LANG)
        if value.strip():  # xml:lang="" is allowed: it means "no language"
            self.emit([finding("InvalidLanguage.value", subject="xml:lang", detail=p.message) for p in v.check_language(value)], element)

    def attributes(self, element, allowed: tuple[str, ...]) -> None:
        for attribute in element.attrib:
            if attribute == XML_LANG:
                self.xml_lang(element)
            elif attribute[0] == "{":
                namespace, local = attribute[1:].split("}", 1)
                if element.tag[0] != "{" and namespace != XML_NS and not self.rssboard_docs:
                    self.add("UseOfExtensionAttr", element, attribute=_name(attribute), element=element.tag)
            elif attribute not in allowed:
                hint = next((a for a in allowed if a.lower() == attribute.lower()), None)
                if hint:
                    self.add("UnexpectedAttribute.case", element, attribute=attribute, element=_name(element.tag), hint=hint)
                else:
                    self.add("UnexpectedAttribute", element, attribute=attribute, element=_name(element.tag))

    def duplicates(self, elements: list, unique: frozenset[str], parent: str) -> Counter:
        counts = Counter(e.tag for e in elements)
        seen: set[str] = set()
        for element in elements:
            tag = element.tag
            if counts[tag] > 1 and tag in unique:
                if tag in seen:
                    self.add("DuplicateElement", element, parent=parent, element=_name(tag))
                seen.add(tag)
        return counts

    def same_meaning(self, counts: Counter, elements: list, context: str) -> None:
        code = "DuplicateSemantics" if context == "channel" else "DuplicateItemSemantics"
        for first, second in SAME_MEANING[context]:
            if counts[first] and counts[second]:
                element = next(e for e in elements if e.tag == second)
                self.add(code, element, context=context, first=_name(first), second=_name(second))

    def required(self, counts: Counter, element, names: tuple[tuple[str, str], ...]) -> None:
        parent = _name(element.tag)
        for name, code in names:
            if not counts[name]:
                self.add(code, element, parent=parent, element=name)

    # -- value checks -------------------------------------------------------------------------

    def plain(self, element, *, blank_ok: bool = False) -> None:
        self.text_without_html(element, self.simple(element, blank_ok=blank_ok))

    def text_without_html(self, element, value: str) -> None:
        """ContainsHTML: markup or an HTML entity reference in plain text, or an escaped XML one ("&amp;amp;"
        read as "&amp;", which readers that take titles as HTML show as "&"). As W3C, an element whose source
        line spells characters as hexadecimal references ("&#x26;amp;", the RSS profile's way to write a
        literal "&amp;") meant the text as it reads."""
        if looks_like_html(value) or (_ESCAPED_ENTITY.search(value) and not self.hex_references_on(element)):
            self.add("ContainsHTML", element, element=_name(element.tag), text=value.strip()[:40])

    def hex_references_on(self, element) -> bool:
        if self.source_lines is None:
            self.source_lines = self.doc.data.split(b"\n")
        line = at(element)
        return line is not None and line <= len(self.source_lines) and b"&#x" in self.source_lines[line - 1]

    def url(self, element, *, what=None) -> str:
        value = self.simple(element, blank_ok=True)
        self.emit(v.check_full_url(value, what or f"<{_name(element.tag)}>"), element)
        return value

    def email(self, element) -> None:
        value = self.simple(element, blank_ok=True)
        problems = v.check_email_with_name(value)
        self.emit([p if p.code != "InvalidContact" else finding("InvalidContact.in", element=_name(element.tag), detail=p.message) for p in problems], element)

    def date822(self, element) -> None:
        value = self.simple(element, blank_ok=True)
        self.emit(v.check_rfc822(value, now=self.now)[1], element)

    def w3cdtf(self, element) -> None:
        value = self.simple(element, blank_ok=True)
        self.emit(v.check_w3cdtf(value, now=self.now)[1], element)

    def language(self, element) -> None:
        self.emit(v.check_language(self.simple(element, blank_ok=True)), element)

    def value_problem(self, problem, element, subject) -> None:
        """A value check's problem (feedtool.validate.values) about `subject`."""
        self.add(f"{problem.code}.value", element, subject=subject, detail=problem.detail)

    def positive(self, element) -> None:
        value = self.simple(element)
        self.emit(v.check_positive_integer(value, f"<{_name(element.tag)}>"), element)

    def nonnegative(self, element) -> None:
        value = self.simple(element)
        self.emit(v.check_nonnegative_integer(value, f"<{_name(element.tag)}>"), element)

    def html(self, element) -> None:
        value = self.simple(element, blank_ok=True)
        self.out.extend(check_html(value, element, where=_name(element.tag), parse=True))

    def category(self, element, *, blank_ok: bool = False) -> None:
        self.plain(element, blank_ok=blank_ok)
        domain = element.get("domain")
        if domain is not None and not domain.strip():
            self.add("AttrNotBlank", element)

    def resource_url(self, element, attribute: str = f"{{{RDF}}}resource") -> None:
        value = element.get(attribute)
        if value is None:
            self.add("MissingAttribute.rdf_resource", element, element=_name(element.tag))
        else:
            self.emit(v.check_full_url(value, fragment("subject.rdf_resource", element=_name(element.tag)), code="InvalidURLAttribute"), element)

    # -- structures ---------------------------------------------------------------------------

    def rss(self, root) -> None:
        # DeprecatedDTD itself is layer 1's (xml.py); the clash with the version is ours.
        docinfo = root.getroottree().docinfo
        if (docinfo.public_id == NETSCAPE_DTD or "my.netscape.com" in (docinfo.system_url or "")) and self.doc.version != "0.91":
            self.out.append(finding("InvalidDoctype", line=1, version=self.doc.version))
        version = root.get("version")
        if version is None:
            self.add("MissingAttribute.rss_version", root)
        elif version not in RSS_VERSIONS:
            self.add("InvalidRSSVersion", root, version=version)
        self.attributes(root, ("version",))
        self.unexpected_text(root)
        channels = []
        for child in _elements(root):
            if child.tag == "channel":
                channels.append(child)
            elif child.tag[0] == "{":
                namespace = child.tag[1:].split("}", 1)[0]
                if namespace in ROOT_QUESTIONABLE:  # meant for the channel, most likely: it may mean something here too
                    self.add("QuestionableUsage", child, element=_name(child.tag), parent="rss")
                elif namespace in namespaces.KNOWN:
                    self.add("UndefinedElement.rss_root", child, element=_name(child.tag))
            else:
                self.add("UndefinedElement.rss_root", child, element=child.tag)
        if not channels:
            self.add("MissingElement.channel", root)
        for extra in channels[1:]:
            self.add("DuplicateElement.channel", extra)
        if channels:
            self.channel(channels[0])

    def channel(self, channel) -> None:
        self.attributes(channel, ())
        self.unexpected_text(channel)
        elements = list(_elements(channel))
        counts = self.duplicates(elements, CHANNEL_UNIQUE | NAMESPACED_UNIQUE["channel"], "channel")
        for element in elements:
            if element.tag == "docs" and "rssboard.org" in _text(element):
                self.rssboard_docs = True
            if element.tag == "title" and self.channel_title is None:
                self.channel_title = _text(element).strip()
            elif element.tag == "link" and self.channel_link is None:
                self.channel_link = _text(element).strip()
        items = []
        self_links = []
        atom_links = []
        misplaced = False
        for element in elements:
            tag = element.tag
            if tag == "item":
                items.append(element)
                continue
            if items and not misplaced and (tag[0] != "{" or tag == f"{{{ATOM}}}link"):
                misplaced = True
                self.add("MisplacedItem", element, element=_name(tag))
            handler = CHANNEL_HANDLERS.get(tag)
            if handler is not None:
                handler(self, element)
            elif tag[0] == "{":
                if tag == f"{{{ATOM}}}link":
                    self.atom_link(element)
                    atom_links.append(element)
                    if element.get("rel") == "self":
                        self_links.append(element)
                else:
                    self.namespaced(element, "channel")
            elif tag == "blink":
                self.add("NoBlink", element)
            else:
                self.undefined(element, "channel")
        self.required(counts, channel, (("title", "MissingTitle"), ("link", "MissingLink"), ("description", "MissingDescription")))
        self.same_meaning(counts, elements, "channel")
        if self.rss091 and not counts["language"]:
            self.add("Rss091Constraint", channel)
        if self.rss2 and not self_links:
            self.add("MissingAtomSelfLink", channel)
        self.feed_history(channel, counts, atom_links)
        for item in items:
            self.item(item)
        if self.itunes_used:
            self.itunes_channel(channel, counts, items)
        if self.uses_slash_comments is not None and not counts["lastBuildDate"]:
            self.add("SlashDate", self.uses_slash_comments)

    def undefined(self, element, parent: str) -> None:
        self.add("UndefinedElement", element, element=element.tag, parent=parent)

    def namespaced(self, element, context: str) -> None:
        tag = element.tag
        if tag.startswith(f"{{{ITUNES}}}"):
            self.itunes(element, context)
            return
        namespace = tag[1:].split("}", 1)[0]
        if namespace in MEDIA_NAMESPACES:
            self.media(element, namespace)
            return
        local = tag.split("}", 1)[1]
        if namespace == DC and "." in local:  # "qualified" Dublin Core (dc:date.Taken): a refinement of dc:date
            local = local.split(".", 1)[0]
            tag = f"{{{DC}}}{local}"
        vocabulary = VOCABULARIES.get(namespace)
        if vocabulary is not None and local not in vocabulary:
            self.add("UndefinedElement.vocabulary", element, element=_name(tag), namespace=namespace, known=", ".join(sorted(vocabulary)))
            return
        if namespace == ATOM and context in ATOM_IN_RSS and self.rss2 and local not in ATOM_IN_RSS[context]:
            if local in ATOM_QUESTIONABLE:
                self.add("QuestionableUsage.atom", element, element=_name(tag), parent=context, hint=f"<{ATOM_QUESTIONABLE[local]}>")
            else:
                self.undefined(element, context)
            return
        place = EXTENSION_PLACES.get(tag)
        if place is not None and context in STRUCTURE_CONTEXTS and context != place:
            self.add("UndefinedElement.place", element, element=_name(tag), parent=context, places=f"<{place}>")
            return
        handler = NAMESPACED_HANDLERS.get(tag)
        if handler is not None:
            handler(self, element)
            return
        if namespace in (DC, DCTERMS):
            self.simple(element, blank_ok=True)
        elif self.rss2 and context in STRUCTURE_CONTEXTS:
            self.not_in_a_namespace(element)

    def not_in_a_namespace(self, element) -> None:
        """RSS 2.0 admits other elements only in a namespace: inside an extension element too
        (an element in no namespace there belongs to no vocabulary)."""
        for descendant in element.iter():
            if isinstance(descendant.tag, str) and descendant.tag[0] == "{":
                for child in _elements(descendant):
                    if child.tag[0] != "{":
                        self.add("NotInANamespace", child, element=child.tag, parent=_name(descendant.tag))


    # -- iTunes podcast tags -----------------------------------------------------------------------

    def itunes(self, element, context: str) -> None:
        local = element.tag.split("}", 1)[1]
        self.itunes_used = True
        places = ITUNES_PLACES.get(context)
        if context != "extension" and (places is None or local not in places):
            places = [f"<{c}>" for c, names in ITUNES_PLACES.items() if local in names]
            where = fragment("either", first=places[0], second=places[1]) if len(places) == 2 else places[0] if places else fragment("itunes.nowhere")
            self.add("UndefinedElement.itunes_place", element, element=local, parent=_name(context) if context[0] == "{" else context, places=where)
            return
        handler = ITUNES_HANDLERS.get(local)
        if handler is not None:
            handler(self, element)
        elif local != "owner":
            self.simple(element, blank_ok=True)

    def itunes_choice(self, element, allowed: tuple[str, ...], code: str, *, fold_case: bool = False) -> None:
        value = self.simple(element, blank_ok=True).strip()
        if (value.lower() if fold_case else value) not in allowed:
            self.add(code, element, element=f"{element.prefix or 'itunes'}:{element.tag.split('}', 1)[1]}", allowed=", ".join(allowed), value=value)

    def itunes_category(self, element, parent: str | None = None) -> None:
        name = element.get("text")
        if name is None:
            self.add("MissingAttribute.itunes_category", element)
        else:
            self.emit(v.check_itunes_category(name, parent), element)
        for child in _elements(element):
            if child.tag == f"{{{ITUNES}}}category" and parent is None:
                self.itunes_category(child, name)
            elif child.tag[0] == "{" and not child.tag.startswith(f"{{{ITUNES}}}"):
                self.namespaced(child, "itunes:category")
            else:
                self.add("UndefinedElement.itunes_category", child, element=_name(child.tag))

    def itunes_image(self, element) -> None:
        """href only, and nothing inside (W3C reports text in it, and any other attribute)."""
        self.url_attribute(element, "href", "artwork", download=True)
        for attribute in element.attrib:
            if attribute != "href" and attribute[0] != "{":
                self.add("UnexpectedAttribute", element, attribute=attribute, element="itunes:image")
        self.unexpected_text(element)
        for child in _elements(element):
            self.add("UndefinedElement.text_only", child, element=_name(child.tag), parent="itunes:image")

    def itunes_text(self, element, limit: int) -> None:
        """Plain text of at most `limit` characters."""
        value = self.simple(element, blank_ok=True)
        self.text_without_html(element, value)
        if len(value) > limit:
            self.add("TooLong.limit", element, element=_name(element.tag), length=len(value), limit=limit)

    def itunes_owner(self, element) -> None:
        self.itunes_owner_email = True  # an owner at all: a missing email in it is reported here
        if not any(c.tag == f"{{{ITUNES}}}email" for c in _elements(element)):
            self.add("MissingElement", element, parent="itunes:owner", element="itunes:email")
        for child in _elements(element):
            if child.tag == f"{{{ITUNES}}}email":
                value = self.simple(child, blank_ok=True).strip()
                if values.addr_spec_problem(value) is not None:
                    self.add("InvalidContact.itunes", child, value=value)
            elif child.tag == f"{{{ITUNES}}}name":
                self.itunes_text(child, ITUNES_TEXT_LIMIT)
            elif child.tag[0] == "{" and not child.tag.startswith(f"{{{ITUNES}}}"):
                self.namespaced(child, "itunes:owner")
            else:
                self.add("UndefinedElement.itunes_owner", child, element=_name(child.tag))

    def itunes_summary(self, element) -> None:
        self.itunes_text(element, ITUNES_SUMMARY_LIMIT)

    def itunes_keywords(self, element) -> None:
        self.itunes_text(element, ITUNES_TEXT_LIMIT)
        value = _text(element).strip()
        if "," not in value and len(value.split()) > 1:
            self.add("InvalidKeywords", element, value=value[:40])

    def itunes_channel(self, channel, counts: Counter, items: list) -> None:
        """The recommendations for a podcast (a channel that uses iTunes tags)."""
        if not self.itunes_owner_email:
            self.add("MissingItunesEmail", channel)
        for tag, name in (("language", "language"), (f"{{{ITUNES}}}category", "itunes:category"), (f"{{{ITUNES}}}explicit", "itunes:explicit")):
            if not counts[tag] and not (tag == "language" and (channel.get(XML_LANG) or channel.getparent().get(XML_LANG))):
                self.add("MissingItunesElement", channel, element=name)
        for item in items:
            for enclosure in item.iterchildren("enclosure"):
                url = (enclosure.get("url") or "").strip()
                if url and not ITUNES_MEDIA.search(url):
                    self.add("UnsupportedItunesFormat", enclosure, url=url)

    # -- Media RSS --------------------------------------------------------------------------------

    def media(self, element, namespace: str) -> None:
        local = element.tag.split("}", 1)[1]
        if local not in VOCABULARIES[namespace]:
            self.add("UndefinedElement.vocabulary", element, element=f"media:{local}", namespace=namespace, known=", ".join(sorted(VOCABULARIES[namespace])))
            return
        handler = MEDIA_HANDLERS.get(local)
        if handler is not None:
            handler(self, element)
        for child in _elements(element):
            if child.tag[0] == "{":
                self.namespaced(child, "media")
            else:
                self.undefined(child, f"media:{local}")

    def media_attribute_choice(self, element, attribute: str, allowed: tuple[str, ...], code: str, *, default: str | None = None) -> None:
        value = element.get(attribute, default)
        if value is not None and value.strip() not in allowed:
            self.add(code, element, attribute=attribute, element=element.tag.split("}", 1)[1], allowed=", ".join(allowed), value=value)

    def media_numbers(self, element, integers: tuple[str, ...], floats: tuple[str, ...] = ()) -> None:
        for attribute in integers:
            value = element.get(attribute)
            if value is not None:
                self.emit(v.check_nonnegative_integer(value, attribute_subject(attribute, f"media:{element.tag.split('}', 1)[1]}")), element)
        for attribute in floats:
            value = element.get(attribute)
            if value is not None and not FLOAT.match(value):
                self.add("InvalidFloat.media", element, attribute=attribute, element=element.tag.split("}", 1)[1], value=value)

    def media_content(self, element) -> None:
        url = element.get("url")
        if url is not None:
            self.emit(v.check_full_url(url, attribute_subject("url", "media:content"), code="InvalidURLAttribute"), element)
        elif not any(c.tag.endswith("}player") for c in _elements(element)):
            self.add("MissingAttribute.media_content", element)
        self.media_attribute_choice(element, "medium", MEDIA_MEDIUMS, "InvalidMediaMedium")
        self.media_attribute_choice(element, "expression", MEDIA_EXPRESSIONS, "InvalidMediaExpression")
        self.media_attribute_choice(element, "isDefault", ("true", "false"), "InvalidTrueFalse")
        self.media_numbers(element, MEDIA_INTEGER_ATTRIBUTES, MEDIA_FLOAT_ATTRIBUTES)
        mime = element.get("type")
        if mime is not None and values.mime_type_problem(mime.strip()) is not None:
            self.add("InvalidMIMEAttribute", element, element="media:content", example="video/mp4", value=mime)

    def media_thumbnail(self, element) -> None:
        self.url_attribute(element, "url", "image")
        self.media_numbers(element, ("height", "width"))
        if element.get("time") is not None:
            self.emit(v.check_npt(element.get("time"), attribute_subject("time", "media:thumbnail")), element)

    def media_text(self, element) -> None:
        self.media_attribute_choice(element, "type", MEDIA_TEXT_TYPES, "InvalidMediaTextType")
        for attribute in ("start", "end"):
            if element.get(attribute) is not None:
                self.emit(v.check_npt(element.get(attribute), attribute_subject(attribute, "media:text")), element)

    def media_group(self, element) -> None:
        contents = sum(1 for c in _elements(element) if c.tag in (f"{{{MEDIA_RSS}}}content", f"{{{MEDIA_RSS_NO_SLASH}}}content"))
        if contents < 2:
            self.add("MediaGroupWithoutAlternatives", element, count=contents)

    def media_restriction(self, element) -> None:
        self.media_attribute_choice(element, "relationship", ("allow", "deny"), "InvalidMediaRestrictionRel", default="")
        kind = element.get("type")
        if kind is not None:
            self.media_attribute_choice(element, "type", MEDIA_RESTRICTION_TYPES, "InvalidMediaRestrictionType")
        elif _text(element).strip() not in ("all", "none"):
            self.add("InvalidMediaRestriction", element, value=_text(element).strip())

    def media_credit(self, element) -> None:
        role = element.get("role")
        if role is not None and role != role.lower():
            self.add("InvalidCreditRole", element, role=role)

    def image(self, image) -> None:
        self.attributes(image, ())
        self.unexpected_text(image)
        elements = list(_elements(image))
        counts = self.duplicates(elements, frozenset("url title link width height description".split()), "image")
        for element in elements:
            tag = element.tag
            if tag in ("url", "link"):
                value = self.url(element, what=f"<image><{tag}>")
                if tag == "url" and IMAGE_EXTENSION.search(value.strip()) and not IMAGE_FORMATS.search(value.strip()):
                    self.add("ImageUrlFormat", element, url=value.strip())
                if tag == "link" and self.channel_link is not None and value.strip() != self.channel_link:
                    self.add("ImageLinkDoesntMatch", element)
            elif tag == "title":
                self.plain(element)
                if self.channel_title is not None and _text(element).strip() != self.channel_title:
                    self.add("ImageTitleDoesntMatch", element)
            elif tag in ("width", "height"):
                number = v.parse_integer(self.simple(element, blank_ok=True))
                limit = 144 if tag == "width" else 400
                if number is None or not 0 < number <= limit:
                    code = "InvalidWidth" if tag == "width" else "InvalidHeight"
                    self.add(code, element, element=tag, limit=limit, value=_text(element).strip())
            elif tag == "description":
                self.plain(element)
            elif tag[0] == "{":
                self.namespaced(element, "image")
            else:
                self.undefined(element, "image")
        self.required(counts, image, (("url", "MissingElement"), ("title", "MissingTitle"), ("link", "MissingLink")))

    def text_input(self, text_input) -> None:
        self.add("AvoidTextInput", text_input)
        self.attributes(text_input, ())
        self.unexpected_text(text_input)
        elements = list(_elements(text_input))
        counts = self.duplicates(elements, frozenset("title description name link".split()), "textInput")
        for element in elements:
            tag = element.tag
            if tag in ("title", "description"):
                self.plain(element)
            elif tag == "link":
                self.url(element, what="<textInput><link>")
            elif tag == "name":
                value = self.simple(element).strip()
                if not FORM_NAME.match(value):
                    self.add("InvalidFormComponentName", element, value=value)
            elif tag[0] == "{":
                self.namespaced(element, "textInput")
            else:
                self.undefined(element, "textInput")
        self.required(counts, text_input, (("title", "MissingTitle"), ("description", "MissingDescription"), ("name", "MissingElement"), ("link", "MissingLink")))

    def cloud(self, cloud) -> None:
        names = ("domain", "port", "path", "registerProcedure", "protocol")
        self.attributes(cloud, names)
        for name in names:
            if cloud.get(name) is None:
                self.add("MissingAttribute", cloud, element="cloud", attribute=name, hint=fragment("hint.cloud"))
        port = cloud.get("port")
        if port is not None and not (v.parse_integer(port) is not None and 0 < int(port) < 65536):
            self.add("InvalidIntegerAttribute", cloud, value=port)
        protocol = cloud.get("protocol")
        if protocol is not None and protocol not in CLOUD_PROTOCOLS:
            self.add("InvalidValue", cloud, allowed=", ".join(CLOUD_PROTOCOLS), value=protocol)
        self.unexpected_text(cloud)
        for child in _elements(cloud):
            self.undefined(child, "cloud")

    def skip_hours(self, skip) -> None:
        self.skip_list(skip, "hour", 24, "NotEnoughHoursInTheDay")

    def skip_days(self, skip) -> None:
        self.skip_list(skip, "day", 7, "EightDaysAWeek")

    def skip_list(self, skip, child_name: str, most: int, too_many: str) -> None:
        self.attributes(skip, ())
        self.unexpected_text(skip)
        seen: set[str] = set()
        children = list(_elements(skip))
        for element in children:
            if element.tag != child_name:
                if element.tag[0] == "{":
                    self.namespaced(element, skip.tag)
                else:
                    self.undefined(element, skip.tag)
                continue
            value = self.simple(element, blank_ok=True).strip()
            if child_name == "hour":
                number = v.parse_integer(value)
                if number == 24:
                    self.add("UseZeroForMidnight", element)
                    value = "0"
                elif number is None or not 0 <= number <= 23:
                    self.add("InvalidHour", element, value=value)
                    continue
                else:
                    value = str(number)
            elif value not in DAY_NAMES:
                self.add("InvalidDay", element, allowed=", ".join(DAY_NAMES), value=value)
                continue
            if value in seen:
                self.add("DuplicateValue", element, element=skip.tag, value=value)
            seen.add(value)
        if sum(1 for e in children if e.tag == child_name) > most:
            self.add(too_many, skip, element=skip.tag, most=most, child=child_name)

    def item(self, item) -> None:
        self.attributes(item, ())
        self.unexpected_text(item)
        elements = list(_elements(item))
        counts = self.duplicates(elements, ITEM_UNIQUE | NAMESPACED_UNIQUE["item"], "item")
        seen_description = False
        for element in elements:
            tag = element.tag
            handler = ITEM_HANDLERS.get(tag)
            if handler is not None:
                handler(self, element)
                if tag == "description":
                    seen_description = True
            elif tag[0] == "{":
                if tag == f"{{{CONTENT}}}encoded":
                    self.html(element)
                    if not seen_description:
                        self.add("NeedDescriptionBeforeContent", element)
                elif tag == f"{{{ATOM}}}link":
                    self.atom_link(element)
                    rel = (element.get("rel") or "").strip()
                    if rel in HISTORY_RELS:
                        self.add("FeedHistoryRelInEntry", element, rel=rel)
                else:
                    self.namespaced(element, "item")
            else:
                self.undefined(element, "item")
        if not counts["title"] and not counts["description"]:
            self.add("ItemMustContainTitleOrDescription", item)
        if self.rss091:
            self.rss091_item(item, counts, elements)
        if self.rss2 and not counts["guid"]:
            self.add("MissingGuid", item)
        if counts["enclosure"] > 1:
            self.add("DuplicateEnclosure", item)
        self.same_meaning(counts, elements, "item")
        full_text = counts["description"] or counts[f"{{{CONTENT}}}encoded"] or counts[f"{{{XHTML}}}body"]
        for element in elements:
            if element.tag in (f"{{{ATOM}}}content", f"{{{ATOM}}}summary") and element.get("src") is None and full_text:
                self.add("DuplicateDescriptionSemantics", element, element=_name(element.tag))
            elif element.tag == f"{{{XHTML}}}body":
                self.add("DuplicateDescriptionSemantics.xhtml_body", element)

    def rss091_item(self, item, counts: Counter, elements: list) -> None:
        """RSS 0.91 items need a title and a link, with limited lengths; later elements are unknown to 0.91 readers."""
        for name in ("title", "link"):
            if not counts[name]:
                self.add("Rss091Constraint.item", item, element=name)
        for element in elements:
            limit = RSS091_LIMITS.get(element.tag)
            if limit is not None and len(_text(element)) > limit:
                self.add("Rss091Constraint.length", element, element=element.tag, limit=limit, length=len(_text(element)))

    def guid(self, guid) -> None:
        value = self.simple(guid).strip()
        flag = guid.get("isPermaLink")
        if flag is not None and flag not in ("true", "false"):
            self.add("InvalidBooleanAttribute", guid, value=flag)
            return
        if not value:
            return
        if value in self.guids:
            self.add("DuplicateValue.guid", guid, value=value, other=self.guids[value])
        else:
            self.guids[value] = at(guid) or 0
        if flag == "false":
            if value.isdigit() and len(value) < 9:  # as W3C: a number of up to eight digits soon repeats
                self.add("NotSufficientlyUnique", guid, value=value)
            return
        scheme = value.split(":", 1)[0].lower() if v.is_url_like(value) else None
        char = values.ascii_char_problem(value)
        if char is not None:  # "unique string per item": W3C names the character before the missing URL
            self.value_problem(char, guid, fragment("subject.permalink"))
        elif scheme is None:
            self.add("InvalidHttpGUID.not_url", guid, value=value)
        elif scheme not in PERMALINK_SCHEMES:
            self.add("InvalidPermalink", guid, value=value, scheme=scheme)
        else:
            self.emit(v.check_full_url(value, fragment("subject.permalink"), code="InvalidHttpGUID"), guid)

    def enclosure(self, enclosure) -> None:
        url, length, mime = enclosure.get("url"), enclosure.get("length"), enclosure.get("type")
        for name, value in (("url", url), ("length", length), ("type", mime)):
            if value is None:
                self.add("MissingAttribute", enclosure, element="enclosure", attribute=name, hint=fragment("hint.enclosure"))
        if url is not None:
            self.emit(v.check_download_url(url, attribute_subject("url", "enclosure")), enclosure)
        size = None if length is None else v.parse_integer(length)
        if length is not None and size is None:
            self.add("InvalidIntegerAttribute.length", enclosure, value=length)
        elif size is not None and size < 0:
            self.add("UseZeroForUnknown", enclosure, value=length)
        if mime is not None and values.mime_type_problem(mime.strip()) is not None:
            self.add("InvalidMIMEAttribute", enclosure, element="enclosure", example="audio/mpeg", value=mime)
        self.unexpected_text(enclosure)  # an enclosure is its attributes: a caption inside is lost
        self.no_children(enclosure)

    def source(self, source) -> None:
        self.plain(source, blank_ok=True)
        self.url_attribute(source, "url", None)

    def url_attribute(self, element, attribute: str, what: str | None, *, download: bool = False) -> None:
        """A required attribute holding a full URL; `what` names what it points to ("image": the image's URL),
        None for <source>, whose message says it all. `download`: readers fetch it themselves, over HTTP."""
        value = element.get(attribute)
        if value is None:
            if what is None:
                self.add("MissingAttribute.source_url", element)
            else:
                self.add("MissingAttribute.url", element, element=_name(element.tag), attribute=attribute, what=fragment(f"what.{what}"))
        elif download:
            self.emit(v.check_download_url(value, attribute_subject(attribute, _name(element.tag))), element)
        else:
            self.emit(v.check_full_url(value, attribute_subject(attribute, _name(element.tag)), code="InvalidURLAttribute"), element)

    def item_description(self, element) -> None:
        self.html(element)

    def feed_history(self, channel, counts: Counter, links: list) -> None:
        """RFC 5005: a complete feed has no other pages; an archive names its current feed and its neighbours."""
        by_rel: dict[str, list] = {}
        for link in links:
            by_rel.setdefault((link.get("rel") or "alternate").strip(), []).append(link)
        complete = next((e for e in _elements(channel) if e.tag == f"{{{FH}}}complete"), None)
        archive = next((e for e in _elements(channel) if e.tag == f"{{{FH}}}archive"), None)
        if complete is not None:
            for rel in sorted(PAGED_RELS & by_rel.keys()):
                self.add("FeedRelInCompleteFeed", by_rel[rel][0], rel=rel)
            self_hrefs = {(e.get("href") or "").strip() for e in by_rel.get("self", ())}
            for current in by_rel.get("current", ()):
                if (current.get("href") or "").strip() not in self_hrefs:
                    self.add("CurrentNotSelfInCompleteFeed", current)
        if archive is not None:
            if "current" not in by_rel:
                self.add("MissingCurrentInArchive", archive)
            if not ({"prev-archive", "next-archive"} & by_rel.keys()):
                self.add("ArchiveIncomplete", archive)

    def atom_link(self, link) -> None:
        rel = link.get("rel")
        if rel is not None and rel.strip() not in REGISTERED_RELS and not v.is_url_like(rel):
            self.add("UnregisteredAtomLinkRel", link, rel=rel)
        href = link.get("href")
        if href is None:
            self.add("MissingHref", link)
        elif link.get("rel") == "self" and not v.is_url_like(href):
            self.add("RelativeSelf", link, href=href)
        elif link.get("rel") == "self":
            self.emit(v.check_full_url(href, attribute_subject("href", 'atom:link rel="self"'), code="InvalidURLAttribute"), link)
            location = self.doc.base_url
            if location and location.startswith(("http://", "https://")) and values.canonical_uri(href.strip()) != values.canonical_uri(location):
                self.add("SelfDoesntMatchLocation", link, href=href.strip(), location=location)
        else:
            problem = values.iri_reference_problem(href)
            if problem:
                self.value_problem(problem, link, attribute_subject("href", "atom:link"))
        self.atom_link_attributes(link)
        if len(link) or (link.text and link.text.strip()):
            self.add("AtomLinkNotEmpty", link)

    def atom_link_attributes(self, link) -> None:
        """type, hreflang and length as RFC 4287 section 4.2.7 defines them; no other attributes without a namespace."""
        self.attributes(link, ATOM_LINK_ATTRIBUTES)
        for attribute, check in (("type", values.mime_type_problem), ("hreflang", values.language_problem), ("length", values.non_negative_integer_problem)):
            value = link.get(attribute)
            problem = None if value is None else check(value)
            if problem:
                self.value_problem(problem, link, attribute_subject(attribute, "atom:link"))

    def slash_comments(self, element) -> None:
        self.nonnegative(element)
        if self.uses_slash_comments is None:
            self.uses_slash_comments = element

    def update_period(self, element) -> None:
        value = self.simple(element).strip()
        if value not in UPDATE_PERIODS:
            self.add("InvalidUpdatePeriod", element, allowed=", ".join(UPDATE_PERIODS), value=value)

    def coordinate(self, element, low: float, high: float, code: str) -> None:
        value = self.simple(element, blank_ok=True).strip()
        try:
            number = float(value)
        except ValueError:
            number = None
        if number is None or not low <= number <= high or not re.fullmatch(r"[+-]?[0-9]+(?:\.[0-9]+)?", value):
            self.add(code, element, element=_name(element.tag), low=low, high=high, value=value)

    def georss(self, element, shape: str) -> None:
        """GeoRSS Simple: latitude-longitude pairs separated by spaces (point: one pair, box: two, line: 2+, polygon: 4+)."""
        value = self.simple(element, blank_ok=True)
        local = element.tag.split("}", 1)[1]
        if "," in value:
            self.add("CoordComma", element, element=local)
        words = value.replace(",", " ").split()
        numbers = [float(w) for w in words if FLOAT.match(w)]
        pairs = len(numbers) // 2
        ok = len(numbers) == len(words) and len(numbers) % 2 == 0 and all(
            -90 <= numbers[i] <= 90 and -180 <= numbers[i + 1] <= 180 for i in range(0, len(numbers), 2)
        )
        least, most = {"point": (1, 1), "box": (2, 2), "line": (2, None), "polygon": (4, None)}[shape]
        if not ok or pairs < least or (most is not None and pairs > most):
            code = "InvalidCoord" if shape == "point" else "InvalidCoordList"
            if shape == "point":
                count = fragment("coord.one_pair")
            else:
                count = fragment("coord.pairs_or_more" if most is None else "coord.pairs", least=least)
            self.add(code, element, element=local, count=count, value=value.strip()[:60])

    def integer(self, element) -> None:
        value = self.simple(element, blank_ok=True)
        if v.parse_integer(value) is None:
            self.add("InvalidInteger", element, element=_name(element.tag), value=value.strip()[:40])

    def decimal(self, element) -> None:
        value = self.simple(element, blank_ok=True)
        if not FLOAT.match(value):
            self.add("InvalidFloat", element, element=_name(element.tag), value=value.strip()[:40])

    def text_url(self, element) -> None:
        """Elements whose text is a URL (trackback:ping, wfw:comment, creativeCommons:license, ...)."""
        self.attributes(element, ())
        for attribute in element.attrib:
            if attribute == f"{{{RDF}}}resource":
                self.add("UnexpectedAttribute.rdf_resource", element, element=_name(element.tag))
        self.url(element)

    def comment_rss_typo(self, element) -> None:
        self.add("CommentRSS", element)
        self.text_url(element)

    def comma_separated_integers(self, element) -> None:
        value = self.simple(element, blank_ok=True)
        if not COMMA_SEPARATED_INTEGERS.match(value):
            self.add("InvalidCommaSeparatedIntegers", element, element=_name(element.tag), value=value.strip())

    def xhtml_body(self, element) -> None:
        self.out.extend(check_xhtml(element, where="xhtml:body"))


def attribute_subject(attribute: str, element: str):
    """ "the ATTRIBUTE attribute of <ELEMENT>", in the language of the message."""
    return fragment("subject.attribute", attribute=attribute, element=element)


def _simple_handler(method: str, **kwargs) -> Callable:
    def handler(checker: _Checker, element) -> None:
        getattr(checker, method)(element, **kwargs)

    return handler


COMMON = {
    "title": _simple_handler("plain"),
    "link": _simple_handler("url"),
    "pubDate": _simple_handler("date822"),
}
# An empty optional element of the channel says nothing and harms nothing: W3C reports NotBlank only
# where a value is the point (a title, an item's category), and so do we.
CHANNEL_HANDLERS: dict[str, Callable] = {
    **COMMON,
    "category": _simple_handler("category", blank_ok=True),
    "description": _simple_handler("plain", blank_ok=True),
    "language": _simple_handler("language"),
    "copyright": _simple_handler("plain", blank_ok=True),
    "managingEditor": _simple_handler("email"),
    "webMaster": _simple_handler("email"),
    "lastBuildDate": _simple_handler("date822"),
    "generator": _simple_handler("plain", blank_ok=True),
    "docs": _simple_handler("url"),
    "cloud": _Checker.cloud,
    "ttl": _simple_handler("positive"),
    "image": _Checker.image,
    "rating": _simple_handler("plain", blank_ok=True),
    "textInput": _Checker.text_input,
    "skipHours": _Checker.skip_hours,
    "skipDays": _Checker.skip_days,
}
ITEM_HANDLERS: dict[str, Callable] = {
    **COMMON,
    "category": _simple_handler("category"),
    "description": _Checker.item_description,
    "author": _simple_handler("email"),
    "comments": _simple_handler("url"),
    "enclosure": _Checker.enclosure,
    "guid": _Checker.guid,
    "source": _Checker.source,
}
NAMESPACED_HANDLERS: dict[str, Callable] = {
    f"{{{ATOM}}}id": _simple_handler("url"),  # an atom:id in RSS is still an id: a full URI (RFC 4287 4.2.6)
    **{tag: _simple_handler("w3cdtf") for tag in W3CDTF_ELEMENTS},
    f"{{{DC}}}language": _simple_handler("language"),
    f"{{{DCTERMS}}}language": _simple_handler("language"),
    f"{{{SY}}}updatePeriod": _Checker.update_period,
    f"{{{SY}}}updateFrequency": _simple_handler("positive"),
    f"{{{ADMIN}}}generatorAgent": _Checker.resource_url,
    f"{{{ADMIN}}}errorReportsTo": _Checker.resource_url,
    f"{{{CHANGED_PAGE}}}server": _Checker.resource_url,  # mod_changedpage
    f"{{{THREAD}}}total": _simple_handler("nonnegative"),  # RFC 4685 section 5 (Blogger puts it in RSS items)
    **{f"{{{ns}}}{name}": _simple_handler("nonnegative") for ns in OPENSEARCH for name in ("totalResults", "itemsPerPage")},
    **{f"{{{ns}}}startIndex": _simple_handler("integer") for ns in OPENSEARCH},
    f"{{{ANNOTATE}}}reference": _Checker.resource_url,  # mod_annotation
    f"{{{SLASH}}}comments": _Checker.slash_comments,
    f"{{{TRACKBACK}}}ping": _Checker.text_url,
    f"{{{TRACKBACK}}}about": _Checker.text_url,
    f"{{{WFW}}}comment": _Checker.text_url,
    f"{{{WFW}}}commentRss": _Checker.text_url,
    f"{{{WFW}}}commentRSS": _Checker.comment_rss_typo,
    f"{{{SLASH}}}hit_parade": _Checker.comma_separated_integers,
    f"{{{ICBM}}}latitude": lambda checker, element: checker.coordinate(element, -90, 90, "InvalidLatitude"),
    f"{{{ICBM}}}longitude": lambda checker, element: checker.coordinate(element, -180, 180, "InvalidLongitude"),
    f"{{{CREATIVE_COMMONS}}}license": _Checker.text_url,
    f"{{{BLOGCHANNEL}}}blogRoll": _Checker.text_url,
    f"{{{BLOGCHANNEL}}}mySubscriptions": _Checker.text_url,
    f"{{{BLOGCHANNEL}}}blink": _Checker.text_url,
    f"{{{BLOGCHANNEL}}}changes": _Checker.text_url,
    f"{{{CC}}}license": lambda checker, element: checker.resource_url(element) if element.get(f"{{{RDF}}}resource") is not None or not _text(element).strip() else checker.url(element),
    f"{{{GEO}}}lat": lambda checker, element: checker.coordinate(element, -90, 90, "InvalidLatitude"),
    f"{{{GEO}}}long": lambda checker, element: checker.coordinate(element, -180, 180, "InvalidLongitude"),
    f"{{{GEOURL}}}latitude": lambda checker, element: checker.coordinate(element, -90, 90, "InvalidLatitude"),
    f"{{{GEOURL}}}longitude": lambda checker, element: checker.coordinate(element, -180, 180, "InvalidLongitude"),
    f"{{{XHTML}}}body": _Checker.xhtml_body,
    **{f"{{{GEORSS}}}{shape}": (lambda shape: lambda checker, element: checker.georss(element, shape))(shape) for shape in ("point", "line", "polygon", "box")},
    **{f"{{{GEORSS}}}{name}": _simple_handler("decimal") for name in ("elev", "floor", "radius")},
}


ITUNES_HANDLERS: dict[str, Callable] = {
    "block": lambda checker, element: checker.itunes_choice(element, ITUNES_BLOCK, "InvalidYesNoClean", fold_case=True),
    # Apple: "Yes" marks the podcast complete (the episode captioned); "any other value, nothing happens".
    "complete": lambda checker, element: checker.simple(element, blank_ok=True),
    "isClosedCaptioned": lambda checker, element: checker.simple(element, blank_ok=True),
    "explicit": lambda checker, element: checker.itunes_choice(element, ITUNES_EXPLICIT, "InvalidTrueFalse.itunes", fold_case=True),
    "author": lambda checker, element: checker.itunes_text(element, ITUNES_TEXT_LIMIT),
    "subtitle": lambda checker, element: checker.itunes_text(element, ITUNES_TEXT_LIMIT),
    "type": lambda checker, element: checker.itunes_choice(element, ITUNES_CHANNEL_TYPES, "InvalidItunesChannelType"),
    "episodeType": lambda checker, element: checker.itunes_choice(element, ITUNES_EPISODE_TYPES, "InvalidItunesEpisodeType"),
    "duration": lambda checker, element: checker.emit(v.check_itunes_duration(checker.simple(element, blank_ok=True)), element),
    "episode": _simple_handler("positive"),
    "season": _simple_handler("positive"),
    "category": _Checker.itunes_category,
    "image": _Checker.itunes_image,
    "owner": _Checker.itunes_owner,
    "new-feed-url": _simple_handler("url"),
    "summary": _Checker.itunes_summary,
    "keywords": _Checker.itunes_keywords,
}


MEDIA_HANDLERS: dict[str, Callable] = {
    "content": _Checker.media_content,
    "thumbnail": _Checker.media_thumbnail,
    "title": _Checker.media_text,
    "description": _Checker.media_text,
    "text": _Checker.media_text,
    "group": _Checker.media_group,
    "restriction": _Checker.media_restriction,
    "credit": _Checker.media_credit,
    "rating": lambda checker, element: checker.emit(v.check_media_rating(element.get("scheme"), _text(element)), element),
    "hash": lambda checker, element: checker.emit(v.check_media_hash(element.get("algo"), _text(element)), element),
    "player": lambda checker, element: checker.url_attribute(element, "url", "player"),
    "adult": lambda checker, element: checker.add("DeprecatedMediaAdult", element),
}


def check(doc: Document) -> Iterator[Finding]:
    checker = _Checker(doc)
    checker.rss(doc.root)
    return iter(checker.out)


def check_extensions(doc: Document, elements) -> list[Finding]:
    """The checks of namespaced extension elements (dc:, sy:, geo:, slash:, ...) for another format's
    rules: the Atom rules hand over the extension elements they meet (an additive hook, used by atom.py)."""
    checker = _Checker(doc)
    for element in elements:
        checker.namespaced(element, "extension")
    return checker.out
