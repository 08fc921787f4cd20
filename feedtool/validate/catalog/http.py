"""Codes about getting the bytes: files, directories, standard input, HTTP (feedtool/validate/fetch.py)."""

from feedtool.validate.codes import ALL_FORMATS, ERROR, INFO, WARNING, declare, declare_text

HTTP_SPEC = "RFC 9110, HTTP Semantics"
HTTP_URL = "https://www.rfc-editor.org/rfc/rfc9110"

# What a path is when it is not a regular file (IOError.not_a_file).
declare_text("kind.directory", "a directory", "een map")
declare_text("kind.fifo", "a named pipe (FIFO)", "een named pipe (FIFO)")
declare_text("kind.socket", "a socket", "een socket")
declare_text("kind.character_device", "a character device", "een tekenapparaat")
declare_text("kind.block_device", "a block device", "een blokapparaat")
declare_text("kind.other", "something other than a file", "iets anders dan een bestand")

declare(
    "IOError",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="input",
    summary=("A file, URL or body that cannot be read", "Een bestand, URL of inhoud die niet te lezen is"),
    message=("cannot read {path}: {reason}", "kan {path} niet lezen: {reason}"),
    variants={
        "missing": ("no such file: {path} (check the path)", "bestand bestaat niet: {path} (controleer het pad)"),
        "permission": ("permission denied reading {path}", "geen toestemming om {path} te lezen"),
        "stdin": ("cannot read standard input: {reason}", "kan standaardinvoer niet lezen: {reason}"),
        "download": ("cannot download {url}: {reason}", "kan {url} niet downloaden: {reason}"),
        "no_answer": ("cannot download {url}: no complete answer within {seconds:g} seconds "
                      "(--timeout covers connecting, the headers and the body, redirects included)",
                      "kan {url} niet downloaden: geen volledig antwoord binnen {seconds:g} seconden "
                      "(--timeout omvat het verbinden, de headers en de inhoud, doorverwijzingen inbegrepen)"),
        "not_a_file": ("cannot read {path}: it is {kind}, not a regular file; to validate what a program writes, pipe it in: "
                       "... | feedtool validate -",
                       "kan {path} niet lezen: het is {kind}, geen gewoon bestand; om te valideren wat een programma schrijft, "
                       "geef het via een pijp door: ... | feedtool validate -"),
        "content_encoding": ("the server used Content-Encoding {encoding}, which feedtool cannot decode",
                             "de server gebruikte Content-Encoding {encoding}, die feedtool niet kan decoderen"),
        "compressed": ("the server says the body is {encoding}-compressed, but it cannot be decoded: {reason}",
                       "de server zegt dat de inhoud met {encoding} gecomprimeerd is, maar die is niet te decoderen: {reason}"),
    },
    explanation="""
The input could not be read at all: a missing file, no permission, something that is not a
regular file (a FIFO or a device is refused before it is opened, also inside a directory: pipe
such input into -), a host name that does not resolve, a refused connection, no complete answer
within --timeout, or a compressed body that does not decompress. Nothing was validated; the run
exits with 3. Check the path or URL, or the server.
""",
    bad="feedtool validate public/atom.xlm",
    good="feedtool validate public/atom.xml",
    w3c="IOError",
    spec=None,
)

declare(
    "NoFeedFiles",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="input",
    summary=("A directory without feed files", "Een map zonder feedbestanden"),
    message=("no feed files ({suffixes}, or *.json holding a JSON Feed) found in the directory {path}",
             "geen feedbestanden ({suffixes}, of *.json met een JSON Feed) gevonden in de map {path}"),
    explanation="""
A directory given as FEED is searched for *.xml, *.atom, *.rss, *.rdf, *.feed and *.json files;
this one has none (symbolic links to directories are not followed). Give the feed files
themselves, or the directory the build writes to.
""",
    bad="feedtool validate entries/",
    good="feedtool validate public/",
    w3c=None,
    spec=None,
)

declare(
    "HttpError",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="http",
    summary=("The server answered with an error status", "De server antwoordde met een foutstatus"),
    message=("the server answered HTTP {status} {reason} for {url}", "de server antwoordde HTTP {status} {reason} voor {url}"),
    explanation="""
The server answered 4xx or 5xx instead of the feed: readers get no entries and, after a while,
stop polling or drop the subscription. Check the URL, and that the server serves the feed to
clients that are not browsers.
""",
    bad="HTTP/1.1 404 Not Found",
    good="HTTP/1.1 200 OK\nContent-Type: application/atom+xml",
    w3c="HttpError",
    spec=HTTP_SPEC + ", 15 Status Codes",
    url="https://www.rfc-editor.org/rfc/rfc9110#name-status-codes",
)

