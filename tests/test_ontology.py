"""ontology/: the ontology, SKOS vocabularies and SHACL shapes parse, are documented, validate, infer."""

from __future__ import annotations

import importlib.util
import re
import sys
import warnings
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import rdflib
import rdflib.collection
from rdflib import OWL, RDF, RDFS, SKOS, Literal, Namespace, URIRef

from diplograph.rdf import namespaces as ns
from diplograph.resources import PROJECT_ROOT, ontology_dir, queries_dir
from tests.conftest import shared_path

DG = Namespace(ns.DG)
ID = Namespace(ns.ID)
SH = Namespace(ns.SH)
ONTOLOGY = ontology_dir()
SHAPES = ONTOLOGY / "shapes"
VOCAB = ONTOLOGY / "vocab"
ALL_TTL = sorted(ONTOLOGY.rglob("*.ttl"))
VOCAB_FILES = ("plover.ttl", "cameo.ttl", "modes.ttl", "modality.ttl", "roles.ttl", "relations.ttl")
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)

# Terms the RDF mapping relies on (the brief); more may be added, none may go.
CLASSES = [
    "Actor",
    "State",
    "Person",
    "Organization",
    "InternationalOrganization",
    "OrganizationBody",
    "Coalition",
    "CollectiveActor",
    "RoleHolding",
    "Article",
    "Mention",
    "Claim",
    "Statement",
    "Stance",
    "Event",
    "RelationClaim",
    "Issue",
    "BuildRun",
]
OBJECT_PROPERTIES = [
    "holdsRole",
    "isHeldBy",
    "hasRoleType",
    "isRoleFor",
    "speaksFor",
    "isMemberOf",
    "hasMember",
    "isPartOf",
    "hasPart",
    "maintainsRelationsWith",
    "isPartnerOf",
    "isAllyOf",
    "isExtractedFrom",
    "hasMention",
    "isMentionIn",
    "denotes",
    "hasEvidence",
    "hasTrigger",
    "hasContentMention",
    "hasSpeakerMention",
    "attributedTo",
    "hasSpeaker",
    "hasHolder",
    "isClaimedBy",
    "isMadeInRole",
    "isOnBehalfOf",
    "isExpressedIn",
    "expresses",
    "hasStanceTarget",
    "hasAddressee",
    "concernsActor",
    "hasIssueTargetActor",
    "hasStanceType",
    "hasEventType",
    "hasEventMode",
    "hasModality",
    "hasCameoCode",
    "hasRelationType",
    "hasParticipant",
    "hasSourceActor",
    "hasTargetActor",
    "involves",
    "hasSubjectActor",
    "hasObjectActor",
    "occursIn",
    "isPublishedBy",
    "wasGeneratedByRun",
    "hasWikidataEntity",
]
DATATYPE_PROPERTIES = [
    "hasText",
    "hasContentHash",
    "hasDatelinePlace",
    "hasCorpusId",
    "beginIndex",
    "endIndex",
    "hasAnchorText",
    "hasQuote",
    "hasReportingVerb",
    "isDirectQuote",
    "hasPolarity",
    "hasCue",
    "hasConfidence",
    "hasExtractorVersion",
    "hasEventDate",
    "hasEventDateText",
    "hasPlaceText",
    "isNegated",
    "hasValidFrom",
    "hasValidTo",
    "hasIso3Code",
    "hasIso2Code",
    "hasCowCode",
    "hasWikidataId",
    "hasGoldsteinScore",
]
ROLES = [
    "head-of-state",
    "head-of-government",
    "foreign-minister",
    "deputy-foreign-minister",
    "vice-president",
    "defence-minister",
    "spokesperson",
    "permanent-representative-un",
    "secretary-general",
    "high-representative",
    "president-of-commission",
    "minister",
    "ambassador",
    "national-security-advisor",
    "official",
    "president-of-council",
]
MODES = [
    "visit",
    "meet",
    "call",
    "summit",
    "resolution",
    "agreement",
    "economic-sanction",
    "diplomatic",
    "military",
]
MODALITIES = ["asserted", "planned", "hypothetical", "negated", "historical"]
RELATIONS = {
    "MEMBER_OF": "isMemberOf",
    "ALLY_OF": "isAllyOf",
    "PARTNER_OF": "isPartnerOf",
    "HOLDS_ROLE": "holdsRole",
    "DIPLOMATIC_RELATIONS": "maintainsRelationsWith",
}

