"""The --lang option: the language messages are shown in (codes are the same in every language)."""

from __future__ import annotations

from feedtool import i18n

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a fast start skips it)
if TYPE_CHECKING:  # click itself is loaded by the commands that add the option: main() reads `chosen` without it
    import click

# The language the running command chose; main() renders errors that reach it in this language.
chosen = {"lang": None}


def current() -> str:
    """The language of this run: --lang when given, else the locale's."""
    return chosen["lang"] or i18n.language_from_environment()


def _remember(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    lang = value or i18n.language_from_environment()
    chosen["lang"] = lang
    return lang


def lang_option(command):
    """Add --lang en|nl to a command; the value passed on is never None."""
    import click

    return click.option(
        "--lang",
        type=click.Choice(i18n.LANGUAGES),
        default=None,
        callback=_remember,
        is_eager=True,
        expose_value=True,
        help="Language of the messages: en or nl.  [default: from LC_ALL, LC_MESSAGES or LANG; else en]",
    )(command)
