"""Checks of single values that feeds carry: URIs and IRIs, ids, dates, language tags, MIME types, e-mail.

Each check takes the value as written (already stripped of surrounding whitespace
by the caller, who decides whether such whitespace is itself a problem) and
returns None when the value is fine, or a `ValueProblem` naming the W3C Feed
Validation Service message (`code`) and saying what exactly is wrong (`detail`).
The grammars are small and exact, so they are written out here as precompiled
regular expressions: these checks run once per element on feeds of 10,000 entries.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple

from feedtool.i18n import Message
from feedtool.lang import LanguageProblem, normalize_language
from feedtool.validate.codes import detail


class ValueProblem(NamedTuple):
    code: str  # the W3C message name, e.g. "InvalidRFC3339Date"
    detail: Message  # what exactly is wrong (a variant of the code), for the finding's message


def _problem(id: str, **params) -> ValueProblem:
    return ValueProblem(id.partition(".")[0], detail(id, **params))


# --- URIs and IRIs (RFC 3986, RFC 3987) -------------------------------------------------

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# Characters a URI may hold (unreserved, reserved, and "%" for pct-encoding).
_URI_CHAR = r"A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%"
# What RFC 3987 adds: ucschar and iprivate (iprivate is only meant for the query, but
# every IRI consumer accepts it anywhere; we do not split hairs over it).
_UCS_CHAR = (
    "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef\ue000-\uf8ff"
    "\U00010000-\U0001fffd\U00020000-\U0002fffd\U00030000-\U0003fffd\U00040000-\U0004fffd"
    "\U00050000-\U0005fffd\U00060000-\U0006fffd\U00070000-\U0007fffd\U00080000-\U0008fffd"
    "\U00090000-\U0009fffd\U000a0000-\U000afffd\U000b0000-\U000bfffd\U000c0000-\U000cfffd"
    "\U000d0000-\U000dfffd\U000e1000-\U000efffd\U000f0000-\U000ffffd\U00100000-\U0010fffd"
)
_BAD_URI_CHAR = re.compile(f"[^{_URI_CHAR}]")
# Compiled on first use: a class with ranges up to U+10FFFF takes re 10-20 ms to compile, a cost
# every start-up would pay, while an ASCII value (nearly every URL) needs only _BAD_URI_CHAR.
_BAD_IRI_CHAR = f"[^{_URI_CHAR}{_UCS_CHAR}]"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_AUTHORITY = re.compile(
    r"(?:[^@/?#\[\]]*@)?"  # userinfo
    r"(?:\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]|[^:/?#\[\]@]*)"  # IP literal or reg-name
    r"(?::[0-9]*)?$"  # port
)
_AUTHORITY_PART = re.compile(r"[^/?#]*")
# Schemes whose URIs must name a host (RFC 7230, RFC 959, ...): "http:foo" is no web address.
_HIERARCHICAL = frozenset({"http", "https", "ftp", "ws", "wss"})


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def scheme(value: str) -> str | None:
    """The URI scheme of `value`, lower-cased, or None for a relative reference."""
    match = _SCHEME.match(value)
    return match.group()[:-1].lower() if match else None


def _char_problem(value: str, iri: bool) -> ValueProblem | None:
    bad = (_compiled(_BAD_IRI_CHAR) if iri and not value.isascii() else _BAD_URI_CHAR).search(value)
    if bad is None and ("[" in value or "]" in value):
        bad = _BRACKET.search(_IP_LITERAL_HOST.sub("", value, count=1))
    if bad:
        return _char(bad.group())
    if _BAD_PERCENT.search(value):
        return _problem("InvalidUriChar.percent")
    return None


def _char(char: str) -> ValueProblem:
    shown = repr(char) if char.isspace() or not char.isprintable() else f'"{char}"'
    return _problem("InvalidUriChar.char", char=shown)


# "[" and "]" delimit an IP literal host (RFC 3986 section 3.2.2) and may appear nowhere else.
_BRACKET = re.compile(r"[\[\]]")
_IP_LITERAL_HOST = re.compile(r"\A(?:[A-Za-z][A-Za-z0-9+.\-]*:)?//(?:[^@/?#\[\]]*@)?\[[^\[\]/?#]*\]")
_BAD_ASCII_URI_CHAR = re.compile(f"[\x00-\x7f](?<![{_URI_CHAR}])")


def ascii_char_problem(value: str) -> ValueProblem | None:
    """An ASCII character that no URI may hold (a space, a quote, "<", a bracket outside an IP literal):
    what W3C reports as InvalidUriChar before it asks whether the value is a URI at all."""
    bad = _BAD_ASCII_URI_CHAR.search(value)
    if bad is None and ("[" in value or "]" in value):
        bad = _BRACKET.search(_IP_LITERAL_HOST.sub("", value, count=1))
    return _char(bad.group()) if bad else None


def _structure_problem(value: str) -> ValueProblem | None:
    """Checks of a reference's authority (host and port) and of its fragment."""
    if value.count("#") > 1:
        return _problem("InvalidUriChar.hash")
    start = value.find("//")
    if start < 0:
        return None
    scheme_part = _SCHEME.match(value)
    if start != (scheme_part.end() if scheme_part else 0):
        return None  # "//" further on is part of the path or query, not an authority
    authority = _AUTHORITY_PART.match(value, start + 2).group()
    if not _AUTHORITY.match(authority):
        return _problem("InvalidIRI.authority", authority=authority)
    return None


