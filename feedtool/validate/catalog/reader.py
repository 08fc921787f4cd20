"""Codes of layer 6, the reader's view through feedparser (feedparser/validate/readerview.py).

W3C has no counterpart for any of them: they compare what the parser most readers build on
reads with what the feed says.
"""

from feedtool.validate.codes import ATOM, ERROR, RSS, WARNING, declare, declare_text

FORMATS = (ATOM, RSS)
FEEDPARSER = "feedparser 6 (the reader's view)"
FEEDPARSER_URL = "https://feedparser.readthedocs.io/en/latest/"

declare_text("reader.another_element", "another element", "een ander element")
declare_text("reader.cause.strict", " (feedparser's strict parse failed: {problem})", " (de strikte lezing van feedparser mislukte: {problem})")
declare_text(
    "reader.cause.encoding",
    " (feedparser's strict parse failed: {problem}); feedparser read the {encoding} bytes as {reader_encoding}: "
    'declare the encoding (<?xml version="1.0" encoding="{declared}"?>) or, better, publish in UTF-8',
    " (de strikte lezing van feedparser mislukte: {problem}); feedparser las de {encoding}-bytes als {reader_encoding}: "
    'geef de codering op (<?xml version="1.0" encoding="{declared}"?>) of, beter, publiceer in UTF-8',
)

declare(
    "ReaderParseProblem",
    severity=WARNING,
    formats=FORMATS,
    layer="reader",
    summary=("feedparser reports a problem the strict parse does not", "feedparser meldt een probleem dat de strikte lezing niet ziet"),
    message=("feedparser (the parser behind most feed readers) reports a problem: {problem}; "
             "some readers refuse such a feed or fall back to guessing",
             "feedparser (de parser achter de meeste feedlezers) meldt een probleem: {problem}; "
             "sommige lezers weigeren zo'n feed of gaan gokken"),
    explanation="""
feedparser sets its "bozo" flag: it had to fall back from its strict XML parse, or it overrode
the declared encoding. The feed may still read correctly there, but less forgiving readers
refuse it, and what forgiving ones show depends on their guesses.
""",
    bad='<?xml version="1.0" encoding="us-ascii"?> ... <title>Café</title>   (UTF-8 bytes)',
    good='<?xml version="1.0" encoding="utf-8"?> ... <title>Café</title>',
    spec=FEEDPARSER,
    url=FEEDPARSER_URL + "bozo.html",
)

declare(
    "ReaderEntryCount",
    severity=ERROR,
    formats=FORMATS,
    layer="reader",
    summary=("feedparser sees another number of entries", "feedparser ziet een ander aantal berichten"),
    message=("feedparser reads {seen} entries where the feed holds {held}: readers would lose entries{cause}",
             "feedparser leest {seen} berichten waar de feed er {held} bevat: lezers zouden berichten kwijtraken{cause}"),
    variants={
        "invented": ("feedparser reads {seen} entries where the feed holds {held}: readers would invent entries{cause}",
                     "feedparser leest {seen} berichten waar de feed er {held} bevat: lezers zouden berichten verzinnen{cause}",
                     WARNING),
    },
    explanation="""
The parser most readers build on sees fewer entries than the feed holds (an error: those entries
are lost for every subscriber), or more (a warning: for instance an <item> inside an extension
element, read as an entry). Typical cause of lost entries: a UTF-16 feed without an encoding
declaration, which feedparser decodes as UTF-8.
""",
    bad="(UTF-16 with a byte order mark and no encoding declaration)\n<?xml version=\"1.0\"?>",
    good='<?xml version="1.0" encoding="utf-8"?>   (and the file saved as UTF-8)',
    spec=FEEDPARSER,
    url=FEEDPARSER_URL,
)

