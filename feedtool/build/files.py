"""The names feedtool gives its own files in an output directory (feedtool/build/write.py writes
them); here, apart, so that a rebuild with nothing to do (feedtool/build/cache.py) can look at them
without loading the writer."""

MANIFEST_NAME = ".feedtool-manifest.json"
JOURNAL_NAME = ".feedtool-journal.json"
TEMP_PREFIX = ".feedtool-"
TEMP_SUFFIX = ".tmp"
