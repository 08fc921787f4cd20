"""Getting the bytes to validate: files, directories, standard input and http(s) URLs.

Every read is bounded (`max_size`); nothing here raises for bad input. What went
wrong becomes a finding, and `Source.unreadable` says whether the input could not
be read at all (the CLI's exit code 3) rather than read and judged.
"""

from __future__ import annotations

import os
import re
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from feedtool import __version__
from feedtool.filekind import OPEN_FLAGS, not_regular
from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import Finding
from feedtool.validate.xml import DEFAULT_MAX_SIZE

if TYPE_CHECKING:  # the network modules (ssl, urllib.request: 20 ms) are imported by fetch_url, when a URL comes
    from email.message import Message

    from feedtool.download import AddressRefused, Download

FEED_SUFFIXES = (".xml", ".atom", ".rss", ".rdf", ".feed")
JSON_SUFFIXES = (".json",)  # below a directory: only the JSON files that are JSON Feeds by their content
FEED_MEDIA_TYPES = {
    "application/atom+xml",
    "application/rss+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
}
# Media types that say "XML", not "feed": readers (and browsers) sniff the first 512 bytes for these markers.
GENERIC_XML_TYPES = {"application/xml", "text/xml"}
_FEED_MARKERS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed)[\s>/]")
_RDF_MARKERS = (b"<rdf:RDF", b"http://www.w3.org/1999/02/22-rdf-syntax-ns#", b"http://purl.org/rss/1.0/")
SNIFF_BYTES = 512
DEFAULT_TIMEOUT = 30.0  # seconds: one deadline for the whole download (connect, headers, body, redirects)
USER_AGENT = f"feedtool/{__version__} (+https://pypi.org/project/feedtool/)"
_CHUNK = 64 * 1024
COMPRESS_ABOVE = 100 * 1024  # bytes; below this, compression hardly matters


@dataclass
class Source:
    """One input: its bytes (None when not read or refused) and what was learned getting them."""

    path: str
    data: bytes | None = None
    findings: list[Finding] = field(default_factory=list)
    unreadable: bool = False  # the input could not be read at all (missing file, HTTP error, no connection)
    http_charset: str | None = None
    base_url: str | None = None
    media_type: str | None = None  # the Content-Type's type/subtype, for URLs


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def expand(inputs: list[str], skipped: list[str] | None = None, *, max_size: int | None = DEFAULT_MAX_SIZE) -> Iterator[str]:
    """Inputs in the order given; a directory becomes every feed file below it, sorted.

    Symbolic links to directories are not followed (no loops); a directory without
    feed files is passed on as itself, so that reading it reports the problem. A *.json
    file below a directory counts only when its content is a JSON Feed: the others
    (package.json, a manifest) are appended to `skipped`.
    """
    from feedtool.validate.sniff import is_json_feed

    for name in inputs:
        if name == "-" or is_url(name) or not os.path.isdir(name):
            yield name
            continue
        found = []
        for top, dirs, files in os.walk(name, followlinks=False):
            dirs.sort()
            found.extend(os.path.join(top, f) for f in files if f.lower().endswith(FEED_SUFFIXES))
            for candidate in (os.path.join(top, f) for f in sorted(files) if f.lower().endswith(JSON_SUFFIXES)):
                source = read_path(candidate, max_size=max_size)  # a file that cannot be read counts: validating it says why
                if source.data is None or is_json_feed(source.data):
                    found.append(candidate)
                elif skipped is not None:
                    skipped.append(candidate)
        if found:
            yield from sorted(found)
        else:
            yield name


