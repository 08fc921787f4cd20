"""Codes of JSON Feed validation (feedtool/validate/jsontext.py, jsonfeed.py, jsonreader.py).

The W3C Feed Validation Service does not know JSON Feed: no code here has a W3C name. Codes that
mean for JSON Feed exactly what they mean for Atom and RSS (UnicodeError, ValidatorLimit, the
value checks such as InvalidRFC3339Date and InvalidFullLink, the HTML checks, the reader's view)
are the XML layers' codes, declared with them; the end of this module gives them their JSON
wording (the variant "json").
"""

from feedtool.validate.codes import ERROR, INFO, JSONFEED, WARNING, declare, declare_text, extend

# A JSON Feed finding's message starts with the JSON Pointer of the value concerned.
declare_text("json.at", "{pointer}: {message}", "{pointer}: {message}")

# The objects of a feed, as messages name them.
for _id, _en, _nl in (
    ("feed", "the feed", "de feed"),
    ("item", "an item", "een item"),
    ("author", "an author", "een auteur"),
    ("attachment", "an attachment", "een bijlage"),
    ("hub", "a hub", "een hub"),
):
    declare_text(f"json.what.{_id}", _en, _nl)

# How to add a required member (MissingMember's {fix}).
for _id, _en, _nl in (
    ("title", 'give the feed its name, e.g. "title": "Blog van Rens Meijkamp"', 'geef de feed zijn naam, bijvoorbeeld "title": "Blog van Rens Meijkamp"'),
    ("items", 'add "items": [] (an array of the items)', 'voeg "items": [] toe (een lijst met de items)'),
    ("id", "give the item a unique, permanent id (ideally its URL); readers must discard an item without one",
     "geef het item een unieke, blijvende id (liefst de URL); lezers moeten een item zonder id weggooien"),
    ("url", "give the URL of the file", "geef de URL van het bestand"),
    ("mime_type", 'give its media type, e.g. "audio/mpeg"', 'geef het mediatype, bijvoorbeeld "audio/mpeg"'),
    ("type", 'give the protocol, "WebSub" or "rssCloud"', 'geef het protocol, "WebSub" of "rssCloud"'),
    ("version", 'add "version": "https://jsonfeed.org/version/1.1" as its first member',
     'voeg "version": "https://jsonfeed.org/version/1.1" toe als eerste veld'),
):
    declare_text(f"json.fix.{_id}", _en, _nl)

# JSON values, as messages name what they found (WrongType's {actual}).
declare_text("json.type.null", "null", "null")
declare_text("json.type.boolean", "the boolean {value}", "de boolean {value}")
declare_text("json.type.number", "the number {value}", "het getal {value}")
declare_text("json.type.string", "the string {value}", "de tekst {value}")
declare_text("json.type.object", "an object", "een object")
declare_text("json.type.array", "an array", "een array")
declare_text("json.this_element", "this element", "dit element")
declare_text("json.did_you_mean", ' (did you mean "{name}"?)', ' (bedoelde u "{name}"?)')
declare_text("json.blank", "blank", "leeg")

# What a member must be (WrongType's {expected}).
for _id, _en, _nl in (
    ("version", "a string (the version URL)", "een tekst (de versie-URL)"),
    ("string", "a string", "een tekst"),
    ("text", "a string (plain text)", "een tekst (platte tekst)"),
    ("html", "a string (HTML)", "een tekst (HTML)"),
    ("url", "a string (a URL)", "een tekst (een URL)"),
    ("date", "a string (an RFC 3339 date-time)", "een tekst (een RFC 3339-datum en -tijd)"),
    ("language", "a string (a language tag such as nl-NL)", "een tekst (een taalcode zoals nl-NL)"),
    ("mime_type", 'a string (a media type such as "audio/mpeg")', 'een tekst (een mediatype zoals "audio/mpeg")'),
    ("bytes", "a number (of bytes)", "een getal (bytes)"),
    ("seconds", "a number (of seconds)", "een getal (seconden)"),
    ("boolean", "true or false", "true of false"),
    ("hub_type", 'a string ("WebSub" or "rssCloud")', 'een tekst ("WebSub" of "rssCloud")'),
    ("tags", "an array of strings", "een array van teksten"),
    ("tag", "a string (a tag)", "een tekst (een tag)"),
    ("author", "an object (name, url, avatar)", "een object (name, url, avatar)"),
    ("authors", "an array of authors", "een array van auteurs"),
    ("hubs", "an array of hubs", "een array van hubs"),
    ("attachments", "an array of attachments", "een array van bijlagen"),
    ("items", "an array of items", "een array van items"),
    ("an_author", "an object (an author)", "een object (een auteur)"),
    ("a_hub", "an object (a hub)", "een object (een hub)"),
    ("an_attachment", "an object (an attachment)", "een object (een bijlage)"),
    ("an_item", "an object (an item)", "een object (een item)"),
):
    declare_text(f"json.expect.{_id}", _en, _nl)

