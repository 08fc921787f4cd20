"""Codes of the Atom 1.0 rules (feedtool/validate/atom.py); docs/rules-atom.md tells the rules."""

from feedtool.validate.codes import ATOM, ERROR, WARNING, declare, declare_text

FORMATS = (ATOM,)
RFC4287 = "https://www.rfc-editor.org/rfc/rfc4287"

declare(
    "MissingNamespace",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("An Atom document in no namespace", "Een Atom-document zonder namespace"),
    message=('<{element}> is in no namespace: add xmlns="http://www.w3.org/2005/Atom" to the root element to make it an Atom 1.0 document',
             '<{element}> staat in geen namespace: voeg xmlns="http://www.w3.org/2005/Atom" toe aan het hoofdelement om er een Atom 1.0-document van te maken'),
    explanation="""
Atom elements are in the namespace http://www.w3.org/2005/Atom. A <feed> without it is, to a
namespace-aware reader, an unknown element: no feed at all.
""",
    bad="<feed>\n  <title>Blog</title>",
    good='<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>Blog</title>',
    w3c="MissingNamespace",
    spec="RFC 4287, 1.2 Namespace and Version",
    url=RFC4287 + "#section-1.2",
)

declare(
    "AvoidNamespacePrefix",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("The Atom or XHTML namespace bound to a prefix", "De namespace van Atom of XHTML aan een prefix gebonden"),
    message=('the Atom namespace is bound to the prefix "{prefix}": many readers only understand the default namespace; '
             'write xmlns="http://www.w3.org/2005/Atom" and drop the prefix',
             'de Atom-namespace is aan het prefix "{prefix}" gebonden: veel lezers begrijpen alleen de standaardnamespace; '
             'schrijf xmlns="http://www.w3.org/2005/Atom" en laat het prefix weg'),
    variants={
        "xhtml": ('the XHTML namespace is bound to the prefix "{prefix}": many readers only understand '
                  '<div xmlns="http://www.w3.org/1999/xhtml">; declare it as the default namespace on the div',
                  'de XHTML-namespace is aan het prefix "{prefix}" gebonden: veel lezers begrijpen alleen '
                  '<div xmlns="http://www.w3.org/1999/xhtml">; declareer haar als standaardnamespace op de div'),
    },
    explanation="""
XML allows any prefix, but many readers look for Atom elements without one (<feed>, not
<atom:feed>) and for XHTML content in a default-namespace div. Declare the namespace as the
default.
""",
    bad='<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">',
    good='<feed xmlns="http://www.w3.org/2005/Atom">',
    w3c="AvoidNamespacePrefix",
    spec="RFC 4287, 1.2",
    url=RFC4287 + "#section-1.2",
)

declare(
    "MissingSelf",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("A feed without a self link", "Een feed zonder self-link"),
    message=('<feed> has no <link rel="self" href="..."/>: add one with the address the feed is published at, so readers can find it again',
             '<feed> heeft geen <link rel="self" href="..."/>: voeg er een toe met het adres waarop de feed gepubliceerd is, zodat lezers haar terugvinden'),
    explanation="""
The self link names the feed's own address. Readers use it to subscribe from a copy, to detect a
move, and hubs (WebSub) to know what they distribute.
""",
    bad='<feed xmlns="http://www.w3.org/2005/Atom">\n  <link href="https://www.example.nl/"/>',
    good='<feed xmlns="http://www.w3.org/2005/Atom">\n  <link href="https://www.example.nl/"/>\n  <link rel="self" href="https://www.example.nl/atom.xml"/>',
    w3c="MissingSelf",
    spec="RFC 4287, 4.1.1",
    url=RFC4287 + "#section-4.1.1",
)

declare(
    "MisplacedMetadata",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("A feed element after the first entry", "Een element van de feed na het eerste bericht"),
    message=("<{element}> comes after the first <entry>: move the feed's own elements before all entries",
             "<{element}> staat na het eerste <entry>: zet de eigen elementen van de feed vóór alle berichten"),
    explanation="""
The feed's own elements (title, id, links, ...) come before its entries. Streaming readers that
stop at the first entry never see what follows.
""",
    bad="<feed>\n  <entry>...</entry>\n  <title>Blog</title>\n</feed>",
    good="<feed>\n  <title>Blog</title>\n  <entry>...</entry>\n</feed>",
    w3c="MisplacedMetadata",
    spec="RFC 4287, 4.1.1",
    url=RFC4287 + "#section-4.1.1",
)

