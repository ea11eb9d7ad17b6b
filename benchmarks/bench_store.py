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

To time query variants without regenerating: ``--keep DIR`` writes the generated
N-Quads (``DIR/data.nq``) and the closed store (``DIR/kg``) there and leaves them;
``--reuse DIR`` skips generation, closure and additions and times the bulk load
(from ``DIR/data.nq``; ``--no-load`` skips it) and the canned queries on ``DIR/kg``.
``--only cq3,cq4`` times only the canned queries whose names contain one of the words;
``--queries DIR`` times the ``.rq`` files of another directory (variants).

The engine/owlrl ratios at 10k and 100k triples are in bench_inference.py.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

import pyoxigraph as ox

from diplograph.build import Changes, build, ensure_static_graphs
from diplograph.gazetteer import load_gazetteer
from diplograph.queries import bindings, canned_queries, inline_bindings
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


#: Shards for the "at once" bulk load (KnowledgeStore.bulk_load_files, as `diplograph load` does).
SHARDS = 4


def write_shards(quads: list[ox.Quad], count: int, tmp: str) -> list[Path]:
    """``quads`` split by graph into ``count`` N-Quads files (a graph's blank nodes stay in one file)."""
    parts: list[list[ox.Quad]] = [[] for _ in range(count)]
    for q in quads:
        parts[zlib.crc32(str(q.graph_name).encode()) % count].append(q)
    paths = []
    for i, part in enumerate(parts):
        path = Path(tmp) / f"shard-{i}.nq"
        ox.serialize(part, output=str(path), format=NQ)
        paths.append(path)
    return paths


def bulk_load_rates(data: bytes, nq_path: str, total: int, tmp: str, repeat: int) -> None:
    """Median rate of each way to bulk-load the same N-Quads, side by side (rotated repeats)."""
    counter = [0]

    def fresh_path() -> str:
        counter[0] += 1
        return f"{tmp}/load{counter[0]}"

    def fresh() -> ox.Store:
        return ox.Store(fresh_path())

    parsed = list(ox.parse(data, format=NQ))  # for bulk_extend: already parsed (as a shard's quads are)
    shards = write_shards(parsed, SHARDS, tmp)
    variants = {
        f"disk, {SHARDS} shards at once": lambda: KnowledgeStore(fresh_path()).bulk_load_files(shards, lenient=True),
        "disk, bytes": lambda: fresh().bulk_load(data, format=NQ),
        "disk, bytes, lenient": lambda: fresh().bulk_load(data, format=NQ, lenient=True),
        "disk, path=": lambda: fresh().bulk_load(path=nq_path, format=NQ),
        "disk, path=, lenient": lambda: fresh().bulk_load(path=nq_path, format=NQ, lenient=True),
        "disk, bulk_extend(parsed)": lambda: fresh().bulk_extend(parsed),
        "memory, bytes": lambda: ox.Store().bulk_load(data, format=NQ),
        "memory, bytes, lenient": lambda: ox.Store().bulk_load(data, format=NQ, lenient=True),
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(repeat):  # rotated: every variant sees the same machine load
        for name, fn in variants.items():
            started = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - started)
            for leftover in Path(tmp).glob("load*"):  # keep the disk free
                shutil.rmtree(leftover, ignore_errors=True)
    print(f"bulk load of {total:,} quads (median of {repeat}; Store.bulk_load unless said):")
    for name, ts in times.items():
        t = statistics.median(ts)
        print(f"  {name:<26} {total / t:>10,.0f} quads/s  ({t:.1f}s)")


def time_queries(reader: KnowledgeStore, repeat: int, only: list[str], directory: Path | None) -> None:
    print(f"canned queries (median of {max(5, repeat)}, every row read):")
    for q in canned_queries(directory):
        if only and not any(word in q.name for word in only):
            continue
        rows = [0]
        sparql = inline_bindings(q.sparql, bindings(q, {}))

        def go(sparql=sparql, rows=rows):
            rows[0] = sum(1 for _ in reader.query(sparql))

        go()  # warm the caches once
        ms = median_time(go, max(5, repeat)) * 1000
        print(f"  {q.name:<28} {ms:8.1f} ms  {rows[0]:>6} rows")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="asserted quads in the store")
    ap.add_argument("--template", type=int, default=150, help="corpus articles in the template")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--adds", type=int, default=7, help="single-article additions timed")
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="write the generated N-Quads and the closed store into DIR and keep them")
    ap.add_argument("--reuse", type=Path, metavar="DIR",
                    help="time bulk load and queries on what --keep DIR left (no generation)")
    ap.add_argument("--no-load", action="store_true", help="skip the bulk load measurement")
    ap.add_argument("--only", default="", help="comma-separated words: time only queries whose name has one")
    ap.add_argument("--queries", type=Path, metavar="DIR", help="time the .rq files of DIR instead")
    args = ap.parse_args(argv)
    only = [w for w in args.only.split(",") if w]

    if args.reuse:
        nq_path = args.reuse / "data.nq"
        if not args.no_load:
            data = nq_path.read_bytes()
            total = data.count(b"\n")
            with tempfile.TemporaryDirectory(prefix="bench-store-", dir=args.reuse) as tmp:
                bulk_load_rates(data, str(nq_path), total, tmp, args.repeat)
        reader = KnowledgeStore(args.reuse / "kg", read_only=True)
        time_queries(reader, args.repeat, only, args.queries)
        return 0

    started = time.perf_counter()
    static, articles = template(args.template)
    data, total = scaled(static, articles, args.size)
    typical = sorted(articles, key=lambda a: a[2])[len(articles) // 2]
    print(f"template: {len(articles)} articles (median {typical[2]} quads) in"
          f" {time.perf_counter() - started:.1f}s; generated {total:,} quads")

    with tempfile.TemporaryDirectory(prefix="bench-store-") as scratch:
        tmp = str(args.keep) if args.keep else scratch
        Path(tmp).mkdir(parents=True, exist_ok=True)
        nq_path = f"{tmp}/data.nq"
        Path(nq_path).write_bytes(data)
        if not args.no_load:
            bulk_load_rates(data, nq_path, total, tmp, args.repeat)

        path = f"{tmp}/kg"
        if args.keep and Path(path).exists():
            shutil.rmtree(path)
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
        time_queries(reader, args.repeat, only, args.queries)
        reader.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
