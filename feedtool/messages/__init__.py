"""The messages of everything but the validator's findings, in English and Dutch.

Ids are lower-case and dotted (`store.field.missing`); each has an English and a Dutch template
with the same named placeholders (see feedtool/i18n.py; tests/test_messages.py checks both).
The library makes `i18n.message(id, **params)` values; the CLI renders them in the run's
language. Finding codes have their messages in the validator's registry instead
(feedtool/validate/catalog/).

One module per part, each with a `TEMPLATES` dict: report (validate's reports), common (words
several parts use), store (reading and checking the store, dates, language tags), build (the
guard, selection, rendering, writing), cli (the commands' own errors and notes).
"""

from __future__ import annotations

import importlib

PARTS = ("report", "common", "store", "build", "cli")

_templates: dict[str, tuple[str, str]] = {}


def templates() -> dict[str, tuple[str, str]]:
    """Every id with its (English, Dutch) templates; an id declared twice is a bug (ValueError)."""
    if not _templates:
        merged: dict[str, tuple[str, str]] = {}
        for part in PARTS:
            for id, pair in importlib.import_module(f"{__name__}.{part}").TEMPLATES.items():
                if id in merged:
                    raise ValueError(f"message id {id!r} is declared twice (again in feedtool/messages/{part}.py)")
                merged[id] = pair
        _templates.update(merged)
    return _templates


def template(id: str, lang: str) -> str | None:
    pair = templates().get(id)
    if pair is None:
        return None
    return pair[1] if lang == "nl" else pair[0]