_SEGMENT_CHARS = "A-Za-z0-9\\-._~!$&'()*+,;=@"
_ASCII_SEGMENT_NZ_NC = re.compile(f"(?:[{_SEGMENT_CHARS}]|%[0-9A-Fa-f]{{2}})+$")
_SEGMENT_NZ_NC = f"(?:[{_SEGMENT_CHARS}{_UCS_CHAR}]|%[0-9A-Fa-f]{{2}})+$"  # compiled on first use, as _BAD_IRI_CHAR


def is_segment(value: str) -> bool:
    """An isegment-nz-nc (RFC 3987): a non-empty path segment without a colon, like a link relation name."""
    return bool((_ASCII_SEGMENT_NZ_NC if value.isascii() else _compiled(_SEGMENT_NZ_NC)).match(value))


def iri_reference_problem(value: str, *, iri: bool = True) -> ValueProblem | None:
    """An IRI (or, with iri=False, URI) reference: relative references are fine, but a web address
    (http:, https:, ftp:, ...) names a host: "http:page.html" is neither relative nor a usable URL."""
    problem = _char_problem(value, iri) or _structure_problem(value)
    if problem is None and ":" in value:
        name = scheme(value)
        if name in _HIERARCHICAL and not _names_host(value[len(name) + 1:]):
            return _problem("InvalidIRI.no_host", value=value, scheme=name)
    return problem


def _names_host(rest: str) -> bool:
    """What follows "http:" starts with //host."""
    return rest.startswith("//") and len(rest) > 2 and rest[2] not in "/?#"


def absolute_iri_problem(value: str, *, iri: bool = True) -> ValueProblem | None:
    """An absolute IRI (a full URI with a scheme), as atom:id and link relations need."""
    if not value:
        return _problem("InvalidFullLink.empty")
    problem = _char_problem(value, iri)
    if problem:
        return problem
    name = scheme(value)
    if name is None:
        return _problem("InvalidFullLink.no_scheme", value=value)
    rest = value[len(name) + 1:]
    if name in _HIERARCHICAL and not _names_host(rest):
        return _problem("InvalidFullLink.no_host", value=value, scheme=name)
    if not rest:
        return _problem("InvalidFullLink.only_scheme", value=value, scheme=name)
    return _structure_problem(value)


# --- Canonical form (RFC 3986 section 6) for identifiers ---------------------------------

_PCT = re.compile(r"%[0-9A-Fa-f]{2}")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_DEFAULT_PORT = {"http": "80", "https": "443", "ftp": "21"}
_HTTP_LIKE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*)://([^/?#]*)(.*)", re.S)


def _normal_pct(match: re.Match) -> str:
    char = chr(int(match.group()[1:], 16))
    return char if char in _UNRESERVED else match.group().upper()


