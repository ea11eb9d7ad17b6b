"""A common surname after an office's title is the one holder of that office with that surname on
the article's day ("Vice President Harris" in 2022 is Kamala Harris; "Prime Minister Johnson" in 2021
is Boris Johnson), and so are its later bare mentions; a title no such holder fits leaves the name
minted. Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date
from functools import partial

from diplograph.extract.actors import find_actors
from diplograph.model import Article
from tests.extract.handmade import make_doc

make = partial(make_doc, quotes=False)


def persons(doc, gazetteer, day):
    index = find_actors(doc, Article(id="t", text=doc.text, published=day), gazetteer)
    return [(m.span.text, m.actor.key) for m in index.sorted() if m.actor.kind == "Person"]


def _harris(blank, matcher, surname):
    # "Vice President <surname> met Macron . <surname> spoke ."
    return make(blank, matcher, [
        ("Vice", 1, "compound", "PROPN", "Vice"),
        ("President", 2, "compound", "PROPN", "President"),
        (surname, 3, "nsubj", "PROPN", surname),
        ("met", 3, "ROOT", "VERB", "meet", "VBD"),
        ("Macron", 3, "dobj", "PROPN", "Macron"),
        (".", 3, "punct", "PUNCT", "."),
        (surname, 7, "nsubj", "PROPN", surname),
        ("spoke", 7, "ROOT", "VERB", "speak", "VBD"),
        (".", 7, "punct", "PUNCT", "."),
    ], ents=["O", "O", "B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O", "O"])


def test_a_titled_common_surname_is_the_office_holder_on_the_day(blank, matcher, gazetteer):
    found = persons(_harris(blank, matcher, "Harris"), gazetteer, date(2022, 3, 5))
    assert found == [("Harris", "person/kamala-harris"), ("Macron", "person/emmanuel-macron"),
                     ("Harris", "person/kamala-harris")]


def test_the_surname_of_no_office_holder_on_the_day_stays_minted(blank, matcher, gazetteer):
    found = persons(_harris(blank, matcher, "Harris"), gazetteer, date(2019, 3, 5))  # Pence's term
    assert ("Harris", "actor/person/harris") in found
    found = persons(_harris(blank, matcher, "Smith"), gazetteer, date(2022, 3, 5))
    assert ("Smith", "actor/person/smith") in found


def _king(blank, matcher, country: str | None):
    # "Biden met King Abdullah [of <country>] ." with "King Abdullah" tagged as one name
    rows = [
        ("Biden", 1, "nsubj", "PROPN", "Biden"),
        ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("King", 3, "compound", "PROPN", "King"),
        ("Abdullah", 1, "dobj", "PROPN", "Abdullah"),
    ]
    ents = ["B-PERSON", "O", "B-PERSON", "I-PERSON"]
    if country:
        rows += [("of", 3, "prep", "ADP", "of"), (country, 4, "pobj", "PROPN", country)]
        ents += ["O", "B-GPE"]
    rows.append((".", 1, "punct", "PUNCT", "."))
    return make(blank, matcher, rows, ents=ents + ["O"])


def test_a_title_inside_the_name_and_a_tie_broken_by_the_state_named(blank, matcher, gazetteer):
    # in 2022 two kings are named Abdullah (Jordan's and Malaysia's): the state the text names decides
    day = date(2022, 3, 5)
    assert ("King Abdullah", "person/abdullah-ii") in persons(_king(blank, matcher, "Jordan"), gazetteer, day)
    assert ("King Abdullah", "person/al-sultan-abdullah") in persons(_king(blank, matcher, "Malaysia"), gazetteer, day)
    alone = dict(persons(_king(blank, matcher, None), gazetteer, day))
    assert alone["King Abdullah"].startswith("actor/person/")  # neither, rather than a guess