declare(
    "MissingContentOrAlternate",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("An entry with neither content nor an alternate link", "Een bericht zonder inhoud en zonder alternate-link"),
    message=('the entry has neither <content> nor <link rel="alternate" href="..."/>: add the text as <content>, or link to where it can be read',
             'het bericht heeft geen <content> en geen <link rel="alternate" href="..."/>: voeg de tekst toe als <content>, of link naar waar hij te lezen is'),
    explanation="""
An entry must carry its content or link to it (RFC 4287 section 4.1.1): otherwise a subscriber has
nothing to read and nowhere to go.
""",
    bad="<entry>\n  <id>...</id><title>De ijsberg</title><updated>...</updated>\n</entry>",
    good='<entry>\n  <id>...</id><title>De ijsberg</title><updated>...</updated>\n  <link href="https://www.example.nl/de-ijsberg/"/>\n</entry>',
    w3c="MissingContentOrAlternate",
    spec="RFC 4287, 4.1.2 The atom:entry Element",
    url=RFC4287 + "#section-4.1.2",
)

declare(
    "MissingSummary",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("Content that is not inline text, without a summary", "Inhoud die geen tekst in de feed is, zonder samenvatting"),
    message=("the entry's <content> is not inline text (it has src, or is base64-encoded): add a <summary> that readers can show",
             "de <content> van het bericht is geen tekst in de feed (het heeft src, of is base64-gecodeerd): voeg een <summary> toe die lezers kunnen tonen"),
    explanation="""
When the content is elsewhere (src) or binary (base64), readers have no text to show: RFC 4287
requires a summary then.
""",
    bad='<content type="application/pdf" src="https://www.example.nl/rapport.pdf"/>',
    good='<summary>Het rapport over de decentralisaties.</summary>\n<content type="application/pdf" src="https://www.example.nl/rapport.pdf"/>',
    w3c="MissingSummary",
    spec="RFC 4287, 4.1.2",
    url=RFC4287 + "#section-4.1.2",
)

declare(
    "MissingTextualContent",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("An entry without a title or text to show", "Een bericht zonder titel of tekst om te tonen"),
    message=("the entry's <title> is empty: give every entry a title", "de <title> van het bericht is leeg: geef elk bericht een titel"),
    variants={
        "summary": ("the entry has no <content> and no text in <summary>: add a summary that says what the entry is about",
                    "het bericht heeft geen <content> en geen tekst in <summary>: voeg een samenvatting toe die zegt waar het bericht over gaat"),
    },
    explanation="""
Readers list entries by title and show their text. An empty title, or an entry with neither
content nor a summary, shows as a blank line.
""",
    bad="<entry>\n  <title></title>\n  <link href=\"https://www.example.nl/1/\"/>\n</entry>",
    good="<entry>\n  <title>De ijsberg</title>\n  <summary>Over software die verkocht wordt.</summary>\n  <link href=\"https://www.example.nl/1/\"/>\n</entry>",
    w3c="MissingTextualContent",
    spec="RFC 4287, 4.1.2",
    url=RFC4287 + "#section-4.1.2",
)

declare(
    "MissingSourceElement",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("A source element without the source feed's id, title or updated", "Een source-element zonder id, titel of updated van de bronfeed"),
    message=("<source> has no <{element}>: copy the source feed's id, title and updated into it",
             "<source> heeft geen <{element}>: neem de id, titel en updated van de bronfeed erin over"),
    explanation="""
An entry copied from another feed names it in <source>; RFC 4287 recommends the source feed's id,
title and updated there, so readers can credit and find it.
""",
    bad="<source>\n  <link href=\"https://other.example/\"/>\n</source>",
    good="<source>\n  <id>tag:other.example,2012:feed</id>\n  <title>Ander blog</title>\n  <updated>2012-11-22T10:00:00Z</updated>\n</source>",
    w3c="MissingSourceElement",
    spec="RFC 4287, 4.2.11 The atom:source Element",
    url=RFC4287 + "#section-4.2.11",
)