PREFIXES = "\n".join(f"@prefix {p}: <{iri}> ." for p, iri in ns.PREFIXES.items())


def quiet(fn, *args, **kwargs):
    """Run owlrl / pyshacl without their deprecation noise (warnings are errors in pytest)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return fn(*args, **kwargs)


@cache
def ontology_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "diplograph.ttl", format="turtle")


@cache
def vocab_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    for name in VOCAB_FILES:
        g.parse(VOCAB / name, format="turtle")
    return g


def ontology_and_vocab() -> rdflib.Graph:
    g = rdflib.Graph()
    for source in (ontology_graph(), vocab_graph()):
        for t in source:
            g.add(t)
    return g


def dg_terms(g: rdflib.Graph) -> set[URIRef]:
    return {
        s
        for t in TERM_TYPES
        for s in g.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s.startswith(ns.DG)
    }


def shacl(data: rdflib.Graph, shapes: str) -> tuple[bool, rdflib.Graph]:
    import pyshacl

    shapes_graph = rdflib.Graph().parse(SHAPES / shapes, format="turtle")
    conforms, report, _text = quiet(
        pyshacl.validate, data, shacl_graph=shapes_graph, inference="none"
    )
    return bool(conforms), report


def violations(report: rdflib.Graph) -> list[tuple[URIRef, URIRef | None, URIRef]]:
    """(focus node, result path, constraint component) of every result, sorted."""
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out.append(
            (
                report.value(r, SH.focusNode),
                report.value(r, SH.resultPath),
                report.value(r, SH.sourceConstraintComponent),
            )
        )
    return sorted(out, key=str)


def load_file(name: str, path: Path):
    """Import a module from a file that is not on sys.path (dataclasses need sys.modules)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def closure(abox: str) -> rdflib.Graph:
    import owlrl

    g = rdflib.Graph()
    for t in ontology_graph():
        g.add(t)
    g.parse(data=PREFIXES + "\n" + abox, format="turtle")
    quiet(owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand, g)
    return g


# --- parsing --------------------------------------------------------------------------------


def test_expected_files_exist():
    names = {p.relative_to(ONTOLOGY).as_posix() for p in ALL_TTL}
    expected = {"diplograph.ttl", "shapes/data.ttl", "shapes/ontology.ttl"}
    expected |= {f"vocab/{n}" for n in VOCAB_FILES}
    assert expected <= names
    assert (ONTOLOGY / "README.md").exists()


@pytest.mark.parametrize("path", ALL_TTL, ids=lambda p: p.relative_to(ONTOLOGY).as_posix())
def test_turtle_parses(path: Path):
    import pyoxigraph as ox

    g = rdflib.Graph().parse(path, format="turtle")
    assert len(g) > 10
    # the build loads the same files with pyoxigraph
    assert sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)) == len(g)


# --- the ontology -----------------------------------------------------------------------------


def test_ontology_header():
    g = ontology_graph()
    onto = URIRef(ns.BASE + "ontology")
    assert (onto, RDF.type, OWL.Ontology) in g
    assert g.value(onto, OWL.versionInfo) == Literal("0.3.0")
    assert g.value(onto, OWL.versionIRI) == URIRef(ns.BASE + "ontology/0.3.0")
    dct = Namespace(ns.DCTERMS)
    assert g.value(onto, dct.license) == URIRef("https://opensource.org/licenses/MIT")
    for p in (dct.title, dct.description, dct.created):
        assert g.value(onto, p) is not None


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (CLASSES, OWL.Class),
        (OBJECT_PROPERTIES, OWL.ObjectProperty),
        (DATATYPE_PROPERTIES, OWL.DatatypeProperty),
    ],
    ids=["classes", "object-properties", "datatype-properties"],
)
def test_required_terms_declared(names, kind):
    g = ontology_graph()
    missing = [n for n in names if (DG[n], RDF.type, kind) not in g]
    assert not missing


