"""JSON records -> Articles, and streaming JSON readers (JSON lines, arrays, value streams).

A record is a JSON object with ``text`` (required, kept exactly as stored) and
optional ``id``, ``url``, ``title``, ``date`` or ``published`` (ISO date or
date-time), ``publisher`` or ``source`` (a string, or an object with ``name``).
Other fields are ignored.

The readers yield ``(line_number, value)`` pairs, or ``(line_number, Skip)`` for
an item that cannot be read; they never hold more than one record (plus a read
buffer) in memory.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from diplograph.ingest.dateline import parse_dateline, parse_iso_date
from diplograph.ingest.identity import article_id
from diplograph.ingest.text import BOM, Skip, validate_text
from diplograph.model import Article

__all__ = [
    "build_article",
    "iter_json_document",
    "iter_json_lines",
    "max_record_bytes",
    "record_to_article",
]

CHUNK_BYTES = 1 << 16
_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\r\n]*")
_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}

Parsed = tuple[int, object]  # (line number or 0 for the whole input, JSON value or Skip)


def max_record_bytes(max_chars: int) -> int:
    """Largest JSON record read at all: room for ``max_chars`` fully \\u-escaped, plus metadata."""
    return 12 * max_chars + 1_000_000


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _msg(exc: json.JSONDecodeError) -> str:
    return exc.msg.removesuffix(" at").removesuffix(" starting at")


# --- records -> Article --------------------------------------------------------------------


def build_article(
    text: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published: date | None = None,
    publisher: str | None = None,
    origin: str | None = None,
    corpus_id: str | None = None,
) -> Article:
    """An Article with the dateline filled in (place; publisher and date as fallbacks)."""
    dl = parse_dateline(text, published.year if published else None)
    if dl is not None:
        publisher = publisher or dl.publisher
        published = published or dl.date  # the dateline date only has a year when it says one
    return Article(
        id=article_id(url, text),
        text=text,
        url=url,
        title=title,
        published=published,
        publisher=publisher,
        dateline_place=dl.place if dl else None,
        origin=origin,
        corpus_id=corpus_id,
    )


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Skip(f"field '{key}' must be a string, got {_json_type(value)}")
    return value.strip() or None


def _record_date(record: dict) -> date | None:
    for key in ("date", "published"):
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise Skip(f"bad date in '{key}': expected an ISO date string, got {_json_type(value)}")
        try:
            return parse_iso_date(value)
        except ValueError:
            shown = value if len(value) <= 40 else value[:40] + "..."
            raise Skip(f"bad date in '{key}': {shown!r} (expected YYYY-MM-DD)") from None
    return None


def _record_publisher(record: dict) -> str | None:
    publisher = _optional_str(record, "publisher")
    if publisher:
        return publisher
    source = record.get("source")
    if isinstance(source, dict):  # {"id": ..., "name": "Reuters"}
        name = source.get("name")
        return name.strip() or None if isinstance(name, str) else None
    return _optional_str(record, "source")


def record_to_article(record: object, origin: str, max_chars: int) -> Article:
    """Validate one JSON record and turn it into an Article; raises :class:`Skip`."""
    if not isinstance(record, dict):
        raise Skip(f"record is not a JSON object (got {_json_type(record)})")
    text = record.get("text")
    if text is None:
        raise Skip("record has no 'text' field")
    if not isinstance(text, str):
        raise Skip(f"field 'text' must be a string, got {_json_type(text)}")
    validate_text(text, max_chars, what="'text'")
    raw_id = record.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        raise Skip(f"field 'id' must be a string or integer, got {_json_type(raw_id)}")
    return build_article(
        text,
        url=_optional_str(record, "url"),
        title=_optional_str(record, "title"),
        published=_record_date(record),
        publisher=_record_publisher(record),
        origin=origin,
        corpus_id=str(raw_id) if raw_id is not None and str(raw_id).strip() else None,
    )


# --- JSON lines ----------------------------------------------------------------------------


def iter_json_lines(stream: BinaryIO, max_line_bytes: int) -> Iterator[Parsed]:
    """One JSON value per line; blank lines are skipped; a bad line does not stop the rest."""
    offset = 0
    lineno = 0
    while True:
        line = stream.readline(max_line_bytes + 1)
        if not line:
            return
        lineno += 1
        start = offset
        offset += len(line)
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line without keeping it
                more = stream.readline(CHUNK_BYTES)
                offset += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield lineno, Skip(f"record too large: more than {max_line_bytes:,} bytes")
            continue
        if lineno == 1 and line.startswith(BOM):
            line = line[len(BOM) :]
            start += len(BOM)
        if not line.strip():
            continue
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield lineno, Skip(f"invalid UTF-8 at byte {start + exc.start}")
            continue
        try:
            yield lineno, json.loads(decoded)
        except json.JSONDecodeError as exc:
            yield lineno, Skip(f"malformed JSON: {_msg(exc)} at column {exc.colno}")
        except RecursionError:
            yield lineno, Skip("malformed JSON: nested too deeply")


# --- streaming JSON documents --------------------------------------------------------------


def _text_chunks(stream: BinaryIO) -> Iterator[str]:
    """Strict incremental UTF-8 decoding (leading BOM dropped); raises Skip with the byte offset."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    fed = 0
    first = True
    while True:
        data = stream.read(CHUNK_BYTES)
        final = not data
        if first and data.startswith(BOM):
            data = data[len(BOM) :]
            fed += len(BOM)
        first = False
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(data, final=final)
        except UnicodeDecodeError as exc:
            raise Skip(f"invalid UTF-8 at byte {fed - pending + exc.start}") from None
        fed += len(data)
        if text:
            yield text
        if final:
            return


