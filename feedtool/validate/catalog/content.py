"""Codes of HTML carried in feeds (feedtool/validate/html.py): RSS descriptions, Atom html and xhtml text.

Every one of them is a warning, as for W3C: readers sanitise the markup, so the feed still reads,
but what subscribers see differs from what was published.
"""

from feedtool.validate.codes import ATOM, JSONFEED, RSS, RSS090, RSS10, WARNING, declare, declare_text

FORMATS = (ATOM, RSS, RSS10, RSS090, JSONFEED)
SANITIZE = "feedparser's HTML sanitizer (what readers keep)"
SANITIZE_URL = "https://feedparser.readthedocs.io/en/latest/html-sanitization.html"

declare_text("html.style.unreadable", "{style!r} is not a list of plain CSS declarations", "{style!r} is geen lijst van eenvoudige CSS-declaraties")
declare_text("html.style.property", "the property {property!r} is outside the set readers keep", "de eigenschap {property!r} valt buiten wat lezers laten staan")
declare_text("html.style.shorthand", "{word!r} in {property!r} is not a colour, a small length or a plain keyword",
             "{word!r} in {property!r} is geen kleur, kleine lengte of eenvoudig sleutelwoord")

# Why escaped HTML does not parse (NotHtml.parse's {problem}); feedtool/validate/htmlsyntax.py finds them.
for _reason, _en, _nl in (
    ("codepoint", "the character {point} is not allowed in HTML", "het teken {point} mag niet in HTML"),
    ("processing_instruction", "a processing instruction (<?...?>) is not HTML", "een verwerkingsinstructie (<?...?>) is geen HTML"),
    ("end_tag_name", "'</' is not followed by a tag name (write &lt;/ for the text)", "na '</' volgt geen tagnaam (schrijf &lt;/ voor de tekst)"),
    ("lone_lt", "a '<' that starts no tag (write &lt; for the character)", "een '<' die geen tag begint (schrijf &lt; voor het teken)"),
    ("unclosed", "<{tag}> is never closed", "<{tag}> wordt nooit gesloten"),
    ("numeric_reference", "'&#' is not followed by a number (write &amp;# for the text)", "na '&#' volgt geen getal (schrijf &amp;# voor de tekst)"),
    ("reference_semicolon", "the character reference {reference} lacks its ';'", "de tekenverwijzing {reference} mist haar ';'"),
    ("unknown_reference", "{reference} is no character reference: write a bare & as &amp;", "{reference} is geen tekenverwijzing: schrijf een losse & als &amp;"),
    ("unclosed_comment", "a comment is opened but never closed (-->)", "een opmerking wordt geopend maar nooit gesloten (-->)"),
    ("bad_comment", "a comment is written wrongly (<!--> or --!>)", "een opmerking is verkeerd geschreven (<!--> of --!>)"),
    ("doctype", "a DOCTYPE inside content", "een DOCTYPE in de inhoud"),
    ("bogus_comment", "'<!' starts no comment (a CDATA section or a declaration is not HTML)", "'<!' begint geen opmerking (een CDATA-sectie of declaratie is geen HTML)"),
    ("cut_off", "a tag is cut off or has an unclosed quote near {text!r}", "een tag is afgebroken of heeft een niet gesloten aanhalingsteken bij {text!r}"),
    ("attribute_name", "the attribute name {name!r} holds a quote, '<' or '='", "de attribuutnaam {name!r} bevat een aanhalingsteken, '<' of '='"),
    ("attribute_value", "the value of {name!r} needs quotes", "de waarde van {name!r} heeft aanhalingstekens nodig"),
    ("duplicate_attribute", "the attribute {name!r} appears twice on one tag", "het attribuut {name!r} staat twee keer op één tag"),
    ("attribute_space", "two attributes without a space between them", "twee attributen zonder spatie ertussen"),
    ("slash_in_tag", "a '/' inside a tag", "een '/' midden in een tag"),
    ("misnested", "</{tag}> comes while <{open}> inside it is still open", "</{tag}> komt terwijl <{open}> erbinnen nog open is"),
    ("in_foreign", "<{tag}> inside SVG or MathML", "<{tag}> binnen SVG of MathML"),
    ("self_closing", "<{tag}/>: only empty elements (br, img, ...) may end with '/>'", "<{tag}/>: alleen lege elementen (br, img, ...) mogen op '/>' eindigen"),
    ("misplaced_start", "<{tag}> inside content", "<{tag}> in de inhoud"),
    ("table_part", "<{tag}> outside the table row or table it belongs in", "<{tag}> buiten de tabelrij of tabel waar het in hoort"),
    ("in_table", "<{tag}> directly inside a table (outside a cell)", "<{tag}> direct in een tabel (buiten een cel)"),
    ("heading_in_heading", "<{tag}> inside <{open}>", "<{tag}> binnen <{open}>"),
    ("nested", "<{tag}> inside another <{tag}>", "<{tag}> binnen een andere <{tag}>"),
    ("unexpected_end", "</{tag}> closes no open <{tag}>", "</{tag}> sluit geen open <{tag}>"),
):
    declare_text(f"html.parse.{_reason}", _en, _nl)

