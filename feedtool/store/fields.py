"""Turning `Raw` values into checked field values, one Problem per mistake.

Each reader takes the document (for messages with lines) and returns the value,
or None after recording why it could not.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from feedtool.dates import DateProblem, parse_datetime
from feedtool.errors import Problem
from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.lang import LanguageProblem, normalize_language
from feedtool.model import Person
from feedtool.store.source import XML_FORBIDDEN, Document, Raw, describe_character, excerpt

FEED_FIELDS = ("title", "link", "subtitle", "language", "author", "timezone", "limit", "rights", "id", "icon", "favicon",
               "tag_feeds", "subscribe_page", "hub", "archive")
ENTRY_FIELDS = ("title", "published", "updated", "author", "summary", "content", "link", "id", "slug", "tags",
                "language", "draft", "attachments")
PERSON_FIELDS = ("name", "email", "uri")

# What people coming from Dutch, Jekyll, Hugo or WordPress tend to write instead.
KNOWN_ALIASES = {
    "titel": "title", "datum": "published", "date": "published", "gepubliceerd": "published",
    "publicatiedatum": "published", "pubdate": "published", "bijgewerkt": "updated", "gewijzigd": "updated",
    "modified": "updated", "lastmod": "updated", "auteur": "author", "authors": "author", "schrijver": "author",
    "samenvatting": "summary", "description": "summary", "excerpt": "summary", "inleiding": "summary",
    "inhoud": "content", "tekst": "content", "body": "content", "trefwoorden": "tags", "labels": "tags",
    "categories": "tags", "category": "tags", "categorieen": "tags", "tag": "tags", "taal": "language",
    "lang": "language", "concept": "draft", "ondertitel": "subtitle", "tijdzone": "timezone", "tz": "timezone",
    "url": "link", "permalink": "link", "guid": "id", "naam": "name", "mail": "email", "e-mail": "email",
    "website": "uri", "homepage": "uri",
}

def _kind(raw: Raw) -> Message:
    """What a value is, in words: "a list", "a number", ... (feedtool/messages/common.py)."""
    return msg(f"value.kind.{raw.kind}")


MAX_UNKNOWN_FIELDS = 5  # listed one by one per mapping; the rest are counted
MAX_DATE_CHARS = 80  # the longest RFC 822 or ISO 8601 date with a zone name is about 40
MAX_DIGITS = 9  # a limit or count beyond a billion is a typo, and int() refuses 4,300 digits and more

_KNOWN_SETS: dict[tuple[str, ...], frozenset[str]] = {}


class Checker:
    """Collects the problems of one document; every message gets the file, line and field."""

    def __init__(self, doc: Document, problems: list[Problem], shared: dict[str, str] | None = None):
        self.doc = doc
        self.problems = problems
        self.shared = {} if shared is None else shared

    def error(self, raw: Raw | None, field: str | None, message: Message, hint: Message | None = None,
              line: int | None = None) -> None:
        self.problems.append(Problem(self.doc.file, message, field=field, line=line or self.doc.line_of(raw),
                                     hint=hint))

    def warn(self, raw: Raw | None, field: str | None, message: Message, hint: Message | None = None) -> None:
        self.problems.append(Problem(self.doc.file, message, field=field, line=self.doc.line_of(raw), hint=hint,
                                     severity="warning"))

    # --- shapes ------------------------------------------------------------

    def mapping(self, raw: Raw | None, what: Message, hint: Message | None = None) -> dict[str, Raw] | None:
        if raw is None:
            return None
        if raw.kind != "map" or raw.items is None:
            self.error(raw, None, msg("store.shape.not_mapping", what=what, kind=_kind(raw)), hint)
            return None
        return raw.items

    def unknown_fields(self, fields: dict[str, Raw], known: tuple[str, ...], prefix: str = "") -> None:
        if _KNOWN_SETS.setdefault(known, frozenset(known)).issuperset(fields):
            return
        unknown = [name for name in fields if name not in known]
        for name in unknown[MAX_UNKNOWN_FIELDS:MAX_UNKNOWN_FIELDS + 1]:
            self.warn(fields[name], prefix + excerpt(name, quoted=False),
                      msg("store.field.unknown.more", count=len(unknown) - MAX_UNKNOWN_FIELDS),
                      msg("store.field.unknown.more.hint"))
        for name in unknown[:MAX_UNKNOWN_FIELDS]:
            raw = fields[name]
            guess = KNOWN_ALIASES.get(name.lower())
            if guess not in known:
                import difflib

                close = difflib.get_close_matches(name.lower(), known, n=1, cutoff=0.6)
                guess = close[0] if close else None
            hint = msg("store.did_you_mean", guess=guess) if guess else msg("store.field.known", known=", ".join(known))
            self.warn(raw, prefix + excerpt(name, quoted=False), msg("store.field.unknown", name=excerpt(name)), hint)

    # --- scalars -----------------------------------------------------------

    def text(self, fields: dict[str, Raw], name: str, *, required: bool = False, label: str | None = None,
             strict: bool = False) -> str | None:
        """Text exactly as written. `strict`: a YAML number or boolean is refused (names, e-mail)."""
        raw = fields.get(name)
        field = label or name
        if raw is None:
            if required:
                self.error(None, field, msg("store.field.missing", name=name),
                           msg("store.field.missing.hint", name=name), line=self.map_line(fields))
            return None
        value = self.scalar_text(raw, field, strict=strict)
        if value is None:
            if required and raw.kind == "null":
                self.error(raw, field, msg("store.field.empty", name=name), _quote_hint(name))
            return None
        if not value or value.isspace():  # isspace: no copy of a long content field
            if required:
                self.error(raw, field, msg("store.field.empty", name=name), _quote_hint(name))
            return None
        return value

    def scalar_text(self, raw: Raw, field: str, *, strict: bool = False) -> str | None:
        if raw.kind == "null":
            return None
        if raw.kind in ("list", "map"):
            hint = msg("store.text.map.hint") if raw.kind == "map" else msg("store.text.list.hint")
            self.error(raw, field, msg("store.text.not_text", name=field, kind=_kind(raw)), hint)
            return None
        if raw.kind == "other":
            self.error(raw, field, msg("store.text.yaml_tag", name=field, tag=raw.tag), msg("store.text.yaml_tag.hint"))
            return None
        if not raw.is_text or (strict and raw.path is None and raw.kind not in ("str",)):
            shown = excerpt(raw.text, quoted=False)
            if raw.path is not None and "[" in field:  # JSON, a list item
                hint = msg("store.text.json_item.hint", shown=shown)
            elif raw.path is not None:  # JSON
                hint = msg("store.text.json.hint", name=field.rsplit(".", 1)[-1], shown=shown)
            else:
                hint = msg("store.text.quote.hint", shown=shown)
            self.error(raw, field, msg("store.text.not_text.shown", name=field, kind=_kind(raw), shown=shown), hint)
            return None
        value = raw.text
        bad = XML_FORBIDDEN.search(value) if raw.escaped else None  # raw text was checked as the file was read
        if bad:
            self.error(raw, field, msg("store.text.not_xml", name=field, char=describe_character(bad.group())),
                       msg("store.char.remove_pasted"))
            return None
        return value

    def boolean(self, fields: dict[str, Raw], name: str) -> bool | None:
        raw = fields.get(name)
        if raw is None or raw.kind == "null":
            return None
        if raw.kind != "bool":
            self.error(raw, name, msg("store.bool.wrong", name=name, kind=_kind(raw),
                                      shown=excerpt(raw.text, quoted=False)),
                       msg("store.bool.wrong.hint", name=name))
            return None
        return raw.text.lower() in ("true", "yes", "on")

    def positive_int(self, fields: dict[str, Raw], name: str) -> int | None:
        raw = fields.get(name)
        if raw is None or raw.kind == "null":
            return None
        text = raw.text if raw.kind in ("int", "str") else None  # "20" in quotes is still twenty
        if text is not None and re.fullmatch(r"[+]?[0-9]+", text) and len(text.lstrip("+0")) > MAX_DIGITS:
            self.error(raw, name, msg("store.int.too_long", name=name, digits=len(text.lstrip("+0")), limit=MAX_DIGITS),
                       msg("store.int.example", name=name))
            return None
        if text is None or not re.fullmatch(r"[+]?[0-9]+", text) or int(text) < 1:
            self.error(raw, name, msg("store.int.wrong", name=name, shown=excerpt(raw.text)),
                       msg("store.int.example", name=name))
            return None
        return int(text)

    def datetime(self, fields: dict[str, Raw], name: str, zone: ZoneInfo, *, required: bool = False
                 ) -> datetime | None:
        raw = fields.get(name)
        if raw is None or raw.kind == "null":
            if required:
                self.error(raw, name, msg("store.field.missing" if raw is None else "store.field.empty", name=name),
                           msg("store.date.example", name=name), line=None if raw else self.map_line(fields))
            return None
        if not raw.is_text or raw.kind in ("list", "map", "other"):
            self.error(raw, name, msg("store.date.not_text", name=name, kind=_kind(raw)),
                       msg("store.date.json_example", name=name))
            return None
        if len(raw.text) > MAX_DATE_CHARS:
            self.error(raw, name, msg("store.date.too_long", shown=excerpt(raw.text), length=len(raw.text)),
                       msg("store.date.example.plain"))
            return None
        try:
            return parse_datetime(raw.text, zone)
        except DateProblem as exc:
            self.error(raw, name, exc.message, exc.hint)
            return None

    def language(self, fields: dict[str, Raw], name: str = "language") -> str | None:
        value = self.text(fields, name)
        if value is None:
            return None
        try:
            return normalize_language(value)
        except LanguageProblem as exc:
            self.error(fields[name], name, exc.message, exc.hint)
            return None

    def url(self, raw: Raw, field: str, *, base: str | None = None, site: bool = False) -> str | None:
        value = self.scalar_text(raw, field, strict=True)
        if value is None:
            if raw.kind == "null":
                self.error(raw, field, msg("store.field.empty", name=field))
            return None
        try:
            return check_url(value, base=base, site=site)
        except ValueError as exc:
            message, hint = exc.args
            self.error(raw, field, message, hint)
            return None

    # --- people and lists --------------------------------------------------

    def people(self, raw: Raw | None, field: str) -> tuple[Person, ...] | None:
        if raw is None or raw.kind == "null":
            return None
        items = raw.items if raw.kind == "list" and raw.items is not None else [raw]
        people = []
        for index, item in enumerate(items):
            label = field if raw.kind != "list" else f"{field}[{index}]"
            person = self.person(item, label)
            if person is not None:
                people.append(person)
        return tuple(people)

    def person(self, raw: Raw, field: str) -> Person | None:
        hint = msg("store.person.hint")
        if raw.kind == "map" and raw.items is not None:
            fields = raw.items
            self.unknown_fields(fields, PERSON_FIELDS, prefix=field + ".")
            name = self.text(fields, "name", required=True, label=field + ".name", strict=True)
            email = self.text(fields, "email", label=field + ".email", strict=True)
            uri_raw = fields.get("uri")
            uri = self.url(uri_raw, field + ".uri") if uri_raw is not None and uri_raw.kind != "null" else None
            if email is not None and not _EMAIL.fullmatch(email):
                self.error(fields["email"], field + ".email", msg("store.person.email", shown=excerpt(email)),
                           msg("store.person.email.hint"))
                email = None
            return Person(name, email, uri) if name else None
        if raw.kind in ("list", "map", "other"):
            self.error(raw, field, msg("store.person.shape", name=field), hint)
            return None
        name = self.scalar_text(raw, field, strict=True)
        if name is None or not name.strip():
            if raw.kind == "null" or (name is not None):
                self.error(raw, field, msg("store.field.empty", name=field), hint)
            return None
        m = _NAME_EMAIL.fullmatch(name.strip())
        if m:  # "Rens Meijkamp <rens@example.nl>", as in e-mail headers
            return Person(m.group(1).strip(), m.group(2))
        return Person(name)

    def tags(self, fields: dict[str, Raw], name: str = "tags") -> tuple[str, ...]:
        raw = fields.get(name)
        if raw is None or raw.kind == "null":
            return ()
        if raw.kind != "list" or raw.items is None:
            shown = excerpt(raw.text, quoted=False) if raw.text is not None else "…"
            self.error(raw, name, msg("store.tags.not_list", name=name, kind=_kind(raw)),
                       msg("store.tags.not_list.hint", name=name, shown=shown) if raw.is_text else
                       msg("store.tags.not_list.example", name=name))
            return ()
        tags = []
        for index, item in enumerate(raw.items):
            if item.is_text and not item.escaped and item.text and not item.text.isspace():
                # The common case, without building a label for messages. The same few tags recur
                # in thousands of posts: keep one copy of each.
                tags.append(self.shared.setdefault(item.text, item.text))
                continue
            value = self.scalar_text(item, f"{name}[{index}]")
            if value is None or not value.strip():
                if item.kind == "null" or value is not None:
                    self.error(item, f"{name}[{index}]", msg("store.tags.empty"), msg("store.tags.empty.hint"))
                continue
            tags.append(value)
        if len(set(tags)) != len(tags):
            tags = self._without_repeats(raw, name, tags)
        return tuple(tags)

    def _without_repeats(self, raw: Raw, name: str, tags: list[str]) -> list[str]:
        """A tag written twice in one entry is one category (readers and feedgen keep one)."""
        unique: list[str] = []
        for tag in tags:
            if tag in unique:
                self.warn(raw, name, msg("store.tags.repeated", tag=excerpt(tag)), msg("store.tags.repeated.hint"))
            else:
                unique.append(tag)
        return unique

    def map_line(self, fields: dict[str, Raw]) -> int | None:
        """For a missing field: the line where the mapping that lacks it starts."""
        for raw in fields.values():
            return self.doc.line_of(raw)
        return None


def _quote_hint(name: str) -> Message:
    return msg("store.field.empty.hint", name=name)


_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+")
_NAME_EMAIL = re.compile(r"([^<>]+?)\s*<(" + _EMAIL.pattern + r")>")
_UNSAFE_SCHEMES = ("javascript", "data", "vbscript", "file")


def check_url(value: str, *, base: str | None = None, site: bool = False) -> str:
    """An absolute http(s) URL (non-ASCII percent-encoded); ValueError(message, hint) otherwise.

    `base`: relative URLs are resolved against it (entry links); without it they are refused.
    `site`: the site's own link: no query or fragment, and it ends with "/".
    """
    text = value.strip()
    example = "https://www.example.nl/"
    example_hint = msg("store.url.example", example=example)
    if any(ch.isspace() for ch in text):
        raise ValueError(msg("store.url.space", shown=excerpt(value)), msg("store.url.space.hint"))
    if not text:
        raise ValueError(msg("store.url.empty"), msg("store.url.empty.hint", example=example))
    try:
        parts = urlsplit(text)
    except ValueError:  # "Invalid IPv6 URL": an unbalanced [ or ] in the host
        raise ValueError(msg("store.url.no_host", shown=excerpt(value)), example_hint) from None
    scheme = parts.scheme.lower()
    if scheme in _UNSAFE_SCHEMES:
        raise ValueError(msg("store.url.unsafe", scheme=scheme), msg("store.url.unsafe.hint", example=example))
    if not scheme:
        if base is None:
            raise ValueError(msg("store.url.relative", shown=excerpt(value)),
                             msg("store.url.relative.hint", example=example))
        from urllib.parse import urljoin

        text = urljoin(base, text)
        parts = urlsplit(text)
        scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(msg("store.url.not_http", shown=excerpt(value)), example_hint)
    host = parts.hostname or ""
    if not re.fullmatch(r"[\w.-]+|[0-9a-f:.]+", host) or host.startswith(".") or ".." in host:
        raise ValueError(msg("store.url.no_host", shown=excerpt(value)), example_hint)
    try:
        parts.port
    except ValueError:
        raise ValueError(msg("store.url.bad_port", shown=excerpt(value)), example_hint) from None
    netloc = parts.netloc
    if not netloc.isascii():
        try:
            netloc = netloc.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError(msg("store.url.bad_host", shown=excerpt(value)), example_hint) from None
    path, query, fragment = parts.path, parts.query, parts.fragment
    if not (path + query + fragment).isascii():
        safe = "/:@!$&'()*+,;=%~-._"
        path, query, fragment = quote(path, safe=safe), quote(query, safe=safe + "?"), quote(fragment, safe=safe + "?#")
    if site:
        if query or fragment:
            raise ValueError(msg("store.url.site_query", shown=excerpt(value)),
                             msg("store.url.site_query.hint", example=example))
        if not path.endswith("/"):
            path += "/"
    host_part = netloc.rsplit("@", 1)
    netloc = (host_part[0] + "@" if len(host_part) == 2 else "") + host_part[-1].lower()
    return urlunsplit((scheme, netloc, path, query, fragment))
