"""Build benchmark: streaming `diplograph build` against the bare spaCy model, workers, memory, resume.

On the first ``--n`` articles of ``../shared/corpus/whitehouse.jsonl.gz``, every
measurement runs in a fresh child process (so model loading, memory and worker
start-up are counted the same way each time):

    (a) bare spaCy: spacy.load(<model>) + nlp.pipe(texts, batch_size) over the N texts
        vs build(): `diplograph build --limit N --workers 1` into a fresh store
        (pipeline load, extraction, RDF mapping, store writes, inference).
        Words/s ratio build / bare, target >= 0.80. Also shown without the
        inference step and against nlp.pipe alone (model load excluded).
    (b) build --workers 2 vs --workers 1 (same N, fresh stores), target >= 1.6x.
    (c) peak RSS at --rss-sizes (default 1000 and 10000), --rss-workers (default 1),
        with and without inference; target: the largest <= 1.2x the smallest. Three
        readings: the build process (resource.getrusage ru_maxrss), the sum of the
        per-process peaks (build + workers x largest worker: an upper bound), and the
        whole process tree sampled every 0.2 s (the memory the build needs at once).
    (r) resume: a CLI build of N is SIGKILLed once half of the articles were
        written, then re-run; the re-run must skip >= 95% of the done articles
        and end with the quad count of an uninterrupted build. The cost of
        skipping is timed as a no-op re-run of the complete build over the same
        N, against the time of that build (target < 5%).

(a) and (b) repeat ``--repeat`` times with the variants in rotated order
(a machine that is busy for a while hits every variant) and print medians.

    .venv/bin/python benchmarks/bench_build.py [--n 200] [--repeat 3] [--only a,b,c,r]
        [--rss-sizes 1000 10000] [--resume-n 2000] [--batch-size 32] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Self

HERE = Path(__file__).resolve()
PROJECT = HERE.parent.parent


def corpus() -> Path:
    from diplograph.resources import shared_dir

    path = shared_dir() / "corpus" / "whitehouse.jsonl.gz"
    if not path.is_file():
        sys.exit(f"error: benchmark corpus not found: {path} (set DIPLOGRAPH_SHARED to the folder "
                 "holding corpus/)")
    return path


def peak_rss_mb() -> dict:
    """Peak RSS of this process and of its largest child (workers), the RSS now, CPU seconds (all)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    now = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
    except OSError:
        pass
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime
    return {"rss_mb": round(own, 1), "rss_children_mb": round(kids, 1), "rss_end_mb": round(now, 1),
            "cpu": round(cpu, 2)}


# --- child processes ----------------------------------------------------------------------


def child_bare(n: int, batch_size: int) -> dict:
    """Time spacy.load + nlp.pipe over the first n texts (read before the clock starts)."""
    import spacy

    from diplograph.ingest import read_inputs
    from diplograph.model import Article
    from diplograph.nlp.pipeline import choose_model

    texts = [a.text for a in read_inputs([corpus()], limit=n) if isinstance(a, Article)]
    started = time.perf_counter()
    nlp = spacy.load(choose_model())
    loaded = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    done = time.perf_counter()
    return {"load": loaded - started, "pipe": done - loaded, "seconds": done - started,
            "words": sum(len(t.split()) for t in texts), "articles": len(texts), **peak_rss_mb()}


