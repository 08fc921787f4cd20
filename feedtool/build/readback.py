"""Step 3 of a build: every document is read back the way readers read it, and compared.

`compare_feed(data, selection)` re-parses Atom or RSS bytes with feedparser (the
parser most readers build on); `compare_json_feed` reads a JSON Feed twice, once
strictly and once with fastfeedparser (an independent JSON Feed reader);
`compare_page` reads the subscribe page as a browser's parser would. Each lists
every difference from what was published, per entry and per field. `feedtool
build` fails on any difference; `feedtool validate --store` reuses them.
"""

from __future__ import annotations

import calendar
import json
import html
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from feedtool.generate import _feedgen as g
from feedtool.generate import atom, rss
from feedtool.generate.rssauthor import author_text
from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.model import Entry, Selection
from feedtool.validate.readerview import parse

FEED = "(feed)"


@dataclass(frozen=True, slots=True)
class Difference:
    format: str  # "atom", "rss", "jsonfeed" or "html"
    entry: str  # the entry's id, or "(feed)"
    field: str
    expected: str
    got: str
    document: str = ""  # the document's path in the publication, when known

    def message(self) -> Message:
        where = self.document or self.format
        id = "build.readback.mojibake" if _repaired_mojibake(self.expected, self.got) else "build.readback.difference"
        return msg(id, where=where, entry=self.entry, field=self.field, expected=self.expected, got=self.got)

    def render(self, lang: str = "en") -> str:
        return self.message().render(lang)


def _repaired_mojibake(expected: str, got: str) -> bool:
    """feedparser turns `cafÃ©` (UTF-8 read as Latin-1) back into `café`."""
    try:
        return expected != got and expected.encode("latin-1").decode("utf-8") == got
    except UnicodeError:
        return False


def compare_feed(data: bytes, selection: Selection, parsed=None) -> list[Difference]:
    """Every difference between what feedparser reads from Atom or RSS `data` and `selection`; [] when they agree.

    `parsed`: feedparser's result for `data` (`readerview.parse`), when the caller already has it.
    """
    if parsed is None:
        parsed = parse(data)
    version = parsed.get("version", "")
    fmt = "atom" if version.startswith("atom") else "rss" if version.startswith("rss") else version or "unknown"
    out = _Collector(fmt)
    if parsed.get("bozo"):
        out.add(FEED, "well-formedness", "a feed feedparser reads without complaint", str(parsed.get("bozo_exception")))
    if fmt not in ("atom", "rss"):
        out.add(FEED, "format", "Atom 1.0 or RSS 2.0", version or "not a feed")
        return out.differences
    _compare_feed_level(out, parsed.feed, selection)
    expected_ids = [e.id for e in selection.entries]
    got_ids = [e.get("id", "") for e in parsed.entries]
    if got_ids != expected_ids:
        out.add(FEED, "entries", " ".join(expected_ids), " ".join(got_ids))
    by_id = {e.get("id"): e for e in parsed.entries}
    for entry in selection.entries:
        if entry.id in by_id:
            _compare_entry(out, entry, by_id[entry.id], parsed.feed, selection)
    return out.differences


class _Collector:
    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self.differences: list[Difference] = []

    def add(self, entry: str, field: str, expected: object, got: object) -> None:
        self.differences.append(Difference(self.format, entry, field, str(expected), str(got)))

    def same(self, entry: str, field: str, expected: object, got: object) -> None:
        if expected != got:
            self.add(entry, field, expected, got)


def _compare_feed_level(out: _Collector, feed_view, selection: Selection) -> None:
    feed = selection.feed
    out.same(FEED, "title", feed.title, _text(feed_view, "title"))
    out.same(FEED, "language", feed.language, feed_view.get("language") or _detail_language(feed_view, "title"))
    self_url = feed.url(atom.FILE_NAME if out.format == "atom" else rss.FILE_NAME)
    links = feed_view.get("links", [])
    out.same(FEED, "self link", self_url, next((l.get("href") for l in links if l.get("rel") == "self"), None))
    alternate = next((l.get("href") for l in links if l.get("rel") == "alternate"), None)
    out.same(FEED, "link", feed.link, alternate)
    file_name, media_type = (atom.FILE_NAME, atom.MEDIA_TYPE) if out.format == "atom" else (rss.FILE_NAME, rss.MEDIA_TYPE)
    expected_links = [(rel, href) for rel, href, _ in g.feed_links(feed, file_name, media_type)]
    out.same(FEED, "hub and archive links", expected_links,
             [(l.get("rel"), l.get("href")) for l in links if l.get("rel") in _EXTRA_RELS])
    out.same(FEED, "fh:archive", g.is_archive(feed), "fh_archive" in feed_view)
    if out.format == "atom":
        out.same(FEED, "id", feed.id, feed_view.get("id"))
        out.same(FEED, "favicon", feed.favicon, _text(feed_view, "icon"))
        out.same(FEED, "icon", feed.icon, _text(feed_view, "logo"))
    else:
        image = _text(feed_view, "image") or {}
        out.same(FEED, "icon", feed.icon, image.get("href"))
    if selection.updated is not None:
        # Atom <updated> and RSS <lastBuildDate> both: the newest entry's update, in the feed's zone.
        _compare_date(out, FEED, "updated", selection.updated.astimezone(ZoneInfo(feed.timezone)), feed_view)


