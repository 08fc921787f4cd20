"""Real feed readers we did not write subscribe to our feeds over HTTP.

lemon24's `reader` (PyPI) and newsboat (Debian) poll the feeds that `feedtool build`
made from a small store, served by feedtool's own server on 127.0.0.1. Each must
get every entry right, bring no duplicates on the next poll (and get 304 for it),
and show an edited entry as updated, not as a new one. Atom, RSS and JSON Feed (reader; newsboat
reads no JSON Feed), and the feeds of a tag, which must carry the main feed's ids.
"""

from __future__ import annotations

import html
import os
import shutil
import sqlite3
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from feedtool.serve import BackgroundServer
from readers_support import (
    AUTHOR,
    EDIT_SLUG,
    FEED,
    EDITED_TITLE,
    EDITED_UPDATED,
    POSTS,
    build,
    edit_post,
    entry_id,
    entry_link,
    moment,
    write_store,
)

XML_FORMATS = ["atom.xml", "rss.xml"]  # newsboat reads these; it has no JSON Feed support
FORMATS = [*XML_FORMATS, "feed.json"]
TAG_FEEDS = [f"tags/sociaal-domein/{name}" for name in FORMATS]


@pytest.fixture
def site(tmp_path: Path):
    store, out = tmp_path / "entries", tmp_path / "public"
    write_store(store)
    build(store, out)
    with BackgroundServer(out) as server:
        yield store, out, server


# --- lemon24's reader -----------------------------------------------------------------------

def subscribe(tmp_path: Path, url: str):
    # Skips only the reader tests (not newsboat's) where the test dependency is missing.
    reader_lib = pytest.importorskip("reader", reason="lemon24's reader is a test dependency: pip install -e '.[test]'")
    client = reader_lib.make_reader(str(tmp_path / "reader.sqlite"))
    client.add_feed(url)
    return client


def update(client) -> list:
    # scheduled=False: poll now, whatever reader's own schedule says.
    return [r.value for r in client.update_feeds_iter(scheduled=False)]


def html_content(entry) -> str | None:
    return next((c.value for c in entry.content if c.type in ("text/html", "html")), None)


