"""Words of the everyday commands: report, import, export, the show timeline."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # export
    "everyday.bad_format": {"en": "unknown format {value!r}: use {choices}",
                            "de": "unbekanntes Format {value!r}: möglich sind {choices}"},
    "everyday.exported": {"en": "Exported the journal as {format} to {path}.",
                          "de": "Journal als {format} nach {path} exportiert."},
    "everyday.output_in_journal": {
        "en": "{path} is inside the journal: choose a file outside customers/ and .relj/",
        "de": "{path} liegt im Journal: wählen Sie eine Datei außerhalb von customers/ und .relj/"},
    "everyday.output_no_folder": {"en": "there is no folder {path} to write into",
                                  "de": "den Ordner {path} gibt es nicht"},
    "everyday.output_is_folder": {"en": "{path} is a folder: give a file name",
                                  "de": "{path} ist ein Ordner: Geben Sie einen Dateinamen an"},
    "everyday.ics_follow_up": {"en": "Follow up with {name}", "de": "Nachfassen bei {name}"},
    "everyday.ics_follow_up_text": {
        "en": "A follow-up you planned in relj ({slug}). Concern: {what}",
        "de": "Ein in relj geplantes Nachfassen ({slug}). Anliegen: {what}"},
    "everyday.ics_closing": {"en": "Ask {name} the closing question",
                             "de": "Abschlussfrage an {name} stellen"},
    "everyday.ics_closing_text": {
        "en": "The offer has drifted ({slug}): ask when they will decide. Offer: {what}",
        "de": ("Das Angebot zieht sich ({slug}): fragen Sie, wann entschieden wird. "
               "Angebot: {what}")},
}
MESSAGES.update({
    # import
    "everyday.bad_map": {
        "en": "--map {value!r}: write COLUMN=FIELD, FIELD one of {fields}",
        "de": "--map {value!r}: schreiben Sie SPALTE=FELD, FELD eines von {fields}"},
    "everyday.map_only_csv": {"en": "--map applies to CSV files only, not to vCards",
                              "de": "--map gilt nur für CSV-Dateien, nicht für vCards"},
    "everyday.map_unknown_column": {
        "en": "{path}: --map names the column {column!r}, which the header lacks (columns: "
              "{columns})",
        "de": "{path}: --map nennt die Spalte {column!r}, die in der Kopfzeile fehlt (Spalten: "
              "{columns})"},
    "everyday.no_header": {"en": "the file is empty: a header row is needed (name, company, ...)",
                           "de": "die Datei ist leer: eine Kopfzeile wird gebraucht (name, "
                                 "company, …)"},
    "everyday.no_name_column": {
        "en": "no name or company column (columns: {columns}); name one with --map COLUMN=name",
        "de": "keine Spalte name oder company (Spalten: {columns}); benennen Sie eine mit "
              "--map SPALTE=name"},
    "everyday.bad_csv": {"en": "unreadable CSV: {reason}", "de": "unlesbares CSV: {reason}"},
    "everyday.too_many_cells": {"en": "{count:# cell|# cells}, but the header has {columns:# "
                                      "column|# columns}",
                                "de": "{count:# Zelle|# Zellen}, die Kopfzeile hat aber "
                                      "{columns:# Spalte|# Spalten}"},
    "everyday.control_character": {"en": "a control character in {field}: skipped",
                                   "de": "ein Steuerzeichen in {field}: übersprungen"},
    "everyday.no_name": {"en": "no name and no company: skipped",
                         "de": "weder Name noch Firma: übersprungen"},
    "everyday.bad_since": {"en": "since: {value!r} is not a date (use 2026-11-24 or 24.11.2026)",
                           "de": "since: {value!r} ist kein Datum (z. B. 2026-11-24 oder "
                                 "24.11.2026)"},
    "everyday.bad_cadence": {"en": "cadence: {value!r} is no duration (use 10d, 3w, 2m, 1y)",
                             "de": "cadence: {value!r} ist keine Dauer (z. B. 10d, 3w, 2m, 1y)"},
    "everyday.bad_row": {"en": "cannot be imported: {reason}",
                         "de": "kann nicht importiert werden: {reason}"},
    "everyday.vcard_unfinished": {"en": "a vCard without END:VCARD: skipped",
                                  "de": "eine vCard ohne END:VCARD: übersprungen"},
    "everyday.vcard_outside": {"en": "a line outside BEGIN:VCARD … END:VCARD: ignored",
                               "de": "eine Zeile außerhalb von BEGIN:VCARD … END:VCARD: ignoriert"},
    "everyday.vcard_version": {"en": "vCard {version} is not supported (2.1, 3.0 and 4.0 are)",
                               "de": "vCard {version} wird nicht unterstützt (nur 2.1, 3.0 und "
                                     "4.0)"},
    "everyday.no_such_file": {"en": "{path}: no such file", "de": "{path}: Datei nicht gefunden"},
    "everyday.not_a_file": {
        "en": "{path} is not a regular file",
        "de": "{path} ist keine normale Datei",
    },
    "everyday.read_failed": {"en": "{path}: cannot read ({reason})",
                             "de": "{path}: nicht lesbar ({reason})"},
    "everyday.not_utf8": {"en": "not UTF-8 text: save the file as UTF-8 and try again",
                          "de": "kein UTF-8-Text: speichern Sie die Datei als UTF-8 und "
                                "versuchen Sie es erneut"},
    "everyday.importing": {"en": "Importing", "de": "Importiere"},
    "everyday.added_one": {"en": "added    {slug}  ({name})", "de": "neu      {slug}  ({name})"},
    "everyday.would_added_one": {"en": "would add {slug}  ({name})",
                                 "de": "käme neu  {slug}  ({name})"},
    "everyday.matched_one": {
        "en": "matched  {slug}  ({name}): already there, left alone",
        "de": "gefunden {slug}  ({name}): schon im Journal, bleibt unverändert"},
    "everyday.and_more": {"en": "… and {count} more", "de": "… und {count} weitere"},
})
MESSAGES.update({
    # report
    "everyday.report.title": {"en": "Portfolio on {today}: {count:# customer or prospect|# "
                                    "customers and prospects}",
                              "de": "Portfolio am {today}: {count:# Kunde oder Interessent|# "
                                    "Kunden und Interessenten}"},
    "everyday.report.svg_title": {"en": "relj report {today}", "de": "relj-Bericht {today}"},
    "everyday.report.phases": {"en": "Phases", "de": "Phasen"},
    "everyday.report.health": {"en": "Genuine contact against the wanted cadence",
                               "de": "Echter Kontakt im Vergleich zum gewünschten Takt"},
    "everyday.report.health.on_time": {"en": "on time", "de": "im Takt"},
    "everyday.report.health.due": {"en": "due", "de": "fällig"},
    "everyday.report.health.overdue": {"en": "overdue", "de": "überfällig"},
    "everyday.report.health.overdue_names": {"en": "overdue: {names}", "de": "überfällig: {names}"},
    "everyday.report.health.due_names": {"en": "due soon: {names}", "de": "bald fällig: {names}"},
    "everyday.report.more": {"en": "and {count} more", "de": "und {count} weitere"},
    "everyday.report.offers": {"en": "Open offers: {count}, worth {total}",
                               "de": "Offene Angebote: {count}, Wert {total}"},
    "everyday.report.no_offers": {"en": "no open offers", "de": "keine offenen Angebote"},
    "everyday.report.moves": {"en": "Phase changes in the last {days:day|# days}",
                              "de": "Phasenwechsel {days:seit gestern|in den letzten # Tagen}"},
    "everyday.report.no_moves": {"en": "none", "de": "keine"},
    "everyday.report.head.customer": {"en": "Customer", "de": "Kunde"},
    "everyday.report.head.offer": {"en": "Offer", "de": "Angebot"},
    "everyday.report.head.value": {"en": "Value", "de": "Wert"},
    "everyday.report.head.age": {"en": "Days", "de": "Tage"},
    "everyday.report.head.closing": {"en": "Closing question", "de": "Abschlussfrage"},
    "everyday.report.closing_due": {"en": "ask now", "de": "jetzt fragen"},
    "everyday.report.head.date": {"en": "Date", "de": "Datum"},
    "everyday.report.head.move": {"en": "Change", "de": "Wechsel"},
    "everyday.report.saved": {"en": "Saved the report as {kind} to {path}.",
                              "de": "Bericht als {kind} nach {path} gespeichert."},
})
MESSAGES.update({
    # the timeline of `relj show`
    "everyday.timeline.title": {"en": "Timeline", "de": "Verlauf"},
    "everyday.timeline.legend": {
        "en": "{genuine} genuine  {check_in} check-in  {change} phase change",
        "de": "{genuine} echt  {check_in} Kontrollkontakt  {change} Phasenwechsel"},
    "everyday.timeline.strip_earlier": {"en": "({count} earlier not shown)",
                                        "de": "({count} frühere nicht gezeigt)"},
    "everyday.timeline.earlier": {
        "en": "{count:# earlier entry|# earlier entries}: relj show {slug} --json has every "
              "interaction",
        "de": "{count:# früherer Eintrag|# frühere Einträge}: relj show {slug} --json zeigt "
              "alle Kontakte"},
    "everyday.timeline.phase": {"en": "{before} → {after}", "de": "{before} → {after}"},
    "everyday.timeline.offer_opened": {"en": "{what}", "de": "{what}"},
    "everyday.timeline.offer_won": {"en": "{what}", "de": "{what}"},
    "everyday.timeline.offer_lost": {"en": "{what}", "de": "{what}"},
    "everyday.timeline.kind.phase": {"en": "phase", "de": "Phase"},
    "everyday.timeline.kind.offer-opened": {"en": "offer", "de": "Angebot"},
    "everyday.timeline.kind.offer-won": {"en": "offer won", "de": "Angebot gewonnen"},
    "everyday.timeline.kind.offer-lost": {"en": "offer lost", "de": "Angebot verloren"},
})
MESSAGES.update({
    # import (issue 17): presets, values dropped with the row kept, contacts of existing customers
    "everyday.import.bad_from": {
        "en": "--from {value!r}: one of {choices}",
        "de": "--from {value!r}: erlaubt sind {choices}"},
    "everyday.import.from_only_csv": {
        "en": "--from applies to CSV files only; a vCard needs no preset",
        "de": "--from gilt nur für CSV-Dateien; eine vCard braucht keine Vorlage"},
    "everyday.import.drop_email": {
        "en": "{value!r} is not an e-mail address: left out, the rest of the row is imported",
        "de": "{value!r} ist keine E-Mail-Adresse: weggelassen, der Rest der Zeile wird "
              "importiert"},
    "everyday.import.drop_phone": {
        "en": "{value!r} is not a phone number relj can read: left out, the rest of the row is "
              "imported",
        "de": "{value!r} ist keine lesbare Telefonnummer: weggelassen, der Rest der Zeile wird "
              "importiert"},
    "everyday.import.drop_phase": {
        "en": "phase {value!r} is no phase (0-5 or a name such as me-you-us): left out, the "
              "rest of the row is imported",
        "de": "Phase {value!r} ist keine Phase (0-5 oder ein Name wie me-you-us): weggelassen, "
              "der Rest der Zeile wird importiert"},
    "everyday.import.vcard_kind": {
        "en": "a vCard of kind {kind!r} is no person or organisation: skipped",
        "de": "eine vCard der Art {kind!r} ist weder Person noch Organisation: übersprungen"},
    "everyday.import.contact_one": {
        "en": "contact  {slug}  ({name}): {contact} added",
        "de": "Kontakt  {slug}  ({name}): {contact} hinzugefügt"},
    "everyday.import.would_contact_one": {
        "en": "would add contact {contact} to {slug}  ({name})",
        "de": "käme als Kontakt hinzu: {contact} bei {slug}  ({name})"},
    # Two or three lines, each within 80 columns at four-digit counts.
    "everyday.import.summary": {
        "en": "Imported. Customers added: {customers_added}; contacts added to existing "
              "customers: {contacts_added};\nmatched (left alone): {matched}; values dropped: "
              "{values_dropped}; rows skipped: {rows_skipped}.",
        "de": "Importiert. Neue Kunden: {customers_added}; Kontakte bei vorhandenen Kunden: "
              "{contacts_added};\ngefunden (unverändert): {matched}; Werte weggelassen: "
              "{values_dropped}; Zeilen übersprungen: {rows_skipped}."},
    "everyday.import.would_summary": {
        "en": "Dry run, nothing written.\nCustomers to add: {customers_added}; contacts to add "
              "to existing customers: {contacts_added};\nmatched: {matched}; values dropped: "
              "{values_dropped}; rows skipped: {rows_skipped}.",
        "de": "Probelauf, nichts geschrieben.\nNeue Kunden: {customers_added}; Kontakte bei "
              "vorhandenen Kunden: {contacts_added};\ngefunden: {matched}; Werte weggelassen: "
              "{values_dropped}; Zeilen übersprungen: {rows_skipped}."},
    "everyday.import.unreadable_twin": {
        "en": "customers/{slug}.toml does not read (relj check says why) and may be this "
              "customer: skipped; import again once the file is mended",
        "de": "customers/{slug}.toml ist nicht lesbar (relj check sagt, warum) und könnte "
              "dieser Kunde sein: übersprungen; importieren Sie erneut, sobald die Datei "
              "repariert ist"},
})
