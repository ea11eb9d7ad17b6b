"""What never goes into the inferred graph, whichever engine computed it (pure functions).

Both engines compute (generalised) OWL 2 RL closures; before anything is written
the *same* filter, :func:`excluded`, removes triples that are either not RDF at
all or that OWL RL entails for every resource and so carry no information:

``literal-subject``
    A literal in subject position (owlrl derives them from ``rdfs:range``,
    ``owl:inverseOf``, ``owl:SymmetricProperty`` and datatype typing, roughly a
    fifth of its output; RDF 1.1 and pyoxigraph reject them).
``generalised-predicate``
    A blank node or a literal in predicate position (owlrl deletes these itself).
``vocabulary-subject``
    The subject is an IRI in the ``rdf:``, ``rdfs:``, ``owl:`` or ``xsd:``
    namespace: axiomatic triples about the RDF/OWL/XSD vocabulary itself
    (``owl:Thing a owl:Class``, ``rdfs:label a owl:AnnotationProperty``,
    ``xsd:string a rdfs:Datatype``, datatype disjointness, ...).
``reflexive-sameAs``
    ``?x owl:sameAs ?x`` (rule eq-ref, true of every resource).
``trivial-type``
    ``?x rdf:type owl:Thing`` and ``?x rdf:type rdfs:Resource`` (true of every
    individual; owlrl derives the former for every typed resource).
``trivial-schema``
    What rules scm-cls and scm-op state of every class and property:
    ``?c rdfs:subClassOf ?c``, ``?c owl:equivalentClass ?c``,
    ``?c rdfs:subClassOf owl:Thing``, ``?p rdfs:subPropertyOf ?p``,
    ``?p owl:equivalentProperty ?p``.
``datatype-axiom``
    Datatype-axiomatic triples: ``?x rdf:type D`` where ``D`` is a datatype
    (an ``xsd:`` IRI, ``rdfs:Literal``, ``rdf:PlainLiteral``, ``rdf:langString``,
    ``rdf:XMLLiteral``, ``rdf:HTML``, ``rdf:JSON``) and ``?d rdf:type rdfs:Datatype``.
``owlrl-error-report``
    owlrl writes inconsistencies it detects into the closure as blank nodes typed
    ``err:ErrorMessage`` (namespace ``http://www.daml.org/2002/03/agents/agent-ont#``);
    they are reports, not entailments.

``?x rdf:type rdf:Property`` is *not* excluded: OWL RL without axiomatic
triples (owlrl's default, and the rules engine) never derives it for a
predicate merely because it is used, so it only appears when the data or the
ontology entail it, and then both engines agree on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from diplograph.rdf.namespaces import OWL, RDF, RDFS, XSD

RDF_TYPE = RDF + "type"
OWL_SAME_AS = OWL + "sameAs"
OWLRL_ERROR_NS = "http://www.daml.org/2002/03/agents/agent-ont#"
REFLEXIVE_SCHEMA: frozenset[str] = frozenset(
    {RDFS + "subClassOf", OWL + "equivalentClass", RDFS + "subPropertyOf", OWL + "equivalentProperty"}
)

VOCABULARY_NAMESPACES: tuple[str, ...] = (RDF, RDFS, OWL, XSD)
TRIVIAL_CLASSES: frozenset[str] = frozenset({OWL + "Thing", RDFS + "Resource"})
NON_XSD_DATATYPES: frozenset[str] = frozenset(
    {
        RDFS + "Literal",
        RDF + "PlainLiteral",
        RDF + "langString",
        RDF + "XMLLiteral",
        RDF + "HTML",
        RDF + "JSON",
    }
)

#: (name, description) of every exclusion, in the order :func:`excluded` tests them.
EXCLUSIONS: tuple[tuple[str, str], ...] = (
    ("literal-subject", "a literal as subject (generalised RDF)"),
    ("generalised-predicate", "a blank node or literal as predicate (generalised RDF)"),
    ("vocabulary-subject", "subject is an rdf:, rdfs:, owl: or xsd: IRI (axiomatic vocabulary)"),
    ("reflexive-sameAs", "?x owl:sameAs ?x"),
    ("trivial-type", "?x rdf:type owl:Thing | rdfs:Resource"),
    ("trivial-schema", "?c rdfs:subClassOf ?c | owl:Thing, ?c owl:equivalentClass ?c, ..."),
    ("datatype-axiom", "?x rdf:type <datatype>, ?d rdf:type rdfs:Datatype"),
    ("owlrl-error-report", "owlrl's err:ErrorMessage inconsistency reports"),
)

Term = ox.NamedNode | ox.BlankNode | ox.Literal
GTriple = tuple[Term, Term, Term]  # a generalised triple: any term in any position


def is_datatype_iri(iri: str) -> bool:
    """True for the IRIs the exclusions treat as datatypes."""
    return iri.startswith(XSD) or iri in NON_XSD_DATATYPES


def excluded(s: Term, p: Term, o: Term) -> str | None:
    """The name of the first exclusion the (generalised) triple falls under, or None."""
    if isinstance(s, ox.Literal):
        return "literal-subject"
    if not isinstance(p, ox.NamedNode):
        return "generalised-predicate"
    if isinstance(s, ox.NamedNode) and s.value.startswith(VOCABULARY_NAMESPACES):
        return "vocabulary-subject"
    pv = p.value
    if pv == OWL_SAME_AS and s == o:
        return "reflexive-sameAs"
    if pv in REFLEXIVE_SCHEMA and (
        s == o or (pv == RDFS + "subClassOf" and o == ox.NamedNode(OWL + "Thing"))
    ):
        return "trivial-schema"
    if pv == RDF_TYPE and isinstance(o, ox.NamedNode):
        ov = o.value
        if ov in TRIVIAL_CLASSES:
            return "trivial-type"
        if ov == RDFS + "Datatype" or is_datatype_iri(ov):
            return "datatype-axiom"
    if pv.startswith(OWLRL_ERROR_NS) or (
        isinstance(o, ox.NamedNode) and o.value.startswith(OWLRL_ERROR_NS)
    ):
        return "owlrl-error-report"
    return None


def keep(triples: Iterable[GTriple]) -> Iterator[ox.Triple]:
    """The triples no exclusion applies to, as pyoxigraph triples.

    Same answer as :func:`excluded`, faster on large outputs: what only depends
    on the subject, the predicate or a type's class is decided once per term.
    """
    plain_subject: dict[Term, bool] = {}  # neither a literal nor a vocabulary IRI
    ordinary_class: dict[Term, bool] = {}  # not trivial, not a datatype, not an error report
    special_predicates = REFLEXIVE_SCHEMA | {OWL_SAME_AS, RDF_TYPE}
    plain_predicate: dict[Term, bool] = {}
    for s, p, o in triples:
        ok = plain_subject.get(s)
        if ok is None:
            ok = plain_subject[s] = not isinstance(s, ox.Literal) and not (
                isinstance(s, ox.NamedNode) and s.value.startswith(VOCABULARY_NAMESPACES))
        if not ok:
            continue
        simple = plain_predicate.get(p)
        if simple is None:
            simple = plain_predicate[p] = isinstance(p, ox.NamedNode) and (
                p.value not in special_predicates and not p.value.startswith(OWLRL_ERROR_NS))
        if simple:
            if not (isinstance(o, ox.NamedNode) and o.value.startswith(OWLRL_ERROR_NS)):
                yield ox.Triple(s, p, o)
            continue
        if isinstance(p, ox.NamedNode) and p.value == RDF_TYPE and isinstance(o, ox.NamedNode):
            fine = ordinary_class.get(o)
            if fine is None:
                fine = ordinary_class[o] = excluded(s, p, o) is None
            if fine:
                yield ox.Triple(s, p, o)
            continue
        if excluded(s, p, o) is None:
            yield ox.Triple(s, p, o)


def instance_triples(triples: Iterable[ox.Triple], schema_subjects: set) -> set[ox.Triple]:
    """The triples whose subject is not a class or property the ontology declares.

    This is the part of the inferred graph on which the engines are required to
    agree exactly (see :func:`diplograph.reasoning.tbox.schema_subjects`).
    """
    return {t for t in triples if t.subject not in schema_subjects}
