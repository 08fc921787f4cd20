"""Codes of layer 1: bytes, encoding, well-formedness, DOCTYPE (feedtool/validate/xml.py)."""

from feedtool.validate.codes import ALL_FORMATS, ERROR, INFO, WARNING, XML_FORMATS, declare

XML_SPEC = "XML 1.0 (Fifth Edition)"
XML_URL = "https://www.w3.org/TR/xml/"
ENCODING_URL = "https://www.w3.org/TR/xml/#charencoding"

declare(
    "EmptyDocument",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("The document is empty", "Het document is leeg"),
    message=("the document is empty: a feed needs at least a root element <feed> or <rss>",
             "het document is leeg: een feed heeft minstens een hoofdelement <feed> of <rss> nodig"),
    variants={
        "no_element": ("the document holds no element: a feed needs a root element <feed> or <rss>",
                       "het document bevat geen element: een feed heeft een hoofdelement <feed> of <rss> nodig"),
    },
    explanation="""
The file (or the download) holds nothing, or only white space, comments or an XML declaration.
Usually the feed was written by a build that failed half-way, or the server answered with an
empty body. Every feed has exactly one root element.
""",
    bad='<?xml version="1.0" encoding="utf-8"?>',
    good='<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>...</channel></rss>',
    spec=XML_SPEC + ", 2.1 Well-Formed XML Documents",
    url="https://www.w3.org/TR/xml/#sec-well-formed",
)

declare(
    "SAXError",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("The document is not well-formed XML", "Het document is geen goedgevormde XML"),
    message=("XML parsing error: {detail}", "XML-fout: {detail}"),
    variants={
        "char": ("XML parsing error: {detail} (character U+{point}, which XML cannot carry (often pasted from a word processor): remove it)",
                 "XML-fout: {detail} (teken U+{point}, dat XML niet kan bevatten (vaak geplakt uit een tekstverwerker): verwijder het)"),
        "char_reference": ("XML parsing error: {detail} (a reference to character U+{point}, which XML cannot carry (often pasted from a word processor): remove it)",
                           "XML-fout: {detail} (een verwijzing naar teken U+{point}, dat XML niet kan bevatten (vaak geplakt uit een tekstverwerker): verwijder haar)"),
        "control": ("XML parsing error: {detail} (a control character XML cannot carry, often pasted from a word processor: remove it)",
                    "XML-fout: {detail} (een stuurteken dat XML niet kan bevatten, vaak geplakt uit een tekstverwerker: verwijder het)"),
        "declaration": ("XML parsing error: {detail} (remove everything before <?xml, including blank lines and spaces)",
                        "XML-fout: {detail} (verwijder alles vóór <?xml, ook lege regels en spaties)"),
        "not_xml": ("XML parsing error: {detail} (this does not look like XML at all)",
                    "XML-fout: {detail} (dit lijkt helemaal geen XML)"),
        "prefix": ('XML parsing error: {detail} (declare the prefix on the root element, e.g. xmlns:dc="http://purl.org/dc/elements/1.1/")',
                   'XML-fout: {detail} (declareer het prefix op het hoofdelement, bijvoorbeeld xmlns:dc="http://purl.org/dc/elements/1.1/")'),
        "entity": ("XML parsing error: {detail} (XML knows only &lt; &gt; &amp; &quot; &apos;: write a numeric reference such as &#160; for &nbsp;)",
                   "XML-fout: {detail} (XML kent alleen &lt; &gt; &amp; &quot; &apos;: schrijf een numerieke verwijzing zoals &#160; voor &nbsp;)"),
    },
    explanation="""
The XML parser stopped: the document breaks a rule of XML itself, so no reader can be sure what
it says, and strict readers show nothing. The message gives the parser's own words, with the
line and column. Common causes: an element closed in the wrong order, an unescaped & or < in
text, an entity XML does not define (&nbsp;: write &#160;), a namespace prefix that is not
declared (dc:date without xmlns:dc), a control character pasted from a word processor, a
truncated file, or blank lines before the XML declaration.
""",
    bad="<title>Tom & Jerry</title>",
    good="<title>Tom &amp; Jerry</title>",
    w3c="SAXError",
    spec=XML_SPEC + ", 2.1 Well-Formed XML Documents",
    url="https://www.w3.org/TR/xml/#sec-well-formed",
)

