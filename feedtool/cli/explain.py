"""`feedtool explain`: what a finding code means, an example of the problem and the fix (like `ruff rule`)."""

from __future__ import annotations

import json

import click

from feedtool.cli import cli
from feedtool.cli.lang import lang_option
from feedtool.errors import UsageError
from feedtool.i18n import message as msg
from feedtool.validate import codes


@cli.command("explain")
@click.argument("code", required=False, metavar="CODE")
@click.option("--list", "list_all", is_flag=True, help="List every code with its severity and one-line summary.")
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text", show_default=True,
              help="text, or json (every field of the declaration).")
@lang_option
def explain_command(code, list_all, output_format, lang) -> None:
    """Explain the finding CODE of `feedtool validate`: what it means, why it matters,
    an example of the problem and of the fix, W3C's name for it and the spec section.

    \b
    Examples:
      feedtool explain MissingAtomSelfLink
      feedtool explain --list
      feedtool explain --list --lang nl
      feedtool explain --format json InvalidRFC2822Date
    """
    if list_all == bool(code):
        raise UsageError(msg("explain.usage"))
    if list_all:
        declared = codes.all_codes()
        if output_format == "json":
            click.echo(json.dumps([_as_dict(c) for c in declared], ensure_ascii=False, indent=2))
            return
        width = max(len(c.code) for c in declared)
        for c in declared:
            click.echo(f"{c.code:<{width}}  {'/'.join(c.severities):<13}  {c.summary.text(lang)}")
        return
    declared = _lookup(code)
    if output_format == "json":
        click.echo(json.dumps(_as_dict(declared), ensure_ascii=False, indent=2))
    else:
        click.echo(declared.explain(lang), nl=False)


def _lookup(code: str) -> codes.Code:
    if codes.known(code):
        return codes.get(code)
    close = codes.suggestion(code)
    if close and close.lower() == code.lower() and codes.known(close):
        return codes.get(close)  # the right code in the wrong case
    if close and codes.known(close):
        raise UsageError(msg("explain.unknown.close", code=code, close=close))
    raise UsageError(msg("explain.unknown", code=code))


def _as_dict(c: codes.Code) -> dict:
    return {
        "code": c.code,
        "severity": c.severity,
        "severities": list(c.severities),
        "formats": list(c.formats),
        "layer": c.layer,
        "summary": {"en": c.summary.en, "nl": c.summary.nl},
        "explanation": " ".join(c.explanation.split()),
        "bad": c.bad,
        "good": c.good,
        "w3c": c.w3c,
        "w3c_url": c.w3c_url,
        "spec": c.spec,
        "url": c.url,
        "messages": {
            name or "default": {"en": t.en, "nl": t.nl, "severity": t.severity or c.severity} for name, t in c.messages.items()
        },
    }
