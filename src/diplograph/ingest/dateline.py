"""News datelines at the very start of an article text.

Recognised shapes (place in capitals, then an optional region, an optional
date and a publisher in ``(...)`` or ``/.../``, then a terminator)::

    MOSCOW, May 7. /TASS/.
    WASHINGTON (Reuters) -
    UNITED NATIONS, May 7 (Xinhua) --
    KYIV, Ukraine (AP) —
    BEIJING, Jan. 3 (Xinhua) --
    LONDON, March 4 /PRNewswire/ --
    WASHINGTON — The ...              (no publisher: a dash, then a capital, is required)

Only the first ~120 characters are looked at; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

__all__ = ["MAX_DATELINE_CHARS", "Dateline", "parse_dateline", "parse_iso_date"]

MAX_DATELINE_CHARS = 120  # a dateline must end within this many characters

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1,
    "feb": 2, "febr": 2, "february": 2,
    "mar": 3, "march": 3,
    "apr": 4, "april": 4,
    "may": 5,
    "jun": 6, "june": 6,
    "jul": 7, "july": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

_UPPER = "A-ZÀ-ÖØ-Þ"
_PLACE_WORD = rf"[{_UPPER}](?:[{_UPPER}'’.\-]*[{_UPPER}.])?"
_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_DATE = rf"(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
_REGION = rf"(?!(?:{_MONTH})\b)[{_UPPER}][\w.’'\-]*(?:\s+[{_UPPER}][\w.’'\-]*){{0,3}}"
_DASH = r"(?:--|—|–|-)"

_DATELINE = re.compile(
    rf"""
    (?P<lead>\s*)
    (?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,4}})
    (?=[\s,(/])
    (?:,[ \t]+(?P<region>{_REGION}))?
    (?:,?[ \t]+{_DATE})?
    (?:
        [.,]?[ \t]*(?:\((?P<pub1>[^()\n]{{1,40}})\)|/(?P<pub2>[^/\n]{{1,40}})/)
        (?P<term1>[ \t]*(?:{_DASH}|[.:]))?
      |
        [.,]?[ \t]*(?P<term2>{_DASH})(?=[ \t]+["“‘'(]?[{_UPPER}])
    )
    """,
    re.VERBOSE,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d-])")

_LOWER_PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "les",
        "of",
        "on",
        "upon",
        "am",
        "an",
        "der",
        "den",
        "al",
        "el",
        "au",
        "aux",
        "en",
        "sur",
        "y",
    ]
)


@dataclass(frozen=True)
class Dateline:
    """A dateline: ``text[start:end]`` is the whole dateline (terminator included)."""

    place: str  # title-cased: "Moscow", "United Nations"
    publisher: str | None  # "TASS", "Reuters"
    date: date | None  # only when the year is known (in the dateline or passed in)
    end: int
    start: int = 0


def title_case_place(place: str) -> str:
    """``"UNITED NATIONS"`` -> ``"United Nations"``, ``"PORT-AU-PRINCE"`` -> ``"Port-au-Prince"``."""
    words = place.split()
    out: list[str] = []
    for i, word in enumerate(words):
        parts = word.split("-")
        cased = []
        for j, part in enumerate(parts):
            low = part.lower()
            if (i or j) and low in _LOWER_PARTICLES:
                cased.append(low)
            else:
                cased.append(low[:1].upper() + low[1:])
        out.append("-".join(cased))
    return " ".join(out)


def parse_dateline(text: str, year: int | None = None) -> Dateline | None:
    """The dateline at the start of ``text``, or None.

    ``year`` completes a date written without one ("May 7"); without a year the
    date is None.
    """
    head = text[: MAX_DATELINE_CHARS + 40]
    m = _DATELINE.match(head)
    if m is None:
        return None
    place = m.group("place").strip()
    publisher = (m.group("pub1") or m.group("pub2") or "").strip() or None
    letters = sum(ch.isalpha() for ch in place)
    if letters < 2 or (publisher is None and m.group("month") is None and letters < 3):
        return None
    end = m.end()
    if end > MAX_DATELINE_CHARS:
        return None
    when: date | None = None
    if m.group("month"):
        y = int(m.group("year")) if m.group("year") else year
        if y is not None:
            try:
                when = date(y, MONTHS[m.group("month").lower()], int(m.group("day")))
            except ValueError:
                when = None
    return Dateline(
        place=title_case_place(place),
        publisher=publisher,
        date=when,
        end=end,
        start=len(m.group("lead")),
    )


def parse_iso_date(value: str) -> date:
    """An ISO date or date-time string (``2025-05-07``, ``2025-05-07T10:00:00Z``) -> date.

    The calendar date is taken as written (no time-zone conversion). Raises
    ValueError for anything else.
    """
    value = value.strip()
    if not _ISO_DATE.match(value):
        raise ValueError(f"not an ISO date: {value!r}")
    if len(value) == 10:
        return date.fromisoformat(value)
    if len(value) > 10 and value[10] in "T ":
        return datetime.fromisoformat(value).date()
    raise ValueError(f"not an ISO date: {value!r}")