declare(
    "UndefinedNamedEntity",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("An entity only an unread DTD could define", "Een entiteit die alleen een ongelezen DTD kan definiëren"),
    message=("the entity &{name}; is not defined: the external DTD that may define it is not read by feed readers "
             "(write a numeric reference such as &#160; for &nbsp;, or the character itself)",
             "de entiteit &{name}; is niet gedefinieerd: de externe DTD die haar misschien definieert, lezen feedlezers niet "
             "(schrijf een numerieke verwijzing zoals &#160; voor &nbsp;, of het teken zelf)"),
    explanation="""
The document names an external DTD and uses an entity (&nbsp;, &eacute;) that only that DTD could
define. Feed readers do not read DTDs, so for them the entity is undefined and the feed is broken.
(Without a DTD, an undefined entity is a well-formedness error: SAXError.) The Latin-1 entities
of the RSS 0.91 DTD are known. Write the character itself or a numeric character reference.
""",
    bad='<!DOCTYPE rss SYSTEM "http://www.example.org/rss.dtd">\n... <title>Caf&eacute;</title>',
    good="<title>Café</title>",
    w3c="UndefinedNamedEntity",
    spec=XML_SPEC + ", 4.1 Character and Entity References",
    url="https://www.w3.org/TR/xml/#sec-references",
)

declare(
    "WPBlankLine",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("Blank lines before the XML declaration (WordPress)", "Lege regels vóór de XML-declaratie (WordPress)"),
    message=("the document starts with blank lines before the XML declaration (a WordPress theme or plugin prints them): "
             "XML parsers refuse the feed; remove them (check functions.php and plugins for text after ?>)",
             "het document begint met lege regels vóór de XML-declaratie (een WordPress-thema of -plug-in drukt ze af): "
             "XML-parsers weigeren de feed; verwijder ze (zoek in functions.php en plug-ins naar tekst na ?>)"),
    explanation="""
An XML declaration must be the very first thing in the document. WordPress feeds often start with
blank lines printed by a theme's functions.php or a plugin (text after a closing ?>), and strict
parsers then refuse the whole feed. The rest of the feed is checked as if the declaration came
first.
""",
    bad='(two blank lines)\n\n<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">... <generator>https://wordpress.org/?v=6.4</generator>',
    good='<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">... <generator>https://wordpress.org/?v=6.4</generator>',
    w3c="WPBlankLine",
    spec=XML_SPEC + ", 2.8 Prolog and Document Type Declaration",
    url="https://www.w3.org/TR/xml/#sec-prolog-dtd",
)

declare(
    "UnicodeError",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("The bytes are not in the declared encoding", "De bytes zijn niet in de opgegeven codering"),
    message=("XML parsing error: {detail} (the bytes do not match the declared encoding: save the file as UTF-8, or declare the encoding it is in)",
             "XML-fout: {detail} (de bytes passen niet bij de opgegeven codering: sla het bestand op als UTF-8, of geef de codering op waarin het staat)"),
    variants={
        "declared_cp1252": ('XML parsing error: {detail} (the declaration says "{declared}", but the bytes look like windows-1252 (or ISO-8859-1): '
                            'declare encoding="windows-1252" or save the file as UTF-8)',
                            'XML-fout: {detail} (de declaratie zegt "{declared}", maar de bytes lijken windows-1252 (of ISO-8859-1): '
                            'geef encoding="windows-1252" op of sla het bestand op als UTF-8)'),
        "undeclared_cp1252": ("XML parsing error: {detail} (no encoding is declared, which means UTF-8, but the bytes look like windows-1252 "
                              '(or ISO-8859-1): declare encoding="windows-1252" or save the file as UTF-8)',
                              "XML-fout: {detail} (er is geen codering opgegeven, dus geldt UTF-8, maar de bytes lijken windows-1252 "
                              '(of ISO-8859-1): geef encoding="windows-1252" op of sla het bestand op als UTF-8)'),
    },
    explanation="""
The document says (or, without a declaration, XML assumes) one character encoding, but its bytes
are in another: typically a file saved as windows-1252 by an editor while the declaration says
UTF-8. The parser cannot read the text, and readers show garbage or nothing. Save the file as
UTF-8, or declare the encoding it really uses.
""",
    bad='<?xml version="1.0" encoding="utf-8"?>   (and the file saved as windows-1252: "caf\\xe9")',
    good='<?xml version="1.0" encoding="windows-1252"?>   (or: the file saved as UTF-8)',
    w3c="UnicodeError",
    spec=XML_SPEC + ", 4.3.3 Character Encoding in Entities",
    url=ENCODING_URL,
)

