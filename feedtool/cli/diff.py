"""`feedtool diff` (placeholder until its issue lands)."""

from __future__ import annotations

import click

from feedtool.cli import cli
from feedtool.errors import UsageError


@cli.command("diff", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def diff_command() -> None:
    """Not implemented yet."""
    raise UsageError("feedtool diff is not implemented yet")
