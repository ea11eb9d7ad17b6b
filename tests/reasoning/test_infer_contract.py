"""What infer() promises about the store: where it writes, idempotence, errors, caching."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from reasoning_helpers import (
    ARTICLE,
    EX,
    EXTRA_ONTOLOGY,
    TEST_ONTOLOGY,
    inferred,
    make_store,
    run,
    synthetic_abox,
)

from diplograph.errors import ConfigurationError
from diplograph.rdf.namespaces import GRAPH_BACKGROUND, GRAPH_INFERRED
from diplograph.reasoning import ENGINES, EXCLUSIONS, InferenceReport, excluded, infer, tbox

DATA = {
    GRAPH_BACKGROUND: """ex:rus a ex:Country ; ex:name "Russia"@en ; ex:code "RUS" ;
                          ex:allyOf ex:blr ; ex:memberOf ex:brics .
                        _:b a ex:State ; ex:partnerOf ex:rus .""",
    ARTICLE: """ex:lavrov ex:holdsRole ex:fm . ex:fm ex:roleFor ex:rus .
               ex:s1 ex:speaker ex:lavrov ; ex:name "s1" .
               ex:rus ex:capital ex:moscow , ex:moskva .
               ex:x ex:allyOf "He said \\"no\\"\\n\\tto — ✓ <b>"@en-GB .""",
    None: "ex:brics ex:partOf ex:global .",
}
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def ex(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def asserted(store: ox.Store) -> set[ox.Quad]:
    return {q for q in store if q.graph_name != ox.NamedNode(GRAPH_INFERRED)}


@pytest.fixture
def store():
    return make_store(TEST_ONTOLOGY + EXTRA_ONTOLOGY, DATA)


@pytest.mark.parametrize("engine", ENGINES)
def test_writes_only_the_inferred_graph(store, engine):
    before = asserted(store)
    graphs = set(store.named_graphs())
    report = infer(store, engine=engine)
    assert asserted(store) == before
    assert set(store.named_graphs()) == graphs | {ox.NamedNode(GRAPH_INFERRED)}
    assert isinstance(report, InferenceReport)
    assert report.engine == engine and report.seconds >= 0
    assert report.inferred_triples == len(inferred(store)) > 0


@pytest.mark.parametrize("engine", ENGINES)
def test_rerunning_is_idempotent(store, engine):
    first = run(store, engine)
    second = run(store, engine)
    assert first == second
    other = run(store, "owlrl" if engine == "rules" else "rules")
    assert other == first


@pytest.mark.parametrize("engine", ENGINES)
def test_inferred_graph_is_not_an_input(store, engine):
    """Stale triples in the inferred graph are dropped and entail nothing."""
    expected = run(store, engine)
    stale = ox.Quad(ex("ghost"), RDF_TYPE, ex("State"), ox.NamedNode(GRAPH_INFERRED))
    store.add(stale)
    assert run(store, engine) == expected
    assert ox.Triple(ex("ghost"), RDF_TYPE, ex("Actor")) not in expected


@pytest.mark.parametrize("engine", ENGINES)
def test_nothing_asserted_or_excluded_lands_in_the_inferred_graph(store, engine):
    result = run(store, engine)
    triples = {q.triple for q in asserted(store)}
    assert not result & triples
    for t in result:
        assert excluded(t.subject, t.predicate, t.object) is None, t


@pytest.mark.parametrize("engine", ENGINES)
def test_blank_nodes_keep_their_identity(store, engine):
    run(store, engine)
    rows = list(store.query(
        f"SELECT ?x WHERE {{ GRAPH <{GRAPH_BACKGROUND}> {{ ?x a <{EX}State> }} "
        f"GRAPH <{GRAPH_INFERRED}> {{ ?x a <{EX}Actor> . <{EX}rus> <{EX}partnerOf> ?x }} }}"
    ))
    assert len(rows) == 1 and isinstance(rows[0]["x"], ox.BlankNode)


@pytest.mark.parametrize("engine", ENGINES)
def test_awkward_literals_survive_the_write(store, engine):
    result = run(store, engine)
    lit = ox.Literal('He said "no"\n\tto — ✓ <b>', language="en-gb")
    assert ox.Triple(ex("x"), ex("partnerOf"), lit) in result


def test_unknown_engine_is_a_configuration_error(store):
    before = set(store)
    with pytest.raises(ConfigurationError, match="unknown inference engine"):
        infer(store, engine="hermit")
    assert set(store) == before


def test_engines_and_exclusions_are_listed():
    assert ENGINES == ("rules", "sparql", "owlrl")
    names = [name for name, _ in EXCLUSIONS]
    assert {"literal-subject", "reflexive-sameAs", "trivial-type", "vocabulary-subject",
            "datatype-axiom"} <= set(names)


def test_other_graph_names(store):
    target = "urn:example:my-inferred"
    report = infer(store, inferred_graph=target)
    assert report.inferred_triples == len(
        list(store.quads_for_pattern(None, None, None, ox.NamedNode(target))))
    assert not inferred(store)


def test_on_disk_store_incremental_rewrite(tmp_path):
    """On disk, and after new data arrives, the rewrite equals a computation from scratch."""
    disk = make_store(TEST_ONTOLOGY, DATA, path=tmp_path / "kg")
    run(disk, "rules")
    more = synthetic_abox(200, seed=3)
    disk.extend(more)
    disk.remove(next(q for q in disk if q.graph_name == ox.NamedNode(GRAPH_BACKGROUND)))
    incremental = run(disk, "rules")
    assert incremental == run(disk, "owlrl")
    fresh = make_store(TEST_ONTOLOGY)
    fresh.extend(q for q in disk if q.graph_name != ox.NamedNode(GRAPH_INFERRED))
    assert run(fresh, "rules") == incremental


def test_tbox_closure_is_cached_in_process(store, monkeypatch):
    infer(store)

    def fail(_triples):
        raise AssertionError("the TBox was closed again")

    monkeypatch.setattr(tbox, "owlrl_closure", fail)
    infer(store)  # same TBox: from the cache
    store.add(ox.Quad(ex("Embassy"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf"),
                      ex("Actor"), ox.NamedNode(GRAPH_BACKGROUND)))
    with pytest.raises(AssertionError, match="closed again"):
        infer(store)  # a changed TBox is closed anew


def test_tbox_closure_cached_on_disk(store, tmp_path, monkeypatch):
    first = infer(store, cache_dir=tmp_path)
    files = list(tmp_path.glob("tbox-*.json"))
    assert len(files) == 1
    tbox.clear_cache()

    def fail(_triples):
        raise AssertionError("the TBox was closed again")

    monkeypatch.setattr(tbox, "owlrl_closure", fail)
    second = infer(store, cache_dir=tmp_path)
    assert second.inferred_triples == first.inferred_triples
    files[0].write_text("{not json")
    monkeypatch.undo()
    tbox.clear_cache()
    assert infer(store, cache_dir=tmp_path).inferred_triples == first.inferred_triples
