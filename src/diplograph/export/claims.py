"""The claims table: one row per claim (per actor pair for events), as CSV or JSON lines.

``iter_claim_rows(store)`` runs one SPARQL query per claim kind over the asserted
article graphs (each ordered by article, sentence and trigger offset), merges the
four streams in that order and resolves every actor's mention in the article text.
``write_csv`` / ``write_jsonl`` only format rows. See ``docs/quality.md`` ("The
claims table") for the meaning of every column and the decisions behind it.

Decisions (also documented in docs/quality.md):

- ids are IRIs relative to ``https://w3id.org/diplograph/id/`` (``state/RUS``,
  ``claim/<article key>/stance/<hash>``, ``article/<article key>``);
- ``type`` is the PLOVER type (stances, events), the relation type (relations) and
  ``STATEMENT`` for statements;
- events give one row per (source, target) pair, mentioned actors first; an event
  without source (or target) actors takes its undirected participants
  (``dg:hasParticipant`` only) on that side; self-pairs are skipped;
- ``polarity``: stances their ``dg:hasPolarity``; events +1 for PLOVER cooperation
  types, -1 for conflict types; relations +1 for ALLY_OF / PARTNER_OF /
  DIPLOMATIC_RELATIONS, else 0; statements 0;
- mention offsets: the mention denoting the actor inside the evidence sentence that
  is nearest to the trigger (statements: ``dg:hasSpeakerMention``; issue targets: the
  issue's span); empty when the actor is not named in the sentence (e.g. the state a
  person acts for);
- after the required ``COLUMNS`` come ``EXTRA_COLUMNS``: for an issue target, the actors
  the issue concerns (``dg:concernsActor`` / ``dg:hasIssueTargetActor`` in the article's
  graph), ``;``-separated, those named in the sentence first (nearest the issue span),
  then the rest by IRI; empty for actor targets and issues about no actor.
"""

from __future__ import annotations

import csv
import heapq
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import pyoxigraph as ox

from diplograph.rdf.namespaces import GRAPH_ARTICLE_PREFIX, ID
from diplograph.store import KnowledgeStore

COLUMNS: tuple[str, ...] = (
    "article_id", "article_url", "published", "claim_id", "kind", "type", "mode", "cameo",
    "polarity", "source_id", "source_label", "source_wikidata", "source_start", "source_end",
    "target_id", "target_label", "target_wikidata", "target_start", "target_end", "trigger",
    "trigger_start", "trigger_end", "sentence_start", "sentence_end", "event_date", "location",
    "modality", "negated", "confidence", "quote",
)
# Optional columns after the required ones (the table contract allows more to follow).
EXTRA_COLUMNS: tuple[str, ...] = ("target_concerns_id", "target_concerns_label")
TABLE_COLUMNS: tuple[str, ...] = COLUMNS + EXTRA_COLUMNS
LIST_SEPARATOR = ";"  # between the values of a multi-valued column (target_concerns_*)
KINDS: tuple[str, ...] = ("statement", "stance", "event", "relation")
STATEMENT_TYPE = "STATEMENT"
POSITIVE_RELATIONS = frozenset({"ALLY_OF", "PARTNER_OF", "DIPLOMATIC_RELATIONS"})
# PLOVER quad categories (ontology/vocab/plover.ttl skos:Collection members); fixed so that
# the table does not depend on the ontology graph being loaded.
COOPERATIVE = frozenset(
    {"AGREE", "CONCEDE", "CONSULT", "SUPPORT", "AID", "COOPERATE", "INVESTIGATE", "RETREAT"}
)
CONFLICTUAL = frozenset(
    {"DEMAND", "DISAPPROVE", "REJECT", "SANCTION", "THREATEN", "ASSAULT", "COERCE", "CRIME",
     "FIGHT", "MOBILIZE", "PROTEST"}
)

