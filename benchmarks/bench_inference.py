"""Inference benchmark: the compiled-rules engine against the owlrl reference.

Generates a synthetic diplomatic ABox (states, organisations, persons, roles,
statements, memberships, alliances, places) at ~1k and ~10k triples (~100k with
``--large``) over a small built-in ontology that uses every construct the
diplograph ontology uses (sub-classes and sub-properties, equivalences,
domain/range, inverse, symmetric and transitive properties, a property chain
built on another chain; ``--functional`` adds an owl:FunctionalProperty, which
switches on equality reasoning), runs both engines side by side on the same
store, checks that they agree, and prints the median time of ``--runs`` runs of
each and the owlrl/rules ratio. "rules cold" is the first run of the rules
engine in the process (it includes closing the TBox with owlrl); the median is
over warm runs (TBox from the cache), as in a long-running process or with the
on-disk TBox cache. ``--disk`` uses an on-disk (RocksDB) store instead of an
in-memory one.

    .venv/bin/python benchmarks/bench_inference.py [--large] [--runs 3] [--sizes 1000 10000]
        [--disk] [--functional] [--variants]

``--variants`` also times the fixpoint alone (copy in, rules, read out; no
TBox, no filtering, no writing) semi-naive vs naive, and with all rules of a
round in one update request vs one request per rule.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time

import pyoxigraph as ox

from diplograph.rdf.namespaces import (
    DG,
    GRAPH_ARTICLE_PREFIX,
    GRAPH_BACKGROUND,
    GRAPH_INFERRED,
    GRAPH_ONTOLOGY,
    ID,
    RDF,
    XSD,
)
from diplograph.reasoning import compiled, infer
from diplograph.reasoning.exclusions import instance_triples
from diplograph.reasoning.fixpoint import run_fixpoint
from diplograph.reasoning.tbox import clear_cache, close_tbox, collect_tbox, schema_subjects

ONTOLOGY = f"""
@prefix dg: <{DG}> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <{XSD}> .
@prefix prov: <http://www.w3.org/ns/prov#> .

dg:Actor a owl:Class ; rdfs:subClassOf prov:Agent .
dg:State a owl:Class ; rdfs:subClassOf dg:Actor .
dg:Country a owl:Class ; owl:equivalentClass dg:State .
dg:Organisation a owl:Class ; rdfs:subClassOf dg:Actor .
dg:InternationalOrganisation a owl:Class ; rdfs:subClassOf dg:Organisation .
dg:Person a owl:Class ; rdfs:subClassOf dg:Actor , prov:Person .
dg:Role a owl:Class .
dg:Statement a owl:Class ; rdfs:subClassOf prov:Entity .
dg:Place a owl:Class .
dg:City a owl:Class ; rdfs:subClassOf dg:Place .

dg:relatedTo a owl:ObjectProperty , owl:SymmetricProperty .
dg:cooperatesWith a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:subPropertyOf dg:relatedTo .
dg:allyOf a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:subPropertyOf dg:cooperatesWith ;
    rdfs:domain dg:State ; rdfs:range dg:State .
dg:memberOf a owl:ObjectProperty , owl:TransitiveProperty ; rdfs:domain dg:Actor ;
    rdfs:range dg:Organisation ; owl:inverseOf dg:hasMember .
dg:isMemberOf owl:equivalentProperty dg:memberOf .
dg:locatedIn a owl:ObjectProperty , owl:TransitiveProperty ; rdfs:range dg:Place .
dg:holdsRole a owl:ObjectProperty ; rdfs:domain dg:Person ; rdfs:range dg:Role .
dg:roleOf a owl:ObjectProperty ; rdfs:domain dg:Role ; rdfs:range dg:State .
dg:represents a owl:ObjectProperty ; owl:propertyChainAxiom ( dg:holdsRole dg:roleOf ) .
dg:speaker a owl:ObjectProperty ; rdfs:domain dg:Statement ; rdfs:range dg:Person ;
    rdfs:subPropertyOf prov:wasAttributedTo .
