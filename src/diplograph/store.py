"""The only module that touches ``pyoxigraph.Store``: open, replace graphs, query, dump."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from diplograph import snapshots
from diplograph.errors import QueryError, StoreError
from diplograph.rdf.namespaces import DG, GRAPH_INFERRED, GRAPH_META, PREFIXES

DEFAULT_STORE = Path("kg")

#: N-Quads files bulk-loaded at once. One pyoxigraph bulk load is a parser thread feeding one
#: index writer; several at once keep both cores busy: 1M quads in 4 files load 1.5-1.8x as
#: fast as in one (benchmarks/bench_store.py, "bulk load"). Each load buffers its own batch of
#: quads, so memory grows with this number.
BULK_LOAD_THREADS = 4


class KnowledgeStore:
    """An embedded pyoxigraph store on disk (or in memory when ``path`` is None).

    Opened read-only, it reads the snapshot the last completed write published
    (:mod:`diplograph.snapshots`), so queries are safe while a build runs; a
    store without snapshots (made by diplograph < 0.3) is opened directly.
    """

    def __init__(self, path: Path | str | None = DEFAULT_STORE, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self._reader_lock: int | None = None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}: run `diplograph build` first")
                current = snapshots.open_current(self.path)
                if current is not None:
                    self._store, self._reader_lock = current
                else:
                    self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open store at {self.path}: {exc}") from None

    @property
    def cache_dir(self) -> Path | None:
        """Where derived helper files live (e.g. the closed TBox), next to the store."""
        return None if self.path is None else self.path.parent / f".{self.path.name}.cache"

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store, for the reasoning engine."""
        return self._store

    # --- writing -----------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> int:
        """Make ``graph`` hold exactly ``quads`` (other graphs' quads are ignored), atomically."""
        g = ox.NamedNode(graph)
        triples = [q.triple for q in quads if q.graph_name == g]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""
        update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from None
        return len(triples)

    def bulk_load_files(self, paths: Sequence[Path | str], *, threads: int = BULK_LOAD_THREADS,
                        lenient: bool = False) -> None:
        """Bulk-load N-Quads files, up to ``threads`` at once (not atomic: see ``Store.bulk_load``).

        Each file is its own RDF document: a blank node label used in two files
        names two blank nodes, exactly as when the files are loaded one by one.
        """
        def one(path: Path | str) -> None:
            self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=lenient)

        try:
            if threads <= 1 or len(paths) <= 1:
                for path in paths:
                    one(path)
                return
            with ThreadPoolExecutor(max_workers=min(threads, len(paths))) as pool:
                for future in [pool.submit(one, path) for path in paths]:
                    future.result()
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot bulk-load into {self.path or 'the in-memory store'}: {exc}") from None

    def drop_graph(self, graph: str) -> None:
        g = ox.NamedNode(graph)
        if self._store.contains_named_graph(g):
            self._store.remove_graph(g)

    def flush(self) -> None:
        """Make every write durable and publish it to readers (a new snapshot)."""
        if self.path is not None and not self.read_only:
            try:
                snapshots.publish(self._store, self.path)
            except OSError as exc:
                raise StoreError(f"cannot publish a snapshot of {self.path}: {exc}") from None

    def close(self) -> None:
        """Release the store (and a reader's snapshot lock); the object is unusable afterwards."""
        self._store = None
        if self._reader_lock is not None:
            os.close(self._reader_lock)
            self._reader_lock = None

    def __del__(self) -> None:
        if getattr(self, "_reader_lock", None) is not None:
            os.close(self._reader_lock)

    # --- reading -----------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._store)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        g = ox.NamedNode(graph) if graph else None
        return self._store.quads_for_pattern(None, None, None, g)

    def article_fingerprint(self, article_iri: ox.NamedNode) -> str | None:
        """The "content hash|extractor version" recorded for an article in the metadata graph."""
        for q in self._store.quads_for_pattern(
            article_iri, ox.NamedNode(DG + "hasBuildFingerprint"), None, ox.NamedNode(GRAPH_META)
        ):
            return q.object.value
        return None

    def query(
        self,
        sparql: str,
        *,
        substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None,
        union: bool = True,
        include_inferred: bool = True,
    ):
        """Run a SPARQL query; the default graph is the union of all graphs."""
        kwargs: dict = {"prefixes": PREFIXES}
        if substitutions:
            kwargs["substitutions"] = {ox.Variable(k): v for k, v in substitutions.items()}
        if not include_inferred:
            kwargs["default_graph"] = [
                ox.NamedNode(g) for g in self.graphs() if g != GRAPH_INFERRED
            ] + [ox.DefaultGraph()]
        elif union:
            kwargs["use_default_graph_as_union"] = True
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (OSError, ValueError, TypeError) as exc:
            raise QueryError(f"query failed: {exc}") from None

    def _quads(self, include_inferred: bool) -> Iterator[ox.Quad]:
        inferred = ox.NamedNode(GRAPH_INFERRED)
        return (q for q in self._store if include_inferred or q.graph_name != inferred)

    def dump_dataset(self, output, rdf_format: ox.RdfFormat, *, include_inferred: bool = True) -> None:
        """Serialise every quad, named graphs kept (TriG, N-Quads, JSON-LD)."""
        prefixes = PREFIXES if rdf_format == ox.RdfFormat.TRIG else None
        kwargs = {"prefixes": prefixes} if prefixes else {}
        ox.serialize(self._quads(include_inferred), output, format=rdf_format, **kwargs)

    def dump_union(self, output, rdf_format: ox.RdfFormat, *, include_inferred: bool = True) -> None:
        """Serialise the union of all graphs as triples (Turtle, N-Triples, RDF/XML)."""
        triples = sorted({q.triple for q in self._quads(include_inferred)}, key=str)
        kwargs = {} if rdf_format == ox.RdfFormat.N_TRIPLES else {"prefixes": PREFIXES}
        ox.serialize(triples, output, format=rdf_format, **kwargs)
