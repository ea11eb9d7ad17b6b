"""Validate the gold evaluation set in tests/gold/ with scripts/gold_tool.py.

The structural checks (schema, actor keys, labels, splits, manifest, counts) need only the
repository. The alignment checks (offsets, sha256 prefixes, text hashes, no copied corpus text)
need the corpus in ../shared/corpus and are skipped when it is absent.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "scripts" / "gold_tool.py"


def _load_tool():
    spec = importlib.util.spec_from_file_location("gold_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gold_tool", module)
    spec.loader.exec_module(module)
    return module


gold_tool = _load_tool()


def test_gold_files_exist():
    files = gold_tool.gold_files()
    assert len(files) >= gold_tool.MIN_TOTAL
    assert gold_tool.MANIFEST.exists()


def test_gold_structure_without_corpus():
    problems, summary = gold_tool.check_all(with_text=False)
    assert problems == [], "\n".join(problems)
    assert summary["documents"] >= gold_tool.MIN_TOTAL


def test_gold_split_is_seeded_and_balanced():
    man = json.loads(gold_tool.MANIFEST.read_text(encoding="utf-8"))
    splits = {d["id"]: d["split"] for d in man["documents"]}
    assert splits == gold_tool.expected_splits(splits)
    core = gold_tool.split_core()
    assert core <= set(splits), "every frozen-core document is still in the gold set"
    for corpus in gold_tool.CORPORA:
        ids = [i for i in core if gold_tool.corpus_of(i) == corpus]
        held = [i for i in ids if splits[i] == "holdout"]
        assert len(held) == round(len(ids) / 3)
    # documents added after the freeze are dev: the hold-out never changes
    assert all(splits[i] == "dev" for i in set(splits) - core)


def test_added_documents_do_not_reshuffle_the_holdout():
    core = gold_tool.split_core()
    base = gold_tool.expected_splits(core)
    extra = ["kremlin/1", "wh/statements-releases/2099-01/2099-01-01-x"]
    grown = gold_tool.expected_splits(sorted(core) + extra)
    assert {i: grown[i] for i in core} == base
    assert all(grown[i] == "dev" for i in extra)


def test_gold_alignment_with_corpus():
    if not gold_tool.corpus_available():
        pytest.skip(
            f"corpus not available under {gold_tool.corpus_dir()} "
            "(../shared/corpus or $DIPLOGRAPH_SHARED/corpus): offsets not checked"
        )
    problems, _ = gold_tool.check_all(with_text=True)
    assert problems == [], "\n".join(problems)
