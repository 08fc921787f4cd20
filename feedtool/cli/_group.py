"""The click group of the feedtool command line (feedtool.cli imports it when a command runs)."""

from __future__ import annotations

import importlib

import click

from feedtool import __version__
from feedtool.cli import COMMAND_MODULES, COMMANDS


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMAND_MODULES:
            importlib.import_module(COMMAND_MODULES[name])
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of --help, from the declared summaries: no command module is imported."""
        listed = {name: self.commands.get(name) or click.Command(name, help=COMMANDS[name])
                  for name in self.list_commands(ctx) if name in self.commands or name in COMMANDS}
        if not listed:
            return
        limit = formatter.width - 6 - max(len(name) for name in listed)
        rows = [(name, command.get_short_help_str(limit)) for name, command in listed.items() if not command.hidden]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="feedtool")
def cli() -> None:
    """Generate and validate Atom 1.0 and RSS 2.0 feeds with correct Dutch language metadata.

    \b
    Examples:
      feedtool init entries --title "Mijn blog" --link https://www.example.nl/ --author "Rens Meijkamp"
      feedtool new "Titel van het bericht"
      feedtool build --store entries --out public
      feedtool validate public/atom.xml https://example.org/rss.xml
      eval "$(feedtool completion bash)"
    """
