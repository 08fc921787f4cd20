"""The messages of `feedtool validate`'s reports and of its notes on standard error."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {
    # feedtool validate: the summary line of the text and GitHub reports
    "report.count.file.one": ("{n} file", "{n} bestand"),
    "report.count.file.other": ("{n} files", "{n} bestanden"),
    "report.count.error.one": ("{n} error", "{n} fout"),
    "report.count.error.other": ("{n} errors", "{n} fouten"),
    "report.count.warning.one": ("{n} warning", "{n} waarschuwing"),
    "report.count.warning.other": ("{n} warnings", "{n} waarschuwingen"),
    "report.summary": ("{files} checked: {errors}, {warnings}, {info} info; {verdict}",
                       "{files} gecontroleerd: {errors}, {warnings}, {info} info; {verdict}"),
    "report.summary.strict": ("{files} checked: {errors}, {warnings}, {info} info; {verdict} (--strict: warnings fail)",
                              "{files} gecontroleerd: {errors}, {warnings}, {info} info; {verdict} (--strict: waarschuwingen tellen als fout)"),
    "report.summary.github": ("{files} checked: {errors}, {warnings}; {verdict}", "{files} gecontroleerd: {errors}, {warnings}; {verdict}"),
    "report.all_valid": ("all valid", "alles geldig"),
    "report.fails.one": ("{files} fails", "{files} faalt"),
    "report.fails.other": ("{files} fail", "{files} falen"),
    "report.failed": ("{files} failed", "{files} gefaald"),
    "report.junit.failure": ("{errors}, {warnings}: {first}", "{errors}, {warnings}: {first}"),
    # feedtool validate: notes on standard error
    "validate.ignore.unknown": ("warning: --ignore {code}: no finding has this code, so it switches nothing off; did you mean {close}?",
                                "waarschuwing: --ignore {code}: geen melding heeft deze code, dus er wordt niets uitgezet; bedoelt u {close}?"),
    "validate.ignore.unknown_far": ("warning: --ignore {code}: no finding has this code, so it switches nothing off "
                                    "(`feedtool explain --list` lists every code)",
                                    "waarschuwing: --ignore {code}: geen melding heeft deze code, dus er wordt niets uitgezet "
                                    "(`feedtool explain --list` toont alle codes)"),
}

