"""Checks for HTML carried in feeds: RSS description/content:encoded, Atom html and xhtml text.

`check_html(text, element)` makes one regular-expression scan over escaped markup, no DOM:
feeds hold thousands of entries and a full HTML parse of each would dominate the validator's
run time; text without `<` or `&#` costs one search. The scan stays linear on hostile input.
`check_xhtml(container)` walks inline XHTML (already a tree) with the same element and
attribute rules. Every finding is a warning (docs/rules-rss.md says why).

- SecurityRisk: elements that run code, restyle the page or pull in other documents (script,
  style, iframe, embed, object, applet, meta, link, base, ...), `javascript:` URLs, processing
  instructions, conditional comments; in XHTML, elements that are not HTML. Readers strip them.
- SecurityRiskAttr: attributes outside the allow-list readers keep (on* event handlers, ...).
- DangerousStyleAttr: style attributes with properties outside the allow-list, URLs, or values
  feedparser's sanitizer strips.
- ContainsRelRef: relative href/src/srcset/poster/... URLs: readers resolve them against the
  feed's address or not at all (most ignore xml:base).
- NotHtml: markup that does not parse as HTML (a tag cut off, an unclosed quote, comment or
  CDATA section, an element HTML does not have, a reference to a control character).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import Finding

XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_HTML_NAMESPACES = frozenset((XHTML_NS, "http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML"))

# Elements W3C flags, plus the other ways to run code or embed documents.
DANGEROUS_ELEMENTS = frozenset(
    "applet base basefont bgsound blink comment embed frame frameset iframe ilayer layer link listing meta "
    "noscript object plaintext script style xmp".split()
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
    # SVG and MathML presentation attributes (inline in XHTML and HTML5)
    + "cx cy r rx ry x y x1 x2 y1 y2 dx dy d fill fill-opacity fill-rule stroke stroke-width stroke-opacity "
    "stroke-linecap stroke-linejoin stroke-dasharray opacity transform viewbox preserveaspectratio points "
    "font-family font-size font-weight text-anchor offset stop-color stop-opacity gradientunits version "
    "xlink:href mathvariant mathcolor mathbackground mathsize display displaystyle stretchy fence separator "
    "lspace rspace accent accentunder columnalign rowalign linethickness encoding definitionurl".split()
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
    "center cite code col colgroup data datalist rb rtc search slot dd del details dfn dialog dir div dl dt em fieldset figcaption "
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

# Linear time on any input (feeds are untrusted): names and unquoted values stop at the next
# "<", so a tag that never closes costs a scan to the next "<", not to the end of the text;
# comments and CDATA sections that never close are cut off before the scan (_unclosed).
_TOKEN = re.compile(
    r"<(?:"
    r"(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9:._-]*)(?P<attrs>(?:\s+[^\s/<>\"'=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)*)\s*/?>"
    r"|!--.*?--\s*>"
    r"|!\[CDATA\[.*?\]\]>"
    r"|![A-Za-z][^<>]*>"
    r"|(?P<pi>\?[^<>]*>)"
    r"|(?P<stray>(?=[A-Za-z/!?]))"  # a '<' that starts no complete tag: cut off, or an unclosed quote
    r")",
    re.S,
)
_ATTRIBUTE = re.compile(r"([^\s/<>\"'=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'<>]+)))?")
_UNCLOSED = (("<!--", "-->", "html.unclosed.comment"), ("<![CDATA[", "]]>", "html.unclosed.cdata"))
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_CSS_DECLARATION = re.compile(r"\s*([-A-Za-z]+)\s*:\s*([^;]*)")
_CSS_URL = re.compile(r"url\s*\(|expression\s*\(|javascript:|behavior|-moz-binding|@import|\\", re.I)
# feedparser's sanitizer (the reader's view) keeps shorthand properties only when every word is
# a plain keyword, a colour or a small length; we warn about what it strips.
_SHORTHANDS = frozenset(("background", "border", "margin", "padding"))
_CSS_KEYWORDS = frozenset(
    "auto aqua black block blue bold both bottom brown center collapse dashed dotted fuchsia gray green "
    "!important italic left lime maroon medium none navy normal nowrap olive pointer purple red right solid "
    "silver teal top transparent underline white yellow".split()
)
_CSS_PLAIN_VALUE = re.compile(r"(?:#[0-9a-fA-F]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d{0,2}\.?\d{0,2}(?:cm|em|ex|in|mm|pc|pt|px|%|,|\))?)\Z")
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


def _maybe_decode(value: str | None) -> str | None:
    if value is None or "&" not in value:
        return value
    return html.unescape(value)


def _style_problem(style: str):
    """What makes readers strip a style attribute (a message fragment), or None."""
    if _CSS_URL.search(style):
        return fragment("html.style.url")
    for declaration in style.split(";"):
        if not declaration.strip():
            continue
        match = _CSS_DECLARATION.match(declaration)
        if not match:
            return fragment("html.style.not_declaration", declaration=declaration.strip())
        prop = match.group(1).lower()
        if prop not in SAFE_CSS_PROPERTIES:
            return fragment("html.style.property", property=prop)
        if not _CSS_SAFE_VALUE.match(match.group(2)):
            return fragment("html.style.value", property=prop)
        if prop.split("-", 1)[0] in _SHORTHANDS:
            odd = next((word for word in match.group(2).split() if word.lower() not in _CSS_KEYWORDS and not _CSS_PLAIN_VALUE.match(word)), None)
            if odd is not None:
                return fragment("html.style.shorthand", word=odd, property=prop)
    return None


class _Report:
    """Collects the findings for one piece of content, each (code, subject) once."""

    def __init__(self, element, where: str | None, relative_ok: bool, unknown: str) -> None:
        self.element = element
        self.place = f"{where}: " if where else ""
        self.relative_ok = relative_ok
        self.unknown = unknown
        self.reported: set[tuple[str, str]] = set()
        self.findings: list[Finding] = []

    def add(self, id: str, key: str, **params) -> None:
        code = id.partition(".")[0]
        if (code, key) not in self.reported:
            self.reported.add((code, key))
            self.findings.append(finding(id, self.element, place=self.place, **params))

    def start_tag(self, name: str, attributes: Iterable[tuple[str, str | None]]) -> None:
        """An element with its attributes (names as written, values decoded or None)."""
        lname = name.lower()
        if lname in DANGEROUS_ELEMENTS:
            self.add("SecurityRisk", lname, element=lname)
            return  # its attributes go with it
        if lname not in KNOWN_ELEMENTS and "-" not in lname:
            if self.unknown == "SecurityRisk":
                self.add("SecurityRisk.unknown", lname, element=name)
            else:
                self.add("NotHtml", lname, element=name)
        for attr, value in attributes:
            attr = attr.lower()
            if attr not in SAFE_ATTRIBUTES and not attr.startswith(("data-", "xmlns:", "aria-")):
                self.add("SecurityRiskAttr.handler" if attr.startswith("on") else "SecurityRiskAttr", attr, attribute=attr, element=lname)
            elif value is None:
                continue
            elif attr == "style":
                problem = _style_problem(value)
                if problem:
                    self.add("DangerousStyleAttr", "style", element=lname, problem=problem)
            elif attr in URL_ATTRIBUTES or attr == "srcset":
                urls = [part.split()[0] for part in value.split(",") if part.strip()] if attr == "srcset" else [value]
                for url in urls:
                    url = url.strip()
                    if url.lower().startswith(_SCRIPT_SCHEMES):
                        self.add("SecurityRisk.script_url", "scheme", attribute=attr, element=lname, url=url[:30])
                    elif not self.relative_ok and is_relative(url):
                        self.add("ContainsRelRef", url, attribute=attr, element=lname, url=url, example=f"https://example.org/{url.lstrip('./')}")

    def cut_off(self, text: str, start: int) -> None:
        self.add("NotHtml.cut_off", "tag", text=text[start:start + 30])


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
        return iter(())
    report = _Report(element, where, relative_ok, unknown)
    if "&#" in text and any(_is_control(ref) for ref in _CHAR_REF.finditer(text)):
        report.add("NotHtml.control", "control")
    if "<" not in text:
        return iter(report.findings)
    text = _unclosed(text, report)
    for token in _TOKEN.finditer(text):
        if token.group("stray") is not None:
            report.cut_off(text, token.start())
        elif token.group("pi"):
            report.add("SecurityRisk.pi", "pi", pi=token.group(0)[:40])
            report.add("NotHtml.pi", "pi", pi=token.group(0)[:40])
        elif token.group("name") is None:
            if token.group(0).startswith("<!--") and "[if" in token.group(0):
                report.add("SecurityRisk.conditional_comment", "comment")
        elif not token.group("close"):
            attrs = token.group("attrs")
            pairs = ((m.group(1), _maybe_decode(_attribute_value(m))) for m in _ATTRIBUTE.finditer(attrs)) if attrs else ()
            report.start_tag(token.group("name"), pairs)
    return iter(report.findings)


def _unclosed(text: str, report: _Report) -> str:
    """`text` up to the first comment or CDATA section that is never closed (reported as NotHtml)."""
    for opener, closer, what in _UNCLOSED:
        start = text.find(opener)
        while start != -1:
            end = text.find(closer, start + len(opener))
            if end == -1:
                report.add("NotHtml.unclosed", "unclosed", what=fragment(what), text=text[start:start + 30], closer=closer)
                text = text[:start]
                break
            start = text.find(opener, end + len(closer))
    return text


def check_xhtml(container, *, where: str | None = None, relative_ok: bool = False) -> Iterator[Finding]:
    """Findings for inline XHTML: the descendants of `container` (an Atom xhtml div, an RSS xhtml:body).

    Elements outside the XHTML namespace are not HTML to a reader (SecurityRisk: they are
    stripped). Each finding carries the line of the element it is about.
    """
    report = _Report(container, where, relative_ok, "SecurityRisk")
    for child in container.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.tag[0] == "{" and child.tag[1:].split("}", 1)[0] not in _HTML_NAMESPACES:
            continue  # another vocabulary (an extension): not rendered as HTML, nothing to strip
        report.element = child
        report.start_tag(_qualified(child, child.tag, _HTML_NAMESPACES), [(_qualified(child, name, ()), value) for name, value in child.attrib.items()])
    return iter(report.findings)


def _qualified(element, clark: str, plain_namespaces) -> str:
    """`{ns}local` as a reader names it: bare in `plain_namespaces`, `xml:lang`, else `prefix:local`."""
    if clark[0] != "{":
        return clark
    namespace, local = clark[1:].split("}", 1)
    if namespace in plain_namespaces:
        return local
    if namespace == XML_NS:
        return "xml:" + local
    prefix = next((p for p, uri in element.nsmap.items() if uri == namespace and p), None)
    return f"{prefix or namespace}:{local}"


def looks_like_html(text: str) -> bool:
    """Plain-text elements (titles, ...) that hold markup or entity references: W3C's ContainsHTML."""
    return bool(_HTML_IN_TEXT.search(text))


_HTML_IN_TEXT = re.compile(
    r"<(?:/?(?:a|abbr|acronym|address|b|big|blockquote|br|center|cite|code|dd|del|dfn|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|q|s|samp|small|span|strike|strong|sub|sup|table|td|th|tr|tt|u|ul|var)\b[^<>]*>)"
    r"|&(?:(?!(?:amp|lt|gt|quot|apos);)[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);",
    re.I,
)
