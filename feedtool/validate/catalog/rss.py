"""Codes of the RSS 2.0 rules (feedtool/validate/rss.py, rssvalues.py); docs/rules-rss.md tells the rules."""

from feedtool.validate.codes import ERROR, RSS, RSS090, RSS10, WARNING, declare

FORMATS = (RSS,)
RSS_FAMILY = (RSS, RSS10, RSS090)
RSS2 = "https://www.rssboard.org/rss-specification"
PROFILE = "https://www.rssboard.org/rss-profile"
APPLE = "https://podcasters.apple.com/support/823-podcast-requirements"
MEDIA = "https://www.rssboard.org/media-rss"

CHOICE = ("<{element}> must be one of {allowed}, not {value!r}", "<{element}> moet een van {allowed} zijn, niet {value!r}")
MEDIA_CHOICE = ("the {attribute} attribute of <media:{element}> must be one of {allowed}, not {value!r}",
                "het attribuut {attribute} van <media:{element}> moet een van {allowed} zijn, niet {value!r}")

declare(
    "InvalidRSSVersion",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("An RSS version that was never released", "Een RSS-versie die nooit is uitgebracht"),
    message=('<rss version={version!r}> is not a released RSS version (0.91, 0.92 or 2.0; 0.93 and 0.94 were never finalised); write version="2.0"',
             '<rss version={version!r}> is geen uitgebrachte RSS-versie (0.91, 0.92 of 2.0; 0.93 en 0.94 zijn nooit afgerond); schrijf version="2.0"'),
    explanation="The released versions of RSS with an <rss> root are 0.91, 0.92 and 2.0. Write version=\"2.0\": every later element is allowed in it.",
    bad='<rss version="2">',
    good='<rss version="2.0">',
    w3c="InvalidRSSVersion",
    spec="RSS 2.0",
    url=RSS2,
)

declare(
    "NotInANamespace",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("An element in no namespace inside an extension element", "Een element zonder namespace binnen een extensie-element"),
    message=("<{element}> inside <{parent}> is in no namespace: RSS 2.0 allows other elements only in a namespace; write it in the extension's namespace (<prefix:{element}>)",
             "<{element}> binnen <{parent}> staat in geen namespace: RSS 2.0 staat andere elementen alleen in een namespace toe; schrijf het in de namespace van de extensie (<prefix:{element}>)"),
    explanation="""
RSS 2.0 admits elements it does not describe only in a namespace. An extension element's children
are no exception: written without a prefix (and with no default namespace) they are in no
namespace, so they belong to no vocabulary: not to RSS, whose <title> and <link> mean something else
inside an item, and not to the extension, whose own elements carry its prefix. Readers either
ignore them or mistake them for RSS's own.
""",
    bad='<podcast:liveItem status="live">\n  <title>Live uitzending</title>\n</podcast:liveItem>',
    good='(put the children in a namespace: <my:title xmlns:my="https://www.example.nl/ns">, or use an\n element the extension defines)',
    w3c="NotInANamespace",
    spec="RSS 2.0, Extending RSS",
    url=RSS2 + "#extendingRss",
)

declare(
    "QuestionableUsage",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A known extension element where nothing defines its meaning", "Een bekend extensie-element waar niets de betekenis vastlegt"),
    message=("<{element}> stands directly in <{parent}>, where no specification says what it means; it probably belongs in <channel>: move it there",
             "<{element}> staat direct in <{parent}>, waar geen specificatie zegt wat het betekent; het hoort waarschijnlijk in <channel>: verplaats het daarheen"),
    variants={
        "atom": ("<{element}> in an RSS <{parent}>: Atom defines it for feeds and entries, and nothing says what it means here; readers ignore it, so use the RSS element that says the same ({hint}) or leave it out",
                 "<{element}> in een RSS-<{parent}>: Atom definieert het voor feeds en berichten, en niets zegt wat het hier betekent; lezers negeren het, dus gebruik het RSS-element dat hetzelfde zegt ({hint}) of laat het weg"),
    },
    explanation="""
Atom's elements, Dublin Core and the geo vocabularies may describe many things, so an element of
theirs outside the place a feed format gives it is not simply undefined; but there nothing says
what it is about, and readers look for it in the channel only. An atom:link rel="self" written
before <channel> instead of inside it is the usual case: readers do not find the feed's address.
""",
    bad='<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <atom:link rel="self" href="https://www.example.nl/feed.xml"/>\n  <channel>...',
    good='<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    <atom:link rel="self" href="https://www.example.nl/feed.xml"/>...',
    w3c="QuestionableUsage",
    spec="RSS 2.0, Extending RSS",
    url=RSS2 + "#extendingRss",
)

declare(
    "InvalidRDF",
    severity=ERROR,
    formats=(RSS10, RSS090),
    layer="rss",
    summary=("An RSS 1.0 document that is no RDF/XML", "Een RSS 1.0-document dat geen RDF/XML is"),
    message=("<{element}> is not RDF/XML: {detail}", "<{element}> is geen RDF/XML: {detail}"),
    variants={
        "nodes": ("<{element}> holds {count} elements, and in RDF/XML a property holds one (or text): point at the other resource with rdf:resource=\"...\" and describe it beside the channel",
                  "<{element}> bevat {count} elementen, en in RDF/XML bevat een eigenschap er één (of tekst): wijs met rdf:resource=\"...\" naar de andere resource en beschrijf die naast het kanaal"),
        "li": ("<rdf:li> is a member of a container: put it inside <rdf:Seq> (or rdf:Bag), not directly in its parent",
               "<rdf:li> is een lid van een container: zet het in <rdf:Seq> (of rdf:Bag), niet direct in zijn ouder"),
        "mixed": ("<{element}> holds both text and elements: give it one of the two (or rdf:parseType=\"Literal\" for XML as a value)",
                  "<{element}> bevat zowel tekst als elementen: geef het een van beide (of rdf:parseType=\"Literal\" voor XML als waarde)"),
    },
    explanation="""
RSS 1.0 (and 0.90) is RDF: readers that take it as RDF/XML (and W3C's validator) parse it with
RDF's grammar, in which node elements (channel, item, image, rdf:Seq) and property elements (title,
link, items, image inside the channel, rdf:li) alternate. A property holds text, or exactly one
node, or points at a resource with rdf:resource. A channel's <image> written out in full inside the
channel, or <rdf:li> directly in <items>, breaks that grammar: RDF tools cannot read the feed.
""",
    bad='<channel rdf:about="https://www.example.nl/">\n  <image><title>Logo</title><url>https://www.example.nl/logo.png</url></image>\n</channel>',
    good='<channel rdf:about="https://www.example.nl/">\n  <image rdf:resource="https://www.example.nl/logo.png"/>\n</channel>\n<image rdf:about="https://www.example.nl/logo.png">...</image>',
    w3c="InvalidRDF",
    spec="RDF 1.1 XML Syntax, 2 Syntax; RSS 1.0, 5.3",
    url="https://www.w3.org/TR/rdf-syntax-grammar/",
)

