"""The round-trip check: does a feed read back, through feedparser, as what was published?

`compare_feed(data, selection)` re-parses Atom or RSS bytes the way most readers
do and lists every difference from the Selection, per entry and per field.
`feedtool build` fails on any difference; `feedtool validate --store` reuses it.
"""

from __future__ import annotations

import calendar
import html
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from feedtool.generate.rssauthor import author_text
from feedtool.model import Entry, Selection
from feedtool.validate.readerview import parse

FEED = "(feed)"


@dataclass(frozen=True, slots=True)
class Difference:
    format: str  # "atom" or "rss"
    entry: str  # the entry's id, or "(feed)"
    field: str
    expected: str
    got: str

    def render(self) -> str:
        text = f"{self.format}: {self.entry}: {self.field}: expected {self.expected!r}, got {self.got!r}"
        if _repaired_mojibake(self.expected, self.got):
            text += (" (hint: the store holds UTF-8 text that was once decoded as Latin-1, and readers repair it;"
                     f" write {self.got!r} in the store)")
        return text


def _repaired_mojibake(expected: str, got: str) -> bool:
    """feedparser turns `cafÃ©` (UTF-8 read as Latin-1) back into `café`."""
    try:
        return expected != got and expected.encode("latin-1").decode("utf-8") == got
    except UnicodeError:
        return False


def compare_feed(data: bytes, selection: Selection, parsed=None) -> list[Difference]:
    """Every difference between what feedparser reads from `data` and `selection`; [] when they agree.

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
    self_url = feed.atom_url if out.format == "atom" else feed.rss_url
    links = feed_view.get("links", [])
    out.same(FEED, "self link", self_url, next((l.get("href") for l in links if l.get("rel") == "self"), None))
    alternate = next((l.get("href") for l in links if l.get("rel") == "alternate"), None)
    out.same(FEED, "link", feed.link, alternate)
    if out.format == "atom":
        out.same(FEED, "id", feed.id, feed_view.get("id"))
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



ROUND_TRIP = "RoundTrip"  # our own finding code: W3C has no round trip


def store_check(store_path, *, now: datetime | None = None, include_future: bool = False, drafts: bool = False):
    """A check for `validate_bytes(extra_checks=...)`: each difference from the store becomes a finding.

    The store is loaded and its entries selected once, as `feedtool build` would (raises StoreError).
    """
    from datetime import timezone

    from feedtool.build import select_entries
    from feedtool.store import load_store

    selection = select_entries(load_store(store_path).feed, now or datetime.now(timezone.utc),
                               include_future=include_future, drafts=drafts)

    def round_trip(doc) -> list:
        return findings(doc.data, selection)

    return round_trip


def findings(data: bytes, selection: Selection) -> list:
    """The differences as validator findings (code RoundTrip, severity error)."""
    from feedtool.validate.codes import finding

    return [finding(ROUND_TRIP, entry=d.entry, field=d.field, expected=d.expected, got=d.got) for d in compare_feed(data, selection)]
