"""`feedtool new` (placeholder until its issue lands)."""

from __future__ import annotations

import click

from feedtool.cli import cli
from feedtool.errors import UsageError


@cli.command("new", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def new_command() -> None:
    """Not implemented yet."""
    raise UsageError("feedtool new is not implemented yet")
