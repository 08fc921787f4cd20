"""Layer 1: bytes to an XML tree, with a parser that cannot be turned against us.

The parser never expands entities, never loads a DTD, never touches the network
or the file system (every external reference goes to a resolver that answers with
nothing and remembers the attempt), and keeps libxml2's default limits on depth
(256), text node size and entity amplification (no `huge_tree`). On top of the
parse this layer checks what libxml2 lets through: the byte order mark against
the encoding declaration, the declaration against an HTTP charset, characters
that betray a wrong encoding, the XML version and any DOCTYPE.

Codes are the W3C Feed Validation Service's names where it has one (SAXError,
UnicodeError, UnknownEncoding, BadCharacters, EncodingMismatch, ...).
"""

from __future__ import annotations

import codecs
import html.entities
import re
from dataclasses import dataclass, field

from lxml import etree

from feedtool.validate.codes import finding
from feedtool.validate.findings import Finding

DEFAULT_MAX_SIZE = 50 * 1024 * 1024  # bytes; the W3C service stops at 5 MB, Miniflux at 15 MiB

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XML_DECL = re.compile(
    rb"""<\?xml\s+version\s*=\s*(["'])(?P<version>[^"']*)\1"""
    rb"""(?:\s+encoding\s*=\s*(["'])(?P<encoding>[^"']*)\3)?"""
)
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_FEED_LINK = re.compile(
    rb"""<link\b[^>]*\btype\s*=\s*["']application/(?:atom|rss)\+xml["'][^>]*>""", re.IGNORECASE
)
_HREF = re.compile(rb"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
# Windows-1252 punctuation read as ISO-8859-1 (U+0080..U+009F) in UTF-8 bytes, as raw bytes
# in an ISO-8859-1 document, or as numeric character references (&#150; is not an en dash).
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]|\xef\xbf\xbd")  # C1 controls, and U+FFFD: a decoder already gave up
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
# UTF-8 text decoded as Latin-1 and encoded as UTF-8 again: "Ã©" for "é", "Â " for a no-break space
# (U+00C2/U+00C3 followed by U+0080..U+00BF), in UTF-8 bytes or as numeric references.
_DOUBLE_UTF8 = re.compile(rb"\xc3[\x82\x83]\xc2[\x80-\xbf]")
_DOUBLE_REF = re.compile(rb"&#(?:19[45]|x0*[cC][23]);&#(?:12[89]|1[3-8][0-9]|19[01]|x0*[89abAB][0-9a-fA-F]);")
_C1_REF = re.compile(rb"&#(?:12[89]|1[3-5][0-9]|65533|x0*[89][0-9a-fA-F]|x0*[fF]{3}[dD]);")
# In a latin-1 document: "Ã" or "Â" and a character of U+0080..U+00BF, UTF-8 read as Latin-1 (as W3C looks).
_LATIN_DOUBLE = re.compile(rb"[\xc2\xc3][\x80-\xbf]")
_REPLACEMENT = re.compile(rb"\xef\xbf\xbd|&#(?:65533|[xX]0*[fF]{3}[dD]);")
_CDATA_START, _CDATA_END = b"<![CDATA[", b"]]>"
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_ENC_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9._-]*$")  # XML 1.0 production [81] EncName
_STANDARD_ENCODINGS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"}
# The encodings of the WHATWG Encoding Standard (as Python codec names): what browsers, and the
# readers built on their libraries, decode. Any other encoding Python knows is "obscure".
_COMMON_ENCODINGS = _STANDARD_ENCODINGS | {
    "ascii", "iso8859-1", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874",
    *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    *(f"cp125{n}" for n in range(9)),
    "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949", "tis-620",
}
# Preferred MIME names (IANA) for the codecs people usually mean, for "write encoding=..." hints.
_PREFERRED_NAMES = {"utf-8": "UTF-8", "iso8859-1": "ISO-8859-1", "ascii": "US-ASCII", "mac-roman": "macintosh", "shift_jis": "Shift_JIS"}
_SINGLE_BYTE_LATIN = {"latin-1", "iso8859-1", "iso8859-15", "cp1252"}


