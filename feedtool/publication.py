"""What a build publishes: a set of documents, each a path, its bytes and its media type.

Values only, no I/O: `feedtool.build` makes a Publication, `feedtool.build.write`
puts it on disk, `feedtool serve` and `feedtool diff` read any of its documents
without knowing which renderer made it.
"""

from __future__ import annotations

from dataclasses import dataclass

from feedtool.errors import Problem
from feedtool.model import Selection


@dataclass(frozen=True, slots=True)
class Document:
    """One file of the publication."""

    path: str  # relative POSIX path below the output directory: "atom.xml", "tags/sociaal-domein/feed.json"
    data: bytes
    media_type: str  # the Content-Type to serve it with, e.g. "application/atom+xml"
    kind: str  # the renderer that made it: "atom", "rss", "jsonfeed", "subscribe-page", ...
    entries: int | None = None  # how many entries a feed document holds, for messages


@dataclass(frozen=True, slots=True)
class Publication:
    """Every document of one build, in a fixed order, each already read back and checked."""

    documents: tuple[Document, ...]
    selection: Selection  # the main feed's entries: what the id guard records as published
    channels: tuple = ()  # the build's channels (feedtool.build.select.Channel), main feed first
    warnings: tuple[Problem, ...] = ()
    published: tuple = ()  # every entry in any feed document (main, tag feeds, archive pages): what the id guard keeps

    def document(self, path: str) -> Document | None:
        return next((d for d in self.documents if d.path == path), None)

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(d.path for d in self.documents)
