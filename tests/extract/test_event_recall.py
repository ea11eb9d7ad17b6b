"""Event triggers for acts diplomatic texts name by a noun or a common construction (military
build-ups, ...). Hand-built Docs; sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2025, 5, 7)


def _events(doc, gazetteer):
    article = Article(id="sha256:test", text=doc.text, published=PUBLISHED)
    return [(e.event_type, sorted((p.role, p.mention.actor.key) for p in e.participants if not p.via_role))
            for e in extract(doc, article, gazetteer).events]


def _build_up(blank, matcher, modifier_rows, object_rows, object_ents):
    """"Russia's <modifiers> build-up <object> worried Kenya.", "build-up" split at its hyphen."""
    n = 2 + len(modifier_rows)  # index of "build"
    up = n + 2
    rows = [
        ("Russia", up, "poss", "PROPN", "Russia", "NNP"),
        ("'s", 0, "case", "PART", "'s", "POS"),
        *modifier_rows,
        ("build", up, "compound", "NOUN", "build", "NN"),
        ("-", up, "punct", "PUNCT", "-", "HYPH"),
        ("up", up + 1 + len(object_rows), "nsubj", "NOUN", "up", "NN"),
        *object_rows,
    ]
    verb = len(rows)
    rows += [("worried", verb, "ROOT", "VERB", "worry", "VBD"), ("Kenya", verb, "dobj", "PROPN", "Kenya", "NNP"),
             (".", verb, "punct", "PUNCT", ".", ".")]
    spaces = [True] * len(rows)
    spaces[0] = False  # "Russia's"
    spaces[n] = spaces[n + 1] = False  # "build-up"
    spaces[-2] = False
    ents = ["B-GPE"] + ["O"] * (len(rows) - 1 - len(object_rows) - 3) + object_ents + ["O", "B-GPE", "O"]
    return make_doc(blank, matcher, rows, ents=ents, spaces=spaces)


def test_a_military_build_up_is_a_mobilisation(blank, matcher, gazetteer):
    # "Russia's military build-up worried Kenya."
    doc = _build_up(blank, matcher, [("military", 5, "amod", "ADJ", "military", "JJ")], [], [])
    assert ("MOBILIZE", [("source", "state/RUS")]) in [(t, [p for p in ps if p[0] == "source"]) for t, ps in _events(doc, gazetteer)]
    # "Russia's build-up of troops near Ukraine worried Kenya."
    doc = _build_up(blank, matcher, [], [
        ("of", 4, "prep", "ADP", "of", "IN"), ("troops", 5, "pobj", "NOUN", "troop", "NNS"),
        ("near", 6, "prep", "ADP", "near", "IN"), ("Ukraine", 7, "pobj", "PROPN", "Ukraine", "NNP"),
    ], ["O", "O", "O", "B-GPE"])
    assert [t for t, _ in _events(doc, gazetteer)] == ["MOBILIZE"]


def test_a_build_up_of_other_things_is_no_event(blank, matcher, gazetteer):
    # "Russia's build-up of debt worried Kenya."
    doc = _build_up(blank, matcher, [], [
        ("of", 4, "prep", "ADP", "of", "IN"), ("debt", 5, "pobj", "NOUN", "debt", "NN"),
    ], ["O", "O"])
    assert _events(doc, gazetteer) == []


def test_a_donation_of_something_to_someone_is_aid(blank, matcher, gazetteer):
    # "Canada announced the donation of vaccines to Colombia."
    doc = make_doc(blank, matcher, [
        ("Canada", 1, "nsubj", "PROPN", "Canada", "NNP"),
        ("announced", 1, "ROOT", "VERB", "announce", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"),
        ("donation", 1, "dobj", "NOUN", "donation", "NN"),
        ("of", 3, "prep", "ADP", "of", "IN"),
        ("vaccines", 4, "pobj", "NOUN", "vaccine", "NNS"),
        ("to", 3, "prep", "ADP", "to", "IN"),
        ("Colombia", 6, "pobj", "PROPN", "Colombia", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert _events(doc, gazetteer) == [("AID", [("source", "state/CAN"), ("target", "state/COL")])]


def test_donations_giving_nothing_to_no_one_are_no_event(blank, matcher, gazetteer):
    # "Canada praised the generous donations."
    doc = make_doc(blank, matcher, [
        ("Canada", 1, "nsubj", "PROPN", "Canada", "NNP"),
        ("praised", 1, "ROOT", "VERB", "praise", "VBD"),
        ("the", 4, "det", "DET", "the", "DT"),
        ("generous", 4, "amod", "ADJ", "generous", "JJ"),
        ("donations", 1, "dobj", "NOUN", "donation", "NNS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O"])
    assert _events(doc, gazetteer) == []


def _coordinating(blank, matcher, subject_rows, subject_ents):
    """"<subject> are coordinating actions."."""
    n = len(subject_rows)
    return make_doc(blank, matcher, [
        *subject_rows,
        ("are", n + 1, "aux", "AUX", "be", "VBP"),
        ("coordinating", n + 1, "ROOT", "VERB", "coordinate", "VBG"),
        ("actions", n + 1, "dobj", "NOUN", "action", "NNS"),
        (".", n + 1, "punct", "PUNCT", ".", "."),
    ], ents=[*subject_ents, "O", "O", "O", "O"])


def test_two_sides_coordinating_actions_cooperate(blank, matcher, gazetteer):
    # "Russia and France are coordinating actions."
    doc = _coordinating(blank, matcher, [
        ("Russia", 4, "nsubj", "PROPN", "Russia", "NNP"), ("and", 0, "cc", "CCONJ", "and", "CC"),
        ("France", 0, "conj", "PROPN", "France", "NNP"),
    ], ["B-GPE", "O", "B-GPE"])
    assert _events(doc, gazetteer) == [("COOPERATE", [("source", "state/FRA"), ("source", "state/RUS")])]


def test_one_side_coordinating_its_actions_is_no_event(blank, matcher, gazetteer):
    # "Russian agencies are coordinating actions."
    doc = _coordinating(blank, matcher, [
        ("Russian", 1, "amod", "ADJ", "russian", "JJ"), ("agencies", 3, "nsubj", "NOUN", "agency", "NNS"),
    ], ["B-NORP", "O"])
    assert _events(doc, gazetteer) == []


def _working_with(blank, matcher, partner_rows, partner_ents):
    """"Canada is working closely with <partner>."."""
    n = 5 + len(partner_rows)
    return make_doc(blank, matcher, [
        ("Canada", 2, "nsubj", "PROPN", "Canada", "NNP"),
        ("is", 2, "aux", "AUX", "be", "VBZ"),
        ("working", 2, "ROOT", "VERB", "work", "VBG"),
        ("closely", 2, "advmod", "ADV", "closely", "RB"),
        ("with", 2, "prep", "ADP", "with", "IN"),
        *partner_rows,
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", *partner_ents, "O"][:n + 1])


def test_a_state_working_with_another_cooperates(blank, matcher, gazetteer):
    # "Canada is working closely with Japan."
    doc = _working_with(blank, matcher, [("Japan", 4, "pobj", "PROPN", "Japan", "NNP")], ["B-GPE"])
    assert _events(doc, gazetteer) == [("COOPERATE", [("source", "state/CAN"), ("target", "state/JPN")])]


def test_working_with_no_other_state_is_no_event(blank, matcher, gazetteer):
    # "Canada is working closely with farmers."
    doc = _working_with(blank, matcher, [("farmers", 4, "pobj", "NOUN", "farmer", "NNS")], ["O"])
    assert _events(doc, gazetteer) == []


def _the_war_must_end(blank, matcher, first_rows, first_ents):
    """"<first sentence> The war must end." (the first sentence names Russia and Ukraine)."""
    n = len(first_rows)
    rows = [*first_rows,
            ("The", n + 1, "det", "DET", "the", "DT"), ("war", n + 3, "nsubj", "NOUN", "war", "NN"),
            ("must", n + 3, "aux", "AUX", "must", "MD"), ("end", n + 3, "ROOT", "VERB", "end", "VB"),
            (".", n + 3, "punct", "PUNCT", ".", ".")]
    starts = [True] + [False] * (n - 1) + [True, False, False, False, False]
    return make_doc(blank, matcher, rows, ents=[*first_ents, "O", "O", "O", "O", "O"], sent_starts=starts)


_MET = [("Ukraine", 1, "nsubj", "PROPN", "Ukraine", "NNP"), ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("Russia", 1, "dobj", "PROPN", "Russia", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]


def _fights(doc, gazetteer, published):
    article = Article(id="sha256:test", text=doc.text, published=published)
    return [sorted((p.role, p.mention.actor.key) for p in e.participants)
            for e in extract(doc, article, gazetteer).events if e.event_type == "FIGHT"]


def test_the_war_in_a_text_naming_russia_and_ukraine_since_2022_is_theirs(blank, matcher, gazetteer):
    # "Ukraine met Russia. The war must end." (2025)
    doc = _the_war_must_end(blank, matcher, _MET, ["B-GPE", "O", "B-GPE", "O"])
    assert _fights(doc, gazetteer, PUBLISHED) == [[("source", "state/RUS"), ("target", "state/UKR")]]
    # the same text before 24 February 2022: no war known
    assert _fights(doc, gazetteer, date(2021, 5, 7)) == []


def test_the_war_in_a_text_naming_an_earlier_war_is_not_assumed(blank, matcher, gazetteer):
    # "Ukraine met Russia on World War anniversaries. The war must end."
    rows = [("Ukraine", 1, "nsubj", "PROPN", "Ukraine", "NNP"), ("met", 1, "ROOT", "VERB", "meet", "VBD"),
            ("Russia", 1, "dobj", "PROPN", "Russia", "NNP"), ("on", 1, "prep", "ADP", "on", "IN"),
            ("World", 5, "compound", "PROPN", "World", "NNP"), ("War", 6, "compound", "PROPN", "War", "NNP"),
            ("anniversaries", 3, "pobj", "NOUN", "anniversary", "NNS"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = _the_war_must_end(blank, matcher, rows, ["B-GPE", "O", "B-GPE", "O", "B-EVENT", "I-EVENT", "O", "O"])
    assert _fights(doc, gazetteer, PUBLISHED) == []


def _consulting(blank, matcher, partner_rows, partner_ents):
    """"Canada is consulting with <partner>."."""
    return make_doc(blank, matcher, [
        ("Canada", 2, "nsubj", "PROPN", "Canada", "NNP"),
        ("is", 2, "aux", "AUX", "be", "VBZ"),
        ("consulting", 2, "ROOT", "VERB", "consult", "VBG"),
        ("with", 2, "prep", "ADP", "with", "IN"),
        *partner_rows,
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", *partner_ents, "O"])


def test_consulting_with_another_state_is_a_consultation(blank, matcher, gazetteer):
    # "Canada is consulting with Japan."
    doc = _consulting(blank, matcher, [("Japan", 3, "pobj", "PROPN", "Japan", "NNP")], ["B-GPE"])
    assert _events(doc, gazetteer) == [("CONSULT", [("source", "state/CAN"), ("target", "state/JPN")])]


def test_consulting_with_experts_is_no_event(blank, matcher, gazetteer):
    # "Canada is consulting with experts."
    doc = _consulting(blank, matcher, [("experts", 3, "pobj", "NOUN", "expert", "NNS")], ["O"])
    assert _events(doc, gazetteer) == []
