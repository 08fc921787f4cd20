"""Random and mutated store files: load_store returns a feed or raises StoreError, never anything else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedtool.errors import StoreError
from feedtool.store import load_store
from storefixtures import FIXTURES

VALID_YAML = (FIXTURES / "stores" / "one-file.yaml").read_bytes()
VALID_JSON = (FIXTURES / "stores" / "one-file.json").read_bytes()
VALID_ENTRY = b"""title: "De ijsberg"
published: 2012-11-22T10:00:00+01:00
summary: >-
  Een software leverancier
tags: [a, b]
author: {name: Rens, email: rens@example.nl, uri: https://www.example.nl/}
language: en
draft: false
link: /x/
"""
YAML_ALPHABET = st.sampled_from(list(":-[]{},#&*!|>'\"%@`?\n\t \\") + ["title", "published", "tags", "2012-12-21",
                                                                      "~", "yes", "0x1F", "é", "\x0b", "\ufffe",
                                                                      "feed", "entries", "<<", "---", "\r\n"])


def _check(data: bytes, name: str, *, one_file: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if one_file:
            path = Path(tmp) / name
            path.write_bytes(data)
        else:
            path = Path(tmp) / "entries"
            path.mkdir()
            (path / "_feed.yaml").write_bytes((FIXTURES / "_feed.yaml").read_bytes())
            (path / name).write_bytes(data)
        try:
            result = load_store(path)
        except StoreError as exc:
            assert exc.problems and all(p.file and p.text() for p in exc.problems)
            assert all(p.render() for p in exc.problems)
            assert any(p.severity == "error" for p in exc.problems)
        else:
            assert all(e.title.strip() and e.published.tzinfo for e in result.feed.entries)


def _mutate(data: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for position, length, insert in cuts:
        position %= len(out) + 1
        out[position:position + length] = insert
    return bytes(out)


MUTATIONS = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 8), st.binary(max_size=4)), min_size=1,
                     max_size=4)
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_as_an_entry(data):
    _check(data, "bericht.yaml", one_file=False)


@FUZZ
@given(MUTATIONS)
def test_mutated_yaml_entry(cuts):
    _check(_mutate(VALID_ENTRY, cuts), "bericht.yaml", one_file=False)


@FUZZ
@given(MUTATIONS)
def test_mutated_one_file_yaml_store(cuts):
    _check(_mutate(VALID_YAML, cuts), "store.yaml", one_file=True)


@FUZZ
@given(MUTATIONS)
def test_mutated_one_file_json_store(cuts):
    _check(_mutate(VALID_JSON, cuts), "store.json", one_file=True)


@FUZZ
@given(st.lists(YAML_ALPHABET, max_size=60).map("".join))
def test_yaml_shaped_text(text):
    _check(text.encode("utf-8"), "bericht.yaml", one_file=False)
    _check(text.encode("utf-8"), "bericht.json", one_file=False)
