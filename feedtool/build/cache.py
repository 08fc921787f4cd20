"""The rebuild cache: a build whose every input is unchanged does no work, and says so honestly.

A build's result depends on its inputs only: the bytes of the files in the store (posts, the feed
file, attachments, the id guard's record), the options, the moment `now` (only through which entries
are still in the future), and the code (feedtool's source, its dependencies, Python). After a build
was rendered, read back, compared and committed, `.feedtool-cache.json` in the output directory
records:

- the key: a sha256 over all of those inputs;
- for every input file, its sha256 and the stat signature (size, mtime, ctime, inode) it had when
  its bytes were read, so that the next build need not read it again to know it is unchanged;
- the interval of `now` for which the selection stays the same;
- what the build printed and the digest of every document it wrote (the manifest's).

The next build stats every input file. A file whose signature is unchanged keeps its recorded
sha256 (as git trusts its index), unless its mtime or ctime was within RACY_NS of the moment it
was recorded: such a file could have changed again within the clock's granularity, so its bytes
are hashed again. A file whose signature changed is hashed; the first one whose bytes differ ends
the look (a full build follows). The cache hits only when the key is the same, `now` lies in the
interval, and every document in the output directory still has the bytes that were read back and
verified (checked against the manifest, byte for byte via sha256). Then nothing is rendered or
written: readers go on seeing exactly the verified bytes.

The cache file is written atomically (a synced temporary file renamed over it) after the commit,
under the output directory's lock. A kill leaves the old cache or the new one; either is checked
against the output before it is trusted, so neither can serve a stale result. The cache is never
needed: delete it, or pass --no-cache, and the build does everything again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from collections import namedtuple

from feedtool import __version__
from feedtool.build.files import JOURNAL_NAME, MANIFEST_NAME, TEMP_PREFIX, TEMP_SUFFIX

CACHE_NAME = ".feedtool-cache.json"
FORMAT_VERSION = 1
RACY_NS = 2_000_000_000  # coarse file systems keep mtimes to 1-2 s: within that, a signature proves nothing
# The packages whose code decides a build's bytes; their installed versions (the *.dist-info names of
# the directories they are installed in) are part of the key.
DEPENDENCIES = ("feedgen", "feedparser", "fastfeedparser", "lxml", "yaml", "markdown_it", "mdit_py_plugins",
                "slugify", "langcodes", "tzdata", "dateutil", "click")
CODE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # feedtool's own source: its .py files


class Signature(namedtuple("Signature", "size mtime_ns ctime_ns ino")):
    """A file's stat signature: a tuple, not a dataclass (10,000 of them are made on every rebuild), and
    collections' namedtuple, not typing's (a rebuild with nothing to do does not load typing)."""

    __slots__ = ()

    @classmethod
    def of(cls, st: os.stat_result) -> Signature:
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)

    def racy(self, moment_ns: int) -> bool:
        """Whether the file may have changed again since `moment_ns` without its signature showing it."""
        return max(self.mtime_ns, self.ctime_ns) >= moment_ns - RACY_NS


@dataclass(frozen=True, slots=True)
class CachedBuild:
    """What a build that is not redone reports: the same lines a full build of the same inputs prints."""

    documents: int
    entries: int
    tags: int
    stderr: tuple[str, ...]


@dataclass
class RebuildCache:
    """One build's look at the cache: the inputs' signatures now, and what the last build recorded."""

    out: Path
    store: Path
    options: dict
    scanned_ns: int = 0
    signatures: dict[str, Signature] = field(default_factory=dict)  # every input file now
    digests: dict[str, str] = field(default_factory=dict)  # sha256 known for the bytes behind `signatures`
    previous: dict | None = None
    observed: dict[str, tuple[Signature, str]] = field(default_factory=dict)  # read by the store loader
    rehashed: set[str] = field(default_factory=set)  # unchanged bytes behind a changed (or racy) signature
    outputs_rehashed: dict[str, list] = field(default_factory=dict)  # the same, of the output's documents
    code_key: str = ""  # feedtool's source, its dependencies' versions, Python, the time zone data
    noted: dict[str, list] = field(default_factory=dict)  # this build's feed documents: path -> [key, sha256]
    _root: str = ""  # the store's directory, absolute
    _posts: object | None = None  # feedtool.build.postcache.KnownPosts, made when a build runs

    @classmethod
    def open(cls, out: Path, store: Path, options: dict) -> RebuildCache:
        cache = cls(Path(out), Path(store), dict(options, feedtool=__version__, python=sys.version))
        cache.previous = _read_cache(cache.out)
        cache.scanned_ns = time.time_ns()
        cache.signatures = dict(_scan_inputs(cache.store, cache.out))
        cache.code_key = cache._code_key()
        return cache

    def _code_key(self) -> str:
        """A digest of the code that renders and reads back: every input that is not the store's."""
        recorded = (self.previous or {}).get("files", {})
        h = hashlib.sha256(self.options["feedtool"].encode() + self.options["python"].encode())
        for name in sorted(n for n in self.signatures if not n.startswith("store:")):
            if name.startswith("dist:"):
                sha = name
            else:
                signature, previous = self.signatures[name], recorded.get(name)
                if previous is not None and Signature(*previous[:4]) == signature and previous[4] is not None \
                        and not signature.racy(previous[5]):
                    sha = previous[4]
                else:
                    sha = _hash_file(self._path(name), signature) or "unreadable"
                self.digests[name] = sha
            h.update(f"{name}\0{sha}\n".encode())
        return h.hexdigest()

    def known_digest(self, name: str) -> str | None:
        """The sha256 of input `name`'s bytes as they were scanned, if known without reading them:
        hashed by this build's look, or recorded with the same signature outside the racy window."""
        if name in self.digests:
            return self.digests[name]
        signature = self.signatures.get(name)
        previous = (self.previous or {}).get("files", {}).get(name)
        if signature is None or previous is None or Signature(*previous[:4]) != signature or previous[4] is None \
                or signature.racy(previous[5]):
            return None
        return previous[4]

    def known_posts(self):
        """What earlier builds made of the store's post files (feedtool.build.postcache), for this build."""
        if self._posts is None:
            from feedtool.build.postcache import KnownPosts

            self._posts = KnownPosts(self)
        return self._posts

    # --- documents verified by an earlier build -----------------------------------------------

    def reuse(self, path: str, key: str) -> bytes | None:
        """The bytes of document `path` if an earlier build, with the same code, rendered them from the
        input `key`, read them back without a difference and wrote them, and they are still in --out."""
        previous = self.previous or {}
        verified = previous.get("verified", {}).get(path) if previous.get("code_key") == self.code_key else None
        if verified is None or verified[0] != key:
            return None
        try:
            data = (self.out / path).read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == verified[1] else None

    def note(self, path: str, key: str, data: bytes) -> None:
        self.noted[path] = [key, hashlib.sha256(data).hexdigest()]

    # --- looking up -----------------------------------------------------------------------

    def lookup(self, now_ts: float) -> CachedBuild | None:
        """The recorded build, if every input and every written document is as it recorded; else None."""
        previous = self.previous
        if previous is None or previous.get("options") != self._options_key():
            return None
        if not (previous["valid_from"] <= now_ts and (previous["valid_until"] is None or now_ts < previous["valid_until"])):
            return None
        recorded = previous["files"]
        if set(recorded) != set(self.signatures):
            return None
        for name, signature in self.signatures.items():
            entry = recorded[name]
            sha = entry[4]
            if name.startswith("dist:"):
                self.digests[name] = name
                continue
            trusted = (sha is not None and signature == tuple(entry[:4])
                       and max(signature[1], signature[2]) < entry[5] - RACY_NS)
            if trusted:
                self.digests[name] = sha
                continue
            current = _hash_file(self._path(name), signature)
            if current is None or current != sha:
                return None  # changed: a full build follows (and records this file's bytes as it reads them)
            self.digests[name] = current
            self.rehashed.add(name)
        if previous.get("key") != self._key(self.digests) or not _output_is(self.out, previous["manifest_sha256"],
                                                                           previous.get("outputs", {}), self.outputs_rehashed):
            return None
        if _leftovers(self.out):
            return None  # a build was killed while staging: the full build's commit clears its files
        if self.rehashed or self.outputs_rehashed:
            self._refresh()
        return CachedBuild(previous["documents"], previous["entries"], previous["tags"], tuple(previous["stderr"]))

    def _refresh(self) -> None:
        """Record the new signatures of files whose bytes were hashed again and found the same (as
        `git status` refreshes its index), so that the next build trusts them without reading them."""
        data = dict(self.previous)
        files = dict(data["files"])
        moment = time.time_ns()
        for name in self.rehashed:
            sig = self.signatures[name]
            files[name] = [sig.size, sig.mtime_ns, sig.ctime_ns, sig.ino, self.digests[name], moment]
        data["files"] = files
        outputs = dict(data.get("outputs", {}))
        outputs.update({path: [*entry, moment] for path, entry in self.outputs_rehashed.items()})
        data["outputs"] = outputs
        self._write(data)

    def _write(self, data: dict) -> None:
        from feedtool.build import write

        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with contextlib.suppress(OSError), write.locked(self.out, exclusive=True) as fd:
            if fd is None:
                return
            temp = write._stage(self.out / CACHE_NAME, text)
            os.replace(temp, self.out / CACHE_NAME)

    # --- recording --------------------------------------------------------------------------

    @contextlib.contextmanager
    def observing(self) -> Iterator[None]:
        """Record the bytes the store loader reads (their sha256 and signature), so they need not be read twice."""
        from feedtool.store import source

        def observe(path: str, st: os.stat_result, data: bytes) -> None:
            self.observed[self._name(path)] = (Signature.of(st), hashlib.sha256(data).hexdigest())

        before = source.read_observer
        source.read_observer = observe
        try:
            yield
        finally:
            source.read_observer = before

    def save(self, publication, stderr: list[str], valid: tuple[float, float | None], record: tuple[Path, bytes] | None) -> None:
        """Record a build that was read back and committed. `record`: the id guard's record as written."""
        from feedtool.build import write

        if self._posts is not None:  # pure functions of a post file's bytes and the settings: right whatever follows
            self._posts.save()
        files: dict[str, list] = {}
        digests: dict[str, str] = {}
        now_ns = time.time_ns()
        record_name = self._name(record[0]) if record is not None else None
        signatures = dict(self.signatures)
        if record_name is not None and record_name not in signatures:  # a record this build started
            try:
                signatures[record_name] = Signature.of(os.stat(record[0]))
            except OSError:
                return
        for name, signature in signatures.items():
            path = self._path(name)
            if name.startswith("dist:"):  # an installed version: its name is what counts
                sha = name
            elif name == record_name:  # rewritten by this build: its bytes are the ones written
                try:
                    signature = Signature.of(os.stat(path))
                except OSError:
                    return
                written = hashlib.sha256(record[1]).hexdigest()
                sha = written if _hash_file(path, signature) == written else None
            else:
                sha = self._digest_at_scan(name, path, signature)
            if sha is None:
                return  # an input changed while the build ran: record nothing, the next build does it all again
            files[name] = [signature.size, signature.mtime_ns, signature.ctime_ns, signature.ino, sha, now_ns]
            digests[name] = sha
        try:
            manifest = (self.out / MANIFEST_NAME).read_bytes()
        except OSError:
            return
        listed = _listed(manifest)
        if listed != {d.path: self.noted[d.path][1] if d.path in self.noted else hashlib.sha256(d.data).hexdigest()
                      for d in publication.documents}:
            return  # the manifest is not this build's: another build committed meanwhile
        data = {
            "comment": "Written by feedtool build: what the last build read and wrote, so that an unchanged "
                       "store is not built again. Safe to delete; see docs/build.md.",
            "version": FORMAT_VERSION,
            "key": self._key(digests),
            "options": self._options_key(),
            "valid_from": valid[0],
            "valid_until": valid[1],
            "manifest_sha256": hashlib.sha256(manifest).hexdigest(),
            "documents": len(publication.documents),
            "entries": len(publication.selection.entries),
            "tags": len(publication.channels) - 1,
            "stderr": list(stderr),
            "code_key": self.code_key,
            "verified": dict(sorted(self.noted.items())),
            "outputs": _output_signatures(self.out, listed),
            "files": dict(sorted(files.items())),
        }
        self._write(data)

    def _digest_at_scan(self, name: str, path: str, signature: Signature) -> str | None:
        """The sha256 of the bytes the file had when it was scanned, or None when that cannot be known."""
        observed = self.observed.get(name)
        if observed is not None:
            return observed[1] if observed[0] == signature else None
        if name in self.digests:
            sha = self.digests[name]
        else:
            previous = (self.previous or {}).get("files", {}).get(name)
            if previous is not None and Signature(*previous[:4]) == signature and not signature.racy(previous[5]):
                sha = previous[4]
            else:
                sha = _hash_file(path, signature)
        try:
            still = Signature.of(os.stat(path))
        except OSError:
            return None
        return sha if still == signature else None

    # --- the key ------------------------------------------------------------------------

    def _options_key(self) -> str:
        """The options as a digest: the file names no local paths (the output may be deployed as it is)."""
        return hashlib.sha256(json.dumps(self.options, sort_keys=True).encode()).hexdigest()

    def _key(self, digests: dict[str, str]) -> str:
        h = hashlib.sha256()
        h.update(self._options_key().encode())
        for name in sorted(digests):
            h.update(f"{name}\0{digests[name]}\n".encode())
        return h.hexdigest()

    def _path(self, name: str) -> str:
        kind, rest = name.split(":", 1)
        if kind == "store":
            return os.path.join(self._store_root(), rest)
        if kind == "code":
            return os.path.join(os.path.abspath(CODE_ROOT), rest)
        return rest

    def _name(self, path: Path | str) -> str:
        if not self._root:
            self._root = self._store_root()
        absolute = os.path.abspath(path)
        if absolute.startswith(self._root) and absolute[len(self._root):len(self._root) + 1] == os.sep:
            return "store:" + absolute[len(self._root) + 1:]  # what relpath says, without its cost (10,000 posts)
        return "store:" + os.path.relpath(absolute, self._root)

    def _store_root(self) -> str:
        return os.path.abspath(self.store if self.store.is_dir() else self.store.parent)


