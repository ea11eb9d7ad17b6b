"""Streaming builds: worker processes, bounded change tracking, progress, and resuming a killed build."""

from __future__ import annotations

import gc
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplograph.build import (
    BuildReport,
    Changes,
    _RunIds,
    build,
    inference_pending,
    set_inference_pending,
)
from diplograph.cli.main import main
from diplograph.cli.progress import ProgressPrinter, format_progress
from diplograph.rdf.namespaces import GRAPH_INFERRED
from diplograph.store import KnowledgeStore
from tests.conftest import needs_model

STATES = [
    ("Russia", "Russian", "Moscow"), ("Cuba", "Cuban", "Havana"), ("China", "Chinese", "Beijing"),
    ("Brazil", "Brazilian", "Brasilia"), ("Germany", "German", "Berlin"), ("France", "French", "Paris"),
    ("India", "Indian", "New Delhi"), ("Japan", "Japanese", "Tokyo"), ("Egypt", "Egyptian", "Cairo"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September"]


def generated_articles(n: int) -> list[dict]:
    """``n`` short diplomatic news records, made up from templates (no corpus text)."""
    out = []
    for i in range(n):
        host, guest, third = STATES[i % 9], STATES[(i * 4 + 1) % 9], STATES[(i * 2 + 5) % 9]
        if guest == host:
            guest = STATES[(i + 3) % 9]
        month, day = MONTHS[i % len(MONTHS)], 1 + i % 27
        verb = ("support", "condemn", "welcome")[i % 3]
        text = (
            f"{host[2].upper()}, {month} {day}. The {host[1]} Foreign Minister met his {guest[1]} "
            f"counterpart in {host[2]} on Tuesday. \"We {verb} the position of {third[0]} on the "
            f"sanctions,\" the {host[1]} minister said. The ministers signed an agreement on trade "
            f"and agreed to meet again in {guest[2]} (meeting {i})."
        )
        out.append({"url": f"https://example.org/news/{i}", "date": f"2024-{1 + i % 12:02d}-{day:02d}",
                    "publisher": "Example Wire", "title": f"Meeting {i}", "text": text})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --- pure parts -----------------------------------------------------------------------


def test_changes_give_up_past_the_limit_and_keep_nothing():
    t = [ox.Triple(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i))) for i in range(10)]
    changes = Changes(limit=5)
    changes.record(set(), set(t[:4]))
    assert not changes.full and len(changes) == 4
    changes.record(set(t[:4]), set(t[4:]))
    assert changes.full and changes.overflow and len(changes) == 0
    changes.record(set(), set(t))
    assert len(changes) == 0


def test_run_ids_dedupe_and_key_ignores_order():
    a, b = _RunIds(), _RunIds()
    assert a.add("x") and a.add("y") and not a.add("x")
    assert b.add("y") and b.add("x")
    assert a.count == b.count == 2 and a.key == b.key
    assert _RunIds().key != a.key


def test_progress_line_has_rates_eta_and_failures():
    report = BuildReport(added=30, replaced=5, skipped=15, failed=2, words=7000)
    line = format_progress(report, 10.0, total=100, bar_width=10)
    assert line.startswith("[#####.....] 50/100 articles")
    assert "2 failed" in line and "3.5 articles/s" in line and "700 words/s" in line
    assert "ETA 0:10" in line
    assert "ETA" not in format_progress(report, 10.0)


def test_progress_log_lines_when_not_a_terminal():
    out = io.StringIO()
    printer = ProgressPrinter(stream=out, interval=0.0, tty=False)
    report = BuildReport(added=1, words=10)
    printer(report, "article")
    printer(report, "infer")
    printer.finish()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("... 1 articles (1 extracted") and "\r" not in out.getvalue()
    assert lines[-1] == "... updating the inferred graph"


def test_without_a_total_the_input_fraction_gives_bar_and_eta():
    report = BuildReport(added=10, words=1000)
    line = format_progress(report, 30.0, bar_width=10, fraction=0.25)
    assert line.startswith("[##........] 10 articles") and "25% of the input" in line
    assert "ETA 1:30" in line  # 30 s for a quarter: 90 s to go
    assert "ETA" not in format_progress(report, 30.0, fraction=None)


def test_input_progress_follows_the_bytes_read(tmp_path):
    import gzip

    from diplograph.ingest import InputProgress, read_inputs
    from diplograph.model import Article

    plain = write_jsonl(tmp_path / "a.jsonl", generated_articles(20))
    packed = tmp_path / "b.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    read = InputProgress()
    seen = []
    for item in read_inputs([plain, packed], progress=read):
        assert isinstance(item, Article)
        seen.append(read.fraction())
    assert read.total == plain.stat().st_size + packed.stat().st_size
    assert seen == sorted(seen) and 0 < seen[0] < 1 and read.fraction() == 1.0
    stdin = InputProgress()
    list(read_inputs(["-", plain], progress=stdin, stdin=io.BytesIO(plain.read_bytes())))
    assert stdin.fraction() is None  # how much of stdin is left is unknown


# --- builds ---------------------------------------------------------------------------


