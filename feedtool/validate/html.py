"""Checks for HTML carried in feeds: RSS description/content:encoded, Atom html and xhtml text.

One regular-expression scan over the markup, no DOM: feeds hold thousands of entries and a
full HTML parse of each would dominate the validator's run time. Text without a `<` is
plain text and costs one `in` test.

What is flagged, and why (see docs/rules-rss.md for the severities):
- SecurityRisk: elements that run code or pull in other documents (script, iframe, embed,
  object, applet, meta, link, base, ...); readers strip them, so the content may not show
  as intended.
- SecurityRiskAttr: attributes outside the allow-list readers keep (on* event handlers,
  `javascript:` URLs and the like).
- DangerousStyleAttr: style attributes with properties outside the allow-list or URLs.
- ContainsRelRef: href/src/srcset/poster/... relative URLs: readers resolve them against
  the feed's address or not at all (most ignore xml:base).
- NotHtml: markup that does not parse as HTML (a tag cut off, an unclosed quote, a
  reference to a control character).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedtool.validate.findings import Finding, warning

# Elements W3C flags, plus the other ways to run code or embed documents.
DANGEROUS_ELEMENTS = frozenset(
    "applet base basefont bgsound blink comment embed frame frameset iframe ilayer layer link listing meta "
    "noscript object plaintext script xmp".split()
)
# The attributes readers keep (the W3C Feed Validation Service's allow-list, plus a few modern
# harmless ones); any other attribute is likely stripped and may run code (onclick, ...).
SAFE_ATTRIBUTES = frozenset(
    "abbr accept accept-charset accesskey action align alt axis border cellpadding cellspacing char charoff "
    "charset checked cite class clear cols colspan color compact coords datetime dir disabled enctype for frame "
    "headers height href hreflang hspace id ismap label lang longdesc maxlength media method multiple name nohref "
    "noshade nowrap prompt readonly rel rev rows rowspan rules scope selected shape size span src srcset start "
    "summary tabindex target title type usemap valign value vspace width xml:lang xmlns style sizes "
    "loading decoding controls poster preload loop muted playsinline autoplay allowfullscreen role "
    "aria-label aria-hidden aria-describedby aria-labelledby reversed open download".split()
)
SAFE_CSS_PROPERTIES = frozenset(
    "azimuth background background-color border border-bottom border-bottom-color border-bottom-style "
    "border-bottom-width border-collapse border-color border-left border-left-color border-left-style "
    "border-left-width border-right border-right-color border-right-style border-right-width border-spacing "
    "border-style border-top border-top-color border-top-style border-top-width border-width clear color cursor "
    "direction display elevation float font font-family font-size font-style font-variant font-weight height "
    "letter-spacing line-height margin margin-bottom margin-left margin-right margin-top overflow padding "
    "padding-bottom padding-left padding-right padding-top pause pause-after pause-before pitch pitch-range "
    "richness speak speak-header speak-numeral speak-punctuation speech-rate stress text-align text-decoration "
    "text-indent unicode-bidi vertical-align voice-family volume white-space width".split()
)
# HTML (4 and 5), with the MathML and SVG elements HTML5 allows inline.
KNOWN_ELEMENTS = frozenset(
    "a abbr acronym address area article aside audio b bdi bdo big blockquote body br button canvas caption "
    "center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em fieldset figcaption "
    "figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i img input ins kbd label legend li "
    "main map mark menu meter nav nobr ol optgroup option output p param picture pre progress q rp rt ruby s samp "
    "section select small source span strike strong sub summary sup table tbody td template textarea tfoot th "
    "thead time title tr track tt u ul var video wbr "
    "math maction maligngroup malignmark menclose merror mfenced mfrac mglyph mi mlabeledtr mlongdiv mmultiscripts "
    "mn mo mover mpadded mphantom mprescripts mroot mrow ms mscarries mscarry msgroup msline mspace msqrt msrow "
    "mstack mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none semantics annotation "
    "annotation-xml svg circle clippath defs desc ellipse g image line lineargradient marker mask path pattern "
    "polygon polyline radialgradient rect stop symbol text textpath tspan use".split()
) | DANGEROUS_ELEMENTS
URL_ATTRIBUTES = frozenset("href src poster background cite longdesc action data usemap".split())
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:text/html")

_TOKEN = re.compile(
    r"<(?:"
    r"(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9:._-]*)(?P<attrs>(?:\s+[^\s/>\"'=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?)*)\s*/?>"
    r"|!--.*?--\s*>"
    r"|!\[CDATA\[.*?\]\]>"
    r"|![A-Za-z][^>]*>"
    r"|(?P<pi>\?[^>]*>)"
    r")",
    re.S,
)
_ATTRIBUTE = re.compile(r"([^\s/>\"'=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+)))?")
_TAG_START = re.compile(r"<[A-Za-z/!?]")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_CSS_DECLARATION = re.compile(r"\s*([-A-Za-z]+)\s*:\s*([^;]*)")
_CSS_URL = re.compile(r"url\s*\(|expression\s*\(|javascript:|behavior|-moz-binding|@import|\\", re.I)
_CSS_SAFE_VALUE = re.compile(r"^(?:[#\w.%,/!-]|\s|\"[^\"]*\"|'[^']*'|\((?:[\w.%,\s-])*\))*$")
# A cheap pre-check: markup worth scanning has one of these.
_MARKUP = re.compile(r"<|&#")


def _is_control(ref: re.Match) -> bool:
    code = int(ref.group(1), 16) if ref.group(1) else int(ref.group(2))
    return code < 32 and code not in (9, 10, 13) or 127 <= code <= 159


def is_relative(url: str) -> bool:
    """A URL reference that needs a base to resolve (not absolute, not protocol-relative, not a fragment)."""
    url = url.strip()
    if not url or url.startswith("#"):
        return False
    return not (_SCHEME.match(url) or url.startswith("//"))


def _attribute_value(match: re.Match) -> str | None:
    value = match.group(2)
    if value is None:
        value = match.group(3)
    if value is None:
        value = match.group(4)
    return value


def _decode(value: str) -> str:
    if "&" not in value:
        return value
    import html as _stdlib_html

    return _stdlib_html.unescape(value)


def _style_problem(style: str) -> str | None:
    if _CSS_URL.search(style):
        return "it refers to a URL or script"
    for declaration in style.split(";"):
        if not declaration.strip():
            continue
        match = _CSS_DECLARATION.match(declaration)
        if not match:
            return f"{declaration.strip()!r} is not a CSS declaration"
        prop = match.group(1).lower()
        if prop not in SAFE_CSS_PROPERTIES:
            return f"the property {prop!r} is outside the set readers keep"
        if not _CSS_SAFE_VALUE.match(match.group(2)):
            return f"the value of {prop!r} is hard to verify as safe"
    return None


def check_html(
    text: str, element=None, *, where: str | None = None, relative_ok: bool = False, unknown: str = "NotHtml"
) -> Iterator[Finding]:
    """Findings for the HTML `text` carried by `element` (the line comes from the element).

    `where` names the element in messages (e.g. "description"); `relative_ok` switches off the
    relative-URL check (when the feed gives a base that readers honour); `unknown` is the code
    for elements that are not HTML (NotHtml for escaped HTML, SecurityRisk for inline XHTML,
    where an unknown element is in the XHTML namespace and readers strip it).
    """
    if not text or not _MARKUP.search(text):
        return
    place = f"{where}: " if where else ""
    reported: set[tuple[str, str]] = set()

    def once(code: str, key: str, message: str) -> Iterator[Finding]:
        if (code, key) not in reported:
            reported.add((code, key))
            yield warning(code, place + message, element)

    if "&#" in text and any(_is_control(ref) for ref in _CHAR_REF.finditer(text)):
        yield from once("NotHtml", "control", "contains a character reference to a control character (such as &#x92;); use the real character (e.g. ’ for a curly apostrophe)")
    if "<" not in text:
        return
    position = 0
    for token in _TOKEN.finditer(text):
        stray = _TAG_START.search(text, position, token.start())
        if stray:
            yield from once("NotHtml", "tag", f"invalid HTML near {text[stray.start():stray.start() + 30]!r}: a tag is cut off or has an unclosed quote; escape a literal '<' as &lt;")
        position = token.end()
        if token.group("pi"):
            yield from once("SecurityRisk", "pi", f"contains a processing instruction {token.group(0)[:40]!r}, which some browsers use to load behaviour; remove it")
            yield from once("NotHtml", "pi", f"a processing instruction ({token.group(0)[:40]!r}) is not HTML; remove it")
            continue
        name = token.group("name")
        if name is None:
            if token.group(0).startswith("<!--") and "[if" in token.group(0):
                yield from once("SecurityRisk", "comment", "contains a conditional comment, which Internet Explorer executes; remove it")
            continue
        lname = name.lower()
        if token.group("close"):
            continue
        if lname in DANGEROUS_ELEMENTS:
            yield from once("SecurityRisk", lname, f"contains <{lname}>: readers remove it because it can run code or embed other documents; make the content work without it")
            continue  # its attributes go with it
        if lname not in KNOWN_ELEMENTS and "-" not in lname:
            if unknown == "SecurityRisk":
                yield from once("SecurityRisk", lname, f"<{name}> is not an HTML element; readers strip unknown elements, so make the content work without it")
            else:
                yield from once("NotHtml", lname, f"<{name}> is not an HTML element; readers ignore or strip it: use HTML elements only, or escape a literal '<' as &lt;")
        attrs = token.group("attrs")
        if not attrs:
            continue
        for attribute in _ATTRIBUTE.finditer(attrs):
            attr = attribute.group(1).lower()
            value = _attribute_value(attribute)
            if attr not in SAFE_ATTRIBUTES and not attr.startswith(("data-", "xmlns:", "aria-")):
                yield from once("SecurityRiskAttr", attr, f"the attribute {attr!r} on <{lname}> is outside the set readers keep" + (" (an event handler runs script)" if attr.startswith("on") else "") + "; remove it")
                continue
            if value is None:
                continue
            if attr == "style":
                problem = _style_problem(_decode(value))
                if problem:
                    yield from once("DangerousStyleAttr", "style", f"a style attribute on <{lname}> may be stripped by readers: {problem}; simplify it or move the styling out of the feed")
                continue
            if attr in URL_ATTRIBUTES or attr == "srcset":
                urls = [part.strip().split()[0] for part in _decode(value).split(",") if part.strip()] if attr == "srcset" else [_decode(value)]
                for url in urls:
                    if url.strip().lower().startswith(_SCRIPT_SCHEMES):
                        yield from once("SecurityRisk", "scheme", f"the {attr} of <{lname}> is a script URL ({url.strip()[:30]!r}); remove it")
                    elif not relative_ok and is_relative(url):
                        yield from once("ContainsRelRef", url, f"the {attr} of <{lname}> is a relative URL ({url.strip()!r}); readers do not resolve it against your site (most ignore xml:base): make it absolute, e.g. https://example.org/{url.strip().lstrip('./')}")
    stray = _TAG_START.search(text, position)
    if stray:
        yield from once("NotHtml", "tag", f"invalid HTML near {text[stray.start():stray.start() + 30]!r}: a tag is cut off or has an unclosed quote; escape a literal '<' as &lt;")


def looks_like_html(text: str) -> bool:
    """Plain-text elements (titles, ...) that hold markup or entity references: W3C's ContainsHTML."""
    return bool(_HTML_IN_TEXT.search(text))


_HTML_IN_TEXT = re.compile(
    r"<(?:/?(?:a|abbr|acronym|address|b|big|blockquote|br|center|cite|code|dd|del|dfn|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|q|s|samp|small|span|strike|strong|sub|sup|table|td|th|tr|tt|u|ul|var)\b[^>]*>)"
    r"|&(?:(?!(?:amp|lt|gt|quot|apos);)[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);",
    re.I,
)
