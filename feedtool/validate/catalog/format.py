"""Codes of layer 2: which format the document is (feedtool/validate/detect.py)."""

from feedtool.validate.codes import ATOM, ATOM03, ERROR, INFO, RSS, RSS090, RSS10, WARNING, XML_FORMATS, declare, declare_text

declare_text("format.atom", "an Atom feed", "een Atom-feed")
declare_text("format.atom03", "an Atom 0.3 feed", "een Atom 0.3-feed")
declare_text("format.rss", "an RSS feed", "een RSS-feed")
declare_text("format.rss10", "an RSS 1.0 feed", "een RSS 1.0-feed")
declare_text("format.rss090", "an RSS 0.90 feed", "een RSS 0.90-feed")

declare(
    "UnknownFormat",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="format",
    summary=("Well-formed XML that is not a feed", "Goedgevormde XML die geen feed is"),
    message=("not an Atom or RSS feed: the root element is <{name}>, not <feed> (Atom) or <rss> (RSS 2.0)",
             "geen Atom- of RSS-feed: het hoofdelement is <{name}>, niet <feed> (Atom) of <rss> (RSS 2.0)"),
    explanation="""
The document is XML, but its root element is none that a feed format uses: an OPML file, a
sitemap, an API response or an XML export. Readers cannot subscribe to it. Validate the feed
itself (its root is <feed> for Atom, <rss> for RSS 2.0, <rdf:RDF> for RSS 1.0).
""",
    bad='<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">...',
    good='<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">...',
    w3c=None,
    spec=None,
)

declare(
    "InvalidNamespace",
    severity=ERROR,
    formats=(RSS, ATOM),
    layer="format",
    summary=("The root element is in the wrong namespace", "Het hoofdelement staat in de verkeerde namespace"),
    message=('the root element <rss> is in the namespace {namespace}: RSS 2.0 elements are in no namespace; remove the xmlns="…" from <rss>',
             'het hoofdelement <rss> staat in de namespace {namespace}: RSS 2.0-elementen staan in geen namespace; verwijder de xmlns="…" van <rss>'),
    variants={
        "atom": ('<feed> is in the namespace "{namespace}", not Atom\'s: write xmlns="http://www.w3.org/2005/Atom"',
                 '<feed> staat in de namespace "{namespace}", niet in die van Atom: schrijf xmlns="http://www.w3.org/2005/Atom"'),
    },
    explanation="""
RSS 2.0 elements are in no namespace, and Atom's are in http://www.w3.org/2005/Atom exactly. A
root element in another namespace (a default xmlns on <rss>, an Atom namespace with a typo) is
not recognised by readers that check namespaces: they see no feed at all.
""",
    bad='<rss version="2.0" xmlns="http://backend.userland.com/rss2">',
    good='<rss version="2.0">',
    w3c="InvalidNamespace",
    spec="RSS 2.0; RFC 4287, 1.2",
    url="https://www.rssboard.org/rss-specification#extendingRss",
)

declare(
    "UnknownNamespace",
    severity=WARNING,
    formats=XML_FORMATS,
    layer="format",
    summary=("Elements in a namespace the validator does not know", "Elementen in een namespace die de validator niet kent"),
    message=("the namespace {namespace!r} is unknown to this validator; its elements and attributes were not checked",
             "de namespace {namespace!r} is onbekend voor deze validator; de elementen en attributen ervan zijn niet gecontroleerd"),
    variants={
        "extension": ("the namespace {namespace!r} is unknown to this validator; its elements and attributes were not checked",
                      "de namespace {namespace!r} is onbekend voor deze validator; de elementen en attributen ervan zijn niet gecontroleerd"),
    },
    explanation="""
The document declares a namespace the validator does not know (reported once, where it is
declared, whether or not an element uses it): the elements and attributes in it go unchecked.
Often it is the first sign of a misspelt namespace URI. A namespace that is nearly a known one
(other case, a missing trailing slash) is checked as the known one, with ReservedPrefix when its
prefix is the conventional one.
""",
    bad='<rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd">',
    good='<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">',
    w3c="UnknownNamespace",
    spec="Namespaces in XML 1.0",
    url="https://www.w3.org/TR/xml-names/",
)

