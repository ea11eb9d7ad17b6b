"""Event senses from the CAMEO codebook and corpus audits, on hand-built Docs (sentences invented
for these tests): people held or used "as human shields" (CAMEO 184), civilians acting "during"
a demonstration are its demonstrators, and "demonstrating our commitment" / "rallied countries"
are no protests."""

from __future__ import annotations

from tests.extract.handmade import make_doc
from tests.extract.test_event_triggers import _events, run


def _shield_doc(blank, matcher, human: bool):
    # "Hamas used Israeli hostages as (human) shields."
    rows = [
        ("Hamas", 1, "nsubj", "PROPN", "Hamas", "NNP"),
        ("used", 1, "ROOT", "VERB", "use", "VBD"),
        ("Israeli", 3, "amod", "ADJ", "israeli", "JJ"),
        ("hostages", 1, "dobj", "NOUN", "hostage", "NNS"),
        ("as", 1, "prep", "ADP", "as", "IN"),
    ]
    if human:
        rows.append(("human", 6, "amod", "ADJ", "human", "JJ"))
    rows += [("shields", 4, "pobj", "NOUN", "shield", "NNS"), (".", 1, "punct", "PUNCT", ".", ".")]
    n = len(rows)
    ents = ["B-ORG", "O", "B-NORP"] + ["O"] * (n - 3)
    return make_doc(blank, matcher, rows, ents=ents, spaces=[True] * (n - 2) + [False, False])


def test_hostages_used_as_human_shields_are_assaulted(blank, matcher, gazetteer):
    got = _events(run(_shield_doc(blank, matcher, human=True), gazetteer))
    assert ("ASSAULT", "abduct", [("source", "org/HAMAS"), ("target", "state/ISR")]) in got
    assert not _events(run(_shield_doc(blank, matcher, human=False), gazetteer))  # a shield of another kind


