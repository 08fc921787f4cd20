"""Codes of element structure that the Atom and RSS rules share (feedtool/validate/atom.py, rss.py):
required, unknown, repeated and empty elements, attributes, stray text, links and paging."""

from feedtool.validate.codes import ATOM, ERROR, RSS, RSS090, RSS10, WARNING, declare, declare_text

FEEDS = (ATOM, RSS, RSS10, RSS090)
RFC4287 = "https://www.rfc-editor.org/rfc/rfc4287"
RFC5005 = "https://www.rfc-editor.org/rfc/rfc5005"
RSS2 = "https://www.rssboard.org/rss-specification"

declare_text("hint.missing.id", "add a permanent, unique one, e.g. <id>tag:example.org,2024:post-1</id>",
             "voeg een blijvende, unieke toe, bijvoorbeeld <id>tag:example.org,2024:bericht-1</id>")
declare_text("hint.missing.title", "add one, e.g. <title>What this is about</title>", "voeg er een toe, bijvoorbeeld <title>Waar dit over gaat</title>")
declare_text("hint.missing.updated", "add the time of the last significant change, e.g. <updated>2024-05-01T09:30:00+02:00</updated>",
             "voeg het moment van de laatste belangrijke wijziging toe, bijvoorbeeld <updated>2024-05-01T09:30:00+02:00</updated>")
declare_text("hint.missing.name", "add the person's name, e.g. <name>Jan de Vries</name>", "voeg de naam van de persoon toe, bijvoorbeeld <name>Jan de Vries</name>")
declare_text("hint.missing.other", "add <{element}>", "voeg <{element}> toe")
declare_text("comment", "comment", "opmerking")
declare_text("article.a", "a", "een")
declare_text("article.an", "an", "een")

declare(
    "MissingElement",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("A required element is missing", "Een verplicht element ontbreekt"),
    message=("<{parent}> is missing the required <{element}> element; add it", "<{parent}> mist het verplichte element <{element}>; voeg het toe"),
    variants={
        "atom": ("<{parent}> has no <{element}>: every <{parent}> must have {article} <{element}>; {hint}",
                 "<{parent}> heeft geen <{element}>: elke <{parent}> moet {article} <{element}> hebben; {hint}"),
        "author": ("the entry has no <author>, and neither has the feed (or the entry's <source>): add <author><name>...</name></author> to the feed or to each entry",
                   "het bericht heeft geen <author>, en de feed (of de <source> van het bericht) ook niet: voeg <author><name>...</name></author> toe aan de feed of aan elk bericht"),
        "channel": ("<rss> is missing its <channel> element; put the feed's elements inside <channel>",
                    "<rss> mist zijn element <channel>; zet de elementen van de feed in <channel>"),
        "rdf_channel": ('<rdf:RDF> has no <channel> of RSS 1.0 (xmlns="http://purl.org/rss/1.0/") or RSS 0.90 (xmlns="http://my.netscape.com/rdf/simple/0.9/"): declare the format\'s namespace exactly',
                        '<rdf:RDF> heeft geen <channel> van RSS 1.0 (xmlns="http://purl.org/rss/1.0/") of RSS 0.90 (xmlns="http://my.netscape.com/rdf/simple/0.9/"): declareer precies de namespace van het formaat'),
    },
    explanation="""
The format requires this element here: an Atom feed and each entry need an id, a title and an
updated date (and an author, in the entry or the feed); an RSS channel needs a title, link and
description; an RSS image a url, title and link. Readers depend on them to identify, name and
date what they show.
""",
    bad="<entry>\n  <title>De ijsberg</title>\n  <updated>2012-11-22T10:00:00+01:00</updated>\n</entry>",
    good="<entry>\n  <id>tag:www.example.nl,2012:de-ijsberg</id>\n  <title>De ijsberg</title>\n  <updated>2012-11-22T10:00:00+01:00</updated>\n</entry>",
    w3c="MissingElement",
    spec="RFC 4287, 4.1.1 and 4.1.2; RSS 2.0, Required channel elements",
    url=RFC4287 + "#section-4.1.2",
)

