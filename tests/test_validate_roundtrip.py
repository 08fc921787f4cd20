"""`validate --store`: a feed compared with the store's publication, the main feed or a tag's, by its self link."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

from feedtool.build import BuildOptions, build
from feedtool.validate.engine import validate_bytes
from feedtool.validate.roundtrip import store_check

NOW = datetime(2013, 6, 1, tzinfo=timezone.utc)


def built(tmp_path):
    store = tmp_path / "store"
    shutil.copytree(Path(__file__).parent / "fixtures" / "build-store", store)
    return store, build(store, BuildOptions(NOW))


def mismatches(report) -> list[str]:
    return [f.text() for f in report.findings if f.code == "StoreMismatch"]


def test_a_feed_as_built_has_no_mismatch_and_an_edited_one_names_entry_and_field(tmp_path):
    store, publication = built(tmp_path)
    check = store_check(store, now=NOW)
    assert mismatches(validate_bytes(publication.document("atom.xml").data, path="atom.xml", extra_checks=[check])) == []
    edited = publication.document("rss.xml").data.replace(b"<title>Zomerse gedachten</title>",
                                                          b"<title>Winterse gedachten</title>")
    report = validate_bytes(edited, path="rss.xml", extra_checks=[check])
    assert mismatches(report) == [
        f"the feed does not read back as the store {store}: tag:example.nl,2012:blog/zomer: title: "
        "expected 'Zomerse gedachten', got 'Winterse gedachten' (rebuild the feed with `feedtool build`)"]
    assert not report.valid


def test_a_tag_feed_is_compared_with_its_own_channel(tmp_path):
    store, publication = built(tmp_path)
    check = store_check(store, now=NOW)
    tag_feeds = [d for d in publication.documents if d.path.startswith("tags/") and d.kind == "atom"]
    assert tag_feeds, "the fixture store has tags"
    for document in tag_feeds:
        assert mismatches(validate_bytes(document.data, path=document.path, extra_checks=[check])) == []
    # The main feed's bytes under a tag feed's self link: every entry the tag lacks is a difference.
    main = publication.document("atom.xml").data.replace(b'href="https://www.example.nl/atom.xml"',
                                                         f'href="https://www.example.nl/{tag_feeds[0].path}"'.encode())
    assert mismatches(validate_bytes(main, path="x.xml", extra_checks=[check]))


def test_a_json_feed_is_compared_too(tmp_path):
    store, publication = built(tmp_path)
    check = store_check(store, now=NOW)
    for path in ("feed.json", "tags/wmo/feed.json"):
        report = validate_bytes(publication.document(path).data, path=path, extra_checks=[check])
        assert report.format == "jsonfeed" and mismatches(report) == [], [f.text() for f in report.findings]
    edited = publication.document("feed.json").data.replace(b'"title": "Zomerse gedachten"',
                                                            b'"title": "Winterse gedachten"')
    report = validate_bytes(edited, path="feed.json", extra_checks=[check])
    assert any("title: expected 'Zomerse gedachten', got 'Winterse gedachten'" in m for m in mismatches(report))
