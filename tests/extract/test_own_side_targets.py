"""A meeting's own side is no target of it when another side is: "Biden welcomed X to the White
House" is no meeting of the United States with itself; "X and Y met" keeps every side as both.
Hand-built Docs (no statistical model) and the pure participant filter."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.extract.talks import not_own_side_as_other
from diplograph.model import ActorMention, ActorRef, Article, Participant, Span
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


def _part(key, role):
    span = Span(0, 1, "x")
    return Participant(ActorMention(ActorRef(key=key, label=key, kind="State"), span, span), role)


def test_sides_that_are_all_sources_and_targets_alike_are_kept():
    # "Russia and China held talks", read symmetric: no other side to keep instead
    both = [_part(k, r) for k in ("state/RUS", "state/CHN") for r in ("source", "target")]
    assert not_own_side_as_other(both) == both
    # with another side as target, the sources drop out of the targets
    hosted = [_part("state/USA", "source"), _part("state/USA", "target"), _part("state/CAN", "target")]
    assert not_own_side_as_other(hosted) == [hosted[0], hosted[2]]