def test_every_dg_term_has_label_and_definition():
    g = ontology_graph()
    terms = dg_terms(g)
    assert len(terms) >= len(CLASSES) + len(OBJECT_PROPERTIES) + len(DATATYPE_PROPERTIES)
    for term in terms:
        assert g.value(term, RDFS.label) is not None, term
        definition = g.value(term, SKOS.definition) or g.value(term, RDFS.comment)
        assert definition is not None and len(str(definition)) > 10, term


def test_every_dg_iri_used_is_declared():
    g = ontology_and_vocab()
    declared = dg_terms(ontology_graph())
    used = {n for t in g for n in t if isinstance(n, URIRef) and n.startswith(ns.DG)}
    assert used - declared == set()


def test_naming_conventions():
    g = ontology_graph()
    for term in dg_terms(g):
        local = term[len(ns.DG) :]
        if (term, RDF.type, OWL.Class) in g:
            assert re.fullmatch(r"[A-Z][A-Za-z]+", local), local
        else:
            assert re.fullmatch(r"[a-z][A-Za-z0-9]+", local), local


def test_stays_small_for_rule_inference():
    """OWL 2 RL, and nothing that makes rule-based inference expensive."""
    g = ontology_graph()
    for forbidden in (
        OWL.FunctionalProperty,
        OWL.InverseFunctionalProperty,
        OWL.sameAs,
        OWL.someValuesFrom,
        OWL.unionOf,
        OWL.minCardinality,
        OWL.cardinality,
        OWL.imports,
    ):
        assert not any(forbidden in t for t in g), forbidden
    # union-typed domains would type unrelated nodes: properties shared by claims, articles and
    # runs have no domain at all
    for p in ("hasExtractorVersion", "isExtractedFrom", "wasGeneratedByRun", "hasBuildFingerprint"):
        assert g.value(DG[p], RDFS.domain) is None


def test_alignments():
    g = ontology_graph()
    prov, schema = Namespace(ns.PROV), Namespace(ns.SCHEMA)
    dct = Namespace(ns.DCTERMS)
    for sub, sup in [
        (DG.Actor, prov.Agent),
        (DG.State, schema.Country),
        (DG.Person, prov.Person),
        (DG.Person, schema.Person),
        (DG.Organization, prov.Organization),
        (DG.Article, schema.NewsArticle),
        (DG.Claim, prov.Entity),
        (DG.BuildRun, prov.Activity),
    ]:
        assert (sub, RDFS.subClassOf, sup) in g
    for sub, sup in [
        (DG.isExtractedFrom, prov.wasDerivedFrom),
        (DG.attributedTo, prov.wasAttributedTo),
        (DG.isPublishedBy, dct.publisher),
        (DG.wasGeneratedByRun, prov.wasGeneratedBy),
        (DG.occursIn, schema.location),
        (DG.hasWikidataEntity, schema.sameAs),
    ]:
        assert (sub, RDFS.subPropertyOf, sup) in g
    # external terms are declared, not imported
    for term in (prov.Agent, schema.Country, prov.wasAttributedTo, SKOS.Concept):
        assert any((term, RDF.type, t) in g for t in TERM_TYPES)


def test_readme_documents_every_term():
    text = (ONTOLOGY / "README.md").read_text(encoding="utf-8")
    missing = [t for t in dg_terms(ontology_graph()) if f"dg:{t[len(ns.DG) :]}" not in text]
    assert not missing
    assert "```mermaid" in text


# --- SHACL: the ontology itself ---------------------------------------------------------------


def test_ontology_passes_its_shapes():
    conforms, report = shacl(ontology_and_vocab(), "ontology.ttl")
    assert conforms, violations(report)


