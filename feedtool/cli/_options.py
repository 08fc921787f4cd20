"""Option types shared by the commands: sizes and durations, refused with a clear message when absurd.

A value that parses but cannot be used (a size no machine holds, an infinite or NaN number of
seconds) is a usage error here, at the command line, never an overflow deep inside a read.
"""

from __future__ import annotations

import math
import re

import click

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1000, "m": 1000**2, "g": 1000**3, "t": 1000**4,
          "ki": 1024, "mi": 1024**2, "gi": 1024**3, "ti": 1024**4}
MAX_SIZE = 1024**4  # 1 TiB: far above any feed, and small enough for every read and decompressor bound


def _short(value) -> str:
    text = str(value).strip()
    return text if len(text) <= 30 else text[:30] + "…"


class SizeParam(click.ParamType):
    """A number of bytes: 5000, 15M, 2GiB (K/M/G/T are powers of 1000, KiB/MiB/GiB/TiB of 1024)."""

    name = "SIZE"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        match = _SIZE.match(str(value))
        if not match:
            self.fail(f"{_short(value)!r} is not a size: write bytes or a number with K, M or G (e.g. 50M, 2GiB)", param, ctx)
        unit = (match.group(2) or "").lower().rstrip("b")
        number = float(match.group(1)) * _UNITS[unit]  # a 5,000-digit number is inf here, not an overflow
        if number > MAX_SIZE:
            self.fail(f"{_short(value)} is more than feedtool can hold in memory (at most 1TiB); give a size such as 50M",
                      param, ctx)
        size = int(number)
        if size <= 0:
            self.fail("the size must be positive", param, ctx)
        return size


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
