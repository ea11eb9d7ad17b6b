"""Dask glue and the sharded build driver.

``--cluster local:N`` starts a ``distributed.LocalCluster`` of N worker processes (one
thread each, bound to 127.0.0.1); ``--cluster tcp://HOST:PORT`` uses a running scheduler,
whose workers must have diplograph installed and see the shards directory at the same path.
Without a cluster, partitions run in this process (same shards, same result).
"""

from __future__ import annotations

import logging
import re
import time
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from diplograph import EXTRACTOR_VERSION
from diplograph.errors import ConfigurationError, DiplographError, InputError
from diplograph.ingest import IngestProblem, read_inputs

from .shards import ShardSummary, read_summary, shard_done, shard_name
from .worker import Partition, run_partition

_LOCAL = re.compile(r"^local:([1-9][0-9]*)$")
_TCP = re.compile(r"^tcp://[^\s/:]+:[0-9]{1,5}$")


def parse_cluster(spec: str) -> tuple[str, str | int]:
    """``local:N`` -> ("local", N); ``tcp://HOST:PORT`` -> ("tcp", spec); else ConfigurationError."""
    if m := _LOCAL.match(spec):
        return "local", int(m.group(1))
    if _TCP.match(spec):
        return "tcp", spec
    raise ConfigurationError(f"bad --cluster {spec!r}: expected local:N or tcp://HOST:PORT")


class InlineExecutor:
    """Runs each partition when submitted, in this process."""

    workers = 1

    def __init__(self) -> None:
        self._done: deque[ShardSummary] = deque()

    def submit(self, task: Partition) -> None:
        self._done.append(run_partition(task))

    def __len__(self) -> int:
        return len(self._done)

    def next_done(self) -> ShardSummary:
        return self._done.popleft()


class DaskExecutor:
    """Submits partitions to a Dask client; results come back in completion order."""

    def __init__(self, client) -> None:
        from distributed import as_completed

        self.client = client
        self._running = as_completed()
        self._count = 0
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))

    def submit(self, task: Partition) -> None:
        future = self.client.submit(run_partition, task, key=f"diplograph-{Path(task.path).stem}",
                                    pure=False, retries=1)
        self._running.add(future)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def next_done(self) -> ShardSummary:
        future = next(self._running)
        self._count -= 1
        try:
            return future.result()
        except DiplographError:
            raise
        except Exception as exc:  # noqa: BLE001 - a lost worker or scheduler: one line, exit 1
            raise DiplographError(f"partition {future.key} failed on the cluster: "
                                  f"{type(exc).__name__}: {exc}") from None


