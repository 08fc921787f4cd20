"""Codes of the JSON Feed rules (feedtool/validate/jsonfeed.py), declared in the registry.

The JSON Feed rules keep their table of codes in feedtool/validate/jsoncodes.py (message templates,
explanations, examples); this module declares each of them here, with a one-line summary, so that
`explain`, `--ignore`, the docs and the reports know them like every other code. A code the XML rules
declared already (UnicodeError, NotBlank, the HTML and reader's-view codes, ...) is extended: it
applies to JSON Feed too, and its JSON wording is the variant "json".
"""

from feedtool.validate import jsoncodes
from feedtool.validate.codes import JSONFEED, declare, declare_text, extend, get, known

SPEC = "JSON Feed 1.1"
URL = "https://www.jsonfeed.org/version/1.1/"

declare_text("json.at", "{pointer}: {detail}", "{pointer}: {detail}")

# One-line summaries, English and Dutch, of the codes only the JSON Feed rules make.
SUMMARIES = {
    "JsonSyntaxError": ("The document is not valid JSON", "Het document is geen geldige JSON"),
    "JsonDuplicateKey": ("A key that appears twice in one object", "Een sleutel die twee keer in één object staat"),
    "JsonByteOrderMark": ("JSON that starts with a byte order mark", "JSON die met een byte order mark begint"),
    "JsonNotUtf8": ("JSON in another encoding than UTF-8", "JSON in een andere codering dan UTF-8"),
    "JsonNotANumber": ("NaN or Infinity, which JSON does not have", "NaN of Infinity, die JSON niet kent"),
    "JsonNumberOutOfRange": ("A number beyond the range of a double", "Een getal buiten het bereik van een double"),
    "JsonNumberPrecision": ("An integer readers round (over 2^53)", "Een geheel getal dat lezers afronden (boven 2^53)"),
    "JsonLoneSurrogate": ("Half of a UTF-16 surrogate pair", "Een halve UTF-16-surrogaatpaar"),
    "JsonControlCharacter": ("A control character in text", "Een stuurteken in tekst"),
    "InvalidVersion": ("A version that is not a JSON Feed version URL", "Een version die geen JSON Feed-versie-URL is"),
    "NonCanonicalVersion": ("The version URL not written as the spec writes it", "De versie-URL niet geschreven zoals de specificatie hem schrijft"),
    "UnknownVersion": ("A JSON Feed version feedtool does not know", "Een JSON Feed-versie die feedtool niet kent"),
    "VersionNotFirst": ('"version" is not the first member', '"version" is niet het eerste lid'),
    "MissingMember": ("A required member is missing", "Een verplicht lid ontbreekt"),
    "WrongType": ("A member of the wrong JSON type", "Een lid van het verkeerde JSON-type"),
    "MissingContent": ("An item with neither content_html nor content_text", "Een item zonder content_html en zonder content_text"),
    "NumericId": ("An id written as a number", "Een id geschreven als getal"),
    "InvalidId": ("An item id that is blank or not a string", "Een item-id die leeg is of geen tekst"),
    "DuplicateItemId": ("Two items with the same id", "Twee items met dezelfde id"),
    "NotWebUrl": ("A URL readers open that is not http(s)", "Een URL die lezers openen en die geen http(s) is"),
    "MissingFeedUrl": ('A feed without "feed_url"', 'Een feed zonder "feed_url"'),
    "MissingHomePageUrl": ('A feed without "home_page_url"', 'Een feed zonder "home_page_url"'),
    "MissingItemUrl": ('An item without "url"', 'Een item zonder "url"'),
    "MissingIcon": ('A feed with neither "icon" nor "favicon"', 'Een feed zonder "icon" en zonder "favicon"'),
    "NextUrlIsFeedUrl": ('"next_url" that points at the feed itself', '"next_url" die naar de feed zelf wijst'),
    "DeprecatedAuthor": ('"author", deprecated since JSON Feed 1.1', '"author", verouderd sinds JSON Feed 1.1'),
    "Version11Member": ("A 1.1 member in a feed that declares version 1", "Een lid uit 1.1 in een feed die versie 1 opgeeft"),
    "EmptyAuthor": ("An author with no name, url or avatar", "Een auteur zonder name, url of avatar"),
    "EmptyList": ("An empty list", "Een lege lijst"),
    "InvalidSize": ("An attachment size that is not a number of bytes", "Een grootte van een bijlage die geen aantal bytes is"),
    "DuplicateAttachment": ("Two attachments with the same url", "Twee bijlagen met dezelfde url"),
    "HubWithoutFeedUrl": ('A WebSub hub without "feed_url"', 'Een WebSub-hub zonder "feed_url"'),
    "UnknownHubType": ("A hub type readers do not know", "Een hub-type dat lezers niet kennen"),
    "FeedExpired": ("A feed that says it will not be updated again", "Een feed die zegt dat hij niet meer bijgewerkt wordt"),
    "UnknownMember": ("A member JSON Feed does not define", "Een lid dat JSON Feed niet definieert"),
    "InvalidExtensionName": ("An extension name that is not valid", "Een naam van een extensie die niet geldig is"),
    "ExtensionNotObject": ("An extension that is not an object", "Een extensie die geen object is"),
    "ModifiedBeforePublished": ("date_modified before date_published", "date_modified vóór date_published"),
    "TitleLineBreak": ("A title with a line break", "Een titel met een regeleinde"),
    "LongSummary": ("A summary much longer than a sentence or two", "Een samenvatting veel langer dan een of twee zinnen"),
    "DuplicateTag": ("A tag that appears twice in an item", "Een tag die twee keer in een item staat"),
    "LargeFeed": ("A feed of more than 1 MB", "Een feed van meer dan 1 MB"),
    "GenericJsonMediaType": ("Served as application/json, not application/feed+json", "Geleverd als application/json, niet application/feed+json"),
}
# Examples without a fix written after "->": the fix, or the problem, in full.
EXAMPLES = {
    "UnknownVersion": ('"version": "https://jsonfeed.org/version/2"', '"version": "https://jsonfeed.org/version/1.1"'),
    "MissingFeedUrl": ("(no feed_url)", '"feed_url": "https://example.org/feed.json"'),
    "MissingHomePageUrl": ("(no home_page_url)", '"home_page_url": "https://example.org/"'),
    "MissingItemUrl": ("(no url in the item)", '"url": "https://example.org/2024/hallo/"'),
    "MissingIcon": ("(no icon, no favicon)", '"icon": "https://example.org/icon-512.png", "favicon": "https://example.org/favicon-64.png"'),
    "HubWithoutFeedUrl": ('"hubs": [{"type": "WebSub", "url": "https://hub.example/"}]   (no feed_url)',
                          '"feed_url": "https://example.org/feed.json", "hubs": [{"type": "WebSub", "url": "https://hub.example/"}]'),
    "FeedExpired": ('"expired": true   (in a feed that is still published)', '(leave "expired" out while the feed is kept up to date)'),
    "ModifiedBeforePublished": ('"date_published": "2024-05-02T10:00:00+02:00", "date_modified": "2024-05-01T10:00:00+02:00"',
                                '"date_published": "2024-05-01T10:00:00+02:00", "date_modified": "2024-05-02T10:00:00+02:00"'),
}

