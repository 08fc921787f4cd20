"""The project's settings: `[tool.feedtool]` in pyproject.toml, or a feedtool.toml.

Found like ruff finds its own: from the working directory upwards, the first directory
with a feedtool.toml, or a pyproject.toml that has a `[tool.feedtool]` table, holds the
settings (feedtool.toml wins in the same directory; a pyproject.toml without the table is
passed over). A feedtool.toml has the keys at its top level.

    [tool.feedtool]
    ignore = ["MissingSelf"]
    strict = true
    max-size = "15M"
    format = "text"
    language = "nl"

    [tool.feedtool.per-path-ignores]
    "legacy/*.xml" = ["InvalidRFC2822Date"]

Every value is checked here; a file that does not parse, an unknown key or a wrong value
is a ConfigError naming the file, the line and the key. Nothing here prints: the CLI
merges these settings with its options (the command line wins) and shows them.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from feedtool.errors import UsageError
from feedtool.i18n import Message
from feedtool.i18n import message as msg

FEEDTOOL_TOML = "feedtool.toml"
PYPROJECT_TOML = "pyproject.toml"
TOOL_TABLE = "tool.feedtool"
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1000, "m": 1000**2, "g": 1000**3, "ki": 1024, "mi": 1024**2, "gi": 1024**3}


class ConfigError(UsageError):
    """The settings file cannot be used: it does not parse, or holds an unknown key or a wrong value (exit 2)."""


MAX_SIZE = 1024**4  # 1 TiB: far above any feed, and small enough for every read and decompressor bound


def parse_size(value: str | int) -> int:
    """Bytes from `15M`, `50MB`, `2GiB` or a plain number; ValueError saying how to write one."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a size: write bytes or a number with K, M or G (e.g. 50M, 2GiB)")
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.match(str(value))
        if not match:
            raise ValueError(f"{value!r} is not a size: write bytes or a number with K, M or G (e.g. 50M, 2GiB)")
        unit = (match.group(2) or "").lower().rstrip("b")
        number = float(match.group(1)) * _UNITS[unit]  # a 5,000-digit number is inf here, not an overflow
        size = int(number) if number <= MAX_SIZE else MAX_SIZE + 1
    if size > MAX_SIZE:
        shown = str(value).strip()
        shown = shown if len(shown) <= 30 else shown[:30] + "…"
        raise ValueError(f"{shown} is more than feedtool can hold in memory (at most 1TiB); give a size such as 50M")
    if size <= 0:
        raise ValueError("the size must be positive")
    return size


@dataclass(frozen=True, slots=True)
class Setting:
    """One value in force and where it came from ("default", "command line (--strict)", "pyproject.toml:12")."""

    value: Any
    source: str


@dataclass(frozen=True)
class Config:
    """The settings read from one file (or none: `path` is None and `values` is empty)."""

    path: Path | None = None
    values: dict[str, Setting] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """The directory per-path patterns are relative to: the settings file's own."""
        return self.path.parent if self.path else Path.cwd()

    @property
    def description(self) -> str:
        if self.path is None:
            return "none found (defaults and the command line only)"
        table = f" [{TOOL_TABLE}]" if self.path.name == PYPROJECT_TOML else ""
        return f"{display_path(self.path)}{table}"


# The keys a settings file may hold, each with its check: value -> value in force (ValueError says why not).
Checker = Callable[[Any], Any]


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"write true or false (without quotes), not {value!r}")
    return value


def _codes(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f'write a list of finding codes, e.g. ["MissingSelf"], not {value!r}')
    names = tuple(dict.fromkeys(code.strip() for v in value for code in v.split(",") if code.strip()))
    _check_codes(names)
    return names


def _check_codes(names: Iterable[str]) -> None:
    from feedtool.validate import codes

    known = codes.known_codes()
    if not known:  # the validator's sources are not installed: nothing to check against
        return
    for name in names:
        if name not in known:
            close = codes.suggestion(name)
            hint = f"did you mean {close}?" if close else "`feedtool explain` and docs/validate.md list the codes"
            raise ValueError(f"no finding has the code {name!r}: {hint}")


