"""Codes of the value checks that Atom and RSS share (feedtool/validate/values.py, rssvalues.py):
URIs, identifiers, dates, language tags, media types, e-mail addresses, numbers."""

from feedtool.validate.codes import ATOM, ERROR, INFO, RSS, RSS090, RSS10, WARNING, declare, declare_text

FEEDS = (ATOM, RSS, RSS10, RSS090)
RSS_FAMILY = (RSS, RSS10, RSS090)
RFC3986 = "https://www.rfc-editor.org/rfc/rfc3986"
RFC3987 = "https://www.rfc-editor.org/rfc/rfc3987"
RFC822_URL = "https://www.rssboard.org/rss-profile#data-types-datetime"

declare_text("subject.attribute", "the {attribute} attribute of <{element}>", "het attribuut {attribute} van <{element}>")
declare_text("subject.rdf_resource", "rdf:resource of <{element}>", "rdf:resource van <{element}>")
declare_text("subject.permalink", "the permalink guid", "de permalink-guid")

# --- URIs and IRIs -----------------------------------------------------------------------------

declare(
    "InvalidUriChar",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A character that a URI cannot hold", "Een teken dat niet in een URI mag"),  # also in links inside HTML content
    message=("{subject}: the character {char} is not allowed in a URI: percent-encode it (a space is %20)",
             "{subject}: het teken {char} mag niet in een URI: codeer het met procenten (een spatie is %20)"),
    value=True,
    variants={
        "char": ("the character {char} is not allowed in a URI: percent-encode it (a space is %20)",
                 "het teken {char} mag niet in een URI: codeer het met procenten (een spatie is %20)"),
        "percent": ('a "%" is not followed by two hexadecimal digits: write %25 for a literal "%"',
                    'na een "%" volgen geen twee hexadecimale cijfers: schrijf %25 voor een letterlijke "%"'),
        "hash": ('a second "#" is not allowed: percent-encode it as %23', 'een tweede "#" mag niet: codeer het als %23'),
        "html": ("{place}the {attribute} of <{element}> ({url!r}) holds the character {char}, which a URI cannot hold: percent-encode it",
                 "{place}de {attribute} van <{element}> ({url!r}) bevat het teken {char}, dat niet in een URI mag: codeer het met procenten"),
    },
    explanation="""
URIs may hold only a limited set of ASCII characters; everything else (spaces, quotes, <, >,
a lone %, a second #) must be percent-encoded. Readers and browsers repair some of these and
stumble over others, so the link works in one and fails in the next.
""",
    bad='<link href="https://www.example.nl/zaak gericht werken/"/>',
    good='<link href="https://www.example.nl/zaak%20gericht%20werken/"/>',
    w3c="InvalidUriChar",
    spec="RFC 3986, 2 Characters",
    url=RFC3986 + "#section-2",
)

declare(
    "InvalidIRI",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A URI or IRI reference that is malformed", "Een URI- of IRI-verwijzing die misvormd is"),
    message=('{subject}: "{value}" has no host: an {scheme} URL starts with {scheme}://host/',
             '{subject}: "{value}" heeft geen host: een {scheme}-URL begint met {scheme}://host/'),
    value=True,
    variants={
        "no_host": ('"{value}" has no host: an {scheme} URL starts with {scheme}://host/',
                    '"{value}" heeft geen host: een {scheme}-URL begint met {scheme}://host/'),
        "authority": ('the authority "{authority}" is not a valid host[:port]', 'de autoriteit "{authority}" is geen geldige host[:poort]'),
    },
    explanation="""
The value is not a URI reference: a web address without its host (http:page.html), or a host part
that is not a host name with an optional port. Readers cannot follow it.
""",
    bad='<link href="http:/www.example.nl/"/>',
    good='<link href="http://www.example.nl/"/>',
    w3c="InvalidIRI",
    spec="RFC 3987, 2.2 ABNF for IRI References and IRIs",
    url=RFC3987 + "#section-2.2",
)

declare(
    "InvalidFullLink",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A value that must be a full (absolute) URI is not", "Een waarde die een volledige (absolute) URI moet zijn, is dat niet"),
    message=("{subject} must be a full URL such as 'https://example.org/...': {detail}",
             "{subject} moet een volledige URL zijn, zoals 'https://example.org/...': {detail}"),
    value=True,
    variants={
        "empty": ("the value is empty: give a full URI such as tag:example.org,2024:post-1",
                  "de waarde is leeg: geef een volledige URI zoals tag:example.org,2024:post-1"),
        "no_scheme": ('"{value}" is not a full URI: it has no scheme; write it as an absolute URI (https://..., tag:..., urn:...)',
                      '"{value}" is geen volledige URI: er staat geen schema voor; schrijf een absolute URI (https://..., tag:..., urn:...)'),
        "no_host": ('"{value}" has no host: an {scheme} URI starts with {scheme}://host/',
                    '"{value}" heeft geen host: een {scheme}-URI begint met {scheme}://host/'),
        "only_scheme": ('"{value}" is only a scheme: add what the URI names after "{scheme}:"',
                        '"{value}" is alleen een schema: voeg na "{scheme}:" toe wat de URI aanduidt'),
    },
    explanation="""
Ids, link relations and RSS links must be absolute URIs: with a scheme (https:, tag:, urn:) and,
for web addresses, a host. A relative reference means nothing outside the page it came from, and
readers have no page to resolve it against.
""",
    bad="<id>/2012/de-ijsberg</id>",
    good="<id>tag:www.example.nl,2012:de-ijsberg</id>",
    w3c="InvalidFullLink",
    spec="RFC 3986, 4.3 Absolute URI",
    url=RFC3986 + "#section-4.3",
)

