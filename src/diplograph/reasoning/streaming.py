"""A full closure by the Python tables in bounded memory, for stores too large to hold in Python.

The in-memory closure (:func:`diplograph.reasoning._closure_by_tables`) keeps
every asserted triple in a set: ~400 bytes each, gigabytes for a corpus. Here
the store is read as a stream instead:

1. Every input triple's one-atom consequences (its template) are written,
   de-duplicated only over a recent window, to a scratch on-disk store (which
   de-duplicates for good); the triples on join predicates (transitive
   properties, chain links; ~2 % of diplograph's data), asserted or derived,
   go to a join graph of the same scratch store.
2. The join graph is read back and each triple joined semi-naively against it
   (indexed lookups, plus an in-memory overlay of what the joins derive, as
   :func:`.engine.saturate` does in memory); what the joins derive and its
   template consequences go to the scratch store too.
3. The scratch store is read back: a triple excluded by
   :mod:`.exclusions` or asserted in some graph is dropped (one indexed lookup
   each); what is left and not yet in the inferred graph is inserted. Then
   every triple of the old inferred graph that is not in the new closure is
   deleted. Both sides are written in chunks.

Memory holds the window, one chunk and the joins' own derivations, not the store. The
state marker is cleared before the first write and set after the last one.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import pyoxigraph as ox

from .engine import _O, _S, LocalRules, _joins
from .exclusions import GTriple, Term, keep
from .facts import StoreFacts
from .incremental import delete_triples, state_update
from .program import Program

_TBOX = ox.NamedNode("urn:x-diplograph:reasoning:tbox-closure")
_JOIN = ox.NamedNode("urn:x-diplograph:reasoning:join-facts")
# Memory: each of these holds pyoxigraph terms in Python (~400 bytes a triple). At 100k each
# the windows filled only on stores of ~10M quads and more, so the closure's peak grew with
# the store up to there (+200 MB from 4.4M to 13.2M quads); at 20k/20k/50k they are full on
# any corpus-sized store and the peak is flat (docs/performance.md, "(c) with inference").
#: Triples written to the store per chunk (insertions, deletions, scratch writes).
CHUNK = 50_000
#: Join derivations kept in memory before they move to the scratch store's join graph.
SPILL = 20_000
#: Consequences remembered to skip repeated writes (two generations of this many).
WINDOW = 20_000


@dataclass
class StreamResult:
    inserted: int
    deleted: int
    maintainable: bool


def stream_closure(store: ox.Store, prog: Program, schema: Iterable[GTriple], tbox_added: Iterable[GTriple],
                   inputs: Iterator[GTriple], inferred_graph: str, *, state: str | None,
                   schema_predicates: frozenset, schema_classes: frozenset, rdf_type: ox.NamedNode,
                   scratch_dir: str | Path | None = None) -> StreamResult | None:
    """Make ``inferred_graph`` hold the filtered closure of ``schema`` + ``inputs`` (see module doc).

    None, with nothing written, if the data entails schema triples (the tables
    cannot close such a store).
    """
    if scratch_dir is not None:
        Path(scratch_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dg-closure-", dir=scratch_dir, ignore_cleanup_errors=True) as tmp:
        scratch = ox.Store(tmp)
        try:
            if not _derive(scratch, prog, schema, tbox_added, inputs,
                           lambda p, o: p in schema_predicates or (p == rdf_type and o in schema_classes)):
                return None
            return _write(store, scratch, inferred_graph, state, scratch_maintainable(scratch))
        finally:
            del scratch  # closes the scratch store before its directory goes


_MAINTAINABLE = ox.NamedNode("urn:x-diplograph:reasoning:maintainable")
_FLAGS = ox.NamedNode("urn:x-diplograph:reasoning:flags")


def scratch_maintainable(scratch: ox.Store) -> bool:
    return not any(True for _ in scratch.quads_for_pattern(_MAINTAINABLE, None, None, _FLAGS))


def _derive(scratch: ox.Store, prog: Program, schema, tbox_added, inputs, is_schema) -> bool:
    """Write every consequence to ``scratch``; False (stopped early) if one is a schema triple.

    Pass 1 writes each input triple's template consequences to the scratch
    store's default graph and the triples on join predicates (asserted or
    template-derived) to its join graph. Pass 2 reads the join graph back and
    joins each triple semi-naively against it (indexed lookups, plus an overlay
    of what the joins derive), as :func:`.engine.saturate` does in memory.
    A consequence no store can hold (a literal subject) is dropped and marks the
    closure as not maintainable incrementally (a marker quad in ``scratch``).
    """
    local = LocalRules(prog)
    join = prog.join_predicates
    out = _Deduplicated(scratch, ox.DefaultGraph())
    seeds = _Deduplicated(scratch, _JOIN)
    holdable = True

    def emit(c: GTriple) -> bool:
        nonlocal holdable
        _, p, o = c
        if is_schema(p, o):
            return False
        if not _storable(c):
            holdable = False  # excluded anyway, and a store cannot hold it
        else:
            out.add(c)
        return True

    facts = _JoinFacts(scratch)

    def seed(t: GTriple) -> None:
        if _storable(t):
            seeds.add(t)
        else:
            facts.add(t)  # the rare join triple no store can hold stays in memory

    for s, p, o in chain(schema, inputs):
        if p in join:
            seed((s, p, o))
        for a, q, b in local.template(p, o):
            c = (s if a is _S else o if a is _O else a, q, s if b is _S else o if b is _O else b)
            if not emit(c):
                return False
            if q in join:
                seed(c)
    out.flush()
    seeds.flush()
    recorded = [*facts.extra]
    queue: list[GTriple] = []

    def derived(c: GTriple) -> bool:
        """Record a consequence of a join and what its template adds; False on a schema triple."""
        if c[1] in join:  # only join triples are kept: the others are read by no rule
            if not facts.add(c):
                return True
            queue.append(c)
        if not emit(c):
            return False
        s, _, o = c
        for a, q, b in local.template(c[1], o):
            d = (s if a is _S else o if a is _O else a, q, s if b is _S else o if b is _O else b)
            if q in join and facts.add(d):
                queue.append(d)
            if not emit(d):
                return False
        return True

    for t in chain(recorded, ((q.subject, q.predicate, q.object)
                               for q in scratch.quads_for_pattern(None, None, None, _JOIN))):
        queue.append(t)
        while queue:
            for c in _joins(prog, facts, queue.pop()):
                if not derived(c):
                    return False
    out.flush()
    scratch.extend(ox.Quad(*t, _TBOX) for t in tbox_added if _storable(t))
    if not holdable:
        scratch.add(ox.Quad(_MAINTAINABLE, _MAINTAINABLE, ox.Literal(False), _FLAGS))
    return True


def _batched(items, size: int):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _storable(t: GTriple) -> bool:
    return StoreFacts._storable(t[0], t[1])


class _JoinFacts:
    """The join-predicate triples: the scratch store's join graph, plus what is added in memory.

    The facts interface of :mod:`.facts` (``contains``, ``objects``, ``subjects``,
    ``add``) that :func:`.engine._joins` reads.
    """

    def __init__(self, scratch: ox.Store) -> None:
        self.scratch = scratch
        self.extra: set[GTriple] = set()
        self._out: dict[tuple[Term, Term], set[Term]] = defaultdict(set)
        self._inn: dict[tuple[Term, Term], set[Term]] = defaultdict(set)

    def contains(self, t: GTriple) -> bool:
        if t in self.extra:
            return True
        return _storable(t) and next(iter(self.scratch.quads_for_pattern(*t, _JOIN)), None) is not None

    def add(self, t: GTriple) -> bool:
        if self.contains(t):
            return False
        self.extra.add(t)
        s, p, o = t
        self._out[(s, p)].add(o)
        self._inn[(p, o)].add(s)
        if len(self.extra) >= SPILL:
            self._spill()
        return True

    def _spill(self) -> None:
        """Move what the joins derived into the join graph (transitive closures of part-of
        chains grow with the data); only triples no store can hold stay in memory."""
        kept = {t for t in self.extra if not _storable(t)}
        self.scratch.bulk_extend(ox.Quad(*t, _JOIN) for t in self.extra if _storable(t))
        self.extra = set()
        self._out.clear()
        self._inn.clear()
        for t in kept:
            self.add(t)

    def objects(self, s: Term, p: Term) -> tuple[Term, ...]:
        found = set(self._out.get((s, p), ()))
        if not isinstance(s, ox.Literal):
            found.update(q.object for q in self.scratch.quads_for_pattern(s, p, None, _JOIN))
        return tuple(found)

    def subjects(self, p: Term, o: Term) -> tuple[Term, ...]:
        found = set(self._inn.get((p, o), ()))
        found.update(q.subject for q in self.scratch.quads_for_pattern(None, p, o, _JOIN))
        return tuple(found)


class _Deduplicated:
    """Writes triples to one graph of a scratch store in chunks, skipping recent repeats."""

    def __init__(self, scratch: ox.Store, graph) -> None:
        self.scratch, self.graph = scratch, graph
        self.recent: set[GTriple] = set()
        self.older: set[GTriple] = set()
        self.buffer: list[ox.Quad] = []

    def add(self, t: GTriple) -> None:
        if t in self.recent or t in self.older:
            return
        self.recent.add(t)
        if len(self.recent) >= WINDOW:
            self.older, self.recent = self.recent, set()
        self.buffer.append(ox.Quad(*t, self.graph))
        if len(self.buffer) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.scratch.bulk_extend(self.buffer)
            self.buffer = []


def _write(store: ox.Store, scratch: ox.Store, graph: str, state: str | None,
           maintainable: bool) -> StreamResult:
    g = ox.NamedNode(graph)
    store.update(state_update(graph, None))
    inserted = total = 0
    chunk: list[ox.Quad] = []

    def _insert(t: ox.Triple) -> None:
        nonlocal inserted, chunk
        if not _contains(store, t, None):  # one lookup: neither asserted nor inferred yet
            chunk.append(ox.Quad(t.subject, t.predicate, t.object, g))
            if len(chunk) >= CHUNK:
                store.bulk_extend(chunk)
                inserted += len(chunk)
                chunk = []
        # else asserted somewhere (dropped from the inferred graph below) or inferred already

    read = [0]

    def derived():
        for q in scratch.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            read[0] += 1
            yield q.subject, q.predicate, q.object

    for batch in _batched(derived(), CHUNK):  # keep() caches per term: bounded by the batch
        for t in keep(batch):
            total += 1
            _insert(t)
    excluded_any = total != read[0]
    for t in keep((q.subject, q.predicate, q.object)
                  for q in scratch.quads_for_pattern(None, None, None, _TBOX)):
        _insert(t)
    if chunk:
        store.extend(chunk)
        inserted += len(chunk)
    deleted = 0
    stale: list[ox.Quad] = []
    for q in store.quads_for_pattern(None, None, None, g):
        t = q.triple
        derived = _contains(scratch, t, ox.DefaultGraph()) or _contains(scratch, t, _TBOX)
        if derived and not _asserted(store, t, g):
            continue
        stale.append(q)
    for i in range(0, len(stale), CHUNK):
        delete_triples(store, graph, (q.triple for q in stale[i:i + CHUNK]))
        deleted += len(stale[i:i + CHUNK])
    ok = maintainable and not excluded_any
    if state is not None and ok:
        store.update(state_update(graph, state))
    return StreamResult(inserted, deleted, ok)


def _asserted(store: ox.Store, t: ox.Triple, inferred: ox.NamedNode) -> bool:
    return any(q.graph_name != inferred for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None))


def _contains(store: ox.Store, t: ox.Triple, graph) -> bool:
    return next(iter(store.quads_for_pattern(t.subject, t.predicate, t.object, graph)), None) is not None
