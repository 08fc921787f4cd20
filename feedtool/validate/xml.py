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

from feedtool.validate.findings import Finding, error, info, warning

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
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
# UTF-8 text decoded as Latin-1 and encoded as UTF-8 again: "Ã©" for "é", "Â " for a no-break space
# (U+00C2/U+00C3 followed by U+0080..U+00BF), in UTF-8 bytes or as numeric references.
_DOUBLE_UTF8 = re.compile(rb"\xc3[\x82\x83]\xc2[\x80-\xbf]")
_DOUBLE_REF = re.compile(rb"&#(?:19[45]|x0*[cC][23]);&#(?:1[2-8][0-9]|19[01]|x0*[89abAB][0-9a-fA-F]);")
_C1_REF = re.compile(rb"&#(?:1[2-5][0-9]|x0*[89][0-9a-fA-F]);")
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
    data: bytes, *, max_size: int | None = DEFAULT_MAX_SIZE, http_charset: str | None = None
) -> XmlResult:
    """Parse `data` safely; return the root (None when it cannot be used) and every finding."""
    if max_size is not None and len(data) > max_size:
        return XmlResult(None, [_too_big(len(data), max_size)])
    if not data.strip():
        return XmlResult(None, [error("EmptyDocument", "the document is empty: a feed needs at least a root element <feed> or <rss>", line=1, column=1)])
    result = XmlResult(None)
    findings = result.findings
    bom_encoding, declared_version, declared = _prologue(data)
    result.declared_encoding = declared
    wide = data[:1] == b"\x00" or data[1:2] == b"\x00"  # UTF-16/32 without a byte order mark
    findings.extend(_check_declaration(bom_encoding, declared_version, declared, http_charset, wide, data))
    encoding = bom_encoding or _codec(declared) or "utf-8"  # a byte order mark wins, as in libxml2
    result.encoding = encoding

    requested = result.external_refs
    try:
        root = etree.fromstring(data, hardened_parser(requested))
    except etree.XMLSyntaxError as exc:
        finding = _syntax_finding(exc, data, result)
        # After an unusable declaration, the parser's complaint is only its consequence.
        if finding.code == "HtmlPage" or not any(f.code in ("UnknownEncoding", "EncodingMismatch") and f.severity == "error" for f in findings):
            findings.append(finding)
        return result
    except (ValueError, LookupError) as exc:  # e.g. a declaration lxml refuses outright
        findings.append(error("SAXError", f"XML parsing error: {exc}", line=1, column=1))
        return result
    if root is None:
        findings.append(error("EmptyDocument", "the document holds no element: a feed needs a root element <feed> or <rss>", line=1, column=1))
        return result
    result.root = root
    findings.extend(_check_doctype(root, requested))
    findings.extend(_check_characters(data, encoding))
    if encoding != "utf-8" and _ITUNES_NS in root.nsmap.values() and any(True for _ in root.iter(f"{{{_ITUNES_NS}}}*")):
        findings.append(
            warning(
                "NotUTF8",
                f"this podcast feed uses iTunes elements but is encoded as {declared or encoding}: "
                "Apple Podcasts expects UTF-8 and does not guarantee other encodings; save the feed as UTF-8",
                line=1,
                column=1,
            )
        )
    return result


def _too_big(size: int, max_size: int) -> Finding:
    return error(
        "ValidatorLimit",
        f"the document is {size:,} bytes, more than the limit of {max_size:,}: not parsed "
        "(raise the limit with --max-size if the feed is really meant to be this large; most readers refuse feeds over 15 MB)",
        line=1,
        column=1,
    )


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


