"""Aid read from evacuations and from thanks: the evacuated nationals' state is the aided one, the
place left is no party, an effort under way is no plan, and whoever is thanked for aid gave it.
Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2022, 3, 17)


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def _sides(event):
    return sorted((p.role, p.mention.actor.key) for p in event.participants if not p.via_role)


def test_whoever_is_thanked_for_an_evacuation_carried_it_out_for_the_evacuated(blank, matcher, gazetteer):
    # "Turkey thanked Russia for the evacuation of Turkish citizens from Ukraine ."
    doc = make_doc(blank, matcher, [
        ("Turkey", 1, "nsubj", "PROPN", "Turkey"),
        ("thanked", 1, "ROOT", "VERB", "thank", "VBD"),
        ("Russia", 1, "dobj", "PROPN", "Russia"),
        ("for", 1, "prep", "ADP", "for"),
        ("the", 5, "det", "DET", "the"),
        ("evacuation", 3, "pobj", "NOUN", "evacuation", "NN"),
        ("of", 5, "prep", "ADP", "of"),
        ("Turkish", 8, "amod", "ADJ", "Turkish", "JJ"),
        ("citizens", 6, "pobj", "NOUN", "citizen", "NNS"),
        ("from", 8, "prep", "ADP", "from"),
        ("Ukraine", 9, "pobj", "PROPN", "Ukraine"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-NORP", "O", "O", "B-GPE", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "AID"]
    assert event.trigger.text == "evacuation"
    assert _sides(event) == [("source", "state/RUS"), ("target", "state/TUR")]


def test_an_evacuation_under_way_is_asserted_and_done_by_those_making_the_effort(blank, matcher, gazetteer):
    # "Russian troops are doing their best to evacuate Indian citizens from Ukraine ."
    doc = make_doc(blank, matcher, [
        ("Russian", 1, "amod", "ADJ", "Russian", "JJ"),
        ("troops", 3, "nsubj", "NOUN", "troop", "NNS"),
        ("are", 3, "aux", "AUX", "be", "VBP"),
        ("doing", 3, "ROOT", "VERB", "do", "VBG"),
        ("their", 5, "poss", "PRON", "their", "PRP$"),
        ("best", 3, "dobj", "ADJ", "good", "JJS"),
        ("to", 7, "aux", "PART", "to", "TO"),
        ("evacuate", 3, "advcl", "VERB", "evacuate", "VB"),
        ("Indian", 9, "amod", "ADJ", "Indian", "JJ"),
        ("citizens", 7, "dobj", "NOUN", "citizen", "NNS"),
        ("from", 7, "prep", "ADP", "from"),
        ("Ukraine", 10, "pobj", "PROPN", "Ukraine"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "O", "O", "B-NORP", "O", "O", "B-GPE", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "AID"]
    assert _sides(event) == [("source", "state/RUS"), ("target", "state/IND")]
    assert event.modality == "asserted"


def test_gratitude_to_a_state_for_support_makes_it_the_giver(blank, matcher, gazetteer):
    # "Ukraine expressed gratitude to Germany for the financial support ."
    doc = make_doc(blank, matcher, [
        ("Ukraine", 1, "nsubj", "PROPN", "Ukraine"),
        ("expressed", 1, "ROOT", "VERB", "express", "VBD"),
        ("gratitude", 1, "dobj", "NOUN", "gratitude", "NN"),
        ("to", 2, "prep", "ADP", "to"),
        ("Germany", 3, "pobj", "PROPN", "Germany"),
        ("for", 2, "prep", "ADP", "for"),
        ("the", 8, "det", "DET", "the"),
        ("financial", 8, "amod", "ADJ", "financial", "JJ"),
        ("support", 5, "pobj", "NOUN", "support", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "AID"]
    assert _sides(event) == [("source", "state/DEU"), ("target", "state/UKR")]


def test_whoever_is_thanked_for_accepting_an_invitation_accepted_it(blank, matcher, gazetteer):
    # "Peru thanked Chile for accepting the invitation ."
    doc = make_doc(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru"),
        ("thanked", 1, "ROOT", "VERB", "thank", "VBD"),
        ("Chile", 1, "dobj", "PROPN", "Chile"),
        ("for", 1, "prep", "ADP", "for"),
        ("accepting", 3, "pcomp", "VERB", "accept", "VBG"),
        ("the", 6, "det", "DET", "the"),
        ("invitation", 4, "dobj", "NOUN", "invitation", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "AGREE"]
    assert _sides(event) == [("source", "state/CHL"), ("target", "state/PER")]
