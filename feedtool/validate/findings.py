"""What the validator reports: findings with a stable code, a severity, a message and a place.

Findings are made through the registry (`feedtool.validate.codes.finding`), which gives each
its declared severity and a `Message` value; the CLI renders the message in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from feedtool.i18n import DEFAULT_LANGUAGE, Message

Severity = Literal["error", "warning", "info"]
ERROR: Severity = "error"
WARNING: Severity = "warning"
INFO: Severity = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One observation about a feed.

    `code` is stable and CamelCase; where the W3C Feed Validation Service has a
    message for the same problem, the code is the W3C name (e.g. `MissingElement`),
    so that our findings can be compared with W3C's verdicts. `message` is a value
    (id and parameters), rendered with `text(lang)`.
    """

    code: str
    severity: Severity
    message: Message
    line: int | None = None
    column: int | None = None
    pointer: str | None = None  # JSON documents: the JSON Pointer (RFC 6901) of the value concerned

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.message.render(lang)

    def sort_key(self) -> tuple:
        return (self.line or 0, self.column or 0, self.code, self.message.render(DEFAULT_LANGUAGE))


def at(element) -> int | None:
    """The source line of an lxml element (None when lxml does not know it)."""
    line = getattr(element, "sourceline", None)
    return line if isinstance(line, int) and line > 0 else None
