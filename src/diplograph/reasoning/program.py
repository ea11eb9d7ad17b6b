"""A closed TBox as lookup tables for the Python forward/backward rule engine (pure).

The OWL 2 RL rules diplograph's ontology needs on instance data are eight:
cax-sco, prp-dom, prp-rng, prp-spo1, prp-inv1/2, prp-symp, prp-trp and prp-spo2
(property chains). For them a rule is a table lookup: the superclasses of a
class, the domains of a property, ... (forward, :func:`.engine.consequences`),
or, read backwards, the ways one triple can be derived in one step
(:func:`.engine.derivable`, used to re-derive after a deletion).

:func:`program_for` builds the tables from a closed TBox, or says why it cannot
(the TBox needs a rule outside the eight: restrictions, keys, functional
properties, equality, datatype reasoning); then the SPARQL-compiled engine of
:mod:`.rules` runs instead. Head classes that are excluded from the output and
read by no rule (``owl:Thing``, datatypes) are dropped, exactly as
:func:`.rules.compile_rules` drops them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from diplograph.rdf.namespaces import OWL, RDFS

from .exclusions import TRIVIAL_CLASSES, GTriple, Term
from .rules import RuleSet, _TBox, _useless_type, sparql_term

#: The compiled rule kinds (names from :mod:`.rules`) the tables implement.
SUPPORTED_RULES = frozenset(
    {"cax-sco", "prp-dom", "prp-rng", "prp-spo1", "prp-inv", "prp-symp", "prp-trp", "prp-spo2"}
)

Pairs = dict[Term, tuple[Term, ...]]


@dataclass(frozen=True)
class Program:
    """Forward tables (key -> what it entails) and their inverses (for re-derivation)."""

    superclasses: Pairs  # cax-sco: class -> its superclasses
    domains: Pairs  # prp-dom: property -> classes of its subjects
    ranges: Pairs  # prp-rng: property -> classes of its objects
    superproperties: Pairs  # prp-spo1
    inverses: Pairs  # prp-inv1/2, both directions
    symmetric: frozenset[Term]
    transitive: frozenset[Term]
    chains: tuple[tuple[Term, tuple[Term, ...]], ...]  # prp-spo2: (head, links)
    links: dict[Term, tuple[tuple[int, int], ...]]  # property -> (chain index, position)
    # backwards: what each conclusion can come from
    subclasses: Pairs
    domain_of: Pairs  # class -> properties whose domain it is
    range_of: Pairs
    subproperties: Pairs
    chains_by_head: dict[Term, tuple[tuple[Term, ...], ...]]

    @property
    def join_predicates(self) -> frozenset[Term]:
        """Predicates a two-atom rule joins on (need subject and object indexes)."""
        return self.transitive | frozenset(p for _, links in self.chains for p in links)


def _table(pairs: Iterable[tuple[Term, Term]]) -> Pairs:
    out: dict[Term, list[Term]] = defaultdict(list)
    for k, v in pairs:
        if v not in out[k]:
            out[k].append(v)
    return {k: tuple(v) for k, v in out.items()}


def _flip(pairs: list[tuple[Term, Term]]) -> list[tuple[Term, Term]]:
    return [(b, a) for a, b in pairs]


def unsupported(ruleset: RuleSet) -> str | None:
    """Why the tables cannot run this rule set (None: they can)."""
    kinds = {r.name.split("#")[0].split(" ")[0] for r in ruleset.rules}
    extra = sorted(kinds - SUPPORTED_RULES)
    if extra:
        return f"the TBox needs rules {', '.join(extra)}"
    if ruleset.may_derive_same_as or ruleset.needs_reflexive_same_as:
        return "the TBox makes rules derive or read owl:sameAs"
    if ruleset.body_datatypes:
        return "rules read datatype memberships of literals"
    return None


def program_for(closure: Iterable[GTriple], ruleset: RuleSet) -> tuple[Program | None, str | None]:
    """The tables of a closed TBox, or (None, reason) when they cannot reproduce ``ruleset``."""
    reason = unsupported(ruleset)
    if reason:
        return None, reason
    tb = _TBox(closure)
    sco_all = [(c1, c2) for c1, c2 in tb.pairs(RDFS + "subClassOf") if c1 != c2]
    body_classes = {sparql_term(c1)[1:-1] for c1, _ in sco_all}
    if body_classes & TRIVIAL_CLASSES:
        return None, "a rule reads owl:Thing or rdfs:Resource memberships"

    def useful(pairs):
        return [(k, c) for k, c in pairs if not _useless_type(c, body_classes)]

    sco = useful(sco_all)
    dom = useful(tb.pairs(RDFS + "domain"))
    rng = useful(tb.pairs(RDFS + "range"))
    spo = [(p1, p2) for p1, p2 in tb.pairs(RDFS + "subPropertyOf") if p1 != p2]
    inv = list(tb.pairs(OWL + "inverseOf"))
    inv = inv + _flip(inv)
    chains = []
    for p, lst in tb.pairs(OWL + "propertyChainAxiom"):
        members = tuple(tb.items(lst))
        if members:
            chains.append((p, members))
    chains = tuple(dict.fromkeys(chains))
    links: dict[Term, list[tuple[int, int]]] = defaultdict(list)
    by_head: dict[Term, list[tuple[Term, ...]]] = defaultdict(list)
    for i, (head, members) in enumerate(chains):
        by_head[head].append(members)
        for pos, p in enumerate(members):
            links[p].append((i, pos))
    return Program(
        superclasses=_table(sco),
        domains=_table(dom),
        ranges=_table(rng),
        superproperties=_table(spo),
        inverses=_table(inv),
        symmetric=frozenset(tb.subjects_typed(OWL + "SymmetricProperty")),
        transitive=frozenset(tb.subjects_typed(OWL + "TransitiveProperty")),
        chains=chains,
        links={k: tuple(v) for k, v in links.items()},
        subclasses=_table(_flip(sco)),
        domain_of=_table(_flip(dom)),
        range_of=_table(_flip(rng)),
        subproperties=_table(_flip(spo)),
        chains_by_head={k: tuple(v) for k, v in by_head.items()},
    ), None


def is_generalised(t: GTriple) -> bool:
    """A triple RDF cannot hold (a literal subject): the store cannot keep it between runs."""
    return isinstance(t[0], ox.Literal) or not isinstance(t[1], ox.NamedNode)
