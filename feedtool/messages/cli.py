"""The commands' own errors and notes (feedtool/cli/, feedtool/serve.py, feedtool/download.py, feedtool/websub.py).

Dutch: u-form; option names, file names, URLs and commands are never translated.
"""

TEMPLATES: dict[str, tuple[str, str]] = {
    # build and check (feedtool/cli/build.py, check.py)
    "cli.now.not_iso": ("--now {value!r} is not an ISO 8601 date-time (e.g. 2013-01-01T12:00:00+01:00)",
                        "--now {value!r} is geen datum en tijd in ISO 8601 (bijvoorbeeld 2013-01-01T12:00:00+01:00)"),
    "cli.now.no_offset": ("--now {value!r} has no UTC offset: add one, e.g. {value}+01:00 or {value}Z",
                          "--now {value!r} heeft geen UTC-afwijking: voeg er een toe, bijvoorbeeld {value}+01:00 of "
                          "{value}Z"),
    "cli.out.root": ("--out {out} is the root of the file system: choose a directory of its own, e.g. --out public",
                     "--out {out} is de hoofdmap van het bestandssysteem: kies een eigen map, bijvoorbeeld --out public"),
    "cli.out.is_store": ("--out {out} is the store itself ({store}): the documents would land among the posts. "
                         "Choose a directory of its own beside it, e.g. --out public",
                         "--out {out} is de store zelf ({store}): de documenten zouden tussen de berichten "
                         "terechtkomen. Kies er een eigen map naast, bijvoorbeeld --out public"),
    "cli.out.holds_store": ("--out {out} holds the store ({store}): the documents would land among the posts. "
                            "Choose a directory of its own beside it, e.g. --out public",
                            "--out {out} bevat de store ({store}): de documenten zouden tussen de berichten "
                            "terechtkomen. Kies er een eigen map naast, bijvoorbeeld --out public"),
    "cli.ping.preview": ("--ping with --drafts or --include-future would tell hubs about a preview: build the preview "
                         "without --ping",
                         "--ping met --drafts of --include-future zou hubs over een voorbeeld inlichten: bouw het "
                         "voorbeeld zonder --ping"),
    "cli.recovered": ("{out}/: completed an interrupted build ({count} file(s) put in place)",
                      "{out}/: een onderbroken build afgemaakt ({count} bestand(en) op hun plaats gezet)"),
    "cli.build.kept": ("{path}: no longer built, but changed since feedtool wrote it: left in place",
                       "{path}: wordt niet meer gebouwd, maar is gewijzigd sinds feedtool het schreef: blijft staan"),
}