# Explanations the table keeps short, said in full here.
EXPLANATIONS = {
    "DuplicateTag": "Tags are a set of plain-text labels: a tag listed twice is shown twice by readers and counts twice in their tag lists.",
    "LargeFeed": "The spec's suggestions for publishers: every poll downloads the whole feed, so a feed over 1 MB costs each "
                 "subscriber that much every few minutes; under 100 KB is ideal. Publish fewer items and page with next_url.",
    "UnknownHubType": "Readers subscribe to push updates only through hubs whose protocol they speak: WebSub or rssCloud.",
    "Version11Member": "authors and language came with JSON Feed 1.1 (2020): a reader of version 1 ignores them, so the feed's "
                       "author and language are lost there. Declare version 1.1.",
}

# The message id each code's JSON findings use: "Code" for the codes above, "Code.json" for extended ones.
MESSAGE_IDS: dict[str, str] = {}


def _examples(spec: jsoncodes.CodeSpec) -> tuple[str, str]:
    if spec.code in EXAMPLES:
        return EXAMPLES[spec.code]
    bad, arrow, good = spec.example.partition("  ->  ")
    if not arrow:
        raise ValueError(f"{spec.code}: its example has no '  ->  ' fix; give it one in EXAMPLES")
    return bad, good


for _spec in jsoncodes.CODES.values():
    if known(_spec.code):
        _declared = get(_spec.code)
        _severity = () if _spec.severity == _declared.severity else (_spec.severity,)
        extend(_spec.code, formats=(JSONFEED,), variants={"json": (_spec.en, _spec.nl, *_severity)})
        MESSAGE_IDS[_spec.code] = f"{_spec.code}.json"
        continue
    _bad, _good = _examples(_spec)
    declare(
        _spec.code,
        severity=_spec.severity,
        formats=_spec.formats,
        layer="jsonfeed",
        summary=SUMMARIES[_spec.code],
        message=(_spec.en, _spec.nl),
        explanation=EXPLANATIONS.get(_spec.code, _spec.explanation),
        bad=_bad,
        good=_good,
        w3c=_spec.w3c,
        spec=SPEC,
        url=URL,
    )
    MESSAGE_IDS[_spec.code] = _spec.code
