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
from feedtool.validate.findings import Finding, error, warning
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
    "http://purl.org/rss/1.0/modules/syndication/": frozenset({"updatePeriod", "updateFrequency", "updateBase"}),
    DCTERMS_NS: frozenset(
        """abstract accessRights accrualMethod accrualPeriodicity accrualPolicy alternative audience available
        bibliographicCitation conformsTo contributor coverage created creator date dateAccepted dateCopyrighted
        dateSubmitted description educationLevel extent format hasFormat hasPart hasVersion identifier
        instructionalMethod isFormatOf isPartOf isReferencedBy isReplacedBy isRequiredBy issued isVersionOf
        language license mediator medium modified provenance publisher references relation replaces requires
        rights rightsHolder source spatial subject tableOfContents temporal title type valid""".split()
    ),  # the DCMI metadata terms
    "http://purl.org/dc/elements/1.1/": frozenset(
        {
            "title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
            "format", "identifier", "source", "language", "relation", "coverage", "rights",
        }
    ),
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

    def error(self, code: str, message: str, element=None) -> None:
        self.findings.append(error(code, message, element))

    def warning(self, code: str, message: str, element=None) -> None:
        self.findings.append(warning(code, message, element))

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
            self.error(
                "MissingNamespace",
                f'<{tag}> is in no namespace: add xmlns="{ATOM_NS}" to the root element to make it an Atom 1.0 document',
                root,
            )
            self.prefix = ""
        else:
            namespace = tag[1:].split("}", 1)[0]
            if namespace != ATOM_NS:
                self.error(
                    "InvalidNamespace",
                    f'<{root.tag.split("}", 1)[1]}> is in the namespace "{namespace}", which is not Atom 1.0: '
                    f'use xmlns="{ATOM_NS}"',
                    root,
                )
                self.prefix = "{%s}" % namespace
        if root.prefix and self.prefix:
            self.warning(
                "AvoidNamespacePrefix",
                f'the Atom namespace is bound to the prefix "{root.prefix}": many readers only understand '
                f'the default namespace; write xmlns="{ATOM_NS}" and drop the prefix',
                root,
            )
        local = self.local(root)
        if local == "entry":
            self.entry(root, feed_has_author=False)
        else:
            self.feed(root)

    def feed(self, feed) -> None:
        self.common_attributes(feed, frozenset())
        entries: list = []
        counts, _, links = self.children(feed, HEAD_ELEMENTS, SINGLE_HEAD_ELEMENTS, entries)
        for required in ("id", "title", "updated"):
            if required not in counts:
                self.missing(feed, required)
        self.alternate_links(feed, links)
        if not any(_rel(link) == "self" for link in links):
            self.warning(
                "MissingSelf",
                '<feed> has no <link rel="self" href="..."/>: add one with the address the feed is published at, '
                "so readers can find it again",
                feed,
            )
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
                    self.error(
                        "FeedRelInCompleteFeed",
                        f'<fh:complete/> says this feed holds every entry, but a link with rel="{rel}" points to '
                        "another page of it: remove the link, or remove <fh:complete/>",
                        link,
                    )
                elif self.resolved(link) not in selves:
                    self.error(
                        "CurrentNotSelfInCompleteFeed",
                        '<fh:complete/> says this feed is the whole feed, so its rel="current" link must be its '
                        "own (self) address: make the current link equal to the self link, or remove <fh:complete/>",
                        link,
                    )
        elif FH_ARCHIVE in markers:
            if not rels & {"prev-archive", "next-archive"}:
                self.warning(
                    "ArchiveIncomplete",
                    '<fh:archive/> without rel="prev-archive" or rel="next-archive" links: link the neighbouring '
                    "archive documents, or mark a feed that holds every entry with <fh:complete/>",
                    feed,
                )
            if "current" not in rels:
                self.warning(
                    "MissingCurrentInArchive",
                    '<fh:archive/> without a rel="current" link: archive documents should link to the feed '
                    "that holds the newest entries",
                    feed,
                )
        for end, beyond in (("first", "previous"), ("last", "next")):
            if any(rel == end and self.resolved(link) in selves for link, rel in history):
                for link, rel in history:
                    if rel == beyond:
                        self.error(
                            "LinkPastEnd",
                            f'this page is the {end} of the list (its rel="{end}" link is its own address), but it has '
                            f'a rel="{beyond}" link past that end: remove the link, or correct the {end} link',
                            link,
                        )

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
                    self.warning(
                        "DuplicateEntries",
                        f'two entries have the id "{entry_id}" and the same <updated>: an entry that appears twice '
                        "is shown twice or lost by readers; give each entry its own id, or keep only the newest version",
                        entry,
                    )
                seen_ids.setdefault(entry_id, updated)
            if updated is not None:
                if updated in seen_updated and updated not in reported_updated:
                    reported_updated.add(updated)
                    self.warning(
                        "DuplicateUpdated",
                        f"two entries have the same <updated> {updated}: dates should be as accurate as possible",
                        entry,
                    )
                seen_updated.add(updated)
        ids = [entry_id for _, entry_id, _ in entries]
        if len(ids) >= DUPLICATE_IDS_MINIMUM and len(set(ids)) == 1 and ids[0] is not None:
            self.error(
                "DuplicateIds",
                f'all {len(ids)} entries have the same id "{ids[0]}": readers keep only one of them; '
                "give every entry its own permanent id",
                entries[1][0],
            )

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
                self.error(
                    "MisplacedMetadata",
                    f"<{local}> comes after the first <entry>: move the feed's own elements before all entries",
                    child,
                )
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
                self.warning(
                    "FeedHistoryRelInEntry",
                    f'a link with rel="{rel}" describes feed paging and archives (RFC 5005): '
                    "move it to the feed's head, outside every entry",
                    link,
                )
        for required in ("id", "title", "updated"):
            if required not in counts:
                self.missing(entry, required)
        if "author" not in counts and not feed_has_author and not self.has_child(first.get("source"), "author"):
            self.error(
                "MissingElement",
                "the entry has no <author>, and neither has the feed "
                "(or the entry's <source>): add <author><name>...</name></author> to the feed or to each entry",
                entry,
            )
        content, summary, title = first.get("content"), first.get("summary"), first.get("title")
        if content is None and not any(_rel(link) == "alternate" for link in links):
            self.error(
                "MissingContentOrAlternate",
                'the entry has neither <content> nor <link rel="alternate" href="..."/>: '
                "add the text as <content>, or link to where it can be read",
                entry,
            )
        if content is not None and summary is None and self.content_needs_summary(content):
            self.error(
                "MissingSummary",
                "the entry's <content> is not inline text (it has src, or is base64-encoded): "
                "add a <summary> that readers can show",
                entry,
            )
        if title is not None and not self.has_text(title):
            self.warning("MissingTextualContent", "the entry's <title> is empty: give every entry a title", title)
        if content is None and (summary is None or not self.has_text(summary)):
            self.warning(
                "MissingTextualContent",
                "the entry has no <content> and no text in <summary>: add a summary that says what the entry is about",
                summary if summary is not None else entry,
            )
        if content is not None and content.get("src") is None and not self.has_text(content):
            self.warning("NotBlank", "<content> is empty: add the entry's text, or leave <content> out", content)
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
                self.warning(
                    "MissingSourceElement",
                    f"<source> has no <{recommended}>: copy the source feed's id, title and updated into it",
                    source,
                )
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
        self.error(
            "MissingElement",
            f"<{where}> has no <{child}>: every <{where}> must have {'an' if child[0] in 'aeiou' else 'a'} <{child}>; "
            + _MISSING_HINTS.get(child, f"add <{child}>"),
            parent,
        )

    def duplicate(self, element, parent) -> None:
        self.error(
            "DuplicateElement",
            f"<{self.local(parent)}> has more than one <{self.local(element)}>: keep only one",
            element,
        )

    def undefined(self, element, parent) -> None:
        self.error(
            "UndefinedElement",
            f"<{self.name(element)}> is not defined in <{self.name(parent)}> by Atom 1.0: check the spelling, "
            "or put your own elements in a namespace of your own",
            element,
        )

    def foreign(self, element, parent) -> None:
        """An element outside the Atom namespace: an extension, unless it is in no namespace at all."""
        tag = element.tag
        if not isinstance(tag, str):
            return  # comment or processing instruction
        if not tag.startswith("{"):
            # RFC 4287 section 6 (simpleExtensionElement = element * - atom:*) admits it, but without a
            # namespace no reader can tell which vocabulary it is from (W3C: a warning too).
            self.warning(
                "UndeterminableVocabulary",
                f"<{tag}> in <{self.name(parent)}> is in no namespace, so readers cannot tell what it means: "
                f'declare a namespace of your own (xmlns:my="...") and write <my:{tag}>',
                element,
            )
            return
        namespace, local = tag[1:].split("}", 1)
        if namespace == XHTML_NS and local == "meta" and self.local(parent) in ("feed", "source"):
            self.robots_meta(element)
            return
        if namespace == XHTML_NS:
            self.warning(
                "MisplacedXHTMLContent",
                f"<{self.name(element)}> is XHTML directly inside <{self.name(parent)}>: readers look for text in "
                '<content type="xhtml">, <summary> or <title>; move it there',
                element,
            )
            return
        vocabulary = KNOWN_VOCABULARIES.get(namespace)
        if vocabulary is not None and local not in vocabulary:
            self.error(
                "UndefinedElement",
                f"<{self.name(element)}> is not an element of the {namespace} vocabulary "
                f"(which has {', '.join(sorted(vocabulary))}): check the spelling",
                element,
            )
            return
        places = PLACES.get(tag)
        if places is not None and self.local(parent) not in places:
            self.error(
                "UndefinedElement",
                f"<{self.name(element)}> does not belong in <{self.name(parent)}>: its vocabulary defines it only in "
                + " and ".join(f"<{place}>" for place in sorted(places))
                + "; move it there",
                element,
            )
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
            self.error(
                "MissingAttribute",
                '<thr:in-reply-to> has no ref attribute: add ref="..." with the id of the entry it replies to',
                element,
            )
        else:
            problem = values.identifier_problem(ref.strip())
            if problem:
                self.error(problem.code, f"the ref of <thr:in-reply-to>: {problem.detail}", element)
        for attribute in ("href", "source"):
            self.iri_attribute(element, attribute)
        kind = element.get("type")
        if kind is not None:
            problem = values.mime_type_problem(kind)
            if problem:
                self.error(problem.code, f"the type of <thr:in-reply-to>: {problem.detail}", element)

    def thread_total(self, element) -> None:
        self.only_one(element)
        problem = values.non_negative_integer_problem(self.simple_text(element).strip())
        if problem:
            self.error(problem.code, f"<thr:total>: {problem.detail}", element)

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
                    self.error(
                        "InvalidYesNo", f'<app:draft> is "{value}": write "yes" or "no" (lower case)', child
                    )
            elif isinstance(child.tag, str) and child.tag.startswith(f"{{{APP_NS}}}"):
                self.error(
                    "UndefinedElement",
                    f"<{self.name(child)}> is not defined in <app:control> (which holds <app:draft>): check the spelling",
                    child,
                )

    def extension_count(self, element, *, least: int) -> None:
        """dcterms:extent, opensearch counts: a whole number of at least `least`."""
        value = self.simple_text(element).strip()
        if not (value.isascii() and value.isdigit() and int(value) >= least):
            self.error(
                "InvalidPositiveInteger" if least else "InvalidNonNegativeInteger",
                f'<{self.name(element)}> is "{_short(value)}": write a whole number of {least} or more',
                element,
            )

    def iso8601_element(self, element) -> None:
        """ev:startdate, ev:enddate, ag:timestamp: ISO 8601 dates (the event and aggregation RSS 1.0 modules)."""
        problem = values.iso8601_problem(self.simple_text(element).strip())
        if problem:
            self.error(problem.code, f"<{self.name(element)}>: {problem.detail}", element)

    def opensearch_start(self, element) -> None:
        value = self.simple_text(element).strip()
        if not re.fullmatch(r"[+-]?[0-9]+", value):
            self.error("InvalidInteger", f'<{self.name(element)}> is "{_short(value)}": write a whole number', element)

    def georss_point(self, element) -> None:
        """GeoRSS Simple: "latitude longitude", space-separated (a comma is tolerated with a warning)."""
        value = self.simple_text(element).strip()
        match = _GEORSS_POINT.fullmatch(value)
        if match is None:
            self.error(
                "InvalidCoord",
                f'<{self.name(element)}> is "{_short(value)}": write latitude and longitude separated by a space, '
                "e.g. 52.09 5.12",
                element,
            )
        elif "," in value:
            self.warning("CoordComma", f"<{self.name(element)}> separates its coordinates with a comma: use a space", element)

    def robots_meta(self, element) -> None:
        """<xhtml:meta name="robots" content="noindex"/> in a feed: the robots exclusion, as in HTML."""
        name, content = element.get("name"), element.get("content")
        for attribute, value in (("name", name), ("content", content)):
            if value is None:
                self.error("MissingAttribute", f'<{self.name(element)}> has no {attribute} attribute: write name="robots" content="noindex"', element)
        if name is not None and name.lower() != "robots":
            self.error("InvalidMetaName", f'<{self.name(element)}> has name="{name}": in a feed only name="robots" has a meaning', element)
        if content is not None and content.lower().replace(" ", "") not in ROBOTS_CONTENT:
            self.error(
                "InvalidMetaContent",
                f'<{self.name(element)}> has content="{content}": write all, none, index or noindex, follow or nofollow, '
                'or one of each separated by a comma (e.g. "noindex,follow")',
                element,
            )

    def access_restriction(self, element) -> None:
        """Bloglines' access:restriction relationship="allow|deny" (may aggregators show the feed)."""
        relationship = element.get("relationship")
        if relationship is None:
            self.error("MissingAttribute", '<access:restriction> has no relationship attribute: write relationship="deny" or "allow"', element)
        elif relationship not in ("allow", "deny"):
            self.error(
                "InvalidAccessRestrictionRel",
                f'<access:restriction relationship="{relationship}">: write "allow" or "deny"',
                element,
            )

    def only_one(self, element) -> None:
        """An extension element that may appear once per parent (DuplicateElement for the second)."""
        tag = element.tag
        if any(sibling.tag == tag for sibling in element.itersiblings(preceding=True)):
            self.error(
                "DuplicateElement",
                f"<{self.name(element.getparent())}> has more than one <{self.name(element)}>: keep only one",
                element,
            )

    def thread_link_attributes(self, element) -> None:
        """thr:count and thr:updated on a replies link (RFC 4685 section 5)."""
        if element.get(THR_WHEN) is not None:
            self.error(
                "NoThrWhen",
                "thr:when is from a draft of the threading extension; RFC 4685 calls it thr:updated: "
                "rename the attribute",
                element,
            )
        rel = _rel(element)
        for attribute in (THR_COUNT, THR_UPDATED):
            if attribute in element.attrib and rel != "replies":
                self.error(
                    "UnexpectedAttribute",
                    f'thr:{attribute.rpartition("}")[2]} belongs on a link with rel="replies" (RFC 4685 section 5), '
                    f'not on rel="{rel}": remove it, or make the link a replies link',
                    element,
                )
        count = element.get(THR_COUNT)
        if count is not None:
            problem = values.non_negative_integer_problem(count)
            if problem:
                self.error(problem.code, f"the thr:count of <link>: {problem.detail}", element)
        updated = element.get(THR_UPDATED)
        if updated is not None:
            problem = values.rfc3339_problem(updated)
            if problem:
                self.error(problem.code, f"the thr:updated of <link>: {problem.detail}", element)

    def no_text(self, element) -> None:
        """Report text directly inside an element that may only hold elements."""
        texts = _STRAY_TEXT(element)
        if texts:
            self.stray_text(element, texts[0])

    def stray_text(self, element, stray: str) -> None:
        self.error(
            "UnexpectedText",
            f'<{self.name(element)}> contains the text "{_short(stray)}" outside any element: remove it '
            "or put it in the element it belongs to",
            element,
        )

    def common_attributes(self, element, allowed: frozenset[str]) -> None:
        """Report attributes Atom does not define here; check xml:lang and xml:base."""
        for key, value in element.items():
            if key in allowed:
                continue
            if key == XML_LANG:
                if value:  # xml:lang="" says the language is unknown: allowed
                    problem = values.language_problem(value)
                    if problem:
                        self.error(problem.code, f"xml:lang {problem.detail}", element)
                continue
            if key == XML_BASE:
                problem = values.iri_reference_problem(value)
                if problem:
                    self.error(problem.code, f"xml:base: {problem.detail}", element)
                continue
            if key == XML_SPACE:
                continue
            if key == INDEX_ATTRIBUTE:
                if value not in ("yes", "no"):
                    self.error(
                        "InvalidYesNo",
                        f'the index attribute (urn:atom-extension:indexing) of <{self.name(element)}> is "{value}": '
                        'write "yes" or "no" (lower case)',
                        element,
                    )
                continue
            if key.startswith("{"):
                # RFC 4287's undefinedAttribute allows foreign attributes; but an attribute of a vocabulary we
                # know, where that vocabulary does not define it (dc:date on a link, thr:count on a title), is a
                # mistake, as W3C reports it. Namespaces are compared as W3C does, forgiving a trailing "/" or "#".
                namespace = key[1:].partition("}")[0]
                if _namespace_key(namespace) in KNOWN_ATTRIBUTE_NAMESPACES:
                    self.error(
                        "UnexpectedAttribute",
                        f'the attribute {key.partition("}")[2]} (namespace {namespace}) is not defined on '
                        f"<{self.name(element)}>: remove it, or move the information into an element of its vocabulary",
                        element,
                    )
                continue
            self.error(
                "UnexpectedAttribute",
                f'the attribute "{key.split("}", 1)[-1]}" is not defined on <{self.name(element)}>: remove it'
                + (f" (allowed here: {', '.join(sorted(allowed))})" if allowed else ""),
                element,
            )

    def simple_text(self, element) -> str:
        """The text of an element that may hold only text; child elements are reported."""
        self.simple_text_with(element, frozenset())
        if len(element):
            return "".join(t for t in element.itertext())
        return element.text or ""

    def stripped(self, element, value: str, what: str) -> str:
        stripped = value.strip()
        if stripped != value:
            self.error(
                "UnexpectedWhitespace",
                f"<{self.name(element)}> has whitespace around its {what}: Atom allows none in dates and IRIs; "
                "write the value on one line without spaces",
                element,
            )
        return stripped

    def alternate_links(self, parent, links) -> None:
        seen: set[tuple[str | None, str | None]] = set()
        for link in links:
            if _rel(link) != "alternate":
                continue
            key = (link.get("type"), link.get("hreflang"))
            if key in seen:
                self.error(
                    "DuplicateAtomLink",
                    f'<{self.name(parent)}> has two alternate links with type="{key[0] or ""}" and '
                    f'hreflang="{key[1] or ""}": keep one, or tell them apart by type or hreflang',
                    link,
                )
            seen.add(key)

    # --- element handlers ---------------------------------------------------------------

    def id_element(self, element) -> None:
        value = self.stripped(element, self.simple_text(element), "id")
        if not value:
            self.warning("NotBlank", "<id> is empty: give a permanent, unique id", element)
        problem = values.identifier_problem(value)
        if problem:
            self.error(problem.code, f"<id>: {problem.detail}", element)
            return
        name = values.scheme(value)
        if name not in values.IANA_SCHEMES:
            self.warning(
                "SchemeNotIANARegistered",
                f'the id "{value}" uses the scheme "{name}:", which is not registered with IANA: '
                "prefer tag:, urn:uuid: or https:",
                element,
            )
        canonical = values.canonical_uri(value)
        if canonical != value:
            self.warning(
                "NonCanonicalURI",
                f'the id "{value}" is not in canonical form: write "{canonical}", so that ids compare equal',
                element,
            )

    def date_element(self, element) -> None:
        value = self.stripped(element, self.simple_text(element), "date")
        problem = values.rfc3339_problem(value)
        if problem:
            self.error(problem.code, f"<{self.name(element)}>: {problem.detail}", element)

    def iri_element(self, element) -> None:
        value = self.stripped(element, self.simple_text(element), "IRI")
        if not value and not len(element):
            self.warning("NotBlank", f"<{self.name(element)}> is empty: give the address, or leave it out", element)
            return
        problem = values.iri_reference_problem(value)
        if problem:
            self.error(problem.code, f"<{self.name(element)}>: {problem.detail}", element)

    def iri_attribute(self, element, attribute: str) -> None:
        value = element.get(attribute)
        if value is None:
            return
        problem = values.iri_reference_problem(value)
        if problem:
            self.error(problem.code, f'the {attribute} attribute of <{self.name(element)}>: {problem.detail}', element)
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
            self.warning(
                "SameDocumentReference",
                f'the {attribute} "{value}" of <{self.name(element)}> resolves to the xml:base ({base}) itself, which is '
                "not this document: some readers take it to mean this document; write the full address",
                element,
            )

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
                    self.warning("ContainsHTML", "<name> contains HTML, but it is plain text: remove the markup", child)
                if not name.strip():
                    self.warning("NotBlank", "<name> is empty: give the person's name", child)
                if _EMAIL_IN_NAME.search(name):
                    self.warning(
                        "ContainsEmail",
                        "<name> contains an e-mail address: put the address in its own <email> element",
                        child,
                    )
            elif local == "uri":
                self.iri_element(child)
            else:
                value = self.simple_text(child).strip()
                problem = values.addr_spec_problem(value)
                if problem:
                    self.error(problem.code, f"<email>: {problem.detail}", child)
                elif "." not in value.rpartition("@")[2] and not value.endswith("]"):
                    self.warning(
                        "UnknownHost",
                        f'the e-mail address "{value}" has no domain with a dot: mail to it will not arrive; '
                        "write the full address, e.g. jan@example.nl",
                        child,
                    )
        if "name" not in counts:
            self.missing(element, "name")

    def link(self, element) -> None:
        self.common_attributes(element, LINK_ATTRIBUTES)
        href = element.get("href")
        if href is None:
            self.error("MissingHref", '<link> has no href attribute: add href="..." with the address it points to', element)
        else:
            self.iri_attribute(element, "href")
        rel = element.get("rel")
        if rel is not None and _rel(element) not in REGISTERED_RELS:
            # RFC 4287 section 4.2.7.2 allows a registered name or an IRI; W3C warns about anything else
            # (UnregisteredAtomLinkRel) rather than rejecting the feed, and so do we: readers ignore such links.
            if not rel.strip():
                self.warning("AttrNotBlank", '<link rel=""> is blank: write a relation such as "alternate", or leave rel out', element)
            problem = values.absolute_iri_problem(rel) if ":" in rel else None
            if ":" not in rel or problem:
                self.warning(
                    "UnregisteredAtomLinkRel",
                    f'rel="{rel}" is not a registered link relation'
                    + (f" nor a valid IRI ({problem.detail})" if problem else "")
                    + ": use a registered one (alternate, self, related, enclosure, via, ...) or a full IRI",
                    element,
                )
        kind = element.get("type")
        if kind is not None:
            problem = values.mime_type_problem(kind)
            if problem:
                self.error(problem.code, f"the type of <link>: {problem.detail}", element)
        hreflang = element.get("hreflang")
        if hreflang is not None:
            problem = values.language_problem(hreflang)
            if problem:
                self.error(problem.code, f"the hreflang of <link>: {problem.detail}", element)
        self.html_in_attribute(element, "title")
        if THR_COUNT in element.attrib or THR_UPDATED in element.attrib or THR_WHEN in element.attrib:
            self.thread_link_attributes(element)
        length = element.get("length")
        if length is not None:
            problem = values.non_negative_integer_problem(length)
            if problem:
                self.error(problem.code, f"the length of <link>: {problem.detail}", element)
        if element.text and not element.text.isspace():
            self.warning(
                "AtomLinkNotEmpty",
                "<link> has content, but Atom links carry everything in attributes: "
                'write <link href="..."/> and remove the text',
                element,
            )
        if _rel(element) == "self" and href is not None:
            if kind is not None and kind.split(";")[0].strip().lower() not in FEED_MEDIA_TYPES:
                self.warning(
                    "SelfNotAtom",
                    f'the self link has type="{kind}", but a self link points at this Atom document itself '
                    '(application/atom+xml): did you mean rel="alternate"?',
                    element,
                )
            if values.scheme(href.strip()) is None and not self.has_base(element):
                self.warning(
                    "RelativeSelf",
                    f'the self link "{href}" is relative and no xml:base makes it absolute: write the full address',
                    element,
                )

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
            self.warning(
                "SelfDoesntMatchLocation",
                f'the self link "{links[0].get("href")}" is not the address the feed was fetched from ({url}): '
                "if the feed moved, update the self link; readers use it to find the feed again",
                links[0],
            )

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
            self.error(
                "MissingAttribute", '<category> has no term attribute: add term="..." with the category\'s name', element
            )
        scheme = element.get("scheme")
        if scheme is not None:  # RFC 4287 section 4.2.2.2: an IRI, so absolute (not a reference)
            problem = values.absolute_iri_problem(scheme)
            if problem:
                self.error(problem.code, f"the scheme of <category>: {problem.detail}", element)
        self.html_in_attribute(element, "label")

    def generator(self, element) -> None:
        self.simple_text_with(element, frozenset({"uri", "version"}))
        self.iri_attribute(element, "uri")
        if not len(element) and not (element.text or "").strip():
            self.warning("NotBlank", "<generator> is empty: name the software that made the feed, or leave it out", element)

    def simple_text_with(self, element, attributes: frozenset[str]) -> None:
        self.common_attributes(element, attributes)
        for child in element:
            if isinstance(child.tag, str):
                self.error(
                    "UndefinedElement",
                    f"<{self.name(child)}> is not allowed inside <{self.name(element)}>, which holds only text: "
                    "remove the markup",
                    child,
                )

    def type_attribute(self, element, default: str | None = "text") -> str | None:
        """The type of a text construct or content; a blank type="" is read as no type."""
        kind = element.get("type")
        if kind is not None and not kind.strip():
            self.warning(
                "AttrNotBlank",
                f'the type attribute of <{self.name(element)}> is blank: write type="text", "html" or "xhtml", '
                "or leave it out",
                element,
            )
            return default
        return default if kind is None else kind

    def text_construct(self, element) -> None:
        """title, subtitle, summary, rights: type text/html/xhtml."""
        self.common_attributes(element, frozenset({"type"}))
        kind = self.type_attribute(element)
        if kind not in TEXT_TYPES:
            self.error(
                "InvalidMIMEType" if values.mime_type_problem(kind) else "InvalidTextType",
                f'type="{kind}" on <{self.name(element)}>: the type of a text element must be "text", "html" '
                'or "xhtml" (media types are only allowed on <content>)',
                element,
            )
            if values.is_xml_mime_type(kind):
                self.html_fragment(element, kind)
                return  # already an error; the XML inside is not judged as text as well
            kind = "invalid"
        if kind == "xhtml":
            self.xhtml(element)
            return
        self.no_markup(element, kind)
        if kind != "invalid" and not len(element) and not (element.text or "").strip() and self.local(element.getparent()) != "entry":
            self.warning("NotBlank", f"<{self.name(element)}> is empty: give it a value, or leave it out", element)
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
            self.warning(
                "HtmlFragment",
                f'<{self.name(element)}> has type="{kind}", which means a whole document (<html>...), but holds '
                'a fragment: write type="html" (escaped HTML) or type="xhtml" (an XHTML div) instead',
                element,
            )

    def html(self, element) -> None:
        """Escaped HTML (type="html"): what readers will strip or cannot resolve.

        Relative URLs are flagged even under an xml:base: many readers ignore xml:base
        (docs/rules-atom.md), so only absolute URLs reach every subscriber.
        """
        if element.text and not len(element):
            self.findings.extend(
                check_html(element.text, element, where=f"<{self.name(element)}>")
            )

    def undeclared_html(self, element) -> None:
        text = element.text
        if text and not len(element) and looks_like_html(text):
            self.warning(
                "ContainsUndeclaredHTML",
                f'<{self.name(element)}> is plain text (type="text") but contains HTML, which readers will show '
                'as markup: write type="html" if it is HTML, or remove the markup',
                element,
            )

    def html_in_attribute(self, element, attribute: str) -> None:
        value = element.get(attribute)
        if value and looks_like_html(value):
            self.warning(
                "ContainsHTML",
                f'the {attribute} of <{self.name(element)}> contains HTML, but it is plain text: remove the markup',
                element,
            )

    def no_markup(self, element, kind: str) -> None:
        children = [child for child in element if isinstance(child.tag, str)]
        if children:
            self.error(
                "UndefinedElement",
                f'<{self.name(element)}> (type="{element.get("type", kind)}") contains the element <{self.name(children[0])}>: '
                'escape the markup (&lt;b&gt;) with type="html", or use type="xhtml" with a <div> of XHTML',
                children[0],
            )
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
                self.warning("NotBlank", f'<{self.name(element)}> (type="xhtml") is empty: give it a value, or leave it out', element)
            return
        if not has_div:
            self.error(
                "MissingXhtmlDiv",
                f'<{self.name(element)}> has type="xhtml", so its content must be one '
                f'<div xmlns="{XHTML_NS}">...</div>: wrap the content in that div',
                element,
            )
        if text.strip() and children:  # text alone is the missing div's problem; text beside elements is mixed content
            self.error(
                "UnexpectedText",
                f'<{self.name(element)}> (type="xhtml") has text outside '
                + ("its <div>: move it inside the div" if has_div else "any <div>: put all of it inside one"),
                element,
            )
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
                    self.error(
                        "UndefinedElement",
                        f"<{self.name(node)}> is a feed element (or in no namespace) inside XHTML content: "
                        "move it out of the content, or put it in the XHTML namespace",
                        node,
                    )
        prefixed = next((c for c in children if c.prefix and c.tag.startswith("{" + XHTML_NS)), None)
        if prefixed is not None:
            self.warning(
                "AvoidNamespacePrefix",
                f'the XHTML namespace is bound to the prefix "{prefixed.prefix}": many readers only understand '
                f'<div xmlns="{XHTML_NS}">; declare it as the default namespace on the div',
                prefixed,
            )
        if has_div:
            inner = _xhtml_as_html(children[0])
            self.findings.extend(
                check_html(
                    inner, element, where=f"<{self.name(element)}>", unknown="SecurityRisk"
                )
            )
        holder = children[0] if has_div else element
        if not len(holder) and holder.text and looks_like_html(holder.text):
            self.warning(
                "NotInline",
                f'<{self.name(element)}> is type="xhtml" but holds escaped markup: write the markup itself, '
                'or use type="html"',
                element,
            )

    def content(self, element) -> None:
        self.common_attributes(element, frozenset({"type", "src"}))
        kind = self.type_attribute(element, None)
        src = element.get("src")
        if src is not None:
            self.iri_attribute(element, "src")
            if kind is None:
                self.warning(
                    "MissingTypeAttr",
                    '<content src="..."> has no type: add the media type of what src points to (e.g. type="text/html")',
                    element,
                )
            elif kind in TEXT_TYPES:
                self.error(
                    "InvalidMIMEType",
                    f'<content src="..."> has type="{kind}": with src, type must be a media type such as text/html',
                    element,
                )
            if self.has_text(element):
                self.error(
                    "UnexpectedText",
                    '<content src="..."> must be empty: the content is at src; remove the text, or drop src',
                    element,
                )
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
            self.error(problem.code, f"the type of <content>: {problem.detail}", element)
            return
        if kind.lower().startswith(("multipart/", "message/")):
            self.error(
                "InvalidMIMEType",
                f'<content type="{kind}">: composite media types (multipart/*, message/*) are not allowed in Atom '
                "content (RFC 4287 section 4.1.3.1): link to the resource instead",
                element,
            )
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
            self.error(
                "NotBase64",
                f'<content type="{kind}"> must hold base64-encoded data (the type is neither text nor XML): '
                "encode it in base64, or point to it with src",
                element,
            )

    def content_needs_summary(self, content) -> bool:
        if content.get("src") is not None:
            return True
        kind = content.get("type") or "text"
        if kind in TEXT_TYPES or values.mime_type_problem(kind):
            return False
        return not (values.is_xml_mime_type(kind) or kind.lower().startswith("text/"))


_MISSING_HINTS = {
    "id": "add a permanent, unique one, e.g. <id>tag:example.org,2024:post-1</id>",
    "title": "add one, e.g. <title>What this is about</title>",
    "updated": "add the time of the last significant change, e.g. <updated>2024-05-01T09:30:00+02:00</updated>",
    "name": "add the person's name, e.g. <name>Jan de Vries</name>",
}


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
