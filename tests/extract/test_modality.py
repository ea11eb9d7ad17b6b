"""Negation and modality with the real model: no negated, hypothetical, planned or
historical event may come out as an asserted current one, and plain reports must.

The sentences in ``modality_cases.jsonl`` were written for this test (not taken
from any corpus). Each line has ``text``, ``published``, ``category`` and
``expect``: ``"not_asserted"`` or ``{"type", "modality": "asserted", "date"?}``. A case with
``"cancellation": true`` ("cancelled his visit") negates the meeting, while the cancelling itself
is an asserted act (CAMEO 161, SANCTION ``withdraw``): that one event may be asserted, the
meeting must not be. An act warned against ("warned X against deploying", category ``warned``) or
ruled out ("X is out of the question", "off the table", category ``ruled_out``) is not asserted either.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from diplograph.extract import extract
from diplograph.model import Article

pytestmark = pytest.mark.model

CASES_PATH = Path(__file__).with_name("modality_cases.jsonl")
CASES = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
MINIMUM = {
    "negated": 15, "conditional": 12, "future": 15, "historical": 12, "control": 15, "warned": 5, "ruled_out": 5,
}


def _events(nlp, gazetteer, case: dict):
    text = case["text"]
    article = Article(id=f"test:{hash(text)}", text=text, published=date.fromisoformat(case["published"]))
    return extract(nlp(text), article, gazetteer).events


def _describe(events) -> str:
    return "; ".join(f"{e.event_type}/{e.modality}@{e.date} '{e.trigger.text}'" for e in events) or "no events"


def test_case_set_is_large_enough():
    counts = Counter(c["category"] for c in CASES)
    short = {k: (counts[k], n) for k, n in MINIMUM.items() if counts[k] < n}
    assert not short, f"too few cases per category (have, need): {short}"
    assert sum(counts[k] for k in MINIMUM if k != "control") >= 40


def test_no_negated_conditional_future_or_historical_event_is_asserted(nlp, gazetteer):
    cases = [c for c in CASES if c["expect"] == "not_asserted"]
    failures = []
    for case in cases:
        events = _events(nlp, gazetteer, case)
        if case.get("cancellation"):  # the cancelling happened; the meeting did not
            events = [e for e in events if (e.event_type, e.mode) != ("SANCTION", "withdraw")]
        if any(e.modality == "asserted" for e in events):
            failures.append(f"[{case['category']}] {case['text']} -> {_describe(events)}")
    assert not failures, (
        f"{len(failures)} of {len(cases)} non-asserted sentences emitted an asserted event:\n" + "\n".join(failures)
    )


def test_plain_reports_are_asserted_with_type_and_date(nlp, gazetteer):
    cases = [c for c in CASES if c["expect"] != "not_asserted"]
    failures = []
    for case in cases:
        expect = case["expect"]
        events = _events(nlp, gazetteer, case)
        hits = [e for e in events if e.modality == "asserted" and e.event_type == expect["type"]]
        if "date" in expect:
            hits = [e for e in hits if e.date == expect["date"]]
        if not hits:
            failures.append(f"{case['text']} -> expected {expect}, got {_describe(events)}")
    assert not failures, (
        f"{len(failures)} of {len(cases)} controls lack the expected asserted event:\n" + "\n".join(failures)
    )
