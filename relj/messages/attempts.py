"""Words of attempts (`log --no-answer`), `relj snooze` and `relj search`.

An attempt is no contact: the words never call it genuine or a check-in. The
coaching after a third attempt in a row suggests another way in (channel or
person) in one line that fits 80 columns. German addresses the user as "Sie".
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- log --no-answer ----------------------------------------------------------------
    "attempts.no_answer_conflict": {
        "en": "--no-answer records that nobody answered: it cannot go with {option}",
        "de": "--no-answer heißt, niemand hat geantwortet: nicht zusammen mit {option}",
    },
    "attempts.echo_attempt": {"en": "attempt, nobody reached",
                              "de": "Versuch, nicht erreicht"},
    "attempts.moment": {
        "en": "{count} attempts in a row reached nobody: try another channel or person.",
        "de": "{count} Versuche ohne Erfolg: Versuchen Sie einen anderen Weg oder Kontakt.",
    },
    "attempts.moment_channel": {
        "en": "{count} attempts by {channel} reached nobody: try another channel or person.",
        "de": "{count} Versuche per {channel} ohne Erfolg: Wählen Sie einen anderen Weg.",
    },
    "attempts.moment_person": {
        "en": "{count} attempts in a row reached nobody: try another channel, or {person}.",
        "de": "{count} Versuche ohne Erfolg: Probieren Sie {person} oder einen anderen Weg.",
    },
    "attempts.moment_channel_person": {
        "en": "{count} attempts by {channel} reached nobody: try another way, or {person}.",
        "de": "{count} Versuche per {channel} ohne Erfolg: Versuchen Sie es bei {person}.",
    },
    # -- snooze ---------------------------------------------------------------------------
    "attempts.snooze_usage": {
        "en": "give either --until DAY or --clear",
        "de": "geben Sie entweder --until TAG oder --clear an",
    },
    "attempts.snooze_not_future": {
        "en": "--until {day} is not after today ({today}): a snooze ends on a later day",
        "de": "--until {day} liegt nicht nach heute ({today}): Zurückstellen endet an "
              "einem späteren Tag",
    },
    "attempts.snoozed": {
        "en": "Snoozed {customer} until {day}: off the morning list unless a follow-up or "
              "a crisis mood calls.",
        "de": "{customer} zurückgestellt bis {day}: nicht auf der Liste, außer für "
              "eine Wiedervorlage oder eine Krise.",
    },
    "attempts.snooze_cleared": {
        "en": "{customer} is no longer snoozed.",
        "de": "{customer} ist nicht mehr zurückgestellt.",
    },
    "attempts.snooze_none": {
        "en": "{customer} was not snoozed: nothing changed.",
        "de": "{customer} war nicht zurückgestellt: nichts geändert.",
    },
    "attempts.snooze_unwritable": {
        "en": "{path}: relj cannot edit the top of this file; fix it with `relj edit`",
        "de": "{path}: relj kann den Kopf dieser Datei nicht ändern; korrigieren Sie sie mit "
              "`relj edit`",
    },
    "attempts.snoozed_until": {"en": "snoozed until {day}", "de": "zurückgestellt bis {day}"},
    # -- search ---------------------------------------------------------------------------
    "attempts.search_empty_query": {
        "en": "give some text to search for",
        "de": "geben Sie einen Suchtext an",
    },
    "attempts.search_none": {
        "en": "Nothing found for \u201c{query}\u201d.",
        "de": "Nichts gefunden zu \u201e{query}\u201c.",
    },
    "attempts.search_count": {
        "en": "{count:# hit|# hits} for \u201c{query}\u201d, newest first",
        "de": "{count:# Treffer|# Treffer} zu \u201e{query}\u201c, neueste zuerst",
    },
    "attempts.field.concern": {"en": "concern", "de": "Anliegen"},
    "attempts.field.note": {"en": "note", "de": "Notiz"},
    "attempts.field.contact": {"en": "contact", "de": "Kontakt"},
    "attempts.field.offer": {"en": "offer", "de": "Angebot"},
    # -- follow-ups in the calendar -------------------------------------------------------
    "attempts.ics_about": {
        "en": "A follow-up you planned in relj ({slug}). About: {what}",
        "de": "Ein in relj geplantes Nachfassen ({slug}). Worum es ging: {what}",
    },
}
