"""Extraction benchmark: the cost of diplograph on top of the bare spaCy model.

Issue target: extraction adds at most 25% to the time of the bare spaCy model
on the same texts. On the first ``--n`` articles of
``../shared/corpus/whitehouse.jsonl.gz`` (plus the first ``--n`` of
``kremlin.jsonl`` with ``--kremlin``), read through
``diplograph.ingest.read_inputs``, four variants are timed on the same texts:

    (a) bare     spacy.load(<model>), nlp.pipe(texts, batch_size=32)
    (b) pipeline load_pipeline(<model>): (a) + dg_paragraphs, dg_actor_matcher, dg_quotes
    (c) extract  (b) + extract(doc, article, gazetteer)
    (d) rdf      (c) + article_quads(extraction, publisher_of(article, gazetteer))

Each variant runs ``--repeat`` times; the order of the variants is rotated
from one repeat to the next (a b c d, b c d a, ...) so that a slow phase of a
noisy machine does not hit one variant only. Medians of seconds and words/s are
printed, and the time ratios (b)/(a), (c)/(a), (d)/(a) ("adds X%"). Words are
whitespace tokens, as in ``diplograph build``. Both pipelines are loaded and
warmed up (a few documents) before timing; the documents are not kept.

In the (d) runs the time is also split by phase (inside nlp.pipe's generator,
in extract(), in article_quads()): a within-run breakdown that is less
exposed to machine noise than the difference of two separate runs.

``--profile`` then runs (c) once more under cProfile on the same texts and
lists the top ``--top`` functions of ``src/diplograph`` by own time (tottime),
plus the cumulative time of extract()'s stages.

    .venv/bin/python benchmarks/bench_extraction.py [--n 300] [--repeat 3] [--kremlin]
        [--model NAME] [--batch-size 32] [--profile] [--top 15] [--json]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

VARIANTS = ("a", "b", "c", "d")
NAMES = {
    "a": "(a) bare spaCy model",
    "b": "(b) diplograph pipeline",
    "c": "(c) (b) + extract",
    "d": "(d) (c) + article_quads",
}
WARMUP_DOCS = 8


def load_articles(n: int, kremlin: bool) -> list:
    """The first ``n`` articles of whitehouse.jsonl.gz (and of kremlin.jsonl)."""
    from diplograph.ingest import IngestProblem, read_inputs
    from diplograph.resources import shared_dir

    corpus = shared_dir() / "corpus"
    files = [corpus / "whitehouse.jsonl.gz"] + ([corpus / "kremlin.jsonl"] if kremlin else [])
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        sys.exit(
            f"error: benchmark corpus not found: {', '.join(missing)} "
            f"(shared data folder {shared_dir()} is absent or incomplete; "
            "set DIPLOGRAPH_SHARED to the folder holding corpus/)"
        )
    articles = []
    for path in files:
        problems = 0
        for item in read_inputs([path], limit=n):
            if isinstance(item, IngestProblem):
                problems += 1
            else:
                articles.append(item)
        if problems:
            print(f"note: {problems} unreadable records skipped in {path.name}", file=sys.stderr)
    return articles


def machine() -> dict:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True,
            cwd=Path(__file__).resolve().parent,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "src"], check=False, capture_output=True, text=True,
            cwd=Path(__file__).resolve().parent,
        ).stdout.strip()
        if dirty:
            commit += " (+ uncommitted changes in src/)"
    except (OSError, subprocess.CalledProcessError):
        commit = "?"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
    }


def make_runners(model: str | None, batch_size: int) -> tuple[str, dict[str, Callable]]:
    import spacy

    from diplograph.extract import extract, publisher_of
    from diplograph.gazetteer import load_gazetteer
    from diplograph.nlp import load_pipeline
    from diplograph.nlp.pipeline import choose_model
    from diplograph.rdf.mapping import article_quads

    name = choose_model(model)
    bare = spacy.load(name)
    nlp = load_pipeline(name)
    gaz = load_gazetteer()

    def run_a(articles, phases=None):
        for _doc in bare.pipe((a.text for a in articles), batch_size=batch_size):
            pass

    def run_b(articles, phases=None):
        for _doc in nlp.pipe((a.text for a in articles), batch_size=batch_size):
            pass

    def run_c(articles, phases=None):
        for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True,
                                     batch_size=batch_size):
            extract(doc, article, gaz)

    def run_d(articles, phases=None):
        clock = time.perf_counter
        t_ex = t_rdf = 0.0
        for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True,
                                     batch_size=batch_size):
            t0 = clock()
            extraction = extract(doc, article, gaz)
            t1 = clock()
            article_quads(extraction, publisher_of(article, gaz))
            t2 = clock()
            t_ex += t1 - t0
            t_rdf += t2 - t1
        if phases is not None:
            phases["extract"] = t_ex
            phases["rdf"] = t_rdf

    return name, {"a": run_a, "b": run_b, "c": run_c, "d": run_d}


def rotation(repeat: int) -> list[list[str]]:
    """a b c d, b c d a, c d a b, ... (one list per repeat)."""
    k = len(VARIANTS)
    return [[VARIANTS[(r + i) % k] for i in range(k)] for r in range(repeat)]


def timed(run: Callable, articles: list, phases: dict | None = None) -> float:
    gc.collect()
    t0 = time.perf_counter()
    run(articles, phases)
    return time.perf_counter() - t0


def profile_extraction(runners: dict, articles: list, top: int) -> dict:
    """cProfile of variant (c): where the time of our code goes.

    spaCy's Cython code is visible to cProfile, so the time of ``doc.text``,
    ``span.sent``, ``Token`` creation etc. is booked to spaCy's functions, not to
    the line of ours that asked for it. Each of our functions therefore gets
    ``own`` (its tottime) and ``lib``: the time of the library functions it
    called directly (their whole subtree, minus the share that came back into
    our code, e.g. a sort key). ``own + lib`` is what rewriting the function
    could save; the table is sorted by it.
    """
    root = str(Path(__import__("diplograph").__file__).resolve().parent)
    prof = cProfile.Profile()
    gc.collect()
    prof.enable()
    runners["c"](articles)
    prof.disable()
    stats = pstats.Stats(prof).stats
    total = sum(v[2] for v in stats.values())

    def is_ours(key) -> bool:
        return key[0].startswith(root)

    def label(key) -> str:
        filename, line, func = key
        if is_ours(key):
            return f"src/diplograph/{os.path.relpath(filename, root)}:{line}({func})"
        if filename == "~":
            return func
        short = filename.split("site-packages/", 1)[-1]
        return f"{short}:{line}({func})"

    # Time an external function spent back in our code (callbacks), to discount.
    callback: dict = {}
    for key, (_cc, _nc, _tt, _ct, callers) in stats.items():
        if is_ours(key):
            for caller, edge in callers.items():
                if not is_ours(caller):
                    callback[caller] = callback.get(caller, 0.0) + edge[3]
    lib: dict = {}
    lib_callees: dict = {}
    for key, (_cc, _nc, _tt, ct, callers) in stats.items():
        if is_ours(key) or ct <= 0:
            continue
        for caller, edge in callers.items():
            if not is_ours(caller):
                continue
            t = edge[3] - edge[3] / ct * callback.get(key, 0.0)
            lib[caller] = lib.get(caller, 0.0) + t
            lib_callees.setdefault(caller, []).append((t, label(key)))
    rows = []
    stage_names = {"extract", "find_actors", "find_statements", "find_stances", "find_events",
                   "find_relations", "__call__", "paragraph_boundaries", "quote_spans",
                   "article_quads"}
    stages = {}
    for key, (_cc, nc, tt, ct, _callers) in stats.items():
        if not is_ours(key):
            continue
        callees = sorted(lib_callees.get(key, []), reverse=True)[:2]
        rows.append({"function": label(key), "calls": nc, "own": tt, "lib": lib.get(key, 0.0),
                     "cum": ct, "callees": [f"{name} {t:.2f}s" for t, name in callees if t >= 0.005]})
        if key[2] in stage_names and (key[2] != "__call__" or key[0].endswith("components.py")):
            stages[label(key)] = ct
    ours_own = sum(r["own"] for r in rows)
    ours_lib = sum(r["lib"] for r in rows)
    return {
        "total": total,
        "ours_own": ours_own,
        "ours_lib": ours_lib,
        "top": sorted(rows, key=lambda r: r["own"] + r["lib"], reverse=True)[:top],
        "top_own": sorted(rows, key=lambda r: r["own"], reverse=True)[:top],
        "stages": dict(sorted(stages.items(), key=lambda kv: kv[1], reverse=True)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="articles per corpus file (default 300)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per variant (median reported)")
    ap.add_argument("--kremlin", action="store_true", help="also the first --n articles of kremlin.jsonl")
    ap.add_argument("--model", help="spaCy model (default: as diplograph build chooses it)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--profile", action="store_true", help="then profile variant (c) with cProfile")
    ap.add_argument("--top", type=int, default=15, help="hotspots listed by --profile")
    ap.add_argument("--json", metavar="FILE", help="also write all timings as JSON to FILE")
    args = ap.parse_args(argv)

    articles = load_articles(args.n, args.kremlin)
    if not articles:
        sys.exit("error: no articles read from the corpus")
    words = sum(len(a.text.split()) for a in articles)
    chars = sum(len(a.text) for a in articles)
    info = machine()
    model, runners = make_runners(args.model, args.batch_size)
    print(f"articles {len(articles)}  words {words:,}  chars {chars:,}  model {model}  "
          f"batch_size {args.batch_size}  repeat {args.repeat}")
    print(f"machine: nproc {info['nproc']}, {info['cpu']}, Python {info['python']}; "
          f"{info['date']}; commit {info['commit']}")

    for v in VARIANTS:  # warm-up: lazy initialisation, first batch
        runners[v](articles[:WARMUP_DOCS])

    times: dict[str, list[float]] = {v: [] for v in VARIANTS}
    phases_runs: list[dict] = []
    for r, order in enumerate(rotation(args.repeat), 1):
        for v in order:
            phases: dict = {}
            t = timed(runners[v], articles, phases)
            times[v].append(t)
            if v == "d":
                phases["total"] = t
                phases_runs.append(phases)
            print(f"  repeat {r}/{args.repeat} {v}: {t:7.2f} s  {words / t:8.0f} words/s", flush=True)

    med = {v: statistics.median(times[v]) for v in VARIANTS}
    print()
    print(f"{'variant':28} {'median s':>9} {'words/s':>9} {'min s':>8} {'max s':>8} {'vs (a)':>8}")
    for v in VARIANTS:
        print(f"{NAMES[v]:28} {med[v]:9.2f} {words / med[v]:9.0f} {min(times[v]):8.2f} "
              f"{max(times[v]):8.2f} {med[v] / med['a']:8.3f}")
    print()
    for v, what in (("b", "our spaCy components"), ("c", "components + extraction"),
                    ("d", "components + extraction + RDF mapping")):
        ratio = med[v] / med["a"]
        print(f"({v})/(a) = {ratio:.3f}: {what} add {100 * (ratio - 1):+.1f}% to the bare model")
    # Per-run ratios (each repeat's variants ran back to back) as a noise check.
    per_run = [times["c"][i] / times["a"][i] for i in range(args.repeat)]
    print(f"(c)/(a) per repeat: {', '.join(f'{x:.3f}' for x in per_run)}")
    target = med["c"] / med["a"] <= 1.25
    print(f"target (c)/(a) <= 1.25: {'met' if target else 'NOT met'}")

    ph = {k: statistics.median(p[k] for p in phases_runs) for k in ("total", "extract", "rdf")}
    nlp_t = ph["total"] - ph["extract"] - ph["rdf"]
    print()
    print("within-run split of (d) (medians): "
          f"nlp.pipe {nlp_t:.2f} s, extract {ph['extract']:.2f} s "
          f"({100 * ph['extract'] / nlp_t:.1f}% of nlp.pipe), "
          f"article_quads {ph['rdf']:.2f} s ({100 * ph['rdf'] / nlp_t:.1f}%)")
    print(f"extract alone vs bare model: {100 * ph['extract'] / med['a']:.1f}% of (a)'s median")

    result = {
        "machine": info, "model": model, "articles": len(articles), "words": words,
        "chars": chars, "batch_size": args.batch_size, "repeat": args.repeat,
        "times": times, "median": med,
        "ratios": {f"{v}/a": med[v] / med["a"] for v in ("b", "c", "d")},
        "phases_d": ph,
    }

    if args.profile:
        print()
        print("profiling (c) with cProfile (every call is slowed down by the profiler, small "
              "calls most) ...", flush=True)
        prof = profile_extraction(runners, articles, args.top)
        result["profile"] = prof
        print(f"total {prof['total']:.2f} s; in src/diplograph: own {prof['ours_own']:.2f} s, "
              f"+ library calls made directly {prof['ours_lib']:.2f} s "
              f"({100 * (prof['ours_own'] + prof['ours_lib']) / prof['total']:.1f}% of the total)")
        print("cumulative time of the stages:")
        for k, ct in prof["stages"].items():
            print(f"  {ct:8.2f} s  {k}")
        print(f"top {args.top} functions of src/diplograph by own time + direct library calls:")
        print(f"  {'#':>2} {'own+lib':>7} {'own s':>6} {'lib s':>6} {'calls':>8}  function; main library callees")
        for i, row in enumerate(prof["top"], 1):
            extra = f"\n  {'':34}  <- {'; '.join(row['callees'])}" if row["callees"] else ""
            print(f"  {i:2} {row['own'] + row['lib']:7.2f} {row['own']:6.2f} {row['lib']:6.2f} "
                  f"{row['calls']:8}  {row['function']}{extra}")
        print(f"top {args.top} by own time only (tottime):")
        for i, row in enumerate(prof["top_own"], 1):
            print(f"  {i:2} {row['own']:6.2f} s {row['calls']:8}  {row['function']}")

    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
