"""Incremental maintenance of the inferred graph: delete-and-rederive (DRed).

After a change to the asserted graphs (articles added, replaced or removed),
:func:`maintain` updates the inferred graph from the change alone, using the
store as the index (:class:`.facts.StoreFacts`):

1. *gone*: removed triples no longer asserted in any graph;
2. *overdelete*: everything the old closure derived, directly or not, from a
   gone triple and that is only inferred (not asserted) -- computed forward
   with the rules over the old closure;
3. *rederive*: the gone and overdeleted triples that still follow in one step
   from what is left (:func:`.engine.derivable`);
4. *insert*: saturate from the re-derived and the added triples.

The inferred graph then loses the overdeleted triples that were not
re-derived and the added triples (now asserted), and gains the new ones, in one
update request together with the state marker. The result equals a
from-scratch closure (checked by a property-based test over random sequences).

Incremental maintenance needs the state a full closure by the same TBox left
(:func:`state_of`); it gives up (returns None, the caller recomputes fully)
when the state is missing or stale, a change touches the schema or
``owl:sameAs``, or a rule would derive a triple the store cannot keep between
runs (a literal subject, or one the exclusions drop).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from diplograph.rdf.namespaces import DG, GRAPH_META, OWL

from .engine import consequences, derivable, saturate
from .exclusions import GTriple, excluded
from .facts import StoreFacts
from .program import Program
from .tbox import RDF_FIRST, RDF_REST, is_schema_triple

STATE_PREDICATE = DG + "hasInferenceState"
STATE_SUBJECT = "urn:x-diplograph:reasoning:state:"  # + the inferred graph's IRI
SAME_AS = ox.NamedNode(OWL + "sameAs")
_LIST_PREDICATES = frozenset({ox.NamedNode(RDF_FIRST), ox.NamedNode(RDF_REST)})


@dataclass(frozen=True)
class Maintenance:
    inserted: int
    deleted: int
    overdeleted: int
    rederived: int


def state_of(tbox_key: str) -> str:
    """What the state marker says after a full closure the tables can maintain."""
    return f"tables|{tbox_key}"


def read_state(store: ox.Store, inferred_graph: str) -> str | None:
    for q in store.quads_for_pattern(
        _state_subject(inferred_graph), ox.NamedNode(STATE_PREDICATE), None, ox.NamedNode(GRAPH_META)
    ):
        return q.object.value
    return None


def state_update(inferred_graph: str, state: str | None) -> str:
    """SPARQL update setting (or, with None, clearing) the state marker."""
    subject = _state_subject(inferred_graph)
    clear = f"DELETE WHERE {{ GRAPH <{GRAPH_META}> {{ {subject} <{STATE_PREDICATE}> ?s }} }}"
    if state is None:
        return clear
    lit = ox.Literal(state)
    return f"{clear} ;\nINSERT DATA {{ GRAPH <{GRAPH_META}> {{ {subject} <{STATE_PREDICATE}> {lit} }} }}"


def delete_triples(store: ox.Store, graph: str, triples: Iterable[ox.Triple], *, also: Iterable[str] = ()) -> None:
    """Delete ``triples`` from ``graph``: those without blank nodes in one ``DELETE DATA`` update
    (run together with the updates ``also``), the others one by one (``DELETE DATA`` cannot name
    a blank node of the store)."""
    plain, blank = [], []
    for t in triples:
        (blank if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) else plain).append(t)
    ops = list(also)
    if plain:
        body = ox.serialize(plain, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        ops.insert(0, f"DELETE DATA {{ GRAPH <{graph}> {{\n{body}}} }}")
    if ops:
        store.update(" ;\n".join(ops))
    g = ox.NamedNode(graph)
    for t in blank:
        store.remove(ox.Quad(t.subject, t.predicate, t.object, g))


def _state_subject(inferred_graph: str) -> ox.NamedNode:
    return ox.NamedNode(STATE_SUBJECT + quote(inferred_graph, safe=""))


def touches_schema(triples: Iterable[ox.Triple]) -> bool:
    """A change the TBox or equality reasoning depends on: needs a full closure."""
    for t in triples:
        if t.predicate == SAME_AS or t.predicate in _LIST_PREDICATES:
            return True
        if is_schema_triple(t.subject, t.predicate, t.object):
            return True
    return False


class NotIncremental(Exception):
    """The change cannot be maintained incrementally; recompute the closure."""


def _unkeepable(t: GTriple) -> bool:
    return excluded(*t) is not None


def maintain(
    store: ox.Store,
    prog: Program,
    removed: Iterable[ox.Triple],
    added: Iterable[ox.Triple],
    inferred_graph: str,
) -> tuple[set[ox.Triple], set[ox.Triple], Maintenance]:
    """(triples to delete from, triples to insert into, the inferred graph) after a change.

    The store must already hold the new asserted graphs and still the old
    inferred graph. Raises :class:`NotIncremental` when it cannot decide.
    Nothing is written.
    """
    g = ox.NamedNode(inferred_graph)

    def asserted(t: GTriple) -> bool:
        return any(q.graph_name != g for q in store.quads_for_pattern(*t, None))

    def in_inferred(t: GTriple) -> bool:
        return next(iter(store.quads_for_pattern(*t, g)), None) is not None

    gone = [(t.subject, t.predicate, t.object) for t in set(removed)]
    gone = [t for t in gone if not asserted(t)]
    new_asserted = [(t.subject, t.predicate, t.object) for t in set(added)]

    # 2. overdelete, over the old closure (the store as it is, plus the gone triples)
    old = StoreFacts(store, extra=gone)
    over: set[GTriple] = set()
    queue = list(gone)
    while queue:
        t = queue.pop()
        for c in consequences(prog, old, t):
            if c in over:
                continue
            if _unkeepable(c):
                raise NotIncremental(f"a rule derives a triple the store cannot keep: {c}")
            if in_inferred(c) and not asserted(c):
                over.add(c)
                queue.append(c)

    # 3. rederive from what is left
    left = StoreFacts(store)
    for t in over:
        left.remove(t)
    candidates = list(over) + gone
    rederived = [t for t in candidates if derivable(prog, left, t)]
    for t in rederived:
        left.add(t)

    # 4. insert
    derived = saturate(prog, left, rederived + new_asserted)
    bad = next((c for c in derived if _unkeepable(c)), None)
    if bad is not None:
        raise NotIncremental(f"a rule derives a triple the store cannot keep: {bad}")

    now_inferred = set(rederived) | set(derived)
    deletes = {ox.Triple(*t) for t in over - now_inferred}
    deletes |= {ox.Triple(*t) for t in new_asserted if in_inferred(t)}
    inserts = {ox.Triple(*t) for t in now_inferred - over}
    return deletes, inserts, Maintenance(len(inserts), len(deletes), len(over), len(rederived))
