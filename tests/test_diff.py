"""`feedtool diff` on small fixture pairs, one behaviour each (tests/fixtures/diff/<case>/old.xml, new.xml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedtool import diff
from feedtool.cli import main
from feedtool.errors import InputError
from feedtool.serve import BackgroundServer

FIXTURES = Path(__file__).parent / "fixtures" / "diff"


def pair(case: str) -> diff.FeedDiff:
    return diff.diff_sources(str(FIXTURES / case / "old.xml"), str(FIXTURES / case / "new.xml"))


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return info.value.code, out, err


def test_identical_feeds_have_no_differences():
    result = pair("identical")
    assert result.counts() == {"new": 0, "updated": 0, "removed": 0, "id-change": 0, "unchanged": 2}
    assert not result.has("any")


def test_new_entry():
    result = pair("new-entry")
    assert [e.id for e in result.new_entries] == ["tag:zaken.example.nl,2012:blog/wmo"]
    assert result.new_entries[0].title == "De Wmo en zaakgericht werken"
    assert result.counts()["unchanged"] == 2 and not result.updated and not result.removed


def test_edited_entry_with_new_updated_notifies():
    result = pair("edited")
    [changed] = result.updated
    assert changed.id == "tag:zaken.example.nl,2012:blog/einde-van-de-wereld"
    assert changed.fields == ("title", "updated")
    assert changed.notifies and not changed.redated and not changed.site_moved
    assert not result.new_entries


def test_typo_fix_with_kept_dates_is_a_quiet_update():
    result = pair("typo-fix")
    [changed] = result.updated
    assert changed.fields == ("summary",)
    assert not changed.notifies
    assert "without notifying" in diff.to_text(result)


def test_redated_entry_is_flagged():
    result = pair("redated")
    [changed] = result.updated
    assert changed.fields == ("published",)  # RSS has no updated date: nothing else moved
    assert changed.redated
    assert "published date changed" in diff.to_text(result)


def test_removed_entry():
    result = pair("removed")
    assert [e.id for e in result.removed] == ["tag:zaken.example.nl,2012:blog/decentralisaties"]
    assert not result.new_entries and not result.id_changes


def test_domain_move_with_new_ids_is_a_suspected_id_change_for_every_entry():
    result = pair("domain-move-new-ids")
    assert len(result.id_changes) == 2
    for change in result.id_changes:
        assert change.old_id.startswith("tag:zaken.example.nl,2012:blog/")
        assert change.new_id.startswith("tag:www.zaken-nieuw.nl,2012:blog/")
        assert change.old_id.rsplit("/", 1)[1] == change.new_id.rsplit("/", 1)[1]
        assert "same link" in change.reasons
    # Paired entries are not also reported as new and removed.
    assert not result.new_entries and not result.removed
    assert ("id", "tag:zaken.example.nl,2012:blog", "tag:www.zaken-nieuw.nl,2012:blog") in result.feed_changes


def test_domain_move_with_pinned_ids_only_moves_links():
    result = pair("domain-move-same-ids")
    assert not result.id_changes and not result.new_entries and not result.removed
    assert [u.fields for u in result.updated] == [("link",), ("link",)]
    assert all(u.site_moved and not u.notifies for u in result.updated)
    assert "only the link moved with the site" in diff.to_text(result)
    assert [f for f, _, _ in result.feed_changes] == ["link"]


def test_renamed_slug_is_a_suspected_id_change_by_title_and_date():
    result = pair("renamed-slug")
    [change] = result.id_changes
    assert change.old_id == "tag:zaken.example.nl,2012:blog/decentralisaties"
    assert change.new_id == "tag:zaken.example.nl,2012:blog/decentralisaties-sociaal-domein"
    assert "same title and date" in change.reasons
    assert "same link" not in change.reasons


def test_json_report_is_deterministic_and_complete(capsys):
    code, out, _ = run(capsys, "diff", str(FIXTURES / "renamed-slug" / "old.xml"), str(FIXTURES / "renamed-slug" / "new.xml"), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["counts"]["id-change"] == 1
    assert data["id_changes"][0]["new_id"].endswith("decentralisaties-sociaal-domein")
    assert out == diff.to_json(pair("renamed-slug"))
    code, out2, _ = run(capsys, "diff", str(FIXTURES / "renamed-slug" / "old.xml"), str(FIXTURES / "renamed-slug" / "new.xml"), "--format", "json")
    assert out2 == out


def test_text_report_names_each_kind(capsys):
    code, out, _ = run(capsys, "diff", str(FIXTURES / "new-entry" / "old.xml"), str(FIXTURES / "new-entry" / "new.xml"))
    assert code == 0
    assert out.splitlines()[0].endswith("1 new, 0 updated, 0 removed, 0 suspected id changes, 2 unchanged")
    assert 'new:       tag:zaken.example.nl,2012:blog/wmo "De Wmo en zaakgericht werken"' in out


@pytest.mark.parametrize(
    ("case", "fail_on", "code"),
    [
        ("renamed-slug", "id-change", 1),
        ("renamed-slug", "new", 0),
        ("new-entry", "new", 1),
        ("new-entry", "any", 1),
        ("identical", "any", 0),
        ("removed", "removed", 1),
        ("typo-fix", "updated", 1),
    ],
)
def test_fail_on_sets_the_exit_code(capsys, case, fail_on, code):
    got, _, _ = run(capsys, "diff", str(FIXTURES / case / "old.xml"), str(FIXTURES / case / "new.xml"), "--fail-on", fail_on)
    assert got == code


def test_differences_alone_exit_0(capsys):
    code, _, _ = run(capsys, "diff", str(FIXTURES / "renamed-slug" / "old.xml"), str(FIXTURES / "renamed-slug" / "new.xml"))
    assert code == 0


@pytest.mark.parametrize(
    ("old", "message"),
    [
        ("not-a-feed/page.html", "not an Atom or RSS feed"),
        ("not-a-feed/broken.xml", "broken.xml:3:"),
        ("does-not-exist.xml", "no such file"),
    ],
)
def test_unreadable_input_is_exit_3_with_a_message(capsys, old, message):
    code, out, err = run(capsys, "diff", str(FIXTURES / old), str(FIXTURES / "identical" / "new.xml"))
    assert code == 3
    assert message in err
    assert "Traceback" not in err and out == ""


def test_feeds_over_http(tmp_path):
    (tmp_path / "old.xml").write_bytes((FIXTURES / "edited" / "old.xml").read_bytes())
    with BackgroundServer(tmp_path) as server:
        result = diff.diff_sources(server.url("old.xml"), str(FIXTURES / "edited" / "new.xml"))
        assert [u.fields for u in result.updated] == [("title", "updated")]
        with pytest.raises(InputError, match="404"):
            diff.read_source(server.url("gone.xml"))


def test_entries_without_ids_and_duplicate_ids_are_warned_about(tmp_path):
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://e.nl/</link>
    <description>d</description>
    <item><title>Een</title><link>https://e.nl/een/</link></item>
    <item><title>Twee</title><guid>x</guid></item><item><title>Drie</title><guid>x</guid></item>
    </channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(rss)
    result = diff.diff_sources(str(path), str(path))
    assert any("appears 2 times" in w for w in result.warnings)
    assert any("1 entries have no id" in w for w in result.warnings)


def test_dtd_entities_are_not_expanded(tmp_path):
    evil = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title><link>https://e.nl/</link><description>d</description></channel></rss>"""
    path = tmp_path / "evil.xml"
    path.write_text(evil)
    seen = diff.read_feed(path.read_bytes(), str(path))
    assert "a" * 100 not in (seen.title or "")