def canonical_uri(value: str) -> str:
    """The RFC 3986 section 6.2.2 normal form of an http(s)/ftp URI (other schemes: lower-case scheme).

    Lower-case scheme and host, upper-case percent-encodings, decoded unreserved
    characters, no default port, "/" for an empty path.
    """
    match = _HTTP_LIKE.match(value)
    if not match:
        name = scheme(value)
        return name + value[len(name):] if name else value
    name, authority, rest = match.group(1).lower(), match.group(2), match.group(3)
    if name not in _DEFAULT_PORT:
        return f"{name}://{authority}{rest}"
    userinfo, at, host = authority.rpartition("@")
    host = host.lower()
    if host.endswith(":" + _DEFAULT_PORT[name]):
        host = host[: -len(_DEFAULT_PORT[name]) - 1]
    elif host.endswith(":"):
        host = host[:-1]
    rest = _PCT.sub(_normal_pct, rest)
    split = min((i for i in (rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    path = remove_dot_segments(rest[:split]) or "/"
    return f"{name}://{userinfo}{at}{host}{path}{rest[split:]}"


def remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4: resolve "." and ".." segments in a path."""
    if "." not in path:
        return path
    output: list[str] = []
    segments = path.split("/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
        elif segment == "..":
            if len(output) > 1 or (output and output[0] != ""):
                output.pop()
            if last:
                output.append("")
        else:
            output.append(segment)
    result = "/".join(output)
    return "/" + result if path.startswith("/") and not result.startswith("/") else result


# URI schemes that IANA registers as permanent, and the historical ones that once were: what W3C's
# SchemeNotIANARegistered means. Provisional registrations (magnet:, webcal:, itms:, spotify:, ...)
# are first-come labels without review; W3C warns on them, and so do we.
IANA_SCHEMES = frozenset(
    """aaa aaas about acap acct cap cid coap coap+tcp coap+ws coaps coaps+tcp coaps+ws crid data dav dict dns
    dtn example file ftp geo go gopher h323 http https iax icap im imap info ipn ipp ipps iris iris.beep
    iris.lwz iris.xpc iris.xpcs jabber ldap leaptofrogans mailto mid msrp msrps mt mtqp mupdate news nfs ni
    nih nntp opaquelocktoken pkcs11 pop pres reload rtsp rtsps rtspu service session shttp sieve sip sips
    sms snmp soap.beep soap.beeps stun stuns tag tel telnet tftp thismessage tip tn3270 turn turns tv urn
    vemmi vnc ws wss xcon xcon-userid xmlrpc.beep xmlrpc.beeps xmpp z39.50r z39.50s
    fax filesystem mailserver modem pack prospero snews videotex wais wpid z39.50""".split()
)


# --- tag: URIs (RFC 4151) -------------------------------------------------------------------

_DNS_COMP = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
_DNS_NAME = rf"{_DNS_COMP}(?:\.{_DNS_COMP})*"
_TAG = re.compile(
    rf"tag:(?P<authority>{_DNS_NAME}|[A-Za-z0-9\-._]+@{_DNS_NAME}),"
    r"(?P<date>(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?):"
    r"(?P<specific>(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)"
    r"(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
)


@lru_cache(maxsize=1024)
def _is_real_date(year: str, month: str | None, day: str | None) -> bool:
    """A tagging date (YYYY[-MM[-DD]]) names a real day; a feed's ids share a few dates, hence the cache."""
    try:
        datetime(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def tag_uri_problem(value: str) -> ValueProblem | None:
    """A tag: URI: tag:authority,YYYY[-MM[-DD]]:specific (RFC 4151)."""
    match = _TAG.match(value)
    if not match:
        return _problem("InvalidTAG.shape", value=value)
    if not _is_real_date(*match.group("year", "month", "day")):
        return _problem("InvalidTAG.date", value=value, date=match.group("date"))
    return None


# --- URNs (RFC 2141, RFC 8141) and urn:uuid (RFC 4122) ----------------------------------

# RFC 2141 (the grammar W3C checks): NID = let-num 1*31let-num-hyp; NSS = 1*(trans / "%" hex hex).
_URN = re.compile(r"urn:(?P<nid>[A-Za-z0-9][A-Za-z0-9\-]{1,31}):(?P<nss>.*)$", re.I | re.S)
_NSS = re.compile(r"(?:[A-Za-z0-9()+,\-.:=@;$_!*'/?#]|%[0-9A-Fa-f]{2})+$")
_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")


def urn_problem(value: str) -> ValueProblem | None:
    """A URN: urn:NID:NSS, and for urn:uuid a UUID as its NSS."""
    match = _URN.match(value)
    if not match or match.group("nid").lower() == "urn":
        return _problem("InvalidURN.shape", value=value)
    nid, nss = match.group("nid").lower(), match.group("nss")
    if nid == "uuid":
        if not _UUID.match(nss):
            return _problem("InvalidUUID.shape", nss=nss, example=_EXAMPLE_UUID)
        return None
    if not _NSS.match(nss):
        return _problem("InvalidURN.nss", nss=nss)
    return None


_EXAMPLE_UUID = "1225c695-cfb8-4ebb-aaaa-80da344efa6a"


def identifier_problem(value: str) -> ValueProblem | None:
    """An identifier such as atom:id: an absolute IRI, with the tag:/urn: grammars where they apply."""
    name = scheme(value)
    if name == "tag":  # the tag grammar names the problem more precisely than the URI character check
        return tag_uri_problem(value)
    problem = absolute_iri_problem(value)
    if problem:
        return problem
    if name == "urn":
        return urn_problem(value)
    return None


# --- RFC 3339 date-times ------------------------------------------------------------------

_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:(Z)|([+\-])(\d{2}):(\d{2}))$"
)


def parse_rfc3339(value: str) -> datetime | None:
    """The aware datetime `value` denotes, or None when it is not an RFC 3339 date-time.

    Atom's profile: upper-case "T" and "Z", a time zone always, real calendar
    dates. A leap second (:60) is accepted and read as :59.
    """
    match = _RFC3339.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    fraction, zulu, sign, off_h, off_m = match.groups()[6:]
    if second == 60:
        second = 59
    if zulu:
        tz = timezone.utc
    else:
        off_h, off_m = int(off_h), int(off_m)
        if off_h > 23 or off_m > 59:
            return None
        delta = timedelta(hours=off_h, minutes=off_m)
        tz = timezone(-delta if sign == "-" else delta)
    micro = int((fraction[1:] + "000000")[:6]) if fraction else 0
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    except ValueError:
        return None


_ISO8601 = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d*)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$"
)