declare(
    "HttpErrorWithPossibleFeed",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="http",
    summary=("An error status with a body that looks like a feed", "Een foutstatus met een inhoud die op een feed lijkt"),
    message=("the server answered HTTP {status} {reason} for {url}, with a body that looks like a feed: readers will not subscribe "
             "(some browsers hide the error); make the server answer 200 for the feed",
             "de server antwoordde HTTP {status} {reason} voor {url}, met een inhoud die op een feed lijkt: lezers abonneren zich niet "
             "(sommige browsers verbergen de fout); laat de server 200 antwoorden voor de feed"),
    explanation="""
The body is a feed, but the status says error (often a 404 page that is a feed template, or a
misconfigured cache). Browsers may show the feed anyway, so the problem goes unnoticed, but
readers treat the answer as a failure.
""",
    bad="HTTP/1.1 404 Not Found\nContent-Type: application/rss+xml\n\n<rss version=\"2.0\">...",
    good="HTTP/1.1 200 OK\nContent-Type: application/rss+xml\n\n<rss version=\"2.0\">...",
    w3c="HttpErrorWithPossibleFeed",
    spec=HTTP_SPEC + ", 15 Status Codes",
    url="https://www.rfc-editor.org/rfc/rfc9110#name-status-codes",
)

declare(
    "CloudflareHttpError",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="http",
    summary=("Cloudflare's firewall answered instead of the feed", "De firewall van Cloudflare antwoordde in plaats van de feed"),
    message=("the server answered HTTP {status} {reason} for {url}: Cloudflare's firewall blocked the download; readers may be blocked too. "
             "Allow the User-Agent {agent} (and feed readers) to fetch feeds",
             "de server antwoordde HTTP {status} {reason} voor {url}: de firewall van Cloudflare blokkeerde de download; lezers worden misschien ook geblokkeerd. "
             "Sta de User-Agent {agent} (en feedlezers) toe feeds op te halen"),
    explanation="""
Cloudflare's bot protection answered 403, 429 or 503 with a challenge page: feed readers cannot
solve challenges, so subscribers get nothing. Configure the firewall to let feed URLs through for
automated clients.
""",
    bad="HTTP/1.1 403 Forbidden\nServer: cloudflare\nCF-RAY: 8a1b...",
    good="HTTP/1.1 200 OK\nServer: cloudflare\nContent-Type: application/atom+xml",
    w3c="CloudflareHttpError",
    spec=None,
)

declare(
    "HttpsProtocolError",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="http",
    summary=("The HTTPS connection failed", "De HTTPS-verbinding mislukte"),
    message=("cannot download {url}: the HTTPS connection failed ({reason}); "
             "readers will refuse it too: serve the full certificate chain, valid for this host name",
             "kan {url} niet downloaden: de HTTPS-verbinding mislukte ({reason}); "
             "lezers weigeren haar ook: lever de volledige certificaatketen, geldig voor deze hostnaam"),
    variants={
        "handshake": ("cannot download {url}: the HTTPS connection failed ({reason})",
                      "kan {url} niet downloaden: de HTTPS-verbinding mislukte ({reason})"),
    },
    explanation="""
The TLS handshake failed: a certificate that is expired, self-signed or for another host name, an
incomplete chain (browsers fill in missing intermediates, readers do not), or a broken handshake.
Readers refuse the connection just the same.
""",
    bad="https://feed.example.nl/ with a certificate for www.example.nl only",
    good="a certificate valid for feed.example.nl, served with its intermediate certificates",
    w3c="HttpsProtocolError",
    spec="RFC 8446, TLS 1.3",
    url="https://www.rfc-editor.org/rfc/rfc8446",
)

