"""Canned queries restructured for speed keep their meaning (synthetic stores, no model)."""

from __future__ import annotations

import pyoxigraph as ox

from diplograph import queries as q
from diplograph.rdf.namespaces import GRAPH_ARTICLE_PREFIX, GRAPH_META, PREFIXES
from diplograph.store import KnowledgeStore

DG, DGID, SKOS, RDFS = PREFIXES["dg"], PREFIXES["dgid"], PREFIXES["skos"], PREFIXES["rdfs"]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def rows(store, name, **params):
    header, table = q.solutions_table(q.run(store, name, params))
    return [dict(zip(header, r)) for r in table]


def add(store: KnowledgeStore, graph: str, *triples) -> None:
    g = n(graph)
    store.raw.extend(ox.Quad(s, p, o, g) for s, p, o in triples)


def event_store(dated: int, undated: int) -> KnowledgeStore:
    """``dated`` articles published 2025-01-01, -02, ... and ``undated`` ones, one event each."""
    store = KnowledgeStore(None)
    visit, asserted = n(PREFIXES["cameo"] + "VISIT"), n(PREFIXES["modality"] + "asserted")
    add(store, GRAPH_META, (visit, n(SKOS + "prefLabel"), ox.Literal("VISIT")),
        (asserted, n(SKOS + "prefLabel"), ox.Literal("asserted")),
        (n(DGID + "state/RUS"), n(RDFS + "label"), ox.Literal("Russia")))
    for i in range(dated + undated):
        article, event = n(f"{DGID}article/a{i:02d}"), n(f"{DGID}event/a{i:02d}")
        graph = f"{GRAPH_ARTICLE_PREFIX}a{i:02d}"
        add(store, GRAPH_META, (article, n(DG + "hasArticleGraph"), n(graph)))
        triples = [(event, n(RDF_TYPE), n(DG + "Event")), (event, n(DG + "isExtractedFrom"), article),
                   (event, n(DG + "hasEventType"), visit), (event, n(DG + "hasModality"), asserted),
                   (event, n(DG + "hasSourceActor"), n(DGID + "state/RUS")),
                   (event, n(RDFS + "label"), ox.Literal(f"visit {i}"))]
        if i < dated:
            triples.append((article, n(PREFIXES["dcterms"] + "date"),
                            ox.Literal(f"2025-01-{i + 1:02d}", datatype=XSD_DATE)))
        add(store, graph, *triples)
    return store


def test_cq4_lists_the_events_of_the_20_most_recent_articles_newest_first():
    answers = rows(event_store(dated=23, undated=1), "cq4-events")
    assert [a["what"] for a in answers] == [f"visit {i}" for i in range(22, 2, -1)]
    assert answers[0]["published"] == "2025-01-23" and answers[-1]["published"] == "2025-01-04"
    assert all(a["participants"] == "Russia (source)" and a["eventType"] == "VISIT" for a in answers)


def test_cq4_lists_undated_articles_after_the_dated_ones():
    answers = rows(event_store(dated=2, undated=2), "cq4-events")
    assert [a["what"] for a in answers[:2]] == ["visit 1", "visit 0"]
    assert sorted(a["what"] for a in answers[2:]) == ["visit 2", "visit 3"]
    assert [a["published"] for a in answers[2:]] == ["", ""]


def test_cq3_one_row_per_stance_even_when_labels_repeat_in_many_graphs():
    store = KnowledgeStore(None)
    rus, usa, issue = n(DGID + "state/RUS"), n(DGID + "state/USA"), n(DGID + "issue/embargo")
    stance, evidence = n(DGID + "stance/s1"), n(DGID + "evidence/e1")
    reject = n(PREFIXES["plover"] + "REJECT")
    add(store, GRAPH_META, (reject, n(SKOS + "prefLabel"), ox.Literal("REJECT")),
        (rus, n(RDFS + "label"), ox.Literal("Russia")))
    add(store, f"{GRAPH_ARTICLE_PREFIX}a", (stance, n(RDF_TYPE), n(DG + "Stance")),
        (stance, n(DG + "attributedTo"), rus), (stance, n(DG + "hasStanceType"), reject),
        (stance, n(DG + "hasPolarity"), ox.Literal("negative")),
        (stance, n(DG + "hasStanceTarget"), issue), (stance, n(DG + "hasCue"), ox.Literal("reject")),
        (stance, n(DG + "hasEvidence"), evidence),
        (evidence, n(DG + "hasAnchorText"), ox.Literal("Russia rejects the embargo.")))
    for graph in "abc":  # a minted issue and actor: labelled in every article that mentions them
        add(store, f"{GRAPH_ARTICLE_PREFIX}{graph}", (issue, n(RDFS + "label"), ox.Literal("embargo")),
            (issue, n(DG + "hasIssueTargetActor"), usa), (usa, n(RDFS + "label"), ox.Literal("United States")))
    answers = rows(store, "cq3-oppose-demand")
    assert answers == [{"actor": "dgid:state/RUS", "other": "dgid:state/CUB", "holderLabel": "Russia",
                        "stanceType": "REJECT", "polarity": "negative", "targetLabel": "embargo",
                        "ofWhomLabel": "United States", "cue": "reject",
                        "sentence": "Russia rejects the embargo."}]
