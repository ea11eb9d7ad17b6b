"""Acts warned against or ruled out are not asserted, and are not the warner's, on hand-built
Docs (sentences invented for these tests): "Russia warned the United States against deploying
missiles" is a possible act of the United States, aimed at no one yet; "removing the sanctions is
out of the question" is negated; no event is aimed by its only source at itself unless the target
is named apart."""

from __future__ import annotations

from tests.extract.handmade import make_doc
from tests.extract.test_event_triggers import run


def _warned_doc(blank, matcher, warned: bool = True):
    # "Russia warned the United States against deploying missiles." /
    # "Russia urged the United States on deploying missiles." (no warning: a control of the parse)
    verb = ("warned", "warn", "VBD") if warned else ("helped", "help", "VBD")
    prep = "against" if warned else "in"
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        (verb[0], 1, "ROOT", "VERB", verb[1], verb[2]),
        ("the", 4, "det", "DET", "the", "DT"),
        ("United", 4, "compound", "PROPN", "United", "NNP"),
        ("States", 1, "dobj", "PROPN", "States", "NNP"),
        (prep, 1, "prep", "ADP", prep, "IN"),
        ("deploying", 5, "pcomp", "VERB", "deploy", "VBG"),
        ("missiles", 6, "dobj", "NOUN", "missile", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-GPE", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O", "O", "O"]
    return make_doc(blank, matcher, rows, ents=ents, spaces=[True] * 7 + [False, False])


def _sides(event):
    return sorted((p.role, p.mention.actor.key) for p in event.participants if not p.via_role)


def test_an_act_warned_against_is_the_warned_sides_and_not_asserted(blank, matcher, gazetteer):
    ex = run(_warned_doc(blank, matcher), gazetteer)
    deploying = [e for e in ex.events if e.trigger.text == "deploying"]
    assert deploying, "the deploying is still reported, as a possible act"
    for e in deploying:
        assert e.modality == "hypothetical"
        assert ("source", "state/USA") in _sides(e)
        assert ("source", "state/RUS") not in _sides(e) and ("target", "state/USA") not in _sides(e)
    # the warning announces no intent of the warned to deploy
    assert not any(s.trigger.text == "deploying" for s in ex.stances)


def test_an_act_helped_along_keeps_its_reading(blank, matcher, gazetteer):
    ex = run(_warned_doc(blank, matcher, warned=False), gazetteer)
    assert all(e.modality == "asserted" for e in ex.events if e.trigger.text == "deploying")


def _ruled_out_doc(blank, matcher, pred: tuple[str, str], neg: bool = False):
    # "Removing the sanctions on Burma is out of the question." / "... is (not) off the table."
    rows = [
        ("Removing", 5, "csubj", "VERB", "remove", "VBG"),
        ("the", 2, "det", "DET", "the", "DT"),
        ("sanctions", 0, "dobj", "NOUN", "sanction", "NNS"),
        ("on", 2, "prep", "ADP", "on", "IN"),
        ("Burma", 3, "pobj", "PROPN", "Burma", "NNP"),
        ("is", 5, "ROOT", "AUX", "be", "VBZ"),
    ]
    if neg:
        rows.append(("not", 5, "neg", "PART", "not", "RB"))
    at = len(rows)
    if pred == ("out", "question"):
        rows += [("out", 5, "prep", "ADP", "out", "IN"), ("of", at, "prep", "ADP", "of", "IN"),
                 ("the", at + 3, "det", "DET", "the", "DT"), ("question", at + 1, "pobj", "NOUN", "question", "NN")]
    else:
        rows += [(pred[0], 5, "prep", "ADP", pred[0], "IN"), ("the", at + 2, "det", "DET", "the", "DT"),
                 ("table", at, "pobj", "NOUN", "table", "NN")]
    rows.append((".", 5, "punct", "PUNCT", ".", "."))
    ents = ["O"] * 4 + ["B-GPE"] + ["O"] * (len(rows) - 5)
    return make_doc(blank, matcher, rows, ents=ents, spaces=[True] * (len(rows) - 2) + [False, False])


def _removal(ex):
    return [e for e in ex.events if e.trigger.text == "Removing"]


def test_an_act_out_of_the_question_or_off_the_table_is_negated(blank, matcher, gazetteer):
    for pred, neg in ((("out", "question"), False), (("off", "table"), False), (("on", "table"), True)):
        found = _removal(run(_ruled_out_doc(blank, matcher, pred, neg), gazetteer))
        assert found, pred
        assert all(e.modality == "negated" for e in found), (pred, neg, [e.modality for e in found])


def test_an_act_not_off_the_table_or_on_it_is_not_negated(blank, matcher, gazetteer):
    for pred, neg in ((("off", "table"), True), (("on", "table"), False)):
        found = _removal(run(_ruled_out_doc(blank, matcher, pred, neg), gazetteer))
        assert found and all(e.modality != "negated" for e in found), (pred, neg)


def _refrained_doc(blank, matcher):
    # "Serbia refrained from attacking Kosovo and recognized Montenegro."
    rows = [
        ("Serbia", 1, "nsubj", "PROPN", "Serbia", "NNP"),
        ("refrained", 1, "ROOT", "VERB", "refrain", "VBD"),
        ("from", 1, "prep", "ADP", "from", "IN"),
        ("attacking", 2, "pcomp", "VERB", "attack", "VBG"),
        ("Kosovo", 3, "dobj", "PROPN", "Kosovo", "NNP"),
        ("and", 1, "cc", "CCONJ", "and", "CC"),
        ("recognized", 1, "conj", "VERB", "recognize", "VBD"),
        ("Montenegro", 6, "dobj", "PROPN", "Montenegro", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"]
    return make_doc(blank, matcher, rows, ents=ents, spaces=[True] * 7 + [False, False])


def test_an_act_refrained_from_is_negated_but_not_the_act_conjoined_to_the_refraining(blank, matcher, gazetteer):
    ex = run(_refrained_doc(blank, matcher), gazetteer)
    by_trigger = {e.trigger.text: e.modality for e in ex.events}
    assert by_trigger.get("attacking") == "negated"
    assert by_trigger.get("recognized") == "asserted"
