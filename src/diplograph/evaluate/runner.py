"""Running the extractor on evaluation texts (I/O at the edge: spaCy, the store).

Every evaluation text is built as its own article into one in-memory store (static
graphs loaded once, no inference), and read back through the claims table
(:func:`diplograph.export.claims.iter_claim_rows`), so the scores measure exactly
what ``diplograph export --format claims-csv`` gives.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import pyoxigraph as ox

from diplograph.build import ensure_static_graphs, fingerprint, write_article
from diplograph.export.claims import iter_claim_rows
from diplograph.extract import extract, publisher_of
from diplograph.gazetteer import Gazetteer, load_gazetteer
from diplograph.model import Article
from diplograph.rdf import iris
from diplograph.rdf.mapping import article_quads
from diplograph.rdf.namespaces import DG, ID
from diplograph.store import KnowledgeStore

from .predictions import PredClaim, claims_from_rows

Progress = Callable[[str, int, int], None]
IGO_KINDS = frozenset({"InternationalOrganization", "OrganizationBody", "Coalition"})


def stderr_progress(every: float = 2.0) -> Progress:
    """A progress callback printing ``label: done/total`` on stderr at most every ``every`` s."""
    last = [0.0]

    def show(label: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - last[0] < every:
            return
        last[0] = now
        print(f"... {label}: {done}/{total}", file=sys.stderr, flush=True)

    return show


@dataclass
class Extracted:
    """What the extractor said about a list of articles."""

    store: KnowledgeStore
    claims: dict[str, list[PredClaim]]  # Article.id -> its claims
    seconds: float


def extract_articles(
    articles: Sequence[Article],
    *,
    nlp=None,
    gazetteer: Gazetteer | None = None,
    label: str = "articles",
    progress: Progress | None = None,
    batch_size: int = 64,
) -> Extracted:
    """Build ``articles`` into a fresh in-memory store and read their claims back."""
    from diplograph.nlp import load_pipeline
    from diplograph.nlp.chunking import parse

    started = time.perf_counter()
    gaz = gazetteer or load_gazetteer()
    nlp = nlp or load_pipeline()
    store = KnowledgeStore(None)
    ensure_static_graphs(store, gaz)
    total = len(articles)
    for n, (doc, article) in enumerate(
        parse(nlp, ((a.text, a) for a in articles), batch_size), 1
    ):
        quads = article_quads(extract(doc, article, gaz), publisher_of(article, gaz))
        write_article(store, article, quads, fingerprint(article, "eval"))
        if progress:
            progress(label, n, total)
    rows = list(iter_claim_rows(store))
    dates = {f"article/{iris.article_key(a.id)}": a.published for a in articles}
    countries = actor_countries(store, _actor_ids(rows), dates_by_actor(rows, dates))
    texts = {f"article/{iris.article_key(a.id)}": a.text for a in articles}
    by_key = claims_from_rows(rows, countries, texts)
    claims = {a.id: by_key.get(f"article/{iris.article_key(a.id)}", []) for a in articles}
    return Extracted(store, claims, time.perf_counter() - started)


def _actor_ids(rows: Iterable[dict]) -> set[str]:
    return {r[c] for r in rows for c in ("source_id", "target_id") if r.get(c)}


def dates_by_actor(rows: Iterable[dict], dates: dict[str, date | None]) -> dict[str, date | None]:
    """One reference date per actor (the first article it appears in) for role validity."""
    out: dict[str, date | None] = {}
    for r in rows:
        for c in ("source_id", "target_id"):
            if r.get(c) and r[c] not in out:
                out[r[c]] = dates.get(r["article_id"])
    return out


_COUNTRY_QUERY = f"""
SELECT ?a ?kind ?iso ?of ?ofKind ?ofIso ?from ?to ?it ?about ?baseIso WHERE {{
  {{ ?a a ?kind . FILTER(STRSTARTS(STR(?kind), "{DG}")) }}
  OPTIONAL {{ ?a dg:hasIso3Code ?iso }}
  OPTIONAL {{
    ?a dg:holdsRole ?r . ?r dg:isRoleFor ?of .
    OPTIONAL {{ ?of a ?ofKind . FILTER(STRSTARTS(STR(?ofKind), "{DG}")) }}
    OPTIONAL {{ ?of dg:hasIso3Code ?ofIso }}
    OPTIONAL {{ ?r dg:hasValidFrom ?from }}
    OPTIONAL {{ ?r dg:hasValidTo ?to }}
  }}
  OPTIONAL {{ ?a dg:hasIssueTargetActor ?it }}
  OPTIONAL {{ ?a dg:concernsActor ?about }}
  OPTIONAL {{ ?a dg:isBasedIn ?base . ?base dg:hasIso3Code ?baseIso }}
}}
"""


def actor_countries(
    store: KnowledgeStore, actor_ids: Iterable[str], dates: dict[str, date | None] | None = None
) -> dict[str, str | None]:
    """Country code of each actor id: ISO-3 for states, ``IGO`` for international organisations
    (and their bodies, coalitions), the state an organisation is based in, the role's state (or IGO) for persons -- the role valid on
    the actor's date when there is one --, the target actor's country for issues; else None."""
    dates = dates or {}
    out: dict[str, str | None] = {}
    for aid in sorted(actor_ids):
        out[aid] = _country(store, aid, dates.get(aid), depth=0)
    return out


def _country(store: KnowledgeStore, aid: str, when: date | None, depth: int) -> str | None:
    node = ox.NamedNode(ID + aid if "://" not in aid else aid)
    sols = list(store.query(_COUNTRY_QUERY, substitutions={"a": node}))
    if not sols:
        return None
    kinds = {s["kind"].value.rsplit("#", 1)[-1] for s in sols}
    iso = next((s["iso"].value for s in sols if s["iso"] is not None), None)
    if iso:
        return iso
    if kinds & IGO_KINDS:
        return "IGO"
    base = next((s["baseIso"].value for s in sols if s["baseIso"] is not None), None)
    if base:  # "Hamas", "Hezbollah": a movement coded by the state it is based in
        return base
    if "Person" in kinds:
        roles = []
        for s in sols:
            if s["of"] is None:
                continue
            of_kind = s["ofKind"].value.rsplit("#", 1)[-1] if s["ofKind"] is not None else None
            code = s["ofIso"].value if s["ofIso"] is not None else ("IGO" if of_kind in IGO_KINDS else None)
            if code is None:
                continue
            start = date.fromisoformat(s["from"].value) if s["from"] is not None else None
            end = date.fromisoformat(s["to"].value) if s["to"] is not None else None
            valid = when is not None and (start is None or start <= when) and (end is None or when <= end)
            roles.append((not valid, code == "IGO", -(start.toordinal() if start else 0), code))
        return min(roles)[3] if roles else None
    if "Issue" in kinds and depth == 0:
        for key in ("it", "about"):
            for s in sols:
                if s[key] is not None:
                    c = _country(store, s[key].value, when, depth + 1)
                    if c:
                        return c
    return None
