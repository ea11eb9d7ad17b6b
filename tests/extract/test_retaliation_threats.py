"""Announced retaliation as a threat (CAMEO 13), on hand-built Docs (sentences invented for these
tests): "vowed to retaliate against X", "is ready to respond to an attack by X", "will take
retaliatory measures if X ...", and what is no threat: a retaliation that happened, measures
that are not retaliatory, a negated answer; and what is ruled out ("out of the question")."""

from __future__ import annotations

from tests.extract.handmade import make_doc
from tests.extract.test_event_triggers import run
from tests.extract.test_recall_cues import _stances


def _threats(doc, gazetteer) -> set[tuple]:
    return {s for s in _stances(run(doc, gazetteer)) if s[0] == "THREATEN"}


def _retaliate_doc(blank, matcher, head: tuple[str, str, str], neg: bool = False):
    # "China vowed to retaliate against Japan." / "China retaliated against Japan." /
    # "China vowed not to retaliate against Japan."
    words = [("China", 1, "nsubj", "PROPN", "China", "NNP"), (head[0], 1, "ROOT", "VERB", head[1], head[2])]
    if head[1] == "vow":
        words += ([("not", 4 if neg else 3, "neg", "PART", "not", "RB")] if neg else []) + [
            ("to", len(words) + 1 + neg, "aux", "PART", "to", "TO"),
            ("retaliate", 1, "xcomp", "VERB", "retaliate", "VB"),
        ]
    verb = len(words) - 1
    words += [("against", verb, "prep", "ADP", "against", "IN"),
              ("Japan", verb + 1, "pobj", "PROPN", "Japan", "NNP"),
              (".", 1, "punct", "PUNCT", ".", ".")]
    n = len(words)
    ents = ["B-GPE"] + ["O"] * (n - 3) + ["B-GPE", "O"]
    return make_doc(blank, matcher, words, ents=ents, spaces=[True] * (n - 2) + [False, False])


def test_a_vow_to_retaliate_threatens_the_named_state(blank, matcher, gazetteer):
    got = _threats(_retaliate_doc(blank, matcher, ("vowed", "vow", "VBD")), gazetteer)
    assert ("THREATEN", -1, "state/CHN", "state/JPN") in got


def test_a_retaliation_that_happened_or_is_forsworn_is_no_threat(blank, matcher, gazetteer):
    assert not _threats(_retaliate_doc(blank, matcher, ("retaliated", "retaliate", "VBD")), gazetteer)
    forsworn = _retaliate_doc(blank, matcher, ("vowed", "vow", "VBD"), neg=True)
    assert not _threats(forsworn, gazetteer)
    assert ("AGREE", 1, "state/CHN", "not to retaliate against Japan") in _stances(run(forsworn, gazetteer))


