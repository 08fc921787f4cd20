"""Step 1 of a build: which entries go where.

`select_entries` picks the main feed's entries; `plan_channels` adds a channel
per tag. A channel is one feed of the publication, rendered in every feed format
at its own path: the main feed at the site root, a tag's at `tags/<slug>/`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from slugify import slugify

from feedtool import links
from feedtool.errors import Problem, StoreError
from feedtool.i18n import message as msg
from feedtool.model import Entry, Feed, Selection
from feedtool.store.ids import entry_id

TAGS_DIRECTORY = "tags/"
MAX_TAG_SLUG = 80  # a directory name on every file system, and a URL a person can read


@dataclass(frozen=True, slots=True)
class Channel:
    """One feed of the publication: the main feed, or the feed of one tag."""

    selection: Selection  # selection.feed carries the channel's own title, id and path
    tag: str | None = None  # the tag as the entries spell it most often; None for the main feed
    slug: str | None = None
    total: int = 0  # how many publishable entries carry the tag (the feed holds the newest `limit`)

    @property
    def feed(self) -> Feed:
        return self.selection.feed

    @property
    def path(self) -> str:
        return self.selection.feed.path


def eligible(feed: Feed, now: datetime, include_future: bool = False, drafts: bool = False) -> list[Entry]:
    """The entries that may be published now: no drafts, nothing dated after `now`, unless asked."""
    # Timestamps, not datetimes: comparing datetimes in different zones asks each zone for its
    # offset on every comparison: tens of milliseconds on a store of 10,000 entries.
    moment = now.timestamp()
    return [
        e for e in feed.entries
        if (drafts or not e.draft) and (include_future or e.published.timestamp() <= moment)
    ]


def newest(entries: Iterable[Entry], limit: int) -> list[Entry]:
    """At most `limit` entries, newest first; entries published at the same moment by id, so the
    order never depends on the order the store's files were read in."""
    return heapq.nsmallest(limit, entries, key=lambda e: (-e.published.timestamp(), e.id))


def select_entries(feed: Feed, now: datetime, include_future: bool = False, drafts: bool = False) -> Selection:
    """The entries that go into the main feed, newest first, at most `feed.limit` of them.

    Text is trimmed (readers drop leading and trailing white space anyway) and relative URLs
    in content become absolute.
    """
    chosen = newest(eligible(feed, now, include_future, drafts), feed.limit)
    return Selection(feed=feed, entries=tuple(publishable(e) for e in chosen))


# What a build knows already (feedtool.build.postcache.KnownPosts, set by `remembering`): the
# publishable form of entries, and which of those give no content warnings. Both are functions of
# the entry's value alone, so an entry equal to one seen before has the same answers.
_known = None


@contextlib.contextmanager
def remembering(known) -> Iterator[None]:
    """Within it, `publishable` and `content_warnings` use and fill `known` (None: they compute)."""
    global _known
    before, _known = _known, known
    try:
        yield
    finally:
        _known = before


def publishable(entry: Entry) -> Entry:
    known = _known
    if known is not None:
        found = known.publishable.get(entry)
        if found is not None:
            return found
    content = entry.content.strip() if entry.content else None
    summary = entry.summary.strip() if entry.summary else None
    made = dataclasses.replace(
        entry,
        title=entry.title.strip(),
        summary=summary or None,
        content=links.absolutize(content, entry.link) if content else None,
        published=entry.published.replace(microsecond=0),
        updated=entry.updated.replace(microsecond=0),
    )
    if known is not None:
        known.publishable[entry] = made
    return made


# --- tag channels ---------------------------------------------------------------------


def tag_key(tag: str) -> str:
    """Tags that differ only in case or spacing (`Sociaal domein`, `sociaal-domein`) are one tag."""
    return " ".join(re.split(r"[\s_-]+", tag.casefold())).strip()