@needs_model
def test_workers_give_the_same_graph_as_one_process(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", generated_articles(6))
    one, two = KnowledgeStore(tmp_path / "one"), KnowledgeStore(tmp_path / "two")
    r1 = build([source], one, batch_size=2, workers=1, run_inference=False)
    r2 = build([source], two, batch_size=2, workers=2, run_inference=False)  # spawned workers
    assert r1.added == r2.added == 6 and r1.quads == r2.quads
    articles = {q for q in one.raw if "/article/" in str(q.graph_name)}
    assert articles == {q for q in two.raw if "/article/" in str(q.graph_name)}


def test_a_bad_model_in_workers_is_a_configuration_error(tmp_path):
    from diplograph.errors import ConfigurationError

    source = write_jsonl(tmp_path / "a.jsonl", generated_articles(4))
    with pytest.raises(ConfigurationError, match="no-such-model"):
        build([source], KnowledgeStore(tmp_path / "kg"), model="no-such-model", batch_size=1, workers=2)


@needs_model
def test_an_unfinished_build_makes_the_next_run_recompute(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", generated_articles(2))
    store = KnowledgeStore(tmp_path / "kg")
    assert build([source], store, run_inference=False).added == 2
    assert inference_pending(store)  # --no-infer leaves the inferred graph to a later run
    again = build([source], store)
    assert again.skipped == 2 and again.inference.method == "tables"
    assert not inference_pending(store)
    assert build([source], store).inference.method == "incremental"
    set_inference_pending(store, True)  # as a build killed before its inference leaves it
    assert build([source], store).inference.method == "tables"
    set_inference_pending(store, True)
    store.close()
    del store
    gc.collect()  # release the store's lock for the CLI
    result = CliRunner().invoke(main, ["infer", "--store", str(tmp_path / "kg")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert not inference_pending(KnowledgeStore(tmp_path / "kg", read_only=True))


def test_only_the_first_problems_are_kept():
    from diplograph.build import MAX_PROBLEMS, _problem
    from diplograph.ingest import IngestProblem

    report = BuildReport()
    for i in range(MAX_PROBLEMS + 5):
        _problem(report, IngestProblem(f"f:{i}", "bad"))
    assert report.failed == MAX_PROBLEMS + 5 and len(report.problems) == MAX_PROBLEMS


# --- a real build, killed --------------------------------------------------------------


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "diplograph.cli.main", *args]


def _quad_count(path: Path) -> int:
    store = KnowledgeStore(path)
    try:
        return len(store)
    finally:
        store.close()


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@needs_model
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find the workers")
def test_workers_of_a_sigkilled_build_exit(tmp_path):
    """A build's worker processes end soon after the build itself is killed with SIGKILL."""
    source = write_jsonl(tmp_path / "corpus.jsonl", generated_articles(60))
    env = {**os.environ, "DIPLOGRAPH_PROGRESS_SECONDS": "0"}
    args = ("build", str(source), "--workers", "2", "--batch-size", "2", "--store", str(tmp_path / "kg"))
    with subprocess.Popen(_cli(*args), env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                          text=True) as proc:
        assert proc.stderr is not None
        workers: list[int] = []
        deadline = time.monotonic() + 300
        for line in proc.stderr:  # the pool starts with the second batch: wait for its results
            if re.search(r"\((\d+) extracted", line) and int(re.search(r"\((\d+)", line).group(1)) >= 4:
                workers = [p for p in _children(proc.pid) if _alive(p)]
                if len(workers) >= 2 or time.monotonic() > deadline:
                    break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert len(workers) >= 2, "the build's worker processes were not found"
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in workers), "workers outlived the killed build"


@needs_model
@pytest.mark.slow
def test_sigkilled_build_leaves_a_usable_store_and_a_rerun_completes_it(tmp_path):
    n = 40
    source = write_jsonl(tmp_path / "corpus.jsonl", generated_articles(n))
    env = {**os.environ, "DIPLOGRAPH_PROGRESS_SECONDS": "0"}
    args = ("build", str(source), "--workers", "1", "--batch-size", "2")

    killed = tmp_path / "killed"
    done, deadline = 0, time.monotonic() + 300
    with subprocess.Popen(_cli(*args, "--store", str(killed)), env=env, stderr=subprocess.PIPE,
                          stdout=subprocess.DEVNULL, text=True) as proc:
        assert proc.stderr is not None
        for line in proc.stderr:
            m = re.search(r"\((\d+) extracted", line)
            if m:
                done = int(m.group(1))
            if done >= 6 or time.monotonic() > deadline:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert 6 <= done < n, f"the build was not caught mid-run ({done} of {n} done)"

    # the killed store opens and answers queries (for a reader and for a writer)
    store = KnowledgeStore(killed, read_only=True)
    rows = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dg:Article }")
    assert int(next(iter(rows))["n"].value) >= done
    store.close()
    store = KnowledgeStore(killed)
    assert inference_pending(store)
    store.close()
    del store

    rerun = subprocess.run(_cli(*args, "--store", str(killed)), check=False, env=env, capture_output=True,
                           text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = rerun.stderr.strip().splitlines()[-1]
    skipped = int(re.search(r"(\d+) unchanged", summary).group(1))
    added = int(re.search(r"(\d+) added", summary).group(1))
    assert skipped >= done and skipped + added == n, summary
    assert "rules/tables" in summary  # the killed run's inference never happened: full closure

    whole = tmp_path / "whole"
    complete = subprocess.run(_cli(*args, "--store", str(whole), "--quiet"), check=False, env=env,
                              capture_output=True, text=True, timeout=600)
    assert complete.returncode == 0, complete.stderr
    assert _quad_count(killed) == _quad_count(whole)
    a, b = KnowledgeStore(killed, read_only=True), KnowledgeStore(whole, read_only=True)
    assert set(a.quads(GRAPH_INFERRED)) == set(b.quads(GRAPH_INFERRED))
