"""UniversalPetrarch validation sentences: (source, target, event type) triples (pure).

Gold codings are (source actor code, target actor code, CAMEO code). Actor codes are
CAMEO-style: the first three letters are the country (``USAGOV`` -> USA; ``IGO...`` ->
IGO; ``---`` -> unknown). CAMEO codes are mapped to PLOVER through the ``skos:closeMatch``
/ ``skos:exactMatch`` links of ``ontology/vocab/cameo.ttl`` (a code without one takes its
parent's); CAMEO 01x/02x (statements, appeals) have no PLOVER type and are not scored.
Predictions are all non-negated event and stance claims of the sentence, one triple per
(source, target) pair of their rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplograph.model import Article

from .metrics import PRF, per_label, prf_sets
from .plover import norm_code
from .predictions import PredClaim, norm_type

Triple = tuple[str | None, str | None, str]


@dataclass(frozen=True)
class PetrarchRecord:
    id: str
    text: str
    date: date | None
    gold: tuple[Triple, ...]  # (source country, target country, PLOVER type)
    unmapped: int = 0  # gold codings whose CAMEO code has no PLOVER type


def actor_country(code: str | None) -> str | None:
    """The country part of a CAMEO-style actor code; None for unknown (``---``) or empty."""
    if not code:
        return None
    head = code.strip().upper()[:3]
    return None if not head or head.startswith("-") else norm_code(head)


def cameo_to_plover(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code, from the code or its nearest ancestor in ``table``."""
    c = code.strip()
    while len(c) >= 2:
        if c in table:
            return norm_type(table[c])
        c = c[:-1] if len(c) > 3 else (c[:2] if len(c) == 3 else "")
    return None


def parse_petrarch(lines: list[dict], table: dict[str, str]) -> list[PetrarchRecord]:
    out = []
    for rec in lines:
        gold, unmapped = [], 0
        for ev in rec.get("gold_events") or []:
            plover = cameo_to_plover(str(ev.get("code", "")), table)
            if plover is None:
                unmapped += 1
                continue
            gold.append((actor_country(ev.get("source")), actor_country(ev.get("target")), plover))
        raw = str(rec.get("date") or "")
        try:
            when = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])) if len(raw) == 8 else None
        except ValueError:
            when = None
        out.append(PetrarchRecord(rec["id"], rec["text"], when, tuple(dict.fromkeys(gold)), unmapped))
    return out


def load_petrarch(path: Path, table: dict[str, str]) -> list[PetrarchRecord]:
    with path.open(encoding="utf-8") as fh:
        return parse_petrarch([json.loads(line) for line in fh if line.strip()], table)


def load_cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER name from the SKOS vocabulary (pyoxigraph parse)."""
    import pyoxigraph as ox

    from diplograph.rdf.namespaces import CAMEO, PLOVER, SKOS

    table: dict[str, str] = {}
    for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        pred = t.predicate.value
        if pred in (SKOS + "closeMatch", SKOS + "exactMatch") and t.object.value.startswith(PLOVER):
            code = t.subject.value[len(CAMEO):]
            if pred.endswith("exactMatch") or code not in table:
                table[code] = t.object.value[len(PLOVER):]
    return table


def petrarch_article(rec: PetrarchRecord) -> Article:
    return Article(id=f"eval:petrarch/{rec.id}", text=rec.text, published=rec.date, corpus_id=rec.id)


def predicted_triples(claims: list[PredClaim]) -> set[Triple]:
    out: set[Triple] = set()
    for c in claims:
        if c.kind not in ("event", "stance") or c.negated or not c.type:
            continue
        t = norm_type(c.type)
        srcs = c.source_countries or (None,)
        tgts = c.target_countries or (None,)
        for s in srcs:
            for g in tgts:
                out.add((s, g, t))
    return out


def score_petrarch(pairs: list[tuple[PetrarchRecord, list[PredClaim]]], examples: int = 0) -> dict:
    """Micro precision/recall/F1 of (source, target, type) triples, (source, target) dyads,
    and types, over sentences with set semantics."""
    triples, dyads, types = PRF(), PRF(), PRF()
    type_pairs: list[tuple[str | None, str | None]] = []
    errors = []
    for rec, claims in pairs:
        pred = predicted_triples(claims)
        triples += prf_sets(rec.gold, pred)
        dyads += prf_sets({(s, t) for s, t, _ in rec.gold}, {(s, t) for s, t, _ in pred})
        gt, pt = {x[2] for x in rec.gold}, {x[2] for x in pred}
        types += prf_sets(gt, pt)
        for t in gt | pt:
            type_pairs.append((t if t in gt else None, t if t in pt else None))
        if examples and set(rec.gold) != pred and len(errors) < examples:
            errors.append({"id": rec.id, "text": rec.text, "gold": sorted(map(list, rec.gold), key=str),
                           "predicted": sorted(map(list, pred), key=str)})
    result = {
        "sentences": len(pairs),
        "gold_triples": triples.gold,
        "unmapped_gold": sum(r.unmapped for r, _ in pairs),
        "no_event_sentences": sum(1 for r, _ in pairs if not r.gold and not r.unmapped),
        "triples": triples.as_dict(),
        "dyads": dyads.as_dict(),
        "types": types.as_dict(),
        "per_type": {t: {"gold": p.gold, "predicted": p.predicted, **p.as_dict()}
                     for t, p in per_label(type_pairs).items()},
    }
    if examples:
        result["errors"] = errors
    return result
