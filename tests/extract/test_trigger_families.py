"""Trigger families and claim confidence on hand-built Docs (sentences invented for these tests):
forcing out (expel / deport), blowing up, hacking, defying a ban, strikes named by their kind,
promises parsed with an adverbial infinitive, passive stances with an agent, attempts that are not
intents, main-clause claims ranked above adjunct mentions, repression of dissent, troops arriving,
places described as occupied, whom investigations, protests and receptions aim at, summoned envoys,
yielding, media shut down, objects shifted after "as", refusals to tolerate, what a demand asks (not
asserted, no intent of the asked party), and
stances said ", saying ..." ranked below the clause's event."""

from __future__ import annotations

from tests.extract.test_event_triggers import _events, make, run


def _stances(ex):
    return [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key if s.target_actor else None)
            for s in ex.stances]


def _forced(obj_rows, ents_obj, out_dep="prep"):
    """"China forced <obj> out of Japan." (the parser hangs "out" as a preposition or a particle)."""
    n = len(obj_rows)
    rows = [
        ("China", 1, "nsubj", "PROPN", "China", "NNP"),
        ("forced", 1, "ROOT", "VERB", "force", "VBD"),
        *[(w, h, d, p, lemma, tag) for (w, h, d, p, lemma, tag) in obj_rows],
        ("out", 1, out_dep, "ADP", "out", "RP"),
        ("of", 2 + n, "prep", "ADP", "of", "IN"),
        ("Japan", 3 + n, "pobj", "PROPN", "Japan", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return rows, ["B-GPE", "O", *ents_obj, "O", "O", "B-GPE", "O"]


def test_forcing_a_body_out_expels_it_but_forcing_people_out_coerces(blank, matcher, gazetteer):
    rows, ents = _forced([("the", 3, "det", "DET", "the", "DT"), ("mission", 1, "dobj", "NOUN", "mission", "NN")],
                         ["O", "O"])
    events = _events(run(make(blank, matcher, rows, ents=ents), gazetteer))
    assert [(t, m) for t, m, _ in events] == [("SANCTION", "expel")]
    assert ("source", "state/CHN") in events[0][2]
    rows, ents = _forced([("refugees", 1, "dobj", "NOUN", "refugee", "NNS")], ["O"], out_dep="prt")
    assert [(t, m) for t, m, _ in _events(run(make(blank, matcher, rows, ents=ents), gazetteer))] == [
        ("COERCE", "deport")
    ]
    # without "out", forcing is no event ("China forced the mission to leave")
    doc = make(blank, matcher, [
        ("China", 1, "nsubj", "PROPN", "China", "NNP"),
        ("forced", 1, "ROOT", "VERB", "force", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("mission", 1, "dobj", "NOUN", "mission", "NN"),
        ("to", 5, "aux", "PART", "to", "TO"),
        ("leave", 1, "xcomp", "VERB", "leave", "VB"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    assert _events(run(doc, gazetteer)) == []


def _blew_up(obj_lemma, obj_word):
    return [
        ("Rebels", 1, "nsubj", "NOUN", "rebel", "NNS"),
        ("blew", 1, "ROOT", "VERB", "blow", "VBD"),
        ("up", 1, "prt", "ADP", "up", "RP"),
        ("power", 4, "compound", "NOUN", "power", "NN"),
        (obj_word, 1, "dobj", "NOUN", obj_lemma, "NNS"),
        ("in", 1, "prep", "ADP", "in", "IN"),
        ("Ukraine", 5, "pobj", "PROPN", "Ukraine", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_blowing_up_infrastructure_damages_property_and_blowing_up_else_is_an_attack(blank, matcher, gazetteer):
    ents = ["O", "O", "O", "O", "O", "O", "B-GPE", "O"]
    events = _events(run(make(blank, matcher, _blew_up("line", "lines"), ents=ents), gazetteer))
    assert [(t, m) for t, m, _ in events] == [("COERCE", "destroy")]
    rows = _blew_up("bus", "buses")
    rows[3] = ("two", 4, "nummod", "NUM", "two", "CD")
    events = _events(run(make(blank, matcher, rows, ents=ents), gazetteer))
    assert [(t, m) for t, m, _ in events] == [("ASSAULT", "explosives")]
    rows = _blew_up("line", "lines")
    rows[2] = ("away", 1, "advmod", "ADV", "away", "RB")  # no particle "up": not this sense
    assert _events(run(make(blank, matcher, rows, ents=ents), gazetteer)) == []


def test_sabotaging_an_agreement_is_no_property_damage(blank, matcher, gazetteer):
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("sabotaged", 1, "ROOT", "VERB", "sabotage", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("agreements", 1, "dobj", "NOUN", "agreement", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O"])
    assert _events(run(doc, gazetteer)) == []
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("sabotaged", 1, "ROOT", "VERB", "sabotage", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("pipeline", 1, "dobj", "NOUN", "pipeline", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O"])
    assert [t for t, _, _ in _events(run(doc, gazetteer))] == ["COERCE"]


def test_an_attempted_act_is_the_act_not_an_intent_or_threat(blank, matcher, gazetteer):
    # "China tried to hack into the computers of Japan."
    rows = [
        ("China", 1, "nsubj", "PROPN", "China", "NNP"),
        ("tried", 1, "ROOT", "VERB", "try", "VBD"),
        ("to", 3, "aux", "PART", "to", "TO"),
        ("hack", 1, "xcomp", "VERB", "hack", "VB"),
        ("into", 3, "prep", "ADP", "into", "IN"),
        ("the", 6, "det", "DET", "the", "DT"),
        ("computers", 4, "pobj", "NOUN", "computer", "NNS"),
        ("of", 6, "prep", "ADP", "of", "IN"),
        ("Japan", 7, "pobj", "PROPN", "Japan", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]
    ex = run(make(blank, matcher, rows, ents=ents), gazetteer)
    assert [(e.event_type, e.modality) for e in ex.events] == [("COERCE", "planned")]
    assert [s.stance_type for s in ex.stances] == []
    # "China threatened to hack ...": announced, a threat
    rows[1] = ("threatened", 1, "ROOT", "VERB", "threaten", "VBD")
    ex = run(make(blank, matcher, rows, ents=ents), gazetteer)
    assert "THREATEN" in [s.stance_type for s in ex.stances]


def test_a_promise_parsed_with_an_adverbial_infinitive_still_types_the_stance(blank, matcher, gazetteer):
    # "Rebels in Ukraine have sworn to fight." with "to fight" hung as an advcl
    doc = make(blank, matcher, [
        ("Russia", 2, "nsubj", "PROPN", "Russia", "NNP"),
        ("has", 2, "aux", "AUX", "have", "VBZ"),
        ("sworn", 2, "ROOT", "VERB", "swear", "VBN"),
        ("to", 4, "aux", "PART", "to", "TO"),
        ("fight", 2, "advcl", "VERB", "fight", "VB"),
        ("on", 4, "prt", "ADP", "on", "RP"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    assert [(t, h) for t, h, _ in _stances(run(doc, gazetteer))] == [("THREATEN", "state/RUS")]
    # only promises take an adverbial infinitive as their content ("Russia backed | to fight": no support)
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("backed", 1, "ROOT", "VERB", "back", "VBD"),
        ("to", 3, "aux", "PART", "to", "TO"),
        ("fight", 1, "advcl", "VERB", "fight", "VB"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O"])
    assert _stances(run(doc, gazetteer)) == []


def test_a_passive_stance_is_held_by_its_agent(blank, matcher, gazetteer):
    # "Israel was condemned by Jordan."
    doc = make(blank, matcher, [
        ("Israel", 2, "nsubjpass", "PROPN", "Israel", "NNP"),
        ("was", 2, "auxpass", "AUX", "be", "VBD"),
        ("condemned", 2, "ROOT", "VERB", "condemn", "VBN"),
        ("by", 2, "agent", "ADP", "by", "IN"),
        ("Jordan", 3, "pobj", "PROPN", "Jordan", "NNP"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert _stances(run(doc, gazetteer)) == [("DISAPPROVE", "state/JOR", "state/ISR")]
    # active voice unchanged: "Jordan condemned Israel."
    doc = make(blank, matcher, [
        ("Jordan", 1, "nsubj", "PROPN", "Jordan", "NNP"),
        ("condemned", 1, "ROOT", "VERB", "condemn", "VBD"),
        ("Israel", 1, "dobj", "PROPN", "Israel", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O"])
    assert _stances(run(doc, gazetteer)) == [("DISAPPROVE", "state/JOR", "state/ISR")]


def test_a_strike_named_by_its_kind_is_a_protest(blank, matcher, gazetteer):
    def strike(mod):
        return make(blank, matcher, [
            ("Workers", 1, "nsubj", "NOUN", "worker", "NNS"),
            ("began", 1, "ROOT", "VERB", "begin", "VBD"),
            ("an", 4, "det", "DET", "an", "DT"),
            (mod, 4, "amod", "ADJ", mod, "JJ"),
            ("strike", 1, "dobj", "NOUN", "strike", "NN"),
            ("in", 4, "prep", "ADP", "in", "IN"),
            ("Serbia", 5, "pobj", "PROPN", "Serbia", "NNP"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ], ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert [t for t, _, _ in _events(run(strike("indefinite"), gazetteer))] == ["PROTEST"]
    assert _events(run(strike("big"), gazetteer)) == []


def test_the_clauses_event_outranks_a_stance_noun_in_an_adverbial_phrase(blank, matcher, gazetteer):
    # "Serbia staged a hunger strike in protest against Croatia."
    doc = make(blank, matcher, [
        ("Serbia", 1, "nsubj", "PROPN", "Serbia", "NNP"),
        ("staged", 1, "ROOT", "VERB", "stage", "VBD"),
        ("a", 4, "det", "DET", "a", "DT"),
        ("hunger", 4, "compound", "NOUN", "hunger", "NN"),
        ("strike", 1, "dobj", "NOUN", "strike", "NN"),
        ("in", 1, "prep", "ADP", "in", "IN"),
        ("protest", 5, "pobj", "NOUN", "protest", "NN"),
        ("against", 6, "prep", "ADP", "against", "IN"),
        ("Croatia", 7, "pobj", "PROPN", "Croatia", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    ex = run(doc, gazetteer)
    strike = next(e for e in ex.events if e.trigger.text == "strike")
    protest = next(s for s in ex.stances if s.trigger.text == "protest")
    assert strike.event_type == "PROTEST" and protest.stance_type == "DISAPPROVE"
    assert strike.confidence > protest.confidence


def _demand_rows(verb, verb_lemma):
    """"Japan <verb> its demand that China lift sanctions." (the clause hung on the verb)."""
    return [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        (verb, 1, "ROOT", "VERB", verb_lemma, "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("demand", 1, "dobj", "NOUN", "demand", "NN"),
        ("that", 6, "mark", "SCONJ", "that", "IN"),
        ("China", 6, "nsubj", "PROPN", "China", "NNP"),
        ("lift", 1, "ccomp", "VERB", "lift", "VB"),
        ("sanctions", 6, "dobj", "NOUN", "sanction", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_a_demand_asks_is_not_asserted_nor_an_intent_of_the_asked(blank, matcher, gazetteer):
    ents = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    ex = run(make(blank, matcher, _demand_rows("reiterated", "reiterate"), ents=ents), gazetteer)
    assert [(e.event_type, e.modality) for e in ex.events] == [("RETREAT", "hypothetical")]
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key if s.target_actor else None)
            for s in ex.stances] == [("DEMAND", "state/JPN", "state/CHN")]
    # "Japan urged China to lift sanctions": no intent of China's
    doc = make(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
        ("China", 1, "dobj", "PROPN", "China", "NNP"),
        ("to", 4, "aux", "PART", "to", "TO"),
        ("lift", 1, "xcomp", "VERB", "lift", "VB"),
        ("sanctions", 4, "dobj", "NOUN", "sanction", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O"])
    ex = run(doc, gazetteer)
    assert [e.modality for e in ex.events] == ["hypothetical"]
    assert [s.stance_type for s in ex.stances] == ["DEMAND"]
    # a reported fact stays asserted: "Japan noted that China lifted sanctions."
    doc = make(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("noted", 1, "ROOT", "VERB", "note", "VBD"),
        ("that", 4, "mark", "SCONJ", "that", "IN"),
        ("China", 4, "nsubj", "PROPN", "China", "NNP"),
        ("lifted", 1, "ccomp", "VERB", "lift", "VBD"),
        ("sanctions", 4, "dobj", "NOUN", "sanction", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "B-GPE", "O", "O", "O"])
    assert [e.modality for e in run(doc, gazetteer).events] == ["asserted"]


def test_stopping_dissent_by_force_is_repression(blank, matcher, gazetteer):
    def police(verb, lemma, obj, obj_lemma):
        return make(blank, matcher, [
            ("Turkish", 1, "amod", "ADJ", "turkish", "JJ"),
            ("police", 2, "nsubj", "NOUN", "police", "NNS"),
            (verb, 2, "ROOT", "VERB", lemma, "VBD"),
            ("the", 4, "det", "DET", "the", "DT"),
            (obj, 2, "dobj", "NOUN", obj_lemma, "NNS"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ], ents=["B-NORP", "O", "O", "O", "O", "O"])
    for verb, lemma, obj, obj_lemma in [("dispersed", "disperse", "protesters", "protester"),
                                        ("prevented", "prevent", "demonstration", "demonstration"),
                                        ("used", "use", "teargas", "teargas")]:
        ex = run(police(verb, lemma, obj, obj_lemma), gazetteer)
        assert [(e.event_type, e.trigger.text) for e in ex.events if e.modality == "asserted"] == [("COERCE", verb)]
    # other objects are no repression: "used the opportunity", "prevented the collapse"
    assert _events(run(police("used", "use", "opportunity", "opportunity"), gazetteer)) == []
    assert _events(run(police("prevented", "prevent", "collapse", "collapse"), gazetteer)) == []


def test_who_an_investigation_protest_or_reception_is_aimed_at(blank, matcher, gazetteer):
    # "Croatia investigated crimes by Serbia against Bosnia.": the suspects are investigated
    doc = make(blank, matcher, [
        ("Croatia", 1, "nsubj", "PROPN", "Croatia", "NNP"),
        ("investigated", 1, "ROOT", "VERB", "investigate", "VBD"),
        ("crimes", 1, "dobj", "NOUN", "crime", "NNS"),
        ("by", 2, "prep", "ADP", "by", "IN"),
        ("Serbia", 3, "pobj", "PROPN", "Serbia", "NNP"),
        ("against", 2, "prep", "ADP", "against", "IN"),
        ("Bosnia", 5, "pobj", "PROPN", "Bosnia", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    ev = run(doc, gazetteer).events
    assert [e.event_type for e in ev] == ["INVESTIGATE"]
    assert next(p for p in ev[0].participants if p.role == "target").mention.actor.key == "state/SRB"
    # "Kenya received observers from Uganda.": Uganda sent them, Kenya lets them in (CAMEO 0862)
    doc = make(blank, matcher, [
        ("Kenya", 1, "nsubj", "PROPN", "Kenya", "NNP"),
        ("received", 1, "ROOT", "VERB", "receive", "VBD"),
        ("observers", 1, "dobj", "NOUN", "observer", "NNS"),
        ("from", 2, "prep", "ADP", "from", "IN"),
        ("Uganda", 3, "pobj", "PROPN", "Uganda", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert _events(run(doc, gazetteer)) == [
        ("RETREAT", "access", [("source", "state/KEN"), ("target", "state/UGA")])
    ]
    # "Refugees began a hunger strike in protest of Russia's refusal.": Russia is protested, not the striker
    doc = make(blank, matcher, [
        ("Refugees", 1, "nsubj", "NOUN", "refugee", "NNS"),
        ("began", 1, "ROOT", "VERB", "begin", "VBD"),
        ("a", 4, "det", "DET", "a", "DT"),
        ("hunger", 4, "compound", "NOUN", "hunger", "NN"),
        ("strike", 1, "dobj", "NOUN", "strike", "NN"),
        ("in", 4, "prep", "ADP", "in", "IN"),
        ("protest", 5, "pobj", "NOUN", "protest", "NN"),
        ("of", 6, "prep", "ADP", "of", "IN"),
        ("Russia", 10, "poss", "PROPN", "Russia", "NNP"),
        ("'s", 8, "case", "PART", "'s", "POS"),
        ("refusal", 7, "pobj", "NOUN", "refusal", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"],
        spaces=[True] * 8 + [False, True, False, False])
    strike = [e for e in run(doc, gazetteer).events if e.trigger.text == "strike"]
    assert [[(p.role, p.mention.actor.key) for p in e.participants] for e in strike] == [[("target", "state/RUS")]]


def test_an_offer_from_an_actor_is_that_actors(blank, matcher, gazetteer):
    # "Pakistan rejected an offer from Afghanistan."
    doc = make(blank, matcher, [
        ("Pakistan", 1, "nsubj", "PROPN", "Pakistan", "NNP"),
        ("rejected", 1, "ROOT", "VERB", "reject", "VBD"),
        ("an", 3, "det", "DET", "an", "DT"),
        ("offer", 1, "dobj", "NOUN", "offer", "NN"),
        ("from", 3, "prep", "ADP", "from", "IN"),
        ("Afghanistan", 4, "pobj", "PROPN", "Afghanistan", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    stances = [s for s in run(doc, gazetteer).stances if s.stance_type == "REJECT"]
    assert stances and stances[0].holder.actor.key == "state/PAK"
    target = stances[0].target_actor.actor if stances[0].target_actor else stances[0].target_issue.target_actor
    assert target.key == "state/AFG"


def test_troops_arriving_are_no_visit_and_an_occupied_place_is_no_attack(blank, matcher, gazetteer):
    def arrived(subject_rows, ents):
        n = len(subject_rows)
        return make(blank, matcher, [
            *subject_rows,
            ("arrived", n, "ROOT", "VERB", "arrive", "VBD"),
            ("in", n, "prep", "ADP", "in", "IN"),
            ("Bosnia", n + 1, "pobj", "PROPN", "Bosnia", "NNP"),
            (".", n, "punct", "PUNCT", ".", "."),
        ], ents=[*ents, "O", "O", "B-GPE", "O"])
    # "NATO peacekeepers arrived in Bosnia." -> peacekeeping (CAMEO 074)
    doc = arrived([("NATO", 1, "compound", "PROPN", "NATO", "NNP"), ("peacekeepers", 2, "nsubj", "NOUN", "peacekeeper", "NNS")],
                  ["B-ORG", "O"])
    assert [(t, m) for t, m, _ in _events(run(doc, gazetteer))] == [("AID", None)]
    # "The first deployment of Russian troops arrived in Bosnia." -> troops sent
    doc = arrived([
        ("The", 2, "det", "DET", "the", "DT"), ("first", 2, "amod", "ADJ", "first", "JJ"),
        ("deployment", 6, "nsubj", "NOUN", "deployment", "NN"), ("of", 2, "prep", "ADP", "of", "IN"),
        ("Russian", 5, "amod", "ADJ", "russian", "JJ"), ("troops", 3, "pobj", "NOUN", "troop", "NNS"),
    ], ["O", "O", "O", "O", "B-NORP", "O"])
    assert [(t, m) for t, m, _ in _events(run(doc, gazetteer))] == [("MOBILIZE", "troops")]
    # a leader arriving is still a visit: "Russian President Vladimir Putin arrived in Bosnia."
    doc = arrived([
        ("Russian", 2, "amod", "ADJ", "russian", "JJ"), ("President", 3, "compound", "PROPN", "President", "NNP"),
        ("Vladimir", 3, "compound", "PROPN", "Vladimir", "NNP"), ("Putin", 4, "nsubj", "PROPN", "Putin", "NNP"),
    ], ["B-NORP", "O", "B-PERSON", "I-PERSON"])
    assert [(t, m) for t, m, _ in _events(run(doc, gazetteer))] == [("CONSULT", "visit")]
    # "Protesters rallied in the Russian occupied Ukraine.": "occupied" describes the place
    doc = make(blank, matcher, [
        ("Protesters", 1, "nsubj", "NOUN", "protester", "NNS"),
        ("rallied", 1, "ROOT", "VERB", "rally", "VBD"),
        ("in", 1, "prep", "ADP", "in", "IN"),
        ("the", 6, "det", "DET", "the", "DT"),
        ("Russian", 6, "npadvmod", "PROPN", "Russian", "NNP"),
        ("occupied", 6, "amod", "VERB", "occupy", "VBN"),
        ("Ukraine", 2, "pobj", "PROPN", "Ukraine", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "O", "O", "B-NORP", "O", "B-GPE", "O"])
    assert [t for t, _, _ in _events(run(doc, gazetteer))] == ["PROTEST"]


def test_summoning_an_envoy_is_a_formal_protest_to_the_envoys_state(blank, matcher, gazetteer):
    def summoned(obj, obj_lemma):
        return make(blank, matcher, [
            ("Nigeria", 1, "nsubj", "PROPN", "Nigeria", "NNP"),
            ("summoned", 1, "ROOT", "VERB", "summon", "VBD"),
            ("Niger", 4, "poss", "PROPN", "Niger", "NNP"),
            ("'s", 2, "case", "PART", "'s", "POS"),
            (obj, 1, "dobj", "NOUN", obj_lemma, "NN"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"], spaces=[True, True, False, True, False, False])
    stances = [(s.stance_type, s.holder.actor.key) for s in run(summoned("ambassador", "ambassador"), gazetteer).stances]
    assert stances == [("DISAPPROVE", "state/NGA")]
    assert run(summoned("cabinet", "cabinet"), gazetteer).stances == ()


def test_who_undergoes_an_investigation_or_a_sent_mission(blank, matcher, gazetteer):
    # "A Japanese national was put under investigation in Italy."
    doc = make(blank, matcher, [
        ("A", 2, "det", "DET", "a", "DT"),
        ("Japanese", 2, "amod", "ADJ", "japanese", "JJ"),
        ("national", 4, "nsubjpass", "NOUN", "national", "NN"),
        ("was", 4, "auxpass", "AUX", "be", "VBD"),
        ("put", 4, "ROOT", "VERB", "put", "VBN"),
        ("under", 4, "prep", "ADP", "under", "IN"),
        ("investigation", 5, "pobj", "NOUN", "investigation", "NN"),
        ("in", 4, "prep", "ADP", "in", "IN"),
        ("Italy", 7, "pobj", "PROPN", "Italy", "NNP"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ], ents=["O", "B-NORP", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    ev = [e for e in run(doc, gazetteer).events if e.event_type == "INVESTIGATE"]
    assert ev and ("target", "state/JPN") in [(p.role, p.mention.actor.key) for p in ev[0].participants]
    # "France sent experts to Mali to investigate.": Mali is investigated
    doc = make(blank, matcher, [
        ("France", 1, "nsubj", "PROPN", "France", "NNP"),
        ("sent", 1, "ROOT", "VERB", "send", "VBD"),
        ("experts", 1, "dobj", "NOUN", "expert", "NNS"),
        ("to", 1, "prep", "ADP", "to", "IN"),
        ("Mali", 3, "pobj", "PROPN", "Mali", "NNP"),
        ("to", 6, "aux", "PART", "to", "TO"),
        ("investigate", 1, "advcl", "VERB", "investigate", "VB"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O"])
    ev = [e for e in run(doc, gazetteer).events if e.event_type == "INVESTIGATE"]
    assert [sorted((p.role, p.mention.actor.key) for p in e.participants) for e in ev] == [
        [("source", "state/FRA"), ("target", "state/MLI")]
    ]


def test_a_stance_reported_by_a_participle_ranks_below_the_clauses_event(blank, matcher, gazetteer):
    # "Poland staged rallies against Russia, saying Russia must withdraw."
    rows = [
        ("Poland", 1, "nsubj", "PROPN", "Poland", "NNP"),
        ("staged", 1, "ROOT", "VERB", "stage", "VBD"),
        ("rallies", 1, "dobj", "NOUN", "rally", "NNS"),
        ("against", 2, "prep", "ADP", "against", "IN"),
        ("Russia", 3, "pobj", "PROPN", "Russia", "NNP"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("saying", 1, "advcl", "VERB", "say", "VBG"),
        ("Russia", 9, "nsubj", "PROPN", "Russia", "NNP"),
        ("must", 9, "aux", "AUX", "must", "MD"),
        ("withdraw", 6, "ccomp", "VERB", "withdraw", "VB"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O"]
    spaces = [True, True, True, True, False, True, True, True, True, False, False]
    ex = run(make(blank, matcher, rows, ents=ents, spaces=spaces), gazetteer)
    rally = next(e for e in ex.events if e.trigger.text == "rallies")
    demand = next(s for s in ex.stances if s.stance_type == "DEMAND")
    assert rally.event_type == "PROTEST" and rally.confidence > demand.confidence
    # reported by a finite verb, the demand keeps its weight: "Poland said Russia must withdraw."
    ex = run(make(blank, matcher, [
        ("Poland", 1, "nsubj", "PROPN", "Poland", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("Russia", 4, "nsubj", "PROPN", "Russia", "NNP"),
        ("must", 4, "aux", "AUX", "must", "MD"),
        ("withdraw", 1, "ccomp", "VERB", "withdraw", "VB"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"], spaces=[True, True, True, True, False, False]), gazetteer)
    assert [s.confidence for s in ex.stances if s.stance_type == "DEMAND"] == [0.75]


def test_yielding_to_demands_concedes_but_admitting_does_not(blank, matcher, gazetteer):
    # "Angola conceded to demands from Zambia."
    doc = make(blank, matcher, [
        ("Angola", 1, "nsubj", "PROPN", "Angola", "NNP"),
        ("conceded", 1, "ROOT", "VERB", "concede", "VBD"),
        ("to", 1, "prep", "ADP", "to", "IN"),
        ("demands", 2, "pobj", "NOUN", "demand", "NNS"),
        ("from", 3, "prep", "ADP", "from", "IN"),
        ("Zambia", 4, "pobj", "PROPN", "Zambia", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    assert [t for t, _, _ in _events(run(doc, gazetteer))] == ["CONCEDE"]
    # "Angola conceded that the talks failed.": an admission
    doc = make(blank, matcher, [
        ("Angola", 1, "nsubj", "PROPN", "Angola", "NNP"),
        ("conceded", 1, "ROOT", "VERB", "concede", "VBD"),
        ("that", 5, "mark", "SCONJ", "that", "IN"),
        ("the", 4, "det", "DET", "the", "DT"),
        ("talks", 5, "nsubj", "NOUN", "talk", "NNS"),
        ("failed", 1, "ccomp", "VERB", "fail", "VBD"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    assert "CONCEDE" not in [t for t, _, _ in _events(run(doc, gazetteer))]
    # "Angola gave in to pressure." / "Angola gave aid to Zambia." keeps its aid sense
    doc = make(blank, matcher, [
        ("Angola", 1, "nsubj", "PROPN", "Angola", "NNP"),
        ("gave", 1, "ROOT", "VERB", "give", "VBD"),
        ("in", 1, "prt", "ADP", "in", "RP"),
        ("to", 1, "prep", "ADP", "to", "IN"),
        ("pressure", 3, "pobj", "NOUN", "pressure", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O"])
    assert [t for t, _, _ in _events(run(doc, gazetteer))] == ["CONCEDE"]
    doc = make(blank, matcher, [
        ("Angola", 1, "nsubj", "PROPN", "Angola", "NNP"),
        ("gave", 1, "ROOT", "VERB", "give", "VBD"),
        ("aid", 1, "dobj", "NOUN", "aid", "NN"),
        ("to", 1, "prep", "ADP", "to", "IN"),
        ("Zambia", 3, "pobj", "PROPN", "Zambia", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert [t for t, _, _ in _events(run(doc, gazetteer))] == ["AID"]


def test_a_protest_aims_at_what_it_demands_and_shutting_media_censors(blank, matcher, gazetteer):
    # "Students began a hunger strike to demand the resignation of Algeria's president."
    doc = make(blank, matcher, [
        ("Students", 1, "nsubj", "NOUN", "student", "NNS"),
        ("began", 1, "ROOT", "VERB", "begin", "VBD"),
        ("a", 4, "det", "DET", "a", "DT"),
        ("hunger", 4, "compound", "NOUN", "hunger", "NN"),
        ("strike", 1, "dobj", "NOUN", "strike", "NN"),
        ("to", 6, "aux", "PART", "to", "TO"),
        ("demand", 1, "advcl", "VERB", "demand", "VB"),
        ("the", 8, "det", "DET", "the", "DT"),
        ("resignation", 6, "dobj", "NOUN", "resignation", "NN"),
        ("of", 8, "prep", "ADP", "of", "IN"),
        ("Algeria", 12, "poss", "PROPN", "Algeria", "NNP"),
        ("'s", 10, "case", "PART", "'s", "POS"),
        ("president", 9, "pobj", "NOUN", "president", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["O"] * 10 + ["B-GPE", "O", "O", "O"], spaces=[True] * 10 + [False, True, False, False])
    strike = [e for e in run(doc, gazetteer).events if e.trigger.text == "strike"]
    assert [[(p.role, p.mention.actor.key) for p in e.participants if p.role == "target"] for e in strike] == [
        [("target", "state/DZA")]
    ]

    def shut(obj, obj_lemma):
        return make(blank, matcher, [
            ("Nicaragua", 1, "nsubj", "PROPN", "Nicaragua", "NNP"),
            ("shut", 1, "ROOT", "VERB", "shut", "VBD"),
            ("down", 1, "prt", "ADP", "down", "RP"),
            ("the", 4, "det", "DET", "the", "DT"),
            (obj, 1, "dobj", "NOUN", obj_lemma, "NN"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ], ents=["B-GPE", "O", "O", "O", "O", "O"])
    assert [(t, m) for t, m, _ in _events(run(shut("newspaper", "newspaper"), gazetteer))] == [("COERCE", "censor")]
    assert _events(run(shut("factory", "factory"), gazetteer)) == []


def test_a_shifted_object_and_a_refusal_to_tolerate(blank, matcher, gazetteer):
    # "Albania denounced as a crime Serbia's crackdown."
    doc = make(blank, matcher, [
        ("Albania", 1, "nsubj", "PROPN", "Albania", "NNP"),
        ("denounced", 1, "ROOT", "VERB", "denounce", "VBD"),
        ("as", 1, "prep", "ADP", "as", "IN"),
        ("a", 4, "det", "DET", "a", "DT"),
        ("crime", 2, "pobj", "NOUN", "crime", "NN"),
        ("Serbia", 7, "poss", "PROPN", "Serbia", "NNP"),
        ("'s", 5, "case", "PART", "'s", "POS"),
        ("crackdown", 4, "appos", "NOUN", "crackdown", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O"],
        spaces=[True, True, True, True, True, False, True, False, False])
    stances = run(doc, gazetteer).stances
    assert [(s.stance_type, s.holder.actor.key) for s in stances] == [("DISAPPROVE", "state/ALB")]
    target = stances[0].target_actor.actor if stances[0].target_actor else stances[0].target_issue.target_actor
    assert target.key == "state/SRB"

    def tolerate(negated):
        rows = [
            ("Russia", 3 if negated else 2, "nsubj", "PROPN", "Russia", "NNP"),
            ("will", 3 if negated else 2, "aux", "AUX", "will", "MD"),
            *([("not", 3, "neg", "PART", "not", "RB")] if negated else []),
            ("tolerate", 3 if negated else 2, "ROOT", "VERB", "tolerate", "VB"),
            ("attacks", 3 if negated else 2, "dobj", "NOUN", "attack", "NNS"),
            ("on", 4 if negated else 3, "prep", "ADP", "on", "IN"),
            ("Belarus", 5 if negated else 4, "pobj", "PROPN", "Belarus", "NNP"),
            (".", 3 if negated else 2, "punct", "PUNCT", ".", "."),
        ]
        ents = ["B-GPE"] + ["O"] * (len(rows) - 3) + ["B-GPE", "O"]
        return run(make(blank, matcher, rows, ents=ents), gazetteer).stances
    assert [(s.stance_type, s.polarity, s.negated, s.holder.actor.key) for s in tolerate(True)] == [
        ("THREATEN", -1, False, "state/RUS")
    ]
    assert tolerate(False) == ()


def test_false_friends_of_the_new_families(blank, matcher, gazetteer):
    # "Russia uses natural gas as a weapon.": no tear gas, no repression
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("uses", 1, "ROOT", "VERB", "use", "VBZ"),
        ("natural", 3, "amod", "ADJ", "natural", "JJ"),
        ("gas", 1, "dobj", "NOUN", "gas", "NN"),
        ("as", 1, "prep", "ADP", "as", "IN"),
        ("a", 6, "det", "DET", "a", "DT"),
        ("weapon", 4, "pobj", "NOUN", "weapon", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O"])
    assert _events(run(doc, gazetteer)) == []
    # "Poland swore an oath to uphold the treaty.": an oath, no promise to act on anyone
    doc = make(blank, matcher, [
        ("Poland", 1, "nsubj", "PROPN", "Poland", "NNP"),
        ("swore", 1, "ROOT", "VERB", "swear", "VBD"),
        ("an", 3, "det", "DET", "an", "DT"),
        ("oath", 1, "dobj", "NOUN", "oath", "NN"),
        ("to", 5, "aux", "PART", "to", "TO"),
        ("uphold", 1, "advcl", "VERB", "uphold", "VB"),
        ("the", 7, "det", "DET", "the", "DT"),
        ("treaty", 5, "dobj", "NOUN", "treaty", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O"])
    assert run(doc, gazetteer).stances == ()
