"""What one side asks of another is the asker's DEMAND, not the asked side's stance or intent:
"urged China to condemn Russia", "pushing for the US to back the plan", "called for Russia to
withdraw"; and praise said with a manner word ("spoke highly of X"). Hand-built Docs (sentences
invented for these tests)."""

from __future__ import annotations

from tests.extract.handmade import make_doc
from tests.extract.test_event_triggers import run
from tests.extract.test_recall_cues import _stances


def test_a_stance_someone_is_urged_to_take_is_not_theirs(blank, matcher, gazetteer):
    # "The US urged China to condemn Russia."
    doc = make_doc(blank, matcher, [
        ("The", 1, "det", "DET", "the", "DT"),
        ("US", 2, "nsubj", "PROPN", "US", "NNP"),
        ("urged", 2, "ROOT", "VERB", "urge", "VBD"),
        ("China", 2, "dobj", "PROPN", "China", "NNP"),
        ("to", 5, "aux", "PART", "to", "TO"),
        ("condemn", 2, "xcomp", "VERB", "condemn", "VB"),
        ("Russia", 5, "dobj", "PROPN", "Russia", "NNP"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["O", "B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "O"], spaces=[True] * 6 + [False, False])
    got = _stances(run(doc, gazetteer))
    assert ("DEMAND", 1, "state/USA", "state/CHN") in got
    assert not any(t == "DISAPPROVE" for t, *_ in got)


def _called_for(blank, matcher, verb: tuple[str, str]):
    # "France called for Russia to withdraw." (the parser: "for" a mark of an adverbial clause)
    return make_doc(blank, matcher, [
        ("France", 1, "nsubj", "PROPN", "France", "NNP"),
        ("called", 1, "ROOT", "VERB", "call", "VBD"),
        ("for", 5, "mark", "SCONJ", "for", "IN"),
        ("Russia", 5, "nsubj", "PROPN", "Russia", "NNP"),
        ("to", 5, "aux", "PART", "to", "TO"),
        (verb[0], 1, "advcl", "VERB", verb[1], "VB"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "B-GPE", "O", "O", "O"], spaces=[True] * 5 + [False, False])


def test_a_call_for_another_to_act_targets_them_and_announces_nothing_of_theirs(blank, matcher, gazetteer):
    ex = run(_called_for(blank, matcher, ("withdraw", "withdraw")), gazetteer)
    assert ("DEMAND", 1, "state/FRA", "state/RUS") in _stances(ex)
    assert not any(s.stance_type == "AGREE" for s in ex.stances)  # no intent of Russia's
    assert all(e.modality != "planned" for e in ex.events)


def test_praise_said_with_a_manner_word(blank, matcher, gazetteer):
    # "Putin spoke highly of China." / "Putin spoke of China."
    def doc(highly: bool):
        rows = [("Putin", 1, "nsubj", "PROPN", "Putin", "NNP"), ("spoke", 1, "ROOT", "VERB", "speak", "VBD")]
        if highly:
            rows.append(("highly", 1, "advmod", "ADV", "highly", "RB"))
        k = len(rows)
        rows += [("of", 1, "prep", "ADP", "of", "IN"), ("China", k, "pobj", "PROPN", "China", "NNP"),
                 (".", 1, "punct", "PUNCT", ".", ".")]
        n = len(rows)
        ents = ["B-PERSON"] + ["O"] * (n - 3) + ["B-GPE", "O"]
        return make_doc(blank, matcher, rows, ents=ents, spaces=[True] * (n - 2) + [False, False])
    assert ("SUPPORT", 1, "person/vladimir-putin", "state/CHN") in _stances(run(doc(True), gazetteer))
    assert not _stances(run(doc(False), gazetteer))


def test_reaffirming_a_position_in_favour_of_something_supports_that_thing(blank, matcher, gazetteer):
    # "India reaffirmed its position in favour of a settlement."
    doc = make_doc(blank, matcher, [
        ("India", 1, "nsubj", "PROPN", "India", "NNP"),
        ("reaffirmed", 1, "ROOT", "VERB", "reaffirm", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("position", 1, "dobj", "NOUN", "position", "NN"),
        ("in", 3, "prep", "ADP", "in", "IN"),
        ("favour", 4, "pobj", "NOUN", "favour", "NN"),
        ("of", 5, "prep", "ADP", "of", "IN"),
        ("a", 8, "det", "DET", "a", "DT"),
        ("settlement", 6, "pobj", "NOUN", "settlement", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE"] + ["O"] * 9, spaces=[True] * 8 + [False, False])
    assert ("SUPPORT", 1, "state/IND", "settlement") in _stances(run(doc, gazetteer))