declare(
    "HttpProtocolError",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="http",
    summary=("An invalid HTTP response", "Een ongeldig HTTP-antwoord"),
    message=("cannot download {url}: the server's HTTP response is invalid ({reason}); many readers cannot download it at all",
             "kan {url} niet downloaden: het HTTP-antwoord van de server is ongeldig ({reason}); veel lezers kunnen het helemaal niet downloaden"),
    variants={
        "headers": ("the server's HTTP headers are malformed ({defects}; e.g. a header name with a space, "
                    "such as 'Last Modified'): some readers refuse the response; fix the server's headers",
                    "de HTTP-headers van de server zijn misvormd ({defects}; bijvoorbeeld een headernaam met een spatie, "
                    "zoals 'Last Modified'): sommige lezers weigeren het antwoord; herstel de headers van de server"),
    },
    explanation="""
The response breaks HTTP itself: a bad status line, or malformed header lines (a header name with
a space, a line without a colon). Strict HTTP clients refuse such a response; lenient ones guess.
With a bad status line nothing is read (exit 3); with bad headers the feed is still checked.
""",
    bad="HTTP/1.1 200 OK\nLast Modified: Fri, 21 Dec 2012 10:00:00 GMT",
    good="HTTP/1.1 200 OK\nLast-Modified: Fri, 21 Dec 2012 10:00:00 GMT",
    w3c="HttpProtocolError",
    spec=HTTP_SPEC + ", 5 Fields",
    url="https://www.rfc-editor.org/rfc/rfc9110#name-fields",
)

declare(
    "Redirected",
    severity=WARNING,
    formats=ALL_FORMATS,
    layer="http",
    summary=("The feed's URL redirects", "Het adres van de feed stuurt door"),
    message=("HTTP {status}: moved permanently to {target}: update links and subscriptions to the new URL",
             "HTTP {status}: permanent verhuisd naar {target}: werk links en abonnementen bij naar het nieuwe adres"),
    variants={
        "temporary": ("HTTP {status}: temporarily redirected to {target}", "HTTP {status}: tijdelijk doorgestuurd naar {target}", INFO),
    },
    explanation="""
A permanent redirect (301, 308) tells readers to update the subscription: publish and link the new
URL yourself, so that every request does not take two round trips. A temporary redirect (302,
303, 307) is fine and only noted (info).
""",
    bad="HTTP/1.1 301 Moved Permanently\nLocation: https://www.example.nl/atom.xml",
    good="(link https://www.example.nl/atom.xml directly)",
    w3c=None,
    spec=HTTP_SPEC + ", 15.4 Redirection 3xx",
    url="https://www.rfc-editor.org/rfc/rfc9110#name-redirection-3xx",
)

declare(
    "UnexpectedContentType",
    severity=WARNING,
    formats=ALL_FORMATS,
    layer="http",
    summary=("Served with a Content-Type that is not a feed's", "Geleverd met een Content-Type die niet bij een feed hoort"),
    message=("the server sends Content-Type {media_type}: readers may refuse it; serve application/atom+xml (Atom), "
             "application/rss+xml (RSS) or application/feed+json (JSON Feed)",
             "de server stuurt Content-Type {media_type}: lezers weigeren dat misschien; lever application/atom+xml (Atom), "
             "application/rss+xml (RSS) of application/feed+json (JSON Feed)"),
    variants={
        "none": ("the server sends no Content-Type: serve the feed as application/atom+xml, application/rss+xml or application/feed+json",
                 "de server stuurt geen Content-Type: lever de feed als application/atom+xml, application/rss+xml of application/feed+json"),
        "format": ("the server sends Content-Type {media_type}, but this is {format}: serve it as {expected}",
                   "de server stuurt Content-Type {media_type}, maar dit is {format}: lever het als {expected}"),
    },
    explanation="""
Readers and browsers decide what a response is by its Content-Type. A feed served as text/html or
text/plain may be shown as a page or refused; one served as another format's type (an Atom feed
as application/rss+xml) is misread by readers that trust the type.
""",
    bad="Content-Type: text/html; charset=utf-8",
    good="Content-Type: application/atom+xml",
    w3c="UnexpectedContentType",
    spec="RFC 4287, 7 (application/atom+xml)",
    url="https://www.rfc-editor.org/rfc/rfc4287#section-7",
)

