"""diplograph's spaCy components, registered by name.

* ``dg_paragraphs`` (before the parser): a blank line always starts a sentence,
  so headings and paragraphs without a final full stop stay apart.
* ``dg_actor_matcher`` (after NER): gazetteer names, aliases, capitals and
  demonyms as ``doc.spans["dg_actors"]`` with the gazetteer key as ``kb_id``.
* ``dg_series`` (after the parser and lemmatizer): a subjectless verb in a comma series that
  the parser hung as a clausal complement is relabelled ``conj``.
* ``dg_quotes``: quoted passages as ``doc.spans["dg_quotes"]`` (contents only,
  without the quote marks; quotes running over several paragraphs are merged).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from diplograph.nlp.quotes import find_quotes

ACTOR_SPANS = "dg_actors"
QUOTE_SPANS = "dg_quotes"


@Language.component("dg_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after any whitespace token holding a line break."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("dg_series", assigns=["token.dep"])
def series_conjuncts(doc: Doc) -> Doc:
    """Relabel a verb the parser hung as a subjectless complement in a series ("X expressed
    support for Y, condemned Z, and emphasised W": "condemned" as ccomp) as the conjunct it is,
    so that it shares the series' subject and is not read as reported speech."""
    ccomp = doc.vocab.strings["ccomp"]
    deps = doc.to_array("DEP")
    for i in (deps == ccomp).nonzero()[0]:  # only complements are candidates: no walk over every token
        tok = doc[int(i)]
        if _series_member(tok):
            tok.dep_ = "conj"
    return doc


def _series_member(tok: Token) -> bool:
    """A finite verb after a comma, hung as a complement with no subject, mark or auxiliary of its
    own, on a verb with a subject, in a series closed by "and"/"or"."""
    head = tok.head
    if tok.dep_ != "ccomp" or tok.pos_ != "VERB" or tok.tag_ not in {"VBD", "VBZ"} or tok.i <= head.i + 1:
        return False
    if head.pos_ != "VERB" or tok.doc[tok.i - 1].text != "," or not any(c.dep_ == "nsubj" for c in head.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "expl", "csubj", "aux", "auxpass"} for c in tok.children):
        return False
    return any(c.dep_ in {"cc", "conj"} for c in tok.children) or any(
        c.dep_ == "cc" and c.i > tok.i for c in head.children)


class ActorMatcher:
    """Marks every gazetteer surface form found in the text."""

    def __init__(self, nlp: Language, surface_forms: Iterable[tuple[str, str, str]]):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_key: dict[tuple[str, bool], list[str]] = {}
        for surface, key, form in surface_forms:
            if not surface.strip():
                continue
            # Short all-caps forms ("US", "UN", "EU") must match case-sensitively.
            exact = len(surface) <= 4 or form == "demonym" or surface.isupper()
            # A form the gazetteer writes in lower case is a common-noun phrase ("international
            # community", "collective West"), found in lower case too.
            label = f"{key}|{form}|lc" if surface == surface.lower() and " " in surface else f"{key}|{form}"
            by_key.setdefault((label, exact), []).extend(_apostrophe_variants(surface))
        for (label, exact), surfaces in by_key.items():
            patterns = list(nlp.tokenizer.pipe(sorted(set(surfaces))))
            if exact:
                self.matcher.add(label, patterns)
                titled = [s.title() for s in surfaces if s.isupper() and len(s) > 4]
                if titled:
                    self.matcher.add(label, list(nlp.tokenizer.pipe(titled)))
            else:
                self.lower_matcher.add(label, patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.matcher, self.lower_matcher):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                common = label.endswith("|lc")
                key, form = label.removesuffix("|lc").rsplit("|", 1)
                span = Span(doc, start, end, label=form, kb_id=key)
                if form != "demonym" and not common and not _looks_like_name(span):
                    continue
                spans.append(span)
        doc.spans[ACTOR_SPANS] = filter_spans(spans)
        return doc


def _apostrophe_variants(surface: str) -> list[str]:
    """A surface form as written in the gazetteer and with typographic apostrophes
    ("People's Republic of China" also as "People’s Republic of China"), so that the longer
    name wins over a shorter one inside it ("Republic of China")."""
    curly = surface.replace("'", "\u2019")
    return [surface] if curly == surface else [surface, curly]


def _looks_like_name(span: Span) -> bool:
    """A name match must start with a capital (rules out "china" the material, "us"), after a
    leading "the" ("by the West", but not "the West Bank"), or end with one ("the collective
    West")."""
    if len(span) > 1 and span[0].lower_ == "the":
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if after is not None and after.text[:1].isupper():
            return False  # "the West Bank": a longer name goes on
        first = span[1].text
    else:
        first = span[0].text
    return first[:1].isupper() or first[:1].isdigit() or (len(span) > 1 and span[-1].text[:1].isupper())


@Language.factory(
    "dg_actor_matcher", assigns=["doc.spans"], default_config={"gazetteer": ""}
)
def make_actor_matcher(nlp: Language, name: str, gazetteer: str) -> ActorMatcher:
    from pathlib import Path

    from diplograph.gazetteer import load_gazetteer

    gaz = load_gazetteer(Path(gazetteer) if gazetteer else None)
    return ActorMatcher(nlp, gaz.surface_forms())


@Language.component("dg_quotes", assigns=["doc.spans"])
def quote_spans(doc: Doc) -> Doc:
    spans = []
    for start, end in find_quotes(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    doc.spans[QUOTE_SPANS] = spans
    return doc