declare(
    "InvalidURLAttribute",
    severity=ERROR,
    formats=RSS_FAMILY + (ATOM,),
    layer="values",
    summary=("An attribute that must be a full URL is not", "Een attribuut dat een volledige URL moet zijn, is dat niet"),
    message=("{subject} must be a full URL such as 'https://example.org/...': {detail}",
             "{subject} moet een volledige URL zijn, zoals 'https://example.org/...': {detail}"),
    variants={
        "not_web": ("{subject} {value!r} is no web address: readers download it over HTTP, so it must be an http:// or https:// URL",
                    "{subject} {value!r} is geen webadres: lezers downloaden het via HTTP, dus het moet een http://- of https://-URL zijn"),
        "not_public": ("{subject} {value!r} names the host {host!r}, which subscribers cannot reach: give the file's public address "
                       "(a domain name such as www.example.org)",
                       "{subject} {value!r} noemt de host {host!r}, die abonnees niet kunnen bereiken: geef het openbare adres van het bestand "
                       "(een domeinnaam zoals www.example.org)"),
    },
    explanation="""
The attribute (an enclosure's url, a self link's href, an rdf:resource) must be a full URL: readers
download or follow it without a base to resolve a relative one against. What a reader downloads by
itself (an enclosure, the artwork of itunes:image) must moreover be an http:// or https:// URL on a
public host: RSS 2.0 says an enclosure's url "must be an http url", and a magnet: link, a file: path
or an address on localhost or a single-label host name is nothing a subscriber's reader can fetch.
""",
    bad='<enclosure url="/podcast/1.mp3" length="123456" type="audio/mpeg"/>',
    good='<enclosure url="https://www.example.nl/podcast/1.mp3" length="123456" type="audio/mpeg"/>',
    w3c="InvalidURLAttribute",
    spec="RSS 2.0, <enclosure>",
    url="https://www.rssboard.org/rss-specification#ltenclosuregtSubelementOfLtitemgt",
)

declare(
    "InvalidHttpGUID",
    severity=ERROR,
    formats=(RSS,),
    layer="values",
    summary=("A permalink guid that is not a full URL", "Een permalink-guid die geen volledige URL is"),
    message=("{subject} must be a full URL such as 'https://example.org/...': {detail}",
             "{subject} moet een volledige URL zijn, zoals 'https://example.org/...': {detail}"),
    variants={
        "not_url": ("the guid {value!r} is a permalink (isPermaLink defaults to true) and so must be a full URL such as 'https://example.org/...'; "
                    'if it is just an identifier, add isPermaLink="false"',
                    "de guid {value!r} is een permalink (isPermaLink is standaard true) en moet dus een volledige URL zijn zoals 'https://example.org/...'; "
                    'is het alleen een identificatie, voeg dan isPermaLink="false" toe'),
    },
    explanation="""
A <guid> without isPermaLink="false" is a permalink: readers open it as the item's address. It
must then be a full URL. An id that is not a web address needs isPermaLink="false".
""",
    bad="<guid>2012/de-ijsberg</guid>",
    good='<guid isPermaLink="false">tag:www.example.nl,2012:de-ijsberg</guid>',
    w3c="InvalidHttpGUID",
    spec="RSS 2.0, <guid>",
    url="https://www.rssboard.org/rss-specification#ltguidgtSubelementOfLtitemgt",
)

declare(
    "UriNotIri",
    severity=ERROR,
    formats=RSS_FAMILY,
    layer="values",
    summary=("A URL with non-ASCII characters where RSS needs a URI", "Een URL met niet-ASCII-tekens waar RSS een URI nodig heeft"),
    message=("{subject} {value!r} has non-ASCII characters: RSS needs a URL; percent-encode the path (RFC 3987 section 3.1) "
             "and write the host in IDNA form (xn--...)",
             "{subject} {value!r} bevat niet-ASCII-tekens: RSS heeft een URL nodig; codeer het pad met procenten (RFC 3987 sectie 3.1) "
             "en schrijf de host in IDNA-vorm (xn--...)"),
    explanation="""
RSS predates IRIs: its links are URIs, in ASCII. Characters such as é in a path must be
percent-encoded as UTF-8 (%C3%A9), and an internationalised host name written in its IDNA form.
""",
    bad="<link>https://www.example.nl/café/</link>",
    good="<link>https://www.example.nl/caf%C3%A9/</link>",
    w3c="UriNotIri",
    spec="RFC 3987, 3.1 Mapping of IRIs to URIs",
    url=RFC3987 + "#section-3.1",
)

