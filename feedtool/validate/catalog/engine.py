"""Codes of the pipeline itself (feedtool/validate/engine.py)."""

from feedtool.validate.codes import ALL_FORMATS, ERROR, declare

declare(
    "InternalError",
    severity=ERROR,
    formats=ALL_FORMATS,
    layer="engine",
    summary=("A rule layer failed on this document: a bug in feedtool",
             "Een regellaag liep vast op dit document: een fout in feedtool"),
    message=("the {layer} failed on this document ({exception}); this is a bug in feedtool, please report it",
             "de {layer} liep vast op dit document ({exception}); dit is een fout in feedtool, meld die alstublieft"),
    explanation="""
One of the validator's layers raised an unexpected exception on this document. The findings of
the other layers are kept, and the file counts as failed (an error), because an unchecked part
of the feed cannot be called valid. This is never the feed's fault alone: report it with the
feed attached (run with FEEDTOOL_DEBUG=1 for the traceback).
""",
    bad="feedtool validate feed.xml\nfeed.xml: error: the RSS rules failed on this document (KeyError: 'x'); this is a bug ... [InternalError]",
    good="feedtool validate feed.xml   (after the bug is fixed: the feed's real findings, or none)",
    w3c=None,
    spec=None,
)
