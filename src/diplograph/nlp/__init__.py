"""spaCy side: the pipeline factory and diplograph's own components."""

from diplograph.nlp.pipeline import DEFAULT_MODELS, load_pipeline

__all__ = ["DEFAULT_MODELS", "load_pipeline"]