_COMMON = """
    GRAPH ?g {{
      ?claim a dg:{cls} ; dg:isExtractedFrom ?article ; dg:hasConfidence ?conf ;
             dg:hasEvidence ?ev ; dg:hasTrigger ?tr .
      ?ev dg:beginIndex ?ss ; dg:endIndex ?se .
      ?tr dg:beginIndex ?ts ; dg:endIndex ?te .
      OPTIONAL {{ ?claim dg:hasCue ?cue }}
      OPTIONAL {{ ?article schema:url ?url }}
      OPTIONAL {{ ?article dcterms:date ?published }}
      {body}
    }}
    FILTER(STRSTARTS(STR(?g), "{prefix}"))
"""

_BODIES = {
    "statement": ("Statement", """
      ?claim dg:hasSpeaker ?src .
      OPTIONAL { ?claim dg:hasQuote ?quote }
      OPTIONAL { ?claim dg:hasSpeakerMention ?sm . ?sm dg:beginIndex ?sms ; dg:endIndex ?sme }
    """),
    "stance": ("Stance", """
      ?claim dg:hasHolder ?src ; dg:hasStanceType ?type .
      OPTIONAL { ?claim dg:hasPolarity ?polarity }
      OPTIONAL { ?claim dg:hasCameoCode ?cameo }
      OPTIONAL { ?claim dg:isNegated ?negated }
      OPTIONAL { ?claim dg:hasStanceTarget ?tgt }
      OPTIONAL { ?claim dg:hasStanceTarget ?tgt . ?tgt a dg:Issue ; rdfs:label ?issueLabel }
      OPTIONAL {
        ?claim dg:hasStanceTarget ?tgt . ?tgt a dg:Issue ; rdfs:label ?anchor .
        ?im dg:hasAnchorText ?anchor ; dg:isMentionIn ?article ;
            dg:beginIndex ?ims ; dg:endIndex ?ime .
        FILTER(?ims >= ?ss && ?ime <= ?se)
      }
      OPTIONAL { ?claim dg:hasStanceTarget ?tgt . ?tgt a dg:Issue ; dg:concernsActor|dg:hasIssueTargetActor ?concern }
    """),
    "event": ("Event", """
      ?claim dg:hasEventType ?type .
      OPTIONAL { ?claim dg:hasEventMode ?mode }
      OPTIONAL { ?claim dg:hasCameoCode ?cameo }
      OPTIONAL { ?claim dg:hasModality ?modality }
      OPTIONAL { ?claim dg:isNegated ?negated }
      OPTIONAL { ?claim dg:hasEventDate ?date }
      OPTIONAL { ?claim dg:occursIn ?place }
      OPTIONAL { ?claim dg:hasPlaceText ?placeText }
      OPTIONAL {
        { ?claim dg:hasSourceActor ?part . BIND("source" AS ?role) }
        UNION { ?claim dg:hasTargetActor ?part . BIND("target" AS ?role) }
        UNION { ?claim dg:hasParticipant ?part . BIND("participant" AS ?role) }
      }
    """),
    "relation": ("RelationClaim", """
      ?claim dg:hasRelationType ?type ; dg:hasSubjectActor ?src ; dg:hasObjectActor ?tgt .
    """),
}


def claim_query(kind: str) -> str:
    """The SPARQL query for one claim kind (rows ordered by article, sentence, trigger)."""
    cls, body = _BODIES[kind]
    where = _COMMON.format(cls=cls, body=body, prefix=GRAPH_ARTICLE_PREFIX)
    return f"SELECT * WHERE {{{where}}}\nORDER BY ?article ?ss ?ts ?claim"


MENTION_QUERY = f"""
SELECT ?article ?actor ?b ?e WHERE {{
  GRAPH ?g {{ ?m dg:denotes ?actor ; dg:isMentionIn ?article ; dg:beginIndex ?b ; dg:endIndex ?e }}
  FILTER(STRSTARTS(STR(?g), "{GRAPH_ARTICLE_PREFIX}"))
}} ORDER BY ?article ?b ?e
"""

ACTOR_QUERY = """
SELECT ?a (MIN(?l) AS ?label) (MIN(?q) AS ?qid) WHERE {
  OPTIONAL { ?a rdfs:label ?l }
  OPTIONAL { ?a dg:hasWikidataId ?q }
} GROUP BY ?a
"""