def _tree_rss_mb(pid: int) -> float:
    """RSS of ``pid`` and all its descendants now (Linux /proc), in MB."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:  # the process ended meanwhile
            continue
    return total / 1024


class TreePeak:
    """The largest RSS of this process and its descendants at one time, sampled in a thread."""

    def __init__(self, every: float = 0.2) -> None:
        import threading

        self.peak, self._every, self._stop = 0.0, every, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss_mb(os.getpid()))
            self._stop.wait(self._every)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def child_build(n: int, batch_size: int, workers: int, store: str, infer: bool) -> dict:
    """One library build() of the first n articles into ``store``."""
    import spacy  # noqa: F401 - imported before the clock, as in child_bare

    from diplograph.build import build
    from diplograph.store import KnowledgeStore

    kg = KnowledgeStore(store)
    started = time.perf_counter()
    with TreePeak() as tree:
        report = build([corpus()], kg, limit=n, batch_size=batch_size, workers=workers,
                       run_inference=infer)
    seconds = time.perf_counter() - started
    inf = report.inference
    return {"seconds": seconds, "words": report.words, "added": report.added,
            "skipped": report.skipped, "failed": report.failed, "quads": len(kg),
            "infer": inf.seconds if inf else 0.0, "method": inf.method if inf else None,
            "rss_tree_mb": round(tree.peak, 1), **peak_rss_mb(),
            "problems": [str(p) for p in report.problems[:20]]}  # which articles failed, and why


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, str(HERE), "--child", *args], check=True,
                         capture_output=True, text=True, cwd=PROJECT)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- measurements -------------------------------------------------------------------------


def rotated(variants: list[str], repeat: int):
    for r in range(repeat):
        k = r % len(variants)
        yield r, variants[k:] + variants[:k]


def measure(variants: dict[str, list[str]], repeat: int, tmp: Path) -> dict[str, list[dict]]:
    runs: dict[str, list[dict]] = {v: [] for v in variants}
    for r, order in rotated(list(variants), repeat):
        for v in order:
            args = [a.replace("{store}", str(tmp / f"{v}-{r}")) for a in variants[v]]
            res = run_child(*args)
            shutil.rmtree(tmp / f"{v}-{r}", ignore_errors=True)
            shutil.rmtree(tmp / f".{v}-{r}.snapshots", ignore_errors=True)
            shutil.rmtree(tmp / f".{v}-{r}.cache", ignore_errors=True)
            runs[v].append(res)
            print(f"  run {r + 1} {v:>9}: {res['seconds']:7.2f} s  "
                  f"{res['words'] / res['seconds']:8,.0f} words/s  cpu {res['cpu']:6.1f} s  "
                  f"rss {res['rss_mb']:,.0f} MB", flush=True)
    return runs


def med(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def bench_a(n: int, batch: int, repeat: int, tmp: Path) -> dict:
    print(f"(a) bare spaCy vs diplograph build, N={n}, workers 1, batch {batch}, {repeat} repeats")
    runs = measure({
        "bare": ["bare", str(n), str(batch)],
        "build": ["build", str(n), str(batch), "1", "{store}", "1"],
    }, repeat, tmp)
    bare_s, bare_pipe = med(runs["bare"], "seconds"), med(runs["bare"], "pipe")
    cpu_ratio = med(runs["bare"], "cpu") / med(runs["build"], "cpu")
    build_s = med(runs["build"], "seconds")
    no_infer = statistics.median(r["seconds"] - r["infer"] for r in runs["build"])
    words = runs["bare"][0]["words"]
    res = {
        "n": n, "words": words, "runs": runs,
        "bare_seconds": bare_s, "bare_pipe_seconds": bare_pipe, "build_seconds": build_s,
        "ratio": bare_s / build_s, "ratio_without_inference": bare_s / no_infer,
        "ratio_vs_pipe_only": bare_pipe / build_s,
        "per_repeat": [b["seconds"] / d["seconds"] for b, d in zip(runs["bare"], runs["build"], strict=True)],
    }
    print(f"    bare (load + pipe) {bare_s:.2f} s = {words / bare_s:,.0f} words/s "
          f"(pipe alone {words / bare_pipe:,.0f} words/s)")
    print(f"    build              {build_s:.2f} s = {words / build_s:,.0f} words/s "
          f"(inference {med(runs['build'], 'infer'):.2f} s)")
    print(f"    words/s ratio build/bare = {res['ratio']:.2f} (target >= 0.80: "
          f"{'met' if res['ratio'] >= 0.8 else 'NOT met'}); without inference "
          f"{res['ratio_without_inference']:.2f}; vs nlp.pipe alone {res['ratio_vs_pipe_only']:.2f}")
    res["paired_median"] = statistics.median(res["per_repeat"])
    res["cpu_ratio"] = cpu_ratio
    print(f"    CPU seconds: bare {med(runs['bare'], 'cpu'):.1f}, build {med(runs['build'], 'cpu'):.1f}: "
          f"words per CPU second ratio {cpu_ratio:.2f} (less exposed to a busy machine)")
    print(f"    per-repeat ratios (same repeat, adjacent runs): "
          f"{', '.join(f'{x:.2f}' for x in res['per_repeat'])}; median {res['paired_median']:.2f}")
    return res


def bench_b(n: int, batch: int, repeat: int, tmp: Path) -> dict:
    print(f"(b) build --workers 2 vs --workers 1, N={n}, batch {batch}, {repeat} repeats")
    runs = measure({
        "workers-1": ["build", str(n), str(batch), "1", "{store}", "1"],
        "workers-2": ["build", str(n), str(batch), "2", "{store}", "1"],
    }, repeat, tmp)
    one, two = med(runs["workers-1"], "seconds"), med(runs["workers-2"], "seconds")
    no_inf = [statistics.median(r["seconds"] - r["infer"] for r in runs[v]) for v in ("workers-1", "workers-2")]
    paired = [a["seconds"] / b["seconds"] for a, b in zip(runs["workers-1"], runs["workers-2"], strict=True)]
    res = {"n": n, "runs": runs, "workers_1": one, "workers_2": two, "speedup": one / two,
           "speedup_without_inference": no_inf[0] / no_inf[1], "per_repeat": paired,
           "paired_median": statistics.median(paired)}
    print(f"    workers 1 {one:.2f} s, workers 2 {two:.2f} s: speed-up {res['speedup']:.2f}x "
          f"(target >= 1.6x: {'met' if res['speedup'] >= 1.6 else 'NOT met'}); without inference "
          f"{res['speedup_without_inference']:.2f}x")
    print(f"    per-repeat speed-ups: {', '.join(f'{x:.2f}' for x in paired)}; "
          f"median {res['paired_median']:.2f}x")
    cpu1, cpu2 = med(runs["workers-1"], "cpu"), med(runs["workers-2"], "cpu")
    res["cpu_workers_1"], res["cpu_workers_2"] = cpu1, cpu2
    print(f"    CPU seconds (all processes): workers 1 {cpu1:.1f}, workers 2 {cpu2:.1f}; wall/CPU "
          f"{one / cpu1:.2f} vs {two / cpu2:.2f} (2 workers on 2 free cores: ~0.5)")
    return res


_READINGS = {"rss_mb": "build process", "rss_total_mb": "sum of per-process peaks",
             "rss_tree_mb": "whole tree at once"}


def bench_c(sizes: list[int], batch: int, tmp: Path, workers: int = 1,
            variants: tuple[bool, ...] = (False, True)) -> dict:
    print(f"(c) peak RSS of the build at N={', '.join(map(str, sizes))} (workers {workers})")
    res: dict = {"sizes": sizes, "workers": workers, "infer": {}, "no_infer": {}}
    for infer in variants:
        key = "infer" if infer else "no_infer"
        for n in sizes:
            store = tmp / f"rss-{n}-{key}"
            r = run_child("build", str(n), str(batch), str(workers), str(store), "1" if infer else "0")
            shutil.rmtree(store, ignore_errors=True)
            r["rss_total_mb"] = r["rss_mb"] + (workers * r["rss_children_mb"] if workers > 1 else 0)
            res[key][n] = r
            kids = (f", largest worker {r['rss_children_mb']:,.0f} MB, sum of peaks {r['rss_total_mb']:,.0f} MB, "
                    f"whole tree at once {r['rss_tree_mb']:,.0f} MB" if workers > 1 else "")
            print(f"    N={n:>6} {'with' if infer else 'without'} inference: peak RSS "
                  f"{r['rss_mb']:,.0f} MB (at the end {r['rss_end_mb']:,.0f} MB){kids}, {r['seconds']:.1f} s, "
                  f"{r['quads']:,} quads", flush=True)
            for problem in r.get("problems", []):
                print(f"      failed: {problem}", flush=True)
        for reading in ("rss_mb", "rss_total_mb", "rss_tree_mb"):
            small, large = res[key][sizes[0]][reading], res[key][sizes[-1]][reading]
            res[f"ratio_{key}_{reading}"] = large / small
            print(f"    {key} {_READINGS[reading]}: at N={sizes[-1]} / N={sizes[0]} = {large / small:.2f} "
                  f"(target <= 1.2: {'met' if large / small <= 1.2 else 'NOT met'})")
    return res


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "diplograph.cli.main", *args]


def bench_resume(n: int, batch: int, tmp: Path, workers: int = 1) -> dict:
    print(f"(r) resume: N={n}, CLI build killed at half, then re-run (workers {workers}, batch {batch})")
    args = ["build", str(corpus()), "--limit", str(n), "--workers", str(workers), "--batch-size", str(batch)]
    whole = tmp / "resume-whole"
    t = time.perf_counter()
    subprocess.run(_cli(*args, "--store", str(whole), "--quiet"), check=True, cwd=PROJECT)
    full = time.perf_counter() - t
    t = time.perf_counter()
    noop = subprocess.run(_cli(*args, "--store", str(whole)), check=True, cwd=PROJECT,
                          capture_output=True, text=True)
    noop_s = time.perf_counter() - t
    count_whole = quad_count(whole)

    killed = tmp / "resume-killed"
    env = {**os.environ, "DIPLOGRAPH_PROGRESS_SECONDS": "0"}
    done = 0
    t = time.perf_counter()
    with subprocess.Popen(_cli(*args, "--store", str(killed)), env=env, stderr=subprocess.PIPE,
                          stdout=subprocess.DEVNULL, text=True, cwd=PROJECT) as proc:
        assert proc.stderr is not None
        for line in proc.stderr:
            m = re.search(r"\((\d[\d,]*) extracted", line)
            if m:
                done = int(m.group(1).replace(",", ""))
            if done >= n // 2:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    first = time.perf_counter() - t
    t = time.perf_counter()
    rerun = subprocess.run(_cli(*args, "--store", str(killed)), check=True, cwd=PROJECT,
                           capture_output=True, text=True)
    rerun_s = time.perf_counter() - t
    summary = rerun.stderr.strip().splitlines()[-1]
    skipped = int(re.search(r"(\d+) unchanged", summary).group(1))
    count_killed = quad_count(killed)
    res = {"n": n, "full_seconds": full, "noop_rerun_seconds": noop_s,
           "noop_summary": noop.stderr.strip().splitlines()[-1], "killed_after": done,
           "killed_at_seconds": first, "rerun_seconds": rerun_s, "rerun_summary": summary,
           "skipped": skipped, "skipped_share": skipped / done if done else 0.0,
           "quads_whole": count_whole, "quads_resumed": count_killed}
    print(f"    uninterrupted build {full:.1f} s, {count_whole:,} quads; no-op re-run {noop_s:.1f} s "
          f"= {100 * noop_s / full:.1f}% of it (target < 5%)")
    print(f"    killed once {done} articles were reported written ({first:.1f} s; more may have landed "
          f"before the kill); re-run {rerun_s:.1f} s skipped {skipped} (>= {done}: "
          f"{'yes' if skipped >= done else 'NO'}; target: >= 95% of the done ones)")
    print(f"    quads after the re-run {count_killed:,} vs uninterrupted {count_whole:,}: "
          f"{'same' if count_killed == count_whole else 'DIFFERENT'}")
    print(f"    re-run: {summary}")
    return res


def quad_count(path: Path) -> int:
    from diplograph.store import KnowledgeStore

    store = KnowledgeStore(path, read_only=True)
    try:
        return len(store)
    finally:
        store.close()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *rest = sys.argv[2:]
        if kind == "bare":
            out = child_bare(int(rest[0]), int(rest[1]))
        else:
            n, batch, workers, store, infer = rest
            out = child_build(int(n), int(batch), int(workers), store, infer == "1")
        print(json.dumps(out))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--only", default="a,b,c,r", help="comma-separated subset of a,b,c,r")
    ap.add_argument("--rss-sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--rss-workers", type=int, default=1, help="--workers for (c)")
    ap.add_argument("--rss-infer", choices=["no", "yes", "both"], default="both",
                    help="(c) without inference, with it, or both")
    ap.add_argument("--resume-n", type=int, default=2000)
    ap.add_argument("--resume-workers", type=int, default=1, help="--workers for (r)")
    ap.add_argument("--json", type=Path, default=None, help="write every measurement here")
    args = ap.parse_args()
    corpus()
    only = set(args.only.split(","))
    results: dict = {"cores": os.cpu_count(), "load_average": os.getloadavg()}
    print(f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} at start "
          "(timings on a shared machine are noisy: compare ratios, not seconds)")
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        if "a" in only:
            results["a"] = bench_a(args.n, args.batch_size, args.repeat, Path(tmp))
        if "b" in only:
            results["b"] = bench_b(args.n, args.batch_size, args.repeat, Path(tmp))
        if "c" in only:
            variants = {"no": (False,), "yes": (True,), "both": (False, True)}[args.rss_infer]
            results["c"] = bench_c(sorted(args.rss_sizes), args.batch_size, Path(tmp),
                                   args.rss_workers, variants)
        if "r" in only:
            results["resume"] = bench_resume(args.resume_n, args.batch_size, Path(tmp), args.resume_workers)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