declare(
    "UndefinedElement",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("An element the format does not define here", "Een element dat het formaat hier niet kent"),
    message=("<{element}> is not an RSS 2.0 element of <{parent}>; remove it or put it in your own namespace",
             "<{element}> is geen RSS 2.0-element van <{parent}>; verwijder het of zet het in een eigen namespace"),
    variants={
        "text_only": ("<{element}> is not allowed inside <{parent}>, which holds only text; remove it",
                      "<{element}> mag niet in <{parent}>, dat alleen tekst bevat; verwijder het"),
        "atom_text_only": ("<{element}> is not allowed inside <{parent}>, which holds only text: remove the markup",
                           "<{element}> mag niet in <{parent}>, dat alleen tekst bevat: verwijder de opmaak"),
        "rdf": ("<{element}> is not an RSS {version} element of <{parent}>; remove it, or put your own elements in a namespace of your own",
                "<{element}> is geen RSS {version}-element van <{parent}>; verwijder het, of zet uw eigen elementen in een eigen namespace"),
        "rss_root": ("<{element}> is not an RSS element here: <rss> holds one <channel>, and everything goes inside it",
                     "<{element}> is hier geen RSS-element: <rss> bevat één <channel>, en alles staat daarin"),
        "atom": ("<{element}> is not defined in <{parent}> by Atom 1.0: check the spelling, or put your own elements in a namespace of your own",
                 "<{element}> is in <{parent}> niet gedefinieerd door Atom 1.0: controleer de spelling, of zet uw eigen elementen in een eigen namespace"),
        "vocabulary": ("<{element}> is not an element of the {namespace} vocabulary (which has {known}): check the spelling",
                       "<{element}> is geen element van de woordenschat {namespace} (die {known} kent): controleer de spelling"),
        "place": ("<{element}> does not belong in <{parent}>: its vocabulary defines it only in {places}; move it there",
                  "<{element}> hoort niet in <{parent}>: de woordenschat definieert het alleen in {places}; verplaats het daarheen"),
        "app_control": ("<{element}> is not defined in <app:control> (which holds <app:draft>): check the spelling",
                        "<{element}> is niet gedefinieerd in <app:control> (dat <app:draft> bevat): controleer de spelling"),
        "markup": ('<{parent}> (type="{kind}") contains the element <{element}>: escape the markup (&lt;b&gt;) with type="html", or use type="xhtml" with a <div> of XHTML',
                   '<{parent}> (type="{kind}") bevat het element <{element}>: escape de opmaak (&lt;b&gt;) met type="html", of gebruik type="xhtml" met een <div> met XHTML'),
        "in_xhtml": ("<{element}> is a feed element (or in no namespace) inside XHTML content: move it out of the content, or put it in the XHTML namespace",
                     "<{element}> is een feedelement (of staat in geen namespace) binnen XHTML-inhoud: haal het uit de inhoud, of zet het in de XHTML-namespace"),
        "itunes_place": ("<itunes:{element}> is not defined inside <{parent}>: it belongs in {places}",
                         "<itunes:{element}> is niet gedefinieerd in <{parent}>: het hoort in {places}"),
        "itunes_category": ("<{element}> is not allowed inside this <itunes:category>; only a sub-category may be nested, one level deep",
                            "<{element}> mag niet in deze <itunes:category>; alleen een subcategorie mag erin, één niveau diep"),
        "itunes_owner": ("<{element}> is not allowed inside <itunes:owner>, which holds <itunes:name> and <itunes:email>",
                         "<{element}> mag niet in <itunes:owner>, dat <itunes:name> en <itunes:email> bevat"),
    },
    explanation="""
The element is not part of the format where it stands: a typo (<pubdate>, <descripton>), an
element of another format (Atom's <summary> in RSS), an element of a known extension in the wrong
place, or markup inside an element that holds only text. Readers ignore it, so what it says is
lost. Put elements of your own in a namespace of your own.
""",
    bad="<item>\n  <title>De ijsberg</title>\n  <pubdate>Thu, 22 Nov 2012 10:00:00 +0100</pubdate>\n</item>",
    good="<item>\n  <title>De ijsberg</title>\n  <pubDate>Thu, 22 Nov 2012 10:00:00 +0100</pubDate>\n</item>",
    w3c="UndefinedElement",
    spec="RFC 4287, 6 Extending Atom; RSS 2.0, Extending RSS",
    url=RFC4287 + "#section-6",
)
declare_text("itunes.nowhere", "no element (Apple does not define it)", "geen enkel element (Apple definieert het niet)")
declare_text("and", "{first} and {second}", "{first} en {second}")

declare(
    "DuplicateElement",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("An element that may appear once appears twice", "Een element dat één keer mag voorkomen, staat er twee keer"),
    message=("<{parent}> has more than one <{element}>; keep one", "<{parent}> heeft meer dan één <{element}>; houd er één"),
    variants={
        "atom": ("<{parent}> has more than one <{element}>: keep only one", "<{parent}> heeft meer dan één <{element}>: houd er maar één"),
        "channel": ("<rss> has more than one <channel>; an RSS document holds exactly one",
                    "<rss> heeft meer dan één <channel>; een RSS-document bevat er precies één"),
    },
    explanation="""
An element that says one thing about its parent (a title, an id, a date, a language) appears more
than once. Readers take the first or the last; which one subscribers see depends on the reader.
""",
    bad="<channel>\n  <title>Blog</title>\n  <title>Blog van Rens</title>\n</channel>",
    good="<channel>\n  <title>Blog van Rens</title>\n</channel>",
    w3c="DuplicateElement",
    spec="RFC 4287, 4.1.1; RSS 2.0",
    url=RFC4287 + "#section-4.1.1",
)

