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