declare(
    "DuplicateEntries",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("Two entries with the same id and updated", "Twee berichten met dezelfde id en updated"),
    message=('two entries have the id "{id}" and the same <updated>: an entry that appears twice is shown twice or lost by readers; '
             "give each entry its own id, or keep only the newest version",
             'twee berichten hebben de id "{id}" en dezelfde <updated>: een bericht dat twee keer voorkomt, wordt door lezers dubbel getoond of raakt zoek; '
             "geef elk bericht een eigen id, of houd alleen de nieuwste versie"),
    explanation="""
Entries with one id are versions of one entry; with the same updated date too, they are the same
version twice, usually a generator bug. Readers show it twice or drop one.
""",
    bad="<entry><id>tag:x,2012:1</id><updated>2012-11-22T10:00:00Z</updated>...</entry>\n<entry><id>tag:x,2012:1</id><updated>2012-11-22T10:00:00Z</updated>...</entry>",
    good="<entry><id>tag:x,2012:1</id>...</entry>\n<entry><id>tag:x,2012:2</id>...</entry>",
    w3c="DuplicateEntries",
    spec="RFC 4287, 4.1.1",
    url=RFC4287 + "#section-4.1.1",
)

declare(
    "DuplicateUpdated",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("Two entries with the same updated date", "Twee berichten met dezelfde updated-datum"),
    message=("two entries have the same <updated> {updated}: dates should be as accurate as possible",
             "twee berichten hebben dezelfde <updated> {updated}: datums horen zo nauwkeurig mogelijk te zijn"),
    explanation="""
Several entries with one updated date are usually a generator that writes the build time instead
of each entry's own date. Readers sort by it.
""",
    bad="<entry>...<updated>2012-12-21T00:00:00Z</updated></entry>\n<entry>...<updated>2012-12-21T00:00:00Z</updated></entry>",
    good="<entry>...<updated>2012-12-21T10:00:00+01:00</updated></entry>\n<entry>...<updated>2012-11-22T10:00:00+01:00</updated></entry>",
    w3c="DuplicateUpdated",
    spec="RFC 4287, 3.3",
    url=RFC4287 + "#section-3.3",
)

declare(
    "DuplicateIds",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("Every entry has the same id", "Elk bericht heeft dezelfde id"),
    message=('all {count} entries have the same id "{id}": readers keep only one of them; give every entry its own permanent id',
             'alle {count} berichten hebben dezelfde id "{id}": lezers houden er maar één van over; geef elk bericht een eigen blijvende id'),
    explanation="""
A feed of ten or more entries that all share one id is a broken generator (the feed's id copied
into each entry): readers see one entry where there are many.
""",
    bad="<entry><id>tag:x,2012:feed</id>...</entry>   (ten times)",
    good="<entry><id>tag:x,2012:post-1</id>...</entry>\n<entry><id>tag:x,2012:post-2</id>...</entry>",
    w3c="DuplicateIds",
    spec="RFC 4287, 4.2.6 The atom:id Element",
    url=RFC4287 + "#section-4.2.6",
)

declare(
    "LinkPastEnd",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("A paging link past the first or last page", "Een bladerlink voorbij de eerste of laatste pagina"),
    message=('this page is the {end} of the list (its rel="{end}" link is its own address), but it has a rel="{beyond}" link past that end: '
             "remove the link, or correct the {end} link",
             'deze pagina is de {end} van de lijst (haar link rel="{end}" is haar eigen adres), maar ze heeft een link rel="{beyond}" voorbij dat einde: '
             "verwijder de link, of verbeter de {end}-link"),
    explanation="""
In a paged feed (RFC 5005 section 3), the first page has no previous page and the last no next
one. A link past the end sends readers in circles.
""",
    bad='<link rel="self" href="https://x/p1"/>\n<link rel="first" href="https://x/p1"/>\n<link rel="previous" href="https://x/p0"/>',
    good='<link rel="self" href="https://x/p1"/>\n<link rel="first" href="https://x/p1"/>\n<link rel="next" href="https://x/p2"/>',
    w3c="LinkPastEnd",
    spec="RFC 5005, 3 Paged Feeds",
    url="https://www.rfc-editor.org/rfc/rfc5005#section-3",
)

