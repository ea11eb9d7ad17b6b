"""The exclusion filter (pure) that both engines' output goes through."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from diplograph.reasoning.exclusions import EXCLUSIONS, excluded, keep

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
EX = "http://example.org/dg#"


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


A, B = n(EX + "a"), n(EX + "b")
TYPE = n(RDF + "type")

CASES = [
    ((ox.Literal("RUS"), n(EX + "codeOf"), A), "literal-subject"),
    ((ox.Literal("RUS"), TYPE, n(XSD + "string")), "literal-subject"),
    ((A, ox.BlankNode("p"), B), "generalised-predicate"),
    ((n(OWL + "Thing"), TYPE, n(OWL + "Class")), "vocabulary-subject"),
    ((n(RDFS + "label"), TYPE, n(OWL + "AnnotationProperty")), "vocabulary-subject"),
    ((n(XSD + "string"), TYPE, n(RDFS + "Datatype")), "vocabulary-subject"),
    ((n(RDF + "type"), n(OWL + "sameAs"), n(RDF + "type")), "vocabulary-subject"),
    ((A, n(OWL + "sameAs"), A), "reflexive-sameAs"),
    ((A, TYPE, n(OWL + "Thing")), "trivial-type"),
    ((A, TYPE, n(RDFS + "Resource")), "trivial-type"),
    ((A, n(RDFS + "subClassOf"), A), "trivial-schema"),
    ((A, n(RDFS + "subClassOf"), n(OWL + "Thing")), "trivial-schema"),
    ((A, n(OWL + "equivalentClass"), A), "trivial-schema"),
    ((A, n(RDFS + "subPropertyOf"), A), "trivial-schema"),
    ((A, n(OWL + "equivalentProperty"), A), "trivial-schema"),
    ((A, TYPE, n(XSD + "decimal")), "datatype-axiom"),
    ((A, TYPE, n(RDFS + "Literal")), "datatype-axiom"),
    ((A, TYPE, n(RDFS + "Datatype")), "datatype-axiom"),
    ((ox.BlankNode("m"), TYPE, n("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")),
     "owlrl-error-report"),
    ((ox.BlankNode("m"), n("http://www.daml.org/2002/03/agents/agent-ont#error"),
      ox.Literal("Disjoint classes ...")), "owlrl-error-report"),
]

KEPT = [
    (A, TYPE, n(EX + "State")),
    (A, n(OWL + "sameAs"), B),
    (A, n(EX + "name"), ox.Literal("Russia", language="en")),
    (A, n(RDFS + "subClassOf"), B),
    (ox.BlankNode("x"), TYPE, n(EX + "State")),
    (A, TYPE, ox.BlankNode("restriction")),
    (A, TYPE, n(RDF + "Property")),  # deliberately not excluded (see the module docstring)
]


@pytest.mark.parametrize(("triple", "reason"), CASES, ids=[r for _, r in CASES])
def test_excluded(triple, reason):
    assert excluded(*triple) == reason
    assert reason in {name for name, _ in EXCLUSIONS}
    assert list(keep([triple])) == []


@pytest.mark.parametrize("triple", KEPT, ids=str)
def test_kept(triple):
    assert excluded(*triple) is None
    assert list(keep([triple])) == [ox.Triple(*triple)]
