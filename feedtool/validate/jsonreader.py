"""Layer 6 for JSON Feed, the reader's-eye view: fastfeedparser, an independent JSON Feed reader.

feedparser (the XML feeds' reader view) does not read JSON Feed. fastfeedparser does, with its
own code: the feed is read once more through it and compared with the strict reading item by
item. A reader that sees fewer items, another id, title or link, or no date at all, shows the
subscriber something else than was published. (fastfeedparser also crashes on some invalid
feeds, an item that is not an object for one: real readers then fail too.)

This is the only module that imports fastfeedparser.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import fastfeedparser

from feedtool.validate import values
from feedtool.validate.findings import Finding
from feedtool.validate.jsoncodes import make
from feedtool.validate.jsontext import pointer


def read(data: bytes):
    """fastfeedparser's reading of `data` (bytes: a str starting with http would be fetched)."""
    return fastfeedparser.parse(bytes(data))


def compare(doc) -> Iterator[Finding]:
    """Where fastfeedparser reads the JSON Feed `doc` (a jsonfeed.JsonFeedDocument) differently."""
    items = doc.items
    json = doc.json
    try:
        parsed = read(doc.data)
    except Exception as exc:  # noqa: BLE001 - whatever the reader fails with is the finding
        detail = " ".join(str(exc).split())[:160] or "no message"
        yield make("ReaderParseProblem", line=1, column=1, detail=f"{type(exc).__name__}: {_printable(detail)}")
        if items:
            line, column = json.where(doc.feed, "items")
            yield make("ReaderEntryCount", pointer="/items", line=line, column=column, seen=0, strict=len(items))
        return
    entries = parsed.get("entries", []) if hasattr(parsed, "get") else []
    if len(entries) != len(items):
        line, column = json.where(doc.feed, "items")
        yield make("ReaderEntryCount", pointer="/items", line=line, column=column, seen=len(entries), strict=len(items))
        return
    for index, (item, entry) in enumerate(zip(items, entries)):
        if isinstance(item, dict):
            yield from _compare_item(json, item, ("items", index), entry)


def _compare_item(json, item, path: tuple, entry) -> Iterator[Finding]:
    def at(key, code, **fields):
        line, column = json.where(item, key) if key in item else json.where(item)
        return make(code, pointer=pointer(path + ((key,) if key in item else ())), line=line, column=column, **fields)

    strict_id = item.get("id")
    if isinstance(strict_id, str) and strict_id.strip() or isinstance(strict_id, (int, float)) and not isinstance(strict_id, bool):
        seen = entry.get("id")
        if seen != strict_id or type(seen) is not type(strict_id):
            yield at("id", "ReaderIdDiffers", seen=_show(seen), strict=_show(strict_id))
    title = item.get("title")
    if isinstance(title, str) and entry.get("title") != title:
        yield at("title", "ReaderTitleDiffers", seen=_show(entry.get("title")), strict=_show(title))
    url = item.get("url")
    if isinstance(url, str) and values.scheme(url) in ("http", "https") and entry.get("link") != url:
        yield at("url", "ReaderLinkDiffers", seen=_show(entry.get("link")), strict=_show(url))
    for key, name in (("date_published", "published"), ("date_modified", "updated")):
        text = item.get(key)
        if not isinstance(text, str) or not text.strip():
            continue
        seen = entry.get(name)
        if not seen:
            yield at(key, "ReaderDateUnreadable", text=_show(text))
            continue
        ours = values.parse_rfc3339(text)
        theirs = _instant(seen)
        if ours is not None and theirs is not None and theirs != ours:
            yield at(key, "ReaderDateDiffers", text=_show(text), seen=theirs.astimezone(timezone.utc).isoformat(), strict=ours.astimezone(timezone.utc).isoformat())


def _instant(text) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _printable(text: str) -> str:
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def _show(value) -> str:
    if value is None:
        return "nothing"
    text = _printable(repr(value) if not isinstance(value, str) else '"' + value + '"')
    return text if len(text) <= 100 else text[:99] + "…"
