"""The validator's pipeline: bytes -> XML -> format -> rules -> findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from feedtool.validate import atom, rss
from feedtool.validate import document as d
from feedtool.validate.detect import detect_format
from feedtool.validate.document import Document
from feedtool.validate.findings import ERROR, Finding, error
from feedtool.validate.xml import parse_xml

RULES = {d.ATOM: atom.check, d.ATOM03: atom.check, d.RSS: rss.check}  # atom.check reports Atom 0.3 as obsolete


@dataclass
class FileReport:
    path: str
    format: str | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not any(f.severity == ERROR for f in self.findings)


def validate_bytes(data: bytes, *, path: str = "<bytes>", ignore: frozenset[str] = frozenset()) -> FileReport:
    root, findings = parse_xml(data)
    fmt = None
    if root is not None:
        fmt, version = detect_format(root)
        if fmt is None:
            findings.append(error("UnknownFormat", "not an Atom or RSS feed: the root element is not <feed> or <rss>", root))
        elif fmt in RULES:
            findings.extend(RULES[fmt](Document(data=data, root=root, format=fmt, version=version)))
    findings = sorted((f for f in findings if f.code not in ignore), key=Finding.sort_key)
    return FileReport(path=path, format=fmt, findings=findings)
