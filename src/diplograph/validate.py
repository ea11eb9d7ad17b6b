"""SHACL validation of the asserted data with pySHACL (never mutates the store)."""

from __future__ import annotations

import warnings
from pathlib import Path

from diplograph.errors import ConfigurationError
from diplograph.resources import shapes_dir
from diplograph.store import KnowledgeStore


def validate_store(store: KnowledgeStore, shapes: Path | None = None) -> tuple[bool, str, int]:
    """(conforms, report text, number of violations) for everything but the inferred graph."""
    import pyoxigraph as ox
    import rdflib

    shapes = shapes or shapes_dir() / "data.ttl"
    if not shapes.exists():
        raise ConfigurationError(f"no SHACL shapes at {shapes}")
    data = rdflib.Graph()
    buf = ox.serialize(
        (q.triple for q in store._quads(include_inferred=False)), format=ox.RdfFormat.N_TRIPLES
    )
    data.parse(data=buf.decode("utf-8"), format="nt")
    shapes_graph = rdflib.Graph().parse(str(shapes), format="turtle")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pyshacl

        conforms, report_graph, text = pyshacl.validate(
            data, shacl_graph=shapes_graph, inference="none", advanced=True
        )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    count = sum(1 for _ in report_graph.subjects(rdflib.RDF.type, sh.ValidationResult))
    return bool(conforms), text, count
