"""Attachments in the store (feedtool/store/attachments.py): files of the store and files elsewhere."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from feedtool.model import Attachment
from feedtool.store import load_store
from feedtool.store.attachments import guess_type
from storefixtures import FIXTURES as STORE_FIXTURES
from storefixtures import only_error

ATTACHMENTS = Path(__file__).parent / "fixtures" / "attachments"


def attachment_store(tmp_path: Path, entry: str) -> Path:
    store = tmp_path / "entries"
    store.mkdir()
    shutil.copyfile(STORE_FIXTURES / "_feed.yaml", store / "_feed.yaml")
    shutil.copytree(ATTACHMENTS / "media", store / "media")
    shutil.copyfile(ATTACHMENTS / entry, store / entry)
    return store


def test_a_file_of_the_store_gives_its_own_length_and_type(tmp_path):
    store = attachment_store(tmp_path, "podcast.yaml")
    result = load_store(store)
    assert result.warnings == []  # the media directory holds no entries: no warning
    [entry] = result.feed.entries
    local, remote = entry.attachments
    assert local == Attachment(url="https://www.example.nl/media/aflevering-1.mp3", media_type="audio/mpeg",
                               length=51, title="Aflevering 1 (mp3)", path="media/aflevering-1.mp3",
                               source=os.path.join(str(store), "media", "aflevering-1.mp3"))
    assert remote == Attachment(url="https://cdn.example.nl/aflevering-1.ogg", media_type="audio/ogg", length=123456)


@pytest.mark.parametrize(("entry", "field", "line", "message"), [
    ("missing.yaml", "attachments[0].url", 4, "the attachment file media/bestaat-niet.mp3 does not exist in the store"),
    ("outside.yaml", "attachments[0].url", 4, "the attachment '../geheim.pdf' is outside the store"),
    ("negative-length.yaml", "attachments[0].length", 6, "(a size cannot be negative)"),
    ("remote-without-type.yaml", "attachments[0].type", 4, "an attachment elsewhere needs its type"),
    ("unknown-type.yaml", "attachments[0].type", 4, "the type of media/data.onbekend cannot be told from its name"),
    ("not-a-list.yaml", "attachments", 3, "'attachments' must be a list of attachments"),
])
def test_bad_attachments_name_file_line_and_field(tmp_path, entry, field, line, message):
    error = only_error(attachment_store(tmp_path, entry))
    assert error.file.endswith(entry)
    assert (error.field, error.line) == (field, line)
    assert message in error.text() and error.hint_text()


def test_a_symlink_out_of_the_store_is_refused(tmp_path):
    store = attachment_store(tmp_path, "podcast.yaml")
    secret = tmp_path / "geheim.mp3"
    secret.write_bytes(b"geheim")
    (store / "media" / "aflevering-1.mp3").unlink()
    (store / "media" / "aflevering-1.mp3").symlink_to(secret)
    error = only_error(store)
    assert "outside the store" in error.text() and error.field == "attachments[0].url"


def test_a_length_that_disagrees_with_the_file_is_a_warning_and_the_file_wins(tmp_path):
    result = load_store(attachment_store(tmp_path, "wrong-length.yaml"))
    [warning] = result.warnings
    assert (warning.field, warning.line) == ("attachments[0].length", 5)
    assert result.feed.entries[0].attachments[0].length == 30


def test_media_types_do_not_depend_on_the_machine():
    # Our table and Python's built-in one, never /etc/mime.types (which differs between machines).
    assert [guess_type(n) for n in ("a.mp3", "a.m4a", "a.ogg", "a.pdf", "a.docx", "a.xyz")] == [
        "audio/mpeg", "audio/mp4", "audio/ogg", "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", None]
