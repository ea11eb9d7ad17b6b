"""A discussion is a talk (CONSULT) when both sides are named as discussing and no other talk in
the text is the one it narrates: "Russia and China discussed Syria" is a talk; "Biden spoke with
Trudeau. They discussed trade." is one call, not two; "Putin discussed the situation in Ukraine"
names one side and a topic. Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2022, 3, 5)


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def _talks(doc, gazetteer):
    return [e for e in run(doc, gazetteer).events if e.event_type == "CONSULT"]


def _sides(event):
    return sorted(p.mention.actor.key for p in event.participants)


def test_two_sides_discussing_is_a_talk(blank, matcher, gazetteer):
    # "Russia and China discussed the situation in Syria ."
    doc = make_doc(blank, matcher, [
        ("Russia", 3, "nsubj", "PROPN", "Russia"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("China", 0, "conj", "PROPN", "China"),
        ("discussed", 3, "ROOT", "VERB", "discuss", "VBD"),
        ("the", 5, "det", "DET", "the"),
        ("situation", 3, "dobj", "NOUN", "situation"),
        ("in", 5, "prep", "ADP", "in"),
        ("Syria", 6, "pobj", "PROPN", "Syria"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    [talk] = _talks(doc, gazetteer)
    assert talk.trigger.text == "discussed"
    assert {"state/RUS", "state/CHN"} <= set(_sides(talk))
    assert "state/SYR" not in _sides(talk)  # the topic's place is no side


def test_one_side_and_a_topic_is_no_talk(blank, matcher, gazetteer):
    # "Putin discussed the situation in Ukraine ."
    doc = make_doc(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin"),
        ("discussed", 1, "ROOT", "VERB", "discuss", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("situation", 1, "dobj", "NOUN", "situation"),
        ("in", 3, "prep", "ADP", "in"),
        ("Ukraine", 4, "pobj", "PROPN", "Ukraine"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O", "B-GPE", "O"])
    assert _talks(doc, gazetteer) == []


def test_a_discussion_after_the_call_is_that_call(blank, matcher, gazetteer):
    # "Biden spoke with Trudeau . They discussed trade ."
    doc = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden"),
        ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
        ("with", 1, "prep", "ADP", "with"),
        ("Trudeau", 2, "pobj", "PROPN", "Trudeau"),
        (".", 1, "punct", "PUNCT", "."),
        ("They", 6, "nsubj", "PRON", "they"),
        ("discussed", 6, "ROOT", "VERB", "discuss", "VBD"),
        ("trade", 6, "dobj", "NOUN", "trade"),
        (".", 6, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"],
        sent_starts=[True, False, False, False, False, True, False, False, False])
    [talk] = _talks(doc, gazetteer)
    assert talk.trigger.text == "spoke"


def test_the_one_discussed_with_is_the_other_side(blank, matcher, gazetteer):
    # "Putin discussed the agreement with Erdogan ."
    doc = make_doc(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin"),
        ("discussed", 1, "ROOT", "VERB", "discuss", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("agreement", 1, "dobj", "NOUN", "agreement"),
        ("with", 3, "prep", "ADP", "with"),
        ("Erdogan", 4, "pobj", "PROPN", "Erdogan"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O"])
    [talk] = _talks(doc, gazetteer)
    assert "person/recep-tayyip-erdogan" in [p.mention.actor.key for p in talk.participants if p.role == "target"]