def test_readiness_to_respond_to_an_attack_by_a_state(blank, matcher, gazetteer):
    # "France is ready to respond to an attack by Iran."
    doc = make_doc(blank, matcher, [
        ("France", 1, "nsubj", "PROPN", "France", "NNP"),
        ("is", 1, "ROOT", "AUX", "be", "VBZ"),
        ("ready", 1, "acomp", "ADJ", "ready", "JJ"),
        ("to", 4, "aux", "PART", "to", "TO"),
        ("respond", 2, "xcomp", "VERB", "respond", "VB"),
        ("to", 4, "prep", "ADP", "to", "IN"),
        ("an", 7, "det", "DET", "an", "DT"),
        ("attack", 5, "pobj", "NOUN", "attack", "NN"),
        ("by", 7, "prep", "ADP", "by", "IN"),
        ("Iran", 8, "pobj", "PROPN", "Iran", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE"] + ["O"] * 8 + ["B-GPE", "O"], spaces=[True] * 9 + [False, False])
    threats = [s for s in run(doc, gazetteer).stances if s.stance_type == "THREATEN" and s.trigger.text == "respond"]
    assert [s.holder.actor.key for s in threats] == ["state/FRA"]
    assert threats[0].target_issue.label == "attack by Iran"  # Iran's attack: an issue concerning Iran
    assert [a.key for a in threats[0].target_issue.concerns] == ["state/IRN"]


def _measures_doc(blank, matcher, amod: str):
    # "Russia will take retaliatory measures if Poland expels diplomats."
    return make_doc(blank, matcher, [
        ("Russia", 2, "nsubj", "PROPN", "Russia", "NNP"),
        ("will", 2, "aux", "AUX", "will", "MD"),
        ("take", 2, "ROOT", "VERB", "take", "VB"),
        (amod, 4, "amod", "ADJ", amod, "JJ"),
        ("measures", 2, "dobj", "NOUN", "measure", "NNS"),
        ("if", 7, "mark", "SCONJ", "if", "IN"),
        ("Poland", 7, "nsubj", "PROPN", "Poland", "NNP"),
        ("expels", 2, "advcl", "VERB", "expel", "VBZ"),
        ("diplomats", 7, "dobj", "NOUN", "diplomat", "NNS"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE"] + ["O"] * 5 + ["B-GPE", "O", "O", "O"], spaces=[True] * 8 + [False, False])


def test_retaliatory_measures_threaten_the_state_of_the_condition(blank, matcher, gazetteer):
    got = _threats(_measures_doc(blank, matcher, "retaliatory"), gazetteer)
    assert ("THREATEN", -1, "state/RUS", "state/POL") in got


def test_other_measures_are_no_threat(blank, matcher, gazetteer):
    assert not _threats(_measures_doc(blank, matcher, "additional"), gazetteer)


def _ruled_out_doc(blank, matcher, neg: bool):
    # "Japan said (that) talks with China are (not) out of the question."
    words = [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("talks", 5, "nsubj", "NOUN", "talk", "NNS"),
        ("with", 2, "prep", "ADP", "with", "IN"),
        ("China", 3, "pobj", "PROPN", "China", "NNP"),
        ("are", 1, "ccomp", "AUX", "be", "VBP"),
    ]
    if neg:
        words.append(("not", 5, "neg", "PART", "not", "RB"))
    k = len(words)
    words += [
        ("out", 5, "prep", "ADP", "out", "IN"),
        ("of", k, "prep", "ADP", "of", "IN"),
        ("the", k + 3, "det", "DET", "the", "DT"),
        ("question", k + 1, "pobj", "NOUN", "question", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    n = len(words)
    ents = ["B-GPE", "O", "O", "O", "B-GPE"] + ["O"] * (n - 5)
    return make_doc(blank, matcher, words, ents=ents, spaces=[True] * (n - 2) + [False, False])


def test_what_is_out_of_the_question_is_rejected_unless_negated(blank, matcher, gazetteer):
    got = [s for s in run(_ruled_out_doc(blank, matcher, neg=False), gazetteer).stances if s.stance_type == "REJECT"]
    assert [(s.holder.actor.key, s.target_issue.label) for s in got] == [("state/JPN", "talks with China")]
    assert not [s for s in run(_ruled_out_doc(blank, matcher, neg=True), gazetteer).stances
                if s.stance_type == "REJECT"]


def _order_doc(blank, matcher, told: tuple[str, str, str], xcomp: bool = True):
    # "Russia ordered Polish diplomats to leave." / "Russia ordered Russian troops to leave." /
    # "Russia ordered Polish aircraft."
    words = [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("ordered", 1, "ROOT", "VERB", "order", "VBD"),
        (told[0], 3, "amod", "ADJ", told[0], "JJ"),
        (told[1], 1, "dobj", "NOUN", told[2], "NNS"),
    ]
    if xcomp:
        words += [("to", 5, "aux", "PART", "to", "TO"), ("leave", 1, "xcomp", "VERB", "leave", "VB")]
    words.append((".", 1, "punct", "PUNCT", ".", "."))
    n = len(words)
    ents = ["B-GPE", "O", "B-NORP"] + ["O"] * (n - 3)
    return make_doc(blank, matcher, words, ents=ents, spaces=[True] * (n - 2) + [False, False])


def _demands(doc, gazetteer):
    return [s for s in _stances(run(doc, gazetteer)) if s[0] == "DEMAND"]


def test_ordering_another_states_people_to_act_is_a_demand(blank, matcher, gazetteer):
    assert _demands(_order_doc(blank, matcher, ("Polish", "diplomats", "diplomat")), gazetteer) == [
        ("DEMAND", 1, "state/RUS", "state/POL")]


def test_ordering_own_forces_or_goods_is_no_demand(blank, matcher, gazetteer):
    assert not _demands(_order_doc(blank, matcher, ("Russian", "troops", "troop")), gazetteer)
    assert not _demands(_order_doc(blank, matcher, ("Polish", "aircraft", "aircraft"), xcomp=False), gazetteer)


def test_an_announced_hostile_act_threatens_only_someone_named(blank, matcher, gazetteer):
    # "Japan will attack China." / "Japan will attack inflation."
    def doc(obj: tuple[str, str, str, str]):
        return make_doc(blank, matcher, [
            ("Japan", 2, "nsubj", "PROPN", "Japan", "NNP"),
            ("will", 2, "aux", "AUX", "will", "MD"),
            ("attack", 2, "ROOT", "VERB", "attack", "VB"),
            (obj[0], 2, "dobj", obj[1], obj[2], "NNP" if obj[1] == "PROPN" else "NN"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ], ents=["B-GPE", "O", "O", obj[3], "O"], spaces=[True, True, True, False, False])
    assert ("THREATEN", -1, "state/JPN", "state/CHN") in _threats(doc(("China", "PROPN", "China", "B-GPE")), gazetteer)
    assert not _threats(doc(("inflation", "NOUN", "inflation", "O")), gazetteer)


def test_a_price_someone_will_pay_is_a_warning_to_them(blank, matcher, gazetteer):
    # "Japan said (that) China will pay a price." / "... China paid a price."
    def doc(future: bool):
        rows = [("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
                ("China", 4 if future else 3, "nsubj", "PROPN", "China", "NNP")]
        if future:
            rows.append(("will", 4, "aux", "AUX", "will", "MD"))
        k = len(rows)
        rows += [("pay" if future else "paid", 1, "ccomp", "VERB", "pay", "VB" if future else "VBD"),
                 ("a", k + 2, "det", "DET", "a", "DT"), ("price", k, "dobj", "NOUN", "price", "NN"),
                 (".", 1, "punct", "PUNCT", ".", ".")]
        n = len(rows)
        ents = ["B-GPE", "O", "B-GPE"] + ["O"] * (n - 3)
        return make_doc(blank, matcher, rows, ents=ents, spaces=[True] * (n - 2) + [False, False])
    assert ("THREATEN", -1, "state/JPN", "state/CHN") in _threats(doc(True), gazetteer)
    assert not _threats(doc(False), gazetteer)
