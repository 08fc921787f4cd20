"""Building the publication: tag feeds, warnings for the author, rendering, reading back, writing, the id guard.

Dutch: u-form; field names, file names, option names, codes and values as written are never translated.
"""

TEMPLATES: dict[str, tuple[str, str]] = {
    # tag feeds (feedtool/build/select.py)
    "build.tag.id_clash": ("the entry's id {entry_id} is also the id of the feed of the tag {tag!r}",
                           "de id van het bericht, {entry_id}, is ook de id van de feed van de tag {tag!r}"),
    "build.tag.id_clash.hint": ("give the entry another slug or id, or switch tag feeds off (tag_feeds: false in "
                                "_feed.yaml)",
                                "geef het bericht een andere slug of id, of zet de tagfeeds uit (tag_feeds: false in "
                                "_feed.yaml)"),
    "build.tag.empty.hint": ("remove the empty tag", "verwijder de lege tag"),
    "build.tag.no_slug": ("the tag {tag!r} gives no name for its feed's folder (no letters or digits)",
                          "de tag {tag!r} geeft geen naam voor de map van zijn feed (geen letters of cijfers)"),
    "build.tag.no_slug.hint": ("write the tag with letters or digits, or switch tag feeds off (tag_feeds: false in "
                               "_feed.yaml, or build --no-tag-feeds)",
                               "schrijf de tag met letters of cijfers, of zet de tagfeeds uit (tag_feeds: false in "
                               "_feed.yaml, of build --no-tag-feeds)"),
    "build.tag.too_long": ("the tag {start!r}... is {length} characters long; its feed's folder name would be "
                           "{slug_length} (at most {limit})",
                           "de tag {start!r}... is {length} tekens lang; de naam van de map van zijn feed zou "
                           "{slug_length} tekens worden (hoogstens {limit})"),
    "build.tag.too_long.hint": ("a tag is a short label: shorten it, and put the longer text in the summary",
                                "een tag is een kort label: maak hem korter, en zet de langere tekst in de samenvatting"),
    "build.tag.files.more": ("{files} and {more} more", "{files} en nog {more}"),
    "build.tag.spelling": ("{tag!r} ({files})", "{tag!r} ({files})"),
    "build.tag.clash": ("the tags {tags} would share the feed tags/{slug}/, but they are different tags",
                        "de tags {tags} zouden de feed tags/{slug}/ delen, maar het zijn verschillende tags"),
    "build.tag.clash.hint": ("write them the same way if they are one tag, or rename one of them",
                             "schrijf ze op dezelfde manier als ze één tag zijn, of hernoem een van beide"),
    # warnings for the author (feedtool/build/select.py)
    "build.content.finding": ("{message} ({code}, as `feedtool validate` and the W3C validator say)",
                              "{message} ({code}, zoals `feedtool validate` en de W3C-validator melden)"),
    "build.what.title": ("the title", "de titel"),
    "build.what.subtitle": ("the subtitle", "de ondertitel"),
    "build.what.tag": ("the tag {tag!r}", "de tag {tag!r}"),
    "build.looks_like_html": ("{what} looks like HTML, but it is plain text: readers show the tags as written "
                              "(the W3C validator warns ContainsHTML or ContainsUndeclaredHTML)",
                              "{what} lijkt op HTML, maar is platte tekst: lezers tonen de tags zoals ze er staan "
                              "(de W3C-validator waarschuwt met ContainsHTML of ContainsUndeclaredHTML)"),
    "build.looks_like_html.hint": ("write {what} without tags", "schrijf {what} zonder tags"),
    "build.attachments.rss": ("the entry has {count} attachments, but RSS carries one: rss.xml has only the first "
                              "({url}); Atom and JSON Feed carry them all",
                              "het bericht heeft {count} bijlagen, maar RSS kan er één bevatten: rss.xml heeft alleen "
                              "de eerste ({url}); Atom en JSON Feed bevatten ze allemaal"),
    "build.attachments.rss.hint": ("put the attachment RSS readers (podcast apps) should get first",
                                   "zet de bijlage die RSS-lezers (podcastapps) moeten krijgen vooraan"),
    "build.no_text": ("the entry has neither summary nor content: readers show only its title (the W3C validator "
                      "warns MissingTextualContent)",
                      "het bericht heeft geen samenvatting en geen inhoud: lezers tonen alleen de titel (de "
                      "W3C-validator waarschuwt met MissingTextualContent)"),
    "build.no_text.hint": ("add a summary: one or two sentences of plain text",
                           "voeg een samenvatting toe: een of twee zinnen platte tekst"),
    "build.updated.same": ("updated at the same moment as {other} (the W3C validator warns DuplicateUpdated)",
                           "op hetzelfde moment bijgewerkt als {other} (de W3C-validator waarschuwt met "
                           "DuplicateUpdated)"),
    "build.updated.same.hint": ("give each entry its own time of day, e.g. published: 2012-12-21T10:00:00",
                                "geef elk bericht een eigen tijdstip, bijvoorbeeld published: 2012-12-21T10:00:00"),
    # rendering (feedtool/generate/, feedtool/build/renderers.py)
    "build.char.not_xml": ("contains {point}, a character XML cannot carry",
                           "bevat {point}, een teken dat XML niet kan bevatten"),
    "build.char.not_xml.hint": ("remove it (it often comes with text pasted from a word processor)",
                                "verwijder het (het komt vaak mee met tekst die uit een tekstverwerker is geplakt)"),
    "build.char.c1": ("contains {point}, a control character feed readers show as {meant!r}",
                      "bevat {point}, een stuurteken dat feedlezers tonen als {meant!r}"),
    "build.char.c1.hint": ("replace it with the character you meant (probably {meant!r}); the text was likely "
                           "Windows-1252 read as Latin-1",
                           "vervang het door het bedoelde teken (waarschijnlijk {meant!r}); de tekst is "
                           "waarschijnlijk Windows-1252 die als Latin-1 is gelezen"),
    "build.nothing_to_publish": ("there is nothing to publish: every entry is a draft or dated in the future",
                                 "er is niets te publiceren: elk bericht is een concept of heeft een datum in de "
                                 "toekomst"),
    "build.nothing_to_publish.hint": ("publish an entry, or build with --drafts / --include-future to preview",
                                      "publiceer een bericht, of bouw met --drafts / --include-future voor een "
                                      "voorbeeld"),
    "build.attachment.gone.hint": ("keep the file in the store while the build runs",
                                   "laat het bestand in de store staan zolang de build loopt"),
    # the id guard (feedtool/guard.py) and its record, _published.json
    "guard.record.hint": ("fix it, or restore it from version control (deleting it makes the next build start a new "
                          "record and check nothing)",
                          "herstel het, of haal het terug uit versiebeheer (wie het verwijdert, laat de volgende "
                          "build een nieuwe registratie beginnen die niets controleert)"),
    "guard.record.json": ("not valid JSON: {detail}", "geen geldige JSON: {detail}"),
    "guard.record.not_object": ("the record must be a JSON object", "de registratie moet een JSON-object zijn"),
    "guard.record.version": ("unknown record version {found} (this feedtool writes {version})",
                             "onbekende versie van de registratie: {found} (deze feedtool schrijft {version})"),
    "guard.record.site": ("must be a URL or null", "moet een URL of null zijn"),
    "guard.record.entries": ("must be an object keyed by entry id",
                             "moet een object zijn met de id's van de berichten als sleutels"),
    "guard.record.entry": ("must be an object", "moet een object zijn"),
    "guard.record.value": ("missing or not a string: {key}", "ontbreekt of is geen tekst: {key}"),
    "guard.record.date": ("not an ISO 8601 date-time: {shown!r}", "geen datum en tijd in ISO 8601: {shown!r}"),
    "guard.record.date.offset": ("date-time without offset", "datum en tijd zonder UTC-afwijking"),
    "guard.record.feeds": ("must be an object keyed by the feed's path",
                           "moet een object zijn met het pad van de feed als sleutel"),
    "guard.record.feed": ("must be an object with id and title", "moet een object met id en title zijn"),
    "guard.same.slug": ('same slug "{slug}"', 'dezelfde slug "{slug}"'),
    "guard.same.link": ("same link", "dezelfde link"),
    "guard.same.title_and_date": ("same title and date", "dezelfde titel en datum"),
    "guard.same.content": ("same summary and content", "dezelfde samenvatting en inhoud"),
    "guard.note.started": ("{file}: started the record of published entries ({count})",
                           "{file}: registratie van gepubliceerde berichten begonnen ({count})"),
    "guard.note.site_moved": ("site moved from {old} to {new}: ids do not depend on it; links updated",
                              "de site is verhuisd van {old} naar {new}: de id's hangen daar niet van af; de links "
                              "zijn bijgewerkt"),
    "guard.note.accepted": ("accepted: {change}", "aanvaard: {change}"),
    "guard.note.link_changed": ('entry "{title}" ({entry_id}): link changed from {old} to {new} (same id: readers '
                                "follow)",
                                'bericht "{title}" ({entry_id}): de link is gewijzigd van {old} in {new} (dezelfde '
                                "id: lezers volgen mee)"),
    "guard.published_changed": ('entry "{title}" ({entry_id}): published changed from {old} to {new}; feed readers '
                                "would move the post or show it again as new",
                                'bericht "{title}" ({entry_id}): published is gewijzigd van {old} in {new}; '
                                "feedlezers zouden het bericht verplaatsen of opnieuw als nieuw tonen"),
    "guard.published_changed.hint": ('restore "published: {old}" (a revision changes "updated", not "published"), '
                                     "or run build with --accept-changes if the new date is deliberate",
                                     'zet "published: {old}" terug (een herziening wijzigt "updated", niet '
                                     '"published"), of bouw met --accept-changes als de nieuwe datum bewust is'),
    "guard.new_id": ('entry "{title}" would be published under the new id {entry_id}, but it looks like {old}, '
                     "published before ({reasons}): feed readers would show it again as a new post",
                     'bericht "{title}" zou onder de nieuwe id {entry_id} verschijnen, maar het lijkt op {old}, '
                     "dat eerder is gepubliceerd ({reasons}): feedlezers zouden het opnieuw als nieuw bericht tonen"),
    "guard.new_id.feed.hint": ('the feed id changed: pin the old one in the feed metadata ("id: {feed_id}"), or keep '
                               'this entry\'s id ("id: {old}"); run build with --accept-changes if the change is '
                               "deliberate",
                               'de id van de feed is gewijzigd: leg de oude vast in de gegevens van de feed ("id: '
                               '{feed_id}"), of houd de id van dit bericht ("id: {old}"); bouw met --accept-changes '
                               "als de wijziging bewust is"),
    "guard.new_id.hint": ('keep the old id: add "id: {old}" to the entry; run build with --accept-changes if it '
                          "really is a new post",
                          'houd de oude id: zet "id: {old}" in het bericht; bouw met --accept-changes als het echt '
                          "een nieuw bericht is"),
    "guard.feed.at": ("the feed at {path}", "de feed op {path}"),
    "guard.feed.main": ("the main feed", "de hoofdfeed"),
    "guard.feed_id": ("{where} ({title}) would get the new id {new} instead of {old}: its subscribers' readers would "
                      "take it for another feed",
                      "{where} ({title}) zou de nieuwe id {new} krijgen in plaats van {old}: de lezers van de "
                      "abonnees zouden hem voor een andere feed aanzien"),
    "guard.feed_id.pin.hint": ('the feed id changed: pin the old one in the feed metadata ("id: {feed_id}"), or run '
                               "build with --accept-changes if the change is deliberate",
                               'de id van de feed is gewijzigd: leg de oude vast in de gegevens van de feed ("id: '
                               '{feed_id}"), of bouw met --accept-changes als de wijziging bewust is'),
    "guard.feed_id.hint": ("the feed id changed: pin the old one in the feed metadata, or run build with "
                           "--accept-changes if the change is deliberate",
                           "de id van de feed is gewijzigd: leg de oude vast in de gegevens van de feed, of bouw met "
                           "--accept-changes als de wijziging bewust is"),
    "guard.refused": ("{command} refused: these changes would make feed readers show old posts again as new "
                      "({path}); nothing was written",
                      "{command} geweigerd: door deze wijzigingen zouden feedlezers oude berichten opnieuw als nieuw "
                      "tonen ({path}); er is niets geschreven"),
    "guard.record.preview": ("{path}: not updated (a build with --drafts or --include-future publishes nothing)",
                             "{path}: niet bijgewerkt (een build met --drafts of --include-future publiceert niets)"),
    # reading back (feedtool/build/readback.py, feedtool/build/__init__.py)
    "build.readback.failed": ("the publication does not read back as the store ({count} difference(s)); nothing was "
                              "written",
                              "de publicatie leest niet terug als de store ({count} verschil(len)); er is niets "
                              "geschreven"),
    "build.readback.difference": ("{where}: {entry}: {field}: expected {expected!r}, got {got!r}",
                                  "{where}: {entry}: {field}: verwacht {expected!r}, gekregen {got!r}"),
    "build.readback.mojibake": ("{where}: {entry}: {field}: expected {expected!r}, got {got!r} (hint: the store holds "
                                "UTF-8 text that was once decoded as Latin-1, and readers repair it; write {got!r} in "
                                "the store)",
                                "{where}: {entry}: {field}: verwacht {expected!r}, gekregen {got!r} (tip: de store "
                                "bevat UTF-8-tekst die ooit als Latin-1 is gelezen, en lezers herstellen die; schrijf "
                                "{got!r} in de store)"),
    # writing the publication (feedtool/build/write.py)
    "write.conflict": ("these files stand where the publication's documents go, but feedtool did not write them "
                       "(they are not in {manifest}); nothing was written:",
                       "deze bestanden staan waar de documenten van de publicatie komen, maar feedtool heeft ze niet "
                       "geschreven (ze staan niet in {manifest}); er is niets geschreven:"),
    "write.conflict.hint": ("Move them away, switch off the documents that would replace them (tag_feeds: false, "
                            "subscribe_page: false in _feed.yaml), or choose another --out.",
                            "Zet ze ergens anders neer, zet de documenten uit die ze zouden vervangen (tag_feeds: "
                            "false, subscribe_page: false in _feed.yaml), of kies een andere --out."),
    "write.conflict.folder": ("{blocker}: a file or link where the folder for {document} would go",
                              "{blocker}: een bestand of link waar de map voor {document} zou komen"),
    "write.conflict.link": ("{target}: a link where a document goes", "{target}: een link waar een document komt"),
    "write.conflict.directory": ("{target}: a folder where a document goes", "{target}: een map waar een document komt"),
    "write.manifest.unreadable": ("{path}: cannot read feedtool's list of the files it wrote: {reason}",
                                  "{path}: kan de lijst van bestanden die feedtool schreef niet lezen: {reason}"),
    "write.manifest.damaged": ("{path}: feedtool's list of the files it wrote is damaged ({reason}). Delete it only "
                               "if you are sure which files in that directory feedtool wrote (the next build then "
                               "treats every file there as someone else's), or build into an empty directory",
                               "{path}: de lijst van bestanden die feedtool schreef, is beschadigd ({reason}). "
                               "Verwijder hem alleen als u zeker weet welke bestanden in die map feedtool schreef "
                               "(de volgende build behandelt dan elk bestand daar als dat van een ander), of bouw in "
                               "een lege map"),
    "write.journal.damaged": ("{path}: the journal of an interrupted build is damaged ({reason}); the documents in "
                              "{out}/ may be a mix of two builds. Delete the journal and build again: the build "
                              "rewrites every document",
                              "{path}: het journaal van een onderbroken build is beschadigd ({reason}); de documenten "
                              "in {out}/ kunnen een mengsel van twee builds zijn. Verwijder het journaal en bouw "
                              "opnieuw: de build schrijft dan elk document opnieuw"),
    "write.doing.complete": ("cannot complete the interrupted build in {out}/",
                             "kan de onderbroken build in {out}/ niet afmaken"),
    "write.doing.complete_earlier": ("cannot complete the interrupted earlier build in {out}/",
                                     "kan de eerdere, onderbroken build in {out}/ niet afmaken"),
    "write.doing.write": ("cannot write the publication to {out}/", "kan de publicatie niet naar {out}/ schrijven"),
    "write.doing.read": ("cannot read the publication in {out}/", "kan de publicatie in {out}/ niet lezen"),
    "write.os_error": ("{doing}: {reason}.", "{doing}: {reason}."),
    "write.os_error.nothing_written": ("{doing}: {reason}. Nothing was written; check that the directory exists and "
                                       "is writable, or choose another --out.",
                                       "{doing}: {reason}. Er is niets geschreven; controleer of de map bestaat en "
                                       "beschrijfbaar is, of kies een andere --out."),
    "write.reason.file": ("that path (or a part of it) is a file, not a directory",
                          "dat pad (of een deel ervan) is een bestand, geen map"),
    "write.reason.in": ("{reason} (in {where})", "{reason} (in {where})"),
    "write.head.record": ("cannot write the record of published posts {record}: {what}",
                          "kan de registratie van gepubliceerde berichten {record} niet schrijven: {what}"),
    "write.head.publication": ("cannot write the publication to {out}/: {what}",
                               "kan de publicatie niet naar {out}/ schrijven: {what}"),
    "write.failed.moved": ("{head}. Nothing of this build was written, but these files changed meanwhile (by another "
                           "program?): {moved}",
                           "{head}. Niets van deze build is geschreven, maar deze bestanden zijn intussen gewijzigd "
                           "(door een ander programma?): {moved}"),
    "write.failed.unchanged": ("{head}. Nothing was changed: the earlier documents in {out}/ are as they were "
                               "(checked). Check that there is space and that the directories are writable, or "
                               "choose another --out.",
                               "{head}. Er is niets gewijzigd: de eerdere documenten in {out}/ zijn zoals ze waren "
                               "(gecontroleerd). Controleer of er ruimte is en of de mappen beschrijfbaar zijn, of "
                               "kies een andere --out."),
    "write.failed.unchanged.record": ("{head}. Nothing was changed: the earlier documents in {out}/ and the record "
                                      "{record} are as they were (checked). Check that there is space and that the "
                                      "directories are writable, or choose another --out.",
                                      "{head}. Er is niets gewijzigd: de eerdere documenten in {out}/ en de "
                                      "registratie {record} zijn zoals ze waren (gecontroleerd). Controleer of er "
                                      "ruimte is en of de mappen beschrijfbaar zijn, of kies een andere --out."),
    "write.commit_failed": ("the new publication for {out}/ was complete and staged, but putting it in place failed: "
                            "{reason}. Some documents are new and some old; the next `feedtool build`, `check` or "
                            "`serve` completes the set from the journal {journal}.",
                            "de nieuwe publicatie voor {out}/ was compleet en klaargezet, maar het op zijn plaats "
                            "zetten mislukte: {reason}. Sommige documenten zijn nieuw en sommige oud; de volgende "
                            "`feedtool build`, `check` of `serve` maakt de set af uit het journaal {journal}."),
}
