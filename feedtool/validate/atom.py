"""Atom 1.0 (RFC 4287) rules."""

from __future__ import annotations

from collections.abc import Iterator

from feedtool.validate.document import Document
from feedtool.validate.findings import Finding


def check(doc: Document) -> Iterator[Finding]:
    return iter(())
