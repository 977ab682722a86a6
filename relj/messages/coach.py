"""Messages of the coach: phases, evidence, advice, due reasons and actions, views.

The ideas come from the seed texts (shared/seeds 000-003); the wording is relj's own.
Labels of moods, signals and phase names live in ``labels`` (shared by all commands).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- evidence: how the phase came about -------------------------------------
    "coach.ev.start": {
        "en": "won as a customer: {phase} begins",
        "de": "als Kunde gewonnen: {phase} beginnt",
    },
    "coach.ev.contact_left": {
        "en": "the key contact left: a new relationship begins ({phase})",
        "de": "der Schlüsselkontakt ist gegangen: eine neue Beziehung beginnt ({phase})",
    },
    "coach.ev.disenchant": {
        "en": "{signal}: the first doubts, now {phase}",
        "de": "{signal}: die ersten Zweifel, jetzt {phase}",
    },
    "coach.ev.struggle": {
        "en": "{signal}: the relationship is put to the test, now {phase}",
        "de": "{signal}: die Beziehung wird auf die Probe gestellt, jetzt {phase}",
    },
    "coach.ev.restart": {
        "en": "{signal}: the calm has to start again ({phase})",
        "de": "{signal}: die ruhige Zeit beginnt von vorn ({phase})",
    },
    "coach.ev.relapse": {
        "en": "{signal}: {count} struggle signals within {days} days, back to {phase}",
        "de": "{signal}: {count} Signale des Machtkampfs in {days} Tagen, zurück zu {phase}",
    },
    "coach.ev.noted": {
        "en": "{signal}: one struggle signal alone does not end {phase}",
        "de": "{signal}: ein einzelnes Signal beendet {phase} noch nicht",
    },
    "coach.ev.trust": {
        "en": "{signal}: they showed their trust ({phase})",
        "de": "{signal}: der Kunde hat sein Vertrauen gezeigt ({phase})",
    },
    "coach.ev.fade": {
        "en": "{days} days without a signal: the infatuation fades by itself, now {phase}",
        "de": "{days} Tage ohne Signal: die Verliebtheit verfliegt von selbst, jetzt {phase}",
    },
    "coach.ev.calm": {
        "en": "{days} calm days with genuine contact: now {phase}",
        "de": "{days} ruhige Tage mit echtem Kontakt: jetzt {phase}",
    },
    "coach.ev.tenure": {
        "en": "{days} days together, trust shown, no struggle for {quiet} days: now {phase}",
        "de": "{days} Tage gemeinsam, Vertrauen gezeigt, {quiet} Tage ohne Machtkampf: jetzt "
              "{phase}",
    },
    "coach.ev.ended": {
        "en": "the relationship ended ({phase})",
        "de": "die Beziehung ist beendet ({phase})",
    },
    # -- advice per phase (seeds 001, 002) -----------------------------------------
    "coach.advice.courtship": {
        "en": "Win them by pull, not push: listen, help with something small, and let them "
              "come to you. Winning them is only the prelude; the real work starts after.",
        "de": "Gewinnen Sie durch Sog, nicht durch Druck: zuhören, bei etwas Kleinem helfen und "
              "den Kunden kommen lassen. Der Gewinn ist nur das Vorspiel; die Arbeit beginnt "
              "danach.",
    },
    "coach.advice.infatuation": {
        "en": "Enjoy the good start, and use it: learn how they tick and what they need, keep "
              "every promise, and say clearly what you need too.",
        "de": "Genießen Sie den guten Anfang und nutzen Sie ihn: lernen Sie, wie der Kunde tickt "
              "und was er braucht, halten Sie jedes Versprechen und sagen Sie klar, was Sie "
              "brauchen.",
    },
    "coach.advice.disenchantment": {
        "en": "Objections are welcome: they show what really matters. Accept that not every "
              "hope is met, talk openly about price and scope, and do not split the difference "
              "on price.",
        "de": "Einwände sind willkommen: sie zeigen, worauf es wirklich ankommt. Nicht jede "
              "Erwartung wird erfüllt; sprechen Sie offen über Preis und Umfang und treffen Sie "
              "sich beim Preis nicht in der Mitte.",
    },
    "coach.advice.struggle": {
        "en": "Remember why you wanted this customer. Then decide: change it, love it or leave "
              "it. Giving up at every disagreement never builds a lasting relationship.",
        "de": "Erinnern Sie sich, warum Sie diesen Kunden wollten. Dann entscheiden Sie: ändern, "
              "annehmen oder gehen. Wer bei jeder Meinungsverschiedenheit aufgibt, baut keine "
              "lange Beziehung auf.",
    },
    "coach.advice.me-you-us": {
        "en": "Time to breathe: you know how they tick. Keep the balance between closeness and "
              "independence, and when a big project comes, carry it out together.",
        "de": "Zeit zum Durchatmen: Sie wissen, wie der Kunde tickt. Halten Sie die Balance "
              "zwischen Nähe und Eigenständigkeit, und wenn ein großes Projekt kommt, setzen Sie "
              "es gemeinsam um.",
    },
    "coach.advice.home": {
        "en": "Do what is needed, no more, and keep trust alive: one purchase is no "
              "lifelong trust.",
        "de": "Tun Sie, was nötig ist, nicht mehr, und halten Sie das Vertrauen lebendig: ein "
              "Kauf ist kein Vertrauen auf Lebenszeit.",
    },
    "coach.advice.separated": {
        "en": "It is over, and that is fine. Part on good terms, so that you can still look "
              "each other in the eye.",
        "de": "Es ist vorbei, und das ist in Ordnung. Trennen Sie sich im Guten, damit Sie sich "
              "weiter in die Augen sehen können.",
    },
    "coach.advice.why": {
        "en": "Why you wanted this customer: {why}.",
        "de": "Warum Sie diesen Kunden wollten: {why}.",
    },
    "coach.advice.why_missing": {
        "en": "You never wrote down why you wanted this customer (`why` in its file): "
              "answer it now.",
        "de": "Sie haben nie notiert, warum Sie diesen Kunden wollten (`why` in der Datei): "
              "beantworten Sie es jetzt.",
    },
    "coach.why.dream": {"en": "a dream customer", "de": "ein Wunschkunde"},
    "coach.why.challenge": {"en": "the challenge", "de": "die Herausforderung"},
    "coach.why.money": {"en": "the money", "de": "das Geld"},
    # -- due: reasons as sentences (JSON "text") ------------------------------------
    "coach.reason.follow_up": {
        "en": "follow-up planned for {day} ({days} days ago)",
        "de": "Wiedervorlage geplant für {day} (vor {days} Tagen)",
    },
    "coach.reason.follow_up_concern": {
        "en": "follow-up planned for {day} ({days} days ago): {concern}",
        "de": "Wiedervorlage geplant für {day} (vor {days} Tagen): {concern}",
    },
    "coach.reason.genuine_overdue": {
        "en": "last genuine contact {age} days ago; you want one every {cadence} days",
        "de": "letzter echter Kontakt vor {age} Tagen; gewünscht ist einer alle {cadence} Tage",
    },
    "coach.reason.never_genuine": {
        "en": "no genuine contact yet: only check-ins, or nothing at all",
        "de": "noch kein echter Kontakt: nur Kontrollbesuche oder gar nichts",
    },
    "coach.reason.closing": {
        "en": "\u201c{offer}\u201d open for {days} days, {interactions} contacts since: "
              "time for the closing question",
        "de": "\u201e{offer}\u201c seit {days} Tagen offen, {interactions} Kontakte seitdem: "
              "Zeit für die Abschlussfrage",
    },
    "coach.reason.closing_answered": {
        "en": "\u201c{offer}\u201d: {days} days and {interactions} contacts since the last "
              "answer: ask again",
        "de": "\u201e{offer}\u201c: {days} Tage und {interactions} Kontakte seit der letzten "
              "Antwort: erneut fragen",
    },
    "coach.reason.closing_undated": {
        "en": "\u201c{offer}\u201d: {interactions} contacts and no closing question yet",
        "de": "\u201e{offer}\u201c: {interactions} Kontakte und noch keine Abschlussfrage",
    },
    "coach.reason.illusion": {
        "en": "the last {count} contacts were all check-ins: an illusion of contact",
        "de": "die letzten {count} Kontakte waren alle Kontrollbesuche: eine Illusion von Kontakt",
    },
    "coach.reason.mood_support": {
        "en": "last mood: {mood}; they need support, not selling",
        "de": "letzte Stimmung: {mood}; jetzt zählt Unterstützung, nicht Verkaufen",
    },
    "coach.reason.phase_risk": {
        "en": "phase {phase}: the relationship is being tested",
        "de": "Phase {phase}: die Beziehung steht auf dem Prüfstand",
    },
    "coach.reason.contact_left": {
        "en": "the key contact left {days} days ago ({day})",
        "de": "der Schlüsselkontakt ist vor {days} Tagen gegangen ({day})",
    },
    "coach.reason.single_threaded": {
        "en": "known contacts: {count}; one person leaving would start it all over",
        "de": "bekannte Kontakte: {count}; geht eine Person, beginnt alles von vorn",
    },
    "coach.reason.pressure_pitches": {
        "en": "{count} pitches within {days} days: pressure raises cancellations",
        "de": "{count} Angebote in {days} Tagen: Druck erhöht die Stornoquote",
    },
    "coach.reason.pressure_mood": {
        "en": "you pitched while they were {mood}",
        "de": "Sie haben etwas angeboten, obwohl der Kunde {mood} war",
    },
    # -- due: reasons in a few words (the table) ---------------------------------
    "coach.short.follow-up": {"en": "follow-up due", "de": "Wiedervorlage"},
    "coach.short.genuine-overdue": {"en": "contact overdue", "de": "Kontakt überfällig"},
    "coach.short.never-genuine": {"en": "never genuine", "de": "nie echt gesprochen"},
    "coach.short.closing-question": {"en": "closing question", "de": "Abschlussfrage"},
    "coach.short.illusion": {"en": "only check-ins", "de": "nur Kontrollbesuche"},
    "coach.short.mood-support": {"en": "mood: {mood}", "de": "Stimmung: {mood}"},
    "coach.short.phase-risk": {"en": "phase at risk", "de": "Phase kritisch"},
    "coach.short.contact-left": {"en": "key contact left", "de": "Kontakt gegangen"},
    "coach.short.single-threaded": {"en": "single-threaded", "de": "nur ein Kontakt"},
    "coach.short.pressure": {"en": "too much pressure", "de": "zu viel Druck"},
    # -- due: the one thing to do -----------------------------------------------------
    "coach.action.support.annoyed": {
        "en": "Listen and let them vent; offer nothing, ask what would help.",
        "de": "Zuhören und Dampf ablassen lassen; nichts anbieten, fragen, was hilft.",
    },
    "coach.action.support.depressed": {
        "en": "Call as a person, not a seller: ask how they are and just listen.",
        "de": "Als Mensch anrufen, nicht als Verkäufer: fragen, wie es geht, und zuhören.",
    },
    "coach.action.support.desperate": {
        "en": "Ask what they need most right now and help where you can; no offer.",
        "de": "Fragen, was gerade am dringendsten gebraucht wird, und helfen; kein Angebot.",
    },
    "coach.action.support.uncertain": {
        "en": "Give honest, clear information on what is possible; no pressure.",
        "de": "Ehrlich und klar informieren, was möglich ist; kein Druck.",
    },
    "coach.action.pressure": {
        "en": "Step back: no pitch next time; ask what they need and let them come to you.",
        "de": "Zurücktreten: beim nächsten Mal kein Angebot; fragen, was gebraucht wird.",
    },
    "coach.action.closing": {
        "en": "Ask: \u201cShall we go ahead with {offer}, and when?\u201d",
        "de": "Fragen: \u201eMachen wir {offer} \u2013 und wann?\u201c",
    },
    "coach.action.follow_up": {
        "en": "Follow up as you planned.",
        "de": "Wie geplant nachfassen.",
    },
    "coach.action.follow_up_concern": {
        "en": "Follow up as planned: {concern}",
        "de": "Wie geplant nachfassen: {concern}",
    },
    "coach.action.separated": {
        "en": "Part on good terms and close what is still open.",
        "de": "Im Guten auseinandergehen und Offenes abschließen.",
    },
    "coach.action.contact_left": {
        "en": "Meet the new contact: introduce yourself, ask what matters to them.",
        "de": "Den neuen Kontakt kennenlernen: vorstellen, fragen, was ihm wichtig ist.",
    },
    "coach.action.illusion": {
        "en": "Call with a real concern or question, not just to hear all is well.",
        "de": "Mit einem echten Anliegen anrufen, nicht nur, um zu hören, dass alles gut ist.",
    },
    "coach.action.never_genuine": {
        "en": "Have a real conversation: bring a concern, ask what is on their mind.",
        "de": "Ein echtes Gespräch führen: ein Anliegen mitbringen, nach ihren Themen fragen.",
    },
    "coach.action.never_genuine.courtship": {
        "en": "Make a first real contact: be useful, ask about their needs, no pitch.",
        "de": "Einen ersten echten Kontakt suchen: nützlich sein, nach Bedarf fragen, "
              "kein Angebot.",
    },
    "coach.action.single_threaded": {
        "en": "Get to know a second person there, so it does not hang on one.",
        "de": "Eine zweite Person dort kennenlernen, damit nicht alles an einer hängt.",
    },
    "coach.action.phase.courtship": {
        "en": "Get in touch with something useful for them; pull, don't push.",
        "de": "Mit etwas Nützlichem melden; Sog statt Druck.",
    },
    "coach.action.phase.infatuation": {
        "en": "Get in touch: learn what they need and keep what you promised.",
        "de": "Melden: lernen, was gebraucht wird, und Versprochenes halten.",
    },
    "coach.action.phase.disenchantment": {
        "en": "Ask about their doubts and welcome objections; hold your price.",
        "de": "Nach Zweifeln fragen, Einwände begrüßen; beim Preis bleiben.",
    },
    "coach.action.phase.struggle": {
        "en": "Remember why you wanted them; decide: change it, love it or leave it.",
        "de": "Sich erinnern, warum man ihn wollte; entscheiden: ändern, annehmen, gehen.",
    },
    "coach.action.phase.me-you-us": {
        "en": "Get in touch genuinely: ask what is coming up for them.",
        "de": "Echt melden: fragen, was bei ihnen ansteht.",
    },
    "coach.action.phase.home": {
        "en": "Keep trust alive: a genuine call, no selling needed.",
        "de": "Vertrauen pflegen: ein echtes Gespräch, ohne zu verkaufen.",
    },
    "coach.action.phase.separated": {
        "en": "Nothing is due; part on good terms.",
        "de": "Nichts fällig; im Guten auseinandergehen.",
    },
    # -- due: the screen -----------------------------------------------------------
    "coach.head.customer": {"en": "Customer", "de": "Kunde"},
    "coach.head.customer_phase": {"en": "Customer, phase", "de": "Kunde, Phase"},
    "coach.head.why": {"en": "Why", "de": "Warum"},
    "coach.head.todo": {"en": "To do", "de": "Zu tun"},
    "coach.head.days": {"en": "Days", "de": "Tage"},
    "coach.head.phase": {"en": "Phase", "de": "Phase"},
    "coach.head.offers": {"en": "Offers", "de": "Angebote"},
    "coach.head.tags": {"en": "Tags", "de": "Tags"},
    "coach.head.date": {"en": "Date", "de": "Datum"},
    "coach.head.what": {"en": "What", "de": "Was"},
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
        "de": "Noch keine Kunden: relj add NAME legt einen an.",
    },
    "coach.bad_phase": {
        "en": "--phase '{value}' is not a phase: use 0-5 or a name such as struggle or separated",
        "de": "--phase '{value}' ist keine Phase: 0-5 oder einen Namen wie struggle oder separated "
              "angeben",
    },
    # -- phase: the screen ------------------------------------------------------------
    "coach.phase_line": {
        "en": "Phase: {phase}",
        "de": "Phase: {phase}",
    },
    "coach.phase_override": {
        "en": "{phase} (set by hand; the signals say {computed})",
        "de": "{phase} (von Hand gesetzt; die Signale sagen {computed})",
    },
    "coach.phase_since": {
        "en": "{phase} since {day}",
        "de": "{phase} seit {day}",
    },
    "coach.phase_prospect": {
        "en": "A prospect: no evidence until you win them (`since` in the file).",
        "de": "Ein Interessent: keine Belege, bis er gewonnen ist (`since` in der Datei).",
    },
    "coach.advice": {"en": "Advice", "de": "Rat"},
    # -- show: the screen --------------------------------------------------------------
    "coach.show.status": {"en": "Status", "de": "Status"},
    "coach.show.customer_since": {"en": "customer since {day}", "de": "Kunde seit {day}"},
    "coach.show.prospect": {"en": "prospect", "de": "Interessent"},
    "coach.show.ended": {"en": "ended {day}", "de": "beendet am {day}"},
    "coach.show.why": {"en": "Why", "de": "Warum"},
    "coach.show.tags": {"en": "Tags", "de": "Tags"},
    "coach.show.contacts": {"en": "Contacts", "de": "Kontakte"},
    "coach.show.key": {"en": "key contact", "de": "Schlüsselkontakt"},
    "coach.show.genuine": {"en": "Genuine contact", "de": "Echter Kontakt"},
    "coach.show.days_ago": {"en": "{days} days ago", "de": "vor {days} Tagen"},
    "coach.show.never": {"en": "never", "de": "nie"},
    "coach.show.cadence": {
        "en": "wanted every {days} days ({text})",
        "de": "gewünscht alle {days} Tage ({text})",
    },
    "coach.show.streak": {"en": "Check-ins in a row", "de": "Kontrollbesuche in Folge"},
    "coach.show.mood": {"en": "Last mood", "de": "Letzte Stimmung"},
    "coach.show.offers": {"en": "Open offers", "de": "Offene Angebote"},
    "coach.show.no_offers": {"en": "none", "de": "keine"},
    "coach.show.opened": {"en": "opened {day}", "de": "seit {day}"},
    "coach.show.closing_due": {"en": "closing question due", "de": "Abschlussfrage fällig"},
    "coach.show.no_interactions": {"en": "none yet", "de": "noch keine"},
    "coach.show.pitched": {"en": "pitched", "de": "angeboten"},
    "coach.show.closing_answer": {
        "en": "closing answer: {answer}",
        "de": "Antwort auf die Abschlussfrage: {answer}",
    },
    "coach.show.follow_up": {"en": "follow-up {day}", "de": "Wiedervorlage {day}"},
    # -- P1: observed time only, assessments (issue 12) --------------------------------
    "coach.ev.unknown": {
        "en": "a customer since {since}, recorded from this day on: the phase is unknown "
              "until a signal or your assessment decides it",
        "de": "Kunde seit {since}, erfasst ab diesem Tag: die Phase ist unbekannt, bis ein "
              "Signal oder Ihre Einschätzung sie klärt",
    },
    "coach.ev.assessment": {
        "en": "your assessment: {phase}",
        "de": "Ihre Einschätzung: {phase}",
    },
    "coach.ev.assessment_note": {
        "en": "your assessment: {phase} ({note})",
        "de": "Ihre Einschätzung: {phase} ({note})",
    },
    "coach.advice.unknown": {
        "en": "relj has not seen enough of this relationship to judge it. Where does it "
              "stand today? Record it with `relj phase CUSTOMER --set PHASE`.",
        "de": "relj hat von dieser Beziehung zu wenig gesehen, um sie einzuschätzen. Wo steht "
              "sie heute? Halten Sie es mit `relj phase KUNDE --set PHASE` fest.",
    },
    "coach.action.phase.unknown": {
        "en": "Get in touch genuinely and find out where the relationship stands.",
        "de": "Echt melden und herausfinden, wo die Beziehung steht.",
    },
    "coach.phase_set": {
        "en": "Recorded for {customer}: {phase} on {day}",
        "de": "Für {customer} festgehalten: {phase} am {day}",
    },
    "coach.bad_phase_word": {
        "en": "'{value}' is no phase; use one of: {choices}",
        "de": "'{value}' ist keine Phase; möglich sind: {choices}",
    },
    "coach.set_needs_customer": {
        "en": "--set needs a customer and a phase: relj phase CUSTOMER --set PHASE",
        "de": "--set braucht einen Kunden und eine Phase: relj phase KUNDE --set PHASE",
    },
}
