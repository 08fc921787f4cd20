"""Codes of the round trip with the entry store (`feedtool validate --store`, feedtool/validate/roundtrip.py)."""

from feedtool.validate.codes import ATOM, ERROR, JSONFEED, RSS, declare

STORE_DOC = "docs/build.md, the round trip"

declare(
    "StoreMismatch",
    severity=ERROR,
    formats=(ATOM, RSS, JSONFEED),
    layer="store",
    summary=("The feed does not read back as the store", "De feed leest niet terug als de store"),
    message=("the feed does not read back as the store {store}: {entry}: {field}: expected {expected!r}, got {got!r} "
             "(rebuild the feed with `feedtool build`)",
             "de feed leest niet terug als de store {store}: {entry}: {field}: verwacht {expected!r}, gekregen {got!r} "
             "(bouw de feed opnieuw met `feedtool build`)"),
    explanation="""
With --store, each feed is read back the way a reader reads it (feedparser) and compared, entry by
entry and field by field, with what the store says should be published now: the check `feedtool
build` makes before it writes. A difference means the published feed is stale or was edited by
hand. Rebuild it.
""",
    bad="feedtool validate --store entries public/atom.xml   (atom.xml built before a post was edited)",
    good="feedtool build && feedtool validate --store entries public/atom.xml",
    w3c=None,
    spec=STORE_DOC,
)

declare(
    "RoundTrip",
    severity=ERROR,
    formats=(ATOM, RSS, JSONFEED),
    layer="store",
    summary=("A document does not read back as the store (library check)", "Een document leest niet terug als de store (controle in de bibliotheek)"),
    message=("{entry}: {field}: the store has {expected!r}, a reader gets {got!r}",
             "{entry}: {field}: de store heeft {expected!r}, een lezer krijgt {got!r}"),
    explanation="""
The library's round-trip check (feedtool.validate.roundtrip.store_check) found that a reader gets
another value for a field than the store holds. It is the check behind StoreMismatch, for callers
of the library; the command line reports StoreMismatch.
""",
    bad="store: title 'De ijsberg'; the feed: <title>De ijsberg (concept)</title>",
    good="store and feed agree: rebuild the feed from the store",
    w3c=None,
    spec=STORE_DOC,
)