def _compare_entry(out: _Collector, entry: Entry, view, feed_view, selection: Selection) -> None:
    feed = selection.feed
    key = entry.id
    out.same(key, "title", entry.title, _text(view, "title"))
    out.same(key, "link", entry.link, view.get("link"))
    zone = ZoneInfo(feed.timezone)
    _compare_date(out, key, "published", entry.published.astimezone(zone), view)
    if out.format == "atom":
        _compare_date(out, key, "updated", entry.updated.astimezone(zone), view)
    expected_authors = _expected_authors(entry, out.format)
    out.same(key, "author", expected_authors, _got_authors(view, feed_view, out.format, expected_authors))
    _compare_text(out, entry, view)
    out.same(key, "tags", list(entry.tags), [t.get("term") for t in view.get("tags", [])])
    attachments = entry.attachments if out.format == "atom" else entry.attachments[:1]  # RSS carries one
    out.same(key, "attachments", [(a.url, a.media_type, str(a.length)) for a in attachments],
             [(e.get("href"), e.get("type"), e.get("length")) for e in view.get("enclosures", [])])
    expected_language = entry.language or feed.language
    if out.format == "atom":
        got_language = _detail_language(view, "title")
    else:
        got_language = view.get("language") or feed_view.get("language")
    out.same(key, "language", expected_language, got_language)


def _compare_date(out: _Collector, key: str, name: str, expected: datetime, view) -> None:
    raw = view.get(name) if dict.__contains__(view, name) else None
    if raw is None:
        out.add(key, name, expected.isoformat(), None)
        return
    try:
        written = parsedate_to_datetime(raw) if out.format == "rss" else datetime.fromisoformat(raw)
    except (TypeError, ValueError):
        written = None
    # The same instant and the same offset: "10:00 +01:00" is not "09:00 Z" to a reader showing local time.
    # (Timestamps, not ==: PEP 495 makes an ambiguous local time unequal to every other zone's.)
    if written is None or written.timestamp() != expected.timestamp() or written.utcoffset() != expected.utcoffset():
        out.add(key, name, expected.isoformat(), raw)
    parsed = view.get(f"{name}_parsed") if dict.__contains__(view, f"{name}_parsed") else None
    if parsed is None or calendar.timegm(parsed) != int(expected.timestamp()):
        out.add(key, f"{name} (as readers parse it)", expected.isoformat(), parsed)


def _expected_authors(entry: Entry, fmt: str) -> list[tuple]:
    if fmt == "atom":
        return [(a.name, a.email, a.uri) for a in entry.authors]
    # RSS carries an e-mail address only in <author>, used for a single author whose address readers parse.
    if len(entry.authors) == 1 and author_text(entry.authors[0]):
        return [(entry.authors[0].name, entry.authors[0].email, None)]
    return [(a.name, None, None) for a in entry.authors]


def _got_authors(view, feed_view, fmt: str, expected: list[tuple]) -> list[tuple]:
    authors = view.get("authors") if dict.__contains__(view, "authors") else None
    if authors is None and fmt == "atom":
        authors = feed_view.get("authors")  # Atom entries inherit the feed's authors
    raw = [(a.get("name"), a.get("email"), a.get("href")) for a in authors or []]
    # feedparser 6 hands an author without e-mail (or uri) the one of the author before it (or the
    # part of it that its e-mail pattern finds again): a bug of the parser, not of the feed, which
    # says nothing of the kind. Undo exactly that.
    got = list(raw)
    for i in range(1, min(len(raw), len(expected))):
        name, email, uri = raw[i]
        if expected[i][1] is None and email is not None and email in (raw[i - 1][1] or ""):
            email = None
        if expected[i][2] is None and uri is not None and uri == raw[i - 1][2]:
            uri = None
        got[i] = (name, email, uri)
    return got


def _compare_text(out: _Collector, entry: Entry, view) -> None:
    key = entry.id
    got_summary = view.get("summary") if dict.__contains__(view, "summary") else None
    content = view.get("content") if dict.__contains__(view, "content") else None
    got_content = content[0].get("value") if content else None
    if out.format == "rss" and entry.summary is None:
        # Without a summary the content itself is the description.
        out.same(key, "content", entry.content, got_summary)
        return
    if out.format == "rss" and got_summary is not None:
        got_summary = html.unescape(got_summary)  # plain text travels HTML-escaped in <description>
    if entry.summary is None and got_summary == got_content:
        got_summary = None  # feedparser offers the content as the summary when there is none
    out.same(key, "summary", entry.summary, got_summary)
    out.same(key, "content", entry.content, got_content)


