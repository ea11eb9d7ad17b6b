"""Docs built by hand for extractor tests, so that they do not depend on the model's quirks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from diplograph.extract import extract
from diplograph.model import Article, Extraction
from diplograph.nlp.components import quote_spans


def make_doc(blank, matcher, rows: Sequence[tuple], ents: list[str] | None = None,
             spaces: list[bool] | None = None, sent_starts: list[bool] | None = None, *,
             quotes: bool = True) -> Doc:
    """A Doc from ``rows`` of (word, head index (absolute), dep, pos, lemma[, tag]), with the
    gazetteer ``matcher`` run over it and, with ``quotes``, the quote spans marked."""
    words = [r[0] for r in rows]
    doc = Doc(
        blank.vocab,
        words=words,
        spaces=spaces or [True] * len(words),
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        tags=[r[5] if len(r) > 5 else "" for r in rows],
        ents=ents or ["O"] * len(words),
        sent_starts=sent_starts or [True] + [False] * (len(words) - 1),
    )
    doc = matcher(doc)
    return quote_spans(doc) if quotes else doc


def extract_doc(doc: Doc, gazetteer, published: date = date(2022, 6, 5)) -> Extraction:
    """Every claim of a hand-built ``doc`` read as one article published on ``published``."""
    return extract(doc, Article(id="sha256:test", text=doc.text, published=published), gazetteer)


def roles(event) -> set[tuple[str, str]]:
    """An event's (actor key, role) pairs."""
    return {(p.mention.actor.key, p.role) for p in event.participants}


def events_of(doc: Doc, gazetteer, event_type: str | None = None) -> list:
    """The events extracted from a hand-built ``doc``, only those of ``event_type`` when given."""
    return [e for e in extract_doc(doc, gazetteer).events if event_type in (None, e.event_type)]
