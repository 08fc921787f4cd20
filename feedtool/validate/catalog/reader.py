"""Codes of the reader's view, layer 6 (feedtool/validate/readerview.py)."""

from feedtool.validate.codes import ATOM, RSS, WARNING, declare, declare_text

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
    formats=(ATOM, RSS),
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
