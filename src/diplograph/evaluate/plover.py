"""PLOVER gold-standard records: event type and actor countries of one coded sentence (pure).

Each record is a sentence coded with one PLOVER event, its source and target actors
(ISO-3 codes, ``IGO`` for international organisations). The prediction for a record
is the type and actors of its most confident event or stance claim
(:func:`~diplograph.evaluate.predictions.top_claim`); FIGHT and ASSAULT count as one.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplograph.model import Article

from .metrics import confusions, macro_f1, per_label
from .predictions import PredClaim, norm_type

TARGETS = {"type_accuracy": 0.70, "source_accuracy": 0.85, "target_accuracy": 0.75}
# Legacy CAMEO country codes used in the gold records instead of ISO-3 (Japan, Italy, Vietnam).
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def norm_code(code: str) -> str:
    code = code.strip().upper()
    return CODE_ALIASES.get(code, code)


@dataclass(frozen=True)
class PloverRecord:
    id: str
    text: str
    event: str  # normalised PLOVER type
    sources: tuple[str, ...]  # actor codes (ISO-3, IGO, NGO, ...)
    targets: tuple[str, ...]
    date: date | None = None


def _codes(value) -> tuple[str, ...]:
    if not isinstance(value, list):  # "" or a stray string in a few records
        return ()
    return tuple(norm_code(a["code"]) for a in value if isinstance(a, dict) and a.get("code"))


def parse_plover(data: list) -> list[PloverRecord]:
    """The coded sentences of a PLOVER_GSR JSON array (the DOCUMENT record is skipped). A record
    whose id an earlier one already has (the GSR gives two sentences one id) gets a ``#n`` suffix,
    so that each is built as an article of its own."""
    out = []
    seen: Counter[str] = Counter()
    for rec in data:
        if not isinstance(rec, dict) or rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        try:
            when = date.fromisoformat(rec.get("date", ""))
        except ValueError:
            when = None
        seen[rec["id"]] += 1
        repeat = seen[rec["id"]]
        out.append(PloverRecord(
            id=rec["id"] if repeat == 1 else f"{rec['id']}#{repeat}", text=rec["text"],
            event=norm_type(rec["event"]) or "",
            sources=_codes(rec.get("source")), targets=_codes(rec.get("target")), date=when,
        ))
    return out


def load_plover(path: Path) -> list[PloverRecord]:
    return parse_plover(json.loads(path.read_text(encoding="utf-8")))


def plover_article(rec: PloverRecord) -> Article:
    """One record as an article of its own (its id keeps duplicate texts apart)."""
    return Article(id=f"eval:plover/{rec.id}", text=rec.text, published=rec.date, corpus_id=rec.id)


@dataclass(frozen=True)
class PloverOutcome:
    record: PloverRecord
    prediction: PredClaim | None

    @property
    def predicted_type(self) -> str | None:
        return norm_type(self.prediction.type) if self.prediction else None

    @property
    def type_ok(self) -> bool:
        return self.predicted_type == self.record.event

    @property
    def source_ok(self) -> bool | None:
        """None when the gold has no source code."""
        if not self.record.sources:
            return None
        return self.prediction is not None and self.prediction.source_country in self.record.sources

    @property
    def target_ok(self) -> bool | None:
        if not self.record.targets:
            return None
        return self.prediction is not None and self.prediction.target_country in self.record.targets


def score_plover(outcomes: list[PloverOutcome], examples: int = 0) -> dict:
    """Accuracies, per-type precision/recall/F1 and the main confusions."""
    n = len(outcomes)
    src = [o.source_ok for o in outcomes if o.source_ok is not None]
    tgt = [o.target_ok for o in outcomes if o.target_ok is not None]
    pairs = [(o.record.event, o.predicted_type) for o in outcomes]
    types = per_label(pairs)
    predicted = [o for o in outcomes if o.prediction is not None]
    src_p = [o.source_ok for o in predicted if o.source_ok is not None]
    tgt_p = [o.target_ok for o in predicted if o.target_ok is not None]
    missed = Counter(o.record.event for o in outcomes if o.prediction is None)
    result = {
        "records": n,
        "predicted": len(predicted),
        "type_accuracy": _ratio(sum(o.type_ok for o in outcomes), n),
        "source_accuracy": _ratio(sum(src), len(src)),
        "source_scored": len(src),
        "target_accuracy": _ratio(sum(tgt), len(tgt)),
        "target_scored": len(tgt),
        "when_predicted": {
            "type_accuracy": _ratio(sum(o.type_ok for o in predicted), len(predicted)),
            "source_accuracy": _ratio(sum(src_p), len(src_p)),
            "target_accuracy": _ratio(sum(tgt_p), len(tgt_p)),
        },
        "no_prediction": dict(sorted(missed.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_kind": _by_kind(outcomes),
        "macro_f1": round(macro_f1(types.values()), 4),
        "per_type": {t: {"gold": p.gold, "predicted": p.predicted, **p.as_dict()} for t, p in types.items()},
        "confusions": [{"gold": g, "predicted": p, "n": k}
                       for g, p, k in confusions([x for x in pairs if x[1] is not None], top=12)],
        "targets": TARGETS,
    }
    if examples:
        wrong = [o for o in outcomes if not o.type_ok or False in (o.source_ok, o.target_ok)]
        result["errors"] = [_example(o) for o in wrong][:examples]
    return result


def _by_kind(outcomes: list[PloverOutcome]) -> dict:
    out: dict[str, dict] = {}
    for o in outcomes:
        kind = o.prediction.kind if o.prediction else "none"
        d = out.setdefault(kind, {"n": 0, "type_ok": 0})
        d["n"] += 1
        d["type_ok"] += o.type_ok
    return dict(sorted(out.items()))


def _example(o: PloverOutcome) -> dict:
    p = o.prediction
    return {
        "id": o.record.id, "text": o.record.text, "gold": o.record.event,
        "gold_sources": list(o.record.sources), "gold_targets": list(o.record.targets),
        "predicted": o.predicted_type, "kind": p.kind if p else None,
        "trigger": o.record.text[p.trigger[0]:p.trigger[1]] if p else None,
        "sources": list(p.sources) if p else [], "targets": list(p.targets) if p else [],
        "source_country": p.source_country if p else None,
        "target_country": p.target_country if p else None,
    }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0