@pytest.mark.parametrize("fmt", FORMATS)
def test_reader_gets_every_entry_right(tmp_path, site, fmt):
    _, _, server = site
    client = subscribe(tmp_path, server.url(fmt))
    [result] = update(client)
    assert result.new == len(POSTS) and result.modified == 0
    entries = {e.id: e for e in client.get_entries()}
    assert set(entries) == {entry_id(slug) for slug in POSTS}
    feed = client.get_feed(server.url(fmt))
    for slug, post in POSTS.items():
        entry = entries[entry_id(slug)]
        assert entry.title == post["title"]
        assert entry.link == entry_link(slug)
        assert entry.published == moment(post["published"])
        if fmt != "rss.xml":
            assert entry.updated == moment(post.get("updated", post["published"]))
        # RSS <description> is HTML: the plain-text summary arrives HTML-escaped, as it should.
        summary = html.unescape(entry.summary) if fmt == "rss.xml" else entry.summary
        assert summary == post["summary"]
        assert html_content(entry) == post["content"]
        # Atom: the feed's author, inherited (reader does not pass it down itself). RSS: reader
        # names an <author>email (Name)</author> by its e-mail address (see docs/subscribers.md).
        assert (entry.authors_str or feed.authors_str) in (AUTHOR["name"], AUTHOR["email"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_reader_second_update_is_304_without_duplicates(tmp_path, site, fmt):
    _, _, server = site
    client = subscribe(tmp_path, server.url(fmt))
    update(client)
    assert update(client) == [None]  # reader's way of saying "not modified"
    assert len(list(client.get_entries())) == len(POSTS)
    statuses = server.log.statuses("/" + fmt)
    assert statuses == [200, 304]
    second = server.log.snapshot()[-1]
    assert second.if_none_match  # reader sent the validator it was given


@pytest.mark.parametrize("fmt", FORMATS)
def test_reader_shows_an_edited_entry_as_updated_not_new(tmp_path, site, fmt):
    store, out, server = site
    client = subscribe(tmp_path, server.url(fmt))
    update(client)
    for entry in client.get_entries():
        client.mark_entry_as_read(entry)
    seen = {e.id: e.last_updated for e in client.get_entries()}
    edit_post(store)
    build(store, out)
    [result] = update(client)
    assert (result.new, result.modified) == (0, 1)
    entries = {e.id: e for e in client.get_entries()}
    assert len(entries) == len(POSTS)
    assert all(e.read for e in entries.values())  # not new, not unread again
    # Only the edited entry was touched.
    assert [i for i, e in entries.items() if e.last_updated != seen[i]] == [entry_id(EDIT_SLUG)]
    edited = client.get_entry((server.url(fmt), entry_id(EDIT_SLUG)))
    assert edited.title == EDITED_TITLE
    assert edited.published == moment(POSTS[EDIT_SLUG]["published"])
    if fmt != "rss.xml":
        assert edited.updated == moment(EDITED_UPDATED)
    assert server.log.statuses("/" + fmt) == [200, 200]


@pytest.mark.parametrize("path", TAG_FEEDS)
def test_reader_reads_a_tag_feed_with_the_main_feeds_ids(tmp_path, site, path):
    _, _, server = site
    client = subscribe(tmp_path, server.url(path))
    [result] = update(client)
    tagged = [slug for slug, post in POSTS.items() if "sociaal domein" in post.get("tags", [])]
    assert result.new == len(tagged)
    assert {e.id: e.title for e in client.get_entries()} == {entry_id(s): POSTS[s]["title"] for s in tagged}
    assert client.get_feed(server.url(path)).title == f"{FEED['title']}: sociaal domein"


# --- newsboat ----------------------------------------------------------------------------------

NEWSBOAT = shutil.which("newsboat")
needs_newsboat = pytest.mark.skipif(
    NEWSBOAT is None,
    reason="newsboat is not installed (apt-get install newsboat; .ci/run installs it): its reader tests skip",
)


class Newsboat:
    """newsboat driven without a terminal: `-x reload`, then its SQLite cache is read.

    One cache per feed: newsboat de-duplicates by guid across all the feeds of one
    cache, and our Atom and RSS feeds rightly share their ids.
    """

    def __init__(self, home: Path, url: str):
        self.home = home
        home.mkdir()
        (home / "config").write_text("")
        (home / "urls").write_text(url + "\n")
        self.cache = home / "cache.db"
        self.env = {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "TERM": "dumb",
        }

    def reload(self) -> None:
        done = subprocess.run(
            [NEWSBOAT, "-u", str(self.home / "urls"), "-c", str(self.cache), "-C", str(self.home / "config"), "-x", "reload"],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, f"newsboat failed: {done.stdout}{done.stderr}"

    def items(self) -> dict[str, dict]:
        with sqlite3.connect(self.cache) as db:
            db.row_factory = sqlite3.Row
            rows = db.execute("SELECT guid, title, url, pubDate, author, content, unread FROM rss_item").fetchall()
        return {row["guid"]: dict(row) for row in rows}

    def mark_all_read(self) -> None:
        with sqlite3.connect(self.cache) as db:
            db.execute("UPDATE rss_item SET unread = 0")


def newsboat_subscribed(tmp_path: Path, server, fmt: str) -> Newsboat:
    """A fresh newsboat cache subscribed to one feed, after its first reload."""
    newsboat = Newsboat(tmp_path / "nb", server.url(fmt))
    newsboat.reload()
    return newsboat


@needs_newsboat
@pytest.mark.parametrize("fmt", XML_FORMATS)
def test_newsboat_shows_each_entry_author(tmp_path, site, fmt):
    newsboat = newsboat_subscribed(tmp_path, site[2], fmt)
    assert {item["author"] for item in newsboat.items().values()} == {AUTHOR["name"]}


@needs_newsboat
@pytest.mark.parametrize("fmt", XML_FORMATS)
def test_newsboat_gets_every_entry_right(tmp_path, site, fmt):
    newsboat = newsboat_subscribed(tmp_path, site[2], fmt)
    items = newsboat.items()
    assert set(items) == {entry_id(slug) for slug in POSTS}
    for slug, post in POSTS.items():
        item = items[entry_id(slug)]
        assert item["title"] == post["title"]
        assert item["url"] == entry_link(slug)
        assert item["pubDate"] == int(moment(post["published"]).timestamp())
        assert item["content"] == post["content"]


@needs_newsboat
@pytest.mark.parametrize("fmt", XML_FORMATS)
def test_newsboat_polls_bring_no_duplicates_and_get_304(tmp_path, site, fmt):
    server = site[2]
    newsboat = newsboat_subscribed(tmp_path, server, fmt)
    for _ in range(2):
        newsboat.reload()
    assert len(newsboat.items()) == len(POSTS)
    # newsboat keeps no validators from its very first fetch, so its second poll is a full
    # GET; from the third on it asks conditionally (see docs/subscribers.md).
    assert server.log.statuses("/" + fmt) == [200, 200, 304]
    assert server.log.snapshot()[-1].if_none_match


@needs_newsboat
@pytest.mark.parametrize("fmt", XML_FORMATS)
def test_newsboat_shows_an_edited_entry_in_place(tmp_path, site, fmt):
    store, out, _ = site
    newsboat = newsboat_subscribed(tmp_path, site[2], fmt)
    newsboat.mark_all_read()
    before = newsboat.items()
    edit_post(store)
    build(store, out)
    newsboat.reload()
    after = newsboat.items()
    assert set(after) == set(before)  # the same items: nothing new
    assert not any(item["unread"] for item in after.values())  # and none unread again
    edited = after[entry_id(EDIT_SLUG)]
    assert edited["title"] == EDITED_TITLE
    assert edited["pubDate"] == before[entry_id(EDIT_SLUG)]["pubDate"]


@needs_newsboat
def test_newsboat_subscribed_to_both_feeds_shows_each_post_once(tmp_path, site):
    # newsboat de-duplicates by guid across a whole cache: harmless only because our Atom
    # and RSS feeds give every post the same id.
    server = site[2]
    newsboat = Newsboat(tmp_path / "nb", server.url("atom.xml"))
    (newsboat.home / "urls").write_text(server.url("atom.xml") + "\n" + server.url("rss.xml") + "\n")
    newsboat.reload()
    assert set(newsboat.items()) == {entry_id(slug) for slug in POSTS}


@needs_newsboat
@pytest.mark.parametrize("path", [p for p in TAG_FEEDS if p.endswith(".xml")])
def test_newsboat_reads_a_tag_feed_with_the_main_feeds_ids(tmp_path, site, path):
    newsboat = newsboat_subscribed(tmp_path, site[2], path)
    tagged = [slug for slug, post in POSTS.items() if "sociaal domein" in post.get("tags", [])]
    assert {guid: item["title"] for guid, item in newsboat.items().items()} == {
        entry_id(s): POSTS[s]["title"] for s in tagged}


def test_an_unchanged_rebuild_keeps_etag_and_last_modified_across_server_restarts(site):
    store, out, server = site
    first = {}
    for fmt in FORMATS:
        with urllib.request.urlopen(server.url(fmt), timeout=10) as response:
            first[fmt] = (response.headers["ETag"], response.headers["Last-Modified"])
    build(store, out)
    with BackgroundServer(out) as restarted:
        for fmt in FORMATS:
            request = urllib.request.Request(restarted.url(fmt), headers={"If-None-Match": first[fmt][0]})
            with pytest.raises(urllib.error.HTTPError) as info:
                urllib.request.urlopen(request, timeout=10)
            assert info.value.code == 304
            assert (info.value.headers["ETag"], info.value.headers["Last-Modified"]) == first[fmt]