declare(
    "ObsoleteNamespace",
    severity=ERROR,
    formats=(ATOM03,),
    layer="format",
    summary=("Atom 0.3 (or older): a pre-standard draft", "Atom 0.3 (of ouder): een voorlopig ontwerp"),
    message=("this is an Atom {version} feed (namespace http://purl.org/atom/ns#), a pre-standard draft readers increasingly drop: "
             "upgrade to Atom 1.0 (RFC 4287, namespace http://www.w3.org/2005/Atom); its content is not checked further",
             "dit is een Atom {version}-feed (namespace http://purl.org/atom/ns#), een voorlopig ontwerp dat lezers steeds vaker laten vallen: "
             "stap over op Atom 1.0 (RFC 4287, namespace http://www.w3.org/2005/Atom); de inhoud wordt niet verder gecontroleerd"),
    explanation="""
Atom 0.3 was a draft (2003-2005) before Atom 1.0 became RFC 4287. Its elements differ (modified,
issued, tagline, mode="escaped"), and readers increasingly drop support for it. Upgrade to Atom 1.0.
""",
    bad='<feed version="0.3" xmlns="http://purl.org/atom/ns#">',
    good='<feed xmlns="http://www.w3.org/2005/Atom">',
    w3c="ObsoleteNamespace",
    spec="RFC 4287",
    url="https://www.rfc-editor.org/rfc/rfc4287",
)

declare(
    "OlderRssVersion",
    severity=INFO,
    formats=(RSS, RSS090),
    layer="format",
    summary=("An RSS version before 2.0 (0.90-0.94)", "Een RSS-versie van voor 2.0 (0.90-0.94)"),
    message=("this is an RSS {version} feed: checked with the RSS 2.0 rules, of which {version} is a subset",
             "dit is een RSS {version}-feed: gecontroleerd met de regels van RSS 2.0, waarvan {version} een deelverzameling is"),
    variants={
        "rss090": ("this is an RSS 0.90 feed (Netscape, 1999): checked with its own rules; readers still read it, but it has no dates, guids or item descriptions, which RSS 2.0 and Atom have",
                   "dit is een RSS 0.90-feed (Netscape, 1999): gecontroleerd met de eigen regels; lezers lezen het nog, maar het kent geen datums, guids en beschrijvingen per item, die RSS 2.0 en Atom wel hebben"),
    },
    explanation="""
RSS 0.91, 0.92, 0.93 and 0.94 are subsets of RSS 2.0 (which kept every element), so they are
checked with its rules. Nothing is wrong; declaring version="2.0" lets readers and this
validator apply the current rules without guessing. RSS 0.90 (an <rdf:RDF> root in Netscape's
namespace) is checked with its own rules, as RSS 1.0 is: a channel, an optional image and items
with a title and a link; nothing more can be said in it.
""",
    bad='<rss version="0.92">',
    good='<rss version="2.0">',
    w3c=None,
    spec="RSS 2.0",
    url="https://www.rssboard.org/rss-specification",
)

declare(
    "UnsupportedNamespace",
    severity=INFO,
    formats=XML_FORMATS,
    layer="format",
    summary=("A known namespace the validator has no rules for", "Een bekende namespace waarvoor de validator geen regels heeft"),
    message=("the namespace {namespace!r} ({name}) is known, but this validator has no rules for it: its elements were not checked",
             "de namespace {namespace!r} ({name}) is bekend, maar deze validator heeft er geen regels voor: de elementen ervan zijn niet gecontroleerd"),
    explanation="""
The namespace is a well-known extension (Podcasting 2.0, Google Data, Schema.org, RawVoice) that
this validator knows of but does not check. Its elements are passed over: check them with a tool of
that vocabulary.
""",
    bad='<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">',
    good="(nothing to fix: a note that these elements were not checked)",
    w3c="UnsupportedNamespace",
    spec="Namespaces in XML 1.0",
    url="https://www.w3.org/TR/xml-names/",
)
