"""Readers open published snapshots, so queries work (and stay consistent) while a build writes."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time

import pyoxigraph as ox

from diplograph import snapshots
from diplograph.store import KnowledgeStore
from tests.conftest import SEED, needs_model

EX = "http://example.org/"
COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dg:Article }"


def quad(n: int) -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"{EX}s{n}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(n)),
                   ox.NamedNode(f"{EX}g"))


def test_readers_see_the_last_published_state(tmp_path):
    path = tmp_path / "kg"
    writer = KnowledgeStore(path)
    writer.raw.add(quad(1))
    writer.flush()
    writer.raw.add(quad(2))  # written, not published
    reader = KnowledgeStore(path, read_only=True)
    assert len(reader) == 1
    writer.flush()
    assert len(reader) == 1  # an open reader keeps its snapshot
    assert len(KnowledgeStore(path, read_only=True)) == 2


def test_publishing_keeps_snapshots_readers_hold(tmp_path):
    path = tmp_path / "kg"
    writer = KnowledgeStore(path)
    writer.raw.add(quad(1))
    first = snapshots.publish(writer.raw, path)
    reader = KnowledgeStore(path, read_only=True)  # holds `first`
    writer.raw.add(quad(2))
    second = snapshots.publish(writer.raw, path)
    assert first.is_dir() and second.is_dir()
    reader.close()
    third = snapshots.publish(writer.raw, path)
    assert not first.exists() and not second.exists() and third.is_dir()
    root = snapshots.snapshot_dir(path)
    assert sorted(p.name for p in root.iterdir() if p.is_dir()) == [third.name]
    # a lock taken by another process is honoured too
    fd = os.open(root / f"{third.name}.lock", os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_SH)
    try:
        fourth = snapshots.publish(writer.raw, path)
        assert third.is_dir() and fourth.is_dir()
    finally:
        os.close(fd)


def test_store_without_snapshots_opens_directly(tmp_path):
    path = tmp_path / "kg"
    store = ox.Store(str(path))
    store.add(quad(1))
    store.flush()
    del store
    assert len(KnowledgeStore(path, read_only=True)) == 1


def _articles(directory, n: int) -> None:
    directory.mkdir()
    for i in range(n):
        text = (
            f"MOSCOW, May {1 + i % 28}. Russian Foreign Minister Sergey Lavrov held talks with "
            f"the foreign minister of Cuba on trade route number {i}. \"Russia supports Cuba,\" "
            f"Lavrov said after the meeting number {i}."
        )
        (directory / f"a{i:03d}.txt").write_text(text, encoding="utf-8")


@needs_model
def test_queries_while_a_build_runs(tmp_path):
    path = tmp_path / "kg"
    exe = [sys.executable, "-m", "diplograph.cli.main"]
    subprocess.run([*exe, "build", str(SEED), "--store", str(path), "--quiet"], check=True)
    _articles(tmp_path / "more", 40)
    build = subprocess.Popen([*exe, "build", str(tmp_path / "more"), "--store", str(path), "--quiet",
                              "--batch-size", "4"])
    counts = []
    try:
        while build.poll() is None:
            reader = KnowledgeStore(path, read_only=True)
            counts.append(int(next(iter(reader.query(COUNT_ARTICLES)))["n"].value))
            reader.close()
            time.sleep(0.1)
    finally:
        assert build.wait(timeout=300) == 0
    final = KnowledgeStore(path, read_only=True)
    assert int(next(iter(final.query(COUNT_ARTICLES)))["n"].value) == 41
    assert counts and set(counts) <= {1, 41}  # never a half-written build
