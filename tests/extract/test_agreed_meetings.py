"""An agreement to meet is an AGREE event; the meeting itself is a planned CONSULT only when a time
or place is set ("agreed to meet in Ottawa"), not for "agreed to meet regularly" (the gold
guidelines: no planned CONSULT unless a specific meeting is announced). Hand-built Docs;
sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2025, 5, 7)


def _events(doc, gazetteer):
    article = Article(id="sha256:test", text=doc.text, published=PUBLISHED)
    return sorted((e.event_type, e.modality) for e in extract(doc, article, gazetteer).events)


def _agreed_to_meet(blank, matcher, last):
    return make_doc(blank, matcher, [
        ("Canada", 3, "nsubj", "PROPN", "Canada"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Mexico", 0, "conj", "PROPN", "Mexico"),
        ("agreed", 3, "ROOT", "VERB", "agree", "VBD"),
        ("to", 5, "aux", "PART", "to", "TO"),
        ("meet", 3, "xcomp", "VERB", "meet", "VB"),
        *last,
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", *(e for *_, e in [(r, "B-GPE" if r[0] == "Ottawa" else "O") for r in last]), "O"])


def test_agreeing_to_meet_in_a_named_place_announces_the_meeting(blank, matcher, gazetteer):
    doc = _agreed_to_meet(blank, matcher, [("in", 5, "prep", "ADP", "in"), ("Ottawa", 6, "pobj", "PROPN", "Ottawa")])
    assert _events(doc, gazetteer) == [("AGREE", "asserted"), ("CONSULT", "planned")]


def test_agreeing_to_meet_regularly_is_the_agreement_only(blank, matcher, gazetteer):
    doc = _agreed_to_meet(blank, matcher, [("regularly", 5, "advmod", "ADV", "regularly")])
    assert _events(doc, gazetteer) == [("AGREE", "asserted")]