def _text(view, name: str) -> str | None:
    return view.get(name) if dict.__contains__(view, name) else None


def _detail_language(view, name: str) -> str | None:
    detail = view.get(f"{name}_detail") if dict.__contains__(view, f"{name}_detail") else None
    return detail.get("language") if detail else None


# --- JSON Feed ----------------------------------------------------------------------------


def compare_json_feed(data: bytes, selection: Selection) -> list[Difference]:
    """Every difference between a JSON Feed and `selection`, as read by two readers: [] when both agree.

    The strict reading (the json module, every member) checks what the format can carry in full;
    fastfeedparser, an independent JSON Feed reader, checks what a reader built on it shows.
    """
    out = _Collector("jsonfeed")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        out.add(FEED, "well-formedness", "a JSON document", f"{type(exc).__name__}: {exc}")
        return out.differences
    if not isinstance(document, dict):
        out.add(FEED, "format", "a JSON object", type(document).__name__)
        return out.differences
    _compare_json_strictly(out, document, selection)
    _compare_json_as_fastfeedparser_reads_it(out, data, selection)
    return out.differences


def _json_author(person) -> dict:
    from feedtool.generate.jsonfeed import author

    return author(person)


def _compare_json_strictly(out: _Collector, document: dict, selection: Selection) -> None:
    from feedtool.generate import jsonfeed

    feed = selection.feed
    out.same(FEED, "version", jsonfeed.VERSION, document.get("version"))
    out.same(FEED, "title", feed.title, document.get("title"))
    out.same(FEED, "link", feed.link, document.get("home_page_url"))
    out.same(FEED, "self link", feed.url(jsonfeed.FILE_NAME), document.get("feed_url"))
    out.same(FEED, "subtitle", feed.subtitle, document.get("description"))
    out.same(FEED, "language", feed.language, document.get("language"))
    out.same(FEED, "icon", feed.icon, document.get("icon"))
    out.same(FEED, "favicon", feed.favicon, document.get("favicon"))
    out.same(FEED, "author", [_json_author(a) for a in feed.authors], document.get("authors", []))
    out.same(FEED, "hubs", [{"type": "WebSub", "url": hub} for hub in feed.hubs], document.get("hubs", []))
    older = feed.paging.prev_archive if feed.paging is not None else None
    out.same(FEED, "next_url", None if older is None else feed.link + older + jsonfeed.FILE_NAME,
             document.get("next_url"))
    items = document.get("items")
    if not isinstance(items, list):
        out.add(FEED, "entries", " ".join(e.id for e in selection.entries), repr(items))
        return
    got_ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    expected_ids = [e.id for e in selection.entries]
    if got_ids != expected_ids:
        out.add(FEED, "entries", " ".join(expected_ids), " ".join(map(str, got_ids)))
    by_id = {item.get("id"): item for item in items if isinstance(item, dict)}
    zone = ZoneInfo(feed.timezone)
    for entry in selection.entries:
        item = by_id.get(entry.id)
        if item is None:
            continue
        key = entry.id
        out.same(key, "link", entry.link, item.get("url"))
        out.same(key, "title", entry.title, item.get("title"))
        if entry.content:
            out.same(key, "content", entry.content, item.get("content_html"))
            out.same(key, "summary", entry.summary, item.get("summary"))
        else:
            out.same(key, "summary", entry.summary or "", item.get("content_text"))
            out.same(key, "content", None, item.get("content_html"))
        for name, member, expected in (("published", "date_published", entry.published),
                                       ("updated", "date_modified", entry.updated)):
            _compare_rfc3339(out, key, name, expected.astimezone(zone), item.get(member))
        out.same(key, "author", [_json_author(a) for a in entry.authors], item.get("authors", []))
        out.same(key, "tags", list(entry.tags), item.get("tags", []))
        out.same(key, "attachments", [jsonfeed.attachment(a) for a in entry.attachments], item.get("attachments", []))
        out.same(key, "language", entry.language or feed.language, item.get("language") or document.get("language"))


def _compare_rfc3339(out: _Collector, key: str, name: str, expected: datetime, raw) -> None:
    try:
        written = datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        written = None
    if written is None or written.timestamp() != expected.timestamp() or written.utcoffset() != expected.utcoffset():
        out.add(key, name, expected.isoformat(), raw)


