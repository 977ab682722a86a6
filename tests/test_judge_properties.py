"""The judging pool's one reading of a customer (``due.judge``) and the fast rebuild of
its facts say exactly what the separate analyses say (speed only, same results)."""

from __future__ import annotations

import pickle
from datetime import date

from hypothesis import given, settings

from relj.analysis.due import due_item, judge, summarize
from relj.model import Customer
from relj.settings import Settings
from relj.storage.facts import decode, encode
from tests.test_coach_properties import DAYS, SOME_SETTINGS, customers


@settings(max_examples=150, deadline=None)
@given(customers(), DAYS, SOME_SETTINGS)
def test_judge_equals_due_item_and_summarize(c: Customer, today: date, s: Settings) -> None:
    item, summary = judge(c, today, s)
    assert item == due_item(c, today, s)
    assert summary == summarize(c, today, s)


@settings(max_examples=150, deadline=None)
@given(customers(), DAYS, SOME_SETTINGS)
def test_rebuilt_facts_judge_like_the_customer(c: Customer, today: date, s: Settings) -> None:
    rebuilt = decode(c.slug, encode(c))
    assert rebuilt.interactions == c.interactions
    assert judge(rebuilt, today, s) == judge(c, today, s)


@settings(max_examples=100, deadline=None)
@given(customers(), DAYS)
def test_results_pickle_back_equal(c: Customer, today: date) -> None:
    item, summary = judge(c, today, Settings())
    assert pickle.loads(pickle.dumps((item, summary, c))) == (item, summary, c)
