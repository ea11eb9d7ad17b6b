from datetime import date

import pytest

from diplograph.ingest.dateline import parse_dateline, parse_iso_date, title_case_place


@pytest.mark.parametrize(
    "text,place,publisher,when,dateline",
    [
        (
            "MOSCOW, May 7. /TASS/. Cuba is",
            "Moscow",
            "TASS",
            date(2025, 5, 7),
            "MOSCOW, May 7. /TASS/.",
        ),
        (
            "WASHINGTON (Reuters) - The talks",
            "Washington",
            "Reuters",
            None,
            "WASHINGTON (Reuters) -",
        ),
        (
            "UNITED NATIONS, May 7 (Xinhua) -- The council",
            "United Nations",
            "Xinhua",
            date(2025, 5, 7),
            "UNITED NATIONS, May 7 (Xinhua) --",
        ),
        ("KYIV, Ukraine (AP) — Officials", "Kyiv", "AP", None, "KYIV, Ukraine (AP) —"),
        (
            "BEIJING, Jan. 3 (Xinhua) -- China said",
            "Beijing",
            "Xinhua",
            date(2025, 1, 3),
            "BEIJING, Jan. 3 (Xinhua) --",
        ),
        (
            "LONDON, March 4 /PRNewswire/ -- A company",
            "London",
            "PRNewswire",
            date(2025, 3, 4),
            "LONDON, March 4 /PRNewswire/ --",
        ),
        ("WASHINGTON — The president said", "Washington", None, None, "WASHINGTON —"),
        (
            "PORT-AU-PRINCE, Haiti (AP) — Gangs",
            "Port-au-Prince",
            "AP",
            None,
            "PORT-AU-PRINCE, Haiti (AP) —",
        ),
        (
            "  ST. PETERSBURG, June 5, 2021 /TASS/. The forum",
            "St. Petersburg",
            "TASS",
            date(2021, 6, 5),
            "ST. PETERSBURG, June 5, 2021 /TASS/.",
        ),
    ],
)
def test_dateline_variants(text, place, publisher, when, dateline):
    dl = parse_dateline(text, 2025)
    assert dl is not None
    assert (dl.place, dl.publisher, dl.date) == (place, publisher, when)
    assert text[dl.start : dl.end] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin sent a message of greetings.",
        "The US (AP) - said",
        "MOSCOW, May 7. The minister said",  # no publisher and no dash
        "NATIONAL SECURITY MEMORANDUM – 1\n\nSUBJECT: something",
        "A (AP) - x",
        "",
        "Officials said on Monday that MOSCOW, May 7. /TASS/. was quoted",  # not at the start
    ],
)
def test_no_dateline(text):
    assert parse_dateline(text, 2025) is None


def test_dateline_must_be_near_the_start():
    text = " " * 150 + "MOSCOW, May 7. /TASS/. Cuba"
    assert parse_dateline(text) is None
    assert parse_dateline("\n\n" + "MOSCOW, May 7. /TASS/. Cuba").start == 2


def test_dateline_date_needs_a_year():
    assert parse_dateline("MOSCOW, May 7. /TASS/. Cuba").date is None
    assert parse_dateline("MOSCOW, May 7, 2024 /TASS/. Cuba").date == date(2024, 5, 7)
    assert parse_dateline("MOSCOW, Feb. 30 /TASS/. Cuba", 2025).date is None  # no such day


def test_title_case_place():
    assert title_case_place("UNITED NATIONS") == "United Nations"
    assert title_case_place("RIO DE JANEIRO") == "Rio de Janeiro"
    assert title_case_place("N'DJAMENA") == "N'djamena"


def test_parse_iso_date():
    assert parse_iso_date("2025-05-07") == date(2025, 5, 7)
    assert parse_iso_date("2025-05-07T23:30:00Z") == date(2025, 5, 7)
    assert parse_iso_date(" 2025-05-07 10:00:00+03:00 ") == date(2025, 5, 7)
    for bad in ("2025-5-7", "May 7, 2025", "2025-13-01", "20250507", "2025-05-07x"):
        with pytest.raises(ValueError):
            parse_iso_date(bad)
