"""The coach on the morning list: reasons (as sentences and in a few words), the
one thing to do, and the `relj due` screen (seeds 000, 001, 003)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- due: reasons as sentences (JSON "text") ------------------------------------
    "coach.reason.follow_up": {
        "en": "follow-up planned for {day} ({days:# day|# days} ago)",
        "de": "Wiedervorlage geplant für den {day} (vor {days:# Tag|# Tagen})",
    },
    "coach.reason.follow_up_concern": {
        "en": "follow-up planned for {day} ({days:# day|# days} ago): \u201c{concern}\u201d",
        "de": "Wiedervorlage geplant für den {day} (vor {days:# Tag|# Tagen}): "
              "\u201e{concern}\u201c",
    },
    "coach.reason.genuine_overdue": {
        "en": "last genuine contact {age:# day|# days} ago; you want one "
              "{cadence:every day|every # days}",
        "de": "letzter echter Kontakt vor {age:# Tag|# Tagen}; gewünscht ist einer "
              "{cadence:jeden Tag|alle # Tage}",
    },
    "coach.reason.never_genuine": {
        "en": "no genuine contact yet: only check-ins, or nothing at all",
        "de": "noch kein echter Kontakt: nur Kontrollkontakte oder gar nichts",
    },
    "coach.reason.closing": {
        "en": "\u201c{offer}\u201d open for {days:# day|# days}, "
              "{interactions:# contact|# contacts} since: time for the closing question",
        "de": "\u201e{offer}\u201c seit {days:# Tag|# Tagen} offen, "
              "{interactions:# Kontakt|# Kontakte} seitdem: Zeit für die Abschlussfrage",
    },
    "coach.reason.closing_answered": {
        "en": "\u201c{offer}\u201d: {days:# day|# days} and {interactions:# contact|# contacts} "
              "since the last answer: ask again",
        "de": "\u201e{offer}\u201c: {days:# Tag|# Tage} und {interactions:# Kontakt|# Kontakte} "
              "seit der letzten Antwort: Zeit, erneut zu fragen",
    },
    "coach.reason.closing_undated": {
        "en": "\u201c{offer}\u201d: {interactions:# contact|# contacts} and no closing question "
              "yet",
        "de": "\u201e{offer}\u201c: {interactions:# Kontakt|# Kontakte} und noch keine "
              "Abschlussfrage",
    },
    "coach.reason.illusion": {
        "en": "mostly check-ins lately ({count} in a row): an illusion of contact",
        "de": "zuletzt fast nur Kontrollkontakte ({count} in Folge): eine Illusion von Nähe",
    },
    "coach.reason.mood_support": {
        "en": "{mood} since {since}, no genuine contact for {days:a day|# days} or more: "
              "time to ask how they are",
        "de": "{mood} seit dem {since}, seit mindestens {days:einem Tag|# Tagen} kein echter "
              "Kontakt: Zeit, nachzufragen, wie es geht",
    },
    "coach.reason.mood_support_soon": {
        "en": "{mood} since {since}: support, no selling (ask again after {days:a day|# days})",
        "de": "{mood} seit dem {since}: Unterstützen Sie, verkaufen Sie nicht (fragen Sie "
              "nach {days:einem Tag|# Tagen} wieder nach)",
    },
    "coach.reason.phase_risk": {
        "en": "phase {phase}: the relationship is being tested",
        "de": "Phase {phase}: die Beziehung steht auf dem Prüfstand",
    },
    "coach.reason.contact_left": {
        "en": "the key contact left {days:a day|# days} ago ({day}); you have not met the new "
              "one yet",
        "de": "der Ansprechpartner hat vor {days:einem Tag|# Tagen} gewechselt ({day}); Sie "
              "haben die neue Ansprechperson noch nicht getroffen",
    },
    "coach.reason.contact_left_nobody": {
        "en": "the key contact left {days:a day|# days} ago ({day}) and nobody you know is "
              "left there",
        "de": "der Ansprechpartner ist vor {days:einem Tag|# Tagen} gegangen ({day}), und dort "
              "ist niemand mehr, den Sie kennen",
    },
    "coach.reason.single_threaded": {
        "en": "known contacts: {count}; one person leaving would start it all over",
        "de": "bekannte Kontakte: {count}; geht eine Person, beginnt alles von vorn",
    },
    "coach.reason.pressure_pitches": {
        "en": "{count:# pitch|# pitches} within {days:# day|# days}: pressure leads to more "
              "cancellations",
        "de": "{count:# Angebot|# Angebote} in {days:# Tag|# Tagen}: Druck führt zu mehr "
              "Stornierungen",
    },
    "coach.reason.pressure_mood": {
        "en": "you pitched while they were {mood}",
        "de": "Sie haben etwas angeboten, als der Kunde {mood} war",
    },
    "coach.reason.kick_off": {
        "en": "won {days:a day|# days} ago ({day}): the real work starts now",
        "de": "vor {days:einem Tag|# Tagen} gewonnen ({day}): jetzt beginnt die eigentliche "
              "Arbeit",
    },
    "coach.reason.anniversary": {
        "en": "{years:one year|# years} together on {day}: remember why you wanted them",
        "de": "am {day} {years:ein Jahr|# Jahre} Zusammenarbeit: Erinnern Sie sich, warum "
              "Sie diesen Kunden wollten",
    },
    "coach.reason.objection": {
        "en": "{signal} lately: welcome information on what really matters",
        "de": "kürzlich {signal}: ein willkommener Hinweis darauf, worauf es ankommt",
    },
    # -- due: reasons in a few words (the table) ---------------------------------
    "coach.short.follow-up": {"en": "follow-up due", "de": "Wiedervorlage"},
    "coach.short.genuine-overdue": {"en": "contact overdue", "de": "Kontakt überfällig"},
    "coach.short.never-genuine": {"en": "no genuine contact",
                                   "de": "noch kein echter Kontakt"},
    "coach.short.closing-question": {"en": "closing question", "de": "Abschlussfrage"},
    "coach.short.illusion": {"en": "mostly check-ins", "de": "fast nur Kontrollkontakte"},
    "coach.short.mood-support": {"en": "mood: {mood}", "de": "Stimmung: {mood}"},
    "coach.short.phase-risk": {"en": "phase at risk", "de": "Phase kritisch"},
    "coach.short.contact-left": {"en": "key contact left",
                                  "de": "neuer Ansprechpartner"},
    "coach.short.single-threaded": {"en": "only one contact", "de": "nur ein Kontakt"},
    "coach.short.pressure": {"en": "too much pressure", "de": "zu viel Druck"},
    "coach.short.kick-off": {"en": "kick-off", "de": "Auftakt"},
    "coach.short.anniversary": {"en": "anniversary", "de": "Jahrestag"},
    "coach.short.objection": {"en": "objection", "de": "Einwand"},
    # -- due: the one thing to do -----------------------------------------------------
    "coach.action.support.annoyed": {
        "en": "Let them say what annoys them and listen to the end; offer nothing, ask "
              "what would help.",
        "de": "Lassen Sie den Kunden sagen, was ihn ärgert, und hören Sie bis zum Ende zu; "
              "bieten Sie nichts an, fragen Sie, was helfen würde.",
    },
    "coach.action.support.depressed": {
        "en": "Call as a person, not a seller: ask how they are and just listen.",
        "de": "Rufen Sie als Mensch an, nicht als Verkäufer: fragen Sie, wie es geht, und "
              "hören Sie einfach zu.",
    },
    "coach.action.support.desperate": {
        "en": "Ask what they need most right now and help where you can; no offer.",
        "de": "Fragen Sie, was gerade am dringendsten gebraucht wird, und helfen Sie, wo Sie "
              "können; kein Angebot.",
    },
    "coach.action.support.uncertain": {
        "en": "Inform honestly and clearly about what is possible and what is not; no "
              "pressure.",
        "de": "Informieren Sie ehrlich und klar, was möglich ist und was nicht; kein Druck.",
    },
    "coach.action.support.passive": {
        "en": "Be there without pushing: a short genuine call, one open question, no offer.",
        "de": "Seien Sie da, ohne zu drängen: ein kurzes echtes Gespräch, eine offene Frage, "
              "kein Angebot.",
    },
    "coach.action.mood.optimistic": {
        "en": "They are optimistic: share it, ask what they expect, and promise only what "
              "you can keep.",
        "de": "Der Kunde ist zuversichtlich: teilen Sie das, fragen Sie, was er erwartet, und "
              "versprechen Sie nur, was Sie halten können.",
    },
    "coach.action.mood.active": {
        "en": "They are getting things done: ask what they are planning and where you can "
              "help.",
        "de": "Der Kunde packt an: fragen Sie, was er plant und wo Sie helfen können.",
    },
    "coach.action.pressure": {
        "en": "Step back: a genuine contact without any offer; ask what they need and let "
              "them come to you.",
        "de": "Nehmen Sie den Druck heraus: ein echter Kontakt ganz ohne Angebot; fragen Sie, "
              "was gebraucht wird, und lassen Sie den Kunden kommen.",
    },
    "coach.action.closing": {
        "en": "Ask: \u201cWhen would you like to start with {offer}?\u201d",
        "de": "Fragen Sie: \u201eWann möchten Sie mit {offer} starten?\u201c",
    },
    "coach.action.follow_up": {
        "en": "Follow up as you planned.",
        "de": "Melden Sie sich wie geplant.",
    },
    "coach.action.follow_up_concern": {
        "en": "Follow up as planned: \u201c{concern}\u201d",
        "de": "Melden Sie sich wie geplant: \u201e{concern}\u201c",
    },
    "coach.action.separated": {
        "en": "Part on good terms and close what is still open.",
        "de": "Gehen Sie im Guten auseinander und erledigen Sie, was noch offen ist.",
    },
    "coach.action.contact_left": {
        "en": "Meet the new contact: introduce yourself and ask what matters to them.",
        "de": "Lernen Sie die neue Ansprechperson kennen: Stellen Sie sich vor und fragen "
              "Sie, was der neuen Ansprechperson wichtig ist.",
    },
    "coach.action.contact_left_nobody": {
        "en": "Find out who is in charge now, and add them as the new key contact.",
        "de": "Finden Sie heraus, wer jetzt zuständig ist, und tragen Sie die Person als neuen "
              "Schlüsselkontakt ein.",
    },
    "coach.action.kick_off": {
        "en": "Kick off: the real work starts after the win. Agree on the next steps and "
              "say what you need from them.",
        "de": "Starten Sie gemeinsam: die eigentliche Arbeit beginnt nach dem Auftrag. "
              "Vereinbaren Sie die nächsten Schritte und sagen Sie, was Sie brauchen.",
    },
    "coach.action.objection": {
        "en": "Ask what is behind the objection, and hold your price: do not meet them "
              "halfway.",
        "de": "Fragen Sie, was hinter dem Einwand steckt, und bleiben Sie bei Ihrem Preis: "
              "Kommen Sie beim Preis nicht auf halbem Weg entgegen.",
    },
    "coach.action.after_no": {
        "en": "They said no: stay in touch casually, without selling; ask how they are.",
        "de": "Der Kunde hat Nein gesagt: bleiben Sie locker in Kontakt, ohne zu verkaufen; "
              "fragen Sie, wie es geht.",
    },
    "coach.action.anniversary": {
        "en": "Another year together: remember why you wanted them, and tell them what you "
              "value.",
        "de": "Wieder ein Jahr gemeinsam: erinnern Sie sich, warum Sie diesen Kunden wollten, "
              "und sagen Sie ihm, was Sie schätzen.",
    },
    "coach.action.illusion": {
        "en": "Call with a real concern or question, not just to hear all is well.",
        "de": "Rufen Sie mit einem echten Anliegen an, nicht nur, um zu hören, dass alles "
              "gut ist.",
    },
    "coach.action.never_genuine": {
        "en": "Have a real conversation: bring a concern, ask what is on their mind.",
        "de": "Führen Sie ein echtes Gespräch: bringen Sie ein Anliegen mit und fragen Sie, "
              "was den Kunden beschäftigt.",
    },
    "coach.action.never_genuine.courtship": {
        "en": "Make a first real contact: be useful, ask about their needs, no pitch.",
        "de": "Suchen Sie einen ersten echten Kontakt: Seien Sie nützlich, fragen Sie nach dem "
              "Bedarf und machen Sie kein Angebot.",
    },
    "coach.action.single_threaded": {
        "en": "Get to know a second person there, so it does not hang on one.",
        "de": "Lernen Sie dort eine zweite Person kennen, damit nicht alles an einer hängt.",
    },
    "coach.action.struggle.early": {
        "en": "Say openly what does not work and what you need; remember why you wanted "
              "them.",
        "de": "Sagen Sie offen, was nicht funktioniert und was Sie brauchen; erinnern Sie "
              "sich, warum Sie diesen Kunden wollten.",
    },
    "coach.action.struggle.decide": {
        "en": "The struggle persists: decide whether to change it, love it or leave it; if "
              "you leave, part on good terms (relj end).",
        "de": "Der Machtkampf hält an: Entscheiden Sie, ob Sie die Lage ändern, sie annehmen "
              "oder gehen. Wenn Sie gehen, dann im Guten (relj end).",
    },
    "coach.action.phase.unknown": {
        "en": "Have a genuine conversation and note where the relationship stands "
              "(relj phase --set).",
        "de": "Führen Sie ein echtes Gespräch und halten Sie fest, wo die Beziehung steht "
              "(relj phase --set).",
    },
    "coach.action.phase.courtship": {
        "en": "Get in touch with something useful for them; pull, don't push.",
        "de": "Melden Sie sich mit etwas, das dem Kunden nützt: Sog statt Druck.",
    },
    "coach.action.phase.infatuation": {
        "en": "Get in touch: learn what they need and keep what you promised.",
        "de": "Melden Sie sich: lernen Sie, was der Kunde braucht, und halten Sie, was Sie "
              "versprochen haben.",
    },
    "coach.action.phase.disenchantment": {
        "en": "Ask about their doubts and welcome objections; hold your price.",
        "de": "Fragen Sie nach Zweifeln und begrüßen Sie Einwände; bleiben Sie bei Ihrem "
              "Preis.",
    },
    "coach.action.phase.struggle": {
        "en": "Say openly what does not work and what you need; remember why you wanted "
              "them.",
        "de": "Sagen Sie offen, was nicht funktioniert und was Sie brauchen; erinnern Sie "
              "sich, warum Sie diesen Kunden wollten.",
    },
    "coach.action.phase.me-you-us": {
        "en": "Get in touch genuinely: ask what is coming up for them.",
        "de": "Melden Sie sich mit echtem Interesse: fragen Sie, was ansteht.",
    },
    "coach.action.phase.home": {
        "en": "Keep trust alive: a genuine call, no selling needed.",
        "de": "Halten Sie das Vertrauen lebendig: ein echtes Gespräch, ohne zu verkaufen.",
    },
    "coach.action.phase.separated": {
        "en": "Nothing is due; part on good terms.",
        "de": "Nichts ist fällig; gehen Sie im Guten auseinander.",
    },
    "coach.action.add.why": {"en": "Why: {why}.", "de": "Warum: {why}."},
    "coach.action.add.needs": {"en": "Needs: {needs}.", "de": "Braucht: {needs}."},
    # -- due: the screen -----------------------------------------------------------
    "coach.due_title": {
        "en": "Due on {today}: {shown} of {total}",
        "de": "Fällig am {today}: {shown} von {total}",
    },
    "coach.due_caption": {
        "en": "Days: since the last genuine contact (- never). Details: relj due --json",
        "de": "Tage: seit dem letzten echten Kontakt (- nie). Details: relj due --json",
    },
    "coach.due_more": {
        "en": "{count} more: relj due --all",
        "de": "{count} weitere: relj due --all",
    },
    "coach.due_empty": {
        "en": "Nobody needs you urgently today. A good day for a genuine call anyway.",
        "de": "Heute braucht Sie niemand dringend. Ein guter Tag für ein echtes Gespräch.",
    },
    "coach.no_customers": {
        "en": "No customers yet: add one with relj add NAME.",
        "de": "Noch keine Kunden: Legen Sie einen mit relj add NAME an.",
    },
    "coach.bad_phase": {
        "en": "--phase '{value}' is not a phase: use 0-5 or a name such as struggle or separated",
        "de": "--phase '{value}' ist keine Phase: Geben Sie 0-5 oder einen Namen wie struggle "
              "oder separated an",
    },
    # -- P8: due --all (issue 12) ------------------------------------------------------
    "coach.due_title_all": {
        "en": "Everyone with a reason on {today} (--all): {acting} due today, {others} more",
        "de": "Alle mit einem Grund am {today} (--all): {acting} heute fällig, {others} weitere",
    },
    "coach.due_only_all": {
        "en": "nothing due today (--all)",
        "de": "heute nichts fällig (--all)",
    },
}

# One voice: a follow-up that falls due with the closing question serves both.
MESSAGES.update({
    "coach.action.follow_up_closing_concern": {
        "en": "Follow up as planned on \u201c{concern}\u201d, then ask: \u201cWhen would you "
              "like to start with {offer}?\u201d",
        "de": "Melden Sie sich wie geplant zu \u201e{concern}\u201c und fragen Sie dann: "
              "\u201eWann möchten Sie mit {offer} starten?\u201c",
    },
    "coach.action.follow_up_closing": {
        "en": "Follow up as planned, then ask: \u201cWhen would you like to start with "
              "{offer}?\u201d",
        "de": "Melden Sie sich wie geplant und fragen Sie dann: \u201eWann möchten Sie mit "
              "{offer} starten?\u201c",
    },
})
