"""The team's gold set (tests/gold/, format in its README.md): statements, stances, events.

Loading parses the JSON files (pure: :func:`parse_gold_doc`); the texts come from
``../shared/corpus`` (the files hold only offsets). Matching follows the gold README's
suggestions:

- an actor is matched by the same id, or -- for a gold person -- by the state or
  organisation the person ``represents``; a gold list (joint holders, speakers) is
  matched by any member;
- statements: the same speaker (any, for implicit speakers) and content spans with
  character intersection-over-union >= 0.5;
- stances: the same holder, target and polarity (and, for "typed", the same type),
  the predicted cue overlapping the gold cue or one of its ``also_cues`` or lying in
  the same sentence; targets match as the same actor, a predicted actor the gold
  issue concerns, or two issues that share a content word of their labels or concern
  the same actor: an actor the predicted issue concerns (its ``target_concerns_id`` in
  the claims table) covers one of the gold issue's ``actors`` (so "to work with the
  people of Zimbabwe" about state/ZWE matches "engagement with Zimbabweans" about
  state/ZWE; an issue about another actor does not);
- events: the same type (FIGHT = ASSAULT), compatible participants (directed: a source
  covering a gold source and a target covering a gold target, for each side the gold
  fills; symmetric: the predicted participants cover min(2, n) gold participants) and a
  trigger overlapping the gold trigger or one of its ``also_triggers`` or in its sentence.

Matching is one-to-one (best first); a prediction that would only match an already
matched gold item is a *duplicate* (another mention of the same claim): counted apart,
neither a true nor a false positive.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .metrics import PRF, greedy_match, per_label
from .predictions import PredClaim, norm_type

Span = tuple[int, int]
CORPUS_FILES = {"kremlin": "kremlin.jsonl", "whitehouse": "whitehouse.jsonl.gz"}
STOPWORDS = frozenset({
    "the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "at", "by", "with", "from",
    "its", "their", "his", "her", "our", "this", "that", "these", "those", "is", "are", "was",
    "be", "as", "into", "over", "against", "about", "between", "per",
})


@dataclass(frozen=True)
class GoldStatement:
    speakers: tuple[str, ...]
    content: Span
    implicit: bool = False


@dataclass(frozen=True)
class GoldStance:
    holders: tuple[str, ...]
    type: str
    polarity: int
    target_actor: str | None
    issue: str | None
    issue_actors: tuple[str, ...]
    cues: tuple[Span, ...]  # cue first, then also_cues


@dataclass(frozen=True)
class GoldEvent:
    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    symmetric: bool
    triggers: tuple[Span, ...]  # trigger first, then also_triggers
    mode: str | None = None
    modality: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class GoldDoc:
    id: str
    corpus: str
    split: str
    text_sha256: str
    published: str
    statements: tuple[GoldStatement, ...] = ()
    stances: tuple[GoldStance, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    represents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _ids(value) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, list) else (value,)


def parse_gold_doc(data: dict) -> GoldDoc:
    """One gold JSON document (see tests/gold/README.md)."""
    statements = tuple(
        GoldStatement(_ids(s["speaker"]), (s["content_start"], s["content_end"]),
                      bool(s.get("implicit_speaker")))
        for s in data.get("statements", [])
    )
    stances = []
    for s in data.get("stances", []):
        tgt = s["target"]
        cues = ((s["cue_start"], s["cue_end"]), *(tuple(p) for p in s.get("also_cues", [])))
        stances.append(GoldStance(
            holders=_ids(s["holder"]), type=norm_type(s["type"]) or "", polarity=int(s["polarity"]),
            target_actor=tgt if isinstance(tgt, str) else None,
            issue=tgt.get("issue") if isinstance(tgt, dict) else None,
            issue_actors=_ids(tgt.get("actors")) if isinstance(tgt, dict) else (),
            cues=cues,
        ))
    events = tuple(
        GoldEvent(
            type=norm_type(e["type"]) or "",
            sources=_ids(e["participants"].get("source")),
            targets=_ids(e["participants"].get("target")),
            symmetric=bool(e.get("symmetric")),
            triggers=((e["trigger_start"], e["trigger_end"]),
                      *(tuple(p) for p in e.get("also_triggers", []))),
            mode=e.get("mode"), modality=e.get("modality"), date=e.get("date"),
        )
        for e in data.get("events", [])
    )
    represents = {k: _ids(v.get("represents")) for k, v in (data.get("actors") or {}).items()}
    return GoldDoc(
        id=data["id"], corpus=data["corpus"], split=data["split"], text_sha256=data["text_sha256"],
        published=data.get("published", ""), statements=statements, stances=tuple(stances),
        events=events, represents=represents,
    )


def load_gold_dir(directory: Path) -> list[GoldDoc]:
    """Every gold document in ``directory`` (MANIFEST.json and non-documents skipped), by id."""
    docs = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "id" in data and "statements" in data:
            docs.append(parse_gold_doc(data))
    return sorted(docs, key=lambda d: d.id)


def load_corpus_records(corpus_dir: Path, ids: Iterable[str]) -> dict[str, dict]:
    """The corpus records with the given ids (each corpus file read once, lines pre-filtered)."""
    wanted = set(ids)
    found: dict[str, dict] = {}
    for name, fname in CORPUS_FILES.items():
        mine = {i for i in wanted if i.startswith("kremlin/" if name == "kremlin" else "wh/")}
        path = corpus_dir / fname
        if not mine or not path.exists():
            continue
        needles = [f'"id": "{i}"' for i in mine]
        opener = gzip.open if fname.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                head = line[:600]
                if not any(n in head for n in needles):
                    continue
                rec = json.loads(line)
                if rec.get("id") in mine:
                    found[rec["id"]] = rec
                    if len(found) == len(wanted):
                        return found
    return found


def text_matches(doc: GoldDoc, text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).hexdigest() == doc.text_sha256


# --- matching (pure) -----------------------------------------------------------------------------


def covers(pred: str | None, gold: str, represents: Mapping[str, Sequence[str]]) -> bool:
    """Whether a predicted actor stands for a gold actor (itself or whom the gold person represents)."""
    return pred is not None and (pred == gold or pred in represents.get(gold, ()))


def covers_any(preds: Iterable[str], golds: Iterable[str], represents) -> bool:
    golds = tuple(golds)
    return any(covers(p, g, represents) for p in preds for g in golds)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _near(pred: PredClaim, spans: Sequence[Span]) -> float | None:
    """How well a prediction's location fits gold cue spans: 2 overlap, 1 same sentence, else None."""
    if any(_overlaps(pred.trigger, s) for s in spans):
        return 2.0
    if any(pred.sentence[0] <= s[0] and s[1] <= pred.sentence[1] for s in spans):
        return 1.0
    return None


