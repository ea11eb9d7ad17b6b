""""Biden called Kishida Fumio today to congratulate him": the parser may take a name after
"called" for what someone is called (an object predicate) -- it is whom they phoned; and "him"
in the purpose clause is the one called, not the caller who congratulates. Hand-built Docs;
sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc


def _claims(doc, gazetteer):
    ex = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2024, 10, 1)), gazetteer)
    events = [(e.event_type, sorted((p.role, p.mention.actor.key) for p in e.participants if not p.via_role))
              for e in ex.events]
    stances = [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key if s.target_actor else None)
               for s in ex.stances]
    return events, stances


def test_a_name_after_called_is_the_callee_and_him_is_not_the_caller(blank, matcher, gazetteer):
    doc = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden"),
        ("called", 1, "ROOT", "VERB", "call", "VBD"),
        ("Kishida", 3, "compound", "PROPN", "Kishida"),
        ("Fumio", 1, "oprd", "PROPN", "Fumio"),
        ("to", 5, "aux", "PART", "to", "TO"),
        ("congratulate", 1, "advcl", "VERB", "congratulate", "VB"),
        ("him", 5, "dobj", "PRON", "he", "PRP"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    events, stances = _claims(doc, gazetteer)
    assert events == [("CONSULT", [("source", "person/joe-biden"), ("target", "person/fumio-kishida")])]
    assert stances == [("SUPPORT", "person/joe-biden", "person/fumio-kishida")]


def test_good_wishes_to_someone_are_support_but_a_wish_of_ones_own_is_not(blank, matcher, gazetteer):
    # "Putin wished Macron success ."
    doc = make_doc(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin"), ("wished", 1, "ROOT", "VERB", "wish", "VBD"),
        ("Macron", 1, "dative", "PROPN", "Macron"), ("success", 1, "dobj", "NOUN", "success"),
        (".", 1, "punct", "PUNCT", ".")], ents=["B-PERSON", "O", "B-PERSON", "O", "O"])
    assert _claims(doc, gazetteer)[1] == [("SUPPORT", "person/vladimir-putin", "person/emmanuel-macron")]
    # "Putin wished to visit Paris ."
    doc = make_doc(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin"), ("wished", 1, "ROOT", "VERB", "wish", "VBD"),
        ("to", 3, "aux", "PART", "to", "TO"), ("visit", 1, "xcomp", "VERB", "visit", "VB"),
        ("Paris", 3, "dobj", "PROPN", "Paris"), (".", 1, "punct", "PUNCT", ".")],
        ents=["B-PERSON", "O", "O", "O", "B-GPE", "O"])
    assert _claims(doc, gazetteer)[1] == []


def test_spoke_with_x_to_convey_parsed_as_an_absolute_clause_is_still_a_call(blank, matcher, gazetteer):
    # "Biden spoke with Kishida to convey the U.S. commitment to peace ." with "with" as the mark of "convey"
    doc = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden"), ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
        ("with", 4, "mark", "SCONJ", "with"), ("Kishida", 4, "nsubj", "PROPN", "Kishida"),
        ("convey", 1, "advcl", "VERB", "convey", "VB"), ("the", 7, "det", "DET", "the"),
        ("U.S.", 7, "compound", "PROPN", "U.S."), ("commitment", 4, "dobj", "NOUN", "commitment"),
        ("to", 7, "prep", "ADP", "to"), ("peace", 8, "pobj", "NOUN", "peace"), (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "B-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O"])
    assert _claims(doc, gazetteer)[0] == [("CONSULT", [("source", "person/joe-biden"), ("target", "person/fumio-kishida")])]
    ex = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2024, 10, 1)), gazetteer)
    assert [(s.holder.actor.key, s.trigger.text) for s in ex.stances] == [("state/USA", "commitment")]
