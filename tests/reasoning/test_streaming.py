"""The streamed full closure (bounded memory, for large stores) infers exactly what the others do.

Every test below is one of the engine-equality, construct, contract or
incremental tests, run here with the streaming threshold at zero so that each
full closure of the default engine goes through :mod:`diplograph.reasoning.streaming`.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from reasoning_helpers import TEST_ONTOLOGY, make_store
from test_constructs import test_chain_over_derived_inputs_of_every_kind, test_construct  # noqa: F401
from test_engine_equality import (  # noqa: F401
    test_data_that_entails_schema_triples,
    test_ontology_graph_holding_instance_data_too,
    test_random_abox_core_ontology,
    test_random_abox_with_restrictions_and_functional_properties,
    test_schema_axioms_outside_the_ontology_graph_count,
    test_synthetic_1k_graph,
)
from test_incremental import (  # noqa: F401
    test_literal_subjects_fall_back_to_full_closures,
    test_test_ontology_sequences,
)
from test_infer_contract import (  # noqa: F401
    store,
    test_awkward_literals_survive_the_write,
    test_blank_nodes_keep_their_identity,
    test_nothing_asserted_or_excluded_lands_in_the_inferred_graph,
    test_rerunning_is_idempotent,
    test_writes_only_the_inferred_graph,
)

from diplograph import reasoning
from diplograph.rdf.namespaces import GRAPH_INFERRED
from diplograph.reasoning import infer, streaming
from diplograph.reasoning.incremental import read_state


@pytest.fixture(autouse=True, scope="module")
def streamed():
    before, spill = reasoning.STREAM_ABOVE_QUADS, streaming.SPILL
    reasoning.STREAM_ABOVE_QUADS = -1
    streaming.SPILL = 2  # join derivations move to the scratch store all the time
    yield
    reasoning.STREAM_ABOVE_QUADS, streaming.SPILL = before, spill


def test_the_streamed_closure_runs_and_leaves_a_maintainable_state():
    s = make_store(TEST_ONTOLOGY, {"urn:x-test:graph:a": "ex:a ex:allyOf ex:b ."})
    report = infer(s)
    assert report.method == "tables-streamed"
    assert read_state(s, GRAPH_INFERRED) is not None
    assert report.inferred_triples == sum(1 for _ in s.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_INFERRED)))


def test_stale_inferred_triples_are_deleted():
    s = make_store(TEST_ONTOLOGY, {"urn:x-test:graph:a": "ex:a ex:allyOf ex:b ."})
    g = ox.NamedNode(GRAPH_INFERRED)
    stale = ox.Quad(ox.NamedNode("urn:x-test:stale"), ox.NamedNode("urn:x-test:p"), ox.Literal("x"), g)
    s.add(stale)
    infer(s)
    assert stale not in set(s.quads_for_pattern(None, None, None, g))