def tag_feed_id(feed_id: str, slug: str) -> str:
    """The tag feed's own id: the feed id and the slug, like an entry id under `tags/`."""
    return entry_id(feed_id, TAGS_DIRECTORY + slug)


def plan_channels(main: Selection, candidates: list[Entry]) -> tuple[Channel, ...]:
    """The main channel, then one channel per tag (sorted by slug), or StoreError naming every clash.

    `candidates` are the entries that may be published (`eligible`); each tag feed holds the
    newest `limit` of those that carry the tag, with exactly the ids they have in the main feed.
    """
    feed = main.feed
    channels = [Channel(main)]
    if not feed.tag_feeds:
        return tuple(channels)
    problems: list[Problem] = []
    # slug -> key -> entries by id (a dict: an entry that names one tag twice is in its feed once)
    by_slug: dict[str, dict[str, dict[str, Entry]]] = defaultdict(lambda: defaultdict(dict))
    spellings: dict[str, Counter] = defaultdict(Counter)
    for entry in candidates:
        for index, tag in enumerate(entry.tags):
            slug = _tag_slug(tag, entry, index, problems)
            if slug is None:
                continue
            key = tag_key(tag)
            by_slug[slug][key].setdefault(entry.id, entry)
            spellings[key][tag] += 1
    ids = {e.id for e in candidates}
    for slug in sorted(by_slug):
        groups = by_slug[slug]
        if len(groups) > 1:
            problems.append(_clash(slug, groups, spellings))
            continue
        (key, by_id), = groups.items()
        entries = list(by_id.values())
        tag = min(spellings[key].items(), key=lambda item: (-item[1], item[0]))[0]
        channel_id = tag_feed_id(feed.id, slug)
        if channel_id in ids:
            clashing = next(e for e in candidates if e.id == channel_id)
            problems.append(Problem(clashing.source, msg("build.tag.id_clash", entry_id=channel_id, tag=tag), field="id",
                                    hint=msg("build.tag.id_clash.hint")))
            continue
        tag_feed = dataclasses.replace(feed, title=f"{feed.title}: {tag}", id=channel_id,
                                       path=f"{TAGS_DIRECTORY}{slug}/", entries=())
        chosen = newest(entries, feed.limit)
        channels.append(Channel(Selection(tag_feed, tuple(publishable(e) for e in chosen)), tag=tag, slug=slug,
                                total=len(entries)))
    if problems:
        raise StoreError(problems)
    return tuple(channels)


@functools.lru_cache(maxsize=4096)
def tag_slug(tag: str) -> str:
    """The tag's folder name below tags/ (python-slugify: `sociaal domein` -> `sociaal-domein`)."""
    return slugify(tag)


def _tag_slug(tag: str, entry: Entry, index: int, problems: list[Problem]) -> str | None:
    field = f"tags[{index}]"
    if not tag.strip():
        problems.append(Problem(entry.source, msg("store.tags.empty"), field=field, hint=msg("build.tag.empty.hint")))
        return None
    slug = tag_slug(tag)
    if not slug:
        problems.append(Problem(entry.source, msg("build.tag.no_slug", tag=tag), field=field,
                                hint=msg("build.tag.no_slug.hint")))
        return None
    if len(slug) > MAX_TAG_SLUG:
        problems.append(Problem(entry.source, msg("build.tag.too_long", start=tag[:40], length=len(tag),
                                                  slug_length=len(slug), limit=MAX_TAG_SLUG), field=field,
                                hint=msg("build.tag.too_long.hint")))
        return None
    return slug


def _clash(slug: str, groups: dict[str, dict[str, Entry]], spellings: dict[str, Counter]) -> Problem:
    described = []
    for key in sorted(groups):
        tag = min(spellings[key])
        files = sorted({e.source for e in groups[key].values()})
        shown = msg("build.tag.files.more", files=", ".join(files[:3]), more=len(files) - 3) if len(files) > 3 \
            else ", ".join(files)
        described.append(msg("build.tag.spelling", tag=tag, files=shown))
    first_file = min(e.source for entries in groups.values() for e in entries.values())
    return Problem(first_file, msg("build.tag.clash", tags=msg("join.and", first=tuple(described[:-1]), last=described[-1]),
                                   slug=slug), field="tags", hint=msg("build.tag.clash.hint"))