@dataclass
class XmlResult:
    """What layer 1 learned: the tree (None when not well-formed) and facts the later layers use."""

    root: etree._Element | None
    findings: list[Finding] = field(default_factory=list)
    encoding: str | None = None  # the encoding the document is read in (Python codec name)
    declared_encoding: str | None = None  # as written in the XML declaration
    html: bool = False  # the bytes are an HTML page, not a feed
    external_refs: list[str] = field(default_factory=list)  # URLs the parser was asked to fetch (refused)
    data: bytes | None = None  # the bytes parsed, when they are not the bytes given (WPBlankLine)
    partial: PartialTree | None = None  # not well-formed: the part before the error, which is still checked


@dataclass(frozen=True)
class PartialTree:
    """The elements of a document that is not well-formed, up to the first error.

    W3C's validator reads a feed as a stream: what comes before the error is checked and
    reported, so a truncated feed still gets its undefined elements and bad values named.
    `open_lines` are the lines of the elements that began but never ended (the root, usually):
    what is judged at an element's end (its required children, its value) is not said of them.
    `shared_lines` are those of them on which an element that did end begins too (a feed written
    on one line): there only what is missing is known to be the open element's.
    """

    root: etree._Element
    open_lines: frozenset[int]
    shared_lines: frozenset[int]
    data: bytes  # the bytes before the error


class _RefuseExternal(etree.Resolver):
    """Answers every request for an external DTD or entity with an empty document, and notes it.

    Without this, libxml2 reads external parameter entities from the local file system
    even with `load_dtd=False` and `resolve_entities=False`.
    """

    def __init__(self, requested: list[str]):
        super().__init__()
        self.requested = requested

    def resolve(self, url, pubid, context):
        self.requested.append(url or pubid or "")
        return self.resolve_string("", context)


def hardened_parser(requested: list[str] | None = None) -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        collect_ids=False,
    )
    parser.resolvers.add(_RefuseExternal(requested if requested is not None else []))
    return parser


def parse_xml(
    data: bytes, *, max_size: int | None = DEFAULT_MAX_SIZE, http_charset: str | None = None, served: bool = False
) -> XmlResult:
    """Parse `data` safely; return the root (None when it cannot be used) and every finding.

    `served`: the bytes came over HTTP (so a missing encoding declaration leaves readers to guess).
    """
    if max_size is not None and len(data) > max_size:
        return XmlResult(None, [_too_big(len(data), max_size)])
    if not data.strip():
        return XmlResult(None, [finding("EmptyDocument", line=1, column=1)])
    result = XmlResult(None)
    findings = result.findings
    if _WORDPRESS_BLANK.match(data) and _WORDPRESS.search(data):
        # WordPress's classic: a theme or plugin prints blank lines before the declaration. Said once,
        # and the rest is checked as if the declaration came first (line numbers stay as they are).
        findings.append(finding("WPBlankLine", line=1, column=1))
        start = data.index(b"<?xml")
        end = data.index(b"?>", start) + 2
        data = data[start:end] + data[:start] + data[end:]
        result.data = data
    bom_encoding, declared_version, declared = _prologue(data)
    result.declared_encoding = declared
    wide = data[:1] == b"\x00" or data[1:2] == b"\x00"  # UTF-16/32 without a byte order mark
    findings.extend(_check_declaration(bom_encoding, declared_version, declared, http_charset, wide, data, served))
    encoding = bom_encoding or _codec(declared) or "utf-8"  # a byte order mark wins, as in libxml2
    result.encoding = encoding

    requested = result.external_refs
    try:
        root = etree.fromstring(data, hardened_parser(requested))
    except etree.XMLSyntaxError as exc:
        problem = _syntax_finding(exc, data, result)
        # After an unusable declaration, the parser's complaint is only its consequence.
        if problem.code == "HtmlPage" or not any(f.code in ("UnknownEncoding", "EncodingMismatch") and f.severity == "error" for f in findings):
            findings.append(problem)
            if problem.code == "SAXError" and not result.html:
                result.partial = _partial_tree(_before(data, exc.position, result.encoding), requested)
        return result
    except (ValueError, LookupError) as exc:  # e.g. a declaration lxml refuses outright
        findings.append(finding("SAXError", line=1, column=1, detail=str(exc)))
        return result
    if root is None:
        findings.append(finding("EmptyDocument.no_element", line=1, column=1))
        return result
    result.root = root
    findings.extend(_check_doctype(root, requested))
    findings.extend(_check_characters(data, encoding))
    if encoding != "utf-8" and _ITUNES_NS in root.nsmap.values() and any(True for _ in root.iter(f"{{{_ITUNES_NS}}}*")):
        findings.append(finding("NotUTF8", line=1, column=1, encoding=declared or encoding))
    return result


