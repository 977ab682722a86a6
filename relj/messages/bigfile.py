"""Messages of a closing answer written into a long customer file (issue 15)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "bigfile.offer_gone": {
        "en": "offer {offer} is no longer open in {path} (the file changed meanwhile); "
              "nothing was written",
        "de": "Angebot {offer} ist in {path} nicht mehr offen (die Datei wurde inzwischen "
              "geändert); nichts wurde geschrieben",
    },
    "bigfile.cannot_edit": {
        "en": "relj cannot write the answer into offer {offer} as this block is written; "
              "set its status with `relj edit`. Nothing was written",
        "de": "relj kann die Antwort nicht in Angebot {offer} eintragen, so wie dieser Block "
              "geschrieben ist; setzen Sie den Status mit `relj edit`. Nichts wurde geschrieben",
    },
}