declare(
    "ReaderIdDiffers",
    severity=WARNING,
    formats=FORMATS,
    layer="reader",
    summary=("feedparser reads another id for an entry", "feedparser leest een andere id voor een bericht"),
    message=("feedparser reads this entry's id as {seen!r}, not {held!r}: readers may show it twice or merge it with another",
             "feedparser leest de id van dit bericht als {seen!r}, niet {held!r}: lezers tonen het misschien dubbel of voegen het samen met een ander"),
    explanation="""
Readers recognise entries they have shown before by their id. When feedparser reads another id
than the feed says (a guid it replaces by the link, markup inside the id), subscribers may see the
entry again as new, or lose it under another entry's id.
""",
    bad="<guid>  <![CDATA[post-1]]>\n  <b>x</b></guid>",
    good="<guid isPermaLink=\"false\">tag:www.example.nl,2012:post-1</guid>",
    spec=FEEDPARSER,
    url=FEEDPARSER_URL,
)

declare(
    "ReaderTitleDiffers",
    severity=WARNING,
    formats=FORMATS,
    layer="reader",
    summary=("feedparser reads another title", "feedparser leest een andere titel"),
    message=("feedparser reads this entry's title as {seen!r}, not {held!r}",
             "feedparser leest de titel van dit bericht als {seen!r}, niet {held!r}"),
    explanation="""
The title a subscriber sees differs from the one in the feed, typically because of text encoded
twice (CafÃ© for Café) that feedparser repairs or mangles differently, or because of entities.
Only plain-text titles are compared.
""",
    bad="<title>CafÃ©</title>",
    good="<title>Café</title>",
    spec=FEEDPARSER,
    url=FEEDPARSER_URL,
)

declare(
    "ReaderLinkDiffers",
    severity=WARNING,
    formats=FORMATS,
    layer="reader",
    summary=("feedparser takes another link as the entry's link", "feedparser neemt een andere link als link van het bericht"),
    message=("feedparser reads this entry's link as {seen!r}, not {held!r}",
             "feedparser leest de link van dit bericht als {seen!r}, niet {held!r}"),
    explanation="""
The link readers open for an entry is not the one the feed means. feedparser takes an Atom link as
the entry's link only with type text/html (or none) and rel="alternate": a type with parameters
("text/html; charset=utf-8") makes it choose another link, or none.
""",
    bad='<link rel="alternate" type="text/html; charset=utf-8" href="https://www.example.nl/post/"/>',
    good='<link rel="alternate" type="text/html" href="https://www.example.nl/post/"/>',
    spec=FEEDPARSER,
    url=FEEDPARSER_URL,
)

declare(
    "ReaderDateUnreadable",
    severity=WARNING,
    formats=FORMATS,
    layer="reader",
    summary=("feedparser cannot read a date at all", "feedparser kan een datum helemaal niet lezen"),
    message=("feedparser cannot read the date {date!r}: readers show the time they fetched the entry instead "
             "(write RFC 3339 in Atom, RFC 822 with English day and month names in RSS)",
             "feedparser kan de datum {date!r} niet lezen: lezers tonen in plaats daarvan het moment waarop ze het bericht ophaalden "
             "(schrijf RFC 3339 in Atom, RFC 822 met Engelse namen van dagen en maanden in RSS)"),
    variants={
        "other_element": ("feedparser takes this entry's date from {source} ({read!r}) instead of {element} ({date!r}) and cannot read it: "
                          "readers show the time they fetched the entry instead (correct or remove the {source})",
                          "feedparser neemt de datum van dit bericht uit {source} ({read!r}) in plaats van {element} ({date!r}) en kan die niet lezen: "
                          "lezers tonen in plaats daarvan het moment waarop ze het bericht ophaalden (verbeter of verwijder {source})"),
    },
    explanation="""
The Dutch-date trap: a date such as "vr, 21 dec 2012 10:00:00 +0100" is not RFC 822 (which has
English names), and feedparser reads it as no date at all. Readers then show the moment they
fetched the entry, so old posts appear as new. Also caught: RFC 822 comments, and a dc:date that
overrides a correct <updated>.
""",
    bad="<pubDate>vr, 21 dec 2012 10:00:00 +0100</pubDate>",
    good="<pubDate>Fri, 21 Dec 2012 10:00:00 +0100</pubDate>",
    spec=FEEDPARSER,
    url=FEEDPARSER_URL + "date-parsing.html",
)

