"""Atom 1.0 (RFC 4287) rules.

One walk over the tree: the feed's children, each entry's children, and the
person, link, text and content constructs below them. Codes are the W3C Feed
Validation Service's message names; where we judge differently from W3C,
docs/rules-atom.md says so and why.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable, Iterator
from urllib.parse import urljoin

from lxml import etree

from feedtool.validate import rss, values
from feedtool.validate.document import Document
from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import Finding
from feedtool.validate.html import check_html, looks_like_html

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM03_NS = "http://purl.org/atom/ns#"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
XML_BASE = f"{{{XML_NS}}}base"
XML_SPACE = f"{{{XML_NS}}}space"
XHTML_DIV = f"{{{XHTML_NS}}}div"
APP_NS = "http://www.w3.org/2007/app"
# Namespaces whose elements HTML readers render inside XHTML content.
HTML_NAMESPACES = frozenset({XHTML_NS, "http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML"})

TEXT_TYPES = frozenset({"text", "html", "xhtml"})
# The IANA Atom link relations (RFC 4287, RFC 4685, RFC 5005, RFC 5023, RFC 4946, ...).
REGISTERED_RELS = frozenset(
    {
        "alternate", "current", "describedby", "enclosure", "edit", "edit-media", "first", "hub", "last", "license",
        "next", "next-archive", "payment", "prev-archive", "previous", "related", "replies", "search", "self",
        "service", "up", "via",
    }
)  # fmt: skip
# RFC 5005 relations that describe a feed's paging and archives: they belong in the feed's head.
RFC5005_RELS = frozenset({"current", "first", "last", "next", "previous", "next-archive", "prev-archive"})
# W3C reports DuplicateIds (an error) when a feed of ten or more entries gives them all one id: a
# broken generator. Fewer entries sharing an id may be versions of one entry (DuplicateEntries).
DUPLICATE_IDS_MINIMUM = 10
FEED_HISTORY_RELS = RFC5005_RELS | {"prev"}  # in an entry, "prev" (the IANA synonym) is as misplaced
# What a self link may point at: this feed, as Atom (or, for a feed also served in another format, as RSS/RDF).
FEED_MEDIA_TYPES = frozenset({"application/atom+xml", "application/rss+xml", "application/rdf+xml"})
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
LINK_ATTRIBUTES = frozenset(
    {
        "href", "rel", "type", "hreflang", "title", "length",
        "{http://purl.org/syndication/thread/1.0}count",  # RFC 4685 section 5
        "{http://purl.org/syndication/thread/1.0}updated",
        "{http://purl.org/syndication/thread/1.0}when",  # the draft's name: reported as NoThrWhen
        f"{{{RDF_NS}}}type", f"{{{RDF_NS}}}resource",
    }
)  # fmt: skip
ENTRY_ATTRIBUTES = frozenset({f"{{{RDF_NS}}}parseType"})

# Extension vocabularies small and stable enough to know whole: an element in one of
# these namespaces that the vocabulary does not define is a typo, not an extension.
THR_NS = "http://purl.org/syndication/thread/1.0"  # RFC 4685, threads
FH_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005, feed paging and archiving
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/"
EVENT_NS = "http://purl.org/rss/1.0/modules/event/"
FH_COMPLETE = f"{{{FH_NS}}}complete"
FH_ARCHIVE = f"{{{FH_NS}}}archive"
KNOWN_VOCABULARIES = {
    THR_NS: frozenset({"in-reply-to", "total"}),
    FH_NS: frozenset({"complete", "archive"}),
    APP_NS: frozenset({"edited", "control", "collection"}),  # RFC 5023, in feeds
    **{namespace: rss.VOCABULARIES[namespace] for namespace in (rss.SY, rss.GEORSS, DCTERMS_NS, DC_NS)},  # the DCMI terms, GeoRSS Simple
}  # fmt: skip

# Where the elements of those vocabularies belong: feed-level elements (paging, update schedules)
# describe a feed (or the feed an entry's <source> names), thread counts and publishing state an entry.
_HEAD = frozenset({"feed", "source"})
PLACES = {
    # the event and aggregation modules describe items: in Atom, entries
    **{f"{{http://purl.org/rss/1.0/modules/event/}}{name}": frozenset({"entry"})
       for name in ("startdate", "enddate", "type", "location", "organizer")},
    **{f"{{http://purl.org/rss/1.0/modules/aggregation/}}{name}": frozenset({"entry"})
       for name in ("source", "sourceURL", "timestamp")},
    "{http://www.bloglines.com/about/specs/fac-1.0}restriction": _HEAD,
    f"{{{FH_NS}}}complete": _HEAD,  # RFC 5005 sections 2 and 4
    f"{{{FH_NS}}}archive": _HEAD,
    f"{{{THR_NS}}}total": frozenset({"entry"}),  # RFC 4685 section 5
    f"{{{THR_NS}}}in-reply-to": frozenset({"entry", *_HEAD}),  # RFC 4685 section 3 (W3C also admits it in a feed)
    f"{{{APP_NS}}}edited": frozenset({"entry"}),  # RFC 5023 section 10.2
    f"{{{APP_NS}}}control": frozenset({"entry"}),  # RFC 5023 section 13.1
    f"{{{APP_NS}}}collection": _HEAD,  # RFC 5023 section 8.3.3, in a feed
    **{f"{{http://purl.org/rss/1.0/modules/syndication/}}{name}": _HEAD for name in ("updatePeriod", "updateFrequency", "updateBase")},
    # the RSS modules' channel elements describe a feed, their item elements an entry (admin:, cp:server,
    # slash:, wfw:, trackback:, FeedBurner's); content:encoded is RSS's own way to say atom:content
    **{tag: _HEAD if place == "channel" else frozenset({"entry"})
       for tag, place in rss.EXTENSION_PLACES.items() if tag != f"{{{rss.CONTENT}}}encoded"},
}

# Feed vocabularies: their elements describe feeds and entries, so inside XHTML content they are
# misplaced. Elements of other namespaces (SVG, MathML, one's own) may be embedded in XHTML.
FEED_VOCABULARIES = frozenset({ATOM_NS, ATOM03_NS, APP_NS, *KNOWN_VOCABULARIES})

_EMAIL_IN_NAME = re.compile(r"[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}")


def check(doc: Document) -> Iterator[Finding]:
    checker = AtomChecker(doc.base_url)
    checker.run(doc.root)
    if doc.base_url:
        checker.self_location(doc.root, doc.base_url)
    if checker.extensions:
        checker.findings.extend(rss.check_extensions(doc, checker.extensions))
    return iter(checker.findings)


class AtomChecker:
    """Collects the findings for one Atom document (a feed, or a standalone entry)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url  # where the document was fetched from, when known
        self.findings: list[Finding] = []
        self.extensions: list = []  # extension elements, checked by the shared extension rules
        self.prefix = "{%s}" % ATOM_NS  # the namespace the Atom elements are in, as lxml writes it
        self.any_base = True  # whether the document has an xml:base anywhere (set by run)
        self.bases: set[str] | None = None  # the xml:base values written in the document (same_document)
        self.root = None

    # --- helpers ------------------------------------------------------------------------

    def add(self, id: str, element=None, /, **params) -> None:
        """A finding of the code (or variant) `id` at `element`."""
        self.findings.append(finding(id, element, **params))

    def value_problem(self, problem, element, subject) -> None:
        """A value check's problem (feedtool.validate.values) about `subject` (an element or attribute name)."""
        self.findings.append(finding(f"{problem.code}.value", element, subject=subject, detail=problem.detail))

    def local(self, element) -> str | None:
        """The local name of an Atom element; None for any other node."""
        tag = element.tag
        if isinstance(tag, str) and tag.startswith(self.prefix) and (self.prefix or "}" not in tag):
            return tag[len(self.prefix):]
        return None

    def name(self, element) -> str:
        tag = element.tag if isinstance(element.tag, str) else "?"
        if tag.startswith(self.prefix) and self.prefix:
            return tag[len(self.prefix):]
        if tag.startswith("{"):
            namespace, local = tag[1:].split("}", 1)
            prefix = element.prefix
            return f"{prefix}:{local}" if prefix else f'{local} xmlns="{namespace}"'
        return tag

    # --- the document -------------------------------------------------------------------

    def run(self, root) -> None:
        self.any_base = bool(_ANY_BASE(root))
        self.root = root
        tag = root.tag
        if not tag.startswith("{"):
            self.add("MissingNamespace", root, element=tag)
            self.prefix = ""
        else:
            namespace = tag[1:].split("}", 1)[0]
            if namespace != ATOM_NS:
                self.add("InvalidNamespace.atom", root, namespace=namespace)
                self.prefix = "{%s}" % namespace
        # A prefix bound to the Atom or XHTML namespace: AvoidNamespacePrefix, where it is declared (namespaces.py).
        local = self.local(root)
        if local == "entry":
            self.entry(root, feed_has_author=False)
        else:
            self.feed(root)

    def feed(self, feed) -> None:
        self.common_attributes(feed, frozenset())
        entries: list = []
        counts, _, links = self.children(feed, HEAD_ELEMENTS, SINGLE_HEAD_ELEMENTS, entries)
        # The feed's metadata comes before its entries (W3C judges it at the first entry): what only
        # follows them is MisplacedMetadata, and missing where readers that stream the feed look.
        head = feed if not entries else feed[: feed.index(entries[0])]
        early = {self.local(child) for child in head if isinstance(child.tag, str)}
        for required in ("id", "title", "updated"):
            if required not in early:
                self.missing(feed, required)
        self.alternate_links(feed, links)
        if not any(_rel(link) == "self" for link in links if link in head):
            self.add("MissingSelf", feed)
        self.paging(feed, links)
        feed_has_author = "author" in counts
        self.entries_compared([(entry, *self.entry(entry, feed_has_author=feed_has_author)) for entry in entries])

    def paging(self, feed, links) -> None:
        """RFC 5005: a complete feed has no paging links, an archive links to its neighbours and
        to the current feed, and a page does not link past either end of its list."""
        markers = {child.tag for child in feed if child.tag in (FH_COMPLETE, FH_ARCHIVE)}
        history = [(link, _rel(link)) for link in links if _rel(link) in RFC5005_RELS]
        if not markers and not history:
            return
        selves = {self.resolved(link) for link in links if _rel(link) == "self"}
        if self.url:
            selves.add(self.url)
        rels = {rel for _, rel in history}
        if FH_COMPLETE in markers:
            for link, rel in history:
                if rel != "current":
                    self.add("FeedRelInCompleteFeed.atom", link, rel=rel)
                elif self.resolved(link) not in selves:
                    self.add("CurrentNotSelfInCompleteFeed.atom", link)
        elif FH_ARCHIVE in markers:
            if not rels & {"prev-archive", "next-archive"}:
                self.add("ArchiveIncomplete.atom", feed)
            if "current" not in rels:
                self.add("MissingCurrentInArchive.atom", feed)
        for end, beyond in (("first", "previous"), ("last", "next")):
            if any(rel == end and self.resolved(link) in selves for link, rel in history):
                for link, rel in history:
                    if rel == beyond:
                        self.add("LinkPastEnd", link, end=fragment(f"end.{end}"), beyond=beyond)

    def resolved(self, link) -> str:
        href = (link.get("href") or "").strip()
        try:
            return urljoin(_base(link, self.url or ""), href) if (self.any_base or self.url) else href
        except ValueError:  # an href urllib cannot resolve (a broken IPv6 literal): compare it as written
            return href

    def entries_compared(self, entries: list[tuple[object, str | None, str | None]]) -> None:
        """Duplicate ids and dates across the feed's entries: (entry, id, updated) each."""
        seen_ids: dict[str, str | None] = {}
        seen_updated: set[str] = set()
        reported_updated: set[str] = set()
        for entry, entry_id, updated in entries:
            if entry_id is not None:
                if entry_id in seen_ids and seen_ids[entry_id] == updated:
                    self.add("DuplicateEntries", entry, id=entry_id)
                seen_ids.setdefault(entry_id, updated)
            if updated is not None:
                if updated in seen_updated and updated not in reported_updated:
                    reported_updated.add(updated)
                    self.add("DuplicateUpdated", entry, updated=updated)
                seen_updated.add(updated)
        ids = [entry_id for _, entry_id, _ in entries]
        if len(ids) >= DUPLICATE_IDS_MINIMUM and len(set(ids)) == 1 and ids[0] is not None:
            self.add("DuplicateIds", entries[1][0], count=len(ids), id=ids[0])

    def children(self, parent, handlers: dict, singles: frozenset[str], entries: list | None = None):
        """Check the child elements of a feed, entry or source.

        Returns how often each Atom element occurs, the first of each, and the links.
        With `entries`, <entry> children are collected there (unchecked) and head
        elements after the first entry are reported as misplaced.
        """
        counts: dict[str, int] = {}
        first: dict[str, object] = {}
        links = []
        prefix, skip = self.prefix, len(self.prefix)
        text = parent.text
        stray = text if text and not text.isspace() else None
        for child in parent:
            tail = child.tail
            if tail and stray is None and not tail.isspace():
                stray = tail
            tag = child.tag
            if tag.__class__ is not str:
                continue  # a comment or processing instruction
            # self.local(child), inlined: this loop runs for every child of every entry
            if skip and tag.startswith(prefix):
                local = tag[skip:]
            elif not skip and tag[0] != "{":
                local = tag
            else:
                self.foreign(child, parent)
                continue
            if entries is not None and local == "entry":
                entries.append(child)
                continue
            handler = handlers.get(local)
            if handler is None:
                self.undefined(child, parent)
                continue
            if entries:
                self.add("MisplacedMetadata", child, element=local)
            counts[local] = counts.get(local, 0) + 1
            if counts[local] == 1:
                first[local] = child
            elif counts[local] == 2 and local in singles:
                self.duplicate(child, parent)
            if local == "link":
                links.append(child)
            handler(self, child)
        if stray is not None:
            self.stray_text(parent, stray)
        return counts, first, links

    def entry(self, entry, *, feed_has_author: bool) -> tuple[str | None, str | None]:
        """Check one entry; return its id and updated values (for the feed's duplicate checks)."""
        self.common_attributes(entry, ENTRY_ATTRIBUTES)
        counts, first, links = self.children(entry, ENTRY_ELEMENTS, SINGLE_ENTRY_ELEMENTS)
        for link in links:
            rel = _rel(link)
            if rel in FEED_HISTORY_RELS:
                self.add("FeedHistoryRelInEntry.atom", link, rel=rel)
        for required in ("id", "title", "updated"):
            if required not in counts:
                self.missing(entry, required)
        if "author" not in counts and not feed_has_author and not self.has_child(first.get("source"), "author"):
            self.add("MissingElement.author", entry)
        content, summary, title = first.get("content"), first.get("summary"), first.get("title")
        if content is None and not any(_rel(link) == "alternate" for link in links):
            self.add("MissingContentOrAlternate", entry)
        if content is not None and summary is None and self.content_needs_summary(content):
            self.add("MissingSummary", entry)
        if title is not None and not self.has_text(title):
            self.add("MissingTextualContent", title)
        if content is None and (summary is None or not self.has_text(summary)):
            self.add("MissingTextualContent.summary", summary if summary is not None else entry)
        if content is not None and content.get("src") is None and not self.has_text(content):
            self.add("NotBlank.content", content)
        self.alternate_links(entry, links)
        entry_id, updated = first.get("id"), first.get("updated")
        return (
            (entry_id.text or "").strip() if entry_id is not None else None,
            (updated.text or "").strip() if updated is not None else None,
        )

    def source(self, source) -> None:
        self.common_attributes(source, frozenset())
        counts, _, links = self.children(source, HEAD_ELEMENTS, SINGLE_HEAD_ELEMENTS)
        for recommended in ("id", "title", "updated"):
            if recommended not in counts:
                self.add("MissingSourceElement", source, element=recommended)
        self.alternate_links(source, links)

    # --- shared structure checks -------------------------------------------------------

    def has_child(self, element, local: str) -> bool:
        if element is None:
            return False
        return any(self.local(child) == local for child in element)

    @staticmethod
    def has_text(element) -> bool:
        if not len(element):
            text = element.text
            return bool(text and not text.isspace())
        return bool("".join(element.itertext()).strip()) or any(isinstance(c.tag, str) for c in element)

    def missing(self, parent, child: str) -> None:
        where = self.local(parent) or "feed"
        hint = fragment(f"hint.missing.{child}") if child in _MISSING_HINTS else fragment("hint.missing.other", element=child)
        article = fragment("article.an" if child[0] in "aeiou" else "article.a")
        self.add("MissingElement.atom", parent, parent=where, element=child, article=article, hint=hint)

    def duplicate(self, element, parent) -> None:
        self.add("DuplicateElement.atom", element, parent=self.local(parent), element=self.local(element))

    def undefined(self, element, parent) -> None:
        self.add("UndefinedElement.atom", element, element=self.name(element), parent=self.name(parent))

    def foreign(self, element, parent) -> None:
        """An element outside the Atom namespace: an extension, unless it is in no namespace at all."""
        tag = element.tag
        if not isinstance(tag, str):
            return  # comment or processing instruction
        if not tag.startswith("{"):
            # RFC 4287 section 6 (simpleExtensionElement = element * - atom:*) admits it, but without a
            # namespace no reader can tell which vocabulary it is from (W3C: a warning too).
            self.add("UndeterminableVocabulary", element, element=tag, parent=self.name(parent))
            return
        namespace, local = tag[1:].split("}", 1)
        if namespace == XHTML_NS and local == "meta" and self.local(parent) in ("feed", "source"):
            self.robots_meta(element)
            return
        if namespace == XHTML_NS:
            self.add("MisplacedXHTMLContent", element, element=self.name(element), parent=self.name(parent))
            return
        vocabulary = KNOWN_VOCABULARIES.get(namespace)
        if vocabulary is not None and local not in vocabulary:
            self.add("UndefinedElement.vocabulary", element, element=self.name(element), namespace=namespace, known=", ".join(sorted(vocabulary)))
            return
        places = PLACES.get(tag)
        if places is not None and self.local(parent) not in places:
            named = [f"<{place}>" for place in sorted(places)]
            where = named[0] if len(named) == 1 else fragment("and", first=", ".join(named[:-1]), second=named[-1])
            self.add("UndefinedElement.place", element, element=self.name(element), parent=self.name(parent), places=where)
            return
        if tag in ONCE_PER_PARENT:
            self.only_one(element)
        handler = ATOM_EXTENSIONS.get(tag)
        if handler is not None:
            handler(self, element)
            return
        self.extensions.append(element)

    # --- Atom's own extensions: threads (RFC 4685), publishing (RFC 5023) -------------------

    def in_reply_to(self, element) -> None:
        ref = element.get("ref")
        if ref is None:
            self.add("MissingAttribute.thr_ref", element)
        else:
            problem = values.identifier_problem(ref.strip())
            if problem:
                self.value_problem(problem, element, rss.attribute_subject("ref", "thr:in-reply-to"))
        for attribute in ("href", "source"):
            self.iri_attribute(element, attribute)
        kind = element.get("type")
        if kind is not None:
            problem = values.mime_type_problem(kind)
            if problem:
                self.value_problem(problem, element, rss.attribute_subject("type", "thr:in-reply-to"))

    def thread_total(self, element) -> None:
        self.only_one(element)
        problem = values.non_negative_integer_problem(self.simple_text(element).strip())
        if problem:
            self.value_problem(problem, element, "<thr:total>")

    def app_edited(self, element) -> None:
        self.only_one(element)
        self.date_element(element)

    def app_control(self, element) -> None:
        """RFC 5023 section 13.1: publishing controls; app:draft is "yes" or "no"."""
        self.only_one(element)
        drafts = 0
        for child in element:
            if child.tag == APP_DRAFT:
                drafts += 1
                if drafts == 2:
                    self.duplicate(child, element)
                value = (child.text or "").strip()
                if value not in ("yes", "no"):
                    self.add("InvalidYesNo.draft", child, value=value)
            elif isinstance(child.tag, str) and child.tag.startswith(f"{{{APP_NS}}}"):
                self.add("UndefinedElement.app_control", child, element=self.name(child))

    def extension_count(self, element, *, least: int) -> None:
        """dcterms:extent, opensearch counts: a whole number of at least `least`."""
        value = self.simple_text(element).strip()
        if not (value.isascii() and value.isdigit() and int(value) >= least):
            self.add(
                "InvalidPositiveInteger.at_least" if least else "InvalidNonNegativeInteger.at_least",
                element,
                element=self.name(element),
                value=_short(value),
                least=least,
            )

    def iso8601_element(self, element) -> None:
        """ev:startdate, ev:enddate, ag:timestamp: ISO 8601 dates (the event and aggregation RSS 1.0 modules)."""
        problem = values.iso8601_problem(self.simple_text(element).strip())
        if problem:
            self.value_problem(problem, element, f"<{self.name(element)}>")

    def opensearch_start(self, element) -> None:
        value = self.simple_text(element).strip()
        if not re.fullmatch(r"[+-]?[0-9]+", value):
            self.add("InvalidInteger.atom", element, element=self.name(element), value=_short(value))

    def georss_point(self, element) -> None:
        """GeoRSS Simple: "latitude longitude", space-separated (a comma is tolerated with a warning)."""
        value = self.simple_text(element).strip()
        match = _GEORSS_POINT.fullmatch(value)
        if match is None:
            self.add("InvalidCoord.atom", element, element=self.name(element), value=_short(value))
        elif "," in value:
            self.add("CoordComma.atom", element, element=self.name(element))

    def robots_meta(self, element) -> None:
        """<xhtml:meta name="robots" content="noindex"/> in a feed: the robots exclusion, as in HTML."""
        name, content = element.get("name"), element.get("content")
        for attribute, value in (("name", name), ("content", content)):
            if value is None:
                self.add("MissingAttribute.meta", element, element=self.name(element), attribute=attribute)
        if name is not None and name.lower() != "robots":
            self.add("InvalidMetaName", element, element=self.name(element), name=name)
        if content is not None and content.lower().replace(" ", "") not in ROBOTS_CONTENT:
            self.add("InvalidMetaContent", element, element=self.name(element), content=content)

    def access_restriction(self, element) -> None:
        """Bloglines' access:restriction relationship="allow|deny" (may aggregators show the feed)."""
        relationship = element.get("relationship")
        if relationship is None:
            self.add("MissingAttribute.access", element)
        elif relationship not in ("allow", "deny"):
            self.add("InvalidAccessRestrictionRel", element, value=relationship)

    def only_one(self, element) -> None:
        """An extension element that may appear once per parent (DuplicateElement for the second)."""
        tag = element.tag
        if any(sibling.tag == tag for sibling in element.itersiblings(preceding=True)):
            self.add("DuplicateElement.atom", element, parent=self.name(element.getparent()), element=self.name(element))

    def thread_link_attributes(self, element) -> None:
        """thr:count and thr:updated on a replies link (RFC 4685 section 5)."""
        if element.get(THR_WHEN) is not None:
            self.add("NoThrWhen", element)
        rel = _rel(element)
        for attribute in (THR_COUNT, THR_UPDATED):
            if attribute in element.attrib and rel != "replies":
                self.add("UnexpectedAttribute.thread", element, attribute=attribute.rpartition("}")[2], rel=rel)
        count = element.get(THR_COUNT)
        if count is not None:
            problem = values.non_negative_integer_problem(count)
            if problem:
                self.value_problem(problem, element, rss.attribute_subject("thr:count", "link"))
        updated = element.get(THR_UPDATED)
        if updated is not None:
            problem = values.rfc3339_problem(updated)
            if problem:
                self.value_problem(problem, element, rss.attribute_subject("thr:updated", "link"))

    def no_text(self, element) -> None:
        """Report text directly inside an element that may only hold elements."""
        texts = _STRAY_TEXT(element)
        if texts:
            self.stray_text(element, texts[0])

    def stray_text(self, element, stray: str) -> None:
        self.add("UnexpectedText.atom", element, element=self.name(element), text=_short(stray))

    def common_attributes(self, element, allowed: frozenset[str]) -> None:
        """Report attributes Atom does not define here; check xml:lang and xml:base."""
        for key, value in element.items():
            if key in allowed:
                continue
            if key == XML_LANG:
                if value:  # xml:lang="" says the language is unknown: allowed
                    problem = values.language_problem(value)
                    if problem:
                        self.value_problem(problem, element, "xml:lang")
                continue
            if key == XML_BASE:
                problem = values.iri_reference_problem(value)
                if problem:
                    self.value_problem(problem, element, "xml:base")
                continue
            if key == XML_SPACE:
                continue
            if key == INDEX_ATTRIBUTE:
                if value not in ("yes", "no"):
                    self.add("InvalidYesNo.index", element, element=self.name(element), value=value)
                continue
            if key.startswith("{"):
                # RFC 4287's undefinedAttribute allows foreign attributes; but an attribute of a vocabulary we
                # know, where that vocabulary does not define it (dc:date on a link, thr:count on a title), is a
                # mistake, as W3C reports it. Namespaces are compared as W3C does, forgiving a trailing "/" or "#".
                namespace = key[1:].partition("}")[0]
                if _namespace_key(namespace) in KNOWN_ATTRIBUTE_NAMESPACES:
                    self.add("UnexpectedAttribute.vocabulary", element, attribute=key.partition("}")[2], namespace=namespace, element=self.name(element))
                continue
            if allowed:
                self.add("UnexpectedAttribute.atom_allowed", element, attribute=key.split("}", 1)[-1], element=self.name(element), allowed=", ".join(sorted(allowed)))
            else:
                self.add("UnexpectedAttribute.atom", element, attribute=key.split("}", 1)[-1], element=self.name(element))

    def simple_text(self, element) -> str:
        """The text of an element that may hold only text; child elements are reported."""
        self.simple_text_with(element, frozenset())
        if len(element):
            return "".join(t for t in element.itertext())
        return element.text or ""

    def stripped(self, element, value: str, what: str) -> str:
        """`value` without surrounding white space, which is reported (`what`: "id", "date" or "iri")."""
        stripped = value.strip()
        if stripped != value:
            self.add("UnexpectedWhitespace", element, element=self.name(element), what=fragment(f"what.{what}"))
        return stripped

    def alternate_links(self, parent, links) -> None:
        seen: set[tuple[str | None, str | None]] = set()
        for link in links:
            if _rel(link) != "alternate":
                continue
            key = (link.get("type"), link.get("hreflang"))
            if key in seen:
                self.add("DuplicateAtomLink.alternate", link, element=self.name(parent), type=key[0] or "", hreflang=key[1] or "")
            seen.add(key)

    # --- element handlers ---------------------------------------------------------------

    def id_element(self, element) -> None:
        value = self.stripped(element, self.simple_text(element), "id")
        if not value:
            self.add("NotBlank.id", element)
        problem = values.identifier_problem(value)
        if problem:
            self.value_problem(problem, element, "<id>")
            return
        name = values.scheme(value)
        if name not in values.IANA_SCHEMES:
            self.add("SchemeNotIANARegistered.id", element, value=value, scheme=name)
        canonical = values.canonical_uri(value)
        if canonical != value:
            self.add("NonCanonicalURI", element, value=value, canonical=canonical)

    def date_element(self, element) -> None:
        value = self.stripped(element, self.simple_text(element), "date")
        problem = values.rfc3339_problem(value)
        if problem:
            self.value_problem(problem, element, f"<{self.name(element)}>")

    def iri_element(self, element) -> None:
        value = self.stripped(element, self.simple_text(element), "iri")
        if not value and not len(element):
            self.add("NotBlank.address", element, element=self.name(element))
            return
        problem = values.iri_reference_problem(value)
        if problem:
            self.value_problem(problem, element, f"<{self.name(element)}>")

    def iri_attribute(self, element, attribute: str) -> None:
        value = element.get(attribute)
        if value is None:
            return
        problem = values.iri_reference_problem(value)
        if problem:
            self.value_problem(problem, element, rss.attribute_subject(attribute, self.name(element)))
        elif self.any_base and attribute in ("href", "src") and self.may_name_a_base(value):
            self.same_document(element, attribute, value)

    def may_name_a_base(self, value: str) -> bool:
        """Cheap pre-check for same_document: a relative reference that does not start with ".", "#" or "/"
        only adds path segments, so it cannot resolve to its base; an absolute one must be a base itself."""
        value = value.strip()
        if not value or value[0] in ".#/":
            return True
        if ":" not in value:
            return False
        if self.bases is None:
            self.bases = {base.strip() for base in _BASES(self.root)}
            self.bases |= {values.canonical_uri(base) for base in self.bases}
        return value.split("#", 1)[0] in self.bases

    def same_document(self, element, attribute: str, value: str) -> None:
        """A reference that resolves to the xml:base itself ("", ".", "#top"), where that base is not the
        document: readers disagree on whether it means the base or this document (RFC 3986 section 4.4)."""
        document = self.url or ""
        try:
            base = _base(element, document)
            target = urljoin(base, value.strip())
        except ValueError:
            return
        base_doc = values.canonical_uri(base.split("#")[0])
        if base_doc != values.canonical_uri(document.split("#")[0]) and values.canonical_uri(target.split("#")[0]) == base_doc:
            self.add("SameDocumentReference", element, attribute=attribute, value=value, element=self.name(element), base=base)

    def person(self, element) -> None:
        self.common_attributes(element, frozenset())
        self.no_text(element)
        counts: dict[str, int] = {}
        for child in element:
            local = self.local(child)
            if local is None:
                self.foreign(child, element)
                continue
            if local not in ("name", "uri", "email"):
                self.undefined(child, element)
                continue
            counts[local] = counts.get(local, 0) + 1
            if counts[local] == 2:
                self.duplicate(child, element)
            if local == "name":
                name = self.simple_text(child)
                if looks_like_html(name):
                    self.add("ContainsHTML.name", child)
                if not name.strip():
                    self.add("NotBlank.name", child)
                if _EMAIL_IN_NAME.search(name):
                    self.add("ContainsEmail", child)
            elif local == "uri":
                self.iri_element(child)
            else:
                value = self.simple_text(child).strip()
                problem = values.addr_spec_problem(value)
                if problem:
                    self.value_problem(problem, child, "<email>")
                elif "." not in value.rpartition("@")[2] and not value.endswith("]"):
                    self.add("UnknownHost", child, value=value)
        if "name" not in counts:
            self.missing(element, "name")

    def link(self, element) -> None:
        self.common_attributes(element, LINK_ATTRIBUTES)
        href = element.get("href")
        if href is None:
            self.add("MissingHref.atom", element)
        else:
            self.iri_attribute(element, "href")
        rel = element.get("rel")
        if rel is not None and _rel(element) not in REGISTERED_RELS:
            # RFC 4287 section 4.2.7.2 allows a registered name or an IRI; W3C warns about anything else
            # (UnregisteredAtomLinkRel) rather than rejecting the feed, and so do we: readers ignore such links.
            if not rel.strip():
                self.add("AttrNotBlank.rel", element)
            problem = values.absolute_iri_problem(rel) if ":" in rel else None
            if problem:
                self.add("UnregisteredAtomLinkRel.atom_iri", element, rel=rel, detail=problem.detail)
            elif ":" not in rel:
                self.add("UnregisteredAtomLinkRel.atom", element, rel=rel)
        kind = element.get("type")
        if kind is not None:
            problem = values.mime_type_problem(kind)
            if problem:
                self.value_problem(problem, element, rss.attribute_subject("type", "link"))
        hreflang = element.get("hreflang")
        if hreflang is not None:
            problem = values.language_problem(hreflang)
            if problem:
                self.value_problem(problem, element, rss.attribute_subject("hreflang", "link"))
        self.html_in_attribute(element, "title")
        if THR_COUNT in element.attrib or THR_UPDATED in element.attrib or THR_WHEN in element.attrib:
            self.thread_link_attributes(element)
        length = element.get("length")
        if length is not None:
            problem = values.non_negative_integer_problem(length)
            if problem:
                self.value_problem(problem, element, rss.attribute_subject("length", "link"))
        if element.text and not element.text.isspace():
            self.add("AtomLinkNotEmpty.atom", element)
        if _rel(element) == "self" and href is not None:
            if kind is not None and kind.split(";")[0].strip().lower() not in FEED_MEDIA_TYPES:
                self.add("SelfNotAtom", element, type=kind)
            if values.scheme(href.strip()) is None and not self.has_base(element):
                self.add("RelativeSelf.atom", element, href=href)

    def self_location(self, root, url: str) -> None:
        """The feed's self link should name the address it was fetched from."""
        links = [c for c in root if self.local(c) == "link" and _rel(c) == "self" and c.get("href") is not None]
        if not links:
            return
        here = values.canonical_uri(url)
        try:
            targets = {values.canonical_uri(urljoin(_base(link, url), link.get("href").strip())) for link in links}
        except ValueError:  # an href or xml:base urllib cannot resolve (a broken IPv6 literal): reported as such
            return
        if here not in targets:
            self.add("SelfDoesntMatchLocation.atom", links[0], href=links[0].get("href"), location=url)

    def has_base(self, element) -> bool:
        if not self.any_base:
            return False
        while element is not None:
            base = element.get(XML_BASE)
            if base is not None and values.scheme(base) is not None:
                return True
            element = element.getparent()
        return False

    def category(self, element) -> None:
        self.common_attributes(element, frozenset({"term", "scheme", "label"}))
        if element.get("term") is None:
            self.add("MissingAttribute.category_term", element)
        scheme = element.get("scheme")
        if scheme is not None:  # RFC 4287 section 4.2.2.2: an IRI, so absolute (not a reference)
            problem = values.absolute_iri_problem(scheme)
            if problem:
                self.value_problem(problem, element, rss.attribute_subject("scheme", "category"))
        self.html_in_attribute(element, "label")

    def generator(self, element) -> None:
        self.simple_text_with(element, frozenset({"uri", "version"}))
        self.iri_attribute(element, "uri")
        if not len(element) and not (element.text or "").strip():
            self.add("NotBlank.generator", element)

    def simple_text_with(self, element, attributes: frozenset[str]) -> None:
        self.common_attributes(element, attributes)
        for child in element:
            if isinstance(child.tag, str):
                self.add("UndefinedElement.atom_text_only", child, element=self.name(child), parent=self.name(element))

    def type_attribute(self, element, default: str | None = "text") -> str | None:
        """The type of a text construct or content; a blank type="" is read as no type."""
        kind = element.get("type")
        if kind is not None and not kind.strip():
            self.add("AttrNotBlank.type", element, element=self.name(element))
            return default
        return default if kind is None else kind

    def text_construct(self, element) -> None:
        """title, subtitle, summary, rights: type text/html/xhtml."""
        self.common_attributes(element, frozenset({"type"}))
        kind = self.type_attribute(element)
        if kind not in TEXT_TYPES:
            self.add("InvalidMIMEType.text_type" if values.mime_type_problem(kind) else "InvalidTextType", element, kind=kind, element=self.name(element))
            if values.is_xml_mime_type(kind):
                self.html_fragment(element, kind)
                return  # already an error; the XML inside is not judged as text as well
            kind = "invalid"
        if kind == "xhtml":
            self.xhtml(element)
            return
        self.no_markup(element, kind)
        if kind != "invalid" and not len(element) and not (element.text or "").strip() and self.local(element.getparent()) != "entry":
            self.add("NotBlank.atom", element, element=self.name(element))
        written = element.get("type", "").lower()
        if kind == "invalid" and written.startswith("text/html"):
            self.html_fragment(element, element.get("type"))
        if kind == "html" or (kind == "invalid" and written.startswith("text/html")):
            self.html(element)
        else:
            self.undeclared_html(element)

    def html_fragment(self, element, kind: str) -> None:
        """A document media type (text/html, application/xhtml+xml) on a fragment of a document."""
        first = next((child for child in element if isinstance(child.tag, str)), None)
        whole = (
            first is None or first.tag.rpartition("}")[2].lower() == "html"  # no XML content: nothing to judge
            if kind.lower().startswith("application/xhtml+xml")
            else _HTML_DOCUMENT.match(element.text or "") is not None
        )
        if not whole:
            self.add("HtmlFragment", element, element=self.name(element), kind=kind)

    def html(self, element) -> None:
        """Escaped HTML (type="html"): what readers will strip or cannot resolve.

        Relative URLs are not reported: Atom content is resolved against xml:base or the feed's own
        address (RFC 4287 section 2, feedparser does so), as W3C judges it too (docs/rules-atom.md).
        """
        if element.text and not len(element):
            self.findings.extend(
                check_html(element.text, element, where=f"<{self.name(element)}>", relative_ok=True, parse=True)
            )

    def undeclared_html(self, element) -> None:
        text = element.text
        if text and not len(element) and looks_like_html(text):
            self.add("ContainsUndeclaredHTML", element, element=self.name(element))

    def html_in_attribute(self, element, attribute: str) -> None:
        value = element.get(attribute)
        if value and looks_like_html(value):
            self.add("ContainsHTML.attribute", element, attribute=attribute, element=self.name(element))

    def no_markup(self, element, kind: str) -> None:
        children = [child for child in element if isinstance(child.tag, str)]
        if children:
            self.add("UndefinedElement.markup", children[0], parent=self.name(element), kind=element.get("type", kind), element=self.name(children[0]))
            texts = [element.text or "", *(child.tail or "" for child in element)]
            stray = next((text for text in texts if text.strip()), None)
            if stray is not None:  # mixed content: text beside the elements
                self.stray_text(element, stray)

    def xhtml(self, element) -> None:
        children = [child for child in element if isinstance(child.tag, str)]
        text = (element.text or "") + "".join(child.tail or "" for child in element)
        has_div = len(children) == 1 and children[0].tag == XHTML_DIV
        if not children and not text.strip():
            # Nothing at all: nothing to wrap in a div (W3C: a warning). An empty <content> is reported by the entry.
            if self.local(element) != "content":
                self.add("NotBlank.xhtml", element, element=self.name(element))
            return
        if not has_div:
            self.add("MissingXhtmlDiv", element, element=self.name(element))
        if text.strip() and children:  # text alone is the missing div's problem; text beside elements is mixed content
            self.add("UnexpectedText.xhtml_div" if has_div else "UnexpectedText.xhtml_nodiv", element, element=self.name(element))
        for child in children if has_div else ():
            for node in child.iter():
                tag = node.tag
                if not isinstance(tag, str):
                    continue
                namespace = tag[1:].split("}", 1)[0] if tag.startswith("{") else None
                if namespace in HTML_NAMESPACES:
                    continue
                if namespace is not None and namespace not in FEED_VOCABULARIES:
                    self.extensions.append(node)  # an extension embedded in the content
                else:
                    self.add("UndefinedElement.in_xhtml", node, element=self.name(node))
        if has_div:
            inner = _xhtml_as_html(children[0])
            self.findings.extend(
                check_html(
                    inner, element, where=f"<{self.name(element)}>", unknown="SecurityRisk", relative_ok=True
                )
            )
        holder = children[0] if has_div else element
        if not len(holder) and holder.text and looks_like_html(holder.text):
            self.add("NotInline", element, element=self.name(element))

    def content(self, element) -> None:
        self.common_attributes(element, frozenset({"type", "src"}))
        kind = self.type_attribute(element, None)
        src = element.get("src")
        if src is not None:
            self.iri_attribute(element, "src")
            if kind is None:
                self.add("MissingTypeAttr", element)
            elif kind in TEXT_TYPES:
                self.add("InvalidMIMEType.src", element, kind=kind)
            if self.has_text(element):
                self.add("UnexpectedText.content_src", element)
            return
        kind = kind or "text"
        if kind in TEXT_TYPES:
            if kind == "xhtml":
                self.xhtml(element)
            else:
                self.no_markup(element, kind)
                if kind == "text":
                    self.undeclared_html(element)
                else:
                    self.html(element)
            return
        problem = values.mime_type_problem(kind)
        if problem:
            self.value_problem(problem, element, rss.attribute_subject("type", "content"))
            return
        if kind.lower().startswith(("multipart/", "message/")):
            self.add("InvalidMIMEType.composite", element, kind=kind)
            return
        if values.is_xml_mime_type(kind):
            if kind.lower().startswith("application/xhtml+xml"):
                self.html_fragment(element, kind)
            return
        if kind.lower().startswith("text/"):
            self.no_markup(element, kind)
            if kind.lower().startswith("text/html"):
                self.html_fragment(element, kind)
                self.html(element)
            return
        self.no_markup(element, kind)
        data = "".join(element.itertext())
        try:
            binascii.a2b_base64("".join(data.split()).encode("ascii"), strict_mode=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            self.add("NotBase64", element, kind=kind)

    def content_needs_summary(self, content) -> bool:
        if content.get("src") is not None:
            return True
        kind = content.get("type") or "text"
        if kind in TEXT_TYPES or values.mime_type_problem(kind):
            return False
        return not (values.is_xml_mime_type(kind) or kind.lower().startswith("text/"))


_MISSING_HINTS = frozenset({"id", "title", "updated", "name"})  # the elements with a hint of their own (hint.missing.*)



# Text directly inside an element, other than whitespace between its children (one compiled XPath:
# faster than touching every child's .tail from Python).
_STRAY_TEXT = etree.XPath("text()[normalize-space()][1]")
_ANY_BASE = etree.XPath("boolean(descendant-or-self::*/@xml:base)")
_BASES = etree.XPath("descendant-or-self::*/@xml:base")


_HTML_DOCUMENT = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?(?:<!--.*?-->\s*)*<html[\s>]", re.I | re.S)
def _base(element, url: str) -> str:
    """The base IRI in scope at `element`: the document's URL, changed by every xml:base above it."""
    bases = []
    while element is not None:
        base = element.get(XML_BASE)
        if base is not None:
            bases.append(base.strip())
        element = element.getparent()
    for base in reversed(bases):
        url = urljoin(url, base)
    return url


IANA_RELATION_BASE = "http://www.iana.org/assignments/relation/"


def _rel(link) -> str:
    """A link's relation as a registered name where it is one (RFC 4287 section 4.2.7.2).

    No rel means "alternate"; the IRI form of a registered name is that name.
    """
    rel = link.get("rel")
    if rel is None:
        return "alternate"
    if rel.startswith(IANA_RELATION_BASE) and rel[len(IANA_RELATION_BASE):] in REGISTERED_RELS:
        return rel[len(IANA_RELATION_BASE):]
    return rel


def _xhtml_as_html(div) -> str:
    """The content of an XHTML div as the HTML a reader sees: no namespaces, no prefixes.

    Elements of namespaces readers do not render as HTML (extensions) are unwrapped:
    their text stays, their tags go. SVG and MathML keep their (HTML5-known) names.
    """
    copy = etree.fromstring(etree.tostring(div, with_tail=False))
    foreign = []
    for node in copy.iter():
        tag = node.tag
        if not isinstance(tag, str):
            continue
        namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        if namespace in HTML_NAMESPACES:
            node.tag = local
            for key in [key for key in node.attrib if key.startswith("{")]:
                value = node.attrib.pop(key)
                if key == XML_LANG:
                    node.set("lang", value)
        else:
            foreign.append(node.tag)
    if foreign:
        etree.strip_tags(copy, *set(foreign))
    etree.cleanup_namespaces(copy)
    markup = etree.tostring(copy, encoding="unicode", with_tail=False)
    return markup[markup.find(">") + 1: markup.rfind("<")] if not markup.endswith("/>") else ""


def _namespace_key(namespace: str) -> str:
    """A namespace name without trailing punctuation, lower-cased: "http://purl.org/dc/elements/1.1" and
    ".../1.1/" are the same vocabulary to a reader."""
    end = len(namespace)
    while end and not (namespace[end - 1].isalnum() or namespace[end - 1] == "_"):
        end -= 1
    return namespace[:end].lower()


# Namespaces whose attributes may stand on any element (xsi:schemaLocation on the root, ...), or whose
# vocabularies we know by name only: their attributes are never unexpected.
GLOBAL_ATTRIBUTE_NAMESPACES = frozenset(
    {
        XML_NS,
        "http://www.w3.org/2001/XMLSchema-instance",
        "http://usefulinc.com/ns/doap#",
        "http://purl.org/dc/dcmitype/",
        "http://www.pheedo.com/namespace/pheedo",
        "http://backend.userland.com/rss2",
        "http://blogs.law.harvard.edu/tech/rss",
        "http://purl.org/rss/2.0/",
        "http://podcastindex.org/namespace/1.0",
        "https://podcastindex.org/namespace/1.0",
        "http://www.google.com/schemas/play-podcasts/1.0",
        "http://www.rssboard.org/media-rss",
        "http://purl.org/net/rss1.1/payload#",
        "http://madskills.com/public/xml/rss/module/pingback/",
    }
)
# Vocabularies whose attributes we know: one of them on an Atom element that does not take it is an
# error (UnexpectedAttribute). Attributes of other namespaces are extensions (RFC 4287 section 6.4).
KNOWN_ATTRIBUTE_NAMESPACES = frozenset(
    _namespace_key(namespace)
    for namespace in (*rss.KNOWN_NAMESPACES, *FEED_VOCABULARIES, "urn:atom-extension:indexing")
    if namespace not in GLOBAL_ATTRIBUTE_NAMESPACES
)


# The robots META values (all, none, and at most one of index/noindex and follow/nofollow, either order).
ROBOTS_CONTENT = frozenset(
    {"all", "none"}
    | {a for a in ("index", "noindex", "follow", "nofollow")}
    | {f"{a},{b}" for a in ("index", "noindex") for b in ("follow", "nofollow")}
    | {f"{b},{a}" for a in ("index", "noindex") for b in ("follow", "nofollow")}
)
_GEORSS_POINT = re.compile(r"[-+]?\d+\.?\d*[ ,][-+]?\d+\.?\d*")


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


Handler = Callable[[AtomChecker, object], object]

HEAD_ELEMENTS: dict[str, Handler] = {
    "author": AtomChecker.person,
    "category": AtomChecker.category,
    "contributor": AtomChecker.person,
    "generator": AtomChecker.generator,
    "icon": AtomChecker.iri_element,
    "id": AtomChecker.id_element,
    "link": AtomChecker.link,
    "logo": AtomChecker.iri_element,
    "rights": AtomChecker.text_construct,
    "subtitle": AtomChecker.text_construct,
    "title": AtomChecker.text_construct,
    "updated": AtomChecker.date_element,
}
SINGLE_HEAD_ELEMENTS = frozenset({"generator", "icon", "id", "logo", "rights", "subtitle", "title", "updated"})

ENTRY_ELEMENTS: dict[str, Handler] = {
    "author": AtomChecker.person,
    "category": AtomChecker.category,
    "content": AtomChecker.content,
    "contributor": AtomChecker.person,
    "id": AtomChecker.id_element,
    "link": AtomChecker.link,
    "published": AtomChecker.date_element,
    "rights": AtomChecker.text_construct,
    "source": AtomChecker.source,
    "summary": AtomChecker.text_construct,
    "title": AtomChecker.text_construct,
    "updated": AtomChecker.date_element,
}
THR_COUNT = f"{{{THR_NS}}}count"
THR_UPDATED = f"{{{THR_NS}}}updated"
INDEX_ATTRIBUTE = "{urn:atom-extension:indexing}index"  # may search engines index this feed/entry: yes or no
APP_DRAFT = f"{{{APP_NS}}}draft"
THR_WHEN = f"{{{THR_NS}}}when"  # a draft's name for thr:updated
ATOM_EXTENSIONS: dict[str, Handler] = {
    f"{{{THR_NS}}}in-reply-to": AtomChecker.in_reply_to,
    f"{{{THR_NS}}}total": AtomChecker.thread_total,
    f"{{{APP_NS}}}edited": AtomChecker.app_edited,
    f"{{{APP_NS}}}control": AtomChecker.app_control,
    "{http://www.bloglines.com/about/specs/fac-1.0}restriction": AtomChecker.access_restriction,
    f"{{{DCTERMS_NS}}}extent": lambda checker, element: checker.extension_count(element, least=1),
    f"{{{OPENSEARCH_NS}}}totalResults": lambda checker, element: checker.extension_count(element, least=0),
    f"{{{OPENSEARCH_NS}}}itemsPerPage": lambda checker, element: checker.extension_count(element, least=0),
    f"{{{OPENSEARCH_NS}}}startIndex": AtomChecker.opensearch_start,
    "{http://www.georss.org/georss}point": AtomChecker.georss_point,
    f"{{{EVENT_NS}}}startdate": AtomChecker.iso8601_element,
    f"{{{EVENT_NS}}}enddate": AtomChecker.iso8601_element,
    "{http://purl.org/rss/1.0/modules/aggregation/}timestamp": AtomChecker.iso8601_element,
}

# Extension elements that appear at most once in a feed, entry or source (W3C: DuplicateElement): a second
# title, date or count of the same thing contradicts the first. dc:creator, dc:subject and the like repeat.
ONCE_PER_PARENT = frozenset(
    [f"{{{DC_NS}}}{name}" for name in "title description type format source language rights date".split()]
    + [
        f"{{{DCTERMS_NS}}}{name}"
        for name in "abstract tableOfContents created issued modified dateAccepted dateCopyrighted dateSubmitted extent mediator".split()
    ]
    + [f"{{{OPENSEARCH_NS}}}{name}" for name in ("totalResults", "startIndex", "itemsPerPage")]
    + [f"{{{EVENT_NS}}}{name}" for name in ("startdate", "enddate", "type")]
    + ["{http://purl.org/rss/1.0/modules/aggregation/}timestamp"]
    + [
        "{http://purl.org/rss/1.0/modules/slash/}comments",
        "{http://purl.org/rss/1.0/modules/slash/}hit_parade",
        "{http://wellformedweb.org/CommentAPI/}comment",
        "{http://wellformedweb.org/CommentAPI/}commentRss",
        "{http://madskills.com/public/xml/rss/module/trackback/}ping",
        "{http://webns.net/mvcb/}generatorAgent",
        "{http://webns.net/mvcb/}errorReportsTo",
        *(f"{{http://purl.org/rss/1.0/modules/syndication/}}{name}" for name in ("updatePeriod", "updateFrequency", "updateBase")),
    ]
)

SINGLE_ENTRY_ELEMENTS = frozenset({"content", "id", "published", "rights", "source", "summary", "title", "updated"})