# --- small helpers ----------------------------------------------------------------------------


def short_id(term: ox.NamedNode | None) -> str | None:
    """An instance IRI relative to the id/ base (``state/RUS``); other IRIs unchanged."""
    if term is None:
        return None
    return term.value.removeprefix(ID)


def _local(term) -> str | None:
    """The last path segment of a vocabulary IRI (plover/CONSULT -> CONSULT)."""
    if term is None:
        return None
    return term.value.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _int(term) -> int | None:
    return int(term.value) if term is not None else None


def _bool(term) -> bool | None:
    return term.value in ("true", "1") if term is not None else None


def _str(term) -> str | None:
    return term.value if term is not None else None


def event_polarity(plover_type: str | None) -> int:
    if plover_type in COOPERATIVE:
        return 1
    if plover_type in CONFLICTUAL:
        return -1
    return 0


def nearest_mention(
    spans: Iterable[tuple[int, int]], sentence: tuple[int, int], trigger: tuple[int, int]
) -> tuple[int, int] | None:
    """The span inside ``sentence`` nearest to ``trigger`` (ties: the earlier one)."""
    lo, hi = sentence
    best = None
    for b, e in spans:
        if b < lo or e > hi:
            continue
        if e <= trigger[0]:
            dist = trigger[0] - e
        elif b >= trigger[1]:
            dist = b - trigger[1]
        else:
            dist = 0
        key = (dist, b, e)
        if best is None or key < best[0]:
            best = (key, (b, e))
    return best[1] if best else None


# --- grouping rows of one claim -----------------------------------------------------------------


@dataclass
class _Claim:
    kind: str
    first: dict  # the first solution (single-valued fields)
    parts: dict[str, list[ox.NamedNode]] = field(default_factory=dict)  # role -> actors in order
    issue_spans: set[tuple[int, int]] = field(default_factory=set)
    concerns: list[ox.NamedNode] = field(default_factory=list)  # actors an issue target concerns

    def add(self, sol: dict) -> None:
        if self.kind == "event":
            part, role = sol.get("part"), sol.get("role")
            if part is not None and role is not None:
                lst = self.parts.setdefault(role.value, [])
                if part not in lst:
                    lst.append(part)
        elif self.kind == "stance":
            if sol.get("ims") is not None:
                self.issue_spans.add((int(sol["ims"].value), int(sol["ime"].value)))
            concern = sol.get("concern")
            if concern is not None and concern not in self.concerns:
                self.concerns.append(concern)


def _solutions(store: KnowledgeStore, query: str) -> Iterator[dict]:
    results = store.query(query)
    names = [v.value for v in results.variables]
    for sol in results:
        yield {n: sol[n] for n in names if sol[n] is not None}


def _claims(store: KnowledgeStore, kind: str) -> Iterator[tuple[tuple, _Claim]]:
    """Claims of one kind with a merge key (article, sentence start, trigger start, kind, claim)."""
    order = KINDS.index(kind)
    current: _Claim | None = None
    key: tuple = ()
    for sol in _solutions(store, claim_query(kind)):
        if current is not None and sol["claim"] == current.first["claim"]:
            current.add(sol)
            continue
        if current is not None:
            yield key, current
        current = _Claim(kind, sol)
        current.add(sol)
        key = (sol["article"].value, int(sol["ss"].value), int(sol["ts"].value), order,
               sol["claim"].value)
    if current is not None:
        yield key, current


class _Mentions:
    """Denoting mentions, read article by article in the same order as the claims."""

    def __init__(self, store: KnowledgeStore):
        self._it = _solutions(store, MENTION_QUERY)
        self._pending: dict | None = next(self._it, None)
        self.article: str | None = None
        self.by_actor: dict[str, list[tuple[int, int]]] = {}

    def seek(self, article: str) -> None:
        if article == self.article:
            return
        self.article, self.by_actor = article, {}
        while self._pending is not None and self._pending["article"].value < article:
            self._pending = next(self._it, None)
        while self._pending is not None and self._pending["article"].value == article:
            sol = self._pending
            self.by_actor.setdefault(sol["actor"].value, []).append(
                (int(sol["b"].value), int(sol["e"].value))
            )
            self._pending = next(self._it, None)


