"""`relj edit`: edit a copy, check it, and only then replace the customer's file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.errors import FileProblem, ReljError
from relj.i18n import t

if TYPE_CHECKING:
    from relj.storage.journal import Journal


def edit_customer(journal: Journal, query: str) -> None:
    from relj.catalogue import resolve
    from relj.cli.editor import edit_text
    from relj.render import out
    from relj.render.prompt import ask, interactive
    from relj.storage.codec import parse_customer
    from relj.storage.files import make_private_dir

    slug = resolve(journal, query)
    original = journal.read_bytes(slug)
    text = original.decode("utf-8", errors="replace")
    shown = text  # bytes that are not UTF-8 show as U+FFFD: only a real edit may replace them
    make_private_dir(journal.private_dir)
    while True:
        text = edit_text(text, suffix=".toml", folder=journal.private_dir)
        new = text.encode("utf-8")
        if new == original or text == shown:
            out(t("core.edit_unchanged", path=journal.display_path(slug)))
            return
        try:
            parse_customer(slug, journal.display_path(slug), new)
            break
        except FileProblem as problem:
            out(problem.message())
            again = interactive() and ask(t("core.edit_reopen")).lower() not in ("n", "no", "nein")
            if not again:
                discarded = ReljError("core.edit_discarded", path=journal.display_path(slug))
                raise kept(journal, f"edit-{slug}", ".toml", new, discarded) from None

    def change(current: bytes) -> bytes:
        if current != original:
            raise ReljError("core.changed_meanwhile", path=journal.display_path(slug))
        return new

    try:
        journal.update(slug, change)
    except ReljError as error:  # changed meanwhile, a full disk, a lock timeout
        raise kept(journal, f"edit-{slug}", ".toml", new, error) from None
    out(t("core.edit_saved", path=journal.display_path(slug)))


def kept(journal: Journal, stem: str, suffix: str, text: bytes, error: ReljError) -> ReljError:
    """Nothing typed is lost: the text goes to .relj/ and the error says where
    (``relj edit``'s file, ``relj log --edit``'s note)."""
    import secrets

    from relj.storage.files import atomic_write, relative

    path = journal.private_dir / f"{stem}-{secrets.token_hex(3)}{suffix}"
    try:
        atomic_write(path, text)
    except ReljError:
        return error  # not even .relj/ is writable: the original error says enough
    return ReljError("safety.edit_kept", reason=error.message(), path=relative(path))
