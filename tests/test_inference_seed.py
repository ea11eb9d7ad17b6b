"""The engine the build runs gives exactly owlrl's OWL-RL closure on the real seed graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from diplograph.rdf.namespaces import GRAPH_INFERRED
from diplograph.reasoning import infer

pytestmark = pytest.mark.model


def _copy_without_inferred(store) -> ox.Store:
    copy = ox.Store()
    inferred = ox.NamedNode(GRAPH_INFERRED)
    copy.extend(q for q in store.quads() if q.graph_name != inferred)
    return copy


def _inferred(store: ox.Store) -> set:
    return {
        q.triple
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_INFERRED))
        if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
    }


def test_rules_engine_equals_owlrl_on_the_seed_graph(seed_store):
    by_rules, by_owlrl = _copy_without_inferred(seed_store), _copy_without_inferred(seed_store)
    rules = infer(by_rules, engine="rules")
    reference = infer(by_owlrl, engine="owlrl")
    assert rules.inferred_triples > 1000
    got, expected = _inferred(by_rules), _inferred(by_owlrl)
    assert got == expected, (sorted(map(str, got - expected))[:10], sorted(map(str, expected - got))[:10])
    assert rules.inferred_triples == reference.inferred_triples


def test_the_build_left_exactly_the_rules_closure_in_the_store(seed_store):
    fresh = _copy_without_inferred(seed_store)
    infer(fresh, engine="rules")
    stored = {
        q.triple
        for q in seed_store.quads(GRAPH_INFERRED)
        if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
    }
    assert stored == _inferred(fresh)
