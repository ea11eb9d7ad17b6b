"""Statements an extraction publishes are reports of speech: "the leaders agreed that ..." is an
agreement (an AGREE event), and an author's performative in the first person ("I would like to
note that ...", "We further emphasize that ...") is the author's own words; both stay out, and a
stance expressed in one points at the statement around it. Hand-built Docs; invented sentences."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc


def _statements(doc, gazetteer, publisher=None):
    article = Article(id="sha256:t", text=doc.text, title="Statement", publisher=publisher, published=date(2022, 3, 1))
    ex = extract(doc, article, gazetteer)
    return [s.reporting_verb for s in ex.statements], ex


def test_reported_speech_stays_but_an_agreement_is_no_statement(blank, matcher, gazetteer):
    def doc_with(verb, lemma):
        return make_doc(blank, matcher, [
            ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), (verb, 1, "ROOT", "VERB", lemma, "VBD"),
            ("that", 5, "mark", "SCONJ", "that", "IN"), ("Chile", 5, "nsubj", "PROPN", "Chile", "NNP"),
            ("must", 5, "aux", "AUX", "must", "MD"), ("pay", 1, "ccomp", "VERB", "pay", "VB"),
            (".", 1, "punct", "PUNCT", ".", ".")], ["B-GPE", "O", "O", "B-GPE", "O", "O", "O"])
    assert _statements(doc_with("said", "say"), gazetteer)[0] == ["say"]
    assert _statements(doc_with("agreed", "agree"), gazetteer)[0] == []


def test_a_first_person_performative_is_no_statement_but_its_stance_stays(blank, matcher, gazetteer):
    # "We emphasize that Chile must pay ." in a White House release
    doc = make_doc(blank, matcher, [
        ("We", 1, "nsubj", "PRON", "we", "PRP"), ("emphasize", 1, "ROOT", "VERB", "emphasize", "VBP"),
        ("that", 5, "mark", "SCONJ", "that", "IN"), ("Chile", 5, "nsubj", "PROPN", "Chile", "NNP"),
        ("must", 5, "aux", "AUX", "must", "MD"), ("pay", 1, "ccomp", "VERB", "pay", "VB"),
        (".", 1, "punct", "PUNCT", ".", ".")], ["O", "O", "O", "B-GPE", "O", "O", "O"])
    verbs, ex = _statements(doc, gazetteer, publisher="The White House")
    assert verbs == []
    assert [(s.stance_type, s.holder.actor.key, s.statement_index) for s in ex.stances] == [
        ("DEMAND", "state/USA", None)]
    # "We emphasized that Chile must pay .": a report of what was said before
    doc = make_doc(blank, matcher, [
        ("We", 1, "nsubj", "PRON", "we", "PRP"), ("emphasized", 1, "ROOT", "VERB", "emphasize", "VBD"),
        ("that", 5, "mark", "SCONJ", "that", "IN"), ("Chile", 5, "nsubj", "PROPN", "Chile", "NNP"),
        ("must", 5, "aux", "AUX", "must", "MD"), ("pay", 1, "ccomp", "VERB", "pay", "VB"),
        (".", 1, "punct", "PUNCT", ".", ".")], ["O", "O", "O", "B-GPE", "O", "O", "O"])
    assert _statements(doc, gazetteer, publisher="The White House")[0] == ["emphasize"]


def test_made_it_clear_that_reports_the_clause_hung_on_clear(blank, matcher, gazetteer):
    # "Peru made it clear that Chile must pay ." with the clause parsed under "clear"
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), ("made", 1, "ROOT", "VERB", "make", "VBD"),
        ("it", 3, "nsubj", "PRON", "it", "PRP"), ("clear", 1, "ccomp", "ADJ", "clear", "JJ"),
        ("that", 7, "mark", "SCONJ", "that", "IN"), ("Chile", 7, "nsubj", "PROPN", "Chile", "NNP"),
        ("must", 7, "aux", "AUX", "must", "MD"), ("pay", 3, "advcl", "VERB", "pay", "VB"),
        (".", 1, "punct", "PUNCT", ".", ".")], ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O"])
    verbs, ex = _statements(doc, gazetteer)
    assert verbs == ["make clear"]
    assert ex.statements[0].content.text == "Chile must pay"


def test_attention_drawn_to_the_fact_that_reports_the_fact(blank, matcher, gazetteer):
    # "Peru drew attention to the fact that Chile ignores the deal ."
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), ("drew", 1, "ROOT", "VERB", "draw", "VBD"),
        ("attention", 1, "dobj", "NOUN", "attention", "NN"), ("to", 1, "prep", "ADP", "to", "IN"),
        ("the", 5, "det", "DET", "the", "DT"), ("fact", 3, "pobj", "NOUN", "fact", "NN"),
        ("that", 8, "mark", "SCONJ", "that", "IN"), ("Chile", 8, "nsubj", "PROPN", "Chile", "NNP"),
        ("ignores", 5, "acl", "VERB", "ignore", "VBZ"), ("the", 10, "det", "DET", "the", "DT"),
        ("deal", 8, "dobj", "NOUN", "deal", "NN"), (".", 1, "punct", "PUNCT", ".", ".")],
        ["B-GPE"] + ["O"] * 6 + ["B-GPE"] + ["O"] * 4)
    verbs, ex = _statements(doc, gazetteer)
    assert verbs == ["draw attention"]
    assert ex.statements[0].content.text == "Chile ignores the deal"


def test_informed_x_that_reports_but_informed_x_about_does_not(blank, matcher, gazetteer):
    def run(that):
        rows = [("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), ("informed", 1, "ROOT", "VERB", "inform", "VBD"),
                ("Chile", 1, "dobj", "PROPN", "Chile", "NNP")]
        if that:
            rows += [("that", 6, "mark", "SCONJ", "that", "IN"), ("talks", 6, "nsubj", "NOUN", "talk", "NNS"),
                     ("would", 6, "aux", "AUX", "would", "MD"), ("resume", 1, "ccomp", "VERB", "resume", "VB")]
        else:
            rows += [("about", 1, "prep", "ADP", "about", "IN"), ("the", 5, "det", "DET", "the", "DT"),
                     ("talks", 3, "pobj", "NOUN", "talk", "NNS")]
        rows += [(".", 1, "punct", "PUNCT", ".", ".")]
        doc = make_doc(blank, matcher, rows, ["B-GPE", "O", "B-GPE"] + ["O"] * (len(rows) - 3))
        return _statements(doc, gazetteer)[0]
    assert run(True) == ["inform"]
    assert run(False) == []
