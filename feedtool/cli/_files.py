"""Writing output files so that readers of the directory never see a half-written feed.

Every file is first written in full to an unnamed temporary file in the output
directory (O_TMPFILE where the file system has it) and flushed to disk; only when all
of them are staged is each moved over its old file with one atomic rename. A lock on
the directory keeps concurrent builds from interleaving (and one build from clearing away another's
temporary file). A kill at any moment leaves each file either
as it was or fully replaced; a temporary name exists only for the instant between
link and rename, and any such leftover is removed by the next write.
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from feedtool.errors import OutputError

TEMP_PREFIX = ".feedtool-"
TEMP_SUFFIX = ".tmp"


def write_files(directory: Path, files: Mapping[str, bytes]) -> list[str]:
    """Write `files` (name -> bytes) into `directory` atomically; return the names that changed.

    Files whose bytes are already on disk are left untouched (their mtime too), so
    ETag and Last-Modified only change when the feed does. Raises OutputError.
    """
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise _output_error(directory, exc) from None
    staged: list[_Staged] = []
    try:
        fcntl.flock(dir_fd, fcntl.LOCK_EX)  # released when dir_fd is closed, even on SIGKILL
        _remove_leftovers(directory)
        changed = [name for name, data in files.items() if _read(directory / name) != data]
        # Stage every file (written and synced, still unnamed where O_TMPFILE allows) before
        # replacing any: a full disk or a kill while writing then leaves all the earlier files
        # as they were, never a new atom.xml beside an old rss.xml, and no temporary file.
        for name in changed:
            staged.append(_stage(directory, name, files[name]))
        for item in staged:
            if not item.named:
                os.link(f"/proc/self/fd/{item.fd}", item.temp_name, dst_dir_fd=dir_fd, follow_symlinks=True)
                item.named = True
            os.replace(item.temp_name, item.name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
            item.named = False
        if changed:
            os.fsync(dir_fd)  # make the renames themselves durable
        return changed
    except OSError as exc:
        raise _output_error(directory, exc) from None
    finally:
        for item in staged:
            os.close(item.fd)
            if item.named:
                _unlink(directory / item.temp_name)
        os.close(dir_fd)


@dataclass
class _Staged:
    name: str  # the file it will replace
    temp_name: str  # the name it gets (or has, when `named`) until the rename
    fd: int
    named: bool  # False while it is an unnamed O_TMPFILE, and again once renamed


def _stage(directory: Path, name: str, data: bytes) -> _Staged:
    """Write `data` to a new temporary file beside `name`, synced to disk, kept open."""
    temp_name = f"{TEMP_PREFIX}{name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    fd, named = _open_temp(directory, temp_name)
    try:
        _write_all(fd, data)
        os.fchmod(fd, _mode(directory / name))
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        if named:
            _unlink(directory / temp_name)
        raise
    return _Staged(name, temp_name, fd, named)


def _open_temp(directory: Path, temp_name: str) -> tuple[int, bool]:
    """An fd to write to: an unnamed O_TMPFILE where possible (False), else a named temp file (True)."""
    if hasattr(os, "O_TMPFILE") and Path("/proc/self/fd").is_dir():
        try:
            return os.open(directory, os.O_TMPFILE | os.O_WRONLY, 0o600), False
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
                raise
    return os.open(directory / temp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), True


def _mode(path: Path) -> int:
    """The replaced file keeps its permissions; a new one is readable by all, as a web root needs."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _remove_leftovers(directory: Path) -> None:
    for path in directory.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        _unlink(path)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _output_error(directory: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EEXIST, errno.ENOTDIR) and not directory.is_dir():
        reason = "that path (or a part of it) is a file, not a directory"
    return OutputError(
        f"cannot write the feeds to {directory}/: {reason}. "
        "The earlier output is untouched; check that the directory exists and is writable, or choose another --out."
    )
