"""diplograph: turn diplomatic news into a queryable OWL/RDF knowledge graph."""

__version__ = "0.10.0"
EXTRACTOR_VERSION = f"diplograph-extract/{__version__}"
