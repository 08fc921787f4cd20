"""Value checks for RSS: RFC 822 dates, e-mail addresses with a real name, W3C-DTF dates, ...

Each check returns a list of `Problem`s: findings without a place (made through the registry,
`feedtool.validate.codes`); the rule layer attaches the element's line. Nothing here knows about XML.
"""

from __future__ import annotations

import calendar
import re
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import unquote

from feedtool.validate import values
from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import Finding

Problem = Finding  # a finding without a line: the rule layer places it


# ---------------------------------------------------------------------------------------------
# RFC 822 / RFC 2822 dates (RSS pubDate, lastBuildDate)

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_DAY_NUMBER = {name.lower(): number for number, name in enumerate(DAYS)}

# Zones RFC 822 names; offsets in hours. The military single letters are obsolete (RFC 2822
# section 4.3, RFC 1123 section 5.2.14: RFC 822 got their signs wrong), so they are accepted
# with a warning and read as +0000.
_ZONES = {"ut": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7}
_STRICT_ZONE = r"[+-]\d{4}|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z"

_STRICT_822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d\d:\d\d(?::\d\d)? (?:" + _STRICT_ZONE + r")\Z",
    re.ASCII,
)
_LONGEST_DATE = 200  # an RFC 822 date with generous comments; anything longer is not a date
_STRICT_ZONES = frozenset(_STRICT_ZONE.split("|")[1:])
_ODD_OFFSET = re.compile(r"[+-]\d\d(?!00|30|45)\d\d\Z")
_LENIENT_822 = re.compile(
    r"(?:(?P<dow>[a-z]{3})\s*,\s*)?(?P<day>\d{1,2})\s+(?P<month>[a-z]{3})\s+(?P<year>\d{4}|\d{2})\s+"
    r"(?P<hour>\d\d):(?P<minute>\d\d)(?::(?P<second>\d\d))?\s*(?P<zone>[+-]\d{4}|[a-ik-z]|ut|gmt|[ecmp][sd]t)\Z",
    re.IGNORECASE | re.ASCII,
)
_COMMENT = re.compile(r"\([^()]*\)")
_ESCAPE = re.compile(r"\\.")
_SPACES = re.compile(r"\s+")

# The usual non-English names that end up in RSS dates (strftime under a local locale).
# Dutch first: our users are Dutch publishers, and feedparser reads `vr, 21 dec 2012` as no date.
_FOREIGN_DAYS = {
    "ma": "Dutch", "di": "Dutch", "wo": "Dutch", "do": "Dutch", "vr": "Dutch", "za": "Dutch", "zo": "Dutch",
    "maa": "Dutch", "din": "Dutch", "woe": "Dutch", "don": "Dutch", "vri": "Dutch", "zat": "Dutch", "zon": "Dutch",
    "mo": "German", "mi": "German", "fr": "German", "sa": "German", "so": "German", "die": "German", "mit": "German",
    "lun": "French/Spanish/Italian", "mar": "French/Spanish/Italian", "mer": "French/Italian", "jeu": "French",
    "ven": "French/Italian", "sam": "French", "dim": "French", "mié": "Spanish", "jue": "Spanish", "vie": "Spanish",
    "sáb": "Spanish", "dom": "Spanish/Italian/Portuguese", "gio": "Italian", "sab": "Italian/Portuguese",
}
_FOREIGN_MONTHS = {
    "mrt": "Dutch", "mei": "Dutch", "okt": "Dutch/German", "maart": "Dutch", "mär": "German", "mai": "German/French",
    "dez": "German/Portuguese", "janv": "French", "févr": "French", "fév": "French", "avr": "French", "juin": "French",
    "juil": "French", "aoû": "French", "déc": "French", "ene": "Spanish", "abr": "Spanish", "ago": "Spanish/Italian",
    "dic": "Spanish/Italian", "gen": "Italian", "mag": "Italian", "giu": "Italian", "lug": "Italian", "set": "Italian",
    "ott": "Italian",
}
_DATE_SHAPE = re.compile(r"(?:(?P<dow>[^\W\d_]+)\.?\s*,?\s*)?\d{1,2}\.?\s+(?P<month>[^\W\d_]+)\.?\s+\d{2,4}\b", re.IGNORECASE)
_ISO_SHAPE = re.compile(r"\d{4}-\d\d-\d\d")

# Dates before this year are implausible in a feed (syndication formats date from 1997).
_EARLIEST_PLAUSIBLE_YEAR = 1990


def _strip_comments(value: str) -> str:
    value = _ESCAPE.sub("", value)
    previous = None
    while previous != value:
        previous, value = value, _COMMENT.sub(" ", value)
    return value


def _language_names(languages: str):
    """ "French/Spanish/Italian", in the language of the message."""
    names = [fragment(f"language.{name.lower()}") for name in languages.split("/")]
    if len(names) == 1:
        return names[0]
    return fragment(f"slash{len(names)}", **dict(zip("abc", names)))


def _foreign_name_hint(value: str):
    shape = _DATE_SHAPE.match(value.strip())
    if not shape:
        return None
    for group, table, kind in (("dow", _FOREIGN_DAYS, "day"), ("month", _FOREIGN_MONTHS, "month")):
        name = (shape.group(group) or "").lower()
        english = DAYS if kind == "day" else MONTHS
        if name and name[:3] not in {e.lower() for e in english} | ({"may"} if kind == "month" else set()):
            language = table.get(name) or table.get(name[:3])
            looks = fragment("rfc822.looks", language=_language_names(language)) if language else ""
            return fragment(f"rfc822.hint.foreign_{kind}", name=shape.group(group), language=looks)
    return None


def check_rfc822(value: str, *, now: float | None = None) -> tuple[datetime | None, list[Problem]]:
    """Check an RFC 822 date-time as RSS 2.0 uses it; return the moment (UTC) and the problems."""
    problems: list[Problem] = []
    text = value.strip()
    if len(text) > _LONGEST_DATE:  # also bounds the comment stripping below
        return None, [finding("InvalidRFC2822Date.too_long", start=value[:40], length=len(text))]
    strict = bool(_STRICT_822.match(text)) and not _ODD_OFFSET.search(text)
    if strict:
        match, cleaned = _LENIENT_822.match(text), text
    else:
        cleaned = _SPACES.sub(" ", _strip_comments(text)).strip()
        match = _LENIENT_822.match(cleaned)
        if match is None:
            hint = _foreign_name_hint(cleaned)
            if hint is None and _ISO_SHAPE.match(cleaned):
                hint = fragment("rfc822.hint.iso")
            elif hint is None and re.search(r"[+-]\d\d:\d\d\s*$", cleaned):
                hint = fragment("rfc822.hint.colon")
            elif hint is None and re.search(r"\d\d:\d\d(?::\d\d)?\s+[A-Za-z]{3,5}\s*$", cleaned):
                hint = fragment("rfc822.hint.zone", zone=cleaned.split()[-1])
            elif hint is None and re.search(r"\d\d:\d\d(?::\d\d)?$", cleaned):
                hint = fragment("rfc822.hint.no_zone")
            if hint is None:
                return None, [finding("InvalidRFC2822Date", value=value)]
            return None, [finding("InvalidRFC2822Date.hint", value=value, hint=hint)]
    dow, month_name = match.group("dow"), match.group("month")
    month = _MONTH_NUMBER.get(month_name.lower())
    if month is None or (dow is not None and dow.lower() not in _DAY_NUMBER):
        hint = _foreign_name_hint(text) or fragment("rfc822.hint.english")
        return None, [finding("InvalidRFC2822Date.hint", value=value, hint=hint)]
    if not strict:
        zone = match.group("zone")
        if not (dow is None or dow in DAYS) or month_name not in MONTHS:
            reason = fragment("rfc822.reason.case")
        elif len(match.group("year")) == 2:
            reason = fragment("rfc822.reason.year")
        elif zone.isalpha() and zone.lower() not in _ZONES:
            reason = fragment("rfc822.reason.military")
        elif zone not in _STRICT_ZONES and zone[0] not in "+-":
            reason = fragment("rfc822.reason.zone_case", zone=zone)
        elif zone[0] in "+-" and zone[3:] not in ("00", "30", "45"):
            reason = fragment("rfc822.reason.odd_offset", zone=zone)
        elif cleaned != text:
            reason = fragment("rfc822.reason.comments")
        else:
            reason = fragment("rfc822.reason.general")
        problems.append(finding("ProblematicalRFC822Date", value=value, reason=reason))
    year = int(match.group("year"))
    if len(match.group("year")) == 2:  # RFC 2822 4.3: 00-49 is 20xx, 50-99 is 19xx
        year += 2000 if year < 50 else 1900
    elif year == 0:
        return None, [finding("InvalidRFC2822Date.year_zero", value=value)]
    day, hour, minute = int(match.group("day")), int(match.group("hour")), int(match.group("minute"))
    second = int(match.group("second") or 0)
    if not (1 <= day <= calendar.monthrange(year, month)[1] and hour <= 23 and minute <= 59 and second <= 60):
        return None, [finding("InvalidRFC2822Date.range", value=value)]
    zone = match.group("zone").lower()
    if zone[0] in "+-" and (int(zone[1:3]) > 23 or int(zone[3:5]) > 59):
        return None, [finding("InvalidRFC2822Date.offset", value=value, zone=zone)]
    if zone[0] in "+-":
        offset = (int(zone[1:3]) * 60 + int(zone[3:5])) * (-1 if zone[0] == "-" else 1)
    else:
        offset = _ZONES.get(zone, 0) * 60
    moment = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=timezone(timedelta(minutes=offset)))
    if dow is not None and _DAY_NUMBER[dow.lower()] != moment.weekday():
        problems.append(
            finding("IncorrectDOW", value=value, date=f"{day} {MONTHS[month - 1]} {year}", actual=DAYS[moment.weekday()], written=dow.capitalize())
        )
    else:  # a date with the wrong weekday is wrong already: whether it is also plausible is not asked (as W3C)
        problems.extend(plausibility(moment, value, now=now))
    try:
        return moment.astimezone(timezone.utc), problems
    except OverflowError:  # 31 Dec 9999 east of UTC: a moment past what datetime holds
        return None, problems


