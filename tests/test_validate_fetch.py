"""URL mode against a local HTTP server on 127.0.0.1: status, Content-Type, redirects, gzip, bombs, size."""

import gzip
import http.server
import json
import time
import zlib
from pathlib import Path

import pytest

from feedtool.validate.engine import validate_bytes
from feedtool.validate.fetch import fetch_url
from validate_support import invoke, run_measured, serve_locally

CORE = Path(__file__).parent / "fixtures" / "validate" / "core"
FEED = (CORE / "valid-rss.xml").read_bytes()
MB = 1024 * 1024


def _bomb(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * MB
    return b"".join(compressor.compress(block) for _ in range(size // MB)) + compressor.flush()


BOMB = _bomb(100 * MB)  # about 100 KB on the wire, 100 MB when decoded

ROUTES = {
    "/feed.xml": (200, {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": '"v1"'}, FEED),
    "/big-plain": (200, {"Content-Type": "application/rss+xml"}, FEED.replace(b"<item>", b"<!--" + b" " * 200_000 + b"--><item>")),
    "/as-html": (200, {"Content-Type": "text/html"}, FEED),
    "/latin1-charset": (200, {"Content-Type": "application/rss+xml; charset=iso-8859-1"}, FEED),
    "/gzip": (200, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}, gzip.compress(FEED)),
    "/bad-gzip": (200, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}, b"not gzip at all"),
    "/bomb": (200, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}, BOMB),
    "/moved": (301, {"Location": "/feed.xml"}, b""),
    "/found": (302, {"Location": "/feed.xml"}, b""),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
    "/atom-as-rss": (200, {"Content-Type": "application/rss+xml"}, (CORE / "valid-atom.xml").read_bytes()),
    "/as-xml": (200, {"Content-Type": "application/xml"}, FEED),
    "/as-xml-late-root": (200, {"Content-Type": "application/xml"}, FEED.replace(b"<rss", b"<!--" + b" " * 600 + b"-->\n<rss", 1)),
    "/missing-but-feed": (404, {"Content-Type": "application/rss+xml"}, FEED),
    "/cloudflare": (403, {"Content-Type": "text/html", "Server": "cloudflare", "CF-RAY": "8a1b2c3d4e5f-AMS"}, b"<html>blocked</html>"),
    "/gone": (410, {"Content-Type": "text/plain"}, b"gone"),
    "/error": (500, {"Content-Type": "text/plain"}, b"oops"),
}

RAW = {  # responses that are not valid HTTP
    "/header-with-space": b"HTTP/1.0 200 OK\r\nContent-Type: application/rss+xml\r\nLast Modified: Mon, 01 Jan 2024 00:00:00 GMT\r\n\r\n" + FEED,
    "/bad-status-line": b"HTCPCP/1.0 418 teapot\r\n\r\n",
}


class Handler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        Handler.requests.append(self.path)
        if self.path == "/slow":
            time.sleep(2)
        if self.path in RAW:
            self.wfile.write(RAW[self.path])
            return
        if self.path == "/unbounded":  # no Content-Length: streams more than any small limit
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b" " * 65536)
            except OSError:
                pass
            return
        status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    yield from serve_locally(Handler)


def codes(source):
    return {f.code: f for f in source.findings}


def test_a_feed_served_well(server):
    source = fetch_url(server + "/feed.xml")
    assert source.data == FEED and not source.unreadable
    assert "200" in codes(source)["HttpResponse"].text()
    assert "UnexpectedContentType" not in codes(source)
    result = invoke("--format", "json", server + "/feed.xml")
    assert result.exit_code == 0
    assert json.loads(result.output)["files"][0]["format"] == "rss"


def unexpected_content_type(url: str) -> dict:
    """The UnexpectedContentType finding of validating `url` (which must still pass: it is a warning)."""
    result = invoke("--format", "json", url)
    assert result.exit_code == 0
    found = {f["code"]: f for f in json.loads(result.output)["files"][0]["findings"]}
    assert found["UnexpectedContentType"]["severity"] == "warning"
    return found["UnexpectedContentType"]


def test_wrong_content_type_is_a_warning(server):
    assert "text/html" in unexpected_content_type(server + "/as-html")["message"]


def test_http_charset_against_the_document(server):
    result = invoke("--format", "json", server + "/latin1-charset")
    found = {f["code"] for f in json.loads(result.output)["files"][0]["findings"]}
    assert "EncodingMismatch" in found


@pytest.mark.parametrize("path, status", [("/gone", 410), ("/error", 500), ("/nothing-here", 404)])
def test_http_errors_cannot_be_read(server, path, status):
    result = invoke(server + path)
    assert result.exit_code == 3
    assert f"HTTP {status}" in result.output and "[HttpError]" in result.output


def test_permanent_redirect_is_followed_and_reported(server):
    source = fetch_url(server + "/moved")
    assert source.data == FEED
    assert codes(source)["Redirected"].severity == "warning"
    assert source.base_url.endswith("/feed.xml")
    assert codes(fetch_url(server + "/found"))["Redirected"].severity == "info"


def test_redirect_to_a_local_file_is_refused(server):
    source = fetch_url(server + "/to-file")
    assert source.unreadable and source.data is None
    assert "root:" not in json.dumps([f.text() for f in source.findings])


def test_gzip_is_decoded(server):
    source = fetch_url(server + "/gzip")
    assert source.data == FEED
    assert "gzip" in codes(source)["HttpResponse"].text()


def test_broken_gzip_cannot_be_read(server):
    result = invoke(server + "/bad-gzip")
    assert result.exit_code == 3
    assert "[IOError]" in result.output


def test_gzip_bomb_is_refused_with_bounded_memory(server):
    source = fetch_url(server + "/bomb", max_size=10 * MB)
    assert source.data is None
    assert codes(source)["ValidatorLimit"].severity == "error"
    assert "expands beyond" in codes(source)["ValidatorLimit"].text()


def test_oversize_by_content_length_and_by_stream(server):
    source = fetch_url(server + "/feed.xml", max_size=100)
    assert source.data is None and "ValidatorLimit" in codes(source)
    source = fetch_url(server + "/unbounded", max_size=MB)
    assert source.data is None and "ValidatorLimit" in codes(source)


def test_timeout_cannot_be_read(server):
    started = time.monotonic()
    result = invoke("--timeout", "0.5", server + "/slow")
    assert result.exit_code == 3
    assert "[IOError]" in result.output
    assert time.monotonic() - started < 2.5


def test_nothing_listening_cannot_be_read():
    result = invoke("http://127.0.0.1:9/feed.xml")
    assert result.exit_code == 3
    assert "[IOError]" in result.output


def test_external_entity_pointing_at_our_server_is_never_fetched(server):
    doc = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "' + server + '/secret">]>\n'
        '<rss version="2.0"><channel><title>&secret;</title></channel></rss>'
    ).encode()
    before = list(Handler.requests)
    report = validate_bytes(doc)
    assert "ContainsSystemEntity" in {f.code for f in report.findings}
    time.sleep(0.1)
    assert Handler.requests == before


