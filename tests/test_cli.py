"""The CLI end to end on real articles: build, idempotency, bad input, queries, exports."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
from click.testing import CliRunner

from diplograph.cli.main import main
from tests.conftest import SEED, needs_model

pytestmark = [pytest.mark.model, needs_model]

GOOD = (
    "Foreign Minister Wang Yi met Brazilian Foreign Minister Mauro Vieira in Beijing on Tuesday. "
    '"China supports Brazil in hosting the summit," Wang said.'
)


def run(*args: str, input: bytes | None = None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "kg"
    result = run("build", str(SEED), "--store", str(store), "--quiet")
    assert result.exit_code == 0, result.output
    return store


def count(store: Path) -> int:
    result = run("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", str(store), "--format", "csv")
    assert result.exit_code == 0, result.output
    return int(result.output.splitlines()[1])


def test_build_twice_leaves_the_store_unchanged(built):
    before = count(built)
    result = run("build", str(SEED), "--store", str(built))
    assert result.exit_code == 0
    assert "1 unchanged" in result.output
    assert count(built) == before
    result = run("build", str(SEED), "--store", str(built), "--force", "--quiet")
    assert result.exit_code == 0
    assert count(built) == before


def test_queries_lists_every_competency_question():
    result = run("queries")
    assert result.exit_code == 0
    for n in range(1, 8):
        assert f"cq{n}-" in result.output


def test_query_param_by_gazetteer_name_and_formats(built):
    table = run("query", "cq1-allies-partners", "--param", "actor=Russia", "--store", str(built))
    assert "Cuba" in table.output
    as_json = run("query", "cq1-allies-partners", "-p", "actor=dgid:state/RUS", "--format", "json", "--store", str(built))
    data = json.loads(as_json.output)
    assert "partner" in data["head"]["vars"]
    assert data["results"]["bindings"]
    xml = run("query", "cq5-memberships", "--format", "xml", "--store", str(built))
    assert xml.output.startswith("<?xml")
    tsv = run("query", "cq5-memberships", "--format", "tsv", "--store", str(built))
    assert "?memberLabel" in tsv.output.splitlines()[0]


def test_query_errors_are_one_line(built):
    bad = run("query", "SELECT ?x WHERE { ?x", "--store", str(built))
    assert bad.exit_code == 5 and bad.output.startswith("error: SPARQL syntax error")
    unknown = run("query", "cq1-allies-partners", "--param", "nope=1", "--store", str(built))
    assert unknown.exit_code == 5 and "unknown parameter" in unknown.output
    missing = run("query", "no-such-query", "--store", str(built))
    assert missing.exit_code == 5


def test_no_store_is_a_clear_error(tmp_path):
    result = run("query", "cq1-allies-partners", "--store", str(tmp_path / "absent"))
    assert result.exit_code == 4 and "no store" in result.output


@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"])
def test_every_export_reparses_with_rdflib_to_the_same_graph(built, tmp_path, fmt):
    from diplograph.export import EXPORTS

    out = tmp_path / f"kg{EXPORTS[fmt].suffix}"
    result = run("export", "--format", fmt, "--output", str(out), "--store", str(built))
    assert result.exit_code == 0, result.output
    reference = tmp_path / "ref.nq"
    run("export", "--format", "nquads", "--output", str(reference), "--store", str(built))
    ref = rdflib.Dataset()
    ref.parse(str(reference), format="nquads")
    spec = EXPORTS[fmt]
    if spec.keeps_graphs:
        got = rdflib.Dataset()
        got.parse(str(out), format=spec.rdflib_format)
        names = {g.identifier for g in ref.graphs() if len(g)}
        assert names == {g.identifier for g in got.graphs() if len(g)}
        for name in names:  # graph by graph, blank nodes compared by isomorphism
            assert rdflib.compare.isomorphic(ref.graph(name), got.graph(name)), name
    else:
        got = rdflib.Graph()
        got.parse(str(out), format=spec.rdflib_format)
        union = rdflib.Graph()
        for s, p, o, _g in ref.quads((None, None, None, None)):
            union.add((s, p, o))
        assert rdflib.compare.isomorphic(got, union)


def test_no_inferred_export_is_smaller(built, tmp_path):
    full, asserted = tmp_path / "a.nq", tmp_path / "b.nq"
    run("export", "--format", "nquads", "-o", str(full), "--store", str(built))
    run("export", "--format", "nquads", "-o", str(asserted), "--no-inferred", "--store", str(built))
    assert "graph/inferred" in full.read_text()
    assert "graph/inferred" not in asserted.read_text()


def test_validate_passes_on_the_seed_graph(built):
    result = run("validate", "--store", str(built))
    assert result.exit_code == 0, result.output


def test_infer_json_reports_engine_count_and_time(built):
    result = run("infer", "--json", "--store", str(built))
    data = json.loads(result.output)
    assert data["engine"] == "rules" and data["inferred_triples"] > 0 and data["seconds"] >= 0


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "name,content",
    [
        ("empty.txt", b""),
        ("binary.txt", bytes(range(256)) * 4),
        ("latin1.txt", "Le ministre a déclaré".encode("latin-1") + b" \xe9\xe8 more text here"),
        ("broken.jsonl", b'{"id": "a", "text": "unterminated\n'),
        ("notext.jsonl", b'{"id": "a", "title": "no text field"}\n'),
    ],
)
def test_bad_single_input_is_one_error_line_and_nonzero(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("build", str(path), "--store", str(tmp_path / "kg"), "--quiet")
    assert result.exit_code != 0
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.output
    assert "Traceback" not in result.output


def test_unknown_extension_is_rejected(tmp_path):
    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF-1.4")
    result = run("build", str(path), "--store", str(tmp_path / "kg"))
    assert result.exit_code == 2
    assert result.output.startswith("error:") and ".pdf" in result.output


def test_batch_skips_bad_records_and_lands_every_good_one(tmp_path):
    records = [
        {"id": "good-1", "url": "https://example.org/1", "date": "2024-03-05", "publisher": "Example",
         "title": "One", "text": GOOD},
        "{not json",
        {"id": "no-text", "title": "missing"},
        {"id": "good-2", "url": "https://example.org/2", "date": "2024-03-06", "publisher": "Example",
         "title": "Two", "text": GOOD.replace("Tuesday", "Wednesday")},
    ]
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for r in records:
            fh.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    store = tmp_path / "kg"
    result = run("build", str(path), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output and "2 failed" in result.output
    assert result.output.count("skipped:") == 2
    articles = run("query", "SELECT DISTINCT ?url WHERE { ?a a dg:Article ; schema:url ?url }", "--store", str(store), "--format", "csv")
    assert sorted(articles.output.split()[1:]) == ["https://example.org/1", "https://example.org/2"]


def test_stdin_text(tmp_path):
    store = tmp_path / "kg"
    result = run("build", "-", "--store", str(store), "--quiet", input=GOOD.encode())
    assert result.exit_code == 0, result.output
    answer = run("query", "cq7-statements-by", "--param", "speaker=Wang Yi", "--store", str(store), "--format", "csv")
    assert "China supports Brazil" in answer.output


def test_build_then_remove_maintains_inference(tmp_path):
    store = tmp_path / "kg"
    assert run("build", str(SEED), "--store", str(store), "--quiet").exit_code == 0
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = run("build", str(tmp_path / "good.txt"), "--store", str(store))
    assert result.exit_code == 0
    assert "rules/incremental" in result.output
    ids = run("query", "SELECT ?id WHERE { ?a dg:hasArticleId ?id ; dg:hasOrigin ?o "
                       "FILTER(STRENDS(?o, 'good.txt')) }", "--store", str(store), "--format", "csv")
    article_id = ids.output.splitlines()[1].strip()
    removed = run("remove", article_id, "--store", str(store))
    assert removed.exit_code == 0, removed.output
    assert "removed 1 article(s)" in removed.output and "incremental" in removed.output
    again = run("remove", article_id, "--store", str(store))
    assert again.exit_code == 2 and "not in the store" in again.output
    full = run("infer", "--json", "--store", str(store))
    assert full.exit_code == 0, full.output
    before = json.loads(full.stdout)["inferred_triples"]
    assert before > 0
