"""JSON Feed 1.0 and 1.1: recognition and rules (layers 2 to 5 for JSON documents).

The specs: https://www.jsonfeed.org/version/1.1/ and https://www.jsonfeed.org/version/1/.
`validate(...)` is the whole pipeline for a JSON document (the engine calls it for bytes that
look like JSON): the strict read (jsontext), is it a feed and which version, the rules below,
the HTML checks on content_html (html.py, the codes Atom and RSS use), and the reader's view
(jsonreader, fastfeedparser). Every finding carries the JSON Pointer of the value concerned,
its line and its column; the codes are declared in jsoncodes.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from feedtool.validate import jsonreader, values
from feedtool.validate.codes import JSONFEED
from feedtool.validate.findings import Finding
from feedtool.validate.html import check_html, looks_like_html
from feedtool.validate.jsoncodes import at, fragment, make
from feedtool.validate.jsontext import JsonArray, JsonObject, JsonText, pointer, read_json

VERSION_1 = "https://jsonfeed.org/version/1"
VERSION_1_1 = "https://jsonfeed.org/version/1.1"
_VERSION_URL = re.compile(r"^https?://(?:www\.)?jsonfeed\.org/version/([0-9][0-9.]*)/?$", re.I)
LARGE_FEED = 1_000_000  # bytes: "a 1MB feed places a burden on feed readers"
LONG_SUMMARY = 500  # characters: "a plain text sentence or two"
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:text/html")
_EXTENSION_NAME = re.compile(r"_[^\W\d_]")  # "_" followed by a letter


@dataclass
class JsonFeedDocument:
    """A JSON document that is a JSON Feed, as the rules and the reader's view see it."""

    data: bytes
    json: JsonText
    feed: JsonObject
    version: str  # "1.0" or "1.1" (a later or unknown version is checked as 1.1)
    base_url: str | None = None  # where the bytes came from (URL), when known

    @property
    def items(self) -> list:
        items = self.feed.get("items")
        return items if isinstance(items, list) else []


def validate(
    data: bytes,
    *,
    max_size: int | None,
    base_url: str | None,
    media_type: str | None,
    reader_view: bool,
    extra_checks: Iterable[Callable] = (),
    guarded: Callable[[str, Callable, object], Iterator[Finding]],
) -> tuple[str | None, str | None, list[Finding]]:
    """(format, version, findings) for the JSON document `data`; `guarded` runs a layer so that a
    bug in it becomes an InternalError finding, as for XML."""
    if max_size is not None and len(data) > max_size:
        return None, None, [make("ValidatorLimit", line=1, what=f"the document is {len(data):,} bytes, over the size limit (--max-size)", limit=f"{max_size:,} bytes")]
    read: dict = {}

    def layers_1_and_2(_):
        read["text"] = text = read_json(data)
        yield from text.findings
        if text.ok:
            read["version"], problems = recognise(text)
            yield from problems

    findings = list(guarded("JSON reading", layers_1_and_2, None))
    text, version = read.get("text"), read.get("version")
    if version is None:
        return None, None, findings
    findings.extend(media_type_findings(media_type, version))
    doc = JsonFeedDocument(data, text, text.value, version, base_url)
    findings.extend(guarded("JSON Feed rules", check, doc))
    for extra in extra_checks:  # the store round trip: it parses for itself
        run = (lambda doc, extra=extra: extra(doc, None)) if getattr(extra, "uses_reader_parse", False) else extra
        findings.extend(guarded(getattr(extra, "__name__", "check"), run, doc))
    if reader_view:
        findings.extend(guarded("reader's view", jsonreader.compare, doc))
    return JSONFEED, version, findings


# --- layer 2: is it a JSON Feed, and which version ------------------------------------------


