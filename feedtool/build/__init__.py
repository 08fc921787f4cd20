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
from feedtool.i18n import message as msg

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (see feedtool/build/cache.py)
if TYPE_CHECKING:  # the rebuild cache is in this package: a rebuild with nothing to do loads no model
    from feedtool.model import Feed
    from feedtool.publication import Publication


@dataclass(frozen=True, slots=True)
class BuildOptions:
    now: datetime  # what counts as "future"; the build's only notion of time
    include_future: bool = False
    drafts: bool = False
    tag_feeds: bool | None = None  # None: as the store says (`tag_feeds:`, default on)
    subscribe_page: bool | None = None  # None: as the store says (`subscribe_page:`, default on)
    jobs: int = 1  # processes that read documents back (a process per document, on a multi-core machine)
    # Documents an earlier build verified (feedtool.build.cache); not an option of what is published.
    verified: object | None = dataclasses.field(default=None, compare=False)
    # What earlier builds made of unchanged post files (feedtool.build.postcache); not an option either.
    known_posts: object | None = dataclasses.field(default=None, compare=False)

    @property
    def preview(self) -> bool:
        """A build that publishes what is not published yet: its record of published posts is not kept."""
        return self.include_future or self.drafts


def build(store_path: str | Path, options: BuildOptions) -> Publication:
    """Load the store at `store_path` and build its publication (see `build_feed`).

    Raises StoreError (the store has problems), RoundTripError (a document does not read back).
    """
    from feedtool.build.select import remembering
    from feedtool.store import load_store  # here, not above: the rebuild cache (build/cache.py) needs no parser

    loaded = load_store(store_path, options.known_posts)
    try:
        with remembering(options.known_posts):
            publication = build_feed(loaded.feed, options)
    except StoreError as exc:  # a problem only planning or rendering finds: report it with the store's warnings
        raise StoreError(exc.problems + list(loaded.warnings)) from None
    return dataclasses.replace(publication, warnings=tuple(loaded.warnings) + publication.warnings)


def build_feed(feed: Feed, options: BuildOptions) -> Publication:
    """Every document of `feed`'s publication, rendered and read back; nothing is written."""
    from feedtool.build import select
    from feedtool.build.archive import plan_archives
    from feedtool.build.renderers import RENDERERS, Site
    from feedtool.publication import Publication

    if options.tag_feeds is not None:
        feed = dataclasses.replace(feed, tag_feeds=options.tag_feeds)
    if options.subscribe_page is not None:
        feed = dataclasses.replace(feed, subscribe_page=options.subscribe_page)
    candidates = select.eligible(feed, options.now, options.include_future, options.drafts)
    main = select.select_entries(feed, options.now, options.include_future, options.drafts)
    channels = select.plan_channels(main, candidates)
    main, archives = plan_archives(main, candidates)
    channels = (dataclasses.replace(channels[0], selection=main), *channels[1:])
    site = Site(feed, channels, archives, options.verified)
    rendered = [item for renderer in RENDERERS for item in renderer.render(site)]
    rendered.sort(key=lambda item: (item.document.path.count("/"), item.document.path))
    differences = []
    for item, found in zip(rendered, _read_back(rendered, options.jobs)):
        differences += [dataclasses.replace(d, document=item.document.path) for d in found]
    if differences:
        raise RoundTripError(msg("build.readback.failed", count=len(differences)), [d.message() for d in differences])
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


# Below this many bytes to read back, starting processes costs more than it saves.
PARALLEL_READ_BACK_BYTES = 1_000_000
_pending: list = []  # the documents a forked reader process reads back (inherited, not sent)


def _read_back(rendered: list, jobs: int) -> list[list]:
    """Every document's differences, in order: read back in `jobs` processes when it pays.

    Each document is still read back whole by feedparser (or its reader) in a process of its own
    choosing; only which core does it changes. Forked processes inherit the rendered bytes, so
    nothing but the differences travels back.
    """
    import multiprocessing
    import os

    size = sum(len(item.document.data) for item in rendered)
    if jobs <= 1 or len(rendered) < 2 or size < PARALLEL_READ_BACK_BYTES \
            or "fork" not in multiprocessing.get_all_start_methods():
        return [item.read_back() for item in rendered]
    global _pending
    _pending = rendered
    order = sorted(range(len(rendered)), key=lambda i: -len(rendered[i].document.data))  # the largest first
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, os.cpu_count() or 1, len(rendered))) as pool:
            found = dict(zip(order, pool.map(_read_back_one, order, chunksize=1)))
    finally:
        _pending = []
    return [found[i] for i in range(len(rendered))]


def _read_back_one(index: int) -> list:
    return _pending[index].read_back()


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
