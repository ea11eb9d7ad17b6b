"""Counting and scoring (pure): precision / recall / F1, one-to-one matching, confusions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Self, TypeVar

G = TypeVar("G")
P = TypeVar("P")
NONE = "(none)"  # the label of a missing prediction or gold value in confusions


@dataclass
class PRF:
    """True positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    def __iadd__(self, other: PRF) -> Self:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
        }


def prf_sets(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> PRF:
    """Set comparison: every distinct predicted item is right or wrong, every gold item found or not."""
    g, p = set(gold), set(predicted)
    return PRF(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def per_label(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, PRF]:
    """Single-label classification: (gold, predicted) per item -> precision/recall/F1 per label.

    A missing prediction (None) is a false negative of the gold label only.
    """
    out: dict[str, PRF] = {}
    for gold, pred in pairs:
        if gold is not None and gold == pred:
            out.setdefault(gold, PRF()).tp += 1
            continue
        if gold is not None:
            out.setdefault(gold, PRF()).fn += 1
        if pred is not None:
            out.setdefault(pred, PRF()).fp += 1
    return dict(sorted(out.items()))


def micro(prfs: Iterable[PRF]) -> PRF:
    total = PRF()
    for x in prfs:
        total += x
    return total


def macro_f1(prfs: Iterable[PRF]) -> float:
    values = [x.f1 for x in prfs if x.gold]
    return sum(values) / len(values) if values else 0.0


def confusions(pairs: Iterable[tuple[str | None, str | None]], top: int = 10) -> list[tuple[str, str, int]]:
    """The most frequent (gold, predicted) disagreements, most frequent first."""
    c = Counter((g or NONE, p or NONE) for g, p in pairs if g != p)
    return [(g, p, n) for (g, p), n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]


def greedy_match(
    gold: Sequence[G], predicted: Sequence[P], score: Callable[[G, P], float | None]
) -> list[tuple[int, int]]:
    """One-to-one matching: pairs whose score is not None, best score first (ties: earlier items).

    Returns (gold index, predicted index) pairs.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            s = score(g, p)
            if s is not None:
                candidates.append((-s, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the longer span's length (0 when either is empty)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return max(inter, 0) / longest if longest > 0 else 0.0
