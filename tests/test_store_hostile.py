"""The store against hostile or unlucky files: links out of the store, non-files, huge numbers, junk.

Each test names what happened before (issue 14): a link to a file elsewhere was published
without a word, a link to /etc/shadow printed its lines as warnings, a 5,000-digit number
ended in exit 70.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from feedtool.cli import main
from feedtool.store import load_store
from feedtool.store.source import EXCERPT_CHARS
from storefixtures import FIXTURES, make_store, problems_of

HOSTILE = FIXTURES / "hostile"


def build(store: Path, tmp_path: Path, capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(tmp_path / "public")])
    return info.value.code, capsys.readouterr().err


def test_an_entry_linked_from_outside_the_store_is_an_error_naming_link_and_target(tmp_path, capsys):
    store = make_store(tmp_path, base_entry=True)
    elsewhere = tmp_path / "elders" / "geheim.yaml"
    elsewhere.parent.mkdir()
    shutil.copyfile(FIXTURES / "base-entry.yaml", elsewhere)
    os.symlink(elsewhere, store / "geleend.yaml")
    [problem] = [p for p in problems_of(store) if p.file.endswith("geleend.yaml")]
    assert problem.severity == "error" and str(elsewhere) in problem.text() and "outside the store" in problem.text()
    code, err = build(store, tmp_path, capsys)
    assert code == 3 and "geleend.yaml" in err and str(elsewhere) in err
    assert not (tmp_path / "public").exists()


def test_a_link_to_a_system_file_prints_none_of_it(tmp_path, capsys):
    store = make_store(tmp_path, base_entry=True)
    secret = tmp_path / "shadow"
    shutil.copyfile(HOSTILE / "not-an-entry.yaml", secret)
    os.symlink(secret, store / "shadow.yaml")
    code, err = build(store, tmp_path, capsys)
    assert code == 3 and "geheim" not in err and "user1" not in err


def test_links_inside_the_store_are_followed(tmp_path):
    store = make_store(tmp_path, base_entry=True)
    os.symlink("base-entry.yaml", store / "ander.yaml")
    result = load_store(store)
    assert sorted(e.slug for e in result.feed.entries) == ["ander", "base-entry"]
    assert not any("outside the store" in w.text() for w in result.warnings)


def test_a_feed_file_linked_from_outside_is_refused(tmp_path):
    store = make_store(tmp_path, feed=None, base_entry=True)
    outside = tmp_path / "feed-elders.yaml"
    shutil.copyfile(FIXTURES / "_feed.yaml", outside)
    os.symlink(outside, store / "_feed.yaml")
    [problem] = [p for p in problems_of(store) if p.file.endswith("_feed.yaml")]
    assert str(outside) in problem.text()


def test_a_fifo_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    store = make_store(tmp_path, base_entry=True)
    os.mkfifo(store / "pijp.yaml")
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: opened.append(os.fspath(path)) or real_open(path, *a, **k))
    [problem] = [p for p in problems_of(store) if p.file.endswith("pijp.yaml")]
    assert "named pipe (FIFO)" in problem.text()
    assert not any(p.endswith("pijp.yaml") for p in opened)


def test_a_file_that_is_not_an_entry_gets_a_few_short_escaped_lines(tmp_path):
    store = make_store(tmp_path, base_entry=True)
    shutil.copyfile(HOSTILE / "not-an-entry.yaml", store / "passwd.yaml")
    problems = [p for p in problems_of(store) if p.file.endswith("passwd.yaml")]
    unknown = [p for p in problems if p.text().startswith("unknown field")]
    assert len(unknown) == 5  # of 40 lines
    assert any("35 more unknown fields" in p.text() for p in problems)
    assert not any("$6$" in p.render() for p in problems)  # the values (password hashes) are never echoed


def test_control_characters_in_a_field_name_are_escaped(tmp_path):
    store = make_store(tmp_path, feed="_feed.yaml")
    shutil.copyfile(HOSTILE / "escape-in-field-name.yaml", store / "escape.yaml")
    warnings = load_store(store).warnings
    [warning] = [w for w in warnings if "unknown field" in w.text()]
    assert "\x1b" not in warning.render() and "\x07" not in warning.render()
    assert "\\x1b]0;pwned\\x07" in warning.text()


def test_a_long_value_is_shown_as_a_short_excerpt(tmp_path):
    store = make_store(tmp_path, base_entry=True)
    shutil.copyfile(HOSTILE / "long-date.yaml", store / "lang.yaml")
    [problem] = [p for p in problems_of(store) if p.file.endswith("lang.yaml")]
    assert "too long to be a date" in problem.text()
    assert len(problem.text()) < EXCERPT_CHARS + 100


def test_a_5000_digit_limit_is_a_clear_error(tmp_path, capsys):
    store = make_store(tmp_path, base_entry=True)
    shutil.copyfile(HOSTILE / "limit-5000-digits.yaml", store / "_feed.yaml")
    [problem] = [p for p in problems_of(store) if p.field == "limit"]
    assert "5,000 digits" in problem.text() and len(problem.render()) < 300
    code, err = build(store, tmp_path, capsys)
    assert code == 3 and "internal error" not in err


def test_a_5000_digit_json_number_is_a_clear_error(tmp_path, capsys):
    store = make_store(tmp_path, base_entry=True)
    shutil.copyfile(HOSTILE / "summary-5000-digits.json", store / "groot.json")
    [problem] = [p for p in problems_of(store) if p.file.endswith("groot.json")]
    assert problem.field == "summary" and "must be text, not a number" in problem.text()
    assert len(problem.render()) < 400
    code, err = build(store, tmp_path, capsys)
    assert code == 3 and "internal error" not in err


def test_loading_stays_fast_with_hostile_files(tmp_path):
    store = make_store(tmp_path, base_entry=True)
    for name in ("not-an-entry.yaml", "long-date.yaml", "summary-5000-digits.json"):
        shutil.copyfile(HOSTILE / name, store / name)
    started = time.monotonic()
    problems_of(store)
    assert time.monotonic() - started < 2
