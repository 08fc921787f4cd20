"""Markdown posts: a `.md` file with front matter (YAML between `---` lines, or Hugo's TOML
between `+++` lines) and a Markdown body that becomes the entry's content.

The front matter is read by the same YAML reader as an entry file, on the file's own text,
so every value keeps the line it has in the `.md` file. Hugo's and Jekyll's names for the
fields are translated to feedtool's (`date` is `published`, `lastmod` is `updated`, ...);
the keys they document that a feed has no use for (`layout`, `weight`, `aliases`, ...) are
dropped without a word. The body is rendered with markdown-it-py (CommonMark, tables,
strikethrough, footnotes); raw HTML in it is kept, and checked where it stands, so that a
warning names the body's line. docs/store.md lists every name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.errors import Problem
from feedtool.store.fields import Checker
from feedtool.store.source import (
    _YAML_RAW_FORBIDDEN, XML_FORBIDDEN, Document, Raw, _decode, _forbidden_characters, _parse_yaml, _read_bytes,
    field_at,
)

MARKDOWN_SUFFIXES = (".md", ".markdown")

# feedtool's field -> every name a post may give it, feedtool's first. Two of them in one
# post is an error: which one was meant cannot be guessed.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "published": ("published", "date"),
    "updated": ("updated", "lastmod", "last_modified_at", "modified"),
    "summary": ("summary", "excerpt"),
    "author": ("author", "authors"),
    "link": ("link", "url", "permalink"),
    "id": ("id",),
    "slug": ("slug",),
    "language": ("language", "lang"),
    "draft": ("draft",),
    "attachments": ("attachments",),
}
# Hugo's publishDate (also publishdate, pubdate) is when a post went live: it is the feed's
# `published`, and wins over `date`, which Hugo keeps for the date the content is about.
PUBLISH_DATE = ("publishdate", "pubdate")
# Used only when no summary name is given: jekyll-feed takes `description` as the summary too.
SUMMARY_FALLBACK = "description"
# Merged into the entry's tags, in this order: Jekyll and Hugo keep both taxonomies, and a
# feed's <category> carries either. A text value of `tags` or `categories` is split at spaces,
# as Jekyll documents; `category` is one category.
TAG_NAMES = ("tags", "categories", "category")
# Documented by Hugo or Jekyll (or their feed and SEO plugins) and of no use in a feed.
IGNORED = frozenset(name.lower() for name in (
    # Hugo (gohugo.io/content-management/front-matter)
    "aliases", "audio", "build", "cascade", "expiryDate", "expirydate", "headless", "images", "isCJKLanguage",
    "keywords", "layout", "linkTitle", "markup", "menu", "menus", "outputs", "params", "resources", "series",
    "sitemap", "translationKey", "type", "videos", "weight", "toc",
    # Jekyll (jekyllrb.com/docs/front-matter, posts) and its common plugins
    "excerpt_separator", "redirect_from", "redirect_to", "image", "comments", "render_with_liquid",
    "sitemap", "hidden",
))
_ALL_NAMES = {name.lower(): field for field, names in SYNONYMS.items() for name in names}
KNOWN_NAMES = tuple(sorted({name for names in SYNONYMS.values() for name in names}
                           | {"publishDate", SUMMARY_FALLBACK, *TAG_NAMES}))

_DELIMITERS = {"---": "yaml", "+++": "toml"}
_JEKYLL_NAME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})-(.+)")
_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)


class Post:
    """A read `.md` file: its front matter as a Document (lines are the file's) and its body."""

    __slots__ = ("doc", "body", "body_line")

    def __init__(self, doc: Document, body: str = "", body_line: int = 1):
        self.doc = doc
        self.body = body
        self.body_line = body_line


def is_markdown(name: str) -> bool:
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def read_post(path: str, display: str) -> Post:
    """Read, decode and split one `.md` file and parse its front matter; never raises for bad input."""
    data, problem = _read_bytes(path, display)
    if problem is not None:
        return Post(Document(display, None, [problem]))
    text, problem = _decode(data, display)
    if problem is not None:
        return Post(Document(display, None, [problem]))
    lines = text.splitlines(keepends=True)
    opener = lines[0].rstrip() if lines else ""
    kind = _DELIMITERS.get(opener)
    if kind is None:
        return Post(Document(display, None, [_no_front_matter(display, opener)], text=text))
    closers = ("---", "...") if kind == "yaml" else ("+++",)
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in closers), None)
    if end is None:
        return Post(Document(display, None, [_never_closed(display, text, opener, len(lines))], text=text))
    front = "".join(lines[:end])
    body = "".join(lines[end + 1:])
    body_line = end + 2
    problem = _forbidden_characters(front, display, _YAML_RAW_FORBIDDEN)
    if problem is None:
        problem = _forbidden_characters(text, display, _YAML_RAW_FORBIDDEN)
        if problem is not None:  # in the body: the nearest `name:` above it is text, not a field
            said = problem.message
            if said.id == "store.char.not_yaml":
                said = msg("store.char.not_in_post", point=said.param("point"))
            problem = replace(problem, field="body", message=said)
    if problem is not None:
        return Post(Document(display, None, [problem], text=text))
    if kind == "toml":
        doc = _parse_toml(front, display)
    elif all(not line.strip() or line.lstrip().startswith("#") for line in lines[1:end]):  # no fields at all
        doc = Document(display, Raw("map", items={}, line=1), text=front)
    else:
        doc = _parse_yaml(front, display)  # the opening --- is YAML's own document start
    return Post(doc, body, body_line)


