"""`feedtool build` (placeholder until its issue lands)."""

from __future__ import annotations

import click

from feedtool.cli import cli
from feedtool.errors import UsageError


@cli.command("build", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def build_command() -> None:
    """Not implemented yet."""
    raise UsageError("feedtool build is not implemented yet")
