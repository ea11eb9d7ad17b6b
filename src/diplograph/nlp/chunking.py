"""Parse long texts in pieces, so spaCy's memory stays bounded whatever an article's length.

spaCy's memory while parsing grows with the longest text of a batch (a
160k-character transcript adds ~400 MB), so a corpus build's peak memory would
follow its longest article. :func:`parse` is ``nlp.pipe(..., as_tuples=True)``
except that a text longer than ``limit`` characters goes through the model in
consecutive pieces cut after a blank line (else a line break, a sentence end, a
space), joined back with ``Doc.from_docs`` into one ``Doc`` whose text is the
article's text exactly, so offsets are unchanged. diplograph's document-level
components (gazetteer matches, quotes running over paragraphs) run on the
joined ``Doc``. A blank line already starts a sentence (``dg_paragraphs``), so
no sentence spans two pieces cut there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

#: Texts longer than this many characters are parsed in pieces of at most this size.
CHUNK_CHARS = 20_000
#: At most this many characters go through the model together (spaCy's working memory
#: follows the characters of a minibatch, not its number of texts).
BATCH_CHARS = 50_000
#: Components that need the whole document: they run after the pieces are joined.
WHOLE_DOC_COMPONENTS = ("dg_actor_matcher", "dg_quotes")
#: Where a piece may end, best first (the separator stays with the piece it ends).
_CUTS = ("\n\n", "\n", ". ", " ")

log = logging.getLogger(__name__)
C = TypeVar("C")


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of ``text`` (joined, they give ``text``), each at most ``limit`` long.

    A piece ends after the last blank line in its window, else the last line
    break, sentence end or space; a window without any is cut at ``limit``.
    Cuts in the first quarter of a window are not taken (pieces stay large).
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = end
        for sep in _CUTS:
            i = text.rfind(sep, start + limit // 4, end - len(sep) + 1)
            if i != -1:
                cut = i + len(sep)
                break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, items: Iterable[tuple[str, C]], batch_size: int,
          limit: int = CHUNK_CHARS, batch_chars: int = BATCH_CHARS) -> Iterator[tuple[Doc, C]]:
    """(Doc, context) for each (text, context), in order; long texts parsed in pieces.

    The model sees minibatches of at most ``batch_size`` pieces and
    ``batch_chars`` characters (a single longer piece goes alone).
    """
    whole = [name for name in WHOLE_DOC_COMPONENTS if name in nlp.pipe_names]

    def pieces():
        for text, context in items:
            parts = split_text(text, limit)
            for i, part in enumerate(parts):
                yield part, (context, text, i, len(parts))

    done: list[Doc] = []
    for group in _minibatches(pieces(), batch_size, batch_chars):
        for doc, (context, text, i, count) in nlp.pipe(group, as_tuples=True,
                                                       batch_size=len(group), disable=whole):
            done.append(doc)
            if i + 1 < count:
                continue
            doc = done[0] if count == 1 else _join(nlp, done, text, whole)
            done = []
            for name in whole:
                doc = nlp.get_pipe(name)(doc)
            yield doc, context


def _minibatches(pieces: Iterable[tuple[str, object]], size: int, chars: int):
    group: list[tuple[str, object]] = []
    total = 0
    for piece in pieces:
        if group and (len(group) >= size or total + len(piece[0]) > chars):
            yield group
            group, total = [], 0
        group.append(piece)
        total += len(piece[0])
    if group:
        yield group


def _join(nlp: Language, docs: list[Doc], text: str, whole: list[str]) -> Doc:
    """One Doc from the pieces' Docs; the whole text parsed at once if they do not rejoin exactly."""
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text == text:
        return joined
    log.warning("pieces of a %d-character text did not rejoin exactly; parsed whole", len(text))
    with nlp.select_pipes(disable=whole):
        return nlp(text)
