"""Peak memory and time of a full closure as the store grows (in-memory tables vs streamed).

Stores of each ``--sizes`` quads are generated as in bench_store.py (real
extraction output of ``--template`` articles, cloned with fresh IRIs), written
once as N-Quads and bulk-loaded into an on-disk store by a child process; then
each (size, method) runs in a fresh child process that opens the store and runs ``infer`` with the closure forced in memory
(``tables``) or streamed (``tables-streamed``, :mod:`diplograph.reasoning.streaming`).
Prints the peak RSS over the RSS of the opened store, the seconds, and the ratio of
the largest size to the smallest (issue 5: memory must not grow with the corpus).

    .venv/bin/python benchmarks/bench_inference_memory.py [--sizes 1000000 4000000] [--template 150]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()


def child(path: str, store_dir: str, method: str) -> dict:
    """Load ``path`` into ``store_dir`` (method "load"), or close the loaded store."""
    import pyoxigraph as ox

    from diplograph import reasoning

    store = ox.Store(store_dir)
    if method == "load":
        store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
        store.flush()
        return {}
    # a forked child starts with its parent's peak RSS: reset the peak to the RSS now (Linux)
    Path("/proc/self/clear_refs").write_text("5")
    opened = _status_mb("VmRSS")
    reasoning.STREAM_ABOVE_QUADS = -1 if method == "streamed" else 10**12
    started = time.perf_counter()
    report = reasoning.infer(store, cache_dir=Path(store_dir).parent / "cache")
    return {"seconds": time.perf_counter() - started, "method": report.method,
            "inferred": report.inferred_triples, "rss_loaded_mb": opened,
            "rss_peak_mb": _status_mb("VmHWM")}


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, str(HERE), "--child", *args],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(*sys.argv[2:5])))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 4_000_000])
    ap.add_argument("--template", type=int, default=150)
    ap.add_argument("--methods", default="memory,streamed")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE.parent))
    from bench_store import scaled, template

    static, articles = template(args.template)
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="bench-infmem-") as tmp:
        for size in sorted(args.sizes):
            data, total = scaled(static, articles, size)
            path = Path(tmp) / f"{size}.nq"
            path.write_bytes(data)
            del data
            for method in args.methods.split(","):
                run_child(str(path), f"{tmp}/kg-{size}-{method}", "load")
                r = run_child(str(path), f"{tmp}/kg-{size}-{method}", method)
                subprocess.run(["rm", "-rf", f"{tmp}/kg-{size}-{method}"], check=True)
                results[(size, method)] = r
                print(f"{total:>11,} quads  {method:>8}: {r['seconds']:6.1f} s, {r['inferred']:,} inferred, "
                      f"peak RSS {r['rss_peak_mb']:,.0f} MB ({r['rss_peak_mb'] - r['rss_loaded_mb']:+,.0f} MB "
                      f"over the {r['rss_loaded_mb']:,.0f} MB of the opened store)", flush=True)
            path.unlink()
    small, large = min(args.sizes), max(args.sizes)
    for method in args.methods.split(","):
        a, b = results[(small, method)], results[(large, method)]
        print(f"{method}: peak RSS at {large:,} / at {small:,} quads = {b['rss_peak_mb'] / a['rss_peak_mb']:.2f}; "
              f"time {b['seconds'] / a['seconds']:.1f}x for {large / small:.0f}x the quads")


if __name__ == "__main__":
    main()
