from datetime import date

import pytest

from diplograph.extract.dates import resolve_date

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
