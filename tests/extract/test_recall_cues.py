"""Recall cues on hand-built Docs (sentences invented for these tests): "spoke to X", event nouns
whose "with" hangs lower, relative clauses over coordinated aid nouns, evaluations said with a
figure ("played a key role", "the cornerstone of", "at an all-time high", "no alternative to"),
and reported wrongdoing ("said that X was obstructing ...")."""

from __future__ import annotations

from tests.extract.test_event_triggers import _events, make, run

PERSON = ["B-PERSON", "I-PERSON"]


def _stances(ex):
    return [(s.stance_type, s.polarity, s.holder.actor.key,
             s.target_actor.actor.key if s.target_actor else s.target_issue.label) for s in ex.stances]


def test_spoke_to_an_actor_is_a_talk_but_not_to_reporters_or_own_people(blank, matcher, gazetteer):
    rows = [
        ("Vladimir", 1, "compound", "PROPN", "Vladimir", "NNP"),
        ("Putin", 2, "nsubj", "PROPN", "Putin", "NNP"),
        ("spoke", 2, "ROOT", "VERB", "speak", "VBD"),
        ("to", 2, "prep", "ADP", "to", "IN"),
        ("Emmanuel", 5, "compound", "PROPN", "Emmanuel", "NNP"),
        ("Macron", 3, "pobj", "PROPN", "Macron", "NNP"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    doc = make(blank, matcher, rows, ents=[*PERSON, "O", "O", *PERSON, "O"])
    assert [(t, m) for t, m, _ in _events(run(doc, gazetteer))] == [("CONSULT", "call")]
    parts = _events(run(doc, gazetteer))[0][2]
    assert ("target", "person/emmanuel-macron") in parts
    rows[4:6] = [("the", 5, "det", "DET", "the", "DT"), ("reporters", 3, "pobj", "NOUN", "reporter", "NNS")]
    doc = make(blank, matcher, rows, ents=[*PERSON, "O", "O", "O", "O", "O"])
    assert _events(run(doc, gazetteer)) == []
    rows[4:6] = [("Russian", 5, "amod", "ADJ", "russian", "JJ"), ("people", 3, "pobj", "NOUN", "people", "NNS")]
    doc = make(blank, matcher, rows, ents=[*PERSON, "O", "O", "B-NORP", "O", "O"])
    assert _events(run(doc, gazetteer)) == []


def test_contacts_with_an_actor_below_the_nouns_topic(blank, matcher, gazetteer):
    # "Putin's contacts on the crisis with Lukashenko continued."
    doc = make(blank, matcher, [
        ("Putin", 2, "poss", "PROPN", "Putin", "NNP"),
        ("'s", 0, "case", "PART", "'s", "POS"),
        ("contacts", 8, "nsubj", "NOUN", "contact", "NNS"),
        ("on", 2, "prep", "ADP", "on", "IN"),
        ("the", 5, "det", "DET", "the", "DT"),
        ("crisis", 3, "pobj", "NOUN", "crisis", "NN"),
        ("with", 5, "prep", "ADP", "with", "IN"),
        ("Lukashenko", 6, "pobj", "PROPN", "Lukashenko", "NNP"),
        ("continued", 8, "ROOT", "VERB", "continue", "VBD"),
        (".", 8, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O"],
        spaces=[False, True, True, True, True, True, True, True, False, False])
    events = _events(run(doc, gazetteer))
    assert len(events) == 1 and events[0][0] == "CONSULT"
    assert ("source", "person/vladimir-putin") in events[0][2]
    assert ("target", "person/alexander-lukashenko") in events[0][2]


def test_relative_clause_over_coordinated_aid_nouns(blank, matcher, gazetteer):
    # "They discussed the military and humanitarian assistance Canada is providing to Ukraine."
    doc = make(blank, matcher, [
        ("They", 1, "nsubj", "PRON", "they", "PRP"),
        ("discussed", 1, "ROOT", "VERB", "discuss", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("military", 1, "dobj", "NOUN", "military", "NN"),
        ("and", 3, "cc", "CCONJ", "and", "CC"),
        ("humanitarian", 6, "amod", "ADJ", "humanitarian", "JJ"),
        ("assistance", 3, "conj", "NOUN", "assistance", "NN"),
        ("Canada", 9, "nsubj", "PROPN", "Canada", "NNP"),
        ("is", 9, "aux", "AUX", "be", "VBZ"),
        ("providing", 3, "relcl", "VERB", "provide", "VBG"),
        ("to", 9, "prep", "ADP", "to", "IN"),
        ("Ukraine", 10, "pobj", "PROPN", "Ukraine", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O"] * 7 + ["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert ("AID", None, [("source", "state/CAN"), ("target", "state/UKR")]) in _events(run(doc, gazetteer))


def test_figures_of_praise_are_support_of_the_publisher(blank, matcher, gazetteer):
    # "Japan played a key role in the talks." in a White House release
    doc = make(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("played", 1, "ROOT", "VERB", "play", "VBD"),
        ("a", 4, "det", "DET", "a", "DT"),
        ("key", 4, "amod", "ADJ", "key", "JJ"),
        ("role", 1, "dobj", "NOUN", "role", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O"], spaces=[True] * 4 + [False, False])
    assert _stances(run(doc, gazetteer, publisher="The White House")) == [("SUPPORT", 1, "state/USA", "state/JPN")]
    # "Japan has served as the cornerstone of peace."
    doc = make(blank, matcher, [
        ("Japan", 2, "nsubj", "PROPN", "Japan", "NNP"),
        ("has", 2, "aux", "AUX", "have", "VBZ"),
        ("served", 2, "ROOT", "VERB", "serve", "VBN"),
        ("as", 2, "prep", "ADP", "as", "IN"),
        ("the", 5, "det", "DET", "the", "DT"),
        ("cornerstone", 3, "pobj", "NOUN", "cornerstone", "NN"),
        ("of", 5, "prep", "ADP", "of", "IN"),
        ("peace", 6, "pobj", "NOUN", "peace", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-GPE"] + ["O"] * 8, spaces=[True] * 7 + [False, False])
    assert _stances(run(doc, gazetteer, publisher="The White House")) == [("SUPPORT", 1, "state/USA", "state/JPN")]
    # "Japan played no role." is no praise; outside an official text no one holds it
    doc = make(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("played", 1, "ROOT", "VERB", "play", "VBD"),
        ("a", 4, "det", "DET", "a", "DT"),
        ("minor", 4, "amod", "ADJ", "minor", "JJ"),
        ("role", 1, "dobj", "NOUN", "role", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O"], spaces=[True] * 4 + [False, False])
    assert _stances(run(doc, gazetteer, publisher="The White House")) == []


def test_figures_without_a_usable_target_or_asked_as_questions_hold_nothing(blank, matcher, gazetteer):
    # "Oz played a key role." -- a target too short to be an issue and no actor (was a crash:
    # three White House articles failed extraction on it)
    doc = make(blank, matcher, [
        ("Oz", 1, "nsubj", "PROPN", "Oz", "NNP"),
        ("played", 1, "ROOT", "VERB", "play", "VBD"),
        ("a", 4, "det", "DET", "a", "DT"),
        ("key", 4, "amod", "ADJ", "key", "JJ"),
        ("role", 1, "dobj", "NOUN", "role", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O"] * 6, spaces=[True] * 4 + [False, False])
    assert _stances(run(doc, gazetteer, publisher="The White House")) == []
    # "Did Japan play a key role?" is asked, not said
    doc = make(blank, matcher, [
        ("Did", 2, "aux", "AUX", "do", "VBD"),
        ("Japan", 2, "nsubj", "PROPN", "Japan", "NNP"),
        ("play", 2, "ROOT", "VERB", "play", "VB"),
        ("a", 5, "det", "DET", "a", "DT"),
        ("key", 5, "amod", "ADJ", "key", "JJ"),
        ("role", 2, "dobj", "NOUN", "role", "NN"),
        ("?", 2, "punct", "PUNCT", "?"),
    ], ents=["O", "B-GPE"] + ["O"] * 5, spaces=[True] * 5 + [False, False])
    assert _stances(run(doc, gazetteer, publisher="The White House")) == []


def test_all_time_high_and_no_alternative(blank, matcher, gazetteer):
    # "Ties with Japan are at an all-time high."
    doc = make(blank, matcher, [
        ("Ties", 3, "nsubj", "NOUN", "tie", "NNS"),
        ("with", 0, "prep", "ADP", "with", "IN"),
        ("Japan", 1, "pobj", "PROPN", "Japan", "NNP"),
        ("are", 3, "ROOT", "AUX", "be", "VBP"),
        ("at", 3, "prep", "ADP", "at", "IN"),
        ("an", 9, "det", "DET", "an", "DT"),
        ("all", 8, "det", "DET", "all", "DT"),
        ("-", 8, "punct", "PUNCT", "-", "HYPH"),
        ("time", 9, "compound", "NOUN", "time", "NN"),
        ("high", 4, "pobj", "ADJ", "high", "JJ"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-GPE"] + ["O"] * 8, spaces=[True] * 6 + [False, False, True, False, False])
    assert doc.text == "Ties with Japan are at an all-time high."
    assert [(t, p, h) for t, p, h, _ in _stances(run(doc, gazetteer, publisher="The White House"))] == [
        ("SUPPORT", 1, "state/USA")]
    # "There is no alternative to the ceasefire."
    doc = make(blank, matcher, [
        ("There", 1, "expl", "PRON", "there", "EX"),
        ("is", 1, "ROOT", "AUX", "be", "VBZ"),
        ("no", 3, "det", "DET", "no", "DT"),
        ("alternative", 1, "attr", "NOUN", "alternative", "NN"),
        ("to", 3, "prep", "ADP", "to", "IN"),
        ("the", 6, "det", "DET", "the", "DT"),
        ("ceasefire", 4, "pobj", "NOUN", "ceasefire", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], spaces=[True] * 6 + [False, False])
    stances = run(doc, gazetteer, publisher="The White House").stances
    assert [(s.stance_type, s.polarity, s.negated, s.target_issue.label) for s in stances] == [
        ("SUPPORT", 1, False, "ceasefire")]


def test_reported_wrongdoing_is_the_speakers_accusation(blank, matcher, gazetteer):
    # "Putin said that Ukraine was obstructing the talks." / "... was not obstructing ..."
    rows = [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("that", 5, "mark", "SCONJ", "that", "IN"),
        ("Ukraine", 5, "nsubj", "PROPN", "Ukraine", "NNP"),
        ("was", 5, "aux", "AUX", "be", "VBD"),
        ("obstructing", 1, "ccomp", "VERB", "obstruct", "VBG"),
        ("the", 7, "det", "DET", "the", "DT"),
        ("talks", 5, "dobj", "NOUN", "talk", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    ents = ["B-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O", "O"]
    spaces = [True] * 7 + [False, False]
    ex = run(make(blank, matcher, rows, ents=ents, spaces=spaces), gazetteer)
    assert ("DISAPPROVE", -1, "person/vladimir-putin", "state/UKR") in _stances(ex)
    ex = run(make(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("that", 6, "mark", "SCONJ", "that", "IN"),
        ("Ukraine", 6, "nsubj", "PROPN", "Ukraine", "NNP"),
        ("was", 6, "aux", "AUX", "be", "VBD"),
        ("not", 6, "neg", "PART", "not", "RB"),
        ("obstructing", 1, "ccomp", "VERB", "obstruct", "VBG"),
        ("the", 8, "det", "DET", "the", "DT"),
        ("talks", 6, "dobj", "NOUN", "talk", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=ents[:5] + ["O"] + ents[5:], spaces=[True] * 8 + [False, False]), gazetteer)
    assert not any(t == "DISAPPROVE" for t, *_ in _stances(ex))


def test_the_end_of_sanctions_eases_them(blank, matcher, gazetteer):
    # "Canada announced the lifting of sanctions on Cuba."
    doc = make(blank, matcher, [
        ("Canada", 1, "nsubj", "PROPN", "Canada", "NNP"),
        ("announced", 1, "ROOT", "VERB", "announce", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("lifting", 1, "dobj", "NOUN", "lifting", "NN"),
        ("of", 3, "prep", "ADP", "of", "IN"),
        ("sanctions", 4, "pobj", "NOUN", "sanction", "NNS"),
        ("on", 5, "prep", "ADP", "on", "IN"),
        ("Cuba", 6, "pobj", "PROPN", "Cuba", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE"] + ["O"] * 6 + ["B-GPE", "O"], spaces=[True] * 7 + [False, False])
    assert [(t, m) for t, m, _ in _events(run(doc, gazetteer))] == [("RETREAT", "ease")]


def test_a_government_body_designating_individuals_sanctions_for_the_publisher(blank, matcher, gazetteer):
    # "The Treasury Department is designating eleven individuals in Zimbabwe." (White House release)
    doc = make(blank, matcher, [
        ("The", 2, "det", "DET", "the", "DT"),
        ("Treasury", 2, "compound", "PROPN", "Treasury", "NNP"),
        ("Department", 4, "nsubj", "PROPN", "Department", "NNP"),
        ("is", 4, "aux", "AUX", "be", "VBZ"),
        ("designating", 4, "ROOT", "VERB", "designate", "VBG"),
        ("eleven", 6, "nummod", "NUM", "eleven", "CD"),
        ("individuals", 4, "dobj", "NOUN", "individual", "NNS"),
        ("in", 6, "prep", "ADP", "in", "IN"),
        ("Zimbabwe", 7, "pobj", "PROPN", "Zimbabwe", "NNP"),
        (".", 4, "punct", "PUNCT", "."),
    ], ents=["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-GPE", "O"], spaces=[True] * 8 + [False, False])
    events = _events(run(doc, gazetteer, publisher="The White House"))
    assert len(events) == 1 and events[0][0] == "SANCTION"
    assert ("source", "state/USA") in events[0][2] and ("target", "state/ZWE") in events[0][2]


def test_falsely_accused_is_rejected_by_the_speaker(blank, matcher, gazetteer):
    # "Putin said that Russia was groundlessly accused of causing the crisis."
    doc = make(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("that", 6, "mark", "SCONJ", "that", "IN"),
        ("Russia", 6, "nsubjpass", "PROPN", "Russia", "NNP"),
        ("was", 6, "auxpass", "AUX", "be", "VBD"),
        ("groundlessly", 6, "advmod", "ADV", "groundlessly", "RB"),
        ("accused", 1, "ccomp", "VERB", "accuse", "VBN"),
        ("of", 6, "prep", "ADP", "of", "IN"),
        ("causing", 7, "pcomp", "VERB", "cause", "VBG"),
        ("the", 10, "det", "DET", "the", "DT"),
        ("crisis", 8, "dobj", "NOUN", "crisis", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "B-GPE"] + ["O"] * 8, spaces=[True] * 10 + [False, False])
    assert ("REJECT", -1, "person/vladimir-putin", "causing the crisis") in _stances(run(doc, gazetteer))


def test_issuing_a_joint_statement_is_an_agreement_but_a_statement_is_not(blank, matcher, gazetteer):
    rows = [
        ("France", 3, "nsubj", "PROPN", "France", "NNP"),
        ("and", 0, "cc", "CCONJ", "and", "CC"),
        ("Germany", 0, "conj", "PROPN", "Germany", "NNP"),
        ("issued", 3, "ROOT", "VERB", "issue", "VBD"),
        ("a", 6, "det", "DET", "a", "DT"),
        ("joint", 6, "amod", "ADJ", "joint", "JJ"),
        ("statement", 3, "dobj", "NOUN", "statement", "NN"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"]
    spaces = [True] * 6 + [False, False]
    events = _events(run(make(blank, matcher, rows, ents=ents, spaces=spaces), gazetteer))
    assert [(t, sorted(k for _, k in p)) for t, _, p in events] == [("AGREE", ["state/DEU", "state/FRA"])]
    rows[5] = ("long", 6, "amod", "ADJ", "long", "JJ")
    assert _events(run(make(blank, matcher, rows, ents=ents, spaces=spaces), gazetteer)) == []


def test_a_call_noun_is_a_talk_but_a_call_for_something_is_not(blank, matcher, gazetteer):
    # "Germany welcomed Italy's call with France." / "Germany welcomed Italy's call for talks."
    # (a call needs two sides: see test_event_senses.test_a_meeting_needs_a_second_side)
    rows = [
        ("Germany", 1, "nsubj", "PROPN", "Germany", "NNP"),
        ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
        ("Italy's", 3, "poss", "PROPN", "Italy", "NNP"),
        ("call", 1, "dobj", "NOUN", "call", "NN"),
        ("with", 3, "prep", "ADP", "with", "IN"),
        ("France", 4, "pobj", "PROPN", "France", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "O"]
    spaces = [True] * 5 + [False, False]
    events = _events(run(make(blank, matcher, rows, ents=ents, spaces=spaces), gazetteer))
    assert [(t, m) for t, m, _ in events] == [("CONSULT", "call")]
    rows[4:6] = [("for", 3, "prep", "ADP", "for", "IN"), ("talks", 4, "pobj", "NOUN", "talk", "NNS")]
    events = _events(run(make(blank, matcher, rows, ents=["B-GPE", "O", "B-GPE"] + ["O"] * 4, spaces=spaces), gazetteer))
    assert all(t != "CONSULT" or m != "call" for t, m, _ in events)


def test_the_owner_of_a_policy_of_repression_is_its_source(blank, matcher, gazetteer):
    # "Belarus continued its policy of discrimination."
    doc = make(blank, matcher, [
        ("Belarus", 1, "nsubj", "PROPN", "Belarus", "NNP"),
        ("continued", 1, "ROOT", "VERB", "continue", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("policy", 1, "dobj", "NOUN", "policy", "NN"),
        ("of", 3, "prep", "ADP", "of", "IN"),
        ("discrimination", 4, "pobj", "NOUN", "discrimination", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE"] + ["O"] * 6, spaces=[True] * 5 + [False, False])
    events = [e for e in _events(run(doc, gazetteer)) if e[0] == "COERCE"]
    # the source; a domestic repression naming no target is also aimed at the source's own state
    assert [parts[0] for _, _, parts in events] == [("source", "state/BLR")]


def test_this_war_is_the_texts_main_war_when_it_names_no_side(blank, matcher, gazetteer):
    # "Russia attacked Ukraine. Russia bombed Ukraine. Russia will lose this war."
    rows = []
    for verb, lemma in (("attacked", "attack"), ("bombed", "bomb")):
        b = len(rows)
        rows += [("Russia", b + 1, "nsubj", "PROPN", "Russia", "NNP"), (verb, b + 1, "ROOT", "VERB", lemma, "VBD"),
                 ("Ukraine", b + 1, "dobj", "PROPN", "Ukraine", "NNP"), (".", b + 1, "punct", "PUNCT", ".")]
    b = len(rows)
    rows += [("Russia", b + 2, "nsubj", "PROPN", "Russia", "NNP"), ("will", b + 2, "aux", "AUX", "will", "MD"),
             ("lose", b + 2, "ROOT", "VERB", "lose", "VB"), ("this", b + 4, "det", "DET", "this", "DT"),
             ("war", b + 2, "dobj", "NOUN", "war", "NN"), (".", b + 2, "punct", "PUNCT", ".")]
    ents = ["B-GPE" if w in {"Russia", "Ukraine"} else "O" for w, *_ in rows]
    spaces = [rows[i + 1][0] != "." if i + 1 < len(rows) else False for i in range(len(rows))]
    starts = [i in {0, 4, 8} for i in range(len(rows))]
    ex = run(make(blank, matcher, rows, ents=ents, spaces=spaces, sent_starts=starts), gazetteer)
    war = [e for e in ex.events if e.trigger.text == "war"]
    assert len(war) == 1
    assert {(p.role, p.mention.actor.key) for p in war[0].participants} == {("source", "state/RUS"), ("target", "state/UKR")}


def test_the_administration_of_an_official_release_is_its_state(blank, matcher, gazetteer):
    # "The Administration condemns the attack."
    doc = make(blank, matcher, [
        ("The", 1, "det", "DET", "the", "DT"),
        ("Administration", 2, "nsubj", "PROPN", "Administration", "NNP"),
        ("condemns", 2, "ROOT", "VERB", "condemn", "VBZ"),
        ("the", 4, "det", "DET", "the", "DT"),
        ("attack", 2, "dobj", "NOUN", "attack", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], spaces=[True] * 4 + [False, False])
    assert [h for _, _, h, _ in _stances(run(doc, gazetteer, publisher="The White House"))] == ["state/USA"]
    assert _stances(run(doc, gazetteer)) == []  # a news agency's "the Administration" names no one
