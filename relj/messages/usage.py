"""Click's usage errors on German screens (`relj --lang de review --weeks 0`).

``usage.click.*`` are click's own English sentences, exactly as typer's click
writes them, with the parts it fills in as placeholders; relj.cli.usage_errors
matches an error's English against them and writes the German. A sentence click
words differently in a later version simply stays English. ``{problem}`` is
itself translated (the reason after "Invalid value for --weeks:"). Click's
"argument(s)" is matched as "arguments" (no sentence here says "(s)").
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "usage.error": {"en": "Error: {message}", "de": "Fehler: {message}"},
    "usage.try_help": {"en": "Try {command} for help.",
                       "de": "Hilfe zeigt {command}."},
    # click's sentences: the first whose English matches all of the message wins
    "usage.click.no_such_option_possible": {
        "en": "No such option: {name} (Possible options: {options})",
        "de": "Unbekannte Option: {name} (möglich sind: {options})"},
    "usage.click.no_such_option": {"en": "No such option: {name}",
                                   "de": "Unbekannte Option: {name}"},
    "usage.click.no_such_command": {"en": "No such command {name}.",
                                    "de": "Unbekannter Befehl {name}."},
    "usage.click.missing_argument": {"en": "Missing argument {name}.",
                                     "de": "Das Argument {name} fehlt."},
    "usage.click.missing_option": {"en": "Missing option {name}.",
                                   "de": "Die Option {name} fehlt."},
    "usage.click.invalid_value_for": {"en": "Invalid value for {name}: {problem}",
                                      "de": "Ungültiger Wert für {name}: {problem}"},
    "usage.click.invalid_value": {"en": "Invalid value: {problem}",
                                  "de": "Ungültiger Wert: {problem}"},
    "usage.click.not_integer": {"en": "{value} is not a valid integer.",
                                "de": "{value} ist keine ganze Zahl."},
    "usage.click.not_int": {"en": "{value} is not a valid int.",
                            "de": "{value} ist keine ganze Zahl."},
    "usage.click.not_float": {"en": "{value} is not a valid float.",
                              "de": "{value} ist keine Zahl."},
    "usage.click.not_in_range": {"en": "{value} is not in the range {range}.",
                                 "de": "{value} liegt nicht im Bereich {range}."},
    "usage.click.not_one_of": {"en": "{value} is not one of {choices}.",
                               "de": "{value} ist keiner der Werte {choices}."},
    "usage.click.extra_arguments": {"en": "Got unexpected extra arguments ({args})",
                                    "de": "Unerwartete zusätzliche Argumente ({args})"},
    "usage.click.requires_argument": {"en": "Option {name} requires an argument.",
                                      "de": "Die Option {name} braucht einen Wert."},
    "usage.click.requires_arguments": {"en": "Option {name} requires {count} arguments.",
                                       "de": "Die Option {name} braucht {count} Werte."},
    "usage.click.takes_no_value": {"en": "Option {name} does not take a value.",
                                   "de": "Die Option {name} nimmt keinen Wert an."},
}
