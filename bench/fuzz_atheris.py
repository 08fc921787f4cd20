#!/usr/bin/env python3
"""Coverage-guided fuzzing (atheris, libFuzzer) of feedtool's parsers; run from bench/, not in CI.

Usage:
    python bench/fuzz_atheris.py TARGET [--runs 1000000] [--corpus DIR] [--artifacts DIR]
    python bench/fuzz_atheris.py --list

Targets:
    xml       feedtool.validate: the hardened XML parse and the Atom/RSS rule layers (validate_bytes,
              reader view off: feedparser is not ours)
    jsonfeed  the JSON Feed validator: its JSON reader, recognition and rules (validate_bytes)
    store     the store parser: YAML and JSON store files (parse_document), then the entry and feed
              field checks (the checks load_store makes)
    links     the HTML link rewriter (feedtool.links.absolutize)

A failure is any exception, an InternalError finding (a rule layer that crashed), an input that
takes over 2 s (-timeout=2) or memory over 500 MB (-rss_limit_mb=500). libFuzzer writes the
input that failed to --artifacts (crash-*, timeout-*, oom-*); copy it to
tests/fixtures/fuzz/TARGET/ so that tests/test_fuzz_regressions.py replays it from then on.
Seeds: the test fixtures of each target; the corpus grows in --corpus (default
bench/.fuzz-corpus/TARGET, not committed).

atheris is not a dependency of feedtool: `pip install atheris` (it ships wheels for Linux).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = {
    "xml": [FIXTURES / "validate" / "core", FIXTURES / "validate" / "atom", FIXTURES / "validate" / "rss"],
    "jsonfeed": [FIXTURES / "validate" / "jsonfeed"],
    "store": [FIXTURES / "store", FIXTURES / "build-store"],
    "links": [FIXTURES / "validate" / "html", FIXTURES / "store"],
}


def xml_target(data: bytes) -> None:
    from feedtool.validate.engine import validate_bytes

    report = validate_bytes(data, path="fuzz.xml", reader_view=False)
    _no_internal_error(report, data)


def jsonfeed_target(data: bytes) -> None:
    from feedtool.validate.engine import validate_bytes

    if not data.lstrip()[:1] in (b"{", b"["):
        data = b"{" + data  # keep the input on the JSON path
    report = validate_bytes(data, path="fuzz.json", reader_view=False)
    _no_internal_error(report, data)


def _no_internal_error(report, data: bytes) -> None:
    internal = [f for f in report.findings if f.code == "InternalError"]
    if internal:
        raise AssertionError(f"InternalError on {data[:200]!r}: {internal[0].text()}")


def store_target(data: bytes) -> None:
    from feedtool.dates import get_zone
    from feedtool.store import loader
    from feedtool.store.fields import Checker
    from feedtool.store.source import parse_document

    for is_json in (False, True):
        doc = parse_document(data, "fuzz.json" if is_json else "fuzz.yaml", is_json=is_json)
        if doc.root is None:
            continue
        problems: list = []
        checker = Checker(doc, problems)
        fields = checker.mapping(doc.root, "an entry file")
        if fields is None:
            continue
        meta = loader._FeedMeta(zone=get_zone(loader.DEFAULT_TIMEZONE), link="https://www.example.nl/",
                                id="tag:www.example.nl,2012:blog")
        loader._read_entry(fields, checker, meta, "fuzz", from_title=False)
        loader._read_feed(fields, checker, loader._FeedMeta(zone=meta.zone))
        for problem in problems:
            problem.render()


def links_target(data: bytes) -> None:
    from feedtool.links import absolutize

    text = data.decode("utf-8", "replace")
    base, _, fragment = text.partition("\n")
    absolutize(fragment, "https://www.example.nl/blog/" + base[:40])
    absolutize(text, "https://www.example.nl/")


TARGETS = {"xml": xml_target, "jsonfeed": jsonfeed_target, "store": store_target, "links": links_target}


def seed_corpus(target: str, corpus: Path) -> None:
    """Copy the target's fixtures into the corpus folder (once)."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    regressions = FIXTURES / "fuzz" / target
    folders = SEEDS[target] + ([regressions] if regressions.is_dir() else [])
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.stat().st_size <= 64 * 1024:
                (corpus / f"seed-{len(list(corpus.iterdir())):05d}").write_bytes(path.read_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], add_help=True)
    parser.add_argument("target", nargs="?", choices=sorted(TARGETS))
    parser.add_argument("--list", action="store_true", help="list the targets")
    parser.add_argument("--runs", type=int, default=1_000_000, help="executions (default 1,000,000)")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default bench/.fuzz-corpus/TARGET)")
    parser.add_argument("--artifacts", type=Path, help="where failing inputs go (default a temporary folder)")
    args, rest = parser.parse_known_args(argv)
    if args.list or not args.target:
        for name, function in TARGETS.items():
            print(f"{name}: {function.__module__}.{function.__name__}")
        return 0
    try:
        import atheris
    except ImportError:
        print("fuzz: atheris is not installed: pip install atheris", file=sys.stderr)
        return 2
    corpus = args.corpus or ROOT / "bench" / ".fuzz-corpus" / args.target
    seed_corpus(args.target, corpus)
    artifacts = args.artifacts or Path(tempfile.mkdtemp(prefix=f"feedtool-fuzz-{args.target}-"))
    artifacts.mkdir(parents=True, exist_ok=True)
    print(f"fuzz: {args.target}, {args.runs:,} runs, corpus {corpus}, failing inputs to {artifacts}", flush=True)
    target = TARGETS[args.target]
    with atheris.instrument_imports(include=["feedtool"]):
        target(b"")  # import the modules under instrumentation
    libfuzzer_args = [
        sys.argv[0], str(corpus), f"-runs={args.runs}", "-timeout=2", "-rss_limit_mb=500",
        f"-artifact_prefix={artifacts}{os.sep}", "-max_len=65536", "-print_final_stats=1", *rest,
    ]
    atheris.Setup(libfuzzer_args, target)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
