"""Help texts that several options repeat (see relj/messages/help/__init__.py)."""

from __future__ import annotations

_JSON = {"en": "Print JSON (schema 1) instead of the screen.",
         "de": "JSON (Schema 1) statt des Bildschirms ausgeben."}
_CUSTOMER = {"en": "Slug, name or unique prefix.",
             "de": "Kürzel, Name oder eindeutiger Anfang des Namens."}

_CONTACT_NAME = {
    "en": "The contact's name (case and accents ignored; a unique prefix will do).",
    "de": "Der Name des Kontakts (Groß-/Kleinschreibung und Akzente egal; ein eindeutiger "
          "Anfang genügt)."}