def is_json_feed(value) -> bool:
    """A JSON value that is meant as a JSON Feed: an object whose version names jsonfeed.org, or,
    without a version, one with an items array (as readers such as fastfeedparser accept)."""
    if not isinstance(value, dict):
        return False
    version = value.get("version")
    if isinstance(version, str) and "jsonfeed.org/version" in version.lower():
        return True
    # A version that names none (1.1, "1.1", null) or none at all: a feed only with its items array.
    if not isinstance(value.get("items"), list):
        return False
    return version is None or isinstance(version, (int, float)) or (isinstance(version, str) and version.strip() in ("1", "1.0", "1.1"))


def recognise(text: JsonText) -> tuple[str | None, list[Finding]]:
    """(version, findings): the version the rules check against, or None when it is no JSON Feed."""
    value = text.value
    if not isinstance(value, dict):
        kind = _type_name(value)
        line, column = text.where(value) if isinstance(value, (JsonObject, JsonArray)) else (1, 1)
        return None, [make("UnknownFormat", pointer="", line=line, column=column, detail=f"the document is {kind}, and a JSON Feed is an object ({{\"version\": \"{VERSION_1_1}\", \"title\": ..., \"items\": [...]}})")]
    if not is_json_feed(value):
        line, column = text.where(value)
        detail = (
            f'this JSON object has no "version" naming a JSON Feed version ("{VERSION_1_1}") and no "items" array'
            if "version" not in value
            else f'its "version" is {_show(value["version"])}, which names no JSON Feed version ({VERSION_1_1})'
        )
        return None, [make("UnknownFormat", pointer="", line=line, column=column, detail=detail)]
    findings: list[Finding] = []
    raw = value.get("version")
    if raw is None:
        line, column = text.where(value)
        findings.append(make("MissingMember", pointer="", line=line, column=column, what=fragment("json.what.feed"), member="version", fix=fragment("json.fix.version")))
        return "1.1", findings
    if not isinstance(raw, str):
        return "1.1", findings  # the rules' WrongType says what it must be
    line, column = text.where(value, "version")
    match = _VERSION_URL.match(raw.strip())
    if not match:
        findings.append(make("InvalidVersion", pointer="/version", line=line, column=column, value=_clip(raw)))
        return "1.1", findings
    number = match.group(1).rstrip(".")
    canonical = {"1": VERSION_1, "1.0": VERSION_1, "1.1": VERSION_1_1}.get(number)
    if canonical is None:
        findings.append(make("UnknownVersion", pointer="/version", line=line, column=column, value=_clip(raw)))
        return "1.1", findings
    if raw != canonical:
        findings.append(make("NonCanonicalVersion", pointer="/version", line=line, column=column, value=_clip(raw), canonical=canonical))
    if next(iter(value)) != "version":
        findings.append(make("VersionNotFirst", pointer="/version", line=line, column=column))
    return ("1.0" if canonical == VERSION_1 else "1.1"), findings


# The XML feed types: a download with any other type that is no JSON type gets fetch's own warning.
_XML_FEED_TYPES = {"application/atom+xml", "application/rss+xml", "application/rdf+xml", "application/xml", "text/xml"}


def media_type_findings(media_type: str | None, version: str) -> Iterator[Finding]:
    """A JSON Feed served as an XML feed; a 1.1 feed served as plain application/json."""
    if not media_type:
        return
    if media_type in _XML_FEED_TYPES:
        yield make("UnexpectedContentType", media_type=media_type)
    elif media_type == "application/json" and version == "1.1":
        yield make("GenericJsonMediaType")


# --- layers 3 to 5: the rules ------------------------------------------------------------------


class Member(NamedTuple):
    kind: str  # how the value is checked (see _Checker.value)
    required: bool = False
    since: str = "1.0"  # the version that introduced it


