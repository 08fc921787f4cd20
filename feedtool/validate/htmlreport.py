"""`validate --format html`: one self-contained page a person can open from a CI artifact.

No external assets (styles inline, no scripts, no fonts or images; a Content-Security-Policy
says so to the browser), every value from the feeds escaped, deterministic (no timestamp).
The page has a summary at the top, then every file with every finding: severity, code,
message, place, the source lines around it, and a link to the code's explanation, which is
printed once per code at the end, from the registry (the text `feedtool explain CODE` prints).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape

from feedtool import __version__
from feedtool.i18n import DEFAULT_LANGUAGE
from feedtool.validate import codes
from feedtool.validate.engine import FileReport
from feedtool.validate.excerpts import Line
from feedtool.validate.findings import Finding

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

LABELS = {
    "en": {
        "title": "feedtool validate report", "summary": "Summary", "files": "files checked", "failed": "failing",
        "errors": "errors", "warnings": "warnings", "info": "info", "all_valid": "All files pass.",
        "some_fail": "{n} of {total} files fail.", "strict": "Strict: warnings fail too.",
        "codes": "Findings by code", "no_findings": "No findings.", "line": "line", "column": "column",
        "explain": "What this means", "explanations": "Explanations", "not_declared":
        "No explanation is declared for this code yet; docs/validate.md lists it.",
        "bad": "Example of the problem", "good": "The fix", "w3c": "W3C's explanation", "spec": "Spec",
        "format": "format", "not_a_feed": "not a feed", "pass": "passes", "fail": "fails", "command": "On the command line:",
        "severity": {"error": "error", "warning": "warning", "info": "info"}, "generated": "Made by feedtool {version}.",
        "file_list": "Files",
    },
    "nl": {
        "title": "feedtool validate-rapport", "summary": "Samenvatting", "files": "bestanden gecontroleerd",
        "failed": "afgekeurd", "errors": "fouten", "warnings": "waarschuwingen", "info": "info",
        "all_valid": "Alle bestanden zijn goedgekeurd.", "some_fail": "{n} van de {total} bestanden afgekeurd.",
        "strict": "Strikt: ook waarschuwingen keuren af.", "codes": "Meldingen per code",
        "no_findings": "Geen meldingen.", "line": "regel", "column": "kolom", "explain": "Wat dit betekent",
        "explanations": "Uitleg", "not_declared": "Voor deze code is nog geen uitleg vastgelegd; docs/validate.md noemt haar.",
        "bad": "Voorbeeld van het probleem", "good": "De oplossing", "w3c": "Uitleg van W3C", "spec": "Specificatie",
        "format": "formaat", "not_a_feed": "geen feed", "pass": "goedgekeurd", "fail": "afgekeurd",
        "command": "Op de opdrachtregel:", "severity": {"error": "fout", "warning": "waarschuwing", "info": "info"},
        "generated": "Gemaakt door feedtool {version}.", "file_list": "Bestanden",
    },
}

STYLE = """
:root { color-scheme: light; --error: #b00020; --warning: #9a5b00; --info: #2458a6; --ok: #1b6e2a; --line: #d8dce3; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d2430; background: #f5f6f8; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.25rem; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
h2 { font-size: 1.1rem; margin: 0; word-break: break-all; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
section.summary, section.file, section.explanations { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 1rem; }
.verdict { font-weight: 600; font-size: 1.05rem; margin: 0 0 .75rem; }
.verdict.fail { color: var(--error); } .verdict.pass { color: var(--ok); }
.counts { display: flex; gap: .75rem; flex-wrap: wrap; list-style: none; padding: 0; margin: 0 0 .75rem; }
.counts li { border: 1px solid var(--line); border-radius: 6px; padding: .35rem .75rem; min-width: 7rem; }
.counts b { display: block; font-size: 1.35rem; }
.counts .error b { color: var(--error); } .counts .warning b { color: var(--warning); } .counts .info b { color: var(--info); }
table { border-collapse: collapse; } td, th { text-align: left; padding: .15rem .9rem .15rem 0; vertical-align: top; }
.file-head { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
.status { font-weight: 600; white-space: nowrap; } .status.fail { color: var(--error); } .status.pass { color: var(--ok); }
.meta { color: #5b6472; font-size: .9rem; }
.finding { border-left: 4px solid var(--line); padding: .5rem 0 .5rem .9rem; margin: .9rem 0 0; }
.finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning); } .finding.info { border-color: var(--info); }
.finding p { margin: .2rem 0; }
.badge { display: inline-block; font-size: .78rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #fff; border-radius: 4px; padding: .05rem .4rem; margin-right: .4rem; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
code, pre { font: 13px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.code { font-weight: 600; }
pre.source { background: #f7f8fa; border: 1px solid var(--line); border-radius: 6px; padding: .4rem 0; overflow-x: auto; margin: .4rem 0 0; }
pre.source span.l { display: block; padding: 0 .75rem; white-space: pre; }
pre.source span.l.hit { background: #fff1c2; }
pre.source span.n { display: inline-block; min-width: 3.5em; color: #8a93a3; user-select: none; }
pre.example { background: #f7f8fa; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; overflow-x: auto; white-space: pre-wrap; }
.explanation { border-top: 1px solid var(--line); padding: .75rem 0; }
.explanation:first-of-type { border-top: 0; }
a { color: #1f56b3; }
footer { color: #5b6472; font-size: .85rem; padding-bottom: 2rem; }
"""


def render_html(reports: Sequence[FileReport], *, strict: bool = False, lang: str = DEFAULT_LANGUAGE,
                excerpts: Sequence[Mapping[int, Sequence[Line]]] | None = None) -> str:
    """The page for `reports`; `excerpts[i]` holds the source lines around report i's findings, by line."""
    t = LABELS.get(lang, LABELS["en"])
    excerpts = list(excerpts or [])
    totals = Counter()
    by_code: Counter = Counter()
    for report in reports:
        totals.update(report.counts())
        by_code.update(f.code for f in report.findings)
    failed = [i for i, report in enumerate(reports) if report.fails(strict)]
    verdict = t["all_valid"] if not failed else t["some_fail"].format(n=len(failed), total=len(reports))
    title = f"{t['title']}: {verdict}"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="feedtool ' + escape(__version__) + '">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{escape(t['title'])}</h1></header>",
        "<main>",
        _summary(reports, failed, totals, by_code, verdict, strict, t),
    ]
    for index, report in enumerate(reports):
        parts.append(_file(index, report, excerpts[index] if index < len(excerpts) else {}, strict, lang, t))
    if by_code:
        parts.append(_explanations(sorted(by_code), lang, t))
    parts += ["</main>", f"<footer><p>{escape(t['generated'].format(version=__version__))}</p></footer>", "</body>",
              "</html>"]
    return "\n".join(parts) + "\n"


def _summary(reports, failed, totals, by_code, verdict, strict, t) -> str:
    status = "fail" if failed else "pass"
    counts = [("files", len(reports), "files"), ("failed", len(failed), "failed"), ("error", totals["error"], "errors"),
              ("warning", totals["warning"], "warnings"), ("info", totals["info"], "info")]
    out = [f'<section class="summary" id="summary"><h2>{escape(t["summary"])}</h2>',
           f'<p class="verdict {status}" id="verdict">{escape(verdict)}'
           + (f" {escape(t['strict'])}" if strict else "") + "</p>",
           '<ul class="counts">']
    out += [f'<li class="{cls}" data-count="{cls}"><b>{n}</b>{escape(t[label])}</li>' for cls, n, label in counts]
    out.append("</ul>")
    if by_code:
        out.append(f"<h3>{escape(t['codes'])}</h3><table class=\"by-code\"><tbody>")
        for code, n in sorted(by_code.items(), key=lambda item: (-item[1], item[0])):
            out.append(f'<tr><td><a class="code" href="#explain-{escape(code)}">{escape(code)}</a></td><td>{n}</td></tr>')
        out.append("</tbody></table>")
    out.append(f"<h3>{escape(t['file_list'])}</h3><table class=\"files\"><tbody>")
    for index, report in enumerate(reports):
        state = "fail" if index in failed else "pass"
        c = report.counts()
        out.append(f'<tr><td><a href="#file-{index + 1}">{escape(report.path)}</a></td>'
                   f'<td class="status {state}">{escape(t[state])}</td>'
                   f'<td>{escape(t["errors"])}: {c["error"]}, {escape(t["warnings"])}: {c["warning"]}</td></tr>')
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _file(index: int, report: FileReport, lines: Mapping[int, Sequence[Line]], strict: bool, lang: str, t) -> str:
    state = "fail" if report.fails(strict) else "pass"
    kind = f"{report.format}{' ' + report.version if report.version else ''}" if report.format else t["not_a_feed"]
    out = [f'<section class="file" id="file-{index + 1}" data-path="{escape(report.path)}" data-status="{state}">',
           f'<div class="file-head"><h2>{escape(report.path)}</h2>'
           f'<span class="status {state}">{escape(t[state])}</span></div>',
           f'<p class="meta">{escape(t["format"])}: {escape(kind)}</p>']
    if not report.findings:
        out.append(f'<p class="none">{escape(t["no_findings"])}</p>')
    for number, finding in enumerate(report.findings, start=1):
        out.append(_finding(f"f-{index + 1}-{number}", finding, lines.get(finding.line) if finding.line else None, lang, t))
    out.append("</section>")
    return "\n".join(out)


def _finding(anchor: str, finding: Finding, lines: Sequence[Line] | None, lang: str, t) -> str:
    severity = finding.severity
    place = ""
    if finding.line is not None:
        place = f"{t['line']} {finding.line}" + (f", {t['column']} {finding.column}" if finding.column else "")
    out = [f'<article class="finding {escape(severity)}" id="{anchor}" data-code="{escape(finding.code)}" '
           f'data-severity="{escape(severity)}"' + (f' data-line="{finding.line}"' if finding.line else "") + ">",
           f'<p><span class="badge {escape(severity)}">{escape(t["severity"].get(severity, severity))}</span>'
           f'<a class="code" href="#explain-{escape(finding.code)}">{escape(finding.code)}</a>'
           + (f' <span class="meta place">{escape(place)}</span>' if place else "") + "</p>",
           f'<p class="message">{escape(finding.text(lang))}</p>']
    if lines:
        out.append('<pre class="source"><code>' + "".join(_source_line(line, finding.line) for line in lines)
                   + "</code></pre>")
    out.append("</article>")
    return "\n".join(out)


def _source_line(line: Line, hit: int | None) -> str:
    text = ("…" if line.cut_before else "") + line.text + ("…" if line.cut_after else "")
    cls = "l hit" if line.number == hit else "l"
    return f'<span class="{cls}" data-line="{line.number}"><span class="n">{line.number}</span>{escape(text)}</span>'


def _explanations(code_names: Sequence[str], lang: str, t) -> str:
    out = [f'<section class="explanations" id="explanations"><h2>{escape(t["explanations"])}</h2>']
    for code in code_names:
        out.append(f'<div class="explanation" id="explain-{escape(code)}"><h3>{escape(code)}</h3>')
        if codes.known(code):
            declared = codes.get(code)
            out.append(f"<p><strong>{escape(declared.summary.text(lang))}</strong></p>")
            out.append(f"<p>{escape(' '.join(declared.explanation.split()))}</p>")
            out.append(f"<p>{escape(t['bad'])}:</p><pre class=\"example\">{escape(declared.bad.strip())}</pre>")
            out.append(f"<p>{escape(t['good'])}:</p><pre class=\"example\">{escape(declared.good.strip())}</pre>")
            links = []
            if declared.w3c_url:
                links.append(f'<a href="{escape(declared.w3c_url)}" rel="noopener">{escape(t["w3c"])}</a>')
            if declared.url:
                links.append(f'<a href="{escape(declared.url)}" rel="noopener">{escape(t["spec"])}: '
                             f'{escape(declared.spec or declared.url)}</a>')
            if links:
                out.append("<p>" + " · ".join(links) + "</p>")
        else:
            out.append(f"<p>{escape(t['not_declared'])}</p>")
        out.append(f'<p class="meta">{escape(t["command"])} <code>feedtool explain {escape(code)}'
                   + (" --lang nl" if lang == "nl" else "") + "</code></p></div>")
    out.append("</section>")
    return "\n".join(out)
