"""Recall of rarely produced event types on hand-built Docs (sentences invented for these tests):
concessions named by their noun ("an exchange of prisoners", "the release of the hostages held by
X", "a humanitarian pause"), joint undertakings ("a joint initiative", "intelligence sharing"), and
acts announced through an intent noun ("its readiness to provide aid": a planned event of the
intender, not a second intent stance)."""

from __future__ import annotations

from tests.extract.handmade import make_doc
from tests.extract.test_event_triggers import _events, run


def _doc(blank, matcher, rows, ents):
    n = len(rows)
    return make_doc(blank, matcher, rows, ents=ents, spaces=[True] * (n - 2) + [False, False])


def _exchange_doc(blank, matcher, what: tuple[str, str]):
    # "Armenia and Azerbaijan completed an exchange of <what>."
    return _doc(blank, matcher, [
        ("Armenia", 3, "nsubj", "PROPN", "Armenia", "NNP"),
        ("and", 0, "cc", "CCONJ", "and", "CC"),
        ("Azerbaijan", 0, "conj", "PROPN", "Azerbaijan", "NNP"),
        ("completed", 3, "ROOT", "VERB", "complete", "VBD"),
        ("an", 5, "det", "DET", "an", "DT"),
        ("exchange", 3, "dobj", "NOUN", "exchange", "NN"),
        ("of", 5, "prep", "ADP", "of", "IN"),
        (what[0], 6, "pobj", "NOUN", what[1], "NNS"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE"] + ["O"] * 6)


def test_an_exchange_of_prisoners_is_a_release_by_both_sides(blank, matcher, gazetteer):
    doc = _exchange_doc(blank, matcher, ("prisoners", "prisoner"))
    assert ("RETREAT", "release", [("source", "state/ARM"), ("source", "state/AZE")]) in _events(run(doc, gazetteer))


def test_an_exchange_of_views_is_no_release(blank, matcher, gazetteer):
    doc = _exchange_doc(blank, matcher, ("views", "view"))
    assert not any(t == "RETREAT" for t, *_ in _events(run(doc, gazetteer)))


def test_the_release_of_hostages_held_by_a_group_is_the_groups(blank, matcher, gazetteer):
    # "Qatar sought the release of the hostages held by Hamas."
    doc = _doc(blank, matcher, [
        ("Qatar", 1, "nsubj", "PROPN", "Qatar", "NNP"),
        ("sought", 1, "ROOT", "VERB", "seek", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("release", 1, "dobj", "NOUN", "release", "NN"),
        ("of", 3, "prep", "ADP", "of", "IN"),
        ("the", 6, "det", "DET", "the", "DT"),
        ("hostages", 4, "pobj", "NOUN", "hostage", "NNS"),
        ("held", 6, "acl", "VERB", "hold", "VBN"),
        ("by", 7, "agent", "ADP", "by", "IN"),
        ("Hamas", 8, "pobj", "PROPN", "Hamas", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 8 + ["B-ORG", "O"])
    events = [e for e in _events(run(doc, gazetteer)) if e[0] == "RETREAT"]
    assert events and ("source", "org/HAMAS") in events[0][2]
    assert ("source", "state/QAT") not in events[0][2]


def test_a_press_release_is_no_release(blank, matcher, gazetteer):
    # "Qatar issued a press release."
    doc = _doc(blank, matcher, [
        ("Qatar", 1, "nsubj", "PROPN", "Qatar", "NNP"),
        ("issued", 1, "ROOT", "VERB", "issue", "VBD"),
        ("a", 4, "det", "DET", "a", "DT"),
        ("press", 4, "compound", "NOUN", "press", "NN"),
        ("release", 1, "dobj", "NOUN", "release", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 5)
    assert not any(t == "RETREAT" for t, *_ in _events(run(doc, gazetteer)))


def _pause(blank, matcher, modifier: tuple[str, str]):
    # "Israel announced a humanitarian pause."
    return _doc(blank, matcher, [
        ("Israel", 1, "nsubj", "PROPN", "Israel", "NNP"),
        ("announced", 1, "ROOT", "VERB", "announce", "VBD"),
        ("a", 4, "det", "DET", "a", "DT"),
        (modifier[0], 4, "amod", "ADJ", modifier[1], "JJ"),
        ("pause", 1, "dobj", "NOUN", "pause", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 5)


def test_a_humanitarian_pause_is_a_ceasefire_but_a_short_pause_is_not(blank, matcher, gazetteer):
    events = _events(run(_pause(blank, matcher, ("humanitarian", "humanitarian")), gazetteer))
    assert ("RETREAT", "ceasefire", [("source", "state/ISR")]) in events
    assert not _events(run(_pause(blank, matcher, ("short", "short")), gazetteer))


def test_a_joint_initiative_is_cooperation_of_its_launchers(blank, matcher, gazetteer):
    # "Japan and India launched a joint initiative."
    doc = _doc(blank, matcher, [
        ("Japan", 3, "nsubj", "PROPN", "Japan", "NNP"),
        ("and", 0, "cc", "CCONJ", "and", "CC"),
        ("India", 0, "conj", "PROPN", "India", "NNP"),
        ("launched", 3, "ROOT", "VERB", "launch", "VBD"),
        ("a", 6, "det", "DET", "a", "DT"),
        ("joint", 6, "amod", "ADJ", "joint", "JJ"),
        ("initiative", 3, "dobj", "NOUN", "initiative", "NN"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE"] + ["O"] * 5)
    assert ("COOPERATE", None, [("source", "state/IND"), ("source", "state/JPN")]) in _events(run(doc, gazetteer))


def test_intelligence_sharing_on_a_third_state_is_not_aimed_at_it(blank, matcher, gazetteer):
    # "Japan and India expanded intelligence sharing on China."
    doc = _doc(blank, matcher, [
        ("Japan", 3, "nsubj", "PROPN", "Japan", "NNP"),
        ("and", 0, "cc", "CCONJ", "and", "CC"),
        ("India", 0, "conj", "PROPN", "India", "NNP"),
        ("expanded", 3, "ROOT", "VERB", "expand", "VBD"),
        ("intelligence", 5, "compound", "NOUN", "intelligence", "NN"),
        ("sharing", 3, "dobj", "NOUN", "sharing", "NN"),
        ("on", 5, "prep", "ADP", "on", "IN"),
        ("China", 6, "pobj", "PROPN", "China", "NNP"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE"] + ["O"] * 4 + ["B-GPE", "O"])
    events = [e for e in _events(run(doc, gazetteer)) if e[0] == "COOPERATE"]
    assert events == [("COOPERATE", None, [("source", "state/IND"), ("source", "state/JPN")])]


def test_readiness_to_provide_aid_is_a_planned_aid_event_of_the_ready(blank, matcher, gazetteer):
    # "Japan confirmed its readiness to provide aid to Ukraine."
    doc = _doc(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("confirmed", 1, "ROOT", "VERB", "confirm", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("readiness", 1, "dobj", "NOUN", "readiness", "NN"),
        ("to", 5, "aux", "PART", "to", "TO"),
        ("provide", 3, "acl", "VERB", "provide", "VB"),
        ("aid", 5, "dobj", "NOUN", "aid", "NN"),
        ("to", 5, "prep", "ADP", "to", "IN"),
        ("Ukraine", 7, "pobj", "PROPN", "Ukraine", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE"] + ["O"] * 7 + ["B-GPE", "O"])
    ex = run(doc, gazetteer)
    aid = [e for e in ex.events if e.event_type == "AID"]
    assert len(aid) == 1 and aid[0].modality == "planned"
    assert sorted((p.role, p.mention.actor.key) for p in aid[0].participants) == [
        ("source", "state/JPN"), ("target", "state/UKR")]
    # the intent noun's own stance, not a second one from the event
    assert [s.stance_type for s in ex.stances if s.holder.actor.key == "state/JPN"] == ["AGREE"]


def _sanctions_policy(blank, matcher, agent: tuple[str, str, str]):
    # "The sanctions policy pursued by the West hurt trade."
    return _doc(blank, matcher, [
        ("The", 2, "det", "DET", "the", "DT"),
        ("sanctions", 2, "compound", "NOUN", "sanction", "NNS"),
        ("policy", 7, "nsubj", "NOUN", "policy", "NN"),
        ("pursued", 2, "acl", "VERB", "pursue", "VBN"),
        ("by", 3, "agent", "ADP", "by", "IN"),
        ("the", 6, "det", "DET", "the", "DT"),
        (agent[0], 4, "pobj", agent[1], agent[2], "NNP"),
        ("hurt", 7, "ROOT", "VERB", "hurt", "VBD"),
        ("trade", 7, "dobj", "NOUN", "trade", "NN"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ], ["O"] * 10)


def test_a_sanctions_policy_pursued_by_an_actor_is_its_sanction(blank, matcher, gazetteer):
    events = _events(run(_sanctions_policy(blank, matcher, ("West", "PROPN", "West")), gazetteer))
    assert any(t == "SANCTION" and ("source", "org/THE_WEST") in parts for t, _, parts in events)


def test_a_foreign_sanction_naming_no_target_in_a_release_is_on_the_publishers_state(blank, matcher, gazetteer):
    doc = _sanctions_policy(blank, matcher, ("West", "PROPN", "West"))
    ex = run(doc, gazetteer, publisher="President of Russia")
    events = [e for e in _events(ex) if e[0] == "SANCTION"]
    assert events and ("source", "org/THE_WEST") in events[0][2] and ("target", "state/RUS") in events[0][2]
    # not in a text of no government
    events = [e for e in _events(run(doc, gazetteer)) if e[0] == "SANCTION"]
    assert events and not any(role == "target" for role, _ in events[0][2])


def test_standing_behind_an_actor_is_support(blank, matcher, gazetteer):
    # "Canada stands firmly behind Ukraine."
    doc = _doc(blank, matcher, [
        ("Canada", 1, "nsubj", "PROPN", "Canada", "NNP"),
        ("stands", 1, "ROOT", "VERB", "stand", "VBZ"),
        ("firmly", 1, "advmod", "ADV", "firmly", "RB"),
        ("behind", 1, "prep", "ADP", "behind", "IN"),
        ("Ukraine", 3, "pobj", "PROPN", "Ukraine", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key) for s in run(doc, gazetteer).stances] == [
        ("SUPPORT", "state/CAN", "state/UKR")]


def test_a_call_made_to_congratulate_is_the_callers_praise(blank, matcher, gazetteer):
    # "Canada called Japan to congratulate Japan." (and the same with "discuss": no stance)
    def doc(verb):
        return _doc(blank, matcher, [
            ("Canada", 1, "nsubj", "PROPN", "Canada", "NNP"),
            ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("Japan", 1, "dobj", "PROPN", "Japan", "NNP"),
            ("to", 4, "aux", "PART", "to", "TO"),
            (verb[0], 1, "advcl", "VERB", verb[1], "VB"),
            ("Mexico", 4, "dobj", "PROPN", "Mexico", "NNP"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ], ["B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "O"])
    stances = [(s.stance_type, s.holder.actor.key) for s in run(doc(("congratulate", "congratulate")), gazetteer).stances]
    assert ("SUPPORT", "state/CAN") in stances
    assert not any(s.stance_type == "SUPPORT" for s in run(doc(("discuss", "discuss")), gazetteer).stances)


def test_supplying_an_actor_with_weapon_components_is_aid(blank, matcher, gazetteer):
    # "Iran supplies Syria with drone components."
    doc = _doc(blank, matcher, [
        ("Iran", 1, "nsubj", "PROPN", "Iran", "NNP"),
        ("supplies", 1, "ROOT", "VERB", "supply", "VBZ"),
        ("Syria", 1, "dobj", "PROPN", "Syria", "NNP"),
        ("with", 1, "prep", "ADP", "with", "IN"),
        ("drone", 5, "compound", "NOUN", "drone", "NN"),
        ("components", 3, "pobj", "NOUN", "component", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE", "O", "O", "O", "O"])
    assert ("AID", None, [("source", "state/IRN"), ("target", "state/SYR")]) in _events(run(doc, gazetteer))


def test_what_the_sides_agreed_will_happen_is_carried_by_the_agreement(blank, matcher, gazetteer):
    # "Japan agreed that India will impose sanctions." -- the AGREE event, no SANCTION of its own
    doc = _doc(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("agreed", 1, "ROOT", "VERB", "agree", "VBD"),
        ("that", 5, "mark", "SCONJ", "that", "IN"),
        ("India", 5, "nsubj", "PROPN", "India", "NNP"),
        ("will", 5, "aux", "AUX", "will", "MD"),
        ("impose", 1, "ccomp", "VERB", "impose", "VB"),
        ("sanctions", 5, "dobj", "NOUN", "sanction", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O"])
    types = [t for t, *_ in _events(run(doc, gazetteer))]
    assert "AGREE" in types and "SANCTION" not in types


def test_thanks_for_support_in_a_quote_are_the_speakers_praise(blank, matcher, gazetteer):
    # "Thank Japan for its help," Lavrov said.
    doc = make_doc(blank, matcher, [
        ("\"", 1, "punct", "PUNCT", "\"", "``"),
        ("Thank", 9, "ccomp", "VERB", "thank", "VB"),
        ("Japan", 1, "dobj", "PROPN", "Japan", "NNP"),
        ("for", 1, "prep", "ADP", "for", "IN"),
        ("its", 5, "poss", "PRON", "its", "PRP$"),
        ("help", 3, "pobj", "NOUN", "help", "NN"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("\"", 9, "punct", "PUNCT", "\"", "''"),
        ("Lavrov", 9, "nsubj", "PROPN", "Lavrov", "NNP"),
        ("said", 9, "ROOT", "VERB", "say", "VBD"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "B-GPE"] + ["O"] * 5 + ["B-PERSON", "O", "O"],
        spaces=[False, True, True, True, True, False, False, True, True, False, False])
    stances = [(s.stance_type, s.holder.actor.key, s.target_actor.actor.key if s.target_actor else None)
               for s in run(doc, gazetteer).stances]
    assert ("SUPPORT", "person/sergey-lavrov", "state/JPN") in stances


def test_ceasing_to_fight_parsed_as_a_clause_is_a_ceasefire(blank, matcher, gazetteer):
    # "Sudan ceased fighting."
    doc = _doc(blank, matcher, [
        ("Sudan", 1, "nsubj", "PROPN", "Sudan", "NNP"),
        ("ceased", 1, "ROOT", "VERB", "cease", "VBD"),
        ("fighting", 1, "xcomp", "VERB", "fight", "VBG"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O"])
    assert ("RETREAT", "ceasefire", [("source", "state/SDN")]) in _events(run(doc, gazetteer))


def test_endorsing_a_joint_declaration_is_an_agreement_of_its_endorsers(blank, matcher, gazetteer):
    # "Japan and India endorsed a joint declaration."
    doc = _doc(blank, matcher, [
        ("Japan", 3, "nsubj", "PROPN", "Japan", "NNP"),
        ("and", 0, "cc", "CCONJ", "and", "CC"),
        ("India", 0, "conj", "PROPN", "India", "NNP"),
        ("endorsed", 3, "ROOT", "VERB", "endorse", "VBD"),
        ("a", 6, "det", "DET", "a", "DT"),
        ("joint", 6, "amod", "ADJ", "joint", "JJ"),
        ("declaration", 3, "dobj", "NOUN", "declaration", "NN"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "B-GPE"] + ["O"] * 5)
    assert [e for e in _events(run(doc, gazetteer)) if e[0] == "AGREE"] == [
        ("AGREE", None, [("source", "state/IND"), ("source", "state/JPN")])]


def _engagement(blank, matcher, partner: tuple[str, str, str]):
    # "Japan welcomed its engagements with Kenya."
    return _doc(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("engagements", 1, "dobj", "NOUN", "engagement", "NNS"),
        ("with", 3, "prep", "ADP", "with", "IN"),
        (partner[0], 4, "pobj", partner[1], partner[2], "NNP" if partner[1] == "PROPN" else "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "O", "B-GPE" if partner[1] == "PROPN" else "O", "O"])


def test_engagements_with_a_state_are_talks_but_not_with_experts(blank, matcher, gazetteer):
    events = _events(run(_engagement(blank, matcher, ("Kenya", "PROPN", "Kenya")), gazetteer))
    assert any(t == "CONSULT" and ("target", "state/KEN") in parts for t, _, parts in events)
    events = _events(run(_engagement(blank, matcher, ("experts", "NOUN", "expert")), gazetteer))
    assert not any(t == "CONSULT" for t, *_ in events)


def test_teams_meeting_after_a_call_are_both_sides(blank, matcher, gazetteer):
    # "Macron called Scholz. Teams will meet."
    doc = make_doc(blank, matcher, [
        ("Macron", 1, "nsubj", "PROPN", "Macron", "NNP"),
        ("called", 1, "ROOT", "VERB", "call", "VBD"),
        ("Scholz", 1, "dobj", "PROPN", "Scholz", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("Teams", 6, "nsubj", "NOUN", "team", "NNS"),
        ("will", 6, "aux", "AUX", "will", "MD"),
        ("meet", 6, "ROOT", "VERB", "meet", "VB"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O"],
        spaces=[True, True, False, True, True, True, False, False],
        sent_starts=[True, False, False, False, True, False, False, False])
    meets = [e for e in run(doc, gazetteer).events if e.event_type == "CONSULT" and e.mode == "meet"]
    assert meets and {p.mention.actor.key for p in meets[0].participants if p.role == "source"} >= {
        "person/emmanuel-macron", "person/olaf-scholz"}


def test_as_agreed_during_named_talks_is_an_agreement_of_their_sides(blank, matcher, gazetteer):
    # "Trade grew, as agreed during Macron's talks with Scholz."
    doc = _doc(blank, matcher, [
        ("Trade", 1, "nsubj", "NOUN", "trade", "NN"),
        ("grew", 1, "ROOT", "VERB", "grow", "VBD"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("as", 4, "mark", "SCONJ", "as", "IN"),
        ("agreed", 1, "advcl", "VERB", "agree", "VBN"),
        ("during", 4, "prep", "ADP", "during", "IN"),
        ("Macron", 8, "poss", "PROPN", "Macron", "NNP"),
        ("'s", 6, "case", "PART", "'s", "POS"),
        ("talks", 5, "pobj", "NOUN", "talk", "NNS"),
        ("with", 8, "prep", "ADP", "with", "IN"),
        ("Scholz", 9, "pobj", "PROPN", "Scholz", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ["O"] * 6 + ["B-PERSON", "O", "O", "O", "B-PERSON", "O"])
    agreements = [e for e in run(doc, gazetteer).events if e.event_type == "AGREE"]
    assert agreements and {p.mention.actor.key for p in agreements[0].participants if p.role == "source"} >= {
        "person/emmanuel-macron", "person/olaf-scholz"}
