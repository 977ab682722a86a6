"""Messages of the journal: files, names, writing commands and their questions."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- errors that end a command ------------------------------------------
    "core.internal_error": {
        "en": "internal error: {error} (run again with --debug for details)",
        "de": "interner Fehler: {error} (Details zeigt ein erneuter Aufruf mit --debug)",
    },
    "core.interrupted": {
        "en": "interrupted; nothing was written",
        "de": "abgebrochen; nichts wurde geschrieben",
    },
    "core.aborted": {
        "en": "stopped; nothing was written",
        "de": "beendet; nichts wurde geschrieben",
    },
    "core.no_journal": {
        "en": "no journal at {path}: run `relj init` there, or name one with --journal",
        "de": "kein Journal in {path}: Führen Sie dort `relj init` aus oder geben Sie mit "
              "--journal eines an",
    },
    "core.bad_lang_option": {
        "en": "use en or de",
        "de": "Verwenden Sie en oder de",
    },
    "core.empty_journal_option": {
        "en": "give the journal's folder",
        "de": "Geben Sie den Ordner des Journals an",
    },
    "core.unknown_customer": {
        "en": "no customer matches '{query}' (see `relj list`)",
        "de": "kein Kunde passt zu '{query}' (siehe `relj list`)",
    },
    "core.ambiguous_customer": {
        "en": "'{query}' matches several customers: {candidates}; type more of the name",
        "de": "'{query}' passt zu mehreren Kunden: {candidates}; geben Sie mehr vom Namen ein",
    },
    "core.customer_missing": {
        "en": "name the customer: relj log CUSTOMER [options]",
        "de": "Kunde fehlt: relj log KUNDE [Optionen]",
    },
    "core.bad_slug": {
        "en": "'{slug}' is not a valid customer file name",
        "de": "'{slug}' ist kein gültiger Name für eine Kundendatei",
    },
    "core.customer_exists": {
        "en": "a customer with that name exists already: {slug}",
        "de": "einen Kunden mit diesem Namen gibt es schon: {slug}",
    },
    "core.empty_name_given": {
        "en": "the name is empty",
        "de": "der Name ist leer",
    },
    "core.bad_offer_value": {
        "en": "--value {value} is not an amount; give a number such as 12000 or 9.5",
        "de": "--value {value} ist kein Betrag; geben Sie eine Zahl wie 12000 oder 9.5 an",
    },
    "core.empty_offer": {
        "en": "say what you offer (the text is empty)",
        "de": "Geben Sie an, was Sie anbieten (der Text ist leer)",
    },
    "core.bad_contact": {
        "en": "--contact '{value}' needs a name, e.g. \"Anna Müller, purchasing\"",
        "de": "--contact '{value}' braucht einen Namen, z. B. \"Anna Müller, Einkauf\"",
    },
    "core.bad_option_choice": {
        "en": "{option} '{value}' is not one of: {choices}",
        "de": "{option} '{value}' ist keiner von: {choices}",
    },
    "core.genuine_and_check_in": {
        "en": "--check-in cannot go with --genuine or --concern: choose one",
        "de": "--check-in passt nicht zu --genuine oder --concern: Wählen Sie eines davon",
    },
    "core.later_needs_follow_up": {
        "en": "--closing later needs a --follow-up date: when will you ask again?",
        "de": "--closing later braucht ein --follow-up-Datum: wann fragen Sie wieder nach?",
    },
    "core.no_open_offer": {
        "en": "{customer} has no open offer to answer; open one with `relj offer`",
        "de": "{customer} hat kein offenes Angebot; legen Sie eines mit `relj offer` an",
    },
    "core.several_open_offers": {
        "en": "{customer} has several open offers; name one with --offer: {offers}",
        "de": "{customer} hat mehrere offene Angebote; wählen Sie eines mit --offer: {offers}",
    },
    "core.offer_not_open": {
        "en": "offer {offer} of {customer} is not open; open offers: {offers}",
        "de": "Angebot {offer} von {customer} ist nicht offen; offene Angebote: {offers}",
    },
    "core.unknown_offer": {
        "en": "{customer} has no offer {offer}",
        "de": "{customer} hat kein Angebot {offer}",
    },
    "core.lock_timeout": {
        "en": "the journal is busy: another relj holds {path} (waited {seconds} s); let it finish "
              "or stop it, then try again",
        "de": "das Journal ist belegt: ein anderes relj hält {path} ({seconds} s gewartet); "
              "lassen Sie es zu Ende laufen oder beenden Sie es und versuchen Sie es dann "
              "erneut",
    },
    "core.changed_meanwhile": {
        "en": "{path} was changed by someone else meanwhile; nothing was written, please try again",
        "de": "{path} wurde inzwischen anderweitig geändert; nichts wurde geschrieben, "
              "versuchen Sie es bitte erneut",
    },
    "core.bad_editor": {
        "en": "cannot read the editor command '{editor}' (check $EDITOR)",
        "de": "der Editor-Befehl '{editor}' ist nicht lesbar (prüfen Sie $EDITOR)",
    },
    "core.editor_failed": {
        "en": "cannot start the editor '{editor}': {reason}",
        "de": "der Editor '{editor}' startet nicht: {reason}",
    },
    "core.editor_status": {
        "en": "the editor '{editor}' ended with status {status}; nothing was changed",
        "de": "der Editor '{editor}' endete mit Status {status}; nichts wurde geändert",
    },
    "core.edit_discarded": {
        "en": "your edit was not valid and was discarded; {path} is unchanged",
        "de": "die Änderung war ungültig und wurde verworfen; {path} ist unverändert",
    },
    # -- file problems (printed as path:line: message) ----------------------
    "core.not_utf8": {
        "en": "not UTF-8 text",
        "de": "kein UTF-8-Text",
    },
    "core.bad_toml": {
        "en": "not valid TOML: {reason}",
        "de": "kein gültiges TOML: {reason}",
    },
    "core.too_deep": {
        "en": "nested too deeply to read (arrays or tables hundreds of levels deep)",
        "de": "zu tief verschachtelt zum Lesen (Listen oder Tabellen in Hunderten Ebenen)",
    },
    "core.missing_key": {
        "en": "'{key}' is missing",
        "de": "'{key}' fehlt",
    },
    "core.wrong_type": {
        "en": "'{key}' should be {expected}",
        "de": "'{key}' sollte vom Typ {expected} sein",
    },
    "core.bad_choice": {
        "en": "'{key}' = '{value}' is not one of: {choices}",
        "de": "'{key}' = '{value}' ist keiner von: {choices}",
    },
    "core.empty_name": {
        "en": "'{key}' is empty",
        "de": "'{key}' ist leer",
    },
    "core.bad_phase": {
        "en": "'{key}' must be a phase number from 0 to 5, not {value}",
        "de": "'{key}' muss eine Phasennummer von 0 bis 5 sein, nicht {value}",
    },
    "core.bad_cadence": {
        "en": "'{key}' = '{value}' is not a duration like 10d, 3w, 2m or 1y",
        "de": "'{key}' = '{value}' ist keine Dauer wie 10d, 3w, 2m oder 1y",
    },
    "core.wrong_setting": {
        "en": "the setting '{key}' has a value relj cannot use (wrong type or out of range)",
        "de": "die Einstellung '{key}' hat einen Wert, den relj nicht verwenden kann "
              "(falscher Typ oder außerhalb des Bereichs)",
    },
    "core.symlink_refused": {
        "en": "is a symbolic link; relj only reads plain files inside the journal",
        "de": "ist ein symbolischer Link; relj liest nur echte Dateien im Journal",
    },
    "core.duplicate_id": {
        "en": "the id {id} is used twice",
        "de": "die ID {id} kommt doppelt vor",
    },
    "core.dangling_offer": {
        "en": "interaction {id} names offer {offer}, which does not exist",
        "de": "Kontakt {id} nennt das Angebot {offer}, das es nicht gibt",
    },
    "core.loose_mode": {
        "en": "readable by others (mode {mode}); it holds personal data: chmod 600",
        "de": "für andere lesbar (Modus {mode}); enthält persönliche Daten: chmod 600",
    },
    "core.stray_file": {
        "en": "file name is not a valid slug (lowercase letters, digits, -); relj ignores "
              "this file",
        "de": "Dateiname ist kein gültiger Slug (Kleinbuchstaben, Ziffern, -); relj ignoriert "
              "diese Datei",
    },
    "core.warning": {
        "en": "warning: {message}",
        "de": "Warnung: {message}",
    },
    # -- what commands say when they succeed --------------------------------
    "core.init_created": {
        "en": "Journal created in {path}",
        "de": "Journal angelegt in {path}",
    },
    "core.init_existing": {
        "en": "{path} is a journal already; nothing changed but the git merge driver setup",
        "de": "{path} ist schon ein Journal; nur der git-Merge-Treiber wurde eingerichtet",
    },
    "core.added_customer": {
        "en": "Added customer {name} as {slug}",
        "de": "Kunde {name} als {slug} angelegt",
    },
    "core.added_prospect": {
        "en": "Added prospect {name} as {slug}",
        "de": "Interessent {name} als {slug} angelegt",
    },
    "core.offer_opened": {
        "en": "Offer {id} opened for {customer}: {what}",
        "de": "Angebot {id} für {customer} eröffnet: {what}",
    },
    "core.logged": {
        "en": "Logged {customer}: {details}",
        "de": "Notiert {customer}: {details}",
    },
    "core.echo_closing": {
        "en": "closing answer: {answer}",
        "de": "Abschlussantwort: {answer}",
    },
    "core.echo_follow_up": {
        "en": "follow up {day}",
        "de": "Wiedervorlage am {day}",
    },
    "core.commit_message": {
        "en": "relj log: {customer} ({channel})",
        "de": "relj log: {customer} ({channel})",
    },
    "core.check_ok": {
        "en": "Customer files checked: {count}, all fine.",
        "de": "Geprüfte Kundendateien: {count}, alle in Ordnung.",
    },
    "core.edit_unchanged": {
        "en": "No change to {path}.",
        "de": "Keine Änderung an {path}.",
    },
    "core.edit_saved": {
        "en": "Saved {path}.",
        "de": "{path} gespeichert.",
    },
    "core.edit_reopen": {
        "en": "Open the editor again to fix it? [Y/n]",
        "de": "Möchten Sie den Editor erneut öffnen, um es zu korrigieren? [J/n]",
    },
    # -- questions of `relj log` on a terminal -----------------------------
    "core.ask_customer": {
        "en": "Customer (slug, name or prefix):",
        "de": "Kunde (Slug, Name oder Anfang):",
    },
    "core.ask_concern": {
        "en": "Your real concern? (Enter: it was just a check-in)",
        "de": "Ihr echtes Anliegen? (Enter: nur ein Kontrollkontakt)",
    },
    "core.ask_channel": {
        "en": "How did you talk?",
        "de": "Wie haben Sie gesprochen?",
    },
    "core.ask_mood": {
        "en": "How was the customer's mood?",
        "de": "Wie war die Stimmung des Kunden?",
    },
    "core.ask_signals": {
        "en": "Any signals?",
        "de": "Gab es Signale?",
    },
    "core.ask_closing": {
        "en": "Did you ask the closing question about {offers}? The answer:",
        "de": "Haben Sie die Abschlussfrage zu {offers} gestellt? Die Antwort:",
    },
    "core.ask_follow_up": {
        "en": "When will you follow up? (e.g. in 2 weeks, friday, 01.12.)",
        "de": "Wann fassen Sie nach? (z. B. in 2 Wochen, Freitag, 01.12.)",
    },
    "core.ask_note": {
        "en": "Note (Enter: none):",
        "de": "Notiz (Enter: keine):",
    },
    "core.prompt_skip": {
        "en": "number or name, Enter to skip:",
        "de": "Nummer oder Name, Enter zum Überspringen:",
    },
    "core.prompt_many": {
        "en": "numbers or names, separated by spaces; Enter for none:",
        "de": "Nummern oder Namen, mit Leerzeichen getrennt; Enter für keine:",
    },
    "core.prompt_again": {
        "en": "Please pick from the list.",
        "de": "Bitte aus der Liste wählen.",
    },
}
MESSAGES.update({
    # TOML corners (issue 17)
    "core.inline_tables": {
        "en": "{key} is written as an inline array ({key} = [...]); relj appends [[{key}]] "
              "blocks and cannot add to it: write each entry as its own [[{key}]] table",
        "de": "{key} ist als Inline-Array geschrieben ({key} = [...]); relj hängt [[{key}]]-"
              "Blöcke an und kann dort nichts ergänzen: schreiben Sie jeden Eintrag als eigene "
              "[[{key}]]-Tabelle"},
})
