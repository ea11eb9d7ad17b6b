"""What a worker runs for one partition: extract its articles and write their shard.

Workers load the spaCy pipeline and the gazetteer once per process and keep them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from diplograph import EXTRACTOR_VERSION
from diplograph.errors import ConfigurationError
from diplograph.model import Article

from .shards import ShardSummary, article_quads_with_meta, read_summary, shard_done, write_shard

_CACHE: dict[tuple, object] = {}


@dataclass(frozen=True)
class Partition:
    """One task: articles (with their fingerprints) -> the shard at ``path``."""

    articles: tuple[tuple[Article, str], ...]
    path: str
    model: str | None
    batch_size: int
    extractor_version: str
    gazetteer_hash: str
    force: bool = False


def _resources(model: str | None):
    from diplograph.build import _gazetteer_hash
    from diplograph.gazetteer import load_gazetteer
    from diplograph.nlp import load_pipeline

    key = ("resources", model)
    if key not in _CACHE:
        gaz = load_gazetteer()
        _CACHE[key] = (load_pipeline(model), gaz, _gazetteer_hash(gaz)[:12])
    return _CACHE[key]


def run_partition(task: Partition) -> ShardSummary:
    """Extract the partition's articles into its shard (or reuse the shard already written)."""
    from diplograph.extract import extract, publisher_of
    from diplograph.rdf.mapping import article_quads

    path = Path(task.path)
    if not task.force and shard_done(path):
        summary = read_summary(path)
        summary.reused = True
        return summary
    if task.extractor_version != EXTRACTOR_VERSION:
        raise ConfigurationError(
            f"worker has extractor version {EXTRACTOR_VERSION}, the driver {task.extractor_version}")
    from diplograph.nlp.chunking import parse

    nlp, gaz, gaz_hash = _resources(task.model)
    if gaz_hash != task.gazetteer_hash:
        raise ConfigurationError("worker's gazetteer differs from the driver's")
    started, cpu = time.perf_counter(), time.process_time()
    summary = ShardSummary(path.name)
    quads = []
    for doc, (article, print_) in parse(
        nlp, ((a.text, (a, p)) for a, p in task.articles), task.batch_size
    ):
        try:
            graph_quads = article_quads(extract(doc, article, gaz), publisher_of(article, gaz))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a partition
            summary.problems.append((article.origin or article.id, f"extraction failed: {exc}"))
            continue
        quads.extend(article_quads_with_meta(article, graph_quads, print_))
        summary.articles.append(article.id)
        summary.quads += len(graph_quads)
        summary.words += len(article.text.split())
    summary.seconds = round(time.perf_counter() - started, 4)
    summary.cpu_seconds = round(time.process_time() - cpu, 4)
    write_shard(path, quads, summary)
    return summary
