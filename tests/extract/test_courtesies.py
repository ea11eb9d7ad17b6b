"""Courtesies are no stances, and what someone is thanked for is not the thanker's stance:
"thanked Xi for coming", "welcomed the members who are here", "Welcome to Washington",
"thanked Kishida for the determination to ...", "Ukraine should have withdrawn" (a modal perfect).
Hand-built Docs (sentences invented for these tests)."""

from __future__ import annotations

from diplograph.extract.stances import _welcome_to
from tests.extract.handmade import make_doc
from tests.extract.test_event_triggers import run
from tests.extract.test_recall_cues import _stances


def _thanked_for(blank, matcher, reason: tuple[str, str, str, str, str]):
    # "Putin thanked Xi for <reason>."
    return make_doc(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("thanked", 1, "ROOT", "VERB", "thank", "VBD"),
        ("Xi", 1, "dobj", "PROPN", "Xi", "NNP"),
        ("for", 1, "prep", "ADP", "for", "IN"),
        (reason[0], 3, reason[1], reason[2], reason[3], reason[4]),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "B-PERSON", "O", "O", "O"], spaces=[True] * 4 + [False, False])


def test_thanks_for_coming_is_a_courtesy_but_thanks_for_help_a_stance(blank, matcher, gazetteer):
    coming = _stances(run(_thanked_for(blank, matcher, ("coming", "pcomp", "VERB", "come", "VBG")), gazetteer))
    assert not any(t == "SUPPORT" for t, *_ in coming)
    helped = _stances(run(_thanked_for(blank, matcher, ("help", "pobj", "NOUN", "help", "NN")), gazetteer))
    assert ("SUPPORT", 1, "person/vladimir-putin", "person/xi-jinping") in helped


def test_welcoming_the_people_who_are_here_is_a_greeting(blank, matcher, gazetteer):
    # "Biden welcomed the members of Congress who are here."
    doc = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden", "NNP"),
        ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("members", 1, "dobj", "NOUN", "member", "NNS"),
        ("of", 3, "prep", "ADP", "of", "IN"),
        ("Congress", 4, "pobj", "PROPN", "Congress", "NNP"),
        ("who", 7, "nsubj", "PRON", "who", "WP"),
        ("are", 3, "relcl", "AUX", "be", "VBP"),
        ("here", 7, "advmod", "ADV", "here", "RB"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"], spaces=[True] * 8 + [False, False])
    assert not any(t == "SUPPORT" for t, *_ in _stances(run(doc, gazetteer)))


def test_welcome_to_a_place_greets_no_one(blank, matcher):
    # "Welcome to Washington." / "We welcome the decision to ..." (an object: not a greeting)
    greeting = make_doc(blank, matcher, [
        ("Welcome", 0, "ROOT", "ADJ", "welcome", "JJ"),
        ("to", 0, "prep", "ADP", "to", "IN"),
        ("Washington", 1, "pobj", "PROPN", "Washington", "NNP"),
        (".", 0, "punct", "PUNCT", ".", "."),
    ], spaces=[True, True, False, False])
    assert _welcome_to(greeting[0])
    stance = make_doc(blank, matcher, [
        ("We", 1, "nsubj", "PRON", "we", "PRP"),
        ("welcome", 1, "ROOT", "VERB", "welcome", "VBP"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("move", 1, "dobj", "NOUN", "move", "NN"),
        ("to", 3, "prep", "ADP", "to", "IN"),
        ("Geneva", 4, "pobj", "PROPN", "Geneva", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], spaces=[True] * 5 + [False, False])
    assert not _welcome_to(stance[1])


def test_an_intent_one_is_thanked_for_is_not_the_thankers(blank, matcher, gazetteer):
    # "Biden thanked Kishida for the determination to strengthen the alliance."
    doc = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden", "NNP"),
        ("thanked", 1, "ROOT", "VERB", "thank", "VBD"),
        ("Kishida", 1, "dobj", "PROPN", "Kishida", "NNP"),
        ("for", 1, "prep", "ADP", "for", "IN"),
        ("the", 5, "det", "DET", "the", "DT"),
        ("determination", 3, "pobj", "NOUN", "determination", "NN"),
        ("to", 7, "aux", "PART", "to", "TO"),
        ("strengthen", 5, "acl", "VERB", "strengthen", "VB"),
        ("the", 9, "det", "DET", "the", "DT"),
        ("alliance", 7, "dobj", "NOUN", "alliance", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "B-PERSON"] + ["O"] * 8, spaces=[True] * 9 + [False, False])
    got = _stances(run(doc, gazetteer))
    assert ("SUPPORT", 1, "person/joe-biden", "person/fumio-kishida") in got
    assert not any(t == "AGREE" for t, *_ in got)


def _said_should(blank, matcher, perfect: bool):
    # "Russia said Ukraine should (have) withdraw(n)."
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("Ukraine", 5 if perfect else 4, "nsubj", "PROPN", "Ukraine", "NNP"),
        ("should", 5 if perfect else 4, "aux", "AUX", "should", "MD"),
    ]
    if perfect:
        rows += [("have", 5, "aux", "AUX", "have", "VB"), ("withdrawn", 1, "ccomp", "VERB", "withdraw", "VBN")]
    else:
        rows += [("withdraw", 1, "ccomp", "VERB", "withdraw", "VB")]
    rows += [(".", 1, "punct", "PUNCT", ".", ".")]
    n = len(rows)
    return make_doc(blank, matcher, rows, ents=["B-GPE", "O", "B-GPE"] + ["O"] * (n - 3),
                    spaces=[True] * (n - 2) + [False, False])


def test_a_modal_perfect_is_a_reproach_not_a_demand(blank, matcher, gazetteer):
    asked = _stances(run(_said_should(blank, matcher, perfect=False), gazetteer))
    assert any(t == "DEMAND" and h == "state/RUS" for t, _, h, _ in asked)
    past = _stances(run(_said_should(blank, matcher, perfect=True), gazetteer))
    assert not any(t == "DEMAND" for t, *_ in past)


def _quoted(blank, matcher, subject: str):
    # “<They|We> strongly support Cuba now,” Putin said.
    return make_doc(blank, matcher, [
        ("“", 3, "punct", "PUNCT", "“", "``"),
        (subject, 3, "nsubj", "PRON", subject.lower(), "PRP"),
        ("strongly", 3, "advmod", "ADV", "strongly", "RB"),
        ("support", 9, "ccomp", "VERB", "support", "VBP"),
        ("Cuba", 3, "dobj", "PROPN", "Cuba", "NNP"),
        ("now", 3, "advmod", "ADV", "now", "RB"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("”", 3, "punct", "PUNCT", "”", "''"),
        ("Putin", 9, "nsubj", "PROPN", "Putin", "NNP"),
        ("said", 9, "ROOT", "VERB", "say", "VBD"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-PERSON", "O", "O"],
        spaces=[False, True, True, True, True, False, False, True, True, False, False])


def test_they_in_someones_own_words_is_not_the_speaker(blank, matcher, gazetteer):
    we = _stances(run(_quoted(blank, matcher, "We"), gazetteer))
    assert any(t == "SUPPORT" and c == "state/CUB" for t, _, _, c in we)
    they = _stances(run(_quoted(blank, matcher, "They"), gazetteer))
    assert not any(t == "SUPPORT" for t, *_ in they)