def plausibility(moment: datetime, value: str, *, now: float | None = None) -> list[Problem]:
    now = time.time() if now is None else now
    if moment.timestamp() > now + 86400:
        return [finding("ImplausibleDate", value=value)]
    if moment.year < _EARLIEST_PLAUSIBLE_YEAR:
        return [finding("ImplausibleDate.early", value=value, year=_EARLIEST_PLAUSIBLE_YEAR)]
    return []


# ---------------------------------------------------------------------------------------------
# W3C-DTF (ISO 8601 profile) dates: dc:date, dcterms:*, sy:updateBase

_W3CDTF = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d):(?P<minute>\d\d)(?::(?P<second>\d\d)(?:\.\d+)?)?(?P<zone>Z|[+-]\d\d:\d\d))?)?)?\Z",
    re.ASCII,
)


def check_w3cdtf(value: str, *, now: float | None = None) -> tuple[datetime | None, list[Problem]]:
    text = value.strip()
    match = _W3CDTF.match(text)
    bad = [finding("InvalidW3CDTFDate", value=value)]
    if not match:
        return None, bad
    year, month, day = int(match["year"]), int(match["month"] or 1), int(match["day"] or 1)
    if not (year and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None, bad
    hour, minute, second = int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 60:
        return None, bad
    zone = match["zone"] or "Z"
    if zone != "Z" and (int(zone[1:3]) > 23 or int(zone[4:6]) > 59):
        return None, bad
    offset = 0 if zone == "Z" else (int(zone[1:3]) * 60 + int(zone[4:6])) * (-1 if zone[0] == "-" else 1)
    moment = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=timezone(timedelta(minutes=offset)))
    problems = plausibility(moment, value, now=now) if match["hour"] else []
    if offset:
        problems.append(finding("W3CDTFDateNonUTC", value=value))
    return moment, problems


# ---------------------------------------------------------------------------------------------
# E-mail addresses (managingEditor, webMaster, author)

def _is_addr_spec(value: str) -> bool:
    return values.addr_spec_problem(value) is None


_ADDR_THEN_NAME = re.compile(r"(?P<addr>\S+)\s*\((?P<name>.*)\)\Z", re.S)
_NAME_ANGLE_ADDR = re.compile(r"(?P<name>[^<>]*)<(?P<addr>[^<>\s]+)>\Z")
_LONGEST_CONTACT = 512  # an address (at most 254) and a generous name


def check_email_with_name(value: str) -> list[Problem]:
    """An RSS 2.0 e-mail address: `addr-spec (Real Name)` is the form the RSS profile recommends."""
    text = value.strip()
    if len(text) > _LONGEST_CONTACT:
        return [finding("InvalidContact.too_long", start=value[:40], length=len(text))]
    if text.lower().startswith("mailto:"):
        text = unquote(text[7:]).strip()
    invalid = [finding("InvalidContact", value=value)]
    if "@" not in text:
        return invalid
    paired = _ADDR_THEN_NAME.match(text)
    if paired:
        if not _is_addr_spec(paired["addr"]):
            return invalid
        if not paired["name"].strip():
            return [finding("MissingRealName.empty", value=value)]
        return []
    if text.endswith(")"):  # "Real Name (address)": RFC 822 reads the name as the address, and the address as a comment
        return invalid
    if _is_addr_spec(text):
        return [finding("MissingRealName", value=value)]
    angle = _NAME_ANGLE_ADDR.match(text)
    if angle and _is_addr_spec(angle["addr"]):
        return [finding("EmailFormat", value=value)]
    if any(_is_addr_spec(word.strip(",;<>()")) for word in text.split()):
        return [finding("EmailFormat", value=value)]
    return invalid


# ---------------------------------------------------------------------------------------------
# Numbers and booleans

_INTEGER = re.compile(r"[+-]?[0-9]+\Z")


def parse_integer(value: str) -> int | None:
    text = value.strip()
    return int(text) if _INTEGER.match(text) else None


def check_positive_integer(value: str, what) -> list[Problem]:
    number = parse_integer(value)
    if number is None or number <= 0:
        return [finding("InvalidPositiveInteger", subject=what, value=value)]
    return []


def check_nonnegative_integer(value: str, what) -> list[Problem]:
    number = parse_integer(value)
    if number is None or number < 0:
        return [finding("InvalidNonNegativeInteger", subject=what, value=value)]
    return []


# ---------------------------------------------------------------------------------------------
# Language codes (RSS 2.0 `language`: RFC 1766 / ISO 639, e.g. `nl` or `nl-NL`)

ISO639_1 = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee "
    "el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is "
    "it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn "
    "mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg "
    "sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo "
    "xh yi yo za zh zu".split()
)


def check_language(value: str) -> list[Problem]:
    """A well-formed tag (values.language_problem) whose two-letter language is an ISO 639-1 code."""
    text = value.strip()
    problem = values.language_problem(text)
    primary = text.split("-", 1)[0].lower()
    if problem is None and (primary in ISO639_1 or len(primary) == 3 or primary in ("i", "x")):
        return []
    return [finding("InvalidLanguage", value=value)]


# ---------------------------------------------------------------------------------------------
# URLs (RSS link, docs, comments, image url, enclosure url, ...). RSS 2.0 wants URLs, not IRIs.