declare(
    "UnknownEncoding",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("The declared encoding is not a known encoding", "De opgegeven codering bestaat niet"),
    message=('unknown character encoding "{declared}" in the XML declaration: use "utf-8" and save the file as UTF-8',
             'onbekende tekencodering "{declared}" in de XML-declaratie: gebruik "utf-8" en sla het bestand op als UTF-8'),
    variants={
        "parse": ("XML parsing error: {detail}", "XML-fout: {detail}"),
    },
    explanation="""
The encoding named in the XML declaration is not an encoding any parser knows, so the text cannot
be decoded at all. Usually it is a typo or an invented name. Use UTF-8.
""",
    bad='<?xml version="1.0" encoding="utf-9"?>',
    good='<?xml version="1.0" encoding="utf-8"?>',
    w3c="UnknownEncoding",
    spec=XML_SPEC + ", 4.3.3 Character Encoding in Entities",
    url=ENCODING_URL,
)

declare(
    "InvalidEncoding",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("An encoding name XML parsers do not recognise", "Een naam voor een codering die XML-parsers niet herkennen"),
    message=('encoding="{declared}" is not an encoding name XML parsers recognise (did you mean "{preferred}"?): '
             "write the registered name, or better, convert the feed to UTF-8",
             'encoding="{declared}" is geen naam voor een codering die XML-parsers herkennen (bedoelt u "{preferred}"?): '
             "schrijf de geregistreerde naam, of beter: zet de feed om naar UTF-8"),
    explanation="""
The encoding exists, but under another name: Python and some tools accept spellings such as utf_8
or latin-1 that XML parsers (libxml2, expat) do not. Write the IANA-registered name.
""",
    bad='<?xml version="1.0" encoding="latin-1"?>',
    good='<?xml version="1.0" encoding="ISO-8859-1"?>',
    w3c="InvalidEncoding",
    spec=XML_SPEC + ", 4.3.3 Character Encoding in Entities",
    url=ENCODING_URL,
)

declare(
    "MissingEncoding",
    severity=WARNING,
    formats=XML_FORMATS,
    layer="xml",
    summary=("A download with non-ASCII text but no declared encoding", "Een download met niet-ASCII-tekst zonder opgegeven codering"),
    message=("no character encoding is declared, so the document is read as UTF-8: if it is UTF-8, say so with "
             '<?xml version="1.0" encoding="utf-8"?>; otherwise declare the encoding it is written in',
             "er is geen tekencodering opgegeven, dus wordt het document als UTF-8 gelezen: is het UTF-8, zeg dat dan met "
             '<?xml version="1.0" encoding="utf-8"?>; geef anders de codering op waarin het geschreven is'),
    explanation="""
The document was downloaded, holds characters outside ASCII, and neither an encoding declaration,
a byte order mark nor the HTTP charset says which encoding they are in. XML then means UTF-8, but
readers that follow HTTP's defaults or guess may decide otherwise. Declare it. (A file without a
declaration is UTF-8 by XML's rule, and is not warned about, as W3C judges files.)
""",
    bad='<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Café</title>...',
    good='<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Café</title>...',
    w3c="MissingEncoding",
    spec=XML_SPEC + ", 4.3.3 Character Encoding in Entities",
    url=ENCODING_URL,
)

