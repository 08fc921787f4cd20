"""The registry of finding codes: every code the validator reports is declared here once.

A declaration says everything about a code: its severity, the formats it applies to, its
messages in English and in Dutch (templates with named placeholders), a one-line summary,
a longer explanation with an example of the problem and of the fix, W3C's name for it (or
None) and the spec section. Findings are made only through `finding()`, which refuses a code
that is not declared; `feedtool explain`, `--ignore`, the code tables in docs/ and the SARIF,
JUnit, GitHub and HTML reports all read the declarations.

Declaring codes
---------------
Declarations live in the catalogue modules `feedtool/validate/catalog/<layer>.py`, plain data
that imports nothing heavy (listing the codes must not import lxml, feedparser or the rule
modules). A new catalogue module is named once, in `CATALOGUES` below::

    # feedtool/validate/catalog/jsonfeed.py
    from feedtool.validate.codes import ERROR, JSONFEED, WARNING, declare

    declare(
        "MissingVersion",
        severity=ERROR,
        formats=(JSONFEED,),
        layer="jsonfeed",
        summary=("A JSON Feed without a version",
                 "Een JSON Feed zonder version"),
        message=('the feed has no "version": add "version": "{expected}"',
                 'de feed heeft geen "version": voeg "version": "{expected}" toe'),
        variants={  # other wordings of the same code, made as finding("MissingVersion.empty", ...)
            "empty": ('"version" is empty: write "{expected}"',
                      '"version" is leeg: schrijf "{expected}"'),
        },
        explanation="Every JSON Feed names the version of the format it follows ...",
        bad='{"title": "Blog"}',
        good='{"version": "https://jsonfeed.org/version/1.1", "title": "Blog"}',
        w3c=None,  # W3C's message name for the same problem, when it has one
        spec="JSON Feed 1.1, top-level version",
        url="https://www.jsonfeed.org/version/1.1/#top-level-a-name-top-level-a",
    )

- `severity` is ERROR, WARNING or INFO. A variant that has another severity says so as a third
  item: `"permanent": (en, nl, WARNING)`.
- Placeholders are `str.format` fields with names (`{element}`, `{value!r}`), the same names
  in both languages; `line` and `column` are reserved (they place the finding).
- Codes are CamelCase and stable; where W3C's validator has a message for the same problem,
  the code *is* W3C's name (`w3c="MissingElement"` for the code MissingElement).
- A code of the value checks (a URI, a date, a language tag) says `value=True`: it gets the
  variant "value", `"{subject}: {detail}"`, where `detail` is one of the code's own variants
  made with `detail("InvalidIRI.no_host", value=...)` and `subject` names the element or attribute.
- Another layer that reports a declared code in its own words (the JSON Feed rules' UnicodeError)
  calls `extend("UnicodeError", formats=(JSONFEED,), variants={"json": (en, nl)})`.
- Fragments that messages share (`the channel` / `het kanaal`) are declared with
  `declare_text("place.channel", en, nl)` and made with `fragment("place.channel")`; a message
  parameter may be such a fragment (or any `feedtool.i18n.Message`).

Making findings
---------------
::

    from feedtool.validate.codes import finding

    finding("MissingVersion", line=1, expected=JSONFEED_VERSION)
    finding("UndefinedElement.text_only", element, child="img", parent="title")  # a variant; the code is UndefinedElement

The second argument (positional) is an lxml element (its line is used) or None; `line=` and `column=` give
the place directly. The finding's message is a `Message` value (id and parameters); the CLI
renders it in the language the user chose. An undeclared code, an unknown variant or
parameters that do not match the template raise `UndeclaredCode` / `ValueError`: a bug that the
tests catch (in a rule layer it becomes an `InternalError` finding, never a crash).

Reading the registry
--------------------
`get(code)` returns the `Code` (KeyError-like `UndeclaredCode` when unknown), `all_codes()`
every declaration sorted by code, `known(code)`, `suggestion(code)` the closest declared code
(for did-you-mean), and `Code.explain(lang)` the text `feedtool explain CODE` prints.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from feedtool.i18n import DEFAULT_LANGUAGE, LANGUAGES, Message, placeholders
from feedtool.validate.findings import ERROR, INFO, WARNING, Finding, Severity, at

__all__ = [
    "ERROR", "WARNING", "INFO", "ATOM", "RSS", "RSS10", "RSS090", "ATOM03", "JSONFEED", "XML_FORMATS", "ALL_FORMATS",
    "Code", "Template", "UndeclaredCode", "declare", "extend", "declare_text", "finding", "fragment", "detail", "get", "all_codes", "known",
    "suggestion", "known_codes", "template", "SWITCHES",
]

# The formats a code can apply to (the values of FileReport.format).
ATOM, RSS, RSS10, RSS090, ATOM03, JSONFEED = "atom", "rss", "rss10", "rss090", "atom03", "jsonfeed"
XML_FORMATS = (ATOM, RSS, RSS10, RSS090, ATOM03)
ALL_FORMATS = XML_FORMATS + (JSONFEED,)
SEVERITIES = (ERROR, WARNING, INFO)
# Catalogue modules (feedtool/validate/catalog/NAME.py), in the order the docs list their layers.
CATALOGUES = ("texts", "xml", "format", "structure", "values", "atom", "rss", "content", "http", "fetch", "reader", "store", "jsonfeed", "engine")
# Names --ignore takes that switch a whole layer off rather than one finding.
SWITCHES = frozenset({"Reader"})
_RESERVED = frozenset({"line", "column"})
VALUE_TEMPLATE = "{subject}: {detail}"


class UndeclaredCode(KeyError):
    """A finding code (or message variant) that no catalogue declares."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "undeclared code"