declare(
    "UnexpectedAttribute",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("An attribute the element does not take", "Een attribuut dat het element niet kent"),
    message=("unexpected attribute {attribute!r} on <{element}>: remove it", "onverwacht attribuut {attribute!r} op <{element}>: verwijder het"),
    variants={
        "case": ("unexpected attribute {attribute!r} on <{element}>: did you mean {hint!r}? (attribute names are case-sensitive)",
                 "onverwacht attribuut {attribute!r} op <{element}>: bedoelt u {hint!r}? (namen van attributen zijn hoofdlettergevoelig)"),
        "atom": ('the attribute "{attribute}" is not defined on <{element}>: remove it',
                 'het attribuut "{attribute}" is niet gedefinieerd op <{element}>: verwijder het'),
        "atom_allowed": ('the attribute "{attribute}" is not defined on <{element}>: remove it (allowed here: {allowed})',
                         'het attribuut "{attribute}" is niet gedefinieerd op <{element}>: verwijder het (hier toegestaan: {allowed})'),
        "vocabulary": ("the attribute {attribute} (namespace {namespace}) is not defined on <{element}>: remove it, or move the information into an element of its vocabulary",
                       "het attribuut {attribute} (namespace {namespace}) is niet gedefinieerd op <{element}>: verwijder het, of zet de informatie in een element van die woordenschat"),
        "thread": ('thr:{attribute} belongs on a link with rel="replies" (RFC 4685 section 5), not on rel="{rel}": remove it, or make the link a replies link',
                   'thr:{attribute} hoort op een link met rel="replies" (RFC 4685 sectie 5), niet op rel="{rel}": verwijder het, of maak er een replies-link van'),
        "rdf_resource": ("in RSS 2.0 <{element}> holds its URL as text, not in rdf:resource",
                         "in RSS 2.0 bevat <{element}> zijn URL als tekst, niet in rdf:resource"),
    },
    explanation="""
The element does not define this attribute: a typo, an attribute of another format, or a known
vocabulary's attribute on an element it does not belong to. Readers ignore it. Attribute names
are case-sensitive (isPermaLink, not ispermalink).
""",
    bad='<guid ispermalink="false">tag:www.example.nl,2012:1</guid>',
    good='<guid isPermaLink="false">tag:www.example.nl,2012:1</guid>',
    w3c="UnexpectedAttribute",
    spec="RFC 4287; RSS 2.0",
    url=RSS2,
)

declare(
    "UnexpectedText",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("Text where only elements (or nothing) belong", "Tekst waar alleen elementen (of niets) horen"),
    message=("<{element}> holds text {text!r} where only elements are allowed; remove the text",
             "<{element}> bevat tekst {text!r} waar alleen elementen mogen staan; verwijder de tekst"),
    variants={
        "after": ("text {text!r} after <{child}> inside <{element}>, where only elements are allowed; remove it",
                  "tekst {text!r} na <{child}> in <{element}>, waar alleen elementen mogen staan; verwijder haar"),
        "atom": ('<{element}> contains the text "{text}" outside any element: remove it or put it in the element it belongs to',
                 '<{element}> bevat de tekst "{text}" buiten elk element: verwijder haar of zet haar in het element waar ze bij hoort'),
        "xhtml_div": ('<{element}> (type="xhtml") has text outside its <div>: move it inside the div',
                      '<{element}> (type="xhtml") heeft tekst buiten zijn <div>: zet die in de div'),
        "xhtml_nodiv": ('<{element}> (type="xhtml") has text outside any <div>: put all of it inside one',
                        '<{element}> (type="xhtml") heeft tekst buiten elke <div>: zet alles in één div'),
        "content_src": ('<content src="..."> must be empty: the content is at src; remove the text, or drop src',
                        '<content src="..."> moet leeg zijn: de inhoud staat op src; verwijder de tekst, of laat src weg'),
    },
    explanation="""
The element holds only child elements (a channel, an item, an author) or nothing at all (an
enclosure, an itunes:image): text there belongs to no field, and readers drop it. Usually it is a
value that lost its element, or markup that was not escaped.
""",
    bad="<enclosure url=\"https://www.example.nl/1.mp3\" length=\"123\" type=\"audio/mpeg\">aflevering 1</enclosure>",
    good="<enclosure url=\"https://www.example.nl/1.mp3\" length=\"123\" type=\"audio/mpeg\"/>",
    w3c="UnexpectedText",
    spec="RFC 4287; RSS 2.0",
    url=RSS2,
)

declare(
    "NotBlank",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("An element that should hold a value is empty", "Een element dat een waarde hoort te hebben, is leeg"),
    message=("<{element}> is empty; give it a value or leave the element out", "<{element}> is leeg; geef het een waarde of laat het element weg"),
    variants={
        "atom": ("<{element}> is empty: give it a value, or leave it out", "<{element}> is leeg: geef het een waarde, of laat het weg"),
        "address": ("<{element}> is empty: give the address, or leave it out", "<{element}> is leeg: geef het adres, of laat het weg"),
        "id": ("<id> is empty: give a permanent, unique id", "<id> is leeg: geef een blijvende, unieke id"),
        "content": ("<content> is empty: add the entry's text, or leave <content> out", "<content> is leeg: voeg de tekst van het bericht toe, of laat <content> weg"),
        "name": ("<name> is empty: give the person's name", "<name> is leeg: geef de naam van de persoon"),
        "generator": ("<generator> is empty: name the software that made the feed, or leave it out",
                      "<generator> is leeg: noem de software die de feed maakte, of laat het weg"),
        "xhtml": ('<{element}> (type="xhtml") is empty: give it a value, or leave it out', '<{element}> (type="xhtml") is leeg: geef het een waarde, of laat het weg'),
    },
    explanation="""
An element that exists to carry a value is empty. Readers show an empty title or a missing link,
or treat the element as absent. Give it its value, or leave the element out.
""",
    bad="<title></title>",
    good="<title>De ijsberg</title>",
    w3c="NotBlank",
    spec=None,
)

