"""RFC 5005 archives (feedtool/build/archive.py): the chain of archive documents behind the main feed."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest

from feedtool.build import BuildOptions, build_feed
from feedtool.cli import main
from feedtool.store import load_store

NOW = datetime(2030, 1, 1, tzinfo=timezone.utc)
SITE = "https://www.example.nl/"
FIRST = datetime(2012, 1, 1, 10, tzinfo=timezone.utc)


def write_store(store: Path, posts: int, *, limit: int = 10, archive: str = "5", start: int = 0) -> None:
    store.mkdir(parents=True, exist_ok=True)
    (store / "_feed.yaml").write_text(
        f"title: Archieftest\nlink: {SITE}\nid: tag:www.example.nl,2012:blog\n"
        f"author: {{name: Rens Meijkamp, email: rens@example.nl}}\nlimit: {limit}\narchive: {archive}\n"
        "tag_feeds: false\nsubscribe_page: false\n", encoding="utf-8")
    for i in range(start, posts):
        (store / f"bericht-{i:04}.yaml").write_text(
            f"title: Bericht {i}\npublished: {(FIRST + timedelta(days=i)).isoformat()}\nsummary: Over {i}.\n",
            encoding="utf-8")


def documents(store: Path) -> dict[str, bytes]:
    publication = build_feed(load_store(store).feed, BuildOptions(NOW))
    return {d.path: d.data for d in publication.documents}


def entry_id(i: int) -> str:
    return f"tag:www.example.nl,2012:blog/bericht-{i:04}"


def walk(docs: dict[str, bytes], start: str, follow) -> list[list[str]]:
    """The entry ids of each document met walking from `start` (a path) along `follow(document) -> path`."""
    seen, pages, path = set(), [], start
    while path is not None:
        assert path not in seen, f"the chain loops back to {path}"
        seen.add(path)
        ids, path = follow(docs[path])
        pages.append(ids)
    return pages


def by_prev_archive(data: bytes) -> tuple[list[str], str | None]:
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    older = next((l.href for l in parsed.feed.links if l.rel == "prev-archive"), None)
    return [e.id for e in parsed.entries], older.removeprefix(SITE) if older else None


def by_next_url(data: bytes) -> tuple[list[str], str | None]:
    document = json.loads(data)
    older = document.get("next_url")
    return [item["id"] for item in document["items"]], older.removeprefix(SITE) if older else None


@pytest.mark.slow
@pytest.mark.parametrize(("start", "follow"), [("atom.xml", by_prev_archive), ("rss.xml", by_prev_archive),
                                                ("feed.json", by_next_url)], ids=["atom", "rss", "jsonfeed"])
def test_walking_the_chain_of_500_posts_finds_every_post_once(tmp_path, start, follow):
    store = tmp_path / "entries"
    write_store(store, 500, limit=20, archive="20")
    docs = documents(store)
    pages = walk(docs, start, follow)
    found = [i for page in pages for i in page]
    assert len(found) == len(set(found)) == 500  # every post, none twice
    assert set(found) == {entry_id(i) for i in range(500)}
    # The subscription feed, then 24 full pages of 20 newest first, then page 1 with the oldest.
    assert [len(page) for page in pages] == [20, 0] + [20] * 24
    assert pages[-1] == [entry_id(i) for i in range(19, -1, -1)]


def test_each_archive_page_links_current_its_neighbours_and_says_fh_archive(tmp_path):
    store = tmp_path / "entries"
    write_store(store, 27)  # limit 10, pages of 5: 17 older posts -> 5 + 5 + 5 + 2, and one empty page
    docs = documents(store)
    assert sorted(p for p in docs if p.startswith("archive/") and p.endswith("atom.xml")) == [
        f"archive/{n}/atom.xml" for n in range(1, 6)]
    for fmt, media_type in (("atom.xml", "application/atom+xml"), ("rss.xml", "application/rss+xml")):
        parsed = feedparser.parse(docs[f"archive/2/{fmt}"])
        links = {l.rel: l.href for l in parsed.feed.links if l.rel != "alternate"}
        assert links == {"self": f"{SITE}archive/2/{fmt}", "current": f"{SITE}{fmt}",
                         "prev-archive": f"{SITE}archive/1/{fmt}", "next-archive": f"{SITE}archive/3/{fmt}"}
        assert "fh_archive" in parsed.feed
        first = {l.rel for l in feedparser.parse(docs[f"archive/1/{fmt}"]).feed.links}
        assert "prev-archive" not in first and "next-archive" in first
        main_links = {l.rel: l.href for l in feedparser.parse(docs[fmt]).feed.links}
        assert main_links["prev-archive"] == f"{SITE}archive/5/{fmt}"
        assert "fh_archive" not in feedparser.parse(docs[fmt]).feed
        assert f'type="{media_type}"'.encode() in docs[f"archive/2/{fmt}"]
    assert json.loads(docs["archive/1/feed.json"]).get("next_url") is None
    # The page no post has reached yet: no entries, dated by the newest post before it.
    empty = feedparser.parse(docs["archive/5/atom.xml"])
    assert empty.entries == [] and empty.feed.updated == (FIRST + timedelta(days=16)).astimezone(
        timezone(timedelta(hours=1))).isoformat()


def test_a_new_post_leaves_every_full_page_byte_identical(tmp_path):
    store = tmp_path / "entries"
    write_store(store, 47)  # 37 older posts: pages 1-7 full, page 8 holds 2, page 9 is empty
    before = documents(store)
    for new in range(47, 56):  # nine new posts, one at a time, over two page boundaries
        write_store(store, new + 1, start=new)
        after = documents(store)
        full = [p for p in before if p.startswith("archive/") and _entries(before[p]) == 5]
        assert full, "no full page to compare"
        for path in full:
            assert after[path] == before[path], f"{path} changed when post {new} was published"
        before = after
    assert sorted({p.split("/")[1] for p in before if p.startswith("archive/")}, key=int) == [
        str(n) for n in range(1, 12)]  # 46 older posts: 9 full pages, page 10 holds 1, page 11 is empty


def _entries(data: bytes) -> int:
    return len(feedparser.parse(data).entries)


def test_an_edited_post_changes_only_the_page_that_holds_it(tmp_path):
    store = tmp_path / "entries"
    write_store(store, 27)
    before = documents(store)
    post = store / "bericht-0007.yaml"  # the oldest posts are 0-4 on page 1: 7 is on page 2
    post.write_text(post.read_text(encoding="utf-8").replace("summary: Over 7.", "summary: Over zeven.")
                    + "updated: 2013-05-01T10:00:00+02:00\n", encoding="utf-8")
    after = documents(store)
    assert sorted(p for p in before if before[p] != after[p]) == [
        "archive/2/atom.xml", "archive/2/feed.json", "archive/2/rss.xml"]


def test_archive_false_switches_archives_off(tmp_path):
    store = tmp_path / "entries"
    write_store(store, 27, archive="false")
    docs = documents(store)
    assert not [p for p in docs if p.startswith("archive/")]
    assert b"prev-archive" not in docs["atom.xml"] and b"next_url" not in docs["feed.json"]
    assert _entries(docs["atom.xml"]) == 10


def test_no_archives_while_every_post_fits_in_the_feed(tmp_path):
    store = tmp_path / "entries"
    write_store(store, 10)
    assert sorted(documents(store)) == ["atom.xml", "feed.json", "rss.xml"]


def test_the_archive_documents_are_written_and_removed_with_the_publication(tmp_path, capsys):
    store, out = tmp_path / "entries", tmp_path / "public"
    write_store(store, 27)
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW.isoformat()])
    assert info.value.code == 0
    assert f"{out / 'archive/2/atom.xml'}: written (5 entries)" in capsys.readouterr().out
    (store / "_feed.yaml").write_text((store / "_feed.yaml").read_text(encoding="utf-8")
                                      .replace("archive: 5", "archive: false"), encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW.isoformat()])
    assert info.value.code == 0
    assert f"{out / 'archive/2/atom.xml'}: removed" in capsys.readouterr().out
    assert not (out / "archive").exists()


# --- a real reader -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["atom.xml", "rss.xml", "feed.json"])
def test_lemon24s_reader_reads_every_archive_document(tmp_path, name, capsys):
    reader_lib = pytest.importorskip("reader", reason="lemon24's reader is a test dependency: pip install -e '.[test]'")
    from feedtool.serve import BackgroundServer

    store, out = tmp_path / "entries", tmp_path / "public"
    write_store(store, 27)
    with pytest.raises(SystemExit):
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW.isoformat(), "--quiet"])
    expected = {"": list(range(26, 16, -1)), "archive/1/": [4, 3, 2, 1, 0], "archive/2/": [9, 8, 7, 6, 5],
                "archive/4/": [16, 15], "archive/5/": []}
    with BackgroundServer(out) as server:
        client = reader_lib.make_reader(str(tmp_path / "reader.sqlite"))
        for path in expected:
            client.add_feed(server.url(path + name))
        results = list(client.update_feeds_iter(scheduled=False))
        assert [r.error for r in results if r.error] == []
        for path, posts in expected.items():
            url = server.url(path + name)
            got = sorted(client.get_entries(feed=url), key=lambda e: e.published, reverse=True)
            assert [e.id for e in got] == [entry_id(i) for i in posts], path
            assert [e.title for e in got] == [f"Bericht {i}" for i in posts]
