"""What `feedtool new` writes: the path and text of a new entry file (the CLI writes it)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from feedtool.dates import DateProblem, get_zone, now_in
from feedtool.errors import Problem, StoreError, UsageError
from feedtool.i18n import message as msg
from feedtool.store.fields import Checker
from feedtool.store.ids import check_slug
from feedtool.store.loader import DEFAULT_TIMEZONE, ENTRY_SUFFIXES, FEED_FILE_NAMES, POST_SUFFIXES
from feedtool.store.source import XML_FORBIDDEN, describe_character, excerpt, read_document


# A new entry starts as a draft (as Hugo's do): the next build would otherwise publish an empty
# placeholder, record its id, and trip the id guard when the post is renamed before it is done.
DRAFT_LINE = "draft: true  # remove this line (or write draft: false) to publish"


@dataclass(frozen=True, slots=True)
class NewEntry:
    path: str
    text: str
    slug: str
    clashes: tuple[str, ...]  # existing files with the same slug (other suffixes included)
    shortened: bool = False  # the title's slug was cut to fit a file name


def plan_new_entry(store: str, title: str, *, slug: str | None = None, now: datetime | None = None,
                   markdown: bool = False) -> NewEntry:
    """The file `feedtool new` would create for `title` in the directory store `store`.

    `markdown`: a `.md` post (front matter and a Markdown body) instead of a YAML entry.
    """
    if not title.strip():
        raise UsageError(msg("new.title.empty"))
    bad = XML_FORBIDDEN.search(title)
    if bad:
        raise UsageError(msg("new.title.character", char=describe_character(bad.group())))
    if os.path.exists(store) and not os.path.isdir(store):
        raise UsageError(msg("new.one_file", store=store))
    limit = max_slug_length(store)
    shortened = False
    if slug is None:
        from slugify import slugify

        slug = slugify(title)
        if not slug:
            raise UsageError(msg("new.slug.from_title", shown=excerpt(title)))
        if len(slug) > limit:
            slug, shortened = slugify(title, max_length=limit, word_boundary=True) or slug[:limit].rstrip("-"), True
    elif "/" in slug:
        raise UsageError(msg("new.slug.slash", slug=slug, example=slug.replace("/", "-").strip("-") or "mijn-bericht"))
    elif len(slug.encode("utf-8")) > limit:
        raise UsageError(msg("new.slug.too_long", length=len(slug), store=store, limit=limit))
    wrong = check_slug(slug)
    if wrong:
        raise UsageError(wrong)
    if now is None:
        now = now_in(store_zone(store))
    path = os.path.join(store, slug + (".md" if markdown else ".yaml"))
    clashes = tuple(os.path.join(store, slug + suffix) for suffix in POST_SUFFIXES
                    if os.path.lexists(os.path.join(store, slug + suffix)))
    if markdown:
        return NewEntry(path, markdown_text(title, now), slug, clashes, shortened)
    text = (
        f"title: {yaml_quoted(title)}\n"
        f"published: {now.isoformat()}\n"
        'summary: ""\n'
        f"{DRAFT_LINE}\n"
        "# Optional: updated, author, content (HTML), tags (a list), link, id, language\n"
    )
    return NewEntry(path, text, slug, clashes, shortened)


def max_slug_length(store: str) -> int:
    """The longest slug whose entry file name (with the longest entry suffix) fits the file system of `store`."""
    existing = os.path.abspath(store)
    while not os.path.isdir(existing) and os.path.dirname(existing) != existing:
        existing = os.path.dirname(existing)
    try:
        name_max = os.pathconf(existing, "PC_NAME_MAX")
    except (OSError, ValueError):
        name_max = 255  # the limit of every common file system
    return max(1, min(name_max, 255) - max(len(suffix) for suffix in ENTRY_SUFFIXES))  # .md is shorter


def markdown_text(title: str, now: datetime) -> str:
    """A new `.md` post: front matter with the title and date, and an empty body to write in."""
    return (
        "---\n"
        f"title: {yaml_quoted(title)}\n"
        f"published: {now.isoformat()}\n"
        'summary: ""\n'
        "# Optional: updated, author, tags (a list), link, id, language, draft: true\n"
        "---\n"
        "\n"
    )


def store_zone(store: str):
    """The store's time zone from its feed file (the default when there is none)."""
    for name in FEED_FILE_NAMES:
        path = os.path.join(store, name)
        if not os.path.exists(path):
            continue
        doc = read_document(path, path)
        if doc.root is None:
            raise StoreError(doc.problems)
        problems: list[Problem] = []
        fields = Checker(doc, problems).mapping(doc.root, msg("store.what.feed_file"))
        raw = (fields or {}).get("timezone")
        if raw is None or raw.kind == "null":
            break
        zone_name = Checker(doc, problems).scalar_text(raw, "timezone", strict=True)
        if zone_name is None:
            raise StoreError(problems)
        try:
            return get_zone(zone_name)
        except DateProblem as exc:
            raise StoreError([Problem(doc.file, exc.message, field="timezone", line=doc.line_of(raw),
                                      hint=exc.hint)]) from None
    return get_zone(DEFAULT_TIMEZONE)


_YAML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x85": "\\N",
                 "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF"}


def yaml_quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back exactly, non-ASCII left readable."""
    out = []
    for ch in text:
        escaped = _YAML_ESCAPES.get(ch)
        if escaped is None:
            code = ord(ch)
            if 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000:
                escaped = ch
            elif code <= 0xFF:
                escaped = f"\\x{code:02X}"
            else:
                escaped = f"\\u{code:04X}"
        out.append(escaped)
    return '"' + "".join(out) + '"'
