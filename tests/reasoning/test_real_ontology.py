"""Engine equality on the diplograph ontology (and its SKOS vocabularies) plus a small ABox."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from reasoning_helpers import assert_engines_agree

from diplograph.rdf.namespaces import DG, GRAPH_ARTICLE_PREFIX, GRAPH_ONTOLOGY, ID, PREFIXES, RDF
from diplograph.resources import ontology_dir

ONTOLOGY = ontology_dir() / "diplograph.ttl"
ABOX = Path(__file__).with_name("abox_diplograph.ttl")

pytestmark = pytest.mark.skipif(
    not ONTOLOGY.exists(), reason=f"{ONTOLOGY} not written yet: nothing to check the engines on"
)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    onto = ox.NamedNode(GRAPH_ONTOLOGY)
    for path in sorted(ontology_dir().rglob("*.ttl")):  # as build.ontology_quads: no shapes
        if "shapes" not in path.parts:
            store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=onto)
    store.load(path=str(ABOX), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode(GRAPH_ARTICLE_PREFIX + "test"))
    return store


SPOT_CHECKS = [  # (an axiom of the ontology, what it entails from abox_diplograph.ttl)
    ("dg:speaksFor owl:propertyChainAxiom/rdf:rest*/rdf:first dg:isRoleFor",
     ("person/lavrov", DG + "speaksFor", "state/RUS")),
    ("dg:isOnBehalfOf owl:propertyChainAxiom/rdf:first dg:isMadeInRole",
     ("statement/s1", DG + "isOnBehalfOf", "state/RUS")),
    ("dg:isAllyOf a owl:SymmetricProperty", ("state/BLR", DG + "isAllyOf", "state/RUS")),
    ("dg:isPartOf a owl:TransitiveProperty", ("org/SCO-council", DG + "isPartOf", "org/EURASIA")),
    ("dg:isMemberOf owl:propertyChainAxiom/rdf:rest/rdf:first dg:isPartOf",
     ("state/IND", DG + "isMemberOf", "org/EURASIA")),
    ("dg:isMemberOf owl:inverseOf dg:hasMember", ("org/BRICS", DG + "hasMember", "state/RUS")),
    ("dg:Person rdfs:subClassOf dg:Actor", ("person/lavrov", RDF + "type", DG + "Actor")),
]


def test_engines_agree_on_the_diplograph_ontology(store):
    got = assert_engines_agree(store)
    checked = 0
    for axiom, (s, p, o) in SPOT_CHECKS:
        ask = f"PREFIX dg: <{DG}> ASK {{ GRAPH <{GRAPH_ONTOLOGY}> {{ {axiom} }} }}"
        if not store.query(ask, prefixes=PREFIXES):
            continue  # the ontology no longer says so
        obj = o if o.startswith("http") else ID + o
        assert ox.Triple(ox.NamedNode(ID + s), ox.NamedNode(p), ox.NamedNode(obj)) in got, axiom
        checked += 1
    assert checked >= 3, "the spot checks no longer match the ontology: update them"
