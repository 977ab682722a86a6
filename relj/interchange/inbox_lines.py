"""One line of ``inbox.md`` read as a quick note (SPEC §2): pure, no files, no journal.

A note is a Markdown list item ``- [DATE] CUSTOMER: free text`` typed anywhere
(a phone's git client, any editor, `relj note`), so the reader is forgiving
where a person is and strict where a guess would invent history:

- ``[DATE]`` is optional (ISO ``2026-11-24``, German ``24.11.2026``, with a time
  ``2026-11-24 14:30`` as `relj note` writes it); a date after today is refused,
  because a note records what happened.
- Tokens are words that start with a sigil and a letter: ``#signal``, ``@mood``,
  ``?yes|no|later``, ``>DAY`` (a follow-up: ``>friday``, ``>15.12.``, ``>+2w``), each as its code
  or its English or German word (``@genervt``, ``#einwand:preis``, ``?später``).
  ``#2`` or ``anna@example.com`` are not tokens and stay text.
- Free text that starts with ``check-in`` or ``kontrolle`` (``Kontrollbesuch``,
  ``Kontrollkontakt``) marks a check-in; its text becomes the note, not a concern.

Every list item (``- `` or ``* ``, and ``-[DATE]`` without the space) is a note,
except task boxes ``- [ ]`` and ``- [x]``; anything else (blank lines, headings,
prose) is not a note and is left alone by the caller. A list item that cannot be
read (``- Keller Anruf gut`` with the colon forgotten, ``- []Alder: x``) raises a
``FileProblem`` naming its line and what is missing, so it is never mistaken
for prose and forgotten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from relj.errors import FileProblem, ReljError

INBOX_NAME = "inbox.md"

# "- " or "* " (or "-[" with the space forgotten), then an optional "[...]", then the rest.
_ITEM = re.compile(r"^\s*(?:[-*]\s+|-(?=\[))(?:\[(?P<date>[^\]]*)\]\s*)?(?P<rest>.*)$")
_TASK_BOX = re.compile(r"^(?:\s+|\s*[xX]\s*)$")  # "- [ ] buy milk" is a task, not a note
_TOKEN = re.compile(r"^(?P<sigil>[#@?])(?P<word>[^\W\d_].*)$|^(?P<due>>)(?P<day>\S+)$")
_CHECK_IN = re.compile(r"^(?:check-?in|kontroll(?:e|besuch|kontakt|anruf)?)\b[\s,.:;!-]*",
                       re.IGNORECASE)
_SIGIL_KIND = {"#": "signal", "@": "mood", "?": "closing"}
_CUSTOMER_MAX = 120  # a longer "prefix" is a sentence with a colon, not a customer


@dataclass(frozen=True)
class Note:
    """What one inbox line says; the customer is still the text as typed."""

    number: int
    line: str
    customer: str
    at: date | datetime | None  # None: the line gives no date
    text: str | None
    check_in: bool = False
    mood: str | None = None
    signals: tuple[str, ...] = field(default=())
    closing: str | None = None
    follow_up: date | None = None

    @property
    def genuine(self) -> bool:
        """A line with something to say is a genuine contact unless it is marked as a
        check-in; an empty one is a check-in, as `relj log` without a concern is."""
        return not self.check_in and self.text is not None


def parse_note(number: int, line: str, now: datetime, today: date) -> Note | None:
    """Line ``number`` of inbox.md as a Note, or None when it is no note at all.

    ``now`` (aware) gives the UTC offset of a time in the line; ``today`` is the
    latest day a line may carry.
    """
    item = _ITEM.match(line)
    if item is None:
        return None
    date_text, rest = item.group("date"), item.group("rest")
    if date_text is not None and _TASK_BOX.match(date_text):
        return None
    if date_text is not None and not date_text.strip():
        raise FileProblem(INBOX_NAME, number, "notes.empty_date")
    customer, colon, body = rest.partition(":")
    customer = customer.strip()
    if not colon or not customer or len(customer) > _CUSTOMER_MAX or _has_token(customer):
        raise FileProblem(INBOX_NAME, number, "notes.no_customer")
    try:
        at = moment_of(date_text, now, today) if date_text is not None else None
        return _with_tokens(Note(number, line, customer, at, None), body, at or today)
    except FileProblem:
        raise
    except ReljError as error:
        raise FileProblem(INBOX_NAME, number, error.key, **error.fields) from None


def _has_token(text: str) -> bool:
    return any(_TOKEN.match(word) for word in text.split())


def moment_of(text: str, now: datetime, today: date) -> date | datetime:
    """When a note says it happened: a date, or a datetime in ``now``'s offset; never
    after ``today``."""
    from relj.dates import day_text, parse_moment
    from relj.model import day_of

    at = parse_moment(text, now.replace(year=today.year, month=today.month, day=today.day))
    if day_of(at) > today:
        raise ReljError("notes.future_date", value=text.strip(), day=day_text(day_of(at)),
                        today=day_text(today))
    return at


def _with_tokens(note: Note, body: str, day: date | datetime) -> Note:
    """The note with its tokens read into fields and the rest as its text."""
    from dataclasses import replace

    from relj.dates import parse_day
    from relj.model import day_of

    words: list[str] = []
    signals: list[str] = []
    mood, closing, follow_up = note.mood, note.closing, note.follow_up
    for word in body.split():
        token = _TOKEN.match(word)
        if token is None:
            words.append(word)
            continue
        if token.group("due"):
            follow_up = parse_day(token.group("day"), day_of(day), "future")
            continue
        sigil, typed = token.group("sigil"), token.group("word").rstrip(",.;!")
        code = _code(_SIGIL_KIND[sigil], typed, word)
        if sigil == "@":
            mood = code
        elif sigil == "?":
            closing = code
        elif code not in signals:
            signals.append(code)
    text = " ".join(words)
    marker = _CHECK_IN.match(text)
    if marker is not None:
        text = text[marker.end():]
    return replace(note, text=text.strip() or None, check_in=marker is not None, mood=mood,
                   signals=tuple(signals), closing=closing, follow_up=follow_up)


def _code(kind: str, typed: str, word: str) -> str:
    from relj.i18n import accepted_words, code_of

    code = code_of(kind, typed)
    if code is None:
        raise ReljError(f"notes.unknown_{kind}", word=word,
                        choices=", ".join(accepted_words(kind)))
    return code


def note_line(written: datetime, text: str) -> str:
    """The line `relj note` adds: ``- [2026-11-30 14:05] müller: …`` (ISO, so that
    both languages read it back; the time keeps several notes of a day in order)."""
    return f"- [{written.date().isoformat()} {written:%H:%M}] {text}"  # %Y: "1" for year 1
