"""relj report from the cached rows of a day: the same picture as from every history."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

from relj.analysis.portfolio import portfolio, portfolio_of
from relj.catalogue.customers import all_customers, report_rows
from relj.catalogue.summaries import settings
from relj.render import report as view
from relj.storage.journal import Journal
from tests.helpers import invoke, write_customer

TODAY = date(2026, 11, 24)


def test_cached_rows_give_the_portfolio_of_the_whole_histories(example_journal: Path) -> None:
    journal = Journal(example_journal)
    whole = portfolio(all_customers(journal)[0], TODAY, settings(journal))
    first = portfolio_of(report_rows(journal, TODAY)[0], TODAY)  # computes and keeps the rows
    second = portfolio_of(report_rows(journal, TODAY)[0], TODAY)  # from .relj/report
    assert first == whole
    assert second == whole


def test_a_second_report_of_a_day_and_a_cold_one_print_the_same(example_journal: Path,
                                                                tmp_path: Path) -> None:
    first = invoke(example_journal, "report", today=TODAY.isoformat())
    second = invoke(example_journal, "report", today=TODAY.isoformat())
    shutil.rmtree(example_journal / ".relj")
    cold = invoke(example_journal, "report", today=TODAY.isoformat())
    assert first.exit_code == second.exit_code == cold.exit_code == 0
    assert first.stdout == second.stdout == cold.stdout


def test_plain_offer_rows_match_rich_even_with_control_characters(example_journal: Path) -> None:
    from rich.console import Console

    from relj.render import guard
    from relj.render.kit import TrimmedLines

    journal = Journal(example_journal)
    tables = [view._offers_table(portfolio_of(report_rows(journal, TODAY)[0], TODAY).offers,
                                 "en", fancy=False)]
    write_customer(example_journal, "hostile", '''name = "Esc\\u001b[2J Corp"

[[offer]]
id = "o1"
what = "A\\ttabbed offer with a rather long description that wraps"
value = 1200
currency = "EUR"
opened = 2026-10-01
''')
    picture = portfolio_of(report_rows(journal, TODAY)[0], TODAY)
    tables.append(view._offers_table(picture.offers, "en", fancy=False))
    assert len(tables[1].plain) == len(tables[0].plain) + 1
    for offers, width in [(offers, width) for offers in tables for width in (40, 80, 123)]:
        drawn = []
        for plain in (True, False):
            buffer = io.StringIO()
            out = guard(Console(file=buffer, width=width, no_color=True, color_system=None,
                                highlight=False, emoji=False))
            out.file = TrimmedLines(buffer)  # type: ignore[assignment]
            if plain:
                offers.print_plain(out)
            else:
                out.print(offers)
            drawn.append(buffer.getvalue())
        assert drawn[0] == drawn[1]
