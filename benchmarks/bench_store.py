"""Store and inference at scale on a realistic graph in diplograph's own vocabulary.

The graph is generated from real extraction output: diplograph builds a
template from the articles in ``data/articles`` and the first ``--template``
White House statements of ``../shared/corpus`` (inference off), then clones
the article graphs (every article-specific IRI renamed per copy; gazetteer
actors, issues and minted actors stay shared, as across a real corpus) until
the store holds ``--size`` quads. On that on-disk store it measures, medians of
``--repeat`` runs:

* bulk load rate (``Store.bulk_load`` of N-Quads into a new on-disk store; and
  in memory, for reference);
* a full OWL-RL closure (default engine) of the whole store;
* adding one typical article (a fresh copy of a template article: its graph
  and metadata written, then the inferred graph maintained incrementally);
* the latency of every canned query (``queries/*.rq``, default parameters,
  every row read).

    .venv/bin/python benchmarks/bench_store.py [--size 1000000] [--template 150] [--repeat 3]

The engine/owlrl ratios at 10k and 100k triples are in bench_inference.py.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from diplograph.build import Changes, build, ensure_static_graphs
from diplograph.gazetteer import load_gazetteer
from diplograph.queries import canned_queries, run
from diplograph.rdf.namespaces import GRAPH_ARTICLE_PREFIX, GRAPH_INFERRED, GRAPH_META
from diplograph.reasoning import infer, update_inferred
from diplograph.reasoning.engine import paused_gc
from diplograph.resources import PROJECT_ROOT, shared_dir
from diplograph.store import KnowledgeStore

NQ = ox.RdfFormat.N_QUADS


def template(n_articles: int) -> tuple[bytes, list[tuple[str, str, int]]]:
    """(N-Quads of the static graphs, [(article key, N-Quads of its graph + metadata, quads)])."""
    store = KnowledgeStore(None)
    inputs: list[Path] = [PROJECT_ROOT / "data" / "articles"]
    corpus = shared_dir() / "corpus" / "whitehouse.jsonl.gz"
    if corpus.exists():
        inputs.append(corpus)
    else:
        print(f"note: {corpus} not found; template from data/articles only", file=sys.stderr)
    build(inputs, store, limit=n_articles + 1, run_inference=False)
    meta = ox.NamedNode(GRAPH_META)
    articles, article_nodes = [], set()
    for g in store.raw.named_graphs():
        if not g.value.startswith(GRAPH_ARTICLE_PREFIX):
            continue
        key = g.value[len(GRAPH_ARTICLE_PREFIX):]
        quads = list(store.raw.quads_for_pattern(None, None, None, g))
        node = next(q.subject for q in store.raw.quads_for_pattern(
            None, ox.NamedNode("https://w3id.org/diplograph/ontology#hasArticleGraph"), g, meta))
        article_nodes.add(node)
        quads += list(store.raw.quads_for_pattern(node, None, None, meta))
        articles.append((key, ox.serialize(quads, format=NQ).decode(), len(quads)))
    static = [q for q in store.raw if not q.graph_name.value.startswith(GRAPH_ARTICLE_PREFIX)
              and q.subject not in article_nodes]
    return ox.serialize(static, format=NQ), articles


def clone(key: str, text: str, copy: int) -> str:
    new = hashlib.sha256(f"{key}/{copy}".encode()).hexdigest()[:len(key)]
    return text.replace(key, new)


def scaled(static: bytes, articles, size: int) -> tuple[bytes, int]:
    parts, total, copy = [static], static.count(b"\n"), 0
    while total < size:
        for key, text, n in articles:
            parts.append(clone(key, text, copy).encode())
            total += n
            if total >= size:
                break
        copy += 1
    return b"".join(parts), total


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="asserted quads in the store")
    ap.add_argument("--template", type=int, default=150, help="corpus articles in the template")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--adds", type=int, default=7, help="single-article additions timed")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    static, articles = template(args.template)
    data, total = scaled(static, articles, args.size)
    typical = sorted(articles, key=lambda a: a[2])[len(articles) // 2]
    print(f"template: {len(articles)} articles (median {typical[2]} quads) in"
          f" {time.perf_counter() - started:.1f}s; generated {total:,} quads")

    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        def load_disk(i=[0]):  # noqa: B006 - a counter for fresh directories
            i[0] += 1
            ox.Store(f"{tmp}/load{i[0]}").bulk_load(data, format=NQ)

        disk = median_time(load_disk, args.repeat)
        mem = median_time(lambda: ox.Store().bulk_load(data, format=NQ), args.repeat)
        print(f"bulk load: {total / disk:,.0f} quads/s on disk ({disk:.1f}s),"
              f" {total / mem:,.0f} quads/s in memory ({mem:.1f}s)")

        path = f"{tmp}/kg"
        store = KnowledgeStore(path)
        store.raw.bulk_load(data, format=NQ)
        ensure_static_graphs(store, load_gazetteer())
        closures = []
        for _ in range(args.repeat):
            store.raw.update(f"DROP SILENT GRAPH <{GRAPH_INFERRED}>")
            report = infer(store.raw)
            closures.append(report.seconds)
        print(f"full closure ({report.method}): {statistics.median(closures):.1f}s median,"
              f" {report.inferred_triples:,} inferred triples over {total:,} asserted")

        key, text, n = typical
        adds, infers = [], []
        for copy in range(10_000, 10_000 + args.adds):
            quads = list(ox.parse(clone(key, text, copy).encode(), format=NQ))
            t0 = time.perf_counter()
            with paused_gc():
                store.raw.extend(quads)
                changes = Changes()
                changes.record(set(), {q.triple for q in quads})
                t1 = time.perf_counter()
                rep = update_inferred(store.raw, changes.removed, changes.added)
            adds.append(time.perf_counter() - t0)
            infers.append(time.perf_counter() - t1)
            assert rep.method == "incremental", rep
        print(f"add one article ({n} quads): {statistics.median(adds) * 1000:.0f} ms median"
              f" (inference {statistics.median(infers) * 1000:.0f} ms; {args.adds} articles)")
        store.flush()
        del store

        reader = KnowledgeStore(path, read_only=True)
        print(f"canned queries (median of {max(5, args.repeat)}, every row read):")
        for q in canned_queries():
            rows = [0]

            def go(q=q, rows=rows):
                rows[0] = sum(1 for _ in run(reader, q.name))

            go()  # warm the caches once
            ms = median_time(go, max(5, args.repeat)) * 1000
            print(f"  {q.name:<28} {ms:8.1f} ms  {rows[0]:>6} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
