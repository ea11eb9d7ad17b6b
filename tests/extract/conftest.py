"""Fixtures for extractor tests on hand-built Docs: a blank English pipeline and the gazetteer matcher."""

from __future__ import annotations

import pytest
import spacy

from diplograph.nlp.components import ActorMatcher


@pytest.fixture(scope="session")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def matcher(blank, gazetteer):
    return ActorMatcher(blank, gazetteer.surface_forms())
