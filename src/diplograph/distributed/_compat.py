"""The few internals of :mod:`diplograph.build` that sharded builds reuse."""

from __future__ import annotations

from collections.abc import Iterable

from diplograph import build as _build
from diplograph.build import article_meta_triples

__all__ = ["TRACK_LIMIT", "article_meta_triples", "inference_pending", "mark_inference_pending",
           "record_run"]

#: Changed triples tracked for incremental inference before a full closure is due.
TRACK_LIMIT: int = _build.MAX_TRACKED_CHANGES


def record_run(store, article_ids: Iterable[str], report, changes=None) -> None:
    """The build-run record for this set of article ids (same IRI as a plain build's)."""
    ids = _build._RunIds()
    for article_id in article_ids:
        ids.add(article_id)
    _build._record_run(store, ids, report, changes)


def inference_pending(store) -> bool:
    """An earlier build wrote data and did not finish its inference."""
    return _build.inference_pending(store)


def mark_inference_pending(store) -> None:
    """Before the first write: a crash from here on leaves the marker (cleared by inference)."""
    _build.set_inference_pending(store, True)
