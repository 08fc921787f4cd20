"""load_store: the whole store, checked, as a Feed; or every problem at once."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from feedtool.dates import DateProblem, get_zone
from feedtool.errors import Problem, StoreError
from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.lang import DEFAULT_LANGUAGE
from feedtool.model import DEFAULT_ARCHIVE_SIZE, Entry, Feed, Person
from feedtool.store.attachments import read_attachments
from feedtool.store.fields import ENTRY_FIELDS, FEED_FIELDS, Checker
from feedtool.store.ids import check_entry_id, check_feed_id, check_slug, derive_feed_id, entry_id
from feedtool.store.markdown import MARKDOWN_SUFFIXES, is_markdown
from feedtool.store.source import (
    JSON_SUFFIXES,
    YAML_SUFFIXES,
    Raw,
    excerpt,
    os_problem,
    outside_store,
    read_document,
    symlink_problem,
)

FEED_FILE_NAMES = ("_feed.yaml", "_feed.yml", "_feed.json")
ENTRY_SUFFIXES = YAML_SUFFIXES + JSON_SUFFIXES
POST_SUFFIXES = ENTRY_SUFFIXES + MARKDOWN_SUFFIXES  # what a store directory reads; a one-file store is YAML/JSON
DEFAULT_TIMEZONE = "Europe/Amsterdam"
DEFAULT_LIMIT = 20
STORE_FILE_FIELDS = ("feed", "entries")


@dataclass(frozen=True, slots=True)
class StoreResult:
    feed: Feed
    warnings: list[Problem]


@dataclass(slots=True)
class _FeedMeta:
    """The feed's settings as far as they could be read; defaults stand in for broken ones."""

    title: str | None = None
    link: str | None = None
    id: str | None = None
    language: str = DEFAULT_LANGUAGE
    timezone: str = DEFAULT_TIMEZONE
    zone: ZoneInfo | None = None
    limit: int = DEFAULT_LIMIT
    subtitle: str | None = None
    authors: tuple[Person, ...] = ()
    rights: str | None = None
    icon: str | None = None
    favicon: str | None = None
    source: str = ""
    tag_feeds: bool = True
    subscribe_page: bool = True
    hubs: tuple[str, ...] = ()
    archive_size: int = DEFAULT_ARCHIVE_SIZE


@dataclass(slots=True)
class _Loaded:
    entry: Entry
    explicit_id: bool
    line: int | None


def load_store(path: str | os.PathLike, known_posts=None) -> StoreResult:
    """Read and check the store at `path` (a directory or one YAML/JSON file).

    Returns the feed with every entry (drafts and future ones too, newest first)
    and the warnings; raises StoreError listing every problem when there is any error.
    `known_posts` (feedtool.build.postcache.KnownPosts): what an earlier build made of post files
    whose bytes are unchanged, used instead of reading them again.
    """
    root = os.fspath(path)
    try:
        st = os.stat(root)
    except FileNotFoundError:
        raise StoreError([Problem(root, msg("store.not_found"), hint=msg("store.not_found.hint"))]) from None
    except OSError as exc:
        raise StoreError([os_problem(root, exc)]) from None
    problems: list[Problem] = []
    if stat.S_ISDIR(st.st_mode):
        feed = _load_directory(root, problems, known_posts)
    else:
        feed = _load_single_file(root, problems)
    if feed is None or any(p.severity == "error" for p in problems):
        raise StoreError(problems)
    return StoreResult(feed, sorted(problems, key=Problem.sort_key))


# --- the two layouts ------------------------------------------------------------


