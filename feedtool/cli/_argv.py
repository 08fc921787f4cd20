"""Reading plain arguments without click, as click reads them (the fast starts of build and validate)."""

from __future__ import annotations


def option_value(args: list[str], index: int, equals: str, value: str) -> tuple[str | None, int]:
    """The value of the option at `args[index]` (`--name=value` or `--name value`) and the index of its
    last token; None for a value click would refuse or read otherwise: missing, empty, or looking like
    an option."""
    if not equals:
        index += 1
        if index == len(args):
            return None, index
        value = args[index]
    if not value or value.startswith("-"):
        return None, index
    return value, index