declare(
    "InvalidDoctype",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("The RSS 0.91 DOCTYPE on a feed of another version", "Het DOCTYPE van RSS 0.91 op een feed van een andere versie"),
    message=("the Netscape DOCTYPE is for RSS 0.91 but this feed says version {version!r}; remove the DOCTYPE",
             "het DOCTYPE van Netscape is voor RSS 0.91, maar deze feed zegt versie {version!r}; verwijder het DOCTYPE"),
    explanation="Netscape's DOCTYPE declares an RSS 0.91 document; on an RSS 2.0 feed it contradicts the version. RSS 2.0 needs no DOCTYPE.",
    bad='<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="2.0">',
    good='<rss version="2.0">',
    w3c="InvalidDoctype",
    spec="RSS 0.91",
    url="https://www.rssboard.org/rss-0-9-1",
)

for _code, _element, _summary_nl in (("MissingTitle", "title", "Een verplichte <title> ontbreekt"),
                                     ("MissingLink", "link", "Een verplichte <link> ontbreekt"),
                                     ("MissingDescription", "description", "Een verplichte <description> ontbreekt")):
    declare(
        _code,
        severity=ERROR,
        formats=RSS_FAMILY,
        layer="rss",
        summary=(f"A required <{_element}> is missing", _summary_nl),
        message=("<{parent}> is missing the required <{element}> element; add it", "<{parent}> mist het verplichte element <{element}>; voeg het toe"),
        explanation=f"""
The RSS channel requires a title, a link and a description; an image and a text input their own
title and link. Readers show the <{_element}> to subscribers and use it to identify the feed.
""",
        bad="<channel>\n  <title>Blog</title>\n</channel>" if _element != "title" else "<channel>\n  <link>https://www.example.nl/</link>\n</channel>",
        good="<channel>\n  <title>Blog</title>\n  <link>https://www.example.nl/</link>\n  <description>Over zaakgericht werken</description>\n</channel>",
        w3c=_code,
        spec="RSS 2.0, Required channel elements",
        url=RSS2 + "#requiredChannelElements",
    )

declare(
    "ItemMustContainTitleOrDescription",
    severity=ERROR,
    formats=RSS_FAMILY,
    layer="rss",
    summary=("An item with neither title nor description", "Een item zonder titel en zonder beschrijving"),
    message=("an <item> needs a <title> or a <description> (or both); add one", "een <item> heeft een <title> of een <description> nodig (of beide); voeg er een toe"),
    explanation="RSS requires at least one of title and description in every item: without either, readers have nothing to show.",
    bad="<item>\n  <link>https://www.example.nl/1/</link>\n</item>",
    good="<item>\n  <title>De ijsberg</title>\n  <link>https://www.example.nl/1/</link>\n</item>",
    w3c="ItemMustContainTitleOrDescription",
    spec="RSS 2.0, Elements of <item>",
    url=RSS2 + "#hrelementsOfLtitemgt",
)

declare(
    "MisplacedItem",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A channel element after the first item", "Een kanaalelement na het eerste item"),
    message=("<{element}> comes after the first <item>; the RSS profile puts all items at the end of the channel: move it up",
             "<{element}> staat na het eerste <item>; het RSS-profiel zet alle items aan het eind van het kanaal: zet het hoger"),
    explanation="Streaming readers stop reading channel metadata at the first item; the RSS profile puts every item after the channel's elements.",
    bad="<channel>\n  <item>...</item>\n  <language>nl</language>\n</channel>",
    good="<channel>\n  <language>nl</language>\n  <item>...</item>\n</channel>",
    w3c="MisplacedItem",
    spec="RSS Advisory Board profile, <item>",
    url=PROFILE + "#element-channel-item",
)

declare(
    "NoBlink",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("<blink>, which RSS does not have", "<blink>, dat RSS niet kent"),
    message=("there is no <blink> element in RSS (it was an April Fools' joke); remove it",
             "RSS kent geen element <blink> (het was een 1 aprilgrap); verwijder het"),
    explanation="<blink> was an April Fools' joke about RSS; no reader knows the element, and what it holds is ignored.",
    bad="<channel>... <blink>https://www.example.nl/</blink>",
    good="<channel>...",
    w3c="NoBlink",
    spec="RSS 2.0",
    url=RSS2,
)

declare(
    "Rss091Constraint",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A requirement of RSS 0.91 that the feed does not meet", "Een eis van RSS 0.91 waar de feed niet aan voldoet"),
    message=("RSS 0.91 requires a <language> in the channel; add one (e.g. <language>nl</language>) or declare version 2.0",
             "RSS 0.91 vereist een <language> in het kanaal; voeg er een toe (bijvoorbeeld <language>nl</language>) of geef versie 2.0 op"),
    variants={
        "item": ("an RSS 0.91 item requires a <{element}>; add one or declare version 2.0",
                 "een item in RSS 0.91 vereist een <{element}>; voeg er een toe of geef versie 2.0 op"),
        "length": ("RSS 0.91 limits <{element}> to {limit} characters, this one has {length}; shorten it or declare version 2.0",
                   "RSS 0.91 beperkt <{element}> tot {limit} tekens, dit heeft er {length}; kort het in of geef versie 2.0 op"),
    },
    explanation="""
RSS 0.91 has rules RSS 2.0 dropped: a channel language, a title and a link in every item, length
limits. A feed that declares 0.91 should meet them, or declare 2.0.
""",
    bad='<rss version="0.91"><channel><title>Blog</title>...</channel></rss>',
    good='<rss version="2.0"><channel><title>Blog</title>...</channel></rss>',
    w3c=None,
    spec="RSS 0.91",
    url="https://www.rssboard.org/rss-0-9-1",
)

declare(
    "MissingAtomSelfLink",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("An RSS feed without an atom:link rel=\"self\"", "Een RSS-feed zonder atom:link rel=\"self\""),
    message=('the channel has no <atom:link rel="self" href="..."> giving the feed\'s own URL; add one (declare xmlns:atom="http://www.w3.org/2005/Atom")',
             'het kanaal heeft geen <atom:link rel="self" href="..."> met het eigen adres van de feed; voeg er een toe (declareer xmlns:atom="http://www.w3.org/2005/Atom")'),
    explanation="""
RSS has no element for the feed's own address; the RSS profile recommends Atom's self link for it.
Readers use it to subscribe from a copy and to notice a move.
""",
    bad='<rss version="2.0"><channel>...',
    good='<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>\n  <atom:link rel="self" type="application/rss+xml" href="https://www.example.nl/rss.xml"/>',
    w3c="MissingAtomSelfLink",
    spec="RSS Advisory Board profile, atom:link",
    url=PROFILE + "#namespace-elements-atom-link",
)

declare(
    "SlashDate",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("Comment counts without a date", "Aantallen reacties zonder datum"),
    message=("slash:comments is used but the channel has no <lastBuildDate> saying when the counts were made; add one",
             "slash:comments wordt gebruikt, maar het kanaal heeft geen <lastBuildDate> die zegt wanneer de aantallen geteld zijn; voeg er een toe"),
    explanation="A comment count means something only with the moment it was counted: the channel's lastBuildDate.",
    bad="<item>... <slash:comments>4</slash:comments></item>   (no lastBuildDate)",
    good="<lastBuildDate>Fri, 21 Dec 2012 10:00:00 +0100</lastBuildDate>\n<item>... <slash:comments>4</slash:comments></item>",
    w3c="SlashDate",
    spec="RSS 1.0 Slash module",
    url="https://web.resource.org/rss/1.0/modules/slash/",
)

