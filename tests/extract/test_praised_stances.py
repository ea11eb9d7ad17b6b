"""A praise verb whose object is another side's stance praises that side ("appreciated Russia's
interest in cooperation"); one's own stance noun stays the cue ("reaffirmed its interest"); a
reaffirmed view or position supports what it holds ("reaffirmed its view that trade will grow").
Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2021, 11, 10)


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def _stances(result):
    return sorted((s.stance_type, s.holder.actor.key, s.target_actor.actor.key if s.target_actor else None,
                    s.trigger.text)
                  for s in result.stances)


def test_appreciating_another_sides_interest_supports_that_side(blank, matcher, gazetteer):
    # "South Africa appreciated Russia 's interest in cooperation ."
    doc = make_doc(blank, matcher, [
        ("South", 1, "compound", "PROPN", "South"),
        ("Africa", 2, "nsubj", "PROPN", "Africa"),
        ("appreciated", 2, "ROOT", "VERB", "appreciate", "VBD"),
        ("Russia", 5, "poss", "PROPN", "Russia"),
        ("'s", 3, "case", "PART", "'s", "POS"),
        ("interest", 2, "dobj", "NOUN", "interest", "NN"),
        ("in", 5, "prep", "ADP", "in"),
        ("cooperation", 6, "pobj", "NOUN", "cooperation", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"])
    stances = _stances(run(doc, gazetteer))
    assert ("SUPPORT", "state/ZAF", "state/RUS", "appreciated") in stances


def test_reaffirming_ones_own_interest_keeps_the_noun_as_the_cue(blank, matcher, gazetteer):
    # "South Africa reaffirmed its interest in cooperation ."
    doc = make_doc(blank, matcher, [
        ("South", 1, "compound", "PROPN", "South"),
        ("Africa", 2, "nsubj", "PROPN", "Africa"),
        ("reaffirmed", 2, "ROOT", "VERB", "reaffirm", "VBD"),
        ("its", 4, "poss", "PRON", "its", "PRP$"),
        ("interest", 2, "dobj", "NOUN", "interest", "NN"),
        ("in", 4, "prep", "ADP", "in"),
        ("cooperation", 5, "pobj", "NOUN", "cooperation", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "I-GPE", "O", "O", "O", "O", "O", "O"])
    stances = _stances(run(doc, gazetteer))
    assert [s[3] for s in stances] == ["interest"]


def test_reaffirming_a_view_that_supports_what_the_view_holds(blank, matcher, gazetteer):
    # "Kenya reaffirmed its view that trade will grow ."
    doc = make_doc(blank, matcher, [
        ("Kenya", 1, "nsubj", "PROPN", "Kenya"),
        ("reaffirmed", 1, "ROOT", "VERB", "reaffirm", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("view", 1, "dobj", "NOUN", "view", "NN"),
        ("that", 7, "mark", "SCONJ", "that", "IN"),
        ("trade", 7, "nsubj", "NOUN", "trade", "NN"),
        ("will", 7, "aux", "AUX", "will", "MD"),
        ("grow", 3, "acl", "VERB", "grow", "VB"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O"])
    [stance] = [s for s in run(doc, gazetteer).stances if s.trigger.text == "reaffirmed"]
    assert stance.stance_type == "SUPPORT" and stance.holder.actor.key == "state/KEN"
    assert stance.target_issue is not None and stance.target_issue.label.endswith("trade will grow")


def test_supporting_a_sides_initiative_that_says_what_it_proposes_supports_the_initiative(blank, matcher, gazetteer):
    # "Putin supported Niinisto 's initiative to convene a summit ."
    doc = make_doc(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("supported", 1, "ROOT", "VERB", "support", "VBD"),
        ("Niinisto", 4, "poss", "PROPN", "Niinisto", "NNP"),
        ("'s", 2, "case", "PART", "'s", "POS"),
        ("initiative", 1, "dobj", "NOUN", "initiative", "NN"),
        ("to", 6, "aux", "PART", "to", "TO"),
        ("convene", 4, "acl", "VERB", "convene", "VB"),
        ("a", 8, "det", "DET", "a", "DT"),
        ("summit", 6, "dobj", "NOUN", "summit", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "B-PERSON"] + ["O"] * 7)
    [stance] = [s for s in run(doc, gazetteer).stances if s.stance_type == "SUPPORT"]
    assert stance.target_actor is None and "initiative to convene a summit" in stance.target_issue.label
