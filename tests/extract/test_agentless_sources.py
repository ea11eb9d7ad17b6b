"""Violent and coercive events no one is named doing: the state where they happen is their
(inferred) source, as PLOVER codes them -- never when a doer is named, never for events that did
not happen, and never an attack's own victim state. Hand-built Docs (no statistical model)."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.model import Article
from tests.extract.handmade import make_doc

PUBLISHED = date(2000, 1, 1)


def run(doc, gazetteer):
    return extract(doc, Article(id="sha256:test", text=doc.text, published=PUBLISHED), gazetteer)


def _sides(event):
    return sorted((p.role, p.mention.actor.key, p.inferred) for p in event.participants if not p.via_role)


def _inferred_sources(events):
    return [(e.event_type, p.mention.actor.key) for e in events for p in e.participants
            if p.role == "source" and p.inferred]


def _arrested(blank, matcher, extra=(), ents_extra=(), neg=False):
    # "Two students were [not] arrested in Lima [extra] ."
    rows = [
        ("Two", 1, "nummod", "NUM", "two", "CD"),
        ("students", 3 + neg, "nsubjpass", "NOUN", "student", "NNS"),
        ("were", 3 + neg, "auxpass", "AUX", "be", "VBD"),
    ]
    if neg:
        rows.append(("not", 4, "neg", "PART", "not", "RB"))
    v = len(rows)
    rows += [
        ("arrested", v, "ROOT", "VERB", "arrest", "VBN"),
        ("in", v, "prep", "ADP", "in", "IN"),
        ("Lima", v + 1, "pobj", "PROPN", "Lima", "NNP"),
    ]
    rows += [tuple(r[:1]) + (r[1] + v if r[1] >= 0 else v,) + tuple(r[2:]) for r in extra]
    rows.append((".", v, "punct", "PUNCT", ".", "."))
    ents = ["O"] * (v + 2) + ["B-GPE"] + list(ents_extra) + ["O"]
    return make_doc(blank, matcher, rows, ents=ents)


def test_an_arrest_no_one_is_named_making_is_the_authorities_of_the_place(blank, matcher, gazetteer):
    events = run(_arrested(blank, matcher), gazetteer).events
    [event] = [e for e in events if e.event_type == "COERCE"]
    assert ("source", "state/PER", True) in _sides(event)
    assert event.confidence == 0.55  # an inferred side is no second known side


def test_an_arrest_by_named_police_takes_no_place_source(blank, matcher, gazetteer):
    # "Two students were arrested in Lima by Chilean police ." (offsets relative to the verb)
    extra = [
        ("by", 0, "agent", "ADP", "by", "IN"),
        ("Chilean", 5, "amod", "ADJ", "Chilean", "JJ"),
        ("police", 3, "pobj", "NOUN", "police", "NNS"),
    ]
    events = run(_arrested(blank, matcher, extra, ["O", "B-NORP", "O"]), gazetteer).events
    assert ("COERCE", "state/PER") not in _inferred_sources(events)


def test_an_arrest_that_did_not_happen_has_no_inferred_source(blank, matcher, gazetteer):
    events = run(_arrested(blank, matcher, neg=True), gazetteer).events
    assert _inferred_sources(events) == []
    assert all(e.modality != "asserted" for e in events if e.event_type == "COERCE")


def test_killings_in_a_state_are_not_that_states_own_attack(blank, matcher, gazetteer):
    # "Three civilians were killed in Lima ." -- Peru is where they died, not their killer
    doc = make_doc(blank, matcher, [
        ("Three", 1, "nummod", "NUM", "three", "CD"),
        ("civilians", 3, "nsubjpass", "NOUN", "civilian", "NNS"),
        ("were", 3, "auxpass", "AUX", "be", "VBD"),
        ("killed", 3, "ROOT", "VERB", "kill", "VBN"),
        ("in", 3, "prep", "ADP", "in", "IN"),
        ("Lima", 4, "pobj", "PROPN", "Lima", "NNP"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ents=["B-CARDINAL", "O", "O", "O", "O", "B-GPE", "O"])
    events = run(doc, gazetteer).events
    assert _inferred_sources(events) == []


def test_a_named_attacker_is_not_replaced_by_the_place(blank, matcher, gazetteer):
    # "Gunmen attacked a convoy in Lima ." -- someone is named doing it
    doc = make_doc(blank, matcher, [
        ("Gunmen", 1, "nsubj", "NOUN", "gunman", "NNS"),
        ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
        ("a", 3, "det", "DET", "a", "DT"),
        ("convoy", 1, "dobj", "NOUN", "convoy", "NN"),
        ("in", 1, "prep", "ADP", "in", "IN"),
        ("Lima", 4, "pobj", "PROPN", "Lima", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "O", "O", "O", "B-GPE", "O"])
    events = run(doc, gazetteer).events
    assert _inferred_sources(events) == []


def test_a_bomb_is_no_doer_and_its_place_gives_the_source(blank, matcher, gazetteer):
    # "A car bomb near Lima killed two Chilean soldiers ."
    doc = make_doc(blank, matcher, [
        ("A", 2, "det", "DET", "a", "DT"),
        ("car", 2, "compound", "NOUN", "car", "NN"),
        ("bomb", 5, "nsubj", "NOUN", "bomb", "NN"),
        ("near", 2, "prep", "ADP", "near", "IN"),
        ("Lima", 3, "pobj", "PROPN", "Lima", "NNP"),
        ("killed", 5, "ROOT", "VERB", "kill", "VBD"),
        ("two", 8, "nummod", "NUM", "two", "CD"),
        ("Chilean", 8, "amod", "ADJ", "Chilean", "JJ"),
        ("soldiers", 5, "dobj", "NOUN", "soldier", "NNS"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O", "B-CARDINAL", "B-NORP", "O", "O"])
    events = run(doc, gazetteer).events
    [event] = [e for e in events if e.event_type == "ASSAULT"]
    assert ("source", "state/PER", True) in _sides(event)
    assert ("target", "state/CHL", False) in _sides(event)


def test_a_states_adjective_on_another_place_is_no_place_of_it(blank, matcher, gazetteer):
    # "Chilean students were arrested in the former Spanish colony ." -- not in Spain
    doc = make_doc(blank, matcher, [
        ("Chilean", 1, "amod", "ADJ", "chilean", "JJ"),
        ("students", 3, "nsubjpass", "NOUN", "student", "NNS"),
        ("were", 3, "auxpass", "AUX", "be", "VBD"),
        ("arrested", 3, "ROOT", "VERB", "arrest", "VBN"),
        ("in", 3, "prep", "ADP", "in", "IN"),
        ("the", 8, "det", "DET", "the", "DT"),
        ("former", 8, "amod", "ADJ", "former", "JJ"),
        ("Spanish", 8, "amod", "ADJ", "Spanish", "JJ"),
        ("colony", 4, "pobj", "NOUN", "colony", "NN"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "O", "B-NORP", "O", "O"])
    events = run(doc, gazetteer).events
    assert any(e.event_type == "COERCE" for e in events)  # the event is there: the place rule ran
    assert ("COERCE", "state/ESP") not in _inferred_sources(events)


def test_a_place_alone_makes_no_event(blank, matcher, gazetteer):
    # "Soldiers were killed near Lima ." -- no side named: the place does not make an event of it
    doc = make_doc(blank, matcher, [
        ("Soldiers", 2, "nsubjpass", "NOUN", "soldier", "NNS"),
        ("were", 2, "auxpass", "AUX", "be", "VBD"),
        ("killed", 2, "ROOT", "VERB", "kill", "VBN"),
        ("near", 2, "prep", "ADP", "near", "IN"),
        ("Lima", 3, "pobj", "PROPN", "Lima", "NNP"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "O", "O", "B-GPE", "O"])
    assert [e for e in run(doc, gazetteer).events if e.event_type == "ASSAULT"] == []


def _killed_by(blank, matcher, agent: tuple[str, str], outside_of: bool):
    # "Two US soldiers were killed by a bomb outside (of) Kabul." / "... by a gang outside of Kabul."
    rows = [
        ("Two", 2, "nummod", "NUM", "two", "CD"),
        ("US", 2, "compound", "PROPN", "US", "NNP"),
        ("soldiers", 4, "nsubjpass", "NOUN", "soldier", "NNS"),
        ("were", 4, "auxpass", "AUX", "be", "VBD"),
        ("killed", 4, "ROOT", "VERB", "kill", "VBN"),
        ("by", 4, "agent", "ADP", "by", "IN"),
        ("a", 7, "det", "DET", "a", "DT"),
        (agent[0], 5, "pobj", "NOUN", agent[1], "NN"),
        ("outside", 4, "prep", "ADP", "outside", "IN"),
    ]
    if outside_of:
        rows.append(("of", 8, "prep", "ADP", "of", "IN"))
    rows += [("Kabul", len(rows) - 1, "pobj", "PROPN", "Kabul", "NNP"), (".", 4, "punct", "PUNCT", ".", ".")]
    n = len(rows)
    ents = ["O", "B-GPE"] + ["O"] * (n - 4) + ["B-GPE", "O"]
    return make_doc(blank, matcher, rows, ents=ents, spaces=[True] * (n - 2) + [False, False])


def test_an_attack_by_a_device_outside_of_a_place_is_the_places(blank, matcher, gazetteer):
    for outside_of in (False, True):
        ex = run(_killed_by(blank, matcher, ("bomb", "bomb"), outside_of), gazetteer)
        assert _inferred_sources(ex.events) == [("ASSAULT", "state/AFG")], outside_of


def test_an_attack_by_a_named_kind_of_doer_takes_no_place_source(blank, matcher, gazetteer):
    ex = run(_killed_by(blank, matcher, ("gang", "gang"), True), gazetteer)
    assert not _inferred_sources(ex.events)
