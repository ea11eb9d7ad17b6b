"""A lawsuit or complaint filed against someone disapproves of them (CAMEO 115 "bring lawsuit
against", 114 "complain officially"): "Ukraine filed a lawsuit against Russia". Hand-built Docs."""

from __future__ import annotations

from tests.extract.handmade import extract_doc, make_doc


def test_a_lawsuit_against_a_state_disapproves(blank, matcher, gazetteer):
    # "Ukraine filed a lawsuit against Russia ."
    doc = make_doc(blank, matcher, [
        ("Ukraine", 1, "nsubj", "PROPN", "Ukraine"),
        ("filed", 1, "ROOT", "VERB", "file", "VBD"),
        ("a", 3, "det", "DET", "a"),
        ("lawsuit", 1, "dobj", "NOUN", "lawsuit", "NN"),
        ("against", 3, "prep", "ADP", "against"),
        ("Russia", 4, "pobj", "PROPN", "Russia"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    [stance] = extract_doc(doc, gazetteer).stances
    assert (stance.holder.actor.key, stance.stance_type, stance.polarity, stance.cameo) == (
        "state/UKR", "DISAPPROVE", -1, "115")
    assert stance.target_actor is not None and stance.target_actor.actor.key == "state/RUS"
