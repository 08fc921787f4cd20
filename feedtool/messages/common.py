"""Words that problems and errors of every part share: severities, the hint, counts, kinds of values."""

TEMPLATES: dict[str, tuple[str, str]] = {
    # Problem.render: `file:line: error: [field] message (hint: ...)` (the severity word is never translated)
    "problem.hint": (" (hint: {hint})", " (tip: {hint})"),
    # the CLI's last line after the problems of a run
    "problems.summary": ("{errors} error(s), {warnings} warning(s); nothing was written",
                         "{errors} fout(en), {warnings} waarschuwing(en); er is niets geschreven"),
    "problems.summary.strict": ("{errors} error(s), {warnings} warning(s) (--strict: warnings fail the build); "
                                "nothing was written",
                                "{errors} fout(en), {warnings} waarschuwing(en) (--strict: waarschuwingen laten de "
                                "build mislukken); er is niets geschreven"),
    # the kind of a value, as in "'title' must be text, not a list"
    "value.kind.list": ("a list", "een lijst"),
    "value.kind.map": ("a mapping (fields)", "een mapping (velden)"),
    "value.kind.int": ("a number", "een getal"),
    "value.kind.float": ("a number", "een getal"),
    "value.kind.bool": ("true/false", "true/false"),
    "value.kind.null": ("empty", "leeg"),
    "value.kind.str": ("text", "tekst"),
    "value.kind.timestamp": ("a date", "een datum"),
    "value.kind.other": ("a value with an unsupported YAML tag", "een waarde met een YAML-tag die niet wordt ondersteund"),
    # month names, for dates in messages ("February 2012 has no day 31")
    "month.1": ("January", "januari"),
    "month.2": ("February", "februari"),
    "month.3": ("March", "maart"),
    "month.4": ("April", "april"),
    "month.5": ("May", "mei"),
    "month.6": ("June", "juni"),
    "month.7": ("July", "juli"),
    "month.8": ("August", "augustus"),
    "month.9": ("September", "september"),
    "month.10": ("October", "oktober"),
    "month.11": ("November", "november"),
    "month.12": ("December", "december"),
    # a list joined in the language: "a, b and c"
    "join.and": ("{first} and {last}", "{first} en {last}"),
    "join.or": ("{first} or {last}", "{first} of {last}"),
}
