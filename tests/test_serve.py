"""The preview server: media types, validators, 304s, gzip, HEAD, and no way out of its directory."""

from __future__ import annotations

import gzip
import http.client
import os
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from feedtool.serve import (
    ATOM_TYPE,
    RSS_TYPE,
    BackgroundServer,
    RepresentationCache,
    StoreWatcher,
    etag_for,
    parse_accept_encoding,
    resolve_request_path,
)

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl-NL"><id>tag:example.nl,2012:blog</id>
<title>Zaken</title><updated>2012-12-21T10:00:00+01:00</updated></feed>
"""
RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Zaken</title><link>https://example.nl/</link>
<description>Blog</description></channel></rss>
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    out = tmp_path / "public"
    out.mkdir()
    (out / "atom.xml").write_bytes(ATOM)
    (out / "rss.xml").write_bytes(RSS)
    # A feed under another name is typed by its content, not its name.
    (out / "nieuws.xml").write_bytes(RSS)
    (tmp_path / "secret.txt").write_text("geheim")
    (out / ".hidden.xml").write_bytes(ATOM)
    return out


@pytest.fixture
def server(site: Path):
    with BackgroundServer(site, port=0) as srv:
        yield srv


def request(server, path: str, method: str = "GET", headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        # skip_accept_encoding: http.client would otherwise add "Accept-Encoding: identity" itself.
        conn.putrequest(method, path, skip_accept_encoding=True)
        for key, value in (headers or {}).items():
            conn.putheader(key, value)
        conn.endheaders()
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


def test_port_zero_binds_a_free_port_on_loopback(server):
    assert server.port > 0
    assert server.server_address[0] == "127.0.0.1"
    assert server.url("atom.xml") == f"http://127.0.0.1:{server.port}/atom.xml"


@pytest.mark.parametrize(
    ("path", "content_type", "data"),
    [("/atom.xml", ATOM_TYPE, ATOM), ("/rss.xml", RSS_TYPE, RSS), ("/nieuws.xml", RSS_TYPE, RSS)],
)
def test_feeds_are_served_with_their_media_type_and_validators(server, path, content_type, data):
    status, headers, body = request(server, path)
    assert status == 200
    assert body == data
    assert headers["content-type"] == content_type
    assert headers["content-length"] == str(len(data))
    assert headers["etag"] == etag_for(data)
    assert headers["vary"] == "Accept-Encoding"
    assert parsedate_to_datetime(headers["last-modified"]).tzinfo is not None


def test_etag_is_strong_and_differs_between_feeds(server):
    _, atom_headers, _ = request(server, "/atom.xml")
    _, rss_headers, _ = request(server, "/rss.xml")
    assert not atom_headers["etag"].startswith("W/")
    assert atom_headers["etag"] != rss_headers["etag"]


def test_if_none_match_gets_304_without_body(server):
    _, headers, _ = request(server, "/atom.xml")
    status, headers2, body = request(server, "/atom.xml", headers={"If-None-Match": headers["etag"]})
    assert status == 304
    assert body == b""
    assert headers2["etag"] == headers["etag"]
    assert server.log.statuses("/atom.xml") == [200, 304]


def test_if_none_match_with_list_and_weak_tag(server):
    _, headers, _ = request(server, "/rss.xml")
    status, _, _ = request(server, "/rss.xml", headers={"If-None-Match": f'"other", W/{headers["etag"]}'})
    assert status == 304
    status, _, body = request(server, "/rss.xml", headers={"If-None-Match": '"other"'})
    assert status == 200 and body == RSS


def test_if_modified_since(server):
    _, headers, _ = request(server, "/atom.xml")
    status, _, _ = request(server, "/atom.xml", headers={"If-Modified-Since": headers["last-modified"]})
    assert status == 304
    status, _, body = request(server, "/atom.xml", headers={"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"})
    assert status == 200 and body == ATOM
    status, _, _ = request(server, "/atom.xml", headers={"If-Modified-Since": "gisteren"})
    assert status == 200


def test_if_none_match_wins_over_if_modified_since(server):
    _, headers, _ = request(server, "/atom.xml")
    status, _, _ = request(
        server, "/atom.xml", headers={"If-None-Match": '"stale"', "If-Modified-Since": headers["last-modified"]}
    )
    assert status == 200


def test_rewriting_identical_bytes_keeps_the_validators(server, site):
    _, first, _ = request(server, "/atom.xml")
    later = time.time() + 120
    (site / "atom.xml").write_bytes(ATOM)
    os.utime(site / "atom.xml", (later, later))
    status, second, _ = request(server, "/atom.xml", headers={"If-None-Match": first["etag"]})
    assert status == 304
    assert second["last-modified"] == first["last-modified"]
    assert second["etag"] == first["etag"]


def test_changed_bytes_change_both_validators(server, site):
    _, first, _ = request(server, "/atom.xml")
    changed = ATOM.replace(b"Zaken", b"Zaken en meer")
    (site / "atom.xml").write_bytes(changed)
    # Same mtime second as before: Last-Modified must still move, or If-Modified-Since would hide the change.
    mtime = parsedate_to_datetime(first["last-modified"]).timestamp()
    os.utime(site / "atom.xml", (mtime, mtime))
    status, second, body = request(
        server, "/atom.xml", headers={"If-None-Match": first["etag"]}
    )
    assert status == 200 and body == changed
    assert second["etag"] != first["etag"]
    assert parsedate_to_datetime(second["last-modified"]) > parsedate_to_datetime(first["last-modified"])
    status, _, _ = request(server, "/atom.xml", headers={"If-Modified-Since": first["last-modified"]})
    assert status == 200


def test_gzip_when_asked(server):
    status, headers, body = request(server, "/atom.xml", headers={"Accept-Encoding": "br, gzip;q=0.8"})
    assert status == 200
    assert headers["content-encoding"] == "gzip"
    assert headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(body) == ATOM
    assert headers["content-length"] == str(len(body))
    # A different content coding is a different representation: a different strong ETag.
    _, plain, _ = request(server, "/atom.xml")
    assert "content-encoding" not in plain
    assert headers["etag"] != plain["etag"]
    # Either tag revalidates, so a client that switches coding still gets 304.
    status, _, _ = request(server, "/atom.xml", headers={"If-None-Match": plain["etag"], "Accept-Encoding": "gzip"})
    assert status == 304
    assert [r.encoding for r in server.log.snapshot()][:2] == ["gzip", None]


def test_gzip_is_deterministic(server):
    _, _, first = request(server, "/rss.xml", headers={"Accept-Encoding": "gzip"})
    _, _, second = request(server, "/rss.xml", headers={"Accept-Encoding": "gzip"})
    assert first == second


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, False),
        ("", False),
        ("gzip", True),
        ("GZIP", True),
        ("deflate, gzip;q=0.5", True),
        ("gzip;q=0", False),
        ("identity", False),
        ("*", True),
        ("*;q=0", False),
        ("gzip;q=0, *", False),
        ("x-gzip", True),
        ("gzip;q=abc", False),
    ],
)
def test_accept_encoding(header, expected):
    assert parse_accept_encoding(header) is expected


def test_head_sends_headers_without_body(server):
    status, headers, body = request(server, "/rss.xml", method="HEAD")
    assert status == 200
    assert body == b""
    assert headers["content-length"] == str(len(RSS))
    assert headers["content-type"] == RSS_TYPE
    assert headers["etag"] == etag_for(RSS)


@pytest.mark.parametrize(
    "path",
    [
        "/nope.xml",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/public/../../secret.txt",
        "/..%5csecret.txt",
        "/.hidden.xml",
        "/atom.xml%00.txt",
        "//etc/passwd",
        "/%ff.xml",
    ],
)
def test_anything_outside_the_feeds_is_404(server, path):
    status, _, body = request(server, path)
    assert status == 404
    assert b"geheim" not in body and b"root:" not in body


def test_symlink_out_of_the_directory_is_refused(site, tmp_path):
    (site / "link.xml").symlink_to(tmp_path / "secret.txt")
    assert resolve_request_path(site, "/link.xml") is None
    assert resolve_request_path(site, "/atom.xml") == (site / "atom.xml").resolve()


def test_other_methods_are_refused(server):
    status, headers, _ = request(server, "/atom.xml", method="POST")
    assert status == 405
    assert headers["allow"] == "GET, HEAD"


def test_index_lists_the_feeds(server):
    status, headers, body = request(server, "/")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    for name in (b"atom.xml", b"rss.xml", b"nieuws.xml"):
        assert b'href="/' + name + b'"' in body
    assert b".hidden" not in body


def test_cache_last_modified_follows_content_not_mtime():
    cache = RepresentationCache()
    first = cache.get("atom.xml", ATOM, 1_000_000.9)
    assert first.last_modified == 1_000_000
    assert cache.get("atom.xml", ATOM, 2_000_000.0) is first
    second = cache.get("atom.xml", RSS, 500.0)  # a clock that went back still moves forward
    assert second.last_modified == 1_000_001


def test_watcher_rebuilds_once_per_change_and_ignores_the_record(tmp_path):
    store = tmp_path / "entries"
    store.mkdir()
    (store / "a.yaml").write_text("title: A\n")
    calls = []
    watcher = StoreWatcher(store, lambda: calls.append(1), interval=0.01, ignore=["_published.json"])
    assert watcher.poll() is False
    (store / "_published.json").write_text("{}")
    (store / ".a.yaml.swp").write_text("editor")
    assert watcher.poll() is False
    (store / "b.yaml").write_text("title: B\n")
    assert watcher.poll() is True
    assert watcher.poll() is False
    (store / "a.yaml").unlink()
    assert watcher.poll() is True
    assert len(calls) == 2


def test_watcher_reports_a_failed_rebuild_and_keeps_going(tmp_path):
    store = tmp_path / "store.yaml"
    store.write_text("feed: {}\n")
    errors = []

    def broken():
        raise ValueError("kapot")

    watcher = StoreWatcher(store, broken, interval=0.01, on_error=errors.append)
    store.write_text("feed: {title: x}\n")
    os.utime(store, (time.time() + 5, time.time() + 5))
    assert watcher.poll() is True
    assert [str(e) for e in errors] == ["kapot"]


# --- a publication: its page at /, its media types from the manifest ------------------------


def test_a_publication_is_served_with_its_page_at_the_root_and_the_manifests_media_types(tmp_path):
    from feedtool.build import write
    from feedtool.publication import Document

    out = tmp_path / "public"
    page = b"<!DOCTYPE html>\n<html lang=\"nl\"><title>Abonneren</title></html>\n"
    write.commit(out, [Document("atom.xml", ATOM, "application/atom+xml", "atom"),
                       Document("feed.json", b'{"version": "https://jsonfeed.org/version/1.1", "items": []}\n',
                                "application/feed+json", "jsonfeed"),
                       Document("tags/wmo/rss.xml", RSS, "application/rss+xml", "rss"),
                       Document("index.html", page, "text/html; charset=utf-8", "subscribe-page")])
    with BackgroundServer(out, port=0) as srv:
        assert srv.feed_names() == ["atom.xml", "feed.json", "tags/wmo/rss.xml"]
        for path, expected_type, body in (("/", "text/html; charset=utf-8", page),
                                          ("/feed.json", "application/feed+json; charset=utf-8", None),
                                          ("/tags/wmo/rss.xml", "application/rss+xml; charset=utf-8", RSS),
                                          ("/tags/wmo/", None, None)):
            conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
            conn.request("GET", path)
            response = conn.getresponse()
            data = response.read()
            conn.close()
            if expected_type is None:
                assert response.status == 404  # a folder without an index.html
                continue
            assert response.status == 200 and response.getheader("Content-Type") == expected_type, path
            if body is not None:
                assert data == body