def _load_directory(root: str, problems: list[Problem], known=None) -> Feed | None:
    try:
        with os.scandir(root) as it:
            listing = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in it)
    except OSError as exc:
        problems.append(os_problem(root, exc))
        return None
    names = [name for name, _ in listing]
    feed_names = [n for n in names if n.lower() in FEED_FILE_NAMES]
    entry_names = [n for n, is_dir in listing
                   if not is_dir and not n.startswith(("_", ".")) and n.lower().endswith(POST_SUFFIXES)]
    for name, is_dir in listing:
        if is_dir and not name.startswith(("_", ".")):
            _warn_subdirectory(root, name, problems)

    meta = _FeedMeta(zone=get_zone(DEFAULT_TIMEZONE))
    feed_ok = False
    if not feed_names:
        hint = msg("store.feed_file.missing.hint")
        stray = [n for n in entry_names if os.path.splitext(n)[0].lower() == "feed"]
        if stray:
            hint = msg("store.feed_file.misnamed.hint", name=stray[0])
        problems.append(Problem(os.path.join(root, "_feed.yaml"), msg("store.feed_file.missing"), hint=hint))
    elif len(feed_names) > 1:
        problems.append(Problem(os.path.join(root, feed_names[1]),
                                msg("store.feed_file.several", names=", ".join(feed_names)),
                                hint=msg("store.feed_file.several.hint")))
    elif (target := outside_store(root, os.path.join(root, feed_names[0]))) is not None:
        problems.append(symlink_problem(os.path.join(root, feed_names[0]), target))
        meta.source = os.path.join(root, feed_names[0])
    else:
        doc = read_document(os.path.join(root, feed_names[0]), os.path.join(root, feed_names[0]))
        problems.extend(doc.problems)
        if doc.root is not None:
            checker = Checker(doc, problems)
            fields = checker.mapping(doc.root, msg("store.what.feed_file"), msg("store.what.feed_file.hint"))
            if fields is not None:
                feed_ok = _read_feed(fields, checker, meta)
        meta.source = doc.file

    loaded: list[_Loaded] = []
    prefix = os.path.join(root, "")
    shared: dict[str, str] = {}
    if known is not None:  # every setting an entry is made with (the feed's, the store's place)
        known.start(f"{prefix}\0{meta!r}")
    for name in entry_names:
        display = prefix + name
        target = outside_store(root, display)
        if target is not None:
            problems.append(symlink_problem(display, target))
            continue
        if known is not None:
            hit = known.lookup(display)
            if hit is not None:
                loaded.append(_Loaded(*hit))
                continue
            before = len(problems)
        stem = os.path.splitext(name)[0]
        if is_markdown(name):
            item = _read_markdown_entry(display, stem, meta, problems, shared)
        else:
            doc = read_document(display, display)
            problems.extend(doc.problems)
            if doc.root is None:
                continue
            checker = Checker(doc, problems, shared)
            fields = checker.mapping(doc.root, msg("store.what.entry_file"), msg("store.what.entry_file.hint"))
            if fields is None:
                continue
            item = _read_entry(fields, checker, meta, stem, from_title=False)
        if item is not None:
            loaded.append(item)
            if known is not None and len(problems) == before:
                known.remember(display, item.entry, item.explicit_id, item.line)
    if not entry_names:
        problems.append(Problem(root, msg("store.no_entries"), hint=msg("store.no_entries.hint")))
    return _finish(meta, feed_ok, loaded, problems, meta.source or os.path.join(root, "_feed.yaml"))


def _warn_subdirectory(root: str, name: str, problems: list[Problem]) -> None:
    try:
        with os.scandir(os.path.join(root, name)) as it:
            nested = any(e.name.lower().endswith(POST_SUFFIXES) and not e.name.startswith(("_", ".")) for e in it)
    except OSError:
        return
    if nested:
        problems.append(Problem(os.path.join(root, name), msg("store.subdirectory"),
                                hint=msg("store.subdirectory.hint"), severity="warning"))


