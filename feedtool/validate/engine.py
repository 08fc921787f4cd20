"""The validator's pipeline: bytes -> XML -> format -> rules -> reader's view -> findings.

JSON documents (JSON Feed) take the same steps in feedtool/validate/jsonfeed.py.

Rule modules expose `check(doc) -> Iterator[Finding]`. A rule module that fails
on some input costs that input a finding (`InternalError`), never the run.
"""

from __future__ import annotations

import ctypes
import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from feedtool.validate import namespaces
from feedtool.validate import document as d
from feedtool.validate.detect import ATOM_NS, detect_findings, detect_format, media_type_findings
from feedtool.validate.document import Document
from feedtool.i18n import Message
from feedtool.validate.codes import finding, fragment
from feedtool.validate.findings import ERROR, WARNING, Finding
from feedtool.validate.jsontext import looks_like_json
from feedtool.validate.xml import DEFAULT_MAX_SIZE, parse_xml



def _rules_of(module: str) -> Callable[[Document], Iterable[Finding]]:
    """The rule module's `check`, imported when a document of its format comes (start-up pays for none)."""
    def check(doc: Document) -> Iterable[Finding]:
        return importlib.import_module(module).check(doc)

    return check


RULES: dict[str, Callable[[Document], Iterable[Finding]]] = {
    d.ATOM: _rules_of("feedtool.validate.atom"),
    d.RSS: _rules_of("feedtool.validate.rss"),
    d.RSS10: _rules_of("feedtool.validate.rdf"),
    d.RSS090: _rules_of("feedtool.validate.rdf"),
}
_FORMAT_NAMES = {d.ATOM: "Atom", d.RSS: "RSS", d.RSS10: "RSS 1.0", d.RSS090: "RSS 0.90"}
# What a streaming validator says of an element as soon as it begins (its name, its attributes): in a
# document that is not well-formed these are reported for the elements that never ended; what is
# judged at the end (the required children, the value) is not.
_SAID_AT_THE_START = frozenset({
    "UndefinedElement", "UnexpectedAttribute", "UseOfExtensionAttr", "MissingNamespace", "UndeterminableVocabulary",
    "MisplacedXHTMLContent", "InvalidLanguage", "InvalidRSSVersion",
})
# What only an element's end can tell: its required children. On a line where an open element and
# complete ones begin (a feed on one line), these are the open element's; other findings are kept.
_SAID_AT_THE_END = frozenset({
    "MissingElement", "MissingTitle", "MissingLink", "MissingDescription", "MissingAtomSelfLink", "MissingGuid", "MissingSelf",
    "ItemMustContainTitleOrDescription", "MissingContentOrAlternate", "MissingSummary", "MissingTextualContent",
    "MissingItunesElement", "MissingItunesEmail", "SlashDate", "DuplicateEntries", "DuplicateIds",
})
# What W3C says of an Atom feed's head (its id, title, updated and self link) when the first entry begins.
_SAID_AT_THE_FIRST_ENTRY = frozenset({"MissingElement", "MissingSelf"})
# Findings of layer 1 after which handing the bytes to another parser is not safe or not useful.
_NO_READER_VIEW = frozenset({"ContainsSystemEntity", "EntityExpansion", "ValidatorLimit"})


@dataclass
class FileReport:
    path: str
    format: str | None
    findings: list[Finding] = field(default_factory=list)
    version: str | None = None
    encoding: str | None = None

    @property
    def valid(self) -> bool:
        return not any(f.severity == ERROR for f in self.findings)

    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for found in self.findings:
            counts[found.severity] += 1
        return counts

    def fails(self, strict: bool = False) -> bool:
        """Whether this file fails the run: errors, or with `strict` also warnings."""
        severities = {ERROR, WARNING} if strict else {ERROR}
        return any(f.severity in severities for f in self.findings)


