#!/usr/bin/env python3
"""How often extraction finds a claim of the right kind in the ConfliBERT CAMEO sentences.

A development yardstick for recall on phrasings the team's own gold documents do not show:
each sentence of ``../shared/eval/conflibert_cameo/cameo_class_train.tsv`` (news wire, labelled
0-4) is extracted as an article of its own, and a sentence counts as *found* when one of its
event or stance claims has a PLOVER type of the labelled class. The classes are not documented
upstream; read by the CAMEO quad scheme they are 0 statement, 1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict (``eval/README.md``); their examples put
reductions of relations (sanctions, suspended aid, expulsions) in class 3, so class 3 and 4
recall are approximate.

Only the **train** file is used: the test file shares its sentences with the PLOVER gold records
and the CAMEO codebook (one group; never tune on one and score on another). The train file is a
development set: rules were read off its misses, so its numbers are not a held-out estimate.

Usage::

    .venv/bin/python scripts/conflibert_coverage.py [--file PATH] [--show CLASS] [--model NAME]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from diplograph.evaluate.runner import extract_articles, stderr_progress
from diplograph.model import Article
from diplograph.nlp import load_pipeline
from diplograph.resources import shared_dir

# PLOVER types by CAMEO quad class (1 verbal / 2 material cooperation, 3 verbal / 4 material conflict).
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "CONCEDE": 2,
    "DEMAND": 3, "REQUEST": 3, "DISAPPROVE": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "INVESTIGATE": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "FIGHT": 4, "CRIME": 4,
}
NAMES = {0: "statement", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
         4: "material conflict"}


def read_rows(path: Path) -> list[tuple[str, int]]:
    """``sentence<TAB>label`` lines (CRLF endings, no header)."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        text, sep, label = line.rpartition("\t")
        if not sep or not label.strip().isdigit():
            raise SystemExit(f"error: {path}:{n}: expected 'sentence<TAB>label'")
        rows.append((text, int(label)))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=None, help="a cameo_class TSV (default: the train file)")
    ap.add_argument("--show", type=int, action="append", default=[], help="print the missed sentences of a class")
    ap.add_argument("--model", default=None, help="spaCy model name (default: as diplograph chooses)")
    args = ap.parse_args(argv)
    path = args.file or shared_dir() / "eval" / "conflibert_cameo" / "cameo_class_train.tsv"
    if not path.is_file():
        print(f"error: {path} not found (set DIPLOGRAPH_SHARED to the shared folder)", file=sys.stderr)
        return 3
    rows = read_rows(path)
    articles = [Article(id=f"conflibert:{i}", text=text) for i, (text, _) in enumerate(rows)]
    nlp = load_pipeline(args.model) if args.model else None
    claims = extract_articles(articles, nlp=nlp, progress=stderr_progress()).claims
    total, found, any_claim = Counter(), Counter(), Counter()
    for article, (text, label) in zip(articles, rows):
        kinds = [c for c in claims[article.id] if c.kind in ("event", "stance")]
        classes = {QUAD.get((c.type or "").upper()) for c in kinds}
        total[label] += 1
        any_claim[label] += bool(kinds)
        found[label] += label in classes
        if label in args.show and label not in classes:
            print(f"{label} | {text[:220]} | {[(c.type, text[c.trigger[0]:c.trigger[1]]) for c in kinds]}")
    print(f"ConfliBERT CAMEO classes, {path.name}: {len(rows)} sentences")
    for label in sorted(total):
        if label == 0:
            print(f"  class 0 ({NAMES[0]}): {total[0]} sentences, {any_claim[0]} with an event or stance claim")
            continue
        print(f"  class {label} ({NAMES[label]}): found {found[label]} / {total[label]} "
              f"({found[label] / total[label]:.2f}); any claim {any_claim[label]}")
    coded = [k for k in total if k]
    print(f"  classes 1-4: found {sum(found[k] for k in coded)} / {sum(total[k] for k in coded)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