def read_path(path: str, *, max_size: int | None = DEFAULT_MAX_SIZE) -> Source:
    """Read a regular file, at most `max_size` bytes of it; anything else is refused before it is opened."""
    try:
        kind = not_regular(os.stat(path).st_mode)
        if kind == "a directory":
            return _unreadable(path, "NoFeedFiles", suffixes=", ".join("*" + s for s in FEED_SUFFIXES), path=path)
        if kind is not None:
            return _not_a_file(path, kind)
        fd = os.open(path, OPEN_FLAGS)
        with os.fdopen(fd, "rb", buffering=0) as handle:
            st = os.fstat(handle.fileno())
            kind = not_regular(st.st_mode)  # swapped for something else since the stat
            if kind is not None:
                return _not_a_file(path, kind)
            if max_size is not None and st.st_size > max_size:
                return Source(path, None, [_too_big(st.st_size, max_size)])
            data = _read_at_most(handle, max_size, st.st_size)
    except FileNotFoundError:
        return _unreadable(path, "IOError.missing", path=path)
    except PermissionError:
        return _unreadable(path, "IOError.permission", path=path)
    except OSError as exc:
        return _unreadable(path, "IOError", path=path, reason=str(exc.strerror or exc))
    if max_size is not None and len(data) > max_size:  # grew while we read
        return Source(path, None, [_too_big(len(data), max_size, at_least=True)])
    return Source(path, data)


def _not_a_file(path: str, kind: str) -> Source:
    return _unreadable(path, "IOError.not_a_file", path=path, kind=fragment(f"kind.{_KINDS.get(kind, 'other')}"))


# What filekind.not_regular names, as message fragments (declared in catalog/http.py).
_KINDS = {"a directory": "directory", "a named pipe (FIFO)": "fifo", "a socket": "socket",
          "a character device": "character_device", "a block device": "block_device"}


def _read_at_most(handle, max_size: int | None, expected: int) -> bytes:
    """Read in pieces, never asking for more than the file holds (a --max-size of 1T allocates nothing)."""
    parts, total = [], 0
    limit = max_size + 1 if max_size is not None else None
    while limit is None or total < limit:
        want = max(expected - total + 1, _CHUNK)
        chunk = handle.read(want if limit is None else min(want, limit - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def read_stream(stream, name: str = "-", *, max_size: int | None = DEFAULT_MAX_SIZE) -> Source:
    """Read standard input (or any binary stream), at most `max_size` bytes."""
    try:
        data = stream.read(max_size + 1 if max_size is not None else -1)
    except OSError as exc:
        return _unreadable(name, "IOError.stdin", reason=str(exc))
    if max_size is not None and len(data) > max_size:
        return Source(name, None, [_too_big(len(data), max_size, at_least=True)])
    return Source(name, data)


def _unreadable(path: str, id: str, /, **params) -> Source:
    return Source(path, None, [finding(id, **params)], unreadable=True)


def _too_big(size: int, max_size: int, *, at_least: bool = False, what: str = "file") -> Finding:
    """ValidatorLimit for an input over `max_size`: `what` is "file" (the document) or "download"."""
    if at_least:
        return finding(f"ValidatorLimit.{what}_at_least", limit=max_size)
    return finding(f"ValidatorLimit.{what}", line=1, size=size, limit=max_size)


def _redirects():
    """A handler that follows redirects (at most 10), only to http(s), and remembers them."""
    import urllib.error
    import urllib.request

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = 10

        def __init__(self) -> None:
            super().__init__()
            self.chain: list[tuple[int, str]] = []

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
                raise urllib.error.HTTPError(newurl, code, f"redirect to a non-HTTP URL refused: {newurl}", headers, fp)
            self.chain.append((code, newurl))
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return _Redirects()


def fetch_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_size: int | None = DEFAULT_MAX_SIZE,
    allow_private: bool = False,
) -> Source:
    """Download `url` (redirects followed, gzip/deflate decoded with a bounded decompressor).

    `timeout` is one deadline for the whole download (lookup, connect, headers, body, every
    redirect). Hosts at internal addresses are refused unless `url` itself names one or
    `allow_private` is set (see feedtool.download).
    """
    import ssl
    import urllib.error
    import urllib.request
    from http.client import HTTPException, InvalidURL

    from feedtool.download import AddressRefused, Download, names_internal_address

    download = Download(timeout, allow_private=allow_private or names_internal_address(url))
    redirects = _redirects()
    opener = download.opener([redirects])
    try:
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "application/atom+xml, application/rss+xml, application/feed+json, application/xml;q=0.9, "
                "application/json;q=0.9, text/xml;q=0.8, */*;q=0.1",
                "Accept-Encoding": "gzip, deflate",
            },
        )
        with opener.open(request, timeout=download.remaining()) as response:
            return _read_response(url, response, redirects.chain, download, max_size)
    except urllib.error.HTTPError as exc:
        reason = exc.reason if isinstance(exc.reason, str) else str(exc.reason)
        answer = {"status": exc.code, "reason": reason, "url": exc.filename or url}
        if looks_like_a_feed(_error_body(exc)):
            return _unreadable(url, "HttpErrorWithPossibleFeed", **answer)
        if _behind_cloudflare(exc.headers) and exc.code in (403, 429, 503):
            return _unreadable(url, "CloudflareHttpError", agent=USER_AGENT.split(" ")[0], **answer)
        return _unreadable(url, "HttpError", **answer)
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, AddressRefused):
            return _refused(url, exc.reason, redirects.chain)
        if isinstance(exc.reason, TimeoutError):
            return _timed_out(url, timeout)
        if isinstance(exc.reason, ssl.SSLError):
            return _unreadable(url, "HttpsProtocolError", url=url, reason=_reason(exc.reason))
        return _unreadable(url, "IOError.download", url=url, reason=_reason(exc.reason))
    except AddressRefused as exc:
        return _refused(url, exc, redirects.chain)
    except TimeoutError:
        return _timed_out(url, timeout)
    except InvalidURL as exc:
        return _unreadable(url, "IOError.download", url=url, reason=str(exc))
    except HTTPException as exc:
        return _unreadable(url, "HttpProtocolError", url=url, reason=f"{type(exc).__name__}: {exc}")
    except ssl.SSLError as exc:
        return _unreadable(url, "HttpsProtocolError.handshake", url=url, reason=str(exc))
    except (OSError, ValueError) as exc:
        return _unreadable(url, "IOError.download", url=url, reason=f"{type(exc).__name__}: {exc}")


