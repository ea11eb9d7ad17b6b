from datetime import date

import pytest

from diplograph.extract.dates import latest_year, resolve_date

REF = date(2025, 5, 7)  # a Wednesday


@pytest.mark.parametrize(
    "text,expected",
    [
        ("last year", "2024"),
        ("this year", "2025"),
        ("next year", "2026"),
        ("today", "2025-05-07"),
        ("yesterday", "2025-05-06"),
        ("on Tuesday", "2025-05-06"),
        ("Monday", "2025-05-05"),
        ("last month", "2025-04"),
        ("May 7, 2025", "2025-05-07"),
        ("7 May 2025", "2025-05-07"),
        ("March 2024", "2024-03"),
        ("in 2014", "2014"),
        ("2014", "2014"),
        ("December 14", "2024-12-14"),
        ("2025-05-07", "2025-05-07"),
        ("the years", None),
        ("this week", "2025-05"),
        ("last week", "2025-04"),
        ("next week", "2025-05"),
        ("next month", "2025-06"),
        ("on Wednesday", "2025-05-07"),
        ("last Friday", "2025-05-02"),
        ("in March", "2025-03"),
        ("June", "2024-06"),
        ("early May", "2025-05"),
        ("Ten years ago", "2015"),
        ("two months ago", "2025-03"),
        ("3 days ago", "2025-05-04"),
        ("later this month", "2025-05"),
        ("since 2014", "2014"),
        ("the 1990s", None),
    ],
)
def test_resolve_against_publication_date(text, expected):
    assert resolve_date(text, REF) == expected


def test_future_context_moves_forward():
    assert resolve_date("December 14", REF, future=True) == "2025-12-14"
    assert resolve_date("on Tuesday", REF, future=True) == "2025-05-13"


def test_relative_dates_need_a_reference():
    assert resolve_date("last year", None) is None
    assert resolve_date("May 7, 2025", None) == "2025-05-07"


def test_future_context_picks_the_next_month():
    assert resolve_date("in November", REF, future=True) == "2025-11"
    assert resolve_date("March", REF, future=True) == "2026-03"
    assert resolve_date("next Tuesday", REF) == "2025-05-13"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the 1990s", 1999),
        ("the 1960's", 1969),
        ("the 19th century", 1900),
        ("in 1962", 1962),
        ("last year", 2024),
        ("soon", None),
    ],
)
def test_latest_year_of_an_expression(text, expected):
    assert latest_year(text, REF) == expected
