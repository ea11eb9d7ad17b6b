"""Releasing people named as held is a release (CAMEO 0841) whatever the noun ("released the
detained leaders", not only "prisoners"); a release or withdrawal someone supports or works for
is wished for, not had ("our support for the release of X" is hypothetical). Hand-built Docs."""

from __future__ import annotations

from tests.extract.handmade import events_of, make_doc, roles


def test_releasing_people_held_is_a_release(blank, matcher, gazetteer):
    # "Cambodia released the detained leaders ."
    doc = make_doc(blank, matcher, [
        ("Cambodia", 1, "nsubj", "PROPN", "Cambodia"),
        ("released", 1, "ROOT", "VERB", "release", "VBD"),
        ("the", 4, "det", "DET", "the"),
        ("detained", 4, "amod", "VERB", "detain", "VBN"),
        ("leaders", 1, "dobj", "NOUN", "leader", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O"])
    [release] = events_of(doc, gazetteer, "RETREAT")
    assert release.trigger.text == "released"
    assert ("state/KHM", "source") in roles(release)


def test_releasing_a_statement_is_no_release(blank, matcher, gazetteer):
    # "Cambodia released the statement ."
    doc = make_doc(blank, matcher, [
        ("Cambodia", 1, "nsubj", "PROPN", "Cambodia"),
        ("released", 1, "ROOT", "VERB", "release", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("statement", 1, "dobj", "NOUN", "statement", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O"])
    assert events_of(doc, gazetteer, "RETREAT") == []


def test_support_for_a_release_is_no_release_yet(blank, matcher, gazetteer):
    # "We reiterate our support for the release of the Canadians detained in China ."
    doc = make_doc(blank, matcher, [
        ("We", 1, "nsubj", "PRON", "we"),
        ("reiterate", 1, "ROOT", "VERB", "reiterate", "VBP"),
        ("our", 3, "poss", "PRON", "our"),
        ("support", 1, "dobj", "NOUN", "support", "NN"),
        ("for", 1, "prep", "ADP", "for"),
        ("the", 6, "det", "DET", "the"),
        ("release", 4, "pobj", "NOUN", "release", "NN"),
        ("of", 6, "prep", "ADP", "of"),
        ("the", 9, "det", "DET", "the"),
        ("Canadians", 7, "pobj", "PROPN", "Canadians", "NNPS"),
        ("detained", 9, "acl", "VERB", "detain", "VBN"),
        ("in", 10, "prep", "ADP", "in"),
        ("China", 11, "pobj", "PROPN", "China"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "O", "O", "O", "B-NORP", "O", "O", "B-GPE", "O"])
    releases = events_of(doc, gazetteer, "RETREAT")
    assert releases and all(e.modality != "asserted" for e in releases)
