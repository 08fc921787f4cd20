"""The id guard inside `feedtool build`: the record it keeps in the store, its refusals, --accept-changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from feedtool.cli import main
from readers_support import FEED, FEED_ID, NOW, POSTS, SITE, build, entry_id, write_store


def run_build(capsys, store: Path, out: Path, *extra: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW, *extra])
    captured = capsys.readouterr()
    return info.value.code, captured.err


def snapshot(*dirs: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p): (p.read_bytes(), p.stat().st_mtime_ns) for d in dirs for p in sorted(d.rglob("*")) if p.is_file()
    }


def rename_post(store: Path, old: str, new: str) -> None:
    (store / f"{old}.yaml").rename(store / f"{new}.yaml")


def set_feed(store: Path, **changes) -> None:
    feed = {**FEED, **changes}
    feed = {k: v for k, v in feed.items() if v is not None}
    (store / "_feed.yaml").write_text(yaml.safe_dump(feed, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def published(tmp_path: Path) -> tuple[Path, Path]:
    store, out = tmp_path / "entries", tmp_path / "public"
    write_store(store)
    build(store, out)
    return store, out


def record(store: Path) -> dict:
    return json.loads((store / "_published.json").read_text(encoding="utf-8"))


def test_first_build_writes_the_record_in_the_store(published):
    store, _ = published
    data = record(store)
    assert set(data["entries"]) == {entry_id(slug) for slug in POSTS}
    assert data["site"] == SITE
    post = data["entries"][entry_id("de-ijsberg")]
    assert post["link"] == f"{SITE}de-ijsberg/"
    assert post["published"] == POSTS["de-ijsberg"]["published"]


def test_unchanged_rebuild_leaves_the_record_untouched(capsys, published):
    store, out = published
    before = snapshot(store)
    code, _ = run_build(capsys, store, out)
    assert code == 0
    assert snapshot(store) == before


def test_same_store_gives_the_same_record(tmp_path, published):
    store, _ = published
    other_store, other_out = tmp_path / "again", tmp_path / "again-out"
    write_store(other_store)
    build(other_store, other_out)
    assert (other_store / "_published.json").read_bytes() == (store / "_published.json").read_bytes()


def test_renamed_post_is_refused_and_nothing_is_written(capsys, published):
    store, out = published
    rename_post(store, "de-ijsberg", "ijsberg")
    before = snapshot(store, out)
    code, err = run_build(capsys, store, out)
    assert code == 6
    assert "nothing was written" in err
    assert f"{store / 'ijsberg.yaml'}: error: [id]" in err
    assert entry_id("de-ijsberg") in err and entry_id("ijsberg") in err
    assert f'id: {entry_id("de-ijsberg")}' in err  # the fix, spelled out
    assert "Traceback" not in err
    assert snapshot(store, out) == before


def test_a_refusal_in_dutch_keeps_file_field_ids_and_exit_code(capsys, published):
    store, out = published
    rename_post(store, "de-ijsberg", "ijsberg")
    before = snapshot(store, out)
    code, err = run_build(capsys, store, out, "--lang", "nl")
    assert code == 6
    assert (f"build geweigerd: door deze wijzigingen zouden feedlezers oude berichten opnieuw als nieuw tonen "
            f"({store / '_published.json'}); er is niets geschreven") in err
    assert f"{store / 'ijsberg.yaml'}: error: [id] bericht " in err
    assert f"zou onder de nieuwe id {entry_id('ijsberg')} verschijnen, maar het lijkt op {entry_id('de-ijsberg')}" in err
    assert "dezelfde titel en datum" in err
    assert f'(tip: houd de oude id: zet "id: {entry_id("de-ijsberg")}" in het bericht;' in err
    assert "(hint: " not in err and "refused" not in err
    assert snapshot(store, out) == before


def test_keeping_the_old_id_fixes_a_rename(capsys, published):
    store, out = published
    rename_post(store, "de-ijsberg", "ijsberg")
    post = dict(POSTS["de-ijsberg"], id=entry_id("de-ijsberg"))
    (store / "ijsberg.yaml").write_text(yaml.safe_dump(post, allow_unicode=True), encoding="utf-8")
    code, err = run_build(capsys, store, out)
    assert code == 0, err


def test_changed_published_date_is_refused(capsys, published):
    store, out = published
    post = dict(POSTS["de-ijsberg"], published="2012-11-23T10:00:00+01:00")
    (store / "de-ijsberg.yaml").write_text(yaml.safe_dump(post, allow_unicode=True), encoding="utf-8")
    before = snapshot(store, out)
    code, err = run_build(capsys, store, out)
    assert code == 6
    assert "[published]" in err and "2012-11-22T10:00:00+01:00" in err
    assert snapshot(store, out) == before


def test_accept_changes_lets_it_through_once(capsys, published):
    store, out = published
    rename_post(store, "de-ijsberg", "ijsberg")
    code, err = run_build(capsys, store, out, "--accept-changes")
    assert code == 0
    assert "accepted:" in err
    entries = record(store)["entries"]
    assert entry_id("ijsberg") in entries and entry_id("de-ijsberg") not in entries
    assert entry_id("ijsberg") in (out / "atom.xml").read_text(encoding="utf-8")
    code, _ = run_build(capsys, store, out)
    assert code == 0


def test_accepted_changes_are_noted_in_dutch(capsys, published):
    store, out = published
    rename_post(store, "de-ijsberg", "ijsberg")
    code, err = run_build(capsys, store, out, "--accept-changes", "--lang", "nl")
    assert code == 0
    assert f"aanvaard: bericht " in err and f"zou onder de nieuwe id {entry_id('ijsberg')} verschijnen" in err


def test_domain_move_with_a_pinned_feed_id_passes(capsys, published):
    store, out = published
    set_feed(store, link="https://zaken.voorbeeld.nl/")
    code, err = run_build(capsys, store, out)
    assert code == 0, err
    assert "site moved" in err
    data = record(store)
    assert data["site"] == "https://zaken.voorbeeld.nl/"
    assert data["entries"][entry_id("de-ijsberg")]["link"] == "https://zaken.voorbeeld.nl/de-ijsberg/"
    assert set(data["entries"]) == {entry_id(slug) for slug in POSTS}  # the ids did not move


def test_domain_move_with_a_derived_feed_id_is_refused_naming_the_id_to_pin(capsys, tmp_path):
    store, out = tmp_path / "entries", tmp_path / "public"
    write_store(store)
    set_feed(store, id=None)
    build(store, out)
    old_ids = set(record(store)["entries"])
    feeds = record(store)["feeds"]
    assert "" in feeds and len(feeds) > 1  # the main feed and its tag feeds
    set_feed(store, id=None, link="https://www.nieuw-domein.nl/")
    code, err = run_build(capsys, store, out)
    assert code == 6
    assert err.count(": error: [id]") == len(POSTS) + len(feeds)  # every post, and every feed subscribed to
    old_feed_id = next(iter(old_ids)).rsplit("/", 1)[0]
    assert f"id: {old_feed_id}" in err
    # Pinning the old feed id, as the message says, makes the move pass.
    set_feed(store, id=old_feed_id, link="https://www.nieuw-domein.nl/")
    code, err = run_build(capsys, store, out)
    assert code == 0, err
    assert set(record(store)["entries"]) == old_ids


def test_preview_builds_do_not_update_the_record(capsys, published):
    store, out = published
    post = dict(POSTS["de-ijsberg"], title="Concept", published="2012-12-30T10:00:00+01:00", draft=True)
    (store / "concept.yaml").write_text(yaml.safe_dump(post, allow_unicode=True), encoding="utf-8")
    before = snapshot(store)
    code, err = run_build(capsys, store, tmp_out := out.parent / "preview", "--drafts")
    assert code == 0, err
    assert "not updated" in err
    assert snapshot(store) == before
    assert "Concept" in (tmp_out / "atom.xml").read_text(encoding="utf-8")


def test_broken_record_is_exit_3_naming_the_file(capsys, published):
    store, out = published
    (store / "_published.json").write_text('{"version": 1, "entries": {', encoding="utf-8")
    before = snapshot(store, out)
    code, err = run_build(capsys, store, out)
    assert code == 3
    assert f"{store / '_published.json'}:1:" in err
    assert snapshot(store, out) == before


def test_one_file_store_keeps_its_record_beside_it(capsys, tmp_path):
    store = tmp_path / "blog.yaml"
    entries = [dict(post, slug=slug) for slug, post in POSTS.items()]
    store.write_text(yaml.safe_dump({"feed": FEED, "entries": entries}, allow_unicode=True), encoding="utf-8")
    code, err = run_build(capsys, store, tmp_path / "public")
    assert code == 0, err
    saved = json.loads((tmp_path / "blog.published.json").read_text(encoding="utf-8"))
    assert set(saved["entries"]) == {f"{FEED_ID}/{slug}" for slug in POSTS}
    assert not (tmp_path / "_published.json").exists()


def test_editing_the_record_also_lets_a_change_through(capsys, published):
    store, out = published
    new_date = "2012-11-23T10:00:00+01:00"
    post = dict(POSTS["de-ijsberg"], published=new_date)
    (store / "de-ijsberg.yaml").write_text(yaml.safe_dump(post, allow_unicode=True), encoding="utf-8")
    data = record(store)
    data["entries"][entry_id("de-ijsberg")]["published"] = new_date
    (store / "_published.json").write_text(json.dumps(data), encoding="utf-8")
    code, err = run_build(capsys, store, out)
    assert code == 0, err
    assert record(store)["entries"][entry_id("de-ijsberg")]["published"] == new_date
    # ... and the build rewrites the hand-edited record in its own deterministic form.
    assert (store / "_published.json").read_text(encoding="utf-8").startswith('{\n  "comment"')


def test_the_example_store_still_matches_what_it_has_published(capsys, tmp_path):
    # entries/_published.json is committed with the example store: a change to an example post's
    # id or published date must be made on purpose (feedtool build --accept-changes), not by accident.
    example = Path(__file__).parent.parent / "entries"
    if not (example / "_published.json").exists():
        pytest.skip("the example store has no record yet")
    store = tmp_path / "entries"
    shutil.copytree(example, store)
    code, err = run_build(capsys, store, tmp_path / "public")
    assert code == 0, err


def test_posts_only_on_archive_pages_are_recorded_and_guarded(capsys, tmp_path):
    store, out = tmp_path / "entries", tmp_path / "public"
    write_store(store)
    set_feed(store, limit=1, archive=1, tag_feeds=False)  # one post in the feed, the others only in archives
    code, err = run_build(capsys, store, out)
    assert code == 0, err
    assert set(record(store)["entries"]) == {entry_id(slug) for slug in POSTS}
    oldest = min(POSTS, key=lambda slug: POSTS[slug]["published"])
    rename_post(store, oldest, oldest + "-nieuw")
    code, err = run_build(capsys, store, out)
    assert code == 6 and f"looks like {entry_id(oldest)}" in err