def _load_single_file(path: str, problems: list[Problem]) -> Feed | None:
    base = os.path.basename(path)
    if not path.lower().endswith(ENTRY_SUFFIXES):
        problems.append(Problem(path, msg("store.one_file.suffix"), hint=msg("store.one_file.suffix.hint")))
        return None
    doc = read_document(path, path)
    problems.extend(doc.problems)
    if doc.root is None:
        return None
    checker = Checker(doc, problems)
    hint = msg("store.one_file.hint")
    if base.lower() in FEED_FILE_NAMES:
        hint = msg("store.one_file.feed_file.hint", name=base)
    top = checker.mapping(doc.root, msg("store.what.one_file"), hint)
    if top is None:
        return None
    if "feed" not in top and "entries" not in top:
        checker.error(doc.root, None, msg("store.one_file.needs"), hint)
        return None
    checker.unknown_fields(top, STORE_FILE_FIELDS)
    meta = _FeedMeta(zone=get_zone(DEFAULT_TIMEZONE), source=path)
    feed_ok = False
    if "feed" not in top:
        checker.error(None, "feed", msg("store.field.missing", name="feed"), msg("store.one_file.feed.hint"),
                      line=1)
    else:
        fields = checker.mapping(top["feed"], msg("store.what.feed"), msg("store.what.feed.hint"))
        if fields is not None:
            feed_ok = _read_feed(fields, checker, meta)
    loaded: list[_Loaded] = []
    raw_entries = top.get("entries")
    if raw_entries is None or raw_entries.kind == "null" or (raw_entries.kind == "list" and not raw_entries.items):
        problems.append(Problem(path, msg("store.one_file.no_entries"), field="entries",
                                line=doc.line_of(raw_entries), hint=msg("store.one_file.no_entries.hint")))
    elif raw_entries.kind != "list" or raw_entries.items is None:
        checker.error(raw_entries, "entries", msg("store.one_file.entries"), msg("store.one_file.entry.hint"))
    else:
        for index, raw in enumerate(raw_entries.items):
            fields = checker.mapping(raw, msg("store.what.entry", number=index + 1), msg("store.one_file.entry.hint"))
            if fields is None:
                continue
            item = _read_entry(fields, checker, meta, None, from_title=True)
            if item is not None:
                loaded.append(item)
    return _finish(meta, feed_ok, loaded, problems, path)


# --- fields -----------------------------------------------------------------------


def _read_feed(fields: dict[str, Raw], checker: Checker, meta: _FeedMeta) -> bool:
    """Fill `meta` from the feed's fields; False when a required one is missing or broken."""
    checker.unknown_fields(fields, FEED_FIELDS)
    before = len(checker.problems)
    meta.title = checker.text(fields, "title", required=True)
    raw_link = fields.get("link")
    if raw_link is None:
        checker.error(None, "link", msg("store.field.missing", name="link"), msg("store.feed.link.hint"),
                      line=checker.map_line(fields))
    else:
        meta.link = checker.url(raw_link, "link", site=True)
    meta.subtitle = checker.text(fields, "subtitle")
    meta.rights = checker.text(fields, "rights")
    for name in ("icon", "favicon"):
        raw = fields.get(name)
        if raw is not None and raw.kind != "null" and meta.link is not None:
            setattr(meta, name, checker.url(raw, name, base=meta.link))
    meta.language = checker.language(fields) or DEFAULT_LANGUAGE
    meta.authors = checker.people(fields.get("author"), "author") or ()
    meta.limit = checker.positive_int(fields, "limit") or DEFAULT_LIMIT
    for switch in ("tag_feeds", "subscribe_page"):
        value = checker.boolean(fields, switch)
        if value is not None:
            setattr(meta, switch, value)
    meta.hubs = _hubs(fields, checker)
    meta.archive_size = _archive_size(fields, checker)
    zone_name = checker.text(fields, "timezone", strict=True)
    if zone_name is not None:
        try:
            meta.zone = get_zone(zone_name)
            meta.timezone = zone_name
        except DateProblem as exc:
            checker.error(fields["timezone"], "timezone", exc.message, exc.hint)
    feed_id = checker.text(fields, "id", strict=True)
    if feed_id is not None:
        wrong = check_feed_id(feed_id)
        if wrong:
            checker.error(fields["id"], "id", *wrong)
        else:
            meta.id = feed_id
    return not any(p.severity == "error" for p in checker.problems[before:])


def _hubs(fields: dict[str, Raw], checker: Checker) -> tuple[str, ...]:
    """`hub:`, one WebSub hub URL or a list of them; each an absolute http(s) URL."""
    raw = fields.get("hub")
    if raw is None or raw.kind == "null":
        return ()
    items = raw.items if raw.kind == "list" and raw.items is not None else [raw]
    hubs: list[str] = []
    for index, item in enumerate(items):
        label = "hub" if raw.kind != "list" else f"hub[{index}]"
        if item.kind in ("list", "map"):
            checker.error(item, label, msg("store.hub.shape", name=label), msg("store.hub.example"))
            continue
        if item.is_text and item.text and ":" not in item.text.split("/", 1)[0]:
            checker.error(item, label, msg("store.hub.not_full", shown=excerpt(item.text)), msg("store.hub.hint"))
            continue
        url = checker.url(item, label)
        if url is not None and url not in hubs:
            hubs.append(url)
    return tuple(hubs)


