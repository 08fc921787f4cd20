"""Layer 6, the reader's-eye view: feedparser, the parser most feed readers build on.

The feed is parsed once more with feedparser and compared with the strict
(lxml) reading: a reader that sees fewer entries, another id, title or link, or
no date at all, shows the subscriber something else than was published.

This is the only module that imports feedparser.
"""

from __future__ import annotations

import calendar
import codecs
import ctypes
import gc
import io
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

import feedparser

from feedtool.validate import document as d
from feedtool.validate.document import Document
from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import Finding, at

ATOM = "{http://www.w3.org/2005/Atom}"
_ANOTHER_ELEMENT = fragment("reader.another_element")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def parse(data: bytes):
    """feedparser's result for `data`; never touches the network or the file system.

    The cyclic garbage collector is paused meanwhile: feedparser allocates millions of
    objects without reference cycles, and on a large feed the collector's repeated passes
    over them cost about a tenth of the parse.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    finally:
        if paused:
            gc.enable()


# Bounds on feedparser (issue 14). Its strict path takes time that grows with the square of one
# element's attributes (50,000 on one element: a minute); in total it is linear but not cheap.
# Every feed of the conformance corpora stays far inside: at most 10 attributes on one element,
# 2,509 in all, and 0.37 s for the largest (1 MB) (bench/conformance.py --reader-bounds).
MAX_ATTRIBUTES_PER_ELEMENT = 1_000
MAX_ATTRIBUTES = 500_000
BUDGET_SECONDS = 5.0  # plus BUDGET_SECONDS_PER_MB for each megabyte of the document
BUDGET_SECONDS_PER_MB = 1.0


class ReaderViewLeftOut(Exception):
    """feedparser was not run, or stopped, because the document is past the reader view's bounds."""

    def __init__(self, why: str, line: int | None = None, **params: str):
        self.why = fragment(f"reader.{why}", **params)  # a declared fragment: the finding's {reason}
        self.line = line
        super().__init__(self.reason)

    @property
    def reason(self) -> str:
        return self.why.render()

    def finding(self) -> Finding:
        return finding("ReaderViewSkipped", line=self.line, reason=self.why)


def attribute_bounds(root) -> ReaderViewLeftOut | None:
    """Why the tree at `root` is past the attribute bounds (None when it is within them); cheap next to a parse."""
    total = 0
    for element in root.iter():
        count = len(element.attrib)
        if count > MAX_ATTRIBUTES_PER_ELEMENT:
            return ReaderViewLeftOut("per_element", at(element), count=f"{count:,}", bound=f"{MAX_ATTRIBUTES_PER_ELEMENT:,}")
        total += count
    if total > MAX_ATTRIBUTES:
        return ReaderViewLeftOut("in_all", count=f"{total:,}", bound=f"{MAX_ATTRIBUTES:,}")
    return None


def time_budget(size: int) -> float:
    return BUDGET_SECONDS + BUDGET_SECONDS_PER_MB * size / 1_000_000


def parse_bounded(data: bytes, root=None, budget: float | None = None):
    """feedparser's result for `data` within the bounds, or ReaderViewLeftOut.

    `root`: the strict parse's tree, for the attribute bounds (checked before feedparser runs);
    `budget`: seconds feedparser may take (default: time_budget(len(data))).
    """
    if root is not None:
        problem = attribute_bounds(root)
        if problem is not None:
            raise problem
    seconds = time_budget(len(data)) if budget is None else budget
    return _within(seconds, lambda: parse(data))


class _OutOfTime(BaseException):
    """Raised into the parsing thread when the budget is spent; a BaseException so that
    feedparser's own `except Exception` (its fallback to the loose parser) cannot swallow it."""


def _within(seconds: float, work):
    """work(), stopped by an exception raised into this thread once `seconds` have passed.

    feedparser is pure Python and cannot be told to stop: the timer thread raises _OutOfTime in
    the parsing thread, which then unwinds at its next bytecode. The lock makes sure no
    exception is left pending once work() is over.
    """
    set_async_exc = getattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc", None)
    if set_async_exc is None:  # not CPython: no budget, only the attribute bounds
        return work()
    thread = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                set_async_exc(thread, ctypes.py_object(_OutOfTime))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        try:
            result = work()
        finally:
            with lock:
                state["done"] = True
                if state["fired"]:
                    set_async_exc(thread, None)  # clear it, should it still be pending
            timer.cancel()
    except _OutOfTime:
        state["fired"] = True
    if state["fired"]:
        raise ReaderViewLeftOut("budget", seconds=f"{seconds:g}")
    return result


def check(doc: Document) -> Iterator[Finding]:
    """Compare feedparser's reading of `doc` with the strict one (within the bounds)."""
    view = strict_view(doc)
    if view is not None:
        try:
            parsed = parse_bounded(doc.data, doc.root)
        except ReaderViewLeftOut as exc:
            yield exc.finding()
            return
        yield from compare(doc.data, view, parsed)