def test_ontology_shapes_catch_undocumented_terms():
    g = ontology_and_vocab()
    g.add((DG.Undocumented, RDF.type, OWL.Class))  # no label, no definition
    g.add((DG.hasNothing, RDF.type, OWL.ObjectProperty))
    g.add((DG.hasNothing, RDFS.label, Literal("has nothing", lang="en")))
    g.add((URIRef("http://example.org/External"), RDF.type, OWL.Class))  # not ours: ignored
    g.add((URIRef(ns.MODE + "bare"), RDF.type, SKOS.Concept))  # no label, no scheme
    conforms, report = shacl(g, "ontology.ttl")
    assert not conforms
    focus = [f for f, _, _ in violations(report)]
    assert sorted(focus) == sorted(
        [DG.Undocumented, DG.hasNothing, URIRef(ns.MODE + "bare"), URIRef(ns.MODE + "bare")]
    )


# --- SHACL: extracted data --------------------------------------------------------------------

VALID_DATA = r"""
dgid:state\/RUS a dg:State ; rdfs:label "Russia" ; dg:hasIso3Code "RUS" ; dg:hasWikidataId "Q159" .
dgid:state\/CUB a dg:State ; rdfs:label "Cuba" ; dg:hasIso3Code "CUB" .
dgid:person\/sergey-lavrov a dg:Person ; rdfs:label "Sergey Lavrov" ;
    dg:holdsRole dgid:role\/lavrov-fm .
dgid:role\/lavrov-fm a dg:RoleHolding ; dg:isHeldBy dgid:person\/sergey-lavrov ;
    dg:isRoleFor dgid:state\/RUS ; dg:hasRoleType role:foreign-minister ;
    dg:hasValidFrom "2004-03-09"^^xsd:date .
dgid:issue\/sanctions a dg:Issue ; rdfs:label "unilateral sanctions" ;
    dg:hasIssueTargetActor dgid:state\/CUB .

dgid:article\/a1 a dg:Article ; dg:hasText "Lavrov said Russia opposes sanctions." ;
    dg:hasContentHash "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
    dcterms:title "Lavrov on Cuba" ; dcterms:date "2025-05-07"^^xsd:date .
dgid:mention\/a1\/0-37 a dg:Mention ; dg:isMentionIn dgid:article\/a1 ;
    dg:beginIndex "0"^^xsd:integer ; dg:endIndex "37"^^xsd:integer .
dgid:mention\/a1\/0-6 a dg:Mention ; dg:isMentionIn dgid:article\/a1 ;
    dg:beginIndex "0"^^xsd:integer ; dg:endIndex "6"^^xsd:integer ;
    dg:hasAnchorText "Lavrov" ; dg:denotes dgid:person\/sergey-lavrov .

dgid:claim\/s1 a dg:Statement ; dg:isExtractedFrom dgid:article\/a1 ;
    dg:hasEvidence dgid:mention\/a1\/0-37 ; dg:hasTrigger dgid:mention\/a1\/0-6 ;
    dg:hasConfidence "0.90"^^xsd:decimal ; dg:hasSpeaker dgid:person\/sergey-lavrov ;
    dg:hasQuote "Russia opposes sanctions" ; dg:isDirectQuote false ;
    dg:isMadeInRole dgid:role\/lavrov-fm .
dgid:claim\/st1 a dg:Stance ; dg:isExtractedFrom dgid:article\/a1 ;
    dg:hasEvidence dgid:mention\/a1\/0-37 ; dg:hasConfidence "0.75"^^xsd:decimal ;
    dg:hasHolder dgid:state\/RUS ; dg:hasStanceType plover:DISAPPROVE ; dg:hasPolarity -1 ;
    dg:hasCameoCode cameo:111 ;
    dg:hasStanceTarget dgid:issue\/sanctions ; dg:isExpressedIn dgid:claim\/s1 .
dgid:claim\/e1 a dg:Event ; dg:isExtractedFrom dgid:article\/a1 ;
    dg:hasEvidence dgid:mention\/a1\/0-37 ; dg:hasConfidence "1.0"^^xsd:decimal ;
    dg:hasEventType plover:CONSULT ; dg:hasEventMode mode:visit ; dg:hasModality modality:planned ;
    dg:hasSourceActor dgid:person\/sergey-lavrov ; dg:hasTargetActor dgid:state\/CUB ;
    dg:hasEventDate "2025-05"^^xsd:gYearMonth ; dg:occursIn dgid:state\/CUB .
dgid:claim\/r1 a dg:RelationClaim ; dg:isExtractedFrom dgid:article\/a1 ;
    dg:hasEvidence dgid:mention\/a1\/0-37 ; dg:hasRelationType relation:PARTNER_OF ;
    dg:hasSubjectActor dgid:state\/RUS ; dg:hasObjectActor dgid:state\/CUB .
"""