declare(
    "SecurityRisk",
    severity=WARNING,
    formats=FORMATS,
    layer="content",
    summary=("Markup that runs code or embeds other documents", "Opmaak die code uitvoert of andere documenten insluit"),
    message=("{place}contains <{element}>: readers remove it (it can run code, restyle the reader's page or embed other documents); make the content work without it",
             "{place}bevat <{element}>: lezers verwijderen het (het kan code uitvoeren, de pagina van de lezer opmaken of andere documenten insluiten); laat de inhoud zonder werken"),
    variants={
        "unknown": ("{place}<{element}> is not an HTML element; readers strip unknown elements, so make the content work without it",
                    "{place}<{element}> is geen HTML-element; lezers halen onbekende elementen weg, dus laat de inhoud zonder werken"),
        "script_url": ("{place}the {attribute} of <{element}> is a script URL ({url!r}); remove it",
                       "{place}de {attribute} van <{element}> is een script-URL ({url!r}); verwijder die"),
        "pi": ("{place}contains a processing instruction {pi!r}, which some browsers use to load behaviour; remove it",
               "{place}bevat een verwerkingsinstructie {pi!r}, waarmee sommige browsers gedrag laden; verwijder die"),
        "conditional_comment": ("{place}contains a conditional comment, which Internet Explorer executes; remove it",
                                "{place}bevat een voorwaardelijke opmerking, die Internet Explorer uitvoert; verwijder die"),
    },
    explanation="""
The content holds an element that runs code, restyles the page or pulls in another document
(script, style, iframe, embed, object, meta, link, base, ...), a javascript: URL, a processing
instruction or a conditional comment. Every reader strips such markup, so what it was meant to do
is lost, and a reader that did not would expose subscribers to the feed's scripts. Inline XHTML
elements that are not HTML are stripped too.
""",
    bad='<description>&lt;p&gt;Kijk:&lt;/p&gt;&lt;iframe src="https://video.example.nl/1"&gt;&lt;/iframe&gt;</description>',
    good='<description>&lt;p&gt;Kijk: &lt;a href="https://video.example.nl/1"&gt;de video&lt;/a&gt;&lt;/p&gt;</description>',
    w3c="SecurityRisk",
    spec=SANITIZE,
    url=SANITIZE_URL,
)

declare(
    "SecurityRiskAttr",
    severity=WARNING,
    formats=FORMATS,
    layer="content",
    summary=("An event handler attribute (onclick, onload, ...)", "Een event-handler-attribuut (onclick, onload, ...)"),
    message=("{place}the attribute {attribute!r} on <{element}> is outside the set readers keep; remove it",
             "{place}het attribuut {attribute!r} op <{element}> valt buiten wat lezers laten staan; verwijder het"),
    variants={
        "handler": ("{place}the attribute {attribute!r} on <{element}> is outside the set readers keep (an event handler runs script); remove it",
                    "{place}het attribuut {attribute!r} op <{element}> valt buiten wat lezers laten staan (een event handler voert script uit); verwijder het"),
    },
    explanation="""
Event handlers (onclick, onload, onerror, ...) run script: every reader removes them, so what they
were meant to do is lost, and a reader that kept them would run the feed's scripts.
""",
    bad='&lt;img src="https://www.example.nl/a.png" onload="track()"&gt;',
    good='&lt;img src="https://www.example.nl/a.png" alt="Schema"&gt;',
    w3c="SecurityRiskAttr",
    spec=SANITIZE,
    url=SANITIZE_URL,
)

