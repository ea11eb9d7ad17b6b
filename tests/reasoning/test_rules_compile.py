"""Compiling a closed TBox into SPARQL rules (pure) and running them."""

from __future__ import annotations

import pyoxigraph as ox
from reasoning_helpers import EXTRA_ONTOLOGY, TEST_ONTOLOGY, make_store, parsed, synthetic_abox

from diplograph.rdf.namespaces import GRAPH_INFERRED
from diplograph.reasoning import compiled
from diplograph.reasoning.fixpoint import run_fixpoint
from diplograph.reasoning.rules import DELTA, DELTA_OPEN, NEW, TermCodec, compile_rules
from diplograph.reasoning.tbox import close_tbox, collect_tbox


def closed(turtle: str):
    return close_tbox([(t.subject, t.predicate, t.object) for t in parsed(turtle)])


def test_rules_for_every_construct():
    rules = compile_rules(closed(TEST_ONTOLOGY + EXTRA_ONTOLOGY).closure)
    names = {r.name.split("#")[0].split(" ")[0] for r in rules.rules}
    assert {"cax-sco", "prp-spo1", "prp-dom", "prp-rng", "prp-inv", "prp-symp", "prp-trp",
            "prp-spo2", "prp-fp", "cls-hv1", "cls-hv2", "cls-svf1", "cls-svf2", "cls-avf",
            "cls-int1"} <= names
    assert rules.may_derive_same_as  # ex:capital is functional
    assert {r.name for r in rules.equality_rules} >= {"eq-sym", "eq-rep-s#1", "eq-rep-o#2"}


def test_semi_naive_variants():
    rules = compile_rules(closed(TEST_ONTOLOGY).closure)
    for rule in rules.rules + rules.equality_rules:
        assert rule.sparql.count(DELTA_OPEN) == 1, rule.name
        assert f"GRAPH <{NEW}>" in rule.sparql
    trp = [r for r in rules.rules if r.name.startswith("prp-trp")]
    assert [r.first_round for r in trp] == [True, False]


def test_restricted_copy_without_equality():
    rules = compile_rules(closed(TEST_ONTOLOGY).closure)
    assert not rules.may_derive_same_as
    assert rules.predicates is not None and "http://example.org/dg#allyOf" in rules.predicates
    assert rules.type_classes is not None and "http://example.org/dg#State" in rules.type_classes
    # owl:Thing is never read by a rule: the scm-cls sub-classes of owl:Thing are not compiled
    assert "http://www.w3.org/2002/07/owl#Thing" not in rules.type_classes


def test_every_rule_is_valid_sparql_update():
    rules = compile_rules(closed(TEST_ONTOLOGY + EXTRA_ONTOLOGY).closure)
    store = ox.Store()
    for rule in rules.rules + rules.equality_rules:
        store.update(rule.sparql)
        store.update(rule.sparql.replace(DELTA_OPEN, ""))
    assert len(store) == 0


def test_compile_is_pure_and_deterministic():
    tbox = closed(TEST_ONTOLOGY + EXTRA_ONTOLOGY).closure
    assert compile_rules(tbox) == compile_rules(list(tbox))
    assert DELTA not in NEW


def test_term_codec_round_trip():
    codec = TermCodec()
    for term in (ox.NamedNode("http://example.org/x"), ox.BlankNode("b-1"), ox.Literal("x"),
                 ox.Literal("x", language="en"), ox.Literal("1", datatype=ox.NamedNode(
                     "http://www.w3.org/2001/XMLSchema#integer"))):
        assert codec.decode(codec.encode(term)) == term
    assert codec.encode(ox.Literal("x")) != codec.encode(ox.Literal("x", language="en"))


def test_semi_naive_naive_and_per_rule_evaluation_agree():
    store = make_store(TEST_ONTOLOGY + EXTRA_ONTOLOGY)
    store.extend(synthetic_abox(300, seed=5))
    tbox = close_tbox(collect_tbox(store, GRAPH_INFERRED))
    rules = compiled(tbox)
    results = [
        set(run_fixpoint(store, tbox.closure, rules, GRAPH_INFERRED,
                         semi_naive=semi_naive, grouped=grouped).derived)
        for semi_naive in (True, False) for grouped in (True, False)
    ]
    assert results[0] and all(r == results[0] for r in results)
