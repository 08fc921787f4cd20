"""Codes of HTML carried in feeds (feedtool/validate/html.py): RSS descriptions, Atom html and xhtml text.

Every one of them is a warning, as for W3C: readers sanitise the markup, so the feed still reads,
but what subscribers see differs from what was published.
"""

from feedtool.validate.codes import ATOM, JSONFEED, RSS, RSS090, RSS10, WARNING, declare, declare_text

FORMATS = (ATOM, RSS, RSS10, RSS090, JSONFEED)
SANITIZE = "feedparser's HTML sanitizer (what readers keep)"
SANITIZE_URL = "https://feedparser.readthedocs.io/en/latest/html-sanitization.html"

declare_text("html.unclosed.comment", "a comment", "een opmerking")
declare_text("html.unclosed.cdata", "a CDATA section", "een CDATA-sectie")
declare_text("html.style.url", "it refers to a URL or script", "het verwijst naar een URL of script")
declare_text("html.style.not_declaration", "{declaration!r} is not a CSS declaration", "{declaration!r} is geen CSS-declaratie")
declare_text("html.style.property", "the property {property!r} is outside the set readers keep", "de eigenschap {property!r} valt buiten wat lezers laten staan")
declare_text("html.style.value", "the value of {property!r} is hard to verify as safe", "de waarde van {property!r} is moeilijk als veilig te controleren")
declare_text("html.style.shorthand", "{word!r} in {property!r} is not a colour, a small length or a plain keyword",
             "{word!r} in {property!r} is geen kleur, kleine lengte of eenvoudig sleutelwoord")

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
    summary=("An attribute outside the set readers keep", "Een attribuut buiten wat lezers laten staan"),
    message=("{place}the attribute {attribute!r} on <{element}> is outside the set readers keep; remove it",
             "{place}het attribuut {attribute!r} op <{element}> valt buiten wat lezers laten staan; verwijder het"),
    variants={
        "handler": ("{place}the attribute {attribute!r} on <{element}> is outside the set readers keep (an event handler runs script); remove it",
                    "{place}het attribuut {attribute!r} op <{element}> valt buiten wat lezers laten staan (een event handler voert script uit); verwijder het"),
    },
    explanation="""
Readers keep a fixed set of harmless attributes (href, src, alt, title, class, ...) and strip the
rest. Event handlers (onclick, onload) run script and are always removed.
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
        "cut_off": ("{place}invalid HTML near {text!r}: a tag is cut off or has an unclosed quote; escape a literal '<' as &lt;",
                    "{place}ongeldige HTML bij {text!r}: een tag is afgebroken of heeft een niet gesloten aanhalingsteken; escape een letterlijke '<' als &lt;"),
        "control": ("{place}contains a character reference to a control character (such as &#x92;); use the real character (e.g. ’ for a curly apostrophe)",
                    "{place}bevat een verwijzing naar een stuurteken (zoals &#x92;); gebruik het echte teken (bijvoorbeeld ’ voor een gekrulde apostrof)"),
        "pi": ("{place}a processing instruction ({pi!r}) is not HTML; remove it",
               "{place}een verwerkingsinstructie ({pi!r}) is geen HTML; verwijder die"),
        "unclosed": ("{place}{what} opened at {text!r} is never closed ({closer}): readers hide everything after it",
                     "{place}{what}, geopend bij {text!r}, wordt nooit gesloten ({closer}): lezers verbergen alles daarna"),
    },
    explanation="""
The escaped HTML in a description or content is broken: a tag cut off, an unclosed quote, comment
or CDATA section, an element HTML does not have, or a reference to a control character. Readers
repair it each in their own way, so subscribers see text missing, or markup shown literally.
""",
    bad="<description>&lt;p&gt;Zie &lt;a href=\"https://www.example.nl/\"&gt;hier&lt;/a&lt;/p&gt;</description>",
    good="<description>&lt;p&gt;Zie &lt;a href=\"https://www.example.nl/\"&gt;hier&lt;/a&gt;&lt;/p&gt;</description>",
    w3c="NotHtml",
    spec="HTML Living Standard, 13 The HTML syntax",
    url="https://html.spec.whatwg.org/multipage/syntax.html",
)