def valid_interval(feed, now_ts: float, include_future: bool) -> tuple[float, float | None]:
    """The moments for which `now_ts` selects the same entries: from the newest entry published by
    then, until the next one is due (for ever with --include-future)."""
    if include_future:
        return (float("-inf"), None)
    stamps = [e.published.timestamp() for e in feed.entries]
    past = [s for s in stamps if s <= now_ts]
    future = [s for s in stamps if s > now_ts]
    return (max(past, default=float("-inf")), min(future, default=None))


# --- inputs -------------------------------------------------------------------------------


def _scan_inputs(store: Path, out: Path) -> Iterator[tuple[str, Signature]]:
    """Every file a build may read: the store's files (below its directory, or beside a one-file
    store), feedtool's own source, the installed dependencies' version records, the time zone data."""
    out_real = os.path.realpath(out)
    root = store if store.is_dir() else store.parent
    yield from _walk("store", os.path.abspath(root), out_real)
    yield from _walk("code", os.path.abspath(CODE_ROOT), out_real, suffix=".py")
    for directory in sorted(_dependency_dirs()):
        with contextlib.suppress(OSError):
            for entry in sorted(os.scandir(directory), key=lambda e: e.name):
                if entry.name.endswith((".dist-info", ".egg-info")):
                    yield f"dist:{entry.name}", Signature(0, 0, 0, 0)
    for directory in _tz_dirs():
        for name in ("tzdata.zi", "+VERSION"):
            path = os.path.join(directory, name)
            with contextlib.suppress(OSError):
                yield f"tz:{path}", Signature.of(os.stat(path))


