"""Incremental maintenance (DRed) gives exactly the from-scratch closure, after any sequence of changes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reasoning_helpers import (
    EX,
    INDIVIDUALS,
    TEST_ONTOLOGY,
    describe_difference,
    inferred,
    make_store,
)

from diplograph.build import ontology_quads
from diplograph.rdf.namespaces import DG, GRAPH_ARTICLE_PREFIX, GRAPH_INFERRED, GRAPH_ONTOLOGY
from diplograph.reasoning import infer, update_inferred

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
TEST_CLASSES = [ox.NamedNode(EX + c) for c in ("Agent", "Actor", "State", "Country", "Person", "Role")]
TEST_PROPERTIES = [ox.NamedNode(EX + p) for p in (
    "relatedTo", "partnerOf", "allyOf", "memberOf", "isMemberOf", "hasMember", "partOf", "hasPart",
    "holdsRole", "roleFor", "speaksFor", "speaker", "onBehalfOf",
)]
ODD = [ox.NamedNode(EX + "code")]  # inverse of a datatype property: literal subjects, no incremental


def ontology_terms(quads: list[ox.Quad]) -> tuple[list[ox.NamedNode], list[ox.NamedNode]]:
    """(classes, object properties) declared by an ontology."""
    owl = "http://www.w3.org/2002/07/owl#"
    classes = sorted({q.subject for q in quads if q.predicate == RDF_TYPE
                      and q.object == ox.NamedNode(owl + "Class") and isinstance(q.subject, ox.NamedNode)
                      and q.subject.value.startswith(DG)}, key=str)
    props = sorted({q.subject for q in quads if q.predicate == RDF_TYPE
                    and q.object in (ox.NamedNode(owl + "ObjectProperty"),
                                     ox.NamedNode(owl + "TransitiveProperty"),
                                     ox.NamedNode(owl + "SymmetricProperty"))
                    and q.subject.value.startswith(DG)}, key=str)
    return classes, props


def triple_strategy(classes, properties, odd=()):
    individuals = st.sampled_from(INDIVIDUALS[:6])
    typed = st.builds(lambda s, c: ox.Triple(s, RDF_TYPE, c), individuals, st.sampled_from(classes))
    linked = st.builds(ox.Triple, individuals, st.sampled_from(properties), individuals)
    strategies = [typed, linked, linked, linked]
    if odd:
        strategies.append(st.builds(lambda s, p: ox.Triple(s, p, ox.Literal("X1")),
                                    individuals, st.sampled_from(odd)))
    return st.one_of(strategies)


def operations(triples):
    """(article number, its new triples; None = remove the article)."""
    return st.lists(
        st.tuples(st.integers(0, 3), st.one_of(st.none(), st.sets(triples, max_size=6))),
        min_size=1, max_size=6,
    )


def apply(store: ox.Store, article: int, triples: set[ox.Triple] | None):
    """Replace (or remove) one article graph the way a build does, then maintain the inferred graph."""
    g = ox.NamedNode(f"{GRAPH_ARTICLE_PREFIX}t{article}")
    old = {q.triple for q in store.quads_for_pattern(None, None, None, g)}
    new = triples or set()
    store.remove_graph(g) if store.contains_named_graph(g) else None
    store.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in new)
    return update_inferred(store, old - new, new - old)


def from_scratch(store: ox.Store) -> set[ox.Triple]:
    copy = ox.Store()
    copy.extend(q for q in store if q.graph_name != ox.NamedNode(GRAPH_INFERRED))
    infer(copy)
    return inferred(copy)


def check_sequence(store: ox.Store, ops) -> list[str]:
    methods = []
    for article, triples in ops:
        report = apply(store, article, triples)
        methods.append(report.method)
        expected = from_scratch(store)
        got = inferred(store)
        assert got == expected, describe_difference(expected, got, ("scratch", "incremental"))
        assert report.inferred_triples == len(got)
    return methods


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(operations(triple_strategy(TEST_CLASSES, TEST_PROPERTIES)))
def test_test_ontology_sequences(ops):
    store = make_store(TEST_ONTOLOGY)
    infer(store)
    methods = check_sequence(store, ops)
    assert set(methods) == {"incremental"}  # nothing here forces a full closure


@SETTINGS
@given(operations(triple_strategy(TEST_CLASSES, TEST_PROPERTIES, ODD)))
def test_literal_subjects_fall_back_to_full_closures(ops):
    store = make_store(TEST_ONTOLOGY)
    infer(store)
    check_sequence(store, ops)


_ONTOLOGY = ontology_quads()
_CLASSES, _PROPERTIES = ontology_terms(_ONTOLOGY)


@SETTINGS
@given(operations(triple_strategy(_CLASSES, _PROPERTIES)))
def test_diplograph_ontology_sequences(ops):
    store = ox.Store()
    store.extend(_ONTOLOGY)
    infer(store)
    methods = check_sequence(store, ops)
    assert set(methods) == {"incremental"}


def test_no_state_means_a_full_closure():
    store = make_store(TEST_ONTOLOGY)
    report = apply(store, 0, {ox.Triple(INDIVIDUALS[0], TEST_PROPERTIES[2], INDIVIDUALS[1])})
    assert report.method == "tables"
    again = apply(store, 1, {ox.Triple(INDIVIDUALS[1], TEST_PROPERTIES[6], INDIVIDUALS[2])})
    assert again.method == "incremental"


def test_schema_change_means_a_full_closure():
    store = make_store(TEST_ONTOLOGY)
    infer(store)
    sub = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
    report = apply(store, 0, {ox.Triple(TEST_CLASSES[5], sub, TEST_CLASSES[0])})
    assert report.method == "tables"


@pytest.mark.parametrize("engine", ["sparql", "owlrl"])
def test_other_engines_leave_no_state(engine):
    store = make_store(TEST_ONTOLOGY)
    infer(store, engine=engine)
    report = apply(store, 0, {ox.Triple(INDIVIDUALS[0], TEST_PROPERTIES[2], INDIVIDUALS[1])})
    assert report.method == "tables"
    assert GRAPH_ONTOLOGY  # the ontology graph is untouched by all of this