declare(
    "DangerousStyleAttr",
    severity=WARNING,
    formats=FORMATS,
    layer="content",
    summary=("A style attribute readers may strip", "Een style-attribuut dat lezers misschien weghalen"),
    message=("{place}a style attribute on <{element}> may be stripped by readers: {problem}; simplify it or move the styling out of the feed",
             "{place}een style-attribuut op <{element}> wordt misschien door lezers weggehaald: {problem}; vereenvoudig het of haal de opmaak uit de feed"),
    explanation="""
Readers keep style attributes only when every property is in a small safe set and every value is
plain (colours, small lengths, keywords); URLs, expressions and unknown properties are stripped,
often with the whole attribute.
""",
    bad='&lt;p style="background: url(https://tracker.example/p.gif)"&gt;',
    good='&lt;p style="color: #333"&gt;',
    w3c="DangerousStyleAttr",
    spec=SANITIZE,
    url=SANITIZE_URL,
)

declare(
    "ContainsRelRef",
    severity=WARNING,
    formats=FORMATS,
    layer="content",
    summary=("A relative URL in content", "Een relatieve URL in de inhoud"),
    message=("{place}the {attribute} of <{element}> is a relative URL ({url!r}); readers do not resolve it against your site "
             "(most ignore xml:base): make it absolute, e.g. {example}",
             "{place}de {attribute} van <{element}> is een relatieve URL ({url!r}); lezers lossen die niet op tegen uw site "
             "(de meeste negeren xml:base): maak haar absoluut, bijvoorbeeld {example}"),
    explanation="""
A link or image with a relative URL (/images/a.png, ../post/) works on the site but not in a
reader, which resolves it against the feed's address, or not at all: most readers ignore
xml:base. Write absolute URLs in feed content.
""",
    bad='&lt;img src="/images/schema.png"&gt;',
    good='&lt;img src="https://www.example.nl/images/schema.png"&gt;',
    w3c="ContainsRelRef",
    spec="RFC 3986, 5 Reference Resolution",
    url="https://www.rfc-editor.org/rfc/rfc3986#section-5",
)

declare(
    "NotHtml",
    severity=WARNING,
    formats=FORMATS,
    layer="content",
    summary=("Escaped markup that does not parse as HTML", "Geëscapete opmaak die geen geldige HTML is"),
    message=("{place}<{element}> is not an HTML element; readers ignore or strip it: use HTML elements only, or escape a literal '<' as &lt;",
             "{place}<{element}> is geen HTML-element; lezers negeren het of halen het weg: gebruik alleen HTML-elementen, of escape een letterlijke '<' als &lt;"),
    variants={
        "parse": ("{place}this is not valid HTML: {problem} (near {text!r}); readers repair it each in their own way, so what subscribers see differs: correct the markup",
                  "{place}dit is geen geldige HTML: {problem} (bij {text!r}); lezers herstellen het elk op hun eigen manier, dus wat abonnees zien verschilt: verbeter de opmaak"),
    },
    explanation="""
The escaped HTML in a description or content breaks the HTML syntax: a bare & (AT&T; write
AT&amp;T), a character reference without its ';', an end tag that closes nothing (a </p> after a
<div> closed the paragraph already), an element never closed, a tag cut off; or it uses an element
HTML does not have. Readers repair broken HTML each in their own way, so subscribers see text
missing, or markup shown literally. The rules are the HTML standard's parser's, as the W3C
validator applies them.
""",
    bad="<description>&lt;p&gt;Tom &amp; Jerry&lt;/p&gt;</description>   (the HTML is: <p>Tom & Jerry</p>)",
    good="<description>&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;</description>",
    w3c="NotHtml",
    spec="HTML Living Standard, 13 The HTML syntax",
    url="https://html.spec.whatwg.org/multipage/syntax.html",
)
