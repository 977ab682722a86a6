"""Slugs (SPEC §2) and the name folding used to find customers."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from relj.slugs import SLUG_RE, fold, is_valid_slug, slugify, unique_slug

SLUGS = [
    ("Müller & Söhne", "mueller-soehne"),
    ("Müller Maschinenbau GmbH", "mueller-maschinenbau-gmbh"),
    ("MÜLLER", "mueller"),
    ("Ärzte Öl Übersee", "aerzte-oel-uebersee"),
    ("Straße", "strasse"),
    ("GROẞHANDEL", "grosshandel"),
    ("Mu\u0308ller", "mueller"),  # a decomposed ü is still an ü
    ("Café Crème", "cafe-creme"),
    ("Señor Núñez", "senor-nunez"),
    ("Søren Ærø", "soren-aero"),
    ("Łódź", "lodz"),
    ("ﬁne ①", "fine-1"),
    ("ℌello", "hello"),
    ("Acme Inc.", "acme-inc"),
    ("  Acme  ", "acme"),
    ("a/b", "a-b"),
    ("a\\b", "a-b"),
    ("../../x", "x"),
    ("..", "customer"),
    ("/etc/passwd", "etc-passwd"),
    ("C:\\Windows", "c-windows"),
    ("x\n.toml", "x-toml"),
    ("--a--b--", "a-b"),
    ("a---b", "a-b"),
    ("a_b", "a-b"),
    ("R2-D2", "r2-d2"),
    ("3M", "3m"),
    ("!!!", "customer"),
    ("", "customer"),
    ("   ", "customer"),
    ("東京", "customer"),
    ("Москва", "customer"),
    ("東京 Trading", "trading"),
    ("x" * 61, "x" * 60),
    ("a" * 59 + " b", "a" * 59),  # cut at 60 leaves a trailing '-', which goes
    ("a" * 58 + "-bc", "a" * 58 + "-b"),
]


@pytest.mark.parametrize(("name", "slug"), SLUGS)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


VALID = ["a", "0", "acme", "mueller-soehne", "r2-d2", "a-b-c", "customer-2", "a--b",
         "x" * 60]
INVALID = ["", "-", "-a", "a-", "A", "Acme", "a b", "a/b", "..", ".", "a.toml", "../x",
           "ä", "a_b", "x" * 61, "a\n", "\na", "a\x00", "a\\b", "ａ"]


@pytest.mark.parametrize("slug", VALID)
def test_valid_slugs(slug: str) -> None:
    assert is_valid_slug(slug)
    assert SLUG_RE.match(slug)


@pytest.mark.parametrize("text", INVALID)
def test_invalid_slugs(text: str) -> None:
    assert not is_valid_slug(text)
    assert not SLUG_RE.match(text)


@given(st.text())
def test_slugify_always_gives_a_safe_valid_slug(name: str) -> None:
    slug = slugify(name)
    assert is_valid_slug(slug)
    assert SLUG_RE.match(slug)
    assert 1 <= len(slug) <= 60
    assert "/" not in slug and ".." not in slug and "\\" not in slug
    assert slug.isascii() and slug == slug.lower()


@given(st.text(alphabet=st.characters(codec="ascii"), min_size=1))
def test_slugify_is_idempotent(name: str) -> None:
    assert slugify(slugify(name)) == slugify(name)


@given(st.from_regex(SLUG_RE, fullmatch=True))
def test_a_slug_without_double_hyphens_is_its_own_slug(slug: str) -> None:
    # "a--b" is a valid file name (written by hand), but slugify folds runs to one '-'
    assume("--" not in slug)
    assert slugify(slug) == slug


# -- unique_slug ----------------------------------------------------------------

UNIQUE = [
    ("acme", [], "acme"),
    ("acme", ["other"], "acme"),
    ("acme", ["acme"], "acme-2"),
    ("acme", ["acme", "acme-2"], "acme-3"),
    ("acme", ["acme", "acme-3"], "acme-2"),
    ("acme", ["acme"] + [f"acme-{n}" for n in range(2, 12)], "acme-12"),
    ("x" * 60, ["x" * 60], "x" * 58 + "-2"),
    ("x" * 60, ["x" * 60] + [f"{'x' * 58}-{n}" for n in range(2, 10)], "x" * 57 + "-10"),
    ("a" * 57 + "-bc", ["a" * 57 + "-bc"], "a" * 57 + "-2"),  # no '--' from the cut
    ("customer", ["customer"], "customer-2"),
    ("../x", [], "x"),  # not a slug: slugified first
]


@pytest.mark.parametrize(("base", "taken", "expected"), UNIQUE)
def test_unique_slug(base: str, taken: list[str], expected: str) -> None:
    got = unique_slug(base, taken)
    assert got == expected
    assert is_valid_slug(got)


@given(st.text(), st.lists(st.text(alphabet="ab-2", min_size=1, max_size=5), max_size=20),
       st.integers(min_value=1, max_value=15))
def test_unique_slug_never_returns_a_taken_slug(name: str, noise: list[str], runs: int) -> None:
    base = slugify(name)
    taken = {base, *noise}
    for _ in range(runs):  # the same name added again and again
        got = unique_slug(base, taken)
        assert got not in taken
        assert is_valid_slug(got) and len(got) <= 60
        taken.add(got)


@given(st.from_regex(SLUG_RE, fullmatch=True), st.sets(st.from_regex(SLUG_RE, fullmatch=True)))
def test_unique_slug_is_the_base_when_it_is_free(base: str, taken: set[str]) -> None:
    assume(base not in taken)
    assert unique_slug(base, taken) == base


# -- fold -----------------------------------------------------------------------

SAME = [
    ("Müller", "Mueller"),
    ("Müller", "MÜLLER"),
    ("Müller", "mueller"),
    ("Mu\u0308ller", "Müller"),
    ("Straße", "STRASSE"),
    ("Café", "cafe"),
    ("Crème Brûlée", "creme brulee"),
    ("Søren", "soren"),
    ("Østergaard", "ostergaard"),
    ("東京", "東京"),
]
DIFFERENT = [
    ("Müller", "Miller"),
    ("Acme", "Acne"),
    ("東京", "京都"),
    ("Anna", "Hanna"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_fold_makes_the_same_name_match(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_fold_keeps_different_names_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_fold_gives_the_transliterated_lowercase_key() -> None:
    assert fold("Müller & Söhne") == "mueller & soehne"


@given(st.text())
def test_fold_is_idempotent_and_case_blind(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()
