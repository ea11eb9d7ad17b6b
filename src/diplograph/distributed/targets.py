"""Where shards go: the local store, or a remote Graph Store Protocol endpoint."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from diplograph.build import BuildReport, Changes, ensure_static_graphs, update_inference
from diplograph.errors import StoreError
from diplograph.gazetteer import Gazetteer
from diplograph.rdf import iris
from diplograph.rdf.namespaces import GRAPH_BACKGROUND, GRAPH_META, GRAPH_ONTOLOGY
from diplograph.store import KnowledgeStore

from ._compat import TRACK_LIMIT, inference_pending, mark_inference_pending, record_run
from .remote import GraphStore
from .shards import ShardContent, read_shard

META = ox.NamedNode(GRAPH_META)

#: Shards from this size on go through ``Store.bulk_load`` (not transactional, memory-bounded,
#: writes new files); smaller ones through ``Store.load``, one transaction, about twice as fast
#: on ~1 MB shards (docs/performance.md, "Dask").
BULK_LOAD_BYTES = 32 * 1024 * 1024


def _delete_subject(subject: ox.NamedNode) -> str:
    return f"DELETE WHERE {{ GRAPH <{GRAPH_META}> {{ <{subject.value}> ?p ?o }} }}"


class LocalTarget:
    """The local store: each shard replaces its articles' graphs and metadata (``load``/``bulk_load``);
    :meth:`finish` records the run and brings the inferred graph up to date."""

    def __init__(self, store: KnowledgeStore):
        self.store = store
        self.changes = Changes()
        self._marked = False  # the pending-inference marker is set before the first write

    @property
    def where(self) -> str:
        return str(self.store.path)

    def begin(self, gazetteer: Gazetteer) -> None:
        pending = inference_pending(self.store)  # an unfinished earlier build: recompute
        self.changes.static = ensure_static_graphs(self.store, gazetteer) or pending
        self._marked = False

    def fingerprint(self, article_id: str) -> str | None:
        return self.store.article_fingerprint(iris.article_iri(article_id))

    def _track(self, old: set[ox.Triple], new: set[ox.Triple]) -> None:
        self.changes.record(old, new)
        if len(self.changes) > TRACK_LIMIT:  # a full closure is cheaper: stop tracking
            self.changes.static = True
            self.changes.removed.clear()
            self.changes.added.clear()

    def load(self, path: Path, content: ShardContent | None = None) -> ShardContent:
        """Load a shard; ``content`` must be :func:`read_shard` of ``path`` (it is parsed here if not
        given): the file is then loaded with ``lenient=True``, its syntax and IRIs already checked."""
        return self.load_many([path], [content] if content is not None else None)[0]

    def load_many(self, paths: list[Path], contents: list[ShardContent] | None = None) -> list[ShardContent]:
        """Load shards whose article graphs and metadata subjects are disjoint (:func:`disjoint_groups`):
        old graphs dropped first, small shards one transaction each, big ones bulk-loaded at once."""
        contents = contents or [read_shard(path) for path in paths]
        drops = [drop for content in contents for drop in self._drops(content)]
        raw = self.store.raw
        try:
            if not self._marked:
                mark_inference_pending(self.store)
                self._marked = True
            if drops:
                raw.update(" ;\n".join(drops))
            # lenient (no IRI re-validation): read_shard has just parsed these very files strictly
            big = [path for path in paths if path.stat().st_size >= BULK_LOAD_BYTES]
            for path in paths:
                if path not in big:  # one transaction: faster for small shards, and all or nothing
                    try:
                        raw.load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True)
                    except (OSError, SyntaxError) as exc:
                        raise StoreError(f"cannot load shard {path} into {self.store.path}: {exc}") from None
                    raw.flush()  # bound RocksDB's memtables, as plain builds do (build.FLUSH_EVERY_QUADS)
            self.store.bulk_load_files(big, lenient=True)
        except OSError as exc:
            raise StoreError(f"cannot load shards into {self.store.path}: {exc}") from None
        return contents

    def _drops(self, content: ShardContent) -> list[str]:
        """The updates clearing what ``content`` replaces (noting the change for inference)."""
        raw = self.store.raw
        drops = []
        for graph, new in content.graphs.items():
            if self.changes.static:
                exists = raw.contains_named_graph(graph)
            else:
                old = {q.triple for q in raw.quads_for_pattern(None, None, None, graph)}
                self._track(old, new)
                exists = bool(old)
            if exists:
                drops.append(f"DROP SILENT GRAPH <{graph.value}>")
        for subject, new in content.meta.items():
            old = {q.triple for q in raw.quads_for_pattern(subject, None, None, META)}
            if not self.changes.static:
                self._track(old, new)
            if old:
                drops.append(_delete_subject(subject))
        return drops

    def finish(self, article_ids: Iterable[str], report: BuildReport, *, run_inference: bool = True,
               engine: str = "rules"):
        record_run(self.store, article_ids, report, self.changes)
        if run_inference:
            report.inference = update_inference(self.store, self.changes, engine)
        self.store.flush()
        return report.inference


class RemoteTarget:
    """A SPARQL 1.1 Graph Store Protocol endpoint.

    Each article graph is replaced with PUT (idempotent). The metadata graph is read once
    (GET), updated here, and written back with one PUT at the end - after the article
    graphs, so an interrupted push is redone next time. The ontology and background graphs
    are PUT when their fingerprints in the metadata differ. No inference is run remotely.
    Concurrent pushes to one endpoint are not supported (the metadata PUT would race).
    """

    def __init__(self, url: str):
        self.client = GraphStore(url)
        self.staging = KnowledgeStore(None)  # the remote metadata graph, updated here

    @property
    def where(self) -> str:
        return self.client.url

    def begin(self, gazetteer: Gazetteer) -> None:
        data = self.client.get_graph(GRAPH_META)
        if data:
            try:
                self.staging.raw.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=META)
            except SyntaxError as exc:
                raise StoreError(f"the metadata graph at {self.client.url} does not parse: {exc}") from None
        if ensure_static_graphs(self.staging, gazetteer):
            for graph in (GRAPH_ONTOLOGY, GRAPH_BACKGROUND):
                node = ox.NamedNode(graph)
                if self.staging.raw.contains_named_graph(node):  # written: its fingerprint changed
                    triples = [q.triple for q in self.staging.quads(graph)]
                    self.client.put_graph(graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
                    self.staging.raw.remove_graph(node)

    def fingerprint(self, article_id: str) -> str | None:
        return self.staging.article_fingerprint(iris.article_iri(article_id))

    def load(self, path: Path, content: ShardContent | None = None) -> ShardContent:
        content = content or read_shard(path)
        for graph, triples in content.graphs.items():
            self.client.put_graph(graph.value, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
        raw = self.staging.raw
        for subject, triples in content.meta.items():
            raw.update(_delete_subject(subject))
            raw.extend(ox.Quad(t.subject, t.predicate, t.object, META) for t in triples)
        return content

    def load_many(self, paths: list[Path], contents: list[ShardContent] | None = None) -> list[ShardContent]:
        """One shard after the other (each graph is one PUT)."""
        return [self.load(path, content) for path, content in zip(paths, contents or [None] * len(paths))]

    def finish(self, article_ids: Iterable[str], report: BuildReport, *, run_inference: bool = True,
               engine: str = "rules"):
        record_run(self.staging, article_ids, report)
        triples = [q.triple for q in self.staging.quads(GRAPH_META)]
        self.client.put_graph(GRAPH_META, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))


def disjoint_groups(paths: Iterable[Path], size: int) -> Iterator[tuple[list[Path], list[ShardContent]]]:
    """Shards (parsed one by one) in groups of at most ``size`` that write disjoint graphs and
    metadata subjects, in order: loading a group at once gives what loading its shards one
    after the other would (a later shard's article replacing an earlier one's)."""
    group: list[Path] = []
    contents: list[ShardContent] = []
    written: set = set()
    for path in paths:
        content = read_shard(path)
        mine = set(content.graphs) | set(content.meta)
        if group and (len(group) >= size or mine & written):
            yield group, contents
            group, contents, written = [], [], set()
        group.append(path)
        contents.append(content)
        written |= mine
    if group:
        yield group, contents


def target_for(store_path: Path | None, remote: str | None):
    if remote:
        return RemoteTarget(remote)
    return LocalTarget(KnowledgeStore(store_path))