declare(
    "SchemeNotIANARegistered",
    severity=WARNING,
    formats=FEEDS,
    layer="values",
    summary=("A URI scheme that IANA does not register", "Een URI-schema dat IANA niet kent"),
    message=("{subject} {value!r} uses the scheme {scheme!r}, which is not registered with IANA; check for a typo",
             "{subject} {value!r} gebruikt het schema {scheme!r}, dat niet bij IANA geregistreerd is; controleer de spelling"),
    variants={
        "id": ('the id "{value}" uses the scheme "{scheme}:", which is not registered with IANA: prefer tag:, urn:uuid: or https:',
               'de id "{value}" gebruikt het schema "{scheme}:", dat niet bij IANA geregistreerd is: gebruik liever tag:, urn:uuid: of https:'),
    },
    explanation="""
The scheme before the colon is none that IANA registers (http, https, mailto, tag, urn, ...).
Usually it is a typo (htp:, https;) or a made-up scheme that no reader can open.
""",
    bad="<link>htps://www.example.nl/</link>",
    good="<link>https://www.example.nl/</link>",
    w3c="SchemeNotIANARegistered",
    spec="IANA Uniform Resource Identifier (URI) Schemes",
    url="https://www.iana.org/assignments/uri-schemes/uri-schemes.xhtml",
)

declare(
    "InvalidTAG",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A malformed tag: URI", "Een misvormde tag:-URI"),
    message=('{subject}: "{value}" is not a valid tag: URI: write tag:example.org,2024-05-01:some-name (a domain or e-mail you owned on that date)',
             '{subject}: "{value}" is geen geldige tag:-URI: schrijf tag:example.org,2024-05-01:een-naam (een domein of e-mailadres dat u op die datum bezat)'),
    value=True,
    variants={
        "shape": ('"{value}" is not a valid tag: URI: write tag:example.org,2024-05-01:some-name (a domain or e-mail you owned on that date)',
                  '"{value}" is geen geldige tag:-URI: schrijf tag:example.org,2024-05-01:een-naam (een domein of e-mailadres dat u op die datum bezat)'),
        "date": ('the date "{date}" in "{value}" is not a real date: write tag:example.org,2024-05-01:some-name (a domain or e-mail you owned on that date)',
                 'de datum "{date}" in "{value}" bestaat niet: schrijf tag:example.org,2024-05-01:een-naam (een domein of e-mailadres dat u op die datum bezat)'),
    },
    explanation="""
A tag: URI (RFC 4151) is tag:AUTHORITY,DATE:NAME, where the authority is a domain name or e-mail
address the publisher owned on the date (YYYY, YYYY-MM or YYYY-MM-DD, a real day). It makes ids
that survive a move of the site.
""",
    bad="<id>tag:www.example.nl:2012:de-ijsberg</id>",
    good="<id>tag:www.example.nl,2012:de-ijsberg</id>",
    w3c="InvalidTAG",
    spec="RFC 4151, 2 Tag syntax and rules",
    url="https://www.rfc-editor.org/rfc/rfc4151#section-2",
)

declare(
    "InvalidURN",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A malformed URN", "Een misvormde URN"),
    message=('{subject}: "{value}" is not a valid URN', '{subject}: "{value}" is geen geldige URN'),
    value=True,
    variants={
        "shape": ('"{value}" is not a valid URN: write urn:NID:string, where NID has only letters, digits and "-" '
                  "(no dots: urn:example-org:1, not urn:example.org:1)",
                  '"{value}" is geen geldige URN: schrijf urn:NID:tekst, waarbij NID alleen letters, cijfers en "-" bevat '
                  "(geen punten: urn:example-org:1, niet urn:example.org:1)"),
        "nss": ('"{nss}" is not a valid URN namespace-specific string: percent-encode other characters',
                '"{nss}" is geen geldige namespace-specifieke tekst van een URN: codeer andere tekens met procenten'),
    },
    explanation="""
A URN is urn:NID:NSS: a namespace identifier of letters, digits and hyphens (2 to 32 characters,
no dots), and a string of the allowed characters, others percent-encoded.
""",
    bad="<id>urn:example.org:post-1</id>",
    good="<id>urn:example-org:post-1</id>",
    w3c="InvalidURN",
    spec="RFC 2141, 2 Syntax",
    url="https://www.rfc-editor.org/rfc/rfc2141#section-2",
)

declare(
    "InvalidUUID",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A urn:uuid that is not a UUID", "Een urn:uuid die geen UUID is"),
    message=('{subject}: "{nss}" is not a UUID', '{subject}: "{nss}" is geen UUID'),
    value=True,
    variants={
        "shape": ('"{nss}" is not a UUID: write 8-4-4-4-12 hexadecimal digits, e.g. urn:uuid:{example}',
                  '"{nss}" is geen UUID: schrijf 8-4-4-4-12 hexadecimale cijfers, bijvoorbeeld urn:uuid:{example}'),
    },
    explanation="""
After urn:uuid: comes a UUID: 32 hexadecimal digits in groups of 8, 4, 4, 4 and 12, separated by
hyphens.
""",
    bad="<id>urn:uuid:1225c695cfb84ebbaaaa80da344efa6a</id>",
    good="<id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>",
    w3c="InvalidUUID",
    spec="RFC 4122, 3 Namespace Registration Template",
    url="https://www.rfc-editor.org/rfc/rfc4122#section-3",
)

