"""Messages of the people on the customer's side, the why, and an amicable end:
`relj contact`, `relj end`, the why asked at `add` and again at `log`, and the
report's portfolio by why."""

from __future__ import annotations

MESSAGES = {
    # -- relj contact ------------------------------------------------------------------
    "people.added": {
        "en": "Added {name} to {customer}.",
        "de": "{name} bei {customer} hinzugefügt.",
    },
    "people.added_key": {
        "en": "Added {name} to {customer}, now the key contact.",
        "de": "{name} bei {customer} hinzugefügt, jetzt als Schlüsselkontakt.",
    },
    "people.contact_exists": {
        "en": "{name} is already a contact of {customer}",
        "de": "{name} ist bereits ein Kontakt von {customer}",
    },
    "people.bad_person": {
        "en": "'{value}' needs a name before the comma, e.g. \"Anna Müller, purchasing\"",
        "de": "'{value}' braucht einen Namen vor dem Komma, z. B. \"Anna Müller, Einkauf\"",
    },
    "people.control_chars": {
        "en": "{field} '{value}' contains a control or text-direction character: type it "
              "plainly",
        "de": "{field} '{value}' enthält ein Steuer- oder Schreibrichtungszeichen: Geben Sie "
              "es ohne ein",
    },
    "people.field.name": {"en": "the name", "de": "Der Name"},
    "people.field.role": {"en": "the role", "de": "Die Rolle"},
    "people.bad_email": {
        "en": "--email '{value}' is not an e-mail address (name@example.com)",
        "de": "--email '{value}' ist keine E-Mail-Adresse (name@example.com)",
    },
    "people.no_contacts": {
        "en": "{customer} has no contacts yet: add one with `relj contact add`",
        "de": "{customer} hat noch keine Kontakte: Fügen Sie mit `relj contact add` einen hinzu",
    },
    "people.unknown_contact": {
        "en": "{customer} has no contact '{query}'; the contacts are: {contacts}",
        "de": "{customer} hat keinen Kontakt '{query}'; die Kontakte sind: {contacts}",
    },
    "people.ambiguous_contact": {
        "en": "'{query}' fits several contacts of {customer}: {contacts}; type more of the name",
        "de": "'{query}' passt auf mehrere Kontakte von {customer}: {contacts}; geben Sie mehr "
              "vom Namen ein",
    },
    "people.unwritable": {
        "en": "this customer file cannot be edited safely (relj check says why)",
        "de": "Diese Kundendatei lässt sich nicht sicher bearbeiten (relj check sagt, warum)",
    },
    "people.left_future": {
        "en": "--at {day} lies after today ({today}): mark a departure once it has happened",
        "de": "--at {day} liegt nach heute ({today}): Tragen Sie einen Weggang erst ein, wenn er "
              "geschehen ist",
    },
    "people.already_left": {
        "en": "{name} has already left ({day})",
        "de": "{name} ist bereits gegangen ({day})",
    },
    "people.left": {
        "en": "{name} has left {customer} ({day}).",
        "de": "{name} hat {customer} verlassen ({day}).",
    },
    "people.key_left": {
        "en": "The key contact has gone: the relationship starts over. Meet whoever takes over "
              "soon, and get to know more than one person there.",
        "de": "Der Schlüsselkontakt ist weg: Die Beziehung beginnt von vorn. Lernen Sie die "
              "Nachfolge bald kennen, und mehr als eine Person dort.",
    },
    "people.key_left_prospect": {
        "en": "The key contact has gone before the first deal: find out who decides now, and "
              "introduce yourself to the successor.",
        "de": "Der Schlüsselkontakt ist vor dem ersten Auftrag gegangen: Finden Sie heraus, wer "
              "jetzt entscheidet, und stellen Sie sich der Nachfolge vor.",
    },
    "people.still_there": {
        "en": "Still there: {names}.",
        "de": "Noch da: {names}.",
    },
    "people.nobody_left": {
        "en": "Nobody you know is left there: add the next person with `relj contact add`.",
        "de": "Dort ist niemand mehr, den Sie kennen: Tragen Sie die nächste Person mit "
              "`relj contact add` ein.",
    },
    "people.key_has_left": {
        "en": "{name} left on {day} and cannot be the key contact",
        "de": "{name} ist am {day} gegangen und kann nicht Schlüsselkontakt sein",
    },
    "people.already_key": {
        "en": "{name} is already the key contact of {customer}.",
        "de": "{name} ist bereits der Schlüsselkontakt von {customer}.",
    },
    "people.show_left": {"en": "left {day}", "de": "gegangen {day}"},
    "people.key_set": {
        "en": "{name} is now the key contact of {customer}.",
        "de": "{name} ist jetzt der Schlüsselkontakt von {customer}.",
    },
    # -- relj end --------------------------------------------------------------------------
    "people.already_ended": {
        "en": "this relationship has ended already, since {day}",
        "de": "Diese Beziehung ist bereits beendet, seit dem {day}",
    },
    "people.already_ending": {
        "en": "this relationship is already set to end on {day}; move that day with "
              "`relj end --at` a day from today on",
        "de": "Für diese Beziehung ist das Ende bereits auf den {day} gesetzt; verschieben Sie "
              "diesen Tag mit `relj end --at` auf einen Tag ab heute",
    },
    "people.end_moved": {
        "en": "{customer} now ends on {day} (was {was}).",
        "de": "{customer} endet jetzt am {day} (statt am {was}).",
    },
    "people.logged_after_end": {
        "en": "{customer} ended on {day}; this entry does not reopen it.",
        "de": "{customer} wurde am {day} beendet; dieser Eintrag eröffnet die Beziehung nicht "
              "neu.",
    },
    "people.unwritable_file": {
        "en": "{path} cannot be edited safely: set ended there by hand (relj check says why)",
        "de": "{path} lässt sich nicht sicher bearbeiten: Setzen Sie ended dort von Hand "
              "(relj check sagt, warum)",
    },
    "people.ask_parting": {
        "en": "A parting note for {customer}: how did it end, what would you keep? (Enter to "
              "skip)",
        "de": "Eine Notiz zum Abschied von {customer}: Wie endete es, was bleibt? (Enter "
              "überspringt)",
    },
    "people.ended": {
        "en": "Ended {customer} on {day}: separated.",
        "de": "{customer} am {day} beendet: getrennt.",
    },
    "people.ends": {
        "en": "{customer} ends on {day}: separated from then on.",
        "de": "{customer} endet am {day}: ab dann getrennt.",
    },
    "people.parting_advice": {
        "en": "Part well: thank them, hand over cleanly, and stay someone they can call. A good "
              "end keeps the door open.",
        "de": "Gehen Sie im Guten: Bedanken Sie sich, übergeben Sie sauber und bleiben Sie "
              "ansprechbar. Ein gutes Ende lässt die Tür offen.",
    },
    # -- the why -----------------------------------------------------------------------------
    "people.ask_why": {
        "en": "Why do you want {customer} as a customer?",
        "de": "Warum wollen Sie {customer} als Kunden?",
    },
    "people.why_own": {"en": "own words", "de": "eigene Worte"},
    "people.why_still": {"en": "yes, still", "de": "ja, immer noch"},
    "people.ask_why_words": {
        "en": "Your why, in a few words:",
        "de": "Ihr Warum, in wenigen Worten:",
    },
    "people.ask_needs": {
        "en": "How do they tick, what do they need? (Enter to skip)",
        "de": "Wie tickt der Kunde, was braucht er? (Enter überspringt)",
    },
    "people.ask_phase": {
        "en": "Customer for {days:a day|# days}: where does the relationship stand today?",
        "de": "Kunde seit {days:einem Tag|# Tagen}: Wo steht die Beziehung heute?",
    },
    "people.why_again.struggle": {
        "en": "A struggle has begun with {customer}. You wanted them for: {why}. Still so?",
        "de": "Mit {customer} beginnt ein Machtkampf. Sie wollten diesen Kunden wegen: {why}. "
              "Immer noch?",
    },
    "people.why_again.anniversary": {
        "en": "{years:A year|# years} with {customer}. You wanted them for: {why}. Still so?",
        "de": "{years:Ein Jahr|# Jahre} mit {customer}. Sie wollten diesen Kunden wegen: {why}. "
              "Immer noch?",
    },
    "people.why_unset.struggle": {
        "en": "A struggle has begun with {customer}. Why did you want them?",
        "de": "Mit {customer} beginnt ein Machtkampf. Warum wollten Sie diesen Kunden?",
    },
    "people.why_unset.anniversary": {
        "en": "{years:A year|# years} with {customer}. Why do you want them?",
        "de": "{years:Ein Jahr|# Jahre} mit {customer}. Warum wollen Sie diesen Kunden?",
    },
    "people.why_kept": {
        "en": "Still {why}: noted.",
        "de": "Immer noch {why}: notiert.",
    },
    "people.why_changed": {
        "en": "Your why is now: {why}.",
        "de": "Ihr Warum ist jetzt: {why}.",
    },
    # -- relj report: the portfolio by why ---------------------------------------------------
    "people.report.heading": {"en": "Why you wanted them", "de": "Warum Sie sie wollten"},
    "people.report.other": {"en": "in your own words", "de": "in eigenen Worten"},
    "people.report.unset": {"en": "not set", "de": "nicht angegeben"},
    "people.report.line": {
        "en": "{why}: {phases}",
        "de": "{why}: {phases}",
    },
    "people.report.overdue": {
        "en": "{count:# overdue|# overdue}",
        "de": "{count:# überfällig|# überfällig}",
    },
}
