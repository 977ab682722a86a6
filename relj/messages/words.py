"""The words people type for the stable codes, in English and German (data only).

Files and JSON keep the codes; a German salesperson types ``--mood genervt`` or
``#einwand:preis`` and means ``annoyed`` and ``objection:price``. The English word of
a code is the code itself. German words are lowercase, without spaces, and taken
from the screen labels (relj/messages/labels.py) where one word fits, so what a
screen shows is what can be typed back; a clean synonym may follow as ``de_also``
(``telefon`` for a call). relj.i18n.code_of reads them (and also
forgives ``spaeter`` and ``spater`` for ``später``); shell completion
(relj.cli.completion) imports this module alone, so it stays a plain dict.

Kinds and their codes are in relj.model's order (tests/test_words.py keeps them
equal, and checks that no typed word means two codes).
"""

from __future__ import annotations

# No sentences of its own: a word that is no code is reported with
# core.bad_option_choice, listing relj.i18n.accepted_words.
MESSAGES: dict[str, dict[str, str]] = {}

WORDS: dict[str, dict[str, dict[str, str]]] = {
    "channel": {
        "call": {"en": "call", "de": "anruf", "de_also": "telefon"},
        "video": {"en": "video", "de": "videocall"},
        "visit": {"en": "visit", "de": "besuch"},
        "email": {"en": "email", "de": "e-mail"},
        "message": {"en": "message", "de": "nachricht"},
        "event": {"en": "event", "de": "veranstaltung"},
        "other": {"en": "other", "de": "sonstiges"},
    },
    "mood": {
        "annoyed": {"en": "annoyed", "de": "genervt"},
        "passive": {"en": "passive", "de": "passiv"},
        "depressed": {"en": "depressed", "de": "niedergeschlagen"},
        "optimistic": {"en": "optimistic", "de": "optimistisch"},
        "desperate": {"en": "desperate", "de": "verzweifelt"},
        "uncertain": {"en": "uncertain", "de": "verunsichert"},
        "active": {"en": "active", "de": "aktiv"},
    },
    "signal": {
        "praise": {"en": "praise", "de": "lob"},
        "criticism": {"en": "criticism", "de": "kritik"},
        "objection:price": {"en": "objection:price", "de": "einwand:preis"},
        "objection:scope": {"en": "objection:scope", "de": "einwand:umfang"},
        "objection:other": {"en": "objection:other", "de": "einwand:sonstiges"},
        "conflict": {"en": "conflict", "de": "konflikt"},
        "delay": {"en": "delay", "de": "verzögerung"},
        "discount-pressure": {"en": "discount-pressure", "de": "rabattdruck"},
        "rework": {"en": "rework", "de": "nacharbeit"},
        "project": {"en": "project", "de": "projekt"},
        "repeat-order": {"en": "repeat-order", "de": "folgeauftrag"},
        "trust": {"en": "trust", "de": "vertrauen"},
        "contact-left": {"en": "contact-left", "de": "ansprechpartner-weg"},
        "won": {"en": "won", "de": "gewonnen"},
        "lost": {"en": "lost", "de": "verloren"},
    },
    "closing": {
        "yes": {"en": "yes", "de": "ja"},
        "no": {"en": "no", "de": "nein"},
        "later": {"en": "later", "de": "später"},
    },
    "phase": {
        "courtship": {"en": "courtship", "de": "werben"},
        "infatuation": {"en": "infatuation", "de": "verliebtheit"},
        "disenchantment": {"en": "disenchantment", "de": "ernüchterung"},
        "struggle": {"en": "struggle", "de": "machtkampf"},
        "me-you-us": {"en": "me-you-us", "de": "ich-du-wir"},
        "home": {"en": "home", "de": "zuhause"},
    },
    "why": {
        "dream": {"en": "dream", "de": "wunschkunde"},
        "challenge": {"en": "challenge", "de": "herausforderung"},
        "money": {"en": "money", "de": "geld"},
    },
}