declare(
    "EncodingMismatch",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("The byte order mark, the bytes or the HTTP charset contradict the declared encoding",
             "Byte order mark, bytes of HTTP-charset spreken de opgegeven codering tegen"),
    message=('the file starts with a {bom} byte order mark but the XML declaration says encoding="{declared}": '
             "remove the byte order mark or correct the declaration",
             'het bestand begint met een {bom}-byte order mark, maar de XML-declaratie zegt encoding="{declared}": '
             "verwijder de byte order mark of verbeter de declaratie"),
    variants={
        "one_byte": ('the XML declaration says encoding="{declared}" but the file is written in a one-byte encoding '
                     '(its declaration reads as plain ASCII): declare encoding="utf-8" (or the encoding the file is really in)',
                     'de XML-declaratie zegt encoding="{declared}", maar het bestand staat in een codering van één byte per teken '
                     '(de declaratie is gewone ASCII): geef encoding="utf-8" op (of de codering waarin het werkelijk staat)'),
        "http": ('the server says charset={charset} but the document is encoded as {actual}: '
                 "readers follow the server; make the Content-Type charset and the XML declaration agree",
                 "de server zegt charset={charset}, maar het document is gecodeerd als {actual}: "
                 "lezers volgen de server; laat de charset van Content-Type en de XML-declaratie overeenkomen",
                 WARNING),
    },
    explanation="""
Two sources disagree about the encoding. A byte order mark that contradicts the declaration, or a
file declared UTF-16 that is written one byte per character, is a fatal error in XML (error). An
HTTP Content-Type charset that differs from the document is a warning: readers follow the server,
so they decode the feed differently from how it was written.
""",
    bad='(bytes EF BB BF = a UTF-8 byte order mark) <?xml version="1.0" encoding="utf-16"?>',
    good='(bytes EF BB BF) <?xml version="1.0" encoding="utf-8"?>',
    w3c="EncodingMismatch",
    spec=XML_SPEC + ", F Autodetection of Character Encodings; RFC 7303, 3",
    url="https://www.w3.org/TR/xml/#sec-guessing",
)

declare(
    "ObscureEncoding",
    severity=WARNING,
    formats=XML_FORMATS,
    layer="xml",
    summary=("An encoding many readers cannot decode", "Een codering die veel lezers niet kunnen lezen"),
    message=('"{declared}" is an obscure encoding that many readers cannot decode: convert the feed to UTF-8',
             '"{declared}" is een ongebruikelijke codering die veel lezers niet kunnen lezen: zet de feed om naar UTF-8'),
    explanation="""
The encoding is outside the WHATWG Encoding Standard, the set browsers and the libraries most
readers use can decode (HZ-GB-2312, UTF-7, EBCDIC code pages...). Such a feed is unreadable for
many subscribers. Convert it to UTF-8.
""",
    bad='<?xml version="1.0" encoding="UTF-7"?>',
    good='<?xml version="1.0" encoding="UTF-8"?>',
    w3c="ObscureEncoding",
    spec="WHATWG Encoding Standard",
    url="https://encoding.spec.whatwg.org/#names-and-labels",
)

declare(
    "NonstdEncoding",
    severity=INFO,
    formats=XML_FORMATS,
    layer="xml",
    summary=("An encoding other than UTF-8 or UTF-16", "Een andere codering dan UTF-8 of UTF-16"),
    message=('encoding "{declared}" is not one every XML processor must support (UTF-8, UTF-16): consider UTF-8',
             'codering "{declared}" hoeft niet door elke XML-processor ondersteund te worden (dat moet alleen UTF-8 en UTF-16): overweeg UTF-8'),
    explanation="""
XML processors must read UTF-8 and UTF-16; any other encoding (ISO-8859-1, windows-1252) is
optional. The feed is fine for nearly every reader, but UTF-8 is the safe choice and holds every
character.
""",
    bad='<?xml version="1.0" encoding="ISO-8859-1"?>',
    good='<?xml version="1.0" encoding="UTF-8"?>',
    w3c="NonstdEncoding",
    spec=XML_SPEC + ", 4.3.3 Character Encoding in Entities",
    url=ENCODING_URL,
)

