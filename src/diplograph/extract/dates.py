"""Resolve date expressions against the article's publication date (pure)."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


def resolve_date(text: str, reference: date | None, *, future: bool = False) -> str | None:
    """ISO form of a date expression: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None if unknown.

    Relative expressions ("today", "last year", "on Tuesday", "this week") need
    ``reference`` (the publication date); ``future`` picks the next weekday or
    month instead of the last one.
    """
    t = text.lower().strip().strip(".,").replace("the ", "").strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return t
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", t)
    if m:
        return _iso(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})\b", t)
    if m:
        return _iso(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{4}})\b", t)
    if m:
        return f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}"
    m = re.fullmatch(r"(?:in\s+|since\s+)?(1[89]\d\d|20\d\d)", t)
    if m:
        return m.group(1)
    if reference is None:
        return None
    if t in {"today", "tonight", "this morning", "this afternoon", "this evening", "now", "this writing", "as of this writing"}:
        return reference.isoformat()
    if t == "yesterday":
        return (reference - timedelta(days=1)).isoformat()
    if t == "tomorrow":
        return (reference + timedelta(days=1)).isoformat()
    month_only = _month_alone(t, reference, future)
    if month_only is not None:
        return month_only
    ago = _ago(t, reference)
    if ago is not None:
        return ago
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", t) or re.search(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b", t
    )
    if m:
        a, b = m.group(1), m.group(2)
        month, day = (MONTHS[a], int(b)) if a in MONTHS else (MONTHS[b], int(a))
        year = reference.year
        candidate = _safe(year, month, day)
        if candidate is None:
            return None
        if not future and candidate > reference + timedelta(days=31):
            candidate = _safe(year - 1, month, day)
        elif future and candidate < reference - timedelta(days=31):
            candidate = _safe(year + 1, month, day)
        return candidate.isoformat() if candidate else None
    m = re.fullmatch(r"(?:on\s+|last\s+|this\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t)
    if m:
        wd = WEEKDAYS[m.group(1)]
        forward = future or t.startswith("next")
        if forward:
            delta = (wd - reference.weekday()) % 7 or 7
            return (reference + timedelta(days=delta)).isoformat()
        delta = (reference.weekday() - wd) % 7
        return (reference - timedelta(days=delta)).isoformat()
    rel = {
        "last year": str(reference.year - 1),
        "past year": str(reference.year - 1),
        "this year": str(reference.year),
        "next year": str(reference.year + 1),
        "last month": _month(reference, -1),
        "this month": _month(reference, 0),
        "next month": _month(reference, 1),
        "this week": _week(reference, 0),
        "last week": _week(reference, -1),
        "next week": _week(reference, 1),
        "earlier this year": str(reference.year),
        "later this year": str(reference.year),
        "earlier this month": _month(reference, 0),
        "later this month": _month(reference, 0),
        "later this week": _week(reference, 0),
        "earlier this week": _week(reference, 0),
        "coming week": _week(reference, 1),
        "coming month": _month(reference, 1),
    }
    return rel.get(t)


def _iso(year: int, month: int, day: int) -> str | None:
    d = _safe(year, month, day)
    return d.isoformat() if d else None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(reference: date, offset: int) -> str:
    index = reference.year * 12 + reference.month - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _week(reference: date, offset: int) -> str:
    """A week is coded by the month its Monday falls in (xsd has no week type)."""
    monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=offset)
    return f"{monday.year:04d}-{monday.month:02d}"


def year_of(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty",
        ]
    )
}
_NUMBER_WORDS.update({"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                      "eighty": 80, "ninety": 90, "hundred": 100})


def _month_alone(t: str, reference: date, future: bool) -> str | None:
    """ "March", "in early June", "late november": the nearest such month, before or after."""
    m = re.fullmatch(rf"(?:in\s+)?(?:early|mid|late|mid-)?\s*-?({_MONTH_RE})\.?", t)
    if not m:
        return None
    month = MONTHS[m.group(1)]
    year = reference.year
    if future and month < reference.month:
        year += 1
    elif not future and month > reference.month:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _ago(t: str, reference: date) -> str | None:
    """ "ten years ago", "2 months ago", "a week ago" against the reference date."""
    m = re.fullmatch(
        r"(?:some\s+|about\s+|nearly\s+|almost\s+|over\s+|more than\s+)?([a-z]+|\d+)\s+(year|month|week|day)s?\s+ago",
        t,
    )
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS.get(m.group(1))
    if n is None:
        return None
    unit = m.group(2)
    if unit == "year":
        return str(reference.year - n)
    if unit == "month":
        return _month(reference, -n)
    if unit == "week":
        return _week(reference, -n)
    return (reference - timedelta(days=n)).isoformat()


def latest_year(text: str, reference: date | None) -> int | None:
    """The last year a date expression can denote: "the 1990s" -> 1999, "the 19th century" -> 1900."""
    t = text.lower().strip().strip(".,")
    m = re.search(r"\b(1[5-9]\d0|20[0-9]0)'?s\b", t)
    if m:
        return int(m.group(1)) + 9
    m = re.search(r"\b(1[5-9]|20|21)(?:st|nd|rd|th) century\b", t)
    if m:
        return int(m.group(1)) * 100
    return year_of(resolve_date(text, reference))