@pytest.mark.parametrize("url", ["https://[::1", "http://", "http://exa mple.org/feed.xml", "http://127.0.0.1:99999/"])
def test_malformed_urls_cannot_be_read(url):
    result = invoke("--timeout", "2", url)
    assert result.exit_code == 3
    assert "[IOError]" in result.output


def test_external_dtd_on_our_server_is_never_fetched_by_any_layer(server):
    doc = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "' + server + '/evil.dtd">\n'
        '<rss version="2.0"><channel><title>t</title><link>https://example.org/</link><description>d</description>'
        "<item><title>a</title></item></channel></rss>"
    ).encode()
    before = list(Handler.requests)
    report = validate_bytes(doc)  # the reader's view (feedparser) runs on this one too
    assert "ExternalDTD" in {f.code for f in report.findings}
    time.sleep(0.1)
    assert Handler.requests == before


def test_cache_validators_and_compression_are_noted(server):
    assert not {"NoCacheValidators", "NotCompressed"} & set(codes(fetch_url(server + "/feed.xml")))
    found = codes(fetch_url(server + "/big-plain"))
    assert found["NoCacheValidators"].severity == "info"
    assert found["NotCompressed"].severity == "info"
    assert "NotCompressed" not in codes(fetch_url(server + "/gzip"))


def test_gzip_bomb_with_the_default_limit_stays_within_bounded_memory(server):
    code, out, seconds, peak = run_measured("validate", server + "/bomb")
    assert code == 1
    assert "[ValidatorLimit]" in out and "expands beyond" in out
    assert seconds < 20
    assert peak < 250 * MB  # the 50 MB limit plus the interpreter, never the 100 MB the bomb expands to


def test_feed_served_as_another_formats_media_type(server):
    assert "application/atom+xml" in unexpected_content_type(server + "/atom-as-rss")["message"]
    assert "UnexpectedContentType" not in codes(fetch_url(server + "/feed.xml"))


def test_generic_xml_type_needs_the_feed_markers_early(server):
    assert "NonSpecificMediaType" not in codes(fetch_url(server + "/as-xml"))
    late = codes(fetch_url(server + "/as-xml-late-root"))
    assert late["NonSpecificMediaType"].severity == "warning"
    assert "NonSpecificMediaType" not in codes(fetch_url(server + "/feed.xml"))  # a feed type needs no sniffing


def test_http_error_with_a_feed_body_says_so(server):
    result = invoke(server + "/missing-but-feed")
    assert result.exit_code == 3
    assert "[HttpErrorWithPossibleFeed]" in result.output and "HTTP 404" in result.output


def test_malformed_header_is_a_protocol_error_but_the_feed_is_still_checked(server):
    source = fetch_url(server + "/header-with-space")
    assert source.data is not None and not source.unreadable
    assert codes(source)["HttpProtocolError"].severity == "error"
    result = invoke(server + "/header-with-space")
    assert result.exit_code == 1 and "[HttpProtocolError]" in result.output


def test_invalid_status_line_cannot_be_read(server):
    source = fetch_url(server + "/bad-status-line")
    assert source.unreadable and "HttpProtocolError" in codes(source)


def test_https_handshake_failure_is_an_https_protocol_error(server):
    source = fetch_url(server.replace("http://", "https://") + "/feed.xml", timeout=5)
    assert source.unreadable
    assert "HttpsProtocolError" in codes(source)


def test_cloudflare_block_is_named(server):
    result = invoke(server + "/cloudflare")
    assert result.exit_code == 3
    assert "[CloudflareHttpError]" in result.output and "User-Agent feedtool/" in result.output
