"""Replays the inputs the fuzzers found (tests/fixtures/fuzz/TARGET/*) through their targets.

Each target of bench/fuzz_atheris.py is a plain function that raises on a failure; here it runs
without atheris, on every kept crasher and on a few hostile inputs, within the fuzzer's 2 s.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FUZZ = ROOT / "tests" / "fixtures" / "fuzz"


def targets():
    spec = importlib.util.spec_from_file_location("fuzz_atheris", ROOT / "bench" / "fuzz_atheris.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TARGETS


CASES = [(p.parent.name, p) for p in sorted(FUZZ.glob("*/*")) if p.is_file()]
HOSTILE = [b"", b"\x00", b"<", b"{", b"\xff\xfe<\x00", b"<a " + b'b="c" ' * 5000 + b"/>", b"[" * 10000, b"- " * 5000,
           b"&" * 1000, "<p><a href='../x'>é</a>".encode(), b"title: \"\\ud800\"\n", b"<!DOCTYPE x [" + b"<!ENTITY a 'b'>" * 100]


@pytest.mark.parametrize("target, path", CASES, ids=[f"{t}/{p.name}" for t, p in CASES])
def test_a_kept_crasher_no_longer_fails(target, path):
    started = time.monotonic()
    targets()[target](path.read_bytes())
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("target", ["xml", "jsonfeed", "store", "links"])
def test_every_target_survives_hostile_inputs(target):
    run = targets()[target]
    for data in HOSTILE:
        started = time.monotonic()
        run(data)
        assert time.monotonic() - started < 2, data[:40]
