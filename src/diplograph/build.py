"""Build the knowledge graph: read articles, extract claims, write graphs, infer.

``build()`` is the library entry point; the CLI is a thin layer over it. Stages:
read (:func:`diplograph.ingest.read_inputs`, lazy) -> plan (skip articles whose
fingerprint is in the store) -> extract (:mod:`diplograph.workers`, batches,
optionally in worker processes) -> write -> infer. One article = one named
graph, written with its metadata and fingerprint in a single transaction, so a
build killed at any point leaves only whole articles; the
``hasPendingInference`` marker (set before a build's first write, cleared after
its inference) makes the run after an unfinished one recompute the closure.
Memory is bounded by the batches in flight: change tracking for incremental
inference gives up past ``MAX_TRACKED_CHANGES`` triples, and the run's article
ids are kept as 64-bit digests.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from diplograph import EXTRACTOR_VERSION, __version__
from diplograph.errors import ConfigurationError, InputError
from diplograph.gazetteer import Gazetteer, load_gazetteer
from diplograph.ingest import IngestProblem, InputProgress, read_inputs
from diplograph.model import Article
from diplograph.rdf import iris
from diplograph.rdf.background import background_quads
from diplograph.rdf.iris import dg
from diplograph.rdf.mapping import A, content_hash
from diplograph.rdf.namespaces import GRAPH_BACKGROUND, GRAPH_META, GRAPH_ONTOLOGY, PROV, XSD
from diplograph.resources import ontology_dir
from diplograph.store import KnowledgeStore

XSD_DATETIME = ox.NamedNode(XSD + "dateTime")
XSD_INT = ox.NamedNode(XSD + "integer")


@dataclass
class BuildReport:
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    problems: list[IngestProblem] = field(default_factory=list)
    words: int = 0
    quads: int = 0
    seconds: float = 0.0
    inference: object | None = None

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.skipped


Progress = Callable[[BuildReport, str], None]


#: Changed triples a build keeps for incremental inference (~35 MB); past it, a full closure.
#: (Maintaining 100k changes costs about as much as closing a 1.2M-quad store: see
#: :func:`incremental_pays`.)
MAX_TRACKED_CHANGES = 100_000


@dataclass
class Changes:
    """The asserted triples a build took out of and put into some graph (for incremental inference).

    Bounded: once more than ``limit`` triples changed, a full closure is due
    anyway, so the sets are dropped and only ``full`` is kept.
    """

    removed: set[ox.Triple] = field(default_factory=set)
    added: set[ox.Triple] = field(default_factory=set)
    static: bool = False  # the ontology or background graph changed: recompute the closure
    overflow: bool = False  # too many changes (or an unfinished earlier build): recompute
    limit: int | None = None  # default: MAX_TRACKED_CHANGES

    @property
    def full(self) -> bool:
        """Whether only a full closure brings the inferred graph up to date."""
        return self.static or self.overflow

    def record(self, old: set[ox.Triple], new: set[ox.Triple]) -> None:
        if self.full:
            return
        self.removed |= old - new
        self.added |= new - old
        if len(self) > (MAX_TRACKED_CHANGES if self.limit is None else self.limit):
            self.give_up()

    def give_up(self) -> None:
        """Forget the triples: the next inference is a full closure."""
        self.overflow = True
        self.removed, self.added = set(), set()

    def __len__(self) -> int:
        return len(self.removed) + len(self.added)


def fingerprint(article: Article, gazetteer_hash: str) -> str:
    """What decides whether an article must be re-extracted."""
    return f"{content_hash(article.text)}|{EXTRACTOR_VERSION}|{gazetteer_hash}"


def ontology_files(directory: Path | None = None) -> list[Path]:
    """Every Turtle file of ontology/ (vocabularies included, SHACL shapes excluded)."""
    directory = directory or ontology_dir()
    return sorted(p for p in directory.rglob("*.ttl") if "shapes" not in p.relative_to(directory).parts)


def ontology_quads(directory: Path | None = None) -> list[ox.Quad]:
    """The ontology graph's quads, parsed from :func:`ontology_files`."""
    directory = directory or ontology_dir()
    files = ontology_files(directory)
    if not files:
        raise ConfigurationError(f"no ontology files found in {directory}")
    g = ox.NamedNode(GRAPH_ONTOLOGY)
    quads: list[ox.Quad] = []
    for path in files:
        try:
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                quads.append(ox.Quad(t.subject, t.predicate, t.object, g))
        except SyntaxError as exc:
            raise ConfigurationError(f"ontology file {path} does not parse: {exc}") from None
    return quads