def _compare_json_as_fastfeedparser_reads_it(out: _Collector, data: bytes, selection: Selection) -> None:
    import fastfeedparser

    feed = selection.feed
    try:
        parsed = fastfeedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - whatever the reader fails with, the reader shows nothing
        out.add(FEED, "fastfeedparser", "a feed it reads", f"{type(exc).__name__}: {exc}")
        return
    view = parsed.get("feed", {})
    out.same(FEED, "title (fastfeedparser)", feed.title, view.get("title"))
    out.same(FEED, "link (fastfeedparser)", feed.link, view.get("link"))
    out.same(FEED, "language (fastfeedparser)", feed.language, view.get("language"))
    entries = parsed.get("entries", [])
    got_ids = [e.get("id") for e in entries]
    if got_ids != [e.id for e in selection.entries]:
        out.add(FEED, "entries (fastfeedparser)", " ".join(e.id for e in selection.entries), " ".join(map(str, got_ids)))
        return
    for entry, seen in zip(selection.entries, entries):
        key = entry.id
        out.same(key, "title (fastfeedparser)", entry.title, seen.get("title"))
        out.same(key, "link (fastfeedparser)", entry.link, seen.get("link"))
        content = seen.get("content") or [{}]
        if entry.content:
            out.same(key, "content (fastfeedparser)", entry.content, content[0].get("value"))
            out.same(key, "summary (fastfeedparser)", entry.summary or "", seen.get("description"))
        else:
            out.same(key, "summary (fastfeedparser)", entry.summary or "", content[0].get("value", ""))
        for name, expected in (("published", entry.published), ("updated", entry.updated)):
            raw = seen.get(name)
            try:
                instant = datetime.fromisoformat(raw).timestamp() if raw else None
            except ValueError:
                instant = None
            if instant != expected.timestamp():
                out.add(key, f"{name} (fastfeedparser)", expected.isoformat(), raw)
        out.same(key, "author (fastfeedparser)", entry.authors[0].name if entry.authors else None, seen.get("author"))
        out.same(key, "tags (fastfeedparser)", list(entry.tags), [t.get("term") for t in seen.get("tags", [])])


_EXTRA_RELS = frozenset(("hub", "current", "prev-archive", "next-archive"))


# --- attachment files -----------------------------------------------------------------------


def compare_attachment(data: bytes, attachment) -> list[Difference]:
    """The published file is the store's file, of the length the feeds give, byte for byte."""
    import hashlib

    out = _Collector("attachment")
    out.same(attachment.path, "length", attachment.length, len(data))
    try:
        with open(attachment.source, "rb") as handle:
            now = hashlib.sha256(handle.read(attachment.length + 1)).hexdigest()
    except OSError as exc:
        now = f"unreadable: {exc.strerror or exc}"
    out.same(attachment.path, "bytes (sha256)", hashlib.sha256(data).hexdigest(), now)
    return out.differences


# --- the subscribe page -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExpectedPage:
    """What the subscribe page must offer a visitor."""

    lang: str
    title: str
    feeds: tuple  # page.FeedLink: each must be an autodiscovery link and a visible link
    entries: tuple[tuple[str, str], ...]  # (title, link) of the newest entries, in order
    tags: tuple  # page.TagFeeds


def compare_page(data: bytes, expected: ExpectedPage) -> list[Difference]:
    """Read the page with an HTML parser and check it offers what it should; [] when it does."""
    from lxml import html as lxml_html

    out = _Collector("html")
    PAGE = "(page)"
    try:
        root = lxml_html.document_fromstring(data, parser=lxml_html.HTMLParser(encoding="utf-8", no_network=True))
    except Exception as exc:  # noqa: BLE001 - any parse failure means the page shows nothing
        out.add(PAGE, "well-formedness", "an HTML page", f"{type(exc).__name__}: {exc}")
        return out.differences
    out.same(PAGE, "lang", expected.lang, root.get("lang"))
    out.same(PAGE, "h1", expected.title, " ".join(root.findtext(".//h1", "").split()))
    discovery = [(link.get("type"), link.get("href")) for link in root.iter("link") if link.get("rel") == "alternate"]
    out.same(PAGE, "autodiscovery links", [(f.media_type, f.url) for f in expected.feeds], discovery)
    anchors = [(" ".join(a.text_content().split()), a.get("href")) for a in root.iter("a")]
    hrefs = {href for _, href in anchors}
    missing = [f.url for f in expected.feeds if f.url not in hrefs]
    for tag in expected.tags:
        missing += [f.url for f in tag.links if f.url not in hrefs]
    out.same(PAGE, "feed links", [], missing)
    listed = [(" ".join(a.text_content().split()), a.get("href")) for a in root.findall(".//ol//li/a")]
    out.same(PAGE, "entries", [(" ".join(title.split()), link) for title, link in expected.entries], listed)
    return out.differences
