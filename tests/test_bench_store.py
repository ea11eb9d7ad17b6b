"""benchmarks/bench_store.py --reuse times bulk loads and canned queries on a kept store."""

from __future__ import annotations

import importlib.util

import pyoxigraph as ox

from diplograph.resources import PROJECT_ROOT
from diplograph.store import KnowledgeStore


def bench_store():
    spec = importlib.util.spec_from_file_location("bench_store", PROJECT_ROOT / "benchmarks" / "bench_store.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reuse_times_every_load_variant_and_the_chosen_queries(tmp_path, capsys):
    nq = b"<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .\n" * 3
    (tmp_path / "data.nq").write_bytes(nq)
    store = KnowledgeStore(tmp_path / "kg")
    store.raw.load(nq, format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.close()
    queries = tmp_path / "variants"
    queries.mkdir()
    (queries / "count.rq").write_text("# title: count\nSELECT ?s WHERE { ?s ?p ?o }\n")
    (queries / "other.rq").write_text("# title: other\nSELECT ?o WHERE { ?s ?p ?o }\n")

    assert bench_store().main(["--reuse", str(tmp_path), "--repeat", "1", "--queries", str(queries),
                               "--only", "count"]) == 0
    out = capsys.readouterr().out
    for variant in ("disk, bytes", "disk, bytes, lenient", "disk, path=", "disk, path=, lenient",
                    "disk, bulk_extend(parsed)", "memory, bytes", "memory, bytes, lenient"):
        assert f"  {variant} " in out
    assert "count" in out and "1 rows" in out and "other" not in out
    assert not list(tmp_path.glob("bench-store-*"))  # the loaded copies are removed