declare(
    "UseOfExtensionAttr",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A namespaced attribute on a core RSS element", "Een attribuut uit een namespace op een kernelement van RSS"),
    message=("extension attribute {attribute!r} on the core element <{element}>: the RSS Board allows it (2007), but many readers ignore it; prefer an extension element",
             "extensie-attribuut {attribute!r} op het kernelement <{element}>: de RSS Board staat het toe (2007), maar veel lezers negeren het; gebruik liever een extensie-element"),
    explanation="""
RSS 2.0 was clarified in 2007 to allow namespaced attributes on its elements, but readers written
against the older text ignore them. A feed that says it follows the RSS Board's spec (<docs>) is
not warned.
""",
    bad='<enclosure url="..." length="1" type="audio/mpeg" my:duration="60"/>',
    good='<enclosure url="..." length="1" type="audio/mpeg"/>\n<my:duration>60</my:duration>',
    w3c="UseOfExtensionAttr",
    spec="RSS 2.0, Extending RSS",
    url=RSS2 + "#extendingRss",
)

for _code, _where, _nl in (("DuplicateSemantics", "channel", "kanaal"), ("DuplicateItemSemantics", "item", "item")):
    declare(
        _code,
        severity=WARNING,
        formats=FORMATS,
        layer="rss",
        summary=(f"Two elements of the {_where} that mean the same", f"Twee elementen van het {_nl} die hetzelfde betekenen"),
        message=("<{context}> has both <{first}> and <{second}>, which mean the same; readers disagree on which wins, so keep one",
                 "<{context}> heeft zowel <{first}> als <{second}>, die hetzelfde betekenen; lezers verschillen over welke telt, dus houd er één"),
        explanation="""
Core elements and Dublin Core or Atom elements can say the same thing (pubDate and dc:date, author
and dc:creator, language and dc:language). With both, readers pick one, and when they differ
subscribers see different things.
""",
        bad="<pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>\n<dc:date>2012-12-20</dc:date>",
        good="<pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>",
        w3c=_code,
        spec="RSS Advisory Board profile",
        url=PROFILE,
    )

declare(
    "MediaRssNamespace",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("The Media RSS namespace without its trailing slash", "De namespace van Media RSS zonder slash aan het eind"),
    message=("the Media RSS namespace is {right!r}, with a trailing slash; {wrong!r} is a mistake of early drafts: add the slash",
             "de namespace van Media RSS is {right!r}, met een slash aan het eind; {wrong!r} is een fout uit vroege ontwerpen: voeg de slash toe"),
    explanation="Media RSS elements are in http://search.yahoo.com/mrss/ exactly; without the slash readers do not recognise them.",
    bad='xmlns:media="http://search.yahoo.com/mrss"',
    good='xmlns:media="http://search.yahoo.com/mrss/"',
    w3c="MediaRssNamespace",
    spec="Media RSS 1.5.1",
    url=MEDIA,
)

declare(
    "ReservedPrefix",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A well-known prefix bound to another namespace", "Een bekend prefix gebonden aan een andere namespace"),
    message=("the prefix {prefix!r} is bound to {namespace!r} but usually means {usual!r}; check the namespace (a typo?) or pick another prefix",
             "het prefix {prefix!r} is gebonden aan {namespace!r} maar betekent meestal {usual!r}; controleer de namespace (een typefout?) of kies een ander prefix"),
    explanation="""
Readers that are not namespace-aware recognise extensions by prefix (dc:, itunes:, media:). The
prefix is bound to another namespace here: usually a misspelt namespace URI.
""",
    bad='xmlns:dc="http://purl.org/dc/elements/1.1"',
    good='xmlns:dc="http://purl.org/dc/elements/1.1/"',
    w3c="ReservedPrefix",
    spec="Namespaces in XML 1.0",
    url="https://www.w3.org/TR/xml-names/",
)

# --- iTunes -----------------------------------------------------------------------------------------

declare(
    "InvalidYesNoClean",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("An itunes:block other than yes, no or clean", "Een itunes:block anders dan yes, no of clean"),
    message=CHOICE,
    explanation="itunes:block hides the podcast or an episode from Apple's directory: yes (or no, or the older clean), in any case.",
    bad="<itunes:block>ja</itunes:block>",
    good="<itunes:block>yes</itunes:block>",
    w3c="InvalidYesNoClean",
    spec="Apple Podcasts RSS tags, <itunes:block>",
    url=APPLE,
)

declare(
    "InvalidTrueFalse",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=('A value that must be "true" or "false"', 'Een waarde die "true" of "false" moet zijn'),
    message=MEDIA_CHOICE,
    variants={"itunes": CHOICE},
    explanation="""
itunes:explicit says whether a podcast or episode has explicit content: since 2023 Apple takes only
true and false (the older yes, no and clean are refused). Media RSS's isDefault is true or false too.
""",
    bad="<itunes:explicit>no</itunes:explicit>",
    good="<itunes:explicit>false</itunes:explicit>",
    w3c="InvalidTrueFalse",
    spec="Apple Podcasts RSS tags, <itunes:explicit>; Media RSS 1.5.1",
    url=APPLE,
)

declare(
    "InvalidItunesChannelType",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=('An itunes:type other than "episodic" or "serial"', 'Een itunes:type anders dan "episodic" of "serial"'),
    message=CHOICE,
    explanation="itunes:type tells Apple how to order episodes: episodic (newest first) or serial (oldest first).",
    bad="<itunes:type>series</itunes:type>",
    good="<itunes:type>serial</itunes:type>",
    w3c="InvalidItunesChannelType",
    spec="Apple Podcasts RSS tags, <itunes:type>",
    url=APPLE,
)

declare(
    "InvalidItunesEpisodeType",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=('An itunes:episodeType other than "full", "trailer" or "bonus"', 'Een itunes:episodeType anders dan "full", "trailer" of "bonus"'),
    message=CHOICE,
    explanation="itunes:episodeType is full (a regular episode), trailer or bonus; Apple shows trailers and bonus episodes apart.",
    bad="<itunes:episodeType>teaser</itunes:episodeType>",
    good="<itunes:episodeType>trailer</itunes:episodeType>",
    w3c="InvalidItunesEpisodeType",
    spec="Apple Podcasts RSS tags, <itunes:episodeType>",
    url=APPLE,
)

declare(
    "InvalidItunesCategory",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A category that is not on Apple's list", "Een categorie die niet op de lijst van Apple staat"),
    message=("{name!r} is not a top-level iTunes category; use Apple's names exactly (with '&', e.g. 'Society & Culture')",
             "{name!r} is geen hoofdcategorie van iTunes; gebruik de namen van Apple precies (met '&', bijvoorbeeld 'Society & Culture')"),
    variants={
        "sub": ("{name!r} is not a sub-category of iTunes category {parent!r}; use Apple's names exactly (with '&', e.g. 'Society & Culture')",
                "{name!r} is geen subcategorie van iTunes-categorie {parent!r}; gebruik de namen van Apple precies (met '&', bijvoorbeeld 'Society & Culture')"),
    },
    explanation="Apple files podcasts only under the categories of its own list, written exactly (case, '&').",
    bad='<itunes:category text="Society and Culture"/>',
    good='<itunes:category text="Society &amp; Culture"/>',
    w3c="InvalidItunesCategory",
    spec="Apple Podcasts categories",
    url="https://podcasters.apple.com/support/1691-apple-podcasts-categories",
)