# --- dates ---------------------------------------------------------------------------------------

declare(
    "InvalidRFC3339Date",
    severity=ERROR,
    formats=(ATOM, RSS),
    layer="values",
    summary=("A date that is not an RFC 3339 date-time", "Een datum die geen RFC 3339-datum-tijd is"),
    message=('{subject}: "{value}" is not an RFC 3339 date-time', '{subject}: "{value}" is geen RFC 3339-datum-tijd'),
    value=True,
    variants={
        "range": ('"{value}" is not a real date and time (a field is out of range): write e.g. {example}',
                  '"{value}" is geen bestaande datum en tijd (een veld valt buiten het bereik): schrijf bijvoorbeeld {example}'),
        "shape": ('"{value}" is not an RFC 3339 date-time: give date, "T", time with seconds and a time zone, e.g. {example}',
                  '"{value}" is geen RFC 3339-datum-tijd: geef datum, "T", tijd met seconden en een tijdzone, bijvoorbeeld {example}'),
    },
    explanation="""
Atom dates are RFC 3339: a full date, an upper-case T, the time with seconds, and a time zone
(Z or an offset such as +01:00). Readers that cannot read the date show the moment they fetched
the entry instead.
""",
    bad="<updated>21-12-2012 10:00</updated>",
    good="<updated>2012-12-21T10:00:00+01:00</updated>",
    w3c="InvalidRFC3339Date",
    spec="RFC 4287, 3.3 Date Constructs",
    url="https://www.rfc-editor.org/rfc/rfc4287#section-3.3",
)

declare(
    "InvalidISO8601DateTime",
    severity=ERROR,
    formats=(ATOM, RSS, RSS10),
    layer="values",
    summary=("A date that is not ISO 8601", "Een datum die geen ISO 8601 is"),
    message=('{subject}: "{value}" is not an ISO 8601 date-time', '{subject}: "{value}" is geen ISO 8601-datum-tijd'),
    value=True,
    variants={
        "shape": ('"{value}" is not an ISO 8601 date-time: write e.g. 2024-05-01 or 2024-05-01T09:30:00+02:00',
                  '"{value}" is geen ISO 8601-datum-tijd: schrijf bijvoorbeeld 2024-05-01 of 2024-05-01T09:30:00+02:00'),
    },
    explanation="""
The event and aggregation modules (ev:startdate, ev:enddate, ag:timestamp) take ISO 8601 dates:
YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time and a time zone.
""",
    bad="<ev:startdate>1 mei 2024</ev:startdate>",
    good="<ev:startdate>2024-05-01T09:30:00+02:00</ev:startdate>",
    w3c="InvalidISO8601DateTime",
    spec="RSS 1.0 Event module",
    url="https://web.resource.org/rss/1.0/modules/event/",
)

declare(
    "InvalidRFC2822Date",
    severity=ERROR,
    formats=RSS_FAMILY,
    layer="values",
    summary=("A date that is not an RFC 822 date-time", "Een datum die geen RFC 822-datum-tijd is"),
    message=("{value!r} is not an RFC 822 date-time; write it like 'Fri, 21 Dec 2012 10:00:00 +0100'",
             "{value!r} is geen RFC 822-datum-tijd; schrijf haar zoals 'Fri, 21 Dec 2012 10:00:00 +0100'"),
    variants={
        "hint": ("{value!r} is not an RFC 822 date-time: {hint}", "{value!r} is geen RFC 822-datum-tijd: {hint}"),
        "too_long": ("{start!r}... ({length} characters) is far too long for an RFC 822 date-time",
                     "{start!r}... ({length} tekens) is veel te lang voor een RFC 822-datum-tijd"),
        "year_zero": ("{value!r}: there is no year 0000", "{value!r}: het jaar 0000 bestaat niet"),
        "range": ("{value!r} is not a real date and time (day, hour, minute or second out of range)",
                  "{value!r} is geen bestaande datum en tijd (dag, uur, minuut of seconde buiten het bereik)"),
        "offset": ("{value!r}: the zone offset {zone} is out of range; write +hhmm with hh below 24, e.g. +0100",
                   "{value!r}: de tijdzoneverschuiving {zone} valt buiten het bereik; schrijf +hhmm met hh onder 24, bijvoorbeeld +0100"),
    },
    explanation="""
RSS dates are RFC 822 dates with a four-digit year, English day and month names and a time zone:
"Fri, 21 Dec 2012 10:00:00 +0100". A date in another language or format (the Dutch
"vr, 21 dec 2012", ISO 8601) is read as no date at all by feedparser and many readers.
""",
    bad="<pubDate>vr, 21 dec 2012 10:00:00 +0100</pubDate>",
    good="<pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>",
    w3c="InvalidRFC2822Date",
    spec="RSS 2.0, <pubDate>; RFC 822, 5 Date and time specification",
    url=RFC822_URL,
)