dg:speaksFor a owl:ObjectProperty ; owl:propertyChainAxiom ( dg:speaker dg:represents ) .
dg:supports a owl:ObjectProperty ; rdfs:subPropertyOf dg:addresses ; rdfs:range dg:Actor .
dg:opposes a owl:ObjectProperty ; rdfs:subPropertyOf dg:addresses ; rdfs:range dg:Actor .
dg:addresses a owl:ObjectProperty ; rdfs:domain dg:Statement .
dg:name a owl:DatatypeProperty ; rdfs:domain prov:Agent .
dg:date a owl:DatatypeProperty ; rdfs:domain dg:Statement .
dg:confidence a owl:DatatypeProperty ; rdfs:range xsd:decimal .
"""


def _iri(kind: str, n: int) -> ox.NamedNode:
    return ox.NamedNode(f"{ID}{kind}/{n}")


def synthetic_abox(target: int, seed: int = 7) -> list[ox.Quad]:
    """About ``target`` asserted quads of diplomatic data (background + article graphs)."""
    rng = random.Random(seed)
    a = ox.NamedNode(RDF + "type")

    def p(name: str) -> ox.NamedNode:
        return ox.NamedNode(DG + name)

    bg = ox.NamedNode(GRAPH_BACKGROUND)
    quads: list[ox.Quad] = []
    n_states = max(10, target // 60)
    n_orgs = max(3, n_states // 8)
    n_persons = max(10, target // 40)
    n_places = max(10, target // 50)
    for i in range(n_states):
        s = _iri("state", i)
        quads += [ox.Quad(s, a, p("Country" if i % 5 == 0 else "State"), bg),
                  ox.Quad(s, p("name"), ox.Literal(f"State {i}", language="en"), bg)]
        for _ in range(2):
            quads.append(ox.Quad(s, p("allyOf" if rng.random() < 0.5 else "cooperatesWith"),
                                 _iri("state", rng.randrange(n_states)), bg))
        quads.append(ox.Quad(s, p("memberOf" if i % 3 else "isMemberOf"),
                             _iri("org", rng.randrange(n_orgs)), bg))
    for i in range(n_orgs):
        o = _iri("org", i)
        quads += [ox.Quad(o, a, p("InternationalOrganisation"), bg),
                  ox.Quad(o, p("name"), ox.Literal(f"Organisation {i}"), bg)]
        if i > 0:  # memberships nest: a forest, so memberOf chains are a few hops long
            quads.append(ox.Quad(o, p("memberOf"), _iri("org", rng.randrange(i)), bg))
    for i in range(n_places):
        c = _iri("place", i)
        parent = _iri("place", rng.randrange(i)) if i > 3 else _iri("state", i)
        quads += [ox.Quad(c, a, p("City"), bg), ox.Quad(c, p("locatedIn"), parent, bg)]
    for i in range(n_persons):
        person, role = _iri("person", i), _iri("role", i)
        quads += [ox.Quad(person, a, p("Person"), bg),
                  ox.Quad(person, p("name"), ox.Literal(f"Person {i}"), bg),
                  ox.Quad(person, p("holdsRole"), role, bg),
                  ox.Quad(role, p("roleOf"), _iri("state", rng.randrange(n_states)), bg)]
    i = 0
    while len(quads) < target:
        g = ox.NamedNode(f"{GRAPH_ARTICLE_PREFIX}{i // 8}")
        st = _iri("statement", i)
        quads += [
            ox.Quad(st, a, p("Statement"), g),
            ox.Quad(st, p("speaker"), _iri("person", rng.randrange(n_persons)), g),
            ox.Quad(st, p("supports" if rng.random() < 0.6 else "opposes"),
                    _iri("state", rng.randrange(n_states)), g),
            ox.Quad(st, p("date"), ox.Literal(f"2025-05-{1 + i % 28:02d}",
                                              datatype=ox.NamedNode(XSD + "date")), g),
            ox.Quad(st, p("confidence"), ox.Literal(f"0.{rng.randrange(50, 99)}",
                                                    datatype=ox.NamedNode(XSD + "decimal")), g),
        ]
        if rng.random() < 0.2:
            quads.append(ox.Quad(_iri("place", rng.randrange(n_places)), p("locatedIn"),
                                 _iri("state", rng.randrange(n_states)), g))
        i += 1
    return quads


def build_store(target: int, ontology: str = ONTOLOGY, path: str | None = None) -> ox.Store:
    store = ox.Store(path) if path else ox.Store()
    store.load(ontology, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(GRAPH_ONTOLOGY))
    store.extend(synthetic_abox(target))
    return store


def inferred(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_INFERRED))}


def time_engine(store: ox.Store, engine: str, runs: int, *, warm: bool) -> list[float]:
    times = []
    graph = ox.NamedNode(GRAPH_INFERRED)
    for _ in range(runs):
        if not warm:
            clear_cache()
        if store.contains_named_graph(graph):  # every run computes and writes everything
            store.remove_graph(graph)
        started = time.perf_counter()
        infer(store, engine=engine)
        times.append(time.perf_counter() - started)
    return times


def time_variants(store: ox.Store, runs: int) -> str:
    tbox = close_tbox(collect_tbox(store, GRAPH_INFERRED))
    rules = compiled(tbox)
    out = []
    for semi_naive in (True, False):
        for grouped in (True, False):
            times, derived = [], 0
            for _ in range(runs):
                started = time.perf_counter()
                result = run_fixpoint(store, tbox.closure, rules, GRAPH_INFERRED,
                                      semi_naive=semi_naive, grouped=grouped)
                times.append(time.perf_counter() - started)
                derived = len(result.derived)
            name = ("semi-naive" if semi_naive else "naive") + (
                "/grouped" if grouped else "/per-rule")
            out.append(f"{name} {statistics.median(times):.3f}s ({result.rounds} rounds,"
                       f" {derived} derived)")
    return "; ".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--large", action="store_true", help="also run ~100k triples")
    ap.add_argument("--runs", type=int, default=3, help="runs per engine (median reported)")
    ap.add_argument("--sizes", type=int, nargs="*", help="explicit ABox sizes (triples)")
    ap.add_argument("--disk", action="store_true", help="on-disk stores (in a temporary folder)")
    ap.add_argument("--variants", action="store_true",
                    help="also time the fixpoint: semi-naive vs naive, grouped vs per rule")
    ap.add_argument("--no-owlrl", action="store_true", help="time the rules engine only")
    ap.add_argument("--functional", action="store_true",
                    help="declare dg:date functional (equality reasoning on)")
    args = ap.parse_args(argv)
    ontology = ONTOLOGY
    if args.functional:
        ontology = ontology.replace("dg:date a owl:DatatypeProperty ;",
                                    "dg:date a owl:DatatypeProperty , owl:FunctionalProperty ;")
    sizes = args.sizes or ([1_000, 10_000] + ([100_000] if args.large else []))

    print(f"{'triples':>8} {'inferred':>9} {'owlrl s':>9} {'rules s':>9} {'rules cold s':>13}"
          f" {'ratio':>8}  agree")
    ok = True
    tmp = tempfile.TemporaryDirectory(prefix="bench-inference-") if args.disk else None
    for size in sizes:
        store = build_store(size, ontology, f"{tmp.name}/{size}" if tmp else None)
        asserted = len(store)
        if not args.no_owlrl:
            owl_times = time_engine(store, "owlrl", args.runs, warm=True)
            reference = inferred(store)
        cold = time_engine(store, "rules", 1, warm=False)  # includes closing the TBox
        rule_times = time_engine(store, "rules", args.runs, warm=True)
        result = inferred(store)
        rules_t = statistics.median(rule_times)
        if args.no_owlrl:
            print(f"{asserted:>8} {len(result):>9} {'-':>9} {rules_t:>9.3f} {cold[0]:>13.3f}")
        else:
            subjects = schema_subjects(collect_tbox(store, GRAPH_INFERRED))
            agree = instance_triples(reference, subjects) == instance_triples(result, subjects)
            full = reference == result
            ok &= agree
            owl_t = statistics.median(owl_times)
            print(f"{asserted:>8} {len(result):>9} {owl_t:>9.3f} {rules_t:>9.3f} {cold[0]:>13.3f}"
                  f" {owl_t / rules_t:>7.1f}x  instance={agree} full={full}")
        if args.variants:
            print(f"{'':>8} fixpoint: {time_variants(store, args.runs)}")
        sys.stdout.flush()
    if tmp:
        del store
        tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