declare(
    "NonSpecificMediaType",
    severity=WARNING,
    formats=ALL_FORMATS,
    layer="http",
    summary=("Served as generic XML without the markers readers sniff", "Geleverd als algemene XML zonder de kenmerken waaraan lezers een feed herkennen"),
    message=("the server sends Content-Type {media_type}, which does not say 'feed', and the first {limit} bytes "
             "do not show <rss, <feed or <rdf:RDF either: readers may not recognise a feed; serve application/atom+xml "
             "or application/rss+xml (or move comments and DOCTYPEs out of the way)",
             "de server stuurt Content-Type {media_type}, die niet 'feed' zegt, en de eerste {limit} bytes "
             "tonen ook geen <rss, <feed of <rdf:RDF: lezers herkennen de feed misschien niet; lever application/atom+xml "
             "of application/rss+xml (of haal opmerkingen en DOCTYPE's weg)"),
    explanation="""
application/xml and text/xml say "XML", not "feed". Browsers and readers then sniff the first 512
bytes for <rss, <feed or an RSS 1.0 <rdf:RDF; long comments or a DOCTYPE push them out of sight.
Serve the feed's own type.
""",
    bad="Content-Type: text/xml\n\n<?xml version=\"1.0\"?><!-- 600 bytes of licence text --><rss ...",
    good="Content-Type: application/rss+xml",
    w3c="NonSpecificMediaType",
    spec="WHATWG MIME Sniffing, 7.1",
    url="https://mimesniff.spec.whatwg.org/#sniffing-a-mislabeled-feed",
)

declare(
    "NoCacheValidators",
    severity=INFO,
    formats=ALL_FORMATS,
    layer="http",
    summary=("Neither ETag nor Last-Modified", "Geen ETag en geen Last-Modified"),
    message=("the server sends neither ETag nor Last-Modified: readers cannot ask 'has it changed?' and download the whole feed on every poll",
             "de server stuurt geen ETag en geen Last-Modified: lezers kunnen niet vragen 'is er iets veranderd?' en downloaden bij elke controle de hele feed"),
    explanation="""
Readers poll feeds every few minutes to hours. With an ETag or Last-Modified they send a
conditional request and get a short 304 Not Modified when nothing changed; without, every poll
downloads the whole feed.
""",
    bad="HTTP/1.1 200 OK\nContent-Type: application/atom+xml",
    good='HTTP/1.1 200 OK\nContent-Type: application/atom+xml\nETag: "5f3a-1d2"\nLast-Modified: Fri, 21 Dec 2012 10:00:00 GMT',
    w3c=None,
    spec=HTTP_SPEC + ", 8.8 Validator Fields",
    url="https://www.rfc-editor.org/rfc/rfc9110#name-validator-fields",
)

declare(
    "NotCompressed",
    severity=INFO,
    formats=ALL_FORMATS,
    layer="http",
    summary=("A large feed sent without compression", "Een grote feed zonder compressie verstuurd"),
    message=("{size:,} bytes sent uncompressed although feedtool accepts gzip: enable gzip for feeds on the server",
             "{size:,} bytes ongecomprimeerd verstuurd, hoewel feedtool gzip accepteert: zet gzip aan voor feeds op de server"),
    explanation="""
The request said Accept-Encoding: gzip, but the server sent more than 100 KB uncompressed. Feeds
compress to a fifth or less; every reader's poll pays for the difference.
""",
    bad="HTTP/1.1 200 OK\nContent-Length: 524288",
    good="HTTP/1.1 200 OK\nContent-Encoding: gzip\nContent-Length: 98304",
    w3c=None,
    spec=HTTP_SPEC + ", 8.4 Content-Encoding",
    url="https://www.rfc-editor.org/rfc/rfc9110#name-content-encoding",
)

declare(
    "HttpResponse",
    severity=INFO,
    formats=ALL_FORMATS,
    layer="http",
    summary=("What the server answered", "Wat de server antwoordde"),
    message=("HTTP {status}, Content-Type {media_type}, {size:,} bytes", "HTTP {status}, Content-Type {media_type}, {size:,} bytes"),
    variants={
        "compressed": ("HTTP {status}, Content-Type {media_type}, {size:,} bytes ({encoding}-compressed)",
                       "HTTP {status}, Content-Type {media_type}, {size:,} bytes (met {encoding} gecomprimeerd)"),
    },
    explanation="""
A note of the status, Content-Type and size of the download, so that a report read later shows
what was validated. Nothing is wrong.
""",
    bad="(an informational note; there is nothing to fix)",
    good="HTTP 200, Content-Type application/atom+xml, 12,345 bytes",
    w3c=None,
    spec=None,
)
