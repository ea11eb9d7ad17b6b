"""The TBox: schema triples read from the store, closed once with owlrl, cached by hash.

The TBox is every *schema triple* of the input (the ontology graph first of all,
but schema axioms asserted in any other input graph count too, so that the
rules engine sees the same schema owlrl sees in the union): triples whose
predicate is an RDFS/OWL schema predicate (``rdfs:subClassOf``, ``rdfs:domain``,
``owl:inverseOf``, ``owl:propertyChainAxiom``, restriction vocabulary, ...),
``rdf:type`` triples whose object is an RDFS/OWL meta-class
(``owl:TransitiveProperty``, ``owl:Class``, ``owl:Restriction``, ...) and the
``rdf:first``/``rdf:rest`` cells of the RDF lists those triples point to.
Everything else in the ontology graph (labels, comments, SKOS concepts) is
instance data for the reasoner, exactly like the article graphs.

The closure is keyed by the SHA-256 of the TBox's canonical N-Triples (sorted
lines; blank-node labels are part of the key because the cached closure refers
to those very blank nodes). The cache lives in the process; ``cache_dir`` adds
a JSON copy on disk.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from diplograph.rdf.namespaces import OWL, RDF, RDFS

from .exclusions import GTriple, Term
from .owlrl_reference import owlrl_closure

RDF_TYPE = RDF + "type"
RDF_FIRST = RDF + "first"
RDF_REST = RDF + "rest"
RDF_NIL = RDF + "nil"

#: Predicates whose triples are schema triples.
SCHEMA_PREDICATES: frozenset[str] = frozenset(
    [RDFS + n for n in ("subClassOf", "subPropertyOf", "domain", "range")]
    + [
        OWL + n
        for n in (
            "equivalentClass", "equivalentProperty", "inverseOf", "propertyChainAxiom",
            "onProperty", "onClass", "someValuesFrom", "allValuesFrom", "hasValue",
            "maxCardinality", "maxQualifiedCardinality", "cardinality", "minCardinality",
            "intersectionOf", "unionOf", "complementOf", "oneOf", "hasKey",
            "disjointWith", "propertyDisjointWith", "members", "distinctMembers",
            "sourceIndividual", "assertionProperty", "targetIndividual", "targetValue",
        )
    ]
)

#: Objects of ``rdf:type`` that make the triple a schema triple.
SCHEMA_CLASSES: frozenset[str] = frozenset(
    [RDF + "Property", RDFS + "Class", RDFS + "Datatype"]
    + [
        OWL + n
        for n in (
            "Class", "Restriction", "ObjectProperty", "DatatypeProperty", "AnnotationProperty",
            "FunctionalProperty", "InverseFunctionalProperty", "SymmetricProperty",
            "AsymmetricProperty", "TransitiveProperty", "IrreflexiveProperty",
            "ReflexiveProperty", "AllDisjointClasses", "AllDisjointProperties", "AllDifferent",
            "NegativePropertyAssertion",
        )
    ]
)

#: Schema predicates whose object is the head of an RDF list.
LIST_PREDICATES: frozenset[str] = frozenset(
    OWL + n
    for n in (
        "propertyChainAxiom", "intersectionOf", "unionOf", "oneOf", "hasKey", "members",
        "distinctMembers",
    )
)


def is_schema_triple(s: Term, p: Term, o: Term) -> bool:
    """True if (s, p, o) is a schema triple (list cells aside)."""
    if not isinstance(p, ox.NamedNode):
        return False
    if p.value in SCHEMA_PREDICATES:
        return True
    return p.value == RDF_TYPE and isinstance(o, ox.NamedNode) and o.value in SCHEMA_CLASSES


def collect_tbox(store: ox.Store, inferred_graph: str) -> list[GTriple]:
    """Every schema triple of the store outside ``inferred_graph``, with its list cells."""
    inferred = ox.NamedNode(inferred_graph)
    found: set[ox.Triple] = set()

    def scan(s, p, o) -> None:
        for q in store.quads_for_pattern(s, p, o, None):
            if q.graph_name != inferred:
                found.add(q.triple)

    for p in SCHEMA_PREDICATES:
        scan(None, ox.NamedNode(p), None)
    rdf_type = ox.NamedNode(RDF_TYPE)
    for c in SCHEMA_CLASSES:
        scan(None, rdf_type, ox.NamedNode(c))
    # the RDF lists hanging off list-valued schema predicates
    first, rest = ox.NamedNode(RDF_FIRST), ox.NamedNode(RDF_REST)
    todo = [t.object for t in found if t.predicate.value in LIST_PREDICATES]
    seen: set = set()
    while todo:
        node = todo.pop()
        if node in seen or isinstance(node, ox.Literal) or node == ox.NamedNode(RDF_NIL):
            continue
        seen.add(node)
        scan(node, first, None)
        scan(node, rest, None)
        todo.extend(q.object for q in store.quads_for_pattern(node, rest, None, None)
                    if q.graph_name != inferred)
    return [(t.subject, t.predicate, t.object) for t in found]


def tbox_key(triples: Iterable[GTriple]) -> str:
    """SHA-256 of the canonical (sorted, one per line) N-Triples of ``triples``."""
    lines = sorted({f"{s} {p} {o} .\n" for s, p, o in triples})
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


#: Schema predicates whose object is an individual or a literal, not a class or property.
_VALUE_PREDICATES = frozenset(
    OWL + n
    for n in (
        "hasValue", "targetIndividual", "targetValue", "sourceIndividual", "maxCardinality",
        "maxQualifiedCardinality", "cardinality", "minCardinality", "oneOf", "members",
        "distinctMembers",
    )
)


def schema_subjects(triples: Iterable[GTriple]) -> set[Term]:
    """The classes, properties and restrictions a TBox names.

    Subjects of schema triples, their class- or property-valued objects, and
    the members of property chains, intersections, unions and keys. A triple
    whose subject is one of these is a schema triple; every other inferred
    triple is instance data, on which the two engines must agree exactly.
    """
    triples = list(triples)
    firsts = {s: o for s, p, o in triples if p == ox.NamedNode(RDF_FIRST)}
    rests = {s: o for s, p, o in triples if p == ox.NamedNode(RDF_REST)}
    names: set[Term] = set()
    for s, p, o in triples:
        if not is_schema_triple(s, p, o):
            continue
        names.add(s)
        if p.value == RDF_TYPE or p.value in _VALUE_PREDICATES or isinstance(o, ox.Literal):
            continue
        if p.value not in LIST_PREDICATES:
            names.add(o)
            continue
        node, seen = o, set()
        while node in firsts and node not in seen:
            seen.add(node)
            names.add(firsts[node])
            node = rests.get(node)
    return names


@dataclass(frozen=True)
class ClosedTBox:
    key: str
    asserted: frozenset[GTriple]  # the TBox as read from the store
    added: frozenset[GTriple]  # what owlrl adds to it (generalised, unfiltered)

    @property
    def closure(self) -> frozenset[GTriple]:
        return self.asserted | self.added


_CACHE: dict[str, ClosedTBox] = {}
_CACHE_LIMIT = 16


def clear_cache() -> None:
    _CACHE.clear()


def close_tbox(triples: Iterable[GTriple], cache_dir: str | Path | None = None) -> ClosedTBox:
    """The owlrl closure of a TBox, from the cache when the same TBox was closed before."""
    asserted = frozenset(triples)
    key = tbox_key(asserted)
    hit = _CACHE.get(key)
    if hit is not None:
        if cache_dir is not None and not _path(cache_dir, key).exists():
            _write_disk(cache_dir, key, hit.added)
        return hit
    added = _read_disk(cache_dir, key)
    if added is None:
        added = frozenset(owlrl_closure(asserted))
        _write_disk(cache_dir, key, added)
    closed = ClosedTBox(key, asserted, added)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = closed
    return closed


# --- on-disk copy ----------------------------------------------------------------

_CACHE_VERSION = 1


def _encode(term: Term) -> list:
    if isinstance(term, ox.NamedNode):
        return ["I", term.value]
    if isinstance(term, ox.BlankNode):
        return ["B", term.value]
    if term.language:
        return ["L", term.value, None, term.language]
    return ["L", term.value, term.datatype.value, None]


def _decode(item: list) -> Term:
    kind = item[0]
    if kind == "I":
        return ox.NamedNode(item[1])
    if kind == "B":
        return ox.BlankNode(item[1])
    if item[3]:
        return ox.Literal(item[1], language=item[3])
    return ox.Literal(item[1], datatype=ox.NamedNode(item[2]))


def _path(cache_dir: str | Path, key: str) -> Path:
    return Path(cache_dir) / f"tbox-{key}.json"


def _read_disk(cache_dir: str | Path | None, key: str) -> frozenset[GTriple] | None:
    if cache_dir is None:
        return None
    try:
        data = json.loads(_path(cache_dir, key).read_text(encoding="utf-8"))
        if data.get("version") != _CACHE_VERSION or data.get("key") != key:
            return None
        return frozenset(tuple(_decode(x) for x in t) for t in data["added"])
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # a missing or damaged cache file is simply recomputed


def _write_disk(cache_dir: str | Path | None, key: str, added: frozenset[GTriple]) -> None:
    if cache_dir is None:
        return
    path = _path(cache_dir, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        body = {"version": _CACHE_VERSION, "key": key,
                "added": sorted(([_encode(x) for x in t] for t in added), key=json.dumps)}
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(body), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # the cache is an optimisation only
