"""`hub:` and `archive:` in _feed.yaml: read, and refused with file, line and field when wrong."""

from __future__ import annotations

from feedtool.model import DEFAULT_ARCHIVE_SIZE
from feedtool.store import load_store
from storefixtures import make_store, only_error


def test_hub_and_archive_size_are_read(tmp_path):
    feed = load_store(make_store(tmp_path, feed="hubs.yaml", base_entry=True)).feed
    assert feed.hubs == ("https://pubsubhubbub.appspot.com/",)
    assert feed.archive_size == 50


def test_defaults_no_hub_and_archive_pages_of_twenty(tmp_path):
    feed = load_store(make_store(tmp_path, base_entry=True)).feed
    assert feed.hubs == () and feed.archive_size == DEFAULT_ARCHIVE_SIZE == 20


def test_a_hub_that_is_not_http_is_refused(tmp_path):
    error = only_error(make_store(tmp_path, feed="hub-ftp.yaml", base_entry=True))
    assert (error.field, error.line) == ("hub", 5)
    assert "is not an http or https address" in error.text()


def test_a_relative_hub_is_refused(tmp_path):
    error = only_error(make_store(tmp_path, feed="hub-relative.yaml", base_entry=True))
    assert (error.field, error.line) == ("hub[1]", 5)
    assert "'/hub' is not a full http(s) URL" in error.text() and "https://" in error.hint_text()


def test_archive_must_be_true_false_or_a_page_size(tmp_path):
    error = only_error(make_store(tmp_path, feed="archive-word.yaml", base_entry=True))
    assert (error.field, error.line) == ("archive", 5)
    assert "true, false or the number of posts per archive page" in error.text() and "archive: false" in error.hint_text()
