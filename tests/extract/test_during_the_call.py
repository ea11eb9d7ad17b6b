"""A call or talks named only in a "during ..." phrase ("During the telephone conversation, Putin
congratulated X"): those who talked are the clause's subject and whom it addresses, not the places
their topics are in; and talks someone briefs on are theirs. Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2022, 1, 10)


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def _sides(event):
    return sorted((p.role, p.mention.actor.key) for p in event.participants if not p.via_role)


def test_the_subject_talked_with_whom_the_clause_addresses(blank, matcher, gazetteer):
    # "During the conversation , Russia congratulated France on the anniversary ."
    doc = make_doc(blank, matcher, [
        ("During", 5, "prep", "ADP", "during"),
        ("the", 2, "det", "DET", "the"),
        ("conversation", 0, "pobj", "NOUN", "conversation", "NN"),
        (",", 5, "punct", "PUNCT", ","),
        ("Russia", 5, "nsubj", "PROPN", "Russia"),
        ("congratulated", 5, "ROOT", "VERB", "congratulate", "VBD"),
        ("France", 5, "dobj", "PROPN", "France"),
        ("on", 5, "prep", "ADP", "on"),
        ("the", 9, "det", "DET", "the"),
        ("anniversary", 7, "pobj", "NOUN", "anniversary", "NN"),
        (".", 5, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "CONSULT"]
    assert event.trigger.text == "conversation"
    assert _sides(event) == [("source", "state/RUS"), ("target", "state/FRA")]


def test_joint_subjects_talked_and_the_place_of_their_topic_is_no_side(blank, matcher, gazetteer):
    # "In the course of the talks , Russia and Uzbekistan discussed events in Kazakhstan ."
    doc = make_doc(blank, matcher, [
        ("In", 10, "prep", "ADP", "in"),
        ("the", 2, "det", "DET", "the"),
        ("course", 0, "pobj", "NOUN", "course", "NN"),
        ("of", 2, "prep", "ADP", "of"),
        ("the", 5, "det", "DET", "the"),
        ("talks", 3, "pobj", "NOUN", "talk", "NNS"),
        (",", 10, "punct", "PUNCT", ","),
        ("Russia", 10, "nsubj", "PROPN", "Russia"),
        ("and", 7, "cc", "CCONJ", "and"),
        ("Uzbekistan", 7, "conj", "PROPN", "Uzbekistan"),
        ("discussed", 10, "ROOT", "VERB", "discuss", "VBD"),
        ("events", 10, "dobj", "NOUN", "event", "NNS"),
        ("in", 11, "prep", "ADP", "in"),
        ("Kazakhstan", 12, "pobj", "PROPN", "Kazakhstan"),
        (".", 10, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "CONSULT"]
    assert event.trigger.text == "talks"
    assert {key for _, key in _sides(event)} == {"state/RUS", "state/UZB"}


def test_who_briefs_on_talks_with_a_side_held_them(blank, matcher, gazetteer):
    # "Russia informed France of the talks with Ukraine ." -- Russia's talks with Ukraine
    doc = make_doc(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia"),
        ("informed", 1, "ROOT", "VERB", "inform", "VBD"),
        ("France", 1, "dobj", "PROPN", "France"),
        ("of", 1, "prep", "ADP", "of"),
        ("the", 5, "det", "DET", "the"),
        ("talks", 3, "pobj", "NOUN", "talk", "NNS"),
        ("with", 5, "prep", "ADP", "with"),
        ("Ukraine", 6, "pobj", "PROPN", "Ukraine"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "CONSULT"]
    assert _sides(event) == [("source", "state/RUS"), ("target", "state/UKR")]


def test_talks_with_a_state_in_a_readout_naming_no_other_side_are_the_publishers(blank, matcher, gazetteer):
    # "The issue came up during a videoconference with France ." in a Kremlin readout: Russia's
    doc = make_doc(blank, matcher, [
        ("The", 1, "det", "DET", "the"),
        ("issue", 2, "nsubj", "NOUN", "issue", "NN"),
        ("came", 2, "ROOT", "VERB", "come", "VBD"),
        ("up", 2, "prt", "ADP", "up"),
        ("during", 2, "prep", "ADP", "during"),
        ("a", 6, "det", "DET", "a"),
        ("videoconference", 4, "pobj", "NOUN", "videoconference", "NN"),
        ("with", 6, "prep", "ADP", "with"),
        ("France", 7, "pobj", "PROPN", "France"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    article = Article(id="sha256:test", text=doc.text, published=PUBLISHED, publisher="President of Russia")
    [event] = [e for e in extract(doc, article, gazetteer).events if e.event_type == "CONSULT"]
    assert _sides(event) == [("source", "state/RUS"), ("target", "state/FRA")]
    assert not [e for e in run(doc, gazetteer).events if e.event_type == "CONSULT"]  # no publisher: no second side


def test_the_officials_of_a_meeting_are_its_two_sides_and_a_topic_is_no_party(blank, matcher, gazetteer):
    # "Biden met Kishida . The officials agreed to consult on Iran ."
    doc = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden", "NNP"), ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("Kishida", 1, "dobj", "PROPN", "Kishida", "NNP"), (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 5, "det", "DET", "the", "DT"), ("officials", 6, "nsubj", "NOUN", "official", "NNS"),
        ("agreed", 6, "ROOT", "VERB", "agree", "VBD"), ("to", 8, "aux", "PART", "to", "TO"),
        ("consult", 6, "xcomp", "VERB", "consult", "VB"), ("on", 8, "prep", "ADP", "on", "IN"),
        ("Iran", 9, "pobj", "PROPN", "Iran", "NNP"), (".", 6, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
        sent_starts=[True, False, False, False, True] + [False] * 7)
    [agree] = [e for e in run(doc, gazetteer).events if e.event_type == "AGREE"]
    keys = {key for _, key in _sides(agree)}
    assert {"person/joe-biden", "person/fumio-kishida"} <= keys and "state/IRN" not in keys
