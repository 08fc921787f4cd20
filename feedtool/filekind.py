"""What kind of file a path is, for refusing anything but regular files before opening them.

Opening is not harmless: a FIFO blocks until a writer comes, and some devices act on open
(a watchdog starts counting, a tape rewinds). So the store and `validate` look first (stat)
and open only regular files, with O_NONBLOCK in case the path is swapped in between.
"""

from __future__ import annotations

import os
import stat

OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


# The message fragment of each kind (declared with the validator's texts, feedtool/validate/catalog/http.py).
KIND_IDS = {"a directory": "kind.directory", "a named pipe (FIFO)": "kind.fifo", "a socket": "kind.socket",
            "a character device": "kind.character_device", "a block device": "kind.block_device"}


def not_regular(mode: int) -> str | None:
    """None for a regular file; else what it is ("a named pipe (FIFO)", "a character device", ...)."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "not a regular file"