@dataclass
class StrictView:
    """What the strict parse reads, small enough to keep while the tree is released for feedparser."""

    root_line: int | None
    entries: list[tuple[int | None, dict]]  # (source line, fields) per entry
    has_base: bool
    encoding: str | None = None  # the encoding the strict parse read the bytes in
    left_out: ReaderViewLeftOut | None = None  # past the attribute bounds: feedparser must not run


def strict_view(doc: Document) -> StrictView | None:
    if doc.format not in (d.ATOM, d.RSS) or (doc.format == d.ATOM and doc.version is None):
        return None  # not a feed, or an Atom feed outside the Atom namespace: the rules say what is wrong
    return StrictView(at(doc.root), _strict_entries(doc), b"xml:base" in doc.data, doc.encoding, attribute_bounds(doc.root))


def compare(data: bytes, view: StrictView, parsed=None) -> Iterator[Finding]:
    """List where feedparser reads `data` (its result `parsed`, when already at hand) differently from `view`."""
    if parsed is None:
        parsed = parse(data)
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and not _same_reading(exc, parsed.get("encoding"), view.encoding):
        yield finding(
            "ReaderParseProblem",
            line=getattr(exc, "getLineNumber", lambda: None)() if exc is not None else None,
            problem=_describe(exc),
        )
    strict = view.entries
    seen = parsed.get("entries", [])
    if len(seen) != len(strict):
        by_id = {_norm(e.get("id")): e for e in seen if e.get("id")}
        pairs = [((line, f), by_id[_norm(f["id"])]) for line, f in strict if f["id"] and _norm(f["id"]) in by_id]
        # Losing an entry costs every subscriber data (an error); an invented one, read from markup that
        # is not an entry, shows them something extra (a warning) unless a real entry went missing with it.
        lost = len(seen) < len(strict) or any(f["id"] and _norm(f["id"]) not in by_id for _, f in strict)
        yield finding(
            "ReaderEntryCount" if lost else "ReaderEntryCount.invented",
            line=view.root_line,
            seen=len(seen),
            held=len(strict),
            cause=_entry_count_cause(parsed, view),
        )
    else:
        pairs = zip(strict, seen)
    for (line, fields), entry in pairs:
        yield from _compare(line, fields, entry, view.has_base)


def _entry_count_cause(parsed, view: StrictView):
    """Why feedparser lost the entries, when it says so ("" when it does not)."""
    if not parsed.get("bozo") or len(parsed.get("entries", [])) >= len(view.entries):
        return ""
    problem = _describe(parsed.get("bozo_exception"))
    if _codec_family(view.encoding) in ("utf-16", "utf-32") and _codec_family(parsed.get("encoding")) != _codec_family(view.encoding):
        return fragment(
            "reader.cause.encoding",
            problem=problem,
            encoding=view.encoding.upper(),
            reader_encoding=parsed.get("encoding"),
            declared=view.encoding,
        )
    return fragment("reader.cause.strict", problem=problem)


def _same_reading(exc, reader_encoding: str | None, strict_encoding: str | None) -> bool:
    """feedparser complains that the declaration (or its absence) was overridden, but it read the
    bytes in the same encoding as the strict parse (e.g. UTF-16 with a byte order mark and no
    declaration, which XML allows): nothing reads differently."""
    if not isinstance(exc, feedparser.CharacterEncodingOverride):
        return False
    reader, strict = _codec_family(reader_encoding), _codec_family(strict_encoding)
    return reader is not None and reader == strict


def _codec_family(name: str | None) -> str | None:
    """The codec's name without the byte order (utf-16-le and utf-16 are one family)."""
    try:
        codec = codecs.lookup(name).name if name else None
    except LookupError:
        return None
    return codec.removesuffix("-le").removesuffix("-be") if codec else None


def _describe(exc) -> str:
    if exc is None:
        return "unknown"
    text = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:300]


def _text(element) -> str | None:
    if element is None:
        return None
    return element.text if len(element) == 0 else None  # child nodes: markup or unexpanded entities


