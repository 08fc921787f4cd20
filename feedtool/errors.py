"""One exception hierarchy; each class carries the exit code the CLI uses for it.

The library raises these and never exits; `feedtool.cli` turns them into a
message on stderr and the class's exit code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the user's input, precise enough to fix without guessing."""

    file: str
    message: str
    field: str | None = None
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    severity: str = "error"  # "error" or "warning"

    def location(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def render(self) -> str:
        where = self.location()
        field = f" [{self.field}]" if self.field else ""
        text = f"{where}: {self.severity}:{field} {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.column or 0, self.field or "", self.message)


class FeedtoolError(Exception):
    """Base of every error feedtool raises on purpose."""

    exit_code = 1


class UsageError(FeedtoolError):
    """The command line itself is wrong."""

    exit_code = 2


class InputError(FeedtoolError):
    """An input (store, feed file, URL) could not be read at all."""

    exit_code = 3


class ProblemsError(FeedtoolError):
    """An error made of several problems, each with its own place; all are listed, sorted by file."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(p.render() for p in self.problems))


class StoreError(ProblemsError, InputError):
    """The store has one or more problems; all of them are listed, sorted by file."""

    exit_code = 3


class RoundTripError(FeedtoolError):
    """A written feed does not read back (through feedparser) as what the store holds."""

    exit_code = 4

    def __init__(self, message: str, details: list[str] | None = None):
        self.details = details or []
        super().__init__(message if not self.details else message + "\n" + "\n".join(self.details))


class OutputError(FeedtoolError):
    """The output could not be written; earlier output is left as it was."""

    exit_code = 5


class GuardError(ProblemsError):
    """A build would change what subscribers already have (ids, dates): refused."""

    exit_code = 6


class ExistsError(FeedtoolError):
    """A file a command would create already exists; nothing was changed (`feedtool new` never overwrites)."""

    exit_code = 7


class PingError(FeedtoolError):
    """A WebSub hub could not be told of a change; the next `feedtool ping` tries again."""

    exit_code = 8
