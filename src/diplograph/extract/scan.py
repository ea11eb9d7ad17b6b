"""Fast candidate lookup: tokens whose lemma is in a cue set, without iterating the Doc.

Iterating a spaCy Doc creates a Python Token per position; the extractors only
need the few tokens whose lemma is a cue word. The lemma array is read once per
Doc (``Doc.to_array``) and cached in ``doc.user_data``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token


def _lemma_positions(doc: Doc) -> dict[str, list[int]]:
    cached = doc.user_data.get("dg_lemmas")
    if cached is None:
        strings = doc.vocab.strings
        cached = {}
        for i, h in enumerate(doc.to_array([LEMMA]).tolist()):
            cached.setdefault(strings[h].lower(), []).append(i)
        doc.user_data["dg_lemmas"] = cached
    return cached


def tokens_with_lemma(doc: Doc, lemmas: Iterable[str]) -> list[Token]:
    """Tokens whose lower-cased lemma is one of ``lemmas``, in text order."""
    positions = _lemma_positions(doc)
    found = sorted(i for lemma in set(lemmas) for i in positions.get(lemma, ()))
    return [doc[i] for i in found]


def _lower_positions(doc: Doc) -> dict[str, list[int]]:
    cached = doc.user_data.get("dg_lower")
    if cached is None:
        strings = doc.vocab.strings
        cached = {}
        for i, h in enumerate(doc.to_array([LOWER]).tolist()):
            cached.setdefault(strings[h], []).append(i)
        doc.user_data["dg_lower"] = cached
    return cached


def tokens_with_text(doc: Doc, words: Iterable[str]) -> list[Token]:
    """Tokens whose lower-cased text is one of ``words``, in text order."""
    positions = _lower_positions(doc)
    found = sorted(i for word in set(words) for i in positions.get(word, ()))
    return [doc[i] for i in found]


def proper_nouns(doc: Doc) -> list[Token]:
    """Tokens tagged PROPN, in text order."""
    propn = doc.vocab.strings["PROPN"]
    return [doc[i] for i, p in enumerate(doc.to_array([POS]).tolist()) if p == propn]
