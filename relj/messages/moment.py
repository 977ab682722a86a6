"""Words of `relj log`'s coaching line and of its prompt: what a coach says right after a call.

One short line each (the echo and the line fit 80 columns), in the voice of a
coach beside the salesperson; German addresses the user as "Sie".
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- the one line after the echo ------------------------------------------------
    "moment.crisis.annoyed": {
        "en": "Annoyed: listen, sell nothing. relj reminds you to ask again in {days:a day|# "
              "days}.",
        "de": "Genervt: Hören Sie zu, verkaufen Sie nichts. Nachfragen in {days:einem Tag|# "
              "Tagen}.",
    },
    "moment.crisis.depressed": {
        "en": "Down: be there as a person, sell nothing. relj reminds you in {days:a day|# "
              "days}.",
        "de": "Niedergeschlagen: Seien Sie einfach da, ohne Verkauf. Nachfragen in {days:einem "
              "Tag|# Tagen}.",
    },
    "moment.crisis.desperate": {
        "en": "Desperate: ask what they need most and help; no offer. Ask again in {days:a "
              "day|# days}.",
        "de": "Verzweifelt: Fragen Sie, was fehlt, und helfen Sie. Nachfragen in {days:einem "
              "Tag|# Tagen}.",
    },
    "moment.crisis.uncertain": {
        "en": "Uncertain: inform honestly, sell nothing now. relj reminds you in {days:a day|# "
              "days}.",
        "de": "Verunsichert: Informieren Sie ehrlich, ohne Verkauf. Nachfragen in {days:einem "
              "Tag|# Tagen}.",
    },
    "moment.crisis.passive": {
        "en": "Passive: stay in touch with something useful, no pitch. Ask again in {days:a "
              "day|# days}.",
        "de": "Passiv: Melden Sie sich mit Nützlichem, ohne Angebot. Nachfragen in {days:einem "
              "Tag|# Tagen}.",
    },
    "moment.no": {
        "en": "A no ends an illusion, not the relationship: accept it, stay in touch casually.",
        "de": "Ein Nein beendet eine Illusion, nicht die Beziehung: Nehmen Sie es gelassen an.",
    },
    "moment.contact_left": {
        "en": "Your key contact left: it starts over. Meet the new people, more than one.",
        "de": "Ansprechpartner gewechselt: Alles beginnt neu. Lernen Sie die Neuen kennen.",
    },
    "moment.pressure_pitches": {
        "en": "{count:# pitch|# pitches} in {weeks:a week|# weeks}: pressure raises "
              "cancellations. Next time, no offer.",
        "de": "{count:# Angebot|# Angebote} in {weeks:einer Woche|# Wochen}: Druck erhöht die "
              "Stornoquote. Nächstes Mal keines.",
    },
    "moment.pressure_share": {
        "en": "Pitched in {count} of {contacts:# contact|# contacts}: that is pressure. Next "
              "time, just listen.",
        "de": "Angebote in {count} von {contacts:# Kontakt|# Kontakten}: Das ist Druck. Hören "
              "Sie nächstes Mal nur zu.",
    },
    "moment.pressure_mood": {
        "en": "A pitch while they are {mood} is pressure. Pull, don't push: no offer now.",
        "de": "Ein Angebot bei Stimmung „{mood}“ ist Druck. Bieten Sie nichts an.",
    },
    "moment.illusion": {
        "en": "Mostly check-ins lately: closeness is an illusion. Next time, bring a concern.",
        "de": "Fast nur Kontrollkontakte: Nähe nur zum Schein. Bringen Sie ein Anliegen mit.",
    },
    "moment.disenchantment": {
        "en": "First doubts after the honeymoon are normal: ask what bothers them.",
        "de": "Erste Zweifel nach der Verliebtheit: normal. Fragen Sie, was den Kunden stört.",
    },
    "moment.struggle": {
        "en": "A struggle begins: say what isn't working and what you need. Recall your why.",
        "de": "Der Machtkampf beginnt: Sagen Sie, was fehlt. Warum wollten Sie diesen Kunden?",
    },
    # -- the log prompt ----------------------------------------------------------------
    "moment.ask_signs": {
        "en": "What were the signs of this no, looking back? (Enter to skip)",
        "de": "Welche Anzeichen gab es für dieses Nein, im Rückblick? (Enter überspringt)",
    },
    "moment.signs_note": {"en": "Signs of the no: {signs}", "de": "Anzeichen des Neins: {signs}"},
    "moment.prompt_needs": {"en": "Needs: {needs}", "de": "Was der Kunde braucht: {needs}"},
    "moment.prompt_last_concern": {"en": "Last concern ({day}): {concern}",
                                   "de": "Letztes Anliegen ({day}): {concern}"},
    "moment.prompt_no_closing": {
        "en": "No closing question today: {why}.",
        "de": "Heute keine Abschlussfrage: {why}.",
    },
    "moment.why_crisis": {"en": "they are {mood}", "de": "der Kunde ist {mood}"},
    "moment.why_pressure": {"en": "pressure is on", "de": "es besteht Druck"},
    # P7: the log prompt follows `relj due`'s pull-not-push rule, after a "no" too
    "moment.why_after_no": {"en": "they said no, give it time",
                            "de": "der Kunde hat Nein gesagt, lassen Sie ihm Zeit"},
}