declare_text("rfc822.hint.iso", "this looks like an ISO 8601 / RFC 3339 date; RSS 2.0 needs RFC 822, e.g. 'Fri, 21 Dec 2012 10:00:00 +0100'",
             "dit lijkt een ISO 8601-/RFC 3339-datum; RSS 2.0 vraagt RFC 822, bijvoorbeeld 'Fri, 21 Dec 2012 10:00:00 +0100'")
declare_text("rfc822.hint.colon", "the zone offset has a colon; write it as +hhmm, e.g. +0100",
             "de tijdzoneverschuiving heeft een dubbele punt; schrijf haar als +hhmm, bijvoorbeeld +0100")
declare_text("rfc822.hint.zone", "{zone!r} is not an RFC 822 time zone; write a numeric offset such as +0100 (CET) or +0200 (CEST)",
             "{zone!r} is geen RFC 822-tijdzone; schrijf een numerieke verschuiving zoals +0100 (CET) of +0200 (CEST)")
declare_text("rfc822.hint.no_zone", "the time zone is missing; add a numeric offset such as +0100",
             "de tijdzone ontbreekt; voeg een numerieke verschuiving toe zoals +0100")
declare_text("rfc822.hint.english", "day and month names must be English (Mon..Sun, Jan..Dec)",
             "namen van dagen en maanden moeten Engels zijn (Mon..Sun, Jan..Dec)")
declare_text("rfc822.hint.foreign_day",
             "the day name {name!r} is not English{language}; RFC 822 dates use English names only (Mon..Sun, Jan..Dec), "
             "whatever the feed's language. Readers such as feedparser read such a date as no date at all",
             "de naam van de dag {name!r} is niet Engels{language}; RFC 822-datums gebruiken alleen Engelse namen (Mon..Sun, Jan..Dec), "
             "in welke taal de feed ook is. Lezers zoals feedparser lezen zo'n datum als helemaal geen datum")
declare_text("rfc822.hint.foreign_month",
             "the month name {name!r} is not English{language}; RFC 822 dates use English names only (Mon..Sun, Jan..Dec), "
             "whatever the feed's language. Readers such as feedparser read such a date as no date at all",
             "de naam van de maand {name!r} is niet Engels{language}; RFC 822-datums gebruiken alleen Engelse namen (Mon..Sun, Jan..Dec), "
             "in welke taal de feed ook is. Lezers zoals feedparser lezen zo'n datum als helemaal geen datum")
declare_text("rfc822.looks", " (it looks {language})", " (het lijkt {language})")
for _english, _dutch in (
    ("Dutch", "Nederlands"), ("German", "Duits"), ("French", "Frans"), ("Spanish", "Spaans"), ("Italian", "Italiaans"),
    ("Portuguese", "Portugees"),
):
    declare_text(f"language.{_english.lower()}", _english, _dutch)

declare(
    "ProblematicalRFC822Date",
    severity=WARNING,
    formats=RSS_FAMILY,
    layer="values",
    summary=("An RFC 822 date that many readers misread", "Een RFC 822-datum die veel lezers verkeerd lezen"),
    message=("{value!r} is a problematical RFC 822 date: {reason}", "{value!r} is een problematische RFC 822-datum: {reason}"),
    explanation="""
The date is valid RFC 822, but in a form many readers do not parse: lower-case names, a two-digit
year, a military one-letter zone, a zone in lower case, comments or extra white space. Write the
plain form: "Fri, 21 Dec 2012 10:00:00 +0100".
""",
    bad="<pubDate>fri, 21 dec 12 10:00:00 gmt</pubDate>",
    good="<pubDate>Fri, 21 Dec 2012 10:00:00 GMT</pubDate>",
    w3c="ProblematicalRFC822Date",
    spec="RSS Advisory Board profile, date-time",
    url=RFC822_URL,
)
declare_text("rfc822.reason.case", "day and month names should be capitalised as in 'Fri' and 'Dec'",
             "namen van dagen en maanden horen met een hoofdletter, zoals 'Fri' en 'Dec'")
declare_text("rfc822.reason.year", "the year should have four digits", "het jaar hoort vier cijfers te hebben")
declare_text("rfc822.reason.military", "military single-letter zones are ambiguous (RFC 1123 5.2.14); use a numeric offset such as +0000",
             "militaire tijdzones van één letter zijn dubbelzinnig (RFC 1123 5.2.14); gebruik een numerieke verschuiving zoals +0000")
declare_text("rfc822.reason.zone_case", "write the zone {zone!r} in capitals, or better as a numeric offset such as +0000",
             "schrijf de tijdzone {zone!r} in hoofdletters, of beter als numerieke verschuiving zoals +0000")
declare_text("rfc822.reason.odd_offset", "the zone offset {zone} is not a real time zone; check it",
             "de tijdzoneverschuiving {zone} is geen bestaande tijdzone; controleer haar")
declare_text("rfc822.reason.comments", "comments and extra white space confuse many readers; use single spaces and no comments",
             "opmerkingen en extra witruimte verwarren veel lezers; gebruik enkele spaties en geen opmerkingen")
