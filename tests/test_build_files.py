"""Atomic output: complete files or the old ones, no leftovers, clear errors, concurrent writers serialised."""

from __future__ import annotations

import os
import threading

import pytest

from feedtool.cli import _files
from feedtool.errors import OutputError


def listing(directory) -> list[str]:
    return sorted(os.listdir(directory))


def test_writes_files_and_creates_the_directory(tmp_path):
    out = tmp_path / "public" / "feeds"
    changed = _files.write_files(out, {"atom.xml": b"<feed/>\n", "rss.xml": b"<rss/>\n"})
    assert changed == ["atom.xml", "rss.xml"]
    assert (out / "atom.xml").read_bytes() == b"<feed/>\n"
    assert (out / "rss.xml").read_bytes() == b"<rss/>\n"
    assert listing(out) == ["atom.xml", "rss.xml"]
    assert (out / "atom.xml").stat().st_mode & 0o777 == 0o644


def test_unchanged_files_are_not_touched(tmp_path):
    _files.write_files(tmp_path, {"atom.xml": b"a", "rss.xml": b"r"})
    os.utime(tmp_path / "atom.xml", (1_000_000_000, 1_000_000_000))
    changed = _files.write_files(tmp_path, {"atom.xml": b"a", "rss.xml": b"r2"})
    assert changed == ["rss.xml"]
    assert (tmp_path / "atom.xml").stat().st_mtime == 1_000_000_000
    assert (tmp_path / "rss.xml").read_bytes() == b"r2"


def test_replaced_file_keeps_its_permissions(tmp_path):
    (tmp_path / "atom.xml").write_bytes(b"old")
    os.chmod(tmp_path / "atom.xml", 0o640)
    _files.write_files(tmp_path, {"atom.xml": b"new"})
    assert (tmp_path / "atom.xml").stat().st_mode & 0o777 == 0o640


def test_leftover_temporary_files_are_cleaned_up(tmp_path):
    (tmp_path / ".feedtool-atom.xml.0123456789ab.tmp").write_bytes(b"half")
    (tmp_path / "keep.txt").write_bytes(b"mine")
    _files.write_files(tmp_path, {"atom.xml": b"a"})
    assert listing(tmp_path) == ["atom.xml", "keep.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_directory_is_an_output_error_and_leaves_old_files(tmp_path):
    (tmp_path / "atom.xml").write_bytes(b"old")
    os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(OutputError) as info:
            _files.write_files(tmp_path, {"atom.xml": b"new"})
    finally:
        os.chmod(tmp_path, 0o755)
    assert info.value.exit_code == 5
    assert str(tmp_path) in str(info.value) and "Permission denied" in str(info.value)
    assert (tmp_path / "atom.xml").read_bytes() == b"old"


def test_output_path_that_is_a_file_is_an_output_error(tmp_path):
    blocker = tmp_path / "public"
    blocker.write_bytes(b"not a directory")
    with pytest.raises(OutputError) as info:
        _files.write_files(blocker, {"atom.xml": b"new"})
    assert f"cannot write the feeds to {blocker}/: that path (or a part of it) is a file" in str(info.value)
    assert "--out" in str(info.value)
    assert blocker.read_bytes() == b"not a directory"
    with pytest.raises(OutputError) as info:
        _files.write_files(blocker / "feeds", {"atom.xml": b"new"})
    assert "is a file, not a directory" in str(info.value)


def test_failure_half_way_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    (tmp_path / "atom.xml").write_bytes(b"old atom")

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_files.os, "fsync", failing_fsync)
    with pytest.raises(OutputError) as info:
        _files.write_files(tmp_path, {"atom.xml": b"new atom"})
    assert "No space left on device" in str(info.value)
    assert (tmp_path / "atom.xml").read_bytes() == b"old atom"
    assert listing(tmp_path) == ["atom.xml"]


def test_named_temporary_fallback_without_o_tmpfile(tmp_path, monkeypatch):
    monkeypatch.delattr(_files.os, "O_TMPFILE")
    _files.write_files(tmp_path, {"atom.xml": b"a"})
    assert listing(tmp_path) == ["atom.xml"]
    assert (tmp_path / "atom.xml").read_bytes() == b"a"


def test_concurrent_writers_each_leave_complete_files(tmp_path):
    payloads = [{"atom.xml": bytes([65 + i]) * 200_000, "rss.xml": bytes([97 + i]) * 200_000} for i in range(6)]
    errors = []

    def write(files):
        try:
            _files.write_files(tmp_path, files)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(p,)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert listing(tmp_path) == ["atom.xml", "rss.xml"]
    assert (tmp_path / "atom.xml").read_bytes() in [p["atom.xml"] for p in payloads]
    assert (tmp_path / "rss.xml").read_bytes() in [p["rss.xml"] for p in payloads]


def test_permission_denied_while_writing_is_an_output_error(tmp_path, monkeypatch):
    (tmp_path / "atom.xml").write_bytes(b"old")

    def denied(directory, temp_name):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(_files, "_open_temp", denied)
    with pytest.raises(OutputError) as info:
        _files.write_files(tmp_path, {"atom.xml": b"new"})
    assert f"cannot write the feeds to {tmp_path}/: Permission denied" in str(info.value)
    assert (tmp_path / "atom.xml").read_bytes() == b"old"


def test_a_failed_write_of_the_second_file_leaves_both_old_files(tmp_path, monkeypatch):
    (tmp_path / "atom.xml").write_bytes(b"old atom")
    (tmp_path / "rss.xml").write_bytes(b"old rss")
    real_write_all = _files._write_all
    calls = []

    def disk_fills_up_on_the_second_file(fd, data):
        calls.append(data)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_write_all(fd, data)

    monkeypatch.setattr(_files, "_write_all", disk_fills_up_on_the_second_file)
    with pytest.raises(OutputError) as info:
        _files.write_files(tmp_path, {"atom.xml": b"new atom", "rss.xml": b"new rss"})
    assert info.value.exit_code == 5
    assert "No space left on device" in str(info.value)
    assert (tmp_path / "atom.xml").read_bytes() == b"old atom"
    assert (tmp_path / "rss.xml").read_bytes() == b"old rss"
    assert listing(tmp_path) == ["atom.xml", "rss.xml"]


def test_a_permission_error_names_the_directory_and_leaves_old_files(tmp_path, monkeypatch):
    # As root (CI) a read-only directory cannot be made; the error path is the same.
    (tmp_path / "atom.xml").write_bytes(b"old")

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(_files, "_open_temp", refused)
    with pytest.raises(OutputError) as info:
        _files.write_files(tmp_path, {"atom.xml": b"new"})
    assert info.value.exit_code == 5
    assert str(tmp_path) in str(info.value) and "Permission denied" in str(info.value)
    assert (tmp_path / "atom.xml").read_bytes() == b"old"
    assert listing(tmp_path) == ["atom.xml"]
