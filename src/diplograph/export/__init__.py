"""Exporters looked up by name: RDF serialisations of the store, and the claims table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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


# Tables of claims (diplograph.export.claims): one row per claim, asserted data only.
TABLE_EXPORTS = {"claims-csv": ".csv", "claims-jsonl": ".jsonl"}
FORMATS = (*EXPORTS, *TABLE_EXPORTS)


def export(store: KnowledgeStore, name: str, output, *, include_inferred: bool = True) -> None:
    """Write the store in format ``name`` to ``output`` (a path or a binary file).

    Dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs; triple formats
    (Turtle, N-Triples, RDF/XML) write the union of all graphs. ``claims-csv`` and
    ``claims-jsonl`` write the claims table (see :mod:`diplograph.export.claims`).
    """
    if name in TABLE_EXPORTS:
        _export_table(store, name, output)
        return
    try:
        spec = EXPORTS[name]
    except KeyError:
        raise ConfigurationError(
            f"unknown export format {name!r}: expected one of {', '.join(FORMATS)}"
        ) from None
    if spec.keeps_graphs:
        store.dump_dataset(output, spec.rdf_format, include_inferred=include_inferred)
    else:
        store.dump_union(output, spec.rdf_format, include_inferred=include_inferred)


def _export_table(store: KnowledgeStore, name: str, output) -> None:
    from diplograph.export.claims import WRITERS, iter_claim_rows

    write = WRITERS[name]
    if isinstance(output, str | Path):
        with open(output, "w", encoding="utf-8", newline="") as fh:
            write(iter_claim_rows(store), fh)
    else:
        write(iter_claim_rows(store), output)
