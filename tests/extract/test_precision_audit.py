"""Claims that over-fired on unseen text (an audit of corpus articles in no gold set), on
hand-built Docs (sentences invented for these tests): conditions stated with "on the condition
that" / "provided that" / "as long as", commitments to act, treaties an anniversary counts from,
formulaic thanks, a speaker's own "we must", facts called important, and fighting a scourge."""

from __future__ import annotations

from diplograph.extract.modality import in_condition, is_historical, modality_of
from tests.extract.test_event_triggers import PUBLISHED, make, run


def _said(rest, ents_rest, spaces_rest=None):
    """"Putin said: <rest>" with the rest's heads given relative to its own first token."""
    rows = [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
    ]
    rows += [(w, h + 2 if d != "ccomp" else 1, d, p, lemma, tag) for (w, h, d, p, lemma, tag) in rest]
    return rows, ["B-PERSON", "O", *ents_rest]


# --- conditions -------------------------------------------------------------------------------


def _on_condition():
    # "Russia will export grain on the condition that the West removes its sanctions."
    return [
        ("Russia", 2, "nsubj", "PROPN", "Russia", "NNP"),
        ("will", 2, "aux", "AUX", "will", "MD"),
        ("export", 2, "ROOT", "VERB", "export", "VB"),
        ("grain", 2, "dobj", "NOUN", "grain", "NN"),
        ("on", 2, "prep", "ADP", "on", "IN"),
        ("the", 6, "det", "DET", "the", "DT"),
        ("condition", 4, "pobj", "NOUN", "condition", "NN"),
        ("that", 10, "mark", "SCONJ", "that", "IN"),
        ("the", 9, "det", "DET", "the", "DT"),
        ("West", 10, "nsubj", "PROPN", "West", "NNP"),
        ("removes", 6, "acl", "VERB", "remove", "VBZ"),
        ("its", 12, "poss", "PRON", "its", "PRP$"),
        ("sanctions", 10, "dobj", "NOUN", "sanction", "NNS"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]


def test_a_clause_on_the_condition_that_is_hypothetical_and_no_intent_of_its_subject(blank, matcher, gazetteer):
    rows, ents = _on_condition()
    doc = make(blank, matcher, rows, ents=ents)
    removes = doc[10]
    assert in_condition(removes) and modality_of(removes) == "hypothetical"
    ex = run(doc, gazetteer)
    assert all(e.modality != "asserted" for e in ex.events if e.trigger.text in {"removes", "sanctions"})
    assert not any(s.holder.actor.key == "org/THE_WEST" for s in ex.stances)  # the condition is no intent of the West
    # the same clause stated as a fact is asserted: "Russia says that the West removes its sanctions."
    fact = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("knows", 1, "ROOT", "VERB", "know", "VBZ"),
        ("that", 5, "mark", "SCONJ", "that", "IN"),
        ("the", 4, "det", "DET", "the", "DT"),
        ("West", 5, "nsubj", "PROPN", "West", "NNP"),
        ("removes", 1, "ccomp", "VERB", "remove", "VBZ"),
        ("its", 7, "poss", "PRON", "its", "PRP$"),
        ("sanctions", 5, "dobj", "NOUN", "sanction", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O"])
    assert not in_condition(fact[5]) and modality_of(fact[5]) == "asserted"


def test_provided_that_and_as_long_as_state_conditions(blank, matcher):
    # "Russia is ready to lift sanctions provided that Kiev withdraws its troops."
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("is", 1, "ROOT", "AUX", "be", "VBZ"),
        ("ready", 1, "acomp", "ADJ", "ready", "JJ"),
        ("to", 4, "aux", "PART", "to", "TO"),
        ("lift", 2, "xcomp", "VERB", "lift", "VB"),
        ("sanctions", 4, "dobj", "NOUN", "sanction", "NNS"),
        ("provided", 5, "acl", "VERB", "provide", "VBN"),
        ("that", 9, "mark", "SCONJ", "that", "IN"),
        ("Kiev", 9, "nsubj", "PROPN", "Kiev", "NNP"),
        ("withdraws", 6, "pcomp", "VERB", "withdraw", "VBZ"),
        ("its", 11, "poss", "PRON", "its", "PRP$"),
        ("troops", 9, "dobj", "NOUN", "troop", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert in_condition(doc[9]) and modality_of(doc[9]) == "hypothetical"
    # "Moscow will cooperate as long as Washington lifts the embargo."
    doc = make(blank, matcher, [
        ("Moscow", 2, "nsubj", "PROPN", "Moscow", "NNP"),
        ("will", 2, "aux", "AUX", "will", "MD"),
        ("cooperate", 2, "ROOT", "VERB", "cooperate", "VB"),
        ("as", 4, "advmod", "ADV", "as", "RB"),
        ("long", 2, "advmod", "ADV", "long", "RB"),
        ("as", 7, "mark", "SCONJ", "as", "IN"),
        ("Washington", 7, "nsubj", "PROPN", "Washington", "NNP"),
        ("lifts", 4, "advcl", "VERB", "lift", "VBZ"),
        ("the", 9, "det", "DET", "the", "DT"),
        ("embargo", 7, "dobj", "NOUN", "embargo", "NN"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert in_condition(doc[7]) and modality_of(doc[7]) == "hypothetical"
    # a time clause is no condition: "Moscow cooperated as soon as Washington lifted the embargo."
    doc = make(blank, matcher, [
        ("Moscow", 1, "nsubj", "PROPN", "Moscow", "NNP"),
        ("cooperated", 1, "ROOT", "VERB", "cooperate", "VBD"),
        ("as", 3, "advmod", "ADV", "as", "RB"),
        ("soon", 1, "advmod", "ADV", "soon", "RB"),
        ("as", 6, "mark", "SCONJ", "as", "IN"),
        ("Washington", 6, "nsubj", "PROPN", "Washington", "NNP"),
        ("lifted", 3, "advcl", "VERB", "lift", "VBD"),
        ("the", 8, "det", "DET", "the", "DT"),
        ("embargo", 6, "dobj", "NOUN", "embargo", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert not in_condition(doc[6]) and modality_of(doc[6]) == "asserted"


# --- commitments and anniversaries ------------------------------------------------------------


def test_committing_to_act_plans_the_act_but_committing_aggression_does_not(blank, matcher):
    # "The United States commits to remove its tariffs."
    doc = make(blank, matcher, [
        ("America", 1, "nsubj", "PROPN", "America", "NNP"),
        ("commits", 1, "ROOT", "VERB", "commit", "VBZ"),
        ("to", 3, "aux", "PART", "to", "TO"),
        ("remove", 1, "xcomp", "VERB", "remove", "VB"),
        ("its", 5, "poss", "PRON", "its", "PRP$"),
        ("tariffs", 3, "dobj", "NOUN", "tariff", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert modality_of(doc[3]) == "planned" and modality_of(doc[5]) == "planned"
    # "Russia committed aggression against Ukraine.": the object happened
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("committed", 1, "ROOT", "VERB", "commit", "VBD"),
        ("aggression", 1, "dobj", "NOUN", "aggression", "NN"),
        ("against", 2, "prep", "ADP", "against", "IN"),
        ("Ukraine", 3, "pobj", "PROPN", "Ukraine", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert modality_of(doc[2]) == "asserted"


def _treaty(first_rows):
    """<first rows> "the Treaty that we signed in Ashgabat." (first rows end on the head of "of")."""
    n = len(first_rows)
    return [
        *first_rows,
        ("of", n - 1, "prep", "ADP", "of", "IN"),
        ("the", n + 2, "det", "DET", "the", "DT"),
        ("Treaty", n, "pobj", "PROPN", "Treaty", "NNP"),
        ("that", n + 5, "dobj", "PRON", "that", "WDT"),
        ("we", n + 5, "nsubj", "PRON", "we", "PRP"),
        ("signed", n + 2, "relcl", "VERB", "sign", "VBD"),
        ("in", n + 5, "prep", "ADP", "in", "IN"),
        ("Ashgabat", n + 6, "pobj", "PROPN", "Ashgabat", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_treaty_signed_that_an_anniversary_counts_from_is_historical(blank, matcher):
    # "We are marking 20 years of the Treaty that we signed in Ashgabat."
    doc = make(blank, matcher, _treaty([
        ("We", 2, "nsubj", "PRON", "we", "PRP"),
        ("are", 2, "aux", "AUX", "be", "VBP"),
        ("marking", 2, "ROOT", "VERB", "mark", "VBG"),
        ("20", 4, "nummod", "NUM", "20", "CD"),
        ("years", 2, "dobj", "NOUN", "year", "NNS"),
    ]))
    signed = next(t for t in doc if t.text == "signed")
    assert is_historical(signed, None, PUBLISHED)
    # "We are marking the anniversary of the Treaty that we signed in Ashgabat."
    doc = make(blank, matcher, _treaty([
        ("We", 2, "nsubj", "PRON", "we", "PRP"),
        ("are", 2, "aux", "AUX", "be", "VBP"),
        ("marking", 2, "ROOT", "VERB", "mark", "VBG"),
        ("the", 4, "det", "DET", "the", "DT"),
        ("anniversary", 2, "dobj", "NOUN", "anniversary", "NN"),
    ]))
    assert is_historical(next(t for t in doc if t.text == "signed"), None, PUBLISHED)
    # no anniversary: "We are discussing the text of the Treaty that we signed in Ashgabat."
    doc = make(blank, matcher, _treaty([
        ("We", 2, "nsubj", "PRON", "we", "PRP"),
        ("are", 2, "aux", "AUX", "be", "VBP"),
        ("discussing", 2, "ROOT", "VERB", "discuss", "VBG"),
        ("the", 4, "det", "DET", "the", "DT"),
        ("text", 2, "dobj", "NOUN", "text", "NN"),
    ]))
    assert not is_historical(next(t for t in doc if t.text == "signed"), None, PUBLISHED)


# --- stances ----------------------------------------------------------------------------------


def _support(ex):
    return [(s.holder.actor.key, s.target_actor.actor.key if s.target_actor else s.target_issue.label)
            for s in ex.stances if s.stance_type == "SUPPORT"]


def test_formulaic_thanks_and_an_unresolved_you_are_no_stance(blank, matcher, gazetteer):
    # "Putin: Thank you."
    doc = make(blank, matcher, [
        ("Putin", 2, "nsubj", "PROPN", "Putin", "NNP"),
        (":", 0, "punct", "PUNCT", ":", ":"),
        ("Thank", 2, "ROOT", "VERB", "thank", "VBP"),
        ("you", 2, "dobj", "PRON", "you", "PRP"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O"], spaces=[False, True, True, False, False])
    assert _support(run(doc, gazetteer)) == []
    # "Putin thanked Japan for its support.": a stance
    doc = make(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("thanked", 1, "ROOT", "VERB", "thank", "VBD"),
        ("Japan", 1, "dobj", "PROPN", "Japan", "NNP"),
        ("for", 1, "prep", "ADP", "for", "IN"),
        ("its", 5, "poss", "PRON", "its", "PRP$"),
        ("support", 3, "pobj", "NOUN", "support", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "B-GPE", "O", "O", "O", "O"])
    assert ("person/vladimir-putin", "state/JPN") in _support(run(doc, gazetteer))
    # "Putin thanked you for your support." with no one "you" stands for: no target, no stance
    doc = make(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("thanked", 1, "ROOT", "VERB", "thank", "VBD"),
        ("you", 1, "dobj", "PRON", "you", "PRP"),
        ("for", 1, "prep", "ADP", "for", "IN"),
        ("your", 5, "poss", "PRON", "your", "PRP$"),
        ("support", 3, "pobj", "NOUN", "support", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O", "O", "O"])
    assert all(target != "you" for _, target in _support(run(doc, gazetteer)))


def _must(subject, extra=()):
    # "Putin said that <subject> must increase testing <extra>."
    rows = [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("that", 5, "mark", "SCONJ", "that", "IN"),
        (subject[0], 5, "nsubj", subject[1], subject[2], subject[3]),
        ("must", 5, "aux", "AUX", "must", "MD"),
        ("increase", 1, "ccomp", "VERB", "increase", "VB"),
        ("testing", 5, "dobj", "NOUN", "testing", "NN"),
        *[(w, 5, d, p, lemma, tag) for (w, d, p, lemma, tag) in extra],
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    ents = ["B-PERSON", "O", "O", "B-GPE" if subject[1] == "PROPN" else "O", "O", "O", "O"] + ["O"] * (len(extra) + 1)
    return rows, ents


def _demands(ex):
    return [s for s in ex.stances if s.stance_type == "DEMAND"]


def test_a_speakers_own_must_is_no_demand_but_a_joint_or_others_must_is(blank, matcher, gazetteer):
    rows, ents = _must(("we", "PRON", "we", "PRP"))
    assert _demands(run(make(blank, matcher, rows, ents=ents), gazetteer)) == []
    rows, ents = _must(("we", "PRON", "we", "PRP"), [("together", "advmod", "ADV", "together", "RB")])
    assert _demands(run(make(blank, matcher, rows, ents=ents), gazetteer))
    rows, ents = _must(("Ukraine", "PROPN", "Ukraine", "NNP"))
    demands = _demands(run(make(blank, matcher, rows, ents=ents), gazetteer))
    assert demands and demands[0].addressee.key == "state/UKR"


def _important(clause_rows, ents_clause):
    # "Putin said it is important that <clause>."
    rows = [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("it", 3, "nsubj", "PRON", "it", "PRP"),
        ("is", 1, "ccomp", "AUX", "be", "VBZ"),
        ("important", 3, "acomp", "ADJ", "important", "JJ"),
        ("that", 5 + len(clause_rows) - 2, "mark", "SCONJ", "that", "IN"),
        *clause_rows,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return rows, ["B-PERSON", "O", "O", "O", "O", "O", *ents_clause, "O"]


def test_a_fact_called_important_is_no_demand(blank, matcher, gazetteer):
    # "... that Kazakhstan has restored order": a perfect, a fact
    rows, ents = _important([
        ("Kazakhstan", 8, "nsubj", "PROPN", "Kazakhstan", "NNP"),
        ("has", 8, "aux", "AUX", "have", "VBZ"),
        ("restored", 3, "ccomp", "VERB", "restore", "VBN"),
        ("order", 8, "dobj", "NOUN", "order", "NN"),
    ], ["B-GPE", "O", "O", "O"])
    assert _demands(run(make(blank, matcher, rows, ents=ents), gazetteer)) == []
    # "... that Kazakhstan restore order": asked for
    rows, ents = _important([
        ("Kazakhstan", 7, "nsubj", "PROPN", "Kazakhstan", "NNP"),
        ("restore", 3, "ccomp", "VERB", "restore", "VB"),
        ("order", 7, "dobj", "NOUN", "order", "NN"),
    ], ["B-GPE", "O", "O"])
    assert _demands(run(make(blank, matcher, rows, ents=ents), gazetteer))


# --- fighting a scourge -----------------------------------------------------------------------


def _fight(obj_rows, ents_obj):
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("fights", 1, "ROOT", "VERB", "fight", "VBZ"),
        *obj_rows,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return rows, ["B-GPE", "O", *ents_obj, "O"]


def test_fighting_a_pandemic_or_to_ensure_something_is_no_fight(blank, matcher, gazetteer):
    rows, ents = _fight([("the", 3, "det", "DET", "the", "DT"), ("pandemic", 1, "dobj", "NOUN", "pandemic", "NN")],
                        ["O", "O"])
    assert [e.event_type for e in run(make(blank, matcher, rows, ents=ents), gazetteer).events] == []
    rows, ents = _fight([("to", 3, "aux", "PART", "to", "TO"), ("ensure", 1, "xcomp", "VERB", "ensure", "VB"),
                         ("access", 3, "dobj", "NOUN", "access", "NN")], ["O", "O", "O"])
    assert [e.event_type for e in run(make(blank, matcher, rows, ents=ents), gazetteer).events] == []
    # fighting an actor, or fighting to defend a place, is fighting
    rows, ents = _fight([("Ukraine", 1, "dobj", "PROPN", "Ukraine", "NNP")], ["B-GPE"])
    assert "FIGHT" in [e.event_type for e in run(make(blank, matcher, rows, ents=ents), gazetteer).events]
    rows, ents = _fight([("to", 3, "aux", "PART", "to", "TO"), ("defend", 1, "xcomp", "VERB", "defend", "VB"),
                         ("Crimea", 3, "dobj", "PROPN", "Crimea", "NNP")], ["O", "O", "B-GPE"])
    assert "FIGHT" in [e.event_type for e in run(make(blank, matcher, rows, ents=ents), gazetteer).events]


# --- sanctions done away with, tallies of meetings, attempts ----------------------------------


def test_restrictions_to_be_eliminated_are_no_sanction(blank, matcher, gazetteer):
    # "Russia and Belarus eliminate the remaining restrictions."
    def doc_with(verb, lemma):
        return make(blank, matcher, [
            ("Russia", 3, "nsubj", "PROPN", "Russia", "NNP"),
            ("and", 0, "cc", "CCONJ", "and", "CC"),
            ("Belarus", 0, "conj", "PROPN", "Belarus", "NNP"),
            (verb, 3, "ROOT", "VERB", lemma, "VBP"),
            ("the", 6, "det", "DET", "the", "DT"),
            ("remaining", 6, "amod", "VERB", "remain", "VBG"),
            ("restrictions", 3, "dobj", "NOUN", "restriction", "NNS"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"])
    assert [e.event_type for e in run(doc_with("eliminate", "eliminate"), gazetteer).events] == []
    assert "SANCTION" in [e.event_type for e in run(doc_with("impose", "impose"), gazetteer).events]


def _met_with(count_rows, ents_count):
    # "Harris has met with <count> leaders."
    rows = [
        ("Harris", 2, "nsubj", "PROPN", "Harris", "NNP"),
        ("has", 2, "aux", "AUX", "have", "VBZ"),
        ("met", 2, "ROOT", "VERB", "meet", "VBN"),
        ("with", 2, "prep", "ADP", "with", "IN"),
        *count_rows,
        ("leaders", 3, "pobj", "NOUN", "leader", "NNS"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    return rows, ["B-PERSON", "O", "O", "O", *ents_count, "O", "O"]


def test_a_tally_of_meetings_is_no_meeting(blank, matcher, gazetteer):
    rows, ents = _met_with([("100", 5, "nummod", "NUM", "100", "CD")], ["O"])
    assert [e.event_type for e in run(make(blank, matcher, rows, ents=ents), gazetteer).events] == []
    # "Harris has met with Kishida.": one meeting
    doc = make(blank, matcher, [
        ("Harris", 2, "nsubj", "PROPN", "Harris", "NNP"),
        ("has", 2, "aux", "AUX", "have", "VBZ"),
        ("met", 2, "ROOT", "VERB", "meet", "VBN"),
        ("with", 2, "prep", "ADP", "with", "IN"),
        ("Kishida", 3, "pobj", "PROPN", "Kishida", "NNP"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "O", "O", "B-PERSON", "O"])
    assert [e.event_type for e in run(doc, gazetteer).events] == ["CONSULT"]
    # "two leaders" is no tally, but names no second side either: no meeting to record
    # (a meeting needs another side: see test_event_senses.test_a_meeting_needs_a_second_side)
    rows, ents = _met_with([("two", 5, "nummod", "NUM", "two", "CD")], ["O"])
    assert [e.event_type for e in run(make(blank, matcher, rows, ents=ents), gazetteer).events] == []


def test_seeking_to_act_is_no_demand_but_seeking_something_is(blank, matcher, gazetteer):
    # "Russia seeks to block the resolution."
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("seeks", 1, "ROOT", "VERB", "seek", "VBZ"),
        ("to", 3, "aux", "PART", "to", "TO"),
        ("block", 1, "xcomp", "VERB", "block", "VB"),
        ("the", 5, "det", "DET", "the", "DT"),
        ("resolution", 3, "dobj", "NOUN", "resolution", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    assert _demands(run(doc, gazetteer)) == []
    # "Russia seeks guarantees from NATO."
    doc = make(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
        ("seeks", 1, "ROOT", "VERB", "seek", "VBZ"),
        ("guarantees", 1, "dobj", "NOUN", "guarantee", "NNS"),
        ("from", 2, "prep", "ADP", "from", "IN"),
        ("NATO", 3, "pobj", "PROPN", "NATO", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-ORG", "O"])
    assert _demands(run(doc, gazetteer))


def test_welcoming_a_guest_is_a_greeting_but_welcoming_a_step_is_support(blank, matcher, gazetteer):
    # "Putin welcomed our guests."
    doc = make(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
        ("our", 3, "poss", "PRON", "our", "PRP$"),
        ("guests", 1, "dobj", "NOUN", "guest", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O"])
    assert _support(run(doc, gazetteer)) == []
    # "Putin welcomed Kazakhstan's decision.": a stance
    doc = make(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"),
        ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
        ("Kazakhstan", 4, "poss", "PROPN", "Kazakhstan", "NNP"),
        ("'s", 2, "case", "PART", "'s", "POS"),
        ("decision", 1, "dobj", "NOUN", "decision", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-PERSON", "O", "B-GPE", "O", "O", "O"], spaces=[True, True, False, True, False, False])
    assert _support(run(doc, gazetteer))


def test_an_infinitive_conjoined_to_an_asked_infinitive_is_asked_too(blank, matcher):
    # "The EU urged Kosovo to free the mayors and to withdraw its police."
    doc = make(blank, matcher, [
        ("EU", 1, "nsubj", "PROPN", "EU", "NNP"),
        ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
        ("Kosovo", 1, "dobj", "PROPN", "Kosovo", "NNP"),
        ("to", 4, "aux", "PART", "to", "TO"),
        ("free", 1, "xcomp", "VERB", "free", "VB"),
        ("the", 6, "det", "DET", "the", "DT"),
        ("mayors", 4, "dobj", "NOUN", "mayor", "NNS"),
        ("and", 4, "cc", "CCONJ", "and", "CC"),
        ("to", 9, "aux", "PART", "to", "TO"),
        ("withdraw", 4, "conj", "VERB", "withdraw", "VB"),
        ("its", 11, "poss", "PRON", "its", "PRP$"),
        ("police", 9, "dobj", "NOUN", "police", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert modality_of(doc[9]) == "hypothetical"
    # a finite conjunct with its own subject keeps its own modality: "... and Kosovo withdrew its police."
    doc = make(blank, matcher, [
        ("EU", 1, "nsubj", "PROPN", "EU", "NNP"),
        ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
        ("Kosovo", 1, "dobj", "PROPN", "Kosovo", "NNP"),
        ("to", 4, "aux", "PART", "to", "TO"),
        ("free", 1, "xcomp", "VERB", "free", "VB"),
        ("the", 6, "det", "DET", "the", "DT"),
        ("mayors", 4, "dobj", "NOUN", "mayor", "NNS"),
        ("and", 1, "cc", "CCONJ", "and", "CC"),
        ("Kosovo", 9, "nsubj", "PROPN", "Kosovo", "NNP"),
        ("withdrew", 1, "conj", "VERB", "withdraw", "VBD"),
        ("its", 11, "poss", "PRON", "its", "PRP$"),
        ("police", 9, "dobj", "NOUN", "police", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert modality_of(doc[9]) == "asserted"


def _declared(mods):
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "NNP"),
        ("declared", 1, "ROOT", "VERB", "declare", "VBD"),
        ("a", 3 + len(mods), "det", "DET", "a", "DT"),
        *[(w, 3 + len(mods), "compound", "NOUN", w.lower(), "NN") for w in mods],
        ("emergency", 1, "dobj", "NOUN", "emergency", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return rows, ["B-GPE"] + ["O"] * (len(rows) - 1)


def test_a_public_health_emergency_is_no_repression(blank, matcher, gazetteer):
    rows, ents = _declared(["Health"])
    assert [e.event_type for e in run(make(blank, matcher, rows, ents=ents), gazetteer).events] == []
    rows, ents = _declared([])
    assert [e.event_type for e in run(make(blank, matcher, rows, ents=ents), gazetteer).events] == ["COERCE"]
