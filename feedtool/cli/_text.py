"""Reading the small records commands keep beside their output (the id guard's, the pings')."""

from __future__ import annotations

from pathlib import Path

from feedtool.errors import InputError


def read_optional_text(path: Path, what: str) -> str | None:
    """The UTF-8 text of `path`, None when there is no such file; InputError naming `what` otherwise."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(msg("cli.cannot_read", path=str(path), what=what, reason=str(exc))) from None