_FEED = {
    "version": Member("version", required=True),
    "title": Member("title", required=True),
    "home_page_url": Member("url:page"),
    "feed_url": Member("url:feed"),
    "description": Member("text"),
    "user_comment": Member("string"),
    "next_url": Member("url:feed"),
    "icon": Member("url:image"),
    "favicon": Member("url:image"),
    "author": Member("author"),
    "authors": Member("authors", since="1.1"),
    "language": Member("language", since="1.1"),
    "expired": Member("expired"),
    "hubs": Member("hubs"),
    "items": Member("items", required=True),
}
_ITEM = {
    "id": Member("id", required=True),
    "url": Member("url:page"),
    "external_url": Member("url:page"),
    "title": Member("title"),
    "content_html": Member("html"),
    "content_text": Member("text"),
    "summary": Member("summary"),
    "image": Member("url:image"),
    "banner_image": Member("url:image"),
    "date_published": Member("date"),
    "date_modified": Member("date"),
    "author": Member("author"),
    "authors": Member("authors", since="1.1"),
    "tags": Member("tags"),
    "language": Member("language", since="1.1"),
    "attachments": Member("attachments"),
}
_AUTHOR = {"name": Member("text"), "url": Member("url:author"), "avatar": Member("url:image")}
_ATTACHMENT = {
    "url": Member("url:attachment", required=True),
    "mime_type": Member("mime_type", required=True),
    "title": Member("text"),
    "size_in_bytes": Member("size"),
    "duration_in_seconds": Member("duration"),
}
_HUB = {"type": Member("hub_type", required=True), "url": Member("url:hub", required=True)}

# The element of an array of objects, as WrongType names what it must be (json.expect.<name>).
_ARTICLE = {"authors": "an_author", "hubs": "a_hub", "attachments": "an_attachment", "items": "an_item"}


def check(doc: JsonFeedDocument) -> Iterator[Finding]:
    """The JSON Feed rules for `doc`."""
    checker = _Checker(doc)
    checker.feed()
    return iter(checker.findings)


