"""Step 4 of a build: the whole publication on disk at once, or nothing of it.

A commit, under an exclusive lock (`flock`) on the output directory:
1. look: every document's target is compared with what is there; a file that
   feedtool did not write (it is not in the manifest) stops the commit before
   anything is written, and so does a directory or link where a file would go;
2. stage: every new or changed document, the id guard's record and the new
   manifest are written in full to hidden temporary files beside their targets
   and synced to disk;
3. commit point: a journal listing every rename and removal is synced and put in
   place with one atomic rename;
4. apply: every temporary file is renamed over its target, documents no longer
   produced are removed, the journal is deleted.

A failure before the commit point removes the temporary files and leaves every
earlier file as it was (checked, not assumed). A kill after it leaves the
journal: the next `build`, `check` or `serve` calls `recover`, which completes
the renames (roll forward), because every staged file was already read back and
verified; rolling back would need the old bytes too, and the old set is exactly
what the publisher asked to replace. So nobody ever sees a mixed set for longer
than it takes the next command to start, and `serve` reads files only under a
shared lock, which a commit in progress holds off.

The manifest (`.feedtool-manifest.json` in the output directory) lists what
feedtool wrote there: path, sha256 and media type. Files not in it are never
touched.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from feedtool.build.files import JOURNAL_NAME, MANIFEST_NAME, TEMP_PREFIX, TEMP_SUFFIX
from feedtool.errors import OutputError
from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.i18n import render

if TYPE_CHECKING:  # a rebuild that writes nothing reads the manifest here and needs no publication
    from feedtool.publication import Document

FORMAT_VERSION = 1
_LEGACY_GENERATOR = b'<generator uri="https://github.com/feedtool/feedtool">feedtool</generator>'


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    sha256: str
    media_type: str
    kind: str


@dataclass(frozen=True, slots=True)
class ExtraFile:
    """A file outside the output directory written in the same commit: the id guard's record."""

    path: Path
    data: bytes


@dataclass(frozen=True, slots=True)
class Recovery:
    """What `recover` completed of an interrupted commit."""

    completed: tuple[str, ...]  # targets renamed into place
    removed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: tuple[str, ...] = ()  # new documents
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()  # documents no longer produced, deleted
    kept: tuple[str, ...] = ()  # documents no longer produced but edited since: left in place, out of the manifest
    extra_written: bool = False
    recovered: Recovery | None = None


class ConflictError(OutputError):
    """Something feedtool did not write stands where a document would go; nothing was written."""

    def __init__(self, manifest: Path, conflicts: Sequence[Message | str]):  # a str: a path, the same in every language
        super().__init__(msg("write.conflict", manifest=str(manifest)))
        self.conflicts = tuple(conflicts)

    def render(self, lang: str = "en") -> str:
        lines = [self.message.render(lang), *("  " + render(c, lang) for c in self.conflicts)]
        return "\n".join([*lines, msg("write.conflict.hint").render(lang)])


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- reading ----------------------------------------------------------------------------