# --- warnings the author can act on ---------------------------------------------------


def content_warnings(entry: Entry) -> list[Problem]:
    """What `feedtool validate` (and W3C) warn about in the entry's HTML: scripts, iframes, event
    handlers, `javascript:` URLs, styles and markup readers strip, with the validator's own codes."""
    if not entry.content or "<" not in entry.content and "&#" not in entry.content:
        return []
    if entry.source.lower().endswith(".md"):
        return []  # the store checked the Markdown body already, and names the body's own lines
    known = _known
    if known is not None and entry in known.clean:
        return []
    from feedtool.validate.html import check_html

    # Relative URLs were made absolute already (publishable), so ContainsRelRef cannot apply.
    findings = [f for f in check_html(entry.content) if f.code != "ContainsRelRef"]
    if not findings and known is not None:
        known.clean.add(entry)
    return [Problem(entry.source, msg("build.content.finding", message=f.message, code=f.code),
                    field="content", severity="warning")
            for f in findings]

# Elements a reader would render if it took plain text for HTML (what the W3C validator looks for).
_HTML_ELEMENTS = frozenset(
    "a abbr b big blockquote br cite code dd del dfn div dl dt em font h1 h2 h3 h4 h5 h6 hr i iframe img ins kbd "
    "li object ol p pre q s samp script small span strike strong style sub sup table td th tr tt u ul var".split())
_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?/?>")


def looks_like_html(text: str | None) -> bool:
    return bool(text) and any(m.group(1).lower() in _HTML_ELEMENTS for m in _HTML_TAG.finditer(text))


def publishing_warnings(selection: Selection) -> list[Problem]:
    """What the W3C validator would warn about in these entries, which only the author can fix."""
    warnings = []
    feed = selection.feed
    if not feed.path:  # the feed's own fields: once, not again for every tag feed
        for name in ("title", "subtitle"):
            if looks_like_html(getattr(feed, name)):
                warnings.append(Problem(feed.source, msg("build.looks_like_html", what=msg(f"build.what.{name}")),
                                        field=name, severity="warning",
                                        hint=msg("build.looks_like_html.hint", what=msg(f"build.what.{name}"))))
    for entry in selection.entries:
        if len(entry.attachments) > 1 and not feed.path:
            warnings.append(Problem(
                entry.source, msg("build.attachments.rss", count=len(entry.attachments), url=entry.attachments[0].url),
                field="attachments", severity="warning", hint=msg("build.attachments.rss.hint")))
        for index, tag in enumerate(entry.tags):
            if looks_like_html(tag):
                what = msg("build.what.tag", tag=tag)
                warnings.append(Problem(entry.source, msg("build.looks_like_html", what=what), field=f"tags[{index}]",
                                        severity="warning", hint=msg("build.looks_like_html.hint", what=what)))
        if entry.summary is None and entry.content is None:
            warnings.append(Problem(entry.source, msg("build.no_text"), field="summary", severity="warning",
                                    hint=msg("build.no_text.hint")))
        if looks_like_html(entry.title):
            what = msg("build.what.title")
            warnings.append(Problem(entry.source, msg("build.looks_like_html", what=what), field="title",
                                    severity="warning", hint=msg("build.looks_like_html.hint", what=what)))
    for entry in selection.entries:
        warnings += content_warnings(entry)
    by_moment = defaultdict(list)
    for entry in selection.entries:
        by_moment[entry.updated.timestamp()].append(entry)
    for same in by_moment.values():
        for entry in same[1:]:
            warnings.append(Problem(entry.source, msg("build.updated.same", other=same[0].source), field="updated",
                                    severity="warning", hint=msg("build.updated.same.hint")))
    return warnings
