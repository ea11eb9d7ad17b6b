"""A trigger that is a piece of a hyphenated word is read as the whole word, on hand-built Docs
(sentences invented for these tests): "the tie-breaking vote" breaks no ties, "the fire-fighting
effort" fights no one, "a Serbia-funded school" is no aid given; "air-strikes" are strikes and
"re-imposed" imposes again."""

from __future__ import annotations

from tests.extract.handmade import make_doc
from tests.extract.test_event_triggers import run


def _modifier_doc(blank, matcher, first: str, head: tuple[str, str, str, str], noun: tuple[str, str]):
    # "Serbia cast the tie-breaking vote against Kosovo." with the hyphenated word's pieces glued
    rows = [
        ("Serbia", 1, "nsubj", "PROPN", "Serbia", "NNP"),
        ("cast", 1, "ROOT", "VERB", "cast", "VBD"),
        ("the", 6, "det", "DET", "the", "DT"),
        (first, 5, "npadvmod", "NOUN", first, "NN"),
        ("-", 5, "punct", "PUNCT", "-", "HYPH"),
        (head[0], 6, "amod", head[3], head[1], head[2]),
        (noun[0], 1, "dobj", "NOUN", noun[1], "NN"),
        ("against", 1, "prep", "ADP", "against", "IN"),
        ("Kosovo", 7, "pobj", "PROPN", "Kosovo", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-GPE"] + ["O"] * 7 + ["B-GPE", "O"]
    spaces = [True, True, True, False, False, True, True, True, False, False]
    return make_doc(blank, matcher, rows, ents=ents, spaces=spaces)


def test_a_trigger_inside_a_hyphenated_modifier_is_no_event(blank, matcher, gazetteer):
    cases = [
        ("tie", ("breaking", "break", "VBG", "VERB"), ("vote", "vote")),
        ("fire", ("fighting", "fight", "VBG", "VERB"), ("effort", "effort")),
        ("budget", ("funded", "fund", "VBN", "VERB"), ("school", "school")),
    ]
    for first, head, noun in cases:
        ex = run(_modifier_doc(blank, matcher, first, head, noun), gazetteer)
        assert not [e for e in ex.events if e.trigger.text == head[0]], f"{first}-{head[0]}"
        assert not [s for s in ex.stances if s.trigger.text == head[0]], f"{first}-{head[0]}"


def _strikes_doc(blank, matcher, first: str):
    # "Israel carried out air-strikes on Lebanon." / "... anti-strikes on ..." (made other)
    rows = [
        ("Israel", 1, "nsubj", "PROPN", "Israel", "NNP"),
        ("carried", 1, "ROOT", "VERB", "carry", "VBD"),
        ("out", 1, "prt", "ADP", "out", "RP"),
        (first, 5, "compound", "NOUN", first, "NN"),
        ("-", 5, "punct", "PUNCT", "-", "HYPH"),
        ("strikes", 1, "dobj", "NOUN", "strike", "NNS"),
        ("on", 5, "prep", "ADP", "on", "IN"),
        ("Lebanon", 6, "pobj", "PROPN", "Lebanon", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-GPE"] + ["O"] * 6 + ["B-GPE", "O"]
    spaces = [True, True, True, False, False, True, True, False, False]
    return make_doc(blank, matcher, rows, ents=ents, spaces=spaces)


def test_a_hyphenated_noun_is_a_kind_of_its_head(blank, matcher, gazetteer):
    ex = run(_strikes_doc(blank, matcher, "air"), gazetteer)
    assert any(e.trigger.text == "strikes" and e.event_type in {"FIGHT", "ASSAULT"} for e in ex.events)


def _reimposed_doc(blank, matcher):
    # "Canada re-imposed sanctions on Cuba."
    rows = [
        ("Canada", 3, "nsubj", "PROPN", "Canada", "NNP"),
        ("re", 3, "advmod", "ADV", "re", "RB"),
        ("-", 3, "punct", "PUNCT", "-", "HYPH"),
        ("imposed", 3, "ROOT", "VERB", "impose", "VBD"),
        ("sanctions", 3, "dobj", "NOUN", "sanction", "NNS"),
        ("on", 4, "prep", "ADP", "on", "IN"),
        ("Cuba", 5, "pobj", "PROPN", "Cuba", "NNP"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-GPE"] + ["O"] * 5 + ["B-GPE", "O"]
    spaces = [True, False, False, True, True, True, False, False]
    return make_doc(blank, matcher, rows, ents=ents, spaces=spaces)


def test_a_word_done_again_keeps_its_event(blank, matcher, gazetteer):
    ex = run(_reimposed_doc(blank, matcher), gazetteer)
    assert any(e.event_type == "SANCTION" for e in ex.events)
