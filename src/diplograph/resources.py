"""Where the project's data files live: ontology/, queries/, data/gazetteer/.

The package is installed editable from the repository, so these default to the
repository's top-level folders; environment variables override each one.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _dir(env: str, *default: str) -> Path:
    value = os.environ.get(env)
    return Path(value) if value else PROJECT_ROOT.joinpath(*default)


def ontology_dir() -> Path:
    """ontology/ (Turtle files of the ontology and its SKOS vocabularies)."""
    return _dir("DIPLOGRAPH_ONTOLOGY", "ontology")


def shapes_dir() -> Path:
    return ontology_dir() / "shapes"


def queries_dir() -> Path:
    return _dir("DIPLOGRAPH_QUERIES", "queries")


def gazetteer_dir() -> Path:
    return _dir("DIPLOGRAPH_GAZETTEER", "data", "gazetteer")


def shared_dir() -> Path:
    """../shared next to the checkout (development data; may be absent)."""
    return _dir("DIPLOGRAPH_SHARED", "..", "shared")
