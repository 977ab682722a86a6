"""Messages about what was typed: dates, times and durations.

Each one says what was wrong and what would be accepted, in one line.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "input.follow_up_not_after": {
        "en": "the follow-up {follow_up} is not after this contact ({day}); "
              "a follow-up plans the next one",
        "de": "die Wiedervorlage {follow_up} liegt nicht nach diesem Kontakt ({day}); "
              "sie plant den nächsten",
    },
    "input.at_future": {
        "en": "'{value}' is {day}, after today ({today}); relj logs what has happened "
              "(plan the next contact with --follow-up)",
        "de": "'{value}' ist der {day}, nach heute ({today}); relj hält fest, was geschehen "
              "ist (planen Sie den nächsten Kontakt mit --follow-up)",
    },
    "input.empty_date": {
        "en": "no date given; write e.g. 2026-11-24, 24.11.2026, today or friday",
        "de": "kein Datum angegeben; möglich ist z. B. 2026-11-24, 24.11.2026, heute oder Freitag",
    },
    # both readings of what was typed, so that copying the hint books the day meant;
    # short, so that the line fits 80 columns and no date is broken by the terminal
    "input.ambiguous_date": {
        "en": "'{value}': day or month first? write {first} or {second}",
        "de": "'{value}': Tag/Monat zuerst? Schreiben Sie {first} oder {second}",
    },
    "input.ambiguous_date_one": {
        "en": "'{value}' can only be {day}; write {day}",
        "de": "'{value}' kann nur der {day} sein; schreiben Sie {day}",
    },
    # an amount that reads as two (relj offer --value 12,000)
    "input.ambiguous_amount": {
        "en": "--value {value}: thousands or a decimal? write {big} or {small}",
        "de": "--value {value}: Tausender oder Dezimalstellen? Schreiben Sie {big} oder {small}",
    },
    "input.bad_date": {
        "en": "cannot read the date '{value}'; use 2026-11-24, 24.11.2026, 24.11., today, "
              "yesterday, friday, in 2 weeks, 3 days ago or +3d (a time as 14:30)",
        "de": "das Datum '{value}' ist nicht lesbar; möglich sind 2026-11-24, 24.11.2026, "
              "24.11., heute, gestern, Freitag, in 2 Wochen, vor 3 Tagen oder +3d "
              "(eine Uhrzeit als 14:30)",
    },
    "input.impossible_date": {
        "en": "'{value}' is not a day of the calendar; check the day (1-31 as the month has it) "
              "and the month (1-12)",
        "de": "'{value}' gibt es im Kalender nicht; prüfen Sie Tag (1-31, je nach Monat) und "
              "Monat (1-12)",
    },
    "input.out_of_range": {
        "en": "'{value}' lies outside the years 1 to 9999 that relj can count with",
        "de": "'{value}' liegt außerhalb der Jahre 1 bis 9999, mit denen relj rechnen kann",
    },
    "input.bad_unit": {
        "en": "'{value}': '{unit}' is not a unit; use days, weeks, months or years (d, w, m, y)",
        "de": "'{value}': '{unit}' ist keine Einheit; möglich sind Tage, Wochen, Monate "
              "oder Jahre (t, w, m, j)",
    },
    "input.bad_time": {
        "en": "'{value}' has no valid time of day; hours go from 0 to 23, minutes from 00 to 59, "
              "e.g. 14:30",
        "de": "'{value}' enthält keine gültige Uhrzeit; Stunden gehen von 0 bis 23, "
              "Minuten von 00 bis 59, z. B. 14:30",
    },
    "input.bad_offset": {
        "en": "'{value}' has an impossible UTC offset; write it as +01:00, -05:00 or Z",
        "de": "'{value}' hat einen unmöglichen UTC-Versatz; schreiben Sie ihn als +01:00, "
              "-05:00 oder Z",
    },
    "input.bad_duration": {
        "en": "'{value}' is not a duration; write a whole number from 1 and d, w, m or y, "
              "e.g. 10d, 3w, 2m, 1y",
        "de": "'{value}' ist keine Dauer; schreiben Sie eine ganze Zahl ab 1 mit t, w, m oder "
              "j, z. B. 10t, 3w, 2m, 1j",
    },
    "input.duration_too_long": {
        "en": "'{value}' is too long; a duration can be at most 100 years (1200m, 5200w, 36500d)",
        "de": "'{value}' ist zu lang; eine Dauer darf höchstens 100 Jahre betragen "
              "(1200m, 5200w, 36500t)",
    },
    # a closing answer belongs after its offer (issue 16)
    "input.closing_before_offer": {
        "en": "a closing answer on {day} is before offer {offer} opened ({opened}): "
              "check --at",
        "de": "eine Abschlussantwort am {day} liegt vor der Eröffnung von Angebot {offer} "
              "({opened}): prüfen Sie --at",
    },
}
