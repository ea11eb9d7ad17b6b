"""The few internals of :mod:`diplograph.build` that sharded builds reuse, found by name.

``build.py`` is being reworked on another branch (streaming builds): there the article
metadata function is ``_meta_triples``, the run record takes a ``_RunIds``, the change set
bounds itself at ``MAX_TRACKED_CHANGES`` and an unfinished build leaves a pending-inference
marker. This module works with either version, so both branches merge without edits here.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from diplograph import build as _build

#: Changed triples tracked for incremental inference before a full closure is due.
TRACK_LIMIT: int = (getattr(_build, "MAX_TRACKED_CHANGES", None)
                    or getattr(_build, "INCREMENTAL_LIMIT", 100_000))


def article_meta_triples(article, print_: str) -> list[ox.Triple]:
    """The article's triples in the metadata graph, as the plain build writes them."""
    fn = getattr(_build, "article_meta_triples", None) or _build._meta_triples
    return fn(article, print_)


def record_run(store, article_ids: Iterable[str], report, changes=None) -> None:
    """The build-run record for this set of article ids (same IRI as a plain build's)."""
    run_ids = getattr(_build, "_RunIds", None)
    if run_ids is None:
        _build._record_run(store, set(article_ids), report, changes)
        return
    ids = run_ids()
    for article_id in article_ids:
        ids.add(article_id)
    _build._record_run(store, ids, report, changes)


def inference_pending(store) -> bool:
    """An earlier build wrote data and did not finish its inference (always False on old build.py)."""
    fn = getattr(_build, "inference_pending", None)
    return bool(fn(store)) if fn else False


def mark_inference_pending(store) -> None:
    """Before the first write: a crash from here on leaves the marker (cleared by inference)."""
    fn = getattr(_build, "set_inference_pending", None)
    if fn:
        fn(store, True)
