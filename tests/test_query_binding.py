"""Parameters are bound as constants in the WHERE clause, safely (pure)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from diplograph.errors import QueryError
from diplograph.queries import inline_bindings

RUS = ox.NamedNode("https://w3id.org/diplograph/id/state/RUS")


def run(sparql: str, store: ox.Store | None = None):
    store = store or ox.Store()
    return list(store.query(sparql))


def test_variables_become_constants_and_stay_in_the_results():
    out = inline_bindings("SELECT ?actor ?x WHERE { ?x <http://ex/p> ?actor }", {"actor": RUS})
    assert "?x <http://ex/p> <https://w3id.org/diplograph/id/state/RUS>" in out
    assert out.rstrip().endswith("BIND(<https://w3id.org/diplograph/id/state/RUS> AS ?actor)\n}")
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://ex/a"), ox.NamedNode("http://ex/p"), RUS))
    rows = run(out, store)
    assert [(r["x"], r["actor"]) for r in rows] == [(ox.NamedNode("http://ex/a"), RUS)]


def test_strings_iris_comments_and_longer_names_are_left_alone():
    sparql = ('SELECT * WHERE { ?s <http://ex/#?a> "?a" ; <http://ex/q> ?ab . # ?a here\n'
              "  ?s <http://ex/r> ?a }")
    out = inline_bindings(sparql, {"a": ox.Literal("v")})
    assert '<http://ex/#?a> "?a"' in out and "# ?a here" in out and "?ab" in out
    assert '<http://ex/r> "v"' in out


def test_only_the_where_clause_is_rewritten():
    sparql = "SELECT ?a WHERE { ?s ?p ?a } ORDER BY ?a"
    out = inline_bindings(sparql, {"a": RUS})
    assert out.startswith("SELECT ?a WHERE") and out.endswith("ORDER BY ?a")


def test_a_hostile_literal_stays_a_literal():
    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * { "')
    out = inline_bindings("SELECT ?v WHERE { BIND(1 AS ?one) FILTER(?v != 2) }", {"v": hostile})
    rows = run(out)
    assert rows and rows[0]["v"] == hostile


def test_no_where_clause_is_an_error():
    with pytest.raises(QueryError):
        inline_bindings("SELECT ?a", {"a": RUS})


def test_no_parameters_leaves_the_query_unchanged():
    assert inline_bindings("ASK {}", {}) == "ASK {}"