def _no_front_matter(display: str, first: str) -> Problem:
    if first.startswith("{"):
        return Problem(display, msg("store.md.json_front_matter"), line=1, hint=msg("store.md.json_front_matter.hint"))
    # A README.md beside the posts is no post; a post that lost its front matter must not vanish unseen.
    return Problem(display, msg("store.md.not_a_post"), line=1, severity="warning", hint=msg("store.md.not_a_post.hint"))


def _never_closed(display: str, text: str, opener: str, count: int) -> Problem:
    return Problem(display, msg("store.md.never_closed", opener=opener),
                   field=field_at(text, len(text) - 1) if text.strip() != opener else None, line=1,
                   hint=msg("store.md.never_closed.hint", opener=opener, count=count))


# --- TOML (Hugo) ------------------------------------------------------------------

_TOML_KEY = re.compile(r"""^[ \t]*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))[ \t]*=""", re.M)
_TOML_TABLE = re.compile(r"^[ \t]*\[\[?[ \t]*([A-Za-z0-9_.\"' -]+?)[ \t]*\]\]?", re.M)
_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _parse_toml(front: str, display: str) -> Document:
    import tomllib

    toml_text = front.split("\n", 1)[1] if "\n" in front else ""
    doc = Document(display, None, text=front)
    try:
        value = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _TOML_WHERE.search(message)
        line = int(where.group(1)) + 1 if where else None
        column = int(where.group(2)) if where else None
        key = _TOML_KEY.match(front.splitlines()[line - 1]) if line and line <= len(front.splitlines()) else None
        doc.problems.append(Problem(display, msg("store.toml.syntax", detail=_TOML_WHERE.sub("", message).strip()),
                                    field=key and (key.group(1) or key.group(2) or key.group(3)),
                                    line=line, column=column, hint=msg("store.toml.syntax.hint")))
        return doc
    except RecursionError:
        doc.problems.append(Problem(display, msg("store.toml.too_deep"), line=2))
        return doc
    lines: dict[str, int] = {}
    top_level_end = _TOML_TABLE.search(toml_text)
    for m in _TOML_KEY.finditer(toml_text, 0, top_level_end.start() if top_level_end else len(toml_text)):
        lines.setdefault(m.group(1) or m.group(2) or m.group(3), toml_text.count("\n", 0, m.start()) + 2)
    for m in _TOML_TABLE.finditer(toml_text):
        lines.setdefault(m.group(1).split(".")[0].strip("\"' "), toml_text.count("\n", 0, m.start()) + 2)
    doc.root = Raw("map", items={key: _from_toml(item, lines.get(key, 1)) for key, item in value.items()}, line=1)
    return doc