declare(
    "AttrNotBlank",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("An attribute that should hold a value is empty", "Een attribuut dat een waarde hoort te hebben, is leeg"),
    message=("the domain attribute of <category> is empty: name the taxonomy (a URL) or leave the attribute out",
             "het attribuut domain van <category> is leeg: noem de indeling (een URL) of laat het attribuut weg"),
    variants={
        "rel": ('<link rel=""> is blank: write a relation such as "alternate", or leave rel out',
                '<link rel=""> is leeg: schrijf een relatie zoals "alternate", of laat rel weg'),
        "type": ('the type attribute of <{element}> is blank: write type="text", "html" or "xhtml", or leave it out',
                 'het attribuut type van <{element}> is leeg: schrijf type="text", "html" of "xhtml", of laat het weg'),
    },
    explanation="""
An attribute is present but empty. Readers may read it as absent, or choke on the empty value
(a blank rel is not "alternate"). Give it a value, or leave the attribute out.
""",
    bad='<link rel="" href="https://www.example.nl/"/>',
    good='<link href="https://www.example.nl/"/>',
    w3c="AttrNotBlank",
    spec=None,
)

declare(
    "MissingAttribute",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("A required attribute is missing", "Een verplicht attribuut ontbreekt"),
    message=("<{element}> is missing its {attribute} attribute; {hint}", "<{element}> mist zijn attribuut {attribute}; {hint}"),
    variants={
        "rss_version": ('<rss> is missing its version attribute; write <rss version="2.0">', '<rss> mist zijn attribuut version; schrijf <rss version="2.0">'),
        "rdf_about": ('<{element}> has no rdf:about attribute: RSS 1.0 needs it, with the URL of what the element describes',
                      '<{element}> heeft geen attribuut rdf:about: RSS 1.0 vereist het, met de URL van wat het element beschrijft'),
        "rdf_resource": ("<{element}> needs an rdf:resource attribute with a URL", "<{element}> heeft een attribuut rdf:resource met een URL nodig"),
        "itunes_category": ('<itunes:category> needs a text attribute naming the category, e.g. text="Society &amp; Culture"',
                            '<itunes:category> heeft een attribuut text met de naam van de categorie nodig, bijvoorbeeld text="Society &amp; Culture"'),
        "media_content": ("<media:content> needs a url attribute (or a <media:player> child)", "<media:content> heeft een attribuut url nodig (of een kind <media:player>)"),
        "url": ("<{element}> needs a {attribute} attribute with the {what} URL", "<{element}> heeft een attribuut {attribute} met de URL van {what} nodig"),
        "source_url": ("<source> is missing its url attribute: the address of the feed the item came from",
                       "<source> mist zijn attribuut url: het adres van de feed waar het item vandaan komt"),
        "thr_ref": ('<thr:in-reply-to> has no ref attribute: add ref="..." with the id of the entry it replies to',
                    '<thr:in-reply-to> heeft geen attribuut ref: voeg ref="..." toe met de id van het bericht waarop het reageert'),
        "meta": ('<{element}> has no {attribute} attribute: write name="robots" content="noindex"',
                 '<{element}> heeft geen attribuut {attribute}: schrijf name="robots" content="noindex"'),
        "access": ('<access:restriction> has no relationship attribute: write relationship="deny" or "allow"',
                   '<access:restriction> heeft geen attribuut relationship: schrijf relationship="deny" of "allow"'),
        "category_term": ('<category> has no term attribute: add term="..." with the category\'s name',
                          '<category> heeft geen attribuut term: voeg term="..." toe met de naam van de categorie'),
    },
    explanation="""
The element needs this attribute to mean anything: an enclosure its url, length and type, a cloud
its five attributes, an Atom category its term, an itunes:image its href. Readers skip the element
without it.
""",
    bad='<enclosure url="https://www.example.nl/1.mp3" type="audio/mpeg"/>',
    good='<enclosure url="https://www.example.nl/1.mp3" length="12582912" type="audio/mpeg"/>',
    w3c="MissingAttribute",
    spec="RSS 2.0; RFC 4287",
    url=RSS2,
)
declare_text("hint.enclosure", "an enclosure needs url, length (in bytes) and type", "een enclosure heeft url, length (in bytes) en type nodig")
declare_text("hint.cloud", "a cloud needs domain, port, path, registerProcedure and protocol", "een cloud heeft domain, port, path, registerProcedure en protocol nodig")
declare_text("what.artwork", "the artwork's", "de afbeelding")
declare_text("what.image", "the image's", "de afbeelding")
declare_text("what.player", "the player's", "de speler")

