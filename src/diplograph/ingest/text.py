"""Plain-text and HTML documents; byte-level checks; the English heuristic.

Encoding is decided strictly: UTF-8 with or without a BOM. Anything else is a
per-item problem (raised here as :class:`Skip`, turned into an
``IngestProblem`` by the caller).

``.txt`` layout. The stored article text is the file content minus an optional
header at the very top, with surrounding whitespace stripped; nothing else is
changed (newlines are kept as they are, so offsets refer to the text as stored).
Header items, each ``key: value`` or ``key value``, in any order, each at most
once, lowercase keys:

* ``date YYYY-MM-DD`` (or an ISO date-time) - only the date token is consumed, so
  the marker may share its line with the text: ``" date 2025-05-07 MOSCOW, May 7. ..."``;
* ``url <url>`` - only the URL token is consumed;
* ``title: <rest of the line>`` and ``publisher: <rest of the line>`` (also
  ``source:``) - the whole line is consumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from diplograph.ingest.dateline import parse_iso_date

__all__ = [
    "ENGLISH_FUNCTION_WORDS",
    "Document",
    "Skip",
    "binary_reason",
    "decode_utf8",
    "function_word_ratio",
    "html_to_document",
    "looks_english",
    "txt_to_document",
    "validate_text",
]

BOM = b"\xef\xbb\xbf"
SNIFF_BYTES = 8192

# The 50 commonest English function words (lower case).
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "that",
        "for",
        "it",
        "as",
        "was",
        "with",
        "be",
        "by",
        "on",
        "not",
        "he",
        "i",
        "this",
        "are",
        "or",
        "his",
        "from",
        "at",
        "which",
        "but",
        "have",
        "an",
        "had",
        "they",
        "you",
        "were",
        "their",
        "we",
        "all",
        "can",
        "her",
        "has",
        "there",
        "been",
        "if",
        "more",
        "when",
        "will",
        "would",
        "who",
        "so",
        "no",
        "its",
    ]
)
MIN_ENGLISH_RATIO = 0.12
MIN_WORDS_FOR_LANGUAGE = 30
_LANGUAGE_SAMPLE_WORDS = 5000
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


class Skip(Exception):
    """One input item cannot be used; the message is one human-readable line."""


@dataclass(frozen=True)
class Document:
    """Text and metadata read from a ``.txt``/``.html`` file or a text stream."""

    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    publisher: str | None = None


# --- bytes ---------------------------------------------------------------------------------


def binary_reason(sample: bytes) -> str | None:
    """Why ``sample`` (the first bytes of an input) looks binary, or None if it looks like text."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unsupported encoding UTF-16: expected UTF-8"
    if b"\x00" in sample:
        return "binary file (contains NUL bytes)"
    if sample:
        control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13) or b == 127)
        if control / len(sample) > 0.1:
            return "binary file (mostly non-text bytes)"
    return None


def decode_utf8(data: bytes, offset: int = 0) -> str:
    """Strict UTF-8 (a leading BOM is dropped); ``offset`` is where ``data`` starts in its file."""
    bom = len(BOM) if data.startswith(BOM) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Skip(f"invalid UTF-8 at byte {offset + bom + exc.start}") from None


# --- language ------------------------------------------------------------------------------


def function_word_ratio(text: str) -> tuple[float, int]:
    """(share of English function words, number of word tokens) over the first 5000 words.

    The share is taken among the function words plus the words that start in lower
    case: capitalised words that are not function words (mostly names, which any
    language shares) are left out, so a readout listing many participants still
    reads as English while French or Spanish prose does not.
    """
    words = hits = counted = 0
    for m in _WORD.finditer(text):
        word = m.group()
        words += 1
        if word.lower() in ENGLISH_FUNCTION_WORDS:
            hits += 1
            counted += 1
        elif word[0].islower():
            counted += 1
        if words >= _LANGUAGE_SAMPLE_WORDS:
            break
    return (hits / counted if counted else 0.0), words


def looks_english(text: str) -> bool:
    """True unless a text of >= 30 words has < 12% English function words (see above)."""
    ratio, words = function_word_ratio(text)
    return words < MIN_WORDS_FOR_LANGUAGE or ratio >= MIN_ENGLISH_RATIO


def validate_text(text: str, max_chars: int, what: str = "text") -> None:
    """Raise :class:`Skip` if the text is empty, too large or not English."""
    if not text.strip():
        raise Skip(f"empty {what}")
    if len(text) > max_chars:
        raise Skip(f"text too large: {len(text):,} characters (limit {max_chars:,})")
    ratio, words = function_word_ratio(text)
    if words >= MIN_WORDS_FOR_LANGUAGE and ratio < MIN_ENGLISH_RATIO:
        raise Skip(
            f"text does not look like English ({ratio:.0%} English function words, "
            f"need {MIN_ENGLISH_RATIO:.0%})"
        )


