"""The source lines around each finding, for reports a person reads (the HTML report).

Lines are numbered as the XML parser numbers them (from 1, split at LF; a CR before it is
dropped). A very long line, as in a minified feed, is cut to a window around the finding's
column, so that an 11 MB one-line feed does not put 11 MB into the report per finding.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from dataclasses import dataclass

from feedtool.validate.findings import Finding

RADIUS = 2  # lines shown before and after the finding's line
WIDTH = 240  # characters shown of a long line


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str
    cut_before: bool = False  # characters before `text` were left out
    cut_after: bool = False


def around(data: bytes, encoding: str | None, findings: Iterable[Finding], radius: int = RADIUS) -> dict[int, tuple[Line, ...]]:
    """{line number: the lines around it} for every finding that has a line."""
    wanted = {}
    for finding in findings:
        if finding.line is not None and finding.line not in wanted:
            wanted[finding.line] = finding.column
    if not wanted:
        return {}
    lines = _decode(data, encoding).split("\n")
    result = {}
    for number, column in wanted.items():
        first, last = max(1, number - radius), min(len(lines), number + radius)
        result[number] = tuple(_window(n, lines[n - 1].rstrip("\r"), column if n == number else None)
                               for n in range(first, last + 1))
    return result


def _decode(data: bytes, encoding: str | None) -> str:
    try:
        codec = codecs.lookup(encoding or "utf-8").name
    except LookupError:
        codec = "utf-8"
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    return data.decode(codec, errors="replace")


def _window(number: int, text: str, column: int | None) -> Line:
    if len(text) <= WIDTH:
        return Line(number, text)
    centre = (column or 1) - 1
    start = max(0, min(centre - WIDTH // 2, len(text) - WIDTH))
    return Line(number, text[start:start + WIDTH], start > 0, start + WIDTH < len(text))