declare(
    "ReaderDateDiffers",
    severity=WARNING,
    formats=FORMATS,
    layer="reader",
    summary=("feedparser reads a date as another instant", "feedparser leest een datum als een ander tijdstip"),
    message=("feedparser reads the date {date!r} as {reader}, not {strict}",
             "feedparser leest de datum {date!r} als {reader}, niet {strict}"),
    variants={
        "other_element": ("feedparser takes this entry's date from {source} ({read!r}) instead of {element} ({date!r}): "
                          "readers show {reader}, not {strict} (make the {source} agree with {element}, or remove it)",
                          "feedparser neemt de datum van dit bericht uit {source} ({read!r}) in plaats van {element} ({date!r}): "
                          "lezers tonen {reader}, niet {strict} (laat {source} overeenkomen met {element}, of verwijder het)"),
    },
    explanation="""
feedparser reads the date, but as another moment than the feed means: a zone it does not know
(read as UTC), or another element (dc:date, dcterms:modified) that it prefers and that disagrees.
Subscribers see the wrong time, and entries sort in the wrong order.
""",
    bad="<updated>2012-12-21T10:00:00+01:00</updated>\n<dc:date>2013-01-01</dc:date>",
    good="<updated>2012-12-21T10:00:00+01:00</updated>",
    spec=FEEDPARSER,
    url=FEEDPARSER_URL + "date-parsing.html",
)

# Why the view was left out: the {reason} of ReaderViewSkipped (also `diff`'s message).
declare_text(
    "reader.per_element",
    "an element has {count} attributes, over the bound of {bound} per element (feedparser's time grows with "
    "the square of that number: readers built on it hang on this feed)",
    "een element heeft {count} attributen, meer dan de grens van {bound} per element (de tijd van feedparser "
    "groeit met het kwadraat daarvan: lezers die erop bouwen lopen vast op deze feed)",
)
declare_text("reader.in_all", "the feed has {count} attributes, over the bound of {bound} in all",
             "de feed heeft {count} attributen, meer dan de grens van {bound} in totaal")
declare_text("reader.budget", "feedparser did not finish within the budget of {seconds} seconds",
             "feedparser was niet klaar binnen de {seconds} seconden die het krijgt")

declare(
    "ReaderViewSkipped",
    severity=WARNING,
    formats=FORMATS,
    layer="reader",
    summary=("The feed is past the reader view's bounds: feedparser was not run on it",
             "De feed valt buiten de grenzen van de lezersweergave: feedparser is er niet op losgelaten"),
    message=(
        "the reader's view (feedparser, the parser behind most feed readers) was left out: {reason}; "
        "the other checks ran, but what readers will show was not compared with the feed",
        "de lezersweergave (feedparser, de parser achter de meeste feedlezers) is overgeslagen: {reason}; "
        "de andere controles zijn gedaan, maar wat lezers tonen is niet met de feed vergeleken",
    ),
    explanation="""
Layer 6 re-reads the feed with feedparser, as most readers do. feedparser's strict parser takes time
that grows with the square of the number of attributes on one element: 50,000 attributes on one
element (a 539 kB file) took it over a minute. So the view has bounds: at most 1,000 attributes on
one element, 500,000 in the whole feed, and a time budget of 5 seconds plus 1 second per megabyte.
Past a bound the view is left out (never a hang) and this warning says which bound; every other
layer still runs. Every feed of the conformance corpora stays far inside the bounds (at most 10
attributes on one element, 2,509 in all, 5 % of its time budget). A real feed past them makes
readers hang too: fix the feed.
""",
    bad='<item a0="v" a1="v" ... a49999="v"><title>x</title></item>',
    good="<item><title>x</title></item>",
    w3c=None,
    spec=None,
)
