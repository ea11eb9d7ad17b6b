"""Whose stance or act a clause tells. The parser sometimes hangs a clause's subject on its auxiliary ("France however has opposed
...": "France" under "has"); the subject is still the verb's, and on a passive auxiliary ("Navalny
was detained" with "Navalny" under "was") it undergoes the act. Hand-built Docs."""

from __future__ import annotations

from tests.extract.handmade import extract_doc, make_doc, roles


def _run(doc, gazetteer):
    return extract_doc(doc, gazetteer)


def test_a_subject_on_the_auxiliary_holds_the_stance(blank, matcher, gazetteer):
    # "France however has opposed the resolution ." ("France" and "however" under "has")
    doc = make_doc(blank, matcher, [
        ("France", 2, "nsubj", "PROPN", "France"),
        ("however", 2, "advmod", "ADV", "however"),
        ("has", 3, "aux", "AUX", "have", "VBZ"),
        ("opposed", 3, "ROOT", "VERB", "oppose", "VBN"),
        ("the", 5, "det", "DET", "the"),
        ("resolution", 3, "dobj", "NOUN", "resolution", "NN"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    [stance] = _run(doc, gazetteer).stances
    assert stance.holder.actor.key == "state/FRA"
    assert stance.polarity == -1


def test_a_subject_on_a_passive_auxiliary_undergoes_the_act(blank, matcher, gazetteer):
    # "Russia said Navalny was detained ." ("Navalny" under "was")
    doc = make_doc(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("Navalny", 3, "nsubj", "PROPN", "Navalny"),
        ("was", 4, "auxpass", "AUX", "be", "VBD"),
        ("detained", 1, "ccomp", "VERB", "detain", "VBN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-PERSON", "O", "O", "O"])
    [event] = [e for e in _run(doc, gazetteer).events if e.trigger.text == "detained"]
    sides = roles(event)
    assert not any(role == "source" and "navalny" in key for key, role in sides)
    assert any(role == "target" and "navalny" in key for key, role in sides)


def test_it_in_a_warning_clause_is_the_warner(blank, matcher, gazetteer):
    # "Japan issued a warning that it opposes the plan ."
    doc = make_doc(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan"),
        ("issued", 1, "ROOT", "VERB", "issue", "VBD"),
        ("a", 3, "det", "DET", "a"),
        ("warning", 1, "dobj", "NOUN", "warning", "NN"),
        ("that", 6, "mark", "SCONJ", "that"),
        ("it", 6, "nsubj", "PRON", "it"),
        ("opposes", 3, "acl", "VERB", "oppose", "VBZ"),
        ("the", 8, "det", "DET", "the"),
        ("plan", 6, "dobj", "NOUN", "plan", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O"])
    [stance] = [s for s in _run(doc, gazetteer).stances if s.trigger.text == "opposes"]
    assert stance.holder.actor.key == "state/JPN"


def test_charging_someone_with_a_crime_accuses(blank, matcher, gazetteer):
    # "China charged the Canadian with espionage ."
    doc = make_doc(blank, matcher, [
        ("China", 1, "nsubj", "PROPN", "China"),
        ("charged", 1, "ROOT", "VERB", "charge", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("Canadian", 1, "dobj", "PROPN", "Canadian"),
        ("with", 1, "prep", "ADP", "with"),
        ("espionage", 4, "pobj", "NOUN", "espionage"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "B-NORP", "O", "O", "O"])
    [stance] = _run(doc, gazetteer).stances
    assert (stance.holder.actor.key, stance.stance_type, stance.polarity) == ("state/CHN", "DISAPPROVE", -1)


def test_charged_with_a_task_is_no_accusation(blank, matcher, gazetteer):
    # "France charged the envoy with ensuring peace ."
    doc = make_doc(blank, matcher, [
        ("France", 1, "nsubj", "PROPN", "France"),
        ("charged", 1, "ROOT", "VERB", "charge", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("envoy", 1, "dobj", "NOUN", "envoy"),
        ("with", 1, "prep", "ADP", "with"),
        ("ensuring", 4, "pcomp", "VERB", "ensure", "VBG"),
        ("peace", 5, "dobj", "NOUN", "peace"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O"])
    assert [s for s in _run(doc, gazetteer).stances if s.trigger.text == "charged"] == []


def test_the_condemned_holds_no_condemnation(blank, matcher, gazetteer):
    # "Russia was condemned for the invasion ."
    doc = make_doc(blank, matcher, [
        ("Russia", 2, "nsubjpass", "PROPN", "Russia"),
        ("was", 2, "auxpass", "AUX", "be", "VBD"),
        ("condemned", 2, "ROOT", "VERB", "condemn", "VBN"),
        ("for", 2, "prep", "ADP", "for"),
        ("the", 5, "det", "DET", "the"),
        ("invasion", 3, "pobj", "NOUN", "invasion", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    assert [s for s in _run(doc, gazetteer).stances if s.holder.actor.key == "state/RUS"] == []
