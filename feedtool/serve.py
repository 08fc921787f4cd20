"""A local preview server for built feeds that behaves the way feed readers need.

Readers poll. They are polite only when the server is: a strong ETag computed
from the bytes, a Last-Modified that moves only when the bytes move, 304 on a
conditional request, the feed's own media type, gzip when asked. This module
holds that behaviour as a library (no printing); `feedtool.cli.serve` runs it.

The server binds to 127.0.0.1 unless told otherwise and serves regular files below one
directory; any request path that could leave that directory is refused. Slow clients,
foreign Host headers and request bodies are handled by `feedtool.connections`.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import os
import posixpath
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

from feedtool.build import write
from feedtool.connections import BoundedHTTPServer, GuardedRequestHandler, printable  # noqa: F401 - printable for the CLI
from feedtool.errors import FeedtoolError
from feedtool.validate import document
from feedtool.validate.detect import detect_format
from feedtool.validate.xml import hardened_parser

ATOM_TYPE = "application/atom+xml; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
JSON_FEED_TYPE = "application/feed+json; charset=utf-8"

# What a file is served as when its content does not say (not well-formed, or not a feed).
_TYPES_BY_NAME = {"atom.xml": ATOM_TYPE, "rss.xml": RSS_TYPE, "feed.json": JSON_FEED_TYPE}
_TYPES_BY_SUFFIX = {".xml": XML_TYPE, ".json": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8"}

HOST = "127.0.0.1"


def media_type(name: str, data: bytes) -> str:
    """The Content-Type for a file called `name` holding `data`: the feed's format decides."""
    if name.endswith(".xml"):
        try:
            root = etree.fromstring(data, hardened_parser())
        except etree.XMLSyntaxError:
            root = None
        if root is not None:
            fmt, _version = detect_format(root)
            if fmt in (document.ATOM, document.ATOM03):
                return ATOM_TYPE
            if fmt in (document.RSS, document.RSS10, document.RSS090):
                return RSS_TYPE
    if name in _TYPES_BY_NAME:
        return _TYPES_BY_NAME[name]
    return _TYPES_BY_SUFFIX.get(posixpath.splitext(name)[1], "application/octet-stream")


def etag_for(data: bytes) -> str:
    """A strong entity tag for the identity representation: a digest of the bytes."""
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


def gzip_etag(identity_etag: str) -> str:
    # A strong ETag must differ between content codings of the same resource (RFC 9110, 8.8.3).
    return identity_etag[:-1] + '-gzip"'


def http_date(epoch_seconds: int) -> str:
    return formatdate(epoch_seconds, usegmt=True)


@dataclass(frozen=True, slots=True)
class Representation:
    """One served file at one moment: its bytes and the validators that go with them."""

    name: str
    data: bytes
    etag: str
    last_modified: int  # whole seconds since the epoch; HTTP dates have no finer resolution
    content_type: str
    gzipped: bytes

    @property
    def gzip_etag(self) -> str:
        return gzip_etag(self.etag)