def _before(data: bytes, position: tuple[int, int] | None, encoding: str | None) -> bytes:
    """The bytes before the parser's first error (at `position`, libxml2's line and column in characters).
    libxml2 goes on after some errors (an undeclared prefix): a stream stops at the first."""
    if not position or not position[0] or (encoding or "").startswith(("utf-16", "utf-32")):
        return data
    line, column = position
    starts = [0]
    for _ in range(line - 1):
        newline = data.find(b"\n", starts[-1])
        if newline < 0:
            return data
        starts.append(newline + 1)
    start = starts[-1]
    end = data.find(b"\n", start)
    text = data[start:end if end >= 0 else len(data)].decode(encoding or "utf-8", errors="surrogateescape")
    return data[:start] + text[: max(column - 1, 0)].encode(encoding or "utf-8", errors="surrogateescape")


def _partial_tree(data: bytes, requested: list[str]) -> PartialTree | None:
    """What a streaming parse builds before the first well-formedness error (the same hardened
    settings as the full parse), or None when not even the root element began."""
    parser = etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        attribute_defaults=False, huge_tree=False, remove_blank_text=False, remove_comments=False, collect_ids=False,
    )
    parser.resolvers.add(_RefuseExternal(requested))
    events: list[tuple[str, etree._Element]] = []
    try:
        parser.feed(data)
    except (etree.XMLSyntaxError, ValueError, LookupError):
        events.extend(parser.read_events())
    else:
        events.extend(parser.read_events())
        try:
            parser.close()
            events.extend(parser.read_events())
        except (etree.XMLSyntaxError, ValueError, LookupError):
            # Closing a parse that failed, lxml 6.2 and later end every element still open, and 6.1
            # does not: an end that comes only with the failure is not in the document.
            events.extend((event, element) for event, element in parser.read_events() if event == "start")
    root = last = None
    opened: dict[etree._Element, None] = {}
    closed_lines: set[int] = set()
    for event, element in events:
        if root is None:
            root = element
        if event == "start":
            opened[element] = None
            last = element
        else:
            opened.pop(element, None)
            closed_lines.add(element.sourceline)
    tag_start = data.rfind(b"<")
    if last is not None and last in opened and tag_start > data.rfind(b">") and data[tag_start + 1 : tag_start + 2] not in (b"/", b"!", b"?"):
        # the error is inside this start tag: libxml2 made an element of it, a stream never began it
        del opened[last]
        parent = last.getparent()
        if parent is None:
            return None
        parent.remove(last)
    if root is None or not isinstance(root.tag, str):
        return None
    open_lines = frozenset(line for element in opened if (line := element.sourceline))
    return PartialTree(root, open_lines, open_lines & closed_lines, data)


def _too_big(size: int, max_size: int) -> Finding:
    return finding("ValidatorLimit", line=1, column=1, size=size, limit=max_size)