def data_graph(turtle: str) -> rdflib.Graph:
    """The data as `diplograph validate` sees it: with the ontology and vocabularies."""
    g = ontology_and_vocab()
    g.parse(data=PREFIXES + "\n" + turtle, format="turtle")
    return g


def test_valid_data_conforms():
    conforms, report = shacl(data_graph(VALID_DATA), "data.ttl")
    assert conforms, violations(report)


def test_invalid_data_fails_with_the_expected_violations():
    invalid = (
        VALID_DATA.replace(r"dg:hasSpeaker dgid:person\/sergey-lavrov ;", "")
        .replace(
            'dg:beginIndex "0"^^xsd:integer ; dg:endIndex "6"',
            'dg:beginIndex "9"^^xsd:integer ; dg:endIndex "6"',
        )
        .replace("dg:hasPolarity -1", "dg:hasPolarity 2")
    )
    assert invalid.count("hasSpeaker") == 0 and "hasPolarity 2" in invalid
    conforms, report = shacl(data_graph(invalid), "data.ttl")
    assert not conforms
    shc = Namespace(ns.SH)
    assert violations(report) == sorted(
        [
            (ID["claim/s1"], DG.hasSpeaker, shc.MinCountConstraintComponent),
            (ID["mention/a1/0-6"], DG.beginIndex, shc.LessThanOrEqualsConstraintComponent),
            (ID["claim/st1"], DG.hasPolarity, shc.InConstraintComponent),
        ],
        key=str,
    )


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ('"0.90"^^xsd:decimal', '"1.5"^^xsd:decimal', DG.hasConfidence),
        ('"Q159"', '"159"', DG.hasWikidataId),
        ('dg:hasIso3Code "CUB"', 'dg:hasIso3Code "Cub"', DG.hasIso3Code),
        ("modality:planned", "modality:maybe", DG.hasModality),
        (
            '"2004-03-09"^^xsd:date .',
            '"2004-03-09"^^xsd:date ; dg:hasValidTo "2001-01-01"^^xsd:date .',
            DG.hasValidFrom,
        ),
        ('rdfs:label "Cuba" ;', "", RDFS.label),
        (r"dg:hasTargetActor dgid:state\/CUB ;", "", None),
        (r"dg:hasSourceActor dgid:person\/sergey-lavrov ;", "", None),
    ],
)
def test_single_violations(old, new, path):
    assert old in VALID_DATA
    conforms, report = shacl(data_graph(VALID_DATA.replace(old, new)), "data.ttl")
    if path is None:  # removing one of two participants is fine
        assert conforms, violations(report)
        return
    assert not conforms
    assert [p for _, p, _ in violations(report)] == [path]


def test_event_needs_a_participant():
    data = VALID_DATA.replace(r"dg:hasSourceActor dgid:person\/sergey-lavrov ;", "").replace(
        r"dg:hasTargetActor dgid:state\/CUB ;", ""
    )
    conforms, report = shacl(data_graph(data), "data.ttl")
    assert not conforms
    assert [(f, c) for f, _, c in violations(report)] == [
        (ID["claim/e1"], SH.MinCountConstraintComponent)
    ]


def test_modality_shape_lists_the_modality_scheme():
    shapes = rdflib.Graph().parse(SHAPES / "data.ttl", format="turtle")
    lists = [o for o in shapes.objects(None, SH["in"])]
    in_shape = {frozenset(rdflib.collection.Collection(shapes, lst)) for lst in lists}
    concepts = frozenset(vocab_graph().subjects(SKOS.inScheme, URIRef(ns.MODALITY + "scheme")))
    assert concepts in in_shape


# --- OWL-RL inference -------------------------------------------------------------------------

