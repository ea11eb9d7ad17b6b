"""Who the sides of a claim are: the actor a demanded action is asked of, persons' states read
from the sentence, and the side acted on when the text names only where it happens.
Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2000, 1, 1)


make = make_doc  # tests.extract.handmade


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def test_a_demanded_action_is_the_asked_actors_own(blank, matcher, gazetteer):
    # "Peru said Chile must drop barriers to US exports ." -- Chile's action, not the US's
    doc = make(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("Chile", 4, "nsubj", "PROPN", "Chile"),
        ("must", 4, "aux", "AUX", "must", "MD"),
        ("drop", 1, "ccomp", "VERB", "drop", "VB"),
        ("barriers", 4, "dobj", "NOUN", "barrier", "NNS"),
        ("to", 5, "prep", "ADP", "to"),
        ("US", 8, "compound", "PROPN", "US"),
        ("exports", 6, "pobj", "NOUN", "export", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O"])
    [demand] = [s for s in run(doc, gazetteer).stances if s.stance_type == "DEMAND"]
    assert demand.holder.actor.key == "state/PER"
    assert demand.target_issue is not None and demand.target_issue.target_actor.key == "state/CHL"


def test_a_titled_unknown_person_serves_the_state_of_a_movement_based_there(blank, matcher, gazetteer):
    # "President Omar Karimov lifted the ban on Hezbollah ." -- Hezbollah is based in Lebanon
    from diplograph.extract.actors import find_actors

    doc = make(blank, matcher, [
        ("President", 2, "compound", "PROPN", "President"),
        ("Omar", 2, "compound", "PROPN", "Omar"),
        ("Karimov", 3, "nsubj", "PROPN", "Karimov"),
        ("lifted", 3, "ROOT", "VERB", "lift", "VBD"),
        ("the", 5, "det", "DET", "the"),
        ("ban", 3, "dobj", "NOUN", "ban"),
        ("on", 5, "prep", "ADP", "on"),
        ("Hezbollah", 6, "pobj", "PROPN", "Hezbollah"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=PUBLISHED), gazetteer)
    [person] = [m for m in index.mentions if m.actor.kind == "Person"]
    assert person.role is not None and person.role.role == "head-of-state"
    assert person.role.of.key == "state/LBN"


def _sides(event):
    return sorted((p.role, p.mention.actor.key, p.inferred) for p in event.participants if not p.via_role)


def test_a_protest_with_no_named_target_is_aimed_at_the_state_where_it_happens(blank, matcher, gazetteer):
    # "Chilean students held a rally in Lima ." -- in Peru, at Peru
    doc = make(blank, matcher, [
        ("Chilean", 1, "amod", "ADJ", "Chilean", "JJ"),
        ("students", 2, "nsubj", "NOUN", "student", "NNS"),
        ("held", 2, "ROOT", "VERB", "hold", "VBD"),
        ("a", 4, "det", "DET", "a"),
        ("rally", 2, "dobj", "NOUN", "rally", "NN"),
        ("in", 4, "prep", "ADP", "in"),
        ("Lima", 5, "pobj", "PROPN", "Lima"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "B-GPE", "O"])
    ex = run(doc, gazetteer)
    [event] = [e for e in ex.events if e.event_type == "PROTEST"]
    assert ("source", "state/CHL", False) in _sides(event)
    assert ("target", "state/PER", True) in _sides(event)


def test_a_crackdown_with_no_named_target_is_domestic(blank, matcher, gazetteer):
    # "Egyptian police arrested 12 demonstrators ."
    doc = make(blank, matcher, [
        ("Egyptian", 1, "amod", "ADJ", "Egyptian", "JJ"),
        ("police", 2, "nsubj", "NOUN", "police", "NNS"),
        ("arrested", 2, "ROOT", "VERB", "arrest", "VBD"),
        ("12", 4, "nummod", "NUM", "12", "CD"),
        ("demonstrators", 2, "dobj", "NOUN", "demonstrator", "NNS"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "B-CARDINAL", "O", "O"])
    ex = run(doc, gazetteer)
    [event] = [e for e in ex.events if e.event_type == "COERCE"]
    assert _sides(event) == [("source", "state/EGY", False), ("target", "state/EGY", True)]
    assert event.confidence == 0.55  # an inferred side is no second known side


def test_an_event_with_another_named_party_is_not_read_as_domestic(blank, matcher, gazetteer):
    # "Russian troops began an incursion into Ukraine ." -- Ukraine is a party, not Russia itself
    doc = make(blank, matcher, [
        ("Russian", 1, "amod", "ADJ", "Russian", "JJ"),
        ("troops", 2, "nsubj", "NOUN", "troop", "NNS"),
        ("began", 2, "ROOT", "VERB", "begin", "VBD"),
        ("an", 4, "det", "DET", "an"),
        ("incursion", 2, "dobj", "NOUN", "incursion", "NN"),
        ("into", 4, "prep", "ADP", "into"),
        ("Ukraine", 5, "pobj", "PROPN", "Ukraine"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "B-GPE", "O"])
    events = run(doc, gazetteer).events
    assert events
    for event in events:
        assert ("target", "state/RUS", True) not in _sides(event)


def test_an_unknown_judge_or_general_is_an_official_of_the_state_named_beside(blank, matcher, gazetteer):
    # "Judge Ana Rivas charged 28 Chilean officials ." / "Lt. Gen. Ana Rivas resigned in Chile ."
    from diplograph.extract.actors import find_actors

    doc = make(blank, matcher, [
        ("Judge", 2, "compound", "PROPN", "Judge"),
        ("Ana", 2, "compound", "PROPN", "Ana"),
        ("Rivas", 3, "nsubj", "PROPN", "Rivas"),
        ("charged", 3, "ROOT", "VERB", "charge", "VBD"),
        ("28", 6, "nummod", "NUM", "28", "CD"),
        ("Chilean", 6, "amod", "ADJ", "Chilean", "JJ"),
        ("officials", 3, "dobj", "NOUN", "official", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "B-PERSON", "I-PERSON", "O", "B-CARDINAL", "B-NORP", "O", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=PUBLISHED), gazetteer)
    [person] = [m for m in index.mentions if m.actor.kind == "Person"]
    assert (person.role.role, person.role.of.key, person.role.source) == ("official", "state/CHL", "text")

    doc = make(blank, matcher, [
        ("Lt.", 1, "compound", "PROPN", "Lt."),
        ("Gen.", 3, "compound", "PROPN", "Gen."),
        ("Ana", 3, "compound", "PROPN", "Ana"),
        ("Rivas", 4, "nsubj", "PROPN", "Rivas"),
        ("resigned", 4, "ROOT", "VERB", "resign", "VBD"),
        ("in", 4, "prep", "ADP", "in"),
        ("Chile", 5, "pobj", "PROPN", "Chile"),
        (".", 4, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=PUBLISHED), gazetteer)
    [person] = [m for m in index.mentions if m.actor.kind == "Person"]
    assert (person.role.role, person.role.of.key) == ("official", "state/CHL")


def test_neither_a_border_nor_the_reporter_is_the_side_attacked(blank, matcher, gazetteer):
    # "Chilean troops attacked a camp on the Peruvian border , Bolivian police said ."
    doc = make(blank, matcher, [
        ("Chilean", 1, "amod", "ADJ", "Chilean", "JJ"),
        ("troops", 2, "nsubj", "NOUN", "troop", "NNS"),
        ("attacked", 12, "ccomp", "VERB", "attack", "VBD"),
        ("a", 4, "det", "DET", "a"),
        ("camp", 2, "dobj", "NOUN", "camp", "NN"),
        ("on", 4, "prep", "ADP", "on"),
        ("the", 8, "det", "DET", "the"),
        ("Peruvian", 8, "amod", "ADJ", "Peruvian", "JJ"),
        ("border", 5, "pobj", "NOUN", "border", "NN"),
        (",", 12, "punct", "PUNCT", ","),
        ("Bolivian", 11, "amod", "ADJ", "Bolivian", "JJ"),
        ("police", 12, "nsubj", "NOUN", "police", "NNS"),
        ("said", 12, "ROOT", "VERB", "say", "VBD"),
        (".", 12, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "O", "B-NORP", "O", "O", "B-NORP", "O", "O", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.trigger.text == "attacked"]
    targets = [key for role, key, _ in _sides(event) if role == "target"]
    assert "state/PER" not in targets and "state/BOL" not in targets


def test_a_one_word_name_before_a_noun_for_a_people_is_no_person(blank, matcher, gazetteer):
    # "Turkish Kurd refugees returned ." -- a tagger's PERSON "Kurd" is the people's name
    from diplograph.extract.actors import find_actors
    from diplograph.extract.context import actors_of_phrase

    doc = make(blank, matcher, [
        ("Turkish", 2, "amod", "ADJ", "Turkish", "JJ"),
        ("Kurd", 2, "compound", "PROPN", "Kurd", "NNP"),
        ("refugees", 3, "nsubj", "NOUN", "refugee", "NNS"),
        ("returned", 3, "ROOT", "VERB", "return", "VBD"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "B-PERSON", "O", "O", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=PUBLISHED), gazetteer)
    assert not [m for m in index.mentions if m.actor.kind == "Person"]
    assert [m.actor.key for m in actors_of_phrase(doc, doc[2], index, [], subject=True)] == ["state/TUR"]


def test_an_attack_on_a_named_place_targets_its_state(blank, matcher, gazetteer):
    # "Israeli tanks fired at targets in Jericho ." -- Jericho is a place in Palestine
    doc = make(blank, matcher, [
        ("Israeli", 1, "amod", "ADJ", "Israeli", "JJ"),
        ("tanks", 2, "nsubj", "NOUN", "tank", "NNS"),
        ("fired", 2, "ROOT", "VERB", "fire", "VBD"),
        ("at", 2, "prep", "ADP", "at"),
        ("targets", 3, "pobj", "NOUN", "target", "NNS"),
        ("in", 4, "prep", "ADP", "in"),
        ("Jericho", 5, "pobj", "PROPN", "Jericho"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "B-GPE", "O"])
    events = [e for e in run(doc, gazetteer).events if e.trigger.text == "fired"]
    assert events
    for event in events:
        sides = {(role, key) for role, key, _ in _sides(event)}
        assert ("source", "state/ISR") in sides and ("target", "state/PSE") in sides


def test_a_government_accusing_its_own_rebels_is_a_stance_on_them(blank, matcher, gazetteer):
    # "The Sudanese government accused Darfur rebels ."
    doc = make(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("Sudanese", 2, "amod", "ADJ", "Sudanese", "JJ"),
        ("government", 3, "nsubj", "NOUN", "government", "NN"),
        ("accused", 3, "ROOT", "VERB", "accuse", "VBD"),
        ("Darfur", 5, "compound", "PROPN", "Darfur", "NNP"),
        ("rebels", 3, "dobj", "NOUN", "rebel", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "B-NORP", "O", "O", "B-GPE", "O", "O"])
    stances = [s for s in run(doc, gazetteer).stances if s.stance_type == "DISAPPROVE"]
    assert [(s.holder.actor.key, s.target_actor.actor.key if s.target_actor else None) for s in stances] == [
        ("state/SDN", "state/SDN")]


def test_the_doers_of_a_rally_held_in_their_own_country_are_its_source(blank, matcher, gazetteer):
    # "Nigerians converged for a rally in Lagos ."
    doc = make(blank, matcher, [
        ("Nigerians", 1, "nsubj", "PROPN", "Nigerians", "NNPS"),
        ("converged", 1, "ROOT", "VERB", "converge", "VBD"),
        ("for", 1, "prep", "ADP", "for"),
        ("a", 4, "det", "DET", "a"),
        ("rally", 2, "pobj", "NOUN", "rally", "NN"),
        ("in", 4, "prep", "ADP", "in"),
        ("Lagos", 5, "pobj", "PROPN", "Lagos"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "B-GPE", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "PROTEST"]
    assert _sides(event) == [("source", "state/NGA", False), ("target", "state/NGA", True)]


def test_people_acting_during_a_demonstration_are_its_source(blank, matcher, gazetteer):
    # "Chilean students threw stones during demonstrations against the Peruvian army ."
    doc = make(blank, matcher, [
        ("Chilean", 1, "amod", "ADJ", "Chilean", "JJ"),
        ("students", 2, "nsubj", "NOUN", "student", "NNS"),
        ("threw", 2, "ROOT", "VERB", "throw", "VBD"),
        ("stones", 2, "dobj", "NOUN", "stone", "NNS"),
        ("during", 2, "prep", "ADP", "during"),
        ("demonstrations", 4, "pobj", "NOUN", "demonstration", "NNS"),
        ("against", 5, "prep", "ADP", "against"),
        ("the", 9, "det", "DET", "the"),
        ("Peruvian", 9, "amod", "ADJ", "Peruvian", "JJ"),
        ("army", 6, "pobj", "NOUN", "army", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "O", "O", "B-NORP", "O", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "PROTEST"]
    sides = {(role, key) for role, key, _ in _sides(event)}
    assert ("source", "state/CHL") in sides and ("target", "state/PER") in sides


def test_unnamed_prisoners_belong_to_the_state_their_jail_is_in(blank, matcher, gazetteer):
    # "Prisoners rioted at a jail in Peru 's capital ."
    from diplograph.extract.actors import find_actors
    from diplograph.extract.context import actors_of_phrase

    doc = make(blank, matcher, [
        ("Prisoners", 1, "nsubj", "NOUN", "prisoner", "NNS"),
        ("rioted", 1, "ROOT", "VERB", "riot", "VBD"),
        ("at", 1, "prep", "ADP", "at"),
        ("a", 4, "det", "DET", "a"),
        ("jail", 2, "pobj", "NOUN", "jail", "NN"),
        ("in", 4, "prep", "ADP", "in"),
        ("Peru", 8, "poss", "PROPN", "Peru", "NNP"),
        ("'s", 6, "case", "PART", "'s", "POS"),
        ("capital", 5, "pobj", "NOUN", "capital", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=PUBLISHED), gazetteer)
    assert [m.actor.key for m in actors_of_phrase(doc, doc[0], index, [], subject=True)] == ["state/PER"]


def test_a_title_in_apposition_after_the_name_gives_the_role(blank, matcher, gazetteer):
    # "Ivan Petrovsky , Russia 's deputy foreign minister , said ."
    from diplograph.extract.actors import find_actors

    doc = make(blank, matcher, [
        ("Ivan", 1, "compound", "PROPN", "Ivan", "NNP"),
        ("Petrovsky", 9, "nsubj", "PROPN", "Petrovsky", "NNP"),
        (",", 1, "punct", "PUNCT", ","),
        ("Russia", 7, "poss", "PROPN", "Russia", "NNP"),
        ("'s", 3, "case", "PART", "'s", "POS"),
        ("deputy", 7, "amod", "ADJ", "deputy", "JJ"),
        ("foreign", 7, "amod", "ADJ", "foreign", "JJ"),
        ("minister", 1, "appos", "NOUN", "minister", "NN"),
        (",", 1, "punct", "PUNCT", ","),
        ("said", 9, "ROOT", "VERB", "say", "VBD"),
        (".", 9, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=PUBLISHED), gazetteer)
    [person] = [m for m in index.mentions if m.actor.kind == "Person"]
    assert (person.role.role, person.role.of.key, person.role.source) == (
        "deputy-foreign-minister", "state/RUS", "text")


def test_a_possessor_deep_in_an_event_phrase_does_not_displace_its_doer(blank, matcher, gazetteer):
    # "Chile launched talks between Peru and Bolivia over Peru 's claims ."
    doc = make(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"),
        ("launched", 1, "ROOT", "VERB", "launch", "VBD"),
        ("talks", 1, "dobj", "NOUN", "talk", "NNS"),
        ("between", 2, "prep", "ADP", "between"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "NNP"),
        ("and", 4, "cc", "CCONJ", "and"),
        ("Bolivia", 4, "conj", "PROPN", "Bolivia", "NNP"),
        ("over", 2, "prep", "ADP", "over"),
        ("Peru", 10, "poss", "PROPN", "Peru", "NNP"),
        ("'s", 8, "case", "PART", "'s", "POS"),
        ("claims", 7, "pobj", "NOUN", "claim", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"])
    events = [e for e in run(doc, gazetteer).events if e.trigger.text == "talks"]
    assert events
    for event in events:
        sources = [key for role, key, _ in _sides(event) if role == "source"]
        assert sources == ["state/CHL"]


def test_its_in_a_for_phrase_is_whom_the_verb_holds_to_account(blank, matcher, gazetteer):
    # "Peru imposed costs on Chile for its attack on Bolivia ." -- Chile's attack, not Peru's
    doc = make(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru"),
        ("imposed", 1, "ROOT", "VERB", "impose", "VBD"),
        ("costs", 1, "dobj", "NOUN", "cost", "NNS"),
        ("on", 2, "prep", "ADP", "on"),
        ("Chile", 3, "pobj", "PROPN", "Chile"),
        ("for", 1, "prep", "ADP", "for"),
        ("its", 7, "poss", "PRON", "its", "PRP$"),
        ("attack", 5, "pobj", "NOUN", "attack", "NN"),
        ("on", 7, "prep", "ADP", "on"),
        ("Bolivia", 8, "pobj", "PROPN", "Bolivia"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.trigger.text == "attack"]
    assert ("source", "state/CHL", False) in _sides(event)
    assert ("source", "state/PER", False) not in _sides(event)


def test_a_participle_after_a_noun_is_done_to_what_the_noun_names(blank, matcher, gazetteer):
    # "Canadians detained by China were freed ." -- Canada's people, not China's
    doc = make(blank, matcher, [
        ("Canadians", 5, "nsubjpass", "PROPN", "Canadians", "NNPS"),
        ("detained", 0, "acl", "VERB", "detain", "VBN"),
        ("by", 1, "agent", "ADP", "by"),
        ("China", 2, "pobj", "PROPN", "China"),
        ("were", 5, "auxpass", "AUX", "be", "VBD"),
        ("freed", 5, "ROOT", "VERB", "free", "VBN"),
        (".", 5, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "B-GPE", "O", "O", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.trigger.text == "detained"]
    assert ("source", "state/CHN", False) in _sides(event)
    assert ("target", "state/CAN", False) in _sides(event)


def test_whose_decision_or_effort_it_is_does_what_it_is_to_do(blank, matcher, gazetteer):
    # "Japan announced its decision to provide aid to Ukraine ."
    doc = make(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan"),
        ("announced", 1, "ROOT", "VERB", "announce", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("decision", 1, "dobj", "NOUN", "decision", "NN"),
        ("to", 5, "aux", "PART", "to", "TO"),
        ("provide", 3, "acl", "VERB", "provide", "VB"),
        ("aid", 5, "dobj", "NOUN", "aid", "NN"),
        ("to", 5, "prep", "ADP", "to"),
        ("Ukraine", 7, "pobj", "PROPN", "Ukraine"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "AID"]
    assert ("source", "state/JPN", False) in _sides(event)
    assert ("target", "state/UKR", False) in _sides(event)


def test_a_possessor_inside_the_of_phrase_of_a_recognition_is_recognised(blank, matcher, gazetteer):
    # "Peru backed the recognition of Chile's sovereignty ." -- Chile is recognised, not recognising
    doc = make(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru"),
        ("backed", 1, "ROOT", "VERB", "back", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("recognition", 1, "dobj", "NOUN", "recognition", "NN"),
        ("of", 3, "prep", "ADP", "of"),
        ("Chile", 7, "poss", "PROPN", "Chile"),
        ("'s", 5, "case", "PART", "'s", "POS"),
        ("sovereignty", 4, "pobj", "NOUN", "sovereignty", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O"], spaces=[True] * 5 + [False] + [True] * 3)
    [event] = [e for e in run(doc, gazetteer).events if e.trigger.text == "recognition"]
    assert ("target", "state/CHL", False) in _sides(event)
    assert ("source", "state/CHL", False) not in _sides(event)
