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
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
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
    m = re.fullmatch(r"(?:in\s+)?(1[89]\d\d|20\d\d)", t)
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