declare(
    "UndeterminableVocabulary",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("An extension element in no namespace", "Een extensie-element zonder namespace"),
    message=('<{element}> in <{parent}> is in no namespace, so readers cannot tell what it means: '
             'declare a namespace of your own (xmlns:my="...") and write <my:{element}>',
             '<{element}> in <{parent}> staat in geen namespace, dus lezers weten niet wat het betekent: '
             'declareer een eigen namespace (xmlns:my="...") en schrijf <my:{element}>'),
    explanation="""
RFC 4287 allows extension elements, but each must say which vocabulary it is from through its
namespace. An element in no namespace belongs to no one: readers ignore it.
""",
    bad="<entry>\n  <rating>5</rating>",
    good='<entry xmlns:my="https://www.example.nl/ns/1.0">\n  <my:rating>5</my:rating>',
    w3c="UndeterminableVocabulary",
    spec="RFC 4287, 6.4 Extension Elements",
    url=RFC4287 + "#section-6.4",
)

declare(
    "MisplacedXHTMLContent",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("XHTML directly in a feed or entry", "XHTML direct in een feed of bericht"),
    message=('<{element}> is XHTML directly inside <{parent}>: readers look for text in <content type="xhtml">, <summary> or <title>; move it there',
             '<{element}> is XHTML direct in <{parent}>: lezers zoeken tekst in <content type="xhtml">, <summary> of <title>; verplaats het daarheen'),
    explanation="""
XHTML belongs inside a text construct with type="xhtml", wrapped in a div. Directly in an entry it
is an unknown extension that readers do not show.
""",
    bad='<entry>\n  <p xmlns="http://www.w3.org/1999/xhtml">Tekst</p>',
    good='<entry>\n  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Tekst</p></div></content>',
    w3c="MisplacedXHTMLContent",
    spec="RFC 4287, 3.1.1.3 XHTML",
    url=RFC4287 + "#section-3.1.1.3",
)

declare(
    "InvalidMetaName",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("An XHTML meta in a feed with a name other than robots", "Een XHTML-meta in een feed met een andere naam dan robots"),
    message=('<{element}> has name="{name}": in a feed only name="robots" has a meaning',
             '<{element}> heeft name="{name}": in een feed betekent alleen name="robots" iets'),
    explanation="""
An <xhtml:meta> in a feed's head is the robots exclusion (may search engines index the feed);
other meta names have no meaning there.
""",
    bad='<xhtml:meta name="description" content="Blog"/>',
    good='<xhtml:meta name="robots" content="noindex"/>',
    w3c="InvalidMetaName",
    spec="Robots exclusion in feeds (W3C's extension)",
    url="https://validator.w3.org/feed/docs/error/InvalidMetaName.html",
)

declare(
    "InvalidMetaContent",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("A robots meta with an unknown value", "Een robots-meta met een onbekende waarde"),
    message=('<{element}> has content="{content}": write all, none, index or noindex, follow or nofollow, '
             'or one of each separated by a comma (e.g. "noindex,follow")',
             '<{element}> heeft content="{content}": schrijf all, none, index of noindex, follow of nofollow, '
             'of één van elk gescheiden door een komma (bijvoorbeeld "noindex,follow")'),
    explanation="The robots meta takes all, none, index or noindex and follow or nofollow, as in HTML; search engines ignore other values.",
    bad='<xhtml:meta name="robots" content="hidden"/>',
    good='<xhtml:meta name="robots" content="noindex,follow"/>',
    w3c="InvalidMetaContent",
    spec="Robots exclusion in feeds (W3C's extension)",
    url="https://validator.w3.org/feed/docs/error/InvalidMetaContent.html",
)

declare(
    "InvalidAccessRestrictionRel",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=('An access:restriction relationship other than "allow" or "deny"', 'Een access:restriction-relationship anders dan "allow" of "deny"'),
    message=('<access:restriction relationship="{value}">: write "allow" or "deny"', '<access:restriction relationship="{value}">: schrijf "allow" of "deny"'),
    explanation="Bloglines' access restriction says whether aggregators may show the feed: relationship is \"allow\" or \"deny\".",
    bad='<access:restriction relationship="private"/>',
    good='<access:restriction relationship="deny"/>',
    w3c="InvalidAccessRestrictionRel",
    spec="Bloglines access restriction",
    url="https://validator.w3.org/feed/docs/error/InvalidAccessRestrictionRel.html",
)

