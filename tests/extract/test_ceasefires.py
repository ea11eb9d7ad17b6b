"""A ceasefire or truce someone declares is their retreat (CAMEO 0871), spelt "ceasefire" or
"cease-fire" (not the "fire" of an attack); a ceasefire only welcomed or called for is what a
stance is about, not an event. An imposed blockade restricts (CAMEO 191, PLOVER COERCE). Hand-built Docs."""

from __future__ import annotations

from tests.extract.handmade import events_of, make_doc, roles


def test_an_announced_cease_fire_is_a_retreat(blank, matcher, gazetteer):
    # "Afghanistan announced a cease-fire with the Taliban ."
    rows = [
        ("Afghanistan", 1, "nsubj", "PROPN", "Afghanistan"),
        ("announced", 1, "ROOT", "VERB", "announce", "VBD"),
        ("a", 5, "det", "DET", "a"),
        ("cease", 5, "compound", "NOUN", "cease"),
        ("-", 5, "punct", "PUNCT", "-"),
        ("fire", 1, "dobj", "NOUN", "fire", "NN"),
        ("with", 5, "prep", "ADP", "with"),
        ("the", 8, "det", "DET", "the"),
        ("Taliban", 6, "pobj", "PROPN", "Taliban"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    spaces = [True, True, True, False, False, True, True, True, False, False]
    doc = make_doc(blank, matcher, rows, ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O"],
                   spaces=spaces)
    [event] = events_of(doc, gazetteer)
    assert (event.event_type, event.trigger.text) == ("RETREAT", "cease-fire")
    assert roles(event) >= {
        ("state/AFG", "source"), ("org/TALIBAN", "target")}


def test_a_welcomed_ceasefire_is_no_event(blank, matcher, gazetteer):
    # "The United States welcomes the ceasefire between Israel and Lebanon ." (sides named: only
    # the missing declarer keeps it from being an event)
    doc = make_doc(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("United", 2, "compound", "PROPN", "United"),
        ("States", 3, "nsubj", "PROPN", "States"),
        ("welcomes", 3, "ROOT", "VERB", "welcome", "VBZ"),
        ("the", 5, "det", "DET", "the"),
        ("ceasefire", 3, "dobj", "NOUN", "ceasefire", "NN"),
        ("between", 5, "prep", "ADP", "between"),
        ("Israel", 6, "pobj", "PROPN", "Israel"),
        ("and", 7, "cc", "CCONJ", "and"),
        ("Lebanon", 7, "conj", "PROPN", "Lebanon"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "I-GPE", "I-GPE", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    assert [e for e in events_of(doc, gazetteer) if e.event_type == "RETREAT"] == []


def test_an_imposed_blockade_restricts(blank, matcher, gazetteer):
    # "Israel imposed a blockade on Gaza ." (CAMEO 191, PLOVER COERCE restrict)
    doc = make_doc(blank, matcher, [
        ("Israel", 1, "nsubj", "PROPN", "Israel"),
        ("imposed", 1, "ROOT", "VERB", "impose", "VBD"),
        ("a", 3, "det", "DET", "a"),
        ("blockade", 1, "dobj", "NOUN", "blockade", "NN"),
        ("on", 3, "prep", "ADP", "on"),
        ("Gaza", 4, "pobj", "PROPN", "Gaza"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    [event] = events_of(doc, gazetteer)
    assert (event.event_type, event.mode, event.cameo) == ("COERCE", "restrict", "191")
    assert roles(event) >= {
        ("state/ISR", "source"), ("state/PSE", "target")}
