"""diplograph.evaluate: scoring on tiny synthetic gold examples; the real sets when present."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from diplograph.cli.main import main
from diplograph.evaluate import gold as G
from diplograph.evaluate.metrics import (
    PRF,
    confusions,
    greedy_match,
    per_label,
    prf_sets,
    span_overlap,
)
from diplograph.evaluate.petrarch import (
    PetrarchRecord,
    actor_country,
    cameo_to_plover,
    parse_petrarch,
    predicted_triples,
    score_petrarch,
)
from diplograph.evaluate.plover import PloverOutcome, parse_plover, plover_article, score_plover
from diplograph.evaluate.predictions import (
    PredClaim,
    claims_from_rows,
    content_span,
    norm_type,
    top_claim,
)
from diplograph.export.claims import COLUMNS
from tests.conftest import needs_model, shared_path


def claim(kind="event", type_="CONSULT", conf=0.7, trigger=(10, 15), sentence=(0, 100),
          sources=(), targets=(), **kw) -> PredClaim:
    return PredClaim(claim_id=kw.pop("claim_id", f"c{trigger[0]}{kind}{type_}"), kind=kind, type=type_,
                     confidence=conf, trigger=trigger, sentence=sentence, sources=tuple(sources),
                     targets=tuple(targets), **kw)


# --- metrics ------------------------------------------------------------------------------------


def test_prf_scores_and_edge_cases():
    p = PRF(tp=3, fp=1, fn=2)
    assert p.precision == 0.75 and p.recall == 0.6 and round(p.f1, 4) == 0.6667
    assert PRF().f1 == 0.0 and PRF().precision == 0.0
    p += PRF(tp=1, fp=0, fn=0)
    assert (p.tp, p.gold, p.predicted) == (4, 6, 5)
    assert prf_sets({"a", "b"}, ["b", "c", "c"]).as_dict() == PRF(1, 1, 1).as_dict()


def test_per_label_counts_missing_predictions_as_misses_only():
    got = per_label([("A", "A"), ("A", "B"), ("B", None), (None, "C")])
    assert (got["A"].tp, got["A"].fn, got["A"].fp) == (1, 1, 0)
    assert (got["B"].tp, got["B"].fn, got["B"].fp) == (0, 1, 1)
    assert (got["C"].fp, got["C"].gold) == (1, 0)
    assert confusions([("A", "B"), ("A", "B"), ("B", None), ("A", "A")]) == [("A", "B", 2), ("B", "(none)", 1)]


def test_greedy_match_is_one_to_one_and_best_first():
    gold, pred = [10, 20], [19, 11, 12]
    pairs = greedy_match(gold, pred, lambda g, p: -abs(g - p) if abs(g - p) < 5 else None)
    assert pairs == [(0, 1), (1, 0)]
    assert span_overlap((0, 10), (5, 15)) == 0.5 and span_overlap((0, 4), (5, 9)) == 0.0


# --- predictions from claims rows -----------------------------------------------------------


def _row(**kw):
    row = dict.fromkeys(COLUMNS)
    row.update(article_id="article/a", claim_id="claim/a/event/1", kind="event", type="CONSULT",
               confidence=0.7, trigger_start=5, trigger_end=9, sentence_start=0, sentence_end=40,
               negated=False, polarity=1)
    row.update(kw)
    return row


def test_claims_from_rows_groups_pairs_and_resolves_countries():
    rows = [
        _row(source_id="person/x", target_id="state/CUB"),
        _row(source_id="state/RUS", target_id="state/CUB"),
        _row(claim_id="claim/a/statement/2", kind="statement", type="STATEMENT", source_id="state/RUS",
             quote="we agree", sentence_start=20),
        _row(article_id="article/b", claim_id="claim/b/stance/3", kind="stance", type="FIGHT"),
    ]
    text = "We met. Lavrov said: we agree, and we agree. "
    got = claims_from_rows(rows, {"person/x": None, "state/RUS": "RUS", "state/CUB": "CUB"},
                           {"article/a": text})
    event, statement = got["article/a"]
    assert event.sources == ("person/x", "state/RUS") and event.targets == ("state/CUB",)
    assert event.source_country == "RUS" and event.target_country == "CUB"
    assert statement.content == (21, 29) and text[21:29] == "we agree"
    assert got["article/b"][0].source_country is None
    assert content_span(text, "we agree", 40) == (35, 43)
    assert norm_type("fight") == "ASSAULT" and norm_type(None) is None


def test_top_claim_prefers_confidence_then_the_earliest_trigger():
    a = claim(conf=0.6, trigger=(5, 9))
    b = claim(kind="stance", type_="SUPPORT", conf=0.8, trigger=(30, 35))
    c = claim(conf=0.8, trigger=(20, 25))
    s = claim(kind="statement", type_="STATEMENT", conf=0.9)
    n = claim(type_="CONCEDE", conf=0.9, negated=True)
    assert top_claim([a, b, c, s, n]) is c
    assert top_claim([s]) is None


# --- PLOVER ---------------------------------------------------------------------------------


PLOVER_DATA = [
    {"id": "DOC", "event": "DOCUMENT"},
    {"id": "R1", "date": "2000-01-01", "event": "CONSULT", "text": "Japan met Russia.",
     "source": [{"code": "JAP"}], "target": [{"code": "RUS"}]},
    {"id": "R2", "date": "2000-01-01", "event": "FIGHT", "text": "A fought B.",
     "source": [{"code": "AAA"}, {"code": "BBB"}], "target": ""},
    {"id": "R3", "date": "2000-01-01", "event": "DEMAND", "text": "C demanded.", "source": []},
]


def test_parse_plover_skips_documents_and_normalises_codes_and_types():
    recs = parse_plover(PLOVER_DATA)
    assert [r.id for r in recs] == ["R1", "R2", "R3"]
    assert recs[0].sources == ("JPN",) and recs[0].date == date(2000, 1, 1)
    assert recs[1].event == "ASSAULT" and recs[1].targets == ()
    assert recs[2].sources == ()


def test_parse_plover_keeps_records_sharing_an_id_apart():
    twice = [*PLOVER_DATA, {**PLOVER_DATA[1], "text": "Japan met China."}]
    recs = parse_plover(twice)
    assert [r.id for r in recs] == ["R1", "R2", "R3", "R1#2"]
    assert len({plover_article(r).id for r in recs}) == 4


def test_score_plover_accuracies_and_confusions():
    r1, r2, r3 = parse_plover(PLOVER_DATA)
    outcomes = [
        PloverOutcome(r1, claim(sources=["s"], targets=["t"], source_countries=("JPN",),
                                target_countries=("USA",))),
        PloverOutcome(r2, claim(type_="ASSAULT", source_countries=(None, "BBB"))),
        PloverOutcome(r3, None),
    ]
    got = score_plover(outcomes, examples=5)
    assert got["type_accuracy"] == round(2 / 3, 4)
    assert got["source_accuracy"] == 1.0 and got["source_scored"] == 2  # R3 has no gold source
    assert got["target_accuracy"] == 0.0 and got["target_scored"] == 1
    assert got["per_type"]["DEMAND"]["recall"] == 0.0
    assert got["confusions"] == [] and got["no_prediction"] == {"DEMAND": 1}
    assert got["when_predicted"] == {"type_accuracy": 1.0, "source_accuracy": 1.0, "target_accuracy": 0.0}
    # R1's type is right but its target is not: a wrong prediction too; R2 is right throughout
    assert [e["id"] for e in got["errors"]] == ["R1", "R3"]
    assert got["by_kind"] == {"event": {"n": 2, "type_ok": 2}, "none": {"n": 1, "type_ok": 0}}


# --- PETRARCH -------------------------------------------------------------------------------


TABLE = {"04": "CONSULT", "042": "CONSULT", "19": "ASSAULT", "190": "FIGHT", "11": "DISAPPROVE"}


def test_cameo_codes_map_to_plover_through_their_ancestors():
    assert cameo_to_plover("042", TABLE) == "CONSULT"
    assert cameo_to_plover("0431", TABLE) == "CONSULT"  # 0431 -> 043 -> 04
    assert cameo_to_plover("190", TABLE) == "ASSAULT"  # FIGHT and ASSAULT are one
    assert cameo_to_plover("1124", TABLE) == "DISAPPROVE"
    assert cameo_to_plover("015", TABLE) is None
    assert actor_country("USAGOV") == "USA" and actor_country("---LEG") is None
    assert actor_country("IGOUNO") == "IGO" and actor_country("") is None


def test_petrarch_triples_dyads_and_types():
    recs = parse_petrarch([
        {"id": "1", "date": "20080804", "text": "x", "gold_events": [
            {"source": "USAGOV", "target": "CHN", "code": "042"},
            {"source": "USA", "target": "CHN", "code": "0421"},  # same triple once
            {"source": "USA", "target": "CHN", "code": "015"},  # no PLOVER type
        ]},
        {"id": "2", "date": "bad", "text": "y", "gold_events": []},
    ], TABLE)
    assert recs[0].gold == (("USA", "CHN", "CONSULT"),) and recs[0].unmapped == 1
    assert recs[0].date == date(2008, 8, 4) and recs[1].date is None
    preds = [
        claim(source_countries=("USA",), target_countries=("CHN",)),
        claim(kind="stance", type_="DISAPPROVE", source_countries=("USA",), target_countries=(None,),
              claim_id="s"),
        claim(type_="ASSAULT", negated=True, claim_id="neg"),
        claim(kind="statement", type_="STATEMENT", claim_id="st"),
    ]
    assert predicted_triples(preds) == {("USA", "CHN", "CONSULT"), ("USA", None, "DISAPPROVE")}
    got = score_petrarch([(recs[0], preds), (recs[1], [])], examples=3)
    assert got["triples"]["tp"] == 1 and got["triples"]["fp"] == 1 and got["triples"]["fn"] == 0
    assert got["dyads"]["precision"] == 0.5 and got["types"]["recall"] == 1.0
    assert got["unmapped_gold"] == 1 and got["no_event_sentences"] == 1
    assert isinstance(got["errors"], list)
    assert isinstance(PetrarchRecord("x", "t", None, ()), PetrarchRecord)


# --- the team's gold set ----------------------------------------------------------------------


GOLD_DOC = {
    "corpus": "kremlin", "id": "kremlin/1", "split": "holdout", "text_sha256": "0" * 64,
    "published": "2022-03-01",
    "statements": [
        {"speaker": "person/p", "speaker_start": 0, "speaker_end": 5, "content_start": 100,
         "content_end": 200, "direct": False, "verb": "said"},
        {"speaker": None, "speaker_start": None, "speaker_end": None, "implicit_speaker": True,
         "content_start": 300, "content_end": 340, "direct": True, "verb": None},
    ],
    "stances": [
        {"holder": ["person/p", "person/q"], "type": "SUPPORT", "polarity": 1,
         "target": {"issue": "Russian net-zero goal", "actors": ["state/RUS"]},
         "cue": "welcomed", "cue_start": 50, "cue_end": 58, "also_cues": [[400, 405]]},
        {"holder": "person/p", "type": "DISAPPROVE", "polarity": -1, "target": "state/UKR",
         "cue": "condemned", "cue_start": 600, "cue_end": 609},
    ],
    "events": [
        {"type": "CONSULT", "mode": "call", "participants": {"source": ["person/p"], "target": ["person/q"]},
         "modality": "asserted", "date": None, "trigger": "call", "trigger_start": 20, "trigger_end": 24,
         "also_triggers": [[700, 704]]},
        {"type": "AGREE", "mode": None, "participants": {"source": ["person/p", "person/q"], "target": []},
         "modality": "asserted", "date": None, "trigger": "agreed", "trigger_start": 800,
         "trigger_end": 806, "symmetric": True},
        {"type": "FIGHT", "mode": None, "participants": {"source": ["state/RUS"], "target": ["state/UKR"]},
         "modality": "asserted", "date": None, "trigger": "war", "trigger_start": 900, "trigger_end": 903},
    ],
    "actors": {"person/p": {"represents": "state/RUS"}, "person/q": {"represents": ["state/GBR"]}},
    "notes": "",
}


def test_parse_gold_doc():
    doc = G.parse_gold_doc(GOLD_DOC)
    assert doc.split == "holdout" and doc.represents["person/q"] == ("state/GBR",)
    assert doc.statements[1].implicit and doc.statements[0].speakers == ("person/p",)
    assert doc.stances[0].holders == ("person/p", "person/q") and doc.stances[0].cues[1] == (400, 405)
    assert doc.stances[1].target_actor == "state/UKR" and doc.events[2].type == "ASSAULT"
    assert doc.events[1].symmetric and doc.events[0].triggers == ((20, 24), (700, 704))


def test_gold_actor_matching_accepts_the_represented_state_not_the_reverse():
    rep = {"person/p": ("state/RUS",)}
    assert G.covers("state/RUS", "person/p", rep)
    assert not G.covers("person/p", "state/RUS", rep)
    assert G.covers_any(["state/X", "person/q"], ["person/p", "person/q"], rep)


def test_gold_scoring_of_one_document():
    doc = G.parse_gold_doc(GOLD_DOC)
    preds = [
        # statements: right speaker (via represented state) and IoU 0.8; implicit one by content only
        claim(kind="statement", type_="STATEMENT", sources=["state/RUS"], content=(100, 180), claim_id="s1"),
        claim(kind="statement", type_="STATEMENT", sources=["state/XXX"], content=(300, 340), claim_id="s2"),
        claim(kind="statement", type_="STATEMENT", sources=["person/p"], content=(100, 140), claim_id="s3"),
        # stances: holder in the joint list, issue concerning RUS as actor target, cue in the sentence
        claim(kind="stance", type_="SUPPORT", polarity=1, sources=["person/q"], targets=["state/RUS"],
              trigger=(60, 65), sentence=(40, 120), claim_id="t1"),
        claim(kind="stance", type_="SUPPORT", polarity=1, sources=["person/q"],
              targets=["issue/net-zero"], target_label="Russia's net-zero pledge", trigger=(400, 405),
              sentence=(390, 450), claim_id="t2"),  # a second mention of the same stance
        claim(kind="stance", type_="DEMAND", polarity=-1, sources=["person/p"], targets=["state/UKR"],
              trigger=(600, 609), sentence=(590, 650), claim_id="t3"),  # untyped match only
        # events: the call (reversed direction fails, right direction matches), symmetric AGREE,
        # FIGHT predicted as ASSAULT
        claim(type_="CONSULT", sources=["state/GBR"], targets=["state/RUS"], trigger=(20, 24), claim_id="e0"),
        claim(type_="CONSULT", sources=["state/RUS"], targets=["person/q"], trigger=(700, 704),
              mode="call", modality="asserted", claim_id="e1"),
        claim(type_="AGREE", sources=["state/GBR"], targets=["state/RUS"], trigger=(800, 806),
              modality="planned", claim_id="e2"),
        claim(type_="ASSAULT", sources=["state/RUS"], targets=["state/UKR"], trigger=(880, 884),
              sentence=(850, 950), claim_id="e3"),
        claim(type_="SANCTION", sources=["state/USA"], targets=["state/RUS"], trigger=(990, 995),
              sentence=(950, 1000), claim_id="e4"),
    ]
    got = G.score_doc(doc, preds)
    st = got["statements"].prf
    assert (st.tp, st.fp, st.fn) == (2, 1, 0)
    sn = got["stances"]
    assert (sn.prf.tp, sn.prf.fp, sn.prf.fn, sn.duplicates) == (2, 0, 0, 1)
    typed = got["stances_typed"]
    assert (typed.prf.tp, typed.prf.fn) == (1, 1) and typed.by_type["DEMAND"].fp == 1
    ev = got["events"]
    assert (ev.prf.tp, ev.prf.fp, ev.prf.fn) == (3, 2, 0)
    assert ev.by_type["SANCTION"].fp == 1 and ev.by_type["CONSULT"].tp == 1
    attrs = got["event_attributes"].by_type
    assert attrs["mode"].tp == 3 and attrs["modality"].fn == 2  # e2 planned, e3 has none

    summary = G.score_gold([(doc, preds)])
    assert summary["documents"] == 1 and summary["holdout"]["statements"]["tp"] == 2
    assert summary["all"]["gold"] == {"statements": 2, "stances": 2, "events": 3}
    assert "dev" not in summary


def test_gold_issue_targets_match_on_content_words():
    g = G.parse_gold_doc(GOLD_DOC).stances[0]
    ok = claim(kind="stance", polarity=1, sources=["person/p"], targets=["issue/x"], target_label="the goal")
    assert G.stance_score(g, ok, {}) is not None  # "goal" is shared; cue (10, 15) in sentence (0, 100)
    bad = claim(kind="stance", polarity=1, sources=["person/p"], targets=["issue/y"], target_label="trade")
    assert G.stance_score(g, bad, {}) is None


def test_issue_label_words_fold_plurals_only():
    assert G.content_words("Russia's efforts") & G.content_words("the effort to end the war")
    assert G.content_words("unilateral sanctions") == {"unilateral", "sanction"}
    # -ss / -us / -is words are not plurals
    assert G.content_words("peace process status crisis") == {"peace", "process", "status", "crisis"}


def test_gold_issue_targets_match_on_the_actor_the_issues_concern():
    zwe = G.parse_gold_doc({**GOLD_DOC, "stances": [
        {"holder": "state/USA", "type": "AGREE", "polarity": 1,
         "target": {"issue": "engagement with Zimbabweans", "actors": ["state/ZWE"]},
         "cue": "committed", "cue_start": 50, "cue_end": 59},
        {"holder": "state/USA", "type": "AGREE", "polarity": 1,
         "target": {"issue": "talks with Putin", "actors": ["person/p"]},
         "cue": "committed", "cue_start": 50, "cue_end": 59},
    ]})
    g, g_person = zwe.stances
    rep = zwe.represents

    def pred(concerns, label="to work with the people of Zimbabwe"):
        return claim(kind="stance", type_="AGREE", polarity=1, sources=["state/USA"], targets=["issue/w"],
                     target_label=label, target_concerns=tuple(concerns))

    assert not G.content_words(g.issue) & G.content_words(pred(()).target_label)  # labels share nothing
    assert G.stance_score(g, pred(()), rep) is None  # no concerned actor: labels only, as before
    assert G.stance_score(g, pred(["state/ZWE"]), rep) is not None
    assert G.stance_score(g, pred(["state/GBR", "state/ZWE"]), rep) is not None  # any of them
    assert G.stance_score(g, pred(["state/ZAF"]), rep) is None  # an issue about another actor
    # a gold person in the issue's actors is covered by the state they represent, not the reverse
    assert G.stance_score(g_person, pred(["state/RUS"], "dialogue"), rep) is not None
    assert G.stance_score(g_person, pred(["state/GBR"], "dialogue"), rep) is None
    # the concerned actor does not stand in for the target: a gold actor target still needs it
    actor_gold = G.parse_gold_doc(GOLD_DOC).stances[1]  # person/p DISAPPROVE state/UKR, cue 600
    issue_on_ukr = claim(kind="stance", polarity=-1, sources=["person/p"], targets=["issue/z"],
                         target_label="the shelling", target_concerns=("state/UKR",),
                         trigger=(600, 609), sentence=(590, 650))
    assert G.stance_score(actor_gold, issue_on_ukr, rep) is None


def test_claims_from_rows_reads_the_issue_target_actors():
    rows = [
        _row(claim_id="claim/a/stance/1", kind="stance", type="DEMAND", source_id="state/RUS",
             target_id="issue/embargo", target_label="the US trade embargo on Cuba",
             target_concerns_id="state/USA;state/CUB", target_concerns_label="United States;Cuba"),
        _row(claim_id="claim/a/stance/2", kind="stance", type="SUPPORT", source_id="state/RUS",
             target_id="state/CUB"),
    ]
    issue, actor = claims_from_rows(rows)["article/a"]
    assert issue.target_concerns == ("state/USA", "state/CUB")
    assert actor.target_concerns == ()
    legacy = {k: v for k, v in rows[0].items() if not k.startswith("target_concerns")}
    assert claims_from_rows([legacy])["article/a"][0].target_concerns == ()  # column absent


def test_load_gold_dir_skips_the_manifest(tmp_path):
    (tmp_path / "MANIFEST.json").write_text(json.dumps({"documents": []}))
    (tmp_path / "kremlin-1.json").write_text(json.dumps(GOLD_DOC))
    docs = G.load_gold_dir(tmp_path)
    assert [d.id for d in docs] == ["kremlin/1"]


# --- CLI and the real sets ----------------------------------------------------------------------


def test_cli_reports_a_missing_set_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_SHARED", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(main, ["evaluate", "--set", "plover"])
    assert result.exit_code == 3
    lines = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1 and "PLOVER gold records not found" in lines[0]


@needs_model
def test_actor_countries_from_the_store(seed_store):
    from diplograph.evaluate.runner import actor_countries

    got = actor_countries(seed_store, ["person/sergey-lavrov", "state/CUB", "org/UNGA", "actor/organization/x",
                                       "org/HAMAS"], {"person/sergey-lavrov": date(2025, 5, 7)})
    assert got == {"person/sergey-lavrov": "RUS", "state/CUB": "CUB", "org/UNGA": "IGO",
                   "actor/organization/x": None, "org/HAMAS": "PSE"}  # a movement: where it is based


@pytest.mark.shared
@needs_model
def test_real_sets_run_end_to_end():
    shared_path("eval", "plover_gsr", "PLOVER_GSR_CAMEO.json")
    shared_path("eval", "universalpetrarch_gsr", "PETR2_GSR_validation.derived.jsonl")
    from diplograph.evaluate import evaluate

    result = evaluate(("plover", "petrarch"), limit=25)
    plover = result["sets"]["plover"]
    assert plover["records"] == 25 and 0 <= plover["type_accuracy"] <= 1
    assert set(plover["per_type"]) and 0 <= plover["source_accuracy"] <= 1
    petrarch = result["sets"]["petrarch"]
    assert petrarch["sentences"] == 25 and 0 <= petrarch["triples"]["f1"] <= 1


@pytest.mark.shared
@needs_model
def test_gold_set_runs_end_to_end():
    shared_path("corpus", "kremlin.jsonl")
    from diplograph.evaluate import GOLD_DIR, evaluate

    if not any(GOLD_DIR.glob("*.json")):
        pytest.skip(f"no gold documents in {GOLD_DIR}")
    result = evaluate(("gold",), limit=3, holdout_only=True)
    gold = result["sets"]["gold"]
    assert gold["documents"] + gold["skipped"] == 3 and "holdout" in gold
    assert 0 <= gold["holdout"]["events"]["f1"] <= 1


def test_miss_reasons_name_what_the_nearest_prediction_got_wrong():
    from diplograph.evaluate.misses import miss_reasons

    doc = G.parse_gold_doc(GOLD_DOC)
    claims = [
        # stance 1 (cue 50-58, sentence 0-100): right holder and target, wrong polarity
        claim(kind="stance", type_="SUPPORT", polarity=-1, trigger=(50, 58), sources=["state/RUS"],
              targets=["issue/g"], target_label="net-zero goal"),
        # stance 2 (cue 600-609): right in all but the holder
        claim(kind="stance", type_="DISAPPROVE", polarity=-1, trigger=(600, 609), sentence=(550, 650),
              sources=["state/GBR"], targets=["state/UKR"]),
        # the call (20-24) matched; the agreement (800) has no event in its sentence; the war
        # (900) is predicted with the wrong type and the right sides
        claim(trigger=(20, 24), sources=["person/p"], targets=["person/q"]),
        claim(type_="SANCTION", trigger=(900, 903), sentence=(850, 950), sources=["state/RUS"],
              targets=["state/UKR"]),
    ]
    got = miss_reasons(doc, claims)
    assert got["stances"] == {"polarity": 1, "holder": 1}
    assert got["events"] == {"no event in the sentence": 1, "type": 1}
    summary = G.score_gold([(doc, claims)])
    assert summary["holdout"]["misses"]["events"] == {"no event in the sentence": 1, "type": 1}