def _check_declaration(bom: str | None, version: str | None, declared: str | None, http_charset: str | None, wide: bool, data: bytes):
    if version is not None and version != "1.0":
        yield error("BadXmlVersion", f'the XML declaration says version="{version}": feeds must be XML 1.0 (write version="1.0")', line=1, column=1)
    codec = _codec(declared)
    misplaced = data[:1].isspace() and data.lstrip()[:5] == b"<?xml"  # the parse error says what is wrong
    if declared is None and bom is None and not http_charset and not wide and not misplaced and not data.isascii():
        yield warning(
            "MissingEncoding",
            "no character encoding is declared, so the document is read as UTF-8: if it is UTF-8, say so with "
            '<?xml version="1.0" encoding="utf-8"?>; otherwise declare the encoding it is written in',
            line=1,
            column=1,
        )
    if declared is not None and codec is None:
        yield error("UnknownEncoding", f'unknown character encoding "{declared}" in the XML declaration: use "utf-8" and save the file as UTF-8', line=1, column=1)
    elif codec is not None:
        if bom is not None and not _same_family(codec, bom):
            yield error(
                "EncodingMismatch",
                f'the file starts with a {bom.upper()} byte order mark but the XML declaration says encoding="{declared}": '
                "remove the byte order mark or correct the declaration",
                line=1,
                column=1,
            )
        if codec not in _COMMON_ENCODINGS:
            yield warning(
                "ObscureEncoding",
                f'"{declared}" is an obscure encoding that many readers cannot decode: convert the feed to UTF-8',
                line=1,
                column=1,
            )
        if codec not in _STANDARD_ENCODINGS:
            yield info(
                "NonstdEncoding",
                f'encoding "{declared}" is not one every XML processor must support (UTF-8, UTF-16): consider UTF-8',
                line=1,
                column=1,
            )
    if codec and codec.startswith(("utf-16", "utf-32")) and bom is None and not wide:
        yield error(
            "EncodingMismatch",
            f'the XML declaration says encoding="{declared}" but the file is written in a one-byte encoding '
            '(its declaration reads as plain ASCII): declare encoding="utf-8" (or the encoding the file is really in)',
            line=1,
            column=1,
        )
    if http_charset:
        effective = codec or bom or "utf-8"
        http_codec = _codec(http_charset)
        if http_codec is None or not _same_family(http_codec, effective):
            yield warning(
                "EncodingMismatch",
                f'the server says charset={http_charset} but the document is encoded as {declared or effective}: '
                "readers follow the server; make the Content-Type charset and the XML declaration agree",
                line=1,
                column=1,
            )


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
    ("Namespace prefix", "UndeclaredPrefix"),  # "Namespace prefix dc on language is not defined"
    ("not defined", "UndefinedNamedEntity"),
)


def _syntax_finding(exc: etree.XMLSyntaxError, data: bytes, result: XmlResult) -> Finding:
    line, column = exc.position if exc.position else (None, None)
    message = (exc.msg or str(exc)).strip()
    message = re.sub(r", line \d+, column \d+$", "", message)
    code = next((code for needle, code in _SYNTAX_CODES if needle in message), "SAXError")
    if code == "UnknownEncoding" and _codec(result.declared_encoding):
        preferred = _preferred_name(_codec(result.declared_encoding))
        return error(
            "InvalidEncoding",
            f'encoding="{result.declared_encoding}" is not an encoding name XML parsers recognise '
            f'(did you mean "{preferred}"?): write the registered name, or better, convert the feed to UTF-8',
            line=1,
            column=1,
        )
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        result.html = True
        return error("HtmlPage", _html_message(data), line=1, column=1)
    hint = (code == "UnicodeError" and _undeclared_hint(data, result)) or _hint(code, message, data)
    return error(code, f"XML parsing error: {message}{hint}", line=line, column=column)


def _preferred_name(codec: str) -> str:
    if codec in _PREFERRED_NAMES:
        return _PREFERRED_NAMES[codec]
    if re.fullmatch(r"cp125\d", codec):
        return "windows-" + codec[2:]
    return codec.replace("iso8859", "iso-8859").replace("_", "-").upper()


def _undeclared_hint(data: bytes, result: XmlResult) -> str:
    """Name the encoding the bytes are probably in, when the declaration (or its absence) is wrong."""
    if result.encoding != "utf-8":
        return ""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return ""
    said = f'the declaration says "{result.declared_encoding}"' if result.declared_encoding else "no encoding is declared, which means UTF-8"
    return f' ({said}, but the bytes look like windows-1252 (or ISO-8859-1): declare encoding="windows-1252" or save the file as UTF-8)'


def _hint(code: str, message: str, data: bytes) -> str:
    if code == "UndefinedNamedEntity":
        return " (XML knows only &lt; &gt; &amp; &quot; &apos;: write a numeric reference such as &#160; for &nbsp;)"
    if code == "UndeclaredPrefix":
        return ' (declare the prefix on the root element, e.g. xmlns:dc="http://purl.org/dc/elements/1.1/")'
    if code == "UnicodeError":
        return " (the bytes do not match the declared encoding: save the file as UTF-8, or declare the encoding it is in)"
    if code == "EntityExpansion":
        return " (a DOCTYPE whose entities expand to an enormous text, as in a 'billion laughs' attack: refused)"
    if code == "ValidatorLimit":
        return " (a resource limit of the hardened parser was reached: refused)"
    char = _CHAR_VALUE.search(message)
    if char:
        kind = "a reference to " if "CharRef" in message else ""
        return f" ({kind}character U+{int(char.group(1)):04X}, which XML cannot carry (often pasted from a word processor): remove it)"
    if "invalid character" in message or "Char 0x" in message:
        return " (a control character XML cannot carry, often pasted from a word processor: remove it)"
    if "XML declaration allowed only at the start" in message:
        return " (remove everything before <?xml, including blank lines and spaces)"
    if message.startswith("Document is empty") or message.startswith("Start tag expected"):
        return " (this does not look like XML at all)"
    return ""


