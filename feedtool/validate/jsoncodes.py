"""The finding codes of JSON Feed validation, declared once: severity, formats, messages, explanation.

One table, shaped like the validator-wide code registry (issue 12): every code has a severity,
the formats it applies to, an English and a Dutch message template (`str.format` fields), an
explanation with an example, and the W3C message name (none: the W3C Feed Validation Service
does not know JSON Feed). Codes the XML validator emits as well (`shared=True`: UnicodeError,
ValidatorLimit, the HTML checks, the reader's view ...) are listed with the templates their JSON
findings use; their declaration for Atom and RSS lives with the XML rules.

`make(code, pointer=..., line=..., column=..., **fields)` builds a Finding from the table: the
message is the English template, prefixed with the JSON Pointer of the value concerned.
"""

from __future__ import annotations

from dataclasses import dataclass

from feedtool.i18n import Message
from feedtool.validate.findings import ERROR, INFO, WARNING, Finding, Severity

JSONFEED = "jsonfeed"


@dataclass(frozen=True, slots=True)
class CodeSpec:
    code: str
    severity: Severity
    en: str  # message template
    nl: str  # the same in Dutch
    explanation: str  # why it matters, for docs and `explain`
    example: str  # a short bad example and its fix
    formats: tuple[str, ...] = (JSONFEED,)
    w3c: str | None = None  # the W3C Feed Validation Service's name: it has none for JSON Feed
    shared: bool = False  # also emitted for Atom and RSS (declared there as well)


def _specs(*specs: CodeSpec) -> dict[str, CodeSpec]:
    return {spec.code: spec for spec in specs}