declare(
    "ObsoleteItunesCategory",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A category Apple retired", "Een categorie die Apple heeft opgeheven"),
    message=("{name!r} is an iTunes category Apple retired in 2006; pick a current one",
             "{name!r} is een iTunes-categorie die Apple in 2006 heeft opgeheven; kies een huidige"),
    explanation="Apple replaced these category names in 2006; podcasts filed under them are not listed under any current category.",
    bad='<itunes:category text="Computers"/>',
    good='<itunes:category text="Technology"/>',
    w3c="ObsoleteItunesCategory",
    spec="Apple Podcasts categories",
    url="https://podcasters.apple.com/support/1691-apple-podcasts-categories",
)

declare(
    "InvalidDuration",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("An itunes:duration that is not a duration", "Een itunes:duration die geen tijdsduur is"),
    message=("invalid itunes:duration {value!r}: write seconds (e.g. 460) or HH:MM:SS, H:MM:SS, MM:SS or M:SS (e.g. 7:40)",
             "ongeldige itunes:duration {value!r}: schrijf seconden (bijvoorbeeld 460) of HH:MM:SS, H:MM:SS, MM:SS of M:SS (bijvoorbeeld 7:40)"),
    explanation="The duration of an episode is a number of seconds or hours, minutes and seconds separated by colons.",
    bad="<itunes:duration>7 min 40</itunes:duration>",
    good="<itunes:duration>7:40</itunes:duration>",
    w3c="InvalidDuration",
    spec="Apple Podcasts RSS tags, <itunes:duration>",
    url=APPLE,
)

declare(
    "TooLong",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A value longer than its limit", "Een waarde die langer is dan toegestaan"),
    message=("<itunes:summary> has {length} characters; Apple allows at most {limit}: shorten it",
             "<itunes:summary> heeft {length} tekens; Apple staat er hoogstens {limit} toe: kort het in"),
    variants={
        "limit": ("<{element}> has {length} characters; Apple allows at most {limit}: shorten it",
                  "<{element}> heeft {length} tekens; Apple staat er hoogstens {limit} toe: kort het in"),
    },
    explanation="Apple limits the length of podcast texts: itunes:summary to 4,000 characters; itunes:author, keywords, subtitle and the owner's name to 255. Longer ones are cut off or refused.",
    bad="<itunes:summary>(5,000 characters)</itunes:summary>",
    good="<itunes:summary>(at most 4,000 characters)</itunes:summary>",
    w3c="TooLong",
    spec="Apple Podcasts RSS tags",
    url=APPLE,
)

declare(
    "InvalidKeywords",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("iTunes keywords separated by spaces", "iTunes-trefwoorden gescheiden door spaties"),
    message=("itunes:keywords {value!r} are separated by spaces; separate keywords with commas",
             "itunes:keywords {value!r} zijn gescheiden door spaties; scheid trefwoorden met komma's"),
    explanation="itunes:keywords is a comma-separated list of search terms; with only spaces, the whole text counts as one keyword.",
    bad="<itunes:keywords>zaakgericht werken sociaal domein</itunes:keywords>",
    good="<itunes:keywords>zaakgericht werken, sociaal domein</itunes:keywords>",
    w3c="InvalidKeywords",
    spec="Apple Podcasts RSS tags",
    url=APPLE,
)

declare(
    "MissingItunesEmail",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A podcast without an owner e-mail address", "Een podcast zonder e-mailadres van de eigenaar"),
    message=("the podcast has no <itunes:owner><itunes:email>; Apple sends its messages about the podcast to that address: add it",
             "de podcast heeft geen <itunes:owner><itunes:email>; Apple stuurt berichten over de podcast naar dat adres: voeg het toe"),
    explanation="Apple uses the owner's e-mail address to verify ownership of the podcast and to contact its owner.",
    bad="<itunes:owner><itunes:name>Rens</itunes:name></itunes:owner>",
    good="<itunes:owner><itunes:name>Rens</itunes:name><itunes:email>rens@example.nl</itunes:email></itunes:owner>",
    w3c="MissingItunesEmail",
    spec="Apple Podcasts RSS tags, <itunes:owner>",
    url=APPLE,
)

declare(
    "MissingItunesElement",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A podcast without an element Apple asks for", "Een podcast zonder een element dat Apple vraagt"),
    message=("the podcast has no <{element}>, which Apple asks for; add it", "de podcast heeft geen <{element}>, dat Apple vraagt; voeg het toe"),
    explanation="Apple requires a language, a category and itunes:explicit in every podcast's channel before it lists the podcast.",
    bad="<channel>... (no itunes:category)",
    good='<channel>... <itunes:category text="Technology"/>',
    w3c="MissingItunesElement",
    spec="Apple Podcasts RSS feed requirements",
    url=APPLE,
)

declare(
    "UnsupportedItunesFormat",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("An enclosure Apple Podcasts does not play", "Een enclosure die Apple Podcasts niet afspeelt"),
    message=("the enclosure {url!r} is in a format Apple Podcasts does not play (it takes .m4a, .mp3, .mov, .mp4, .m4v and .pdf)",
             "de enclosure {url!r} is in een formaat dat Apple Podcasts niet afspeelt (het neemt .m4a, .mp3, .mov, .mp4, .m4v en .pdf)"),
    explanation="Apple Podcasts plays M4A, MP3, MOV, MP4, M4V and PDF; other formats are skipped.",
    bad='<enclosure url="https://www.example.nl/1.ogg" length="1" type="audio/ogg"/>',
    good='<enclosure url="https://www.example.nl/1.mp3" length="1" type="audio/mpeg"/>',
    w3c="UnsupportedItunesFormat",
    spec="Apple Podcasts RSS feed requirements",
    url=APPLE,
)

# --- Media RSS ----------------------------------------------------------------------------------------

for _code, _attribute, _bad, _good in (
    ("InvalidMediaMedium", "medium", "picture", "image"),
    ("InvalidMediaExpression", "expression", "preview", "sample"),
    ("InvalidMediaTextType", "type", "markdown", "plain"),
    ("InvalidMediaRestrictionRel", "relationship", "block", "deny"),
    ("InvalidMediaRestrictionType", "type", "region", "country"),
):
    declare(
        _code,
        severity=ERROR,
        formats=FORMATS,
        layer="rss",
        summary=(f"A Media RSS {_attribute} that is not one of its values", f"Een Media RSS-{_attribute} die niet een van de toegestane waarden is"),
        message=MEDIA_CHOICE,
        explanation=f"The {_attribute} attribute of this Media RSS element takes one of a fixed set of values, in lower case.",
        bad=f'<media:content url="https://www.example.nl/1.jpg" {_attribute}="{_bad}"/>',
        good=f'<media:content url="https://www.example.nl/1.jpg" {_attribute}="{_good}"/>',
        w3c=_code,
        spec="Media RSS 1.5.1",
        url=MEDIA,
    )

declare(
    "InvalidMIMEAttribute",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A type attribute that is not a MIME type", "Een type-attribuut dat geen MIME-type is"),
    message=("the type attribute of <{element}> must be a MIME type such as {example!r}, not {value!r}",
             "het attribuut type van <{element}> moet een MIME-type zijn zoals {example!r}, niet {value!r}"),
    explanation="An enclosure's or media:content's type is a media type (audio/mpeg, video/mp4), which players use to decide what to do with the file.",
    bad='<enclosure url="https://www.example.nl/1.mp3" length="1" type="mp3"/>',
    good='<enclosure url="https://www.example.nl/1.mp3" length="1" type="audio/mpeg"/>',
    w3c="InvalidMIMEAttribute",
    spec="RSS 2.0, <enclosure>",
    url=RSS2 + "#ltenclosuregtSubelementOfLtitemgt",
)

