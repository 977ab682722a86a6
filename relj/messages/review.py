"""Words of `relj review`: the salesperson's own habits, the mirror (SPEC §4 "Review")."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "review.title": {
        "en": "Your habits, {start} to {end}: the last {weeks:week|# weeks}",
        "de": "Ihre Gewohnheiten vom {start} bis {end}: {weeks:die letzte Woche|die letzten # "
              "Wochen}",
    },
    "review.against": {
        "en": "against the {weeks:week|# weeks} before ({start} to {end})",
        "de": "im Vergleich zu {weeks:der Woche|den # Wochen} davor ({start} bis {end})",
    },
    "review.no_before": {
        "en": "Nothing in the journal before {day}: no weeks before to compare with yet.",
        "de": "Vor dem {day} steht nichts im Journal: noch keine Wochen davor zum Vergleich.",
    },
    "review.partly_before": {
        "en": "The weeks before are only partly in the journal: it starts {day}.",
        "de": "Die Wochen davor stehen nur teilweise im Journal: Es beginnt am {day}.",
    },
    "review.partly_now": {
        "en": "The journal starts {day}: these weeks are only partly in it.",
        "de": "Das Journal beginnt am {day}: Diese Wochen stehen nur teilweise darin.",
    },
    "review.empty": {
        "en": "Nothing recorded up to {day}: log your first contact with `relj log`.",
        "de": "Bis zum {day} ist nichts eingetragen: Tragen Sie den ersten Kontakt mit "
              "`relj log` ein.",
    },
    "review.head.habit": {"en": "Habit", "de": "Gewohnheit"},
    "review.head.before": {"en": "Before", "de": "Davor"},
    "review.head.now": {"en": "Now", "de": "Jetzt"},
    "review.unknown": {"en": "-", "de": "-"},
    "review.group.contact": {"en": "Contact", "de": "Kontakt"},
    "review.group.closing": {"en": "Closing question", "de": "Abschlussfrage"},
    "review.group.follow_ups": {"en": "Follow-ups", "de": "Wiedervorlagen"},
    "review.group.care": {"en": "Care", "de": "Fürsorge"},
    "review.metric.contacts": {"en": "contacts", "de": "Kontakte"},
    "review.metric.attempts": {"en": "attempts, nobody reached",
                               "de": "Versuche, niemand erreicht"},
    "review.metric.genuine": {"en": "genuine contacts", "de": "Echte Kontakte"},
    "review.metric.genuine_share": {"en": "genuine share", "de": "Anteil echt"},
    "review.metric.personal_share": {"en": "in person or by voice",
                                     "de": "Persönlich oder am Telefon"},
    "review.metric.pitches": {"en": "pitches", "de": "Angebote gemacht"},
    "review.metric.pitches_per_genuine": {"en": "pitches per genuine contact",
                                          "de": "Angebote je echtem Kontakt"},
    "review.metric.closing_on_time": {"en": "asked within 7 days",
                                      "de": "binnen 7 Tagen gestellt"},
    "review.metric.closing_late": {"en": "asked late", "de": "zu spät gestellt"},
    "review.metric.closing_open": {"en": "put off, still open", "de": "aufgeschoben, noch offen"},
    "review.metric.follow_ups_kept": {"en": "kept on the day", "de": "am Tag eingehalten"},
    "review.metric.follow_ups_late": {"en": "kept late", "de": "verspätet"},
    "review.metric.follow_ups_missed": {"en": "missed", "de": "versäumt"},
    "review.metric.crises_supported": {"en": "crises supported in time",
                                       "de": "Krisen rechtzeitig begleitet"},
    "review.metric.crises_unsupported": {"en": "crises left alone",
                                         "de": "Krisen allein gelassen"},
    "review.metric.overdue_twice": {"en": "customers > 2x cadence overdue",
                                    "de": "Kunden > 2x Takt überfällig"},
    "review.metric.phase_changes": {"en": "phase changes", "de": "Phasenwechsel"},
    "review.weekly": {
        "en": "Genuine contacts per week, oldest first (most in a week: {most})",
        "de": "Echte Kontakte je Woche, älteste zuerst (höchstens {most} in einer Woche)",
    },
    "review.weekly_merged": {
        "en": "(a mark: {weeks:# week|# weeks})",
        "de": "(ein Zeichen: {weeks:# Woche|# Wochen})",
    },
    "review.changes": {"en": "Phase changes in these weeks",
                       "de": "Phasenwechsel in diesen Wochen"},
    "review.changes_more": {"en": "... and {count} more", "de": "... und {count} weitere"},
    "review.focus_head": {"en": "Work on first", "de": "Zuerst angehen"},
    "review.focus.crisis": {
        "en": "{count:A customer's crisis|# crises of customers} went more than {days:a day|# "
              "days} without a genuine contact: be there first, listen, and inform honestly.",
        "de": "{count:Eine Krise|# Krisen} von Kunden {count:blieb|blieben} länger als "
              "{days:einen Tag|# Tage} ohne echten Kontakt: Seien Sie zuerst da, hören Sie zu "
              "und informieren Sie ehrlich.",
    },
    "review.focus.follow_ups": {
        "en": "{count:A follow-up|# follow-ups} you promised went by without a word: keep the "
              "days you name, or name fewer.",
        "de": "{count:Eine zugesagte Wiedervorlage|# zugesagte Wiedervorlagen} "
              "{count:verstrich|verstrichen} ohne Kontakt: Halten Sie die Tage ein, die Sie "
              "nennen, oder nennen Sie weniger.",
    },
    "review.focus.quiet": {
        "en": "No contact logged in these weeks: who would be glad to hear from you?",
        "de": "In diesen Wochen ist kein Kontakt eingetragen: Wer würde sich freuen, von Ihnen "
              "zu hören?",
    },
    "review.focus.pressure": {
        "en": "{pitches:# pitch|# pitches} on {genuine:no genuine contact|one genuine contact|# "
              "genuine contacts}: pressure raises cancellations. Ask and listen more, offer less.",
        "de": "{pitches:# Angebot|# Angebote} bei {genuine:keinem echten Kontakt|einem echten "
              "Kontakt|# echten Kontakten}: Druck erhöht die Stornoquote. Fragen und hören Sie "
              "mehr, bieten Sie weniger an.",
    },
    "review.focus.closing": {
        "en": "The closing question waited ({late:none|one|#} asked late, {open:none|one|#} "
              "still put off): ask it when it is due. Even a no creates facts.",
        "de": "Die Abschlussfrage hat gewartet ({late:keine|eine|#} zu spät gestellt, "
              "{open:keine|eine|#} noch aufgeschoben): Stellen Sie sie, wenn sie fällig ist. "
              "Auch ein Nein schafft Klarheit.",
    },
    "review.focus.check_ins": {
        "en": "Only {percent}% of your contacts were genuine: check-ins without a concern build "
              "an illusion. Bring a real reason.",
        "de": "Nur {percent} % Ihrer Kontakte waren echt: Kontrollkontakte ohne Anliegen bauen "
              "eine Illusion auf. Bringen Sie einen echten Anlass mit.",
    },
    "review.focus.personal": {
        "en": "Only {percent}% of your contacts were in person or by voice: call or visit "
              "rather than only write.",
        "de": "Nur {percent} % Ihrer Kontakte waren persönlich oder am Telefon: Rufen Sie an "
              "oder besuchen Sie, statt nur zu schreiben.",
    },
    "review.focus.overdue": {
        "en": "{count:One customer has|# customers have} waited more than {factor} times the "
              "cadence for a genuine contact: `relj due` names them.",
        "de": "{count:Ein Kunde wartet|# Kunden warten} länger als {factor}-mal den Takt auf "
              "einen echten Kontakt: `relj due` nennt sie.",
    },
    "review.focus.fewer": {
        "en": "Genuine contacts fell from {before} to {now}: trust needs continuous work.",
        "de": "Die echten Kontakte sanken von {before} auf {now}: Vertrauen braucht stetige "
              "Pflege.",
    },
    "review.focus.keep_up": {
        "en": "Nothing stands out: genuine, personal and on time. Keep it up.",
        "de": "Nichts fällt auf: echt, persönlich und pünktlich. Machen Sie weiter so.",
    },
    "review.bad_weeks": {
        "en": "{value:# week|# weeks}: give a whole number of weeks from 1 to {most}",
        "de": "{value:# Woche|# Wochen}: Geben Sie eine ganze Zahl von Wochen von 1 bis {most} an",
    },
    "review.saved": {"en": "Review saved as SVG: {path}", "de": "Rückblick als SVG gespeichert: "
                     "{path}"},
    "review.svg_title": {"en": "relj review {start} to {end}", "de": "relj Rückblick {start} bis "
                         "{end}"},
}