def _from_toml(value, line: int) -> Raw:
    from datetime import date, datetime, time

    if isinstance(value, str):
        raw = Raw("str", value, True, line=line)
        raw.escaped = True  # TOML escapes (\u000B) are not in the file's raw text
        return raw
    if isinstance(value, bool):
        return Raw("bool", "true" if value else "false", True, line=line)
    if isinstance(value, int):
        return Raw("int", str(value), True, line=line)
    if isinstance(value, float):
        return Raw("float", repr(value), True, line=line)
    if isinstance(value, (datetime, date, time)):
        return Raw("timestamp", value.isoformat(), True, line=line)
    if isinstance(value, list):
        return Raw("list", items=[_from_toml(item, line) for item in value], line=line)
    return Raw("map", items={key: _from_toml(item, line) for key, item in value.items()}, line=line)


# --- front matter -> feedtool's fields -------------------------------------------


def entry_fields(post: Post, fields: dict[str, Raw], checker: Checker, stem: str) -> tuple[dict[str, Raw], str]:
    """feedtool's fields for the post, and the stem its slug comes from.

    Reports both names of one field given, unknown fields (a warning), and a Jekyll file
    name whose date does not exist. The body, rendered, is the `content`.
    """
    by_field: dict[str, list[tuple[str, Raw]]] = {}
    publish_dates: list[tuple[str, Raw]] = []
    tag_values: list[tuple[str, Raw]] = []
    jekyll_published: tuple[str, Raw] | None = None
    description: Raw | None = None
    unknown: dict[str, Raw] = {}
    for name, raw in fields.items():
        key = name.lower()
        if key in IGNORED:
            continue
        if key == "published" and raw.kind == "bool":  # Jekyll: published: false keeps a post out
            jekyll_published = (name, raw)
        elif key in PUBLISH_DATE:
            publish_dates.append((name, raw))
        elif key in TAG_NAMES:
            tag_values.append((key, raw))
        elif key == SUMMARY_FALLBACK:
            description = raw
        elif key == "content":
            checker.error(raw, name, msg("store.md.content"), msg("store.md.content.hint"))
        elif key in _ALL_NAMES:
            by_field.setdefault(_ALL_NAMES[key], []).append((name, raw))
        else:
            unknown[name] = raw
    if unknown:
        checker.unknown_fields(unknown, KNOWN_NAMES)

    result: dict[str, Raw] = {}
    dates = by_field.pop("published", [])
    dated = bool(dates or publish_dates)
    if dated:
        _published(checker, dates, publish_dates, result)
    for field, given in by_field.items():
        if len(given) > 1:
            _both_names(checker, field, given)
        result[field] = given[0][1]  # after an error too: it is not also "missing"
    if jekyll_published is not None:
        name, raw = jekyll_published
        if "draft" in by_field:
            _both_names(checker, "draft", [by_field["draft"][0], jekyll_published])
            result.pop("draft", None)
        else:
            is_true = raw.text.lower() in ("true", "yes", "on")
            result["draft"] = Raw("bool", "false" if is_true else "true", True, line=raw.line)
    if "summary" not in by_field and description is not None:
        result["summary"] = description
    if tag_values:
        result["tags"] = _merged_tags(tag_values)

    m = _JEKYLL_NAME.fullmatch(stem)
    if m:
        stem = m.group(4)
        if not dated:
            result["published"] = _file_name_date(m, checker)
    result = dict(sorted(((k, v) for k, v in result.items() if v is not None), key=lambda kv: kv[1].line or 0))
    html = render(post, checker)
    if html:
        result["content"] = _content_raw(html, post.body_line)
    return result, stem


def _published(checker: Checker, dates: list[tuple[str, Raw]], publish_dates: list[tuple[str, Raw]],
               result: dict[str, Raw]) -> None:
    """`published` from its names. Hugo's publishDate (and its alias `published`) wins over `date`."""
    own = [given for given in dates if given[0].lower() != "date"]
    plain = [given for given in dates if given[0].lower() == "date"]
    if len(own) + len(publish_dates) > 1:
        _both_names(checker, "published", own + publish_dates)
    elif own and plain:
        _both_names(checker, "published", plain + own)
    elif len(plain) > 1:
        _both_names(checker, "published", plain)
    result["published"] = (own or publish_dates or plain)[0][1]  # after an error too: not also "missing"


