"""Messages about what was typed: dates, times and durations."""

MESSAGES: dict[str, dict[str, str]] = {
    "input.empty_date": {
        "en": "the date is empty",
        "de": "das Datum ist leer",
    },
    "input.ambiguous_date": {
        "en": "'{value}' is ambiguous (day or month first?); write 2026-04-03 or 03.04.2026",
        "de": "'{value}' ist mehrdeutig (Tag oder Monat zuerst?); bitte 2026-04-03 oder 03.04.2026 schreiben",
    },
    "input.bad_date": {
        "en": "cannot read the date '{value}'; use 2026-11-24, 24.11.2026, 24.11., today, yesterday, friday, in 2 weeks or +3d",
        "de": "das Datum '{value}' ist nicht lesbar; möglich sind 2026-11-24, 24.11.2026, 24.11., heute, gestern, Freitag, in 2 Wochen oder +3d",
    },
    "input.impossible_date": {
        "en": "'{value}' is not a day of the calendar",
        "de": "'{value}' gibt es im Kalender nicht",
    },
    "input.bad_unit": {
        "en": "'{value}': '{unit}' is not a unit; use days, weeks, months or years (d, w, m, y)",
        "de": "'{value}': '{unit}' ist keine Einheit; möglich sind Tage, Wochen, Monate, Jahre (d, w, m, y)",
    },
    "input.bad_time": {
        "en": "'{value}' has no valid time of day (00:00 to 23:59)",
        "de": "'{value}' enthält keine gültige Uhrzeit (00:00 bis 23:59)",
    },
    "input.bad_duration": {
        "en": "'{value}' is not a duration; write a whole number and d, w, m or y, e.g. 10d, 3w, 2m, 1y",
        "de": "'{value}' ist keine Dauer; bitte eine ganze Zahl mit d, w, m oder y, z. B. 10d, 3w, 2m, 1y",
    },
}