declare(
    "MediaGroupWithoutAlternatives",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A media:group with fewer than two media:content", "Een media:group met minder dan twee media:content"),
    message=("<media:group> holds {count} <media:content>; a group is for several versions of the same media: with one, leave the group out",
             "<media:group> bevat {count} <media:content>; een groep is voor meerdere versies van hetzelfde medium: met één laat u de groep weg"),
    explanation="media:group bundles alternative versions (sizes, formats) of one media object; a group of one is meaningless.",
    bad='<media:group><media:content url="https://www.example.nl/1.mp4"/></media:group>',
    good='<media:content url="https://www.example.nl/1.mp4"/>',
    w3c="MediaGroupWithoutAlternatives",
    spec="Media RSS 1.5.1, <media:group>",
    url=MEDIA,
)

declare(
    "InvalidMediaRestriction",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=('A media:restriction without a type that is not "all" or "none"', 'Een media:restriction zonder type die niet "all" of "none" is'),
    message=("<media:restriction> without a type must say 'all' or 'none', not {value!r}; add type=\"country\" or type=\"uri\" for a list",
             "<media:restriction> zonder type moet 'all' of 'none' zeggen, niet {value!r}; voeg type=\"country\" of type=\"uri\" toe voor een lijst"),
    explanation="Without a type, a restriction's value is all or none; a list of countries or URIs needs its type.",
    bad='<media:restriction relationship="allow">nl be</media:restriction>',
    good='<media:restriction relationship="allow" type="country">nl be</media:restriction>',
    w3c="InvalidMediaRestriction",
    spec="Media RSS 1.5.1, <media:restriction>",
    url=MEDIA,
)

declare(
    "InvalidCreditRole",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A media:credit role not in lower case", "Een rol in media:credit die niet in kleine letters staat"),
    message=("the role {role!r} of <media:credit> must be in lower case (EBU role codes such as 'producer')",
             "de rol {role!r} van <media:credit> moet in kleine letters (EBU-rolcodes zoals 'producer')"),
    explanation="Media RSS credit roles are the EBU role names (producer, composer, director, ...) in lower case, as the spec writes them.",
    bad='<media:credit role="Producer">Rens</media:credit>',
    good='<media:credit role="producer">Rens</media:credit>',
    w3c="InvalidCreditRole",
    spec="Media RSS 1.5.1, <media:credit>",
    url=MEDIA,
)

declare(
    "InvalidMediaRating",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A media:rating value its scheme does not have", "Een waarde van media:rating die het schema niet kent"),
    message=("media:rating {value!r} with scheme {scheme!r}: use urn:simple (adult, nonadult), urn:mpaa, urn:v-chip or urn:icra values in lower case, or a scheme URI of your own",
             "media:rating {value!r} met schema {scheme!r}: gebruik waarden van urn:simple (adult, nonadult), urn:mpaa, urn:v-chip of urn:icra in kleine letters, of een eigen schema-URI"),
    explanation="A rating's value must belong to its scheme: urn:simple (adult, nonadult, the default), urn:mpaa, urn:v-chip, urn:icra.",
    bad='<media:rating>volwassen</media:rating>',
    good='<media:rating scheme="urn:simple">adult</media:rating>',
    w3c="InvalidMediaRating",
    spec="Media RSS 1.5.1, <media:rating>",
    url=MEDIA,
)

declare(
    "InvalidNPTTime",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A media time that is not NPT", "Een mediatijd die geen NPT is"),
    message=("{subject} {value!r} is not an NPT time: write seconds (123.45), h:mm:ss(.d) or 'now'",
             "{subject} {value!r} is geen NPT-tijd: schrijf seconden (123.45), h:mm:ss(.d) of 'now'"),
    explanation="Media RSS times (thumbnail time, text start and end) are Normal Play Time: seconds, or h:mm:ss.",
    bad='<media:thumbnail url="https://www.example.nl/1.jpg" time="1m30"/>',
    good='<media:thumbnail url="https://www.example.nl/1.jpg" time="0:01:30"/>',
    w3c="InvalidNPTTime",
    spec="RFC 2326, 3.6 Normal Play Time",
    url="https://www.rfc-editor.org/rfc/rfc2326#section-3.6",
)

declare(
    "InvalidMediaHash",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A media:hash that is not an MD5 or SHA-1 digest", "Een media:hash die geen MD5- of SHA-1-digest is"),
    message=("media:hash {value!r} (algo {algo!r}): algo must be md5 or sha-1 and the value {length} hexadecimal digits",
             "media:hash {value!r} (algo {algo!r}): algo moet md5 of sha-1 zijn en de waarde {length} hexadecimale cijfers"),
    explanation="media:hash is an MD5 (32 hexadecimal digits, the default) or SHA-1 (40) digest of the media file.",
    bad='<media:hash algo="sha-256">9f86d081...</media:hash>',
    good='<media:hash algo="md5">dfdec888b72151965a34b4b59031290a</media:hash>',
    w3c="InvalidMediaHash",
    spec="Media RSS 1.5.1, <media:hash>",
    url=MEDIA,
)

declare(
    "DeprecatedMediaAdult",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("media:adult, which media:rating replaced", "media:adult, dat vervangen is door media:rating"),
    message=('media:adult is deprecated: write <media:rating scheme="urn:simple">adult</media:rating> (or nonadult) instead',
             'media:adult is verouderd: schrijf in plaats daarvan <media:rating scheme="urn:simple">adult</media:rating> (of nonadult)'),
    explanation="Media RSS 1.1 replaced media:adult by media:rating, which names its scheme; readers that filter adult content look for the rating.",
    bad="<media:adult>true</media:adult>",
    good='<media:rating scheme="urn:simple">adult</media:rating>',
    w3c="DeprecatedMediaAdult",
    spec="Media RSS 1.5.1",
    url=MEDIA,
)

# --- image, textInput, cloud, skip lists ------------------------------------------------------------

declare(
    "ImageUrlFormat",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A channel image that is not GIF, JPEG or PNG", "Een kanaalafbeelding die geen GIF, JPEG of PNG is"),
    message=("the image {url!r} does not look like a GIF, JPEG or PNG, the formats RSS allows for the channel image",
             "de afbeelding {url!r} lijkt geen GIF, JPEG of PNG, de formaten die RSS voor de kanaalafbeelding toestaat"),
    explanation="RSS 2.0 allows GIF, JPEG and PNG for the channel image; readers may not show other formats (SVG, WebP, ICO).",
    bad="<image><url>https://www.example.nl/logo.svg</url>...</image>",
    good="<image><url>https://www.example.nl/logo.png</url>...</image>",
    w3c="ImageUrlFormat",
    spec="RSS 2.0, <image>",
    url=RSS2 + "#ltimagegtSubelementOfLtchannelgt",
)

declare(
    "ImageLinkDoesntMatch",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("The image's link differs from the channel's", "De link van de afbeelding verschilt van die van het kanaal"),
    message=("the image's <link> differs from the channel's <link>; the RSS profile says they should be the same",
             "de <link> van de afbeelding verschilt van de <link> van het kanaal; volgens het RSS-profiel horen ze gelijk te zijn"),
    explanation="The channel image links to the site; the RSS profile says its link should be the channel's link.",
    bad="<link>https://www.example.nl/</link>\n<image>... <link>https://example.nl/</link></image>",
    good="<link>https://www.example.nl/</link>\n<image>... <link>https://www.example.nl/</link></image>",
    w3c="ImageLinkDoesntMatch",
    spec="RSS Advisory Board profile, <image>",
    url=PROFILE + "#element-channel-image",
)

