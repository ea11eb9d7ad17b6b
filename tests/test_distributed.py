"""Sharded builds: pure shard functions, a real Dask LocalCluster, and a real Oxigraph server.

A sharded build (in process or on Dask) and a plain build of the same articles give the
same quads; shards are reused on a rerun; a Graph Store Protocol push writes the same
asserted graphs to the server.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplograph.build import build
from diplograph.cli.main import main
from diplograph.distributed.cluster import build_sharded, load_shards, parse_cluster
from diplograph.distributed.shards import read_shard, shard_name
from diplograph.distributed.targets import LocalTarget, RemoteTarget
from diplograph.errors import ConfigurationError, InputError, StoreError
from diplograph.model import Article
from diplograph.rdf.namespaces import GRAPH_INFERRED
from diplograph.store import KnowledgeStore
from tests.conftest import SAMPLE_ARTICLES, SEED, needs_model

TEXTS = {
    **SAMPLE_ARTICLES,
    "summit.txt": (
        "Foreign Minister Wang Yi met Brazilian Foreign Minister Mauro Vieira in Beijing on Tuesday. "
        '"China supports Brazil in hosting the summit," Wang said.'
    ),
}
#: Left out of comparisons: the run's end time and the reasoner's internal state digest.
VOLATILE = ("http://www.w3.org/ns/prov#endedAtTime", "hasInferenceState")


def comparable(quads) -> tuple[set[str], int]:
    """Quads without blank nodes (as strings; the ontology's are minted anew per parse) + count of the rest."""
    plain, blank = set(), 0
    for q in quads:
        if any(q.predicate.value.endswith(v) for v in VOLATILE):
            continue
        if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
            blank += 1
        else:
            plain.add(str(q))
    return plain, blank


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Four good articles (seed + three texts) and two bad items (an empty file, a bad JSON line)."""
    d = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEED, d / SEED.name)
    for name, text in TEXTS.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "bad.jsonl").write_text('{"text": "ok"\n', encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def plain(corpus, tmp_path_factory) -> tuple[KnowledgeStore, object]:
    store = KnowledgeStore(tmp_path_factory.mktemp("plain") / "kg")
    return store, build([corpus], store)


# ---------------------------------------------------------------------------- pure


def test_shard_names_hash_everything_the_quads_depend_on():
    a = Article(id="x", text="Some text.", origin="a.txt")
    assert shard_name([a], "g1") == shard_name([Article(id="x", text="Some text.", origin="a.txt")], "g1")
    assert shard_name([a], "g1").startswith("part-") and shard_name([a], "g1").endswith(".nq")
    others = {shard_name([a], "g2"), shard_name([Article(id="x", text="Other.", origin="a.txt")], "g1"),
              shard_name([Article(id="x", text="Some text.", origin="b.txt")], "g1"), shard_name([a, a], "g1")}
    assert shard_name([a], "g1") not in others and len(others) == 4


def test_cluster_specs():
    assert parse_cluster("local:2") == ("local", 2)
    assert parse_cluster("tcp://127.0.0.1:8786") == ("tcp", "tcp://127.0.0.1:8786")
    for bad in ("local:0", "local:x", "local", "tcp://host", "http://h:1", "2"):
        with pytest.raises(ConfigurationError):
            parse_cluster(bad)


def test_unreadable_shards_are_input_errors(tmp_path):
    bad = tmp_path / "part-bad.nq"
    bad.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="unreadable shard"):
        read_shard(bad)
    outside = tmp_path / "part-outside.nq"
    outside.write_text('<urn:a> <urn:b> "c" <urn:g> .\n', encoding="utf-8")
    with pytest.raises(InputError, match="outside the article and metadata graphs"):
        read_shard(outside)
    with pytest.raises(InputError):
        read_shard(tmp_path / "missing.nq")


@pytest.mark.parametrize("size", ["small", "bulk"])
def test_shards_load_leniently_only_after_a_strict_parse(tmp_path, monkeypatch, size):
    """LocalTarget.load loads with lenient=True (faster), but an invalid IRI is still refused."""
    from diplograph.distributed import targets
    from diplograph.rdf.namespaces import GRAPH_ARTICLE_PREFIX

    if size == "bulk":
        monkeypatch.setattr(targets, "BULK_LOAD_BYTES", 0)
    graph = f"<{GRAPH_ARTICLE_PREFIX}x>"
    good, bad = tmp_path / "part-good.nq", tmp_path / "part-bad.nq"
    good.write_text(f'<urn:a> <urn:b> "c" {graph} .\n', encoding="utf-8")
    bad.write_text(f'<urn:a> <urn:b> <http://ex/not an iri> {graph} .\n', encoding="utf-8")
    ox.Store().load(path=str(bad), format=ox.RdfFormat.N_QUADS, lenient=True)  # lenient alone takes it
    store = KnowledgeStore(tmp_path / "kg")
    target = LocalTarget(store)
    target.changes.static = True  # no change tracking needed here
    with pytest.raises(InputError, match="unreadable shard"):
        target.load(bad)
    assert len(store) == 0
    target.load(good)
    assert [q.object.value for q in store.quads(f"{GRAPH_ARTICLE_PREFIX}x")] == ["c"]


def _shard(path: Path, article: str, value: str) -> Path:
    """A hand-made shard: one article graph with one blank node, and its metadata."""
    from diplograph.rdf import iris
    from diplograph.rdf.namespaces import GRAPH_META

    graph, node = iris.article_graph(article).value, iris.article_iri(article).value
    path.write_text(f'_:e <urn:says> "{value}" <{graph}> .\n_:e <urn:in> <urn:{article}> <{graph}> .\n'
                    f'<{node}> <urn:fingerprint> "{value}" <{GRAPH_META}> .\n', encoding="utf-8")
    return path


def test_shards_are_grouped_for_loading_at_once_only_where_they_write_apart(tmp_path):
    from diplograph.distributed.targets import disjoint_groups

    paths = [_shard(tmp_path / f"part-{i}.nq", article, f"v{i}")
             for i, article in enumerate(["a", "b", "c", "a", "d"])]

    def groups(size):
        return [[int(p.stem[-1]) for p in group] for group, _ in disjoint_groups(paths, size)]

    assert groups(3) == [[0, 1, 2], [3, 4]]  # part 3 writes article a again: it waits for part 0
    assert groups(2) == [[0, 1], [2, 3], [4]]
    assert groups(1) == [[0], [1], [2], [3], [4]]


def test_big_shards_load_at_once_and_a_later_shard_replaces_an_earlier_article(tmp_path, monkeypatch):
    monkeypatch.setattr("diplograph.distributed.targets.BULK_LOAD_BYTES", 0)  # all through bulk_load
    paths = [_shard(tmp_path / f"part-{i}.nq", article, f"v{i}")
             for i, article in enumerate(["a", "b", "c", "a", "d", "e"])]
    store = KnowledgeStore(tmp_path / "kg")
    _, count = load_shards(paths, LocalTarget(store), run_inference=False)
    assert count == 6
    said = sorted(q.object.value for q in store.raw.quads_for_pattern(None, ox.NamedNode("urn:says"), None))
    assert said == ["v1", "v2", "v3", "v4", "v5"]  # v0 (article a) replaced by v3
    # each file's blank node stays one node: the two triples of every shard share their subject
    for q in store.raw.quads_for_pattern(None, ox.NamedNode("urn:says"), None):
        assert len(list(store.raw.quads_for_pattern(q.subject, None, None, q.graph_name))) == 2


def test_bulk_loading_files_at_once_gives_what_one_after_the_other_gives(tmp_path):
    paths = [_shard(tmp_path / f"part-{i}.nq", f"art{i}", f"v{i}") for i in range(8)]
    one_by_one, at_once = KnowledgeStore(None), KnowledgeStore(tmp_path / "kg")
    one_by_one.bulk_load_files(paths, threads=1)
    at_once.bulk_load_files(paths, threads=4)
    assert comparable(at_once.raw) == comparable(one_by_one.raw)
    assert len(at_once) == 24
    with pytest.raises(StoreError, match="cannot bulk-load"):
        at_once.bulk_load_files([tmp_path / "missing.nq", paths[0]])


# ---------------------------------------------------------------------------- builds


def assert_same_as_plain(store: KnowledgeStore, plain_store: KnowledgeStore) -> None:
    got, want = comparable(store.raw), comparable(plain_store.raw)
    assert got[1] == want[1]
    assert got[0] == want[0], (sorted(got[0] - want[0])[:5], sorted(want[0] - got[0])[:5])


@needs_model
def test_in_process_sharded_build_equals_plain_build_and_resumes(corpus, plain, tmp_path, monkeypatch):
    plain_store, plain_report = plain
    assert plain_report.added == 4 and plain_report.failed == 3
    store = KnowledgeStore(tmp_path / "kg")
    report, stats = build_sharded([corpus], LocalTarget(store), shards_dir=tmp_path / "shards",
                                  partition_size=3)
    assert (report.added, report.failed, stats.computed, stats.reused) == (4, 3, 2, 0)
    assert sorted(p.origin for p in report.problems) == sorted(p.origin for p in plain_report.problems)
    assert report.quads == plain_report.quads
    assert_same_as_plain(store, plain_store)

    again, stats = build_sharded([corpus], LocalTarget(store), shards_dir=tmp_path / "shards")
    assert (again.added, again.skipped, stats.computed) == (0, 4, 0)

    fresh = KnowledgeStore(tmp_path / "kg2")  # the shards are there: nothing is extracted again
    report, stats = build_sharded([corpus], LocalTarget(fresh), shards_dir=tmp_path / "shards",
                                  partition_size=3)
    assert (report.added, stats.computed, stats.reused) == (4, 0, 2)
    assert_same_as_plain(fresh, plain_store)

    monkeypatch.setattr("diplograph.distributed.targets.BULK_LOAD_BYTES", 0)  # through Store.bulk_load
    loaded = KnowledgeStore(tmp_path / "kg3")  # `diplograph load` of the same shards
    report, count = load_shards([tmp_path / "shards"], LocalTarget(loaded))
    assert count == 2 and report.added == 4
    assert_same_as_plain(loaded, plain_store)


@needs_model
def test_dask_local_cluster_build_equals_plain_build(corpus, plain, tmp_path):
    plain_store, _ = plain
    store_path = tmp_path / "kg"
    result = CliRunner().invoke(main, [
        "build", str(corpus), "--store", str(store_path), "--cluster", "local:2",
        "--partition-size", "1", "--shards-dir", str(tmp_path / "shards"),
    ], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "4 added" in result.output and "3 failed" in result.output
    assert "shards: 4 computed, 0 reused" in result.output
    assert result.output.count("skipped: ") == 3
    assert len(list((tmp_path / "shards").glob("part-*.nq"))) == 4
    store = KnowledgeStore(store_path, read_only=True)
    assert_same_as_plain(store, plain_store)


@needs_model
def test_existing_scheduler_over_tcp(plain, tmp_path):
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        result = CliRunner().invoke(main, [
            "build", str(SEED), "--store", str(tmp_path / "kg"), "--cluster", address,
            "--shards-dir", str(tmp_path / "shards"), "--no-infer",
        ], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output and "shards: 1 computed" in result.output
    store = KnowledgeStore(tmp_path / "kg", read_only=True)
    plain_store, _ = plain
    seed_graphs = [g for g in store.graphs() if "/graph/article/" in g]
    assert len(seed_graphs) == 1
    assert set(map(str, store.quads(seed_graphs[0]))) == set(map(str, plain_store.quads(seed_graphs[0])))


# ---------------------------------------------------------------------------- remote


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


@pytest.fixture
def oxigraph_server(tmp_path):
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.skip(f"oxigraph serve exited: {proc.stderr.read().decode()[:300]}")
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 30 s")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stderr.close()


def server_quads(base: str) -> list[ox.Quad]:
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return list(ox.parse(response.read(), format=ox.RdfFormat.N_QUADS))


@needs_model
def test_remote_push_writes_the_plain_builds_asserted_graphs(corpus, plain, tmp_path, oxigraph_server):
    plain_store, _ = plain
    url = f"{oxigraph_server}/store"
    report, _ = build_sharded([corpus], RemoteTarget(url), shards_dir=tmp_path / "shards",
                                  partition_size=2)
    assert (report.added, report.failed) == (4, 3)
    inferred = ox.NamedNode(GRAPH_INFERRED)
    asserted = [q for q in plain_store.raw if q.graph_name != inferred
                and not q.predicate.value.endswith("hasInferenceState")]
    assert comparable(server_quads(oxigraph_server)) == comparable(asserted)

    again, _ = build_sharded([corpus], RemoteTarget(url), shards_dir=tmp_path / "shards")
    assert again.skipped == 4 and again.added == 0  # fingerprints read from the server

    result = CliRunner().invoke(main, ["load", str(tmp_path / "shards"), "--remote", url],
                                catch_exceptions=False)  # loading again changes nothing
    assert result.exit_code == 0, result.output
    assert comparable(server_quads(oxigraph_server)) == comparable(asserted)


# ---------------------------------------------------------------------------- CLI errors


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def one_error_line(result, code: int, text: str) -> None:
    assert result.exit_code == code, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and text in lines[0], result.output


def test_cli_errors_are_one_line(tmp_path):
    bad = tmp_path / "part-bad.nq"
    bad.write_text("not n-quads\n", encoding="utf-8")
    one_error_line(run("load", str(bad), "--store", str(tmp_path / "kg")), 2, "unreadable shard")
    one_error_line(run("load", str(tmp_path / "nope.nq"), "--store", str(tmp_path / "kg")), 2,
                   "unreadable shard")
    one_error_line(run("build", str(SEED), "--store", str(tmp_path / "kg"), "--cluster", "local:many"),
                   3, "bad --cluster")
    one_error_line(run("build", str(SEED), "--remote", "ftp://example.org/store"), 3, "bad --remote URL")
    port = _free_port()
    (tmp_path / "empty").mkdir()
    one_error_line(run("load", str(tmp_path / "empty"), "--remote", f"http://127.0.0.1:{port}/store"), 2,
                   "no shards")
    (tmp_path / "empty" / "part-ok.nq").write_text("", encoding="utf-8")
    one_error_line(run("load", str(tmp_path / "empty" / "part-ok.nq"), "--remote", f"http://127.0.0.1:{port}/store"),
                   4, "cannot reach the Graph Store endpoint")


def test_unreachable_scheduler_is_one_error_line(tmp_path):
    port = _free_port()
    result = run("build", str(SEED), "--store", str(tmp_path / "kg"), "--cluster", f"tcp://127.0.0.1:{port}")
    one_error_line(result, 3, "cannot reach the Dask scheduler")


def test_shard_summary_is_json(tmp_path):
    from diplograph.distributed.shards import ShardSummary, read_summary, write_shard

    path = tmp_path / "part-x.nq"
    write_shard(path, [], ShardSummary("part-x.nq", ["a"], 3, 0, [("o", "m")]))
    assert json.loads(path.with_suffix(".json").read_text())["articles"] == ["a"]
    assert read_summary(path).problems == [("o", "m")]
