"""Messages of `relj catch-up`: proposals from a calendar or a mailbox."""

from __future__ import annotations

MESSAGES = {
    # -- the command line ------------------------------------------------------------
    "catchup.one_source": {
        "en": "name exactly one of --ics FILE, --mbox FILE or --maildir FOLDER",
        "de": "Geben Sie genau eines an: --ics DATEI, --mbox DATEI oder --maildir ORDNER",
    },
    # -- reading the files -----------------------------------------------------------
    "catchup.no_such_file": {
        "en": "{path}: no such file or folder",
        "de": "{path}: Datei oder Ordner nicht gefunden",
    },
    "catchup.not_a_file": {
        "en": "{path}: not a file",
        "de": "{path}: keine Datei",
    },
    "catchup.unreadable": {
        "en": "{path}: cannot be read ({reason})",
        "de": "{path}: nicht lesbar ({reason})",
    },
    "catchup.not_utf8": {
        "en": "not UTF-8 text (calendar files are UTF-8)",
        "de": "kein UTF-8-Text (Kalenderdateien sind UTF-8)",
    },
    "catchup.not_calendar": {
        "en": "not an iCalendar file (it must begin with BEGIN:VCALENDAR)",
        "de": "keine iCalendar-Datei (sie muss mit BEGIN:VCALENDAR beginnen)",
    },
    "catchup.bad_line": {
        "en": "not an iCalendar line: {text}",
        "de": "keine iCalendar-Zeile: {text}",
    },
    "catchup.bad_end": {
        "en": "END:{end} does not close BEGIN:{begin} of line {begin_line}",
        "de": "END:{end} schließt nicht BEGIN:{begin} aus Zeile {begin_line}",
    },
    "catchup.not_closed": {
        "en": "BEGIN:{begin} is never closed (the file is cut short?)",
        "de": "BEGIN:{begin} wird nie geschlossen (ist die Datei abgeschnitten?)",
    },
    "catchup.bad_file": {
        "en": "{path}: not a readable calendar: {reason}",
        "de": "{path}: kein lesbarer Kalender: {reason}",
    },
    "catchup.bad_event": {
        "en": "event skipped, it cannot be read ({reason})",
        "de": "Termin übersprungen, er ist nicht lesbar ({reason})",
    },
    "catchup.not_mbox": {
        "en": "not an mbox file (its first line must begin with \"From \")",
        "de": "keine mbox-Datei (ihre erste Zeile muss mit \"From \" beginnen)",
    },
    "catchup.not_maildir": {
        "en": "{path}: not a Maildir folder (it needs cur/ and new/ inside)",
        "de": "{path}: kein Maildir-Ordner (darin fehlen cur/ und new/)",
    },
    "catchup.bad_message": {
        "en": "message skipped, it cannot be read ({reason})",
        "de": "Nachricht übersprungen, sie ist nicht lesbar ({reason})",
    },
    "catchup.bad_message_file": {
        "en": "{path}: message skipped, it cannot be read ({reason})",
        "de": "{path}: Nachricht übersprungen, sie ist nicht lesbar ({reason})",
    },
    # -- the list ----------------------------------------------------------------------
    "catchup.nothing": {
        "en": "Nothing to catch up: no unlogged contact with a customer in the last "
              "{days:day|# days}.",
        "de": "Nichts nachzutragen: kein ungeloggter Kontakt mit einem Kunden in "
              "{days:den letzten 24 Stunden|den letzten # Tagen}.",
    },
    "catchup.no_title": {
        "en": "(no title)",
        "de": "(ohne Titel)",
    },
    "catchup.with": {
        "en": "with {people}",
        "de": "mit {people}",
    },
    "catchup.list_hint": {
        "en": "{count:# proposal|# proposals}, none logged. Decide on a terminal: `relj catch-up`",
        "de": "{count:# Vorschlag|# Vorschläge}, nichts notiert. Entscheiden Sie im Terminal: "
              "`relj catch-up`",
    },
    "catchup.source.ics": {"en": "calendar", "de": "Kalender"},
    "catchup.source.mbox": {"en": "mail", "de": "E-Mail"},
    "catchup.source.maildir": {"en": "mail", "de": "E-Mail"},
    # -- deciding on a terminal --------------------------------------------------------
    "catchup.ask_decision": {
        "en": "g = genuine, c = check-in, s = skip for good, Enter = later:",
        "de": "e = echt, k = Kontrollkontakt, ü = überspringen (für immer), Enter = später:",
    },
    "catchup.ask_again": {
        "en": "Please answer g, c, s or press Enter.",
        "de": "Bitte antworten Sie mit e, k, ü oder drücken Sie Enter.",
    },
    "catchup.ask_concern": {
        "en": "Your real concern? (Enter: {title})",
        "de": "Ihr echtes Anliegen? (Enter: {title})",
    },
    "catchup.skipped_one": {
        "en": "Skipped: not proposed again.",
        "de": "Übersprungen: wird nicht wieder vorgeschlagen.",
    },
    "catchup.done": {
        "en": "Caught up: {logged} logged, {skipped} skipped, {later} left for later.",
        "de": "Nachgetragen: {logged} notiert, {skipped} übersprungen, {later} für später.",
    },
}
