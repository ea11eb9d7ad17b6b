"""Trigger verbs whose required object is fronted as a passive subject ("Sanctions on Iran were
lifted"): the verb's event carries the object and its target, and the object noun is no second
event. Hand-built Docs; sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2025, 5, 7)


def _events(doc, gazetteer):
    article = Article(id="sha256:test", text=doc.text, published=PUBLISHED)
    return [(e.event_type, e.mode, sorted((p.role, p.mention.actor.key) for p in e.participants if not p.via_role))
            for e in extract(doc, article, gazetteer).events]


def test_sanctions_lifted_in_the_passive_are_eased_for_their_target(blank, matcher, gazetteer):
    doc = make_doc(blank, matcher, [
        ("Sanctions", 4, "nsubjpass", "NOUN", "sanction", "NNS"),
        ("against", 0, "prep", "ADP", "against"),
        ("Iran", 1, "pobj", "PROPN", "Iran"),
        ("were", 4, "auxpass", "AUX", "be"),
        ("lifted", 4, "ROOT", "VERB", "lift", "VBN"),
        (".", 4, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-GPE", "O", "O", "O"])
    assert _events(doc, gazetteer) == [("RETREAT", "ease", [("target", "state/IRN")])]


def test_passive_sanctions_with_an_agent_keep_both_sides(blank, matcher, gazetteer):
    doc = make_doc(blank, matcher, [
        ("Tariffs", 3, "nsubjpass", "NOUN", "tariff", "NNS"),
        ("on", 0, "prep", "ADP", "on"),
        ("Canada", 1, "pobj", "PROPN", "Canada"),
        ("suspended", 3, "ROOT", "VERB", "suspend", "VBN"),
        ("by", 3, "agent", "ADP", "by"),
        ("Mexico", 4, "pobj", "PROPN", "Mexico"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-GPE", "O", "O", "B-GPE", "O"])
    assert _events(doc, gazetteer) == [("RETREAT", "ease", [("source", "state/MEX"), ("target", "state/CAN")])]


def test_a_passive_subject_that_is_not_the_verbs_object_stays_its_own_event(blank, matcher, gazetteer):
    # "Sanctions against Iran were discussed.": discussing is no easing; the sanctions remain
    doc = make_doc(blank, matcher, [
        ("Sanctions", 4, "nsubjpass", "NOUN", "sanction", "NNS"),
        ("against", 0, "prep", "ADP", "against"),
        ("Iran", 1, "pobj", "PROPN", "Iran"),
        ("were", 4, "auxpass", "AUX", "be"),
        ("discussed", 4, "ROOT", "VERB", "discuss", "VBN"),
        (".", 4, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-GPE", "O", "O", "O"])
    assert [e.event_type for e in _events_raw(doc, gazetteer)] == ["SANCTION"]


def _events_raw(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer).events


def test_banning_trade_is_a_sanction_and_adopted_measures_are_the_adopters(blank, matcher, gazetteer):
    # "Chile banned imports from Peru ."
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"), ("banned", 1, "ROOT", "VERB", "ban", "VBD"),
        ("imports", 1, "dobj", "NOUN", "import", "NNS"), ("from", 2, "prep", "ADP", "from"),
        ("Peru", 3, "pobj", "PROPN", "Peru"), (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert _events(doc, gazetteer) == [("SANCTION", "economic-sanction", [("source", "state/CHL"), ("target", "state/PER")])]
    # "Chile adopted restrictive measures against Peru ."
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"), ("adopted", 1, "ROOT", "VERB", "adopt", "VBD"),
        ("restrictive", 3, "amod", "ADJ", "restrictive"), ("measures", 1, "dobj", "NOUN", "measure", "NNS"),
        ("against", 3, "prep", "ADP", "against"), ("Peru", 4, "pobj", "PROPN", "Peru"), (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    assert _events(doc, gazetteer) == [("SANCTION", "economic-sanction", [("source", "state/CHL"), ("target", "state/PER")])]


def test_an_attack_placed_somewhere_takes_no_victim_from_an_earlier_sentence(blank, matcher, gazetteer):
    # "Peru called Chile . Bolivia 's aggression in Atacama continued ."
    rows = [
        ("Peru", 1, "nsubj", "PROPN", "Peru"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
        ("Chile", 1, "dobj", "PROPN", "Chile"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 6, "poss", "PROPN", "Bolivia"), ("'s", 4, "case", "PART", "'s", "POS"),
        ("aggression", 9, "nsubj", "NOUN", "aggression"), ("in", 6, "prep", "ADP", "in"),
        ("Atacama", 7, "pobj", "PROPN", "Atacama"), ("continued", 9, "ROOT", "VERB", "continue", "VBD"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    doc = make_doc(blank, matcher, rows, ents=["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "B-LOC", "O", "O"],
                   sent_starts=[i in (0, 4) for i in range(len(rows))])
    fights = [e for e in _events_raw(doc, gazetteer) if e.event_type == "FIGHT"]
    assert len(fights) == 1 and ("source", "state/BOL") in {(p.role, p.mention.actor.key) for p in fights[0].participants}
    assert "state/CHL" not in {p.mention.actor.key for p in fights[0].participants}  # the one called, not attacked


def test_welcoming_a_states_application_is_no_visit(blank, matcher, gazetteer):
    # "Peru welcomed Chile 's application ." parsed with "Chile" as the object
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru"), ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
        ("Chile", 1, "dobj", "PROPN", "Chile"), ("'s", 2, "case", "PART", "'s", "POS"),
        ("application", 2, "conj", "NOUN", "application"), (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"])
    assert [e.event_type for e in _events_raw(doc, gazetteer)] == []


def test_a_build_up_on_a_states_borders_is_aimed_at_that_state(blank, matcher, gazetteer):
    # "Peru 's military build-up on Chile 's borders ." (the tokenizer splits "build-up")
    doc = make_doc(blank, matcher, [
        ("Peru", 5, "poss", "PROPN", "Peru"), ("'s", 0, "case", "PART", "'s", "POS"),
        ("military", 5, "amod", "ADJ", "military"), ("build", 5, "compound", "NOUN", "build"),
        ("-", 5, "punct", "PUNCT", "-"), ("up", 5, "ROOT", "NOUN", "up", "NN"),
        ("on", 5, "prep", "ADP", "on"), ("Chile", 9, "poss", "PROPN", "Chile"),
        ("'s", 7, "case", "PART", "'s", "POS"), ("borders", 6, "pobj", "NOUN", "border", "NNS"),
        (".", 5, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"],
        spaces=[False, True, True, False, False, True, True, False, True, False, False])
    assert ("MOBILIZE", "troops", [("source", "state/PER"), ("target", "state/CHL")]) in _events(doc, gazetteer)


def test_an_aggression_resisted_is_going_on_but_a_meeting_resisted_is_not_held(blank, matcher, gazetteer):
    from diplograph.extract.modality import modality_of
    # "Peru resists Chile 's aggression ." / "Peru resisted attending the summit ."
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru"), ("resists", 1, "ROOT", "VERB", "resist", "VBZ"),
        ("Chile", 4, "poss", "PROPN", "Chile"), ("'s", 2, "case", "PART", "'s", "POS"),
        ("aggression", 1, "dobj", "NOUN", "aggression", "NN"), (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"])
    assert modality_of(doc[4], PUBLISHED) == "asserted"
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru"), ("resisted", 1, "ROOT", "VERB", "resist", "VBD"),
        ("attending", 1, "xcomp", "VERB", "attend", "VBG"), ("the", 4, "det", "DET", "the"),
        ("summit", 2, "dobj", "NOUN", "summit", "NN"), (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O"])
    assert modality_of(doc[4], PUBLISHED) == "negated"


def test_aid_decided_by_a_state_and_aid_to_benefit_a_people(blank, matcher, gazetteer):
    # "the Chilean decision to resume assistance to benefit Peruvians"
    doc = make_doc(blank, matcher, [
        ("the", 2, "det", "DET", "the"), ("Chilean", 2, "amod", "ADJ", "chilean", "JJ"),
        ("decision", 2, "ROOT", "NOUN", "decision"), ("to", 4, "aux", "PART", "to", "TO"),
        ("resume", 2, "acl", "VERB", "resume", "VB"), ("assistance", 4, "dobj", "NOUN", "assistance"),
        ("to", 7, "aux", "PART", "to", "TO"), ("benefit", 5, "relcl", "VERB", "benefit", "VB"),
        ("Peruvians", 7, "dobj", "PROPN", "Peruvians", "NNPS"), (".", 2, "punct", "PUNCT", "."),
    ], ents=["O", "B-NORP", "O", "O", "O", "O", "O", "O", "B-NORP", "O"])
    assert ("AID", None, [("source", "state/CHL"), ("target", "state/PER")]) in _events(doc, gazetteer)
