"""Compile a closed TBox into instance-level OWL 2 RL rules as SPARQL updates (pure).

Each OWL 2 RL rule that can derive instance data becomes one SPARQL ``INSERT
... WHERE`` per body atom (semi-naive evaluation: the atom matched against the
triples that were new in the previous round, written ``GRAPH <DELTA> {...}``;
the other atoms against everything known). The TBox part of a rule is compiled
in as constants, usually one ``VALUES`` table per rule kind: e.g. cax-sco is a
single update joining ``VALUES (?c1 ?c2)`` (every ``rdfs:subClassOf`` pair of
the closed TBox) with the new ``rdf:type`` triples.

The rules run in a private scratch store (see :mod:`.fixpoint`) whose default
graph holds everything known and in which every literal and blank node is
replaced by a surrogate IRI (:class:`TermCodec`): that lets the rules derive
owlrl's generalised triples (a literal as subject) and lets ``VALUES`` name
restriction classes, which are blank nodes. Each update writes its conclusion
both into the default graph and into ``GRAPH <NEW>``, and only when it is not
known yet (``FILTER NOT EXISTS``).

Compiled rules (names from the OWL 2 RL specification, table 4-9):
prp-dom, prp-rng, prp-fp, prp-ifp, prp-symp, prp-trp, prp-spo1 (with prp-eqp1/2,
which the TBox closure turns into sub-properties), prp-spo2 (property chains of
any length), prp-inv1/2, prp-key, cls-int1 (cls-int2 and cls-uni become
sub-classes in the TBox closure), cls-svf1/2, cls-avf, cls-hv1/2, cls-maxc2,
cls-maxqc3/4, cax-sco (with cax-eqc1/2), and, when ``owl:sameAs`` can occur,
eq-sym, eq-trans, eq-rep-s/p/o. Rules that only detect inconsistencies
(cax-dw, prp-irp, cls-com, ...) derive nothing and are not compiled; cls-oo,
cls-thing and the scm-* rules are TBox-only and already in the closure.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import product
from urllib.parse import quote, unquote

import pyoxigraph as ox
from owlrl.XsdDatatypes import OWL_Datatype_Subsumptions, OWL_RL_Datatypes

from diplograph.rdf.namespaces import OWL, RDF, RDFS, XSD

from .exclusions import NON_XSD_DATATYPES, TRIVIAL_CLASSES, GTriple, Term, is_datatype_iri

RDF_TYPE = RDF + "type"
RDF_FIRST = RDF + "first"
RDF_REST = RDF + "rest"
RDF_NIL = RDF + "nil"
OWL_THING = OWL + "Thing"
SAME_AS = OWL + "sameAs"
XSD_STRING = XSD + "string"

SCRATCH = "urn:x-diplograph:reasoning:"
DELTA = SCRATCH + "graph:delta"  # triples new in the previous round
NEW = SCRATCH + "graph:new"  # triples new in this round
BNODE_PREFIX = SCRATCH + "bnode:"
LITERAL_PREFIX = SCRATCH + "literal:"
DELTA_OPEN = f"GRAPH <{DELTA}> "  # the runner deletes it for the first, naive, round

_NUMERIC = frozenset(
    XSD + n
    for n in (
        "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
        "negativeInteger", "int", "long", "short", "byte", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte", "decimal", "float", "double",
    )
)
_RL_DATATYPES = frozenset(str(d) for d in OWL_RL_Datatypes)
_SUBSUMPTIONS = {str(k): tuple(str(v) for v in vs) for k, vs in OWL_Datatype_Subsumptions.items()}


# --------------------------------------------------------------------------- terms


class TermCodec:
    """Surrogate IRIs for blank nodes and literals in the scratch store, and back."""

    def __init__(self) -> None:
        self.literals: dict[str, ox.Literal] = {}

    @staticmethod
    def literal_iri(lit: ox.Literal) -> str:
        digest = hashlib.blake2b(str(lit).encode("utf-8"), digest_size=16).hexdigest()
        return LITERAL_PREFIX + digest

    def encode(self, term: Term) -> ox.NamedNode:
        if isinstance(term, ox.NamedNode):
            return term
        if isinstance(term, ox.BlankNode):
            return ox.NamedNode(BNODE_PREFIX + quote(term.value, safe=""))
        iri = self.literal_iri(term)
        self.literals[iri] = term
        return ox.NamedNode(iri)

    def decode(self, node: ox.NamedNode) -> Term:
        value = node.value
        if value.startswith(SCRATCH):
            if value.startswith(BNODE_PREFIX):
                return ox.BlankNode(unquote(value[len(BNODE_PREFIX):]))
            if value.startswith(LITERAL_PREFIX):
                return self.literals[value]
        return node


def sparql_term(term: Term) -> str:
    """The SPARQL syntax of a TBox constant, after encoding."""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"<{BNODE_PREFIX}{quote(term.value, safe='')}>"
    return f"<{TermCodec.literal_iri(term)}>"


def literal_types(lit: ox.Literal) -> tuple[str, ...]:
    """owlrl's datatype typing of a literal (dt-type2 and datatype subsumption).

    Simple (``xsd:string``) and language-tagged literals are rdflib plain
    literals for owlrl and get no type.
    """
    if lit.language:
        return ()
    dt = lit.datatype.value
    if dt == XSD_STRING or dt not in _RL_DATATYPES:
        return ()
    return (dt, *_SUBSUMPTIONS.get(dt, ()))


def datatype_supertypes(dt: str) -> tuple[str, ...]:
    return _SUBSUMPTIONS.get(dt, ())


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """One SPARQL UPDATE operation; ``first_round`` marks the variant run naively in round 1."""

    name: str
    sparql: str
    first_round: bool = True


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    equality_rules: tuple[Rule, ...]  # eq-*: run when owl:sameAs can occur (see may_derive_same_as)
    may_derive_same_as: bool  # the TBox makes rules derive owl:sameAs (prp-fp, prp-ifp, ...)
    predicates: frozenset[str] | None  # every predicate a rule reads or writes (None: any)
    type_classes: frozenset[str] | None  # every class a rule reads or writes in rdf:type
    body_datatypes: frozenset[str]  # datatypes in rule bodies: literals must be typed
    needs_reflexive_same_as: bool  # a non-eq rule reads owl:sameAs: materialise eq-ref
    notes: tuple[str, ...] = field(default=())  # where the rules knowingly differ from owlrl


class _Builder:
    def __init__(self) -> None:
        self.rules: list[Rule] = []
        self.predicates: set[str] | None = set()
        self.classes: set[str] | None = set()
        self.body_classes: set[str] = set()
        self.body_predicates: set[str] = set()
        self.head_predicates: set[str] | None = set()

    def note_atom(self, atom: tuple[str, str, str], bindings: dict[str, set[str]], body: bool):
        _, p, o = atom
        preds = self._values(p, bindings)
        if preds is None:
            self.predicates = None
            if not body:
                self.head_predicates = None
            return
        if not body and self.head_predicates is not None:
            self.head_predicates |= preds
        if self.predicates is not None:
            self.predicates |= preds
        if body:
            self.body_predicates |= preds
        if RDF_TYPE in preds:
            classes = self._values(o, bindings)
            if classes is None:
                self.classes = None
            else:
                if self.classes is not None:
                    self.classes |= classes
                if body:
                    self.body_classes |= classes

    @staticmethod
    def _values(term: str, bindings: dict[str, set[str]]) -> set[str] | None:
        if term.startswith("<"):
            return {term[1:-1]}
        return bindings.get(term)

    def add(
        self,
        name: str,
        body: list[tuple[str, str, str]],
        head: tuple[str, str, str],
        *,
        values: tuple[tuple[str, ...], list[tuple[Term, ...]]] | None = None,
        filters: tuple[str, ...] = (),
    ) -> None:
        """Add the semi-naive variants of ``body -> head`` (one per body atom)."""
        bindings: dict[str, set[str]] = {}
        values_sparql = ""
        if values is not None:
            names, rows = values
            rows = sorted(set(rows), key=str)
            if not rows:
                return
            for i, var in enumerate(names):
                bindings[var] = {_iri_of(r[i]) for r in rows}
            body_rows = " ".join("(" + " ".join(sparql_term(t) for t in r) + ")" for r in rows)
            values_sparql = f"VALUES ({' '.join(names)}) {{ {body_rows} }}\n"
        for atom in body:
            self.note_atom(atom, bindings, body=True)
        self.note_atom(head, bindings, body=False)
        h = " ".join(head)
        head_vars = " ".join(dict.fromkeys(t for t in head if t.startswith("?")))
        flt = "".join(f"FILTER({f})\n" for f in filters)
        for i, atom in enumerate(body):
            others = "".join(" ".join(a) + " .\n" for j, a in enumerate(body) if j != i)
            # DISTINCT first: many body matches share a conclusion (e.g. every statement
            # about one state gives it the same range types); test each conclusion once
            sparql = (
                f"INSERT {{ {h} . GRAPH <{NEW}> {{ {h} }} }}\nWHERE {{\n"
                f"{{ SELECT DISTINCT {head_vars} WHERE {{\n{values_sparql}"
                f"{DELTA_OPEN}{{ {' '.join(atom)} }}\n{others}{flt}}} }}\n"
                f"FILTER NOT EXISTS {{ {h} }}\n}}"
            )
            self.rules.append(Rule(f"{name}#{i + 1}" if len(body) > 1 else name, sparql, i == 0))


def _iri_of(term: Term) -> str:
    return sparql_term(term)[1:-1]


class _TBox:
    """Index of a closed TBox."""

    def __init__(self, closure: Iterable[GTriple]) -> None:
        self.by_p: dict[str, list[tuple[Term, Term]]] = defaultdict(list)
        for s, p, o in closure:
            if isinstance(p, ox.NamedNode):
                self.by_p[p.value].append((s, o))
        self.firsts = {s: o for s, o in self.by_p[RDF_FIRST]}
        self.rests = {s: o for s, o in self.by_p[RDF_REST]}
        self.objects_of: dict[tuple[Term, str], list[Term]] = defaultdict(list)
        for p, pairs in self.by_p.items():
            for s, o in pairs:
                self.objects_of[(s, p)].append(o)

    def pairs(self, p: str) -> list[tuple[Term, Term]]:
        return self.by_p.get(p, [])

    def subjects_typed(self, cls: str) -> list[Term]:
        return [s for s, o in self.pairs(RDF_TYPE) if o == ox.NamedNode(cls)]

    def objects(self, s: Term, p: str) -> list[Term]:
        return self.objects_of.get((s, p), [])

    def items(self, head: Term) -> list[Term]:
        """Like rdflib's Graph.items: the members of an RDF list."""
        out, seen = [], set()
        node = head
        while node in self.firsts and node not in seen and node != ox.NamedNode(RDF_NIL):
            seen.add(node)
            out.append(self.firsts[node])
            node = self.rests.get(node, ox.NamedNode(RDF_NIL))
        return out