def iso8601_problem(value: str) -> ValueProblem | None:
    """An ISO 8601 date or date-time in the W3C profile's shapes (YYYY, YYYY-MM, YYYY-MM-DD, with an
    optional time and zone), as the event and aggregation modules use: a real date, hours 00-23."""
    match = _ISO8601.match(value)
    ok = match is not None
    if ok:
        year, month, day, hour, minute, second = match.groups()
        ok = (month is None or 1 <= int(month) <= 12) and (day is None or _is_real_date(year, month, day))
        ok = ok and (hour is None or (int(hour) <= 23 and int(minute) <= 59 and (second is None or int(second) <= 60)))
    if ok:
        return None
    return _problem("InvalidISO8601DateTime.shape", value=value)


_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_rfc3339(value: str) -> bool:
    """parse_rfc3339(value) is not None, without building the datetime (the validator's hot path)."""
    match = _RFC3339.match(value)
    if not match:
        return False
    year, month, day, hour, minute, second, _, zulu, _, off_h, off_m = match.groups()
    month, day = int(month), int(day)
    if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month]) or int(hour) > 23 or int(minute) > 59:
        return False
    if int(second) > 60 or (not zulu and (int(off_h) > 23 or int(off_m) > 59)):
        return False
    if month == 2 and day == 29:
        year = int(year)
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) and year > 0
    return year != "0000"


def rfc3339_problem(value: str) -> ValueProblem | None:
    if _is_rfc3339(value):
        return None
    example = "2024-05-01T09:30:00+02:00 or 2024-05-01T07:30:00Z"
    if _RFC3339.match(value):
        return _problem("InvalidRFC3339Date.range", value=value, example=example)
    return _problem("InvalidRFC3339Date.shape", value=value, example=example)


# --- Language tags (BCP 47, RFC 5646) -----------------------------------------------------

