"""Dask benchmark: a sharded build on a 2-worker LocalCluster against the plain build.

On the first ``--n`` articles of ``../shared/corpus/whitehouse.jsonl.gz``, each repeat
times, in rotated order, into a fresh store each time:

    (a) plain  diplograph.build.build(): one process, articles written one by one
    (b) dask   build_sharded(cluster="local:W"): W worker processes extract partitions
               into N-Quads shards, the driver bulk-loads them; cluster start-up and the
               workers' model loading are inside the time, as (a)'s model loading is
    (c) warm   as (b) on a cluster started (and its models loaded) before timing

All three include ingest, static graphs, loading and inference. For (b) and (c) the
workers' summed extraction time and the driver's shard-loading time are printed too
(worker busy time / (workers x wall) is the parallel efficiency, less noisy than ratios),
and the CPU time of the workers and of the plain build: CPU time well under busy time means
the processes waited for a core (other load on the machine), not for each other. Medians of seconds and
articles/s are printed with the throughput ratios (b)/(a) and (c)/(a). With 2 cores and
other processes on the machine, the ratio is bounded by 2 and is noisy: compare ratios
from one run. Shards go to a temporary directory, new for each run (nothing is reused).

    .venv/bin/python benchmarks/bench_dask.py [--n 100] [--repeat 3] [--workers 2]
        [--partition-size 16] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path


def corpus_path() -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_build import corpus

    return corpus()


def run_plain(path: Path, n: int, tmp: Path) -> float:
    from diplograph.build import build
    from diplograph.store import KnowledgeStore

    started, cpu = time.perf_counter(), time.process_time()
    report = build([path], KnowledgeStore(tmp / "plain"), limit=n)
    assert report.added == n, report
    seconds = time.perf_counter() - started
    PLAIN_CPU.append(time.process_time() - cpu)
    return seconds


EXTRA: dict[str, list[tuple[float, float, float]]] = {"dask": [], "warm": []}
PLAIN_CPU: list[float] = []


def run_dask(path: Path, n: int, tmp: Path, cluster, partition_size: int, name: str) -> float:
    from diplograph.distributed.cluster import build_sharded
    from diplograph.distributed.targets import LocalTarget
    from diplograph.store import KnowledgeStore

    started = time.perf_counter()
    report, stats = build_sharded([path], LocalTarget(KnowledgeStore(tmp / name)), shards_dir=tmp / f"{name}-shards",
                                  cluster=cluster, limit=n, partition_size=partition_size)
    assert report.added == n and stats.reused == 0, (report, stats)
    seconds = time.perf_counter() - started
    EXTRA.setdefault(name, []).append((stats.worker_seconds, stats.load_seconds, stats.worker_cpu_seconds))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=16)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    path = corpus_path()

    from distributed import Client, LocalCluster

    times: dict[str, list[float]] = {"plain": [], "dask": [], "warm": []}
    with (
        LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                     dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster,
        Client(cluster) as client,
        tempfile.TemporaryDirectory() as warmup,
    ):
        run_dask(path, args.workers * 2, Path(warmup), client, 1, "warmup")  # models loaded on each worker
        variants = {
            "plain": lambda tmp: run_plain(path, args.n, tmp),
            "dask": lambda tmp: run_dask(path, args.n, tmp, f"local:{args.workers}", args.partition_size, "dask"),
            "warm": lambda tmp: run_dask(path, args.n, tmp, client, args.partition_size, "warm"),
        }
        order = list(variants)
        for r in range(args.repeat):
            for name in order[r % 3:] + order[:r % 3]:
                with tempfile.TemporaryDirectory() as tmp:
                    seconds = variants[name](Path(tmp))
                times[name].append(seconds)
                print(f"repeat {r + 1}: {name:5s} {seconds:7.2f} s", file=sys.stderr)

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"\n{args.n} articles of {path.name}, {args.workers} workers, partitions of {args.partition_size},"
          f" {args.repeat} repeats (medians)")
    labels = {"plain": "(a) plain build", "dask": f"(b) dask local:{args.workers}, cold",
              "warm": f"(c) dask local:{args.workers}, warm"}
    for k, label in labels.items():
        print(f"  {label:28s} {med[k]:7.2f} s  {args.n / med[k]:6.2f} articles/s")
    plain_cpu = statistics.median(PLAIN_CPU)
    print(f"  plain: {plain_cpu:.2f} s CPU ({plain_cpu / med['plain']:.0%} of wall)")
    for k in ("dask", "warm"):
        work = statistics.median(e[0] for e in EXTRA[k])
        load = statistics.median(e[1] for e in EXTRA[k])
        cpu = statistics.median(e[2] for e in EXTRA[k])
        print(f"  {k}: workers busy {work:.2f} s in all (median), i.e. {work / med[k] / args.workers:.0%}"
              f" of {args.workers} x wall, {cpu:.2f} s of it on a CPU ({cpu / work:.0%});"
              f" driver loading shards {load:.2f} s")
    print(f"  throughput ratio (b)/(a): {med['plain'] / med['dask']:.2f}x")
    print(f"  throughput ratio (c)/(a): {med['plain'] / med['warm']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps({"n": args.n, "workers": args.workers, "times": times,
                                         "medians": med, "worker_load_cpu_seconds": EXTRA,
                                         "plain_cpu_seconds": PLAIN_CPU}, indent=1))


if __name__ == "__main__":
    main()