_URL_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_PLAIN_WEB_URL = re.compile(r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?(?:/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?\Z")


def check_full_url(value: str, what, *, code: str = "InvalidFullLink") -> list[Problem]:
    """A full (absolute) URL. Non-ASCII characters are UriNotIri: RSS predates IRIs."""
    text = value.strip()
    if _PLAIN_WEB_URL.match(text):  # the common case, settled without the full grammar
        return []
    if text and not text.isascii() and _URL_SCHEME.match(text):
        return [finding("UriNotIri", subject=what, value=value)]
    problem = values.ascii_char_problem(text)
    if problem is not None:  # W3C names a character no URI may hold before it asks for a full URL
        return [finding("InvalidUriChar.value", subject=what, detail=problem.detail)]
    problem = values.absolute_iri_problem(text, iri=False)
    if problem is not None:
        return [finding(code, subject=what, detail=problem.detail)]
    name = values.scheme(text)
    if name not in values.IANA_SCHEMES:
        return [finding("SchemeNotIANARegistered", subject=what, value=value, scheme=name)]
    return []


# A web address on the public Internet: http(s)://, then a host name with a dot (or an IPv4 address).
_PUBLIC_WEB_URL = re.compile(
    r"https?://(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|(?:[A-Za-z0-9-]+\.)+[A-Za-z0-9][A-Za-z0-9-]*)(?::[0-9]+)?(?:[/?#]|\Z)", re.I
)


def check_download_url(value: str, what) -> list[Problem]:
    """What a reader downloads by itself (an enclosure, podcast artwork): an http(s) URL of a public host.
    RSS 2.0 says an enclosure's url "must be an http url"; a magnet: link or a localhost address is
    nothing a subscriber's reader can fetch."""
    text = value.strip()
    if _PLAIN_WEB_URL.match(text) and _PUBLIC_WEB_URL.match(text):
        return []
    name = values.scheme(text)
    if name not in ("http", "https"):
        return [finding("InvalidURLAttribute.not_web", subject=what, value=value)]
    if not _PUBLIC_WEB_URL.match(text):
        host = re.split(r"[/?#]", text.split("//", 1)[-1], maxsplit=1)[0].rpartition("@")[2].split(":", 1)[0]
        return [finding("InvalidURLAttribute.not_public", subject=what, value=value, host=host)]
    problem = values.ascii_char_problem(text) or values.absolute_iri_problem(text, iri=False)
    if problem is not None:
        return [finding("InvalidURLAttribute", subject=what, detail=problem.detail)]
    return []


def is_url_like(value: str) -> bool:
    return _URL_SCHEME.match(value.strip()) is not None


# ---------------------------------------------------------------------------------------------
# iTunes podcast tags (http://www.itunes.com/dtds/podcast-1.0.dtd): Apple's category lists of
# 2006 and 2019 (both in use; a feed written to either is accepted) and the older names Apple
# retired in 2006 (ObsoleteItunesCategory).

def _categories(spec: str) -> dict[str, frozenset[str]]:
    table = {}
    for line in spec.strip().splitlines():
        top, _, subs = line.partition(":")
        table[top.strip()] = frozenset(s.strip() for s in subs.split(";") if s.strip())
    return table


_ITUNES_2006 = _categories("""
Arts: Design; Fashion & Beauty; Food; Literature; Performing Arts; Visual Arts
Business: Business News; Careers; Investing; Management & Marketing; Shopping
Comedy:
Education: Education Technology; Higher Education; K-12; Language Courses; Training
Games & Hobbies: Automotive; Aviation; Hobbies; Other Games; Video Games
Government & Organizations: Local; National; Non-Profit; Regional
Health: Alternative Health; Fitness & Nutrition; Self-Help; Sexuality
Kids & Family:
Music:
News & Politics:
Religion & Spirituality: Buddhism; Christianity; Hinduism; Islam; Judaism; Other; Spirituality
Science & Medicine: Medicine; Natural Sciences; Social Sciences
Society & Culture: History; Personal Journals; Philosophy; Places & Travel
Sports & Recreation: Amateur; College & High School; Outdoor; Professional
Technology: Gadgets; Podcasting; Software How-To; Tech News
TV & Film:
""")
_ITUNES_2019 = _categories("""
Arts: Books; Design; Fashion & Beauty; Food; Performing Arts; Visual Arts
Business: Careers; Entrepreneurship; Investing; Management; Marketing; Non-Profit
Comedy: Comedy Interviews; Improv; Stand-Up
Education: Courses; How To; Language Learning; Self-Improvement
Fiction: Comedy Fiction; Drama; Science Fiction
Government:
History:
Health & Fitness: Alternative Health; Fitness; Medicine; Mental Health; Nutrition; Sexuality
Kids & Family: Education for Kids; Parenting; Pets & Animals; Stories for Kids
Leisure: Animation & Manga; Automotive; Aviation; Crafts; Games; Hobbies; Home & Garden; Video Games
Music: Music Commentary; Music History; Music Interviews
News: Business News; Daily News; Entertainment News; News Commentary; Politics; Sports News; Tech News
Religion & Spirituality: Buddhism; Christianity; Hinduism; Islam; Judaism; Religion; Spirituality
Science: Astronomy; Chemistry; Earth Sciences; Life Sciences; Mathematics; Natural Sciences; Nature; Physics; Social Sciences
Society & Culture: Documentary; Personal Journals; Philosophy; Places & Travel; Relationships
Sports: Baseball; Basketball; Cricket; Fantasy Sports; Football; Golf; Hockey; Rugby; Running; Soccer; Swimming; Tennis; Volleyball; Wilderness; Wrestling
Technology:
True Crime:
TV & Film: After Shows; Film History; Film Interviews; Film Reviews; TV Reviews
""")
ITUNES_CATEGORIES: dict[str, frozenset[str]] = _ITUNES_2019  # Apple's list since 2019
# Names Apple retired: the list of 2006 (replaced in 2019) and the older names it replaced in 2006.
_OLDEST = frozenset(
    "Arts & Entertainment; Architecture; Entertainment; Games; Photography; Poetry; Audio Blogs; Finance; Family; "
    "Diet & Nutrition; International; Australian; Belgian; Brazilian; Canadian; Chinese; Dutch; French; German; Hebrew; "
    "Italian; Japanese; Norwegian; Polish; Portuguese; Spanish; Swedish; Movies & Television; Public Radio; New Age; "
    "Talk Radio; Computers; Developers; Information Technology; Operating Systems; Smart Phones; Text/Speech; "
    "Transportation; Bicycles; Commuting; Travel; Food; Literature; Politics; Other".split("; ")
)
OBSOLETE_ITUNES_CATEGORIES = frozenset(_ITUNES_2006) | _OLDEST


def check_itunes_category(name: str, parent: str | None) -> list[Problem]:
    """A top-level category (parent None) or a sub-category of `parent` (as written, current or not)."""
    allowed = ITUNES_CATEGORIES.keys() if parent is None else ITUNES_CATEGORIES.get(parent, frozenset())
    if name in allowed:
        return []
    retired = OBSOLETE_ITUNES_CATEGORIES if parent is None else _ITUNES_2006.get(parent, frozenset()) | _OLDEST
    if name in retired:
        return [finding("ObsoleteItunesCategory", name=name)]
    if parent is None:
        return [finding("InvalidItunesCategory", name=name)]
    return [finding("InvalidItunesCategory.sub", name=name, parent=parent)]


_ITUNES_DURATION = re.compile(r"[0-9]+(?::[0-5][0-9]){0,2}\Z")


def check_itunes_duration(value: str) -> list[Problem]:
    """Seconds, or [H]H:MM:SS, H:MM:SS, MM:SS, M:SS."""
    if _ITUNES_DURATION.match(value.strip()):
        return []
    return [finding("InvalidDuration", value=value.strip())]


# ---------------------------------------------------------------------------------------------
# Media RSS (http://search.yahoo.com/mrss/)

MEDIA_RATINGS = {
    "urn:simple": frozenset(("adult", "nonadult")),
    "urn:mpaa": frozenset(("g", "nc-17", "pg", "pg-13", "r", "x")),
    "urn:v-chip": frozenset("14+ 18+ c c8 g pg tv-14 tv-g tv-ma tv-pg tv-y tv-y7 tv-y7-fv".split()),
}
_ICRA = re.compile(r"r \((?:\s*[a-z]{2}\s+[0-9])+\s*\)\Z")
# RFC 2326 npt-time: "now", seconds with an optional fraction, or h:mm:ss with an optional fraction.
_NPT = re.compile(r"(?:now|[0-9]+(?:\.[0-9]*)?|[0-9]+:[0-5][0-9]:[0-5][0-9](?:\.[0-9]*)?)\Z")
_HEX = re.compile(r"[0-9a-fA-F]+\Z")
_HASH_LENGTHS = {"md5": 32, "sha-1": 40}


def check_media_rating(scheme: str | None, value: str) -> list[Problem]:
    scheme = (scheme or "urn:simple").strip()
    text = value.strip()
    allowed = MEDIA_RATINGS.get(scheme)
    if allowed is not None:
        ok = text in allowed
    elif scheme == "urn:icra":
        ok = bool(_ICRA.match(text))
    else:  # a scheme of the publisher's own: any value, but the scheme must be a URI
        ok = is_url_like(scheme)
    if ok:
        return []
    return [finding("InvalidMediaRating", value=text, scheme=scheme)]


def check_npt(value: str, what) -> list[Problem]:
    if _NPT.match(value.strip()):
        return []
    return [finding("InvalidNPTTime", subject=what, value=value.strip())]


def check_media_hash(algo: str | None, value: str) -> list[Problem]:
    length = _HASH_LENGTHS.get((algo or "md5").strip())
    text = value.strip()
    if length is not None and len(text) == length and _HEX.match(text):
        return []
    return [finding("InvalidMediaHash", value=text[:50], algo=algo or "md5", length=length or fragment("hash.lengths"))]
