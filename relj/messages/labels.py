"""Screen labels of the stable codes (channels, moods, signals, phases).

Files and JSON keep the codes; people see these. Shared by every command.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # channels
    "labels.channel.call": {"en": "call", "de": "Anruf"},
    "labels.channel.video": {"en": "video call", "de": "Videocall"},
    "labels.channel.visit": {"en": "visit", "de": "Besuch"},
    "labels.channel.email": {"en": "email", "de": "E-Mail"},
    "labels.channel.message": {"en": "message", "de": "Nachricht"},
    "labels.channel.event": {"en": "event", "de": "Veranstaltung"},
    "labels.channel.other": {"en": "other", "de": "Sonstiges"},
    # moods (seed 003)
    "labels.mood.annoyed": {"en": "annoyed", "de": "genervt"},
    "labels.mood.passive": {"en": "passive", "de": "passiv"},
    "labels.mood.depressed": {"en": "depressed", "de": "niedergeschlagen"},
    "labels.mood.optimistic": {"en": "optimistic", "de": "optimistisch"},
    "labels.mood.desperate": {"en": "desperate", "de": "verzweifelt"},
    "labels.mood.uncertain": {"en": "uncertain", "de": "verunsichert"},
    "labels.mood.active": {"en": "active", "de": "aktiv"},
    # signals
    "labels.signal.praise": {"en": "praise", "de": "Lob"},
    "labels.signal.criticism": {"en": "criticism", "de": "Kritik"},
    "labels.signal.objection:price": {"en": "price objection", "de": "Preiseinwand"},
    "labels.signal.objection:scope": {"en": "scope objection", "de": "Einwand zum Umfang"},
    "labels.signal.objection:other": {"en": "other objection", "de": "anderer Einwand"},
    "labels.signal.conflict": {"en": "conflict", "de": "Konflikt"},
    "labels.signal.delay": {"en": "delay", "de": "Verzögerung"},
    "labels.signal.discount-pressure": {"en": "discount pressure", "de": "Rabattdruck"},
    "labels.signal.rework": {"en": "rework", "de": "Nacharbeit"},
    "labels.signal.project": {"en": "new project", "de": "neues Projekt"},
    "labels.signal.repeat-order": {"en": "repeat order", "de": "Folgeauftrag"},
    "labels.signal.trust": {"en": "trust", "de": "Vertrauen"},
    "labels.signal.contact-left": {"en": "key contact left", "de": "Ansprechpartner gewechselt"},
    "labels.signal.won": {"en": "won", "de": "gewonnen"},
    "labels.signal.lost": {"en": "lost", "de": "verloren"},
    # closing answers
    "labels.closing.yes": {"en": "yes", "de": "ja"},
    "labels.closing.no": {"en": "no", "de": "nein"},
    "labels.closing.later": {"en": "later", "de": "später"},
    # phases (SPEC §4 gives the German names)
    "labels.phase.courtship": {"en": "courtship", "de": "Werben"},
    "labels.phase.infatuation": {"en": "infatuation", "de": "Verliebtheit"},
    "labels.phase.disenchantment": {"en": "disenchantment", "de": "Ernüchterung"},
    "labels.phase.struggle": {"en": "struggle", "de": "Machtkampf"},
    "labels.phase.me-you-us": {"en": "me-you-us", "de": "Ich-Du-Wir"},
    "labels.phase.home": {"en": "home", "de": "Zuhause"},
    "labels.phase.separated": {"en": "separated", "de": "Getrennt"},
    "labels.phase.unknown": {"en": "unknown", "de": "unbekannt"},
    # genuine or not
    "labels.genuine": {"en": "genuine", "de": "echt"},
    "labels.check_in": {"en": "check-in", "de": "Kontrollkontakt"},
    "labels.check_in_visit": {"en": "check-in", "de": "Kontrollbesuch"},
    # weekdays, for echoing dates back (Monday first, like date.weekday())
    "labels.weekdays": {"en": "Mon Tue Wed Thu Fri Sat Sun", "de": "Mo Di Mi Do Fr Sa So"},
}