def _prologue(data: bytes) -> tuple[str | None, str | None, str | None]:
    """(encoding named by the BOM, declared XML version, declared encoding)."""
    bom_encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    head = data[:512]
    if bom_encoding in ("utf-16", "utf-32") or (head[:1] == b"\x00" or head[1:2] == b"\x00"):
        # The declaration itself is in a wide encoding; read it as such.
        wide = bom_encoding or ("utf-16-be" if head[:1] == b"\x00" else "utf-16-le")
        try:
            head = head.decode(wide, errors="ignore").encode("ascii", errors="ignore")
        except LookupError:
            head = b""
    head = head.lstrip(b"\xef\xbb\xbf")
    match = _XML_DECL.match(head)
    if not match:
        return bom_encoding, None, None
    encoding = match.group("encoding")
    return bom_encoding, match.group("version").decode("ascii", "replace"), encoding.decode("ascii", "replace") if encoding else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    if not _ENC_NAME.match(name):
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def _check_declaration(bom: str | None, version: str | None, declared: str | None, http_charset: str | None, wide: bool,
                       data: bytes, served: bool):
    if version is not None and version != "1.0":
        yield finding("BadXmlVersion", line=1, column=1, version=version)
    codec = _codec(declared)
    misplaced = data[:1].isspace() and data.lstrip()[:5] == b"<?xml"  # the parse error says what is wrong
    # A file without a declaration is UTF-8 by XML's rule; a download without one and without a
    # charset leaves readers to their own defaults (W3C judges files as UTF-8 too).
    if served and declared is None and bom is None and not http_charset and not wide and not misplaced and not data.isascii():
        yield finding("MissingEncoding", line=1, column=1)
    if declared is not None and codec is None:
        yield finding("UnknownEncoding", line=1, column=1, declared=declared)
    elif codec is not None:
        if bom is not None and not _same_family(codec, bom):
            yield finding("EncodingMismatch", line=1, column=1, bom=bom.upper(), declared=declared)
        if codec not in _COMMON_ENCODINGS:
            yield finding("ObscureEncoding", line=1, column=1, declared=declared)
        if codec not in _STANDARD_ENCODINGS:
            yield finding("NonstdEncoding", line=1, column=1, declared=declared)
    if codec and codec.startswith(("utf-16", "utf-32")) and bom is None and not wide:
        yield finding("EncodingMismatch.one_byte", line=1, column=1, declared=declared)
    if http_charset:
        effective = codec or bom or "utf-8"
        http_codec = _codec(http_charset)
        if http_codec is None or not _same_family(http_codec, effective):
            yield finding("EncodingMismatch.http", line=1, column=1, charset=http_charset, actual=declared or effective)


def _same_family(a: str, b: str) -> bool:
    return a == b or (a.startswith(b) or b.startswith(a)) and a.split("-")[0] == b.split("-")[0]


_CHAR_VALUE = re.compile(r"invalid (?:xml)?Char value (\d+)", re.IGNORECASE)
_SYNTAX_CODES = (
    ("Maximum entity amplification", "EntityExpansion"),
    ("Detected an entity reference loop", "EntityExpansion"),
    ("Excessive depth", "ValidatorLimit"),
    ("xmlSAX2Characters: huge text node", "ValidatorLimit"),
    ("Resource limit exceeded", "ValidatorLimit"),
    ("too long", "ValidatorLimit"),
    ("huge input lookup", "ValidatorLimit"),
    ("Attribute references external entity", "ContainsSystemEntity"),
    ("Unsupported encoding", "UnknownEncoding"),
    ("Input is not proper UTF-8", "UnicodeError"),
    ("Invalid bytes in character encoding", "UnicodeError"),
    ("Namespace prefix", "SAXError.prefix"),  # "Namespace prefix dc on language is not defined"
    ("not defined", "SAXError.entity"),  # "Entity 'nbsp' not defined" (without a DTD; with one: _check_doctype)
)