ABOX = r"""
dgid:person\/sergey-lavrov a dg:Person ; dg:holdsRole dgid:role\/r .
dgid:role\/r dg:isRoleFor dgid:state\/RUS .
dgid:claim\/statement dg:hasSpeaker dgid:person\/sergey-lavrov ; dg:isMadeInRole dgid:role\/r .
dgid:claim\/stance dg:isExpressedIn dgid:claim\/statement ; dg:isMadeInRole dgid:role\/r ;
    dg:hasStanceTarget dgid:state\/USA .
dgid:claim\/reported dg:isExpressedIn dgid:claim\/statement ; dg:hasHolder dgid:state\/CUB .
dgid:state\/RUS dg:isMemberOf dgid:org\/BRICS , dgid:org\/UNSC .
dgid:org\/UNSC dg:isPartOf dgid:org\/UN .
dgid:org\/UN dg:isPartOf dgid:org\/UN-system .
dgid:state\/RUS dg:isAllyOf dgid:state\/BLR .
dgid:claim\/event dg:hasSourceActor dgid:state\/RUS ; dg:hasTargetActor dgid:state\/CUB .
dgid:article\/a dg:hasExtractorVersion "1" ; dg:hasMention dgid:mention\/a\/0-5 .
dgid:mention\/a\/0-5 dg:isExtractedFrom dgid:article\/a .
"""


@pytest.fixture(scope="module")
def inferred() -> rdflib.Graph:
    return closure(ABOX)


@pytest.mark.parametrize(
    ("s", "p", "o"),
    [
        # roles: who speaks for whom, and on whose behalf a claim is made
        ("person/sergey-lavrov", "speaksFor", "state/RUS"),
        ("role/r", "isHeldBy", "person/sergey-lavrov"),
        ("claim/statement", "isOnBehalfOf", "state/RUS"),
        ("claim/stance", "isOnBehalfOf", "state/RUS"),
        ("claim/stance", "attributedTo", "state/RUS"),
        ("claim/statement", "attributedTo", "person/sergey-lavrov"),
        ("claim/statement", "involves", "person/sergey-lavrov"),
        ("claim/statement", "expresses", "claim/stance"),
        # memberships and parts
        ("org/BRICS", "hasMember", "state/RUS"),
        ("org/UN", "hasMember", "state/RUS"),
        ("state/RUS", "isMemberOf", "org/UN"),
        ("org/UNSC", "isPartOf", "org/UN-system"),
        ("org/UN-system", "hasPart", "org/UNSC"),
        # relations: symmetric, ally => partner => relations
        ("state/BLR", "isAllyOf", "state/RUS"),
        ("state/RUS", "isPartnerOf", "state/BLR"),
        ("state/BLR", "isPartnerOf", "state/RUS"),
        ("state/RUS", "maintainsRelationsWith", "state/BLR"),
        ("state/BLR", "maintainsRelationsWith", "state/RUS"),
        # participants
        ("claim/event", "hasParticipant", "state/CUB"),
        ("claim/event", "involves", "state/RUS"),
        ("mention/a/0-5", "isMentionIn", "article/a"),
    ],
)
def test_inferred_relations(inferred, s, p, o):
    assert (ID[s], DG[p], ID[o]) in inferred


@pytest.mark.parametrize(
    ("s", "cls"),
    [
        ("claim/statement", DG.Statement),
        ("claim/statement", DG.Claim),
        ("claim/stance", DG.Stance),
        ("claim/event", DG.Event),
        ("state/RUS", DG.Actor),
        ("org/BRICS", DG.Organization),
        ("role/r", DG.RoleHolding),
        ("person/sergey-lavrov", URIRef(ns.PROV + "Agent")),
        ("article/a", DG.Article),
    ],
)
def test_inferred_types(inferred, s, cls):
    assert (ID[s], RDF.type, cls) in inferred


def test_no_unwanted_inferences(inferred):
    # articles and mentions never become claims; stance targets keep their own type
    for node in ("article/a", "mention/a/0-5", "state/USA"):
        assert (ID[node], RDF.type, DG.Claim) not in inferred
    assert (ID["state/USA"], RDF.type, DG.Actor) not in inferred
    # a role is for an actor, not a membership
    assert (ID["person/sergey-lavrov"], DG.isMemberOf, ID["state/RUS"]) not in inferred
    # no owl:sameAs between distinct named nodes
    same = [(s, o) for s, o in inferred.subject_objects(OWL.sameAs) if s != o]
    assert not same