def _walk(kind: str, root: str, out_real: str, suffix: str | None = None) -> Iterator[tuple[str, Signature]]:
    """Regular files below `root` (links followed, as the loader follows them), skipping hidden folders
    (the loader reads nothing there) and the output directory."""
    stack = [root]
    prefix = os.path.join(root, "")
    while stack:
        directory = stack.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir():
                    if not entry.name.startswith(".") and entry.name != "__pycache__" \
                            and os.path.realpath(entry.path) != out_real:
                        stack.append(entry.path)
                    continue
                if suffix is not None and not entry.name.endswith(suffix):
                    continue
                st = entry.stat()
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                yield f"{kind}:{entry.path[len(prefix):]}", Signature.of(st)  # relative: no local paths in the file


def _dependency_dirs() -> set[str]:
    """The sys.path folders the dependencies are installed in (found as the import system finds
    them, without loading importlib.util: a rebuild that does nothing should cost nothing)."""
    found = set()
    for name in DEPENDENCIES:
        for entry in sys.path:
            folder = entry or os.getcwd()
            if os.path.isdir(os.path.join(folder, name)) or os.path.isfile(os.path.join(folder, name + ".py")):
                found.add(os.path.abspath(folder))
                break
    return found


def _tz_dirs() -> list[str]:
    try:
        import zoneinfo

        return [d for d in zoneinfo.TZPATH if os.path.isdir(d)]
    except ImportError:
        return []


