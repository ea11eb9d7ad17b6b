"""``diplograph evaluate``: score the extractor against gold sets.

Three sets (see docs/quality.md for the numbers and how to reproduce them):

- ``plover``: PLOVER gold-standard records (``../shared/eval/plover_gsr``): event type,
  source and target country of each sentence's most confident event or stance claim;
- ``petrarch``: UniversalPetrarch validation sentences (``../shared/eval/universalpetrarch_gsr``):
  (source country, target country, PLOVER type) triples;
- ``gold``: the team's own gold set (``tests/gold/``, texts from ``../shared/corpus``):
  statements, stances and events F1.

Scoring is pure (:mod:`.metrics`, :mod:`.plover`, :mod:`.petrarch`, :mod:`.gold`);
this module and :mod:`.runner` do the I/O.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from diplograph.errors import ConfigurationError
from diplograph.resources import PROJECT_ROOT, ontology_dir, shared_dir

from . import gold as gold_mod
from .petrarch import load_cameo_table, load_petrarch, petrarch_article, score_petrarch
from .plover import PloverOutcome, load_plover, plover_article, score_plover
from .predictions import top_claim
from .runner import Progress, extract_articles

SETS = ("plover", "petrarch", "gold")
PLOVER_FILE = ("eval", "plover_gsr", "PLOVER_GSR_CAMEO.json")
PETRARCH_FILE = ("eval", "universalpetrarch_gsr", "PETR2_GSR_validation.derived.jsonl")
GOLD_DIR = PROJECT_ROOT / "tests" / "gold"


class SetUnavailable(ConfigurationError):
    """An evaluation set's data is not there (e.g. ../shared is absent)."""


def plover_path() -> Path:
    return shared_dir().joinpath(*PLOVER_FILE)


def petrarch_path() -> Path:
    return shared_dir().joinpath(*PETRARCH_FILE)


def _require(path: Path, what: str) -> Path:
    if not path.exists():
        raise SetUnavailable(f"{what} not found at {path} (set DIPLOGRAPH_SHARED to the shared data folder)")
    return path


def evaluate_plover(*, limit: int | None = None, nlp=None, progress: Progress | None = None,
                    examples: int = 0) -> dict:
    records = load_plover(_require(plover_path(), "PLOVER gold records"))[:limit]
    ex = extract_articles([plover_article(r) for r in records], nlp=nlp, label="plover", progress=progress)
    outcomes = [PloverOutcome(r, top_claim(ex.claims[plover_article(r).id])) for r in records]
    return {"set": "plover", "seconds": round(ex.seconds, 1), **score_plover(outcomes, examples)}


def evaluate_petrarch(*, limit: int | None = None, nlp=None, progress: Progress | None = None,
                      examples: int = 0) -> dict:
    table = load_cameo_table(ontology_dir() / "vocab" / "cameo.ttl")
    records = load_petrarch(_require(petrarch_path(), "UniversalPetrarch validation set"), table)[:limit]
    articles = [petrarch_article(r) for r in records]
    ex = extract_articles(articles, nlp=nlp, label="petrarch", progress=progress)
    pairs = [(r, ex.claims[a.id]) for r, a in zip(records, articles, strict=True)]
    return {"set": "petrarch", "seconds": round(ex.seconds, 1), **score_petrarch(pairs, examples)}


def evaluate_gold(*, limit: int | None = None, holdout_only: bool = False, nlp=None,
                  progress: Progress | None = None, gold_dir: Path | None = None,
                  warn=None) -> dict:
    from diplograph.ingest.records import record_to_article

    gdir = gold_dir or GOLD_DIR
    docs = gold_mod.load_gold_dir(gdir) if gdir.is_dir() else []
    if not docs:
        raise SetUnavailable(f"no gold documents in {gdir}")
    if holdout_only:
        docs = [d for d in docs if d.split == "holdout"]
    docs = docs[:limit]
    corpus = shared_dir() / "corpus"
    _require(corpus, "the corpus the gold set refers to")
    records = gold_mod.load_corpus_records(corpus, [d.id for d in docs])
    usable, articles = [], []
    for d in docs:
        rec = records.get(d.id)
        if rec is None or not gold_mod.text_matches(d, rec.get("text", "")):
            if warn:
                warn(f"gold: {d.id}: {'not in the corpus' if rec is None else 'text changed'}; skipped")
            continue
        usable.append(d)
        articles.append(record_to_article(rec, f"corpus:{d.id}", 2_000_000))
    ex = extract_articles(articles, nlp=nlp, label="gold", progress=progress)
    pairs = [(d, ex.claims[a.id]) for d, a in zip(usable, articles, strict=True)]
    result = gold_mod.score_gold(pairs)
    return {"set": "gold", "seconds": round(ex.seconds, 1), "holdout_only": holdout_only,
            "skipped": len(docs) - len(usable), **result}


