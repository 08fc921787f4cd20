"""`feedtool completion SHELL`: the shell completion script for bash, zsh or fish (click's own)."""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

from feedtool.cli import cli

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_FEEDTOOL_COMPLETE"
INSTALL = {
    "bash": 'eval "$(feedtool completion bash)"   # in ~/.bashrc',
    "zsh": 'eval "$(feedtool completion zsh)"    # in ~/.zshrc (after compinit)',
    "fish": "feedtool completion fish > ~/.config/fish/completions/feedtool.fish",
}


@cli.command("completion")
@click.argument("shell", type=click.Choice(SHELLS))
def completion_command(shell: str) -> None:
    """Print the completion script for SHELL: commands, options, formats, finding codes.

    \b
    Install it:
      bash:  eval "$(feedtool completion bash)"   # in ~/.bashrc
      zsh:   eval "$(feedtool completion zsh)"    # in ~/.zshrc, after compinit
      fish:  feedtool completion fish > ~/.config/fish/completions/feedtool.fish
    """
    from feedtool.cli import cli as root

    completer = get_completion_class(shell)(root, {}, "feedtool", COMPLETE_VAR)
    click.echo(completer.source())