def _timed_out(url: str, timeout: float) -> Source:
    return _unreadable(url, "IOError.no_answer", url=url, seconds=timeout)


def _refused(url: str, refused: AddressRefused, chain: list[tuple[int, str]]) -> Source:
    """Nothing was sent to the refused address, so the message holds only what the user and the public hops said."""
    shown = refused.host if refused.host == refused.address else f"{refused.host} ({refused.address})"
    if chain:
        found = finding("PrivateAddressRefused.redirect", url=url, target=chain[-1][1], host=shown, kind=refused.kind)
    else:
        found = finding("PrivateAddressRefused", url=url, host=shown, kind=refused.kind)
    return Source(url, None, [found], unreadable=True)


def _behind_cloudflare(headers) -> bool:
    if headers is None:
        return False
    return bool(headers.get("CF-RAY")) or (headers.get("Server") or "").lower().startswith("cloudflare")


def _error_body(exc: urllib.error.HTTPError) -> bytes:
    """The start of an error response's body (bounded, never raises)."""
    try:
        return exc.read(SNIFF_BYTES) or b""
    except Exception:  # noqa: BLE001 - a broken error body is just no body
        return b""


def looks_like_a_feed(head: bytes) -> bool:
    """Whether the first bytes carry the markers readers and browsers sniff a feed by."""
    head = head[:SNIFF_BYTES]
    return bool(_FEED_MARKERS.search(head)) or all(marker in head for marker in _RDF_MARKERS)


def _reason(reason) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    return getattr(reason, "strerror", None) or str(reason)