declare(
    "NoThrWhen",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("thr:when, a draft's name for thr:updated", "thr:when, de naam uit een ontwerp voor thr:updated"),
    message=("thr:when is from a draft of the threading extension; RFC 4685 calls it thr:updated: rename the attribute",
             "thr:when komt uit een ontwerp van de threading-extensie; RFC 4685 noemt het thr:updated: hernoem het attribuut"),
    explanation="Drafts of RFC 4685 called the attribute thr:when; the RFC calls it thr:updated, and readers look for that.",
    bad='<link rel="replies" href="https://x/comments" thr:when="2012-11-22T10:00:00Z"/>',
    good='<link rel="replies" href="https://x/comments" thr:updated="2012-11-22T10:00:00Z"/>',
    w3c="NoThrWhen",
    spec="RFC 4685, 5 The 'replies' link relation",
    url="https://www.rfc-editor.org/rfc/rfc4685#section-5",
)

declare(
    "UnexpectedWhitespace",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("White space around a date or IRI", "Witruimte rond een datum of IRI"),
    message=("<{element}> has whitespace around its {what}: Atom allows none in dates and IRIs; write the value on one line without spaces",
             "<{element}> heeft witruimte rond zijn {what}: Atom staat die niet toe in datums en IRI's; schrijf de waarde op één regel zonder spaties"),
    explanation="""
Atom's dates, ids and IRIs allow no surrounding white space. Readers that compare ids as strings
see " tag:x" and "tag:x" as two entries.
""",
    bad="<id>\n  tag:www.example.nl,2012:1\n</id>",
    good="<id>tag:www.example.nl,2012:1</id>",
    w3c="UnexpectedWhitespace",
    spec="RFC 4287, 3.3 and 4.2.6",
    url=RFC4287 + "#section-4.2.6",
)
declare_text("what.id", "id", "id")
declare_text("what.date", "date", "datum")
declare_text("what.iri", "IRI", "IRI")
declare_text("end.first", "first", "eerste")
declare_text("end.last", "last", "laatste")

declare(
    "NonCanonicalURI",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("An id that is not in canonical form", "Een id die niet in canonieke vorm staat"),
    message=('the id "{value}" is not in canonical form: write "{canonical}", so that ids compare equal',
             'de id "{value}" staat niet in canonieke vorm: schrijf "{canonical}", zodat id\'s gelijk vergeleken worden'),
    explanation="""
Readers compare ids character by character. HTTP://Example.NL:80/a and http://example.nl/a name
the same resource but compare different: write the canonical form (lower-case scheme and host, no
default port).
""",
    bad="<id>HTTP://WWW.Example.NL:80/2012/1</id>",
    good="<id>http://www.example.nl/2012/1</id>",
    w3c="NonCanonicalURI",
    spec="RFC 3986, 6.2.2 Syntax-Based Normalization",
    url="https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2",
)

declare(
    "SameDocumentReference",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("A reference that resolves to its xml:base, not this document", "Een verwijzing die oplost naar haar xml:base, niet naar dit document"),
    message=('the {attribute} "{value}" of <{element}> resolves to the xml:base ({base}) itself, which is not this document: '
             "some readers take it to mean this document; write the full address",
             'de {attribute} "{value}" van <{element}> lost op naar de xml:base ({base}) zelf, die niet dit document is: '
             "sommige lezers vatten het op als dit document; schrijf het volledige adres"),
    explanation="""
An empty reference, ".", or "#fragment" under an xml:base that is not the document's own address:
RFC 3986 section 4.4 makes it ambiguous, and readers differ (the base, or this document).
""",
    bad='<entry xml:base="https://www.example.nl/de-ijsberg/">\n  <link href=""/>',
    good='<entry>\n  <link href="https://www.example.nl/de-ijsberg/"/>',
    w3c="SameDocumentReference",
    spec="RFC 3986, 4.4 Same-Document Reference",
    url="https://www.rfc-editor.org/rfc/rfc3986#section-4.4",
)