def _digest(quads: Iterable[ox.Quad]) -> str:
    h = hashlib.sha256()
    for line in sorted(str(q) for q in quads):
        h.update(line.encode("utf-8"))
    return h.hexdigest()[:32]


def ensure_static_graphs(store: KnowledgeStore, gazetteer: Gazetteer,
                         before_write: Callable[[], None] | None = None) -> bool:
    """Load ontology and background graphs when they changed; True if anything was written."""
    changed = False
    files = hashlib.sha256()
    for path in ontology_files():  # hashed by file content: parsing mints new blank nodes
        files.update(path.name.encode() + b"\0" + path.read_bytes())
    for graph, digest, quads in (
        (GRAPH_ONTOLOGY, files.hexdigest()[:32], ontology_quads),
        (GRAPH_BACKGROUND, _gazetteer_hash(gazetteer), lambda: background_quads(gazetteer)),
    ):
        node = ox.NamedNode(graph)
        if store.article_fingerprint(node) == digest:
            continue
        if before_write is not None:
            before_write()
        store.replace_graph(graph, quads())
        _set_meta(store, node, [(dg("hasBuildFingerprint"), ox.Literal(digest))])
        changed = True
    return changed


def _triples(store: KnowledgeStore, graph: ox.NamedNode, subject: ox.NamedNode | None = None) -> set[ox.Triple]:
    return {q.triple for q in store.raw.quads_for_pattern(subject, None, None, graph)}


def _set_meta(store: KnowledgeStore, subject: ox.NamedNode, pairs: list[tuple],
              changes: Changes | None = None) -> None:
    meta = ox.NamedNode(GRAPH_META)
    triples = [ox.Triple(subject, p, o) for p, o in pairs]
    if changes is not None:
        changes.record(_triples(store, meta, subject), set(triples))
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()
    store.raw.update(
        f"DELETE WHERE {{ GRAPH <{meta.value}> {{ <{subject.value}> ?p ?o }} }} ;\n"
        f"INSERT DATA {{ GRAPH <{meta.value}> {{ {body} }} }}"
    )