def _read_response(url, response, chain, download: Download, max_size: int | None) -> Source:
    headers: Message = response.headers
    source = Source(url, base_url=response.geturl())
    findings = source.findings
    for code, target in chain:
        findings.append(finding("Redirected" if code in (301, 308) else "Redirected.temporary", status=code, target=target))
    media_type = headers.get_content_type() if headers.get("Content-Type") else None
    source.media_type = media_type
    source.http_charset = headers.get_param("charset") if headers.get("Content-Type") else None
    defects = [type(defect).__name__ for defect in getattr(headers, "defects", [])]
    if defects:
        findings.append(finding("HttpProtocolError.headers", defects=", ".join(sorted(set(defects)))))
    if media_type is None:
        findings.append(finding("UnexpectedContentType.none"))
    elif media_type not in FEED_MEDIA_TYPES:
        findings.append(finding("UnexpectedContentType", media_type=media_type))
    length = headers.get("Content-Length")
    if max_size is not None and length and length.isdigit() and int(length) > max_size:
        source.findings.append(_too_big(int(length), max_size, what="download"))
        return source
    raw, complete = _read_bounded(response, max_size)
    if not complete:
        source.findings.append(_too_big(0, max_size, at_least=True, what="download"))
        return source
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        data, problem = _decompress(raw, encoding, max_size)
        if problem is not None:
            source.findings.append(problem)
            source.unreadable = problem.code == "IOError"
            return source
        raw = data
    elif encoding != "identity":
        return _unreadable(url, "IOError.content_encoding", encoding=encoding)
    if media_type in GENERIC_XML_TYPES and not looks_like_a_feed(raw):
        findings.append(finding("NonSpecificMediaType", media_type=media_type, limit=SNIFF_BYTES))
    if not headers.get("ETag") and not headers.get("Last-Modified"):
        findings.append(finding("NoCacheValidators"))
    if encoding == "identity" and len(raw) > COMPRESS_ABOVE:
        findings.append(finding("NotCompressed", size=len(raw)))
    response_params = {"status": response.status, "media_type": headers.get("Content-Type") or fragment("none"), "size": len(raw)}
    if encoding != "identity":
        findings.append(finding("HttpResponse.compressed", encoding=encoding, **response_params))
    else:
        findings.append(finding("HttpResponse", **response_params))
    source.data = raw
    return source


def _read_bounded(response, max_size: int | None) -> tuple[bytes, bool]:
    """(bytes, complete): stops beyond `max_size` bytes; past the deadline a read raises TimeoutError."""
    parts, total = [], 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(parts), True
        parts.append(chunk)
        total += len(chunk)
        if max_size is not None and total > max_size:
            return b"".join(parts), False


def _decompress(raw: bytes, encoding: str, max_size: int | None) -> tuple[bytes | None, Finding | None]:
    """Decode gzip/deflate without ever holding more than `max_size` decoded bytes (no gzip bombs)."""
    wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    limit = max_size if max_size is not None else 0
    try:
        decoder = zlib.decompressobj(wbits)
        out = decoder.decompress(raw, limit + 1 if limit else 0)
        if limit and (len(out) > limit or decoder.unconsumed_tail):
            return None, finding("ValidatorLimit.bomb", encoding=encoding, size=len(raw), limit=max_size)
        out += decoder.flush()
        if limit and len(out) > limit:
            return None, finding("ValidatorLimit.expands", encoding=encoding, limit=max_size)
    except zlib.error as exc:
        if encoding == "deflate":  # some servers send raw deflate without the zlib header
            try:
                return _decompress_raw_deflate(raw, max_size)
            except zlib.error:
                pass
        return None, finding("IOError.compressed", encoding=encoding, reason=str(exc))
    return out, None


def _decompress_raw_deflate(raw: bytes, max_size: int | None) -> tuple[bytes | None, Finding | None]:
    decoder = zlib.decompressobj(-zlib.MAX_WBITS)
    out = decoder.decompress(raw, (max_size + 1) if max_size else 0)
    if max_size and (len(out) > max_size or decoder.unconsumed_tail):
        return None, finding("ValidatorLimit.expands", encoding="deflate", limit=max_size)
    return out, None
