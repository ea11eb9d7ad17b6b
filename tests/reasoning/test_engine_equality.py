"""The rules engine infers exactly what the owlrl reference infers."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reasoning_helpers import (
    ARTICLE,
    EX,
    EXTRA_ONTOLOGY,
    GRAPHS,
    INDIVIDUALS,
    LITERALS,
    TEST_ONTOLOGY,
    assert_engines_agree,
    ex,
    make_store,
    synthetic_abox,
)

from diplograph.rdf.namespaces import GRAPH_BACKGROUND, GRAPH_ONTOLOGY

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")

CLASSES = [ox.NamedNode(EX + c) for c in (
    "Agent", "Actor", "State", "Country", "Organisation", "Person", "Role", "Statement",
    "Nuclear", "Signatory", "Alliance", "NuclearState", "Treaty",
)]
OBJECT_PROPERTIES = [ox.NamedNode(EX + p) for p in (
    "relatedTo", "partnerOf", "allyOf", "memberOf", "isMemberOf", "hasMember", "partOf",
    "hasPart", "holdsRole", "roleFor", "speaksFor", "speaker", "onBehalfOf", "status",
    "signed", "party", "capital", "unknownProperty",
)]
DATA_PROPERTIES = [ox.NamedNode(EX + p) for p in ("name", "code", "codeOf", "iso3")]


@st.composite
def quads(draw) -> ox.Quad:
    subject = draw(st.sampled_from(INDIVIDUALS))
    graph = draw(st.sampled_from(GRAPHS))
    kind = draw(st.sampled_from(["type", "object", "object", "object", "data", "odd", "sameAs"]))
    if kind == "type":
        return ox.Quad(subject, RDF_TYPE, draw(st.sampled_from(CLASSES)), graph)
    if kind == "object":
        p = draw(st.sampled_from(OBJECT_PROPERTIES))
        return ox.Quad(subject, p, draw(st.sampled_from(INDIVIDUALS)), graph)
    if kind == "data":
        p = draw(st.sampled_from(DATA_PROPERTIES))
        return ox.Quad(subject, p, draw(st.sampled_from(LITERALS)), graph)
    if kind == "odd":  # literals where objects belong: the generalised-RDF corner of owlrl
        p = draw(st.sampled_from(OBJECT_PROPERTIES + DATA_PROPERTIES))
        return ox.Quad(subject, p, draw(st.sampled_from(LITERALS + INDIVIDUALS)), graph)
    return ox.Quad(subject, SAME_AS, draw(st.sampled_from(INDIVIDUALS)), graph)


SETTINGS = settings(
    max_examples=50, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(st.lists(quads(), min_size=1, max_size=14))
def test_random_abox_core_ontology(abox):
    store = make_store(TEST_ONTOLOGY)
    store.extend(abox)
    assert_engines_agree(store)


@SETTINGS
@given(st.lists(quads(), min_size=1, max_size=14))
def test_random_abox_with_restrictions_and_functional_properties(abox):
    store = make_store(TEST_ONTOLOGY + EXTRA_ONTOLOGY)
    store.extend(abox)
    assert_engines_agree(store)


def test_synthetic_1k_graph():
    store = make_store(TEST_ONTOLOGY)
    store.extend(synthetic_abox(1000))
    assert len(store) > 1000
    got = assert_engines_agree(store)
    assert len(got) > 500


def test_schema_axioms_outside_the_ontology_graph_count():
    store = make_store(TEST_ONTOLOGY, {
        GRAPH_BACKGROUND: "ex:Embassy rdfs:subClassOf ex:Mission . ex:hosts owl:inverseOf ex:hostedBy .",
        ARTICLE: "ex:e1 a ex:Embassy ; ex:hosts ex:amb .",
        None: "ex:Mission rdfs:subClassOf ex:Actor .",  # the default graph is input too
    })
    got = assert_engines_agree(store)
    assert ox.Triple(ex("e1"), RDF_TYPE, ex("Mission")) in got
    assert ox.Triple(ex("e1"), RDF_TYPE, ex("Agent")) in got
    assert ox.Triple(ex("amb"), ex("hostedBy"), ex("e1")) in got


def test_data_that_entails_schema_triples():
    """owl:sameAs between properties makes the data entail schema axioms: the rules recompile."""
    store = make_store("ex:p a owl:TransitiveProperty ; rdfs:range ex:Place .", {
        ARTICLE: "ex:q owl:sameAs ex:p . ex:a ex:q ex:b . ex:b ex:q ex:c .",
    })
    got = assert_engines_agree(store)
    assert ox.Triple(ex("a"), ex("q"), ex("c")) in got
    assert ox.Triple(ex("c"), RDF_TYPE, ex("Place")) in got


def test_ontology_graph_holding_instance_data_too():
    """SKOS concepts and labels live in the ontology graph; they are data for the rules."""
    store = make_store(TEST_ONTOLOGY + """
        ex:hasType rdfs:range ex:Concept . ex:role1 ex:hasType ex:minister .
        ex:minister rdfs:label "minister"@en .
    """)
    store.add(ox.Quad(ox.NamedNode(EX + "x"), ox.NamedNode(EX + "allyOf"), ox.NamedNode(EX + "y"),
                      ox.NamedNode(GRAPH_ONTOLOGY)))
    got = assert_engines_agree(store)
    assert ox.Triple(ox.NamedNode(EX + "minister"), RDF_TYPE, ox.NamedNode(EX + "Concept")) in got