@pytest.mark.parametrize("fmt", ["atom.xml", "rss.xml"])
def test_diff_of_two_builds_reports_exactly_the_edit(tmp_path, fmt):
    from readers_support import EDIT_SLUG, build, edit_post, entry_id, write_store

    store = tmp_path / "entries"
    write_store(store)
    build(store, tmp_path / "before")
    edit_post(store)
    build(store, tmp_path / "after")
    result = diff.diff_sources(str(tmp_path / "before" / fmt), str(tmp_path / "after" / fmt))
    [changed] = result.updated
    assert changed.id == entry_id(EDIT_SLUG)
    assert "title" in changed.fields and "published" not in changed.fields
    assert changed.notifies is (fmt == "atom.xml")  # RSS has no updated date to move
    assert not result.new_entries and not result.removed and not result.id_changes


# --- JSON Feed, and whole publications ------------------------------------------------------


def test_json_feeds_are_read_as_a_json_feed_reader_reads_them():
    case = FIXTURES / "json-edited"
    result = diff.diff_sources(str(case / "old.json"), str(case / "new.json"))
    assert [e.id for e in result.new_entries] == ["tag:zaken.example.nl,2012:blog/jeugd"]
    assert [(u.id, u.fields, u.notifies) for u in result.updated] == [
        ("tag:zaken.example.nl,2012:blog/wmo", ("title", "updated"), True)]
    assert [e.id for e in result.removed] == ["tag:zaken.example.nl,2012:blog/ijsberg"]