def evaluate(sets: Sequence[str] = SETS, *, limit: int | None = None, holdout_only: bool = False,
             progress: Progress | None = None, warn=None, examples: int = 0) -> dict:
    """Run the named sets; a set whose data is missing is skipped (with ``warn``) when several
    are asked for, and raises :class:`SetUnavailable` when it is the only one."""
    from diplograph.nlp import load_pipeline

    nlp = None
    results: dict = {"sets": {}, "skipped": {}}
    started = time.perf_counter()
    for name in sets:
        try:
            if name == "plover":
                _require(plover_path(), "PLOVER gold records")
            elif name == "petrarch":
                _require(petrarch_path(), "UniversalPetrarch validation set")
            nlp = nlp or load_pipeline()
            if name == "plover":
                res = evaluate_plover(limit=limit, nlp=nlp, progress=progress, examples=examples)
            elif name == "petrarch":
                res = evaluate_petrarch(limit=limit, nlp=nlp, progress=progress, examples=examples)
            elif name == "gold":
                res = evaluate_gold(limit=limit, holdout_only=holdout_only, nlp=nlp,
                                    progress=progress, warn=warn)
            else:
                raise ConfigurationError(f"unknown evaluation set {name!r}: expected one of {', '.join(SETS)}")
        except SetUnavailable as exc:
            if len(sets) == 1:
                raise
            results["skipped"][name] = str(exc)
            if warn:
                warn(f"skipped {name}: {exc}")
            continue
        results["sets"][name] = res
    results["seconds"] = round(time.perf_counter() - started, 1)
    return results


# --- text report ------------------------------------------------------------------------------


def _f(x) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def _prf_line(label: str, d: dict, width: int = 16) -> str:
    extra = f"  dup {d['duplicates']:3d}" if "duplicates" in d else ""
    return (f"  {label:<{width}} P {_f(d['precision'])}  R {_f(d['recall'])}  F1 {_f(d['f1'])}"
            f"   (tp {d['tp']}, fp {d['fp']}, fn {d['fn']}){extra}")


def _per_type(per_type: dict, indent: str = "    ") -> list[str]:
    lines = [f"{indent}{'type':<12} {'gold':>5} {'pred':>5}      P      R     F1"]
    for t, d in per_type.items():
        lines.append(f"{indent}{t:<12} {d['gold']:5d} {d['predicted']:5d} {_f(d['precision'])} "
                     f"{_f(d['recall'])} {_f(d['f1'])}")
    return lines


def format_report(results: dict) -> str:
    out: list[str] = []
    for name, r in results["sets"].items():
        if name == "plover":
            t = r["targets"]
            out.append(f"PLOVER gold records: {r['records']} sentences, {r['predicted']} with a "
                       f"prediction ({r['seconds']}s)")
            out.append(f"  type accuracy    {r['type_accuracy']:.3f}   (target >= {t['type_accuracy']:.2f})")
            out.append(f"  source accuracy  {r['source_accuracy']:.3f}   (target >= {t['source_accuracy']:.2f}; "
                       f"{r['source_scored']} with a gold source code)")
            out.append(f"  target accuracy  {r['target_accuracy']:.3f}   (target >= {t['target_accuracy']:.2f}; "
                       f"{r['target_scored']} with a gold target code)")
            w = r["when_predicted"]
            out.append(f"  on the {r['predicted']} sentences with a prediction: type {w['type_accuracy']:.3f}, "
                       f"source {w['source_accuracy']:.3f}, target {w['target_accuracy']:.3f}")
            out.append(f"  macro F1 over types {r['macro_f1']:.3f}; predicted claim kinds: "
                       + ", ".join(f"{k} {v['n']} ({v['type_ok']} right)" for k, v in r["by_kind"].items()))
            out.extend(_per_type(r["per_type"]))
            out.append("  no prediction, by gold type: "
                       + ", ".join(f"{t} {n}" for t, n in r["no_prediction"].items()))
            out.append("  most frequent confusions (gold -> predicted):")
            out.extend(f"    {c['gold']:<12} -> {c['predicted']:<12} {c['n']}" for c in r["confusions"])
        elif name == "petrarch":
            out.append(f"UniversalPetrarch validation: {r['sentences']} sentences, {r['gold_triples']} gold "
                       f"triples ({r['unmapped_gold']} codings without a PLOVER type not scored, "
                       f"{r['no_event_sentences']} sentences without events) ({r['seconds']}s)")
            out.append(_prf_line("triples", r["triples"]))
            out.append(_prf_line("dyads", r["dyads"]))
            out.append(_prf_line("types", r["types"]))
            out.extend(_per_type(r["per_type"]))
        elif name == "gold":
            scope = "hold-out split only" if r["holdout_only"] else "all documents"
            out.append(f"Gold set (tests/gold, {scope}): {r['documents']} documents"
                       + (f", {r['skipped']} skipped" if r["skipped"] else "") + f" ({r['seconds']}s)")
            for split in ("all", "dev", "holdout"):
                if split not in r or (split == "all" and r["holdout_only"]):
                    continue
                b = r[split]
                g = b["gold"]
                out.append(f" [{split}] {b['documents']} documents; gold: {g['statements']} statements, "
                           f"{g['stances']} stances, {g['events']} events")
                for kind in ("statements", "stances", "stances_typed", "events", "events_untyped"):
                    if kind in b:
                        out.append(_prf_line(kind, b[kind]))
                for kind, reasons in (b.get("misses") or {}).items():
                    if reasons:
                        out.append(f"  missed {kind}, why: "
                                   + ", ".join(f"{why} {n}" for why, n in reasons.items()))
                ea = b.get("event_attributes") or {}
                out.append("  matched events: mode agrees " + _f(ea.get("mode")).strip()
                           + ", modality agrees " + _f(ea.get("modality")).strip())
            main = r.get("holdout") if r["holdout_only"] else r.get("all")
            if main and main.get("events", {}).get("per_type"):
                out.append("  events per type:")
                out.extend(_per_type(main["events"]["per_type"]))
            if main and main.get("stances_typed", {}).get("per_type"):
                out.append("  stances (typed) per type:")
                out.extend(_per_type(main["stances_typed"]["per_type"]))
        out.append("")
    for name, why in results.get("skipped", {}).items():
        out.append(f"skipped {name}: {why}")
    return "\n".join(out).rstrip() + "\n"
