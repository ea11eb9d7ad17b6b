"""Exporters looked up by name: RDF serialisations of the store."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from diplograph.errors import ConfigurationError
from diplograph.store import KnowledgeStore


@dataclass(frozen=True)
class RdfExport:
    name: str
    rdf_format: ox.RdfFormat
    suffix: str
    rdflib_format: str  # for re-parsing checks
    keeps_graphs: bool


EXPORTS = {
    e.name: e
    for e in (
        RdfExport("turtle", ox.RdfFormat.TURTLE, ".ttl", "turtle", False),
        RdfExport("trig", ox.RdfFormat.TRIG, ".trig", "trig", True),
        RdfExport("nquads", ox.RdfFormat.N_QUADS, ".nq", "nquads", True),
        RdfExport("ntriples", ox.RdfFormat.N_TRIPLES, ".nt", "nt", False),
        RdfExport("jsonld", ox.RdfFormat.JSON_LD, ".jsonld", "json-ld", True),
        RdfExport("rdfxml", ox.RdfFormat.RDF_XML, ".rdf", "xml", False),
    )
}


def export(store: KnowledgeStore, name: str, output, *, include_inferred: bool = True) -> None:
    """Write the store in format ``name`` to ``output`` (a path or a binary file).

    Dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs; triple formats
    (Turtle, N-Triples, RDF/XML) write the union of all graphs.
    """
    try:
        spec = EXPORTS[name]
    except KeyError:
        raise ConfigurationError(
            f"unknown export format {name!r}: expected one of {', '.join(EXPORTS)}"
        ) from None
    if spec.keeps_graphs:
        store.dump_dataset(output, spec.rdf_format, include_inferred=include_inferred)
    else:
        store.dump_union(output, spec.rdf_format, include_inferred=include_inferred)