def _norm(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


_ATOM_ID, _ATOM_TITLE, _ATOM_LINK = ATOM + "id", ATOM + "title", ATOM + "link"
_ATOM_UPDATED, _ATOM_PUBLISHED = ATOM + "updated", ATOM + "published"
_DC, _DCTERMS = "{http://purl.org/dc/elements/1.1/}", "{http://purl.org/dc/terms/}"
# Other elements feedparser reads into an entry's `updated`/`published` (the last one it meets wins),
# so that a finding can name the element the reader really took its date from.
_DATE_ALIASES = {_DC + "date": "dc:date", _DCTERMS + "modified": "dcterms:modified", _DCTERMS + "issued": "dcterms:issued"}


def _strict_entries(doc: Document) -> list[tuple[int | None, dict]]:
    """Per entry: its line and the fields as the strict parse reads them (the first of each, as feedparser).

    One pass over each entry's children: on a large feed this runs while the reader waits.
    """
    entries = []
    if doc.format == d.ATOM:
        root = doc.root
        for entry in [root] if root.tag == ATOM + "entry" else root.iterchildren(ATOM + "entry"):
            fields = {"id": None, "title": None, "link": None, "updated": None, "published": None, "aliases": {}}
            seen_title = False
            for child in entry.iterchildren():
                tag = child.tag
                if tag == _ATOM_LINK:
                    if fields["link"] is None and child.get("rel", "alternate") == "alternate":
                        fields["link"] = child.get("href")
                elif tag == _ATOM_ID:
                    fields["id"] = child.text if fields["id"] is None else fields["id"]
                elif tag == _ATOM_TITLE:
                    if not seen_title and child.get("type", "text") == "text":
                        fields["title"] = _text(child)
                    seen_title = True
                elif tag == _ATOM_UPDATED and fields["updated"] is None:
                    fields["updated"] = child.text
                elif tag == _ATOM_PUBLISHED and fields["published"] is None:
                    fields["published"] = child.text
                elif tag in _DATE_ALIASES:
                    fields["aliases"][_norm(child.text)] = _DATE_ALIASES[tag]
            fields["updated"] = (fields["updated"], "updated_parsed", _rfc3339, "<updated>")
            fields["published"] = (fields["published"], "published_parsed", _rfc3339, "<published>")
            entries.append((at(entry), fields))
    else:
        channel = doc.root.find("channel")
        items = list(channel.iterchildren("item")) if channel is not None else []
        items += list(doc.root.iterchildren("item"))  # RSS 0.9x style items outside the channel
        for item in items:
            aliases = {_norm(child.text): label for tag, label in _DATE_ALIASES.items() for child in item.iterchildren(tag)}
            title_element = item.find("title")
            # A title with child nodes (unexpanded entity references) cannot be compared as text.
            title = title_element.text if title_element is not None and len(title_element) == 0 else None
            entries.append(
                (
                    at(item),
                    {
                        "id": item.findtext("guid"),
                        "title": title if title is not None and "<" not in title and "&" not in title else None,
                        "link": item.findtext("link"),
                        "published": (item.findtext("pubDate"), "published_parsed", _rfc822, "<pubDate>"),
                        "aliases": aliases,
                    },
                )
            )
    return entries


def _compare(line: int | None, fields: dict, entry, has_base: bool) -> Iterator[Finding]:
    strict_id = _norm(fields["id"]) if fields["id"] is not None else None
    if strict_id and _norm(entry.get("id")) != strict_id:
        yield finding("ReaderIdDiffers", line=line, seen=entry.get("id"), held=strict_id)
    if fields["title"] is not None and _norm(entry.get("title")) != _norm(fields["title"]):
        yield finding("ReaderTitleDiffers", line=line, seen=entry.get("title"), held=_norm(fields["title"]))
    link = _norm(fields["link"]) if fields["link"] else None
    if link and _SCHEME.match(link) and not has_base and entry.get("link") != link:
        yield finding("ReaderLinkDiffers", line=line, seen=entry.get("link"), held=link)
    for name in ("updated", "published"):
        if name in fields:
            yield from _compare_date(line, fields, name, entry)


def _compare_date(line: int | None, fields: dict, name: str, entry) -> Iterator[Finding]:
    text, key, strict_parse, element = fields[name]
    text = _norm(text)
    if not text:
        return
    seen = entry.get(key)
    read = _norm(entry.get(name))
    # feedparser may take the date from another element (a dc:date after <updated>, the last one wins).
    source = fields["aliases"].get(read, _ANOTHER_ELEMENT) if read and read != text else None
    if seen is None:
        if source:
            yield finding("ReaderDateUnreadable.other_element", line=line, source=source, read=read, element=element, date=text)
        else:
            yield finding("ReaderDateUnreadable", line=line, date=text)
        return
    ours = strict_parse(text)
    if ours is None or calendar.timegm(seen) == int(ours.timestamp()):
        return
    reader, strict = _utc(calendar.timegm(seen)), ours.astimezone(timezone.utc).isoformat()
    if source:
        yield finding("ReaderDateDiffers.other_element", line=line, source=source, read=read, element=element, date=text, reader=reader, strict=strict)
    else:
        yield finding("ReaderDateDiffers", line=line, date=text, reader=reader, strict=strict)


def _utc(timestamp: int) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat()


def _rfc3339(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def _rfc822(text: str) -> datetime | None:
    import email.utils  # here: an Atom feed has no RFC 822 dates (and email.utils loads socket)

    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if value is None or value.tzinfo is None:
        return None
    return value.replace(microsecond=0)
