"""Builds maintain the inferred graph incrementally, with the same result as a full closure."""

from __future__ import annotations

import json

import pyoxigraph as ox

from diplograph.build import build, remove_articles
from diplograph.rdf.namespaces import GRAPH_INFERRED
from diplograph.reasoning import infer
from diplograph.store import KnowledgeStore
from tests.conftest import SAMPLE_ARTICLES, SEED, needs_model

ARTICLES = SAMPLE_ARTICLES


def inferred(store: KnowledgeStore) -> set[ox.Triple]:
    return {q.triple for q in store.quads(GRAPH_INFERRED)}


def from_scratch(store: KnowledgeStore) -> set[ox.Triple]:
    copy = ox.Store()
    copy.extend(q for q in store.raw if q.graph_name != ox.NamedNode(GRAPH_INFERRED))
    infer(copy)
    return {q.triple for q in copy.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_INFERRED))}


@needs_model
def test_adding_replacing_and_removing_articles_is_incremental(tmp_path):
    store = KnowledgeStore(tmp_path / "kg")
    first = build([SEED], store)
    assert first.inference.method == "tables"  # a new store: full closure

    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    added = build([tmp_path / "visit.txt", tmp_path / "call.txt"], store)
    assert added.added == 2
    assert added.inference.method == "incremental"
    assert inferred(store) == from_scratch(store)

    record = {"url": "https://example.org/news/visit-1", "text": ARTICLES["visit.txt"]}
    (tmp_path / "visit.jsonl").write_text(json.dumps(record), encoding="utf-8")
    assert build([tmp_path / "visit.jsonl"], store).inference.method == "incremental"
    record["text"] = record["text"].replace("We support Cuba", "We condemn the blockade of Cuba")
    (tmp_path / "visit.jsonl").write_text(json.dumps(record), encoding="utf-8")
    replaced = build([tmp_path / "visit.jsonl"], store)
    assert replaced.replaced == 1 and replaced.inference.method == "incremental"
    assert inferred(store) == from_scratch(store)

    ids = [r["id"].value for r in store.query(
        "SELECT ?id WHERE { ?a dg:hasArticleId ?id ; dg:hasOrigin ?o FILTER(STRENDS(?o, 'call.txt')) }")]
    assert len(ids) == 1
    missing, report = remove_articles(store, ids + ["no-such-article"])
    assert missing == ["no-such-article"]
    assert report.method == "incremental"
    assert inferred(store) == from_scratch(store)
    assert not store.query(f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(CONTAINS(STR(?g), '{ids[0]}')) }}")