def iou(a: Span, b: Span) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(inter, 0) / union if union > 0 and inter > 0 else 0.0


def content_words(text: str | None) -> set[str]:
    """The label's words minus stop words, plural -s folded ("efforts" and "effort" share one)."""
    words = (w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if len(w) > 2 and w not in STOPWORDS)
    return {_singular(w) for w in words}


def _singular(word: str) -> str:
    """A crude plural fold for matching labels: "sanctions" -> "sanction", "efforts" -> "effort"
    ("relations" -> "relation"); words in -ss/-us/-is keep their s ("process", "status", "crisis")."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def statement_score(g: GoldStatement, p: PredClaim, represents) -> float | None:
    if p.kind != "statement" or p.content is None:
        return None
    if not g.implicit and not covers_any(p.sources, g.speakers, represents):
        return None
    overlap = iou(g.content, p.content)
    return overlap if overlap >= 0.5 else None


def target_ok(g: GoldStance, p: PredClaim, represents) -> bool:
    tgt = p.targets[0] if p.targets else None
    if tgt is None:
        return False
    if g.target_actor is not None:
        return covers(tgt, g.target_actor, represents)
    if not tgt.startswith("issue/"):
        return covers_any([tgt], g.issue_actors, represents)
    if content_words(g.issue) & content_words(p.target_label):
        return True
    return covers_any(p.target_concerns, g.issue_actors, represents)


def stance_score(g: GoldStance, p: PredClaim, represents, typed: bool = False) -> float | None:
    if p.kind != "stance" or p.polarity != g.polarity:
        return None
    if typed and norm_type(p.type) != g.type:
        return None
    if not covers_any(p.sources, g.holders, represents) or not target_ok(g, p, represents):
        return None
    return _near(p, g.cues)


def participants_ok(g: GoldEvent, p: PredClaim, represents) -> bool:
    if g.symmetric:
        gold = g.sources + g.targets
        pred = p.sources + p.targets
        covered = sum(1 for x in gold if covers_any(pred, [x], represents))
        return covered >= min(2, len(gold))
    sources_ok = not g.sources or covers_any(p.sources, g.sources, represents)
    return sources_ok and (not g.targets or covers_any(p.targets, g.targets, represents))


def event_score(g: GoldEvent, p: PredClaim, represents, typed: bool = True) -> float | None:
    if p.kind != "event" or (typed and norm_type(p.type) != g.type):
        return None
    if not participants_ok(g, p, represents):
        return None
    return _near(p, g.triggers)


@dataclass
class KindScore:
    prf: PRF = field(default_factory=PRF)
    duplicates: int = 0
    by_type: dict[str, PRF] = field(default_factory=dict)

    def as_dict(self) -> dict:
        out = {**self.prf.as_dict(), "duplicates": self.duplicates}
        if self.by_type:
            out["per_type"] = {t: {"gold": p.gold, "predicted": p.predicted, **p.as_dict()}
                               for t, p in sorted(self.by_type.items())}
        return out


def match_kind(
    gold: Sequence, preds: Sequence[PredClaim], score: Callable, type_of: Callable | None = None
) -> tuple[KindScore, list[tuple[int, int]]]:
    """One-to-one matching of one document's gold items and predictions of one kind."""
    pairs = greedy_match(gold, preds, score)
    matched_p = {j for _, j in pairs}
    matched_g = {i for i, _ in pairs}
    dup = sum(1 for j, p in enumerate(preds) if j not in matched_p
              and any(score(g, p) is not None for g in gold))
    ks = KindScore(PRF(tp=len(pairs), fp=len(preds) - len(pairs) - dup, fn=len(gold) - len(pairs)), dup)
    if type_of is not None:
        labels: list[tuple[str | None, str | None]] = []
        for i, g in enumerate(gold):
            labels.append((type_of(g), type_of(g) if i in matched_g else None))
        dup_p = {j for j, p in enumerate(preds) if j not in matched_p
                 and any(score(g, p) is not None for g in gold)}
        for j, p in enumerate(preds):
            if j not in matched_p and j not in dup_p:
                labels.append((None, norm_type(p.type)))
        ks.by_type = per_label(labels)
    return ks, pairs


