"""Names a tagger marks PERSON that are no person's and must not be minted as one: stage
directions in parentheses, names with numbers, diseases, disputed places, outlets and products,
and names the document itself uses as a region's. Hand-built Docs (no model); invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from diplograph.extract.actors import find_actors
from diplograph.model import Article
from tests.extract.handmade import make_doc

DAY = date(2024, 10, 1)
make = partial(make_doc, quotes=False)


def persons(doc, gazetteer):
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    return [m.actor.key for m in index.sorted() if m.actor.key.startswith("actor/person/")]


def _said(name_rows, ents):
    # "<name> said it ." with the name as subject
    n = len(name_rows)
    rows = [(w, n - 1 if i < n - 1 else n, "compound" if i < n - 1 else "nsubj", pos, w.lower())
            for i, (w, pos) in enumerate(name_rows)]
    rows += [("said", n, "ROOT", "VERB", "say", "VBD"), ("it", n, "dobj", "PRON", "it"),
             (".", n, "punct", "PUNCT", ".")]
    return rows, ents + ["O"] * 3


def test_a_real_minted_person_stays(blank, matcher, gazetteer):
    rows, ents = _said([("Jorge", "PROPN"), ("Vivo", "PROPN")], ["B-PERSON", "I-PERSON"])
    assert persons(make(blank, matcher, rows, ents), gazetteer) == ["actor/person/jorge-vivo"]


def test_names_with_numbers_diseases_and_disputed_places_are_no_persons(blank, matcher, gazetteer):
    for words in ([("Executive", "PROPN"), ("Order", "PROPN"), ("13662", "NUM")],
                  [("COVID", "PROPN")], [("COVID-19", "PROPN")], [("Omicron", "PROPN")],
                  [("Donbass", "PROPN")], [("Sputnik", "PROPN"), ("V", "PROPN")],
                  [("Mir", "PROPN"), ("Channel", "PROPN")]):
        rows, ents = _said(words, ["B-PERSON"] + ["I-PERSON"] * (len(words) - 1))
        assert persons(make(blank, matcher, rows, ents), gazetteer) == [], words


def test_a_stage_direction_in_parentheses_is_no_person(blank, matcher, gazetteer):
    # "Yes . ( Laughter . )" and "( Laughter and applause . )"
    rows = [("Yes", 0, "ROOT", "INTJ", "yes"), (".", 0, "punct", "PUNCT", "."),
            ("(", 3, "punct", "PUNCT", "("), ("Laughter", 3, "ROOT", "PROPN", "laughter"),
            (".", 3, "punct", "PUNCT", "."), (")", 3, "punct", "PUNCT", ")")]
    doc = make(blank, matcher, rows, ["O", "O", "O", "B-PERSON", "O", "O"],
               sent_starts=[True, False, True, False, False, False])
    assert persons(doc, gazetteer) == []
    rows = [("(", 1, "punct", "PUNCT", "("), ("Laughter", 1, "ROOT", "PROPN", "laughter"),
            ("and", 1, "cc", "CCONJ", "and"), ("applause", 1, "conj", "NOUN", "applause"),
            (".", 1, "punct", "PUNCT", "."), (")", 1, "punct", "PUNCT", ")")]
    assert persons(make(blank, matcher, rows, ["O", "B-PERSON", "O", "O", "O", "O"]), gazetteer) == []


def test_a_name_the_text_uses_for_a_region_or_an_outlet_is_no_person(blank, matcher, gazetteer):
    # "Tula said it . Kommersant said it . the Tula Region and the Kommersant newspaper ."
    rows = [("Tula", 1, "nsubj", "PROPN", "tula"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 1, "dobj", "PRON", "it"), (".", 1, "punct", "PUNCT", "."),
            ("Kommersant", 5, "nsubj", "PROPN", "kommersant"), ("said", 5, "ROOT", "VERB", "say"),
            ("it", 5, "dobj", "PRON", "it"), (".", 5, "punct", "PUNCT", "."),
            ("the", 10, "det", "DET", "the"), ("Tula", 10, "compound", "PROPN", "tula"),
            ("Region", 10, "ROOT", "PROPN", "region"), ("and", 10, "cc", "CCONJ", "and"),
            ("the", 14, "det", "DET", "the"), ("Kommersant", 14, "compound", "PROPN", "kommersant"),
            ("newspaper", 10, "conj", "NOUN", "newspaper"), (".", 10, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON"] + ["O"] * 11
    starts = [True, False, False, False, True, False, False, False, True] + [False] * 7
    assert persons(make(blank, matcher, rows, ents, sent_starts=starts), gazetteer) == []


def test_a_transcript_question_marker_is_not_part_of_the_name(blank, matcher, gazetteer):
    rows, ents = _said([("Q", "PROPN"), ("Karine", "PROPN")], ["B-PERSON", "I-PERSON"])
    assert persons(make(blank, matcher, rows, ents), gazetteer) == ["actor/person/karine"]


def test_honorifics_and_formats_are_no_part_of_a_person(blank, matcher, gazetteer):
    # "Majesty King said it ." (the tagger's PERSON of "His Majesty King ..."): titles only
    rows, ents = _said([("Majesty", "PROPN"), ("King", "PROPN")], ["B-PERSON", "I-PERSON"])
    assert persons(make(blank, matcher, rows, ents), gazetteer) == []
    # "Second Gentleman Jorge Vivo said it .": the person without his title
    rows, ents = _said([("Second", "PROPN"), ("Gentleman", "PROPN"), ("Jorge", "PROPN"), ("Vivo", "PROPN")],
                       ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"])
    assert persons(make(blank, matcher, rows, ents), gazetteer) == ["actor/person/jorge-vivo"]
    # "the Normandy four": a negotiating format named after a region
    doc = make(blank, matcher, [("the", 2, "det", "DET", "the"), ("Normandy", 2, "compound", "PROPN", "normandy"),
                                ("four", 3, "nsubj", "NUM", "four"), ("met", 3, "ROOT", "VERB", "meet", "VBD"),
                                (".", 3, "punct", "PUNCT", ".")], ["O", "B-PERSON", "O", "O", "O"])
    assert persons(doc, gazetteer) == []


def test_a_bare_government_is_no_organisation_of_its_own(blank, matcher, gazetteer):
    from diplograph.extract.actors import find_actors as fa
    # "the Government and people of Israel": "Government" tagged ORG
    doc = make(blank, matcher, [("the", 1, "det", "DET", "the"), ("Government", 1, "ROOT", "PROPN", "government")],
               ["O", "B-ORG"])
    index = fa(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    assert [m.actor.key for m in index.sorted()] == []


def test_a_demonym_glued_to_speaking_is_a_language_not_a_state(blank, matcher, gazetteer):
    from diplograph.extract.actors import find_actors as fa
    # "Russian-speaking people"
    doc = make(blank, matcher, [("Russian", 2, "npadvmod", "PROPN", "russian"), ("-", 2, "punct", "PUNCT", "-"),
                                ("speaking", 3, "amod", "VERB", "speak"), ("people", 3, "ROOT", "NOUN", "people")],
               ["B-NORP", "O", "O", "O"], spaces=[False, False, True, False])
    index = fa(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    assert [m.actor.key for m in index.sorted()] == []
