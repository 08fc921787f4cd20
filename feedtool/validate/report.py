"""Rendering validation results: text (like a compiler), JSON, JUnit XML, GitHub annotations, SARIF.

Each renderer takes the list of FileReport objects and returns a string; the CLI prints it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

from feedtool import __version__
from feedtool.validate.engine import FileReport
from feedtool.i18n import DEFAULT_LANGUAGE, message
from feedtool.i18n import render as render_message
from feedtool.validate import codes
from feedtool.validate.findings import Finding

FORMATS = ("text", "json", "junit", "github", "sarif", "html")
# The characters XML 1.0 cannot carry, listed (not as the complement of the ones it can: a class with
# ranges up to U+10FFFF costs re 10-20 ms to compile at every start-up).
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(fmt: str, reports: Sequence[FileReport], *, strict: bool = False, lang: str = DEFAULT_LANGUAGE) -> str:
    """The reports in the output format `fmt`, messages in `lang` (codes are the same in every language)."""
    return RENDERERS[fmt](reports, strict, lang)


def location(path: str, finding: Finding) -> str:
    parts = [path]
    if finding.line is not None:
        parts.append(str(finding.line))
        if finding.column is not None:
            parts.append(str(finding.column))
    return ":".join(parts)


def summary(reports: Sequence[FileReport], strict: bool = False) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        for severity, n in report.counts().items():
            counts[severity] += n
    failed = sum(report.fails(strict) for report in reports)
    return {"files": len(reports), "failed": failed, "errors": counts["error"], "warnings": counts["warning"], "info": counts["info"]}


def _count(n: int, word: str, lang: str) -> str:
    """ "1 file", "2 errors" (word: file, error or warning), in `lang`."""
    return render_message(message(f"report.count.{word}.{'one' if n == 1 else 'other'}", n=n), lang)


def _verdict(s: dict, lang: str, failed_id: str = "report.fails") -> str:
    if not s["failed"]:
        return render_message(message("report.all_valid"), lang)
    files = _count(s["failed"], "file", lang)
    if failed_id == "report.fails":
        failed_id += ".one" if s["failed"] == 1 else ".other"
    return render_message(message(failed_id, files=files), lang)


def render_text(reports: Sequence[FileReport], strict: bool = False, lang: str = DEFAULT_LANGUAGE) -> str:
    lines = []
    for report in reports:
        for f in report.findings:
            lines.append(f"{location(report.path, f)}: {f.severity}: {f.text(lang)} [{f.code}]")
    s = summary(reports, strict)
    line = message(
        "report.summary.strict" if strict else "report.summary",
        files=_count(s["files"], "file", lang),
        errors=_count(s["errors"], "error", lang),
        warnings=_count(s["warnings"], "warning", lang),
        info=s["info"],
        verdict=_verdict(s, lang),
    )
    lines.append(render_message(line, lang))
    return "\n".join(lines) + "\n"


def as_dict(report: FileReport, strict: bool = False, lang: str = DEFAULT_LANGUAGE) -> dict:
    return {
        "path": report.path,
        "format": report.format,
        "version": report.version,
        "valid": report.valid,
        "passed": not report.fails(strict),
        "counts": report.counts(),
        "findings": [
            {"code": f.code, "severity": f.severity, "message": f.text(lang), "line": f.line, "column": f.column}
            | ({"pointer": f.pointer} if f.pointer is not None else {})  # JSON Feed: the JSON Pointer of the value
            for f in report.findings
        ],
    }


def render_json(reports: Sequence[FileReport], strict: bool = False, lang: str = DEFAULT_LANGUAGE) -> str:
    document = {"files": [as_dict(r, strict, lang) for r in reports], "summary": summary(reports, strict)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _xml_text(text: str) -> str:
    return _NOT_XML_CHAR.sub("\ufffd", text)


def render_junit(reports: Sequence[FileReport], strict: bool = False, lang: str = DEFAULT_LANGUAGE) -> str:
    s = summary(reports, strict)
    # Imported here: only --format junit needs it. It builds a report, never parses untrusted XML.
    import xml.etree.ElementTree as ET

    suites = ET.Element("testsuites", name="feedtool validate", tests=str(s["files"]), failures=str(s["failed"]), errors="0")
    suite = ET.SubElement(
        suites, "testsuite", name="feedtool validate", tests=str(s["files"]), failures=str(s["failed"]), errors="0", skipped="0"
    )
    for report in reports:
        case = ET.SubElement(suite, "testcase", classname="feedtool.validate", name=_xml_text(report.path))
        if report.path != "-" and "://" not in report.path:
            case.set("file", _xml_text(report.path))  # GitLab links the file and lists it under "Copy failed tests"
        lines = [_xml_text(f"{location(report.path, f)}: {f.severity}: {f.text(lang)} [{f.code}]") for f in report.findings]
        if report.fails(strict):
            counts = report.counts()
            failing = [f for f in report.findings if f.severity == "error" or (strict and f.severity == "warning")]
            failure = ET.SubElement(
                case,
                "failure",
                message=_xml_text(
                    render_message(
                        message(
                            "report.junit.failure",
                            errors=_count(counts["error"], "error", lang),
                            warnings=_count(counts["warning"], "warning", lang),
                            first=failing[0].text(lang),
                        ),
                        lang,
                    )
                ),
                type=failing[0].code,
            )
            failure.text = "\n".join(lines)
        elif lines:
            ET.SubElement(case, "system-out").text = "\n".join(lines)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


# Characters other than CR and LF that end a line for many tools (Python's str.splitlines, Unicode):
# a feed's value echoed in a message must not split one annotation over several lines.
_OTHER_LINE_BREAKS = str.maketrans({c: f"%{ord(c):02X}" if ord(c) < 256 else f"%u{ord(c):04X}" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").translate(_OTHER_LINE_BREAKS)


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def render_github(reports: Sequence[FileReport], strict: bool = False, lang: str = DEFAULT_LANGUAGE) -> str:
    lines = []
    for report in reports:
        for f in report.findings:
            props = [f"file={_escape_property(report.path)}"]
            if f.line is not None:
                props.append(f"line={f.line}")
                if f.column is not None:
                    props.append(f"col={f.column}")
            props.append(f"title={_escape_property(f.code)}")
            lines.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(props)}::{_escape_data(f.text(lang))}")
    s = summary(reports, strict)
    line = message(
        "report.summary.github",
        files=_count(s["files"], "file", lang),
        errors=_count(s["errors"], "error", lang),
        warnings=_count(s["warnings"], "warning", lang),
        verdict=_verdict(s, lang, "report.failed"),
    )
    lines.append(render_message(line, lang))
    return "\n".join(lines) + "\n"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render_sarif(reports: Sequence[FileReport], strict: bool = False, lang: str = DEFAULT_LANGUAGE) -> str:
    """SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards."""
    results, rules = [], {}
    for report in reports:
        for f in report.findings:
            if f.code not in rules:
                rules[f.code] = _sarif_rule(f.code, lang)
            location: dict = {"artifactLocation": {"uri": report.path}}
            if f.line is not None:
                location["region"] = {"startLine": f.line}
                if f.column:
                    location["region"]["startColumn"] = f.column
            place: dict = {"physicalLocation": location}
            if f.pointer:  # JSON Feed: where in the document's structure
                place["logicalLocations"] = [{"fullyQualifiedName": f.pointer or "/", "kind": "member"}]
            results.append(
                {
                    "ruleId": f.code,
                    "level": _SARIF_LEVEL[f.severity],
                    "message": {"text": f.text(lang)},
                    "locations": [place],
                }
            )
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "feedtool",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/feedtool/",
                        "rules": [rules[code] for code in sorted(rules)],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _sarif_rule(code: str, lang: str) -> dict:
    """A SARIF reportingDescriptor for `code`, from its declaration."""
    declared = codes.get(code)
    rule = {
        "id": code,
        "name": code,
        "shortDescription": {"text": declared.summary.text(lang)},
        "fullDescription": {"text": " ".join(declared.explanation.split())},
        "help": {"text": declared.explain(lang)},
        "defaultConfiguration": {"level": _SARIF_LEVEL[declared.severity]},
        "properties": {"formats": list(declared.formats), "layer": declared.layer},
    }
    help_uri = declared.url or declared.w3c_url
    if help_uri:
        rule["helpUri"] = help_uri
    if declared.w3c:
        rule["properties"]["w3c"] = declared.w3c
    return rule


def render_html(reports: Sequence[FileReport], strict: bool = False, lang: str = DEFAULT_LANGUAGE) -> str:
    """One self-contained HTML page (feedtool/validate/htmlreport.py); without source excerpts from here."""
    from feedtool.validate.htmlreport import render_html as render_page

    return render_page(reports, strict=strict, lang=lang)


RENDERERS: dict[str, Callable[[Sequence[FileReport], bool, str], str]] = {
    "text": render_text,
    "json": render_json,
    "junit": render_junit,
    "github": render_github,
    "sarif": render_sarif,
    "html": render_html,
}
