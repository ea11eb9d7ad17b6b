"""diplograph: turn diplomatic news into a queryable OWL/RDF knowledge graph."""

__version__ = "0.5.4"
EXTRACTOR_VERSION = f"diplograph-extract/{__version__}"