declare(
    "NotUTF8",
    severity=WARNING,
    formats=XML_FORMATS,
    layer="xml",
    summary=("A podcast feed that is not UTF-8", "Een podcastfeed die niet in UTF-8 staat"),
    message=("this podcast feed uses iTunes elements but is encoded as {encoding}: "
             "Apple Podcasts expects UTF-8 and does not guarantee other encodings; save the feed as UTF-8",
             "deze podcastfeed gebruikt iTunes-elementen, maar is gecodeerd als {encoding}: "
             "Apple Podcasts verwacht UTF-8 en garandeert geen andere coderingen; sla de feed op als UTF-8"),
    explanation="""
Apple Podcasts requires podcast feeds in UTF-8. A feed with iTunes elements in another encoding
may be refused or shown with broken characters in Apple's directory and the apps that follow it.
""",
    bad='<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">',
    good='<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">',
    w3c="NotUTF8",
    spec="Apple Podcasts, RSS feed requirements",
    url="https://podcasters.apple.com/support/823-podcast-requirements",
)

declare(
    "BadXmlVersion",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("An XML version other than 1.0", "Een andere XML-versie dan 1.0"),
    message=('the XML declaration says version="{version}": feeds must be XML 1.0 (write version="1.0")',
             'de XML-declaratie zegt version="{version}": feeds moeten XML 1.0 zijn (schrijf version="1.0")'),
    explanation="""
Feed formats are defined on XML 1.0. XML 1.1 is rarely supported, and other version numbers do
not exist.
""",
    bad='<?xml version="1.1" encoding="utf-8"?>',
    good='<?xml version="1.0" encoding="utf-8"?>',
    w3c="BadXmlVersion",
    spec=XML_SPEC + ", 2.8 Prolog and Document Type Declaration",
    url="https://www.w3.org/TR/xml/#sec-prolog-dtd",
)

declare(
    "HtmlPage",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("An HTML page, not a feed", "Een HTML-pagina, geen feed"),
    message=('this is an HTML page, not a feed (validate the feed\'s own URL, usually linked with <link rel="alternate" type="application/atom+xml">)',
             'dit is een HTML-pagina, geen feed (valideer het eigen adres van de feed, meestal gelinkt met <link rel="alternate" type="application/atom+xml">)'),
    variants={
        "links": ("this is an HTML page, not a feed; it links to these feeds: {feeds}",
                  "dit is een HTML-pagina, geen feed; ze linkt naar deze feeds: {feeds}"),
        "xhtml": ("this is an (X)HTML page, not a feed: validate the feed's own URL",
                  "dit is een (X)HTML-pagina, geen feed: valideer het eigen adres van de feed"),
    },
    explanation="""
The address gives a web page instead of the feed: the site's home page, a login or error page, or
a page that only links to the feed. Validate (and publish) the feed's own URL; a page usually names
it in a <link rel="alternate"> element in its head.
""",
    bad="feedtool validate https://www.example.nl/",
    good="feedtool validate https://www.example.nl/atom.xml",
    w3c=None,
    spec=None,
)

declare(
    "EntityExpansion",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("A DOCTYPE whose entities expand enormously", "Een DOCTYPE waarvan de entiteiten enorm uitdijen"),
    message=("XML parsing error: {detail} (a DOCTYPE whose entities expand to an enormous text, as in a 'billion laughs' attack: refused)",
             "XML-fout: {detail} (een DOCTYPE waarvan de entiteiten uitdijen tot een enorme tekst, zoals bij een 'billion laughs'-aanval: geweigerd)"),
    explanation="""
The document declares entities that refer to each other so that a few hundred bytes expand to
gigabytes ("billion laughs", quadratic blow-up). It is refused before anything is expanded; such
a document is an attack on readers, never a feed.
""",
    bad='<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ...]>',
    good="(no DOCTYPE: feeds need none)",
    w3c=None,
    spec=XML_SPEC + ", 4.2 Entity Declarations",
    url="https://www.w3.org/TR/xml/#sec-entity-decl",
)

