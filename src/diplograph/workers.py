"""The extraction stage of a build: texts -> quads, in this process or in a pool of workers.

An :class:`Extractor` takes batches of :class:`Work` (an article and what the
build knows about it) and gives back, in submission order, batches of
:class:`Extracted` (the article's quads, or why extraction failed). The store
is never touched here, so the stage parallelises: each worker process loads the
spaCy pipeline (with diplograph's components) and the gazetteer once, then runs
``nlp.pipe`` (through :func:`diplograph.nlp.chunking.parse`: long texts in pieces)
+ ``extract`` + ``article_quads`` on whole batches.

* :class:`InProcess` runs everything in the calling process.
* :class:`Pool` keeps at most ``2 × workers`` batches in flight (memory stays
  bounded whatever the input size) and starts its processes only once a second
  batch arrives: a build of a few articles never pays for worker start-up.
  Workers are started with ``spawn`` by default (no fork of a process holding
  a RocksDB store and threads); components are registered by importing
  :mod:`diplograph.nlp`, so nothing spaCy-specific is pickled. Each worker
  limits BLAS/OpenMP to one thread (unless the environment says otherwise).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox

from diplograph.errors import DiplographError
from diplograph.gazetteer import Gazetteer, load_gazetteer
from diplograph.model import Article


@dataclass(frozen=True)
class Work:
    """One article to extract, with its build fingerprint and whether the store had it."""

    article: Article
    fingerprint: str
    existed: bool


@dataclass(frozen=True)
class Extracted:
    """The outcome for one article: its graph's quads, or an error message."""

    work: Work
    quads: list[ox.Quad] | None
    words: int
    error: str | None = None


def default_workers() -> int:
    """All cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_batch(nlp, gazetteer: Gazetteer, batch: Sequence[Work], batch_size: int) -> list[Extracted]:
    """Run the pipeline and the extractors over ``batch``; one failing article fails alone."""
    from diplograph.nlp.chunking import parse

    out: list[Extracted] = []
    while len(out) < len(batch):
        try:
            for doc, work in parse(nlp, ((w.article.text, w) for w in batch[len(out):]), batch_size):
                out.append(_extract_one(doc, work, gazetteer))
        except Exception as exc:  # noqa: BLE001 - a text spaCy cannot process: the next one
            work = batch[len(out)]
            out.append(Extracted(work, None, _words(work), f"extraction failed: {exc}"))
    return out


def _extract_one(doc, work: Work, gazetteer: Gazetteer) -> Extracted:
    from diplograph.extract import extract, publisher_of
    from diplograph.rdf.mapping import article_quads

    try:
        quads = article_quads(extract(doc, work.article, gazetteer), publisher_of(work.article, gazetteer))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return Extracted(work, None, _words(work), f"extraction failed: {exc}")
    return Extracted(work, quads, _words(work))


def _words(work: Work) -> int:
    return len(work.article.text.split())


class InProcess:
    """Extract in the calling process (the pipeline is loaded on first use)."""

    def __init__(self, model: str | None, gazetteer: Gazetteer, batch_size: int):
        self.model, self.gazetteer, self.batch_size = model, gazetteer, batch_size
        self._nlp = None

    def submit(self, batch: Sequence[Work]) -> Iterator[list[Extracted]]:
        """Extract ``batch`` now and yield its results."""
        if self._nlp is None:
            from diplograph.nlp import load_pipeline

            self._nlp = load_pipeline(self.model)
        yield extract_batch(self._nlp, self.gazetteer, batch, self.batch_size)

    def drain(self) -> Iterator[list[Extracted]]:
        return iter(())

    def close(self) -> None:
        self._nlp = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- worker processes -----------------------------------------------------------------

_WORKER: dict = {}


#: Thread pools of numerical libraries, one thread per worker (the workers already fill the
#: cores; OpenBLAS's own threads made two workers slower than one): set before numpy loads.
_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _init_worker(model: str | None, batch_size: int) -> None:
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True,
                     name="diplograph-parent-watch").start()
    from diplograph.nlp import load_pipeline

    try:
        _WORKER["nlp"] = load_pipeline(model)
        _WORKER["gazetteer"] = load_gazetteer()
    except DiplographError as exc:  # e.g. a bad --model: reported by the first batch
        _WORKER["error"] = exc
    _WORKER["batch_size"] = batch_size


#: How often a worker checks that the build that started it is still there (seconds).
PARENT_CHECK_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    """End this worker once its parent is gone: a build killed with SIGKILL must not leave
    workers extracting on for nobody (their task queue never reports the parent's death)."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def _run_batch(batch: list[Work]) -> list[Extracted]:
    if "error" in _WORKER:
        raise _WORKER["error"]
    return extract_batch(_WORKER["nlp"], _WORKER["gazetteer"], batch, _WORKER["batch_size"])


class Pool:
    """Extract in ``workers`` processes, results in submission order, bounded in flight."""

    def __init__(self, model: str | None, gazetteer: Gazetteer, batch_size: int, workers: int,
                 start_method: str = "spawn"):
        self.model, self.batch_size, self.workers = model, batch_size, workers
        self.start_method = start_method
        self._local = InProcess(model, gazetteer, batch_size)
        self._held: list[Work] | None = None  # the first batch, until a second one shows up
        self._executor: ProcessPoolExecutor | None = None
        self._futures: deque[Future] = deque()

    def submit(self, batch: Sequence[Work]) -> Iterator[list[Extracted]]:
        """Queue ``batch``; yield the finished batches that must be collected to stay bounded."""
        if self._executor is None:
            if self._held is None:
                self._held = list(batch)
                return
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context(self.start_method),
                initializer=_init_worker, initargs=(self.model, self.batch_size),
            )
            self._futures.append(self._executor.submit(_run_batch, self._held))
            self._held = None
        self._futures.append(self._executor.submit(_run_batch, list(batch)))
        while len(self._futures) > 2 * self.workers:
            yield self._futures.popleft().result()
        while self._futures and self._futures[0].done():
            yield self._futures.popleft().result()

    def drain(self) -> Iterator[list[Extracted]]:
        """Everything still queued, in order."""
        if self._held is not None:
            held, self._held = self._held, None
            yield from self._local.submit(held)
        while self._futures:
            yield self._futures.popleft().result()

    def close(self) -> None:
        if self._executor is not None:
            for f in self._futures:
                f.cancel()
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self._local.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def extractor(model: str | None, gazetteer: Gazetteer, batch_size: int, workers: int):
    """:class:`Pool` for several workers and the default gazetteer, else :class:`InProcess`.

    (A gazetteer object other than the default cannot be sent to workers; such
    builds run in-process.)
    """
    if workers > 1 and gazetteer is load_gazetteer():
        return Pool(model, gazetteer, batch_size, workers)
    return InProcess(model, gazetteer, batch_size)