# What a URL member is (NotWebUrl's {meaning}).
for _id, _en, _nl in (
    ("page", "a web page", "een webpagina"),
    ("feed", "a feed", "een feed"),
    ("image", "an image", "een afbeelding"),
    ("author", "the author's page", "de pagina van de auteur"),
    ("attachment", "a file", "een bestand"),
    ("hub", "a hub's endpoint", "het adres van een hub"),
):
    declare_text(f"json.meaning.{_id}", _en, _nl)

# What is wrong with an extension's name (InvalidExtensionName's {problem}).
for _id, _en, _nl in (
    ("letter", 'after the "_" comes a letter (e.g. "_blue_shed")', 'na de "_" komt een letter (bijvoorbeeld "_blue_shed")'),
    ("dot", 'an extension name contains no "."', 'de naam van een uitbreiding bevat geen "."'),
    ("member_dot", 'the member keys of an extension contain no "."', 'de velden van een uitbreiding bevatten geen "."'),
    ("member_underscore", 'only the extension name itself starts with "_"', 'alleen de naam van de uitbreiding zelf begint met "_"'),
):
    declare_text(f"json.extension.{_id}", _en, _nl)


declare(
    'JsonSyntaxError',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='json',
    summary=('The document is not valid JSON',
             'Het document is geen geldige JSON'),
    message=('not valid JSON: {detail}; readers refuse the whole feed',
             'geen geldige JSON: {detail}; lezers weigeren de hele feed'),
    explanation='The document is not JSON (RFC 8259). The JSON Feed spec tells readers not to use partial data of an invalid feed, so one stray comma costs every item.',
    bad='{"title": "Blog",}',
    good='{"title": "Blog"}',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'JsonDuplicateKey',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='json',
    summary=('A key appears twice in one JSON object',
             'Een sleutel staat twee keer in één JSON-object'),
    message=('the key "{key}" appears twice in this object (first at line {first_line}, column {first_column}): readers keep one of the two values, not all the same one; remove one of them',
             'de sleutel "{key}" staat twee keer in dit object (eerst op regel {first_line}, kolom {first_column}): lezers houden één van de twee waarden over, niet allemaal dezelfde; verwijder er één'),
    explanation='RFC 8259 says member names SHOULD be unique and that software behaves unpredictably when they are not; I-JSON (RFC 7493) forbids duplicates. Which title a subscriber sees then depends on the reader.',
    bad='{"title": "A", "title": "B"}',
    good='{"title": "B"}',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'JsonByteOrderMark',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='json',
    summary=('The JSON document starts with a byte order mark',
             'Het JSON-document begint met een byte-order-mark'),
    message=('the document starts with a UTF-8 byte order mark (EF BB BF), which JSON must not have (RFC 8259, section 8.1): several readers (fastfeedparser among them) then cannot read the feed at all; save it as UTF-8 without BOM',
             'het document begint met een UTF-8-byte-order-mark (EF BB BF), die JSON niet mag hebben (RFC 8259, paragraaf 8.1): verschillende lezers (waaronder fastfeedparser) kunnen de feed dan helemaal niet lezen; sla hem op als UTF-8 zonder BOM'),
    explanation="Editors on Windows add a BOM. Parsers MAY ignore it, but many do not: Python's json.loads on a string, JavaScript's JSON.parse and fastfeedparser refuse or skip the document.",
    bad='EF BB BF 7B ...',
    good='7B ... (the same bytes without the first three)',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'JsonNotUtf8',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='json',
    summary=('The JSON document is not encoded as UTF-8',
             'Het JSON-document is niet als UTF-8 gecodeerd'),
    message=('the document is encoded as {encoding}: JSON exchanged between systems must be UTF-8 (RFC 8259, section 8.1), and most readers read only UTF-8; save it as UTF-8',
             'het document is gecodeerd als {encoding}: JSON tussen systemen moet UTF-8 zijn (RFC 8259, paragraaf 8.1), en de meeste lezers lezen alleen UTF-8; sla het op als UTF-8'),
    explanation='RFC 7159 still allowed UTF-16 and UTF-32; RFC 8259 (2017) requires UTF-8. The document is decoded and checked further, but readers see garbage.',
    bad='a UTF-16 file',
    good='the same text saved as UTF-8',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'JsonNotANumber',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='json',
    summary=('NaN or Infinity, which are not JSON',
             'NaN of Infinity, die geen JSON zijn'),
    message=('{literal} is not JSON (JSON has no NaN or Infinity): write a number, or leave the member out',
             '{literal} is geen JSON (JSON kent geen NaN of Infinity): schrijf een getal, of laat het veld weg'),
    explanation="Python's json.dumps writes NaN and Infinity unless told not to (allow_nan=False); strict readers refuse the whole document.",
    bad='{"duration_in_seconds": NaN}',
    good='leave duration_in_seconds out',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'JsonNumberOutOfRange',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='json',
    summary=('A number beyond the range of a double',
             'Een getal buiten het bereik van een double'),
    message=('the number {number} is beyond the range of a double-precision number (about 1.8e308): readers read it as infinity or refuse the feed; write a smaller number',
             'het getal {number} valt buiten het bereik van een double (ongeveer 1,8e308): lezers lezen het als oneindig of weigeren de feed; schrijf een kleiner getal'),
    explanation='I-JSON (RFC 7493) limits numbers to IEEE 754 double precision, which is what JavaScript and most readers use.',
    bad='{"size_in_bytes": 1e400}',
    good='{"size_in_bytes": 89970236}',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'JsonNumberPrecision',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='json',
    summary=('An integer that JavaScript readers round',
             'Een geheel getal dat JavaScript-lezers afronden'),
    message=('the integer {number} is larger than 2^53 (9007199254740992): readers that read numbers as doubles (JavaScript, and so most web readers) see {rounded}; write it as a string',
             'het gehele getal {number} is groter dan 2^53 (9007199254740992): lezers die getallen als double lezen (JavaScript, en dus de meeste weblezers) zien {rounded}; schrijf het als tekst'),
    explanation='Large numeric ids (database keys, Twitter-style ids) silently change in JavaScript: two items can get one id.',
    bad='{"id": 1234567890123456789}',
    good='{"id": "1234567890123456789"}',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'JsonLoneSurrogate',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='json',
    summary=('Half of a UTF-16 surrogate pair in a string',
             'De helft van een UTF-16-surrogaatpaar in een tekst'),
    message=('the string contains the escape {escape}, half of a UTF-16 surrogate pair without its other half: it is not a character, and readers show � or refuse the feed; write the character itself, or the whole pair',
             'de tekst bevat de escape {escape}, de helft van een UTF-16-surrogaatpaar zonder de andere helft: dat is geen teken, en lezers tonen � of weigeren de feed; schrijf het teken zelf, of het hele paar'),
    explanation="JSON's \\u escapes are UTF-16 code units; an emoji needs two (\\ud83d\\ude00). A lone one comes from text cut in the middle of a character; I-JSON (RFC 7493) forbids it.",
    bad='"\\ud83d"',
    good='"\\ud83d\\ude00" or "😀"',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'JsonControlCharacter',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='json',
    summary=('A control character in a string',
             'Een stuurteken in een tekst'),
    message=('the text contains the control character {char} (written {escape}): it is nothing a reader can show, and it cannot be carried into XML or HTML; remove it',
             'de tekst bevat het stuurteken {char} (geschreven als {escape}): een lezer kan het niet tonen, en het kan niet mee naar XML of HTML; verwijder het'),
    explanation='Control characters (other than tab, line feed and carriage return) come from pasted word-processor text. Readers that turn the item into HTML or XML drop the item or fail.',
    bad='"Kop\\u000b"',
    good='"Kop"',
    spec='RFC 8259',
    url='https://www.rfc-editor.org/rfc/rfc8259',
)