def score_doc(doc: GoldDoc, claims: Sequence[PredClaim]) -> dict[str, KindScore]:
    """Every kind's score on one document, and (``event_attributes``) how often the mode and the
    modality of matched events agree with the gold (``tp`` agree, ``fn`` disagree)."""
    rep = doc.represents
    by_kind = {k: [c for c in claims if c.kind == k] for k in ("statement", "stance", "event")}
    out: dict[str, KindScore] = {}
    out["statements"], _ = match_kind(doc.statements, by_kind["statement"],
                                      lambda g, p: statement_score(g, p, rep))
    out["stances"], _ = match_kind(doc.stances, by_kind["stance"],
                                   lambda g, p: stance_score(g, p, rep))
    out["stances_typed"], _ = match_kind(doc.stances, by_kind["stance"],
                                         lambda g, p: stance_score(g, p, rep, typed=True),
                                         type_of=lambda g: g.type)
    out["events"], pairs = match_kind(doc.events, by_kind["event"],
                                      lambda g, p: event_score(g, p, rep),
                                      type_of=lambda g: g.type)
    out["events_untyped"], _ = match_kind(doc.events, by_kind["event"],
                                          lambda g, p: event_score(g, p, rep, typed=False))
    attrs = KindScore(by_type={"mode": PRF(), "modality": PRF()})
    for i, j in pairs:
        g, p = doc.events[i], by_kind["event"][j]
        for name, gv, pv in (("mode", g.mode, p.mode), ("modality", g.modality, p.modality)):
            if gv == pv:
                attrs.by_type[name].tp += 1
            else:
                attrs.by_type[name].fn += 1
    out["event_attributes"] = attrs
    return out


def aggregate(per_doc: Iterable[dict[str, KindScore]]) -> dict[str, KindScore]:
    total: dict[str, KindScore] = {}
    for d in per_doc:
        for kind, ks in d.items():
            t = total.setdefault(kind, KindScore())
            t.prf += ks.prf
            t.duplicates += ks.duplicates
            for typ, prf in ks.by_type.items():
                t.by_type.setdefault(typ, PRF())
                t.by_type[typ] += prf
    return total


def score_gold(pairs: Sequence[tuple[GoldDoc, Sequence[PredClaim]]]) -> dict:
    """Scores over all documents (``all``) and per split (``dev``, ``holdout``)."""
    from .misses import miss_reasons

    scored = [(doc, score_doc(doc, claims)) for doc, claims in pairs]
    misses = {doc.id: miss_reasons(doc, claims) for doc, claims in pairs}
    out: dict = {"documents": len(scored)}
    splits = sorted({d.split for d, _ in scored})
    for name, docs in [("all", scored)] + [(s, [x for x in scored if x[0].split == s]) for s in splits]:
        agg = aggregate(ks for _, ks in docs)
        block: dict = {"documents": len(docs)}
        block["gold"] = {k: sum(len(getattr(d, k)) for d, _ in docs)
                         for k in ("statements", "stances", "events")}
        for kind, ks in agg.items():
            if kind == "event_attributes":
                block[kind] = {n: round(p.recall, 4) if p.gold else None for n, p in ks.by_type.items()}
            else:
                block[kind] = ks.as_dict()
        block["misses"] = {kind: dict(sum((misses[d.id][kind] for d, _ in docs), Counter()).most_common())
                           for kind in ("stances", "events")}
        out[name] = block
    return out
