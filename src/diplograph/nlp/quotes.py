"""Find quoted passages in plain text (pure, no spaCy)."""

from __future__ import annotations

import re

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"\n\s*\n")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of the *contents* of double-quoted passages.

    Curly and straight quotes are both understood. A quote left open at the end
    of a paragraph continues when the next paragraph opens with a quote mark
    (the news convention for multi-paragraph quotes); otherwise it ends there.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None:
            brk = _PARAGRAPH.match(text, i)
            if brk:
                nxt = brk.end()
                if nxt < n and (text[nxt] in OPENERS or text[nxt] == STRAIGHT):
                    i = nxt + 1  # the quote continues in the next paragraph
                    continue
                _add(spans, text, open_at, i)
                open_at = None
                i = brk.end()
                continue
        if ch in OPENERS and open_at is None:
            open_at = i + 1
        elif ch in CLOSERS and open_at is not None:
            _add(spans, text, open_at, i)
            open_at = None
        elif ch == STRAIGHT:
            if open_at is None:
                open_at = i + 1
            else:
                _add(spans, text, open_at, i)
                open_at = None
        i += 1
    if open_at is not None:
        _add(spans, text, open_at, n)
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