declare(
    'InvalidVersion',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('The version is not a JSON Feed version URL',
             'De version is geen versie-URL van JSON Feed'),
    message=('"{value}" is not a JSON Feed version: write "https://jsonfeed.org/version/1.1"',
             '"{value}" is geen JSON Feed-versie: schrijf "https://jsonfeed.org/version/1.1"'),
    explanation='`version` is the URL of the version of the format, not a number. Readers recognise a JSON Feed by it.',
    bad='"version": "1.1"',
    good='"version": "https://jsonfeed.org/version/1.1"',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'NonCanonicalVersion',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('The version URL is not written as the spec writes it',
             'De versie-URL staat er anders dan in de specificatie'),
    message=('"{value}" is not the version URL as the spec writes it: readers that compare the string exactly do not recognise the feed; write "{canonical}"',
             '"{value}" is niet de versie-URL zoals de specificatie hem schrijft: lezers die de tekst letterlijk vergelijken herkennen de feed niet; schrijf "{canonical}"'),
    explanation='http://, www. or a trailing slash: the same page in a browser, another string to a reader.',
    bad='"http://jsonfeed.org/version/1.1/"',
    good='"https://jsonfeed.org/version/1.1"',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'UnknownVersion',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A JSON Feed version feedtool does not know',
             'Een JSON Feed-versie die feedtool niet kent'),
    message=('"{value}" is a JSON Feed version feedtool does not know (it knows 1 and 1.1): checked with the 1.1 rules',
             '"{value}" is een JSON Feed-versie die feedtool niet kent (het kent 1 en 1.1): gecontroleerd met de regels van 1.1'),
    explanation="A later version may add members; by the spec's promise a 1.1 feed stays valid in later versions.",
    bad='"https://jsonfeed.org/version/2"',
    good='(see the explanation)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'VersionNotFirst',
    severity=INFO,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('The version is not the first member of the feed',
             'De version is niet het eerste veld van de feed'),
    message=('"version" is not the first member of the feed: the spec asks for it at the very top, so that a program can recognise a JSON Feed from its first bytes',
             '"version" is niet het eerste veld van de feed: de specificatie wil het bovenaan, zodat een programma een JSON Feed aan de eerste bytes herkent'),
    explanation='Not all JSON generators keep the order of keys, which the spec recognises: hence only info.',
    bad='{"title": "...", "version": "..."}',
    good='{"version": "...", "title": "..."}',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'MissingMember',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A required member is missing',
             'Een verplicht veld ontbreekt'),
    message=('{what} has no "{member}", which is required: {fix}',
             '{what} heeft geen "{member}", en dat is verplicht: {fix}'),
    explanation="Required: the feed's version, title and items; an item's id; an attachment's url and mime_type; a hub's type and url. Readers must discard an item without id.",
    bad='{"items": [{"content_text": "Hallo"}]}',
    good='{"items": [{"id": "https://example.org/1", "content_text": "Hallo"}]}',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'WrongType',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A member has the wrong JSON type',
             'Een veld heeft het verkeerde JSON-type'),
    message=('{member} is {actual}, but it must be {expected}',
             '{member} is {actual}, maar het moet {expected} zijn'),
    explanation='Every member has one JSON type in the spec: strings for text, URLs and dates; arrays for items, authors, tags, attachments and hubs; a boolean for expired; numbers for sizes and durations. Readers skip or crash on the rest.',
    bad='"expired": "yes"',
    good='"expired": true',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'MissingContent',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('An item with neither content_html nor content_text',
             'Een item zonder content_html en zonder content_text'),
    message=('the item has neither "content_html" nor "content_text": one or both must be present (use "content_text": "" for an item that is only a link)',
             'het item heeft geen "content_html" en geen "content_text": één van beide (of allebei) is verplicht'),
    explanation='JSON Feed 1.0 and 1.1: content_html and content_text are each optional, but one or both must be present.',
    bad='{"id": "1", "title": "Hallo"}',
    good='{"id": "1", "title": "Hallo", "content_text": "Hallo, wereld"}',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'NumericId',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('An item id that is a number, not a string',
             'Een item-id die een getal is, geen tekst'),
    message=('the id is the number {value}: readers turn it into a string, and 1, 1.0 and 1e0 then become different ids; write it as the string "{text}"',
             'de id is het getal {value}: lezers maken er tekst van, en 1, 1.0 en 1e0 worden dan verschillende ids; schrijf de tekst "{text}"'),
    explanation='JSON Feed 1.0 told readers to coerce a numeric id to a string; 1.1 clarified that the id should be a string.',
    bad='"id": 42',
    good='"id": "42"',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'InvalidId',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('An item id that is blank or no string',
             'Een item-id die leeg is of geen tekst'),
    message=('the id is {what}: readers must discard an item whose id is blank or cannot be read as a string; give every item a unique, permanent string id (its URL is ideal)',
             'de id is {what}: lezers moeten een item weggooien waarvan de id leeg is of niet als tekst te lezen; geef elk item een unieke, blijvende id als tekst (de URL is ideaal)'),
    explanation='The spec insists on ids: without them readers show reruns.',
    bad='"id": ""',
    good='"id": "https://example.org/2024/hallo"',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'DuplicateItemId',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('Two items with one id',
             'Twee items met dezelfde id'),
    message=('the id "{id}" is also the id of /items/{other} (line {other_line}): readers show only one of the two, or keep replacing one with the other; give each item its own id',
             'de id "{id}" is ook de id van /items/{other} (regel {other_line}): lezers tonen er maar één, of vervangen ze steeds door elkaar; geef elk item een eigen id'),
    explanation='An id is unique for that item in that feed over time. A numeric id counts as its string (1 and "1" collide).',
    bad='[{"id": "1", ...}, {"id": "1", ...}]',
    good='[{"id": "1", ...}, {"id": "2", ...}]',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'NotWebUrl',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A URL that is not http(s) where readers fetch or open it',
             'Een URL die geen http(s) is waar lezers hem ophalen of openen'),
    message=('"{value}" is a {scheme}: URL, but {member} is {meaning}, which readers fetch or open in a browser: give its http(s) URL',
             '"{value}" is een {scheme}:-URL, maar {member} is {meaning}, die lezers ophalen of in een browser openen: geef de http(s)-URL'),
    explanation="home_page_url should be an HTML page; url is the permalink; feed_url and next_url are feeds readers fetch; icons, images and avatars are downloaded. A file:, ftp: or urn: URL works for none of them. (An author's url may be mailto:.)",
    bad='"url": "file:///C:/blog/hallo.html"',
    good='"url": "https://example.org/hallo/"',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'MissingFeedUrl',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('The feed has no feed_url',
             'De feed heeft geen feed_url'),
    message=('the feed has no "feed_url": it is the feed\'s identity and lets readers find it again after a move (the spec calls it required for feeds on the public web); add the URL this feed is published at',
             'de feed heeft geen "feed_url": die is de identiteit van de feed en laat lezers hem terugvinden na een verhuizing (de specificatie noemt hem verplicht voor feeds op het openbare web); voeg de URL toe waar deze feed staat'),
    explanation='Optional but strongly recommended; readers also use it as the hub.topic for WebSub.',
    bad='+ "feed_url": "https://example.org/feed.json"',
    good='(see the explanation)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'MissingHomePageUrl',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('The feed has no home_page_url',
             'De feed heeft geen home_page_url'),
    message=('the feed has no "home_page_url": readers cannot link to the site it belongs to (the spec calls it required for feeds on the public web); add the site\'s address',
             'de feed heeft geen "home_page_url": lezers kunnen niet naar de bijbehorende site linken (de specificatie noemt hem verplicht voor feeds op het openbare web); voeg het adres van de site toe'),
    explanation='Optional but strongly recommended; it should be an HTML page.',
    bad='+ "home_page_url": "https://example.org/"',
    good='(see the explanation)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'MissingItemUrl',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('An item has no url (permalink)',
             'Een item heeft geen url (vaste link)'),
    message=('the item has no "url": readers have no permalink to open; add it, even when the id is the same URL',
             'het item heeft geen "url": lezers hebben geen vaste link om te openen; voeg hem toe, ook als de id dezelfde URL is'),
    explanation='The spec: url is the permalink; it may be the same as the id, but should be present regardless.',
    bad='+ "url": "https://example.org/2024/hallo/"',
    good='(see the explanation)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'MissingIcon',
    severity=INFO,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('The feed has neither icon nor favicon',
             'De feed heeft geen icon en geen favicon'),
    message=('the feed has neither "icon" nor "favicon": readers then download your home page to look for one; give their URLs',
             'de feed heeft geen "icon" en geen "favicon": lezers halen dan je homepage op om er een te zoeken; geef de URLs'),
    explanation='Suggestions for publishers: provide icon (512 x 512) and favicon (64 x 64 or more) to save readers the scraping.',
    bad='+ "icon": "https://example.org/icon-512.png", "favicon": "https://example.org/favicon-64.png"',
    good='(see the explanation)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'NextUrlIsFeedUrl',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('next_url points at the feed itself',
             'next_url wijst naar de feed zelf'),
    message=('"next_url" is the feed_url itself: a reader that follows it loops forever; point it at the next page, or remove it',
             '"next_url" is de feed_url zelf: een lezer die hem volgt blijft rondjes draaien; laat hem naar de volgende pagina wijzen, of verwijder hem'),
    explanation='The spec: next_url must not be the same as feed_url.',
    bad='"next_url": "https://example.org/feed.json"',
    good='"next_url": "https://example.org/feed-2.json"',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'DeprecatedAuthor',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('author without authors in a JSON Feed 1.1',
             'author zonder authors in een JSON Feed 1.1'),
    message=('"author" is deprecated since JSON Feed 1.1: write "authors": [{{...}}] (keep "author" next to it only for old readers)',
             '"author" is verouderd sinds JSON Feed 1.1: schrijf "authors": [{{...}}] (laat "author" er alleen voor oude lezers naast staan)'),
    explanation='Readers prefer authors when present; a 1.1 feed with only author is read by 1.1 readers, but the spec asks for authors.',
    bad='"author": {"name": "Rens"}',
    good='"authors": [{"name": "Rens"}]',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'Version11Member',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A JSON Feed 1.1 member in a version 1 feed',
             'Een veld van JSON Feed 1.1 in een feed van versie 1'),
    message=('"{member}" is a JSON Feed 1.1 member, but this feed declares version 1: 1.0 readers ignore it; declare "version": "https://jsonfeed.org/version/1.1"',
             '"{member}" is een veld van JSON Feed 1.1, maar deze feed noemt versie 1: lezers van 1.0 negeren het; schrijf "version": "https://jsonfeed.org/version/1.1"'),
    explanation='authors and language came with JSON Feed 1.1 (2020). A feed that declares version 1 and uses them is read by 1.0 readers without its authors and language.',
    bad='"version": "https://jsonfeed.org/version/1", "language": "nl"',
    good='"version": "https://jsonfeed.org/version/1.1", ...',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'EmptyAuthor',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('An author with neither name, url nor avatar',
             'Een auteur zonder name, url of avatar'),
    message=('the author has none of "name", "url" and "avatar": at least one is required',
             'de auteur heeft geen "name", "url" of "avatar": minstens één is verplicht'),
    explanation='All three are optional, but an author object needs one of them.',
    bad='{}',
    good='{"name": "Rens Meijkamp"}',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'EmptyList',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('An empty authors, attachments or hubs list',
             'Een lege lijst authors, attachments of hubs'),
    message=('"{member}" is an empty list: leave it out, or fill it',
             '"{member}" is een lege lijst: laat het veld weg, of vul het'),
    explanation="authors specifies one or more authors; an empty authors list also hides the feed's authors from the item in some readers.",
    bad='"authors": []',
    good='(leave it out)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'InvalidSize',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('size_in_bytes is not a whole number of 0 or more',
             'size_in_bytes is geen geheel getal van 0 of meer'),
    message=('"size_in_bytes" is {value}: it must be a whole number of bytes, 0 or more',
             '"size_in_bytes" is {value}: het moet een geheel aantal bytes zijn, 0 of meer'),
    explanation='Podcast apps use it to show the download size and to check the download.',
    bad='"size_in_bytes": -1',
    good='"size_in_bytes": 89970236',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