declare(
    "ImageTitleDoesntMatch",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("The image's title differs from the channel's", "De titel van de afbeelding verschilt van die van het kanaal"),
    message=("the image's <title> differs from the channel's <title>; the RSS profile says they should be the same",
             "de <title> van de afbeelding verschilt van de <title> van het kanaal; volgens het RSS-profiel horen ze gelijk te zijn"),
    explanation="The image's title is its alt text, and the RSS profile says it should be the channel's title.",
    bad="<title>Blog van Rens</title>\n<image>... <title>Logo</title></image>",
    good="<title>Blog van Rens</title>\n<image>... <title>Blog van Rens</title></image>",
    w3c="ImageTitleDoesntMatch",
    spec="RSS Advisory Board profile, <image>",
    url=PROFILE + "#element-channel-image",
)

for _code, _name, _limit in (("InvalidWidth", "width", 144), ("InvalidHeight", "height", 400)):
    declare(
        _code,
        severity=ERROR,
        formats=FORMATS,
        layer="rss",
        summary=(f"An image {_name} outside 1..{_limit}", f"Een {'breedte' if _name == 'width' else 'hoogte'} van de afbeelding buiten 1..{_limit}"),
        message=("image {element} must be a whole number from 1 to {limit}, not {value!r}",
                 "image {element} moet een geheel getal van 1 tot en met {limit} zijn, niet {value!r}"),
        explanation=f"RSS 2.0 limits the channel image's {_name} to {_limit} pixels; readers scale or drop larger images.",
        bad=f"<image>... <{_name}>{_limit * 2}</{_name}></image>",
        good=f"<image>... <{_name}>{_limit // 2}</{_name}></image>",
        w3c=_code,
        spec="RSS 2.0, <image>",
        url=RSS2 + "#ltimagegtSubelementOfLtchannelgt",
    )

declare(
    "AvoidTextInput",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("<textInput>, which readers ignore", "<textInput>, dat lezers negeren"),
    message=("<textInput> is ignored by almost every reader (RSS profile); consider removing it",
             "<textInput> wordt door bijna elke lezer genegeerd (RSS-profiel); overweeg het te verwijderen"),
    explanation="The RSS profile advises against textInput: almost no reader shows the search box it describes, so it only adds bytes to every poll.",
    bad="<textInput><title>Zoek</title>...</textInput>",
    good="(no textInput: link to the site's search page instead)",
    w3c="AvoidTextInput",
    spec="RSS Advisory Board profile, <textInput>",
    url=PROFILE + "#element-channel-textinput",
)

declare(
    "InvalidFormComponentName",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A textInput name that is not a form field name", "Een naam van textInput die geen naam van een formulierveld is"),
    message=("textInput name {value!r} must start with a letter and hold only letters, digits, '-', '_', ':' and '.'",
             "de naam van textInput {value!r} moet met een letter beginnen en mag alleen letters, cijfers, '-', '_', ':' en '.' bevatten"),
    explanation="A textInput's name is the name of the form field submitted to its link: a letter, then letters, digits and -_:.",
    bad="<textInput>... <name>zoek term</name></textInput>",
    good="<textInput>... <name>q</name></textInput>",
    w3c="InvalidFormComponentName",
    spec="RSS 2.0, <textInput>",
    url=RSS2 + "#lttextinputgtSubelementOfLtchannelgt",
)

declare(
    "InvalidIntegerAttribute",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("An attribute that must be a whole number", "Een attribuut dat een geheel getal moet zijn"),
    message=("the port attribute of <cloud> must be a port number, not {value!r}", "het attribuut port van <cloud> moet een poortnummer zijn, niet {value!r}"),
    variants={
        "length": ("the length attribute of <enclosure> must be the size in bytes (a whole number, 0 when unknown), not {value!r}",
                   "het attribuut length van <enclosure> moet de grootte in bytes zijn (een geheel getal, 0 als die onbekend is), niet {value!r}"),
    },
    explanation="An enclosure's length is its size in bytes and a cloud's port a port number: whole numbers, without units.",
    bad='<enclosure url="https://www.example.nl/1.mp3" length="12MB" type="audio/mpeg"/>',
    good='<enclosure url="https://www.example.nl/1.mp3" length="12582912" type="audio/mpeg"/>',
    w3c="InvalidIntegerAttribute",
    spec="RSS 2.0, <enclosure>",
    url=RSS2 + "#ltenclosuregtSubelementOfLtitemgt",
)

declare(
    "UseZeroForUnknown",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A negative enclosure length", "Een negatieve lengte van een enclosure"),
    message=("the length attribute of <enclosure> is {value!r}: write the size in bytes, or 0 when it is unknown (RSS profile)",
             "het attribuut length van <enclosure> is {value!r}: schrijf de grootte in bytes, of 0 als die onbekend is (RSS-profiel)"),
    explanation="When the size of an enclosure is unknown, the RSS profile says to write length=\"0\", not a negative number.",
    bad='<enclosure url="https://www.example.nl/1.mp3" length="-1" type="audio/mpeg"/>',
    good='<enclosure url="https://www.example.nl/1.mp3" length="0" type="audio/mpeg"/>',
    w3c="UseZeroForUnknown",
    spec="RSS Advisory Board profile, <enclosure>",
    url=PROFILE + "#element-channel-item-enclosure",
)

declare(
    "InvalidValue",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A value outside the element's list", "Een waarde buiten de lijst van het element"),
    message=("the protocol attribute of <cloud> must be one of {allowed}, not {value!r}",
             "het attribuut protocol van <cloud> moet een van {allowed} zijn, niet {value!r}"),
    explanation="A cloud (the RSS 2.0 publish-subscribe notification) names its protocol: xml-rpc, soap or http-post.",
    bad='<cloud domain="rpc.example.nl" port="80" path="/RPC2" registerProcedure="ping" protocol="rest"/>',
    good='<cloud domain="rpc.example.nl" port="80" path="/RPC2" registerProcedure="ping" protocol="xml-rpc"/>',
    w3c="InvalidValue",
    spec="RSS 2.0, <cloud>",
    url=RSS2 + "#ltcloudgtSubelementOfLtchannelgt",
)

declare(
    "UseZeroForMidnight",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("skipHours with 24 for midnight", "skipHours met 24 voor middernacht"),
    message=("skipHours uses 0 for midnight, not 24", "skipHours gebruikt 0 voor middernacht, niet 24"),
    explanation="The hours of skipHours (in GMT) run from 0 to 23; midnight is 0, and 24 is read differently by different readers.",
    bad="<skipHours><hour>24</hour></skipHours>",
    good="<skipHours><hour>0</hour></skipHours>",
    w3c="UseZeroForMidnight",
    spec="RSS 2.0, <skipHours>",
    url="https://www.rssboard.org/skip-hours-days",
)

