"""A full closure by the Python tables in bounded memory, for stores too large to hold in Python.

The in-memory closure (:func:`diplograph.reasoning._closure_by_tables`) keeps
every asserted triple in a set: ~400 bytes each, gigabytes for a corpus. Here
the store is read as a stream instead:

1. Every input triple's one-atom consequences (its template) are written,
   de-duplicated only over a recent window, to a scratch on-disk store (which
   de-duplicates for good). Triples on join predicates (transitive properties,
   chain links; ~2 % of diplograph's data), asserted or derived, are kept.
2. Those are saturated in memory (:func:`.engine.saturate`); what the joins
   derive goes to the scratch store too.
3. The scratch store is read back: a triple excluded by
   :mod:`.exclusions` or asserted in some graph is dropped (one indexed lookup
   each); what is left and not yet in the inferred graph is inserted. Then
   every triple of the old inferred graph that is not in the new closure is
   deleted. Both sides are written in chunks.

Memory holds the join facts, the window and one chunk, not the store. The
state marker is cleared before the first write and set after the last one.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .engine import _O, _S, LocalRules, saturate
from .exclusions import GTriple, keep
from .facts import MemoryFacts
from .incremental import state_update
from .program import Program

_TBOX = ox.NamedNode("urn:x-diplograph:reasoning:tbox-closure")
#: Triples written to the store per chunk (insertions, deletions, scratch writes).
CHUNK = 100_000
#: Consequences remembered to skip repeated writes (two generations of this many).
WINDOW = 200_000


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

    A consequence no store can hold (a literal subject) is dropped and marks the
    closure as not maintainable incrementally (a marker quad in ``scratch``).
    """
    local = LocalRules(prog)
    join = prog.join_predicates
    out = _Deduplicated(scratch)
    seeds: list[GTriple] = []
    holdable = True

    def emit(c: GTriple) -> bool:
        nonlocal holdable
        s, p, o = c
        if is_schema(p, o):
            return False
        if isinstance(s, ox.Literal) or not isinstance(p, ox.NamedNode):
            holdable = False  # excluded anyway, and a store cannot hold it
        else:
            out.add(c)
        return True

    for s, p, o in _chain(schema, inputs):
        if p in join:
            seeds.append((s, p, o))
        for a, q, b in local.template(p, o):
            c = (s if a is _S else o if a is _O else a, q, s if b is _S else o if b is _O else b)
            if not emit(c):
                return False
            if q in join:
                seeds.append(c)
    for c in saturate(prog, MemoryFacts((), join), seeds):
        if not emit(c):
            return False
    out.flush()
    scratch.extend(ox.Quad(*t, _TBOX) for t in tbox_added
                   if not isinstance(t[0], ox.Literal) and isinstance(t[1], ox.NamedNode))
    if not holdable:
        scratch.add(ox.Quad(_MAINTAINABLE, _MAINTAINABLE, ox.Literal(False), _FLAGS))
    return True


def _chain(*parts):
    for part in parts:
        yield from part


class _Deduplicated:
    """Writes triples to a scratch store's default graph in chunks, skipping recent repeats."""

    def __init__(self, scratch: ox.Store) -> None:
        self.scratch = scratch
        self.recent: set[GTriple] = set()
        self.older: set[GTriple] = set()
        self.buffer: list[ox.Quad] = []

    def add(self, t: GTriple) -> None:
        if t in self.recent or t in self.older:
            return
        self.recent.add(t)
        if len(self.recent) >= WINDOW:
            self.older, self.recent = self.recent, set()
        self.buffer.append(ox.Quad(*t, ox.DefaultGraph()))
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

    for t in keep(derived()):
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
        if _contains(scratch, t, None) and not _asserted(store, t, g):
            continue
        stale.append(q)
    for i in range(0, len(stale), CHUNK):
        _delete(store, stale[i:i + CHUNK])
        deleted += len(stale[i:i + CHUNK])
    ok = maintainable and not excluded_any
    if state is not None and ok:
        store.update(state_update(graph, state))
    return StreamResult(inserted, deleted, ok)


def _asserted(store: ox.Store, t: ox.Triple, inferred: ox.NamedNode) -> bool:
    return any(q.graph_name != inferred for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None))


def _contains(store: ox.Store, t: ox.Triple, graph) -> bool:
    return next(iter(store.quads_for_pattern(t.subject, t.predicate, t.object, graph)), None) is not None


def _delete(store: ox.Store, quads: list[ox.Quad]) -> None:
    plain = [q for q in quads if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)]
    if plain:
        graph = plain[0].graph_name.value
        body = ox.serialize([q.triple for q in plain], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        store.update(f"DELETE DATA {{ GRAPH <{graph}> {{\n{body}}} }}")
    for q in quads:
        if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
            store.remove(q)