class _JsonStream:
    """A read buffer over text chunks that decodes one JSON value at a time."""

    def __init__(self, chunks: Iterator[str], max_chars: int) -> None:
        self._chunks = chunks
        self._max = max_chars
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._line = 1  # line number of buf[0]
        self._col0 = 0  # column offset of buf[0] when it is not at a line start
        self._mark = (0, 1, -1)  # (position, its line, last newline before it or -1): a cache

    def _compact(self) -> None:
        if self.pos:
            line, col = self.where(self.pos)
            self._line, self._col0 = line, col - 1
            self.buf = self.buf[self.pos :]
            self.pos = 0
            self._mark = (0, line, -1)

    def _more(self, at_least: int = 1) -> bool:
        """Append at least ``at_least`` characters (fewer at EOF); False if nothing came."""
        self._compact()
        got = 0
        for chunk in self._chunks:
            self.buf += chunk
            got += len(chunk)
            if got >= at_least:
                return True
        self.eof = True
        return got > 0

    def where(self, pos: int | None = None) -> tuple[int, int]:
        """(line, column), both 1-based, of ``pos`` (default: the current position)."""
        pos = self.pos if pos is None else pos
        mpos, mline, mnl = self._mark
        if pos < mpos:
            mpos, mline, mnl = 0, self._line, -1
        newlines = self.buf.count("\n", mpos, pos)
        if newlines:
            mline += newlines
            mnl = self.buf.rfind("\n", mpos, pos)
        self._mark = (pos, mline, mnl)
        return mline, (pos - mnl if mnl >= 0 else self._col0 + pos + 1)

    def peek(self) -> str | None:
        """The next non-whitespace character (not consumed), or None at the end."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return None

    def skip_line(self) -> None:
        """Move past the next newline (used to resynchronise JSON lines)."""
        while True:
            nl = self.buf.find("\n", self.pos)
            if nl >= 0:
                self.pos = nl + 1
                return
            self.pos = len(self.buf)
            if not self._more():
                return

    def value(self) -> object:
        """Decode the JSON value at the current position; raises Skip if malformed."""
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                near_end = len(self.buf) - exc.pos <= 32 or exc.msg.startswith("Unterminated")
                if not self.eof and near_end:
                    self._grow()
                    continue
                line, col = self.where(exc.pos)
                raise Skip(f"malformed JSON: {_msg(exc)} at line {line} column {col}") from None
            except RecursionError:
                raise Skip("malformed JSON: nested too deeply") from None
            if end == len(self.buf) and not self.eof and not isinstance(obj, dict | list | str):
                self._grow()  # a number or literal may continue in the next chunk
                continue
            self.pos = end
            return obj

    def _grow(self) -> None:
        if len(self.buf) - self.pos > self._max:
            raise Skip(f"record too large: more than {self._max:,} characters")
        self._more(at_least=max(CHUNK_BYTES, len(self.buf) - self.pos))


def _iter_array(js: _JsonStream) -> Iterator[Parsed]:
    js.pos += 1  # "["
    if js.peek() == "]":
        js.pos += 1
    else:
        while True:
            line, _ = js.where()
            yield line, js.value()
            c = js.peek()
            if c == ",":
                js.pos += 1
                if js.peek() == "]":
                    line, col = js.where()
                    raise Skip(f"malformed JSON: trailing comma at line {line} column {col}")
                continue
            if c == "]":
                js.pos += 1
                break
            if c is None:
                raise Skip("malformed JSON: the array is not closed (truncated file?)")
            line, col = js.where()
            raise Skip(f"malformed JSON: Expecting ',' delimiter at line {line} column {col}")
    if js.peek() is not None:
        line, col = js.where()
        raise Skip(f"unexpected data after the JSON array at line {line} column {col}")


def _iter_values(js: _JsonStream) -> Iterator[Parsed]:
    """Concatenated JSON values. If the first one fits on one line the input is taken as
    JSON lines, and a malformed line is reported and skipped instead of ending the stream."""
    by_line: bool | None = None
    while js.peek() is not None:
        line, _ = js.where()
        try:
            obj = js.value()
        except Skip as problem:
            if not by_line:
                raise
            yield line, problem
            js.skip_line()
            continue
        if by_line is None:
            by_line = js.where()[0] == line
        yield line, obj


def iter_json_document(stream: BinaryIO, max_chars: int) -> Iterator[Parsed]:
    """A ``.json`` document: an array of records, one record, or JSON lines.

    Array elements are decoded one at a time. An error that cannot be resynchronised
    (inside an array or a pretty-printed object) is yielded and ends the document.
    """
    js = _JsonStream(_text_chunks(stream), max_record_bytes(max_chars))
    try:
        first = js.peek()
        if first is None:
            yield 0, Skip("empty file")  # line 0: about the whole file
            return
        if first == "[":
            yield from _iter_array(js)
        elif first == "{":
            yield from _iter_values(js)
        else:
            line, col = js.where()
            yield (
                line,
                Skip(
                    f"not a JSON array or object: starts with {first!r} at line {line} column {col}"
                ),
            )
    except Skip as problem:
        yield js.where()[0], problem