declare(
    "ContainsHTML",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("Markup in a plain-text field", "Opmaak in een veld met platte tekst"),
    message=("<{element}> appears to contain HTML ({text!r}); readers may show the markup literally: use plain text (write & as &#x26; and < as &#x3C;)",
             "<{element}> lijkt HTML te bevatten ({text!r}); lezers tonen de opmaak misschien letterlijk: gebruik platte tekst (schrijf & als &#x26; en < als &#x3C;)"),
    variants={
        "name": ("<name> contains HTML, but it is plain text: remove the markup", "<name> bevat HTML, maar is platte tekst: verwijder de opmaak"),
        "attribute": ("the {attribute} of <{element}> contains HTML, but it is plain text: remove the markup",
                      "de {attribute} van <{element}> bevat HTML, maar is platte tekst: verwijder de opmaak"),
    },
    explanation="""
Titles, names, categories and RSS channel descriptions are plain text: readers show them as
written, so escaped tags (&lt;b&gt;) or entity references appear literally, or are stripped by
some readers and shown by others.
""",
    bad="<title>&lt;b&gt;Nieuw:&lt;/b&gt; de ijsberg</title>",
    good="<title>Nieuw: de ijsberg</title>",
    w3c="ContainsHTML",
    spec="RSS Advisory Board profile; RFC 4287, 3.1.1.1",
    url="https://www.rssboard.org/rss-profile#data-types-characterdata",
)

# --- links and paging, in Atom and as atom:link in RSS --------------------------------------------

declare(
    "MissingHref",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("A link without an href", "Een link zonder href"),
    message=("<atom:link> needs an href attribute", "<atom:link> heeft een attribuut href nodig"),
    variants={
        "atom": ('<link> has no href attribute: add href="..." with the address it points to',
                 '<link> heeft geen attribuut href: voeg href="..." toe met het adres waar hij naar wijst'),
    },
    explanation="A link's address is its href; without it the link points nowhere, and readers ignore it.",
    bad='<link rel="alternate" type="text/html"/>',
    good='<link rel="alternate" type="text/html" href="https://www.example.nl/de-ijsberg/"/>',
    w3c="MissingHref",
    spec="RFC 4287, 4.2.7.1 The href Attribute",
    url=RFC4287 + "#section-4.2.7.1",
)

declare(
    "AtomLinkNotEmpty",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("An Atom link with content", "Een Atom-link met inhoud"),
    message=("<atom:link> should be empty: all its data is in attributes", "<atom:link> hoort leeg te zijn: al zijn gegevens staan in attributen"),
    variants={
        "atom": ('<link> has content, but Atom links carry everything in attributes: write <link href="..."/> and remove the text',
                 '<link> heeft inhoud, maar Atom-links dragen alles in attributen: schrijf <link href="..."/> en verwijder de tekst'),
    },
    explanation="""
An Atom link is an empty element whose data is in attributes. Text inside (often the URL, written
as in RSS) is ignored by readers.
""",
    bad="<atom:link>https://www.example.nl/rss.xml</atom:link>",
    good='<atom:link rel="self" type="application/rss+xml" href="https://www.example.nl/rss.xml"/>',
    w3c="AtomLinkNotEmpty",
    spec="RFC 4287, 4.2.7 The atom:link Element",
    url=RFC4287 + "#section-4.2.7",
)

declare(
    "UnregisteredAtomLinkRel",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("A link relation that is neither registered nor a URI", "Een linkrelatie die niet geregistreerd en geen URI is"),
    message=("the link relation {rel!r} is not registered with IANA; use a registered one (alternate, self, hub, next, ...) or a full URI",
             "de linkrelatie {rel!r} is niet bij IANA geregistreerd; gebruik een geregistreerde (alternate, self, hub, next, ...) of een volledige URI"),
    variants={
        "atom": ('rel="{rel}" is not a registered link relation: use a registered one (alternate, self, related, enclosure, via, ...) or a full IRI',
                 'rel="{rel}" is geen geregistreerde linkrelatie: gebruik een geregistreerde (alternate, self, related, enclosure, via, ...) of een volledige IRI'),
        "atom_iri": ('rel="{rel}" is not a registered link relation nor a valid IRI ({detail}): use a registered one (alternate, self, related, enclosure, via, ...) or a full IRI',
                     'rel="{rel}" is geen geregistreerde linkrelatie en geen geldige IRI ({detail}): gebruik een geregistreerde (alternate, self, related, enclosure, via, ...) of een volledige IRI'),
    },
    explanation="""
A link's rel is a name from the IANA registry (alternate, self, enclosure, related, via, hub,
next, ...) or a full URI of your own. Readers ignore links with other relations.
""",
    bad='<link rel="homepage" href="https://www.example.nl/"/>',
    good='<link rel="alternate" href="https://www.example.nl/"/>',
    w3c="UnregisteredAtomLinkRel",
    spec="RFC 4287, 4.2.7.2 The rel Attribute",
    url="https://www.iana.org/assignments/link-relations/link-relations.xhtml",
)

