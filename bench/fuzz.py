#!/usr/bin/env python3
"""A time-boxed fuzzer (hypothesis) for the validator and the store loader.

Usage: python bench/fuzz.py [--seconds 60] [--target validate|store|all]

Feeds mutated real feeds (Atom, RSS and JSON Feed fixtures: truncation, byte flips, duplicated elements, inserted
hostile snippets, re-encoding) and random bytes to `validate_bytes`, and mutated
store files to `load_store`. A failure is any exception other than the documented
ones (a StoreError for a bad store), or an InternalError finding. Prints how many
inputs were tried and every failure, and exits 1 when there was one.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from feedtool.errors import FeedtoolError  # noqa: E402
from feedtool.validate.engine import validate_bytes  # noqa: E402

FEED_SEEDS = sorted(p for suffix in ("*.xml", "*.json") for p in (ROOT / "tests" / "fixtures" / "validate").rglob(suffix))
STORE_SEED = ROOT / "tests" / "fixtures" / "build-store"
SNIPPETS = [
    b"\x0b", b"&nbsp;", b"&#0;", b"&#x110000;", b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"\xff\xfe", b"\xef\xbb\xbf",
    b"<![CDATA[", b"]]>", b"<!--", b"-->", b'xmlns:a="urn:x"', b"<a:b/>", b"</entry>", b"<entry>", b"<item>",
    b"\r\n", b"\t", b"\x00", b"\xc3", b"\xe2\x80", b"'", b'"', b": ", b"- ", b"{", b"[", b"\n  ", b"published: 31-02-2012",
    # JSON Feed
    b",", b"}", b"]", b"NaN", b"-Infinity", b"1e400", b"123456789012345678901", b'"\\ud800"', b'"\\u0000"', b'"_x": ',
    b'"id": 1, ', b'"items": "x", ', b'"version": "https://jsonfeed.org/version/1", ', b"[" * 300, b'{"a":' * 50,
]


def mutations(base: bytes):
    @st.composite
    def mutate(draw):
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 6))):
            kind = draw(st.sampled_from(["truncate", "flip", "duplicate", "insert", "delete", "encoding"]))
            if kind == "truncate" and data:
                del data[draw(st.integers(0, len(data) - 1)) :]
            elif kind == "flip" and data:
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
            elif kind == "duplicate" and data:
                start = draw(st.integers(0, len(data) - 1))
                end = min(len(data), start + draw(st.integers(1, 400)))
                data[end:end] = data[start:end]
            elif kind == "insert":
                at = draw(st.integers(0, len(data)))
                data[at:at] = draw(st.sampled_from(SNIPPETS))
            elif kind == "delete" and data:
                start = draw(st.integers(0, len(data) - 1))
                del data[start : start + draw(st.integers(1, 50))]
            elif kind == "encoding":
                codec = draw(st.sampled_from(["utf-16", "utf-16-be", "latin-1", "cp1252", "utf-32", "utf-8-sig"]))
                data = bytearray(bytes(data).decode("utf-8", "replace").encode(codec, "replace"))
        return bytes(data)

    return mutate()


class Fuzzer:
    def __init__(self, deadline: float):
        self.deadline = deadline
        self.tried = 0
        self.failures: list[str] = []

    def run_batches(self, name: str, make_test) -> None:
        batch = 0
        while time.monotonic() < self.deadline:
            batch += 1
            test = make_test()
            test = settings(
                max_examples=100, deadline=None, database=None, phases=[Phase.generate, Phase.shrink],
                suppress_health_check=list(HealthCheck),
            )(test)
            test = seed(random.randrange(2**32))(test)
            try:
                test()
            except Exception:  # noqa: BLE001 - every failure is collected and printed
                self.failures.append(f"{name}, batch {batch}:\n{traceback.format_exc()}")

    def validate_target(self) -> None:
        seeds = [p.read_bytes() for p in FEED_SEEDS] or [b"<rss/>"]

        def make_test():
            @given(st.one_of(st.sampled_from(seeds).flatmap(mutations), st.binary(max_size=4000)))
            def test(data):
                self.tried += 1
                report = validate_bytes(data, path="fuzz.xml")
                internal = [f for f in report.findings if f.code == "InternalError"]
                assert not internal, (internal, data[:200])

            return test

        self.run_batches("validate_bytes", make_test)

    def store_target(self) -> None:
        try:
            from feedtool.store import load_store
        except ImportError:
            print("store: skipped (feedtool.store is not available)")
            return
        files = sorted(p for p in STORE_SEED.iterdir() if p.is_file())
        workdir = Path(tempfile.mkdtemp(prefix="feedtool-fuzz-"))
        try:

            def make_test():
                @given(st.sampled_from(files).flatmap(lambda p: st.tuples(st.just(p.name), mutations(p.read_bytes()))))
                def test(case):
                    name, data = case
                    self.tried += 1
                    store = workdir / "store"
                    shutil.rmtree(store, ignore_errors=True)
                    shutil.copytree(STORE_SEED, store)
                    (store / name).write_bytes(data)
                    try:
                        load_store(store)
                    except FeedtoolError:
                        pass  # a documented error with its exit code: what a bad store must get

                return test

            self.run_batches("load_store", make_test)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget for each target")
    parser.add_argument("--target", choices=["validate", "store", "all"], default="all")
    args = parser.parse_args(argv)
    total_failures = 0
    for target in (["validate", "store"] if args.target == "all" else [args.target]):
        fuzzer = Fuzzer(time.monotonic() + args.seconds)
        started = time.monotonic()
        getattr(fuzzer, f"{target}_target")()
        elapsed = time.monotonic() - started
        print(f"{target}: {fuzzer.tried:,} inputs in {elapsed:.0f} s ({fuzzer.tried / max(elapsed, 1e-9):.0f}/s), {len(fuzzer.failures)} failure(s)")
        for failure in fuzzer.failures:
            print(re.sub(r"\n{3,}", "\n\n", failure))
        total_failures += len(fuzzer.failures)
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
