"""RSS 2.0 rules (the spec and the RSS Advisory Board profile)."""

from __future__ import annotations

from collections.abc import Iterator

from feedtool.validate.document import Document
from feedtool.validate.findings import Finding


def check(doc: Document) -> Iterator[Finding]:
    return iter(())