def _integer_value_is(lit: Term, n: int) -> bool:
    """owlrl's ``x.value == n`` for a cardinality literal."""
    if not isinstance(lit, ox.Literal) or lit.language or lit.datatype.value not in _NUMERIC:
        return False
    try:
        return Decimal(lit.value) == n
    except InvalidOperation:
        return False


def _useless_type(cls: Term, body_classes: set[str]) -> bool:
    """``?x rdf:type cls`` is excluded from the output and no rule reads it."""
    if not isinstance(cls, ox.NamedNode):
        return False
    v = cls.value
    excluded = v in TRIVIAL_CLASSES or v == RDFS + "Datatype" or is_datatype_iri(v)
    return excluded and v not in body_classes


def compile_rules(closure: Iterable[GTriple]) -> RuleSet:
    """The instance-level rules of a closed TBox (the owlrl closure of the schema triples)."""
    tb = _TBox(closure)
    type_ = f"<{RDF_TYPE}>"
    same = f"<{SAME_AS}>"
    b = _Builder()
    notes: list[str] = []
    thing = ox.NamedNode(OWL_THING)

    # --- rules whose body reads rdf:type with constant classes first (they define body_classes)
    restrictions_svf = [
        (r, p, y) for r, y in tb.pairs(OWL + "someValuesFrom") for p in tb.objects(r, OWL + "onProperty")
    ]
    svf_thing = [(r, p) for r, p, y in restrictions_svf if y == thing]
    svf = [(r, p, y) for r, p, y in restrictions_svf if y != thing]
    b.add("cls-svf1", [("?u", "?p", "?v"), ("?v", type_, "?y")], ("?u", type_, "?r"),
          values=(("?r", "?p", "?y"), svf))
    b.add("cls-svf2", [("?u", "?p", "?v")], ("?u", type_, "?r"), values=(("?r", "?p"), svf_thing))

    hv = [(r, p, v) for r, v in tb.pairs(OWL + "hasValue") for p in tb.objects(r, OWL + "onProperty")]
    b.add("cls-hv1", [("?u", type_, "?r")], ("?u", "?p", "?v"), values=(("?r", "?p", "?v"), hv))
    b.add("cls-hv2", [("?u", "?p", "?v")], ("?u", type_, "?r"), values=(("?r", "?p", "?v"), hv))

    for c, lst in tb.pairs(OWL + "intersectionOf"):
        members = tb.items(lst)
        if members:
            body = [("?y", type_, sparql_term(m)) for m in members]
            b.add(f"cls-int1 {c}", body, ("?y", type_, sparql_term(c)))

    for r, m in tb.pairs(OWL + "maxCardinality"):
        if _integer_value_is(m, 1):
            rows = [(r, p) for p in tb.objects(r, OWL + "onProperty")]
            b.add("cls-maxc2", [("?u", type_, "?r"), ("?u", "?p", "?y1"), ("?u", "?p", "?y2")],
                  ("?y1", same, "?y2"), values=(("?r", "?p"), rows),
                  filters=("!sameTerm(?y1, ?y2)",))
    for r, m in tb.pairs(OWL + "maxQualifiedCardinality"):
        if not _integer_value_is(m, 1):
            continue
        for p, cc in product(tb.objects(r, OWL + "onProperty"), tb.objects(r, OWL + "onClass")):
            if cc == thing:
                b.add("cls-maxqc4", [("?u", type_, "?r"), ("?u", "?p", "?y1"), ("?u", "?p", "?y2")],
                      ("?y1", same, "?y2"), values=(("?r", "?p"), [(r, p)]),
                      filters=("!sameTerm(?y1, ?y2)",))
            else:
                b.add("cls-maxqc3",
                      [("?u", type_, "?r"), ("?u", "?p", "?y1"), ("?y1", type_, "?c"),
                       ("?u", "?p", "?y2"), ("?y2", type_, "?c")],
                      ("?y1", same, "?y2"), values=(("?r", "?p", "?c"), [(r, p, cc)]),
                      filters=("!sameTerm(?y1, ?y2)",))

    for c, lst in tb.pairs(OWL + "hasKey"):
        keys = tb.items(lst)
        if not keys:
            continue
        body = [("?x", type_, sparql_term(c)), ("?y", type_, sparql_term(c))]
        for i, k in enumerate(keys):
            body += [("?x", sparql_term(k), f"?z{i}"), ("?y", sparql_term(k), f"?z{i}")]
        b.add(f"prp-key {c}", body, ("?x", same, "?y"), filters=("!sameTerm(?x, ?y)",))
        notes.append(
            "owl:hasKey: compiled as in the OWL 2 RL specification; owlrl 7.6 compares only"
            " the first n-1 key properties"
        )

    avf = [(r, p, y) for r, y in tb.pairs(OWL + "allValuesFrom") for p in tb.objects(r, OWL + "onProperty")]

    # body classes known so far + the ones of cax-sco and cls-avf decide which heads are useless
    sco_all = [(c1, c2) for c1, c2 in tb.pairs(RDFS + "subClassOf") if c1 != c2]
    body_classes = set(b.body_classes) | {_iri_of(c1) for c1, _ in sco_all}
    body_classes |= {_iri_of(r) for r, _, _ in avf}

    avf_rows = [(r, p, y) for r, p, y in avf if not _useless_type(y, body_classes)]
    b.add("cls-avf", [("?u", type_, "?r"), ("?u", "?p", "?v")], ("?v", type_, "?y"),
          values=(("?r", "?p", "?y"), avf_rows))

    sco = [(c1, c2) for c1, c2 in sco_all if not _useless_type(c2, body_classes)]
    b.add("cax-sco", [("?x", type_, "?c1")], ("?x", type_, "?c2"), values=(("?c1", "?c2"), sco))

    dom = [(p, c) for p, c in tb.pairs(RDFS + "domain") if not _useless_type(c, body_classes)]
    b.add("prp-dom", [("?x", "?p", "?y")], ("?x", type_, "?c"), values=(("?p", "?c"), dom))
    rng = [(p, c) for p, c in tb.pairs(RDFS + "range") if not _useless_type(c, body_classes)]
    b.add("prp-rng", [("?x", "?p", "?y")], ("?y", type_, "?c"), values=(("?p", "?c"), rng))

    # --- property axioms
    spo = [(p1, p2) for p1, p2 in tb.pairs(RDFS + "subPropertyOf") if p1 != p2]
    b.add("prp-spo1", [("?x", "?p1", "?y")], ("?x", "?p2", "?y"), values=(("?p1", "?p2"), spo))
    inv = [(p1, p2) for p1, p2 in tb.pairs(OWL + "inverseOf")]
    inv = inv + [(p2, p1) for p1, p2 in inv]
    b.add("prp-inv", [("?x", "?p", "?y")], ("?y", "?q", "?x"), values=(("?p", "?q"), inv))
    sym = [(p,) for p in tb.subjects_typed(OWL + "SymmetricProperty")]
    b.add("prp-symp", [("?x", "?p", "?y")], ("?y", "?p", "?x"), values=(("?p",), sym))
    trp = [(p,) for p in tb.subjects_typed(OWL + "TransitiveProperty")]
    b.add("prp-trp", [("?x", "?p", "?y"), ("?y", "?p", "?z")], ("?x", "?p", "?z"),
          values=(("?p",), trp))
    for p, lst in tb.pairs(OWL + "propertyChainAxiom"):
        chain = tb.items(lst)
        if chain:
            body = [(f"?u{i}", sparql_term(pi), f"?u{i + 1}") for i, pi in enumerate(chain)]
            b.add(f"prp-spo2 {p}", body, ("?u0", sparql_term(p), f"?u{len(chain)}"))
    fp = [(p,) for p in tb.subjects_typed(OWL + "FunctionalProperty")]
    b.add("prp-fp", [("?x", "?p", "?y1"), ("?x", "?p", "?y2")], ("?y1", same, "?y2"),
          values=(("?p",), fp), filters=("!sameTerm(?y1, ?y2)",))
    ifp = [(p,) for p in tb.subjects_typed(OWL + "InverseFunctionalProperty")]
    b.add("prp-ifp", [("?x1", "?p", "?y"), ("?x2", "?p", "?y")], ("?x1", same, "?x2"),
          values=(("?p",), ifp), filters=("!sameTerm(?x1, ?x2)",))
    heads = b.head_predicates  # every rule deriving owl:sameAs has it as its head predicate
    may_same = heads is None or SAME_AS in heads
    needs_reflexive = SAME_AS in b.body_predicates

    # --- equality (eq-sym, eq-trans, eq-rep-s/p/o); they read and write any predicate
    eq = _Builder()
    eq.add("eq-sym", [("?x", same, "?y")], ("?y", same, "?x"), filters=("!sameTerm(?x, ?y)",))
    eq.add("eq-trans", [("?x", same, "?y"), ("?y", same, "?z")], ("?x", same, "?z"),
           filters=("!sameTerm(?x, ?z)",))
    eq.add("eq-rep-s", [("?s", same, "?o"), ("?s", "?p", "?v")], ("?o", "?p", "?v"),
           filters=("!sameTerm(?s, ?o)",))
    eq.add("eq-rep-p", [("?s", same, "?o"), ("?x", "?s", "?v")], ("?x", "?o", "?v"),
           filters=("!sameTerm(?s, ?o)", f'!STRSTARTS(STR(?o), "{LITERAL_PREFIX}")'))
    eq.add("eq-rep-o", [("?s", same, "?o"), ("?x", "?p", "?o")], ("?x", "?p", "?s"),
           filters=("!sameTerm(?s, ?o)",))

    body_datatypes = frozenset(
        c for c in b.body_classes if is_datatype_iri(c) and c not in NON_XSD_DATATYPES
    )
    return RuleSet(
        rules=tuple(b.rules),
        equality_rules=tuple(eq.rules),
        may_derive_same_as=may_same,
        predicates=frozenset(b.predicates) if b.predicates is not None else None,
        type_classes=frozenset(b.classes) if b.classes is not None else None,
        body_datatypes=body_datatypes,
        needs_reflexive_same_as=needs_reflexive,
        notes=tuple(dict.fromkeys(notes)),
    )