def read_manifest(out: Path) -> dict[str, ManifestEntry]:
    """The documents feedtool wrote into `out`, by path; {} where there is no manifest."""
    path = Path(out) / MANIFEST_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(msg("write.manifest.unreadable", path=str(path), reason=str(exc))) from None
    try:
        data = json.loads(text)
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"unknown version {data.get('version')!r}")
        return {p: ManifestEntry(e["sha256"], e["media_type"], e["kind"]) for p, e in data["documents"].items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise OutputError(msg("write.manifest.damaged", path=str(path), reason=str(exc))) from None


def dump_manifest(documents: dict[str, ManifestEntry]) -> bytes:
    data = {
        "comment": "Written by feedtool build: the files it wrote here. Do not edit; see docs/build.md.",
        "version": FORMAT_VERSION,
        "documents": {p: {"sha256": e.sha256, "media_type": e.media_type, "kind": e.kind}
                      for p, e in sorted(documents.items())},
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- locks ------------------------------------------------------------------------------


@contextlib.contextmanager
def locked(out: Path, *, exclusive: bool, create: bool = False) -> Iterator[int | None]:
    """Hold a lock on the directory `out` (None when it does not exist and `create` is off)."""
    out = Path(out)
    try:
        if create:
            out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        if create:
            raise
        yield None
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)  # released on close, even on SIGKILL
        yield fd
    finally:
        os.close(fd)


@contextlib.contextmanager
def reading(out: Path) -> Iterator[None]:
    """Read files of `out` while no commit is under way: a reader never sees half of a new set.

    A commit that was interrupted is completed first.
    """
    if (Path(out) / JOURNAL_NAME).exists():
        recover(out)
    with locked(out, exclusive=False):
        yield


def recover(out: Path) -> Recovery | None:
    """Complete a commit that was interrupted after its commit point; None when there was none."""
    out = Path(out)
    if not (out / JOURNAL_NAME).exists():
        return None
    try:
        with locked(out, exclusive=True) as fd:
            if fd is None:
                return None
            return _recover_locked(out, fd)
    except OSError as exc:
        raise _os_error(out, exc, "write.doing.complete") from None


def _recover_locked(out: Path, dir_fd: int) -> Recovery | None:
    journal_path = out / JOURNAL_NAME
    try:
        journal = json.loads(journal_path.read_text(encoding="utf-8"))
        moves = [(_resolve(out, m["temp"]), _resolve(out, m["target"])) for m in journal["moves"]]
        removals = [(_resolve(out, r["path"]), r["sha256"]) for r in journal["removals"]]
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as exc:
        raise OutputError(msg("write.journal.damaged", path=str(journal_path), reason=str(exc), out=str(out))) from None
    completed, removed = [], []
    touched: set[Path] = {out}
    for temp, target in moves:
        if temp.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
            completed.append(_display(out, target))
            touched.add(target.parent)
    for path, sha in removals:
        if _remove_if_same(path, sha):
            removed.append(_display(out, path))
            touched.add(path.parent)
            _prune(path.parent, out)
    _sync_dirs(touched)
    os.unlink(journal_path)
    os.fsync(dir_fd)
    return Recovery(tuple(completed), tuple(removed))


# --- committing ---------------------------------------------------------------------------


@dataclass
class _Plan:
    new: list[Document] = field(default_factory=list)
    changed: list[Document] = field(default_factory=list)
    unchanged: list[Document] = field(default_factory=list)
    removals: list[tuple[str, str]] = field(default_factory=list)  # (path, sha256 written)
    kept: list[str] = field(default_factory=list)
    conflicts: list[Message | str] = field(default_factory=list)
    before: dict[Path, str | None] = field(default_factory=dict)  # what each target held, to check "untouched"


def commit(out: Path, documents: Sequence[Document], *, extra: ExtraFile | None = None) -> WriteReport:
    """Write `documents` into `out` (created when missing) as one set, and `extra` with them.

    Raises ConflictError (a file feedtool did not write is in the way; nothing written) or
    OutputError (it could not be written; the message says exactly what state things are in).
    """
    out = Path(out)
    _check_paths(documents)
    try:
        lock = locked(out, exclusive=True, create=True)
        dir_fd = lock.__enter__()
    except OSError as exc:
        raise _os_error(out, exc, "write.doing.write", nothing_written=True) from None
    try:
        try:
            recovered = _recover_locked(out, dir_fd) if (out / JOURNAL_NAME).exists() else None
        except OSError as exc:
            raise _os_error(out, exc, "write.doing.complete_earlier") from None
        _remove_leftovers(out, extra)
        manifest = read_manifest(out)
        plan = _plan(out, documents, manifest)
        if plan.conflicts:
            raise _conflict_error(out, plan.conflicts)
        new_manifest = {d.path: ManifestEntry(digest(d.data), d.media_type, d.kind) for d in documents}
        extra_before = None if extra is None else _read(extra.path)
        extra_changed = extra is not None and extra_before != extra.data
        if extra_changed:
            plan.before[extra.path] = None if extra_before is None else digest(extra_before)
        manifest_bytes = dump_manifest(new_manifest)
        work = plan.new + plan.changed
        if not work and not plan.removals and not extra_changed and _read(out / MANIFEST_NAME) == manifest_bytes:
            return _report(plan, False, recovered)
        _write_set(out, dir_fd, plan, work, manifest_bytes, extra if extra_changed else None)
        return _report(plan, extra_changed, recovered)
    except OSError as exc:  # while looking, before anything was staged
        raise _os_error(out, exc, "cannot write the publication to", nothing_written=True) from None
    finally:
        lock.__exit__(None, None, None)


def preview(out: Path, documents: Sequence[Document]) -> WriteReport:
    """What `commit(out, documents)` would write, change and remove, without writing anything (`feedtool check`).

    Raises ConflictError, as commit would, when a file feedtool did not write is in the way.
    """
    out = Path(out)
    _check_paths(documents)
    if not out.exists():
        return WriteReport(written=tuple(d.path for d in documents))
    try:
        with locked(out, exclusive=False):
            plan = _plan(out, documents, read_manifest(out))
    except OSError as exc:
        raise _os_error(out, exc, "write.doing.read", nothing_written=True) from None
    if plan.conflicts:
        raise _conflict_error(out, plan.conflicts)
    return _report(plan, False, None)


def _conflict_error(out: Path, conflicts: Sequence[Message | str]) -> ConflictError:
    return ConflictError(out / MANIFEST_NAME, conflicts)


def _report(plan: _Plan, extra_written: bool, recovered: Recovery | None) -> WriteReport:
    return WriteReport(
        written=tuple(d.path for d in plan.new),
        changed=tuple(d.path for d in plan.changed),
        unchanged=tuple(d.path for d in plan.unchanged),
        removed=tuple(p for p, _ in plan.removals),
        kept=tuple(plan.kept),
        extra_written=extra_written,
        recovered=recovered,
    )


def _check_paths(documents: Sequence[Document]) -> None:
    seen = set()
    for document in documents:
        path = PurePosixPath(document.path)
        if path.is_absolute() or ".." in path.parts or not path.parts or document.path in seen \
                or path.name.startswith(TEMP_PREFIX) or document.path in (MANIFEST_NAME, JOURNAL_NAME):
            raise ValueError(f"a renderer made a document with an unusable path: {document.path!r}")
        seen.add(document.path)


def _plan(out: Path, documents: Sequence[Document], manifest: dict[str, ManifestEntry]) -> _Plan:
    plan = _Plan()
    for document in documents:
        target = out / document.path
        blocker = _blocking_parent(out, target)
        if blocker is not None:
            plan.conflicts.append(msg("write.conflict.folder", blocker=str(blocker), document=document.path))
            continue
        if target.is_symlink() or (target.exists() and not target.is_file()):
            plan.conflicts.append(msg("write.conflict.link" if target.is_symlink() else "write.conflict.directory",
                                      target=str(target)))
            continue
        current = _read(target)
        plan.before[target] = None if current is None else digest(current)
        if current is None:
            plan.new.append(document)
        elif current == document.data:
            plan.unchanged.append(document)
        elif document.path in manifest or (not manifest and _LEGACY_GENERATOR in current[:4096]):
            # Not in any manifest, but a feed that names feedtool as its generator: written by a build
            # from before manifests were kept.
            plan.changed.append(document)
        else:
            plan.conflicts.append(str(target))
    produced = {d.path for d in documents}
    for path, entry in sorted(manifest.items()):
        if path in produced:
            continue
        current = _read(out / path)
        if current is None:
            continue
        if digest(current) == entry.sha256:
            plan.removals.append((path, entry.sha256))
        else:
            plan.kept.append(path)
    return plan


def _blocking_parent(out: Path, target: Path) -> Path | None:
    parent = target.parent
    while parent != out:
        if parent.is_symlink() or (parent.exists() and not parent.is_dir()):
            return parent
        parent = parent.parent
    return None


def _write_set(out: Path, dir_fd: int, plan: _Plan, work: list[Document], manifest_bytes: bytes,
               extra: ExtraFile | None) -> None:
    staged: list[tuple[Path, Path]] = []  # (temp, target)
    created: list[Path] = []
    try:
        if extra is not None:  # first: a store that cannot be written fails before the output is touched
            staged.append((_stage(extra.path, extra.data), extra.path))
        for document in work:
            target = out / document.path
            created += _make_parents(out, target.parent)
            staged.append((_stage(target, document.data), target))
        staged.append((_stage(out / MANIFEST_NAME, manifest_bytes), out / MANIFEST_NAME))
        journal = {
            "comment": "An interrupted feedtool build: the next build, check or serve completes it.",
            "version": FORMAT_VERSION,
            "moves": [{"temp": _stored(out, t), "target": _stored(out, g)} for t, g in staged],
            "removals": [{"path": p, "sha256": s} for p, s in plan.removals],
        }
        journal_temp = _stage(out / JOURNAL_NAME, (json.dumps(journal, indent=2) + "\n").encode("utf-8"))
        os.replace(journal_temp, out / JOURNAL_NAME)
        os.fsync(dir_fd)
    except BaseException as exc:
        for temp, _ in staged:
            _unlink(temp)
        for directory in reversed(created):
            with contextlib.suppress(OSError):
                directory.rmdir()
        if isinstance(exc, OSError):
            raise OutputError(_before_commit_message(out, exc, plan, extra, staged)) from None
        raise
    try:
        _recover_locked(out, dir_fd)
    except OSError as exc:
        raise OutputError(msg("write.commit_failed", out=str(out), reason=exc.strerror or str(exc),
                              journal=str(out / JOURNAL_NAME))) from None


def _before_commit_message(out: Path, exc: OSError, plan: _Plan, extra: ExtraFile | None,
                           staged: list[tuple[Path, Path]]) -> Message:
    where = Path(exc.filename).parent if exc.filename else out
    what = msg("write.reason.in", reason=exc.strerror or str(exc), where=str(where))
    if extra is not None and not any(target == extra.path for _, target in staged):
        head = msg("write.head.record", record=str(extra.path), what=what)
    else:
        head = msg("write.head.publication", out=str(out), what=what)
    moved = [str(target) for target, before in plan.before.items() if _digest_of(target) != before]
    if moved:
        return msg("write.failed.moved", head=head, moved=", ".join(moved))
    if extra is not None:
        return msg("write.failed.unchanged.record", head=head, out=str(out), record=str(extra.path))
    return msg("write.failed.unchanged", head=head, out=str(out))


def _stage(target: Path, data: bytes) -> Path:
    """Write `data` to a new hidden temporary file beside `target`, synced to disk."""
    import secrets  # here: a rebuild that writes nothing does not load it (hmac, random, base64)

    temp = target.with_name(f"{TEMP_PREFIX}{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fchmod(fd, _mode(target))
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _unlink(temp)
        raise
    os.close(fd)
    return temp


def _make_parents(out: Path, directory: Path) -> list[Path]:
    missing = []
    while directory != out and not directory.exists():
        missing.append(directory)
        directory = directory.parent
    for path in reversed(missing):
        path.mkdir(mode=0o755)
    return list(reversed(missing))


def _mode(path: Path) -> int:
    """A replaced file keeps its permissions; a new one is readable by all, as a web root needs."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _remove_if_same(path: Path, sha: str) -> bool:
    current = _read(path)
    if current is None or digest(current) != sha:
        return False
    os.unlink(path)
    return True


def _prune(directory: Path, out: Path) -> None:
    """Remove folders that a removed document leaves empty (never `out` itself)."""
    while directory != out and out in directory.parents:
        try:
            directory.rmdir()
        except OSError:
            return
        directory = directory.parent


def _sync_dirs(directories: set[Path]) -> None:
    for directory in directories:
        with contextlib.suppress(FileNotFoundError):
            fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _remove_leftovers(out: Path, extra: ExtraFile | None) -> None:
    """Temporary files of a build that died before its commit point, and the folders made for them."""
    # Listed in full first: pruning a folder while the walk is still in it would end the walk early.
    try:
        leftovers = list(out.rglob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        leftovers = []
    for path in leftovers:
        with contextlib.suppress(OSError):
            _unlink(path)
            _prune(path.parent, out)
    if extra is not None:
        with contextlib.suppress(OSError):
            for path in extra.path.parent.glob(f"{TEMP_PREFIX}{extra.path.name}.*{TEMP_SUFFIX}"):
                _unlink(path)


def _stored(out: Path, path: Path) -> str:
    """Paths inside `out` relative to it (the folder may be moved); others absolute."""
    try:
        return path.relative_to(out).as_posix()
    except ValueError:
        return str(path.resolve())


def _resolve(out: Path, stored: str) -> Path:
    path = Path(stored)
    return path if path.is_absolute() else out / path


def _display(out: Path, path: Path) -> str:
    try:
        return path.relative_to(out).as_posix()
    except ValueError:
        return str(path)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _digest_of(path: Path) -> str | None:
    data = _read(path)
    return None if data is None else digest(data)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _os_error(out: Path, exc: OSError, doing: str, nothing_written: bool = False) -> OutputError:
    reason: Message | str = exc.strerror or str(exc)
    if exc.errno in (errno.EEXIST, errno.ENOTDIR) and not out.is_dir():
        reason = msg("write.reason.file")
    return OutputError(msg("write.os_error.nothing_written" if nothing_written else "write.os_error",
                           doing=msg(doing, out=str(out)), reason=reason))