# --- the SKOS vocabularies --------------------------------------------------------------------


def test_concepts_are_in_their_namespace_scheme():
    g = vocab_graph()
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) > 400
    for c in concepts:
        scheme = g.value(c, SKOS.inScheme)
        assert scheme == URIRef(str(c).rsplit("/", 1)[0] + "/scheme"), c
        assert g.value(c, SKOS.prefLabel) is not None


def test_cameo_codes():
    g = vocab_graph()
    cameo = Namespace(ns.CAMEO)
    codes = {str(g.value(c, SKOS.notation)) for c in g.subjects(SKOS.inScheme, cameo.scheme)}
    assert len(codes) == 312
    assert {"01", "042", "0211", "111", "1056", "20"} <= codes
    assert (cameo["042"], SKOS.broader, cameo["04"]) in g
    assert (cameo["0211"], SKOS.broader, cameo["021"]) in g
    assert (cameo["04"], SKOS.topConceptOf, cameo.scheme) in g
    assert g.value(cameo["042"], DG.hasGoldsteinScore).toPython() == Decimal("1.9")
    assert g.value(cameo["20"], DG.hasGoldsteinScore).toPython() == Decimal(-10)
    assert (cameo["042"], SKOS.closeMatch, URIRef(ns.PLOVER + "CONSULT")) in g
    assert (cameo["111"], SKOS.closeMatch, URIRef(ns.PLOVER + "DISAPPROVE")) in g
    assert (cameo["100"], SKOS.closeMatch, URIRef(ns.PLOVER + "DEMAND")) in g
    # every mapping points to a PLOVER concept
    plover = set(g.subjects(SKOS.inScheme, URIRef(ns.PLOVER + "scheme")))
    assert set(g.objects(None, SKOS.closeMatch)) <= plover


def test_plover_types():
    g = vocab_graph()
    plover = Namespace(ns.PLOVER)
    gsr = [
        "AGREE",
        "DEMAND",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "COERCE",
        "FIGHT",
        "DISAPPROVE",
        "ASSAULT",
        "RETREAT",
        "SANCTION",
        "SUPPORT",
        "CONCEDE",
        "CONSULT",
        "AID",
        "INVESTIGATE",
        "MOBILIZE",
        "COOPERATE",
    ]
    for name in gsr:
        assert (plover[name], SKOS.topConceptOf, plover.scheme) in g, name
        assert g.value(plover[name], SKOS.definition) is not None
    assert Literal("REQUEST", lang="en") in set(g.objects(plover.DEMAND, SKOS.altLabel))
    assert Literal("ACCUSE", lang="en") in set(g.objects(plover.DISAPPROVE, SKOS.altLabel))
    assert (plover.VERBAL_CONFLICT, SKOS.member, plover.DISAPPROVE) in g


@pytest.mark.parametrize(
    ("namespace", "keys"),
    [(ns.ROLE, ROLES), (ns.MODE, MODES), (ns.MODALITY, MODALITIES), (ns.RELTYPE, list(RELATIONS))],
    ids=["roles", "modes", "modalities", "relations"],
)
def test_required_concepts(namespace, keys):
    g = vocab_graph()
    missing = [k for k in keys if (URIRef(namespace + k), RDF.type, SKOS.Concept) not in g]
    assert not missing


def test_relation_types_correspond_to_properties():
    g = vocab_graph()
    for key, prop in RELATIONS.items():
        target = g.value(URIRef(ns.RELTYPE + key), DG.correspondsToProperty)
        assert target == DG[prop]
        assert (target, RDF.type, OWL.ObjectProperty) in ontology_graph()


def test_vocab_files_record_their_licence():
    for name in VOCAB_FILES:
        text = (VOCAB / name).read_text(encoding="utf-8")
        assert "Generated by scripts/build_vocab.py" in text
        assert "dcterms:license" in text
    for name in ("plover.ttl", "cameo.ttl", "modes.ttl"):
        text = (VOCAB / name).read_text(encoding="utf-8")
        assert "CC BY-SA 4.0" in text and "Open Event Data Alliance" in text


