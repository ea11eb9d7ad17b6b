"""A group the text names with no state is of the one state its sentence names
(:mod:`diplograph.extract.groups`), on hand-built Docs."""

from __future__ import annotations

from datetime import date

from diplograph.extract.actors import find_actors
from diplograph.extract.groups import sole_state_group
from diplograph.extract.parties import fallback_actors
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2000, 1, 1)


def _index(doc, gazetteer):
    return find_actors(doc, Article(id="t", text=doc.text, published=PUBLISHED), gazetteer)


def _keys(mentions):
    return [m.actor.key for m in mentions]


def _elders_demand(blank, matcher, first: str, lemma: str):
    # "<first> elders demanded the resignation of the Turkish president ."
    return make_doc(blank, matcher, [
        (first, 1, "amod", "ADJ", lemma, "JJ"),
        ("elders", 2, "nsubj", "NOUN", "elder", "NNS"),
        ("demanded", 2, "ROOT", "VERB", "demand", "VBD"),
        ("the", 4, "det", "DET", "the"),
        ("resignation", 2, "dobj", "NOUN", "resignation", "NN"),
        ("of", 4, "prep", "ADP", "of"),
        ("the", 8, "det", "DET", "the"),
        ("Turkish", 8, "amod", "ADJ", "Turkish", "JJ"),
        ("president", 5, "pobj", "NOUN", "president", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "O", "B-NORP", "O", "O"])


def test_a_people_group_is_of_the_only_state_of_its_sentence(blank, matcher, gazetteer):
    doc = _elders_demand(blank, matcher, "Kurdish", "kurdish")
    found = sole_state_group(doc, doc[1], _index(doc, gazetteer))
    assert _keys(found) == ["state/TUR"]
    assert found[0].span.text == "elders"


def test_an_international_group_has_no_state_of_its_own(blank, matcher, gazetteer):
    doc = _elders_demand(blank, matcher, "foreign", "foreign")
    assert sole_state_group(doc, doc[1], _index(doc, gazetteer)) == []


def test_the_state_a_clause_acts_on_is_not_the_groups(blank, matcher, gazetteer):
    # "Militants fired rockets into Israel ." -- they may well come from elsewhere
    doc = make_doc(blank, matcher, [
        ("Militants", 1, "nsubj", "NOUN", "militant", "NNS"),
        ("fired", 1, "ROOT", "VERB", "fire", "VBD"),
        ("rockets", 1, "dobj", "NOUN", "rocket", "NNS"),
        ("into", 1, "prep", "ADP", "into"),
        ("Israel", 3, "pobj", "PROPN", "Israel", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O"])
    assert sole_state_group(doc, doc[0], _index(doc, gazetteer)) == []
    # "Protesters burned an Israeli army flag ." -- the object's state is the other side
    doc = make_doc(blank, matcher, [
        ("Protesters", 1, "nsubj", "NOUN", "protester", "NNS"),
        ("burned", 1, "ROOT", "VERB", "burn", "VBD"),
        ("an", 5, "det", "DET", "an"),
        ("Israeli", 5, "amod", "ADJ", "Israeli", "JJ"),
        ("army", 5, "compound", "NOUN", "army", "NN"),
        ("flag", 1, "dobj", "NOUN", "flag", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "B-NORP", "O", "O", "O"])
    assert sole_state_group(doc, doc[0], _index(doc, gazetteer)) == []


def test_two_states_in_the_sentence_name_no_group_state(blank, matcher, gazetteer):
    # "Rebels in the hills demanded talks between Chad and Sudan ."
    doc = make_doc(blank, matcher, [
        ("Rebels", 1, "nsubj", "NOUN", "rebel", "NNS"),
        ("demanded", 1, "ROOT", "VERB", "demand", "VBD"),
        ("talks", 1, "dobj", "NOUN", "talk", "NNS"),
        ("between", 2, "prep", "ADP", "between"),
        ("Chad", 3, "pobj", "PROPN", "Chad", "NNP"),
        ("and", 4, "cc", "CCONJ", "and"),
        ("Sudan", 4, "conj", "PROPN", "Sudan", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    assert sole_state_group(doc, doc[0], _index(doc, gazetteer)) == []


def test_a_rebel_group_and_a_partitive_name_their_members(blank, matcher, gazetteer):
    # "A rebel group asked for the release of Peruvian prisoners ."
    doc = make_doc(blank, matcher, [
        ("A", 2, "det", "DET", "a"),
        ("rebel", 2, "compound", "NOUN", "rebel", "NN"),
        ("group", 3, "nsubj", "NOUN", "group", "NN"),
        ("asked", 3, "ROOT", "VERB", "ask", "VBD"),
        ("for", 3, "prep", "ADP", "for"),
        ("the", 6, "det", "DET", "the"),
        ("release", 4, "pobj", "NOUN", "release", "NN"),
        ("of", 6, "prep", "ADP", "of"),
        ("Peruvian", 9, "amod", "ADJ", "Peruvian", "JJ"),
        ("prisoners", 7, "pobj", "NOUN", "prisoner", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "O", "O", "B-NORP", "O", "O"])
    assert _keys(sole_state_group(doc, doc[2], _index(doc, gazetteer))) == ["state/PER"]
    # "A group arrived ...": a plain "group" names no kind of group
    doc = make_doc(blank, matcher, [
        ("A", 1, "det", "DET", "a"),
        ("group", 2, "nsubj", "NOUN", "group", "NN"),
        ("arrived", 2, "ROOT", "VERB", "arrive", "VBD"),
        ("in", 2, "prep", "ADP", "in"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "NNP"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O"])
    assert sole_state_group(doc, doc[1], _index(doc, gazetteer)) == []


def test_what_such_a_group_said_it_would_do_is_its_own(blank, matcher, gazetteer):
    # "The opposition party said it will boycott Kenya 's elections ."
    doc = make_doc(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("opposition", 2, "compound", "NOUN", "opposition", "NN"),
        ("party", 3, "nsubj", "NOUN", "party", "NN"),
        ("said", 3, "ROOT", "VERB", "say", "VBD"),
        ("it", 6, "nsubj", "PRON", "it", "PRP"),
        ("will", 6, "aux", "AUX", "will", "MD"),
        ("boycott", 3, "ccomp", "VERB", "boycott", "VB"),
        ("Kenya", 9, "poss", "PROPN", "Kenya", "NNP"),
        ("'s", 7, "case", "PART", "'s", "POS"),
        ("elections", 6, "dobj", "NOUN", "election", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"],
        spaces=[True] * 7 + [False] + [True, False, False])
    index = _index(doc, gazetteer)
    assert _keys(fallback_actors(doc, doc[4], index, [], None)) == ["state/KEN"]
    assert _keys(fallback_actors(doc, doc[2], index, [], None)) == ["state/KEN"]


def test_a_group_based_in_a_place_is_of_its_state(blank, matcher, gazetteer):
    # "A newspaper based in Beirut defied the ban ."
    from diplograph.extract.groups import based_state

    doc = make_doc(blank, matcher, [
        ("A", 1, "det", "DET", "a"),
        ("newspaper", 5, "nsubj", "NOUN", "newspaper", "NN"),
        ("based", 1, "acl", "VERB", "base", "VBN"),
        ("in", 2, "prep", "ADP", "in"),
        ("Beirut", 3, "pobj", "PROPN", "Beirut", "NNP"),
        ("defied", 5, "ROOT", "VERB", "defy", "VBD"),
        ("the", 7, "det", "DET", "the"),
        ("ban", 5, "dobj", "NOUN", "ban", "NN"),
        (".", 5, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"])
    index = _index(doc, gazetteer)
    assert _keys(based_state(doc, doc[1], index)) == ["state/LBN"]
    assert _keys(fallback_actors(doc, doc[1], index, [], None)) == ["state/LBN"]
    assert based_state(doc, doc[7], index) == []


def test_the_people_of_a_state_a_clause_acts_on_are_the_other_side(blank, matcher, gazetteer):
    # "The party offered the citizens of Peru a programme ."
    doc = make_doc(blank, matcher, [
        ("The", 1, "det", "DET", "the"),
        ("party", 2, "nsubj", "NOUN", "party", "NN"),
        ("offered", 2, "ROOT", "VERB", "offer", "VBD"),
        ("the", 4, "det", "DET", "the"),
        ("citizens", 2, "dative", "NOUN", "citizen", "NNS"),
        ("of", 4, "prep", "ADP", "of"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "NNP"),
        ("a", 8, "det", "DET", "a"),
        ("programme", 2, "dobj", "NOUN", "programme", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"])
    assert sole_state_group(doc, doc[1], _index(doc, gazetteer)) == []