def _archive_size(fields: dict[str, Raw], checker: Checker) -> int:
    """`archive:` true (pages of the default size), false (no archives) or the posts per page."""
    raw = fields.get("archive")
    if raw is None or raw.kind == "null":
        return DEFAULT_ARCHIVE_SIZE
    if raw.kind == "bool":
        return DEFAULT_ARCHIVE_SIZE if checker.boolean(fields, "archive") else 0
    if raw.kind not in ("int", "str") or not raw.text.strip().lstrip("+").isdigit():
        checker.error(raw, "archive", msg("store.archive.wrong", shown=excerpt(raw.text)) if raw.text is not None
                      else msg("store.archive.wrong.plain"), msg("store.archive.hint"))
        return DEFAULT_ARCHIVE_SIZE
    return checker.positive_int(fields, "archive") or DEFAULT_ARCHIVE_SIZE


def _read_markdown_entry(display: str, stem: str, meta: _FeedMeta, problems: list[Problem],
                         shared: dict[str, str]) -> _Loaded | None:
    from feedtool.store.markdown import entry_fields, read_post

    post = read_post(display, display)
    problems.extend(post.doc.problems)
    if post.doc.root is None:
        return None
    checker = Checker(post.doc, problems, shared)
    fields = checker.mapping(post.doc.root, msg("store.what.front_matter"), msg("store.what.front_matter.hint"))
    if fields is None:
        return None
    if not fields:
        checker.error(None, None, msg("store.front_matter.empty"), msg("store.front_matter.empty.hint"), line=1)
        return None
    before = len(problems)
    fields, stem = entry_fields(post, fields, checker, stem)
    failed = any(p.severity == "error" for p in problems[before:])
    item = _read_entry(fields, checker, meta, stem, from_title=False)
    return None if failed else item


def _read_entry(fields: dict[str, Raw], checker: Checker, meta: _FeedMeta, stem: str | None,
                from_title: bool) -> _Loaded | None:
    checker.unknown_fields(fields, ENTRY_FIELDS)
    before = len(checker.problems)
    # JSON lines are found lazily (re-scanning the text); a directory store never needs this one.
    line = checker.map_line(fields) if from_title or not checker.doc.is_json else None
    title = checker.text(fields, "title", required=True)
    zone = meta.zone
    published = checker.datetime(fields, "published", zone, required=True)
    updated = checker.datetime(fields, "updated", zone)
    summary = checker.text(fields, "summary")
    content = checker.text(fields, "content")
    tags = checker.tags(fields)
    draft = checker.boolean(fields, "draft") or False
    language = checker.language(fields)
    authors = checker.people(fields.get("author"), "author")
    attachments = read_attachments(fields, checker, None if from_title else os.path.dirname(checker.doc.file),
                                   meta.link)

    slug = checker.text(fields, "slug", strict=True)
    if slug is not None:
        wrong = check_slug(slug)
        if wrong:
            checker.error(fields["slug"], "slug", wrong, msg("store.slug.example"))
            slug = None
    elif from_title:
        if title is not None:
            from slugify import slugify

            slug = slugify(title)
            if not slug:
                checker.error(fields.get("title"), "slug", msg("store.slug.from_title", shown=excerpt(title)),
                              msg("store.slug.from_title.hint"))
    else:
        wrong = check_slug(stem)
        if wrong:
            from slugify import slugify

            checker.error(None, "slug", msg("store.slug.from_file", shown=excerpt(stem)),
                          msg("store.slug.from_file.hint", name=slugify(stem) or "mijn-bericht"), line=line)
        else:
            slug = stem

    explicit_id = checker.text(fields, "id", strict=True)
    if explicit_id is not None:
        wrong = check_entry_id(explicit_id)
        if wrong:
            checker.error(fields["id"], "id", *wrong)
            explicit_id = None

    link = None
    raw_link = fields.get("link")
    if raw_link is not None and raw_link.kind != "null":
        link = checker.url(raw_link, "link", base=meta.link)
    elif meta.link is not None and slug:
        link = f"{meta.link}{slug}/"

    if published is not None and updated is not None and updated < published:
        checker.warn(fields["updated"], "updated", msg("store.updated.early"), msg("store.updated.early.hint"))
    if None in (title, published, slug, link) or (
            len(checker.problems) > before and any(p.severity == "error" for p in checker.problems[before:])):
        return None
    entry_id_value = explicit_id or (entry_id(meta.id, slug) if meta.id else "")
    entry = Entry(
        id=entry_id_value,
        slug=slug,
        title=title,
        link=link,
        published=published,
        updated=updated or published,
        authors=authors or meta.authors,
        summary=summary,
        content=content,
        tags=tags,
        language=language if language != meta.language else None,
        draft=draft,
        source=checker.doc.file,
        attachments=attachments,
    )
    return _Loaded(entry, explicit_id is not None, line)


