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
to the current inferred graph is applied: one update request (one transaction)
for the triples without blank nodes, then the few with blank nodes through the
Python API (SPARQL ``INSERT DATA`` would rename blank nodes).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from diplograph.errors import ConfigurationError
from diplograph.rdf.namespaces import GRAPH_INFERRED, GRAPH_ONTOLOGY

from .exclusions import EXCLUSIONS, GTriple, excluded, keep
from .fixpoint import run_fixpoint
from .owlrl_reference import infer_owlrl
from .rules import RuleSet, compile_rules
from .tbox import ClosedTBox, close_tbox, collect_tbox

__all__ = ["ENGINES", "EXCLUSIONS", "InferenceReport", "excluded", "infer"]

ENGINES: tuple[str, ...] = ("rules", "owlrl")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InferenceReport:
    engine: str  # "rules" or "owlrl"
    inferred_triples: int  # triples now in the inferred graph
    seconds: float


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
    if engine == "owlrl":
        triples = set(keep(infer_owlrl(store, inferred_graph)))
    else:
        triples = infer_rules(store, ontology_graph=ontology_graph,
                              inferred_graph=inferred_graph, cache_dir=cache_dir)
    _replace_graph(store, inferred_graph, triples)
    return InferenceReport(engine, len(triples), time.perf_counter() - started)


_RULES_CACHE: dict[str, RuleSet] = {}


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
) -> set[ox.Triple]:
    """The filtered inferred triples of the rules engine (nothing is written)."""
    schema = collect_tbox(store, inferred_graph)
    _note_schema_elsewhere(store, schema, ontology_graph)
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
    inferred = ox.NamedNode(inferred_graph)
    for t in keep(tbox.added):
        if not any(q.graph_name != inferred for q in store.quads_for_pattern(*t, None)):
            out.add(t)
    return out


def _note_schema_elsewhere(store: ox.Store, schema: list[GTriple], ontology_graph: str) -> None:
    if not log.isEnabledFor(logging.INFO):
        return
    g = ox.NamedNode(ontology_graph)
    elsewhere = sum(
        1 for t in schema if not any(True for _ in store.quads_for_pattern(*t, g))
    )
    if elsewhere:
        log.info("%d schema triples are asserted outside %s", elsewhere, ontology_graph)


def _has_bnode(t: ox.Triple) -> bool:
    return isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)


def _replace_graph(store: ox.Store, graph: str, triples: set[ox.Triple]) -> None:
    """Make ``graph`` hold exactly ``triples``, writing only the difference.

    Writes dominate on an on-disk store (dropping and re-adding 150k quads takes
    seconds in RocksDB), and a rebuild usually changes a small part of the
    inferred graph, so only stale triples are deleted and missing ones inserted.
    Triples without blank nodes change in one update request (one transaction);
    ``INSERT DATA`` would rename blank nodes, so triples with blank nodes are
    removed and added through the Python API right after.
    """
    g = ox.NamedNode(graph)
    old = {q.triple for q in store.quads_for_pattern(None, None, None, g)}
    ops = []
    with_bnodes: dict[str, list[ox.Triple]] = {"DELETE": [], "INSERT": []}
    for verb, group in (("DELETE", old - triples), ("INSERT", triples - old)):
        plain = []
        for t in group:
            (with_bnodes[verb] if _has_bnode(t) else plain).append(t)
        if plain:
            body = ox.serialize(plain, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            ops.append(f"{verb} DATA {{ GRAPH <{graph}> {{\n{body}}} }}")
    if ops:
        store.update(" ;\n".join(ops))
    for t in with_bnodes["DELETE"]:
        store.remove(ox.Quad(t.subject, t.predicate, t.object, g))
    store.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in with_bnodes["INSERT"])