def _during_doc(blank, matcher, subject: tuple[str, str, str]):
    # "Palestinian youths resorted to throwing stones during demonstrations, officials said."
    # (parsed as the parser does: "resorted" modifies "youths", the subject of "said")
    return make_doc(blank, matcher, [
        (subject[0], 1, "amod", "ADJ", subject[0].lower(), "JJ"),
        (subject[1], 11, "nsubj", "NOUN", subject[2], "NNS"),
        ("resorted", 1, "acl", "VERB", "resort", "VBD"),
        ("to", 2, "prep", "ADP", "to", "IN"),
        ("throwing", 3, "pcomp", "VERB", "throw", "VBG"),
        ("stones", 4, "dobj", "NOUN", "stone", "NNS"),
        ("during", 4, "prep", "ADP", "during", "IN"),
        ("demonstrations", 6, "pobj", "NOUN", "demonstration", "NNS"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("officials", 11, "nsubj", "NOUN", "official", "NNS"),
        ("said", 11, "ROOT", "VERB", "say", "VBD"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ], ents=["B-NORP"] + ["O"] * 11, spaces=[True] * 7 + [False, True, True, False, False])


def test_civilians_acting_during_a_demonstration_are_its_demonstrators(blank, matcher, gazetteer):
    got = _events(run(_during_doc(blank, matcher, ("Palestinian", "youths", "youth")), gazetteer))
    assert any(t == "PROTEST" and ("source", "state/PSE") in parts for t, _, parts in got)
    got = _events(run(_during_doc(blank, matcher, ("Israeli", "soldiers", "soldier")), gazetteer))
    assert not any(t == "PROTEST" and ("source", "state/ISR") in parts for t, _, parts in got)


def test_demonstrating_a_commitment_is_no_protest(blank, matcher, gazetteer):
    # "Japan demonstrated its commitment." / "Japanese farmers demonstrated."
    doc = make_doc(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("demonstrated", 1, "ROOT", "VERB", "demonstrate", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("commitment", 1, "dobj", "NOUN", "commitment", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O"], spaces=[True, True, True, False, False])
    assert not _events(run(doc, gazetteer))
    doc = make_doc(blank, matcher, [
        ("Japanese", 1, "amod", "ADJ", "japanese", "JJ"),
        ("farmers", 2, "nsubj", "NOUN", "farmer", "NNS"),
        ("demonstrated", 2, "ROOT", "VERB", "demonstrate", "VBD"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-NORP", "O", "O", "O"], spaces=[True, True, False, False])
    assert [t for t, *_ in _events(run(doc, gazetteer))] == ["PROTEST"]


def _met_with(blank, matcher, who: tuple[str, str, str]):
    # "Japan met with workers." / "Japan met with India."
    return make_doc(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("with", 1, "prep", "ADP", "with", "IN"),
        (who[0], 2, "pobj", who[1], who[2], "NNP" if who[1] == "PROPN" else "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "B-GPE" if who[1] == "PROPN" else "O", "O"], spaces=[True, True, True, False, False])


def test_a_meeting_needs_a_second_side(blank, matcher, gazetteer):
    assert not [t for t, *_ in _events(run(_met_with(blank, matcher, ("workers", "NOUN", "worker")), gazetteer))]
    got = _events(run(_met_with(blank, matcher, ("India", "PROPN", "India")), gazetteer))
    assert [(t, parts) for t, _, parts in got] == [("CONSULT", [("source", "state/JPN"), ("target", "state/IND")])]


def test_fighting_for_a_cause_is_no_combat(blank, matcher, gazetteer):
    # "The United States fights for a future." / "... fights against China."
    def doc(prep: str, obj: tuple[str, str, str], ent: str):
        return make_doc(blank, matcher, [
            ("The", 2, "det", "DET", "the", "DT"),
            ("United", 2, "compound", "PROPN", "United", "NNP"),
            ("States", 3, "nsubj", "PROPN", "States", "NNP"),
            ("fights", 3, "ROOT", "VERB", "fight", "VBZ"),
            (prep, 3, "prep", "ADP", prep, "IN"),
            (obj[0], 4, "pobj", obj[1], obj[2], "NN" if obj[1] == "NOUN" else "NNP"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ], ents=["B-GPE", "I-GPE", "I-GPE", "O", "O", ent, "O"], spaces=[True] * 5 + [False, False])
    assert not _events(run(doc("for", ("future", "NOUN", "future"), "O"), gazetteer))
    assert [t for t, *_ in _events(run(doc("against", ("China", "PROPN", "China"), "B-GPE"), gazetteer))] == ["FIGHT"]


def test_aid_to_ones_own_people_is_spending_at_home(blank, matcher, gazetteer):
    # "Japan provided aid to Japanese farmers." / "Japan provided aid to Kenyan farmers."
    def doc(nationality: str):
        return make_doc(blank, matcher, [
            ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
            ("provided", 1, "ROOT", "VERB", "provide", "VBD"),
            ("aid", 1, "dobj", "NOUN", "aid", "NN"),
            ("to", 1, "prep", "ADP", "to", "IN"),
            (nationality, 5, "amod", "ADJ", nationality.lower(), "JJ"),
            ("farmers", 3, "pobj", "NOUN", "farmer", "NNS"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ], ents=["B-GPE", "O", "O", "O", "B-NORP", "O", "O"], spaces=[True] * 5 + [False, False])
    assert not [t for t, *_ in _events(run(doc("Japanese"), gazetteer)) if t == "AID"]
    assert ("AID", None, [("source", "state/JPN"), ("target", "state/KEN")]) in _events(run(doc("Kenyan"), gazetteer))


def test_nouns_in_a_clause_inside_the_object_do_not_make_its_sense(blank, matcher, gazetteer):
    # "France sent a message that Iraq must admit inspectors." (the inspectors were not sent)
    doc = make_doc(blank, matcher, [
        ("France", 1, "nsubj", "PROPN", "France", "NNP"),
        ("sent", 1, "ROOT", "VERB", "send", "VBD"),
        ("a", 3, "det", "DET", "a", "DT"),
        ("message", 1, "dobj", "NOUN", "message", "NN"),
        ("that", 7, "mark", "SCONJ", "that", "IN"),
        ("Iraq", 7, "nsubj", "PROPN", "Iraq", "NNP"),
        ("must", 7, "aux", "AUX", "must", "MD"),
        ("admit", 3, "acl", "VERB", "admit", "VB"),
        ("inspectors", 7, "dobj", "NOUN", "inspector", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"], spaces=[True] * 8 + [False, False])
    assert not [t for t, *_ in _events(run(doc, gazetteer)) if t == "INVESTIGATE"]


def test_aid_workers_are_people_not_aid(blank, matcher, gazetteer):
    # "Russia sent aid to Syria ." is aid; "Russia attacked aid workers in Syria ." names people by
    # their work: no AID event (in a White House text the aid was once the publisher's, to Syria)
    sent = make_doc(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("sent", 1, "ROOT", "VERB", "send", "VBD"),
        ("aid", 1, "dobj", "NOUN", "aid", "NN"),
        ("to", 1, "prep", "ADP", "to", "IN"),
        ("Syria", 3, "pobj", "PROPN", "Syria", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert "AID" in [e[0] for e in _events(run(sent, gazetteer))]
    workers = make_doc(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
        ("aid", 3, "compound", "NOUN", "aid", "NN"),
        ("workers", 1, "dobj", "NOUN", "worker", "NNS"),
        ("in", 1, "prep", "ADP", "in", "IN"),
        ("Syria", 4, "pobj", "PROPN", "Syria", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    types = [e[0] for e in _events(run(workers, gazetteer, publisher="The White House"))]
    assert "AID" not in types


def test_receiving_a_named_guest_is_hosting_a_visit(blank, matcher, gazetteer):
    # "Biden received Kishida ." hosts him (CAMEO 043, the host as source);
    # "Biden received the Italy award ." hosts no one
    guest = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden", "NNP"),
        ("received", 1, "ROOT", "VERB", "receive", "VBD"),
        ("Kishida", 1, "dobj", "PROPN", "Kishida", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "B-PERSON", "O"])
    assert ("CONSULT", "visit", [("source", "person/joe-biden"), ("target", "person/fumio-kishida")]) in [
        (t, m, [p for p in parts if p[1].startswith("person/")]) for t, m, parts in _events(run(guest, gazetteer))]
    award = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden", "NNP"),
        ("received", 1, "ROOT", "VERB", "receive", "VBD"),
        ("the", 4, "det", "DET", "the", "DT"),
        ("Italy", 4, "compound", "PROPN", "Italy", "NNP"),
        ("award", 1, "dobj", "NOUN", "award", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "O", "B-GPE", "O", "O"])
    assert [e for e in _events(run(award, gazetteer)) if e[0] == "CONSULT"] == []