declare(
    "ContainsSystemEntity",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("The DOCTYPE declares an external entity", "Het DOCTYPE declareert een externe entiteit"),
    message=("the DOCTYPE declares the external entity '{name}' ({url}): a security risk, never loaded; "
             "remove it (feeds must be self-contained)",
             "het DOCTYPE declareert de externe entiteit '{name}' ({url}): een veiligheidsrisico, nooit geladen; "
             "verwijder haar (feeds moeten op zichzelf staan)"),
    variants={
        "resources": ("the DOCTYPE refers to external resources ({urls}): never loaded; remove them",
                      "het DOCTYPE verwijst naar externe bronnen ({urls}): nooit geladen; verwijder ze"),
        "parse": ("XML parsing error: {detail}", "XML-fout: {detail}"),
    },
    explanation="""
A SYSTEM or PUBLIC entity asks the reader's parser to fetch a file or URL and paste it into the
feed: the way XXE attacks read local files or probe internal networks. Nothing is loaded here;
the entity is reported so it can be removed. Feeds must be self-contained.
""",
    bad='<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
    good="(no DOCTYPE)",
    w3c="ContainsSystemEntity",
    spec=XML_SPEC + ", 4.2.2 External Entities",
    url="https://www.w3.org/TR/xml/#sec-external-ent",
)

declare(
    "EntityDeclaration",
    severity=WARNING,
    formats=XML_FORMATS,
    layer="xml",
    summary=("The DOCTYPE declares internal entities", "Het DOCTYPE declareert interne entiteiten"),
    message=("the DOCTYPE declares the entities {names}; "
             "they are not expanded here (so a value written as a reference is judged as written: an empty title, a URL "
             "without its start) and many readers do not expand them either: write the characters themselves or numeric references",
             "het DOCTYPE declareert de entiteiten {names}; "
             "die worden hier niet vervangen (dus een waarde die als verwijzing geschreven is, wordt beoordeeld zoals geschreven: een lege titel, "
             "een URL zonder begin) en veel lezers vervangen ze ook niet: schrijf de tekens zelf of numerieke verwijzingen"),
    explanation="""
Internal entities (<!ENTITY name "text">) are not expanded by this validator, which protects it
against entity attacks, and readers differ: some expand them, strict parsers do not. What a
subscriber sees then depends on the reader. Write the text itself.
""",
    bad='<!DOCTYPE rss [<!ENTITY site "https://www.example.nl">]>\n... <link>&site;/</link>',
    good="<link>https://www.example.nl/</link>",
    w3c=None,
    spec=XML_SPEC + ", 4.2 Entity Declarations",
    url="https://www.w3.org/TR/xml/#sec-entity-decl",
)

declare(
    "ExternalDTD",
    severity=INFO,
    formats=XML_FORMATS,
    layer="xml",
    summary=("The DOCTYPE names an external DTD, which is not loaded", "Het DOCTYPE noemt een externe DTD, die niet geladen wordt"),
    message=("the DOCTYPE refers to the external DTD {url}; it is not loaded, so entities it defines are unknown to us and to most readers",
             "het DOCTYPE verwijst naar de externe DTD {url}; die wordt niet geladen, dus entiteiten die zij definieert, kennen wij en de meeste lezers niet"),
    explanation="""
Feed readers do not load DTDs, and neither does this validator. The DOCTYPE is harmless as long
as the feed uses no entity that only the DTD defines; it can simply be removed.
""",
    bad='<!DOCTYPE rss SYSTEM "http://www.example.org/rss.dtd">',
    good="(no DOCTYPE)",
    w3c=None,
    spec=XML_SPEC + ", 2.8 Prolog and Document Type Declaration",
    url="https://www.w3.org/TR/xml/#sec-prolog-dtd",
)

declare(
    "DeprecatedDTD",
    severity=ERROR,
    formats=XML_FORMATS,
    layer="xml",
    summary=("Netscape's RSS 0.91 DTD, which is no longer served", "De RSS 0.91-DTD van Netscape, die niet meer bestaat"),
    message=("the DOCTYPE points at Netscape's RSS 0.91 DTD, which is no longer served: "
             "remove the DOCTYPE or use http://www.rssboard.org/rss-0.91.dtd",
             "het DOCTYPE wijst naar de RSS 0.91-DTD van Netscape, die niet meer online staat: "
             "verwijder het DOCTYPE of gebruik http://www.rssboard.org/rss-0.91.dtd"),
    explanation="""
RSS 0.91 feeds once named Netscape's DTD, which disappeared in 2001. Validating parsers that try
to load it fail. Remove the DOCTYPE (RSS needs none) or point it at the RSS Advisory Board's copy.
""",
    bad='<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">',
    good='<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://www.rssboard.org/rss-0.91.dtd">',
    w3c="DeprecatedDTD",
    spec="RSS 0.91 (RSS Advisory Board)",
    url="https://www.rssboard.org/rss-0-9-1",
)

