"""Build the knowledge graph: read articles, extract claims, write graphs, infer.

``build()`` is the library entry point; the CLI is a thin layer over it. One
article = one named graph, written with its metadata in a single transaction.
Articles whose content and extractor version are unchanged are skipped.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from diplograph import EXTRACTOR_VERSION, __version__
from diplograph.errors import ConfigurationError, InputError
from diplograph.extract import extract, publisher_of
from diplograph.gazetteer import Gazetteer, load_gazetteer
from diplograph.ingest import IngestProblem, read_inputs
from diplograph.model import Article
from diplograph.rdf import iris
from diplograph.rdf.background import background_quads
from diplograph.rdf.iris import dg
from diplograph.rdf.mapping import A, article_quads, content_hash
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


@dataclass
class Changes:
    """The asserted triples a build took out of and put into some graph (for incremental inference)."""

    removed: set[ox.Triple] = field(default_factory=set)
    added: set[ox.Triple] = field(default_factory=set)
    static: bool = False  # the ontology or background graph changed: recompute the closure

    def record(self, old: set[ox.Triple], new: set[ox.Triple]) -> None:
        self.removed |= old - new
        self.added |= new - old

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


def ensure_static_graphs(store: KnowledgeStore, gazetteer: Gazetteer) -> bool:
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


def write_article(store: KnowledgeStore, article: Article, quads: list[ox.Quad], print_: str,
                  changes: Changes | None = None) -> None:
    """Replace the article's graph and its metadata in one transaction (noting the change)."""
    graph = iris.article_graph(article.id)
    node = iris.article_iri(article.id)
    meta = ox.NamedNode(GRAPH_META)
    triples = [q.triple for q in quads]
    meta_triples = article_meta_triples(article, print_)
    if changes is not None:
        changes.record(_triples(store, graph), set(triples))
        changes.record(_triples(store, meta, node), set(meta_triples))
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()
    meta_body = ox.serialize(meta_triples, format=ox.RdfFormat.N_TRIPLES).decode()
    store.raw.update(
        f"DROP SILENT GRAPH <{graph.value}> ;\n"
        f"DELETE WHERE {{ GRAPH <{meta.value}> {{ <{node.value}> ?p ?o }} }} ;\n"
        f"INSERT DATA {{ GRAPH <{graph.value}> {{ {body} }} GRAPH <{meta.value}> {{ {meta_body} }} }}"
    )


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


def build(
    inputs: Sequence[str | Path],
    store: KnowledgeStore,
    *,
    model: str | None = None,
    gazetteer: Gazetteer | None = None,
    limit: int | None = None,
    force: bool = False,
    batch_size: int = 32,
    run_inference: bool = True,
    engine: str = "rules",
    progress: Progress | None = None,
    stdin=None,
) -> BuildReport:
    """Build (or update) the knowledge graph in ``store`` from ``inputs``."""
    from diplograph.nlp import load_pipeline

    started = time.perf_counter()
    report = BuildReport()
    gaz = gazetteer or load_gazetteer()
    gaz_hash = _gazetteer_hash(gaz)[:12]
    items = read_inputs(inputs, limit=limit, stdin=stdin)  # raises InputError on unusable inputs
    changes = Changes(static=ensure_static_graphs(store, gaz))
    nlp = None
    seen: set[str] = set()
    todo: list[tuple[Article, str, bool]] = []

    def flush_batch() -> None:
        nonlocal nlp
        if not todo:
            return
        if nlp is None:
            nlp = load_pipeline(model)
        for doc, (article, print_, existed) in nlp.pipe(
            ((a.text, (a, p, e)) for a, p, e in todo), as_tuples=True, batch_size=batch_size
        ):
            try:
                quads = article_quads(extract(doc, article, gaz), publisher_of(article, gaz))
                write_article(store, article, quads, print_, changes)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
                report.failed += 1
                report.problems.append(IngestProblem(article.origin or article.id, f"extraction failed: {exc}"))
                continue
            report.quads += len(quads)
            report.words += len(article.text.split())
            if existed:
                report.replaced += 1
            else:
                report.added += 1
            if progress:
                progress(report, "article")
        todo.clear()

    for item in items:
        if isinstance(item, IngestProblem):
            report.failed += 1
            report.problems.append(item)
            if progress:
                progress(report, "problem")
            continue
        if item.id in seen:
            continue
        seen.add(item.id)
        print_ = fingerprint(item, gaz_hash)
        old = store.article_fingerprint(iris.article_iri(item.id))
        if old == print_ and not force:
            report.skipped += 1
            if progress:
                progress(report, "skip")
            continue
        todo.append((item, print_, old is not None))
        if len(todo) >= batch_size:
            flush_batch()
    flush_batch()
    if report.articles == 0 and report.failed and not seen:
        raise InputError(_no_articles_message(report))
    _record_run(store, seen, report, changes)  # before inference, so its types are inferred too
    if run_inference:
        report.inference = update_inference(store, changes, engine)
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def _no_articles_message(report: BuildReport) -> str:
    first = report.problems[0]
    more = f" (and {len(report.problems) - 1} more problems)" if len(report.problems) > 1 else ""
    return f"no article could be read: {first.origin}: {first.message}{more}"


def update_inference(store: KnowledgeStore, changes: Changes, engine: str = "rules"):
    """Bring the inferred graph up to date: incrementally when possible, else a full closure.

    Incremental maintenance applies to the default engine, when the static
    graphs did not change and the change is small next to what a full closure
    reads (see :func:`incremental_pays`, :mod:`diplograph.reasoning.incremental`).
    """
    from diplograph.reasoning import infer, update_inferred

    if engine == "rules" and not changes.static and incremental_pays(store, len(changes)):
        return update_inferred(store.raw, changes.removed, changes.added, cache_dir=store.cache_dir)
    return infer(store.raw, engine=engine, cache_dir=store.cache_dir)


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
    changes = Changes()
    meta = ox.NamedNode(GRAPH_META)
    missing = []
    for article_id in article_ids:
        graph, node = iris.article_graph(article_id), iris.article_iri(article_id)
        old_meta = _triples(store, meta, node)
        if not old_meta and not store.raw.contains_named_graph(graph):
            missing.append(article_id)
            continue
        changes.record(_triples(store, graph), set())
        changes.record(old_meta, set())
        store.raw.update(
            f"DROP SILENT GRAPH <{graph.value}> ;\n"
            f"DELETE WHERE {{ GRAPH <{meta.value}> {{ <{node.value}> ?p ?o }} }}"
        )
    report = update_inference(store, changes) if run_inference and len(changes) else None
    store.flush()
    return missing, report


def _record_run(store: KnowledgeStore, article_ids: Iterator[str] | set[str], report: BuildReport,
                changes: Changes | None = None) -> None:
    """PROV-O record of the last build over this set of articles (replaced, not accumulated)."""
    key = hashlib.sha256("\n".join(sorted(article_ids)).encode()).hexdigest()[:16]
    run = iris.run_iri(key)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    _set_meta(
        store,
        run,
        [
            (A, dg("BuildRun")),
            (ox.NamedNode(PROV + "endedAtTime"), ox.Literal(now, datatype=XSD_DATETIME)),
            (dg("hasSoftwareVersion"), ox.Literal(f"diplograph {__version__}")),
            (dg("hasExtractorVersion"), ox.Literal(EXTRACTOR_VERSION)),
            (dg("hasArticleCount"), ox.Literal(str(len(article_ids)), datatype=XSD_INT)),
        ],
        changes,
    )