class _Actors:
    """Label and Wikidata id of actors and issues, looked up once each."""

    def __init__(self, store: KnowledgeStore):
        self.store = store
        self.cache: dict[str, tuple[str | None, str | None]] = {}

    def __call__(self, node: ox.NamedNode | None) -> tuple[str | None, str | None]:
        if node is None:
            return None, None
        if node.value not in self.cache:
            sol = next(iter(self.store.query(ACTOR_QUERY, substitutions={"a": node})), None)
            label = _str(sol["label"]) if sol is not None else None
            qid = _str(sol["qid"]) if sol is not None else None
            self.cache[node.value] = (label, qid)
        return self.cache[node.value]


# --- rows ---------------------------------------------------------------------------------------


def _base_row(c: _Claim) -> dict[str, Any]:
    s = c.first
    row: dict[str, Any] = dict.fromkeys(TABLE_COLUMNS)
    row.update(
        article_id=short_id(s["article"]),
        article_url=_str(s.get("url")),
        published=_str(s.get("published")),
        claim_id=short_id(s["claim"]),
        kind=c.kind,
        trigger=_str(s.get("cue")),
        trigger_start=_int(s["ts"]),
        trigger_end=_int(s["te"]),
        sentence_start=_int(s["ss"]),
        sentence_end=_int(s["se"]),
        negated=False,
        confidence=float(s["conf"].value),
    )
    return row


def _set_actor(row: dict, side: str, node, span, actors: _Actors) -> None:
    label, qid = actors(node)
    row[f"{side}_id"] = short_id(node)
    row[f"{side}_label"] = label
    row[f"{side}_wikidata"] = qid
    row[f"{side}_start"], row[f"{side}_end"] = span if span else (None, None)


def _set_concerns(row: dict, concerns: list, near: tuple[int, int], span_of, actors: _Actors) -> None:
    """The ``target_concerns_*`` columns of an issue target: named actors first (nearest ``near``)."""
    if not concerns:
        return
    named = [(span_of(n, near), str(n), n) for n in concerns]
    ordered = [n for _, _, n in sorted(named, key=lambda t: (t[0] is None, t[0] or (0, 0), t[1]))]
    row["target_concerns_id"] = LIST_SEPARATOR.join(short_id(n) or "" for n in ordered)
    row["target_concerns_label"] = LIST_SEPARATOR.join(actors(n)[0] or "" for n in ordered)


def _rows(c: _Claim, mentions: _Mentions, actors: _Actors) -> Iterator[dict[str, Any]]:
    s = c.first
    row = _base_row(c)
    sentence = (row["sentence_start"], row["sentence_end"])
    trigger = (row["trigger_start"], row["trigger_end"])
    mentions.seek(s["article"].value)

    def span_of(node, near=trigger):
        if node is None:
            return None
        return nearest_mention(mentions.by_actor.get(node.value, ()), sentence, near)

    if c.kind == "statement":
        row.update(type=STATEMENT_TYPE, polarity=0, quote=_str(s.get("quote")))
        span = (_int(s["sms"]), _int(s["sme"])) if "sms" in s else span_of(s["src"])
        _set_actor(row, "source", s["src"], span, actors)
        yield row
    elif c.kind == "stance":
        row.update(type=_local(s["type"]), cameo=_local(s.get("cameo")),
                   polarity=_int(s.get("polarity")) or 0, negated=bool(_bool(s.get("negated"))))
        _set_actor(row, "source", s["src"], span_of(s["src"]), actors)
        tgt = s.get("tgt")
        if tgt is not None and "issueLabel" in s:
            span = nearest_mention(c.issue_spans, sentence, trigger)
            _set_actor(row, "target", tgt, span, actors)
            row["target_label"] = s["issueLabel"].value
            row["target_wikidata"] = None
            _set_concerns(row, c.concerns, span or sentence, span_of, actors)
        elif tgt is not None:
            _set_actor(row, "target", tgt, span_of(tgt), actors)
        yield row
    elif c.kind == "relation":
        rel = _local(s["type"])
        row.update(type=rel, polarity=1 if rel in POSITIVE_RELATIONS else 0)
        _set_actor(row, "source", s["src"], span_of(s["src"]), actors)
        _set_actor(row, "target", s["tgt"], span_of(s["tgt"]), actors)
        yield row
    else:
        etype = _local(s["type"])
        place = s.get("place")
        row.update(
            type=etype, mode=_local(s.get("mode")), cameo=_local(s.get("cameo")),
            polarity=event_polarity(etype), event_date=_str(s.get("date")),
            location=actors(place)[0] if place is not None else _str(s.get("placeText")),
            modality=_local(s.get("modality")), negated=bool(_bool(s.get("negated"))),
        )
        for src, tgt in event_pairs(c.parts, span_of):
            out = dict(row)
            _set_actor(out, "source", src, span_of(src), actors)
            _set_actor(out, "target", tgt, span_of(tgt), actors)
            yield out


