"""The store: posts kept as YAML or JSON files, read and checked into a Feed.

`load_store(path)` is the whole public surface for reading; `docs/store.md`
describes the format. Every problem carries file, line and field.
"""

from feedtool.store.fields import ENTRY_FIELDS, FEED_FIELDS
from feedtool.store.loader import DEFAULT_LIMIT, DEFAULT_TIMEZONE, FEED_FILE_NAMES, StoreResult, load_store
from feedtool.store.source import MAX_FILE_BYTES

__all__ = [
    "load_store", "StoreResult", "FEED_FIELDS", "ENTRY_FIELDS", "FEED_FILE_NAMES", "DEFAULT_LIMIT",
    "DEFAULT_TIMEZONE", "MAX_FILE_BYTES",
]
