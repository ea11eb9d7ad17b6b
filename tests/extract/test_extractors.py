"""Extractor logic on hand-built Docs (words, heads, deps, entities): no statistical model."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2025, 5, 7)


make = make_doc  # tests.extract.handmade


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def test_stance_against_an_issue(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia"),
        ("opposes", 1, "ROOT", "VERB", "oppose", "VBZ"),
        ("unilateral", 3, "amod", "ADJ", "unilateral"),
        ("sanctions", 1, "dobj", "NOUN", "sanction"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O"])
    ex = run(doc, gazetteer)
    assert len(ex.stances) == 1
    s = ex.stances[0]
    assert (s.holder.actor.key, s.stance_type, s.polarity) == ("state/RUS", "DISAPPROVE", -1)
    assert s.target_issue is not None and s.target_issue.label == "unilateral sanctions"
    assert doc.text[s.target_issue.span.start : s.target_issue.span.end] == "unilateral sanctions"


def test_quote_with_attribution_after_and_first_person_stance(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ('"', 3, "punct", "PUNCT", '"'),
        ("We", 3, "nsubj", "PRON", "we"),
        ("strongly", 3, "advmod", "ADV", "strongly"),
        ("support", 8, "ccomp", "VERB", "support", "VBP"),
        ("Cuba", 3, "dobj", "PROPN", "Cuba"),
        (",", 8, "punct", "PUNCT", ","),
        ('"', 8, "punct", "PUNCT", '"'),
        ("Lavrov", 8, "nsubj", "PROPN", "Lavrov"),
        ("said", 8, "ROOT", "VERB", "say", "VBD"),
        (".", 8, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "O", "O"],
       spaces=[False, True, True, True, False, False, True, True, False, False])
    ex = run(doc, gazetteer)
    assert len(ex.statements) == 1
    st = ex.statements[0]
    assert st.speaker.actor.key == "person/sergey-lavrov"
    assert st.speaker.role is not None and st.speaker.role.of.key == "state/RUS"
    assert st.content.text == "We strongly support Cuba"
    assert st.reporting_verb == "say" and st.direct
    [stance] = ex.stances
    # "We" in Lavrov's quote: Lavrov holds it, in his role for Russia (inference adds Russia); in a
    # transcript turn "we" is the speaker's state (tests/extract/test_recall_cues3.py)
    assert stance.holder.actor.key == "person/sergey-lavrov"
    assert stance.target_actor.actor.key == "state/CUB"
    assert stance.statement_index == 0


def test_copular_alliance(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ("Cuba", 1, "nsubj", "PROPN", "Cuba"),
        ("is", 1, "ROOT", "AUX", "be", "VBZ"),
        ("Russia", 4, "poss", "PROPN", "Russia"),
        ("'s", 2, "case", "PART", "'s"),
        ("ally", 1, "attr", "NOUN", "ally"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"], spaces=[True, True, False, True, False, False])
    ex = run(doc, gazetteer)
    assert [(r.relation, r.subject.actor.key, r.object.actor.key) for r in ex.relations] == [
        ("ALLY_OF", "state/CUB", "state/RUS")
    ]


def test_negated_visit_is_not_asserted(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ("Putin", 3, "nsubj", "PROPN", "Putin"),
        ("did", 3, "aux", "AUX", "do", "VBD"),
        ("not", 3, "neg", "PART", "not"),
        ("visit", 3, "ROOT", "VERB", "visit", "VB"),
        ("China", 3, "dobj", "PROPN", "China"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "O", "B-GPE", "O"])
    ex = run(doc, gazetteer)
    assert [e.modality for e in ex.events] == ["negated"]


def test_planned_visit_with_relative_date(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ("Putin", 2, "nsubj", "PROPN", "Putin"),
        ("will", 2, "aux", "AUX", "will", "MD"),
        ("visit", 2, "ROOT", "VERB", "visit", "VB"),
        ("China", 2, "dobj", "PROPN", "China"),
        ("next", 5, "amod", "ADJ", "next"),
        ("week", 2, "npadvmod", "NOUN", "week"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "B-GPE", "B-DATE", "I-DATE", "O"])
    ex = run(doc, gazetteer)
    [event] = ex.events
    assert (event.event_type, event.mode, event.modality) == ("CONSULT", "visit", "planned")
    assert event.date == "2025-05"
    roles = {(p.mention.actor.key, p.role) for p in event.participants}
    assert ("state/CHN", "target") in roles and ("state/RUS", "source") in roles
    assert event.place is not None and event.place.key == "state/CHN"


def test_transcript_turns_are_statements_of_the_named_speaker(blank, matcher, gazetteer):
    words = ["Vladimir", "Putin", ":", "I", "welcome", "you", "to", "Moscow", ".",
             "Xi", "Jinping", ":", "Thank", "you", "very", "much", "."]
    rows = [(w, i, "dep", "PROPN" if w[0].isupper() else "X", w.lower()) for i, w in enumerate(words)]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O",
            "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    spaces = [True, False, True, True, True, True, True, False, True,
              True, False, True, True, True, True, False, False]
    doc = make(blank, matcher, rows, ents=ents, spaces=spaces)
    ex = run(doc, gazetteer)
    turns = [(s.speaker.actor.key, s.content.text) for s in ex.statements]
    assert turns == [
        ("person/vladimir-putin", "I welcome you to Moscow"),
        ("person/xi-jinping", "Thank you very much"),
    ]


def _official(doc, gazetteer):
    article = Article(id="sha256:test", text=doc.text, published=PUBLISHED, publisher="The White House")
    return extract(doc, article, gazetteer)


def test_all_of_us_in_an_official_text_is_its_state(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ("All", 3, "nsubj", "PRON", "all", "DT"),
        ("of", 0, "prep", "ADP", "of"),
        ("us", 1, "pobj", "PRON", "we", "PRP"),
        ("support", 3, "ROOT", "VERB", "support", "VBP"),
        ("Israel", 3, "dobj", "PROPN", "Israel", "NNP"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O"])
    [stance] = _official(doc, gazetteer).stances
    assert (stance.holder.actor.key, stance.target_actor.actor.key) == ("state/USA", "state/ISR")
    # a news agency's "all of us" is nobody's
    assert all(s.holder.actor.key != "state/USA" for s in run(doc, gazetteer).stances)


def test_our_countries_in_an_official_text_is_its_state(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ("Our", 1, "poss", "PRON", "our", "PRP$"),
        ("countries", 3, "nsubj", "NOUN", "country", "NNS"),
        ("will", 3, "aux", "AUX", "will", "MD"),
        ("support", 3, "ROOT", "VERB", "support", "VB"),
        ("Israel", 3, "dobj", "PROPN", "Israel", "NNP"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O"])
    [stance] = _official(doc, gazetteer).stances
    assert (stance.holder.actor.key, stance.target_actor.actor.key) == ("state/USA", "state/ISR")


def test_all_of_them_is_not_we(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ("All", 3, "nsubj", "PRON", "all", "DT"),
        ("of", 0, "prep", "ADP", "of"),
        ("them", 1, "pobj", "PRON", "they", "PRP"),
        ("support", 3, "ROOT", "VERB", "support", "VBP"),
        ("Israel", 3, "dobj", "PROPN", "Israel", "NNP"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O"])
    assert all(s.holder.actor.key != "state/USA" for s in _official(doc, gazetteer).stances)