declare(
    "ContainsEmail",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("An e-mail address in a person's name", "Een e-mailadres in de naam van een persoon"),
    message=("<name> contains an e-mail address: put the address in its own <email> element",
             "<name> bevat een e-mailadres: zet het adres in een eigen element <email>"),
    explanation="An Atom person has <name>, <uri> and <email>: an address inside the name is shown as part of the name.",
    bad="<author><name>Rens (rens@example.nl)</name></author>",
    good="<author><name>Rens</name><email>rens@example.nl</email></author>",
    w3c="ContainsEmail",
    spec="RFC 4287, 3.2 Person Constructs",
    url=RFC4287 + "#section-3.2",
)

declare(
    "UnknownHost",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("An e-mail address whose domain has no dot", "Een e-mailadres waarvan het domein geen punt heeft"),
    message=('the e-mail address "{value}" has no domain with a dot: mail to it will not arrive; write the full address, e.g. jan@example.nl',
             'het e-mailadres "{value}" heeft geen domein met een punt: mail erheen komt niet aan; schrijf het volledige adres, bijvoorbeeld jan@example.nl'),
    explanation="An address such as rens@localhost is valid syntax but reaches no one outside the publisher's own network.",
    bad="<email>rens@intranet</email>",
    good="<email>rens@example.nl</email>",
    w3c="UnknownHost",
    spec="RFC 4287, 3.2.3",
    url=RFC4287 + "#section-3.2.3",
)

declare(
    "SelfNotAtom",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("A self link with the type of another kind of document", "Een self-link met het type van een ander soort document"),
    message=('the self link has type="{type}", but a self link points at this Atom document itself (application/atom+xml): did you mean rel="alternate"?',
             'de self-link heeft type="{type}", maar een self-link wijst naar dit Atom-document zelf (application/atom+xml): bedoelt u rel="alternate"?'),
    explanation="A self link points at the feed document itself; a type such as text/html says it points at a page, which is an alternate link.",
    bad='<link rel="self" type="text/html" href="https://www.example.nl/"/>',
    good='<link rel="self" type="application/atom+xml" href="https://www.example.nl/atom.xml"/>',
    w3c="SelfNotAtom",
    spec="RFC 4287, 4.2.7.2",
    url=RFC4287 + "#section-4.2.7.2",
)

declare(
    "InvalidTextType",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=('A text construct whose type is not "text", "html" or "xhtml"', 'Een tekstconstructie met een ander type dan "text", "html" of "xhtml"'),
    message=('type="{kind}" on <{element}>: the type of a text element must be "text", "html" or "xhtml" (media types are only allowed on <content>)',
             'type="{kind}" op <{element}>: het type van een tekstelement moet "text", "html" of "xhtml" zijn (mediatypes mogen alleen op <content>)'),
    explanation="title, subtitle, summary and rights take type text, html or xhtml only; media types belong on <content>.",
    bad='<title type="text/plain">De ijsberg</title>',
    good='<title type="text">De ijsberg</title>',
    w3c="InvalidTextType",
    spec="RFC 4287, 3.1.1 The type Attribute",
    url=RFC4287 + "#section-3.1.1",
)

declare(
    "HtmlFragment",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("A document media type on a fragment", "Een documenttype op een fragment"),
    message=('<{element}> has type="{kind}", which means a whole document (<html>...), but holds a fragment: '
             'write type="html" (escaped HTML) or type="xhtml" (an XHTML div) instead',
             '<{element}> heeft type="{kind}", wat een heel document betekent (<html>...), maar bevat een fragment: '
             'schrijf in plaats daarvan type="html" (geëscapete HTML) of type="xhtml" (een XHTML-div)'),
    explanation="""
type="text/html" or "application/xhtml+xml" on content means a whole document with <html>. A
fragment belongs in type="html" or type="xhtml".
""",
    bad='<content type="text/html">&lt;p&gt;Tekst&lt;/p&gt;</content>',
    good='<content type="html">&lt;p&gt;Tekst&lt;/p&gt;</content>',
    w3c="HtmlFragment",
    spec="RFC 4287, 4.1.3.3 Processing Model",
    url=RFC4287 + "#section-4.1.3.3",
)

