"""WebSub (W3C Recommendation, 2018): telling hubs that a feed changed.

A publisher's hub learns of new content from a publish ping: a POST to the hub with
`hub.mode=publish` and `hub.url=<the feed's URL>`, form-urlencoded (the convention of
PubSubHubbub 0.4, which WebSub leaves to hubs and which the public hubs follow). The hub
then fetches the feed itself and pushes it to subscribers. Any 2xx is success.

One ping per hub and feed, each with its own deadline. A 5xx answer, a connection that fails
or a hub that does not answer in time is tried again, a bounded number of times, with a
backoff that doubles; a 4xx is not (the hub has said no), and neither is a redirect that
would turn the POST into a GET (301, 302, 303: the ping would arrive empty), which is
reported with its new address. 307 and 308 keep the method and the body and are followed.

No I/O beyond the requests: the caller decides which feeds to ping and keeps the record.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from feedtool.i18n import Message
from feedtool.i18n import message as msg

# urllib (25 ms of imports) is loaded only when a ping is sent: `feedtool build` without --ping
# does not pay for it.

DEFAULT_TIMEOUT = 10.0
DEFAULT_RETRIES = 2  # tries after the first: three in all
DEFAULT_BACKOFF = 1.0  # seconds before the first retry; doubled for each next one
MAX_BACKOFF = 30.0
MAX_REDIRECTS = 3
USER_AGENT = "feedtool (WebSub publisher)"


@dataclass(frozen=True, slots=True)
class PingResult:
    hub: str
    feed: str
    ok: bool
    attempts: int
    status: int | None = None  # the hub's last HTTP status, when it answered
    # What happened, for the report: the hub's status line as it sent it ("204 No Content"), or a
    # Message ("no answer within 10 s").
    message: Message | str = ""


class _Moved(Exception):
    def __init__(self, code: int, location: str):
        super().__init__(code, location)
        self.code, self.location = code, location


def _redirects():
    """A handler for which 307/308 keep the POST and its body; 301/302/303 would make it a GET:
    not followed, reported."""
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if code in (307, 308):
                return urllib.request.Request(newurl, data=req.data, headers=dict(req.header_items()), method="POST")
            raise _Moved(code, newurl)

    return Redirects()


def ping(hub: str, feed: str, *, timeout: float = DEFAULT_TIMEOUT, retries: int = DEFAULT_RETRIES,
         backoff: float = DEFAULT_BACKOFF, sleep: Callable[[float], None] | None = None,
         open_url: Callable | None = None) -> PingResult:
    """Tell `hub` that `feed` (an absolute URL) changed; tried at most 1 + `retries` times."""
    import urllib.parse
    import urllib.request

    body = urllib.parse.urlencode({"hub.mode": "publish", "hub.url": feed}).encode("ascii")
    attempts = 0
    wait = backoff
    while True:
        attempts += 1
        request = urllib.request.Request(hub, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "User-Agent": USER_AGENT})
        result, transient = _attempt(request, hub, feed, attempts, timeout, open_url or _open)
        if result.ok or not transient or attempts > retries:
            return result
        (sleep or time.sleep)(min(wait, MAX_BACKOFF))
        wait *= 2


def _open(request: urllib.request.Request, timeout: float):
    from feedtool.download import Download, names_internal_address

    # A hub the publisher names at a private or loopback address (an intranet hub, a test hub)
    # is what they asked for; a public hub that redirects inward is refused.
    download = Download(timeout, allow_private=names_internal_address(request.full_url))
    return download.opener([_redirects()]).open(request, timeout=timeout)


def _attempt(request, hub: str, feed: str, attempts: int, timeout: float, open_url) -> tuple[PingResult, bool]:
    """One POST: its result, and whether trying again could help."""
    import urllib.error

    try:
        with open_url(request, timeout) as response:
            status = response.status
            response.read(65536)
    except _Moved as moved:
        return PingResult(hub, feed, False, attempts, moved.code,
                          msg("ping.redirect", code=moved.code, location=moved.location)), False
    except urllib.error.HTTPError as exc:
        detail = _excerpt(exc)
        message = f"{exc.code} {exc.reason}" + (f": {detail}" if detail else "")
        return PingResult(hub, feed, False, attempts, exc.code, message), exc.code >= 500 or exc.code == 429
    except (TimeoutError, urllib.error.URLError, OSError) as exc:
        return PingResult(hub, feed, False, attempts, None, _reason(exc, timeout)), not _refused(exc)
    if 200 <= status < 300:
        return PingResult(hub, feed, True, attempts, status, f"{status} {_phrase(status)}"), False
    return PingResult(hub, feed, False, attempts, status,
                      msg("ping.not_success", status=f"{status} {_phrase(status)}")), status >= 500


def _excerpt(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read(300).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the body is only an aid to the message
        return ""
    return " ".join(text.split())[:200]


def _refused(exc: BaseException) -> bool:
    """An address the policy refuses: trying again changes nothing."""
    reason = getattr(exc, "reason", exc)
    return type(reason).__name__ == "AddressRefused"


def _reason(exc: BaseException, timeout: float) -> Message | str:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return msg("ping.timeout", timeout=timeout)
    if isinstance(reason, ConnectionRefusedError):
        return msg("ping.refused")
    return str(getattr(reason, "strerror", None) or reason)


def _phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


# --- what to ping: the feeds that changed since each hub was last told ---------------------------

RECORD_NAME = ".feedtool-pings.json"  # in the output directory, beside the manifest
RECORD_VERSION = 1
FEED_KINDS = frozenset(("atom", "rss", "jsonfeed"))  # subscribed to; archive pages are not


@dataclass(frozen=True, slots=True)
class Ping:
    hub: str
    path: str  # the document below the output directory
    url: str  # its public URL: the hub's hub.url
    sha256: str  # the bytes the hub is told about


def plan(manifest: dict, record: dict[str, dict[str, str]], hubs: tuple[str, ...], site: str) -> list[Ping]:
    """Every (hub, feed) whose feed changed since that hub was last told of it, in a fixed order.

    `manifest`: path -> entry with `sha256` and `kind` (feedtool.build.write.read_manifest);
    `record`: hub -> path -> sha256 of what it was told (read_record).
    """
    feeds = sorted((path, entry.sha256) for path, entry in manifest.items() if entry.kind in FEED_KINDS)
    return [Ping(hub, path, site + path, sha) for hub in hubs for path, sha in feeds
            if record.get(hub, {}).get(path) != sha]


def updated_record(record: dict[str, dict[str, str]], results: list[tuple[Ping, PingResult]], manifest: dict,
                   hubs: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """The record after these pings: successes noted, failures left for the next ping to retry,
    hubs no longer named and documents no longer built forgotten."""
    out = {hub: {p: sha for p, sha in record.get(hub, {}).items() if p in manifest} for hub in hubs}
    for ping_, result in results:
        if result.ok:
            out[ping_.hub][ping_.path] = ping_.sha256
    return {hub: dict(sorted(paths.items())) for hub, paths in out.items() if paths}


def read_record(text: str | None) -> dict[str, dict[str, str]]:
    """The record's contents; {} for none, and for a record this version cannot read (then every
    feed is pinged again, which hubs take calmly: they fetch and find what they had)."""
    import json

    if not text:
        return {}
    try:
        data = json.loads(text)
        hubs = data["hubs"] if data.get("version") == RECORD_VERSION else {}
        return {str(h): {str(p): str(s) for p, s in paths.items()} for h, paths in hubs.items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


def dump_record(record: dict[str, dict[str, str]]) -> str:
    import json

    return json.dumps({
        "comment": "Written by feedtool ping: what each WebSub hub was last told (sha256 of each feed). "
                   "Delete it to ping every feed again.",
        "version": RECORD_VERSION,
        "hubs": dict(sorted(record.items())),
    }, indent=2, ensure_ascii=False) + "\n"
