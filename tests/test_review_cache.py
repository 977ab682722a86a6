"""relj review from each customer's part kept per file, day and --weeks: the same review."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from relj.analysis.review import review, review_of
from relj.catalogue.customers import all_customers, review_parts
from relj.catalogue.summaries import settings
from relj.storage.journal import Journal
from tests.helpers import invoke

TODAY = date(2026, 11, 24)


def test_cached_parts_give_the_review_of_the_whole_histories(example_journal: Path) -> None:
    journal = Journal(example_journal)
    for weeks in (4, 1, 4, 8):  # a cache of other weeks must not answer
        whole = review(all_customers(journal)[0], TODAY, settings(journal), weeks)
        for _ in range(2):  # computes and keeps the parts, then reads them
            parts, problems = review_parts(journal, TODAY, weeks)
            assert problems == []
            assert review_of(parts, TODAY, settings(journal), weeks) == whole


def test_a_changed_file_is_seen_by_the_next_review(example_journal: Path) -> None:
    first = invoke(example_journal, "review", "--json", today=TODAY.isoformat())
    path = next((example_journal / "customers").glob("*.toml"))
    path.write_text(path.read_text(encoding="utf-8") + '''
[[interaction]]
id = "i-20261123T1000-zz01"
at = 2026-11-23
channel = "call"
genuine = true
''', encoding="utf-8")
    second = invoke(example_journal, "review", "--json", today=TODAY.isoformat())
    assert first.exit_code == second.exit_code == 0
    assert second.stderr == ""  # the file is still good: the review saw the new contact
    assert first.stdout != second.stdout