declare(
    "ValidatorLimit",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="xml",
    summary=("A resource limit of the validator was reached", "Een grens van de validator is bereikt"),
    message=("the document is {size:,} bytes, more than the limit of {limit:,}: not parsed "
             "(raise the limit with --max-size if the feed is really meant to be this large; most readers refuse feeds over 15 MB)",
             "het document is {size:,} bytes, meer dan de grens van {limit:,}: niet gelezen "
             "(verhoog de grens met --max-size als de feed echt zo groot hoort te zijn; de meeste lezers weigeren feeds boven 15 MB)"),
    variants={
        "parse": ("XML parsing error: {detail} (a resource limit of the hardened parser was reached: refused)",
                  "XML-fout: {detail} (een grens van de beveiligde parser is bereikt: geweigerd)"),
        "nesting": ("the {layer} gave up on this document: it nests too deeply",
                    "de {layer} gaf het op bij dit document: het is te diep genest"),
        "file": ("the document is {size:,} bytes, over the limit of {limit:,}: not validated "
                 "(raise the limit with --max-size if the feed really is this large; many readers refuse feeds over 15 MB)",
                 "het document is {size:,} bytes, boven de grens van {limit:,}: niet gevalideerd "
                 "(verhoog de grens met --max-size als de feed echt zo groot is; veel lezers weigeren feeds boven 15 MB)"),
        "file_at_least": ("the document is more than {limit:,} bytes, over the limit of {limit:,}: not validated "
                          "(raise the limit with --max-size if the feed really is this large; many readers refuse feeds over 15 MB)",
                          "het document is meer dan {limit:,} bytes, boven de grens van {limit:,}: niet gevalideerd "
                          "(verhoog de grens met --max-size als de feed echt zo groot is; veel lezers weigeren feeds boven 15 MB)"),
        "download": ("the download is {size:,} bytes, over the limit of {limit:,}: not validated "
                     "(raise the limit with --max-size if the feed really is this large; many readers refuse feeds over 15 MB)",
                     "de download is {size:,} bytes, boven de grens van {limit:,}: niet gevalideerd "
                     "(verhoog de grens met --max-size als de feed echt zo groot is; veel lezers weigeren feeds boven 15 MB)"),
        "download_at_least": ("the download is more than {limit:,} bytes, over the limit of {limit:,}: not validated "
                              "(raise the limit with --max-size if the feed really is this large; many readers refuse feeds over 15 MB)",
                              "de download is meer dan {limit:,} bytes, boven de grens van {limit:,}: niet gevalideerd "
                              "(verhoog de grens met --max-size als de feed echt zo groot is; veel lezers weigeren feeds boven 15 MB)"),
        "timeout": ("the download took longer than {seconds:g} seconds: refused",
                    "het downloaden duurde langer dan {seconds:g} seconden: geweigerd"),
        "bomb": ("the {encoding}-compressed download ({size:,} bytes) expands beyond the limit of {limit:,} bytes: "
                 "refused (a compression bomb, or raise --max-size)",
                 "de met {encoding} gecomprimeerde download ({size:,} bytes) wordt groter dan de grens van {limit:,} bytes: "
                 "geweigerd (een compressiebom, of verhoog --max-size)"),
        "expands": ("the {encoding}-compressed download expands beyond the limit of {limit:,} bytes: refused",
                    "de met {encoding} gecomprimeerde download wordt groter dan de grens van {limit:,} bytes: geweigerd"),
    },
    explanation="""
The document is larger than --max-size (default 50M; counted decompressed for a gzip download),
nests deeper than 256 levels, holds a text node over 10 MB, or took longer than --timeout to
download. The validator refuses it rather than risk its memory or time, as a reader would. Raise
--max-size if the feed is really meant to be that large, but most readers refuse feeds over 15 MB:
publish fewer entries instead.
""",
    bad="feedtool validate archive.xml      (a 60 MB feed)",
    good="feedtool validate --max-size 100M archive.xml   (or: publish the last 50 entries and archive the rest, RFC 5005)",
    w3c="ValidatorLimit",
    spec=None,
)

