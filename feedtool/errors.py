"""One exception hierarchy; each class carries the exit code the CLI uses for it.

The library raises these and never exits; `feedtool.cli` turns them into a
message on stderr and the class's exit code.
"""

from __future__ import annotations

from dataclasses import dataclass

from feedtool.i18n import DEFAULT_LANGUAGE, Message, message as msg, render


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the user's input, precise enough to fix without guessing."""

    file: str
    message: Message  # rendered in the user's language by the CLI (feedtool/messages/)
    field: str | None = None
    line: int | None = None
    column: int | None = None
    hint: Message | None = None
    severity: str = "error"  # "error" or "warning"

    def location(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The message alone, in `lang`."""
        return render(self.message, lang)

    def hint_text(self, lang: str = DEFAULT_LANGUAGE) -> str | None:
        return None if self.hint is None else render(self.hint, lang)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """`file:line:column: error: [field] message (hint: ...)`: the message and hint in `lang`; the
        severity word, like a code, the same in every language (as `feedtool validate` keeps it), so
        that editors and problem matchers read the line in any locale."""
        where = self.location()
        field = f" [{self.field}]" if self.field else ""
        text = f"{where}: {self.severity}:{field} {self.text(lang)}"
        if self.hint:
            text += render(msg("problem.hint", hint=self.hint), lang)
        return text

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.column or 0, self.field or "", self.text())


class FeedtoolError(Exception):
    """Base of every error feedtool raises on purpose.

    Its message is a `Message` (feedtool/messages/), rendered by the CLI in the run's language;
    `str(error)` is the English text.
    """

    exit_code = 1

    def __init__(self, message: Message | str = "", *args):
        super().__init__(message, *args)
        self.message = message

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self.message, lang)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


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
        super().__init__()

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return "\n".join(p.render(lang) for p in self.problems)


class StoreError(ProblemsError, InputError):
    """The store has one or more problems; all of them are listed, sorted by file."""

    exit_code = 3


class RoundTripError(FeedtoolError):
    """A written feed does not read back (through feedparser) as what the store holds."""

    exit_code = 4

    def __init__(self, message: Message, details: list[Message] | None = None):
        self.details = details or []
        super().__init__(message)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return "\n".join([render(self.message, lang)] + [render(d, lang) for d in self.details])


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