@dataclass(frozen=True, slots=True)
class Template:
    """One message of a code, in every language."""

    en: str
    nl: str
    severity: Severity | None = None  # None: the code's severity

    def text(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class Code:
    """The declaration of one finding code."""

    code: str
    severity: Severity
    formats: tuple[str, ...]
    layer: str
    summary: Template
    messages: Mapping[str, Template]  # "" is the default message, other keys are variants
    explanation: str
    bad: str
    good: str
    w3c: str | None = None
    spec: str | None = None
    url: str | None = None
    fields: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)  # placeholders per variant

    @property
    def severities(self) -> tuple[Severity, ...]:
        """Every severity a finding with this code can have (the code's own first)."""
        extra = [t.severity for t in self.messages.values() if t.severity and t.severity != self.severity]
        return (self.severity, *dict.fromkeys(extra))

    @property
    def w3c_url(self) -> str | None:
        """W3C's documentation page for its message of the same name."""
        if not self.w3c:
            return None
        return f"https://validator.w3.org/feed/docs/{self.severity}/{self.w3c}.html"

    def explain(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """What `feedtool explain CODE` prints: summary, severity, formats, explanation, example and fix."""
        labels = _EXPLAIN_LABELS[lang if lang in _EXPLAIN_LABELS else DEFAULT_LANGUAGE]
        severities = " / ".join(labels["severity_names"][s] for s in self.severities)
        lines = [
            f"{self.code}: {self.summary.text(lang)}",
            "",
            f"{labels['severity']}: {severities}",
            f"{labels['formats']}: {', '.join(self.formats)}",
            f"{labels['w3c']}: {self.w3c or labels['none']}" + (f" ({self.w3c_url})" if self.w3c_url else ""),
        ]
        if self.spec:
            lines.append(f"{labels['spec']}: {self.spec}" + (f" ({self.url})" if self.url else ""))
        lines += ["", self.explanation.strip(), "", f"{labels['bad']}:", "", _indent(self.bad), "", f"{labels['good']}:", "", _indent(self.good)]
        return "\n".join(lines) + "\n"


_EXPLAIN_LABELS = {
    "en": {
        "severity": "Severity", "formats": "Formats", "w3c": "W3C's name", "spec": "Spec", "none": "none (W3C has no such message)",
        "bad": "Example of the problem", "good": "The fix",
        "severity_names": {ERROR: "error", WARNING: "warning", INFO: "info"},
    },
    "nl": {
        "severity": "Ernst", "formats": "Formaten", "w3c": "Naam bij W3C", "spec": "Specificatie", "none": "geen (W3C kent deze melding niet)",
        "bad": "Voorbeeld van het probleem", "good": "De oplossing",
        "severity_names": {ERROR: "fout", WARNING: "waarschuwing", INFO: "info"},
    },
}


def _indent(block: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in block.strip("\n").splitlines())


_CODES: dict[str, Code] = {}
_TEXTS: dict[str, Template] = {}
_loaded = False


def _pair(value: tuple, what: str) -> Template:
    if isinstance(value, Template):
        return value
    if not isinstance(value, tuple) or len(value) not in (2, 3) or not all(isinstance(v, str) for v in value[:2]):
        raise ValueError(f"{what}: give (English, Dutch) texts, optionally with a severity third")
    return Template(*value)


def declare(
    code: str,
    *,
    severity: Severity,
    formats: Iterable[str],
    layer: str,
    summary: tuple[str, str],
    message: tuple[str, str],
    explanation: str,
    bad: str,
    good: str,
    variants: Mapping[str, tuple] | None = None,
    value: bool = False,
    w3c: str | None = None,
    spec: str | None = None,
    url: str | None = None,
) -> Code:
    """Declare a finding code (once: a second declaration of the same code is an error)."""
    if code in _CODES:
        raise ValueError(f"the code {code} is declared twice")
    if not code[:1].isupper() or not code.isalnum():
        raise ValueError(f"the code {code!r} is not CamelCase")
    if severity not in SEVERITIES:
        raise ValueError(f"{code}: the severity {severity!r} is not one of {', '.join(SEVERITIES)}")
    formats = tuple(formats)
    if not formats or set(formats) - set(ALL_FORMATS):
        raise ValueError(f"{code}: formats must be some of {', '.join(ALL_FORMATS)}, not {formats}")
    messages = {"": _pair(message, f"{code} message")}
    if value:  # a code of the value checks (feedtool/validate/values.py): "<subject>: <what is wrong with the value>"
        messages["value"] = Template(VALUE_TEMPLATE, VALUE_TEMPLATE)
    for name, pair in (variants or {}).items():
        if not name or "." in name:
            raise ValueError(f"{code}: the variant name {name!r} must be a non-empty word")
        messages[name] = _pair(pair, f"{code}.{name}")
    for name, template in messages.items():
        if template.severity is not None and template.severity not in SEVERITIES:
            raise ValueError(f"{code}.{name}: unknown severity {template.severity!r}")
    declared = Code(
        code=code, severity=severity, formats=formats, layer=layer, summary=_pair(summary, f"{code} summary"),
        messages=messages, explanation=explanation, bad=bad, good=good, w3c=w3c, spec=spec, url=url,
        fields={name: placeholders(t.en) for name, t in messages.items()},
    )
    _CODES[code] = declared
    return declared


def extend(code: str, *, formats: Iterable[str] = (), variants: Mapping[str, tuple] | None = None) -> Code:
    """Let a declared code apply to more formats and give it more messages (another layer's wording of the
    same problem: the JSON Feed rules' UnicodeError). The code keeps its one declaration and severity."""
    declared = get(code)
    added = {}
    for name, pair in (variants or {}).items():
        if not name or "." in name or name in declared.messages:
            raise ValueError(f"{code}: the variant name {name!r} is taken or not a word")
        added[name] = _pair(pair, f"{code}.{name}")
    formats = tuple(dict.fromkeys((*declared.formats, *formats)))
    if set(formats) - set(ALL_FORMATS):
        raise ValueError(f"{code}: formats must be some of {', '.join(ALL_FORMATS)}, not {formats}")
    messages = {**declared.messages, **added}
    fields = {**declared.fields, **{name: placeholders(t.en) for name, t in added.items()}}
    _CODES[code] = replace(declared, formats=formats, messages=messages, fields=fields)
    return _CODES[code]


def declare_text(id: str, en: str, nl: str) -> None:
    """Declare a fragment that messages share as a parameter (`place.channel`: "the channel" / "het kanaal")."""
    if not id[:1].islower():
        raise ValueError(f"the fragment id {id!r} must start with a lower-case letter (codes start upper-case)")
    if id in _TEXTS:
        raise ValueError(f"the fragment {id} is declared twice")
    _TEXTS[id] = Template(en, nl)


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in CATALOGUES:
            importlib.import_module(f"feedtool.validate.catalog.{name}")


def get(code: str) -> Code:
    """The declaration of `code`; UndeclaredCode when no catalogue declares it."""
    _load()
    try:
        return _CODES[code]
    except KeyError:
        raise UndeclaredCode(f"the finding code {code!r} is not declared in feedtool/validate/catalog/") from None


def all_codes() -> list[Code]:
    """Every declared code, sorted by name."""
    _load()
    return [_CODES[c] for c in sorted(_CODES)]


def all_texts() -> dict[str, Template]:
    _load()
    return dict(_TEXTS)


def known(code: str) -> bool:
    _load()
    return code in _CODES


def known_codes() -> frozenset[str]:
    """Every name `--ignore` accepts: the declared codes and the layer switches."""
    _load()
    return frozenset(_CODES) | SWITCHES


def suggestion(code: str) -> str | None:
    """The known code `code` is most likely a misspelling of, if any."""
    names = sorted(known_codes())
    by_case = {name.lower(): name for name in names}
    if code.lower() in by_case:
        return by_case[code.lower()]
    import difflib  # only for an unknown code given to --ignore or explain

    close = difflib.get_close_matches(code, names, n=1, cutoff=0.6)
    if not close:  # a code given without its family's prefix or suffix: "SelfLink" -> "MissingAtomSelfLink"
        containing = [name for name in names if code.lower() in name.lower()] if len(code) >= 4 else []
        close = containing[:1]
    return close[0] if close else None


def _split(id: str) -> tuple[str, str]:
    code, _, variant = id.partition(".")
    return code, variant


def finding(id: str, where: Any = None, /, *, line: int | None = None, column: int | None = None, **params: Any) -> Finding:
    """A finding of the code `id` ("Code" or "Code.variant") with its declared severity.

    `where`, an lxml element, places it at the element's line; `line`/`column` place it directly.
    Every other keyword is a parameter of the message (`element=` included).
    """
    code, variant = _split(id)
    declared = _CODES.get(code) or get(code)
    template = declared.messages.get(variant)
    if template is None:
        raise UndeclaredCode(f"the code {code} has no message variant {variant!r}")
    expected = declared.fields[variant]
    if expected.symmetric_difference(params):
        raise ValueError(
            f"{id}: the message takes the parameters {sorted(expected)}, not {sorted(params)}"
        )
    msg = Message(id, tuple(sorted(params.items())) if params else ())
    return Finding(code, template.severity or declared.severity, msg, line if line is not None else at(where), column)


def detail(id: str, /, **params: Any) -> Message:
    """A checked message of a code's variant, for use inside another message (a value check's detail)."""
    code, variant = _split(id)
    declared = get(code)
    if variant not in declared.messages:
        raise UndeclaredCode(f"the code {code} has no message variant {variant!r}")
    if declared.fields[variant].symmetric_difference(params):
        raise ValueError(f"{id}: the message takes the parameters {sorted(declared.fields[variant])}, not {sorted(params)}")
    return Message(id, tuple(sorted(params.items())) if params else ())


def fragment(id: str, /, **params: Any) -> Message:
    """A declared fragment, as a message parameter."""
    _load()
    if id not in _TEXTS:
        raise UndeclaredCode(f"the message fragment {id!r} is not declared")
    return Message(id, tuple(sorted(params.items())) if params else ())


text = fragment  # the name of phase 1 (some callers still use it)


def template(id: str, lang: str) -> str | None:
    """The template of a message id in `lang` (the provider `feedtool.i18n` asks), or None."""
    _load()
    if id[:1].isupper():
        code, variant = _split(id)
        declared = _CODES.get(code)
        found = declared.messages.get(variant) if declared else None
    else:
        found = _TEXTS.get(id)
    if found is None:
        return None
    return found.text(lang) if lang in LANGUAGES else found.en