class _Checker:
    def __init__(self, doc: JsonFeedDocument) -> None:
        self.doc = doc
        self.json = doc.json
        self.version = doc.version
        self.findings: list[Finding] = []

    def add(self, code: str, path: tuple, container, key=None, *, of_key: bool = False, **fields) -> None:
        line, column = self.json.where(container, key, of_key=of_key)
        self.findings.append(make(code, pointer=pointer(path), line=line, column=column, **fields))

    # --- objects ------------------------------------------------------------------------------

    def members(self, obj: JsonObject, path: tuple, shape: dict[str, Member], what: str) -> None:
        """Required members, unknown members and extensions, then each known member's value.
        `what` names the object: feed, item, author, attachment or hub."""
        for name, member in shape.items():
            if member.required and name not in obj and name != "version":  # a missing version is layer 2's
                self.add("MissingMember", path, obj, what=fragment(f"json.what.{what}"), member=name, fix=fragment(f"json.fix.{name}"))
        for name, value in obj.items():
            member = shape.get(name)
            if member is None:
                self.unknown(obj, path, name, shape, what)
                continue
            if member.since == "1.1" and self.version == "1.0":
                self.add("Version11Member", path + (name,), obj, name, of_key=True, member=name)
            self.value(member.kind, obj, path + (name,), name, value)

    def unknown(self, obj: JsonObject, path: tuple, name: str, shape: dict, what: str) -> None:
        here = path + (name,)
        if name.startswith("_"):
            self.extension(obj, here, name)
            return
        close = difflib.get_close_matches(name, list(shape), n=1, cutoff=0.75)
        suggestion = fragment("json.did_you_mean", name=close[0]) if close else ""
        plain = re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_") or "name"
        self.add("UnknownMember", here, obj, name, of_key=True, member=_clip(name), what=fragment(f"json.what.{what}"), suggestion=suggestion, name=plain)

    def extension(self, obj: JsonObject, path: tuple, name: str) -> None:
        value = obj[name]
        problem = None
        if not _EXTENSION_NAME.match(name):
            problem = fragment("json.extension.letter")
        elif "." in name:
            problem = fragment("json.extension.dot")
        if problem:
            self.add("InvalidExtensionName", path, obj, name, of_key=True, member=_clip(name), problem=problem)
        if not isinstance(value, dict):
            self.add("ExtensionNotObject", path, obj, name, member=_clip(name), actual=_type_name(value))
            return
        for key in value:
            if "." in key:
                self.add("InvalidExtensionName", path + (key,), value, key, of_key=True, member=_clip(key), problem=fragment("json.extension.member_dot"))
            elif key.startswith("_"):
                self.add("InvalidExtensionName", path + (key,), value, key, of_key=True, member=_clip(key), problem=fragment("json.extension.member_underscore"))

    def expect(self, obj, path: tuple, key, value, expected: type | tuple, description: str) -> bool:
        """Whether `value` has the type `expected`; else a WrongType finding saying what it must be
        (`description` names the declared fragment json.expect.<description>)."""
        if isinstance(value, expected) and (expected is bool or not isinstance(value, bool)):  # true is no number
            return True
        member = f'"{path[-1]}"' if path and isinstance(path[-1], str) else fragment("json.this_element")
        self.add("WrongType", path, obj, key, member=member, actual=_type_name(value), expected=fragment(f"json.expect.{description}"))
        return False

    # --- values ---------------------------------------------------------------------------------

    def value(self, kind: str, obj, path: tuple, key, value) -> None:
        if kind.startswith("url:"):
            self.url(kind[4:], obj, path, key, value)
        else:
            getattr(self, "check_" + kind)(obj, path, key, value)

    def check_version(self, obj, path, key, value) -> None:
        self.expect(obj, path, key, value, str, "version")

    def check_string(self, obj, path, key, value) -> None:
        self.expect(obj, path, key, value, str, "string")

    def check_text(self, obj, path, key, value) -> None:
        """Plain text: a string, not empty, without HTML."""
        if not self.expect(obj, path, key, value, str, "text"):
            return
        if not value.strip():
            self.add("NotBlank", path, obj, key, member=_last(path))
        elif looks_like_html(value):
            self.add("ContainsHTML", path, obj, key, member=_last(path), sample=_sample_html(value))

    def check_title(self, obj, path, key, value) -> None:
        self.check_text(obj, path, key, value)
        if isinstance(value, str) and value.strip() and ("\n" in value.strip() or "\r" in value.strip()):
            self.add("TitleLineBreak", path, obj, key)

    def check_summary(self, obj, path, key, value) -> None:
        self.check_text(obj, path, key, value)
        if isinstance(value, str) and len(value) > LONG_SUMMARY:
            self.add("LongSummary", path, obj, key, length=f"{len(value):,}")

    def check_html(self, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, str, "html"):
            return
        if not value.strip():
            self.add("NotBlank", path, obj, key, member=_last(path))
            return
        line, column = self.json.where(obj, key)
        for found in check_html(value):
            self.findings.append(at(dataclasses.replace(found, line=line, column=column), pointer(path)))

    def url(self, role: str, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, str, "url"):
            return
        if value.lower().startswith(_SCRIPT_SCHEMES):
            self.add_detail("SecurityRisk", path, obj, key, f"a script URL ({_clip(value, 30)}): readers refuse to open it; give the http(s) URL")
            return
        problem = values.absolute_iri_problem(value)
        if problem:
            self.add_detail(problem.code, path, obj, key, problem.detail)
            return
        scheme = values.scheme(value)
        if scheme in ("http", "https") or (role == "author" and scheme == "mailto") or (role == "image" and value.lower().startswith("data:image/")):
            return
        self.add("NotWebUrl", path, obj, key, value=_clip(value), scheme=scheme, member=_last(path), meaning=fragment(f"json.meaning.{role}"))

    def add_detail(self, code: str, path, obj, key, detail: str) -> None:
        self.add(code, path, obj, key, detail=detail)

    def check_date(self, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, str, "date"):
            return
        problem = values.rfc3339_problem(value)
        if problem:
            self.add_detail(problem.code, path, obj, key, problem.detail)

    def check_language(self, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, str, "language"):
            return
        problem = values.language_problem(value)
        if problem:
            self.add_detail(problem.code, path, obj, key, problem.detail)

    def check_mime_type(self, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, str, "mime_type"):
            return
        problem = values.mime_type_problem(value)
        if problem:
            self.add_detail(problem.code, path, obj, key, problem.detail)

    def check_size(self, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, (int, float), "bytes"):
            return
        if value in (float("inf"), float("-inf")):
            return  # JsonNumberOutOfRange says it
        if value < 0 or (isinstance(value, float) and not value.is_integer()):
            self.add("InvalidSize", path, obj, key, value=_show(value))

    def check_duration(self, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, (int, float), "seconds"):
            return
        if value < 0:
            self.add("InvalidDuration", path, obj, key, value=_show(value))

    def check_expired(self, obj, path, key, value) -> None:
        if self.expect(obj, path, key, value, bool, "boolean") and value:
            self.add("FeedExpired", path, obj, key)

    def check_hub_type(self, obj, path, key, value) -> None:
        if self.expect(obj, path, key, value, str, "hub_type") and value.lower() not in ("websub", "rsscloud"):
            self.add("UnknownHubType", path, obj, key, value=_clip(value))

    def check_id(self, obj, path, key, value) -> None:
        if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
            self.add("InvalidId", path, obj, key, what=_type_name(value))
        elif isinstance(value, (int, float)):
            self.add("NumericId", path, obj, key, value=_show(value), text=_id_text(value))
        elif not value.strip():
            self.add("InvalidId", path, obj, key, what=fragment("json.blank"))

    def check_tags(self, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, list, "tags"):
            return
        seen = set()
        for index, tag in enumerate(value):
            here = path + (index,)
            if not self.expect(value, here, index, tag, str, "tag"):
                continue
            if not tag.strip():
                self.add("NotBlank", here, value, index, member="tag")
            elif looks_like_html(tag):
                self.add("ContainsHTML", here, value, index, member="tag", sample=_sample_html(tag))
            if tag in seen:
                self.add("DuplicateTag", here, value, index, tag=_clip(tag))
            seen.add(tag)

    def objects(self, obj, path, key, value, description: str) -> Iterator[tuple[tuple, JsonObject]]:
        """The elements of the array `value` that are objects (each other element is a WrongType)."""
        if not self.expect(obj, path, key, value, list, description):
            return
        for index, element in enumerate(value):
            here = path + (index,)
            if self.expect(value, here, index, element, dict, f"{_ARTICLE[description]}"):
                yield here, element

    def check_author(self, obj, path, key, value) -> None:
        if not self.expect(obj, path, key, value, dict, "author"):
            return
        self.author(value, path)
        if self.version == "1.1" and "authors" not in obj:
            self.add("DeprecatedAuthor", path, obj, key, of_key=True)

    def author(self, author: JsonObject, path: tuple) -> None:
        self.members(author, path, _AUTHOR, "author")
        if not any(name in author for name in _AUTHOR):
            self.add("EmptyAuthor", path, author)

    def check_authors(self, obj, path, key, value) -> None:
        if isinstance(value, list) and not value:
            self.add("EmptyList", path, obj, key, member=_last(path))
        for here, author in self.objects(obj, path, key, value, "authors"):
            self.author(author, here)

    def check_hubs(self, obj, path, key, value) -> None:
        if isinstance(value, list) and not value:
            self.add("EmptyList", path, obj, key, member=_last(path))
        for here, hub in self.objects(obj, path, key, value, "hubs"):
            self.members(hub, here, _HUB, "hub")
            if isinstance(hub.get("type"), str) and hub["type"].lower() == "websub" and "feed_url" not in self.doc.feed:
                self.add("HubWithoutFeedUrl", here, hub)

    def check_attachments(self, obj, path, key, value) -> None:
        if isinstance(value, list) and not value:
            self.add("EmptyList", path, obj, key, member=_last(path))
        urls: dict[str, int] = {}
        for here, attachment in self.objects(obj, path, key, value, "attachments"):
            self.members(attachment, here, _ATTACHMENT, "attachment")
            url = attachment.get("url")
            if isinstance(url, str):
                if url in urls:
                    self.add("DuplicateAttachment", here + ("url",), attachment, "url", item=path[1], other=urls[url])
                urls.setdefault(url, here[-1])

    def check_items(self, obj, path, key, value) -> None:
        ids: dict[str, int] = {}
        for here, item in self.objects(obj, path, key, value, "items"):
            self.item(item, here, ids)

    def item(self, item: JsonObject, path: tuple, ids: dict[str, int]) -> None:
        self.members(item, path, _ITEM, "item")
        if "content_html" not in item and "content_text" not in item:
            self.add("MissingContent", path, item)
        if "url" not in item:
            self.add("MissingItemUrl", path, item)
        identifier = item.get("id")
        if isinstance(identifier, (str, int, float)) and not isinstance(identifier, bool):
            text = _id_text(identifier)
            if text.strip():
                if text in ids:
                    other = ids[text]
                    line, _ = self.json.where(self.doc.items, other)
                    self.add("DuplicateItemId", path + ("id",), item, "id", id=_clip(text), other=other, other_line=line)
                else:
                    ids[text] = path[-1]
        published = _parsed_date(item.get("date_published"))
        modified = _parsed_date(item.get("date_modified"))
        if published and modified and modified < published:
            self.add("ModifiedBeforePublished", path + ("date_modified",), item, "date_modified", modified=item["date_modified"], published=item["date_published"])

    # --- the feed -------------------------------------------------------------------------------

    def feed(self) -> None:
        feed = self.doc.feed
        self.members(feed, (), _FEED, "feed")
        if "feed_url" not in feed:
            self.add("MissingFeedUrl", (), feed)
        if "home_page_url" not in feed:
            self.add("MissingHomePageUrl", (), feed)
        if "icon" not in feed and "favicon" not in feed:
            self.add("MissingIcon", (), feed)
        feed_url, next_url = feed.get("feed_url"), feed.get("next_url")
        if isinstance(feed_url, str) and isinstance(next_url, str) and _same_url(feed_url, next_url):
            self.add("NextUrlIsFeedUrl", ("next_url",), feed, "next_url")
        base = self.doc.base_url
        if base and isinstance(feed_url, str) and feed_url and not _same_url(feed_url, base):
            self.add("SelfDoesntMatchLocation", ("feed_url",), feed, "feed_url", value=_clip(feed_url), location=_clip(base))
        if len(self.doc.data) > LARGE_FEED:
            self.findings.append(make("LargeFeed", line=1, column=1, size=f"{len(self.doc.data):,}"))


# --- helpers -------------------------------------------------------------------------------------


def _last(path: tuple) -> str:
    return str(path[-1]) if path else "the feed"


def _type_name(value):
    """The JSON value `value`, as a message names it (a declared fragment)."""
    if value is None:
        return fragment("json.type.null")
    if isinstance(value, bool):
        return fragment("json.type.boolean", value="true" if value else "false")
    if isinstance(value, (int, float)):
        return fragment("json.type.number", value=_show(value))
    if isinstance(value, str):
        return fragment("json.type.string", value=_show(value))
    return fragment("json.type.object" if isinstance(value, dict) else "json.type.array")


def _show(value) -> str:
    """A value as it is written in JSON, short, and printable whatever it holds (lone surrogates too)."""
    if isinstance(value, str):
        return '"' + _clip(value) + '"'
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return repr(value)
    return _clip(repr(value) if not isinstance(value, bool) else str(value).lower())


def _clip(text: str, limit: int = 80) -> str:
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates cannot be printed
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sample_html(text: str) -> str:
    match = re.search(r"<[^<>]{0,30}>|&#?\w+;", text)
    return _clip(match.group() if match else text, 40)


def _id_text(value) -> str:
    """An id as readers coerce it to a string (JavaScript's String(): 1.0 becomes "1")."""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    return str(value)


def _parsed_date(value):
    return values.parse_rfc3339(value) if isinstance(value, str) else None


def _same_url(a: str, b: str) -> bool:
    return values.canonical_uri(a.strip()) == values.canonical_uri(b.strip())