def test_json_that_is_no_feed_and_broken_json_are_input_errors(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "site", "version": "1.0.0"}', encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"version": ', encoding="utf-8")
    old = str(FIXTURES / "json-edited" / "old.json")
    with pytest.raises(diff.NotAFeed, match="not a JSON Feed"):
        diff.diff_sources(old, str(tmp_path / "package.json"))
    with pytest.raises(InputError, match="broken.json:1:"):
        diff.diff_sources(old, str(tmp_path / "broken.json"))


def publish(store: Path, out: Path, *extra: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", "2013-06-01T12:00:00+02:00", "--quiet", *extra])
    assert info.value.code == 0


def test_two_publications_are_compared_feed_by_feed_with_feeds_that_are_new_or_gone(capsys, tmp_path):
    import shutil

    store = tmp_path / "store"
    shutil.copytree(Path(__file__).parent / "fixtures" / "build-store", store)
    publish(store, tmp_path / "old")
    tagged = store / "ijsselmeer-en-cafe.yaml"
    tagged.write_text(tagged.read_text(encoding="utf-8").replace("tags: [sociaal domein, Wmo]",
                                                                 "tags: [sociaal domein, jeugdzorg]"), encoding="utf-8")
    publish(store, tmp_path / "new")
    result = diff.diff_sources(str(tmp_path / "old"), str(tmp_path / "new"))
    assert isinstance(result, diff.PublicationDiff)
    assert result.added == ("tags/jeugdzorg/atom.xml", "tags/jeugdzorg/feed.json", "tags/jeugdzorg/rss.xml")
    assert result.removed == ("tags/wmo/atom.xml", "tags/wmo/feed.json", "tags/wmo/rss.xml")
    compared = dict(result.documents)
    assert "index.html" not in compared  # the page is no feed
    assert {path for path, d in compared.items() if d.updated} == {
        "atom.xml", "rss.xml", "feed.json", "tags/sociaal-domein/atom.xml", "tags/sociaal-domein/rss.xml",
        "tags/sociaal-domein/feed.json"}
    assert all(d.updated[0].fields == ("tags",) for d in compared.values() if d.updated)
    code, out, _ = run(capsys, "diff", str(tmp_path / "old"), str(tmp_path / "new"), "--fail-on", "removed")
    assert code == 1  # a feed that is gone counts as removed
    assert f"gone feed: tags/wmo/rss.xml: its subscribers get nothing more" in out
    assert "new feed:  tags/jeugdzorg/atom.xml" in out
    code, out, _ = run(capsys, "diff", str(tmp_path / "old"), str(tmp_path / "new"), "--format", "json")
    data = json.loads(out)
    assert data["removed_feeds"] == list(result.removed) and data["feeds"]["atom.xml"]["counts"]["updated"] == 1


def test_a_directory_against_a_file_is_an_input_error(capsys, tmp_path):
    code, _, err = run(capsys, "diff", str(tmp_path), str(FIXTURES / "identical" / "new.xml"))
    assert code == 3 and "is a directory and the other is not" in err