declare(
    "InvalidHour",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A skipHours hour outside 0..23", "Een uur in skipHours buiten 0..23"),
    message=("an <hour> in skipHours must be a whole number from 0 to 23, not {value!r}",
             "een <hour> in skipHours moet een geheel getal van 0 tot en met 23 zijn, niet {value!r}"),
    explanation="skipHours lists hours (GMT) when readers need not poll: whole numbers from 0 to 23.",
    bad="<skipHours><hour>9am</hour></skipHours>",
    good="<skipHours><hour>9</hour></skipHours>",
    w3c="InvalidHour",
    spec="RSS 2.0, <skipHours>",
    url="https://www.rssboard.org/skip-hours-days",
)

declare(
    "InvalidDay",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A skipDays day that is not an English day name", "Een dag in skipDays die geen Engelse dagnaam is"),
    message=("a <day> in skipDays must be one of {allowed}, not {value!r}", "een <day> in skipDays moet een van {allowed} zijn, niet {value!r}"),
    explanation="skipDays lists the days readers need not poll, in English and capitalised: Monday, Tuesday, ... Sunday.",
    bad="<skipDays><day>zaterdag</day></skipDays>",
    good="<skipDays><day>Saturday</day></skipDays>",
    w3c="InvalidDay",
    spec="RSS 2.0, <skipDays>",
    url="https://www.rssboard.org/skip-hours-days",
)

declare(
    "DuplicateValue",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A value listed twice where each must be unique", "Een waarde die twee keer voorkomt waar elke uniek moet zijn"),
    message=("<{element}> lists {value!r} more than once; remove the repeat", "<{element}> noemt {value!r} meer dan eens; verwijder de herhaling"),
    variants={
        "guid": ("the guid {value!r} is also used by the item on line {other}; every item needs its own guid",
                 "de guid {value!r} wordt ook gebruikt door het item op regel {other}; elk item heeft een eigen guid nodig"),
    },
    explanation="""
A guid identifies one item: two items with the same guid are one item to readers, which show only
one. In skipHours and skipDays each value appears once.
""",
    bad="<item><guid>https://www.example.nl/1/</guid>...</item>\n<item><guid>https://www.example.nl/1/</guid>...</item>",
    good="<item><guid>https://www.example.nl/1/</guid>...</item>\n<item><guid>https://www.example.nl/2/</guid>...</item>",
    w3c="DuplicateValue",
    spec="RSS 2.0, <guid>",
    url=RSS2 + "#ltguidgtSubelementOfLtitemgt",
)

declare(
    "NotEnoughHoursInTheDay",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("skipHours with more than 24 hours", "skipHours met meer dan 24 uren"),
    message=("<{element}> has more than {most} <{child}> elements", "<{element}> heeft meer dan {most} elementen <{child}>"),
    explanation="A day has 24 hours: skipHours lists at most 24, each once; more is a generator writing the list wrong.",
    bad="<skipHours>(25 <hour> elements)</skipHours>",
    good="<skipHours><hour>0</hour><hour>1</hour></skipHours>",
    w3c="NotEnoughHoursInTheDay",
    spec="RSS 2.0, <skipHours>",
    url="https://www.rssboard.org/skip-hours-days",
)

declare(
    "EightDaysAWeek",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("skipDays with more than 7 days", "skipDays met meer dan 7 dagen"),
    message=("<{element}> has more than {most} <{child}> elements", "<{element}> heeft meer dan {most} elementen <{child}>"),
    explanation="A week has 7 days: skipDays lists at most 7, each once; more is a generator writing the list wrong.",
    bad="<skipDays>(8 <day> elements)</skipDays>",
    good="<skipDays><day>Saturday</day><day>Sunday</day></skipDays>",
    w3c="EightDaysAWeek",
    spec="RSS 2.0, <skipDays>",
    url="https://www.rssboard.org/skip-hours-days",
)

# --- items ----------------------------------------------------------------------------------------------

declare(
    "NeedDescriptionBeforeContent",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("content:encoded without a description before it", "content:encoded zonder description ervoor"),
    message=("content:encoded without a <description> before it: many readers only read description; put a summary (or the full text) in description, first",
             "content:encoded zonder een <description> ervoor: veel lezers lezen alleen description; zet een samenvatting (of de volledige tekst) eerst in description"),
    explanation="Many readers read only description; the RSS profile puts a description before content:encoded in every item.",
    bad="<item><title>...</title><content:encoded>...</content:encoded></item>",
    good="<item><title>...</title><description>Samenvatting</description><content:encoded>...</content:encoded></item>",
    w3c="NeedDescriptionBeforeContent",
    spec="RSS Advisory Board profile, content:encoded",
    url=PROFILE + "#namespace-elements-content-encoded",
)

declare(
    "MissingGuid",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("An item without a guid", "Een item zonder guid"),
    message=("the item has no <guid>; add a unique, unchanging one (a permalink URL) so readers do not show it twice",
             "het item heeft geen <guid>; voeg een unieke, onveranderlijke toe (een permalink-URL) zodat lezers het niet dubbel tonen"),
    explanation="Without a guid, readers recognise items by title or link, and show an item again when either changes.",
    bad="<item><title>De ijsberg</title><link>https://www.example.nl/de-ijsberg/</link></item>",
    good="<item><title>De ijsberg</title><link>https://www.example.nl/de-ijsberg/</link><guid>https://www.example.nl/de-ijsberg/</guid></item>",
    w3c="MissingGuid",
    spec="RSS Advisory Board profile, <guid>",
    url=PROFILE + "#element-channel-item-guid",
)

declare(
    "DuplicateEnclosure",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("An item with more than one enclosure", "Een item met meer dan één enclosure"),
    message=("the item has more than one <enclosure>; many readers only take the first (RSS profile): keep one",
             "het item heeft meer dan één <enclosure>; veel lezers nemen alleen de eerste (RSS-profiel): houd er één"),
    explanation="RSS allows one enclosure per item in practice: readers and podcast apps take the first and ignore the rest.",
    bad="<item>... <enclosure url=\"https://x/1.mp3\" .../> <enclosure url=\"https://x/1.ogg\" .../></item>",
    good="<item>... <enclosure url=\"https://x/1.mp3\" .../></item>",
    w3c="DuplicateEnclosure",
    spec="RSS Advisory Board profile, <enclosure>",
    url=PROFILE + "#element-channel-item-enclosure",
)

declare(
    "DuplicateDescriptionSemantics",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("Another description next to the item's description", "Een andere beschrijving naast de beschrijving van het item"),
    message=("avoid <{element}> next to the item's description: readers disagree on which to show; keep the description",
             "vermijd <{element}> naast de beschrijving van het item: lezers verschillen over welke ze tonen; houd de description"),
    variants={
        "xhtml_body": ("avoid <xhtml:body> in RSS: readers disagree on whether to show it or the description; put the HTML in <description>",
                       "vermijd <xhtml:body> in RSS: lezers verschillen over of ze het tonen of de description; zet de HTML in <description>"),
    },
    explanation="atom:summary, atom:content or xhtml:body next to a description give readers two texts to choose from.",
    bad="<item><description>Tekst</description><atom:summary>Tekst</atom:summary></item>",
    good="<item><description>Tekst</description></item>",
    w3c="DuplicateDescriptionSemantics",
    spec="RSS Advisory Board profile",
    url=PROFILE,
)

