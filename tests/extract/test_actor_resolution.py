"""Which actor a noun phrase denotes: unnamed groups, partitives, domestic organizations,
persons' countries. Hand-built Docs (no statistical model) plus a few end-to-end checks."""

from __future__ import annotations

from datetime import date
from functools import partial

from spacy.tokens import Doc

from diplograph.extract.actors import find_actors
from diplograph.extract.context import actors_of_phrase
from diplograph.model import Article
from tests.conftest import needs_model
from tests.extract.handmade import make_doc

DAY = date(2024, 3, 1)


make = partial(make_doc, quotes=False)  # tests.extract.handmade: no quote spans here


def phrase_actors(doc, gazetteer, head: int, day: date = DAY) -> list[str]:
    index = find_actors(doc, Article(id="t", text=doc.text, published=day), gazetteer)
    return [m.actor.key for m in actors_of_phrase(doc, doc[head], index, [], subject=True)]


def test_group_located_in_a_state(blank, matcher, gazetteer):
    # "Rebels in Chad attacked the town ."
    doc = make(blank, matcher, [
        ("Rebels", 3, "nsubj", "NOUN", "rebel", "NNS"),
        ("in", 0, "prep", "ADP", "in"),
        ("Chad", 1, "pobj", "PROPN", "Chad"),
        ("attacked", 3, "ROOT", "VERB", "attack", "VBD"),
        ("the", 5, "det", "DET", "the"),
        ("town", 3, "dobj", "NOUN", "town"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-GPE", "O", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 0) == ["state/TCD"]


def test_partitive_group(blank, matcher, gazetteer):
    # "Scores of Malian refugees arrived ."
    doc = make(blank, matcher, [
        ("Scores", 4, "nsubj", "NOUN", "score", "NNS"),
        ("of", 0, "prep", "ADP", "of"),
        ("Malian", 3, "amod", "ADJ", "Malian"),
        ("refugees", 1, "pobj", "NOUN", "refugee", "NNS"),
        ("arrived", 4, "ROOT", "VERB", "arrive", "VBD"),
        (".", 4, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-NORP", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 0) == ["state/MLI"]


def test_unknown_state_body_named_after_its_state(blank, matcher, gazetteer):
    # "The Peruvian Joint Command ordered a withdrawal ."
    doc = make(blank, matcher, [
        ("The", 3, "det", "DET", "the"),
        ("Peruvian", 3, "amod", "ADJ", "Peruvian"),
        ("Joint", 3, "compound", "PROPN", "Joint"),
        ("Command", 4, "nsubj", "PROPN", "Command"),
        ("ordered", 4, "ROOT", "VERB", "order", "VBD"),
        ("a", 6, "det", "DET", "a"),
        ("withdrawal", 4, "dobj", "NOUN", "withdrawal"),
        (".", 4, "punct", "PUNCT", "."),
    ], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 3) == ["state/PER"]


def test_a_union_named_after_a_state_is_not_the_state(blank, matcher, gazetteer):
    # "The Peruvian Farmers Union called a strike ."
    doc = make(blank, matcher, [
        ("The", 3, "det", "DET", "the"),
        ("Peruvian", 3, "amod", "ADJ", "Peruvian"),
        ("Farmers", 3, "compound", "PROPN", "Farmers"),
        ("Union", 4, "nsubj", "PROPN", "Union"),
        ("called", 4, "ROOT", "VERB", "call", "VBD"),
        ("a", 6, "det", "DET", "a"),
        ("strike", 4, "dobj", "NOUN", "strike"),
        (".", 4, "punct", "PUNCT", "."),
    ], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 3) == []


def test_anti_modifier_is_not_the_actor(blank, matcher, gazetteer):
    # "anti-Cuba activists"
    doc = make(blank, matcher, [
        ("anti", 2, "amod", "ADJ", "anti"),
        ("-", 2, "punct", "PUNCT", "-"),
        ("Cuba", 3, "compound", "PROPN", "Cuba"),
        ("activists", 4, "nsubj", "NOUN", "activist", "NNS"),
        ("rallied", 4, "ROOT", "VERB", "rally", "VBD"),
    ], ents=["O", "O", "B-GPE", "O", "O"], spaces=[False, False, True, True, False])
    assert doc.text.startswith("anti-Cuba activists")
    assert phrase_actors(doc, gazetteer, 3) == []


def test_bare_domestic_group_takes_the_clause_location(blank, matcher, gazetteer):
    # "Police fired tear gas in Lima ."
    doc = make(blank, matcher, [
        ("Police", 1, "nsubj", "NOUN", "police", "NNS"),
        ("fired", 1, "ROOT", "VERB", "fire", "VBD"),
        ("tear", 3, "compound", "NOUN", "tear"),
        ("gas", 1, "dobj", "NOUN", "gas"),
        ("in", 1, "prep", "ADP", "in"),
        ("Lima", 4, "pobj", "PROPN", "Lima"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 0) == ["state/PER"]


def test_troops_in_a_place_are_not_resolved_by_location(blank, matcher, gazetteer):
    # "Troops fired in Lima ." -- armed forces often act abroad: no guess.
    doc = make(blank, matcher, [
        ("Troops", 1, "nsubj", "NOUN", "troop", "NNS"),
        ("fired", 1, "ROOT", "VERB", "fire", "VBD"),
        ("in", 1, "prep", "ADP", "in"),
        ("Lima", 2, "pobj", "PROPN", "Lima"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 0) == []


def test_a_title_of_a_state_is_left_to_the_person(blank, matcher, gazetteer):
    # "the President of Cuba": a singular title names a person, not the state's people.
    doc = make(blank, matcher, [
        ("The", 1, "det", "DET", "the"),
        ("President", 4, "nsubj", "PROPN", "President", "NNP"),
        ("of", 1, "prep", "ADP", "of"),
        ("Cuba", 2, "pobj", "PROPN", "Cuba"),
        ("spoke", 4, "ROOT", "VERB", "speak", "VBD"),
    ], ents=["O", "O", "O", "B-GPE", "O"])
    assert "state/CUB" not in phrase_actors(doc, gazetteer, 1)


@needs_model
def test_end_to_end_unnamed_groups(nlp, gazetteer):
    from diplograph.extract import extract

    text = "Opposition groups in Venezuela demanded new elections."
    ex = extract(nlp(text), Article(id="t", text=text, published=DAY), gazetteer)
    assert [(s.stance_type, s.holder.actor.key) for s in ex.stances] == [("DEMAND", "state/VEN")]


def test_an_office_of_another_state_is_not_an_earlier_person(blank, matcher, gazetteer):
    # "Putin called the president of Armenia ." -- not Putin, though he is a president too, but
    # Armenia's president on the article's day
    doc = make(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin"),
        ("called", 1, "ROOT", "VERB", "call", "VBD"),
        ("the", 3, "det", "DET", "the"),
        ("president", 1, "dobj", "NOUN", "president"),
        ("of", 3, "prep", "ADP", "of"),
        ("Armenia", 4, "pobj", "PROPN", "Armenia"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 3) == ["person/vahagn-khachaturyan"]


def test_it_in_a_reported_clause_is_the_reporting_subject(blank, matcher, gazetteer):
    # "Chile said it would expel the envoys ."
    doc = make(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("it", 4, "nsubj", "PRON", "it", "PRP"),
        ("would", 4, "aux", "AUX", "would", "MD"),
        ("expel", 1, "ccomp", "VERB", "expel", "VB"),
        ("the", 6, "det", "DET", "the"),
        ("envoys", 4, "dobj", "NOUN", "envoy", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 2) == ["state/CHL"]


def test_it_is_not_a_person(blank, matcher, gazetteer):
    # "Putin said it was late ." -- "it" is never the person who speaks.
    doc = make(blank, matcher, [
        ("Putin", 1, "nsubj", "PROPN", "Putin"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("it", 3, "nsubj", "PRON", "it", "PRP"),
        ("was", 1, "ccomp", "AUX", "be", "VBD"),
        ("late", 3, "acomp", "ADJ", "late"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 2) == []


def test_possessive_pronoun_is_the_clause_subject(blank, matcher, gazetteer):
    # "Kenya ended its blockade ." -- "its blockade" is Kenya's.
    doc = make(blank, matcher, [
        ("Kenya", 1, "nsubj", "PROPN", "Kenya"),
        ("ended", 1, "ROOT", "VERB", "end", "VBD"),
        ("its", 3, "poss", "PRON", "its", "PRP$"),
        ("blockade", 1, "dobj", "NOUN", "blockade"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 2) == ["state/KEN"]


def test_partners_of_a_state_are_not_that_state(blank, matcher, gazetteer):
    # "Chile 's partners objected ."
    doc = make(blank, matcher, [
        ("Chile", 2, "poss", "PROPN", "Chile"),
        ("'s", 0, "case", "PART", "'s"),
        ("partners", 3, "nsubj", "NOUN", "partner", "NNS"),
        ("objected", 3, "ROOT", "VERB", "object", "VBD"),
    ], ents=["B-GPE", "O", "O", "O"], spaces=[False, True, True, False])
    assert phrase_actors(doc, gazetteer, 2) == []


def test_unknown_body_named_with_its_state(blank, matcher, gazetteer):
    # "The Chilean Senate approved the law ." -- the minted Senate acts for Chile.
    doc = make(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("Chilean", 2, "amod", "ADJ", "Chilean"),
        ("Senate", 3, "nsubj", "PROPN", "Senate"),
        ("approved", 3, "ROOT", "VERB", "approve", "VBD"),
        ("the", 5, "det", "DET", "the"),
        ("law", 3, "dobj", "NOUN", "law"),
    ], ents=["O", "B-NORP", "B-ORG", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 2) == ["state/CHL"]


def test_a_people_named_with_the_state_it_lives_in(blank, matcher, gazetteer):
    # "Bosnian Serbs protested ." -- BIH, not Serbia.
    doc = make(blank, matcher, [
        ("Bosnian", 1, "amod", "ADJ", "Bosnian", "JJ"),
        ("Serbs", 2, "nsubj", "PROPN", "Serbs", "NNPS"),
        ("protested", 2, "ROOT", "VERB", "protest", "VBD"),
    ], ents=["B-NORP", "B-NORP", "O"])
    assert phrase_actors(doc, gazetteer, 1) == ["state/BIH"]


def test_a_people_located_in_another_state(blank, matcher, gazetteer):
    # "Albanians in Serbia protested ." -- Serbia, where they live.
    doc = make(blank, matcher, [
        ("Albanians", 3, "nsubj", "PROPN", "Albanians", "NNPS"),
        ("in", 0, "prep", "ADP", "in"),
        ("Serbia", 1, "pobj", "PROPN", "Serbia"),
        ("protested", 3, "ROOT", "VERB", "protest", "VBD"),
    ], ents=["B-NORP", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 0) == ["state/SRB"]


def test_nationals_without_a_place_stay_with_their_state(blank, matcher, gazetteer):
    # "Albanians protested ."
    doc = make(blank, matcher, [
        ("Albanians", 1, "nsubj", "PROPN", "Albanians", "NNPS"),
        ("protested", 1, "ROOT", "VERB", "protest", "VBD"),
    ], ents=["B-NORP", "O"])
    assert phrase_actors(doc, gazetteer, 0) == ["state/ALB"]


def test_he_prefers_the_earlier_subject_to_the_nearer_object(blank, matcher, gazetteer):
    # "Biden called Erdogan . He praised Turkey ."
    from diplograph.extract.actors import resolve_pronoun

    rows = [
        ("Biden", 1, "nsubj", "PROPN", "Biden"),
        ("called", 1, "ROOT", "VERB", "call", "VBD"),
        ("Erdogan", 1, "dobj", "PROPN", "Erdogan"),
        (".", 1, "punct", "PUNCT", "."),
        ("He", 5, "nsubj", "PRON", "he", "PRP"),
        ("praised", 5, "ROOT", "VERB", "praise", "VBD"),
        ("Turkey", 5, "dobj", "PROPN", "Turkey"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    words = [r[0] for r in rows]
    doc = Doc(blank.vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              tags=[r[5] if len(r) > 5 else "" for r in rows],
              ents=["B-PERSON", "O", "B-PERSON", "O", "O", "O", "B-GPE", "O"],
              sent_starts=[True, False, False, False, True, False, False, False])
    doc = matcher(doc)
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    assert resolve_pronoun(index, doc[4]).actor.key == "person/joe-biden"


def test_him_is_not_the_subject_of_its_own_clause(blank, matcher, gazetteer):
    # "Erdogan thanked him ." after "Biden called Erdogan ."
    from diplograph.extract.actors import resolve_pronoun

    rows = [
        ("Biden", 1, "nsubj", "PROPN", "Biden"),
        ("called", 1, "ROOT", "VERB", "call", "VBD"),
        ("Erdogan", 1, "dobj", "PROPN", "Erdogan"),
        (".", 1, "punct", "PUNCT", "."),
        ("Erdogan", 5, "nsubj", "PROPN", "Erdogan"),
        ("thanked", 5, "ROOT", "VERB", "thank", "VBD"),
        ("him", 5, "dobj", "PRON", "he", "PRP"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    words = [r[0] for r in rows]
    doc = Doc(blank.vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              tags=[r[5] if len(r) > 5 else "" for r in rows],
              ents=["B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O"],
              sent_starts=[True, False, False, False, True, False, False, False])
    doc = matcher(doc)
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    assert resolve_pronoun(index, doc[6]).actor.key == "person/joe-biden"


def test_the_sides_are_the_states_of_the_persons_named_before(blank, matcher, gazetteer):
    # "Putin met Assad . The sides agreed ."
    rows = [
        ("Putin", 1, "nsubj", "PROPN", "Putin"),
        ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("Assad", 1, "dobj", "PROPN", "Assad"),
        (".", 1, "punct", "PUNCT", "."),
        ("The", 5, "det", "DET", "the"),
        ("sides", 6, "nsubj", "NOUN", "side", "NNS"),
        ("agreed", 6, "ROOT", "VERB", "agree", "VBD"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    words = [r[0] for r in rows]
    doc = Doc(blank.vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              tags=[r[5] if len(r) > 5 else "" for r in rows],
              ents=["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O"],
              sent_starts=[True, False, False, False, True, False, False, False])
    doc = matcher(doc)
    assert sorted(phrase_actors(doc, gazetteer, 5)) == ["state/RUS", "state/SYR"]


def test_their_after_coordinated_persons_is_both(blank, matcher, gazetteer):
    # "Putin and Assad renewed their contacts ."
    doc = make(blank, matcher, [
        ("Putin", 3, "nsubj", "PROPN", "Putin"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Assad", 0, "conj", "PROPN", "Assad"),
        ("renewed", 3, "ROOT", "VERB", "renew", "VBD"),
        ("their", 5, "poss", "PRON", "their", "PRP$"),
        ("contacts", 3, "dobj", "NOUN", "contact", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 4) == ["person/vladimir-putin", "person/bashar-al-assad"]


def test_the_presidents_of_two_states(blank, matcher, gazetteer):
    # "The presidents of Chile and Peru met ."
    doc = make(blank, matcher, [
        ("The", 1, "det", "DET", "the"),
        ("presidents", 6, "nsubj", "NOUN", "president", "NNS"),
        ("of", 1, "prep", "ADP", "of"),
        ("Chile", 2, "pobj", "PROPN", "Chile"),
        ("and", 3, "cc", "CCONJ", "and"),
        ("Peru", 3, "conj", "PROPN", "Peru"),
        ("met", 6, "ROOT", "VERB", "meet", "VBD"),
    ], ents=["O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 1) == ["state/CHL", "state/PER"]


def test_coordinated_demonyms_on_one_group(blank, matcher, gazetteer):
    # "Chilean and Peruvian negotiators met ."
    doc = make(blank, matcher, [
        ("Chilean", 3, "amod", "ADJ", "Chilean"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Peruvian", 0, "conj", "ADJ", "Peruvian"),
        ("negotiators", 4, "nsubj", "NOUN", "negotiator", "NNS"),
        ("met", 4, "ROOT", "VERB", "meet", "VBD"),
    ], ents=["B-NORP", "O", "B-NORP", "O", "O"])
    assert phrase_actors(doc, gazetteer, 3) == ["state/CHL", "state/PER"]


def test_a_private_body_named_after_a_state_is_not_the_state(blank, matcher, gazetteer):
    # "The American College of Surgeons objected ."
    doc = make(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("American", 2, "amod", "ADJ", "American"),
        ("College", 5, "nsubj", "PROPN", "College"),
        ("of", 2, "prep", "ADP", "of"),
        ("Surgeons", 3, "pobj", "PROPN", "Surgeons"),
        ("objected", 5, "ROOT", "VERB", "object", "VBD"),
    ], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert phrase_actors(doc, gazetteer, 2) == []


def test_they_in_an_adverbial_clause_is_not_resolved(blank, matcher, gazetteer):
    # "Chile warned Peru when they met ." -- who "they" are is not the main subject.
    doc = make(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        ("warned", 1, "ROOT", "VERB", "warn", "VBD"),
        ("Peru", 1, "dobj", "PROPN", "Peru"),
        ("when", 5, "advmod", "SCONJ", "when"),
        ("they", 5, "nsubj", "PRON", "they", "PRP"),
        ("met", 1, "advcl", "VERB", "meet", "VBD"),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 4) == []


def test_weapons_are_their_users_not_where_they_are(blank, matcher, gazetteer):
    # "Chilean helicopters in Peru landed ." -- Chile's, though in Peru.
    doc = make(blank, matcher, [
        ("Chilean", 1, "amod", "ADJ", "Chilean"),
        ("helicopters", 4, "nsubj", "NOUN", "helicopter", "NNS"),
        ("in", 1, "prep", "ADP", "in"),
        ("Peru", 2, "pobj", "PROPN", "Peru"),
        ("landed", 4, "ROOT", "VERB", "land", "VBD"),
    ], ents=["B-NORP", "O", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 1) == ["state/CHL"]
    doc = make(blank, matcher, [
        ("Helicopters", 3, "nsubj", "NOUN", "helicopter", "NNS"),
        ("in", 0, "prep", "ADP", "in"),
        ("Peru", 1, "pobj", "PROPN", "Peru"),
        ("landed", 3, "ROOT", "VERB", "land", "VBD"),
    ], ents=["O", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 0) == []


def test_led_by_a_state(blank, matcher, gazetteer):
    # "Chilean - led forces advanced ."
    doc = make(blank, matcher, [
        ("Chilean", 2, "npadvmod", "ADJ", "Chilean"),
        ("-", 2, "punct", "PUNCT", "-"),
        ("led", 3, "amod", "VERB", "lead", "VBN"),
        ("forces", 4, "nsubj", "NOUN", "force", "NNS"),
        ("advanced", 4, "ROOT", "VERB", "advance", "VBD"),
    ], ents=["B-NORP", "O", "O", "O", "O"], spaces=[False, False, True, True, False])
    assert phrase_actors(doc, gazetteer, 3) == ["state/CHL"]


def test_an_organization_named_by_its_kind(blank, matcher, gazetteer):
    # "The NATO alliance agreed ." / "A Peruvian organization agreed ."
    doc = make(blank, matcher, [
        ("The", 2, "det", "DET", "the"),
        ("NATO", 2, "compound", "PROPN", "NATO"),
        ("alliance", 3, "nsubj", "NOUN", "alliance"),
        ("agreed", 3, "ROOT", "VERB", "agree", "VBD"),
    ], ents=["O", "B-ORG", "O", "O"])
    assert phrase_actors(doc, gazetteer, 2) == ["org/NATO"]
    doc = make(blank, matcher, [
        ("A", 2, "det", "DET", "a"),
        ("Peruvian", 2, "amod", "ADJ", "Peruvian"),
        ("organization", 3, "nsubj", "NOUN", "organization"),
        ("agreed", 3, "ROOT", "VERB", "agree", "VBD"),
    ], ents=["O", "B-NORP", "O", "O"])
    assert phrase_actors(doc, gazetteer, 2) == []


def test_their_countries_are_the_two_states_named_before(blank, matcher, gazetteer):
    # "Chile and Peru met . Their countries agreed ."
    rows = [
        ("Chile", 3, "nsubj", "PROPN", "Chile"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru"),
        ("met", 3, "ROOT", "VERB", "meet", "VBD"),
        (".", 3, "punct", "PUNCT", "."),
        ("Their", 6, "poss", "PRON", "their", "PRP$"),
        ("countries", 7, "nsubj", "NOUN", "country", "NNS"),
        ("agreed", 7, "ROOT", "VERB", "agree", "VBD"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    words = [r[0] for r in rows]
    doc = Doc(blank.vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              tags=[r[5] if len(r) > 5 else "" for r in rows],
              ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O"],
              sent_starts=[True, False, False, False, False, True, False, False, False])
    doc = matcher(doc)
    assert sorted(phrase_actors(doc, gazetteer, 6)) == ["state/CHL", "state/PER"]


def test_for_subject_of_an_infinitive(blank, matcher, gazetteer):
    # "They discussed plans for Putin to visit Chile ." -- Putin visits.
    from diplograph.extract.context import subject_of

    doc = make(blank, matcher, [
        ("They", 1, "nsubj", "PRON", "they", "PRP"),
        ("discussed", 1, "ROOT", "VERB", "discuss", "VBD"),
        ("plans", 1, "dobj", "NOUN", "plan", "NNS"),
        ("for", 2, "prep", "ADP", "for"),
        ("Putin", 3, "pobj", "PROPN", "Putin"),
        ("to", 6, "aux", "PART", "to"),
        ("visit", 2, "acl", "VERB", "visit", "VB"),
        ("Chile", 6, "dobj", "PROPN", "Chile"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "B-PERSON", "O", "O", "B-GPE", "O"])
    assert subject_of(doc[6]).text == "Putin"


def test_bare_domestic_group_takes_a_nested_location(blank, matcher, gazetteer):
    # "Police fired in a square in Lima ."
    doc = make(blank, matcher, [
        ("Police", 1, "nsubj", "NOUN", "police", "NNS"),
        ("fired", 1, "ROOT", "VERB", "fire", "VBD"),
        ("in", 1, "prep", "ADP", "in"),
        ("a", 4, "det", "DET", "a"),
        ("square", 2, "pobj", "NOUN", "square"),
        ("in", 4, "prep", "ADP", "in"),
        ("Lima", 5, "pobj", "PROPN", "Lima"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 0) == ["state/PER"]


def test_who_is_the_person_the_clause_is_about(blank, matcher, gazetteer):
    # "They met Putin , who praised Chile ."
    doc = make(blank, matcher, [
        ("They", 1, "nsubj", "PRON", "they", "PRP"),
        ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("Putin", 1, "dobj", "PROPN", "Putin"),
        (",", 2, "punct", "PUNCT", ","),
        ("who", 5, "nsubj", "PRON", "who", "WP"),
        ("praised", 2, "relcl", "VERB", "praise", "VBD"),
        ("Chile", 5, "dobj", "PROPN", "Chile"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-PERSON", "O", "O", "O", "B-GPE", "O"])
    assert phrase_actors(doc, gazetteer, 4) == ["person/vladimir-putin"]


def test_people_of_a_place_named_with_its_state(blank, matcher, gazetteer):
    # "Residents of the Chilean Andes protested ."
    doc = make(blank, matcher, [
        ("Residents", 5, "nsubj", "NOUN", "resident", "NNS"),
        ("of", 0, "prep", "ADP", "of"),
        ("the", 4, "det", "DET", "the"),
        ("Chilean", 4, "amod", "ADJ", "Chilean"),
        ("Andes", 1, "pobj", "PROPN", "Andes"),
        ("protested", 5, "ROOT", "VERB", "protest", "VBD"),
    ], ents=["O", "O", "O", "B-NORP", "B-LOC", "O"])
    assert phrase_actors(doc, gazetteer, 0) == ["state/CHL"]


def test_typographic_apostrophe_in_a_gazetteer_name(blank, matcher):
    # "President Xi of the People’s Republic of China" is China, not "Republic of China" (Taiwan)
    doc = matcher(Doc(blank.vocab, words=["Xi", "of", "the", "People", "\u2019s", "Republic", "of", "China"],
                      spaces=[True, True, True, False, True, True, True, False]))
    keys = [(s.text, s.kb_id_) for s in doc.spans["dg_actors"]]
    assert ("People\u2019s Republic of China", "state/CHN") in keys
    assert all(k != "state/TWN" for _, k in keys)


def _suffix_doc(blank, matcher, ents):
    words = ["President", "Joseph", "R.", "Biden", ",", "Jr.", "called", "Ishiba", "."]
    return matcher(Doc(blank.vocab, words=words, spaces=[True, True, True, False, True, True, True, False, False],
                       ents=ents, sent_starts=[True] + [False] * (len(words) - 1)))


def test_a_generational_suffix_is_the_person_before_it(blank, matcher, gazetteer):
    # "President Joseph R. Biden, Jr. called Ishiba." with "Jr." tagged as a person of its own
    doc = _suffix_doc(blank, matcher, ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    assert index.by_token[5].actor.key == "person/joe-biden"
    assert all(not m.actor.key.startswith("actor/person/jr") for m in index.mentions)


def test_a_name_with_its_suffix_is_the_gazetteer_person(blank, matcher, gazetteer):
    # the entity "Joseph R. Biden, Jr." is not a longer, unknown name
    doc = _suffix_doc(blank, matcher, ["O"] + ["B-PERSON"] + ["I-PERSON"] * 4 + ["O", "B-PERSON", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    assert index.by_token[3].actor.key == "person/joe-biden"
    assert index.by_token[5].actor.key == "person/joe-biden"


def test_a_leaders_administration_is_the_state(blank, matcher, gazetteer):
    # "The Biden administration imposed tariffs ." (in office) and, years later, still the state
    rows = [
        ("The", 2, "det", "DET", "the"),
        ("Biden", 2, "compound", "PROPN", "Biden"),
        ("administration", 3, "nsubj", "NOUN", "administration"),
        ("imposed", 3, "ROOT", "VERB", "impose", "VBD"),
        ("tariffs", 3, "dobj", "NOUN", "tariff", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    doc = make(blank, matcher, rows, ents=["O", "B-PERSON", "O", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 2) == ["state/USA"]
    assert phrase_actors(doc, gazetteer, 2, day=date(2031, 1, 1)) == ["state/USA"]
    # "President Biden imposed tariffs": the person himself
    rows = [("President", 1, "compound", "PROPN", "President"), ("Biden", 2, "nsubj", "PROPN", "Biden"),
            ("imposed", 2, "ROOT", "VERB", "impose", "VBD"), ("tariffs", 2, "dobj", "NOUN", "tariff", "NNS"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = make(blank, matcher, rows, ents=["O", "B-PERSON", "O", "O", "O"])
    assert phrase_actors(doc, gazetteer, 1) == ["person/joe-biden"]


def _keys(doc, gazetteer, home=None):
    from diplograph.model import ActorRef
    state = ActorRef("state/USA", "United States", "State") if home else None
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer, state)
    return [(m.span.text, m.actor.key) for m in index.sorted()]


def test_a_name_or_title_used_again_is_the_person_named_before(blank, matcher, gazetteer):
    # "Harris met King Abdullah II . King Abdullah thanked the King ." in a White House release
    rows = [
        ("Harris", 1, "nsubj", "PROPN", "Harris"), ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("King", 4, "compound", "PROPN", "King"), ("Abdullah", 4, "compound", "PROPN", "Abdullah"),
        ("II", 1, "dobj", "PROPN", "II"), (".", 1, "punct", "PUNCT", "."),
        ("King", 7, "compound", "PROPN", "King"), ("Abdullah", 8, "nsubj", "PROPN", "Abdullah"),
        ("thanked", 8, "ROOT", "VERB", "thank", "VBD"), ("the", 10, "det", "DET", "the"),
        ("King", 8, "dobj", "PROPN", "King"), (".", 8, "punct", "PUNCT", "."),
    ]
    ents = ["B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    keys = _keys(make(blank, matcher, rows, ents=ents), gazetteer, home=True)
    assert [k for t, k in keys if "King" in t or "Abdullah" in t] == ["person/abdullah-ii"] * 3


def test_a_surname_of_two_words_is_the_person_named_in_full(blank, matcher, gazetteer):
    # "Jorge Vivo Lopez spoke . Vivo Lopez left ."
    rows = [
        ("Jorge", 2, "compound", "PROPN", "Jorge"), ("Vivo", 2, "compound", "PROPN", "Vivo"),
        ("Lopez", 3, "nsubj", "PROPN", "Lopez"), ("spoke", 3, "ROOT", "VERB", "speak", "VBD"),
        (".", 3, "punct", "PUNCT", "."), ("Vivo", 6, "compound", "PROPN", "Vivo"),
        ("Lopez", 7, "nsubj", "PROPN", "Lopez"), ("left", 7, "ROOT", "VERB", "leave", "VBD"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    keys = _keys(make(blank, matcher, rows, ents=ents), gazetteer)
    assert [k for _, k in keys] == ["actor/person/jorge-vivo-lopez"] * 2


def test_the_prime_minister_in_a_white_house_readout_is_the_prime_minister_named(blank, matcher, gazetteer):
    # "Biden spoke with Prime Minister Trudeau . The Prime Minister thanked him ." (home: USA)
    rows = [
        ("Biden", 1, "nsubj", "PROPN", "Biden"), ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
        ("with", 1, "prep", "ADP", "with"), ("Prime", 4, "compound", "PROPN", "Prime"),
        ("Minister", 5, "compound", "PROPN", "Minister"), ("Trudeau", 2, "pobj", "PROPN", "Trudeau"),
        (".", 1, "punct", "PUNCT", "."),
        ("The", 9, "det", "DET", "the"), ("Prime", 9, "compound", "PROPN", "Prime"),
        ("Minister", 10, "nsubj", "PROPN", "Minister"), ("thanked", 10, "ROOT", "VERB", "thank", "VBD"),
        ("him", 10, "dobj", "PRON", "he", "PRP"), (".", 10, "punct", "PUNCT", "."),
    ]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    keys = _keys(make(blank, matcher, rows, ents=ents, sent_starts=[i in (0, 7) for i in range(13)]), gazetteer, home=True)
    assert ("The Prime Minister", "person/justin-trudeau") in keys



def _king_met_harris(blank, matcher, pronoun: str):
    # "King Abdullah met Kamala Harris . <pronoun> condemned Hamas ."
    return make_doc(blank, matcher, [
        ("King", 1, "compound", "PROPN", "King", "NNP"),
        ("Abdullah", 2, "nsubj", "PROPN", "Abdullah", "NNP"),
        ("met", 2, "ROOT", "VERB", "meet", "VBD"),
        ("Kamala", 4, "compound", "PROPN", "Kamala", "NNP"),
        ("Harris", 2, "dobj", "PROPN", "Harris", "NNP"),
        (".", 2, "punct", "PUNCT", ".", "."),
        (pronoun, 7, "nsubj", "PRON", pronoun.lower(), "PRP"),
        ("condemned", 7, "ROOT", "VERB", "condemn", "VBD"),
        ("Hamas", 7, "dobj", "PROPN", "Hamas", "NNP"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ], ents=["O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "O"],
        sent_starts=[True, False, False, False, False, False, True, False, False, False])


def test_she_is_not_the_king(blank, matcher, gazetteer):
    # "she" skips the King (a male title) and stands for Harris, though the King is the main
    # subject before it; "he" still stands for the King
    from diplograph.extract.actors import resolve_pronoun

    for pronoun, meant in (("She", "person/kamala-harris"), ("He", None)):
        doc = _king_met_harris(blank, matcher, pronoun)
        index = find_actors(doc, Article(id="sha256:t", text=doc.text, published=date(2022, 3, 5)), gazetteer)
        found = resolve_pronoun(index, doc[6])
        if meant:
            assert found.actor.key == meant
        else:
            assert found is not None and found.actor.key != "person/kamala-harris"
