"""Codes of getting the bytes (feedtool/validate/fetch.py, feedtool/download.py)."""

from feedtool.validate.codes import ALL_FORMATS, ERROR, declare

declare(
    "PrivateAddressRefused",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="fetch",
    summary=("A URL or one of its redirects leads to an internal address: refused",
             "Een URL of een van zijn doorverwijzingen leidt naar een intern adres: geweigerd"),
    message=("refused to download {url}: {host} is a {kind} address, an internal address that a feed on the "
             "internet has no business sending readers to (cloud metadata, routers, admin pages); nothing was "
             "requested from it. Pass --allow-private to validate feeds on your own network",
             "{url} niet gedownload: {host} is een {kind}-adres, een intern adres waar een feed op internet lezers "
             "niet heen hoort te sturen (cloud-metadata, routers, beheerpagina's); er is niets van gevraagd. "
             "Geef --allow-private om feeds op uw eigen netwerk te valideren"),
    variants={
        "redirect": (
            "refused to download {url}: it redirects to {target}, and {host} is a {kind} address, an internal "
            "address that a feed on the internet has no business sending readers to (cloud metadata, routers, "
            "admin pages); nothing was requested from it. Pass --allow-private to validate feeds on your own network",
            "{url} niet gedownload: het verwijst door naar {target}, en {host} is een {kind}-adres, een intern "
            "adres waar een feed op internet lezers niet heen hoort te sturen (cloud-metadata, routers, "
            "beheerpagina's); er is niets van gevraagd. Geef --allow-private om feeds op uw eigen netwerk te valideren",
        ),
    },
    explanation="""
Every host a download goes to (the URL given and each redirect) is resolved once; each address is
checked, the connection is made to that checked address, and the address actually connected to is
checked again before anything is sent. Loopback (127.0.0.0/8, ::1), link-local (169.254.0.0/16,
where cloud servers answer with their credentials, and fe80::/10), private (10/8, 172.16/12,
192.168/16, 100.64/10), unique-local (fc00::/7), unspecified, multicast and reserved addresses are
refused, also inside IPv4-mapped, NAT64 and 6to4 IPv6 addresses. A feed that redirects there is an
attack on whoever validates it (server-side request forgery): without this check, values from the
internal answer would show up in findings, CI logs and annotations. Nothing is sent to a refused
address. The URL given may itself be such an address (http://127.0.0.1:8000/atom.xml, localhost):
then its redirects may be internal too. --allow-private lifts the check.
""",
    bad="feedtool validate https://feeds.example/feed.xml   (which redirects to http://169.254.169.254/latest/meta-data/)",
    good="feedtool validate --allow-private http://intranet.example/feed.xml   (a feed on your own network, on purpose)",
    w3c=None,
    spec=None,
)
