"""Build small stores in tmp_path from the one-behaviour files in tests/fixtures/store/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from feedtool.errors import Problem, StoreError
from feedtool.store import load_store

FIXTURES = Path(__file__).parent / "fixtures" / "store"


def make_store(tmp_path: Path, *entries: str, feed: str | None = "_feed.yaml", base_entry: bool = False) -> Path:
    """A store directory holding the fixture feed file and the named fixture entries (same file names)."""
    store = tmp_path / "entries"
    store.mkdir()
    if feed is not None:
        source = FIXTURES / feed if "/" not in feed and feed.startswith("_") else FIXTURES / "feeds" / feed
        shutil.copyfile(source, store / ("_feed.json" if feed.endswith(".json") else "_feed.yaml"))
    for name in entries:
        shutil.copyfile(FIXTURES / "entries" / name, store / name)
    if base_entry:
        shutil.copyfile(FIXTURES / "base-entry.yaml", store / "base-entry.yaml")
    return store


def copy_store(tmp_path: Path, name: str, *, feed: bool = True) -> Path:
    """A copy of tests/fixtures/store/stores/<name>, plus the fixture feed file when `feed`."""
    store = tmp_path / name
    shutil.copytree(FIXTURES / "stores" / name, store)
    if feed:
        shutil.copyfile(FIXTURES / "_feed.yaml", store / "_feed.yaml")
    return store


def problems_of(store: Path) -> list[Problem]:
    """The problems load_store raises for `store` (fails the test when it loads)."""
    with pytest.raises(StoreError) as info:
        load_store(store)
    assert info.value.exit_code == 3
    return info.value.problems


def errors_of(store: Path) -> list[Problem]:
    return [p for p in problems_of(store) if p.severity == "error"]


def only_error(store: Path) -> Problem:
    errors = errors_of(store)
    assert len(errors) == 1, [p.render() for p in errors]
    return errors[0]


def entry_of(store: Path, slug: str):
    feed = load_store(store).feed
    [entry] = [e for e in feed.entries if e.slug == slug]
    return entry
