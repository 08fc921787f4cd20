"""Hubs, attachments and archives together, as a podcast has them: golden files and what readers read.

The store is tests/fixtures/podcast-store (limit 2, pages of 2, two hubs, a file of the store
attached twice, a PDF, an Ogg file elsewhere); every document it gives is pinned in
tests/golden/podcast/ (FEEDTOOL_UPDATE_GOLDEN=1 rewrites them).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import feedparser
import pytest

from feedtool.cli import main

HERE = Path(__file__).parent
STORE = HERE / "fixtures" / "podcast-store"
GOLDEN = HERE / "golden" / "podcast"
UPDATE_GOLDEN = os.environ.get("FEEDTOOL_UPDATE_GOLDEN") == "1"
NOW = "2013-06-01T12:00:00+02:00"
SITE = "https://podcast.example.nl/"
HUBS = ["https://pubsubhubbub.appspot.com/", "https://websub.example.nl/hub"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("podcast")
    store, out = tmp / "store", tmp / "public"
    shutil.copytree(STORE, store)
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW, "--quiet"])
    assert info.value.code == 0
    return out


def listing(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if p.is_file() and not p.name.startswith(".feedtool-cache"))  # the rebuild cache is no document


def test_golden_files(built):
    files = listing(built)
    assert files == [
        ".feedtool-manifest.json",
        "archive/1/atom.xml", "archive/1/feed.json", "archive/1/rss.xml",
        "archive/2/atom.xml", "archive/2/feed.json", "archive/2/rss.xml",
        "archive/3/atom.xml", "archive/3/feed.json", "archive/3/rss.xml",
        "atom.xml", "feed.json",
        "media/aflevering-1.mp3", "media/notitie.pdf",  # published at the path they have in the store
        "rss.xml",
    ]
    for name in files:
        golden = GOLDEN / name.replace("/", "--")
        if UPDATE_GOLDEN:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_bytes((built / name).read_bytes())
        assert (built / name).read_bytes() == golden.read_bytes(), (
            f"{name} differs from {golden}; if the change is intended, rerun with FEEDTOOL_UPDATE_GOLDEN=1")


def test_attached_files_are_the_store_files_with_the_manifests_media_type(built):
    assert (built / "media" / "aflevering-1.mp3").read_bytes() == (STORE / "media" / "aflevering-1.mp3").read_bytes()
    manifest = json.loads((built / ".feedtool-manifest.json").read_text(encoding="utf-8"))["documents"]
    assert manifest["media/aflevering-1.mp3"]["media_type"] == "audio/mpeg"
    assert manifest["media/notitie.pdf"] == {**manifest["media/notitie.pdf"], "media_type": "application/pdf",
                                             "kind": "attachment"}


@pytest.mark.parametrize("name", ["atom.xml", "rss.xml"])
def test_hubs_are_linked_from_every_xml_feed(built, name):
    for path in ("", "archive/1/", "archive/3/"):
        parsed = feedparser.parse((built / path / name).read_bytes())
        assert [l.href for l in parsed.feed.links if l.rel == "hub"] == HUBS
        assert next(l.href for l in parsed.feed.links if l.rel == "self") == f"{SITE}{path}{name}"


def test_json_feed_hubs_and_attachments(built):
    document = json.loads((built / "feed.json").read_text(encoding="utf-8"))
    assert document["hubs"] == [{"type": "WebSub", "url": hub} for hub in HUBS]
    assert document["next_url"] == f"{SITE}archive/3/feed.json"
    newest = document["items"][0]
    assert newest["attachments"] == [
        {"url": f"{SITE}media/aflevering-1.mp3", "mime_type": "audio/mpeg", "title": "Aflevering 5 (mp3, hergebruikt)",
         "size_in_bytes": 51},
        {"url": f"{SITE}media/notitie.pdf", "mime_type": "application/pdf", "size_in_bytes": 30},
        {"url": "https://cdn.example.nl/aflevering-5.ogg", "mime_type": "audio/ogg", "title": "Aflevering 5 (Ogg Vorbis)",
         "size_in_bytes": 987654},
    ]


def test_atom_carries_every_attachment_and_rss_the_first(built):
    atom = feedparser.parse((built / "atom.xml").read_bytes()).entries[0]
    rss = feedparser.parse((built / "rss.xml").read_bytes()).entries[0]
    assert [(e.href, e.type, e.length) for e in atom.enclosures] == [
        (f"{SITE}media/aflevering-1.mp3", "audio/mpeg", "51"), (f"{SITE}media/notitie.pdf", "application/pdf", "30"),
        ("https://cdn.example.nl/aflevering-5.ogg", "audio/ogg", "987654")]
    assert [(e.href, e.type, e.length) for e in rss.enclosures] == [(f"{SITE}media/aflevering-1.mp3", "audio/mpeg", "51")]
    oldest = feedparser.parse((built / "archive" / "1" / "rss.xml").read_bytes()).entries[-1]
    assert oldest.title == "Aflevering 1" and oldest.enclosures[0].href == f"{SITE}media/aflevering-1.mp3"


def test_rss_keeping_one_attachment_is_a_warning_naming_the_post(tmp_path, capsys):
    store = tmp_path / "store"
    shutil.copytree(STORE, store)
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(tmp_path / "public"), "--now", NOW, "--quiet"])
    assert info.value.code == 0
    [warning] = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert "aflevering-5.yaml: warning: [attachments] the entry has 3 attachments, but RSS carries one" in warning


def test_a_missing_attachment_fails_the_build_and_writes_nothing(tmp_path, capsys):
    store, out = tmp_path / "store", tmp_path / "public"
    shutil.copytree(STORE, store)
    (store / "media" / "notitie.pdf").unlink()
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW])
    assert info.value.code == 3
    assert "aflevering-5.yaml:7: error: [attachments[1].url] the attachment file media/notitie.pdf does not exist" \
        in capsys.readouterr().err
    assert not out.exists()
