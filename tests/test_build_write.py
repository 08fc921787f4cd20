"""The publication's commit: the whole set or nothing, a manifest of what feedtool wrote, honest failures."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from feedtool.build import write
from feedtool.errors import OutputError
from feedtool.publication import Document


def doc(path: str, data: bytes, kind: str = "atom", media_type: str = "application/atom+xml") -> Document:
    return Document(path, data, media_type, kind)


def listing(directory: Path) -> list[str]:
    """Every file below `directory`, relative, sorted (the manifest included)."""
    return sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*") if p.is_file())


SET = [doc("atom.xml", b"<feed/>\n"), doc("tags/wmo/atom.xml", b"<feed>wmo</feed>\n"),
       doc("index.html", b"<!DOCTYPE html>\n", "subscribe-page", "text/html; charset=utf-8")]


def test_writes_every_document_creates_folders_and_lists_them_in_the_manifest(tmp_path):
    out = tmp_path / "public"
    report = write.commit(out, SET)
    assert report.written == ("atom.xml", "tags/wmo/atom.xml", "index.html")
    assert listing(out) == [".feedtool-manifest.json", "atom.xml", "index.html", "tags/wmo/atom.xml"]
    assert (out / "tags/wmo/atom.xml").read_bytes() == b"<feed>wmo</feed>\n"
    assert (out / "atom.xml").stat().st_mode & 0o777 == 0o644
    manifest = write.read_manifest(out)
    assert manifest["index.html"] == write.ManifestEntry(write.digest(b"<!DOCTYPE html>\n"),
                                                         "text/html; charset=utf-8", "subscribe-page")
    assert sorted(manifest) == ["atom.xml", "index.html", "tags/wmo/atom.xml"]


def test_unchanged_documents_are_not_touched_and_a_second_commit_writes_nothing(tmp_path):
    write.commit(tmp_path, SET)
    os.utime(tmp_path / "atom.xml", (1_000_000_000, 1_000_000_000))
    manifest_mtime = (tmp_path / write.MANIFEST_NAME).stat().st_mtime_ns
    report = write.commit(tmp_path, SET)
    assert report.written == report.changed == report.removed == ()
    assert sorted(report.unchanged) == sorted(d.path for d in SET)
    assert (tmp_path / "atom.xml").stat().st_mtime == 1_000_000_000
    assert (tmp_path / write.MANIFEST_NAME).stat().st_mtime_ns == manifest_mtime


def test_a_changed_document_is_replaced_and_keeps_its_permissions(tmp_path):
    write.commit(tmp_path, SET)
    os.chmod(tmp_path / "atom.xml", 0o640)
    report = write.commit(tmp_path, [doc("atom.xml", b"<feed>new</feed>\n"), *SET[1:]])
    assert report.changed == ("atom.xml",)
    assert (tmp_path / "atom.xml").read_bytes() == b"<feed>new</feed>\n"
    assert (tmp_path / "atom.xml").stat().st_mode & 0o777 == 0o640


def test_a_document_no_longer_produced_is_removed_with_its_empty_folder(tmp_path):
    (tmp_path / "tags").mkdir()
    write.commit(tmp_path, SET)
    report = write.commit(tmp_path, [SET[0], SET[2]])
    assert report.removed == ("tags/wmo/atom.xml",)
    assert listing(tmp_path) == [".feedtool-manifest.json", "atom.xml", "index.html"]
    assert not (tmp_path / "tags" / "wmo").exists()
    assert not (tmp_path / "tags").exists()  # empty once the tag is gone


def test_a_removed_document_that_someone_edited_is_kept_and_forgotten(tmp_path):
    write.commit(tmp_path, SET)
    (tmp_path / "tags/wmo/atom.xml").write_bytes(b"edited by hand")
    report = write.commit(tmp_path, [SET[0], SET[2]])
    assert report.kept == ("tags/wmo/atom.xml",) and report.removed == ()
    assert (tmp_path / "tags/wmo/atom.xml").read_bytes() == b"edited by hand"
    assert "tags/wmo/atom.xml" not in write.read_manifest(tmp_path)


def test_a_file_feedtool_did_not_write_stops_the_commit_before_anything_is_written(tmp_path):
    (tmp_path / "index.html").write_bytes(b"<html>the site's own home page</html>")
    (tmp_path / "keep.txt").write_bytes(b"mine")
    with pytest.raises(write.ConflictError) as info:
        write.commit(tmp_path, SET)
    assert info.value.exit_code == 5
    assert str(tmp_path / "index.html") in str(info.value) and "nothing was written" in str(info.value)
    assert "subscribe_page: false" in str(info.value)
    assert listing(tmp_path) == ["index.html", "keep.txt"]
    assert (tmp_path / "index.html").read_bytes() == b"<html>the site's own home page</html>"


def test_a_file_with_the_same_bytes_is_adopted(tmp_path):
    (tmp_path / "atom.xml").write_bytes(SET[0].data)
    report = write.commit(tmp_path, SET)
    assert report.unchanged == ("atom.xml",)
    assert "atom.xml" in write.read_manifest(tmp_path)


def test_feeds_from_a_build_before_manifests_are_recognised_by_their_generator(tmp_path):
    legacy = b'<?xml version="1.0"?>\n<feed><generator uri="https://github.com/feedtool/feedtool">feedtool</generator></feed>\n'
    (tmp_path / "atom.xml").write_bytes(legacy)
    report = write.commit(tmp_path, SET)
    assert report.changed == ("atom.xml",)


def test_a_file_where_a_folder_goes_and_a_link_where_a_document_goes_are_conflicts(tmp_path):
    (tmp_path / "tags").write_bytes(b"a file")
    (tmp_path / "elsewhere.xml").write_bytes(b"target")
    (tmp_path / "atom.xml").symlink_to(tmp_path / "elsewhere.xml")
    with pytest.raises(write.ConflictError) as info:
        write.commit(tmp_path, SET)
    message = str(info.value)
    assert f"{tmp_path / 'tags'}: a file or link where the folder for tags/wmo/atom.xml would go" in message
    assert f"{tmp_path / 'atom.xml'}: a link where a document goes" in message
    assert (tmp_path / "elsewhere.xml").read_bytes() == b"target"


def test_output_path_that_is_a_file_is_an_output_error(tmp_path):
    blocker = tmp_path / "public"
    blocker.write_bytes(b"not a directory")
    with pytest.raises(OutputError) as info:
        write.commit(blocker, SET)
    assert f"cannot write the publication to {blocker}/: that path (or a part of it) is a file" in str(info.value)
    assert "Nothing was written" in str(info.value)
    assert blocker.read_bytes() == b"not a directory"


def fail_on_stage(monkeypatch, when):
    real = write._stage
    calls = []

    def stage(target, data):
        calls.append(target)
        if when(target, len(calls)):
            raise OSError(28, "No space left on device", str(target))
        return real(target, data)

    monkeypatch.setattr(write, "_stage", stage)


def test_a_full_disk_while_staging_leaves_every_earlier_file_and_says_so_after_checking(tmp_path, monkeypatch):
    write.commit(tmp_path, SET)
    before = {name: (tmp_path / name).read_bytes() for name in listing(tmp_path)}
    fail_on_stage(monkeypatch, lambda target, n: n == 2)
    new_set = [doc(d.path, d.data + b"new", d.kind, d.media_type) for d in SET] + [doc("tags/ict/atom.xml", b"x")]
    with pytest.raises(OutputError) as info:
        write.commit(tmp_path, new_set)
    message = str(info.value)
    assert "No space left on device" in message
    assert "Nothing was changed" in message and "(checked)" in message
    assert {name: (tmp_path / name).read_bytes() for name in listing(tmp_path)} == before
    assert not (tmp_path / "tags" / "ict").exists()  # the folder made for the new tag is gone again


def test_a_record_that_cannot_be_written_fails_before_the_output_is_touched(tmp_path, monkeypatch):
    out, store = tmp_path / "public", tmp_path / "entries"
    store.mkdir()
    write.commit(out, SET)
    before = {name: (out / name).read_bytes() for name in listing(out)}
    record = write.ExtraFile(store / "_published.json", b"{}\n")
    fail_on_stage(monkeypatch, lambda target, n: target == record.path)
    with pytest.raises(OutputError) as info:
        write.commit(out, [doc("atom.xml", b"<feed>new</feed>\n"), *SET[1:]], extra=record)
    message = str(info.value)
    assert message.startswith(f"cannot write the record of published posts {record.path}: No space left on device")
    assert "Nothing was changed" in message
    assert {name: (out / name).read_bytes() for name in listing(out)} == before
    assert listing(store) == []


def test_the_record_is_written_in_the_same_commit(tmp_path):
    record = write.ExtraFile(tmp_path / "entries" / "_published.json", b'{"v": 1}\n')
    record.path.parent.mkdir()
    report = write.commit(tmp_path / "public", SET, extra=record)
    assert report.extra_written and record.path.read_bytes() == b'{"v": 1}\n'
    assert not write.commit(tmp_path / "public", SET, extra=record).extra_written


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_directory_is_an_output_error_and_leaves_old_files(tmp_path):
    write.commit(tmp_path, SET)
    os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(OutputError) as info:
            write.commit(tmp_path, [doc("atom.xml", b"new"), *SET[1:]])
    finally:
        os.chmod(tmp_path, 0o755)
    assert "Permission denied" in str(info.value)
    assert (tmp_path / "atom.xml").read_bytes() == SET[0].data


def interrupted(tmp_path: Path, monkeypatch, after_renames: int) -> tuple[Path, list[Document]]:
    """A commit that dies after `after_renames` renames of its apply step, journal left behind."""
    out = tmp_path / "public"
    write.commit(out, SET)
    new_set = [doc(d.path, d.data + b"<!-- new -->", d.kind, d.media_type) for d in SET]
    real_replace, calls = os.replace, []

    def replace(src, dst, **kwargs):
        if Path(dst).name != write.JOURNAL_NAME:
            calls.append(dst)
            if len(calls) > after_renames:
                raise KeyboardInterrupt  # stands in for the kill: nothing after this point runs
        return real_replace(src, dst, **kwargs)

    monkeypatch.setattr(write.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        write.commit(out, new_set)
    monkeypatch.setattr(write.os, "replace", real_replace)
    return out, new_set


def test_an_interrupted_apply_is_completed_by_recover(tmp_path, monkeypatch):
    out, new_set = interrupted(tmp_path, monkeypatch, after_renames=1)
    contents = [(out / d.path).read_bytes() for d in new_set]
    assert contents[0] == new_set[0].data and contents[1] == SET[1].data  # a mixed set, until recovered
    assert (out / write.JOURNAL_NAME).exists()
    recovery = write.recover(out)
    assert recovery is not None and len(recovery.completed) == len(new_set)  # the rest, and the manifest
    assert [(out / d.path).read_bytes() for d in new_set] == [d.data for d in new_set]
    assert not (out / write.JOURNAL_NAME).exists()
    assert [p for p in listing(out) if p.startswith(".feedtool-") and p.endswith(".tmp")] == []
    assert write.read_manifest(out)["atom.xml"].sha256 == write.digest(new_set[0].data)
    assert write.recover(out) is None


def test_the_next_commit_completes_an_interrupted_one_first(tmp_path, monkeypatch):
    out, new_set = interrupted(tmp_path, monkeypatch, after_renames=2)
    report = write.commit(out, new_set)
    assert report.recovered is not None
    assert report.unchanged == tuple(d.path for d in new_set)


def test_reading_completes_an_interrupted_commit_first(tmp_path, monkeypatch):
    out, new_set = interrupted(tmp_path, monkeypatch, after_renames=1)
    with write.reading(out):
        assert [(out / d.path).read_bytes() for d in new_set] == [d.data for d in new_set]


def test_a_damaged_journal_is_a_clear_error(tmp_path):
    (tmp_path / write.JOURNAL_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write.recover(tmp_path)
    assert "journal of an interrupted build is damaged" in str(info.value) and "Delete the journal" in str(info.value)


def test_a_damaged_manifest_is_a_clear_error(tmp_path):
    (tmp_path / write.MANIFEST_NAME).write_text(json.dumps({"version": 99}), encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write.commit(tmp_path, SET)
    assert "list of the files it wrote is damaged" in str(info.value)
    assert listing(tmp_path) == [write.MANIFEST_NAME]


def test_leftover_temporary_files_of_a_killed_build_are_cleaned_up(tmp_path):
    write.commit(tmp_path, SET)
    (tmp_path / ".feedtool-atom.xml.0123456789ab.tmp").write_bytes(b"half")
    (tmp_path / "tags/wmo/.feedtool-atom.xml.0123456789ab.tmp").write_bytes(b"half")
    (tmp_path / "keep.txt").write_bytes(b"mine")
    write.commit(tmp_path, SET)
    assert listing(tmp_path) == [".feedtool-manifest.json", "atom.xml", "index.html", "keep.txt", "tags/wmo/atom.xml"]


def test_leftovers_in_folders_made_only_for_them_are_all_cleaned_up(tmp_path):
    """A build killed while staging a new tag's feeds leaves folders that hold nothing but its temporary files."""
    write.commit(tmp_path, SET)
    for folder in ("tags/aaa", "tags/bbb", "tags/ccc/deep"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / ".feedtool-atom.xml.0123456789ab.tmp").write_bytes(b"half")
    (tmp_path / "tags/wmo/.feedtool-rss.xml.0123456789ab.tmp").write_bytes(b"half")
    write.commit(tmp_path, SET)
    assert listing(tmp_path) == [".feedtool-manifest.json", "atom.xml", "index.html", "tags/wmo/atom.xml"]
    assert sorted(p.name for p in (tmp_path / "tags").iterdir()) == ["wmo"]


def test_unusable_document_paths_are_refused():
    for path in ("../x.xml", "/etc/x", "", ".feedtool-manifest.json", "a/.feedtool-x.tmp"):
        with pytest.raises(ValueError):
            write.commit(Path("/nonexistent"), [doc(path, b"x")])


def test_concurrent_commits_each_leave_one_complete_set(tmp_path):
    sets = [[doc("atom.xml", bytes([65 + i]) * 200_000), doc("rss.xml", bytes([97 + i]) * 200_000, "rss")]
            for i in range(6)]
    errors = []

    def run(documents):
        try:
            write.commit(tmp_path, documents)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in sets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert listing(tmp_path) == [".feedtool-manifest.json", "atom.xml", "rss.xml"]
    pair = ((tmp_path / "atom.xml").read_bytes(), (tmp_path / "rss.xml").read_bytes())
    assert pair in [(s[0].data, s[1].data) for s in sets]
