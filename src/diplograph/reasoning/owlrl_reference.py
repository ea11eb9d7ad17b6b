"""The reference engine: owlrl's brute-force OWL 2 RL closure over an rdflib copy.

Terms cross the boundary unchanged: blank nodes keep their pyoxigraph ids (so
inferred triples about them refer to the same nodes in the store), literals are
built with ``normalize=False`` (pyoxigraph has already canonicalised them) and
``xsd:string`` literals become rdflib plain literals, as rdflib itself would
parse them (owlrl then does not type them ``xsd:string``; the rules engine
follows the same convention).
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable
from contextlib import contextmanager

import pyoxigraph as ox
import rdflib

from diplograph.rdf.namespaces import XSD

from .exclusions import GTriple, Term

_XSD_STRING = XSD + "string"


def to_rdflib(term: Term) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language, normalize=False)
        if term.datatype.value == _XSD_STRING:
            return rdflib.Literal(term.value, normalize=False)
        return rdflib.Literal(term.value, datatype=term.datatype.value, normalize=False)
    raise TypeError(f"unsupported term {term!r}")


def from_rdflib(node: rdflib.term.Node) -> Term:
    if isinstance(node, rdflib.URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, rdflib.BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, rdflib.Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"unsupported node {node!r}")


@contextmanager
def _quiet():
    """Silence rdflib/owlrl deprecation warnings and ill-typed-literal log lines, locally."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", UserWarning)
            yield
    finally:
        logger.setLevel(level)


def owlrl_closure(triples: Iterable[GTriple]) -> set[GTriple]:
    """What ``owlrl.DeductiveClosure(OWLRL_Semantics)`` adds to ``triples``.

    The result is a set of generalised triples (literal subjects included),
    unfiltered; it never contains one of the input triples.
    """
    import owlrl

    with _quiet():
        graph = rdflib.Graph()
        for s, p, o in triples:
            graph.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
        before = set(graph)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
        added = [t for t in graph if t not in before]
        return {(from_rdflib(s), from_rdflib(p), from_rdflib(o)) for s, p, o in added}


def input_triples(store: ox.Store, inferred_graph: str) -> set[GTriple]:
    """The union of every graph of ``store`` (default graph included) but the inferred one."""
    inferred = ox.NamedNode(inferred_graph)
    return {
        (q.subject, q.predicate, q.object) for q in store if q.graph_name != inferred
    }


def infer_owlrl(store: ox.Store, inferred_graph: str) -> set[GTriple]:
    """The owlrl closure of the store's asserted triples, minus those triples (unfiltered)."""
    return owlrl_closure(input_triples(store, inferred_graph))