# --- the whole feed ---------------------------------------------------------------


def _finish(meta: _FeedMeta, feed_ok: bool, loaded: list[_Loaded], problems: list[Problem], feed_file: str
            ) -> Feed | None:
    id_derived = False
    if feed_ok and meta.id is None and loaded:
        dated = [item.entry for item in loaded if not item.entry.draft] or [item.entry for item in loaded]
        year = min(e.published for e in dated).year
        meta.id = derive_feed_id(meta.link, year)
        id_derived = True
        problems.append(Problem(
            feed_file,
            msg("store.feed.id_derived", feed_id=meta.id),
            field="id",
            hint=msg("store.feed.id_derived.hint", feed_id=meta.id, name=os.path.basename(feed_file)),
            severity="warning",
        ))
        for item in loaded:
            if not item.explicit_id:
                item.entry = replace(item.entry, id=entry_id(meta.id, item.entry.slug))
    _check_duplicates(loaded, problems)
    if feed_ok:
        _check_authors(meta, loaded, problems, feed_file)
    if not feed_ok or meta.id is None:
        return None
    entries = sorted((item.entry for item in loaded), key=lambda e: e.slug)
    entries.sort(key=lambda e: e.published, reverse=True)
    return Feed(
        title=meta.title,
        link=meta.link,
        id=meta.id,
        language=meta.language,
        timezone=meta.timezone,
        limit=meta.limit,
        subtitle=meta.subtitle,
        authors=meta.authors,
        rights=meta.rights,
        icon=meta.icon,
        favicon=meta.favicon,
        entries=tuple(entries),
        id_derived=id_derived,
        source=meta.source,
        tag_feeds=meta.tag_feeds,
        subscribe_page=meta.subscribe_page,
        hubs=meta.hubs,
        archive_size=meta.archive_size,
    )


def _check_authors(meta: _FeedMeta, loaded: list[_Loaded], problems: list[Problem], feed_file: str) -> None:
    """Atom needs an author for every entry: checked here, with every other problem of the store,
    so that one run reports it beside the rest (the Atom renderer checks again)."""
    if meta.authors:
        return
    for item in loaded:
        if not item.entry.authors:
            problems.append(Problem(
                item.entry.source or feed_file, msg("store.author.missing"), field="author", line=item.line,
                hint=msg("store.author.missing.hint", name=os.path.basename(feed_file))))


def _where(item: _Loaded, other: _Loaded) -> Message | str:
    if item.entry.source == other.entry.source and item.line is not None:
        return msg("store.where.line", file=item.entry.source, line=item.line)
    return item.entry.source


def _check_duplicates(loaded: list[_Loaded], problems: list[Problem]) -> None:
    by_slug: dict[str, _Loaded] = {}
    by_id: dict[str, _Loaded] = {}
    for item in loaded:
        entry = item.entry
        first = by_slug.setdefault(entry.slug, item)
        if first is not item:
            problems.append(Problem(entry.source, msg("store.slug.duplicate", slug=entry.slug, where=_where(first, item)),
                                    field="slug", line=item.line, hint=msg("store.slug.duplicate.hint")))
            continue
        first = by_id.setdefault(entry.id, item)
        if first is not item and entry.id:
            problems.append(Problem(entry.source, msg("store.id.duplicate", entry_id=entry.id, where=_where(first, item)),
                                    field="id", line=item.line, hint=msg("store.id.duplicate.hint")))