declare_text("rfc822.reason.general", "use a four-digit year, English names, single spaces and a numeric or US zone",
             "gebruik een jaar van vier cijfers, Engelse namen, enkele spaties en een numerieke of Amerikaanse tijdzone")

declare(
    "IncorrectDOW",
    severity=ERROR,
    formats=RSS_FAMILY,
    layer="values",
    summary=("The day of the week does not match the date", "De dag van de week past niet bij de datum"),
    message=("{value!r}: {date} is a {actual}, not a {written}; correct the day of the week (or leave it out)",
             "{value!r}: {date} is een {actual}, geen {written}; verbeter de dag van de week (of laat hem weg)"),
    explanation="""
The day name in an RFC 822 date contradicts the date: usually a template that writes the day of
another date, or a date edited by hand. Readers disagree about which part to believe.
""",
    bad="<pubDate>Thu, 21 Dec 2012 10:00:00 +0100</pubDate>",
    good="<pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>",
    w3c="IncorrectDOW",
    spec="RFC 822, 5 Date and time specification",
    url="https://www.rfc-editor.org/rfc/rfc822#section-5",
)

declare(
    "ImplausibleDate",
    severity=WARNING,
    formats=RSS_FAMILY,
    layer="values",
    summary=("A date in the future, or before feeds existed", "Een datum in de toekomst, of van voor het bestaan van feeds"),
    message=("implausible date {value!r}: it is in the future; check the clock and time zone of the publishing system",
             "onwaarschijnlijke datum {value!r}: die ligt in de toekomst; controleer de klok en tijdzone van het publicatiesysteem"),
    variants={
        "early": ("implausible date {value!r}: it is before {year}, earlier than any feed",
                  "onwaarschijnlijke datum {value!r}: die ligt vóór {year}, eerder dan welke feed ook"),
    },
    explanation="""
A date more than a day in the future, or before 1990, is almost always a mistake: a wrong clock or
time zone, a year written with two digits, or a zero date. Readers sort by it, so a future date
keeps an entry at the top.
""",
    bad="<pubDate>Fri, 21 Dec 2212 10:00:00 +0100</pubDate>",
    good="<pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>",
    w3c="ImplausibleDate",
    spec=None,
)

declare(
    "InvalidW3CDTFDate",
    severity=ERROR,
    formats=RSS_FAMILY + (ATOM,),
    layer="values",
    summary=("A Dublin Core date that is not W3C-DTF", "Een Dublin Core-datum die geen W3C-DTF is"),
    message=("{value!r} is not a W3C-DTF date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]TZD with a time zone (Z or +hh:mm)",
             "{value!r} is geen W3C-DTF-datum: schrijf YYYY, YYYY-MM, YYYY-MM-DD of YYYY-MM-DDThh:mm[:ss]TZD met een tijdzone (Z of +hh:mm)"),
    explanation="""
dc:date, the dcterms dates and sy:updateBase take W3C-DTF, a profile of ISO 8601: a year, a
month, a day, and optionally a time with a time zone.
""",
    bad="<dc:date>21-12-2012</dc:date>",
    good="<dc:date>2012-12-21T10:00:00+01:00</dc:date>",
    w3c="InvalidW3CDTFDate",
    spec="W3C Date and Time Formats (W3C-DTF)",
    url="https://www.w3.org/TR/NOTE-datetime",
)

declare(
    "W3CDTFDateNonUTC",
    severity=INFO,
    formats=RSS_FAMILY + (ATOM,),
    layer="values",
    summary=("A W3C-DTF date with an offset other than UTC", "Een W3C-DTF-datum met een andere tijdzone dan UTC"),
    message=("{value!r} is not in UTC; for the widest compatibility write the time in UTC with 'Z' "
             "(e.g. 2002-10-02T15:00:00Z for 2002-10-02T10:00:00-05:00)",
             "{value!r} staat niet in UTC; schrijf voor de breedste ondersteuning de tijd in UTC met 'Z' "
             "(bijvoorbeeld 2002-10-02T15:00:00Z voor 2002-10-02T10:00:00-05:00)"),
    explanation="""
The date is valid, with a time zone offset. Some old RSS 1.0 readers read only UTC dates; writing
the time in UTC with Z is the safest form.
""",
    bad="<dc:date>2012-12-21T10:00:00+01:00</dc:date>",
    good="<dc:date>2012-12-21T09:00:00Z</dc:date>",
    w3c="W3CDTFDateNonUTC",
    spec="W3C Date and Time Formats (W3C-DTF)",
    url="https://www.w3.org/TR/NOTE-datetime",
)

# --- language, media types, e-mail, numbers ------------------------------------------------------