declare(
    "BadCharacters",
    severity=WARNING,
    formats=XML_FORMATS,
    layer="xml",
    summary=("Text in the wrong encoding (mojibake, C1 control characters)", "Tekst in de verkeerde codering (mojibake, C1-stuurtekens)"),
    message=("the text appears to use the wrong encoding: control characters U+0080..U+009F: Windows-1252 punctuation (curly quotes, dashes) stored as ISO-8859-1",
             "de tekst lijkt in de verkeerde codering te staan: stuurtekens U+0080..U+009F: leestekens uit Windows-1252 (gekrulde aanhalingstekens, streepjes) opgeslagen als ISO-8859-1"),
    variants={
        "double_utf8": ("the text appears to use the wrong encoding: UTF-8 text encoded twice (é shows as Ã©): it was read as ISO-8859-1 somewhere and saved as UTF-8 again; repair the text",
                        "de tekst lijkt in de verkeerde codering te staan: UTF-8-tekst die twee keer gecodeerd is (é verschijnt als Ã©): hij is ergens als ISO-8859-1 gelezen en opnieuw als UTF-8 opgeslagen; herstel de tekst"),
        "utf8_in_latin": ('the text appears to use the wrong encoding: UTF-8 bytes in a document declared as {encoding}: the text is double-encoded (é shows as Ã©); declare encoding="utf-8"',
                          'de tekst lijkt in de verkeerde codering te staan: UTF-8-bytes in een document dat als {encoding} is opgegeven: de tekst is dubbel gecodeerd (é verschijnt als Ã©); geef encoding="utf-8" op'),
        "c1_byte": ("the text appears to use the wrong encoding: bytes 0x80..0x9F, which are control characters in {encoding}: the text is probably windows-1252; declare that",
                    "de tekst lijkt in de verkeerde codering te staan: bytes 0x80..0x9F, die in {encoding} stuurtekens zijn: de tekst is waarschijnlijk windows-1252; geef dat op"),
        "c1_reference": ("the text appears to use the wrong encoding: numeric references &#128;..&#159; name control characters, not Windows-1252 punctuation: use the Unicode code point (&#8211; for an en dash)",
                         "de tekst lijkt in de verkeerde codering te staan: numerieke verwijzingen &#128;..&#159; noemen stuurtekens, geen leestekens uit Windows-1252: gebruik het Unicode-codepunt (&#8211; voor een half kastlijntje)"),
        "replacement": ("the text holds U+FFFD, the replacement character: a program already failed to decode it (it shows as �); repair the text at its source",
                        "de tekst bevat U+FFFD, het vervangingsteken: een programma kon hem al niet decoderen (hij verschijnt als �); herstel de tekst bij de bron"),
        "double_reference": ("the text appears to use the wrong encoding: numeric references to the UTF-8 bytes of a character (&#195;&#169; for é): refer to the character's code point (&#233;)",
                             "de tekst lijkt in de verkeerde codering te staan: numerieke verwijzingen naar de UTF-8-bytes van een teken (&#195;&#169; voor é): verwijs naar het codepunt van het teken (&#233;)"),
    },
    explanation="""
The text is well-formed but almost certainly not what the author wrote: Windows-1252 curly quotes
and dashes stored as ISO-8859-1 control characters, UTF-8 text decoded as Latin-1 and saved again
(é becomes Ã©), numeric references to such bytes, or U+FFFD, the character a decoder puts where it
could not read the bytes. Readers show the garbage as it is. Repair the
text at its source and declare the encoding it is really in.
""",
    bad="<title>CafÃ© de Ster</title>   (UTF-8 encoded twice)",
    good="<title>Café de Ster</title>",
    w3c="BadCharacters",
    spec=XML_SPEC + ", 2.2 Characters",
    url="https://www.w3.org/TR/xml/#charsets",
)
