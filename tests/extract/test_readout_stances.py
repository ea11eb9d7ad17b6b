"""Stance cues of readouts, statements and transcripts (session 7): an extraposed evaluation ("it is
unacceptable to politicise X"), acting "in violation of" an agreement, a side's refusal or
unwillingness named by a government, rights upheld, "satisfied with", ties "developing positively",
"noted the high level of", emphasis laid on ties, threats aimed at the side they name, refusals a
speaker reports. Hand-built Docs; sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc


def test_an_extraposed_infinitive_is_what_is_evaluated(blank, matcher, gazetteer):
    doc = make_doc(blank, matcher, [
        ("It", 1, "nsubj", "PRON", "it", "PRP"), ("is", 1, "ROOT", "AUX", "be", "VBZ"),
        ("unacceptable", 1, "acomp", "ADJ", "unacceptable", "JJ"), ("to", 4, "aux", "PART", "to", "TO"),
        ("politicise", 1, "xcomp", "VERB", "politicise", "VB"), ("energy", 4, "dobj", "NOUN", "energy", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["O"] * 7)
    article = Article(id="sha256:t", text=doc.text, title="Statement on Energy", publisher="The White House",
                      published=date(2022, 3, 1))
    stances = extract(doc, article, gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_issue.label) for s in stances] == [
        ("DISAPPROVE", "state/USA", "to politicise energy")]


def test_acting_in_violation_of_an_agreement_is_disapproved_by_the_publisher(blank, matcher, gazetteer):
    # "In violation of the truce , Chile shelled the town ."
    doc = make_doc(blank, matcher, [
        ("In", 7, "prep", "ADP", "in", "IN"), ("violation", 0, "pobj", "NOUN", "violation", "NN"),
        ("of", 1, "prep", "ADP", "of", "IN"), ("the", 4, "det", "DET", "the", "DT"),
        ("truce", 2, "pobj", "NOUN", "truce", "NN"), (",", 7, "punct", "PUNCT", ",", ","),
        ("Chile", 7, "nsubj", "PROPN", "Chile", "NNP"), ("shelled", 7, "ROOT", "VERB", "shell", "VBD"),
        ("the", 9, "det", "DET", "the", "DT"), ("town", 7, "dobj", "NOUN", "town", "NN"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ], ["O"] * 6 + ["B-GPE"] + ["O"] * 4)
    article = Article(id="sha256:t", text=doc.text, title="Statement on Chile", publisher="The White House",
                      published=date(2022, 3, 1))
    stances = extract(doc, article, gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances
            if s.trigger.text == "violation"] == [("DISAPPROVE", "state/USA", "state/CHL")]


def test_a_commitment_to_strengthening_parsed_as_an_infinitive_still_has_its_target(blank, matcher, gazetteer):
    # "Chile expressed commitment to strengthening ties ." with "to strengthening" parsed as an infinitive
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("expressed", 1, "ROOT", "VERB", "express", "VBD"),
        ("commitment", 1, "dobj", "NOUN", "commitment", "NN"), ("to", 4, "aux", "PART", "to", "TO"),
        ("strengthening", 1, "xcomp", "VERB", "strengthen", "VBG"), ("ties", 4, "dobj", "NOUN", "tie", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 6)
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_issue.label) for s in stances] == [
        ("SUPPORT", "state/CHL", "to strengthening ties")]


def test_noting_a_high_level_of_ties_is_praise_but_noting_a_level_is_not(blank, matcher, gazetteer):
    def run(adj):
        doc = make_doc(blank, matcher, [
            ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("noted", 1, "ROOT", "VERB", "note", "VBD"),
            ("the", 4, "det", "DET", "the", "DT"), (adj, 4, "amod", "ADJ", adj, "JJ"),
            ("level", 1, "dobj", "NOUN", "level", "NN"), ("of", 4, "prep", "ADP", "of", "IN"),
            ("trade", 5, "pobj", "NOUN", "trade", "NN"), (".", 1, "punct", "PUNCT", ".", "."),
        ], ["B-GPE"] + ["O"] * 7)
        stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
        return [(s.stance_type, s.target_issue.label) for s in stances]
    assert run("high") == [("SUPPORT", "high level of trade")]
    assert run("current") == []


def test_emphasis_on_ties_is_support_but_on_a_stance_noun_or_a_domestic_aim_is_not_one_more(blank, matcher, gazetteer):
    def run(obj_rows):
        rows = [("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("placed", 1, "ROOT", "VERB", "place", "VBD"),
                ("emphasis", 1, "dobj", "NOUN", "emphasis", "NN"), ("on", 1, "prep", "ADP", "on", "IN")]
        rows += obj_rows + [(".", 1, "punct", "PUNCT", ".", ".")]
        doc = make_doc(blank, matcher, rows, ["B-GPE"] + ["O"] * (len(rows) - 1))
        stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
        return [(s.trigger.text, s.target_issue.label if s.target_issue else s.target_actor.actor.key) for s in stances]
    # "Chile placed emphasis on trade ties ."
    assert run([("trade", 5, "compound", "NOUN", "trade", "NN"), ("ties", 3, "pobj", "NOUN", "tie", "NNS")]) == [
        ("emphasis", "trade ties")]
    # "Chile placed emphasis on airports .": a domestic priority
    assert run([("airports", 3, "pobj", "NOUN", "airport", "NNS")]) == []
    # "Chile placed emphasis on the need for talks .": the need holds the stance
    assert run([("the", 5, "det", "DET", "the", "DT"), ("need", 3, "pobj", "NOUN", "need", "NN"),
                ("for", 5, "prep", "ADP", "for", "IN"), ("talks", 6, "pobj", "NOUN", "talk", "NNS")]) == [
        ("need", "talks")]


def test_a_sides_refusal_named_by_a_government_is_blamed_on_that_side(blank, matcher, gazetteer):
    # "Chile 's refusal to pay hurt trade ." in a White House release, and in a news agency's text
    doc = make_doc(blank, matcher, [
        ("Chile", 2, "poss", "PROPN", "Chile", "NNP"), ("'s", 0, "case", "PART", "'s", "POS"),
        ("refusal", 5, "nsubj", "NOUN", "refusal", "NN"), ("to", 4, "aux", "PART", "to", "TO"),
        ("pay", 2, "acl", "VERB", "pay", "VB"), ("hurt", 5, "ROOT", "VERB", "hurt", "VBD"),
        ("trade", 5, "dobj", "NOUN", "trade", "NN"), (".", 5, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 7)
    def run(publisher):
        article = Article(id="sha256:t", text=doc.text, title="Statement", publisher=publisher, published=date(2022, 3, 1))
        return [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key)
                for s in extract(doc, article, gazetteer).stances if s.trigger.text == "refusal"]
    assert run("The White House") == [("DISAPPROVE", "state/USA", "state/CHL")]
    assert run("Reuters") == []


def test_standing_up_for_a_sides_right_is_support_for_that_side(blank, matcher, gazetteer):
    # "Chile stressed Peru 's right to self-defence ."
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("stressed", 1, "ROOT", "VERB", "stress", "VBD"),
        ("Peru", 4, "poss", "PROPN", "Peru", "NNP"), ("'s", 2, "case", "PART", "'s", "POS"),
        ("right", 1, "dobj", "NOUN", "right", "NN"), ("to", 4, "prep", "ADP", "to", "IN"),
        ("self-defence", 5, "pobj", "NOUN", "self-defence", "NN"), (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE"] + ["O"] * 5)
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances] == [
        ("SUPPORT", "state/CHL", "state/PER")]


def test_not_permitting_an_act_rejects_it_and_its_victims_are_no_target(blank, matcher, gazetteer):
    # "Chile will not permit the expulsion of Peruvians ." / "Chile permitted the expulsion ."
    def run(negated):
        rows = [("Chile", 3 if negated else 1, "nsubj", "PROPN", "Chile", "NNP")]
        if negated:
            rows += [("will", 3, "aux", "AUX", "will", "MD"), ("not", 3, "neg", "PART", "not", "RB")]
        v = len(rows)
        rows += [("permit", v, "ROOT", "VERB", "permit", "VB" if negated else "VBD"),
                 ("the", v + 2, "det", "DET", "the", "DT"), ("expulsion", v, "dobj", "NOUN", "expulsion", "NN"),
                 ("of", v + 2, "prep", "ADP", "of", "IN"), ("Peruvians", v + 3, "pobj", "PROPN", "Peruvians", "NNPS"),
                 (".", v, "punct", "PUNCT", ".", ".")]
        doc = make_doc(blank, matcher, rows, ["B-GPE"] + ["O"] * (len(rows) - 3) + ["B-NORP", "O"])
        stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
        return [(s.stance_type, s.target_issue.label if s.target_issue else s.target_actor.actor.key) for s in stances]
    assert run(True) == [("REJECT", "expulsion of Peruvians")]
    assert run(False) == []


def test_a_refusal_the_speaker_reports_is_their_blame_too_but_not_a_conditional_one(blank, matcher, gazetteer):
    def run(mark):
        # "Putin said that Chile refuses to pay ." / "Putin said that if Chile refuses to pay ..."
        rows = [("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
                ("that", 4, "mark", "SCONJ", "that", "IN"), ("Chile", 4, "nsubj", "PROPN", "Chile", "NNP"),
                ("refuses", 1, "ccomp", "VERB", "refuse", "VBZ"), ("to", 6, "aux", "PART", "to", "TO"),
                ("pay", 4, "xcomp", "VERB", "pay", "VB"), (".", 1, "punct", "PUNCT", ".", ".")]
        if mark:
            rows[2] = ("if", 4, "mark", "SCONJ", "if", "IN")
        doc = make_doc(blank, matcher, rows, ["B-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O"])
        ex = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer)
        return [(s.holder.actor.key, s.target_actor.actor.key) for s in ex.stances
                if s.stance_type == "DISAPPROVE" and s.target_actor is not None]
    assert run(False) == [("person/vladimir-putin", "state/CHL")]
    assert run(True) == []


def test_being_satisfied_with_something_supports_it_but_pleased_to_is_a_courtesy(blank, matcher, gazetteer):
    def run(prep_rows):
        rows = [("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("is", 1, "ROOT", "AUX", "be", "VBZ"),
                ("satisfied", 1, "acomp", "ADJ", "satisfied", "JJ")] + prep_rows + [(".", 1, "punct", "PUNCT", ".", ".")]
        doc = make_doc(blank, matcher, rows, ["B-GPE"] + ["O"] * (len(rows) - 1))
        stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
        return [(s.stance_type, s.holder.actor.key, s.target_issue.label) for s in stances]
    # "Chile is satisfied with the talks ."
    assert run([("with", 2, "prep", "ADP", "with", "IN"), ("the", 5, "det", "DET", "the", "DT"),
                ("talks", 3, "pobj", "NOUN", "talk", "NNS")]) == [("SUPPORT", "state/CHL", "talks")]
    # "Chile is satisfied to be here ."
    assert run([("to", 4, "aux", "PART", "to", "TO"), ("be", 2, "xcomp", "AUX", "be", "VB"),
                ("here", 4, "advmod", "ADV", "here", "RB")]) == []


def test_ties_said_to_develop_well_are_praised_by_the_publisher(blank, matcher, gazetteer):
    def run(adv):
        # "Trade with Chile is growing steadily ." in a White House release
        doc = make_doc(blank, matcher, [
            ("Trade", 4, "nsubj", "NOUN", "trade", "NN"), ("with", 0, "prep", "ADP", "with", "IN"),
            ("Chile", 1, "pobj", "PROPN", "Chile", "NNP"), ("is", 4, "aux", "AUX", "be", "VBZ"),
            ("growing", 4, "ROOT", "VERB", "grow", "VBG"), (adv, 4, "advmod", "ADV", adv, "RB"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ], ["O", "O", "B-GPE", "O", "O", "O", "O"])
        article = Article(id="sha256:t", text=doc.text, title="Statement", publisher="The White House",
                          published=date(2022, 3, 1))
        return [(s.stance_type, s.holder.actor.key, s.target_issue.label) for s in extract(doc, article, gazetteer).stances]
    assert run("steadily") == [("SUPPORT", "state/USA", "Trade with Chile")]
    assert run("slowly") == []


def test_a_threatened_act_naming_one_other_side_is_aimed_at_it(blank, matcher, gazetteer):
    # "Chile is ready to impose costs on Peru ."
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("is", 1, "ROOT", "AUX", "be", "VBZ"),
        ("ready", 1, "acomp", "ADJ", "ready", "JJ"), ("to", 4, "aux", "PART", "to", "TO"),
        ("impose", 2, "xcomp", "VERB", "impose", "VB"), ("costs", 4, "dobj", "NOUN", "cost", "NNS"),
        ("on", 4, "prep", "ADP", "on", "IN"), ("Peru", 6, "pobj", "PROPN", "Peru", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 6 + ["B-GPE", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert {(s.stance_type, s.holder.actor.key, s.target_actor.actor.key if s.target_actor else None)
            for s in stances if s.stance_type == "THREATEN"} == {("THREATEN", "state/CHL", "state/PER")}


def test_the_right_of_a_side_named_with_of_is_upheld_for_that_side(blank, matcher, gazetteer):
    # "Chile stressed the right of Peru to choose ."
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("stressed", 1, "ROOT", "VERB", "stress", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"), ("right", 1, "dobj", "NOUN", "right", "NN"),
        ("of", 3, "prep", "ADP", "of", "IN"), ("Peru", 4, "pobj", "PROPN", "Peru", "NNP"),
        ("to", 7, "aux", "PART", "to", "TO"), ("choose", 3, "acl", "VERB", "choose", "VB"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances] == [
        ("SUPPORT", "state/CHL", "state/PER")]


def test_warm_wishes_extended_to_someone_are_support(blank, matcher, gazetteer):
    # "Chile extended warm wishes to Peru ." with "to" parsed as the verb's dative
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("extended", 1, "ROOT", "VERB", "extend", "VBD"),
        ("warm", 3, "amod", "ADJ", "warm", "JJ"), ("wishes", 1, "dobj", "NOUN", "wish", "NNS"),
        ("to", 1, "dative", "ADP", "to", "IN"), ("Peru", 4, "pobj", "PROPN", "Peru", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances] == [
        ("SUPPORT", "state/CHL", "state/PER")]


def test_highlighting_a_sides_contribution_is_praise_of_that_side(blank, matcher, gazetteer):
    # "Chile highlighted Peru 's contribution ." / "Chile noted the work ."
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("highlighted", 1, "ROOT", "VERB", "highlight", "VBD"),
        ("Peru", 4, "poss", "PROPN", "Peru", "NNP"), ("'s", 2, "case", "PART", "'s", "POS"),
        ("contribution", 1, "dobj", "NOUN", "contribution", "NN"), (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE", "O", "O", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.target_actor.actor.key) for s in stances] == [("SUPPORT", "state/PER")]
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("noted", 1, "ROOT", "VERB", "note", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"), ("work", 1, "dobj", "NOUN", "work", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "O"])
    assert extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances == ()


def test_a_commitment_to_a_noun_stays_support_when_a_later_infinitive_hangs_on_it(blank, matcher, gazetteer):
    # "Chile stressed its commitment to peace as the path to reach a deal ." ("to reach" parsed on "commitment")
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("stressed", 1, "ROOT", "VERB", "stress", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"), ("commitment", 1, "dobj", "NOUN", "commitment", "NN"),
        ("to", 3, "prep", "ADP", "to", "IN"), ("peace", 4, "pobj", "NOUN", "peace", "NN"),
        ("as", 5, "prep", "ADP", "as", "IN"), ("the", 8, "det", "DET", "the", "DT"),
        ("path", 6, "pobj", "NOUN", "path", "NN"), ("to", 10, "aux", "PART", "to", "TO"),
        ("reach", 3, "acl", "VERB", "reach", "VB"), ("a", 12, "det", "DET", "a", "DT"),
        ("deal", 10, "dobj", "NOUN", "deal", "NN"), (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 13)
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.target_issue.label) for s in stances] == [("SUPPORT", "peace as the path")]


def test_concern_that_a_fact_holds_disapproves_of_the_fact(blank, matcher, gazetteer):
    # "Chile expressed concern that Peru attacked ."
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"), ("expressed", 1, "ROOT", "VERB", "express", "VBD"),
        ("concern", 1, "dobj", "NOUN", "concern", "NN"), ("that", 5, "mark", "SCONJ", "that", "IN"),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "NNP"), ("attacked", 2, "acl", "VERB", "attack", "VBD"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "B-GPE", "O", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key) for s in stances] == [("DISAPPROVE", "state/CHL")]


def test_our_commitment_in_an_official_text_is_the_publishers(blank, matcher, gazetteer):
    # "Peace is at the heart of our commitment to stand with Chile ." in a White House release
    doc = make_doc(blank, matcher, [
        ("Peace", 1, "nsubj", "NOUN", "peace", "NN"), ("is", 1, "ROOT", "AUX", "be", "VBZ"),
        ("at", 1, "prep", "ADP", "at", "IN"), ("the", 4, "det", "DET", "the", "DT"),
        ("heart", 2, "pobj", "NOUN", "heart", "NN"), ("of", 4, "prep", "ADP", "of", "IN"),
        ("our", 7, "poss", "PRON", "our", "PRP$"), ("commitment", 5, "pobj", "NOUN", "commitment", "NN"),
        ("to", 9, "aux", "PART", "to", "TO"), ("stand", 7, "acl", "VERB", "stand", "VB"),
        ("with", 9, "prep", "ADP", "with", "IN"), ("Chile", 10, "pobj", "PROPN", "Chile", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["O"] * 11 + ["B-GPE", "O"])
    article = Article(id="sha256:t", text=doc.text, title="Statement", publisher="The White House",
                      published=date(2022, 3, 1))
    stances = extract(doc, article, gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances] == [
        ("SUPPORT", "state/USA", "state/CHL")]


def test_a_commitment_not_shown_is_no_commitment(blank, matcher, gazetteer):
    # "Chile is not showing a commitment to peace ."
    doc = make_doc(blank, matcher, [
        ("Chile", 3, "nsubj", "PROPN", "Chile", "NNP"), ("is", 3, "aux", "AUX", "be", "VBZ"),
        ("not", 3, "neg", "PART", "not", "RB"), ("showing", 3, "ROOT", "VERB", "show", "VBG"),
        ("a", 5, "det", "DET", "a", "DT"), ("commitment", 3, "dobj", "NOUN", "commitment", "NN"),
        ("to", 5, "prep", "ADP", "to", "IN"), ("peace", 6, "pobj", "NOUN", "peace", "NN"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 8)
    assert extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances == ()


def test_provocations_noted_in_an_agentless_passive_are_disapproved(blank, matcher, gazetteer):
    # "The dangerous provocations by Peru were noted ." in a Kremlin release
    doc = make_doc(blank, matcher, [
        ("The", 2, "det", "DET", "the", "DT"), ("dangerous", 2, "amod", "ADJ", "dangerous", "JJ"),
        ("provocations", 6, "nsubjpass", "NOUN", "provocation", "NNS"), ("by", 2, "prep", "ADP", "by", "IN"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "NNP"), ("were", 6, "auxpass", "AUX", "be", "VBD"),
        ("noted", 6, "ROOT", "VERB", "note", "VBN"), (".", 6, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "O", "B-GPE", "O", "O", "O"])
    article = Article(id="sha256:t", text=doc.text, title="Telephone conversation", publisher="President of Russia",
                      published=date(2022, 3, 1))
    stances = extract(doc, article, gazetteer).stances
    assert [(s.stance_type, s.target_actor.actor.key) for s in stances] == [("DISAPPROVE", "state/PER")]


def test_in_favour_of_with_the_preposition_hung_on_the_verb_is_support(blank, matcher, gazetteer):
    # "Peru spoke in favour of reforms ." with "of" parsed as the verb's
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
        ("in", 1, "prep", "ADP", "in", "IN"), ("favour", 2, "pobj", "NOUN", "favour", "NN"),
        ("of", 1, "prep", "ADP", "of", "IN"), ("reforms", 4, "pobj", "NOUN", "reform", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 6)
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_issue.label) for s in stances] == [
        ("SUPPORT", "state/PER", "reforms")]


def test_appreciative_of_is_support(blank, matcher, gazetteer):
    # "Peru was appreciative of Chile ."
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), ("was", 1, "ROOT", "AUX", "be", "VBD"),
        ("appreciative", 1, "acomp", "ADJ", "appreciative", "JJ"), ("of", 2, "prep", "ADP", "of", "IN"),
        ("Chile", 3, "pobj", "PROPN", "Chile", "NNP"), (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "B-GPE", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances] == [
        ("SUPPORT", "state/PER", "state/CHL")]


def test_a_commitment_to_demonstrate_leadership_is_no_threat(blank, matcher, gazetteer):
    # "Peru reaffirmed its commitment to demonstrate leadership ." -- showing, not a demonstration
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), ("reaffirmed", 1, "ROOT", "VERB", "reaffirm", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"), ("commitment", 1, "dobj", "NOUN", "commitment", "NN"),
        ("to", 5, "aux", "PART", "to", "TO"), ("demonstrate", 3, "acl", "VERB", "demonstrate", "VB"),
        ("leadership", 5, "dobj", "NOUN", "leadership", "NN"), (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 7)
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert [s.stance_type for s in stances] and "THREATEN" not in [s.stance_type for s in stances]


def test_the_of_phrase_of_a_support_for_someone_names_the_supporter(blank, matcher, gazetteer):
    # "Peru stressed the support of Chile for Bolivia ." -- Bolivia is supported, not Chile
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), ("stressed", 1, "ROOT", "VERB", "stress", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"), ("support", 1, "dobj", "NOUN", "support", "NN"),
        ("of", 3, "prep", "ADP", "of", "IN"), ("Chile", 4, "pobj", "PROPN", "Chile", "NNP"),
        ("for", 3, "prep", "ADP", "for", "IN"), ("Bolivia", 6, "pobj", "PROPN", "Bolivia", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert {s.target_actor.actor.key for s in stances if s.target_actor} == {"state/BOL"}


def _partner_doc(blank, matcher, subject: str, neg: bool = False):
    # "Chile is (not) a reliable partner ." in a White House statement
    rows = [(subject, 1, "nsubj", "PROPN", subject, "NNP"), ("is", 1, "ROOT", "AUX", "be", "VBZ")]
    rows += [("not", 1, "neg", "PART", "not", "RB")] if neg else []
    k = len(rows)
    rows += [("a", k + 2, "det", "DET", "a", "DT"), ("reliable", k + 2, "amod", "ADJ", "reliable", "JJ"),
             ("partner", 1, "attr", "NOUN", "partner", "NN"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = make_doc(blank, matcher, rows, ["B-GPE"] + ["O"] * (len(rows) - 1))
    return doc, Article(id="sha256:t", text=doc.text, title="Statement on Chile", publisher="The White House",
                        published=date(2022, 3, 1))


def test_a_side_called_a_reliable_partner_is_praised(blank, matcher, gazetteer):
    doc, article = _partner_doc(blank, matcher, "Chile")
    stances = extract(doc, article, gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances] == [
        ("SUPPORT", "state/USA", "state/CHL")]
    doc, article = _partner_doc(blank, matcher, "Chile", neg=True)
    assert not extract(doc, article, gazetteer).stances
    doc, article = _partner_doc(blank, matcher, "America")  # the publisher praising itself: nothing
    assert not extract(doc, article, gazetteer).stances


def test_a_stance_expressed_by_someone_is_theirs(blank, matcher, gazetteer):
    # "The support expressed by Chile for Bolivia was welcomed ." -- the participle carries the "for"
    doc = make_doc(blank, matcher, [
        ("The", 1, "det", "DET", "the", "DT"), ("support", 8, "nsubjpass", "NOUN", "support", "NN"),
        ("expressed", 1, "acl", "VERB", "express", "VBN"), ("by", 2, "agent", "ADP", "by", "IN"),
        ("Chile", 3, "pobj", "PROPN", "Chile", "NNP"), ("for", 2, "prep", "ADP", "for", "IN"),
        ("Bolivia", 5, "pobj", "PROPN", "Bolivia", "NNP"), ("was", 8, "auxpass", "AUX", "be", "VBD"),
        ("welcomed", 8, "ROOT", "VERB", "welcome", "VBN"), (".", 8, "punct", "PUNCT", ".", "."),
    ], ["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert ("SUPPORT", "state/CHL", "state/BOL") in {
        (s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances if s.target_actor}


def test_a_participle_hung_on_a_purpose_clause_keeps_the_main_subject(blank, matcher, gazetteer):
    # "Peru backed Chile to protect Bolivia , condemning Argentina ."
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru", "NNP"), ("backed", 1, "ROOT", "VERB", "back", "VBD"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "NNP"), ("to", 4, "aux", "PART", "to", "TO"),
        ("protect", 1, "advcl", "VERB", "protect", "VB"), ("Bolivia", 4, "dobj", "PROPN", "Bolivia", "NNP"),
        (",", 4, "punct", "PUNCT", ",", ","), ("condemning", 4, "advcl", "VERB", "condemn", "VBG"),
        ("Argentina", 7, "dobj", "PROPN", "Argentina", "NNP"), (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"])
    stances = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer).stances
    assert ("DISAPPROVE", "state/PER", "state/ARG") in {
        (s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in stances if s.target_actor}