def _per_path_ignores(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ValueError('write a table of glob patterns and codes, e.g. "legacy/*.xml" = ["MissingSelf"]')
    return tuple((pattern, _codes(codes)) for pattern, codes in value.items())


def _size(value: Any) -> int:
    return parse_size(value)


def _choice(choices: Callable[[], Iterable[str]]) -> Checker:
    def check(value: Any) -> str:
        allowed = tuple(choices())
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
        return value

    return check


def _formats() -> tuple[str, ...]:
    from feedtool.validate.report import FORMATS

    return FORMATS


def _languages() -> tuple[str, ...]:
    from feedtool.i18n import LANGUAGES

    return LANGUAGES


KEYS: dict[str, Checker] = {
    "ignore": _codes,
    "strict": _boolean,
    "per-path-ignores": _per_path_ignores,
    "max-size": _size,
    "format": _choice(_formats),
    "language": _choice(_languages),
}


def find_config(start: Path | None = None) -> Path | None:
    """The settings file that applies in `start` (default: the working directory), or None."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        candidate = folder / FEEDTOOL_TOML
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT_TOML
        if candidate.is_file() and _has_tool_table(candidate):
            return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    """Whether a pyproject.toml has [tool.feedtool]; one that does not parse counts when it names the table."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "feedtool" not in text:
        return False  # no table of ours, without parsing (most projects' pyproject.toml; tomllib is not loaded)
    import tomllib

    try:
        return isinstance(tomllib.loads(text).get("tool", {}).get("feedtool"), dict)
    except tomllib.TOMLDecodeError:
        return re.search(r"^\s*\[\s*tool\s*\.\s*\"?feedtool\b", text, re.MULTILINE) is not None


def load_config(path: Path | None = None, *, start: Path | None = None) -> Config:
    """Read and check the settings file `path` (default: the one `find_config` finds)."""
    if path is None:
        path = find_config(start)
        if path is None:
            return Config()
    path = Path(path)
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(msg("config.missing", path=shown)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(msg("config.unreadable", path=shown, reason=getattr(exc, "strerror", None) or str(exc))) from None
    import tomllib  # here: only a settings file that is there needs it

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_parse_error(shown, str(exc))) from None
    in_pyproject = path.name == PYPROJECT_TOML
    if in_pyproject:
        table = document.get("tool", {}).get("feedtool", {})
        if not isinstance(table, dict):
            raise ConfigError(msg("config.not_a_table", path=shown))
        header = TOOL_TABLE
    else:
        table, header = document, ""
    values = {}
    for key, raw in table.items():
        line = _line_of(text, header, key)
        where = f"{shown}:{line}" if line else shown
        label = f"[{TOOL_TABLE}] " if in_pyproject else ""
        check = KEYS.get(key)
        if check is None:
            import difflib

            close = difflib.get_close_matches(key, list(KEYS), n=1, cutoff=0.6)
            hint = msg("store.did_you_mean", guess=close[0]) if close else msg("config.keys", keys=", ".join(KEYS))
            if key == "tool" and not in_pyproject:
                hint = msg("config.top_level", name=FEEDTOOL_TOML)
            raise ConfigError(msg("config.unknown_key", where=where, label=label, key=key, hint=hint))
        try:
            value = check(raw)
        except ValueError as exc:
            raise ConfigError(msg("config.bad_value", where=where, label=label, key=key, reason=str(exc))) from None
        values[key] = Setting(value, where)
    return Config(path, values)


def _parse_error(shown: str, message: str) -> Message:
    place = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    reason = message[: place.start()].strip() if place else message
    where = f"{shown}:{place.group(1)}:{place.group(2)}" if place else shown
    return msg("config.not_toml", where=where, reason=reason)


def _line_of(text: str, header: str, key: str) -> int | None:
    """The line where `key` is set in the table `header` ("" = top level), or where its sub-table starts."""
    current = ""
    key_pattern = re.compile(rf"""^\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=""")
    subtable = f"{header}.{key}" if header else key
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("[") and not stripped.startswith("[["):
            current = re.sub(r"\s+", "", stripped.split("]", 1)[0].lstrip("["))
            if current == subtable or current.startswith(subtable + "."):
                return number
            continue
        if current == header and key_pattern.match(line):
            return number
    return None


def display_path(path: Path) -> str:
    """`path` relative to the working directory when it is below it, else absolute."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(Path(path).resolve())


def path_ignores(config: Config, name: str) -> frozenset[str]:
    """The codes the per-path ignores switch off for the input `name` (a path or URL as given)."""
    setting = config.values.get("per-path-ignores")
    if setting is None:
        return frozenset()
    candidates = {name, PurePosixPath(name).name}
    if "://" not in name:
        absolute = Path(os.path.abspath(name))
        try:
            candidates.add(absolute.relative_to(config.root.resolve()).as_posix())
        except ValueError:
            pass
    found: set[str] = set()
    for pattern, codes in setting.value:
        if any(fnmatch.fnmatchcase(candidate, pattern) for candidate in candidates):
            found.update(codes)
    return frozenset(found)