def event_pairs(parts: dict[str, list], span_of=lambda node: None) -> list[tuple]:
    """(source, target) pairs of an event: directed participants, undirected ones filling an
    empty side; actors named in the sentence first (by offset), then the rest by IRI (so that the
    order, and the first source, never depends on the store's query order)."""
    directed = set(parts.get("source", ())) | set(parts.get("target", ()))
    undirected = [p for p in parts.get("participant", ()) if p not in directed]

    def ordered(nodes):
        named = [(span_of(n), str(n), n) for n in nodes]
        return [n for _, _, n in sorted(named, key=lambda t: (t[0] is None, t[0] or (0, 0), t[1]))]

    sources = ordered(parts.get("source", []) or undirected)
    targets = ordered(parts.get("target", []) or undirected)
    directed_pair = set(parts.get("source", ())) & set(parts.get("target", ()))  # "X banned X's opposition"
    pairs = [(s, t) for s in (sources or [None]) for t in (targets or [None])
             if s is None or s != t or s in directed_pair]
    if not pairs:  # a single undirected participant on both sides
        pairs = [(sources[0], None)]
    return pairs


def iter_claim_rows(store: KnowledgeStore, kinds: Iterable[str] = KINDS) -> Iterator[dict[str, Any]]:
    """Every claim of the store's article graphs as table rows (dicts keyed by TABLE_COLUMNS),
    ordered by article, sentence start, trigger start, kind and claim."""
    mentions = _Mentions(store)
    actors = _Actors(store)
    streams = [_claims(store, k) for k in kinds]
    for _, claim in heapq.merge(*streams, key=lambda kc: kc[0]):
        yield from _rows(claim, mentions, actors)


# --- writers ------------------------------------------------------------------------------------


def _csv_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _text_stream(out: IO) -> tuple[IO[str], bool]:
    if isinstance(out, io.TextIOBase):
        return out, False
    return io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True), True


def write_csv(rows: Iterable[dict[str, Any]], out: IO) -> int:
    """Write a header (TABLE_COLUMNS) and one CSV line per row (UTF-8, "\\n" line ends); returns
    the row count."""
    stream, wrapped = _text_stream(out)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(TABLE_COLUMNS)
    n = 0
    for row in rows:
        writer.writerow([_csv_value(row.get(c)) for c in TABLE_COLUMNS])
        n += 1
    stream.flush()
    if wrapped:
        stream.detach()
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO) -> int:
    """Write one JSON object per row, keys in TABLE_COLUMNS order, empty values as null."""
    stream, wrapped = _text_stream(out)
    n = 0
    for row in rows:
        stream.write(json.dumps({c: row.get(c) for c in TABLE_COLUMNS}, ensure_ascii=False) + "\n")
        n += 1
    stream.flush()
    if wrapped:
        stream.detach()
    return n


WRITERS = {"claims-csv": write_csv, "claims-jsonl": write_jsonl}