declare(
    "ContainsUndeclaredHTML",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("Markup in a text construct of type text", "Opmaak in een tekstconstructie van type text"),
    message=('<{element}> is plain text (type="text") but contains HTML, which readers will show as markup: write type="html" if it is HTML, or remove the markup',
             '<{element}> is platte tekst (type="text") maar bevat HTML, die lezers als opmaakcode tonen: schrijf type="html" als het HTML is, of verwijder de opmaak'),
    explanation="Without a type, Atom text is plain text: escaped tags in it are shown as tags. Say type=\"html\" if they are meant as HTML.",
    bad="<summary>&lt;p&gt;Over de ijsberg&lt;/p&gt;</summary>",
    good='<summary type="html">&lt;p&gt;Over de ijsberg&lt;/p&gt;</summary>',
    w3c="ContainsUndeclaredHTML",
    spec="RFC 4287, 3.1.1.1 Text",
    url=RFC4287 + "#section-3.1.1.1",
)

declare(
    "MissingXhtmlDiv",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=('type="xhtml" content that is not one XHTML div', 'Inhoud met type="xhtml" die niet één XHTML-div is'),
    message=('<{element}> has type="xhtml", so its content must be one <div xmlns="http://www.w3.org/1999/xhtml">...</div>: wrap the content in that div',
             '<{element}> heeft type="xhtml", dus de inhoud moet één <div xmlns="http://www.w3.org/1999/xhtml">...</div> zijn: zet de inhoud in die div'),
    explanation="XHTML text constructs hold exactly one XHTML div, which readers unwrap (RFC 4287 section 3.1.1.3).",
    bad='<content type="xhtml"><p xmlns="http://www.w3.org/1999/xhtml">Tekst</p></content>',
    good='<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Tekst</p></div></content>',
    w3c="MissingXhtmlDiv",
    spec="RFC 4287, 3.1.1.3 XHTML",
    url=RFC4287 + "#section-3.1.1.3",
)

declare(
    "NotInline",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=('Escaped markup in type="xhtml" content', 'Geëscapete opmaak in inhoud met type="xhtml"'),
    message=('<{element}> is type="xhtml" but holds escaped markup: write the markup itself, or use type="html"',
             '<{element}> heeft type="xhtml" maar bevat geëscapete opmaak: schrijf de opmaak zelf, of gebruik type="html"'),
    explanation="XHTML content is markup written inline; escaped markup (&lt;p&gt;) inside it is shown to subscribers as text.",
    bad='<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">&lt;p&gt;Tekst&lt;/p&gt;</div></content>',
    good='<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Tekst</p></div></content>',
    w3c="NotInline",
    spec="RFC 4287, 3.1.1.3 XHTML",
    url=RFC4287 + "#section-3.1.1.3",
)

declare(
    "MissingTypeAttr",
    severity=WARNING,
    formats=FORMATS,
    layer="atom",
    summary=("Content with src but no type", "Inhoud met src maar zonder type"),
    message=('<content src="..."> has no type: add the media type of what src points to (e.g. type="text/html")',
             '<content src="..."> heeft geen type: voeg het mediatype toe van waar src naar wijst (bijvoorbeeld type="text/html")'),
    explanation="With src, the type tells readers what they will fetch; RFC 4287 says it should be there.",
    bad='<content src="https://www.example.nl/de-ijsberg/"/>',
    good='<content type="text/html" src="https://www.example.nl/de-ijsberg/"/>',
    w3c="MissingTypeAttr",
    spec="RFC 4287, 4.1.3.2 The src Attribute",
    url=RFC4287 + "#section-4.1.3.2",
)

declare(
    "NotBase64",
    severity=ERROR,
    formats=FORMATS,
    layer="atom",
    summary=("Binary content that is not base64", "Binaire inhoud die geen base64 is"),
    message=('<content type="{kind}"> must hold base64-encoded data (the type is neither text nor XML): encode it in base64, or point to it with src',
             '<content type="{kind}"> moet base64-gecodeerde gegevens bevatten (het type is geen tekst en geen XML): codeer ze in base64, of wijs ernaar met src'),
    explanation="Content of a media type that is neither text nor XML is carried base64-encoded (RFC 4287 section 4.1.3.3).",
    bad='<content type="image/png">PNG...</content>',
    good='<content type="image/png">iVBORw0KGgoAAAANSUhEUgAA...</content>',
    w3c="NotBase64",
    spec="RFC 4287, 4.1.3.3 Processing Model",
    url=RFC4287 + "#section-4.1.3.3",
)