declare(
    "RelativeSelf",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("A relative self link", "Een relatieve self-link"),
    message=("the self link {href!r} is relative; readers resolve it differently: give the feed's full URL",
             "de self-link {href!r} is relatief; lezers lossen hem verschillend op: geef de volledige URL van de feed"),
    variants={
        "atom": ('the self link "{href}" is relative and no xml:base makes it absolute: write the full address',
                 'de self-link "{href}" is relatief en geen xml:base maakt hem absoluut: schrijf het volledige adres'),
    },
    explanation="""
The self link tells readers where the feed lives. A relative one is resolved against whatever the
reader thinks the base is (the fetched URL, a redirect's target, an xml:base), so it may point
elsewhere. Write the full URL.
""",
    bad='<atom:link rel="self" href="/rss.xml"/>',
    good='<atom:link rel="self" href="https://www.example.nl/rss.xml"/>',
    w3c="RelativeSelf",
    spec="RFC 4287, 4.2.7.2",
    url=RFC4287 + "#section-4.2.7.2",
)

declare(
    "SelfDoesntMatchLocation",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("The self link is not where the feed was fetched from", "De self-link is niet het adres waar de feed vandaan kwam"),
    message=("the self link {href!r} is not the address the feed was fetched from ({location}); readers that follow it subscribe to another URL: make it the feed's own address",
             "de self-link {href!r} is niet het adres waar de feed vandaan kwam ({location}); lezers die hem volgen, abonneren zich op een ander adres: maak het het eigen adres van de feed"),
    variants={
        "atom": ('the self link "{href}" is not the address the feed was fetched from ({location}): if the feed moved, update the self link; readers use it to find the feed again',
                 'de self-link "{href}" is niet het adres waar de feed vandaan kwam ({location}): is de feed verhuisd, werk dan de self-link bij; lezers vinden de feed er terug mee'),
    },
    explanation="""
The feed says it lives at another address than the one it was fetched from: it moved, is served
under several names, or the self link was copied from another feed. Readers that trust the self
link update the subscription to it. (Validating a local copy of your own feed gives this warning:
expected.)
""",
    bad='fetched from https://example.nl/feed.xml; <atom:link rel="self" href="https://www.example.nl/old-feed.xml"/>',
    good='fetched from https://www.example.nl/feed.xml; <atom:link rel="self" href="https://www.example.nl/feed.xml"/>',
    w3c="SelfDoesntMatchLocation",
    spec="RFC 4287, 4.2.7.2",
    url=RFC4287 + "#section-4.2.7.2",
)

declare(
    "DuplicateAtomLink",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("Two links of the same relation that should be one", "Twee links met dezelfde relatie die er één horen te zijn"),
    message=('more than one <atom:link rel="self">; the feed has one address', 'meer dan één <atom:link rel="self">; de feed heeft één adres'),
    variants={
        "alternate": ('<{element}> has two alternate links with type="{type}" and hreflang="{hreflang}": keep one, or tell them apart by type or hreflang',
                      '<{element}> heeft twee alternate-links met type="{type}" en hreflang="{hreflang}": houd er één, of onderscheid ze met type of hreflang'),
    },
    explanation="""
A feed has one self link, and at most one alternate link per combination of type and hreflang
(RFC 4287 section 4.1.1). With two, readers pick one at random.
""",
    bad='<link rel="alternate" type="text/html" href="https://www.example.nl/"/>\n<link rel="alternate" type="text/html" href="https://example.nl/"/>',
    good='<link rel="alternate" type="text/html" href="https://www.example.nl/"/>',
    w3c="DuplicateAtomLink",
    spec="RFC 4287, 4.1.1 The atom:feed Element",
    url=RFC4287 + "#section-4.1.1",
)

declare(
    "FeedHistoryRelInEntry",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("A feed paging link inside an entry", "Een bladerlink van de feed in een bericht"),
    message=('<atom:link rel="{rel}"> inside an item: RFC 5005 paging and archive links describe the whole feed; move it to the channel',
             '<atom:link rel="{rel}"> in een item: bladerlinks en archieflinks (RFC 5005) beschrijven de hele feed; verplaats hem naar het kanaal'),
    variants={
        "atom": ('a link with rel="{rel}" describes feed paging and archives (RFC 5005): move it to the feed\'s head, outside every entry',
                 'een link met rel="{rel}" beschrijft bladeren en archieven van de feed (RFC 5005): verplaats hem naar de kop van de feed, buiten elk bericht'),
    },
    explanation="""
first, last, next, previous, current, prev-archive and next-archive describe pages of the feed
(RFC 5005). Inside an entry they mean nothing; readers that page through archives look for them in
the feed's head.
""",
    bad='<entry>... <link rel="next" href="https://www.example.nl/feed?page=2"/></entry>',
    good='<feed>... <link rel="next" href="https://www.example.nl/feed?page=2"/> <entry>...</entry></feed>',
    w3c="FeedHistoryRelInEntry",
    spec="RFC 5005, Feed Paging and Archiving",
    url=RFC5005,
)