extend(
    "InvalidDuration",  # the code of itunes:duration in RSS (W3C's name): the same problem, in JSON Feed's words
    formats=(JSONFEED,),
    variants={
        "json": ('"duration_in_seconds" is {value}: it must be a number of seconds, 0 or more',
                 '"duration_in_seconds" is {value}: het moet een aantal seconden zijn, 0 of meer'),
    },
)
declare(
    'DuplicateAttachment',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('Two attachments of an item with one url',
             'Twee bijlagen van een item met dezelfde url'),
    message=('this attachment has the same url as /items/{item}/attachments/{other}: readers download it twice or show it twice; remove one',
             'deze bijlage heeft dezelfde url als /items/{item}/attachments/{other}: lezers halen hem twee keer op of tonen hem dubbel; verwijder er één'),
    explanation='Alternate formats of one recording share a title, not a url.',
    bad='two attachments with one url',
    good='one attachment',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'HubWithoutFeedUrl',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A WebSub hub in a feed without feed_url',
             'Een WebSub-hub in een feed zonder feed_url'),
    message=('a WebSub hub is listed, but the feed has no "feed_url": WebSub subscribes to the feed_url (the hub.topic); add it',
             'er staat een WebSub-hub in, maar de feed heeft geen "feed_url": WebSub abonneert op de feed_url (de hub.topic); voeg hem toe'),
    explanation='The spec: when using WebSub, the feed_url is passed as the hub.topic parameter.',
    bad='+ "feed_url": "https://example.org/feed.json"',
    good='(see the explanation)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'UnknownHubType',
    severity=INFO,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A hub type other than WebSub or rssCloud',
             'Een hub-type anders dan WebSub of rssCloud'),
    message=('the hub type "{value}" is neither "WebSub" nor "rssCloud", the protocols readers know',
             'het hub-type "{value}" is geen "WebSub" en geen "rssCloud", de protocollen die lezers kennen'),
    explanation='The spec names rssCloud and WebSub as the protocols of hubs; readers subscribe only through hubs whose protocol they speak, and ignore the others.',
    bad='"type": "pubsubhubbub"',
    good='"type": "WebSub"',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'FeedExpired',
    severity=INFO,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('The feed says it is expired',
             'De feed zegt dat hij is afgelopen'),
    message=('the feed says "expired": true: it will not be updated again, and readers may stop checking it',
             'de feed zegt "expired": true: hij wordt niet meer bijgewerkt, en lezers kunnen stoppen met kijken'),
    explanation='For feeds of a finished event. Any other value, or none, means the feed may still update.',
    bad='"expired": true',
    good='(see the explanation)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'UnknownMember',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A member JSON Feed does not define, without the extension prefix _',
             'Een veld dat JSON Feed niet kent, zonder het uitbreidingsvoorvoegsel _'),
    message=('"{member}" is not a member of {what} in JSON Feed{suggestion}: readers ignore it; extensions must start with "_" and a letter (e.g. "_{name}")',
             '"{member}" is geen veld van {what} in JSON Feed{suggestion}: lezers negeren het; uitbreidingen moeten beginnen met "_" en een letter (bijvoorbeeld "_{name}")'),
    explanation="Only the spec's members and extensions (names starting with _ and a letter) may appear; a misspelt date_publised is silently lost, and a name without _ may clash with a later version of the spec.",
    bad='"date_publised": "..."',
    good='"date_published": "..."',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'InvalidExtensionName',
    severity=ERROR,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=("An extension or extension member named against the spec's rules",
             'Een uitbreiding of uitbreidingsveld met een naam tegen de regels in'),
    message=('"{member}" is not a valid extension name: {problem}',
             '"{member}" is geen geldige naam voor een uitbreiding: {problem}'),
    explanation="Extension names start with _ followed by a letter and contain no '.'; their member keys contain no '.' and do not start with _ (only the extension name does).",
    bad='"_blue.shed": {...}',
    good='"_blue_shed": {...}',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'ExtensionNotObject',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('An extension that is not an object',
             'Een uitbreiding die geen object is'),
    message=('the extension "{member}" is {actual}: extensions are objects ("custom objects"), e.g. "{member}": {{"about": "https://...", ...}}',
             'de uitbreiding "{member}" is {actual}: uitbreidingen zijn objecten, bijvoorbeeld "{member}": {{"about": "https://...", ...}}'),
    explanation='The spec describes extensions as custom objects, with an optional about URL for the human reading the feed.',
    bad='"_rating": 5',
    good='"_rating": {"about": "https://example.org/rating", "stars": 5}',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'ModifiedBeforePublished',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('date_modified before date_published',
             'date_modified vóór date_published'),
    message=('"date_modified" ({modified}) is before "date_published" ({published}): one of the two is wrong',
             '"date_modified" ({modified}) ligt vóór "date_published" ({published}): één van de twee klopt niet'),
    explanation='An item cannot be modified before it was published; readers sort and mark items as updated by these dates.',
    bad='"date_published": "2024-05-02T...", "date_modified": "2024-05-01T..."',
    good='(see the explanation)',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'TitleLineBreak',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A title with a line break',
             'Een titel met een regelovergang'),
    message=('the title contains a line break: readers show titles on one line, and some cut them off at the break; use a space',
             'de titel bevat een regelovergang: lezers tonen titels op één regel, en sommige breken ze daar af; gebruik een spatie'),
    explanation='Titles copied from a page heading often carry its line breaks.',
    bad='"title": "De\\nijsberg"',
    good='"title": "De ijsberg"',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'LongSummary',
    severity=INFO,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A summary longer than a sentence or two',
             'Een samenvatting langer dan een zin of twee'),
    message=('"summary" is {length} characters: the spec means a sentence or two for a timeline; put the text in content_text or content_html',
             '"summary" is {length} tekens: de specificatie bedoelt een zin of twee voor een tijdlijn; zet de tekst in content_text of content_html'),
    explanation='Readers show the summary in lists; a long one is cut off.',
    bad='a 3,000-character summary',
    good='two sentences',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'DuplicateTag',
    severity=WARNING,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A tag listed twice in one item',
             'Een tag die twee keer in één item staat'),
    message=('the tag "{tag}" appears twice in this item: readers show it twice; remove one',
             'de tag "{tag}" staat twee keer in dit item: lezers tonen hem dubbel; verwijder er één'),
    explanation='Tags are a set of plain-text labels (some systems call them categories); a tag listed twice is shown twice or counted twice.',
    bad='"tags": ["zorg", "zorg"]',
    good='"tags": ["zorg"]',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'LargeFeed',
    severity=INFO,
    formats=(JSONFEED,),
    layer='jsonfeed',
    summary=('A feed over 1 MB',
             'Een feed van meer dan 1 MB'),
    message=('the feed is {size} bytes: the spec calls a 1 MB feed a burden for readers (under 100 KB is ideal, 250 KB fine); publish fewer items and link older ones with "next_url"',
             'de feed is {size} bytes: de specificatie noemt een feed van 1 MB een last voor lezers (onder 100 KB is ideaal, 250 KB prima); publiceer minder items en verwijs naar oudere met "next_url"'),
    explanation='The spec\'s suggestions for publishers: a 1 MB feed places a burden on readers, especially with many such feeds; under 100 KB is ideal and 250 KB fine. Paginate with next_url.',
    bad='5,000 items in one feed',
    good='50 items and a next_url',
    spec='JSON Feed 1.1',
    url='https://www.jsonfeed.org/version/1.1/',
)