def test_extractor_lexicon_uses_known_concepts():
    """Every PLOVER type, mode and CAMEO code the extractor emits has a concept."""
    path = PROJECT_ROOT / "src" / "diplograph" / "extract" / "lexicon.py"
    if not path.exists():
        pytest.skip("no extractor lexicon")
    lexicon = load_file("_lexicon_under_test", path)
    cues = list(lexicon.STANCE_VERBS.values()) + [c for c, _ in lexicon.STANCE_NOUNS.values()]
    triggers = list(lexicon.EVENT_VERBS.values()) + list(lexicon.EVENT_NOUNS.values())
    wanted = {URIRef(ns.PLOVER + c.plover) for c in cues + triggers}
    wanted |= {URIRef(ns.CAMEO + c.cameo) for c in cues + triggers if c.cameo}
    wanted |= {URIRef(ns.MODE + t.mode) for t in triggers if t.mode}
    wanted |= {URIRef(ns.RELTYPE + r) for r in lexicon.RELATION_NOUNS.values()}
    concepts = set(vocab_graph().subjects(RDF.type, SKOS.Concept))
    assert wanted - concepts == set()


def test_canned_queries_use_known_terms():
    folder = queries_dir()
    if not folder.exists():
        pytest.skip("no queries folder")
    g = ontology_and_vocab()
    known = {n for t in g for n in t if isinstance(n, URIRef)}
    prefixes = {p: iri for p, iri in ns.PREFIXES.items() if p != "dgid"}
    unknown = set()
    for path in sorted(folder.glob("*.rq")):
        text = re.sub(r"#[^\n]*", "", path.read_text(encoding="utf-8"))
        for prefix, local in re.findall(r"\b([a-z]+):([A-Za-z0-9_][A-Za-z0-9_-]*)", text):
            ours = prefix in ("dg", "plover", "cameo", "mode", "modality", "role", "relation")
            if ours and URIRef(prefixes[prefix] + local) not in known:
                unknown.add(f"{path.name}: {prefix}:{local}")
    assert not unknown


@pytest.mark.shared
def test_generated_vocab_is_up_to_date():
    eval_dir = shared_path("eval")
    build_vocab = load_file("_build_vocab_under_test", PROJECT_ROOT / "scripts" / "build_vocab.py")
    generated = build_vocab.build_all(eval_dir)
    assert sorted(generated) == sorted(VOCAB_FILES)
    stale = [n for n, text in generated.items() if (VOCAB / n).read_text(encoding="utf-8") != text]
    assert not stale, "run .venv/bin/python scripts/build_vocab.py"
    # deterministic
    assert build_vocab.build_all(eval_dir) == generated


def test_gazetteer_uses_known_roles_and_kinds():
    """Role types and actor kinds of data/gazetteer/ are concepts / classes of the ontology."""
    import csv

    folder = PROJECT_ROOT / "data" / "gazetteer"
    roles_csv, orgs_csv = folder / "roles.csv", folder / "organizations.csv"
    if not roles_csv.exists() or not orgs_csv.exists():
        pytest.skip("no gazetteer tables")
    with roles_csv.open(encoding="utf-8", newline="") as f:
        roles = {row["role"] for row in csv.DictReader(f)}
    with orgs_csv.open(encoding="utf-8", newline="") as f:
        kinds = {row["kind"] for row in csv.DictReader(f)}
    concepts = set(vocab_graph().subjects(RDF.type, SKOS.Concept))
    assert {r for r in roles if URIRef(ns.ROLE + r) not in concepts} == set()
    g = ontology_graph()
    assert {
        k for k in kinds if DG.Actor not in set(g.transitive_objects(DG[k], RDFS.subClassOf))
    } == set()


def test_a_reported_stance_is_not_attributed_to_the_reporters_state(inferred):
    # Lavrov reports Cuba's stance in his statement: it stays Cuba's.
    assert (ID["claim/reported"], DG.isOnBehalfOf, ID["state/RUS"]) not in inferred
    assert (ID["claim/reported"], DG.attributedTo, ID["state/CUB"]) in inferred
