"""Why gold stances and events were missed: one reason per unmatched gold item (pure).

Aggregate counts only, so that they can be read for the hold-out split without showing its
documents. For an unmatched gold item the candidates are the predictions of its kind in the
sentence of its cue/trigger; the reason is

- ``no <kind> in the sentence``: nothing to compare (a recall problem of the triggers),
- ``taken``: a prediction would match but is paired with another gold item (a duplicate gold
  item or one prediction for two events),
- otherwise the criteria the closest candidate fails, joined by ``+``: ``polarity``, ``holder``,
  ``target`` for stances (they are scored untyped), ``type``, ``participants`` for events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .gold import (
    GoldDoc,
    GoldEvent,
    GoldStance,
    covers_any,
    event_score,
    match_kind,
    participants_ok,
    stance_score,
    target_ok,
)
from .predictions import PredClaim, norm_type

Span = tuple[int, int]


def _in_sentence(p: PredClaim, spans: Sequence[Span]) -> bool:
    return any(p.sentence[0] <= s[0] and s[1] <= p.sentence[1] for s in spans)


def stance_failures(g: GoldStance, p: PredClaim, represents) -> tuple[str, ...]:
    """The stance criteria ``p`` fails for ``g`` (type is not one: stances match untyped)."""
    out = []
    if p.polarity != g.polarity:
        out.append("polarity")
    if not covers_any(p.sources, g.holders, represents):
        out.append("holder")
    if not target_ok(g, p, represents):
        out.append("target")
    return tuple(out)


def event_failures(g: GoldEvent, p: PredClaim, represents) -> tuple[str, ...]:
    out = []
    if norm_type(p.type) != g.type:
        out.append("type")
    if not participants_ok(g, p, represents):
        out.append("participants")
    return tuple(out)


def _reason(kind: str, candidates: list[PredClaim], would_match: bool, failures) -> str:
    if not candidates:
        return f"no {kind} in the sentence"
    if would_match:
        return "taken"
    return "+".join(min((failures(p) for p in candidates), key=len)) or "taken"


def miss_reasons(doc: GoldDoc, claims: Sequence[PredClaim]) -> dict[str, Counter[str]]:
    """Reasons for every gold stance and event of ``doc`` the scorer left unmatched."""
    rep = doc.represents
    out: dict[str, Counter[str]] = {"stances": Counter(), "events": Counter()}
    kinds = (
        ("stances", "stance", doc.stances, lambda g, p: stance_score(g, p, rep),
         lambda g: g.cues, lambda g: (lambda p: stance_failures(g, p, rep))),
        ("events", "event", doc.events, lambda g, p: event_score(g, p, rep),
         lambda g: g.triggers, lambda g: (lambda p: event_failures(g, p, rep))),
    )
    for name, kind, gold, score, spans_of, failures_of in kinds:
        preds = [c for c in claims if c.kind == kind]
        _, pairs = match_kind(gold, preds, score)
        matched = {i for i, _ in pairs}
        for i, g in enumerate(gold):
            if i in matched:
                continue
            near = [p for p in preds if _in_sentence(p, spans_of(g))]
            would = any(score(g, p) is not None for p in near)
            out[name][_reason(kind, near, would, failures_of(g))] += 1
    return out