def _syntax_finding(exc: etree.XMLSyntaxError, data: bytes, result: XmlResult) -> Finding:
    line, column = exc.position if exc.position else (None, None)
    message = (exc.msg or str(exc)).strip()
    message = re.sub(r", line \d+, column \d+$", "", message)
    code = next((code for needle, code in _SYNTAX_CODES if needle in message), "SAXError")
    if code == "UnknownEncoding" and _codec(result.declared_encoding):
        preferred = _preferred_name(_codec(result.declared_encoding))
        return finding("InvalidEncoding", line=1, column=1, declared=result.declared_encoding, preferred=preferred)
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        result.html = True
        return _html_finding(data)
    if code == "UnicodeError" and _looks_like_cp1252(data, result):
        if result.declared_encoding:
            return finding("UnicodeError.declared_cp1252", line=line, column=column, detail=message, declared=result.declared_encoding)
        return finding("UnicodeError.undeclared_cp1252", line=line, column=column, detail=message)
    if code == "SAXError":
        return _sax_finding(message, line, column)
    if code.startswith("SAXError."):
        return finding(code, line=line, column=column, detail=message)
    return finding(code if code in _PLAIN_PARSE_CODES else f"{code}.parse", line=line, column=column, detail=message)


def _preferred_name(codec: str) -> str:
    if codec in _PREFERRED_NAMES:
        return _PREFERRED_NAMES[codec]
    if re.fullmatch(r"cp125\d", codec):
        return "windows-" + codec[2:]
    return codec.replace("iso8859", "iso-8859").replace("_", "-").upper()


# Codes whose own message is the parse error with their hint (the others have a "parse" variant).
_PLAIN_PARSE_CODES = frozenset({"UnicodeError", "EntityExpansion"})
# What W3C (and XML) call a well-formedness error, with a hint of ours: SAXError's variants.
_WORDPRESS_BLANK = re.compile(rb"\s+<\?xml")
_WORDPRESS = re.compile(rb"<generator[^>]*>[^<]*wordpress", re.IGNORECASE)


def _looks_like_cp1252(data: bytes, result: XmlResult) -> bool:
    """The bytes are probably windows-1252 while the declaration (or its absence) says UTF-8."""
    if result.encoding != "utf-8":
        return False
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _sax_finding(message: str, line: int | None, column: int | None) -> Finding:
    char = _CHAR_VALUE.search(message)
    if char:
        variant = "SAXError.char_reference" if "CharRef" in message else "SAXError.char"
        return finding(variant, line=line, column=column, detail=message, point=f"{int(char.group(1)):04X}")
    if "invalid character" in message or "Char 0x" in message:
        return finding("SAXError.control", line=line, column=column, detail=message)
    if "XML declaration allowed only at the start" in message:
        return finding("SAXError.declaration", line=line, column=column, detail=message)
    if message.startswith("Document is empty") or message.startswith("Start tag expected"):
        return finding("SAXError.not_xml", line=line, column=column, detail=message)
    return finding("SAXError", line=line, column=column, detail=message)


def _html_finding(data: bytes) -> Finding:
    feeds = []
    for tag in _FEED_LINK.findall(data[:200_000]):
        href = _HREF.search(tag)
        if href:
            feeds.append(href.group(1).decode("utf-8", "replace"))
    if feeds:
        return finding("HtmlPage.links", line=1, column=1, feeds=", ".join(sorted(set(feeds))[:5]))
    return finding("HtmlPage", line=1, column=1)


_ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
_NETSCAPE_DTD = "my.netscape.com/publish/formats/rss-0.91.dtd"
# The RSS 0.91 DTD (Netscape's, and the RSS Advisory Board's copy) declares the ISO Latin-1
# entities of HTML (&nbsp; .. &yuml;): a feed that names it may use them.
_RSS091_DTD = "rss-0.91.dtd"
_LATIN1_ENTITIES = frozenset(name for name, point in html.entities.name2codepoint.items() if 160 <= point <= 255)


