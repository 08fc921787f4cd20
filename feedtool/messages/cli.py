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
    # build's and check's report on standard output
    "cli.count.entry.one": ("{n} entry", "{n} bericht"),
    "cli.count.entry.other": ("{n} entries", "{n} berichten"),
    "cli.count.tag_feed.one": ("{n} tag feed", "{n} tagfeed"),
    "cli.count.tag_feed.other": ("{n} tag feeds", "{n} tagfeeds"),
    "cli.build.written": ("{path}: written", "{path}: geschreven"),
    "cli.build.written.entries": ("{path}: written ({entries})", "{path}: geschreven ({entries})"),
    "cli.build.changed": ("{path}: changed", "{path}: gewijzigd"),
    "cli.build.changed.entries": ("{path}: changed ({entries})", "{path}: gewijzigd ({entries})"),
    "cli.build.removed": ("{path}: removed", "{path}: verwijderd"),
    "cli.build.summary": ("{out}/: {documents} documents ({entries}, {tags}): {written} written, {changed} changed, "
                          "{removed} removed, {unchanged} unchanged",
                          "{out}/: {documents} documenten ({entries}, {tags}): {written} geschreven, {changed} "
                          "gewijzigd, {removed} verwijderd, {unchanged} ongewijzigd"),
    "cli.check.written": ("{path}: would be written", "{path}: zou worden geschreven"),
    "cli.check.changed": ("{path}: would change", "{path}: zou wijzigen"),
    "cli.check.removed": ("{path}: would be removed", "{path}: zou worden verwijderd"),
    "cli.check.summary": ("{store}: the publication builds: {documents} documents ({entries}, {tags}), every one read "
                          "back; nothing was written",
                          "{store}: de publicatie is te bouwen: {documents} documenten ({entries}, {tags}), elk "
                          "teruggelezen; er is niets geschreven"),
    "cli.exists": ("{path} already exists; nothing was changed", "{path} bestaat al; er is niets gewijzigd"),
    "cli.cannot_read": ("{path}: cannot read {what}: {reason}", "{path}: kan {what} niet lezen: {reason}"),
    "cli.what.record": ("the record of published entries", "de registratie van gepubliceerde berichten"),
    # feedtool new (feedtool/cli/new.py)
    "new.exists.clash": ("{path} already exists; nothing was changed (edit that file, or pass --slug for a different "
                         "file name)",
                         "{path} bestaat al; er is niets gewijzigd (bewerk dat bestand, of geef met --slug een andere "
                         "bestandsnaam op)"),
    "new.cannot_write": ("cannot write {path}: {reason}", "kan {path} niet schrijven: {reason}"),
    "new.shortened": ("note: the slug was shortened to {length} characters to fit a file name; pass --slug to choose "
                      "it yourself",
                      "note: de slug is ingekort tot {length} tekens om in een bestandsnaam te passen; geef --slug "
                      "op om hem zelf te kiezen"),
    "new.publish_hint": ("{path}: it is a draft: remove the line `draft: true` to publish it at the next build; "
                         "preview it meanwhile with feedtool serve --watch --drafts",
                         "{path}: dit is een concept: verwijder de regel `draft: true` om het bij de volgende build "
                         "te publiceren; bekijk het intussen met feedtool serve --watch --drafts"),
    # feedtool init (feedtool/cli/init.py)
    "init.needs": ("feedtool init needs {options} when it cannot ask (standard input is not a terminal): "
                   "feedtool init {directory} {flags}",
                   "feedtool init heeft {options} nodig als het niet kan vragen (de standaardinvoer is geen "
                   "terminal): feedtool init {directory} {flags}"),
    "init.ask.title": ("Title of the feed", "Titel van de feed"),
    "init.ask.link": ("Address of the site (https://...)", "Adres van de site (https://...)"),
    "init.ask.author": ("Author's name", "Naam van de auteur"),
    "init.ask.email": ("Author's e-mail address (optional)", "E-mailadres van de auteur (niet verplicht)"),
    "init.cannot_write": ("cannot write the store to {directory}/: {reason}",
                          "kan de store niet naar {directory}/ schrijven: {reason}"),
    "init.pinned": ("feed id pinned: {feed_id}", "id van de feed vastgelegd: {feed_id}"),
    "init.next": ('next: feedtool new "Titel van het bericht" --store {directory}, then feedtool build --store '
                  "{directory}",
                  'daarna: feedtool new "Titel van het bericht" --store {directory}, en dan feedtool build --store '
                  "{directory}"),
    # feedtool ping, build --ping (feedtool/cli/ping.py, feedtool/websub.py)
    "ping.the_feed": ("the feed", "de feed"),
    "ping.no_hub": ("{source}: names no hub (hub: in the feed file): nothing to ping",
                    "{source}: noemt geen hub (hub: in het feedbestand): er valt niets te pingen"),
    "ping.no_out": ("{out}/ does not exist: build the publication first (feedtool build --out {out})",
                    "{out}/ bestaat niet: bouw eerst de publicatie (feedtool build --out {out})"),
    "ping.what.record": ("the record of pings", "de registratie van pings"),
    "ping.no_publication": ("{out}/ holds no publication ({manifest} is missing): build it first (feedtool build "
                            "--out {out})",
                            "{out}/ bevat geen publicatie ({manifest} ontbreekt): bouw die eerst (feedtool build "
                            "--out {out})"),
    "ping.failed.one": ("{hub}: {url}: error: {result} (1 try); the next ping tries again",
                        "{hub}: {url}: error: {result} (1 poging); de volgende ping probeert het opnieuw"),
    "ping.failed": ("{hub}: {url}: error: {result} ({tries} tries); the next ping tries again",
                    "{hub}: {url}: error: {result} ({tries} pogingen); de volgende ping probeert het opnieuw"),
    "ping.sent": ("{hub}: {url}: pinged ({result})", "{hub}: {url}: gepingd ({result})"),
    "ping.summary": ("{out}/: {sent} ping(s) sent, {failed} failed, {unchanged} unchanged since the last ping "
                     "({hubs} hub(s), {feeds} feed(s))",
                     "{out}/: {sent} ping(s) verstuurd, {failed} mislukt, {unchanged} ongewijzigd sinds de vorige ping "
                     "({hubs} hub(s), {feeds} feed(s))"),
    "ping.some_failed": ("{failed} of {pings} ping(s) failed (above); the publication itself is fine, and the next "
                         "feedtool ping tries them again",
                         "{failed} van de {pings} ping(s) mislukt (zie hierboven); de publicatie zelf is in orde, en "
                         "de volgende feedtool ping probeert ze opnieuw"),
    "ping.cannot_write": ("{path}: cannot write the record of pings: {reason}; the next ping sends these again",
                          "{path}: kan de registratie van pings niet schrijven: {reason}; de volgende ping verstuurt "
                          "deze opnieuw"),
    "ping.redirect": ("the hub redirects ({code}) to {location}, which would turn the ping into a GET; write that "
                      "address as the hub",
                      "de hub stuurt door ({code}) naar {location}, waardoor de ping een GET zou worden; schrijf dat "
                      "adres als hub"),
    "ping.not_success": ("{status}: not a success", "{status}: niet geslaagd"),
    "ping.timeout": ("no answer within {timeout:g} s", "geen antwoord binnen {timeout:g} s"),
    "ping.refused": ("connection refused", "verbinding geweigerd"),
    # feedtool serve (feedtool/cli/serve.py)
    "serve.rebuilt": ("rebuilt: {written}", "opnieuw gebouwd: {written}"),
    "serve.rebuilt.unchanged": ("rebuilt: feeds unchanged", "opnieuw gebouwd: feeds ongewijzigd"),
    "serve.rebuild_failed": ("rebuild failed; still serving the previous feeds:\n{error}",
                             "opnieuw bouwen mislukt; de vorige feeds worden nog aangeboden:\n{error}"),
    "serve.rebuild_failed.internal": ("rebuild failed (internal error: {kind}: {error}); still serving the previous "
                                      "feeds",
                                      "opnieuw bouwen mislukt (interne fout: {kind}: {error}); de vorige feeds worden "
                                      "nog aangeboden"),
    "serve.no_store": ("{store}: no such store (give the store to watch with --store)",
                       "{store}: deze store bestaat niet (geef met --store de store op die bewaakt moet worden)"),
    "serve.build_failed": ("build failed; serving the previous feeds until the store is fixed:\n{error}",
                           "build mislukt; de vorige feeds worden aangeboden tot de store is hersteld:\n{error}"),
    "serve.built": ("built {store} into {out}/ ({written} written)", "{store} gebouwd in {out}/ ({written} geschreven)"),
    "serve.built.unchanged": ("built {store} into {out}/ (unchanged)", "{store} gebouwd in {out}/ (ongewijzigd)"),
    "serve.no_out": ("{out}: no such directory; build the feeds first (feedtool build --out {out}) or use --watch",
                     "{out}: deze map bestaat niet; bouw eerst de feeds (feedtool build --out {out}) of gebruik --watch"),
    "serve.cannot_listen": ("cannot listen on {where}: {reason}; choose another --port (or --port 0 for any free "
                            "port), or another --host",
                            "kan niet luisteren op {where}: {reason}; kies een andere --port (of --port 0 voor een "
                            "willekeurige vrije poort), of een andere --host"),
    "serve.open.drafts": ("drafts and future posts included", "concepten en toekomstige berichten inbegrepen"),
    "serve.open.everything": ("everything in {out}/", "alles in {out}/"),
    "serve.open": ("warning: listening on {host}, not 127.0.0.1: other machines on the network can read the preview "
                   "({what}); stop it when you are done",
                   "warning: luistert op {host}, niet op 127.0.0.1: andere machines in het netwerk kunnen het "
                   "voorbeeld lezen ({what}); stop het als u klaar bent"),
    "serve.serving": ("Serving {out}/ on {url} (Ctrl-C to stop)", "{out}/ wordt aangeboden op {url} (Ctrl-C om te stoppen)"),
    "serve.no_feeds": ("  (no feeds in {out}/ yet)", "  (nog geen feeds in {out}/)"),
    "serve.watching": ("Watching {store} for changes", "{store} wordt bewaakt op wijzigingen"),
    "serve.stopped": ("stopped", "gestopt"),
    # feedtool diff: inputs it cannot compare (feedtool/diff.py)
    "diff.reasons": ("{reasons}", "{reasons}"),
    "diff.unreadable": ("could not be read", "kon niet worden gelezen"),
    "diff.source": ("{source}: {reason}", "{source}: {reason}"),
    "diff.not_xml": ("not well-formed XML", "geen welgevormde XML"),
    "diff.not_json": ("not valid JSON", "geen geldige JSON"),
    "diff.unreadable_feed": ("{source}: {reason}; readers cannot read this feed (check it with feedtool validate)",
                             "{source}: {reason}; lezers kunnen deze feed niet lezen (controleer hem met feedtool "
                             "validate)"),
    "diff.not_a_feed": ("{source}: not an Atom or RSS feed (root element <{tag}>)",
                        "{source}: geen Atom- of RSS-feed (hoofdelement <{tag}>)"),
    "diff.reader_view": ("{source}: cannot be compared as readers see it: {reason} (check it with feedtool validate)",
                         "{source}: kan niet worden vergeleken zoals lezers hem zien: {reason} (controleer hem met "
                         "feedtool validate)"),
    "diff.too_large": ("{source}: {size:,} bytes, over the size limit (--max-size)",
                       "{source}: {size:,} bytes, boven de groottegrens (--max-size)"),
    "diff.not_json_feed": ('{source}: JSON, but not a JSON Feed (no "version" naming JSON Feed and no "items")',
                           '{source}: JSON, maar geen JSON Feed (geen "version" die JSON Feed noemt en geen "items")'),
    "diff.json_reader": ("{source}: a JSON Feed reader (fastfeedparser) cannot read it: {kind}: {error} (check it with "
                         "feedtool validate)",
                         "{source}: een JSON Feed-lezer (fastfeedparser) kan hem niet lezen: {kind}: {error} "
                         "(controleer hem met feedtool validate)"),
    "diff.directory_and_file": ("{source} is a directory and the other is not: compare two feeds, or two publications "
                                "(output directories)",
                                "{source} is een map en de andere niet: vergelijk twee feeds, of twee publicaties "
                                "(uitvoermappen)"),
    # feedtool explain, feedtool validate, the settings file (feedtool/cli/explain.py, validate.py, feedtool/config.py)
    "explain.usage": ("give one CODE, or --list (e.g. feedtool explain MissingAtomSelfLink)",
                      "geef één CODE, of --list (bijvoorbeeld feedtool explain MissingAtomSelfLink)"),
    "explain.unknown.close": ("unknown finding code {code!r}; did you mean {close}?",
                              "onbekende meldingscode {code!r}; bedoelt u {close}?"),
    "explain.unknown": ("unknown finding code {code!r} (feedtool explain --list lists every code)",
                        "onbekende meldingscode {code!r} (feedtool explain --list toont alle codes)"),
    "validate.config_and_no_config": ("--config and --no-config cannot be used together",
                                      "--config en --no-config kunnen niet samen worden gebruikt"),
    "validate.stdin_twice": ("standard input (-) can be given only once", "de standaardinvoer (-) kan maar één keer worden opgegeven"),
    "validate.terminal_format": ("--terminal-format goes with --output FILE (without it, --format is what the terminal "
                                 "shows)",
                                 "--terminal-format hoort bij --output BESTAND (zonder dat bepaalt --format wat de "
                                 "terminal toont)"),
    "validate.output.no_directory": ("cannot write the report to {path}: the directory {directory}/ does not exist",
                                     "kan het rapport niet naar {path} schrijven: de map {directory}/ bestaat niet"),
    "validate.output.not_writable": ("cannot write the report to {path}: the directory {directory}/ is not writable",
                                     "kan het rapport niet naar {path} schrijven: de map {directory}/ is niet "
                                     "beschrijfbaar"),
    "validate.output.failed": ("cannot write the report to {path}: {reason}",
                               "kan het rapport niet naar {path} schrijven: {reason}"),
    "config.missing": ("{path}: the settings file does not exist (check --config)",
                       "{path}: het instellingenbestand bestaat niet (controleer --config)"),
    "config.unreadable": ("{path}: the settings file cannot be read: {reason}",
                          "{path}: het instellingenbestand kan niet worden gelezen: {reason}"),
    "config.not_a_table": ("{path}: tool.feedtool must be a table: write [tool.feedtool] and the keys below it",
                           "{path}: tool.feedtool moet een tabel zijn: schrijf [tool.feedtool] met de sleutels eronder"),
    "config.keys": ("the keys are: {keys}", "de sleutels zijn: {keys}"),
    "config.top_level": ("in {name} the keys stand at the top level, without [tool.feedtool]",
                         "in {name} staan de sleutels op het hoogste niveau, zonder [tool.feedtool]"),
    "config.unknown_key": ("{where}: {label}unknown key {key!r} ({hint})", "{where}: {label}onbekende sleutel {key!r} ({hint})"),
    "config.bad_value": ("{where}: {label}{key}: {reason}", "{where}: {label}{key}: {reason}"),
    "config.not_toml": ("{where}: the settings file is not valid TOML: {reason} (fix the TOML, or pass --no-config to "
                        "run without it)",
                        "{where}: het instellingenbestand is geen geldige TOML: {reason} (herstel de TOML, of geef "
                        "--no-config op om zonder te werken)"),
}