CODES: dict[str, CodeSpec] = _specs(
    # --- layer 1: the bytes and the JSON text ---------------------------------------------
    CodeSpec(
        "JsonSyntaxError", ERROR,
        "not valid JSON: {detail}; readers refuse the whole feed",
        "geen geldige JSON: {detail}; lezers weigeren de hele feed",
        "The document is not JSON (RFC 8259). The JSON Feed spec tells readers not to use partial data of an "
        "invalid feed, so one stray comma costs every item.",
        '{"title": "Blog",}  ->  {"title": "Blog"}',
    ),
    CodeSpec(
        "JsonDuplicateKey", ERROR,
        'the key "{key}" appears twice in this object (first at line {first_line}, column {first_column}): '
        "readers keep one of the two values, not all the same one; remove one of them",
        'de sleutel "{key}" staat twee keer in dit object (eerst op regel {first_line}, kolom {first_column}): '
        "lezers houden één van de twee waarden over, niet allemaal dezelfde; verwijder er één",
        "RFC 8259 says member names SHOULD be unique and that software behaves unpredictably when they are not; "
        "I-JSON (RFC 7493) forbids duplicates. Which title a subscriber sees then depends on the reader.",
        '{"title": "A", "title": "B"}  ->  {"title": "B"}',
    ),
    CodeSpec(
        "JsonByteOrderMark", ERROR,
        "the document starts with a UTF-8 byte order mark (EF BB BF), which JSON must not have (RFC 8259, section 8.1): "
        "several readers (fastfeedparser among them) then cannot read the feed at all; save it as UTF-8 without BOM",
        "het document begint met een UTF-8-byte-order-mark (EF BB BF), die JSON niet mag hebben (RFC 8259, paragraaf 8.1): "
        "verschillende lezers (waaronder fastfeedparser) kunnen de feed dan helemaal niet lezen; sla hem op als UTF-8 zonder BOM",
        "Editors on Windows add a BOM. Parsers MAY ignore it, but many do not: Python's json.loads on a string, "
        "JavaScript's JSON.parse and fastfeedparser refuse or skip the document.",
        "EF BB BF 7B ...  ->  7B ... (the same bytes without the first three)",
    ),
    CodeSpec(
        "JsonNotUtf8", ERROR,
        "the document is encoded as {encoding}: JSON exchanged between systems must be UTF-8 (RFC 8259, section 8.1), "
        "and most readers read only UTF-8; save it as UTF-8",
        "het document is gecodeerd als {encoding}: JSON tussen systemen moet UTF-8 zijn (RFC 8259, paragraaf 8.1), "
        "en de meeste lezers lezen alleen UTF-8; sla het op als UTF-8",
        "RFC 7159 still allowed UTF-16 and UTF-32; RFC 8259 (2017) requires UTF-8. The document is decoded and checked "
        "further, but readers see garbage.",
        "a UTF-16 file  ->  the same text saved as UTF-8",
    ),
    CodeSpec(
        "JsonNotANumber", ERROR,
        "{literal} is not JSON (JSON has no NaN or Infinity): write a number, or leave the member out",
        "{literal} is geen JSON (JSON kent geen NaN of Infinity): schrijf een getal, of laat het veld weg",
        "Python's json.dumps writes NaN and Infinity unless told not to (allow_nan=False); strict readers refuse the whole document.",
        '{"duration_in_seconds": NaN}  ->  leave duration_in_seconds out',
    ),
    CodeSpec(
        "JsonNumberOutOfRange", ERROR,
        "the number {number} is beyond the range of a double-precision number (about 1.8e308): readers read it as "
        "infinity or refuse the feed; write a smaller number",
        "het getal {number} valt buiten het bereik van een double (ongeveer 1,8e308): lezers lezen het als oneindig "
        "of weigeren de feed; schrijf een kleiner getal",
        "I-JSON (RFC 7493) limits numbers to IEEE 754 double precision, which is what JavaScript and most readers use.",
        '{"size_in_bytes": 1e400}  ->  {"size_in_bytes": 89970236}',
    ),
    CodeSpec(
        "JsonNumberPrecision", WARNING,
        "the integer {number} is larger than 2^53 (9007199254740992): readers that read numbers as doubles "
        "(JavaScript, and so most web readers) see {rounded}; write it as a string",
        "het gehele getal {number} is groter dan 2^53 (9007199254740992): lezers die getallen als double lezen "
        "(JavaScript, en dus de meeste weblezers) zien {rounded}; schrijf het als tekst",
        "Large numeric ids (database keys, Twitter-style ids) silently change in JavaScript: two items can get one id.",
        '{"id": 1234567890123456789}  ->  {"id": "1234567890123456789"}',
    ),
    CodeSpec(
        "JsonLoneSurrogate", ERROR,
        "the string contains the escape {escape}, half of a UTF-16 surrogate pair without its other half: it is not a "
        "character, and readers show � or refuse the feed; write the character itself, or the whole pair",
        "de tekst bevat de escape {escape}, de helft van een UTF-16-surrogaatpaar zonder de andere helft: dat is geen teken, "
        "en lezers tonen � of weigeren de feed; schrijf het teken zelf, of het hele paar",
        "JSON's \\u escapes are UTF-16 code units; an emoji needs two (\\ud83d\\ude00). A lone one comes from text cut in "
        "the middle of a character; I-JSON (RFC 7493) forbids it.",
        '"\\ud83d"  ->  "\\ud83d\\ude00" or "😀"',
    ),
    CodeSpec(
        "JsonControlCharacter", WARNING,
        "the text contains the control character {char} (written {escape}): it is nothing a reader can show, and "
        "it cannot be carried into XML or HTML; remove it",
        "de tekst bevat het stuurteken {char} (geschreven als {escape}): een lezer kan het niet tonen, en het kan niet "
        "mee naar XML of HTML; verwijder het",
        "Control characters (other than tab, line feed and carriage return) come from pasted word-processor text. "
        "Readers that turn the item into HTML or XML drop the item or fail.",
        '"Kop\\u000b"  ->  "Kop"',
    ),
    CodeSpec(
        "UnicodeError", ERROR,
        "the bytes {bytes} are not valid {encoding}: readers refuse the document; save it as UTF-8",
        "de bytes {bytes} zijn geen geldige {encoding}: lezers weigeren het document; sla het op als UTF-8",
        "Text saved in Windows-1252 or ISO-8859-1 (é as the single byte E9) in a document that must be UTF-8.",
        "the byte E9 for é  ->  the bytes C3 A9",
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "EmptyDocument", ERROR,
        "the document is empty",
        "het document is leeg",
        "Nothing, or only white space: an interrupted upload or a script that failed.",
        "(empty)  ->  a JSON Feed",
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "ValidatorLimit", ERROR,
        "{what}: refused, not validated further (the limit is {limit})",
        "{what}: geweigerd, niet verder gecontroleerd (de grens is {limit})",
        "Untrusted documents are read with bounds: size (--max-size) and nesting depth (256 levels; a JSON Feed needs about 5). "
        "Readers built on recursive parsers crash on deeper documents.",
        "[[[[...10,000 levels...]]]]  ->  a JSON Feed",
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    # --- layer 2: is it a JSON Feed, which version ----------------------------------------
    CodeSpec(
        "UnknownFormat", ERROR,
        "not a feed: {detail}",
        "geen feed: {detail}",
        "The document is well-formed, but no feed: a JSON Feed is an object with "
        '"version": "https://jsonfeed.org/version/1.1" and "items". In a directory run such JSON files '
        "(package.json, ...) are skipped, not failed.",
        '["a", "b"]  ->  {"version": "https://jsonfeed.org/version/1.1", "title": "...", "items": []}',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "InvalidVersion", ERROR,
        '"{value}" is not a JSON Feed version: write "https://jsonfeed.org/version/1.1"',
        '"{value}" is geen JSON Feed-versie: schrijf "https://jsonfeed.org/version/1.1"',
        '`version` is the URL of the version of the format, not a number. Readers recognise a JSON Feed by it.',
        '"version": "1.1"  ->  "version": "https://jsonfeed.org/version/1.1"',
    ),
    CodeSpec(
        "NonCanonicalVersion", WARNING,
        '"{value}" is not the version URL as the spec writes it: readers that compare the string exactly do not '
        'recognise the feed; write "{canonical}"',
        '"{value}" is niet de versie-URL zoals de specificatie hem schrijft: lezers die de tekst letterlijk vergelijken '
        'herkennen de feed niet; schrijf "{canonical}"',
        "http://, www. or a trailing slash: the same page in a browser, another string to a reader.",
        '"http://jsonfeed.org/version/1.1/"  ->  "https://jsonfeed.org/version/1.1"',
    ),
    CodeSpec(
        "UnknownVersion", WARNING,
        '"{value}" is a JSON Feed version feedtool does not know (it knows 1 and 1.1): checked with the 1.1 rules',
        '"{value}" is een JSON Feed-versie die feedtool niet kent (het kent 1 en 1.1): gecontroleerd met de regels van 1.1',
        "A later version may add members; by the spec's promise a 1.1 feed stays valid in later versions.",
        '"https://jsonfeed.org/version/2"',
    ),
    CodeSpec(
        "VersionNotFirst", INFO,
        '"version" is not the first member of the feed: the spec asks for it at the very top, so that a program can '
        "recognise a JSON Feed from its first bytes",
        '"version" is niet het eerste veld van de feed: de specificatie wil het bovenaan, zodat een programma een '
        "JSON Feed aan de eerste bytes herkent",
        "Not all JSON generators keep the order of keys, which the spec recognises: hence only info.",
        '{"title": "...", "version": "..."}  ->  {"version": "...", "title": "..."}',
    ),
    # --- layer 3: the JSON Feed structure ---------------------------------------------------
    CodeSpec(
        "MissingMember", ERROR,
        '{what} has no "{member}", which is required: {fix}',
        '{what} heeft geen "{member}", en dat is verplicht: {fix}',
        "Required: the feed's version, title and items; an item's id; an attachment's url and mime_type; a hub's type "
        "and url. Readers must discard an item without id.",
        '{"items": [{"content_text": "Hallo"}]}  ->  {"items": [{"id": "https://example.org/1", "content_text": "Hallo"}]}',
    ),
    CodeSpec(
        "WrongType", ERROR,
        "{member} is {actual}, but it must be {expected}",
        "{member} is {actual}, maar het moet {expected} zijn",
        "Every member has one JSON type in the spec: strings for text, URLs and dates; arrays for items, authors, tags, "
        "attachments and hubs; a boolean for expired; numbers for sizes and durations. Readers skip or crash on the rest.",
        '"expired": "yes"  ->  "expired": true',
    ),
    CodeSpec(
        "MissingContent", ERROR,
        'the item has neither "content_html" nor "content_text": one or both must be present (use "content_text": "" '
        "for an item that is only a link)",
        'het item heeft geen "content_html" en geen "content_text": één van beide (of allebei) is verplicht',
        "JSON Feed 1.0 and 1.1: content_html and content_text are each optional, but one or both must be present.",
        '{"id": "1", "title": "Hallo"}  ->  {"id": "1", "title": "Hallo", "content_text": "Hallo, wereld"}',
    ),
    CodeSpec(
        "NumericId", WARNING,
        'the id is the number {value}: readers turn it into a string, and 1, 1.0 and 1e0 then become different ids; '
        'write it as the string "{text}"',
        'de id is het getal {value}: lezers maken er tekst van, en 1, 1.0 en 1e0 worden dan verschillende ids; '
        'schrijf de tekst "{text}"',
        "JSON Feed 1.0 told readers to coerce a numeric id to a string; 1.1 clarified that the id should be a string.",
        '"id": 42  ->  "id": "42"',
    ),
    CodeSpec(
        "InvalidId", ERROR,
        "the id is {what}: readers must discard an item whose id is blank or cannot be read as a string; give every "
        "item a unique, permanent string id (its URL is ideal)",
        "de id is {what}: lezers moeten een item weggooien waarvan de id leeg is of niet als tekst te lezen; geef elk "
        "item een unieke, blijvende id als tekst (de URL is ideaal)",
        "The spec insists on ids: without them readers show reruns.",
        '"id": ""  ->  "id": "https://example.org/2024/hallo"',
    ),
    CodeSpec(
        "DuplicateItemId", ERROR,
        'the id "{id}" is also the id of /items/{other} (line {other_line}): readers show only one of the two, or keep '
        "replacing one with the other; give each item its own id",
        'de id "{id}" is ook de id van /items/{other} (regel {other_line}): lezers tonen er maar één, of vervangen ze '
        "steeds door elkaar; geef elk item een eigen id",
        "An id is unique for that item in that feed over time. A numeric id counts as its string (1 and \"1\" collide).",
        '[{"id": "1", ...}, {"id": "1", ...}]  ->  [{"id": "1", ...}, {"id": "2", ...}]',
    ),
    CodeSpec(
        "InvalidFullLink", ERROR,
        "{detail}",
        "{detail}",
        "JSON Feed has no base URL (no xml:base, no feed-relative resolution): every URL member must be a full URL "
        "with scheme and host.",
        '"url": "/2024/hallo/"  ->  "url": "https://example.org/2024/hallo/"',
        formats=("atom", "rss", JSONFEED), w3c="InvalidFullLink", shared=True,
    ),
    CodeSpec(
        "InvalidUriChar", ERROR,
        "{detail}",
        "{detail}",
        "A character URLs cannot hold (a space, a second #, a % without two hex digits): readers cut the URL there or refuse it.",
        '"https://example.org/mijn bericht"  ->  "https://example.org/mijn%20bericht"',
        formats=("atom", "rss", JSONFEED), w3c="InvalidUriChar", shared=True,
    ),
    CodeSpec(
        "InvalidIRI", ERROR,
        "{detail}",
        "{detail}",
        "A web address that names no host (http:page) or an authority that is no host[:port].",
        '"http:example.org"  ->  "http://example.org/"',
        formats=("atom", "rss", JSONFEED), w3c="InvalidIRI", shared=True,
    ),
    CodeSpec(
        "NotWebUrl", WARNING,
        '"{value}" is a {scheme}: URL, but {member} is {meaning}, which readers fetch or open in a browser: give its http(s) URL',
        '"{value}" is een {scheme}:-URL, maar {member} is {meaning}, die lezers ophalen of in een browser openen: geef de http(s)-URL',
        "home_page_url should be an HTML page; url is the permalink; feed_url and next_url are feeds readers fetch; icons, "
        "images and avatars are downloaded. A file:, ftp: or urn: URL works for none of them. (An author's url may be mailto:.)",
        '"url": "file:///C:/blog/hallo.html"  ->  "url": "https://example.org/hallo/"',
    ),
    CodeSpec(
        "SecurityRisk", WARNING,
        "{detail}",
        "{detail}",
        "Script URLs (javascript:, vbscript:, data:text/html) in a URL member, and in content_html the elements and "
        "attributes the HTML checks report: readers remove them.",
        '"url": "javascript:alert(1)"  ->  "url": "https://example.org/"',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "SecurityRiskAttr", WARNING,
        "{detail}",
        "{detail}",
        "content_html, as HTML in Atom and RSS: an attribute outside the set readers keep (onclick and other event handlers).",
        '<p onclick="...">  ->  <p>',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "DangerousStyleAttr", WARNING,
        "{detail}",
        "{detail}",
        "content_html: a style attribute readers strip (positions, URLs, properties outside the safe set).",
        '<p style="position: fixed">  ->  <p>',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "ContainsRelRef", WARNING,
        "{detail}",
        "{detail}",
        "content_html with a relative href or src: JSON Feed 1.0 asks readers to resolve it against the item's url, but "
        "most do not, and the spec prefers full URLs.",
        '<img src="/ijsberg.png">  ->  <img src="https://example.org/ijsberg.png">',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "NotHtml", WARNING,
        "{detail}",
        "{detail}",
        "content_html that does not parse as HTML: a tag cut off, an unclosed quote or comment, an element HTML does not have.",
        '<a href="https://example.org/</p>  ->  <a href="https://example.org/">...</a></p>',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "MissingFeedUrl", WARNING,
        'the feed has no "feed_url": it is the feed\'s identity and lets readers find it again after a move (the spec '
        "calls it required for feeds on the public web); add the URL this feed is published at",
        'de feed heeft geen "feed_url": die is de identiteit van de feed en laat lezers hem terugvinden na een verhuizing '
        "(de specificatie noemt hem verplicht voor feeds op het openbare web); voeg de URL toe waar deze feed staat",
        "Optional but strongly recommended; readers also use it as the hub.topic for WebSub.",
        '+ "feed_url": "https://example.org/feed.json"',
    ),
    CodeSpec(
        "MissingHomePageUrl", WARNING,
        'the feed has no "home_page_url": readers cannot link to the site it belongs to (the spec calls it required for '
        "feeds on the public web); add the site's address",
        'de feed heeft geen "home_page_url": lezers kunnen niet naar de bijbehorende site linken (de specificatie noemt '
        "hem verplicht voor feeds op het openbare web); voeg het adres van de site toe",
        "Optional but strongly recommended; it should be an HTML page.",
        '+ "home_page_url": "https://example.org/"',
    ),
    CodeSpec(
        "MissingItemUrl", WARNING,
        'the item has no "url": readers have no permalink to open; add it, even when the id is the same URL',
        'het item heeft geen "url": lezers hebben geen vaste link om te openen; voeg hem toe, ook als de id dezelfde URL is',
        "The spec: url is the permalink; it may be the same as the id, but should be present regardless.",
        '+ "url": "https://example.org/2024/hallo/"',
    ),
    CodeSpec(
        "MissingIcon", INFO,
        'the feed has neither "icon" nor "favicon": readers then download your home page to look for one; give their URLs',
        'de feed heeft geen "icon" en geen "favicon": lezers halen dan je homepage op om er een te zoeken; geef de URLs',
        "Suggestions for publishers: provide icon (512 x 512) and favicon (64 x 64 or more) to save readers the scraping.",
        '+ "icon": "https://example.org/icon-512.png", "favicon": "https://example.org/favicon-64.png"',
    ),
    CodeSpec(
        "NextUrlIsFeedUrl", ERROR,
        '"next_url" is the feed_url itself: a reader that follows it loops forever; point it at the next page, or remove it',
        '"next_url" is de feed_url zelf: een lezer die hem volgt blijft rondjes draaien; laat hem naar de volgende pagina '
        "wijzen, of verwijder hem",
        "The spec: next_url must not be the same as feed_url.",
        '"next_url": "https://example.org/feed.json"  ->  "next_url": "https://example.org/feed-2.json"',
    ),
    CodeSpec(
        "DeprecatedAuthor", WARNING,
        '"author" is deprecated since JSON Feed 1.1: write "authors": [{{...}}] (keep "author" next to it only for old readers)',
        '"author" is verouderd sinds JSON Feed 1.1: schrijf "authors": [{{...}}] (laat "author" er alleen voor oude lezers naast staan)',
        'Readers prefer authors when present; a 1.1 feed with only author is read by 1.1 readers, but the spec asks for authors.',
        '"author": {"name": "Rens"}  ->  "authors": [{"name": "Rens"}]',
    ),
    CodeSpec(
        "Version11Member", WARNING,
        '"{member}" is a JSON Feed 1.1 member, but this feed declares version 1: 1.0 readers ignore it; declare '
        '"version": "https://jsonfeed.org/version/1.1"',
        '"{member}" is een veld van JSON Feed 1.1, maar deze feed noemt versie 1: lezers van 1.0 negeren het; schrijf '
        '"version": "https://jsonfeed.org/version/1.1"',
        "authors and language came with 1.1 (2020).",
        '"version": "https://jsonfeed.org/version/1", "language": "nl"  ->  "version": "https://jsonfeed.org/version/1.1", ...',
    ),
    CodeSpec(
        "EmptyAuthor", ERROR,
        'the author has none of "name", "url" and "avatar": at least one is required',
        'de auteur heeft geen "name", "url" of "avatar": minstens één is verplicht',
        "All three are optional, but an author object needs one of them.",
        '{}  ->  {"name": "Rens Meijkamp"}',
    ),
    CodeSpec(
        "EmptyList", WARNING,
        '"{member}" is an empty list: leave it out, or fill it',
        '"{member}" is een lege lijst: laat het veld weg, of vul het',
        "authors specifies one or more authors; an empty authors list also hides the feed's authors from the item in some readers.",
        '"authors": []  ->  (leave it out)',
    ),
    CodeSpec(
        "InvalidSize", ERROR,
        '"size_in_bytes" is {value}: it must be a whole number of bytes, 0 or more',
        '"size_in_bytes" is {value}: het moet een geheel aantal bytes zijn, 0 of meer',
        "Podcast apps use it to show the download size and to check the download.",
        '"size_in_bytes": -1  ->  "size_in_bytes": 89970236',
    ),
    CodeSpec(
        "InvalidDuration", ERROR,
        '"duration_in_seconds" is {value}: it must be a number of seconds, 0 or more',
        '"duration_in_seconds" is {value}: het moet een aantal seconden zijn, 0 of meer',
        "How long the attachment plays at normal speed.",
        '"duration_in_seconds": -60  ->  "duration_in_seconds": 6629',
    ),
    CodeSpec(
        "InvalidMIMEType", ERROR,
        "{detail}",
        "{detail}",
        "An attachment's mime_type is a media type such as audio/mpeg: readers choose a player by it.",
        '"mime_type": "mp3"  ->  "mime_type": "audio/mpeg"',
        formats=("atom", "rss", JSONFEED), w3c="InvalidMIMEType", shared=True,
    ),
    CodeSpec(
        "DuplicateAttachment", WARNING,
        'this attachment has the same url as /items/{item}/attachments/{other}: readers download it twice or show it twice; remove one',
        'deze bijlage heeft dezelfde url als /items/{item}/attachments/{other}: lezers halen hem twee keer op of tonen hem dubbel; verwijder er één',
        "Alternate formats of one recording share a title, not a url.",
        "two attachments with one url  ->  one attachment",
    ),
    CodeSpec(
        "HubWithoutFeedUrl", WARNING,
        'a WebSub hub is listed, but the feed has no "feed_url": WebSub subscribes to the feed_url (the hub.topic); add it',
        'er staat een WebSub-hub in, maar de feed heeft geen "feed_url": WebSub abonneert op de feed_url (de hub.topic); voeg hem toe',
        "The spec: when using WebSub, the feed_url is passed as the hub.topic parameter.",
        '+ "feed_url": "https://example.org/feed.json"',
    ),
    CodeSpec(
        "UnknownHubType", INFO,
        'the hub type "{value}" is neither "WebSub" nor "rssCloud", the protocols readers know',
        'het hub-type "{value}" is geen "WebSub" en geen "rssCloud", de protocollen die lezers kennen',
        "Readers subscribe only through hubs whose protocol they speak.",
        '"type": "pubsubhubbub"  ->  "type": "WebSub"',
    ),
    CodeSpec(
        "FeedExpired", INFO,
        'the feed says "expired": true: it will not be updated again, and readers may stop checking it',
        'de feed zegt "expired": true: hij wordt niet meer bijgewerkt, en lezers kunnen stoppen met kijken',
        "For feeds of a finished event. Any other value, or none, means the feed may still update.",
        '"expired": true',
    ),
    CodeSpec(
        "UnknownMember", ERROR,
        '"{member}" is not a member of {what} in JSON Feed{suggestion}: readers ignore it; extensions must start '
        'with "_" and a letter (e.g. "_{name}")',
        '"{member}" is geen veld van {what} in JSON Feed{suggestion}: lezers negeren het; uitbreidingen moeten beginnen '
        'met "_" en een letter (bijvoorbeeld "_{name}")',
        "Only the spec's members and extensions (names starting with _ and a letter) may appear; a misspelt "
        "date_publised is silently lost, and a name without _ may clash with a later version of the spec.",
        '"date_publised": "..."  ->  "date_published": "..."',
    ),
    CodeSpec(
        "InvalidExtensionName", ERROR,
        '"{member}" is not a valid extension name: {problem}',
        '"{member}" is geen geldige naam voor een uitbreiding: {problem}',
        "Extension names start with _ followed by a letter and contain no '.'; their member keys contain no '.' and do not "
        "start with _ (only the extension name does).",
        '"_blue.shed": {...}  ->  "_blue_shed": {...}',
    ),
    CodeSpec(
        "ExtensionNotObject", WARNING,
        'the extension "{member}" is {actual}: extensions are objects ("custom objects"), e.g. "{member}": {{"about": "https://...", ...}}',
        'de uitbreiding "{member}" is {actual}: uitbreidingen zijn objecten, bijvoorbeeld "{member}": {{"about": "https://...", ...}}',
        "The spec describes extensions as custom objects, with an optional about URL for the human reading the feed.",
        '"_rating": 5  ->  "_rating": {"about": "https://example.org/rating", "stars": 5}',
    ),
    CodeSpec(
        "InvalidRFC3339Date", ERROR,
        "{detail}",
        "{detail}",
        "date_published and date_modified are RFC 3339 date-times: date, T, time with seconds, and a time zone.",
        '"2012-11-22 10:00"  ->  "2012-11-22T10:00:00+01:00"',
        formats=("atom", "rss", JSONFEED), w3c="InvalidRFC3339Date", shared=True,
    ),
    CodeSpec(
        "ModifiedBeforePublished", WARNING,
        '"date_modified" ({modified}) is before "date_published" ({published}): one of the two is wrong',
        '"date_modified" ({modified}) ligt vóór "date_published" ({published}): één van de twee klopt niet',
        "An item cannot be modified before it was published; readers sort and mark items as updated by these dates.",
        '"date_published": "2024-05-02T...", "date_modified": "2024-05-01T..."',
    ),
    CodeSpec(
        "InvalidLanguage", ERROR,
        "{detail}",
        "{detail}",
        "language is an RFC 5646 (BCP 47) tag such as nl or nl-NL.",
        '"language": "Nederlands"  ->  "language": "nl-NL"',
        formats=("atom", "rss", JSONFEED), w3c="InvalidLanguage", shared=True,
    ),
    CodeSpec(
        "NotBlank", WARNING,
        '"{member}" is empty: leave it out, or give it text',
        '"{member}" is leeg: laat het veld weg, of geef het tekst',
        "An empty title or summary shows as nothing in readers (a title is then made up from the content).",
        '"title": ""  ->  "title": "De ijsberg"',
        formats=("atom", "rss", JSONFEED), w3c="NotBlank", shared=True,
    ),
    CodeSpec(
        "ContainsHTML", WARNING,
        '"{member}" is plain text but contains HTML ({sample}): readers show the tags as text; HTML belongs in content_html only',
        '"{member}" is platte tekst maar bevat HTML ({sample}): lezers tonen de tags als tekst; HTML hoort alleen in content_html',
        "The spec: the only place HTML is allowed in this format is content_html.",
        '"title": "<b>Nieuw</b>"  ->  "title": "Nieuw"',
        formats=("atom", "rss", JSONFEED), w3c="ContainsHTML", shared=True,
    ),
    CodeSpec(
        "TitleLineBreak", WARNING,
        "the title contains a line break: readers show titles on one line, and some cut them off at the break; use a space",
        "de titel bevat een regelovergang: lezers tonen titels op één regel, en sommige breken ze daar af; gebruik een spatie",
        "Titles copied from a page heading often carry its line breaks.",
        '"title": "De\\nijsberg"  ->  "title": "De ijsberg"',
    ),
    CodeSpec(
        "LongSummary", INFO,
        '"summary" is {length} characters: the spec means a sentence or two for a timeline; put the text in content_text or content_html',
        '"summary" is {length} tekens: de specificatie bedoelt een zin of twee voor een tijdlijn; zet de tekst in content_text of content_html',
        "Readers show the summary in lists; a long one is cut off.",
        "a 3,000-character summary  ->  two sentences",
    ),
    CodeSpec(
        "DuplicateTag", WARNING,
        'the tag "{tag}" appears twice in this item: readers show it twice; remove one',
        'de tag "{tag}" staat twee keer in dit item: lezers tonen hem dubbel; verwijder er één',
        "Tags are a set of plain-text labels.",
        '"tags": ["zorg", "zorg"]  ->  "tags": ["zorg"]',
    ),
    CodeSpec(
        "LargeFeed", INFO,
        "the feed is {size} bytes: the spec calls a 1 MB feed a burden for readers (under 100 KB is ideal, 250 KB fine); "
        'publish fewer items and link older ones with "next_url"',
        "de feed is {size} bytes: de specificatie noemt een feed van 1 MB een last voor lezers (onder 100 KB is ideaal, "
        '250 KB prima); publiceer minder items en verwijs naar oudere met "next_url"',
        "Suggestions for publishers in the spec.",
        "5,000 items in one feed  ->  50 items and a next_url",
    ),
    CodeSpec(
        "SelfDoesntMatchLocation", WARNING,
        '"feed_url" is {value}, but the feed was fetched from {location}: readers that follow feed_url subscribe to '
        "another address; make feed_url the address the feed is published at",
        '"feed_url" is {value}, maar de feed is opgehaald van {location}: lezers die feed_url volgen abonneren op een '
        "ander adres; maak feed_url het adres waar de feed staat",
        "Only when validating a URL. A copy on disk cannot be checked against its address.",
        '"feed_url": "https://old.example.org/feed.json"  ->  "feed_url": "https://example.org/feed.json"',
        formats=("atom", "rss", JSONFEED), w3c="SelfDoesntMatchLocation", shared=True,
    ),
    # --- HTTP --------------------------------------------------------------------------------
    CodeSpec(
        "UnexpectedContentType", WARNING,
        "the server sends Content-Type {media_type}, but this is a JSON Feed: serve it as application/feed+json",
        "de server stuurt Content-Type {media_type}, maar dit is een JSON Feed: lever hem als application/feed+json",
        "A JSON Feed served as XML or HTML is misread by readers that trust the Content-Type.",
        "Content-Type: text/html  ->  Content-Type: application/feed+json",
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "GenericJsonMediaType", INFO,
        "the server sends Content-Type application/json: JSON Feed 1.1 asks for application/feed+json, which tells "
        "readers and browsers that this JSON is a feed",
        "de server stuurt Content-Type application/json: JSON Feed 1.1 vraagt om application/feed+json, waaraan "
        "lezers en browsers zien dat deze JSON een feed is",
        "JSON Feed 1.0 was served as application/json; 1.1 registered application/feed+json, and discovery prefers it.",
        "Content-Type: application/json  ->  Content-Type: application/feed+json",
    ),
    # --- layer 6: the reader's view (fastfeedparser) ---------------------------------------
    CodeSpec(
        "ReaderParseProblem", WARNING,
        "fastfeedparser (an independent JSON Feed reader) cannot read this feed: {detail}",
        "fastfeedparser (een onafhankelijke JSON Feed-lezer) kan deze feed niet lezen: {detail}",
        "The feed is read once more by another reader; where it fails, real readers fail too.",
        "an item that is a string  ->  an object",
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "ReaderEntryCount", ERROR,
        "fastfeedparser reads {seen} items where the feed holds {strict}: readers would lose items",
        "fastfeedparser leest {seen} items waar de feed er {strict} bevat: lezers zouden items kwijtraken",
        "An item another reader cannot see is gone for its subscribers.",
        "a feed with a BOM: 0 items read",
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "ReaderIdDiffers", WARNING,
        "fastfeedparser reads this item's id as {seen}, not {strict}: readers may show it twice or merge it with another",
        "fastfeedparser leest de id van dit item als {seen}, niet {strict}: lezers kunnen het dubbel tonen of met een ander samenvoegen",
        "A numeric id (42 against \"42\"), or a missing id that the reader replaces with the url.",
        '"id": 42  ->  "id": "42"',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "ReaderTitleDiffers", WARNING,
        "fastfeedparser reads this item's title as {seen}, not {strict}",
        "fastfeedparser leest de titel van dit item als {seen}, niet {strict}",
        "A title that is not a string, for example.",
        '"title": 2012  ->  "title": "2012"',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "ReaderLinkDiffers", WARNING,
        "fastfeedparser reads this item's link as {seen}, not {strict}",
        "fastfeedparser leest de link van dit item als {seen}, niet {strict}",
        "The item's url as another reader takes it.",
        '"url": 5  ->  "url": "https://example.org/5"',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "ReaderDateUnreadable", WARNING,
        'fastfeedparser cannot read the date {text}: readers show the time they fetched the item instead (write RFC 3339, '
        "e.g. 2024-05-01T09:30:00+02:00)",
        "fastfeedparser kan de datum {text} niet lezen: lezers tonen dan het moment waarop ze het item ophaalden "
        "(schrijf RFC 3339, bijvoorbeeld 2024-05-01T09:30:00+02:00)",
        "The Dutch-date trap in JSON: \"22 november 2012\" reads as no date at all.",
        '"date_published": "22 november 2012"  ->  "2012-11-22T10:00:00+01:00"',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
    CodeSpec(
        "ReaderDateDiffers", WARNING,
        "fastfeedparser reads the date {text} as {seen}, not {strict}",
        "fastfeedparser leest de datum {text} als {seen}, niet {strict}",
        "A date without a time zone, read as UTC by one reader and as local time by another.",
        '"2012-11-22T10:00:00"  ->  "2012-11-22T10:00:00+01:00"',
        formats=("atom", "rss", JSONFEED), shared=True,
    ),
)


def make(code: str, *, pointer: str | None = None, line: int | None = None, column: int | None = None, **fields) -> Finding:
    """The finding `code` at `pointer` (and line, column), its message filled in from the table."""
    spec = CODES[code]
    message = spec.en.format(**fields)
    if pointer:
        shown = pointer if len(pointer) <= 120 else f"{pointer[:60]}…{pointer[-40:]}"
        message = f"{shown}: {message}"
    return Finding(code, spec.severity, Message("legacy.text", (("text", message),)), line, column, pointer)