@contextmanager
def executor(spec, *, connect_timeout: float = 10.0) -> Iterator[InlineExecutor | DaskExecutor]:
    if spec is None:
        yield InlineExecutor()
        return
    if not isinstance(spec, str):  # a distributed.Client already connected (benchmarks, library use)
        yield DaskExecutor(spec)
        return
    kind, arg = parse_cluster(spec)
    from distributed import Client, LocalCluster

    if kind == "local":
        with (
            LocalCluster(n_workers=int(arg), threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster,
            Client(cluster) as client,
        ):
            yield DaskExecutor(client)
        return
    try:
        client = Client(str(arg), timeout=f"{connect_timeout}s")
    except (OSError, TimeoutError) as exc:
        raise ConfigurationError(f"cannot reach the Dask scheduler at {arg}: {exc}") from None
    with client:
        yield DaskExecutor(client)


@dataclass
class ShardStats:
    directory: Path
    computed: int = 0
    reused: int = 0
    worker_seconds: float = 0.0  # summed over the partitions computed
    worker_cpu_seconds: float = 0.0  # of which on a CPU
    load_seconds: float = 0.0  # the driver's time loading shards into the target


def build_sharded(
    inputs: Sequence[str | Path],
    target,
    *,
    shards_dir: Path,
    cluster=None,  # None (in process), "local:N", "tcp://HOST:PORT" or a distributed.Client
    model: str | None = None,
    limit: int | None = None,
    force: bool = False,
    batch_size: int = 32,
    partition_size: int = 64,
    run_inference: bool = True,
    engine: str = "rules",
    progress=None,
    stdin=None,
):
    """A build whose extraction runs in partitions (on a Dask cluster); returns (report, stats).

    Same skips, problems and result as :func:`diplograph.build.build`: articles whose
    fingerprint is unchanged in the target are skipped; a partition whose shard exists is
    not recomputed; every shard is loaded into ``target`` as soon as it is there.
    """
    from diplograph.build import BuildReport, _gazetteer_hash, _no_articles_message, fingerprint
    from diplograph.gazetteer import load_gazetteer

    started = time.perf_counter()
    if isinstance(cluster, str):
        parse_cluster(cluster)  # a bad spec fails before anything is read
    report = BuildReport()
    gaz = load_gazetteer()
    gaz_hash = _gazetteer_hash(gaz)[:12]
    items = read_inputs(inputs, limit=limit, stdin=stdin)
    shards_dir = Path(shards_dir).resolve()
    stats = ShardStats(shards_dir)
    target.begin(gaz)
    seen: set[str] = set()
    existed: dict[str, bool] = {}
    pending: list[tuple] = []

    def loaded(summary: ShardSummary) -> None:
        t0 = time.perf_counter()
        target.load(shards_dir / summary.name)
        stats.load_seconds += time.perf_counter() - t0
        if summary.reused:
            stats.reused += 1
        else:
            stats.computed += 1
            stats.worker_seconds += summary.seconds
            stats.worker_cpu_seconds += summary.cpu_seconds
        for origin, message in summary.problems:
            report.failed += 1
            report.problems.append(IngestProblem(origin, message))
        for article_id in summary.articles:
            if existed.get(article_id):
                report.replaced += 1
            else:
                report.added += 1
        report.words += summary.words
        report.quads += summary.quads
        if progress:
            progress(report, "article")

    with executor(cluster) as pool:
        in_flight = 2 * pool.workers + 1

        def dispatch() -> None:
            if not pending:
                return
            path = shards_dir / shard_name([a for a, _ in pending], gaz_hash)
            if not force and shard_done(path):
                summary = read_summary(path)
                summary.reused = True
                loaded(summary)
            else:
                while len(pool) >= in_flight:
                    loaded(pool.next_done())
                pool.submit(Partition(tuple(pending), str(path), model, batch_size,
                                      EXTRACTOR_VERSION, gaz_hash, force))
            pending.clear()

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
            old = target.fingerprint(item.id)
            if old == print_ and not force:
                report.skipped += 1
                if progress:
                    progress(report, "skip")
                continue
            existed[item.id] = old is not None
            pending.append((item, print_))
            if len(pending) >= partition_size:
                dispatch()
        dispatch()
        while len(pool):
            loaded(pool.next_done())
    if report.articles == 0 and report.failed and not seen:
        raise InputError(_no_articles_message(report))
    target.finish(seen, report, run_inference=run_inference, engine=engine)
    report.seconds = time.perf_counter() - started
    return report, stats


def shard_files(paths: Sequence[str | Path]) -> list[Path]:
    """The shard files named (directories: their ``*.nq``), each checked to parse (InputError)."""
    from .shards import SUFFIX, read_shard

    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob(f"*{SUFFIX}"))
            if not found:
                raise InputError(f"no shards (*{SUFFIX}) in {p}")
            files.extend(found)
        else:
            files.append(p)
    for path in files:
        read_shard(path)
    return files


def load_shards(paths: Sequence[str | Path], target, *, run_inference: bool = True, engine: str = "rules",
                progress=None, checked: bool = False):
    """Load shards made anywhere into ``target``; every shard is checked before any is loaded."""
    from diplograph.build import BuildReport
    from diplograph.gazetteer import load_gazetteer
    from diplograph.store import BULK_LOAD_THREADS

    from .targets import disjoint_groups

    started = time.perf_counter()
    files = list(map(Path, paths)) if checked else shard_files(paths)
    report = BuildReport()
    target.begin(load_gazetteer())
    ids: set[str] = set()
    for group, contents in disjoint_groups(files, BULK_LOAD_THREADS):  # big shards bulk-load together
        for content in target.load_many(group, contents):
            article_ids = content.article_ids()
            ids.update(article_ids)
            report.added += len(article_ids)
            report.quads += sum(map(len, content.graphs.values()))
            if progress:
                progress(report, "article")
    target.finish(ids, report, run_inference=run_inference, engine=engine)
    report.seconds = time.perf_counter() - started
    return report, len(files)
