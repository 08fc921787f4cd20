"""Option types shared by the commands: sizes and durations, refused with a clear message when absurd.

A value that parses but cannot be used (a size no machine holds, an infinite or NaN number of
seconds) is a usage error here, at the command line, never an overflow deep inside a read.
"""

from __future__ import annotations

import math

import click

from feedtool.config import parse_size


class SizeParam(click.ParamType):
    """A number of bytes: 5000, 15M, 2GiB (K/M/G are powers of 1000, KiB/MiB/GiB of 1024), at most 1TiB."""

    name = "SIZE"

    def convert(self, value, param, ctx):
        try:
            return parse_size(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def _short(value) -> str:
    text = str(value).strip()
    return text if len(text) <= 30 else text[:30] + "…"


class SecondsParam(click.ParamType):
    """A finite number of seconds between `minimum` and `maximum`."""

    name = "SECONDS"

    def __init__(self, minimum: float, maximum: float = 24 * 3600):
        self.minimum, self.maximum = minimum, maximum

    def convert(self, value, param, ctx):
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{_short(value)!r} is not a number of seconds (e.g. 30 or 0.5)", param, ctx)
        if math.isnan(seconds) or not self.minimum <= seconds <= self.maximum:
            self.fail(f"{_short(value)} is not between {self.minimum:g} and {self.maximum:g} seconds", param, ctx)
        return seconds