declare(
    "FeedRelInCompleteFeed",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("A paging link in a feed marked complete", "Een bladerlink in een feed die als volledig gemarkeerd is"),
    message=('<atom:link rel="{rel}"> in a feed marked <fh:complete/>: a complete feed has no other pages; remove the link or the fh:complete element',
             '<atom:link rel="{rel}"> in een feed met <fh:complete/>: een volledige feed heeft geen andere pagina\'s; verwijder de link of het element fh:complete'),
    variants={
        "atom": ('<fh:complete/> says this feed holds every entry, but a link with rel="{rel}" points to another page of it: remove the link, or remove <fh:complete/>',
                 '<fh:complete/> zegt dat deze feed elk bericht bevat, maar een link met rel="{rel}" wijst naar een andere pagina ervan: verwijder de link, of verwijder <fh:complete/>'),
    },
    explanation="""
<fh:complete/> (RFC 5005 section 2) says the document holds every entry of the feed, so readers may
delete entries that are not in it. A link to another page contradicts that.
""",
    bad='<fh:complete/>\n<link rel="next" href="https://www.example.nl/feed?page=2"/>',
    good="<fh:complete/>",
    w3c="FeedRelInCompleteFeed",
    spec="RFC 5005, 2 Complete Feeds",
    url=RFC5005 + "#section-2",
)

declare(
    "CurrentNotSelfInCompleteFeed",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("A complete feed whose current link is not itself", "Een volledige feed waarvan de current-link niet naar zichzelf wijst"),
    message=('in a feed marked <fh:complete/> the rel="current" link must be the feed itself (its self link); fix the link or remove fh:complete',
             'in een feed met <fh:complete/> moet de link rel="current" de feed zelf zijn (zijn self-link); verbeter de link of verwijder fh:complete'),
    variants={
        "atom": ('<fh:complete/> says this feed is the whole feed, so its rel="current" link must be its own (self) address: make the current link equal to the self link, or remove <fh:complete/>',
                 '<fh:complete/> zegt dat deze feed de hele feed is, dus zijn link rel="current" moet zijn eigen (self-)adres zijn: maak de current-link gelijk aan de self-link, of verwijder <fh:complete/>'),
    },
    explanation="""
A complete feed is its own current document: a rel="current" link to another address says there is
another feed, which contradicts <fh:complete/>.
""",
    bad='<fh:complete/>\n<link rel="self" href="https://www.example.nl/feed"/>\n<link rel="current" href="https://www.example.nl/other"/>',
    good='<fh:complete/>\n<link rel="self" href="https://www.example.nl/feed"/>',
    w3c="CurrentNotSelfInCompleteFeed",
    spec="RFC 5005, 2 Complete Feeds",
    url=RFC5005 + "#section-2",
)

declare(
    "MissingCurrentInArchive",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("An archive document without a link to the current feed", "Een archiefdocument zonder link naar de huidige feed"),
    message=('an archive document (fh:archive) should link to the feed it belongs to with <atom:link rel="current" href="...">',
             'een archiefdocument (fh:archive) hoort te linken naar de feed waar het bij hoort, met <atom:link rel="current" href="...">'),
    variants={
        "atom": ('<fh:archive/> without a rel="current" link: archive documents should link to the feed that holds the newest entries',
                 '<fh:archive/> zonder link rel="current": archiefdocumenten horen te linken naar de feed met de nieuwste berichten'),
    },
    explanation="""
An archive document (RFC 5005 section 4) should name the current feed with rel="current", so that a
reader that finds the archive first can subscribe to the live feed.
""",
    bad="<fh:archive/>\n<link rel=\"prev-archive\" href=\"https://www.example.nl/2011.xml\"/>",
    good="<fh:archive/>\n<link rel=\"current\" href=\"https://www.example.nl/feed.xml\"/>\n<link rel=\"prev-archive\" href=\"https://www.example.nl/2011.xml\"/>",
    w3c="MissingCurrentInArchive",
    spec="RFC 5005, 4 Archived Feeds",
    url=RFC5005 + "#section-4",
)

declare(
    "ArchiveIncomplete",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("An archive document without links to its neighbours", "Een archiefdocument zonder links naar zijn buren"),
    message=('an archive document (fh:archive) without rel="prev-archive" or rel="next-archive" links: add them, or mark a complete feed with fh:complete',
             'een archiefdocument (fh:archive) zonder links rel="prev-archive" of rel="next-archive": voeg ze toe, of markeer een volledige feed met fh:complete'),
    variants={
        "atom": ('<fh:archive/> without rel="prev-archive" or rel="next-archive" links: link the neighbouring archive documents, or mark a feed that holds every entry with <fh:complete/>',
                 '<fh:archive/> zonder links rel="prev-archive" of rel="next-archive": link naar de aangrenzende archiefdocumenten, of markeer een feed met alle berichten met <fh:complete/>'),
    },
    explanation="""
Archive documents form a chain (prev-archive, next-archive) that readers walk to recover old
entries. An archive without either link is a dead end.
""",
    bad="<fh:archive/>\n<link rel=\"current\" href=\"https://www.example.nl/feed.xml\"/>",
    good="<fh:archive/>\n<link rel=\"current\" href=\"https://www.example.nl/feed.xml\"/>\n<link rel=\"prev-archive\" href=\"https://www.example.nl/2011.xml\"/>",
    w3c="ArchiveIncomplete",
    spec="RFC 5005, 4 Archived Feeds",
    url=RFC5005 + "#section-4",
)

# --- values of extension elements that both formats check --------------------------------------------

