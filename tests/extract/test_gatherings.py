"""A gathering of a multilateral body named as such is a talk among its members ("the BRICS
summit took place"), even with no other side named; its host or an attendee named meets the body
("Japan will host the G7 summit", "the summit hosted by China"). A state's own organ is no
multilateral body ("a meeting of the Russian Security Council"). Hand-built Docs."""

from __future__ import annotations

from tests.extract.handmade import events_of, make_doc, roles


def test_a_named_summit_of_a_body_is_a_talk(blank, matcher, gazetteer):
    # "The BRICS summit took place ."
    doc = make_doc(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("BRICS", 2, "compound", "PROPN", "BRICS"),
        ("summit", 3, "nsubj", "NOUN", "summit", "NN"),
        ("took", 3, "ROOT", "VERB", "take", "VBD"),
        ("place", 3, "dobj", "NOUN", "place"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "B-ORG", "O", "O", "O", "O"])
    [talk] = events_of(doc, gazetteer, "CONSULT")
    assert talk.trigger.text == "summit"
    assert roles(talk) == {("org/BRICS", "source")}


def test_the_host_of_a_summit_meets_the_body(blank, matcher, gazetteer):
    # "Japan will host the G7 summit ."
    doc = make_doc(blank, matcher, [
        ("Japan", 2, "nsubj", "PROPN", "Japan"),
        ("will", 2, "aux", "AUX", "will", "MD"),
        ("host", 2, "ROOT", "VERB", "host", "VB"),
        ("the", 5, "det", "DET", "the"),
        ("G7", 5, "compound", "PROPN", "G7"),
        ("summit", 2, "dobj", "NOUN", "summit", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-ORG", "O", "O"])
    [talk] = events_of(doc, gazetteer, "CONSULT")
    assert roles(talk) == {("state/JPN", "source"), ("org/G7", "target")}
    assert talk.modality == "planned"


def test_a_summit_hosted_by_a_state(blank, matcher, gazetteer):
    # "The SCO summit hosted by India ended ."
    doc = make_doc(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("SCO", 2, "compound", "PROPN", "SCO"),
        ("summit", 6, "nsubj", "NOUN", "summit", "NN"),
        ("hosted", 2, "acl", "VERB", "host", "VBN"),
        ("by", 3, "agent", "ADP", "by"),
        ("India", 4, "pobj", "PROPN", "India"),
        ("ended", 6, "ROOT", "VERB", "end", "VBD"),
        (".", 6, "punct", "PUNCT", "."),
    ], ents=["O", "B-ORG", "O", "O", "O", "B-GPE", "O", "O"])
    [talk] = events_of(doc, gazetteer, "CONSULT")
    assert roles(talk) == {("state/IND", "source"), ("org/SCO", "target")}


def test_a_meeting_of_a_states_own_organ_is_no_talk(blank, matcher, gazetteer):
    # "The Russian Security Council meeting ended ." (a body of one state, not of many)
    doc = make_doc(blank, matcher, [
        ("The", 4, "det", "DET", "the"),
        ("Russian", 3, "compound", "PROPN", "Russian"),
        ("Security", 3, "compound", "PROPN", "Security"),
        ("Council", 4, "compound", "PROPN", "Council"),
        ("meeting", 5, "nsubj", "NOUN", "meeting", "NN"),
        ("ended", 5, "ROOT", "VERB", "end", "VBD"),
        (".", 5, "punct", "PUNCT", "."),
    ], ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert events_of(doc, gazetteer, "CONSULT") == []


def test_a_round_of_exercises_is_carried_by_its_verb(blank, matcher, gazetteer):
    # "Jordan and the United States began a round of joint exercises ."
    doc = make_doc(blank, matcher, [
        ("Jordan", 5, "nsubj", "PROPN", "Jordan"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("the", 4, "det", "DET", "the"),
        ("United", 4, "compound", "PROPN", "United"),
        ("States", 0, "conj", "PROPN", "States"),
        ("began", 5, "ROOT", "VERB", "begin", "VBD"),
        ("a", 7, "det", "DET", "a"),
        ("round", 5, "dobj", "NOUN", "round", "NN"),
        ("of", 7, "prep", "ADP", "of"),
        ("joint", 10, "amod", "ADJ", "joint"),
        ("exercises", 8, "pobj", "NOUN", "exercise", "NNS"),
        (".", 5, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O", "O", "O", "O", "O", "O"])
    [drill] = events_of(doc, gazetteer, "COOPERATE")
    assert {"state/JOR", "state/USA"} <= {k for k, role in roles(drill) if role == "source"}


def test_a_round_of_talks_held_is_one_talk(blank, matcher, gazetteer):
    # "Russia and Ukraine held a new round of talks ."
    doc = make_doc(blank, matcher, [
        ("Russia", 3, "nsubj", "PROPN", "Russia"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Ukraine", 0, "conj", "PROPN", "Ukraine"),
        ("held", 3, "ROOT", "VERB", "hold", "VBD"),
        ("a", 6, "det", "DET", "a"),
        ("new", 6, "amod", "ADJ", "new"),
        ("round", 3, "dobj", "NOUN", "round", "NN"),
        ("of", 6, "prep", "ADP", "of"),
        ("talks", 7, "pobj", "NOUN", "talk", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"])
    assert len(events_of(doc, gazetteer, "CONSULT")) == 1


def test_joining_someone_for_talks_is_a_talk_with_them(blank, matcher, gazetteer):
    # "Japan joined the United States for talks ."
    doc = make_doc(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan"),
        ("joined", 1, "ROOT", "VERB", "join", "VBD"),
        ("the", 4, "det", "DET", "the"),
        ("United", 4, "compound", "PROPN", "United"),
        ("States", 1, "dobj", "PROPN", "States"),
        ("for", 1, "prep", "ADP", "for"),
        ("talks", 5, "pobj", "NOUN", "talk", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O", "O"])
    [talk] = events_of(doc, gazetteer, "CONSULT")
    assert roles(talk) == {("state/JPN", "source"), ("state/USA", "target")}
