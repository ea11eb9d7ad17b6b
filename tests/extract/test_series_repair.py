"""A verb in a comma series that the parser hung as a subjectless clausal complement ("Peru
welcomed the deal, condemned Chile, and praised Bolivia" with "condemned" as ccomp) is relabelled
a conjunct by the ``dg_series`` component, so its stance has the series' holder and the first verb
is no report of speech. Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from diplograph.nlp.components import series_conjuncts
from tests.extract.handmade import make_doc

ROWS = [
    ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"),
    ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
    ("the", 3, "det", "DET", "the", "DT"),
    ("deal", 1, "dobj", "NOUN", "deal", "NN"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("condemned", 1, "ccomp", "VERB", "condemn", "VBD"),
    ("Chile", 5, "dobj", "PROPN", "Chile", "NNP"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("and", 5, "cc", "CCONJ", "and", "CC"),
    ("praised", 5, "conj", "VERB", "praise", "VBD"),
    ("Bolivia", 9, "dobj", "PROPN", "Bolivia", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
ENTS = ["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"]


def _stances(doc, gazetteer):
    ex = extract(doc, Article(id="sha256:test", text=doc.text, published=date(2022, 1, 1)), gazetteer)
    return {(s.holder.actor.key, s.stance_type, s.target_actor.actor.key if s.target_actor else None) for s in ex.stances}, ex


def test_a_series_verb_hung_as_a_complement_becomes_a_conjunct(blank, matcher, gazetteer):
    doc = series_conjuncts(make_doc(blank, matcher, ROWS, ents=ENTS))
    assert doc[5].dep_ == "conj"
    stances, ex = _stances(doc, gazetteer)
    assert ("state/PER", "DISAPPROVE", "state/CHL") in stances
    assert ("state/PER", "SUPPORT", "state/BOL") in stances
    assert not ex.statements


def test_a_complement_with_its_own_subject_or_that_stays(blank, matcher, gazetteer):
    rows = [r for r in ROWS]
    rows[4] = ("that", 5, "mark", "SCONJ", "that", "IN")  # "Peru welcomed the deal that condemned Chile ..."
    doc = series_conjuncts(make_doc(blank, matcher, rows, ents=ENTS))
    assert doc[5].dep_ == "ccomp"
