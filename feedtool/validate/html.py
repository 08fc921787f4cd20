"""Checks for HTML carried in feeds: RSS description/content:encoded, Atom html and xhtml text.

`check_html(text, element)` judges escaped HTML in two steps, as the W3C Feed Validation Service
does (and as readers see it):

1. Does it parse as HTML? `htmlsyntax.first_error` finds the first parse error of the HTML
   standard's parser (a bare `&`, a `</p>` that closes nothing, an element never closed, ...):
   NotHtml, once per text. Readers repair broken HTML each in their own way; what the
   repaired markup holds is not judged further.
2. If it parses: what readers strip. SecurityRisk: elements that run code, restyle the page or
   pull in other documents (script, style, iframe, embed, object, meta, link, base, ...),
   `javascript:` URLs; NotHtml: elements HTML does not have (SVG and MathML are HTML5's own);
   SecurityRiskAttr: event handlers (on*); DangerousStyleAttr: style attributes with properties
   or values outside the set readers keep.

Relative URLs (ContainsRelRef) are looked for in `<a href>` and `<img src>` unless the caller
says a base applies (`relative_ok`: Atom, whose xml:base readers resolve); a relative URL with a
character no URI may hold is InvalidUriChar, an error. `check_xhtml(container)` walks inline
XHTML (already a tree) with the element and attribute rules. Every finding but InvalidUriChar is
a warning (docs/rules-rss.md says why). One linear scan, no DOM: feeds hold thousands of entries.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from feedtool.validate import htmlsyntax
from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import Finding

XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_HTML_NAMESPACES = frozenset((XHTML_NS, "http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML"))

# Elements readers remove: they run code, restyle the reader's page or embed other documents.
DANGEROUS_ELEMENTS = frozenset(
    "applet base basefont comment embed frame frameset iframe isindex link listing meta noframes object param "
    "plaintext script style title xmp".split()
)
# HTML's elements (the W3C validator's list, with the HTML5 additions it lacks), and the SVG and MathML
# elements HTML5 allows inline.
KNOWN_ELEMENTS = frozenset(
    "a abbr acronym address area article aside audio b bdi bdo big blockquote body br button canvas caption "
    "center cite code col colgroup command data datagrid datalist dd del details dfn dialog dir div dl dt em "
    "eventsource fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i img "
    "input ins kbd keygen label legend li m main map mark menu meter nav noscript ol optgroup option output p "
    "picture pre progress q rb rp rt rtc ruby s samp search section select slot small source span strike strong "
    "sub summary sup table tbody td template textarea tfoot th thead time tr track tt u ul var video wbr "
    "math maction maligngroup malignmark menclose merror mfenced mfrac mglyph mi mlabeledtr mlongdiv mmultiscripts "
    "mn mo mover mpadded mphantom mprescripts mroot mrow ms mscarries mscarry msgroup msline mspace msqrt msrow "
    "mstack mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none semantics annotation "
    "annotation-xml svg a circle clippath defs desc ellipse foreignobject g image line lineargradient marker mask "
    "metadata path pattern polygon polyline radialgradient rect stop switch symbol text textpath title tspan use".split()
) | DANGEROUS_ELEMENTS
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
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:text/html")

# Start tags with their attributes (the text already parses as HTML, so tags are well-formed).
_START_TAG = re.compile(r"<([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_SKIP = re.compile(r"<!--.*?-->|<(script|style|xmp|iframe|noembed|noframes|textarea|title)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_ATTRIBUTE = re.compile(r"([^\s/>=\"'<]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# Where readers look for links to resolve (as the W3C validator does: a link's href, an image's src).
_ANCHOR = re.compile(r"""<a\s+href=(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]""", re.I)
_IMAGE = re.compile(r"""<img\s+[^>]*src=(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]""", re.I)
_ABSOLUTE = re.compile(r"\w+:")
_URI_CHARS = re.compile(r"[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,#]")
# Style attributes readers keep (feedparser's and W3C's rules): plain declarations of known properties;
# shorthands of background, border, margin and padding only with colours, small lengths and keywords.
_STYLE_CHARACTERS = re.compile(r"""^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$""")
_STYLE_DECLARATIONS = re.compile(r"^(\s*[-\w]+\s*:\s*[^:;]*(;|$))*$")
_STYLE_DECLARATION = re.compile(r"([-\w]+)\s*:\s*([^:;]*)")
_SHORTHANDS = frozenset(("background", "border", "margin", "padding"))
_CSS_KEYWORDS = frozenset(
    "aqua auto black block blue bold both bottom brown center collapse dashed dotted fuchsia gray green "
    "!important italic left lime maroon medium none navy normal nowrap olive pointer purple red right solid "
    "silver teal top transparent underline white yellow".split()
)
_CSS_PLAIN_VALUE = re.compile(r"^(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d?\.?\d?\d(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$")
# A cheap pre-check: text worth scanning has one of these.
_MARKUP = re.compile(r"[<&\x80-\x9f]")


def is_relative(url: str) -> bool:
    """A URL reference that needs a base to resolve (not absolute, not protocol-relative, not a fragment)."""
    url = url.strip()
    if not url or url.startswith("#"):
        return False
    return not (_SCHEME.match(url) or url.startswith("//"))


def _style_problem(style: str):
    """What makes readers strip a style attribute (a message fragment), or None."""
    if not _STYLE_CHARACTERS.match(style) or not _STYLE_DECLARATIONS.match(style):
        return fragment("html.style.unreadable", style=style[:60])
    for prop, value in _STYLE_DECLARATION.findall(style.lower()):
        if prop not in SAFE_CSS_PROPERTIES:
            return fragment("html.style.property", property=prop)
        if prop.split("-", 1)[0] in _SHORTHANDS:
            odd = next((word for word in value.split() if word not in _CSS_KEYWORDS and not _CSS_PLAIN_VALUE.match(word)), None)
            if odd is not None:
                return fragment("html.style.shorthand", word=odd, property=prop)
    return None


class _Report:
    """Collects the findings for one piece of content, each (code, subject) once."""

    def __init__(self, element, where: str | None, unknown: str) -> None:
        self.element = element
        self.place = f"{where}: " if where else ""
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
            if attr.startswith("on"):
                self.add("SecurityRiskAttr.handler", attr, attribute=attr, element=lname)
            elif value is None:
                continue
            elif attr == "style":
                problem = _style_problem(value)
                if problem:
                    self.add("DangerousStyleAttr", "style", element=lname, problem=problem)
            elif attr in ("href", "src", "action", "formaction", "data", "poster", "background") and value.strip().lower().startswith(_SCRIPT_SCHEMES):
                self.add("SecurityRisk.script_url", "scheme", attribute=attr, element=lname, url=value.strip()[:30])


def check_html(
    text: str, element=None, *, where: str | None = None, relative_ok: bool = False, unknown: str = "NotHtml",
    parse: bool = False,
) -> Iterator[Finding]:
    """Findings for the HTML `text` carried by `element` (the line comes from the element).

    `where` names the element in messages (e.g. "description"); `relative_ok` switches off the
    relative-URL check (when the feed gives a base that readers honour); `unknown` is the code
    for elements that are not HTML (NotHtml for escaped HTML, SecurityRisk for inline XHTML,
    where an unknown element is in the XHTML namespace and readers strip it); `parse` checks the
    HTML syntax first (the validator's rules do; fragments such as a Markdown file's inline tags
    cannot be judged whole, and markup serialised from an XML tree is well-formed by making).
    """
    if not text or not _MARKUP.search(text):
        return iter(())
    report = _Report(element, where, unknown)
    if "<?import " in text.lower():
        report.add("SecurityRisk.pi", "pi", pi=text[text.lower().find("<?import"):][:40])
    error = htmlsyntax.first_error(text) if parse else _unclosed_comment(text)
    if error is not None:
        reason, params, offset = error
        report.add("NotHtml.parse", "parse", problem=fragment(f"html.parse.{reason}", **params), text=text[max(0, offset - 10):offset + 30])
    elif "<" in text:
        _element_checks(text, report)
    if not relative_ok and "<" in text:
        _relative_links(text, report)
    return iter(report.findings)


def _unclosed_comment(text: str):
    """Without the whole syntax check: a comment that is never closed hides everything after it."""
    start = text.find("<!--")
    if start >= 0 and text.find("-->", start + 4) < 0:
        return "unclosed_comment", {}, start
    return None


def _element_checks(text: str, report: _Report) -> None:
    for match in _START_TAG.finditer(_SKIP.sub(_keep_opening, text)):
        attrs = match.group(2)
        pairs = ((m.group(1), _maybe_decode(_attribute_value(m))) for m in _ATTRIBUTE.finditer(attrs)) if attrs.strip() else ()
        report.start_tag(match.group(1), pairs)


def _keep_opening(match: re.Match) -> str:
    """A comment goes; a raw-text element (script, style) keeps its start tag, not its content."""
    whole = match.group(0)
    return "" if whole.startswith("<!--") else whole[: whole.find(">") + 1]


def _relative_links(text: str, report: _Report) -> None:
    for pattern, element, attribute in ((_IMAGE, "img", "src"), (_ANCHOR, "a", "href")):
        for match in pattern.finditer(text):
            raw = next((group for group in match.groups() if group), "")
            url = html.unescape(raw).strip()
            if _ABSOLUTE.match(url):
                continue
            bad = next((c for c in url if ord(c) < 128 and not _URI_CHARS.match(c)), None)
            if bad is not None:
                report.add("InvalidUriChar.html", url, attribute=attribute, element=element, url=url[:60], char=repr(bad))
            else:
                report.add("ContainsRelRef", url, attribute=attribute, element=element, url=url, example=f"https://example.org/{url.lstrip('./')}")


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


def check_xhtml(container, *, where: str | None = None, relative_ok: bool = False) -> Iterator[Finding]:
    """Findings for inline XHTML: the descendants of `container` (an Atom xhtml div, an RSS xhtml:body).

    Elements outside the XHTML namespace are not HTML to a reader (SecurityRisk: they are
    stripped). Each finding carries the line of the element it is about.
    """
    report = _Report(container, where, "SecurityRisk")
    for child in container.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.tag[0] == "{" and child.tag[1:].split("}", 1)[0] not in _HTML_NAMESPACES:
            continue  # another vocabulary (an extension): not rendered as HTML, nothing to strip
        report.element = child
        name = _qualified(child, child.tag, _HTML_NAMESPACES)
        attributes = [(_qualified(child, key, ()), value) for key, value in child.attrib.items()]
        report.start_tag(name, attributes)
        if not relative_ok:
            for key, value in attributes:
                if (name.lower(), key.lower()) in (("a", "href"), ("img", "src")) and is_relative(value):
                    report.add("ContainsRelRef", value, attribute=key, element=name.lower(), url=value, example=f"https://example.org/{value.lstrip('./')}")
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