declare(
    "InvalidLanguage",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A language that is not a language tag", "Een taal die geen taalcode is"),
    message=("{value!r} is not a language code; use an ISO 639 code with an optional region, e.g. 'nl' or 'nl-NL'",
             "{value!r} is geen taalcode; gebruik een ISO 639-code met eventueel een regio, bijvoorbeeld 'nl' of 'nl-NL'"),
    value=True,
    variants={
        "tag": ('"{value}" is not a BCP 47 language tag: use a language code such as "nl" or "nl-NL" (hyphen, not underscore), not the name of the language',
                '"{value}" is geen BCP 47-taalcode: gebruik een taalcode zoals "nl" of "nl-NL" (met koppelteken, geen liggend streepje), niet de naam van de taal'),
        "primary": ('"{primary}" in "{value}" is not a registered language: use a language code such as "nl" or "nl-NL" (hyphen, not underscore), not the name of the language',
                    '"{primary}" in "{value}" is geen geregistreerde taal: gebruik een taalcode zoals "nl" of "nl-NL" (met koppelteken, geen liggend streepje), niet de naam van de taal'),
    },
    explanation="""
Languages are written as language tags (BCP 47): a registered language code, optionally with a
region, joined by a hyphen. "Nederlands", "dutch" and "nl_NL" are not tags; readers use the tag to
choose fonts, hyphenation and speech.
""",
    bad="<language>nl_NL</language>",
    good="<language>nl-NL</language>",
    w3c="InvalidLanguage",
    spec="BCP 47 (RFC 5646), 2.1 Syntax",
    url="https://www.rfc-editor.org/rfc/rfc5646#section-2.1",
)

declare(
    "InvalidMIMEType",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A value that is not a MIME media type", "Een waarde die geen MIME-mediatype is"),
    message=('{subject}: "{value}" is not a MIME type', '{subject}: "{value}" is geen MIME-type'),
    value=True,
    variants={
        "shape": ('"{value}" is not a MIME type: write type/subtype, e.g. text/html or image/png',
                  '"{value}" is geen MIME-type: schrijf type/subtype, bijvoorbeeld text/html of image/png'),
        "text_type": ('type="{kind}" on <{element}>: the type of a text element must be "text", "html" or "xhtml" (media types are only allowed on <content>)',
                      'type="{kind}" op <{element}>: het type van een tekstelement moet "text", "html" of "xhtml" zijn (mediatypes mogen alleen op <content>)'),
        "src": ('<content src="..."> has type="{kind}": with src, type must be a media type such as text/html',
                '<content src="..."> heeft type="{kind}": met src moet type een mediatype zijn, zoals text/html'),
        "composite": ('<content type="{kind}">: composite media types (multipart/*, message/*) are not allowed in Atom content (RFC 4287 section 4.1.3.1): link to the resource instead',
                      '<content type="{kind}">: samengestelde mediatypes (multipart/*, message/*) zijn niet toegestaan in Atom-inhoud (RFC 4287 sectie 4.1.3.1): link in plaats daarvan naar de bron'),
    },
    explanation="""
A type attribute names a media type: type/subtype with optional parameters (text/html,
application/pdf, audio/mpeg). A file extension or a word is not a media type.
""",
    bad='<link rel="enclosure" type="mp3" href="https://www.example.nl/1.mp3"/>',
    good='<link rel="enclosure" type="audio/mpeg" href="https://www.example.nl/1.mp3"/>',
    w3c="InvalidMIMEType",
    spec="RFC 6838, 4.2 Naming Requirements",
    url="https://www.rfc-editor.org/rfc/rfc6838#section-4.2",
)

declare(
    "InvalidAddrSpec",
    severity=ERROR,
    formats=(ATOM,),
    layer="values",
    summary=("An e-mail element that is not a bare address", "Een e-mailelement dat geen kaal adres is"),
    message=('{subject}: "{value}" is not a bare e-mail address', '{subject}: "{value}" is geen kaal e-mailadres'),
    value=True,
    variants={
        "shape": ('"{value}" is not a bare e-mail address: write only the address, e.g. jan@example.nl (put the name in <name>)',
                  '"{value}" is geen kaal e-mailadres: schrijf alleen het adres, bijvoorbeeld jan@example.nl (zet de naam in <name>)'),
    },
    explanation="""
Atom's <email> holds one address and nothing else: no display name, angle brackets or mailto:.
The person's name goes in <name>.
""",
    bad="<email>Rens Meijkamp &lt;rens@example.nl&gt;</email>",
    good="<name>Rens Meijkamp</name>\n<email>rens@example.nl</email>",
    w3c="InvalidAddrSpec",
    spec="RFC 4287, 3.2.3 The atom:email Element",
    url="https://www.rfc-editor.org/rfc/rfc4287#section-3.2.3",
)

