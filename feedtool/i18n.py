"""Messages as values: an id and its parameters, rendered in a language only when shown.

The library never builds user-facing text itself. It returns `Message(id, params)` values
(inside findings and problems); the CLI renders them in the language the user chose
(`--lang`, or the locale: `LC_ALL`, `LC_MESSAGES`, `LANG`). Codes and ids are the same in
every language; only the rendered text differs.

A message's templates live with whoever declares the id: the validator's finding codes in
`feedtool.validate.codes` (ids `Code` and `Code.variant`, and lower-case fragment ids such
as `place.channel`), the store's and build's messages in `feedtool.messages`. A template is
a `str.format` string with named placeholders (`"<{element}> is empty"`); a parameter may
itself be a `Message`, rendered in the same language first.
"""

from __future__ import annotations

import importlib
import os
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: a rebuild with nothing to do skips it
if TYPE_CHECKING:
    from typing import Any

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}

# Modules that declare message ids; each has `template(id, lang) -> str | None`. They are imported
# only when a message is rendered; feedtool.messages first, so that a store's or a build's error does
# not load the validator's whole registry (no id is declared by both: tests/test_messages.py).
PROVIDERS = ("feedtool.messages", "feedtool.validate.codes")


@dataclass(frozen=True, slots=True)
class Message:
    """A message to show a user: an id and its parameters, in no language yet (hashable)."""

    id: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self, lang)

    def __str__(self) -> str:
        return render(self, DEFAULT_LANGUAGE)

    def param(self, name: str, default: Any = None) -> Any:
        for key, value in self.params:
            if key == name:
                return value
        return default


def message(id: str, **params: Any) -> Message:
    """A Message with `params` in a fixed (sorted) order, so that equal messages compare equal."""
    return Message(id, tuple(sorted((k, _freeze(v)) for k, v in params.items())))


def _freeze(value: Any) -> Any:
    if isinstance(value, list | set | frozenset):
        return tuple(value)
    return value


_template_cache: dict[tuple[str, str], str] = {}
_lookups: list[Callable[[str, str], str | None]] = []


def template(id: str, lang: str) -> str:
    """The template of `id` in `lang` (English when the language has none); KeyError if no one declares it."""
    key = (id, lang)
    cached = _template_cache.get(key)
    if cached is not None:
        return cached
    if not _lookups:
        for name in PROVIDERS:
            _lookups.append(importlib.import_module(name).template)
    for lookup in _lookups:
        found = lookup(id, lang)
        if found is None and lang != DEFAULT_LANGUAGE:
            found = lookup(id, DEFAULT_LANGUAGE)
        if found is not None:
            _template_cache[key] = found
            return found
    raise KeyError(f"no message has the id {id!r}")


class _DutchFormatter(string.Formatter):
    """Dutch groups thousands with a dot and writes decimals with a comma: `{size:,}` gives 12.345."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool) and ("," in format_spec or isinstance(value, float)):
            text = text.translate(_SWAP_SEPARATORS)
        return text


_SWAP_SEPARATORS = str.maketrans(",.", ".,")
_DUTCH = _DutchFormatter()


def render(msg: Message | str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text of `msg` in `lang`; a plain string is returned as it is."""
    if isinstance(msg, str):
        return msg
    params = {key: render_value(value, lang) for key, value in msg.params}
    text = template(msg.id, lang)
    if lang == "nl":
        return _DUTCH.vformat(text, (), params)
    return text.format_map(params)


def render_value(value: Any, lang: str) -> Any:
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, tuple) and value and all(isinstance(v, Message) for v in value):
        return ", ".join(render(v, lang) for v in value)
    return value


def placeholders(text: str) -> frozenset[str]:
    """The named fields of a template: `"<{element}> is {value!r}"` -> {"element", "value"}."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(text):
        if field is not None:
            if not field or field[0].isdigit():
                raise ValueError(f"template {text!r} has a positional placeholder: name every placeholder")
            names.add(field.split(".", 1)[0].split("[", 1)[0])
    return frozenset(names)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for: the first set of LC_ALL, LC_MESSAGES, LANG (POSIX order).

    `nl_NL.UTF-8`, `nl_BE` and `nl` give "nl"; anything else (C, POSIX, en_US, de_DE) gives English.
    """
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            code = value.split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].split("-", 1)[0].lower()
            return code if code in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE
