"""Shared helpers for the reasoning tests: stores from Turtle, both engines, comparisons."""

from __future__ import annotations

import random
from functools import cache

import pyoxigraph as ox

from diplograph.rdf.namespaces import (
    GRAPH_ARTICLE_PREFIX,
    GRAPH_BACKGROUND,
    GRAPH_INFERRED,
    GRAPH_ONTOLOGY,
)
from diplograph.reasoning import infer
from diplograph.reasoning.exclusions import instance_triples
from diplograph.reasoning.tbox import collect_tbox, schema_subjects

EX = "http://example.org/dg#"
HEADER = f"""
@prefix ex: <{EX}> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
ARTICLE = GRAPH_ARTICLE_PREFIX + "a1"

#: A test ontology using every construct the diplograph ontology uses, and a few more.
TEST_ONTOLOGY = """
ex:Agent a owl:Class .
ex:Actor a owl:Class ; rdfs:subClassOf ex:Agent .
ex:State a owl:Class ; rdfs:subClassOf ex:Actor .
ex:Country a owl:Class ; owl:equivalentClass ex:State .
ex:Organisation a owl:Class ; rdfs:subClassOf ex:Actor .
ex:Person a owl:Class ; rdfs:subClassOf ex:Actor .
ex:Role a owl:Class .
ex:Statement a owl:Class .
ex:Coded a owl:Class .

ex:relatedTo a owl:ObjectProperty , owl:SymmetricProperty .
ex:partnerOf a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:subPropertyOf ex:relatedTo .
ex:allyOf a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:subPropertyOf ex:partnerOf ;
    rdfs:domain ex:Actor ; rdfs:range ex:Actor .
ex:memberOf a owl:ObjectProperty ; rdfs:domain ex:Actor ; rdfs:range ex:Organisation ;
    owl:inverseOf ex:hasMember ;
    owl:propertyChainAxiom ( ex:memberOf ex:partOf ) .
ex:isMemberOf owl:equivalentProperty ex:memberOf .
ex:partOf a owl:ObjectProperty , owl:TransitiveProperty ; owl:inverseOf ex:hasPart .
ex:holdsRole a owl:ObjectProperty ; rdfs:domain ex:Person ; rdfs:range ex:Role .
ex:roleFor a owl:ObjectProperty ; rdfs:domain ex:Role ; rdfs:range ex:Actor .
ex:speaksFor a owl:ObjectProperty ; owl:propertyChainAxiom ( ex:holdsRole ex:roleFor ) .
ex:speaker a owl:ObjectProperty ; rdfs:domain ex:Statement ; rdfs:range ex:Person .
ex:onBehalfOf a owl:ObjectProperty ; owl:propertyChainAxiom ( ex:speaker ex:speaksFor ) .
ex:name a owl:DatatypeProperty ; rdfs:domain ex:Agent ; rdfs:range xsd:string .
ex:code a owl:DatatypeProperty ; owl:inverseOf ex:codeOf .
ex:codeOf rdfs:range ex:Coded .
"""

#: Restrictions, intersections, unions, a functional property: the rest of OWL 2 RL.
EXTRA_ONTOLOGY = """
ex:Nuclear a owl:Class ; owl:equivalentClass [ a owl:Restriction ;
    owl:onProperty ex:status ; owl:hasValue ex:nuclearPower ] .
ex:Signatory a owl:Class ; owl:equivalentClass [ a owl:Restriction ;
    owl:onProperty ex:signed ; owl:someValuesFrom ex:Treaty ] .
ex:Party a owl:Class ; owl:equivalentClass [ a owl:Restriction ;
    owl:onProperty ex:party ; owl:someValuesFrom owl:Thing ] .
ex:Alliance a owl:Class ; rdfs:subClassOf [ a owl:Restriction ;
    owl:onProperty ex:hasMember ; owl:allValuesFrom ex:State ] .
ex:NuclearState a owl:Class ; owl:intersectionOf ( ex:State ex:Nuclear ) .
ex:Bloc a owl:Class ; owl:unionOf ( ex:Alliance ex:Organisation ) .
ex:capital a owl:ObjectProperty , owl:FunctionalProperty .
ex:iso3 a owl:DatatypeProperty , owl:FunctionalProperty .
"""

INDIVIDUALS = [ox.NamedNode(f"{EX}i{n}") for n in range(5)] + [ox.BlankNode("b0")]
LITERALS = [
    ox.Literal("x"),
    ox.Literal("x", language="en"),
    ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    ox.Literal("RUS"),
]
GRAPHS = [
    ox.DefaultGraph(),
    ox.NamedNode(GRAPH_BACKGROUND),
    ox.NamedNode(ARTICLE),
    ox.NamedNode(GRAPH_ARTICLE_PREFIX + "a2"),
]


@cache
def parsed(turtle: str) -> tuple[ox.Triple, ...]:
    """Parse once: blank node ids stay the same across stores, so the TBox cache hits."""
    return tuple(q.triple for q in ox.parse(HEADER + turtle, format=ox.RdfFormat.TURTLE))


def make_store(ontology: str, data: dict | None = None, path=None) -> ox.Store:
    """A store with ``ontology`` in the ontology graph and ``data`` ({graph: turtle}).

    A graph key of None is the default graph.
    """
    store = ox.Store(str(path)) if path is not None else ox.Store()
    onto = ox.NamedNode(GRAPH_ONTOLOGY)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, onto) for t in parsed(ontology))
    for graph, turtle in (data or {}).items():
        g = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in parsed(turtle))
    return store


def ex(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def triples(turtle: str) -> set[ox.Triple]:
    return set(parsed(turtle))


def inferred(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_INFERRED))}


def run(store: ox.Store, engine: str) -> set[ox.Triple]:
    report = infer(store, engine=engine)
    result = inferred(store)
    assert report.inferred_triples == len(result)
    assert report.engine == engine
    return result


def instance(store: ox.Store, result: set[ox.Triple]) -> set[ox.Triple]:
    return instance_triples(result, schema_subjects(collect_tbox(store, GRAPH_INFERRED)))


def both(store: ox.Store) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """(owlrl's inferred graph, the rules engine's inferred graph), every engine run on ``store``.

    The default engine ("rules": Python tables where they apply) and the
    SPARQL-compiled rules must give the same graph; that graph is returned.
    """
    reference = run(store, "owlrl")
    sparql = run(store, "sparql")
    rules = run(store, "rules")
    assert sparql == rules, describe_difference(sparql, rules, ("sparql", "rules"))
    return reference, rules


def describe_difference(a: set, b: set, names=("owlrl", "rules")) -> str:
    lines = [f"only {names[0]}: {t}" for t in sorted(a - b, key=str)]
    lines += [f"only {names[1]}: {t}" for t in sorted(b - a, key=str)]
    return "\n".join(lines[:40])


def assert_engines_agree(store: ox.Store, *, full: bool = True) -> set[ox.Triple]:
    """Both engines give the same instance triples (and, if ``full``, the same graph)."""
    reference, rules = both(store)
    ref_i, rules_i = instance(store, reference), instance(store, rules)
    assert ref_i == rules_i, describe_difference(ref_i, rules_i)
    if full:
        assert reference == rules, describe_difference(reference, rules)
    return rules_i


def synthetic_abox(n_triples: int, seed: int = 1) -> list[ox.Quad]:
    """About ``n_triples`` random but plausible quads over TEST_ONTOLOGY, spread over graphs."""
    rng = random.Random(seed)
    a = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def ex(local: str) -> ox.NamedNode:
        return ox.NamedNode(EX + local)

    n = max(8, n_triples // 12)
    states = [ex(f"state{i}") for i in range(n)]
    orgs = [ex(f"org{i}") for i in range(max(3, n // 6))]
    persons = [ex(f"person{i}") for i in range(n)]
    quads: list[ox.Quad] = []
    bg = ox.NamedNode(GRAPH_BACKGROUND)
    for i, s in enumerate(states):
        quads += [ox.Quad(s, a, ex("Country" if i % 4 == 0 else "State"), bg),
                  ox.Quad(s, ex("name"), ox.Literal(f"State {i}", language="en"), bg),
                  ox.Quad(s, ex("code"), ox.Literal(f"S{i:03d}"), bg),
                  ox.Quad(s, ex("allyOf" if i % 2 else "partnerOf"), rng.choice(states), bg),
                  ox.Quad(s, ex("memberOf" if i % 3 else "isMemberOf"), rng.choice(orgs), bg)]
    for i, o in enumerate(orgs[1:], start=1):
        quads.append(ox.Quad(o, ex("partOf"), orgs[rng.randrange(i)], bg))
    k = 0
    while len(quads) < n_triples:
        g = ox.NamedNode(f"{GRAPH_ARTICLE_PREFIX}{k % 20}")
        person, role, st = persons[k % len(persons)], ex(f"role{k}"), ex(f"statement{k}")
        quads += [ox.Quad(person, ex("holdsRole"), role, g),
                  ox.Quad(role, ex("roleFor"), rng.choice(states), g),
                  ox.Quad(st, ex("speaker"), person, g),
                  ox.Quad(st, ex("name"), ox.Literal(f"statement {k}"), g)]
        k += 1
    return quads
