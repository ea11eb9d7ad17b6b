"""A sum of money given to a named recipient is aid (CAMEO 07), whatever the currency's word and
whether or not the model tags it as money: "Australia lent $1 billion to Indonesia", "Germany gave
2 million euros to Nigeria"; a budget spent at home is not ("provided $6 billion to community
health centers"). Aid named after the first thing given counts ("aircraft and weapons"); reduced
tariffs ease sanctions (CAMEO 085); suspended supplies reduce relations; training
another state's troops is military aid (CAMEO 072). Hand-built Docs."""

from __future__ import annotations

from tests.extract.handmade import events_of, make_doc, roles


def test_a_loan_to_a_state_is_aid(blank, matcher, gazetteer):
    # "Australia lent $ 1 billion to Indonesia ."
    doc = make_doc(blank, matcher, [
        ("Australia", 1, "nsubj", "PROPN", "Australia"),
        ("lent", 1, "ROOT", "VERB", "lend", "VBD"),
        ("$", 4, "quantmod", "SYM", "$"),
        ("1", 4, "compound", "NUM", "1"),
        ("billion", 1, "dobj", "NUM", "billion"),
        ("to", 1, "dative", "ADP", "to"),
        ("Indonesia", 5, "pobj", "PROPN", "Indonesia"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O", "B-GPE", "O"])
    [aid] = events_of(doc, gazetteer, "AID")
    assert aid.trigger.text == "lent"
    assert roles(aid) == {("state/AUS", "source"), ("state/IDN", "target")}


def test_a_sum_in_euros_untagged_is_money(blank, matcher, gazetteer):
    # "Germany gave 2 million euros to Nigeria ." (the model tags "2 million" a cardinal)
    doc = make_doc(blank, matcher, [
        ("Germany", 1, "nsubj", "PROPN", "Germany"),
        ("gave", 1, "ROOT", "VERB", "give", "VBD"),
        ("2", 3, "compound", "NUM", "2"),
        ("million", 4, "nummod", "NUM", "million"),
        ("euros", 1, "dobj", "NOUN", "euro", "NNS"),
        ("to", 1, "prep", "ADP", "to"),
        ("Nigeria", 5, "pobj", "PROPN", "Nigeria"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-CARDINAL", "I-CARDINAL", "O", "O", "B-GPE", "O"])
    [aid] = events_of(doc, gazetteer, "AID")
    assert roles(aid) == {("state/DEU", "source"), ("state/NGA", "target")}


def test_money_spent_at_home_is_no_aid(blank, matcher, gazetteer):
    # "The United States provided $ 6 billion to community health centers ."
    doc = make_doc(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("United", 2, "compound", "PROPN", "United"),
        ("States", 3, "nsubj", "PROPN", "States"),
        ("provided", 3, "ROOT", "VERB", "provide", "VBD"),
        ("$", 6, "quantmod", "SYM", "$"),
        ("6", 6, "compound", "NUM", "6"),
        ("billion", 3, "dobj", "NUM", "billion"),
        ("to", 3, "prep", "ADP", "to"),
        ("community", 10, "compound", "NOUN", "community"),
        ("health", 10, "compound", "NOUN", "health"),
        ("centers", 7, "pobj", "NOUN", "center", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "I-GPE", "I-GPE", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O", "O", "O", "O", "O"])
    assert events_of(doc, gazetteer, "AID") == []


def test_aid_named_after_the_first_item_given(blank, matcher, gazetteer):
    # "Britain provided Lebanon with aircraft and weapons ."
    doc = make_doc(blank, matcher, [
        ("Britain", 1, "nsubj", "PROPN", "Britain"),
        ("provided", 1, "ROOT", "VERB", "provide", "VBD"),
        ("Lebanon", 1, "dobj", "PROPN", "Lebanon"),
        ("with", 1, "prep", "ADP", "with"),
        ("aircraft", 3, "pobj", "NOUN", "aircraft"),
        ("and", 4, "cc", "CCONJ", "and"),
        ("weapons", 4, "conj", "NOUN", "weapon", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"])
    [aid] = events_of(doc, gazetteer, "AID")
    assert roles(aid) == {("state/GBR", "source"), ("state/LBN", "target")}


def test_reduced_tariffs_ease_sanctions(blank, matcher, gazetteer):
    # "India will reduce tariffs on American goods ."
    doc = make_doc(blank, matcher, [
        ("India", 2, "nsubj", "PROPN", "India"),
        ("will", 2, "aux", "AUX", "will", "MD"),
        ("reduce", 2, "ROOT", "VERB", "reduce", "VB"),
        ("tariffs", 2, "dobj", "NOUN", "tariff", "NNS"),
        ("on", 3, "prep", "ADP", "on"),
        ("American", 6, "amod", "ADJ", "american"),
        ("goods", 4, "pobj", "NOUN", "good", "NNS"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-NORP", "O", "O"])
    [eased] = events_of(doc, gazetteer, "RETREAT")
    assert (eased.mode, eased.modality) == ("ease", "planned")
    assert roles(eased) == {("state/IND", "source"), ("state/USA", "target")}


def test_suspended_supplies_reduce_relations(blank, matcher, gazetteer):
    # "Turkey suspended food supplies to Armenia ."
    doc = make_doc(blank, matcher, [
        ("Turkey", 1, "nsubj", "PROPN", "Turkey"),
        ("suspended", 1, "ROOT", "VERB", "suspend", "VBD"),
        ("food", 3, "compound", "NOUN", "food"),
        ("supplies", 1, "dobj", "NOUN", "supply", "NNS"),
        ("to", 1, "prep", "ADP", "to"),
        ("Armenia", 4, "pobj", "PROPN", "Armenia"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    [cut] = events_of(doc, gazetteer, "SANCTION")
    assert roles(cut) == {("state/TUR", "source"), ("state/ARM", "target")}


def test_training_another_states_troops_is_military_aid(blank, matcher, gazetteer):
    # "The United States will train Ukrainian troops ."
    doc = make_doc(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("United", 2, "compound", "PROPN", "United"),
        ("States", 4, "nsubj", "PROPN", "States"),
        ("will", 4, "aux", "AUX", "will", "MD"),
        ("train", 4, "ROOT", "VERB", "train", "VB"),
        ("Ukrainian", 6, "amod", "ADJ", "ukrainian"),
        ("troops", 4, "dobj", "NOUN", "troop", "NNS"),
        (".", 4, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "I-GPE", "I-GPE", "O", "O", "B-NORP", "O", "O"])
    [aid] = events_of(doc, gazetteer, "AID")
    assert (aid.cameo, aid.modality) == ("072", "planned")
    assert roles(aid) == {("state/USA", "source"), ("state/UKR", "target")}
