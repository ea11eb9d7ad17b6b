"""OWL 2 RL inference into the inferred graph: compiled SPARQL rules, owlrl as the reference.

``infer(store)`` reads the union of every graph of the store (the default graph
included) except the inferred graph, computes its OWL 2 RL closure, and makes
the inferred graph hold exactly what the closure adds: minus every triple
asserted anywhere in the store, minus the exclusions of
:mod:`diplograph.reasoning.exclusions` (literal subjects, ``owl:Thing`` typing,
reflexive ``owl:sameAs``, axiomatic vocabulary, datatype axioms, owlrl error
reports). No other graph is written.

Engines (``ENGINES``):

``"rules"`` (default)
    The schema triples (see :mod:`.tbox`) are closed once with owlrl and cached
    by their SHA-256; the closed TBox is compiled into instance-level OWL 2 RL
    rules as SPARQL updates (:mod:`.rules`) that run in pyoxigraph to a
    fixpoint (:mod:`.fixpoint`). The inferred graph also holds what the TBox
    closure adds (e.g. transitive ``rdfs:subClassOf``), filtered the same way.
``"owlrl"``
    The reference: an rdflib copy of the input, ``owlrl.DeductiveClosure(
    owlrl.OWLRL_Semantics)``, the same filter. Tens to hundreds of times slower.

Both engines produce the same inferred triples; the guaranteed part is the
instance data (subjects that are not classes or properties of the TBox).
Known differences, in constructs the diplograph ontology does not use:
``owl:hasKey`` (owlrl 7.6 compares only the first n-1 key properties, so with
one key every two instances become ``owl:sameAs``; the rules follow the
specification), and owlrl's one-time datatype typing of a resource that is
asserted ``owl:sameAs`` a literal (only visible if a rule reads that datatype).

Nothing is written before the result is complete; then only the difference
to the current inferred graph is applied: the deletions in one update request
(which also clears the state marker), the insertions in one ``extend``
transaction (the bulk loader for large new closures), then the marker is set.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from diplograph.errors import ConfigurationError
from diplograph.rdf.namespaces import GRAPH_INFERRED, GRAPH_ONTOLOGY

from .engine import paused_gc, saturate
from .exclusions import EXCLUSIONS, GTriple, excluded, keep
from .facts import MemoryFacts
from .fixpoint import has_same_as, run_fixpoint
from .incremental import (
    NotIncremental,
    delete_triples,
    maintain,
    read_state,
    state_of,
    state_update,
    touches_schema,
)
from .owlrl_reference import infer_owlrl
from .program import Program, program_for
from .rules import RuleSet, compile_rules
from .streaming import stream_closure
from .tbox import (
    RDF_FIRST,
    RDF_REST,
    RDF_TYPE,
    SCHEMA_CLASSES,
    SCHEMA_PREDICATES,
    ClosedTBox,
    close_tbox,
    collect_tbox,
)

__all__ = ["ENGINES", "EXCLUSIONS", "InferenceReport", "excluded", "infer", "update_inferred"]

ENGINES: tuple[str, ...] = ("rules", "sparql", "owlrl")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InferenceReport:
    engine: str  # "rules", "sparql" or "owlrl"
    inferred_triples: int  # triples now in the inferred graph
    seconds: float
    method: str = ""  # "tables", "sparql", "owlrl" (full closures) or "incremental"


def infer(
    store: ox.Store,
    *,
    engine: str = "rules",
    ontology_graph: str = GRAPH_ONTOLOGY,
    inferred_graph: str = GRAPH_INFERRED,
    cache_dir: str | Path | None = None,
) -> InferenceReport:
    """Recompute ``inferred_graph`` as the OWL 2 RL closure of everything else in ``store``.

    ``ontology_graph`` is where the TBox is expected; schema axioms asserted in
    other graphs are honoured too (owlrl sees them in the union), and noted in
    the log. ``cache_dir`` (e.g. a folder inside the store directory) keeps the
    closed TBox on disk between processes; the in-process cache always applies.
    Re-running is idempotent: the inferred graph is an input to nothing.
    """
    if engine not in ENGINES:
        raise ConfigurationError(
            f"unknown inference engine {engine!r} (choose from {', '.join(ENGINES)})"
        )
    started = time.perf_counter()
    with paused_gc():
        if engine == "rules" and graph_size(store, None) > STREAM_ABOVE_QUADS:
            streamed = _closure_streamed(store, ontology_graph, inferred_graph, cache_dir)
            if streamed is not None:
                return InferenceReport(engine, streamed, time.perf_counter() - started, "tables-streamed")
        triples, method, state = _closure(store, engine, ontology_graph, inferred_graph, cache_dir)
        _replace_graph(store, inferred_graph, triples, state=state)
    return InferenceReport(engine, len(triples), time.perf_counter() - started, method)


#: Stores with more quads than this are closed by :mod:`.streaming` (memory bounded; 2.3x
#: the time at 1M quads) instead of in Python sets (~440 bytes per quad: +440 MB at 1M).
STREAM_ABOVE_QUADS = 2_000_000


def _closure_streamed(store, ontology_graph, inferred_graph, cache_dir) -> int | None:
    """Inferred triples after a streamed full closure; None if the tables cannot run it."""
    schema = collect_tbox(store, inferred_graph)
    _note_schema_elsewhere(store, schema, ontology_graph)
    tbox = close_tbox(schema, cache_dir)
    prog, _ = program_for(tbox.closure, compiled(tbox))
    if prog is None or has_same_as(store, inferred_graph):
        return None
    inputs = ((q.subject, q.predicate, q.object) for q in _input_quads(store, inferred_graph))
    result = stream_closure(
        store, prog, tbox.closure, tbox.added, inputs, inferred_graph, state=state_of(tbox.key),
        schema_predicates=_SCHEMA_PREDICATES, schema_classes=_SCHEMA_CLASSES, rdf_type=_RDF_TYPE,
        scratch_dir=cache_dir,
    )
    if result is None:
        return None
    count = graph_size(store, inferred_graph)
    log.info("streamed closure: %d inferred (+%d -%d)", count, result.inserted, result.deleted)
    return count


def _closure(store, engine, ontology_graph, inferred_graph, cache_dir):
    if engine == "owlrl":
        return set(keep(infer_owlrl(store, inferred_graph))), "owlrl", None
    return infer_rules(
        store, ontology_graph=ontology_graph, inferred_graph=inferred_graph,
        cache_dir=cache_dir, tables=engine == "rules",
    )


def update_inferred(
    store: ox.Store,
    removed: set[ox.Triple],
    added: set[ox.Triple],
    *,
    inferred_graph: str = GRAPH_INFERRED,
    cache_dir: str | Path | None = None,
) -> InferenceReport:
    """Bring ``inferred_graph`` up to date after a change of the asserted graphs.

    ``removed``/``added``: the asserted triples the change took out of / put
    into some graph (the store already holds the new graphs). Maintained
    incrementally (:mod:`.incremental`) when the last closure left a state the
    tables can continue from; otherwise, or when the change touches the
    schema, a full closure by the default engine.
    """
    started = time.perf_counter()
    tbox = close_tbox(collect_tbox(store, inferred_graph), cache_dir)
    reason = _why_not_incremental(store, removed, added, inferred_graph, tbox)
    if reason is None:
        prog, _ = program_for(tbox.closure, compiled(tbox))
        try:
            deletes, inserts, m = maintain(store, prog, removed, added, inferred_graph)
        except NotIncremental as exc:
            reason = str(exc)
        else:
            _apply_diff(store, inferred_graph, deletes, inserts, state=state_of(tbox.key))
            log.info("incremental inference: +%d -%d (overdeleted %d, rederived %d)",
                     m.inserted, m.deleted, m.overdeleted, m.rederived)
            count = graph_size(store, inferred_graph)
            return InferenceReport("rules", count, time.perf_counter() - started, "incremental")
    log.info("full inference: %s", reason)
    report = infer(store, inferred_graph=inferred_graph, cache_dir=cache_dir)
    return InferenceReport(report.engine, report.inferred_triples,
                           time.perf_counter() - started, report.method)


def graph_size(store: ox.Store, graph: str | None) -> int:
    """Quads in ``graph`` (None: in every graph), counted inside the store (no term is decoded)."""
    where = ("{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }" if graph is None
             else f"GRAPH <{graph}> {{ ?s ?p ?o }}")
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(next(iter(rows))["n"].value)


def _why_not_incremental(store, removed, added, inferred_graph, tbox: ClosedTBox) -> str | None:
    if read_state(store, inferred_graph) != state_of(tbox.key):
        return "no maintainable closure of this TBox in the store yet"
    if touches_schema(removed) or touches_schema(added):
        return "the change touches the schema or owl:sameAs"
    if has_same_as(store, inferred_graph):
        return "owl:sameAs is asserted"
    return None


_RULES_CACHE: dict[str, RuleSet] = {}
#: From this many new inferred triples on, they go through the bulk loader (no transaction;
#: the state marker is set only after it finished).
BULK_INSERT = 50_000


def compiled(tbox: ClosedTBox) -> RuleSet:
    rules = _RULES_CACHE.get(tbox.key)
    if rules is None:
        if len(_RULES_CACHE) >= 16:
            _RULES_CACHE.pop(next(iter(_RULES_CACHE)))
        rules = _RULES_CACHE[tbox.key] = compile_rules(tbox.closure)
    return rules


def infer_rules(
    store: ox.Store,
    *,
    ontology_graph: str = GRAPH_ONTOLOGY,
    inferred_graph: str = GRAPH_INFERRED,
    cache_dir: str | Path | None = None,
    tables: bool = True,
) -> tuple[set[ox.Triple], str, str | None]:
    """(filtered inferred triples, method, state marker) of a full closure; nothing is written.

    With ``tables``, the Python tables (:mod:`.program`) when they can run the
    TBox's rules, else the SPARQL-compiled rules.
    """
    schema = collect_tbox(store, inferred_graph)
    _note_schema_elsewhere(store, schema, ontology_graph)
    if tables:
        tbox = close_tbox(schema, cache_dir)
        prog, reason = program_for(tbox.closure, compiled(tbox))
        if prog is not None and not has_same_as(store, inferred_graph):
            result = _closure_by_tables(store, tbox, prog, inferred_graph)
            if result is not None:
                triples, maintainable = result
                return triples, "tables", state_of(tbox.key) if maintainable else None
            reason = "the data entails schema triples"
        log.info("rules engine: SPARQL rules (%s)", reason or "owl:sameAs is asserted")
    entailed_schema: list[GTriple] = []  # schema triples the data entails (usually none)
    while True:
        tbox = close_tbox(schema, cache_dir)
        ruleset = compiled(tbox)
        result = run_fixpoint(store, tbox.closure, ruleset, inferred_graph)
        # instance rules are compiled from the TBox: if the data entails new schema
        # triples (e.g. owl:sameAs between properties), close the larger TBox and rerun
        feedback = result.schema_triples
        if not feedback:
            break
        log.info("data entails %d schema triples; recompiling the rules", len(feedback))
        entailed_schema += feedback
        schema = list(dict.fromkeys(schema + feedback))
    for note in ruleset.notes:
        log.info("rules engine: %s", note)
    log.debug("rules engine: %d rules, %d rounds, equality=%s, %d quads copied",
              len(ruleset.rules), result.rounds, result.equality, result.copied)

    out = set(keep(result.derived)) | set(keep(entailed_schema))
    return out | _tbox_part(store, tbox, inferred_graph), "sparql", None


def _tbox_part(store: ox.Store, tbox: ClosedTBox, inferred_graph: str) -> set[ox.Triple]:
    """What the TBox closure adds and no graph but the inferred one asserts."""
    inferred = ox.NamedNode(inferred_graph)
    return {
        t for t in keep(tbox.added)
        if not any(q.graph_name != inferred for q in store.quads_for_pattern(*t, None))
    }


_SCHEMA_PREDICATES = frozenset(ox.NamedNode(p) for p in (*SCHEMA_PREDICATES, RDF_FIRST, RDF_REST))
_SCHEMA_CLASSES = frozenset(ox.NamedNode(c) for c in SCHEMA_CLASSES)
_RDF_TYPE = ox.NamedNode(RDF_TYPE)


def _input_quads(store: ox.Store, inferred_graph: str):
    """Every quad of every graph but the inferred one (default graph included)."""
    yield from store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    inferred = ox.NamedNode(inferred_graph)
    for g in store.named_graphs():
        if g != inferred:
            yield from store.quads_for_pattern(None, None, None, g)


def _closure_by_tables(
    store: ox.Store, tbox: ClosedTBox, prog: Program, inferred_graph: str
) -> tuple[set[ox.Triple], bool] | None:
    """(filtered inferred triples, maintainable) by the Python tables; None if the data entails schema."""
    facts = MemoryFacts((), prog.join_predicates)
    inputs = [(q.subject, q.predicate, q.object) for q in _input_quads(store, inferred_graph)]
    derived = saturate(prog, facts, [*tbox.closure, *inputs])
    if any(p in _SCHEMA_PREDICATES or (p == _RDF_TYPE and o in _SCHEMA_CLASSES)
           for _, p, o in derived):
        return None
    kept = set(keep(derived))
    maintainable = len(kept) == len(derived)  # nothing the store could not keep between runs
    return kept | _tbox_part(store, tbox, inferred_graph), maintainable


def _note_schema_elsewhere(store: ox.Store, schema: list[GTriple], ontology_graph: str) -> None:
    if not log.isEnabledFor(logging.INFO):
        return
    g = ox.NamedNode(ontology_graph)
    elsewhere = sum(
        1 for t in schema if not any(True for _ in store.quads_for_pattern(*t, g))
    )
    if elsewhere:
        log.info("%d schema triples are asserted outside %s", elsewhere, ontology_graph)


def _replace_graph(store: ox.Store, graph: str, triples: set[ox.Triple], *,
                   state: str | None = None) -> None:
    """Make ``graph`` hold exactly ``triples``, writing only the difference (and the state marker).

    Writes dominate on an on-disk store (dropping and re-adding 150k quads takes
    seconds in RocksDB), and a rebuild usually changes a small part of the
    inferred graph, so only stale triples are deleted and missing ones inserted.
    """
    g = ox.NamedNode(graph)
    old = {q.triple for q in store.quads_for_pattern(None, None, None, g)}
    _apply_diff(store, graph, old - triples, triples - old, state=state)


def _apply_diff(store: ox.Store, graph: str, deletes: set[ox.Triple], inserts: set[ox.Triple], *,
                state: str | None) -> None:
    """Delete and insert triples in ``graph``, then set the state marker.

    The marker is cleared together with the deletions (one update request) and
    set again only after the insertions (one ``extend`` transaction, or the bulk
    loader for a large new closure), so an interruption leaves no marker
    claiming a state the graph does not have: the next run recomputes. Inserts
    go through the Python API, not ``INSERT DATA``: half the time, and blank
    nodes keep their identity.
    """
    g = ox.NamedNode(graph)
    delete_triples(store, graph, deletes, also=[state_update(graph, None)])
    quads = (ox.Quad(t.subject, t.predicate, t.object, g) for t in inserts)
    if len(inserts) >= BULK_INSERT:  # a new closure of a large store: outside any transaction
        store.bulk_extend(quads)
    elif inserts:
        store.extend(quads)
    if state is not None:
        store.update(state_update(graph, state))
