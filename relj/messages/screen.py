"""Words of the screens themselves: column heads of the tables and the rows of
`relj show` (the coach's sentences are in coach.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "screen.head.customer": {"en": "Customer", "de": "Kunde"},
    "screen.head.customer_phase": {"en": "Customer, phase", "de": "Kunde, Phase"},
    "screen.head.why": {"en": "Why", "de": "Warum"},
    "screen.head.todo": {"en": "To do", "de": "Zu tun"},
    "screen.head.days": {"en": "Days", "de": "Tage"},
    "screen.head.phase": {"en": "Phase", "de": "Phase"},
    "screen.head.offers": {"en": "Offers", "de": "Angebote"},
    "screen.head.tags": {"en": "Tags", "de": "Tags"},
    "screen.head.date": {"en": "Date", "de": "Datum"},
    "screen.head.what": {"en": "What", "de": "Was"},
    "screen.show.status": {"en": "Status", "de": "Status"},
    "screen.show.customer_since": {"en": "customer since {day}", "de": "Kunde seit {day}"},
    "screen.show.prospect": {"en": "prospect", "de": "Interessent"},
    "screen.show.ended": {"en": "ended {day}", "de": "beendet am {day}"},
    "screen.show.why": {"en": "Why", "de": "Warum"},
    "screen.show.tags": {"en": "Tags", "de": "Tags"},
    "screen.show.contacts": {"en": "Contacts", "de": "Kontakte"},
    "screen.show.key": {"en": "key contact", "de": "Schlüsselkontakt"},
    "screen.show.genuine": {"en": "Genuine contact", "de": "Echter Kontakt"},
    "screen.show.never": {"en": "never", "de": "nie"},
    "screen.show.streak": {"en": "Check-ins in a row", "de": "Kontrollkontakte in Folge"},
    "screen.show.mood": {"en": "Mood", "de": "Stimmung"},
    "screen.show.offers": {"en": "Open offers", "de": "Offene Angebote"},
    "screen.show.no_offers": {"en": "none", "de": "keine"},
    "screen.show.opened": {"en": "opened {day}", "de": "seit dem {day}"},
    "screen.show.closing_due": {"en": "closing question due", "de": "Abschlussfrage fällig"},
    "screen.show.no_interactions": {"en": "none yet", "de": "noch keine"},
    "screen.show.pitched": {"en": "pitched", "de": "angeboten"},
    "screen.show.follow_up": {"en": "follow-up {day}", "de": "Wiedervorlage am {day}"},
    "screen.show.cadence": {
        "en": "wanted {days:every day|every # days} ({text})",
        "de": "gewünscht {days:jeden Tag|alle # Tage} ({text})",
    },
    "screen.show.closing_answer": {
        "en": "closing answer: {answer}",
        "de": "Antwort auf die Abschlussfrage: {answer}",
    },
    "screen.show.days_ago": {"en": "{days:today|yesterday|# days ago}",
                             "de": "{days:heute|gestern|vor # Tagen}"},
    # what due sees today, in show and phase (Principle 1: modifiers show there)
    "screen.show.today": {"en": "Today", "de": "Heute"},
    "screen.watch": {"en": "to watch: {items}", "de": "im Blick: {items}"},
    "screen.phase_today": {"en": "Today: {reasons}", "de": "Heute: {reasons}"},
}
