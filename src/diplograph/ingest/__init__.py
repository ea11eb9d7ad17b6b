"""Ingest: files, directories and stdin -> a lazy stream of Articles (and problems).

``read_inputs`` checks the named inputs up front and raises :class:`InputError`
only when one of them cannot be used at all (missing path, unsupported type given
explicitly, directory without any readable input, unreadable file). Everything
that goes wrong with a single item - an empty, binary or non-UTF-8 file, a
malformed JSON line, a record that is not an object or lacks ``text``, a text that
is too large or not English, a bad date - is yielded as an :class:`IngestProblem`
and reading goes on with the next item.

Inputs:

* ``.txt``: one article; an optional header (``date YYYY-MM-DD``, ``url ...``,
  ``title: ...``, ``publisher: ...``) at the top is removed and surrounding
  whitespace stripped (see :mod:`diplograph.ingest.text`); origin = the path.
* ``.jsonl`` / ``.jsonl.gz``: one record per line, read line by line; origin =
  ``path:line``. (Gzip is recognised by its magic bytes, whatever the suffix.)
* ``.json`` / ``.json.gz``: an array of records (decoded one element at a time), a
  single record, or JSON lines; origin = ``path:line`` of the record's first line.
* ``.html`` / ``.htm``: text of p/h1-h6/li elements, paragraphs joined with ``"\\n\\n"``;
  <title> -> title, canonical link -> URL, published-time meta -> date.
* a directory: every non-hidden file below it, recursively, in sorted order; files
  with other suffixes are reported as problems.
* ``-``: stdin - JSON (as ``.json``) if its first non-space character is ``{`` or
  ``[``, otherwise one text article (as ``.txt``); origin ``<stdin>`` (``<stdin>:line``).

Text is decoded strictly as UTF-8 (a BOM is allowed) and otherwise kept exactly as
stored - newlines are not normalised - so character offsets refer to
``Article.text``. Article.id is the URL when known, else ``"sha256:<hex>"`` of the text.
Article.publisher is the record's publisher (or ``source``), else the dateline's;
Article.published is the record date / date marker, else a dateline date with a year.
A text of 30 words or more must pass :func:`looks_english`.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from diplograph.errors import InputError
from diplograph.ingest.dateline import Dateline, parse_dateline
from diplograph.ingest.identity import article_id, content_hash
from diplograph.ingest.records import (
    build_article,
    iter_json_document,
    iter_json_lines,
    max_record_bytes,
    record_to_article,
)
from diplograph.ingest.text import (
    BOM,
    SNIFF_BYTES,
    Document,
    Skip,
    binary_reason,
    decode_utf8,
    html_to_document,
    looks_english,
    txt_to_document,
    validate_text,
)
from diplograph.model import Article

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Dateline",
    "IngestProblem",
    "InputProgress",
    "article_id",
    "content_hash",
    "input_kind",
    "looks_english",
    "parse_dateline",
    "read_inputs",
]

STDIN = "-"
STDIN_LABEL = "<stdin>"

# suffix -> reader kind (longest suffixes are matched first)
_KINDS: dict[str, str] = {
    ".jsonl.gz": "jsonl",
    ".json.gz": "json",
    ".jsonl": "jsonl",
    ".json": "json",
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".json",
    ".json.gz",
    ".jsonl",
    ".jsonl.gz",
    ".html",
    ".htm",
)
_EXPECTED = ".txt, .json, .jsonl, .jsonl.gz, .html or a directory"
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class IngestProblem:
    """A bad item in a batch: reported and skipped."""

    origin: str  # "path/to/file.jsonl:17", "path/to/file.txt" or "<stdin>"
    message: str  # one line, human readable

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def input_kind(path: str | Path) -> str | None:
    """ "txt", "json", "jsonl" or "html" from the file name (case-insensitive), else None."""
    name = Path(path).name.lower()
    for suffix, kind in _KINDS.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return kind
    return None


def _suffix_for_message(path: Path) -> str:
    suffixes = path.suffixes
    if not suffixes:
        return "(no extension)"
    return repr(suffixes[-1])


def _strip_bom(data: bytes) -> bytes:
    return data.removeprefix(BOM)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


# --- planning (eager checks) ---------------------------------------------------------------


@dataclass(frozen=True)
class _Input:
    label: str  # as the user wrote it
    path: Path | None  # None for stdin
    kind: str  # "stdin", "dir", or a reader kind


def _walk(
    directory: Path, label: str, seen: set[tuple[int, int]] | None = None
) -> Iterator[tuple[Path, str]]:
    """Non-hidden files below ``directory``, recursively, sorted by name (lazily)."""
    seen = set() if seen is None else seen
    try:
        st = directory.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:  # a symlink loop
            return
        seen.add(key)
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        child = os.path.join(label, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if is_dir:
            yield from _walk(path, child, seen)
        else:
            yield path, child


def _plan(raw: str | Path) -> _Input:
    label = str(raw)
    if label == STDIN:
        return _Input(label, None, "stdin")
    path = Path(raw)
    if not label or not path.exists():
        raise InputError(f"input not found: {label or repr(label)}")
    if path.is_dir():
        if not any(input_kind(p) for p, _ in _walk(path, label)):
            raise InputError(f"no readable inputs in directory {label}: expected {_EXPECTED} files")
        return _Input(label, path, "dir")
    kind = input_kind(path)
    if kind is None:
        raise InputError(
            f"unsupported input type {_suffix_for_message(path)} for {label}: expected {_EXPECTED}"
        )
    if not os.access(path, os.R_OK):
        raise InputError(f"cannot read {label}: permission denied")
    return _Input(label, path, kind)


class InputProgress:
    """How far reading the named inputs has got, in bytes of the files as stored (compressed or not).

    Pass one to :func:`read_inputs`; :meth:`fraction` is then the share of the
    input bytes read so far, or None when that is unknown (stdin among the inputs).
    """

    def __init__(self) -> None:
        self.total = 0
        self.finished = 0
        self.unknown = False
        self._current: BinaryIO | None = None

    def plan(self, plans: Sequence[_Input]) -> None:
        for plan in plans:
            if plan.kind == "stdin":
                self.unknown = True
            elif plan.kind == "dir":
                assert plan.path is not None
                self.total += sum(_size(p) for p, _ in _walk(plan.path, plan.label) if input_kind(p))
            else:
                assert plan.path is not None
                self.total += _size(plan.path)

    def fraction(self) -> float | None:
        if self.unknown or not self.total:
            return None
        here = 0
        if self._current is not None and not self._current.closed:
            try:
                here = self._current.tell()
            except (OSError, ValueError):
                here = 0
        return min((self.finished + here) / self.total, 1.0)

    def _open(self, handle: BinaryIO) -> None:
        self._current = handle

    def _close(self, size: int) -> None:
        self._current = None
        self.finished += size


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_inputs(
    inputs: Sequence[str | Path],
    *,
    limit: int | None = None,
    stdin: TextIO | BinaryIO | None = None,
    max_chars: int = 2_000_000,
    progress: InputProgress | None = None,
) -> Iterator[Article | IngestProblem]:
    """Lazily yield the Articles of ``inputs`` in order, and an IngestProblem per bad item.

    ``limit`` caps the number of Articles (problems are not counted). ``stdin`` is
    read for ``-`` (default: ``sys.stdin``). Raises InputError immediately (before
    anything is read) when a named input cannot be used at all. ``progress``
    follows how many bytes of the input files have been read.
    """
    if not inputs:
        raise InputError("no inputs given")
    plans = [_plan(raw) for raw in inputs]
    if sum(p.kind == "stdin" for p in plans) > 1:
        raise InputError("stdin ('-') can be given only once")
    if progress is not None:
        progress.plan(plans)
    return _limited(_iterate(plans, stdin, max_chars, progress), limit)


def _limited(
    items: Iterator[Article | IngestProblem], limit: int | None
) -> Iterator[Article | IngestProblem]:
    try:
        if limit is not None and limit <= 0:
            return
        count = 0
        for item in items:
            yield item
            if isinstance(item, Article):
                count += 1
                if limit is not None and count >= limit:
                    return
    finally:
        items.close()  # type: ignore[attr-defined]


def _iterate(
    plans: Iterable[_Input], stdin: TextIO | BinaryIO | None, max_chars: int,
    progress: InputProgress | None = None,
) -> Iterator[Article | IngestProblem]:
    for plan in plans:
        if plan.kind == "stdin":
            yield from _read_stdin(stdin, max_chars)
        elif plan.kind == "dir":
            assert plan.path is not None
            for path, label in _walk(plan.path, plan.label):
                kind = input_kind(path)
                if kind is None:
                    yield IngestProblem(
                        label, f"unsupported input type {_suffix_for_message(path)}: skipped"
                    )
                else:
                    yield from _read_file(path, label, kind, max_chars, progress)
        else:
            assert plan.path is not None
            yield from _read_file(plan.path, plan.label, plan.kind, max_chars, progress)


# --- files and streams ---------------------------------------------------------------------


def _read_file(
    path: Path, label: str, kind: str, max_chars: int, progress: InputProgress | None = None
) -> Iterator[Article | IngestProblem]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below, also on early exit
    except OSError as exc:
        yield IngestProblem(label, f"cannot read: {_one_line(exc.strerror or exc)}")
        if progress is not None:
            progress._close(_size(path))
        return
    if progress is not None:
        progress._open(handle)
    try:
        with handle:
            yield from _read_stream(handle, label, kind, max_chars)
    finally:
        if progress is not None:
            progress._close(_size(path))


def _read_stream(
    stream: io.BufferedIOBase, label: str, kind: str, max_chars: int
) -> Iterator[Article | IngestProblem]:
    """Read one input of the given kind; IO and gzip errors end it with a problem."""
    try:
        if kind in ("json", "jsonl") and stream.peek(2)[:2] == _GZIP_MAGIC:  # type: ignore[attr-defined]
            with gzip.GzipFile(fileobj=stream, mode="rb") as unzipped:
                yield from _read_json(unzipped, label, kind, max_chars)
        elif kind in ("json", "jsonl"):
            yield from _read_json(stream, label, kind, max_chars)
        else:
            yield from _read_text(stream, label, kind, max_chars)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield IngestProblem(
            label, f"corrupt gzip data: {_one_line(str(exc)) or type(exc).__name__}"
        )
    except OSError as exc:
        yield IngestProblem(label, f"read error: {_one_line(exc.strerror or str(exc))}")


def _read_json(
    stream: BinaryIO, label: str, kind: str, max_chars: int
) -> Iterator[Article | IngestProblem]:
    sample = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]
    if not sample:
        yield IngestProblem(label, "empty file")
        return
    reason = binary_reason(sample)
    if reason:
        yield IngestProblem(label, reason)
        return
    parsed = (
        iter_json_lines(stream, max_record_bytes(max_chars))
        if kind == "jsonl"
        else iter_json_document(stream, max_chars)
    )
    records = 0
    for lineno, value in parsed:
        origin = f"{label}:{lineno}" if lineno else label
        if isinstance(value, Skip):
            yield IngestProblem(origin, _one_line(str(value)))
            continue
        records += 1
        try:
            yield record_to_article(value, origin, max_chars)
        except Skip as problem:
            yield IngestProblem(origin, _one_line(str(problem)))
    if records == 0 and kind == "jsonl":
        yield IngestProblem(label, "no records (only blank lines)")


def _read_text(
    stream: BinaryIO, label: str, kind: str, max_chars: int
) -> Iterator[Article | IngestProblem]:
    cap = (16 if kind == "html" else 4) * max_chars + 65536
    data = stream.read(cap + 1)
    try:
        if not _strip_bom(data).strip():
            raise Skip("empty file")
        if len(data) > cap:
            raise Skip(f"text too large: more than {cap:,} bytes (limit {max_chars:,} characters)")
        reason = binary_reason(data[:SNIFF_BYTES])
        if reason:
            raise Skip(reason)
        raw = decode_utf8(data)
        del data
        doc: Document = html_to_document(raw) if kind == "html" else txt_to_document(raw)
        what = "text (no p, h1-h6 or li elements)" if kind == "html" else "text"
        validate_text(doc.text, max_chars, what=what)
    except Skip as problem:
        yield IngestProblem(label, _one_line(str(problem)))
        return
    yield build_article(
        doc.text,
        url=doc.url,
        title=doc.title,
        published=doc.published,
        publisher=doc.publisher,
        origin=label,
    )


# --- stdin ---------------------------------------------------------------------------------


class _ChainReader(io.RawIOBase):
    """Raw bytes: ``head`` first, then whatever ``read_more(n)`` returns (b"" = EOF)."""

    def __init__(self, head: bytes, read_more: Callable[[int], bytes]) -> None:
        super().__init__()
        self._head = head
        self._read_more = read_more

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        if not self._head:
            self._head = self._read_more(len(buffer))
        n = min(len(buffer), len(self._head))
        buffer[:n] = self._head[:n]
        self._head = self._head[n:]
        return n


def _encode(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")  # undo a surrogateescape decoding
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")  # reported later as invalid UTF-8


def _stdin_reader(stdin: TextIO | BinaryIO) -> Callable[[int], bytes]:
    def read_more(n: int) -> bytes:
        data = stdin.read(n)
        return _encode(data) if isinstance(data, str) else data

    return read_more


def _read_stdin(
    stdin: TextIO | BinaryIO | None, max_chars: int
) -> Iterator[Article | IngestProblem]:
    if stdin is None:
        stdin = getattr(sys.stdin, "buffer", sys.stdin)
    read_more = _stdin_reader(stdin)
    head = b""
    while True:  # read until the first non-space byte decides the format
        chunk = read_more(1 << 16)
        if not chunk:
            break
        head += chunk
        if _strip_bom(head).strip():
            break
    first = _strip_bom(head).lstrip()[:1]
    with io.BufferedReader(_ChainReader(head, read_more), buffer_size=1 << 16) as stream:
        kind = "json" if first in (b"{", b"[") else "txt"
        yield from _read_stream(stream, STDIN_LABEL, kind, max_chars)
