"""Who the sides of a claim are: the actor a demanded action is asked of, persons' states read
from the sentence, and the side acted on when the text names only where it happens.
Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from diplograph.extract import extract
from diplograph.model import Article
from diplograph.nlp.components import quote_spans

PUBLISHED = date(2000, 1, 1)


def make(blank, matcher, tokens, ents=None):
    """tokens: (word, head index, dep, pos, lemma[, tag]) rows."""
    words = [t[0] for t in tokens]
    doc = Doc(
        blank.vocab, words=words, spaces=[True] * len(words),
        heads=[t[1] for t in tokens], deps=[t[2] for t in tokens], pos=[t[3] for t in tokens],
        lemmas=[t[4] for t in tokens], tags=[t[5] if len(t) > 5 else "" for t in tokens],
        ents=ents or ["O"] * len(words), sent_starts=[True] + [False] * (len(words) - 1),
    )
    return quote_spans(matcher(doc))


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def test_a_demanded_action_is_the_asked_actors_own(blank, matcher, gazetteer):
    # "Peru said Chile must drop barriers to US exports ." -- Chile's action, not the US's
    doc = make(blank, matcher, [
        ("Peru", 1, "nsubj", "PROPN", "Peru"),
        ("said", 1, "ROOT", "VERB", "say", "VBD"),
        ("Chile", 4, "nsubj", "PROPN", "Chile"),
        ("must", 4, "aux", "AUX", "must", "MD"),
        ("drop", 1, "ccomp", "VERB", "drop", "VB"),
        ("barriers", 4, "dobj", "NOUN", "barrier", "NNS"),
        ("to", 5, "prep", "ADP", "to"),
        ("US", 8, "compound", "PROPN", "US"),
        ("exports", 6, "pobj", "NOUN", "export", "NNS"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O"])
    [demand] = [s for s in run(doc, gazetteer).stances if s.stance_type == "DEMAND"]
    assert demand.holder.actor.key == "state/PER"
    assert demand.target_issue is not None and demand.target_issue.target_actor.key == "state/CHL"


def test_a_titled_unknown_person_serves_the_state_of_a_movement_based_there(blank, matcher, gazetteer):
    # "President Omar Karimov lifted the ban on Hezbollah ." -- Hezbollah is based in Lebanon
    from diplograph.extract.actors import find_actors

    doc = make(blank, matcher, [
        ("President", 2, "compound", "PROPN", "President"),
        ("Omar", 2, "compound", "PROPN", "Omar"),
        ("Karimov", 3, "nsubj", "PROPN", "Karimov"),
        ("lifted", 3, "ROOT", "VERB", "lift", "VBD"),
        ("the", 5, "det", "DET", "the"),
        ("ban", 3, "dobj", "NOUN", "ban"),
        ("on", 5, "prep", "ADP", "on"),
        ("Hezbollah", 6, "pobj", "PROPN", "Hezbollah"),
        (".", 3, "punct", "PUNCT", "."),
    ], ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "O"])
    index = find_actors(doc, Article(id="t", text=doc.text, published=PUBLISHED), gazetteer)
    [person] = [m for m in index.mentions if m.actor.kind == "Person"]
    assert person.role is not None and person.role.role == "head-of-state"
    assert person.role.of.key == "state/LBN"
