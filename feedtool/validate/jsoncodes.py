"""Making JSON Feed findings, each placed at the JSON Pointer of the value concerned.

JSON Feed's own codes are declared once, in the registry (feedtool/validate/catalog/jsonfeed.py,
English and Dutch). The codes JSON Feed shares with Atom and RSS (UnicodeError, ValidatorLimit,
the value checks, the reader's view ...) are the XML layers' codes; until those are declared in
the registry (issue 12) their JSON findings are worded here, in English, as the XML layers word
theirs. `make()` is the one way the JSON modules make a finding.
"""

from __future__ import annotations

import dataclasses

from feedtool.i18n import Message
from feedtool.validate import codes
from feedtool.validate.findings import ERROR, INFO, WARNING, Finding

# code -> (severity, English template) of the shared codes' JSON findings (see above).
SHARED = {
    'UnicodeError': (ERROR, 'the bytes {bytes} are not valid {encoding}: readers refuse the document; save it as UTF-8'),
    'EmptyDocument': (ERROR, 'the document is empty'),
    'ValidatorLimit': (ERROR, '{what}: refused, not validated further (the limit is {limit})'),
    'UnknownFormat': (ERROR, 'not a feed: {detail}'),
    'InvalidFullLink': (ERROR, '{detail}'),
    'InvalidUriChar': (ERROR, '{detail}'),
    'InvalidIRI': (ERROR, '{detail}'),
    'SecurityRisk': (WARNING, '{detail}'),
    'InvalidMIMEType': (ERROR, '{detail}'),
    'InvalidRFC3339Date': (ERROR, '{detail}'),
    'InvalidLanguage': (ERROR, '{detail}'),
    'NotBlank': (WARNING, '"{member}" is empty: leave it out, or give it text'),
    'ContainsHTML': (WARNING, '"{member}" is plain text but contains HTML ({sample}): readers show the tags as text; HTML belongs in content_html only'),
    'SelfDoesntMatchLocation': (WARNING, '"feed_url" is {value}, but the feed was fetched from {location}: readers that follow feed_url subscribe to another address; make feed_url the address the feed is published at'),
    'UnexpectedContentType': (WARNING, 'the server sends Content-Type {media_type}, but this is a JSON Feed: serve it as application/feed+json'),
    'ReaderParseProblem': (WARNING, 'fastfeedparser (an independent JSON Feed reader) cannot read this feed: {detail}'),
    'ReaderEntryCount': (ERROR, 'fastfeedparser reads {seen} items where the feed holds {strict}: readers would lose items'),
    'ReaderIdDiffers': (WARNING, "fastfeedparser reads this item's id as {seen}, not {strict}: readers may show it twice or merge it with another"),
    'ReaderTitleDiffers': (WARNING, "fastfeedparser reads this item's title as {seen}, not {strict}"),
    'ReaderLinkDiffers': (WARNING, "fastfeedparser reads this item's link as {seen}, not {strict}"),
    'ReaderDateUnreadable': (WARNING, 'fastfeedparser cannot read the date {text}: readers show the time they fetched the item instead (write RFC 3339, e.g. 2024-05-01T09:30:00+02:00)'),
    'ReaderDateDiffers': (WARNING, 'fastfeedparser reads the date {text} as {seen}, not {strict}'),
}


def make(code: str, *, pointer: str | None = None, line: int | None = None, column: int | None = None, **fields) -> Finding:
    """The finding `code` ("Code" or "Code.variant") at `pointer`, line and column."""
    if code in SHARED:
        severity, template = SHARED[code]
        text = template.format(**{name: str(value) for name, value in fields.items()})
        found = Finding(code, severity, Message("legacy.text", (("text", text),)), line, column)
    else:
        found = codes.finding(code, line=line, column=column, **fields)
    return at(found, pointer)


def at(found: Finding, pointer: str | None) -> Finding:
    """`found` placed at `pointer`: the pointer starts its message ("" is the document: no prefix)."""
    if pointer is None:
        return found
    message = found.message
    if pointer:
        shown = pointer if len(pointer) <= 120 else f"{pointer[:60]}…{pointer[-40:]}"
        message = Message("json.at", (("message", message), ("pointer", shown)))
    return dataclasses.replace(found, message=message, pointer=pointer)


def fragment(id: str, **params) -> Message:
    """A declared message fragment (json.what.item, json.type.string ...) as a message parameter."""
    return codes.text(id, **params)


def declared() -> list:
    """The registry's declarations of JSON Feed's own codes."""
    return [c for c in codes.all_codes() if c.formats == (codes.JSONFEED,)]
