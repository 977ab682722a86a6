"""German help of capture (note, inbox, catch-up), snooze and search, the
salesperson's own coach (review) and the people (contact, end)."""

from __future__ import annotations

from relj.messages.help.shared import _CONTACT_NAME, _CUSTOMER, _JSON

MESSAGES: dict[str, dict[str, str]] = {
    # added in 0.2 with their commands (issues 13 and 14)
    "help.add.--needs": {
        "en": "How they tick, what they need (shown before every contact).",
        "de": "Wie der Kunde tickt, was er braucht (vor jedem Kontakt gezeigt)."},
    "help.log.--no-answer": {
        "en": "An attempt that reached nobody: no contact, tried again later.",
        "de": "Ein Versuch ohne Erfolg: kein Kontakt, später noch einmal."},
    "help.catch-up": {
        "en": "Contacts from your calendar or mail that the journal lacks: decide each one.",
        "de": "Kontakte aus Kalender oder E-Mail, die im Tagebuch fehlen: jeden entscheiden."},
    "help.catch-up.--ics": {
        "en": "A calendar export (.ics: Outlook, Google, Thunderbird).",
        "de": "Ein Kalenderexport (.ics: Outlook, Google, Thunderbird)."},
    "help.catch-up.--mbox": {
        "en": "A mailbox file (mbox, e.g. Thunderbird's Sent).",
        "de": "Eine Postfachdatei (mbox, z. B. „Gesendet“ aus Thunderbird)."},
    "help.catch-up.--maildir": {
        "en": "A Maildir folder (with cur/ and new/).",
        "de": "Ein Maildir-Ordner (mit cur/ und new/)."},
    "help.catch-up.--days": {
        "en": "How many days back, today included.",
        "de": "Wie viele Tage zurück, heute mitgezählt."},
    "help.catch-up.--json": {"en": "The proposals as JSON.", "de": "Die Vorschläge als JSON."},
    "help.snooze": {
        "en": "Keep a customer off the morning list until a day (a follow-up or a crisis "
              "still shows).",
        "de": "Einen Kunden bis zu einem Tag von der Morgenliste nehmen (eine Wiedervorlage "
              "oder eine Krise erscheint trotzdem)."},
    "help.snooze.customer": _CUSTOMER,
    "help.snooze.--until": {
        "en": "Off the morning list until this day, e.g. 24.12., 'in 2 weeks', monday.",
        "de": "Bis zu diesem Tag nicht auf der Morgenliste, z. B. 24.12., „in 2 Wochen“, "
              "montag."},
    "help.snooze.--clear": {"en": "Back on the list now.",
                            "de": "Ab sofort wieder auf der Liste."},
    "help.search": {
        "en": "Find concerns, notes, contacts and offers containing TEXT, newest first.",
        "de": "Anliegen, Notizen, Ansprechpartner und Angebote mit TEXT finden, neueste "
              "zuerst."},
    "help.search.text": {
        "en": "What to look for (case and accents ignored).",
        "de": "Wonach gesucht wird (Groß-/Kleinschreibung und Akzente egal)."},
    "help.search.--customer": {
        "en": "Only this customer (slug, name or unique prefix).",
        "de": "Nur dieser Kunde (Kürzel, Name oder eindeutiger Anfang)."},
    "help.search.--since": {
        "en": "Only what is dated on or after this day.",
        "de": "Nur Einträge ab diesem Tag."},
    "help.search.--json": _JSON,
    "help.review": {
        "en": "Your own habits over the last weeks against the weeks before, and what to "
              "work on.",
        "de": "Ihre eigenen Gewohnheiten der letzten Wochen im Vergleich zu den Wochen davor, "
              "und woran Sie arbeiten sollten."},
    "help.review.--weeks": {
        "en": "How many weeks to look back (compared with as many weeks before them).",
        "de": "Wie viele Wochen zurück (verglichen mit ebenso vielen Wochen davor)."},
    "help.review.--json": _JSON,
    "help.review.--svg": {
        "en": "Also save the review as an SVG picture (private: 0600).",
        "de": "Den Rückblick auch als SVG-Bild speichern (privat: 0600)."},
    "help.end": {
        "en": "End a relationship on good terms: sets `ended` and keeps a parting note.",
        "de": "Eine Beziehung im Guten beenden: setzt `ended` und bewahrt eine "
              "Abschiedsnotiz."},
    "help.end.customer": _CUSTOMER,
    "help.end.--at": {"en": "The day it ends (default: today).",
                      "de": "Der Tag des Endes (sonst heute)."},
    "help.end.--note": {"en": "A parting note (asked for on a terminal).",
                        "de": "Eine Abschiedsnotiz (im Terminal wird danach gefragt)."},
    "help.contact": {
        "en": "The people on the customer's side: add someone, mark who left, name the key "
              "contact.",
        "de": "Die Menschen auf Kundenseite: jemanden hinzufügen, ein Ausscheiden vermerken, "
              "den Hauptansprechpartner festlegen."},
    "help.contact.add": {
        "en": "Add a person on the customer's side (the first one still there becomes the "
              "key contact).",
        "de": "Eine Person auf Kundenseite hinzufügen (die erste, die noch da ist, wird "
              "Hauptansprechpartner)."},
    "help.contact.add.customer": _CUSTOMER,
    "help.contact.add.person": {"en": 'The new contact as "Name, role".',
                                "de": 'Der neue Kontakt als „Name, Rolle“.'},
    "help.contact.add.--key": {"en": "Make this person the key contact.",
                               "de": "Diese Person zum Hauptansprechpartner machen."},
    "help.contact.add.--email": {"en": "Their e-mail address.",
                                 "de": "Ihre oder seine E-Mail-Adresse."},
    "help.contact.add.--phone": {"en": "Their phone number.",
                                 "de": "Ihre oder seine Telefonnummer."},
    "help.contact.left": {
        "en": "Mark that a person has left the customer (for the key contact, the "
              "relationship restarts).",
        "de": "Vermerken, dass eine Person den Kunden verlassen hat (beim "
              "Hauptansprechpartner beginnt die Beziehung neu)."},
    "help.contact.left.customer": _CUSTOMER,
    "help.contact.left.name": _CONTACT_NAME,
    "help.contact.left.--at": {"en": "The day they left (default: today).",
                               "de": "Der Tag des Ausscheidens (sonst heute)."},
    "help.contact.key": {
        "en": "Make someone the key contact (a key contact who left stays on record as one).",
        "de": "Jemanden zum Hauptansprechpartner machen (wer ausgeschieden ist, bleibt als "
              "solcher vermerkt)."},
    "help.contact.key.customer": _CUSTOMER,
    "help.contact.key.name": _CONTACT_NAME,
    "help.note": {
        "en": "Capture a quick note in inbox.md (asks nothing; relj inbox records it later).",
        "de": "Eine schnelle Notiz in inbox.md festhalten (fragt nichts; relj inbox trägt sie "
              "später ein)."},
    "help.note.text": {
        "en": 'The note: "CUSTOMER: what happened", with optional #signal @mood ?yes|no|later '
              '>DAY.',
        "de": 'Die Notiz: „KUNDE: was geschah“, wahlweise mit #signal @stimmung '
              '?ja|nein|später >TAG.'},
    "help.inbox": {
        "en": "Record the notes in inbox.md as interactions; a line leaves once it is written.",
        "de": "Die Notizen aus inbox.md als Kontakte eintragen; eine Zeile verschwindet erst, "
              "wenn sie eingetragen ist."},
    "help.inbox.--dry-run": {"en": "Show what would be recorded; write nothing.",
                             "de": "Zeigen, was eingetragen würde; nichts schreiben."},
}