class RepresentationCache:
    """Validators keyed by content: Last-Modified moves only when the bytes' hash moves.

    A rebuild that writes byte-identical files (new mtime, same hash) keeps the
    old ETag and Last-Modified, so readers keep getting 304. When the bytes do
    change, Last-Modified is the file's mtime, but always at least one second
    later than the previous value so that If-Modified-Since can never hide the
    change.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, Representation] = {}

    def get(self, name: str, data: bytes, mtime: float, content_type: str | None = None) -> Representation:
        etag = etag_for(data)
        with self._lock:
            previous = self._entries.get(name)
            if previous is not None and previous.etag == etag:
                return previous
            last_modified = int(mtime)
            if previous is not None:
                last_modified = max(last_modified, previous.last_modified + 1)
            rep = Representation(
                name=name,
                data=data,
                etag=etag,
                last_modified=last_modified,
                content_type=content_type or media_type(posixpath.basename(name), data),
                gzipped=gzip.compress(data, compresslevel=9, mtime=0),
            )
            self._entries[name] = rep
            return rep


@dataclass(frozen=True, slots=True)
class LogRecord:
    method: str
    path: str
    status: int
    length: int  # body bytes sent
    encoding: str | None  # "gzip" or None
    if_none_match: str | None
    if_modified_since: str | None


@dataclass
class ServeLog:
    """What the server answered, kept for the console and for tests (thread-safe).

    `notes` are one-line remarks about connections (a client that hung up, a foreign Host):
    debug information, not answers.
    """

    records: list[LogRecord] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    listeners: list[Callable[[LogRecord], None]] = field(default_factory=list, repr=False)
    notes: list[str] = field(default_factory=list)
    note_listeners: list[Callable[[str], None]] = field(default_factory=list, repr=False)

    def note(self, text: str) -> None:
        line = printable(text.splitlines()[0] if text else "")
        with self._lock:
            if len(self.notes) < 10_000:  # a flood of slow clients must not grow the log without end
                self.notes.append(line)
            listeners = list(self.note_listeners)
        for listener in listeners:
            listener(line)

    def add(self, record: LogRecord) -> None:
        with self._lock:
            self.records.append(record)
            listeners = list(self.listeners)
        for listener in listeners:
            listener(record)

    def snapshot(self) -> list[LogRecord]:
        with self._lock:
            return list(self.records)

    def statuses(self, path: str | None = None) -> list[int]:
        return [r.status for r in self.snapshot() if path is None or r.path == path]


def resolve_request_path(root: Path, raw_path: str) -> Path | None:
    """The file below `root` that `raw_path` names, or None when it names nothing we serve.

    Refused: any `..` segment (also percent-encoded), backslashes, NUL bytes,
    hidden files (a segment starting with "."), and anything that, symlinks
    resolved, lies outside `root`.
    """
    path = unquote(urlsplit(raw_path).path, errors="strict") if raw_path else ""
    if "\x00" in path or "\\" in path or not path.startswith("/"):
        return None
    segments = [s for s in path.split("/") if s]
    if any(s in (".", "..") or s.startswith(".") for s in segments):
        return None
    if not segments:
        return None
    root = root.resolve()
    candidate = root.joinpath(*segments)
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(root) or not resolved.is_file():
        return None
    return resolved


def parse_accept_encoding(header: str | None) -> bool:
    """True when the client accepts gzip (RFC 9110, 12.5.3: q=0 means "not acceptable")."""
    if not header:
        return False
    gzip_q: float | None = None
    star_q: float | None = None
    for item in header.split(","):
        parts = [p.strip() for p in item.split(";")]
        coding = parts[0].lower()
        q = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value.strip())
                except ValueError:
                    q = 0.0
        if coding in ("gzip", "x-gzip"):
            gzip_q = q if gzip_q is None else max(gzip_q, q)
        elif coding == "*":
            star_q = q
    if gzip_q is not None:
        return gzip_q > 0
    return bool(star_q and star_q > 0)


def _etag_list(header: str) -> list[str]:
    tags = []
    for item in header.split(","):
        tag = item.strip()
        if tag.startswith("W/"):
            tag = tag[2:]  # If-None-Match uses the weak comparison (RFC 9110, 13.1.2)
        if tag:
            tags.append(tag)
    return tags


def not_modified(rep: Representation, if_none_match: str | None, if_modified_since: str | None) -> bool:
    """Whether a GET/HEAD with these validators gets 304 (RFC 9110, 13.2.2: INM wins over IMS)."""
    if if_none_match is not None:
        tags = _etag_list(if_none_match)
        return "*" in tags or rep.etag in tags or rep.gzip_etag in tags
    if if_modified_since is not None:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError, IndexError):
            return False
        if since is None or since.tzinfo is None:
            return False
        return rep.last_modified <= int(since.timestamp())
    return False


class FeedRequestHandler(GuardedRequestHandler):
    server: FeedHTTPServer

    def version_string(self) -> str:
        return "feedtool-serve"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def _method_not_allowed(self) -> None:
        self._send_plain(HTTPStatus.METHOD_NOT_ALLOWED, "method not allowed\n", True, {"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _method_not_allowed  # noqa: N815

    def _respond(self, send_body: bool) -> None:
        request_path = urlsplit(self.path).path
        if request_path.endswith("/"):
            request_path += "index.html"  # a directory's page, as every web server serves it
        try:
            target = resolve_request_path(self.server.root, request_path)
        except UnicodeDecodeError:
            target = None
        if target is None and request_path == "/index.html":
            self._send_index(send_body)
            return
        if target is None:
            self._send_plain(HTTPStatus.NOT_FOUND, "not found\n", send_body)
            return
        try:
            # Bytes and mtime from one open file, under the publication's shared lock: a build
            # in progress finishes its set first, so a reader never gets half of a new set.
            with write.reading(self.server.root), target.open("rb") as handle:
                data = handle.read()
                mtime = os.fstat(handle.fileno()).st_mtime
        except OSError:
            self._send_plain(HTTPStatus.NOT_FOUND, "not found\n", send_body)
            return
        name = target.relative_to(self.server.root.resolve()).as_posix()
        rep = self.server.cache.get(name, data, mtime, self.server.manifest_type(name))
        use_gzip = parse_accept_encoding(self.headers.get("Accept-Encoding"))
        etag = rep.gzip_etag if use_gzip else rep.etag
        common = {
            "ETag": etag,
            "Last-Modified": http_date(rep.last_modified),
            "Vary": "Accept-Encoding",
            "Cache-Control": "no-cache",
        }
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if not_modified(rep, inm, ims):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for key, value in common.items():
                self.send_header(key, value)
            self._log(HTTPStatus.NOT_MODIFIED, 0, None)
            self.end_headers()
            return
        body = rep.gzipped if use_gzip else rep.data
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", rep.content_type)
        self.send_header("Content-Length", str(len(body)))
        if use_gzip:
            self.send_header("Content-Encoding", "gzip")
        for key, value in common.items():
            self.send_header(key, value)
        self._log(HTTPStatus.OK, len(body) if send_body else 0, "gzip" if use_gzip else None)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _send_index(self, send_body: bool) -> None:
        names = self.server.feed_names()
        items = "".join(f'<li><a href="/{html.escape(n)}">{html.escape(n)}</a></li>' for n in names)
        page = (
            '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>feedtool serve</title>'
            f"<h1>Feeds</h1><ul>{items or '<li>no feeds built yet</li>'}</ul></html>\n"
        )
        self._send_plain(HTTPStatus.OK, page, send_body, content_type="text/html; charset=utf-8")

    def _send_plain(
        self,
        status: HTTPStatus,
        text: str,
        send_body: bool,
        extra: dict[str, str] | None = None,
        content_type: str = "text/plain; charset=utf-8",
    ) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self._log(status, len(body) if send_body else 0, None)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _log(self, status: int, length: int, encoding: str | None) -> None:
        # Called before end_headers(): a client never sees a response that the log does not hold yet.
        self.server.log.add(
            LogRecord(
                method=self.command,
                path=self.path,
                status=int(status),
                length=length,
                encoding=encoding,
                if_none_match=self.headers.get("If-None-Match"),
                if_modified_since=self.headers.get("If-Modified-Since"),
            )
        )

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        pass  # the ServeLog is the log; the CLI decides what to print

    def on_refused_host(self, host: str) -> None:
        self.server.log.note(f"{self.client_address[0]}: refused a request for the host {host!r} (421): "
                             "not localhost or an IP address")


class FeedHTTPServer(BoundedHTTPServer):
    def __init__(self, root: Path, port: int = 0, host: str = HOST):
        self.root = Path(root)
        self.cache = RepresentationCache()
        self.log = ServeLog()
        self.host = host
        super().__init__((host, port), FeedRequestHandler, on_note=self.log.note)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, name: str = "") -> str:
        host = HOST if self.host in ("", "0.0.0.0") else "[::1]" if self.host == "::" else self.host  # noqa: S104
        host = f"[{host}]" if ":" in host and not host.startswith("[") else host
        return f"http://{host}:{self.port}/{name}"

    def feed_names(self) -> list[str]:
        """The feed documents of the publication (from its manifest), else the feed files in the directory."""
        try:
            documents = write.read_manifest(self.root)
        except FeedtoolError:
            documents = {}
        if documents:
            return sorted(path for path, entry in documents.items() if entry.kind != "subscribe-page")
        try:
            children = sorted(self.root.iterdir())
        except OSError:
            return []
        return [p.name for p in children if p.is_file() and not p.name.startswith(".") and p.suffix in (".xml", ".json")]

    def manifest_type(self, name: str) -> str | None:
        """The media type the build gave the document `name`, with its charset; None when not built by us."""
        try:
            entry = write.read_manifest(self.root).get(name)
        except FeedtoolError:
            return None
        if entry is None:
            return None
        return entry.media_type if "charset=" in entry.media_type else entry.media_type + "; charset=utf-8"


class BackgroundServer:
    """A FeedHTTPServer on its own thread; a context manager for tests and embedding."""

    def __init__(self, root: Path, port: int = 0):
        self.server = FeedHTTPServer(root, port)
        # A short poll interval makes shutdown() quick (it waits for the next poll).
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, name="feedtool-serve", daemon=True
        )

    def __enter__(self) -> FeedHTTPServer:
        self._thread.start()
        return self.server

    def __exit__(self, *exc_info) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)


def store_fingerprint(store: Path, ignore: Iterable[str] = ()) -> tuple:
    """A cheap summary of the store that changes whenever a file in it is added, removed or edited.

    `ignore` names files (by name) that do not count, such as the id guard's record,
    so that a rebuild that updates the record does not trigger another rebuild.
    """
    ignored = set(ignore)
    if store.is_file():
        st = store.stat()
        return ((store.name, st.st_mtime_ns, st.st_size),)
    items = []
    try:
        for path in sorted(store.rglob("*")):
            # Hidden files (editor swap files and the like) are not entries: no rebuild for them.
            if path.name in ignored or path.name.startswith(".") or not path.is_file():
                continue
            st = path.stat()
            items.append((path.relative_to(store).as_posix(), st.st_mtime_ns, st.st_size))
    except OSError:
        pass
    return tuple(items)


class StoreWatcher:
    """Polls the store and calls `rebuild` once per change (after the files settle)."""

    def __init__(
        self,
        store: Path,
        rebuild: Callable[[], None],
        interval: float = 0.5,
        ignore: Sequence[str] = (),
        on_error: Callable[[Exception], None] | None = None,
    ):
        self.store = store
        self.rebuild = rebuild
        self.on_error = on_error
        self.interval = interval
        self.ignore = tuple(ignore)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="feedtool-watch", daemon=True)
        self._last = store_fingerprint(store, self.ignore)
        self.rebuilds = 0

    def start(self) -> StoreWatcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def poll(self) -> bool:
        """Check once; rebuild and return True when the store changed since the last check."""
        current = store_fingerprint(self.store, self.ignore)
        if current == self._last:
            return False
        # An editor may still be writing: wait until two looks agree before building.
        time.sleep(min(self.interval, 0.2))
        settled = store_fingerprint(self.store, self.ignore)
        if settled != current:
            return False
        self._last = settled
        self.rebuilds += 1
        try:
            self.rebuild()
        except Exception as exc:  # noqa: BLE001 - a failed rebuild must not end the watch
            if self.on_error is None:
                raise
            self.on_error(exc)
        return True

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.poll()
