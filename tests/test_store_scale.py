"""Large stores: memory holds the posts, not the files (the 100,000-entry figures are in bench/store_bench.py)."""

from __future__ import annotations

import tracemalloc

from feedtool.store import load_store
from storefixtures import make_store

FILES = 2_000
PADDING = 20_000  # bytes of YAML comment per file: read, parsed and dropped


def test_memory_does_not_grow_with_file_size(tmp_path):
    store = make_store(tmp_path)
    comment = "# " + "opvulling " * (PADDING // 10) + "\n"
    for i in range(FILES):
        (store / f"bericht-{i:05}.yaml").write_text(
            f"title: Bericht {i}\npublished: 2012-{1 + i % 12:02}-{1 + i % 28:02}T{i % 24:02}:{i % 60:02}:00+01:00\n"
            + comment, encoding="utf-8")
    total_bytes = sum(p.stat().st_size for p in store.iterdir())
    tracemalloc.start()
    try:
        feed = load_store(store).feed
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(feed.entries) == FILES
    assert total_bytes > 40_000_000
    # Keeping every file's text would need more than total_bytes; the posts themselves need ~1-2 kB each.
    assert peak < total_bytes / 8, (peak, total_bytes)
    assert peak / FILES < 4_000, peak / FILES