def write_articles(store: KnowledgeStore, items: Sequence[tuple[Article, list[ox.Quad], str]],
                   changes: Changes | None = None) -> None:
    """Replace each article's graph and metadata, the whole batch in one transaction.

    ``items``: (article, its graph's quads, its build fingerprint). The
    fingerprint lands with the graph, so a build killed at any point leaves
    every article either complete (and skipped on the next run) or absent.
    A batch of articles new to the store goes in through ``extend`` (one
    transaction, half the time of an ``INSERT DATA`` update); a batch replacing
    anything through one update that drops the old graphs first.
    """
    if not items:
        return
    meta = ox.NamedNode(GRAPH_META)
    fresh = not any(_stored(store, article) for article, _, _ in items)
    drops: list[str] = []
    graphs: list[str] = []
    new_quads: list[ox.Quad] = []
    meta_triples: list[ox.Triple] = []
    for article, quads, print_ in items:
        graph, node = iris.article_graph(article.id), iris.article_iri(article.id)
        triples = [q.triple for q in quads]
        mine = article_meta_triples(article, print_)
        if changes is not None and not changes.full:
            changes.record(set() if fresh else _triples(store, graph), set(triples))
            changes.record(set() if fresh else _triples(store, meta, node), set(mine))
        meta_triples += mine
        if fresh:
            new_quads += (ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
            continue
        drops.append(f"DROP SILENT GRAPH <{graph.value}> ;\n"
                     f"DELETE WHERE {{ GRAPH <{meta.value}> {{ <{node.value}> ?p ?o }} }} ;\n")
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()
        graphs.append(f"GRAPH <{graph.value}> {{ {body} }}\n")
    if fresh:
        new_quads += (ox.Quad(t.subject, t.predicate, t.object, meta) for t in meta_triples)
        store.raw.extend(new_quads)
        return
    meta_body = ox.serialize(meta_triples, format=ox.RdfFormat.N_TRIPLES).decode()
    store.raw.update(f"{''.join(drops)}INSERT DATA {{ {''.join(graphs)}GRAPH <{meta.value}> {{ {meta_body} }} }}")


def _stored(store: KnowledgeStore, article: Article) -> bool:
    """Whether the store holds anything of ``article`` (its graph or its metadata)."""
    if store.raw.contains_named_graph(iris.article_graph(article.id)):
        return True
    node = iris.article_iri(article.id)
    return next(iter(store.raw.quads_for_pattern(node, None, None, ox.NamedNode(GRAPH_META))), None) is not None


def write_article(store: KnowledgeStore, article: Article, quads: list[ox.Quad], print_: str,
                  changes: Changes | None = None) -> None:
    """Replace one article's graph and its metadata in one transaction (noting the change)."""
    write_articles(store, [(article, quads, print_)], changes)


# --- an unfinished build ----------------------------------------------------------------

PENDING = ox.NamedNode("urn:x-diplograph:build:pending")
PENDING_PREDICATE = dg("hasPendingInference")


def inference_pending(store: KnowledgeStore) -> bool:
    """Whether a build wrote asserted data and its inference has not finished since."""
    return any(True for _ in store.raw.quads_for_pattern(PENDING, PENDING_PREDICATE, None,
                                                         ox.NamedNode(GRAPH_META)))


def set_inference_pending(store: KnowledgeStore, pending: bool) -> None:
    """Set (before the first write of a build) or clear (after its inference) the marker."""
    meta = ox.NamedNode(GRAPH_META)
    clear = f"DELETE WHERE {{ GRAPH <{meta.value}> {{ <{PENDING.value}> <{PENDING_PREDICATE.value}> ?v }} }}"
    if pending:
        clear += (f" ;\nINSERT DATA {{ GRAPH <{meta.value}> {{ <{PENDING.value}> "
                  f"<{PENDING_PREDICATE.value}> true }} }}")
    store.raw.update(clear)


def article_meta_triples(article: Article, print_: str) -> list[ox.Triple]:
    """The article's triples in the metadata graph (fingerprint ``print_``, graph, id, origin)."""
    graph = iris.article_graph(article.id)
    node = iris.article_iri(article.id)
    meta_triples = [
        ox.Triple(node, A, dg("Article")),
        ox.Triple(node, dg("hasBuildFingerprint"), ox.Literal(print_)),
        ox.Triple(node, dg("hasArticleGraph"), graph),
        ox.Triple(node, dg("hasArticleId"), ox.Literal(article.id)),
        ox.Triple(node, dg("hasExtractorVersion"), ox.Literal(EXTRACTOR_VERSION)),
    ]
    if article.origin:
        meta_triples.append(ox.Triple(node, dg("hasOrigin"), ox.Literal(article.origin)))
    return meta_triples


def _gazetteer_hash(gazetteer: Gazetteer) -> str:
    return _digest(background_quads(gazetteer))[:32]


#: Quads written between two flushes of the store's memtables. Without flushing, RocksDB's
#: memory grows with the build (80 long articles, 453k quads: RSS 240 -> 732 MB; flushing
#: every ~100k quads keeps it at ~350 MB).
FLUSH_EVERY_QUADS = 100_000
#: Problems kept in BuildReport.problems (more are only counted in ``failed``).
MAX_PROBLEMS = 1000
#: A batch closes at ``batch_size`` articles or this many characters, whichever comes first:
#: spaCy's memory grows with the text of a batch, and long articles are not rare.
MAX_BATCH_CHARS = 200_000


def build(
    inputs: Sequence[str | Path],
    store: KnowledgeStore,
    *,
    model: str | None = None,
    gazetteer: Gazetteer | None = None,
    limit: int | None = None,
    force: bool = False,
    batch_size: int = 32,
    workers: int = 1,
    run_inference: bool = True,
    engine: str = "rules",
    progress: Progress | None = None,
    stdin=None,
    input_progress: InputProgress | None = None,
) -> BuildReport:
    """Build (or update) the knowledge graph in ``store`` from ``inputs``.

    Streaming: inputs are read lazily and go through extraction (in ``workers``
    processes, see :mod:`diplograph.workers`) in batches of ``batch_size``
    articles (or ``MAX_BATCH_CHARS`` characters), then into the store one
    transaction per article; memory does not grow with the number of articles
    beyond a few bytes per distinct article id. Resumable: articles whose
    fingerprint is in the store are skipped, and a marker in the metadata graph
    makes the run after an unfinished one recompute the inferred graph fully.
    ``progress(report, kind)`` is called per article ("article", "skip",
    "problem") and once before inference ("infer"); ``input_progress`` follows
    the bytes of the inputs read (for an ETA when the number of articles is unknown).
    """
    from diplograph.workers import Work, extractor

    started = time.perf_counter()
    report = BuildReport()
    gaz = gazetteer or load_gazetteer()
    gaz_hash = _gazetteer_hash(gaz)[:12]
    items = read_inputs(inputs, limit=limit, stdin=stdin, progress=input_progress)  # InputError if unusable
    changes = Changes(overflow=inference_pending(store))
    marked = [False]

    def before_write() -> None:
        if not marked[0]:
            set_inference_pending(store, True)
            marked[0] = True

    changes.static = ensure_static_graphs(store, gaz, before_write)
    track = changes if run_inference and engine == "rules" else None
    ids = _RunIds()
    unflushed = [0]  # quads written since the last flush

    def write(results) -> None:
        done = []
        for r in results:
            if r.quads is None:
                _problem(report, IngestProblem(r.work.article.origin or r.work.article.id, r.error))
                continue
            done.append(r)
        if done:
            before_write()
        for r in done:  # one transaction per article: measured as fast as one per batch
            write_article(store, r.work.article, r.quads, r.work.fingerprint, track)
            unflushed[0] += len(r.quads)
        if unflushed[0] >= FLUSH_EVERY_QUADS:  # RocksDB memtables otherwise grow with the build
            store.raw.flush()
            unflushed[0] = 0
        for r in results:
            if r.quads is not None:
                report.quads += len(r.quads)
                report.words += r.words
                if r.work.existed:
                    report.replaced += 1
                else:
                    report.added += 1
            if progress:
                progress(report, "article" if r.quads is not None else "problem")

    todo: list[Work] = []
    todo_chars = 0
    with extractor(model, gaz, batch_size, workers) as ex:
        for item in items:
            if isinstance(item, IngestProblem):
                _problem(report, item)
                if progress:
                    progress(report, "problem")
                continue
            if not ids.add(item.id):
                continue
            print_ = fingerprint(item, gaz_hash)
            old = store.article_fingerprint(iris.article_iri(item.id))
            if old == print_ and not force:
                report.skipped += 1
                if progress:
                    progress(report, "skip")
                continue
            todo.append(Work(item, print_, old is not None))
            todo_chars += len(item.text)
            if len(todo) >= batch_size or todo_chars >= MAX_BATCH_CHARS:
                for results in ex.submit(todo):
                    write(results)
                todo, todo_chars = [], 0
        if todo:
            for results in ex.submit(todo):
                write(results)
        for results in ex.drain():
            write(results)
    if report.articles == 0 and report.failed and not ids.count:
        raise InputError(_no_articles_message(report))
    before_write()
    _record_run(store, ids, report, track)  # before inference, so its types are inferred too
    if run_inference:
        if progress:
            progress(report, "infer")
        report.inference = update_inference(store, changes, engine)
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def _problem(report: BuildReport, problem: IngestProblem) -> None:
    report.failed += 1
    if len(report.problems) < MAX_PROBLEMS:
        report.problems.append(problem)


class _RunIds:
    """The distinct article ids of a run, in constant space per id (64-bit digests).

    Also a key for the set (order-independent), for the build-run record.
    """

    def __init__(self) -> None:
        self._seen: set[int] = set()
        self._sum = 0

    def add(self, article_id: str) -> bool:
        """True if ``article_id`` is new in this run."""
        digest = hashlib.sha256(article_id.encode("utf-8")).digest()
        short = int.from_bytes(digest[:8], "big")
        if short in self._seen:
            return False
        self._seen.add(short)
        self._sum = (self._sum + int.from_bytes(digest[:16], "big")) % (1 << 128)
        return True

    @property
    def count(self) -> int:
        return len(self._seen)

    @property
    def key(self) -> str:
        return f"{self._sum:032x}"[:16]


def _no_articles_message(report: BuildReport) -> str:
    first = report.problems[0]
    more = f" (and {len(report.problems) - 1} more problems)" if len(report.problems) > 1 else ""
    return f"no article could be read: {first.origin}: {first.message}{more}"


def update_inference(store: KnowledgeStore, changes: Changes, engine: str = "rules"):
    """Bring the inferred graph up to date: incrementally when possible, else a full closure.

    Incremental maintenance applies to the default engine, when the static
    graphs did not change, no earlier build was left unfinished (``changes.full``),
    and the change is small next to what a full closure reads (see
    :func:`incremental_pays`, :mod:`diplograph.reasoning.incremental`). Clears
    the unfinished-build marker afterwards.
    """
    from diplograph.reasoning import infer, update_inferred

    if engine == "rules" and not changes.full and incremental_pays(store, len(changes)):
        report = update_inferred(store.raw, changes.removed, changes.added, cache_dir=store.cache_dir)
    else:
        report = infer(store.raw, engine=engine, cache_dir=store.cache_dir)
    if inference_pending(store):
        set_inference_pending(store, False)
    return report


#: Maintenance costs about 0.2 ms per changed triple, a full closure about 16 us per quad
#: of the store (benchmarks/bench_store.py at 1M quads): maintenance pays below ~1/12.
INCREMENTAL_SHARE = 12
INCREMENTAL_ALWAYS = 5_000  # changes this small are maintained without counting the store


def incremental_pays(store: KnowledgeStore, changed: int) -> bool:
    """True if maintaining ``changed`` triples is cheaper than a full closure of ``store``."""
    if changed <= INCREMENTAL_ALWAYS:
        return True
    rows = store.raw.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
    return changed * INCREMENTAL_SHARE <= int(next(iter(rows))["n"].value)


def remove_articles(store: KnowledgeStore, article_ids: Iterable[str], *, run_inference: bool = True):
    """Remove articles (their graphs and metadata) and update the inferred graph; the ids not found."""
    changes = Changes(overflow=inference_pending(store))  # an unfinished build: recompute
    meta = ox.NamedNode(GRAPH_META)
    missing = []
    marked = False
    for article_id in article_ids:
        graph, node = iris.article_graph(article_id), iris.article_iri(article_id)
        old_meta = _triples(store, meta, node)
        if not old_meta and not store.raw.contains_named_graph(graph):
            missing.append(article_id)
            continue
        changes.record(_triples(store, graph), set())
        changes.record(old_meta, set())
        if not marked:
            set_inference_pending(store, True)  # before the first write
            marked = True
        store.raw.update(
            f"DROP SILENT GRAPH <{graph.value}> ;\n"
            f"DELETE WHERE {{ GRAPH <{meta.value}> {{ <{node.value}> ?p ?o }} }}"
        )
    report = update_inference(store, changes) if run_inference and (len(changes) or changes.full) else None
    store.flush()
    return missing, report


def _record_run(store: KnowledgeStore, article_ids: _RunIds, report: BuildReport,
                changes: Changes | None = None) -> None:
    """PROV-O record of the last build over this set of articles (replaced, not accumulated)."""
    run = iris.run_iri(article_ids.key)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    _set_meta(
        store,
        run,
        [
            (A, dg("BuildRun")),
            (ox.NamedNode(PROV + "endedAtTime"), ox.Literal(now, datatype=XSD_DATETIME)),
            (dg("hasSoftwareVersion"), ox.Literal(f"diplograph {__version__}")),
            (dg("hasExtractorVersion"), ox.Literal(EXTRACTOR_VERSION)),
            (dg("hasArticleCount"), ox.Literal(str(article_ids.count), datatype=XSD_INT)),
        ],
        changes,
    )
