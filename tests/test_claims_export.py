"""The claims table (export --format claims-csv / claims-jsonl) on the seed article."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from diplograph.build import fingerprint, write_article
from diplograph.cli.main import main
from diplograph.export.claims import (
    COLUMNS,
    EXTRA_COLUMNS,
    TABLE_COLUMNS,
    event_pairs,
    iter_claim_rows,
    nearest_mention,
    write_csv,
    write_jsonl,
)
from diplograph.model import ActorMention, ActorRef, Article, Extraction, Issue, Span, Stance
from diplograph.rdf.mapping import article_quads
from diplograph.store import KnowledgeStore
from tests.conftest import SEED, needs_model

HEADER = (
    "article_id,article_url,published,claim_id,kind,type,mode,cameo,polarity,source_id,"
    "source_label,source_wikidata,source_start,source_end,target_id,target_label,"
    "target_wikidata,target_start,target_end,trigger,trigger_start,trigger_end,sentence_start,"
    "sentence_end,event_date,location,modality,negated,confidence,quote"
)
INT_COLUMNS = {c for c in COLUMNS if c.endswith(("_start", "_end"))} | {"polarity"}


# --- pure helpers -------------------------------------------------------------------------------


def test_columns_are_exactly_the_issue_list():
    assert ",".join(COLUMNS) == HEADER


def test_extra_columns_only_follow_the_required_ones():
    assert TABLE_COLUMNS[: len(COLUMNS)] == COLUMNS
    assert TABLE_COLUMNS[len(COLUMNS):] == EXTRA_COLUMNS == ("target_concerns_id", "target_concerns_label")


def test_nearest_mention_stays_inside_the_sentence_and_prefers_the_closest():
    spans = [(0, 5), (20, 26), (40, 45), (120, 125)]
    assert nearest_mention(spans, (10, 100), (30, 35)) == (20, 26)  # 4 before vs 5 after
    assert nearest_mention(spans, (10, 100), (36, 39)) == (40, 45)
    assert nearest_mention(spans, (50, 100), (60, 65)) is None
    assert nearest_mention([(30, 40)], (0, 100), (32, 35)) == (30, 40)  # overlapping: distance 0


def test_event_pairs_cross_directed_sides_and_fill_empty_sides_with_participants():
    a, b, c = "A", "B", "C"
    assert event_pairs({"source": [a], "target": [b, c]}) == [(a, b), (a, c)]
    assert event_pairs({"source": [a]}) == [(a, None)]
    assert event_pairs({"participant": [a, b]}) == [(a, b), (b, a)]
    assert event_pairs({"participant": [a], "target": [c]}) == [(a, c)]
    assert event_pairs({"participant": [a]}) == [(a, None)]
    # a state acting on its own people is on both directed sides: the self-pair is kept
    assert event_pairs({"source": [a, b], "target": [b]}) == [(a, b), (b, b)]
    spans = {a: None, b: (50, 55), c: (10, 15)}
    assert event_pairs({"source": [a, b, c]}, spans.get) == [(c, None), (b, None), (a, None)]


def test_writers_format_empty_values_booleans_and_numbers():
    row = dict.fromkeys(COLUMNS)
    row.update(kind="stance", polarity=-1, negated=True, confidence=0.75, quote='say "no",\nnow',
               target_concerns_id="state/USA;state/CUB")
    out = io.StringIO()
    assert write_csv([row], out) == 1
    got = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert got[0]["negated"] == "true" and got[0]["polarity"] == "-1"
    assert got[0]["source_id"] == "" and got[0]["quote"] == 'say "no",\nnow'
    assert got[0]["target_concerns_id"] == "state/USA;state/CUB" and got[0]["target_concerns_label"] == ""
    buf = io.BytesIO()
    write_jsonl([row], buf)
    obj = json.loads(buf.getvalue().decode("utf-8"))
    assert list(obj) == list(TABLE_COLUMNS)  # the required columns, in order, then the extra ones
    assert obj["negated"] is True and obj["polarity"] == -1 and obj["source_id"] is None
    assert obj["target_concerns_id"] == "state/USA;state/CUB" and obj["target_concerns_label"] is None


# --- the seed article ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_rows(seed_store):
    return list(iter_claim_rows(seed_store))


@pytest.fixture(scope="module")
def seed_text(seed_store) -> str:
    (sol,) = list(seed_store.query("SELECT ?t WHERE { GRAPH ?g { ?a dg:hasText ?t } }"))
    return sol["t"].value


@pytest.fixture(scope="module")
def anchors(seed_store) -> dict[tuple[int, int], str]:
    q = "SELECT ?b ?e ?x WHERE { GRAPH ?g { ?m dg:beginIndex ?b ; dg:endIndex ?e ; dg:hasAnchorText ?x } }"
    return {(int(s["b"].value), int(s["e"].value)): s["x"].value for s in seed_store.query(q)}


@needs_model
def test_every_kind_is_present(seed_rows):
    kinds = {r["kind"] for r in seed_rows}
    assert kinds == {"statement", "stance", "event", "relation"}
    for r in seed_rows:
        assert set(r) == set(TABLE_COLUMNS)
        assert r["article_id"].startswith("article/") and r["claim_id"].startswith("claim/")
        assert r["polarity"] in (1, -1, 0)
        assert isinstance(r["negated"], bool) and 0 <= r["confidence"] <= 1
        if r["kind"] in ("stance", "event"):
            assert r["type"] and r["type"] == r["type"].upper()
        if r["kind"] == "relation":
            assert r["type"] in {"MEMBER_OF", "ALLY_OF", "PARTNER_OF", "DIPLOMATIC_RELATIONS"}
        if r["kind"] == "statement":
            assert r["type"] == "STATEMENT" and r["quote"] and r["target_id"] is None


@needs_model
def test_every_offset_pair_slices_the_text_to_the_mention_anchor(seed_rows, seed_text, anchors):
    checked = 0
    for r in seed_rows:
        for side in ("source", "target", "trigger", "sentence"):
            start, end = r[f"{side}_start"], r[f"{side}_end"]
            assert (start is None) == (end is None)
            if start is None:
                continue
            assert 0 <= start <= end <= len(seed_text)
            assert (start, end) in anchors, (side, r)
            assert seed_text[start:end] == anchors[(start, end)]
            if side in ("source", "target", "trigger"):
                assert r["sentence_start"] <= start and end <= r["sentence_end"]
            checked += 1
        assert seed_text[r["trigger_start"]:r["trigger_end"]] == r["trigger"]
    assert checked > 3 * len(seed_rows)


@needs_model
def test_statement_sources_use_the_speaker_mention(seed_rows, seed_text):
    lavrov = [r for r in seed_rows if r["kind"] == "statement" and r["source_id"] == "person/sergey-lavrov"]
    assert len(lavrov) >= 5
    for r in lavrov:
        assert r["source_label"] == "Sergey Lavrov"
        assert r["source_start"] is not None
    spoken = {seed_text[r["source_start"]:r["source_end"]] for r in lavrov}
    assert "Sergey Lavrov" in spoken and "Lavrov" in spoken


@needs_model
def test_actor_columns(seed_rows):
    by_id = {}
    for r in seed_rows:
        for side in ("source", "target"):
            if r[f"{side}_id"]:
                by_id[r[f"{side}_id"]] = (r[f"{side}_label"], r[f"{side}_wikidata"])
    assert by_id["state/RUS"] == ("Russia", "Q159")
    assert by_id["state/CUB"] == ("Cuba", "Q241")
    issues = [r for r in seed_rows if (r["target_id"] or "").startswith("issue/")]
    assert issues and all(r["target_wikidata"] is None and r["target_label"] for r in issues)


@needs_model
def test_issue_targets_give_the_actors_they_concern(seed_rows):
    for r in seed_rows:
        if not (r["target_id"] or "").startswith("issue/"):
            assert r["target_concerns_id"] is None and r["target_concerns_label"] is None
        elif r["target_concerns_id"] is not None:
            ids = r["target_concerns_id"].split(";")
            assert len(ids) == len(set(ids)) == len(r["target_concerns_label"].split(";"))
    embargo = [r for r in seed_rows if r["kind"] == "stance" and "embargo" in (r["target_label"] or "")]
    assert embargo, "the seed article demands an end to the US trade embargo on Cuba"
    for r in embargo:  # "the US trade embargo on Cuba": both named, in text order
        assert r["target_concerns_id"] == "state/USA;state/CUB"
        assert r["target_concerns_label"] == "United States;Cuba"
    sanctions = [r for r in seed_rows if r["target_label"] == "illegal unilateral sanctions"]
    assert sanctions and all(r["target_concerns_id"] is None for r in sanctions)  # about no actor


@needs_model
def test_rows_are_ordered_by_article_and_offset(seed_rows):
    keys = [(r["article_id"], r["sentence_start"], r["trigger_start"]) for r in seed_rows]
    assert keys == sorted(keys)


def _cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory):
    """A store of its own for the CLI (the session's seed store stays open for writing)."""
    path = tmp_path_factory.mktemp("claims-cli") / "kg"
    result = _cli("build", str(SEED), "--store", str(path), "--quiet", "--no-infer")
    assert result.exit_code == 0, result.output
    return path


@needs_model
def test_cli_csv_rereads_with_the_csv_module(cli_store, seed_rows):
    result = _cli("export", "--store", str(cli_store), "--format", "claims-csv")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == HEADER + "," + ",".join(EXTRA_COLUMNS)
    table = list(csv.DictReader(io.StringIO(result.output)))
    assert len(table) == len(seed_rows)
    for got, row in zip(table, seed_rows, strict=True):
        for c in TABLE_COLUMNS:
            v = row[c]
            want = "" if v is None else ("true" if v is True else "false" if v is False else str(v))
            assert got[c] == want, c


@needs_model
def test_cli_jsonl_to_a_file(cli_store, seed_rows, tmp_path):
    out = tmp_path / "claims.jsonl"
    result = _cli("export", "--store", str(cli_store), "--format", "claims-jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert objs == [{c: r[c] for c in TABLE_COLUMNS} for r in seed_rows]
    for o in objs:
        assert list(o) == list(TABLE_COLUMNS)
        for c in INT_COLUMNS:
            assert o[c] is None or isinstance(o[c], int)
        assert isinstance(o["confidence"], float)


@needs_model
def test_the_claims_table_is_the_same_whatever_the_hash_seed(tmp_path):
    """Two builds of the same article in fresh processes with different hash seeds (set and dict
    orders differ) give byte-identical claims tables: labels, ids and order do not depend on luck."""
    tables = []
    for seed in ("1", "2"):
        store = tmp_path / f"kg-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = [sys.executable, "-m", "diplograph.cli.main"]
        subprocess.run([*run, "build", str(SEED), "--store", str(store), "--quiet", "--no-infer"],
                       env=env, check=True, capture_output=True)
        out = subprocess.run([*run, "export", "--store", str(store), "--format", "claims-csv"],
                             env=env, check=True, capture_output=True, text=True)
        tables.append(out.stdout)
    assert tables[0].count("\n") > 10
    assert tables[0] == tables[1]


def test_a_stance_without_a_target_has_no_target_in_the_table():
    # No model: two stances built by hand, one aimed at an issue, one with no target at all
    # ("they have been supporting me" with "me" unresolved). The second must not borrow the
    # first's issue (an OPTIONAL pattern once bound any issue of the article graph to it).
    text = "Cuba rejects the embargo. Neera has been supporting me."
    sent1, sent2 = Span(0, 25, text[:25]), Span(26, len(text), text[26:])
    cuba = ActorMention(ActorRef("state/CUB", "Cuba", "State"), Span(0, 4, "Cuba"), sent1)
    neera = ActorMention(ActorRef("actor/person/neera", "Neera", "Person"), Span(26, 31, "Neera"), sent2)
    rejected = Stance(cuba, "REJECT", -1, Span(5, 12, "rejects"), sent1, 0.7,
                      target_issue=Issue("the embargo", Span(13, 24, "the embargo")))
    supporting = Stance(neera, "SUPPORT", 1, Span(41, 51, "supporting"), sent2, 0.6)
    article = Article(id="sha256:no-target", text=text)
    store = KnowledgeStore(None)
    extraction = Extraction(article=article, mentions=(cuba, neera), stances=(rejected, supporting))
    write_article(store, article, article_quads(extraction), fingerprint(article, "test"))
    rows = {r["trigger"]: r for r in iter_claim_rows(store, ("stance",))}
    assert rows["rejects"]["target_label"] == "the embargo"
    assert rows["supporting"]["target_id"] is None and rows["supporting"]["target_label"] is None
