"""What the validator reports: findings with a stable code, a severity and a place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
ERROR: Severity = "error"
WARNING: Severity = "warning"
INFO: Severity = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One observation about a feed.

    `code` is stable and CamelCase; where the W3C Feed Validation Service has a
    message for the same problem, the code is the W3C name (e.g. `MissingElement`),
    so that our findings can be compared with W3C's verdicts.
    """

    code: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None  # JSON documents: the JSON Pointer (RFC 6901) of the value concerned

    def sort_key(self) -> tuple:
        return (self.line or 0, self.column or 0, self.code, self.message)


def at(element) -> int | None:
    """The source line of an lxml element (None when lxml does not know it)."""
    line = getattr(element, "sourceline", None)
    return line if isinstance(line, int) and line > 0 else None


def error(code: str, message: str, element=None, *, line: int | None = None, column: int | None = None) -> Finding:
    return Finding(code, ERROR, message, line if line is not None else at(element), column)


def warning(code: str, message: str, element=None, *, line: int | None = None, column: int | None = None) -> Finding:
    return Finding(code, WARNING, message, line if line is not None else at(element), column)


def info(code: str, message: str, element=None, *, line: int | None = None, column: int | None = None) -> Finding:
    return Finding(code, INFO, message, line if line is not None else at(element), column)
