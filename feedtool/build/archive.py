"""Step 1 of a build, continued: the archive documents (RFC 5005 section 4, archived feeds).

The subscription feed holds the newest `limit` posts. Every older post is in exactly one
archive page, the pages counted from the oldest post: page 1 holds the oldest `size` posts,
page 2 the next `size`, and so on; the newest page with posts may hold fewer. After it comes
one page with no posts yet, the page the next posts will fill.

Why that last, empty page: a page that is full must never change again, so that caches
can keep it for good. A full page links `next-archive` to the page after it, and that page
must exist from the moment the link is written, or the link would have to be added later,
changing the full page. (It also keeps the W3C validator content: it warns about an archive
document that links neither to an older nor to a newer one.)

Each page links `current` (the subscription feed), `prev-archive` (the page before it,
older) and `next-archive` (the page after it, newer); the subscription feed links
`prev-archive` to the last page. An edit of a post changes only the page that holds it.
"""

from __future__ import annotations

import dataclasses

from feedtool.build.select import Channel, newest, publishable
from feedtool.model import Entry, Paging, Selection

ARCHIVE_DIRECTORY = "archive/"


def page_path(number: int) -> str:
    return f"{ARCHIVE_DIRECTORY}{number}/"


def plan_archives(main: Selection, candidates: list[Entry]) -> tuple[Selection, tuple[Channel, ...]]:
    """The main feed's selection with its archive link, and one channel per archive page, oldest first.

    `candidates` are the entries that may be published now (`select.eligible`); the main feed
    holds the newest `limit` of them. No archives (`archive: false`, or no post older than the
    main feed's): the main selection as it was, and no channels.
    """
    feed = main.feed
    size = feed.archive_size
    if size <= 0 or len(candidates) <= feed.limit:
        return main, ()
    older = newest(candidates, len(candidates))[feed.limit:]  # the feed's own order, newest first
    oldest_first = older[::-1]
    pages = [oldest_first[start:start + size] for start in range(0, len(oldest_first), size)]
    pages.append([])  # the page the next posts will fill (see the module docstring)
    count = len(pages)
    channels = []
    for number, posts in enumerate(pages, 1):
        entries = tuple(publishable(e) for e in reversed(posts))  # newest first, as in every feed
        before = pages[number - 2] if number > 1 else []
        paging = Paging(
            archive=True,
            current=feed.path,
            prev_archive=page_path(number - 1) if number > 1 else None,
            next_archive=page_path(number + 1) if number < count else None,
            # A page with no posts yet is dated by the newest post before it: `published`, which the
            # id guard keeps fixed, so editing that post changes only its own page.
            updated=None if posts else publishable(before[-1]).published,
        )
        page_feed = dataclasses.replace(feed, path=page_path(number), paging=paging)
        channels.append(Channel(Selection(page_feed, entries)))
    subscription = dataclasses.replace(feed, paging=Paging(current=None, prev_archive=page_path(count)))
    return dataclasses.replace(main, feed=subscription), tuple(channels)