def validate_bytes(
    data: bytes,
    *,
    path: str = "<bytes>",
    ignore: frozenset[str] | Iterable[str] = frozenset(),
    max_size: int | None = DEFAULT_MAX_SIZE,
    http_charset: str | None = None,
    base_url: str | None = None,
    media_type: str | None = None,
    reader_view: bool = True,
    extra_findings: Iterable[Finding] = (),
    extra_checks: Iterable[Callable[[Document], Iterable[Finding]]] = (),
) -> FileReport:
    """Validate one document; every problem becomes a finding, nothing raises.

    `extra_findings` come from outside the bytes (HTTP status, Content-Type); `media_type` is the
    Content-Type the document was served with, checked against the format found;
    `extra_checks` run after the rules on a parsed feed; one with the attribute `uses_reader_parse`
    is called as `check(doc, reader_parse)` with feedparser's result for the bytes (None when the reader
    view did not run: the check then parses itself) and may use `doc.data` only.
    """
    ignore = frozenset(ignore)
    if looks_like_json(data):  # JSON Feed: its own pipeline (feedtool/validate/jsonfeed.py), the same report
        from feedtool.validate import jsonfeed  # imported when needed: it brings fastfeedparser and dateutil

        fmt, version, found = jsonfeed.validate(
            data, max_size=max_size, base_url=base_url, media_type=media_type,
            reader_view=reader_view and "Reader" not in ignore, extra_checks=extra_checks, guarded=_guarded,
        )
        findings = sorted({f for f in [*extra_findings, *found] if f.code not in ignore}, key=Finding.sort_key)
        return FileReport(path=path, format=fmt, findings=findings, version=version, encoding="utf-8" if fmt else None)
    parsed = parse_xml(data, max_size=max_size, http_charset=http_charset, served=media_type is not None)
    if parsed.data is not None:
        data = parsed.data  # rearranged (WPBlankLine): the rules and the reader view read what was parsed
    findings = list(extra_findings) + parsed.findings
    fmt = version = None
    root = parsed.root
    partial = parsed.partial if root is None else None
    if partial is not None:  # not well-formed: the part before the error is checked, as W3C reads a stream
        root, data = partial.root, partial.data
        reader_view, extra_checks = False, ()
    if root is not None:
        declared = namespaces.declarations(data, root, parsed.encoding)
        root_namespace = root.tag[1:].partition("}")[0] if isinstance(root.tag, str) and root.tag[0] == "{" else None
        # the root's own namespace stays as written: a format in a nearly-right namespace is another format
        renames = {old: new for old, new in namespaces.near_misses(declared).items() if old != root_namespace}
        if renames:  # nearly-right namespace URIs (capitals, a missing slash): checked as what they meant
            namespaces.canonicalise(root, renames)
        fmt, version = detect_format(root)
        findings.extend(namespaces.check(declared, atom=fmt == d.ATOM))
        findings.extend(detect_findings(root, fmt, version))
        if fmt is None and root_namespace and isinstance(root.tag, str) and root.tag.endswith("}rss"):
            # <rss xmlns="...">: InvalidNamespace said, the rest is checked as the RSS it was meant to be (as W3C does)
            namespaces.canonicalise(root, {root_namespace: None})
            fmt, version = detect_format(root)
        findings.extend(media_type_findings(media_type, fmt))
        if fmt in RULES:
            doc = Document(data=data, root=root, format=fmt, version=version, encoding=parsed.encoding, base_url=base_url)
            rule_findings = _guarded(fragment("layer.rules", format=_FORMAT_NAMES.get(fmt, fmt)), RULES[fmt], doc)
            if partial is not None:
                # an Atom entry began: the feed's head was complete, and judged
                head = root.sourceline if fmt == d.ATOM and any(child.tag == f"{{{ATOM_NS}}}entry" for child in root) else None
                rule_findings = [
                    f for f in rule_findings
                    if f.line not in partial.open_lines or f.code in _SAID_AT_THE_START or (f.line == head and f.code in _SAID_AT_THE_FIRST_ENTRY)
                    or (f.line in partial.shared_lines and f.code not in _SAID_AT_THE_END)
                ]
            findings.extend(rule_findings)
            # Checks that read feedparser's result (the store round trip) share the reader view's parse.
            reader_checks = [check for check in extra_checks if getattr(check, "uses_reader_parse", False)]
            for check in extra_checks:
                if check not in reader_checks:
                    findings.extend(_guarded(fragment("layer.check", name=getattr(check, "__name__", "check")), check, doc))
            reader_parse = None
            if reader_view and not any(f.code in _NO_READER_VIEW for f in parsed.findings) and "Reader" not in ignore:
                from feedtool.validate import readerview  # feedparser: imported only when the reader view runs

                outcome = list(_guarded(fragment("layer.reader"), lambda doc: [readerview.strict_view(doc)], doc))
                view = outcome[0] if outcome and isinstance(outcome[0], readerview.StrictView) else None
                findings.extend(f for f in outcome if isinstance(f, Finding))
                # Release the strict tree before feedparser builds its own: peak memory is one parse, not two.
                doc.root = parsed.root = root = None
                doc.extra = {}
                if len(data) > 1_000_000:
                    _return_freed_memory()
                if view is not None or reader_checks:
                    try:
                        if view is not None and view.left_out is not None:
                            raise view.left_out
                        reader_parse = readerview.parse_bounded(data)
                    except readerview.ReaderViewLeftOut as exc:
                        # Past the bounds, no layer may run feedparser (it would hang): they are all left out.
                        findings.append(exc.finding())
                        view, reader_checks = None, []
                if view is not None:
                    findings.extend(_guarded(fragment("layer.reader"), lambda _: readerview.compare(data, view, reader_parse), doc))
            for check in reader_checks:  # without the reader view they parse for themselves
                findings.extend(_guarded(fragment("layer.check", name=getattr(check, "__name__", "check")), lambda doc: check(doc, reader_parse), doc))
    findings = sorted({f for f in findings if f.code not in ignore}, key=Finding.sort_key)
    if partial is not None:  # not a feed of any format until it is well-formed
        fmt = version = None
    return FileReport(path=path, format=fmt, findings=findings, version=version, encoding=parsed.encoding)


def _return_freed_memory() -> None:
    """Hand the freed tree's memory back to the system (glibc keeps it otherwise), so that
    feedparser's parse does not come on top of it: the peak is one parse, not two."""
    global _malloc_trim
    if _malloc_trim is None:
        try:
            _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim = None


def _guarded(name: Message, check: Callable[[Document], Iterable[Finding]], doc: Document) -> Iterator[Finding]:
    """Run one layer; keep what it found before it failed and report the failure as a finding."""
    try:
        yield from check(doc)
    except RecursionError:
        yield finding("ValidatorLimit.nesting", layer=name)
    except Exception as exc:  # noqa: BLE001 - one faulty rule must not hide every other finding
        yield finding("InternalError", layer=name, exception=f"{type(exc).__name__}: {exc}")
