"""Shards: one N-Quads file per partition of articles, named by the partition's content.

Pure apart from reading and writing shard files. A shard ``part-<hash>.nq`` holds, for each
article of the partition that could be extracted, its named graph and its triples in the
metadata graph - exactly what :func:`diplograph.build.write_article` writes. The name hashes
everything the quads depend on (every field of every article, the extractor version and the
gazetteer), so a retried or resumed partition finds its shard and is not recomputed. Next to
it, ``part-<hash>.json`` records what the worker did (articles written, words, problems).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox

from diplograph import EXTRACTOR_VERSION
from diplograph.errors import InputError
from diplograph.model import Article
from diplograph.rdf.namespaces import GRAPH_ARTICLE_PREFIX, GRAPH_META

SUFFIX = ".nq"


@dataclass
class ShardSummary:
    """What a worker did for one partition (stored as the shard's ``.json`` sidecar)."""

    name: str
    articles: list[str] = field(default_factory=list)  # ids of the articles written
    words: int = 0
    quads: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)  # (origin, message)
    seconds: float = 0.0  # the worker's time for the partition (model loading excluded)
    cpu_seconds: float = 0.0  # of which on a CPU (the rest: waiting for one, or for I/O)
    reused: bool = False  # the shard was already there


def article_quads_with_meta(article: Article, quads: Sequence[ox.Quad], print_: str) -> list[ox.Quad]:
    """The article's graph quads followed by its metadata quads (what a plain build writes)."""
    from ._compat import article_meta_triples

    meta = ox.NamedNode(GRAPH_META)
    return list(quads) + [ox.Quad(t.subject, t.predicate, t.object, meta)
                          for t in article_meta_triples(article, print_)]


def to_nquads(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def shard_name(articles: Sequence[Article], gazetteer_hash: str) -> str:
    """``part-<sha256 prefix>.nq`` of everything the partition's quads depend on."""
    h = hashlib.sha256(f"{EXTRACTOR_VERSION}\x1e{gazetteer_hash}".encode())
    for article in articles:
        record = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in asdict(article).items()}
        h.update(b"\x1e" + json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return f"part-{h.hexdigest()[:32]}{SUFFIX}"


def sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def shard_done(path: Path) -> bool:
    return path.is_file() and sidecar(path).is_file()


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_shard(path: Path, quads: Sequence[ox.Quad], summary: ShardSummary) -> None:
    """Write the sidecar, then the shard (each atomically): a shard file means a finished partition."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(sidecar(path), json.dumps(asdict(summary), ensure_ascii=False).encode("utf-8"))
    _atomic_write(path, to_nquads(quads))


def read_summary(path: Path) -> ShardSummary:
    try:
        data = json.loads(sidecar(path).read_text(encoding="utf-8"))
        data["problems"] = [tuple(p) for p in data.get("problems", [])]
        return ShardSummary(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"unreadable shard summary {sidecar(path)}: {exc}") from None


@dataclass
class ShardContent:
    """A parsed shard: triples per article graph and per metadata subject."""

    path: Path
    graphs: dict[ox.NamedNode, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))
    meta: dict[ox.NamedNode, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))

    def article_ids(self) -> list[str]:
        from diplograph.rdf.iris import dg

        has_id = dg("hasArticleId")
        return sorted(t.object.value for ts in self.meta.values() for t in ts if t.predicate == has_id)

    def __len__(self) -> int:
        return sum(map(len, self.graphs.values())) + sum(map(len, self.meta.values()))


def read_shard(path: Path) -> ShardContent:
    """Parse a shard; InputError when it cannot be read, does not parse or writes other graphs."""
    meta = ox.NamedNode(GRAPH_META)
    content = ShardContent(Path(path))
    try:
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            g = q.graph_name
            if g == meta and isinstance(q.subject, ox.NamedNode):
                content.meta[q.subject].add(q.triple)
            elif isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_ARTICLE_PREFIX):
                content.graphs[g].add(q.triple)
            else:
                raise InputError(f"unreadable shard {path}: quad outside the article and metadata graphs: {q}")
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"unreadable shard {path}: {str(exc).splitlines()[0] if str(exc) else exc}") from None
    return content