declare(
    "InvalidYesNo",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=('A value that must be "yes" or "no"', 'Een waarde die "yes" of "no" moet zijn'),
    message=('<{element}> must be one of {allowed}, not {value!r}', '<{element}> moet een van {allowed} zijn, niet {value!r}'),
    variants={
        "draft": ('<app:draft> is "{value}": write "yes" or "no" (lower case)', '<app:draft> is "{value}": schrijf "yes" of "no" (kleine letters)'),
        "index": ('the index attribute (urn:atom-extension:indexing) of <{element}> is "{value}": write "yes" or "no" (lower case)',
                  'het attribuut index (urn:atom-extension:indexing) van <{element}> is "{value}": schrijf "yes" of "no" (kleine letters)'),
    },
    explanation="""
The element takes exactly "yes" or "no" (app:draft, itunes:block, the indexing extension), in lower
case as its specification writes them.
""",
    bad="<itunes:block>true</itunes:block>",
    good="<itunes:block>yes</itunes:block>",
    w3c="InvalidYesNo",
    spec="RFC 5023, 13.1.1; Apple Podcasts RSS tags",
    url="https://www.rfc-editor.org/rfc/rfc5023#section-13.1.1",
)

declare(
    "InvalidInteger",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("A value that must be a whole number", "Een waarde die een geheel getal moet zijn"),
    message=("<{element}> must be a whole number, not {value!r}", "<{element}> moet een geheel getal zijn, niet {value!r}"),
    variants={
        "atom": ('<{element}> is "{value}": write a whole number', '<{element}> is "{value}": schrijf een geheel getal'),
    },
    explanation="The element takes a whole number (opensearch:startIndex), written in digits, with an optional sign and nothing else.",
    bad="<opensearch:startIndex>een</opensearch:startIndex>",
    good="<opensearch:startIndex>1</opensearch:startIndex>",
    w3c="InvalidInteger",
    spec="OpenSearch 1.1, response elements",
    url="https://github.com/dewitt/opensearch/blob/master/opensearch-1-1-draft-6.md",
)

declare(
    "InvalidFloat",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("A value that must be a decimal number", "Een waarde die een decimaal getal moet zijn"),
    message=("<{element}> must be a decimal number, not {value!r}", "<{element}> moet een decimaal getal zijn, niet {value!r}"),
    variants={
        "media": ("the {attribute} attribute of <media:{element}> must be a number such as 25 or 29.97, not {value!r}",
                  "het attribuut {attribute} van <media:{element}> moet een getal zijn zoals 25 of 29.97, niet {value!r}"),
    },
    explanation="The value is a decimal number (a frame rate, an elevation), written with a point: 29.97, not 29,97.",
    bad='<media:content url="https://www.example.nl/1.mp4" framerate="29,97"/>',
    good='<media:content url="https://www.example.nl/1.mp4" framerate="29.97"/>',
    w3c="InvalidFloat",
    spec="Media RSS 1.5.1; GeoRSS Simple",
    url="https://www.rssboard.org/media-rss",
)

declare(
    "InvalidCoord",
    severity=ERROR,
    formats=FEEDS,
    layer="structure",
    summary=("A GeoRSS point that is not a latitude-longitude pair", "Een GeoRSS-punt dat geen paar van breedte en lengte is"),
    message=("georss:{element} must hold {count} of 'latitude longitude' (decimal degrees, latitude -90..90 first), not {value!r}",
             "georss:{element} moet {count} 'breedte lengte' bevatten (decimale graden, eerst de breedte -90..90), niet {value!r}"),
    variants={
        "atom": ('<{element}> is "{value}": write latitude and longitude separated by a space, e.g. 52.09 5.12',
                 '<{element}> is "{value}": schrijf breedte en lengte gescheiden door een spatie, bijvoorbeeld 52.09 5.12'),
    },
    explanation="""
A GeoRSS Simple point is two decimal numbers, latitude first (-90 to 90), then longitude (-180 to
180), separated by a space.
""",
    bad="<georss:point>5.12, 52.09</georss:point>",
    good="<georss:point>52.09 5.12</georss:point>",
    w3c="InvalidCoord",
    spec="GeoRSS Simple",
    url="http://www.georss.org/simple.html",
)
declare_text("coord.one_pair", "one pair", "één paar")
declare_text("coord.pairs", "{least} pairs", "{least} paren")
declare_text("coord.pairs_or_more", "{least} or more pairs", "{least} of meer paren")

declare(
    "CoordComma",
    severity=WARNING,
    formats=FEEDS,
    layer="structure",
    summary=("GeoRSS coordinates separated by a comma", "GeoRSS-coördinaten gescheiden door een komma"),
    message=("georss:{element} separates coordinates with a comma; GeoRSS writes 'latitude longitude' separated by spaces",
             "georss:{element} scheidt coördinaten met een komma; GeoRSS schrijft 'breedte lengte' gescheiden door spaties"),
    variants={
        "atom": ("<{element}> separates its coordinates with a comma: use a space", "<{element}> scheidt zijn coördinaten met een komma: gebruik een spatie"),
    },
    explanation="GeoRSS Simple separates the numbers of a point with white space; a comma is a common mistake that some readers tolerate.",
    bad="<georss:point>52.09,5.12</georss:point>",
    good="<georss:point>52.09 5.12</georss:point>",
    w3c="CoordComma",
    spec="GeoRSS Simple",
    url="http://www.georss.org/simple.html",
)
