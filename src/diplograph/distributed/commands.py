"""The CLI side of ``build --cluster/--remote/--shards-dir`` and ``load`` (output and exit codes)."""

from __future__ import annotations

from pathlib import Path

import click

from .cluster import build_sharded, load_shards, parse_cluster, shard_files
from .targets import target_for


def default_shards_dir(store_path: Path, remote: str | None) -> Path:
    """Next to the store (``.kg.shards``), or ``./.diplograph.shards`` for a remote target."""
    if remote:
        return Path(".diplograph.shards")
    return store_path.parent / f".{store_path.name}.shards"


def _inferred(report) -> str:
    inf = report.inference
    return (f", {inf.inferred_triples} inferred triples ({inf.engine}/{inf.method}, {inf.seconds:.2f}s)"
            if inf else "")


def _progress(quiet: bool, limit: int | None):
    """The CLI's progress printer (whichever this version of the CLI has) and its finisher."""
    if quiet:
        return None, lambda: None
    try:
        from diplograph.cli.progress import ProgressPrinter
    except ImportError:
        from diplograph.cli.main import _progress_printer

        return _progress_printer(), lambda: None
    printer = ProgressPrinter(total=limit)
    return printer, printer.finish


def build_command(inputs, store_path: Path, *, cluster, remote, shards_dir, partition_size, model, limit,
                  force, batch_size, no_infer, engine, quiet, stdin) -> None:
    if cluster is not None:
        parse_cluster(cluster)  # fail on a bad spec before the store is opened
    target = target_for(store_path, remote)
    shards_dir = shards_dir or default_shards_dir(store_path, remote)
    progress, finish = _progress(quiet, limit)
    try:
        report, stats = build_sharded(
            list(inputs), target, shards_dir=shards_dir, cluster=cluster, model=model, limit=limit,
            force=force, batch_size=batch_size, partition_size=partition_size,
            run_inference=not no_infer, engine=engine, progress=progress, stdin=stdin,
        )
    finally:
        finish()
    for problem in report.problems:
        click.echo(f"skipped: {problem.origin}: {problem.message}", err=True)
    if not quiet:
        size = f"; {len(target.store)} quads in store" if not remote else ""
        click.echo(
            f"built {target.where}: {report.added} added, {report.replaced} replaced, "
            f"{report.skipped} unchanged, {report.failed} failed; {report.quads} quads written"
            f"{_inferred(report)}{size}; shards: {stats.computed} computed, {stats.reused} reused"
            f" in {stats.directory}; {report.seconds:.1f}s",
            err=True,
        )


def load_command(shards, store_path: Path, *, remote, no_infer, engine, quiet) -> None:
    files = shard_files(shards)  # before the store is opened
    target = target_for(store_path, remote)
    report, count = load_shards(files, target, run_inference=not no_infer, engine=engine, checked=True)
    if not quiet:
        size = f"; {len(target.store)} quads in store" if not remote else ""
        click.echo(f"loaded {count} shard(s) into {target.where}: {report.added} articles, "
                   f"{report.quads} quads{_inferred(report)}{size}; {report.seconds:.1f}s", err=True)
