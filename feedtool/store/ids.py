"""Ids that subscribers can rely on: tag: URIs (RFC 4151) and slugs.

The id scheme, documented in docs/store.md:
- an entry's explicit `id` wins (a migrated post keeps its old guid);
- otherwise its id is `<feed id>/<slug>` (no extra "/" when the feed id already
  ends in "/" or ":"), e.g. `tag:www.example.nl,2012:blog/de-ijsberg`;
- a feed without `id` gets `tag:<host>,<year of its oldest entry>:<site path or "feed">`
  and a warning to pin it, because that derived id changes when the site moves.
Once the feed id is pinned, no entry id depends on the site's domain or scheme.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.store.source import excerpt

_DNS = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
_PCHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})"
TAG_URI = re.compile(
    rf"tag:(?P<authority>{_DNS}|[A-Za-z0-9._-]+@{_DNS}),(?P<date>\d{{4}}(?:-\d\d(?:-\d\d)?)?)"
    rf":(?P<specific>{_PCHAR}*)(?:#(?P<fragment>{_PCHAR}*))?"
)
_ABSOLUTE_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_UUID_URN = re.compile(r"urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                       re.IGNORECASE)
SLUG = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*")

EXAMPLE_FEED_ID = "tag:www.example.nl,2012:blog"


def _tag_date_ok(text: str) -> bool:
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def check_tag_uri(value: str) -> Message | None:
    """None when `value` is a valid tag: URI, else what is wrong with it."""
    m = TAG_URI.fullmatch(value)
    if m is None:
        return msg("store.id.tag_invalid", shown=excerpt(value))
    if not _tag_date_ok(m.group("date")):
        return msg("store.id.tag_date", shown=excerpt(value), date=m.group("date"))
    return None


def check_feed_id(value: str) -> tuple[Message, Message] | None:
    """(message, hint) when `value` cannot be the feed id entry ids are built from."""
    hint = msg("store.id.feed.hint", example=EXAMPLE_FEED_ID)
    if not value.startswith("tag:"):
        return msg("store.id.feed.not_tag", shown=excerpt(value)), hint
    wrong = check_tag_uri(value)
    if wrong:
        return wrong, hint
    if "#" in value:
        return msg("store.id.feed.fragment", shown=excerpt(value)), hint
    return None


def check_entry_id(value: str) -> tuple[Message, Message] | None:
    """(message, hint) when `value` is not a usable explicit entry id (an absolute URI)."""
    hint = msg("store.id.entry.hint")
    if not _ABSOLUTE_URI.fullmatch(value):
        return msg("store.id.entry.not_uri", shown=excerpt(value)), hint
    if value.lower().startswith("tag:"):
        wrong = check_tag_uri(value)
        if wrong:
            return wrong, hint
    if value.lower().startswith("urn:uuid:") and not _UUID_URN.fullmatch(value):
        return msg("store.id.entry.uuid", shown=excerpt(value)), hint
    return None


def entry_id(feed_id: str, slug: str) -> str:
    return feed_id + slug if feed_id.endswith(("/", ":")) else f"{feed_id}/{slug}"


def derive_feed_id(site_link: str, year: int) -> str:
    """tag:<host>,<year>:<site path or 'feed'>; stable while the host and the oldest entry stay."""
    parts = urlsplit(site_link)
    host = (parts.hostname or "localhost").rstrip(".")
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    if not re.fullmatch(_DNS, host):  # an IPv6 literal or similar: keep only what a DNS name allows
        host = re.sub(r"[^A-Za-z0-9.-]+", "-", host).strip(".-") or "localhost"
    specific = parts.path.strip("/") or "feed"
    return f"tag:{host},{year:04d}:{specific}"


_SIMPLE_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


def check_slug(value: str) -> Message | None:
    """None when `value` is usable in a URL and a tag: URI, else what is wrong."""
    if _SIMPLE_SLUG.fullmatch(value):
        return None
    if not SLUG.fullmatch(value) or any(seg in (".", "..") for seg in value.split("/")):
        return msg("store.slug.invalid", shown=excerpt(value))
    return None