def _hash_file(path: str, signature: Signature) -> str | None:
    """The sha256 of the file's bytes, if it still has `signature` after they were read; else None."""
    try:
        with open(path, "rb") as handle:
            sha = hashlib.file_digest(handle, "sha256").hexdigest()
            if Signature.of(os.fstat(handle.fileno())) != signature:
                return None
    except OSError:
        return None
    return sha


def _output_is(out: Path, manifest_sha: str, outputs: dict, rehashed: dict | None = None) -> bool:
    """Whether the output directory holds exactly the documents the recorded manifest lists, byte for
    byte. A document whose stat signature is the one recorded after the commit (and was not racy
    then) is known by it, as the store's files are; any other is hashed (and put in `rehashed`)."""
    try:
        manifest = (out / MANIFEST_NAME).read_bytes()
    except OSError:
        return False
    if hashlib.sha256(manifest).hexdigest() != manifest_sha or (out / JOURNAL_NAME).exists():
        return False
    listed = _listed(manifest)  # the very bytes recorded after the commit (their sha256 is the one recorded)
    if listed is None:
        return False
    root = os.fspath(out)  # joined as strings: 1,500 documents of a large store, each a Path otherwise
    for path, sha in listed.items():
        full = os.path.join(root, path)
        try:
            signature = Signature.of(os.stat(full))
        except OSError:
            return False
        recorded = outputs.get(path)
        if recorded is not None and Signature(*recorded[:4]) == signature and recorded[4] == sha \
                and not signature.racy(recorded[5]):
            continue
        if _hash_file(full, signature) != sha:
            return False
        if rehashed is not None:
            rehashed[path] = [signature.size, signature.mtime_ns, signature.ctime_ns, signature.ino, sha]
    return True


def _listed(manifest: bytes) -> dict[str, str] | None:
    """Each document's sha256 as the manifest lists it (parsed here, not by the writer, which a rebuild
    with nothing to do does not load); None when it is not a manifest write wrote."""
    try:
        return {path: entry["sha256"] for path, entry in json.loads(manifest)["documents"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _leftovers(out: Path) -> bool:
    """Whether temporary files of a build killed before its commit point lie in the output directory."""
    for _, _, names in os.walk(out):
        if any(n.startswith(TEMP_PREFIX) and n.endswith(TEMP_SUFFIX) for n in names):
            return True
    return False


def _output_signatures(out: Path, listed: dict[str, str]) -> dict[str, list]:
    """The stat signature of every document just committed, beside the sha256 it was written with."""
    moment = time.time_ns()
    found = {}
    for path, sha in listed.items():
        try:
            sig = Signature.of(os.stat(out / path))
        except OSError:
            continue
        found[path] = [sig.size, sig.mtime_ns, sig.ctime_ns, sig.ino, sha, moment]
    return found


def _read_cache(out: Path) -> dict | None:
    try:
        data = json.loads((out / CACHE_NAME).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        return None
    return data
