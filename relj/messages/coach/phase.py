"""The coach on phases: evidence, advice per phase, the `relj phase` screen,
observed time and assessments (seeds 001, 002)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- evidence: how the phase came about -------------------------------------
    "coach.ev.start": {
        "en": "won as a customer: {phase} begins",
        "de": "als Kunde gewonnen: {phase} beginnt",
    },
    "coach.ev.contact_left": {
        "en": "the key contact left: a new relationship begins ({phase})",
        "de": "der Ansprechpartner hat gewechselt: eine neue Beziehung beginnt ({phase})",
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
        "en": "{signal}: {count:# struggle signal|# struggle signals} within "
              "{days:# day|# days}, back in {phase}",
        "de": "{signal}: {count:# Signal|# Signale} des Machtkampfs in {days:# Tag|# Tagen}, "
              "wieder im {phase}",
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
        "en": "{days:# day|# days} without a signal: the infatuation fades by itself, now {phase}",
        "de": "{days:# Tag|# Tage} ohne Signal: die Verliebtheit verfliegt von selbst, jetzt "
              "{phase}",
    },
    "coach.ev.calm": {
        "en": "{days:# calm day|# calm days} with genuine contact: now {phase}",
        "de": "{days:# ruhiger Tag|# ruhige Tage} mit echtem Kontakt: jetzt {phase}",
    },
    "coach.ev.tenure": {
        "en": "{days:# day|# days} together, trust shown, no struggle for {quiet:# day|# days}: "
              "now {phase}",
        "de": "{days:# Tag|# Tage} gemeinsam, Vertrauen gezeigt, {quiet:# Tag|# Tage} ohne "
              "Machtkampf: jetzt {phase}",
    },
    "coach.ev.ended": {
        "en": "the relationship ended ({phase})",
        "de": "die Beziehung ist beendet ({phase})",
    },
    # -- advice per phase (seeds 001, 002) -----------------------------------------
    "coach.advice.courtship": {
        "en": "Win them by pull, not push: listen, help with something small, and let them "
              "come to you. Winning them is only the prelude; the real work starts after.",
        "de": "Gewinnen Sie durch Sog, nicht durch Druck: Hören Sie zu, helfen Sie bei etwas "
              "Kleinem und lassen Sie den Kunden auf sich zukommen. Der Auftrag ist nur das "
              "Vorspiel; die eigentliche Arbeit beginnt danach.",
    },
    "coach.advice.infatuation": {
        "en": "Enjoy the good start, and use it: learn how they tick and what they need, keep "
              "every promise, and say clearly what you need too.",
        "de": "Genießen Sie den guten Anfang und nutzen Sie ihn: lernen Sie, wie der Kunde tickt "
              "und was er braucht, halten Sie jedes Versprechen und sagen Sie klar, was Sie "
              "brauchen.",
    },
    "coach.advice.disenchantment": {
        "en": "Objections are welcome: they show what really matters to them. Accept that not "
              "every hope can be met, talk openly about price and scope, and do not meet them "
              "halfway on price.",
        "de": "Einwände sind willkommen: Sie zeigen, worauf es dem Kunden wirklich ankommt. "
              "Nicht jede Erwartung lässt sich erfüllen. Sprechen Sie offen über Preis und "
              "Umfang, und kommen Sie beim Preis nicht auf halbem Weg entgegen.",
    },
    "coach.advice.struggle": {
        "en": "Do not quit at the first quarrel: say openly what does not work and what you "
              "need, and remember why you wanted this customer. Only if the struggle lasts or "
              "keeps coming back: change it, love it or leave it.",
        "de": "Geben Sie nicht beim ersten Streit auf: Sagen Sie offen, was nicht funktioniert "
              "und was Sie brauchen, und erinnern Sie sich, warum Sie diesen Kunden wollten. "
              "Erst wenn der Machtkampf anhält oder immer wiederkehrt, heißt es: ändern Sie "
              "die Lage, nehmen Sie sie an oder gehen Sie.",
    },
    "coach.advice.struggle.decide": {
        "en": "This struggle keeps coming back. Decide: change it, love it or leave it; if you "
              "leave, part on good terms (relj end).",
        "de": "Dieser Machtkampf kehrt immer wieder. Entscheiden Sie sich: Ändern Sie die "
              "Lage, nehmen Sie sie an oder gehen Sie. Wenn Sie gehen, dann im Guten (relj end).",
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
    # -- P1: observed time only, assessments (issue 12) --------------------------------
    "coach.ev.unknown": {
        "en": "a customer since {since}, recorded from this day on: the phase is unknown "
              "until a signal or your assessment decides it",
        "de": "Kunde seit dem {since}, erfasst ab diesem Tag: Die Phase ist unbekannt, bis ein "
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