_ALNUM = "[A-Za-z0-9]"
_LANGTAG = re.compile(
    r"(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"  # language (with extlang)
    r"(?:-[A-Za-z]{4})?"  # script
    r"(?:-(?:[A-Za-z]{2}|\d{3}))?"  # region
    rf"(?:-(?:{_ALNUM}{{5,8}}|\d{_ALNUM}{{3}}))*"  # variants
    rf"(?:-[0-9A-WY-Za-wy-z](?:-{_ALNUM}{{2,8}})+)*"  # extensions
    rf"(?:-[Xx](?:-{_ALNUM}{{1,8}})+)?"  # private use
    rf"|[Xx](?:-{_ALNUM}{{1,8}})+"  # private use only
    r"|i-[A-Za-z]{3,8}|[A-Za-z]{2,3}-[A-Za-z]{2,3}-[A-Za-z]{2,3}|[A-Za-z]{2}-[A-Za-z]{3,8})$"  # grandfathered
)


def language_problem(value: str) -> ValueProblem | None:
    """A BCP 47 language tag, e.g. nl, nl-NL, en-GB: well-formed (RFC 5646 section 2.1), with a
    registered primary language subtag.

    The language is looked up by feedtool.lang (the IANA registry, as the store uses it), so `zz`
    or `xx-YY` are refused. Region, script and variant subtags only need to be well-formed: a feed
    in `en-cockney` is readable, and the registry of variants changes.
    """
    if not _LANGTAG.match(value):
        return _problem("InvalidLanguage.tag", value=value)
    primary = value.split("-", 1)[0]
    if primary.lower() in ("x", "i"):  # private use, or a grandfathered i- tag
        return None
    try:
        normalize_language(primary)
    except LanguageProblem:
        return _problem("InvalidLanguage.primary", value=value, primary=primary)
    return None


# --- MIME types (RFC 2045, RFC 6838) ------------------------------------------------------

_TOKEN = r"[A-Za-z0-9!#$%&'*+.^_`|~\-]+"
_MIME = re.compile(
    rf"{_TOKEN}/{_TOKEN}(?:[ \t]*;[ \t]*{_TOKEN}=(?:{_TOKEN}|\"(?:[^\"\\]|\\.)*\"))*[ \t]*$"
)


def mime_type_problem(value: str) -> ValueProblem | None:
    """A MIME media type such as text/html or application/atom+xml; charset=utf-8."""
    if _MIME.match(value):
        return None
    return _problem("InvalidMIMEType.shape", value=value)


def is_xml_mime_type(value: str) -> bool:
    """An XML media type (RFC 7303): */xml or */*+xml (the content is inline XML in Atom)."""
    essence = value.split(";", 1)[0].strip().lower()
    return essence.endswith("/xml") or essence.endswith("+xml") or essence.endswith("/xml-external-parsed-entity")


# --- E-mail addresses (RFC 5322 addr-spec) ------------------------------------------------

_ASCII_ATEXT = r"A-Za-z0-9!#$%&'*+/=?^_`{|}~\-"
_QUOTED = r'"(?:[^"\\\r\n]|\\.)*"'
_DOMAIN_LITERAL = r"\[[^\[\]\\\s]*\]"


def _addr_spec(atext: str) -> str:
    dot_atom = rf"[{atext}]+(?:\.[{atext}]+)*"
    return rf"(?:{dot_atom}|{_QUOTED})@(?:{dot_atom}|{_DOMAIN_LITERAL})$"


# An ASCII address needs only the ASCII pattern; the one that also allows U+0080 to U+10FFFF
# (RFC 6531) is compiled on first use (about 30 ms of re's time, otherwise paid at every start-up).
_ASCII_ADDR_SPEC = re.compile(_addr_spec(_ASCII_ATEXT))
_ADDR_SPEC = _addr_spec(_ASCII_ATEXT + "\u0080-\U0010ffff")


def addr_spec_problem(value: str) -> ValueProblem | None:
    """A bare e-mail address (addr-spec): no display name, no angle brackets, no comment."""
    if (_ASCII_ADDR_SPEC if value.isascii() else _compiled(_ADDR_SPEC)).match(value):
        return None
    return _problem("InvalidAddrSpec.shape", value=value)


# --- Numbers --------------------------------------------------------------------------------

_NON_NEGATIVE = re.compile(r"\d+$")


def non_negative_integer_problem(value: str) -> ValueProblem | None:
    if _NON_NEGATIVE.match(value):
        return None
    return _problem("InvalidNonNegativeInteger.shape", value=value)
