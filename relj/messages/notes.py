"""Messages of quick notes: `relj note` and `relj inbox` (inbox.md).

The area is "notes", not "inbox": the key check would read every "inbox.md" in
the code as a key of an "inbox" area.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- relj note ----------------------------------------------------------------
    "notes.note_needs_customer": {
        "en": "a note starts with the customer: relj note \"müller: what happened\"",
        "de": "eine Notiz beginnt mit dem Kunden: relj note \"müller: was geschehen ist\"",
    },
    "notes.note_one_line": {
        "en": "a note is one line of text; line breaks and control characters are not "
              "accepted",
        "de": "eine Notiz ist eine Zeile Text; Zeilenumbrüche und Steuerzeichen sind nicht "
              "möglich",
    },
    "notes.noted": {
        "en": "Noted in inbox.md (relj inbox records it): {line}",
        "de": "In inbox.md notiert (relj inbox trägt es ein): {line}",
    },
    # -- reading a line -------------------------------------------------------------
    "notes.no_customer": {
        "en": "a note needs the customer and a colon first: - [DATE] CUSTOMER: text",
        "de": "eine Notiz braucht zuerst den Kunden und einen Doppelpunkt: "
              "- [DATUM] KUNDE: Text",
    },
    "notes.empty_date": {
        "en": "the date in [] is empty: - [DATE] CUSTOMER: text, or leave out the []",
        "de": "das Datum in [] ist leer: - [DATUM] KUNDE: Text, oder lassen Sie die [] weg",
    },
    "notes.future_date": {
        "en": "'{value}' is {day}, after today ({today}); a note records what has happened",
        "de": "'{value}' ist der {day}, nach heute ({today}); eine Notiz hält fest, was "
              "geschehen ist",
    },
    "notes.unknown_signal": {
        "en": "{word} is not a signal; possible: {choices}",
        "de": "{word} ist kein Signal; möglich: {choices}",
    },
    "notes.unknown_mood": {
        "en": "{word} is not a mood; possible: {choices}",
        "de": "{word} ist keine Stimmung; möglich: {choices}",
    },
    "notes.unknown_closing": {
        "en": "{word} is not an answer to the closing question; possible: {choices}",
        "de": "{word} ist keine Antwort auf die Abschlussfrage; möglich: {choices}",
    },
    "notes.not_utf8": {
        "en": "inbox.md is not UTF-8 text; save it as UTF-8 and run relj inbox again",
        "de": "inbox.md ist kein UTF-8-Text; speichern Sie sie als UTF-8 und rufen Sie "
              "relj inbox erneut auf",
    },
    "notes.later_needs_follow_up": {
        "en": "?later needs a follow-up day: add >DAY, e.g. >friday or >15.12.",
        "de": "?später braucht einen Tag zum Nachfassen: ergänzen Sie >TAG, z. B. >freitag "
              "oder >15.12.",
    },
    "notes.several_offers": {
        "en": "{customer} has several open offers ({offers}); answer this one with "
              "relj log --closing --offer",
        "de": "{customer} hat mehrere offene Angebote ({offers}); beantworten Sie diese "
              "Abschlussfrage mit relj log --closing --offer",
    },
    "notes.customer_problem": {
        "en": "the customer's file cannot be read: {problem}",
        "de": "die Datei des Kunden ist nicht lesbar: {problem}",
    },
    "notes.changed": {
        "en": "inbox.md changed meanwhile; this line stays for the next run",
        "de": "inbox.md hat sich beim Lesen geändert; diese Zeile bleibt für den nächsten "
              "Aufruf",
    },
    # -- relj inbox: screens ------------------------------------------------------------
    "notes.none": {
        "en": "No inbox.md in the journal yet: relj note \"customer: text\" starts one.",
        "de": "Noch keine inbox.md im Journal: relj note \"kunde: text\" legt sie an.",
    },
    "notes.stopped": {
        "en": "stopped; this line and the ones below stay in inbox.md",
        "de": "beendet; diese Zeile und die folgenden bleiben in inbox.md",
    },
    "notes.recovered": {
        "en": "An interrupted run had already recorded a note; it has left inbox.md now.",
        "de": "Ein unterbrochener Aufruf hatte eine Notiz schon eingetragen; sie ist jetzt "
              "aus inbox.md entfernt.",
    },
    "notes.recorded": {
        "en": "inbox.md:{number}: recorded for {customer}: {details}",
        "de": "inbox.md:{number}: eingetragen bei {customer}: {details}",
    },
    "notes.would_record": {
        "en": "inbox.md:{number}: would record for {customer}: {details}",
        "de": "inbox.md:{number}: würde eingetragen bei {customer}: {details}",
    },
    "notes.summary": {
        "en": "{recorded:# note|# notes} recorded; {left:nothing|# line|# lines} left "
              "in inbox.md.",
        "de": "{recorded:# Notiz|# Notizen} eingetragen; in inbox.md "
              "{left:bleibt nichts|bleibt # Zeile|bleiben # Zeilen}.",
    },
    "notes.summary_dry": {
        "en": "Dry run: {recorded:# note|# notes} would be recorded; nothing was written.",
        "de": "Probelauf: {recorded:# Notiz würde|# Notizen würden} eingetragen; nichts "
              "wurde geschrieben.",
    },
    "notes.details_concern": {
        "en": "about \"{concern}\"",
        "de": "zu \"{concern}\"",
    },
    # -- relj inbox: questions on a terminal ----------------------------------------------
    "notes.show_line": {
        "en": "inbox.md:{number}: {line}",
        "de": "inbox.md:{number}: {line}",
    },
    "notes.ask_record": {
        "en": "Record it? (Enter: yes, s: skip, the line stays)",
        "de": "Eintragen? (Enter: ja, s: überspringen, die Zeile bleibt)",
    },
    "notes.skip_answers": {
        "en": "s skip n no",
        "de": "s ü überspringen n nein",
    },
    "notes.ask_customer": {
        "en": "Which customer is '{query}'? (Enter: skip this line)",
        "de": "Welcher Kunde ist '{query}'? (Enter: Zeile überspringen)",
    },
    "notes.ask_day": {
        "en": "When was it? (Enter: today)",
        "de": "Wann war das? (Enter: heute)",
    },
    "notes.ask_follow_up": {
        "en": "Later: when will you ask again?",
        "de": "Später: wann fragen Sie wieder nach?",
    },
    "notes.ask_offer": {
        "en": "Which offer does the answer close?",
        "de": "Auf welches Angebot bezieht sich die Antwort?",
    },
}
