"""Messages of the journal: files, names, dates, writing commands."""

MESSAGES: dict[str, dict[str, str]] = {
    "core.internal_error": {
        "en": "internal error: {error} (run again with --debug for details)",
        "de": "interner Fehler: {error} (mit --debug erneut ausführen für Details)",
    },
    "core.interrupted": {
        "en": "interrupted; nothing was written",
        "de": "abgebrochen; nichts wurde geschrieben",
    },
}
