"""The parser sometimes hangs a clause's subject on its auxiliary ("France however has opposed
...": "France" under "has"); the subject is still the verb's, and on a passive auxiliary ("Navalny
was detained" with "Navalny" under "was") it undergoes the act. Hand-built Docs."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2022, 6, 5)


def _run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def test_a_subject_on_the_auxiliary_holds_the_stance(blank, matcher, gazetteer):
    # "France however has opposed the resolution ." ("France" and "however" under "has")
    doc = make_doc(blank, matcher, [
        ("France", 2, "nsubj", "PROPN", "France"),
        ("however", 2, "advmod", "ADV", "however"),
        ("has", 3, "aux", "AUX", "have", "VBZ"),
        ("opposed", 3, "ROOT", "VERB", "oppose", "VBN"),
        ("the", 5, "det", "DET", "the"),
        ("resolution", 3, "dobj", "NOUN", "resolution", "NN"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    [stance] = _run(doc, gazetteer).stances
    assert stance.holder.actor.key == "state/FRA"
    assert stance.polarity == -1


def test_a_subject_on_a_passive_auxiliary_undergoes_the_act(blank, matcher, gazetteer):
    # "Russia said Navalny was detained ." ("Navalny" under "was")
    doc = make_doc(blank, matcher, [
        ("Russia", 1, "nsubj", "PROPN", "Russia"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("Navalny", 3, "nsubj", "PROPN", "Navalny"),
        ("was", 4, "auxpass", "AUX", "be", "VBD"),
        ("detained", 1, "ccomp", "VERB", "detain", "VBN"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-PERSON", "O", "O", "O"])
    [event] = [e for e in _run(doc, gazetteer).events if e.trigger.text == "detained"]
    roles = {(p.mention.actor.key, p.role) for p in event.participants}
    assert not any(role == "source" and "navalny" in key for key, role in roles)
    assert any(role == "target" and "navalny" in key for key, role in roles)
