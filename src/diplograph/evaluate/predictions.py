"""Claims-table rows -> predicted claims per article (pure).

A predicted claim gathers the rows of one ``claim_id`` (events have one row per
actor pair): its sources and targets in row order, and their countries (ISO-3,
``IGO`` for international organisations, None when unknown) from a mapping the
caller resolved from the store (:func:`diplograph.evaluate.runner.actor_countries`).
An issue target also carries the actors it concerns (the optional ``target_concerns_id``
column, ``;``-separated).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from diplograph.export.claims import LIST_SEPARATOR

TYPE_ALIASES = {"FIGHT": "ASSAULT"}  # PLOVER 2021 folded FIGHT into ASSAULT


def norm_type(t: str | None) -> str | None:
    """PLOVER type for comparison: upper case, FIGHT and ASSAULT as one."""
    if not t:
        return None
    t = t.strip().upper()
    return TYPE_ALIASES.get(t, t)


@dataclass(frozen=True)
class PredClaim:
    claim_id: str
    kind: str
    type: str | None
    confidence: float
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    source_countries: tuple[str | None, ...] = ()
    target_countries: tuple[str | None, ...] = ()
    polarity: int = 0
    negated: bool = False
    modality: str | None = None
    mode: str | None = None
    target_label: str | None = None
    target_concerns: tuple[str, ...] = ()  # an issue target's own actors (target_concerns_id)
    quote: str | None = None
    content: tuple[int, int] | None = None

    @property
    def source_country(self) -> str | None:
        """The first source actor's known country."""
        return next((c for c in self.source_countries if c), None)

    @property
    def target_country(self) -> str | None:
        return next((c for c in self.target_countries if c), None)


def content_span(text: str | None, quote: str | None, near: int) -> tuple[int, int] | None:
    """Where a statement's quote is in the text: the occurrence nearest to ``near``."""
    if not text or not quote:
        return None
    best = None
    i = text.find(quote)
    while i != -1:
        if best is None or abs(i - near) < abs(best - near):
            best = i
        i = text.find(quote, i + 1)
    return (best, best + len(quote)) if best is not None else None


def claims_from_rows(
    rows: Iterable[Mapping],
    countries: Mapping[str, str | None] | None = None,
    texts: Mapping[str, str] | None = None,
) -> dict[str, list[PredClaim]]:
    """Group claims-table rows by article and claim, keeping row order."""
    countries = countries or {}
    texts = texts or {}
    grouped: dict[str, dict[str, list[Mapping]]] = {}
    for row in rows:
        grouped.setdefault(row["article_id"], {}).setdefault(row["claim_id"], []).append(row)
    out: dict[str, list[PredClaim]] = {}
    for article, claims in grouped.items():
        lst = out.setdefault(article, [])
        for claim_id, crows in claims.items():
            first = crows[0]
            sources = _unique(r["source_id"] for r in crows)
            targets = _unique(r["target_id"] for r in crows)
            content = None
            if first["kind"] == "statement":
                content = content_span(texts.get(article), first.get("quote"), first["sentence_start"])
            lst.append(PredClaim(
                claim_id=claim_id,
                kind=first["kind"],
                type=first.get("type"),
                confidence=float(first.get("confidence") or 0.0),
                trigger=(first["trigger_start"], first["trigger_end"]),
                sentence=(first["sentence_start"], first["sentence_end"]),
                sources=sources,
                targets=targets,
                source_countries=tuple(countries.get(a) for a in sources),
                target_countries=tuple(countries.get(a) for a in targets),
                polarity=int(first.get("polarity") or 0),
                negated=bool(first.get("negated")),
                modality=first.get("modality"),
                mode=first.get("mode"),
                target_label=first.get("target_label"),
                target_concerns=_split(first.get("target_concerns_id")),
                quote=first.get("quote"),
                content=content,
            ))
    return out


def _split(value: str | None) -> tuple[str, ...]:
    """The values of a multi-valued column (empty or missing: none)."""
    return _unique((value or "").split(LIST_SEPARATOR))


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return tuple(seen)


def top_claim(claims: Iterable[PredClaim], kinds: tuple[str, ...] = ("event", "stance")) -> PredClaim | None:
    """The most confident non-negated claim of ``kinds``; ties go to the earliest trigger.

    A negated claim ("refused to lift the curfew" -> CONCEDE, negated) says the event did
    not happen, so it does not predict that the sentence codes its type.
    """
    candidates = [c for c in claims if c.kind in kinds and c.type and not c.negated]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (-c.confidence, c.trigger[0], c.claim_id))
