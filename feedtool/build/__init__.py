"""The build: a store becomes a publication, every document of it read back and checked.

The pipeline, one module a step:
1. `select`: which entries go into the main feed and into each tag's feed (the channels);
2. `renderers`: every kind of document, each rendered from the channels;
3. `readback`: every document read again the way readers read it, and compared;
4. `write`: the whole set written at once, or nothing (the CLI calls it).

`build(store, options)` runs steps 1 to 3 and returns the Publication; it writes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from feedtool.errors import Problem, RoundTripError, StoreError
from feedtool.model import Feed
from feedtool.publication import Publication
from feedtool.store import load_store


@dataclass(frozen=True, slots=True)
class BuildOptions:
    now: datetime  # what counts as "future"; the build's only notion of time
    include_future: bool = False
    drafts: bool = False
    tag_feeds: bool | None = None  # None: as the store says (`tag_feeds:`, default on)
    subscribe_page: bool | None = None  # None: as the store says (`subscribe_page:`, default on)

    @property
    def preview(self) -> bool:
        """A build that publishes what is not published yet: its record of published posts is not kept."""
        return self.include_future or self.drafts


def build(store_path: str | Path, options: BuildOptions) -> Publication:
    """Load the store at `store_path` and build its publication (see `build_feed`).

    Raises StoreError (the store has problems), RoundTripError (a document does not read back).
    """
    loaded = load_store(store_path)
    try:
        publication = build_feed(loaded.feed, options)
    except StoreError as exc:  # a problem only planning or rendering finds: report it with the store's warnings
        raise StoreError(exc.problems + list(loaded.warnings)) from None
    return dataclasses.replace(publication, warnings=tuple(loaded.warnings) + publication.warnings)


def build_feed(feed: Feed, options: BuildOptions) -> Publication:
    """Every document of `feed`'s publication, rendered and read back; nothing is written."""
    from feedtool.build import select
    from feedtool.build.archive import plan_archives
    from feedtool.build.renderers import RENDERERS, Site

    if options.tag_feeds is not None:
        feed = dataclasses.replace(feed, tag_feeds=options.tag_feeds)
    if options.subscribe_page is not None:
        feed = dataclasses.replace(feed, subscribe_page=options.subscribe_page)
    candidates = select.eligible(feed, options.now, options.include_future, options.drafts)
    main = select.select_entries(feed, options.now, options.include_future, options.drafts)
    channels = select.plan_channels(main, candidates)
    main, archives = plan_archives(main, candidates)
    channels = (dataclasses.replace(channels[0], selection=main), *channels[1:])
    site = Site(feed, channels, archives)
    rendered = [item for renderer in RENDERERS for item in renderer.render(site)]
    rendered.sort(key=lambda item: (item.document.path.count("/"), item.document.path))
    differences = []
    for item in rendered:
        differences += [dataclasses.replace(d, document=item.document.path) for d in item.read_back()]
    if differences:
        raise RoundTripError(
            f"the publication does not read back as the store ({len(differences)} difference(s)); nothing was written",
            [d.render() for d in differences],
        )
    published = {}
    for channel in (*channels, *archives):
        for entry in channel.selection.entries:
            published.setdefault(entry.id, entry)
    return Publication(
        documents=tuple(item.document for item in rendered),
        selection=main,
        channels=channels,
        warnings=tuple(_warnings((*channels, *archives))),
        published=tuple(sorted(published.values(), key=lambda e: (-e.published.timestamp(), e.id))),
    )


def _warnings(channels) -> list[Problem]:
    from feedtool.build.select import publishing_warnings

    seen: set[Problem] = set()
    out = []
    for channel in channels:
        for warning in publishing_warnings(channel.selection):
            if warning not in seen:
                seen.add(warning)
                out.append(warning)
    return out
