"""One exception hierarchy; the CLI maps each class to an exit code and one line."""


class DiplographError(Exception):
    """Base of every error diplograph raises on purpose."""

    exit_code = 1


class InputError(DiplographError):
    """An input file, record or stream cannot be read as an article."""

    exit_code = 2


class ConfigurationError(DiplographError):
    """A missing model, gazetteer or ontology file, or a bad option."""

    exit_code = 3


class StoreError(DiplographError):
    """The store cannot be opened or written."""

    exit_code = 4


class QueryError(DiplographError):
    """A SPARQL query is unknown, malformed or has bad parameters."""

    exit_code = 5


class ValidationFailed(DiplographError):
    """SHACL validation found violations."""

    exit_code = 6
