"""Who the sides and targets of readout stances are: two sides that "will continue to coordinate"
promise joint work and the issue concerns both; a reaffirmed dedication to X; an evaluation of
"the talks" concerns their sides; "his administration" is no group of the holder's own; "the
leaders" are not a state only talked about. Hand-built Docs; sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc


def _will_continue(blank, matcher, subject_rows, ents):
    n = len(subject_rows)
    rows = [(w, n + 1 if h == "V" else h, *rest) for w, h, *rest in subject_rows] + [
        ("will", n + 1, "aux", "AUX", "will", "MD"),
        ("continue", n + 1, "ROOT", "VERB", "continue", "VB"),
        ("to", n + 3, "aux", "PART", "to", "TO"),
        ("coordinate", n + 1, "xcomp", "VERB", "coordinate", "VB"),
        ("approaches", n + 3, "dobj", "NOUN", "approach", "NNS"),
        (".", n + 1, "punct", "PUNCT", "."),
    ]
    return make_doc(blank, matcher, rows, ents + ["O"] * 6)


def _stances(doc, gazetteer):
    ex = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer)
    return sorted((s.stance_type, s.holder.actor.key, tuple(sorted(c.key for c in s.target_issue.concerns)))
                  for s in ex.stances if s.target_issue is not None)


def test_two_sides_continuing_to_coordinate_promise_joint_work(blank, matcher, gazetteer):
    doc = _will_continue(blank, matcher, [
        ("Chile", "V", "nsubj", "PROPN", "Chile"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru")], ["B-GPE", "O", "B-GPE"])
    assert _stances(doc, gazetteer) == [
        ("AGREE", "state/CHL", ("state/CHL", "state/PER")), ("AGREE", "state/PER", ("state/CHL", "state/PER"))]


def test_one_side_continuing_to_coordinate_is_no_stance(blank, matcher, gazetteer):
    doc = _will_continue(blank, matcher, [("Chile", "V", "nsubj", "PROPN", "Chile")], ["B-GPE"])
    assert _stances(doc, gazetteer) == []


def test_a_reaffirmed_dedication_is_support_for_what_it_is_dedicated_to(blank, matcher, gazetteer):
    # "Chile reaffirmed its dedication to NATO .": the parser hangs "to NATO" on the verb
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"), ("reaffirmed", 1, "ROOT", "VERB", "reaffirm", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"), ("dedication", 1, "dobj", "NOUN", "dedication"),
        ("to", 1, "prep", "ADP", "to"), ("NATO", 4, "pobj", "PROPN", "NATO"), (".", 1, "punct", "PUNCT", ".")],
        ["B-GPE", "O", "O", "O", "O", "B-ORG", "O"])
    ex = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer)
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key if s.target_actor else s.target_issue.label)
            for s in ex.stances] == [("SUPPORT", "state/CHL", "org/NATO")]


def test_the_talks_themselves_concern_their_sides(blank, matcher):
    from diplograph.extract.stances import _between_the_sides
    # "the meeting", "the productive talks": about the talks' sides; "the meeting in Paris of X": not
    doc = make_doc(blank, matcher, [("the", 1, "det", "DET", "the"), ("meeting", 1, "ROOT", "NOUN", "meeting")],
                   ["O", "O"])
    assert _between_the_sides(doc[0:2])
    doc = make_doc(blank, matcher, [("the", 1, "det", "DET", "the"), ("meeting", 1, "ROOT", "NOUN", "meeting"),
                                    ("of", 1, "prep", "ADP", "of"), ("NATO", 2, "pobj", "PROPN", "NATO")],
                   ["O", "O", "O", "B-ORG"])
    assert not _between_the_sides(doc[0:4])
    doc = make_doc(blank, matcher, [("the", 1, "det", "DET", "the"), ("sanctions", 1, "ROOT", "NOUN", "sanction")],
                   ["O", "O"])
    assert not _between_the_sides(doc[0:2])


def test_a_possessive_pronoun_phrase_is_no_group_of_the_holders_own(blank, matcher):
    from diplograph.extract.stances import _domestic_group
    from diplograph.model import ActorMention, ActorRef, Span
    harris = ActorRef("person/kamala-harris", "Kamala Harris", "Person")
    she = ActorMention(harris, Span(0, 3, "She"), Span(0, 40, "x"))
    assert not _domestic_group(she, ActorMention(harris, Span(20, 38, "his administration"), Span(0, 40, "x")))
    gov = ActorRef("state/SDN", "Sudan", "State")
    assert _domestic_group(ActorMention(gov, Span(0, 20, "The Sudanese government"), Span(0, 60, "x")),
                           ActorMention(gov, Span(30, 43, "Darfur rebels"), Span(0, 60, "x")))


def test_the_leaders_are_not_a_state_only_talked_about(blank, matcher, gazetteer):
    from diplograph.extract.actors import find_actors
    from diplograph.extract.parties import parties
    # "Biden spoke with allies . Russia massed troops . They agreed ."
    rows = [
        ("Biden", 1, "nsubj", "PROPN", "Biden"), ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
        ("with", 1, "prep", "ADP", "with"), ("allies", 2, "pobj", "NOUN", "ally", "NNS"), (".", 1, "punct", "PUNCT", "."),
        ("Russia", 6, "nsubj", "PROPN", "Russia"), ("massed", 6, "ROOT", "VERB", "mass", "VBD"),
        ("troops", 6, "dobj", "NOUN", "troop", "NNS"), (".", 6, "punct", "PUNCT", "."),
        ("They", 10, "nsubj", "PRON", "they"), ("agreed", 10, "ROOT", "VERB", "agree", "VBD"),
        (".", 10, "punct", "PUNCT", "."),
    ]
    starts = [i in (0, 5, 9) for i in range(len(rows))]
    doc = make_doc(blank, matcher, rows, ["B-PERSON", "O", "O", "O", "O", "B-GPE"] + ["O"] * 6, sent_starts=starts)
    index = find_actors(doc, Article(id="t", text=doc.text, published=date(2022, 2, 11)), gazetteer)
    assert [m.actor.key for m in parties(doc, index, doc[9])] == ["person/joe-biden"]
    # "Biden spoke with Chile . Russia massed troops . They agreed .": the state the opening names
    rows[3] = ("Chile", 2, "pobj", "PROPN", "Chile")
    doc = make_doc(blank, matcher, rows, ["B-PERSON", "O", "O", "B-GPE", "O", "B-GPE"] + ["O"] * 6, sent_starts=starts)
    index = find_actors(doc, Article(id="t", text=doc.text, published=date(2022, 2, 11)), gazetteer)
    assert [m.actor.key for m in parties(doc, index, doc[9])] == ["person/joe-biden", "state/CHL"]


def test_the_two_titled_advisors_are_the_sides_of_the_call(blank, matcher, gazetteer):
    # "Biden spoke with Ramaphosa . The two National Security Advisors reaffirmed the partnership ."
    # ("Advisors" tagged a singular proper noun, as the model does, keeping its plural -s)
    doc = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden", "NNP"),
        ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
        ("with", 1, "prep", "ADP", "with", "IN"),
        ("Ramaphosa", 2, "pobj", "PROPN", "Ramaphosa", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 9, "det", "DET", "the", "DT"),
        ("two", 9, "nummod", "NUM", "two", "CD"),
        ("National", 8, "compound", "PROPN", "National", "NNP"),
        ("Security", 9, "compound", "PROPN", "Security", "NNP"),
        ("Advisors", 10, "nsubj", "PROPN", "Advisors", "NNP"),
        ("reaffirmed", 10, "ROOT", "VERB", "reaffirm", "VBD"),
        ("the", 12, "det", "DET", "the", "DT"),
        ("partnership", 10, "dobj", "NOUN", "partnership", "NN"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "O", "B-PERSON"] + ["O"] * 10,
        sent_starts=[True] + [False] * 4 + [True] + [False] * 8)
    ex = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 1)), gazetteer)
    holders = sorted(s.holder.actor.key for s in ex.stances if s.stance_type == "SUPPORT")
    assert holders == ["person/cyril-ramaphosa", "person/joe-biden"]