def _both_names(checker: Checker, field: str, given: list[tuple[str, Raw]]) -> None:
    names = [msg("store.md.name_at_line", name=name, line=checker.doc.line_of(raw)) for name, raw in given]
    checker.error(given[-1][1], given[-1][0],
                  msg("store.md.both_names", field=field, names=msg("join.and", first=tuple(names[:-1]), last=names[-1])),
                  msg("store.md.both_names.hint"))


def _merged_tags(values: list[tuple[str, Raw]]) -> Raw:
    items: list[Raw] = []
    seen: set[str] = set()
    for key, raw in values:
        if raw.kind == "list" and raw.items is not None:
            parts = raw.items
        elif raw.kind == "null":
            continue
        elif raw.is_text and key != "category":
            parts = [Raw("str", word, True, line=raw.line) for word in raw.text.split()]
        else:
            parts = [raw]  # one category; anything else gets the usual message from Checker.tags
        for item in parts:
            if item.is_text and item.text is not None:
                if item.text in seen:
                    continue
                seen.add(item.text)
            items.append(item)
    return Raw("list", items=items, line=values[0][1].line)


def _file_name_date(m: re.Match, checker: Checker) -> Raw | None:
    from datetime import date

    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        date(year, month, day)
    except ValueError:
        checker.error(None, "published", msg("store.md.file_date", date=f"{m.group(1)}-{m.group(2)}-{m.group(3)}"),
                      msg("store.md.file_date.hint"), line=1)
        return Raw("str", "0001-01-01", True, line=1)  # the post is refused already; not also "missing"
    return Raw("str", f"{year:04d}-{month:02d}-{day:02d}", True, line=1)


def _content_raw(html: str, line: int) -> Raw:
    raw = Raw("str", html, True, line=line)
    raw.escaped = XML_FORBIDDEN.search(html) is not None  # markdown-it decodes character references
    return raw


# --- the body ----------------------------------------------------------------------

_MARKDOWN = None


def _parser():
    global _MARKDOWN
    if _MARKDOWN is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.footnote import footnote_plugin

        # CommonMark with raw HTML kept (authors embed figures and video), GFM tables and
        # strikethrough, footnotes. No typographer and no linkify: text stays as written.
        _MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin)
    return _MARKDOWN


def render(post: Post, checker: Checker) -> str:
    """The body as HTML. Raw HTML and template code get warnings at their own line of the file."""
    if not post.body.strip():
        return ""
    md = _parser()
    env: dict = {}
    tokens = md.parse(post.body, env)
    _check_tokens(tokens, post.body_line, checker)
    return md.renderer.render(tokens, md.options, env)


def _check_tokens(tokens, first_line: int, checker: Checker) -> None:
    from feedtool.validate.html import check_html

    reported: set[tuple[str, str]] = set()

    def warn(line: int, message: Message, hint: Message | None, key: tuple) -> None:
        if key not in reported:
            reported.add(key)
            checker.problems.append(Problem(checker.doc.file, message, field="body", line=line, hint=hint,
                                            severity="warning"))

    def html(text: str, line: int) -> None:
        # Relative URLs are made absolute by the build; everything else is judged as in a feed.
        for finding in check_html(text, relative_ok=True):
            warn(line, msg("store.md.finding", message=finding.message, code=finding.code), None,
                 (finding.code, finding.message))

    def template(text: str, line: int) -> None:
        m = _TEMPLATE_CODE.search(text)
        if m:
            code = " ".join(m.group().split())
            warn(line, msg("store.md.template", code=code[:60]), msg("store.md.template.hint"), ("template", code))

    for token in tokens:
        if token.map is None:
            continue
        line = first_line + token.map[0]
        if token.type == "html_block":
            html(token.content, line)
            template(token.content, line)
        elif token.type == "inline":
            offset = 0
            for child in token.children or ():
                if child.type in ("softbreak", "hardbreak"):
                    offset += 1
                elif child.type == "html_inline":
                    html(child.content, line + offset)
                elif child.type == "text":
                    template(child.content, line + offset)
