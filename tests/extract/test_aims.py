"""Whom an action is aimed at when its object names no actor (extract/aims.py), the state of a
titled person the gazetteer does not know, and domestic events (a state acting on its own
people), on hand-built Docs. Sentences and names are invented for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

make = partial(make_doc, quotes=False)  # tests.extract.handmade: no quote spans here


def stances(doc, gazetteer):
    ex = extract(doc, Article(id="t", text=doc.text, published=date(2024, 3, 1)), gazetteer)
    return [(s.stance_type, s.holder.actor.key, s.target_issue.label if s.target_issue else None,
             [a.key for a in s.target_issue.concerns] if s.target_issue else None) for s in ex.stances]


def test_threatened_action_concerns_its_recipient(blank, matcher, gazetteer):
    # "Iran threatened to cut electricity to Armenia ."
    doc = make(blank, matcher, [
        ("Iran", 1, "nsubj", "PROPN", "Iran"),
        ("threatened", 1, "ROOT", "VERB", "threaten", "VBD"),
        ("to", 3, "aux", "PART", "to"),
        ("cut", 1, "xcomp", "VERB", "cut", "VB"),
        ("electricity", 3, "dobj", "NOUN", "electricity", "NN"),
        ("to", 3, "prep", "ADP", "to"),
        ("Armenia", 5, "pobj", "PROPN", "Armenia"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert stances(doc, gazetteer) == [("THREATEN", "state/IRN", "to cut electricity to Armenia", ["state/ARM"])]


def test_threat_conditioned_on_another_state_concerns_it(blank, matcher, gazetteer):
    # "Russia threatened to stop the talks if Japan goes ahead ."
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia"),
        ("threatened", 1, "ROOT", "VERB", "threaten", "VBD"),
        ("to", 3, "aux", "PART", "to"),
        ("stop", 1, "xcomp", "VERB", "stop", "VB"),
        ("the", 5, "det", "DET", "the"),
        ("talks", 3, "dobj", "NOUN", "talk", "NNS"),
        ("if", 8, "mark", "SCONJ", "if"),
        ("Japan", 8, "nsubj", "PROPN", "Japan"),
        ("goes", 3, "advcl", "VERB", "go", "VBZ"),
        ("ahead", 8, "advmod", "ADV", "ahead"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"])
    assert ("THREATEN", "state/RUS", "to stop the talks if Japan goes ahead", ["state/JPN"]) in stances(doc, gazetteer)


def test_subject_of_the_action_clause_is_not_its_aim(blank, matcher, gazetteer):
    # "Chile rejected the plan that Peru proposed ." -- Peru proposes, the plan is not aimed at it
    doc = make(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        ("rejected", 1, "ROOT", "VERB", "reject", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("plan", 1, "dobj", "NOUN", "plan", "NN"),
        ("that", 6, "dobj", "PRON", "that"),
        ("Peru", 6, "nsubj", "PROPN", "Peru"),
        ("proposed", 3, "relcl", "VERB", "propose", "VBD"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O"])
    assert stances(doc, gazetteer) == [("REJECT", "state/CHL", "plan", [])]


def events(doc, gazetteer):
    ex = extract(doc, Article(id="t", text=doc.text, published=date(2024, 3, 1)), gazetteer)
    return [(e.event_type, sorted((p.role, p.mention.actor.key) for p in e.participants if not p.via_role))
            for e in ex.events]


def test_event_target_named_in_the_triggers_branches(blank, matcher, gazetteer):
    # "Britain mobilized reservists for a war against Iraq ."
    doc = make(blank, matcher, [
        ("Britain", 1, "nsubj", "PROPN", "Britain"),
        ("mobilized", 1, "ROOT", "VERB", "mobilize", "VBD"),
        ("reservists", 1, "dobj", "NOUN", "reservist", "NNS"),
        ("for", 1, "prep", "ADP", "for"),
        ("a", 5, "det", "DET", "a"),
        ("war", 3, "pobj", "NOUN", "war", "NN"),
        ("against", 5, "prep", "ADP", "against"),
        ("Iraq", 6, "pobj", "PROPN", "Iraq"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert ("MOBILIZE", [("source", "state/GBR"), ("target", "state/IRQ")]) in events(doc, gazetteer)


def test_investigation_aimed_at_a_group_of_a_state(blank, matcher, gazetteer):
    # "Chile investigated abuses by Peruvian soldiers ."
    doc = make(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        ("investigated", 1, "ROOT", "VERB", "investigate", "VBD"),
        ("abuses", 1, "dobj", "NOUN", "abuse", "NNS"),
        ("by", 2, "prep", "ADP", "by"),
        ("Peruvian", 5, "amod", "ADJ", "peruvian", "JJ"),
        ("soldiers", 3, "pobj", "NOUN", "soldier", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-NORP", "O", "O"])
    assert events(doc, gazetteer) == [("INVESTIGATE", [("source", "state/CHL"), ("target", "state/PER")])]


def test_where_an_agreement_is_signed_is_not_its_target(blank, matcher, gazetteer):
    # "Chile signed the agreement in Peru ."
    doc = make(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        ("signed", 1, "ROOT", "VERB", "sign", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("agreement", 1, "dobj", "NOUN", "agreement", "NN"),
        ("in", 1, "prep", "ADP", "in"),
        ("Peru", 4, "pobj", "PROPN", "Peru"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    assert events(doc, gazetteer) == [("AGREE", [("source", "state/CHL")])]


def test_titled_person_unknown_to_the_gazetteer_serves_the_one_state_named(blank, matcher, gazetteer):
    # "President Okello banned Ugandan opposition parties ." -- a domestic event: UGA on both sides
    doc = make(blank, matcher, [
        ("President", 1, "compound", "PROPN", "President"),
        ("Okello", 2, "nsubj", "PROPN", "Okello"),
        ("banned", 2, "ROOT", "VERB", "ban", "VBD"),
        ("Ugandan", 5, "amod", "ADJ", "ugandan", "JJ"),
        ("opposition", 5, "compound", "NOUN", "opposition"),
        ("parties", 2, "dobj", "NOUN", "party", "NNS"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["O", "B-PERSON", "O", "B-NORP", "O", "O", "O"])
    ex = extract(doc, Article(id="t", text=doc.text, published=date(2024, 3, 1)), gazetteer)
    person = next(m for m in ex.mentions if m.actor.kind == "Person")
    assert (person.actor.key, person.role.role, person.role.of.key) == (
        "actor/person/okello", "head-of-state", "state/UGA")
    [event] = ex.events
    assert sorted((p.role, p.mention.actor.key) for p in event.participants) == [
        ("source", "actor/person/okello"), ("source", "state/UGA"), ("target", "state/UGA")]


def test_state_in_another_persons_title_is_not_the_unknown_presidents(blank, matcher, gazetteer):
    # "President Okello welcomed Kenyan leader Odhiambo ."
    doc = make(blank, matcher, [
        ("President", 1, "compound", "PROPN", "President"),
        ("Okello", 2, "nsubj", "PROPN", "Okello"),
        ("welcomed", 2, "ROOT", "VERB", "welcome", "VBD"),
        ("Kenyan", 4, "amod", "ADJ", "kenyan", "JJ"),
        ("leader", 5, "compound", "NOUN", "leader"),
        ("Odhiambo", 2, "dobj", "PROPN", "Odhiambo"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["O", "B-PERSON", "O", "B-NORP", "O", "B-PERSON", "O"])
    ex = extract(doc, Article(id="t", text=doc.text, published=date(2024, 3, 1)), gazetteer)
    okello = next(m for m in ex.mentions if m.actor.key == "actor/person/okello")
    assert okello.role is None