declare(
    "InvalidContact",
    severity=ERROR,
    formats=RSS_FAMILY,
    layer="values",
    summary=("An RSS e-mail element that holds no e-mail address", "Een RSS-e-mailelement zonder e-mailadres"),
    message=("{value!r} is not an e-mail address; use the form 'username@example.com (Real Name)' (to credit a name without an address use dc:creator)",
             "{value!r} is geen e-mailadres; gebruik de vorm 'gebruiker@example.com (Echte Naam)' (om een naam zonder adres te noemen: dc:creator)"),
    variants={
        "too_long": ("{start!r}... ({length} characters) is too long for an e-mail address with a name; use the form 'username@example.com (Real Name)'",
                     "{start!r}... ({length} tekens) is te lang voor een e-mailadres met een naam; gebruik de vorm 'gebruiker@example.com (Echte Naam)'"),
        "in": ("<{element}>: {detail}", "<{element}>: {detail}"),
        "itunes": ("<itunes:email> {value!r} is not an e-mail address (write just the address: name@example.com)",
                   "<itunes:email> {value!r} is geen e-mailadres (schrijf alleen het adres: naam@example.com)"),
    },
    explanation="""
managingEditor, webMaster and an item's author hold an e-mail address, in the form
"rens@example.nl (Rens Meijkamp)". A name alone is not an address: use dc:creator for that.
""",
    bad="<author>Rens Meijkamp</author>",
    good="<author>rens@example.nl (Rens Meijkamp)</author>\n(or: <dc:creator>Rens Meijkamp</dc:creator>)",
    w3c="InvalidContact",
    spec="RSS 2.0, <author>",
    url="https://www.rssboard.org/rss-specification#ltauthorgtSubelementOfLtitemgt",
)

declare(
    "MissingRealName",
    severity=WARNING,
    formats=RSS_FAMILY,
    layer="values",
    summary=("An e-mail address without the person's name", "Een e-mailadres zonder de naam van de persoon"),
    message=("{value!r} has no real name; use the form 'username@example.com (Real Name)'",
             "{value!r} heeft geen echte naam; gebruik de vorm 'gebruiker@example.com (Echte Naam)'"),
    variants={
        "empty": ("{value!r}: the name in parentheses is empty; use the form 'username@example.com (Real Name)'",
                  "{value!r}: de naam tussen haakjes is leeg; gebruik de vorm 'gebruiker@example.com (Echte Naam)'"),
    },
    explanation="""
The RSS profile recommends an address followed by the person's name in parentheses; readers show
the name, and with only an address they show the address.
""",
    bad="<managingEditor>rens@example.nl</managingEditor>",
    good="<managingEditor>rens@example.nl (Rens Meijkamp)</managingEditor>",
    w3c="MissingRealName",
    spec="RSS Advisory Board profile, e-mail addresses",
    url="https://www.rssboard.org/rss-profile#data-types-email",
)

declare(
    "EmailFormat",
    severity=WARNING,
    formats=RSS_FAMILY,
    layer="values",
    summary=("An e-mail address in a form other than the recommended one", "Een e-mailadres in een andere vorm dan de aanbevolen"),
    message=("{value!r} is not in the recommended format; use the form 'username@example.com (Real Name)'",
             "{value!r} staat niet in de aanbevolen vorm; gebruik de vorm 'gebruiker@example.com (Echte Naam)'"),
    explanation="""
The address is there, but as "Name <address>" or mixed with other text. Readers that expect the
RSS profile's form show it oddly or not at all.
""",
    bad="<author>Rens Meijkamp &lt;rens@example.nl&gt;</author>",
    good="<author>rens@example.nl (Rens Meijkamp)</author>",
    w3c="EmailFormat",
    spec="RSS Advisory Board profile, e-mail addresses",
    url="https://www.rssboard.org/rss-profile#data-types-email",
)

declare(
    "InvalidNonNegativeInteger",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A value that must be a whole number of 0 or more", "Een waarde die een geheel getal van 0 of meer moet zijn"),
    message=("{subject} must be a whole number of 0 or more, not {value!r}", "{subject} moet een geheel getal van 0 of meer zijn, niet {value!r}"),
    value=True,
    variants={
        "shape": ('"{value}" is not a non-negative integer: write a whole number of 0 or more',
                  '"{value}" is geen niet-negatief geheel getal: schrijf een geheel getal van 0 of meer'),
        "at_least": ('<{element}> is "{value}": write a whole number of {least} or more',
                     '<{element}> is "{value}": schrijf een geheel getal van {least} of meer'),
    },
    explanation="""
Counts, sizes and lengths are whole numbers written in digits, without units, signs, spaces or
thousands separators.
""",
    bad='<enclosure url="https://www.example.nl/1.mp3" length="12 MB" type="audio/mpeg"/>',
    good='<enclosure url="https://www.example.nl/1.mp3" length="12582912" type="audio/mpeg"/>',
    w3c="InvalidNonNegativeInteger",
    spec=None,
)

declare(
    "InvalidPositiveInteger",
    severity=ERROR,
    formats=FEEDS,
    layer="values",
    summary=("A value that must be a whole number of 1 or more", "Een waarde die een geheel getal van 1 of meer moet zijn"),
    message=("{subject} must be a positive whole number, not {value!r}", "{subject} moet een positief geheel getal zijn, niet {value!r}"),
    variants={
        "at_least": ('<{element}> is "{value}": write a whole number of {least} or more',
                     '<{element}> is "{value}": schrijf een geheel getal van {least} of meer'),
    },
    explanation="""
The value counts something that is at least one (a ttl in minutes, an update frequency, an
extent): a whole number greater than zero, in digits.
""",
    bad="<sy:updateFrequency>0</sy:updateFrequency>",
    good="<sy:updateFrequency>2</sy:updateFrequency>",
    w3c="InvalidPositiveInteger",
    spec=None,
)
