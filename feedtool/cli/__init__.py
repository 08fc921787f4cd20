"""The feedtool command line: the only place that prints, writes files or exits.

Each command lives in its own module, the click group in _group.py; this module holds
the list of commands and the one place where library errors become messages and exit codes.
"""

from __future__ import annotations

import os
import sys

INTERNAL_ERROR_EXIT = 70  # EX_SOFTWARE: a bug in feedtool, not in the user's input

# `feedtool --help` and `--version` are answered without loading click (feedtool/cli/_help.py holds
# the help text as click writes it); the group is in feedtool/cli/_group.py, loaded for anything else.
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


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; turn every error into a message and a documented exit code, never a traceback."""
    from feedtool.cli import _help

    args = sys.argv[1:] if argv is None else argv
    if _help.answer(args):
        sys.exit(0)
    from feedtool.cli.lang import chosen
    from feedtool.errors import FeedtoolError, ProblemsError

    chosen["lang"] = None  # this run's --lang, once its command has parsed it (main may run more than once)
    try:
        code = _without_click(args)
        if code is None:
            code = _with_click(argv)
    except FeedtoolError as exc:
        from feedtool.cli.lang import current
        from feedtool.i18n import message

        lang = current()  # --lang of the command that failed, else the locale's
        if isinstance(exc, ProblemsError) and exc.problems:
            problems = exc.problems  # already sorted by file
            for problem in problems:
                echo(problem.render(lang), err=True)
            errors = sum(p.severity == "error" for p in problems)
            summary = "problems.summary" if errors else "problems.summary.strict"
            echo(message(summary, errors=errors, warnings=len(problems) - errors).render(lang), err=True)
        else:
            echo(f"error: {exc.render(lang)}", err=True)  # "error:", like a code, in every language
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # Output piped into `head` and similar: not an error of ours; keep Python quiet at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("FEEDTOOL_DEBUG"):
            raise
        echo(f"internal error: {type(exc).__name__}: {exc}\n"
             "This is a bug in feedtool. Run again with FEEDTOOL_DEBUG=1 for the traceback and report it.", err=True)
        sys.exit(INTERNAL_ERROR_EXIT)
    sys.exit(code)


def _without_click(args: list[str]) -> int | None:
    """The exit code of a command answered before click is loaded, or None: click and the full command.

    Start-up is most of a small command's time, and click a sixth of it: a rebuild with nothing
    changed (feedtool/cli/_rebuilt.py) and a validation with plain arguments (feedtool/cli/_validation.py)
    do without it.
    """
    if args[:1] == ["build"]:
        from feedtool.cli import _rebuilt

        return 0 if _rebuilt.answer(list(args[1:])) else None
    if args[:1] == ["validate"]:
        from feedtool.cli import _validation

        request = _validation.parse(list(args[1:]))
        return None if request is None else _validation.run(request)
    return None


def _with_click(argv: list[str] | None) -> int:
    import click

    from feedtool.cli import cli

    try:
        code = cli.main(args=argv, prog_name="feedtool", standalone_mode=False)
    except click.exceptions.Abort:
        echo("Aborted.", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    return code if isinstance(code, int) else 0


def echo(text: str, err: bool = False, nl: bool = True) -> None:
    """Write `text` to stdout (or stderr), as click.echo writes it there, without loading click."""
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n" if nl else text)
    stream.flush()


def __getattr__(name: str):
    """`feedtool.cli.cli`, the click group, loaded on first use (command modules register on it)."""
    if name == "cli":
        from feedtool.cli._group import cli

        globals()["cli"] = cli
        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["cli", "main", "echo", "COMMAND_MODULES"]
