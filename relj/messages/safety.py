"""Messages about the safety of the journal's files: failed reads and writes, links."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "safety.write_failed": {
        "en": "cannot write {path}: {reason}; the file is unchanged",
        "de": "kann {path} nicht schreiben: {reason}; die Datei ist unverändert",
    },
    "safety.date_overflow": {
        "en": "a date lies too close to the years 1 or 9999 for relj to count with",
        "de": "ein Datum liegt zu nah an den Jahren 1 oder 9999, um damit zu rechnen",
    },
    "safety.editor_not_utf8": {
        "en": "{editor} saved text that is not UTF-8; nothing was changed",
        "de": "{editor} hat Text gespeichert, der kein UTF-8 ist; nichts wurde geändert",
    },
    "safety.folder_failed": {
        "en": "cannot make the folder {path}: {reason}",
        "de": "kann den Ordner {path} nicht anlegen: {reason}",
    },
    "safety.not_utf8": {
        "en": "argument {number} ('{arg}') is not valid UTF-8 text",
        "de": "Argument {number} ('{arg}') ist kein gültiger UTF-8-Text",
    },
    "safety.not_a_file": {
        "en": "is not a plain file (a folder, a pipe or a device); relj does not read it",
        "de": "ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät); relj liest sie "
              "nicht",
    },
    "safety.read_failed": {
        "en": "cannot read this file: {reason}",
        "de": "kann diese Datei nicht lesen: {reason}",
    },
    "safety.os_error": {
        "en": "cannot use {path}: {reason}; nothing was written",
        "de": "kann {path} nicht verwenden: {reason}; nichts wurde geschrieben",
    },
    "safety.loose_folder": {
        "en": "folder open to others (mode {mode}); it holds personal data: chmod 700",
        "de": "Ordner für andere offen (Modus {mode}); enthält persönliche Daten: chmod 700",
    },
    "safety.symlink_folder": {
        "en": "{path} is a symbolic link; relj only uses plain folders inside the journal",
        "de": "{path} ist ein symbolischer Link; relj verwendet nur echte Ordner im Journal",
    },
    # -- issue 16 (P6) ------------------------------------------------------------------
    "safety.warning": {
        "en": "warning",
        "de": "Warnung",
    },
    "safety.foreign_private": {
        "en": "belongs to another user, so relj ignores it (a cache or lock someone else "
              "put there); remove it if you did not expect it",
        "de": "gehört einem anderen Benutzer, daher ignoriert relj sie (ein Cache oder eine "
              "Sperre, die jemand anderes dort abgelegt hat); entfernen Sie sie, wenn Sie sie "
              "nicht erwartet haben",
    },
    "safety.edit_kept": {
        "en": "{reason}. Your edited text is kept in {path}",
        "de": "{reason}. Ihr bearbeiteter Text ist in {path} aufbewahrt",
    },
}
