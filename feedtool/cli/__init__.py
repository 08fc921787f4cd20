"""The feedtool command line: the only place that prints, writes files or exits.

Each command lives in its own module; this module holds the group and the one
place where library errors become messages and exit codes.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from feedtool import __version__
from feedtool.errors import FeedtoolError, ProblemsError

INTERNAL_ERROR_EXIT = 70  # EX_SOFTWARE: a bug in feedtool, not in the user's input

# Each command's module registers the command when imported; it is imported only when that
# command runs, so `feedtool build` does not load the validator and the diff machinery first.
# `feedtool --help` lists the commands by the summaries below (the first paragraph of each
# command's help, kept equal by tests/test_cli_startup.py) and imports none of them.
COMMANDS = {
    "build": "Build the publication from a store: the feeds, a feed per tag, the subscribe page.",
    "check": "Check the store as a build would, and write nothing.",
    "completion": "Print the completion script for SHELL: commands, options, formats, finding codes.",
    "diff": "Compare two versions of a feed, or of a publication, and report what subscribers will see.",
    "explain": "Explain the finding CODE of `feedtool validate`: what it means, why it matters, an example of the "
               "problem and of the fix, W3C's name for it and the spec section.",
    "init": "Start a store in DIR (default: entries): a _feed.yaml and one example post.",
    "new": "Create STORE/<slug>.yaml (or, with --markdown, <slug>.md) for a new post titled TITLE.",
    "ping": "Tell each WebSub hub (hub: in _feed.yaml) which feeds changed since it was last told.",
    "serve": "Serve the built feeds on 127.0.0.1 (or --host) for local preview, as readers will see them.",
    "validate": "Validate Atom 1.0, RSS 2.0 and JSON Feed 1.0/1.1 feeds.",
}
COMMAND_MODULES = {name: f"feedtool.cli.{name}" for name in COMMANDS}


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


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; turn every error into a message and a documented exit code, never a traceback."""
    try:
        code = cli.main(args=argv, prog_name="feedtool", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except FeedtoolError as exc:
        if isinstance(exc, ProblemsError) and exc.problems:
            problems = exc.problems  # already sorted by file
            for problem in problems:
                click.echo(problem.render(), err=True)
            errors = sum(p.severity == "error" for p in problems)
            warnings = len(problems) - errors
            strict = " (--strict: warnings fail the build)" if not errors else ""
            click.echo(f"{errors} error(s), {warnings} warning(s){strict}; nothing was written", err=True)
        else:
            click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # Output piped into `head` and similar: not an error of ours; keep Python quiet at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("FEEDTOOL_DEBUG"):
            raise
        click.echo(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in feedtool. Run again with FEEDTOOL_DEBUG=1 for the traceback and report it.",
            err=True,
        )
        sys.exit(INTERNAL_ERROR_EXIT)
    sys.exit(code if isinstance(code, int) else 0)


__all__ = ["cli", "main", "COMMAND_MODULES"]
