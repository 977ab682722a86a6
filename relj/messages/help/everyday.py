"""German help of Typer's own words, the global options and the commands of 0.1."""

from __future__ import annotations

from relj.messages.help.shared import _CUSTOMER, _JSON

MESSAGES: dict[str, dict[str, str]] = {
    # Typer's own words
    "help.typer.usage": {"en": "Usage: ", "de": "Aufruf: "},
    "help.typer.Options": {"en": "Options", "de": "Optionen"},
    "help.typer.Arguments": {"en": "Arguments", "de": "Argumente"},
    "help.typer.Commands": {"en": "Commands", "de": "Befehle"},
    # the usage line's placeholders: Aufruf: relj log [OPTIONEN] [kunde]
    "help.typer.metavar.OPTIONS": {"en": "OPTIONS", "de": "OPTIONEN"},
    "help.typer.metavar.COMMAND": {"en": "COMMAND", "de": "BEFEHL"},
    "help.typer.metavar.ARGS": {"en": "ARGS", "de": "ARGUMENTE"},
    "help.typer.metavar.customer": {"en": "customer", "de": "kunde"},
    "help.typer.metavar.what": {"en": "what", "de": "was"},
    "help.typer.metavar.name": {"en": "name", "de": "name"},
    "help.typer.metavar.path": {"en": "path", "de": "pfad"},
    "help.typer.metavar.file": {"en": "file", "de": "datei"},
    "help.typer.metavar.contact": {"en": "contact", "de": "kontakt"},
    "help.typer.help": {"en": "Show this message and exit.",
                        "de": "Diese Hilfe zeigen und beenden."},
    # relj and its global options
    "help.relj": {
        "en": "A relationship journal for people who sell: log every call, see whom to call "
              "today.",
        "de": "Ein Beziehungstagebuch für alle, die verkaufen: jeden Kontakt notieren, sehen, "
              "wen Sie heute anrufen."},
    "help.relj.--journal": {
        "en": "The journal folder (else $RELJ_JOURNAL, the nearest relj.toml upwards, ~/relj).",
        "de": "Der Ordner des Tagebuchs (sonst $RELJ_JOURNAL, die nächste relj.toml "
              "aufwärts, ~/relj)."},
    "help.relj.--lang": {"en": "Language of the screens: en or de.",
                         "de": "Sprache der Ausgaben: en oder de."},
    "help.relj.--today": {
        "en": "Analyse the journal as of this day (also $RELJ_TODAY).",
        "de": "Das Tagebuch so auswerten, als wäre heute dieser Tag (auch $RELJ_TODAY)."},
    "help.relj.--no-color": {"en": "No colours (also NO_COLOR).",
                             "de": "Keine Farben (auch NO_COLOR)."},
    "help.relj.--debug": {"en": "Show a traceback on errors.",
                          "de": "Bei Fehlern den Traceback zeigen."},
    "help.relj.--version": {"en": "Show the version.", "de": "Die Version zeigen."},
    "help.relj.--install-completion": {
        "en": "Install completion for the current shell.",
        "de": "Die Vervollständigung für die aktuelle Shell einrichten."},
    "help.relj.--show-completion": {
        "en": "Show completion for the current shell, to copy it or customize the "
              "installation.",
        "de": "Die Vervollständigung für die aktuelle Shell zeigen, zum Kopieren oder "
              "Anpassen."},
    # init
    "help.init": {
        "en": "Make a journal (or, in a fresh clone of one, register the git merge driver).",
        "de": "Ein Tagebuch anlegen (oder in einem frischen Klon den git-Merge-Treiber "
              "eintragen)."},
    "help.init.path": {
        "en": "Folder of the new journal (default: the journal relj would use).",
        "de": "Ordner des neuen Tagebuchs (Standard: das sonst verwendete Tagebuch)."},
    "help.init.--no-git": {"en": "Do not make it a git repository.",
                           "de": "Kein git-Repository daraus machen."},
    # add
    "help.add": {"en": "Add a customer (with --since) or a prospect.",
                 "de": "Einen Kunden (mit --since) oder einen Interessenten anlegen."},
    "help.add.name": {"en": "The customer's or prospect's name.",
                      "de": "Der Name des Kunden oder Interessenten."},
    "help.add.--since": {"en": "Customer since this day (absent: a prospect).",
                         "de": "Kunde seit diesem Tag (ohne: ein Interessent)."},
    "help.add.--why": {
        "en": "Why you want this customer: dream, challenge, money or any text.",
        "de": "Warum Sie diesen Kunden wollen: wunschkunde, herausforderung, geld oder "
              "eigene Worte."},
    "help.add.--cadence": {
        "en": "Wanted gap between genuine contacts: 10d, 3w, 2m, 1y.",
        "de": "Gewünschter Abstand zwischen echten Kontakten: 10d, 3w, 2m, 1y."},
    "help.add.--contact": {
        "en": 'A contact as "Name, role" (repeatable; the first is the key contact).',
        "de": 'Ein Ansprechpartner als "Name, Rolle" (mehrfach; der erste ist der '
              'Hauptansprechpartner).'},
    "help.add.--tag": {"en": "A tag (repeatable).", "de": "Ein Tag (mehrfach)."},
    "help.add.--phase": {
        "en": "Where the relationship stands today (recorded as your assessment).",
        "de": "Wo die Beziehung heute steht (als Ihre Einschätzung notiert): 0-5 oder "
              "werben, verliebtheit, ernüchterung, machtkampf, ich-du-wir, zuhause."},
    "help.add.--owner": {"en": "Whose account it is (team journals).",
                         "de": "Wessen Kunde es ist (Team-Tagebücher)."},
    # log
    "help.log": {
        "en": "Record an interaction with a customer (or, with --no-answer, an attempt).",
        "de": "Einen Kontakt mit einem Kunden notieren (oder, mit --no-answer, einen "
              "Versuch)."},
    "help.log.customer": {
        "en": "Slug, name or unique prefix (asked for on a terminal).",
        "de": "Kürzel, Name oder eindeutiger Anfang (am Terminal wird danach gefragt)."},
    "help.log.--channel": {
        "en": "call, video, visit, email, message, event or other.",
        "de": "anruf, videocall, besuch, e-mail, nachricht, veranstaltung oder sonstiges."},
    "help.log.--concern": {
        "en": "Your real concern in this contact (makes it genuine).",
        "de": "Ihr echtes Anliegen in diesem Kontakt (macht ihn echt)."},
    "help.log.--check-in": {"en": "A check-in without a real concern.",
                            "de": "Ein Kontrollkontakt ohne echtes Anliegen."},
    "help.log.--genuine": {
        "en": "A genuine contact (you listened, helped or asked real questions).",
        "de": "Ein echter Kontakt (Sie haben zugehört, geholfen oder echte Fragen gestellt)."},
    "help.log.--mood": {
        "en": "The customer's mood: annoyed, passive, depressed, optimistic, desperate, "
              "uncertain, active.",
        "de": "Die Stimmung des Kunden: genervt, passiv, niedergeschlagen, optimistisch, "
              "verzweifelt, verunsichert, aktiv."},
    "help.log.--signal": {
        "en": "A signal such as praise, objection:price, delay, trust (repeatable).",
        "de": "Ein Signal wie lob, einwand:preis, verzögerung, vertrauen (mehrfach)."},
    "help.log.--pitch": {"en": "You offered or pushed something.",
                         "de": "Sie haben etwas angeboten oder Druck gemacht."},
    "help.log.--closing": {
        "en": "Answer to the closing question: yes, no or later.",
        "de": "Antwort auf die Abschlussfrage: ja, nein oder später."},
    "help.log.--offer": {"en": "The offer this is about (its id).",
                         "de": "Das Angebot, um das es geht (seine id)."},
    "help.log.--follow-up": {
        "en": "Follow up on this day (e.g. 'in 2 weeks', 'friday', 01.12.).",
        "de": "An diesem Tag nachfassen (z. B. 'in 2 Wochen', 'freitag', 01.12.)."},
    "help.log.--with": {"en": "Whom you spoke with.", "de": "Mit wem Sie gesprochen haben."},
    "help.log.--at": {
        "en": "When it happened (default: now), e.g. 'yesterday 14:30', 24.11.",
        "de": "Wann es war (Standard: jetzt), z. B. 'gestern 14:30', 24.11."},
    "help.log.--note": {"en": "Free text.", "de": "Freier Text."},
    "help.log.--edit": {"en": "Write the note in $EDITOR.",
                        "de": "Die Notiz in $EDITOR schreiben."},
    "help.log.--commit": {"en": "Commit the change to git.",
                          "de": "Die Änderung in git committen."},
    "help.log.--phase": {
        "en": "Your assessment of the phase, dated like the interaction.",
        "de": "Ihre Einschätzung der Phase, datiert wie der Kontakt (0-5 oder ein Wort "
              "wie machtkampf)."},
    # offer
    "help.offer": {
        "en": "Open an offer; a closing answer in `relj log` closes it.",
        "de": "Ein Angebot eröffnen; eine Antwort auf die Abschlussfrage in `relj log` "
              "schließt es."},
    "help.offer.customer": _CUSTOMER,
    "help.offer.what": {"en": "What you offer.", "de": "Was Sie anbieten."},
    "help.offer.--value": {"en": "Its value.", "de": "Sein Wert."},
    "help.offer.--currency": {"en": "Currency code, e.g. EUR.",
                              "de": "Währungscode, z. B. EUR."},
    "help.offer.--at": {"en": "Opened on this day (default: today).",
                        "de": "An diesem Tag eröffnet (Standard: heute)."},
    # check, edit
    "help.check": {
        "en": "Validate every file; each problem as path:line: message (exit 1 if any).",
        "de": "Jede Datei prüfen; jedes Problem als Pfad:Zeile: Meldung (Exit 1, wenn "
              "es welche gibt)."},
    "help.edit": {
        "en": "Open a customer's file in $EDITOR; it is checked before it is kept.",
        "de": "Die Datei eines Kunden in $EDITOR öffnen; sie wird geprüft, bevor sie "
              "bleibt."},
    "help.edit.customer": _CUSTOMER,
    # due
    "help.due": {
        "en": "The morning list: whom to contact today, why, and what to do.",
        "de": "Die Morgenliste: wen Sie heute kontaktieren, warum und was zu tun ist."},
    "help.due.--limit": {
        "en": "Show at most this many (default: due.limit in relj.toml).",
        "de": "Höchstens so viele zeigen (Standard: due.limit in relj.toml)."},
    "help.due.--all": {
        "en": "Show everyone with a reason, ended relationships too, with no limit.",
        "de": "Alle mit einem Grund zeigen, auch beendete Beziehungen, ohne Grenze."},
    "help.due.--json": _JSON,
    "help.due.--mine": {
        "en": "Your customers and unowned ones (the default where customers have an owner).",
        "de": "Ihre Kunden und solche ohne Zuständigen (Standard, wo Kunden einen haben)."},
    "help.due.--owner": {"en": "That teammate's customers and unowned ones.",
                         "de": "Die Kunden dieser Kollegin oder dieses Kollegen und solche "
                               "ohne Zuständigen."},
    "help.due.--everyone": {"en": "Every customer, whoever owns it.",
                            "de": "Jeder Kunde, egal wer zuständig ist."},
    # phase
    "help.phase": {
        "en": "The phase of a relationship, with its evidence and advice; --set records "
              "your own.",
        "de": "Die Phase einer Beziehung mit Belegen und Rat; --set notiert Ihre eigene "
              "Einschätzung."},
    "help.phase.customer": {
        "en": "Slug, name or unique prefix (default: every customer).",
        "de": "Kürzel, Name oder eindeutiger Anfang (Standard: jeder Kunde)."},
    "help.phase.--json": _JSON,
    "help.phase.--set": {
        "en": "Record your own assessment: a phase code, number or word.",
        "de": "Ihre eigene Einschätzung notieren: 0-5 oder werben, verliebtheit, "
              "ernüchterung, machtkampf, ich-du-wir, zuhause."},
    "help.phase.--at": {"en": "The assessment's day (default: today).",
                        "de": "Der Tag der Einschätzung (Standard: heute)."},
    "help.phase.--note": {"en": "Why you judge it so.", "de": "Warum Sie es so sehen."},
    # show, list
    "help.show": {
        "en": "A customer's profile, phase, contact metrics, open offers and interactions.",
        "de": "Profil, Phase, Kontaktzahlen, offene Angebote und Kontakte eines Kunden."},
    "help.show.customer": _CUSTOMER,
    "help.show.--json": _JSON,
    "help.list": {
        "en": "All customers: phase, days since genuine contact, open offers.",
        "de": "Alle Kunden: Phase, Tage seit dem letzten echten Kontakt, offene Angebote."},
    "help.list.--phase": {
        "en": "Only this phase: 0-5, or a name such as struggle or separated.",
        "de": "Nur diese Phase: 0-5 oder ein Wort wie machtkampf oder getrennt."},
    "help.list.--tag": {"en": "Only customers with this tag.",
                        "de": "Nur Kunden mit diesem Tag."},
    "help.list.--json": _JSON,
    # sync, merge-driver
    "help.sync": {
        "en": "Share the journal: commit what changed, pull (merging customer files), push.",
        "de": "Das Tagebuch teilen: Änderungen committen, pullen (Kundendateien "
              "zusammenführen), pushen."},
    "help.merge-driver": {
        "en": "git merge driver for customer files (exit 0 merged, 1 conflict: git's "
              "contract).",
        "de": "git-Merge-Treiber für Kundendateien (Exit 0 zusammengeführt, 1 Konflikt: "
              "so will es git)."},
    "help.merge-driver.base": {"en": "%O: the common ancestor's version.",
                               "de": "%O: die Fassung des gemeinsamen Vorfahren."},
    "help.merge-driver.ours": {"en": "%A: our version; the result is written here.",
                               "de": "%A: unsere Fassung; das Ergebnis wird hier "
                                     "geschrieben."},
    "help.merge-driver.theirs": {"en": "%B: their version.", "de": "%B: deren Fassung."},
    # export, import, report
    "help.export": {
        "en": "The whole journal as JSON, the interactions as CSV, or a calendar (ics).",
        "de": "Das ganze Tagebuch als JSON, die Kontakte als CSV oder ein Kalender (ics)."},
    "help.export.--format": {
        "en": "json (the show --json objects), csv (one row per interaction) or ics "
              "(follow-ups and closing questions as a calendar).",
        "de": "json (die Objekte von show --json), csv (eine Zeile je Kontakt) oder ics "
              "(Nachfass-Termine und Abschlussfragen als Kalender)."},
    "help.export.--output": {
        "en": "Write to this file (private: 0600) instead of standard output.",
        "de": "In diese Datei schreiben (privat: 0600) statt auf die Standardausgabe."},
    "help.import": {
        "en": "Import customers from CSV or vCard; people of one company become its "
              "contacts.\n\nExisting customers (same name) are left alone; a person they "
              "lack becomes a contact.",
        "de": "Kunden aus CSV oder vCard importieren; Personen einer Firma werden deren "
              "Ansprechpartner.\n\nVorhandene Kunden (gleicher Name) bleiben, wie sie "
              "sind; eine Person, die ihnen fehlt, wird Ansprechpartner."},
    "help.import.file": {
        "en": "A CSV file (a header row; one row a person or a company) or a vCard file "
              "(.vcf, 2.1 to 4.0); - for standard input.",
        "de": "Eine CSV-Datei (eine Kopfzeile; eine Zeile je Person oder Firma) oder eine "
              "vCard-Datei (.vcf, 2.1 bis 4.0); - für die Standardeingabe."},
    "help.import.--dry-run": {"en": "Show what would be imported; write nothing.",
                              "de": "Zeigen, was importiert würde; nichts schreiben."},
    "help.import.--map": {
        "en": "Read a CSV column as a field: COLUMN=FIELD (fields: name, company, email, "
              "phone, role, tags, since, why, cadence, needs, owner, phase; repeatable).",
        "de": "Eine CSV-Spalte als Feld lesen: SPALTE=FELD (Felder: name, company, email, "
              "phone, role, tags, since, why, cadence, needs, owner, phase; mehrfach)."},
    "help.import.--from": {
        "en": "The tool the CSV comes from: google, outlook, thunderbird, hubspot or "
              "pipedrive (else recognised from the header row).",
        "de": "Das Programm, aus dem die CSV stammt: google, outlook, thunderbird, hubspot "
              "oder pipedrive (sonst an der Kopfzeile erkannt)."},
    "help.import.--strict": {"en": "Stop at the first bad row and write nothing.",
                             "de": "Bei der ersten fehlerhaften Zeile aufhören und nichts "
                                   "schreiben."},
    "help.import.--json": {"en": "The report as JSON (counts and what they hold).",
                           "de": "Der Bericht als JSON (Anzahlen und was sie enthalten)."},
    "help.report": {
        "en": "The portfolio at a glance: phases, contact health, open offers, recent phase "
              "changes.",
        "de": "Das Portfolio auf einen Blick: Phasen, Kontaktpflege, offene Angebote, "
              "jüngste Phasenwechsel."},
    "help.report.--svg": {
        "en": "Also save the report as an SVG picture (private: 0600).",
        "de": "Den Bericht auch als SVG-Bild speichern (privat: 0600)."},
    "help.report.--html": {
        "en": "Also save the report as an HTML page (private: 0600).",
        "de": "Den Bericht auch als HTML-Seite speichern (privat: 0600)."},
    # owner
    "help.owner": {
        "en": "Set whose account a customer is (team journals); `relj due` shows yours by "
              "default.",
        "de": "Festlegen, wessen Kunde es ist (Team-Tagebücher); `relj due` zeigt "
              "standardmäßig Ihre."},
    "help.owner.customer": _CUSTOMER,
    "help.owner.name": {
        "en": "Whose account it is (a teammate's git user.name).",
        "de": "Wessen Kunde es ist (git user.name der Kollegin oder des Kollegen)."},
    "help.owner.--clear": {"en": "Nobody's account any more.",
                           "de": "Niemand ist mehr zuständig."},
}