# --- .txt ----------------------------------------------------------------------------------

_HEADER = re.compile(
    r"""\s*(?:
        (?P<date_key>date):?[ \t]+(?P<date>\d\S*)
      | (?P<url_key>url):?[ \t]+(?P<url>\S+)
      | (?P<line_key>title|publisher|source):?[ \t]+(?P<line>[^\r\n]*)
    )""",
    re.VERBOSE,
)


def txt_to_document(raw: str) -> Document:
    """Split the optional header from a decoded ``.txt`` file (see the module docstring)."""
    fields: dict[str, str] = {}
    pos = 0
    while True:
        m = _HEADER.match(raw, pos)
        if m is None:
            break
        key = m.group("date_key") or m.group("url_key") or m.group("line_key")
        key = "publisher" if key == "source" else key
        if key in fields:
            break
        fields[key] = (m.group("date") or m.group("url") or m.group("line") or "").strip()
        pos = m.end()
    published = None
    if "date" in fields:
        try:
            published = parse_iso_date(fields["date"])
        except ValueError:
            raise Skip(f"bad date marker {fields['date']!r}: expected YYYY-MM-DD") from None
    return Document(
        text=raw[pos:].strip(),
        title=fields.get("title") or None,
        url=fields.get("url") or None,
        published=published,
        publisher=fields.get("publisher") or None,
    )


# --- .html ---------------------------------------------------------------------------------

_BR = "\x00"  # stands for <br> until whitespace is collapsed
_CAPTURE = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav"})
_CLOSES_P = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "div",
        "dl",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "menu",
        "ol",
        "pre",
        "section",
        "table",
        "ul",
        "li",
    ]
)
_DATE_META = frozenset(
    {"article:published_time", "date", "dc.date", "dcterms.date", "pubdate", "publish-date",
     "datepublished", "og:published_time"}
)  # fmt: skip


class _TextExtractor(HTMLParser):
    """Collects paragraphs from p/h1-h6/li, the <title>, and a few <meta> fields."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._stack: list[str] = []
        self._buf: list[str] = []
        self._skip = 0
        self._in_title = False
        self._title_done = False

    def _flush(self) -> None:
        lines = "".join(self._buf).split(_BR)
        para = "\n".join(filter(None, (" ".join(line.split()) for line in lines)))
        if para:
            self.paragraphs.append(para)
        self._buf.clear()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
            return
        if tag == "title" and not self._title_done:
            self._in_title = True
        elif tag == "br" and self._stack:
            self._buf.append(_BR)
        elif tag in ("meta", "link"):
            self._meta(tag, {k.lower(): (v or "") for k, v in attrs})
        if self._stack and (
            (tag in _CLOSES_P and self._stack[-1] == "p")
            or (tag == "li" and self._stack[-1] == "li")
        ):
            self._stack.pop()
            self._flush()
        if tag in _CAPTURE:
            self._flush()
            self._stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CAPTURE or tag in _SKIP:
            return  # <p/> is empty
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title" and self._in_title:
            self._in_title = False
            self._title_done = True
        elif tag in _CAPTURE and tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass
            self._flush()
        elif tag in ("ul", "ol") and self._stack and self._stack[-1] == "li":
            self._stack.pop()
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title_parts.append(data)
        elif self._stack:
            self._buf.append(data.replace(_BR, " "))

    def _meta(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "link":
            if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
                self.meta.setdefault("url", attrs["href"].strip())
            return
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = attrs.get("content", "").strip()
        if not value:
            return
        if key == "og:url":
            self.meta.setdefault("og:url", value)
        elif key == "og:site_name":
            self.meta.setdefault("publisher", value)
        elif key in _DATE_META:
            self.meta.setdefault("date", value)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_document(raw: str) -> Document:
    """Text of p/h1-h6/li elements joined with ``"\\n\\n"``; the <title> becomes the title.

    Whitespace inside an element collapses to single spaces (``<br>`` is kept as
    ``"\\n"``); script/style/nav content is dropped. ``<link rel=canonical>`` (or
    ``og:url``) gives the URL, ``og:site_name`` the publisher, and
    ``article:published_time``-style metadata the date (ignored if unparseable).
    """
    parser = _TextExtractor()
    parser.feed(raw)
    parser.close()
    published = None
    if "date" in parser.meta:
        try:
            published = parse_iso_date(parser.meta["date"])
        except ValueError:
            published = None
    title = " ".join("".join(parser.title_parts).split()) or None
    return Document(
        text="\n\n".join(parser.paragraphs),
        title=title,
        url=parser.meta.get("url") or parser.meta.get("og:url"),
        published=published,
        publisher=parser.meta.get("publisher"),
    )
