"""Words of the everyday commands: report, import, export, the show timeline."""

MESSAGES: dict[str, dict[str, str]] = {
    # export
    "everyday.bad_format": {"en": "unknown format {value!r}: use {choices}",
                            "de": "unbekanntes Format {value!r}: möglich sind {choices}"},
    "everyday.exported": {"en": "Exported the journal as {format} to {path}.",
                          "de": "Journal als {format} nach {path} exportiert."},
    "everyday.output_in_journal": {
        "en": "{path} is inside the journal: choose a file outside customers/ and .relj/",
        "de": "{path} liegt im Journal: wähle eine Datei außerhalb von customers/ und .relj/"},
    "everyday.output_is_folder": {"en": "{path} is a folder: give a file name",
                                  "de": "{path} ist ein Ordner: gib einen Dateinamen an"},
    "everyday.ics_follow_up": {"en": "Follow up with {name}", "de": "Nachfassen bei {name}"},
    "everyday.ics_follow_up_text": {
        "en": "A follow-up you planned in relj ({slug}). Concern: {what}",
        "de": "Ein in relj geplantes Nachfassen ({slug}). Anliegen: {what}"},
    "everyday.ics_closing": {"en": "Ask {name} the closing question",
                             "de": "{name} die Abschlussfrage stellen"},
    "everyday.ics_closing_text": {
        "en": "The offer has drifted ({slug}): ask when they will decide. Offer: {what}",
        "de": "Das Angebot zieht sich ({slug}): frag, wann entschieden wird. Angebot: {what}"},
}