declare(
    "InvalidBooleanAttribute",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=('isPermaLink other than "true" or "false"', 'isPermaLink anders dan "true" of "false"'),
    message=('isPermaLink must be "true" or "false", not {value!r}', 'isPermaLink moet "true" of "false" zijn, niet {value!r}'),
    explanation="isPermaLink takes true or false, in lower case; readers that do not recognise the value treat the guid as a permalink.",
    bad='<guid isPermaLink="no">tag:www.example.nl,2012:1</guid>',
    good='<guid isPermaLink="false">tag:www.example.nl,2012:1</guid>',
    w3c="InvalidBooleanAttribute",
    spec="RSS 2.0, <guid>",
    url=RSS2 + "#ltguidgtSubelementOfLtitemgt",
)

declare(
    "NotSufficientlyUnique",
    severity=WARNING,
    formats=FORMATS,
    layer="rss",
    summary=("A guid too short to be unique", "Een guid die te kort is om uniek te zijn"),
    message=("the guid {value!r} is a small number, not unique across feeds; prefix it with your domain, e.g. 'example.org,{value}'",
             "de guid {value!r} is een klein getal, niet uniek over feeds heen; zet uw domein ervoor, bijvoorbeeld 'example.org,{value}'"),
    explanation="Readers that merge feeds compare guids across them; a small number such as 12 is shared by many feeds.",
    bad='<guid isPermaLink="false">12</guid>',
    good='<guid isPermaLink="false">tag:www.example.nl,2012:12</guid>',
    w3c="NotSufficientlyUnique",
    spec="RSS 2.0, <guid>",
    url=RSS2 + "#ltguidgtSubelementOfLtitemgt",
)

declare(
    "InvalidPermalink",
    severity=ERROR,
    formats=FORMATS,
    layer="rss",
    summary=("A permalink guid that no browser can open", "Een permalink-guid die geen browser kan openen"),
    message=('the guid {value!r} is a permalink (isPermaLink defaults to true) but a {scheme}: URI cannot be opened in a browser; add isPermaLink="false" or use the item\'s URL',
             'de guid {value!r} is een permalink (isPermaLink is standaard true) maar een {scheme}:-URI kan niet in een browser geopend worden; voeg isPermaLink="false" toe of gebruik de URL van het item'),
    explanation="A permalink guid is the item's web address; readers open it in a browser. A tag: or urn: id needs isPermaLink=\"false\".",
    bad="<guid>tag:www.example.nl,2012:1</guid>",
    good='<guid isPermaLink="false">tag:www.example.nl,2012:1</guid>',
    w3c="InvalidPermalink",
    spec="RSS 2.0, <guid>",
    url=RSS2 + "#ltguidgtSubelementOfLtitemgt",
)

declare(
    "InvalidUpdatePeriod",
    severity=ERROR,
    formats=RSS_FAMILY,
    layer="rss",
    summary=("An sy:updatePeriod that is not a period", "Een sy:updatePeriod die geen periode is"),
    message=("sy:updatePeriod must be one of {allowed}, not {value!r}", "sy:updatePeriod moet een van {allowed} zijn, niet {value!r}"),
    explanation="The syndication module's updatePeriod, how often the feed changes, is hourly, daily, weekly, monthly or yearly.",
    bad="<sy:updatePeriod>dagelijks</sy:updatePeriod>",
    good="<sy:updatePeriod>daily</sy:updatePeriod>",
    w3c="InvalidUpdatePeriod",
    spec="RSS 1.0 Syndication module",
    url="https://web.resource.org/rss/1.0/modules/syndication/",
)

for _code, _what, _range in (("InvalidLatitude", "latitude", "-90 to 90"), ("InvalidLongitude", "longitude", "-180 to 180")):
    declare(
        _code,
        severity=ERROR,
        formats=RSS_FAMILY,
        layer="rss",
        summary=(f"A {_what} that is not a decimal number from {_range}", f"Een {'breedte' if _what == 'latitude' else 'lengte'} die geen decimaal getal van {_range.replace('to', 'tot')} is"),
        message=("<{element}> must be a decimal number from {low:g} to {high:g}, not {value!r}",
                 "<{element}> moet een decimaal getal van {low:g} tot {high:g} zijn, niet {value!r}"),
        explanation=f"The W3C geo and ICBM modules write the {_what} as a decimal number of degrees, from {_range}.",
        bad=f"<geo:{'lat' if _what == 'latitude' else 'long'}>52°05'</geo:{'lat' if _what == 'latitude' else 'long'}>",
        good=f"<geo:{'lat' if _what == 'latitude' else 'long'}>52.09</geo:{'lat' if _what == 'latitude' else 'long'}>",
        w3c=_code,
        spec="W3C Basic Geo Vocabulary",
        url="https://www.w3.org/2003/01/geo/",
    )

declare(
    "InvalidCoordList",
    severity=ERROR,
    formats=RSS_FAMILY,
    layer="rss",
    summary=("A GeoRSS line, polygon or box that is not a list of pairs", "Een GeoRSS-lijn, -veelhoek of -kader die geen lijst van paren is"),
    message=("georss:{element} must hold {count} of 'latitude longitude' (decimal degrees, latitude -90..90 first), not {value!r}",
             "georss:{element} moet {count} 'breedte lengte' bevatten (decimale graden, eerst de breedte -90..90), niet {value!r}"),
    explanation="A GeoRSS line holds two or more latitude-longitude pairs, a polygon four or more, a box exactly two.",
    bad="<georss:line>52.09 5.12</georss:line>",
    good="<georss:line>52.09 5.12 52.37 4.90</georss:line>",
    w3c="InvalidCoordList",
    spec="GeoRSS Simple",
    url="http://www.georss.org/simple.html",
)

declare(
    "InvalidCommaSeparatedIntegers",
    severity=ERROR,
    formats=RSS_FAMILY,
    layer="rss",
    summary=("A list that must be whole numbers separated by commas", "Een lijst die uit gehele getallen gescheiden door komma's moet bestaan"),
    message=("<{element}> must be whole numbers separated by commas, such as '10,7,3', not {value!r}",
             "<{element}> moet gehele getallen gescheiden door komma's zijn, zoals '10,7,3', niet {value!r}"),
    explanation="slash:hit_parade lists the hit counts of an item over time as whole numbers separated by commas.",
    bad="<slash:hit_parade>10 7 3</slash:hit_parade>",
    good="<slash:hit_parade>10,7,3</slash:hit_parade>",
    w3c="InvalidCommaSeparatedIntegers",
    spec="RSS 1.0 Slash module",
    url="https://web.resource.org/rss/1.0/modules/slash/",
)

declare(
    "CommentRSS",
    severity=WARNING,
    formats=RSS_FAMILY,
    layer="rss",
    summary=("wfw:commentRSS, a misspelling of wfw:commentRss", "wfw:commentRSS, een verschrijving van wfw:commentRss"),
    message=("wfw:commentRSS is a misspelling that spread from an early example; readers look for wfw:commentRss",
             "wfw:commentRSS is een verschrijving die zich vanuit een vroeg voorbeeld verspreidde; lezers zoeken naar wfw:commentRss"),
    explanation="The Well-Formed Web element is commentRss; the upper-case spelling from an early example is another element to readers.",
    bad="<wfw:commentRSS>https://www.example.nl/1/comments.xml</wfw:commentRSS>",
    good="<wfw:commentRss>https://www.example.nl/1/comments.xml</wfw:commentRss>",
    w3c="CommentRSS",
    spec="Well-Formed Web Comment API",
    url="https://validator.w3.org/feed/docs/warning/CommentRSS.html",
)