def _html_message(data: bytes) -> str:
    feeds = []
    for tag in _FEED_LINK.findall(data[:200_000]):
        href = _HREF.search(tag)
        if href:
            feeds.append(href.group(1).decode("utf-8", "replace"))
    message = "this is an HTML page, not a feed"
    if feeds:
        return message + "; it links to these feeds: " + ", ".join(sorted(set(feeds))[:5])
    return message + " (validate the feed's own URL, usually linked with <link rel=\"alternate\" type=\"application/atom+xml\">)"


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
        yield error(
            "DeprecatedDTD",
            "the DOCTYPE points at Netscape's RSS 0.91 DTD, which is no longer served: "
            "remove the DOCTYPE or use http://www.rssboard.org/rss-0.91.dtd",
            line=1,
        )
    elif system_url:
        yield info(
            "ExternalDTD",
            f"the DOCTYPE refers to the external DTD {system_url}; it is not loaded, so entities it defines are unknown to us and to most readers",
            line=1,
        )
    for entity in external:
        yield error(
            "ContainsSystemEntity",
            f"the DOCTYPE declares the external entity '{entity.name}' ({entity.system_url}): a security risk, never loaded; "
            "remove it (feeds must be self-contained)",
            line=1,
        )
    internal = [e.name for e in entities if not e.system_url]
    if system_url:
        # The external DTD is not read (by us, or by most readers): entities only it could define stay undefined.
        known = set(internal) | {e.name for e in external} | (_LATIN1_ENTITIES if _RSS091_DTD in system_url else set())
        undefined = {}
        for reference in root.iter(etree.Entity):
            if reference.name not in known and reference.name not in undefined:
                undefined[reference.name] = reference
        for name, reference in list(undefined.items())[:10]:
            yield error(
                "UndefinedNamedEntity",
                f"the entity &{name}; is not defined: the external DTD that may define it is not read by feed readers "
                f"(write a numeric reference such as &#160; for &nbsp;, or the character itself)",
                reference,
            )
    if internal:
        yield warning(
            "EntityDeclaration",
            f"the DOCTYPE declares the entities {', '.join(internal[:10])}{' …' if len(internal) > 10 else ''}; "
            "they are not expanded here (so a value written as a reference is judged as written: an empty title, a URL "
            "without its start) and many readers do not expand them either: write the characters themselves or numeric references",
            line=1,
        )
    if requested and not external and not system_url:
        yield error(
            "ContainsSystemEntity",
            f"the DOCTYPE refers to external resources ({', '.join(sorted(set(requested))[:3])}): never loaded; remove them",
            line=1,
        )


def _check_characters(data: bytes, encoding: str):
    """BadCharacters: text that is almost certainly in another encoding than the declared one."""
    match = None
    if encoding == "utf-8":
        match = _C1_UTF8.search(data)
        detail = "control characters U+0080..U+009F: Windows-1252 punctuation (curly quotes, dashes) stored as ISO-8859-1"
        if match is None:
            match = _DOUBLE_UTF8.search(data)
            detail = "UTF-8 text encoded twice (é shows as Ã©): it was read as ISO-8859-1 somewhere and saved as UTF-8 again; repair the text"
    elif encoding in _SINGLE_BYTE_LATIN:
        match = _UTF8_SEQUENCE.search(data) if _looks_like_utf8(data) else None
        detail = f"UTF-8 bytes in a document declared as {encoding}: the text is double-encoded (é shows as Ã©); declare encoding=\"utf-8\""
        if match is None and encoding != "cp1252":
            match = _C1_BYTE.search(data)
            detail = f"bytes 0x80..0x9F, which are control characters in {encoding}: the text is probably windows-1252; declare that"
    if match is None:
        match = _C1_REF.search(data)
        detail = "numeric references &#128;..&#159; name control characters, not Windows-1252 punctuation: use the Unicode code point (&#8211; for an en dash)"
    if match is None:
        match = _DOUBLE_REF.search(data)
        detail = "numeric references to the UTF-8 bytes of a character (&#195;&#169; for é): refer to the character's code point (&#233;)"
    if match is not None:
        line = data.count(b"\n", 0, match.start()) + 1
        column = match.start() - data.rfind(b"\n", 0, match.start())
        yield warning("BadCharacters", f"the text appears to use the wrong encoding: {detail}", line=line, column=column)


def _looks_like_utf8(data: bytes) -> bool:
    if not _UTF8_SEQUENCE.search(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