declare(
    'GenericJsonMediaType',
    severity=INFO,
    formats=(JSONFEED,),
    layer='http',
    summary=('A JSON Feed 1.1 served as application/json',
             'Een JSON Feed 1.1 geleverd als application/json'),
    message=('the server sends Content-Type application/json: JSON Feed 1.1 asks for application/feed+json, which tells readers and browsers that this JSON is a feed',
             'de server stuurt Content-Type application/json: JSON Feed 1.1 vraagt om application/feed+json, waaraan lezers en browsers zien dat deze JSON een feed is'),
    explanation='JSON Feed 1.0 was served as application/json; 1.1 registered application/feed+json, and discovery prefers it.',
    bad='Content-Type: application/json',
    good='Content-Type: application/feed+json',
    spec='JSON Feed 1.1, suggestions for publishers',
    url='https://www.jsonfeed.org/version/1.1/#suggestions-for-publishers-a-name-suggestions-for-publishers-a',
)


# --- The codes JSON Feed shares with Atom and RSS (declared with the XML layers): their JSON wording ---
# A JSON finding of one of these is made as "Code.json" (feedtool/validate/jsoncodes.py, SHARED).
for _code, _en, _nl in (
    ("UnicodeError", "the bytes {bytes} are not valid {encoding}: readers refuse the document; save it as UTF-8",
     "de bytes {bytes} zijn geen geldige {encoding}: lezers weigeren het document; sla het op als UTF-8"),
    ("EmptyDocument", "the document is empty", "het document is leeg"),
    ("ValidatorLimit", "{what}: refused, not validated further (the limit is {limit})",
     "{what}: geweigerd, niet verder gevalideerd (de grens is {limit})"),
    ("UnknownFormat", "not a feed: {detail}", "geen feed: {detail}"),
    ("InvalidFullLink", "{detail}", "{detail}"),
    ("InvalidUriChar", "{detail}", "{detail}"),
    ("InvalidIRI", "{detail}", "{detail}"),
    ("SecurityRisk", "{detail}", "{detail}"),
    ("InvalidMIMEType", "{detail}", "{detail}"),
    ("InvalidRFC3339Date", "{detail}", "{detail}"),
    ("InvalidLanguage", "{detail}", "{detail}"),
    ("NotBlank", '"{member}" is empty: leave it out, or give it text', '"{member}" is leeg: laat het weg, of geef het tekst'),
    ("ContainsHTML", '"{member}" is plain text but contains HTML ({sample}): readers show the tags as text; HTML belongs in content_html only',
     '"{member}" is platte tekst maar bevat HTML ({sample}): lezers tonen de tags als tekst; HTML hoort alleen in content_html'),
    ("SelfDoesntMatchLocation", '"feed_url" is {value}, but the feed was fetched from {location}: readers that follow feed_url subscribe to another address; make feed_url the address the feed is published at',
     '"feed_url" is {value}, maar de feed kwam van {location}: lezers die feed_url volgen, abonneren zich op een ander adres; maak feed_url het adres waarop de feed gepubliceerd is'),
    ("UnexpectedContentType", "the server sends Content-Type {media_type}, but this is a JSON Feed: serve it as application/feed+json",
     "de server stuurt Content-Type {media_type}, maar dit is een JSON Feed: lever het als application/feed+json"),
    ("ReaderParseProblem", "fastfeedparser (an independent JSON Feed reader) cannot read this feed: {detail}",
     "fastfeedparser (een onafhankelijke lezer van JSON Feed) kan deze feed niet lezen: {detail}"),
    ("ReaderEntryCount", "fastfeedparser reads {seen} items where the feed holds {strict}: readers would lose items",
     "fastfeedparser leest {seen} items waar de feed er {strict} bevat: lezers zouden items kwijtraken"),
    ("ReaderIdDiffers", "fastfeedparser reads this item's id as {seen}, not {strict}: readers may show it twice or merge it with another",
     "fastfeedparser leest de id van dit item als {seen}, niet {strict}: lezers tonen het misschien dubbel of voegen het samen met een ander"),
    ("ReaderTitleDiffers", "fastfeedparser reads this item's title as {seen}, not {strict}", "fastfeedparser leest de titel van dit item als {seen}, niet {strict}"),
    ("ReaderLinkDiffers", "fastfeedparser reads this item's link as {seen}, not {strict}", "fastfeedparser leest de link van dit item als {seen}, niet {strict}"),
    ("ReaderDateUnreadable", "fastfeedparser cannot read the date {text}: readers show the time they fetched the item instead (write RFC 3339, e.g. 2024-05-01T09:30:00+02:00)",
     "fastfeedparser kan de datum {text} niet lezen: lezers tonen in plaats daarvan het moment waarop ze het item ophaalden (schrijf RFC 3339, bijvoorbeeld 2024-05-01T09:30:00+02:00)"),
    ("ReaderDateDiffers", "fastfeedparser reads the date {text} as {seen}, not {strict}", "fastfeedparser leest de datum {text} als {seen}, niet {strict}"),
):
    extend(_code, formats=(JSONFEED,), variants={"json": (_en, _nl)})
