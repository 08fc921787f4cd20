"""Making JSON Feed findings, each placed at the JSON Pointer of the value concerned.

JSON Feed's own codes are declared once, in the registry (feedtool/validate/catalog/jsonfeed.py,
English and Dutch). The codes JSON Feed shares with Atom and RSS (UnicodeError, ValidatorLimit,
the value checks, the reader's view ...) are the XML layers' codes, declared with them; their
variant "json" words their JSON findings (catalog/jsonfeed.py). `make()` is the one way the JSON
modules make a finding.
"""

from __future__ import annotations

import dataclasses

from feedtool.i18n import Message
from feedtool.validate import codes
from feedtool.validate.findings import Finding

# The codes JSON Feed shares with Atom and RSS: declared with the XML layers, worded for JSON by
# their variant "json" (catalog/jsonfeed.py).
SHARED = frozenset({
    "UnicodeError", "EmptyDocument", "ValidatorLimit", "UnknownFormat", "InvalidFullLink", "InvalidUriChar", "InvalidIRI",
    "SecurityRisk", "InvalidMIMEType", "InvalidRFC3339Date", "InvalidLanguage", "NotBlank", "ContainsHTML",
    "SelfDoesntMatchLocation", "UnexpectedContentType", "ReaderParseProblem", "ReaderEntryCount", "ReaderIdDiffers",
    "ReaderTitleDiffers", "ReaderLinkDiffers", "ReaderDateUnreadable", "ReaderDateDiffers", "InvalidDuration",
})


def make(code: str, *, pointer: str | None = None, line: int | None = None, column: int | None = None, **fields) -> Finding:
    """The finding `code` ("Code" or "Code.variant") at `pointer`, line and column."""
    found = codes.finding(f"{code}.json" if code in SHARED else code, line=line, column=column, **fields)
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
