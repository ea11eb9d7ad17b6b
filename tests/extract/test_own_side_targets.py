"""A meeting's own side is no target of it when another side is: "Biden welcomed X to the White
House" is no meeting of the United States with itself; "X and Y met" keeps every side as both.
Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2022, 3, 5)


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def _targets(event):
    return sorted(p.mention.actor.key for p in event.participants if p.role == "target")


def test_the_hosts_own_place_is_not_the_other_side(blank, matcher, gazetteer):
    # "Biden welcomed Trudeau to the White House ."
    doc = make_doc(blank, matcher, [
        ("Biden", 1, "nsubj", "PROPN", "Biden"),
        ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
        ("Trudeau", 1, "dobj", "PROPN", "Trudeau"),
        ("to", 1, "prep", "ADP", "to"),
        ("the", 6, "det", "DET", "the"),
        ("White", 6, "compound", "PROPN", "White"),
        ("House", 3, "pobj", "PROPN", "House"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "CONSULT"]
    assert "state/USA" not in _targets(event)
    assert "person/justin-trudeau" in _targets(event)


def test_two_sides_that_met_stay_both_sources_and_targets(blank, matcher, gazetteer):
    # "Russia and China held talks ."
    doc = make_doc(blank, matcher, [
        ("Russia", 3, "nsubj", "PROPN", "Russia"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("China", 0, "conj", "PROPN", "China"),
        ("held", 3, "ROOT", "VERB", "hold", "VBD"),
        ("talks", 3, "dobj", "NOUN", "talk", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"])
    [event] = [e for e in run(doc, gazetteer).events if e.event_type == "CONSULT"]
    sources = sorted(p.mention.actor.key for p in event.participants if p.role == "source")
    assert sources == ["state/CHN", "state/RUS"]
    assert _targets(event) in ([], ["state/CHN", "state/RUS"])