def _check_doctype(root: etree._Element, requested: list[str]):
    docinfo = root.getroottree().docinfo
    if not docinfo.doctype and not requested:
        return
    system_url = docinfo.system_url
    dtd = docinfo.internalDTD
    entities = list(dtd.iterentities()) if dtd is not None else []
    external = [e for e in entities if e.system_url]
    if system_url and _NETSCAPE_DTD in system_url:
        yield finding("DeprecatedDTD", line=1)
    elif system_url:
        yield finding("ExternalDTD", line=1, url=system_url)
    for entity in external:
        yield finding("ContainsSystemEntity", line=1, name=entity.name, url=entity.system_url)
    internal = [e.name for e in entities if not e.system_url]
    if system_url:
        # The external DTD is not read (by us, or by most readers): entities only it could define stay undefined.
        known = set(internal) | {e.name for e in external} | (_LATIN1_ENTITIES if _RSS091_DTD in system_url else set())
        undefined = {}
        for reference in root.iter(etree.Entity):
            if reference.name not in known and reference.name not in undefined:
                undefined[reference.name] = reference
        for name, reference in list(undefined.items())[:10]:
            yield finding("UndefinedNamedEntity", reference, name=name)
    if internal:
        yield finding("EntityDeclaration", line=1, names=", ".join(internal[:10]) + (" …" if len(internal) > 10 else ""))
    if requested and not external and not system_url:
        yield finding("ContainsSystemEntity.resources", line=1, urls=", ".join(sorted(set(requested))[:3]))


def _check_characters(data: bytes, encoding: str):
    """BadCharacters: text that is almost certainly in another encoding than the declared one."""
    match, variant = None, ""
    if encoding == "utf-8":
        match = _C1_UTF8.search(data)
        if match is None:
            match, variant = _DOUBLE_UTF8.search(data), ".double_utf8"
    elif encoding in _SINGLE_BYTE_LATIN:
        match, variant = (_UTF8_SEQUENCE.search(data) if _looks_like_utf8(data) else _utf8_text_node(data)), ".utf8_in_latin"
        if match is None and encoding != "cp1252":
            match, variant = _C1_BYTE.search(data), ".c1_byte"
    if match is None:
        match, variant = _outside_cdata(_C1_REF, data), ".c1_reference"
    if match is None:
        match, variant = _outside_cdata(_DOUBLE_REF, data), ".double_reference"
    if match is not None and _REPLACEMENT.fullmatch(match.group()):
        variant = ".replacement"
    if match is not None:
        line = data.count(b"\n", 0, match.start()) + 1
        column = match.start() - data.rfind(b"\n", 0, match.start())
        params = {"encoding": encoding} if variant in (".utf8_in_latin", ".c1_byte") else {}
        yield finding("BadCharacters" + variant, line=line, column=column, **params)


def _outside_cdata(pattern: re.Pattern, data: bytes, tries: int = 50):
    """The first match that is a character reference, not text inside a CDATA section (where "&#146;" is
    literal text: HTML's business, which maps it to windows-1252 as browsers do)."""
    for number, match in enumerate(pattern.finditer(data)):
        opened = data.rfind(_CDATA_START, 0, match.start())
        if opened < 0 or data.find(_CDATA_END, opened, match.start()) >= 0:
            return match
        if number >= tries:
            return None
    return None


def _utf8_text_node(data: bytes, tries: int = 50):
    """In a document read as Latin-1 that is not UTF-8 as a whole, a text whose own bytes are UTF-8."""
    for number, match in enumerate(_LATIN_DOUBLE.finditer(data)):
        start = max(data.rfind(b">", 0, match.start()), data.rfind(b"<", 0, match.start())) + 1
        end = min((i for i in (data.find(b"<", match.end()), data.find(b">", match.end())) if i >= 0), default=len(data))
        try:
            data[start:end].decode("utf-8")
            return match
        except UnicodeDecodeError:
            if number >= tries:
                return None
    return None


def _looks_like_utf8(data: bytes) -> bool:
    if not _UTF8_SEQUENCE.search(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
