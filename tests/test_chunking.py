"""Long texts parsed in pieces: offsets and annotations as if parsed whole, memory bounded."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.nlp import components  # noqa: F401  (registers the components)
from diplograph.nlp.chunking import _minibatches, parse, split_text
from tests.conftest import needs_model


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(min_value=1, max_value=60))
@settings(max_examples=300, deadline=None)
def test_pieces_rejoin_and_respect_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)
    assert all(pieces[:-1])  # no empty piece but possibly the last (empty text)


def test_cuts_prefer_blank_lines_then_line_breaks_then_sentences():
    text = "First para one. Two.\n\nSecond para.\nLine two. More words here"
    assert split_text(text, 30) == ["First para one. Two.\n\n", "Second para.\n", "Line two. More words here"]
    assert split_text("a. b. c. d. e", 8) == ["a. b. ", "c. d. e"]
    assert split_text("abcdefghij", 4) == ["abcd", "efgh", "ij"]  # no cut point: hard cut
    assert split_text("short", 100) == ["short"]
    with pytest.raises(ValueError):
        split_text("x", 0)


def test_minibatches_bound_pieces_and_characters():
    pieces = [("x" * n, i) for i, n in enumerate([5, 5, 5, 20, 1, 1, 1])]
    groups = list(_minibatches(pieces, size=2, chars=12))
    assert [[c for _, c in g] for g in groups] == [[0, 1], [2], [3], [4, 5], [6]]


@pytest.fixture(scope="module")
def small():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("dg_paragraphs")
    nlp.add_pipe("dg_quotes")
    return nlp


def test_parse_joins_pieces_into_one_doc_with_the_exact_text(small):
    quote = "We talk. " * 30
    long = ("He said: \u201c" + quote + "\u201d\n\n" + "Talks went on. " * 40 + "\n\n") * 3
    items = [("A short one.", "a"), (long, "b"), ("Another short one.\n\nTwo paragraphs.", "c")]
    out = list(parse(small, items, batch_size=4, limit=200, batch_chars=500))
    assert [c for _, c in out] == ["a", "b", "c"]
    assert [d.text for d, _ in out] == [t for t, _ in items]
    doc = out[1][0]
    # whole-document components ran on the joined Doc: a quote cut into pieces is one span
    assert [s.text for s in doc.spans["dg_quotes"]] == [quote.strip()] * 3
    # sentence starts survive the join (every "Talks went on." is its own sentence)
    assert sum(1 for s in doc.sents if s.text.strip() == "Talks went on.") == 3 * 40


@needs_model
def test_real_model_gives_the_same_annotations_in_pieces(nlp):
    para = ("Russian Foreign Minister Sergey Lavrov met his Cuban counterpart Bruno Rodriguez "
            "in Moscow on Tuesday. They discussed the US embargo against Cuba.\n\n")
    text = para * 40
    (whole,) = [d for d, _ in parse(nlp, [(text, 0)], batch_size=8, limit=10**6)]
    (pieces,) = [d for d, _ in parse(nlp, [(text, 0)], batch_size=8, limit=1000, batch_chars=2000)]
    assert pieces.text == whole.text == text
    assert [t.text for t in pieces] == [t.text for t in whole]
    assert [(e.start_char, e.end_char, e.label_) for e in pieces.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    assert [(s.start_char, s.kb_id_) for s in pieces.spans["dg_actors"]] == \
        [(s.start_char, s.kb_id_) for s in whole.spans["dg_actors"]]
    assert len(list(pieces.sents)) == len(list(whole.sents))
