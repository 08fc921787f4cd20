"""The build pipeline: store -> selection -> Atom and RSS bytes -> round-trip check.

Nothing here writes files: `feedtool.cli.build` writes what `build_feeds` returns.
"""

from __future__ import annotations

import dataclasses
import heapq
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from feedtool import links
from feedtool.errors import Problem, RoundTripError, StoreError
from feedtool.generate import atom, rss
from feedtool.model import Entry, Feed, Selection
from feedtool.store import load_store
from feedtool.validate.roundtrip import compare_feed


@dataclass(frozen=True)
class BuildResult:
    atom: bytes
    rss: bytes
    warnings: list[Problem] = field(default_factory=list)
    selection: Selection | None = None


def select_entries(feed: Feed, now: datetime, include_future: bool = False, drafts: bool = False) -> Selection:
    """The entries that go into the feeds, newest first, at most `feed.limit` of them.

    Drafts and entries published after `now` are left out unless asked for. Entries
    published at the same moment are ordered by id, so the order never depends on
    the order the store's files were read in. Text is trimmed (readers drop leading
    and trailing white space anyway) and relative URLs in content become absolute.
    """
    # Timestamps, not datetimes: comparing datetimes in different zones asks each zone for its
    # offset on every comparison: tens of milliseconds on a store of 10,000 entries.
    moment = now.timestamp()
    chosen = [
        e for e in feed.entries
        if (drafts or not e.draft) and (include_future or e.published.timestamp() <= moment)
    ]
    newest = heapq.nsmallest(feed.limit, chosen, key=lambda e: (-e.published.timestamp(), e.id))
    return Selection(feed=feed, entries=tuple(_publishable(e) for e in newest))


def _publishable(entry: Entry) -> Entry:
    content = entry.content.strip() if entry.content else None
    summary = entry.summary.strip() if entry.summary else None
    return dataclasses.replace(
        entry,
        title=entry.title.strip(),
        summary=summary or None,
        content=links.absolutize(content, entry.link) if content else None,
        published=entry.published.replace(microsecond=0),
        updated=entry.updated.replace(microsecond=0),
    )


_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")


def publishing_warnings(selection: Selection) -> list[Problem]:
    """What the W3C validator would warn about in these entries, which only the author can fix."""
    warnings = []
    for entry in selection.entries:
        if entry.summary is None and entry.content is None:
            warnings.append(Problem(
                entry.source, "the entry has neither summary nor content: readers show only its title "
                "(the W3C validator warns MissingTextualContent)", field="summary", severity="warning",
                hint="add a summary: one or two sentences of plain text"))
        if _HTML_TAG.search(entry.title):
            warnings.append(Problem(
                entry.source, "the title looks like HTML, but titles are plain text: readers show the tags as "
                "written (the W3C validator warns ContainsUndeclaredHTML)", field="title", severity="warning",
                hint="write the title without tags"))
    by_moment = defaultdict(list)
    for entry in selection.entries:
        by_moment[entry.updated.timestamp()].append(entry)
    for same in by_moment.values():
        for entry in same[1:]:
            warnings.append(Problem(
                entry.source, f"updated at the same moment as {same[0].source} "
                "(the W3C validator warns DuplicateUpdated)", field="updated", severity="warning",
                hint="give each entry its own time of day, e.g. published: 2012-12-21T10:00:00"))
    return warnings


def render_feeds(selection: Selection) -> tuple[bytes, bytes]:
    """Atom and RSS bytes for `selection`, each checked to read back as the selection."""
    atom_bytes = atom.render(selection)
    rss_bytes = rss.render(selection)
    differences = compare_feed(atom_bytes, selection) + compare_feed(rss_bytes, selection)
    if differences:
        raise RoundTripError(
            f"the feeds do not read back as the store ({len(differences)} difference(s)); nothing was written",
            [d.render() for d in differences],
        )
    return atom_bytes, rss_bytes


def build_feeds(store_path: str | Path, *, now: datetime, include_future: bool = False, drafts: bool = False) -> BuildResult:
    """Load the store, select, render both feeds and check that they round-trip.

    Raises StoreError (bad store), RoundTripError (a feed does not read back as the store).
    """
    loaded = load_store(store_path)
    selection = select_entries(loaded.feed, now, include_future=include_future, drafts=drafts)
    warnings = list(loaded.warnings) + publishing_warnings(selection)
    try:
        atom_bytes, rss_bytes = render_feeds(selection)
    except StoreError as exc:  # a problem only rendering finds: report it with every warning of the store
        raise StoreError(exc.problems + warnings) from None
    return BuildResult(atom=atom_bytes, rss=rss_bytes, warnings=warnings, selection=selection)
