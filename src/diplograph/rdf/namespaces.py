"""Every namespace diplograph writes, in one place (see ontology/README.md, IRI policy)."""

BASE = "https://w3id.org/diplograph/"
DG = BASE + "ontology#"  # classes and properties
VOCAB = BASE + "vocab/"  # SKOS concept schemes
PLOVER = VOCAB + "plover/"  # PLOVER event / stance types: plover:CONSULT
CAMEO = VOCAB + "cameo/"  # CAMEO codes: cameo:042
MODE = VOCAB + "mode/"  # event modes: mode:visit
MODALITY = VOCAB + "modality/"  # modality:asserted
ROLE = VOCAB + "role/"  # role types: role:foreign-minister
RELTYPE = VOCAB + "relation/"  # relation-claim types: relation:MEMBER_OF
ID = BASE + "id/"  # instance data
GRAPH = BASE + "graph/"  # named graphs

GRAPH_ONTOLOGY = GRAPH + "ontology"
GRAPH_BACKGROUND = GRAPH + "background"
GRAPH_INFERRED = GRAPH + "inferred"
GRAPH_META = GRAPH + "meta"
GRAPH_ARTICLE_PREFIX = GRAPH + "article/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES = {
    "dg": DG,
    "plover": PLOVER,
    "cameo": CAMEO,
    "mode": MODE,
    "modality": MODALITY,
    "role": ROLE,
    "relation": RELTYPE,
    "dgid": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "wd": WD,
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for canned queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
